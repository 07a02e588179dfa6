package segment

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// sameAsSegment fails unless cutLine cuts each line of text into the words
// gse's own Segment gives: the same bytes, the same dictionary token (or a
// character cut alone, untagged, with frequency 1, where gse makes one up).
// It fails too when gse's Token no longer has the unexported fields
// cutLine and weigh read: they would fall back to gse's own Segment and
// CalcToken, still right but slower, and the comparison would compare
// Segment with itself.
func sameAsSegment(t testing.TB, s *Segmenter, text string) {
	t.Helper()
	if _, ok := tokenFields(); !ok {
		t.Fatal("gse.Token has no text []gse.Text or no float32 distance field: cutLine and weigh fall back to gse")
	}
	sc := new(cutScratch)
	for line := range strings.SplitAfterSeq(text, "\n") {
		want := s.gse.Segment([]byte(line))
		got := s.cutLine(sc, line)
		if len(got) != len(want) {
			t.Fatalf("%.60q: %d words, gse's Segment %d", line, len(got), len(want))
		}
		for i, w := range got {
			sg := want[i]
			same := w.start == sg.Start() && w.end == sg.End() && w.pos() == sg.Token().Pos() && w.freq() == sg.Token().Freq()
			if w.tok != nil {
				same = same && w.tok == sg.Token()
			}
			if !same {
				t.Fatalf("%.60q: word %d: %q %v at %d–%d, gse's Segment %q %v at %d–%d", line, i,
					line[w.start:w.end], w.tok, w.start, w.end, line[sg.Start():sg.End()], sg.Token(), sg.Start(), sg.End())
			}
		}
	}
}

func TestCutLineIsSegment(t *testing.T) {
	full := fullTextLoad(t)
	user, err := New(userWords)
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string{}, trickyTexts...)
	for _, text := range corpusTexts(t) {
		texts = append(texts, text, fold.ToSimplified(text))
	}
	// Upper-case letters and digits in runs of every kind, around words of
	// both scripts and the user's words.
	texts = append(texts, "YJBYS社工日yjbys红沙沟小学ABC12,3D打印4S店", "社區工作者ＡＢＣ abc-DEF_9 ÀB 社区")
	for _, text := range texts {
		sameAsSegment(t, full, text)
		sameAsSegment(t, user, text)
	}
}

func TestCutLineSIGHAN(t *testing.T) {
	if testing.Short() {
		t.Skip("cuts whole test sets")
	}
	full := fullTextLoad(t)
	for _, set := range []string{"pku", "cityu"} {
		lines := readLines(t, filepath.Join(sighanDir(), set+"_test.utf8"))
		sameAsSegment(t, full, strings.Join(lines, "\n"))
		sameAsSegment(t, full, fold.ToSimplified(strings.Join(lines, "\n")))
	}
}

func FuzzCutLineIsSegment(f *testing.F) {
	for _, s := range trickyTexts[:15] {
		f.Add(s)
	}
	full := fullTextLoad(f)
	f.Fuzz(func(t *testing.T, text string) {
		sameAsSegment(t, full, text)
	})
}
