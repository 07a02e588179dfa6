package report

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// sampleRecord extracts the record of a corpus file as "zongjie extract"
// does.
func sampleRecord(t testing.TB, name string) extract.Record {
	t.Helper()
	doc, err := ingest.Read(filepath.Join("..", "..", "corpus", name), ingest.Options{MaxBytes: ingest.DefaultMaxBytes})
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.NewFor(nil, doc.Folded)
	if err != nil {
		t.Fatal(err)
	}
	return extract.New().Extract(doc, seg.Cut(doc))
}

// parsed is what a page holds, read back with an HTML parser.
type parsed struct {
	marks   map[string]string // mark id → kind, from the marked text
	titles  map[string]string // mark id → hover text
	details int               // detail lists
	scripts []string          // the text of every script element
	attrs   []string          // every attribute name
	text    string            // all text outside scripts and styles
}

func parse(t *testing.T, page []byte) parsed {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	p := parsed{marks: map[string]string{}, titles: map[string]string{}}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
				p.attrs = append(p.attrs, a.Key)
			}
			switch {
			case n.Data == "script":
				if n.FirstChild != nil {
					p.scripts = append(p.scripts, n.FirstChild.Data)
				} else {
					p.scripts = append(p.scripts, "")
				}
				return
			case n.Data == "style":
				return
			case n.Data == "span" && attr["data-id"] != "":
				p.marks[attr["data-id"]] = strings.TrimPrefix(strings.Fields(attr["class"])[1], "k-")
				p.titles[attr["data-id"]] = attr["title"]
			case n.Data == "dl" && strings.HasPrefix(attr["id"], "detail-"):
				p.details++
			}
		}
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	p.text = text.String()
	return p
}

func writePage(t *testing.T, rec *extract.Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePage(&buf, rec, Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPageShowsHostileTextAsText(t *testing.T) {
	const hostile = `<script>alert("x")</script>`
	text := hostile + "共有<b onmouseover=alert(1)>226人</b>参加"
	v := 226.0
	rec := extract.Record{
		Source:   `a"><img src=x onerror=alert(1)>.txt`,
		Title:    hostile,
		Text:     text,
		Removed:  []ingest.Removed{{Kind: "blurb", Text: hostile}},
		Warnings: []string{hostile},
		Quantities: []extract.Quantity{{Value: &v, Unit: "人", Kind: "people", Object: hostile,
			Text: "226人", Offset: runeLen(text[:strings.Index(text, "226")])}},
		Types: []extract.TypeHit{{ID: "t", Label: hostile, Hits: 1, Words: []string{hostile},
			At: []extract.Evidence{{Word: hostile, Offset: 0, Length: runeLen(hostile)}}}},
	}
	p := parse(t, writePage(t, &rec))
	if len(p.scripts) != 1 || strings.Contains(p.scripts[0], "alert") {
		t.Errorf("scripts in the page: %q, want only the page's own", p.scripts)
	}
	for _, a := range p.attrs {
		if strings.HasPrefix(a, "on") {
			t.Errorf("attribute %s from the document became live", a)
		}
	}
	for _, shown := range []string{text, `a"><img src=x onerror=alert(1)>.txt`, hostile + " · zongjie evidence"} {
		if !strings.Contains(p.text, shown) {
			t.Errorf("page does not show %q as text", shown)
		}
	}
	if p.marks["q1"] != "quantity" || !strings.Contains(p.titles["q1"], "object: "+hostile) {
		t.Errorf("marks %v, titles %q", p.marks, p.titles)
	}
}

func TestPageMarksEveryValueOfTheSample(t *testing.T) {
	rec := sampleRecord(t, "2016-social-work-day-summary.txt")
	page := writePage(t, &rec)
	// Self-contained: nothing to load from anywhere.
	for _, ref := range []string{"src=", "<link", "@import", "url("} {
		if bytes.Contains(page, []byte(ref)) {
			t.Errorf("page refers to another file: %s", ref)
		}
	}
	p := parse(t, page)
	want := map[string]int{
		"quantity": len(rec.Quantities), "money": len(rec.Money), "date": len(rec.Dates),
		"period": len(rec.Periods), "entity": len(rec.Entities),
	}
	for _, h := range slices.Concat(rec.Types, rec.Mentioned) {
		want["activity-type"] += h.Hits
	}
	got := map[string]int{}
	for _, kind := range p.marks {
		got[kind]++
	}
	for kind, n := range want {
		if got[kind] != n {
			t.Errorf("%d %s marks, want %d (the record's values)", got[kind], kind, n)
		}
	}
	if want["activity-type"] == 0 || want["quantity"] != 14 {
		t.Errorf("sample has %v values: the extraction changed, check this test", want)
	}
	if p.details != len(p.marks) {
		t.Errorf("%d detail lists for %d marks", p.details, len(p.marks))
	}
	// The first count of the sample, with what was parsed and its activity.
	var q1 string
	for id, title := range p.titles {
		if strings.Contains(title, "text: 226人") {
			q1 = id
		}
	}
	object := ""
	for _, q := range rec.Quantities {
		if q.Text == "226人" {
			object = q.Object
		}
	}
	if !strings.Contains(object, "報考者") {
		t.Errorf("226人 counts %q, want the 報考者", object)
	}
	for _, line := range []string{"value: 226", "unit: 人", "kind: people", "object: " + object, "activity: 1、為加大對社工的了解及重視程度"} {
		if !strings.Contains(p.titles[q1], line) {
			t.Errorf("mark of 226人 (%s) says %q, missing %q", q1, p.titles[q1], line)
		}
	}
	// Each hit of a coding rule is placed on its word.
	text := []rune(rec.Text)
	for _, h := range slices.Concat(rec.Types, rec.Mentioned) {
		for _, e := range h.At {
			if got := fold.ToSimplified(string(text[e.Offset : e.Offset+e.Length])); !strings.HasPrefix(e.Word, got) {
				t.Errorf("%s hit %q placed on %q", h.ID, e.Word, got)
			}
		}
	}
}

func TestPageName(t *testing.T) {
	tests := []struct {
		id     int
		source string
		want   string
	}{
		{1, "corpus/2016-social-work-day-summary.txt", "0001-2016-social-work-day-summary.html"},
		{12, `C:\docs\社区 总结(1).docx`, "0012-C__docs_社区_总结_1_.html"},
		{3, "-", "0003--.html"}, // standard input
	}
	for _, tt := range tests {
		if got := PageName(tt.id, tt.source); got != tt.want {
			t.Errorf("PageName(%d, %q) = %q, want %q", tt.id, tt.source, got, tt.want)
		}
	}
}

func TestPageChinese(t *testing.T) {
	rec := sampleRecord(t, "2016-social-work-day-summary.txt")
	labels, err := export.NewLabels("zh")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WritePage(&buf, &rec, Options{Index: "index.html", Labels: labels}); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// Every word of the page itself: detail labels, legend, headings, hints.
	var words []string
	var walk func(*html.Node, string)
	walk = func(n *html.Node, in string) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "dt", "legend", "summary", "h2", "a", "p":
				in = n.Data
			case "article", "code", "q", "span", "script", "style", "ul", "dd", "title":
				return // the document's text, data values, type ids, code
			}
		}
		if n.Type == html.TextNode && in != "" && strings.TrimSpace(n.Data) != "" {
			words = append(words, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(root, "")
	if len(words) < 10 {
		t.Fatalf("found only %q", words)
	}
	latin := regexp.MustCompile(`[A-Za-z]{2,}`)
	for _, w := range words {
		for _, m := range latin.FindAllString(w, -1) {
			if m != "ID" && !strings.Contains(rec.Source, m) && !strings.Contains(strings.Join(rec.Warnings, " "), m) {
				t.Errorf("page word %q is not in Chinese", w)
				break
			}
		}
	}
	if !strings.Contains(strings.Join(words, "|"), "数值|") {
		t.Errorf("no detail labelled 数值: %q", words)
	}
}

func BenchmarkWritePage(b *testing.B) {
	rec := sampleRecord(b, "2016-social-work-day-summary.txt")
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WritePage(&buf, &rec, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "page-bytes")
}
