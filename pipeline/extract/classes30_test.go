package extract

import "testing"

// TestGoodsAndMaterialsKinds: 袋 and 套 count goods (a bag of flour, a
// set of desks); 份 counts printed things (materials, the table's kind)
// unless its object is a thing given — a gift, a prize, a pack, a meal —
// which is goods; books counted in 册 or 本 keep the table's kind,
// materials, and so do handbooks in a 套 (round 30).
func TestGoodsAndMaterialsKinds(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者搬来面粉六袋。", []string{"六袋 6 袋 goods [面粉]"}},
		{"誌願者搬來麵粉六袋。", []string{"六袋 6 袋 goods [麵粉]"}},
		{"学校添置了12套课桌椅。", []string{"12套 12 套 goods [课桌椅]"}},
		{"學校添置了12套課桌椅。", []string{"12套 12 套 goods [課桌椅]"}},
		{"社区印发了45套防汛手册。", []string{"45套 45 套 materials [防汛手册]"}},
		{"社區印發了45套防汛手冊。", []string{"45套 45 套 materials [防汛手冊]"}},
		{"活动共发出问卷70份。", []string{"70份 70 份 materials [问卷]"}},
		{"活動共發出問卷70份。", []string{"70份 70 份 materials [問卷]"}},
		{"现场送出纪念品35份。", []string{"35份 35 份 goods [纪念品]"}},
		{"現場送出紀念品35份。", []string{"35份 35 份 goods [紀念品]"}},
		{"义工备好了80份午餐。", []string{"80份 80 份 goods [午餐]"}},
		{"義工備好了80份午餐。", []string{"80份 80 份 goods [午餐]"}},
		{"给独居老人送去9份暖冬礼包。", []string{"9份 9 份 goods [暖冬礼包]"}},
		{"給獨居老人送去9份暖冬禮包。", []string{"9份 9 份 goods [暖冬禮包]"}},
		{"读书角新添儿童读物150册。", []string{"150册 150 册 materials [儿童读物]"}},
		{"讀書角新添兒童讀物150冊。", []string{"150冊 150 册 materials [兒童讀物]"}},
		{"企业捐出书籍60本。", []string{"60本 60 本 materials [书籍]"}},
		{"企業捐出書籍60本。", []string{"60本 60 本 materials [書籍]"}},
	})
}

// TestPeopleObjectCutAfterHead: a people object runs to its last noun of
// people when a word that names no people follows it (热情, 平均年龄, 人数,
// 送温暖); a tail of one rune, a list, a quoted name and a one-rune noun
// of people keep the object whole (round 30, second wave).
func TestPeopleObjectCutAfterHead(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"当天有200余位村民热情参与。", []string{"200余位 200 位 people a [村民]"}},
		{"當天有200余位村民熱情參與。", []string{"200余位 200 位 people a [村民]"}},
		{"这次走访的5位志愿军老兵平均年龄近九十岁。", []string{"5位 5 位 people [志愿军老兵]"}},
		{"报名的青年人数120余人次。", []string{"120余人次 120 人次 people a [青年]"}},
		{"他们为9位老人送温暖。", []string{"9位 9 位 people [老人]"}},
		{"街道请来4位老同志讲党课。", []string{"4位 4 位 people [老同志]"}},
		{"夏令营招收了40名务工人员子女。", []string{"40名 40 名 people [务工人员子女]"}},
	})
}
