package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// fmtDatePoint writes y-m-d with "?" for a nil part, and the part of month.
func fmtDatePoint(p DatePoint) string {
	part := func(v *int) string {
		if v == nil {
			return "?"
		}
		return fmt.Sprint(*v)
	}
	s := part(p.Year) + "-" + part(p.Month) + "-" + part(p.Day)
	if p.Part != "" {
		s += "(" + p.Part + ")"
	}
	return s
}

// fmtDate writes a date compactly: text start[..end] [r].
func fmtDate(d Date) string {
	s := d.Text + " " + fmtDatePoint(d.Start)
	if d.End != nil {
		s += ".." + fmtDatePoint(*d.End)
	}
	if d.Redacted {
		s += " r"
	}
	return s
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"2016年5月12日", []string{"2016年5月12日 2016-5-12"}},
		{"二〇一八年十月", []string{"二〇一八年十月 2018-10-?"}},
		{"二○一六年三月五日", []string{"二○一六年三月五日 2016-3-5"}},
		{"2016年", []string{"2016年 2016-?-?"}},
		{"2016年度考试", []string{"2016年 2016-?-?"}},
		{"3月25日至31日", []string{"3月25日至31日 ?-3-25..?-3-31"}},
		{"7月29日—8月2日", []string{"7月29日—8月2日 ?-7-29..?-8-2"}},
		{"2016年7月29日-8月2日", []string{"2016年7月29日-8月2日 2016-7-29..2016-8-2"}},
		{"2015年12月至2016年3月", []string{"2015年12月至2016年3月 2015-12-?..2016-3-?"}},
		{"20××年3月17日-26日期间", []string{"20××年3月17日-26日 ?-3-17..?-3-26 r"}},
		{"3月9日至3月××日", []string{"3月9日至3月××日 ?-3-9..?-3-? r"}},
		{"3月××日", []string{"3月××日 ?-3-? r"}},
		{"20××年", []string{"20××年 ?-?-? r"}},
		{"3月底", []string{"3月底 ?-3-?(late)"}},
		{"5月上旬", []string{"5月上旬 ?-5-?(early)"}},
		{"3月初至4月底", []string{"3月初至4月底 ?-3-?(early)..?-4-?(late)"}},
		{"承接3月“雷锋学习月”", []string{"3月 ?-3-?"}},
		{"5月份", []string{"5月 ?-5-?"}},
		{"2016年5月12日上午", []string{"2016年5月12日 2016-5-12"}},
		{"x月x日", []string{"x月x日 ?-?-? r"}},
		{"20××年3月17日-26日", []string{"20××年3月17日-26日 ?-3-17..?-3-26 r"}},
		{"2019年3月25日至31日", []string{"2019年3月25日至31日 2019-3-25..2019-3-31"}},
		{"10月中旬", []string{"10月中旬 ?-10-?(mid)"}},
		{"7月下旬", []string{"7月下旬 ?-7-?(late)"}},
		{"3月初", []string{"3月初 ?-3-?(early)"}},
		{"2019年初", []string{"2019年初 2019-?-?(early)"}},
		{"2019年底", []string{"2019年底 2019-?-?(late)"}},
		{"2018-2019年", []string{"2018-2019年 2018-?-?..2019-?-?"}},
		{"2018年-2019年", []string{"2018年-2019年 2018-?-?..2019-?-?"}},
		{"6·26国际禁毒日", []string{"6·26 ?-6-26"}},
		{"“12·4”国家宪法日", []string{"12·4 ?-12-4"}},
		{"3月16日、23日", []string{"3月16日 ?-3-16", "23日 ?-?-23"}},
		{"二〇一九年十二月", []string{"二〇一九年十二月 2019-12-?"}},
		{"二零一九年", []string{"二零一九年 2019-?-?"}},
		{"2016年5月12日晚上", []string{"2016年5月12日 2016-5-12"}},
		{"2016年5月12号", []string{"2016年5月12号 2016-5-12"}},
		{"4月1日～4月30日", []string{"4月1日～4月30日 ?-4-1..?-4-30"}},
		{"2019年12月30日至2020年1月3日", []string{"2019年12月30日至2020年1月3日 2019-12-30..2020-1-3"}},
		{"2019/12/30", []string{"2019/12/30 2019-12-30"}},
		{"每年三月的第三个星期二", nil},
		{"每月15日", nil},
		{"每年的3月5日", nil},
		{"历时3日", nil},
		{"国庆期间", nil},
		{"6·××", nil},
		{"3.5万人", nil},
		{"截止25日", []string{"25日 ?-?-25"}},
		{"至10日", []string{"10日 ?-?-10"}},
		{"3月5号", []string{"3月5号 ?-3-5"}},
		{"2016-03-12", []string{"2016-03-12 2016-3-12"}},
		{"2016.3.12", []string{"2016.3.12 2016-3-12"}},
		{"十二月三十一日", []string{"十二月三十一日 ?-12-31"}},
		{"1月1日元旦", []string{"1月1日 ?-1-1"}},
		{"2016年社工日活動總結", []string{"2016年 2016-?-?"}},
		// typeset dates space their figures from their units
		{"2025 年 4 月 9 日,志愿者来到社区", []string{"2025 年 4 月 9 日 2025-4-9"}},
		{"2024年 3月 09日", []string{"2024年 3月 09日 2024-3-9"}},
		{"2024　年　3　月", []string{"2024　年　3　月 2024-3-?"}},
		{"共 5 月 3 日", nil}, // no year: read tight, so no date
		{"98 年 3 月", nil},  // a short year is read tight
		// ranges with the unit written once
		{"3-5月", []string{"3-5月 ?-3-?..?-5-?"}},
		{"2019年3至5月", []string{"2019年3至5月 2019-3-?..2019-5-?"}},
		{"3月17-26日", []string{"3月17-26日 ?-3-17..?-3-26"}},
		{"20××年3月17日-26日", []string{"20××年3月17日-26日 ?-3-17..?-3-26 r"}},
		{"于17至19日举行", []string{"17至19日 ?-?-17..?-?-19"}},
		{"三至五月", []string{"三至五月 ?-3-?..?-5-?"}},
		{"5-6号楼", nil},
		{"5-3月", nil},
		// Republic of China years (Taiwan)
		{"109年度志工隊", []string{"109年 2020-?-?"}},
		{"109年10月17日", []string{"109年10月17日 2020-10-17"}},
		{"民國38年", []string{"38年 1949-?-?"}},
		{"建党100年", nil},
		// not dates
		{"施工日记格式04-26", nil},
		{"3·××国际社工日", nil},
		{"25日", []string{"25日 ?-?-25"}},
		{"十日内", nil},
		{"5号楼", nil},
		{"三年来", nil},
		{"16年", nil},
		{"13月", nil},
		{"一个月", nil},
		{"一二月份", nil},
		{"32日", nil},
		{"2016-13-01", nil},
		{"12016年", nil},
		{"第9个国际社工日", nil},
		{"今天", nil},
		// a day-to-month range
		{"于2023年8月8日至10月底开展", []string{"2023年8月8日至10月底 2023-8-8..2023-10-?(late)"}},
		{"於2023年8月8日至10月底開展", []string{"2023年8月8日至10月底 2023-8-8..2023-10-?(late)"}},
		{"3月17日至4月", []string{"3月17日至4月 ?-3-17..?-4-?"}},
		{"2019年3月至5日", []string{"2019年3月 2019-3-?", "5日 ?-?-5"}},
		// a Taiwan year with no month, marked by the word after 年
		{"建議自112年起邀請", []string{"112年 2023-?-?"}},
		{"建议自112年起邀请", []string{"112年 2023-?-?"}},
		{"113年將增設修補小組", []string{"113年 2024-?-?"}},
		{"擁有100年歷史", nil},
		{"112年底完成", []string{"112年底 2023-?-?(late)"}},
		{"成立100年来", nil},
		{"100年前", nil},
		// lone days after a per-unit or duration word
		{"共开办3期，每期5日", nil},
		{"共開辦3期，每期5日", nil},
		{"活动共5日", nil},
		{"每次3日", nil},
		// a range of lone days is a number of days
		{"每个站点展出4至5日", nil},
		{"每期3至5日", nil},
		{"历时4至6日", nil},
		{"巡回展出3-5日。", nil},
		{"3月16日、23日", []string{"3月16日 ?-3-16", "23日 ?-?-23"}},
		{"10月8日至12日", []string{"10月8日至12日 ?-10-8..?-10-12"}},
		// the items listed after a recurring month recur too
		{"计划每年6月、12月各组织一次", nil},
		{"每年4月和10月开展", nil},
		{"于6月、12月各组织一次", []string{"6月 ?-6-?", "12月 ?-12-?"}},
		{"每年6月举办，2023年12月又办了一次", []string{"2023年12月 2023-12-?"}},
		// parts of a month and quarters of a year
		{"于9月中下旬举办", []string{"9月中下旬 ?-9-?(mid-late)"}},
		{"5月上中旬", []string{"5月上中旬 ?-5-?(early-mid)"}},
		{"计划于2024年一季度前完成", []string{"2024年一季度 2024-?-?(q1)"}},
		// an ordinal quarter names a reporting period: the year alone is the date
		{"2022年第四季度", []string{"2022年 2022-?-?"}},
		{"本站20××年第二季度接待来访", []string{"20××年 ?-?-? r"}},
		{"2021年三季度完成验收", []string{"2021年三季度 2021-?-?(q3)"}},
		// a two-digit year under 50 needs a month or a part of the year
		{"21年底建成的活动室", []string{"21年底 2021-?-?(late)"}},
		{"计划于25年上半年完工", []string{"25年上半年 2025-?-?(first-half)"}},
		{"服务社区12年，", nil},
		{"扎根社区20年初心不改", nil},
		{"近10年底子薄", nil},
		{"2019年初心", []string{"2019年 2019-?-?"}},
		// a Taiwan year before 全年 is the whole of a year
		{"本鄉111年全年辦理講座8場", []string{"111年 2022-?-?"}},
		{"成立100年，", nil},
	}
	for _, tt := range tests {
		doc := numDoc(tt.in)
		var got []string
		for _, d := range numTest.FindDates(doc) {
			checkSpan(t, doc, d.Offset, d.Text)
			if d.InferredYear != nil {
				t.Errorf("%q: inferred year set", tt.in)
			}
			got = append(got, fmtDate(d))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindDates(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestFindDatesSample(t *testing.T) {
	doc := numSample(t)
	var got []string
	for _, d := range numTest.FindDates(doc) {
		checkSpan(t, doc, d.Offset, d.Text)
		got = append(got, fmtDate(d))
	}
	t.Logf("dates: %q", got)
	for _, want := range []string{
		"20××年3月17日 ?-3-17 r",
		"20××年3月17日-26日 ?-3-17..?-3-26 r",
		"3月9日至3月××日 ?-3-9..?-3-? r",
		"3月底 ?-3-?(late)",
		"25日 ?-?-25",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
	for _, d := range got {
		if strings.HasPrefix(d, "0") || strings.Contains(d, "·") {
			t.Errorf("unexpected date %q", d) // 04-26 in related articles, 3·××
		}
	}
}

func FuzzFindDates(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		doc := numDoc(s)
		ds := numTest.FindDates(doc)
		for i, d := range ds {
			checkSpan(t, doc, d.Offset, d.Text)
			if i > 0 && ds[i-1].Offset > d.Offset {
				t.Fatalf("not sorted: %+v", ds)
			}
			for _, p := range []*DatePoint{&d.Start, d.End} {
				if p == nil {
					continue
				}
				if p.Month != nil && (*p.Month < 1 || *p.Month > 12) || p.Day != nil && (*p.Day < 1 || *p.Day > 31) {
					t.Fatalf("bad date %s in %q", fmtDate(d), s)
				}
			}
		}
	})
}

func TestFindPeriods(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"国庆期间，街道组织", []string{"国庆 国庆期间"}},
		{"春節前夕走訪", []string{"春节 春節前夕"}},
		{"重阳节当天", []string{"重阳节 重阳节当天"}},
		{"利用暑假", []string{"暑假 暑假"}},
		{"五一劳动节", []string{"五一劳动节 五一劳动节"}},
		{"十五一", nil},
		{"3月5日", nil},
	}
	for _, tt := range tests {
		doc := numDoc(tt.in)
		var got []string
		for _, p := range numTest.FindPeriods(doc) {
			checkSpan(t, doc, p.Offset, p.Text)
			got = append(got, p.Name+" "+p.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindPeriods(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// dateCase is an input and the dates FindDates must find in it, each as
// fmtDate writes it.
type dateCase = foundCase

// checkDateCases runs FindDates on each case and checks every span.
func checkDateCases(t *testing.T, tests []dateCase) {
	t.Helper()
	checkFound(t, "FindDates", tests, onNumDoc(numTest.FindDates),
		func(d Date) (int, string) { return d.Offset, d.Text }, fmtDate)
}

// TestFindDatesWildForms checks the date forms of real pages (Round 5
// rules in docs/annotation.md): masked years in every mask form, two-digit
// years, 自…至…止 ranges, year.month ranges, ranges across months and a
// weekday in parentheses inside a range.
func TestFindDatesWildForms(t *testing.T) {
	tests := []dateCase{
		{"20xx年工作总结", []string{"20xx年 ?-?-? r"}},
		{"20XX年", []string{"20XX年 ?-?-? r"}},
		{"20＊＊年", []string{"20＊＊年 ?-?-? r"}},
		{"20**年", []string{"20**年 ?-?-? r"}},
		{"20○○年", []string{"20○○年 ?-?-? r"}},
		{"二〇××年三月", []string{"二〇××年三月 ?-3-? r"}},
		{"20某某年", []string{"20某某年 ?-?-? r"}},
		{"○○社区", nil},
		{"19年3月", []string{"19年3月 2019-3-?"}},
		{"于98年建成", []string{"98年 1998-?-?"}},
		{"工作10年", nil},
		{"近30年来", nil},
		{"自2020年1月1日至2020年12月31日止", []string{"2020年1月1日至2020年12月31日 2020-1-1..2020-12-31"}},
		{"自2020-01-01至2020-12-31止", []string{"2020-01-01至2020-12-31 2020-1-1..2020-12-31"}},
		{"2019.03-2019.06", []string{"2019.03-2019.06 2019-3-?..2019-6-?"}},
		{"2019.3—2020.1", []string{"2019.3—2020.1 2019-3-?..2020-1-?"}},
		{"共3.5万元", nil},
		{"3月25—4月2日", []string{"3月25—4月2日 ?-3-25..?-4-2"}},
		{"3月5日（周五）至3月7日（周日）", []string{"3月5日（周五）至3月7日（周日） ?-3-5..?-3-7"}},
		{"3月5日(星期五)至7日", []string{"3月5日(星期五)至7日 ?-3-5..?-3-7"}},
		{"自21年开办以来", []string{"21年 2021-?-?"}},
		{"从18年起每年举办", []string{"18年 2018-?-?"}},
		{"他已从教21年", nil},
		{"借书人次较111年同期增加", []string{"111年 2022-?-?"}},
		{"服務時數較111年成長兩成", []string{"111年 2022-?-?"}},
		{"农历八月十五是中秋节", []string{"八月十五 ?-8-15"}},
		{"農曆八月十五日中秋節", []string{"八月十五日 ?-8-15"}},
		{"农历九月初九重阳节", []string{"九月初九 ?-9-9"}},
		{"九月初九重陽節", []string{"九月初九 ?-9-9"}},
		{"1月20日（农历腊月廿八）上午", []string{"1月20日 ?-1-20", "腊月廿八 ?-12-28"}},
		{"臘月十八至廿二，", []string{"臘月十八至廿二 ?-12-18..?-12-22"}},
		{"農曆正月初五", []string{"正月初五 ?-1-5"}},
		{"每年农历八月十五", nil},
		{"实行“一月一访”制度", nil},
		{"實行一月一次例會", nil},
		{"一月一日", []string{"一月一日 ?-1-1"}},
		{"一月，", []string{"一月 ?-1-?"}},
		{"十月初，", []string{"十月初 ?-10-?(early)"}},
		{"农历新年前", nil},
		{"2023年11月至次年1月", []string{"2023年11月至次年1月 2023-11-?..2024-1-?"}},
		{"3月上旬至中旬", []string{"3月上旬至中旬 ?-3-?(early)..?-3-?(mid)"}},
		{"11月至次年1月", []string{"11月 ?-11-?", "1月 ?-1-?"}},
		{"農曆五月初五", []string{"五月初五 ?-5-5"}},
		{"较100年前", nil},
	}
	checkDateCases(t, tests)
}

// TestTaiwanYearsOfADocument: in a document that writes Taiwan years, a
// two-digit year is one too, and three digits before 年 are a year unless
// they read as a number of years; elsewhere neither.
func TestTaiwanYearsOfADocument(t *testing.T) {
	tests := []dateCase{
		{"本會於88年成立。111年度辦理課程。111年志工人數增加", []string{"88年 1999-?-?", "111年 2022-?-?", "111年 2022-?-?"}},
		{"本会于88年成立。111年度办理课程。111年志工人数增加", []string{"88年 1999-?-?", "111年 2022-?-?", "111年 2022-?-?"}},
		{"協會於88年成立，至今服務社區。", []string{"88年 1988-?-?"}},
		{"111年度辦理課程，成立120年來", []string{"111年 2022-?-?"}},
		{"民國88年成立。", []string{"88年 1999-?-?"}},
		{"本據點自105年設立，112年度服務長者", []string{"105年 2016-?-?", "112年 2023-?-?"}},
		{"本据点自105年设立，112年度服务长者", []string{"105年 2016-?-?", "112年 2023-?-?"}},
		{"112年度辦理課程。協會從108年開始送餐", []string{"112年 2023-?-?", "108年 2019-?-?"}},
		{"112年度辦理課程。協會已走過150年，歷經200年", []string{"112年 2023-?-?"}},
		{"協會自105年設立，服務至今", nil},
	}
	checkDateCases(t, tests)
}

// TestTaiwanNumericDates: a Taiwan year from 100 written with its month
// and day after a dot or a slash is a date, as 2023.3.5 is; with a hyphen
// (a code's shape), or with fewer digits (a section's number), it is none.
func TestTaiwanNumericDates(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"活動日期：112.03.05（六）", []string{"112.03.05 2023-3-5"}},
		{"活动日期：112.03.05（六）", []string{"112.03.05 2023-3-5"}},
		{"於112/3/5舉辦", []string{"112/3/5 2023-3-5"}},
		{"112.12.30至113.1.5", []string{"112.12.30至113.1.5 2023-12-30..2024-1-5"}},
		{"編號112-3-5", nil},
		{"第3.5.1節", nil},
		{"第099.3.5節", nil}, // under 100: not a year of the Taiwan rule
		{"190.3.5", nil},   // over 189: not one either
	})
}

// TestDateRuneSets checks the sets asked at every rune of a date hold the
// runes of their strings and no other.
func TestDateRuneSets(t *testing.T) {
	for _, c := range []struct {
		set   *runeSet
		chars string
	}{{&dateMaskSet, dateMasks}, {&chineseDateDigitSet, chineseDateDigits}} {
		for r := rune(0); r <= 0x10FFFF; r++ {
			if got, want := c.set.has(r), strings.ContainsRune(c.chars, r); got != want {
				t.Errorf("%q: has(%q) = %v, want %v", c.chars, r, got, want)
			}
		}
	}
}
