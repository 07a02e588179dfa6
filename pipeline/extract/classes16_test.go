package extract

import "testing"

// Round 16 (issue 10): quantities of the read real-page sets fixed by
// class, on sentences of our own, in both scripts.

// TestKindsSummingAList: a count of kinds (种, 类) right after a list of as
// many items names the kinds just listed (线上和现场两种方式); after a list
// that ends with 等, or after a noun alone it counts.
func TestKindsSummingAList(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"居民可通过线上和现场两种方式报名。", nil},
		{"居民可通過線上和現場兩種方式報名。", nil},
		{"重点排查楼道、阳台、车棚三类隐患。", nil},
		{"重點排查樓道、陽台、車棚三類隱患。", nil},
		{"讲解厨余、可回收，、有害，、其他四类垃圾的投放要求，", nil},
		{"讲解厨余和其他垃圾等四类垃圾的投放要求，", []string{"四类 4 类 other [垃圾]"}},
		{"講解廚餘和其他垃圾等四類垃圾的投放要求，", []string{"四類 4 类 other [垃圾]"}},
		{"超市上架米、面、油等40余种商品，", []string{"40余种 40 种 other a [商品]"}},
		{"居民积极参与两类志愿服务，", []string{"两类 2 类 other [志愿服务]"}},
		{"订阅报刊32种，", []string{"32种 32 种 other [报刊]"}},
		{"訂閱報刊32種，", []string{"32種 32 种 other [報刊]"}},
	})
}

// TestOneAfterSpendingTime: a lone 一 + measure word after 度过 is a time
// spent (每户居民度过一个热闹的中秋节), not a thing counted, even where each
// gets one (每户, [one_each]).
func TestOneAfterSpendingTime(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"祝每户居民度过一个热闹的中秋节。", nil},
		{"祝每戶居民度過一個熱鬧的中秋節。", nil},
		{"每个孩子都度过了一个充实的寒假，", nil},
		{"为每户老人送去一个生日蛋糕，", []string{"一个 1 个 other [生日蛋糕]"}},
	})
}

// TestOneScenePainted: a lone 一 + measure word before a scene drawn as a
// picture (一幅温馨的景象, 一幅美好的图景) is a figure of speech; a picture
// made or shown still counts.
func TestOneScenePainted(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"广场上呈现出一幅热闹的景象。", nil},
		{"廣場上呈現出一幅熱鬧的景象。", nil},
		{"彩灯和笑脸描绘出一幅邻里和睦的图景。", nil},
		{"彩燈和笑臉描繪出一幅鄰里和睦的圖景。", nil},
		{"孩子们为老人画了一幅全家福，", []string{"一幅 1 幅 materials [全家福]"}},
	})
}

// TestPhaseOfEstateOrProject: a phase written before 小区, or in brackets
// before 项目 (一期小区, 整治（二期）项目), is an ordinal, not events held.
func TestPhaseOfEstateOrProject(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者在锦绣园一期小区开展义诊，", nil},
		{"志願者在錦繡園一期小區開展義診，", nil},
		{"队员参与河道整治（二期）项目，", nil},
		{"隊員參與河道整治（二期）項目，", nil},
		{"在小区举办培训班3期，", []string{"3期 3 期 events [培训班]"}},
	})
}

// TestFestivalsKeptTogether: 两节 or 三节 quoted alone, before 期间 or
// 前夕, or after 于 names festivals kept together (元旦 and 春节), not
// sessions; sessions counted still count.
func TestFestivalsKeptTogether(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区在“两节”期间走访困难家庭，", nil},
		{"社區在「兩節」期間走訪困難家庭，", nil},
		{"迎接“两节”的到来，", nil},
		{"两节前夕，志愿者上门慰问，", nil},
		{"兩節前夕，志願者上門慰問，", nil},
		{"理事长于三节亲自前往敬老院慰问，", nil},
		{"理事長於三節親自前往敬老院慰問，", nil},
		{"小组共开展活动8节，", []string{"8节 8 节 events"}},
		{"为孩子们上了两节美术课，", []string{"两节 2 节 events [美术课]"}},
	})
}

// TestOneInSpeech: a lone 一 + measure word inside a quoted sentence of
// someone's words is the article (“我想要一张新书桌，…”); a count in
// numerals there, and a lone 一 in a quoted name, are left to the other
// rules.
func TestOneInSpeech(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"小明说：“叔叔，我想借一张地图。”", nil},
		{"小明說：「叔叔，我想借一張地圖。」", nil},
		{"“爷爷，我们给您送上一张贺卡！”", nil},
		{"「爺爺，我們給您送上一張賀卡！」", nil},
		{"孩子们给爷爷送上一张贺卡，", []string{"一张 1 张 materials [贺卡]"}},
		{"组长说：“今天共走访了12户，大家辛苦了。”", []string{"12户 12 户 households"}},
		{"社区举办了一场“邻里一家亲”活动，", []string{"一场 1 场 events"}},
	})
}

// TestOneWithManyPhrase: a lone 一 + measure word read with 多 after it
// (一户多残, 一户多策: one X, many Y) is a set phrase, neither one nor about
// one; a count with 多 after it (三十多人) and a lone 一 before a word that
// starts with 多 (一名多才多艺的志愿者) are counts.
func TestOneWithManyPhrase(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"重点帮扶一户多残家庭，", nil},
		{"重點幫扶一戶多殘家庭，", nil},
		{"对困难家庭推行一户多策，", nil},
		{"對困難家庭推行一戶多策，", nil},
		{"共有三十多人参加，", []string{"三十多人 30 人 people a"}},
		{"活动来了一名多才多艺的志愿者。", []string{"一名 1 名 people [志愿者]"}},
	})
}
