package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/zongjie/zongjie/internal/testdocs"
)

// TestScanStartsSkipNothing: the numeric scan, stepping over the runes
// outside scanStarts, finds the tokens of the scan that tests every rune
// (the slow form: a scanStarts holding every rune), on short texts made
// for each kind of token and on every document of corpus/ and the dev set.
func TestScanStartsSkipNothing(t *testing.T) {
	slow := *numTest.numbers
	q := *slow.q
	q.scanStarts = runeSet{}
	for r := rune(0); r < 0x10000; r++ {
		q.scanStarts.add(r)
	}
	slow.q = &q
	texts := []string{
		"", "社区", "共服务居民3,000人次，发放资料1.5万份", "数十名志愿者", "数名", "壹仟参佰元", "参加活动",
		"三番五次", "《2024年工作计划》", "××人参加", "×名", "10名", "名单", "几百人", "两位老人", "２０２４年３月",
		"一期工程", "十九届三中全会", "拾参元", "参拾元",
	}
	for _, doc := range testdocs.CorpusAndDevset(t, "../..") {
		texts = append(texts, doc.Text)
	}
	for _, text := range texts {
		doc := numDoc(text)
		fast := newDocView(numTest.numbers, doc, nil).scan()
		want := newDocView(&slow, doc, nil).scan()
		if !reflect.DeepEqual(fast, want) {
			t.Errorf("%.40q: scan with scanStarts = %d tokens, every rune tested = %d", text, len(fast), len(want))
		}
	}
	for _, r := range "0９〇零一壹两十万亿几數参×《名位" {
		if !numTest.numbers.q.scanStarts.has(r) {
			t.Errorf("scanStarts lacks %q", r)
		}
	}
	for _, r := range "社区人，。a" {
		if numTest.numbers.q.scanStarts.has(r) {
			t.Errorf("scanStarts holds %q, which starts nothing", r)
		}
	}
}

// TestPeriodFirstIsTheIndex: the characters findPeriods stops at are
// exactly those its index files names under.
func TestPeriodFirstIsTheIndex(t *testing.T) {
	dw := numTest.numbers.d
	if dw.periodsByFirst == nil {
		t.Skip("no index: every name is tried everywhere")
	}
	for r := rune(0); r < 0x10000; r++ {
		if _, filed := dw.periodsByFirst[r]; filed != dw.periodFirst.has(r) {
			t.Errorf("%q: filed %v, in periodFirst %v", r, filed, dw.periodFirst.has(r))
		}
	}
}

// TestDocViewSharesOwnFold: a text that is its own fold gives one set of
// runes for both views; each is the runes of its string, as converting
// each would give, for every document of corpus/ and the dev set (some
// Traditional, so both ways are tried).
func TestDocViewSharesOwnFold(t *testing.T) {
	shared, apart := 0, 0
	for path, doc := range testdocs.CorpusAndDevset(t, "../..") {
		v := newDocView(numTest.numbers, doc, nil)
		if !slices.Equal(v.text, []rune(doc.Text)) || !slices.Equal(v.folded, []rune(doc.Folded)) || !slices.Equal(v.foldedRunes(), []rune(doc.Folded)) {
			t.Errorf("%s: the view's runes differ from its strings'", path)
		}
		if len(v.text) > 0 && &v.text[0] == &v.folded[0] {
			shared++
		} else {
			apart++
		}
	}
	if shared == 0 || apart == 0 {
		t.Errorf("shared %d, apart %d: both kinds of document wanted", shared, apart)
	}
}
