package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Judges of round 8 (issue 9): shapes of furniture read on real pages of
// sites none of the earlier judges had seen — a machine's name for a
// picture, a platform user's handle, a caption opened by 图为, a word
// repeated across a line, a spam list of search keywords, a web address
// with a few words, a name left alone under its role's label.

// machineName: a picture or file named by a machine and shown as text
// without its extension — a hash (6dc392b194bc4178f53b4391bf5d54f8) or
// ids joined by underscores (472530212_593451653403113_…_n): one token of
// ASCII letters, digits, _ and -, long, mostly digits. No author writes a
// line so.
type machineName struct{}

// minMachineNameRunes is the shortest machine name: shorter tokens are
// codes a report may give (a group's code, a case number).
const minMachineNameRunes = 16

func (machineName) Judge(l lineView) string {
	f := l.folded
	if len(f) < minMachineNameRunes {
		return ""
	}
	digits := 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '-':
		default:
			return "" // a space, a Han character, a dot: not one token
		}
	}
	if 2*digits >= len(f) {
		return "image"
	}
	return ""
}

// userHandle: before the body, a platform user's handle alone on its line
// — a short word and a long number (美友48487390, 用户123456789): the
// poster's name the platform made, not the author's text.
type userHandle struct{}

// minHandleDigits is the fewest digits of a handle's number.
const minHandleDigits = 6

func (userHandle) Judge(l lineView) string {
	if l.zone != zoneHead {
		return ""
	}
	f := l.folded
	word := strings.TrimRightFunc(f, isASCIIDigit)
	if len(f)-len(word) < minHandleDigits || word == "" || runeLen(word) > 6 {
		return ""
	}
	for _, r := range word {
		if !isHan(r) {
			return ""
		}
	}
	return "byline"
}

// captionOpener: a caption's opener alone on its line (图1, 上图：;
// [caption_openers]): a label that says nothing. A caption that goes on to
// say what was done or shown (图为志愿者在清理垃圾) is body, as readers take
// it.
type captionOpener struct{ v *furnitureVocab }

func (j captionOpener) Judge(l lineView) string {
	if slices.Contains(j.v.captionOpeners, strings.TrimRight(l.folded, ":：。 ")) {
		return "caption"
	}
	return ""
}

// repeatedWord: one word said three times or more across a line and
// nothing else (“微心愿” “微心愿” “微心愿”): the alt texts of a row of
// pictures.
type repeatedWord struct{}

func (repeatedWord) Judge(l lineView) string {
	if !l.holds(markSpace) || fieldCount(l.folded) < 3 {
		return ""
	}
	fields := strings.Fields(l.folded)
	for _, f := range fields[1:] {
		if f != fields[0] {
			return ""
		}
	}
	if strings.IndexFunc(fields[0], unicode.IsLetter) < 0 {
		return ""
	}
	return "caption"
}

// keywordSpam: outside the body, a list of four or more short phrases
// between commas and no sentence (a hijacked copy's search keywords, a
// tag list): the page's, never the author's, whose lists are in the
// body. Right under the body's last line, such a line is the report's
// next sentence, its end missing (cut by the page's end) or its words a
// heading's (（一）精心筹备,深入走访,撰写方案,做好保障); so is it right under a
// numbered heading or a label ending with its colon (clausesUnderHeading),
// or right under a line ending with a comma (continuesSentence: the
// sentence above goes on in it), and so is a line the page goes on from
// that says the page's own words again (brokenSentence: a sentence broken
// at the page's width); nor is a list two of whose phrases hold a
// particle of a sentence's grammar ([clause_particles]: 了, 的, 着, 们):
// they are a sentence's clauses, broken at a line's end, where keywords
// are noun phrases.
type keywordSpam struct{ v *furnitureVocab }

// minSpamParts is the fewest phrases of a keyword list, maxSpamPartRunes
// the longest phrase.
const minSpamParts, maxSpamPartRunes = 4, 20

// maxNameRunes is the longest part of a list of people's names.
const maxNameRunes = 4

func (j keywordSpam) Judge(l lineView) string {
	f := l.folded
	if l.zone == zoneBody || l.belowBody || l.clausesUnderHeading || l.continuesSentence || l.brokenSentence || !l.holds(markComma) || l.holds(markSentenceEnd|markColon|markEnumComma) || strings.Count(f, ",")+strings.Count(f, "，") < minSpamParts-1 {
		return ""
	}
	parts := keywordParts(f, isComma)
	if parts == nil {
		return ""
	}
	clauses := 0
	for _, p := range parts {
		if containsAny(p, j.v.clauseParticles) {
			clauses++
		}
	}
	if clauses >= 2 {
		return "" // a sentence's clauses, broken at the line's end
	}
	return "spam"
}

func isComma(r rune) bool { return r == ',' || r == '，' }

// keywordParts returns the parts of f between the separators sep tells
// when they make a keyword list: minSpamParts of them or more, none empty
// nor longer than maxSpamPartRunes, one longer than a name (a list of
// names, 张三,李四,王五,赵六, is the author's); else nil.
func keywordParts(f string, sep func(rune) bool) []string {
	parts := strings.FieldsFunc(f, sep)
	if len(parts) < minSpamParts {
		return nil
	}
	phrase := false
	for _, p := range parts {
		n := runeLen(strings.TrimSpace(p))
		if n == 0 || n > maxSpamPartRunes {
			return nil
		}
		phrase = phrase || n > maxNameRunes
	}
	if !phrase {
		return nil
	}
	return parts
}

// foreignKeywords reports whether the page's first line, folded[first], is
// a hijacked copy's search keywords set above the text it copied: a list
// of short phrases between commas or between underscores (keywordParts),
// without a sentence's end, a colon, an enumeration comma or a quotation
// mark, of which at most one part in four shares two Han characters in a
// row with a prose line of the page (某某在线观看_某某一区高清_…; prose
// tells which lines are), and with minForeignPairs pairs of Han
// characters in a row or more in all. Such a line is no paragraph however long it
// is, and no title: a list of the author's, or a <title> joining the
// headline to the site's column and name, says the report's words again.
func foreignKeywords(folded []string, first int, prose []bool) bool {
	f := strings.TrimSpace(folded[first])
	if !listMarksOnly(f) {
		return false
	}
	parts := keywordParts(f, isComma)
	if parts == nil {
		parts = keywordParts(f, func(r rune) bool { return r == '_' })
	}
	if parts == nil {
		return false
	}
	var text []string
	for i, p := range prose {
		if p && i != first {
			text = append(text, folded[i])
		}
	}
	if len(text) == 0 {
		return false
	}
	echoed, pairs := echoedParts(parts, strings.Join(text, "\n"))
	return 4*echoed <= len(parts) && pairs >= minForeignPairs
}

// keywordList reports whether the folded line f is a list of short
// phrases between bars or underscores (keywordParts) with no sentence's
// end, colon, enumeration comma or quotation mark: a site's search
// keywords, never a sentence however long it is.
func keywordList(f string) bool {
	f = strings.TrimSpace(f)
	return listMarksOnly(f) && keywordParts(f, func(r rune) bool { return r == '|' || r == '｜' || r == '_' }) != nil
}

// listMarksOnly reports whether f holds no sentence's end, colon,
// enumeration comma nor quotation mark: a keyword list's marks are its
// separators alone.
func listMarksOnly(f string) bool {
	return marksOf(f)&(markSentenceEnd|markColon|markEnumComma) == 0 && !strings.ContainsAny(f, "“”‘’「」\"")
}

// echoedParts counts the parts of a list that share two Han characters in
// a row with text (echoed), and the pairs of Han characters in a row of
// all its parts.
func echoedParts(parts []string, text string) (echoed, pairs int) {
	for _, p := range parts {
		h := hanOnly(p)
		if sharesRun(h, text, 2) {
			echoed++
		}
		pairs += max(runeLen(h)-1, 0)
	}
	return echoed, pairs
}

// brokenSentence reports whether folded[i] is a list of short phrases
// between commas (keywordParts) that the page goes on from — the line
// next, the nearest non-empty one below it (-1: none), holds a comma or
// ends a sentence, or no line follows — and more than a quarter of whose
// phrases share two Han characters in a row with the page's other lines,
// lists of phrases aside (the measure foreignKeywords takes against the
// prose): the report's sentence broken at the page's width, in the page's
// own words.
func brokenSentence(folded []string, i, next int) bool {
	if next >= 0 && marksOf(strings.TrimSpace(folded[next]))&(markComma|markSentenceEnd) == 0 {
		return false
	}
	parts := keywordParts(strings.TrimSpace(folded[i]), isComma)
	if parts == nil {
		return false
	}
	echoed, _ := echoedParts(parts, textLines(folded))
	return 4*echoed > len(parts)
}

// textLines joins the non-empty lines of a page but the lists of short
// phrases (keywordParts; brokenSentence's own line is one), one to a
// line: the words of its text and of its furniture, keywords aside.
func textLines(folded []string) string {
	var text []string
	for _, f := range folded {
		if f = strings.TrimSpace(f); f != "" && keywordParts(f, isComma) == nil {
			text = append(text, f)
		}
	}
	return strings.Join(text, "\n")
}

// minForeignPairs is the fewest pairs of Han characters in a row that
// foreignKeywords weighs: a line of fewer says too little to be foreign.
const minForeignPairs = 8

// addressLine: outside the body, a web address with a few words beside it and no sentence
// (http://…/104527.html 点此复制本页地址, 本文网址：www.…): the page's
// link to itself or to another page.
type addressLine struct{ v *furnitureVocab }

func (j addressLine) Judge(l lineView) string {
	f := l.folded
	at := webAddressAt(f)
	if at < 0 || l.zone == zoneBody { // in the body: the author's (报名网址：…)
		return ""
	}
	// An address is ASCII: it ends at a space or at the first other rune.
	end := strings.IndexFunc(f[at:], func(r rune) bool { return unicode.IsSpace(r) || r >= utf8.RuneSelf })
	if end < 0 {
		end = len(f) - at
	}
	rest := strings.TrimSpace(f[:at] + " " + f[at+end:])
	if runeLen(rest) <= j.v.menuPartRunes+j.v.menuPartRunes/2 && !strings.ContainsAny(rest, sentenceEnds) {
		return "site"
	}
	return ""
}

// webAddressAt returns where the first web address of s starts (http://,
// https://, www.), or -1.
func webAddressAt(s string) int {
	at := -1
	for _, p := range []string{"http://", "https://", "www."} {
		if i := strings.Index(s, p); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// addressTag returns the rune span [start, end) of a tag in brackets that
// holds a web address and a word of where a copy came from
// ([由www.某某.cn整理], (来源：www.…); [address_tag_words]), wherever it sits
// in a line with text of its own beside it, or -1, -1: a site marked the
// copy it took, the author never writes so.
func addressTag(folded string, v *furnitureVocab) (int, int) {
	at := webAddressAt(folded)
	if at < 0 {
		return -1, -1
	}
	open := strings.LastIndexAny(folded[:at], "[【(（")
	if open < 0 || strings.ContainsAny(folded[open:at], "]】)）") {
		return -1, -1
	}
	r, _ := utf8.DecodeRuneInString(folded[open:])
	closer := map[rune]string{'[': "]", '【': "】", '(': ")", '（': "）"}[r]
	end := strings.Index(folded[at:], closer)
	if end < 0 {
		return -1, -1
	}
	end += at + len(closer)
	if strings.TrimSpace(folded[:open]+folded[end:]) == "" {
		return -1, -1 // the whole line: left to the line judges
	}
	// The site says where it took the copy from (由…整理, 来源：…); an
	// address the author gives in brackets (详见社区网站（www.…）) stays.
	tag := folded[open:end]
	for _, w := range v.addressTagWords {
		if strings.Contains(tag, w) {
			return runeLen(folded[:open]), runeLen(folded[:end])
		}
	}
	return -1, -1
}

// loneName: a name alone on its line (余红霞, 李某某) right below a role's
// label left without its value (责编：, 作者：): the value of a removed
// field, printed on the next line.
type loneName struct{}

// maxLoneNameRunes is the longest name taken below a label.
const maxLoneNameRunes = 4

func (loneName) Judge(l lineView) string {
	if !l.afterLabel {
		return ""
	}
	n := 0
	for _, r := range l.folded {
		if !isHan(r) && r != '·' {
			return ""
		}
		n++
	}
	if n >= 2 && n <= maxLoneNameRunes {
		return "byline"
	}
	return ""
}

// photographerAlone: outside the body, a photographer's credit without a
// role alone on the line (某某 摄, 某某摄, 某某摄影报道, 某某 供;
// photographerCredit): the credit of a picture the text lost, under the
// headline or below the last paragraph. Since round 31 the same credit
// after a caption's or a paragraph's last sentence goes too (…合影留念。
// 某某 摄: furnitureSuffix), as the annotators drop it.
type photographerAlone struct{}

func (photographerAlone) Judge(l lineView) string {
	if l.zone != zoneBody && photographerCredit(l.folded) {
		return "credit"
	}
	return ""
}

// photographerExpr: a name of two to four characters and 摄 or 摄影报道,
// after a space or not, or 供 after a space (某某 供: who gave the picture;
// without the space 可供, 提供 are words of a sentence). Since round 32 a
// name of two characters spaced out to the width of three (王 某 摄), and
// a unit's name set apart from 供图 by a space (某某区委宣传部 供图; run
// together, a line pattern of dict/boilerplate.txt reads it).
var photographerExpr = regexp.MustCompile(`^(\p{Han}{2,4}|\p{Han} \p{Han})(\s*(摄|摄影报道)|\s+供)$|^(\p{Han}{2,16})\s+供图$`)

// photographerCredit reports whether folded f is a photographer's credit
// without a role (photographerExpr), not a word ending in 摄 (活动拍摄, 航摄).
func photographerCredit(f string) bool {
	m := photographerExpr.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(m[1])
	return !strings.ContainsRune("拍航", last)
}

// captionCredit returns how many runes of folded f end it as a picture's
// credit set apart by a space after a caption without a full stop (某某
// 活动现场 王某 摄, …观看电影 记者 王某某 摄, round 32): a photographer's
// credit (photographerCredit) or a byline naming a role (记者 某某 摄),
// the longest such tail; 0 when there is none, or nothing of the caption
// before it.
func captionCredit(f string, v *furnitureVocab) int {
	if runesOver(f, maxCaptionCreditLine) {
		return 0
	}
	if n := bracketedCredit(f); n > 0 && runeLen(f)-n >= minCaptionRunes {
		return n // 文艺演出现场(某某中心供图): the credit in brackets (round 35)
	}
	if !strings.HasSuffix(f, "摄") {
		return 0
	}
	for i, r := range f {
		if i == 0 || !unicode.IsSpace(r) {
			continue
		}
		head, tail := strings.TrimSpace(f[:i]), strings.TrimSpace(f[i:])
		if runeLen(head) < minCaptionRunes || runesOver(tail, maxCaptionCreditRunes) {
			continue
		}
		if photographerCredit(tail) || v.isByline(tail) {
			return runeLen(f[i:])
		}
	}
	return 0
}

// pictureCreditExpr: a picture's credit naming an outlet or a unit, with
// nothing else (round 35): the outlet that sent the picture (某某社发,
// 某某网发), perhaps with who took it in brackets (某某网发(王某 李某 摄)),
// or the credit in brackets alone, run together, ending with who took or
// gave it (某某网王某某摄, 某某中心供图) — the forms bracketAside reads as an
// aside and namesCredit does not take for names.
var pictureCreditExpr = regexp.MustCompile(`^(\p{Han}{2,12}[网社]发)?\s*(?:[(（]([\p{Han}·\s]{2,30})[)）])?$`)

// pictureCredit reports whether the folded tail t after a line's last
// sentence, or in brackets after a caption, is a picture's credit
// (pictureCreditExpr): an outlet's 发, or in brackets a credit ending in 摄
// (not 拍摄, 航摄: what was done) or in 供图.
func pictureCredit(t string) bool {
	m := pictureCreditExpr.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil || m[1] == "" && m[2] == "" {
		return false
	}
	if m[2] == "" {
		return true
	}
	in := strings.TrimSpace(m[2])
	if strings.HasSuffix(in, "供图") {
		return runeLen(in) > 2
	}
	rs := []rune(in)
	return len(rs) >= 3 && rs[len(rs)-1] == '摄' && !strings.ContainsRune("拍航", rs[len(rs)-2])
}

// bracketedCredit returns how many runes of folded f end it as a picture's
// credit in brackets (pictureCredit), or 0.
func bracketedCredit(f string) int {
	if !strings.HasSuffix(f, ")") && !strings.HasSuffix(f, "）") {
		return 0
	}
	open := strings.LastIndexAny(f, "(（")
	if open <= 0 || !pictureCredit(f[open:]) {
		return 0
	}
	return runeLen(f[open:])
}

// maxCaptionCreditLine is the longest caption line with its credit,
// maxCaptionCreditRunes the longest credit, minCaptionRunes the shortest
// caption left before it.
const (
	maxCaptionCreditLine  = 60
	maxCaptionCreditRunes = 16
	minCaptionRunes       = 4
)

// brokenField: the end of a furniture line broken over two (【字体： on one
// line, 小 中 大】 on the next): a short line closing a bracket the line
// above it, furniture, left open.
type brokenField struct{}

func (brokenField) Judge(l lineView) string {
	if !l.afterOpenBracket || l.runes() > maxWidgetRunes || strings.ContainsAny(l.folded, "【[") {
		return ""
	}
	if strings.HasSuffix(l.folded, "】") || strings.HasSuffix(l.folded, "]") {
		return "widget"
	}
	return ""
}

// opensBracket reports whether a line leaves a square bracket open
// (发布时间：2017-05-25【字体：).
func opensBracket(s string) bool {
	i := strings.LastIndexAny(s, "【[")
	return i >= 0 && !strings.ContainsAny(s[i:], "】]")
}

// wireStamp: a wire service's stamp in brackets, its name, a date (written
// with or without separators) and a time of day ((某某社訊息服務20190514
// 09:12:40)): the agency's, alone or before the first sentence.
type wireStamp struct{}

var wireStampExpr = regexp.MustCompile(`^[(（][^()（）。！？]{0,20}?((19|20)\d{6}|(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d{2}(:\d{2})?\s*[)）]$`)

func (wireStamp) Judge(l lineView) string {
	// Every stamp opens with a bracket and holds a colon: most lines do not.
	if (strings.HasPrefix(l.folded, "(") || strings.HasPrefix(l.folded, "（")) && strings.Contains(l.folded, ":") && wireStampExpr.MatchString(l.folded) {
		return "byline"
	}
	return ""
}

// outletDateline: in the head, a news story's dateline, a name and the
// day's full date alone on a line — an outlet's ([outlet_endings]: 某某日报
// 2023年10月23日), or any short name's when 讯 or 电 follows the date
// (某某台2023年11月02日讯, left when a dateline in brackets is cut off its
// first sentence): the post's own stamp, kind metadata.
type outletDateline struct{ v *furnitureVocab }

// datelineDateExpr is the full date that ends a dateline, 讯 or 电 after
// it or not (its last group).
var datelineDateExpr = regexp.MustCompile(`\s*` + headDateCore + `\s*([讯电]?)$`)

// dateFirstDatelineExpr is a dateline written date first: the day's full
// date, a dot, a bar or a space, and a name (its last group), a dot or a
// bar after it or not.
var dateFirstDatelineExpr = regexp.MustCompile(`^` + headDateCore + `\s*[·•|\s]\s*([\p{Han}A-Za-z]{2,12})\s*[·•|]?$`)

// datelineDateEnds are the runes a match of datelineDateExpr ends with:
// the date's last digit or 日, 讯 or 电, a space (\s).
const datelineDateEnds = "0123456789日讯电\t\n\f\r "

func (j outletDateline) Judge(l lineView) string {
	if l.zone != zoneHead || !l.holds(markDigit) {
		return ""
	}
	if !endsInAny(l.folded, datelineDateEnds) {
		// Since round 30 the date may come first, an outlet's name after
		// it past a dot, a bar or a space (2024年11月20日·某某晨报·).
		if d := dateFirstDatelineExpr.FindStringSubmatch(l.folded); d != nil && shortNameEndingIn(d[len(d)-1], maxOutletRunes, j.v.outletEndings) {
			return "metadata"
		}
		return ""
	}
	m := datelineDateExpr.FindStringSubmatchIndex(l.folded)
	if m == nil || m[0] == 0 {
		return ""
	}
	name := l.folded[:m[0]]
	filed := m[len(m)-2] < m[len(m)-1] // 讯 or 电 after the date
	if shortNameEndingIn(name, maxOutletRunes, j.v.outletEndings) || filed && datelineName(name) {
		return "metadata"
	}
	return ""
}

// datelineName reports whether s may be the name in a dateline: at most
// maxOutletRunes letters and spaces, no digit or mark.
func datelineName(s string) bool {
	if runesOver(s, maxOutletRunes) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}

// issueLine: in the head, the line a newspaper or a journal prints over
// its article: the publication's name, then its issue — the day's full
// date, or a year and an issue number (2020年15期, 2018年 第9期) — maybe
// the page in the same brackets and the reporters' names after it
// (《某某晚报》(2022年11月08日 第 06 版), 某某早报 2022年11月08日 张三 李四,
// 某某学刊 2017年3期). The name must be a publication's: in title marks
// 《》, ending as an outlet's ([outlet_endings]), or before an issue number
// or a page; a short name and a day's date alone may be a headline's, and
// stay. Kind metadata: the date is the post's own stamp.
type issueLine struct{ v *furnitureVocab }

// issueLineExpr: the name in title marks or bare, the date or the issue,
// maybe a page or an issue number after it, maybe names after a space.
var issueLineExpr = regexp.MustCompile(`^(?:《\s*(?P<titled>[^《》\s]{2,14})\s*》|(?P<name>[\p{Han}A-Za-z·]{2,12}))\s*[(（]?\s*(?:` + headDateCore +
	`|(?P<issue>(?:19|20)\d{2}\s*年\s*第?\s*\d{1,3}\s*期))\s*(?P<page>第\s*\d{1,3}\s*[版期])?\s*[)）]?(?:\s+\p{Han}{2,3}){0,3}$`)

var issueLineGroups = struct{ titled, name, issue, page int }{
	issueLineExpr.SubexpIndex("titled"), issueLineExpr.SubexpIndex("name"), issueLineExpr.SubexpIndex("issue"), issueLineExpr.SubexpIndex("page"),
}

func (j issueLine) Judge(l lineView) string {
	if l.zone != zoneHead || !l.holds(markDigit) || l.runes() > maxIssueLineRunes {
		return ""
	}
	m := issueLineExpr.FindStringSubmatch(l.folded)
	if m == nil {
		return ""
	}
	g := issueLineGroups
	if m[g.titled] != "" || m[g.issue] != "" || m[g.page] != "" || hasSuffixAny(m[g.name], j.v.outletEndings) {
		return "metadata"
	}
	return ""
}

// maxIssueLineRunes is the longest line issueLine reads.
const maxIssueLineRunes = 48

// headDate: before the body, a date alone on its line (2016年01月30日,
// 2016-01-30, day first as 31/03/2025) or after a row label (更新日期：
// 31/03/2025): the page's stamp under the headline, a field of the post
// as 发布日期 is (kind metadata: the post's own stamp). A report's own
// date alone is its sign-off, after the body.
type headDate struct{ v *furnitureVocab }

const headDateCore = `((19|20)\d{2}\s*([-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|` + dayFirstDate + `)`

var (
	headDateExpr = regexp.MustCompile(`^[(（]?` + headDateCore + `[)）]?$`)
	// headDateRangeExpr: two such dates joined by a dash or 至 (an event
	// page's 2025年05月17日 - 2025年05月17日), read without spaces.
	headDateRangeExpr = regexp.MustCompile(`^` + headDateCore + `[-~～—－至到]+` + headDateCore + `$`)
)

// handDate is a date alone as a writer types it, not as a site's software
// prints it: the year, 年, the month, 月, the day and 日, no space between
// them and no zero before a month or a day (2016年5月16日, 2022年11月14日;
// not 2024年03月11日 nor 2025 年 5 月 9 日). Above the body it is the
// report's own date, under its heading or its unit's name: the report
// signs its top as a letter does (round 34).
var handDate = regexp.MustCompile(`^(19|20)\d{2}年[1-9]\d?月[1-9]\d?日$`)

// maxHeadDateRunes is the longest date headDate reads with its row label
// and spaces; a range is two of them.
const maxHeadDateRunes = 20

func (j headDate) Judge(l lineView) string {
	if l.zone != zoneHead || !l.holds(markDigit) || handDate.MatchString(l.folded) {
		return ""
	}
	if j.stamp(l.folded) || j.stampRow(l.folded) {
		return "metadata" // a field of the page: its date is the post's own stamp
	}
	return ""
}

// stamp reports whether f is a date alone or after a row label, or an
// event's period.
func (j headDate) stamp(f string) bool {
	if runeLen(f) > 2*maxHeadDateRunes {
		return false
	}
	if strings.ContainsAny(f, ":：") {
		s := stripSpaces(f)
		rest, ok := fieldRow(j).label(s)
		if !ok {
			return false
		}
		f = strings.TrimLeft(rest, ":：")
		// A bare 时间 or 日期 with a date as the author writes it
		// (时间：2024年3月5日) may open the report's form, and stays; with
		// one as software writes it (时间:2021-08-31) it is the post's.
		if slices.Contains(j.v.formWords, strings.TrimSuffix(s, rest)) && strings.Contains(f, "年") {
			return false
		}
	}
	// Typeset dates space their parts (2024 年 3 月 09 日): the length is
	// the date's without them.
	d := stripSpaces(f)
	if runeLen(f) <= maxHeadDateRunes && runeLen(d) <= 14 && headDateExpr.MatchString(d) {
		return true
	}
	// An event page's period under its label: the page's too. Its first
	// day is read as the publish date: the event's, but of its year.
	return runeLen(d) <= 2*14+1 && headDateRangeExpr.MatchString(d)
}

// fieldGapExpr parts the fields of a page's row: two spaces or more.
var fieldGapExpr = regexp.MustCompile(`\s{2,}`)

// stampRow reports whether f is the page's fields set in one row, two
// spaces or more apart, one of them such a date and the others each a
// label and its value (版次:08  2022年05月16日, 某某网:http://…   日期:…).
func (j headDate) stampRow(f string) bool {
	if containsAnyRune(f, sentenceEnds) {
		return false
	}
	kind, others := rowStamp(fieldGapExpr.Split(strings.TrimSpace(f), -1), 1, func(date string, _ []string) string {
		if j.stamp(date) {
			return "metadata"
		}
		return ""
	})
	if kind == "" || len(others) == 0 {
		return false
	}
	for _, p := range others {
		if !j.stamp(p) && !j.field(p) {
			return false
		}
	}
	return true
}

// maxRowLabelRunes is the longest label of a field in a page's row (a site's
// name: 某某义工联合网站).
const maxRowLabelRunes = 8

// field reports whether p is one field of the page: a label, its colon and
// a value without spaces. A label of the report's form (地点, 主题:
// [form_words]) opens the report's own row.
func (j headDate) field(p string) bool {
	label, value, ok := strings.Cut(strings.Replace(p, "：", ":", 1), ":")
	n := runeLen(label)
	return ok && n > 0 && n <= maxRowLabelRunes && value != "" && !strings.ContainsFunc(value, unicode.IsSpace) && !containsAny(label, j.v.formWords)
}

// pageCounterExpr: a shared document's page counter run into the text it
// heads (第12页共12页某某活动总结…).
var pageCounterExpr = regexp.MustCompile(`^第\s*\d{1,4}\s*页\s*[,，/|｜]?\s*共\s*\d{1,4}\s*页`)

// leadPrefix returns how many runes of a page's lead start a line before
// its text, and their kind: a template's placeholder or characters lost
// to question marks (placeholderPrefix), or a shared document's page
// counter (第12页共12页…).
func leadPrefix(folded string) (int, string) {
	if n := placeholderPrefix(folded); n > 0 {
		return runeLen(folded[:n]), "junk"
	}
	if strings.HasPrefix(folded, "第") {
		if loc := pageCounterExpr.FindStringIndex(folded); loc != nil && loc[1] < len(folded) {
			return runeLen(folded[:loc[1]]), "page"
		}
	}
	return 0, ""
}

// listItemExpr: a line opened by a list number, after a bullet or not
// (- 3、…, 2. …).
var listItemExpr = regexp.MustCompile(`^([-·•●]\s*)?\d{1,2}\s*[、.．]`)

// minNoticeItems is the fewest items of a site's notice list.
const minNoticeItems = 3

// siteNotices marks the items of a numbered list that opens the page and
// of which one item at least is known furniture (- 1、本文档共4页…, then
// the site's rules on paid downloads and VIP rights as items 2 to 8): a
// document-sharing site's notices above the document, whose other items
// no pattern knows. A report's own numbered list never opens the page
// above its title, nor holds the site's furniture.
func siteNotices(folded []string, skip func(i int) bool, known func(i int) bool) []bool {
	var items []int
	anyKnown := false
	for i, f := range folded {
		if skip(i) {
			continue
		}
		if !listItemExpr.MatchString(strings.TrimSpace(f)) {
			break
		}
		items = append(items, i)
		anyKnown = anyKnown || known(i)
	}
	if len(items) < minNoticeItems || !anyKnown {
		return nil
	}
	out := make([]bool, len(folded))
	for _, i := range items {
		out[i] = !known(i)
	}
	return out
}

// interjection: a short line without punctuation between two pieces of
// one sentence — the line above ends with a comma, the line below starts
// with one (…今天号召百名志工齐聚, / 某某美甲全科班 / ,前往独居老人家中…):
// a hijacked copy's keywords pushed into the text. The sentence runs on
// past it, so it is not the author's.
type interjection struct{}

// maxInterjectionRunes is the longest line taken as pushed in.
const maxInterjectionRunes = 12

func (interjection) Judge(l lineView) string {
	if l.betweenClauses && l.runes() <= maxInterjectionRunes && !strings.ContainsAny(l.folded, clauseEnds+closers+"“‘「『（(") {
		return "spam"
	}
	return ""
}

// posterRole: before the body, a short name of an organisation's member
// ending with a byline's role (某某义工队宣传员, 某某社区信息员;
// dict/title.txt [roles] and [organisations]): the poster, under the
// title.
type posterRole struct{ v *furnitureVocab }

// maxPosterRunes is the longest poster's name.
const maxPosterRunes = 14

func (j posterRole) Judge(l lineView) string {
	if l.zone != zoneHead || j.v.titles == nil || runeLen(l.folded) <= 3 || !shortNameEndingIn(l.folded, maxPosterRunes, j.v.titles.roles) {
		return ""
	}
	// The poster is someone of an organisation (某某义工队宣传员, 某某社区
	// 信息员); a headline ending with a role (争当环保小记者) names none.
	for _, o := range j.v.titles.orgs {
		if strings.Contains(l.folded, o) {
			return "byline"
		}
	}
	return ""
}

// statementLink: below the body, a short line ending as the heading of
// the site's statement does (特别声明, 某某频道版权和免责申明): the link or
// the heading of the page's notice, whose text, when printed, other
// judges know. A report that states something closes with 特此声明, a
// sentence's words, and stays.
type statementLink struct{}

// maxStatementRunes is the longest line statementLink takes.
const maxStatementRunes = 20

// statementEnds are the endings of a statement's heading statementLink takes.
var statementEnds = []string{"声明", "申明"}

func (statementLink) Judge(l lineView) string {
	f := l.folded
	if l.zone != zoneTail || l.runes() > maxStatementRunes || l.holds(markSentenceEnd|markComma) ||
		!hasSuffixAny(f, statementEnds) || strings.HasSuffix(f, "特此声明") {
		return ""
	}
	return "copyright"
}

// siteCounter: a line of the page's counters and nothing else — a
// counter's label and its number (浏览次数：1200次, 阅读 1234, 评论 3条), a
// number of readers and what they did (已有1200人阅读, 15人收藏 3人点赞,
// 3人评分), a count of downloads or pages (已下载5次, 共3页): the site's
// figures about the page, never the report's ([counter_labels],
// [counter_units]). Whole lines only, so a sentence (组织30人阅读红色经典)
// is never one.
type siteCounter struct{ v *furnitureVocab }

func (j siteCounter) Judge(l lineView) string {
	f := l.folded
	if l.runes() > j.v.shortRunes || !l.holds(markDigit) || containsAnyRune(f, sentenceEnds+"，、") {
		return ""
	}
	tokens := strings.FieldsFunc(f, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '｜' || r == '·' })
	// Outside the body, a row of counters between bars names some of them
	// with words no list holds (瀏覽 3,218 ｜ 回覆 6, 文档数 3,412 ｜ 粉丝 867
	// ｜ 关注): a short word before a number counts there when the row
	// holds a known counter, and the row may end with a known counter's
	// button alone (关注).
	row := l.zone != zoneBody && !l.inTable && strings.ContainsAny(f, "|｜")
	pending, known, counted := false, 0, 0 // pending: a label whose number is the next token
	for i, t := range tokens {
		switch {
		case pending:
			if !j.count(strings.TrimLeft(t, ":："), false) {
				return ""
			}
			pending, counted = false, counted+1
		case j.labelAlone(t):
			pending, known = true, known+1
			if row && i == len(tokens)-1 && counted > 0 {
				pending = false // the row's button
			}
		case row && i+1 < len(tokens) && counterWord(t) && numberPrefixLen(tokens[i+1]) > 0:
			pending = true
		case !j.item(t):
			return ""
		default:
			known, counted = known+1, counted+1
		}
	}
	if pending || len(tokens) == 0 || known == 0 {
		return ""
	}
	return "counter"
}

// maxCounterWordRunes is the longest word naming a counter in a row of
// counters that no list holds (粉丝, 文档数).
const maxCounterWordRunes = 3

// counterWord reports whether t could name a counter in a row of them: a
// short word of Han characters, a colon after it or not.
func counterWord(t string) bool {
	t = strings.TrimRight(t, ":：")
	n := runeLen(t)
	return n > 0 && n <= maxCounterWordRunes && allHan(t)
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// bracketed returns what t holds between round brackets, when t is so
// enclosed ((128), （3）).
func bracketed(t string) (string, bool) {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(t, p[0]); ok {
			if inner, ok = strings.CutSuffix(inner, p[1]); ok {
				return inner, true
			}
		}
	}
	return "", false
}

// labelAlone reports whether t is a counter's label, with its colon or not.
func (j siteCounter) labelAlone(t string) bool {
	t = strings.TrimRight(t, ":：")
	return slices.Contains(j.v.counterLabels, t)
}

// item reports whether t is one counter: a label and its count (浏览次数：
// 1200次, 已下载5次), or a count and what the readers did (1200人阅读).
func (j siteCounter) item(t string) bool {
	t = strings.TrimPrefix(t, "已有")
	t = strings.TrimPrefix(t, "已")
	if rest, ok := strings.CutPrefix(t, "共"); ok {
		return j.count(rest, true) // 共3页
	}
	for _, label := range j.v.counterLabels {
		if rest, ok := strings.CutPrefix(t, label); ok && rest != "" {
			// 顶一下(128): the count may stand in brackets.
			if inner, ok := bracketed(strings.TrimLeft(rest, ":：")); ok {
				return j.count(inner, false)
			}
			return j.count(strings.TrimLeft(rest, ":："), false)
		}
	}
	n := numberPrefixLen(t)
	if n == 0 {
		return false
	}
	return slices.Contains(j.v.counterLabels, j.unit(t[n:])) // 1200人阅读, 3人评分
}

// count reports whether t is a number with a counter's unit or none (1200,
// 3条, 1.2万, 3页 when pages are asked for).
func (j siteCounter) count(t string, pages bool) bool {
	n := numberPrefixLen(t)
	if n == 0 {
		return false
	}
	rest := t[n:]
	if pages {
		return rest == "页"
	}
	return rest == "" || j.unit(rest) == ""
}

// unit returns t without the counter's unit it starts with ([counter_units]).
func (j siteCounter) unit(t string) string {
	for _, u := range j.v.counterUnits {
		if rest, ok := strings.CutPrefix(t, u); ok {
			return rest
		}
	}
	return t
}

// numberPrefixLen is the length in bytes of the number that starts t
// (1200, 1,862, 1.2万, 1.37W, 99+), or 0.
func numberPrefixLen(t string) int {
	i := 0
	for i < len(t) && (isASCIIDigit(rune(t[i])) || i > 0 && (t[i] == ',' || t[i] == '.' || t[i] == '+')) {
		i++
	}
	if i == 0 {
		return 0
	}
	for _, s := range []string{"万", "千", "W", "w", "K", "k"} { // 1.37W: 1.37万
		if strings.HasPrefix(t[i:], s) {
			return i + len(s)
		}
	}
	return i
}

// maxPlaceholderRunes is the longest template placeholder in brackets.
const maxPlaceholderRunes = 16

// placeholderPrefix returns how many bytes start a line before its text
// that no author wrote: a template's placeholder left unfilled, in square
// brackets, ASCII letters with digits and signs ([year+2:100]), or a run
// of three or more question marks where a page's indentation was lost in
// a wrong encoding (??????? 2018年1月22日，…); or 0.
func placeholderPrefix(folded string) int {
	if q := len(folded) - len(strings.TrimLeft(folded, "?")); q >= 3 && q < len(folded) {
		return q + (len(folded[q:]) - len(strings.TrimLeft(folded[q:], " ")))
	}
	if !strings.HasPrefix(folded, "[") {
		return 0
	}
	end := strings.IndexByte(folded, ']')
	if end < 2 || end > maxPlaceholderRunes || end+1 == len(folded) {
		return 0
	}
	inner, letters, digits := folded[1:end], 0, 0
	for i := 0; i < len(inner); i++ {
		switch c := inner[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case strings.IndexByte("+-:_.", c) >= 0:
		default:
			return 0
		}
	}
	if letters == 0 || digits == 0 || letters+digits == len(inner) {
		return 0 // a word, a number, a code: [1], [ABC], [A1]
	}
	return end + 1
}

// pagerLinks: the links to the page's neighbours written in words, 上一 or
// 下一 and a word of [pager_units] — such a label alone on its line, a
// page's number or an arrow at most beside it (上一篇, 3上一篇), or a pair
// of them naming the same word on one line (上一篇某某 下一篇某某, 上一版 下一版
// after the issue's date, 上一期 当前第12期 下一期), what stands before,
// between and after them no longer than a headline, and no sentence ended
// on the line: a report's sentence naming the issue before and after its
// own ends one. Kind navigation; with a date, metadata: an e-paper's
// issue date beside its pager is the page's own stamp, its publish date.
type pagerLinks struct{ v *furnitureVocab }

// maxPagerPartRunes is the longest text before, between or after a
// pager's two labels: a neighbour's headline, the issue's date.
const maxPagerPartRunes = 40

// pagerFrame is what may stand around a pager's label alone: a page's
// number, an arrow, a bracket.
const pagerFrame = "0123456789 \u3000<>«»‹›←→【】[]()（）"

func (j pagerLinks) Judge(l lineView) string {
	f := l.folded
	if l.holds(markSentenceEnd) || !strings.Contains(f, "一") {
		return ""
	}
	bare := strings.Trim(f, pagerFrame)
	for _, u := range j.v.pagerUnits {
		prev, next := "上一"+u, "下一"+u
		if bare == prev || bare == next {
			return "navigation"
		}
		i := strings.Index(f, prev)
		if i < 0 {
			continue
		}
		between, after, ok := strings.Cut(f[i+len(prev):], next)
		if ok && pagerPart(f[:i]) && pagerPart(between) && pagerPart(after) {
			if publishDate(f) != "" {
				return "metadata"
			}
			return "navigation"
		}
	}
	return ""
}

func pagerPart(s string) bool { return runeLen(strings.TrimSpace(s)) <= maxPagerPartRunes }

// storyPictureName: a picture's name as a site's publishing software gives
// it, shown in place of the picture: the story's headline, an underscore, a
// tag of Latin letters and another underscore, then the uploaded file's name
// without its extension and at most an editor's suffixes (某某社区开展义诊活动_forpic_3.2,
// …_forpic_照片7, …_forpic_pic_副本2): no sentence's end nor space after the
// headline. Inside the body too, where the page showed the picture.
type storyPictureName struct{}

var storyPictureShape = regexp.MustCompile(`(?i)^[^_]*\p{Han}[^_]*_[a-z]{3,12}_[^\s_。！？!?，,]{1,16}(_[^\s_。！？!?，,]{1,8})*$`)

func (storyPictureName) Judge(l lineView) string {
	if storyPictureShape.MatchString(l.folded) {
		return "image"
	}
	return ""
}

// deviceName: a picture's name as a camera or a chat app gave it, shown
// without its extension — a word of [picture_name_words], a number of
// four digits or more and at most an editor's suffixes (微信图片_20160412093015,
// DSC_0412, 微信图片_20160412093015_副本): machineName's shape with a word
// before the number, too short or not ASCII for machineName.
type deviceName struct{ v *furnitureVocab }

func (j deviceName) Judge(l lineView) string {
	if l.holds(markDigit) && j.v.deviceName.MatchString(l.folded) {
		return "image"
	}
	return ""
}

// watermarkExpr: a run of Latin letters, then Han and other marks to the
// line's end with no sentence end, no letter and no digit in them
// (…的活力。abC某某网, IMG_01.JPGabC某某网|某某平台): a site's watermark run
// onto a line's end.
var watermarkExpr = regexp.MustCompile(`([A-Za-z]{2,})(\p{Han}[^。！？!?A-Za-z0-9]{1,39})$`)

// watermarkTails returns the folded watermarks a site's page runs onto
// the end of its lines (round 35): the same name, after a run of Latin
// letters (a key the site's software draws), ending two lines of the
// page or more, one of them right after a sentence's end (…连连称赞。abC
// 某某新闻网; the run may follow a picture's file name elsewhere). The
// watermark is the name and the letters every copy ends with; a name the
// page writes once, or never after a sentence, is the line's own
// (…下载APP扫码).
func watermarkTails(folded []string) []string {
	type tail struct {
		letters  string // the letters every copy ends with so far
		count    int
		sentence bool // a copy right after a sentence's end
	}
	tails := map[string]*tail{}
	var names []string
	for _, f := range folded {
		f = strings.TrimSpace(f)
		if !asciiLettersAtLeast(f, 2) {
			continue // most lines: no letters, no regexp
		}
		m := watermarkExpr.FindStringSubmatchIndex(f)
		if m == nil {
			continue
		}
		letters, name := f[m[2]:m[3]], f[m[4]:m[5]]
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(f[:m[2]], closers))
		t := tails[name]
		if t == nil {
			t = &tail{letters: letters}
			tails[name] = t
			names = append(names, name)
		}
		for !strings.HasSuffix(letters, t.letters) {
			t.letters = t.letters[1:]
		}
		t.count++
		t.sentence = t.sentence || sentenceEndRunes.has(prev)
	}
	var out []string
	for _, name := range names {
		if t := tails[name]; t.count >= 2 && t.sentence && len(t.letters) >= 2 {
			out = append(out, t.letters+name)
		}
	}
	return out
}
