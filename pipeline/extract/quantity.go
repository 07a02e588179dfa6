package extract

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/ingest"
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
	"groups": true, "goods": true, "other": true,
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
		for _, r := range unit {
			if !isHanRune(r) {
				return fmt.Errorf("line %d: bad measure word %q: only Chinese characters", n, unit)
			}
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
	for l := min(mw.maxLen, len(rs)-i); l >= 1; l-- {
		if u := string(rs[i : i+l]); mw.kinds[u] != "" {
			return u, l
		}
	}
	return "", 0
}

// FindQuantities finds counts (a number and a measure word from mw) in
// doc, matching on the folded text and reporting the text as written.
func FindQuantities(doc *ingest.Document, mw MeasureWords) []Quantity {
	v := newDocView(doc)
	rs := v.folded
	var out []Quantity
	for i := 0; i < len(rs); {
		if w := idiomAt(rs, i); w > 0 {
			i += w
			continue
		}
		if isRunStart(rs, i) {
			if q, end, ok := quantityAt(v, mw, i); ok {
				out = append(out, q)
				i = end
				continue
			}
			if q, end, ok := maskedQuantityAt(v, mw, i); ok {
				out = append(out, q)
				i = end
				continue
			}
			i = numeralRunEnd(rs, i)
			continue
		}
		if q, end, ok := maskedQuantityAt(v, mw, i); ok {
			out = append(out, q)
			i = end
			continue
		}
		if q, ok := redactedQuantityAt(v, mw, i); ok {
			out = append(out, q)
		}
		i++
	}
	return out
}

// quantityAt reads a count whose numeral run starts at i.
func quantityAt(v docView, mw MeasureWords, i int) (Quantity, int, bool) {
	rs := v.folded
	p, ok := readNumber(rs, i)
	if !ok {
		return Quantity{}, 0, false
	}
	start, approx, excluded := numberPrefix(rs, i)
	qw := qwords()
	switch {
	case excluded:
		return Quantity{}, 0, false
	case p.bare && (approx || p.approx): // 近百人, 千余人
	case p.bare:
		w := wordBefore(rs, i, qw.vagueBefore)
		if w == "" {
			return Quantity{}, 0, false // 万人签名: a name
		}
		start, p.vague, p.hasValue = i-utf8.RuneCountInString(w), true, false // 上千人
	case phoneLike(rs, i):
		return Quantity{}, 0, false
	}
	j := p.end
	unit, n := mw.match(rs, j)
	if p.loneOne && !approx && (n == 0 || !countsWithOne(rs, i, unit, j+n)) {
		return Quantity{}, 0, false // 一个平台, 一份力量: an article or an idiom
	}
	if n == 0 && !p.hasHigh && !p.approx && j-1 > i {
		// 5千克: the run took the first rune of the unit.
		if u, n2 := mw.match(rs, j-1); n2 >= 2 {
			if val, ok := ParseNumeral(string(rs[i : j-1])); ok {
				p.low, p.end, j, unit, n = val, j-1, j-1, u, n2
			}
		}
	}
	if n == 0 || hasAnyRunesAt(rs, j+n, qw.notCountAfter[unit]) || hasAnyRunesAt(rs, j+n, qw.notCountAfter["*"]) {
		return Quantity{}, 0, false
	}
	if unit == "块" && kuaiIsMoney(rs, start, j, p) {
		return Quantity{}, 0, false // 几十块, 100块: yuan, found by FindMoney
	}
	if qw.frequencyUnits[unit] && wordBefore(rs, start, qw.frequencyBefore) != "" {
		return Quantity{}, 0, false // 每周三次: a frequency, not a count
	}
	end := j + n
	if inQuotedName(rs, start, end) {
		return Quantity{}, 0, false // “两人三足”: a name
	}
	// 200人至300人: a range written with the unit on both ends.
	if !p.hasHigh && !p.vague && end+1 < len(rs) && strings.ContainsRune(rangeSeparators, rs[end]) && isRunStart(rs, end+1) {
		if hi, ok := readNumber(rs, end+1); ok && !hi.vague && !hi.bare && hi.hasValue && !hi.hasHigh && hi.low > p.low {
			if u2, n2 := mw.match(rs, hi.end); n2 > 0 && u2 == unit {
				p.high, p.hasHigh = hi.low, true
				p.approx = p.approx || hi.approx
				end = hi.end + n2
			}
		}
	}
	if n := approxSuffix(rs, end); n > 0 {
		approx = true
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
	if !qw.selfCounting[unit] {
		q.Object = v.objectAfter(end)
	}
	if q.Object == "" {
		q.Object = v.objectBefore(start)
	}
	return q, end, true
}

// redactedQuantityAt finds a measure word whose number was masked out of
// the text (参加活动名社工). Only 名 and 位 after a few words count: a
// looser rule would take 活动名称 or 家 in ××家园.
func redactedQuantityAt(v docView, mw MeasureWords, i int) (Quantity, bool) {
	rs := v.folded
	if rs[i] != '名' && rs[i] != '位' || i+1 >= len(rs) {
		return Quantity{}, false
	}
	qw := qwords()
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

// inQuotedName reports whether the count over [start, end) opens a quoted
// name and more of the name follows it before the closing quote: “两人三足”,
// “3人制”篮球赛. A quote holding only the count (“500人”) is still a count.
func inQuotedName(rs []rune, start, end int) bool {
	if start == 0 {
		return false
	}
	cl, ok := qwords().nameQuotes[rs[start-1]]
	if !ok || end >= len(rs) || rs[end] == cl {
		return false
	}
	for k := end; k < len(rs) && k-end < 12; k++ {
		switch {
		case rs[k] == cl:
			return true
		case !isHanRune(rs[k]) && numeralClass(rs, k) == runNone:
			return false // the quote does not close on a short name
		}
	}
	return false
}

// objectAfter is the counted object written right after a measure word:
// a run of Chinese characters up to a stop word, cut after the last
// character within seven that ends a noun (or the last noun-ending word,
// 主任). A verb right after a noun ending closes the object (副主任任副组长
// → 副主任). A run longer than eight is not trusted at all
// (优秀社会工作服务项目…): "" rather than half a word.
func (v docView) objectAfter(k int) string {
	rs := v.folded
	qw := qwords()
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
// 报考者226人 or 工作人员10名; only endings that name people are trusted.
func (v docView) objectBefore(start int) string {
	rs := v.folded
	for _, s := range qwords().objectBefore {
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

func hasAnyRunesAt(rs []rune, i int, ws []string) bool {
	for _, w := range ws {
		if hasRunesAt(rs, i, w) {
			return true
		}
	}
	return false
}

func hasRunesBefore(rs []rune, i int, w string) bool {
	n := utf8.RuneCountInString(w)
	return i >= n && hasRunesAt(rs, i-n, w)
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
// rune that makes 一 part of a word (统一, 之一, 每一位), nor before an
// idiom or a reduplication (一次性, 一场场, 一家人).
func countsWithOne(rs []rune, i int, unit string, end int) bool {
	qw := qwords()
	if !qw.oneUnits[unit] {
		return false
	}
	if i > 0 && strings.ContainsRune(qw.oneNotAfter, rs[i-1]) {
		return false
	}
	return !hasRunesAt(rs, end, unit) && !hasAnyRunesAt(rs, end, qw.oneNotNext)
}

// maskedQuantityAt reads a count whose number is masked, wholly or in part:
// ××人, ×名, 1××户. The run of masks and digits must be followed by one of
// the measure words a masked number counts with, so that ××家园 or 20××年
// are not read as counts.
func maskedQuantityAt(v docView, mw MeasureWords, i int) (Quantity, int, bool) {
	rs := v.folded
	qw := qwords()
	if i > 0 && rs[i-1] == '第' { // an ordinal: 第××名
		return Quantity{}, 0, false
	}
	j, ok := maskedNumberAt(rs, i, 6, false)
	if !ok {
		return Quantity{}, 0, false
	}
	unit, n := mw.match(rs, j)
	if n == 0 || !qw.maskedUnits[unit] || hasAnyRunesAt(rs, j+n, qw.notCountAfter[unit]) || hasAnyRunesAt(rs, j+n, qw.notCountAfter["*"]) {
		return Quantity{}, 0, false
	}
	start, approx, _ := numberPrefix(rs, i)
	end := j + n
	if n := approxSuffix(rs, end); n > 0 {
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
	if !qw.selfCounting[unit] {
		q.Object = v.objectAfter(end)
	}
	if q.Object == "" {
		q.Object = v.objectBefore(start)
	}
	return q, end, true
}

// idiomAt is the length in runes of a set phrase holding numerals that
// starts at i (三番五次, 一老一小), or 0.
func idiomAt(rs []rune, i int) int {
	for _, w := range qwords().idiomsByRune[rs[i]] {
		if hasRunesAt(rs, i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// approxSuffix is the length of an approximation word after a measure word
// (左右, 以上) at rs[end], or 0.
func approxSuffix(rs []rune, end int) int {
	for _, w := range qwords().approxAfterUnit {
		if hasRunesAt(rs, end, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// maskedNumberAt reads a number with masked digits at rs[i] (××, 1××, with
// numeral units such as 万 after the first rune when units is set), at most
// limit runes, not inside a longer number, and returns the index after it.
func maskedNumberAt(rs []rune, i, limit int, units bool) (int, bool) {
	masks := qwords().masks
	if i > 0 {
		if _, digit := arabicDigit(rs[i-1]); digit || strings.ContainsRune(masks, rs[i-1]) {
			return 0, false
		}
	}
	j, masked := i, false
	for ; j < len(rs) && j-i < limit; j++ {
		if strings.ContainsRune(masks, rs[j]) {
			masked = true
		} else if _, ok := arabicDigit(rs[j]); !ok {
			if _, _, unit := numeralUnit(rs[j]); !units || !unit || j == i {
				break
			}
		}
	}
	return j, masked
}
