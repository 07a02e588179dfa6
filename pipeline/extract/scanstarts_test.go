package extract

import (
	"reflect"
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
