package ingest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A repair fixes one kind of scraping or converter artifact in decoded text.
// Repairs run in order over the whole text before anything else looks at
// it, like the char filters of a bleve analyzer; each is small and tested
// on its own.
type repair interface {
	Repair(s string, log *repairLog) string
}

// repairs is the chain applied to every decoded text (and HTML title).
var repairs = []repair{
	lineBreaks{},
	htmlEntities{},
	strayTags{},
	invisibleChars{},
	fullWidth{},
	converterPinyin{},
	strayQuote{},
	ocrDigits{},
	sectionBreak{},
	lineSpace{},
}

func runRepairs(s string, log *repairLog) string {
	for _, r := range repairs {
		s = r.Repair(s, log)
	}
	return s
}

// repairLog collects what repairs removed that a reader may want to see
// (pinyin annotations, stray quotes), for Document.Removed, and what they
// found but left alone for a human to check, for Document.Warnings.
type repairLog struct {
	kinds    []string
	items    map[string][]string
	warnings []string
}

// maxRepairWarnings caps the warnings of one kind from a damaged file.
const maxRepairWarnings = 10

func (l *repairLog) warn(msg string) {
	if l == nil || len(l.warnings) >= maxRepairWarnings {
		return
	}
	l.warnings = append(l.warnings, msg)
}

func (l *repairLog) note(kind, text string) {
	if l == nil {
		return
	}
	if l.items == nil {
		l.items = map[string][]string{}
	}
	if _, ok := l.items[kind]; !ok {
		l.kinds = append(l.kinds, kind)
	}
	l.items[kind] = append(l.items[kind], text)
}

// removed summarises the log as one entry per kind: the distinct removals
// as written (in context), the first dozen of them, and the total count.
// One line per kind keeps `zongjie clean --show-removed` readable where a
// Traditional document may carry hundreds of annotations.
func (l *repairLog) removed() []Removed {
	var out []Removed
	for _, kind := range l.kinds {
		items := l.items[kind]
		seen := map[string]bool{}
		var shown []string
		for _, it := range items {
			if seen[it] {
				continue
			}
			seen[it] = true
			if len(shown) == 12 {
				shown = append(shown, "…")
				break
			}
			shown = append(shown, it)
		}
		out = append(out, Removed{Kind: kind, Text: fmt.Sprintf("%s (%d in all)", strings.Join(shown, " "), len(items))})
	}
	return out
}

// lineBreaks turns CRLF, CR and Unicode line separators into LF.
type lineBreaks struct{}

func (lineBreaks) Repair(s string, _ *repairLog) string {
	if !containsAnyRune(s, "\r\u2028\u2029\u0085\v\f") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.NewReplacer("\r", "\n", "\u2028", "\n", "\u2029", "\n", "\u0085", "\n", "\v", "\n", "\f", "\n").Replace(s)
}

// invisibleChars removes zero-width characters, byte-order marks, soft
// hyphens and control characters, and turns the exotic spaces of HTML and
// word processors (no-break, thin, …) into ASCII spaces.
type invisibleChars struct{}

func (invisibleChars) Repair(s string, _ *repairLog) string {
	if !mayHoldInvisible(s) && utf8.ValidString(s) {
		return s // most texts: nothing to change, found without decoding a rune
	}
	return strings.Map(invisibleRune, s)
}

// invisibleRune is what invisibleChars makes of r: r, a space, or -1 to
// drop it.
func invisibleRune(r rune) rune {
	switch {
	case r == '\n' || r == '\t':
		return r
	case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u200e', r == '\u200f',
		r >= '\u2060' && r <= '\u2064', r == '\ufeff', r == '\u00ad', r == '\u180e':
		return -1
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return -1
	case r == '\u00a0', r >= '\u2000' && r <= '\u200a', r == '\u202f', r == '\u205f':
		return ' '
	}
	return r
}

// mayHoldInvisible reports whether s may hold a character invisibleChars
// changes, by the bytes of their UTF-8 forms: a control byte other than
// tab and LF, U+0080–U+00A0 and U+00AD (C2 80–A0, C2 AD), U+180E (E1 A0
// 8E), U+2000–U+200F and U+202F (E2 80 80–8F, E2 80 AF), U+205F–U+2064
// (E2 81 9F–A4) and U+FEFF (EF BB BF). A sequence cut short by the end of
// s counts as one (invisibleChars then decides).
func mayHoldInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20:
			if c != '\n' && c != '\t' {
				return true
			}
		case c < 0x7f:
		case c == 0x7f:
			return true
		case c == 0xc2:
			if i+1 >= len(s) || s[i+1] <= 0xa0 || s[i+1] == 0xad {
				return true
			}
		case c == 0xe1, c == 0xe2, c == 0xef:
			if i+2 >= len(s) {
				return true
			}
			b1, b2 := s[i+1], s[i+2]
			switch c {
			case 0xe1:
				if b1 == 0xa0 && b2 == 0x8e {
					return true
				}
			case 0xe2:
				if b1 == 0x80 && (b2 <= 0x8f || b2 == 0xaf) || b1 == 0x81 && b2 >= 0x9f && b2 <= 0xa4 {
					return true
				}
			case 0xef:
				if b1 == 0xbb && b2 == 0xbf {
					return true
				}
			}
		}
	}
	return false
}

// fullWidthChanges tells whether fullWidth may change r: a full-width
// digit or letter, the ideographic space, or the point, hyphen, slash or
// percent sign that change inside numbers and codes.
func fullWidthChanges(r rune) bool {
	return r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' ||
		r == '\u3000' || r == '．' || r == '－' || r == '／' || r == '％'
}

// fullWidth turns full-width digits, Latin letters and the ideographic
// space into their ASCII forms (１２０名 → 120名) so numbers parse. Full-width
// punctuation is left as written, except inside numbers and codes: the
// point of ３．６万, the hyphen and slash of ＦＸ－２０２０－０１ and the
// percent sign after a digit (３２％).
type fullWidth struct{}

func (fullWidth) Repair(s string, _ *repairLog) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '\uff01' && r <= '\uff5e' || r == '\u3000' }) {
		return s
	}
	// Most Chinese texts hold full-width punctuation (，（）：) but nothing
	// this repair changes: they are returned as they are, without the rune
	// copy (which would also write U+FFFD for an invalid byte).
	if !strings.ContainsFunc(s, fullWidthChanges) && utf8.ValidString(s) {
		return s
	}
	return convertFullWidth(s)
}

func convertFullWidth(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			rs[i] = r - 0xFEE0
		case r == '\u3000':
			rs[i] = ' '
		}
	}
	isDigit := func(i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	isAlnum := func(i int) bool {
		return isDigit(i) || i >= 0 && i < len(rs) && (rs[i] >= 'A' && rs[i] <= 'Z' || rs[i] >= 'a' && rs[i] <= 'z')
	}
	for i, r := range rs {
		switch {
		case r == '．' && isDigit(i-1) && isDigit(i+1),
			(r == '－' || r == '／') && isAlnum(i-1) && isAlnum(i+1),
			r == '％' && isDigit(i-1):
			rs[i] = r - 0xFEE0
		}
	}
	return string(rs)
}

// converterPinyin removes the pinyin some Traditional/Simplified converters
// leave in parentheses after a character: 總結(jié) → 總結, 發(fā)展 → 發展.
// An annotation is removed only when it directly follows a Han character
// and is one plausible lowercase syllable; a bare single letter such as
// (a) needs a tone mark, so list markers and abbreviations like (IFSW),
// (一) or (2016) stay.
type converterPinyin struct{}

func (converterPinyin) Repair(s string, log *repairLog) string {
	if !hasPinyinAnnotation(s) && utf8.ValidString(s) {
		return s // most texts: nothing to remove, so no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '(' || r == '（') && prev >= 0 && unicode.Is(unicode.Han, prev) {
			if n := pinyinAnnotation(s[i+size:]); n > 0 {
				end := i + size + n
				log.note("pinyin", string(prev)+s[i:end])
				i = end
				continue // prev stays the Han character
			}
		}
		b.WriteRune(r)
		prev = r
		i += size
	}
	return b.String()
}

// hasPinyinAnnotation tells whether converterPinyin would remove anything
// from s: an annotation right after a Han character.
func hasPinyinAnnotation(s string) bool {
	// The next ( and the next （, each searched for again only once
	// passed: IndexAny would decode every rune of s.
	ascii, wide := -1, -1
	for i := 0; i < len(s); {
		if ascii < i {
			ascii = nextAt(s, i, "(")
		}
		if wide < i {
			wide = nextAt(s, i, "（")
		}
		if i = min(ascii, wide); i == len(s) {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.Is(unicode.Han, prev) && pinyinAnnotation(s[i+size:]) > 0 {
			return true
		}
		i += size
	}
	return false
}

// nextAt is the byte offset of the first sep in s at or after from, or
// len(s).
func nextAt(s string, from int, sep string) int {
	if j := strings.Index(s[from:], sep); j >= 0 {
		return from + j
	}
	return len(s)
}

// pinyinAnnotation reports the byte length of "syllable)" at the start of s
// (the closing parenthesis included), or 0 when s does not start with one.
func pinyinAnnotation(s string) int {
	var base strings.Builder
	marked := false
	for i, r := range s {
		if r == ')' || r == '）' {
			if i == 0 || base.Len() > 6 {
				return 0
			}
			syl := base.String()
			if !pinyinSyllable(syl) || (!marked && len(syl) < 2) {
				return 0
			}
			return i + utf8.RuneLen(r)
		}
		if base.Len() > 6 {
			return 0
		}
		switch {
		case r >= 'a' && r <= 'z':
			base.WriteRune(r)
		default:
			plain, ok := toneless[r]
			if !ok {
				return 0
			}
			marked = true
			base.WriteByte(plain)
		}
	}
	return 0
}

// toneless maps the tone-marked vowels (and ü, written v in the syllable
// table) to their plain letters.
var toneless = func() map[rune]byte {
	m := map[rune]byte{}
	for plain, marked := range map[byte]string{
		'a': "āáǎà", 'e': "ēéěè", 'i': "īíǐì", 'o': "ōóǒò", 'u': "ūúǔù", 'v': "ǖǘǚǜü",
	} {
		for _, r := range marked {
			m[r] = plain
		}
	}
	return m
}()

var (
	pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"}
	pinyinFinals   = setOf("a o e i u v ai ei ao ou an en ang eng ong ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ueng ue ve van vn")
	// Syllables without an initial.
	pinyinBare = setOf("a o e ai ei ao ou an en ang eng er")
)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// pinyinSyllable reports whether s (tone marks removed, ü as v) is a
// plausible single pinyin syllable: an initial and a final from the tables.
func pinyinSyllable(s string) bool {
	if pinyinBare[s] {
		return true
	}
	for _, ini := range pinyinInitials {
		if rest, ok := strings.CutPrefix(s, ini); ok && pinyinFinals[rest] && pinyinPair(ini, rest) {
			return true
		}
	}
	return false
}

// pinyinPair rejects the initial–final pairs that pinyin does not use but
// English words would otherwise slip through with (we, go, …).
func pinyinPair(ini, fin string) bool {
	switch {
	case ini == "y":
		return pinyinYFinals[fin]
	case ini == "w":
		return pinyinWFinals[fin]
	case fin == "o":
		return strings.Contains("bpmfl", ini)
	case fin[0] == 'v' || fin == "ue":
		return strings.Contains("nljqx", ini)
	}
	return true
}

var (
	pinyinYFinals = setOf("i a e o ao ou an in ang ing ong u ue uan un")
	pinyinWFinals = setOf("u a o ai ei an en ang eng")
)

// strayQuote removes a lone ASCII apostrophe or double quote between two Han
// characters (晨練的'老人們), a scraping artifact. A quote that has a partner
// on the same line is taken to be real quotation and kept.
type strayQuote struct{}

func (strayQuote) Repair(s string, log *repairLog) string {
	if !strings.ContainsAny(s, `'"`) {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for i, line := range lines {
		for _, q := range []rune{'\'', '"'} {
			if strings.Count(line, string(q)) != 1 {
				continue
			}
			j := strings.IndexRune(line, q)
			before, _ := utf8.DecodeLastRuneInString(line[:j])
			after, _ := utf8.DecodeRuneInString(line[j+1:])
			if unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, after) {
				log.note("quote", string(before)+string(q)+string(after))
				line = line[:j] + line[j+1:]
				changed = true
			}
		}
		lines[i] = line
	}
	if !changed {
		return s // most texts: their lines joined again are s, not copied
	}
	return strings.Join(lines, "\n")
}

// lineSpace trims spaces (including indentation) from both ends of every
// line, collapses runs of blank lines into one and drops blank lines at the
// start and end.
type lineSpace struct{}

func (lineSpace) Repair(s string, _ *repairLog) string {
	lines := strings.Split(s, "\n")
	if spacedLines(lines) {
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		return joinLines(lines)
	}
	return s // no space to trim, no blank line to drop: joined again they are s
}

// spacedLines tells whether lineSpace changes lines: a line with space at
// either end, a blank line first, last or after another.
func spacedLines(lines []string) bool {
	for i, l := range lines {
		switch {
		case l == "":
			if i == 0 || i == len(lines)-1 || lines[i-1] == "" {
				return true
			}
		case strings.TrimSpace(l) != l:
			return true
		}
	}
	return false
}
