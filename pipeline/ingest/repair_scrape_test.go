package ingest

import (
	"archive/zip"
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestStrayTags(t *testing.T) {
	testRepair(t, strayTags{}, "markup", []repairCase{
		{`<p class="ql-block">  社区开展了活动。</p> <p class="ql-block">  居民踊跃参加。</p>`, "  社区开展了活动。\n   居民踊跃参加。\n",
			[]string{`<p class="ql-block">`, "</p>", `<p class="ql-block">`, "</p>"}},
		{"<P>第一段<BR/>第二段", "第一段\n第二段", []string{"<P>", "<BR/>"}},
		{`<code id="k27pq"></code>志愿者合影`, "志愿者合影", []string{`<code id="k27pq">`, "</code>"}},
		{"<span style=\"color:red\">重点</span>工作", "重点工作", []string{`<span style="color:red">`, "</span>"}},
		{"<<p>p>", "", []string{"<p>", "<p>"}},
		{"<某某社区>活动总结", "<某某社区>活动总结", nil},
		{"参加人数 < 30 人，> 10 人", "参加人数 < 30 人，> 10 人", nil},
		{"<bxyz>不是标签", "<bxyz>不是标签", nil},
	})
}

func TestHTMLEntities(t *testing.T) {
	testRepair(t, htmlEntities{}, "", []repairCase{
		{"第三届&ldquo;邻里节&rdquo;活动", "第三届“邻里节”活动", nil},
		{"才艺展示&amp;亲子游戏", "才艺展示&亲子游戏", nil},
		{"菜品126道&#65292;场面热闹", "菜品126道，场面热闹", nil},
		{"&#x4e00;&#X4E8C;", "一二", nil},
		{"&nbsp;&nbsp;正文", "\u00a0\u00a0正文", nil},
		{"&nbsp正文", "\u00a0正文", nil},
		{"双重转义&amp;nbsp;和&amp;amp;", "双重转义\u00a0和&", nil},
		{"AT&T 和 a&b 不动", "AT&T 和 a&b 不动", nil},
		{"&unknownentity; 不认识的留着", "&unknownentity; 不认识的留着", nil},
		{"&#0; 无效码点", "\uFFFD 无效码点", nil},
	})
}

func TestFullWidthInNumbers(t *testing.T) {
	testRepair(t, fullWidth{}, "", []repairCase{
		{"降雨量８６０．５毫米", "降雨量860.5毫米", nil},
		{"编号ＦＸ－２０２０－０１", "编号FX-2020-01", nil},
		{"偏多３２％", "偏多32%", nil},
		{"２０２０／０１／０２", "2020/01/02", nil},
		{"句末。．－／％", "句末。．－／％", nil},
		{"项目（一）：１，２", "项目（一）：1，2", nil},
	})
}

func TestOCRDigits(t *testing.T) {
	testRepair(t, ocrDigits{}, "ocr", []repairCase{
		{"于7月20 H晚举办", "于7月20日晚举办", []string{"7月20 H→7月20日"}},
		{"8月1 H前报名", "8月1日前报名", []string{"8月1 H→8月1日"}},
		{"7月2O H晚", "7月20日晚", []string{"7月2O H→7月2O日", "2O日→20日"}},
		{"2O18年工作", "2018年工作", []string{"2O18年→2018年"}},
		{"1O月", "10月", []string{"1O月→10月"}},
		// Left alone: no date, a Latin word, letters only.
		{"H型舞台和B超", "H型舞台和B超", nil},
		{"7月20 HK$", "7月20 HK$", nil},
		{"GO年", "GO年", nil},
		{"约有l5O0人", "约有l5O0人", nil},
		{"Win10年度", "Win10年度", nil},
	})
	var log repairLog
	ocrDigits{}.Repair("第一行\n到场居民约有l5O0人，秩序良好。\nWin10 和 iOS10 不算。", &log)
	if want := []string{`line 2: possible OCR slip "居民约有l5O0人，秩序" left as written`}; !reflect.DeepEqual(log.warnings, want) {
		t.Errorf("warnings = %q, want %q", log.warnings, want)
	}
}

func TestSectionBreak(t *testing.T) {
	testRepair(t, sectionBreak{}, "", []repairCase{
		{"【篇二】为弘扬敬老传统，社区举办联欢会。", "【篇二】\n为弘扬敬老传统，社区举办联欢会。", nil},
		{"【篇一】社区重阳节活动总结", "【篇一】\n社区重阳节活动总结", nil},
		{"【范文3】正文", "【范文3】\n正文", nil},
		{"【第二篇】 正文", "【第二篇】\n正文", nil},
		{"【篇一】", "【篇一】", nil},
		{"【导语】不是篇目", "【导语】不是篇目", nil},
		{"正文中的【篇一】不动", "正文中的【篇一】不动", nil},
	})
}

func TestMojibakeLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"clean", "社區服務中心全年開放286天。\n社区服务中心全年开放286天。", nil},
		{"utf-8 read as gbk", "标题\n鍦ㄧぞ鍖烘椿鍔ㄤ腑蹇冧妇鍔炰簡璇讳功浼", []string{`line 2: mojibake (UTF-8 read as GBK? "鍦ㄧぞ鍖烘椿鍔ㄤ腑蹇冧妇…" reads "在社区活动中心举办了读书…")`}},
		{"replacement through gbk", "锟斤拷锟斤拷 照片", []string{`line 1: mojibake ("锟斤拷": replacement characters passed through GBK)`}},
		{"u+fffd", "正文\uFFFD壞了", []string{"line 1: undecodable text (U+FFFD)"}},
		{"misaligned", "病兒童；卦L先心病兒童", []string{`line 1: mojibake (misaligned double-byte text? "卦L先")`}},
		{"abbreviations stay", "B超檢查、H型舞台、X光片、卡拉OK和T恤", nil},
		{"latin-1", "æ´»åŠ¨ä¸\u00adå¿ƒ", []string{"line 1: mojibake (UTF-8 read as Latin-1? \"æ´»åŠ¨ä¸\\u00adå¿ƒ\" reads \"活动中心\")"}},
	}
	for _, tt := range tests {
		if got := mojibakeLines(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDetectFormatSniffs(t *testing.T) {
	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	zw.Create("word/document.xml")
	zw.Close()
	tests := []struct {
		source, data, want string
	}{
		{"a.doc", docx.String(), formatDocx},
		{"a.doc", "<html><body><p>正文</p></body></html>", formatHTML},
		{"a.doc", "<p class=MsoNormal>正文</p>", formatHTML},
		{"a.doc", "纯文本的 doc", formatTxt},
		{"a.html", "纯文本，没有标签。\n第二行。", formatTxt},
		{"a.html", "前言<p>正文</p>", formatHTML},
		{"a.docx", "<!DOCTYPE html><html></html>", formatHTML},
		{"a.txt", "<html><head><title>t</title></head></html>", formatHTML},
		{"a.txt", "比较 a<b 和 c>d", formatTxt},
	}
	for _, tt := range tests {
		got, err := detectFormat(tt.source, []byte(tt.data))
		if err != nil || got != tt.want {
			t.Errorf("detectFormat(%q, %q) = %q, %v; want %q", tt.source, tt.data, got, err, tt.want)
		}
	}
}

func TestDocxTablesAndLimit(t *testing.T) {
	xml := `<w:document xmlns:w="w"><w:body>` +
		`<w:p><w:r><w:t>統計如下：</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>項目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>人數</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>義診</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>120</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>第一行</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>第二行</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	data := buildDocx(t, []byte(xml))
	got, err := docxText(data, 1<<20)
	if want := "統計如下：\n項目 人數\n義診 120\n第一行\n第二行\n"; err != nil || got != want {
		t.Errorf("docxText = %q, %v; want %q", got, err, want)
	}
	if _, err := docxText(data, 100); err == nil || !strings.Contains(err.Error(), "over the 100-byte limit") {
		t.Errorf("docxText over the limit: err = %v", err)
	}
	if _, err := Parse("big.docx", data, Options{MaxUnzippedBytes: 100}); err == nil || !strings.HasPrefix(err.Error(), "big.docx: document text is") {
		t.Errorf("Parse over the unzipped limit: err = %v", err)
	}
}

func TestRemoveScrapedBoilerplate(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	drop := map[string]string{
		"关键词：植树节 活动总结 社区":                       "byline",
		"标签：我为群众办实事 街道工作总结":                     "byline",
		"（责任编辑：李××）":                            "byline",
		"时间：2021-03-31 16:20　来源：校团委　点击：2368次":   "byline",
		"2022-11-08 10:01:12   阅读(1533)":        "byline",
		"信息来源：××村委会 发布日期：2020-01-06":            "byline",
		"图片来源：××社区":                             "credit",
		"图、文/××区××乡禁毒办公室 ××":                    "credit",
		"文、图/××社区居委会":                           "credit",
		"图片、消息来源：××社区居委会":                       "credit",
		"通讯员：赵××  摄影：孙××":                       "credit",
		"本文由网友投稿，经整理后发布。":                       "credit",
		"免责声明：本站所有文章均来自网友投稿或网络转载，仅供学习参考。":       "copyright",
		"本站所有资料均来源于网络，仅供学习交流，版权归原作者所有。":         "copyright",
		"网友投稿 | 本站不对内容真实性负责":                    "copyright",
		"注明出自青松网的文章，版权皆归本站所有。":                  "copyright",
		"某软件公司仅提供技术支持，图文版权归属发布媒体":               "copyright",
		"青松之声版权和免责声明：":                          "copyright",
		"本网仅提供存储空间服务，文章由用户上传。":                  "copyright",
		"联系QQ：12345678  邮箱：service@example.com": "contact",
		"地址：××市××路100號  電話：(02)2222-3333":       "contact",
		"37.5 KB 2页 下载积分：3 浏览：1,025次":           "docsite",
		"文档介绍：本文为社区工作总结，共2页。":                   "docsite",
		"2020年社区垃圾分类工作总结，共2页，可编辑，欢迎下载。":         "docsite",
		"预览已结束，剩余1页可下载查看":                       "docsite",
		"网站首页 | 工作总结 | 工作计划 | 心得体会":             "navigation",
		"欢迎来到某某教育网！登录 | 免费注册 | 手机版":             "navigation",
		"点赞(36) 收藏 纠错":                          "navigation",
		"【字体：大 中 小】【打印本文】【关闭窗口】":                "navigation",
		"上一篇文章：社区2017年妇联工作总结":                   "navigation",
		"所在位置：首页 >> 工作总结":                       "navigation",
		"欢迎来到某某范文网!永久域名:example.cn":             "site",
		"某某活动是为了提高居民的安全意识。某某活动总结是小编为大家准备的,希望大家有所收获。":              "blurb",
		"总结能够提升我们的表达能力，不妨认真地完成总结吧。总结怎么写呢?以下是小编帮大家整理的某某总结,欢迎大家分享。": "blurb",
	}
	for line, kind := range drop {
		kept, removed := removeFolded(t, []string{"正文第一句。", line, "正文最后一句。"}, pats)
		if len(kept) != 2 || len(removed) != 1 || removed[0].Kind != kind {
			t.Errorf("%q: kept %q, removed %q, want it removed as %s", line, kept, removed, kind)
		}
	}
	keep := []string{
		"来源于群众、服务于群众，是协会工作的根本。",
		"活动时间：3月17日",
		"图、文、视频并茂的展板吸引了不少居民驻足观看。",
		"图、文结合的宣传册发到了每户居民手中。",
		"作者：这是居民王大爷在留言簿上写下的一句话——“保护版权，人人有责”，大家都很认同。",
		"活动现场，工作人员向居民讲解了“版权所有，翻印必究”等标识的含义。",
		"讲座上，律师介绍了作品的版权归作者本人、职务作品又如何认定等知识。",
		"社区志愿者仅提供陪伴和代办服务，不收取任何费用。",
		"来源不明的链接不要点击，用关键词搜索到的“免费领取”信息多为诈骗。",
		"发布时间较早的政策文件，工作人员也一一作了解读。",
		"本次活动还邀请居民加入社区QQ群和微信群，方便今后联系。",
		"下面是活动中居民反映较多的三个问题，希望有关部门予以重视。",
		"全年共开展服务活动48次，参与志工达1,260人次。",
		"为6户困难家庭送去慰问金3.6万元，共计12页的调查报告已上报。",
		"××中学团委",
		"2021年3月30日",
		"帮扶项目 户数 金额（元）",
		"走访慰问 42 21000",
		"2019 2020",
		"3、男子100m决赛",
		"收藏家协会的会员们也参加了活动。",
	}
	for _, line := range keep {
		if kept, removed := removeFolded(t, []string{line}, pats); len(kept) != 1 || kept[0] != line {
			t.Errorf("%q: kept %q, removed %q", line, kept, removed)
		}
	}
}
