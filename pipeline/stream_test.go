package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// streamFiles writes n small documents and lists them in order.
func streamFiles(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var files []string
	for i := range n {
		p := filepath.Join(dir, string(rune('a'+i%26))+string(rune('a'+i/26))+".txt")
		if err := os.WriteFile(p, []byte("社区活动总结\n共服务群众226人，发放材料600余份。"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	return files
}

func TestStreamOrderAndSkip(t *testing.T) {
	files := streamFiles(t, 40)
	files = append(files, filepath.Join(t.TempDir(), "missing.txt"))
	opt := options(t)
	opt.Jobs = 3
	next := 0
	progress := 0
	opt.Progress = func(string) { progress++ }
	err := Stream(context.Background(), files, opt, func(i int) bool { return i%5 == 0 }, func(o Outcome) error {
		if o.Index != next || o.Path != files[next] {
			t.Fatalf("outcome %d (%s) emitted when %d was due", o.Index, o.Path, next)
		}
		next++
		switch {
		case o.Index%5 == 0:
			if !o.Skipped || o.Record != nil || o.Failure != nil {
				t.Errorf("file %d: %+v, want skipped", o.Index, o)
			}
		case o.Index == len(files)-1:
			if o.Failure == nil || o.Failure.Stage != "ingest" || o.Content != nil {
				t.Errorf("missing file: %+v, want an ingest failure and no content", o)
			}
		case o.Record == nil || o.Record.Source != o.Path:
			t.Errorf("file %d: %+v, want its record", o.Index, o)
		default:
			// The content the record was made from, digested by the worker.
			data, err := os.ReadFile(o.Path)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			if want := (Content{int64(len(data)), hex.EncodeToString(sum[:])}); o.Content == nil || *o.Content != want {
				t.Errorf("file %d: content %+v, want %+v", o.Index, o.Content, want)
			}
		}
		return nil
	})
	if err != nil || next != len(files) || progress != len(files) {
		t.Errorf("Stream = %v after %d outcomes, %d progress calls; want nil after %d", err, next, progress, len(files))
	}
}

func TestStreamStops(t *testing.T) {
	files := streamFiles(t, 60)
	opt := options(t)
	opt.Jobs = 2
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emitted := 0
	err := Stream(ctx, files, opt, nil, func(o Outcome) error {
		if o.Index != emitted {
			t.Fatalf("outcome %d emitted when %d was due", o.Index, emitted)
		}
		emitted++
		if emitted == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || emitted < 10 || emitted >= len(files) {
		t.Errorf("cancelled Stream = %v after %d outcomes; want context.Canceled after 10 to %d", err, emitted, len(files)-1)
	}
	stop := errors.New("disk full")
	emitted = 0
	err = Stream(context.Background(), files, opt, nil, func(o Outcome) error {
		emitted++
		if emitted == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || emitted != 5 {
		t.Errorf("Stream = %v after %d outcomes; want the emit error after 5", err, emitted)
	}
}

// A segmenter that is still loading when the workers start: they wait for
// it; when it fails to load, the run stops with that error and no file is
// emitted with it as its failure.
func TestStreamReady(t *testing.T) {
	files := streamFiles(t, 12)
	for _, loadErr := range []error{nil, errors.New("gse dictionary did not load")} {
		opt := options(t)
		opt.Jobs = 2
		seg := opt.Segmenter
		opt.Segmenter = nil
		loading := make(chan struct{})
		loaded := func() (*segment.Segmenter, error) {
			<-loading
			if loadErr != nil {
				return nil, loadErr
			}
			return seg, nil
		}
		opt.SegmenterFor = func(*ingest.Document) (*segment.Segmenter, error) { return loaded() }
		opt.Ready = func() error { _, err := loaded(); return err }
		go func() {
			time.Sleep(50 * time.Millisecond)
			close(loading)
		}()
		var got []Outcome
		err := Stream(context.Background(), files, opt, nil, func(o Outcome) error {
			got = append(got, o)
			return nil
		})
		if loadErr != nil {
			if !errors.Is(err, loadErr) || len(got) != 0 {
				t.Errorf("failed load: Stream = %v after %d outcomes; want the load error and none", err, len(got))
			}
			continue
		}
		if err != nil || len(got) != len(files) {
			t.Fatalf("Stream = %v after %d outcomes; want nil after %d", err, len(got), len(files))
		}
		for _, o := range got {
			if o.Record == nil {
				t.Errorf("file %d: %+v, want its record", o.Index, o.Failure)
			}
		}
	}
}
