package extract

import "testing"

// TestPeriodTally: a count of 次 after a word of [frequency_before] is a
// rhythm (每月一次) and no count, unless it is written as an approximate
// or vague figure — 近…, …余, 十几, 上百, …以上 — which tallies what the
// period holds (每年开展活动120余次) and counts (round 35). A lone 一 and
// a small figure (under ten) and an exact figure or range stay rhythms.
func TestPeriodTally(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"服务队每年开展助老活动80余次。", []string{"80余次 80 次 events a"}},
		{"服務隊每年開展助老活動80餘次。", []string{"80餘次 80 次 events a"}},
		{"她每年参加各类公益活动近60次。", []string{"近60次 60 次 events a [公益活动]"}},
		{"小组每年累计上门服务30次以上。", []string{"30次以上 30 次 events a"}},
		{"站点每年举办讲座十几次。", []string{"十几次 10~20 次 events a [讲座]"}},
		{"协会每年组织义诊上百次。", []string{"上百次 - 次 events v [义诊]"}},
		{"站点每月组织学习2次。", nil},
		{"志愿者每周一次以上上门探访。", nil},
		{"社区每年约两次组织体检。", nil},
		{"志愿者每周两次以上上门探访。", nil},
		{"社团每年组织三四次联谊。", nil},
	})
}
