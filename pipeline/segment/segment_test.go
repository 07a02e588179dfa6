package segment

import (
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

func words(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestCutText(t *testing.T) {
	seg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"發展社會工作", "發展 社會 工作"},
		{"社區工作者和志愿者", "社區工作者 和 志愿者"},
		{"社区工作者和志愿者", "社区工作者 和 志愿者"},
		{"为16户空巢老人送上蔬菜", "为 16 户 空巢老人 送 上 蔬菜"},
		{"開展了「三幫一」結對幫扶活動", "開展 了 「 三幫 一 」 結對幫扶 活動"},
		{"社工 協會\n居委會", "社工 協會 居委會"},
	}
	for _, tt := range tests {
		toks := seg.CutText(tt.in, fold.ToSimplified(tt.in))
		if got := words(toks); got != tt.want {
			t.Errorf("CutText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		runes := []rune(tt.in)
		for _, tok := range toks {
			n := len([]rune(tok.Text))
			if string(runes[tok.Offset:tok.Offset+n]) != tok.Text {
				t.Errorf("%q: token %q at %d does not slice the text", tt.in, tok.Text, tok.Offset)
			}
			if len([]rune(tok.Folded)) != n || tok.POS == "" {
				t.Errorf("%q: token %+v: folded length or POS wrong", tt.in, tok)
			}
		}
	}
}

// TestAppendCut: a cut into an earlier document's tokens gives the tokens
// of a cut into fresh memory, whatever the earlier document's length.
func TestAppendCut(t *testing.T) {
	seg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"開展了「三幫一」結對幫扶活動\n社工 協會", "为16户空巢老人送上蔬菜", "", "社区工作者和志愿者\n\n居委会"}
	var room []Token
	for _, in := range texts {
		doc := &ingest.Document{Text: in, Folded: fold.ToSimplified(in)}
		want := seg.Cut(doc)
		room = seg.AppendCut(room[:0], doc)
		if !slices.Equal(room, want) {
			t.Errorf("AppendCut(%q) = %v, want %v", in, room, want)
		}
	}
}

func TestParseWords(t *testing.T) {
	ws, err := ParseWords(strings.NewReader("# comment\n社工 2000 n\n\n居委会\t3000\n结对帮扶\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Word{{"社工", 2000, "n"}, {"居委会", 3000, ""}, {"结对帮扶", 1000, ""}}
	if len(ws) != len(want) {
		t.Fatalf("got %v, want %v", ws, want)
	}
	for i := range want {
		if ws[i] != want[i] {
			t.Errorf("word %d = %v, want %v", i, ws[i], want[i])
		}
	}
	for _, bad := range []string{"社工 many", "社工 -3", "社工 NaN", "社工 Inf", "社工 1 n extra"} {
		if _, err := ParseWords(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ParseWords(%q) error = %v, want a line 1 error", bad, err)
		}
	}
}

func TestUserWordsOverride(t *testing.T) {
	seg, err := New([]Word{{Text: "红沙沟小学", Freq: 5000, POS: "nt"}})
	if err != nil {
		t.Fatal(err)
	}
	toks := seg.CutText("紅沙溝小學", fold.ToSimplified("紅沙溝小學"))
	if len(toks) != 1 || toks[0].POS != "nt" {
		t.Errorf("user word not used: %+v", toks)
	}
}

// FuzzParseWords: a user dictionary (--userdict) never panics the parser,
// and every word it accepts has text and a positive frequency.
func FuzzParseWords(f *testing.F) {
	f.Add("社工 2000 n\n居委会\t3000\n# comment\n结对帮扶\n")
	f.Add("社工 -1")
	f.Fuzz(func(t *testing.T, s string) {
		words, err := ParseWords(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, w := range words {
			if w.Text == "" || !(w.Freq > 0) {
				t.Fatalf("accepted %+v from %q", w, s)
			}
		}
	})
}

// A token's Text slices the text by byte offsets: every token must read
// the runes at its offset, over several lines of both scripts, and with an
// invalid byte (read as U+FFFD, through the runes).
func TestCutTextSlicesText(t *testing.T) {
	seg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"第一行 社區服務\n\n第二行：志願者 12 人\r\n第三行",
		"社區\xff工作者為老人服務",
		"abc\n社區",
		"",
	} {
		runes := []rune(in)
		for _, tok := range seg.CutText(in, fold.ToSimplified(in)) {
			n := len([]rune(tok.Text))
			if tok.Offset+n > len(runes) || string(runes[tok.Offset:tok.Offset+n]) != tok.Text {
				t.Errorf("%q: token %q at %d does not slice the text", in, tok.Text, tok.Offset)
			}
		}
	}
}

func TestRuneToByte(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want []int
	}{
		{"社区a", 3, []int{0, 3, 6, 7}},
		{"社区a", 1, []int{0, 3}},
		{"社区a", 0, []int{0}},
		{"ab", 4, []int{0, 1, 2, 2, 2}}, // past the end: len(s)
	}
	scratch := make([]int, 1)
	for _, tt := range tests {
		if got := runeToByte(tt.s, tt.n, scratch); !slices.Equal(got, tt.want) {
			t.Errorf("runeToByte(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
	if got := byteToRune("社a", scratch); !slices.Equal(got, []int{0, 0, 0, 1, 2}) {
		t.Errorf("byteToRune(社a) = %v", got)
	}
}
