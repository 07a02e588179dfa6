package extract

import "testing"

// TestBigContainersChinese: 大 between an exact number written in Chinese
// numerals and a measure word of [big_units] counts big containers too
// (捡了五大袋垃圾, 搬来两大箱图书; round 36), as with Arabic digits; a
// vague number (几大桶, 好几大袋: annotated both ways) and a word that is
// no container (四大类, 九大碗) stay out.
func TestBigContainersChinese(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"队员们在河边捡了五大袋垃圾。", []string{"五大袋 5 袋 goods [垃圾]"}},
		{"隊員們在河邊撿了五大袋垃圾。", []string{"五大袋 5 袋 goods [垃圾]"}},
		{"爱心企业搬来两大箱图书。", []string{"两大箱 2 箱 goods [图书]"}},
		{"阿姨顺手拎来一大袋橘子。", []string{"一大袋 1 袋 goods [橘子]"}},
		{"河滩上的垃圾装了十二大袋。", []string{"十二大袋 12 袋 goods"}},
		{"志愿者清出好几大袋杂物。", nil},
		{"服务分为四大类。", nil},
	})
}
