package content

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"sort"

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

// TermsAndKeywords reads a term's rarity off the last token of its word
// while counting the terms: the same keywords as a map of every token's
// rarity filled in token order, and the same terms as Terms.
func TestTermsAndKeywords(t *testing.T) {
	toks := []segment.Token{
		{Folded: "社区", POS: "n", Rarity: 5},
		{Folded: "活动", POS: "vn", Rarity: 3},
		{Folded: "的", POS: "uj", Rarity: 1},
		{Folded: "社区", POS: "n", Rarity: 6},
		{Folded: "志愿者", POS: "n", Rarity: 8},
		{Folded: "开展", POS: "v", Rarity: 4},
		{Folded: "开展", POS: "v", Rarity: 2},
		{Folded: "我们", POS: "r", Rarity: 2},
	}
	byMap := func(toks []segment.Token, terms []Term, n int) []Keyword {
		rarity := map[string]float64{}
		for _, t := range toks {
			rarity[t.Folded] = t.Rarity
		}
		r := make([]float64, len(terms))
		for i, t := range terms {
			r[i] = rarity[t.Word]
		}
		return keywords(terms, r, n)
	}
	for _, n := range []int{1, 2, 10} {
		terms, kws := TermsAndKeywords(toks, nil, n)
		if want := Terms(toks, nil); !reflect.DeepEqual(terms, want) {
			t.Errorf("terms %v, want %v", terms, want)
		}
		if want := byMap(toks, terms, n); !reflect.DeepEqual(kws, want) {
			t.Errorf("keywords %v, want %v", kws, want)
		}
	}
	_, kws := TermsAndKeywords(toks, nil, 10)
	// 7 content words (我们 among them, counted but no keyword: a
	// pronoun); 社区 twice, its last rarity 6; 开展 twice, its last 2.
	want := []Keyword{{Word: "社区", Weight: 1.7143}, {Word: "志愿者", Weight: 1.1429}, {Word: "开展", Weight: 0.5714}, {Word: "活动", Weight: 0.4286}}
	if !reflect.DeepEqual(kws, want) {
		t.Errorf("keywords %v, want %v", kws, want)
	}
}

// countTerms reuses its room from document to document: a count is the same
// after counting other documents, big and small, as the first time.
func TestTermsIndexReused(t *testing.T) {
	doc := func(words ...string) []segment.Token {
		var toks []segment.Token
		for _, w := range words {
			toks = append(toks, segment.Token{Text: w, Folded: w, POS: "n", Rarity: 4})
		}
		return toks
	}
	var many []string
	for i := 0; i < maxPooledTerms+10; i++ {
		many = append(many, "词"+string(rune(0x4e00+i%20000))+string(rune(0x4e00+i/20000)))
	}
	a, b := doc("社区", "活动", "社区", "志愿者"), doc("老人", "社区", "探访")
	first := Terms(a, nil)
	for _, other := range [][]segment.Token{b, doc(many...), b, a} {
		Terms(other, nil)
		if got := Terms(a, nil); !reflect.DeepEqual(got, first) {
			t.Fatalf("Terms after another document = %v, want %v", got, first)
		}
	}
}

// ruleHits keeps the distinct words in the order found, and their count,
// past the number it looks through before filing them in a map.
func TestRuleHitsWords(t *testing.T) {
	toks := []segment.Token{{Text: "社区", Folded: "社区", Offset: 0}}
	var h ruleHits
	var want []string
	for i := range 3 * seenWords {
		w := string(rune('一' + i%(2*seenWords)))
		if i < 2*seenWords {
			want = append(want, w)
		}
		h.note(w, toks, span{0, 1})
	}
	if h.n != 3*seenWords || !reflect.DeepEqual(h.words, want) {
		t.Errorf("ruleHits: %d hits, words %q; want %d, %q", h.n, h.words, 3*seenWords, want)
	}
}

// keywords keeps the n heaviest as the terms come: the first n of all the
// keywords sorted, ties of weight in word order, nil when no term is a
// noun, verb or name.
func TestKeywordsTopN(t *testing.T) {
	sorted := func(terms []Term, rarity []float64) []Keyword {
		total := 0
		for _, x := range terms {
			total += x.Count
		}
		var kws []Keyword
		for i, x := range terms {
			if c := x.POS[0]; c != 'n' && c != 'v' && c != 'l' && x.POS != "x" {
				continue
			}
			w := float64(x.Count) / float64(total) * rarity[i]
			kws = append(kws, Keyword{Word: x.Word, Weight: math.Round(w*1e4) / 1e4})
		}
		sort.SliceStable(kws, func(i, j int) bool {
			if kws[i].Weight != kws[j].Weight {
				return kws[i].Weight > kws[j].Weight
			}
			return kws[i].Word < kws[j].Word
		})
		return kws
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	pos := []string{"n", "v", "vn", "a", "l", "x", "nr", "d"}
	for round := range 300 {
		var terms []Term
		var rarity []float64
		for i := range rnd.IntN(40) {
			terms = append(terms, Term{Word: fmt.Sprintf("词%d", i), POS: pos[rnd.IntN(len(pos))], Count: 1 + rnd.IntN(3)})
			rarity = append(rarity, float64(rnd.IntN(4))) // equal weights are common
		}
		all := sorted(terms, rarity)
		for _, n := range []int{0, 1, 3, 10, 50} {
			want := all
			if len(want) > n {
				want = want[:n]
			}
			if got := keywords(terms, rarity, n); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0 && (got == nil) == (want == nil)) {
				t.Fatalf("round %d, n %d: keywords = %v, want %v", round, n, got, want)
			}
		}
	}
}
