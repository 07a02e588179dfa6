package segment

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/segment/internal/gsesource"
	"github.com/zongjie/zongjie/pipeline/segment/internal/wordtable"
)

func testTable(t testing.TB) []byte {
	b := embeddedTable()
	if b == nil {
		t.Fatal("no embedded table")
	}
	return b
}

// captureWarnings collects what NewFor warns for the rest of the test.
func captureWarnings(t testing.TB) *bytes.Buffer {
	var buf bytes.Buffer
	old := warnings
	warnings = &buf
	t.Cleanup(func() { warnings = old })
	return &buf
}

// pruned builds a pruned Segmenter from the embedded table for texts, with
// no fallback: an error fails the test.
func pruned(t testing.TB, extra []Word, texts ...string) *Segmenter {
	t.Helper()
	s, err := newPruned(testTable(t), extra, texts)
	if err != nil {
		t.Fatalf("newPruned: %v", err)
	}
	return s
}

// sameCut fails unless full and pruned cut text (whose folded view is
// folded) identically, and pruned did so without a full load.
func sameCut(t testing.TB, full, pruned *Segmenter, text, folded string) {
	t.Helper()
	warned := captureWarnings(t)
	want := full.CutText(text, folded)
	got := pruned.CutText(text, folded)
	if warned.Len() > 0 {
		t.Fatalf("pruned cut fell back: %s", warned)
	}
	if slices.Equal(got, want) {
		return
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("%.60q: token %d: pruned %+v, full %+v (of %d, %d)", text, i, got[i], want[i], len(got), len(want))
		}
	}
	t.Fatalf("%.60q: pruned cut %d tokens, full %d", text, len(got), len(want))
}

func TestTableIsCurrent(t *testing.T) {
	version, text, err := gsesource.Dictionary()
	if err != nil {
		t.Fatalf("finding gse's dictionary: %v", err)
	}
	tab, err := wordtable.Open(testTable(t))
	if err != nil {
		t.Fatal(err)
	}
	want := wordtable.Inputs{GseVersion: version, GseConst: gse.GetVersion(), GseDict: sha256.Sum256(text), UserDict: sha256.Sum256(dict.File("userdict.txt"))}
	if tab.Inputs != want {
		t.Fatalf("word table is stale (inputs %s, want %s): run go generate ./pipeline/segment", tab.Inputs.Digest(), want.Digest())
	}
	if _, err := openTable(testTable(t)); err != nil {
		t.Fatal(err)
	}
}

// textLoad is gse's own load of its dictionary text with no user words:
// what the table, and every Segmenter built from it, must match.
var textLoad = sync.OnceValues(func() (*Segmenter, error) { return newFromText(nil) })

func fullTextLoad(t testing.TB) *Segmenter {
	t.Helper()
	s, err := textLoad()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTableMatchesFullLoad checks the table holds exactly what gse's load
// of the dictionary text gives: every word with its frequency and POS, and
// the same total.
func TestTableMatchesFullLoad(t *testing.T) {
	full := fullTextLoad(t)
	tab, err := wordtable.Open(testTable(t))
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string]wordtable.Entry{}
	prev := ""
	var total uint64
	err = tab.All(func(e wordtable.Entry) {
		if e.Key <= prev && prev != "" {
			t.Fatalf("table not sorted: %q after %q", e.Key, prev)
		}
		prev = e.Key
		entries[e.Key] = e
		total += e.Freq
	})
	if err != nil {
		t.Fatal(err)
	}
	toks := full.gse.Dict.Tokens
	if len(entries) != len(toks) || tab.Len != len(toks) {
		t.Fatalf("table has %d words (header %d), full load %d", len(entries), tab.Len, len(toks))
	}
	for i := range toks {
		tok := &toks[i]
		e, ok := entries[tok.Text()]
		if !ok || float64(e.Freq) != tok.Freq() || e.POS != tok.Pos() {
			t.Fatalf("word %q: table %+v (present %v), full load freq %v pos %q", tok.Text(), e, ok, tok.Freq(), tok.Pos())
		}
	}
	if total != tab.Total || float64(total) != full.gse.Dict.TotalFreq() {
		t.Fatalf("total frequency: table %d (header %d), full load %v", total, tab.Total, full.gse.Dict.TotalFreq())
	}
}

// sameWords fails unless a and b hold the same words with the same
// frequency, POS and distance (gse's weight of a word in a cut, read
// through reflect), and the same total and longest word.
func sameWords(t *testing.T, a, b *Segmenter) {
	t.Helper()
	type word struct {
		freq     float64
		pos      string
		distance float64
	}
	words := func(s *Segmenter) map[string]word {
		m := map[string]word{}
		for i := range s.gse.Dict.Tokens {
			tok := &s.gse.Dict.Tokens[i]
			m[tok.Text()] = word{tok.Freq(), tok.Pos(), reflect.ValueOf(tok).Elem().FieldByName("distance").Float()}
		}
		return m
	}
	wa, wb := words(a), words(b)
	if len(wa) != len(wb) || len(wa) != len(a.gse.Dict.Tokens) || len(wb) != len(b.gse.Dict.Tokens) {
		t.Fatalf("%d words against %d", len(a.gse.Dict.Tokens), len(b.gse.Dict.Tokens))
	}
	for k, w := range wa {
		if wb[k] != w {
			t.Fatalf("word %q: %+v against %+v", k, w, wb[k])
		}
	}
	if a.gse.Dict.TotalFreq() != b.gse.Dict.TotalFreq() || a.gse.Dict.MaxTokenLen() != b.gse.Dict.MaxTokenLen() {
		t.Fatalf("total %v against %v, longest word %d against %d", a.gse.Dict.TotalFreq(), b.gse.Dict.TotalFreq(),
			a.gse.Dict.MaxTokenLen(), b.gse.Dict.MaxTokenLen())
	}
}

// TestNewMatchesTextLoad checks New's load from the table gives the words,
// weights and cuts of gse's load of the dictionary text, with and without
// user words.
func TestNewMatchesTextLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the dictionary text twice")
	}
	texts := slices.Concat(slices.Collect(maps.Values(corpusTexts(t))), trickyTexts)
	for _, extra := range [][]Word{nil, userWords} {
		fromText, err := newFromText(extra)
		if err != nil {
			t.Fatal(err)
		}
		fromTable, err := newFull(testTable(t), extra)
		if err != nil {
			t.Fatalf("the table was not used: %v", err)
		}
		sameWords(t, fromTable, fromText)
		for _, text := range texts {
			folded := fold.ToSimplified(text)
			if got, want := fromTable.CutText(text, folded), fromText.CutText(text, folded); !slices.Equal(got, want) {
				t.Fatalf("%.60q: cut %v, want %v", text, got, want)
			}
		}
	}
}

// TestNewFallsBackToText: what the table cannot stand in for is loaded from
// the text, with the same result.
func TestNewFallsBackToText(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the dictionary text")
	}
	for _, tt := range badTables(t) {
		if _, err := newFull(tt.table, nil); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: newFull = %v; want an error saying %q", tt.name, err, tt.want)
		}
	}
	// A fractional user frequency makes gse's float total depend on load
	// order: only the text load gives New's.
	extra := []Word{{Text: "社区", Freq: 2.5, POS: "zz"}}
	if _, err := newFull(testTable(t), extra); !errors.Is(err, errWholeNumbers) {
		t.Errorf("newFull with a fractional frequency: %v", err)
	}
	s, err := New(extra)
	if err != nil {
		t.Fatal(err)
	}
	if toks := s.CutText("社区", "社区"); len(toks) != 1 || toks[0].POS != "zz" {
		t.Errorf("user word not used: %+v", toks)
	}
}

// readCorpusFile decodes a corpus file by its BOM or by the encoding its
// name says.
func readCorpusFile(t testing.TB, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}), bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case strings.Contains(path, "gb18030"):
		enc = simplifiedchinese.GB18030
	case strings.Contains(path, "big5"):
		enc = traditionalchinese.Big5
	}
	if enc != nil {
		if b, err = enc.NewDecoder().Bytes(b); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	s := strings.TrimPrefix(string(b), "\ufeff")
	if !utf8.ValidString(s) {
		t.Fatalf("%s: not decoded to UTF-8", path)
	}
	return s
}

func corpusTexts(t testing.TB) map[string]string {
	paths, err := filepath.Glob(filepath.Join("..", "..", "corpus", "*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	texts := map[string]string{}
	for _, p := range paths {
		texts[filepath.Base(p)] = readCorpusFile(t, p)
	}
	return texts
}

// userWords shadow a table word (社区, with another POS and frequency), add
// new ones, repeat one and include one gse drops (frequency under 2).
var userWords = []Word{
	{Text: "社区", Freq: 7, POS: "nz"},
	{Text: "红沙沟小学", Freq: 5000, POS: "nt"},
	{Text: "社工日", Freq: 1200, POS: "n"},
	{Text: "YJBYS", Freq: 300, POS: "nz"},
	{Text: "红沙沟小学", Freq: 9, POS: "x"},
	{Text: "罕见词", Freq: 1, POS: "n"},
}

func TestNewForCorpus(t *testing.T) {
	full := fullTextLoad(t)
	fullUser, err := newFromText(userWords)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range corpusTexts(t) {
		t.Run(name, func(t *testing.T) {
			folded := fold.ToSimplified(text)
			sameCut(t, full, pruned(t, nil, folded), text, folded)
			sameCut(t, fullUser, pruned(t, userWords, folded), text, folded)
			// The raw text too, as a caller that does not fold would cut it.
			sameCut(t, full, pruned(t, nil, text), text, text)
		})
	}
}

// trickyTexts exercise gse's handling of what is not Chinese: ASCII letter
// and digit runs (one word each, lower-cased), full-width forms, other
// scripts, emoji, unassigned and private characters, invalid UTF-8 and long
// runs.
var trickyTexts = []string{
	"",
	"\n\n",
	"A",
	"4S店和4s店,T恤衫,AA制,AB型血,B超,CD机,DIY,OK,iPhone手机",
	"Hello World 2024年3月17日-26日 共226人,发放600余份,1000元",
	"ＡＢＣ１２３，ｔ恤；全角：（社区）【志愿者】",
	"ﾊﾝｶｸｶﾅ 日本語のテキスト カタカナ ひらがな 한국어 텍스트",
	"Ελληνικά кириллица עברית العربية ไทย देवनागरी",
	"社区😀活动🎉圆满👍成功🇨🇳,👨‍👩‍👧 family",
	"\U000F0000\U0010FFFF\U0010FFFF\uFFFD\u200B\u00A0\t社区",
	"\U0010FFFF\U0010FFFF\U0010FFFF", // the filler word itself
	"社\xe7\xa4区\xff\xfe工作\xe7者",
	"ÀÉÎÕÜ àéîõü ßøæ Ωμέγα naïve café",
	"x86_64 C++ a.b.c e=mc² ½ ⅔ ① ② Ⅻ ٣٤ ৫",
	"20××年3月××日,××市××区,卦L,總結(jié)發(fā)展",
	strings.Repeat("社会工作者", 400),
	strings.Repeat("的", 3000),
	strings.Repeat("a", 5000) + "社区" + strings.Repeat("9", 5000),
	strings.Repeat("中华人民共和国", 50) + strings.Repeat("ABCabc", 100),
	"中华人民共和国万岁中国人民解放军中华人民共和国国务院",
}

func TestNewForTricky(t *testing.T) {
	full := fullTextLoad(t)
	for _, text := range trickyTexts {
		folded := fold.ToSimplified(text)
		sameCut(t, full, pruned(t, nil, folded), text, folded)
		sameCut(t, full, pruned(t, nil, text), text, text)
	}
	// All at once, and each line of the joined text.
	joined := strings.Join(trickyTexts, "\n")
	s := pruned(t, nil, joined)
	for _, text := range trickyTexts {
		sameCut(t, full, s, text, text)
	}
}

func TestNewForSIGHAN(t *testing.T) {
	if testing.Short() {
		t.Skip("cuts whole test sets")
	}
	full := fullTextLoad(t)
	for _, set := range []string{"pku", "cityu"} {
		lines := readLines(t, filepath.Join(sighanDir(), set+"_test.utf8"))
		folded := make([]string, len(lines))
		for i, l := range lines {
			folded[i] = fold.ToSimplified(l)
		}
		s := pruned(t, nil, strings.Join(folded, "\n"))
		for i, l := range lines {
			sameCut(t, full, s, l, folded[i])
		}
		// One document at a time, as zongjie extract runs.
		for i := 0; i < len(lines); i += 97 {
			sameCut(t, full, pruned(t, nil, folded[i]), lines[i], folded[i])
		}
	}
}

func TestNewForUncoveredText(t *testing.T) {
	full := fullTextLoad(t)
	s, err := NewFor(nil, "社区工作者")
	if err != nil || s.pruned == nil {
		t.Fatalf("NewFor: %v (pruned %v)", err, s != nil && s.pruned != nil)
	}
	warned := captureWarnings(t)
	for _, text := range []string{"社区", "工作者", "", "社区工作者"} {
		if got, want := s.CutText(text, text), full.CutText(text, text); !slices.Equal(got, want) {
			t.Errorf("covered %q: %v, want %v", text, got, want)
		}
	}
	if warned.Len() > 0 {
		t.Fatalf("covered text fell back: %s", warned)
	}
	text := "为16户空巢老人送上蔬菜"
	if got, want := s.CutText(text, text), full.CutText(text, text); !slices.Equal(got, want) {
		t.Errorf("uncovered %q: %v, want %v", text, got, want)
	}
	if !strings.Contains(warned.String(), "not given") {
		t.Errorf("no warning for uncovered text: %q", warned)
	}
}

// reencode rewrites a table with other inputs or entries, for stale tables.
func reencode(t *testing.T, change func(*wordtable.Inputs, []wordtable.Entry) []wordtable.Entry) []byte {
	tab, err := wordtable.Open(testTable(t))
	if err != nil {
		t.Fatal(err)
	}
	var entries []wordtable.Entry
	if err := tab.All(func(e wordtable.Entry) { entries = append(entries, e) }); err != nil {
		t.Fatal(err)
	}
	in := tab.Inputs
	entries = change(&in, entries)
	b, err := wordtable.Encode(in, entries)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// badTables are tables NewFor must refuse, and why.
func badTables(t *testing.T) []struct {
	name, want string
	table      []byte
} {
	good := testTable(t)
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	// A valid checksum over nonsense: the header must still be refused.
	garbage := []byte("zjwords1\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff")
	garbage = binary.LittleEndian.AppendUint32(garbage, crc32.Checksum(garbage, crc32.MakeTable(crc32.Castagnoli)))
	return []struct {
		name, want string
		table      []byte
	}{
		{"missing", "missing", nil},
		{"empty", "bad format", []byte{}},
		{"truncated", "bad format", good[:len(good)/3]},
		{"bit flipped", "checksum", flipped},
		{"garbage", "bad format: header", garbage},
		{"stale userdict", "dict/userdict.txt changed", reencode(t, func(in *wordtable.Inputs, e []wordtable.Entry) []wordtable.Entry {
			in.UserDict[0] ^= 1
			return e
		})},
		{"stale gse", "built for gse v0.79.0", reencode(t, func(in *wordtable.Inputs, e []wordtable.Entry) []wordtable.Entry {
			in.GseVersion, in.GseConst = "v0.79.0", "v0.79.0, Old Lake"
			return e
		})},
	}
}

func TestNewForRefusesBadTables(t *testing.T) {
	for _, tt := range badTables(t) {
		s, err := newPruned(tt.table, nil, []string{"社区"})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: newPruned = %v, %v; want an error saying %q", tt.name, s, err, tt.want)
		}
	}
}

// TestNewForFallback checks NewFor loads the full dictionary, with a
// warning, when its table is bad: the cut is New's.
func TestNewForFallback(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the full dictionary for every case")
	}
	text := "为16户空巢老人送上蔬菜,開展了「三幫一」結對幫扶活動"
	folded := fold.ToSimplified(text)
	full := fullTextLoad(t)
	want := full.CutText(text, folded)
	for _, tt := range badTables(t) {
		if tt.name != "missing" && tt.name != "bit flipped" && tt.name != "stale gse" {
			continue // refused the same way; see TestNewForRefusesBadTables
		}
		t.Run(tt.name, func(t *testing.T) {
			warned := captureWarnings(t)
			s, err := newFor(tt.table, nil, []string{folded})
			if err != nil {
				t.Fatal(err)
			}
			if s.pruned != nil {
				t.Fatal("a bad table was used")
			}
			if !strings.Contains(warned.String(), tt.want) || !strings.Contains(warned.String(), "loading the full dictionary") {
				t.Errorf("warning %q does not say %q", warned, tt.want)
			}
			if got := s.CutText(text, folded); !slices.Equal(got, want) {
				t.Errorf("fallback cut %v, want %v", got, want)
			}
		})
	}
}

// TestNewForFractionalFrequency: a user frequency with a fraction makes
// gse's float total depend on load order, so NewFor loads the full
// dictionary rather than risk a different Rarity.
func TestNewForFractionalFrequency(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the full dictionary")
	}
	warned := captureWarnings(t)
	extra := []Word{{Text: "社区", Freq: 2.5, POS: "zz"}}
	s, err := NewFor(extra, "社区")
	if err != nil || s.pruned != nil {
		t.Fatalf("NewFor: %v, pruned %v", err, s != nil && s.pruned != nil)
	}
	if !strings.Contains(warned.String(), "whole numbers") {
		t.Errorf("warning %q", warned)
	}
	if toks := s.CutText("社区", "社区"); len(toks) != 1 || toks[0].POS != "zz" {
		t.Errorf("user word not used: %+v", toks)
	}
}

func TestNewForDefaultTable(t *testing.T) {
	warned := captureWarnings(t)
	text := "發展社會工作"
	folded := fold.ToSimplified(text)
	s, err := NewFor(nil, folded)
	if err != nil {
		t.Fatal(err)
	}
	if got := words(s.CutText(text, folded)); got != "發展 社會 工作" {
		t.Errorf("got %q", got)
	}
	if s.pruned == nil || warned.Len() > 0 {
		t.Fatalf("embedded table not used: %s", warned)
	}
	// Few words are loaded.
	if n := len(s.gse.Dict.Tokens); n > 50 {
		t.Errorf("%d words loaded for one phrase", n)
	}
}

func FuzzNewForMatchesNew(f *testing.F) {
	for _, s := range trickyTexts[:15] {
		f.Add(s)
	}
	full := fullTextLoad(f)
	table := testTable(f)
	f.Fuzz(func(t *testing.T, text string) {
		folded := fold.ToSimplified(text)
		s, err := newPruned(table, nil, []string{folded})
		if err != nil {
			t.Fatal(err)
		}
		sameCut(t, full, s, text, folded)
	})
}

func loadSample(b *testing.B) (text, folded string) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "corpus", "2016-social-work-day-summary.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(raw), fold.ToSimplified(string(raw))
}

func BenchmarkNew(b *testing.B) {
	text, folded := loadSample(b)
	for b.Loop() {
		s, err := New(nil)
		if err != nil {
			b.Fatal(err)
		}
		s.CutText(text, folded)
	}
}

func BenchmarkNewFor(b *testing.B) {
	text, folded := loadSample(b)
	for b.Loop() {
		s, err := NewFor(nil, folded)
		if err != nil {
			b.Fatal(err)
		}
		s.CutText(text, folded)
	}
}

func BenchmarkCutText(b *testing.B) {
	text, folded := loadSample(b)
	s, err := NewFor(nil, folded)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.CutText(text, folded)
	}
}
