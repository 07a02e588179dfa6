package ingest

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
)

// The line model: a logistic regression over a line's shape and where it
// sits (never its words, but for how many of the furniture lists' general
// words it holds), fitted on annotated real pages (linemodel_study_test.go),
// its weights in dict/linemodel.txt. It acts only where the rules left a
// doubt: a line they kept above the body's first prose line or below its
// last, which the model takes for furniture (kind `structure`).

// lineFeatureNames are the features of lineFeatures, in its order; the
// [features] section of dict/linemodel.txt must list them so.
var lineFeatureNames = []string{
	"log_runes", "han_share", "latin_share", "digit_share", "separator_share", "bracket_share", "space_share",
	"punct_count", "ends_sentence", "label_value", "ends_colon", "link_like", "date_like", "time_like",
	"vocab_hits", "title_like", "head", "log_from_top", "log_from_bottom", "log_from_body",
	"prev_removed", "next_removed", "prev_runes", "next_runes", "prev_sentence", "next_sentence", "prev_prose",
	"recurs", "first_kept", "last_kept", "log_block",
}

// lineTitleLike is the index of title_like: above the body, a line the
// title scorer finds plausible is left to the title rule.
var lineTitleLike = slices.Index(lineFeatureNames, "title_like")

// lineDateLike is the index of date_like: a date above the body may be the
// post's stamp or its year, which the late removals must not take.
var lineDateLike = slices.Index(lineFeatureNames, "date_like")

// lineFeatureVec is one line's features, in lineFeatureNames' order.
type lineFeatureVec []float64

const (
	lineSeparators = "|｜>＞»›→/／·•・-—_=~～*＊:：#"
	lineBrackets   = "()（）[]【】《》<>〈〉「」『』{}"
)

var (
	linkLike = regexp.MustCompile(`(?i)https?:|www\.|\.(com|cn|net|org|gov|edu|html?|php|aspx?|jpe?g|png|gif|pdf|docx?)\b|@[a-z0-9]`)
	dateLike = regexp.MustCompile(`(19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日`)
)

// pageLines is what the features read of a page once its rules have run:
// its non-empty lines, which the rules removed, the body's prose
// lines.
type pageLines struct {
	folded                []string
	removed, prose        func(int) bool
	firstProse, lastProse int
	// order holds the non-empty lines' indexes; rank a line's place in it.
	order []int
	rank  map[int]int
	count map[string]int // how often each folded line is on the page (lineCounts)
	// By rank: how many lines the rules kept before it, and how many
	// lines, none of them prose, run on right before it and right after
	// it (keptBeyond and block read them, so that a page is read in
	// linear time however long its runs).
	keptBefore, plainBefore, plainAfter []int
}

func newPageLines(folded []string, empty func(int) bool, count map[string]int, removed, prose func(int) bool, firstProse, lastProse int) *pageLines {
	p := &pageLines{folded: folded, removed: removed, prose: prose, firstProse: firstProse, lastProse: lastProse,
		rank: map[int]int{}, count: count}
	for i := range folded {
		if !empty(i) {
			p.rank[i] = len(p.order)
			p.order = append(p.order, i)
		}
	}
	n := len(p.order)
	p.keptBefore, p.plainBefore, p.plainAfter = make([]int, n+1), make([]int, n+1), make([]int, n+1)
	for k, i := range p.order {
		p.keptBefore[k+1] = p.keptBefore[k] + int(flag(!removed(i)))
		if !prose(i) {
			p.plainBefore[k+1] = p.plainBefore[k] + 1
		}
	}
	for k := n - 1; k >= 0; k-- {
		if !prose(p.order[k]) {
			p.plainAfter[k] = p.plainAfter[k+1] + 1
		}
	}
	return p
}

// neighbour is the non-empty line before (step -1) or after (step 1) line
// i, or -1.
func (p *pageLines) neighbour(i, step int) int {
	k := p.rank[i] + step
	if k < 0 || k >= len(p.order) {
		return -1
	}
	return p.order[k]
}

// keptBeyond reports whether a line the rules kept is before (step -1) or
// after (step 1) line i.
func (p *pageLines) keptBeyond(i, step int) bool {
	k := p.rank[i]
	if step < 0 {
		return p.keptBefore[k] > 0
	}
	return p.keptBefore[len(p.order)] > p.keptBefore[k+1]
}

// block is the number of non-empty lines, none of them prose, in the run
// that holds line i: a menu, a list of headlines, a table, a footer.
// (A prose line counts itself and the runs right before and after it.)
func (p *pageLines) block(i int) int {
	k := p.rank[i]
	return 1 + p.plainBefore[k] + p.plainAfter[k+1]
}

// lineFeatures returns the features of the non-empty line i of p.
func lineFeatures(p *pageLines, i int, v *furnitureVocab) lineFeatureVec {
	f := strings.TrimSpace(p.folded[i])
	n, han, latin, digit, sep, bracket, space, punct := 0, 0, 0, 0, 0, 0, 0, 0
	for _, r := range f {
		n++
		switch {
		case isHan(r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		case unicode.IsDigit(r):
			digit++
		case unicode.IsSpace(r):
			space++
		case strings.ContainsRune(lineSeparators, r):
			sep++
		case strings.ContainsRune(lineBrackets, r):
			bracket++
		case strings.ContainsRune(sentenceEnds+"，,、", r):
			punct++
		}
	}
	share := func(k int) float64 { return float64(k) / float64(max(n, 1)) }
	labelValue := false
	if c := strings.IndexAny(f, ":："); c > 0 {
		labelValue = runeLen(f[:c]) <= 8 && strings.TrimSpace(strings.TrimLeft(f[c:], ":：")) != ""
	}
	// How far outside the body's prose the line is (0 inside it).
	head, fromBody := i < p.firstProse, 0
	switch {
	case head:
		fromBody = p.rank[p.firstProse] - p.rank[i]
	case p.lastProse >= 0 && i > p.lastProse:
		fromBody = p.rank[i] - p.rank[p.lastProse]
	}
	fs := lineFeatureVec{
		math.Log1p(float64(n)), share(han), share(latin), share(digit), share(sep), share(bracket), share(space),
		math.Log1p(float64(punct)), flag(endsSentence(f)), flag(labelValue), flag(endsWithColon(f) || hasSuffixAny(f, []string{"︰", "﹕"})),
		flag(linkLike.MatchString(f)), flag(dateLike.MatchString(f)), flag(timeOfDay.MatchString(f)),
		math.Log1p(float64(v.generalWordHits(strings.ToLower(f)))),
		flag(v.titles != nil && v.titles.plausibleView(newLineView(f, f, zoneHead), v)),
		flag(head), math.Log1p(float64(p.rank[i])), math.Log1p(float64(len(p.order) - 1 - p.rank[i])), math.Log1p(float64(fromBody)),
	}
	// The neighbours: removed, their length, ending a sentence. The page's
	// edge counts as a removed line.
	var removed, runes, sentence [2]float64
	prev := p.neighbour(i, -1)
	for k, j := range []int{prev, p.neighbour(i, 1)} {
		if j < 0 {
			removed[k] = 1
			continue
		}
		g := strings.TrimSpace(p.folded[j])
		removed[k], runes[k], sentence[k] = flag(p.removed(j)), math.Log1p(float64(runeLen(g))), flag(endsSentence(g))
	}
	return append(fs, removed[0], removed[1], runes[0], runes[1], sentence[0], sentence[1], flag(prev >= 0 && p.prose(prev)),
		flag(p.count[f] > 1), flag(!p.keptBeyond(i, -1)), flag(!p.keptBeyond(i, 1)), math.Log1p(float64(p.block(i))))
}

// flag is a yes-or-no feature's value.
func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// endsSentence reports whether a line ends with a sentence's mark, closing
// quotes and brackets aside.
func endsSentence(f string) bool {
	f = strings.TrimRight(f, closers+" ")
	r, _ := utf8.DecodeLastRuneInString(f)
	return f != "" && strings.ContainsRune(sentenceEnds, r)
}

// generalWordHits counts the furniture lists' general words (a widget's,
// a prompt's, a field's label, the site naming itself …) that the line
// holds.
func (v *furnitureVocab) generalWordHits(lower string) int {
	n := 0
	for _, w := range v.generalWords {
		if strings.Contains(lower, w) {
			n++
		}
	}
	return n
}

// lineModel is dict/linemodel.txt: the weights of the features, the bias,
// the furniture probability from which a line goes, and those from which a
// line above the body goes once the title and the post's stamp are chosen
// (headThreshold; titleThreshold for a plausible title; +Inf when the file
// names none: the model does not act late).
type lineModel struct {
	weights                                  []float64
	bias                                     float64
	threshold, headThreshold, titleThreshold float64
}

// parseLineModel reads a line model: [features] names lineFeatureNames in
// order, each with its weight; [model] gives the bias, the threshold and,
// optionally, the head and title thresholds.
// An error names the line at fault (the caller names the file).
func parseLineModel(b []byte) (*lineModel, error) {
	m := &lineModel{headThreshold: math.Inf(1), titleThreshold: math.Inf(1)}
	section, seen := "", map[string]bool{}
	err := dict.Lines(bytes.NewReader(b), func(n int, line string) error {
		if !utf8.ValidString(line) {
			return fmt.Errorf("line %d: not valid UTF-8", n)
		}
		if strings.HasPrefix(line, "[") {
			section = strings.TrimSuffix(strings.TrimPrefix(line, "["), "]")
			if section != "features" && section != "model" || !strings.HasSuffix(line, "]") {
				return fmt.Errorf("line %d: %q: want [features] or [model]", n, line)
			}
			if seen[section] {
				return fmt.Errorf("line %d: [%s] again", n, section)
			}
			seen[section] = true
			return nil
		}
		r := strings.Fields(line)
		if section == "" || len(r) != 2 {
			return fmt.Errorf("line %d: %q: want a name and a number under [features] or [model]", n, line)
		}
		x, err := strconv.ParseFloat(r[1], 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("line %d: %s: %q is not a finite number", n, r[0], r[1])
		}
		if section == "features" {
			switch k := len(m.weights); {
			case k == len(lineFeatureNames):
				return fmt.Errorf("line %d: feature %s after the code's %d", n, r[0], k)
			case r[0] != lineFeatureNames[k]:
				return fmt.Errorf("line %d: feature %d is %s, the code's is %s", n, k+1, r[0], lineFeatureNames[k])
			}
			m.weights = append(m.weights, x)
			return nil
		}
		value := map[string]*float64{"bias": &m.bias, "threshold": &m.threshold, "head_threshold": &m.headThreshold, "title_threshold": &m.titleThreshold}[r[0]]
		switch {
		case value == nil:
			return fmt.Errorf("line %d: [model] %s: want bias, threshold, head_threshold or title_threshold", n, r[0])
		case seen[r[0]]:
			return fmt.Errorf("line %d: [model] %s again", n, r[0])
		case r[0] != "bias" && (x <= 0 || x > 1):
			return fmt.Errorf("line %d: %s %v is not in (0, 1]", n, r[0], x)
		}
		seen[r[0]] = true
		*value = x
		return nil
	})
	switch {
	case err != nil:
		return nil, err
	case len(m.weights) != len(lineFeatureNames):
		return nil, fmt.Errorf("[features] lists %d features, the code has %d (the next is %s)", len(m.weights), len(lineFeatureNames), lineFeatureNames[len(m.weights)])
	case !seen["bias"] || !seen["threshold"]:
		return nil, fmt.Errorf("[model] needs bias and threshold")
	}
	return m, nil
}

// furniture is the model's probability that a line of these features is
// furniture.
func (m *lineModel) furniture(fs lineFeatureVec) float64 {
	z := m.bias
	for k, x := range fs {
		z += m.weights[k] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// structureLines marks the lines the rules kept that the model takes for
// furniture: outside the body's prose (above its first line or below its
// last), never a numbered heading, a plausible title above the body, a
// line right above a prose line or one under a heading the rules kept; a
// page without prose is left alone. late marks the lines above the body
// whose probability reaches only the head threshold, or the title
// threshold for a plausible title, none holding a date nor a table's row:
// they go once the title and the stamp are chosen with them in
// place (withoutHeadLate), so that removing them cannot move either.
// trace, when not nil, receives every line the model is asked about
// (Options.lineModelTrace).
func (m *lineModel) structureLines(p *pageLines, lines []string, v *furnitureVocab, trace func(string, lineFeatureVec)) (out, late []bool) {
	out, late = make([]bool, len(p.folded)), make([]bool, len(p.folded))
	if p.firstProse < 0 {
		return out, late
	}
	for _, i := range p.order {
		if p.removed(i) || i >= p.firstProse && i <= p.lastProse {
			continue
		}
		f := strings.TrimSpace(p.folded[i])
		if numberedHeading.MatchString(f) {
			continue
		}
		if b := p.neighbour(i, 1); b >= 0 && p.prose(b) {
			continue // a heading, the title or a paragraph's opening above a paragraph
		}
		if a := p.neighbour(i, -1); a >= 0 && !p.removed(a) && headsSection(p.folded[a]) {
			continue // under the author's heading or introduction (如下：)
		}
		fs := lineFeatures(p, i, v)
		// Late, never a date (the post's stamp, its year) nor a table's
		// row (the report's own table may come before its first paragraph).
		lateOK := fs[lineDateLike] == 0 && !cellEdged(f)
		if fs[lineTitleLike] == 1 && i < p.firstProse {
			// a title: the title rule decides, then the line may go
			late[i] = lateOK && m.furniture(fs) >= m.titleThreshold
			continue
		}
		if trace != nil {
			trace(strings.TrimSpace(lines[i]), fs)
		}
		switch pr := m.furniture(fs); {
		case pr >= m.threshold:
			out[i] = true
		case i < p.firstProse:
			late[i] = lateOK && pr >= m.headThreshold
		}
	}
	return out, late
}

// withoutHeadLate removes the lines above the body that go late (heads,
// each a line's text with its kind: those the model took for furniture
// only late, structureLines, and the type size's controls) once the
// title and the post's stamp have been chosen from the lines with them in:
// a line each, the first line of its text above the first prose line,
// never a line that holds the title.
func withoutHeadLate(lines, folded []string, heads []Removed, title string, v *furnitureVocab) ([]string, []string, []Removed) {
	if len(heads) == 0 {
		return lines, folded, nil
	}
	left := map[string][]string{} // a line's text: the kinds of its copies still to go
	for _, h := range heads {
		left[h.Text] = append(left[h.Text], h.Kind)
	}
	var removed []Removed
	outLines, outFolded := lines[:0:0], folded[:0:0]
	body := false
	for i, l := range lines {
		body = body || v.isProse(strings.TrimSpace(folded[i]))
		if kinds := left[l]; !body && len(kinds) > 0 && (title == "" || !strings.Contains(l, title)) {
			left[l] = kinds[1:]
			removed = append(removed, Removed{Kind: kinds[0], Text: strings.TrimSpace(l)})
			continue
		}
		outLines, outFolded = append(outLines, l), append(outFolded, folded[i])
	}
	return outLines, outFolded, removed
}
