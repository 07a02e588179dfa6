package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// A document site counts the pieces and pages it collects in its own
// headings and notes (工作总结三篇, 活动总结（15篇）, 敬老活动总结范文3篇仅供参考,
// 向本站投稿了20篇…): such a count is the site's furniture, never a count of
// the report's work. Ingest removes the line with kind collection (words in
// dict/furniture.txt [collection_*]), so that extract counts only what the
// report says.

// siteCollection: a line holding a site's count of its collection — a
// heading ending with the count after a collection's word (…工作总结三篇,
// …总结（通用10篇）), a count right after the name of a collection of sample
// documents however the line goes on (…范文3篇仅供参考), or, outside the
// body, a line where the site speaks of its pages with a count (向本站投稿了
// 6篇…, 本文共2页，37.5 KB). A paragraph of the body is never one (共撰写
// 稿件15篇。). Before the body a heading may be the page's title (某某活动
// 总结（精选3篇）): the title rule decides, and withoutCollections takes the
// headings left once the title is chosen.
type siteCollection struct{ v *furnitureVocab }

func (j siteCollection) Judge(l lineView) string {
	f := l.folded
	if !containsAny(f, j.v.collectionUnits) {
		return "" // most lines: no 篇, no 页
	}
	if l.zone == zoneBody && strings.ContainsAny(f, sentenceEnds) {
		return ""
	}
	heading, talk := j.v.collectionCount(f)
	switch {
	case heading && l.zone == zoneHead:
		return "" // maybe the title: withoutCollections decides after it
	case heading, talk && l.zone != zoneBody:
		return "collection"
	}
	return ""
}

// collectionCount reports whether folded line f holds a count of
// [collection_units] that a site's heading of a collection ends with, or
// that follows a word of [collection_site_words] (heading), and whether it
// holds a count and a word of [collection_page_words] (talk).
func (v *furnitureVocab) collectionCount(f string) (heading, talk bool) {
	counted := false
	for _, u := range v.collectionUnits {
		for at := 0; ; {
			i := strings.Index(f[at:], u)
			if i < 0 {
				break
			}
			i += at
			at = i + len(u)
			start := i - numeralsBefore(f[:i])
			if start == i {
				continue // 篇 without a number: 篇一, 上一篇
			}
			counted = true
			k := start
			for k > 0 {
				r, size := utf8.DecodeLastRuneInString(f[:k])
				if r != ' ' && !strings.ContainsRune(v.collectionBrackets, r) {
					break
				}
				k -= size
			}
			if hasSuffixAny(f[:k], v.collectionSiteWords) {
				return true, true // 活动总结范文4篇 fused with the page's next words
			}
			if strings.Trim(f[at:], " "+v.collectionBrackets) == "" && hasSuffixAny(f[:k], v.collectionWords) {
				return true, true // …工作总结三篇, …总结（通用10篇）
			}
		}
	}
	return false, counted && containsAny(strings.ToLower(f), v.collectionPageWords)
}

// collectionNumerals are the digits of a count written in Chinese.
const collectionNumerals = "〇零一二两三四五六七八九十百"

// numeralsBefore is the length in bytes of the run of at most four digits
// or Chinese numerals that ends s.
func numeralsBefore(s string) int {
	n, runes := 0, 0
	for n < len(s) && runes < 4 {
		r, size := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if !isASCIIDigit(r) && !strings.ContainsRune(collectionNumerals, r) {
			break
		}
		n += size
		runes++
	}
	return n
}

// withoutCollections removes, once the title is chosen, the lines before
// the first prose line that are a site's heading of a collection with its
// count (…模板合集八篇 under the title): the line judges spared them as
// possible titles. Line keep (the title's own line, removed by the
// caller) stays; removed lines become empty, so indices keep their
// meaning.
func withoutCollections(lines, folded []string, keep int, fv *furnitureVocab) ([]string, []string, []Removed) {
	var removed []Removed
	for i, f := range folded {
		f = strings.TrimSpace(f)
		if f == "" || lines[i] == titleMark || i == keep {
			continue
		}
		if fv.isProse(f) {
			break
		}
		if !containsAny(f, fv.collectionUnits) || strings.ContainsAny(f, sentenceEnds) {
			continue
		}
		if heading, _ := fv.collectionCount(f); heading {
			lines, folded, removed = removeLine(lines, folded, removed, i, "collection")
		}
	}
	return lines, folded, removed
}

// A document site opens a collection with its own blurb (活动总结是对…。下面
// 是小编整理的…范文。): paragraphs of two sentences or more that speak of
// the genre (a word of [collection_words]), between the collection's title
// and the heading of its first piece, which says the title again, whole or
// cut (the count left off), with the piece's number or not (某某总结 1,
// 某某总结篇一). The blurb is the site's, not the first piece's:
// withoutCollectionBlurb removes it (kind collection) once the title is
// chosen. An introduction of one sentence (三月是学雷锋月，…，下面是几份活动
// 总结。) stays, as one that speaks of the day and not of the writing
// (世界社工日，也称…。每年三月…): the readers of the trial kept them; one
// that counts the site's pieces (某某网提供的某某报告(精选6篇)，…，希望…。)
// is the site's all the same (round 22). The title said again between the
// blurb and the piece's heading (a header's copy) does not part them.

// maxBlurbLines is how many prose lines a collection's blurb may have,
// minBlurbSentences how many sentences each has at least.
const maxBlurbLines, minBlurbSentences = 2, 2

// minPieceHeadingRunes is the shortest piece heading that says the title
// again: a shorter one (总结) names only the genre.
const minPieceHeadingRunes = 6

// withoutCollectionBlurb removes the prose lines right below the title's
// line (title, index keep) when a heading of the title's first piece
// follows them within repeatWindow lines; removed lines become empty.
func withoutCollectionBlurb(lines, folded []string, title string, keep int, fv *furnitureVocab) ([]string, []string, []Removed) {
	if keep < 0 {
		return lines, folded, nil
	}
	tf := fold.ToSimplified(title)
	t := stripSpaces(tf)
	counted, _ := fv.collectionCount(tf)
	var blurb []int
	for _, l := range linesBelow(lines, folded, keep) {
		i, f := l.i, l.folded
		switch {
		case pieceHeading(f, t, counted):
			if len(blurb) == 0 {
				return lines, folded, nil
			}
			var removed []Removed
			for _, k := range blurb {
				lines, folded, removed = removeLine(lines, folded, removed, k, "collection")
			}
			return lines, folded, removed
		case l.stripped == t: // the title again, a header's copy
		case fv.isProse(f):
			siteCount, _ := fv.collectionCount(f)
			if blurb = append(blurb, i); len(blurb) > maxBlurbLines || (len(sentences(f)) < minBlurbSentences && !siteCount) || !containsAny(f, fv.collectionWords) {
				return lines, folded, nil
			}
		case len(blurb) > 0:
			return lines, folded, nil // the blurb goes on into other lines
		}
	}
	return lines, folded, nil
}

// pieceHeading reports whether folded line f is the heading of a piece of
// the collection titled t (folded, without spaces): t or a part of it of
// at least minPieceHeadingRunes, with a piece's number after it, or
// without one under a title with its count (counted). A caption that says
// the headline again has neither.
func pieceHeading(f, t string, counted bool) bool {
	h := strings.TrimRight(stripSpaces(f), "()（）:：.、")
	n := numeralsBefore(h)
	h = strings.TrimSuffix(strings.TrimRight(h[:len(h)-n], "()（）第"), "篇")
	return (n > 0 || counted) && runeLen(h) >= minPieceHeadingRunes && strings.Contains(t, h)
}
