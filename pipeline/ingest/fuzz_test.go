package ingest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func FuzzParse(f *testing.F) {
	f.Add("a.txt", []byte("2016年社工日活動總結(jié)\n下面是小編為大家整理的總結,希望對大家有幫助!\n相關文章:\n施工日記04-26"))
	f.Add("a.html", []byte(testPage))
	f.Add("-", []byte("\xff\xfe\x3e\x79\x3a\x53"))
	f.Add("b.txt", []byte("\xb0\xa1\xa4\x40\r\n\xef\xbb\xbf"))
	f.Fuzz(func(t *testing.T, source string, data []byte) {
		if raw, err := Parse(source, data, Options{Raw: true}); err == nil && raw.Folded != fold.ToSimplified(raw.Text) {
			t.Fatalf("raw: Folded is not the folded Text")
		}
		doc, err := Parse(source, data, Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), source+": ") && !strings.HasPrefix(err.Error(), "standard input: ") {
				t.Fatalf("error does not name the source: %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
			t.Fatalf("invalid UTF-8 in output")
		}
		n := utf8.RuneCountInString(doc.Text)
		if doc.Folded != fold.ToSimplified(doc.Text) {
			t.Fatalf("Folded is not the folded Text")
		}
		if strings.Contains(doc.Title, "\n") {
			t.Fatalf("title %q has a line break", doc.Title)
		}
		rs := []rune(doc.Text)
		for _, spans := range [][]Span{doc.Paragraphs, doc.Sentences} {
			last := 0
			for _, s := range spans {
				if s.Start < last || s.End <= s.Start || s.End > n {
					t.Fatalf("bad span %v after %d in %d runes", s, last, n)
				}
				if strings.Contains(string(rs[s.Start:s.End]), "\n") {
					t.Fatalf("span %v crosses a line", s)
				}
				last = s.End
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(simplifiedReport), "")
	f.Add([]byte("\xb0\xa1\xa4\x40\xa4\x40"), "big5")
	f.Add([]byte("\xfe\xff\x00a\xd8"), "")
	f.Add([]byte("a\x00b\x00c\x00d\x00"), "gbk")
	f.Fuzz(func(t *testing.T, data []byte, hint string) {
		d := decode(data, hint)
		if !utf8.ValidString(d.text) {
			t.Fatalf("invalid UTF-8 from %s", d.encoding)
		}
		if d.invalid > 0 && !strings.ContainsRune(d.text, utf8.RuneError) {
			t.Fatalf("%d invalid runs but no U+FFFD", d.invalid)
		}
		if utf8.Valid(data) && !strings.ContainsRune(string(data), 0) && !strings.HasPrefix(string(data), "\ufeff") && d.text != string(data) {
			t.Fatalf("valid UTF-8 changed: %q -> %q (%s)", data, d.text, d.encoding)
		}
	})
}

// fuzzRepair checks what every repair promises: valid UTF-8 out, and
// applying it twice changes nothing more.
func fuzzRepair(f *testing.F, r repair, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		once := r.Repair(s, &repairLog{})
		if !utf8.ValidString(once) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		if twice := r.Repair(once, &repairLog{}); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func FuzzConverterPinyin(f *testing.F) {
	f.Add("總結(jié)發(fā)展(IFSW)(一)")
	f.Add("綠（lǜ）化(a)(zhuang)")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var log repairLog
		out := converterPinyin{}.Repair(s, &log)
		if hanCount(out) != hanCount(s) {
			t.Fatalf("Han characters lost: %q -> %q", s, out)
		}
		if len(out) > len(s) || (out == s) != (len(log.items["pinyin"]) == 0) {
			t.Fatalf("%q -> %q with %d notes", s, out, len(log.items["pinyin"]))
		}
		if again := (converterPinyin{}).Repair(out, nil); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
	})
}

func FuzzStrayQuote(f *testing.F) {
	fuzzRepair(f, strayQuote{}, "晨練的'老人們", `主題為"發展"。`, "a'b\n的'老")
}

func FuzzFullWidth(f *testing.F) {
	fuzzRepair(f, fullWidth{}, "１２０名ＡＢｃ　", "（）！")
}

func FuzzInvisibleChars(f *testing.F) {
	fuzzRepair(f, invisibleChars{}, "社\u200b區\ufeff\u00a0", "\x00\x7f\u0085")
}

func FuzzLineBreaks(f *testing.F) {
	fuzzRepair(f, lineBreaks{}, "一\r\n二\r三\u2028", "\r\r\n\n")
}

func FuzzLineSpace(f *testing.F) {
	fuzzRepair(f, lineSpace{}, "  一 \n\n\n二\t", "\n \n")
}

func FuzzParsePatterns(f *testing.F) {
	f.Add("blurb\tclause\t下面是.*小编\n# c\nx\tline\t^a$")
	f.Add("a\tb\tc")
	f.Fuzz(func(t *testing.T, s string) {
		pats, err := ParsePatterns(strings.NewReader(s))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error without a line number: %v", err)
			}
			return
		}
		lines, _ := removeFolded(t, strings.Split("正文。下面是小编整理的。\n相关文章\n标题04-26", "\n"), pats)
		for _, l := range lines {
			if !utf8.ValidString(l) {
				t.Fatalf("invalid line %q", l)
			}
		}
	})
}
