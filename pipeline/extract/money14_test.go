package extract

import "testing"

// Round 14 (issue 10): money and date classes, on sentences of our own in
// both scripts.

// TestApproxAfterWordEndingInHe: 约 after 折合 or 集合 is the
// approximation (折合 + 约), not 合约 (a contract), in both scripts; after
// 签订 合约 is still the contract.
func TestApproxAfterWordEndingInHe(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"投入材料折合约8万元", []string{"约8万元 80000 a"}},
		{"投入材料折合約8萬元", []string{"約8萬元 80000 a"}},
		{"整合约12万元资金用于改造", []string{"约12万元 120000 a"}},
		{"签订合约5万元", []string{"5万元 50000"}},
	})
	checkQuantityCases(t, []quantityCase{
		{"社区集合约50名志愿者", []string{"约50名 50 名 people a [志愿者]"}},
		{"社區集合約50名志願者", []string{"約50名 50 名 people a [志願者]"}},
		{"双方签订合约3份", []string{"3份 3 份 materials [合约]"}},
	})
}

// TestPerUnitAfterSlash: a unit after / is read as a unit after 每 is,
// whatever the unit, as often as written, in both scripts.
func TestPerUnitAfterSlash(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"午餐收费8元/餐", []string{"8元 8 /餐"}},
		{"午餐收費8元／餐", []string{"8元 8 /餐"}},
		{"门票20元/张", []string{"20元 20 /张"}},
		{"交通補貼2元/公里", []string{"2元 2 /公里"}},
		{"护理补贴200元/名/月", []string{"200元 200 /人/月"}},
		{"每人300元/月", []string{"300元 300 /人/月"}},
	})
}

// TestBarePlaceApproxAfter: a bare 千 or 万 with 元 and a trailing
// approximation (万元以上, 千元左右) is about that round amount, as 近万元
// is; without one it is still no amount.
func TestBarePlaceApproxAfter(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"捐款万元以上的企业有5家", []string{"万元以上 10000 a"}},
		{"捐款萬元以上的企業有5家", []string{"萬元以上 10000 a"}},
		{"每户补贴千元左右", []string{"千元左右 1000 a /户"}},
		{"村里的万元户", nil},
		{"发放千元红包", nil},
	})
}

// TestYuanInNames: a number in Chinese numerals with 元 before a place's
// or a shop's word is a name (三元里, 十元店), in both scripts; Arabic
// digits and a Chinese amount before a clause's end are still money.
func TestYuanInNames(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"三元里街道的志愿者", nil},
		{"三元裡街道的志願者", nil},
		{"在五元路口设点", nil},
		{"街边的两元店捐出文具", nil},
		{"街邊的兩元店捐出文具", nil},
		{"每人补贴五十元，村里另发大米", []string{"五十元 50 /人"}},
		{"这500元里有一半是捐款", []string{"500元 500"}},
	})
}

// TestGappedApprox: 约为, 约有, 约达 before an amount make it approximate,
// its span the amount alone, as for counts ([approx_gapped]), in both
// scripts and after 人民币.
func TestGappedApprox(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"活动预算约为3万元", []string{"3万元 30000 a"}},
		{"活動預算約為3萬元", []string{"3萬元 30000 a"}},
		{"募得善款约有8000元", []string{"8000元 8000 a"}},
		{"总投入约达人民币12万元", []string{"12万元 120000 a"}},
		{"总投入达12万元", []string{"12万元 120000"}},
	})
}
