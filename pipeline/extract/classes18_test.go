package extract

import "testing"

// Round 18 (issue 10): quantities of the read real-page sets fixed by
// class, on sentences of our own, in both scripts.

// TestAsManyAsOutsideSpan: 多达 (as many as) is 多 + 达, and 达 is not
// inside the span (docs/annotation.md): the count starts at its number,
// and 多达 alone does not make it approximate.
func TestAsManyAsOutsideSpan(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"今年社区开设的手工课多达38堂，", []string{"38堂 38 堂 events [手工课]"}},
		{"今年社區開設的手工課多達38堂，", []string{"38堂 38 堂 events [手工課]"}},
		{"前来帮忙的居民多达数十位，", []string{"数十位 - 位 people v [居民]"}},
		{"前來幫忙的居民多達數十位，", []string{"數十位 - 位 people v [居民]"}},
		{"参加义诊的居民约200人，", []string{"约200人 200 人 people a [居民]"}},
	})
}

// TestSideAtClauseEnd: a lone 一 + measure word closing its clause after
// 的 or 另 (温馨的一面，, 不同的另一面。) has no object before it: the
// measure word is the noun, a side; after an object (展板一面，) it counts.
func TestSideAtClauseEnd(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"我们看到了邻里温馨的一面，心里很暖。", nil},
		{"我們看到了鄰里溫馨的一面，心裡很暖。", nil},
		{"志愿者展现出与平时不同的另一面。", nil},
		{"志願者展現出與平時不同的另一面。", nil},
		{"居民送来锦旗一面，", []string{"一面 1 面 materials [锦旗]"}},
	})
}

// TestGroupSize: a lone 一 + measure word closing its clause a few runes
// after a count (两个同学一组, 五个人一组) gives the size of each group, as
// 5人一组 did: no group is counted, while the count before it is.
func TestGroupSize(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"老师让两个同学一组，分头打扫。", []string{"两个 2 个 people [同学]"}},
		{"老師讓兩個同學一組，分頭打掃。", []string{"兩個 2 个 people [同學]"}},
		{"队员们五个人一组，走访困难户。", []string{"五个 5 个 people [人]"}},
		{"隊員們五個人一組，走訪困難戶。", []string{"五個 5 个 people [人]"}},
		{"志愿者5人一组，分片入户。", []string{"5人 5 人 people [志愿者]"}},
		{"志願者5人一組，分片入戶。", []string{"5人 5 人 people [志願者]"}},
		{"社区制作了展板一套，", []string{"一套 1 套 materials [展板]"}},
	})
}

// TestRoleStartedFrom: 从 before a lone 一 + measure word names the role
// one starts from (从一名旁观者转变为参与者), as 成为 names the role one
// takes: an article, not a count.
func TestRoleStartedFrom(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"小李从一名旁观者变成了参与者。", nil},
		{"小李從一名旁觀者變成了參與者。", nil},
		{"她从一位受助学生成长为志愿者，", nil},
		{"社区安排了一名志愿者陪同，", []string{"一名 1 名 people [志愿者]"}},
	})
}

// TestEverywhere: 四处 (everywhere: 四处奔走, 四處募集) is a word of its
// own, no count of four places; 四个服务点 counts.
func TestEverywhere(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者四处奔走募集物资，", nil},
		{"志願者四處奔走募集物資，", nil},
		{"孩子们拿着义卖品四处走动，", nil},
		{"社区设立了四个服务点，", []string{"四个 4 个 other [服务点]"}},
	})
}

// TestDistanceWalked: a length walked (向南而行50米) or walked before
// reaching a place (约五百米后见到路牌) is a distance, not work done;
// 清理河道800米 counts.
func TestDistanceWalked(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"出门向南而行50米，就到了服务站。", nil},
		{"出門向南而行50米，就到了服務站。", nil},
		{"沿着大路走，约五百米后见到路牌，", nil},
		{"沿著大路走，約五百米後見到路牌，", nil},
		{"志愿者清理河道800米，", []string{"800米 800 米 other [志愿者清理河道]"}},
	})
}

// TestFrequencyPerOccasion: 一次 after 双月 (every two months) or in a
// clause of 每逢 (on every such day) says how often, not how many: a
// frequency, which the annotation does not count.
func TestFrequencyPerOccasion(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"街道坚持双月一次的例会，", nil},
		{"街道堅持雙月一次的例會，", nil},
		{"社区每逢重阳必办一次，", nil},
		{"社區每逢重陽必辦一次，", nil},
		{"社区今年举办了一次敬老宴，", []string{"一次 1 次 events [敬老宴]"}},
	})
}

// TestMaskedApprox: a masked number followed by 余 or 多 before its
// measure word (惠及×余人, 慰问XXX多人次) is a redacted count, approximate.
func TestMaskedApprox(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"本次活动惠及×余人。", []string{"×余人 - 人 people ar"}},
		{"本次活動惠及×餘人。", []string{"×餘人 - 人 people ar"}},
		{"走访慰问残疾人XXX多人次，", []string{"XXX多人次 - 人次 people ar [残疾人]"}},
		{"走訪慰問殘疾人XXX多人次，", []string{"XXX多人次 - 人次 people ar [殘疾人]"}},
		{"本次活动惠及××人。", []string{"××人 - 人 people r"}},
	})
}

// TestAbstractAttribute: a word of [one_abstract_objects] before 的 is an
// attribute of the noun after it, so the lone 一 counts that noun; the
// word as the phrase's noun is still a figure of speech.
func TestAbstractAttribute(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"街道举办了一场温暖的义剪活动，", []string{"一场 1 场 events"}},
		{"街道舉辦了一場溫暖的義剪活動，", []string{"一場 1 场 events"}},
		{"志愿者给老人送上了一份节日的月饼，", []string{"一份 1 份 materials"}},
		{"志工給長者送上了一份節日的月餅，", []string{"一份 1 份 materials"}},
		{"这是一次难忘的经历，", nil},
		{"街道举办了一场温暖的活动，让大家度过了一个温暖的节日。", []string{"一场 1 场 events"}},
	})
}

// TestAbstractInQuotedName: a word of [one_abstract_objects] inside a
// quoted name after a lone 一 + measure word is part of the event's name,
// so the lone 一 counts the event.
func TestAbstractInQuotedName(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区开展了一场“爱心同行”义卖，", []string{"一场 1 场 events"}},
		{"社區開展了一場「愛心同行」義賣，", []string{"一場 1 场 events"}},
		{"大家开启了一场充满趣味的阅读之旅，", nil},
		{"大家開啟了一場充滿趣味的閱讀之旅，", nil},
	})
}
