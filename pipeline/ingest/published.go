package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// postStamp reports whether a furniture line that holds a date also
// counts the page's readers, a label of [counter_labels] with its number
// (发布者:某某发布时间:2021-03-30浏览次数:426, 点击数:8发布时间:…): the line a
// site's software writes about the post itself, so its date is the
// post's own stamp, as a time of day makes it. A count's field left empty
// at the line's end (发布时间:2019-05-08 浏览量:) is one too.
func postStamp(folded string, v *furnitureVocab) bool {
	for _, label := range v.counterLabels {
		for rest := folded; ; {
			i := strings.Index(rest, label)
			if i < 0 {
				break
			}
			rest = rest[i+len(label):]
			value := strings.TrimLeft(rest, ":： ")
			if r, _ := utf8.DecodeRuneInString(value); unicode.IsDigit(r) {
				return true
			}
			// The count's field left empty (浏览量:, 点击数: 字体:, 点击数:
			// 日期:… — the number a script fills in): the field is there,
			// its colon followed by the line's end or by the next field.
			if opensWithColon(strings.TrimLeft(rest, " ")) && emptyField(value) {
				return true
			}
		}
	}
	return false
}

// emptyField reports whether the value after a field's colon is empty:
// nothing, or at once the next field (字体:, 日期:2011-12-26).
func emptyField(value string) bool {
	next, _, _ := strings.Cut(value, " ")
	return value == "" || fieldLabel(next) > 0
}

// publishLabelled reports whether a furniture line holds the label a
// site's software gives the post's own date ([publish_labels]: 发布时间：
// 2021-12-21, 发布日期:…) with its colon, opening the line or among the
// post's other fields (来源:某某 发表时间:…, 【发布日期:…】): the date after it
// is the post's stamp.
func publishLabelled(folded string, v *furnitureVocab) bool {
	for _, label := range v.publishLabels {
		for rest := folded; ; {
			i := strings.Index(rest, label)
			if i < 0 {
				break
			}
			rest = rest[i+len(label):]
			if opensWithColon(strings.TrimLeft(rest, " ")) {
				return true
			}
		}
	}
	return false
}

// opensWithColon reports whether s starts with a colon, half- or
// full-width: a label's, its value after it.
func opensWithColon(s string) bool {
	return strings.HasPrefix(s, ":") || strings.HasPrefix(s, "：")
}

// bracketedExpr is a bracket that opens a line (【某某报2023年11月02日讯】…),
// its content in group 1.
var bracketedExpr = regexp.MustCompile(`^\s*[【\[]([^【】\[\]]{1,40})[】\]]`)

// datelineDate returns the date of the first of folded's lines that opens
// with a news story's dateline in brackets (outletDateline: 【某某台 2023年
// 12月08日讯】岁末将至，…), as YYYY-MM-DD, or "": the day the story was
// filed, the post's own.
func datelineDate(folded []string, v *furnitureVocab) string {
	for _, f := range folded {
		// Only a line opened by a bracket can hold one in brackets: the
		// expression runs on no other. Since round 30 a dateline may open
		// the first sentence without brackets too (某某网2019年5月14日电(某某)
		// 为…): the line's start up to its first 讯 or 电.
		if t := strings.TrimLeft(f, "\t\n\f\r "); !strings.HasPrefix(t, "【") && !strings.HasPrefix(t, "[") {
			if d := openingDateline(t, v); d != "" {
				return d
			}
			continue
		}
		if m := bracketedExpr.FindStringSubmatch(f); m != nil && (outletDateline{v}).Judge(newLineView(m[1], m[1], zoneHead)) != "" {
			return publishDate(m[1])
		}
	}
	return ""
}

// maxDatelineBytes bounds where an unbracketed dateline's 讯 or 电 may
// stand: a short name and a full date (ten letters and 2023年12月08日).
const maxDatelineBytes = 64

// openingDateline returns the date of a news story's dateline that opens
// t without brackets, a short name, the day's full date and 讯 or 电
// (某某网山西2019年5月14日电(某某中心)为…, outletDateline), as YYYY-MM-DD,
// or "".
func openingDateline(t string, v *furnitureVocab) string {
	head := t
	if len(head) > maxDatelineBytes {
		head = head[:maxDatelineBytes]
	}
	i := strings.IndexAny(head, "讯电")
	if i <= 0 {
		return ""
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	d := t[:i+n]
	if (outletDateline{v}).Judge(newLineView(d, d, zoneHead)) == "" {
		return ""
	}
	return publishDate(d)
}
