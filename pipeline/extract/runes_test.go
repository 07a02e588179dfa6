package extract

import (
	"testing"
	"unicode/utf8"
)

// hasRunesBefore reads w back from i; it answers as counting w's runes and
// reading forward from i less that count did.
func TestHasRunesBefore(t *testing.T) {
	byCount := func(rs []rune, i int, w string) bool {
		n := utf8.RuneCountInString(w)
		return i >= n && hasRunesAt(rs, i-n, w)
	}
	rs := []rune("共举办活动12场，服务居民300余人次")
	for _, w := range []string{"", "共", "举办", "活动", "场，", "人次", "余人次", "服务居民", "居民3", "社区", "\xff", "共举办活动12场，服务居民300余人次", "x共举办"} {
		for i := 0; i <= len(rs)+1; i++ {
			if got, want := hasRunesBefore(rs, i, w), byCount(rs, i, w); got != want {
				t.Errorf("hasRunesBefore(%q, %d, %q) = %v, want %v", string(rs), i, w, got, want)
			}
		}
	}
}

// lineStart finds the start of a rune's line among the line starts: the
// same as the table of every rune's line start it replaced.
func TestLineStart(t *testing.T) {
	for _, text := range []string{"", "\n", "一", "一\n二", "| 活动 | 人数 |\n| 环境 | 80人 |\n", "\n\n三\n", "a\nb\n\nc"} {
		rs := []rune(text)
		v := docView{text: rs, lines: &lineIndex{}}
		want := 0
		for k := 0; k <= len(rs); k++ {
			if k > 0 && rs[k-1] == '\n' {
				want = k
			}
			if got := v.lineStart(k); got != want {
				t.Errorf("%q: lineStart(%d) = %d, want %d", text, k, got, want)
			}
		}
	}
}

// match looks up a measure word through its bytes: the longest unit at a
// rune, as a look-up of each length made a string.
func TestMeasureWordsMatch(t *testing.T) {
	mw := DefaultMeasureWords()
	for _, text := range []string{"120人次参加", "3场次", "5个", "二十余名志愿者", "100平方米", "x\uFFFD人", "的"} {
		rs := []rune(text)
		for i := range rs {
			wantUnit, wantN := "", 0
			for l := min(mw.maxLen, len(rs)-i); l >= 1; l-- {
				if u := string(rs[i : i+l]); mw.kinds[u] != "" {
					wantUnit, wantN = u, l
					break
				}
			}
			if u, n := mw.match(rs, i); u != wantUnit || n != wantN {
				t.Errorf("%q at %d: match = %q, %d; want %q, %d", text, i, u, n, wantUnit, wantN)
			}
		}
	}
}

// wordAt on a list sorted at load (longestFirst) is the longest word of
// the list starting at i, whichever the list file gives first;
// hasAnyRunesAt answers whether there is one.
func TestWordAt(t *testing.T) {
	for _, c := range []struct {
		text  string
		i     int
		words []string
		want  string
	}{
		{"开展活动", 0, []string{"开展", "开展活动"}, "开展活动"},
		{"开展活动", 0, []string{"开展活动", "开展"}, "开展活动"},
		{"开展工作", 0, []string{"开展", "开展活动"}, "开展"},
		{"开展活动", 2, []string{"活", "活动"}, "活动"},
		{"开展活动", 3, []string{"活", "活动"}, ""},
		{"开展活动", 4, []string{"活动"}, ""},
		{"开展活动", 0, nil, ""},
	} {
		rs := []rune(c.text)
		if got := wordAt(rs, c.i, longestFirst(c.words)); got != c.want {
			t.Errorf("wordAt(%q, %d, %q) = %q, want %q", c.text, c.i, c.words, got, c.want)
		}
		if got, want := hasAnyRunesAt(rs, c.i, c.words), c.want != ""; got != want {
			t.Errorf("hasAnyRunesAt(%q, %d, %q) = %v, want %v", c.text, c.i, c.words, got, want)
		}
	}
}
