package extract

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// MeasureWords maps measure words (量词, in Simplified characters) to the
// kind of thing they count. The zero value has no words and finds nothing.
type MeasureWords struct {
	kinds  map[string]string
	maxLen int // longest unit, in runes
}

// measureKinds are the kinds a measure word may have.
var measureKinds = map[string]bool{
	"people": true, "households": true, "materials": true, "events": true,
	"groups": true, "goods": true, "hours": true, "other": true,
}

// MeasureKinds lists the kinds a quantity may have, sorted.
func MeasureKinds() []string {
	return slices.Sorted(maps.Keys(measureKinds))
}

// LoadMeasureWords reads a measure-word table: one "unit kind" pair a line,
// blank lines and lines starting with # ignored.
func LoadMeasureWords(r io.Reader) (MeasureWords, error) {
	mw := MeasureWords{kinds: map[string]string{}}
	err := dict.Lines(r, func(n int, line string) error {
		f := strings.Fields(line)
		if len(f) != 2 {
			return fmt.Errorf("line %d: want \"unit kind\", got %q", n, line)
		}
		unit, kind := f[0], f[1]
		if !utf8.ValidString(unit) {
			return fmt.Errorf("line %d: measure word %q is not valid UTF-8", n, unit)
		}
		if strings.ContainsFunc(unit, func(r rune) bool { return !isHanRune(r) }) && !isUnitSymbol(unit) {
			return fmt.Errorf("line %d: bad measure word %q: only Chinese characters, or a unit symbol in lower-case Latin letters or one squared unit sign", n, unit)
		}
		if !measureKinds[kind] {
			return fmt.Errorf("line %d: unknown kind %q for %q", n, kind, unit)
		}
		if _, dup := mw.kinds[unit]; dup {
			return fmt.Errorf("line %d: duplicate measure word %q", n, unit)
		}
		mw.kinds[unit] = kind
		mw.maxLen = max(mw.maxLen, utf8.RuneCountInString(unit))
		return nil
	})
	if err != nil {
		return MeasureWords{}, err
	}
	return mw, nil
}

var defaultMeasureWords = sync.OnceValue(func() MeasureWords {
	mw, err := LoadMeasureWords(bytes.NewReader(dict.File("measure_words.txt")))
	if err != nil {
		panic("extract: dict/measure_words.txt: " + err.Error())
	}
	return mw
})

// isUnitSymbol reports whether a measure word is a unit's symbol in
// lower-case Latin letters (ml, kg): reports write 献血38600ml as often as
// 毫升. It is matched whatever its case, and not inside a longer Latin word.
// One squared unit sign of Unicode's CJK compatibility block (㎏, ㎖) is a
// unit's symbol too.
func isUnitSymbol(unit string) bool {
	if r, n := utf8.DecodeRuneInString(unit); n == len(unit) && isSquaredUnit(r) {
		return true
	}
	return unit != "" && !strings.ContainsFunc(unit, func(r rune) bool { return r < 'a' || r > 'z' })
}

// isSquaredUnit reports whether r is a squared Latin unit sign of the CJK
// compatibility block (㎏ U+338F, ㎖ U+3396, ㎡ U+33A1).
func isSquaredUnit(r rune) bool {
	return r >= 0x3380 && r <= 0x33DF
}

// isASCIILetter reports whether r is a Latin letter of ASCII.
func isASCIILetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// DefaultMeasureWords is the table embedded from dict/measure_words.txt.
func DefaultMeasureWords() MeasureWords { return defaultMeasureWords() }

// Kind is the kind of the measure word unit, if the table has it.
func (mw MeasureWords) Kind(unit string) (kind string, ok bool) {
	kind, ok = mw.kinds[unit]
	return kind, ok
}

// Len is the number of measure words in the table.
func (mw MeasureWords) Len() int { return len(mw.kinds) }

// match finds the longest measure word at rs[i:].
func (mw MeasureWords) match(rs []rune, i int) (unit string, n int) {
	// Each candidate is looked up through its UTF-8 bytes, which a map
	// index reads without making a string (string(rs[i:i+l]) made one for
	// every length tried at every number); only the match is made a string.
	var buf [64]byte
	for l := min(mw.maxLen, len(rs)-i); l >= 1; l-- {
		b := buf[:0]
		for _, r := range rs[i : i+l] {
			b = utf8.AppendRune(b, unicode.ToLower(r)) // 48300ML is 48300ml
		}
		if mw.kinds[string(b)] != "" && !(isUnitSymbol(string(b)) && i+l < len(rs) && isASCIILetter(rs[i+l])) {
			return string(b), l
		}
	}
	return "", 0
}

// FindQuantities finds counts (a number and a measure word from mw) in
// doc, matching on the folded text and reporting the text as written.
// toks, the document's words, let it reject a number that starts inside a
// word (周三项目组) and find a counted object written before the number;
// without them (nil) neither is done.
func (x *Extractor) FindQuantities(doc *ingest.Document, toks []segment.Token) []Quantity {
	return x.findQuantities(newDocView(x.numbers, doc, toks))
}

func (x *Extractor) findQuantities(v docView) []Quantity {
	mw := x.Measure
	var out []Quantity
	read := 0 // the text before it is read
	for _, t := range v.scanNumbers() {
		if t.start < read {
			continue
		}
		var q Quantity
		end, ok := 0, false
		switch t.kind {
		case tokenIdiom, tokenBookTitle:
			read = t.end // 《…》: numbers in a document's title count nothing
			continue
		case tokenNumber:
			if q, end, ok = quantityAt(v, mw, t); !ok {
				q, end, ok = maskedQuantityAt(v, mw, t.start)
			}
		case tokenMask:
			q, end, ok = maskedQuantityAt(v, mw, t.start)
		case tokenBareUnit:
			q, ok = redactedQuantityAt(v, mw, t.start)
			end = t.end
		}
		if ok {
			out = append(out, q)
			read = end
		}
	}
	out = outsideTitleCopies(v, out)
	out = withoutCopies(v.nw, v.folded, out)
	markRepeats(v.nw, v.folded, out)
	shareHouseholdObjects(v.nw, v.folded, out)
	return out
}

// outsideTitleCopies drops a count that ends a copy of the document's
// title in its text, closing brackets aside (以下是为您整理的敬老活动总结范例
// 4篇, …怎么写（12篇）): a title ending with a count names a collection of
// documents, not work the report did. A count inside the title is kept: a
// news page's lead may repeat its headline (社区组织100名志愿者开展清洁活动),
// and the lead's count is the report's.
func outsideTitleCopies(v docView, qs []Quantity) []Quantity {
	copies := v.titleCopies()
	if len(copies) == 0 {
		return qs
	}
	return slices.DeleteFunc(qs, func(q Quantity) bool {
		end := q.Offset + utf8.RuneCountInString(q.Text)
		return slices.ContainsFunc(copies, func(c [2]int) bool {
			return c[0] <= q.Offset && end <= c[1] && !slices.ContainsFunc(v.folded[end:c[1]], func(r rune) bool {
				return !isClosingBracket(r)
			})
		})
	})
}

// isClosingBracket reports a bracket that closes a parenthesis or a
// heading's mark: ）】] and the like.
func isClosingBracket(r rune) bool {
	return unicode.Is(unicode.Pe, r)
}

// withoutCopies drops each count written with the same runes on both
// sides as an earlier count, [copy_context_runes] of them on each side
// (fewer where the text starts or ends, when the two sides still hold that
// many): the page shows the sentence twice (a lead copied as a photo
// caption), and the group is counted once.
func withoutCopies(nw *numberWords, rs []rune, qs []Quantity) []Quantity {
	k := nw.q.copyContextRunes
	if k == 0 {
		return qs
	}
	type context struct{ before, after []rune }
	earlier := map[string][]context{} // by the count's text
	return slices.DeleteFunc(qs, func(q Quantity) bool {
		end := q.Offset + utf8.RuneCountInString(q.Text)
		c := context{rs[max(0, q.Offset-k):q.Offset], rs[end:min(len(rs), end+k)]}
		for _, e := range earlier[q.Text] {
			before, after := min(len(c.before), len(e.before)), min(len(c.after), len(e.after))
			if before+after >= k && slices.Equal(c.before[len(c.before)-before:], e.before[len(e.before)-before:]) &&
				slices.Equal(c.after[:after], e.after[:after]) {
				return true
			}
		}
		earlier[q.Text] = append(earlier[q.Text], c)
		return false
	})
}

// titleCopies are the spans of the text that repeat the document's title,
// matched through their folded runes; none for a title shorter than
// [title_copy_runes].
func (v docView) titleCopies() [][2]int {
	title := []rune(fold.ToSimplified(strings.TrimSpace(v.doc.Title)))
	if len(title) < v.nw.q.titleCopyRunes {
		return nil
	}
	var out [][2]int
	for i := 0; i+len(title) <= len(v.folded); i++ {
		if slices.Equal(v.folded[i:i+len(title)], title) {
			out = append(out, [2]int{i, i + len(title)})
			i += len(title) - 1
		}
	}
	return out
}

// shareHouseholdObjects gives a count of people of [member_units] written
// right after a count of households, or after it and a mark of
// [list_marks] (城乡低保265户362人, 城市低保6639户、13228人), the
// households' object when it has none of its own: the people counted are
// the members of those households.
func shareHouseholdObjects(nw *numberWords, rs []rune, qs []Quantity) {
	for i := 1; i < len(qs); i++ {
		h, q := qs[i-1], &qs[i]
		if h.Kind != "households" || h.Object == "" || q.Kind != "people" || q.Object != "" || !nw.q.memberUnits[q.Unit] {
			continue
		}
		if gap := q.Offset - h.Offset - utf8.RuneCountInString(h.Text); gap == 0 ||
			gap == 1 && strings.ContainsRune(nw.q.listMarks, rs[q.Offset-1]) {
			q.Object = h.Object
		}
	}
}

// bookTitleAt is the length in runes of a 《…》 title starting at i (the
// marks included), or 0; a 《 left open within a sentence's length is no
// title.
func bookTitleAt(rs []rune, i int) int {
	if rs[i] != '《' {
		return 0
	}
	for k := i + 1; k < len(rs) && k-i <= 60; k++ {
		switch rs[k] {
		case '》':
			return k + 1 - i
		case '《', '\n', '。':
			return 0
		}
	}
	return 0
}

// markRepeats marks each count written after a demonstrative (这四位居民,
// 上述3户) that refers back to an earlier count of the same value and
// kind (居民4人): its RepeatOf is the offset of the nearest such count,
// so that totals do not add the same group twice. A count with no earlier
// match is a new total and stays unmarked.
func markRepeats(nw *numberWords, rs []rune, qs []Quantity) {
	demonstratives := nw.q.repeatBefore
	for i := range qs {
		q := &qs[i]
		if q.Value == nil || q.Max != nil || wordBefore(rs, q.Offset, demonstratives) == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			e := qs[j]
			if e.Value != nil && *e.Value == *q.Value && e.Max == nil && e.Kind == q.Kind && e.RepeatOf == nil {
				q.RepeatOf = valuePtr(e.Offset)
				break
			}
		}
	}
}

// quantityAt reads a count whose numeral run starts at i.
func quantityAt(v docView, mw MeasureWords, t numberToken) (Quantity, int, bool) {
	nw := v.nw
	rs := v.folded
	i, p := t.start, t.number
	if !t.numberOK {
		return Quantity{}, 0, false
	}
	start, approx, excluded := numberPrefix(nw, rs, i)
	qw := nw.q
	if !approx && wordBefore(rs, start, qw.approxGapped) != "" {
		approx = true // 約為60戶: approximate, the span the count alone
	}
	var bareApprox, bareVague string // the words before a bare multiplier: 過百, 上千
	if p.bare {
		bareApprox, bareVague = wordBefore(rs, i, qw.approxBeforeBare), wordBefore(rs, i, qw.vagueBefore)
	}
	switch {
	case excluded:
		return Quantity{}, 0, false
	case p.bare && (approx || p.approx): // 近百人, 千余人
	case bareApprox != "":
		start, approx = i-utf8.RuneCountInString(bareApprox), true // 過百名義工
	case bareVague != "":
		start, p.vague, p.hasValue = i-utf8.RuneCountInString(bareVague), true, false // 上千人
	case p.bare && !roundCount(mw, qw, rs, i, p.end):
		return Quantity{}, 0, false // 万人签名: a name; 调集千名青年 counts
	case phoneLike(rs, i):
		return Quantity{}, 0, false
	case v.insideWord(start):
		return Quantity{}, 0, false // 周三项目组: 三 is part of 周三
	case v.capitalInWord(i):
		return Quantity{}, 0, false // 督导队伍人员: 伍 is part of 队伍
	case wordBefore(rs, start, qw.nameBefore) != "":
		return Quantity{}, 0, false // 新十条: a policy's name
	}
	j := p.end
	unit, n := mw.match(rs, j)
	if v, k, ok := wideThousandsRun(rs, i, p); ok && n == 0 {
		if u, n2 := mw.match(rs, k); n2 > 0 {
			p.low, p.end, j, unit, n = v, k, k, u, n2 // 图书2，400册
		}
	}
	if n == 0 && j < len(rs) && rs[j] == '大' && (allArabic(rs[i:j]) || bigCountWord(p, rs[i:j])) {
		if u, n2 := mw.match(rs, j+1); qw.bigUnits[u] {
			unit, n = u, n2+1 // 36大袋, 八大袋: big bags
		}
	}
	if n == 0 {
		if k := spacesAfterNumber(qw, rs, j); k > j {
			if u, n2 := mw.match(rs, k); n2 > 0 {
				j, unit, n = k, u, n2 // 66 人, 七 个: a space before the measure word
			} else if k+1 < len(rs) && strings.ContainsRune(qw.approxAfterNumber, rs[k]) && !p.approx {
				k2 := spacesAfterNumber(qw, rs, k+1)
				if u, n2 := mw.match(rs, k2); n2 > 0 {
					j, unit, n, p.approx = k2, u, n2, true // 40 余名, 580 多 人: spaces around 余
				}
			}
		}
	}
	if p.loneOne && !approx && (n == 0 || !countsWithOne(nw, rs, i, unit, j+n) || onePerOne(mw, rs, j+n) || v.parallelSlogan(mw, i, j+n) || v.placeAfterOne(j+n) || v.familyOf(i, unit) || v.everyTime(i) || v.placeBeforeOne(i, unit) || v.siteOfOne(i, unit, j+n)) {
		return Quantity{}, 0, false // 一个平台, 一份力量, 改造一处、巩固一处, 一张卡片上, 陈先生一家, 每敲开一户, 南京一家面包店, 在一家书店打工: an article, an idiom, a slogan, a place, a family or each time
	}
	if !p.hasHigh && !p.approx && j-1 > i && (n == 0 || arabicDecimal(rs[i:j-1])) {
		// 5千克, 7.1千米: the run took the first rune of the unit, a longer
		// unit than the one after it (米). After a Chinese numeral 三千米 is
		// as often 3000 metres, and stays so.
		if u, n2 := mw.match(rs, j-1); n2 >= 2 && n2 > n {
			if val, ok := ParseNumeral(string(rs[i : j-1])); ok {
				p.low, p.end, j, unit, n = val, j-1, j-1, u, n2
			}
		}
	}
	if u, k := joinedUnit(mw, qw, rs, unit, j+n); k > 0 {
		unit, n = u, n+k // 48人/次: the unit 人次
	}
	// 服务时长80个小时: hours of service, not 个 before a duration, which
	// [not_count_after] drops: judged before it, and once.
	service := unit == "个" && hasRunesAt(rs, j+n, "小时") && serviceHours(nw, rs, start, j+n+2)
	if service {
		unit, n = "小时", n+2
	}
	if n == 0 || notCountAfter(qw, rs, unit, j+n) && !partsListed(nw, rs, unit, start, j+n) {
		return Quantity{}, 0, false
	}
	if unit == "块" && kuaiIsMoney(nw, rs, start, j, p) {
		return Quantity{}, 0, false // 几十块, 100块: yuan, found by FindMoney
	}
	if v.partOfName(i, j, j+n) {
		return Quantity{}, 0, false // 三门峡市, 九台区: a place's name
	}
	if reason := notACount(nw, countAt{rs: rs, unit: unit, number: i, start: start, end: j + n, p: p, tagBefore: v.tagBefore(i)}); reason != "" {
		return Quantity{}, 0, false // see notCountJudges
	}
	if unit == "个" && hasRunesAt(rs, j+n, "工时") {
		unit, n = "工时", n+2 // 300个工时: hours of work
	} else if unit == "个" && hasRunesBefore(rs, start, "工时") {
		unit = "工时" // 投入工时300个
	}
	if mw.kinds[unit] == "hours" && !slices.Contains(qw.hoursContext, unit) && !service && !serviceHours(nw, rs, start, j+n) {
		return Quantity{}, 0, false // 讲座持续1小时: the length of an event
	}
	if mw.kinds[unit] == "hours" && p.hasValue && !p.vague && !p.hasHigh && (p.low < qw.hoursOneEvent || p.low == qw.hoursWholeDay && !approx && !p.approx) &&
		!clauseHas(nw, rs, start, qw.hoursTotalWords) {
		return Quantity{}, 0, false // 服务时长 | 3.5小时 |: one activity's length; 24小时值守: round the clock
	}
	end := j + n
	if inQuotedName(nw, rs, start, end) || quotedShortName(nw, rs, start, end) || nameAfter(nw, rs, end) {
		return Quantity{}, 0, false // “两人三足”, “三包”, 十九届六中全会: a name
	}
	// 200人至300人: a range written with the unit on both ends.
	if sep := rangeSepAt(rs, end); !p.hasHigh && !p.vague && sep > 0 && isRunStart(rs, end+sep) {
		if hi, ok := readNumber(nw, rs, end+sep); ok && !hi.vague && !hi.bare && hi.hasValue && !hi.hasHigh && hi.low > p.low {
			if u2, n2 := mw.match(rs, hi.end); n2 > 0 && u2 == unit {
				p.high, p.hasHigh = hi.low, true
				p.approx = p.approx || hi.approx
				end = hi.end + n2
			}
		}
	}
	if n := approxSuffix(nw, rs, end); n > 0 && !v.startsLongerWord(end, n) {
		if p.loneOne && rs[end] == '多' {
			return Quantity{}, 0, false // 一户多残, 一户多策 (one X, many Y): one is never "one and more"
		}
		approx = true // 20人左右; not 一所多元化机构, whose 多 starts a word
		end += n
	}
	q := Quantity{
		Unit:     unit,
		Kind:     mw.kinds[unit],
		Approx:   approx || p.approx,
		Vague:    p.vague,
		Text:     v.written(start, end),
		Offset:   start,
		Sentence: v.sentence(start),
	}
	if p.hasValue && !p.vague {
		q.Value = valuePtr(p.low)
		if p.hasHigh {
			q.Max = valuePtr(p.high)
		}
	}
	q.Object = v.object(unit, q.Kind, start, end)
	q.Kind = kindByObject(nw, unit, q.Kind, q.Object)
	if isUnitSymbol(unit) {
		q.Unit = v.written(j, j+n) // 48300ML: a unit's symbol as written
	}
	if p.vague && p.end == i+1 && (rs[i] == '几' || rs[i] == '幾') {
		// 几 alone, "a few", counts nothing: 做了几套方案, 在几位老师的陪伴
		// 下, 几名队员正在…, 有几个人一起抬 (the real pages count none).
		return Quantity{}, 0, false
	}
	return q, end, true
}

// joinedUnit reads a mark of [unit_joiners] and a measure word right
// after the measure word unit, which ends at end, when the two joined make
// a measure word of mw (48人/次 → 人次): the unit that is meant and how
// many more runes it takes; ("", 0) otherwise.
func joinedUnit(mw MeasureWords, qw *quantityWords, rs []rune, unit string, end int) (string, int) {
	if unit == "" || end+1 >= len(rs) || !strings.ContainsRune(qw.unitJoiners, rs[end]) {
		return "", 0
	}
	second, n := mw.match(rs, end+1)
	if n == 0 {
		return "", 0
	}
	if _, ok := mw.kinds[unit+second]; !ok {
		return "", 0
	}
	return unit + second, 1 + n
}

// redactedQuantityAt finds a measure word whose number was masked out of
// the text (参加活动名社工). Only 名 and 位 after a few words count: a
// looser rule would take 活动名称 or 家 in ××家园.
func redactedQuantityAt(v docView, mw MeasureWords, i int) (Quantity, bool) {
	nw := v.nw
	rs := v.folded
	if rs[i] != '名' && rs[i] != '位' || i+1 >= len(rs) {
		return Quantity{}, false
	}
	qw := nw.q
	next := rs[i+1]
	found := false
	if isHanRune(next) {
		if strings.ContainsRune(qw.redactedNotNext, next) || strings.ContainsRune(qw.objectStops, next) {
			return Quantity{}, false
		}
		found = wordBefore(rs, i, qw.redactedBefore) != "" // 参加活动名社工
	}
	noun := wordBefore(rs, i, qw.redactedAfter) // 抽调工作人员名，禁毒社工名走进
	if isHanRune(next) || unicode.IsPunct(next) {
		found = found || noun != ""
	}
	kind, ok := mw.kinds[string(rs[i])]
	if !found || !ok {
		return Quantity{}, false
	}
	q := Quantity{
		Unit:     string(rs[i]),
		Kind:     kind,
		Redacted: true,
		Object:   v.objectAfter(i + 1),
		Text:     v.written(i, i+1),
		Offset:   i,
		Sentence: v.sentence(i),
	}
	if q.Object == "" {
		q.Object = v.objectBefore(i)
	}
	if q.Object == "" && noun != "" {
		q.Object = v.written(i-utf8.RuneCountInString(noun), i)
	}
	return q, true
}

// inQuotedName reports whether the count over [start, end) stands in a
// short quoted name or slogan that holds more than the count: opening it
// (“两人三足”, “3人制”篮球赛) or after more of it (“健康素养66条”, “四进
// 四讲”, “县扶百名、市扶千名”: since round 24). A quote holding only the
// count (“500人”) is still a count, and so is a quote that is speech, with
// a mark of a clause or a sentence in it (“我想再拿5个！”); since round 27
// no other rune after the count makes it speech (brackets, a percent sign,
// letters, a space: “三个最佳(优)”, “两个80%”).
func inQuotedName(nw *numberWords, rs []rune, start, end int) bool {
	return inShortQuote(nw, rs, start, end, quotedSpeechMarks, func(k int) bool {
		return strings.ContainsRune(quotedSpeechMarks, rs[k])
	})
}

// quotedShortName reports a count over [start, end) that is all a quote
// holds, written in Chinese numerals with a measure word of one rune
// (“三包”责任, ‘四包’, 落实“五封”措施): the short name of a slogan or a
// policy, not a count. A quote holding a count in digits (“500人”) or
// with a longer measure word still counts, and a lone 一 in quotes
// (共有“一名”志愿者) is left to the rules of the lone 一.
func quotedShortName(nw *numberWords, rs []rune, start, end int) bool {
	if start == 0 || end >= len(rs) || end-start < 2 || end-start == 2 && rs[start] == '一' {
		return false
	}
	closing, ok := nw.q.nameQuotes[rs[start-1]]
	if !ok || rs[end] != closing {
		return false
	}
	for k := start; k < end-1; k++ {
		if numeralClass(rs, k) != runChinese {
			return false
		}
	}
	return numeralClass(rs, end-1) == runNone
}

// sloganParts reports a count inside a quoted slogan of parallel parts
// (“种一棵树、读两本书、写三封信”, “一名老师+两名家长”, “东院三棵枣，西院两
// 棵梨”, 「認領一盆花 照看一片綠」): the quote, on one line and at most
// sloganRunes long, holds no rune of [sentence_ends], no colon and no
// ellipsis, and marks of [slogan_marks] or spaces cut it into two parts or
// more, each holding a numeral. A motto's parts repeat a count for their
// rhythm; none says what was done. Shorter quotes with the parts joined
// only by 、 were already names (inQuotedName); a quote with a part
// without a number (“关爱老人、送上三份礼”) or that reads on past a
// sentence's end (“来了三十人，送出五十份。”: speech) still counts.
func sloganParts(nw *numberWords, c countAt) bool {
	rs := c.rs
	open := openQuoteBefore(nw, rs, c.start, sloganRunes, "")
	if open < 0 {
		return false
	}
	closing := nw.q.nameQuotes[rs[open]]
	parts, numeral := 0, false
	for k := open + 1; k < len(rs) && k-open <= sloganRunes+1; k++ {
		r := rs[k]
		switch {
		case r == closing || r == ' ' || r == '　' || strings.ContainsRune(nw.q.sloganMarks, r):
			if !numeral {
				return false // a part with no number, or two marks in a row
			}
			parts, numeral = parts+1, false
			if r == closing {
				return parts >= 2
			}
		case r == '\n' || r == '…' || r == '：' || r == ':' || strings.ContainsRune(nw.q.sentenceEnds, r):
			return false
		case numeralClass(rs, k) != runNone:
			numeral = true
		}
	}
	return false
}

// sloganRunes is the longest quote sloganParts reads as a slogan.
const sloganRunes = 30

// quotedSpeechMarks are the marks that make a quote speech, not a name.
const quotedSpeechMarks = "，,。！？!?；;：:\n"

// serviceHours reports whether hours counted at start are hours of service
// or work done (服务时长600小时, 累计志愿服务15万小时, 投入工时300个): a word
// of [hours_context] is written in the clause before the number or in
// the clause after the measure word, which ends at end (超过18小时的服务时
// 数), and no word of [hours_not_context] (持续, 历时, 每天: the length of
// one event, or a rate) is written before it. The hours of each person
// (人均服务100小时) count.
func serviceHours(nw *numberWords, rs []rune, start, end int) bool {
	qw := nw.q
	from := max(0, start-hoursClauseRunes)
	for k := start - 1; k >= from; k-- {
		if strings.ContainsRune(nw.m.clauseBreaks, rs[k]) {
			from = k + 1
			break
		}
	}
	to := min(len(rs), end+hoursClauseRunes)
	for k := end; k < to; k++ {
		if strings.ContainsRune(nw.m.clauseBreaks, rs[k]) {
			to = k
			break
		}
	}
	before, after := string(rs[from:start]), string(rs[end:to])
	if containsAny(before, qw.hoursNotContext) {
		return false
	}
	return containsAny(before, qw.hoursContext) || containsAny(after, qw.hoursContext) || listOfServiceFigures(nw, rs, from)
}

// listOfServiceFigures reports whether the clause ending right before
// from, or one before it, holds a word of [hours_context], when every
// clause between holds a figure, across the marks of [hours_list_marks]
// (not a sentence's end): hours written in
// a list of figures (累计服务860人次，3120小时) or as the parts of a
// total (服务时长8000小时，其中助洁2000小时，陪诊1500小时) share the
// list's subject. At most [hours_list_clauses] clauses are read back.
func listOfServiceFigures(nw *numberWords, rs []rune, from int) bool {
	qw := nw.q
	end := from - 1 // the mark that ends the clause before
	for n := 0; n < qw.hoursListClauses && end > 0; n++ {
		if !strings.ContainsRune(qw.hoursListMarks, rs[end]) {
			return false // a sentence's end, or no mark
		}
		start := end
		for start > 0 && !strings.ContainsRune(nw.m.clauseBreaks, rs[start-1]) && rs[start-1] != '\n' {
			start--
		}
		clause := string(rs[start:end])
		switch {
		case containsAny(clause, qw.hoursNotContext):
			return false
		case containsAny(clause, qw.hoursContext):
			return true
		case !strings.ContainsFunc(clause, func(r rune) bool { return numeralClass([]rune{r}, 0) != runNone }):
			return false // a clause of words only: the list has ended
		}
		end = start - 1
	}
	return false
}

// hoursClauseRunes is how far back serviceHours looks for its words.
const hoursClauseRunes = 16

// spacesAfterNumber is the index after a few spaces (ASCII or ideographic)
// that follow a numeral or a mark of [approx_after_number] at j-1 (a padded
// table cell: 66   人; 七 个人; 580 多 人), or j when there are none.
func spacesAfterNumber(qw *quantityWords, rs []rune, j int) int {
	if j == 0 || j >= len(rs) {
		return j
	}
	if numeralClass(rs, j-1) == runNone && !strings.ContainsRune(qw.approxAfterNumber, rs[j-1]) {
		return j
	}
	k := j
	for k < len(rs) && k-j < 4 && isSpaceRune(rs[k]) {
		k++
	}
	return k
}

// nameAfter reports whether a word of [name_after] follows a count at end,
// past any numerals (十九届六中全会, 十三届全国人大): the count is part of
// a meeting's name.
func nameAfter(nw *numberWords, rs []rune, end int) bool {
	k := end
	for k < len(rs) && numeralClass(rs, k) != runNone {
		k++
	}
	return hasAnyRunesAt(rs, k, nw.q.nameAfter)
}

// object is the counted object of a count over [start, end) with the
// measure word unit: written after it (6名特困学生), else before the
// number (困难家庭346户); "" when none is written, and for hours. After a
// word of [object_not_start] (一场面向青少年的讲座) comes a description of
// whom an event is for, not its object.
func (v docView) object(unit, kind string, start, end int) string {
	o := v.objectOf(unit, kind, start, end)
	if kind == "people" || kind == "households" {
		return peopleHeadEnd(v.nw, o)
	}
	return o
}

// peopleHeadEnd cuts a people or households object after its last noun of
// people ([people_heads]) when a word of two runes or more with no such
// ending follows it (居民热情 → 居民, 老兵平均年龄 → 老兵, 老人送温暖 →
// 老人, 志愿者人数 → 志愿者): what follows says something of the people,
// it is not the noun counted. A tail of one rune stays (老人们), and so
// does the whole object when it is a list (、和与及), holds a mark other than
// Chinese characters, or its noun of people is one rune (老同志).
func peopleHeadEnd(nw *numberWords, o string) string {
	rs := []rune(o)
	s := fold.ToSimplified(o)
	if utf8.RuneCountInString(s) != len(rs) {
		return o
	}
	srs := []rune(s)
	head := func(p int) bool {
		for w := range nw.q.peopleNotHeads {
			if strings.HasSuffix(string(srs[:p]), w) {
				return false
			}
		}
		return endsWithAny(string(srs[:p]), nw.q.peopleHeads)
	}
	if head(len(srs)) || strings.ContainsAny(s, "、和与及") {
		return o // 孤寡老人、留守妇女: a list, not one noun
	}
	for _, r := range srs {
		if !isHanRune(r) {
			return o // “空巢老人”: a quoted name is whole
		}
	}
	for p := len(srs) - 2; p >= 2; p-- {
		if head(p) {
			return string(rs[:p])
		}
	}
	return o
}

// objectOf is object before peopleHeadEnd.
func (v docView) objectOf(unit, kind string, start, end int) string {
	if kind == "hours" {
		return "" // 服务时长600小时: the words before name the measure, not a thing counted
	}
	if !v.nw.q.selfCounting[unit] && !hasAnyRunesAt(v.folded, end, v.nw.q.objectNotStart) {
		after := v.ageAttributeEnd(end) // 一位72岁的老队员 → 老队员
		if o := v.nounsAfter(after); o != "" {
			return o
		}
		if o := v.scopedPeopleAfter(kind, after); o != "" {
			return o // 数十名各界来宾
		}
		if o := v.peopleAfterDe(kind, end, 0); o != "" {
			return o // 24位的居民志愿者
		}
		if o := v.objectAfter(after); o != "" {
			return o
		}
	}
	if o := v.objectBefore(start); o != "" {
		return o
	}
	if o := v.columnHeader(start); o != "" {
		return o
	}
	if kind != "people" && kind != "households" {
		return ""
	}
	if o := v.rowLabel(start); o != "" {
		return o
	}
	if o := v.quotedPeople(start, end); o != "" {
		return o
	}
	if o := v.cellHeader(start, end); o != "" {
		return o
	}
	if o := v.peopleBefore(start); o != "" {
		return o
	}
	if hasAnyRunesAt(v.folded, end, v.nw.q.relativeNotStart) {
		return "" // 12名为各村的老人义诊: whom they served
	}
	if o := v.peopleAfterDe(kind, end, relativeRunes); o != "" {
		return o // 6名考上大学的学生
	}
	if o := v.statisticsTopic(unit, kind, start, end); o != "" {
		return o
	}
	if o := v.serviceBefore(unit, start, end); o != "" {
		return o
	}
	// 现有队员 230 多 人: the nouns before the spaces before the number, on
	// its line, when nothing else gave an object.
	if k := start; v.word != nil {
		for k > 0 && isSpaceRune(v.folded[k-1]) {
			k--
		}
		if k < start {
			return v.nounsBefore(k)
		}
	}
	return ""
}

// serviceBefore is the object of a count of visits ([visit_units]: 人次)
// that no people noun gave: the service written right before the number,
// past the words of [object_skip] — a word gse tags a verbal noun (vn)
// with the nouns before it, at most objectMaxRunes (解答法律咨询45人次 →
// 法律咨询, 心理辅导共12人次 → 心理辅导). "" when the word before is no
// verbal noun (参与超1000人次: the act, not a service received), when it
// is a word of [visit_acts] alone (累计服务1200人次), or when nouns follow
// the count (发动120人次志愿者: the people the count is of).
func (v docView) serviceBefore(unit string, start, end int) string {
	qw := v.nw.q
	k := v.beforeSpaces(start) - 1
	if v.word == nil || !qw.visitUnits[unit] || k < 0 || v.word[k] < 0 || v.nounsAfter(end) != "" {
		return ""
	}
	w := v.word[k]
	for w >= 0 && qw.objectSkip[v.toks[w].Folded] && isHanWord(v.toks[w]) {
		w-- // 共, 累计; a label's colon is passed by no service (家属参与活动：310人次)
	}
	if w < 0 || v.toks[w].POS != "vn" || !isHanWord(v.toks[w]) {
		return ""
	}
	service := v.toks[w]
	first, last := service.Offset, service.Offset+utf8.RuneCountInString(service.Text)
	for w--; w >= 0 && nounLike(v.nw, v.toks[w]) && utf8.RuneCountInString(v.toks[w].Folded) > 1 && last-v.toks[w].Offset <= objectMaxRunes; w-- {
		first = v.toks[w].Offset // one rune is a word's end gse split off (送/v 餐/n 服务/vn)
	}
	if first == service.Offset && qw.visitActs[service.Folded] {
		return "" // 累计服务1200人次: the act the report counts, no service named
	}
	return v.written(first, last)
}

// scopedPeopleAfter is the object of a count of people or households
// written after a word of [object_scopes] that says how widely they were
// drawn (数十名各界来宾, 十几位各族老人): the word with the nouns after it,
// or a set phrase gse keeps whole that starts with such a word and ends
// in one of [people_heads] (各族群众/l); "" otherwise.
func (v docView) scopedPeopleAfter(kind string, k int) string {
	if kind != "people" && kind != "households" || v.word == nil || k >= len(v.word) || v.word[k] < 0 {
		return ""
	}
	qw := v.nw.q
	t := v.toks[v.word[k]]
	if t.Offset != k {
		return ""
	}
	e := k + utf8.RuneCountInString(t.Text)
	if !qw.objectScopes[t.Folded] {
		for s := range qw.objectScopes {
			if strings.HasPrefix(t.Folded, s) && t.POS == "l" && endsWithAny(t.Folded, qw.peopleHeads) {
				return v.written(k, e) // 各族群众/l
			}
		}
		return ""
	}
	if o := v.nounsAfter(e); o != "" {
		return v.written(k, e+utf8.RuneCountInString(o))
	}
	return ""
}

// statisticsTopic is the object of a count of households (户), or of
// people of [member_units], in a statistics sentence: the short phrase
// written between the start of its clause and the number is what is
// counted, whatever its words (其中集中供养120人, 其中市本级3050户,
// 符合医疗救助210户), when no people noun gave an object. A sentence is a
// statistics sentence where the phrase starts after a scope or link word
// ([object_not_nouns], [topic_links]: 其中, 全县, 纳入), where the count is
// one of a pair of households and their members (市本级800户1500人), or
// where the clause before is such a row (其中集中供养120人,分散供养460人).
// The phrase ends at the number, spaces aside; a particle (的), a
// preposition (由), a measure word inside it, or a run longer than
// objectMaxRunes makes it no topic; so does a lone verb (献血12人).
func (v docView) statisticsTopic(unit, kind string, start, end int) string {
	if v.word == nil || !v.topicCount(unit, kind) {
		return "" // without the document's words no phrase is read
	}
	first, bound := v.topicStart(start)
	if first < 0 {
		return ""
	}
	if bound != topicAfterWord && !v.inHouseholdPair(kind, start, end) && !(bound == topicAfterComma && v.rowBefore(first)) {
		return ""
	}
	return v.written(first, v.beforeSpaces(start))
}

// topicCount reports whether a count of unit and kind may have a
// statistics topic: households (户) or people of [member_units].
func (v docView) topicCount(unit, kind string) bool {
	return kind == "households" && unit == "户" || kind == "people" && v.nw.q.memberUnits[unit]
}

// How a statistics topic's phrase starts: after a scope or link word,
// after a comma or list mark, or after another clause mark or the text's
// start.
const (
	topicAfterWord = iota
	topicAfterComma
	topicAfterMark
)

// topicStart is where the phrase of a statistics topic before the number
// at start begins, and what bounds it; -1 when the words before the
// number are no such phrase (see statisticsTopic).
func (v docView) topicStart(start int) (int, int) {
	qw := v.nw.q
	k := v.beforeSpaces(start) - 1
	if k < 0 || v.word[k] < 0 {
		return -1, 0
	}
	end, first, bound := k+1, k+1, topicAfterMark
	w := v.word[k]
	for ; w >= 0; w-- {
		t := v.toks[w]
		if qw.objectNotNouns[t.Folded] || qw.topicLinks[t.Folded] {
			bound = topicAfterWord
			break
		}
		if !isHanWord(t) || qw.objectSkip[t.Folded] {
			if strings.ContainsAny(t.Folded, qw.listMarks+",，") {
				bound = topicAfterComma
			}
			break
		}
		if strings.HasPrefix(t.POS, "u") || t.POS == "p" || t.POS == "q" || t.POS == "m" || end-t.Offset > objectMaxRunes {
			return -1, 0
		}
		first = t.Offset
	}
	if first == end || v.word[first] == v.word[k] && strings.HasPrefix(v.toks[v.word[k]].POS, "v") {
		return -1, 0 // 献血12人, 调进41人: a lone verb is the act counted, not a topic
	}
	return first, bound
}

// beforeSpaces is where the spaces that end at i start.
func (v docView) beforeSpaces(i int) int {
	for i > 0 && unicode.IsSpace(v.folded[i-1]) {
		i--
	}
	return i
}

// inHouseholdPair reports whether the count over [start, end) is the
// households or the people of a pair N户M人 (or N户、M人).
func (v docView) inHouseholdPair(kind string, start, end int) bool {
	rs := v.folded
	skip := func(i, step int) int {
		for i >= 0 && i < len(rs) && (unicode.IsSpace(rs[i]) || strings.ContainsRune(v.nw.q.listMarks, rs[i])) {
			i += step
		}
		return i
	}
	if kind == "households" {
		i := skip(end, 1)
		d := i
		for i < len(rs) && unicode.IsDigit(rs[i]) {
			i++
		}
		i = skip(i, 1)
		return i > d && i < len(rs) && v.nw.q.memberUnits[string(rs[i])]
	}
	i := skip(start-1, -1)
	return i >= 1 && rs[i] == '户' && unicode.IsDigit(rs[i-1])
}

// rowBefore reports whether the clause that ends at the comma before
// first is itself a row of a statistics sentence: a count of households
// or people whose phrase starts after a scope or link word (其中集中供养
// 120人, before 分散供养460人).
func (v docView) rowBefore(first int) bool {
	comma := first - 1
	i := comma // the measure word of the count before the comma ends here
	for i > 0 && comma-i < 2 && !unicode.IsDigit(v.folded[i-1]) {
		i--
	}
	j := i
	for j > 0 && unicode.IsDigit(v.folded[j-1]) {
		j--
	}
	if u := string(v.folded[i:comma]); j == i || u != "户" && !v.nw.q.memberUnits[u] {
		return false
	}
	f, bound := v.topicStart(j)
	return f >= 0 && bound == topicAfterWord
}

// peopleAfterDe is the object of a count of people or households written
// after 的 (24位的居民志愿者) or after a relative clause that ends in 的 (37
// 名需进一步检查的患者, 6名考上大学的学生): the nouns after the first 的
// within within runes of the measure word's end, in its clause (a number
// inside the relative clause too: 一位住了三十多年的老居民), when they end
// in one of [people_heads]; "" otherwise, as 100人的队伍 counts the
// people, not the team.
func (v docView) peopleAfterDe(kind string, end, within int) string {
	if kind != "people" && kind != "households" {
		return ""
	}
	rs := v.folded
	for k := end; k < len(rs) && k-end <= within; k++ {
		if clauseBreak(v.nw, rs[k]) {
			return ""
		}
		if rs[k] != '的' {
			continue
		}
		if o := v.nounsAfter(k + 1); endsWithAny(fold.ToSimplified(o), v.nw.q.peopleHeads) {
			return o
		}
		return ""
	}
	return ""
}

// relativeRunes is how far after a measure word peopleAfterDe looks for
// the 的 that ends a relative clause; one that starts with a word of
// [relative_not_start] (为, 给: 12名为各村的老人义诊) says whom the people
// served, not who they are.
const relativeRunes = 12

// ageAttributeEnd is where the counted object after a measure word ending
// at k starts past an age written as its attribute (72岁的, 80多岁的, 60周
// 岁以上的: a number, a word of [age_units], 的 within ageAttributeRunes;
// 90岁以上, 三星级以上: a number and a word of [bound_attribute_units]
// before a Han rune); k when none is written.
func (v docView) ageAttributeEnd(k int) int {
	rs := v.folded
	e := k
	for e < len(rs) && numeralClass(rs, e) != runNone {
		e++
	}
	if e == k {
		return k
	}
	for e < len(rs) && e-k < ageAttributeRunes {
		if u := wordBefore(rs, e, v.nw.q.ageUnits); u != "" && rs[e] == '的' {
			return e + 1
		}
		if wordBefore(rs, e, v.nw.q.boundUnits) != "" && isHanRune(rs[e]) {
			return e // 85岁以上独居老人: a bound, then the object
		}
		if rs[e] == '的' || clauseBreak(v.nw, rs[e]) {
			return k
		}
		e++
	}
	return k
}

// ageAttributeRunes is the longest age attribute ageAttributeEnd passes.
const ageAttributeRunes = 8

// cellHeader is the header of the column holding a count written alone on
// its line in a table flattened to one cell a line (a web page's table
// copied as text: 區別 / 關懷長者人數 / 志工人數 / 萬華區 / 244人 / 48人):
// the header is the nearest run of cells without digits whose last cell
// ends in a label of [label_nouns] (人數, 人次), its length is the row
// length, and the count's distance from the first row gives its column.
// The column's header must end in such a label too. "" when the count is
// not alone on its line, or a line between it and the header is not a
// short cell (a sentence, a label with a colon).
func (v docView) cellHeader(start, end int) string {
	rs := v.folded
	ls, le := start, end
	for ls > 0 && rs[ls-1] != '\n' && unicode.IsSpace(rs[ls-1]) {
		ls--
	}
	for le < len(rs) && rs[le] != '\n' && unicode.IsSpace(rs[le]) {
		le++
	}
	if ls > 0 && rs[ls-1] != '\n' || le < len(rs) && rs[le] != '\n' {
		return "" // the count is not alone on its line
	}
	labels := v.nw.q.labelEndings
	type span struct {
		text       string // folded and trimmed
		start, end int
	}
	var cells []span // the cells before the count, nearest first
	last := -1       // index in cells of the header's last cell
	for k := ls; k > 0 && len(cells) < flatTableCells; {
		e := k - 1
		s := e
		for s > 0 && rs[s-1] != '\n' {
			s--
		}
		k = s
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		ce := e
		for ce > s && unicode.IsSpace(rs[ce-1]) {
			ce--
		}
		if s == ce {
			continue
		}
		cell := string(rs[s:ce])
		digits := hasDigit(cell)
		if ce-s > flatCellRunes || strings.ContainsAny(cell, "，。；：:;,") && !digits {
			break
		}
		if last >= 0 && digits {
			break // the cell before the header
		}
		cells = append(cells, span{cell, s, ce})
		if last < 0 && !digits && endsWithAny(cell, labels) {
			last = len(cells) - 1
		}
	}
	if last < 0 {
		return ""
	}
	header := cells[last:]
	slices.Reverse(header)
	col := last % len(header) // the count is cell last of the rows after the header
	if h := header[col]; endsWithAny(h.text, labels) {
		return v.written(h.start, h.end)
	}
	return ""
}

// hasDigit reports whether s holds an Arabic or Chinese digit.
func hasDigit(s string) bool {
	for _, r := range s {
		if _, ok := arabicDigit(r); ok {
			return true
		}
		if _, ok := chineseDigit(r); ok {
			return true
		}
	}
	return false
}

// flatTableCells is how many cells before a count cellHeader reads;
// flatCellRunes the longest line it takes for a cell.
const (
	flatTableCells = 80
	flatCellRunes  = 12
)

// peopleBefore is the noun of people or households written before a count
// at start in its clause but not right before the number: across a verb
// (服务老人120人次, 慰问困难家庭16户, 参与志愿者达50人) or after a comma
// that only a total word follows (居民参与，共300人). It is the run of
// nouns ending in the nearest word that ends in one of [people_heads],
// within peopleClauseRunes; "" when the clause names none, or without the
// document's words.
func (v docView) peopleBefore(start int) string {
	if v.word == nil || start <= 0 || v.word[start-1] < 0 {
		return ""
	}
	qw := v.nw.q
	onlyTotals := true // the words between the nearest clause stop and the number are all 共, 累计 …
	named := 0         // the runes of quoted names passed, not counted in the clause's length
	for w := v.word[start-1]; w >= 0; w-- {
		t := v.toks[w]
		if start-t.Offset-named > peopleClauseRunes {
			return ""
		}
		if r, one := tokenRune(t); one && isClosingQuote(v.nw, r) {
			// 组织居民下载“平安社区”APP共210人: a quoted name is passed
			opens := func(o int) bool { r, one := tokenRune(v.toks[o]); return one && qw.nameQuotes[r] != 0 }
			o := w - 1
			for o >= 0 && v.toks[o].Offset+utf8.RuneCountInString(v.toks[o].Text) > t.Offset-quotedPassRunes && !opens(o) {
				o--
			}
			if o >= 0 && opens(o) {
				named += t.Offset + 1 - v.toks[o].Offset
				w = o
				continue
			}
		}
		if t.Folded == "）" || t.Folded == ")" {
			// 長者義工（65歲或以上）212位: a remark in brackets is passed
			o := w - 1
			for o >= 0 && v.toks[o].Folded != "（" && v.toks[o].Folded != "(" && t.Offset-v.toks[o].Offset <= bracketRunes {
				o--
			}
			if o >= 0 && (v.toks[o].Folded == "（" || v.toks[o].Folded == "(") {
				w = o
				continue
			}
		}
		if strings.ContainsAny(t.Folded, qw.peopleClauseStops) || strings.ContainsRune(t.Folded, '\n') {
			if !onlyTotals || !strings.ContainsAny(t.Folded, qw.peopleCommas) {
				return ""
			}
			onlyTotals = false // one comma is crossed, no more
			continue
		}
		if onlyTotals && !qw.objectSkip[t.Folded] {
			onlyTotals = false
		}
		if !isHanWord(t) || !endsWithAny(t.Folded, qw.peopleHeads) {
			continue
		}
		if qw.peopleNotHeads[t.Folded] {
			continue // 入户, 窗户
		}
		if w > 0 && (hasDigit(v.toks[w-1].Folded) || v.toks[w-1].POS == "m" || strings.ContainsAny(v.toks[w-1].Folded, "万亿")) {
			continue // 3.5万人减少到1.1万人: the measure word of another count
		}
		if n := v.toks[w+1]; n.Offset < start && hasDigit(n.Folded) {
			return "" // 家长21名，累计436人次: the object of another count
		}
		e := t.Offset + utf8.RuneCountInString(t.Text)
		if o := v.nounsBefore(e); o != "" {
			return o
		}
		if t.POS == "l" && e-t.Offset <= objectMaxRunes {
			return v.written(t.Offset, e) // 少年儿童/l: a set phrase naming people
		}
	}
	return ""
}

// boundPeopleSuffix reports whether word w is one character of
// [people_bound_endings] that gse did not tag a noun (户/q, 员/zg), standing right
// after a Chinese word that is no linking word: the ending of a noun of
// people split off its stem (脱贫户, 网格员, 營員).
func (v docView) boundPeopleSuffix(w int) bool {
	t, prev := v.toks[w], v.toks[w-1]
	return utf8.RuneCountInString(t.Folded) == 1 && !isNoun(t) && v.nw.q.peopleBoundEndings[t.Folded] &&
		isHanWord(prev) && !v.nw.q.objectSkip[prev.Folded] && prev.POS != "m" &&
		(nounLike(v.nw, prev) || utf8.RuneCountInString(prev.Folded) > 1) && // not 入/v 戶/q
		prev.Offset+utf8.RuneCountInString(prev.Text) == t.Offset
}

// quotedPeople is a quoted name of people written right before the count
// over [start, end) (表彰“最美巾帼志愿者”20名) or right after it (這26位
// 「禁毒大使」), quotes included as the annotation writes them; the name
// must be Chinese characters only, at most quotedPeopleRunes long, and end
// in one of [people_heads]. "" otherwise.
func (v docView) quotedPeople(start, end int) string {
	rs := v.folded
	qw := v.nw.q
	if end < len(rs) {
		if closing, ok := qw.nameQuotes[rs[end]]; ok {
			for k := end + 1; k < len(rs) && k-end <= quotedPeopleRunes+1; k++ {
				if rs[k] == closing {
					if v.peopleName(end+1, k) {
						return v.written(end, k+1)
					}
					break
				}
			}
		}
	}
	if start < 2 {
		return ""
	}
	for open, closing := range qw.nameQuotes {
		if rs[start-1] != closing {
			continue
		}
		for k := start - 2; k >= 0 && start-1-k <= quotedPeopleRunes+1; k-- {
			if rs[k] == open {
				if v.peopleName(k+1, start-1) {
					return v.written(k, start)
				}
				return ""
			}
		}
	}
	return ""
}

// peopleName reports whether [i, j) is a short run of Chinese characters
// ending in one of [people_heads].
func (v docView) peopleName(i, j int) bool {
	if j <= i || j-i > quotedPeopleRunes {
		return false
	}
	for _, r := range v.folded[i:j] {
		if !isHanRune(r) {
			return false
		}
	}
	return endsWithAny(string(v.folded[i:j]), v.nw.q.peopleHeads)
}

// quotedPeopleRunes is the longest quoted name of people taken as an
// object (垃圾分类督导志愿者).
const quotedPeopleRunes = 10

// bracketRunes is the longest remark in brackets peopleBefore passes.
const bracketRunes = 12

// quotedPassRunes is the longest quoted name peopleBefore passes.
const quotedPassRunes = 12

// peopleClauseRunes is how far before a count peopleBefore looks.
const peopleClauseRunes = 14

// endsWithAny reports whether s ends with one of words.
func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// rowLabel is the first cell of the table row holding the count at start
// (| 注册志愿者 | 5220名 | 4310名 |), when the count is a later cell of a
// table written with | and the first cell is a short run of Chinese
// characters: in a table of indicators by year the row names what is
// counted. "" otherwise.
func (v docView) rowLabel(start int) string {
	rs := v.text
	ls := v.lineStart(start)
	if ls >= len(rs) || rs[ls] != '|' {
		return ""
	}
	e := ls + 1
	for e < len(rs) && rs[e] != '|' && rs[e] != '\n' {
		e++
	}
	if e >= start {
		return "" // the count is in the first cell
	}
	if label := hanCell(string(rs[ls+1 : e])); endsWithAny(strings.TrimSpace(string(v.folded[ls+1:e])), v.nw.q.peopleHeads) {
		return label // not 新增城镇就业: a row of people names them
	}
	return ""
}

// hanCell is a table cell's text when it is a short run of Chinese
// characters, else "".
func hanCell(cell string) string {
	cell = strings.TrimSpace(cell)
	n := utf8.RuneCountInString(cell)
	if n == 0 || n > objectMaxRunes || strings.ContainsFunc(cell, func(r rune) bool { return !isHanRune(r) }) {
		return ""
	}
	return cell
}

// columnHeader is the header of the table column holding the count at
// start, when the count is a cell of a table written with | (| 活动 | 参与
// 人数 |, then | 环境整治 | 80人 |): the header names what the column
// counts. "" when the count is not in such a table, or the header cell is
// not a short run of Chinese characters.
func (v docView) columnHeader(start int) string {
	rs := v.text
	lineStart := v.lineStart
	ls := lineStart(start)
	if ls >= len(rs) || rs[ls] != '|' {
		return ""
	}
	col := 0
	for _, r := range rs[ls:start] {
		if r == '|' {
			col++
		}
	}
	// The header is the first line of the block of table lines.
	top := ls
	for top > 0 {
		prev := lineStart(top - 1)
		if prev >= top-1 || rs[prev] != '|' {
			break
		}
		top = prev
	}
	if top == ls {
		return "" // the count is in the header line itself
	}
	cells := 0
	for k := top; k < len(rs) && rs[k] != '\n'; k++ {
		if rs[k] != '|' {
			continue
		}
		cells++
		if cells != col {
			continue
		}
		e := k + 1
		for e < len(rs) && rs[e] != '|' && rs[e] != '\n' {
			e++
		}
		return hanCell(string(rs[k+1 : e]))
	}
	return ""
}

// nounsAfter is the run of noun words starting at k, cut after its last
// noun (为28名听力残疾人免费验配 → 听力残疾人), when the document's words
// are known and the run is at most objectMaxRunes long; else "".
func (v docView) nounsAfter(k int) string {
	if v.word == nil || k >= len(v.word) || v.word[k] < 0 || v.toks[v.word[k]].Offset != k {
		return ""
	}
	end, last := -1, -1
	for w := v.word[k]; w < len(v.toks); w++ {
		t := v.toks[w]
		if w == v.word[k] && v.nw.q.objectModifiers[t.Folded] {
			continue // 一位退休/v 教师: a verb that says which people
		}
		if !nounLike(v.nw, t) && t.POS != "vn" {
			if h := v.verbsBeforeBoundHead(w); h > w {
				w = h - 1 // 6名安置/v 帮教/v 对象, 5名就业/v 人员: the verbs say which
				continue
			}
			break
		}
		if w > v.word[k] && slices.Contains(v.nw.q.objectVerbs, t.Folded) {
			break // 志愿者满怀/nr 热情, 领导带队/n: a verb gse took for a noun
		}
		e := t.Offset + utf8.RuneCountInString(t.Text)
		if e-k > objectMaxRunes {
			break
		}
		if isNoun(t) {
			end, last = e, w
		}
	}
	if end < 0 {
		return ""
	}
	return v.written(k, v.coordinatedAfter(k, last, end))
}

// verbsBeforeBoundHead is the index of a word of [object_bound_heads]
// (对象, 人员) that follows word w and at most one more Chinese verb of two
// runes or more (安置/v 帮教/v 对象, 就业/v 人员), or -1: such verbs belong
// to the noun they stand before, as in objectBefore.
func (v docView) verbsBeforeBoundHead(w int) int {
	for h := w; h < len(v.toks) && h-w <= 2; h++ {
		t := v.toks[h]
		if h > w && v.nw.q.objectBoundHeads[t.Folded] {
			return h
		}
		if !isHanWord(t) || !strings.HasPrefix(t.POS, "v") || utf8.RuneCountInString(t.Folded) < 2 {
			return -1
		}
	}
	return -1
}

// objectAfter is the counted object written right after a measure word:
// a run of Chinese characters up to a stop word, cut after the last
// character within seven that ends a noun (or the last noun-ending word,
// 主任). A verb right after a noun ending closes the object (副主任任副组长
// → 副主任). A run longer than eight is not trusted at all
// (优秀社会工作服务项目…): "" rather than half a word.
func (v docView) objectAfter(k int) string {
	rs := v.folded
	qw := v.nw.q
	end, e := k, k
	for ; e < len(rs) && isHanRune(rs[e]) && !strings.ContainsRune(qw.objectStops, rs[e]); e++ {
		if _, ok := chineseDigit(rs[e]); ok {
			break
		}
		if e > k && end == e && hasAnyRunesAt(rs, e, qw.objectVerbs) {
			break
		}
		if e-k >= 8 {
			return ""
		}
		if e-k < 7 && (strings.ContainsRune(qw.objectEnds, rs[e]) || endsWordAt(rs, k, e+1, qw.objectEndWords)) {
			end = e + 1
		}
	}
	return v.written(k, end)
}

// endsWordAt reports whether one of words ends at e and starts at or
// after k.
func endsWordAt(rs []rune, k, e int, words []string) bool {
	for _, w := range words {
		if n := utf8.RuneCountInString(w); e-n >= k && hasRunesBefore(rs, e, w) {
			return true
		}
	}
	return false
}

// objectBefore is a counted object written before the number, as in
// 困难家庭346户, 成员5220名 or 作品：100余幅. With the document's words it
// is the run of nouns (and their attributes) that ends right before the
// number, past a few linking words and a label's colon ([object_skip]:
// 共计, 达, 人数); without them only the endings of [object_before] that
// name people are trusted (报考者226人, 工作人员10名).
func (v docView) objectBefore(start int) string {
	if v.word != nil {
		return v.nounsBefore(start)
	}
	rs := v.folded
	for _, s := range v.nw.q.objectBefore {
		if !hasRunesBefore(rs, start, s.suffix) || start < s.runes {
			continue
		}
		for _, r := range rs[start-s.runes : start] {
			if !isHanRune(r) {
				return ""
			}
		}
		return v.written(start-s.runes, start)
	}
	return ""
}

// objectMaxRunes is the longest counted object taken before a number.
const objectMaxRunes = 8

// nounsBefore is the run of noun words ending right before start (see
// objectBefore), or "".
func (v docView) nounsBefore(start int) string {
	qw := v.nw.q
	k := start - 1
	if k < 0 || v.word[k] < 0 {
		return ""
	}
	w := v.word[k]
	for w >= 0 && qw.objectSkip[v.toks[w].Folded] {
		w-- // 居民共计230人
	}
	end, first := -1, -1
	if w >= 1 && v.boundPeopleSuffix(w) {
		// 脱贫/v 户/q, 网格/n 员/zg: gse split a noun of people before its
		// ending; the word before the ending belongs to the noun.
		end = v.toks[w].Offset + utf8.RuneCountInString(v.toks[w].Text)
		first = v.toks[w-1].Offset
		w -= 2
	}
	if w >= 1 && end < 0 && qw.labelNouns[v.toks[w].Folded] && isHanWord(v.toks[w-1]) {
		// 参与人数：80人, 观看人数7500人次: a label naming the people
		// counted is the object, with the word that says who.
		t := v.toks[w-1]
		if end = v.toks[w].Offset + utf8.RuneCountInString(v.toks[w].Text); end-t.Offset <= objectMaxRunes {
			return v.written(t.Offset, end)
		}
		end = -1
	}
	for ; w >= 0; w-- {
		t := v.toks[w]
		if !nounLike(v.nw, t) || end < 0 && !isNoun(t) && !qw.objectNouns[t.Folded] {
			break // the word nearest the number must be a noun (or 低保/v, 青年/t)
		}
		if end < 0 {
			end = t.Offset + utf8.RuneCountInString(t.Text)
		}
		if end-t.Offset > objectMaxRunes {
			break
		}
		first = t.Offset
	}
	if first < 0 {
		return ""
	}
	// 参与/v 学生, 留守/v 儿童, 外出/v 务工/v 劳动力: a verb of
	// [object_modifiers] right before the nouns says which people.
	for ; w >= 0 && qw.objectModifiers[v.toks[w].Folded] && end-v.toks[w].Offset <= objectMaxRunes; w-- {
		first = v.toks[w].Offset
	}
	if w >= 0 && qw.objectBoundHeads[v.toks[w+1].Folded] && isHanWord(v.toks[w]) &&
		utf8.RuneCountInString(v.toks[w].Folded) >= 2 && !qw.objectSkip[v.toks[w].Folded] && end-v.toks[w].Offset <= objectMaxRunes {
		first = v.toks[w].Offset // 服务/vn 对象: 对象 alone names nobody
		w--
	}
	return v.written(v.coordinatedBefore(w, first, end), end)
}

// coordinatedBefore is where an object before a number that starts at
// first (word w is the word before it) starts when nouns are coordinated
// before it by a word of [object_coordinators] (脱贫户和监测户112户, 空巢
// 老人、困难家庭××户): the whole coordination is what is counted, up to
// objectCoordRunes in all. first when no coordination is written.
func (v docView) coordinatedBefore(w, first, end int) int {
	qw := v.nw.q
	for w >= 1 && qw.objectCoordinators[v.toks[w].Folded] && (isNoun(v.toks[w-1]) || v.peoplePhrase(w-1)) {
		s, k := -1, w-1
		for ; k >= 0 && (nounLike(v.nw, v.toks[k]) || v.peoplePhrase(k)) && end-v.toks[k].Offset <= objectCoordRunes; k-- {
			s = v.toks[k].Offset
		}
		for ; k >= 0 && qw.objectModifiers[v.toks[k].Folded] && end-v.toks[k].Offset <= objectCoordRunes; k-- {
			s = v.toks[k].Offset
		}
		if s < 0 || end-s > objectCoordRunes || !v.conjunct(k+1, w) {
			break
		}
		if k >= 0 && (hasDigit(v.toks[k].Folded) || v.toks[k].POS == "m") {
			break // 空巢老人30人、留守儿童61人: 人 is the measure word of another count
		}
		first, w = s, k
	}
	return first
}

// peoplePhrase reports whether word w is a set phrase gse tags l that
// names people (退役军人/l, 少年儿童/l): it can be one of coordinated nouns.
func (v docView) peoplePhrase(w int) bool {
	t := v.toks[w]
	return t.POS == "l" && isHanWord(t) && endsWithAny(t.Folded, v.nw.q.peopleHeads)
}

// coordinatedAfter is where an object after a measure word that ends at
// end (word w is its last word) ends when nouns are coordinated after it
// by a word of [object_coordinators] (22名本科生及研究生): the whole
// coordination, up to objectCoordRunes from its start k. end when none is
// written.
func (v docView) coordinatedAfter(k, w, end int) int {
	qw := v.nw.q
	for w+2 < len(v.toks) && qw.objectCoordinators[v.toks[w+1].Folded] {
		w0 := w
		e, n := -1, w+2
		for ; n < len(v.toks) && nounLike(v.nw, v.toks[n]); n++ {
			t := v.toks[n]
			te := t.Offset + utf8.RuneCountInString(t.Text)
			if te-k > objectCoordRunes || slices.Contains(qw.objectVerbs, t.Folded) {
				break
			}
			if isNoun(t) {
				e, w = te, n
			}
		}
		if e < 0 || !v.conjunct(w0+2, w+1) {
			break
		}
		end = e
	}
	return end
}

// conjunct reports whether the words [a, b) can be one of coordinated
// nouns: two runes or more (not 智 left of a split word), and no
// person's name (副队长张三、李四及队员 counts the members, not the names).
func (v docView) conjunct(a, b int) bool {
	n := 0
	for _, t := range v.toks[a:b] {
		if strings.HasPrefix(t.POS, "nr") {
			return false
		}
		n += utf8.RuneCountInString(t.Text)
	}
	return n >= 2
}

// objectCoordRunes is the longest coordination of nouns taken as one
// counted object (脱贫户、监测户、孤寡老人和留守儿童).
const objectCoordRunes = 20

// kindByObject refines the kind of a measure word that counts many kinds
// of things ([kind_by_object]: 个, 块) by the ending of its counted
// object: 几个同学 counts people, 4个小组 groups, 5块展板 materials. The
// object is read in the folded text at its place (after the count, or
// before it); the table's kind stays when no ending matches.
func kindByObject(nw *numberWords, unit, kind, object string) string {
	qw := nw.q
	if !qw.kindByObject[unit] || object == "" {
		return kind
	}
	folded := fold.ToSimplified(object)
	for _, e := range qw.objectKinds {
		if strings.HasSuffix(folded, e[0]) {
			return e[1]
		}
	}
	return kind
}

// isHanWord reports whether a word is written in Chinese characters only.
func isHanWord(t segment.Token) bool {
	for _, r := range t.Folded {
		if !isHanRune(r) {
			return false
		}
	}
	return t.Folded != ""
}

// isNoun reports whether a word can end a counted object: a noun, an
// abbreviation, or a word of two or more characters gse tags a numeral
// although it holds none (大米).
func isNoun(t segment.Token) bool {
	return strings.HasPrefix(t.POS, "n") || t.POS == "j" || t.POS == "m" && utf8.RuneCountInString(t.Text) > 1
}

// nounLike reports whether a word may be part of a counted object: Chinese
// characters only, tagged a noun, an adjective or distinguishing word, an abbreviation, or a numeral tag on a word without
// numerals (gse tags 大米 m).
func nounLike(nw *numberWords, t segment.Token) bool {
	for _, r := range t.Folded {
		if !isHanRune(r) {
			return false
		}
		if _, ok := chineseDigit(r); ok && t.POS == "m" {
			return false
		}
	}
	if nw.q.objectSkip[t.Folded] || nw.q.objectNotNouns[t.Folded] {
		return false
	}
	if nw.q.objectNouns[t.Folded] {
		return true // 青年/t 志愿者: a word gse tags a time
	}
	switch {
	case strings.HasPrefix(t.POS, "n"), t.POS == "an", t.POS == "j", t.POS == "b", t.POS == "m":
		return true
	}
	return t.POS == "a"
}

// phoneLike reports an Arabic run of eight digits or more: a telephone
// or an identifier rather than a count.
func phoneLike(rs []rune, i int) bool {
	n := 0
	for k := i; k < len(rs); k++ {
		if _, ok := arabicDigit(rs[k]); !ok {
			break
		}
		n++
	}
	return n >= 8
}

func hasRunesAt(rs []rune, i int, w string) bool {
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasAnyRunesAt reports whether one of ws starts at i.
func hasAnyRunesAt(rs []rune, i int, ws []string) bool {
	return wordAt(rs, i, ws) != ""
}

// wordAt is the first of words (longest first, as wordBefore) that starts
// at i, or "".
func wordAt(rs []rune, i int, words []string) string {
	for _, w := range words {
		if hasRunesAt(rs, i, w) {
			return w
		}
	}
	return ""
}

func hasRunesBefore(rs []rune, i int, w string) bool {
	// From the end of w back: no count of its runes first.
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if i--; i < 0 || i >= len(rs) || rs[i] != r {
			return false
		}
		w = w[:len(w)-size]
	}
	return true
}

func valuePtr[T any](v T) *T { return &v }

// wordBefore is the first of words (longest first) that ends at i, or "".
func wordBefore(rs []rune, i int, words []string) string {
	for _, w := range words {
		if hasRunesBefore(rs, i, w) {
			return w
		}
	}
	return ""
}

// countsWithOne reports whether a lone 一 at i with the measure word unit
// (ending at end) is a count: 举办了一场讲座, 一名志愿者. It is not after a
// rune that makes 一 part of a word (统一, 之一, 每一位, 下一次), nor before
// an idiom or a reduplication (一次性, 一场场, 一户一户, 一家人), nor a
// figure of speech (一场精神盛宴, 掀起一场…热潮), nor an article (有一支队伍,
// 是在社区举行的一次活动, 做一名志愿者; a thing opening a clause, ，一张卡片上
// 写着: only a person or an event of [one_opening_units] counts there).
// It counts with the measure words of [one_units], and with any measure
// word when it is one item given to each (每个孩子一个书包; not 一起 or 一道
// after a companion of [one_together_after]: 每位志愿者和老人一起,
// together; nor with one of [one_together_units]: 各族街坊围坐在一起) or
// stands after its object at the end of a clause (暖包一份，展板一套) —
// unless the measure word is one of [one_verb_units], which after a verb
// measure the act (拉一把，喝一口。) — or right after a verb of
// [one_setup_verbs] that sets a thing up or gives it (设立了一个宣传点,
// 搭建了一个展览, 递上一份礼品; 营造一个…环境 is a figure of speech, and so
// is 送上一份关怀, [one_abstract_objects]). A batch (批) counts only goods:
// its clause must end with a word of [one_batch_goods] (捐赠一批生活物资,
// not 培育一批志愿服务组织).
func countsWithOne(nw *numberWords, rs []rune, i int, unit string, end int) bool {
	qw := nw.q
	switch {
	case i > 0 && strings.ContainsRune(qw.oneNotAfter, rs[i-1]):
		return false
	case hasRunesAt(rs, end, unit) || hasAnyRunesAt(rs, end, qw.oneNotNext):
		return false
	case hasRunesAt(rs, end, "一"+unit) || hasRunesBefore(rs, i, "一"+unit):
		return false // 一户一户地走访: one after another, not one household
	case wordBefore(rs, i, qw.oneArticleAfter) != "":
		return false // 有一支队伍, 作为一名志愿者: an article; 不让一名学生掉队: none left out
	case qw.oneRoleUnits[unit] && wordBefore(rs, i, qw.oneRoleVerbs) != "":
		return false // 做一名志愿者, 当一名医生: the role one takes
	case oneAfterCopula(nw, rs, i):
		return false // 是在社区举行的一次活动: an article
	case copulaNear(nw, rs, i):
		return false // 住宿是县里一家小宾馆: an article
	case !qw.oneOpeningUnits[unit] && opensClause(nw, rs, i):
		return false // ，一张卡片上写着, ，一次他…: the article, "once"
	case abstractAfterOne(nw, rs, end):
		return false // 一次难忘的经历, 一场精神盛宴: a figure of speech
	case wordBefore(rs, i, qw.oneFigureVerbs) != "":
		return false // 掀起一场…热潮, 打响一场…战役: a figure of speech
	case i > 0 && rs[i-1] == '的' && clauseHas(nw, rs, i, qw.oneSuperlatives):
		return false // 报名人数最多的一次义诊: which one, ranked, not one counted
	case wordBefore(rs, i, qw.oneCopulaWei) != "" && clauseEndsWith(nw, rs, end, qw.copulaNouns):
		return false // 中心为一所多元化社会服务机构: says what it is
	case perCount(nw, rs, i):
		return false // 每两名组员结成一组: groups of two, not one group
	case inNamedList(nw, rs, i):
		return false // “四个一”：组织一次…: a list's item, a target
	case oneInQuote(nw, rs, i, end):
		return false // “帮扶一户、带动一片”, 「社区一家」: a slogan's or a name's words
	case inSpeech(nw, rs, i) && !received(nw, rs, i):
		return false // “叔叔，我想借一张地图。”: the article of a speaker's words
	}
	if qw.oneBatchUnits[unit] && clauseEndsWith(nw, rs, end, qw.oneBatchGoods) {
		return true
	}
	if qw.oneVerbUnits[unit] && clauseHas(nw, rs, i, qw.oneTogetherAfter) {
		return false // 每位志愿者和老人一起包饺子: together
	}
	return qw.oneUnits[unit] || !qw.oneTogetherUnits[unit] && oneForEach(nw, rs, i) || !qw.oneVerbUnits[unit] && oneAfterObject(nw, rs, i, end) ||
		wordBefore(rs, i, qw.oneSetupVerbs) != "" || // 设立了一个宣传点, 递上一份礼品: a thing set up or given
		received(nw, rs, i) // 获赠一件T恤, “我领到一瓶酱油！”: a thing received
}

// received reports a lone 一 at i right after a verb of
// [one_receipt_verbs] (获赠, 领到, 兑): one thing a person got, which
// counts with any measure word, in a speaker's words too (“我今天领到一
// 个水杯！”): the readers count what was handed out (round 36).
func received(nw *numberWords, rs []rune, i int) bool {
	return wordBefore(rs, i, nw.q.oneReceiptVerbs) != ""
}

// onePerOne reports a lone 一 + measure word followed, at end, by
// another 一 and a Han noun that is no measure word (一户一表, 一村一品,
// 一人一档): one thing for each, a pairing, not one counted. 一场一小时的
// 讲座 is followed by a duration, and counts.
func onePerOne(mw MeasureWords, rs []rune, end int) bool {
	if end+1 >= len(rs) || rs[end] != '一' || !isHanRune(rs[end+1]) || numeralClass(rs, end+1) != runNone {
		return false
	}
	_, n := mw.match(rs, end+1)
	return n == 0
}

// partsListed reports a count of parts (a word of [parts_after] right
// after the measure word unit, which ends at end) whose parts are written
// out: a mark of [list_marks] in its clause before the number at start
// (从宣讲、义诊等三个方面), or a colon closing its clause a few runes after
// (由两个部分组成：, 分两个部分：).
func partsListed(nw *numberWords, rs []rune, unit string, start, end int) bool {
	w := wordAt(rs, end, nw.q.partsAfter[unit])
	if w == "" {
		return false
	}
	if clauseHas(nw, rs, start, strings.Split(nw.q.listMarks, "")) {
		return true
	}
	for k := end + utf8.RuneCountInString(w); k < len(rs) && k-end <= partsColonRunes; k++ {
		if clauseBreak(nw, rs[k]) {
			return rs[k] == '：' || rs[k] == ':'
		}
	}
	return false
}

// partsColonRunes is how far after a count of parts partsListed looks
// for the colon that closes its clause.
const partsColonRunes = 6

// familyOf reports a lone 一 at i with a measure word of [family_units]
// right after a person: a word tagged one of [family_name_tags] (刘晓梅
// 一家) or a word of [family_before] (他们一家, 张先生一家). It is that
// person's family, not one household or organisation counted.
func (v docView) familyOf(i int, unit string) bool {
	qw := v.nw.q
	return qw.familyUnits[unit] && (qw.familyNameTags[v.tagBefore(i)] || wordBefore(v.folded, i, qw.familyBefore) != "")
}

// placeBeforeOne reports a lone 一 at i with a measure word of
// [place_one_units] right after a place's name, a word tagged one of
// [place_one_tags] (南京一家面包店), its foreign name in brackets aside
// (维罗纳省(Verona)一家餐馆): a news report's "a shop in …", not one
// organisation counted. Without tokens it is always false.
func (v docView) placeBeforeOne(i int, unit string) bool {
	qw := v.nw.q
	if !qw.placeOneUnits[unit] {
		return false
	}
	k := v.beforeGloss(i)
	return qw.placeOneTags[v.tagBefore(k)] || k < i && wordBefore(v.folded, k, qw.placeOneEnds) != ""
}

// siteOfOne reports a lone 一 at i with a measure word of [site_units]
// after a word of [site_before] with at most siteWords words between
// them, each tagged one of [site_tags] or ending with a rune of
// [one_place_words] (在/p 一家 书店, 在/p 镇上/v 一家, 在/p 山区/ns 的/uj
// 一所): the place where something happens, not one organisation or
// household counted. A measure word of [frame_units] (ending at end) is
// so when a word of [frame_ends] tagged f closes its phrase in the clause
// (在/p 一次 巡逻/v 中/f, 在/p 一场 舞龙/n 表演/v 中/f): what happened
// during it, not one event counted. Without tokens it is always false.
func (v docView) siteOfOne(i int, unit string, end int) bool {
	qw := v.nw.q
	if !qw.siteUnits[unit] && !(qw.frameUnits[unit] && v.frameAfter(end)) {
		return false
	}
	k := i
	for n := 0; n <= siteWords; n++ {
		w := v.wordEndingAt(k)
		if w < 0 {
			return false
		}
		t := v.toks[w]
		if qw.siteBefore[t.Folded] {
			return true
		}
		last, _ := utf8.DecodeLastRuneInString(t.Folded)
		if !qw.siteTags[t.POS] && !qw.onePlaceWords[string(last)] {
			return false
		}
		k = t.Offset
	}
	return false
}

// siteWords is how many words siteOfOne reads between 在 and a lone 一.
const siteWords = 8

// frameAfter reports a word of [frame_ends] tagged f (中/f) in the clause
// that starts at end, within frameRunes. Without tokens it is always false.
func (v docView) frameAfter(end int) bool {
	if end >= len(v.word) || v.word[end] < 0 {
		return false
	}
	for w := v.word[end]; w < len(v.toks) && v.toks[w].Offset-end < frameRunes; w++ {
		t := v.toks[w]
		if r, _ := utf8.DecodeRuneInString(t.Folded); clauseBreak(v.nw, r) {
			return false
		}
		if t.POS == "f" && v.nw.q.frameEnds[t.Folded] {
			return true
		}
	}
	return false
}

// frameRunes is how far after a lone 一's measure word frameAfter looks:
// an attribute, the event's name and 中.
const frameRunes = 16

// beforeGloss is where a foreign name in brackets written right before i
// starts (维罗纳省(Verona)一家: the index of the opening bracket), or i.
func (v docView) beforeGloss(i int) int {
	rs := v.folded
	if i == 0 || rs[i-1] != ')' && rs[i-1] != '）' {
		return i
	}
	for k := i - 2; k >= 0 && i-k <= glossRunes; k-- {
		switch r := rs[k]; {
		case r == '(' || r == '（':
			if k < i-2 {
				return k
			}
			return i
		case r > unicode.MaxLatin1 || !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-':
			return i
		}
	}
	return i
}

// glossRunes is how long a foreign name in brackets beforeGloss reads.
const glossRunes = 40

// everyTime reports a lone 一 at i right after a word of
// [every_time_words] and words tagged one of [every_time_tags]
// (每遇见一位, 每敲开一户, 每演示完一个步骤): each time something is done,
// not one item given to each (每人结对一名老人); a later 一 of the
// sentence (每遇见一位就送上一件棉衣) counts as before. Without tokens it
// is always false.
func (v docView) everyTime(i int) bool {
	qw := v.nw.q
	for k := i - 1; k >= 0 && i-k <= clauseRunes; k-- {
		if clauseBreak(v.nw, v.folded[k]) {
			return false
		}
		if w := wordAt(v.folded, k, qw.everyTimeWords); w != "" {
			return v.verbsOnly(k+utf8.RuneCountInString(w), i)
		}
	}
	return false
}

// verbsOnly reports whether the runes [from, to) are one or more whole
// words gse tags one of [every_time_tags] (遇见, 演示 完). Without tokens
// it is always false.
func (v docView) verbsOnly(from, to int) bool {
	if from >= to || v.wordEndingAt(from) < 0 || v.wordEndingAt(to) < 0 {
		return false
	}
	for k := from; k < to; k++ {
		if v.word[k] < 0 || !v.nw.q.everyTimeTags[v.toks[v.word[k]].POS] {
			return false
		}
	}
	return true
}

// roundCount reports a bare 百 or 千 alone at i (its run ends at end)
// before a measure word of [bare_count_units]: 千名干部, 百名小讲解员 are a
// round hundred or thousand people; other bare multipliers are names
// (万人签名, 百家宴).
func roundCount(mw MeasureWords, qw *quantityWords, rs []rune, i, end int) bool {
	if end != i+1 || rs[i] != '百' && rs[i] != '千' {
		return false
	}
	unit, _ := mw.match(rs, end)
	return qw.bareCountUnits[unit]
}

// inNamedList reports a lone 一 at i in a sentence that names a list of
// tasks before it: a quoted numeral, a measure word of [one_list_units]
// and 一 (围绕“四个一”：组织一次…, 开展“三个一”活动，即一次…). The
// sentence runs back to a mark of [one_list_ends] or a line break.
func inNamedList(nw *numberWords, rs []rune, i int) bool {
	for k := i - 1; k >= 4 && rs[k] != '\n' && !strings.ContainsRune(nw.q.oneListEnds, rs[k]); k-- {
		if !isClosingQuote(nw, rs[k]) || rs[k-1] != '一' || !strings.ContainsRune(nw.q.oneListUnits, rs[k-2]) {
			continue
		}
		_, digit := chineseDigit(rs[k-3])
		_, open := nw.q.nameQuotes[rs[k-4]]
		return digit && open
	}
	return false
}

// opensClause reports a lone 一 at i right after a mark that ends a
// clause (，。；！？), so that nothing of its clause is written before it. A
// line break may wrap a sentence, a colon opens a label's list (活动内容：
// 一场讲座) and a mark of [list_marks] continues one: none of them counts.
func opensClause(nw *numberWords, rs []rune, i int) bool {
	return i > 0 && !strings.ContainsRune("\n：:", rs[i-1]) && clauseBreak(nw, rs[i-1])
}

// parallelSlogan reports a lone 一 at i whose measure word ends at end a
// phrase of a slogan's parallel phrases (改造一处、巩固一处; 走访一户、摸清一户、
// 登记一户; 不漏一户，不错一人): the count ends its phrase, the phrase
// next to it across one mark ends so too, and the second of the two is a
// few Han runes before its 一 (at most [slogan_phrase_runes] with its 一
// and measure word; the first may open with a longer clause, 努力做到发现
// 一处、整改一处); the word before one of the two 一 is tagged one of
// [slogan_word_tags] (gse tags some verbs nouns: 清理/a 一处、规范/n 一处
// is still a slogan). Goods listed so (大米一袋、面粉一袋) have nouns
// before 一 and still count.
func (v docView) parallelSlogan(mw MeasureWords, i, end int) bool {
	nw, rs := v.nw, v.folded
	phraseEnd := func(k int) bool {
		return k == len(rs) || clauseBreak(nw, rs[k]) || strings.ContainsRune(nw.q.listMarks, rs[k]) || isClosingQuote(nw, rs[k])
	}
	// oneCountAt reports a lone 一 at k, a measure word of one rune and the
	// end of a phrase.
	oneCountAt := func(k int) bool {
		if rs[k] != '一' {
			return false
		}
		_, n := mw.match(rs, k+1)
		return n == 1 && phraseEnd(k+2)
	}
	sloganWord := func(k int) bool { return nw.q.sloganWordTags[v.tagBefore(k)] }
	if !oneCountAt(i) || end != i+2 {
		return false
	}
	head := nw.q.sloganPhraseRunes - 2 // the runes before a phrase's 一
	if end < len(rs) && !isClosingQuote(nw, rs[end]) {
		k := end + 1
		for k < len(rs) && k-end <= head && rs[k] != '一' && isHanRune(rs[k]) {
			k++
		}
		if k > end+1 && k < len(rs) && oneCountAt(k) && (sloganWord(i) || sloganWord(k)) {
			return true
		}
	}
	k := i
	for k > 0 && i-k < head && rs[k-1] != '一' && isHanRune(rs[k-1]) {
		k--
	}
	return k < i && k >= 3 && !isClosingQuote(nw, rs[k-1]) && phraseEnd(k-1) && oneCountAt(k-3) && (sloganWord(i) || sloganWord(k-3))
}

// placeAfterOne reports a lone 一 whose measure word, ending at end, is
// followed by a place and no noun after it: at most [placeNounWords] words
// gse tags nouns or adjectives, the last a noun, then a word of
// [one_place_words] (一张卡片/nz 上/f 只写了一句祝福, 在一张大/a 桌子/n 上/f)
// or a place word gse tags s ending with one (一张方/n 桌上/s). An event
// (一场活动/vn 中) and a place word that says how a thing is done, with no
// noun before it (一场网上/s 直播, 一场线上讲座), are left to the other rules.
func (v docView) placeAfterOne(end int) bool {
	if v.wordEndingAt(end) < 0 || end >= len(v.word) || v.word[end] < 0 {
		return false
	}
	first := v.word[end]
	for w := first; w < len(v.toks) && w-first <= placeNounWords; w++ {
		t := v.toks[w]
		last, _ := utf8.DecodeLastRuneInString(t.Folded)
		place := v.nw.q.onePlaceWords[t.Folded] || t.POS == "s" && v.nw.q.onePlaceWords[string(last)]
		if w > first && place && isNoun(v.toks[w-1]) {
			return w+1 == len(v.toks) || !isNoun(v.toks[w+1])
		}
		if !strings.HasPrefix(t.POS, "n") && t.POS != "a" {
			return false
		}
	}
	return false
}

// placeNounWords is how many words placeAfterOne reads as the place's
// noun phrase (大/a 桌子/n).
const placeNounWords = 2

// oneInQuote reports a lone 一 and its measure word (over [i, end)) inside
// a short quoted phrase that holds more than the count: “帮扶一户、带动一片”,
// 「社区一家」 are a slogan and a name, whose 一 counts nothing. A quote
// holding only the count (“一名”) is left to the other rules.
func oneInQuote(nw *numberWords, rs []rune, i, end int) bool {
	return inShortQuote(nw, rs, i, end, nw.q.sentenceEnds, func(k int) bool {
		return rs[k] == '\n' || strings.ContainsRune(nw.q.sentenceEnds, rs[k])
	})
}

// inShortQuote reports whether [start, end) stands inside a quote of
// [name_quotes] at most quotedSloganRunes long that holds more than it:
// the quote opens before start with no rune of stops between
// (openQuoteBefore) and closes after end before any rune at k for which
// stopAfter is true. inQuotedName and oneInQuote differ only in these.
func inShortQuote(nw *numberWords, rs []rune, start, end int, stops string, stopAfter func(k int) bool) bool {
	open := openQuoteBefore(nw, rs, start, quotedSloganRunes, stops)
	if open < 0 {
		return false
	}
	closing := nw.q.nameQuotes[rs[open]]
	for k := end; k < len(rs) && k-open <= quotedSloganRunes+1; k++ {
		switch {
		case rs[k] == closing:
			return open+1 < start || k > end
		case stopAfter(k):
			return false
		}
	}
	return false
}

// tokenRune returns the rune of a token that is one rune long.
func tokenRune(t segment.Token) (rune, bool) {
	r, n := utf8.DecodeRuneInString(t.Folded)
	return r, n > 0 && n == len(t.Folded)
}

// openQuoteBefore returns the index of the opening quote of
// [name_quotes] nearest before i on its line, at most within runes away,
// with no closing quote nor a rune of stops between; or -1.
func openQuoteBefore(nw *numberWords, rs []rune, i, within int, stops string) int {
	for k := i - 1; k >= 0 && i-k <= within && rs[k] != '\n'; k-- {
		if _, ok := nw.q.nameQuotes[rs[k]]; ok {
			return k
		}
		if isClosingQuote(nw, rs[k]) || strings.ContainsRune(stops, rs[k]) {
			return -1
		}
	}
	return -1
}

// isClosingQuote reports whether r closes one of [name_quotes].
func isClosingQuote(nw *numberWords, r rune) bool {
	for _, c := range nw.q.nameQuotes {
		if c == r {
			return true
		}
	}
	return false
}

// quotedSloganRunes is the longest quoted slogan or name inShortQuote
// reads a count in (a lone 一 for oneInQuote, a number for inQuotedName).
const quotedSloganRunes = 12

// oneForEach reports a lone 一 at i in a clause that gives one item to
// each (每个孩子一个书包、一套校服, 每户一袋米): a word of [one_each] is
// written before it, and not as the start of a frequency (每月最后一个周五).
// A rune of [one_each_not_across] between them (每一盏灯笼都写着一个谜语,
// 每一条小路都透出一份安静) makes the clause say what each does or is:
// the lone 一 is an article there, no item given — unless a verb of
// [one_each_receipts] follows it (每位老人都收到一份礼包: each gets one).
func oneForEach(nw *numberWords, rs []rune, i int) bool {
	qw := nw.q
	for k := i - 1; k >= 0 && i-k <= clauseRunes; k-- {
		if clauseBreak(nw, rs[k]) {
			return false
		}
		if strings.ContainsRune(qw.oneEachNotAcross, rs[k]) && !clauseHas(nw, rs, i, qw.oneEachReceipts) {
			return false
		}
		if hasAnyRunesAt(rs, k, qw.oneEach) {
			return !hasAnyRunesAt(rs, k, qw.frequencyBefore)
		}
	}
	return false
}

// perCount reports a lone 一 at i in a clause whose nearest word of
// [one_each] before it is followed by a numeral other than 一 (每两人一组,
// 每8人为一组, 每两名组员结成一组): one for every N, a group's size, not
// one item to each (每一位老人一份, 每个孩子一个书包).
func perCount(nw *numberWords, rs []rune, i int) bool {
	for k := i - 1; k >= 0 && i-k <= clauseRunes; k-- {
		if clauseBreak(nw, rs[k]) {
			return false
		}
		if w := wordAt(rs, k, nw.q.oneEach); w != "" {
			j := k + utf8.RuneCountInString(w)
			return j < i && rs[j] != '一' && numeralClass(rs, j) != runNone
		}
	}
	return false
}

// clauseBreak reports a rune that ends a clause: a line break or one of
// money's [clause_breaks], but not a mark of [list_marks] (、), whose
// items share the words written before the list.
func clauseBreak(nw *numberWords, r rune) bool {
	return r == '\n' || strings.ContainsRune(nw.m.clauseBreaks, r) && !strings.ContainsRune(nw.q.listMarks, r)
}

// oneAfterCopula reports a lone 一 at i after a word of
// [one_article_in_copula] (的) in a clause that holds the copula written
// with it (是): 本次活动是在社区举行的一次志愿者活动 describes, it does
// not count.
func oneAfterCopula(nw *numberWords, rs []rune, i int) bool {
	w := wordBefore(rs, i, nw.q.oneCopulaWords)
	return w != "" && clauseHas(nw, rs, i-utf8.RuneCountInString(w), nw.q.oneCopula[w])
}

// copulaNear reports a word of [one_article_near] (是) ending a few runes
// before a lone 一 at i, in the same clause: 住宿是县里一家小宾馆 says what
// a thing is, it does not count. A word of [one_article_near_not] right
// after the copula makes the rest an act (是为一位老人祝寿), which counts.
// A rune of [one_article_near_adverbs] right before the copula makes a
// word that is none (总是, 于是, 但是): the look goes on further back.
func copulaNear(nw *numberWords, rs []rune, i int) bool {
	for k := i - 1; k >= 0 && i-k <= oneArticleNearRunes; k-- {
		if clauseBreak(nw, rs[k]) {
			return false
		}
		w := wordBefore(rs, k+1, nw.q.oneArticleNear)
		if w == "" {
			continue
		}
		if at := k + 1 - utf8.RuneCountInString(w); at > 0 && strings.ContainsRune(nw.q.oneArticleNearAdverbs, rs[at-1]) {
			continue
		}
		return k+1 == i || !strings.ContainsRune(nw.q.oneArticleNearNot, rs[k+1])
	}
	return false
}

// abstractAfterOne reports a word of [one_abstract_objects] in the clause
// after a lone 一 and its measure word (ending at end): 一次难忘的经历,
// 一场精神盛宴, 社区的一张名片 are figures of speech, not counts. Such a
// word before 的 is an attribute of the noun that follows (一场温暖的捐赠
// 仪式, 一份节日的礼物), not the object; a quote of [name_quotes] opens a
// name (一场“爱心同行”义卖), and what it holds is no object either.
// Attributes listed with a mark of [list_marks] (一份接地气、有温度的新年
// 祝福) put the noun further: the window starts again after the mark,
// unless a number opens the next item of a list of counts (一个书包、一本…).
func abstractAfterOne(nw *numberWords, rs []rune, end int) bool {
	for k, from := end, end; k < len(rs) && k-from < abstractObjectRunes; k++ {
		if _, quote := nw.q.nameQuotes[rs[k]]; clauseBreak(nw, rs[k]) || quote {
			return false
		}
		if strings.ContainsRune(nw.q.listMarks, rs[k]) {
			if k+1 < len(rs) && numeralClass(rs, k+1) != runNone {
				return false
			}
			from = k + 1
			continue
		}
		if w := wordAt(rs, k, nw.q.oneAbstractObjects); w != "" && !hasRunesAt(rs, k+utf8.RuneCountInString(w), "的") {
			return true
		}
	}
	return false
}

// clauseEndsWith reports whether the clause from k ends, within
// clauseRunes, with one of words: 为一所多元化社会服务机构， ends with 机构.
func clauseEndsWith(nw *numberWords, rs []rune, k int, words []string) bool {
	e := k
	for e < len(rs) && e-k < clauseRunes && !clauseBreak(nw, rs[e]) {
		e++
	}
	if e < len(rs) && !clauseBreak(nw, rs[e]) {
		return false // no end in sight
	}
	return wordBefore(rs, e, words) != ""
}

// abstractObjectRunes is how far after a lone 一's measure word
// abstractAfterOne looks: an attribute and the noun.
const abstractObjectRunes = 10

// sizeCountRunes is how far before a lone 一 at a clause's end oneAfterObject
// looks for the count that makes it a size: 两个同学一组.
const sizeCountRunes = 4

// oneArticleNearRunes is how far before a lone 一 copulaNear looks: a
// place's or a unit's name may stand between (是县里一家, 是某市某区一名).
const oneArticleNearRunes = 8

// oneAfterObject reports a lone 一 at i right after a Chinese character,
// with its measure word (ending at end) closing the clause: 派发暖包一份，
// 製作展板一套。 — a count of the object written before it. After a count
// (5人一组) it is a size, not a count; after a rune of [one_object_not_end]
// (温馨的一面，, 另一面。) no object is written, and the measure word is the
// noun itself.
func oneAfterObject(nw *numberWords, rs []rune, i, end int) bool {
	if i == 0 || !isHanRune(rs[i-1]) || strings.ContainsRune(nw.q.oneObjectNotEnd, rs[i-1]) {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= sizeCountRunes; k-- {
		if numeralClass(rs, k) != runNone {
			return false // 5人一组, 两个同学一组: groups of five, of two, not one group
		}
		if !isHanRune(rs[k]) {
			break // the count is tested before the stop: 5 is no Chinese character
		}
	}
	return end == len(rs) || rs[end] == '\n' || strings.ContainsRune(nw.m.clauseBreaks, rs[end])
}

// clauseHas reports whether one of words is written in the clause before
// i: back to the nearest clause break, at most clauseRunes runes.
func clauseHas(nw *numberWords, rs []rune, i int, words []string) bool {
	if len(words) == 0 {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= clauseRunes; k-- {
		if clauseBreak(nw, rs[k]) {
			return false
		}
		for _, w := range words {
			if hasRunesAt(rs, k, w) && k+utf8.RuneCountInString(w) <= i {
				return true
			}
		}
	}
	return false
}

// clauseRunes is how far back clauseHas looks.
const clauseRunes = 24

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// countAt is a count read so far: its measure word, where its number and
// its phrase start, and where the measure word ends, in the folded runes.
type countAt struct {
	rs     []rune
	unit   string
	number int // where the numeral run starts
	start  int // where the phrase starts (约, 近 …)
	end    int // after the measure word
	p      numberPhrase
	// tagBefore is gse's tag of the word that ends right before the
	// number, "" when there is none or the caller gave no words.
	tagBefore string
}

// countJudge rules a number and measure word out as a count for a named
// reason: each is one cause, with its own words in quantity_words.txt and
// its own table test (TestNotCountJudges).
type countJudge struct {
	reason  string
	rejects func(nw *numberWords, c countAt) bool
}

// notCountJudges are asked in order; the first that rejects names why.
var notCountJudges = []countJudge{
	{"frequency", frequency},            // 每周三次, 每月组织学习1次, 一星期两次
	{"dimension", dimension},            // 宽3米, 3米高的围墙
	{"cohort year", cohortYear},         // 2023届毕业生
	{"distance", distance},              // 5公里健步走, 海拔600米, 1公里外
	{"session name", sessionName},       // 七届二次全会
	{"byline name", bylineName},         // 通讯员 李一名
	{"place area", placeArea},           // 占地80亩, 活动室约40平方米
	{"place length", placeLength},       // 位于县城东南21公里, 全程5公里
	{"no call", noCall},                 // 四通社区
	{"place name", placeName},           // 七台镇, 八站小学
	{"address", address},                // 杨柳湾村3组
	{"sample texts", sampleTexts},       // 活动总结5篇 WORD版
	{"branch name", branchName},         // 特勤一站, 管护中心一所
	{"abstract object", abstractObject}, // 三种原因, 五项服务机制
	{"body change", bodyChange},         // 瘦十斤, 长高3厘米
	{"pair restated", pairRestated},     // 夫妻二人, 我和张薇两个人
	{"phase", phase},                    // 一期工程, 项目二期
	{"ordinal two", ordinalTwo},         // 翠湖苑二期, 上述二类家庭, 二道河村
	{"numbered", numbered},              // 14栋和31栋, 2201班
	{"ordinal range", ordinalRangeEnd},  // 第5至8节, 第一、二名
	{"class name", className},           // 机械三班的同学, 机电3301班全体学生
	{"named day", namedDay},             // 第 18 个世界高血压日, 32次“全国助残日”
	{"list summary", listSummary},       // 线上和现场两种方式
	{"slogan parts", sloganParts},       // “种一棵树、读两本书”
	{"festivals", festivals},            // “两节”期间, 于三节前往慰问
	{"list number", listNumber},         // 2 對你而言… under 1 在本次服務中…
}

// notACount is the reason of the first judge that rules the count out,
// or "".
func notACount(nw *numberWords, c countAt) string {
	for _, j := range notCountJudges {
		if j.rejects(nw, c) {
			return j.reason
		}
	}
	return ""
}

// frequency reports a count of [frequency_units] (次) after a word of
// [frequency_before] in its clause (每月组织志愿者集中学习1次) or right
// after a numbered period (一星期两次, 两年一次, 1季1次): how often, not
// how many — unless it is a tally.
func frequency(nw *numberWords, c countAt) bool {
	qw := nw.q
	return qw.frequencyUnits[c.unit] && (clauseHas(nw, c.rs, c.start, qw.frequencyBefore) || numberedPeriodBefore(nw, c.rs, c.start)) &&
		!periodTally(nw, c)
}

// periodTally reports a count of a period written as a figure of
// tallyMin or more with a mark of approximation — before it (近100次), in
// it (120余次, 十几次) or after it (50次以上) — or as a vague one (上百次):
// it tallies what the period holds (每年开展志愿服务活动120余次) rather
// than giving a rhythm, which is a small figure (每月一次, 每周两次, 每年约
// 两次, 每周一次以上; round 35).
func periodTally(nw *numberWords, c countAt) bool {
	if c.p.vague {
		return true
	}
	return c.p.hasValue && c.p.low >= tallyMin && (c.p.approx || c.start < c.number || approxSuffix(nw, c.rs, c.end) > 0)
}

// tallyMin is the smallest figure periodTally reads as a tally: ten.
const tallyMin = 10

// numberedPeriodBefore reports a period of [frequency_periods] ending at
// i with a numeral of at most periodNumeralRunes runes right before it,
// not inside a longer number (两年, 三个月, 1季; not 2023年, a year).
func numberedPeriodBefore(nw *numberWords, rs []rune, i int) bool {
	w := wordBefore(rs, i, nw.q.frequencyPeriodWords)
	if w == "" {
		return false
	}
	k := i - utf8.RuneCountInString(w)
	n := 0
	for k-n > 0 && numeralClass(rs, k-n-1) != runNone {
		n++
	}
	return n > 0 && n <= periodNumeralRunes
}

// periodNumeralRunes is the longest numeral before a period that
// numberedPeriodBefore takes: 十五天, not a year.
const periodNumeralRunes = 2

// namedDay reports a count of [day_ordinal_units] right before the name
// of a day kept each year, after an opening quote or none: a word of
// [day_name_starts], then Chinese characters ending in a rune of
// [day_name_ends] within dayNameRunes (第 18 个世界高血压日, 配合32次“全国
// 助残日”): which day it is, not how many.
func namedDay(nw *numberWords, c countAt) bool {
	qw := nw.q
	if !qw.dayOrdinalUnits[c.unit] {
		return false
	}
	k := c.end
	if k < len(c.rs) && qw.nameQuotes[c.rs[k]] != 0 {
		k++
	}
	n := 0
	for _, w := range qw.dayNameStarts {
		if hasRunesAt(c.rs, k, w) {
			n = utf8.RuneCountInString(w)
			break
		}
	}
	if n == 0 {
		return false
	}
	for e := k + n; e < len(c.rs) && e-k < dayNameRunes && isHanRune(c.rs[e]); e++ {
		if strings.ContainsRune(qw.dayNameEnds, c.rs[e]) {
			return true
		}
	}
	return false
}

// dayNameRunes is the longest name of a day namedDay reads.
const dayNameRunes = 10

// dimension reports a length unit of [dimension_units] with a word of
// [dimension_words] right before the number at start, or before a word of
// [dimension_links] there, or right after the unit ending at end (宽3米,
// 水深达2.7米, 3米高的围墙): the size of a thing, not an amount of goods or
// work done.
func dimension(nw *numberWords, c countAt) bool {
	qw := nw.q
	if !qw.dimensionUnits[c.unit] {
		return false
	}
	before := beforeLinks(nw, c)
	return wordBefore(c.rs, before, qw.dimensionWords) != "" || hasAnyRunesAt(c.rs, c.end, qw.dimensionWords) ||
		statedLength(nw, c, before)
}

// beforeLinks is where the words before a count end once a word of
// [dimension_links] right before its phrase is skipped (水深达2.7米: before
// 达).
func beforeLinks(nw *numberWords, c countAt) int {
	return c.start - utf8.RuneCountInString(wordBefore(c.rs, c.start, nw.q.dimensionLinks))
}

// statedLength reports a length written right after a word of
// [length_words] (not one of [length_not_words]) at before that ends its
// clause, with no word of [area_work_words] in the clause before it
// (堤坝长约800米，, 全长2.6公里。, 线长达3公里、宽40米): how long a thing is.
// Before a noun (铺设长4.8公里的水泥路) or after work done (清理河道长1公里，)
// it stays a count.
func statedLength(nw *numberWords, c countAt, before int) bool {
	qw, rs := nw.q, c.rs
	if wordBefore(rs, before, qw.lengthWords) == "" || wordBefore(rs, before, qw.lengthNotWords) != "" {
		return false
	}
	if c.end < len(rs) && !clauseBreak(nw, rs[c.end]) && !strings.ContainsRune(qw.listMarks, rs[c.end]) {
		return false
	}
	return !clauseHas(nw, rs, c.start, qw.areaWorkWords)
}

// cohortYear reports a year written in four Arabic digits before a
// measure word of [cohort_units] (2023届毕业生, 1998届校友): a cohort or an
// issue named by its year, not a count. The years are [cohort_years].
func cohortYear(nw *numberWords, c countAt) bool {
	qw, p := nw.q, c.p
	if !qw.cohortUnits[c.unit] || p.end-c.number != 4 || p.hasHigh || !p.hasValue {
		return false
	}
	for k := c.number; k < p.end; k++ {
		if _, ok := arabicDigit(c.rs[k]); !ok {
			return false
		}
	}
	return p.low >= qw.cohortYears[0] && p.low <= qw.cohortYears[1]
}

// distance reports a length of [dimension_units] that is a distance
// rather than work done: a race or walk named by it (race), a place away
// (1公里外, 500米处: [distance_after]), or a walk, ride or distance word
// in the clause before (步行约2公里, 距离学校500米, 海拔600米:
// [distance_before]). 清理河道3公里 counts.
func distance(nw *numberWords, c countAt) bool {
	qw := nw.q
	if !qw.dimensionUnits[c.unit] {
		return false
	}
	return hasAnyRunesAt(c.rs, c.end, qw.distanceAfter) || race(nw, c) || clauseHas(nw, c.rs, c.start, qw.distanceBefore)
}

// race reports a length that names a race or a walk ([race_words]): the
// word right after it or after at most raceGapRunes Han characters
// (5公里健步走, 3公里环湖健步走), right before it (迷你马拉松10公里,
// 亲子跑3公里), or, when a list mark follows the length, after a length
// later in the same clause (设100米、400米、4×100米接力: each item an
// event of a sports day).
func race(nw *numberWords, c countAt) bool {
	qw, rs := nw.q, c.rs
	if wordBefore(rs, c.start, qw.raceWords) != "" {
		return true
	}
	for k := c.end; k <= c.end+raceGapRunes && k < len(rs); k++ {
		if hasAnyRunesAt(rs, k, qw.raceWords) {
			return true
		}
		if !isHanRune(rs[k]) {
			break
		}
	}
	if c.end >= len(rs) || !strings.ContainsRune(qw.listMarks, rs[c.end]) {
		return false
	}
	for k := c.end + 1; k < len(rs) && k-c.end <= raceListRunes && !clauseBreak(nw, rs[k]); k++ {
		if _, ok := arabicDigit(rs[k-1]); !ok {
			continue
		}
		for u := range qw.dimensionUnits {
			if hasRunesAt(rs, k, u) && hasAnyRunesAt(rs, k+utf8.RuneCountInString(u), qw.raceWords) {
				return true
			}
		}
	}
	return false
}

// raceGapRunes is how many Han characters may stand between a length and
// the race it names (3公里环湖健步走); raceListRunes is how far race reads a
// list of lengths for one that names a race.
const (
	raceGapRunes  = 2
	raceListRunes = 40
)

// notCountAfter reports a word of [not_count_after] right after the
// measure word unit, which ends at end (3个月, 家乡, 人民币), unless a
// word of [count_after] is written there (5家乡镇卫生院: 乡镇, not 家乡).
func notCountAfter(qw *quantityWords, rs []rune, unit string, end int) bool {
	if hasAnyRunesAt(rs, end, qw.countAfter[unit]) {
		return false
	}
	return hasAnyRunesAt(rs, end, qw.notCountAfter[unit]) || hasAnyRunesAt(rs, end, qw.notCountAfter["*"])
}

// sessionName reports a count of [session_units] that numbers a meeting's
// session or a body's term: 届 with a word of [session_names] within
// sessionRunes after it, in its clause (七届二次全会, 七届人大), or with a
// numeral and a word of [session_ordinals] right after it (十九届二中、三中
// 全会, whose 全会 is written after the list; 十二届三次执委会), or 次
// with such a word right after it and 届 within sessionRunes before it
// (…届人大三次会议), or 次 whose numeral comes right after 届 (十届四次、
// 五次全会, 二届八次常务理事会议, whatever body's meeting follows: since
// round 29). 召开会议三次, 举办三届运动会 count.
func sessionName(nw *numberWords, c countAt) bool {
	qw, rs := nw.q, c.rs
	if !qw.sessionUnits[c.unit] {
		return false
	}
	if c.unit == "届" {
		k := c.end
		for k < len(rs) && numeralClass(rs, k) != runNone {
			k++
		}
		if k > c.end && hasAnyRunesAt(rs, k, qw.sessionOrdinals) {
			return true // 十九届二中、三中全会: the plenum's number follows
		}
		for k := c.end; k < len(rs) && k-c.end < sessionRunes && !clauseBreak(nw, rs[k]); k++ {
			if hasAnyRunesAt(rs, k, qw.sessionNames) {
				return true
			}
		}
		return false
	}
	if c.start > 0 && rs[c.start-1] == '届' {
		return true // 十二届三次执委会, 二届八次常务理事会议: the session's number
	}
	if !hasAnyRunesAt(rs, c.end, qw.sessionNames) {
		return false
	}
	for k := c.start - 1; k >= 0 && c.start-k <= sessionRunes && !clauseBreak(nw, rs[k]); k-- {
		if rs[k] == '届' {
			return true
		}
	}
	return false
}

// sessionRunes is how far from a session's 届 the rest of its name is
// looked for: 人大三次 or 三次全体.
const sessionRunes = 6

// bylineName reports a count that starts inside a person's name written
// after a label of [byline_labels] and a space or a colon (通讯员 李一名,
// 记者：李一位): one to three Chinese characters of the name stand
// between the label and the number.
func bylineName(nw *numberWords, c countAt) bool {
	rs, k := c.rs, c.start
	for k > 0 && c.start-k < 3 && isHanRune(rs[k-1]) {
		k--
	}
	if k == c.start || k == 0 || !strings.ContainsRune(" 　:：", rs[k-1]) {
		return false
	}
	for k > 0 && strings.ContainsRune(" 　:：", rs[k-1]) {
		k--
	}
	return wordBefore(rs, k, nw.q.bylineLabels) != ""
}

// noCall reports a count of [call_units] (通) with no word of
// [call_words] (电话) in its clause before the number nor right after the
// unit: 通 counts telephone calls (电话问安2,160通, 回访电话90余通), and
// elsewhere it is mostly a name's character (四通社区).
func noCall(nw *numberWords, c countAt) bool {
	qw := nw.q
	return qw.callUnits[c.unit] && !clauseHas(nw, c.rs, c.start, qw.callWords) && !hasAnyRunesAt(c.rs, c.end, qw.callWords)
}

// placeName reports a count whose measure word, not one of
// [place_counters], is followed right by a word of [place_suffixes] (七台
// 镇, 八站小学, 六户镇, 五门支行): the numeral and the measure word begin
// a place's name that gse does not know. 6个镇, 8所小学 count places; a
// lone 一 is left to the rules of the lone 一 (一场乡村音乐会).
//
// A count in Chinese numerals begins a name as well when one or two Han
// runes stand between its measure word and a word of [place_name_ends]
// (七家坪村, 四道梁街道, 九台洼村, 三道沙河村, 四面岭镇), when the measure
// word is one of [place_name_units] (家, 道, 台, 面, 顶): the runes are the
// name's, no noun counted; 三次到村里 counts visits. A rune of
// [place_name_not_gaps] makes a word with the end or says a thing is
// brought there (三批驻村干部, 两支农村医疗队, 两台车进村: counted).
func placeName(nw *numberWords, c countAt) bool {
	q, rs := nw.q, c.rs
	if c.p.loneOne {
		return false
	}
	if !q.placeCounters[c.unit] && wordAt(rs, c.end, q.placeSuffixes) != "" {
		return true
	}
	if numeralClass(rs, c.number) != runChinese || !q.placeNameUnits[c.unit] {
		return false
	}
	for gap := c.end; gap < len(rs) && gap-c.end < placeNameGapRunes; gap++ {
		if !isHanRune(rs[gap]) || numeralClass(rs, gap) != runNone || strings.ContainsRune(q.placeNameNotGaps, rs[gap]) {
			return false
		}
		if wordAt(rs, gap+1, q.placeNameEnds) != "" {
			return true
		}
	}
	return false
}

// placeNameGapRunes is how many Han runes placeName reads between the
// measure word and the end of a place's name (七家坪村, 三道沙河村).
const placeNameGapRunes = 2

// placeArea reports an area ([area_units]) with no word of
// [area_work_words] in its sentence before it nor in its clause after it:
// the size of a place (占地80亩, 场地仅有一间活动室，约40平方米), not work
// done (清理河岸面积4.2万平方米, 铺设了一条路，总面积1万平方米, 对小游园
// 100平方米的场地进行翻新); and one right after a word of
// [floor_area_words] (across 达 or 约), a building's floor space whatever
// its sentence says (建成建筑面积800平方米的仓库).
func placeArea(nw *numberWords, c countAt) bool {
	if !nw.q.areaUnits[c.unit] {
		return false
	}
	if wordBefore(c.rs, beforeLinks(nw, c), nw.q.floorAreaWords) != "" {
		return true
	}
	return !workNear(nw, c, nw.q.areaWorkWords)
}

// placeLength reports a length of [dimension_units] with no word of
// [area_work_words] or [length_work_words] in the sentence before it or
// in its clause after it: where a place lies (位于县城东南21公里), a
// route's or a journey's length (全程5公里, 8000多公里行程), a queue's or a
// thing's size (排成300多米的长队, 高两米、长四米) — nothing counted. A length
// is work done when a verb of work is near (清理河道800米, 硬化道路2.6公里,
// 每组负责约500米岸线; round 35).
func placeLength(nw *numberWords, c countAt) bool {
	if !nw.q.dimensionUnits[c.unit] {
		return false
	}
	return !workNear(nw, c, nw.q.areaWorkWords) && !workNear(nw, c, nw.q.lengthWorkWords)
}

// workNear reports one of words in the sentence before the count c (back
// to a mark of [sentence_ends] or a line break, at most sentenceRunes) or
// in its clause after it.
func workNear(nw *numberWords, c countAt, words []string) bool {
	rs, from := c.rs, max(0, c.start-sentenceRunes)
	for k := c.start - 1; k >= from; k-- {
		if rs[k] == '\n' || strings.ContainsRune(nw.q.sentenceEnds, rs[k]) {
			from = k + 1
			break
		}
	}
	to := c.end
	for to < len(rs) && to-c.end < sentenceRunes && !clauseBreak(nw, rs[to]) {
		to++
	}
	return containsAny(string(rs[from:c.start]), words) || containsAny(string(rs[c.end:to]), words)
}

// sentenceRunes is how far back placeArea reads the sentence of an area.
const sentenceRunes = 60

// address reports a count written right after a word of
// [address_before] for its measure word: 杨柳湾村3组 is a village's group
// number, part of an address. A number with a measure word of
// [address_units] names a building or a gate when a place word of
// [address_after] follows (4幢旁边), or when it is in Arabic digits right
// after a direction (南2门) or after a numbered part of an address (B2区5栋).
func address(nw *numberWords, c countAt) bool {
	qw, rs := nw.q, c.rs
	if wordBefore(rs, c.start, qw.addressBefore[c.unit]) != "" {
		return true
	}
	if !qw.addressUnits[c.unit] {
		return false
	}
	if wordAt(rs, c.end, qw.addressAfter) != "" {
		return true
	}
	if c.start != c.number || c.start < 2 || !allArabic(rs[c.number:c.p.end]) || c.p.approx || c.p.hasHigh {
		return false
	}
	before := rs[c.start-1]
	if strings.ContainsRune(qw.addressDirections, before) {
		return !strings.ContainsRune(qw.addressDirections, rs[c.start-2]) // 南2门; not 南北2门
	}
	_, digit := arabicDigit(rs[c.start-2])
	return strings.ContainsRune(qw.addressParts, before) && (digit || isASCIILetter(rs[c.start-2]))
}

// sampleTexts reports a count right after a word of [sample_texts_before]
// for its measure word, spaces and an opening bracket aside, that ends its
// line or is followed by a space or a closing bracket: 活动总结5篇 WORD版,
// (汇集十二篇) is a document site's offer of sample texts. 撰写工作总结3篇，
// counts texts written.
func sampleTexts(nw *numberWords, c countAt) bool {
	words := nw.q.sampleTextsBefore[c.unit]
	if len(words) == 0 {
		return false
	}
	rs, k := c.rs, c.start
	for k > 0 && (rs[k-1] == ' ' || rs[k-1] == '(' || rs[k-1] == '（') {
		k--
	}
	if wordBefore(rs, k, words) == "" {
		return false
	}
	return c.end == len(rs) || rs[c.end] == '\n' || rs[c.end] == ' ' || isClosingBracket(rs[c.end])
}

// branchName reports a count in Chinese numerals of [branch_units] (站,
// 所) right after a word of [branch_before] that ends an organisation's
// name (支队特勤一站, 特勤大队一站, 管护中心一所): the number of one of its
// branches, a name, not stations or offices counted. A count in Arabic
// digits (建成服务中心3所) or with 两 (新建照料中心两所: a branch is
// numbered 二, never 两) is left to the other rules.
func branchName(nw *numberWords, c countAt) bool {
	return nw.q.branchUnits[c.unit] && numeralClass(c.rs, c.number) == runChinese &&
		c.rs[c.number] != '两' && c.rs[c.number] != '兩' &&
		c.start == c.number && wordBefore(c.rs, c.start, nw.q.branchBefore) != ""
}

// abstractObject reports a count whose counted noun, right after the
// measure word or after at most abstractGapRunes Han runes of its
// attribute, is a word of [abstract_objects] (三种原因, 五项服务机制,
// 办好两件大事): reasons, mechanisms, tasks of policy, no person, thing
// or event counted.
func abstractObject(nw *numberWords, c countAt) bool {
	rs := c.rs
	for k := c.end; k < len(rs) && k-c.end <= abstractGapRunes; k++ {
		if wordAt(rs, k, nw.q.abstractObjects) != "" {
			return true
		}
		if !isHanRune(rs[k]) || numeralClass(rs, k) != runNone {
			return false
		}
	}
	return false
}

// abstractGapRunes is how many Han runes abstractObject reads between the
// measure word and the abstract noun (五项服务机制).
const abstractGapRunes = 2

// bodyChange reports a weight or a length of [body_units] right after a
// word of [body_before] (瘦十斤, 减重5公斤): a change of someone's body,
// not goods given or work done.
func bodyChange(nw *numberWords, c countAt) bool {
	return nw.q.bodyUnits[c.unit] && wordBefore(c.rs, c.start, nw.q.bodyBefore) != ""
}

// pairRestated reports two people of [pair_units] (二人, 两个人, 两位)
// right after the pair they are: a word of [pair_words] (夫妻二人, 父女两人)
// or two persons joined by a rune of [pair_joins], one of them a pronoun of
// [pair_pronouns], each at most pairNameRunes Han runes (我和张薇两个人, 小李
// 和我两人). The number restates the people just named, "the two of them";
// it counts no one new (round 34).
func pairRestated(nw *numberWords, c countAt) bool {
	qw, rs := nw.q, c.rs
	if !qw.pairUnits[c.unit] || !c.p.hasValue || c.p.hasHigh || c.p.approx || c.p.low != 2 || c.start != c.number {
		return false
	}
	if c.unit == "个" && (c.end >= len(rs) || rs[c.end] != '人') {
		return false // 两个小组: no people
	}
	if wordBefore(rs, c.start, qw.pairWords) != "" {
		return true
	}
	second := hanRunBefore(rs, c.start, pairNameRunes, qw.pairJoins)
	join := c.start - second
	if second == 0 || join == 0 || !strings.ContainsRune(qw.pairJoins, rs[join-1]) {
		return false
	}
	first := hanRunBefore(rs, join-1, pairNameRunes, qw.pairJoins)
	if first == 0 {
		return false
	}
	return second == 1 && strings.ContainsRune(qw.pairPronouns, rs[c.start-1]) ||
		first == 1 && strings.ContainsRune(qw.pairPronouns, rs[join-2]) // 我和…, …和我
}

// pairNameRunes is how many Han runes pairRestated takes for a name.
const pairNameRunes = 3

// hanRunBefore is the length of the run of Han runes other than joins
// ending right before i, up to limit runes; 0 when the run is longer (no
// name but a clause).
func hanRunBefore(rs []rune, i, limit int, joins string) int {
	n := 0
	for i-n > 0 && isHanRune(rs[i-n-1]) && !strings.ContainsRune(joins, rs[i-n-1]) {
		n++
		if n > limit {
			return 0
		}
	}
	return n
}

// phase reports a count of [phase_units] right before a word of
// [phase_after], or before a closing bracket and the word (一期工程, 一期小区,
// 修复（一期）项目), or right after one of [phase_before] (项目二期): the phase
// of a project or an estate, an ordinal, not events held.
func phase(nw *numberWords, c countAt) bool {
	qw, rs, after := nw.q, c.rs, c.end
	if !qw.phaseUnits[c.unit] {
		return false
	}
	if after < len(rs) && isClosingBracket(rs[after]) {
		after++
	}
	return hasAnyRunesAt(rs, after, qw.phaseAfter) || wordBefore(rs, c.start, qw.phaseBefore) != ""
}

// ordinalTwo reports 二 (贰) written alone before a measure word of
// [two_ordinal_units] (翠湖苑二期, 上述二类家庭, 二道河村): two of them are
// written 两, so 二 numbers one of them or starts a name. 十二期 and 两期
// are other numerals.
func ordinalTwo(nw *numberWords, c countAt) bool {
	return nw.q.twoOrdinalUnits[c.unit] && c.p.end-c.number == 1 && (c.rs[c.number] == '二' || c.rs[c.number] == '贰')
}

// listNumber reports a number of one or two Arabic digits opening its
// line and followed by a space, when another line opens with the number
// before or after it and a space (1 在本次服务中…, 2 对你而言…): the lines
// are numbered, and the rune after the space starts the item's text, not
// a measure word.
func listNumber(_ *numberWords, c countAt) bool {
	rs := c.rs
	if c.number > 0 && rs[c.number-1] != '\n' {
		return false
	}
	k, n := c.number, 0
	for ; k < len(rs) && k-c.number <= 2; k++ {
		d, ok := arabicDigit(rs[k])
		if !ok {
			break
		}
		n = n*10 + d
	}
	if k == c.number || k-c.number > 2 || k == len(rs) || rs[k] != ' ' {
		return false
	}
	return lineOpensWith(rs, strconv.Itoa(n-1)+" ") || lineOpensWith(rs, strconv.Itoa(n+1)+" ")
}

// lineOpensWith reports whether a line of rs opens with w.
func lineOpensWith(rs []rune, w string) bool {
	for k := range rs {
		if (k == 0 || rs[k-1] == '\n') && hasRunesAt(rs, k, w) {
			return true
		}
	}
	return false
}

// numbered reports a count that names its item by number rather than
// counting items: a measure word of [numbered_units] joined by a word of
// [object_coordinators] to another number of the same measure word
// (公寓14栋和31栋, 3班、5班: the buildings or classes so numbered), or a
// measure word of [code_units] after a code of at least so many Arabic
// digits (汽车2201班: a class's code).
func numbered(nw *numberWords, c countAt) bool {
	qw, rs := nw.q, c.rs
	if digits, ok := qw.codeUnits[c.unit]; ok && !c.p.approx && !c.p.hasHigh && c.p.end-c.number >= digits && allArabic(rs[c.number:c.p.end]) {
		return true
	}
	if !qw.numberedUnits[c.unit] {
		return false
	}
	for join := range qw.objectCoordinators {
		if hasRunesAt(rs, c.end, join) {
			k := c.end + utf8.RuneCountInString(join)
			e := k
			for e < len(rs) && numeralClass(rs, e) != runNone {
				e++
			}
			if e > k && hasRunesAt(rs, e, c.unit) {
				return true // 14栋和31栋: the first
			}
		}
		if b := c.start - utf8.RuneCountInString(join+c.unit); b > 0 && hasRunesBefore(rs, c.start, c.unit+join) && numeralClass(rs, b-1) != runNone {
			return true // 14栋和31栋: the second
		}
	}
	return false
}

// ordinalRangeEnd reports a count whose number ends a range or a list of
// ordinals (第5至8节, 第1到3名: the fifth to the eighth session; 第一、二
// 名): 第 stands before the first number, which numberPrefix already rules
// out.
func ordinalRangeEnd(nw *numberWords, c countAt) bool {
	rs, k := c.rs, c.number
	for n := 0; n < 2 && k > 0 && (strings.ContainsRune(rangeSeparators, rs[k-1]) || strings.ContainsRune(nw.q.listMarks, rs[k-1])); n++ {
		k--
	}
	if k == c.number {
		return false
	}
	e := k
	for k > 0 && numeralClass(rs, k-1) != runNone {
		k--
	}
	return k < e && k > 0 && rs[k-1] == '第'
}

// className reports a count of [class_units] (班) whose number follows a
// noun or a rune of [class_levels] (not 两) and whose measure word does
// not end its clause: 机械三班的同学, 机电3301班全体学生, 护理二班与志愿者
// 一起 name a class by its major and number, 大三班演出, 小四班捐出 a
// kindergarten's class. Classes counted are the last words of their clause
// (开设课程14班，) or follow a verb (各开4班).
func className(nw *numberWords, c countAt) bool {
	level := c.number > 0 && strings.ContainsRune(nw.q.classLevels, c.rs[c.number-1]) && c.rs[c.number] != '两'
	if !nw.q.classUnits[c.unit] || !strings.HasPrefix(c.tagBefore, "n") && !level {
		return false
	}
	return c.end < len(c.rs) && c.rs[c.end] != '\n' && !clauseBreak(nw, c.rs[c.end])
}

// tagBefore is gse's tag of the word that ends right before rune i, or ""
// (no words, or no word boundary there).
func (v docView) tagBefore(i int) string {
	if w := v.wordEndingAt(i); w >= 0 {
		return v.toks[w].POS
	}
	return ""
}

// wordEndingAt is the index in v.toks of the word that ends right before
// rune i, or -1 (no tokens, or no word boundary there).
func (v docView) wordEndingAt(i int) int {
	if i <= 0 || i > len(v.word) || v.word[i-1] < 0 {
		return -1
	}
	w := v.word[i-1]
	if i < len(v.word) && v.word[i] == w {
		return -1 // i is inside the word
	}
	return w
}

// bigCountWord reports a number written in Chinese numerals that may
// count big containers before 大 (八大袋, 一大袋, 三大箱): an exact one,
// not a vague one (几大桶, 好几大袋 are annotated both ways).
func bigCountWord(p numberPhrase, rs []rune) bool {
	return p.hasValue && !p.vague && !p.hasHigh && !strings.ContainsRune(string(rs), '几')
}

// allArabic reports whether every rune is an Arabic digit.
func allArabic(rs []rune) bool {
	for _, r := range rs {
		if _, ok := arabicDigit(r); !ok {
			return false
		}
	}
	return true
}

// arabicDecimal reports whether rs is a number in Arabic digits, with a
// decimal point or none (7.1, 18.85).
func arabicDecimal(rs []rune) bool {
	for k, r := range rs {
		if _, ok := arabicDigit(r); !ok && (r != '.' || k == 0 || k == len(rs)-1) {
			return false
		}
	}
	return len(rs) > 0
}

// maskedQuantityAt reads a count whose number is masked, wholly or in part:
// ××人, ×名, 1××户, with a rune of [approx_after_number] after it or none
// (×余人, XXX多人次: approximate). The run of masks and digits must be followed by one of
// the measure words a masked number counts with, so that ××家园 or 20××年
// are not read as counts.
func maskedQuantityAt(v docView, mw MeasureWords, i int) (Quantity, int, bool) {
	nw := v.nw
	rs := v.folded
	qw := nw.q
	if i > 0 && rs[i-1] == '第' { // an ordinal: 第××名
		return Quantity{}, 0, false
	}
	j, ok := maskedNumberAt(nw, rs, i, 6)
	if !ok {
		return Quantity{}, 0, false
	}
	approxNumber := j < len(rs) && strings.ContainsRune(qw.approxAfterNumber, rs[j])
	if approxNumber {
		j++ // ×余人, XXX多人次: a masked number and its approximation
	}
	unit, n := mw.match(rs, j)
	if n == 0 || !qw.maskedUnits[unit] || notCountAfter(qw, rs, unit, j+n) || hasAnyRunesAt(rs, j+n, qw.maskedHomeAfter[unit]) {
		return Quantity{}, 0, false // 李××家中: a masked name's home
	}
	start, approx, _ := numberPrefix(nw, rs, i)
	approx = approx || approxNumber
	end := j + n
	if n := approxSuffix(nw, rs, end); n > 0 {
		approx = true
		end += n
	}
	q := Quantity{
		Unit:     unit,
		Kind:     mw.kinds[unit],
		Approx:   approx,
		Redacted: true,
		Text:     v.written(start, end),
		Offset:   start,
		Sentence: v.sentence(start),
	}
	q.Object = v.object(unit, q.Kind, start, end)
	q.Kind = kindByObject(nw, unit, q.Kind, q.Object)
	return q, end, true
}

// idiomAt is the length in runes of a set phrase holding numerals that
// starts at i (三番五次, 一老一小), or 0.
func idiomAt(nw *numberWords, rs []rune, i int) int {
	if !nw.q.idiomFirst.has(rs[i]) {
		return 0 // most runes start no idiom: no map look-up
	}
	for _, w := range nw.q.idiomsByRune[rs[i]] {
		if hasRunesAt(rs, i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// approxSuffix is the length of an approximation word after a measure word
// (左右, 以上) at rs[end], or 0.
func approxSuffix(nw *numberWords, rs []rune, end int) int {
	for _, w := range nw.q.approxAfterUnit {
		if hasRunesAt(rs, end, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// maskedNumberAt reads a number with masked digits at rs[i] (××, 1××, a
// word of [mask_words] such as 〔…〕, with numeral units such as 万 after
// the first rune: ××万人), at most limit runes, not inside a longer
// number, and returns the index after it.
func maskedNumberAt(nw *numberWords, rs []rune, i, limit int) (int, bool) {
	masks := &nw.q.maskSet
	if i > 0 {
		if _, digit := arabicDigit(rs[i-1]); digit || masks.has(rs[i-1]) {
			return 0, false
		}
	}
	j, masked := i, false
	if m := wordAt(rs, i, nw.q.maskWords); m != "" {
		j, masked = i+utf8.RuneCountInString(m), true // 〔…〕户: the whole number masked
	}
	for ; j < len(rs) && j-i < limit; j++ {
		if masks.has(rs[j]) {
			masked = true
		} else if _, ok := arabicDigit(rs[j]); ok && masked && masks.has(rs[j-1]) {
			return 0, false // ***2次: masks before digits set a number off, they hide none (1××户 does)
		} else if !ok {
			if _, _, unit := numeralUnit(rs[j]); !unit || j == i {
				break
			}
		}
	}
	return j, masked
}

// listSummary reports a count of kinds ([list_summary_units]: 种, 类)
// whose number is the number of items of the list written right before
// it in its clause (线上和现场两种方式, 燃气、电动车和楼道堆物三类隐患): it
// names the kinds just listed, it counts nothing new. The list's items are
// joined by marks of [list_marks] and, before the last, by a word of the
// dates' [list_joins] (和, 及, 与); a list that ends with 等
// (日用品、学习用品等600余种商品) is not read.
func listSummary(nw *numberWords, c countAt) bool {
	p, rs := c.p, c.rs
	if !nw.q.listSummaryUnits[c.unit] || !p.hasValue || p.hasHigh || p.approx || p.low < 2 || c.start == 0 || !isHanRune(rs[c.start-1]) {
		return false
	}
	items := 1
	for k := c.start - 1; c.start-k <= listRunes; k-- {
		if k < 0 {
			return float64(items) == p.low // the text opens with the list
		}
		switch r := rs[k]; {
		case strings.ContainsRune(nw.q.listMarks, r):
			items++
		case clauseBreak(nw, r) && strings.ContainsRune(nw.q.listMarks, rs[k+1]):
			// ，、: a converter's comma left inside the list
		case clauseBreak(nw, r) || r == '等':
			return float64(items) == p.low
		case items == 1 && k < c.start-1:
			// 线上和现场: the last item's join; not 参与两类, where no item follows it
			if join := wordBefore(rs, k+1, nw.d.listJoins); join != "" {
				items++
				k -= utf8.RuneCountInString(join) - 1
			}
		}
	}
	return false
}

// listRunes is how far back listSummary reads a list.
const listRunes = 60

// festivals reports a count of [festival_units] (节) that names festivals
// kept together (两节: 元旦 and 春节; 三节): the count quoted alone
// (“两节”), followed by a word of [festival_after] (两节期间, 三节前夕) or
// written right after a word of [festival_before] (于三节前往慰问). Sessions
// counted (开展小组活动8节, 两节课) are none of these.
func festivals(nw *numberWords, c countAt) bool {
	qw, rs := nw.q, c.rs
	if !qw.festivalUnits[c.unit] {
		return false
	}
	if c.start > 0 && c.end < len(rs) {
		if cl, ok := qw.nameQuotes[rs[c.start-1]]; ok && rs[c.end] == cl {
			return true
		}
	}
	return hasAnyRunesAt(rs, c.end, qw.festivalAfter) || wordBefore(rs, c.start, qw.festivalBefore) != ""
}

// inSpeech reports a rune at i inside a quoted sentence of someone's words:
// an opening quote of [name_quotes] stands before it on its line, not
// closed before i, and the quote holds a mark of a clause's or a
// sentence's end before its closing quote (“叔叔，我想借一张地图。”),
// which a quoted name or slogan does not.
func inSpeech(nw *numberWords, rs []rune, i int) bool {
	open := openQuoteBefore(nw, rs, i, speechRunes, "")
	if open < 0 {
		return false
	}
	closing := nw.q.nameQuotes[rs[open]]
	for k := open + 1; k < len(rs) && k-open <= speechRunes && rs[k] != '\n'; k++ {
		switch {
		case rs[k] == closing:
			return false
		case clauseBreak(nw, rs[k]):
			return true
		}
	}
	return false
}

// speechRunes is how far inSpeech reads a quote.
const speechRunes = 80
