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
// document order (nil for a record without one): a fixed number of bytes a
// document, kept while the records stream on.
type Fingerprints []*dedup.Fingerprint

// Add reads the fingerprint of the next record.
func (f *Fingerprints) Add(rec *extract.Record) error {
	if rec.Fingerprint == "" {
		*f = append(*f, nil)
		return nil
	}
	fp, err := dedup.Decode(rec.Fingerprint)
	if err != nil {
		return fmt.Errorf("%s: %w", rec.Source, err)
	}
	*f = append(*f, &fp)
	return nil
}

// Cluster finds the reposts among the records.
func (f Fingerprints) Cluster(threshold float64) *dedup.Clusters {
	return dedup.Cluster(f, threshold)
}
