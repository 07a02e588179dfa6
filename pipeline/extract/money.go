package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// FindMoney finds amounts in yuan in doc, matching on the folded text and
// reporting the text as written.
func FindMoney(doc *ingest.Document) []Money {
	v := newDocView(doc, nil)
	rs := v.folded
	var out []Money
	for i := 0; i < len(rs); {
		if w := idiomAt(rs, i); w > 0 {
			i += w
			continue
		}
		if isRunStart(rs, i) {
			if m, end, ok := moneyAt(v, i); ok {
				out = append(out, m)
				i = end
				continue
			}
			if m, end, ok := maskedMoneyAt(v, i); ok {
				out = append(out, m)
				i = end
				continue
			}
			i = numeralRunEnd(rs, i)
			continue
		}
		if m, end, ok := maskedMoneyAt(v, i); ok {
			out = append(out, m)
			i = end
			continue
		}
		i++
	}
	return out
}

// moneyAt reads an amount whose numeral run starts at i.
func moneyAt(v docView, i int) (Money, int, bool) {
	rs := v.folded
	p, ok := readNumber(rs, i)
	if !ok {
		return Money{}, 0, false
	}
	// What precedes: 约, 人民币, 约人民币, 人民币约.
	start, approx, prefixed := i, false, false
	if pf := yuanPrefixBefore(rs, i); pf > 0 {
		start, prefixed = i-pf, true
	} else {
		var excluded bool
		start, approx, excluded = numberPrefix(rs, i)
		if excluded {
			return Money{}, 0, false
		}
		if pf := yuanPrefixBefore(rs, start); pf > 0 {
			start, prefixed = start-pf, true
		}
	}
	if prefixed {
		if s, a, _ := numberPrefix(rs, start); a {
			start, approx = s, true
		}
	}
	if foreignBefore(rs, start) {
		return Money{}, 0, false // 新台币3万元, 港币500元: not renminbi
	}
	switch {
	case p.bare && (approx || p.approx): // 近万元, 万余元
	case p.bare:
		w := wordBefore(rs, i, qwords().vagueBefore)
		if w == "" {
			return Money{}, 0, false
		}
		start, p.vague, p.hasValue = i-utf8.RuneCountInString(w), true, false // 上万元
	case p.loneOne && !prefixed && !approx:
		return Money{}, 0, false // 一元化, 统一元…: rarely one yuan
	case phoneLike(rs, i):
		return Money{}, 0, false
	}
	end, ok := yuanWordAt(rs, p.end, p)
	if ok && hasRunesAt(rs, p.end, "块") && !hasRunesAt(rs, p.end, "块钱") && !kuaiIsMoney(rs, start, p.end, p) {
		return Money{}, 0, false // 广告牌36块: pieces, not yuan
	}
	if !ok {
		if !prefixed {
			return Money{}, 0, false
		}
		end = p.end // 人民币3000
	} else if !p.hasHigh && !p.vague && p.hasValue {
		// 123元1角1分, 十块三毛: fractions of a yuan.
		if f, e := fractionAt(rs, end); e > end {
			p.low += f
			end = e
		}
	}
	// 1万元至5万元: a range with the currency on both ends.
	if !p.hasHigh && !p.vague && end+1 < len(rs) && strings.ContainsRune(rangeSeparators, rs[end]) && isRunStart(rs, end+1) {
		if hi, ok := readNumber(rs, end+1); ok && !hi.vague && !hi.bare && hi.hasValue && !hi.hasHigh && hi.low > p.low {
			if e2, ok := yuanWordAt(rs, hi.end, hi); ok {
				p.high, p.hasHigh = hi.low, true
				p.approx = p.approx || hi.approx
				end = e2
			}
		}
	}
	for _, w := range qwords().approxAfterUnit {
		if hasRunesAt(rs, end, w) {
			approx = true
			end += utf8.RuneCountInString(w)
			break
		}
	}
	per := perUnitBefore(rs, start)
	if per == "" {
		per = perUnitAfter(rs, end)
	}
	if prefixed && end > p.end && !approx {
		// 人民币三千元: the span is the amount and its 元 (docs/annotation.md).
		start = i
	}
	m := Money{
		Approx:   approx || p.approx,
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

// yuanPrefixBefore is the length in runes of a yuan prefix ending at i, or 0.
func yuanPrefixBefore(rs []rune, i int) int {
	for _, w := range mwords().yuanBefore {
		if hasRunesBefore(rs, i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// yuanWordAt reports whether a yuan word starts at i and where it ends.
// 块 alone counts only at the end of a phrase (100块，几十万块): before a
// noun it is a measure word (3块砖).
func yuanWordAt(rs []rune, i int, p numberPhrase) (int, bool) {
	mw := mwords()
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
		case "块":
			if end < len(rs) && isHanRune(rs[end]) && !p.vague {
				_, e := fractionAt(rs, end)
				if e == end && !hasRunesAt(rs, end, "不等") && !hasAnyRunesAt(rs, end, qwords().approxAfterUnit) {
					return 0, false // 3块砖; but 十块三毛, 三五百块不等
				}
			}
		}
		return end, true
	}
	return 0, false
}

// perUnitBefore finds 每人, 每户, 人均… in the clause before an amount and
// returns the unit the amount is for ("人"), or "".
func perUnitBefore(rs []rune, start int) string {
	mw := mwords()
	for k := start - 1; k >= 0 && start-k <= 12; k-- {
		if strings.ContainsRune(mw.clauseBreaks, rs[k]) {
			break
		}
		for w, unit := range mw.perBefore {
			if !hasRunesAt(rs, k, w) {
				continue
			}
			n := k + utf8.RuneCountInString(w)
			if unit != "*" {
				return unit
			}
			if n < start && isHanRune(rs[n]) {
				if _, ok := chineseDigit(rs[n]); !ok {
					return string(rs[n]) // 每户 → 户
				}
			}
		}
	}
	return ""
}

// perUnitAfter finds /人, 每户… right after an amount: 500元/人.
func perUnitAfter(rs []rune, end int) string {
	mw := mwords()
	for _, w := range mw.perAfter {
		if hasRunesAt(rs, end, w) {
			return mw.perAfterUnit[w]
		}
	}
	return ""
}

// foreignBefore reports whether a foreign currency is named right before
// the amount starting at i: 新台币3万元, 港币500元.
func foreignBefore(rs []rune, i int) bool {
	return wordBefore(rs, i, mwords().foreignBefore) != ""
}

// fractionAt reads jiao and fen after a yuan word: 1角1分, 三毛. It returns
// their value in yuan and where they end (i when none).
func fractionAt(rs []rune, i int) (float64, int) {
	mw := mwords()
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

// maskedMoneyAt reads an amount whose number is masked: ××元, 1×××元.
func maskedMoneyAt(v docView, i int) (Money, int, bool) {
	rs := v.folded
	j, ok := maskedNumberAt(rs, i, 8, true)
	if !ok {
		return Money{}, 0, false
	}
	end, ok := yuanWordAt(rs, j, numberPhrase{})
	if !ok {
		return Money{}, 0, false
	}
	start, approx, _ := numberPrefix(rs, i)
	if pf := yuanPrefixBefore(rs, start); pf > 0 {
		start -= pf
	}
	return Money{
		Approx:   approx,
		Per:      perUnitBefore(rs, start),
		Text:     v.written(start, end),
		Offset:   start,
		Sentence: v.sentence(start),
	}, end, true
}

// kuaiIsMoney decides whether 块 after the number [start, at) means yuan:
// it does unless a piece of something is named right before the number
// (广告牌36块) or a noun follows the 块 (3块砖), a fraction excepted (十块三毛).
func kuaiIsMoney(rs []rune, start, at int, p numberPhrase) bool {
	if wordBefore(rs, start, qwords().kuaiThings) != "" {
		return false
	}
	end := at + 1
	if end < len(rs) && isHanRune(rs[end]) && !p.vague {
		if hasRunesAt(rs, end, "钱") || hasRunesAt(rs, end, "不等") || hasAnyRunesAt(rs, end, qwords().approxAfterUnit) {
			return true
		}
		_, e := fractionAt(rs, end)
		return e > end
	}
	return true
}
