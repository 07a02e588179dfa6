package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// Date levels, coarse to fine.
const (
	levelYear = iota
	levelMonth
	levelDay
)

// dateMasks stand for digits a publisher redacted: 20××年, 3月××日,
// 20xx年, 20＊＊年, 20某某年, 20○○年. ○ (U+25CB) is also written for the
// zero of Chinese year digits (二○一六): see dateTokenKind.
const dateMasks = "×xXＸｘ*＊○某"

// chineseDateDigits may make up a year, month or day in Chinese numerals.
const chineseDateDigits = "〇○零一二三四五六七八九十廿卅"

// The runes of dateMasks and of chineseDateDigits, asked at every rune of
// a date's numbers.
var dateMaskSet, chineseDateDigitSet = runeSetOf(dateMasks), runeSetOf(chineseDateDigits)

// FindDates finds dates and date ranges in doc as written, starting at
// the numbers and masks of the numeric scan: parts that are
// not written, or are masked, are nil. A range's end takes the year and
// month of its start when it omits them (3月25日至31日). Dates are never
// resolved against today's date, and InferredYear is left nil. A month
// or day after 每, 每年 or 每月 recurs and is not a date.
func (x *Extractor) FindDates(doc *ingest.Document) []Date {
	return x.findDates(newDocView(x.numbers, doc, nil))
}

func (x *Extractor) findDates(v docView) []Date {
	nw := v.nw
	rs := v.folded
	var out []Date
	read := 0        // the text before it is read
	recurred := -1   // where the last recurring reference ends
	var unread []int // three digits and 年 read as no date: maybe a Taiwan year
	for _, t := range v.scanNumbers() {
		if t.start < read || t.kind != tokenNumber && t.kind != tokenMask || !isDateStart(rs, t.start) {
			continue
		}
		d, end, ok := dateAt(v, t.start)
		if !ok && yearDigits(rs, t.start) == 3 {
			unread = append(unread, t.start)
		}
		if ok {
			switch {
			case recurring(nw, rs, d) || listedAfter(nw, rs, recurred, d.Offset) && d.Start.Year == nil:
				recurred = end // 每年6月、12月: the list recurs as a whole
			case loneDays(nw, rs, d):
				// 每个大堂展出4至5日: a number of days, not dates
			default:
				out = append(out, d)
			}
			read = end
		}
	}
	return rocDocument(v, out, unread)
}

// yearDigits is the number of Arabic digits of a year written at i before
// 年 (86年: 2, 112年: 3), or 0.
func yearDigits(rs []rune, i int) int {
	_, end := readDigits(rs, i, 5)
	if end == i || !hasRunesAt(rs, end, "年") {
		return 0
	}
	return end - i
}

// rocDocument rereads the years of a document that writes Taiwan
// (Republic of China) years, where rocYear read one from 100 (112年度)
// or after 民国: a two-digit year is one too (86年成立 is 1997, not 1986),
// and three digits from 100 before 年 that rocYear left alone
// (112年志工服務時數, 自105年設立) are a year wherever they stand, unless
// they read as a number of years, as a two-digit year alone does (成立
// 120年來, 近110年): the annotators take them as years (docs/annotation.md).
// unread are where such three digits start.
func rocDocument(v docView, dates []Date, unread []int) []Date {
	rs := v.folded
	dw := v.nw.d
	roc := map[int]bool{}
	for _, d := range dates {
		if n := yearDigits(rs, d.Offset); d.Start.Year != nil && (n == 3 || n == 2 && hasRunesBefore(rs, d.Offset, "民国")) {
			roc[*d.Start.Year] = true
		}
	}
	if len(roc) == 0 {
		return dates
	}
	for k, d := range dates {
		if yearDigits(rs, d.Offset) != 2 || d.Start.Year == nil || hasRunesBefore(rs, d.Offset, "民国") {
			continue
		}
		n, _ := readDigits(rs, d.Offset, 2)
		shift := n + rocEra - *d.Start.Year
		dates[k].Start.Year = valuePtr(n + rocEra)
		if d.End != nil && d.End.Year != nil {
			end := *d.End
			end.Year = valuePtr(*end.Year + shift)
			dates[k].End = &end
		}
	}
	for _, i := range unread {
		n, _ := readDigits(rs, i, 3)
		if !rocThreeDigits(n) || !roc[n+rocEra] && (wordBefore(rs, i, dw.shortYearNotAfter) != "" || hasAnyRunesAt(rs, i+4, dw.shortYearNotBefore)) {
			continue
		}
		d := Date{Start: DatePoint{Year: valuePtr(n + rocEra)}, Offset: i}
		d.Text = v.written(i, i+4)
		d.Sentence = v.sentence(i)
		at, _ := slices.BinarySearchFunc(dates, i, func(d Date, i int) int { return d.Offset - i })
		dates = slices.Insert(dates, at, d)
	}
	return dates
}

// listedAfter reports whether the item starting at i follows the item
// ending at prev as the next of a list: only a mark of [list_marks] (、)
// or a word of [list_joins] (和, 及) between them.
func listedAfter(nw *numberWords, rs []rune, prev, i int) bool {
	if prev < 0 || prev >= i {
		return false
	}
	between := string(rs[prev:i])
	return strings.Contains(nw.q.listMarks, between) || slices.Contains(nw.d.listJoins, between)
}

// loneDays reports a range of days written with no month or year right
// after a verb (展出4至5日, 持续3-5日): how many days something lasted.
// After a word of [day_range_before] (于17至19日举行) or at the start of a
// clause it is a calendar range, and 3月16日、23日 (a list) is no range.
func loneDays(nw *numberWords, rs []rune, d Date) bool {
	if d.End == nil || d.Start.Year != nil || d.Start.Month != nil || d.Start.Day == nil {
		return false
	}
	i := d.Offset
	return i > 0 && isHanRune(rs[i-1]) && wordBefore(rs, i, nw.d.dayRangeBefore) == ""
}

// recurring reports whether the date d is a recurring reference (每年三月,
// 每月15日, 每年农历八月十五, and 一月一访: once a month) rather than a
// calendar date.
func recurring(nw *numberWords, rs []rune, d Date) bool {
	if d.Start.Year != nil {
		return false
	}
	if d.Start.Day == nil && d.End == nil && hasRunesAt(rs, d.Offset, "一月一") {
		return true
	}
	k := d.Offset - utf8.RuneCountInString(wordBefore(rs, d.Offset, nw.d.lunarBefore))
	if k > 0 && rs[k-1] == '的' {
		k--
	}
	return wordBefore(rs, k, nw.d.recurringBefore) != ""
}

// datePoint is a date as read, with the levels it spans.
type datePoint struct {
	DatePoint
	first, last int
	redacted    bool
	end         int
	rangeEnd    *DatePoint // the end of a year range (2018-2019年) or a year.month range
	// until is the end of a range whose two ends share the last unit:
	// 3-5月, 3月17-26日.
	until *DatePoint
}

func dateAt(v docView, i int) (Date, int, bool) {
	rs := v.folded
	if p, from, ok := lunarDateAt(v.nw, rs, i); ok {
		d := Date{Start: p.DatePoint, End: p.until, Offset: from}
		d.Text = v.written(from, p.end)
		d.Sentence = v.sentence(from)
		return d, p.end, true
	}
	start, ok := isoDateAt(rs, i)
	if !ok {
		start, ok = dayNameAt(v.nw, rs, i)
	}
	if !ok {
		start, ok = yearRangeAt(v, i)
		if !ok {
			start, ok = yearMonthRangeAt(v.nw, rs, i)
		}
		if ok {
			return start.asRange(v, i)
		}
	}
	if !ok {
		start, ok = readDatePoint(v.nw, rs, i, loneDayAllowed(v.nw, rs, i))
		if !ok {
			return Date{}, 0, false
		}
	}
	d := Date{Start: start.DatePoint, Redacted: start.redacted, Offset: i}
	end := start.end
	if start.until != nil {
		d.End = start.until
	} else if e, ok := dayAcrossMonths(v.nw, rs, start); ok {
		d.Start.Day, d.End, end = e.until.Day, &e.DatePoint, e.end // 3月25—4月2日
	} else {
		// A weekday in parentheses after the first day is inside the span
		// of a range (3月5日（周五）至3月7日), outside a single date's.
		from := start
		from.end += weekdayAt(v.nw, rs, start.end, start.last == levelDay)
		if e, ok := rangeEnd(v.nw, rs, from); ok {
			d.End = &e.DatePoint
			d.Redacted = d.Redacted || e.redacted
			end = e.end + weekdayAt(v.nw, rs, e.end, from.end > start.end)
		}
	}
	d.Text = v.written(i, end)
	d.Sentence = v.sentence(i)
	return d, end, true
}

// lunarDateAt reads a day of the lunar calendar whose first number is at
// i: after a month named by a word of [lunar_months] (腊月二十九, 正月初五),
// or a month in Chinese numerals after a word of [lunar_before] (农历八月
// 十五) or before a day written with 初 (九月初九); the day in Chinese
// numerals, with its 日 when written, and a range to a later day of the
// same month (腊月十九至廿五). The year is never written. It returns the
// point and where its span starts (at the month word, before i).
func lunarDateAt(nw *numberWords, rs []rune, i int) (datePoint, int, bool) {
	d := datePoint{first: levelMonth, last: levelDay}
	from, k := i, i
	if i > 0 && rs[i-1] == '初' {
		k = i - 1
	}
	for w, m := range nw.d.lunarMonths {
		if hasRunesBefore(rs, k, w) {
			from, d.Month = k-utf8.RuneCountInString(w), &m
			break
		}
	}
	if d.Month == nil {
		tok, masked := dateToken(rs, i)
		if masked || len(tok) == 0 || dateTokenKind(tok[0]) != 2 || !hasRunesAt(rs, i+len(tok), "月") {
			return datePoint{}, 0, false
		}
		m, ok := dateValue(tok, false, 1, 12)
		k = i + len(tok) + 1
		if !ok || wordBefore(rs, i, nw.d.lunarBefore) == "" && !hasRunesAt(rs, k, "初") {
			return datePoint{}, 0, false
		}
		d.Month = m
	}
	day, end, ok := lunarDayAt(rs, k)
	if !ok {
		return datePoint{}, 0, false
	}
	d.Day, d.end = day, end
	if s := separatorEnd(nw, rs, end); s > end {
		if last, e, ok := lunarDayAt(rs, s); ok && *last > *day {
			d.until, d.end = &DatePoint{Month: d.Month, Day: last}, e
		}
	}
	return d, from, true
}

// lunarDayAt reads a day of the lunar calendar at k: 初 and a digit (初九,
// 初十) or a Chinese numeral up to 30 (十五, 廿五), and 日 when written. It
// returns the day and where it ends.
func lunarDayAt(rs []rune, k int) (*int, int, bool) {
	early := hasRunesAt(rs, k, "初")
	if early {
		k++
	}
	tok, masked := dateToken(rs, k)
	if masked || len(tok) == 0 || dateTokenKind(tok[0]) != 2 {
		return nil, 0, false
	}
	day, ok := dateValue(tok, false, 1, 30)
	if !ok || early && *day > 10 {
		return nil, 0, false
	}
	k += len(tok)
	if hasRunesAt(rs, k, "日") {
		k++
	}
	return day, k, true
}

// weekdayAt is the length of a weekday in parentheses at k ((周五),
// （星期五）) when allowed, else 0.
func weekdayAt(nw *numberWords, rs []rune, k int, allowed bool) int {
	if !allowed || k >= len(rs) || rs[k] != '(' && rs[k] != '（' {
		return 0
	}
	for _, w := range nw.d.weekdays {
		e := k + 1 + utf8.RuneCountInString(w)
		if hasRunesAt(rs, k+1, w) && e < len(rs) && (rs[e] == ')' || rs[e] == '）') {
			return e + 1 - k
		}
	}
	return 0
}

// dayAcrossMonths reads a range across months whose first day lacks its
// 日, after the month start (3月25—4月2日): the day, a separator and a
// month with its day. The returned point is the end; its until holds the
// first day.
func dayAcrossMonths(nw *numberWords, rs []rune, start datePoint) (datePoint, bool) {
	if start.first > levelMonth || start.last != levelMonth || start.Part != "" || start.redacted {
		return datePoint{}, false
	}
	tok, masked := dateToken(rs, start.end)
	if len(tok) == 0 || masked || dateTokenKind(tok[0]) != 1 {
		return datePoint{}, false
	}
	day, ok := dateValue(tok, false, 1, 31)
	if !ok {
		return datePoint{}, false
	}
	k := start.end + len(tok)
	sepEnd := separatorEnd(nw, rs, k)
	if sepEnd == k {
		return datePoint{}, false
	}
	e, ok := readDatePoint(nw, rs, sepEnd, false)
	if !ok || e.first != levelMonth || e.last != levelDay || e.until != nil || e.redacted {
		return datePoint{}, false
	}
	e.Year = start.Year
	e.until = &DatePoint{Day: day}
	return e, true
}

// yearMonthRangeAt reads a range of dotted year.month points at i
// (2019.03-2019.06, 2019.3—2020.1); a lone 2019.03 is as often a
// decimal, and is not read.
func yearMonthRangeAt(nw *numberWords, rs []rune, i int) (datePoint, bool) {
	point := func(k int) (y, m, end int, ok bool) {
		y, end = readDigits(rs, k, 5)
		if end-k != 4 || y < 1900 || y > 2100 || end+1 >= len(rs) || rs[end] != '.' {
			return 0, 0, 0, false
		}
		m, e := readDigits(rs, end+1, 3)
		if e == end+1 || e-end-1 > 2 || m < 1 || m > 12 {
			return 0, 0, 0, false
		}
		if e < len(rs) && rs[e] == '.' {
			return 0, 0, 0, false // 2019.03.05: a full date
		}
		return y, m, e, true
	}
	y1, m1, k, ok := point(i)
	if !ok {
		return datePoint{}, false
	}
	sepEnd := separatorEnd(nw, rs, k)
	if sepEnd == k {
		return datePoint{}, false
	}
	y2, m2, end, ok := point(sepEnd)
	if !ok || y2*12+m2 <= y1*12+m1 {
		return datePoint{}, false
	}
	if end < len(rs) {
		if _, digit := arabicDigit(rs[end]); digit {
			return datePoint{}, false
		}
	}
	p := datePoint{first: levelYear, last: levelMonth, end: end}
	p.Year, p.Month = &y1, &m1
	p.rangeEnd = &DatePoint{Year: &y2, Month: &m2}
	return p, true
}

// separatorEnd is the index after the range separator (-, —, ~, 至, 到 …) at
// rs[k], or k when none is there.
func separatorEnd(nw *numberWords, rs []rune, k int) int {
	for _, sep := range nw.d.separators {
		if hasRunesAt(rs, k, sep) {
			return k + utf8.RuneCountInString(sep)
		}
	}
	return k
}

// rangeEnd reads the end of a range after start: a separator, then a date
// as fine as the start (3月17日-26日, 3月初至4月底, 2015年至2016年), a
// part of the same month (3月上旬至中旬), or a month of the next year after
// a word of [next_year] (2023年11月至次年1月).
func rangeEnd(nw *numberWords, rs []rune, start datePoint) (datePoint, bool) {
	k := separatorEnd(nw, rs, start.end)
	if k == start.end || k >= len(rs) {
		return datePoint{}, false
	}
	if part, n := partAt(rs, k, nw.d.monthParts); n > 0 && start.last == levelMonth && start.Part != "" {
		e := start
		e.Part, e.end, e.until, e.rangeEnd = part, k+n, nil, nil
		return e, true // 3月上旬至中旬
	}
	nextYear := false
	for _, w := range nw.d.nextYear {
		if hasRunesAt(rs, k, w) && start.Year != nil {
			k += utf8.RuneCountInString(w)
			nextYear = true
			break
		}
	}
	if start.first == levelYear && start.last == levelDay {
		if e, ok := isoDateAt(rs, k); ok {
			return e, true // 自2020-01-01至2020-12-31止
		}
	}
	e, ok := readDatePoint(nw, rs, k, start.last == levelDay)
	// The end is as fine as the start, or a month (with a part of month)
	// after a day: 2023年8月8日至10月底.
	if !ok || e.last != start.last && (start.last != levelDay || e.last != levelMonth) {
		return datePoint{}, false
	}
	if nextYear && e.first != levelMonth {
		return datePoint{}, false
	}
	if e.first > levelYear {
		e.Year = start.Year
		if nextYear {
			e.Year = valuePtr(*start.Year + 1) // 2023年11月至次年1月
		}
	}
	if e.first > levelMonth {
		e.Month = start.Month
	}
	return e, true
}

// isDateStart reports whether a date token can start at i: a digit, a
// Chinese numeral or a mask that does not continue a number before it.
func isDateStart(rs []rune, i int) bool {
	kind := dateTokenKind(rs[i])
	if kind == 0 {
		return false
	}
	if i == 0 {
		return true
	}
	p := rs[i-1]
	if dateTokenKind(p) != 0 || numeralClass(rs, i-1) != runNone {
		return false
	}
	if (p == '.' || p == '-' || p == '/') && i >= 2 {
		if _, ok := arabicDigit(rs[i-2]); ok {
			return false
		}
	}
	return true
}

// dateTokenKind is 1 for Arabic digits and masks, 2 for Chinese numerals.
// ○ and 某 alone are not a date part (○○社区, 某月).
func dateTokenKind(r rune) int {
	if r == '○' || r == '某' {
		return 0
	}
	if _, ok := arabicDigit(r); ok || dateMaskSet.has(r) {
		return 1
	}
	if chineseDateDigitSet.has(r) {
		return 2
	}
	return 0
}

// isDateMask reports whether rs[j] masks a digit of the date token that
// started at i: ×, x, *…; and ○ or 某 after an Arabic digit or another
// mask (20○○, 20某某), while ○ after a Chinese digit is zero (二○一六).
func isDateMask(rs []rune, i, j int) bool {
	r := rs[j]
	if !dateMaskSet.has(r) {
		return false
	}
	if r != '○' && r != '某' {
		return true
	}
	if j == i {
		return false
	}
	_, digit := arabicDigit(rs[j-1])
	return digit || isDateMask(rs, i, j-1)
}

// dateToken reads the token at i: Arabic digits and masks, or Chinese
// numerals. It returns the token and whether it holds a mask.
func dateToken(rs []rune, i int) (tok []rune, masked bool) {
	if i >= len(rs) {
		return nil, false
	}
	kind := dateTokenKind(rs[i])
	j := i
	for j < len(rs) && j-i < 8 && kind != 0 {
		switch {
		case isDateMask(rs, i, j) || j > i && masked && kind == 2 && rs[j] == '○':
			masked = true // 20××, 20○○, and 二〇×× (Chinese digits, then masks)
		case (dateTokenKind(rs[j]) == kind || kind == 2 && rs[j] == '○') && !masked:
		default:
			return rs[i:j], masked
		}
		j++
	}
	return rs[i:j], masked
}

// dateValue reads a month or day token: its value, or nil when masked.
func dateValue(tok []rune, masked bool, lo, hi int) (*int, bool) {
	if len(tok) == 0 || len(tok) > 3 {
		return nil, false
	}
	if masked {
		return nil, len(tok) <= 2
	}
	if _, seq := parseDigitSequence(tok); seq {
		return nil, false // 一二月: two months, not December
	}
	f, ok := ParseNumeral(string(tok))
	n := int(f)
	if !ok || float64(n) != f || n < lo || n > hi {
		return nil, false
	}
	if _, ok := arabicDigit(tok[0]); ok && len(tok) > 2 {
		return nil, false
	}
	return &n, true
}

// yearValue reads a year token: four Arabic digits, four Chinese digits
// (二〇一六) or a masked year (20××, ××××).
func yearValue(tok []rune, masked bool) (*int, bool) {
	if masked {
		if len(tok) < 2 || len(tok) > 4 {
			return nil, false
		}
		for _, r := range tok {
			if _, ok := arabicDigit(r); !ok && !dateMaskSet.has(r) && !chineseDateDigitSet.has(r) {
				return nil, false
			}
		}
		return nil, true
	}
	if len(tok) != 4 {
		return nil, false
	}
	var f float64
	if _, ok := arabicDigit(tok[0]); ok {
		f, ok = ParseNumeral(string(tok))
		if !ok {
			return nil, false
		}
	} else {
		var ok bool
		if f, ok = parseDigitSequence(tok); !ok {
			return nil, false
		}
	}
	n := int(f)
	if n < 1900 || n > 2100 {
		return nil, false
	}
	return &n, true
}

// readDatePoint reads year? month? (part | day)? at i; a point starts with
// a year or a month, or with a day when dayOnly.
func readDatePoint(nw *numberWords, rs []rune, i int, dayOnly bool) (datePoint, bool) {
	d := datePoint{first: -1, last: -1}
	k := i
	take := func(level int, masked bool, end int) {
		if d.first < 0 {
			d.first = level
		}
		d.last = level
		d.redacted = d.redacted || masked
		k, d.end = end, end
	}
	// A typeset date spaces its figures from their units (2025 年 4 月 9 日):
	// after a four-digit year, one space is skipped before a figure or a
	// unit. A date that opens with a month, or a short year, is read tight.
	spaced := false
	gap := func(j int) int {
		if spaced && j < len(rs) && (rs[j] == ' ' || rs[j] == '\u3000') {
			return j + 1
		}
		return j
	}
	if tok, masked := dateToken(rs, k); len(tok) == 4 && !masked && !hasRunesAt(rs, k+4, "年") && (hasRunesAt(rs, k+4, " 年") || hasRunesAt(rs, k+4, "\u3000年")) {
		y, ok := yearValue(tok, masked)
		if !ok {
			return d, false
		}
		d.Year = y
		take(levelYear, masked, k+6)
		spaced = true
	} else if len(tok) > 0 && hasRunesAt(rs, k+len(tok), "年") {
		y, ok := yearValue(tok, masked)
		if !ok {
			y, ok = rocYear(nw, rs, k, tok)
		}
		if !ok && !masked {
			y, ok = shortYear(nw, rs, k, tok)
		}
		if !ok {
			return d, false
		}
		d.Year = y
		take(levelYear, masked, k+len(tok)+1)
		spaced = len(tok) == 4
	}
	if a, b, end, ok := sharedUnitRange(nw, rs, k, "月", 1, 12); ok && d.last != levelMonth {
		d.Month = a // 3-5月, 2019年3至5月
		take(levelMonth, false, end)
		d.until = &DatePoint{Year: d.Year, Month: b}
		return d, true
	}
	mk := gap(k)
	if tok, masked := dateToken(rs, mk); len(tok) > 0 && hasRunesAt(rs, gap(mk+len(tok)), "月") {
		m, ok := dateValue(tok, masked, 1, 12)
		if !ok {
			return d, d.first >= 0
		}
		d.Month = m
		take(levelMonth, masked, gap(mk+len(tok))+1)
		if hasRunesAt(rs, k, "份") {
			return d, true // 5月份: 份 is not part of the date, and no day follows
		}
		if part, n := partAt(rs, k, nw.d.monthParts); n > 0 {
			d.Part = part
			d.end = k + n
			return d, true
		}
	}
	if d.first == levelYear && d.last == levelYear {
		if part, n := yearPartAt(nw, rs, k); n > 0 {
			d.Part = part // 2019年底
			d.end = k + n
		}
		return d, true // 2016年 alone: a day needs its month
	}
	if d.first < 0 && !dayOnly {
		return d, false
	}
	for _, unit := range []string{"日", "号"} {
		if unit == "号" && d.first < 0 {
			break // 5-6号: house numbers as often as days
		}
		if a, b, end, ok := sharedUnitRange(nw, rs, k, unit, 1, 31); ok {
			d.Day = a // 3月17-26日
			take(levelDay, false, end)
			d.until = &DatePoint{Year: d.Year, Month: d.Month, Day: b}
			return d, true
		}
	}
	dk := gap(k)
	if tok, masked := dateToken(rs, dk); len(tok) > 0 {
		unit := gap(dk + len(tok))
		suffix := hasRunesAt(rs, unit, "日") || d.first >= 0 && hasRunesAt(rs, unit, "号")
		if suffix {
			if day, ok := dateValue(tok, masked, 1, 31); ok {
				d.Day = day
				take(levelDay, masked, unit+1)
			}
		}
	}
	return d, d.first >= 0
}

// readDigits reads at most limit Arabic digits from rs[k] and returns their
// value and the index after them.
func readDigits(rs []rune, k, limit int) (n, end int) {
	for end = k; end < len(rs) && end-k < limit; end++ {
		d, ok := arabicDigit(rs[end])
		if !ok {
			break
		}
		n = n*10 + d
	}
	return n, end
}

// isoDateAt reads 2016-03-12, 2016.3.12 or 2016/3/12 at i, and a Taiwan
// (Republic of China) year from 100 written so with a dot or a slash
// (112.03.05, 112/3/5 → 2023), as Taiwanese forms and tables date; a date
// without a year (04-26) is not read, as such dates are mostly page
// furniture.
func isoDateAt(rs []rune, i int) (datePoint, bool) {
	y, end := readDigits(rs, i, 5)
	if end-i != 4 && end-i != 3 || end+1 >= len(rs) {
		return datePoint{}, false
	}
	sep := rs[end]
	if sep != '-' && sep != '.' && sep != '/' || end-i == 3 && sep == '-' {
		return datePoint{}, false
	}
	if end-i == 3 {
		if !rocThreeDigits(y) {
			return datePoint{}, false
		}
		y += rocEra
	}
	readPart := func(k int) (int, int, bool) {
		n, j := readDigits(rs, k, 3)
		return n, j, j > k && j-k <= 2
	}
	m, k, ok := readPart(end + 1)
	if !ok || k >= len(rs) || rs[k] != sep {
		return datePoint{}, false
	}
	day, k2, ok := readPart(k + 1)
	if !ok || m < 1 || m > 12 || day < 1 || day > 31 || y < 1900 || y > 2100 {
		return datePoint{}, false
	}
	if k2 < len(rs) {
		if _, digit := arabicDigit(rs[k2]); digit || rs[k2] == sep {
			return datePoint{}, false
		}
	}
	p := datePoint{first: levelYear, last: levelDay, end: k2}
	p.Year, p.Month, p.Day = &y, &m, &day
	return p, true
}

// partAt matches a part-of-month or part-of-year word at k and returns
// the part it names and its length in runes.
func partAt(rs []rune, k int, parts [][]string) (string, int) {
	for _, p := range parts {
		if hasRunesAt(rs, k, p[0]) {
			return p[1], utf8.RuneCountInString(p[0])
		}
	}
	return "", 0
}

// yearPartAt is the part of the year written at k, right after 年
// (2019年底, 2023年一季度), and its length; none for a word that only
// begins like one (20年初心).
func yearPartAt(nw *numberWords, rs []rune, k int) (string, int) {
	if hasAnyRunesAt(rs, k, nw.d.notYearParts) {
		return "", 0
	}
	return partAt(rs, k, nw.d.yearParts)
}

// loneDayAllowed reports whether a day written without its month may start
// at i (截止25日, 3月16日、23日): Arabic digits only, as 三日 or 十日 are
// mostly durations, and not after a word that makes it a duration or a
// recurring day (历时3日, 每月15日), nor after a range separator that
// follows a number (历时4至6日: 4 was not read as a day, so 6 is none).
func loneDayAllowed(nw *numberWords, rs []rune, i int) bool {
	if _, ok := arabicDigit(rs[i]); !ok {
		return false
	}
	if sep := wordBefore(rs, i, nw.d.separators); sep != "" {
		if k := i - utf8.RuneCountInString(sep) - 1; k >= 0 {
			if _, ok := arabicDigit(rs[k]); ok {
				return false // 每期3至5日: the end of a number of days, whose start was no date
			}
		}
	}
	return wordBefore(rs, i, nw.d.dayNotAfter) == ""
}

// dayNameAt reads a month·day day name at i: 6·26 (国际禁毒日), 5·12. The
// month and day are one or two Arabic digits; 3·×× is not read.
func dayNameAt(nw *numberWords, rs []rune, i int) (datePoint, bool) {
	readPart := func(k int) (int, int) {
		n, j := readDigits(rs, k, 3)
		if j == k || j-k > 2 {
			return 0, k
		}
		return n, j
	}
	m, k := readPart(i)
	if k == i || k+1 >= len(rs) || !strings.ContainsRune(nw.d.dayNameDots, rs[k]) {
		return datePoint{}, false
	}
	day, e := readPart(k + 1)
	if e == k+1 || m < 1 || m > 12 || day < 1 || day > 31 {
		return datePoint{}, false
	}
	if e < len(rs) {
		if _, digit := arabicDigit(rs[e]); digit || strings.ContainsRune(nw.d.dayNameDots, rs[e]) || rs[e] == '.' {
			return datePoint{}, false
		}
	}
	p := datePoint{first: levelMonth, last: levelDay, end: e}
	p.Month, p.Day = &m, &day
	return p, true
}

// yearRangeAt reads two years joined by a separator with 年 written once,
// after the second: 2018-2019年. The returned point is the start; its end
// field is the rune after 年, and asRange builds the Date.
func yearRangeAt(v docView, i int) (datePoint, bool) {
	nw := v.nw
	rs := v.folded
	tok, masked := dateToken(rs, i)
	if len(tok) != 4 || masked {
		return datePoint{}, false
	}
	y1, ok := yearValue(tok, false)
	if !ok {
		return datePoint{}, false
	}
	k := i + 4
	sepEnd := separatorEnd(nw, rs, k)
	if sepEnd == k {
		return datePoint{}, false
	}
	tok2, masked2 := dateToken(rs, sepEnd)
	if len(tok2) != 4 || masked2 || !hasRunesAt(rs, sepEnd+4, "年") {
		return datePoint{}, false
	}
	y2, ok := yearValue(tok2, false)
	if !ok || *y2 <= *y1 {
		return datePoint{}, false
	}
	p := datePoint{first: levelYear, last: levelYear, end: sepEnd + 5}
	p.Year = y1
	p.rangeEnd = &DatePoint{Year: y2}
	return p, true
}

// asRange is the Date of a range read by yearRangeAt or yearMonthRangeAt.
func (p datePoint) asRange(v docView, i int) (Date, int, bool) {
	d := Date{Start: p.DatePoint, Offset: i, End: p.rangeEnd}
	d.Text = v.written(i, p.end)
	d.Sentence = v.sentence(i)
	return d, p.end, true
}

// rocYear reads a year of the Republic of China era, used in Taiwan
// (109年 is 2020): two or three Arabic digits after 民国, or three digits
// from 100 whose 年 is followed by a month or by a word of
// dict/date_words.txt [roc_year_after] (109年度, 自112年起, 110年4月)
// or preceded by one of [roc_year_before] (较111年);
// a lone 100年 is more often a duration or an anniversary.
func rocYear(nw *numberWords, rs []rune, k int, tok []rune) (*int, bool) {
	if len(tok) < 2 || len(tok) > 3 {
		return nil, false
	}
	n, end := readDigits(tok, 0, len(tok))
	if end != len(tok) {
		return nil, false
	}
	after := k + len(tok) + 1
	switch {
	case hasRunesBefore(rs, k, "民国") && n >= 1:
	case len(tok) == 3 && rocThreeDigits(n) && wordBefore(rs, k, nw.d.rocYearBefore) != "" && !hasAnyRunesAt(rs, after, nw.d.shortYearNotBefore):
		// 较111年成长: the year compared with (较100年前 is a time ago)
	case len(tok) == 3 && rocThreeDigits(n):
		if !hasAnyRunesAt(rs, after, nw.d.rocYearAfter) || hasAnyRunesAt(rs, after, nw.d.notYearParts) {
			if m, _ := dateToken(rs, after); len(m) == 0 || !hasRunesAt(rs, after+len(m), "月") {
				return nil, false
			}
		}
	default:
		return nil, false
	}
	y := n + rocEra
	return &y, true
}

// rocEra is what makes a Taiwan (Republic of China) year the common era's
// (112 + 1911 = 2023).
const rocEra = 1911

// rocThreeDigits reports whether three digits n are a Taiwan year the
// dates take: 100 to 189 (2011 to 2100).
func rocThreeDigits(n int) bool { return n >= 100 && n <= 189 }

// shortYear reads a year written with two Arabic digits (19年3月 is March
// 2019, 98年 is 1998: 00–49 are 20xx, 50–99 19xx). A month must follow,
// or the year must stand where a duration does not (近30年来, 工作10年):
// no word of [short_year_not_after] before it and none of
// [short_year_not_before] after 年; and below 50, where a number of years
// is the likelier reading (服务23年), a part of the year must follow it
// (23年底, 22年上半年): a duration has no end or half — or a word of
// [short_year_from] must stand right before it (自19年举办): a time starts
// there.
func shortYear(nw *numberWords, rs []rune, k int, tok []rune) (*int, bool) {
	if len(tok) != 2 {
		return nil, false
	}
	n, end := readDigits(tok, 0, len(tok))
	if end != len(tok) {
		return nil, false
	}
	after := k + len(tok) + 1
	if m, _ := dateToken(rs, after); len(m) == 0 || !hasRunesAt(rs, after+len(m), "月") {
		dw := nw.d
		if wordBefore(rs, k, dw.shortYearNotAfter) != "" || hasAnyRunesAt(rs, after, dw.shortYearNotBefore) {
			return nil, false
		}
		if _, part := yearPartAt(nw, rs, after); n < 50 && part == 0 && wordBefore(rs, k, dw.shortYearFrom) == "" {
			return nil, false
		}
	}
	y := 2000 + n
	if n >= 50 {
		y = 1900 + n
	}
	return &y, true
}

// sharedUnitRange reads two values joined by a range separator with their
// unit written once, after the second: 3-5月, 17至26日. Both values are in
// [lo, hi], unmasked, and the second is larger. It returns them and the
// end of the unit.
func sharedUnitRange(nw *numberWords, rs []rune, k int, unit string, lo, hi int) (a, b *int, end int, ok bool) {
	tok, masked := dateToken(rs, k)
	if len(tok) == 0 || masked || hasRunesAt(rs, k+len(tok), unit) {
		return nil, nil, 0, false
	}
	a, ok = dateValue(tok, false, lo, hi)
	if !ok {
		return nil, nil, 0, false
	}
	s := separatorEnd(nw, rs, k+len(tok))
	if s == k+len(tok) {
		return nil, nil, 0, false
	}
	tok2, masked2 := dateToken(rs, s)
	if len(tok2) == 0 || masked2 || dateTokenKind(tok2[0]) != dateTokenKind(tok[0]) || !hasRunesAt(rs, s+len(tok2), unit) {
		return nil, nil, 0, false
	}
	b, ok = dateValue(tok2, false, lo, hi)
	if !ok || *b <= *a {
		return nil, nil, 0, false
	}
	return a, b, s + len(tok2) + utf8.RuneCountInString(unit), true
}

// FindPeriods finds named periods and festivals (国庆期间, 春节前夕, 暑假)
// from dict/date_words.txt. They are not dates: no calendar part is
// written, and none is guessed.
func (x *Extractor) FindPeriods(doc *ingest.Document) []Period {
	return x.findPeriods(newDocView(x.numbers, doc, nil))
}

func (x *Extractor) findPeriods(v docView) []Period {
	nw := v.nw
	rs := v.folded
	dw := nw.d
	var out []Period
	for i := 0; i < len(rs); i++ {
		// the names that can start here: those filed under the
		// character (a name starting otherwise does not match)
		names := dw.namedPeriods
		if dw.periodsByFirst != nil {
			if !dw.periodFirst.has(rs[i]) {
				continue // most characters: no map look-up
			}
			names = dw.periodsByFirst[rs[i]]
		}
		if i > 0 && numeralClass(rs, i-1) != runNone {
			continue // 十五一: not 五一
		}
		for _, name := range names {
			if !hasRunesAt(rs, i, name) {
				continue
			}
			end := i + utf8.RuneCountInString(name)
			if end < len(rs) && numeralClass(rs, end) != runNone {
				break
			}
			for _, w := range dw.periodSuffixes {
				if hasRunesAt(rs, end, w) {
					end += utf8.RuneCountInString(w)
					break
				}
			}
			out = append(out, Period{Name: name, Text: v.written(i, end), Offset: i, Sentence: v.sentence(i)})
			i = end - 1
			break
		}
	}
	return out
}
