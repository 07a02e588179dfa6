package extract

import "testing"

// TestObjectPastBoundAttribute: a bound written with no 的 between the
// measure word and the counted noun (90岁以上, 65周岁以上, 三星级以上) is
// passed: the noun after it is the object (round 31).
func TestObjectPastBoundAttribute(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"街道为40名80岁以上独居老人送去棉被。", []string{"40名 40 名 people [独居老人]"}},
		{"街道為40名80歲以上獨居老人送去棉被。", []string{"40名 40 名 people [獨居老人]"}},
		{"义诊覆盖了300余名65周岁以上村民。", []string{"300余名 300 名 people a [村民]"}},
		{"公司给12名五星级以上义工送上证书。", []string{"12名 12 名 people [义工]"}},
		{"共有8位70岁以下的队员参加。", []string{"8位 8 位 people [队员]"}},
		{"活动吸引了20名18岁以上。", []string{"20名 20 名 people"}},
	})
}

// TestAreaWorkAfter: an area is work done when a word of
// [area_work_words] follows it in its clause (对游园80平方米的旧地面进行
// 翻新, 二期2万平方米仓库建设即将完工), or when 建造 comes before it; an area
// with no such word in its clause after stays the size of a place, even
// where the next clause says something was added (round 31).
func TestAreaWorkAfter(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区对游园80平方米的旧地面进行翻新。", []string{"80平方米 80 平方米 other [游园]"}},
		{"社區對遊園80平方米的舊地面進行翻新。", []string{"80平方米 80 平方米 other [遊園]"}},
		{"二期2万平方米仓库建设即将完工。", []string{"2万平方米 20000 平方米 other [仓库]"}},
		{"完成签约2万平米、拆除1万平米。", []string{"2万平米 20000 平米 other", "1万平米 10000 平米 other"}},
		{"村里为老人建造300平方米的活动广场。", []string{"300平方米 300 平方米 other"}},
		{"阅览室面积约60平方米，今年新增图书500册。", []string{"500册 500 册 materials [图书]"}},
		{"驿站面积约30平方米，配有冰箱。", nil},
		{"新落成的服务中心建筑面积900平方米，设有活动室。", nil},
	})
}

// TestPlaceNamedWithMeasureWord: a numeral and a measure word that counts
// no places (期 条 门), a place word of its [not_count_after] line right
// after (院落 小院 寨), are a place's name, not a count (round 31); counts
// of places with 个 家 所 and a 社区 or 小区 after still count.
func TestPlaceNamedWithMeasureWord(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者走进南湖一期院落，为老人打扫房间。", nil},
		{"志願者走進南湖一期院落，為老人打掃房間。", nil},
		{"柳巷三条小院议事会今天开会。", nil},
		{"石门乡五门寨的党员来到长者家中。", nil},
		{"石門鄉五門寨的黨員來到長者家中。", nil},
		{"活动覆盖了5个社区和2个小区。", []string{"5个 5 个 groups [社区]", "2个 2 个 other [小区]"}},
		{"本期共开设3期课程。", []string{"3期 3 期 events [课程]"}},
	})
}
