package batch

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/segment"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// corpusRecords are the records of corpus/ and the ingest dev set.
func corpusRecords(t *testing.T) []extract.Record {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, glob := range []string{"../../corpus/*", "../../testdata/ingest/*.txt", "../../testdata/ingest/*.html"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	res := pipeline.Run(files, pipeline.Options{Jobs: 2, Segmenter: seg, Extractor: extract.New(), Fingerprints: true})
	if len(res.Records) < 20 {
		t.Fatalf("only %d records", len(res.Records))
	}
	return res.Records
}

// The checkpoint's records are read back with the v2 decoder: what it
// gives must be what encoding/json gives, on every record of corpus/ and
// the ingest dev set as the checkpoint writes them.
func TestDecodeRecordAgreesWithEncodingJSON(t *testing.T) {
	res := pipeline.Result{Records: corpusRecords(t)}
	var buf bytes.Buffer
	enc := export.NewRecordEncoder(&buf)
	for i := range res.Records {
		buf.Reset()
		if err := enc.Encode(&res.Records[i]); err != nil {
			t.Fatal(err)
		}
		var want, got extract.Record
		if err := json.Unmarshal(buf.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		if err := decodeRecord(buf.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v", res.Records[i].Source, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decodeRecord differs from encoding/json", res.Records[i].Source)
		}
	}
}

// The workbook's sheets written after the run read the records back from
// the end spool: they must be what the whole records give, with reposts
// counted again (every record of corpus/ and the ingest dev set, and a
// copy of the first few under another name) and kept.
func TestEndRecordWritesTheSameWorkbook(t *testing.T) {
	recs := corpusRecords(t)
	for i := range 3 {
		again := recs[i]
		again.Source += ".copy"
		recs = append(recs, again)
	}
	var fps pipeline.Fingerprints
	defer fps.Close()
	ends, err := newEndSpool()
	if err != nil {
		t.Fatal(err)
	}
	defer ends.close()
	for i := range recs {
		if err := fps.Add(&recs[i]); err != nil {
			t.Fatal(err)
		}
		if err := ends.add(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	dups, err := fps.Cluster(dedup.DefaultThreshold)
	if err != nil {
		t.Fatal(err)
	}
	if len(dups.Groups()) == 0 {
		t.Fatal("no reposts found: the recount is not tested")
	}
	for _, keep := range []bool{false, true} {
		about := export.About{Version: "test", Lang: "zh", Duplicates: dups, KeepDuplicates: keep}
		var want, got bytes.Buffer
		if err := export.WriteWorkbook(&want, recs, nil, about); err != nil {
			t.Fatal(err)
		}
		wb, err := export.NewWorkbook(about.Lang, about.Version)
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			if err := wb.Add(&recs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := wb.Write(&got, ends.each, stats.Of(recs), nil, about); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("keep reposts %v: the workbook from the end records differs from the one from whole records", keep)
		}
	}
}

// A record cut short or followed by more bytes is an error, not a record.
func TestDecodeEndRefusesDamagedRecords(t *testing.T) {
	year := 2020
	rec := extract.Record{Source: "a.txt", Title: "社区", Year: &year, Text: "文本",
		Quantities: []extract.Quantity{{Kind: "people", Approx: true}}}
	b := appendEnd(nil, &rec)
	var got extract.Record
	if err := decodeEnd(b, &got); err != nil || got.Source != "a.txt" || *got.Year != 2020 || !got.Quantities[0].Approx {
		t.Fatalf("decodeEnd = %+v, %v", got, err)
	}
	for n := range len(b) {
		if err := decodeEnd(b[:n], &got); err == nil {
			t.Errorf("a record cut at %d of %d bytes was decoded", n, len(b))
		}
	}
	if err := decodeEnd(append(b, 0), &got); err == nil {
		t.Error("a record followed by a byte was decoded")
	}
}
