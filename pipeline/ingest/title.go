package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// articleTitleWords are the words that make a heading an article title
// in our genre (…活动总结, …工作报告, …项目小结) rather than the name of a
// site, an organisation or a column (○○长者邻舍中心, 最新消息, 内部资料).
var articleTitleWords = newWordSet(strings.Fields("总结 小结 活动 工作 报告 汇报 计划 回顾 纪实 情况 心得 体会 简报 述职 方案 项目 成效 经验"))

// looksLikeArticleTitle reports whether a line, in either script, could be
// a title and names a piece of writing of the genre: short, unpunctuated
// but for exclamation marks, and holding one of articleTitleWords.
func looksLikeArticleTitle(l string) bool {
	return isTitle(withoutExclamations(l)) && articleTitleWords.in(fold.ToSimplified(l))
}

// maxSiteNameRunes is the longest heading still taken for a site or
// organisation name when a heading that looks like an article title is
// there to prefer.
const maxSiteNameRunes = 20

// pageTitle chooses the title of an HTML page from its first <h1>, its
// first <h2> (or <h3> that looks like an article title) and its <title>.
// The <h1> wins, unless it is short and not an article title while
// another candidate is (an organisation's name set as the page's h1, the
// report in an h2). Without an <h1>, the part of the <title> that looks
// most like an article title wins (○○中心 - 最新消息 - 2023年度总结; a
// column's name such as 活动回顾 is none), then an <h2> that does, then
// the first part of the <title>. fromH1 reports whether the title is the
// <h1>.
func pageTitle(h1, h2, tag string) (title string, fromH1 bool) {
	parts := titleParts(tag)
	article, best := "", 0.0
	for _, p := range parts {
		if sc, ok := articleScore(p); ok && (article == "" || sc > best) {
			article, best = p, sc
		}
	}
	_, h2OK := articleScore(h2)
	if h1 != "" {
		if _, ok := articleScore(h1); ok || utf8.RuneCountInString(h1) > maxSiteNameRunes || (article == "" && !h2OK) {
			return h1, true
		}
	}
	switch {
	case h2OK && (article == "" || strings.Contains(h2, article)):
		return h2, false
	case article != "":
		return article, false
	case h2OK:
		return h2, false
	case h1 != "":
		return h1, true
	case len(parts) > 0:
		return parts[0], false
	}
	return "", false
}

// articleScore scores a heading or a part of a <title> that looks like an
// article title, and is not a column's name (活动回顾, 会务活动); ok is
// false for one that is not.
func articleScore(s string) (float64, bool) {
	if !looksLikeArticleTitle(s) {
		return 0, false
	}
	ts, err := defaultTitleScorer()
	if err != nil {
		return 0, true // the dictionary's error is reported by CheckFurniture
	}
	f := fold.ToSimplified(s)
	if ts.namesOnlyGenre(f) {
		return 0, false
	}
	return ts.scoreText(f), true
}

// titleParts splits a <title> at the separators between the article and
// the site's name and columns (总结_某某网, 某某中心 - 最新消息 - 总结,
// 某某中学-高二年级…总结, 总结--某某网, 总结－某某网: hyphens, ASCII or
// full-width, between characters that are not letters or digits, so
// 2016-2017 stays). A title that starts with a
// separator is one part.
func titleParts(t string) []string {
	t = strings.TrimSpace(t)
	if len(t) > maxTitleBytes {
		return []string{t} // no page's title: not split (splitting is quadratic in the parts)
	}
	var parts []string
	for t != "" {
		cut, n := len(t), 0
		for _, sep := range siteSeparators {
			if i := strings.Index(t, sep); i > 0 && i < cut {
				cut, n = i, len(sep)
			}
		}
		if i, w := hyphenSeparator(t); i > 0 && i < cut {
			cut, n = i, w
		}
		if p := strings.TrimSpace(t[:cut]); p != "" {
			parts = append(parts, p)
		}
		if cut == len(t) {
			break
		}
		t = strings.TrimSpace(t[cut+n:])
	}
	return parts
}

// maxTitleBytes is the longest text titleParts splits.
const maxTitleBytes = 1000

// hyphenSeparator finds the first run of hyphens, with the spaces around
// it, with no ASCII letter or digit on either side, and returns its byte
// offset and width, or -1.
func hyphenSeparator(t string) (int, int) {
	for i := 0; i < len(t); i++ {
		if !isHyphenAt(t, i) {
			continue
		}
		j := i
		for j < len(t) && isHyphenAt(t, j) {
			if t[j] == '-' {
				j++
			} else {
				j += len(fullWidthHyphen)
			}
		}
		// Spaces around the run may go with it (新闻中心- 医院新闻).
		a, b := strings.TrimRight(t[:i], " "), strings.TrimLeft(t[j:], " ")
		before, _ := utf8.DecodeLastRuneInString(a)
		after, _ := utf8.DecodeRuneInString(b)
		if a != "" && b != "" && !asciiWordOrSpace(before) && !asciiWordOrSpace(after) {
			return len(a), len(t) - len(b) - len(a)
		}
		i = j
	}
	return -1, 0
}

// fullWidthHyphen separates a <title>'s parts as a hyphen does
// (某某工作总结－某某区人民政府门户网站).
const fullWidthHyphen = "－"

// isHyphenAt reports whether t holds a hyphen, ASCII or full-width, at
// byte i.
func isHyphenAt(t string, i int) bool {
	return t[i] == '-' || strings.HasPrefix(t[i:], fullWidthHyphen)
}

func asciiWordOrSpace(r rune) bool {
	if r >= '０' && r <= 'ｚ' { // full-width digits and letters: ２０２３－２０２４
		r -= '０' - '0'
	}
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r))
}

// titleMark stands in the body of an HTML page, as a line of its own, where
// the page's <h1> title was, so that what the page shows above its title
// can be told from the article once boilerplate is removed. It is a
// noncharacter, which never occurs in interchanged text (any in a page are
// dropped with the link marks).
const titleMark = "\uFDD2"

// headerAboveTitle returns the index of the titleMark line of lines and
// whether the lines above it are a page header: at most maxHeaderLines
// short, unpunctuated lines (a column name such as 政务公开 over the
// 信息公开 table, a site name) that boilerplate removal left above the
// title. The index is -1 when there is no mark.
func headerAboveTitle(lines []string) (int, bool) {
	header, ok := 0, true
	for i, l := range lines {
		switch {
		case l == titleMark:
			return i, ok && header > 0
		case l == "":
		default:
			header++
			ok = ok && header <= maxHeaderLines && isTitle(l)
		}
	}
	return -1, false
}
