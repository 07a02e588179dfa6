package content

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/testdocs"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/segment"
)

func TestParseEntityRules(t *testing.T) {
	er, err := ParseEntityRules(strings.NewReader("# c\n[org]\n局\n[place]\n社区\n[not]\n活动\n"))
	if err != nil || er.Suffixes["局"] != KindOrg || er.Suffixes["社区"] != KindPlace || !er.Not["活动"] {
		t.Fatalf("ParseEntityRules = %+v, %v", er, err)
	}
	for _, bad := range []string{"局\n", "[people]\n张\n", "[org]\n两 个\n"} {
		if _, err := ParseEntityRules(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseEntityRules(%q): no error", bad)
		}
	}
}

// TestFindEntities runs the suffix rules on hand-made tokens (word/POS),
// so the test does not depend on how gse cuts.
func TestFindEntities(t *testing.T) {
	tests := []struct {
		name, words string
		want        string // text/kind/redacted, comma-separated
	}{
		{"redacted org over a mis-cut", "×/x ×/x 市民/n 政局/n 和/c 市/n 慈善总会/nt", "××市民政局/org/r, 市慈善总会/org"},
		{"a suffix word alone is no name, even tagged nt", "×/x ×/x 市民/n 政局/n 和/c 慈善总会/nt", "××市民政局/org/r"},
		{"place with modifier", "走访/v 兴/zg 月/m 苑/nr 社区/n", "兴月苑社区/place"},
		{"adjacent names merge, last kind wins", "兴/zg 月/m 苑/nr 社区/n 居委会/nt", "兴月苑社区居委会/org"},
		{"school as place", "走访/v 红/a 沙沟/ns 小学/n", "红沙沟小学/place"},
		{"redacted development zone", "×/x ×/x 河/ns 旅游/vn 开发区/n", "××河旅游开发区/place/r"},
		{"bare suffix word is not a name", "各/r 社区/n 服务中心/n", ""},
		{"common word with one-char suffix", "发展/v 美丽/a 城市/n", ""},
		{"gse place names", "北京市/ns 朝阳区/ns 社区/n 服务中心/n 组织/v", "北京市朝阳区社区服务中心/org"},
		{"not words stop a name", "活动/vn 中心/n", ""},
		{"numbers stop a name", "3/m 个/q 社区/n", ""},
	}
	rules := DefaultEntityRules()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := toks(tt.words)
			var text strings.Builder
			for _, x := range tk {
				text.WriteString(x.Text)
			}
			doc := testdocs.Lines(text.String())
			var got []string
			for _, e := range FindEntities(doc, tk, rules) {
				s := e.Text + "/" + e.Kind
				if e.Redacted {
					s += "/r"
				}
				if e.Sentence != text.String() {
					t.Errorf("%s: sentence %q", e.Text, e.Sentence)
				}
				got = append(got, s)
			}
			if strings.Join(got, ", ") != tt.want {
				t.Errorf("FindEntities(%s) = %q, want %q", tt.words, strings.Join(got, ", "), tt.want)
			}
		})
	}
}

// TestFindEntitiesTraditional checks a name in Traditional text is found
// on the folded words and reported as written.
func TestFindEntitiesTraditional(t *testing.T) {
	doc := testdocs.Lines("走訪興月苑社區")
	tk := []segment.Token{
		{Text: "走訪", Folded: "走访", POS: "v", Offset: 0},
		{Text: "興", Folded: "兴", POS: "zg", Offset: 2},
		{Text: "月", Folded: "月", POS: "m", Offset: 3},
		{Text: "苑", Folded: "苑", POS: "nr", Offset: 4},
		{Text: "社區", Folded: "社区", POS: "n", Offset: 5},
	}
	got := FindEntities(doc, tk, DefaultEntityRules())
	if len(got) != 1 || got[0].Text != "興月苑社區" || got[0].Offset != 2 || got[0].Kind != KindPlace {
		t.Errorf("FindEntities = %+v", got)
	}
	// Given the text's runes, the same names, read from them.
	if in := FindEntitiesIn(doc, []rune(doc.Text), tk, DefaultEntityRules()); !reflect.DeepEqual(in, got) {
		t.Errorf("FindEntitiesIn = %+v, FindEntities = %+v", in, got)
	}
}

// scriptToks is toks for text in either script: Text as written, Folded
// in Simplified characters, as the segmenter gives them.
func scriptToks(s string) []segment.Token {
	out := toks(s)
	for i := range out {
		out[i].Folded = fold.ToSimplified(out[i].Text)
	}
	return out
}

// TestEntityPrecisionRules has a case for each rule that keeps
// descriptions and clause fragments from being taken as names, each in
// Simplified and in Traditional characters.
func TestEntityPrecisionRules(t *testing.T) {
	tests := []scriptCase{
		{"a preposition gse tags zg ends a name (为 in [not])",
			"义务/n 为/zg 社区/n 内/zg 老人/n", "義務/n 為/zg 社區/n 內/zg 老人/n", "", ""},
		{"people are not a name part (工作人员 in [not])",
			"带领/v 工作人员/n 为/zg 社区/n 老年人/n", "帶領/v 工作人員/n 為/zg 社區/n 老年人/n", "", ""},
		{"the preposition does not cut a real name short",
			"为/zg 福星/nz 花园/n 社区/n 服务", "為/zg 福星/nz 花園/n 社區/n 服務", "福星花园社区/place", "福星花園社區/place"},
		{"a needs-name suffix after common nouns is a description",
			"在/p 文化/n 广场/n 举办/v", "在/p 文化/n 廣場/n 舉辦/v", "", ""},
		{"two common nouns before a needs-name suffix",
			"社区/n 文化/n 广场/n", "社區/n 文化/n 廣場/n", "", ""},
		{"a needs-name suffix after a mask is a name",
			"在/p ×/x ×/x 广场/n 设立/v", "在/p ×/x ×/x 廣場/n 設立/v", "××广场/place/r", "××廣場/place/r"},
		{"a needs-name suffix after a proper name is a name",
			"福星/nz 花园/n", "福星/nz 花園/n", "福星花园/place", "福星花園/place"},
		{"a needs-name suffix after a level is a name",
			"市/n 文化/n 广场/n", "市/n 文化/n 廣場/n", "市文化广场/place", "市文化廣場/place"},
		{"a suffix word alone is no name, even tagged nt",
			"由/p 党工委/nt 书记/n", "由/p 黨工委/nt 書記/n", "", ""},
		{"one level before an org suffix names one unit",
			"联合/v 区/n 残联/n 开展/v", "聯合/v 區/n 殘聯/n 開展/v", "区残联/org", "區殘聯/org"},
		{"one level before a place suffix is not a name",
			"区/n 社区/n", "區/n 社區/n", "", ""},
		{"a generic word before an org suffix is still no name",
			"社区/n 服务中心/n", "社區/n 服務中心/n", "", ""},
		{"a nominal adjective continues a name",
			"×/x ×/x 街道社区/n 卫生/an 服务中心/n", "×/x ×/x 街道社區/n 衛生/an 服務中心/n",
			"××街道社区卫生服务中心/org/r", "××街道社區衛生服務中心/org/r"},
		{"a nominal adjective does not start a name",
			"确保/v 安全/an 社区/n", "確保/v 安全/an 社區/n", "", ""},
	}
	checkScriptCases(t, tests)
}

func TestParseEntityRulesNeedsName(t *testing.T) {
	er, err := ParseEntityRules(strings.NewReader("[place]\n广场\n[needs-name]\n广场\n[level]\n市\n[category]\n社区\n[name-word]\n人民\n[common]\n慈善\n"))
	if err != nil || !er.NeedsName["广场"] || !er.Levels["市"] || !er.Categories["社区"] || !er.NameWords["人民"] || !er.Common["慈善"] {
		t.Fatalf("ParseEntityRules = %+v, %v", er, err)
	}
	if _, err := ParseEntityRules(strings.NewReader("[org]\n局\n[needs-name]\n广场\n")); err == nil ||
		!strings.Contains(err.Error(), "line 4") {
		t.Errorf("a [needs-name] word that is no suffix: err = %v, want line 4", err)
	}
}

// TestEntityNameRules has a case for each rule that finds a name or keeps
// a type word from being one (dict/entities.txt and testdata/entities/
// README.md), each in Simplified and in Traditional characters.
func TestEntityNameRules(t *testing.T) {
	tests := []scriptCase{
		{"a level before a body's suffix (红十字会, 管委会; 园区 is a level)",
			"市/n 红十字会/nz 和/c 园区/n 管委会/j", "市/n 紅十字會/nz 和/c 園區/n 管委會/j", "市红十字会/org, 园区管委会/org", "市紅十字會/org, 園區管委會/org"},
		{"a branch after a level and a modifier",
			"在/p 街道/n 慈善/nr 分会/n 指导/n", "在/p 街道/n 慈善/nr 分會/n 指導/n", "街道慈善分会/org", "街道慈善分會/org"},
		{"a factory needs a name",
			"×/x ×/x 电子厂/n 和/c 电子厂/n", "×/x ×/x 電子廠/n 和/c 電子廠/n", "××电子厂/org/r", "××電子廠/org/r"},
		{"a quoted name starts a team's name",
			"由/p “/x 蓝/nr 马甲/nr ”/x 义工/n 队/n 负责/v", "由/p “/x 藍/nr 馬甲/nr ”/x 義工/n 隊/n 負責/v", "“蓝马甲”义工队/org", "“藍馬甲”義工隊/org"},
		{"a quoted name inside a name",
			"×/x ×/x 大学/n “/x 春晖/nr ”/x 支教团/n 的/uj", "×/x ×/x 大學/n “/x 春暉/nr ”/x 支教團/n 的/uj", "××大学“春晖”支教团/org/r", "××大學“春暉”支教團/org/r"},
		{"a team without a name is a type (护林 is [common])",
			"组建/v 护林/nz 志愿队/n 和/c 社区/n 舞蹈队/n", "組建/v 護林/nz 志願隊/n 和/c 社區/n 舞蹈隊/n", "", ""},
		{"a team named by its parent body",
			"邀请/v 市妇联/n 家庭教育/l 讲师团/n", "邀請/v 市婦聯/n 家庭教育/l 講師團/n", "市妇联家庭教育讲师团/org", "市婦聯家庭教育講師團/org"},
		{"a name does not end inside a quote",
			"通过/p “/x 村村/n 响/zg ”/x 广播/vn", "通過/p “/x 村村/n 響/zg ”/x 廣播/vn", "", ""},
		{"common words before a mask are not part of the name",
			"爱心/n 企业/n ×/x ×/x 食品/n 公司/n 捐赠/v", "愛心/n 企業/n ×/x ×/x 食品/n 公司/n 捐贈/v", "××食品公司/org/r", "××食品公司/org/r"},
		{"社区 is a category, not a level",
			"联合/v 社区卫生/n 服务中心/n 为/zg", "聯合/v 社區衛生/n 服務中心/n 為/zg", "", ""},
		{"a bare type word names nothing",
			"本学期/n ，/x 学校/n 家长学校/j 以/p", "本學期/n ，/x 學校/n 家長學校/j 以/p", "", ""},
		{"a one-character place needs a name",
			"分片/n 区/n 举办/v 在/p ×/x ×/x 河/ns 沿岸/f", "分片/n 區/n 舉辦/v 在/p ×/x ×/x 河/ns 沿岸/f", "××河/place/r", "××河/place/r"},
		{"a name word names a square",
			"在/p 人民广场/n 设置/vn", "在/p 人民廣場/n 設置/vn", "人民广场/place", "人民廣場/place"},
		{"a level inside a road's name",
			"在/p 环/zg 镇/n 公路/n 两侧/f", "在/p 環/zg 鎮/n 公路/n 兩側/f", "环镇公路/place", "環鎮公路/place"},
		{"a verbal noun continues a run that starts with a level",
			"在/p 区/n 残疾人/n 综合/vn 服务中心/n 举行/v", "在/p 區/n 殘疾人/n 綜合/vn 服務中心/n 舉行/v", "区残疾人综合服务中心/org", "區殘疾人綜合服務中心/org"},
		{"a suffix glued to a [not] word ends the name",
			"×/x ×/x 司法/n 所在/b 册/q", "×/x ×/x 司法/n 所在/b 冊/q", "××司法所/org/r", "××司法所/org/r"},
		{"a suffix word is name-like whatever gse tags it; 慈善 is [common]",
			"×/x ×/x 超市/v 和/c 慈善/nr 超市/v", "×/x ×/x 超市/v 和/c 慈善/nr 超市/v", "××超市/org/r", "××超市/org/r"},
		{"a level body in one word names what follows",
			"联合/v 市中心/n 血站/n 和/c 中心/n 血站/n", "聯合/v 市中心/n 血站/n 和/c 中心/n 血站/n", "市中心血站/org", "市中心血站/org"},
		{"a bare institution is no name, a level makes one",
			"邀请/v 医院/n 和/c 镇/n 派出所/n", "邀請/v 醫院/n 和/c 鎮/n 派出所/n", "镇派出所/org", "鎮派出所/org"},
	}
	checkScriptCases(t, tests)
}

// FuzzFindEntities runs the default rules on arbitrary word/POS tokens:
// no panic, and every name is a non-empty span of the text of a known kind.
func FuzzFindEntities(f *testing.F) {
	for _, s := range []string{
		"由/p “/x 蓝/nr 马甲/nr ”/x 义工/n 队/n 负责/v",
		"×/x ×/x 大学/n “/x 春晖/nr ”/x 支教团/n",
		"×/x ×/x 司法/n 所在/b 册/q",
		"爱心/n 企业/n ×/x ×/x 食品/n 公司/n",
		"通过/p “/x 村村/n 响/zg ”/x 广播/vn “/x",
		"在/p 区/n 残疾人/n 综合/vn 服务中心/n 「/x 」/x",
	} {
		f.Add(s)
	}
	rules := DefaultEntityRules()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		tk := scriptToks(s)
		var text strings.Builder
		for _, x := range tk {
			text.WriteString(x.Text)
		}
		n := utf8.RuneCountInString(text.String())
		for _, e := range FindEntities(testdocs.Lines(text.String()), tk, rules) {
			if e.Text == "" || e.Offset < 0 || e.Offset+utf8.RuneCountInString(e.Text) > n ||
				e.Kind != KindOrg && e.Kind != KindPlace {
				t.Fatalf("FindEntities(%q): entity %+v", s, e)
			}
		}
	})
}

// scriptCase is one entity rule on the same words in Simplified and in
// Traditional characters.
type scriptCase struct {
	rule        string
	simp, trad  string // word/POS …
	want, wantT string // text/kind[/r], comma-separated, as written
}

func checkScriptCases(t *testing.T, tests []scriptCase) {
	t.Helper()
	rules := DefaultEntityRules()
	find := func(words string) string {
		tk := scriptToks(words)
		var text strings.Builder
		for _, x := range tk {
			text.WriteString(x.Text)
		}
		var got []string
		for _, e := range FindEntities(testdocs.Lines(text.String()), tk, rules) {
			s := e.Text + "/" + e.Kind
			if e.Redacted {
				s += "/r"
			}
			got = append(got, s)
		}
		return strings.Join(got, ", ")
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := find(tt.simp); got != tt.want {
				t.Errorf("Simplified %s: got %q, want %q", tt.simp, got, tt.want)
			}
			if got := find(tt.trad); got != tt.wantT {
				t.Errorf("Traditional %s: got %q, want %q", tt.trad, got, tt.wantT)
			}
		})
	}
}

// endsSuffixSlow is what mayEndSuffix stands before: whether some
// suffix of rules ends s, tried at every length.
func endsSuffixSlow(rules *EntityRules, s string) bool {
	text := []rune(s)
	for l := 1; l <= len(text); l++ {
		if rules.Suffixes[string(text[len(text)-l:])] != "" {
			return true
		}
	}
	return false
}

// TestMayEndSuffix: the last-character filter never turns away a text
// that ends with a suffix (every suffix, with words before it), and turns
// away texts that end with none.
func TestMayEndSuffix(t *testing.T) {
	rules := DefaultEntityRules()
	texts := []string{"", "社区", "兴月苑社区", "××市民政局", "开展活动", "志愿者", "2024年", "abc", "“蓝马甲”", "×", "区残联"}
	for w := range rules.Suffixes {
		texts = append(texts, w, "××"+w, "人民"+w, w+"的")
	}
	turnedAway := 0
	for _, s := range texts {
		slow := endsSuffixSlow(rules, s)
		if slow && !rules.mayEndSuffix(s) {
			t.Errorf("mayEndSuffix(%q) = false, but a suffix ends it", s)
		}
		if !rules.mayEndSuffix(s) {
			turnedAway++
		}
	}
	if turnedAway == 0 {
		t.Error("no text turned away")
	}
	for _, s := range []string{"开展活动", "志愿者", "abc", ""} {
		if rules.mayEndSuffix(s) {
			t.Errorf("mayEndSuffix(%q) = true; no suffix ends with its last character", s)
		}
	}
}

// TestNameLike: a word is name-like by its runes (a mask), by being a
// suffix (超市 tagged v), or by its tag; never a [not] word, whatever its tag.
func TestNameLike(t *testing.T) {
	rules := DefaultEntityRules()
	tests := []struct {
		word, pos string
		want      bool
	}{
		{"××", "x", true},
		{"○○", "m", true},
		{"超市", "v", true},
		{"居委会", "n", true},
		{"兴月苑", "ns", true},
		{"志願者", "n", true},
		{"妇联", "j", true},
		{"老", "a", true},
		{"美丽", "a", false},
		{"月", "m", true},
		{"三十", "m", false},
		{"开展", "v", false},
		{"活动", "vn", false}, // [not], though its tag is name-like
		{"服务", "vn", false},
		{"和", "c", false},
		{"，", "x", false},
		{"2024", "m", false},
		{"abc", "eng", false},
		{"", "n", false},
	}
	for _, tt := range tests {
		if got := rules.nameLike(segment.Token{Text: tt.word, Folded: tt.word, POS: tt.pos}); got != tt.want {
			t.Errorf("nameLike(%q/%s) = %v, want %v", tt.word, tt.pos, got, tt.want)
		}
	}
}
