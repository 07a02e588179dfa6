// Package pipeline runs the stages over many files: it expands the
// command-line arguments into a sorted list of documents, processes them
// with a bounded pool of workers, and returns records in input order with
// every per-file failure captured, so one bad file never aborts a batch.
package pipeline

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Extensions are the file endings a directory walk picks up.
var Extensions = []string{".txt", ".html", ".htm", ".docx"}

// Collect expands paths into the documents to process: a directory gives
// every file below it with a supported extension, in lexical order; a file
// is taken as it is, whatever its extension. Files below a directory with
// another extension are returned as failures ("skipped"), so nothing is
// left out unseen; hidden files and directories (.git, .DS_Store) are not
// walked.
func Collect(paths []string) ([]string, []export.Failure, error) {
	var files []string
	var skipped []export.Failure
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, err
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			for _, e := range Extensions {
				if ext == e {
					files = append(files, path)
					return nil
				}
			}
			skipped = append(skipped, export.Failure{Source: path, Stage: "collect",
				Reason: fmt.Sprintf("skipped: extension %q is not one of %s", ext, strings.Join(Extensions, " "))})
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	sort.SliceStable(skipped, func(i, j int) bool { return skipped[i].Source < skipped[j].Source })
	return files, skipped, nil
}

// Options configure a Run.
type Options struct {
	Jobs      int // workers; 0 means one per CPU
	Ingest    ingest.Options
	Segmenter *segment.Segmenter
	Extractor *extract.Extractor
	// Fingerprints, when set, gives each record the fingerprint that finds
	// reposts (package dedup).
	Fingerprints bool
	// Progress, when set, is called after each file, from one goroutine at a time.
	Progress func(source string)
}

// Result holds the records of the files that went through, in input order,
// and the failures of those that did not, also in input order.
type Result struct {
	Records  []extract.Record
	Failures []export.Failure
}

// Run processes files through ingest, segment and extract.
func Run(files []string, opt Options) Result {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	recs := make([]*extract.Record, len(files))
	fails := make([]*export.Failure, len(files))
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(jobs, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				recs[i], fails[i] = Process(files[i], opt)
				if opt.Progress != nil {
					mu.Lock()
					opt.Progress(files[i])
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	var res Result
	for i := range files {
		if recs[i] != nil {
			res.Records = append(res.Records, *recs[i])
		}
		if fails[i] != nil {
			res.Failures = append(res.Failures, *fails[i])
		}
	}
	return res
}

// Process runs one file through ingest, segment and extract. The failure
// names the stage; a panic in a stage is reported as that file's failure
// rather than the end of the run.
func Process(path string, opt Options) (rec *extract.Record, fail *export.Failure) {
	stage := "ingest"
	defer func() {
		if r := recover(); r != nil {
			rec, fail = nil, &export.Failure{Source: path, Stage: stage, Reason: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	doc, err := ingest.Read(path, opt.Ingest)
	if err != nil {
		return nil, &export.Failure{Source: path, Stage: stage, Reason: err.Error()}
	}
	stage = "segment"
	toks := opt.Segmenter.Cut(doc)
	stage = "extract"
	r := opt.Extractor.Extract(doc, toks)
	if opt.Fingerprints {
		stage = "fingerprint"
		r.Fingerprint = fingerprint(doc)
	}
	return &r, nil
}
