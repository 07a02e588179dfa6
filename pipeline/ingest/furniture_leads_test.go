package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestOutletLead(t *testing.T) {
	checkJudge(t, outletLead{}, []judgeCase{
		{line: "【某某时报6月18日报导】(某某社记者某某某某县十八日电)", want: "byline"},
		{line: "【某某時報6月18日報導】", want: "byline"},
		{line: "某某融媒(记者 某某某)", want: "byline"},
		{line: "某某日報（記者 某某）", want: "byline"},
		{line: "【6月18日】社区开展活动", want: ""},
		{line: "社区志愿者(记者站 某某)开展活动，居民踊跃参加。", want: ""},
		{line: "某某社区(含三个小区)", want: ""},
	})
}

func TestNamesCredit(t *testing.T) {
	checkJudge(t, namesCredit{}, []judgeCase{
		{line: "(某文昕 李青)", zone: zoneBody, want: "credit"},
		{line: "（張三 李四 王小五）", zone: zoneTail, want: "credit"},
		{line: "(某某某)", zone: zoneBody, want: ""}, // one name: parenCredit's, after the body only
		{line: "(上午 下午)", zone: zoneBody, want: "credit"},
		{line: "(含2个小区 3个村)", zone: zoneBody, want: ""},
		{line: "(一) 活动背景", zone: zoneBody, want: ""},
	})
}

func TestTailNames(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, tailNames{v}, []judgeCase{
		{line: "王某 李某某", zone: zoneTail, want: "credit"},
		{line: "張三 李四 王小五", zone: zoneTail, want: "credit"},
		{line: "某某新闻网 张三 李四", zone: zoneTail, want: "credit"},
		{line: "某某電視台 張三", zone: zoneTail, want: ""}, // one name: who signs may be the author
		{line: "王某 李某某", zone: zoneBody, want: ""},
		{line: "王某 李某某", zone: zoneHead, want: ""},
		{line: "东湖社区 张三", zone: zoneTail, want: ""},
		{line: "張三 供圖", zone: zoneTail, want: ""},
		{line: "一、 活动背景", zone: zoneTail, want: ""},
		{line: "张三 李四 王五 赵六 钱七", zone: zoneTail, want: ""},
	})
}

func TestDateCounts(t *testing.T) {
	checkJudge(t, dateCounts{}, []judgeCase{
		{line: "2021-1-20 41 1/20", want: "byline"},
		{line: "2021-1-20 41 1/20", zone: zoneTail, want: "byline"},
		{line: "2021/01/20 12:30 1024", want: "byline"},
		{line: "2021-1-20 41 1/20", zone: zoneBody, want: ""},
		{line: "2021-1-20", want: ""},
		{line: "2021-1-20 某某社区", want: ""},
		{line: "2021-1-20 至 2021-2-20", want: ""},
	})
}

func TestCellTail(t *testing.T) {
	checkJudge(t, cellTail{}, []judgeCase{
		{line: "某地0 |", zone: zoneTail, want: "widget"},
		{line: "｜ 某某", zone: zoneTail, want: "widget"},
		{line: "某某社区活动 |", zone: zoneHead, want: ""},
		{line: "| 活动 | 人数 |", zone: zoneTail, inTable: true, cells: true, want: ""}, // inTable is amidCells too
		{line: "某某社区志愿服务队全体队员 |", zone: zoneTail, want: ""},
		{line: "感谢大家，再会 |", zone: zoneTail, want: ""},
		// Round 21: a cell among cells is a row of the report's table.
		{line: "某某乡事委员会 |", zone: zoneTail, cells: true, want: ""},
		{line: "義工清掃落葉 |", zone: zoneTail, cells: true, want: ""},
	})
}

func TestPosterRun(t *testing.T) {
	page := []string{
		"Mid-Autumn", "Festival", "喜迎中秋", "花好月圆",
		"又是一年中秋时，社区开展了茶话会活动。",
	}
	known := func(int) bool { return false }
	got := posterRun(page, page, 4, known)
	if want := []bool{true, true, true, true, false}; !slices.Equal(got, want) {
		t.Errorf("posterRun = %v, want %v", got, want)
	}
	// A table's cells printed line by line are followed by numbers, not
	// by the text.
	table := []string{"區別", "關懷長者人數", "志工人數", "萬華區", "244人", "48人", "服務成果如上表所示，感謝各位志工的投入與付出。"}
	if got := posterRun(table, table, 6, known); got != nil {
		t.Errorf("posterRun(a table) = %v, want none", got)
	}
	// A title among short lines is no poster.
	titled := []string{"喜迎中秋", "某某社区中秋活动总结", "花好月圆", "桂花飘香，社区开展了茶话会活动，居民们欢聚一堂。"}
	if got := posterRun(titled, titled, 3, known); got != nil {
		t.Errorf("posterRun(a run with a title) = %v, want none", got)
	}
	two := []string{"喜迎中秋", "花好月圆", "桂花飘香，社区开展了茶话会活动，居民们欢聚一堂。"}
	if got := posterRun(two, two, 2, known); got != nil {
		t.Errorf("posterRun(two lines) = %v, want none", got)
	}
}

func TestCommentRow(t *testing.T) {
	checkJudge(t, commentRow{}, []judgeCase{
		{line: "推 reader01: 辛苦了！偏鄉真的很需要這樣的營隊          02/18 21:10", zone: zoneTail, want: "forum"},
		{line: "→ someone: 謝謝～明年寒假也歡迎一起來 02/18 21:15", zone: zoneBody, want: "forum"},
		{line: "噓 cheap_gold: 营队都只办五天有用吗 02/19 10:26", zone: zoneTail, want: "forum"},
		{line: "reader01：写得真好 2023-12-31 09:12", zone: zoneTail, want: "forum"},
		{line: "时间：下午 14:30", zone: zoneBody, want: ""},
		{line: "活动安排：6月18日 14:30", zone: zoneBody, want: ""},
		{line: "签到 CPR: 学员 20人 07/15 09:00", zone: zoneBody, want: ""}, // a schedule: no handle opens it
	})
}

func TestMarkedField(t *testing.T) {
	checkJudge(t, markedField{}, []judgeCase{
		{line: "※ 發信站: 某某實業坊(bbp.cc), 來自: 140.112.41.27 (臺灣)", zone: zoneTail, want: "metadata"},
		{line: "※ 编辑: someone (140.112.41.27), 02/18/2024 21:05:40", zone: zoneHead, want: "metadata"},
		{line: "※ 注意：活动当天请带好身份证。", zone: zoneBody, want: ""},
		{line: "※ 本活动最终解释权归主办方所有", zone: zoneTail, want: ""},
	})
}

func TestSoftwareStamp(t *testing.T) {
	checkJudge(t, softwareStamp{}, []judgeCase{
		{line: "時間Sun Feb 18 21:03:11 2024", want: "metadata"},
		{line: "Date: Mon Mar 4 09:12:00 2024", zone: zoneTail, want: "metadata"},
		{line: "時間Sun Feb 18 21:03:11 2024", zone: zoneBody, want: ""},
		{line: "时间：2024年2月18日 21:03", want: ""},
	})
}

func TestCommentAfterStamp(t *testing.T) {
	j := commentAfterStamp{}
	for _, tt := range []struct {
		view lineView
		want string
	}{
		{lineView{folded: "看完很感动，向你们致敬！", zone: zoneTail, afterStamp: true}, "comment"},
		{lineView{folded: "看完很感動，向你們致敬！", zone: zoneTail, afterStamp: true}, "comment"},
		{lineView{folded: "看完很感动，向你们致敬！", zone: zoneTail}, ""},
		{lineView{folded: "看完很感动，向你们致敬！", zone: zoneBody, afterStamp: true}, ""},
		{lineView{folded: "某某 2023-12-31 20:35:02 [回复]", zone: zoneTail, afterStamp: true}, ""},
	} {
		if got := j.Judge(tt.view); got != tt.want {
			t.Errorf("commentAfterStamp(%+v) = %q, want %q", tt.view, got, tt.want)
		}
	}
}

func TestCommentBox(t *testing.T) {
	j := commentBox{testFurniture(t)}
	for _, tt := range []struct {
		line string
		zone lineZone
		want string
	}{
		{"请文明发言，评论经审核后可见", zoneTail, "comment"},
		{"請文明發言，評論經審核後可見", zoneTail, "comment"},
		{"读者跟帖 3 条", zoneTail, "comment"},
		{"讀者跟帖 3 條", zoneTail, "comment"},
		{"本次活动受到居民好评。", zoneTail, ""},                   // praise, no comment box
		{"网友评论说，这样的活动应该多办几次。", zoneBody, ""},            // the report's own text
		{"网友评论说，这样的活动应该多办几次。", zoneHead, ""},            // above the body
		{strings.Repeat("居民", 30) + "评论", zoneTail, ""}, // too long for a box's line
	} {
		l := lineView{text: tt.line, folded: fold.ToSimplified(tt.line), zone: tt.zone}
		if got := j.Judge(l); got != tt.want {
			t.Errorf("commentBox(%q, zone %d) = %q, want %q", tt.line, tt.zone, got, tt.want)
		}
	}
}

// TestMostlyHan checks that prose is Chinese: a web address or a reader's
// handle with a stamp is not, a sentence with numbers is.
func TestMostlyHan(t *testing.T) {
	for line, want := range map[string]bool{
		"※ 文章網址: https://www.example.cc/bbs/Volunteer/M.1708261391.A.3F2.html": false,
		"推 reader01: 想問志工怎麼報名？ 02/18 21:40":                                    false,
		"2. 服務時數：五天營期加上行前籌備，志工總服務時數約1,560小時。":                                  true,
		"2023年1-12月共开展活动36场，服务1200人次。":                                         true,
	} {
		if got := mostlyHan(fold.ToSimplified(line)); got != want {
			t.Errorf("mostlyHan(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestDatedPairs(t *testing.T) {
	known := func(int) bool { return false }
	for _, tt := range []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"titles over their dates", []string{"正文。", "某某街道2023年志愿服务工作总结", "2024-01-19", "某某街道2024年平安建設工作總結", "2025-01-10"},
			[]bool{false, true, true, true, true}},
		{"titles with their dates fused", []string{"正文。", "某某街道2023年志愿服务工作总结2024-01-19", "某某街道2024年平安建设工作总结 2025-01-10", "某某街道2025年志願服務工作要點2025-01-16"},
			[]bool{false, true, true, true}},
		{"a sign-off stays", []string{"正文。", "某某社区居委会", "2023-12-30"}, nil},
		{"a sign-off on one line stays", []string{"正文。", "某某社区居委会 2023-12-30"}, nil},
		{"a sentence with a date is no link", []string{"正文。", "活动于2023-12-30结束。", "下次活动于2024-01-10举行。"}, nil},
	} {
		got := datedPairs(tt.lines, tt.lines, 0, known)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: datedPairs = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRound9LineWords checks the words and forms round 9 added to older
// judges: a counter in brackets, a byline with its place, a caption label.
func TestRound9LineWords(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, siteCounter{v}, []judgeCase{
		{line: "顶一下(128)", zone: zoneTail, want: "counter"},
		{line: "踩一下（3）", zone: zoneTail, want: "counter"},
		{line: "顶一下(好)", zone: zoneTail, want: ""},
	})
	checkJudge(t, bylineLine{v}, []judgeCase{
		{line: "記者林某某／某溪報導", want: "byline"},
		{line: "记者 张某/某地报道", want: "byline"},
	})
	checkJudge(t, contactLine{v}, []judgeCase{
		{line: "報名問題請洽服務台，分機3318", zone: zoneTail, want: "contact"},
		{line: "咨询请拨打社区服务站分机 302", zone: zoneTail, want: "contact"},
		{line: "社区新装分机3部，方便居民办事。", zone: zoneBody, want: ""},
	})
	checkJudge(t, captionOpener{v}, []judgeCase{
		{line: "圖說：", zone: zoneBody, want: "caption"},
		{line: "圖說：某某據點長輩展示竹編作品。（記者某某攝）", zone: zoneBody, want: ""},
	})
}

func TestLeadCredit(t *testing.T) {
	v := testFurniture(t)
	checkSpans(t, "leadCredit", map[string]string{
		// After an outlet's lead or a dateline: a reporter's role, or names alone.
		"本报讯(记者 王某 通讯员 李某)近日，河东社区组织志愿者为辖区老人理发、量血压。":   "(记者 王某 通讯员 李某)",
		"某某网讯(赵某某)3月5日上午，志愿者走进敬老院打扫卫生、陪老人聊天。":         "(赵某某)",
		"某地6月2日电 (记者 孙某)某某街道启动夏季防溺水宣传，发放宣传单两百份。":      "(记者 孙某)",
		"某某中心6月2日讯(通讯员 钱某)6月1日，镇里组织干部到各村入户走访宣传防溺水知识。": "(通讯员 钱某)",
		"某县4月2日(通讯员:周某)为提高群众防毒意识，镇里开展了一周的宣传。":         "(通讯员:周某)",
		// Opening the line, naming a reporter.
		"【记者吴某某某地报导】重阳节将至，区公所为长者发放敬老礼金和慰问品。":   "【记者吴某某某地报导】",
		"(某某街道讯 通讯员郑某报道)为增强居民的禁毒意识，社区开展了宣传活动。": "(某某街道讯 通讯员郑某报道)",
		// An outlet's name, a one-character paper's lead, a lead dated with
		// its year, before a credit naming a reporter's role.
		"某某公益报(本报记者 吴某 通讯员 郑某)11月2日，基金会把一批棉被送到山区学校。":                     "(本报记者 吴某 通讯员 郑某)",
		"早报讯(记者 何某)“爱心驿站”昨天在老街口挂牌，环卫工人可以进来喝水歇脚。":                         "(记者 何某)",
		"某某时讯2019年4月9日讯(记者 韩某 摄影 唐某 某地报道)社区老人协会组织六十多位长者到公园踏青，志愿者一路陪同照顾。": "(记者 韩某 摄影 唐某 某地报道)",
		// Round 32: names alone opening the line, each with a surname
		// ([surnames]), a one-character paper's lead before names alone, a
		// site named 某某在线 and its channel's lead before a role.
		"(王某 李某)近日，河东社区组织志愿者为老人理发，居民纷纷点赞。":      "(王某 李某)",
		"(周某某)为进一步普及禁毒知识，社区民警走进校园开展宣传。":         "(周某某)",
		"晨报讯 (赵某某)暑假刚开始，学院的志愿者们就走进了社区。":         "(赵某某)",
		"某某在线(记者孙某通讯员钱某)今天是国际志愿者日，社区举办了志愿服务集市。": "(记者孙某通讯员钱某)",
		"某某在线某地讯(通讯员 周某)为帮助留守儿童，志愿者们走进了乡村小学。":   "(通讯员 周某)",
		// Round 34: any outlet's lead (an app's, several outlets' joined by
		// enumeration commas, a channel's after an agency's name) before
		// the outlet's reporter ([staff_roles]); a lead closed by a colon
		// before names alone. Readers split on the agency's channel in
		// round 32; round 34's poll drops the credit after such a lead.
		"某某客户端讯(记者王某 李某)6月2日，社区组织居民开展禁毒知识竞答。":                        "(记者王某 李某)",
		"某某网、某某晚报6月8日消息(记者 赵某)日前，团县委组织三十多名青年志愿者走进敬老院，为老人们打扫房间、表演节目。": "(记者 赵某)",
		"某某社某地讯(记者 王某)5月5日上午，社工服务中心的志愿者走访了村里的十多位困难老人，送去米面油等慰问品。":     "(记者 王某)",
		"某某网快讯(记者 周某 文/图 实习生 吴某)今天上午，社区在活动室举办了夏季防溺水讲座，五十多名孩子和家长参加。":  "(记者 周某 文/图 实习生 吴某)",
		"某某摄影家某地讯:(钱某某 孙某)2025年3月8日上午，义工们为小学送去课外书。":                  "(钱某某 孙某)",
		// Not: a correspondent alone after such a lead, names ending with
		// 报道 without a colon, a lead closed by a colon before a phrase.
		"某某网消息(通讯员王某、李某)3月4日，社区居民开展学雷锋志愿服务。":    "",
		"某某报道讯(邓某 陈某 报道)守望相助是传统美德，社区为困难户送去米面油。": "",
		"某某新闻讯 (通讯员 吴某)重阳佳节到来之际，村里为老人们包饺子。":     "",
		"某某讯:(上午)志愿者们为老人理发，下午又陪老人们包饺子。":         "",
		// A headline run on before the lead.
		"某某活动 温暖过冬 某某网北京3月8日电 (记者 冯某) 近日，团县委组织志愿者到村里陪伴留守儿童过年。": "(记者 冯某)",
		// Not a credit: no lead before names alone, an author's aside, a
		// lead alone on its line, a sentence in brackets.
		"社区(居委会)组织志愿者开展义诊活动，为老人测量血压、讲解用药。":     "",
		"(上午)志愿者们为老人理发，下午又陪老人们包饺子。":            "", // a time, no surname
		"(活动现场)志愿者们为老人理发、量血压，居民纷纷点赞。":          "",
		"【记者手记】走进社区的那天，志愿者们早早来到广场，为老人们理发、量血压。": "",
		"本报讯(记者 王某)": "",
		"本报讯(记者说，活动很成功。)近日，河东社区组织志愿者为辖区老人理发、量血压。": "",
		"某某小学(本校记者团)的同学们走进社区，为老人表演节目、打扫卫生。":       "",
		"某某报(王某 李某)近日，河东社区组织志愿者为老人理发，居民纷纷点赞。":     "",
		"社区书记(记者 王某)近日带领志愿者为老人理发，居民纷纷点赞。":         "",
		"活动当天(记者 王某 摄)，志愿者们为老人理发、量血压、表演节目，场面温馨。":  "",
	}, func(in string) (int, int) { return leadCredit(in, v) })
}

func TestOutletTag(t *testing.T) {
	v := testFurniture(t)
	for in, want := range map[string]string{
		// Round 33: a lead alone before the first sentence opens it and
		// stays (the guideline's dateline); before its credit in
		// brackets it goes with it.
		"本报讯 近日，河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。":    "",
		"某某新闻网讯: 春节将至，某某街道组织志愿者为辖区困难老人送去米面油和棉被。":  "",
		"某某日报讯　冬衣送到村口。新春前夕，某某街道联合爱心企业走访慰问困难家庭。":   "",
		"某某网讯 (某某日报记者 王某某)近日，河东社区组织志愿者为老人理发、量血压。": "某某网讯 ",
		"某某网讯近日，河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。":    "", // run into the sentence
		"某地3月2日电 河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。":   "", // a dateline
		"喜讯 我校志愿服务队荣获全市优秀志愿服务组织称号，这是学校第三次获此殊荣。":   "", // no outlet
		"本报讯 记者 王某": "", // no sentence after it
		// Round 32: the lead in brackets opening the line.
		"(本网讯)为迎接学雷锋纪念日，学院团委组织学生干部走进社区开展志愿服务。":     "(本网讯)",
		"（本报讯）某某会于周日晚举行慈善聚餐，各界善长踊跃参与，筹得善款逾百万。":     "（本报讯）", // full-width brackets
		"【某某日报讯】 近日，河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。": "【某某日报讯】 ",
		"【特讯】为感谢志愿者一年来的付出，社区举办了一场表彰会，二十人获表彰。":      "", // a column's label
		"(喜讯)我校志愿服务队荣获全市优秀志愿服务组织称号，这是学校第三次获此殊荣。":   "", // no outlet
		"(本网讯)": "", // no sentence after it
	} {
		got := ""
		if n, k := furniturePrefix(in, v, false); n > 0 && k == "byline" {
			got = string([]rune(in)[:n])
		}
		if got != want {
			t.Errorf("furniturePrefix(%q) cuts %q, want %q", in, got, want)
		}
	}
	// The lead left when leadCredit took its credit in brackets off the
	// line (本报讯 (通讯员 某某) 近日… → 本报讯  近日…) goes too.
	for in, want := range map[string]string{
		"本报讯  近日，河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。": "本报讯  ",
		"本报讯近日，河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。":   "", // run into the sentence
	} {
		got := ""
		if n, k := furniturePrefix(in, v, true); n > 0 && k == "byline" {
			got = string([]rune(in)[:n])
		}
		if got != want {
			t.Errorf("furniturePrefix(%q, credited) cuts %q, want %q", in, got, want)
		}
	}
}

// TestLeadByline checks the byline without brackets after an outlet's
// lead (round 33): cut, the lead kept; a sentence the reporter opens, or
// no sentence after it, is left.
func TestLeadByline(t *testing.T) {
	v := testFurniture(t)
	checkSpans(t, "leadByline", map[string]string{
		"本报讯 记者王某某报道 日前，河东社区组织志愿者为辖区老人理发、量血压。":    "记者王某某报道 ",
		"某某日报讯　通讯员李某、赵某报道：今年以来，某某镇组织党员志愿者走访独居老人。": "通讯员李某、赵某报道：",
		"本报讯 记者从市民政局获悉，今年全市共有三万名志愿者参加了社区服务活动。":    "", // the reporter opens the sentence
		"本报讯 近日，河东社区组织志愿者为辖区老人理发、量血压，老人们连连称赞。":    "", // no byline
		"本报讯 记者王某某报道": "", // no sentence after it
		"(本网讯) 记者王某某报道 日前，河东社区组织志愿者为辖区老人理发、量血压。": "", // the lead in brackets: furniturePrefix's
	}, func(in string) (int, int) { return leadByline(in, v) })
}

func TestColumnName(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, columnName{v}, []judgeCase{
		// Right above the body's first line: the site's column.
		{line: "工作动态", zone: zoneHead, above: true, want: "navigation"},
		{line: "熱點：", zone: zoneHead, above: true, want: "navigation"},
		{line: "要闻", zone: zoneHead, above: true, want: "navigation"},
		{line: "校园资讯:", zone: zoneHead, above: true, want: "navigation"},
		// Higher in the head (above a headline or its kicker), in the
		// body, longer, or not ending with a column's word: it stays.
		{line: "工作动态", zone: zoneHead, want: ""},
		{line: "工作动态", zone: zoneBody, want: ""},
		{line: "社区工作动态", zone: zoneHead, above: true, want: ""},
		{line: "工作动态 助老服务", zone: zoneHead, above: true, want: ""},
		{line: "活动纪要", zone: zoneHead, above: true, want: ""},
		{line: "一、工作动态", zone: zoneHead, above: true, want: ""},
		// The page's last line but for its footer, right under the body's
		// last line (round 36): the site's menu below the report.
		{line: "学院动态", zone: zoneTail, below: true, textEnd: true, want: "navigation"},
		{line: "今日热点", zone: zoneTail, below: true, end: true, textEnd: true, want: "navigation"},
		{line: "要闻:", zone: zoneTail, below: true, textEnd: true, want: "navigation"},
		// Under the body with more of the page below it, below other
		// furniture, or no column's name: it stays (a heading over a part,
		// a line the page cut short, a sign-off).
		{line: "学院动态", zone: zoneTail, below: true, want: ""},
		{line: "学院动态", zone: zoneTail, textEnd: true, want: ""},
		{line: "我们走进社", zone: zoneTail, below: true, textEnd: true, want: ""},
		{line: "东湖街道东湖社区", zone: zoneTail, below: true, textEnd: true, want: ""},
		{line: "社区工作动态", zone: zoneTail, below: true, textEnd: true, want: ""},
	})
}

func TestLoneBulletHead(t *testing.T) {
	checkJudge(t, loneBulletHead{testFurniture(t)}, []judgeCase{
		// Right above the body's first line, led by a bullet no line below
		// opens with: a channel's name, a widget, another story's link.
		{line: "• 东湖融媒", zone: zoneHead, above: true, bullet: true, want: "navigation"},
		{line: "● 字号：大 中 小", zone: zoneHead, above: true, bullet: true, want: "navigation"},
		// A bullet the report's later lines open with (its own headings),
		// higher in the head, or in the body: it stays.
		{line: "• 活动背景", zone: zoneHead, above: true, want: ""},
		{line: "• 东湖融媒", zone: zoneHead, bullet: true, want: ""},
		{line: "• 东湖融媒", zone: zoneBody, bullet: true, want: ""},
		{line: "• 东湖街道举办首届邻里文化节", zone: zoneHead, above: true, bullet: true, want: ""}, // a headline
		{line: "- Board games", zone: zoneHead, above: true, bullet: true, want: ""},
	})
}

// TestLastBulleted: the view marks a bulleted line that no line below it
// opens with by the same bullet.
func TestLastBulleted(t *testing.T) {
	page := "南湖社区开展防范电信诈骗宣传\n• 南湖街道融媒\n本周三下午，南湖社区邀请派出所民警走进社区活动室，为五十多名居民讲解常见的电信诈骗手法。\n民警结合身边发生的案例，提醒大家不轻信陌生来电，遇到可疑情况及时报警。\n"
	doc, err := Parse("page.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "南湖街道融媒") {
		t.Errorf("a lone bulleted line over the first sentence was kept: %q", doc.Text)
	}
	page = strings.Replace(page, "民警结合", "• 民警结合", 1)
	if doc, err = Parse("page.txt", []byte(page), Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "南湖街道融媒") {
		t.Errorf("a bulleted line whose bullet leads a line below was removed: %q", doc.Text)
	}
}
