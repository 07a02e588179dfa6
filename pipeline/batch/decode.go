package batch

import (
	"runtime"
	"sync"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// decodeRecord decodes a record the checkpoint holds. The checkpoint is
// written by encoding/json (exact field names, valid UTF-8, no duplicate
// names), where the stricter v2 decoder gives the same record in about
// half the time; decoding is the larger part of writing the outputs.
func decodeRecord(b []byte, rec *extract.Record) error {
	return jsonv2.Unmarshal(b, rec)
}

// decodeAhead is how many records may be decoded ahead of the one being
// written.
const decodeAhead = 64

// decoded is one record read back from the checkpoint, or the error.
type decoded struct {
	rec *extract.Record
	err error
}

// readInOrder reads the records at spans back from the checkpoint with
// decode and gives them to each in order. Decoding JSON is the larger part
// of writing the CSV files and the report, so it runs on every core,
// beside each.
func (r *Result) readInOrder(decode func([]byte, *extract.Record) error, each func(*extract.Record) error) error {
	workers := runtime.NumCPU()
	type job struct {
		s   span
		out chan decoded
	}
	jobs := make(chan job)
	queue := make(chan chan decoded, decodeAhead)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rec, err := r.cp.recordWith(entry{Offset: j.s.offset, Length: j.s.length}, decode)
				j.out <- decoded{rec, err}
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		for _, s := range r.spans {
			out := make(chan decoded, 1)
			select {
			case queue <- out:
			case <-done:
				return
			}
			select {
			case jobs <- job{s, out}:
			case <-done:
				return
			}
		}
	}()
	var err error
	for out := range queue {
		d := <-out
		if err = d.err; err == nil {
			err = each(d.rec)
		}
		if err != nil {
			break
		}
	}
	close(done)
	for range queue { // let the feeder see done and stop
	}
	wg.Wait()
	return err
}
