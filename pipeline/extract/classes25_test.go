package extract

import "testing"

// TestSuchAnArticle: 这样 before a lone 一 + measure word is "such a",
// pointing at what the sentence describes (这样一场…运动会, 有这样一所小学),
// not one counted; a one-off event held still counts.
func TestSuchAnArticle(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"大家都说，这样一场热闹的拔河赛很少见。", nil},
		{"大家都說，這樣一場熱鬧的拔河賽很少見。", nil},
		{"在山脚下，有这样一所学生不多的小学。", nil},
		{"在山腳下，有這樣一所學生不多的小學。", nil},
		{"社区举办了一场插花讲座。", []string{"一场 1 场 events [插花讲座]"}},
	})
}

// TestHolidaySpent: a lone 一 + measure word after 过上 (过上一个…春节) or
// before 佳节 (过一个…的中秋佳节) is a feast day spent, not a thing counted.
func TestHolidaySpent(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"为了让孤寡老人过上一个热闹的元宵节，社工提前布置了活动室。", nil},
		{"為了讓孤寡老人過上一個熱鬧的元宵節，社工提前佈置了活動室。", nil},
		{"让每户困难家庭都能过一个团圆、安稳的端午佳节。", nil},
		{"讓每戶困難家庭都能過一個團圓、安穩的端午佳節。", nil},
		{"志愿者给每户送去一袋大米。", []string{"一袋 1 袋 goods [大米]"}},
	})
}

// TestPictureDrawnOrNetWoven: a lone 一 + measure word right after a verb
// that draws a picture or weaves a net (绘就一幅…画卷, 织就一张…防护网,
// 编织一张…的网) is a figure of speech, no thing made.
func TestPictureDrawnOrNetWoven(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者们用双手绘就一幅邻里和睦的新图画。", nil},
		{"志願者們用雙手繪就一幅鄰里和睦的新圖畫。", nil},
		{"民警为留守儿童织就一张牢固的守护网。", nil},
		{"民警為留守兒童織就一張牢固的守護網。", nil},
		{"新的一年，网格员将继续用真情编织一张细密的网。", nil},
		{"孩子们在墙上画了一幅长卷。", []string{"一幅 1 幅 materials [长卷]"}},
	})
}

// TestTeamBuiltAsAnAim: a lone 一 + measure word right after 建设 or 打造
// (建设一支懂急救的护理队伍, 打造一支专业型队伍) names a team built up as an
// aim, no team counted; a team formed (成立了一支巡河队) still counts.
func TestTeamBuiltAsAnAim(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"医院将着力建设一支懂急救的护理队伍。", nil},
		{"醫院將著力建設一支懂急救的護理隊伍。", nil},
		{"街道想打造一支专业型的调解队伍。", nil},
		{"街道想打造一支專業型的調解隊伍。", nil},
		{"村里成立了一支巡河队。", []string{"一支 1 支 groups [巡河队]"}},
	})
}

// TestEachDoesNotGive: 都 between 每 (or 各) and a lone 一 in its clause
// makes the clause say what each does or is (每一盏灯笼都写着一个谜语,
// 每一条小路都透出一份安静): the 一 is an article, no item given to each;
// one item to each still counts (每户一袋面粉、一个台历), and so does one
// each gets after 都 (每位老人都收到一份礼包).
func TestEachDoesNotGive(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"游园会上，每一盏灯笼都写着一个谜语。", nil},
		{"遊園會上，每一盞燈籠都寫著一個謎語。", nil},
		{"雪后的清晨，小区每一条小路都透出一份安静。", nil},
		{"雪後的清晨，社區每一條小路都透出一份安靜。", nil},
		{"慰问组给每户一袋面粉、一个台历。", []string{"一袋 1 袋 goods [面粉]", "一个 1 个 other [台历]"}},
		{"每位老人都收到一份手工礼包。", []string{"一份 1 份 goods [手工礼包]"}},
		{"每位老人都收到一份手工禮包。", []string{"一份 1 份 goods [手工禮包]"}},
	})
}

// TestQuotedShortName: a count in Chinese numerals with a measure word of
// one rune that is all a quote holds (“三包”, ‘四包’, “五封”) is a slogan's
// short name; a count alone in quotes in digits or with a longer measure
// word still counts.
func TestQuotedShortName(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"沿街商铺签订了门前“三包”承诺书。", nil},
		{"沿街商鋪簽訂了門前「三包」承諾書。", nil},
		{"村里推行‘四包’办法，人人有责。", nil},
		{"村裡推行‘四包’辦法，人人有責。", nil},
		{"全镇落实“五封”要求。", nil},
		{"全鎮落實“五封”要求。", nil},
		{"这次招募的“300人”全部到岗。", []string{"300人 300 人 people"}},
	})
}

// TestThanksGiven: a lone 一 + measure word before thanks, a surprise or
// sincerity given (送上一份谢意, 带来一份小小的惊喜, 献一份真心) is a figure
// of speech; a thing given still counts.
func TestThanksGiven(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者向值守的民警送上一份谢意。", nil},
		{"志願者向值守的民警送上一份謝意。", nil},
		{"这张手绘贺卡给老人带来了一份小小的惊喜。", nil},
		{"這張手繪賀卡給老人帶來了一份小小的驚喜。", nil},
		{"孩子们想为环卫工人献一份真心。", nil},
		{"孩子們想為環衛工人獻一份真心。", nil},
		{"志愿者向值守的民警送上一份热乎的午餐。", []string{"一份 1 份 materials"}},
	})
}

// TestOnePerOne: a lone 一 + measure word followed by 一 and a noun that is
// no measure word (一户一码, 一村一品) pairs one thing with each, no count;
// followed by a duration (一场一小时的讲座) it still counts.
func TestOnePerOne(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"小区完成了一户一码改造，居民扫码就能报修。", nil},
		{"小區完成了一戶一碼改造，居民掃碼就能報修。", nil},
		{"镇里规划一村一园，先在东湾试点。", nil},
		{"鎮裡規劃一村一園，先在東灣試點。", nil},
		{"社区举办了一场一小时的防诈讲座。", []string{"一场 1 场 events"}},
	})
}

// TestClassAfterShortGrade: 班 after a grade written short (初二年5班,
// 七年三班, 高一18班) names a class, as after 年级; the classes of a whole
// grade (全级5班) still count.
func TestClassAfterShortGrade(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"初二年5班的同学在校门口义卖旧书。", nil},
		{"初二年5班的同學在校門口義賣舊書。", nil},
		{"七年三班学生来到养老院表演节目。", nil},
		{"七年三班學生來到養老院表演節目。", nil},
		{"高一18班团支部组织了这次清扫。", nil},
		{"高一18班團支部組織了這次清掃。", nil},
		{"全级5班共150名学生参加。", []string{"5班 5 班 groups", "150名 150 名 people [学生]"}},
	})
}

// TestRankedEvent: a lone 一 after 的 with a superlative or a comparison
// earlier in its clause (报名人数最多的一次义诊, 收到捐书较多的一次) ranks
// an event among others, no event counted; an event held still counts.
func TestRankedEvent(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"报名人数最多的一次义诊安排在周末。", nil},
		{"報名人數最多的一次義診安排在週末。", nil},
		{"图书室收到捐书较多的一次募集放在了春节前。", nil},
		{"圖書室收到捐書較多的一次募集放在了春節前。", nil},
		{"社区组织了一次义诊。", []string{"一次 1 次 events [义诊]"}},
	})
}

// TestRouteTripAndDiameter: a length after 全程, 来回 or 往返 in its clause
// is a route's or a trip's, and one right after 直径 a round thing's width,
// not work done; a ditch cleaned still counts.
func TestRouteTripAndDiameter(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"夜跑路线绕湖一周，全程8公里。", nil},
		{"夜跑路線繞湖一周，全程8公里。", nil},
		{"送药车从镇卫生所到山顶村来回共30多千米。", nil},
		{"送藥車從鎮衛生所到山頂村來回共30多千米。", nil},
		{"队员们往返60公里把棉被送上山。", nil},
		{"隊員們往返60公里把棉被送上山。", nil},
		{"舞台中央摆着一只直径约3米的彩色气球。", nil},
		{"舞台中央擺著一隻直徑約3米的彩色氣球。", nil},
		{"党员们清理排水沟1200米。", []string{"1200米 1200 米 other [清理排水沟]"}},
	})
}
