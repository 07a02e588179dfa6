package extract

import "testing"

// Round 13 (issue 10): the misses of the read real-page sets fixed by
// class, on sentences of our own.

// TestJoinedUnits: a measure word written as two joined by a mark of
// [unit_joiners], and portions of supplies (人份).
func TestJoinedUnits(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"本次献血共计48人/次", []string{"48人/次 48 人次 people"}},
		{"入户走访12户/次", []string{"12户/次 12 户次 households"}},
		{"每户3人/户", []string{"3人 3 人 people"}},
		{"准备了方便面80人份，", []string{"80人份 80 人份 goods [方便面]"}},
		{"储备饮用水200人份", []string{"200人份 200 人份 goods [饮用水]"}},
	})
}
