// Package testdocs makes the documents the tests of more than one stage
// read: a short document from lines, and the documents of corpus/ and of
// the dev set. Only tests import it.
package testdocs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// Lines makes a document of lines, each one paragraph and one sentence.
func Lines(lines ...string) *ingest.Document {
	text := strings.Join(lines, "\n")
	doc := &ingest.Document{Text: text, Folded: fold.ToSimplified(text)}
	at := 0
	for _, l := range lines {
		n := len([]rune(l))
		doc.Paragraphs = append(doc.Paragraphs, ingest.Span{Start: at, End: at + n})
		doc.Sentences = append(doc.Sentences, ingest.Span{Start: at, End: at + n})
		at += n + 1
	}
	return doc
}

// CorpusAndDevset reads the documents of corpus/ and testdata/extract
// under root (the repository, relative to the test's folder), keyed by
// path; it fails when fewer than 20 of them read.
func CorpusAndDevset(t testing.TB, root string) map[string]*ingest.Document {
	t.Helper()
	docs := map[string]*ingest.Document{}
	for _, glob := range []string{"corpus/*", "testdata/extract/*.txt"} {
		paths, _ := filepath.Glob(filepath.Join(root, glob))
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if doc, err := ingest.Parse(path, data, ingest.Options{}); err == nil {
				docs[path] = doc
			}
		}
	}
	if len(docs) < 20 {
		t.Fatalf("only %d documents", len(docs))
	}
	return docs
}
