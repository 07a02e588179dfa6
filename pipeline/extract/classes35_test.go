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

// TestPlaceLength: a length of [dimension_units] counts as work done only
// with a word of [area_work_words] or [length_work_words] in the sentence
// before it or its clause after it (round 35): where a place lies, a
// route's or journey's length, a queue's or a thing's size count nothing.
func TestPlaceLength(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"这个小村位于镇政府西南约15公里的山坳里。", nil},
		{"這個小村位於鎮政府西南約15公里的山坳裡。", nil},
		{"队员们乘坐轮椅沿湖滑行2公里。", nil},
		{"从学校到山脚下那40多公里的路，大家一路说笑。", nil},
		{"一路向西，6000多公里行程，大家都很累。", nil},
		{"门口排起了200多米的长队。", nil},
		{"墙上贴着高三米、长五米的值班表。", nil},
		{"健步走路线从广场出发，终点设在公园，共4公里。", nil},
		{"志愿者们当天清理河道800米。", []string{"800米 800 米 other [清理河道]"}},
		{"全年巡查河岸约50公里。", []string{"约50公里 50 公里 other a"}},
		{"每组负责约300米岸线。", []string{"约300米 300 米 other a"}},
		{"村里今年硬化村道3.5公里。", []string{"3.5公里 3.5 公里 other"}},
	})
}
