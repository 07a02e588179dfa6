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

// TestOneReceived: a lone 一 + any measure word right after a verb of
// [one_receipt_verbs] (获赠, 领到, 兑) is one thing a person got and
// counts, in a speaker's quoted words too (round 36); after 每…都 a
// receipt of [one_each_receipts] (获赠 since round 36) gives one to each.
// A thing asked for in speech (借一张地图) and an abstract gift (收到了一份
// 惊喜) stay out.
func TestOneReceived(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"每位学员都获赠一件马甲、一顶遮阳帽。", []string{"一件 1 件 goods [马甲]", "一顶 1 顶 goods [遮阳帽]"}},
		{"每位學員都獲贈一件馬甲、一頂遮陽帽。", []string{"一件 1 件 goods [馬甲]", "一頂 1 顶 goods [遮陽帽]"}},
		{"“我今天领到一个保温杯！”张阿姨笑着说。", []string{"一个 1 个 other [保温杯]"}},
		{"“我要兑一桶花生油！”李大爷说。", []string{"一桶 1 桶 goods [花生油]"}},
		{"“叔叔，我想借一张地图。”", nil},
		{"孩子们收到了一份惊喜。", nil},
	})
}
