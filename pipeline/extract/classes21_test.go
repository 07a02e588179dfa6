package extract

import "testing"

// TestPeopleAfterRelativeClause: the people a count introduces are named
// after a relative clause ending in 的 even when the clause holds a number
// (住了四十多年的, 住在5楼的, 六年级的), and nouns of people ending in 姨, 婆,
// 爷, 奶, 孩 or 分子 are people heads; a relative clause of whom they
// served is still no object.
func TestPeopleAfterRelativeClause(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"一位在社区住了四十多年的老居民说：“真好。”", []string{"一位 1 位 people [老居民]"}},
		{"一位在社區住了四十多年的老居民說：「真好。」", []string{"一位 1 位 people [老居民]"}},
		{"一名六年级的小男孩写道：“我也要当志愿者。”", []string{"一名 1 名 people [小男孩]"}},
		{"一名六年級的小男孩寫道：「我也要當志工。」", []string{"一名 1 名 people [小男孩]"}},
		{"活动中，一位刚剪完头发的李奶奶笑着说：“真精神。”", []string{"一位 1 位 people [李奶奶]"}},
		{"一位獨居的林婆婆說：「好開心。」", []string{"一位 1 位 people [林婆婆]"}},
		{"一名参加活动的入党积极分子说：“很受教育。”", []string{"一名 1 名 people [入党积极分子]"}},
		{"12名为3个村的老人义诊的医生", []string{"12名 12 名 people", "3个 3 个 groups [村]"}},
	})
}

// TestApproxWordSpacedFromNumber: a word of [approx_before] and one space
// before the number (近 300 名, 超過 800 噸: a page that spaces its
// numbers) make the count approximate and belong to its span; 最近 stays
// "recently".
func TestApproxWordSpacedFromNumber(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"元宵节当晚，近 300 名居民来到广场。", []string{"近 300 名 300 名 people a [居民]"}},
		{"元宵節當晚，近 300 名居民來到廣場。", []string{"近 300 名 300 名 people a [居民]"}},
		{"食物银行每年处理超过 800 吨的物资。", []string{"超过 800 吨 800 吨 goods a"}},
		{"食物銀行每年處理超過 800 噸的物資。", []string{"超過 800 噸 800 吨 goods a"}},
		{"最近 3 名居民报名。", []string{"3 名 3 名 people [居民]"}},
	})
}

// TestKindergartenClasses: 班 after 大, 中 or 小 and a number, with more of
// the clause after it, names a kindergarten's class; classes opened still
// count, and so does 两班.
func TestKindergartenClasses(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"大二班表演的节目是合唱。", nil},
		{"大二班表演的節目是合唱。", nil},
		{"小三班把捐款全部用来买棉衣。", nil},
		{"小三班把捐款全部用來買棉衣。", nil},
		{"幼儿园今年开设小班3班，", []string{"3班 3 班 groups [小班]"}},
		{"孩子们分大小两班进行比赛。", []string{"两班 2 班 groups"}},
	})
}
