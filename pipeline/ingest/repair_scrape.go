package ingest

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// htmlEntities decodes the HTML character references a scraper left in
// plain text (&nbsp; &ldquo; &amp; &#65292; &#x4e00;), doubly escaped ones
// (&amp;nbsp;) included. Only well-formed references are decoded, so a
// bare & in AT&T or a&b stays.
type htmlEntities struct{}

var entityRe = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|&nbsp`)

func (htmlEntities) Repair(s string, _ *repairLog) string {
	// Every decoding shortens the text, so the loop ends; it stops at the
	// first pass that changes nothing, which makes the repair idempotent.
	for strings.Contains(s, "&") {
		out := entityRe.ReplaceAllStringFunc(s, func(ref string) string {
			if ref == "&nbsp" {
				return "\u00a0"
			}
			dec := html.UnescapeString(ref)
			if !utf8.ValidString(dec) {
				return "\uFFFD"
			}
			return dec
		})
		if out == s {
			break
		}
		s = out
	}
	return s
}

// ocrDigits repairs the OCR slips a date makes unambiguous and flags the
// others. Fixed: H read for 日 after a month and day (7月20 H → 7月20日),
// the letter O read for a zero inside a number that a date unit follows
// (2O18年 → 2018年, 1O月 → 10月). Flagged and left as written: a number
// mixing digits with l, I, O or o elsewhere (l5O0人), where the reading is
// a guess.
type ocrDigits struct{}

var (
	ocrDayH    = regexp.MustCompile(`(\d{1,2})月([0-9Oo]{1,2}) ?H`)
	ocrDateO   = regexp.MustCompile(`[0-9Oo]{1,4}[年月日号]`)
	ocrSuspect = regexp.MustCompile(`[0-9lIOo]{2,}`)
)

func (ocrDigits) Repair(s string, log *repairLog) string {
	if !strings.ContainsAny(s, "HOolI") {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for n, line := range lines {
		if !strings.ContainsAny(line, "HOolI") {
			continue
		}
		line = replaceAllAt(line, ocrDayH, func(m string, at int) string {
			if next, _ := utf8.DecodeRuneInString(line[at+len(m):]); next < utf8.RuneSelf && unicode.IsLetter(next) {
				return m // H starts a Latin word: not a slip
			}
			fixed := ocrDayH.ReplaceAllString(m, "${1}月${2}日")
			log.note("ocr", m+"→"+fixed)
			return fixed
		})
		line = replaceAllAt(line, ocrDateO, func(m string, at int) string {
			num := m[:len(m)-len("年")] // every unit is three bytes
			if !strings.ContainsAny(num, "Oo") || strings.Count(num, "O")+strings.Count(num, "o") == len(num) ||
				!asciiBoundary(line, at) {
				return m
			}
			fixed := strings.NewReplacer("O", "0", "o", "0").Replace(num) + m[len(num):]
			log.note("ocr", m+"→"+fixed)
			return fixed
		})
		for _, loc := range ocrSuspect.FindAllStringIndex(line, -1) {
			tok := line[loc[0]:loc[1]]
			if !strings.ContainsAny(tok, "0123456789") || !strings.ContainsAny(tok, "lIOo") ||
				!asciiBoundary(line, loc[0]) || !asciiBoundaryAfter(line, loc[1]) {
				continue
			}
			log.warn(fmt.Sprintf("line %d: possible OCR slip %q left as written", n+1, context(line, loc[0], loc[1])))
		}
		changed = changed || line != lines[n]
		lines[n] = line
	}
	if !changed {
		return s // most texts: their lines joined again are s, not copied
	}
	return strings.Join(lines, "\n")
}

// replaceAllAt is regexp.ReplaceAllStringFunc with the byte offset of each
// match.
func replaceAllAt(s string, re *regexp.Regexp, f func(m string, at int) string) string {
	locs := re.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		b.WriteString(s[last:loc[0]])
		b.WriteString(f(s[loc[0]:loc[1]], loc[0]))
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// asciiBoundary reports whether the byte offset at does not continue a
// Latin word or number (the rune before it is not an ASCII letter or digit).
func asciiBoundary(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)))
}

func asciiBoundaryAfter(s string, at int) bool {
	r, _ := utf8.DecodeRuneInString(s[at:])
	return !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)))
}

// context returns the match at [start, end) of s with up to four runes
// either side, for a warning a human can search for.
func context(s string, start, end int) string {
	pre := []rune(s[:start])
	post := []rune(s[end:])
	return string(pre[max(0, len(pre)-4):]) + s[start:end] + string(post[:min(4, len(post))])
}

// sectionBreak puts the heading of a summary on a page that holds several
// (【篇一】, 【范文2】, 【第三篇】) on a line of its own when text follows it on
// the same line, so later stages see the section start.
type sectionBreak struct{}

var sectionLabel = regexp.MustCompile(`^【\s*(?:篇|范文|第)[一二三四五六七八九十0-9]{1,3}篇?\s*】`)

func (sectionBreak) Repair(s string, _ *repairLog) string {
	if !strings.Contains(s, "【") {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for i, line := range lines {
		var out []string
		rest := line
		for {
			trimmed := strings.TrimLeft(rest, " \t")
			loc := sectionLabel.FindStringIndex(trimmed)
			after := ""
			if loc != nil {
				after = strings.TrimSpace(trimmed[loc[1]:])
			}
			if after == "" {
				break
			}
			out = append(out, trimmed[:loc[1]])
			rest = after
		}
		if out != nil {
			lines[i] = strings.Join(append(out, rest), "\n")
			changed = true
		}
	}
	if !changed {
		return s // most texts: their lines joined again are s, not copied
	}
	return strings.Join(lines, "\n")
}

// strayTags removes the HTML tags a careless copy left in plain text
// (<p class="ql-block">…</p> <p class="ql-block">…</p> on one line): the
// end of a block (</p>, </div>, <br>, </li>) ends the line, other tags of
// the usual elements go. Only tags of those elements are touched, so a
// bracketed word (<某某社区>, a < 3) stays.
type strayTags struct{}

var (
	strayTagRe = regexp.MustCompile(`(?i)<\s*/?\s*(p|br|div|span|code|strong|b|em|i|u|font|section|article|img|a|li|ul|ol|h[1-6]|table|tbody|thead|tr|td|th|blockquote)(\s[^<>]{0,300})?\s*/?\s*>`)
	blockEndRe = regexp.MustCompile(`(?i)^<\s*(/\s*(p|div|section|article|li|h[1-6]|tr|blockquote)|br)\b`)
)

func (strayTags) Repair(s string, log *repairLog) string {
	// Every pass shortens the text, so the loop ends; it stops at the first
	// pass that changes nothing, which makes the repair idempotent.
	for strings.Contains(s, "<") {
		out := strayTagRe.ReplaceAllStringFunc(s, func(tag string) string {
			log.note("markup", tag)
			if blockEndRe.MatchString(tag) {
				return "\n"
			}
			return ""
		})
		if out == s {
			break
		}
		s = out
	}
	return s
}
