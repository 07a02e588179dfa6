package fold_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"

	"github.com/zongjie/zongjie/internal/testfiles"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/fold/internal/stchars"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// openccFold is the fold as it was written over OpenCC's converter: the
// reference the table-driven fold must equal.
func openccFold(t testing.TB) func(string) string {
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	hasHan := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
	}
	line := func(line string) string {
		if !hasHan(line) {
			return line
		}
		out, err := cc.Convert(line)
		if err == nil && utf8.RuneCountInString(out) == utf8.RuneCountInString(line) {
			return out
		}
		var b strings.Builder
		for _, r := range line {
			c, err := cc.Convert(string(r))
			if err != nil || utf8.RuneCountInString(c) != 1 {
				b.WriteRune(r)
				continue
			}
			b.WriteString(c)
		}
		return b.String()
	}
	return func(s string) string {
		if !hasHan(s) {
			return s
		}
		var b strings.Builder
		for l := range strings.SplitAfterSeq(s, "\n") {
			b.WriteString(line(l))
		}
		return b.String()
	}
}

// TestFoldEqualsOpenCC compares the table-driven fold with OpenCC over
// every entry of OpenCC's Traditional→Simplified tables (alone, in
// context, and run together) and every line of corpus/ and testdata/.
func TestFoldEqualsOpenCC(t *testing.T) {
	ref := openccFold(t)
	check := func(s string) {
		t.Helper()
		if got, want := fold.ToSimplified(s), ref(s); got != want {
			t.Errorf("ToSimplified(%q) = %q, OpenCC gives %q", s, got, want)
		}
	}
	mod, err := stchars.ModuleDir()
	if err != nil {
		t.Skipf("OpenCC dictionary not in the module cache: %v", err)
	}
	dir := filepath.Join(mod, "dictionary")
	var keys []string
	for _, name := range []string{"TSPhrases.txt", "TSCharacters.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			if key, _, ok := strings.Cut(line, "\t"); ok {
				keys = append(keys, key)
			}
		}
	}
	for i, k := range keys {
		check(k)
		check("社區" + k + "發展")
		check(k + keys[(i*7+3)%len(keys)] + keys[(i*13+5)%len(keys)])
	}
	lines := 0
	testfiles.Each(t, "../..", func(path string, data []byte) {
		texts := []string{string(data)}
		if doc, err := ingest.Parse(path, data, ingest.Options{Boilerplate: []ingest.Pattern{}}); err == nil {
			texts = append(texts, doc.Text)
		}
		for _, text := range texts {
			check(text)
			lines += strings.Count(text, "\n") + 1
		}
	})
	t.Logf("%d table entries, %d lines", len(keys), lines)
}

// sampleText is the user's sample as ingest reads it: the text both
// folds are timed on.
func sampleText(b *testing.B) string {
	data, err := os.ReadFile("../../corpus/2016-social-work-day-summary.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := ingest.Parse("x.txt", data, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	return doc.Text
}

func BenchmarkToSimplified(b *testing.B) {
	text := sampleText(b)
	for b.Loop() {
		fold.ToSimplified(text)
	}
}

func BenchmarkOpenCCFold(b *testing.B) {
	ref := openccFold(b)
	text := sampleText(b)
	for b.Loop() {
		ref(text)
	}
}
