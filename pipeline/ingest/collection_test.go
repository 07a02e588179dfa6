package ingest

import (
	"slices"
	"testing"
)

func TestWithoutCollectionBlurb(t *testing.T) {
	fv := testFurniture(t)
	const blurb = "活动总结是对一次活动的回顾,写好它能帮助我们发现不足。下面是小编整理的范文,供参考。"
	const blurbT = "活動總結是對一次活動的回顧,寫好它能幫助我們發現不足。下面是小編整理的範文,供參考。"
	const para = "三月十二日上午,河湾社区组织四十余名志愿者来到滨河绿地,栽下树苗一百二十棵。"
	const lead = "三月十二日上午,河湾社区组织志愿者来到滨河绿地植树。活动结束时,社区负责人作了简短总结。"
	const blurb2 = "植树活动总结要写清时间、地点和人数。下面几篇范文各有侧重,供大家参考。"
	const paraT = "三月十二日上午,河灣社區組織四十餘名志願者來到濱河綠地,栽下樹苗一百二十棵。"
	const counting = "某某网提供的社区植树活动总结(精选5篇),由编辑部挑选汇编,供读者查阅参考。"
	const countingT = "某某網提供的社區植樹活動總結(精選5篇),經過用心整理,希望能對您有所幫助。"
	for _, c := range []struct {
		name  string
		lines []string // the title's line first
		gone  string
	}{
		{"numbered piece", []string{"社区植树活动总结", blurb, "社区植树活动总结1", para}, blurb},
		{"numbered piece, traditional", []string{"社區植樹活動總結", blurbT, "社區植樹活動總結 2", paraT}, blurbT},
		{"piece 篇一", []string{"社区植树活动总结", blurb, "社区植树活动总结篇一", para}, blurb},
		{"counted title, piece cut", []string{"优秀社区植树活动总结(精选4篇)", blurb, "社区植树活动总结", para}, blurb},
		{"counted title, traditional", []string{"優秀社區植樹活動總結(精選4篇)", blurbT, "社區植樹活動總結", paraT}, blurbT},
		{"line between heading and blurb", []string{"社区植树活动总结", "手机查看", blurb, "社区植树活动总结1", para}, blurb},
		// Round 22: the title said again around the blurb (a header's
		// copies); a blurb of one sentence that counts the site's pieces.
		{"the title again around the blurb", []string{"社区植树活动总结", "社区植树活动总结", blurb, "社区植树活动总结", "社区植树活动总结1", para}, blurb},
		{"one sentence counting the pieces", []string{"社区植树活动总结", counting, "社区植树活动总结 篇1", para}, counting},
		{"one sentence counting the pieces, traditional", []string{"社區植樹活動總結", countingT, "社區植樹活動總結 篇1", paraT}, countingT},
		// A news story's caption saying its headline again has no number.
		// Its lead has two sentences and a word of the collections (总结).
		{"caption under the lead", []string{"河湾社区开展植树活动", lead, "河湾社区开展植树活动", para}, ""},
		{"heading names only the genre", []string{"社区植树活动总结", blurb, "活动总结1", para}, ""},
		{"an introduction of one sentence", []string{"社区植树活动总结", "三月是植树月,社区组织了多场活动,下面是几份活动总结。", "社区植树活动总结1", para}, ""},
		{"an introduction of the day", []string{"社区植树活动总结", "植树节是每年的三月十二日。这一天各地都会组织植树活动。", "社区植树活动总结1", para}, ""},
		{"no blurb", []string{"社区植树活动总结", "社区植树活动总结1", para}, ""},
		// Three lines each of a blurb's shape are more than a blurb.
		{"three paragraphs are the body", []string{"社区植树活动总结", blurb, lead, blurb2, "社区植树活动总结1", para}, ""},
	} {
		lines, _, removed := withoutCollectionBlurb(slices.Clone(c.lines), foldedLines(c.lines), c.lines[0], 0, fv)
		checkRemoved(t, c.name, lines, removed, c.gone)
	}
}
