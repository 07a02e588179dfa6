package extract

import "testing"

// TestMaskedCounts: a masked number counts institutions with 家 and
// incidents with 起, and a run of underscores is a form's blank standing
// for the number (round 34); a masked name's 家园 or home (李××家中) is no
// count, and ××所 stays a name.
func TestMaskedCounts(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"全区共有X家敬老院通过年检。", []string{"X家 - 家 groups r [敬老院]"}},
		{"全區共有X家敬老院通過年檢。", []string{"X家 - 家 groups r [敬老院]"}},
		{"今年调解邻里纠纷x起，化解率百分之百。", []string{"x起 - 起 events r"}},
		{"小区住户总数____户，常住人口____人。", []string{"____户 - 户 households r [小区住户]", "____人 - 人 people r [常住人口]"}},
		{"志愿者来到××家园小区打扫楼道。", nil},
		{"村民王××家中老人行动不便。", nil},
		{"学生来自××所在的村子。", nil},
		{"××小学的学生表演了节目。", nil},
	})
}

// TestPairRestated: two people right after the pair they are — a word of
// [pair_words] (夫妻二人) or two persons joined by 和, one a pronoun
// (我和小王两个人) — restate the pair and count no one (round 34); a group's
// size (一行5人), two people of a larger group and two units stay counts.
func TestPairRestated(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"老伴去世后，母女二人相依为命。", nil},
		{"老伴去世後，母女二人相依為命。", nil},
		{"兄弟两人每周都来做义工。", nil},
		{"我和小王两个人负责登记。", nil},
		{"老刘和我两人先到了现场。", nil},
		{"志愿者一行5人来到村里。", []string{"5人 5 人 people [志愿者]"}},
		{"每位老人由志愿者两人陪同。", []string{"两人 2 人 people [志愿者]"}},
		{"街道和学校两个单位共同主办。", []string{"两个 2 个 groups [单位]"}},
	})
}
