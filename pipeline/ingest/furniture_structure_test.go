package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// foldedProse folds a test page's lines to Simplified and returns them
// with the indexes of its first and last prose lines (-1 when none), as
// removeFurniture hands them to the structural judges.
func foldedProse(v *furnitureVocab, lines []string) (folded []string, first, last int) {
	folded = make([]string, len(lines))
	first, last = -1, -1
	for i, l := range lines {
		folded[i] = fold.ToSimplified(l)
		if v.isProse(folded[i]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return folded, first, last
}

func TestBulletRuns(t *testing.T) {
	v := testFurniture(t)
	p1 := "十月十五日，社区志愿者为老人体检、理发，和老人一起包饺子，现场十分热闹。"
	p2 := "當天下午，社區在小區廣場舉辦敬老茶話會，十三位高齡老人與工作人員談家常。"
	stamp := "2024-10-15 09:30"
	for _, tt := range []struct {
		name  string
		lines []string
		known []int
		want  []bool
	}{
		{"a list of other headlines above the headline and its stamp",
			[]string{"• 河堤步道周末封闭维修", "• 東區街市新春揮春比賽報名", "• 图书馆延长夜间开放时间", "某某社区举办敬老活动", stamp, p1, p2},
			[]int{4}, []bool{true, true, true, false, false, false, false}},
		{"a tag list after the report and its credit",
			[]string{p1, p2, "责任编辑：某某", "- 敬老", "- 重阳", "- 志願服務"},
			[]int{2}, []bool{false, false, false, true, true, true}},
		{"a list right under the report stays",
			[]string{p1, p2, "• 慰问独居老人", "• 义诊测血压", "• 文艺表演"}, nil, nil},
		{"two rows stay", []string{"• 河堤步道周末封闭维修", "• 图书馆延长夜间开放时间", stamp, p1, p2}, []int{2}, nil},
		{"rows with clauses stay",
			[]string{"• 时间：十月十五日", "• 地点：社区广场", "• 人數：三十人", stamp, p1, p2}, []int{3}, nil},
		{"rows led by different bullets stay",
			[]string{"• 河堤步道周末封闭维修", "- 图书馆延长夜间开放时间", "· 東區街市新春揮春比賽報名", stamp, p1, p2}, []int{3}, nil},
	} {
		folded, first, last := foldedProse(v, tt.lines)
		empty := func(int) bool { return false }
		known := func(i int) bool { return slices.Contains(tt.known, i) }
		if got := bulletRuns(folded, first, last, empty, known, v); !slices.Equal(got, tt.want) {
			t.Errorf("%s: bulletRuns = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLatinTail(t *testing.T) {
	checkJudge(t, latinTail{}, []judgeCase{
		{line: "Copyright@某某日報", zone: zoneTail, want: "latin"},
		{line: "GMT+8, 2024-10-28 13:26", zone: zoneTail, want: "latin"},
		{line: "template_0412.html 某某 --> ", zone: zoneTail, want: "latin"},
		{line: "GMT+8, 2024-10-28 13:26", zone: zoneHead, want: ""},
		{line: "某某社区 2024.3.21", zone: zoneTail, want: ""},
		{line: "2023年3月21日", zone: zoneTail, want: ""},
		{line: "20xx年5月xx日", zone: zoneTail, want: ""},
		{line: "合计 1,200 3,456", zone: zoneTail, want: ""},
		{line: "The volunteers visited twelve families.", zone: zoneTail, want: ""},
		{line: "長者中心 Elderly Centre", zone: zoneTail, want: ""},
	})
}

func TestHeadFigure(t *testing.T) {
	checkJudge(t, headFigure{}, []judgeCase{
		{line: "07", zone: zoneHead, want: "widget"},
		{line: "11月", zone: zoneHead, want: "widget"},
		{line: "2024", zone: zoneHead, want: "widget"},
		{line: "(020)87654321", zone: zoneHead, want: "widget"},
		{line: "2024", zone: zoneBody, want: ""},
		{line: "07", zone: zoneTail, want: ""},
		{line: "Information", zone: zoneHead, want: ""},
		{line: "P. 60", zone: zoneHead, want: ""},
		{line: "2022年9月14、15日", zone: zoneHead, want: ""},
		{line: "2023-05-18", zone: zoneHead, want: ""},
		{line: "敬老院 2024", zone: zoneHead, want: ""},
		{line: "長者中心活動", zone: zoneHead, want: ""},
	})
}

func TestTailRun(t *testing.T) {
	v := testFurniture(t)
	p1 := "十月十五日，社区志愿者为老人体检、理发，和老人一起包饺子，现场十分热闹。"
	p2 := "當天下午，社區在小區廣場舉辦敬老茶話會，十三位高齡老人與工作人員談家常。"
	editor := "责任编辑：某某"
	for _, tt := range []struct {
		name   string
		lines  []string
		known  []int
		footer []int // the known lines of the page's own furniture, below which a run of one line goes
		want   []bool
	}{
		{"prompts and headlines under the page's credit",
			[]string{p1, p2, editor, "您可能感興趣的內容：", "社区举办重阳游园会", "返回某某网首页"},
			[]int{2}, nil, []bool{false, false, false, true, true, true}},
		{"a run with the page's furniture inside it",
			[]string{p1, p2, "更多关于敬老的新闻", editor, "图书馆延长开放时间", "返回首頁"},
			[]int{3}, nil, []bool{false, false, true, false, true, true}},
		{"a list right under the report stays",
			[]string{p1, p2, "慰问独居老人", "义诊测血压", "文艺表演", "版权所有"}, []int{5}, nil, nil},
		{"two short lines under a long notice stay",
			[]string{p1, p2, "本网站所刊登的各种新闻、信息和专题资料，版权均属本网所有", "返回首页", "分享"}, []int{2}, nil, nil},
		{"two short lines under the page's notice go",
			[]string{p1, p2, "本网站所刊登的各种新闻、信息和专题资料，版权均属本网所有", "返回首页", "分享"}, []int{2}, []int{2},
			[]bool{false, false, false, true, true}},
		{"a place's name alone under the page's stamp goes",
			[]string{p1, p2, "来源：某某新闻网 作者：某某 添加日期：2021-05-17", "某某省某某市青石区东坡"}, []int{2}, []int{2},
			[]bool{false, false, false, true}},
		{"a caption under a picture's mark stays",
			[]string{p1, p2, "\\", "志愿者为老人检查煤气管道"}, []int{2}, nil, nil},
		{"a signature under the page's stamp stays",
			[]string{p1, p2, "来源：某某新闻网 作者：某某", "某某社區服務中心"}, []int{2}, []int{2}, nil},
		{"a clause under the page's notice stays",
			[]string{p1, p2, "版权所有 某某网", "我们还走访了五户，其中"}, []int{2}, []int{2}, nil},
		{"a signature stops the run",
			[]string{p1, p2, editor, "返回首页", "分享", "某某社區服務中心", "2024年10月16日"}, []int{2}, nil, nil},
		{"an organisation's name in a cell stops the run",
			[]string{p1, p2, editor, "返回首页", "分享", "某某社區服務中心 |", "打印"}, []int{2}, nil, nil},
		{"a masked date stops the run",
			[]string{p1, p2, editor, "返回首页", "分享", "打印", "20xx年5月xx日"}, []int{2}, nil, nil},
		{"numbered headings and captions stop the run",
			[]string{p1, p2, editor, "返回首页", "（二）下一步计划", "圖為志工合影", "打印"}, []int{2}, nil, nil},
		{"an attachment and a contact stop the run",
			[]string{p1, p2, editor, "返回首页", "附件：报名表", "聯絡電話 12345678", "打印"}, []int{2}, nil, nil},
		{"other stories' headlines as long as a headline",
			[]string{p1, p2, editor, "南湖街道举办第三届邻里美食节 百余户居民同台亮厨艺", "青年志願者走進山區小學 為孩子們帶去一堂天文課", "市图书馆夜读季启幕 二十场讲座等你来"},
			[]int{2}, nil, []bool{false, false, false, true, true, true}},
		{"a line longer than a headline stops the run",
			[]string{p1, p2, editor, "南湖街道举办第三届邻里美食节 百余户居民同台亮厨艺 社区书记带头掌勺为老人送上热菜", "返回首页", "分享", "打印"},
			[]int{2}, nil, []bool{false, false, false, false, true, true, true}},
		{"a clause stops the run",
			[]string{p1, p2, editor, "返回首页", "我们还走访了五户，其中", "打印", "分享"}, []int{2}, nil, nil},
	} {
		folded := make([]string, len(tt.lines))
		last := -1
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
			if v.isProse(folded[i]) {
				last = i
			}
		}
		empty := func(int) bool { return false }
		known := func(i int) bool { return slices.Contains(tt.known, i) }
		footer := func(i int) bool { return slices.Contains(tt.footer, i) }
		if got := tailRun(folded, last, empty, known, footer, v); !slices.Equal(got, tt.want) {
			t.Errorf("%s: tailRun = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestHeadlineTail checks the run of other stories' headlines right under
// a report, with nothing of the page's between (headlineTail): five
// headlines of a headline's length, that share few pairs of characters
// with the report, go with their labels; fewer go not, nor captions or a
// list that say again the report's words, nor a signature, a date or a
// clause.
func TestHeadlineTail(t *testing.T) {
	v := testFurniture(t)
	p1 := "十月十五日，青石社区志愿者为独居老人体检、理发，和老人一起包饺子，现场十分热闹。"
	p2 := "當天下午，青石社區在小區廣場舉辦敬老茶話會，十三位高齡老人與社工談家常。"
	heads := []string{"南湖街道举办第三届邻里美食节 百余户居民同台亮厨艺", "【校园直击】山区小学迎来天文课,孩子们仰望星空",
		"市图书馆夜读季启幕 二十场讲座等你来", "環城綠道全線貫通 騎行愛好者搶先體驗", "春季花卉展开幕:十万盆鲜花扮靓湖滨公园", "高铁新站"}
	for _, tt := range []struct {
		name  string
		lines []string
		known []int
		want  []bool
	}{
		{"five headlines and their labels go, a cut one at the end too",
			append([]string{p1, p2, "推荐阅读", "今日要闻"}, heads...), nil,
			[]bool{false, false, true, true, true, true, true, true, true, true}},
		{"known furniture inside the run is passed over",
			append([]string{p1, p2}, append(heads[:3], append([]string{"版权所有"}, heads[3:5]...)...)...), []int{5},
			[]bool{false, false, true, true, true, false, true, true}},
		{"four headlines stay", append([]string{p1, p2}, heads[:4]...), nil, nil},
		{"captions that say again the report's words stay",
			[]string{p1, p2, "青石社区志愿者为独居老人理发", "社区志愿者和老人一起包饺子", "高齡老人在敬老茶話會上談家常", "青石社区志愿者为老人体检", "十三位高齡老人與社工合影"}, nil, nil},
		{"a signature and a date stop the run",
			append(append([]string{p1, p2}, heads[:4]...), "某某社區服務中心", "2024年10月16日"), nil, nil},
		{"a sentence stops the run",
			append([]string{p1, p2}, append(heads[:2], append([]string{"我们还走访了五户独居老人。"}, heads[2:5]...)...)...), nil, nil},
	} {
		folded, first, last := foldedProse(v, tt.lines)
		empty := func(int) bool { return false }
		known := func(i int) bool { return slices.Contains(tt.known, i) }
		if got := headlineTail(folded, first, last, empty, known, v); !slices.Equal(got, tt.want) {
			t.Errorf("%s: headlineTail = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBilingualLines checks which English lines a judge took stay as a
// bilingual text's own, in pages of a few lines, Simplified and
// Traditional: between two of the text's lines below one holding English
// words, continuing a list from such a line, above a sentence holding
// English words; and which go: at the page's end below prose, above a
// bilingual headline, above a headline without English.
func TestBilingualLines(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	prose := "周六上午，协会的二十多位义工来到湖边公园，陪长者们散步、下棋、聊天。"
	proseHant := "週六上午，協會的二十多位義工來到湖邊公園，陪長者們散步、下棋、聊天。"
	english := "The helpers took the old folk for a walk and sat by them in the park."
	for _, c := range []struct {
		lines []string
		latin string // the English line asked about
		stays bool
	}{
		{[]string{prose, "协会主席Peter Lam 为长者派发礼物", "Lakeside Seniors Club", "长者们在草地上合影"}, "Lakeside Seniors Club", true},
		{[]string{proseHant, "協會主席Peter Lam 為長者派發禮物", "Lakeside Seniors Club", "長者們在草地上合影"}, "Lakeside Seniors Club", true},
		{[]string{prose, "Westlake、Northfield、Kingsway、Ashford、", "Port Elm Gardens 也在联络中。"}, "Westlake、Northfield、Kingsway、Ashford、", true},
		{[]string{proseHant, "Westlake、Northfield、Kingsway、Ashford、", "Port Elm Gardens 也在聯絡中。"}, "Westlake、Northfield、Kingsway、Ashford、", true},
		{[]string{prose, english + " What we did:", "- Morning walk", "- Board games"}, "- Board games", true},
		{[]string{prose, "Lakeside Picnic", english}, "Lakeside Picnic", true},
		{[]string{prose, english, "Back to Top"}, "Back to Top", false},                             // the page's end
		{[]string{prose, "协会主席Peter Lam 致辞。", "Powered by Some CMS"}, "Powered by Some CMS", false}, // the page's end
		{[]string{"Lakeside CCA", "Lakeside seniors picnic 湖畔长者野餐会", prose}, "Lakeside CCA", false}, // above a headline
		{[]string{"Lakeside Seniors Club", "湖畔長者野餐會", proseHant}, "Lakeside Seniors Club", false},   // no English around it
	} {
		folded := strings.Split(fold.ToSimplified(strings.Join(c.lines, "\n")), "\n")
		res := removeFurniture(c.lines, folded, pats, testFurniture(t), Options{})
		if stays := slices.Contains(res.lines, c.latin); stays != c.stays {
			t.Errorf("%q in %q: stays %v, want %v (removed %v)", c.latin, c.lines, stays, c.stays, res.removed)
		}
	}
}

func TestSourceEchoes(t *testing.T) {
	v := testFurniture(t)
	p1 := "十月十五日，社区志愿者为老人体检、理发，和老人一起包饺子，现场十分热闹。"
	stamp := "2024-10-15 09:30 来源：东山日报 编辑：某某"
	for _, tt := range []struct {
		name  string
		lines []string
		known []int
		want  []bool
		lead  int
	}{
		{"the source alone under the stamp",
			[]string{"东山街道举办敬老活动", stamp, "东山日报", p1}, []int{1}, []bool{false, false, true, false}, 0},
		{"the source with a column's name",
			[]string{"东山街道举办敬老活动", stamp, "东山日报-要闻", p1}, []int{1}, []bool{false, false, true, false}, 0},
		{"the source with its reporters in brackets",
			[]string{"东山街道举办敬老活动", "發布時間：2024-10-15 | 來源：東山日報 | 責任編輯：某某", "東山日報（張三 李四）", p1}, []int{1}, []bool{false, false, true, false}, 0},
		{"the value of a source's label left without one",
			[]string{"东山街道举办敬老活动", "发布时间：2024-10-15 信息来源：", "东山区民政局", p1}, []int{1}, []bool{false, false, true, false}, 0},
		{"the source before a space at the first paragraph's start",
			[]string{"东山街道举办敬老活动", stamp, "东山日报 " + p1}, []int{1}, nil, 4},
		{"the source and its reporters before a space at the first paragraph's start",
			[]string{"东山街道举办敬老活动", stamp, "东山日报（张三 李四） " + p1}, []int{1}, nil, 11},
		{"a headline opening with the source's name stays",
			[]string{stamp, "东山日报社组织记者走进敬老院", p1}, []int{0}, nil, 0},
		{"a line holding a clause's mark stays",
			[]string{"东山街道举办敬老活动", stamp, "东山日报，要闻", p1}, []int{1}, nil, 0},
		{"a source named on a line no judge took says nothing",
			[]string{"东山街道举办敬老活动", stamp, "东山日报", p1}, nil, nil, 0},
		{"a source's label followed by the next field's says nothing",
			[]string{"东山街道举办敬老活动", "来源： 发布时间：2024-10-15", "发布时间", p1}, []int{1}, nil, 0},
		{"a headline under a source's label left without its value stays",
			[]string{"信息来源：", "东山街道开展重阳敬老志愿服务活动", p1}, []int{0}, nil, 0},
		{"the source's name run into the first sentence stays",
			[]string{"东山街道举办敬老活动", stamp, "东山日报记者日前走进东山街道，与老人们一起包饺子。"}, []int{1}, nil, 0},
	} {
		folded, first, _ := foldedProse(v, tt.lines)
		empty := func(int) bool { return false }
		known := func(i int) bool { return slices.Contains(tt.known, i) }
		got, lead := sourceEchoes(folded, first, empty, known, v)
		if !slices.Equal(got, tt.want) || lead != tt.lead {
			t.Errorf("%s: sourceEchoes = %v, %d, want %v, %d", tt.name, got, lead, tt.want, tt.lead)
		}
	}
}
