// Command dedup measures finding reposts at corpus scale: it makes N
// documents from the sentences of corpus/ and testdata/extract/ (each a
// draw of sentences from the whole pool with its digits changed, so each is
// a distinct report, plus planted reposts with a few edits), fingerprints them and clusters them, and
// prints the time of each step per document, the clusters found and the
// heap the clustering needed. Nothing is written to disk.
//
//	go run ./bench/dedup -n 100000
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

func main() {
	n := flag.Int("n", 100000, "documents to make")
	reposts := flag.Float64("reposts", 0.1, "share of the documents that are reposts of another")
	flag.Parse()

	var pool []string // the sentences of every source body, folded
	for _, pattern := range []string{"corpus/*", "testdata/extract/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			doc, err := ingest.Read(f, ingest.Options{})
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			pool = append(pool, strings.SplitAfter(doc.Folded, "。")...)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	docs := make([]string, *n)
	planted := 0
	for i := range docs {
		if i > 0 && rng.Float64() < *reposts {
			// A repost of an earlier document with a few characters edited.
			rs := []rune(docs[rng.IntN(i)])
			for range 3 {
				rs[rng.IntN(len(rs))] = '的'
			}
			docs[i] = string(rs)
			planted++
			continue
		}
		// A distinct report: 8 to 24 sentences drawn from the pool, with
		// their digits changed.
		s := make([]string, 8+rng.IntN(17))
		for k := range s {
			s[k] = pool[rng.IntN(len(pool))]
		}
		docs[i] = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '0' + rune(rng.IntN(10))
			}
			return r
		}, strings.Join(s, ""))
	}
	chars := 0
	for _, d := range docs {
		chars += len([]rune(d))
	}

	start := time.Now()
	fps := make([]*dedup.Fingerprint, len(docs))
	for i, d := range docs {
		if fp, ok := dedup.FingerprintOf(d, nil); ok {
			fps[i] = &fp
		}
	}
	signing := time.Since(start)

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start = time.Now()
	c := dedup.Cluster(fps, dedup.DefaultThreshold)
	clustering := time.Since(start)
	runtime.ReadMemStats(&after)

	found := 0
	for i := range docs {
		if c.IsDuplicate(i) {
			found++
		}
	}
	fmt.Printf("documents            %d (%.0f characters each on average), %d planted reposts\n", len(docs), float64(chars)/float64(len(docs)), planted)
	fmt.Printf("fingerprinting       %.2f s (%.1f µs a document)\n", signing.Seconds(), float64(signing.Microseconds())/float64(len(docs)))
	fmt.Printf("clustering           %.2f s (%.1f µs a document)\n", clustering.Seconds(), float64(clustering.Microseconds())/float64(len(docs)))
	fmt.Printf("allocated clustering %.1f MB (%.0f bytes a document); fingerprints %d bytes a document\n",
		float64(after.TotalAlloc-before.TotalAlloc)/1e6, float64(after.TotalAlloc-before.TotalAlloc)/float64(len(docs)), 4+2*dedup.Hashes)
	fmt.Printf("reposts found        %d in %d clusters\n", found, len(c.Groups()))
}
