package content

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/testdocs"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// TestRuleIndexEqualsRuleByRule counts the hits of every embedded rule on
// every document of corpus/ and testdata/extract in one scan and rule by
// rule (Rule.match): the counts and evidence words must be the same.
func TestRuleIndexEqualsRuleByRule(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	rs := DefaultRules()
	x := rs.index()
	if x == nil {
		t.Fatal("no index for the embedded rules")
	}
	for path, doc := range testdocs.CorpusAndDevset(t, "../..") {
		toks, _ := rs.unskipped(seg.Cut(doc), nil, nil)
		counted, filed := x.count(toks, false)
		places := newTokenPlaces(toks, x.placed)
		if !reflect.DeepEqual(filed, places) {
			t.Errorf("%s: the places filed while counting differ from newTokenPlaces", path)
		}
		for i := range rs.Types {
			r := &rs.Types[i]
			h := counted[i]
			r.matchNear(toks, places, &h)
			one := r.match(toks)
			if h.n != one.n || !slices.Equal(h.words, one.words) || !slices.Equal(h.at, one.at) {
				t.Errorf("%s, rule %s: one scan %d %v %v, rule by rule %d %v %v", path, r.ID, h.n, h.words, h.at, one.n, one.words, one.at)
			}
		}
	}
}

func TestTokenPlacesOccurrences(t *testing.T) {
	var toks []segment.Token
	for _, w := range []string{"社区", "服务", "中心", "开展", "服务", "", "志愿服务", "服务中心"} {
		toks = append(toks, segment.Token{Text: w, Folded: w, POS: "n"})
	}
	placed := newRuneMap[struct{}]()
	placed.at('社')
	placed.at('服')
	places := newTokenPlaces(toks, placed)
	for _, tc := range []struct {
		term   string
		single bool
		want   []span
	}{
		{"服务", true, []span{{1, 2}, {4, 5}}},
		{"服务", false, []span{{1, 2}, {4, 5}}},
		{"服务 中心", false, []span{{1, 3}, {7, 8}}},
		{"服务中心/n", false, []span{{7, 8}}},
		{"服务/v", false, nil},
		{"*服务", false, []span{{1, 2}, {4, 5}, {6, 7}}},
		{"社区 服务 中心 开展 服务", false, []span{{0, 5}}},
		{"活动", true, nil},
		{"开展", true, []span{{3, 4}}}, // 开 is not filed: a scan
	} {
		term, err := parseTerm(tc.term, tc.single)
		if err != nil {
			t.Fatal(err)
		}
		got := places.occurrences(toks, term)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.term, got, tc.want)
		}
		if scan := occurrences(toks, term); !slices.Equal(got, scan) {
			t.Errorf("%q: %v from the places, %v from a scan", tc.term, got, scan)
		}
		// a part is looked up through the places of the whole
		for _, p := range []span{{1, 8}, {2, 8}, {1, 4}, {4, 7}, {0, 0}} {
			got, want := places.part(p.start, p.end).occurrences(toks[p.start:p.end], term), occurrences(toks[p.start:p.end], term)
			if !slices.Equal(got, want) {
				t.Errorf("%q in %v: %v from the places, %v from a scan", tc.term, p, got, want)
			}
		}
	}
}

// TestCodePartsEqualsCodeOfEachPart codes parts of every document of
// corpus/ and testdata/extract with CodeParts and each part on its own
// with Code: the answers must be the same. The parts are runs of lines
// (as activities are) and runs cut at arbitrary tokens (inside sentences
// and phrases, where a part is coded on its own); both ways of answering
// must be taken.
func TestCodePartsEqualsCodeOfEachPart(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	rs := DefaultRules()
	derived, alone := 0, 0
	for path, doc := range testdocs.CorpusAndDevset(t, "../..") {
		toks := seg.Cut(doc)
		var bytes []int // the byte offset of each rune
		for i := range doc.Text {
			bytes = append(bytes, i)
		}
		bytes = append(bytes, len(doc.Text))
		var lines []int // the first token of each line
		for i := range toks {
			if i == 0 || strings.Contains(doc.Text[bytes[toks[i-1].Offset]:bytes[toks[i].Offset]], "\n") {
				lines = append(lines, i)
			}
		}
		lines = append(lines, len(toks))
		var parts [][2]int
		for k := range lines {
			for n := 1; n <= 3 && k+n < len(lines); n++ {
				parts = append(parts, [2]int{lines[k], lines[k+n]})
			}
		}
		for i := 0; i < len(toks); i += 7 {
			parts = append(parts, [2]int{i, min(len(toks), i+5+i%23)})
		}
		parts = append(parts, [2]int{0, len(toks)}, [2]int{len(toks), len(toks)})
		checkCodeParts(t, path, rs, toks, parts)
		// count the parts answered each way, as CodeParts decides
		before := make([]int32, len(toks)+1)
		unskipped, _ := rs.unskipped(toks, nil, before)
		counted, _ := rs.index().count(unskipped, true)
		for _, p := range parts {
			lo, hi, ok := rs.sameSkips(toks, before, p[0], p[1])
			for i := 0; ok && i < len(counted); i++ {
				ok = !counted[i].cross(lo, hi)
			}
			if ok {
				derived++
			} else {
				alone++
			}
		}
	}
	t.Logf("%d parts derived from the document's hits, %d coded alone", derived, alone)
	if derived == 0 || alone == 0 {
		t.Errorf("%d parts derived from the document's hits, %d coded alone: both ways must be tested", derived, alone)
	}
}

func TestRuleHitsCross(t *testing.T) {
	h := ruleHits{spans: []span{{2, 4}, {6, 7}, {9, 12}}}
	for _, tc := range []struct {
		lo, hi int
		want   bool
	}{
		{0, 20, false},
		{2, 12, false},
		{4, 9, false},
		{3, 9, true},  // {2,4} starts before 3 and ends after it
		{4, 11, true}, // {9,12} ends after 11
		{7, 9, false},
		{6, 6, false},
	} {
		if got := h.cross(tc.lo, tc.hi); got != tc.want {
			t.Errorf("cross(%d, %d) = %v, want %v", tc.lo, tc.hi, got, tc.want)
		}
	}
}

// TestCodePartsOnShortText codes every part of a short text with and
// without skip terms: each part as Code codes it alone.
func TestCodePartsOnShortText(t *testing.T) {
	var toks []segment.Token
	offset := 0
	for _, w := range []string{"开展", "打扫", "卫生", "活动", "。", "下一步", "打扫", "卫生", "，", "慰问", "老人", "。", "打扫", "卫生", "慰问", "空巢老人"} {
		toks = append(toks, segment.Token{Text: w, Folded: w, POS: "v", Offset: offset})
		offset += utf8.RuneCountInString(w)
	}
	const types = `
[[type]]
id = "clean"
label = "清洁"
phrases = ["打扫 卫生", "卫生 活动"]
near = ["慰问 老人"]
[[type]]
id = "visit"
label = "慰问"
words = ["慰问", "老人", "空巢老人"]
not = ["开展 打扫"]
`
	for _, skip := range []string{"", `skip = ["下一步"]`} {
		rs, err := LoadRules(strings.NewReader(skip + "\n" + types))
		if err != nil {
			t.Fatal(err)
		}
		var parts [][2]int
		for i := 0; i <= len(toks); i++ {
			for j := i; j <= len(toks); j++ {
				parts = append(parts, [2]int{i, j})
			}
		}
		checkCodeParts(t, fmt.Sprintf("%q", skip), rs, toks, parts)
	}
}

// newTokenPlaces files every token of toks at once: the form the places
// had before they were filed while the hits are counted (x.count), kept
// here as the reference the counting pass is checked against.
func newTokenPlaces(toks []segment.Token, placed *runeMap[struct{}]) *tokenPlaces {
	p := noPlaces(len(toks), placed)
	for i := range toks {
		c, _ := utf8.DecodeRuneInString(toks[i].Folded)
		p.file(i, c)
	}
	return p
}

// checkCodeParts checks that CodeParts codes the text as Code codes it and
// each part as Code codes the part alone.
func checkCodeParts(t *testing.T, name string, rs *Rules, toks []segment.Token, parts [][2]int) {
	t.Helper()
	whole, each := rs.CodeParts(toks, parts)
	if want := rs.Code(toks); !reflect.DeepEqual(whole, want) {
		t.Errorf("%s: the text coded %v with its parts, %v alone", name, whole, want)
	}
	for k, p := range parts {
		if want := rs.Code(toks[p[0]:p[1]]); !reflect.DeepEqual(each[k], want) {
			t.Errorf("%s, tokens %v: %v from the text's hits, %v coded alone", name, p, each[k], want)
		}
	}
}
