package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold/internal/stchars"
)

func TestToSimplified(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2016年社工日活動總結", "2016年社工日活动总结"},
		{"社區工作者", "社区工作者"},
		{"發展社會工作", "发展社会工作"},
		{"已是简体", "已是简体"},
		{"abc 123", "abc 123"},
		{"第一行\n第二個", "第一行\n第二个"},
	}
	for _, tt := range tests {
		got := ToSimplified(tt.in)
		if got != tt.want {
			t.Errorf("ToSimplified(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
			t.Errorf("ToSimplified(%q) changed the rune count", tt.in)
		}
	}
}

func TestScript(t *testing.T) {
	tests := []struct{ in, want string }{
		{"社區工作者為老人服務", "traditional"},
		{"社区工作者为老人服务", "simplified"},
		{"hello 123", ""},
		{"社区工作者为老人服务，社区工作者为老人服务，社区工作者为老人服务，社区工作者为老人服务，社區", "simplified"},
		{"社區工作者為老人服務，社区工作者为老人服务", "mixed"},
		{"社區志愿者為老人服務，開展了多項活動，發放物資", "traditional"},
	}
	for _, tt := range tests {
		if got := Script(tt.in, ToSimplified(tt.in)); got != tt.want {
			t.Errorf("Script(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzScriptOfItsOwnFold checks Script's answer for a text fold leaves as
// it is (text and folded equal) against the walk of both.
func FuzzScriptOfItsOwnFold(f *testing.F) {
	for _, s := range []string{"社区工作者为老人服务", "hello 123", "", "\xff社区", "社区 ㄅ 〇"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Script(s, s), scriptOf(s, s); got != want {
			t.Errorf("Script(%q, itself) = %q, want %q", s, got, want)
		}
	})
}

func FuzzToSimplified(f *testing.F) {
	f.Add("2016年社工日活動總結(jié)")
	f.Add("\xff\xfe社區")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got := ToSimplified(s); utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("rune count changed: %q -> %q", s, got)
		}
	})
}

// The embedded table is what gen.go derives from the OpenCC module in go.mod.
func TestT2STableIsCurrent(t *testing.T) {
	want, err := stchars.T2SFromModule()
	if err != nil {
		t.Skipf("OpenCC dictionary not in the module cache: %v", err)
	}
	if t2sTable != want {
		t.Errorf("t2s.txt is stale: run go generate ./pipeline/fold")
	}
}

// The embedded set is what gen.go derives from the OpenCC module in go.mod:
// after an upgrade of OpenCC, run go generate ./pipeline/fold.
func TestSimplifiedOnlyIsCurrent(t *testing.T) {
	want, err := stchars.FromModule()
	if err != nil {
		t.Skipf("OpenCC dictionary not in the module cache: %v", err)
	}
	if simplifiedOnlyChars != want {
		t.Errorf("simplified_only.txt is stale: run go generate ./pipeline/fold")
	}
	for _, r := range "发这们国" {
		if !simplifiedOnlySet()[r] {
			t.Errorf("%c is not in the Simplified-only set", r)
		}
	}
	for _, r := range "發的人了" {
		if simplifiedOnlySet()[r] {
			t.Errorf("%c is in the Simplified-only set", r)
		}
	}
}

func TestFirstHanBelowEveryHanRange(t *testing.T) {
	for _, r := range unicode.Han.R16 {
		if rune(r.Lo) < firstHan {
			t.Errorf("Han range from U+%04X is below firstHan", r.Lo)
		}
	}
}

// The look-ups by index agree with the maps they are made from.
func TestTableLookupsByIndex(t *testing.T) {
	tb := t2s()
	for r := rune(0); r < bmp; r++ {
		v, ok := tb.char(r)
		mv, mok := tb.chars[r]
		if v != mv || ok != mok || tb.longestAt(r) != tb.longest[r] {
			t.Fatalf("U+%04X: by index %q %v %d, by map %q %v %d", r, v, ok, tb.longestAt(r), mv, mok, tb.longest[r])
		}
	}
}

// keeps is the fast path of ToSimplified: it must say yes only where
// convert leaves the text as it is.
func TestKeeps(t *testing.T) {
	tests := []struct {
		in    string
		keeps bool
	}{
		{"已是简体，社区工作者", true},
		{"abc 123", true},
		{"", true},
		{"社區工作者", false},
		{"乾坤", false},       // a phrase starts with 乾
		{"\xff社区", false},   // convert writes U+FFFD for the invalid byte
		{"社区\uFFFD", false}, // left to convert, which keeps it
	}
	tab := t2s()
	for _, tt := range tests {
		if got := tab.keeps(tt.in); got != tt.keeps {
			t.Errorf("keeps(%q) = %v, want %v", tt.in, got, tt.keeps)
		}
		var b strings.Builder
		tab.convert([]rune(tt.in), &b)
		if tt.keeps && b.String() != tt.in {
			t.Errorf("keeps(%q) but convert gives %q", tt.in, b.String())
		}
	}
	// Lines are folded one by one: a kept line beside a converted one, and
	// an invalid byte in a Han line read as U+FFFD as before.
	for in, want := range map[string]string{
		"已是简体\n社區": "已是简体\n社区",
		"\xff社区":   "\uFFFD社区",
		"\xffabc":  "\xffabc",
	} {
		if got := ToSimplified(in); got != want {
			t.Errorf("ToSimplified(%q) = %q, want %q", in, got, want)
		}
	}
}

// keeps passes a rune that starts a phrase when the phrase's second rune
// does not follow it, and stops at the pair: for every phrase, the rune
// that starts it before a full stop is kept exactly when convert keeps it,
// and the phrase itself is never kept.
func TestKeepsPhraseStarts(t *testing.T) {
	tab := t2s()
	for key := range tab.phrases {
		rs := []rune(key)
		for _, s := range []string{string(rs[0]) + "。", "社区" + string(rs[:2]) + "工作"} {
			var b strings.Builder
			tab.convert([]rune(s), &b)
			if tab.keeps(s) && b.String() != s {
				t.Errorf("keeps(%q) but convert gives %q", s, b.String())
			}
		}
		if tab.keeps(key) {
			t.Errorf("keeps(%q), a phrase", key)
		}
		if _, char := tab.char(rs[0]); !char && !tab.keeps(string(rs[0])+"。") {
			t.Errorf("keeps(%q) = false: %q starts a phrase but has no entry, and no phrase follows", string(rs[0])+"。", rs[0])
		}
	}
}

// TestTableHoldsNoSpace: no entry of the table maps a space or holds one,
// so folding keeps a line's spaces where they are and the fold of a
// trimmed line is the trimmed fold of the line (ingest hashes a line's
// fingerprint from the folded text on that ground).
func TestTableHoldsNoSpace(t *testing.T) {
	entries := 0
	for line := range strings.Lines(t2sTable) {
		entries++
		for _, field := range strings.Split(strings.TrimSuffix(line, "\n"), "\t") {
			if strings.ContainsFunc(field, unicode.IsSpace) {
				t.Errorf("t2s.txt entry %q holds a space", line)
			}
		}
	}
	if entries < 1000 {
		t.Errorf("only %d entries read", entries)
	}
}
