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
