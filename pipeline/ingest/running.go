package ingest

import (
	"regexp"
	"strings"
)

// KindPage is the kind of the boilerplate patterns that match page-number
// lines (第1页 共3页, - 2 -): besides removing them, they mark the page
// breaks of a paged document copied as text, where running headers and
// footers sit.
const KindPage = "page"

// KindRunning is the kind reported for a running header or footer.
const KindRunning = "running"

const (
	// maxRunningRunes is the longest line taken as a running header or
	// footer: a site slogan or document name, not a paragraph.
	maxRunningRunes = 40
	// pageEdge is how many non-empty lines may stand between a running
	// header or footer and a page break (or the start or end of the text):
	// a page break is often a page number, a disclaimer and the header.
	pageEdge = 2
)

// runningLines marks the running headers and footers of a paged document
// copied as text: a short line without sentence punctuation that comes back
// at every page break (精品文档 欢迎下载 beside every 第N页 共N页). The author
// writes such a line once; the same line at page break after page break is
// the site's or the printer's. A line counts when it occurs at least twice,
// every time at a page edge (at most pageEdge lines from a page-number line
// or from either end of the text) and at least once beside a page number.
//
// What a page with several summaries repeats never counts: numbered
// headings (一、活动目的, 1、…, （一）…, 【篇一】), nor a sign-off beside a date
// line (××社区居委会 above 2022年6月30日), though a summary may end at a page
// break. A line repeated without page numbers is left alone: a title
// repeated after a site blurb, or the unnumbered headings of each summary,
// look the same. When the first line of the text repeats, its first
// occurrence stays: a document title printed as the header of every page
// is still the title. It goes when the line after it is the title, one
// that looks like an article title where the repeated line does not
// (××街道办事处 内部资料 printed above 2023年度平安建设工作总结 and on every
// page): a header, not the title.
func runningLines(lines, folded []string, pats []Pattern) []bool {
	var nonEmpty []int // indices of non-empty lines
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonEmpty = append(nonEmpty, i)
		}
	}
	n := len(nonEmpty)
	page := make([]bool, n) // by non-empty line
	for k, i := range nonEmpty {
		page[k] = isPageNumber(folded[i], pats)
	}
	nearPage := func(k int) bool {
		for d := -pageEdge - 1; d <= pageEdge+1; d++ {
			if j := k + d; d != 0 && j >= 0 && j < n && page[j] {
				return true
			}
		}
		return false
	}
	isDate := func(j int) bool {
		return j >= 0 && j < n && dateLine.MatchString(strings.TrimSpace(lines[nonEmpty[j]]))
	}
	at := map[string][]int{} // candidate line → its non-empty line numbers
	var order []string
	for k, i := range nonEmpty {
		t := strings.TrimSpace(lines[i])
		if page[k] || !runningCandidate(t) || isDate(k-1) || isDate(k+1) {
			continue
		}
		if at[t] == nil {
			order = append(order, t)
		}
		at[t] = append(at[t], k)
	}
	var out []bool
	for _, t := range order {
		ks := at[t]
		if len(ks) < 2 {
			continue
		}
		edges, paged := true, false
		for _, k := range ks {
			edges = edges && (nearPage(k) || k <= pageEdge || k >= n-1-pageEdge)
			paged = paged || nearPage(k)
		}
		if !edges || !paged {
			continue
		}
		if out == nil {
			out = make([]bool, len(lines))
		}
		headerFirst := n > 1 && looksLikeArticleTitle(lines[nonEmpty[1]]) && !looksLikeArticleTitle(t)
		for j, k := range ks {
			if j == 0 && k == 0 && !headerFirst {
				continue // the title, printed as the page header
			}
			out[nonEmpty[k]] = true
		}
	}
	return out
}

// dateLine matches a line that is only a date, as under a sign-off:
// 2022年6月30日, 20××年3月, 二〇二二年六月三十日.
var dateLine = regexp.MustCompile(`^[\d×xX〇零一二三四五六七八九]{2,4}\s*年\s*[\d×xX一二三四五六七八九十]{1,2}\s*月(\s*[\d×xX一二三四五六七八九十]{1,3}\s*[日号])?$`)

// numberedHeading matches the start of a numbered section heading: 一、
// 二．, 1、 2. (3) （四） 第五章 【篇一】 Part 2.
var numberedHeading = regexp.MustCompile(`^\s*([一二三四五六七八九十百]+\s*[、.．]|\d+\s*[、.．)）]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|第\s*[一二三四五六七八九十百\d]+\s*[章节部分篇条款]|【|(?i:part)\s*\d)`)

// runningCandidate reports whether a line may be a running header or
// footer: short, no sentence punctuation, some letters, not a numbered
// heading.
func runningCandidate(l string) bool {
	return !runesOver(l, maxRunningRunes) && isTitle(l) && !numberedHeading.MatchString(l)
}

// isPageNumber reports whether a folded line is a page number: a line
// pattern of kind page matches it whole.
func isPageNumber(folded string, pats []Pattern) bool {
	for _, p := range pats {
		if p.Kind == KindPage && p.Scope == ScopeLine && p.Expr.MatchString(folded) {
			return true
		}
	}
	return false
}
