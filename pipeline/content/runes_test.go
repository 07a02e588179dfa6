package content

import (
	"testing"
	"unicode/utf8"
)

func TestOneRune(t *testing.T) {
	for _, w := range []string{"", "“", "「", "社区", "a", "ab", "\xff", "\xff\xfe", "\xe2\x80", "“a"} {
		if got, want := oneRune(w), utf8.RuneCountInString(w) == 1; got != want {
			t.Errorf("oneRune(%q) = %v, want %v", w, got, want)
		}
	}
}
