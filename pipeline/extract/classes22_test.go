package extract

import "testing"

// TestKilometresAfterArabicDigits: 千 right after a number in Arabic digits
// and before 米 is the first rune of the unit 千米 (kilometres), not a
// thousand: 7.1千米 is 7.1 千米. After a Chinese numeral (两千米) it stays a
// thousand metres; 5千克 is read as before.
func TestKilometresAfterArabicDigits(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"今年新修村道4.5千米，清理沟渠12千米。", []string{"4.5千米 4.5 千米 other", "12千米 12 千米 other [清理沟渠]"}},
		{"今年新修村道4.5千米，清理溝渠12千米。", []string{"4.5千米 4.5 千米 other", "12千米 12 千米 other [清理溝渠]"}},
		{"清理河道两千米，", []string{"两千米 2000 米 other [清理河道]"}},
		{"清理河道兩千米，", []string{"兩千米 2000 米 other [清理河道]"}},
		{"发放大米5千克。", []string{"5千克 5 千克 goods [大米]"}},
	})
}

// TestCountsStartingSetPhrases: a numeral and a measure word that start a
// longer word gse tags a set phrase or an idiom (四件套/l, a set of bedding;
// 零部件/mq, parts) are part of it, as of a name (三门峡市/ns): no count. A
// count that starts a noun (十辆车/n) still counts.
func TestCountsStartingSetPhrases(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区为老人送去四件套和毛巾。", nil},
		{"社區為老人送去四件套和毛巾。", nil},
		{"汽车零部件厂商赞助了比赛。", nil},
		{"汽車零部件廠商贊助了比賽。", nil},
		{"司机们开着十辆车来到敬老院。", []string{"十辆 10 辆 goods [车]"}},
		{"司機們開著十輛車來到敬老院。", []string{"十輛 10 辆 goods [車]"}},
	})
}

// TestOneAfterWhenever: a lone 一 + measure word after 每当 (whenever) is
// the article of any one of them, as after 每到: no count. Without 每当 the
// person who acts still counts.
func TestOneAfterWhenever(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"每当一个节目结束时，老人们都热烈鼓掌。", nil},
		{"每當一個節目結束時，老人們都熱烈鼓掌。", nil},
		{"每当一位居民走进活动室，志愿者就递上热茶。", nil},
		{"每當一位居民走進活動室，志工就遞上熱茶。", nil},
		{"活动中，一位居民走进活动室。", []string{"一位 1 位 people [居民]"}},
	})
}
