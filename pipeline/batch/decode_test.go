package batch

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// The checkpoint's records are read back with the v2 decoder: what it
// gives must be what encoding/json gives, on every record of corpus/ and
// the ingest dev set as the checkpoint writes them.
func TestDecodeRecordAgreesWithEncodingJSON(t *testing.T) {
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
