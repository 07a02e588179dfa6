package export

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// referenceLine is the line AppendRecord must write: encoding/json's.
func referenceLine(t testing.TB, rec *extract.Record) ([]byte, error) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(withLists(*rec))
	return buf.Bytes(), err
}

func checkLine(t *testing.T, name string, rec *extract.Record) {
	t.Helper()
	want, werr := referenceLine(t, rec)
	got, gerr := AppendRecord(nil, rec)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%s: error %v, encoding/json's %v", name, gerr, werr)
	}
	if werr == nil && !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-60)
		t.Fatalf("%s: differs at byte %d:\n got …%s\nwant …%s", name, i, got[lo:min(len(got), i+60)], want[lo:min(len(want), i+60)])
	}
}

// The records of every document of corpus/ and the extract and ingest dev
// sets, and the export fixtures, encode as encoding/json encodes them.
func TestAppendRecordIsEncodingJSON(t *testing.T) {
	for _, rec := range fixture() {
		checkLine(t, rec.Source, &rec)
	}
	if testing.Short() {
		t.Skip("the documents need the full dictionary")
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := pipeline.Options{Segmenter: seg, Extractor: extract.New()}
	var paths []string
	for _, pattern := range []string{"corpus/*", "testdata/extract/*.txt", "testdata/ingest/*"} {
		m, err := filepath.Glob(filepath.Join("..", "..", pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range m {
			if !strings.HasSuffix(p, ".expect") && !strings.HasSuffix(p, ".json") {
				paths = append(paths, p)
			}
		}
	}
	n := 0
	for _, p := range paths {
		if info, err := os.Stat(p); err != nil || info.IsDir() {
			continue
		}
		rec, fail := pipeline.Process(p, opt)
		if fail != nil {
			continue // a file the dev set keeps to fail
		}
		checkLine(t, p, rec)
		n++
	}
	if n < 40 {
		t.Fatalf("only %d documents encoded", n)
	}
}

// Strings and numbers at the edges of encoding/json's forms.
func TestAppendRecordEdges(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and \ backslash`, "\b\f\n\r\t\x00\x01\x1f\x7f",
		"<&>", "\u2028\u2029", "bad \xff\xfe utf-8 \xe4\xb8", "社区\u00a0服务", "\U0001F600",
	} {
		rec := extract.Record{Source: s, Warnings: []string{s}}
		checkLine(t, s, &rec)
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e-6, 9.99e-7, 1e-7, 1.5e-10, 1e20, 1e21, 1.234e25,
		-3e-9, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		rec := extract.Record{Quantities: []extract.Quantity{{Value: &f}}, Keywords: []extract.Keyword{{Weight: f}},
			Types: []extract.TypeHit{{Salience: f}}}
		checkLine(t, "float", &rec)
	}
	// Nil lists: [] where withLists fills them, null in an activity's hits.
	hits := []extract.TypeHit{{ID: "nil words"}, {ID: "empty words", Words: []string{}}}
	for _, rec := range []extract.Record{
		{},
		{Types: hits, Mentioned: hits, Activities: []extract.Activity{{TypeHits: hits}, {}}},
		{Removed: []ingest.Removed{}, Warnings: []string{}, Terms: []extract.Term{}, Activities: []extract.Activity{}},
	} {
		checkLine(t, "lists", &rec)
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		rec := extract.Record{Keywords: []extract.Keyword{{Weight: f}}}
		if _, err := AppendRecord(nil, &rec); err == nil {
			t.Errorf("%v: no error", f)
		}
	}
}

// FuzzAppendRecordIsEncodingJSON builds a record of every field from the
// input (strings, numbers, nil, empty and full lists) and compares the
// line with encoding/json's.
func FuzzAppendRecordIsEncodingJSON(f *testing.F) {
	f.Add([]byte("社区\x00服务\xff\"\\\n2023年\u2028"))
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0xff, 0x7f, 0x80, 0x3f, 0xf0})
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &recordGen{data: data}
		rec := g.record()
		checkLine(t, "fuzz", &rec)
	})
}

// recordGen draws the values of a record from fuzz input, cycling through
// it; an empty input gives zero values.
type recordGen struct {
	data []byte
	i    int
}

func (g *recordGen) byte() byte {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[g.i%len(g.data)]
	g.i++
	return b
}

func (g *recordGen) str() string {
	n := int(g.byte() % 12)
	b := make([]byte, n)
	for i := range b {
		b[i] = g.byte()
	}
	if g.byte()%4 == 0 {
		return "社区" + string(b) + "\u2029"
	}
	return string(b)
}

func (g *recordGen) bool() bool { return g.byte()%2 == 1 }
func (g *recordGen) int() int   { return int(int8(g.byte())) * int(g.byte()) }

func (g *recordGen) float() float64 {
	var b [8]byte
	for i := range b {
		b[i] = g.byte()
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(b[:]))
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		return float64(g.int()) / 7
	case g.bool():
		return float64(g.int()) / 4
	}
	return f
}

func (g *recordGen) intPtr() *int {
	if g.bool() {
		return nil
	}
	n := g.int()
	return &n
}

func (g *recordGen) floatPtr() *float64 {
	if g.bool() {
		return nil
	}
	f := g.float()
	return &f
}

// list gives nil, an empty list or up to three items.
func list[T any](g *recordGen, item func() T) []T {
	switch n := int(g.byte() % 5); n {
	case 0:
		return nil
	default:
		out := make([]T, n-1)
		for i := range out {
			out[i] = item()
		}
		return out
	}
}

func (g *recordGen) typeHit() extract.TypeHit {
	return extract.TypeHit{ID: g.str(), Label: g.str(), Hits: g.int(), Words: list(g, g.str), Salience: g.float(),
		Why: list(g, g.str), At: list(g, func() extract.Evidence { return extract.Evidence{Word: g.str(), Offset: g.int(), Length: g.int()} })}
}

func (g *recordGen) quantity() extract.Quantity {
	return extract.Quantity{Value: g.floatPtr(), Max: g.floatPtr(), Unit: g.str(), Approx: g.bool(), Vague: g.bool(),
		Redacted: g.bool(), Object: g.str(), Kind: g.str(), RepeatOf: g.intPtr(), Text: g.str(), Offset: g.int(), Sentence: g.str()}
}

func (g *recordGen) money() extract.Money {
	return extract.Money{Amount: g.floatPtr(), Max: g.floatPtr(), Approx: g.bool(), Vague: g.bool(), Per: g.str(),
		Text: g.str(), Offset: g.int(), Sentence: g.str()}
}

func (g *recordGen) datePoint() extract.DatePoint {
	return extract.DatePoint{Year: g.intPtr(), Month: g.intPtr(), Day: g.intPtr(), Part: g.str()}
}

func (g *recordGen) date() extract.Date {
	d := extract.Date{Text: g.str(), Start: g.datePoint(), Redacted: g.bool(), InferredYear: g.intPtr(), Offset: g.int(), Sentence: g.str()}
	if g.bool() {
		end := g.datePoint()
		d.End = &end
	}
	return d
}

func (g *recordGen) entity() extract.Entity {
	return extract.Entity{Text: g.str(), Kind: g.str(), Redacted: g.bool(), Offset: g.int(), Sentence: g.str()}
}

func (g *recordGen) activity() extract.Activity {
	return extract.Activity{Index: g.int(), Section: g.str(), Number: g.str(), Heading: g.str(), Text: g.str(),
		Offset: g.int(), Types: list(g, g.str), TypeHits: list(g, g.typeHit), Quantities: list(g, g.quantity),
		Money: list(g, g.money), Dates: list(g, g.date), Entities: list(g, g.entity)}
}

func (g *recordGen) record() extract.Record {
	return extract.Record{
		Source: g.str(), Format: g.str(), Encoding: g.str(), Script: g.str(), Title: g.str(), Year: g.intPtr(),
		Published: g.str(), Text: g.str(),
		Removed:    list(g, func() ingest.Removed { return ingest.Removed{Kind: g.str(), Text: g.str()} }),
		Warnings:   list(g, g.str),
		Tokens:     g.int(),
		Quantities: list(g, g.quantity), Money: list(g, g.money), Dates: list(g, g.date),
		Periods: list(g, func() extract.Period {
			return extract.Period{Name: g.str(), Text: g.str(), Offset: g.int(), Sentence: g.str()}
		}),
		Activities: list(g, g.activity), Types: list(g, g.typeHit), MainType: g.str(), Mentioned: list(g, g.typeHit),
		Entities: list(g, g.entity),
		Keywords: list(g, func() extract.Keyword { return extract.Keyword{Word: g.str(), Weight: g.float()} }),
		Terms: list(g, func() extract.Term {
			return extract.Term{Word: g.str(), POS: g.str(), Count: g.int()}
		}),
		Fingerprint: g.str(),
	}
}

// plainJSON is true only of strings encoding/json writes as they are.
func TestPlainJSON(t *testing.T) {
	for _, tc := range []struct {
		s     string
		plain bool
	}{
		{"", true}, {"社区服务", true}, {"“引号”…", true}, {"a\u2027b", true},
		{"\u2028", false}, {"x\u2029", false}, {"\xe2\x80", false}, {"\xe2", false},
		{`"`, false}, {`\`, false}, {"\n", false}, {"\x7f", true}, {"\xff", false}, {"社\xe4\xb8", false},
	} {
		if got := plainJSON(tc.s); got != tc.plain {
			t.Errorf("plainJSON(%q) = %v", tc.s, got)
		}
		if tc.plain {
			want, _ := json.Marshal(tc.s)
			if string(want) != `"`+tc.s+`"` {
				t.Errorf("%q: encoding/json writes %s", tc.s, want)
			}
		}
		rec := extract.Record{Title: tc.s}
		checkLine(t, tc.s, &rec)
	}
}
