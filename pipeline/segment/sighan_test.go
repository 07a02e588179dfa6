package segment

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// sighanDir is where the SIGHAN 2005 test sets live: beside the repository
// in ../shared/bench/sighan2005, or where ZONGJIE_SIGHAN says. They are
// evaluation data and are never copied into the repository.
func sighanDir() string {
	if d := os.Getenv("ZONGJIE_SIGHAN"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "bench", "sighan2005")
}

func readLines(t testing.TB, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("SIGHAN data not available: %v", err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(strings.TrimPrefix(sc.Text(), "\ufeff"), "\r"))
	}
	return lines
}

// spans gives each word as [start, end) over the line's non-space runes.
func spans(words []string) map[[2]int]bool {
	m := map[[2]int]bool{}
	at := 0
	for _, w := range words {
		n := 0
		for _, r := range w {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		if n > 0 {
			m[[2]int{at, at + n}] = true
			at += n
		}
	}
	return m
}

// scoreSIGHAN segments every test line and returns precision, recall and F1
// of word spans against the gold segmentation.
func scoreSIGHAN(t testing.TB, seg *Segmenter, set string) (p, r, f1 float64) {
	dir := sighanDir()
	test := readLines(t, filepath.Join(dir, set+"_test.utf8"))
	gold := readLines(t, filepath.Join(dir, set+"_test_gold.utf8"))
	if len(test) != len(gold) {
		t.Fatalf("%s: %d test lines but %d gold lines", set, len(test), len(gold))
	}
	var correct, predicted, expected int
	for i, line := range test {
		var words []string
		for _, tok := range seg.CutText(line, fold.ToSimplified(line)) {
			words = append(words, tok.Text)
		}
		got, want := spans(words), spans(strings.Fields(gold[i]))
		for s := range got {
			if want[s] {
				correct++
			}
		}
		predicted += len(got)
		expected += len(want)
	}
	p, r = float64(correct)/float64(predicted), float64(correct)/float64(expected)
	return p, r, 2 * p * r / (p + r)
}

// TestSIGHAN measures segmentation on the SIGHAN 2005 PKU (Simplified) and
// CityU (Traditional) test sets. The floors are a little under what bare gse
// scores (PKU 0.827; CityU 0.809 through a Simplified view), so a change
// that makes segmentation worse fails here.
func TestSIGHAN(t *testing.T) {
	if testing.Short() {
		t.Skip("scores whole test sets")
	}
	seg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		set   string
		floor float64
	}{{"pku", 0.82}, {"cityu", 0.80}} {
		p, r, f1 := scoreSIGHAN(t, seg, tc.set)
		t.Logf("SIGHAN 2005 %s: P %.4f R %.4f F1 %.4f", tc.set, p, r, f1)
		if f1 < tc.floor {
			t.Errorf("%s F1 %.4f is under %.2f", tc.set, f1, tc.floor)
		}
	}
}
