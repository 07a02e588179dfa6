package extract

import (
	"fmt"
	"strings"
	"testing"
)

// fmtMoney writes an amount compactly: text amount[~max] flags [/per].
func fmtMoney(m Money) string {
	val := "-"
	if m.Amount != nil {
		val = fmt.Sprint(*m.Amount)
	}
	if m.Max != nil {
		val += "~" + fmt.Sprint(*m.Max)
	}
	s := m.Text + " " + val
	if m.Approx {
		s += " a"
	}
	if m.Vague {
		s += " v"
	}
	if m.Per != "" {
		s += " /" + m.Per
	}
	return s
}

// moneyCase is an input and the amounts FindMoney must find in it, each
// as fmtMoney writes it.
type moneyCase = foundCase

// checkMoneyCases runs FindMoney on each case and checks every span.
func checkMoneyCases(t *testing.T, tests []moneyCase) {
	t.Helper()
	checkFound(t, "FindMoney", tests, onNumDoc(numTest.FindMoney),
		func(m Money) (int, string) { return m.Offset, m.Text }, fmtMoney)
}

func TestFindMoney(t *testing.T) {
	tests := []moneyCase{
		{"送去1000元善款", []string{"1000元 1000"}},
		{"每人送去1000元善款", []string{"1000元 1000 /人"}},
		{"为他们每户发放200元", []string{"200元 200 /户"}},
		{"人均500元", []string{"500元 500 /人"}},
		{"募集2.6万元", []string{"2.6万元 26000"}},
		{"捐款人民币三千元", []string{"三千元 3000"}},
		{"人民币5000", []string{"人民币5000 5000"}},
		{"￥1,000", []string{"￥1,000 1000"}},
		{"共5000余元", []string{"5000余元 5000 a"}},
		{"10余万元", []string{"10余万元 100000 a"}},
		{"十多万元", []string{"十多万元 100000 a"}},
		{"约3000元", []string{"约3000元 3000 a"}},
		{"约人民币3000元", []string{"约人民币3000元 3000 a"}},
		{"近万元", []string{"近万元 10000 a"}},
		{"500元左右", []string{"500元左右 500 a"}},
		{"12,800元", []string{"12,800元 12800"}},
		{"1万-5万元", []string{"1万-5万元 10000~50000"}},
		{"1-5万元", []string{"1-5万元 10000~50000"}},
		{"5000至8000元", []string{"5000至8000元 5000~8000"}},
		{"1万元至5万元", []string{"1万元至5万元 10000~50000"}},
		{"三四千元", []string{"三四千元 3000~4000"}},
		{"几十万块", []string{"几十万块 - v"}},
		{"数万元", []string{"数万元 - v"}},
		{"上万元", []string{"上万元 - v"}},
		{"100块钱", []string{"100块钱 100"}},
		{"壹仟贰佰圆整", []string{"壹仟贰佰圆整 1200"}},
		{"兩萬元", []string{"兩萬元 20000"}},
		{"送去1000元善款和雞蛋、油、米", []string{"1000元 1000"}},
		{"价值约5000元的物资", []string{"约5000元 5000 a"}},
		{"万余元", []string{"万余元 10000 a"}},
		{"123元1角1分", []string{"123元1角1分 123.11"}},
		{"十块三毛", []string{"十块三毛 10.3"}},
		{"5元3角钱", []string{"5元3角钱 5.3"}},
		{"壹仟玖佰圆整", []string{"壹仟玖佰圆整 1900"}},
		{"近700万元", []string{"近700万元 7e+06 a"}},
		{"三五百块", []string{"三五百块 300~500"}},
		{"一百二十到一百五十万元", []string{"一百二十到一百五十万元 1.2e+06~1.5e+06"}},
		{"3000至5000元", []string{"3000至5000元 3000~5000"}},
		{"几十块", []string{"几十块 - v"}},
		{"从几十块到三五百块不等", []string{"几十块 - v", "三五百块 300~500"}},
		{"拆除广告牌36块", nil},
		{"十几万元", []string{"十几万元 100000~200000 a"}},
		{"价值3万元的物资", []string{"3万元 30000"}},
		{"500元/户", []string{"500元 500 /户"}},
		{"每名学生500元", []string{"500元 500 /人"}},
		{"为每位志愿者准备价值30元的餐券", []string{"30元 30 /人"}},
		{"托管班一个月要六七百元", []string{"六七百元 600~700 /月"}},
		{"午饭一天二十几块钱", []string{"二十几块钱 20~30 a /天"}},
		{"一天募集善款共计5000元", []string{"5000元 5000"}},
		{"奖金××元", []string{"××元 -"}},
		{"1.2亿元", []string{"1.2亿元 1.2e+08"}},
		{"３０００元", []string{"３０００元 3000"}},
		{"捐款5分钟", nil},
		// not yuan
		{"9佰日元", nil},
		{"约4.287亿美元", nil},
		{"新臺幣3萬元", nil},
		{"港币500元", nil},
		{"基站总数是10000", nil},
		{"5000美元", nil},
		{"100美元", nil},
		{"5000日元", nil},
		{"300港元", nil},
		{"2万欧元", nil},
		{"1月1日元旦", nil},
		{"一元化管理", nil},
		{"3块砖", nil},
		{"226人", nil},
		{"万元户", nil},
		{"第3元", nil},
	}
	checkMoneyCases(t, tests)
}

// TestFindMoneyWildForms checks the money forms of real pages and the
// per-unit and per-period rates (Round 5 rules in docs/annotation.md).
func TestFindMoneyWildForms(t *testing.T) {
	tests := []moneyCase{
		{"募集善款12，800元", []string{"12，800元 12800"}},
		{"共1，234，500元", []string{"1，234，500元 1.2345e+06"}},
		{"走访3，500人", nil},
		{"补贴1000元--2000元", []string{"1000元--2000元 1000~2000"}},
		{"补贴1000元~~2000元", []string{"1000元~~2000元 1000~2000"}},
		{"补贴1000元至2000元", []string{"1000元至2000元 1000~2000"}},
		{"奖金5k元", []string{"5k元 5000"}},
		{"资助1000（含）-2000元", []string{"1000（含）-2000元 1000~2000"}},
		{"花了十几块钱", []string{"十几块钱 10~20 a"}},
		{"旧书从一两块到十几块钱一本", []string{"一两块 1~2", "十几块钱 10~20 a"}}, // 块 in a range of prices
		{"二十几元", []string{"二十几元 20~30 a"}},
		{"大写壹仟玖佰圆整", []string{"壹仟玖佰圆整 1900"}},
		{"每人每月80元", []string{"80元 80 /人/月"}},
		{"月发放生活补贴300元", []string{"300元 300 /月"}},
		{"每月300元", []string{"300元 300 /月"}},
		{"每年发放1200元", []string{"1200元 1200 /年"}},
		{"每人次补助50元", []string{"50元 50 /人次"}},
		{"标准为80元/人/月", []string{"80元 80 /人/月"}},
		{"人均补贴300元/月", []string{"300元 300 /人/月"}}, // a unit before the amount and a period after it
		{"每人500元/人", []string{"500元 500 /人"}},
		{"大米售价2.5元/斤", []string{"2.5元 2.5 /斤"}},
		{"护工费150元/天", []string{"150元 150 /天"}},
		{"制作展板5块", nil},
		{"数量：5块", nil},
		{"5块宣传牌", nil},
		// a per word before a list holds for every item; 人均月 is per
		// person and month; 约 between 人民币 and the amount starts the span
		{"为每户送去棉被、书包和慰问金800元", []string{"800元 800 /户"}},
		{"每户送去大米5公斤、食用油2升和慰问金300元", []string{"300元 300 /户"}},
		{"外出务工人员人均月收入3,800元左右", []string{"3,800元左右 3800 a /人/月"}},
		{"物资折合人民币约4,200元。", []string{"约4,200元 4200 a"}},
		{"约人民币4200元", []string{"约人民币4200元 4200 a"}},
		{"折合人民币3.2万元", []string{"3.2万元 32000"}},
		{"收费标准为每小时30元", []string{"30元 30 /小时"}},
		{"月工资3000元左右", []string{"3000元左右 3000 a /月"}},
		{"只要一块钱", []string{"一块钱 1"}},
		{"一元复始", nil},
		{"每年春节为困难户送去慰问金共计5万元", []string{"5万元 50000"}},
		{"每户共计补贴500元", []string{"500元 500 /户"}},
	}
	checkMoneyCases(t, tests)
}

func TestFindMoneySample(t *testing.T) {
	doc := numSample(t)
	ms := numTest.FindMoney(doc)
	if len(ms) != 1 || ms[0].Amount == nil || *ms[0].Amount != 1000 {
		var got []string
		for _, m := range ms {
			got = append(got, fmtMoney(m))
		}
		t.Fatalf("money = %q; want exactly [1000]", got)
	}
	m := ms[0]
	checkSpan(t, doc, m.Offset, m.Text)
	if m.Per != "人" || !strings.Contains(m.Sentence, "1000元善款") {
		t.Errorf("got %+v", m)
	}
}

func FuzzFindMoney(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		doc := numDoc(s)
		ms := numTest.FindMoney(doc)
		for i, m := range ms {
			checkSpan(t, doc, m.Offset, m.Text)
			if i > 0 && ms[i-1].Offset > m.Offset {
				t.Fatalf("not sorted: %+v", ms)
			}
			if m.Amount != nil && m.Max != nil && *m.Max <= *m.Amount {
				t.Fatalf("range %v~%v", *m.Amount, *m.Max)
			}
		}
	})
}

// TestKuaiOwner checks that 块 after a number is read once, as money or as
// a count, never both and never neither: kuaiIsMoney decides for both.
func TestKuaiOwner(t *testing.T) {
	tests := []struct {
		in    string
		money bool
	}{
		{"花了100块", true},
		{"十几块钱", true},
		{"十块三毛", true},
		{"三五百块不等", true},
		{"100块左右", true},
		{"几十万块", true},
		{"3块砖", false},
		{"5块宣传牌", false},
		{"拆除广告牌36块", false},
		{"展板，数量：5块", false},
		{"拆除破损门店招牌旁的店招12块", false},
	}
	for _, tt := range tests {
		doc := numDoc(tt.in)
		ms, qs := numTest.FindMoney(doc), numTest.FindQuantities(doc, nil)
		if tt.money && (len(ms) != 1 || len(qs) != 0) || !tt.money && (len(ms) != 0 || len(qs) != 1) {
			t.Errorf("%q: money %v, quantities %v; want money %v", tt.in, ms, qs, tt.money)
		}
	}
}
