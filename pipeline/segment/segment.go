// Package segment cuts a Document's text into words with gse. One Segmenter
// is built per process; Traditional text is cut through its rune-aligned
// Simplified view (Document.Folded), which both segments better (SIGHAN
// CityU F1 0.809 against 0.795 on the Traditional text directly) and needs
// only gse's Simplified dictionary. Both constructors take the words from
// an embedded word table and cut as gse's own load of its dictionary text
// does: New loads every word (under a second, for batches), NewFor only the
// words of the texts it is given (milliseconds, for one document).
package segment

//go:generate go run ./internal/gentable -o table/words.zjt

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// Segmenter wraps a loaded gse segmenter. It is safe for concurrent use by
// many goroutines once built: nothing loads words after New returns.
type Segmenter struct {
	gse gse.Segmenter

	// A Segmenter from NewFor holds only the words of the texts it was
	// built for; any other text is cut by a full Segmenter built on demand.
	pruned *coverage
}

// Word is a user dictionary entry.
type Word struct {
	Text string
	Freq float64
	POS  string
}

// New builds a Segmenter from extra (a user's --userdict words), the domain
// words of dict/userdict.txt and gse's embedded Simplified dictionary, in
// that order of precedence. It takes the words from the embedded word table
// (see prune.go), which holds what gse's own load of its dictionary text
// gives, in a third of the time; when the table cannot stand in for that
// load (dict/userdict.txt replaced, fractional user frequencies, a stale or
// damaged table) it loads the text, which cuts the same.
func New(extra []Word) (*Segmenter, error) {
	s, err := newFull(embeddedTable(), extra)
	if err != nil {
		if s, err = newFromText(extra); err != nil {
			return nil, err
		}
	}
	// A dictionary that loaded as text rather than as data segments common
	// words into single characters: check a known word is whole.
	if got := s.gse.Cut("发展社会工作"); len(got) == 0 || got[0] != "发展" {
		return nil, fmt.Errorf("gse dictionary did not load: 发展社会工作 cut as %v", got)
	}
	return s, nil
}

// newFromText builds New's Segmenter by gse's own load of the dictionary
// text. gse keeps the first entry of a word and weighs every entry only
// when a load ends, so the overriding words are loaded first and the whole
// dictionary is weighed once.
func newFromText(extra []Word) (*Segmenter, error) {
	domain, err := ParseWords(bytes.NewReader(dict.File("userdict.txt")))
	if err != nil {
		return nil, fmt.Errorf("dict/userdict.txt: %w", err)
	}
	s := &Segmenter{}
	s.gse.SkipLog = true
	s.gse.NotLoadHMM = true // shortest-path cutting never uses the HMM
	// gse appends the words to its token list one at a time: a list made
	// at its final size is not copied as it grows (a tenth of the load).
	s.gse.Dict = gse.NewDict()
	s.gse.Dict.Tokens = make([]gse.Token, 0, len(extra)+len(domain)+gseWords)
	s.gse.Init()
	if err := s.gse.LoadDictStr(wordLines(slices.Concat(extra, domain))); err != nil {
		return nil, fmt.Errorf("loading user words: %w", err)
	}
	if err := s.gse.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("loading gse dictionary: %w", err)
	}
	return s, nil
}

// gseWords is about the number of words of gse's Simplified dictionary
// (352,282 with dict/userdict.txt, see table/README.md): only the capacity
// the token list is made with.
const gseWords = 352_300

// wordLines formats words as a gse dictionary. gse keeps the first entry of
// a word, so earlier words take precedence.
func wordLines(words []Word) string {
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s %g %s\n", w.Text, w.Freq, w.POS)
	}
	return b.String()
}

var (
	defaultOnce sync.Once
	defaultSeg  *Segmenter
	defaultErr  error
)

// Default returns the process-wide Segmenter with no user words, built on
// first use.
func Default() (*Segmenter, error) {
	defaultOnce.Do(func() { defaultSeg, defaultErr = New(nil) })
	return defaultSeg, defaultErr
}

// ParseWords reads a user dictionary: one word a line, optionally followed
// by a frequency and a part-of-speech tag, separated by spaces or tabs.
// Lines starting with # are comments.
func ParseWords(r io.Reader) ([]Word, error) {
	var words []Word
	err := dict.Lines(r, func(n int, line string) error {
		f := strings.Fields(line)
		w := Word{Text: f[0], Freq: 1000}
		if len(f) > 1 {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || !(v > 0) || math.IsInf(v, 0) {
				return fmt.Errorf("line %d: bad frequency %q for %q", n, f[1], f[0])
			}
			w.Freq = v
		}
		if len(f) > 2 {
			w.POS = f[2]
		}
		if len(f) > 3 {
			return fmt.Errorf("line %d: want word [frequency [pos]], got %q", n, line)
		}
		words = append(words, w)
		return nil
	})
	return words, err
}

// Cut returns the words of doc.Text in order. Each token's offset is in
// runes; Text is the token as written, Folded its Simplified form.
func (s *Segmenter) Cut(doc *ingest.Document) []Token {
	return s.AppendCut(nil, doc)
}

// AppendCut appends the words of doc.Text (as Cut gives them) to dst: a
// caller cutting document after document gives the previous document's
// tokens, dst[:0], once it is done with them, so that their memory (as
// much as the text's words) is not made anew for each.
func (s *Segmenter) AppendCut(dst []Token, doc *ingest.Document) []Token {
	return s.appendCutText(dst, doc.Text, doc.Folded)
}

// CutText segments folded, the Simplified view of text (same rune count),
// and returns tokens that slice text. Whitespace is not a token.
func (s *Segmenter) CutText(text, folded string) []Token {
	return s.appendCutText(nil, text, folded)
}

// appendCutText is CutText appending to dst.
func (s *Segmenter) appendCutText(dst []Token, text, folded string) []Token {
	runes := utf8.RuneCountInString(folded) // counted once, for the check and the room
	if n := utf8.RuneCountInString(text); n != runes {
		folded, runes = text, n
	}
	if s.pruned != nil && !s.pruned.covers(folded) {
		if full := s.pruned.fullSegmenter(); full != nil {
			return full.appendCutText(dst, text, folded)
		}
	}
	// A token's Text is a slice of text, found by the byte offsets of its
	// line in text: no copy of the runes. Only a text with an invalid byte
	// is read through its runes, as U+FFFD there, as before.
	var orig []rune
	if !utf8.ValidString(text) {
		orig = []rune(text)
	}
	logTotal := math.Log2(s.gse.Dict.TotalFreq())
	// About three tokens for four runes (words, numbers and punctuation):
	// one allocation for most documents.
	toks := slices.Grow(dst, runes*3/4+1)
	offset := 0   // rune offset of the current line
	textLine := 0 // byte offset in text of the rune at offset
	sc := cutScratches.Get().(*cutScratch)
	defer cutScratches.Put(sc)
	for line := range strings.SplitAfterSeq(folded, "\n") {
		runeAt := byteToRune(line, sc.runeAt)
		sc.runeAt = runeAt
		n := runeAt[len(line)]
		var byteOf []int
		if orig == nil {
			byteOf = runeToByte(text[textLine:], n, sc.byteOf)
			sc.byteOf = byteOf
		}
		for _, w := range s.cutLine(sc, line) {
			start, end := runeAt[w.start], runeAt[w.end]
			word := line[w.start:w.end]
			if strings.TrimSpace(word) == "" {
				continue
			}
			// gse leaves digits and punctuation untagged or "x".
			pos := w.pos()
			if isNumber(word) {
				pos = "m"
			} else if pos == "" {
				pos = "x"
			}
			rarity := logTotal
			if f := w.freq(); f > 0 {
				rarity = logTotal - math.Log2(f)
			}
			written := ""
			if orig == nil {
				written = text[textLine+byteOf[start] : textLine+byteOf[end]]
			} else {
				written = string(orig[offset+start : offset+end])
			}
			toks = append(toks, Token{
				Text:   written,
				Folded: word,
				POS:    pos,
				Offset: offset + start,
				Rarity: rarity,
			})
		}
		offset += n
		if orig == nil {
			textLine += byteOf[n]
		}
	}
	return toks
}

// cutScratch is the memory a cut works in, one line at a time, kept from
// one cut to the next as workers cut document after document.
type cutScratch struct {
	runeAt []int  // rune offset of every byte offset of the line
	byteOf []int  // byte offset from the line's start of its rune offsets
	line   []byte // the line, as gse reads it: its words are read before the next line is cut

	// cutLine's: the line's units and their byte offsets, the words found
	// at a unit, the shortest paths, the words of the line.
	units  []gse.Text
	starts []int
	found  []*gse.Token
	jumps  []jump
	words  []word
}

var cutScratches = sync.Pool{New: func() any { return new(cutScratch) }}

// byteToRune maps every byte offset of s (and len(s)) to its rune offset,
// in m's storage when it is large enough.
func byteToRune(s string, m []int) []int {
	m = slices.Grow(m[:0], len(s)+1)[:len(s)+1]
	n := 0
	for i := range s {
		for j := i; j < len(s) && (j == i || !utf8.RuneStart(s[j])); j++ {
			m[j] = n
		}
		n++
	}
	m[len(s)] = n
	return m
}

// runeToByte maps the rune offsets 0 to n of s to their byte offsets (an
// offset past the end of s to len(s)), in m's storage when it is large
// enough.
func runeToByte(s string, n int, m []int) []int {
	m = slices.Grow(m[:0], n+1)[:n+1]
	k := 0
	for i := range s {
		if k > n {
			break
		}
		m[k] = i
		k++
	}
	for ; k <= n; k++ {
		m[k] = len(s)
	}
	return m
}

func isNumber(word string) bool {
	for _, r := range word {
		if !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return word != "" && word != "."
}
