package ingest

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const testPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>社区重阳节活动总结_某某范文网</title>
<style>.x{color:red}</style><script>var a = "不要";</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> &gt; <a href="/zj">工作总结</a></div>
<nav><ul><li>导航一</li><li>导航二</li></ul></nav>
<div id="content" class="article">
<h1>社区重阳节活动总结</h1>
<p>为迎接重阳节，社区组织志愿者走访慰问了&nbsp;26&nbsp;位空巢老人。</p>
<p>活动中，志愿者帮助老人打扫卫生&amp;整理房间。<br>老人们非常感动。</p>
<ul><li>走访慰问</li><li>义诊服务</li></ul>
<table><tr><td>参加人数</td><td>30人</td></tr></table>
<div class="share-box">分享到：微信 微博</div>
<div class="comments"><p>网友评论：写得好！</p></div>
</div>
<aside>热门文章</aside>
<div class="footer">Copyright © 2016 某某范文网 版权所有<br>京ICP备12345678号</div>
<p>京ICP备12345678号-1</p>
</body></html>`

func TestExtractHTML(t *testing.T) {
	page := extractHTML(testPage)
	if page.title != "社区重阳节活动总结" {
		t.Errorf("title = %q", page.title)
	}
	body := runRepairs(page.body, nil)
	want := "为迎接重阳节，社区组织志愿者走访慰问了 26 位空巢老人。\n" +
		"活动中，志愿者帮助老人打扫卫生&整理房间。\n老人们非常感动。\n" +
		"走访慰问\n义诊服务\n参加人数 30人\n" +
		"京ICP备12345678号-1"
	if body != want {
		t.Errorf("body =\n%s\nwant\n%s", body, want)
	}
}

func TestParseHTML(t *testing.T) {
	doc, err := Parse("page.html", []byte(testPage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" || doc.Title != "社区重阳节活动总结" || doc.Script != "simplified" {
		t.Errorf("format %q title %q script %q", doc.Format, doc.Title, doc.Script)
	}
	for _, bad := range []string{"首页", "导航", "分享到", "评论", "Copyright", "ICP", "不要", "color"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, doc.Text)
		}
	}
	if !strings.HasPrefix(doc.Text, "为迎接重阳节") || !strings.Contains(doc.Text, "参加人数 30人") {
		t.Errorf("text = %q", doc.Text)
	}
	// Furniture the extractor dropped is reported too, with the element or
	// class word that marked it.
	want := []Removed{
		{"html:nav", "首页 > 工作总结"},
		{"html:nav", "导航一 / 导航二"},
		{"html:share", "分享到：微信 微博"},
		{"html:comment", "网友评论：写得好！"},
		{"html:aside", "热门文章"},
		{"html:footer", "Copyright © 2016 某某范文网 版权所有 / 京ICP备12345678号"},
		{"copyright", "京ICP备12345678号-1"},
	}
	if !reflect.DeepEqual(doc.Removed, want) {
		t.Errorf("removed = %q, want %q", doc.Removed, want)
	}
}

func TestHTMLTitleFromTitleTag(t *testing.T) {
	tests := []struct{ title, want string }{
		{"2016年社工日活動總結_YJBYS網", "2016年社工日活動總結"},
		{"社区活动总结 - 某某网", "社区活动总结"},
		{"社区活动总结|范文|某某网", "社区活动总结"},
		{"2016-2017学年工作总结", "2016-2017学年工作总结"},
		{"_只有网站名", "_只有网站名"},
	}
	for _, tt := range tests {
		src := "<html><head><title>" + tt.title + "</title></head><body><p>" + tt.want + "</p><p>正文。</p></body></html>"
		doc, err := Parse("x.htm", []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.want {
			t.Errorf("title of %q = %q, want %q", tt.title, doc.Title, tt.want)
		}
		if doc.Text != "正文。" {
			t.Errorf("text of %q = %q, want the title line dropped", tt.title, doc.Text)
		}
	}
}

func TestHTMLEncodingFromMeta(t *testing.T) {
	src := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>活動</title></head><body><p>` + traditionalReport + `</p></body></html>`
	data := encode(t, big5Enc, src)
	doc, err := Parse("page.txt", data, Options{}) // .txt holding HTML
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" || doc.Encoding != "big5" || doc.Text != traditionalReport || doc.Script != "traditional" {
		t.Errorf("got %s %s %s %q", doc.Format, doc.Encoding, doc.Script, doc.Text)
	}
}

func TestMetaCharset(t *testing.T) {
	for src, want := range map[string]string{
		`<meta charset="gb2312">`: "gb2312",
		`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">`: "GBK",
		`<meta charset=utf-8 />`: "utf-8",
		`<p>charset=big5</p>`:    "",
	} {
		if got := metaCharset([]byte(src)); got != want {
			t.Errorf("metaCharset(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestLinkDensity(t *testing.T) {
	tests := []struct {
		name, body string
		kept       []string // lines left, in order
		links      []string // lines removed as html:links
	}{
		{
			name: "menu bar run together",
			body: `<div><a href="/">网站首页</a><a href="/about">机构概况</a><a href="/c">联系我们</a></div><p>社区开展了走访活动。</p>`,
			kept: []string{"社区开展了走访活动。"}, links: []string{"网站首页机构概况联系我们"},
		},
		{
			name: "traditional prev and next",
			body: `<p>中心舉辦了聯歡會。</p><p>上一則：<a href="/1">中心聖誕聯歡會花絮</a></p><div>下一則：<a href="/2">義工嘉許禮報名事宜</a></div>`,
			kept: []string{"中心舉辦了聯歡會。"}, links: []string{"上一則：中心聖誕聯歡會花絮", "下一則：義工嘉許禮報名事宜"},
		},
		{
			name: "bracketed widgets",
			body: `<p>正文。</p><div>【<a href="#">打印此文</a>】【<a href="#">加入收藏</a>】【<a href="#">关闭窗口</a>】</div>`,
			kept: []string{"正文。"}, links: []string{"【打印此文】【加入收藏】【关闭窗口】"},
		},
		{
			name: "list of article titles",
			body: `<p>正文。</p><ul><li><a href="/a">我中心荣获“优秀社会组织”称号</a></li><li><a href="/b">暖冬行动圆满结束</a></li></ul>`,
			kept: []string{"正文。"}, links: []string{"我中心荣获“优秀社会组织”称号", "暖冬行动圆满结束"},
		},
		{
			name: "body with linked words stays",
			body: `<p>社区联合<a href="/org">××社会工作服务中心</a>开展了<a href="/p">邻里互助</a>项目，服务居民4860人次。</p>` +
				`<p>詳情請瀏覽<a href="/n">中心網站</a>。</p>`,
			kept: []string{"社区联合××社会工作服务中心开展了邻里互助项目，服务居民4860人次。", "詳情請瀏覽中心網站。"},
		},
		{
			name: "heading in a named anchor stays",
			body: `<h2><a name="_Toc1">一、項目完成情況</a></h2><p>正文。</p>`,
			kept: []string{"一、項目完成情況", "正文。"},
		},
		{
			name: "paragraph wrapped in a link stays",
			body: `<a href="/full"><p>全年开展活动23场。服务居民4860人次。</p></a>`,
			kept: []string{"全年开展活动23场。服务居民4860人次。"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := extractHTML("<html><body>" + tt.body + "</body></html>")
			if got := strings.Split(page.body, "\n"); !reflect.DeepEqual(got, tt.kept) {
				t.Errorf("body %q, want %q", got, tt.kept)
			}
			var links []string
			for _, r := range page.removed {
				if r.Kind == "html:links" {
					links = append(links, r.Text)
				}
			}
			if !reflect.DeepEqual(links, tt.links) {
				t.Errorf("removed links %q, want %q", links, tt.links)
			}
		})
	}
}

// A forum thread page: the first post is the document, everything else
// (breadcrumb, poster details, floor labels, signature, replies, reply box)
// is forum furniture, whatever class names the theme uses.
const forumPage = `<html><head><title>社區義工服務總結 - 義工交流 - 某某論壇 - Powered by Discuz!</title></head><body>
<div id="a1"><a href="/">某某論壇</a> › <a href="/f">義工交流</a></div>
<div id="post_1"><table><tr><td><a href="/u/1">陽光義工</a><p>注冊時間 2013-5-2</p></td>
<td><h1>社區義工服務總結</h1><strong>樓主</strong> <em>發表於 2019-1-8 21:10</em> 只看該作者
<div><table><tr><td id="postmessage_101"><i>本帖最後由 陽光義工 於 2019-1-8 21:14 編輯</i><br>
全年新招募義工86人，樓主所在的服務站在論壇開設了專欄。<br>沙發和板凳等舊傢俬已捐給有需要的家庭。<br></td></tr></table></div>
<div>奉獻他人，提升自己。</div></td></tr></table></div>
<div id="post_2"><strong>沙發</strong> <em>發表於 2019-1-9 08:32</em>
<table><tr><td id="postmessage_102">謝謝樓主分享！</td></tr></table></div>
<div>您需要登錄後才可以回帖</div>
</body></html>`

func TestForumThread(t *testing.T) {
	doc, err := Parse("thread.html", []byte(forumPage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "社區義工服務總結" {
		t.Errorf("title %q", doc.Title)
	}
	want := "全年新招募義工86人，樓主所在的服務站在論壇開設了專欄。\n沙發和板凳等舊傢俬已捐給有需要的家庭。"
	if doc.Text != want {
		t.Errorf("text %q, want %q", doc.Text, want)
	}
	kinds := map[string]bool{}
	for _, r := range doc.Removed {
		kinds[r.Kind] = true
	}
	if !kinds["html:forum"] || !kinds["forum"] {
		t.Errorf("removed %q, want html:forum furniture and the forum edit note", doc.Removed)
	}
	for _, bad := range []string{"發表於", "只看該作者", "謝謝", "奉獻他人", "回帖", "陽光義工"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text keeps %q", bad)
		}
	}
}

func TestFirstForumPost(t *testing.T) {
	for src, want := range map[string]string{
		`<div id="postmessage_45210">a</div><div id="postmessage_45233">b</div>`: "a",
		`<div id="post_message_77">vBulletin</div>`:                              "vBulletin",
		`<div id="read_tpc">phpwind</div>`:                                       "phpwind",
		`<div id="postmessage">no number</div><p id="message-box">x</p>`:         "",
	} {
		root, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if p := firstForumPost(root); p != nil {
			got = textOf(p)
		}
		if got != want {
			t.Errorf("firstForumPost(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestTitleAfterHeader(t *testing.T) {
	const title = "2020年社区服务项目总结"
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"site name and slogan", []string{"××社会工作服务中心专业 · 用心 · 温暖", "網站首頁機構概況", title, "正文。"}, 2},
		{"title first is firstLine's case", []string{title, "正文。"}, -1},
		{"a sentence above the title", []string{"社区开展了活动。", title}, -1},
		{"too many lines above", []string{"甲", "乙", "丙", "丁", "戊", title}, -1},
		{"no title line", []string{"××中心", "正文。"}, -1},
		{"title only in a longer line", []string{"××中心", title + "（上）"}, -1},
	}
	for _, tt := range tests {
		if got := titleAfterHeader(tt.lines, title); got != tt.want {
			t.Errorf("%s: titleAfterHeader = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestHTMLHeaderAboveTitle(t *testing.T) {
	src := `<html><head><title>2020年社區服務項目總結 - ××中心</title></head><body>
<div style="font-size:26px">××社會工作服務中心<span>專業 · 用心 · 溫暖</span></div>
<div style="font-weight:bold">2020年社區服務項目總結</div>
<p>全年服務居民4860人次。</p></body></html>`
	doc, err := Parse("p.html", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "2020年社區服務項目總結" || doc.Text != "全年服務居民4860人次。" {
		t.Errorf("title %q text %q", doc.Title, doc.Text)
	}
	if want := (Removed{"header", "××社會工作服務中心專業 · 用心 · 溫暖"}); !slices.Contains(doc.Removed, want) {
		t.Errorf("removed %q, want %q", doc.Removed, want)
	}
}

// A heading followed by a short link alone is a box pointing to another
// page (焦点活动: 某某成果回顾, 了解更多 »): neither the title nor the text.
func TestHTMLTeaserHeading(t *testing.T) {
	src := `<html><head><title>活动花絮 | 某某义工联会</title></head><body>
<div class="focus"><span>焦点活动</span><h2>长者手机班成果回顾</h2> <a href="#">了解更多 &raquo;</a></div>
<div class="post"><div class="post-title">冬日送暖长者探访行动活动总结</div>
<p>本会于12月16日举办冬日送暖长者探访行动，共动员义工186人次，探访长者三百余户。</p></div>
</body></html>`
	doc, err := Parse("x.html", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "冬日送暖长者探访行动活动总结" || strings.Contains(doc.Text, "长者手机班成果回顾") {
		t.Errorf("title %q, text %q", doc.Title, doc.Text)
	}
	src = `<html><body><h2>长者手机班成果回顾</h2><p>本会于12月举办长者手机班，共有三十位长者参加了六节课程。</p></body></html>`
	if doc, err = Parse("x.html", []byte(src), Options{}); err != nil || doc.Title != "长者手机班成果回顾" {
		t.Errorf("a heading without a link after it: title %q (%v)", doc.Title, err)
	}
}
