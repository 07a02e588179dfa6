package batch

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/extract"
)

func TestCheckpointResume(t *testing.T) {
	dir := t.TempDir()
	cpDir := filepath.Join(dir, "out.checkpoint")
	a, b, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt")
	for _, p := range []string{a, b, c} {
		if err := os.WriteFile(p, []byte("社区活动总结 "+p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cp, err := OpenCheckpoint(cpDir, "settings 1", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cp.add(a, contentOf(t, a), &extract.Record{Source: a, Title: "甲"}, nil); err != nil {
		t.Fatal(err)
	}
	// A file that failed before it was read: what it holds now.
	if _, err := cp.add(b, nil, nil, &pipeline.Failure{Source: b, Stage: "ingest", Reason: "broken"}); err != nil {
		t.Fatal(err)
	}
	if err := cp.Close(); err != nil {
		t.Fatal(err)
	}
	// A crash while c was written: half a record, half an index line.
	appendTo(t, filepath.Join(cpDir, recordsName), `{"source":"c","tit`)
	appendTo(t, filepath.Join(cpDir, indexName), `{"path":"`+c+`","size":`)

	if _, err := OpenCheckpoint(cpDir, "settings 1", false); !errors.Is(err, ErrCheckpointExists) {
		t.Errorf("open without resume over a checkpoint: %v, want ErrCheckpointExists", err)
	}
	if _, err := OpenCheckpoint(cpDir, "settings 2", true); err == nil || !strings.Contains(err.Error(), "other settings") {
		t.Errorf("resume with other settings: %v, want a refusal", err)
	}
	cp, err = OpenCheckpoint(cpDir, "settings 1", true)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if cp.Earlier() != 2 {
		t.Fatalf("earlier files = %d, want 2 (the torn entry dropped)", cp.Earlier())
	}
	e, ok := cp.done(a)
	if !ok {
		t.Fatal("a is not done")
	}
	rec, err := cp.record(e)
	if err != nil || rec.Title != "甲" {
		t.Errorf("record of a = %+v, %v", rec, err)
	}
	if e, ok := cp.done(b); !ok || e.Failure == nil || e.Failure.Reason != "broken" {
		t.Errorf("b = %+v, %v; want its failure", e, ok)
	}
	if _, ok := cp.done(c); ok {
		t.Errorf("c, torn, is done")
	}
	// The torn bytes are cut: the next record starts where a's ended.
	// The content is the one the worker read: when the file changed
	// after that, the record is of the older bytes and is redone.
	read := contentOf(t, c)
	if err := os.WriteFile(c, []byte("读过以后改过"), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err = cp.add(c, read, &extract.Record{Source: c}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Size != read.Size || e.SHA256 != read.SHA256 {
		t.Errorf("c's entry = %d %s, want the content read, %d %s", e.Size, e.SHA256, read.Size, read.SHA256)
	}
	if _, ok := cp.done(c); ok {
		t.Errorf("c, changed after it was read, is done")
	}
	if prev, _ := cp.done(a); e.Offset != prev.Offset+prev.Length {
		t.Errorf("c's record at %d, want %d", e.Offset, prev.Offset+prev.Length)
	}
	// A file changed since it was recorded is redone.
	if err := os.WriteFile(a, []byte("改过的文本"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := cp.done(a); ok {
		t.Errorf("a, changed, is done")
	}
}

// contentOf is the content of a file as a worker reads it.
func contentOf(t *testing.T, path string) *pipeline.Content {
	t.Helper()
	size, digest, err := identify(path)
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline.Content{Size: size, SHA256: digest}
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}
