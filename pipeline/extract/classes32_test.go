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

// TestWeightVolumeSongTableUnits: kg and the squared sign ㎏ weigh goods as
// 公斤 does, 公升 measures them as 升 does, 曲 counts pieces sung or played
// and 席 the tables of a banquet (round 32, written after reading every read
// set's misses); a lone 一 with 曲 or 席 is no count (一曲终了, 一席之地).
func TestWeightVolumeSongTableUnits(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"共回收旧电池2kg，旧衣物12.5KG。", []string{"2kg 2 kg goods [旧电池]", "12.5KG 12.5 KG goods [旧衣物]"}},
		{"回收废旧电池5㎏。", []string{"5㎏ 5 ㎏ goods [废旧电池]"}},
		{"为敬老院送去花生油60公升。", []string{"60公升 60 公升 goods [花生油]"}},
		{"志愿者为老人们唱了两曲粤剧。", []string{"两曲 2 曲 other [粤剧]"}},
		{"重阳午宴共开30席。", []string{"30席 30 席 other"}},
		{"一曲终了，掌声响起。", nil},
		{"让志愿服务在社区占有一席之地。", nil},
		{"门牌号为5kgw的仓库", nil},
	})
}

// TestSpacesInsideACount: a space (ASCII or ideographic) between a Chinese
// digit and its multiplier, between a numeral and a mark of
// [approx_after_number], or before the measure word does not break the
// count, and the span keeps the text as written (round 32, written after
// reading every read set's misses); two numbers a space apart stay two.
func TestSpacesInsideACount(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全年举办了八 十二次健康讲座。", []string{"八 十二次 82 次 events [健康讲座]"}},
		{"全年举办了八\u3000十二次健康讲座。", []string{"八\u3000十二次 82 次 events [健康讲座]"}},
		{"服务队现有队员 230 多 人。", []string{"230 多 人 230 人 people a [队员]"}},
		{"服务队现有队员 230多 名。", []string{"230多 名 230 名 people a [队员]"}},
		{"这个小组一共有五 个人。", []string{"五 个 5 个 people [人]"}},
		{"这个小组一共有五\u3000个人。", []string{"五\u3000个 5 个 people [人]"}},
		{"得分依次为三 五 八分。", nil},
		{"活动共分五十 五个小组进行。", []string{"五个 5 个 groups [小组]"}},
		{"报名 12 35人", []string{"35人 35 人 people"}},
	})
}

// TestBuildingAndGateNumbers: a number before 栋, 幢 or 门 names a building
// or a gate, not a count, when a place word follows (3幢旁边, 8栋楼下) or
// when it is written in Arabic digits after a direction (东3门) or a
// numbered part of an address (B2区5栋) (round 32, written after reading
// every read set's misses); buildings counted still count (新建3栋楼, 共5幢).
func TestBuildingAndGateNumbers(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"3幢旁边新修了两个凉亭。", []string{"两个 2 个 other [凉亭]"}},
		{"居民们在8栋楼下集合。", nil},
		{"游客从东3门进入公园。", nil},
		{"遊客從東3門進入公園。", nil},
		{"志愿者们来到B2区5栋看望独居老人。", nil},
		{"今年新建了3栋楼。", []string{"3栋 3 栋 other"}},
		{"小区共5幢，住户300户。", []string{"5幢 5 幢 other [小区]", "300户 300 户 households [住户]"}},
		{"学校开设了三门课程。", []string{"三门 3 门 events [课程]"}},
	})
}

// TestEnumeratedNeighbourRange: two neighbouring digits joined by 、 after a
// word are one range, as 五六个 is (round 32, written after reading every
// read set's misses): 4、5个 is four or five, 三、四千份 three to four
// thousand. Not an ordinal (第一、二名), not a list (1、2、3个), not an item's
// number at a line's start, not digits that are no neighbours.
func TestEnumeratedNeighbourRange(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社工一个下午能走访4、5个家庭。", []string{"4、5个 4~5 个 households [家庭]"}},
		{"今年她已经参加过八、九次义诊。", []string{"八、九次 8~9 次 events [义诊]"}},
		{"街道印发了三、四千份宣传单。", []string{"三、四千份 3000~4000 份 materials [宣传单]"}},
		{"比赛决出了第一、二名。", nil},
		{"问题编号为1、2、3个。", []string{"3个 3 个 other"}},
		{"4、5个小组轮流值班", []string{"5个 5 个 groups [小组]"}},
		{"分成2、5个小组", []string{"5个 5 个 groups [小组]"}},
	})
}
