package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Test sentences written for these tests.
const (
	// Simplified, every character in GB2312.
	simplifiedReport = "为迎接重阳节，我们社区于十月九日组织志愿者走访慰问了辖区内的二十六位空巢老人，" +
		"为他们送去了米面油等生活用品和节日的祝福。活动中，志愿者们帮助老人打扫卫生、整理房间，" +
		"还陪老人们聊天谈心，了解他们生活中遇到的困难。社区工作人员表示，今后将继续开展此类活动，" +
		"让老人们感受到社会大家庭的温暖。"
	// Traditional, every character in Big5.
	traditionalReport = "為迎接國際志工日，本會於十二月五日在市民廣場舉辦了大型公益宣傳活動，" +
		"共有一百二十名志工參與服務。現場設置了諮詢台和展示區，向過往民眾發放宣傳資料八百餘份，" +
		"並為社區長者提供免費量血壓、義剪等服務。活動結束後，大家一起清理了廣場周邊的環境，" +
		"用實際行動傳遞關愛與溫暖。"
	shortSimplified  = "社区开展了志愿服务活动，共有三十人参加。"
	shortTraditional = "社區開展了志願服務活動，共有三十人參加。"
)

var big5Enc = traditionalchinese.Big5

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	tests := []struct {
		name     string
		data     []byte
		hint     string
		want     string
		encoding string
	}{
		{"utf-8", []byte(simplifiedReport), "", simplifiedReport, encUTF8},
		{"utf-8 bom", append([]byte("\xEF\xBB\xBF"), traditionalReport...), "", traditionalReport, encUTF8BOM},
		{"ascii", []byte("hello 2016"), "", "hello 2016", encUTF8},
		{"utf-16le bom", encode(t, utf16le, simplifiedReport), "", simplifiedReport, encUTF16LE},
		{"utf-16be bom", encode(t, utf16be, traditionalReport), "", traditionalReport, encUTF16BE},
		{"utf-16le no bom", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "abc社区 2016 report"), "", "abc社区 2016 report", encUTF16LE},
		{"gb2312 text", encode(t, simplifiedchinese.GB18030, simplifiedReport), "", simplifiedReport, encGB18030},
		{"gbk traditional", encode(t, simplifiedchinese.GBK, traditionalReport), "", traditionalReport, encGB18030},
		{"big5", encode(t, traditionalchinese.Big5, traditionalReport), "", traditionalReport, encBig5},
		{"big5 short", encode(t, traditionalchinese.Big5, shortTraditional), "", shortTraditional, encBig5},
		{"gb short", encode(t, simplifiedchinese.GB18030, shortSimplified), "", shortSimplified, encGB18030},
		{"gb traditional short", encode(t, simplifiedchinese.GB18030, shortTraditional), "", shortTraditional, encGB18030},
		{"gb with ascii", encode(t, simplifiedchinese.GB18030, "Title: "+shortSimplified+"\r\n2016-03-17"), "", "Title: " + shortSimplified + "\r\n2016-03-17", encGB18030},
		{"hint agrees", encode(t, traditionalchinese.Big5, traditionalReport), "big5", traditionalReport, encBig5},
		{"wrong hint ignored", encode(t, traditionalchinese.Big5, traditionalReport), "gb2312", traditionalReport, encBig5},
		{"wrong utf-8 hint", encode(t, simplifiedchinese.GB18030, simplifiedReport), "utf-8", simplifiedReport, encGB18030},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decode(tt.data, tt.hint)
			if d.encoding != tt.encoding {
				t.Errorf("encoding = %q, want %q", d.encoding, tt.encoding)
			}
			if d.text != tt.want {
				t.Errorf("text = %q, want %q", d.text, tt.want)
			}
			if d.invalid != 0 {
				t.Errorf("invalid = %d, want 0", d.invalid)
			}
		})
	}
}

func TestDecodeInvalid(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		encoding string
		invalid  int
		contains string
	}{
		// A UTF-8 file with a few corrupt bytes stays UTF-8.
		{"utf-8 with junk", []byte(simplifiedReport + "\xff\xfe" + shortSimplified + "\x80"), encUTF8, 2, shortSimplified},
		// GB text cut in the middle of a character.
		{"gb truncated", append(encode(t, simplifiedchinese.GB18030, simplifiedReport), 0xB0), encGB18030, 1, "温暖。"},
		{"big5 with junk", append(encode(t, traditionalchinese.Big5, traditionalReport), 0xFF, 0xFF, '\n', 0xA4), encBig5, 2, "溫暖。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decode(tt.data, "")
			if d.encoding != tt.encoding || d.invalid != tt.invalid {
				t.Errorf("decode = %s with %d invalid runs, want %s with %d", d.encoding, d.invalid, tt.encoding, tt.invalid)
			}
			if !strings.Contains(d.text, tt.contains) || !strings.ContainsRune(d.text, '\uFFFD') {
				t.Errorf("text = %q, want %q and U+FFFD in it", d.text, tt.contains)
			}
		})
	}
}

func TestCharsetName(t *testing.T) {
	for label, want := range map[string]string{"GB2312": encGB18030, "gbk": encGB18030, " Big5 ": encBig5, "UTF-8": encUTF8, "latin1": ""} {
		if got := charsetName(label); got != want {
			t.Errorf("charsetName(%q) = %q, want %q", label, got, want)
		}
	}
}

// The prefilters before the mojibake patterns must agree with them: a line
// either prefilter turns away has no match.
func TestMojibakePrefilters(t *testing.T) {
	for _, mark := range strings.Split(replacementMarks.String(), "|") {
		if first, _ := utf8.DecodeRuneInString(mark); !strings.ContainsRune(replacementMarkStarts, first) {
			t.Errorf("replacement mark %q starts with none of %q", mark, replacementMarkStarts)
		}
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"社区服务中心", false},
		{"回訪", false},
		{"卦L社区", true},
		{"2023年", false},
		{"第@次", true},
		{"a~", false},  // no non-ASCII byte around the letter
		{"卦L", false},  // nothing after it
		{"社区A栋", true}, // a letter between two Han characters
	} {
		if got := hasMisalignedByte(tc.line); got != tc.want {
			t.Errorf("hasMisalignedByte(%q) = %v, want %v", tc.line, got, tc.want)
		}
		if !hasMisalignedByte(tc.line) && misaligned.MatchString(tc.line) {
			t.Errorf("%q matches misaligned but the prefilter turns it away", tc.line)
		}
	}
}

func TestHanSet(t *testing.T) {
	s := hanSet{bmp: make([]bool, 0x10000), rest: map[rune]bool{}}
	s.add('社')
	s.add('𠀀') // U+20000, above the indexed plane
	for _, tc := range []struct {
		r    rune
		want bool
	}{{'社', true}, {'区', false}, {'𠀀', true}, {'𠀁', false}, {-1, false}, {'a', false}} {
		if got := s.has(tc.r); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
	if common := commonHan(); !common.has('的') || common.has('a') {
		t.Error("commonHan: 的 should be in it, a not")
	}
}
