package extract

import "testing"

// Round 14 (issue 10): the misses of the read real-page sets fixed by
// class, on sentences of our own, in both scripts.

// TestFrequencyAfterNumberedPeriod: a count of 次 right after a short
// numeral and a period (两年一次, 1季1次) says how often, not how many; a
// year before it (2023年) or a period with no numeral (上半年) does not.
func TestFrequencyAfterNumberedPeriod(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"协会两年一次举办评比，", nil},
		{"協會兩年一次舉辦評比，", nil},
		{"先按1季1次试办，", nil},
		{"先按1季1次試辦，", nil},
		{"医生三个月一次上门，", nil},
		{"一星期兩次", nil},
		{"上半年举办讲座2次", []string{"2次 2 次 events [讲座]"}},
		{"社区2023年3次获评先进", []string{"3次 3 次 events"}},
	})
}

// TestNamedDayOrdinals: a count right before the name of a day kept each
// year (世界…日, 全国…日, in quotes or not) numbers the day, with its 第 or
// without; a count of events named otherwise still counts.
func TestNamedDayOrdinals(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"今天是第 18 个世界无烟日，", nil},
		{"今天是第 18 個世界無菸日，", nil},
		{"配合32次“全国助残日”活动", nil},
		{"配合32次「全國助殘日」活動", nil},
		{"开展3次“主题党日”活动", []string{"3次 3 次 events"}},
		{"参加了2届全国运动会", []string{"2届 2 届 events [全国运动会]"}},
	})
}

// TestOneThingGiven: a lone 一 + measure word right after a verb that
// gives or puts a thing (递上, 送, 准备了, 悬挂了) counts the thing; care or
// wishes given are a figure of speech.
func TestOneThingGiven(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者递上一份精美的礼品袋，", []string{"一份 1 份 materials"}},
		{"志工遞上一份精美的禮品袋，", []string{"一份 1 份 materials"}},
		{"为老人准备了一个大大的蛋糕。", []string{"一个 1 个 other [大大的蛋糕]"}},
		{"為長者準備了一個大大的蛋糕。", []string{"一個 1 个 other [大大的蛋糕]"}},
		{"在门口悬挂了一个意见箱", []string{"一个 1 个 other [意见箱]"}},
		{"为居民送上一份关怀。", nil},
		{"為病人送上一份關懷。", nil},
	})
}

// TestOneOpeningClause: a lone 一 + measure word opening a clause, with
// nothing of the clause before it, is the article or "once" for a thing; a
// person or an event (场, round 18) there still counts, and so does a count
// after a label's colon or on a wrapped line.
func TestOneOpeningClause(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"操场上欢声笑语，一场热闹的拔河比赛正在进行。", []string{"一场 1 场 events"}},
		{"操場上歡聲笑語，一場熱鬧的拔河比賽正在進行。", []string{"一場 1 场 events"}},
		{"6月2日上午，一场义诊活动在广场开展。", []string{"一场 1 场 events [义诊]"}},
		{"6月2日上午，一場義診活動在廣場展開。", []string{"一場 1 场 events [義診]"}},
		{"球场上热闹非凡。一场友谊赛进行着。", []string{"一场 1 场 events [友谊赛]"}},
		{"球場上熱鬧非凡。一場友誼賽進行著。", []string{"一場 1 场 events [友誼賽]"}},
		{"她还记得，一次她带的小组里有个孩子哭了", nil},
		{"她還記得，一次她帶的小組裡有個孩子哭了", nil},
		{"大家围坐桌旁，一张小小的卡片上写满了心愿", nil},
		{"大家圍坐桌旁，一張小小的卡片上寫滿了心願", nil},
		{"路口车多，一名志愿者陪同老人过马路。", []string{"一名 1 名 people [志愿者]"}},
		{"路口車多，一名志工陪同長者過馬路。", []string{"一名 1 名 people [志工]"}},
		{"活动内容：一场讲座", []string{"一场 1 场 events [讲座]"}},
		{"社区昨天举办了\n一场讲座。", []string{"一场 1 场 events [讲座]"}},
		{"社區昨天舉辦了\n一場講座。", []string{"一場 1 场 events [講座]"}},
	})
}
