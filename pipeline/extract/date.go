package extract

import (
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

// dateMasks stand for digits a publisher redacted: 20××年, 3月××日.
const dateMasks = "×xXＸｘ*＊"

// chineseDateDigits may make up a year, month or day in Chinese numerals.
const chineseDateDigits = "〇○零一二三四五六七八九十廿卅"

// dayOnlyAfter are the words after which a lone day is a date: 截止25日.
var dayOnlyAfter = []string{"截止", "截至", "至", "到"}

// monthParts follow a month in place of a day: 3月底, 5月上旬.
var monthParts = []struct{ word, part string }{
	{"上旬", "early"}, {"中旬", "mid"}, {"下旬", "late"},
	{"初", "early"}, {"底", "late"}, {"末", "late"},
}

// dateSeparators join the two ends of a date range.
var dateSeparators = []string{"——", "--", "-", "－", "–", "—", "~", "～", "至", "到"}

// FindDates finds dates and date ranges in doc as written: parts that are
// not written, or are masked, are nil. A range's end takes the year and
// month of its start when it omits them (3月25日至31日). Dates are never
// resolved against today's date, and InferredYear is left nil.
func FindDates(doc *ingest.Document) []Date {
	v := newDocView(doc)
	rs := v.folded
	var out []Date
	for i := 0; i < len(rs); {
		if isDateStart(rs, i) {
			if d, end, ok := dateAt(v, i); ok {
				out = append(out, d)
				i = end
				continue
			}
		}
		i++
	}
	return out
}

// datePoint is a date as read, with the levels it spans.
type datePoint struct {
	DatePoint
	first, last int
	redacted    bool
	end         int
}

func dateAt(v docView, i int) (Date, int, bool) {
	rs := v.folded
	start, ok := isoDateAt(rs, i)
	if !ok {
		dayOnly := false
		for _, w := range dayOnlyAfter {
			if hasRunesBefore(rs, i, w) {
				dayOnly = true
			}
		}
		start, ok = readDatePoint(rs, i, dayOnly)
		if !ok {
			return Date{}, 0, false
		}
	}
	d := Date{Start: start.DatePoint, Redacted: start.redacted, Offset: i}
	end := start.end
	if e, ok := rangeEnd(rs, start); ok {
		d.End = &e.DatePoint
		d.Redacted = d.Redacted || e.redacted
		end = e.end
	}
	d.Text = v.written(i, end)
	d.Sentence = v.sentence(i)
	return d, end, true
}

// rangeEnd reads the end of a range after start: a separator, then a date
// as fine as the start (3月17日-26日, 3月初至4月底, 2015年至2016年).
func rangeEnd(rs []rune, start datePoint) (datePoint, bool) {
	k := start.end
	for _, sep := range dateSeparators {
		if hasRunesAt(rs, k, sep) {
			k += utf8.RuneCountInString(sep)
			break
		}
	}
	if k == start.end || k >= len(rs) {
		return datePoint{}, false
	}
	e, ok := readDatePoint(rs, k, start.last == levelDay)
	if !ok || e.last != start.last {
		return datePoint{}, false
	}
	if e.first > levelYear {
		e.Year = start.Year
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
func dateTokenKind(r rune) int {
	if _, ok := arabicDigit(r); ok || strings.ContainsRune(dateMasks, r) {
		return 1
	}
	if strings.ContainsRune(chineseDateDigits, r) {
		return 2
	}
	return 0
}

// dateToken reads the token at i: Arabic digits and masks, or Chinese
// numerals. It returns the token and whether it holds a mask.
func dateToken(rs []rune, i int) (tok []rune, masked bool) {
	if i >= len(rs) {
		return nil, false
	}
	kind := dateTokenKind(rs[i])
	j := i
	for j < len(rs) && j-i < 8 && dateTokenKind(rs[j]) == kind && kind != 0 {
		if strings.ContainsRune(dateMasks, rs[j]) {
			masked = true
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
			if _, ok := arabicDigit(r); !ok && !strings.ContainsRune(dateMasks, r) {
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
func readDatePoint(rs []rune, i int, dayOnly bool) (datePoint, bool) {
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
	if tok, masked := dateToken(rs, k); len(tok) > 0 && hasRunesAt(rs, k+len(tok), "年") {
		y, ok := yearValue(tok, masked)
		if !ok {
			return d, false
		}
		d.Year = y
		take(levelYear, masked, k+len(tok)+1)
	}
	if tok, masked := dateToken(rs, k); len(tok) > 0 && hasRunesAt(rs, k+len(tok), "月") {
		m, ok := dateValue(tok, masked, 1, 12)
		if !ok {
			return d, d.first >= 0
		}
		d.Month = m
		end := k + len(tok) + 1
		if hasRunesAt(rs, end, "份") {
			end++
		}
		take(levelMonth, masked, end)
		for _, mp := range monthParts {
			if hasRunesAt(rs, k, mp.word) {
				d.Part = mp.part
				k += utf8.RuneCountInString(mp.word)
				d.end = k
				return d, true
			}
		}
	}
	if d.first == levelYear && d.last == levelYear {
		return d, true // 2016年 alone: a day needs its month
	}
	if d.first < 0 && !dayOnly {
		return d, false
	}
	if tok, masked := dateToken(rs, k); len(tok) > 0 {
		suffix := hasRunesAt(rs, k+len(tok), "日") || d.first >= 0 && hasRunesAt(rs, k+len(tok), "号")
		if suffix {
			if day, ok := dateValue(tok, masked, 1, 31); ok {
				d.Day = day
				take(levelDay, masked, k+len(tok)+1)
			}
		}
	}
	return d, d.first >= 0
}

// isoDateAt reads 2016-03-12, 2016.3.12 or 2016/3/12 at i; a date without a
// year (04-26) is not read, as such dates are mostly page furniture.
func isoDateAt(rs []rune, i int) (datePoint, bool) {
	y, end := 0, i
	for end < len(rs) && end-i < 5 {
		d, ok := arabicDigit(rs[end])
		if !ok {
			break
		}
		y = y*10 + d
		end++
	}
	if end-i != 4 || end+1 >= len(rs) {
		return datePoint{}, false
	}
	sep := rs[end]
	if sep != '-' && sep != '.' && sep != '/' {
		return datePoint{}, false
	}
	readPart := func(k int) (int, int, bool) {
		n, j := 0, k
		for j < len(rs) && j-k < 3 {
			d, ok := arabicDigit(rs[j])
			if !ok {
				break
			}
			n = n*10 + d
			j++
		}
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
