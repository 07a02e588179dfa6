package extract

import "testing"

// TestHiddenCharacters: 个 before 字 is a length of text in characters
// (此处隐藏4799个字, a page's note of the text it hides), no count of
// things; 个 before another noun still counts.
func TestHiddenCharacters(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"活动很成功 ……此处隐藏3521个字…… 大家都很满意。", nil},
		{"活動很成功 ……此處隱藏3521個字…… 大家都很滿意。", nil},
		{"社区新建3个活动室。", []string{"3个 3 个 other [活动室]"}},
	})
}

// TestAbstractAfterListedAttributes: attributes listed with 、 before a
// word of [one_abstract_objects] (一份接地气、有温度的新年祝福) keep it a
// figure of speech; a number opening the item after 、 starts a list of
// counts instead, and the lone 一 counts as before.
func TestAbstractAfterListedAttributes(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"为居民送上一份热乎乎、有温度的新春祝福。", nil},
		{"為居民送上一份熱乎乎、有溫度的新春祝福。", nil},
		{"社区搭建了一个学习交流、互帮互助的邻里平台。", nil},
		{"社區搭建了一個學習交流、互幫互助的鄰里平台。", nil},
		{"每位老人领到一张暖心卡、一份新年的温暖。", []string{"一张 1 张 materials [暖心卡]"}},
	})
}

// TestListNumber: a number opening its line with a space after it, when
// another line opens with the next or the previous number so, numbers the
// lines: what follows the space is the item's text (2 对你而言…, 3 张同学…),
// not a measure word. A line opening so alone, or without the space,
// still counts.
func TestListNumber(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"1 这次服务中你最难忘的是什么？\n2 对你而言，服务有什么意义？", nil},
		{"1 這次服務中你最難忘的是什麼？\n2 對你而言，服務有什麼意義？", nil},
		{"心得一览\n1 王小明同学的心得\n2 张小红同学的心得", nil},
		{"活动当天\n30 名志愿者参加了清扫。", []string{"30 名 30 名 people [志愿者]"}},
		{"1 活动概况\n2名社工带队，走访了老人。", []string{"2名 2 名 people [社工]"}},
	})
}

// TestBigContainers: 大 between a number in Arabic digits and a measure
// word of [big_units] counts big containers (垃圾36大袋, 4大卡车垃圾); a
// Chinese numeral before 大 (三大类, 九大碗) is no such count.
func TestBigContainers(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"队员们共捡拾垃圾18大袋。", []string{"18大袋 18 袋 goods [垃圾]"}},
		{"隊員們共撿拾垃圾18大袋。", []string{"18大袋 18 袋 goods [垃圾]"}},
		{"当天清运了3大卡车建筑垃圾。", []string{"3大卡车 3 卡车 goods [建筑垃圾]"}},
		{"當天清運了3大卡車建築垃圾。", []string{"3大卡車 3 卡车 goods [建築垃圾]"}},
		{"活动分为三大类。", nil},
	})
}

// TestBanquetTables: 桌 counts the tables of a feast (百家宴共摆了12桌, 宴席
// 30桌); a lone 一 before it counts only after a verb of giving (送去一桌
// 饭菜), not where people sit (围坐在一桌).
func TestBanquetTables(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"今年的邻里宴共摆了15桌。", []string{"15桌 15 桌 other"}},
		{"今年的鄰里宴共擺了15桌。", []string{"15桌 15 桌 other"}},
		{"志愿者为老人送去一桌年夜饭。", []string{"一桌 1 桌 other"}},
		{"大家围坐在一桌聊天。", nil},
	})
}

// TestFestivalsBefore: 每逢 (on every such day) and 重 (重九节, the double
// ninth) before a count of 节 name festivals ([festival_before]), no
// sessions; sessions counted still count.
func TestFestivalsBefore(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"每逢两节，志愿者都上门慰问。", nil},
		{"每逢兩節，志工都上門慰問。", nil},
		{"九月初九又名重九节。", nil},
		{"九月初九又名重九節。", nil},
		{"开展小组活动8节。", []string{"8节 8 节 events"}},
	})
}

// TestFewPeople: a lone 几 ("a few") counts nothing, before a noun
// (去看几个老人, 几名队员正在…) or before 人 (几个人一组): the real pages
// of round 24's read sets count none of six, on six sites.
func TestFewPeople(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"我们还要去看几个老人。", nil},
		{"我們還要去看幾個老人。", nil},
		{"几个队员一起收拾桌椅。", nil},
		{"大家分工合作，几个人一组和家长交流。", nil},
		{"大家分工合作，幾個人一組和家長交流。", nil},
		{"由几名中学生组成", nil},
		{"午后几名快递小哥也赶来帮忙搬运。", nil},
		{"午後幾名快遞小哥也趕來幫忙搬運。", nil},
		{"十几名志愿者赶来帮忙", []string{"十几名 10~20 名 people a [志愿者]"}},
	})
}
