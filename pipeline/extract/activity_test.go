package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/internal/testdocs"
)

func TestFindActivities(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // section|number|heading|text
	}{
		{"arabic with body lines",
			[]string{"1、广泛宣传", "悬挂横幅10条。", "2、走访慰问", "看望老人。"},
			[]string{"|1|广泛宣传|1、广泛宣传\n悬挂横幅10条。", "|2|走访慰问|2、走访慰问\n看望老人。"}},
		{"closing remark not in last item",
			[]string{"1、为老人理发,共20人。", "2、为儿童辅导,共8人。", "通过活动,居民满意。"},
			[]string{"|1|为老人理发,共20人|1、为老人理发,共20人。", "|2|为儿童辅导,共8人|2、为儿童辅导,共8人。"}},
		{"chinese labels and parentheses",
			[]string{"一、宣传", "(一)发放材料", "(二)举办讲座"},
			[]string{"宣传|一|发放材料|(一)发放材料", "宣传|二|举办讲座|(二)举办讲座"}},
		{"full-width parentheses and dots",
			[]string{"（1）义诊", "2．体检", "3. 讲座"},
			[]string{"|1|义诊|（1）义诊", "|2|体检|2．体检", "|3|讲座|3. 讲座"}},
		{"sections of a multi-summary page",
			[]string{"社区活动总结一", "1、宣传", "社区活动总结二", "1、巡逻"},
			[]string{"社区活动总结一|1|宣传|1、宣传", "社区活动总结二|1|巡逻|1、巡逻"}},
		{"traditional section marker",
			[]string{"【篇一】", "1、宣傳"},
			[]string{"【篇一】|1|宣傳|1、宣傳"}},
		{"long first line gives its first clause",
			[]string{"1、为加大对社工的了解及重视程度,以考试报名为关节点,鼓励报考,共有226人报名参加了本次考试。"},
			[]string{"|1|为加大对社工的了解及重视程度|1、为加大对社工的了解及重视程度,以考试报名为关节点,鼓励报考,共有226人报名参加了本次考试。"}},
		{"short first clause takes the next",
			[]string{"2、3月底,市慈善总会走访看望了6名特困学生,为他们每人送去1000元善款和日常生活用品。"},
			[]string{"|2|3月底,市慈善总会走访看望了6名特困学生|2、3月底,市慈善总会走访看望了6名特困学生,为他们每人送去1000元善款和日常生活用品。"}},
		{"a long second clause is not taken",
			[]string{"2、3月底,市慈善總會辦公室主任李××攜同社工及慈善工作人員一行5人輾轉××河旅游開發區××村等地走訪,送去善款。"},
			[]string{"|2|3月底|2、3月底,市慈善總會辦公室主任李××攜同社工及慈善工作人員一行5人輾轉××河旅游開發區××村等地走訪,送去善款。"}},
		{"not labels", []string{"2016年活动", "10个社区参加", "一是加强领导"}, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range FindActivities(testdocs.Lines(tt.lines...)) {
			got = append(got, a.Section+"|"+a.Number+"|"+a.Heading+"|"+a.Text)
		}
		if strings.Join(got, "\n---\n") != strings.Join(tt.want, "\n---\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestActivityOffsets(t *testing.T) {
	doc := testdocs.Lines("前言。", "1、宣传", "横幅。", "2、巡逻")
	runes := []rune(doc.Text)
	for i, a := range FindActivities(doc) {
		if a.Index != i+1 {
			t.Errorf("activity %d has index %d", i+1, a.Index)
		}
		if string(runes[a.Offset:a.Offset+len([]rune(a.Text))]) != a.Text {
			t.Errorf("activity %d: text %q is not at offset %d", a.Index, a.Text, a.Offset)
		}
	}
}

func TestSections(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string // the first line of each section
	}{
		{"three summaries", []string{"【篇一】", "社区开展了敬老活动。", "【篇二】", "街道开展了禁毒宣传。", "【篇三】", "学校开展了义务植树。"}, []string{"【篇一】", "【篇二】", "【篇三】"}},
		{"headings ending in a number", []string{"2016年社工日活動總結一", "我們開展了宣傳。", "2016年社工日活動總結二", "我們走訪了家庭。"}, []string{"2016年社工日活動總結一", "2016年社工日活動總結二"}},
		{"one summary", []string{"【篇一】", "社区开展了敬老活动。"}, nil},
		{"the first summary's heading taken as the title", []string{"社区开展了敬老活动。", "【篇二】", "街道开展了禁毒宣传。"}, []string{"社区开展了敬老活动。", "【篇二】"}},
		{"no heading", []string{"社区开展了敬老活动。", "一、活动背景"}, nil},
	} {
		doc := testdocs.Lines(c.lines...)
		var got []string
		text := []rune(doc.Text)
		for _, s := range Sections(doc) {
			first, _, _ := strings.Cut(string(text[s.Start:s.End]), "\n")
			got = append(got, first)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: sections start %q, want %q", c.name, got, c.want)
		}
	}
}
