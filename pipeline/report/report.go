// Package report writes the evidence report: a web page per document
// showing its cleaned text with every extracted value marked in place, so a
// reader checks a number by pointing at it; and an index page listing the
// documents. Pages are single files (CSS and a little JavaScript inlined,
// nothing fetched) written with html/template, so text from a document is
// always shown as text, never run.
package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
)

//go:embed page.html index.html style.css script.js
var files embed.FS

// templates name their words with t, which execute binds to the labels of
// the language asked for.
var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"css": func() template.CSS { return template.CSS(mustRead("style.css")) },
	"js":  func() template.JS { return template.JS(mustRead("script.js")) },
	"t":   func(en string) string { return en },
}).ParseFS(files, "page.html", "index.html"))

// execute writes the named template with its words in the language of labels.
func execute(w io.Writer, name string, labels *export.Labels, data any) error {
	t, err := templates.Clone()
	if err != nil {
		return err
	}
	return t.Funcs(template.FuncMap{"t": labels.Name}).ExecuteTemplate(w, name, data)
}

// Options say how a page is written.
type Options struct {
	// Index is the address of the index page a page links back to; "" for
	// a page on its own.
	Index string
	// Labels name the page's words (nil: English); the text is as written.
	Labels *export.Labels
}

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// page is what the page template shows.
type page struct {
	Rec    *extract.Record
	Lang   string // the script of the text, for fonts and screen readers
	Blocks []block
	Marks  []*Mark
	Legend []legendItem
	Index  string // link to the index page, when there is one
}

// block is a run of the text: an activity item (a section with its types)
// or the text between items.
type block struct {
	Activity *extract.Activity
	Nodes    []*Node
}

type legendItem struct {
	Kind, Name string
	Count      int
}

// WritePage writes the report page of one record.
func WritePage(w io.Writer, rec *extract.Record, opt Options) error {
	text := []rune(rec.Text)
	marks := marksOf(rec, opt.Labels)
	p := page{Rec: rec, Lang: langOf(rec.Script), Marks: marks, Index: opt.Index}
	for _, k := range kinds {
		n := 0
		for _, m := range marks {
			if m.Kind == k {
				n++
			}
		}
		p.Legend = append(p.Legend, legendItem{k, opt.Labels.Name(kindNames[k]), n})
	}
	at := 0
	for i := range rec.Activities {
		a := &rec.Activities[i]
		start := min(max(a.Offset, at), len(text))
		end := min(max(a.Offset+runeLen(a.Text), start), len(text))
		p.addText(text, at, start)
		p.Blocks = append(p.Blocks, block{Activity: a, Nodes: nest(text, start, end, marks)})
		at = end
	}
	p.addText(text, at, len(text))
	return execute(w, "page.html", opt.Labels, p)
}

// addText adds the text between activity items, unless it is only white
// space between two sections.
func (p *page) addText(text []rune, from, to int) {
	if strings.TrimSpace(string(text[from:to])) != "" {
		p.Blocks = append(p.Blocks, block{Nodes: nest(text, from, to, p.Marks)})
	}
}

func langOf(script string) string {
	if script == "traditional" {
		return "zh-Hant"
	}
	return "zh-Hans"
}

// PageName is the file name of document id's page: its number and the
// base name of its source, with anything but letters, digits, - and _
// replaced, so the name is safe in any file system and URL.
func PageName(id int, source string) string {
	base := strings.TrimSuffix(filepath.Base(source), filepath.Ext(source))
	base = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, base)
	if runeLen(base) > 60 {
		base = string([]rune(base)[:60])
	}
	return fmt.Sprintf("%04d-%s.html", id, base)
}

// Index is what the index page lists: the Documents table (header and
// cells as text), the page of each row, and the files that failed.
type Index struct {
	Header   []string
	Rows     [][]string
	Pages    []string // Pages[i] is the page of Rows[i]
	LinkCol  int      // the column whose cell links to the row's page
	Failures [][3]string
}

// WriteIndex writes the index page, its words in the language of labels.
func WriteIndex(w io.Writer, ix Index, labels *export.Labels) error {
	return execute(w, "index.html", labels, ix)
}
