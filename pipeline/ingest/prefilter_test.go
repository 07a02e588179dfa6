package ingest

import (
	"regexp"
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

func TestRequiredSets(t *testing.T) {
	tests := []struct {
		expr string
		want [][]string // nil: none
	}{
		{`相关文章`, [][]string{{"相关文章"}}},
		{`^\s*(相关|更多)(文章|阅读)\s*$`, [][]string{{"相关", "更多"}, {"文章", "阅读"}}},
		{`^[^。！？]{0,60}(共\s*\d+\s*页|\d+\s*页)[,，]?\s*(可编辑|免费下载)`, [][]string{{"共", "页"}, {"可编辑", "免费下载"}}}, // 共 or 页: the best of each branch,
		{`(小编|编辑)?整理`, [][]string{{"整理"}}},
		{`(本站|.)投稿(文章)+`, [][]string{{"投稿"}, {"文章"}}},
		{`(本站){0,2}`, nil},
		{`^.{0,40}$`, nil},
	}
	for _, tt := range tests {
		got := requiredSetsOf(tt.expr)
		if !slices.EqualFunc(got, tt.want, func(a, b []string) bool { return slices.Equal(dedupe(a), dedupe(b)) }) {
			t.Errorf("requiredSetsOf(%q) = %q; want %q", tt.expr, got, tt.want)
		}
	}
	// A pattern is a candidate only with a literal of each of its sets.
	pats := []Pattern{{Kind: "a", Scope: ScopeLine, Expr: regexp.MustCompile(`(相关|更多)(文章|阅读)`)}}
	pf := newPrefilter(pats)
	for line, want := range map[string]bool{"相关文章": true, "更多阅读": true, "相关内容": false, "阅读更多": true, "社区": false} {
		if got := pf.candidates(line, nil)[0]; got != want {
			t.Errorf("candidate for %q: %v, want %v", line, got, want)
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

// FuzzACMatcher checks the automaton of the boilerplate literals against
// a search for each literal: the same literals are found in a line.
func FuzzACMatcher(f *testing.F) {
	pats, err := defaultPatterns()
	if err != nil {
		f.Fatal(err)
	}
	var lits []string
	seen := map[string]bool{}
	for _, p := range pats {
		for _, set := range requiredSetsOf(p.Expr.String()) {
			for _, l := range set {
				if !seen[l] {
					seen[l], lits = true, append(lits, l)
				}
			}
		}
	}
	m := newACMatcher(lits)
	for _, s := range []string{"相关文章", "Copyright © 2019 京ICP备12345678号", "\xff版权所有", "ALL RIGHTS REſERVED", "社区活动总结"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		found := make([]bool, len(lits))
		m.each(line, func(k int) { found[k] = true })
		for k, l := range lits {
			if want := strings.Contains(line, l); found[k] != want {
				t.Errorf("literal %q in %q: found %v, want %v", l, line, found[k], want)
			}
		}
	})
}
