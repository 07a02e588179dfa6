package ingest

import (
	"reflect"
	"testing"
)

type repairCase struct {
	in, want string
	noted    []string // what the repair logged, in order
}

func testRepair(t *testing.T, r repair, kind string, tests []repairCase) {
	t.Helper()
	for _, tt := range tests {
		var log repairLog
		got := r.Repair(tt.in, &log)
		if got != tt.want {
			t.Errorf("%T.Repair(%q) = %q, want %q", r, tt.in, got, tt.want)
		}
		if noted := log.items[kind]; !reflect.DeepEqual(noted, tt.noted) {
			t.Errorf("%T.Repair(%q) noted %q, want %q", r, tt.in, noted, tt.noted)
		}
	}
}

func TestLineBreaks(t *testing.T) {
	testRepair(t, lineBreaks{}, "", []repairCase{
		{"一\r\n二\r三\n四", "一\n二\n三\n四", nil},
		{"一\r\n\r\n二", "一\n\n二", nil},
		{"一\u2028二\u2029三", "一\n二\n三", nil},
		{"沒有換行", "沒有換行", nil},
	})
}

func TestInvisibleChars(t *testing.T) {
	testRepair(t, invisibleChars{}, "", []repairCase{
		{"社\u200b區\u200d工作", "社區工作", nil},
		{"\ufeff標題", "標題", nil},
		{"a\u00a0b\u2003c", "a b c", nil},
		{"一\x00二\x07三\t四\n五", "一二三\t四\n五", nil},
		{"soft\u00adhyphen", "softhyphen", nil},
	})
}

func TestFullWidth(t *testing.T) {
	testRepair(t, fullWidth{}, "", []repairCase{
		{"１２０名志愿者", "120名志愿者", nil},
		{"ＩＦＳＷ和ａｂｃ", "IFSW和abc", nil},
		{"　　第一段", "  第一段", nil},
		{"标点保留，！？（）", "标点保留，！？（）", nil},
		{"２０××年", "20××年", nil},
	})
}

func TestConverterPinyin(t *testing.T) {
	testRepair(t, converterPinyin{}, "pinyin", []repairCase{
		{"總結(jié)", "總結", []string{"結(jié)"}},
		{"發(fā)展", "發展", []string{"發(fā)"}},
		{"創(chuàng)新", "創新", []string{"創(chuàng)"}},
		{"社區(qū)內(nèi)", "社區內", []string{"區(qū)", "內(nèi)"}},
		{"綠(lǜ)化", "綠化", []string{"綠(lǜ)"}},
		{"女(nü)", "女", []string{"女(nü)"}},
		{"全角（jié）括號", "全角括號", []string{"角（jié）"}},
		{"他們(men)", "他們", []string{"們(men)"}},
		{"啊(ā)", "啊", []string{"啊(ā)"}},
		// Real parentheses stay.
		{"聯盟(IFSW)組織", "聯盟(IFSW)組織", nil},
		{"措施(一)", "措施(一)", nil},
		{"報道(文:李欣柔)", "報道(文:李欣柔)", nil},
		{"年度(2016)", "年度(2016)", nil},
		{"方案(a)和(b)", "方案(a)和(b)", nil},
		{"活動(party)", "活動(party)", nil},
		{"英語(we)", "英語(we)", nil},
		{"英語(go)", "英語(go)", nil},
		{"after latin (jié)", "after latin (jié)", nil},
		{"(jié)開頭", "(jié)開頭", nil},
		{"未閉合(jié", "未閉合(jié", nil},
		{"空()", "空()", nil},
		{"大寫(JIE)", "大寫(JIE)", nil},
		{"兩個音節(zhongguo)", "兩個音節(zhongguo)", nil},
	})
}

// The shortcut that returns a text unchanged must agree with the full
// repair: it finds an annotation exactly when the repair removes one.
func TestHasPinyinAnnotation(t *testing.T) {
	for _, s := range []string{
		"總結(jié)", "前文(IFSW)後文總結(jié)", "全角（jié）括號", "啊(ā)", "社區(qū)內(nèi)",
		"聯盟(IFSW)組織", "措施(一)", "after latin (jié)", "(jié)開頭", "未閉合(jié",
		"空()", "大寫(JIE)", "", "沒有括號", "（）(（", "活動(party)(jié)",
	} {
		removes := converterPinyin{}.Repair(s, nil) != s
		if got := hasPinyinAnnotation(s); got != removes {
			t.Errorf("hasPinyinAnnotation(%q) = %v, but the repair removes something: %v", s, got, removes)
		}
	}
	// Invalid UTF-8 still goes through the full repair (which writes U+FFFD).
	if got := (converterPinyin{}).Repair("無效\xff(a)", nil); got != "無效\uFFFD(a)" {
		t.Errorf("invalid UTF-8: got %q", got)
	}
}

// fullWidth returns a text without any rune of fullWidthChanges as it is:
// no other full-width rune is changed by the conversion, whatever is
// around it.
func TestFullWidthChanges(t *testing.T) {
	for r := rune(0xff01); r <= 0xff5e; r++ {
		if fullWidthChanges(r) {
			continue
		}
		for _, around := range []string{"1", "A", "a", "中", ""} {
			s := around + string(r) + around
			if got := convertFullWidth(s); got != s {
				t.Errorf("%q is changed to %q but fullWidthChanges(%q) is false", s, got, r)
			}
		}
	}
	for _, r := range "０９ＡＺａｚ\u3000．－／％" {
		if !fullWidthChanges(r) {
			t.Errorf("fullWidthChanges(%q) = false", r)
		}
	}
}

func TestPinyinSyllable(t *testing.T) {
	for s, want := range map[string]bool{
		"jie": true, "chuang": true, "zhuang": true, "lv": true, "nve": true, "er": true, "a": true,
		"yuan": true, "wo": true, "bo": true, "xue": true,
		"ifsw": false, "we": false, "go": false, "zhv": false, "party": false, "": false, "jv": true,
	} {
		if got := pinyinSyllable(s); got != want {
			t.Errorf("pinyinSyllable(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestStrayQuote(t *testing.T) {
	testRepair(t, strayQuote{}, "quote", []repairCase{
		{"晨練的'老人們", "晨練的老人們", []string{"的'老"}},
		{`社區"活動`, "社區活動", []string{`區"活`}},
		{"主題為'發展'。", "主題為'發展'。", nil},
		{`主題為"發展社會工作"。`, `主題為"發展社會工作"。`, nil},
		{"it's 社區", "it's 社區", nil},
		{"社區'", "社區'", nil},
		{"第一行的'老\n第二行'人", "第一行的老\n第二行人", []string{"的'老", "行'人"}},
	})
}

func TestLineSpace(t *testing.T) {
	testRepair(t, lineSpace{}, "", []repairCase{
		{"  一  \n\t二\t", "一\n二", nil},
		{"\n\n一\n\n\n\n二\n\n", "一\n\n二", nil},
		{"一 二", "一 二", nil},
		{"   \n  \n", "", nil},
	})
}

func TestRepairChain(t *testing.T) {
	in := "\ufeff  總結(jié)\r\n\r\n\r\n共有１２０名晨練的'老人們參加(IFSW)\u200b  \r\n"
	want := "總結\n\n共有120名晨練的老人們參加(IFSW)"
	var log repairLog
	if got := runRepairs(in, &log); got != want {
		t.Errorf("runRepairs = %q, want %q", got, want)
	}
	wantRemoved := []Removed{
		{Kind: "pinyin", Text: "結(jié) (1 in all)"},
		{Kind: "quote", Text: "的'老 (1 in all)"},
	}
	if got := log.removed(); !reflect.DeepEqual(got, wantRemoved) {
		t.Errorf("removed = %q, want %q", got, wantRemoved)
	}
}

func TestRepairLogSummary(t *testing.T) {
	var log repairLog
	for range 3 {
		log.note("pinyin", "結(jié)")
	}
	for _, s := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"} {
		log.note("pinyin", s)
	}
	got := log.removed()
	want := []Removed{{Kind: "pinyin", Text: "結(jié) a b c d e f g h i j k … (16 in all)"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("removed = %q, want %q", got, want)
	}
}
