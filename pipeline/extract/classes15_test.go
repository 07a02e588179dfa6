package extract

import "testing"

// Round 15 (issue 10): quantities of the read real-page sets fixed by
// class, on sentences of our own, in both scripts.

// TestServiceHoursWithGe: hours of service written with 个 (服务时长80个小时,
// 义务工作时间达到 60 个小时) are hours, the span through 小时; 个小时 with no word
// of service stays the length of an event.
func TestServiceHoursWithGe(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全队累计服务时长80个小时。", []string{"80个小时 80 小时 hours"}},
		{"全隊累計服務時長80個小時。", []string{"80個小時 80 小时 hours"}},
		{"他们的义务工作时间达到 60 个小时。", []string{"60 个小时 60 小时 hours"}},
		{"他們的義務工作時間達到 60 個小時。", []string{"60 個小時 60 小时 hours"}},
		{"讲座持续了两个小时。", nil},
	})
}

// TestUnitWithZiInName: 台 or 门 followed by 子 or 仔 makes a noun of its
// own, the name of a place (五台子街道, 三门仔村); a count of 台 or 门
// before another word still counts.
func TestUnitWithZiInName(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"八台子街道组织义诊，", nil},
		{"八臺子街道組織義診，", nil},
		{"为住在二门仔村的长者送餐，", nil},
		{"為住在二門仔村的長者送餐，", nil},
		{"捐赠电脑5台，", []string{"5台 5 台 goods [电脑]"}},
		{"开设课程3门，", []string{"3门 3 门 events [课程]"}},
	})
}

// TestDecimalTimesWan: a decimal times 万 or 亿 is the figure written
// (5.69万户 is 56900), not float64's product.
func TestDecimalTimesWan(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"惠及困难家庭5.69万户。", []string{"5.69万户 56900 户 households [困难家庭]"}},
		{"惠及困難家庭5.69萬戶。", []string{"5.69萬戶 56900 户 households [困難家庭]"}},
	})
}

// TestDistanceSpacedOrWalked: a length after 每隔 or 间隔 (the space
// between things) or 走过 (a walk) is a distance, not work done; a length
// of work done still counts.
func TestDistanceSpacedOrWalked(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"沿河每隔50米立一块提示牌，", nil},
		{"沿河每隔50米立一塊提示牌，", nil},
		{"孩子们一起走过一段200米的小路，", nil},
		{"孩子們一起走過一段200米的小路，", nil},
		{"每天清理河道500米，", []string{"500米 500 米 other [清理河道]"}},
	})
}

// TestStageCounts: stages count like rounds and batches (三个阶段, 分为初评
// 与复评2阶段); an ordinal stage (第一阶段), the next one (下一阶段) and
// stages as an attribute (三阶段活动) do not.
func TestStageCounts(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"工作分三个阶段推进，", []string{"三个 3 个 events [阶段]"}},
		{"工作分三個階段推進，", []string{"三個 3 个 events [階段]"}},
		{"评选分为初评与复评2阶段，", []string{"2阶段 2 阶段 events"}},
		{"評選分為初評與複評2階段，", []string{"2階段 2 阶段 events"}},
		{"第一阶段以宣传为主，下一阶段将入户走访。", nil},
		{"我们设计了三阶段活动，", nil},
		{"我們設計了三階段活動，", nil},
	})
}
