package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestBlockHeading(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		line    string
		related bool
		gallery bool
	}{
		{"新闻推荐", true, false},
		{"新聞推薦", true, false},
		{"- 该号其他文章：", true, false},
		{"【相關閱讀】", true, false},
		{"活動相片", false, true},
		{"其他活动花絮", false, true},
		{"三、活动花絮", false, false}, // the author's numbered section
		{"2.活动相片", false, false}, // numbered too
		{"先进典型推荐", false, false}, // 推荐 alone ends no related heading
		{"为你推荐", true, false},
		{"本地新聞", true, false}, // a column's name (round 16)
		{"社區資訊", true, false},
		{"更多相關報導", true, false},
		{"志愿者向居民推荐了三本好书，大家都很喜欢", false, false},
		{"社区活动精彩瞬间回顾与展望总结", false, false}, // too long for a heading
		// Round 24: a list's mark joined to what the list holds, either order.
		{"最新消息", true, false},
		{"熱門影視", true, false},
		{"專題推薦", true, false},
		{"栏目更新", true, false},
		{"隨機文章", true, false},
		{"推荐", false, false},             // a mark alone names no list
		{"信息", false, false},             // nor what a list holds
		{"优秀志愿者推荐", false, false},        // 推荐 after no list's noun
		{"三、最新消息", false, false},         // the author's numbered section
		{"居民最关心的最新消息已经公布", false, false}, // too long, a clause
	} {
		f := fold.ToSimplified(tt.line)
		if got := blockHeading(f, v.relatedHeadings); got != tt.related {
			t.Errorf("blockHeading(%q, related) = %v, want %v", tt.line, got, tt.related)
		}
		if got := blockHeading(f, v.galleryHeadings); got != tt.gallery {
			t.Errorf("blockHeading(%q, gallery) = %v, want %v", tt.line, got, tt.gallery)
		}
	}
}

func TestTailBlock(t *testing.T) {
	v := testFurniture(t)
	p1 := "十月十五日，社区志愿者为老人体检、理发，和老人一起包饺子，现场十分热闹。"
	p2 := "當天下午，社區在小區廣場舉辦敬老茶話會，十三位高齡老人與工作人員談家常。"
	p3 := "老人们高兴地说，社区把活动办到了家门口，大家都感到很温暖，很幸福。"
	for _, tt := range []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"a related heading, a teaser and a slogan after the report",
			[]string{p1, p2, p3, "新闻推荐", "每日清晨六点，某某乡的家庭农场就开工了，工人们摘辣椒、挖芦笋……", "某某新闻，讲述家乡的故事。有观点、有态度，传播正能量。"},
			[]bool{false, false, false, true, true, true}},
		{"a gallery heading with dated items",
			[]string{p1, p2, "某某社區發展協會 敬上", "其他活動花絮", "113-12-20 歲末感恩餐會", "113-11-02 重陽敬老講座"},
			[]bool{false, false, false, true, true, true}},
		{"a gallery heading, last line of the page", []string{p1, p2, "活動相片"}, []bool{false, false, true}},
		{"a column's name, last line of the page", []string{p1, p2, "本地新聞"}, []bool{false, false, true}},
		// Round 22: a block of pictured stories, a sidebar of the most read.
		{"pictured stories, last line of the page", []string{p1, p2, p3, "图文推荐"}, []bool{false, false, false, true}},
		{"the most read, with the sidebar below", []string{p1, p2, "某某安全", "熱度排行", "公示公告", "友情鏈接"}, []bool{false, false, false, true, true, true}},
		{"the most read above most of the report stays", []string{p1, "点击排行", p2, p3}, nil},
		{"a column's name above most of the report stays", []string{p1, "社区资讯", p2, p3}, nil},
		{"a gallery heading over the author's paragraph stays", []string{p1, p2, "活动花絮", p3}, nil},
		{"a heading word above most of the report stays", []string{p1, "猜你喜欢", p2, p3}, nil},
		{"a numbered section stays", []string{p1, p2, "三、活动花絮", "活动合影", "居民留影"}, nil},
		{"nothing before the body", []string{"新闻推荐", p1, p2}, nil},
		// Round 24: a list's mark and what it holds head the site's block.
		{"hot pictures then random articles, the page's end", []string{p1, p2, p3, "热点图片", "随机文章"}, []bool{false, false, false, true, true}},
		{"a channel's picks over the sidebar", []string{p1, p2, "頻道推薦", "返回頂部", "友情鏈接"}, []bool{false, false, true, true, true}},
		{"the latest above most of the report stays", []string{p1, "最新消息", p2, p3}, nil},
		// Round 29: a heading speaking to its reader with the polite 您.
		{"picked for you, politely, with a teaser", []string{p1, p2, p3, "为您推荐", "某某县举办秋季农民丰收节，三十多个村的农产品集中亮相。"}, []bool{false, false, false, true, true}},
		{"Traditional, picked for you, the page's end", []string{p1, p2, "為您推薦"}, []bool{false, false, true}},
		{"guessed for you, politely, over the sidebar", []string{p1, p2, "猜您喜歡", "返回頂部"}, []bool{false, false, true, true}},
		{"a polite heading above most of the report stays", []string{p1, "为您推荐", p2, p3}, nil},
	} {
		folded := make([]string, len(tt.lines))
		prose := make([]bool, len(tt.lines))
		first := -1
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
			if prose[i] = v.isProse(folded[i]); prose[i] && first < 0 {
				first = i
			}
		}
		never := func(int) bool { return false }
		if got := tailBlock(folded, prose, first, never, never, v); !slices.Equal(got, tt.want) {
			t.Errorf("%s: tailBlock = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestHeadlineCredits(t *testing.T) {
	v := testFurniture(t)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	const head, headT = "某某镇开展春季植树活动 千余人栽下柳树", "某某鎮開展春季植樹活動 千餘人栽下柳樹"
	body := "三月十日上午，某某镇干部职工来到河滩植树，大家挖坑、扶苗、培土，忙得热火朝天。"
	bodyT := "三月十日上午，某某鎮幹部職工來到河灘植樹，大家挖坑、扶苗、培土，忙得熱火朝天。"
	for _, tt := range []struct {
		name  string
		lines []string // the body's last line is the second
		want  []bool
	}{
		{"an editor's credit in brackets", []string{head, body, "【" + head + "】(某某网编辑某某某)"}, []bool{false, false, true}},
		{"a role and names, traditional", []string{headT, bodyT, "【 " + headT + "】美編:某某 某某某"}, []bool{false, false, true}},
		{"the headline with more of the report", []string{head, body, "【" + head + "】活动共栽下柳树四千余株，成活率达九成。"}, nil},
		{"a headline said nowhere else", []string{head, body, "【某某村开展义诊活动】(某某网编辑某某某)"}, nil},
		{"the headline alone in brackets", []string{head, body, "【" + head + "】"}, nil},
	} {
		folded := make([]string, len(tt.lines))
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
		}
		empty := func(i int) bool { return strings.TrimSpace(folded[i]) == "" }
		if got := headlineCredits(folded, 1, empty, v, pats); !slices.Equal(got, tt.want) {
			t.Errorf("%s: headlineCredits = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPageTags(t *testing.T) {
	const head = "某某中学开展垃圾分类宣传"
	body := "五月八日，某某中学组织学生走进石桥社区，向居民讲解垃圾分类的方法。"
	bodyT := "五月八日，某某中學組織學生走進石橋社區，向居民講解垃圾分類的方法。"
	for _, tt := range []struct {
		name  string
		lines []string // the body is the second line and the lines up to lastProse
		last  int      // lastProse
		want  int
	}{
		{"three tags, two said above", []string{head, body, "某某中学,垃圾分类,环保周"}, 1, 2},
		{"two tags, traditional", []string{head, bodyT, "", "某某中學，石橋社區"}, 1, 3},
		{"the tags taken into the body", []string{head, body, "某某中学,石桥社区"}, 2, 2},
		{"one phrase said above", []string{head, body, "某某中学,环保周,志愿活动"}, 1, -1},
		{"the report's last words cut before their full stop", []string{head, body, "居民们纷纷表示,要从自家做起"}, 1, -1},
		{"a clause mark in a phrase", []string{head, body, "某某中学,石桥社区:垃圾分类"}, 1, -1},
		{"five phrases", []string{head, body, "某某中学,石桥社区,垃圾分类,五月八日,居民"}, 1, -1},
		{"not the page's last line", []string{head, body, "某某中学,石桥社区", "上一篇"}, 1, -1},
		{"not right under the body", []string{head, body, "返回列表", "某某中学,石桥社区"}, 1, -1},
	} {
		folded := make([]string, len(tt.lines))
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
		}
		empty := func(i int) bool { return strings.TrimSpace(folded[i]) == "" }
		if got := pageTags(folded, 1, tt.last, empty); got != tt.want {
			t.Errorf("%s: pageTags = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestCutCopies(t *testing.T) {
	v := testFurniture(t)
	body := "二〇二四年中秋節是一個特殊的中秋節，社區在廣場舉辦了一系列活動，居民們一起賞月、猜燈謎，氣氛熱烈。"
	for _, tt := range []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"a document site's blurb, the opening cut",
			[]string{"中秋节活动总结", "二〇二四年中秋節是一個特殊的中秋節，社區在廣場舉辦了一系", body},
			[]bool{false, true, false}},
		{"a <title> cut at a fixed length above the headline",
			[]string{"某某街道某某社区志愿服务站开展“金秋敬老，邻里同乐”重", "导语", "某某街道某某社区志愿服务站开展“金秋敬老，邻里同乐”重阳节活动", body},
			[]bool{true, false, false, false}},
		{"a blurb cut with an ellipsis", []string{"二〇二四年中秋節是一個特殊的中秋節，社區在廣場舉辦了一系…", body}, []bool{true, false}},
		{"a title said again before the first sentence stays",
			[]string{"某某社区二〇二四年中秋节主题活动工作总结", "某某社区二〇二四年中秋节主题活动工作总结9月17日，社区在广场举办活动。"}, nil},
		{"a sentence said again stays", []string{"社区在广场举办了中秋活动，居民们一起赏月。", "社区在广场举办了中秋活动，居民们一起赏月。大家都很开心。"}, nil},
		{"a short line stays", []string{"二〇二四年中秋節", body}, nil},
		{"a copy below the full line stays", []string{body, "二〇二四年中秋節是一個特殊的中秋節，社區在廣場舉辦了一系"}, nil},
	} {
		folded := make([]string, len(tt.lines))
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
		}
		empty := func(i int) bool { return strings.TrimSpace(folded[i]) == "" }
		if got := cutCopies(folded, empty, v); !slices.Equal(got, tt.want) {
			t.Errorf("%s: cutCopies = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRound10RowForms checks the forms round 10 taught older judges: a
// machine date written day first in a stamp, and a row of counters some
// of which no list names.
func TestRound10RowForms(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, stampRow{}, []judgeCase{
		{line: "26.06.2014  01:31", zone: zoneHead, want: "byline"},
		{line: "31/03/2025 09:12 某某中心", zone: zoneTail, want: "byline"},
		{line: "26.06.2014  01:31", zone: zoneBody, want: ""},
		{line: "26.13.2014  01:31", zone: zoneHead, want: ""},
	})
	checkJudge(t, siteCounter{v}, []judgeCase{
		{line: "瀏覽 3,218 ｜ 回覆 6", zone: zoneHead, want: "counter"},
		{line: "文档数 3,412 ｜ 粉丝 867 ｜ 关注", zone: zoneHead, want: "counter"},
		{line: "阅读 1,200 | 转发 36", zone: zoneTail, want: "counter"},
		{line: "瀏覽 3,218 ｜ 回覆 6", zone: zoneBody, want: ""},    // a table's row in the report
		{line: "志愿者 120 ｜ 服务 36", zone: zoneHead, want: ""},    // no counter the lists know
		{line: "浏览 320 ｜ 志愿服务时长 36", zone: zoneHead, want: ""}, // a long word is no counter's name
		{line: "关注", zone: zoneHead, want: ""},
	})
}

func TestSlashByline(t *testing.T) {
	checkJudge(t, slashByline{}, []judgeCase{
		{line: "某某大學某某公益產學合作校園記者王小明/新北報導", zone: zoneHead, want: "byline"},
		{line: "某某大学校园记者 王小明 / 某市报道", zone: zoneHead, want: "byline"},
		{line: "【教育廣播電台/陳某某】", zone: zoneHead, want: "byline"},
		{line: "[某某日报/张三]", zone: zoneTail, want: "byline"},
		{line: "【活動回顧/社區長者】", zone: zoneHead, want: ""}, // a column, not an outlet
		{line: "社区/街道联合开展重阳敬老活动报道", zone: zoneHead, want: ""},
		{line: "记者王小明/新北报导", zone: zoneHead, want: "byline"},
		{line: "【某某电台】", zone: zoneHead, want: ""},
		{line: "某某/某市日报记者王小明通讯员李四", zone: zoneHead, want: "byline"},
		{line: "某某/某市日報記者王小明 通訊員李四", zone: zoneHead, want: "byline"},
		{line: "【某某時報記者陳某某/3月5日台北報導〕", zone: zoneHead, want: "byline"},
		{line: "某市日报记者王小明", zone: zoneHead, want: ""}, // no slash: bylineLine's
		{line: "记者/摄影爱好者们聚在一起", zone: zoneHead, want: ""},
	})
}

func TestIsHeaderLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"港島東義工聯會 Island East Volunteers Association", true},
		{"某某理工大学团委 Some University of Technology Youth League", true},
		{"志愿同行 青春担当", true},
		{"Island East Volunteers Association of Hong Kong Island District", false}, // no Han: a Latin line is latinHead's
		{"某某社区在广场举办中秋活动，居民们一起赏月、猜灯谜，现场十分热闹。", false},
		{"某某社區綜合服務中心位於某某街道某某大廈三樓服務區內的長者及家庭和青少年以及新來港人士 Some Centre", false}, // too long without its Latin words too
	} {
		if got := isHeaderLine(tt.line); got != tt.want {
			t.Errorf("isHeaderLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestTailWidget(t *testing.T) {
	checkJudge(t, tailWidget{}, []judgeCase{
		{line: "Baidu", zone: zoneTail, want: "widget"},
		{line: "map", zone: zoneTail, want: "widget"},
		{line: "[1]", zone: zoneTail, want: "widget"},
		{line: "Powered by Discuz! X3.4", zone: zoneTail, want: "widget"},
		{line: "Baidu", zone: zoneHead, want: ""},    // latinHead's, when it is one
		{line: "2024.1.5", zone: zoneTail, want: ""}, // the report's sign-off date
		{line: "5/1/2024", zone: zoneTail, want: ""},
		{line: "某某社區 敬上", zone: zoneTail, want: ""},
		{line: "——", zone: zoneTail, want: ""}, // separatorOnly's
		{line: "X", zone: zoneTail, want: ""},  // a placeholder opening a line cut off
		{line: "Processed in 0.062481 second(s), 27 queries, a long credit line of the forum software", zone: zoneTail, want: ""},
	})
}

func TestTailNumber(t *testing.T) {
	checkJudge(t, tailNumber{}, []judgeCase{
		{line: "3", zone: zoneTail, end: true, want: "page"},
		{line: "7", zone: zoneTail, before: true, want: "page"},
		{line: "12", zone: zoneTail, end: true, want: "page"},
		{line: "7", zone: zoneTail, want: ""},               // the report may go on below it
		{line: "3", zone: zoneHead, before: true, want: ""}, // headFigure's, or a title's part
		{line: "3", zone: zoneBody, before: true, want: ""},
		{line: "1234", zone: zoneTail, end: true, want: ""}, // a year, a sum
		{line: "3人", zone: zoneTail, end: true, want: ""},
		{line: "3個", zone: zoneTail, end: true, want: ""},
		{line: "三", zone: zoneTail, end: true, want: ""},
		{line: "X", zone: zoneTail, end: true, want: ""},
	})
}

func TestDotSlogan(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, dotSlogan{v}, []judgeCase{
		{line: "某医网 · 医护人员都在用的资料库", zone: zoneHead, want: "slogan"},
		{line: "捐款支持 ‧ 與青少年同行 ‧ 網上捐款 按此", zone: zoneTail, want: "slogan"},
		{line: "專業 · 用心 · 溫暖", zone: zoneTail, want: "slogan"},
		{line: "情暖重阳·爱在社区", zone: zoneHead, want: ""},         // a headline of two phrases may stand there
		{line: "活动回顾 · 重阳敬老", zone: zoneTail, want: ""},       // a title's ending
		{line: "某某社区 · 某某志愿服务队", zone: zoneTail, want: ""},    // the report's sign-off
		{line: "某某网 · 2024年度总结", zone: zoneHead, want: ""},    // figures
		{line: "某某网 · 医护人员都在用的资料库", zone: zoneBody, want: ""}, // never in the body
	})
}

// TestPromptAskingTwice checks that a head line asking the reader twice is
// a widget even where a title could stand, and one asking once is not.
func TestPromptAskingTwice(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, uiPrompt{v}, []judgeCase{
		{line: "点击蓝字 关注我们", zone: zoneHead, want: "widget"},
		{line: "需掃碼在手機上打開文章後點擊更新提醒", zone: zoneHead, want: "widget"},
		{line: "打开心门 温暖童心", zone: zoneHead, want: ""}, // one prompt word: a headline may hold it
		{line: "点击蓝字 关注我们", zone: zoneBody, want: ""},
	})
}

func TestArrowFramed(t *testing.T) {
	checkJudge(t, arrowFramed{}, []judgeCase{
		{line: "↓↓↓ 某某寫作幫：總結不會寫？三分鐘幫你搞定 ↓↓↓", zone: zoneBody, want: "widget"},
		{line: "(↓ 廣告 ↓)", zone: zoneBody, want: "widget"},
		{line: "▼ 点击查看活动照片 ▼", zone: zoneTail, want: "widget"},
		{line: "↓↓↓", zone: zoneBody, want: ""}, // arrows only: separatorOnly's
		{line: "↓ 活动流程如下", zone: zoneBody, want: ""},
		{line: "参加人数逐年上升↑", zone: zoneBody, want: ""},
	})
}

func TestOrnamentFramed(t *testing.T) {
	checkJudge(t, ornamentFramed{}, []judgeCase{
		{line: "—分享—", zone: zoneHead, want: "decoration"},
		{line: "🎙會訊活動🎙", zone: zoneHead, want: "decoration"},
		{line: "- 精品推荐 -", zone: zoneHead, want: "decoration"},
		{line: "—分享—", zone: zoneBody, want: ""},
		{line: "—2—", zone: zoneHead, want: ""},                  // a page number
		{line: "【社区活动】", zone: zoneHead, want: ""},               // brackets, not one ornament twice
		{line: "——社区组织志愿者开展重阳节敬老活动——", zone: zoneHead, want: ""}, // a headline's length
		{line: "—", zone: zoneHead, want: ""},
	})
}

func TestAfterSignoff(t *testing.T) {
	v := testFurniture(t)
	body := "今年共辦理淨灘二十四場，參加人次兩千四百餘人，清出海廢約七點八公噸，感謝每一位參加的朋友。"
	for _, tt := range []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"a reader's comment and a signature under the signed date",
			[]string{body, "海岸守護志工隊 阿海", "2024年1月7日", "淨灘不是一天的事，是一輩子的習慣。", "夜間巡守有需要人手嗎？我家就住附近"},
			[]bool{false, false, false, true, true}},
		{"a machine date signs off too", []string{body, "2023-10-09", "名额满得好快，下次早点抢"}, []bool{false, false, true}},
		{"without a signed date nothing goes", []string{body, "海岸守護志工隊 阿海", "淨灘不是一天的事，是一輩子的習慣。"}, nil},
		{"a name or a label under the date stays", []string{body, "2024年1月7日", "海岸守护志愿队"}, nil},
	} {
		folded := make([]string, len(tt.lines))
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
		}
		empty := func(i int) bool { return strings.TrimSpace(folded[i]) == "" }
		never := func(int) bool { return false }
		if got := afterSignoff(folded, 0, empty, never, v); !slices.Equal(got, tt.want) {
			t.Errorf("%s: afterSignoff = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestGalleryNumbers(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"numbers where pictures stand", []string{"三月里，某某社区组织居民到河边植树，共栽下树苗八十棵。", "1", "", "2", "志愿者为刚栽下的小树苗浇水培土", "3", "活动结束后，居民们在树下合影留念。"},
			[]bool{false, true, false, true, false, true, false}},
		{"Traditional, two numbers side by side", []string{"週末，某某協會的義工到長者中心陪伴長者下棋。", "1", "2", "義工們還為長者準備了熱騰騰的湯圓，大家有說有笑。"},
			[]bool{false, true, true, false}},
		{"a section's number once stays", []string{"正文。", "1", "宣传进社区，居民踊跃参与"}, nil},
		{"numbers that do not rise stay", []string{"正文一，写得很长很长很长很长。", "2", "正文二，写得很长很长很长很长。", "1"}, nil},
		{"a counter printed twice stays", []string{"正文一，写得很长很长很长很长。", "0", "正文二，写得很长很长很长很长。", "0"}, nil},
		{"a table a cell to a line stays", []string{"序号", "姓名", "1", "張某某", "2", "李某某"}, nil},
		{"a year or a sum is no picture's number", []string{"正文一，写得很长很长很长很长。", "2023", "正文二，写得很长很长很长很长。", "2024"}, nil},
	} {
		if got := galleryNumbers(tt.lines); !slices.Equal(got, tt.want) {
			t.Errorf("%s: galleryNumbers = %v, want %v", tt.name, got, tt.want)
		}
	}
}
