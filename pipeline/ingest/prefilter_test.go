package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/internal/testfiles"
	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: no required literal
	}{
		{`相关文章`, []string{"相关文章"}},
		{`^\s*(相关|更多)(文章|阅读)\s*$`, []string{"相关", "更多"}}, // the first of two equally good sets
		{`^.{0,40}版权所有`, []string{"版权所有"}},
		// 2^9 case variants: too many; copy has 16
		{`(?i)copyright`, []string{"COPY", "COPy", "COpY", "COpy", "CoPY", "CoPy", "CopY", "Copy", "cOPY", "cOPy", "cOpY", "cOpy", "coPY", "coPy", "copY", "copy"}},
		{`(?i)ssss`, []string{"SS", "Sſ", "Ss", "ſS", "ſſ", "ſs", "sS", "sſ", "ss"}}, // s, S and ſ: two of them at most
		{`(?i)ssss|x`, []string{"SS", "Sſ", "Ss", "ſS", "ſſ", "ſs", "sS", "sſ", "ss", "X", "x"}},
		{`(?i)icp`, []string{"ICP", "ICp", "IcP", "Icp", "iCP", "iCp", "icP", "icp"}},
		{`^.{0,40}$`, nil},
		{`(小编|编辑)?整理`, []string{"整理"}},
		{`[【\[]导语`, []string{"导语"}},
		{`[【\[]\s*`, []string{"[", "【"}},
		{`(本站|.)投稿`, []string{"投稿"}},
		{`(本站|.)`, nil},
		{`(本站)+`, []string{"本站"}},
		{`(本站){0,2}`, nil},
	}
	for _, tt := range tests {
		got, ok := requiredOf(tt.expr)
		if ok != (tt.want != nil) || !slices.Equal(dedupe(got), dedupe(tt.want)) {
			t.Errorf("requiredOf(%q) = %q, %v; want %q", tt.expr, got, ok, tt.want)
		}
	}
}

func TestACMatcher(t *testing.T) {
	m := newACMatcher([]string{"he", "she", "his", "hers", "社工", "工作"})
	var got []int
	m.each("ushers 社工作", func(k int) { got = append(got, k) })
	slices.Sort(got)
	if want := []int{0, 1, 3, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("found %v, want %v", got, want)
	}
}

// checkPrefilter fails when a pattern matches line but the prefilter left
// it out: then running the candidates would differ from running them all.
func checkPrefilter(t *testing.T, pats []Pattern, pf *prefilter, line string) {
	t.Helper()
	may := pf.candidates(line, nil)
	for i, p := range pats {
		if !may[i] && p.Expr.MatchString(line) {
			t.Errorf("pattern %d %q matches %q but was filtered out", i, p.Expr, line)
		}
	}
}

// TestPrefilterEquivalence checks every line of every document of corpus/
// and testdata/ (as decoded and repaired, in both scripts, and as raw
// bytes) against every boilerplate pattern: the prefiltered run equals the
// brute-force one.
func TestPrefilterEquivalence(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	pf := newPrefilter(pats)
	lines := 0
	testfiles.Each(t, "../..", func(path string, data []byte) {
		texts := strings.Split(string(data), "\n")
		if doc, err := Parse(path, data, Options{Boilerplate: []Pattern{}}); err == nil {
			for _, l := range strings.Split(doc.Text, "\n") {
				texts = append(texts, l, fold.ToSimplified(l))
			}
		}
		for _, l := range texts {
			checkPrefilter(t, pats, pf, l)
			lines++
		}
	})
	if lines < 5000 {
		t.Errorf("only %d lines checked", lines)
	}
	filtered := 0
	for _, a := range pf.always {
		if !a {
			filtered++
		}
	}
	t.Logf("%d lines; %d of %d patterns have required literals", lines, filtered, len(pats))
}

func FuzzPrefilter(f *testing.F) {
	pats, err := defaultPatterns()
	if err != nil {
		f.Fatal(err)
	}
	pf := newPrefilter(pats)
	for _, s := range []string{"相关文章", "下面是小编为大家整理的社区活动总结，希望对大家有帮助！", "Copyright © 2019", "京ICP备12345678号", "【导语】", "\xff版权所有",
		"All Rights Reserved", "ALL RIGHTS REſERVED 2020", "COPYRIGHT(C) 2021", "—— THE END ——", "（完）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkPrefilter(t, pats, pf, line)
	})
}
