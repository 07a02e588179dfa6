package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// yuanWords follow an amount in yuan, longest first. Foreign currencies
// (美元, 日元, 港元, 欧元) put a word between the number and 元, so they
// never match here.
var yuanWords = []string{"块钱", "人民币", "元", "圆", "块"}

// yuanPrefixes precede an amount in yuan: 人民币三千元, ￥1,000.
var yuanPrefixes = []string{"人民币", "RMB", "￥", "¥"}

// yuanNotNext follow 元 in words that are not money: 元旦, 元宵, 元素.
const yuanNotNext = "旦宵素首帅老件化气音"

// perUnitWords, written before an amount in the same clause, make it an
// amount for each person, household…: 每人1000元, 人均500元.
var perUnitWords = map[string]string{"人均": "人", "户均": "户"}

// clauseBreaks end the stretch searched for 每人 before an amount.
const clauseBreaks = "，,。；;：:！!？?、\n"

// FindMoney finds amounts in yuan in doc, matching on the folded text and
// reporting the text as written.
func FindMoney(doc *ingest.Document) []Money {
	v := newDocView(doc)
	rs := v.folded
	var out []Money
	for i := 0; i < len(rs); {
		if isRunStart(rs, i) {
			if m, end, ok := moneyAt(v, i); ok {
				out = append(out, m)
				i = end
				continue
			}
			i = numeralRunEnd(rs, i)
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
	switch {
	case p.bare && approx: // 近万元
	case p.bare && i > 0 && rs[i-1] == '上': // 上万元
		start, p.vague, p.hasValue = i-1, true, false
	case p.bare:
		return Money{}, 0, false
	case p.loneOne && !prefixed && !approx:
		return Money{}, 0, false // 一元化, 统一元…: rarely one yuan
	case phoneLike(rs, i):
		return Money{}, 0, false
	}
	end, ok := yuanWordAt(rs, p.end, p)
	if !ok {
		if !prefixed {
			return Money{}, 0, false
		}
		end = p.end // 人民币3000
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
	for _, w := range approxAfterUnit {
		if hasRunesAt(rs, end, w) {
			approx = true
			end += utf8.RuneCountInString(w)
			break
		}
	}
	m := Money{
		Approx:   approx || p.approx,
		Vague:    p.vague,
		Per:      perUnitBefore(rs, start),
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
	for _, w := range yuanPrefixes {
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
	for _, w := range yuanWords {
		if !hasRunesAt(rs, i, w) {
			continue
		}
		end := i + utf8.RuneCountInString(w)
		switch w {
		case "元", "圆":
			if end < len(rs) && strings.ContainsRune(yuanNotNext, rs[end]) {
				return 0, false
			}
		case "块":
			if end < len(rs) && isHanRune(rs[end]) && !p.vague {
				return 0, false
			}
		}
		return end, true
	}
	return 0, false
}

// perUnitBefore finds 每人, 每户, 人均… in the clause before an amount and
// returns the unit the amount is for ("人"), or "".
func perUnitBefore(rs []rune, start int) string {
	for k := start - 1; k >= 0 && start-k <= 12; k-- {
		if strings.ContainsRune(clauseBreaks, rs[k]) {
			break
		}
		if rs[k] == '每' && k+1 < start && isHanRune(rs[k+1]) {
			if _, ok := chineseDigit(rs[k+1]); !ok {
				return string(rs[k+1])
			}
		}
		if k+2 <= start {
			if u, ok := perUnitWords[string(rs[k:k+2])]; ok {
				return u
			}
		}
	}
	return ""
}
