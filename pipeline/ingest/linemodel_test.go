package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// testPageLines makes the page the line model sees of text after the
// rules: a line starting with "~" stands for one they removed.
func testPageLines(t testing.TB, text string) (*pageLines, []string, *furnitureVocab) {
	t.Helper()
	v, err := defaultFurniture()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(text, "\n")
	removed := make([]bool, len(lines))
	for i, l := range lines {
		if rest, ok := strings.CutPrefix(l, "~"); ok {
			lines[i], removed[i] = rest, true
		}
	}
	folded := make([]string, len(lines))
	prose := make([]bool, len(lines))
	first, last := -1, -1
	for i, l := range lines {
		folded[i] = fold.ToSimplified(l)
		if prose[i] = !removed[i] && v.isProse(strings.TrimSpace(folded[i])); prose[i] {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	empty := func(i int) bool { return strings.TrimSpace(folded[i]) == "" }
	return newPageLines(folded, empty, lineCounts(folded, empty), func(i int) bool { return removed[i] }, func(i int) bool { return prose[i] }, first, last), lines, v
}

func TestLineFeatures(t *testing.T) {
	const para = "社区组织志愿者走访辖区内的独居老人，为他们送去慰问品和节日祝福，老人们十分感动。"
	const paraTrad = "社區組織志願者走訪轄區內的獨居老人，為他們送去慰問品和節日祝福，老人們十分感動。"
	cases := []struct {
		page string
		line int
		want map[string]float64 // features and their values
		more []string           // features above 0
	}{
		{"首页 | 新闻中心 | 通知公告\n" + para, 0,
			map[string]float64{"ends_sentence": 0, "punct_count": 0, "head": 1, "prev_removed": 1, "next_removed": 0, "first_kept": 1},
			[]string{"separator_share", "space_share", "vocab_hits"}},
		{"首頁 | 新聞中心 | 通知公告\n" + paraTrad, 0,
			map[string]float64{"ends_sentence": 0, "head": 1}, []string{"separator_share", "vocab_hits"}},
		{para + "\n發佈日期：2024-05-06 14:30", 1,
			map[string]float64{"label_value": 1, "date_like": 1, "time_like": 1, "head": 0, "prev_prose": 1, "prev_sentence": 1, "last_kept": 1},
			[]string{"digit_share", "log_from_top"}},
		{para + "\n~责任编辑：某某\nwww.example-demo.cn", 2,
			map[string]float64{"link_like": 1, "prev_removed": 1, "han_share": 0, "log_from_body": 1.0986122886681098},
			[]string{"latin_share"}},
		{para + "\n活動內容：\n" + paraTrad, 1,
			map[string]float64{"ends_colon": 1, "label_value": 0}, nil},
		{para + "\n（完）\n（完）", 1,
			map[string]float64{"recurs": 1, "log_block": 0.6931471805599453 * 1.5849625007211563}, []string{"bracket_share"}},
		{para + "\n社區居民積極參與。", 1,
			map[string]float64{"ends_sentence": 1, "punct_count": 0.6931471805599453, "han_share": 8.0 / 9}, nil},
	}
	for _, c := range cases {
		p, _, v := testPageLines(t, c.page)
		fs := lineFeatures(p, c.line, v)
		if len(fs) != len(lineFeatureNames) {
			t.Fatalf("%d features, %d names", len(fs), len(lineFeatureNames))
		}
		for name, want := range c.want {
			if got := fs[slices.Index(lineFeatureNames, name)]; got < want-1e-9 || got > want+1e-9 {
				t.Errorf("%q line %d: %s = %v, want %v", c.page, c.line, name, got, want)
			}
		}
		for _, name := range c.more {
			if fs[slices.Index(lineFeatureNames, name)] <= 0 {
				t.Errorf("%q line %d: %s is 0", c.page, c.line, name)
			}
		}
	}
}

// TestLineModelFile: the embedded weights load and list the code's
// features in its order; a file that does not, or is malformed, is refused
// by a message that names the line at fault (or what is missing);
// defaultFurniture names the file.
func TestLineModelFile(t *testing.T) {
	b := dict.File("linemodel.txt")
	m, err := parseLineModel(b)
	if err != nil {
		t.Fatalf("dict/linemodel.txt: %v", err)
	}
	if len(m.weights) != len(lineFeatureNames) || m.threshold <= 0.5 {
		t.Errorf("%d weights, threshold %v", len(m.weights), m.threshold)
	}
	s := string(b)
	// set replaces the line of s that opens with name and a space.
	set := func(name, line string) string {
		ls := strings.Split(s, "\n")
		for n, l := range ls {
			if strings.HasPrefix(l, name+" ") {
				ls[n] = line
				return strings.Join(ls, "\n")
			}
		}
		t.Fatalf("no line opens with %q", name)
		return ""
	}
	swapped := strings.Replace(strings.Replace(s, "\nlog_runes ", "\nXX ", 1), "\nhan_share ", "\nlog_runes ", 1)
	swapped = strings.Replace(swapped, "\nXX ", "\nhan_share ", 1)
	for _, c := range []struct {
		name, file string
		at         string // the line at fault opens so (its last such line), or "" where none is
		says       string
	}{
		{"swapped", swapped, "han_share ", "feature 1 is han_share, the code's is log_runes"},
		{"dropped", set("recurs", ""), "first_kept ", "feature 28 is first_kept, the code's is recurs"},
		{"one more", strings.Replace(s, "\n[model]", "\nextra 1\n[model]", 1), "extra ", "feature extra after the code's 31"},
		{"cut short", set("log_block", ""), "", "[features] lists 30 features, the code has 31 (the next is log_block)"},
		{"bad weight", set("recurs", "recurs x1"), "recurs ", `recurs: "x1" is not a finite number`},
		{"NaN weight", set("recurs", "recurs NaN"), "recurs ", `recurs: "NaN" is not a finite number`},
		{"three fields", set("recurs", "recurs 1 2"), "recurs ", "want a name and a number"},
		{"no bias", set("bias", ""), "", "[model] needs bias and threshold"},
		{"no threshold", set("threshold", ""), "", "[model] needs bias and threshold"},
		{"threshold 0", set("threshold", "threshold 0"), "threshold ", "threshold 0 is not in (0, 1]"},
		{"bias twice", set("bias", "bias 1\nbias 2"), "bias ", "[model] bias again"},
		{"unknown entry", set("bias", "slope 1\nbias 1"), "slope ", "[model] slope: want bias, threshold, head_threshold or title_threshold"},
		{"unknown section", strings.Replace(s, "\n[model]", "\n[weights]", 1), "[weights]", `"[weights]": want [features] or [model]`},
		{"section twice", strings.Replace(s, "\n[model]", "\n[features]", 1), "[features]", "[features] again"},
		{"before any section", "bias 1\n" + s, "bias 1", "under [features] or [model]"},
	} {
		want := ""
		for n, l := range strings.Split(c.file, "\n") {
			if c.at != "" && strings.HasPrefix(l, c.at) {
				want = fmt.Sprintf("line %d: ", n+1)
			}
		}
		_, err := parseLineModel([]byte(c.file))
		if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: error %v, want one opening %q and saying %q", c.name, err, want, c.says)
		}
	}
}

// TestStructureLines: below the report, a run of the page's links the
// judges leave goes as structure; the report's sign-off stays, and so does
// a heading above a paragraph.
func TestStructureLines(t *testing.T) {
	for _, c := range []struct{ body, tail, gone, kept string }{
		{"社区开展重阳节敬老活动总结\n" +
			"为弘扬尊老敬老的传统美德，社区于十月组织志愿者走访辖区内的独居老人，为他们送去慰问品和节日祝福。\n" +
			"活动当天，志愿者们陪老人聊天、打扫房间，还为行动不便的老人测量血压，老人们十分感动。\n",
			"社区居委会\n2024年10月15日\n- 目录\n主页 /\n小站首页 > 社区动态 > 正文 12:30\n",
			"- 目录|主页 /", "社区居委会|2024年10月15日"},
		{"社區開展重陽節敬老活動總結\n" +
			"為弘揚尊老敬老的傳統美德，社區於十月組織志願者走訪轄區內的獨居老人，為他們送去慰問品和節日祝福。\n" +
			"活動當天，志願者們陪老人聊天、打掃房間，還為行動不便的老人測量血壓，老人們十分感動。\n",
			"社區居委會\n2024年10月15日\n- 目錄\n主頁 /\nPosted by chenxi | 14:05 | 0 comments\n",
			"- 目錄|主頁 /|Posted by chenxi | 14:05 | 0 comments", "社區居委會|2024年10月15日"},
	} {
		doc, err := Parse("a.txt", []byte(c.body+c.tail), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var structure []string
		for _, r := range doc.Removed {
			if r.Kind == "structure" {
				structure = append(structure, r.Text)
			}
		}
		for _, g := range strings.Split(c.gone, "|") {
			if !slices.Contains(structure, g) && strings.Contains(doc.Text, g) {
				t.Errorf("%q left (removed as structure: %q)", g, structure)
			}
		}
		for _, k := range strings.Split(c.kept, "|") {
			if !strings.Contains(doc.Text, k) {
				t.Errorf("%q lost (removed as structure: %q)", k, structure)
			}
		}
	}
}

// TestStructureGuards: where the model may not act, whatever it says.
func TestStructureGuards(t *testing.T) {
	const para = "社区组织志愿者走访辖区内的独居老人，为他们送去慰问品和节日祝福，老人们十分感动。"
	always := &lineModel{weights: make([]float64, len(lineFeatureNames)), bias: 10, threshold: 0.5}
	cases := []struct {
		page string
		gone []int
	}{
		{"菜单 一\n菜单 二\n" + para + "\n" + para + "\n页脚 二\n页脚 三", []int{0, 4, 5}}, // outside the body, not right above it
		{para + "\n中间一行\n" + para, nil},                                        // inside the body
		{"二、活动过程\n" + para, nil},                                               // a heading right above a paragraph
		{para + "\n活动安排如下：\n第一周", []int{1}},                                    // not under the author's introduction
		{para + "\n三、下一步计划\n继续走访", nil},                                        // a numbered heading, and under it
		{"菜单 一\n栏目", nil},                                                      // a page without prose
	}
	for _, c := range cases {
		p, lines, v := testPageLines(t, c.page)
		var gone []int
		now, _ := always.structureLines(p, lines, v, nil)
		for i, g := range now {
			if g {
				gone = append(gone, i)
			}
		}
		if !slices.Equal(gone, c.gone) {
			t.Errorf("%q: removed %v, want %v", c.page, gone, c.gone)
		}
	}
}

// longPage is a page of a report's paragraph over n lines of links, one in
// seven removed by the rules ("~"): a run of n lines that are not prose,
// below the body.
func longPage(n int) string {
	var b strings.Builder
	b.WriteString("首页 | 新闻中心\n" + simplifiedReport + "\n")
	for k := range n {
		if k%7 == 3 {
			b.WriteString("~")
		}
		fmt.Fprintf(&b, "栏目 %d | 链接 %d\n", k, k*7)
	}
	return b.String()
}

// TestPageLinesRuns: on long pages, block and keptBeyond, read from the
// counts newPageLines keeps, agree with a walk along the page's lines.
func TestPageLinesRuns(t *testing.T) {
	p, _, _ := testPageLines(t, "~菜单\n"+longPage(1500)+longPage(1500)+"~页脚")
	// walk counts the lines from line i on (step -1 or 1) before one that
	// stops it, and says whether one did.
	walk := func(i, step int, stop func(j int) bool) (n int, stopped bool) {
		for k := p.rank[i] + step; k >= 0 && k < len(p.order); k += step {
			if stop(p.order[k]) {
				return n, true
			}
			n++
		}
		return n, false
	}
	kept := func(j int) bool { return !p.removed(j) }
	for _, i := range p.order {
		before, _ := walk(i, -1, p.prose)
		after, _ := walk(i, 1, p.prose)
		if p.block(i) != 1+before+after {
			t.Fatalf("line %d: block %d, want %d", i, p.block(i), 1+before+after)
		}
		for _, step := range []int{-1, 1} {
			if _, want := walk(i, step, kept); p.keptBeyond(i, step) != want {
				t.Fatalf("line %d, step %d: keptBeyond %v, want %v", i, step, p.keptBeyond(i, step), want)
			}
		}
	}
}

// BenchmarkStructureLinesLongPage: the model's pass over a page is linear
// in its lines (no feature walks a whole run for each line).
func BenchmarkStructureLinesLongPage(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			p, lines, v := testPageLines(b, longPage(n))
			for b.Loop() {
				v.lineModel.structureLines(p, lines, v, nil)
			}
		})
	}
}

// TestStructureLate: above the body, a line whose probability reaches only
// the head threshold is marked to go late, unless it holds a date (the
// post's stamp) or is a table's row; below the body the head threshold
// does not act.
func TestStructureLate(t *testing.T) {
	const para = "社区组织志愿者走访辖区内的独居老人，为他们送去慰问品和节日祝福，老人们十分感动。"
	// Every line's probability is 1/(1+e^-1), about 0.73.
	between := &lineModel{weights: make([]float64, len(lineFeatureNames)), bias: 1, threshold: 0.99, headThreshold: 0.5, titleThreshold: 0.5}
	for _, c := range []struct {
		page string
		late []int
	}{
		{"栏目 一\n2024年10月15日\n栏目 二\n" + para + "\n" + para + "\n页脚 一\n页脚 二", []int{0}},
		{"欄目 一\n2024年10月15日\n欄目 二\n" + para + "\n" + para, []int{0}},
		{"栏目 一\n| 指标 | 完成 |\n| 个案 | 12个 |\n栏目 二\n" + para, []int{0}}, // the report's table stays
		{"欄目 一\n| 指標 | 完成 |\n| 個案 | 12個 |\n欄目 二\n" + para, []int{0}},
	} {
		p, lines, v := testPageLines(t, c.page)
		now, late := between.structureLines(p, lines, v, nil)
		var got []int
		for i := range lines {
			if now[i] {
				t.Errorf("%q: line %d removed at once", c.page, i)
			}
			if late[i] {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, c.late) {
			t.Errorf("%q: late %v, want %v", c.page, got, c.late)
		}
	}
}

// TestWithoutHeadLate: the lines marked late go above the first prose
// line only, once each, never one that holds the title, each with its
// kind.
func TestWithoutHeadLate(t *testing.T) {
	const para = "社区组织志愿者走访辖区内的独居老人，为他们送去慰问品和节日祝福，老人们十分感动。"
	const paraT = "社區組織志願者走訪轄區內的獨居老人，為他們送去慰問品和節日祝福，老人們十分感動。"
	v, err := defaultFurniture()
	if err != nil {
		t.Fatal(err)
	}
	model := func(l string) Removed { return Removed{Kind: "structure", Text: l} }
	for _, c := range []struct {
		lines       []string
		heads       []Removed
		title, want string
	}{
		{[]string{"栏目 一", "", para, "栏目 一"}, []Removed{model("栏目 一")}, "", "|" + para + "|栏目 一"},
		{[]string{"欄目 一", "欄目 一", paraT}, []Removed{model("欄目 一")}, "", "欄目 一|" + paraT},
		{[]string{"敬老活动总结 栏目", para}, []Removed{model("敬老活动总结 栏目")}, "敬老活动总结", "敬老活动总结 栏目|" + para},
		{[]string{paraT, "欄目 二"}, []Removed{model("欄目 二")}, "", paraT + "|欄目 二"},
		{[]string{"栏目 一", "字号:", para}, []Removed{model("栏目 一"), {Kind: "navigation", Text: "字号:"}}, "", para},
	} {
		folded := make([]string, len(c.lines))
		for i, l := range c.lines {
			folded[i] = fold.ToSimplified(l)
		}
		lines, _, removed := withoutHeadLate(c.lines, folded, c.heads, c.title, v)
		if got := strings.Join(lines, "|"); got != c.want {
			t.Errorf("%q: left %q, want %q", c.lines, got, c.want)
		}
		for _, r := range removed {
			if i := slices.IndexFunc(c.heads, func(h Removed) bool { return h.Text == r.Text }); i < 0 || c.heads[i].Kind != r.Kind {
				t.Errorf("%q: removed as %s", r.Text, r.Kind)
			}
		}
	}
}

// TestLineModelTraceOption: the study's trace (Options.lineModelTrace)
// receives the lines the model is asked about, outside the body's prose,
// and changes nothing in the document.
func TestLineModelTraceOption(t *testing.T) {
	const page = "社区活动总结\n\n第三期\n\n張三 李四\n\n本月社区组织居民开展了垃圾分类宣传活动，共有五十多位居民参加，志愿者讲解了分类的方法。\n\n活動結束後，居民們紛紛表示收穫很大，希望以後多開展這樣的活動。\n\n社區服務 | 義工"
	var traced []string
	doc, err := Parse("a.txt", []byte(page), Options{lineModelTrace: func(text string, _ lineFeatureVec) { traced = append(traced, text) }})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"第三期", "社區服務 | 義工"}; !slices.Equal(traced, want) {
		t.Errorf("traced %q, want %q", traced, want)
	}
	plain, err := Parse("a.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != plain.Title || doc.Text != plain.Text || !slices.Equal(doc.Removed, plain.Removed) {
		t.Errorf("traced: title %q text %q; without the trace %q %q", doc.Title, doc.Text, plain.Title, plain.Text)
	}
}
