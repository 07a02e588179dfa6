package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestWithoutPostFields(t *testing.T) {
	fv := testFurniture(t)
	const para = "三月五日上午,河湾社区组织志愿者走进养老院,为老人打扫房间、表演节目。"
	const paraT = "三月五日上午,河灣社區組織志願者走進養老院,為老人打掃房間、表演節目。"
	for _, c := range []struct {
		name  string
		lines []string // the title's line first
		gone  string
		stamp string
	}{
		{"time before the source", []string{"河湾社区志愿者走进养老院", "2024-03-05 10:20:00   来源:河湾社区   作者:   【打印】", para}, "2024-03-05 10:20:00   来源:河湾社区   作者:   【打印】", "2024-03-05"},
		{"outlet before the correspondent", []string{"河湾社区志愿者走进养老院", "某某网 通讯员:李明 1200℃", para}, "某某网 通讯员:李明 1200℃", ""},
		{"traditional, an address first", []string{"河灣社區志願者走進養老院", "//example.org 2024-03-05 來源:某某網 責任編輯:王華", paraT}, "//example.org 2024-03-05 來源:某某網 責任編輯:王華", "2024-03-05"},
		{"below the first paragraph", []string{"河湾社区志愿者走进养老院", para, "来源:河湾社区"}, "", ""},
		{"a sentence naming its source", []string{"河湾社区志愿者走进养老院", "活动照片来源:社区志愿者拍摄。", para}, "", ""},
		{"no colon", []string{"河湾社区志愿者走进养老院", "河湾社区通讯员 李明", para}, "", ""},
	} {
		lines, _, removed, stamp := withoutPostFields(slices.Clone(c.lines), foldedLines(c.lines), 0, fv)
		got := removedText(removed)
		if got != c.gone || stamp != c.stamp {
			t.Errorf("%s: removed %q, stamp %q; want %q, %q", c.name, got, stamp, c.gone, c.stamp)
		}
		if c.gone != "" && slices.Contains(lines, c.gone) {
			t.Errorf("%s: %q still in the lines", c.name, c.gone)
		}
	}
}

// TestPostFieldsPublished checks that the date opening a post's row of
// fields under its headline (realshapes 192's shape) is the document's
// publish date, stamped, and that the row goes. The page's buttons
// (字号) keep the row from the byline judge, so the stamp comes from the
// post's fields alone.
func TestPostFieldsPublished(t *testing.T) {
	page := "当前位置:首页 > 工作动态 > 正文\n" +
		"柳岸社区举办重阳敬老联欢会\n" +
		"2023-10-23 15:20:00    来源:柳岸社区居委会   作者:    【打印本页】    字号: [大][中][小]\n" +
		"\n" +
		"重阳节当天,柳岸社区邀请辖区六十余位老人到活动室共度佳节,志愿者为老人们表演了戏曲和合唱。\n" +
		"活动中,社区医生还为老人们测量血压,讲解秋冬季节的养生知识。\n"
	doc, err := Parse("a.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "柳岸社区举办重阳敬老联欢会" || doc.Published != "2023-10-23" || !doc.PublishedStamped || strings.Contains(doc.Text, "来源") {
		t.Errorf("title %q published %q stamped %v text %q, want the headline, 2023-10-23 stamped, the fields gone", doc.Title, doc.Published, doc.PublishedStamped, doc.Text)
	}
}

func TestWithoutSiteLead(t *testing.T) {
	fv := testFurniture(t)
	const para = "三月五日上午,河湾社区组织志愿者走进养老院,为老人打扫房间、表演节目。"
	const paraT = "三月五日上午,河灣社區組織志願者走進養老院,為老人打掃房間、表演節目。"
	const summary = "摘要:某某网讯 三月五日上午,河湾社区组织志愿者走进养老院。志愿者为老人打扫房间…"
	const blurbT = "序言:寫作是整理經驗的好方法,我們為您精選了5篇志願服務總結,供參考。"
	for _, c := range []struct {
		name  string
		lines []string
		keep  int
		gone  string
	}{
		{"summary under the title", []string{"河湾社区志愿者走进养老院", summary, para}, 0, summary},
		{"blurb without a title, under a date", []string{"发布时间:2024-03-06", blurbT, "社區志願服務總結", paraT}, -1, blurbT},
		{"no prose below", []string{"河湾社区志愿者走进养老院", summary}, 0, ""},
		{"a label in the body", []string{"河湾社区志愿者走进养老院", para, summary, para}, 0, ""},
		{"a report's word, no colon", []string{"河湾社区志愿者走进养老院", "摘要如下,社区今年组织活动十二次,服务居民三千人次。", para}, 0, ""},
		{"a summary's longer label", []string{"河湾社区志愿者走进养老院", "核心提示:" + para, para}, 0, "核心提示:" + para},
		{"a label spaced from its colon", []string{"河湾社区志愿者走进养老院", "摘要 :" + para, para}, 0, "摘要 :" + para},
		{"a summary's label, Traditional", []string{"河灣社區志願者走進養老院", "摘要提示：" + paraT, paraT}, 0, "摘要提示：" + paraT},
		{"a lead label in brackets", []string{"河湾社区志愿者走进养老院", "[导读]" + para, para}, 0, "[导读]" + para},
		{"a lead label in lenticular brackets", []string{"河湾社区志愿者走进养老院", "【摘要】" + para, para}, 0, "【摘要】" + para},
		{"a notice's label stays", []string{"河湾社区志愿者走进养老院", "温馨提示:" + para, para}, 0, ""},
		{"a bracketed word that is no label stays", []string{"河湾社区志愿者走进养老院", "【导读员】" + para, para}, 0, ""},
	} {
		lines, _, removed := withoutSiteLead(slices.Clone(c.lines), foldedLines(c.lines), c.keep, fv)
		checkRemoved(t, c.name, lines, removed, c.gone)
	}
}

// foldedLines are lines folded, as the removers take them.
func foldedLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = fold.ToSimplified(l)
	}
	return out
}

// checkRemoved checks that a remover took away exactly gone (its lines
// joined by newlines, "" for none) and that gone is no longer among lines.
func checkRemoved(t *testing.T, name string, lines []string, removed []Removed, gone string) {
	t.Helper()
	if got := removedText(removed); got != gone {
		t.Errorf("%s: removed %q, want %q", name, got, gone)
	}
	if gone != "" && slices.Contains(lines, gone) {
		t.Errorf("%s: %q still in the lines", name, gone)
	}
}

// removedText is the text of each removed line, one a line.
func removedText(removed []Removed) string {
	var texts []string
	for _, r := range removed {
		texts = append(texts, r.Text)
	}
	return strings.Join(texts, "\n")
}
