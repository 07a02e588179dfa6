package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestBatchHTMLReport(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "report")
	_, stderr, err := run(t, "", "batch", "../../corpus/2016-social-work-day-summary.txt", "../../corpus/2020-volunteer-news.html",
		"-o", filepath.Join(dir, "stats.xlsx"), "--html", html)
	if err != nil {
		t.Fatalf("batch --html: %v\n%s", err, stderr)
	}
	index := mustRead(t, filepath.Join(html, "index.html"))
	links := regexp.MustCompile(`<a href="([^"]+)">([^<]+)</a>`).FindAllStringSubmatch(index, -1)
	want := [][2]string{
		{"0001-2016-social-work-day-summary.html", "../../corpus/2016-social-work-day-summary.txt"},
		{"0002-2020-volunteer-news.html", "../../corpus/2020-volunteer-news.html"},
	}
	if len(links) != len(want) {
		t.Fatalf("index links %q, want %q", links, want)
	}
	for i, l := range links {
		if l[1] != want[i][0] || l[2] != want[i][1] {
			t.Errorf("index row %d links %q to %q, want %q", i+1, l[2], l[1], want[i])
		}
		page := mustRead(t, filepath.Join(html, l[1]))
		if !strings.Contains(page, `<a href="index.html">`) || !strings.Contains(page, `class="m k-quantity"`) {
			t.Errorf("%s: no link back to the index or no marked quantity", l[1])
		}
	}
	if !strings.Contains(stderr, filepath.Join(html, "index.html")) {
		t.Errorf("the report is not among the outputs named: %s", stderr)
	}
}

func TestExtractHTML(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.html")
	if _, stderr, err := run(t, "", "extract", "../../corpus/2016-social-work-day-summary.txt", "--format", "html", "-o", out); err != nil {
		t.Fatalf("extract --format html: %v\n%s", err, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if page := string(b); !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, "<h1>2016年社工日活動總結</h1>") || strings.Contains(page, "index.html") {
		t.Errorf("page is not a stand-alone report of the sample:\n%.300s", page)
	}
}
