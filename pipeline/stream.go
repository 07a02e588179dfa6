package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// Outcome is what became of one file of a run.
type Outcome struct {
	Index   int // position in the files given
	Path    string
	Record  *extract.Record // nil when the file failed or was skipped
	Failure *Failure
	// Content is what the file held when it was processed; nil when it
	// was not read (see process).
	Content *Content
	// Skipped is set for a file the caller asked not to process (it has
	// it already, from a checkpoint).
	Skipped bool
}

// aheadPerWorker bounds how far the workers may run ahead of the oldest
// file not yet emitted: a slow file holds back at most this many finished
// records per worker, so memory stays flat.
const aheadPerWorker = 4

// Stream processes files with a bounded pool of workers and gives each
// outcome to emit in input order, as soon as the file and all before it are
// done; records leave as they are emitted. skip, when not nil, names the
// files not to process: they are emitted with Skipped set. Progress, when
// set, is called for every file, skipped or not, before emit.
//
// When ctx is cancelled no new file is started; the files in progress
// finish and are emitted when all before them were, and Stream returns
// ctx.Err(). An error from emit stops the run the same way and is returned.
func Stream(ctx context.Context, files []string, opt Options, skip func(i int) bool, emit func(Outcome) error) error {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, max(len(files), 1))
	run, stop := context.WithCancel(ctx)
	defer stop()
	slots := make(chan struct{}, aheadPerWorker*jobs)
	work := make(chan int)
	results := make(chan Outcome, cap(slots))
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				rec, content, fail := process(i, files[i], opt)
				results <- Outcome{Index: i, Path: files[i], Record: rec, Failure: fail, Content: content}
			}
		}()
	}
	go func() {
		defer func() {
			close(work)
			wg.Wait()
			close(results)
		}()
		for i := range files {
			select {
			case slots <- struct{}{}:
			case <-run.Done():
				return
			}
			if skip != nil && skip(i) {
				results <- Outcome{Index: i, Path: files[i], Skipped: true}
				continue
			}
			select {
			case work <- i:
			case <-run.Done():
				return
			}
		}
	}()

	pending := map[int]Outcome{}
	next := 0
	var err error
	ready := opt.Ready == nil
	for o := range results {
		if err != nil {
			continue // drain: the workers finish their files
		}
		if !ready {
			ready = true
			if err = opt.Ready(); err != nil {
				stop()
				continue
			}
		}
		pending[o.Index] = o
		for err == nil {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if opt.Progress != nil {
				opt.Progress(p.Path)
			}
			if err = emit(p); err != nil {
				stop()
			}
		}
	}
	if err != nil {
		return err
	}
	if next < len(files) {
		return ctx.Err()
	}
	return nil
}
