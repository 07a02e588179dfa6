package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture told by the page's own structure rather than by its words,
// which differ from one site to the next: what a line is like beside its
// neighbours and where it stands against the body region (the longest
// run of prose lines, bodyRegion).

// bulletRunMin is the shortest run of bulleted lines taken for a list of
// the site's links.
const bulletRunMin = 3

// bulletRuns marks, above the body's first prose line or below its last,
// the runs of bulletRunMin or more lines in a row led by the same bullet
// ([bullets] of dict/furniture.txt) and holding no sentence or clause,
// with furniture the judges know between the run and the body: the
// site's list of other headlines or of tags, whatever their words. A list
// right before or after the report's paragraphs, with nothing of the
// page's between, may be the report's own.
func bulletRuns(folded []string, firstProse, lastProse int, empty, known func(int) bool, v *furnitureVocab) []bool {
	if firstProse < 0 {
		return nil
	}
	var out []bool
	outside := func(i int) bool { return i < firstProse || i > lastProse }
	led := func(i int) string {
		f := strings.TrimSpace(folded[i])
		if b, rest := v.cutBullet(f); b != "" && strings.TrimSpace(rest) != "" && !containsAnyRune(rest, clauseEnds) {
			return b
		}
		return ""
	}
	// apart reports whether a known line lies between the run and the body.
	apart := func(first, last int) bool {
		from, to := last+1, firstProse
		if first > lastProse {
			from, to = lastProse+1, first
		}
		for k := from; k < to; k++ {
			if !empty(k) && known(k) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(folded); {
		b := ""
		if !empty(i) && outside(i) {
			b = led(i)
		}
		if b == "" {
			i++
			continue
		}
		run := []int{i}
		j := i + 1
		for ; j < len(folded) && outside(j); j++ {
			if empty(j) {
				continue
			}
			if led(j) != b {
				break
			}
			run = append(run, j)
		}
		if len(run) >= bulletRunMin && apart(run[0], run[len(run)-1]) {
			if out == nil {
				out = make([]bool, len(folded))
			}
			for _, k := range run {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// latinWords is the fewest words of Latin letters taken for English, which
// a bilingual page prints beside its Chinese (某某中心 Elderly Centre).
const latinWords = 2

// hanDatePart finds a part of a date written with 年, 月 or 日, a
// template's placeholder too (2023年, 3月, 21日, 20xx年, xx日).
var hanDatePart = regexp.MustCompile(`[\dxX]{1,4}\s*[年月日]`)

// latinTail: after the body's last paragraph, a line written mostly in
// Latin letters and digits once its dates are left out, with a letter or
// two at least (a copyright line, a server's time stamp, a template's
// left-over code): a report signs off in Chinese, with a date. English
// words and a table's figures stay.
type latinTail struct{}

func (latinTail) Judge(l lineView) string {
	// Leaving the dates out never adds a letter: a line of fewer than two
	// is told without counting.
	if l.zone != zoneTail || !asciiLettersAtLeast(l.folded, 2) {
		return ""
	}
	han, latin, letters, words := latinShare(l.folded)
	if letters < 2 || 2*han >= latin || words >= latinWords {
		return ""
	}
	return "latin"
}

// asciiLettersAtLeast reports whether s holds at least n ASCII letters,
// what latinShare counts as letters.
func asciiLettersAtLeast(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			n--
		}
	}
	return n <= 0
}

// latinShare counts, once a line's dates are left out, its Han characters,
// its Latin letters and digits, its letters alone and its English words.
func latinShare(folded string) (han, latin, letters, words int) {
	f := hanDatePart.ReplaceAllString(anyDateExpr.ReplaceAllString(folded, ""), "")
	for _, r := range f {
		switch {
		case isHan(r):
			han++
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			latin++
		case r < utf8.RuneSelf && unicode.IsDigit(r):
			latin++
		}
	}
	for _, w := range strings.Fields(f) {
		if len(w) >= 2 && strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || !unicode.IsLetter(r) }) < 0 {
			words++
		}
	}
	return han, latin, letters, words
}

// headFigure: above the body, a line of digits alone, with no letter and
// no Han character but one part of a date (03, 2025, 01月, a phone number
// (010)12345678): a date cut into tiles, a page number, the site's phone.
// A report's headline holds words; a whole date is left to the other
// judges. Latin words are not judged here: on pages whose body was found
// below its true start, a line of them was the report's own.
type headFigure struct{}

func (headFigure) Judge(l lineView) string {
	if l.zone != zoneHead {
		return ""
	}
	// Without an ASCII digit the line has a letter or no figure at all,
	// dates left out or not, and no date tile: told without counting.
	if !l.holds(markDigit) {
		return ""
	}
	if hanDateTile.MatchString(l.folded) {
		return "widget"
	}
	// A line holding a date, or a part of one written with 年, 月 or 日, is
	// left to the other judges.
	if anyDateExpr.MatchString(l.folded) || hanDatePart.MatchString(l.folded) {
		return ""
	}
	han, latin, letters, _ := latinShare(l.folded)
	if han > 0 || letters > 0 || latin == 0 {
		return ""
	}
	return "widget"
}

// hanDateTile is a line of one part of a date alone (01月, 2025年).
var hanDateTile = regexp.MustCompile(`^\d{1,4}\s*[年月日]$`)

// tailRunMin is the shortest run of short lines ending the page that
// tailRun takes for the site's.
const tailRunMin = 3

// reportDateExpr finds a date a report signs with: a year in figures, in
// Chinese numerals or masked before 年 (2023年5月, 二〇二三年, 20xx年), or
// figures with separators (2023.5.1).
var reportDateExpr = regexp.MustCompile(`[\d〇零一二三四五六七八九xX×Ｘ]{2,4}\s*年|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`)

// tailRun marks, below the body's last prose line, a run of tailRunMin or
// more short lines without a sentence's end that runs to the page's end
// (known furniture inside it is passed over): prompts, headlines of the
// site's other pages, a comment box's buttons. After its last paragraph a
// report has little left to say — its signature (the unit's name, a
// date), its unit's contact, an attachment list, a numbered section, a
// caption — and a line of those stops the run (runLine), as does any
// other line too long or holding a clause. The run goes only when known
// furniture stands between the body and its last line no judge knows: a
// list right under the report, with nothing of the page's between, may be
// the report's own (as bulletRuns has it). Since round 32 a run of one
// or two lines goes too when that furniture is the page's own (footer: a
// stamp, a notice, a contact, a widget, not a picture's credit or caption
// nor a decoration): the page's footer has begun, and a short line below
// it that no judge knows is the footer's (a site's name, a place's, a
// report box's link: 某某网 www.….com, 某某违法信息举报入口).
func tailRun(folded []string, lastProse int, empty, known, footer func(int) bool, v *furnitureVocab) []bool {
	if lastProse < 0 {
		return nil
	}
	var run []int
	count, lowest := 0, -1 // lowest: the run's last line no judge knows
	for i := len(folded) - 1; i > lastProse; i-- {
		if empty(i) {
			continue
		}
		short := v.runLine(strings.TrimSpace(folded[i]))
		if !short && !known(i) {
			break
		}
		if short {
			count++
		}
		if !known(i) && lowest < 0 {
			lowest = i
		}
		run = append(run, i)
	}
	if count == 0 || !furnitureBetween(lastProse, lowest, known) || count < tailRunMin && !furnitureBetween(lastProse, lowest, footer) {
		return nil
	}
	out := make([]bool, len(folded))
	for _, i := range run {
		out[i] = !known(i)
	}
	return out
}

// runLine reports whether a line after the body may belong to a run of
// the site's short lines: no longer than a headline (maxTitleRunes, since
// round 24: the headlines of the site's other stories,
// 某某镇开展防汛演练 三支抢险队伍半小时集结到位), no sentence's end, and
// nothing a report signs off with — a date, a name ending as an
// organisation's ([organisations] of dict/title.txt; a cell's bar after
// it hides nothing), a contact label, an attachment.
func (v *furnitureVocab) runLine(f string) bool {
	if runesOver(f, maxTitleRunes) || containsAnyRune(f, sentenceEnds+"，,、") || numberedHeading.MatchString(f) ||
		reportDateExpr.MatchString(f) || containsAny(f, v.contactLabels) || strings.Contains(f, "附件") || v.captionLead(f) {
		return false
	}
	return v.titles == nil || !hasSuffixAny(strings.TrimSpace(strings.TrimRight(f, ":：|｜ ")), v.titles.orgs)
}

// captionLead reports whether a line opens as a picture's caption does,
// with one of [caption_openers] of two runes or more (图为…, 照片…): a
// caption says what was done and is body. 图 alone opens words as well
// (图书馆).
func (v *furnitureVocab) captionLead(f string) bool {
	for _, o := range v.captionOpeners {
		if runeLen(o) >= 2 && strings.HasPrefix(f, o) {
			return true
		}
	}
	return false
}

// bilingualLines finds the English lines a judge took (latin) that are a
// bilingual text's own. Such a line stays between two lines no judge
// took, the one above holding English words (a translated paragraph, a
// Chinese line naming someone in English: 某某主席Grace Tan 致辞); right
// below such a line when it opens a list with a colon or both are items
// of one list, led by the same mark (- Lunch together under - Welcome
// speech, to the page's end); and right above a line holding English
// words that ends a sentence or opens a list (… Port Elm Gardens 也在联络
// 中。). A run of such lines stays line by line from its kept end. An
// English line at the page's end or above other furniture (Skip to Main
// Content, Powered by …) stays taken, and so does a site's English name
// above a bilingual headline, which ends no sentence.
func bilingualLines(folded []string, neighbour func(i, step int) int, latin, kept func(i int) bool) []bool {
	stays := make([]bool, len(folded))
	text := func(j int) bool { return j >= 0 && (kept(j) || stays[j]) }
	english := func(j int) bool { return text(j) && latinRuns(folded[j]) >= latinWords }
	for changed := true; changed; {
		changed = false
		for i := range folded {
			if stays[i] || !latin(i) {
				continue
			}
			above, below := neighbour(i, -1), neighbour(i, 1)
			if english(above) && (text(below) || endsWithColon(folded[above]) || sameListMark(folded[above], folded[i])) || english(below) && endsClause(folded[below]) {
				stays[i], changed = true, true
			}
		}
	}
	return stays
}

// sameListMark reports whether two lines open with the same list mark, a
// rune that is no letter (Han characters are letters) nor digit (-, •,
// *).
func sameListMark(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(strings.TrimSpace(a))
	rb, _ := utf8.DecodeRuneInString(strings.TrimSpace(b))
	return ra == rb && ra != utf8.RuneError && !unicode.IsLetter(ra) && !unicode.IsDigit(ra)
}

// latinRuns counts the runs of two Latin letters or more in a line, the
// English words of a Chinese line too (某某主席Grace Tan 致辞).
func latinRuns(f string) int {
	runs, letters := 0, 0
	for _, r := range f + " " {
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			letters++
			continue
		}
		if letters >= 2 {
			runs++
		}
		letters = 0
	}
	return runs
}

// endsClause reports whether a line ends a sentence, in Chinese or in
// English (a full stop), or opens a list with a colon.
func endsClause(f string) bool {
	f = strings.TrimRight(f, closers+" ")
	return endsSentence(f) || strings.HasSuffix(f, ".") || endsWithColon(f)
}

// headlineTailMin is the fewest headlines headlineTail takes below a
// report with nothing of the page's between.
const headlineTailMin = 5

// headlineRunes is the fewest runes of a headline of headlineTail: a
// shorter line is a label or a name.
const headlineRunes = 8

// headlineTail marks, below the report's last prose line, a run of
// headlineTailMin or more headlines of the site's other stories that runs
// to the page's end (known furniture inside it is passed over), with
// nothing of the page's between the report and the run as tailRun wants:
// a headline is a line of a headline's length, at least headlineRunes,
// that holds no full stop nor semicolon, though a comma or an exclamation
// may stand in it (某地开展某活动,助力某某发展!), is none of what tailRun's
// runLine keeps (a date, an organisation's name, a contact, an attachment,
// a numbered heading, a caption), and shares at most headlineShared of its
// pairs of Han characters with the report. Shorter lines of the run go
// with it: its labels (推荐文章, 今日要闻), a headline the page cut short.
// A report's own captions and lists after its last paragraph say again
// its places, units and deeds, or are names, items and clauses; five
// headlines of other matters in a row are the page's.
func headlineTail(folded []string, firstProse, lastProse int, empty, known func(int) bool, v *furnitureVocab) []bool {
	if lastProse < 0 {
		return nil
	}
	// The run by the lines' shape alone first, from the page's end up: the
	// report's pairs are gathered only for a page that has such a run.
	var run []int
	full := 0 // the run's headlines of a headline's length
	for i := len(folded) - 1; i > lastProse; i-- {
		if empty(i) || known(i) {
			continue
		}
		f := strings.TrimSpace(folded[i])
		if !v.headlineLine(f) {
			break
		}
		run = append(run, i)
		if runeLen(f) >= headlineRunes {
			full++
		}
	}
	if full < headlineTailMin {
		return nil
	}
	// Then it ends, from below, at the first headline that shares more
	// than headlineShared of its pairs with the report.
	body := hanPairs(folded[firstProse : lastProse+1])
	full = 0
	for k, i := range run {
		if f := strings.TrimSpace(folded[i]); runeLen(f) >= headlineRunes {
			if sharedPairs(f, body) > headlineShared {
				run = run[:k]
				break
			}
			full++
		}
	}
	if full < headlineTailMin {
		return nil
	}
	out := make([]bool, len(folded))
	for _, i := range run {
		out[i] = true
	}
	return out
}

// headlineLine reports whether a line below the body may be one of the
// site's headlines (headlineTail): runLine's test, with a comma or an
// exclamation allowed inside and at the end, a full stop and a semicolon
// not.
func (v *furnitureVocab) headlineLine(f string) bool {
	if f == "" || containsAnyRune(f, "。；;") || runesOver(f, maxTitleRunes) {
		return false
	}
	if rest, ok := strings.CutPrefix(f, "【"); ok { // a column's tag: 【某某直击】某地…
		if _, after, ok := strings.Cut(rest, "】"); ok && runeLen(after) >= headlineRunes {
			f = after
		}
	}
	return v.runLine(strings.Map(func(r rune) rune {
		if strings.ContainsRune("，,、！!？?", r) {
			return ' '
		}
		return r
	}, f))
}

// headlineShared is the largest share of a headline's pairs of Han
// characters found in the report above it that headlineTail takes for
// another story's: a caption under the report, or its own list, says
// again the report's places, units and deeds.
const headlineShared = 0.3

// hanPairs is the set of pairs of adjacent Han characters in lines.
func hanPairs(lines []string) map[[2]rune]bool {
	pairs := map[[2]rune]bool{}
	for _, l := range lines {
		prev := rune(0)
		for _, r := range l {
			if unicode.Is(unicode.Han, r) {
				if prev != 0 {
					pairs[[2]rune{prev, r}] = true
				}
				prev = r
			} else {
				prev = 0
			}
		}
	}
	return pairs
}

// sharedPairs is the share of the pairs of Han characters of f that are
// in pairs (0 when f holds none).
func sharedPairs(f string, pairs map[[2]rune]bool) float64 {
	own := hanPairs([]string{f})
	if len(own) == 0 {
		return 0
	}
	n := 0
	for p := range own {
		if pairs[p] {
			n++
		}
	}
	return float64(n) / float64(len(own))
}

// maxSourceNoteRunes is the most letters a line saying a post's source
// again holds after it (某某网-某栏目): more make a headline that opens with
// the source's name (某某社区开展…).
const maxSourceNoteRunes = 4

// sourceEchoes marks, above the body's first prose line, the lines no
// judge took that say again the source a removed field of the head names
// (来源:某某网 on the stamp's line, then 某某网 alone, 某某网-某栏目 or
// 某某网(张三 李四) below it), or that give the value of a source's label
// left without one at the end of the removed line above (信息来源: then
// 某某局): the site's stamp printed in two places or over two lines, never
// the report's. A line holding a clause's mark stays, as does one that
// goes on past the source with more than a column's name (a headline that
// opens with the same name) or in brackets. The same source said again
// before a space at the start of the first prose line (某某网 今年…,
// 某某网(张三) 5月…) is the length in runes of lead, to be cut off it.
func sourceEchoes(folded []string, firstProse int, empty, known func(int) bool, v *furnitureVocab) (out []bool, lead int) {
	var sources []string // the letters of the sources named above
	open := false        // the line above is furniture ending with a source's label
	for i := 0; i <= firstProse && i < len(folded); i++ {
		if empty(i) {
			continue
		}
		f := strings.TrimSpace(folded[i])
		if known(i) {
			open = false
			for _, m := range v.sourceField.FindAllStringSubmatchIndex(f, -1) {
				switch core := letterCore(f[m[2]:m[3]]); {
				case m[1] == len(f) && core == "":
					open = true
				case runeLen(core) >= 2 && !strings.HasPrefix(f[m[1]:], ":") && !strings.HasPrefix(f[m[1]:], "："):
					sources = append(sources, core) // not the next field's label (来源： 发布时间：…)
				}
			}
			continue
		}
		if i == firstProse {
			if sp := spaceOutsideBrackets(f); sp > 0 && v.isProse(strings.TrimSpace(f[sp:])) {
				for _, src := range sources {
					if head := f[:sp]; letterCore(head) == src || bracketedNote(head, src) {
						lead = runeLen(head)
					}
				}
			}
			break
		}
		echo := false
		if !containsAnyRune(f, clauseEnds+"；;") && runeLen(f) <= v.shortRunes {
			// A label's value is a name, not a headline below the stamp.
			echo = open && runeLen(f) <= maxSiteNameRunes && !v.isProse(f) && !looksLikeArticleTitle(f)
			for _, src := range sources {
				if note, ok := strings.CutPrefix(letterCore(f), src); ok && (runeLen(note) <= maxSourceNoteRunes || bracketedNote(f, src)) {
					echo = true
				}
			}
		}
		if echo {
			if out == nil {
				out = make([]bool, len(folded))
			}
			out[i] = true
		}
		open = false
	}
	return out, lead
}

// letterCore is s with only its letters and digits.
func letterCore(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// bracketedNote reports whether the letters of folded line f after those
// of src (its start) stand in brackets at the line's end (某某网(张三 李四)).
func bracketedNote(f, src string) bool {
	i := strings.IndexAny(f, "(（【[")
	return i > 0 && letterCore(f[:i]) == src && strings.ContainsRune(")）】]", lastRune(f))
}

// lastRune is the last rune of s (utf8.RuneError for none).
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// spaceOutsideBrackets is the byte offset of the first space of s that no
// bracket holds (某某网(张三 李四) 今年…: the second), or -1.
func spaceOutsideBrackets(s string) int {
	depth := 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("(（【[", r):
			depth++
		case strings.ContainsRune(")）】]", r) && depth > 0:
			depth--
		case unicode.IsSpace(r) && depth == 0:
			return i
		}
	}
	return -1
}
