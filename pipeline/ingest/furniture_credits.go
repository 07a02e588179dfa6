package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Judges of round 32: credits the name patterns did not read, told by
// their shape.

// nameListCredit: outside the body, or fused after a paragraph's last
// sentence (furnitureSuffix), a credit in brackets that is only a list of
// one to maxCreditNames persons' names in the forms namesCredit and
// parenCredit do not read: names run together without a space
// ((王某某李某), namesRunTogether), a name of two characters spaced out to
// the width of three among them ((王 某  李 某), (王某某 李 某)), or one
// name or more after a byline's role or before what the named did
// ([name_credit_verbs]: (王某某整理), (记者 王某 李某某 摄)). Out of brackets,
// a byline's role before names run together (编辑王某李某): bylineLine
// reads a role's names one by one. A sentence naming people holds a verb
// between them, a participants' list a label's colon: neither is such a
// list.
type nameListCredit struct{ v *furnitureVocab }

// maxNameCreditRunes is the longest such credit: a role, four names of
// three characters between spaces and a verb, in brackets.
const maxNameCreditRunes = 24

func (j nameListCredit) Judge(l lineView) string {
	if l.zone == zoneBody || l.runes() > maxNameCreditRunes {
		return ""
	}
	if inner, ok := cutBrackets(l.folded); ok {
		if j.v.creditNames(strings.TrimSpace(inner)) {
			return "credit"
		}
		return ""
	}
	for _, r := range j.v.bylineRoles {
		if rest, ok := strings.CutPrefix(l.folded, r); ok && j.v.namesRunTogether(strings.TrimLeft(rest, " :：")) {
			return "byline"
		}
	}
	return ""
}

// creditNames reports whether s is a list of names as nameListCredit reads
// it, maybe after a role and before a verb: two names or more, or one
// with the role or the verb.
func (v *furnitureVocab) creditNames(s string) bool {
	marked := false
	for _, r := range v.bylineRoles {
		if rest, ok := strings.CutPrefix(s, r); ok {
			s, marked = strings.TrimLeft(rest, " :："), true
			break
		}
	}
	for _, w := range v.nameCreditVerbs {
		if rest, ok := strings.CutSuffix(s, w); ok && rest != "" {
			s, marked = strings.TrimSpace(rest), true
			break
		}
	}
	n := v.countNames(s, isPersonName)
	return n >= 2 || n == 1 && marked
}

// countNames returns how many persons' names s lists between spaces or
// enumeration commas (0 if it is not such a list, or lists more than
// maxCreditNames): names that name accepts, names run together (two), or a
// surname set apart by a space from the rest of its name (王 某).
func (v *furnitureVocab) countNames(s string, name func(string) bool) int {
	fields := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '、' })
	n := 0
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		switch {
		case runeLen(f) == 1 && i+1 < len(fields) && v.surnamed(f+fields[i+1]):
			i++ // 王 某: a name spaced out
			n++
		case name(f):
			n++
		case v.namesRunTogether(f):
			n += 2
		default:
			return 0
		}
	}
	if n > maxCreditNames {
		return 0
	}
	return n
}

// surnamed reports whether s is a person's name of two or three Han
// characters opening with one of [surnames].
func (v *furnitureVocab) surnamed(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return shortName(s) && v.surnameSet[r]
}

// cutBrackets returns what round brackets around all of f hold.
func cutBrackets(f string) (string, bool) {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"(", "）"}, {"（", ")"}} {
		if strings.HasPrefix(f, p[0]) && strings.HasSuffix(f, p[1]) && len(f) >= len(p[0])+len(p[1]) {
			return f[len(p[0]) : len(f)-len(p[1])], true
		}
	}
	return "", false
}

// namesRunTogether reports whether s, Han characters only, is two to
// maxCreditNames persons' names run together: it splits into names of two
// or three characters, each opening with one of [surnames] (王某李某某).
func (v *furnitureVocab) namesRunTogether(s string) bool {
	if runeLen(s) < 4 {
		return false
	}
	rs := make([]rune, 0, len(s)/3)
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		rs = append(rs, r)
	}
	return v.splitNames(rs, 0)
}

// splitNames reports whether rs splits into names after the n found.
func (v *furnitureVocab) splitNames(rs []rune, n int) bool {
	if len(rs) == 0 {
		return n >= 2
	}
	if n == maxCreditNames || !v.surnameSet[rs[0]] {
		return false
	}
	for _, size := range []int{2, 3} {
		if len(rs) >= size && v.splitNames(rs[size:], n+1) {
			return true
		}
	}
	return false
}

// surnamedNames reports whether s is a list of persons' names as
// countNames reads it, each opening with one of [surnames] (王某某, 王某
// 李某某, 王 某, 王某李某).
func (v *furnitureVocab) surnamedNames(s string) bool {
	return v.countNames(s, v.surnamed) > 0
}
