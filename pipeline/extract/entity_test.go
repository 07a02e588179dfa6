package extract

import (
	"strings"
	"testing"

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
		{"redacted org over a mis-cut", "×/x ×/x 市民/n 政局/n 和/c 慈善总会/nt", "××市民政局/org/r, 慈善总会/org"},
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
			doc := docOf(text.String())
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
	doc := docOf("走訪興月苑社區")
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
}
