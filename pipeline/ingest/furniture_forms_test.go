package ingest

import (
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestGlyphLed(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, glyphLed{v}, []judgeCase{
		{line: "□ 记者 某立新 通讯员 某春 某海燕", want: "byline"}, // the glyph hid a byline
		{line: "□ 記者 某立新 通訊員 某春 某海燕", want: "byline"},
		{line: "• 来源:某某网", want: "metadata"}, // a bullet hid a source line
		{line: "• 來源:某某網", want: "metadata"},
		{line: "■■ 发布时间：2024-03-05 浏览：120", want: "metadata"},      // glyphs, however many
		{line: "记者 某立新", want: ""},                                 // no glyph: the byline judge's own
		{line: "● 开展了三次入户探访，走访独居老人二十户。", zone: zoneBody, want: ""}, // a list item of the report
		{line: "● 開展了三次入戶探訪，走訪獨居老人二十戶。", zone: zoneBody, want: ""},
		{line: "□", want: ""},
		// Any symbol of class So opens a line as its layout, and a dash
		// or a bullet Unicode files as punctuation.
		{line: "▲ 来源:某某社区", want: "metadata"},
		{line: "▲ 來源:某某社區", want: "metadata"},
		{line: "◎ 记者 某立新", want: "byline"},
		{line: "➤ 記者 某立新", want: "byline"},
		{line: "- 来源:某某社区", want: "metadata"},
		{line: "－ 來源:某某社區", want: "metadata"},
		{line: "▲ 志愿者为老人测量血压", zone: zoneBody, want: ""}, // a photo's line of the report
		{line: "- 開展了三次入戶探訪，走訪獨居老人二十戶。", zone: zoneBody, want: ""},
		{line: "一、活动背景", want: ""}, // 一 is a letter, no glyph
	})
}

func TestButtonLed(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, buttonLed{v}, []judgeCase{
		{line: "【纠错】 【责任编辑:某海燕】", zone: zoneTail, want: "widget"}, // a button before the editor's credit
		{line: "【糾錯】 【責任編輯:某海燕】", zone: zoneTail, want: "widget"},
		{line: "【我要纠错】 责任编辑:某海燕", zone: zoneTail, want: "widget"},
		{line: "[我要糾錯] 責任編輯：某海燕", zone: zoneTail, want: "widget"},
		{line: "【打印】 来源:某某网", zone: zoneHead, want: "widget"},
		{line: "【纠错】 【责任编辑:某海燕】", zone: zoneBody, want: ""}, // in the body: no button's line
		{line: "【纠错】", zone: zoneTail, want: ""},            // a button alone: widgetRow's
		{line: "【分享】 志愿者为老人测量血压", zone: zoneTail, want: ""}, // a caption after it stays
		{line: "【分享】 居民们纷纷表示收获很大。", zone: zoneTail, want: ""},
		{line: "【分享活动心得体会】 责任编辑:某海燕", zone: zoneTail, want: ""}, // a heading, no button
		{line: "【活动】 责任编辑:某海燕", zone: zoneTail, want: ""},
		{line: "纠错 责任编辑:某海燕", zone: zoneTail, want: ""}, // no frame
	})
}

func TestAnyOutletByline(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, anyOutletByline{v}, []judgeCase{
		{line: "某江全媒体 记者 某晓文", want: "byline"}, // an outlet no ending names
		{line: "某江全媒體 記者 某曉文", want: "byline"},
		{line: "某城商报·某某客户端记者 某思远", zone: zoneTail, want: "byline"}, // outlet and channel
		{line: "某城商報·某某客戶端記者 某思遠", zone: zoneTail, want: "byline"},
		{line: "某区融合台 记者：某丽 通讯员：某建国", want: "byline"},
		{line: "某江全媒体 记者 某晓文", zone: zoneBody, want: ""}, // the body's lines are the report's
		{line: "社区小记者采访活动", want: ""},                    // no name set apart: a headline
		{line: "社區小記者採訪活動", want: ""},
		{line: "小记者走进社区，采访了三位老党员", want: ""},
		{line: "某江全媒体", want: ""},
		// Any mark that parts a page's fields stands between the role and
		// the name, or the outlet and the role.
		{line: "某江全媒体 记者 | 某晓文", want: "byline"},
		{line: "某江全媒體 記者｜某曉文", want: "byline"},
		{line: "某合报／记者 某晓文", want: "byline"},
		{line: "某合報／ 記者 某曉文／某北即時報導", want: "byline"},
		{line: "某江全媒体 记者 | 某晓文", zone: zoneBody, want: ""},
		{line: "记者节|社区小记者走进报社", want: ""}, // a headline: no name after the role
		// Round 12: the roles of a school's or an agency's credit line
		// ([byline_roles]: 撰稿人, 审稿人, 撰文, 校审).
		{line: "某某管理学院 撰稿人:某静文 审稿人:某璇", want: "byline"},
		{line: "某某管理學院 撰稿人:某靜文 審稿人:某璇", want: "byline"},
		{line: "某某中心 校审 | 某晓文", zone: zoneTail, want: "byline"},
		// Round 21: an office's correspondent and its reviewer, the
		// office's name run into the role ([byline_roles]: 信息员, 审核人).
		{line: "某某区科协信息员:某晓文", zone: zoneTail, want: "byline"},
		{line: "某某區科協信息員:某曉文", zone: zoneTail, want: "byline"},
		{line: "某某功能区审核人:某丽", zone: zoneTail, want: "byline"},
		{line: "某某功能區審核人:某麗", zone: zoneTail, want: "byline"},
		{line: "某某区科协信息员:某晓文", zone: zoneBody, want: ""},
		{line: "培训社区信息员三十名", zone: zoneTail, want: ""}, // no name set apart: what was done
		// Round 16: 丨, a Han stroke that sites set as a bar, parts the
		// role and the name like |.
		{line: "值班编辑丨某晓文", zone: zoneTail, want: "byline"},
		{line: "值班編輯丨某曉文", zone: zoneTail, want: "byline"},
		{line: "值班编辑丨某晓文", zone: zoneBody, want: ""},
		{line: "记者节丨社区小记者走进报社", want: ""},
		// Round 13: two outlets sharing the reporter, joined by a slash
		// or a dash.
		{line: "某城晚报/某牛新闻记者 某秋萍", zone: zoneTail, want: "byline"},
		{line: "某城晚報／某牛新聞記者 某秋萍", zone: zoneTail, want: "byline"},
		{line: "某人日报—某工网记者 某辉 通讯员 某治衡 某理丽", want: "byline"},
		{line: "某人日報—某工網記者 某輝 通訊員 某治衡 某理麗", want: "byline"},
		{line: "某城晚报/某牛新闻记者 某秋萍", zone: zoneBody, want: ""},
		{line: "校报/校园网小记者走进社区", want: ""}, // no name set apart: a headline
		{line: "某某管理学院 撰稿人:某静文 审稿人:某璇", zone: zoneBody, want: ""},
		{line: "撰稿人培训班圆满结束", want: ""},
		// Round 27: a name of a minority people with its middle dot.
		{line: "青禾云/南坪日报记者 阿依努尔·吐逊 通讯员 邹立新", zone: zoneTail, want: "byline"},
		{line: "青禾雲/南坪日報記者 阿依努爾·吐遜 通訊員 鄒立新", zone: zoneTail, want: "byline"},
		{line: "青禾云/南坪日报记者 阿依努尔·吐逊 通讯员 邹立新", zone: zoneBody, want: ""},
	})
}

func TestStatisticsRow(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"服务人次:312人/次,服务时长:96小时", true}, // figures between commas
		{"服務人次：312人次，服務時長：96小時", true},
		{"参与人数:1,200人,发放资料:300份", true},  // a number's grouping comma is no separator
		{"发信人: 某某 (山月), 信区: 某某", false},  // values that are no numbers: a header's fields
		{"服务人次:312人/次", false},           // one field
		{"最新公告：某某报告已上传，欢迎里民参阅", false},   // a sentence after a label
		{"服务人次:312人/次 服务时长:96小时", false}, // fields apart by a space: the page's
	} {
		if got := statisticsRow(tt.line); got != tt.want {
			t.Errorf("statisticsRow(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestFusedCrumb(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, fusedCrumb{v}, []judgeCase{
		{line: "首页总结社区工作总结", want: "navigation"}, // the root run into the steps
		{line: "首頁總結社區工作總結", want: "navigation"},
		{line: "总结志愿者服务总结", want: "navigation"}, // a collection's name run into its step
		{line: "總結志願者服務總結", want: "navigation"},
		{line: "首页总结社区工作总结", zone: zoneBody, want: ""},
		{line: "总结经验促提升年终工作总结", want: ""},    // a long step: a headline's words
		{line: "社区志愿者服务总结", want: ""},        // no root, no collection's name first
		{line: "首页 > 总结 > 社区工作总结", want: ""}, // separators: the breadcrumb judge's
		{line: "首页", want: ""},
	})
}

func TestFusedCrumbTail(t *testing.T) {
	v := testFurniture(t)
	for line, want := range map[string]string{
		"首页总结社区工作总结": "社区工作总结",
		"首頁總結社區工作總結": "社區工作總結",
		"总结志愿者服务总结":  "志愿者服务总结",
		"社区志愿者服务总结":  "",
	} {
		if got := fusedCrumbTail(line, fold.ToSimplified(line), v); got != want {
			t.Errorf("fusedCrumbTail(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestWidgetRow(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, widgetRow{v}, []judgeCase{
		{line: "举报/反馈", zone: zoneTail, want: "widget"}, // a button no list names rides along
		{line: "舉報/反饋", zone: zoneTail, want: "widget"},
		{line: "回覆  引用  報告", zone: zoneTail, want: "widget"},
		{line: "【返回】【打印】", zone: zoneTail, want: "widget"},
		{line: "【打印文章】 【添加收藏】", zone: zoneBody, want: "widget"}, // under the last paragraph: still buttons
		{line: "【打印文章】 【添加收藏】", zone: zoneTail, want: "widget"},
		{line: "回覆 引用", zone: zoneBody, want: "widget"},
		{line: "分享快乐 传递温暖", zone: zoneBody, want: ""}, // the body's slogan, no button
		{line: "照片 总结 感想", zone: zoneBody, want: ""},
		{line: "分享快乐 传递温暖", zone: zoneTail, want: ""},     // parts of a slogan, no button
		{line: "签到表 照片 总结", zone: zoneTail, want: ""},     // one part in three a button word: no row
		{line: "收藏", zone: zoneTail, want: ""},            // alone: the patterns' and edgeWidget's
		{line: "分享，收藏，转发", zone: zoneTail, want: ""},      // commas: a sentence's
		{line: "评论 志愿服务活动总结范文", zone: zoneTail, want: ""}, // a long part: a title's
		// round 29: the type size's buttons and a button's label cut off after its colon
		{line: "A+ A-", zone: zoneHead, want: "widget"},
		{line: "A－A＋", zone: zoneHead, want: "widget"}, // run together, full width
		{line: "A+ A", zone: zoneHead, want: "widget"}, // the other step's sign lost
		{line: "A+", zone: zoneHead, want: "widget"},   // a step alone
		{line: "大 中 小", zone: zoneHead, want: "widget"},
		{line: "【打印】 【字体:", zone: zoneHead, want: "widget"},
		{line: "【列印】 【字體：", zone: zoneHead, want: "widget"}, // 列印 rides along with 字體's label
		{line: "A-1", zone: zoneBody, want: ""},             // a room's or a table's number, no step
		{line: "A+ B", zone: zoneBody, want: ""},            // grades
		{line: "打印 日期:2021", zone: zoneHead, want: ""},      // a colon inside a part: a field's
		{line: "大 小", zone: zoneBody, want: "widget"},
		{line: "大 中 小组", zone: zoneBody, want: ""},
	})
}

func TestViewControls(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, viewControls{v}, []judgeCase{
		{line: "字号:[ ] [ ]", zone: zoneHead, want: "widget"}, // the buttons' pictures lost
		{line: "字體：[][][]", zone: zoneBody, want: "widget"},
		{line: "日期:2021-05-06 09:30 [大 中 小][打印本页][关闭窗口]", zone: zoneHead, want: "widget"},
		{line: "時間：2021-05-06 [大 中 小][列印][關閉]", zone: zoneHead, want: ""}, // 列印: no button word, one frame in three
		{line: "時間：2021-05-06 [大 中 小][打印][關閉]", zone: zoneBody, want: "widget"},
		{line: "来源：某某街道 【打印】【关闭】", zone: zoneHead, want: "widget"}, // after a field the judges know
		{line: "分享:", zone: zoneHead, want: "widget"},
		{line: "分享：", zone: zoneTail, want: "widget"},
		{line: "分享：", zone: zoneBody, want: ""}, // a report's own heading may be a label
		{line: "经验分享：", zone: zoneHead, want: ""},
		{line: "活动现场 [图] [图]", zone: zoneHead, want: ""},
		{line: "居民们踊跃参加 [打印] [关闭]", zone: zoneBody, want: ""}, // a sentence before the row
		{line: "字号:[大]", zone: zoneHead, want: ""},            // one frame: no row
		{line: "【一】【二】", zone: zoneTail, want: ""},
	})
}

func TestTypeSizeControl(t *testing.T) {
	v := testFurniture(t)
	for line, want := range map[string]bool{
		"文字级数:":        true,
		"文字級數：":        true,
		"【浏览字体:大 中 小】": true,
		"【瀏覽字體：大 中 小】": true,
		"字号：大 中 小":     true,
		"字体大小:":        false, // no label's end
		"字体: 宋体 黑体":    false, // no sizes
		"【浏览字体:大 中 小":  false, // a frame left open: brokenField's
		"书法字体: 楷书":     false,
		"活动内容:":        false,
		"【通知】字号:大 中 小": false,
	} {
		if got := v.typeSizeControl(fold.ToSimplified(line)); got != want {
			t.Errorf("typeSizeControl(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestContentLabel(t *testing.T) {
	checkJudge(t, contentLabel{testFurniture(t)}, []judgeCase{
		{line: "正文", zone: zoneHead, want: "label"},
		{line: "詳細信息", zone: zoneHead, want: "label"},
		{line: "【新聞詳情】", zone: zoneHead, want: "label"},
		{line: "详细内容：", zone: zoneHead, want: "label"},
		{line: "正文", zone: zoneTail, want: ""},
		{line: "详细信息请见附件", zone: zoneHead, want: ""},
		{line: "活动详情", zone: zoneHead, want: ""},
		// A breadcrumb's last step run into the column's name (round 28).
		{line: "某某网江城新闻正文", zone: zoneHead, want: "navigation"},
		{line: "某某網江城新聞正文", zone: zoneHead, want: "navigation"},
		{line: "首页<校园生活<正文", zone: zoneHead, want: "navigation"},
		{line: "社区动态详细内容", zone: zoneHead, want: "navigation"},
		{line: "江城社区举办睦邻节 正文", zone: zoneHead, want: ""},               // a headline before a space
		{line: "江城新闻正文", zone: zoneBody, want: ""},                     // not above the body
		{line: "请阅读下面的正文。", zone: zoneHead, want: ""},                  // a sentence
		{line: "请阅读附件，详见正文", zone: zoneHead, want: ""},                 // a clause
		{line: "江城区第二实验小学附属幼儿园家长学校学期活动安排正文", zone: zoneHead, want: ""}, // too long for a crumb
	})
}
