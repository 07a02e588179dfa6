package ingest

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

func TestTitleLine(t *testing.T) {
	tests := []struct {
		in    []string
		title string
		rest  []string
	}{
		{[]string{"2016年社工日活動總結", "正文。"}, "2016年社工日活動總結", []string{"正文。"}},
		{[]string{"", "标题", "正文。"}, "标题", []string{"", "正文。"}},
		{[]string{"第一句就是正文。", "第二行"}, "", []string{"第一句就是正文。", "第二行"}},
		{[]string{"这是一个非常非常长的第一行它没有标点但是超过了四十个字所以不能当作标题来使用的啦而且还要再长一点点才行", "正文"}, "", []string{"这是一个非常非常长的第一行它没有标点但是超过了四十个字所以不能当作标题来使用的啦而且还要再长一点点才行", "正文"}},
		{[]string{"具体内容如下：", "正文"}, "", []string{"具体内容如下：", "正文"}},
		{[]string{"2016-03-17", "正文"}, "", []string{"2016-03-17", "正文"}},
		{nil, "", nil},
	}
	for _, tt := range tests {
		i := titleLine(tt.in)
		title := ""
		if i >= 0 {
			title = tt.in[i]
		}
		rest := without(append([]string(nil), tt.in...), i)
		if title != tt.title || !reflect.DeepEqual(rest, tt.rest) {
			t.Errorf("titleLine(%q) = %q, %q; want %q, %q", tt.in, title, rest, tt.title, tt.rest)
		}
	}
}

func TestFirstLine(t *testing.T) {
	if got := firstLine([]string{"", "标题", "正文"}, "标题"); got != 1 {
		t.Errorf("firstLine = %d, want 1", got)
	}
	if got := firstLine([]string{"正文", "标题"}, "标题"); got != -1 {
		t.Errorf("firstLine = %d, want -1", got)
	}
}

func TestJoinLines(t *testing.T) {
	if got := joinLines([]string{"", "一", "", "", "二", ""}); got != "一\n\n二" {
		t.Errorf("joinLines = %q", got)
	}
}

func TestParagraphs(t *testing.T) {
	got := paragraphs("一二\n\n三四五\n六")
	want := []Span{{0, 2}, {4, 7}, {8, 9}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %v, want %v", got, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"第一句。第二句！第三句", []string{"第一句。", "第二句！", "第三句"}},
		{"他說:“好啊!”然後走了。", []string{"他說:“好啊!”", "然後走了。"}},
		{"一行\n二行；三行", []string{"一行", "二行；", "三行"}},
		{"真的嗎？！是的。 ", []string{"真的嗎？！", "是的。"}},
		{"价格1.5元。", []string{"价格1.5元。"}},
		{"\n\n", nil},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		var got []string
		for _, s := range sentences(tt.text) {
			got = append(got, string(rs[s.Start:s.End]))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestContainsAnyRune(t *testing.T) {
	sets := []string{"\r\u2028\u2029\u0085\v\f", "(（", replacementMarkStarts, ":：", clauseEnds, sentenceEnds + "，、"}
	for _, s := range []string{"", "社区活动\n总结", "a\r\nb", "x\u2029", "\u0085", "注(zhù)", "（一）", "锟斤拷", "\xe2\x80", "\xe2\xe2\x80\xa8", "\xc2\x85", "屯", "\xff(\xfe",
		"时间：2023年", "来源:某某网：", "地点：社区:活动", "一、活动，共3场；", "\xef\xbc社区：", "好！", "a,b"} {
		for _, set := range sets {
			if got, want := containsAnyRune(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("containsAnyRune(%q, %q) = %v, want %v", s, set, got, want)
			}
			if got, want := indexAnyRune(s, set), strings.IndexAny(s, set); got != want {
				t.Errorf("indexAnyRune(%q, %q) = %d, want %d", s, set, got, want)
			}
		}
	}
}

func TestWordSet(t *testing.T) {
	lists := [][]string{
		{"总结", "小结", "活动"}, {"讯", "电", "消息"}, {"刚刚", "昨天", "今天"}, {"記者", "记者", "本报记者"},
		{"ab", "é", "\U00020000x"}, {"\x00社"}, // U+20000 marks the bit of U+0000
		{"a", "ab", "动总"}, articleTitleWords.words,
	}
	for _, s := range []string{"", "社区活动总结", "社區活動總結", "某某网讯", "某某網訊", "好消息", "消", "3小时前 昨天", "本報記者 张三",
		"xab", "cafe\u0301", "café", "\U00020000", "\U00020000x", "\x00社", "\x00", "a\x00社",
		"\xe6\x80", "\xe6总结", "\xe0\x80\x80总结", "\xed\xa0\x80讯", "\xff\xfe电", "活\xe5\x8a", "总\x80结",
		"abab", "活动总结活动", "社区活动总结工作小结", "活\xe5动总结"} {
		for _, words := range lists {
			ws := newWordSet(words)
			if got, want := ws.in(s), containsAny(s, words); got != want {
				t.Errorf("wordSet(%q).in(%q) = %v, want %v", words, s, got, want)
			}
			quoted := slices.Clone(words)
			for i, w := range quoted {
				quoted[i] = regexp.QuoteMeta(w)
			}
			if got, want := ws.without(s), regexp.MustCompile(strings.Join(quoted, "|")).ReplaceAllString(s, ""); got != want {
				t.Errorf("wordSet(%q).without(%q) = %q, want %q", words, s, got, want)
			}
		}
	}
}

func TestRuneSet(t *testing.T) {
	for _, set := range []string{sentenceEnds, closers} {
		rs := runeSet(set)
		for _, r := range "。！？!?；;”’」』）)】》\"'，,社a \uFFFD" {
			if got, want := rs.has(r), strings.ContainsRune(set, r); got != want {
				t.Errorf("runeSet(%q).has(%q) = %v, want %v", set, r, got, want)
			}
		}
	}
}

func TestWithoutMatches(t *testing.T) {
	tests := []struct {
		expr, s, want string
	}{
		{`\s*[(（]\d{1,3}[)）]$`, "社区活动总结（3）", "社区活动总结"},
		{`\s*[(（]\d{1,3}[)）]$`, "社区活动总结", "社区活动总结"},
		{`^\d{1,2}\s*[、.．]\s*`, "1、社区活动", "社区活动"},
		{`a`, "banana", "bnn"},
		{`x*`, "ab", "ab"}, // empty matches remove nothing
		{`a`, "", ""},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(tt.expr)
		got := withoutMatches(re, tt.s)
		if want := re.ReplaceAllString(tt.s, ""); got != tt.want || got != want {
			t.Errorf("withoutMatches(%s, %q) = %q, want %q (ReplaceAllString %q)", tt.expr, tt.s, got, tt.want, want)
		}
		if !re.MatchString(tt.s) && tt.s != "" && unsafe.StringData(got) != unsafe.StringData(tt.s) {
			t.Errorf("withoutMatches(%s, %q) copied a string it found nothing in", tt.expr, tt.s)
		}
	}
}

// TestKickerLine: the line right above a headline stays as its kicker
// when a dash joins it to the headline, when it is one phrase in
// quotation marks, or two phrases of five Han characters or more between
// a space; a column's or a site's name, a date and a motto of short
// phrases stay the header's.
func TestKickerLine(t *testing.T) {
	ts, err := defaultTitleScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"守护一方碧水 点亮万家灯火", true},
		{"守護一方碧水 點亮萬家燈火", true},
		{"柳岸街道开展“清河”行动——", true},
		{"柳岸街道開展「清河」行動——", true},
		{"“银发学堂开课，乐龄学用手机”", true},
		{"「銀髮學堂開課，樂齡學用手機」", true},
		{"勤学之心 笃行之道", false},      // a motto: phrases of four
		{"勤學之心 篤行之道", false},      //
		{"基层动态", false},           // a column's name
		{"清河区融媒体中心 首页 新闻", false}, // three fields: a site's bar
		{"青溪创新网 青溪创新促进中心", false}, // a site's name and its organisation's
		{"青溪創新網 青溪創新促進中心", false},
		{"无障碍浏览 长者专版", false},  // a button of four
		{"“好”", false},         // too short to be a kicker
		{"“活动开始了。”大家说", false}, // no phrase in marks alone
		{"——", false},
		{"2024年3月5日 星期二", false},
		// Round 31: the place or body alone with its colon, a headline
		// holding a quotation, a cell's bar after a kicker.
		{"青溪市河东区柳岸社区:", true},
		{"青溪市河東區柳岸社區：", true},
		{"河东区:", true},
		{"当前位置:", false},   // a breadcrumb's label
		{"您现在的位置：", false}, // the same, longer
		{"区:", false},      // one character before the place's ending
		{"柳岸社区:首页", false}, // a value after the colon
		{"青年志愿者开展“河畔清洁”志愿服务活动", true},
		{"青年志願者開展「河畔清潔」志願服務活動", true},
		{"银发课堂开起来 智能手机学起来 |", true},
		{"“河畔清洁进行时”", true},     // one phrase in marks, as before
		{"开展“清洁”", false},       // three characters outside the marks
		{"青溪“河畔”服务中心", false},   // an organisation's name
		{"他说“好”，大家开始行动", false}, // a clause's mark
		{"首页 | 新闻 |", false},    // a menu's cells
	} {
		if got := ts.kickerLine(tt.line); got != tt.want {
			t.Errorf("kickerLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
