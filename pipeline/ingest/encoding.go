package ingest

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names as stored in Document.Encoding.
const (
	encUTF8    = "utf-8"
	encUTF8BOM = "utf-8-bom"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	encGB18030 = "gb18030"
	encBig5    = "big5"
)

//go:embed commonhan.txt
var commonHanFile string

// commonHan is the set of frequent Han characters in both scripts. A correct
// decoding of Chinese prose hits it for most characters; decoding GB bytes as
// Big5 (or the reverse) yields valid but rare characters that mostly miss it.
var commonHan = sync.OnceValue(func() hanSet {
	set := hanSet{bmp: make([]bool, 0x10000), rest: map[rune]bool{}}
	for line := range strings.Lines(commonHanFile) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			if unicode.Is(unicode.Han, r) {
				set.add(r)
			}
		}
	}
	return set
})

// hanSet is a set of characters, looked up by index below U+10000 (where
// the common characters are) as it is asked about every rune of a text.
type hanSet struct {
	bmp  []bool
	rest map[rune]bool
}

func (s hanSet) add(r rune) {
	if r >= 0 && int(r) < len(s.bmp) {
		s.bmp[r] = true
	} else {
		s.rest[r] = true
	}
}

func (s hanSet) has(r rune) bool {
	if r >= 0 && int(r) < len(s.bmp) {
		return s.bmp[r]
	}
	return s.rest[r]
}

// decoded is the result of decoding raw bytes.
type decoded struct {
	text     string
	encoding string
	invalid  int    // runs of invalid bytes replaced with U+FFFD
	note     string // a warning about the choice, if any
}

// decode detects the encoding of data and decodes it. hint is a charset
// label declared by the document itself (HTML <meta charset>), or "": it is
// followed only when the bytes agree with it.
func decode(data []byte, hint string) decoded {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text, n := validUTF8(data[3:])
		return decoded{text: text, encoding: encUTF8BOM, invalid: n}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data[2:], xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), encUTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data[2:], xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), encUTF16BE)
	}
	// UTF-16 without a BOM is valid UTF-8 when its text is ASCII; its zero
	// bytes, which UTF-8 text never has, give it away.
	if e := utf16NoBOM(data); e == encUTF16LE {
		return decodeWith(data, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), e)
	} else if e == encUTF16BE {
		return decodeWith(data, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), e)
	}
	if utf8.Valid(data) {
		return decoded{text: string(data), encoding: encUTF8}
	}

	// Not valid UTF-8: decode the whole input every plausible way and keep
	// the decoding that reads most like Chinese. UTF-8 stays a candidate
	// because a UTF-8 file with a few corrupt bytes is common in scraped data.
	text, n := validUTF8(data)
	cands := []decoded{
		{text: text, encoding: encUTF8, invalid: n},
		decodeWith(data, simplifiedchinese.GB18030, encGB18030),
		decodeWith(data, traditionalchinese.Big5, encBig5),
	}
	best, bestScore := 0, -1e9
	scores := make([]float64, len(cands))
	for i, c := range cands {
		scores[i] = chineseScore(c.text)
		if scores[i] > bestScore {
			best, bestScore = i, scores[i]
		}
	}
	if h := charsetName(hint); h != "" && h != cands[best].encoding {
		for i, c := range cands {
			// Follow the declaration unless the bytes clearly say otherwise.
			if c.encoding == h && scores[i] >= bestScore-0.15 {
				return c
			}
		}
		cands[best].note = "declared charset " + hint + " does not match the content; decoded as " + cands[best].encoding
	}
	return cands[best]
}

// chineseScore rates how much s reads like Chinese text: the share of its
// non-ASCII runes that are common Han characters, less penalties for
// replacement characters and for runes that do not occur in Chinese prose
// (kana, private use, rare symbols) which wrong decodings produce.
func chineseScore(s string) float64 {
	common := commonHan()
	total, good, bad := 0, 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		total++
		switch {
		case r == utf8.RuneError:
			bad += 3
		case common.has(r):
			good++
		case unicode.Is(unicode.Han, r), isCJKPunct(r):
		case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul),
			r >= 0xE000 && r <= 0xF8FF, r >= 0x2500 && r <= 0x27FF:
			bad++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good-bad) / float64(total)
}

func isCJKPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF || r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—' || r == '·' || r == '•'
}

// decodeWith decodes data with e; the x/text CJK and UTF-16 decoders replace
// invalid sequences with U+FFFD, and runs of those are counted.
func decodeWith(data []byte, e encoding.Encoding, name string) decoded {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		// The decoders replace rather than fail; keep a readable result anyway.
		text, n := validUTF8(data)
		return decoded{text: text, encoding: encUTF8, invalid: n}
	}
	text, n := validUTF8(out)
	return decoded{text: text, encoding: name, invalid: n + countRuns(text)}
}

// validUTF8 returns data as a string with each run of invalid bytes replaced
// by one U+FFFD, and the number of runs replaced.
func validUTF8(data []byte) (string, int) {
	if utf8.Valid(data) {
		return string(data), 0
	}
	var b strings.Builder
	b.Grow(len(data))
	runs := 0
	inRun := false
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			if !inRun {
				b.WriteRune(utf8.RuneError)
				runs++
			}
			inRun = true
		} else {
			b.WriteRune(r)
			inRun = false
		}
		data = data[size:]
	}
	return b.String(), runs
}

// countRuns counts runs of U+FFFD produced by a decoder.
func countRuns(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r == utf8.RuneError {
			if !in {
				n++
			}
			in = true
		} else {
			in = false
		}
	}
	return n
}

// utf16NoBOM recognises UTF-16 without a byte-order mark from the zero bytes
// of its ASCII characters, which all fall at the same parity.
func utf16NoBOM(data []byte) string {
	if len(data) < 8 || len(data)%2 != 0 {
		return ""
	}
	even, odd := 0, 0
	for i, c := range data {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(data) / 2
	switch {
	case odd*5 >= half && even*20 < odd:
		return encUTF16LE
	case even*5 >= half && odd*20 < even:
		return encUTF16BE
	}
	return ""
}

// charsetName maps a declared charset label to one of our encoding names.
func charsetName(label string) string {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8":
		return encUTF8
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312":
		return encGB18030
	case "big5", "big5-hkscs", "x-x-big5", "cp950":
		return encBig5
	}
	return ""
}
