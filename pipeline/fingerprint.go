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

// Duplicates clusters the records of a run by their fingerprints (records
// without one repeat nothing).
func Duplicates(recs []extract.Record, threshold float64) (*dedup.Clusters, error) {
	fps := make([]*dedup.Fingerprint, len(recs))
	for i := range recs {
		if recs[i].Fingerprint == "" {
			continue
		}
		fp, err := dedup.Decode(recs[i].Fingerprint)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", recs[i].Source, err)
		}
		fps[i] = &fp
	}
	return dedup.Cluster(fps, threshold), nil
}
