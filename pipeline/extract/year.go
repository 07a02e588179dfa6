package extract

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// yearWords is dict/year.txt.
type yearWords struct {
	notOwn, notOwnBefore, periodAfter []string
	founding                          []string
	relativeDays                      []string
	uploadWords, uploadKinds          []string
	fileKinds, fileUnits              []string
	reportEndings, sampleWords        []string
	notNamedAfter                     []string
	maxYearsBefore                    int
}

var ywords = sync.OnceValue(func() yearWords {
	ws, err := dict.ParseSections(bytes.NewReader(dict.File("year.txt")))
	if err != nil {
		panic("extract: dict/year.txt: " + err.Error())
	}
	th, err := ws.Numbers("thresholds")
	if err != nil || th["max_years_before"] < 1 {
		panic("extract: dict/year.txt: [thresholds]: want max_years_before 1 or more")
	}
	// An empty section would silently turn its judge off.
	for _, sec := range []string{"not_own", "not_own_before", "period_after", "founding", "upload_words", "upload_kinds", "report_endings", "sample_words", "relative_days", "not_named_after", "file_kinds", "file_units"} {
		if len(ws.Words(sec)) == 0 {
			panic("extract: dict/year.txt: no [" + sec + "]")
		}
	}
	return yearWords{notOwn: ws.Words("not_own"), notOwnBefore: ws.Words("not_own_before"), periodAfter: ws.Words("period_after"), founding: ws.Words("founding"), uploadWords: ws.Words("upload_words"), uploadKinds: ws.Words("upload_kinds"),
		fileKinds: ws.Words("file_kinds"), fileUnits: ws.Words("file_units"),
		reportEndings: ws.Words("report_endings"), sampleWords: ws.Words("sample_words"), relativeDays: ws.Words("relative_days"), notNamedAfter: ws.Words("not_named_after"), maxYearsBefore: int(th["max_years_before"])}
})

var (
	titleYear = regexp.MustCompile(`(19[5-9][0-9]|20[0-9]{2})\s*年?`)
	// rocTitleYear: a Republic-of-China year (民國108年, 108年) in a
	// Traditional title.
	rocTitleYear = regexp.MustCompile(`(?:^|[^\d])(1[01]\d|[89]\d)\s*年`)
	// thisYearSaid: "this year" with the year in brackets inside it
	// (今(2024)年3月1日起, 本(112)年度起): the text says which year it is.
	thisYearSaid = regexp.MustCompile(`[今本]\s*[(（]\s*(\d{3,4})\s*[)）]\s*年`)
	// fileNumber: an official document's number, its year in hexagonal
	// or square brackets before the serial and 号 (某发〔2023〕15号).
	fileNumber = regexp.MustCompile(`[〔\[［]\s*((?:19|20)\d\d)\s*[〕\]］]\s*\d+\s*[号號]`)
)

// documentYear is the year of the report, in the order dict/year.txt
// documents: the title's, else the one it gives its "this year" in
// brackets, else its own dated activities', else the
// publish year when it dates by the day (unless a sample essay or an
// upload: 重阳节当天 in a template site's 敬老院活动总结), or by month or day without a
// year on a page whose publish date is a post's own stamp, or dates
// nothing but history on such a page, or dates nothing at all on any
// page with a publish date (not a sample essay's nor an upload's), unless every
// month it names without a year is later than the publish date's; or by
// month without a year in the publish month or the one before it, from
// whatever line the publish date came (not an upload's, nor on a page
// titled as a report: a template site's sample essay), which such news
// takes before its own years too when they are years alone before the
// publish year; else the year a yearly event's name starts with; else
// the year of an official document's number it cites.
func documentYear(doc *ingest.Document, dates []Date) *int {
	if m := titleYear.FindStringSubmatch(doc.Title); m != nil {
		y, _ := strconv.Atoi(m[1])
		return &y
	}
	if doc.Script == "traditional" {
		if m := rocTitleYear.FindStringSubmatch(doc.Title); m != nil {
			y, _ := strconv.Atoi(m[1])
			y += rocEra
			return &y
		}
	}
	if y := saidThisYear(doc); y != nil {
		return y
	}
	w := ywords()
	stamped := doc.PublishedStamped && !uploaded(doc, w)
	pub := publishedYear(doc.Published)
	floor, ceiling := 0, 0
	if pub != nil {
		ceiling = *pub
		if stamped {
			floor = *pub - 1
		}
	}
	// A sample-essay site's stamp bounds the years above (an older one is
	// history still), but is no post's own date: its report takes no
	// publish year below.
	site := sampleSite(doc, w)
	stamped = stamped && !site
	sample := titledAsReport(doc.Title, w) || site
	// News posted as it happened: every month it writes without a year is
	// the publish date's or the one before it, from whatever line the
	// publish date came; its years alone, all before the publish year
	// (2024年, on a page of 2025-02), are its past's figures.
	news := pub != nil && !sample && !uploaded(doc, w) && datedJustBeforePublished(dates, doc.Published)
	if news && yearsAloneBefore(dates, *pub) {
		return pub
	}
	founded := onlyFoundings(doc, dates, w)
	if !founded {
		if y := ownYear(doc.Folded, dates, floor, ceiling, w); y != nil {
			return y
		}
	}
	if pub != nil && !sample && !uploaded(doc, w) && datedAcrossYearEnd(dates, doc.Published) {
		y := *pub - 1
		return &y
	}
	if pub != nil && !datedAfterPublished(dates, doc.Published) {
		switch {
		case datesByDay(doc.Folded, w) && !sample && !uploaded(doc, w),
			stamped && undatedYear(dates),
			stamped && !sample && (len(dates) == 0 || founded || onlyHistory(doc.Folded, dates, w)),
			// A post that dates nothing, its publish date from any line
			// (时间：2018-11-20 in a byline, no time of day): news.
			len(dates) == 0 && !sample && !uploaded(doc, w),
			news:
			return pub
		}
	}
	if y := namedYear(doc.Folded, w); y != nil {
		return y
	}
	return fileNumberYear(doc.Folded)
}

// fileNumberYear is the latest year of the official documents' numbers
// the text cites (〔2023〕15号, [2022]8號: the notice its activities
// carry out), or nil.
func fileNumberYear(folded string) *int {
	var latest *int
	for _, m := range fileNumber.FindAllStringSubmatch(folded, -1) {
		if y, _ := strconv.Atoi(m[1]); latest == nil || y > *latest {
			latest = &y
		}
	}
	return latest
}

// saidThisYear is the year a text gives its "this year" in brackets
// (thisYearSaid), a Republic-of-China one in a Traditional text counting
// + 1911, or nil.
func saidThisYear(doc *ingest.Document) *int {
	if !thisBeforeBracket(doc.Folded) {
		return nil
	}
	m := thisYearSaid.FindStringSubmatch(doc.Folded)
	if m == nil {
		return nil
	}
	y, _ := strconv.Atoi(m[1])
	switch {
	case y >= 1950 && y <= 2099:
		return &y
	case doc.Script == "traditional" && rocThreeDigits(y):
		y += rocEra
		return &y
	}
	return nil
}

// thisBeforeBracket reports whether an opening bracket of s has 今 or 本
// before it, past ASCII spaces (\s): where every match of thisYearSaid
// starts. Most texts have none, and the test is a substring search for
// each bracket instead of the expression run over the whole text.
func thisBeforeBracket(s string) bool {
	for _, b := range []string{"(", "（"} {
		for i := 0; ; {
			j := strings.Index(s[i:], b)
			if j < 0 {
				break
			}
			k := strings.TrimRight(s[:i+j], "\t\n\f\r ")
			if strings.HasSuffix(k, "今") || strings.HasSuffix(k, "本") {
				return true
			}
			i += j + len(b)
		}
	}
	return false
}

// titledAsReport reports whether a title ends as a report of the genre
// does ([report_endings]: …活动总结), before exclamations or a bracket
// (…活动总结(精选4篇)): a template site's sample essay, when its text dates
// nothing.
func titledAsReport(title string, w yearWords) bool {
	t := strings.TrimRight(strings.TrimSpace(fold.ToSimplified(title)), "!！")
	// A collection's count in brackets (…总结(精选4篇)) is no part of it.
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") {
		if i := strings.LastIndexAny(t, "(（"); i > 0 {
			t = strings.TrimSpace(t[:i])
		}
	}
	for _, e := range w.reportEndings {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return containsAny(t, w.sampleWords)
}

// sampleSite reports whether a line the page removed names the site one
// of sample essays ([sample_words]: 范文大全 · 手机版): its texts are
// samples, posted whenever, as a title naming one is. Its stamp still
// bounds the text's years (a year long before it is history), but the
// report does not take its year.
func sampleSite(doc *ingest.Document, w yearWords) bool {
	for _, r := range doc.Removed {
		if containsAny(fold.ToSimplified(r.Text), w.sampleWords) {
			return true
		}
	}
	return false
}

// uploaded reports whether the page is a template or document-sharing
// site's copy of a report: a line it removed is of [upload_kinds] (an
// editor's blurb), or of [file_kinds] and gives the file's facts, a
// number before one of [file_units] (12.6KB, 4 页), or holds one of
// [upload_words]. Its date is when a user uploaded the text, often years
// after the report: never a post's own stamp. A [file_kinds] line
// without a file's size or pages (a reader counter 热度:57, a phone
// number, a weather line, markup left over) says nothing of an upload.
func uploaded(doc *ingest.Document, w yearWords) bool {
	for _, r := range doc.Removed {
		text := fold.ToSimplified(r.Text)
		if slices.Contains(w.uploadKinds, r.Kind) || containsAny(text, w.uploadWords) ||
			slices.Contains(w.fileKinds, r.Kind) && fileFacts(text, w.fileUnits) {
			return true
		}
	}
	return false
}

// fileFacts reports whether s writes a number followed, past spaces, by
// one of units, in any letter case (12.6KB, 86 kb, 4 页).
func fileFacts(s string, units []string) bool {
	rs := []rune(strings.ToUpper(s))
	for i, r := range rs {
		if !isArabicDigit(r) {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		if hasAnyRunesAt(rs, j, units) {
			return true
		}
	}
	return false
}

// ownYear is the year of the report's dated activities: the year its
// dates name most often, when one does more than any other and it is no
// later than the publish year (ceiling, 0 without one: a later year is a
// plan); else the first date with a year and a month, else the first year
// alone; years followed by a word of history (出生, 成立) or far before
// the latest year do not count, nor a year before floor, with a month or
// alone (a post stamped in 2014 that says 2010年因故暂停 or 2010年5月
// speaks of its past; a report of 2019 is posted in 2020).
func ownYear(folded string, dates []Date, floor, ceiling int, w yearWords) *int {
	latest := 0
	for _, d := range dates {
		if d.Start.Year != nil {
			latest = max(latest, *d.Start.Year)
		}
	}
	rs := []rune(folded)
	var own []Date
	for _, d := range dates {
		if d.Start.Year != nil && *d.Start.Year >= latest-w.maxYearsBefore && !historical(rs, d, w) {
			own = append(own, d)
		}
	}
	if y, ok := mostNamedYear(own); ok && y >= floor && (ceiling == 0 || y <= ceiling) {
		return &y
	}
	var alone *int
	for _, d := range own {
		y := *d.Start.Year
		if y < floor {
			continue
		}
		if d.Start.Month != nil {
			return &y
		}
		if alone == nil {
			alone = &y
		}
	}
	return alone
}

// onlyHistory reports whether the text writes years and every one is
// history by its words (2005年推出以来, 成立于2012年): it dates none of
// its own activities.
func onlyHistory(folded string, dates []Date, w yearWords) bool {
	rs := []rune(folded)
	return everyYear(dates, func(d Date) bool { return historical(rs, d, w) })
}

// everyYear reports whether dates hold a year and every date with one is
// of a kind.
func everyYear(dates []Date, kind func(Date) bool) bool {
	some := false
	for _, d := range dates {
		if d.Start.Year == nil {
			continue
		}
		if !kind(d) {
			return false
		}
		some = true
	}
	return some
}

// onlyFoundings reports whether the text writes years and every one is
// history: by its words (historical) or as a founding's, a word of
// [founding] after it in its sentence (2017年，中心成立了探访队). Such a
// text dates none of its own activities. False when the title holds such
// a word (服务站揭牌成立: the founding is the report's activity), or when
// the text dates an activity without a year (去年十一月, 5月29日): a
// chronicle, whose founding (二零零八年元旦，超市成立并开放) is one of
// the events its months belong to.
func onlyFoundings(doc *ingest.Document, dates []Date, w yearWords) bool {
	if containsAny(fold.ToSimplified(doc.Title), w.founding) || undatedYear(dates) {
		return false
	}
	rs := []rune(doc.Folded)
	return everyYear(dates, func(d Date) bool {
		return historical(rs, d, w) || containsAny(restOfSentence(doc, rs, d), w.founding)
	})
}

// restOfSentence is the text after the date d to the end of its sentence
// (the document's sentence spans), "" when d is in none.
func restOfSentence(doc *ingest.Document, rs []rune, d Date) string {
	end := d.Offset + utf8.RuneCountInString(d.Text)
	ss := doc.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End >= end })
	if d.Offset < 0 || k == len(ss) || ss[k].Start > d.Offset || ss[k].End > len(rs) {
		return ""
	}
	return string(rs[end:ss[k].End])
}

// mostNamedYear returns the year the dates name more often than any
// other, and false when none does (no dates, or a tie).
func mostNamedYear(dates []Date) (int, bool) {
	counts := map[int]int{}
	for _, d := range dates {
		counts[*d.Start.Year]++
	}
	best, bestN, tie := 0, 0, false
	for y, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = y, n, false
		case n == bestN:
			tie = true
		}
	}
	return best, bestN > 0 && !tie
}

// historical reports whether a word of history follows the date within
// four characters, or one of founding or birth comes right before it
// (成立于2012年, 成立时间:2019年6月) and the date starts no period
// ([period_after]: 自2023年3月起, or a range).
func historical(rs []rune, d Date, w yearWords) bool {
	end := d.Offset + utf8.RuneCountInString(d.Text)
	if end > len(rs) || d.Offset < 0 {
		return false
	}
	// Within a few characters: 2005年推出以来, 1998年正式成立.
	if containsAny(string(rs[end:min(len(rs), end+4)]), w.notOwn) {
		return true
	}
	// 自2023年3月起, 自2020年5月至2021年底: a period's start, the report's.
	after := end
	for after < len(rs) && rs[after] == ' ' {
		after++
	}
	if d.End != nil || hasAnyRunesAt(rs, after, w.periodAfter) {
		return false
	}
	before := strings.TrimRight(string(rs[max(0, d.Offset-maxNotOwnBeforeRunes):d.Offset]), " :：\t")
	for _, word := range w.notOwnBefore {
		if strings.HasSuffix(before, word) {
			return true
		}
	}
	return false
}

// maxNotOwnBeforeRunes is how far before a date historical looks for a
// word of [not_own_before] with its colon and spaces.
const maxNotOwnBeforeRunes = 8

// datesByDay reports whether the report dates its activities by the day
// (今天, 日前): news written when it happened. A date without a year
// (3月27日) is not enough alone: a report copied onto a template or
// document-sharing site years later has them too, under an upload date.
func datesByDay(folded string, w yearWords) bool {
	return containsAny(folded, w.relativeDays)
}

// datedAfterPublished reports whether every date written with a month
// but no year falls in a month later than the publish date's (12月9日 on a
// page of 2023-11): those activities happened before the page's year, on a
// copy posted later, and the publish year dates nothing.
func datedAfterPublished(dates []Date, published string) bool {
	return everyUndatedMonth(dates, published, func(m, pub int) bool { return m > pub })
}

// datedAcrossYearEnd reports whether the report dates its activities
// without a year in the last weeks of the year before a publish date
// early in the year: every month it writes without a year is later than
// the publish date's and at most yearEndMonths before it counting across
// the year's end (11月22日 or 12月26日 on a page of 2026-01-07); or it
// writes no month, and every day alone (于26日) is later than the publish
// date's day in a January. News posted after New Year of what happened
// before it: the activity's year is the one before the publish year.
func datedAcrossYearEnd(dates []Date, published string) bool {
	month, ok := publishedPart(published, 5, 7)
	if !ok || month > yearEndMonths {
		return false
	}
	if everyUndatedMonth(dates, published, func(m, pub int) bool { return m > pub && m+yearEndMonths-12 >= pub }) {
		return true
	}
	day, ok := publishedPart(published, 8, 10)
	if !ok || month != 1 {
		return false
	}
	some := false
	for _, d := range dates {
		if d.Redacted || d.Start.Year != nil {
			continue
		}
		if d.Start.Month != nil || d.Start.Day == nil || *d.Start.Day <= day {
			return false
		}
		some = true
	}
	return some
}

// yearEndMonths is how many months before a publish date early in the
// year a date without a year may fall and still be the year before's
// (datedAcrossYearEnd).
const yearEndMonths = 2

// datedJustBeforePublished reports whether the report dates by month
// without a year (6月21日) and every such month is the publish date's or
// the one before it (on a page of 2021-06-23): news posted as it
// happened, whatever line the publish date came from.
func datedJustBeforePublished(dates []Date, published string) bool {
	return everyUndatedMonth(dates, published, func(m, pub int) bool { return m == pub || m == pub-1 })
}

// everyUndatedMonth reports whether the dates write at least one month
// without a year and every such month m stands as in(m, the publish
// date's month); false when the publish date has no month.
func everyUndatedMonth(dates []Date, published string, in func(m, pub int) bool) bool {
	month, ok := publishedPart(published, 5, 7)
	if !ok {
		return false
	}
	some := false
	for _, d := range dates {
		if d.Start.Year != nil || d.Start.Month == nil || d.Redacted {
			continue
		}
		if !in(*d.Start.Month, month) {
			return false
		}
		some = true
	}
	return some
}

// undatedYear reports whether the report dates an activity without a
// year: by month (5月29日) or by the day alone (于15日).
func undatedYear(dates []Date) bool {
	for _, d := range dates {
		if d.Start.Year == nil && (d.Start.Month != nil || d.Start.Day != nil) && !d.Redacted {
			return true
		}
	}
	return false
}

// publishedYear is the year of a YYYY[-MM[-DD]] publish date, or nil.
func publishedYear(p string) *int {
	if y, ok := publishedPart(p, 0, 4); ok {
		return &y
	}
	return nil
}

// publishedPart is the number written at p[from:to] of a YYYY-MM-DD
// publish date, and false when p is shorter or holds no number there.
func publishedPart(p string, from, to int) (int, bool) {
	if len(p) < to {
		return 0, false
	}
	n, err := strconv.Atoi(p[from:to])
	return n, err == nil
}

// namedYear is the year a yearly event's name starts with, written
// without 年 (“2024·桂园邻里节”, ，2019滨江健步行出发): four digits
// 1950–2099 where a name starts (nameStartsAt; no part of a word:
// 相约2020春天, 在302室2014集合), followed by a Han character, past a
// space or a middle dot, that begins neither a measure word (2000名,
// 2025届) nor one of [not_named_after] (2000余份, 2021级, 2015与2018年,
// 2000万); nil when the text writes none.
func namedYear(folded string, w yearWords) *int {
	rs := []rune(folded)
	mw := defaultMeasureWords()
	for i := 0; i+4 <= len(rs); i++ {
		if !nameStartsAt(rs, i) {
			continue
		}
		y, end := readDigits(rs, i, 4)
		if end != i+4 || y < 1950 || y > 2099 {
			continue
		}
		j := i + 4
		for j < len(rs) && (rs[j] == ' ' || rs[j] == '·') {
			j++
		}
		if j == len(rs) || !isHanRune(rs[j]) || rs[j] == '年' {
			continue
		}
		if _, n := mw.match(rs, j); n > 0 || hasAnyRunesAt(rs, j, w.notNamedAfter) {
			continue
		}
		return &y
	}
	return nil
}

// isArabicDigit reports whether r is a digit 0–9, ASCII or full-width.
func isArabicDigit(r rune) bool {
	_, ok := arabicDigit(r)
	return ok
}

// nameStartsAt reports whether a name may start at rs[i]: at the text's
// start, after a space or a line's end, or after a mark that neither
// joins the parts of a date, a time or a range (2018-2019, 2019/20,
// 10:30) nor follows a digit (May 12,2016).
func nameStartsAt(rs []rune, i int) bool {
	if i == 0 {
		return true
	}
	switch r := rs[i-1]; {
	case r == ' ' || r == '\n':
		return true
	case !unicode.IsPunct(r) || strings.ContainsRune("-‐–—~～/.．:：", r):
		return false
	}
	return i == 1 || !isArabicDigit(rs[i-2])
}

// yearsAloneBefore reports whether the dates write a year and every one
// is a year alone (2024年, no month) before the publish year pub.
func yearsAloneBefore(dates []Date, pub int) bool {
	some := false
	for _, d := range dates {
		if d.Start.Year == nil {
			continue
		}
		if d.Start.Month != nil || *d.Start.Year >= pub {
			return false
		}
		some = true
	}
	return some
}
