package ingest

import (
	"strings"
	"testing"
	"unicode"
)

func TestMarksOf(t *testing.T) {
	tests := []struct {
		line string
		want lineMarks
	}{
		{"", 0},
		{"社区开展敬老活动", 0},
		{"活动结束。", markSentenceEnd},
		{"好!", markSentenceEnd},
		{"一是，二是", markComma},
		{"张三、李四", markEnumComma},
		{"时间：3月", markColon | markDigit},
		{"首页 | 新闻", markSpace | markBar},
		{"首页｜新闻", markBar},
		{"诚朴\u3000勤学", markSpace},
		{"a\u00a0b", markSpace},
		{"窄\u202f空格", markSpace},
		{"２０２３年", 0}, // full-width digits are no ASCII digit
		{"“引号”…", 0},
		{"\xe3\x80", 0}, // a cut rune
		{"；又；", markSentenceEnd},
		{"甲，乙。丙：丁、1", markClauseEnd | markDigit},
	}
	for _, tt := range tests {
		if got := marksOf(tt.line) &^ marksMeasured; got != tt.want {
			t.Errorf("marksOf(%q) = %b, want %b", tt.line, got, tt.want)
		}
	}
}

// marksByScan is the set of marks found the way the judges asked before:
// a search of the line for each mark's runes, and unicode.IsSpace on every
// rune.
func marksByScan(s string) lineMarks {
	var m lineMarks
	for _, mr := range markRunes {
		if strings.ContainsAny(s, mr.runes) {
			m |= mr.mark
		}
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		m |= markSpace
	}
	return m
}

func TestMarksOfEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "甲" + string(r) + "乙"
		if got, want := marksOf(s)&^marksMeasured, marksByScan(s); got != want {
			t.Fatalf("marksOf(%q) = %b, a scan finds %b", s, got, want)
		}
	}
}

func TestHoldsWithoutMarks(t *testing.T) {
	// A view made as a literal has no marks: holds scans its line.
	l := lineView{folded: "活动结束。"}
	if !l.holds(markSentenceEnd) || l.holds(markColon) {
		t.Errorf("holds on an unmeasured view: sentence end %v, colon %v", l.holds(markSentenceEnd), l.holds(markColon))
	}
	if e := newLineView("", "", zoneBody); e.holds(markClauseEnd | markSpace | markDigit | markBar) {
		t.Error("an empty line holds a mark")
	}
}

func FuzzLineMarks(f *testing.F) {
	for _, s := range []string{"首页 | 新闻", "时间：3月5日。", "a\u00a0b\u3000c", "\xef\xbc", "张三、李四，好!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := marksOf(s)&^marksMeasured, marksByScan(s); got != want {
			t.Fatalf("marksOf(%q) = %b, a scan finds %b", s, got, want)
		}
	})
}
