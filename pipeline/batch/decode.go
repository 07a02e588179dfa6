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
// of writing the outputs, so it runs on every core, beside each.
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

// endRecord is what the workbook reads of a record after the run: the
// sheets written at the end (Documents, DocumentTypes, Duplicates, by
// export.Workbook.Write) and the statistics counted again without reposts
// (stats.Corpus.Add); the value sheets were written during the run. It
// leaves out the values' texts and sentences, the activities' texts, the
// entities, periods and removed furniture: the v2 decoder skips them
// without making a string. TestEndRecordWritesTheSameWorkbook checks that
// nothing read is left out.
type endRecord struct {
	Source     string   `json:"source"`
	Format     string   `json:"format"`
	Encoding   string   `json:"encoding"`
	Script     string   `json:"script"`
	Title      string   `json:"title"`
	Year       *int     `json:"year"`
	Published  string   `json:"published"`
	Text       string   `json:"text"`
	Warnings   []string `json:"warnings"`
	Tokens     int      `json:"tokens"`
	Quantities []struct {
		Value    *float64 `json:"value"`
		Kind     string   `json:"kind"`
		Approx   bool     `json:"approx"`
		Vague    bool     `json:"vague"`
		Redacted bool     `json:"redacted"`
		RepeatOf *int     `json:"repeat_of"`
	} `json:"quantities"`
	Money []struct {
		Amount *float64 `json:"amount"`
	} `json:"money"`
	Dates      []struct{} `json:"dates"`
	Activities []struct {
		Types []string `json:"types"`
	} `json:"activities"`
	Types     []endTypeHit `json:"types"`
	MainType  string       `json:"main_type"`
	Mentioned []endTypeHit `json:"mentioned"`
	Entities  []struct{}   `json:"entities"`
	Keywords  []struct {
		Word string `json:"word"`
	} `json:"keywords"`
	Terms []extract.Term `json:"terms"`
}

type endTypeHit struct {
	ID    string   `json:"id"`
	Label string   `json:"label"`
	Hits  int      `json:"hits"`
	Words []string `json:"words"`
}

// decodeEnd decodes the endRecord part of a record the checkpoint holds
// into rec (the other fields are left zero; lists keep their length).
func decodeEnd(b []byte, rec *extract.Record) error {
	var e endRecord
	if err := jsonv2.Unmarshal(b, &e); err != nil {
		return err
	}
	*rec = extract.Record{Source: e.Source, Format: e.Format, Encoding: e.Encoding, Script: e.Script,
		Title: e.Title, Year: e.Year, Published: e.Published, Text: e.Text, Warnings: e.Warnings,
		Tokens: e.Tokens, MainType: e.MainType, Terms: e.Terms,
		Quantities: make([]extract.Quantity, len(e.Quantities)), Money: make([]extract.Money, len(e.Money)),
		Dates: make([]extract.Date, len(e.Dates)), Activities: make([]extract.Activity, len(e.Activities)),
		Entities: make([]extract.Entity, len(e.Entities)), Keywords: make([]extract.Keyword, len(e.Keywords)),
		Types: typeHits(e.Types), Mentioned: typeHits(e.Mentioned)}
	for i, q := range e.Quantities {
		rec.Quantities[i] = extract.Quantity{Value: q.Value, Kind: q.Kind, Approx: q.Approx, Vague: q.Vague, Redacted: q.Redacted, RepeatOf: q.RepeatOf}
	}
	for i, m := range e.Money {
		rec.Money[i].Amount = m.Amount
	}
	for i, a := range e.Activities {
		rec.Activities[i].Types = a.Types
	}
	for i, k := range e.Keywords {
		rec.Keywords[i].Word = k.Word
	}
	return nil
}

func typeHits(hits []endTypeHit) []extract.TypeHit {
	if hits == nil {
		return nil
	}
	out := make([]extract.TypeHit, len(hits))
	for i, h := range hits {
		out[i] = extract.TypeHit{ID: h.ID, Label: h.Label, Hits: h.Hits, Words: h.Words}
	}
	return out
}
