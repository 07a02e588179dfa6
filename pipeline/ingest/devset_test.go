package ingest

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/internal/expect"
)

// devsetDir holds the ingest development set: documents written for it
// (never web text) and, beside each, NAME.expect listing what a human keeps
// and drops. See testdata/ingest/README.md.
const devsetDir = "../../testdata/ingest"

// heldoutDirs match the folders of pages written later, blind to the code
// and the patterns, each by someone who saw only the README and two
// examples (heldout, heldout2, …): figures on them say how ingest does on
// pages it was not tuned on.
const heldoutDirs = devsetDir + "/heldout*"

// heldoutDropFloors holds, for the held-out folders whose misses were
// worked on, the share of boilerplate that must stay dropped, set a little
// below the figures reached then (heldout 236/236, heldout2 272/272,
// heldout3 190/190, heldout4 221/233, heldout5 324/335; heldout6 368/384
// in round 7; heldout8 408/419 in round 9), so that a change that loses
// ground there fails; every body
// line of those folders must stay kept. Folders not listed are
// measurements only.
var heldoutDropFloors = map[string]float64{
	"heldout":  98.0,
	"heldout2": 97.0,
	"heldout3": 98.0,
	"heldout4": 93.0,
	"heldout5": 96.0,
	"heldout6": 95.0,
	"heldout8": 96.0,
}

// heldoutFloors holds, for the held-out folders that lose a body line or a
// title (so have no place in heldoutDropFloors) and for the blind folder,
// the titles right, body lines kept and boilerplate dropped below which
// the test fails. heldout7 and heldout9 are training sets, at their
// figures after round 10 (heldout9, blind on the merged code of round 9:
// titles 7/12, kept 159/160, dropped 274/299 = 91.6%, was tuned on in
// round 10; heldout7, blind on round 7's code: 11/12, 170/177, 91.46%, in
// round 8); heldout8 (8/12, 162/163, 85.4% blind on round 8's code) keeps
// every line now and is in heldoutDropFloors. heldout10 is blind, written
// in round 10: on main e5c5ddb before the round titles 9/12, kept 153/155,
// dropped 394/442 (89.1%); on its merged code 10/12, 153/155, 407/442
// (92.1%), its floors. Round 11 raised heldout9 to 10/12 and 160/160 and
// heldout10 to 11/12 and 154/155 (a headline run on into a first
// sentence that opens with a date: both training now). heldout11 is blind,
// written in round 11: titles 9/12, kept 166/168, dropped 268/290 (92.4%)
// both on main 856f892 before the round and on its merged code, its floors.
// heldout12 is blind, written in round 12: on main c68575d before the
// round titles 11/12, kept 161/163, dropped 294/323 (91.0%); on its merged
// code 11/12, 161/163, 295/323 (91.3%), its floors.
var heldoutFloors = map[string]struct {
	titles, keeps int
	dropped       float64
}{
	"heldout7":  {12, 175, 97.5},
	"heldout9":  {10, 160, 97.0},
	"heldout10": {11, 154, 92.0},
	"heldout11": {9, 166, 92.4},
	"heldout12": {11, 161, 91.3},
}

// devsetInputs reads the annotated pages of dir; a page it cannot use is
// reported through miss and left out.
func devsetInputs(dir string, miss func(string, ...any)) []expect.Page {
	pages, err := expect.Pages(dir)
	if err != nil {
		miss("%v", err)
	}
	return pages
}

// devsetScore counts, for one document, the expected body lines found as
// lines of the text and the expected boilerplate absent from text and title.
type devsetScore struct {
	keepOK, keeps, dropOK, drops int
	titles                       int // documents whose title is right (totals only)
	misses                       []string
}

func scoreLines(text, title string, e expect.File) devsetScore {
	s := devsetScore{keeps: len(e.Keeps), drops: len(e.Drops)}
	lines := strings.Split(text, "\n")
	for _, k := range e.Keeps {
		if slices.Contains(lines, k) {
			s.keepOK++
		} else {
			s.misses = append(s.misses, "lost body line: "+k)
		}
	}
	for _, d := range e.Drops {
		if !strings.Contains(text, d) && !strings.Contains(title, d) {
			s.dropOK++
		} else {
			s.misses = append(s.misses, "kept boilerplate: "+d)
		}
	}
	return s
}

// TestDevset runs ingest over the development set and reports, per
// document and in all, body lines kept and boilerplate dropped. Run it with
// -v to see the figures. Every miss fails: the set is what ingest is tuned on.
func TestDevset(t *testing.T) {
	docs, _ := scoreDevset(t, devsetDir, t.Errorf)
	if docs < 20 {
		t.Errorf("development set has %d documents, want at least 20", docs)
	}
}

// TestHeldout reports the same figures on each held-out folder, as a
// subtest named after it (-run 'TestHeldout/^heldout$' scores one). Misses
// are logged, not failures: the figures are the measurement. The folders
// in heldoutDropFloors have floors: all their body lines kept, and their
// floor's percentage of boilerplate dropped.
func TestHeldout(t *testing.T) {
	matches, err := filepath.Glob(heldoutDirs)
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && fi.IsDir() {
			dirs = append(dirs, m)
		}
	}
	slices.Sort(dirs)
	if len(dirs) == 0 {
		t.Fatalf("no held-out folder matches %s", heldoutDirs)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			docs, total := scoreDevset(t, dir, t.Logf)
			if b, ok := heldoutFloors[filepath.Base(dir)]; ok &&
				(total.titles < b.titles || total.keepOK < b.keeps || pct(total.dropOK, total.drops) < b.dropped) {
				t.Errorf("%s: titles %d, body lines kept %d, boilerplate dropped %.1f%%: below the floors %d, %d, %.1f%%",
					dir, total.titles, total.keepOK, pct(total.dropOK, total.drops), b.titles, b.keeps, b.dropped)
			}
			floor, ok := heldoutDropFloors[filepath.Base(dir)]
			if !ok {
				return
			}
			if docs == 0 || total.keepOK != total.keeps {
				t.Errorf("%s: %d documents, body lines kept %d/%d, want all", dir, docs, total.keepOK, total.keeps)
			}
			if got := pct(total.dropOK, total.drops); got < floor {
				t.Errorf("%s: boilerplate dropped %.1f%%, below the floor of %.1f%%", dir, got, floor)
			}
		})
	}
}

// scoreDevset runs ingest over the documents of dir, reports each miss
// through miss, logs the figures and returns the number of documents read
// and the totals.
func scoreDevset(t *testing.T, dir string, miss func(string, ...any)) (int, devsetScore) {
	var total devsetScore
	docs, titles, formats, warns := 0, 0, 0, 0
	for _, e := range devsetInputs(dir, miss) {
		name := filepath.Base(e.Input)
		doc, err := Read(e.Input, Options{})
		if err != nil {
			miss("%s: %v", name, err)
			continue
		}
		docs++
		if doc.Format == e.Format && doc.Encoding == e.Encoding {
			formats++
		} else {
			miss("%s: format %s encoding %s, want %s %s", name, doc.Format, doc.Encoding, e.Format, e.Encoding)
		}
		if !e.HasTitle || doc.Title == e.Title {
			titles++
		} else {
			miss("%s: title %q, want %q", name, doc.Title, e.Title)
		}
		warned := true
		for _, w := range e.Warns {
			if !slices.ContainsFunc(doc.Warnings, func(got string) bool { return strings.Contains(got, w) }) {
				miss("%s: no warning with %q in %q", name, w, doc.Warnings)
				warned = false
			}
		}
		if warned {
			warns++
		}
		s := scoreLines(doc.Text, doc.Title, e.File)
		for _, m := range s.misses {
			miss("%s: %s", name, m)
		}
		t.Logf("%-36s keep %2d/%-2d drop %2d/%-2d", name, s.keepOK, s.keeps, s.dropOK, s.drops)
		total.keepOK += s.keepOK
		total.keeps += s.keeps
		total.dropOK += s.dropOK
		total.drops += s.drops
	}
	total.titles = titles
	t.Logf("%s: documents %d: format+encoding right %d, title right %d, warnings right %d", dir, docs, formats, titles, warns)
	t.Logf("body lines kept %d/%d (%.1f%%), boilerplate dropped %d/%d (%.1f%%)",
		total.keepOK, total.keeps, pct(total.keepOK, total.keeps), total.dropOK, total.drops, pct(total.dropOK, total.drops))
	return docs, total
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// TestWriteDevsetDocx rebuilds the .docx inputs of the development set from
// their NAME.document.xml sources. It runs only when asked:
//
//	ZONGJIE_WRITE_DEVSET=1 go test ./pipeline/ingest -run TestWriteDevsetDocx
func TestWriteDevsetDocx(t *testing.T) {
	if os.Getenv("ZONGJIE_WRITE_DEVSET") == "" {
		t.Skip("set ZONGJIE_WRITE_DEVSET=1 to rebuild the .docx files of the development set")
	}
	for src, dst := range map[string]string{
		"20-docx-table.document.xml":  "20-docx-table.docx",
		"21-docx-as-doc.document.xml": "21-docx-as-doc.doc",
	} {
		xml, err := os.ReadFile(filepath.Join(devsetDir, src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(devsetDir, dst), buildDocx(t, xml), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// buildDocx packs document XML into the smallest zip Word opens.
func buildDocx(t testing.TB, documentXML []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", string(documentXML)},
	} {
		hdr := &zip.FileHeader{Name: f.name, Method: zip.Deflate}
		hdr.Modified = hdr.Modified.UTC() // a fixed time keeps the bytes reproducible
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
