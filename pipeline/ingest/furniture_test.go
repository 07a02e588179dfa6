package ingest

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/internal/testfiles"
	"github.com/zongjie/zongjie/pipeline/fold"
)

func testFurniture(t testing.TB) *furnitureVocab {
	t.Helper()
	v, err := defaultFurniture()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// judgeCase is one line given to one judge; the judges see its folded
// form, so the tables hold lines in both scripts.
type judgeCase struct {
	line    string
	zone    lineZone
	after   bool // afterFurniture
	amid    bool // amidFurniture
	before  bool // beforeFurniture
	inTable bool
	inRun   bool // inFieldRun
	below   bool // belowBody
	end     bool // atPageEnd
	heading bool // underAuthorHeading
	clauses bool // clausesUnderHeading
	amidCap bool // amidCaptions
	cells   bool // amidCells
	cont    bool // continuesSentence
	broken  bool // brokenSentence
	text    bool // amidText
	above   bool // aboveBody
	textEnd bool // atTextEnd
	bullet  bool // lastBulleted
	want    string
}

func checkJudge(t *testing.T, j furnitureJudge, cases []judgeCase) {
	t.Helper()
	for _, c := range cases {
		v := lineView{text: c.line, folded: fold.ToSimplified(c.line), zone: c.zone, afterFurniture: c.after, amidFurniture: c.amid, beforeFurniture: c.before, inTable: c.inTable, inFieldRun: c.inRun, belowBody: c.below, atPageEnd: c.end, underAuthorHeading: c.heading, clausesUnderHeading: c.clauses, amidCaptions: c.amidCap, amidCells: c.cells, continuesSentence: c.cont, brokenSentence: c.broken, amidText: c.text, aboveBody: c.above, atTextEnd: c.textEnd, lastBulleted: c.bullet}
		if got := j.Judge(v); got != c.want {
			t.Errorf("%T(%q, zone %d, after %v, amid %v) = %q, want %q", j, c.line, c.zone, c.after, c.amid, got, c.want)
		}
	}
}

func TestASCIIJunk(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, asciiJunk{v}, []judgeCase{
		{line: "; k8 ]2 %4 Q! b& R( t ?% m", want: "junk"},
		{line: "3 c7 n# z4 G6 P1 !@ U/ a9 r", want: "junk"},
		{line: "g$ x5 V, k& }. ]$ p! s+ Y# e2 M |", want: "junk"},
		{line: "社區 活動 共 5 場 , 3 次", want: ""},
		{line: "QQ: 12345678", want: ""},
		{line: "www.example.com/a/b.html", want: ""},
		{line: "A B C D E F", want: ""},
		{line: "活动 共 5 场 , 3 次", want: ""},
	})
	for in, want := range map[string]string{
		"; k8 ]2 %4 Q! b& 为了美化社区环境，开展活动。": "为了美化社区环境，开展活动。",
		"1. 为了美化社区环境":                     "",
		"A B C D 社区":                      "",
	} {
		n := junkPrefix(in, v)
		if got := strings.TrimSpace(in[n:]); (n > 0) != (want != "") || n > 0 && got != want {
			t.Errorf("junkPrefix(%q) leaves %q, want %q", in, in[n:], want)
		}
	}
}

func TestImageFileName(t *testing.T) {
	checkJudge(t, imageFileName{testFurniture(t)}, []judgeCase{
		{line: "IMG_20190305_1023.JPG", want: "image"},
		{line: "某某網活動照片.jpg", want: "image"},
		{line: "某某网活动照片01.png (88.5 KB, 下载次数: 3)", want: "image"},
		{line: "20230415CD.jpg (120×60) 某某新聞網 2023年5月16日 週二 下午3:20", want: "image"},
		{line: "见附件photo.jpg，照片中是参加活动的志愿者", want: ""},
		{line: "社区志愿者在活动现场合影，照片见附件photo.jpg，共有二十名志愿者参加了本次活动。", want: ""},
		{line: "活动照片", want: ""},
	})
}

func TestBreadcrumb(t *testing.T) {
	checkJudge(t, breadcrumb{testFurniture(t)}, []judgeCase{
		{line: "您的当前位置:首页正文", want: "navigation"},
		{line: "您的當前位置：首頁 > 正文", want: "navigation"},
		{line: "当前位置：首页 > 新闻", want: "navigation"},
		{line: "位置导航 工作动态", want: "navigation"},
		{line: "首页>>工作总结>>正文", want: "navigation"},
		{line: "主頁 ＞ 活動花絮 ＞ 長者服務", zone: zoneHead, want: "navigation"},
		{line: "» 社区动态", want: "navigation"},
		{line: "| 活动名称 | 时间 |", want: ""},
		{line: "当前社区的位置很重要。", want: ""},
		{line: "一、活动目的", want: ""},
		// A path of steps before the body, labelled or not.
		{line: "路徑 : 活動花絮 > 中心動態", zone: zoneHead, want: "navigation"},
		{line: "Home > 活动 > 「邻里守望」探访", zone: zoneHead, want: "navigation"},
		{line: "主页 › 动态 › 某某社区2023年敬老活动总结", zone: zoneHead, want: "navigation"},
		{line: "路徑 : 活動花絮 > 中心動態", zone: zoneBody, want: ""},
		{line: "满意度 > 90%", zone: zoneHead, want: ""},
		{line: "参与人数 > 往年", zone: zoneHead, want: "navigation"}, // the shape alone: a head line of two short steps
		{line: "新闻中心- 社区动态- “夕阳红”义工队开展秋季联谊活动", zone: zoneHead, want: "navigation"},
		{line: "某某協會義工隊 - 「長者探訪大使」感謝日", zone: zoneHead, want: ""},
		{line: "2022-2023学年-志愿服务-总结", zone: zoneHead, want: ""},
	})
	for in, want := range map[string]string{
		"首页 > 活动 > 某某探访":    "某某探访",
		"当前位置:首页>>范文>>某某总结": "某某总结",
		"新闻中心- 医院新闻- 某某活动":  "某某活动",
		"首页 | 新闻":           "",
	} {
		if got := crumbTail(in); got != want {
			t.Errorf("crumbTail(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLatinHead(t *testing.T) {
	checkJudge(t, latinHead{}, []judgeCase{
		{line: "Skip to Main Content", zone: zoneHead, want: "latin"},
		{line: "The Association Volunteer Visit to the Elderly", zone: zoneHead, want: "latin"},
		{line: "Skip to Main Content", zone: zoneBody, want: ""},
		{line: "Powered by Discuz!", zone: zoneTail, want: "latin"},
		{line: "Press Release 新聞稿", zone: zoneHead, want: ""},
		{line: "Page 2 of 3", zone: zoneHead, want: ""},
		{line: "QQ", zone: zoneHead, want: ""},
		// English prose beside the Chinese, or a line of it: the report's.
		{line: "The team visited the old people at home and cleaned their rooms for them.", zone: zoneTail, want: ""},
		{line: "and played some simple games with the children of the street", zone: zoneHead, want: ""},
		{line: "Notice: the text above was posted by a user of the platform and not by us.", zone: zoneTail, want: "latin"},
		{line: "Annual Report of the Sunshine Community Volunteer Service Team", zone: zoneHead, want: "latin"},
	})
}

func TestLatinHeadRow(t *testing.T) {
	checkJudge(t, latinHeadRow{}, []judgeCase{
		{line: "Updated: Oct 12, 2021", zone: zoneHead, want: "metadata"}, // English stamps are read dates
		{line: "326 Views", zone: zoneHead, want: "latin"},
		{line: "Lin Yu • 3 March 2022 18:05", zone: zoneHead, want: "metadata"},
		{line: "www.example.org   2020-06-01 08:30:12", zone: zoneHead, want: "metadata"},
		{line: "Posted 2019/12/05 ‧ 52 reads", zone: zoneHead, want: "metadata"},
		{line: "close", zone: zoneHead, want: "latin"},
		{line: "banner_ad3", zone: zoneHead, want: "latin"},
		{line: "side_menu_7", zone: zoneHead, want: "latin"},
		{line: "Published", zone: zoneHead, want: "latin"},
		// Only above the first prose line, and never with Han characters
		// or another script's letters.
		{line: "326 Views", zone: zoneBody, want: ""},
		{line: "close", zone: zoneTail, want: ""},
		{line: "Updated: 2021年10月12日", zone: zoneHead, want: ""},
		{line: "閱讀 326 Views", zone: zoneHead, want: ""},
		{line: "Обновлено 12.10.2021", zone: zoneHead, want: ""},
		// No digit and no lone word: latinHead's; a date or a number
		// alone: the others'.
		{line: "Skip to Main Content", zone: zoneHead, want: ""},
		{line: "2021-10-12", zone: zoneHead, want: ""},
		{line: "- 326", zone: zoneHead, want: ""},
		{line: "www.example.org", zone: zoneHead, want: ""},
		// English prose with a number: a bilingual report's line.
		{line: "we met 12 old people and cleaned their rooms for them", zone: zoneHead, want: ""},
	})
}

func TestPagedTitle(t *testing.T) {
	checkJudge(t, pagedTitle{testFurniture(t)}, []judgeCase{
		{line: "社區消防宣傳總結_第2頁", want: KindRunning},
		{line: "某某社区活动总结 - 第3页", want: KindRunning},
		{line: "第2页", want: ""},
		{line: "活动分三个阶段进行，详见第2页", want: ""},
	})
}

// The title a shared document's pages print is the document's when no
// line gives another.
func TestTitleFromPagedLines(t *testing.T) {
	for in, want := range map[string]string{
		"社区植树活动总结_第1页\n三月十二日，二十名志愿者在河堤种下了一百棵树苗，大家干劲十足。\n社区植树活动总结_第2页\n活动结束后，志愿者们认领了各自种下的树。\n": "社区植树活动总结",
		"社區植樹活動總結 - 第1頁\n三月十二日，二十名志願者在河堤種下了一百棵樹苗，大家幹勁十足。\n":                                   "社區植樹活動總結",
	} {
		doc, err := Parse("a.txt", []byte(in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != want || strings.Contains(doc.Text, "页") || strings.Contains(doc.Text, "頁") {
			t.Errorf("title %q, want %q; text %q", doc.Title, want, doc.Text)
		}
	}
}

// Guideline of round 17: a picture's caption that says what was done or
// shown is body, with or without a caption's word or its photographer's
// credit; no line judge takes it between the report's paragraphs.
func TestDescriptiveCaptionsStay(t *testing.T) {
	v := testFurniture(t)
	for _, line := range []string{
		"志愿者陪长者赏秋。(圖:某某中心提供)",
		"社区工作人员为老人测量血压。（图/某某）",
		"图为志愿者在清理楼道杂物",
		"圖為長者與義工合照。",
		"上图：居民排队领取物资",
		"圖說：某某據點長輩展示竹編作品。（記者某某攝）",
		"(为老人们测量血压)",
		"（為老人們測量血壓）",
		"全体志愿者合影",
		"全體義工合影留念",
		"义工代表发言",
		"某某小学“圆梦”认领现场",
	} {
		f := fold.ToSimplified(line)
		if k := judge(v.lineJudges(), newLineView(line, f, zoneBody)); k != "" {
			t.Errorf("%q: %s, want body", line, k)
		}
	}
}

func TestMenuBar(t *testing.T) {
	checkJudge(t, menuBar{testFurniture(t)}, []judgeCase{
		{line: "首页 | 范文 | 总结 | 计划", want: "navigation"},
		{line: "首頁 | 範文 | 總結 | 計劃", want: "navigation"},
		{line: "网站简介|联系方式|法律声明|隐私政策", want: "navigation"},
		{line: "网站首页 / 工作动态 / 通知公告", want: "navigation"},
		{line: "| 活动项目 | 日期 | 参加人数 |", zone: zoneBody, want: ""},
		{line: "| 某某网首页 | 某某聊天室 | 某某视频 |", zone: zoneHead, want: "navigation"},
		{line: "| 上门探访 | 2022.3.12 | 20人 |", zone: zoneTail, inTable: true, want: ""},
		{line: "组织部 / 宣传部 / 志愿者协会联合开展了此次活动", want: ""},
		{line: "一、活动目的", want: ""},
	})
}

func TestBulletMetadata(t *testing.T) {
	checkJudge(t, bulletMetadata{testFurniture(t)}, []judgeCase{
		{line: "- 2022-09-30 发布 |", want: "docsite"},
		{line: "- 2页", want: "docsite"},
		{line: "- 2頁", want: "docsite"},
		{line: "- 0", want: "docsite"},
		{line: "- 頁數：3", want: "docsite"},
		{line: "- 字数：1,862", want: "docsite"},
		{line: "- 上传时间：2021-07-02", want: "docsite"},
		{line: "• 2018-06-25", want: "metadata"},
		{line: "- 2021/03/09", want: "metadata"},
		{line: "• 时间:2020-08-17", want: "metadata"},
		{line: "• 發布日期：2020-08-17", want: "metadata"},
		{line: "- 2022-09-30 上传", want: "docsite"},
		{line: "- 共3场，1,200人参加", want: ""},
		{line: "• 提升环境质量：志愿者们积极清理社区垃圾，整理花坛。", want: ""},
		{line: "- 相关推荐", want: ""},
		// Above the body, a label and its value without a clause: the
		// post's facts (round 36).
		{line: "• 公开方式: 主动公开", want: "metadata"},
		{line: "• 所属栏目：街道动态", want: "metadata"},
		{line: "• 信息編號:AB-1234567/2024-00098", want: "metadata"},
		{line: "• 字号：[ ]", want: "metadata"},
		{line: "• 活动地点：滨河公园", want: ""},
		{line: "• 参加人员：社工与居民", want: ""},
		{line: "• 成果：老人们收到了米面油，笑逐颜开", want: ""},
		{line: "• 公开方式: 主动公开", zone: zoneBody, want: ""},
		{line: "• 公开方式: 主动公开", zone: zoneTail, want: ""},
		{line: "• 相关栏目", want: ""},
	})
}

func TestMetadataField(t *testing.T) {
	checkJudge(t, metadataField{testFurniture(t)}, []judgeCase{
		{line: "索引号：11330100/2019-00123", want: "metadata"},
		{line: "索引號：11330100/2019-00123", want: "metadata"},
		{line: "文檔介紹", want: "metadata"},
		{line: "生成日期：2019-03-05", want: "metadata"},
		{line: "文档名称:", want: "metadata"},
		{line: "文档介绍", want: "metadata"},
		{line: "上传人:abc123 2018/11/22", want: "metadata"},
		{line: "作者(摄影):某某某(公共卫生处)", want: "metadata"},
		{line: "【作者】: 【编辑】:某某", want: "metadata"},
		{line: "【编辑】：某某某", want: "metadata"},
		{line: "[来源]:某某街道办事处", want: "metadata"},
		{line: "【活动时间】：3月5日", want: ""},
		{line: "【作者】：社区为老人送去了慰问品。", want: ""},
		{line: "索 引 号:358120077/2019-00315 | 主题分类:民政/社会事务 | |", want: "metadata"},
		{line: "文 號 | 成文日期:2019-08-12 | 發布日期:2019-08-13 |", want: "metadata"},
		{line: "发文机构：某某区人民政府某某街道办事处", want: "metadata"},
		{line: "發文機構：某某區人民政府某某街道辦事處", want: "metadata"},
		{line: "公告單位:某某中心 公告日期:112年03月15日", want: "metadata"},
		{line: "公告单位:某某中心 公告日期:112年03月15日", want: "metadata"},
		{line: "公告日期确定后，社区将提前一周通知居民。", want: ""},
		{line: "活动时间：3月5日 | 活动地点：某某社区", want: ""},
		{line: "活动时间：3月5日", want: ""},
		{line: "服务对象：", want: ""},
		{line: "阅读是我们社区的好传统。", want: ""},
	})
}

func TestLoneValue(t *testing.T) {
	checkJudge(t, loneValue{testFurniture(t)}, []judgeCase{
		{line: "1968", after: true, want: "metadata"},
		{line: "1968次", after: true, want: "metadata"},
		{line: "瀏覽 1968", after: true, want: "metadata"},
		{line: "1968", want: ""},
		{line: "共计50人参加", after: true, want: ""},
	})
}

func TestBylineLine(t *testing.T) {
	checkJudge(t, bylineLine{testFurniture(t)}, []judgeCase{
		{line: "某某网记者 张三", want: "byline"},
		{line: "某某網記者 張三", want: "byline"},
		{line: "（记者 张三 通讯员 李四）", want: "byline"},
		{line: "本报讯 记者 王××", want: "byline"},
		// An outlet's name ending as a news app's, a channel's or a media
		// centre's before the role, in the body too (round 26).
		{line: "某省日报晨光新闻记者某海燕", zone: zoneBody, want: "byline"},
		{line: "某省日報晨光新聞記者 某海燕 某立新", zone: zoneBody, want: "byline"},
		{line: "某城新闻客户端记者某思远通讯员某春", zone: zoneHead, want: "byline"},
		{line: "某市日报全媒体记者/某小川 某明", zone: zoneBody, want: "byline"},
		{line: "【某某日报社·某某全媒体记者 某海燕 审核 某立新】", zone: zoneTail, want: "byline"},
		{line: "社区邀请多家新闻媒体记者参加", zone: zoneBody, want: ""}, // 全媒体, not any 媒体
		{line: "他从小就梦想成为一名新闻记者", zone: zoneBody, want: ""},
		{line: "活动结束后，她接受了新闻记者采访。", zone: zoneBody, want: ""},
		{line: "撰文：某耀昇", want: "byline"}, // round 12: 撰文, the writer's role
		{line: "撰文：某耀昇", zone: zoneBody, want: "byline"},
		{line: "撰文要求：简明扼要", want: ""},
		// Round 16: after the body, credit words before a bar.
		{line: "文图|某某晚报通讯员某某 记者某某", zone: zoneTail, want: "credit"},
		{line: "供圖供稿丨某某志願服務中心 某某", zone: zoneTail, want: "credit"},
		{line: "图文 | 某某街道", zone: zoneTail, want: "credit"},
		{line: "文图|某某晚报通讯员某某 记者某某", zone: zoneBody, want: ""},
		{line: "文化活动丨社区书法展开幕", zone: zoneTail, want: ""},
		{line: "供图丨某某。活动圆满结束。", zone: zoneTail, want: ""},
		// Any mark that parts a page's fields may stand between outlet,
		// role and name.
		{line: "某合报／记者某晓文／某北即时报导", want: "byline"},
		{line: "某合報／ 記者某曉文／某北即時報導", want: "byline"},
		{line: "编辑 | 张三", want: "byline"},
		{line: "責編｜張三", want: "byline"},
		{line: "编辑 | 张三(某某镇信息员)", want: "byline"}, // a name with its post in brackets
		{line: "責編｜張三（某某鎮民政科）", want: "byline"},
		{line: "编辑 张三(某某镇信息员),李四(某某科科长)", want: "byline"},
		{line: "记者在现场看到，居民们积极参与", want: ""},
		{line: "本报记者:", want: "byline"},
		{line: "某某文档网小编", want: "byline"},
		{line: "某某文檔網小編", want: "byline"},
		{line: "社区小编", want: ""}, // no site's name, no colon
		{line: "某某特区报记者 张某 李某某 通讯员 王某某 文/图", want: "byline"},
		{line: "本報記者：", want: "byline"},
		{line: "编辑 李某某 二审 王某某 三审 张某某", want: "byline"},
		{line: "編輯 李某某 二審 王某某 三審 張某某", want: "byline"},
		{line: "记者：", want: "byline"},
		{line: "志愿者们的心得：", want: ""},
		{line: "记者节活动总结", want: ""},
		// 丨, a Han stroke that sites set as a bar, parts role and name
		// too; the stages of review are roles (round 16).
		{line: "编辑丨张三", want: "byline"},
		{line: "編審丨張某某", want: "byline"},
		{line: "监审丨李某某", want: "byline"},
		{line: "初審丨王某某", want: "byline"},
		{line: "网络中国节丨某某社区举办邻里节", want: ""},
		{line: "监审工作的几点体会", want: ""},
		// A two-character name spaced out to the width of three (round 16).
		{line: "通讯员 王 芳 李 强", want: "byline"},
		{line: "通訊員 王 芳 李 強", want: "byline"},
		{line: "责编丨张 静", want: "byline"},
		{line: "记者 王 芳 来到社区，和居民一起包饺子", want: ""},
		// A role spaced out too; a backslash or a dash between the role and
		// its names; 发布 closing the review's stages (round 19).
		{line: "初 审:张 三", want: "byline"},
		{line: "終 審：李某某", want: "byline"},
		{line: "撰稿\\张某某 李某某    审核\\王某    发布\\赵某", want: "byline"},
		{line: "撰稿\\張某某    審核\\王某    發布\\趙某", want: "byline"},
		{line: "通讯员 - 王某某", want: "byline"},
		{line: "通訊員—王某某", want: "byline"},
		{line: "时 间:三月五日下午", want: ""},
		{line: "发布会上，社区介绍了志愿服务的做法。", want: ""},
		{line: "通讯员-王某某来到社区，讲解防诈骗知识", want: ""},
		// Round 27: a name of a minority people with its middle dot, what
		// they did after the names joined by slashes, two outlets joined
		// by a bullet.
		{line: "本报记者 范雨桐 通讯员 艾孜买提·热合曼 阿依努尔·吐逊", want: "byline"},
		{line: "本報記者 范雨桐 通訊員 艾孜買提·熱合曼 阿依努爾·吐遜", want: "byline"},
		{line: "青禾晚报全媒体记者 邹立新 文/图/视频", want: "byline"},
		{line: "青禾晚報全媒體記者 鄒立新 文/圖/視頻", want: "byline"},
		{line: "青禾新闻•南坪晚报记者 范雨桐 白露 通讯员 邹立新/文图", want: "byline"},
		{line: "青禾新聞•南坪晚報記者 范雨桐 白露 通訊員 鄒立新/文圖", want: "byline"},
		{line: "通讯员 艾孜买提·热合曼讲解了“青禾·夏令营”的安排", want: ""},
		{line: "记者 邹立新 文/图/视频，欢迎转发", want: ""},
	})
}

func TestContactLine(t *testing.T) {
	checkJudge(t, contactLine{testFurniture(t)}, []judgeCase{
		{line: "社区服务站：0553-5120661", want: "contact"},
		{line: "物業報修：0553-5128800", want: "contact"},
		{line: "服务人次：1200", want: ""},
		{line: "社区服务站：0553-5120661，欢迎来电咨询", want: ""},
		{line: "联系电话：0512-66881234", want: "contact"},
		{line: "聯繫電話：0512-66881234", want: "contact"},
		{line: "联系人：王老师 手机 13912345678", want: "contact"},
		{line: "邮箱 abc@example.com", want: "contact"},
		{line: "0512-66881234", want: ""},
		{line: "社区开通了服务热线0512-66881234，居民反映问题可以随时拨打。", want: ""},
		// A row of the page's fields side by side, however long.
		{line: "联系电话:0512—66881234 网站标识码:3205000012 某公网安备:32050202000123", want: "contact"},
		{line: "服務中心:0512-66881234 預約電話:0512-66885678 郵政編碼:215000 Email:info@example.org", want: "contact"},
		{line: "活动负责人王老师联系电话0512-66881234，另有志愿者二十余名、社区工作人员六名参加了当天的服务", want: ""},
		{line: "活动地点:某某社区党群服务中心二楼多功能活动室 联系电话:0512-66881234 主办单位:某某街道办事处", want: ""},
	})
}

func TestFieldRow(t *testing.T) {
	checkJudge(t, fieldRow{testFurniture(t)}, []judgeCase{
		{line: "發布日期 113-01-15 更新日期 113-01-16", want: "metadata"},
		{line: "發布單位 社會服務室 瀏覽人次 842", want: "metadata"},
		{line: "主办单位：某某镇人民政府  地址：某某县某某路88号  邮编：311800", want: "metadata"},
		{line: "2023-01-16 | 浏览量：862", want: "metadata"},
		{line: "某某网记者 张三  发布时间：2021年1月6日  来源：某某居委会  编辑：李四", want: "metadata"},
		{line: "推荐人: 来源: 阅读: 1.85W 次", want: "metadata"},
		{line: "主办单位：某某街道  承办单位：某某社区", zone: zoneBody, want: ""}, // the report's
		// The site's supervisor and sponsor, labelled, in its footer (round 22).
		{line: "主管单位:某某市民政局(某某市社团登记处)    主办单位:某某市燃气协会", zone: zoneTail, want: "metadata"},
		{line: "主管單位：某某市民政局    主辦單位：某某市燃氣協會", zone: zoneTail, want: "metadata"},
		{line: "主管单位：某某市民政局    主办单位：某某市燃气协会", zone: zoneBody, want: ""},
		{line: "查看: 3127|回复: 18", want: "metadata"},
		{line: "来源：某某社区", want: ""}, // one field alone: metadataField's
		{line: "發佈單位 學務處某某組", inRun: true, want: "metadata"},
		{line: "NO.512 | 更新時間:2015-03-02 | 點閱:411 | 下載:", want: "metadata"},
		// Round 11: two known fields after the site's name, or after a
		// field whose label no list holds; a path's marks count for nothing.
		{line: "好某某网　人气:1.37W　时间:2024-03-15", want: "metadata"},
		{line: "好某某網　人氣:1.37W　時間:2024-03-15", want: "metadata"},
		{line: "编辑日期:2013/9/4   作者:某某街道   来源:区委部门 > 宣传部 > 某区新闻中心 > 街镇社区", want: "metadata"},
		{line: "編輯日期:2013/9/4   作者:某某街道   來源:區委部門 > 宣傳部 > 某區新聞中心 > 街鎮社區", want: "metadata"},
		{line: "某某社区开展重阳节敬老活动 时间:2024-03-15 来源:某某", want: ""}, // a headline before them: too long for a site's name
		{line: "好某某网 时间:2024-03-15", want: ""},                // one field
		{line: "好某某网　人气:1.37W　时间:2024-03-15", zone: zoneBody, want: ""},
		{line: "2015年03月02日  点击:[]", want: "metadata"},
		{line: "2015年03月02日  點擊：411", want: "metadata"},
		{line: "NO.512 | 更新时间:2015-03-02", want: ""}, // one field after a code
		{line: "发布人员 某某组长 林某某", inRun: true, want: "metadata"},
		{line: "发布单位 某某处", want: ""}, // alone: a label and a name, no table
		{line: "活动时间：3月5日 活动地点：社区广场 参与人数：60人", want: ""},
		{line: "时间：2023年3月5日，地点：社区广场。", want: ""},
		{line: "来源 社区居民纷纷表示这次活动办得好 大家都很满意", want: ""},
	})
}

func TestDatedLink(t *testing.T) {
	checkJudge(t, datedLink{testFurniture(t)}, []judgeCase{
		{line: "· “旧衣换绿植”活动走进某某小区 (2020-12-18)", zone: zoneTail, want: "related"},
		{line: "· 某某社区召开垃圾分类推进会 2020-09-20", zone: zoneTail, want: "related"},
		{line: "某某社区召开垃圾分类推进会（2020-09-20）", zone: zoneTail, want: "related"},
		{line: "某某社区居委会 2023-12-30", zone: zoneTail, want: ""}, // a sign-off
		{line: "某某社区召开垃圾分类推进会 2020-09-20", zone: zoneBody, want: ""},
		{line: "(2020-12-18)", zone: zoneTail, want: ""},
		{line: "活动于2020年12月结束，共服务三百人次。2020-12-18", zone: zoneTail, want: ""},
	})
}

func TestUIPrompt(t *testing.T) {
	checkJudge(t, uiPrompt{testFurniture(t)}, []judgeCase{
		{line: "欲重温活动花絮,请浏览相片集", zone: zoneTail, want: "widget"},
		{line: "一鍵轉發", zone: zoneTail, want: "widget"},
		{line: "打开某某APP，随时随地参与志愿服务", zone: zoneTail, want: "widget"},
		{line: "请扫码在手机上打开本文并开启更新提醒", zone: zoneTail, want: "widget"},
		{line: "请扫码在手机上打开本文并开启更新提醒", zone: zoneHead, want: "widget"}, // asks twice (round 10): no title does
		{line: "请在手机上打开本文", zone: zoneHead, want: ""},                // asks once: could pass for a title, the title rule decides
		{line: "点击收藏", zone: zoneHead, want: "widget"},
		{line: "欲重温活动花絮,请浏览相片集", zone: zoneBody, want: ""},
		{line: "关注留守儿童志愿服务活动总结", zone: zoneHead, want: ""}, // a title
		{line: "欢迎居民朋友们关注社区公众号，下载社区APP。", zone: zoneTail, want: ""},
		{line: "Hi!请登陆", zone: zoneHead, want: "widget"},
		{line: "因篇幅问题不能全部显示,请点此查看更多更全内容", zone: zoneTail, want: "widget"},
		{line: "因篇幅問題不能全部顯示，請點此查看更多", zone: zoneTail, want: "widget"},
		{line: "感谢志愿者们的辛勤付出!欢迎更多居民关注", zone: zoneTail, want: ""}, // a long line exclaiming: a sentence
	})
}

func TestSnapshotLink(t *testing.T) {
	checkJudge(t, snapshotLink{testFurniture(t)}, []judgeCase{
		{line: "预览", want: "snapshot"},
		{line: "百度快照", want: "snapshot"},
		{line: "網頁快照", want: "snapshot"},
		{line: "活动前我们预览了场地，做好了准备。", want: ""},
	})
}

func TestSiteLine(t *testing.T) {
	checkJudge(t, siteLine{testFurniture(t)}, []judgeCase{
		{line: "郑重提示: 本站不保证网友所传文档完整。", zone: zoneHead, want: "site"},
		{line: "如您曾在本站付费下载此文档,可点此免费再次下载", zone: zoneTail, want: "site"},
		{line: "某某社工公众号是某某中心的官方平台", zone: zoneTail, want: "wechat"},
		{line: "某某社工公眾號是某某中心的官方平台", zone: zoneTail, want: "wechat"},
		{line: "鄭重提示：本站不保證網友所傳文檔完整。", zone: zoneHead, want: "site"},
		{line: "本网讯 3月5日，某某社区开展学雷锋活动。", zone: zoneHead, want: ""},
		{line: "我们通过公众号发布活动信息。", zone: zoneBody, want: ""},
		{line: "12月8日，某某村委会在村儿童服务站内开展了主题活动。", zone: zoneHead, want: ""},
		{line: "12月8日，某某村委會在村兒童服務站內開展了主題活動。", zone: zoneHead, want: ""},
		{line: "站内搜索", zone: zoneHead, want: "site"},
	})
}

func TestDatedLine(t *testing.T) {
	checkJudge(t, datedLine{testFurniture(t)}, []judgeCase{
		{line: "小林 2024.1.2 写于杭州", want: ""},
		{line: "小林 2024.1.2 寫於杭州", want: ""},
		{line: "2021-06-18 总结", want: "byline"},
		{line: "2021-06-18 總結", want: "byline"},
		{line: "2021-04-03 来源:某某网", want: "byline"},
		{line: "(2023-11-08 09:14:52)", want: "byline"},
		{line: "2014年3月6日 16:03", want: "byline"},
		{line: "2022年6月30日", want: ""},          // a sign-off
		{line: "97 2023-11-12 16:20", want: ""}, // a count first: the byline pattern's
		{line: "活动时间：2024-03-05", want: ""},
		{line: "2019年03月12日 14:05:00来源:某某网", want: "byline"},
		{line: "2024-03-05至2024-03-10社区开展了宣传周活动，共发放资料500份。", want: ""},
		// Below the body, a labelled stamp as software writes it; a stamp
		// of a change dates no publishing (kind site).
		{line: "创建时间:2020-10-12", zone: zoneTail, want: "byline"},
		{line: "建立時間：2020/10/12 上午 09:05", zone: zoneTail, want: "byline"},
		{line: "更新日期:2021/3/5 下午 03:20:11", zone: zoneTail, want: "site"},
		{line: "最後異動時間：2021/3/5 下午 03:20:11", zone: zoneTail, want: "site"},
		{line: "创建时间:2020-10-12", zone: zoneBody, want: ""},
		{line: "活动时间：2020年10月12日", zone: zoneTail, want: ""},
		{line: "活动时间：2020-10-12至10-15", zone: zoneTail, want: ""},
		{line: "活动时间:2020-10-12", zone: zoneTail, want: ""},
		{line: "項目日期：2020/10/12", zone: zoneTail, want: ""},
	})
}

// A bare time label with a date as software writes it: the post's stamp.
func TestStampField(t *testing.T) {
	checkJudge(t, stampField{}, []judgeCase{
		{line: "时间:2021-08-31", amid: true, want: "metadata"},
		{line: "時間: 01-19", amid: true, want: "metadata"},
		{line: "date 2025-10-30", after: true, want: "metadata"},
		{line: "Time 2025-10-30 08:15", amid: true, want: "metadata"},
		{line: "时间:2021-08-31", want: ""},             // alone: a report's form may start so
		{line: "时间：2021年8月31日", amid: true, want: ""}, // the author's: a form of the report
		{line: "时间：2021-08-31至09-05，地点：社区广场", amid: true, want: ""},
		{line: "活动时间：2021-08-31", amid: true, want: ""},
	})
	if n, k := furniturePrefix("date 2025-10-30 重阳节前夕，社区志愿者走访慰问了辖区内的高龄老人。", testFurniture(t), false); n != runeLen("date 2025-10-30 ") && n != runeLen("date 2025-10-30") || k != "metadata" {
		t.Errorf("stamp prefix: %d runes, %q", n, k)
	}
}

func TestParenCredit(t *testing.T) {
	checkJudge(t, parenCredit{testFurniture(t)}, []judgeCase{
		{line: "(圖文/楊某、方某某)", want: "credit"},
		{line: "(某某医院供稿 朱某某 文/图)", want: "credit"},
		{line: "(撰稿人:许某 审稿人:韩某某)", want: "credit"},
		{line: "(某某县某某镇禁毒办:唐某某)", want: "credit"},
		{line: "(撰稿人:某某 审稿人:某某某) |", want: "credit"},
		{line: "（十一）", zone: zoneTail, want: ""}, // a numbered heading's mark, no name
		{line: "（注：以上数据截至6月底，共计服务居民三百人次）", want: ""},
		{line: "(此次活动共有五十人参加。)", want: ""},
		{line: "(寇某某報導)", want: "credit"},
		// After the body, a name alone in brackets is the author's.
		{line: "(邢某某)", zone: zoneTail, want: "credit"},
		{line: "(邢某某)", zone: zoneBody, want: ""},
		// The author's own mark that the text goes on or ends is no name.
		{line: "(本文完)", zone: zoneTail, want: ""},
		{line: "（待续）", zone: zoneTail, want: ""},
		{line: "(全文完)", zone: zoneTail, want: ""},
		// Round 16: right below the body, a credit the page cut off before
		// its closing bracket; not one in the body, nor a clause.
		{line: "(通讯", zone: zoneTail, below: true, want: "credit"},
		{line: "（某某  某某", zone: zoneTail, below: true, want: "credit"},
		{line: "(通訊員 某", zone: zoneTail, below: true, want: "credit"},
		{line: "(通讯", zone: zoneBody, want: ""},
		{line: "(注：此次活动", zone: zoneTail, below: true, want: ""},
		{line: "（活动共服务居民三百余人次，", zone: zoneTail, below: true, want: ""},
		{line: "(下一步，社区将继续开展活动", zone: zoneTail, below: true, want: ""},
		// Round 11: a space inside the brackets hides nothing; an outlet's
		// lead with its reporter in brackets is a byline.
		{line: "( 邢某某)", zone: zoneTail, want: "credit"},
		{line: "（ 邢某某 ）", zone: zoneTail, want: "credit"},
		{line: "( 邢某某)", zone: zoneBody, want: ""},
		{line: "(象棋比赛)", zone: zoneTail, amidCap: true, want: ""}, // one of the page's captions
		{line: "(本网讯邢某某)", want: "byline"},
		{line: "（本網訊 邢某某 柯某）", zone: zoneBody, want: "byline"},
		{line: "(本网讯)", want: ""},
		{line: "(本网讯今日社区开展了多场活动)", want: ""}, // no name: a sentence
		// Round 31: outside the body, a unit's name and a person's set
		// apart by a space, or who gave the picture and who filed the text.
		{line: "(某某街道青石社区 某某)", zone: zoneTail, want: "credit"},
		{line: "（某某市委會 某某某）", zone: zoneHead, want: "credit"},
		{line: "(某某街道青石社区 某某)", zone: zoneBody, want: ""},                // between paragraphs: left to the caption rules
		{line: "(某某街道青石社区 某某)", zone: zoneTail, amidCap: true, want: ""}, // one of the page's captions
		{line: "(青石社区 某某某某)", zone: zoneTail, want: ""},                  // four characters after it: a phrase, not a name
		{line: "(社区 某某)", zone: zoneTail, want: ""},                      // a unit shorter than four characters
		{line: "(某某街道办提供/某某某某地傳真)", zone: zoneTail, want: "credit"},
		{line: "(某某融媒图片资料库)", zone: zoneTail, want: "credit"},
		{line: "(资料图)", zone: zoneHead, want: "credit"},
		{line: "(某某街道办提供/某某某某地传真)", zone: zoneBody, want: ""},
		{line: "(提供午餐和饮用水)", zone: zoneTail, want: ""}, // 提供 as the note's verb, not its end
		{line: "(场地由社区提供 2号楼)", zone: zoneTail, want: ""},
	})
}

func TestBracketAside(t *testing.T) {
	checkJudge(t, bracketAside{testFurniture(t)}, []judgeCase{
		{line: "(为老人们测量血压)", zone: zoneBody, want: ""}, // a picture's caption between paragraphs: body
		{line: "（為老人們測量血壓）", zone: zoneBody, want: ""},
		{line: "(为老人们测量血压)", zone: zoneHead, want: "caption"},
		{line: "(志愿者为爷爷、奶奶写贺卡)", zone: zoneTail, want: "caption"}, // 、 lists, it does not part clauses
		{line: "(某某单位供图)", zone: zoneTail, want: "caption"},
		{line: "（某某市人民医院）", zone: zoneTail, want: "caption"}, // the unit that sent the text
		{line: "(某某市人民医院) |", zone: zoneTail, want: "caption"},
		{line: "（注：以上数据截至6月底，共计服务居民三百人次）", zone: zoneBody, want: ""}, // the report's note
		{line: "(此次活动共有五十人参加。)", zone: zoneBody, want: ""},           // a sentence
		{line: "(活动结束后，老人们依依不舍)", zone: zoneBody, want: ""},          // clauses
		{line: "（一）活动目的", want: ""},
		{line: "(一)", zone: zoneBody, want: ""}, // a numbered heading
		{line: "（待续）", zone: zoneTail, want: ""},
		{line: "(全文完)", zone: zoneTail, want: ""},
		{line: "为老人们测量血压", zone: zoneBody, want: ""}, // no brackets
		{line: "(为老人们测量血压)后合影留念", zone: zoneBody, want: ""},
		// Round 21: one of the page's captions in brackets, below the body
		// or above it, says what was done: body.
		{line: "(志愿者为爷爷、奶奶写贺卡)", zone: zoneTail, amidCap: true, want: ""},
		{line: "（志願者為爺爺、奶奶寫賀卡）", zone: zoneTail, amidCap: true, want: ""},
		{line: "(活动现场)", zone: zoneHead, amidCap: true, want: ""},
	})
}

func TestBracketCaptions(t *testing.T) {
	v := testFurniture(t)
	for _, c := range []struct {
		lines []string
		want  int
	}{
		{[]string{"社区开展了端午活动。", "(志愿者和居民一起包粽子)", "(象棋比赛)"}, 2},
		{[]string{"社區開展了端午活動。", "（志願者和居民一起包粽子）", "（象棋比賽）"}, 2},
		{[]string{"社区开展了端午活动。", "(某某市人民医院)"}, 1},
		{[]string{"(记者 张某某)", "(图文/李某)", "(某某市人民医院)"}, 1}, // credits are not captions
		{[]string{"(一)", "(待续)", "(活动结束后，老人们依依不舍)"}, 0},
	} {
		if got := v.bracketCaptions(c.lines); got != c.want {
			t.Errorf("bracketCaptions(%q) = %d, want %d", c.lines, got, c.want)
		}
	}
}

func TestNewsLead(t *testing.T) {
	checkJudge(t, newsLead{}, []judgeCase{
		{line: "某某传媒联盟 讯 (公益记者 欧某某 摄影 彭 某)", want: "byline"},
		{line: "東北區:王某某 報道", want: "byline"},
		{line: "某某报道讯(邓某某 陈某某 报道)三月春风拂面，雷锋精神暖人心。", want: ""}, // the first paragraph's opening
		{line: "社区组织志愿者报道", want: ""},
		{line: "某某網6月5日廣州消息", want: "byline"},
		{line: "某某网消息(张某 李某某)", want: "byline"}, // 消息: a lead's word as 讯 and 电 are
		{line: "某某網消息（張某 李某某）", want: "byline"},
		{line: "社区收到好消息(一)", want: ""},
		{line: "某某日报融媒体9月27日讯(见习记者 某某某)", want: "byline"},
		{line: "6月5日，社区开展消息发布会", want: ""},
		{line: "某某新闻网讯", want: "byline"},
		{line: "某某新聞網訊", want: "byline"},
		{line: "社区收到喜讯", want: ""},
		{line: "本报讯", want: "byline"}, // the outlet naming itself by 本
		{line: "本站訊", want: "byline"},
		{line: "本網訊", want: "byline"},
		{line: "本次喜讯", want: ""},
		{line: "某市8月20日电(通讯员 某某某)", want: "byline"},
		{line: "某市8月20日电", want: "byline"}, // a dateline alone
		{line: "社区开展安全用电宣传", want: ""},
	})
}

func TestSeparatorOnly(t *testing.T) {
	checkJudge(t, separatorOnly{}, []judgeCase{
		{line: "|", want: "decoration"},
		{line: "—— · ——", want: "decoration"},
		{line: "一", want: ""},
		{line: "1", want: ""},
		// The writer's ellipsis alone between the lines of the text.
		{line: "……", zone: zoneBody, want: ""},
		{line: "…… ……", zone: zoneBody, want: ""},
		{line: "…………", zone: zoneHead, want: ""}, // among short lines above the first paragraph
		{line: "……", zone: zoneTail, want: "decoration"},
		{line: "…", zone: zoneBody, want: "decoration"},      // one mark: no ellipsis
		{line: "......", zone: zoneBody, want: "decoration"}, // full stops: a filler as often
		{line: "——……——", zone: zoneBody, want: "decoration"},
	})
}

func TestBracketLabel(t *testing.T) {
	checkJudge(t, bracketLabel{}, []judgeCase{
		{line: "【特訊】", want: "label"},
		{line: "【图片新闻】", want: "label"},
		{line: "【篇一】", want: ""},
		{line: "【第二篇】", want: ""},
		{line: "【社区重阳节敬老活动总结】", want: ""},
	})
}

func TestEdgeWidget(t *testing.T) {
	checkJudge(t, edgeWidget{testFurniture(t)}, []judgeCase{
		{line: "下载得到文件列表", zone: zoneHead, amid: true, want: "widget"},
		{line: "查看更多", zone: zoneTail, amid: true, want: "widget"},
		{line: "下載得到文件列表", zone: zoneHead, amid: true, want: "widget"},
		{line: "查看更多", zone: zoneTail, want: ""},
		{line: "(志愿者为小朋友辅导功课)", zone: zoneTail, amid: true, want: "widget"},
		{line: "(志愿者为小朋友辅导功课)", zone: zoneTail, amid: true, amidCap: true, want: ""}, // one of the page's captions
		{line: "社区服务活动总结", zone: zoneHead, amid: true, want: ""},
		{line: "一、活动目的", zone: zoneHead, amid: true, want: ""},
		{line: "活动时间：3月5日", zone: zoneHead, amid: true, want: ""},
		{line: "2022年6月30日", zone: zoneTail, amid: true, want: ""},
		{line: "学习雷锋展青春,志愿服务进社区", zone: zoneHead, amid: true, want: ""},
		// Right under a line ending with a comma: the sentence above goes
		// on in it, broken over short lines.
		{line: "带动居民养成", zone: zoneTail, amid: true, want: "widget"},
		{line: "带动居民养成", zone: zoneTail, amid: true, cont: true, want: ""},
		{line: "帶動居民養成", zone: zoneTail, amid: true, cont: true, want: ""},
		// Below the body, a button's name goes without furniture above it.
		{line: "返回首页", zone: zoneTail, want: "widget"},
		{line: "發表回覆", zone: zoneTail, want: "widget"},
		{line: "『查看評論』", zone: zoneTail, want: "widget"},
		{line: "马上关注某某社工", zone: zoneTail, want: "widget"},
		{line: "返回首页", zone: zoneHead, want: ""},
		{line: "返回首页", zone: zoneBody, want: ""},
		{line: "某某社區居委會", zone: zoneTail, want: ""},
		{line: "2021年9月16日", zone: zoneTail, want: ""},
		{line: "歡迎大家關注社區的下一次活動", zone: zoneTail, want: ""},
		// The links of the site's footer, below the body.
		{line: "關於我們", zone: zoneTail, want: "widget"},
		{line: "网站声明", zone: zoneTail, want: "widget"},
		{line: "好站連結", zone: zoneTail, want: "widget"},
		{line: "关于我们", zone: zoneBody, want: ""},
		{line: "感謝我們的義工", zone: zoneTail, want: ""},
		// A newspaper's page controls and an empty tag label below the body
		// (round 19).
		{line: "上一版", zone: zoneTail, want: "widget"},
		{line: "下一版", zone: zoneTail, want: "widget"},
		{line: "放大", zone: zoneTail, want: "widget"},
		{line: "縮小", zone: zoneTail, want: "widget"},
		{line: "標籤", zone: zoneTail, want: "widget"},
		{line: "标签", zone: zoneBody, want: ""},
		{line: "城乡差距逐步缩小的几点做法", zone: zoneTail, want: ""},
		// A portal's menu below the body (round 31): the reader's account,
		// the service desk, the microsite, the topic and channel index.
		{line: "个人中心", zone: zoneTail, want: "widget"},
		{line: "人工客服", zone: zoneTail, want: "widget"},
		{line: "查看微站点", zone: zoneTail, want: "widget"},
		{line: "专题", zone: zoneTail, want: "widget"},
		{line: "新聞頻道", zone: zoneTail, want: "widget"},
		{line: "全站熱搜", zone: zoneTail, want: "widget"},
		{line: "专题", zone: zoneBody, want: ""},
		{line: "三、专题培训", zone: zoneTail, want: ""},
		{line: "本次专题讲座由社区卫生服务中心主办", zone: zoneTail, want: ""},
		// The page's last line below the body ending with a colon.
		{line: "發表文章評論的規則:", zone: zoneTail, end: true, want: "widget"},
		{line: "%d 位读者按了赞：", zone: zoneTail, end: true, want: "widget"},
		{line: "發表文章評論的規則:", zone: zoneTail, want: ""},
		{line: "二、下一步工作打算：", zone: zoneTail, end: true, want: ""},
		{line: "1、確立組織機構:", zone: zoneTail, end: true, want: ""},
		{line: "某某社區居委會", zone: zoneTail, end: true, want: ""},
		// Under the author's heading below the body the report goes on
		// (round 18); the page's last label stays the page's.
		{line: "服务点概况：", zone: zoneTail, amid: true, heading: true, want: ""},
		{line: "服務點概況:", zone: zoneTail, amid: true, heading: true, want: ""},
		{line: "服务点概况：", zone: zoneTail, amid: true, want: "widget"},
		{line: "您看完本文后的心情：", zone: zoneTail, end: true, heading: true, want: "widget"},
		// A deck amid the head's furniture is the headline's subtitle
		// (round 24); dashes alone or around an end mark are no deck.
		{line: "——柳岸小学三百枚鸡蛋的一周", zone: zoneHead, amid: true, want: ""},
		{line: "——柳岸小學三百枚雞蛋的一週", zone: zoneHead, amid: true, want: ""},
		{line: "--Egg care week at Willow Bank", zone: zoneHead, amid: true, want: ""},
		{line: "——完——", zone: zoneTail, amid: true, want: "widget"},
		// Amid the text in the tail (round 25): a subheading or a caption
		// between lines no judge took stays; a button's name still goes.
		{line: "台下掌声阵阵", zone: zoneTail, amid: true, text: true, want: ""},
		{line: "臺下掌聲陣陣", zone: zoneTail, amid: true, text: true, want: ""},
		{line: "台下掌声阵阵", zone: zoneTail, amid: true, want: "widget"},
		{line: "返回首页", zone: zoneTail, amid: true, text: true, want: "widget"},
		{line: "返回首頁", zone: zoneTail, amid: true, text: true, want: "widget"},
	})
}

// TestAmidText reads the tail's lines as removeFurniture sees them: a
// short line between two lines no judge took stays while the tail above
// it is no more furniture than text, and goes when the tail is mostly
// furniture or the line stands beside furniture.
func TestAmidText(t *testing.T) {
	v := testFurniture(t)
	body := "社区志愿者一早来到广场，为居民测量血压、讲解秋季养生知识，现场排起了长队。\n" +
		"活动持续了整个上午，共有一百二十多位居民参加，志愿者们还上门看望了三位独居老人。\n" +
		"大家纷纷表示，这样的活动实实在在，希望以后能常来社区走走。\n"
	for _, c := range []struct {
		tail, line string
		kept       bool
	}{
		// Short lines amid the text, furniture above them in the tail.
		{"一号展台\n二号展台\n三号展台\n四号展台\nIMG_0815.JPG\n五号展台《丰收图》\n茶歇时光\n老人们在树荫下聊起了家常，志愿者送上了热茶。\n", "茶歇时光", true},
		{"一號展台\n二號展台\n三號展台\n四號展台\nIMG_0815.JPG\n五號展台《豐收圖》\n茶歇時光\n老人們在樹蔭下聊起了家常，志願者送上了熱茶。\n", "茶歇時光", true},
		// Beside furniture: the widget goes.
		{"一号展台\n二号展台\n三号展台\n四号展台\nIMG_0815.JPG\n茶歇时光\n老人们在树荫下聊起了家常，志愿者送上了热茶。\n", "茶歇时光", false},
		// The tail above it mostly furniture: the widget goes.
		{"IMG_0815.JPG\nIMG_0816.JPG\n一号展台\n茶歇时光\n老人们在树荫下聊起了家常，志愿者送上了热茶。\n", "茶歇时光", false},
	} {
		lines := strings.Split(strings.TrimSuffix(body+c.tail, "\n"), "\n")
		folded := make([]string, len(lines))
		for i, l := range lines {
			folded[i] = fold.ToSimplified(l)
		}
		res := removeFurniture(lines, folded, nil, v, Options{})
		if got := slices.Contains(res.lines, c.line); got != c.kept {
			t.Errorf("%q under %q: kept %v, want %v (removed %v)", c.line, c.tail, got, c.kept, res.removed)
		}
	}
}

func TestIsDeck(t *testing.T) {
	for line, want := range map[string]bool{
		"——记柳岸小学护蛋行动":           true,
		"———記柳岸小學護蛋行動":          true,
		"—— 2千枚鸡蛋送到村小":          true,
		"--In memory of a walk": true,
		"—记柳岸小学护蛋行动":            false, // one dash
		"————":                  false,
		"——完——":                 false,
		"柳岸小学——护蛋行动":            false,
	} {
		if got := isDeck(line); got != want {
			t.Errorf("isDeck(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestPublishDate(t *testing.T) {
	for in, want := range map[string]string{
		"97 2023-11-12 16:20":           "2023-11-12",
		"本帖最后由 某某 于 2013-6-2 10:45 编辑":  "2013-06-02",
		"上传人:xyz 2019/10/15 文件大小:24 KB": "2019-10-15",
		"发布时间：2019年3月":                  "2019-03",
		"2024-08-17 19:41:08":           "2024-08-17", // 08 and 09 are no octal
		"2019年09月09日":                   "2019-09-09",
		"© 2008-2023 某某网":               "",
		"浏览 1968":                       "",
		"发布时间：2024 05/19 08:40:12":      "2024-05-19", // year, then month/day
		"發佈時間：2024 05/19 08:40":         "2024-05-19",
		"21.04.2017  09:05":             "2017-04-21", // day first
		"发表日期：21/04/2017":               "2017-04-21",
		"發表日期：21/04/2017":               "2017-04-21",
		"31.13.2017":                    "", // no month 13
		"v1.21.04.2017":                 "", // a digit or letter before the day
		"共3.5万人，2017":                   "",
		"2024 05/19":                    "2024-05-19",
		"2024 5":                        "",
		"Posted: Mar 7, 2021":           "2021-03-07", // a month's English name
		"更新：Mar 7, 2021":                "2021-03-07",
		"更新：MARCH 7 2021 10:05":         "2021-03-07",
		"日期Sun Mar 7 09:15:02 2021":     "2021-03-07", // a Unix clock
		"日期Sun Mar 7 09:15 2021":        "2021-03-07",
		"Lina Wu • 7 March 2021 09:15":  "2021-03-07", // day first
		"發佈：07 Mar, 2021":               "2021-03-07",
		"发布：7 march 2021":               "2021-03-07",
		"Mar 2021":                      "", // no day
		"Marching 7, 2021":              "", // no month's name
		"Page 7, 2021":                  "",
		"Mar 32, 2021":                  "",
		"v17 March 2021":                "", // a letter before the day
	} {
		if got := publishDate(in); got != want {
			t.Errorf("publishDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRemoveFurniture checks the whole pass on a made-up page head: the
// judges, the prefixes, the file title and the publish date.
func TestRemoveFurniture(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"1 / 2", "文档名称:", "某某社区植树活动总结.doc", "上传人:xyz 2019/10/15 文件大小:24 KB",
		"下载得到文件列表", "预览", "文档介绍",
		"文档介绍:三月十二日，某某社区组织志愿者在公园植树，共种下树苗三十棵。",
		"一、活动目的",
		"增强居民的环保意识，美化社区环境，让更多的人参与到绿化活动中来。",
	}
	folded := strings.Split(fold.ToSimplified(strings.Join(lines, "\n")), "\n")
	res := removeFurniture(lines, folded, pats, testFurniture(t), Options{})
	want := []string{"某某社区植树活动总结.doc", "上传人:xyz 2019/10/15 文件大小:24 KB", "下载得到文件列表",
		"三月十二日，某某社区组织志愿者在公园植树，共种下树苗三十棵。", "一、活动目的",
		"增强居民的环保意识，美化社区环境，让更多的人参与到绿化活动中来。"}
	if strings.Join(res.lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("kept %q, want %q", res.lines, want)
	}
	if res.fileTitle != "某某社区植树活动总结" || res.published != "2019-10-15" {
		t.Errorf("file title %q, published %q", res.fileTitle, res.published)
	}
	kinds := map[string]string{}
	for _, r := range res.removed {
		kinds[r.Text] = r.Kind
	}
	for text, kind := range map[string]string{"1 / 2": "widget", "文档名称:": "metadata",
		"预览": "snapshot", "文档介绍": "metadata", "文档介绍:": "metadata"} {
		if kinds[text] != kind {
			t.Errorf("%q removed as %q, want %q (removed: %v)", text, kinds[text], kind, res.removed)
		}
	}
}

// TestRepeatsAroundLine checks that the lines a page prints three times or
// more (the caption under each picture, a banner before each paragraph)
// put no line amid the site's furniture: the report's headings and labels
// among them stay, while a short line amid the site's own furniture goes.
func TestRepeatsAroundLine(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name        string
		lines       []string
		kept, taken string
	}{
		{"a section's heading after the captions",
			[]string{"志愿者们来到公园，捡拾草地上的垃圾，共清出垃圾五十多公斤。", "清理前", "清理后", "< 二 > 湖边清理照片如下：",
				"清理前", "清理后", "清理前", "清理后", "2024年6月8日"},
			"< 二 > 湖边清理照片如下：", ""},
		{"a picture's label between banners, Traditional",
			[]string{"端午", "佳節", "安康", "端午前夕，社區邀請長者一起包粽子，現場十分熱鬧。", "包粽子比賽", "端午", "佳節", "安康",
				"志工們手把手教大家包粽子，長者們學得很認真。", "陪長者們聊家常", "端午", "佳節", "安康", "長者們把包好的粽子帶回家，與家人一起分享。"},
			"陪長者們聊家常", ""},
		{"a short line amid the site's furniture",
			[]string{"志愿者们来到公园，捡拾草地上的垃圾，共清出垃圾五十多公斤。", "上一篇：社区开展义诊", "湖边风光", "下一篇：社区举办讲座"},
			"", "湖边风光"},
	}
	v := testFurniture(t)
	for _, c := range cases {
		folded := strings.Split(fold.ToSimplified(strings.Join(c.lines, "\n")), "\n")
		res := removeFurniture(c.lines, folded, pats, v, Options{})
		if c.kept != "" && !slices.Contains(res.lines, c.kept) {
			t.Errorf("%s: %q removed (removed: %v)", c.name, c.kept, res.removed)
		}
		if c.taken != "" && slices.Contains(res.lines, c.taken) {
			t.Errorf("%s: %q kept", c.name, c.taken)
		}
	}
}

// TestQuotedFileTitle checks that a document site's blurb above the text,
// quoting the shared file's name in title marks with its extension, gives
// the file title, whether a pattern removes the blurb or not, in both
// scripts; a book's title without an extension, or a file quoted below
// the text's start, gives none.
func TestQuotedFileTitle(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	body := "三月五日，社区志愿者为居民义务理发、量血压，共服务老人六十余人次。"
	for _, tt := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"a user's shared file", []string{"《青禾社区2023年度志愿服务工作总结.docx》由网友上传分享、免费在线阅读 同类文档请到某某文库查找", body}, "青禾社区2023年度志愿服务工作总结"},
		{"a long blurb no pattern removes, traditional", []string{"《2022年某某社區長者探訪活動總結.pdf》由用戶分享，免費在線閱讀，相關《2022年某某社區長者探訪活動總結.pdf(共5頁)》可到某某文庫網|某某圖紙|某某範本|某某表格下載|各類文件與範文分享下載上查找。", body}, "2022年某某社區長者探訪活動總結"},
		{"a book's title has no extension", []string{"《雷锋日记》由网友上传分享、免费在线阅读 同类文档请到某某文库查找", body}, ""},
		{"a file quoted below the text's start", []string{body, "附件：《某某社区志愿者名单.docx》"}, ""},
	} {
		folded := strings.Split(fold.ToSimplified(strings.Join(tt.lines, "\n")), "\n")
		if res := removeFurniture(tt.lines, folded, pats, testFurniture(t), Options{}); res.fileTitle != tt.want {
			t.Errorf("%s: file title %q, want %q", tt.name, res.fileTitle, tt.want)
		}
	}
}

func TestParseFurniture(t *testing.T) {
	if _, err := parseFurniture(dict.File("furniture.txt")); err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"[thresholds]\nprose_runes x": "bad number",
		"[thresholds]\nprose_runes 1": "missing or below 1",
		"x":                           "before any [section]",
	} {
		if _, err := parseFurniture([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseFurniture(%q) error = %v, want %s", in, err, want)
		}
	}
}

// The lists parseFurniture builds hold each word once: a date's label
// alone, a publish label less its verb (发布时间 less 发布), and the related
// headings with the combinations of a list's mark and noun, one of which
// [related_headings] lists already (相关文章).
func TestFurnitureBuiltLists(t *testing.T) {
	v := testFurniture(t)
	if !slices.Equal(v.dateLabels, []string{"时间", "日期"}) {
		t.Errorf("dateLabels = %q, want [时间 日期]", v.dateLabels)
	}
	seen := map[string]bool{}
	for _, h := range v.relatedHeadings {
		if seen[h] {
			t.Errorf("relatedHeadings holds %s twice", h)
		}
		seen[h] = true
	}
	for _, h := range []string{"相关文章", "频道推荐", "最新消息"} {
		if !seen[h] {
			t.Errorf("relatedHeadings lacks %s", h)
		}
	}
}

func FuzzParseFurniture(f *testing.F) {
	f.Add(string(dict.File("furniture.txt")))
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseFurniture([]byte(s))
		if err != nil {
			return
		}
		pats, _ := defaultPatterns()
		lines := strings.Split(s, "\n")
		removeFurniture(lines, lines, pats, v, Options{})
	})
}

func TestFurnitureSuffix(t *testing.T) {
	v := testFurniture(t)
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"对构建和谐文明社会起到积极推动作用。(图文/杨某、方某某)":                                         "(图文/杨某、方某某)", // in brackets after the last sentence: a credit (round 30)
		"成良好的消防习惯，筑牢安全防火墙。(撰稿人:许某 审稿人:韩某某) |":                                   "(撰稿人:许某 审稿人:韩某某) |",
		"对构建和谐文明社会起到积极推动作用。 图文/杨某、方某某":                                          " 图文/杨某、方某某", // a credit fused after the last sentence goes (round 30)
		"为创建社区文明贡献一点点力量吧。” 查看更多":                                                " 查看更多",
		"活动取得了圆满成功。(共五十人参加)":                                                    "",
		"社区环境更加整洁了。 |":                                                          " |", // a layout cell's bar (round 31)
		"社区环境更加整洁了。,":                                                           "",   // a stray comma stays
		"社區環境更加整潔了。◇":                                                           "",   // a lone mark
		"社区环境更加整洁了。(":                                                           "",
		"大家都覺得收穫很多。(某時即時),":                                                     "(某時即時),",
		"让更多居民了解防诈知识。 某晓梅":                                                      "", // the reporter's name: the paragraph's last words
		"活动取得了圆满成功。下一步我们将继续":                                                    "",
		"这正是志愿精神的写照。\" 7 k# q2 x: m% B, R8 T3 F. G+ h * v) P. {. Z4 n( s- C9 X": " 7 k# q2 x: m% B, R8 T3 F. G+ h * v) P. {. Z4 n( s- C9 X",
		"活动取得了圆满成功。 A B C D E F G H":                                            "",
		"贴上了春联。 x8 K! p3 ]& T( z0 L# q1 w":                                      " x8 K! p3 ]& T( z0 L# q1 w",
		"志愿者陪长者赏秋。(图:某某中心提供)":                                                   "(图:某某中心提供)", // a photo's credit after its caption goes
		"▲義工與長者在中心門前合影（攝影／某某某）":                                                 "",
		"圖說：長輩展示編織作品。（記者某某攝）":                                                   "（記者某某攝）",
		"▲。(圖/某某中心)":                                                            "(圖/某某中心)", // no word before it: a credit alone
		"小朋友们认真听讲。 某某中心供图":                                                      " 某某中心供图",
		"小朋友們認真聽講。 記者 某某 攝":                                                     " 記者 某某 攝",
		"各项工作落到实处。 责编:某某 |":                                                     " 责编:某某 |", // an editor's sign-off after a bar's cell
		"各項工作落到實處。 來源:某某鎮政府 |":                                                  " 來源:某某鎮政府 |",
		"同学们收获满满。(文/某某 摄/某某)":                                                   "(文/某某 摄/某某)",
		"队员们把修好的轮椅推回了楼道。(某某某 某某)":                                               "(某某某 某某)", // round 30: two writers' names in brackets
		"下一季度将把课堂搬到村口。(编辑:某某某 审稿:某某)":                                           "(编辑:某某某 审稿:某某)",
		"孩子们举着自己画的灯笼合影。(某某部团委供稿)":                                               "(某某部团委供稿)",
		"集市一直持续到傍晚才散。(来源:某某区委宣传部 某某 某某)":                                        "(来源:某某区委宣传部 某某 某某)",
		"盖子翻起，避免沾染污物。 某某报记者 某某 某某 摄影报道":                                         " 某某报记者 某某 某某 摄影报道",
		"圖為民警前往敬老院看望老人。通訊員 某某 攝":                                                "通訊員 某某 攝",
		"老人们把腌好的咸菜分给了队员。记者 某某":                                                  "记者 某某",
		"居民们纷纷点赞。（全文完）":                                                         "", // the end mark in full-width brackets stays
		"居民们纷纷点赞。(完)":                                                           "", // the author's end mark
		"居民們紛紛點讚。完":                                                             "",
		"活动圆满结束。 2023-05-06":                                                    " 2023-05-06", // names no one: the post's stamp
		"活動圓滿結束。 上一篇:某某公告":                                                      " 上一篇:某某公告",
		"（攝影／某某某）":                                                              "", // alone: the line judges take it whole
		"本次活动共有二十名志愿者参加，为辖区一百余位老人送去慰问品，测量血压，讲解防诈骗知识，大家合影留念。（图/某某）": "（图/某某）", // after a paragraph: a credit
		// Round 31: a unit's credit and a supplier's after the last sentence.
		"晚会由居民自编自演，掌声一阵接着一阵。(某某区某某街道青石社区 某某)": "(某某区某某街道青石社区 某某)",
		"各方為長者送上祝福。(某某區公所提供/某某某某地傳真)":         "(某某區公所提供/某某某某地傳真)",
		"志愿者为老人递送凉茶。(某某融媒图片资料库)":              "(某某融媒图片资料库)",
		"活动共服务居民五十人次。(现场为大家提供午餐和饮用水)":         "", // 提供 as the note's verb
	} {
		n, _ := furnitureSuffix(fold.ToSimplified(in), v, pats) // the lines it sees are folded
		rs := []rune(in)
		if got := string(rs[len(rs)-n:]); got != want {
			t.Errorf("furnitureSuffix(%q) cuts %q, want %q", in, got, want)
		}
	}
}

func TestFurniturePrefix(t *testing.T) {
	v := testFurniture(t)
	for in, want := range map[string]string{
		"(2023-11-08 09:14:52)为切实增强居民的消防安全意识，社区开展了演练。":       "(2023-11-08 09:14:52)",
		"2024-03-27 社区开展了消防演练，居民们积极参与，效果很好。":                 "",
		"活动时间：3月5日上午，社区组织志愿者开展了学雷锋活动。":                       "",
		"(某某社訊息服務20190514 09:12:40)某某大學為推廣服務學習，學生們來到社區關懷長者。": "(某某社訊息服務20190514 09:12:40)",
		"第12页共12页某某敬老院活动总结某某敬老院在我心中一直是个神秘的地方。":               "第12页共12页",
		"社区居民：大家好，今天我们在这里举行活动，欢迎大家踊跃参加。":                     "",
		// A news lead before the first sentence is the paragraph's opening:
		// a wire's dateline, a lead with its reporters (their credit is
		// leadCredit's), a column's label in brackets; an outlet's lead
		// without a date set off by a space or a colon is the page's tag
		// (outletTag, round 30) only before its credit in brackets (round
		// 33: alone, it opens the sentence).
		"东北区:王某某 报道 志愿者们一早就来到了社区，开始打扫卫生。":          "",
		"某市8月20日电(通讯员 某某)大学生们来到社区，开展了一次清扫垃圾的实践活动。": "",
		"某某网8月20日电 大学生们来到社区，开展了一次清扫活动，居民称赞。":       "",
		"某某网1月20日讯 春节来临之际，志愿者们来到社区为居民义务理发。":        "",
		"某某網6月5日廣州消息 日前，某某大學師生來到社區開展義診活動。":         "",
		"某某融媒讯：近日，某某社区开展了端午包粽子活动，居民们纷纷参与。":         "", // a lead alone opens the sentence (round 33)
		"某某健康网 某某保健频道:3月4日至6日，医院团委组织志愿者开展导医服务。":    "",
		"本报讯 5月8日，某某街道组织志愿者走进敬老院，为老人理发、读报。":        "",
		"本網訊 (某某)5月8日，某某街道組織志願者走進敬老院，為老人理髮、讀報。":    "",
		"某某日报讯(记者 某某 通讯员 某某某)近日，某某街道开展了敬老活动。":      "",
		"【記者某某某/某地報導】某縣推動社區照顧關懷據點，長輩們每週來此共餐。":      "",
		"(本网讯:某某某)9月16日下午，某某街道家庭综合服务中心开展了中秋活动。":    "",
		"【某網】3月5日是學雷鋒紀念日，某某醫院志願者來到小區為居民義診。":        "",
	} {
		n, _ := furniturePrefix(in, v, false)
		if got := strings.TrimSpace(string([]rune(in)[:n])); got != want {
			t.Errorf("furniturePrefix(%q) cuts %q, want %q", in, got, want)
		}
	}
}

func TestCaptionRepeats(t *testing.T) {
	lines := []string{"学雷锋活动总结", "志愿者们来到社区，清扫垃圾。", "学生们积极清扫垃圾", "学生们积极清扫垃圾",
		"打开某某新闻 查看更多图片", "居民们纷纷点赞。", "打开某某新闻 查看更多图片", "活动内容", "大家一起包饺子。",
		"打开某某新闻 查看更多图片", "活动内容", "学雷锋活动总结"}
	none := func(int) bool { return false }
	got := captionRepeats(lines, lines, -1, none)
	want := []bool{false, false, true, false, true, false, true, false, false, true, false, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d %q: caption %v, want %v", i, lines[i], got[i], want[i])
		}
	}
}

// The page's title given twice at its opening (the window's title, then
// the heading) is no caption; the same pair further down is.
func TestCaptionRepeatsOpeningTitle(t *testing.T) {
	lines := []string{"邻里同心 端午飘香", "邻里同心 端午飘香", "上周六社区开展了端午活动，居民们一起包粽子。",
		"包粽子比赛", "包粽子比赛", "大家都说明年还要再来。"}
	for _, c := range []struct {
		opening int
		want    []bool
	}{
		{0, []bool{false, false, false, true, false, false}},
		{-1, []bool{true, false, false, true, false, false}}, // no opening known: every close pair's first copy
		{2, []bool{true, false, false, true, false, false}},  // the text opens further down: the pair above is furniture
	} {
		got := captionRepeats(lines, lines, c.opening, func(int) bool { return false })
		for i := range c.want {
			if got[i] != c.want[i] {
				t.Errorf("opening %d, line %d %q: caption %v, want %v", c.opening, i, lines[i], got[i], c.want[i])
			}
		}
	}
}

// The headline given twice around the post's byline is no caption: a
// picture's alt text and its caption sit side by side.
func TestCaptionRepeatsAroundByline(t *testing.T) {
	lines := []string{"回到顶部", "青年志工关怀独居长者", "某某社/ 2019.09.16 00:00", "青年志工关怀独居长者", "某某大学的学生来到社区，为长者打扫屋内环境。"}
	byline := func(i int) bool { return i == 2 }
	if got := captionRepeats(lines, lines, 0, byline); got != nil && (got[1] || got[3]) {
		t.Errorf("headline around a byline taken for captions: %v", got)
	}
	if got := captionRepeats(lines, lines, 0, func(int) bool { return false }); got == nil || !got[1] || got[3] {
		t.Errorf("a close pair with nothing known between: %v, want the first copy", got)
	}
}

// The date beside a picture's file name is the post's; the digits of the
// name are not a date.
func TestPublishedBesideImage(t *testing.T) {
	doc, err := Parse("a.txt", []byte("20230415CD.jpg (120×60) 某某新闻网 2023年5月16日 周二 下午3:20\n某某长者中心日前组织春季郊游，带领十五名长者前往植物园赏花。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2023-05-16" || !doc.PublishedStamped || strings.Contains(doc.Text, ".jpg") {
		t.Errorf("published %q stamped %v, text %q", doc.Published, doc.PublishedStamped, doc.Text)
	}
}

// FuzzLineShapes runs every furniture judge, and the title's line parsers
// (titleParts, crumbTail, withoutTitleVariants), on any line: none may
// panic, and the parts of a <title> are pieces of it.
func FuzzLineShapes(f *testing.F) {
	for _, s := range []string{"發布日期 113-01-15 更新日期 113-01-16", "新闻中心- 医院新闻- 某某活动", "Home > 活動 > 「某某」探訪",
		"20230415CD.jpg (120×60) 某某网 2023年5月16日 下午3:20", "- 字数：1,862", "某某总结--某某网", "-", "--", "a-", "-中",
		`<p class="ql-block">`, "</p>", "<", "11-03 08:25   某某市融媒体中心   李某某", "诚朴 勤学 关怀 创新", "分类：志工生活", "標題  某某報告", "情暖重阳,爱在社区",
		"[year+2:100]某某总结 篇1", "??? 某某", "时间:上午9:00[由www.example.cn整理]", "(某某社讯息服务20190514 09:12:40)某某大学…", "已有1200人阅读", "阅读 1.2万 | 点赞 99+", "小 中 大】"} {
		f.Add(s)
	}
	v := testFurniture(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, zone := range []lineZone{zoneHead, zoneBody, zoneTail} {
			lv := lineView{text: s, folded: fold.ToSimplified(s), zone: zone, afterFurniture: true, amidFurniture: true, afterLabel: true, afterOpenBracket: true, betweenClauses: true}
			judge(lineJudges(v), lv)
			judge(contextJudges(v), lv)
		}
		for _, p := range titleParts(s) {
			if !strings.Contains(s, p) {
				t.Errorf("titleParts(%q) gives %q, not a piece of it", s, p)
			}
		}
		crumbTail(s)
		if n := placeholderPrefix(s); n < 0 || n > len(s) || !utf8.ValidString(s[:n]) && utf8.ValidString(s) {
			t.Errorf("placeholderPrefix(%q) = %d", s, n)
		}
		if from, to := addressTag(s, v); from > to || to > utf8.RuneCountInString(s) || from < -1 {
			t.Errorf("addressTag(%q) = %d, %d", s, from, to)
		}
		if from, to := leadCredit(s, v); from > to || to > utf8.RuneCountInString(s) || from < -1 {
			t.Errorf("leadCredit(%q) = %d, %d", s, from, to)
		}
		if utf8.ValidString(s) {
			if n, _ := furniturePrefix(s, v, false); n < 0 || n > utf8.RuneCountInString(s) {
				t.Errorf("furniturePrefix(%q) = %d runes", s, n)
			}
		}
		if n := fieldLabel(s); n < 0 || n > len(s) || n > 0 && !utf8.ValidString(s[:n]) && utf8.ValidString(s) {
			t.Errorf("fieldLabel(%q) = %d", s, n)
		}
		couplet(s)
		if ts, err := defaultTitleScorer(); err == nil && !strings.Contains(s, ts.withoutLabel(s)) {
			t.Errorf("withoutLabel(%q) = %q, not a piece of it", s, ts.withoutLabel(s))
		}
		lines := strings.Split(s, "\n")
		aboveFirstSection(lines)
		withoutTitleVariants(lines, lines, s, 0, v)
		// Round 11's parsers of a line: a cut is a piece of it.
		if tail := fusedCrumbTail(s, fold.ToSimplified(s), v); !strings.HasSuffix(s, tail) {
			t.Errorf("fusedCrumbTail(%q) = %q, not its end", s, tail)
		}
		statisticsRow(s)
		leadWithNames(s)
	})
}

func TestFieldAmidFurniture(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, fieldAmidFurniture{v}, []judgeCase{
		{line: "文章标签：志工 偏乡 课辅", zone: zoneTail, want: "metadata"},
		{line: "文章標籤：志工 偏鄉 課輔", zone: zoneTail, want: "metadata"},
		{line: "此分类上一篇：某某活动回顾", zone: zoneTail, want: "metadata"},
		{line: "分类：志工生活", zone: zoneHead, after: true, want: "metadata"},
		{line: "分類：志工生活", zone: zoneHead, amid: true, want: "metadata"},
		{line: "分类：志工生活", zone: zoneHead, want: ""}, // alone in the head: may be the report's
		{line: "分类：志工生活", zone: zoneBody, want: ""},
		{line: "活动时间：2023年5月6日", zone: zoneTail, want: ""}, // a report's form
		{line: "參加人員：志工十二人", zone: zoneTail, want: ""},
		{line: "篇一：某某社区消防宣传日活动总结", zone: zoneTail, want: ""}, // a part's heading
		{line: "感想：这次活动让我明白了很多。", zone: zoneTail, want: ""},
		// A label with no value goes with the lines it announces.
		{line: "相关链接：", zone: zoneTail, before: true, want: "metadata"},
		{line: "下期预告：", zone: zoneTail, want: ""}, // over the author's list
		{line: "下期預告:", zone: zoneTail, after: true, want: ""},
		{line: "活动安排：", zone: zoneHead, amid: true, want: ""},
		// Above the body, a place before a two-phrase headline is no label.
		{line: "东湖社区：重阳佳节送温暖 邻里相聚话家常", zone: zoneHead, amid: true, want: ""},
		{line: "東湖社區：重陽佳節送溫暖 鄰里相聚話家常", zone: zoneHead, after: true, want: ""},
		{line: "本站栏目：志愿风采 社区动态", zone: zoneHead, amid: true, want: "metadata"},           // short tags
		{line: "服务帐号：12345678 户名：某某志愿者协会", zone: zoneHead, amid: true, want: "metadata"}, // two fields
		{line: "此分类上一篇：重阳佳节送温暖 邻里相聚话家常", zone: zoneTail, want: "metadata"},               // a neighbour's headline
		// The report's figures between commas, and its closing section cut
		// off before its sentence ends, are the report's (round 11).
		{line: "服务人次:312人/次,服务时长:96小时", zone: zoneTail, want: ""},
		{line: "服務人次:312人/次，服務時長:96小時", zone: zoneTail, want: ""},
		{line: "总结:这次活动让居民学会了用手机挂号和缴费", zone: zoneTail, want: ""},
		{line: "總結:這次活動讓居民學會了用手機掛號和繳費", zone: zoneTail, want: ""},
		{line: "服务人次:312 浏览:1,024", zone: zoneTail, want: "metadata"}, // no comma: a page's fields
		// Under the author's heading or label below the body: the report's
		// own list (round 18).
		{line: "图书募集：六月在校园里举行的", zone: zoneTail, heading: true, want: ""},
		{line: "圖書募集:六月在校園裡舉行的", zone: zoneTail, heading: true, want: ""},
		{line: "图书募集：六月在校园里举行的", zone: zoneTail, want: "metadata"},
		// A label pointing at a picture: its caption (round 21).
		{line: "上图：义工为长者剪发", zone: zoneTail, amid: true, want: ""},
		{line: "圖二及三：義工為長者剪髮", zone: zoneTail, amid: true, want: ""},
		// In the tail, a sentence after a label between lines no judge took
		// or at the page's end: the author's paragraph (round 27).
		{line: "据了解：这支由退休教师组成的服务队已经连续三年走进乡村学校", zone: zoneTail, want: ""},
		{line: "據了解：這支由退休教師組成的服務隊已經連續三年走進鄉村學校", zone: zoneTail, end: true, want: ""},
		{line: "柳湾社区：上周末，社区志愿者", zone: zoneTail, end: true, want: ""},
		{line: "柳灣社區：上週末，社區志願者", zone: zoneTail, want: ""},
		{line: "据了解：这支由退休教师组成的服务队已经连续三年走进乡村学校", zone: zoneTail, after: true, want: "metadata"},
		{line: "柳湾社区：上周末，社区志愿者", zone: zoneTail, before: true, want: "metadata"},
		{line: "柳灣社區：上週末，社區志願者", zone: zoneTail, inRun: true, want: "metadata"},
		{line: "某地：某某活动下周开始报名", zone: zoneTail, want: "metadata"},              // a neighbour's headline
		{line: "相关阅读：某某社区开展义诊活动 某某街道举办健康讲座", zone: zoneTail, want: "metadata"}, // headlines apart
	})
}

func TestSentenceAfterLabel(t *testing.T) {
	for value, want := range map[string]bool{
		"近日，某某社区民警": true,
		"近日,某某社區民警": true,
		"这支由退休教师组成的服务队已经连续三年走进乡村学校": true,
		"這支由退休教師組成的服務隊已經連續三年走進鄉村學校": true,
		"某某活动下周开始报名":                false, // a headline: shorter
		"志愿服务 敬老 社区":                false, // tags apart
		"某某社区，某某街道 来源：某某":           false, // a second field
		"": false,
	} {
		if got := sentenceAfterLabel(value); got != want {
			t.Errorf("sentenceAfterLabel(%q) = %v, want %v", value, got, want)
		}
	}
}

func TestSponsorField(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, sponsorField{v}, []judgeCase{
		{line: "主办单位：某某县志愿者协会", zone: zoneTail, want: "copyright"},
		{line: "主辦單位：某某縣志願者協會", zone: zoneTail, want: "copyright"},
		{line: "主办:某某镇人民政府 网站识别码:9900112233", zone: zoneTail, want: "copyright"},
		{line: "運維:某某晚報", zone: zoneTail, after: true, want: "copyright"},
		{line: "指导单位:某某市文明办建设单位:某某在线", zone: zoneTail, end: true, want: "copyright"},
		{line: "网站运营：某某信息科技有限公司", zone: zoneTail, want: "copyright"},
		{line: "制作单位:某某网丨地址:某某路8号丨邮编:100000", zone: zoneTail, want: "copyright"},
		// Above the body or in it: the report's own form.
		{line: "主办单位：某某县志愿者协会", zone: zoneHead, amid: true, want: ""},
		{line: "主辦單位：某某縣志願者協會", zone: zoneBody, want: ""},
		// Under the author's heading, a sentence, a label without a value
		// or of another field.
		{line: "主办单位：某某县志愿者协会", zone: zoneTail, heading: true, want: ""},
		{line: "承办单位：某某小学", zone: zoneTail, text: true, want: "copyright"},
		{line: "主办单位：团县委，协办单位：某某小学。", zone: zoneTail, want: ""},
		{line: "主办单位：", zone: zoneTail, want: ""},
		{line: "主要内容：为老人理发", zone: zoneTail, want: ""},
		{line: "活动主办：某某社区", zone: zoneTail, want: ""},
		{line: "本次活动由某某社区主办", zone: zoneTail, want: ""},
	})
}

func TestPicturePointer(t *testing.T) {
	for label, want := range map[string]bool{
		"上图": true, "左图": true, "图一及二": true, "图3、4": true, "图12": true,
		"图": false, "图片": false, "图文": false, "上下图片": false, "分类": false,
	} {
		if got := picturePointer(label); got != want {
			t.Errorf("picturePointer(%q) = %v, want %v", label, got, want)
		}
	}
}

func TestHeadlineAfterLabel(t *testing.T) {
	for _, tt := range []struct {
		value string
		want  bool
	}{
		{"重阳佳节送温暖 邻里相聚话家常", true},
		{"“义诊”进小区 关爱老人在身边", true},
		{"志愿风采 社区动态", false},
		{"重阳佳节送温暖", false},
		{"12345678 户名：某某志愿者协会", false},
		// Any mark inside a sentence parts a headline's phrases too.
		{"“荣光”的如期而至,也是你我的不约而同", true},
		{"“榮光”的如期而至，也是你我的不約而同", true},
		{"重阳佳节送温暖、邻里相聚话家常", true},
		{"志愿,社区", false},           // short values: a field's tags
		{"重阳佳节送温暖 来源：某某社区", false}, // a second field's colon
		{"", false},
	} {
		if got := headlineAfterLabel(tt.value); got != tt.want {
			t.Errorf("headlineAfterLabel(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestSpacedWords(t *testing.T) {
	checkJudge(t, spacedWords{}, []judgeCase{
		{line: "诚朴 勤学 关怀 创新", zone: zoneHead, want: "slogan"},
		{line: "誠樸 勤學 關懷 創新", zone: zoneHead, want: "slogan"},
		{line: "团结 奉献 友爱", zone: zoneHead, want: "slogan"},
		{line: "诚朴 勤学 关怀 创新", zone: zoneTail, want: ""},
		{line: "情暖重阳 爱在社区", zone: zoneHead, want: ""}, // two phrases: a headline
		{line: "2023 社区 志愿 服务", zone: zoneHead, want: ""},
		{line: "社区志愿服务活动 总结 报告", zone: zoneHead, want: ""},
	})
}

func TestBodyRegion(t *testing.T) {
	P, o := true, false
	for _, tt := range []struct {
		name        string
		prose       []bool
		pattern     map[int]bool
		first, last int
	}{
		{"no prose", []bool{o, o}, nil, -1, -1},
		{"one run", []bool{o, P, o, P, o}, nil, 1, 3},
		{"headings inside the body", []bool{P, o, o, o, P}, nil, 0, 4},
		{"a notice far below the report", []bool{P, P, o, o, o, o, P}, nil, 0, 1},
		{"a notice far above the report", []bool{P, o, o, o, o, P, P}, nil, 5, 6},
		{"lines a pattern removes are no gap", []bool{P, o, o, o, o, P}, map[int]bool{1: true, 2: true}, 0, 5},
		{"a tie: the first run", []bool{P, o, o, o, o, P}, nil, 0, 0},
	} {
		lines := make([]string, len(tt.prose))
		byPattern := make([]string, len(tt.prose))
		for i := range lines {
			lines[i] = "某某"
			if tt.pattern[i] {
				byPattern[i] = "related"
			}
		}
		if first, last := bodyRegion(tt.prose, make([]bool, len(tt.prose)), make([]bool, len(tt.prose)), byPattern, lines, 3); first != tt.first || last != tt.last {
			t.Errorf("%s: body %d–%d, want %d–%d", tt.name, first, last, tt.first, tt.last)
		}
	}
}

func TestListRuns(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		name  string
		lines []string
		body  [2]int // the body region's first and last line
	}{
		{"bullets under an introduction", []string{"社区食堂开业半年来共供应午餐一万份，登记老人三百人。", "收费如下：", "- 早餐：每份4元", "- 午餐：每份12元", "- 晚餐：每份10元", "- 送餐：另收2元", "区里给每位老人每餐补贴3元，半年共发放补贴四万元。"}, [2]int{0, 6}},
		{"a table under a heading", []string{"本次实践由八名同学参加，历时两周，走访居民两百户。", "二、實踐成果", "項目 | 內容 |", "時間 | 3月1日 |", "人數 | 8人 |", "問卷 | 200份 |", "三、存在問題", "前期準備不夠充分，部分工作安排滯後，需要改進。"}, [2]int{0, 7}},
		{"a tally after the last paragraph", []string{"活动结束后我们把物品分类清点，并向全校公布了结果。", "• 物品清单", "图书：50本", "字典：1本", "铅笔：3支", "笔记本：28个", "返回顶部"}, [2]int{0, 5}},
		{"links after the last paragraph", []string{"活动结束后我们把物品分类清点，并向全校公布了结果。", "• 某某社区开展端午活动", "• 某某社区举办重阳晚会", "• 某某社区慰问困难家庭", "• 某某社区义诊进小区"}, [2]int{0, 0}},
		{"fields between two paragraphs, not introduced", []string{"大家一起到海边净滩，三个小时捡了二十多袋垃圾。", "文章标签：志工 净滩", "全站分类：生活记录", "此分类上一篇：某某回顾", "此分类下一篇：某某回顾", "好想参加！下次活动可以通知我吗？谢谢你们的付出！"}, [2]int{0, 0}},
		{"a row the judges name in the body", []string{"社区开展了一场义诊活动，为八十位居民测量了血压。", "相关信息：", "发布时间：2024-03-05", "来源：某某社区", "浏览：120", "编辑：某某", "此次义诊受到居民欢迎，社区将每月举办一次，方便居民就近看病。"}, [2]int{0, 0}},
	} {
		n := len(tt.lines)
		prose, rows, pageRows, byPattern := make([]bool, n), make([]bool, n), make([]bool, n), make([]string, n)
		for i, l := range tt.lines {
			if prose[i] = v.isProse(l); !prose[i] && v.listRow(l) {
				rows[i] = true
				pageRows[i] = judge(v.lineJudges(), newLineView(l, l, zoneBody)) != ""
			}
		}
		if first, last := bodyRegion(prose, rows, pageRows, byPattern, tt.lines, 3); first != tt.body[0] || last != tt.body[1] {
			t.Errorf("%s: body %d–%d, want %d–%d", tt.name, first, last, tt.body[0], tt.body[1])
		}
	}
}

func TestListRow(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"- 午餐：每份12元", true},
		{"• 捐贈物品清單", true},
		{"| 地点 | 某社区 |", true},
		{"服務時數 | 2,460小時 |", true},
		{"铅笔：3支", true},
		{"----", false},                  // a rule, not an item
		{"登入 ｜ 註冊 ｜ 發表文章", false},        // no bar at either end
		{"引用 某某：预计增加到30场", false},        // no label before the colon
		{"社区工作人员和志愿者一行八人：带去了慰问品", false}, // a clause before the colon
	} {
		if got := v.listRow(tt.line); got != tt.want {
			t.Errorf("listRow(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestCaptionLine(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, captionLine{v}, []judgeCase{
		{line: "活动照片", zone: zoneBody, want: "caption"},
		{line: "活動圖片", zone: zoneBody, want: "caption"},
		{line: "某某社区重阳节活动剪影", zone: zoneBody, want: "caption"},
		{line: "某某社區重陽節活動剪影", zone: zoneBody, want: "caption"},
		{line: "三、活动照片", zone: zoneBody, want: ""},
		{line: "全體志愿者合影", zone: zoneBody, want: ""}, // says who is shown: body
		{line: "某某小学“圆梦”认领现场", zone: zoneBody, want: ""},
		{line: "义工代表发言", zone: zoneBody, want: ""},
		{line: "三、领导讲话", zone: zoneBody, want: ""},                       // a numbered section
		{line: "会上，义工代表发言", zone: zoneBody, want: ""},                    // a clause
		{line: "一些心得", zone: zoneBody, want: ""},                         // a heading
		{line: "志愿者们在社区广场的服务现场忙碌了整整一个上午后大家合影", zone: zoneBody, want: ""}, // too long
	})
}

func TestMarkupLine(t *testing.T) {
	checkJudge(t, markupLine{}, []judgeCase{
		{line: `<p class="ql-block">`, want: "markup"},
		{line: "</p>", want: "markup"},
		{line: `<code id="k27pq"></code>`, want: "markup"},
		{line: "<p>社区开展了活动。</p>", want: ""},
		{line: "<某某社区>活动总结", want: ""},
		{line: "< 3 人 >", want: ""},
		// A picture's element or a CMS's placeholder printed whole
		// (round 23).
		{line: `<image>data:image/png;base64,iVBORw0KGgo alt="DSC_0815"</image>`, want: "markup"},
		{line: `{{cms:inline-image name="2.jpg"}}{{/cms:inline-image}}`, want: "markup"},
		{line: `{{cms:inline-image name="社區活動.jpg"}}{{/cms:inline-image}}`, want: ""}, // Han inside: imageFileName's
		{line: "<image>社区长者合影</image>", want: ""},
		{line: "<image>社區長者合影</image>", want: ""},
		{line: "{{某某活动}}", want: ""},
		{line: "<3>", want: ""},
		// Markdown's picture elements alone, naming their files (round
		// 28): a converter's print of the pictures between paragraphs.
		{line: "![](/pics/u51/7c41e2d0-b3.jpg-wide)", want: "markup"},
		{line: "![](/files/2/9F/11AB_77.png)  ![](/files/2/9F/11AC_78.png)", want: "markup"},
		{line: "![cover](pic/0815.jpeg)", want: "markup"},
		{line: "![]()", want: ""},                  // no file: decoration's
		{line: "![社区合影](pic/0815.jpeg)", want: ""}, // a caption in it
		{line: "![社區合影](pic/0815.jpeg)", want: ""},
		{line: "![](pic/0815.jpeg) 志愿者清扫河道", want: ""}, // text beside it
		{line: "![](pic/0815.jpeg) 志願者清掃河道", want: ""},
		{line: "![](pic/0815.jpeg) |", want: ""}, // a cell's bar: other judges'
		// An HTML comment's ends printed as text: the post's record
		// (round 16).
		{line: "--> 2023-05-16 3 2 某某时报 content_123.html 2 某某镇开展志愿服务", want: "metadata"},
		{line: "2024-03-06 2 2 某某日報 content_456.html 1 3 某某鎮志願服務/property-->", want: "metadata"},
		{line: "<!-- 某某栏目 -->", want: "metadata"},
		{line: "活动分三步进行：签到-->讲座-->合影。", want: ""},
	})
}

func TestPlaceReport(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, placeReport{v}, []judgeCase{
		{line: "記者林志明◎高雄報導", zone: zoneHead, want: "byline"},
		{line: "记者林志明◎高雄报导", zone: zoneHead, want: "byline"},
		{line: "某某电视台记者周敏、方子健法国巴黎报导。", zone: zoneTail, want: "byline"},
		{line: "某某電視臺記者周敏、方子健法國巴黎報導。", zone: zoneTail, want: "byline"},
		{line: "通讯员 许立新 澳门报道", zone: zoneTail, want: "byline"},
		{line: "某某义工队 陈美玲 何嘉欣 温哥华报导", zone: zoneTail, want: "byline"},
		{line: "某某義工隊 陳美玲 何嘉欣 溫哥華報導", zone: zoneTail, want: "byline"},
		{line: "记者林志明◎高雄报导", zone: zoneBody, want: ""}, // the body's own line
		{line: "多家媒体记者对此次活动进行了报道。", zone: zoneTail, want: ""},
		{line: "社区的义诊活动受到各界关注，电视台作了报道", zone: zoneTail, want: ""},
		{line: "某某义工队 温哥华报导", zone: zoneTail, want: ""},          // no person named
		{line: "爱心义卖 温暖社区 长者关怀 温哥华报导", zone: zoneTail, want: ""}, // phrases of four
		{line: "某某社区活动现场报道", zone: zoneHead, want: ""},
		{line: "記者", zone: zoneHead, want: ""},
		{line: " 报道", zone: zoneTail, want: ""},
	})
}

func TestReporterRow(t *testing.T) {
	checkJudge(t, reporterRow{testFurniture(t)}, []judgeCase{
		{line: "邹立新 青禾晚报记者 范雨桐", zone: zoneTail, want: "byline"},
		{line: "鄒立新 青禾晚報記者 范雨桐 文/攝", zone: zoneTail, want: "byline"},
		{line: "青禾日报记者 范雨桐 文 邹立新 摄", zone: zoneTail, want: "byline"},
		{line: "青禾日報記者 范雨桐 文 鄒立新 攝", zone: zoneTail, want: "byline"},
		{line: "文、图/青禾晚报记者:范雨桐 通讯员:邹立新、白露", zone: zoneTail, want: "byline"},
		{line: "青禾+记者 范雨桐", zone: zoneTail, want: "byline"},
		{line: "邹立新 青禾晚报记者 范雨桐", zone: zoneHead, want: ""},  // above the body: bylineLine's and the title rule's
		{line: "邹立新 青禾晚报记者 范雨桐", zone: zoneBody, want: ""},  // the body's own line
		{line: "记者 范雨桐", zone: zoneTail, want: ""},          // the role alone: bylineLine's
		{line: "邹立新 范雨桐 文/摄", zone: zoneTail, want: ""},     // no reporter named
		{line: "青禾晚报记者 社区志愿者服务队", zone: zoneTail, want: ""}, // no person's name
		{line: "青禾晚报记者范雨桐到场采访，居民纷纷点赞", zone: zoneTail, want: ""},
		{line: "特别感谢 青禾晚报记者 范雨桐", zone: zoneTail, want: ""}, // four characters: a phrase, no name
	})
}

func TestHeadStamp(t *testing.T) {
	checkJudge(t, headStamp{testFurniture(t)}, []judgeCase{
		{line: "日期:07-21", zone: zoneHead, want: "metadata"},
		{line: "日期：07-21", zone: zoneHead, want: "metadata"},
		{line: "发表:2019年07月21日", zone: zoneHead, want: "metadata"},
		{line: "發表:2019年07月21日", zone: zoneHead, want: "metadata"},
		{line: "青禾之声  发布时间：1999-07-21", zone: zoneHead, want: "metadata"},
		{line: "青禾之聲 發佈時間:1999-07-21 08:40", zone: zoneHead, want: "metadata"},
		{line: "青禾文化站日期:2019-07-21", zone: zoneHead, want: "metadata"},
		{line: "青禾文化站日期:2019-07-21", zone: zoneBody, want: ""},
		{line: "青禾供水 2019年7月21日 861", zone: zoneHead, want: "metadata"},
		{line: "青禾供水 2019年7月21日 861", zone: zoneTail, want: ""},
		{line: "青禾文明网  www.qinghe.example.cn  2019年07月21日", zone: zoneHead, want: "metadata"},
		{line: "青禾文明網  www.qinghe.example.cn  2019年07月21日", zone: zoneHead, want: "metadata"},
		{line: "活动日期:07-21", zone: zoneHead, want: ""},           // the report's form
		{line: "活動日期:2019-07-21", zone: zoneHead, want: ""},      // the report's form
		{line: "时间:07-21", zone: zoneHead, want: ""},             // a form's first row, maybe
		{line: "青禾社区端午包粽子 2019-07-21", zone: zoneHead, want: ""}, // a headline and its date
		{line: "青禾供水 07-21 861", zone: zoneHead, want: ""},       // no year, no label
		{line: "日期:2019-07-21，天气晴", zone: zoneHead, want: ""},
		{line: "青禾社区2019年第3期简报 日期:07-21", zone: zoneHead, want: ""},
		// Round 35: the site's address beside its name, the date in
		// square brackets, and after the date a credit's roles with
		// short names or a counter whose number the page left empty.
		{line: "青禾县人民政府门户网站 www.qinghe.example.gov.cn 发布时间:2019-07-21 08:40", zone: zoneHead, want: "metadata"},
		{line: "青禾縣人民政府門戶網站 www.qinghe.example.gov.cn 發佈時間:2019-07-21 08:40", zone: zoneHead, want: "metadata"},
		{line: "学院网 发布日期:[2019-07-21] 文:青年志愿者协会 图:学生会", zone: zoneHead, want: "metadata"},
		{line: "发表日期:【2019-07-21】 编辑:范雨桐", zone: zoneHead, want: "metadata"},
		{line: "录入日期:2019年07月21日 浏览次数:", zone: zoneHead, want: "metadata"},
		{line: "青禾之声 发布时间:2019-07-21 08:40 阅读:", zone: zoneHead, want: "metadata"},
		{line: "青禾之声 发布时间:2019-07-21 08:40 阅读:", zone: zoneBody, want: ""},
		{line: "发布日期:2019-07-21 地点:青禾社区广场", zone: zoneHead, want: ""},          // a form's row after the date
		{line: "活动日期:2019-07-21 浏览次数:", zone: zoneHead, want: ""},              // the report's form
		{line: "发布日期:2019-07-21 文:青禾社区居委会党群服务中心宣传组", zone: zoneHead, want: ""}, // no short name
		{line: "青禾社区2019年第3期简报 www.qinghe.example.cn 日期:07-21", zone: zoneHead, want: ""},
	})
}

func TestStampRow(t *testing.T) {
	checkJudge(t, stampRow{}, []judgeCase{
		{line: "11-03 08:25   某某市融媒体中心   李某某", want: "byline"},
		{line: "2021-11-09 10:12 某某新闻网 我要评论3", want: "byline"},
		{line: "2021-11-09 10:12 某某新聞網 我要評論3", want: "byline"},
		{line: "03-22 09:47", want: "byline"},
		{line: "11-03 08:25 活动开始，社工向孩子们介绍了志愿服务。", want: ""},
		{line: "3-5 9:30 签到", zone: zoneTail, want: "byline"},
		{line: "6-18 14:30 开幕式", zone: zoneBody, want: ""},
		{line: "某某社工 某某社会工作服务中心 2024年03月26日 17:05 广东", want: "byline"},
		{line: "某某社工 某某社會工作服務中心 2024年03月26日 17:05 廣東", want: "byline"},
		{line: "2024年3月26日 17:05", want: "byline"},
		{line: "活动时间 2024年3月26日 17:05 至 19:00 地点 社区广场 内容 文艺汇演", want: ""}, // a report's form: too many fields
		{line: "2024年3月26日 17:05 志愿者在社区广场集合，开始分发物资", want: ""},
		{line: "1. 活动时间 9:30", want: ""},
		// The time before the date, or joined to it as software
		// exchanges it (round 23).
		{line: "社区动态 08:05 2022/11/23", want: "byline"},
		{line: "社區動態 08:05 2022/11/23", want: "byline"},
		{line: "某某融媒 发布 2022-11-23T08:05:36+08:00", want: "byline"},
		{line: "某某融媒 發佈 2022-11-23T08:05:36+08:00", want: "byline"},
		{line: "08:05 2022/11/23 居民在广场集合，领取物资", want: ""},
		{line: "社区动态 08:05 2022/11/23", zone: zoneBody, want: ""},
		// A machine date with a number alone beside it, above the body:
		// the post's date and its read count, no time (round 23).
		{line: "2022.11.23  356 返回列表", zone: zoneHead, want: "metadata"},
		{line: "2022.11.23  356 返回列表", zone: zoneTail, want: ""},
		{line: "2022.11.23  356 返回列表", zone: zoneBody, want: ""},
		{line: "2022.11.23 社区长者饭堂开张", zone: zoneHead, want: ""},  // no count: a headline
		{line: "2022年11月23日 356 返回列表", zone: zoneHead, want: ""}, // a date as the author writes it
		{line: "2022.11.23  356 返回清單", zone: zoneHead, want: "metadata"},
	})
}

func TestOutletName(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, outletName{v}, []judgeCase{
		{line: "某某特区报", zone: zoneHead, want: "outlet"},
		{line: "某某乡镇频道", zone: zoneHead, want: "outlet"},
		{line: "某某市融媒体中心", zone: zoneHead, want: "outlet"},
		{line: "某某市融媒體中心", zone: zoneHead, want: "outlet"},
		{line: "某某鄉鎮頻道", zone: zoneHead, want: "outlet"},
		{line: "某某特区报", zone: zoneBody, want: ""},
		{line: "某某社区2023年工作简报", zone: zoneHead, want: ""},
		{line: "我们把活动照片寄给了某某日报", zone: zoneHead, want: ""},
	})
}

// The literal prefilters of newsLead must follow its patterns.
func TestNewsLeadPrefilters(t *testing.T) {
	if want := "(" + strings.Join(newsLeadMarks.words[:2], "|") + "|(网|报|台|社)" + newsLeadMarks.words[2] + ")"; !strings.Contains(newsLeadExpr.String(), want) {
		t.Errorf("newsLeadExpr %s no longer needs one of %s", newsLeadExpr, want)
	}
	if want := "(" + strings.Join(reportedByRoles, "|") + ")$"; !strings.HasSuffix(reportedByExpr.String(), want) {
		t.Errorf("reportedByExpr %s no longer ends with %s", reportedByExpr, want)
	}
	for _, tc := range []struct {
		line string
		want string
	}{
		{"某某报道讯(张三 李四 报道)", "byline"},
		{"东北区:某某 报道", "byline"},
		{"东北区:某某 摄", "byline"},
		{"本次活动共有三十名志愿者参加报道", ""},
		{"社区开展讯息交流活动", ""},
	} {
		if got := (newsLead{}).Judge(lineView{text: tc.line, folded: tc.line}); got != tc.want {
			t.Errorf("newsLead(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// The prefilters of the metadata and junk judges must follow their tests.
func TestMetadataAndJunkPrefilters(t *testing.T) {
	v := testFurniture(t)
	labels := alternation(v.metadataLabels)
	if !strings.HasPrefix(v.metadataField.String(), `^[【\[]?(`+labels+")") || !strings.HasPrefix(v.labelAlone.String(), `^[【\[]?(`+labels+")") {
		t.Errorf("metadataField or labelAlone no longer starts with a label: startsWithLabel must change with them")
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{{"发布日期：2020-01-01", true}, {"【发布日期】", true}, {"[来源]", false}, {"社区活动总结", false}, {"", false}} {
		if tc.s == "[来源]" {
			tc.want = slices.Contains(v.metadataLabels, "来源")
		}
		if got := v.startsWithLabel(tc.s); got != tc.want {
			t.Errorf("startsWithLabel(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, s := range []string{"", "a", "a b c d e", " a  b\tc\u3000d e ", "社区 活动", "\xff \xfe x y z"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// furnitureSuffix finds the sentence end by bytes from the end of the
// line: where it ends must be where the rune scan from the start ended.
func TestFurnitureSuffixFindsTheRuneScansEnd(t *testing.T) {
	runeScan := func(folded string) (int, string) {
		rs := []rune(folded)
		end := -1
		for i, r := range rs {
			if strings.ContainsRune(sentenceEnds, r) {
				end = i + 1
			}
		}
		for end > 0 && end < len(rs) && strings.ContainsRune(closers, rs[end]) {
			end++
		}
		if end <= 0 || end >= len(rs) || len(rs)-end > 40 {
			return 0, ""
		}
		return len(rs) - end, string(rs[end:])
	}
	v := testFurniture(t)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"", "。", "活动圆满结束。", "活动圆满结束。”（图文/某某）", "结束！”」 查看更多", "没有句号的一行", "a.b。c\xff", "\xe4\xb8。\xb8",
		"活动圆满结束。" + strings.Repeat("很长的尾巴", 9)}
	paths, _ := filepath.Glob("../../corpus/*.txt")
	for _, p := range paths {
		doc, err := Read(p, Options{Raw: true})
		if err != nil {
			continue
		}
		lines = append(lines, strings.Split(doc.Folded, "\n")...)
	}
	for _, l := range lines {
		n, _ := furnitureSuffix(l, v, pats)
		want, tail := runeScan(l)
		// n is 0 where the judges took the tail for the author's
		if n != 0 && n != want {
			t.Errorf("furnitureSuffix(%q) cuts %d runes, the rune scan's tail is %d (%q)", l, n, want, tail)
		}
	}
}

func TestNotePublished(t *testing.T) {
	for _, tt := range []struct {
		name         string
		lines, kinds []string
		date         string
		stamped      bool
	}{
		{"a dated header alone", []string{"某某校园报 2014-10-20"}, []string{"byline"}, "2014-10-20", false},
		{"the same date stamped in the page's fields", []string{"某某校园报 2014-10-20", "no.943 | 更新时间:2014-10-20 | 点阅:963"}, []string{"byline", "metadata"}, "2014-10-20", true},
		{"another date stamped later is not the page's", []string{"某某校园报 2014-10-20", "更新时间:2015-01-02"}, []string{"byline", "metadata"}, "2014-10-20", false},
		{"a time of day stamps it", []string{"2021-06-18 09:14 某某网"}, []string{"byline"}, "2021-06-18", true},
	} {
		var res furnitureResult
		for i, l := range tt.lines {
			res.notePublished(l, tt.kinds[i], testFurniture(t))
		}
		if res.published != tt.date || res.publishedStamped != tt.stamped {
			t.Errorf("%s: %q stamped %v, want %q stamped %v", tt.name, res.published, res.publishedStamped, tt.date, tt.stamped)
		}
	}
}

// TestAuthorsParagraph checks that a long paragraph of the author's that
// mentions the site's features stays prose, and the site's notices do not.
func TestAuthorsParagraph(t *testing.T) {
	v := testFurniture(t)
	for line, want := range map[string]bool{
		"行前訓練只有兩天，部分志工對低年級孩子的帶班技巧還不夠熟。建議之後的營隊至少安排四天行前訓練，並提早一週寄送教材。完整的教案已經整理成檔案，想參考的社團可以站內信跟我要。": true,
		"免责声明：本站部分文章来源于网络，仅供学习交流，不代表本站观点。若本站内容侵犯了您的权益，请及时发送邮件告知，我们将在24小时内处理完毕。":                 false,
		"本站不保证所载内容的准确性，请读者自行核实。": false,
	} {
		if got := v.isProse(fold.ToSimplified(line)); got != want {
			t.Errorf("isProse(%q) = %v, want %v", line, got, want)
		}
	}
}

func checkMayStartWithLabel(t *testing.T, v *furnitureVocab, f string) {
	t.Helper()
	isBar := func(r rune) bool { return r == '|' || r == '｜' }
	if v.startsWithLabel(strings.TrimLeftFunc(stripSpaces(f), isBar)) && !v.mayStartWithLabel(f) {
		t.Errorf("mayStartWithLabel(%q) is false, but the line starts with a label", f)
	}
}

// mayStartWithLabel, asked before metadataField's label test, is true
// whenever the test is, on short strings and on every line of corpus/ and
// testdata/.
func TestMayStartWithLabel(t *testing.T) {
	v := testFurniture(t)
	for _, f := range []string{"索 引 号：001", "| 发布日期：2023-01-05 |", "【 文号】", "[ 页数 ]：3", " ｜｜ 字数：1,862", "【发布机构】某某局", "\xff索引号", "【】", "[", "|", ""} {
		checkMayStartWithLabel(t, v, fold.ToSimplified(f))
	}
	for _, f := range []string{"社区活动总结", "一、活动概况", "| 首页 | 新闻 |", "【活动回顾】"} {
		if v.mayStartWithLabel(f) {
			t.Errorf("mayStartWithLabel(%q) = true, want false", f)
		}
	}
	testfiles.Each(t, "../..", func(_ string, data []byte) {
		for l := range strings.SplitSeq(string(data), "\n") {
			checkMayStartWithLabel(t, v, fold.ToSimplified(strings.TrimSpace(l)))
		}
	})
}

// TestPictureCaption: a picture's label and colon followed by what the
// picture shows is a caption; followed by a name, a unit or a credit's
// word, a credit (round 33).
func TestPictureCaption(t *testing.T) {
	v := testFurniture(t)
	for _, c := range []struct {
		line string
		want bool
	}{
		{"图：社区志愿者给老人们递上重阳糕", true},
		{"图:小学生为老人表演快板节目", true},
		{"(图：居民在社工带领下整理花坛)", true},
		{"照片：青年志愿者清扫河岸垃圾", true},
		{"图为：志愿者陪老人下象棋", true},
		{"图为志愿者与孩子们合影", true},
		{"上图为：义诊现场", true},
		{"图：王某某", false},          // a name
		{"图片：本报记者李某", false},      // a role and a name
		{"图：某某街道综合文化站", false},    // a unit
		{"图：某某区新时代文明实践中心", false}, // a unit
		{"图：某某县融媒体中心", false},     // an outlet
		{"图：某某社区居委会提供", false},    // a supplier
		{"图：通讯员王某某摄影留念", false},   // a credit's word
		{"图/文：某某志愿者协会会员", false},  // a slash: the credit's form
		{"图：志愿者在清扫。王某 摄", false},  // not Han alone
		{"图为：", false},
		{"志愿者在社区清扫街道垃圾", false},
	} {
		if got := v.pictureCaption(c.line); got != c.want {
			t.Errorf("pictureCaption(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
