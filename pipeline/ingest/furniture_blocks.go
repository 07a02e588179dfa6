package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture told by its place among the page's blocks rather than by its
// own shape, which no word list follows from one site to the next: the
// site's block of its other pages after the report (a heading such as
// 新闻推荐, 该号其他文章 or 其他活动花絮, and every line after it), and a
// cut-off copy of a line the page prints in full below it (a document
// site's blurb of the opening, a <title> cut at a fixed length).

// blockHeadingRunes is the longest heading of a block of the site's links
// (新闻推荐, 其他活動花絮): a heading, not a sentence.
const blockHeadingRunes = 8

// blockHeading reports whether a line is the heading of a block of the
// site's links: at most blockHeadingRunes runes once a bullet, brackets
// and a colon are trimmed, no clause, not a numbered section (三、活动花絮
// is the author's), ending with one of words.
func blockHeading(f string, words []string) bool {
	h := strings.TrimFunc(f, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("-·•●▪◆【】[]:：|｜»>", r)
	})
	if h == "" || runeLen(h) > blockHeadingRunes || strings.ContainsAny(h, clauseEnds) || isASCIIDigit([]rune(h)[0]) {
		return false
	}
	return hasSuffixAny(h, words)
}

// tailBlock marks the site's block of its other pages after the report:
// from a heading of related pages ([related_headings]: 新闻推荐, 相关阅读,
// 该号其他文章) to the end of the page, or from a gallery's heading
// ([gallery_headings]: 活動相片, 其他活動花絮) when nothing after it is
// prose (the gallery's captions and dates). The heading comes after the
// body's first paragraph, and more of the body's paragraphs before it than
// after it (the teaser of another article after 新闻推荐 is prose too):
// a heading word in the middle of a report is no block's. It returns nil
// when there is no such block.
func tailBlock(folded []string, prose []bool, firstProse int, empty, known func(int) bool, v *furnitureVocab) []bool {
	if firstProse < 0 {
		return nil
	}
	before := 0 // prose lines above the line looked at
	for i := firstProse; i < len(folded); i++ {
		if prose[i] {
			before++
			continue
		}
		if empty(i) {
			continue
		}
		f := strings.TrimSpace(folded[i])
		related, gallery := blockHeading(f, v.relatedHeadings), blockHeading(f, v.galleryHeadings)
		if !related && !gallery {
			continue
		}
		after, proseAfter := []int{}, 0
		for j := i + 1; j < len(folded); j++ {
			if !empty(j) {
				after = append(after, j)
				if prose[j] && !known(j) {
					proseAfter++
				}
			}
		}
		if proseAfter >= before || gallery && !related && proseAfter > 0 {
			continue
		}
		out := make([]bool, len(folded))
		out[i] = !known(i)
		for _, j := range after {
			out[j] = !known(j)
		}
		return out
	}
	return nil
}

// copyMinRunes is the shortest line taken for a cut-off copy: shorter
// ones are headings and titles a report may well repeat.
const copyMinRunes = 20

// copyWindow is how many non-empty lines below a copy the full line may
// be.
const copyWindow = 8

// cutCopies marks the lines that are a cut-off copy of a line printed in
// full a little below them: a document site's blurb (the opening of the
// text, cut), a <title> cut at a fixed length above the headline. The
// copy (spaces and a trailing ellipsis left out) starts the full line and
// stops inside it between two letters (…浓浓敬老情”重 | 阳节活动): it is
// cut, not a title said again before the first sentence (…活动总结 |
// 8月28日); it has copyMinRunes runes or more, ends no sentence and is not
// a title (…活动总结 before a body that runs on from it). The copy above
// goes; the full line stays.
func cutCopies(folded []string, empty func(int) bool, v *furnitureVocab) []bool {
	var out []bool
	for i := range folded {
		// Most lines end a sentence or are short: answered before any copy
		// is made.
		if empty(i) || len(folded[i]) < copyMinRunes || !letterAt(strings.TrimRight(strings.TrimSpace(folded[i]), ".…"), -1) {
			continue
		}
		c := strings.TrimRight(stripSpaces(folded[i]), ".…")
		if runeLen(c) < copyMinRunes || !letterAt(c, -1) || v.titles != nil && v.titles.endsAsTitle(c) {
			continue
		}
		for j, seen := i+1, 0; j < len(folded) && seen < copyWindow; j++ {
			if empty(j) {
				continue
			}
			seen++
			full := stripSpaces(folded[j])
			rest, ok := strings.CutPrefix(full, c)
			if !ok || rest == "" {
				continue
			}
			if letterAt(rest, 0) {
				if out == nil {
					out = make([]bool, len(folded))
				}
				out[i] = true
				break
			}
		}
	}
	return out
}

// headlineCredits marks the lines below the body (after lastProse) that
// open with another line of the page said again in square brackets — the
// story's headline — and go on with a credit or a byline alone, as creditAlone
// tells (【某某开展植树活动】(某某网编辑某某), 【某某活动】美编:某某): the
// platform's signature under the story it carried. The headline in
// brackets opening a paragraph is the report's (round 15); here nothing of
// the report follows it.
func headlineCredits(folded []string, lastProse int, empty func(int) bool, v *furnitureVocab, pats []Pattern) []bool {
	if lastProse < 0 {
		return nil // no body: nothing is below it
	}
	var out []bool
	for i := lastProse + 1; i < len(folded); i++ {
		if empty(i) {
			continue
		}
		f, closer := strings.TrimSpace(folded[i]), "】"
		inner, ok := strings.CutPrefix(f, "【")
		if !ok {
			inner, ok = strings.CutPrefix(f, "[")
			closer = "]"
		}
		head, rest, closed := strings.Cut(inner, closer)
		head, rest = stripSpaces(head), strings.TrimSpace(rest)
		if !ok || !closed || head == "" || rest == "" || !creditAlone(rest, v, pats) {
			continue
		}
		for j := range folded {
			if j != i && !empty(j) && stripSpaces(folded[j]) == head {
				if out == nil {
					out = make([]bool, len(folded))
				}
				out[i] = true
				break
			}
		}
	}
	return out
}

// pageTags returns the index of the page's tags, or -1: its last line,
// right under the body's last paragraph (or taken into it), two to
// maxTagParts short phrases between commas with no other clause mark, at
// least two of which the text above says word for word (某某小学,植树活动,
// 某某小学 under a report naming both): the keywords a site's template
// prints under each story. A report's last words cut off before their
// full stop do not repeat its phrases so.
func pageTags(folded []string, firstProse, lastProse int, empty func(int) bool) int {
	last := nonEmptyBefore(len(folded), empty)
	if firstProse < 0 || last <= firstProse {
		return -1
	}
	// The non-empty line above it: the body's last.
	if above := nonEmptyBefore(last, empty); last > lastProse && above != lastProse {
		return -1
	}
	parts := strings.FieldsFunc(strings.TrimSpace(folded[last]), func(r rune) bool { return r == ',' || r == '，' })
	if len(parts) < 2 || len(parts) > maxTagParts {
		return -1
	}
	text := stripSpaces(strings.Join(folded[firstProse:last], ""))
	said := 0
	for _, p := range parts {
		p = stripSpaces(p)
		if n := runeLen(p); n < 2 || n > maxTagRunes || strings.ContainsAny(p, tagBreaks) || strings.IndexFunc(p, isHan) < 0 {
			return -1
		}
		if strings.Contains(text, p) {
			said++
		}
	}
	if said < 2 {
		return -1
	}
	return last
}

// nonEmptyBefore returns the index of the last non-empty line before line
// i, or -1.
func nonEmptyBefore(i int, empty func(int) bool) int {
	i--
	for i >= 0 && empty(i) {
		i--
	}
	return i
}

// maxTagParts and maxTagRunes bound a page's tags (pageTags): phrases,
// and runes a phrase; tagBreaks are the marks no tag holds.
const (
	maxTagParts = 4
	maxTagRunes = 16
	tagBreaks   = "。！？!?；;：:、()（）【】[]"
)

// letterAt reports whether the first (at 0) or the last (at -1) rune of s
// is a letter or a Han character: a word goes on there.
func letterAt(s string, at int) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if at < 0 {
		r, _ = utf8.DecodeLastRuneInString(s)
	}
	return r != utf8.RuneError && (isHan(r) || unicode.IsLetter(r))
}

// tailWidgetRunes is the longest line tailWidget takes.
const tailWidgetRunes = 30

// anyDateExpr finds a date as anyone writes it in figures (2024.1.5,
// 2024-01-05, 5/1/2024): a line after the body holding one may be the
// report's sign-off.
var anyDateExpr = regexp.MustCompile(`\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`)

// tailWidget: after the body's last paragraph, a short line without a Han
// character or a date — a map widget's words (Baidu, map), a forum
// archive's pager ([1]), a software's credit (Powered by Discuz! X3.4):
// the page's, since a Chinese report signs off in Chinese or with a date.
// A single letter stays: a template's placeholder (X) opening a line cut
// off.
type tailWidget struct{}

func (tailWidget) Judge(l lineView) string {
	f := l.folded
	if l.zone != zoneTail || l.runes() > tailWidgetRunes || l.runes() < 2 || strings.IndexFunc(f, isHan) >= 0 ||
		strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 || anyDateExpr.MatchString(f) {
		return ""
	}
	return "widget"
}

// tailNumber: below the body, a number alone on its line (one to three
// digits) that ends the page or stands over furniture: a pager's page, a
// gallery's picture number, a counter whose label went with the layout.
// tailWidget takes such a number of two digits or more anywhere below the
// body; a single digit goes only so, at the page's end or over the
// site's lines, where the report no longer goes on.
type tailNumber struct{}

func (tailNumber) Judge(l lineView) string {
	if l.zone != zoneTail || !l.atPageEnd && !l.beforeFurniture || l.runes() > 3 || !digitsOnly(l.folded) {
		return ""
	}
	return "page"
}

// galleryNumbers marks, anywhere on the page, the numbers a gallery
// prints alone where its pictures stand between the paragraphs (1, then a
// caption, 2, 3, then a paragraph): two or more lines of one to three
// digits, their numbers rising in the page's order, and each two in a row
// either side by side or apart by a line longer than a table's cell
// (galleryGapRunes). A number alone once is the report's own (a section's
// number over its heading), and so are the numbers of a table printed a
// cell to a line (1 / 张三 / 2 / 李四), which short cells keep apart.
func galleryNumbers(folded []string) []bool {
	var at []int // the lines that are a number alone
	last := 0    // the number of the last of them
	for i, f := range folded {
		if f = strings.TrimSpace(f); len(f) > 3 || !digitsOnly(f) {
			continue
		}
		n, _ := strconv.Atoi(f)
		if len(at) > 0 && (n <= last || !galleryGap(folded[at[len(at)-1]+1:i])) {
			return nil
		}
		at, last = append(at, i), n
	}
	if len(at) < 2 {
		return nil
	}
	out := make([]bool, len(folded))
	for _, i := range at {
		out[i] = true
	}
	return out
}

// galleryGapRunes is the fewest runes of a line that keeps two of a
// gallery's numbers apart: longer than a table's cell.
const galleryGapRunes = 12

// galleryGap reports whether the lines between two numbers alone let them
// be a gallery's: none but empty ones, or one longer than a cell.
func galleryGap(between []string) bool {
	gap := true
	for _, l := range between {
		n := runeLen(strings.TrimSpace(l))
		if n >= galleryGapRunes {
			return true
		}
		gap = gap && n == 0
	}
	return gap
}

// sloganPartRunes is the longest phrase of a motto between middle dots.
const sloganPartRunes = 12

// dotSlogan: outside the body, a site's name and its motto, or a motto's
// phrases, between middle dots (某某网 · 某某人员都在用的资料库, 捐款支持 ‧
// 与青少年同行): two to four short phrases of Han characters, none ending
// as a title does (活动回顾 · …). Before the body, where a headline of two
// phrases may stand (情暖重阳·爱在社区), one phrase must name a site
// ([sites] of dict/title.txt); after it, where the report signs off
// (某某社区 · 某某服务队), none may name an organisation.
type dotSlogan struct{ v *furnitureVocab }

func (j dotSlogan) Judge(l lineView) string {
	if l.zone == zoneBody || j.v.titles == nil || !strings.ContainsAny(l.folded, "·‧•・") {
		return ""
	}
	parts := strings.FieldsFunc(l.folded, func(r rune) bool { return strings.ContainsRune("·‧•・", r) })
	if len(parts) < 2 || len(parts) > 4 {
		return ""
	}
	site := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		n := runeLen(p)
		if n < 2 || n > sloganPartRunes || strings.IndexFunc(p, func(r rune) bool { return !isHan(r) && !unicode.IsSpace(r) }) >= 0 ||
			j.v.titles.endsAsTitle(p) {
			return ""
		}
		site = site || hasSuffixAny(p, j.v.titles.sites)
		if l.zone == zoneTail && slices.ContainsFunc(j.v.titles.orgs, func(o string) bool { return strings.Contains(p, o) }) {
			return ""
		}
	}
	if l.zone == zoneHead && !site {
		return ""
	}
	return "slogan"
}

// arrowRunes are the arrows a page frames its own notices with.
const arrowRunes = "↓↑←→⇩⇧⬇⬆▼▲"

// arrowFramed: a short line that opens and closes with an arrow, brackets
// aside (↓↓↓ 某某写作帮：总结不会写？ ↓↓↓, (↓ 廣告 ↓)): the page pointing at
// an advertisement or a widget, wherever it stands; an author does not
// frame a sentence so.
type arrowFramed struct{}

func (arrowFramed) Judge(l lineView) string {
	if l.runes() > maxPromptRunes+10 {
		return ""
	}
	f := strings.TrimFunc(l.folded, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("()（）【】[]", r) })
	first, _ := utf8.DecodeRuneInString(f)
	last, _ := utf8.DecodeLastRuneInString(f)
	if len(f) > 0 && strings.ContainsRune(arrowRunes, first) && strings.ContainsRune(arrowRunes, last) && strings.TrimFunc(f, func(r rune) bool { return strings.ContainsRune(arrowRunes, r) }) != "" {
		return "widget"
	}
	return ""
}

// maxOrnamentedRunes is the most letters a column's label framed by
// ornaments holds.
const maxOrnamentedRunes = 8

// ornamentFramed: above the body, a short label of letters between two of
// the same ornament, any mark or symbol (—分享—, 🎙会讯活动🎙, - 精品推荐 -):
// the page's column or button, set off as no headline or lead is.
type ornamentFramed struct{}

func (ornamentFramed) Judge(l lineView) string {
	if l.zone != zoneHead {
		return ""
	}
	f := strings.TrimSpace(l.folded)
	first, n := utf8.DecodeRuneInString(f)
	last, m := utf8.DecodeLastRuneInString(f)
	if n == len(f) || first != last || !unicode.IsPunct(first) && !unicode.IsSymbol(first) {
		return ""
	}
	inner := strings.TrimSpace(f[n : len(f)-m])
	if inner == "" || runeLen(inner) > maxOrnamentedRunes || strings.IndexFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsSpace(r) }) >= 0 {
		return ""
	}
	return "decoration"
}

// afterSignoff marks the readers' lines under a report signed off with a
// date: after the body's last paragraph, once a line holds only a date
// (the author's 2024年1月7日 under the signature), a short line no judge
// knows that holds a clause or a sentence (名额满得好快，下次早点抢, a
// signature's motto) is a reader's comment or the poster's signature, not
// the report's, which ended with its date.
func afterSignoff(folded []string, lastProse int, empty, known func(int) bool, v *furnitureVocab) []bool {
	if lastProse < 0 {
		return nil
	}
	var out []bool
	signed := false
	for i := lastProse + 1; i < len(folded); i++ {
		if empty(i) {
			continue
		}
		f := strings.TrimSpace(folded[i])
		switch {
		case !signed:
			signed = !known(i) && headDateExpr.MatchString(f)
		case !known(i) && runeLen(f) <= v.shortRunes && containsAnyRune(f, sentenceEnds+"，,"):
			if out == nil {
				out = make([]bool, len(folded))
			}
			out[i] = true
		}
	}
	return out
}
