package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// FindMoney finds amounts in yuan in doc, matching on the folded text and
// reporting the text as written.
func (x *Extractor) FindMoney(doc *ingest.Document) []Money {
	return x.findMoney(newDocView(x.numbers, doc, nil))
}

func (x *Extractor) findMoney(v docView) []Money {
	var out []Money
	read := 0 // the text before it is read
	last := 0 // where the amount before ends: a per word before it is its own
	for _, t := range v.scanNumbers() {
		if t.start < read {
			continue
		}
		var m Money
		end, ok := 0, false
		switch t.kind {
		case tokenIdiom:
			read = t.end
			continue
		case tokenNumber:
			if m, end, ok = moneyAt(v, t, last); !ok {
				m, end, ok = maskedMoneyAt(v, t.start, last)
			}
		case tokenMask:
			m, end, ok = maskedMoneyAt(v, t.start, last)
		}
		if ok {
			out = append(out, m)
			read, last = end, end
		}
	}
	return out
}

// moneyAt reads an amount whose numeral run starts at i, after an amount
// that ends at last.
func moneyAt(v docView, t numberToken, last int) (Money, int, bool) {
	nw := v.nw
	rs := v.folded
	i, p := t.start, t.number
	if !t.numberOK {
		return Money{}, 0, false
	}
	// What precedes: 约, 人民币, 约人民币, 人民币约.
	start, approx, prefixed := i, false, false
	if pf := yuanPrefixBefore(nw, rs, i); pf > 0 {
		start, prefixed = i-pf, true
	} else {
		var excluded bool
		start, approx, excluded = numberPrefix(nw, rs, i)
		if excluded {
			return Money{}, 0, false
		}
		if pf := yuanPrefixBefore(nw, rs, start); pf > 0 {
			start, prefixed = start-pf, true
		}
	}
	if prefixed {
		if s, a, _ := numberPrefix(nw, rs, start); a {
			start, approx = s, true
		}
	}
	if foreignBefore(nw, rs, start) {
		return Money{}, 0, false // 新台币3万元, 港币500元: not renminbi
	}
	// 约为3万元: approximate, the span the amount alone, as for counts.
	gapped := !approx && wordBefore(rs, start, nw.q.approxGapped) != ""
	switch {
	case p.bare && (approx || p.approx || approxAfterYuan(nw, rs, start, p)): // 近万元, 万余元, 万元以上
	case p.bare:
		w := wordBefore(rs, i, nw.q.vagueBefore)
		if w == "" {
			return Money{}, 0, false
		}
		start, p.vague, p.hasValue = i-utf8.RuneCountInString(w), true, false // 上万元
	case p.loneOne && !prefixed && !approx && !hasAnyRunesAt(rs, p.end, nw.m.oneYuanWords):
		return Money{}, 0, false // 一元化, 统一元…: rarely one yuan (一块钱 is)
	case phoneLike(rs, i):
		return Money{}, 0, false
	}
	if v, e, ok := wideThousands(nw, rs, i, p); ok {
		p.low, p.end = v, e // 12，800元
	}
	if p.end+1 < len(rs) && (rs[p.end] == 'k' || rs[p.end] == 'K') && !p.vague {
		if _, ok := yuanWordAt(nw, rs, start, p.end+1, p); ok {
			p.low, p.high = p.low*1000, p.high*1000 // 5k元
			p.end++
		}
	}
	end, ok := yuanWordAt(nw, rs, start, p.end, p)
	if !ok {
		if !prefixed {
			return Money{}, 0, false
		}
		end = p.end // 人民币3000
	} else if !p.hasHigh && !p.vague && p.hasValue {
		// 123元1角1分, 十块三毛: fractions of a yuan.
		if f, e := fractionAt(nw, rs, end); e > end {
			p.low += f
			end = e
		}
	}
	// 1万元至5万元: a range with the currency on both ends.
	if sep := rangeSepAt(rs, end); !p.hasHigh && !p.vague && sep > 0 && isRunStart(rs, end+sep) {
		if hi, ok := readNumber(nw, rs, end+sep); ok && !hi.vague && !hi.bare && hi.hasValue && !hi.hasHigh && hi.low > p.low {
			if e2, ok := yuanWordAt(nw, rs, start, hi.end, hi); ok {
				p.high, p.hasHigh = hi.low, true
				p.approx = p.approx || hi.approx
				end = e2
			}
		}
	}
	for _, w := range nw.q.approxAfterUnit {
		if hasRunesAt(rs, end, w) {
			approx = true
			end += utf8.RuneCountInString(w)
			break
		}
	}
	if end > 0 && (rs[end-1] == '元' || rs[end-1] == '圆') && hasRunesAt(rs, end, "整") {
		end++ // 壹仟玖佰圆整: 整 closes a written amount
	}
	per := joinPer(nw.m, perUnitBefore(nw, rs, last, start), perUnitAfter(nw, rs, end))
	if prefixed && end > p.end {
		// 人民币三千元: the span is the amount and its 元 (docs/annotation.md),
		// with an approximation written between them (人民币约6,500元 →
		// 约6,500元); 约人民币3000元 keeps its span.
		if s, a, _ := numberPrefix(nw, rs, i); a && yuanPrefixBefore(nw, rs, s) > 0 {
			start = s
		} else if !approx {
			start = i
		}
	}
	m := Money{
		Approx:   approx || p.approx || gapped,
		Vague:    p.vague,
		Per:      per,
		Text:     v.written(start, end),
		Offset:   start,
		Sentence: v.sentence(start),
	}
	if p.hasValue && !p.vague {
		m.Amount = valuePtr(p.low)
		if p.hasHigh {
			m.Max = valuePtr(p.high)
		}
	}
	return m, end, true
}

// approxAfterYuan reports whether a yuan word and a word of
// [approx_after_unit] follow the number p written from start: 万元以上 is
// about ten thousand yuan, as 近万元 is.
func approxAfterYuan(nw *numberWords, rs []rune, start int, p numberPhrase) bool {
	end, ok := yuanWordAt(nw, rs, start, p.end, p)
	return ok && hasAnyRunesAt(rs, end, nw.q.approxAfterUnit)
}

// yuanPrefixBefore is the length in runes of a yuan prefix ending at i, or 0.
func yuanPrefixBefore(nw *numberWords, rs []rune, i int) int {
	for _, w := range nw.m.yuanBefore {
		if hasRunesBefore(rs, i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// yuanWordAt reports whether a yuan word starts at i, after the amount
// written from start, and where it ends. Whether 块 is yuan is decided by
// kuaiIsMoney, for quantities and money alike.
func yuanWordAt(nw *numberWords, rs []rune, start, i int, p numberPhrase) (int, bool) {
	mw := nw.m
	for _, w := range mw.yuanAfter {
		if !hasRunesAt(rs, i, w) {
			continue
		}
		end := i + utf8.RuneCountInString(w)
		switch w {
		case "元", "圆":
			if end < len(rs) && strings.ContainsRune(mw.yuanNotNext, rs[end]) {
				return 0, false
			}
			if end < len(rs) && i > 0 && numeralClass(rs, i-1) == runChinese && strings.ContainsRune(mw.yuanNameNext, rs[end]) {
				return 0, false // 三元里, 五元路, 十元店: a place's or a shop's name
			}
		case "块":
			if !kuaiIsMoney(nw, rs, start, i, p) {
				return 0, false // 3块砖, 广告牌36块: pieces, not yuan
			}
		}
		return end, true
	}
	return 0, false
}

// perUnitBefore finds 每人, 每户, 人均, 月发放… in the clause before an
// amount starting at start, after the amount before it that ends at last
// (每袋65元、每桶79元: 每袋 is the first one's), and returns the units
// and periods the amount is for, joined by "/" (每人每月80元 → 人/月), or
// "".
func perUnitBefore(nw *numberWords, rs []rune, last, start int) string {
	mw := nw.m
	var units []string
	total := false // a word of [per_stops] is written between
	k := start - 1
	for ; k >= last && start-k <= clauseRunes; k-- {
		if clauseBreak(nw, rs[k]) {
			break // a list (每户送去大米、食用油和慰问金500元) does not break it
		}
		total = total || hasAnyRunesAt(rs, k, mw.perStops)
		for _, w := range mw.perBeforeWords {
			if !hasRunesAt(rs, k, w) || k+utf8.RuneCountInString(w) > start {
				continue
			}
			unit, n := mw.perBefore[w], k+utf8.RuneCountInString(w)
			if unit == "*" {
				unit = perUnitWord(nw, rs, n, start) // 每户 → 户, 每人次 → 人次, 每位献血者 → 人
			}
			if total && mw.perPeriods[unit] && !mw.perRates[w] {
				break // 每年…共计5万元: a total over the year, not a yearly rate (月发放…合计 is monthly)
			}
			if unit != "" && !slices.Contains(units, unit) {
				units = append([]string{unit}, units...)
			}
			break
		}
	}
	if len(units) == 0 && k >= last && k >= 0 && (rs[k] == '，' || rs[k] == ',') {
		return perUnitOfCondition(nw, rs, max(last, k-clauseRunes), k)
	}
	return strings.Join(units, "/")
}

// perUnitOfCondition finds, in the clause rs[from:end] before an amount's
// own, 每 and a verb of one to three characters before a count of one
// (用人单位每安排1名残疾人就业，可获奖励5000元; 每走访一户，送上200元): the
// amount is for each unit counted. 每 before a unit (每人一份) is no
// such condition.
func perUnitOfCondition(nw *numberWords, rs []rune, from, end int) string {
	for j := end - 1; j >= from && !clauseBreak(nw, rs[j]); j-- {
		if rs[j] != '每' || hasAnyRunesAt(rs, j+1, nw.m.perUnits) {
			continue
		}
		for n := j + 2; n <= j+4 && n+1 < end && isHanRune(rs[n-1]); n++ {
			if rs[n] == '1' || rs[n] == '一' {
				return perUnitWord(nw, rs, n+1, end)
			}
		}
		return ""
	}
	return ""
}

// joinPer joins the units written before an amount and after it, each
// once, the units in the order written and then the periods of
// [per_periods] in the order written, as the annotators write them:
// 人均补贴300元/月 → 人/月, 每人500元/人 → 人, 月发放补助每人800元 → 人/月.
func joinPer(mw *moneyWords, before, after string) string {
	var units, periods []string
	for _, u := range strings.Split(before+"/"+after, "/") {
		switch {
		case u == "" || slices.Contains(units, u) || slices.Contains(periods, u):
		case mw.perPeriods[u]:
			periods = append(periods, u)
		default:
			units = append(units, u)
		}
	}
	return strings.Join(append(units, periods...), "/")
}

// perUnitWord is the unit written after 每 at n (before the amount at
// start), under its name (see perUnitAt); "" when none.
func perUnitWord(nw *numberWords, rs []rune, n, start int) string {
	unit, _ := perUnitAt(nw, rs, n, start)
	return unit
}

// perUnitAt reads a unit written at n, ending by limit: the longest of
// [per_units], else one Chinese character that is not a digit. It returns
// the unit under its name in [per_unit_names] (位 → 人) and its length in
// runes as written; 0 when none.
func perUnitAt(nw *numberWords, rs []rune, n, limit int) (string, int) {
	unit := ""
	for _, u := range nw.m.perUnits {
		if hasRunesAt(rs, n, u) && n+utf8.RuneCountInString(u) <= limit {
			unit = u
			break
		}
	}
	if unit == "" && n < limit && isHanRune(rs[n]) {
		if _, ok := chineseDigit(rs[n]); !ok {
			unit = string(rs[n])
		}
	}
	written := utf8.RuneCountInString(unit)
	if name, ok := nw.m.perUnitNames[unit]; ok {
		return name, written
	}
	return unit, written
}

// perUnitAfter finds the units right after an amount, as often as they
// are written: a unit after / or ／, read as after 每 (500元/人, 8元／餐,
// 80元/人/月 → 人/月), or a word of [per_after] (300元每户).
func perUnitAfter(nw *numberWords, rs []rune, end int) string {
	var units []string
	for {
		unit, n := "", 0
		if end < len(rs) && (rs[end] == '/' || rs[end] == '／') {
			if unit, n = perUnitAt(nw, rs, end+1, len(rs)); n > 0 {
				n++
			}
		} else {
			for _, w := range nw.m.perAfter {
				if hasRunesAt(rs, end, w) {
					unit, n = nw.m.perAfterUnit[w], utf8.RuneCountInString(w)
					break
				}
			}
		}
		if n == 0 || slices.Contains(units, unit) {
			return strings.Join(units, "/")
		}
		units = append(units, unit)
		end += n
	}
}

// wideThousands reads an Arabic amount whose thousands are separated by a
// full-width comma (12，800元): a first group of one to three digits, then
// groups of three after ，, ending at a yuan word. It returns the value
// and the end of the number.
func wideThousands(nw *numberWords, rs []rune, i int, p numberPhrase) (float64, int, bool) {
	v, k, ok := wideThousandsRun(rs, i, p)
	if !ok {
		return 0, 0, false
	}
	if _, ok := yuanWordAt(nw, rs, i, k, p); !ok {
		return 0, 0, false // 3，500人: a list, not one number
	}
	return v, k, true
}

// wideThousandsRun reads the number of p, starting at i, on across groups
// of three digits each after a full-width comma (12，800): its value and
// end. The caller checks what follows, as a list (3，500) reads the same.
func wideThousandsRun(rs []rune, i int, p numberPhrase) (float64, int, bool) {
	if p.hasHigh || p.vague || p.hadUnit || p.end-i > 3 || p.end >= len(rs) || rs[p.end] != '，' {
		return 0, 0, false
	}
	for k := i; k < p.end; k++ {
		if _, ok := arabicDigit(rs[k]); !ok {
			return 0, 0, false
		}
	}
	v, k := p.low, p.end
	for k < len(rs) && rs[k] == '，' && groupOfThree(rs, k+1) {
		g, _ := strconv.Atoi(string(rs[k+1 : k+4]))
		v, k = v*1000+float64(g), k+4
	}
	return v, k, k > p.end
}

// foreignBefore reports whether a foreign currency is named right before
// the amount starting at i: 新台币3万元, 港币500元.
func foreignBefore(nw *numberWords, rs []rune, i int) bool {
	return wordBefore(rs, i, nw.m.foreignBefore) != ""
}

// fractionAt reads jiao and fen after a yuan word: 1角1分, 三毛. It returns
// their value in yuan and where they end (i when none).
func fractionAt(nw *numberWords, rs []rune, i int) (float64, int) {
	mw := nw.m
	total, k := 0.0, i
	last := 1.0
	for k < len(rs) {
		d, ok := arabicDigit(rs[k])
		if !ok {
			var c int
			if c, ok = chineseDigit(rs[k]); ok && c <= 9 && c >= 1 {
				d = c
			} else {
				ok = false
			}
		}
		if !ok || k+1 >= len(rs) {
			break
		}
		f, isFrac := mw.fraction[rs[k+1]]
		if !isFrac || f >= last {
			break
		}
		if k+2 < len(rs) && (rs[k+1] == '分' && isHanRune(rs[k+2]) && !strings.ContainsRune("钱整", rs[k+2])) {
			break // 5分钟, 3分之一: not fen
		}
		total += float64(d) * f
		last = f
		k += 2
	}
	if k > i && k < len(rs) && rs[k] == '钱' {
		k++
	}
	return total, k
}

// maskedMoneyAt reads an amount whose number is masked (××元, 1×××元),
// after an amount that ends at last.
func maskedMoneyAt(v docView, i, last int) (Money, int, bool) {
	rs := v.folded
	j, ok := maskedNumberAt(v.nw, rs, i, 8)
	if !ok {
		return Money{}, 0, false
	}
	end, ok := yuanWordAt(v.nw, rs, i, j, numberPhrase{})
	if !ok {
		return Money{}, 0, false
	}
	start, approx, _ := numberPrefix(v.nw, rs, i)
	if pf := yuanPrefixBefore(v.nw, rs, start); pf > 0 {
		start -= pf
	}
	return Money{
		Approx:   approx,
		Per:      joinPer(v.nw.m, perUnitBefore(v.nw, rs, last, start), perUnitAfter(v.nw, rs, end)),
		Text:     v.written(start, end),
		Offset:   start,
		Sentence: v.sentence(start),
	}, end, true
}

// feeAt reports whether a fee is named at k, right after 块: a word of one
// to three Chinese characters ending in a head of [kuai_fee_heads] (交一百
// 多块学费, 五块报名费).
func feeAt(nw *numberWords, rs []rune, k int) bool {
	for n := k; n < len(rs) && n < k+3 && isHanRune(rs[n]); n++ {
		if strings.ContainsRune(nw.q.kuaiFeeHeads, rs[n]) {
			return true
		}
	}
	return false
}

// piecesEarlier reports whether a number of pieces of a thing of
// [kuai_things] is written earlier in the sentence of the number that
// starts at start (悬挂光荣牌43块，累计悬挂2,156块): a 块 later in it
// counts the same pieces.
func piecesEarlier(nw *numberWords, rs []rune, start int) bool {
	for k := start - 1; k > 0 && start-k <= 2*clauseRunes && !strings.ContainsRune(piecesSentenceEnds, rs[k]); k-- {
		if rs[k] != '块' || numeralClass(rs, k-1) == runNone {
			continue
		}
		j := k - 1
		for j > 0 && (numeralClass(rs, j-1) != runNone || rs[j-1] == ',') {
			j--
		}
		if kuaiThingBefore(nw, rs, j) {
			return true
		}
	}
	return false
}

// kuaiThingBefore reports whether a word of [kuai_things] ends before the
// number that starts at start, a word of [kuai_gap] and spaces between or
// not (展板10块, 警示牌共15块, 展板 28 块): 块 after it counts pieces.
func kuaiThingBefore(nw *numberWords, rs []rune, start int) bool {
	k := skipSpacesBack(rs, start)
	if w := wordBefore(rs, k, nw.q.kuaiGap); w != "" {
		k = skipSpacesBack(rs, k-utf8.RuneCountInString(w))
	}
	return wordBefore(rs, k, nw.q.kuaiThings) != ""
}

// skipSpacesBack is where the spaces (half or full width) that end right
// before i start.
func skipSpacesBack(rs []rune, i int) int {
	for i > 0 && (rs[i-1] == ' ' || rs[i-1] == '\u3000') {
		i--
	}
	return i
}

// piecesSentenceEnds end the sentence searched for an earlier number of
// pieces. Unlike [sentence_ends] (nw.q.sentenceEnds) they leave out ；: a
// list of pieces runs on across its semicolons.
const piecesSentenceEnds = "。！？!?\n"

// kuaiIsMoney decides whether 块 at at, after the number written from
// start, means yuan — the one place that settles who owns 块 (FindMoney
// and FindQuantities both ask it): it does unless a piece of something is
// named right before the number (广告牌36块, 数量：5块) or a noun follows the
// 块 (3块砖, 5块宣传牌), a fraction, 钱, 不等, an approximation or a range
// to an amount of yuan excepted (十块三毛, 十几块钱, 三五百块不等, 100块左
// 右, 一两块到十几块钱).
func kuaiIsMoney(nw *numberWords, rs []rune, start, at int, p numberPhrase) bool {
	if kuaiThingBefore(nw, rs, start) || piecesEarlier(nw, rs, start) {
		return false
	}
	if at+1 < len(rs) && isASCIILetter(rs[at+1]) {
		return false // 3块LED屏: a thing named in Latin letters
	}
	end := at + 1
	if sep := rangeSepAt(rs, end); sep > 0 && isRunStart(rs, end+sep) {
		if hi, ok := readNumber(nw, rs, end+sep); ok && (hasRunesAt(rs, hi.end, "元") || hasAnyRunesAt(rs, hi.end, nw.m.oneYuanWords)) {
			return true // 一两块到十几块钱: a range of prices
		}
	}
	if end < len(rs) && isHanRune(rs[end]) && !p.vague {
		if hasRunesAt(rs, end, "钱") || hasRunesAt(rs, end, "不等") || hasAnyRunesAt(rs, end, nw.q.approxAfterUnit) || feeAt(nw, rs, end) {
			return true
		}
		_, e := fractionAt(nw, rs, end)
		return e > end
	}
	return true
}
