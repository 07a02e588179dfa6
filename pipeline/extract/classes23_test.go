package extract

import "testing"

// TestPartsWrittenOut: N个方面 and N个部分 count the parts an activity or a
// report is given in when the parts are written out, listed before the
// count in its clause or after a colon that closes it; aspects named
// alone (主要从三个方面入手) and a lone 几 or 多 count nothing.
func TestPartsWrittenOut(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"队员们围绕义剪、测血压、修家电等三个方面为居民服务。", []string{"三个 3 个 other [方面]"}},
		{"隊員們圍繞義剪、測血壓、修家電等三個方面為居民服務。", []string{"三個 3 个 other [方面]"}},
		{"这次义诊分为两个部分：先做体检，再开讲座。", []string{"两个 2 个 other [部分]"}},
		{"這次義診分為兩個部分：先做體檢，再開講座。", []string{"兩個 2 个 other [部分]"}},
		{"课程共有4个方面:", []string{"4个 4 个 other [方面]"}},
		{"社工主要从三个方面入手，陪伴独居老人。", nil},
		{"社工主要從三個方面入手，陪伴獨居老人。", nil},
		{"咨询涉及租房、就业等多个方面。", nil},
		{"做了以下几个方面的工作：", nil},
		{"活动分为两个部分，参与者自由选择。", nil},
	})
}

// TestBareHundredsOfPeople: a bare 百 or 千 right before 名 is a round
// count of people (调集千名青年, 第一批百名小讲解员); with 上 before it the
// count stays vague, and other bare multipliers (万人签名, 百家宴) and a
// quoted name (“百名好人”) are names.
func TestBareHundredsOfPeople(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"团市委调集千名青年参与植绿。", []string{"千名 1000 名 people [青年]"}},
		{"團市委調集千名青年參與植綠。", []string{"千名 1000 名 people [青年]"}},
		{"博物馆为第一批百名小讲解员颁发证书。", []string{"百名 100 名 people [小讲解员]"}},
		{"博物館為首批百名小講解員頒發證書。", []string{"百名 100 名 people [小講解員]"}},
		{"上百名居民观看了演出。", []string{"上百名 - 名 people v [居民]"}},
		{"社区表彰了“百名好人”。", nil},
		{"街心花园举办万人签名活动。", nil},
		{"重阳节摆起百家宴。", nil},
	})
}

// TestItemsOfNamedTaskList: a lone 一 in the sentence after a quoted name
// of a list of tasks (“四个一”) is one of the list's items, a target, not
// a count, also when the items are parted by ；; a lone 一 in a later
// sentence counts as before.
func TestItemsOfNamedTaskList(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"支部推行“四个一”行动：组织一次义诊、上一节党课、举办一场讲座、走访一户老人。", nil},
		{"支部推行「四個一」行動：組織一次義診、上一節黨課、舉辦一場講座、走訪一戶老人。", nil},
		{"开展“两个一”服务，即结对一名孩子；组织参观一次科技馆。", nil},
		{"支部推行“三个一”行动。月底举办了一场讲座。", []string{"一场 1 场 events [讲座]"}},
		{"支部推行“三个一”行动。\n举办了一场讲座，", []string{"一场 1 场 events [讲座]"}},
		{"月底举办了一场讲座，", []string{"一场 1 场 events [讲座]"}},
	})
}

// TestFamilyOfAPerson: a lone 一 + 家 right after a person's name or a
// word of [family_before] (他们, 先生, 女士) is that person's family, not
// one household or organisation counted; a shop or an agency after 一家
// still counts, and so does the family's size.
func TestFamilyOfAPerson(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"网格员上门看望了他们一家，", nil},
		{"網格員上門看望了他們一家，", nil},
		{"社工探访了林先生一家，了解其需要。", nil},
		{"社工探訪了林先生一家，了解其需要。", nil},
		{"王女士一家五口搬进了新居。", []string{"五口 5 口 other"}},
		{"王女士一家五口搬進了新居。", []string{"五口 5 口 other"}},
		{"街道引进了一家养老机构，", []string{"一家 1 家 groups [养老机构]"}},
		{"街道引進了一家養老機構，", []string{"一家 1 家 groups [養老機構]"}},
	})
}

// TestWholeDayHours: 24 hours with no total word in the clause is round
// the clock (24小时值守, 24小时热线), not hours of service added up; a total
// of 24 hours (累计服务24小时) and other totals still count.
func TestWholeDayHours(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"汛期社区志愿者实行24小时轮班值守服务。", nil},
		{"汛期社區志工實行24小時輪班值守服務。", nil},
		{"中心开通24小时志愿服务热线，", nil},
		{"志愿者累计服务24小时。", []string{"24小时 24 小时 hours"}},
		{"志工累計服務24小時。", []string{"24小時 24 小时 hours"}},
		{"全年志愿服务时长240小时。", []string{"240小时 240 小时 hours"}},
	})
}

// TestEachTime: a lone 一 after 每 + a verb in its clause (每遇见一位,
// 每敲开一户) is "each time", an article, not one item given to each; 每
// before a person or a thing (每人结对一名老人, 每户一袋米) still counts.
func TestEachTime(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"队员们每遇见一位老人就递上一张卡片，", []string{"一张 1 张 materials [卡片]"}},
		{"隊員們每遇見一位老人就遞上一張卡片，", []string{"一張 1 张 materials [卡片]"}},
		{"书记每敲开一户，都仔细询问水电情况。", nil},
		{"書記每敲開一戶，都仔細詢問水電情況。", nil},
		{"老师每讲完一个步骤，都请学员练一遍。", nil},
		{"志愿者每人结对一名老人。", []string{"一名 1 名 people [老人]"}},
		{"志願者每人結對一名老人。", []string{"一名 1 名 people [老人]"}},
		{"给每户送去一袋大米。", []string{"一袋 1 袋 goods [大米]"}},
	})
}

// TestMaskedNumbers: a bracketed ellipsis (〔…〕) masks a whole number as
// × and * mask digits; masked numbers count with goods' and land's
// measure words (***双, ××亩, 〔…〕公里) and with 万 (近××万人). A masked
// name (××家园) and an ellipsis alone still count nothing.
func TestMaskedNumbers(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全年帮扶〔…〕户困难家庭。", []string{"〔…〕户 - 户 households r [困难家庭]"}},
		{"全年幫扶〔…〕戶困難家庭。", []string{"〔…〕戶 - 户 households r [困難家庭]"}},
		{"修缮村道〔…〕公里，", []string{"〔…〕公里 - 公里 other r"}},
		{"备有手套***双、扫帚***把。", []string{"***双 - 双 goods r [手套]", "***把 - 把 goods r [扫帚]"}},
		{"備有手套***雙、掃帚***把。", []string{"***雙 - 双 goods r [手套]", "***把 - 把 goods r [掃帚]"}},
		{"全镇常住人口近××万人。", []string{"近××万人 - 人 people ar [常住人口]"}},
		{"全鎮常住人口近××萬人。", []string{"近××萬人 - 人 people ar [常住人口]"}},
		{"入住××家园的老人", nil},
		{"大家说……人人都来帮忙。", nil},
	})
}

// TestPlaceBeforeOne: a lone 一 + 家 right after a place's name (南京一家,
// a foreign place with its name in brackets: 维罗纳省(Verona)一家) is a
// news report's "a shop in …", not one organisation counted; 辖区一家药店
// and 引进了一家机构 still count.
func TestPlaceBeforeOne(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"南京一家面包店向环卫工人赠送了早餐。", nil},
		{"南京一家麵包店向環衛工人贈送了早餐。", nil},
		{"维罗纳省(Verona)一家华人餐馆捐出了手套。", nil},
		{"維羅納省(Verona)一家華人餐館捐出了手套。", nil},
		{"社工走访了辖区一家药店，", []string{"一家 1 家 groups [药店]"}},
		{"社工走訪了轄區一家藥店，", []string{"一家 1 家 groups [藥店]"}},
	})
}
