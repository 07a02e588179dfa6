package ingest

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// nonASCIIRuns scans bytes; it gives the runs a scan of runes gives.
func TestNonASCIIRuns(t *testing.T) {
	byRunes := func(s string) []string {
		var runs []string
		start := -1
		for i, r := range s {
			if r < utf8.RuneSelf {
				if start >= 0 {
					runs = append(runs, s[start:i])
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			runs = append(runs, s[start:])
		}
		return runs
	}
	for _, s := range []string{"", "abc", "社区", "a社区b活动", "2023年社区活动12场", "鍦ㄧぞ鍖 abc 锟斤拷", "\xff\xfe社区", "a\xe4\xb8b", "社\x80区", "x\xe4"} {
		if got, want := slices.Collect(nonASCIIRuns(s)), byRunes(s); !reflect.DeepEqual(got, want) {
			t.Errorf("nonASCIIRuns(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestRunesOver(t *testing.T) {
	for _, s := range []string{"", "a", "社区", "社区活动总结", "abcdefgh", "\xff\xfe\xfd", "社\xff区", "2023年社区志愿服务活动总结报告会在社区举行"} {
		for n := 0; n <= 30; n++ {
			if got, want := runesOver(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Errorf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// mayHoldInvisible is a necessary condition: every character
// invisibleChars changes makes it true, wherever it stands.
func TestMayHoldInvisible(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) || invisibleRune(r) == r {
			continue
		}
		for _, s := range []string{string(r), "社" + string(r) + "区", "ab" + string(r)} {
			if !mayHoldInvisible(s) {
				t.Errorf("mayHoldInvisible(%q) = false, but U+%04X changes", s, r)
			}
		}
	}
	// Chinese text with its usual punctuation (full-width forms, curly
	// quotes, dashes, ellipsis) takes the fast path.
	for _, s := range []string{"", "社区“邻里节”活动——共300人参加……", "一、活动概况：\n\t（一）时间", "2023年·社区 › 新闻"} {
		if mayHoldInvisible(s) {
			t.Errorf("mayHoldInvisible(%q) = true, want false", s)
		}
	}
}

// invisibleChars with its fast path is strings.Map of invisibleRune.
func FuzzInvisibleFastPath(f *testing.F) {
	for _, s := range []string{"社\u200b區\ufeff\u00a0", "“活动”——…", "\xc2", "a\xe2\x80", "\xef\xbb\xbf开头", "\u180e\u205f\u2064\u202f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := (invisibleChars{}).Repair(s, nil), strings.Map(invisibleRune, s); got != want {
			t.Errorf("invisibleChars(%q) = %q, want %q", s, got, want)
		}
	})
}

// hasPrefixAfter is strings.HasPrefix of the concatenation.
func TestHasPrefixAfter(t *testing.T) {
	words := []string{"", "您", "您的位置", "你的位置", "当前位置", "位置", "您的", "x"}
	for _, head := range []string{"您", "你", ""} {
		for _, s := range []string{"", "的位置", "位置：首页", "当前位置：首页", "您", "x"} {
			for _, w := range words {
				if got, want := hasPrefixAfter(head, s, w), strings.HasPrefix(head+s, w); got != want {
					t.Errorf("hasPrefixAfter(%q, %q, %q) = %v, want %v", head, s, w, got, want)
				}
			}
		}
	}
}

// lineSpace returns a text it would not change as it is: the same text as
// trimming every line and joining them.
func FuzzLineSpaceFastPath(f *testing.F) {
	for _, s := range []string{"", "\n", "一\n\n二", "一\n\n\n二", " 一\n二", "一\n二\n", "\n一", "一\n \n二", "一\t\n二"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		if got, want := (lineSpace{}).Repair(s, nil), joinLines(lines); got != want {
			t.Errorf("lineSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// sentencesByRunes is sentences as it was, over the text's runes.
func sentencesByRunes(text string) []Span {
	var spans []Span
	rs := []rune(text)
	add := func(start, end int) {
		for start < end && unicode.IsSpace(rs[start]) {
			start++
		}
		for end > start && unicode.IsSpace(rs[end-1]) {
			end--
		}
		if start < end {
			spans = append(spans, Span{start, end})
		}
	}
	start := 0
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '\n':
			add(start, i)
			start = i + 1
		case sentenceEndRunes.has(rs[i]):
			j := i + 1
			for j < len(rs) && (sentenceEndRunes.has(rs[j]) || closerRunes.has(rs[j])) {
				j++
			}
			add(start, j)
			start = j
			i = j - 1
		}
	}
	add(start, len(rs))
	return spans
}

// sentences reads the text in place: the spans of reading its runes.
func FuzzSentencesInPlace(f *testing.F) {
	for _, s := range []string{"", "一。二！三？", "“好。”他说。\n\n 下一行；  ", "a. b! c?? d", "。。。", " \u3000开头。\u3000", "社\xff区。\xe4\xb8", "（一）活动。）”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := sentences(s), sentencesByRunes(s); !reflect.DeepEqual(got, want) {
			t.Errorf("sentences(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestHasSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got := hasSpace("甲" + string(r) + "乙"); got != unicode.IsSpace(r) {
			t.Errorf("hasSpace(%U) = %v, want %v", r, got, !got)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"社区活动总结", false},
		{"社区 活动", true},
		{"社区\u3000活动", true},
		{"\u00a0", true},
		{"\xc2", false},            // a lead byte cut off
		{"\xe3\x80", false},        // U+3000 cut off
		{"\xe2\x80\x8b", false},    // U+200B, a zero-width space, is no space to unicode.IsSpace
		{"\xe3\xe3\x80\x80", true}, // an invalid byte, then U+3000
	} {
		if got := hasSpace(tc.s); got != tc.want {
			t.Errorf("hasSpace(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// FuzzSpaceFastPath checks hasSpace, and fieldCount and stripSpaces that
// ask it first, against the rune-by-rune forms they stand for.
func FuzzSpaceFastPath(f *testing.F) {
	for _, s := range []string{"", "社区 活动", "社区\u3000活动", "\xe3\x80", "a\u2028b", "\xc2\xa0", "\xe3\xe3\x80\x80x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasSpace(s), strings.IndexFunc(s, unicode.IsSpace) >= 0; got != want {
			t.Errorf("hasSpace(%q) = %v, want %v", s, got, want)
		}
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
		want := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
		if got := stripSpaces(s); got != want {
			t.Errorf("stripSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}
