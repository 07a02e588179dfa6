package extract

import "testing"

// TestOneAtASite: a lone 一 + 家, 间, 所 or 户 after 在 with only a
// place's words between them is where something happens, "at a shop" (在
// 一家书店当店员, 在镇上一家饭馆, 在山区的一所小学, 在该村一户村民家中), no
// count; with a verb between 在 and 一 (在社区走访了一户) or with no 在
// (辖区一家药店捐赠) the count stands.
func TestOneAtASite(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"他大学毕业后在一家书店当店员。", nil},
		{"他大學畢業後在一家書店當店員。", nil},
		{"志愿者们在镇上一家饭馆吃了午饭。", nil},
		{"志願者們在鎮上一家飯館吃了午飯。", nil},
		{"她在山区的一所小学教书。", nil},
		{"她在山區的一所小學教書。", nil},
		{"队员在该村一户村民家中安装了太阳能灯。", nil},
		{"隊員在該村一戶村民家中安裝了太陽能燈。", nil},
		{"孩子们挤在一间狭小的屋子里读书。", nil},
		{"孩子們擠在一間狹小的屋子裡讀書。", nil},
		{"党员们在社区走访了一户独居老人。", []string{"一户 1 户 households [独居老人]"}},
		{"黨員們在社區走訪了一戶獨居老人。", []string{"一戶 1 户 households [獨居老人]"}},
		{"辖区一家药店捐赠了口罩。", []string{"一家 1 家 groups [药店]"}},
		{"轄區一家藥店捐贈了口罩。", []string{"一家 1 家 groups [藥店]"}},
	})
}
