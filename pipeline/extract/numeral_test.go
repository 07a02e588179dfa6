package extract

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// numDoc builds a Document the way ingest would, without ingest: the text,
// its folded view and sentence spans split after 。！？；! ? ; and newlines.
// numTest is the Extractor of the table tests, with the embedded dict/.
var numTest = New()

func numDoc(text string) *ingest.Document {
	doc := &ingest.Document{Text: text, Folded: fold.ToSimplified(text)}
	start, n := 0, 0
	for _, r := range text {
		n++
		if strings.ContainsRune("。！？；!?;\n", r) {
			doc.Sentences = append(doc.Sentences, ingest.Span{Start: start, End: n})
			start = n
		}
	}
	if start < n {
		doc.Sentences = append(doc.Sentences, ingest.Span{Start: start, End: n})
	}
	return doc
}

// numSample is the user's sample document, read as it is on disk.
func numSample(tb testing.TB) *ingest.Document {
	tb.Helper()
	b, err := os.ReadFile("../../corpus/2016-social-work-day-summary.txt")
	if err != nil {
		b, err = os.ReadFile("/work/shared/corpus/2016-social-work-day-summary.txt")
	}
	if err != nil {
		tb.Skip("sample not found:", err)
	}
	// Drop the converter's pinyin (總結(jié)) as ingest does, so objects read
	// as they will in the pipeline.
	return numDoc(converterPinyin.ReplaceAllString(string(b), "$1"))
}

var converterPinyin = regexp.MustCompile(`(\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)`)

// checkSpan fails unless text is what doc.Text holds at the rune offset.
// onNumDoc runs find on numDoc of an input.
func onNumDoc[T any](find func(*ingest.Document) []T) func(*testing.T, string) (*ingest.Document, []T) {
	return func(_ *testing.T, in string) (*ingest.Document, []T) {
		doc := numDoc(in)
		return doc, find(doc)
	}
}

// foundCase is an input and what a finder must find in it, each item as
// the finder's fmt function writes it.
type foundCase struct {
	in   string
	want []string
}

// checkFound runs find (named name) on each case, checks the span of every
// item found (at gives its offset and text) and compares their formats
// with the case's.
func checkFound[T any](t *testing.T, name string, tests []foundCase, find func(*testing.T, string) (*ingest.Document, []T), at func(T) (int, string), format func(T) string) {
	t.Helper()
	for _, tt := range tests {
		doc, items := find(t, tt.in)
		var got []string
		for _, x := range items {
			offset, text := at(x)
			checkSpan(t, doc, offset, text)
			got = append(got, format(x))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s(%q)\n got %q\nwant %q", name, tt.in, got, tt.want)
		}
	}
}

func checkSpan(t *testing.T, doc *ingest.Document, offset int, text string) {
	t.Helper()
	rs := []rune(doc.Text)
	n := utf8.RuneCountInString(text)
	if offset < 0 || offset+n > len(rs) {
		t.Fatalf("offset %d + %d runes outside text of %d runes", offset, n, len(rs))
	}
	if got := string(rs[offset : offset+n]); got != text {
		t.Fatalf("text %q at offset %d, but the document has %q there", text, offset, got)
	}
}

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0", 0, true},
		{"226", 226, true},
		{"２２６", 226, true},
		{"12,800", 12800, true},
		{"1,234,567", 1234567, true},
		{"3.5", 3.5, true},
		{"3．5", 3.5, true},
		{"3.5万", 35000, true},
		{"1.2亿", 1.2e8, true},
		{"5千", 5000, true},
		{"3万5000", 35000, true},
		{"1万2", 12000, true},
		{"3千5", 3500, true},
		{"1万2000", 12000, true},
		{"1万20", 10020, true},
		{"5百", 500, true},
		{"一亿", 1e8, true},
		{"十万零三", 100003, true},
		{"二十万", 200000, true},
		{"拾", 10, true},
		{"玖佰", 900, true},
		{"壹仟玖佰", 1900, true},
		{"壹萬伍仟", 15000, true},
		{"0.5", 0.5, true},
		{"１２,８００", 12800, true},
		{"一", 1, true},
		{"两", 2, true},
		{"十", 10, true},
		{"十五", 15, true},
		{"二十", 20, true},
		{"三百", 300, true},
		{"一千二百", 1200, true},
		{"一千零五", 1005, true},
		{"一百零五", 105, true},
		{"一百〇五", 105, true},
		{"一百二十五", 125, true},
		{"一万五", 15000, true},
		{"三千五", 3500, true},
		{"两百五", 250, true},
		{"十万", 100000, true},
		{"一亿二千万", 1.2e8, true},
		{"一万零五百", 10500, true},
		{"廿", 20, true},
		{"廿五", 25, true},
		{"卅一", 31, true},
		{"零", 0, true},
		{"二〇一六", 2016, true},
		{"二○一六", 2016, true},
		{"二零一八", 2018, true},
		{"壹仟贰佰", 1200, true},
		{"叁拾", 30, true},
		{"貳萬", 20000, true},
		{"參佰", 300, true},
		{"兩萬", 20000, true},
		{"陸億", 6e8, true},
		{" 42 ", 42, true},

		{"", 0, false},
		{"万", 0, false},
		{"百", 0, false},
		{"千", 0, false},
		{"万人", 0, false},
		{"五六百", 0, false},
		{"3五", 0, false},
		{"五3", 0, false},
		{"十十", 0, false},
		{"百十", 0, false},
		{"十一五", 0, false},
		{"万万", 0, false},
		{"1,23", 0, false},
		{"abc", 0, false},
		{"3%", 0, false},
		{"三帮一", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumeral(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("ParseNumeral(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseNumeral(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumeral(s)
		if ok && (v < 0 || math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Fatalf("ParseNumeral(%q) = %v", s, v)
		}
	})
}

// BenchmarkNumericSample runs the four numeric extractors on the sample.
func BenchmarkNumericSample(b *testing.B) {
	doc := numSample(b)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		numTest.FindQuantities(doc, nil)
		numTest.FindMoney(doc)
		numTest.FindDates(doc)
	}
}

// BenchmarkNumericLongRuns guards against quadratic scans: long runs of
// the pieces the extractors look for must be read in one pass, so the time
// a run of 80,000 pieces takes is about 4 times that of 20,000 (a
// quadratic scan: 16 times). It is a benchmark, not a test, because only
// times can show it and times are not asserted in tests on shared
// machines: compare the two sizes of each piece in one run,
//
//	go test -run '^$' -bench NumericLongRuns -benchtime 3x ./pipeline/extract
//
// (the row-label walk fixed in round 7 took 14 times as long for 3人至).
func BenchmarkNumericLongRuns(b *testing.B) {
	for _, piece := range []string{"一", "3", "×", "十", "3,", "3.", "3-", "3月", "一二", "名", "参加活动名", "万", "几十", "3月1日至", "人民币", "3人至", "1元-", "３３"} {
		for _, n := range []int{20000, 80000} {
			doc := numDoc(strings.Repeat(piece, n))
			b.Run(fmt.Sprintf("%s×%d", piece, n), func(b *testing.B) {
				for b.Loop() {
					numTest.FindQuantities(doc, nil)
					numTest.FindMoney(doc)
					numTest.FindDates(doc)
				}
			})
		}
	}
}
