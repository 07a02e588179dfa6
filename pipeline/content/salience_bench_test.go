package content_test

import (
	"testing"

	"github.com/zongjie/zongjie/pipeline/content"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// sampleTypes segments the sample document and codes its items, as
// Extract does.
func sampleTypes(b *testing.B) (doc *ingest.Document, rules *content.Rules, toks []segment.Token, items []content.Item) {
	doc, err := ingest.Read("../../corpus/2016-social-work-day-summary.txt", ingest.Options{})
	if err != nil {
		b.Skip("sample not found:", err)
	}
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	toks = seg.Cut(doc)
	x := extract.New()
	return doc, x.Rules, toks, extract.Items(x.Extract(doc, toks).Activities)
}

// BenchmarkAboutSample splits the sample's coded types into about and
// mentioned: the cost the salience adds to coding.
func BenchmarkAboutSample(b *testing.B) {
	doc, rules, toks, items := sampleTypes(b)
	coded := rules.Code(toks)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		rules.About(coded, doc.Title, doc.Text, items)
	}
}

// BenchmarkTypesSample codes the sample document and splits its types
// into about and mentioned, as Extract does.
func BenchmarkTypesSample(b *testing.B) {
	doc, rules, toks, items := sampleTypes(b)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		rules.About(rules.Code(toks), doc.Title, doc.Text, items)
	}
}
