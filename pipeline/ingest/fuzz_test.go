package ingest

import (
	"math"
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
		if doc.Format == formatHTML && strings.Contains(doc.Text, titleMark) {
			t.Fatalf("title mark left in the text %q", doc.Text)
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
	f.Add("發（\xe3（fā)展(zhǎn)")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasPinyinAnnotation(s), hasPinyinAnnotationByRunes(s); got != want {
			t.Fatalf("hasPinyinAnnotation(%q) = %v, rune by rune %v", s, got, want)
		}
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

// hasPinyinAnnotationByRunes is hasPinyinAnnotation as first written,
// finding each bracket with strings.IndexAny: the reference of the fuzz
// target above.
func hasPinyinAnnotationByRunes(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "(（")
		if j < 0 {
			return false
		}
		i += j
		_, size := utf8.DecodeRuneInString(s[i:])
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.Is(unicode.Han, prev) && pinyinAnnotation(s[i+size:]) > 0 {
			return true
		}
		i += size
	}
	return false
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

func FuzzStrayTags(f *testing.F) {
	fuzzRepair(f, strayTags{}, `<p class="ql-block">  社区开展了活动。</p> <p>`, "<<p>p>", "<br/><某某社区> a < 3 <b")
}

func FuzzHTMLEntities(f *testing.F) {
	fuzzRepair(f, htmlEntities{}, "&ldquo;节&rdquo;&amp;&#65292;", "&amp;amp;nbsp;&nbsp", "&#0;&#x110000;&#99999999;")
}

func FuzzFullWidthNumbers(f *testing.F) {
	fuzzRepair(f, fullWidth{}, "８６０．５ＦＸ－２０／０１３２％", "．－／％１．．２")
}

func FuzzOCRDigits(f *testing.F) {
	fuzzRepair(f, ocrDigits{}, "7月2O H晚2O18年1O月", "l5O0人 H型 7月20 HK", "月OO H")
}

func FuzzSectionBreak(f *testing.F) {
	fuzzRepair(f, sectionBreak{}, "【篇一】正文\n  【范文2】 二", "【第三篇】")
}

func FuzzMojibakeLines(f *testing.F) {
	f.Add("鍦ㄧぞ鍖烘椿鍔ㄤ腑\n锟斤拷\n卦L先\næ´»åŠ¨")
	f.Add("\uFFFD\r\n正常")
	f.Fuzz(func(t *testing.T, s string) {
		warns := mojibakeLines(s)
		if len(warns) > maxMojibakeWarnings+1 {
			t.Fatalf("%d warnings", len(warns))
		}
		for _, w := range warns {
			if !utf8.ValidString(w) {
				t.Fatalf("invalid UTF-8 in warning %q", w)
			}
		}
	})
}

func FuzzDocxText(f *testing.F) {
	f.Add(buildDocx(f, []byte(`<w:document><w:body><w:p><w:r><w:t>一</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>二</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`)))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := docxText(data, 1<<16)
		if err == nil && len(text) > 1<<17 {
			t.Fatalf("%d bytes of text from a 64 KB limit", len(text))
		}
	})
}

func FuzzExtractHTML(f *testing.F) {
	f.Add(testPage)
	f.Add("<div class=top>欢迎</div><h1>标题</h1><p>正文&amp;</p><table><tr><td>a<td>b</table>")
	f.Fuzz(func(t *testing.T, src string) {
		page := extractHTML(src)
		for _, r := range page.removed {
			if r.Text == "" || !strings.HasPrefix(r.Kind, "html:") {
				t.Fatalf("bad removal %q", r)
			}
		}
	})
}

func FuzzDetectFormat(f *testing.F) {
	f.Add("a.doc", []byte("<p class=MsoNormal>正文</p>"))
	f.Add("a.html", []byte("纯文本"))
	f.Add("a.docx", []byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, source string, data []byte) {
		format, err := detectFormat(source, data)
		if err == nil && format != formatTxt && format != formatHTML && format != formatDocx {
			t.Fatalf("format %q", format)
		}
	})
}

// FuzzLineFeatures: the line model's features of any page are as many as
// their names and finite, and its decision runs on it (a line starting with
// ~ stands for one the rules removed).
func FuzzLineFeatures(f *testing.F) {
	f.Add("首页 | 新闻\n" + simplifiedReport + "\n发布日期：2024-05-06 14:30\n~责任编辑：某某\nwww.example-demo.cn")
	f.Add("~\n\n：\n" + simplifiedReport)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		p, lines, v := testPageLines(t, s)
		for _, i := range p.order {
			fs := lineFeatures(p, i, v)
			if len(fs) != len(lineFeatureNames) {
				t.Fatalf("%d features, %d names", len(fs), len(lineFeatureNames))
			}
			for k, x := range fs {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Fatalf("line %q: %s is %v", lines[i], lineFeatureNames[k], x)
				}
			}
		}
		v.lineModel.structureLines(p, lines, v, nil)
	})
}
