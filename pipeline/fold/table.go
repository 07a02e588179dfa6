package fold

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// t2sTable is OpenCC's Traditional→Simplified dictionary (TSPhrases, then
// TSCharacters, first value of each entry), written by gen.go.
//
//go:embed t2s.txt
var t2sTable string

// table converts as OpenCC's t2s converter does, from the same tables, with
// map look-ups instead of building OpenCC's double-array dictionaries and
// its per-position match maps: at each position the longest phrase of at
// most window runes that starts there, else the character's entry, else the
// character itself.
type table struct {
	phrases   map[string]string
	longest   map[rune]int // first rune → runes of the longest phrase starting with it
	chars     map[rune]string
	charsLong map[string]string // character entries longer than one rune (none today)
	// The same look-ups for the runes below bmp (all the common Han
	// characters), by index instead of by hash: they are made for every
	// rune of every line.
	bmpLongest []uint8
	bmpChars   []string
	bmpHasChar []bool
	// pairs are the first two runes of every phrase: most positions where
	// some phrase starts with the rune hold none of them, and one look-up
	// of the pair saves building the key and trying every length.
	// onePhrase: some phrase is a single rune (none today), which a pair
	// cannot tell.
	pairs     map[[2]rune]bool
	onePhrase bool
}

// bmp bounds the runes looked up by index.
const bmp = 0x10000

// longestAt is longest[r].
func (t *table) longestAt(r rune) int {
	if r >= 0 && r < bmp {
		return int(t.bmpLongest[r])
	}
	return t.longest[r]
}

// char is chars[r].
func (t *table) char(r rune) (string, bool) {
	if r >= 0 && r < bmp {
		return t.bmpChars[r], t.bmpHasChar[r]
	}
	v, ok := t.chars[r]
	return v, ok
}

// keeps reports whether convert leaves every rune of s as it is because
// no phrase occurs in it and no character entry names one of its runes.
// An invalid byte, which convert would write as U+FFFD, is not kept.
func (t *table) keeps(s string) bool {
	if len(t.charsLong) > 0 {
		return false
	}
	prev := rune(-1) // the rune before, when a phrase starts with it
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			return false
		case prev >= 0 && t.pairs[[2]rune{prev, r}]:
			return false
		}
		prev = -1
		switch {
		case r < utf8.RuneSelf:
		case r < bmp:
			if t.bmpHasChar[r] {
				return false
			}
			if t.bmpLongest[r] > 0 {
				prev = r
			}
		default:
			if _, ok := t.chars[r]; ok {
				return false
			}
			if t.longest[r] > 0 {
				prev = r
			}
		}
		if prev >= 0 && t.onePhrase {
			return false
		}
	}
	return true
}

// window is how many runes OpenCC's Convert looks ahead for a match.
const window = 10

var t2s = sync.OnceValue(func() *table {
	t := &table{phrases: map[string]string{}, longest: map[rune]int{}, chars: map[rune]string{}, charsLong: map[string]string{}, pairs: map[[2]rune]bool{}}
	phrases := true
	for line := range strings.SplitSeq(t2sTable, "\n") {
		if line == "#characters" {
			phrases = false
			continue
		}
		key, value, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		n := utf8.RuneCountInString(key)
		first, _ := utf8.DecodeRuneInString(key)
		switch {
		case phrases:
			if _, dup := t.phrases[key]; !dup {
				t.phrases[key] = value
				t.longest[first] = max(t.longest[first], n)
				if rs := []rune(key); len(rs) >= 2 {
					t.pairs[[2]rune{rs[0], rs[1]}] = true
				} else {
					t.onePhrase = true
				}
			}
		case n == 1:
			if _, dup := t.chars[first]; !dup {
				t.chars[first] = value
			}
		default:
			t.charsLong[key] = value
		}
	}
	t.bmpLongest, t.bmpChars, t.bmpHasChar = make([]uint8, bmp), make([]string, bmp), make([]bool, bmp)
	for r, n := range t.longest {
		if r >= 0 && r < bmp {
			if n > 255 {
				panic("fold: a phrase of over 255 characters in t2s.txt")
			}
			t.bmpLongest[r] = uint8(n)
		}
	}
	for r, v := range t.chars {
		if r >= 0 && r < bmp {
			t.bmpChars[r], t.bmpHasChar[r] = v, true
		}
	}
	return t
})

// convert is OpenCC's Convert of rs.
func (t *table) convert(rs []rune, b *strings.Builder) {
	// key holds the UTF-8 of the runes tried as a phrase: a map look-up
	// by string(key) makes no string, one by string(rs[i:i+l]) would.
	var key [window * utf8.UTFMax]byte
	for i := 0; i < len(rs); {
		end := min(len(rs), i+window)
		if l := min(t.longestAt(rs[i]), end-i); l > 0 && (t.onePhrase || l > 1 && t.pairs[[2]rune{rs[i], rs[i+1]}]) {
			matched := false
			k := key[:0]
			ends := [window + 1]int{} // ends[n]: bytes of the first n runes
			for n, r := range rs[i : i+l] {
				k = utf8.AppendRune(k, r)
				ends[n+1] = len(k)
			}
			for ; l > 0; l-- {
				if v, ok := t.phrases[string(k[:ends[l]])]; ok {
					b.WriteString(v)
					i += l
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		if len(t.charsLong) > 0 {
			if l, v := t.longestChars(rs[i:end]); l > 0 {
				b.WriteString(v)
				i += l
				continue
			}
		}
		if v, ok := t.char(rs[i]); ok {
			b.WriteString(v)
		} else {
			b.WriteRune(rs[i])
		}
		i++
	}
}

// longestChars matches the character table's multi-rune entries, should a
// future OpenCC have any.
func (t *table) longestChars(rs []rune) (int, string) {
	for l := len(rs); l > 1; l-- {
		if v, ok := t.charsLong[string(rs[:l])]; ok {
			return l, v
		}
	}
	return 0, ""
}
