package ingest

import (
	"fmt"
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// maxMojibakeWarnings caps the per-line warnings of a badly damaged file.
const maxMojibakeWarnings = 10

// misreading is one classic way text was decoded with the wrong table and
// saved again: the characters we see, encoded back with seenAs, are the
// original bytes, which read correctly as wasIn.
type misreading struct {
	name          string
	seenAs, wasIn encoding.Encoding
}

var misreadings = []misreading{
	{"UTF-8 read as GBK", simplifiedchinese.GBK, nil},
	{"UTF-8 read as Big5", traditionalchinese.Big5, nil},
	{"UTF-8 read as Latin-1", charmap.Windows1252, nil},
	{"Big5 read as GBK", simplifiedchinese.GBK, traditionalchinese.Big5},
	{"GBK read as Big5", traditionalchinese.Big5, simplifiedchinese.GBK},
}

// replacementMarks are what U+FFFD runs become when the replaced text is
// saved as UTF-8 and read back as GBK (锟斤拷), or what uninitialised memory
// looks like in GBK (烫烫烫, 屯屯屯).
var replacementMarks = regexp.MustCompile(`锟斤拷|烫烫烫|屯屯屯|鍩烘湰`)

// replacementMarkStarts are the first characters of replacementMarks: a
// line holding none of them cannot match, and most lines hold none.
const replacementMarkStarts = "锟烫屯鍩"

// misaligned is a lone ASCII byte between double-byte characters where a
// GBK or Big5 text lost a byte (回訪 → 卦L): a rare Han character, one
// ASCII letter or symbol, then Han text.
var misaligned = regexp.MustCompile(`(\p{Han})([\x40-\x7e])\p{Han}`)

// mojibakeLines warns about each line of the decoded input that a human
// should look at: U+FFFD left by decoding, and text that reads like one of
// the classic misdecodings (鍦ㄧぞ鍖 for 在社区, 锟斤拷, 卦L). Lines are
// numbered as in the input. Nothing is changed: a guess at the original
// is shown in the warning, for the researcher to judge.
func mojibakeLines(text string) []string {
	var warns []string
	bad := 0
	add := func(msg string) {
		bad++
		if bad <= maxMojibakeWarnings {
			warns = append(warns, msg)
		}
	}
	n := 0
	for line := range strings.SplitSeq(lineBreaks{}.Repair(text, nil), "\n") {
		n++
		if !hasNonASCII(line) {
			continue
		}
		if strings.ContainsRune(line, utf8.RuneError) {
			add(fmt.Sprintf("line %d: undecodable text (U+FFFD)", n))
		}
		if msg := mojibakeIn(line); msg != "" {
			add(fmt.Sprintf("line %d: mojibake (%s)", n, msg))
		}
	}
	if bad > maxMojibakeWarnings {
		warns = append(warns, fmt.Sprintf("%d more lines with undecodable text or mojibake", bad-maxMojibakeWarnings))
	}
	return warns
}

// hasMisalignedByte tells whether s holds an ASCII byte that misaligned
// looks for between two non-ASCII bytes (a Han character ends with one
// and starts with one, however the bytes around are read): a line without
// one cannot match.
func hasMisalignedByte(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] >= 0x40 && s[i] <= 0x7e && s[i-1] >= utf8.RuneSelf && s[i+1] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mojibakeIn describes the mojibake in one line, or returns "".
func mojibakeIn(line string) string {
	if containsAnyRune(line, replacementMarkStarts) {
		if m := replacementMarks.FindString(line); m != "" {
			return fmt.Sprintf("%q: replacement characters passed through GBK", m)
		}
	}
	for run := range nonASCIIRuns(line) {
		if utf8.RuneCountInString(run) < 4 {
			continue
		}
		score := chineseScore(run)
		if score >= 0.3 {
			continue
		}
		for _, mr := range misreadings {
			orig := reread(run, mr)
			if s := chineseScore(orig); s >= 0.5 && s-score >= 0.4 {
				return fmt.Sprintf("%s? %q reads %q", mr.name, clip(run, 12), clip(orig, 12))
			}
		}
	}
	if !hasMisalignedByte(line) {
		return ""
	}
	common := commonHan()
	for _, m := range misaligned.FindAllStringSubmatch(line, -1) {
		r, _ := utf8.DecodeRuneInString(m[1])
		if !common.has(r) && !unicode.IsDigit(rune(m[2][0])) {
			return fmt.Sprintf("misaligned double-byte text? %q", m[0])
		}
	}
	return ""
}

// nonASCIIRuns yields the runs of non-ASCII runes of s; mojibake rarely
// spans ASCII, and a run is scored on its own so a line mixing good and
// garbled text is still caught. A rune is non-ASCII exactly when its bytes
// are (an invalid byte too), so the runs are found byte by byte.
func nonASCIIRuns(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); i++ {
			if s[i] < utf8.RuneSelf {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// reread encodes s back to the bytes it was decoded from under mr and
// decodes them the way they were meant; runes the wrong table cannot
// encode (U+FFFD among them) are skipped.
//
// Each rune goes through the encoder's transformer into one small buffer,
// as Encoder.Bytes would take it but without the two slices Bytes makes a
// rune (most of the allocations of Prepare).
func reread(s string, mr misreading) string {
	raw := make([]byte, 0, len(s))
	enc := mr.seenAs.NewEncoder()
	var src [utf8.UTFMax]byte
	var dst [16]byte // a rune in any encoding of misreadings, with room to spare
	for _, r := range s {
		enc.Reset()
		n, _, err := enc.Transform(dst[:], src[:utf8.EncodeRune(src[:], r)], true)
		if err == transform.ErrShortDst { // never for one rune today; Bytes grows its buffer
			var b []byte
			if b, err = enc.Bytes(src[:utf8.EncodeRune(src[:], r)]); err == nil {
				raw = append(raw, b...)
			}
			continue
		}
		if err != nil {
			continue
		}
		raw = append(raw, dst[:n]...)
	}
	return decodeMeant(raw, mr)
}

// decodeMeant decodes the bytes reread from a misreading the way they
// were meant ("" when they do not decode).
func decodeMeant(raw []byte, mr misreading) string {
	if mr.wasIn == nil {
		text, _ := validUTF8(raw)
		return text
	}
	out, err := mr.wasIn.NewDecoder().Bytes(raw)
	if err != nil {
		return ""
	}
	return string(out)
}

func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
