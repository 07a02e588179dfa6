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

// TestWaterLevelsAndDepths: a length after 水位, 水深 or 水面下 (the level or
// depth of water), also across 达 or 达到 after such a word or after 高, 深,
// is a size, not work done; a length of channel cleared still counts.
func TestWaterLevelsAndDepths(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"凌晨河道水位超出警戒水位1.2米，", nil},
		{"縣城目前水位40.5米，漲勢較快。", nil},
		{"低洼路段积水水深达0.8米。", nil},
		{"低窪路段積水水深達0.8米。", nil},
		{"围墙高达3米。", nil},
		{"圍牆高達3米。", nil},
		{"队员下潜至水面下十几米搜寻。", nil},
		{"隊員下潛至水面下十幾米搜尋。", nil},
		{"村民清理水渠800米。", []string{"800米 800 米 other [村民清理水渠]"}},
		{"村民清理溝渠800米。", []string{"800米 800 米 other [村民清理溝渠]"}},
	})
}

// TestFrequenciesOfIssuesAndMonths: 期 counts how often as 次 does after a
// word of [frequency_before] (每季一期, 每天编辑一期), and 每个月, 每半个月 are
// such words (每个月上门一次): frequencies, no counts. Sessions held in a
// year still count.
func TestFrequenciesOfIssuesAndMonths(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"小区宣传栏坚持每季一期，", nil},
		{"社區宣傳欄堅持每季一期，", nil},
		{"志愿者每个月上门一次。", nil},
		{"志工每個月上門一次。", nil},
		{"医疗车每半个月到一个月开展一次义诊。", nil},
		{"醫療車每半個月到一個月開展一次義診。", nil},
		{"全年共举办培训班3期。", []string{"3期 3 期 events [培训班]"}},
		{"全年共舉辦培訓班3期。", []string{"3期 3 期 events [培訓班]"}},
	})
}

// TestOneThingGivenOutOrBrought: a lone 一 + measure word after 发放, 发出 or
// 带来 (verbs of giving out, sending or bringing, [one_setup_verbs]) counts
// the thing given, whatever its measure word; a figure of speech after them
// (带来了一份温暖) still does not.
func TestOneThingGivenOutOrBrought(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区给党员发放一套宣传手册，", []string{"一套 1 套 materials [宣传手册]"}},
		{"社區給黨員發放一套宣傳手冊，", []string{"一套 1 套 materials [宣傳手冊]"}},
		{"工会向全体职工发出一封倡议书。", []string{"一封 1 封 materials [倡议书]"}},
		{"工會向全體職工發出一封倡議書。", []string{"一封 1 封 materials [倡議書]"}},
		{"老师带来了一块化石标本，", []string{"一块 1 块 goods [化石标本]"}},
		{"老師帶來了一塊化石標本，", []string{"一塊 1 块 goods [化石標本]"}},
		{"志愿者为老人带来了一份温暖。", nil},
		{"志工為老人帶來了一份溫暖。", nil},
	})
}

// TestSquareMetresWrittenInTaiwan: 平方公尺 (square metres, as Taiwan writes
// them) is an area's measure word of its own, the whole unit in the span; an
// area counts only as work done ([area_work_words]), not as a place's size.
func TestSquareMetresWrittenInTaiwan(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志工完成綠美化面積約1,200平方公尺。", []string{"約1,200平方公尺 1200 平方公尺 other a [綠美化面積]"}},
		{"志工完成绿美化面积约1,200平方公尺。", []string{"约1,200平方公尺 1200 平方公尺 other a [绿美化面积]"}},
		{"活動中心面積約300平方公尺。", nil},
		{"活动中心面积约300平方公尺。", nil},
	})
}

// TestTripsMade: 趟 counts trips made (接站48趟, 巡逻超过700趟), events; 趟车
// is buses ridden (换了五趟车), no count.
func TestTripsMade(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全年巡逻超过700趟，", []string{"超过700趟 700 趟 events a"}},
		{"全年巡邏超過700趟，", []string{"超過700趟 700 趟 events a"}},
		{"他先后换了四趟车才到达活动地点。", nil},
		{"他先後換了四趟車才到達活動地點。", nil},
	})
}

// TestTelephoneCalls: 通 counts telephone calls, with a word of
// [call_words] in its clause before the number or right after the unit
// (电话问安2,160通, 全年问安3,012通, 打了三通电话); elsewhere it is a name's
// character (四通社区) and counts nothing.
func TestTelephoneCalls(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志工電話問安2,160通，", []string{"2,160通 2160 通 other [志工電話問安]"}},
		{"志愿者电话问安2,160通，", []string{"2,160通 2160 通 other [志愿者电话问安]"}},
		{"全年问安3,012通，", []string{"3,012通 3012 通 other [问安]"}},
		{"社工当天打了三通电话。", []string{"三通 3 通 other [电话]"}},
		{"社工當天打了三通電話。", []string{"三通 3 通 other [電話]"}},
		{"志愿者来到四通社区开展义诊。", nil},
		{"志工來到四通社區開展義診。", nil},
	})
}
