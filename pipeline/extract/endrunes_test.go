package extract

import (
	"regexp"
	"strings"
	"testing"
)

func TestEndFilter(t *testing.T) {
	tests := []struct {
		expr     string
		filtered bool   // the expression has a set of last runes
		lines    string // lines, | between them, the filter must agree with the expression on
	}{
		{`^(?:【?(?:篇|范文)[一二三]{1,2}】?|.{2,40}(?:总结|篇)\s*[一二三]{1,2})$`, true, "篇一|【篇二】|工作总结 三|工作总结三。|社区活动|篇一 |"},
		{`^社区\s*$`, true, "社区|社区  |社区活动|"}, // \s* can be empty: 区 or a space
		{`^社区.*$`, false, "社区活动"},          // any rune may end it
		{`^社区`, false, "社区活动"},             // not anchored at the end
		{`^(社区|活动)?$`, false, "|社区"},       // may match the empty text
		{`(?i)^abc$`, false, "ABC"},        // case folding: not taken rune by rune
	}
	for _, tt := range tests {
		re := regexp.MustCompile(tt.expr)
		f := newEndFilter(re)
		if got := f.ends != nil; got != tt.filtered {
			t.Errorf("%q: filtered %v, want %v (ends %v)", tt.expr, got, tt.filtered, f.ends)
		}
		for _, line := range strings.Split(tt.lines, "|") {
			if got, want := f.MatchString(line), re.MatchString(line); got != want {
				t.Errorf("%q on %q: filter %v, expression %v", tt.expr, line, got, want)
			}
		}
	}
	if newEndFilter(sectionHeading.re).ends == nil {
		t.Error("sectionHeading is no longer filtered by its last rune")
	}
}
