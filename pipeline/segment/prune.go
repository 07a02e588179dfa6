package segment

import (
	"cmp"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/go-ego/gse"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/segment/internal/wordtable"
)

// The word table is generated from the inputs of a full load (see
// table/README.md). Shortest-path cutting weighs a word only by its own
// frequency and the dictionary's total, and a word that does not occur in a
// text can never be on that text's path; so the words occurring in a text,
// plus one filler word that never matches and carries the frequency of all
// the others, cut that text exactly as the whole dictionary does — and a few
// thousand words load in milliseconds where 350 000 take seconds.
//
// New takes every word from the table too: the words come already filtered
// and weighed as gse's text load leaves them, with no text to parse, and the
// distances are set directly (weigh), in a third of the time of
// LoadDictEmbed.
//
//go:embed table
var tableFS embed.FS

const tablePath = "table/words.zjt"

// warnings is where NewFor says why it fell back to a full load.
var warnings io.Writer = os.Stderr

func warnf(format string, args ...any) {
	fmt.Fprintf(warnings, "zongjie: segment: "+format+"\n", args...)
}

// NewFor builds a Segmenter for the given texts, the folded (Simplified)
// texts that CutText will segment — Document.Folded. It loads only the
// dictionary words that occur in them, from the embedded word table, and
// cuts them exactly as New(extra) would: same tokens, POS, offsets and
// Rarity. Other text is cut by a full Segmenter built on first need, so the
// result never differs from New's, only the time.
//
// When the table is missing, damaged or generated from other inputs than
// this build's, NewFor warns on stderr and falls back to New.
func NewFor(extra []Word, texts ...string) (*Segmenter, error) {
	return newFor(embeddedTable(), extra, texts)
}

// embeddedTable reads the table once per process (embed.FS copies); nil
// when it is missing, which newPruned reports.
var embeddedTable = sync.OnceValue(func() []byte {
	b, err := tableFS.ReadFile(tablePath)
	if err != nil {
		return nil
	}
	return b
})

func newFor(table []byte, extra []Word, texts []string) (*Segmenter, error) {
	s, err := newPruned(table, extra, texts)
	if err != nil {
		warnf("%v; loading the full dictionary", err)
		return New(extra)
	}
	return s, nil
}

// errWholeNumbers marks user words whose frequencies make the pruned total
// inexact; not a fault of the table.
var errWholeNumbers = errors.New("user word frequencies are not whole numbers (under 2^53)")

// openTable checks the table and that it was generated from this build's
// inputs: the embedded dict/userdict.txt and the gse version linked in. The
// gse dictionary text is fixed by that version (go.sum); TestTableIsCurrent
// checks the text itself.
func openTable(b []byte) (*wordtable.Table, error) {
	if b == nil {
		return nil, fmt.Errorf("word table %s is missing", tablePath)
	}
	t, err := wordtable.Open(b)
	if err != nil {
		return nil, fmt.Errorf("word table %s: %w", tablePath, err)
	}
	if dict.Overridden("userdict.txt") {
		return nil, fmt.Errorf("dict/userdict.txt is replaced (--dict), and the word table holds the embedded one")
	}
	if t.Inputs.UserDict != sha256.Sum256(dict.File("userdict.txt")) {
		return nil, fmt.Errorf("word table %s is stale: dict/userdict.txt changed (run go generate ./pipeline/segment)", tablePath)
	}
	if v, ok := gseModuleVersion(); ok && v != t.Inputs.GseVersion {
		return nil, fmt.Errorf("word table %s is stale: built for gse %s, linked with %s (run go generate ./pipeline/segment)", tablePath, t.Inputs.GseVersion, v)
	}
	if v := gse.GetVersion(); v != t.Inputs.GseConst {
		return nil, fmt.Errorf("word table %s is stale: built for gse %s (%q), linked with %q (run go generate ./pipeline/segment)", tablePath, t.Inputs.GseVersion, t.Inputs.GseConst, v)
	}
	return t, nil
}

// gseModuleVersion is the version of gse in the binary's build information.
// A binary has it; a library package's test binary lists no dependencies,
// and there gse's own version constant (checked too) has to do.
func gseModuleVersion() (string, bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	for _, d := range bi.Deps {
		if d.Path == "github.com/go-ego/gse" {
			if d.Replace != nil {
				return d.Version + " replaced by " + d.Replace.Path + " " + d.Replace.Version, true
			}
			return d.Version, true
		}
	}
	return "", false
}

// maxExact is the largest total frequency a float64 sums exactly.
const maxExact = 1 << 53

// tableLoad is a Segmenter being built from the word table: the user's
// words are in, the table's go next.
type tableLoad struct {
	seg       *Segmenter
	table     *wordtable.Table
	userKeys  map[string]bool
	userTotal float64
	shadowed  uint64 // table frequency hidden by user words
}

// startTableLoad opens the table and loads the user's words.
func startTableLoad(table []byte, extra []Word) (*tableLoad, error) {
	t, err := openTable(table)
	if err != nil {
		return nil, err
	}
	s := &Segmenter{}
	s.gse.SkipLog = true
	s.gse.NotLoadHMM = true
	// The user's words go first, through the same parser as in New's text
	// load, so they win over the table's and are filtered and weighed the
	// same way.
	if err := s.gse.LoadDictStr(wordLines(extra)); err != nil {
		return nil, fmt.Errorf("loading user words: %w", err)
	}
	// gse sums frequencies in load order. With whole numbers under 2^53
	// every order gives the same float64 total, so the table's total equals
	// the text load's exactly; otherwise only that load's own order would.
	l := &tableLoad{seg: s, table: t, userKeys: map[string]bool{}, userTotal: s.gse.Dict.TotalFreq()}
	if l.userTotal != math.Trunc(l.userTotal) || l.userTotal+float64(t.Total) > maxExact {
		return nil, errWholeNumbers
	}
	for i := range s.gse.Dict.Tokens {
		tok := &s.gse.Dict.Tokens[i]
		if tok.Freq() != math.Trunc(tok.Freq()) {
			return nil, errWholeNumbers
		}
		l.userKeys[tok.Text()] = true
		e, ok, err := t.Lookup(tok.Text())
		if err != nil {
			return nil, fmt.Errorf("word table %s: %w", tablePath, err)
		}
		if ok {
			l.shadowed += e.Freq
		}
	}
	return l, nil
}

// add adds a table word the user's words do not shadow.
func (l *tableLoad) add(e wordtable.Entry) error {
	if l.userKeys[e.Key] {
		return nil
	}
	if err := l.seg.gse.AddToken(e.Key, float64(e.Freq), e.POS); err != nil {
		return fmt.Errorf("adding %q: %w", e.Key, err)
	}
	return nil
}

// finish checks the total frequency is the text load's and weighs the
// words.
func (l *tableLoad) finish() (*Segmenter, error) {
	if got, want := l.seg.gse.Dict.TotalFreq(), l.userTotal+float64(l.table.Total-l.shadowed); got != want {
		return nil, fmt.Errorf("total frequency %v from the word table, want %v", got, want)
	}
	weigh(&l.seg.gse)
	return l.seg, nil
}

// newFull builds New's Segmenter from every word of the table.
func newFull(table []byte, extra []Word) (*Segmenter, error) {
	l, err := startTableLoad(table, extra)
	if err != nil {
		return nil, err
	}
	d := l.seg.gse.Dict
	d.Tokens = slices.Grow(d.Tokens, l.table.Len)
	var addErr error
	err = l.table.All(func(e wordtable.Entry) {
		if addErr == nil {
			addErr = l.add(e)
		}
	})
	if err = cmp.Or(err, addErr); err != nil {
		return nil, fmt.Errorf("word table %s: %w", tablePath, err)
	}
	return l.finish()
}

func newPruned(table []byte, extra []Word, texts []string) (*Segmenter, error) {
	l, err := startTableLoad(table, extra)
	if err != nil {
		return nil, err
	}
	found := map[int]wordtable.Entry{}
	lowered := make([]string, len(texts))
	for i, text := range texts {
		lowered[i] = wordtable.LowerASCII(text)
		err := l.table.Substrings(lowered[i], func(i int, e wordtable.Entry) {
			if !l.userKeys[e.Key] {
				found[i] = e
			}
		})
		if err != nil {
			return nil, fmt.Errorf("word table %s: %w", tablePath, err)
		}
	}
	var kept uint64
	for _, i := range slices.Sorted(maps.Keys(found)) {
		e := found[i]
		if err := l.add(e); err != nil {
			return nil, err
		}
		kept += e.Freq
	}
	if rest := l.table.Total - l.shadowed - kept; rest > 0 {
		if err := l.seg.gse.AddToken(filler(lowered), float64(rest)); err != nil {
			return nil, fmt.Errorf("adding the filler word: %w", err)
		}
	}
	s, err := l.finish()
	if err != nil {
		return nil, err
	}
	s.pruned = &coverage{texts: texts, exact: make(map[string]bool, len(texts)), extra: slices.Clone(extra)}
	for _, text := range texts {
		s.pruned.exact[text] = true
	}
	return s, nil
}

// distanceField is the offset in a gse.Token of its distance, log2(total
// frequency / frequency): the weight of the word in shortest-path cutting.
// gse sets it only in CalcToken, which also works out the sub-words of
// every word for gse's search mode — half the time of a full load, for
// something zongjie never reads. ok is false if gse.Token has no float32
// distance (another gse version).
var distanceField = sync.OnceValues(func() (offset uintptr, ok bool) {
	f, ok := reflect.TypeFor[gse.Token]().FieldByName("distance")
	return f.Offset, ok && f.Type.Kind() == reflect.Float32
})

// weigh sets every word's distance as CalcToken does; by CalcToken itself
// when gse.Token is not the one this was written for.
func weigh(seg *gse.Segmenter) {
	offset, ok := distanceField()
	if !ok {
		seg.CalcToken()
		return
	}
	logTotal := float32(math.Log2(seg.Dict.TotalFreq()))
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		*(*float32)(unsafe.Add(unsafe.Pointer(tok), offset)) = logTotal - float32(math.Log2(tok.Freq()))
	}
}

// filler returns a word that occurs in none of texts: noncharacters, as many
// as it takes.
func filler(texts []string) string {
	w := "\U0010FFFF\U0010FFFF"
	for slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, w) }) {
		w += "\U0010FFFF"
	}
	return w
}

// coverage is what a pruned Segmenter was built for.
type coverage struct {
	texts []string
	exact map[string]bool
	extra []Word

	fullOnce sync.Once
	full     *Segmenter
}

// covers reports whether every word of folded is in the pruned dictionary:
// it is, when folded is part of one of the texts the dictionary was built
// for.
func (c *coverage) covers(folded string) bool {
	if folded == "" || c.exact[folded] {
		return true
	}
	return slices.ContainsFunc(c.texts, func(t string) bool { return strings.Contains(t, folded) })
}

// fullSegmenter builds, once, the full Segmenter for text the pruned one was
// not built for; nil if even that fails.
func (c *coverage) fullSegmenter() *Segmenter {
	c.fullOnce.Do(func() {
		warnf("cutting text NewFor was not given; loading the full dictionary")
		full, err := New(c.extra)
		if err != nil {
			warnf("%v", err)
			return
		}
		c.full = full
	})
	return c.full
}
