package extract

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// itemLabel matches the number that opens an activity item, on the folded
// line: 1、 1. 1． (1) （1） 一、 (一) （一） 第一， ①.
var itemLabel = regexp.MustCompile(`^\s*(?:` +
	`([0-9]{1,2})\s*[、.．]|` +
	`[(（]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|` +
	`([一二三四五六七八九十]{1,3})\s*[、.．]|` +
	`第([一二三四五六七八九十]{1,3})[，,、:：]|` +
	`([①②③④⑤⑥⑦⑧⑨⑩]))\s*`)

// sectionHeading matches the heading of one summary on a page that holds
// several: 2016年社工日活动总结一, 【篇二】, 范文三, …篇一.
var sectionHeading = newEndFilter(regexp.MustCompile(`^(?:【?(?:篇|范文)[一二三四五六七八九十]{1,2}】?|.{2,40}(?:总结|范文|篇)\s*[一二三四五六七八九十]{1,2}|.{2,40}【篇[一二三四五六七八九十]{1,2}】)$`))

// headingEnd ends an item's heading inside a long first line.
var headingEnd = regexp.MustCompile(`[，,。；;：:！!？?]`)

type item struct {
	section, number, heading string
	style                    int // which form of itemLabel matched
	first, last              int // paragraph indexes, inclusive
}

// FindActivities splits the document into numbered activity items. An item
// runs from its label to the next label or section heading. The last item
// of a run is given at most as many paragraphs as the longest item before
// it, so a closing remark after the list is not taken into the last item.
// A label directly followed by a label of another style is a group
// heading when that other list starts at 1: it names the section of the
// items under it.
func FindActivities(doc *ingest.Document) []Activity {
	return findActivities(doc, []rune(doc.Text), []rune(doc.Folded))
}

// findActivities is FindActivities given the runes of the document's text
// and folded text (Extract has them already).
func findActivities(doc *ingest.Document, text, folded []rune) []Activity {
	var items []item
	section := ""
	runMax := 0 // longest item (in paragraphs) of the current run
	closeRun := func(end int) {
		if len(items) == 0 || items[len(items)-1].last >= 0 {
			return
		}
		it := &items[len(items)-1]
		it.last = end
		if limit := max(runMax, 1); it.last-it.first+1 > limit {
			it.last = it.first + limit - 1
		}
	}
	// A paragraph's folded line is read in place from doc.Folded by byte
	// offsets found walking forward (the paragraphs come in order), not
	// made from its runes; a text with an invalid byte, which the runes
	// hold as U+FFFD, is read through them as before.
	inPlace := utf8.ValidString(doc.Folded) && len(folded) == utf8.RuneCountInString(doc.Folded)
	pos, n := 0, 0 // byte position of rune n of doc.Folded
	foldedLine := func(p ingest.Span) string {
		if !inPlace || p.Start < n || p.Start > p.End || p.End > len(folded) {
			return string(folded[p.Start:p.End])
		}
		for ; n < p.Start && pos < len(doc.Folded); n++ {
			_, size := utf8.DecodeRuneInString(doc.Folded[pos:])
			pos += size
		}
		from := pos
		for ; n < p.End && pos < len(doc.Folded); n++ {
			_, size := utf8.DecodeRuneInString(doc.Folded[pos:])
			pos += size
		}
		return doc.Folded[from:pos]
	}
	for i, p := range doc.Paragraphs {
		line := foldedLine(p)
		if sectionHeading.MatchString(strings.TrimSpace(line)) {
			closeRun(i - 1)
			runMax = 0
			section = string(text[p.Start:p.End])
			continue
		}
		m := itemLabel.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		if n := len(items); n > 0 && items[n-1].last < 0 {
			prev := &items[n-1]
			prev.last = i - 1
			runMax = max(runMax, prev.last-prev.first+1)
		}
		labelRunes := len([]rune(line[:m[1]]))
		rest := strings.TrimSpace(string(text[p.Start+labelRunes : p.End]))
		number, style := labelNumber(line, m)
		items = append(items, item{
			section: section,
			number:  number,
			style:   style,
			heading: itemHeading(rest),
			first:   i,
			last:    -1,
		})
	}
	closeRun(len(doc.Paragraphs) - 1)

	var acts []Activity
	for k, it := range items {
		if k+1 < len(items) && it.first == it.last && items[k+1].first == it.last+1 &&
			it.style != items[k+1].style && (items[k+1].number == "1" || items[k+1].number == "一") {
			// a group heading such as 一、工作开展情况 over 1、 2、 items
			for j := k + 1; j < len(items) && items[j].style == items[k+1].style; j++ {
				items[j].section = it.heading
			}
			continue
		}
		start := doc.Paragraphs[it.first].Start
		end := doc.Paragraphs[it.last].End
		acts = append(acts, Activity{
			Index:   len(acts) + 1,
			Section: it.section,
			Number:  it.number,
			Heading: it.heading,
			Text:    string(text[start:end]),
			Offset:  start,
		})
	}
	return acts
}

// labelNumber returns the number as written and which label form matched,
// the style that tells nested lists apart.
func labelNumber(line string, m []int) (string, int) {
	for g := 1; 2*g+1 < len(m); g++ {
		if m[2*g] >= 0 {
			return line[m[2*g]:m[2*g+1]], g
		}
	}
	return "", 0
}

// itemHeading is the whole first line when it is short, else its first
// clause, or first two when the first is only a few characters (3月底,) and
// the two are short.
func itemHeading(s string) string {
	if utf8.RuneCountInString(s) <= 30 && !strings.ContainsAny(s, "。！？") {
		return strings.TrimRight(s, "。；;：:")
	}
	ends := headingEnd.FindAllStringIndex(s, 2)
	switch {
	case len(ends) == 0:
		return s
	case len(ends) == 2 && utf8.RuneCountInString(s[:ends[0][0]]) < 6 && utf8.RuneCountInString(s[:ends[1][0]]) <= 30:
		return s[:ends[1][0]]
	}
	return s[:ends[0][0]]
}

// Sections returns the spans of the summaries of a page that holds several
// (【篇一】…, …总结二), each from its heading to the next heading or the end
// of the text, and the text before the first heading when the page starts
// with a summary whose heading went with the title (the page's title taken
// from its first summary); nil for a page with fewer than two.
func Sections(doc *ingest.Document) []ingest.Span {
	var starts []int
	pos, n := 0, 0 // byte position of rune n of the folded text
	advance := func(to int) {
		for ; n < to && pos < len(doc.Folded); n++ {
			_, size := utf8.DecodeRuneInString(doc.Folded[pos:])
			pos += size
		}
	}
	for _, p := range doc.Paragraphs {
		// A heading is a short line (sectionHeading allows at most 40
		// characters before its last words): longer ones are not read.
		if p.End-p.Start > 60 {
			continue
		}
		advance(p.Start)
		from := pos
		advance(p.End)
		if sectionHeading.MatchString(strings.TrimSpace(doc.Folded[from:pos])) {
			starts = append(starts, p.Start)
		}
	}
	if len(starts) > 0 && strings.TrimSpace(prefixRunes(doc.Folded, starts[0])) != "" {
		starts = append([]int{0}, starts...)
	}
	if len(starts) < 2 {
		return nil
	}
	advance(math.MaxInt)
	spans := make([]ingest.Span, len(starts))
	for i, s := range starts {
		end := n
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		spans[i] = ingest.Span{Start: s, End: end}
	}
	return spans
}

// prefixRunes is the first n runes of s.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
