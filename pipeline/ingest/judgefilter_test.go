package ingest

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/testfiles"
	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestDigitRun(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"电话", 0}, {"2023-05-12", 4}, {"电话：0553-5120661", 7}, {"13912345678号", 11}, {"1a22b333", 3},
	} {
		if got := digitRun(tt.s); got != tt.want {
			t.Errorf("digitRun(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// judgeFilters are the literal tests made before the judges' expressions
// (and the mojibake check's): each must hold for every line the expression
// matches.
func judgeFilters(t *testing.T) []struct {
	name   string
	expr   *regexp.Regexp
	passes func(string) bool
} {
	v, err := defaultFurniture()
	if err != nil {
		t.Fatal(err)
	}
	return []struct {
		name   string
		expr   *regexp.Regexp
		passes func(string) bool
	}{
		{"contact", v.contactNumber, func(s string) bool {
			s = strings.ToLower(s)
			return digitRun(s) >= 7 || strings.Contains(s, "400") || strings.Contains(s, "@")
		}},
		{"dated line", datedLineExpr, func(s string) bool { return strings.Contains(s, "19") || strings.Contains(s, "20") }},
		{"paren credit", parenLine, func(s string) bool { return strings.HasPrefix(s, "(") || strings.HasPrefix(s, "（") }},
		{"bracket label", bracketLabelExpr, func(s string) bool { return strings.HasPrefix(s, "【") || strings.HasPrefix(s, "[") }},
		{"misaligned", misaligned, hasMisalignedByte},
		{"bracket dateline", bracketDatelineExpr, func(s string) bool {
			return (strings.HasPrefix(s, "【") || strings.HasPrefix(s, "[")) && strings.Contains(s, "月")
		}},
		{"outlet reporter", outletReporterExpr, func(s string) bool {
			return (strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）")) && (strings.Contains(s, "记者") || strings.Contains(s, "通讯员"))
		}},
		{"machine date", machineDateExpr, func(s string) bool { return len(s) >= 8 && (s[0] == '1' || s[0] == '2') }},
		{"byline", v.bylineLine, v.bylineRoleSet.in},
		{"byline of any outlet", v.bylineAnyOutlet, v.bylineRoleSet.in},
		{"trailing date", trailingDateExpr, endsAsDate},
		{"page counter", pageCounter, func(s string) bool { return endsInAny(s, pageCounterEnds) }},
		{"trailing note", trailingNote, func(s string) bool { return endsInAny(s, trailingNoteEnds) }},
		{"piece label", pieceLabel, func(s string) bool { return endsInAny(s, pieceLabelEnds) }},
		{"spaced piece label", spacedPieceLabel, func(s string) bool { return endsInAny(s, pieceLabelEnds) }},
		{"dateline date", datelineDateExpr, func(s string) bool { return endsInAny(s, datelineDateEnds) }},
		{"date tile", hanDateTile, func(s string) bool { return strings.ContainsAny(s, asciiDigits) }},
		{"run-on date", runOnDateExpr, func(s string) bool { return strings.ContainsAny(s, asciiDigits) && containsAnyRune(s, ",，") }},
	}
}

func checkJudgeFilters(t *testing.T, line string) {
	t.Helper()
	for _, f := range judgeFilters(t) {
		if !f.passes(line) && f.expr.MatchString(line) {
			t.Errorf("%s: %q matches %q but its literal test fails", f.name, f.expr, line)
		}
	}
}

func TestJudgeFilters(t *testing.T) {
	for _, line := range []string{"电话：0553-5120661", "400-123-4567", "a@b.cn", "2021-06-18 总结", "(图文/某某)", "【特讯】", "回訪卦L社区", "卦L\xff社",
		"某某网记者 张三", "（记者 李四 通讯员 王五）", "某某總結2024年，全縣", "· 某某活动 (2020-12-18) ", "某某推進會 2020-09-20",
		"某某总结 (2)", "某某活动总结（精选3篇）", "某某活动总结篇1", "某某活动总结 『范文1』", "某某总结 1000字", "某某日报 2023年10月23日 ", "某某台2023年11月02日讯", "01月"} {
		checkJudgeFilters(t, line)
	}
	lines := 0
	testfiles.Each(t, "../..", func(_ string, data []byte) {
		for _, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(l)
			checkJudgeFilters(t, l)
			checkJudgeFilters(t, fold.ToSimplified(l))
			lines++
		}
	})
	if lines < 5000 {
		t.Errorf("only %d lines checked", lines)
	}
}

func FuzzJudgeFilters(f *testing.F) {
	for _, s := range []string{"电话：0553-5120661", "客服 400 123 4567", "Mail: A@B.CN", "(2023-11-08 09:14:52)", "（图：某某）", "[图片新闻]", "回訪卦L社区", "\xe5L\xe5", "本報記者 張三", "8月28日，"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkJudgeFilters(t, line)
	})
}

// namesSiteWordByWord is namesSite as it was: every word of [site_self]
// looked for in the line.
func namesSiteWordByWord(v *furnitureVocab, folded string) bool {
	return namesSiteBy(folded, v.siteSelf)
}

// proseShapeCounted is proseShape as it was, counting the line's runes.
func proseShapeCounted(v *furnitureVocab, folded string) bool {
	n := utf8.RuneCountInString(folded)
	if n < v.proseRunes || strings.IndexFunc(folded, isHan) < 0 || namesSiteWordByWord(v, folded) && !authorsParagraph(folded, n >= v.proseRunesLong, v) {
		return false
	}
	return n >= v.proseRunesLong || strings.ContainsAny(folded, sentenceEnds) && strings.ContainsAny(folded, proseMarks)
}

func checkProseShape(t *testing.T, v *furnitureVocab, line string) {
	t.Helper()
	if got, want := v.namesSite(line), namesSiteWordByWord(v, line); got != want {
		t.Errorf("namesSite(%q) = %v, want %v", line, got, want)
	}
	if got, want := v.proseShape(line), proseShapeCounted(v, line); got != want {
		t.Errorf("proseShape(%q) = %v, want %v", line, got, want)
	}
}

// TestProseShapeFastPaths checks namesSite (the words' set asked first)
// and proseShape (lengths asked with runesOver) against the forms they
// replace, on every line of corpus/ and testdata/.
func TestProseShapeFastPaths(t *testing.T) {
	v, err := defaultFurniture()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"本网讯 某某社区开展活动。", "本网讯本站", "欢迎访问本站，本站提供范文下载。", "版权所有", "本"} {
		checkProseShape(t, v, line)
	}
	lines := 0
	testfiles.Each(t, "../..", func(_ string, data []byte) {
		for _, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(l)
			checkProseShape(t, v, l)
			checkProseShape(t, v, fold.ToSimplified(l))
			lines++
		}
	})
	if lines < 5000 {
		t.Errorf("only %d lines checked", lines)
	}
}

func FuzzProseShapeFastPaths(f *testing.F) {
	v, err := defaultFurniture()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"本网讯 某某社区开展活动。", "本网讯本站，我们在社区里举办了一场活动，大家都很开心。", "官方网站：某某", "\xe6\x9c本站"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkProseShape(t, v, line)
	})
}
