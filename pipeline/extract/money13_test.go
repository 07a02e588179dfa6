package extract

import "testing"

// Round 13 (issue 10): the money misses of 01–188, fixed by class, on
// sentences of our own in both scripts.

// TestPerOfEachAmount: a per word before an earlier amount is that
// amount's; the unit comes before the period, whatever order they are
// written in; a rate word (月发放) stays a rate before a total; 亩均 and
// 每平方米 name their unit.
func TestPerOfEachAmount(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"面粉按每袋40元、花生油按每桶90元折算", []string{"40元 40 /袋", "90元 90 /桶"}},
		{"麵粉按每袋40元、花生油按每桶90元折算", []string{"40元 40 /袋", "90元 90 /桶"}},
		{"交通补贴2万元（按每人次15元计）、其他3,100元", []string{"2万元 20000", "15元 15 /人次", "3,100元 3100"}},
		{"月发放护理补贴每人600元", []string{"600元 600 /人/月"}},
		{"月發放護理補貼每人600元", []string{"600元 600 /人/月"}},
		{"每月300元/人", []string{"300元 300 /人/月"}},
		{"其中3户月发放救助金合计2,400元", []string{"2,400元 2400 /月"}},
		{"预计亩均增收800元", []string{"800元 800 /亩"}},
		{"管理費為每平方米每月1.2元", []string{"1.2元 1.2 /平方米/月"}},
		{"每小组活动经费150元", []string{"150元 150 /小组"}},
		{"企业每招用1名残疾人，可获补贴3000元", []string{"3000元 3000 /人"}},
		{"企業每招用1名殘疾人，可獲補貼3000元", []string{"3000元 3000 /人"}},
		{"每走访一户，送上慰问金200元", []string{"200元 200 /户"}},
		{"每年一次的慰问中，发放慰问金200元", []string{"200元 200"}},
		{"每人一份，共计花费800元", []string{"800元 800"}},
	})
}

// TestForeignCurrencies: amounts in another currency named before them
// are not money, in both scripts.
func TestForeignCurrencies(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"獲資助澳門元50萬元", nil},
		{"获资助澳门元50万元", nil},
		{"自籌葡幣3萬元", nil},
		{"報名費NT$1,500元", nil},
		{"门票HK$80元", nil},
		{"另籌得人民幣3萬元", []string{"3萬元 30000"}},
	})
}

// TestKuaiOfFeesAndPieces: 块 before a fee is yuan; a 块 after an earlier
// number of pieces of a thing in its sentence counts the same pieces.
func TestKuaiOfFeesAndPieces(t *testing.T) {
	checkMoneyCases(t, []moneyCase{
		{"这学期只交了八十多块学费", []string{"八十多块 80 a"}},
		{"這學期只交了八十多塊學費", []string{"八十多塊 80 a"}},
		{"报名时交了五块报名费", []string{"五块 5"}},
		{"新装门牌12块，累计安装1,480块", nil},
		{"新裝門牌12塊，累計安裝1,480塊", nil},
		{"更换门牌12块。会后发放补贴300块", []string{"300块 300"}},
	})
}
