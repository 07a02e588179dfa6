package extract

import (
	"slices"
	"testing"

	"github.com/zongjie/zongjie/pipeline/segment"
)

// Round 13 (issue 10): the misses of the read real-page sets fixed by
// class, on sentences of our own.

// TestJoinedUnits: a measure word written as two joined by a mark of
// [unit_joiners], and portions of supplies (人份).
func TestJoinedUnits(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"本次献血共计48人/次", []string{"48人/次 48 人次 people"}},
		{"入户走访12户/次", []string{"12户/次 12 户次 households"}},
		{"每户3人/户", []string{"3人 3 人 people"}},
		{"准备了方便面80人份，", []string{"80人份 80 人份 goods [方便面]"}},
		{"储备饮用水200人份", []string{"200人份 200 人份 goods [饮用水]"}},
	})
}

// TestCountsInTitleCopies: a count that ends a copy of the document's
// title in its text names the document; the same count elsewhere still
// counts, so does one inside a headline the lead repeats, and a title
// shorter than [title_copy_runes] is not looked for.
func TestCountsInTitleCopies(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		title, text string
		want        []string
	}{
		{"社区敬老活动总结范例4篇", "以下是为您整理的社区敬老活动总结范例4篇，供参考。\n本次活动慰问老人4名。",
			[]string{"4名 4 名 people [老人]"}},
		{"社區敬老活動總結範例4篇", "以下是为您整理的社區敬老活動總結範例4篇，供参考。", nil},
		{"慰问老人4名", "本次活动慰问老人4名。", []string{"4名 4 名 people [老人]"}},
		{"敬老活动总结怎么写（12篇）", "敬老活动总结怎么写（12篇）\n目录", nil},
		{"街道组织80名志愿者清扫积雪", "街道组织80名志愿者清扫积雪，保障居民出行。",
			[]string{"80名 80 名 people [志愿者]"}},
		{"", "本次活动慰问老人4名。", []string{"4名 4 名 people [老人]"}},
	}
	for _, tt := range tests {
		doc := numDoc(tt.text)
		doc.Title = tt.title
		var got []string
		for _, q := range numTest.FindQuantities(doc, seg.Cut(doc)) {
			got = append(got, fmtQuantity(q))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("title %q, text %q\n got %q\nwant %q", tt.title, tt.text, got, tt.want)
		}
	}
}

// TestCopiedSentences: a count written again with the same
// [copy_context_runes] runes on both sides (a lead copied as a caption) is
// left out; a second mention in other words is kept, and so is a count
// with too few runes around it to tell.
func TestCopiedSentences(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区今天邀请了30位独居老人一起包饺子过冬至。图为活动现场\n社区今天邀请了30位独居老人一起包饺子过冬至。",
			[]string{"30位 30 位 people [独居老人]"}},
		{"社区今天邀请了30位独居老人一起包饺子。共有30位独居老人到场，气氛热烈。",
			[]string{"30位 30 位 people [独居老人]", "30位 30 位 people [独居老人]"}},
		{"共5人。\n共5人。", []string{"5人 5 人 people", "5人 5 人 people"}},
		{"其中男性5人，女性5人", []string{"5人 5 人 people [男性]", "5人 5 人 people [女性]"}},
	})
}

// TestParallelSlogans: a lone 一 ending short parallel phrases after verbs
// or adjectives is a slogan's; goods listed so still count.
func TestParallelSlogans(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区坚持，改造一处、巩固一处。", nil},
		{"志愿者说，帮扶一户、温暖一家，", nil},
		{"河边又改造了一处，", []string{"一处 1 处 other"}},
		{"走访中，慰问了一户困难家庭，", []string{"一户 1 户 households [困难家庭]"}},
		{"走访中，不漏一户，不错一人，", nil},
		{"每户发放大米一袋、食用油一桶，", []string{"一袋 1 袋 goods [大米]", "一桶 1 桶 goods [食用油]"}},
		{"社区举办了一场讲座，", []string{"一场 1 场 events [讲座]"}},
	})
}

// TestHoursInListsOfFigures: hours with no service word in their own
// clause take it from a list of figures before them, across commas and
// semicolons, not across a sentence's end nor a clause of words only.
func TestHoursInListsOfFigures(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全年累计服务居民860人次，3120小时。", []string{"860人次 860 人次 people [居民]", "3120小时 3120 小时 hours"}},
		{"志愿服务时长共5200小时；其中陪诊1300小时，助餐900小时。",
			[]string{"5200小时 5200 小时 hours", "1300小时 1300 小时 hours", "900小时 900 小时 hours"}},
		{"全年累计服务居民860人次。设备运行3120小时。", []string{"860人次 860 人次 people [居民]"}},
		{"累计服务居民860人次，天气炎热，机器运转了3120小时。", []string{"860人次 860 人次 people [居民]"}},
	})
}

// TestLastOne: 最后 before a lone 一 makes it an ordinal (the last one),
// which the annotation does not count; 一 after 最后 and a comma, and a
// number other than a lone 一, still count.
func TestLastOne(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"书店成为本次义卖最后一家参展单位。", nil},
		{"最後一位義工在傍晚離開。", nil},
		{"最后一场比赛在周日举行，", nil},
		{"最后，一名志愿者为老人剪发。", []string{"一名 1 名 people [志愿者]"}},
		{"最后两名志愿者留下清扫。", []string{"两名 2 名 people [志愿者]"}},
	})
}

// TestPlaceAfterOne: a lone 一 + measure word followed by a noun and a
// word of [one_place_words] (上, 里) names where something is done, not a
// thing counted; an event (一场活动中), an online event (线上讲座, 网上直播)
// and a thing given still count.
func TestPlaceAfterOne(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"想了很久，一张卡片上只写了一句祝福。", nil},
		{"大家在一張大桌子上包餃子。", nil},
		{"大家围坐在一张方桌上包饺子，", nil},
		{"一間教室裡坐滿了長者。", nil},
		{"举办一场线上讲座，", []string{"一场 1 场 events"}},
		{"晚上举办一场网上直播，", []string{"一场 1 场 events"}},
		{"报名参加一场活动中的演出，", []string{"一场 1 场 events [活动]"}},
		{"为老人送去一张书桌，", []string{"一张 1 张 materials [书桌]"}},
	})
}
