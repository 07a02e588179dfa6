package extract

import "testing"

// TestStatedLength: a length written right after 长 (全长, 总长, 线长,
// across 达 or 约) that ends its clause states how long a thing is, no
// count; a length before its noun (铺设长4.8公里的水泥路), one after work
// done in its clause (清理河道长1公里，) and one after a word that adds
// to a length (延长300米，) stay counts.
func TestStatedLength(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"这条堤坝长约800米，建于上世纪七十年代。", nil},
		{"這條堤壩長約800米，建於上世紀七十年代。", nil},
		{"新修的环湖步道全长2.6公里。", nil},
		{"新修的環湖步道全長2.6公里。", nil},
		{"该村的河岸线长达3公里、宽40米，常有游人。", nil},
		{"該村的河岸線長達3公里、寬40米，常有遊人。", nil},
		{"巡线员负责的线路总长12公里\n", nil},
		{"志愿者铺设长4.8公里的水泥路。", []string{"4.8公里 4.8 公里 other"}},
		{"志願者鋪設長4.8公里的水泥路。", []string{"4.8公里 4.8 公里 other"}},
		{"党员们清理河道长1公里，捞出垃圾。", []string{"1公里 1 公里 other"}},
		{"今年步道又延长300米，方便晨练。", []string{"300米 300 米 other"}},
		{"今年步道又延長300米，方便晨練。", []string{"300米 300 米 other"}},
	})
}

// TestSpacedOrdinal: a page that sets its numbers off with spaces writes
// its ordinals so too (第 12 届, 第 17个, 第 8 期): 第 before the space
// makes the number an ordinal, no count, as 第12届 is; a spaced count
// with no 第 before it stands.
func TestSpacedOrdinal(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"今天是全市第 12 届邻里节，社区组织了游园会。", nil},
		{"今天是全市第 12 屆鄰里節，社區組織了遊園會。", nil},
		{"迎来第 17个“街坊睦邻日”。", nil},
		{"迎來第 17個「街坊睦鄰日」。", nil},
		{"本刊第 8 期\n", nil},
		{"共有 45 名居民参加。", []string{"45 名 45 名 people [居民]"}},
		{"共有 45 名居民參加。", []string{"45 名 45 名 people [居民]"}},
	})
}

// TestSidesOfAPlace: 面 right before 环, 靠 or 与 counts the sides of a
// place (三面环山, 四面靠水, 三面与邻县接壤), as before 临, no count; flags
// counted with 面 stand.
func TestSidesOfAPlace(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"这个小山村三面环山，只有一条出村的路。", nil},
		{"這個小山村三面環山，只有一條出村的路。", nil},
		{"湖心的渔场四面靠水。", nil},
		{"该镇三面与邻县接壤，集市热闹。", nil},
		{"該鎮三面與鄰縣接壤，集市熱鬧。", nil},
		{"家长送来两面锦旗。", []string{"两面 2 面 materials [锦旗]"}},
	})
}

// TestNamesWithNumbers: a national health leaflet known by its number of
// articles (健康素养66条) and a local feast day (拗九节) are names whose
// numerals count nothing; copies of the leaflet handed out still count.
func TestNamesWithNumbers(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"医生给村民讲解健康素养66条，答疑半小时。", nil},
		{"醫生給村民講解健康素養66條，答疑半小時。", nil},
		{"正月廿九拗九节，社工陪老人煮甜粥。", nil},
		{"正月廿九拗九節，社工陪老人煮甜粥。", nil},
		{"发放《健康素养66条》手册120本。", []string{"120本 120 本 materials [手册]"}},
	})
}

// TestFloorArea: an area right after 建筑面积 (总建筑面积, across 达 or
// 约) is a building's floor space, no count, even where its sentence says
// the building was put up; an area of work done still counts.
func TestFloorArea(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"合作社建成建筑面积800平方米的冷库。", nil},
		{"合作社建成建築面積800平方米的冷庫。", nil},
		{"新建的养老院总建筑面积约1.2万平方米，设床位300张。", []string{"300张 300 张 materials [床位]"}},
		{"新建的養老院總建築面積約1.2萬平方米，設床位300張。", []string{"300張 300 张 materials [床位]"}},
		{"志愿者清理广场积雪1500平方米。", []string{"1500平方米 1500 平方米 other [清理广场积雪]"}},
	})
}

// TestRaceLengths: a length that names a race or a walk ([race_words]) is a
// distance, not work done — the race word after it, across at most two Han
// characters (3公里环湖健步走), right before it (趣味跑2公里), or after a
// later length of the same list (设60米、200米、4×50米接力: a sports day's
// events). A list of lengths of work done stays counted.
func TestRaceLengths(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"工会组织职工开展3公里环湖健步走。", nil},
		{"工會組織職工開展3公里環湖健步走。", nil},
		{"活动设趣味跑2公里、亲子骑行5公里，八十名职工报名。", []string{"八十名 80 名 people [职工]"}},
		{"活動設趣味跑2公里、親子騎行5公里，八十名職工報名。", []string{"八十名 80 名 people [職工]"}},
		{"小学运动会设60米、200米、立定跳远、4×50米接力等项目。", nil},
		{"小學運動會設60米、200米、立定跳遠、4×50米接力等項目。", nil},
		{"党员们清理水渠200米、河道1公里，捞出杂物。", []string{"200米 200 米 other [清理水渠]", "1公里 1 公里 other [河道]"}},
		{"黨員們清理水渠200米、河道1公里，撈出雜物。", []string{"200米 200 米 other [清理水渠]", "1公里 1 公里 other [河道]"}},
	})
}
