package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Judges of round 9 of issue 9: the kinds of line read on the fourth fresh
// real-page set and heldout8, each told by its shape — a news lead in
// brackets or after an outlet's name, reporters' names in brackets or
// after the last sentence, a date with counts only, a layout cell's
// border after the body, a poster's run of short lines above the text.

// outletLead: a news outlet's lead alone on its line, written as a
// dateline in brackets with the agency's reporter after it
// (【某某6月18日报导】(某某社记者某某某地十八日电)), or as the outlet's name
// with its reporter in brackets (某某融媒(记者 某某)): the page's, not the
// report's.
type outletLead struct{}

var (
	bracketDatelineExpr = regexp.MustCompile(`^[【\[][\p{Han}A-Za-z·]{1,14}\d{1,2}月\d{1,2}日(报导|报道|讯|电|消息)[】\]](\s*[(（][^()（）。！？]{0,30}(记者|通讯员)[^()（）。！？]{0,30}[)）])?$`)
	outletReporterExpr  = regexp.MustCompile(`^[\p{Han}A-Za-z·]{2,14}(融媒|融媒体|网|报|台|新闻)\s*[(（]\s*(记者|通讯员|见习记者|特约记者)[^()（）。！？，,]{1,30}[)）]$`)
)

func (outletLead) Judge(l lineView) string {
	f := l.folded
	// What the expressions match opens with a bracket and holds 月 and 日,
	// or holds a reporter's role in brackets: most lines do neither.
	if (strings.HasPrefix(f, "【") || strings.HasPrefix(f, "[")) && strings.Contains(f, "月") && bracketDatelineExpr.MatchString(f) {
		return "byline"
	}
	if strings.HasSuffix(f, ")") || strings.HasSuffix(f, "）") {
		if (strings.Contains(f, "记者") || strings.Contains(f, "通讯员")) && outletReporterExpr.MatchString(f) {
			return "byline"
		}
	}
	return ""
}

// namesCredit: the reporters' or authors' names alone in brackets,
// two or three of them between spaces ((某某某 某某)): the page's credit
// wherever it stands, as no sentence of a report is a list of names.
type namesCredit struct{}

func (namesCredit) Judge(l lineView) string {
	f := l.folded
	if !strings.HasPrefix(f, "(") && !strings.HasPrefix(f, "（") {
		return ""
	}
	inner, ok := strings.CutSuffix(strings.TrimLeft(f, "(（"), ")")
	if !ok {
		if inner, ok = strings.CutSuffix(strings.TrimLeft(f, "(（"), "）"); !ok {
			return ""
		}
	}
	names := strings.Fields(inner)
	if len(names) < 2 || len(names) > maxCreditNames {
		return ""
	}
	for _, n := range names {
		if !isPersonName(n) {
			return ""
		}
	}
	return "credit"
}

// maxCreditNames is the most names a credit in brackets lists.
const maxCreditNames = 4

// isPersonName reports whether s looks like a Chinese name: two to four
// Han characters and nothing else.
func isPersonName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// shortName reports whether s is a person's name of two or three Han
// characters: set apart between spaces, four read as a phrase (温暖社区).
func shortName(s string) bool {
	return isPersonName(s) && runeLen(s) <= 3
}

// reporterRow: below the body, a line of a byline's fields between
// spaces, one of them an outlet's reporter ([report_roles] after the
// outlet's name, 某某日报记者, or before a colon and a name), every other
// a person's name of two or three characters (shortName), a role with
// its colon and names (通讯员:某某), or what they did ([credit_verbs]
// alone or joined by a slash: 文, 摄, 文/摄), a credit's words before a
// slash opening the line (文、图/某某晚报记者:某某): 某某 某某日报记者 某某
// 文/摄, 某某晚报记者 某某 文 某某 摄. Where the correspondent's name comes
// first, bylineLine, which reads a byline from its role, does not know
// it. No clause's mark: a sentence naming a reporter is the report's.
type reporterRow struct{ v *furnitureVocab }

func (j reporterRow) Judge(l lineView) string {
	if l.zone != zoneTail || l.runes() > j.v.shortRunes || strings.ContainsAny(l.folded, sentenceEnds+"，,“”\"") {
		return ""
	}
	fields := strings.Fields(l.folded)
	if len(fields) < 2 {
		return ""
	}
	if i := strings.IndexAny(fields[0], "/／"); i > 0 && j.verbs(fields[0][:i]) {
		fields[0] = fields[0][i+1:] // 文、图/某某晚报记者:某某
	}
	reporters, names := 0, 0
	for _, f := range fields {
		role, name, labelled := strings.Cut(strings.ReplaceAll(f, "：", ":"), ":")
		switch {
		case !labelled && shortName(f):
			names++
		case !labelled && j.verbs(f):
		case labelled && j.names(name) && hasSuffixAny(role, j.v.bylineRoles):
			names++
			if hasSuffixAny(role, j.v.reportRoles) {
				reporters++
			}
		case !labelled && hasSuffixAny(f, j.v.reportRoles) && !slices.Contains(j.v.reportRoles, f):
			reporters++ // 某某日报记者
		default:
			return ""
		}
	}
	if reporters == 0 || names == 0 {
		return ""
	}
	return "byline"
}

// verbs reports whether f is one or more of [credit_verbs] joined by a
// slash or an enumeration comma (文, 文/摄, 文、图).
func (j reporterRow) verbs(f string) bool {
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r == '/' || r == '／' || r == '、' }) {
		if !slices.Contains(j.v.creditVerbs, w) {
			return false
		}
	}
	return f != ""
}

// names reports whether f is one or more persons' names of two or three
// characters joined by an enumeration comma (某某、某某某).
func (reporterRow) names(f string) bool {
	for _, n := range strings.Split(f, "、") {
		if !shortName(n) {
			return false
		}
	}
	return true
}

// placeReport: outside the body, a byline naming where the report was
// filed, with [report_endings] after the place (记者某某◎某地报导, 某台记者
// 某某、某某某地报导。, 某某志工 某某 某某 某地報導): a reporter's role
// ([report_roles]) and a name after it, or two names or more of two or
// three characters alone between spaces (after a unit's name or not),
// then the place. No clause's mark nor 了 (媒体对此作了报道。): a sentence
// of the report telling that it was reported is no byline.
type placeReport struct{ v *furnitureVocab }

func (j placeReport) Judge(l lineView) string {
	if l.zone == zoneBody || l.runes() > j.v.shortRunes {
		return ""
	}
	f := strings.TrimSuffix(l.folded, "。")
	head := ""
	for _, e := range j.v.reportEndings {
		if h, ok := strings.CutSuffix(f, e); ok {
			head = h
			break
		}
	}
	if head == "" || strings.ContainsAny(head, "，,：:；;！!？?。“”\"了") {
		return ""
	}
	for _, r := range j.v.reportRoles {
		if i := strings.Index(head, r); i >= 0 && opensWithHan(strings.TrimLeft(head[i+len(r):], " ◎/／"), 2) {
			return "byline"
		}
	}
	// Names alone: every field but the first (a unit's or a team's
	// name) and the last (the place) a shortName, two of them at least.
	fields := strings.Fields(head)
	if len(fields) < 3 {
		return ""
	}
	names := 0
	for k, n := range fields[:len(fields)-1] {
		switch {
		case shortName(n):
			names++
		case k > 0:
			return ""
		}
	}
	if names < 2 {
		return ""
	}
	return "byline"
}

// opensWithHan reports whether s opens with n Han characters (n > 0).
func opensWithHan(s string, n int) bool {
	for _, r := range s {
		if n == 0 {
			return true
		}
		if !isHan(r) {
			return false
		}
		n--
	}
	return n == 0
}

// tailNames: after the body, the reporters' names alone on their line,
// two to four of them between spaces, after their outlet's name or not
// (某某 某某某, 某某频道 某某 某某): the page's credit, as namesCredit's
// in brackets. A report signs with its unit's name, which is no person's
// (某某社区 某某 stays); a photographer's credit after a caption (某某
// 供图) holds one of [credit_words] and stays with the caption.
// Two-character words between spaces read as names too: the shape alone
// cannot tell them apart.
type tailNames struct{ v *furnitureVocab }

func (j tailNames) Judge(l lineView) string {
	if l.zone != zoneTail || l.runes() > j.v.shortRunes {
		return ""
	}
	names := strings.Fields(l.folded)
	if len(names) > 0 && hasSuffixAny(names[0], j.v.outletEndings) {
		names = names[1:]
	}
	if len(names) < 2 || len(names) > maxCreditNames {
		return ""
	}
	for _, n := range names {
		if !shortName(n) || hasSuffixAny(n, j.v.creditWords) || j.v.titles != nil && hasSuffixAny(n, j.v.titles.orgs) {
			return ""
		}
	}
	return "credit"
}

// dateCounts: outside the body, a date as a site's software writes it
// followed by numbers only (2021-1-20 41 1/20: the post's date, its read
// count, a short date again): the post's stamp, whose date is the page's
// publish date. One of the stamp's judges (see rowStamp): its date opens
// the line, and what follows it is numbers, not fields.
type dateCounts struct{}

var machineDateExpr = regexp.MustCompile(`^` + machineDate)

// machineDate is a date as software prints it, year first in digits
// (2022-11-23, 2022/11/23, 2022.11.23); hanDate is a full date with 年月日
// (2022年11月23日); clockTime is a time of day after a space (09:30,
// 09:30:15), a group to repeat or make optional.
const (
	machineDate = `(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}`
	hanDate     = `(?:19|20)\d{2}年\d{1,2}月\d{1,2}日`
	clockTime   = `(?:\s+\d{1,2}:\d{2}(?::\d{2})?)`
)

func (dateCounts) Judge(l lineView) string {
	f := l.folded
	if l.zone == zoneBody || len(f) < 8 || f[0] != '1' && f[0] != '2' {
		return ""
	}
	loc := machineDateExpr.FindStringIndex(f)
	if loc == nil {
		return ""
	}
	rest := strings.TrimSpace(f[loc[1]:])
	if rest == "" || !unicode.IsSpace(rune(f[loc[1]])) {
		return "" // a date alone is headDate's; 2021-1-20日 is no stamp
	}
	if strings.Trim(rest, "0123456789 /:-.") == "" {
		return "byline"
	}
	return ""
}

// cellTail: after the body, a short line with a layout cell's bar at
// either end and no clause (某地0 |): a widget's cell printed as text.
// Before the body such a line may be the title's cell (某某活动 |), which
// the title rule trims. A cell among cells (amidCells, which a row of a
// table printed as text is too) is a row of the report's own table: the
// units it thanks, its pictures' captions.
type cellTail struct{}

// maxCellRunes is the longest cell cellTail takes.
const maxCellRunes = 12

func (cellTail) Judge(l lineView) string {
	if l.zone != zoneTail || l.amidCells || l.runes() > maxCellRunes || l.holds(markClauseEnd) || !cellEdged(l.folded) {
		return ""
	}
	return "widget"
}

// cellEdged reports whether a line has a layout cell's bar at either end.
func cellEdged(f string) bool {
	first, _ := utf8.DecodeRuneInString(f)
	last, _ := utf8.DecodeLastRuneInString(f)
	return first == '|' || first == '｜' || last == '|' || last == '｜'
}

// posterRun: right above the first prose line, a run of at least
// minPosterLines short lines without punctuation, each a word or two
// (Mid-Autumn, Festival, 喜迎中秋, 花好月圆): the lettering of a poster or
// banner image, split line by line, above the text. A title is one line, not a run of fragments; a run that
// holds a line looking like an article title (…活动总结) is no poster.
func posterRun(lines, folded []string, firstProse int, known func(i int) bool) []bool {
	if firstProse <= 0 {
		return nil
	}
	var run []int
	var out []bool
	// Only the run right above the first prose line: the cells of a table
	// printed line by line are followed by their numbers, not by the text.
	flush := func(atProse bool) {
		if atProse && len(run) >= minPosterLines {
			if out == nil {
				out = make([]bool, len(lines))
			}
			for _, k := range run {
				out[k] = true
			}
		}
		run = run[:0]
	}
	for i := 0; i < firstProse; i++ {
		f := strings.TrimSpace(folded[i])
		switch {
		case f == "" || lines[i] == titleMark:
		case known(i):
			flush(false)
		case posterFragment(f):
			run = append(run, i)
		default:
			flush(false)
		}
	}
	flush(true)
	return out
}

// minPosterLines is the fewest lines of a poster's run.
const minPosterLines = 3

// maxPosterFragmentRunes is the longest line of a poster's run.
const maxPosterFragmentRunes = 6

// posterFragment reports whether a line is a short fragment of lettering:
// at most maxPosterFragmentRunes runes of Han characters, or one Latin word
// (with hyphens), and nothing else.
func posterFragment(f string) bool {
	if runesOver(f, maxPosterFragmentRunes) && strings.IndexFunc(f, isHan) >= 0 || looksLikeArticleTitle(f) {
		return false
	}
	han, latin := 0, 0
	for _, r := range f {
		switch {
		case isHan(r):
			han++
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || r == '-'):
			latin++
		default:
			return false
		}
	}
	return han > 0 && latin == 0 || han == 0 && latin >= 2 && latin <= 16
}

// commentBox: after the body's last paragraph, a line naming the page's
// comments ([comment_words]: 评论, 跟帖), whatever else it says — the box's
// prompt, its rules, its counts (评论：(限300字), 共3条评论,
// 发帖请遵守跟帖规则): a report does not speak of the page's
// comments once its text is over. Lines up to maxCommentRunes. It is the
// last context judge: a line another judge knows keeps that judge's kind.
type commentBox struct{ v *furnitureVocab }

func (j commentBox) Judge(l lineView) string {
	if l.zone != zoneTail || l.runes() > maxCommentRunes || !containsAny(l.folded, j.v.commentWords) {
		return ""
	}
	return "comment"
}

// commentRow: a reader's comment as a forum prints it on one line — a
// mark (推, →, 噓) or none, the reader's handle in ASCII with its colon,
// the comment, and its stamp (MM/DD HH:MM) at the end (推 reader01: 辛苦了
// 02/18 21:10): the page's thread, not the author's text.
type commentRow struct{}

var commentRowExpr = regexp.MustCompile(`^[^\sA-Za-z0-9]?\s*[A-Za-z0-9_.]{2,20}\s*[:：]\s*.{0,80}?\s((\d{1,2}/\d{1,2}|(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2})$`)

func (commentRow) Judge(l lineView) string {
	// Every row ends with a time of day and holds a colon before it.
	f := l.folded
	if len(f) < 8 || f[len(f)-3] != ':' || !strings.ContainsAny(f[:len(f)-3], ":：") {
		return ""
	}
	if commentRowExpr.MatchString(f) {
		return "forum"
	}
	return ""
}

// markedField: after the body, a line opened by a reference mark and a
// label with its colon (※ 發信站: …, ※ 編輯: …, ※ 文章網址: …): a forum's
// notes on the post, the system's and not the author's.
type markedField struct{}

func (markedField) Judge(l lineView) string {
	rest, ok := strings.CutPrefix(l.folded, "※")
	if !ok || l.zone == zoneBody {
		return ""
	}
	if i := strings.IndexAny(rest, ":："); i > 0 && runeLen(strings.TrimSpace(rest[:i])) <= maxMarkedLabelRunes && !strings.ContainsAny(rest[:i], clauseEnds) {
		return "metadata"
	}
	return ""
}

// maxMarkedLabelRunes is the longest label after a reference mark.
const maxMarkedLabelRunes = 8

// softwareStamp: outside the body, a time label fused with or beside a
// date as software prints it in English (時間Sun Feb 18 21:03:11 2024,
// Date: Mon Mar 4 09:12:00 2024): the post's stamp.
type softwareStamp struct{}

var softwareStampExpr = regexp.MustCompile(`^(时间|日期|发信时间|date|time)?\s*[:：]?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2},?\s+\d{1,2}:\d{2}(:\d{2})?\s+(19|20)\d{2}$`)

func (softwareStamp) Judge(l lineView) string {
	if l.zone == zoneBody || l.runes() > 40 || !strings.Contains(l.folded, ":") {
		return ""
	}
	if softwareStampExpr.MatchString(strings.ToLower(l.folded)) {
		return "metadata"
	}
	return ""
}

// commentAfterStamp: after the body, a short line right under furniture
// that stamps a time of day (某某网友 2023-12-31 09:12:44 [回复], then 看完
// 很感动！): a reader's comment under its header. A report's sign-off
// follows its text, not a stamp with a time.
type commentAfterStamp struct{}

// maxCommentRunes is the longest comment commentAfterStamp takes, and the
// longest line of a comment box commentBox reads.
const maxCommentRunes = 60

func (commentAfterStamp) Judge(l lineView) string {
	if l.zone != zoneTail || !l.afterStamp || l.runes() > maxCommentRunes || timeOfDay.MatchString(l.folded) {
		return ""
	}
	return "comment"
}

// datedPairs marks, after the body, a list of other articles printed as
// pairs of lines — a short title, then its date alone as software writes
// it (某某2023年志愿服务工作总结 / 2024-01-19) — or as lines of a title with
// its date fused after it, at least minDatedPairs of them in a row: the
// site's related links. One such pair or line is the report's sign-off
// (某某社区 / 2023-12-30), and stays.
func datedPairs(lines, folded []string, lastProse int, known func(i int) bool) []bool {
	if lastProse < 0 {
		return nil
	}
	var idx []int // the non-empty lines of the tail
	for i := lastProse + 1; i < len(lines); i++ {
		if strings.TrimSpace(folded[i]) != "" && lines[i] != titleMark {
			idx = append(idx, i)
		}
	}
	var out []bool
	mark := func(from, to int) {
		if out == nil {
			out = make([]bool, len(lines))
		}
		for _, i := range idx[from:to] {
			out[i] = !known(i)
		}
	}
	for k := 0; k < len(idx); {
		n := 0 // pairs in a row from k
		for k+2*n+1 < len(idx) && datedPair(strings.TrimSpace(folded[idx[k+2*n]]), strings.TrimSpace(folded[idx[k+2*n+1]])) {
			n++
		}
		rows := 0 // lines of a title with its date fused after it, in a row from k
		for k+rows < len(idx) && datedRow(strings.TrimSpace(folded[idx[k+rows]])) {
			rows++
		}
		switch {
		case n >= minDatedPairs:
			mark(k, k+2*n)
			k += 2 * n
		case rows >= minDatedPairs:
			mark(k, k+rows)
			k += rows
		default:
			k++
		}
	}
	return out
}

// datedRow reports whether a line is an article's title with its date
// as software writes it at the end, fused or after a space (某某工作总结
// 2024-01-19).
func datedRow(f string) bool {
	if runesOver(f, maxTitleRunes+len("2024-01-19")) || strings.ContainsAny(f, sentenceEnds) || !strings.ContainsAny(f, "-/.") {
		return false
	}
	loc := trailingDate(f)
	return loc != nil && loc[0] > 0 && strings.IndexFunc(f[:loc[0]], isHan) >= 0
}

// minDatedPairs is the fewest pairs of a list of dated links.
const minDatedPairs = 2

// datedPair reports whether title and date are an article's title, short
// and without a sentence, and its date alone (2024-01-19).
func datedPair(title, date string) bool {
	return !runesOver(title, maxTitleRunes) && !strings.ContainsAny(title, sentenceEnds) && strings.IndexFunc(title, isHan) >= 0 &&
		len(date) <= len("2024-01-19") && machineDateExpr.MatchString(date) && machineDateExpr.FindString(date) == date
}

// slashByline: a byline whose parts a slash joins, at the top of the page
// or anywhere: a reporter after a school's or a sponsor's long name and
// the place of the report (某某大学某某合作校园记者某某某/某地报导), an
// outlet and its reporter in brackets (【某某广播电台/某某某】), or a
// paper's reporter in one run (slashReporterRowExpr), after another outlet
// and a slash (某某/某某报记者某某通讯员某某) or with the day and place of
// the report after a slash, in brackets that need not match (【某某报记者某某/
// 7月12日某地报导〕). The shorter forms (记者某某／某地报导) are bylineLine's.
type slashByline struct{}

var (
	slashReporterExpr    = regexp.MustCompile(`^[\p{Han}A-Za-z·]{0,30}(记者|通讯员)\s*\p{Han}{2,4}\s*[/／]\s*\p{Han}{1,6}(报道|报导)$`)
	slashOutletExpr      = regexp.MustCompile(`^[【\[][\p{Han}A-Za-z·]{1,14}(网|报|台|社)\s*[/／]\s*\p{Han}{2,4}[】\]]$`)
	slashReporterRowExpr = regexp.MustCompile(`^[【\[〔]?(\p{Han}{1,12}\s*[/／]\s*)?\p{Han}{1,12}(网|报|台|社)记者\s*\p{Han}{2,4}(\s*通讯员\s*\p{Han}{2,4})?(\s*[/／]\s*[\d\p{Han}]{1,14}(报道|报导))?[】\]〕]?$`)
)

// isSlashByline reports whether a folded line is such a byline: a header
// line, never a headline, wherever the furniture judges let it stand.
func isSlashByline(f string) bool { return slashByline{}.Judge(lineView{folded: f}) != "" }

func (slashByline) Judge(l lineView) string {
	f := l.folded
	// Every match holds a slash and ends with 报道 (报导) or a bracket or
	// names a reporter (记者): most lines do none. The ends are asked
	// first: they read a few bytes, the slash and 记者 the whole line.
	// slashReporterRowExpr's two slashes are each optional: the slash
	// asked for here is what leaves a reporter's row without one
	// (某报记者某某) to bylineLine.
	if !strings.HasSuffix(f, "报道") && !strings.HasSuffix(f, "报导") && !strings.HasSuffix(f, "】") && !strings.HasSuffix(f, "]") && !strings.Contains(f, "记者") || !strings.ContainsAny(f, "/／") {
		return ""
	}
	if slashReporterExpr.MatchString(f) || slashOutletExpr.MatchString(f) || slashReporterRowExpr.MatchString(f) {
		return "byline"
	}
	return ""
}

// leadCredit returns the rune span [start, end) of the reporters' credit
// in brackets that a news lead fused before the first sentence carries,
// or -1, -1: (记者 某某 通讯员 某某) or the names alone ((某某)) after an
// outlet's lead or a dateline (本报讯, 某某网讯, 某地3月2日电, 某某中心5月
// 20日讯), or a credit naming a reporter's role ([report_roles]) that opens
// the line (【记者某某某地报导】, (某某讯 通讯员某某报道)), with the first
// sentence after it. The credit is the page's; the lead before it, a
// dateline or an outlet's name, opens the report's sentence and stays.
func leadCredit(folded string, v *furnitureVocab) (int, int) {
	open := strings.IndexAny(folded, "(（【[")
	if open < 0 || runeLen(folded[:open]) > maxLeadRunes {
		return -1, -1
	}
	r, size := utf8.DecodeRuneInString(folded[open:])
	closer := leadClosers[r]
	n := strings.Index(folded[open+size:], closer)
	if n < 0 {
		return -1, -1
	}
	inner, end := strings.TrimSpace(folded[open+size:open+size+n]), open+size+n+len(closer)
	if inner == "" || runeLen(inner) > maxLeadCreditRunes || strings.ContainsAny(inner, sentenceEnds+"，,“”\"") {
		return -1, -1
	}
	// A headline run on before the lead (标题 某某网北京3月8日电 (记者 某某)):
	// the lead is the head's last field.
	head := strings.TrimSpace(folded[:open])
	if fs := strings.Fields(head); len(fs) > 1 {
		head = fs[len(fs)-1]
	}
	role := containsAny(inner, v.reportRoles)
	switch {
	case head == "":
		// In square brackets, a byline ends with where it was filed
		// (【记者某某某地报导】); a column's label (【记者手记】) stays.
		// In round brackets, names alone whose surnames tell them
		// ((王某某 李某)为…, round 32): a time or a word in brackets
		// ((上午)…) opens no name with a surname.
		if r != '(' && r != '（' {
			if !role || !hasSuffixAny(inner, v.reportEndings) {
				return -1, -1
			}
		} else if !role && !v.surnamedNames(inner) {
			return -1, -1
		}
	case outletLeadExpr.MatchString(head) || datelineExpr.MatchString(head) || creditedOutletExpr.MatchString(head) && strings.HasSuffix(head, "讯"):
		// A one-character paper's lead (晨报讯 (某某)) before names too
		// (round 32).
		if !role && !leadNames(inner) {
			return -1, -1
		}
	case role && creditedOutletExpr.MatchString(head):
		// An outlet's name, a one-character paper's lead or a lead dated
		// with its year before a credit naming a reporter's role
		// (某某公益报(本报记者 某某), 晨报讯(记者 某某), 某某网2024年3月5日讯(…)).
	case v.outletsLead.MatchString(head):
		// Since round 34, any outlet's lead, several outlets' joined by
		// enumeration commas, a channel's after an agency's name, or a lead
		// closed by a colon (某某客户端讯(记者 某某), 某某网、某某报6月28日消息
		// (记者 某某), 某某社某地讯(…), 某某某地讯:(某某 某某)), before a
		// reporter of the outlet's staff ([staff_roles]: 记者); names alone
		// only after the colon, two or more or each with a surname ((上午)
		// is a time). A correspondent's credit alone (某某网消息(通讯员 某某))
		// and names ending 报道 (某某报道讯(某某 某某 报道)) stay: the readers
		// keep them with the sentence.
		names := leadNames(inner) && strings.ContainsAny(inner, " 、") || v.surnamedNames(inner)
		if !containsAny(inner, v.staffRoles) && !(strings.ContainsAny(head, ":：") && names) {
			return -1, -1
		}
	case !role || !datedLeadExpr.MatchString(head):
		return -1, -1
	}
	if !v.isProse(strings.TrimSpace(folded[end:])) {
		return -1, -1 // the lead alone: left to the line judges
	}
	return runeLen(folded[:open]), runeLen(folded[:end])
}

// leadClosers close the brackets a lead's credit may open.
var leadClosers = map[rune]string{'[': "]", '【': "】", '(': ")", '（': "）"}

// maxLeadRunes is the longest text before a lead's credit in brackets on
// its line (a headline run on and the dateline); maxLeadCreditRunes the
// longest credit.
const (
	maxLeadRunes       = 60
	maxLeadCreditRunes = 30
)

// datedLeadExpr: a place or a station and the day, without 电 or 讯
// (某台某地3月2日): a dateline whose credit names a reporter's role.
var datedLeadExpr = regexp.MustCompile(`^[\p{Han}A-Za-z·]{1,14}\d{1,2}月\d{1,2}日$`)

// creditedOutletExpr: an outlet's name (某某报, 某某网, and since round 32
// a site named 某某在线), a lead of a paper with a one-character name
// (晨报讯), a channel's lead after the outlet's name (某某在线某地讯) or an
// outlet's lead dated with its year (某某网2024年3月5日讯): a lead before
// a credit naming a reporter's role, and one ending with 讯 before names
// alone (leadCredit).
var creditedOutletExpr = regexp.MustCompile(`^[\p{Han}A-Za-z·]{1,14}((报|网|台|在线)(\p{Han}{2,6}讯|讯)?|\d{4}年\d{1,2}月\d{1,2}日(讯|电))$`)

// leadNames reports whether s is one to maxCreditNames persons' names
// between spaces or enumeration commas (某某, 某某 某某某, 某某、某某).
func leadNames(s string) bool {
	names := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '、' })
	if len(names) == 0 || len(names) > maxCreditNames {
		return false
	}
	for _, n := range names {
		if !isPersonName(n) {
			return false
		}
	}
	return true
}

// outletTag returns the length in bytes of an outlet's lead without a
// date (outletLeadExpr: 本报讯, 某某网讯, 某某日报讯) set off by a space or a
// colon before the line's text (某某网讯 3月1日下午…, 某某新闻网讯: 今年…),
// or in brackets opening it ((本网讯)为响应…, round 32),
// with the marks after it, or 0: the page's tag on the copy it prints. A
// dateline (某地3月2日电 …) opens the report's sentence and stays, and so
// does a lead run into the sentence without a mark (某某网讯近日…).
func outletTag(folded string) int {
	if r, size := utf8.DecodeRuneInString(folded); leadClosers[r] != "" {
		// In brackets ((本网讯), 【某某报讯】), since round 32.
		n := strings.Index(folded[size:], leadClosers[r])
		if n < 0 || !taggedLead(strings.TrimSpace(folded[size:size+n])) {
			return 0
		}
		end := size + n + len(leadClosers[r])
		return len(folded) - len(strings.TrimLeft(folded[end:], " \u3000:："))
	}
	i := strings.IndexAny(folded, " \u3000:：")
	if i <= 0 || !taggedLead(folded[:i]) {
		return 0
	}
	return len(folded) - len(strings.TrimLeft(folded[i:], " \u3000:："))
}

// taggedLead reports whether s is an outlet's lead without a date
// (outletLeadExpr, ending with 讯).
func taggedLead(s string) bool {
	return strings.HasSuffix(s, "讯") && outletLeadExpr.MatchString(s)
}

// columnName: a column's name alone on its line right above the body's
// first line (新闻动态, 热点：; round 33): at most two Han characters before
// one of [column_words], perhaps with its colon. Over the report's first
// sentence it is the site's menu; higher in the head, above a headline and
// its kicker, the title's header takes it; in the body it may be the
// report's own heading and stays. Since round 36 the same name goes as
// the page's last line right under the body's last (校园动态, 每日热点): a
// heading with nothing under it heads no part of the report; the page's
// menu or its list of other stories begins there.
type columnName struct{ v *furnitureVocab }

func (j columnName) Judge(l lineView) string {
	f := strings.TrimRight(l.folded, ":：")
	if !(l.aboveBody || l.underBodyLast()) || runeLen(f) > 4 || !allHan(f) || !hasSuffixAny(f, j.v.columnWords) {
		return ""
	}
	return "navigation"
}

// underBodyLast reports whether the line is the page's last but for its
// footer (atTextEnd) and stands right under the body's last line: what a
// report may still say there is its sign-off (a unit's name, a date) or a
// line the page cut short.
func (l lineView) underBodyLast() bool { return l.belowBody && l.atTextEnd }

// loneBulletHead: right above the body's first line, a line led by a
// bullet that no line below it opens with, nor a list's item above it
// (lastBulleted), holding two Han characters or more but fewer than a
// headline (headlineRunes): a channel's or an account's name, a widget
// (• 某某融媒, • 字号：[ ]), the site's mark before it (round 36). A
// report's bulleted headings share their bullet with the ones below; a
// headline printed with a bullet (realshapes 1300) is longer; an English
// list's last item (443) holds no Han.
type loneBulletHead struct{ v *furnitureVocab }

func (j loneBulletHead) Judge(l lineView) string {
	if !l.aboveBody || !l.lastBulleted {
		return ""
	}
	_, rest := j.v.cutBullet(l.folded)
	if han := runeLen(hanOnly(rest)); han < 2 || han >= headlineRunes {
		return ""
	}
	return "navigation"
}
