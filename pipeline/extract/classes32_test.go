package extract

import "testing"

// TestGoodsByPotBowlAircraft: 壶, 碗 and 架 are measure words of goods and
// aircraft, and 篇次 counts articles per release as 人次 counts people
// (round 32); a lone 一 with them counts only as one item given to each,
// and 片 is no measure word (一片心意, 树木一片).
func TestGoodsByPotBowlAircraft(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"街道为每户低保家庭送去两壶食用油。", []string{"两壶 2 壶 goods [食用油]"}},
		{"街道為每戶低保家庭送去兩壺食用油。", []string{"兩壺 2 壶 goods [食用油]"}},
		{"志愿者为每位老人端上一碗汤圆。", []string{"一碗 1 碗 goods [汤圆]"}},
		{"两架飞机运来了口罩。", []string{"两架 2 架 other [飞机]"}},
		{"全年发布稿件15篇次。", []string{"15篇次 15 篇次 materials [稿件]"}},
		{"这份礼物代表了大家的一片心意。", nil},
		{"他端起一碗水喝了。", nil},
	})
}
