package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// FuzzWritePage writes pages of arbitrary text with marks at arbitrary
// places: the only script is the page's own, no attribute of the text
// becomes live, and the text is shown whole.
func FuzzWritePage(f *testing.F) {
	f.Add(`<script>alert(1)</script>共有226人参加`, `<img src=x onerror=alert(1)>`, []byte{0, 8, 20, 4})
	f.Add("</span></div><div onclick=x>10户", "</title><script>", []byte{1, 2, 3, 4})
	f.Add("走访慰问困难家庭65户", "", []byte{4, 6, 8, 3})
	f.Fuzz(func(t *testing.T, text, title string, places []byte) {
		n := utf8.RuneCountInString(text)
		rec := extract.Record{Source: title, Title: title, Text: text, Removed: []ingest.Removed{{Kind: title, Text: text}}}
		for i := 0; i+1 < len(places) && n > 0; i += 2 {
			off := int(places[i]) % n
			length := 1 + int(places[i+1])%(n-off)
			word := string([]rune(text)[off : off+length])
			rec.Quantities = append(rec.Quantities, extract.Quantity{Text: word, Offset: off, Object: title, Unit: word})
			rec.Types = append(rec.Types, extract.TypeHit{ID: title, Label: word, Words: []string{word},
				At: []extract.Evidence{{Word: word, Offset: off, Length: length}}})
		}
		p := parse(t, writePage(t, &rec))
		if len(p.scripts) != 1 || p.scripts[0] != mustRead("script.js") {
			t.Fatalf("%d scripts in the page, want only its own", len(p.scripts))
		}
		for _, a := range p.attrs {
			if strings.HasPrefix(a, "on") {
				t.Fatalf("attribute %s became live", a)
			}
		}
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\x00") || strings.TrimSpace(text) == "" {
			return // the HTML parser rewrites these; the checks above still hold
		}
		if !strings.Contains(p.text, text) {
			t.Fatalf("page does not show the text %q whole", text)
		}
		if len(p.marks) != 2*len(rec.Quantities) {
			t.Fatalf("%d marks, want %d", len(p.marks), 2*len(rec.Quantities))
		}
	})
}
