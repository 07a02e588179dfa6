package pipeline

import (
	"fmt"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// fingerprint is the encoded repost fingerprint of a document: its folded
// body and, on a page holding several summaries, each summary; "" when the
// body is too short to sign.
func fingerprint(doc *ingest.Document) string {
	var sections [][2]int
	for _, s := range extract.Sections(doc) {
		sections = append(sections, [2]int{s.Start, s.End})
	}
	fp, ok := dedup.FingerprintOf(doc.Folded, sections)
	if !ok {
		return ""
	}
	return fp.Encode()
}

// Fingerprints are the repost fingerprints of a run's records, in
// document order (none for a record without one), kept while the records
// stream on: in a temporary file, with a few numbers a document in memory.
// Close removes the file.
type Fingerprints struct{ store dedup.Store }

// Add reads the fingerprint of the next record.
func (f *Fingerprints) Add(rec *extract.Record) error {
	if rec.Fingerprint == "" {
		return f.store.Add(nil)
	}
	fp, err := dedup.Decode(rec.Fingerprint)
	if err != nil {
		return fmt.Errorf("%s: %w", rec.Source, err)
	}
	if err := f.store.Add(&fp); err != nil {
		return fmt.Errorf("keeping the fingerprints: %w", err)
	}
	return nil
}

// Cluster finds the reposts among the records.
func (f *Fingerprints) Cluster(threshold float64) (*dedup.Clusters, error) {
	c, err := f.store.Cluster(threshold)
	if err != nil {
		return nil, fmt.Errorf("reading the fingerprints back: %w", err)
	}
	return c, nil
}

// Close removes the temporary file of the fingerprints.
func (f *Fingerprints) Close() error { return f.store.Close() }
