package ingest

import (
	"strings"
	"testing"

	"github.com/zongjie/zongjie/dict"
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
	line  string
	zone  lineZone
	after bool // afterFurniture
	amid  bool // amidFurniture
	want  string
}

func checkJudge(t *testing.T, j furnitureJudge, cases []judgeCase) {
	t.Helper()
	for _, c := range cases {
		v := lineView{text: c.line, folded: fold.ToSimplified(c.line), zone: c.zone, afterFurniture: c.after, amidFurniture: c.amid}
		if got := j.Judge(v); got != c.want {
			t.Errorf("%T(%q, zone %d, after %v, amid %v) = %q, want %q", j, c.line, c.zone, c.after, c.amid, got, c.want)
		}
	}
}

func TestASCIIJunk(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, asciiJunk{v}, []judgeCase{
		{line: "' d5 }3 ^7 F! K& H( o ?% j", want: "junk"},
		{line: "7 h5 m# v2 F8 L0 @# I/ y0 q", want: "junk"},
		{line: "h$ w2 W, j& {. [$ l! w+ T# q0 O |", want: "junk"},
		{line: "h$ w2 W, j& {. [$ l! w+ T# q0 O |", want: "junk"},
		{line: "社區 活動 共 5 場 , 3 次", want: ""},
		{line: "QQ: 12345678", want: ""},
		{line: "www.example.com/a/b.html", want: ""},
		{line: "A B C D E F", want: ""},
		{line: "活动 共 5 场 , 3 次", want: ""},
	})
	for in, want := range map[string]string{
		"' d5 }3 ^7 F! K& 为了美化社区环境，开展活动。": "为了美化社区环境，开展活动。",
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
		{line: "» 社区动态", want: "navigation"},
		{line: "| 活动名称 | 时间 |", want: ""},
		{line: "当前社区的位置很重要。", want: ""},
		{line: "一、活动目的", want: ""},
	})
}

func TestMenuBar(t *testing.T) {
	checkJudge(t, menuBar{testFurniture(t)}, []judgeCase{
		{line: "首页 | 范文 | 总结 | 计划", want: "navigation"},
		{line: "首頁 | 範文 | 總結 | 計劃", want: "navigation"},
		{line: "关于我们|联系我们|法律顾问|版权声明", want: "navigation"},
		{line: "网站首页 / 工作动态 / 通知公告", want: "navigation"},
		{line: "| 活动名称 | 时间 | 参与人数 |", want: ""},
		{line: "组织部 / 宣传部 / 志愿者协会联合开展了此次活动", want: ""},
		{line: "一、活动目的", want: ""},
	})
}

func TestBulletMetadata(t *testing.T) {
	checkJudge(t, bulletMetadata{testFurniture(t)}, []judgeCase{
		{line: "- 2021-04-12 发布 |", want: "docsite"},
		{line: "- 2页", want: "docsite"},
		{line: "- 2頁", want: "docsite"},
		{line: "- 0", want: "docsite"},
		{line: "• 提升环境质量：志愿者们积极清理社区垃圾，整理花坛。", want: ""},
		{line: "- 相关推荐", want: ""},
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
		{line: "记者在现场看到，居民们积极参与", want: ""},
		{line: "记者节活动总结", want: ""},
	})
}

func TestContactLine(t *testing.T) {
	checkJudge(t, contactLine{testFurniture(t)}, []judgeCase{
		{line: "联系电话：0512-66881234", want: "contact"},
		{line: "聯繫電話：0512-66881234", want: "contact"},
		{line: "联系人：王老师 手机 13912345678", want: "contact"},
		{line: "邮箱 abc@example.com", want: "contact"},
		{line: "0512-66881234", want: ""},
		{line: "社区开通了服务热线0512-66881234，居民反映问题可以随时拨打。", want: ""},
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
		{line: "申明敬告: 本站不保证该用户上传的文档完整性。", zone: zoneHead, want: "site"},
		{line: "如果您已付费下载过本站文档,您可以点这里二次下载", zone: zoneTail, want: "site"},
		{line: "某某社工公众号是某某中心的官方平台", zone: zoneTail, want: "wechat"},
		{line: "某某社工公眾號是某某中心的官方平台", zone: zoneTail, want: "wechat"},
		{line: "申明敬告：本站不保證該用戶上傳的文檔完整性。", zone: zoneHead, want: "site"},
		{line: "本网讯 3月5日，某某社区开展学雷锋活动。", zone: zoneHead, want: ""},
		{line: "我们通过公众号发布活动信息。", zone: zoneBody, want: ""},
	})
}

func TestDatedLine(t *testing.T) {
	checkJudge(t, datedLine{}, []judgeCase{
		{line: "2021-06-18 总结", want: "byline"},
		{line: "2021-06-18 總結", want: "byline"},
		{line: "2021-04-03 来源:某某网", want: "byline"},
		{line: "97 2023-11-12 16:20", want: ""}, // a count first: the byline pattern's
		{line: "活动时间：2024-03-05", want: ""},
		{line: "2024-03-05至2024-03-10社区开展了宣传周活动，共发放资料500份。", want: ""},
	})
}

func TestEdgeWidget(t *testing.T) {
	checkJudge(t, edgeWidget{testFurniture(t)}, []judgeCase{
		{line: "下载得到文件列表", zone: zoneHead, amid: true, want: "widget"},
		{line: "查看更多", zone: zoneTail, amid: true, want: "widget"},
		{line: "下載得到文件列表", zone: zoneHead, amid: true, want: "widget"},
		{line: "查看更多", zone: zoneTail, want: ""},
		{line: "社区服务活动总结", zone: zoneHead, amid: true, want: ""},
		{line: "一、活动目的", zone: zoneHead, amid: true, want: ""},
		{line: "活动时间：3月5日", zone: zoneHead, amid: true, want: ""},
		{line: "2022年6月30日", zone: zoneTail, amid: true, want: ""},
		{line: "学习雷锋展青春,志愿服务进社区", zone: zoneHead, amid: true, want: ""},
	})
}

func TestPublishDate(t *testing.T) {
	for in, want := range map[string]string{
		"97 2023-11-12 16:20":           "2023-11-12",
		"本帖最后由 某某 于 2011-5-31 09:20 编辑": "2011-05-31",
		"上传人:abc 2018/11/22 文件大小:18 KB": "2018-11-22",
		"发布时间：2019年3月":                  "2019-03",
		"© 2008-2023 某某网":               "",
		"浏览 1968":                       "",
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
		"1 / 2", "文档名称:", "某某社区植树活动总结.doc", "上传人:abc 2018/11/22 文件大小:18 KB",
		"下载得到文件列表", "预览", "文档介绍",
		"文档介绍:三月十二日，某某社区组织志愿者在公园植树，共种下树苗三十棵。",
		"一、活动目的",
		"增强居民的环保意识，美化社区环境，让更多的人参与到绿化活动中来。",
	}
	folded := strings.Split(fold.ToSimplified(strings.Join(lines, "\n")), "\n")
	res := removeFurniture(lines, folded, pats, testFurniture(t), nil)
	want := []string{"某某社区植树活动总结.doc", "上传人:abc 2018/11/22 文件大小:18 KB",
		"三月十二日，某某社区组织志愿者在公园植树，共种下树苗三十棵。", "一、活动目的",
		"增强居民的环保意识，美化社区环境，让更多的人参与到绿化活动中来。"}
	if strings.Join(res.lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("kept %q, want %q", res.lines, want)
	}
	if res.fileTitle != "某某社区植树活动总结" || res.published != "2018-11-22" {
		t.Errorf("file title %q, published %q", res.fileTitle, res.published)
	}
	kinds := map[string]string{}
	for _, r := range res.removed {
		kinds[r.Text] = r.Kind
	}
	for text, kind := range map[string]string{"1 / 2": "widget", "文档名称:": "metadata", "下载得到文件列表": "widget",
		"预览": "snapshot", "文档介绍": "metadata", "文档介绍:": "metadata"} {
		if kinds[text] != kind {
			t.Errorf("%q removed as %q, want %q (removed: %v)", text, kinds[text], kind, res.removed)
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

func FuzzParseFurniture(f *testing.F) {
	f.Add(string(dict.File("furniture.txt")))
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseFurniture([]byte(s))
		if err != nil {
			return
		}
		pats, _ := defaultPatterns()
		lines := strings.Split(s, "\n")
		removeFurniture(lines, lines, pats, v, nil)
	})
}
