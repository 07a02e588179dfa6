package extract

import "testing"

// TestParallelSloganPhrases: a lone 一 and its measure word ending a
// phrase next to another such phrase across one mark (排查一处、整改一处),
// in quotes or not, after a clause's longer opening or not, with the same
// measure word or not (不落一户、不漏一人), are a slogan's parallel phrases
// when a verb or an adjective stands before one of the two 一; goods listed
// so after nouns (大米一袋、面粉一袋) still count.
func TestParallelSloganPhrases(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区做到排查一处、整改一处、销号一处，确保安全。", nil},
		{"社區做到排查一處、整改一處、銷號一處，確保安全。", nil},
		{"网格员坚持“上门一户、登记一户、回访一户”。", nil},
		{"網格員堅持「上門一戶、登記一戶、回訪一戶」。", nil},
		{"我们努力做到看见一处、打扫一处，不留死角。", nil},
		{"我們努力做到看見一處、打掃一處，不留死角。", nil},
		{"排查时做到不落一户、不漏一人。", nil},
		{"排查時做到不落一戶、不漏一人。", nil},
		{"给老人送去大米一袋、面粉一袋。", []string{"一袋 1 袋 goods [大米]", "一袋 1 袋 goods [面粉]"}},
		{"給老人送去大米一袋、麵粉一袋。", []string{"一袋 1 袋 goods [大米]", "一袋 1 袋 goods [麵粉]"}},
	})
}

// TestSpacedBigMultiplier: a space between an Arabic digit and 万 or 亿
// (2.5 万余人, 12 萬345 人次, a text copied from a PDF) keeps the number
// one run; a space elsewhere still ends it.
func TestSpacedBigMultiplier(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全区登记老人 2.5 万余人。", []string{"2.5 万余人 25000 人 people a [老人]"}},
		{"全區登記長者 2.5 萬餘人。", []string{"2.5 萬餘人 25000 人 people a [長者]"}},
		{"全年服务12 万345 人次。", []string{"12 万345 人次 120345 人次 people"}},
		{"全年服務12 萬345 人次。", []string{"12 萬345 人次 120345 人次 people"}},
	})
}

// TestAddressWhereLiving: a group or a building number right after 住
// (家住3组) or a building number after 在 (在12栋门前) says where someone
// lives or something is; buildings visited still count.
func TestAddressWhereLiving(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"家住3组的李大爷拉着志愿者的手。", nil},
		{"家住3組的李大爺拉著志工的手。", nil},
		{"义诊在12栋门前举行。", nil},
		{"義診在12棟門前舉行。", nil},
		{"志愿者走访了5栋居民楼。", []string{"5栋 5 栋 other [居民楼]"}},
	})
}

// TestSampleTexts: 篇 right after 总结, 范文 or 汇集 (an opening bracket or
// a space between) and before a space, a closing bracket or the line's
// end is a document site's offer of sample texts; texts written still
// count.
func TestSampleTexts(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区重阳节活动总结 3篇 WORD版\n", nil},
		{"社區重陽節活動總結 3篇 WORD版\n", nil},
		{"志愿服务活动总结(汇集八篇)\n", nil},
		{"志願服務活動總結(匯集八篇)\n", nil},
		{"社区撰写活动总结3篇，报送街道。", []string{"3篇 3 篇 materials [总结]"}},
	})
}

// TestFiguresOfSpeechPlacesAndNets: 盛景 (a splendid sight) and 安全网 (a
// safety net) after a lone 一 + measure word are figures of speech, as
// 风景线 and 纽带 are; a net or a picture given still counts.
func TestFiguresOfSpeechPlacesAndNets(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"歌声和笑声绘就了一幅山村盛景。", nil},
		{"歌聲和笑聲繪就了一幅山村盛景。", nil},
		{"志愿者为独居老人织起一张温暖的邻里安全网。", nil},
		{"志工為獨居長者織起一張溫暖的鄰里安全網。", nil},
		{"孩子们向老人赠送了一幅书法作品。", []string{"一幅 1 幅 materials [书法作品]"}},
	})
}

// TestStations: 站 after a number counts stations (共设置23站, 成立近400站);
// 一站式 stays a set phrase.
func TestStations(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全市共设置23站。", []string{"23站 23 站 groups"}},
		{"全市共設置23站。", []string{"23站 23 站 groups"}},
		{"基金会已成立近400站。", []string{"近400站 400 站 groups a"}},
		{"中心提供“一站式”服务。", nil},
	})
}

// TestEstatePhase: 期 right after an estate's name ending in 苑 or 园
// (锦绣苑一期, 桃李园一期南门) numbers a phase of the estate; sessions held
// still count.
func TestEstatePhase(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者在锦绣苑一期、锦绣苑三期开展宣传。", nil},
		{"志工在錦繡苑一期、錦繡苑三期開展宣傳。", nil},
		{"服务点设在桃李园一期南门。", nil},
		{"服務點設在桃李園一期南門。", nil},
		{"社区举办培训班3期。", []string{"3期 3 期 events [培训班]"}},
	})
}

// TestTogetherAfterCompanion: 一起 and 一道 after a companion in their
// clause (和老人一起, 与网格员一道) are "together", never one item given to
// each, even after 每; one item to each still counts (每组准备一道菜).
func TestTogetherAfterCompanion(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"每位志愿者和老人一起包饺子。", nil},
		{"每位志願者和長者一起包餃子。", nil},
		{"每户居民都与网格员一道清理楼道。", nil},
		{"每戶居民都與網格員一道清理樓道。", nil},
		{"每组准备一道菜，", []string{"一道 1 道 goods [菜]"}},
		{"每組準備一道菜，", []string{"一道 1 道 goods [菜]"}},
	})
}
