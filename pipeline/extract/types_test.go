package extract

import (
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/segment"
)

// toks makes tokens from space-separated folded words.
func toks(s string) []segment.Token {
	var out []segment.Token
	at := 0
	for _, w := range strings.Fields(s) {
		out = append(out, segment.Token{Text: w, Folded: w, POS: "n", Offset: at})
		at += len([]rune(w))
	}
	return out
}

func TestRuleMatch(t *testing.T) {
	rule := Rule{ID: "t", Label: "T", Any: []string{"老人", "空巢老人", "打扫卫生"}, Min: 1}
	tests := []struct {
		words string
		hits  int
		found string
	}{
		{"看望 老人", 1, "老人"},
		{"空巢老人 和 老人", 2, "空巢老人 老人"},
		{"打扫 卫生", 1, "打扫卫生"},       // a phrase over two words
		{"打扫卫生 老人 老人", 3, "打扫卫生 老人"}, // distinct words once
		{"老人们", 0, ""},               // not a whole word
		{"打扫 卫生间", 0, ""},            // a phrase must end on a word boundary
		{"", 0, ""},
	}
	for _, tt := range tests {
		n, words := rule.match(toks(tt.words))
		if n != tt.hits || strings.Join(words, " ") != tt.found {
			t.Errorf("match(%q) = %d %v, want %d %q", tt.words, n, words, tt.hits, tt.found)
		}
	}
}

func TestCodeMinHits(t *testing.T) {
	rules := &Rules{Types: []Rule{
		{ID: "visit", Label: "走访慰问", Any: []string{"走访"}, Min: 2},
		{ID: "safety", Label: "治安巡逻", Any: []string{"巡逻"}, Min: 1},
	}}
	got := rules.Code(toks("走访 巡逻 居民"))
	if len(got) != 1 || got[0].ID != "safety" || got[0].Hits != 1 || got[0].Label != "治安巡逻" {
		t.Errorf("Code = %+v, want only safety", got)
	}
	got = rules.Code(toks("走访 走访"))
	if len(got) != 1 || got[0].ID != "visit" || got[0].Hits != 2 {
		t.Errorf("Code = %+v, want visit with 2 hits", got)
	}
}

func TestLoadRules(t *testing.T) {
	good := "[[type]]\nid = \"a\"\nlabel = \"A\"\nany = [\"词\"]\n"
	r, err := LoadRules(strings.NewReader(good))
	if err != nil || len(r.Types) != 1 || r.Types[0].Min != 1 {
		t.Fatalf("LoadRules(good) = %+v, %v", r, err)
	}
	bad := map[string]string{
		"missing id":   "[[type]]\nlabel = \"A\"\nany = [\"词\"]\n",
		"duplicate id": good + good,
		"no words":     "[[type]]\nid = \"a\"\nlabel = \"A\"\n",
		"unknown key":  good + "colour = \"red\"\n",
		"syntax":       "[[type]\n",
	}
	for name, src := range bad {
		if _, err := LoadRules(strings.NewReader(src)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestDefaultRulesTaxonomy(t *testing.T) {
	want := "publicity visit donation volunteer environment elderly disability_aid safety culture_sports health youth training_exam meeting"
	var ids []string
	for _, r := range DefaultRules().Types {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != want {
		t.Errorf("default rule ids = %v, want %s", ids, want)
	}
}
