package content

import (
	"testing"

	"github.com/zongjie/zongjie/pipeline/segment"
)

func TestTermIndexHoldsAny(t *testing.T) {
	toks := func(words ...string) []segment.Token {
		var out []segment.Token
		for _, w := range words {
			out = append(out, segment.Token{Text: w, Folded: w, POS: "n"})
		}
		return out
	}
	terms := func(specs ...string) []term {
		var out []term
		for _, s := range specs {
			tm, err := parseTerm(s, false)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, tm)
		}
		return out
	}
	tests := []struct {
		toks  []segment.Token
		terms []term
		want  bool
	}{
		{toks("社区", "活动"), terms("活动"), true},
		{toks("社区", "活动"), terms("社区 活动"), true},
		{toks("社区", "活动"), terms("区活"), false},
		{toks("社区", "工作", "会议"), terms("*会议"), true},
		{toks("社区", "工作"), terms("*会议", "志愿"), false},
		{toks("", "活动"), terms("活动"), true},
		{toks(), terms("活动"), false},
		{toks("活动"), nil, false},
	}
	for _, tt := range tests {
		brute := false
		for i := range tt.toks {
			for _, tm := range tt.terms {
				if termAt(tt.toks, i, tm) > 0 {
					brute = true
				}
			}
		}
		if got := newTermIndex(tt.terms).holdsAny(tt.toks); got != tt.want || got != brute {
			t.Errorf("holdsAny(%v, %v) = %v, want %v (brute force %v)", tt.toks, tt.terms, got, tt.want, brute)
		}
	}
}
