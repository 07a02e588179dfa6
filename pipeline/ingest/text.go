package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// maxTitleRunes is the longest first line taken as a title.
const maxTitleRunes = 40

// titleLine returns the index of the first non-empty line when it looks
// like a title (short, no sentence punctuation, some letters), or -1.
func titleLine(lines []string) int {
	for i, l := range lines {
		if l == "" {
			continue
		}
		if isTitle(l) {
			return i
		}
		return -1
	}
	return -1
}

func isTitle(l string) bool {
	if runesOver(l, maxTitleRunes) || containsAnyRune(l, sentenceEnds) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if strings.ContainsRune("，,、：:", last) {
		return false
	}
	return strings.IndexFunc(l, unicode.IsLetter) >= 0
}

// firstLine returns the index of the first non-empty line when it equals
// s (an HTML page often repeats its title at the top of the body), or -1.
func firstLine(lines []string, s string) int {
	for i, l := range lines {
		if l != "" {
			if l == s {
				return i
			}
			return -1
		}
	}
	return -1
}

// maxHeaderLines is the most lines a page header (site name, slogan, menu
// bar) may take above the title of an HTML page.
const maxHeaderLines = 4

// titleAfterHeader returns the index of the line equal to title when the
// only lines above it are short, unpunctuated ones (a site name and slogan,
// a menu run together, all styled inline so no markup marks them), or -1.
// The article starts at its title; what a page shows above it is the
// site's, not the author's.
func titleAfterHeader(lines []string, title string) int {
	return titleBelow(lines, title, isHeaderLine)
}

// isHeaderLine reports whether a line above the title could be the page
// header's: it looks like a title once the Latin words of a Chinese line
// are left out — a site's name carries its English name beside it
// (某某义工联会 Some Volunteers Association), longer than any title.
func isHeaderLine(l string) bool {
	if isTitle(l) {
		return true
	}
	if strings.IndexFunc(l, isHan) < 0 {
		return false
	}
	return isTitle(strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			return -1
		}
		return r
	}, l))
}

// textHeaderLine reports whether a line above the chosen title of a text
// could be the page header's: a header line, or any line that is not a
// paragraph of prose (a greeting 您好，欢迎访问！, a site's note on itself
// in one sentence). The report starts at its title; a header line need
// not look like a title to be the site's.
func (v *furnitureVocab) textHeaderLine(l string) bool {
	return isHeaderLine(l) || !v.isProse(fold.ToSimplified(strings.TrimSpace(l)))
}

// minKickerRunes is the fewest Han characters of each phrase of a
// kicker made of two phrases, and of a kicker in quotation marks.
const minKickerRunes = 5

// kickerLine reports whether l, the line right above a text's headline,
// is the headline's kicker (引题), which readers take as the report's and
// not the site's: it ends with a dash that joins it to the headline
// (某某街道——), it is one phrase in quotation marks (quoteCloser:
// “守护一方碧水，点亮万家灯火”), or two phrases of Han characters only set apart by a space, each
// of minKickerRunes or more and neither a site's nor an organisation's
// name (守护一方碧水 点亮万家灯火; not 某某创新网 某某创新委员会). A column's
// name (工作动态), a site's, a date or a motto of two short phrases (勤学之心
// 笃行之道) stays the header's. Since round 31 also: the place or the body
// the headline opens with, alone with its colon (某某区某某社区：: Han
// characters ending as [organisations] or [place_endings], as
// headlinePlace reads a label; not 当前位置：); a phrase of Han characters
// holding a quotation in marks, no clause's mark in it (某某开展“某某”
// 志愿服务活动: the main headline over its subtitle); and any of these with
// a layout cell's bar after it (守护一方碧水 点亮万家灯火 |), as a page
// printing its headings in cells leaves.
func (s *titleScorer) kickerLine(l string) bool {
	l = strings.TrimRight(strings.TrimSpace(l), cellBorders)
	if body := strings.TrimRight(l, dashRunes); body != l && strings.IndexFunc(body, isHan) >= 0 {
		return true
	}
	f := fold.ToSimplified(l)
	if body := strings.TrimRight(f, ":："); body != f && allHan(body) && (endsAfter(body, s.orgs, 1) || endsAfter(body, s.placeEndings, 2)) {
		return true
	}
	if quotedPhrase(f) && !s.namesSiteOrOrg(f) {
		return true
	}
	phrase := func(p string) bool {
		return allHan(p) && runesOver(p, minKickerRunes-1) && !s.namesSiteOrOrg(p)
	}
	if fields := strings.Fields(f); len(fields) == 2 && phrase(fields[0]) && phrase(fields[1]) {
		return true
	}
	open, n := utf8.DecodeRuneInString(l)
	if closer, ok := quoteCloser[open]; ok {
		if inner, ok := strings.CutSuffix(l[n:], string(closer)); ok {
			return !strings.ContainsAny(inner, string([]rune{open, closer})) && runesOver(inner, minKickerRunes-1) && !containsAnyRune(inner, sentenceEnds)
		}
	}
	return false
}

// endsAfter reports whether s ends with one of ends with at least before
// runes before it.
func endsAfter(s string, ends []string, before int) bool {
	for _, e := range ends {
		if head, ok := strings.CutSuffix(s, e); ok && utf8.RuneCountInString(head) >= before {
			return true
		}
	}
	return false
}

// quotedPhrase reports whether f is one phrase of Han characters holding
// a quotation in marks after its first character and before its last
// (开展“某某”活动), of minKickerRunes Han characters or more outside the
// marks: no other mark, space or digit.
func quotedPhrase(f string) bool {
	quoted, outside := false, 0
	rs := []rune(f)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if closer, ok := quoteCloser[r]; ok && i > 0 && !quoted {
			j := slices.Index(rs[i+1:], closer)
			if j <= 0 || i+1+j == len(rs)-1 {
				return false
			}
			quoted, i = true, i+1+j
			continue
		}
		if !isHan(r) {
			return false
		}
		outside++
	}
	return quoted && outside >= minKickerRunes
}

// titleBelow returns the index of the line equal to title when at most
// maxHeaderLines lines come above it and each is a header line by
// isHeader, or -1 (also when none comes above it: firstLine's case).
func titleBelow(lines []string, title string, isHeader func(string) bool) int {
	header := 0
	for i, l := range lines {
		switch {
		case l == "":
		case l == title:
			if header == 0 {
				return -1
			}
			return i
		case header == maxHeaderLines || !isHeader(l):
			return -1
		default:
			header++
		}
	}
	return -1
}

// shortLinesAbove returns the lines above a text's headline at line that
// hold no mark of a sentence or a clause (proseMarks, an exclamation, an
// ellipsis: a teaser of another story cut short) and are no prose: a
// site's name, a column's, a row of font sizes. The headline's kicker
// right above it (titleScorer.kickerLine) is not among them.
func shortLinesAbove(lines, folded []string, line int, fv *furnitureVocab, ts *titleScorer) []int {
	kicker := nonEmptyBefore(line, func(i int) bool { return lines[i] == "" })
	var out []int
	for k := range line {
		f := strings.TrimSpace(folded[k])
		if f == "" || k == kicker && ts.kickerLine(lines[k]) || containsAnyRune(f, proseMarks+"！!…") || fv.isProse(f) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// headlineAt returns the index in lines of the chosen headline's line, or,
// for a headline the furniture judges removed, of the first line below
// where it stood in text (the page before the judges); -1 when the title
// opens a line that goes on or stands nowhere in text.
func headlineAt(text string, lines []string, c titleCandidate) int {
	if c.line >= 0 {
		if c.rest != "" {
			return -1
		}
		return c.line
	}
	head := strings.Index(text, c.text)
	if head < 0 {
		return -1
	}
	for k, l := range lines {
		if at := strings.Index(text, l); l != "" && (at < 0 || at >= head) {
			return k
		}
	}
	return -1
}

// without returns lines without line i (all of them when i < 0).
func without(lines []string, i int) []string {
	if i < 0 {
		return lines
	}
	return append(lines[:i:i], lines[i+1:]...)
}

// joinLines joins body lines with LF, dropping blank lines at either end
// and collapsing runs of blank lines left by removals.
func joinLines(lines []string) string {
	var out []string
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// paragraphs returns one span per non-empty line of text.
func paragraphs(text string) []Span {
	var spans []Span
	pos := 0
	for line := range strings.SplitSeq(text, "\n") {
		n := utf8.RuneCountInString(line)
		if strings.TrimSpace(line) != "" {
			spans = append(spans, Span{pos, pos + n})
		}
		pos += n + 1
	}
	return spans
}

// sentences splits text after 。！？!?；; (with any closing quotes or
// brackets that follow) and at line ends. Spans hold no leading or trailing
// spaces and are never empty. The text is read in place, its rune offsets
// counted as it goes (an invalid byte is one rune, as in []rune(text)).
func sentences(text string) []Span {
	var spans []Span
	// add adds the sentence of the bytes [from, to), the runes [start, end).
	add := func(from, to, start, end int) {
		for from < to {
			r, size := utf8.DecodeRuneInString(text[from:to])
			if !unicode.IsSpace(r) {
				break
			}
			from, start = from+size, start+1
		}
		for to > from {
			r, size := utf8.DecodeLastRuneInString(text[from:to])
			if !unicode.IsSpace(r) {
				break
			}
			to, end = to-size, end-1
		}
		if start < end {
			spans = append(spans, Span{start, end})
		}
	}
	from, start := 0, 0 // the sentence's first byte and rune
	b, n := 0, 0        // the byte and rune read next
	for b < len(text) {
		r, size := utf8.DecodeRuneInString(text[b:])
		b, n = b+size, n+1
		switch {
		case r == '\n':
			add(from, b-size, start, n-1)
			from, start = b, n
		case sentenceEndRunes.has(r):
			for b < len(text) {
				r, size := utf8.DecodeRuneInString(text[b:])
				if !sentenceEndRunes.has(r) && !closerRunes.has(r) {
					break
				}
				b, n = b+size, n+1
			}
			add(from, b, start, n)
			from, start = b, n
		}
	}
	add(from, len(text), start, n)
	return spans
}

// withoutMatches is re.ReplaceAllString(s, ""), giving s itself when re
// matches nowhere in it (most lines a title test asks): ReplaceAllString
// copies s, twice, whatever it finds.
func withoutMatches(re *regexp.Regexp, s string) string {
	if !re.MatchString(s) {
		return s
	}
	return re.ReplaceAllString(s, "")
}

// withoutTail is withoutMatches for an expression anchored at the text's
// end whose every match ends with one of the runes of ends: a line ending
// in another rune (most lines) is given back without running it.
func withoutTail(re *regexp.Regexp, ends, s string) string {
	if !endsInAny(s, ends) {
		return s
	}
	return withoutMatches(re, s)
}

// endsInAny reports whether the last rune of s is one of the runes of ends.
func endsInAny(s, ends string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(ends, r)
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// wordSet is a list of words that containsAny would look for in many
// lines, marked by their first runes: in is one pass over the runes of a
// line, comparing the words only where a marked rune starts, instead of a
// substring search of the whole line for each word (a line of Han
// characters starts a match of a Han word's first byte at every rune).
type wordSet struct {
	first [1 << 16 / 64]uint64 // bit r&0xFFFF: some word starts with r
	words []string
}

func newWordSet(words []string) *wordSet {
	ws := &wordSet{words: words}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		ws.first[r&0xFFFF>>6] |= 1 << (r & 63)
	}
	return ws
}

// in reports whether s holds one of the words: containsAny(s, ws.words).
// A word starts at no continuation byte, so stepping over a rune's three
// bytes at once misses none, even where they do not decode as
// utf8.DecodeRuneInString would (an overlong form, a surrogate); a rune
// that is not marked is only stepped over.
func (ws *wordSet) in(s string) bool {
	for i := 0; i < len(s); {
		w, n := ws.at(s, i)
		if w != "" {
			return true
		}
		i += n
	}
	return false
}

// at returns the first of the words that opens s[i:] ("" if none) and the
// bytes of the rune there, to step over.
func (ws *wordSet) at(s string, i int) (string, int) {
	b, r, n := s[i], rune(s[i]), 1
	switch {
	case b < utf8.RuneSelf:
	case b&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		r, n = rune(b&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
	default:
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	if ws.starts(r) {
		return wordAt(s[i:], ws.words), n
	}
	return "", n
}

// without is s without the words where they occur, as the expression
// that is their alternation, in the order of the list, gives it with
// ReplaceAllString(s, ""): left to right, the first word that opens
// what is left.
func (ws *wordSet) without(s string) string {
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); {
		w, n := ws.at(s, i)
		if w == "" {
			i += n
			continue
		}
		b.WriteString(s[from:i])
		i += len(w)
		from = i
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// starts reports whether some word may start with r (a rune beyond the
// Basic Multilingual Plane shares its mark with one within).
func (ws *wordSet) starts(r rune) bool { return ws.first[r&0xFFFF>>6]&(1<<(r&63)) != 0 }

// hasPrefixAny reports whether s starts with one of words.
func hasPrefixAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(s, w) })
}

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasSuffix(s, w) })
}

// containsAnyRune is strings.ContainsAny(s, chars) for a short set of
// characters that are not all ASCII: one fast substring search per
// character instead of a look-up in chars for every rune of s, which
// matters for a whole document's text.
func containsAnyRune(s, chars string) bool {
	for _, r := range chars {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// indexAnyRune is strings.IndexAny(s, chars) for a short set of characters
// that are not all ASCII (":："), the way containsAnyRune is ContainsAny:
// the first of one fast search per character, each within the part of s
// before the best found so far. UTF-8 is self-synchronising, so a
// character's bytes found in s are that character.
func indexAnyRune(s, chars string) int {
	first := -1
	for _, r := range chars {
		in := s
		if first >= 0 {
			in = s[:first]
		}
		if i := strings.IndexRune(in, r); i >= 0 {
			first = i
		}
	}
	return first
}

// runesOver reports whether s has more than n runes, as
// utf8.RuneCountInString(s) > n without counting a long line through: a
// rune is one to four bytes (an invalid byte is a rune of one).
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > utf8.UTFMax*n:
		return true
	}
	for range s {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// hasSpace reports whether s holds a rune unicode.IsSpace takes, as
// strings.IndexFunc(s, unicode.IsSpace) >= 0, reading bytes instead of
// decoding every rune: the space runes past ASCII are U+0085, U+00A0,
// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000,
// whose lead bytes (C2, E1, E2, E3) never occur inside another rune's
// bytes. Most lines of a Chinese text hold no space.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c >= '\t' && c <= '\r':
			return true
		case c < 0xC2 || c > 0xE3:
		case c == 0xC2:
			if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
				return true
			}
		case c == 0xE1 || c == 0xE2 || c == 0xE3:
			if i+2 < len(s) {
				r, _ := utf8.DecodeRuneInString(s[i : i+3])
				if r != utf8.RuneError && unicode.IsSpace(r) {
					return true
				}
			}
		}
	}
	return false
}

// runeSet is a short set of characters asked about rune by rune, as
// strings.ContainsRune(chars, r) without encoding r for each question.
type runeSet []rune

func (s runeSet) has(r rune) bool { return slices.Contains(s, r) }

var (
	sentenceEndRunes = runeSet(sentenceEnds)
	closerRunes      = runeSet(closers)
)
