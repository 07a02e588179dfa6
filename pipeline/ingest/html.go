package ingest

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements that never hold the main text of a page.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Iframe: true, atom.Select: true, atom.Button: true,
	atom.Svg: true, atom.Object: true,
}

// Words in a class or id that mark page furniture rather than content,
// wherever they occur in it (top-nav, sharebox).
var droppedClassWords = []string{"nav", "menu", "footer", "sidebar", "share", "comment", "breadcrumb", "crumb", "pinglun", "daohang", "copyright"}

// Class or id tokens (split at - _ and spaces) that mark furniture only as
// whole words: "top" drops id="top" but not class="stop-list".
var droppedClassTokens = map[string]bool{
	"top": true, "topbar": true, "header": true, "hd": true, "head": true, "foot": true, "ft": true,
	"bottom": true, "position": true, "location": true, "login": true, "search": true,
	"toolbar": true, "ad": true, "ads": true, "advert": true, "banner": true, "recommend": true,
	"related": true, "xgwz": true, "tags": true, "feedback": true, "reply": true,
	"prevnext": true, "qrcode": true, "qr": true,
}

// Elements that start a new line.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Center: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Body: true,
}

// htmlPage is the main text of a page, as lines, and its title.
type htmlPage struct {
	title   string // from the first <h1> or <h2> of the content or <title>: see pageTitle
	body    string
	removed []Removed // page furniture dropped by the extractor
	// titleAt is the number of body lines above the <h1> the title came
	// from, or -1 when the title is not an <h1> of the content.
	titleAt int
}

// extractHTML keeps the main text of an HTML document: page furniture is
// dropped, block elements become lines, entities are decoded by the parser.
func extractHTML(src string) htmlPage {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // html.Parse only fails on reader errors
		return htmlPage{body: src}
	}
	var x extractor
	if post := firstForumPost(root); post != nil {
		x.walkForumPost(root, post)
	} else {
		x.walk(root, false)
	}
	// A page without an <h2> may set its article's title in an <h3>.
	title, fromH1 := pageTitle(strings.TrimSpace(x.h1), cmp.Or(x.h2, x.h3), collapseSpace(x.title))
	// Blank lines in HTML come from markup layout, not from the author.
	var lines []string
	titleAt := -1
	for _, l := range markedLines(x.b.String()) {
		if l.text = strings.TrimSpace(l.text); l.text == "" {
			continue
		}
		if l.text == titleMark {
			if fromH1 && titleAt < 0 {
				titleAt = len(lines)
			}
			continue
		}
		if l.isNavigation() {
			x.removed = append(x.removed, Removed{Kind: "html:links", Text: l.text})
			continue
		}
		lines = append(lines, l.text)
	}
	return htmlPage{title: title, body: strings.Join(lines, "\n"), removed: x.removed, titleAt: titleAt}
}

// Link text is written between these two noncharacters, which never occur
// in interchanged text (any in the input are dropped), so that the link
// density of every line can be measured once the page is flat.
const (
	linkStart = '\uFDD0'
	linkEnd   = '\uFDD1'
)

// markedLine is one line of the flattened page with the letters and digits
// it holds, in all and inside links.
type markedLine struct {
	text           string
	letters, links int
}

// markedLines splits the flattened page into lines, removing the link
// marks and counting the letters inside them. A link may span lines.
func markedLines(s string) []markedLine {
	var out []markedLine
	var b strings.Builder
	var cur markedLine
	inLink := false
	for _, r := range s {
		switch {
		case r == linkStart:
			inLink = true
		case r == linkEnd:
			inLink = false
		case r == '\n':
			cur.text = b.String()
			out = append(out, cur)
			cur = markedLine{}
			b.Reset()
		default:
			b.WriteRune(r)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				cur.letters++
				if inLink {
					cur.links++
				}
			}
		}
	}
	cur.text = b.String()
	return append(out, cur)
}

// maxLinkDensity is the share of a line's letters inside links above which
// the line is navigation (a menu bar, a list of article titles, 【打印】【关闭】
// widgets, 上一篇：<a>…</a>), not body text, which links a word or two at most.
const maxLinkDensity = 0.7

// isNavigation reports whether the line is mostly link text. A line of
// several sentences is body text even when a link wraps it.
func (l markedLine) isNavigation() bool {
	if l.letters == 0 || float64(l.links) <= maxLinkDensity*float64(l.letters) {
		return false
	}
	ends := 0
	for _, r := range l.text {
		if sentenceEndRunes.has(r) {
			ends++
		}
	}
	return ends < 2
}

// stripLinkMarks drops the link marks, and the title mark, from s.
func stripLinkMarks(s string) string {
	if !strings.ContainsAny(s, string([]rune{linkStart, linkEnd})+titleMark) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == linkStart || r == linkEnd || string(r) == titleMark {
			return -1
		}
		return r
	}, s)
}

// Forum software marks the text of each post with a numbered id (Discuz!
// postmessage_123, vBulletin post_message_123) or a fixed one for the
// opening post (phpwind read_tpc).
var forumPostID = regexp.MustCompile(`^(postmessage|post_message|post-message)_?\d+$|^read_tpc$`)

// firstForumPost returns the element holding the text of the first post of
// a forum thread, or nil when the page is not a thread.
func firstForumPost(n *html.Node) *html.Node {
	if n.Type == html.ElementNode {
		for _, a := range n.Attr {
			if a.Key == "id" && forumPostID.MatchString(a.Val) {
				return n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if p := firstForumPost(c); p != nil {
			return p
		}
	}
	return nil
}

// walkForumPost keeps only the text of post, the opening post of a forum
// thread: a summary reposted on a forum is the opening post, and the rest
// of the page is forum furniture (poster details, 楼主/发表于 lines, the
// signature, replies such as 沙发 and 板凳, the reply box). The first <h1>
// still gives the title.
func (x *extractor) walkForumPost(n, post *html.Node) {
	switch {
	case n == post:
		x.walk(n, false)
	case n.Type == html.ElementNode && n.DataAtom == atom.Head:
		x.walk(n, false)
	case contains(n, post):
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			x.walkForumPost(c, post)
		}
	default:
		if h1 := firstElement(n, atom.H1); h1 != nil && !x.seenH1 {
			x.seenH1 = true
			x.h1 = strings.TrimSpace(collapseSpace(textOf(h1)))
		}
		if n.Type == html.TextNode {
			if t := strings.TrimSpace(collapseSpace(n.Data)); t != "" {
				x.removed = append(x.removed, Removed{Kind: "html:forum", Text: t})
			}
			return
		}
		x.droppedAs(n, "html:forum")
	}
}

// hasAttr reports whether n has the attribute key. Only an <a> with an
// href is a link: Word's exported HTML wraps headings in <a name=_Toc…>.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// contains reports whether d is n or one of its descendants.
func contains(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

// firstElement returns the first element of kind a in the tree under n
// (n included), or nil.
func firstElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e := firstElement(c, a); e != nil {
			return e
		}
	}
	return nil
}

type extractor struct {
	removed  []Removed // furniture dropped, with the reason
	b        strings.Builder
	title    string // text of <title>
	h1       string // text of the first <h1> in the content
	h2       string // text of the first <h2> in the content
	h3       string // text of the first <h3> that looks like an article title
	seenH1   bool
	inH1     bool
	h1Buffer strings.Builder
}

func (x *extractor) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		t := stripLinkMarks(n.Data)
		if !pre {
			t = collapseSpace(t)
		}
		if x.inH1 {
			x.h1Buffer.WriteString(t)
		} else {
			x.b.WriteString(t)
		}
		return
	case html.ElementNode:
		if n.DataAtom == atom.Title && x.title == "" {
			x.title = textOf(n)
			return
		}
		if n.DataAtom == atom.Head {
			// Only the title is wanted from the head.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				x.walk(c, pre)
			}
			return
		}
		if droppedElements[n.DataAtom] || isFurniture(n) {
			x.dropped(n)
			return
		}
		if (n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && teaser(n) {
			x.droppedAs(n, "html:teaser") // another page's heading, its link follows
			return
		}
		if n.DataAtom == atom.H1 && !x.seenH1 && !x.inH1 {
			x.seenH1 = true
			x.inH1 = true
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				x.walk(c, pre)
			}
			x.inH1 = false
			x.h1 = collapseSpace(stripLinkMarks(x.h1Buffer.String()))
			x.b.WriteString("\n" + titleMark + "\n")
			return
		}
		if n.DataAtom == atom.H2 && x.h2 == "" && !x.inH1 {
			x.h2 = strings.TrimSpace(collapseSpace(textOf(n)))
		}
		if n.DataAtom == atom.H3 && x.h3 == "" && !x.inH1 {
			if h := strings.TrimSpace(collapseSpace(textOf(n))); looksLikeArticleTitle(h) {
				x.h3 = h
			}
		}
		pre = pre || n.DataAtom == atom.Pre || n.DataAtom == atom.Textarea
		block := blockElements[n.DataAtom]
		if block {
			x.newline()
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			x.write(" ")
		}
		link := n.DataAtom == atom.A && hasAttr(n, "href")
		if link {
			x.write(string(linkStart))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			x.walk(c, pre)
		}
		if link {
			x.write(string(linkEnd))
		}
		if block {
			x.newline()
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c, pre)
	}
}

func (x *extractor) write(s string) {
	if x.inH1 {
		x.h1Buffer.WriteString(s)
	} else {
		x.b.WriteString(s)
	}
}

func (x *extractor) newline() {
	if x.inH1 {
		x.h1Buffer.WriteString(" ")
		return
	}
	x.b.WriteString("\n")
}

// isFurniture reports whether an element's class or id names navigation,
// menus, footers, sidebars, sharing or comment blocks.
func isFurniture(n *html.Node) bool {
	return furnitureMark(n) != ""
}

// furnitureMark returns the class or id word that marks n as furniture,
// or "".
func furnitureMark(n *html.Node) string {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return "" // a page-wide class must not drop the whole page
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range droppedClassWords {
			if strings.Contains(v, w) {
				return w
			}
		}
		for _, tok := range strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '\t' }) {
			if droppedClassTokens[tok] {
				return tok
			}
		}
	}
	return ""
}

// Elements dropped as code or controls, not reported as removed text.
var codeElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Object: true, atom.Iframe: true, atom.Select: true,
}

// dropped records the text of a furniture element for Document.Removed,
// its kind naming the element or the class word that marked it.
func (x *extractor) dropped(n *html.Node) {
	mark := furnitureMark(n)
	if mark == "" {
		mark = n.Data
	}
	x.droppedAs(n, "html:"+mark)
}

// droppedAs records the text of a dropped element under kind.
func (x *extractor) droppedAs(n *html.Node, kind string) {
	if codeElements[n.DataAtom] {
		return
	}
	text := strings.TrimSpace(collapseSpace(blockText(n)))
	if text == "" {
		return
	}
	x.removed = append(x.removed, Removed{Kind: kind, Text: text})
}

// blockText is the text of n with its block elements separated by " / ",
// so a removed menu reads as its items.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if codeElements[n.DataAtom] {
				return
			}
		}
		block := n.Type == html.ElementNode && (blockElements[n.DataAtom] || n.DataAtom == atom.Td)
		if block {
			b.WriteString(" / ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	parts := strings.Split(b.String(), " / ")
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(collapseSpace(p)); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " / ")
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

var htmlSpace = regexp.MustCompile(`[ \t\n\r\f]+`)

// collapseSpace folds runs of HTML white space into one space, as a
// browser renders them; no-break spaces are content and stay.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, " \t\n\r\f") {
		return s
	}
	return htmlSpace.ReplaceAllString(s, " ")
}

// siteSeparators part the article from the site's name and columns in a
// <title>: 总结_某某网, 总结 - 某某网, 总结|某某网.
var siteSeparators = []string{"_", " - ", " – ", " — ", "|", "｜", "丨", " -- "}

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-]+)`)

// metaCharset returns the charset an HTML document declares in its first
// few kilobytes, or "".
func metaCharset(data []byte) string {
	if len(data) > 4096 {
		data = data[:4096]
	}
	if m := metaCharsetRe.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}

// maxReadMoreRunes is the longest text of a "read more" link.
const maxReadMoreRunes = 8

// teaser reports whether a heading is followed, as its next element, by a
// short link alone (<h2>某某活动回顾</h2><a>了解更多 »</a>): the heading
// of a box that points to another page, not the article's title.
func teaser(h *html.Node) bool {
	for n := h.NextSibling; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
			continue
		}
		return n.Type == html.ElementNode && n.DataAtom == atom.A && runeLen(strings.TrimSpace(textOf(n))) <= maxReadMoreRunes
	}
	return false
}
