package pipeline

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/segment"
)

var (
	optOnce sync.Once
	testOpt Options
	optErr  error
)

func options(t testing.TB) Options {
	optOnce.Do(func() {
		testOpt.Segmenter, optErr = segment.Default()
		testOpt.Extractor = extract.New()
	})
	if optErr != nil {
		t.Fatal(optErr)
	}
	return testOpt
}

func sampleRecord(t *testing.T) extract.Record {
	rec, fail := Process(filepath.Join("..", "corpus", "2016-social-work-day-summary.txt"), options(t))
	if fail != nil {
		t.Fatalf("%+v", fail)
	}
	return *rec
}

func TestSampleText(t *testing.T) {
	rec := sampleRecord(t)
	if rec.Title != "2016年社工日活動總結" {
		t.Errorf("title = %q", rec.Title)
	}
	if rec.Script != "traditional" || rec.Encoding != "utf-8" || rec.Format != "txt" {
		t.Errorf("script, encoding, format = %q, %q, %q", rec.Script, rec.Encoding, rec.Format)
	}
	if rec.Year == nil || *rec.Year != 2016 {
		t.Errorf("year = %v, want 2016", rec.Year)
	}
	for _, gone := range []string{"(jié)", "(fā)", "小編為大家整理", "相關文章", "施工日記格式", "項目施工日志模板"} {
		if strings.Contains(rec.Text, gone) {
			t.Errorf("text still holds %q", gone)
		}
	}
	for _, kept := range []string{"(IFSW)", "每年三月的第三個星期二是國際社工日", "發展社會工作,創新社會治理", "晨練的老人們"} {
		if !strings.Contains(rec.Text, kept) {
			t.Errorf("text lost %q", kept)
		}
	}
}

func TestSampleQuantities(t *testing.T) {
	rec := sampleRecord(t)
	var got []string
	for _, q := range rec.Quantities {
		if q.Value == nil {
			continue
		}
		s := fmt.Sprintf("%g%s", *q.Value, q.Unit)
		if q.Approx {
			s += "~"
		}
		got = append(got, s)
		runes := []rune(rec.Text)
		if string(runes[q.Offset:q.Offset+len([]rune(q.Text))]) != q.Text {
			t.Errorf("quantity %q at %d does not slice the text", q.Text, q.Offset)
		}
		if !strings.Contains(q.Sentence, q.Text) {
			t.Errorf("quantity %q: sentence %q does not hold it", q.Text, q.Sentence)
		}
	}
	for _, want := range []string{"226人", "5人", "6名", "10个", "10条~", "600份~", "230人~", "65人", "4个", "9名", "16户"} {
		if !slices.Contains(got, want) {
			t.Errorf("quantity %s missing; got %v", want, got)
		}
	}
	for _, not := range []string{"9个", "10000人", "1人", "3人"} {
		if slices.Contains(got, not) {
			t.Errorf("%s is not a quantity; got %v", not, got)
		}
	}
}

func TestSampleMoneyAndDates(t *testing.T) {
	rec := sampleRecord(t)
	if len(rec.Money) != 1 || rec.Money[0].Amount == nil || *rec.Money[0].Amount != 1000 {
		t.Errorf("money = %+v, want exactly 1000 yuan", rec.Money)
	}
	points := map[string]bool{}
	for _, d := range rec.Dates {
		for _, p := range []*extract.DatePoint{&d.Start, d.End} {
			if p == nil || p.Month == nil || p.Day == nil {
				continue
			}
			if p.Year != nil {
				t.Errorf("date %q has year %d, but the text redacts or omits it", d.Text, *p.Year)
			}
			points[fmt.Sprintf("%02d-%02d", *p.Month, *p.Day)] = true
		}
		if d.Start.Year == nil && (d.InferredYear == nil || *d.InferredYear != 2016) {
			t.Errorf("date %q: inferred year %v, want 2016 from the title", d.Text, d.InferredYear)
		}
	}
	for _, want := range []string{"03-17", "03-26", "03-09"} {
		if !points[want] {
			t.Errorf("date point %s missing; got %v", want, points)
		}
	}
}

func TestSampleActivitiesAndTypes(t *testing.T) {
	rec := sampleRecord(t)
	var headings []string
	for _, a := range rec.Activities {
		headings = append(headings, a.Section+"|"+a.Number+"|"+a.Heading)
	}
	if len(rec.Activities) != 8 {
		t.Fatalf("%d activities, want 8: %q", len(rec.Activities), headings)
	}
	first, last := rec.Activities[0], rec.Activities[7]
	if first.Section != "2016年社工日活動總結一" || first.Number != "1" || !strings.HasPrefix(first.Text, "1、為加大對社工的了解") {
		t.Errorf("first activity = %q / %q / %.20q", first.Section, first.Number, first.Text)
	}
	if last.Section != "2016年社工日活動總結二" || last.Number != "5" || last.Heading != "志愿巡邏,維護社區治安" {
		t.Errorf("last activity = %q / %q / %q", last.Section, last.Number, last.Heading)
	}
	if strings.Contains(rec.Activities[2].Text, "我們在做好國際社工日主題宣傳活動過程中") {
		t.Errorf("the closing remark of summary one was taken into its last item")
	}
	if !slices.Contains(rec.Activities[7].Types, "safety") || !slices.Contains(rec.Activities[4].Types, "environment") {
		t.Errorf("activity types: 5 %v, 8 %v", rec.Activities[4].Types, rec.Activities[7].Types)
	}
	if len(rec.Activities[1].Money) != 1 {
		t.Errorf("activity 2 should hold the 1000 yuan: %+v", rec.Activities[1].Money)
	}
	var types []string // coded: about or mentioned (types_corpus_test.go checks which)
	for _, ty := range slices.Concat(rec.Types, rec.Mentioned) {
		types = append(types, ty.ID)
	}
	for _, want := range []string{"publicity", "visit", "donation", "volunteer", "environment", "elderly", "disability_aid", "safety", "training_exam"} {
		if !slices.Contains(types, want) {
			t.Errorf("type %s missing; got %v", want, types)
		}
	}
}

// A panic in a stage is that file's failure, naming the stage, not the end
// of the batch.
func TestProcessRecoversPanic(t *testing.T) {
	opt := options(t)
	opt.Segmenter = nil // cutting panics
	rec, fail := Process(filepath.Join("..", "corpus", "2016-social-work-day-summary.txt"), opt)
	if rec != nil || fail == nil || fail.Stage != "segment" || !strings.Contains(fail.Reason, "internal error") {
		t.Errorf("Process = %v, %+v; want a segment failure", rec, fail)
	}
	res := Run([]string{filepath.Join("..", "corpus", "no-such-file.txt"), filepath.Join("..", "corpus", "2016-social-work-day-summary.txt")}, options(t))
	if len(res.Records) != 1 || len(res.Failures) != 1 || res.Failures[0].Stage != "ingest" {
		t.Errorf("Run = %d records, failures %+v", len(res.Records), res.Failures)
	}
}
