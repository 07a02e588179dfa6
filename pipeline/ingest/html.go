package ingest

import (
	"regexp"
	"strings"

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
	title   string // from the first <h1> of the content, else <title>
	body    string
	removed []Removed // page furniture dropped by the extractor
}

// extractHTML keeps the main text of an HTML document: page furniture is
// dropped, block elements become lines, entities are decoded by the parser.
func extractHTML(src string) htmlPage {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // html.Parse only fails on reader errors
		return htmlPage{body: src}
	}
	var x extractor
	x.walk(root, false)
	title := strings.TrimSpace(x.h1)
	if title == "" {
		title = cutSiteName(strings.TrimSpace(collapseSpace(x.title)))
	}
	// Blank lines in HTML come from markup layout, not from the author.
	var lines []string
	for l := range strings.SplitSeq(x.b.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return htmlPage{title: title, body: strings.Join(lines, "\n"), removed: x.removed}
}

type extractor struct {
	removed  []Removed // furniture dropped, with the reason
	b        strings.Builder
	title    string // text of <title>
	h1       string // text of the first <h1> in the content
	seenH1   bool
	inH1     bool
	h1Buffer strings.Builder
}

func (x *extractor) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		t := n.Data
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
		if n.DataAtom == atom.H1 && !x.seenH1 && !x.inH1 {
			x.seenH1 = true
			x.inH1 = true
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				x.walk(c, pre)
			}
			x.inH1 = false
			x.h1 = collapseSpace(x.h1Buffer.String())
			x.b.WriteString("\n")
			return
		}
		pre = pre || n.DataAtom == atom.Pre || n.DataAtom == atom.Textarea
		block := blockElements[n.DataAtom]
		if block {
			x.newline()
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			x.write(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			x.walk(c, pre)
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
	if codeElements[n.DataAtom] {
		return
	}
	text := strings.TrimSpace(collapseSpace(blockText(n)))
	if text == "" {
		return
	}
	mark := furnitureMark(n)
	if mark == "" {
		mark = n.Data
	}
	x.removed = append(x.removed, Removed{Kind: "html:" + mark, Text: text})
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

// siteSeparators end the article part of a <title>: 总结_某某网,
// 总结 - 某某网, 总结|某某网.
var siteSeparators = []string{"_", " - ", " – ", " — ", "|", "｜", " -- "}

func cutSiteName(t string) string {
	cut := len(t)
	for _, sep := range siteSeparators {
		if i := strings.Index(t, sep); i > 0 && i < cut {
			cut = i
		}
	}
	return strings.TrimSpace(t[:cut])
}

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
