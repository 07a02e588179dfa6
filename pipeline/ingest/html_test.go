package ingest

import (
	"reflect"
	"strings"
	"testing"
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
