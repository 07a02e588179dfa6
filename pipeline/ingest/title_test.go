package ingest

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestLooksLikeArticleTitle(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"「耆樂同行」長者義工探訪計劃2023年度總結", true},
		{"××街道办事处2023年度平安建设工作总结", true},
		{"社区重阳节敬老活动", true},
		{"○○長者鄰舍中心", false},
		{"××街道办事处 内部资料", false},
		{"最新消息", false},
		{"社工家园论坛", false},
		{"社区开展了重阳节活动。", false}, // a sentence, not a title
	}
	for _, tt := range tests {
		if got := looksLikeArticleTitle(tt.line); got != tt.want {
			t.Errorf("looksLikeArticleTitle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestTitleParts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"○○長者鄰舍中心 - 最新消息 - 「耆樂同行」長者義工探訪計劃2023年度總結", []string{"○○長者鄰舍中心", "最新消息", "「耆樂同行」長者義工探訪計劃2023年度總結"}},
		{"社区活动总结_某某网", []string{"社区活动总结", "某某网"}},
		{"社区活动总结|范文|某某网", []string{"社区活动总结", "范文", "某某网"}},
		{"活动回顾丨某某社区重阳敬老活动总结", []string{"活动回顾", "某某社区重阳敬老活动总结"}},
		{"2016-2017学年工作总结", []string{"2016-2017学年工作总结"}},
		{"某某中学-高二年级志愿服务月活动总结", []string{"某某中学", "高二年级志愿服务月活动总结"}},
		{"112年度志工服務成果總結-成果報告-志工園地", []string{"112年度志工服務成果總結", "成果報告", "志工園地"}},
		{"社区垃圾分类宣传活动总结--某某时讯网", []string{"社区垃圾分类宣传活动总结", "某某时讯网"}},
		{"“6-26”禁毒日活动总结", []string{"“6-26”禁毒日活动总结"}},
		{"COVID-19防控志愿服务总结", []string{"COVID-19防控志愿服务总结"}},
		{"新闻中心- 医院新闻- 某某活动", []string{"新闻中心", "医院新闻", "某某活动"}},
		{"某某街道2024年志愿服务工作总结－某某区人民政府门户网站", []string{"某某街道2024年志愿服务工作总结", "某某区人民政府门户网站"}},
		{"某某街道2024年志願服務工作總結－－某某區政府網", []string{"某某街道2024年志願服務工作總結", "某某區政府網"}},
		{"２０２３－２０２４学年工作总结", []string{"２０２３－２０２４学年工作总结"}},
		{"_只有网站名", []string{"_只有网站名"}},
		{strings.Repeat("中-", 400), []string{strings.Repeat("中-", 400)}}, // too long to be a title: one part
		{"", nil},
	}
	for _, tt := range tests {
		if got := titleParts(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("titleParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPageTitle(t *testing.T) {
	tests := []struct {
		name, h1, h2, tag string
		want              string
		fromH1            bool
	}{
		{"h1 article title", "社区重阳节活动总结", "", "社区重阳节活动总结_某某网", "社区重阳节活动总结", true},
		{"h1 long heading", "2023年社区志愿者队伍建设与管理的若干思考与探索实践", "", "某某网", "2023年社区志愿者队伍建设与管理的若干思考与探索实践", true},
		{"h1 without an alternative", "某某中心", "", "某某中心", "某某中心", true},
		{"h1 organisation, h2 report", "○○長者鄰舍中心", "「耆樂同行」長者義工探訪計劃2023年度總結", "○○長者鄰舍中心", "「耆樂同行」長者義工探訪計劃2023年度總結", false},
		{"no h1, title part that is an article", "", "", "○○長者鄰舍中心 - 最新消息 - 「耆樂同行」長者義工探訪計劃2023年度總結", "「耆樂同行」長者義工探訪計劃2023年度總結", false},
		{"no h1, h2 fuller than the title part", "", "2023年社区重阳节活动总结", "社区重阳节活动总结_某某网", "2023年社区重阳节活动总结", false},
		{"no h1, h2 a column name", "", "最新消息", "社区重阳节活动总结_某某网", "社区重阳节活动总结", false},
		{"no h1, h2 only", "", "社区重阳节活动总结", "某某社区", "社区重阳节活动总结", false},
		{"nothing article-like: first title part", "", "最新消息", "某某社区_首页", "某某社区", false},
		{"no h1, a column's name is no article part", "", "", "某某會 - 某某中心 - 活動回顧 - 「百歲同慶」長者生日會活動總結", "「百歲同慶」長者生日會活動總結", false},
		{"no h1, a column's name in the title, the report in an h3", "", "「關愛長者」長者探訪活動總結", "某某互助會 - 會務活動", "「關愛長者」長者探訪活動總結", false},
	}
	for _, tt := range tests {
		got, fromH1 := pageTitle(tt.h1, tt.h2, tt.tag)
		if got != tt.want || fromH1 != tt.fromH1 {
			t.Errorf("%s: pageTitle = %q, %v; want %q, %v", tt.name, got, fromH1, tt.want, tt.fromH1)
		}
	}
}

func TestHeaderAboveTitle(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		at     int
		header bool
	}{
		{"column name", []string{"政务公开", titleMark, "正文。"}, 1, true},
		{"nothing above", []string{titleMark, "正文。"}, 0, false},
		{"a sentence above", []string{"社区开展了活动。", titleMark, "正文。"}, 1, false},
		{"too many lines above", []string{"甲", "乙", "丙", "丁", "戊", titleMark}, 5, false},
		{"a sentence among short lines", []string{"甲", "社区开展了活动。", "乙", titleMark}, 3, false},
		{"no mark", []string{"政务公开", "正文。"}, -1, false},
	}
	for _, tt := range tests {
		at, header := headerAboveTitle(tt.lines)
		if at != tt.at || header != tt.header {
			t.Errorf("%s: headerAboveTitle = %d, %v; want %d, %v", tt.name, at, header, tt.at, tt.header)
		}
	}
}

// TestHTMLTitleChoice parses pages whose title is not the first part of
// <title> nor a first <h1> of the content.
func TestHTMLTitleChoice(t *testing.T) {
	tests := []struct {
		name, src, title, text string
		removed                []Removed
	}{
		{
			name: "h2 report under an organisation's <title>, breadcrumb above",
			src: `<html><head><title>○○長者鄰舍中心 - 最新消息 - 「耆樂同行」探訪計劃2023年度總結</title></head><body>
<div class="path"><a href="/">主頁</a> &gt; <a href="/n">最新消息</a> &gt; 中心動態</div>
<h2>「耆樂同行」探訪計劃2023年度總結</h2><p>全年共完成家訪624次。</p></body></html>`,
			title:   "「耆樂同行」探訪計劃2023年度總結",
			text:    "全年共完成家訪624次。",
			removed: []Removed{{"navigation", "主頁 > 最新消息 > 中心動態"}},
		},
		{
			name: "metadata table and column name above the h1",
			src: `<html><head><title>民政局宣传月活动工作总结_某某市民政局</title></head><body>
<div class="lefttitle">政务公开</div>
<table><tr><td>索引号：</td><td>1132/2023-00871</td><td>主题分类：</td><td>民政</td></tr>
<tr><td>文号：</td><td>无</td><td>有效性：</td><td>有效</td></tr></table>
<h1>民政局宣传月活动工作总结</h1><p>我局开展了宣传月活动。</p></body></html>`,
			title: "民政局宣传月活动工作总结",
			text:  "我局开展了宣传月活动。",
			removed: []Removed{
				{"metadata", "索引号： 1132/2023-00871 主题分类： 民政"},
				{"metadata", "文号： 无 有效性： 有效"},
				{"header", "政务公开"},
			},
		},
		{
			name: "traditional column name above the h1",
			src: `<html><head><title>宣傳月活動工作總結</title></head><body>
<div>政務公開</div><div>索引號： 1132/2023-00871</div>
<h1>宣傳月活動工作總結</h1><p>我局開展了宣傳月活動。</p></body></html>`,
			title: "宣傳月活動工作總結",
			text:  "我局開展了宣傳月活動。",
			removed: []Removed{
				{"metadata", "索引號： 1132/2023-00871"},
				{"header", "政務公開"},
			},
		},
		{
			name:  "body text above the h1 stays",
			src:   `<html><head><title>活动总结</title></head><body><p>社区开展了活动，居民踊跃参加。</p><h1>活动总结</h1><p>正文。</p></body></html>`,
			title: "活动总结",
			text:  "社区开展了活动，居民踊跃参加。\n正文。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("p.html", []byte(tt.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Text != tt.text {
				t.Errorf("title %q text %q, want %q %q", doc.Title, doc.Text, tt.title, tt.text)
			}
			for _, r := range tt.removed {
				if !slices.Contains(doc.Removed, r) {
					t.Errorf("removed %q, want it to hold %q", doc.Removed, r)
				}
			}
		})
	}
	// Raw keeps every line and no title mark.
	doc, err := Parse("p.html", []byte(`<html><body><div>政务公开</div><h1>活动总结</h1><p>正文。</p></body></html>`), Options{Raw: true})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "政务公开\n正文。" {
		t.Errorf("raw text %q", doc.Text)
	}
}
