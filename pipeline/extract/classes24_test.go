package extract

import "testing"

// TestTimesWithAMeasureWord: a measure word joined to 次 is one unit, the
// times counted (联动场馆120座次, 报道36条次, 服务乘客3万名次): the count
// is not cut before 次.
func TestTimesWithAMeasureWord(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"暑期联动各地天文馆120座次。", []string{"120座次 120 座次 other [天文馆]"}},
		{"暑期聯動各地天文館120座次。", []string{"120座次 120 座次 other [天文館]"}},
		{"媒体刊发新闻稿36条次。", []string{"36条次 36 条次 materials [新闻稿]"}},
		{"媒體刊發新聞稿36條次。", []string{"36條次 36 条次 materials [新聞稿]"}},
		{"志愿者在码头服务乘客超3万名次。", []string{"超3万名次 30000 名次 people a [乘客]"}},
		{"全年到校巡查15校次。", []string{"15校次 15 校次 events"}},
		{"为长者送出午餐900餐次。", []string{"900餐次 900 餐次 other [午餐]"}},
		{"护士为老人接种800剂次。", []string{"800剂次 800 剂次 other"}},
		{"广场南侧设有座位120座。", []string{"120座 120 座 other [座位]"}},
	})
}

// TestBoardPieces: 块 counts boards and signs, not yuan, after a board's
// word written 版 (展版, 版面) or 标志, with a total word or spaces between
// the word and its number (警示牌共15块, 展板 28 块), and before a thing
// named in Latin letters (3块LED屏); a price stays money.
func TestBoardPieces(t *testing.T) {
	tests := []struct {
		in    string
		money bool
	}{
		{"社区制作宣传展版6块，", false},
		{"社區製作宣傳展版6塊，", false},
		{"图书角更新版面12块。", false},
		{"圖書角更新版面12塊。", false},
		{"沿湖更换标志40余块，", false},
		{"沿河竖起提示牌共9块，", false},
		{"沿河豎起提示牌共9塊，", false},
		{"现场摆放展板 18 块，", false},
		{"广场上2块LED屏滚动播放短片。", false},
		{"廣場上2塊LED屏滾動播放短片。", false},
		{"一个纸杯5块，", true},
		{"一個紙杯5塊，", true},
		{"门票共9块，", true},
	}
	for _, tt := range tests {
		doc := numDoc(tt.in)
		ms, qs := numTest.FindMoney(doc), numTest.FindQuantities(doc, nil)
		if tt.money && (len(ms) != 1 || len(qs) != 0) || !tt.money && (len(ms) != 0 || len(qs) != 1) {
			t.Errorf("%q: money %v, quantities %v; want money %v", tt.in, ms, qs, tt.money)
		}
	}
	checkQuantityCases(t, []quantityCase{
		{"沿湖更换标志40余块，", []string{"40余块 40 块 goods a [标志]"}},
		{"沿河竖起提示牌共9块，", []string{"9块 9 块 materials [提示牌]"}},
	})
}

// TestJourneyLength: a length after 跨越, 行驶 or 里程 in its clause is a
// journey's, not work done; a road built or cleaned still counts.
func TestJourneyLength(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"捐出的书包跨越800多公里送到山区学校。", nil},
		{"捐出的書包跨越800多公里送到山區學校。", nil},
		{"流动书车全年行驶里程3万公里，", nil},
		{"流動書車全年行駛里程3萬公里，", nil},
		{"村里硬化道路3公里。", []string{"3公里 3 公里 other [硬化道路]"}},
	})
}

// TestSetPhrasesOfRound24: smoke rising all around (浓烟四起), a show that
// struck the audience (惊艳四座, 艳惊四座) and an old couple (老两口) count
// nothing; four cases (四起案件) and two wells dug (两口井) still count.
func TestSetPhrasesOfRound24(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"演练开始，楼道里浓烟四起，学生们弯腰撤离。", nil},
		{"演練開始，樓道裡濃煙四起，學生們彎腰撤離。", nil},
		{"孩子们的街舞惊艳四座。", nil},
		{"孩子們的街舞艷驚四座。", nil},
		{"志愿者帮老两口打扫院子。", nil},
		{"志願者幫老兩口打掃院子。", nil},
		{"民警破获诈骗案件四起。", []string{"四起 4 起 events [案件]"}},
		{"为村里打了两口井。", []string{"两口 2 口 other"}},
	})
}

// TestCountInsideAQuotedName: a count after more of a short quoted name or
// slogan counts nothing (“营养知识30条”, “三访三问”, “东扶百户、西扶千户”);
// a count alone in quotes and a quote that is speech still count.
func TestCountInsideAQuotedName(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区开展“营养知识30条”宣讲活动。", nil},
		{"社區開展「營養知識30條」宣講活動。", nil},
		{"驻村干部坚持“三访三问”工作法。", nil},
		{"驻村干部坚持「三訪三問」工作法。", nil},
		{"发起“东扶百户、西扶千户”助学行动。", nil},
		{"孩子们喊着“我想再拿5个！”", []string{"5个 5 个 other"}},
		{"活动吸引了“500人”参加。", []string{"500人 500 人 people"}},
	})
}

// TestTogetherAfterEach: a lone 一 + 起 is "together" even after a word of
// [one_each] in its clause (各族街坊围坐在一起, 每个家庭都团聚在一起); one
// item to each with another measure word still counts.
func TestTogetherAfterEach(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"中秋夜，各族街坊围坐在一起，品尝月饼。", nil},
		{"中秋夜，各族街坊圍坐在一起，品嚐月餅。", nil},
		{"让每个家庭都团聚在一起,共度佳节。", nil},
		{"讓每個家庭都團聚在一起,共度佳節。", nil},
		{"各族村民纷纷聚集一起跳起锅庄。", nil},
		{"每户一袋大米。", []string{"一袋 1 袋 goods [大米]"}},
	})
}

// TestOneRoleTaken: a lone 一名 or 一位 right after a verb of
// [one_role_verbs] (做, 作, 当, 争当) names the role one takes or means to,
// as after 成为 or 作为: an article, no person counted. An event done after
// 做 (一次) and a person doing something still count.
func TestOneRoleTaken(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"孩子们纷纷表示要争做一名护绿小使者。", nil},
		{"孩子們紛紛表示要爭做一名護綠小使者。", nil},
		{"长大后我想当一名兽医，", nil},
		{"長大後我想當一名獸醫，", nil},
		{"欢迎街坊报名作一位图书馆义工。", nil},
		{"我们鼓励青年争当一名河道守护人。", nil},
		{"医护人员周末为长者做一次义诊。", []string{"一次 1 次 events [义诊]"}},
		{"一名社工在做登记。", []string{"一名 1 名 people [社工]"}},
	})
}

// TestOneNoneLeftOut: a lone 一 + measure word right after 不让, 不能让,
// 不落 or 不漏 is a promise that none is left out (不让一名学生掉队), not
// one counted; 让 alone still lets one count.
func TestOneNoneLeftOut(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"确保不让一名学生因家境困难而中断学业。", nil},
		{"確保不讓一名學生因家境困難而中斷學業。", nil},
		{"绝不能让一位独居长者在寒夜里挨冻。", nil},
		{"絕不能讓一位獨居長者在寒夜裡挨凍。", nil},
		{"排查做到不落一户，", nil},
		{"登記做到不漏一戶，", nil},
		{"社区让一名志愿者陪同老人就医。", []string{"一名 1 名 people [志愿者]"}},
	})
}

// TestOneFigureVerb: a lone 一 + measure word right after 掀起 or 打响 (a
// wave stirred up, a battle begun) is a figure of speech whatever the noun
// after it, quoted or not; an event held still counts.
func TestOneFigureVerb(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者在小区里掀起了一场旧衣回收的热潮。", nil},
		{"志願者在小區裡掀起了一場舊衣回收的熱潮。", nil},
		{"这个夏天，全镇掀起一场“节水风暴”，", nil},
		{"街道打响了一场背街小巷整治的战役，", nil},
		{"街道打響了一場背街小巷整治的戰役，", nil},
		{"街道举办了一场整治动员会。", []string{"一场 1 场 events [整治动员会]"}},
	})
}
