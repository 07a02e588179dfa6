package ingest

import (
	"unicode"
	"unicode/utf8"
)

// lineMarks is the set of marks a line holds — a sentence end, a comma, a
// colon, a space, a digit, a bar — found in one pass over its bytes when
// its view is made. The judges asked these questions one after another,
// each with a scan of the line of its own; now they read the answer.
type lineMarks uint16

const (
	markSentenceEnd lineMarks = 1 << iota // sentenceEnds: 。！？!?；;
	markComma                             // ，,
	markEnumComma                         // 、
	markColon                             // ：:
	markSpace                             // a rune unicode.IsSpace takes
	markDigit                             // an ASCII digit
	markBar                               // |｜
	marksMeasured                         // the set was made (a view made without newLineView has none)

	markClauseEnd = markSentenceEnd | markComma | markEnumComma | markColon // clauseEnds
)

// markRunes are the runes of each mark but the spaces, which
// unicode.IsSpace names.
var markRunes = []struct {
	runes string
	mark  lineMarks
}{
	{sentenceEnds, markSentenceEnd}, {"，,", markComma}, {"、", markEnumComma},
	{"：:", markColon}, {"0123456789", markDigit}, {"|｜", markBar},
}

// asciiMarks is the mark of each ASCII byte; wideMarks those of the other
// runes of markRunes, which all start with the byte E3 or EF.
var asciiMarks, wideMarks = func() ([utf8.RuneSelf]lineMarks, map[rune]lineMarks) {
	var ascii [utf8.RuneSelf]lineMarks
	wide := map[rune]lineMarks{}
	for r := range rune(utf8.RuneSelf) {
		if unicode.IsSpace(r) {
			ascii[r] = markSpace
		}
	}
	for _, m := range markRunes {
		for _, r := range m.runes {
			if r < utf8.RuneSelf {
				ascii[r] |= m.mark
			} else {
				wide[r] |= m.mark
			}
		}
	}
	return ascii, wide
}()

// marksOf is the set of marks s holds. A non-ASCII rune is decoded only
// when its lead byte can start a mark: C2, E1, E2 and E3 the spaces beyond
// ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000), E3 and EF the
// wide punctuation of markRunes. Every other byte of a rune (a Han
// character's three) is stepped over: no lead byte above is a
// continuation byte.
func marksOf(s string) lineMarks {
	m := marksMeasured
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b < utf8.RuneSelf:
			m |= asciiMarks[b]
			i++
		case b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF:
			r, n := utf8.DecodeRuneInString(s[i:])
			m |= wideMarks[r]
			if unicode.IsSpace(r) {
				m |= markSpace
			}
			i += n
		default:
			i++
		}
	}
	return m
}

// holds reports whether the folded line holds one of the marks in m.
func (l lineView) holds(m lineMarks) bool {
	marks := l.marks
	if marks == 0 {
		marks = marksOf(l.folded)
	}
	return marks&m != 0
}
