package pipeline

import (
	"testing"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

const benchDoc = "../corpus/2016-social-work-day-summary.txt"

// BenchmarkProcessSample and BenchmarkFingerprintSample give, side by side,
// the cost of one document through every stage and the part of it that the
// repost fingerprint takes (go test -bench Sample ./pipeline).
func BenchmarkProcessSample(b *testing.B) {
	seg, err := segment.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{Segmenter: seg, Extractor: extract.New(), Fingerprints: true}
	b.ResetTimer()
	for b.Loop() {
		if _, fail := Process(benchDoc, opt); fail != nil {
			b.Fatal(fail.Reason)
		}
	}
}

func BenchmarkFingerprintSample(b *testing.B) {
	doc, err := ingest.Read(benchDoc, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if fingerprint(doc) == "" {
			b.Fatal("no fingerprint")
		}
	}
}
