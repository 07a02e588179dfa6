// Package batch runs a corpus through the pipeline at any size: records
// leave the workers in input order as they are done, are appended to a
// checkpoint (the spool the outputs are written from) and counted into the
// corpus statistics; nothing grows with the corpus but a few numbers per
// file. An interrupted run resumes from its checkpoint.
package batch

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// Result is a finished run: the statistics, the failures in input order,
// the sources of the records in document order, and the checkpoint the
// records are read back from.
type Result struct {
	Corpus   *stats.Corpus
	Failures []pipeline.Failure
	Sources  []string
	// Fingerprints are the records' repost fingerprints, in document order.
	Fingerprints pipeline.Fingerprints
	// Processed and Reused count the files this run processed and those
	// it took from an earlier run's checkpoint.
	Processed, Reused int

	cp    *Checkpoint
	spans []span    // the records, in document order
	ends  *endSpool // what the workbook reads of them after the run
}

type span struct{ offset, length int64 }

// ErrInterrupted is returned (wrapped, with what was done) when the run
// was stopped before every file was done; the checkpoint holds the work.
var ErrInterrupted = errors.New("interrupted")

// Run processes files with the checkpoint cp, reusing what an earlier run
// recorded there. Each record, of this run or an earlier one, is given to
// each (when not nil) in document order as soon as it and all before it are
// done: an output can be written while the run goes on. When ctx is
// cancelled, the files in progress finish, the checkpoint is flushed and
// closed, and the error wraps ErrInterrupted.
func Run(ctx context.Context, files []string, opt pipeline.Options, cp *Checkpoint, each func(*extract.Record) error) (*Result, error) {
	ends, err := newEndSpool()
	if err != nil {
		cp.Close()
		return nil, err
	}
	res := &Result{Corpus: stats.New(), cp: cp, ends: ends}
	// The entries of files taken from the checkpoint, from the dispatcher
	// (skip) to the emitter; only those not yet emitted are held.
	var mu sync.Mutex
	earlier := map[int]entry{}
	skip := func(i int) bool {
		e, ok := cp.done(files[i])
		if ok {
			mu.Lock()
			earlier[i] = e
			mu.Unlock()
		}
		return ok
	}
	err = pipeline.Stream(ctx, files, opt, skip, func(o pipeline.Outcome) error {
		var e entry
		rec, fail := o.Record, o.Failure
		if o.Skipped {
			mu.Lock()
			e = earlier[o.Index]
			delete(earlier, o.Index)
			mu.Unlock()
			fail = e.Failure
			if fail == nil {
				var err error
				if rec, err = cp.record(e); err != nil {
					return err
				}
			}
			res.Reused++
		} else {
			var err error
			if e, err = cp.add(o.Path, o.Content, rec, fail); err != nil {
				return err
			}
			res.Processed++
		}
		if fail != nil {
			res.Failures = append(res.Failures, *fail)
			return nil
		}
		if err := res.Fingerprints.Add(rec); err != nil {
			return err
		}
		res.Corpus.Add(rec)
		if err := res.ends.add(rec); err != nil {
			return fmt.Errorf("keeping the records for the workbook: %w", err)
		}
		if each != nil {
			if err := each(rec); err != nil {
				return err
			}
		}
		res.Sources = append(res.Sources, rec.Source)
		res.spans = append(res.spans, span{e.Offset, e.Length})
		return nil
	})
	if ferr := cp.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		cp.Close()
		res.Fingerprints.Close()
		res.ends.close()
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return res, fmt.Errorf("%w: %d of %d files done (%d in this run), kept in %s", ErrInterrupted,
				res.Processed+res.Reused, len(files), res.Processed, cp.Dir())
		}
		return res, err
	}
	return res, nil
}

// Records reads the records back from the checkpoint, in document order.
func (r *Result) Records() export.Records {
	return func(each func(*extract.Record) error) error { return r.readInOrder(decodeRecord, each) }
}

// EndRecords gives the records, in document order, with only what the
// workbook reads of them after the run (see endSpool): for
// export.Workbook.Write.
func (r *Result) EndRecords() export.Records { return r.ends.each }

// WriteJSONL copies the records, in document order, as JSON Lines; gzip
// compressed when gz.
func (r *Result) WriteJSONL(w io.Writer, gz bool) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var out io.Writer = bw
	var zw *gzip.Writer
	if gz {
		zw = gzip.NewWriter(bw)
		out = zw
	}
	for _, s := range r.spans {
		if _, err := io.Copy(out, io.NewSectionReader(r.cp.records, s.offset, s.length)); err != nil {
			return err
		}
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Done removes the checkpoint and the fingerprints' file: call it once
// the outputs are written.
func (r *Result) Done() error {
	r.ends.close()
	ferr := r.Fingerprints.Close()
	if err := r.cp.Remove(); err != nil {
		return err
	}
	return ferr
}

// Keep closes the checkpoint and leaves it for a later --resume.
func (r *Result) Keep() error {
	r.ends.close()
	r.Fingerprints.Close()
	return r.cp.Close()
}

// IsGzip says whether a JSONL path names a gzip-compressed file.
func IsGzip(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".gz") }
