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
