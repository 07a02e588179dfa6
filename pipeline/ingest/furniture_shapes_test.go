package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestMachineName(t *testing.T) {
	checkJudge(t, machineName{}, []judgeCase{
		{line: "3fa81c07d2e94b6a0c55e1d9b7a24f60", want: "image"},
		{line: "120384756_204918273645192_8832019475561203948_n", want: "image"},
		{line: "ab2023015", want: ""},                         // a group's code: short
		{line: "volunteer_service_summary_final", want: ""},   // mostly letters
		{line: "活动编号 20230915001234567", want: ""},            // words beside it
		{line: "3fa81c07d2e94b6a 0c55e1d9b7a24f60", want: ""}, // two tokens
	})
}

func TestUserHandle(t *testing.T) {
	checkJudge(t, userHandle{}, []judgeCase{
		{line: "美友20481937", zone: zoneHead, want: "byline"},
		{line: "用戶123456789", zone: zoneHead, want: "byline"},
		{line: "美友20481937", zone: zoneTail, want: ""},
		{line: "热线12345", zone: zoneHead, want: ""}, // too few digits
		{line: "某某社区居民委员会服务中心20230915", zone: zoneHead, want: ""},
	})
}

func TestCaptionOpener(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, captionOpener{v}, []judgeCase{
		{line: "图1", zone: zoneBody, want: "caption"},
		{line: "上图：", zone: zoneBody, want: "caption"},
		{line: "圖片", zone: zoneBody, want: "caption"},
		{line: "照片", zone: zoneBody, want: "caption"},
		{line: "图为志愿者在清理楼道杂物", zone: zoneBody, want: ""}, // says what was done: body
		{line: "圖為長者與義工合照。", zone: zoneBody, want: ""},
		{line: "上图：居民排队领取物资", zone: zoneBody, want: ""},
		{line: "图书漂流活动在社区图书室举行", zone: zoneBody, want: ""},
	})
}

func TestRepeatedWord(t *testing.T) {
	checkJudge(t, repeatedWord{}, []judgeCase{
		{line: "“小心愿” “小心愿” “小心愿” “小心愿”", want: "caption"},
		{line: "合照 合照 合照", want: "caption"},
		{line: "合照 合照", want: ""},
		{line: "—— —— ——", want: ""},
		{line: "清扫 清洁 清理", want: ""},
	})
}

func TestKeywordSpam(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, keywordSpam{v}, []judgeCase{
		{line: "免费在线观看,高清电影下载,最新电视剧,热门综艺排行", zone: zoneHead, want: "spam"},
		{line: "廣場舞,減肥茶推薦,二手車估價,旅遊攻略大全", zone: zoneTail, want: "spam"},
		// Right under the body's last line: the report's next line.
		{line: "（一）精心筹备,深入走访,撰写方案,做好保障", zone: zoneTail, below: true, want: ""},
		{line: "“小心愿”行动将继续开展,聚焦困难家庭,聚焦独居老人,聚焦", zone: zoneTail, below: true, want: ""},
		{line: "在此歡迎熱心的您,年滿十八歲,願意長期服務,一起加入志工隊", zone: zoneTail, below: true, want: ""},
		// Under a numbered heading or a label ending with its colon: the
		// report's paragraph, cut by the page's end.
		{line: "暑假第一天上午8点,队员们在校门口集合,分成三组,出发前往", zone: zoneTail, clauses: true, want: ""},
		{line: "3月5日上午,志工們在公園集合,領取手套和夾子,隨後沿著", zone: zoneTail, clauses: true, want: ""},
		// Right under a line ending with a comma: the sentence above goes on
		// in it (a text wrapped at a fixed width).
		{line: "空地上长满杂草,居民觉得可惜,便找来工具,一起动手清理", zone: zoneTail, want: "spam"},
		{line: "空地上长满杂草,居民觉得可惜,便找来工具,一起动手清理", zone: zoneTail, cont: true, want: ""},
		{line: "空地上長滿雜草,居民覺得可惜,便找來工具,一起動手清理", zone: zoneTail, cont: true, want: ""},
		// The report's sentence broken at the page's width, in the page's
		// own words (brokenSentence).
		{line: "空地上长满杂草,居民觉得可惜,便找来工具,一起动手清理", zone: zoneTail, broken: true, want: ""},
		{line: "空地上長滿雜草,居民覺得可惜,便找來工具,一起動手清理", zone: zoneHead, broken: true, want: ""},
		{line: "免费在线观看,高清电影下载,最新电视剧,热门综艺排行", zone: zoneBody, want: ""},
		{line: "情暖重阳,爱在社区", zone: zoneHead, want: ""},
		{line: "张小明,李红,王建国,赵丽", zone: zoneTail, want: ""}, // the author's list of names
		{line: "我们走访了老人,送去了米,送去了油,也送去了温暖。", zone: zoneTail, want: ""},
		// Two phrases holding a particle of a sentence's grammar: a
		// sentence broken at the line's end, not keywords (round 25).
		{line: "大家把衣服叠成了几摞,孩子们的笑声传得很远,老人们拉着手,一遍遍说谢谢", zone: zoneTail, want: ""},
		{line: "大家把衣服疊成了幾摞,孩子們的笑聲傳得很遠,老人們拉著手,一遍遍說謝謝", zone: zoneTail, want: ""},
		{line: "高清电影下载,最新的电视剧,热门综艺排行,免费在线观看", zone: zoneTail, want: "spam"}, // one phrase with a particle
	})
}

// TestForeignKeywords: a keyword list on the page's first line goes when
// its phrases are foreign to the report's paragraphs, whatever their
// separator; a list or a <title> that says the report's words again stays.
func TestForeignKeywords(t *testing.T) {
	v := testFurniture(t)
	body := []string{
		"三月五日上午，社区志愿者来到河边公园，清理草地和步道上的垃圾，为居民营造整洁的环境。",
		"活动结束后，大家在活动室分享了参加志愿服务的体会，并约定每月开展一次清洁行动。",
	}
	bodyTrad := []string{
		"三月五日上午，社區志願者來到河邊公園，清理草地和步道上的垃圾，為居民營造整潔的環境。",
		"活動結束後，大家在活動室分享了參加志願服務的體會，並約定每月開展一次清潔行動。",
	}
	for _, c := range []struct {
		first string
		body  []string
		want  bool
	}{
		{"免费在线观看_高清电影下载_最新电视剧大全_热门综艺排行榜", body, true},
		{"免費線上觀看,高清電影下載,最新電視劇大全,熱門綜藝排行榜,手機遊戲攻略", bodyTrad, true},
		// One phrase of four sharing a word with the report is no echo.
		{"免费在线观看_高清电影下载_居民小区出租_热门综艺排行榜", body, true},
		// The headline with the site's columns: the report's words again.
		{"社区志愿者清理河边公园垃圾_志愿服务_社区动态_某某街道网", body, false},
		{"社區志願者清理河邊公園垃圾,志願服務動態,社區活動報道,某某街道網站", bodyTrad, false},
		// A slogan of the report's, a list of names, a sentence.
		{"争做志愿先锋,共建整洁家园,守护河边公园,清洁行动常态化", body, false},
		{"张小明,李红,王建国,赵丽", body, false},
		{"免费在线观看,高清电影下载,最新电视剧大全。", body, false},
		// Too few phrases, or no paragraph on the page to compare with.
		{"免费在线观看_高清电影下载_热门综艺排行榜", body, false},
		{"免费在线观看_高清电影下载_最新电视剧大全_热门综艺排行榜", []string{"活动照片"}, false},
	} {
		folded := []string{fold.ToSimplified(c.first)}
		prose := []bool{false}
		for _, l := range c.body {
			f := fold.ToSimplified(l)
			folded, prose = append(folded, f), append(prose, v.isProse(f))
		}
		if got := foreignKeywords(folded, 0, prose); got != c.want {
			t.Errorf("foreignKeywords(%q) = %v, want %v", c.first, got, c.want)
		}
	}
}

// TestKeywordList: short phrases between bars or underscores, four or
// more and one longer than a name, with no sentence's marks, are a
// site's keywords; a list between commas, a sentence, names are not.
func TestKeywordList(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"免费在线观看|高清电影下载|最新电视剧大全|热门综艺排行榜|手游攻略", true},
		{"免費線上觀看_高清電影下載_最新電視劇大全_熱門綜藝排行榜", true},
		{"免费在线观看｜高清电影下载｜最新电视剧大全｜热门综艺排行榜", true},
		{"  免費線上觀看|高清電影下載|最新電視劇大全|熱門綜藝排行榜  ", true},
		// Too few phrases, or none longer than a name.
		{"免费在线观看|高清电影下载|热门综艺排行榜", false},
		{"张小明|李红|王建国|赵丽", false},
		// Commas part a report's clauses; a sentence's marks, quotes.
		{"免费在线观看,高清电影下载,最新电视剧大全,热门综艺排行榜", false},
		{"免費線上觀看|高清電影下載|最新電視劇大全|熱門綜藝排行榜。", false},
		{"免费在线观看|“高清电影”下载|最新电视剧大全|热门综艺排行榜", false},
		{"栏目：社区动态|志愿服务|文明实践|通知公告", false},
		// A phrase longer than a keyword.
		{"本月社区志愿服务队走进辖区内的十二户独居老人家中开展义诊|高清电影下载|最新电视剧大全|热门综艺", false},
	} {
		if got := keywordList(fold.ToSimplified(c.line)); got != c.want {
			t.Errorf("keywordList(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestPhotographerAlone(t *testing.T) {
	checkJudge(t, photographerAlone{}, []judgeCase{
		{line: "王小红 摄", zone: zoneHead, want: "credit"},
		{line: "歐陽娜 攝", zone: zoneTail, want: "credit"},
		{line: "王小红 摄", zone: zoneBody, want: ""},
		{line: "志愿者合影留念 王小红 摄", zone: zoneTail, want: ""}, // a caption's words before the name
		// Round 31: the name run into 摄, 摄影报道, or 供 after a space.
		{line: "王小红摄", zone: zoneTail, want: "credit"},
		{line: "某某摄影报道", zone: zoneTail, want: "credit"},
		{line: "某某 供", zone: zoneTail, want: "credit"},
		{line: "活动拍摄", zone: zoneHead, want: ""},
		{line: "全程航摄", zone: zoneTail, want: ""},
		{line: "仅此可供", zone: zoneTail, want: ""}, // 供 without a space: a word
		{line: "王小红摄", zone: zoneBody, want: ""},
	})
	// Round 31: after a caption's or a paragraph's last sentence the
	// credit goes too, as the annotators drop it; not a word ending in 摄.
	v := testFurniture(t)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"志愿者为老人理发。 王小红 摄":  " 王小红 摄",
		"活动现场。某某某摄":        "某某某摄",
		"活動現場。 某某 供":       " 某某 供",
		"队员们清理河道垃圾。某某摄影报道": "某某摄影报道",
		"志愿者全程参与了活动。 现场拍摄": "",
		"活动结束后大家合影。 资料可供":  "",
	} {
		n, _ := furnitureSuffix(fold.ToSimplified(in), v, pats)
		rs := []rune(in)
		if got := string(rs[len(rs)-n:]); got != want {
			t.Errorf("furnitureSuffix(%q) cuts %q, want %q", in, got, want)
		}
	}
}

func TestAddressLine(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, addressLine{v}, []judgeCase{
		{line: "http://www.example.com/news/123456.html 点此复制本页地址", want: "site"},
		{line: "本文网址：www.example.cn/a/1.html", want: "site"},
		{line: "报名网址：www.example.cn/a/1.html", zone: zoneBody, want: ""},
		{line: "更多活动详情请登录社区网站www.example.cn查看，欢迎大家报名参加。", want: ""},
	})
}

// checkSpans checks a span finder on each input: the text of the span it
// returns (runes [from, to), nothing for -1), against the wanted text.
func checkSpans(t *testing.T, name string, cases map[string]string, span func(string) (int, int)) {
	t.Helper()
	for in, want := range cases {
		got := ""
		if from, to := span(in); from >= 0 {
			got = string([]rune(in)[from:to])
		}
		if got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}

func TestAddressTag(t *testing.T) {
	v := testFurniture(t)
	checkSpans(t, "addressTag", map[string]string{
		"时间：上午9:00[由www.example.cn整理]":  "[由www.example.cn整理]",
		"活动地点：某某公园(来源:www.example.com)": "(来源:www.example.com)",
		"[由www.example.cn整理]":           "", // the whole line: the line judges'
		"详见www.example.cn。":             "",
		"详情请登录社区网站（www.example.cn）查询。":  "", // the author's address
	}, func(in string) (int, int) { return addressTag(in, v) })
}

func TestLoneName(t *testing.T) {
	checkJudge(t, loneName{}, []judgeCase{
		{line: "王小红", zone: zoneHead, want: ""},
		{line: "王小红", zone: zoneHead, after: true, want: ""},
	})
	for _, c := range []struct {
		line string
		want string
	}{{"王小红", "byline"}, {"歐陽·娜", "byline"}, {"某某社区党群服务中心", ""}, {"活动开始。", ""}} {
		if got := (loneName{}).Judge(lineView{folded: c.line, afterLabel: true}); got != c.want {
			t.Errorf("loneName(%q after a label) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestBrokenField(t *testing.T) {
	for _, c := range []struct {
		line string
		open bool
		want string
	}{
		{"小 中 大】", true, "widget"},
		{"小中大】", true, "widget"},
		{"小中大】", false, ""},
		{"【篇一】", true, ""},
		{"活动在社区广场举行。】", true, ""},
	} {
		if got := (brokenField{}).Judge(newLineView(c.line, c.line, zoneHead)); c.open || got != "" {
			l := newLineView(c.line, c.line, zoneHead)
			l.afterOpenBracket = c.open
			if got = (brokenField{}).Judge(l); got != c.want {
				t.Errorf("brokenField(%q, after open %v) = %q, want %q", c.line, c.open, got, c.want)
			}
		}
	}
	for in, want := range map[string]bool{"发布时间：2017-05-25【字体：": true, "【字体：小 中 大】": false, "活动总结": false} {
		if got := opensBracket(in); got != want {
			t.Errorf("opensBracket(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestWireStamp(t *testing.T) {
	checkJudge(t, wireStamp{}, []judgeCase{
		{line: "(某某社訊息服務20190514 09:12:40)", want: "byline"},
		{line: "（某某通讯社 2021-06-18 09:30）", want: "byline"},
		{line: "(2023-11-08 09:14:52)", want: "byline"},
		{line: "(活动时间 8:30)", want: ""},
		{line: "(共20123456人次 10:30)", want: ""},
	})
}

func TestOutletDateline(t *testing.T) {
	checkJudge(t, outletDateline{testFurniture(t)}, []judgeCase{
		{line: "某某日报 2024年10月12日", zone: zoneHead, want: "metadata"},
		{line: "某某晚報2022-05-16", zone: zoneHead, want: "metadata"},
		{line: "某某台2023年11月02日讯", zone: zoneHead, want: "metadata"},
		{line: "某某電視台 2022 年 6 月 15 日訊", zone: zoneHead, want: "metadata"},
		{line: "某某日报 2024年10月12日", zone: zoneBody, want: ""},
		{line: "某某日报 2024年10月12日", zone: zoneTail, want: ""},
		// Not an outlet's name, and no 讯 after the date: a headline's.
		{line: "社区敬老活动 2023年10月23日", zone: zoneHead, want: ""},
		{line: "重陽敬老聯歡 2023年10月23日", zone: zoneHead, want: ""},
		{line: "2023年10月23日讯", zone: zoneHead, want: ""},
		{line: "某某社区举办重阳敬老活动2023年10月23日讯", zone: zoneHead, want: ""}, // too long a name
		// Since round 30 the date first, the outlet's name after it.
		{line: "2023年10月23日·某某晨报·", zone: zoneHead, want: "metadata"},
		{line: "2023年10月23日 某某日报", zone: zoneHead, want: "metadata"},
		{line: "2023-10-23 | 某某晚报", zone: zoneHead, want: "metadata"},
		{line: "2023年10月23日·某某晨报·", zone: zoneBody, want: ""},
		{line: "2023年10月23日·社区敬老活动", zone: zoneHead, want: ""}, // no outlet's name
		{line: "2023年10月23日 某某日报记者走进社区", zone: zoneHead, want: ""},
	})
}

func TestIssueLine(t *testing.T) {
	checkJudge(t, issueLine{testFurniture(t)}, []judgeCase{
		{line: "《 江畔晚报 》( 2022年11月08日 第 06 版 )", zone: zoneHead, want: "metadata"},
		{line: "《河西日報》 2020年03月17日", zone: zoneHead, want: "metadata"},
		{line: "江畔早报 2022年11月08日 王小明 李青", zone: zoneHead, want: "metadata"},
		{line: "嶺南社區學刊 2021年第7期", zone: zoneHead, want: "metadata"},
		{line: "社会工作研究 2018年 第4期", zone: zoneHead, want: "metadata"},
		{line: "城乡导刊 2019-05-06 第3版", zone: zoneHead, want: "metadata"},
		{line: "《 江畔晚报 》( 2022年11月08日 第 06 版 )", zone: zoneBody, want: ""},
		{line: "嶺南社區學刊 2021年第7期", zone: zoneTail, want: ""},
		// A short name and a day's date, no publication's: a headline's.
		{line: "社区敬老活动 2023年10月23日", zone: zoneHead, want: ""},
		{line: "重陽敬老聯歡 2023年10月23日 王小明", zone: zoneHead, want: ""},
		// A year alone is no issue; a sentence is no issue line.
		{line: "某某学刊 2021年", zone: zoneHead, want: ""},
		{line: "本期《社区简报》刊登了2021年第7期的活动。", zone: zoneHead, want: ""},
	})
}

func TestHeadDate(t *testing.T) {
	checkJudge(t, headDate{testFurniture(t)}, []judgeCase{
		{line: "2016年01月30日", zone: zoneHead, want: "metadata"},
		{line: "2016-01-30", zone: zoneHead, want: "metadata"},
		{line: "2016年01月30日", zone: zoneTail, want: ""}, // a sign-off
		{line: "2016年01月30日", zone: zoneBody, want: ""},
		{line: "2016年1月", zone: zoneHead, want: ""},
		{line: "2016年1月30日上午", zone: zoneHead, want: ""},
		{line: "31/03/2025", zone: zoneHead, want: "metadata"}, // day first
		{line: "更新日期：31/03/2025", zone: zoneHead, want: "metadata"},
		{line: "發佈日期：2024-01-06", zone: zoneHead, want: "metadata"},
		{line: "更新日期：31/03/2025", zone: zoneTail, want: ""},
		{line: "活动日期：2024-01-06", zone: zoneHead, want: ""}, // a report's form
		{line: "32/13/2025", zone: zoneHead, want: ""},
		{line: "时间:2021-08-31", zone: zoneHead, want: "metadata"},
		{line: "時間：2021年8月31日", zone: zoneHead, want: ""}, // may open the report's form
		// Round 11: a typeset date spaces its parts; an event page gives a period.
		{line: "2024 年 3 月 09 日", zone: zoneHead, want: "metadata"},
		{line: "2024 年 3 月 09 日", zone: zoneBody, want: ""},
		{line: "2025年05月17日 - 2025年05月18日", zone: zoneHead, want: "metadata"},
		{line: "2025-05-17 至 2025-05-18", zone: zoneHead, want: "metadata"},
		{line: "2025年05月17日 - 2025年05月18日", zone: zoneTail, want: ""},
		{line: "2025年05月17日 至 2025年05月18日 社區中心", zone: zoneHead, want: ""}, // a place after it: the event's line
		// Round 13: the page's fields in one row, two spaces or more apart,
		// one a date and the others each a label and its value.
		{line: "版次:08  2022年05月16日", zone: zoneHead, want: "metadata"},
		{line: "版次：08  2022年05月16日", zone: zoneHead, want: "metadata"},
		{line: "某某义工联合网站:http://www.example.org/   日期:2019-05-08", zone: zoneHead, want: "metadata"},
		{line: "某某義工聯合網站：http://www.example.org/   日期：2019-05-08", zone: zoneHead, want: "metadata"},
		{line: "版次:08  2022年05月16日", zone: zoneBody, want: ""},
		{line: "版次:08  2022年05月16日", zone: zoneTail, want: ""},
		{line: "社区开展学雷锋活动  2023-03-05", zone: zoneHead, want: ""}, // a headline beside it, no field
		{line: "版次:08 2022年05月16日", zone: zoneHead, want: ""},     // one space: not a row's gap
		{line: "版次:08  2022年05月", zone: zoneHead, want: ""},       // no day: no stamp
		{line: "来源:某某网  2024年3月5日", zone: zoneHead, want: "metadata"},
		{line: "來源:某某網 社區頻道  2024年3月5日", zone: zoneHead, want: ""},  // a value with a space
		{line: "时间:2024-03-05  地点:社区活动室", zone: zoneHead, want: ""}, // the report's own row
		{line: "時間:2024-03-05  主題:鄰里守望", zone: zoneHead, want: ""},
		{line: "通知：明日停水。  2024年3月5日", zone: zoneHead, want: ""}, // a sentence
		// Round 34: a date alone as a writer types it (no zero before the
		// month or the day, no space) is the report's own, signing its top
		// under its heading or its unit's name, or a value of its form.
		{line: "2016年5月16日", zone: zoneHead, want: ""},
		{line: "2022年11月14日", zone: zoneHead, want: ""},
		{line: "2019年4月18日", zone: zoneHead, want: ""},
		{line: "2016年05月16日", zone: zoneHead, want: "metadata"},    // a zero before the month: printed
		{line: "2016年5月06日", zone: zoneHead, want: "metadata"},     // a zero before the day
		{line: "2025 年 5 月 9 日", zone: zoneHead, want: "metadata"}, // typeset
		{line: "2016-5-16", zone: zoneHead, want: "metadata"},      // figures with dashes: software's
		{line: "(2016年5月16日)", zone: zoneHead, want: "metadata"},   // in brackets: as before
	})
}

func TestInterjection(t *testing.T) {
	for _, c := range []struct {
		line    string
		between bool
		want    string
	}{
		{"某某美甲全科班", true, "spam"},
		{"如何幫助睡眠", true, "spam"},
		{"某某美甲全科班", false, ""},
		{"“小心愿”", true, ""},
		{"活动分三个环节：", true, ""},
		{"社区志愿者们在这次活动中表现得非常出色", true, ""}, // long
	} {
		l := newLineView(c.line, c.line, zoneBody)
		l.betweenClauses = c.between
		if got := (interjection{}).Judge(l); got != c.want {
			t.Errorf("interjection(%q, between %v) = %q, want %q", c.line, c.between, got, c.want)
		}
	}
}

func TestPosterRole(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, posterRole{v}, []judgeCase{
		{line: "某某花園義工隊宣傳員", zone: zoneHead, want: "byline"},
		{line: "某某社区信息员", zone: zoneHead, want: "byline"},
		{line: "某某花園義工隊宣傳員", zone: zoneTail, want: ""},
		{line: "记者", zone: zoneHead, want: ""},
		{line: "社区宣传员培训活动总结", zone: zoneHead, want: ""},
		{line: "争当环保小记者", zone: zoneHead, want: ""}, // a headline: no organisation
	})
}

func TestSiteNotices(t *testing.T) {
	page := []string{
		"- 1、本文档共4页，可阅读全部内容。",
		"- 2、本文档由网友上传，仅供学习参考。",
		"",
		"- 3、成为会员后，下载本文档将扣除1次权益。",
		"某某社工站评估报告",
		"1、项目背景",
	}
	empty := func(i int) bool { return page[i] == "" }
	got := siteNotices(page, empty, func(i int) bool { return i == 0 })
	want := []bool{false, true, false, true, false, false}
	if !slices.Equal(got, want) {
		t.Errorf("siteNotices = %v, want %v", got, want)
	}
	if got := siteNotices(page, empty, func(int) bool { return false }); got != nil {
		t.Errorf("siteNotices without known furniture = %v, want none", got)
	}
	report := []string{"1、活动背景", "2、活动过程", "3、活动成效", "某某活动总结"}
	if got := siteNotices(report, func(int) bool { return false }, func(i int) bool { return false }); got != nil {
		t.Errorf("siteNotices(a report's own list) = %v, want none", got)
	}
}

func TestSiteCounter(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, siteCounter{v}, []judgeCase{
		{line: "浏览次数：1200次", want: "counter"},
		{line: "浏览数量:20", want: "counter"},
		{line: "瀏覽數量：1,200", want: "counter"},
		{line: "本文字数:328", want: "counter"},
		{line: "字數：1500", want: "counter"},
		{line: "字数不少于800字", want: ""},
		{line: "評論 3條", want: "counter"},
		{line: "阅读 1234", want: "counter"},
		{line: "已有1200人阅读", want: "counter"},
		{line: "15人收藏 3人点赞", want: "counter"},
		{line: "3人评分", want: "counter"},
		{line: "已下载5次", want: "counter"},
		{line: "共3页", want: "counter"},
		{line: "阅读 1.2万 | 点赞 99+", want: "counter"},
		{line: "播放量 3021", want: "counter"},
		{line: "收藏0 淘帖0", want: "counter"},
		{line: "支持3 反对0", want: "counter"},
		{line: "人氣:1.37W", want: "counter"},
		{line: "组织30人阅读红色经典", want: ""},
		{line: "组织阅读3本书", want: ""},
		{line: "阅读", want: ""},
		{line: "共3人", want: ""},
		{line: "已有1200人阅读，大家纷纷点赞。", want: ""},
	})
}

// TestSiteCountersRemoved checks that a page's counters, alone on their
// lines or after the last sentence, leave the text with a reason, and the
// report's own counts of readers stay: extract counts what ingest keeps.
func TestSiteCountersRemoved(t *testing.T) {
	page := "某某社区读书月活动总结\n" +
		"浏览次数：1200次\n" +
		"四月，某某社区组织30人阅读红色经典，开展了读书分享会，居民们踊跃发言，气氛热烈。\n" +
		"活动共发放图书200册，组织阅读3本书的读书小组5个，收到了良好的效果。 阅读 1234\n" +
		"已有1200人阅读\n" +
		"15人收藏 3人点赞\n" +
		"收录于合集 #活动总结 12个\n"
	doc, err := Parse("page.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"浏览次数", "1234", "已有1200人", "收藏", "收录于合集"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, doc.Text)
		}
	}
	for _, kept := range []string{"组织30人阅读红色经典", "组织阅读3本书的读书小组5个，收到了良好的效果。"} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost from the text:\n%s", kept, doc.Text)
		}
	}
	counters := 0
	for _, r := range doc.Removed {
		if r.Kind == "counter" {
			counters++
		}
	}
	if counters < 3 {
		t.Errorf("%d pieces removed as counter, want at least 3: %v", counters, doc.Removed)
	}
}

func TestPlaceholderPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"[year+1:50]中秋节慰问活动总结 篇2":    "[year+1:50]",
		"??????? 2018年1月22日，医院新区启用。": "??????? ",
		"[1]参见某某文件":                  "",
		"[ABC]社区活动":                  "",
		"[year+1:50]":                "",
		"??":                         "",
		"活动总结[year+2:100]":           "",
	} {
		if got := in[:placeholderPrefix(in)]; got != want {
			t.Errorf("placeholderPrefix(%q) cuts %q, want %q", in, got, want)
		}
	}
}

// A label in brackets opening a line is kept with it: the author's
// heading of an item (several such lines) or a column's label before the
// first sentence, which opens the paragraph.
func TestLabelledLines(t *testing.T) {
	items := []string{"【包粽子】社区邀请老人现场教学，居民分组比赛，共包出粽子一千多个。", "【做香囊】中医师讲解药材的功效，亲子家庭亲手缝制了香囊。"}
	one := "【特訊】6月10日，某某社區開展了端午包粽子活動，三十餘名居民參加了活動。"
	for page, keep := range map[string][]string{
		"社区端午活动总结\n" + items[0] + "\n" + items[1] + "\n活动结束后，居民们纷纷表示明年还要参加，社区将继续办好传统节日活动。\n": items,
		"社區端午活動總結\n" + one + "\n": {one},
	} {
		doc, err := Parse("page.txt", []byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range keep {
			if !strings.Contains(doc.Text, l) {
				t.Errorf("%q lost:\n%s", l, doc.Text)
			}
		}
	}
}

func TestSiteCollection(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, siteCollection{v}, []judgeCase{
		{line: "2024年街道妇联工作总结三篇", zone: zoneBody, want: "collection"},
		{line: "2024年街道婦聯工作總結三篇", zone: zoneTail, want: "collection"},
		{line: "社区活动总结怎么写（通用10篇）", zone: zoneTail, want: "collection"},
		{line: "社区工作总结 (3篇)", zone: zoneBody, want: "collection"},
		{line: "敬老活动总结范文3篇仅供参考", zone: zoneBody, want: "collection"},
		{line: "敬老活動總結範文3篇僅供參考", zone: zoneTail, want: "collection"},
		{line: "向本站投稿了6篇敬老活动总结", zone: zoneTail, want: "collection"},
		{line: "網友向本站投稿了6篇敬老活動總結，下面是小編整理的。", zone: zoneHead, want: "collection"},
		{line: "本文为社区活动总结，共2页，37.5 KB。", zone: zoneHead, want: "collection"},
		{line: "上一页 第1页 共3页 下一页", zone: zoneTail, want: "collection"},
		// Before the body a heading may be the title: decided after it.
		{line: "2024年街道妇联工作总结三篇", zone: zoneHead, want: ""},
		// The report's own counts stay.
		{line: "共撰写稿件15篇，", zone: zoneBody, want: ""},
		{line: "整理活动照片3篇", zone: zoneTail, want: ""},
		{line: "发放手册，手册共12页", zone: zoneBody, want: ""},
		{line: "全年向报社投稿12篇，刊发8篇。", zone: zoneBody, want: ""},
		{line: "征集優秀範文5篇。", zone: zoneBody, want: ""},
		{line: "学雷锋活动总结 篇一", zone: zoneTail, want: ""},
		{line: "上一篇：某某活动总结", zone: zoneTail, want: ""},
	})
}

// TestCollectionsRemoved checks that a site's headings of its collection
// leave the text with kind collection, the one that is the title stays
// the title, and the report's counts stay in the text.
func TestCollectionsRemoved(t *testing.T) {
	page := "2024年社區敬老活動總結（精選3篇）\n" +
		"敬老活動總結模板合集八篇\n" +
		"重陽節前夕，某某社區組織志願者走訪轄區老人，送去慰問品，陪老人聊天，共撰寫走訪日記15篇。\n" +
		"活動結束後，志願者們分享了心得體會，大家表示今後還要繼續參加敬老活動。\n" +
		"社区工作总结 (3篇)\n"
	doc, err := Parse("page.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2024年社區敬老活動總結（精選3篇）"; doc.Title != want {
		t.Errorf("title %q, want %q", doc.Title, want)
	}
	for _, gone := range []string{"合集八篇", "(3篇)"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "共撰寫走訪日記15篇。") {
		t.Errorf("the report's count lost from the text:\n%s", doc.Text)
	}
	n := 0
	for _, r := range doc.Removed {
		if r.Kind == "collection" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d lines removed as collection, want 2: %v", n, doc.Removed)
	}
}

func TestStatementLink(t *testing.T) {
	checkJudge(t, statementLink{}, []judgeCase{
		{line: "特别声明", zone: zoneTail, want: "copyright"},
		{line: "某某新闻网某某频道版权和免责申明", zone: zoneTail, want: "copyright"},
		{line: "網站聲明", zone: zoneTail, want: "copyright"},
		{line: "特别声明", zone: zoneHead, want: ""},
		{line: "特别声明", zone: zoneBody, want: ""},
		{line: "版权所有", zone: zoneTail, want: ""},
		{line: "特此聲明", zone: zoneTail, want: ""},
		{line: "本活动最终解释权归主办方所有，特此声明", zone: zoneTail, want: ""},
		{line: "某某社区居委会关于暂停开放活动室期间安排的声明", zone: zoneTail, want: ""},
	})
}

func TestBrokenSentence(t *testing.T) {
	page := func(lines ...string) []string {
		for i, l := range lines {
			lines[i] = fold.ToSimplified(l)
		}
		return lines
	}
	for _, c := range []struct {
		lines   []string
		at, nxt int
		want    bool
	}{
		// The text's words again, the page ending right below: the
		// report's last sentence cut off.
		{page("河堤公园周末举办亲子植树活动,三十户家庭参加。", "图1.jpg", "河堤公园将继续组织植树,邀请更多家庭,认领树苗,让公园"), 2, -1, true},
		{page("河堤公園週末舉辦親子植樹活動,三十戶家庭參加。", "圖1.jpg", "河堤公園將繼續組織植樹,邀請更多家庭,認領樹苗,讓公園"), 2, -1, true},
		// The sentence goes on in the line below.
		{page("河堤公园周末举办亲子植树活动,三十户家庭参加。", "河堤公园将继续组织植树,邀请更多家庭,认领树苗,让公园", "四季常绿。"), 1, 2, true},
		// The line below neither holds a comma nor ends a sentence: a
		// picture's caption, the list is no sentence going on.
		{page("河堤公园周末举办亲子植树活动,三十户家庭参加。", "河堤公园将继续组织植树,邀请更多家庭,认领树苗,让公园", "植树现场"), 1, 2, false},
		// Keywords foreign to the text: a hijacked copy's.
		{page("在线高清播放,最新综艺下载,热门电视剧合集,免费影视大全", "河堤公园周末举办亲子植树活动,三十户家庭参加。"), 0, 1, false},
		{page("在線高清播放,最新綜藝下載,熱門電視劇合集,免費影視大全", "河堤公園週末舉辦親子植樹活動,三十戶家庭參加。"), 0, 1, false},
		// Two short phrases are no list.
		{page("河堤公园周末举办亲子植树活动,三十户家庭参加。", "河堤公园,植树"), 1, -1, false},
	} {
		if got := brokenSentence(c.lines, c.at, c.nxt); got != c.want {
			t.Errorf("brokenSentence(%q, %d, %d) = %v, want %v", c.lines, c.at, c.nxt, got, c.want)
		}
	}
}

func TestPagerLinks(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, pagerLinks{v}, []judgeCase{
		{line: "上一篇", want: "navigation"},
		{line: "下一篇", want: "navigation"},
		{line: "上一期", want: "navigation"},
		{line: "上一主題 下一主題", want: "navigation"},
		{line: "7上一篇  下一篇8", want: "navigation"},
		{line: "上一篇湖畔社区举办插花课堂 下一篇青苗小队走进敬老院", want: "navigation"},
		{line: "上一條記錄:松林村修好了便民橋下一條記錄:義工隊探望獨居長者", want: "navigation"},
		{line: "2024年03月02日 星期六上一期下一期", want: "metadata"},
		{line: "返回目录 上一期  当前第58期  下一期", want: "navigation"},
		{line: "2024年3月2日 星期六 上一版 下一版 放大 缩小", want: "metadata"},
		{line: "上一篇 下一篇春耕时节，合作社的农机手们早早下了田。", want: ""},         // the body's first sentence fused after it
		{line: "上一期学员结业后，下一期培训定于五月开班。", want: ""},              // a report's sentence
		{line: "从上一个路口到下一个路口", want: ""},                       // 个: a report's own stages
		{line: "上一篇湖畔社区举办插花课堂", want: ""},                      // one label and a headline: the patterns' shape
		{line: "上一篇 下一篇 " + strings.Repeat("长", 41), want: ""}, // longer than a headline
	})
}

func TestStoryPictureName(t *testing.T) {
	checkJudge(t, storyPictureName{}, []judgeCase{
		{line: "湖滨街道举办邻里节_forpic_3.2", want: "image"},
		{line: "湖濱街道舉辦鄰里節_forpic_照片7", want: "image"},
		{line: "【快讯】湖滨街道举办邻里节 居民同乐_forpic_pic_副本2", want: "image"},
		{line: "湖滨街道举办邻里节_forpic_3.2 居民合影", want: ""}, // a caption after it
		{line: "湖滨街道举办邻里节_第一_阶段", want: ""},           // no tag of Latin letters
		{line: "nav_top_city_05", want: ""},           // no headline
		{line: "报名表请发至邮箱_abc_共3份。", want: ""},         // a sentence's end
		{line: "報名表請發至郵箱_abc_共3份。", want: ""},
	})
}

func TestDeviceName(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, deviceName{v}, []judgeCase{
		{line: "微信图片_20160412093015", want: "image"},
		{line: "微信圖片_20160412093015_副本", want: "image"},
		{line: "TIM截圖20170605114530", want: "image"},
		{line: "DSC_0412", want: "image"},
		{line: "IMG_20160412_093015", want: "image"},
		{line: "微信图片_2016-04-12_093015_512", want: "image"},
		{line: "微信图片_20160412093015_meitu_2", want: "image"},
		{line: "DSC_12", want: ""},                      // a short number
		{line: "截图2023年4月12日", want: ""},                // a date in words
		{line: "微信图片_20160412093015 志愿者合影", want: ""},   // a caption beside it
		{line: "微信图片_20160412093015春风拂面的日子里", want: ""}, // text after it
	})
}
