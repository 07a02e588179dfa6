package ingest

import (
	"reflect"
	"slices"
	"testing"
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
