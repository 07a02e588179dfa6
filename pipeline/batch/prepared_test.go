package batch

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// The second pass gone on from the spool makes the very document that
// reading the file again makes, with the same content, on every document
// of corpus/ and testdata/ (encodings, HTML pages, .docx, mojibake, pinyin:
// every field of Prepared is exercised); a file the counting pass could not
// read has no entry, and is read again.
func TestPreparedSpoolGivesTheDocumentsOfReading(t *testing.T) {
	files, _, err := pipeline.Collect([]string{"../../corpus", "../../testdata/ingest", "../../testdata/extract"})
	if err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "gone.txt")
	files = append(files, missing)
	s, err := NewPreparedSpool(len(files))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var opt ingest.Options
	counts := pipeline.CountLinesKeeping(files, opt, 2, s.Keep)
	if want := pipeline.CountLines(files, opt, 1); !reflect.DeepEqual(counts, want) {
		t.Fatal("keeping the prepared documents changed the line counts")
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	opt.LineCounts = counts
	kept := 0
	for i, f := range files {
		p, content, ok, err := s.Load(i, f)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if f != missing {
				t.Errorf("%s: no entry", f)
			}
			continue
		}
		kept++
		got, err := p.Finish(opt)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want, err := ingest.Read(f, opt)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the document gone on from the spool differs from the one read:\n got %+v\nwant %+v", f, got, want)
		}
		if want := contentOf(t, f); *content != *want {
			t.Errorf("%s: content %+v, the file's is %+v", f, *content, *want)
		}
	}
	if kept != len(files)-1 {
		t.Errorf("%d entries, want %d", kept, len(files)-1)
	}
	if _, _, ok, _ := s.Load(0, "another path"); ok {
		t.Error("an entry was given for another path")
	}
}

func TestPreparedRoundTrip(t *testing.T) {
	for _, p := range []ingest.Prepared{
		{},
		{Source: "a.html", Format: "html", Encoding: "gb18030", Text: "标题\n正文", Folded: "标题\n正文", Title: "标题",
			TitleFromHeading: true, Warnings: []string{"w1", ""}, RepairWarnings: []string{"r"},
			PageRemoved:   []ingest.Removed{{Kind: "html:links", Text: "首页"}},
			RepairRemoved: []ingest.Removed{{Kind: "pinyin", Text: "shè (1 in all)"}, {Kind: "quote"}}},
		{Source: "raw.txt", Raw: true, Text: "\r\n"},
		{Source: "big5.txt", Encoding: "big5", Text: "社區活動", Folded: "社区活动"}, // the fold written too
	} {
		c := pipeline.Content{Size: 1 << 40, SHA256: "00ff"}
		b := appendPrepared(nil, &p, c)
		got, gotC, err := decodePrepared(b)
		if err != nil {
			t.Fatalf("%+v: %v", p, err)
		}
		if !reflect.DeepEqual(*got, p) || *gotC != c {
			t.Errorf("round trip: got %+v %+v, want %+v %+v", *got, *gotC, p, c)
		}
		for n := range b {
			if _, _, err := decodePrepared(b[:n]); err == nil {
				t.Errorf("%+v cut to %d bytes: no error", p, n)
			}
		}
	}
}
