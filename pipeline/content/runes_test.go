package content

import (
	"cmp"
	"reflect"
	"slices"

	"github.com/zongjie/zongjie/pipeline/segment"
	"testing"
	"unicode/utf8"
)

func TestOneRune(t *testing.T) {
	for _, w := range []string{"", "“", "「", "社区", "a", "ab", "\xff", "\xff\xfe", "\xe2\x80", "“a"} {
		if got, want := oneRune(w), utf8.RuneCountInString(w) == 1; got != want {
			t.Errorf("oneRune(%q) = %v, want %v", w, got, want)
		}
	}
}

// Keywords finds a term's rarity by halving the sorted terms; the last
// token of the word gives it, as a map filled token by token would, and
// the order the terms come in changes nothing.
func TestKeywordsRarityOfLastToken(t *testing.T) {
	toks := []segment.Token{
		{Folded: "社区", POS: "n", Rarity: 5},
		{Folded: "活动", POS: "vn", Rarity: 3},
		{Folded: "的", POS: "uj", Rarity: 1},
		{Folded: "社区", POS: "n", Rarity: 6},
		{Folded: "志愿者", POS: "n", Rarity: 8},
	}
	terms := Terms(toks, nil)
	want := []Keyword{{Word: "志愿者", Weight: 2}, {Word: "社区", Weight: 3}, {Word: "活动", Weight: 0.75}}
	slices.SortFunc(want, func(a, b Keyword) int { return cmp.Compare(b.Weight, a.Weight) })
	for _, ts := range [][]Term{terms, {terms[2], terms[0], terms[1]}} {
		if got := Keywords(toks, ts, 10); !reflect.DeepEqual(got, want) {
			t.Errorf("Keywords(%v) = %v, want %v", ts, got, want)
		}
	}
}
