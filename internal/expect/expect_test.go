package expect

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	e, err := Read(write("a.expect", "# kinds: nav\r\nformat: html\nencoding: gb18030\ntitle: (none)\nyear: none\npublished: 2023-01-10\n\nwarn: mojibake\nkeep: 一、基本情况\ndrop: 首页 > 新闻\ndrop: 来源: 某某网\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e.Format != "html" || e.Encoding != "gb18030" || !e.HasTitle || e.Title != "" || !e.HasYear || e.Year != "" ||
		e.Published != "2023-01-10" || !slices.Equal(e.Warns, []string{"mojibake"}) ||
		!slices.Equal(e.Keeps, []string{"一、基本情况"}) || !slices.Equal(e.Drops, []string{"首页 > 新闻", "来源: 某某网"}) {
		t.Errorf("read %+v", e)
	}
	if e, _ := Read(write("b.expect", "title: 社区活动总结\nyear: 2019\n")); e.Title != "社区活动总结" || e.Year != "2019" {
		t.Errorf("title %q year %q", e.Title, e.Year)
	}
	for _, bad := range []string{"titel: x\n", "keep\n"} {
		if _, err := Read(write("c.expect", bad)); err == nil || !strings.Contains(err.Error(), "c.expect:1") {
			t.Errorf("%q: error %v, want one naming c.expect:1", bad, err)
		}
	}
}

func TestPages(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"01.expect": "title: 社區活動總結\n", "01.txt": "", "01.html": "",
		"02.expect": "keep: 一、基本情况\n", "02.docx": "", "02.document.xml": "", "02.json": "",
		"03.expect": "titel: x\n", "03.txt": "",
		"04.expect": "drop: 首页\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages, err := Pages(dir)
	var got []string
	for _, p := range pages {
		got = append(got, p.Name+" "+filepath.Base(p.Input))
	}
	if want := []string{"01 01.txt", "02 02.docx"}; !slices.Equal(got, want) {
		t.Fatalf("pages %q, want %q", got, want)
	}
	if pages[0].Title != "社區活動總結" || !slices.Equal(pages[1].Keeps, []string{"一、基本情况"}) {
		t.Errorf("expectations %+v", pages)
	}
	if err == nil || !strings.Contains(err.Error(), "03.expect:1") || !strings.Contains(err.Error(), "04.expect: no input") {
		t.Errorf("error %v, want one naming 03.expect:1 and 04.expect", err)
	}
	if _, err := Pages(t.TempDir()); err == nil {
		t.Error("a folder without .expect files: no error")
	}
}
