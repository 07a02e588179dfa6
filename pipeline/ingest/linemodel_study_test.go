package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/zongjie/zongjie/internal/expect"
)

// The line model's fit (dict/linemodel.txt). Every line the model is asked
// about on an annotated page (Options.lineModelTrace) is labelled by its
// annotation: a drop: line is furniture, a keep: line body, the title
// neither; a line that is none of them whole is left out. Leave one set
// out: for each set, the model is fitted on the others and its removals
// counted on it, at each threshold. The folders are given by the
// environment (real pages are never committed); with the second variable
// the model fitted on every set is written, with the threshold given by
// the third (or the lowest at which no held-out body line nor title
// goes) and the head and title thresholds of the file it replaces. Without the first variable the study skips and writes nothing:
//
//	ZONGJIE_LINE_MODEL=DIR[:DIR...] go test ./pipeline/ingest -run LineModel -v
//	ZONGJIE_LINE_MODEL=… ZONGJIE_LINE_MODEL_WRITE=../../dict/linemodel.txt [ZONGJIE_LINE_MODEL_THRESHOLD=0.9] go test …
const (
	lineModelEnv          = "ZONGJIE_LINE_MODEL"
	lineModelWriteEnv     = "ZONGJIE_LINE_MODEL_WRITE"
	lineModelThresholdEnv = "ZONGJIE_LINE_MODEL_THRESHOLD"
)

// Labels of a traced line.
const (
	lineBody = iota
	lineFurniture
	lineTitle
)

type lineSample struct {
	fs    lineFeatureVec
	label int
}

type lineSet struct {
	name    string
	pages   int
	samples []lineSample
}

var lineThresholds = []float64{0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97}

// traceLines parses every annotated page of dir and labels the lines the
// model is asked about; a page it cannot read is an error naming it.
func traceLines(t *testing.T, dir string) lineSet {
	pages, err := expect.Pages(dir)
	if err != nil {
		t.Error(err)
	}
	set := lineSet{name: filepath.Base(dir)}
	for _, e := range pages {
		var drops, keeps []string
		for _, d := range e.Drops {
			drops = append(drops, studyNormalize(d))
		}
		for _, k := range e.Keeps {
			keeps = append(keeps, studyNormalize(k))
		}
		title := studyNormalize(e.Title)
		trace := func(text string, fs lineFeatureVec) {
			l := studyNormalize(text)
			in := func(ls []string) bool {
				return slices.ContainsFunc(ls, func(s string) bool { return strings.Contains(s, l) })
			}
			switch {
			case l == "":
			case e.HasTitle && l == title:
				set.samples = append(set.samples, lineSample{fs, lineTitle})
			case slices.Contains(drops, l) || in(drops) && !in(keeps):
				set.samples = append(set.samples, lineSample{fs, lineFurniture})
			case in(keeps):
				set.samples = append(set.samples, lineSample{fs, lineBody})
			}
		}
		if _, err := Read(e.Input, Options{lineModelTrace: trace}); err != nil {
			t.Error(err)
			continue
		}
		set.pages++
	}
	return set
}

// fitLineModel fits a logistic regression to the samples (a title line is
// not furniture: the model learns to keep it) by Newton's method on standardised features with a small ridge, and
// returns it on the features' own scale. Deterministic: no random start.
func fitLineModel(samples []lineSample) *lineModel {
	d := len(lineFeatureNames)
	var xs [][]float64
	var ys []float64
	for _, s := range samples {
		xs, ys = append(xs, s.fs), append(ys, flag(s.label == lineFurniture))
	}
	mu, sd := make([]float64, d), make([]float64, d)
	for _, x := range xs {
		for k := range d {
			mu[k] += x[k] / float64(len(xs))
		}
	}
	for _, x := range xs {
		for k := range d {
			sd[k] += (x[k] - mu[k]) * (x[k] - mu[k]) / float64(len(xs))
		}
	}
	for k := range sd {
		if sd[k] = math.Sqrt(sd[k]); sd[k] < 1e-9 {
			sd[k] = 1
		}
	}
	z := func(x []float64) []float64 {
		out := []float64{1}
		for k := range d {
			out = append(out, (x[k]-mu[k])/sd[k])
		}
		return out
	}
	const ridge = 1.0
	w := make([]float64, d+1)
	for iter := 0; iter < 30; iter++ {
		h := make([][]float64, d+1)
		for a := range h {
			h[a] = make([]float64, d+1)
			if a > 0 {
				h[a][a] = ridge
			}
		}
		g := make([]float64, d+1)
		for a := 1; a <= d; a++ {
			g[a] = ridge * w[a]
		}
		for n, x := range xs {
			zx := z(x)
			s := 0.0
			for a, v := range zx {
				s += w[a] * v
			}
			p := 1 / (1 + math.Exp(-s))
			for a, va := range zx {
				g[a] += (p - ys[n]) * va
				for b := a; b <= d; b++ {
					h[a][b] += p * (1 - p) * va * zx[b]
				}
			}
		}
		for a := range h {
			for b := 0; b < a; b++ {
				h[a][b] = h[b][a]
			}
		}
		step := solve(h, g)
		change := 0.0
		for a := range w {
			w[a] -= step[a]
			change = max(change, math.Abs(step[a]))
		}
		if change < 1e-8 {
			break
		}
	}
	m := &lineModel{bias: w[0], threshold: 1, headThreshold: math.Inf(1), titleThreshold: math.Inf(1)}
	for k := range d {
		m.weights = append(m.weights, w[k+1]/sd[k])
		m.bias -= w[k+1] * mu[k] / sd[k]
	}
	return m
}

// solve solves h·x = g by Gaussian elimination with partial pivoting (h is
// positive definite).
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(slices.Clone(h[i]), g[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := a[r][n]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x
}

func TestFitLineModel(t *testing.T) {
	// Furniture is short and before a removed line; body long and not.
	runes, nextRemoved := slices.Index(lineFeatureNames, "log_runes"), slices.Index(lineFeatureNames, "next_removed")
	var samples []lineSample
	for k := range 40 {
		fs := make(lineFeatureVec, len(lineFeatureNames))
		fs[runes], fs[nextRemoved] = 1+float64(k%3)*0.1, 1
		samples = append(samples, lineSample{fs: fs, label: lineFurniture})
		body := make(lineFeatureVec, len(lineFeatureNames))
		body[runes] = 3 + float64(k%3)*0.1
		samples = append(samples, lineSample{fs: body, label: lineBody})
	}
	m := fitLineModel(samples)
	if p := m.furniture(samples[0].fs); p < 0.9 {
		t.Errorf("furniture sample: p %.2f, want ≥ 0.9", p)
	}
	if p := m.furniture(samples[1].fs); p > 0.1 {
		t.Errorf("body sample: p %.2f, want ≤ 0.1", p)
	}
}

func TestWriteLineModel(t *testing.T) {
	model := func(bias float64) *lineModel {
		return &lineModel{weights: make([]float64, len(lineFeatureNames)), bias: bias, threshold: 0.9, headThreshold: math.Inf(1), titleThreshold: math.Inf(1)}
	}
	dir := t.TempDir()
	late, plain, bad := filepath.Join(dir, "late.txt"), filepath.Join(dir, "plain.txt"), filepath.Join(dir, "bad.txt")
	old := model(1)
	old.headThreshold, old.titleThreshold = 0.96, 0.98
	for path, text := range map[string]string{late: old.file(nil, 0), plain: model(1).file(nil, 0), bad: "[model]\nbias x\n"} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		path              string
		head, title, bias float64
	}{
		{late, 0.96, 0.98, 2},                                        // a refit keeps the late thresholds
		{plain, math.Inf(1), math.Inf(1), 2},                         // a file without them: none
		{filepath.Join(dir, "new.txt"), math.Inf(1), math.Inf(1), 2}, // no file: none
	}
	for _, c := range cases {
		if err := writeLineModel(c.path, model(c.bias), []string{"set1"}, 3); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := parseLineModel(b)
		if err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if m.headThreshold != c.head || m.titleThreshold != c.title || m.bias != c.bias || m.threshold != 0.9 {
			t.Errorf("%s: head %v title %v bias %v threshold %v, want %v %v %v 0.9", filepath.Base(c.path), m.headThreshold, m.titleThreshold, m.bias, m.threshold, c.head, c.title, c.bias)
		}
		if mentions := strings.Contains(string(b), "head_threshold"); mentions != !math.IsInf(c.head, 1) {
			t.Errorf("%s: the comment speaks of head_threshold: %v", filepath.Base(c.path), mentions)
		}
	}
	if err := writeLineModel(bad, model(2), nil, 0); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("a file that does not load: error %v, want one naming it", err)
	}
}

// lineRemovals counts, at threshold th, the lines of each label the model
// takes for furniture, above the body (0) and below it (1).
func lineRemovals(m *lineModel, samples []lineSample, th float64) [2][3]int {
	head := slices.Index(lineFeatureNames, "head")
	var n [2][3]int
	for _, s := range samples {
		if m.furniture(s.fs) >= th {
			n[1-int(s.fs[head])][s.label]++
		}
	}
	return n
}

// TestLineModelStudy fits the line model leave one set out and reports,
// per threshold, the held-out lines it removes by label. It skips without
// ZONGJIE_LINE_MODEL; it reports, it never fails on the figures.
func TestLineModelStudy(t *testing.T) {
	env := os.Getenv(lineModelEnv)
	if env == "" {
		t.Skipf("set %s=DIR[:DIR...] to fit the line model", lineModelEnv)
	}
	var sets []lineSet
	var all []lineSample
	pages := 0
	var names []string
	for _, dir := range filepath.SplitList(env) {
		s := traceLines(t, dir)
		sets, all, pages, names = append(sets, s), append(all, s.samples...), pages+s.pages, append(names, s.name)
	}
	var labelled [3]int
	for _, s := range all {
		labelled[s.label]++
	}
	t.Logf("%d pages in %d sets: %d lines asked about (furniture %d, body %d, title %d)", pages, len(sets), len(all), labelled[lineFurniture], labelled[lineBody], labelled[lineTitle])
	sums := make([][2][3]int, len(lineThresholds))
	for i, s := range sets {
		var train []lineSample
		for j, o := range sets {
			if j != i {
				train = append(train, o.samples...)
			}
		}
		m := fitLineModel(train)
		var line strings.Builder
		for k, th := range lineThresholds {
			n := lineRemovals(m, s.samples, th)
			for z := range n {
				for l := range n[z] {
					sums[k][z][l] += n[z][l]
				}
			}
			fmt.Fprintf(&line, " %.2f:%d/%d/%d", th, n[0][lineFurniture]+n[1][lineFurniture], n[0][lineBody]+n[1][lineBody], n[0][lineTitle]+n[1][lineTitle])
		}
		t.Logf("held out %-9s removed furniture/body/title at thresholds%s", s.name, line.String())
	}
	chosen := 0.0
	for k, th := range lineThresholds {
		above, below := sums[k][0], sums[k][1]
		t.Logf("all held-out sets, threshold %.2f: furniture removed %d of %d asked about (%d above the body, %d below), body %d of %d (%d, %d), titles %d",
			th, above[lineFurniture]+below[lineFurniture], labelled[lineFurniture], above[lineFurniture], below[lineFurniture],
			above[lineBody]+below[lineBody], labelled[lineBody], above[lineBody], below[lineBody], above[lineTitle]+below[lineTitle])
		if chosen == 0 && above[lineBody]+below[lineBody] == 0 && above[lineTitle]+below[lineTitle] == 0 {
			chosen = th
		}
	}
	m := fitLineModel(all)
	for k, n := range lineFeatureNames {
		t.Logf("weight %-16s %+.3f", n, m.weights[k])
	}
	t.Logf("bias %+.3f; lowest threshold removing no held-out body line nor title: %g", m.bias, chosen)
	out := os.Getenv(lineModelWriteEnv)
	if out == "" {
		return
	}
	if th := os.Getenv(lineModelThresholdEnv); th != "" {
		if _, err := fmt.Sscan(th, &chosen); err != nil {
			t.Fatalf("%s: %v", lineModelThresholdEnv, err)
		}
	}
	if chosen == 0 {
		t.Fatalf("no threshold chosen: set %s", lineModelThresholdEnv)
	}
	m.threshold = chosen
	if err := writeLineModel(out, m, names, pages); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (threshold %g, head_threshold %g, title_threshold %g)", out, chosen, m.headThreshold, m.titleThreshold)
}

// writeLineModel writes m to path in the form of dict/linemodel.txt, with
// the head and title thresholds of the file it replaces, if any: they were
// chosen on the validation folders, not fitted, and without them the late
// removals would stop. A file there that does not load is an error.
func writeLineModel(path string, m *lineModel, sets []string, pages int) error {
	old, err := os.ReadFile(path)
	switch {
	case err == nil:
		prev, err := parseLineModel(old)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		m.headThreshold, m.titleThreshold = prev.headThreshold, prev.titleThreshold
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	return os.WriteFile(path, []byte(m.file(sets, pages)), 0o644)
}

// file is the model in the form of dict/linemodel.txt; the head and title
// thresholds are written when they are set (finite).
func (m *lineModel) file(sets []string, pages int) string {
	var b strings.Builder
	b.WriteString(`# The line model of ingest (pipeline/ingest/linemodel.go): a logistic
# regression over a line's structure (its length, its shares of scripts,
# digits, separators and brackets, its punctuation, a label:value shape, a
# link, a date, the furniture lists' general words, where it sits, its
# neighbours), never its words. A line the rules kept above the body's
# first prose line or below its last goes (kind structure) when its
`)
	late := !math.IsInf(m.headThreshold, 1) || !math.IsInf(m.titleThreshold, 1)
	if late {
		b.WriteString(`# probability is at least [model] threshold; one above the body that holds
# no date and whose probability is at least [model] head_threshold (or
# title_threshold for a line the title scorer finds plausible) goes once the
# title and the post's stamp are chosen (a refit keeps these two from the
# file it replaces: they were chosen on the validation folders, round 21).
`)
	} else {
		b.WriteString("# probability is at least [model] threshold.\n")
	}
	fmt.Fprintf(&b, `# Fitted by TestLineModelStudy (linemodel_study_test.go) on %s, on %d
# annotated real pages (not redistributed) of the sets
`, time.Now().UTC().Format("2006-01-02"), pages)
	line := "#"
	for _, s := range sets {
		if len(line)+1+len(s) > 72 {
			b.WriteString(line + "\n")
			line = "#"
		}
		line += " " + s
	}
	b.WriteString(line + ".\n# The features, in the code's order, and their weights:\n[features]\n")
	for k, n := range lineFeatureNames {
		fmt.Fprintf(&b, "%s %.4f\n", n, m.weights[k])
	}
	fmt.Fprintf(&b, "[model]\nbias %.4f\nthreshold %g\n", m.bias, m.threshold)
	for _, t := range []struct {
		name  string
		value float64
	}{{"head_threshold", m.headThreshold}, {"title_threshold", m.titleThreshold}} {
		if !math.IsInf(t.value, 1) {
			fmt.Fprintf(&b, "%s %g\n", t.name, t.value)
		}
	}
	return b.String()
}
