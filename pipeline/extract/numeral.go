package extract

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// ParseNumeral reads one number written in Arabic digits (also full-width,
// with thousands commas and a decimal point), in Chinese numerals (一千二百,
// 两, 廿, 零, the digit-by-digit 二〇一六), in financial capitals (壹贰叁…拾佰仟,
// Traditional 貳參萬億兩 too) or mixed (3.5万, 1.2亿). It rejects a string
// that starts with 百, 千, 万 or 亿: a bare multiplier is a name (万人签名),
// not a number.
func ParseNumeral(s string) (value float64, ok bool) {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) == 0 {
		return 0, false
	}
	if v, ok := parseDigitSequence(rs); ok {
		return v, true
	}
	return parseNumeralTokens(rs)
}

// chineseDigit gives the value of a Chinese, financial or Traditional digit.
// 廿 and 卅 are tens written as one character.
func chineseDigit(r rune) (int, bool) {
	switch r {
	case '〇', '○', '零':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '兩', '贰', '貳':
		return 2, true
	case '三', '叁', '參':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	case '廿':
		return 20, true
	case '卅':
		return 30, true
	}
	return 0, false
}

// numeralUnit gives the value of a multiplier; big units (万, 亿) close a
// section, small ones (十, 百, 千) scale the digit before them.
func numeralUnit(r rune) (v float64, big, ok bool) {
	switch r {
	case '十', '拾':
		return 10, false, true
	case '百', '佰':
		return 100, false, true
	case '千', '仟':
		return 1000, false, true
	case '万', '萬':
		return 1e4, true, true
	case '亿', '億':
		return 1e8, true, true
	}
	return 0, false, false
}

func arabicDigit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

// readArabic reads an Arabic number at rs[i:]: digits, thousands groups
// after commas (exactly three digits each) and one decimal part.
func readArabic(rs []rune, i int) (v float64, end int, ok bool) {
	end = arabicEnd(rs, i)
	if end == i {
		return 0, i, false
	}
	var b strings.Builder
	for _, r := range rs[i:end] {
		if d, ok := arabicDigit(r); ok {
			b.WriteByte(byte('0' + d))
		} else if r == '.' || r == '．' {
			b.WriteByte('.')
		}
	}
	f, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return 0, i, false
	}
	return f, end, true
}

// arabicEnd is the end of the Arabic number starting at i (i when none).
func arabicEnd(rs []rune, i int) int {
	j, point := i, false
	for j < len(rs) {
		if _, ok := arabicDigit(rs[j]); ok {
			j++
			continue
		}
		if rs[j] == ',' && j > i && !point && groupOfThree(rs, j+1) {
			j++
			continue
		}
		if (rs[j] == '.' || rs[j] == '．') && j > i && !point && j+1 < len(rs) {
			if _, ok := arabicDigit(rs[j+1]); ok {
				point = true
				j++
				continue
			}
		}
		break
	}
	return j
}

// groupOfThree reports whether rs[i:] starts with exactly three digits.
func groupOfThree(rs []rune, i int) bool {
	for k := range 3 {
		if i+k >= len(rs) {
			return false
		}
		if _, ok := arabicDigit(rs[i+k]); !ok {
			return false
		}
	}
	if i+3 < len(rs) {
		if _, ok := arabicDigit(rs[i+3]); ok {
			return false
		}
	}
	return true
}

// parseDigitSequence reads Chinese digits written one by one, as in years
// (二〇一六); it needs at least two digits and no multiplier.
func parseDigitSequence(rs []rune) (float64, bool) {
	if len(rs) < 2 || len(rs) > 15 {
		return 0, false
	}
	v := 0.0
	for _, r := range rs {
		d, ok := chineseDigit(r)
		if !ok || d > 9 || r == '两' || r == '兩' {
			return 0, false
		}
		v = v*10 + float64(d)
	}
	return v, true
}

// parseNumeralTokens evaluates digits and multipliers: sections below 万
// are summed, 万 and 亿 scale what precedes them, and a digit directly after
// a multiplier is shorthand for the next place down (一万五 = 15000).
func parseNumeralTokens(rs []rune) (float64, bool) {
	var (
		yi, wan, sec, num float64
		hasNum            bool
		prevDigit         bool    // last token was a Chinese digit
		prevZero          bool    // last token was 零
		prevArabic        bool    // last token was an Arabic number
		lastSmall         float64 // last small unit in this section
		lastUnit          float64 // last unit of any size
		unitThenDigit     bool    // the pending digit follows a unit directly
		wanSeen, yiSeen   bool
	)
	for i := 0; i < len(rs); {
		r := rs[i]
		if _, ok := arabicDigit(r); ok {
			if hasNum || prevDigit || prevZero {
				return 0, false
			}
			v, end, ok := readArabic(rs, i)
			if !ok {
				return 0, false
			}
			num, hasNum = v, true
			// 1万2 and 3千5 are colloquial for 12000 and 3500, as 一万二 is:
			// one digit right after a unit, ending the number.
			single := end == i+1 && end == len(rs)
			prevArabic, prevDigit, unitThenDigit = true, false, single && lastUnit > 10
			i = end
			continue
		}
		if d, ok := chineseDigit(r); ok {
			if prevArabic || (prevDigit && !prevZero) || (hasNum && !prevZero) {
				return 0, false
			}
			switch {
			case d >= 20: // 廿, 卅: a whole tens place
				if lastSmall != 0 && lastSmall <= 10 {
					return 0, false
				}
				sec += float64(d)
				lastSmall, lastUnit = 10, 10
				num, hasNum, prevDigit, prevZero = 0, false, false, false
			case d == 0:
				prevZero, prevDigit = true, true
				unitThenDigit = false
			default:
				unitThenDigit = lastUnit != 0 && !prevZero && !prevDigit
				num, hasNum = float64(d), true
				prevDigit, prevZero = true, false
			}
			i++
			continue
		}
		u, big, ok := numeralUnit(r)
		if !ok {
			return 0, false
		}
		if !big {
			if !hasNum {
				// 十五 means 15; a bare 百 or 千 does not start a number.
				if u != 10 || i != 0 && !(lastUnit >= 1e4 && !prevZero) {
					return 0, false
				}
				num = 1
			}
			if lastSmall != 0 && u >= lastSmall {
				return 0, false
			}
			sec += num * u
			lastSmall = u
		} else {
			if sec+num == 0 && !hasNum {
				return 0, false
			}
			if u == 1e4 {
				if wanSeen {
					return 0, false
				}
				wan, wanSeen = (sec+num)*u, true
			} else {
				if yiSeen {
					return 0, false
				}
				yi, yiSeen = (wan+sec+num)*u, true
				wan, wanSeen = 0, false
			}
			sec, lastSmall = 0, 0
		}
		lastUnit = u
		num, hasNum = 0, false
		prevDigit, prevZero, prevArabic, unitThenDigit = false, false, false, false
		i++
	}
	if hasNum && unitThenDigit && lastUnit > 10 {
		num *= lastUnit / 10
	}
	v := yi + wan + sec + num
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return roundFigure(v), true
}

// roundFigure rounds v to twelve significant digits, more than any figure
// is written with: 5.69 × 1万 is 56900, not float64's 56900.00000000001.
func roundFigure(v float64) float64 {
	if v == math.Trunc(v) && math.Abs(v) < 1e12 {
		return v // a whole number of twelve digits or fewer is exact already
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	return r
}

// Classes of runes that make up a numeral run in the folded text.
const (
	runNone = iota
	runArabic
	runChinese
)

// numeralClass tells which kind of numeral run r can belong to. 参 is the
// folded form of the financial 參 and counts only next to a financial unit.
func numeralClass(rs []rune, i int) int {
	r := rs[i]
	if _, ok := arabicDigit(r); ok {
		return runArabic
	}
	if _, ok := chineseDigit(r); ok {
		return runChinese
	}
	if _, _, ok := numeralUnit(r); ok {
		return runChinese
	}
	switch r {
	case '几', '幾':
		return runChinese
	case '数', '數':
		// only as the vague head of a number: 数十, 数百
		if i+1 < len(rs) {
			if _, _, ok := numeralUnit(rs[i+1]); ok {
				return runChinese
			}
		}
	case '参':
		if i+1 < len(rs) && strings.ContainsRune("拾佰仟万亿", rs[i+1]) {
			return runChinese
		}
		if i > 0 && strings.ContainsRune("拾佰仟", rs[i-1]) {
			return runChinese
		}
	}
	return runNone
}

// numeralRunEnd returns the end of the numeral run that starts at i. An
// Arabic run may carry Chinese multipliers (3.5万, 3万5000); a Chinese run
// holds no Arabic digits.
func numeralRunEnd(rs []rune, i int) int {
	switch numeralClass(rs, i) {
	case runArabic:
		j := i
		for j < len(rs) {
			if _, ok := arabicDigit(rs[j]); ok {
				j = arabicEnd(rs, j)
				continue
			}
			if _, _, ok := numeralUnit(rs[j]); ok {
				j++
				continue
			}
			if spacedBigUnit(rs, j) {
				j += 2 // 1.8 万: a text copied from a PDF spaces the multiplier
				continue
			}
			break
		}
		return j
	case runChinese:
		j := i
		for j < len(rs) {
			if numeralClass(rs, j) == runChinese {
				j++
				continue
			}
			if spacedChineseUnit(rs, j) {
				j += 2 // 七 十五次: a space between a digit and its multiplier
				continue
			}
			break
		}
		return j
	}
	return i
}

// spacedChineseUnit reports a space at j (ASCII or ideographic) between a
// Chinese digit other than zero and a multiplier (七 十五次, 三 百人): the
// digit scales the multiplier, so the run goes on across it. Two digits
// (三 五) or a digit after a multiplier (五十 五) stay two numbers.
func spacedChineseUnit(rs []rune, j int) bool {
	if j == 0 || j+1 >= len(rs) || !isSpaceRune(rs[j]) {
		return false
	}
	d, digit := chineseDigit(rs[j-1])
	_, _, unit := numeralUnit(rs[j+1])
	return digit && d > 0 && d < 10 && unit
}

// isSpaceRune reports an ASCII or an ideographic space.
func isSpaceRune(r rune) bool { return r == ' ' || r == '\u3000' }

// spacedBigUnit reports a space at j between an Arabic digit and a big
// multiplier (1.8 万余人, 38 萬549 人次): the run goes on across it.
func spacedBigUnit(rs []rune, j int) bool {
	if j == 0 || j+1 >= len(rs) || rs[j] != ' ' {
		return false
	}
	_, digit := arabicDigit(rs[j-1])
	_, big, _ := numeralUnit(rs[j+1])
	return digit && big
}

// isRunStart reports whether a numeral run starts at i and not inside one.
func isRunStart(rs []rune, i int) bool {
	c := numeralClass(rs, i)
	if c == runNone {
		return false
	}
	if i == 0 {
		return true
	}
	p := rs[i-1]
	if c == runArabic {
		if _, ok := arabicDigit(p); ok {
			return false
		}
		if (p == '.' || p == ',' || p == '．') && i >= 2 {
			if _, ok := arabicDigit(rs[i-2]); ok {
				return false
			}
		}
		return true
	}
	return numeralClass(rs, i-1) != runChinese
}

// numberTokenKind is what a numberToken marks.
type numberTokenKind int

const (
	tokenNumber    numberTokenKind = iota // a numeral run, read once into number
	tokenMask                             // a masked digit: ××人, ×名, ××元
	tokenIdiom                            // a set phrase holding numerals: 三番五次
	tokenBookTitle                        // 《…》, whose numbers name a document
	tokenBareUnit                         // 名 or 位 alone: maybe a count whose number was deleted
)

// numberToken is one token of the numeric scan of a document: where it
// starts and ends in the folded runes, and for a number its reading.
type numberToken struct {
	kind       numberTokenKind
	start, end int
	number     numberPhrase
	numberOK   bool // number holds a reading (a run may read as no number)
}

// scanNumbers scans the folded text once into the tokens the quantity,
// money and date parsers work on: numbers (each read once: value, range,
// approx, vague), masks, set phrases, document titles and bare measure
// words. Dates start at its numbers and masks and read their own parts.
// A set phrase is skipped whole; a title is marked and scanned inside too,
// as only quantities leave titles out.
func (v docView) scanNumbers() []numberToken {
	if v.numbers != nil && v.numbers.done {
		return v.numbers.tokens
	}
	tokens := v.scan()
	if v.numbers != nil {
		v.numbers.done, v.numbers.tokens = true, tokens
	}
	return tokens
}

func (v docView) scan() []numberToken {
	nw, rs := v.nw, v.folded
	var out []numberToken
	if v.numbers != nil {
		out = v.numbers.tokens[:0] // the memory of an earlier document's scan (viewScratch)
	}
	for i := 0; i < len(rs); {
		if !nw.q.scanStarts.has(rs[i]) {
			i++ // most runes: nothing below starts here
			continue
		}
		if w := idiomAt(nw, rs, i); w > 0 {
			out = append(out, numberToken{kind: tokenIdiom, start: i, end: i + w})
			i += w
			continue
		}
		if w := bookTitleAt(rs, i); w > 0 {
			out = append(out, numberToken{kind: tokenBookTitle, start: i, end: i + w})
		}
		if isRunStart(rs, i) {
			p, ok := readNumber(nw, rs, i)
			end := numeralRunEnd(rs, i)
			out = append(out, numberToken{kind: tokenNumber, start: i, end: end, number: p, numberOK: ok})
			i = end
			continue
		}
		switch m := wordAt(rs, i, nw.q.maskWords); {
		case m != "": // 〔…〕: a word of [mask_words]
			end := i + utf8.RuneCountInString(m)
			out = append(out, numberToken{kind: tokenMask, start: i, end: end})
			i = end
			continue
		case nw.q.maskSet.has(rs[i]):
			out = append(out, numberToken{kind: tokenMask, start: i, end: i + 1})
		case rs[i] == '名' || rs[i] == '位':
			out = append(out, numberToken{kind: tokenBareUnit, start: i, end: i + 1})
		}
		i++
	}
	return out
}

// numberPhrase is a number as written in running text: a value or a
// range, possibly approximate or vague, over the runes [start, end).
type numberPhrase struct {
	start, end int
	low, high  float64
	hasValue   bool // false for vague numbers (数十, 几百)
	hasHigh    bool
	approx     bool
	vague      bool
	loneOne    bool // a single 一: mostly an article, not a count
	hadUnit    bool // the run held a multiplier (万, 千, …)
	bare       bool // the run starts with 百, 千, 万 or 亿
}

// rangeSeparators join the two ends of a range: 200-300人, 1万至5万元.
const rangeSeparators = "-－–—~～至到"

// rangeSepAt is the length of a range separator at k, or 0: one of
// rangeSeparators, a dash or tilde written twice (1000元--2000元,
// 1000元~~2000元), either after an inclusive mark (1000（含）-2000元).
func rangeSepAt(rs []rune, k int) int {
	at := k
	for _, mark := range []string{"（含）", "(含)"} {
		if hasRunesAt(rs, k, mark) {
			k += utf8.RuneCountInString(mark)
			break
		}
	}
	if k+1 >= len(rs) || !strings.ContainsRune(rangeSeparators, rs[k]) {
		return 0
	}
	n := 1
	if rs[k+1] == rs[k] && strings.ContainsRune("-—~～", rs[k]) {
		n = 2
	}
	if k+n >= len(rs) {
		return 0 // nothing after the separator
	}
	return k + n - at
}

// readNumber reads the number phrase whose numeral run starts at i:
// the run, an optional range to a second run, and a trailing 余/多/来
// (which may itself be followed by a multiplier: 10余万元).
func readNumber(nw *numberWords, rs []rune, i int) (numberPhrase, bool) {
	p := numberPhrase{start: i}
	end := numeralRunEnd(rs, i)
	if end == i {
		return p, false
	}
	run := rs[i:end]
	if slices.ContainsFunc(run, isSpaceRune) {
		run = slices.DeleteFunc(slices.Clone(run), isSpaceRune)
	}
	if !readRunValue(run, &p) {
		return p, false
	}
	p.end = end
	// A range: 200-300, 1万-5万, 1-5万, 三至五, 1000（含）-2000.
	if sep := rangeSepAt(rs, end); !p.vague && !p.hasHigh && !p.bare && sep > 0 {
		k := end + sep
		if k < len(rs) && numeralClass(rs, k) != runNone {
			hiEnd := numeralRunEnd(rs, k)
			var hi numberPhrase
			if readRunValue(rs[k:hiEnd], &hi) && !hi.vague && !hi.hasHigh && !hi.bare {
				lo := p.low
				if m := trailingMultiplier(rs[k:hiEnd]); m > 1 && maxUnit(run) < m && lo*m <= hi.low {
					lo *= m // 1-5万 means 1万 to 5万, 一百二十到一百五十万 120万 to 150万
				}
				if hi.low > lo {
					p.low, p.high, p.hasHigh = lo, hi.low, true
					p.loneOne = false
					p.hadUnit = p.hadUnit || hi.hadUnit
					p.end = hiEnd
				}
			}
		}
	}
	if hiEnd, lo, hi, ok := enumeratedRange(rs, i, p); ok {
		p.low, p.high, p.hasHigh = lo, hi, true
		p.loneOne = false
		p.end = hiEnd
	}
	// 10余, 三十多, 十来; then 10余万 scales by the multiplier.
	if p.end < len(rs) && strings.ContainsRune(nw.q.approxAfterNumber, rs[p.end]) {
		p.approx = true
		p.loneOne = false
		p.end++
		if p.end < len(rs) {
			if m, _, ok := numeralUnit(rs[p.end]); ok && m > 10 {
				p.low *= m
				p.high *= m
				p.hadUnit = true
				p.end++
			}
		}
	}
	return p, true
}

// enumeratedRange reads two neighbouring digits joined by 、 as a range
// (走访4、5个家庭, 做了八、九次, 印发三、四千份: 3000 to 4000), as 五六个
// reads 五六. The first digit stands alone after a Han word (not 第, not
// at a line's start, where 4、 numbers an item), the second is the next
// digit in the same script, alone or before one multiplier, and no third
// follows (1、2、3 is a list).
func enumeratedRange(rs []rune, i int, p numberPhrase) (end int, lo, hi float64, ok bool) {
	k := i + 1
	if p.end != k || p.vague || p.hasHigh || p.bare || k+1 >= len(rs) || rs[k] != '、' ||
		i == 0 || !isHanRune(rs[i-1]) || rs[i-1] == '第' || numeralClass(rs, i-1) != runNone {
		return 0, 0, 0, false
	}
	a, b := rs[i], rs[k+1]
	da, arabicA := arabicDigit(a)
	db, arabicB := arabicDigit(b)
	if !arabicA {
		da, _ = chineseDigit(a)
		db, _ = chineseDigit(b)
		if _, ok := chineseDigit(b); !ok || a == '两' || a == '兩' {
			return 0, 0, 0, false
		}
	} else if !arabicB {
		return 0, 0, 0, false
	}
	if da < 1 || da > 8 || db != da+1 {
		return 0, 0, 0, false
	}
	end = k + 2
	m := 1.0
	if !arabicA && end < len(rs) {
		if u, _, ok := numeralUnit(rs[end]); ok {
			m = u // 三、四千份
			end++
		}
	}
	if end < len(rs) && (numeralClass(rs, end) != runNone || rs[end] == '、' || rs[end] == '.') {
		return 0, 0, 0, false // 3、45, 三、四十五, 1、2、3
	}
	return end, float64(da) * m, float64(db) * m, true
}

// readRunValue evaluates one numeral run into p: a plain number, a vague
// one (数十, 十几), or two neighbouring digits as a range (五六百, 三四).
func readRunValue(run []rune, p *numberPhrase) bool {
	for _, r := range run {
		if _, _, ok := numeralUnit(r); ok {
			p.hadUnit = true
		}
	}
	if len(run) > 1 && run[0] == '0' {
		if _, ok := arabicDigit(run[1]); ok {
			return false // 0551: a code, not a number of things
		}
	}
	if strings.ContainsAny(string(run), "几幾数數") {
		return readVagueRun(run, p)
	}
	if _, _, ok := numeralUnit(run[0]); ok && run[0] != '十' && run[0] != '拾' {
		// A bare 百/千/万/亿 is a name (万人签名) unless a prefix such as
		// 近 or 上 makes it a round number; the caller decides.
		v, ok := ParseNumeral("一" + string(run))
		p.low, p.hasValue, p.bare = v, ok, true
		return ok
	}
	if lo, hi, ok := neighbourRange(run); ok {
		p.low, p.high, p.hasValue, p.hasHigh = lo, hi, true, true
		return true
	}
	v, ok := ParseNumeral(string(run))
	if !ok {
		return false
	}
	if _, seq := parseDigitSequence(run); seq {
		return false // 二〇一六: a digit-by-digit year or code, not a count
	}
	p.low, p.hasValue = v, true
	p.loneOne = len(run) == 1 && (run[0] == '一' || run[0] == '壹')
	return true
}

// readVagueRun reads a run holding 几 or 数. At the head they leave only
// an order of magnitude (数十, 几百, 几十万): vague, no value. After a
// written digit place (十几, 二十几, 十几万) the places written are the
// value, and the number is approximate.
func readVagueRun(run []rune, p *numberPhrase) bool {
	at := -1
	for k, r := range run {
		switch r {
		case '几', '幾', '数', '數':
			if at >= 0 {
				return false
			}
			at = k
		default:
			if _, _, ok := numeralUnit(r); ok {
				continue
			}
			if d, ok := chineseDigit(r); !ok || d >= 20 {
				return false
			}
		}
	}
	if !p.hadUnit && (len(run) != 1 || run[0] == '数' || run[0] == '數') {
		return false
	}
	if at == 0 { // 数十, 几百, and 几 alone before a measure word (几名中学生)
		p.vague = true
		return true
	}
	if run[at] == '数' || run[at] == '數' {
		return false
	}
	// Keep the places before 几 and the big units after it: 十几万 is 十万.
	// 几 stands for a digit of the place below the last one written, so
	// the place bounds the number: 十几 is 10 to 20, 二十几万 20万 to 30万.
	kept, scale := string(run[:at]), 1.0
	for _, r := range run[at+1:] {
		if m, big, ok := numeralUnit(r); ok && big && m > 10 {
			kept += string(r)
			scale *= m
		} else if !ok || !big {
			return false // 十几五: not a number; 一百几十: no place bound
		}
	}
	v, ok := ParseNumeral(kept)
	place, _, isUnit := numeralUnit(run[at-1])
	if !ok || !isUnit {
		return false
	}
	p.low, p.hasValue, p.approx = v, true, true
	p.high, p.hasHigh = v+place*scale, true
	return true
}

// maxUnit is the largest multiplier written in run (1 when none).
func maxUnit(run []rune) float64 {
	m := 1.0
	for _, r := range run {
		if u, _, ok := numeralUnit(r); ok && u > m {
			m = u
		}
	}
	return m
}

// neighbourRange reads two neighbouring Chinese digits as a range:
// 五六百 is 500 to 600, 十五六 is 15 to 16, 一两 is 1 to 2.
func neighbourRange(run []rune) (lo, hi float64, ok bool) {
	at := -1
	for k := 0; k+1 < len(run); k++ {
		a, okA := chineseDigit(run[k])
		b, okB := chineseDigit(run[k+1])
		if !okA || !okB {
			continue
		}
		if at >= 0 || a < 1 || a > 9 || b != a+1 && (a != 3 || b != 5) { // 三五百: 300 to 500
			return 0, 0, false
		}
		at = k
	}
	if at < 0 {
		return 0, 0, false
	}
	without := func(k int) string {
		return string(run[:k]) + string(run[k+1:])
	}
	lo, okLo := ParseNumeral(without(at + 1))
	hi, okHi := ParseNumeral(without(at))
	if !okLo || !okHi || hi <= lo {
		return 0, 0, false
	}
	return lo, hi, true
}

// trailingMultiplier is the value of a big or small unit ending run.
func trailingMultiplier(run []rune) float64 {
	if len(run) == 0 {
		return 1
	}
	if m, _, ok := numeralUnit(run[len(run)-1]); ok && m > 10 {
		return m
	}
	return 1
}

// acronymBefore reports two or more ASCII capitals ending at i, after no
// letter or digit (AED120台, APP1.9万余人): the name of a thing counted,
// not part of a code such as G20 or B1.
func acronymBefore(rs []rune, i int) bool {
	k := i
	for k > 0 && rs[k-1] >= 'A' && rs[k-1] <= 'Z' {
		k--
	}
	if i-k < 2 {
		return false
	}
	return k == 0 || rs[k-1] >= 128 || !unicode.IsLetter(rs[k-1]) && !unicode.IsDigit(rs[k-1])
}

// numberPrefix looks at what precedes the number at i. It returns where the
// written phrase starts (taking in an approximation word), whether the
// prefix makes it approximate (one space may stand between the word and
// the number), and whether the context rules the number
// out as a count: an ordinal (第9个, 第 9 个, 前3名, 前5位), or part of a code (A3,
// 0551-).
func numberPrefix(nw *numberWords, rs []rune, i int) (start int, approx, excluded bool) {
	if i > 0 {
		p := rs[i-1]
		if p == '第' || p == '#' || p == '前' && (hasRunesAt(rs, numeralRunEnd(rs, i), "名") || hasRunesAt(rs, numeralRunEnd(rs, i), "位")) || p == '＃' || p < 128 && (unicode.IsLetter(p) && !acronymBefore(rs, i) || p == '-' || p == '/' || p == '+' || p == '.') {
			return i, false, true
		}
		// 第 24 届, 第 62个: a page that spaces its numbers writes ordinals so too.
		if i > 1 && rs[i-2] == '第' && (p == ' ' || p == '\u00a0' || p == '\u3000') {
			return i, false, true
		}
		// 10:30 is a clock time; after a label (作品:100余幅) it is a count.
		if p == ':' && (i < 2 || !isHanRune(rs[i-2])) {
			return i, false, true
		}
	}
	qw := nw.q
	k := i
	if i > 1 && rs[i-1] == ' ' && isHanRune(rs[i-2]) {
		k = i - 1 // 近 200 名, 超過 500 噸: a page that spaces its numbers
	}
	for _, w := range qw.approxBefore {
		if hasRunesBefore(rs, k, w) {
			n := utf8.RuneCountInString(w)
			if k > n && qw.notApprox[w] != "" && strings.ContainsRune(qw.notApprox[w], rs[k-n-1]) && wordBefore(rs, k, qw.approxDespite) == "" {
				return i, false, false // 最近 (recently), 预约 (booked), … (not 折合约)
			}
			return k - n, true, false
		}
	}
	return i, false, false
}

// docView holds a Document's text and its folded view as runes, so that
// extractors can match on the folded runes and report the written ones.
type docView struct {
	// nw are the word lists of the Extractor that reads the document.
	nw     *numberWords
	doc    *ingest.Document
	text   []rune
	folded []rune
	// sentences caches sentence texts by span index: many values share a
	// sentence, and copying it for each would be quadratic.
	sentences map[int]string
	// toks are the document's words, and word[i] the index in toks of the
	// word holding rune i (-1 where no word does); both are empty when the
	// caller gave no tokens, and then no rule asks about word boundaries.
	toks []segment.Token
	word []int
	// numbers holds the numeric scan once made: dates, money and
	// quantities all start from it, and copies of a view share it.
	numbers *numberScan
	// lines holds where the line of each rune starts, made when first
	// asked for and shared by copies: a table's row and header are looked
	// up for many counts, and walking back to the line start for each
	// would be quadratic on a long line.
	lines *lineIndex
}

// lineIndex is the memo of docView.lineStart: the first rune of every
// line, in order (a number a line, not one a rune).
type lineIndex struct{ starts []int }

// lineStart is the index of the first rune of the line holding rune k (k
// may be len(text): the last line).
func (v docView) lineStart(k int) int {
	if v.lines.starts == nil {
		starts := []int{0}
		for i, r := range v.text {
			if r == '\n' {
				starts = append(starts, i+1)
			}
		}
		v.lines.starts = starts
	}
	// the last line start at or before k
	j := sort.SearchInts(v.lines.starts, k+1)
	return v.lines.starts[j-1]
}

// numberScan is the memo of docView.scanNumbers.
type numberScan struct {
	done   bool
	tokens []numberToken
}

func newDocView(nw *numberWords, doc *ingest.Document, toks []segment.Token) docView {
	return new(viewScratch).view(nw, doc).withWords(toks)
}

// viewScratch is the memory of a document's view kept for the next
// document: its runes, the index of its words and its numeric scan are
// each as long as the text, and making them anew for every document was a
// fifth of the bytes extract allocated. A view made in it is valid until
// the next view is made in it; nothing of a view outlives Extract (the
// values found hold strings, not runes).
type viewScratch struct {
	text, folded []rune
	word         []int
	numbers      numberScan
	lines        lineIndex
}

// view is the view of doc in s's memory, without words (withWordsIn).
func (s *viewScratch) view(nw *numberWords, doc *ingest.Document) docView {
	s.text = appendRunes(s.text[:0], doc.Text)
	s.numbers = numberScan{tokens: s.numbers.tokens[:0]}
	s.lines = lineIndex{}
	v := docView{nw: nw, doc: doc, text: s.text, sentences: map[int]string{}, numbers: &s.numbers, lines: &s.lines}
	switch {
	case doc.Folded == doc.Text:
		v.folded = v.text // a text that is its own fold (most): its runes once; no finder writes them
	default:
		s.folded = appendRunes(s.folded[:0], doc.Folded)
		v.folded = s.folded
		if len(v.folded) != len(v.text) {
			v.folded = v.text // the contract is broken; match on the text itself
		}
	}
	return v
}

// appendRunes appends the runes of str to rs, as []rune(str) makes them.
func appendRunes(rs []rune, str string) []rune {
	rs = slices.Grow(rs, utf8.RuneCountInString(str))
	for _, r := range str {
		rs = append(rs, r)
	}
	return rs
}

// foldedRunes are the runes of doc.Folded, as []rune(doc.Folded): those of
// the view, unless it matches on the text for a broken contract.
func (v docView) foldedRunes() []rune {
	if len(v.text) == 0 || &v.folded[0] == &v.text[0] && v.doc.Folded != v.doc.Text {
		return []rune(v.doc.Folded)
	}
	return v.folded
}

// withWords is the view with the document's words (none when toks is
// empty); it shares the runes and the scans of v.
func (v docView) withWords(toks []segment.Token) docView {
	return v.withWordsIn(toks, new(viewScratch))
}

// withWordsIn is withWords with the index of the words in s's memory.
func (v docView) withWordsIn(toks []segment.Token, s *viewScratch) docView {
	if len(toks) > 0 {
		v.toks = toks
		s.word = slices.Grow(s.word[:0], len(v.text))[:len(v.text)]
		v.word = s.word
		for i := range v.word {
			v.word[i] = -1
		}
		for k, t := range toks {
			end := t.Offset + utf8.RuneCountInString(t.Text)
			for i := t.Offset; i < end && i < len(v.word); i++ {
				if i >= 0 {
					v.word[i] = k
				}
			}
		}
	}
	return v
}

// insideWord reports whether rune i continues a word that starts before
// it and holds its numeral as part of a time or a name (周三项目组: 三 is
// inside the time word 周三), so that a number there is not a count.
// Other words gse may wrongly run into a number (对数十位) do not count.
// Without tokens it is always false.
func (v docView) insideWord(i int) bool {
	if i <= 0 || i >= len(v.word) || v.word[i] < 0 {
		return false
	}
	t := v.toks[v.word[i]]
	return t.Offset < i && v.nw.q.numeralWordTags[t.POS]
}

// partOfName reports whether a numeral at i and the measure word written
// over [unit, end) are read by gse as the start of a longer word of
// [name_word_tags] (三门峡市/ns, 五台山/ns, 九/m 台区/ns): a place's or a
// body's name, not a count. Without tokens it is always false.
func (v docView) partOfName(i, unit, end int) bool {
	for _, k := range [2]int{i, unit} {
		if k < 0 || k >= len(v.word) || v.word[k] < 0 {
			continue
		}
		t := v.toks[v.word[k]]
		if v.nw.q.nameWordTags[t.POS] && t.Offset+utf8.RuneCountInString(t.Text) > end {
			return true
		}
	}
	return false
}

// capitalInWord reports whether the numeral at i is a financial capital
// (伍, 拾, 陆 …) that is a character of a longer word gse did not tag a
// numeral (督导队伍人员: 伍 is no five): capitals write amounts of money,
// which gse keeps apart. Without tokens it is always false.
func (v docView) capitalInWord(i int) bool {
	if i < 0 || i >= len(v.word) || v.word[i] < 0 || !strings.ContainsRune(financialCapitals, v.folded[i]) {
		return false
	}
	t := v.toks[v.word[i]]
	if utf8.RuneCountInString(t.Text) < 2 || strings.HasPrefix(t.POS, "m") {
		return false
	}
	for k := t.Offset; k < t.Offset+utf8.RuneCountInString(t.Text) && k < len(v.folded); k++ {
		if numeralClass(v.folded, k) == runNone {
			return true // 队伍: a character of a word, not a run of numerals
		}
	}
	return false
}

// financialCapitals are the digits and units of financial capitals.
const financialCapitals = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"

// startsLongerWord reports whether a word longer than n runes starts at
// rune i (多元化 at 一所多元化): the n runes there are part of it, not a word
// of their own. Without tokens it is always false.
func (v docView) startsLongerWord(i, n int) bool {
	if i < 0 || i >= len(v.word) || v.word[i] < 0 {
		return false
	}
	t := v.toks[v.word[i]]
	return t.Offset == i && utf8.RuneCountInString(t.Text) > n
}

// written is the original text of the runes [start, end).
func (v docView) written(start, end int) string {
	return string(v.text[start:end])
}

// sentence is the text of the sentence span holding the rune offset.
func (v docView) sentence(offset int) string {
	ss := v.doc.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > offset })
	if k == len(ss) || ss[k].Start > offset {
		return ""
	}
	if text, ok := v.sentences[k]; ok {
		return text
	}
	text := ""
	if s, e := max(ss[k].Start, 0), min(ss[k].End, len(v.text)); s < e {
		text = string(v.text[s:e])
	}
	v.sentences[k] = text
	return text
}

func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) }
