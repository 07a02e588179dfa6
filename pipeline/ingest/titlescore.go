package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// Title by scoring: a text without a title in its markup gets the best of
// the candidates its first lines offer — a whole line, the part of a line
// before the body it ran into (【…活动总结】在过去…, …活动总结 一天终于…),
// a line without its list number (第1篇 …) or page counter (…总结(9)), the
// part of a line between site separators, the name of a shared document
// file — scored on what a report title looks like (dict/title.txt): its
// ending (总结, 汇报, 报告 …), a year, an organisation, its length; a line
// a furniture judge names, or without letters, is never a title.

// titleScorer is dict/title.txt.
type titleScorer struct {
	w                  map[string]float64
	endings, orgs      []string
	placeEndings       []string // 区, 公安: how a place's name ends, or a local body's; a label before a headline
	labels             []string // 名称, 标题: a field label before a title
	sites              []string // 网, 平台: how the name of a site ends
	roles              []string // 宣传员, 记者: how a byline's name ends
	continuations      []string // 如下, 会: what continues a sentence after an ending
	leadInWords        []string // 如下, 以下: a line ending with a colon after one announces the lines below
	columnTagEndings   []string // 动态, 快讯: how a column's tag in 【】 ends
	headlineVerbs      []string // 开展, 创建: a headline reports an event
	mediaMarks         []string // 图, 视频: a mark in brackets for what a story holds
	captionLeads       []string // 图为: a picture's caption opens with it, never a headline
	captionScenes      []string // 合影, 现场: a picture's caption ends with it, never a headline
	captionActs        []string // 正在: a picture's caption says someone is doing something with it
	questionWords      []string // 吗, 怎: a headline ending with a question mark asks with one
	controls           []string // 分享到, 打印本页: a page's button printed after the headline
	minRunes, maxRunes int
	fw                 titleFeatures // the weights of the features, from w

	// bylineTail is a reporter's byline set off by a space at a
	// headline's line's end (标题 ●本报记者 某某), [roles] and a short name.
	bylineTail *regexp.Regexp

	// feedKicker is a news feed's kicker before a headline (环球速看点!:
	// [feed_scopes], [feed_words]).
	feedKicker *regexp.Regexp
	// feedTail is the same feed's tag after a bar at a headline's end
	// (标题|环球聚看点).
	feedTail *regexp.Regexp
}

var titleWeightNames = []string{"ending", "genre_word", "year", "organisation", "length", "short", "numbered", "position", "min_score", "min_runes", "max_runes", "name", "column", "column_runes", "repeated", "min_run_on_runes", "field", "couplet", "copy", "heads_body", "echo", "echo_runes", "stamped"}

// titleFeature is one of the features of [weights] a candidate is scored
// on; titleFeatures counts them for one candidate (how many times the
// candidate has each, its position the lines above it), and the score is
// the sum of each count times its weight.
type titleFeature int

const (
	featEnding titleFeature = iota
	featGenreWord
	featYear
	featOrganisation
	featName
	featLength
	featShort
	featNumbered
	featColumn
	featRepeated
	featField
	featCouplet
	featCopy
	featHeadsBody
	featPosition
	featEcho
	featStamped
	titleFeatureCount
)

// titleFeatureNames are the features' weights in [weights], in order.
var titleFeatureNames = [titleFeatureCount]string{"ending", "genre_word", "year", "organisation", "name", "length", "short", "numbered", "column", "repeated", "field", "couplet", "copy", "heads_body", "position", "echo", "stamped"}

type titleFeatures [titleFeatureCount]float64

// score sums a candidate's features, each times its weight, in a fixed
// order (the same sum whatever the run).
func (s *titleScorer) score(fs titleFeatures) float64 {
	sc := 0.0
	for k, n := range fs {
		if n != 0 {
			sc += n * s.fw[k]
		}
	}
	return sc
}

// rankedTitle is a candidate with its features, as chooseTitle ranks it.
type rankedTitle struct {
	c     titleCandidate
	feats titleFeatures
}

func parseTitleScorer(b []byte) (*titleScorer, error) {
	ws, err := dict.ParseSections(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	w, err := ws.Numbers("weights")
	if err != nil {
		return nil, err
	}
	for _, n := range titleWeightNames {
		if _, ok := w[n]; !ok {
			return nil, fmt.Errorf("[weights]: no %s", n)
		}
	}
	s := &titleScorer{w: w, endings: ws.Words("endings"), orgs: ws.Words("organisations"), labels: ws.Words("labels"), continuations: ws.Words("continuations"),
		leadInWords: ws.Words("lead_in_words"), sites: ws.Words("sites"), roles: ws.Words("roles"), columnTagEndings: ws.Words("column_tag_endings"), headlineVerbs: ws.Words("headline_verbs"),
		mediaMarks: ws.Words("media_marks"), captionLeads: ws.Words("caption_leads"), captionScenes: ws.Words("caption_scenes"), captionActs: ws.Words("caption_acts"), placeEndings: ws.Words("place_endings"), questionWords: ws.Words("question_words"), controls: ws.Words("title_controls"), minRunes: int(w["min_runes"]), maxRunes: int(w["max_runes"])}
	for k, n := range titleFeatureNames {
		s.fw[k] = w[n]
	}
	scopes, words := ws.Words("feed_scopes"), ws.Words("feed_words")
	if len(scopes) == 0 || len(words) == 0 {
		return nil, fmt.Errorf("no [feed_scopes] or [feed_words]")
	}
	s.bylineTail = regexp.MustCompile(`\s+[●•·]?\s*\p{Han}{0,4}(?:` + alternation(s.roles) + `)\s*\p{Han}{2,4}\s*$`)
	s.feedKicker = regexp.MustCompile(`^(?:` + alternation(scopes) + `)\p{Han}{0,2}?(?:` + alternation(words) + `)\s*[!！:：丨|｜]\s*`)
	s.feedTail = regexp.MustCompile(`\s*[丨|｜]\s*(?:` + alternation(scopes) + `)\p{Han}{0,2}?(?:` + alternation(words) + `)\s*$`)
	if len(s.endings) == 0 || len(s.orgs) == 0 || len(s.labels) == 0 || len(s.continuations) == 0 || len(s.leadInWords) == 0 || len(s.sites) == 0 || len(s.roles) == 0 || len(s.columnTagEndings) == 0 || len(s.headlineVerbs) == 0 || len(s.mediaMarks) == 0 || len(s.captionLeads) == 0 || len(s.captionScenes) == 0 || len(s.captionActs) == 0 || len(s.placeEndings) == 0 || len(s.questionWords) == 0 || len(s.controls) == 0 {
		return nil, fmt.Errorf("no [endings], [organisations], [labels], [continuations], [lead_in_words], [sites], [roles], [column_tag_endings], [headline_verbs], [media_marks], [caption_leads], [caption_scenes], [caption_acts], [place_endings], [question_words] or [title_controls]")
	}
	return s, nil
}

var defaultTitleScorer = sync.OnceValues(func() (*titleScorer, error) {
	s, err := parseTitleScorer(dict.File("title.txt"))
	if err != nil {
		return nil, fmt.Errorf("dict/title.txt: %v", err)
	}
	return s, nil
})

// titleCandidate is a possible title: line is the index of the line it
// comes from (-1 for a file name); rest is what stays of that line in the
// body when the title is only its start ("" when the whole line goes).
type titleCandidate struct {
	text string
	line int
	rest string
	pos  int // how many non-empty lines come before its line
	// labelsAbove: how many of those are labels, not headlines
	// (labelsOnly): they cost it no position.
	labelsAbove int
	// note is a site's notice cut between a title run on into the body
	// and the title said again (a template site's reminder that its texts are samples): furniture.
	note string
	// headline: a couplet printed after the lead paragraph, scored as a
	// couplet whatever separates its phrases.
	headline bool
	// headsBody: its line is right above the first paragraph.
	headsBody bool
	// copies are the lines above that are a header's copy of it (cut
	// short, labelled): the header's, not the body's.
	copies []int
	// stamp is a date stamp cut off the front of its line (113.05.02…,
	// date 2024-03-16 …): the post's date, not the title's.
	stamp string
	// wrapped is the line the title goes on to after its line (a kicker
	// ending with a dash, then the headline), 0 for none.
	wrapped int
	// deck: the page's first line, right above the first paragraph,
	// opens with dashes (isDeck): a rule of hyphens cut off before the
	// headline, or a deck ending as a report's title (——某某活动总结),
	// its main line lost. It is scored without its dashes.
	deck bool
	// opensBody: the headline opens the first paragraph, set off by a
	// space (spacedHeadline), and its line stays whole in the text.
	opensBody bool
	// belowBlurb: the headline is under the site's sentence that ended
	// the first lines, or under a hijacked copy's keywords (keywordList);
	// what is above it is the site's.
	belowBlurb bool
	// echoed: the headline before a site's name on its line, said alone
	// elsewhere on the page (echoedHead).
	echoed bool
	// beforeDate: the headline runs on into the post's date field
	// (headlineBeforeDate), the stamp a site's software prints under it.
	beforeDate bool
	// underDate: its line is right under a day's date with its weekday
	// alone on its line (weekdayStamp), the header a blog prints above
	// each post's headline.
	underDate bool
	// leadsList: its line ends with a colon right above a list's first
	// item (leadsList).
	leadsList bool
}

var (
	// bracketTitle: words in brackets (group 1) and the line after them
	// (group 2): 【某某项目组】某某, a column's tag or a framed headline.
	bracketTitle = regexp.MustCompile(bracketedWords + `\s*(.+)$`)
	// listPrefix: 第1篇, 1、, -精品推荐-, a page counter (第1页共4页) before a
	// title.
	listPrefix  = regexp.MustCompile(`^((第\s*[一二三四五六七八九十\d]+\s*篇[:：]?|\d{1,2}\s*[、.．]|第\s*\d{1,3}\s*[页頁]\s*[,，/]?\s*共\s*\d{1,3}\s*[页頁])\s*|-[^-\s]{1,10}-\s*)+`)
	pageCounter = regexp.MustCompile(`\s*[(（]\d{1,3}[)）]$`)
	// trailingNote: （精选3篇）, (2篇) after a title's ending.
	trailingNote = regexp.MustCompile(`\s*[(（【\[][^)）】\]]{1,12}[)）】\]]$`)
	// pieceLabel: a template site's label of one of its pieces after a
	// title's ending — its number (篇1), the count of the pieces (6篇,
	// 范文3篇), its length (1000字), a sample's number in brackets (『范文1』).
	pieceLabel = regexp.MustCompile(`\s*(篇\s*[\d一二三四五六七八九十]{1,3}|` + pieceCountExpr + `|\d{2,5}\s*字|[『「【\[(（]\s*(范文|篇)\s*[\d一二三四五六七八九十]{1,3}\s*[』」】\])）])$`)
	// spacedPieceLabel: a piece's label set off by a space at a line's end
	// (某某活动总结 『范文1』, 某某活动总结 1000字): the site's, not the title's.
	spacedPieceLabel = regexp.MustCompile(`\s` + pieceLabel.String())
	hasYear          = regexp.MustCompile(`(19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}年`)
)

// blurbWindow is how many lines after the prose that ended the first
// lines may hold the headline under it (titleCandidates).
const blurbWindow = 3

// titleCandidates lists the candidates of the first lines of a text, up
// to and including its first prose line (and a headline a few lines
// under it among stamped, the lines right above the post's stamp), then the name
// of a shared document file and crumb, the last part of a breadcrumb the
// furniture judges removed (首页 > 活动 > 某某探访).
func titleCandidates(lines, folded []string, fileTitle, crumb, headline string, fv *furnitureVocab, s *titleScorer, stamped map[string]bool) []titleCandidate {
	var out []titleCandidate
	pos, pastNotice, prev, underDate, keywords := 0, false, -1, false, false
	var short []string // the first lines so far, folded, while each is shorter than a title
	blurb := -1        // the line of prose that ended the first lines
	// headsBody marks the candidates of the line right above the first
	// paragraph: where a page sets its article's own heading.
	headsBody := func() {
		for k := range out {
			out[k].headsBody = prev >= 0 && out[k].line == prev
		}
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || l == titleMark {
			continue
		}
		// A bulleted line right above the post's stamp is the headline of a
		// page printed as a list (• 标题 over • 发布时间:…), and so is one
		// alone, the lines around it without a bullet (新闻动态, • 标题,
		// the first paragraph: loneBullet); a menu's or a list's item,
		// among others, keeps its bullet, and opens no headline.
		if stamped[l] || loneBullet(lines, i) {
			l = strings.TrimSpace(strings.TrimLeft(l, itemBullets))
		}
		// A date stamp fused before the headline (2017.01.10 标题, a
		// Republic-of-China 113.05.02标题, date 2024-03-16 标题) is the
		// post's date: the line's candidates are scored without it.
		stamp := ""
		if n := leadingStamp(l); n > 0 {
			stamp, l = strings.TrimSpace(l[:n]), l[n:]
		}
		// The post's facts fused after the headline (标题 2024-03-16,
		// 标题信息来源:某某中心) are the site's, not the title's. They are
		// matched folded ([source_labels]), l cut at as many runes.
		lf := fold.ToSimplified(l)
		if m := fv.trailingFacts.FindStringSubmatchIndex(lf); m != nil {
			at := func(k int) int { return foldedOffset(l, lf, m[k]) }
			d := 2 // the date: group 1, or group 2 in brackets, or group 4 with 年月日 after its label
			if m[d] < 0 {
				d = 4
			}
			if m[d] < 0 && m[8] >= 0 {
				d = 8
			}
			if m[d] >= 0 || s.namesSiteOrOrg(fold.ToSimplified(l[at(6):at(7)])) {
				if m[d] >= 0 && stamp == "" {
					stamp = l[at(d):at(d+1)]
				}
				l = l[:at(0)]
				lf = fold.ToSimplified(l)
			}
		} else if m := trailingDateFields.FindStringSubmatchIndex(lf); m != nil && stamp == "" && headlineBefore(lf[:m[0]], s.minRunes) {
			// 标题 2006年08月07日 某某报, 标题 某某 10月6日: the post's
			// date and its source or author, set off by spaces.
			stamp, l = strings.TrimSpace(l[foldedOffset(l, lf, m[2]):]), l[:foldedOffset(l, lf, m[0])]
			lf = fold.ToSimplified(l)
			// 标题 ●本报记者 某某 某某报 5月6日: the reporter's byline
			// before them is the post's field too.
			if b := s.bylineTail.FindStringIndex(lf); b != nil && headlineBefore(lf[:b[0]], s.minRunes) {
				stamp, l = strings.TrimSpace(l[foldedOffset(l, lf, b[0]):])+" "+stamp, l[:foldedOffset(l, lf, b[0])]
				lf = fold.ToSimplified(l)
			}
		}
		if datedLead.MatchString(lf) {
			headsBody() // the report's first sentence: no title from here on
			break
		}
		if m := weekdayStamp.FindStringIndex(lf); m != nil {
			// A header's date: alone on its line, a blog's over the
			// post's headline right under it; a site's today's has its
			// menu after it.
			underDate = strings.TrimSpace(lf[m[1]:]) == ""
			continue
		}
		if newspaperPage.MatchString(lf) {
			continue // the edition's header: the headline below is the page's first line
		}
		// A page's first line may ask and answer (某某怎么办?这样办):
		// a headline, no prose (askingHeadline).
		prose := fv.isProse(lf) && !(pos == 0 && askingHeadline(lf))
		if pos == 0 && prose && keywordList(lf) {
			// A hijacked copy's search keywords over the headline it
			// copied (某某在线观看|某某一区高清|…): no paragraph that ends
			// the first lines, and no title, nor are its phrases; what
			// is above the headline is the site's.
			keywords = true
			continue
		}
		if pastNotice && prose {
			headsBody()
			blurb = i
			break
		}
		add := func(text, rest string) {
			// A bar at either end is a layout cell's border printed as
			// text (某某活动 |), never the title's.
			text = strings.Trim(s.withoutSitePrefix(s.withoutMediaMark(s.withoutStrayTail(pos == 0, withoutTail(spacedPieceLabel, pieceLabelEnds, withoutTail(pageCounter, pageCounterEnds, strings.TrimSpace(text)))))), cellBorders)
			if text != "" {
				c := titleCandidate{text: text, line: i, rest: strings.TrimSpace(rest), pos: pos, stamp: stamp, underDate: underDate, belowBlurb: keywords}
				if pos > 0 && len(short) == pos && s.labelsOnly(short, text, lines, i, fv) {
					c.labelsAbove = pos
				}
				out = append(out, c)
				// A headline said twice in a row ends the candidate:
				// the page says it twice. A list's item (1、某某报告
				// 某某报告) is a piece's heading under the page's.
				if p := doubledTail(text, s.minRunes); p != "" && !listPrefix.MatchString(l) {
					c.text, c.echoed = p, true
					out = append(out, c)
				}
			}
		}
		body := s.withoutFeedKicker(s.withoutLabel(withoutMatches(listPrefix, l)))
		if h := s.withoutForeignSuffix(folded, i, body, prose); h != "" {
			body = h
		}
		m := bracketTitle.FindStringSubmatch(body)
		if m != nil && (runeLen(m[1]) <= maxColumnLabelRunes && articleTitleWords.in(fold.ToSimplified(m[1])) && s.namesOnlyGenre(fold.ToSimplified(m[1])) ||
			strings.HasPrefix(body, "【") && s.columnTag(fold.ToSimplified(m[1]))) {
			add(m[2], "") // [活动回顾] 2019年…总结, 【新闻动态】…: a column's label before the title
		}
		// A kicker ending with a dash (某某街——) is broken off its
		// headline, on the next line: the two are the title.
		j := nextLine(lines, i)
		if strings.TrimRight(body, dashRunes) != body && j > 0 && lines[j] != titleMark && !fv.isProse(fold.ToSimplified(lines[j])) {
			add(body+strings.TrimSpace(lines[j]), "")
			out[len(out)-1].wrapped = j
		} else if pos == 0 && isDeck(body) && j > 0 && fv.isProse(fold.ToSimplified(lines[j])) && (withoutRule(body) != body || s.endsAsTitle(fold.ToSimplified(strings.TrimLeft(body, dashRunes)))) {
			// The page's first line over the first paragraph, opening
			// with dashes: a headline behind a rule drawn of hyphens
			// (------标题), or a deck whose words end as a report's
			// title does (——某某活动总结), its main line lost. Any other
			// deck there (——记某某) stays the text's.
			add(withoutRule(body), "")
			out[len(out)-1].deck = true
		} else {
			add(body, "")
		}
		if p := echoedHead(folded, i, body); p != "" {
			add(p, "")
			out[len(out)-1].echoed = true
		}
		// A title is short: a longer line is split no further (titleParts
		// is quadratic in the parts of a long line). Nor is a paragraph:
		// its parts are clauses (在某某节日-某某佳节到来之际,…。), not a
		// title and a site's name.
		if !prose && !runesOver(body, maxTitleLineRunes) {
			if parts := titleParts(body); len(parts) > 1 {
				for k, p := range parts {
					if s.cutsOffSite(parts, k) {
						add(p, "")
					}
				}
			}
		}
		if m != nil {
			add(m[1], m[2])
		}
		// A template site may close the page's first line, its headline
		// with the count of its pieces, with a full stop (某某活动总结
		// (集合9篇)。): without it, a line with no other mark that ends
		// with the genre's ending word and the note. A sentence ending
		// with a report's name (我们写了这份活动总结。) has no note.
		if t, ok := strings.CutSuffix(body, "。"); ok && pos == 0 && trailingNote.MatchString(t) && !strings.ContainsAny(t, clauseEnds) && s.endsAsTitle(fold.ToSimplified(t)) {
			add(t, "")
		}
		if t, note, rest := s.splitRunOn(body); t != "" {
			add(t, strings.TrimPrefix(rest, t)) // a title written twice goes whole
			if note != "" && len(out) > 0 && out[len(out)-1].line == i {
				out[len(out)-1].note = note
			}
		}
		if t, rest := s.splitAtDate(body); t != "" {
			add(t, rest)
		}
		if t, rest := s.spacedHeadline(body, pos == 0, fv); prose && t != "" {
			add(t, rest)
			out[len(out)-1].opensBody = true
		}
		if t, date, rest := headlineBeforeDate(body, fv); t != "" {
			add(t, rest)
			out[len(out)-1].opensBody, out[len(out)-1].beforeDate = true, true
			if stamp == "" {
				out[len(out)-1].stamp = date
			}
		}
		// A notice in a field (校园公告：…。, a ticker above the headline)
		// may be no first paragraph, nor may a first line that exclaims
		// (某某网,分享…,您的好帮手!: a site's slogan): a line below it,
		// whole and not prose, may still be the title.
		if prose && fieldLabel(lf) == 0 && !(pos == 0 && hasSuffixAny(lf, exclamationMarks)) {
			headsBody()
			blurb = i
			break
		}
		if pos >= 6 {
			break
		}
		pastNotice = pastNotice || prose
		if _, n := hanAndNonLatin(lf); n < s.minRunes && len(short) == pos {
			short = append(short, lf)
		}
		pos++
		prev, underDate = i, false
	}
	// A headline printed after the lead paragraph (the first line, prose,
	// then 粽叶飘香邻里情 端午佳节话团圆): the line after a first line of
	// prose, when it is a headline of two parallel phrases.
	if len(out) == 0 || out[0].pos == 0 && len(out) == 1 && out[0].rest == "" && fv.isProse(fold.ToSimplified(out[0].text)) {
		if i := headlineAfterLead(lines, fv); i >= 0 {
			out = append(out, titleCandidate{text: strings.TrimSpace(lines[i]), line: i, pos: 1, headline: true})
		}
	}
	// A site's sentence may stand above the headline (a notice, the
	// column's blurb, another story's teaser): a line within blurbWindow
	// lines after the prose that ended the first lines, of a headline's
	// length, right above the post's stamp, where a site's software
	// prints the headline, with a paragraph within repeatWindow lines
	// below it (a headline may read as a sentence: 某某社区怎么做到的？).
	// Lines passed over on the way are the header's: shorter or longer
	// than a title (a column's name, a quote's author, a menu, a row of
	// languages), prose (another teaser) or a path of steps (某某网 >
	// 栏目); any other line ends the search (the headline over its deck,
	// the deck stamped: no title here).
	if blurb >= 0 {
		for j, k := nextLine(lines, blurb), 0; j > 0 && k < blurbWindow; j, k = nextLine(lines, j), k+1 {
			l := strings.TrimSpace(lines[j])
			f := fold.ToSimplified(l)
			han, _ := hanAndNonLatin(f)
			offLength := han < s.minRunes || runesOver(l, s.maxRunes)
			if !offLength && stamped[l] && paragraphBelow(lines, j, fv) != "" {
				out = append(out, titleCandidate{text: l, line: j, pos: pos + 1, belowBlurb: true})
				break
			}
			if !offLength && !fv.isProse(f) && !(breadcrumb{fv}).stepPath(f) {
				break
			}
		}
	}
	// The line right above a report's first section (一、…), when the first
	// lines ended before it: the title under a page's notices in sentences.
	if i := aboveFirstSection(lines); i >= 0 && (len(out) == 0 || out[len(out)-1].line < i) {
		out = append(out, titleCandidate{text: strings.TrimSpace(lines[i]), line: i, pos: 1})
	}
	for k := range out {
		out[k].leadsList = leadsList(lines, out[k].line)
	}
	// The name of a shared document file and the breadcrumb's last step
	// come after the lines: a line saying the same, often fuller (with the
	// quotes a file name lost), wins a tie.
	for _, t := range []string{fileTitle, crumb, headline} {
		// 某某总结 (2).docx: a copy's counter is no part of the title.
		if t = strings.TrimSpace(withoutTail(pageCounter, pageCounterEnds, t)); t != "" {
			out = append(out, titleCandidate{text: t, line: -1})
		}
	}
	return out
}

// labelsOnly reports whether the lines above a candidate of line i, short
// (each shorter than min_runes: a column's name, a bare label, a menu's
// items: 本期看点, 今日：, 社区生活), are a header's labels it is
// below, not headlines: none of them opens the candidate (a kicker said
// again whole below: 某某 / 某某 一路同行) and the line below it is no
// other line of a headline's length that is not prose (a stack of
// short lines: a poem's, a list of other stories).
func (s *titleScorer) labelsOnly(short []string, text string, lines []string, i int, fv *furnitureVocab) bool {
	f := fold.ToSimplified(text)
	for _, l := range short {
		if h := hanOnly(l); h != "" && strings.HasPrefix(hanOnly(f), h) {
			return false
		}
	}
	if j := nextLine(lines, i); j > 0 {
		g := fold.ToSimplified(strings.TrimSpace(lines[j]))
		if han, _ := hanAndNonLatin(g); han >= s.minRunes && !fv.isProse(g) {
			return false
		}
	}
	return true
}

// trailingDateFields is the post's date written with 月 and 日 (and a
// year or not) at the end of a headline's line, set off by a space, with
// a short name (an author, a paper) before or after it (group 1).
var trailingDateFields = regexp.MustCompile(`\s+((?:\p{Han}{2,8}\s+)?(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s+\p{Han}{2,8})?)\s*$`)

// headlineBefore reports whether f, what comes before a date, is a
// headline's words: at least minHan Han characters, not the first day of a
// range (2023年08月02日 - 2023年08月04日).
func headlineBefore(f string, minHan int) bool {
	han, _ := hanAndNonLatin(f)
	return han >= minHan && !hasSuffixAny(strings.TrimSpace(f), rangeJoins)
}

// rangeJoins join the two days of a range of dates.
var rangeJoins = []string{"-", "–", "—", "~", "～", "至", "到"}

// datedLead is the opening of a report's first sentence: the day, a time
// of it at most, then a comma (10月25日上午，在某某敬老院开展了…), as no
// headline opens.
var datedLead = regexp.MustCompile(`^\d{1,2}月\d{1,2}日[^，,。\s]{0,3}[，,]`)

// foldedOffset returns the byte offset in s of the rune at byte offset i
// of folded, s folded: fold keeps the count of runes, not their widths.
func foldedOffset(s, folded string, i int) int {
	n := utf8.RuneCountInString(folded[:i])
	for k := range s {
		if n == 0 {
			return k
		}
		n--
	}
	return len(s)
}

// leadingStampExpr is a date stamp with its year, month and day in
// digits, after an ASCII word or not (date 2024-03-16, 2017.01.10, a
// Republic-of-China 106.01.10 written so with dots), and a time of day,
// before a Han character.
var leadingStampExpr = regexp.MustCompile(`^\s*([A-Za-z]{2,8}[:：]?\s*)?(` + machineDate + `|(\d{2,3})\.(\d{2})\.(\d{2}))(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*\p{Han}`)

// leadingStamp returns the length in bytes of a date stamp that starts l
// before its text (leadingStampExpr), or 0.
func leadingStamp(l string) int {
	m := leadingStampExpr.FindStringSubmatchIndex(l)
	if m == nil || stampDate(l[:m[1]]) == "" {
		return 0
	}
	_, w := utf8.DecodeLastRuneInString(l[:m[1]])
	return m[1] - w
}

// stampDate reads a date stamp (leadingStampExpr, or a headline's
// trailing stamp written in words, 2024年3月16日) as YYYY-MM-DD, a
// Republic-of-China year counting + 1911, or "" when it is no date.
func stampDate(stamp string) string {
	m := leadingStampExpr.FindStringSubmatch(stamp + "字")
	if m == nil || m[3] == "" {
		if d := publishDate(stamp); len(d) == len("2006-01-02") {
			return d
		}
		return "" // a day 0 or past 31: no date
	}
	y, _ := strconv.Atoi(m[3])
	mo, _ := strconv.Atoi(m[4])
	d, _ := strconv.Atoi(m[5])
	if y < 1 || y > maxRepublicYear || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%d-%02d-%02d", y+republicEra, mo, d)
}

// A Republic-of-China year counts from 1912 (year 1); stamps are read up
// to maxRepublicYear.
const (
	republicEra     = 1911
	maxRepublicYear = 150
)

// columnTag reports whether the folded label of a 【】 tag before a
// headline is a site's column or notice (新闻动态, 工作快讯, 声明:
// [column_tag_endings]), not a part's number (篇一), a short tag the
// headline keeps (特写, 某市) nor a label of the author's (心引力项目组,
// 志工纪录).
func (s *titleScorer) columnTag(label string) bool {
	han, n := hanAndNonLatin(label)
	if han != n || isPartNumber(label) {
		return false
	}
	return han <= maxColumnLabelRunes && hasSuffixAny(label, s.columnTagEndings)
}

// sitePrefix is a site's name, bare or in title marks, before a slash or
// a double dash at a line's start (某某新闻网/标题, 《某某网》——标题);
// group 1 is the name.
var sitePrefix = regexp.MustCompile(`^《?([^《》/／—\s]{2,12}?)》?\s*(?:[/／]|——)\s*`)

// withoutSitePrefix returns t without a site's name set off before it by
// a slash or a double dash (某某新闻网/标题, 《某某网》——标题), the news
// site that ran the story, when what follows is a headline's length: a
// byline's place (某某网/某地报道) is too short to be cut. A name that is
// no site's (某某活动——标题) stays.
func (s *titleScorer) withoutSitePrefix(t string) string {
	m := sitePrefix.FindStringSubmatchIndex(t)
	if m == nil || !hasSuffixAny(fold.ToSimplified(t[m[2]:m[3]]), s.sites) {
		return t
	}
	if han, _ := hanAndNonLatin(t[m[1]:]); han < s.minRunes {
		return t
	}
	return t[m[1]:]
}

// A mark in brackets at a headline's start or end (group 1: its words);
// a slash may set the leading one off ((有影片)/标题).
var (
	leadingMark  = regexp.MustCompile(`^[(（【\[]([^)）】\]]{1,4})[)）】\]]\s*(?:[/／]\s*)?`)
	trailingMark = regexp.MustCompile(`\s*[(（【\[]([^)）】\]]{1,4})[)）】\]]$`)
)

// withoutMediaMark returns t without a mark in brackets at its start or
// end that says what the story holds ([图]标题, 标题(组图), 標題【有片】:
// [media_marks], folded): a news site's, not the headline's.
func (s *titleScorer) withoutMediaMark(t string) string {
	for _, re := range [...]*regexp.Regexp{leadingMark, trailingMark} {
		if m := re.FindStringSubmatchIndex(t); m != nil && slices.Contains(s.mediaMarks, fold.ToSimplified(t[m[2]:m[3]])) {
			t = strings.TrimSpace(t[:m[0]] + t[m[1]:])
		}
	}
	return t
}

// firstLineTitle returns the index of the first line when no candidate
// scored as a title but that line looks like one and holds at least
// min_runes Han characters (书签正能量, a bookmark widget's label, is no
// title, nor are a Markdown heading's #### 引言 and a counter's 浏览数量:57,
// whose marks and digits make up the length), or -1.
//
// A byline is none either (【某某电台/张三】), nor a line that opens as no
// headline does (opensHeadline), nor a row of fields (formRow), nor a
// first sentence (datedLead): a page without a headline has none, rather
// than its first line.
func (s *titleScorer) firstLineTitle(lines []string) int {
	i := titleLine(lines)
	if i < 0 {
		return -1
	}
	l := strings.TrimSpace(lines[i])
	f := fold.ToSimplified(l)
	if han, _ := hanAndNonLatin(f); han < s.minRunes || isSlashByline(f) || !opensHeadline(l) || s.opensCaption(f) || formRow(f) || datedLead.MatchString(f) || newspaperPage.MatchString(f) || weekdayStamp.MatchString(f) || opensWithNewsLead(f) || carriesOn(lines, i) || leadsList(lines, i) {
		return -1
	}
	return i
}

// captionsEnd returns the index of the first paragraph when the text
// opens with two or more captions stacked right above it, else 0: short
// lines of Han characters alone, four or more, each said once, two of
// them sharing two characters, none ending as a report's title does nor
// naming a site or a column (志愿者清理河道 / 志愿者合影留念): the
// captions of the pictures a page opens with or a poem's lines, never
// its headline (a headline said twice, a site's name, a column's or an
// author's over it are no captions). A column is also a name of the
// genre's words and a few more (妇联工作: namesOnlyGenre), and a line
// reporting an event as a headline does, a headline's verb with a genre
// word (某某区开展…宣传活动), is the headline over a caption or a deck,
// no caption itself (headlineShaped).
func (s *titleScorer) captionsEnd(lines []string, fv *furnitureVocab) int {
	seen, alike := map[string]bool{}, false
	for i, l := range lines {
		f := fold.ToSimplified(strings.TrimSpace(l))
		switch {
		case f == "":
		case fv.isProse(f):
			if !alike {
				return 0
			}
			return i
		case hanOnly(f) != f || runeLen(f) < 4 || runesOver(f, s.maxRunes) || s.endsAsTitle(f) || s.namesSite(f) || s.columnTag(f) || s.namesOnlyGenre(f) || s.headlineShaped(f) || seen[f]:
			return 0
		default:
			for g := range seen {
				alike = alike || sharesRun(f, g, 2)
			}
			seen[f] = true
		}
	}
	return 0
}

// headlineShaped reports whether folded f reports an event as a news
// headline does: a headline's verb ([headline_verbs]) and a word of the
// genre (某某社区开展…主题活动, 某某市举办…工作会).
func (s *titleScorer) headlineShaped(f string) bool {
	return containsAny(f, s.headlineVerbs) && articleTitleWords.in(f)
}

// carriesOn reports whether line i is a piece of a sentence the lines
// below carry on, never a title: it ends with a comma (某某人淨灘,), or
// it is one phrase and the line below it is a clause cut off the same
// sentence, without a sentence's end and closing with a comma (…園遊會
// 於12月7日 / 於某某展開,). A headline of phrases set apart by a space or
// a comma (送温暖 走访老人) is no clause.
func carriesOn(lines []string, i int) bool {
	l := strings.TrimSpace(lines[i])
	if hasSuffixAny(l, clauseCommas) || cutSentence(l) {
		return true
	}
	j := nextLine(lines, i)
	if j < 0 || strings.ContainsAny(l, " \u3000，,") {
		return false
	}
	next := strings.TrimSpace(lines[j])
	return hasSuffixAny(next, clauseCommas) && !strings.ContainsAny(next, sentenceEnds)
}

// clauseCommas close a clause a sentence goes on after.
var clauseCommas = []string{"，", ",", "、"}

// cutSentence reports whether l is a piece of a sentence the text after
// it goes on with, never a title: it leaves a bracket open (本报某月某日讯
// (某某 / 主题是「某某, the line or its piece cut before the bracket
// closes), or its last clause, after a comma, is a single character
// (…总面积近百亩,与: a paragraph broken mid-clause at the line's end).
func cutSentence(l string) bool {
	l = strings.TrimSpace(l)
	if i := strings.LastIndexAny(l, sentenceOpeners+sentenceClosers); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(l[i:]); strings.ContainsRune(sentenceOpeners, r) {
			return true
		}
	}
	if i := strings.LastIndexAny(l, "，,"); i >= 0 {
		_, w := utf8.DecodeRuneInString(l[i:])
		tail := []rune(strings.TrimSpace(l[i+w:]))
		return len(tail) == 1 && isHan(tail[0])
	}
	return false
}

// sentenceOpeners and sentenceClosers are the brackets cutSentence pairs.
const (
	sentenceOpeners = "(（「『【《〈["
	sentenceClosers = ")）」』】》〉]"
)

// opensHeadline reports whether a line may open a headline: not with a
// mark from inside or at the end of a sentence (..6月14日是…, ，而…: an
// excerpt cut mid-sentence), a closing bracket, nor a bullet or box glyph
// (□ 记者 某某 通讯员 某某, • 欢迎来到…: a byline, a list's item). A
// headline may open with an opening bracket or quote (「…」, “…”, 【…】)
// or a placeholder for a name, a glyph doubled (××社区, ○○街道, □□中心).
// Nor does a report's section, numbered in Han numerals (一、…总结, 二、…,
// (一)…, （二）…), nor a Markdown list's item (- 分发物资, a hyphen and a
// space; a headline set between two hyphens, - 标题 -, is none): a page
// that opens with either is an excerpt of a report, without its headline.
// Nor does a deck (——记某某活动, isDeck): the subtitle under a headline, a
// page opening with it has lost its headline.
func opensHeadline(l string) bool {
	r, w := utf8.DecodeRuneInString(l)
	switch {
	case strings.ContainsRune(notHeadlineOpeners, r), unicode.In(r, unicode.Pe, unicode.Pf), hanSectionNumber.MatchString(l), listItemDash(l), isDeck(l):
		return false
	case r >= geometricShapesFirst && r <= geometricShapesLast:
		next, _ := utf8.DecodeRuneInString(l[w:])
		return next == r
	}
	return true
}

// opensCaption reports whether the folded line f reads as a picture's
// caption telling what it shows, never a headline: it opens so (图为…:
// dict/title.txt [caption_leads]), it ends with the scene shown (…活动现场合影:
// [caption_scenes]), or it says someone is at an act, the act after the
// word (志愿者正在清扫街道: [caption_acts]; not …活动正在进行, a headline's
// news of an event going on). Furniture's captionLead, a caption alone on
// its line, reads the longer list [caption_openers] (上图, 图一) of
// dict/furniture.txt.
func (s *titleScorer) opensCaption(f string) bool {
	if hasPrefixAny(f, s.captionLeads) || hasSuffixAny(f, s.captionScenes) {
		return true
	}
	for _, w := range s.captionActs {
		if i := strings.Index(f, w); i > 0 && runeLen(f[i+len(w):]) > captionActRunes {
			return true
		}
	}
	return false
}

// captionActRunes is the most characters after [caption_acts] that are
// not an act a caption shows (正在进行, 正在路上): an event going on.
const captionActRunes = 2

// hanSectionNumber is a report's section number in Han numerals (一、,
// 十二、, (三), （四）).
var hanSectionNumber = regexp.MustCompile(`^([一二三四五六七八九十]+\s*、|[(（][一二三四五六七八九十]+[)）])`)

// listItemDash reports whether l opens as a Markdown list's item, a
// hyphen and a space, and does not close with the pair reversed (- 标题 -,
// a headline between two hyphens).
func listItemDash(l string) bool {
	return strings.HasPrefix(l, "- ") && !strings.HasSuffix(l, " -")
}

// notHeadlineOpeners are the marks of a sentence and the list bullets no
// headline opens with.
const notHeadlineOpeners = ".,、;；:：，。…!！?？" + itemBullets + "※★☆"

// askingHeadline reports whether the folded line f is a headline that
// asks, then answers or goes on (某某为何走红?原来如此): no longer than a
// title, its one mark of a sentence a question mark inside it, after a
// Han character and before one (a quote may close or open between), no
// comma, no full stop, no colon after it. A sentence asking ends with its
// mark, or has a clause's.
func askingHeadline(f string) bool {
	f = strings.TrimSpace(f)
	if runesOver(f, maxTitleRunes) || strings.ContainsAny(f, "。！!；;，,、") {
		return false
	}
	i := strings.IndexAny(f, "?？")
	if i < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(f[i:])
	if strings.ContainsAny(f[i+w:], "?？：:") {
		return false
	}
	before, after := strings.TrimRight(f[:i], closers), strings.TrimLeft(f[i+w:], "“‘「『（(【《\"")
	b, _ := utf8.DecodeLastRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	return isHan(b) && isHan(a)
}

// loneBullet reports whether line i opens with a bullet of itemBullets
// and the non-empty lines right before and after it open with none: a
// single item is no list, the bullet a site's mark before its headline.
func loneBullet(lines []string, i int) bool {
	bulleted := func(k int) bool { // k < 0: no line
		if k < 0 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[k]))
		return strings.ContainsRune(itemBullets, r)
	}
	return bulleted(i) && !bulleted(prevLine(lines, i)) && !bulleted(nextLine(lines, i))
}

// itemBullets are the dots a list's item opens with (a dash opens a
// subtitle, a box glyph a byline: neither stands before a headline).
const itemBullets = "·•‧"

// The Geometric Shapes block (□ ■ ◆ ● ◎ ▲ ▶ …): list and box glyphs.
const (
	geometricShapesFirst = '\u25A0'
	geometricShapesLast  = '\u25FF'
)

// headlineAfterLead returns the index of the second non-empty line when
// the first is prose and the second a headline of two parallel phrases
// (couplet), or -1. A couplet that comes back lower down (聚焦…,精准…
// then 融合…,织密…) is the first of the report's section headings, not a
// headline: -1.
func headlineAfterLead(lines []string, fv *furnitureVocab) int {
	i := coupletAfterLead(lines, fv)
	if i < 0 {
		return -1
	}
	for _, l := range lines[i+1:] {
		if l = strings.TrimSpace(l); l != "" && runeLen(l) <= maxCoupletRunes {
			if f := fold.ToSimplified(l); couplet(f) || spacedCouplet(f) {
				return -1
			}
		}
	}
	return i
}

// maxCoupletRunes is the longest line that may be a couplet: two phrases
// of coupletMaxRunes and what separates them.
const maxCoupletRunes = 2*coupletMaxRunes + 3

// coupletAfterLead returns the index of the second non-empty line when
// the first is prose and the second a couplet, or -1.
func coupletAfterLead(lines []string, fv *furnitureVocab) int {
	seen := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || l == titleMark {
			continue
		}
		f := fold.ToSimplified(l)
		if seen++; seen == 1 {
			if !fv.isProse(f) {
				return -1
			}
			continue
		}
		if couplet(f) || spacedCouplet(f) {
			return i
		}
		return -1
	}
	return -1
}

// titleAfterNotices is titleAfterHeader for an HTML page whose title was
// found in its text below a header that holds a notice in a field
// (校训：…, 校园公告：…。, a ticker over the headline): the index of the
// title's line when at most maxHeaderLines lines come above it, each a
// short line that looks like a title or a field's label with its value;
// else -1.
func titleAfterNotices(lines []string, title string) int {
	return titleBelow(lines, title, func(l string) bool {
		return !runesOver(l, maxFirstLineTitleRunes) && (isTitle(l) || fieldLabel(fold.ToSimplified(l)) > 0)
	})
}

// cellBorders are the spaces and bars trimmed off a title candidate.
const cellBorders = " \t|｜"

// aboveFirstSection returns the index of the non-empty line right above
// the first line that starts a report's first section (一、…) among the
// first sectionWindow lines, or -1.
func aboveFirstSection(lines []string) int {
	prev := -1
	for i, l := range lines[:min(len(lines), sectionWindow)] {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || l == titleMark:
		case strings.HasPrefix(l, "一、"):
			return prev
		default:
			prev = i
		}
	}
	return -1
}

// sectionWindow is how many lines aboveFirstSection looks at.
const sectionWindow = 30

// maxTitleLineRunes is the longest line split into a <title>'s parts.
const maxTitleLineRunes = 120

// maxColumnLabelRunes is the longest label in brackets taken for a
// column's (【活动回顾】, made of the genre's words) rather than for a
// title run into the body or a part of the title ([某某区]…).
const maxColumnLabelRunes = 6

// cutsOffSite reports whether part k of a line split at site separators
// may stand for the line: what it cuts off before it is a site's or an
// organisation's name (某某网 | 标题), or the line is a path of three
// parts or more (某某中心 - 最新消息 - 标题). A kicker or a column before a
// headline (喜迎新春 | 某某表彰会, 回顾｜某某结营啦) is part of the
// headline: pages and their readers give the line whole. What is cut off
// after it (标题_某某网) is the site's, unless it holds a clause's mark
// (clauseMarks: 标题-某某,某某, 某某|某村,某某过重阳): the headline's
// second half, the line whole its title.
func (s *titleScorer) cutsOffSite(parts []string, k int) bool {
	for _, p := range parts[k+1:] {
		if strings.ContainsAny(p, clauseMarks) {
			return false
		}
	}
	if len(parts) == 2 && k == 0 && s.overDeck(parts[0]+"——"+parts[1]) && articleTitleWords.in(fold.ToSimplified(parts[1])) && !s.namesSiteOrOrg(fold.ToSimplified(parts[1])) {
		return false // 主题--记某某活动: the headline's deck, no site's name
	}
	if k == 0 || len(parts) > 2 {
		return true
	}
	for _, p := range parts[:k] {
		if !s.namesSiteOrOrg(fold.ToSimplified(p)) {
			return false
		}
	}
	return true
}

// clauseMarks are marks of a clause no site's name holds: a part after
// the headline holding one (标题-某某,某某 / 标题 | 从某某到“某某”) is the
// headline's second half, not a site's name cut off (cutsOffSite).
const clauseMarks = "，,、“”!！?？"

// mainLine returns the headline's main line when folded f is a main line
// and its second half set off by a site separator, the second half
// holding clauseMarks and the main line none (某某新闻稿-某某,某某): the
// line's genre is its main line's. Else "".
func mainLine(f string) string {
	if !strings.ContainsAny(f, clauseMarks) {
		return ""
	}
	if parts := titleParts(f); len(parts) == 2 && strings.ContainsAny(parts[1], clauseMarks) && !strings.ContainsAny(parts[0], clauseMarks) {
		return parts[0]
	}
	return ""
}

// withSite reports whether a line holds, between site separators, a
// part that is a site's name (某某网 | 标题, 标题_某某网).
func (s *titleScorer) withSite(f string) bool {
	if !strings.ContainsAny(f, "_|｜丨-–—－") {
		return false
	}
	parts := titleParts(f)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if s.namesSite(p) {
			return true
		}
	}
	return false
}

// namesSite reports whether a part of a line is a site's name: it has no
// Han character (Latin, a domain) or ends with one of [sites].
func (s *titleScorer) namesSite(f string) bool {
	han, _ := hanAndNonLatin(f)
	return han == 0 || hasSuffixAny(f, s.sites)
}

// namesSiteOrOrg reports whether a part of a line is a site's or an
// organisation's name: namesSite, or it ends with one of [organisations].
func (s *titleScorer) namesSiteOrOrg(f string) bool {
	return s.namesSite(f) || hasSuffixAny(f, s.orgs)
}

// withoutLabel returns l without a field label before it (名  称：某某总结,
// 标题:…, 標題  某某報告: a colon or spaces after it; 標題[心得] …: a tag in
// brackets), as a disclosure table, a form or a forum's header shows a
// title.
func (s *titleScorer) withoutLabel(l string) string {
	// 標題[心得] 某某報告: a forum's header field, its label fused with a
	// board's tag in brackets.
	if j := strings.IndexAny(l, "[【"); j > 0 && j <= 24 && s.isLabel(l[:j]) {
		return strings.TrimSpace(l[j:])
	}
	// 标 题 | 某某, [ 名 称 ]｜某某: a disclosure table's row printed
	// as text, its label spaced out or in brackets, its cell's border a bar.
	c := strings.TrimLeft(l, cellBorders)
	if j := strings.IndexAny(c, "|｜"); j > 0 && j <= 24 && s.isLabel(strings.Trim(c[:j], " []【】")) {
		return strings.TrimSpace(strings.Trim(c[j:], cellBorders))
	}
	i := strings.IndexAny(l, ":：")
	if i <= 0 || i > 24 {
		if j := strings.IndexFunc(l, unicode.IsSpace); j > 0 && j <= 24 && s.isLabel(l[:j]) {
			return strings.TrimSpace(l[j:])
		}
		return l
	}
	if s.isLabel(l[:i]) {
		return strings.TrimSpace(strings.TrimLeft(l[i:], ":："))
	}
	return l
}

// withoutFeedKicker returns l without a news feed's kicker before its
// headline (环球速看点!标题, 当前热资讯丨标题: [feed_scopes], [feed_words]),
// which a content farm stamps on the headlines it copies; matched folded.
func (s *titleScorer) withoutFeedKicker(l string) string {
	f := fold.ToSimplified(l)
	if m := s.feedKicker.FindStringIndex(f); m != nil && m[1] < len(f) {
		return l[foldedOffset(l, f, m[1]):]
	}
	return l
}

func (s *titleScorer) isLabel(l string) bool {
	return slices.Contains(s.labels, stripSpaces(fold.ToSimplified(l)))
}

// fieldLabel returns the length in bytes of a field's label and its colon
// at the start of f (热门范文：, 目录：, 分类：), or 0: a line shaped label:
// value is a page's field, a list's heading, not a title. An outlet's
// lead before its colon (某某网讯：今年…, taggedLead) is no label: it opens
// the report's first sentence (round 33).
func fieldLabel(f string) int {
	i := indexAnyRune(f, ":：")
	if i <= 0 || taggedLead(f[:i]) {
		return 0
	}
	n := 0
	for _, r := range f[:i] {
		if !isHan(r) {
			return 0
		}
		n++
	}
	if n > maxFieldLabelRunes {
		return 0
	}
	_, w := utf8.DecodeRuneInString(f[i:])
	return i + w
}

// maxFieldLabelRunes is the longest label fieldLabel takes.
const maxFieldLabelRunes = 6

// splitRunOn splits a title that runs on into the body: up to the first
// ending word, when a space follows it or the body starts by repeating the
// title's end (2022年防汛演练活动总结防汛演练活动总结一…), and the title has no
// clause. note is a site's notice between the title and the title said
// again (某某总结范文4篇 + the site's reminder + 某某总结范文4篇…), cut off
// the rest, which then starts with the title again.
func (s *titleScorer) splitRunOn(l string) (title, note, rest string) {
	f := fold.ToSimplified(l)
	rs, fr := []rune(l), []rune(f)
	if len(rs) != len(fr) {
		return "", "", ""
	}
	best := -1
	for _, e := range s.endings {
		if i := strings.Index(f, e); i >= 0 {
			end := len([]rune(f[:i])) + len([]rune(e))
			if best < 0 || end < best {
				best = end
			}
		}
	}
	// 总结报告: an ending followed by another is one ending.
	for grown := true; grown && best > 0 && best < len(fr); {
		grown = false
		for _, e := range s.endings {
			if strings.HasPrefix(string(fr[best:]), e) {
				best, grown = best+runeLen(e), true
				break
			}
		}
	}
	if best < 4 || best > 40 || best >= len(rs) {
		return "", "", ""
	}
	// 某某总结范文4篇: a template page counts the pieces it collects, and
	// says the title again after a short notice (某某总结范文4篇范文仅供
	// 参考,自行编辑使用某某总结范文4篇…): the count is the title's.
	if n := runeLen(pieceCount.FindString(string(fr[best:]))); n > 0 && best+n < len(rs) {
		title, rest := string(rs[:best+n]), rs[best+n:]
		again := string(fr[best+n : best+n+min(len(rest), best+n+maxRunOnNoticeRunes)])
		if i := strings.Index(again, string(fr[:best+n])); i >= 0 && !strings.ContainsAny(title, clauseEnds) {
			k := runeLen(again[:i])
			return title, strings.TrimSpace(string(rest[:k])), string(rest[k:])
		}
	}
	title, rest = string(rs[:best]), string(rs[best:])
	if strings.ContainsAny(title, clauseEnds) {
		return "", "", ""
	}
	// The body repeating the title's end within its first words.
	tail, head := []rune(fold.ToSimplified(title)), []rune(fold.ToSimplified(rest))
	repeats := len(tail) >= 4 && strings.Contains(string(head[:min(len(head), 12)]), string(tail[len(tail)-4:]))
	// 某某活动总结一、活动概况…: a numbered section starts right after it.
	section := numberedHeading.MatchString(string(fr[best:])) && !strings.HasPrefix(string(fr[best:]), "【")
	// After a space, the body's first words, or a headline's second phrase
	// (某某據點112年度成果報告 長輩共學共餐一年逾萬人次): a phrase without a
	// mark of a clause is the headline's.
	spaced := unicode.IsSpace(rs[best]) && (strings.ContainsAny(rest, clauseEnds) || runeLen(rest) > maxTitleRunes)
	if !spaced && !repeats && !section && !s.startsBody(string(fr[best:]), best) {
		return "", "", ""
	}
	return title, "", rest
}

// spacedHeadline splits a paragraph that opens with its headline set off
// by a space (某某协会开展送温暖活动 12月24日，协会组织…): the part before
// the last space among the first maxTitleRunes runes with no clause's
// mark before it (a headline's own space, 某某「好伴手」活动 充实照顾人力,
// stays in it), when it is min_run_on_runes long or more, names a piece
// of the genre's writing (looksLikeArticleTitle), leaves no parenthesis
// open, and what follows is prose; rest is the line from there on. On
// the page's first line (first) a news story's headline without the
// genre's words counts too, when the paragraph echoes it (echoedNewsHead).
// Only that last space is tried: when the part before it fails, no
// shorter part before an earlier space is taken.
func (s *titleScorer) spacedHeadline(l string, first bool, fv *furnitureVocab) (title, rest string) {
	cut, n := -1, 0
	for i, r := range l {
		if n > maxTitleRunes || strings.ContainsRune(clauseEnds, r) {
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
		n++
	}
	if cut < 0 {
		return "", ""
	}
	// An outlet's lead set off before the text (标题 某某网讯 正文…) opens
	// the first sentence: no phrase of the headline.
	head := strings.TrimRightFunc(l[:cut], unicode.IsSpace)
	if k := strings.LastIndexFunc(head, unicode.IsSpace); k > 0 && opensWithNewsLead(fold.ToSimplified(head[k:])) {
		cut = k
	}
	title, rest = strings.TrimSpace(l[:cut]), strings.TrimSpace(l[cut:])
	if runeLen(title) < int(s.w["min_run_on_runes"]) || unclosedParen(title) || !fv.isProse(fold.ToSimplified(rest)) {
		return "", ""
	}
	if !looksLikeArticleTitle(title) && !(first && s.echoedNewsHead(title, rest)) {
		return "", ""
	}
	return title, rest
}

// echoedNewsHead reports whether title, cut off the page's first line by
// spacedHeadline, is a news story's headline without the genre's words:
// minEchoedHeadHan Han characters or more, one phrase or two set apart by
// a space outside its quotes (three or more are a list of the day's acts),
// opening as a headline does, and the paragraph after it, rest, says a run
// of echo_runes Han characters of it again.
func (s *titleScorer) echoedNewsHead(title, rest string) bool {
	f := fold.ToSimplified(title)
	han, _ := hanAndNonLatin(f)
	return han >= minEchoedHeadHan && len(strings.Fields(withoutQuoted(f))) <= 2 && opensHeadline(f) && sharesRun(hanOnly(f), hanOnly(fold.ToSimplified(rest)), int(s.w["echo_runes"]))
}

// opensWithNewsLead reports whether folded f opens with a news story's
// lead, an outlet's name (outletLeadExpr) or a dateline (datelineExpr)
// ending with 讯, before its reporters in brackets, a space or the line's
// end (某某网讯, 本报讯 …, 某某站6月2日讯(某某 通讯员)): the first sentence's
// opening, no headline.
func opensWithNewsLead(f string) bool {
	f = strings.TrimSpace(f)
	if i := strings.IndexAny(f, "(（ \u3000"); i > 0 {
		f = f[:i]
	}
	return strings.HasSuffix(f, "讯") && (outletLeadExpr.MatchString(f) || datelineExpr.MatchString(f))
}

// unclosedParen reports whether l opens a parenthesis it does not close
// (本报讯(通讯员 某某 …: a dateline cut at a space inside its credit).
func unclosedParen(l string) bool {
	return strings.Count(l, "(")+strings.Count(l, "（") > strings.Count(l, ")")+strings.Count(l, "）")
}

// runOnDateExpr is the date a first sentence opens with, before its
// comma (2024年，…; 8月28日,…; 2024年3月5日，…).
var runOnDateExpr = regexp.MustCompile(`((?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号])\s*[,，]`)

// splitAtDate splits a headline run on into a first sentence that opens
// with a date and its comma (…2024年志愿服务工作总结2024年，全县…; 某某营顺利
// 结项8月28日，随着…): the part before the first such date, when it names
// a piece of the genre's writing (articleTitleWords), is min_run_on_runes
// to maxTitleRunes long and has no clause's mark, is the title; rest is
// the line from the date on.
func (s *titleScorer) splitAtDate(l string) (title, rest string) {
	if !strings.ContainsAny(l, asciiDigits) || !containsAnyRune(l, ",，") {
		return "", "" // every match holds both: most lines are answered without the expression
	}
	loc := runOnDateExpr.FindStringIndex(l)
	if loc == nil || loc[0] == 0 {
		return "", ""
	}
	title, rest = strings.TrimSpace(l[:loc[0]]), l[loc[0]:]
	if r, _ := utf8.DecodeLastRuneInString(title); unicode.IsDigit(r) || strings.ContainsRune("-－—~～至到", r) {
		return "", "" // inside a number or a range (2023-2024年，)
	}
	n := runeLen(title)
	if n < int(s.w["min_run_on_runes"]) || n > maxTitleRunes || strings.ContainsAny(title, clauseEnds) || !articleTitleWords.in(fold.ToSimplified(title)) {
		return "", ""
	}
	return title, rest
}

// pieceCount is the count of pieces a template page gives after its
// title's ending (范文4篇, 5篇).
var pieceCount = regexp.MustCompile(`^` + pieceCountExpr)

// The runes the matches of pageCounter, trailingNote and pieceLabel (and
// spacedPieceLabel) end with (withoutTail).
const (
	pageCounterEnds  = ")）"
	trailingNoteEnds = ")）】]"
	pieceLabelEnds   = "0123456789一二三四五六七八九十篇字』」】])）"
)

const pieceCountExpr = `(范文)?\s*[\d一二三四五六七八九十]{1,3}\s*篇`

// maxRunOnNoticeRunes is the longest notice between a title with its
// count of pieces, run on into the text, and the title said again.
const maxRunOnNoticeRunes = 20

// startsBody reports whether the text after a title's ending, run on
// without a space, starts the body (…系列活动总结为营造全民阅读的氛围，…)
// rather than continues a sentence about a report (…工作总结如下：,
// …总结大会上): the title is long enough to name a report
// (min_run_on_runes) and what follows is none of [continuations].
func (s *titleScorer) startsBody(rest string, titleRunes int) bool {
	// …总结怎么写?(三): a question the line ends with asks about the
	// report, the headline's whole; a body has a sentence.
	if titleRunes < int(s.w["min_run_on_runes"]) || strings.IndexFunc(withoutFinalQuestion(rest), func(r rune) bool { return sentenceEndRunes.has(r) }) < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.Is(unicode.Han, r) {
		return false
	}
	return !hasPrefixAny(rest, s.continuations)
}

// leadIn reports whether f ends with a colon and holds a word of
// [lead_in_words], announcing the lines below it (…记录如下:, 主要做了以下
// 几个方面的工作:): the body's sentence, never a title. A salutation
// before a colon (某某小学、某某幼儿园:) may head a letter, and stays.
func (s *titleScorer) leadIn(f string) bool {
	return endsWithColon(f) && containsAny(f, s.leadInWords)
}

// firstItem matches the opening of a list's first item: 一、, 1、, 1.,
// (1), （一）, 第一、, ①; a number running on (1.5万) opens none.
var firstItem = regexp.MustCompile(`^(第\s*一\s*[、,，:：.．]|一\s*[、.．]|1\s*[、．)）]|1\.(\D|$)|[(（]\s*[一1]\s*[)）]|①)`)

// leadsList reports whether line i ends with a colon right above a list's
// first item (…工作总结: over 一、…, 探访岗: over (1)…, 有三个方面: over
// 第一、…): the sentence that announces the list, the body's first line
// where a page lost its headline, never a title.
func leadsList(lines []string, i int) bool {
	j := nextLine(lines, i)
	return endsWithColon(lines[i]) && j > 0 && firstItem.MatchString(strings.TrimSpace(lines[j]))
}

// withoutRule returns l without a rule drawn of hyphens before it
// (------某某); a run of other dashes (the 破折号 ——) is the line's own
// mark and stays.
func withoutRule(l string) string {
	if rest := strings.TrimLeft(l, "-"); len(l)-len(rest) >= 2 {
		return strings.TrimSpace(rest)
	}
	return l
}

// withinByParts reports whether folded f is a headline and its deck on one
// line (主题 ——副题, 主题 —某某镇举行…): split at its first em dash, each
// part holds min Han characters or more and none is longer than max runes.
// The two may then be longer together than one headline may be.
func withinByParts(f string, max, min int) bool {
	i := deckDash(f)
	if i <= 0 {
		return false
	}
	head, deck := strings.TrimSpace(f[:i]), strings.TrimSpace(strings.TrimLeft(f[i:], "—"))
	for _, p := range []string{head, deck} {
		if han, _ := hanAndNonLatin(p); han < min || runesOver(p, max) {
			return false
		}
	}
	return true
}

// maxFirstLineTitleRunes is the longest title taken from a page's first
// line; elsewhere a title has at most maxTitleRunes.
const maxFirstLineTitleRunes = 60

// scoreFolded rates a candidate whose folded text is f; ok is false for
// one that can never be a title. Latin words count for nothing (Press
// Release 新闻稿 is scored as 新闻稿): the title of a Chinese report has
// Chinese characters, and what names it beside the genre's words (a
// column: 新闻稿, 活动回顾, 会务活动). judged says the line judges already
// saw this text in the head and named nothing (a line viewed by the
// furniture pass), so they are not run again.
func (s *titleScorer) scoreFolded(c titleCandidate, f string, judged bool, fv *furnitureVocab) (float64, bool) {
	fs, ok := s.featuresFolded(c, f, judged, fv)
	return s.score(fs), ok
}

// featuresFolded counts the features of a candidate whose folded text is
// f (scoreFolded).
func (s *titleScorer) featuresFolded(c titleCandidate, f string, judged bool, fv *furnitureVocab) (titleFeatures, bool) {
	// The page's first line, whole, may be a long title (a dated event
	// with its place and its number: …导诊活动第305期(周六)).
	maxRunes := maxTitleRunes
	if c.pos == 0 && c.line >= 0 && c.rest == "" {
		maxRunes = maxFirstLineTitleRunes
	}
	if runesOver(f, maxRunes) && !withinByParts(f, maxRunes, s.minRunes) || strings.HasPrefix(f, "—") || strings.HasPrefix(f, "-") || strings.ContainsAny(withoutHeadlineMarks(f), sentenceEnds) && !(c.pos == 0 && askingHeadline(f)) || s.leadIn(f) || c.leadsList && endsWithColon(f) {
		return titleFeatures{}, false
	}
	if han, _ := hanAndNonLatin(f); han == 0 {
		return titleFeatures{}, false
	}
	// A form's row with its label in brackets (【活动地点】:…) is never a
	// title; a plain label:value is seldom one (featField).
	if !judged && judge(fv.lineJudges(), newLineView(c.text, f, zoneHead)) != "" || dateLine.MatchString(f) || datesOnly(f) || labelledDate(f) || isSlashByline(f) || bracketFieldLabel(f) > 0 {
		return titleFeatures{}, false
	}
	fs := s.textFeatures(f)
	fs[featPosition] = float64(c.pos - c.labelsAbove)
	return fs, true
}

// weekdayStamp is a line that opens with a day's date and its weekday
// (2024年03月05日 星期二, 2024-03-05 周二 …): a header's date (a blog's
// over each post, a site's today's), never a headline, whatever menu's
// items follow it.
var weekdayStamp = regexp.MustCompile(`^\s*` + fullDate.String() + `\s*(星期|周|礼拜)[一二三四五六日天]`)

// newspaperPage is a line that opens with a newspaper's page (第A05版:…,
// «上一版 本期共8版): the edition's header above the headline, never the
// title.
var newspaperPage = regexp.MustCompile(`^\s*[«‹<]?\s*(第\s*[A-Za-z]?\d+\s*版|[上下]一版)`)

// endsAsTitle reports whether folded text ends with one of the genre's
// ending words (…活动总结), before exclamations, a short note in
// brackets ((集合9篇)) and a piece's label (…活动总结篇1, …活动总结6篇).
func (s *titleScorer) endsAsTitle(f string) bool {
	return hasSuffixAny(withoutTail(pieceLabel, pieceLabelEnds, withoutTail(trailingNote, trailingNoteEnds, strings.TrimRight(f, "!！"))), s.endings)
}

// scoreText scores the folded text of a candidate on what a report's
// title looks like.
func (s *titleScorer) scoreText(f string) float64 {
	return s.score(s.textFeatures(f))
}

// textFeatures counts the features of [weights] the folded text of a
// candidate has, whatever its place on the page.
func (s *titleScorer) textFeatures(f string) titleFeatures {
	var fs titleFeatures
	_, n := hanAndNonLatin(f)
	switch {
	case s.endsAsTitle(f) || s.endsAsTitle(mainLine(f)):
		fs[featEnding]++
	case articleTitleWords.in(f):
		fs[featGenreWord]++
	}
	if s.namesOnlyGenre(f) {
		fs[featColumn]++
	}
	if hasYear.MatchString(f) {
		fs[featYear]++
	}
	for _, o := range s.orgs {
		if strings.Contains(f, o) {
			fs[featOrganisation]++
			if strings.HasSuffix(f, o) && !strings.ContainsAny(f, clauseEnds) && !containsAny(f, s.headlineVerbs) {
				fs[featName]++ // an organisation's name, not a report (a headline's verb says an event)
			}
			break
		}
	}
	switch {
	case n < s.minRunes:
		fs[featShort]++
	case n <= s.maxRunes || s.overDeck(f):
		fs[featLength]++
	}
	if numberedHeading.MatchString(f) && !wordLabelled(f) && !seriesTagged(f) {
		fs[featNumbered]++
	}
	if s.withSite(f) {
		fs[featName]++ // 某某网 | 标题: the title is the other part
	}
	if n := fieldLabel(f); n > 0 && !s.headlinePlace(f) && !headlineValue(f[n:]) {
		fs[featField]++
	}
	for _, r := range s.roles {
		if strings.HasSuffix(f, r) {
			fs[featName]++ // 某某宣传员, 本报记者: a byline's name
			break
		}
	}
	if couplet(f) {
		fs[featCouplet]++
	}
	return fs
}

// headOfDeck returns the headline of folded f when f is a headline over
// its deck on one line (overDeck), else f: what tells a caption is the
// headline's (a deck may end with the scene: ——某某走进活动现场).
func (s *titleScorer) headOfDeck(f string) string {
	if s.overDeck(f) {
		return strings.TrimSpace(f[:deckDash(f)])
	}
	return f
}

// deckDash returns the byte offset of the dash that sets a deck apart
// from its headline on one line (—— or --), or -1.
func deckDash(f string) int {
	i, j := strings.Index(f, "—"), strings.Index(f, "--")
	if i < 0 || j >= 0 && j < i {
		return j
	}
	return i
}

// overDeck reports whether folded f is a headline over its deck on one
// line, set apart by a dash (主题——副题, 主题 --记某某活动): each part
// of a title's length, so the line, longer than max_runes, is of a
// headline's length all the same (textFeatures).
func (s *titleScorer) overDeck(f string) bool {
	i := deckDash(f)
	if i <= 0 {
		return false
	}
	main, deck := strings.TrimSpace(f[:i]), strings.TrimSpace(strings.TrimLeft(f[i:], dashRunes))
	_, a := hanAndNonLatin(main)
	_, b := hanAndNonLatin(deck)
	return a >= s.minRunes && a <= s.maxRunes && b >= s.minRunes && b <= s.maxRunes
}

// withoutExclamations drops the exclamation marks of a headline (…结营啦！附
// 项目总结, …圆满落幕!): a title exclaims, a title has no full stop.
func withoutExclamations(f string) string {
	if !strings.ContainsAny(f, "！!") {
		return f
	}
	return exclamations.Replace(f)
}

var exclamations = strings.NewReplacer("！", "", "!", "")

var exclamationMarks = []string{"！", "!"}

// withoutHeadlineMarks drops what a headline may hold of a sentence's
// marks: its exclamations and a question it ends with.
func withoutHeadlineMarks(f string) string {
	return withoutFinalQuestion(withoutExclamations(f))
}

// withoutFinalQuestion drops the question mark f ends with, before a note
// in brackets (…到底好不好?, …怎么写?(三)): a headline may ask.
func withoutFinalQuestion(f string) string {
	t := strings.TrimSpace(withoutTail(trailingNote, trailingNoteEnds, f))
	for _, q := range []string{"?", "？"} {
		if a, ok := strings.CutSuffix(t, q); ok {
			return a
		}
	}
	return f
}

// withoutStrayTail drops what a page prints after its headline on the
// headline's line that no headline ends with: a run of dashes or stars (某某活动-,
// 某某活动******), a question mark where nothing asks (某某活动 ?, a character
// the page lost; 某某怎么做到的? asks: [question_words]), and one digit
// right after a Han character on the page's first line (某某家园4, 某某总结1:
// a template site's copy or a gallery's picture number; a count or a year
// has more digits). Below the first line such a line is a numbered piece
// under its collection's title (某某总结报告范文 over 某某总结1), whose
// number stays.
func (s *titleScorer) withoutStrayTail(first bool, t string) string {
	for {
		u := strings.TrimRight(t, strayTailMarks)
		u = s.withoutControl(u)
		for _, q := range []string{"?", "？"} {
			if a, ok := strings.CutSuffix(u, q); ok && !containsAny(fold.ToSimplified(a), s.questionWords) {
				u = a
			}
		}
		if u = strings.TrimSpace(u); u == t {
			break
		}
		t = u
	}
	if m := loneDigitTail.FindStringSubmatch(t); first && m != nil && !strings.Contains("第篇", m[1]) {
		return t[:len(t)-1]
	}
	return t
}

// withoutControl drops what a site prints after the headline on its
// line: a page's control (分享到:, [打印本页]: one of [title_controls], in
// brackets or before a colon or not) set off from the headline by a
// space, or a news feed's tag after a bar (标题|环球聚看点: feedTail).
func (s *titleScorer) withoutControl(t string) string {
	f := fold.ToSimplified(t)
	if m := s.feedTail.FindStringIndex(f); m != nil && m[0] > 0 {
		return t[:foldedOffset(t, f, m[0])]
	}
	u := strings.TrimRight(f, " :：")
	if r, n := utf8.DecodeLastRuneInString(u); r == ']' || r == '】' {
		u = u[:len(u)-n]
	}
	for _, c := range s.controls {
		if a, ok := strings.CutSuffix(u, c); ok {
			a = strings.TrimRight(a, "[【")
			if b := strings.TrimRightFunc(a, unicode.IsSpace); b != a && b != "" {
				return t[:foldedOffset(t, f, len(b))]
			}
		}
	}
	return t
}

// strayTailMarks are the marks withoutStrayTail trims off a headline's end.
const strayTailMarks = "-*＊"

// loneDigitTail is one digit after a Han character (group 1) at a line's
// end; after 第 or 篇 it is a numbered piece's (某某总结篇2), kept.
var loneDigitTail = regexp.MustCompile(`(\p{Han})\d$`)

// wordLabelled reports whether f starts with a label of words in
// brackets (【某某项目组】…, 【志工纪录】…), not a part's number (【篇一】),
// or is such words in brackets alone: a headline the page frames
// (【某某义工派发福袋】).
func wordLabelled(f string) bool {
	m := wordLabel.FindStringSubmatch(f)
	return m != nil && noteWords(m[1]) >= 2
}

var wordLabel = regexp.MustCompile(bracketedWords)

// bracketedWords opens a line with words in brackets, group 1
// (bracketTitle, wordLabel).
const bracketedWords = `^[【\[]([^】\]]{2,40})[】\]]`

// seriesTagged reports whether f opens with a series' number in brackets
// (【第18期】, [第3站], 【NO.5】, 〔第二届〕): the issue of a recurring event
// or column a headline names, not the number of a report's section.
func seriesTagged(f string) bool {
	return seriesTag.MatchString(f)
}

var seriesTag = regexp.MustCompile(`^\s*[【\[〔［(（]\s*(第\s*[\d一二三四五六七八九十百〇零]+\s*[期站届季场辑号轮批]|(?i:no|vol)\.?\s*\d+)\s*[】\]〕］)）]`)

// bracketFieldLabel returns the length in bytes of a label in brackets and
// the colon after it at the start of f (【活动时间】:…, [地点]：…, 〔报名方式〕:),
// or 0: a form's row, as a field is (fieldLabel), never a title.
func bracketFieldLabel(f string) int {
	m := bracketFieldExpr.FindStringIndex(f)
	if m == nil {
		return 0
	}
	return m[1]
}

// formRow reports whether folded line f is a form's or a page's row of
// fields: its label in brackets (【活动地点】:…), two labels at least
// (负责人: 某某 成员:25个), or a label with its value after a word and a
// space (某某网 网络支持:某某公司). One plain label opening the line may be
// a place before its headline (某社区:爱心助学暖童心).
func formRow(f string) bool {
	if bracketFieldLabel(f) > 0 {
		return true
	}
	n := 0
	for k, tok := range strings.Fields(f) {
		if m := fieldLabel(tok); m > 0 {
			if k > 0 && m < len(tok) {
				return true
			}
			n++
		}
	}
	return n >= 2
}

// bracketFieldExpr is a label of Han characters in any brackets, then a
// colon.
var bracketFieldExpr = regexp.MustCompile(`^\s*[【\[〔［(（「]\s*\p{Han}{1,8}\s*[】\]〕］)）」]\s*[:：]`)

// couplet reports whether f is a headline of two parallel phrases
// between a comma (情暖重阳,爱在社区; 垃圾分类进楼栋,共建美丽家园): each of
// coupletMinRunes to coupletMaxRunes Han characters and nothing else.
func couplet(f string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(f, "，", ","), ",")
	if !ok {
		return false
	}
	return coupletPhrases(a, b)
}

// spacedCouplet reports whether f is two parallel phrases between a space
// (粽叶飘香邻里情 端午佳节话团圆): a headline only where a headline is
// expected, as a menu (关于我们 联系信息) looks the same.
func spacedCouplet(f string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(f, "\u3000", " "), " ")
	return ok && coupletPhrases(a, b) && runeLen(a) >= spacedCoupletMinRunes && runeLen(strings.TrimSpace(b)) >= spacedCoupletMinRunes
}

// spacedPhrases reports whether f is two phrases of Han characters alone
// between one space, each of coupletMinRunes or more and together at most
// maxSpacedPhrasesRunes (金秋重阳节 敬老暖人心, 寒冬送暖不停歇 基金会送物资到邻里):
// a headline's two parts, as a menu's items (首页 关于我们) are shorter.
func spacedPhrases(f string) bool {
	a, b, ok := strings.Cut(strings.TrimSpace(strings.ReplaceAll(f, "\u3000", " ")), " ")
	han := func(p string) bool { return hanOnly(p) == p && runeLen(p) >= coupletMinRunes }
	return ok && han(a) && han(b) && runeLen(a)+runeLen(b) <= maxSpacedPhrasesRunes
}

// maxSpacedPhrasesRunes is the longest headline of two spaced phrases.
const maxSpacedPhrasesRunes = 24

// spacedCoupletMinRunes is the shortest phrase of a couplet between a
// space: a menu's items (关于我们 联系方式) are shorter.
const spacedCoupletMinRunes = 5

// coupletPhrases reports whether a and b are the phrases of a couplet.
func coupletPhrases(a, b string) bool {
	phrase := func(p string) bool {
		n := 0
		for _, r := range strings.TrimSpace(p) {
			if !isHan(r) {
				return false
			}
			n++
		}
		return n >= coupletMinRunes && n <= coupletMaxRunes
	}
	return phrase(a) && phrase(b)
}

// The length of each phrase of a couplet headline.
const (
	coupletMinRunes = 4
	coupletMaxRunes = 8
)

// hanAndNonLatin counts the Han characters of s and its runes that are
// neither Latin letters nor spaces.
func hanAndNonLatin(s string) (han, n int) {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			n++
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || r == ' '):
		default:
			n++
		}
	}
	return han, n
}

// namesOnlyGenre reports whether a candidate's Han characters, without
// the genre's words (endings, 活动, 工作 …), are fewer than column_runes
// and name no organisation: the name of a column or a page (新闻稿,
// 活动回顾, 会务活动), which names no report (社区工作总结 does).
func (s *titleScorer) namesOnlyGenre(f string) bool {
	rest := articleTitleWords.without(f)
	for _, e := range s.endings {
		rest = strings.ReplaceAll(rest, e, "")
	}
	for _, o := range s.orgs {
		if strings.Contains(rest, o) {
			return false // 社区工作总结 names whose report it is
		}
	}
	han, _ := hanAndNonLatin(rest)
	return han < int(s.w["column_runes"])
}

// plausibleView reports whether a line a context judge sees could be a
// title alone: its folded form is the view's, and a line of the head outside a table has been
// through the line judges with nothing named (or no context judge would
// see it), so they are not run again.
func (s *titleScorer) plausibleView(l lineView, fv *furnitureVocab) bool {
	sc, ok := s.scoreFolded(titleCandidate{text: l.text}, l.folded, l.zone == zoneHead && !l.inTable, fv)
	return ok && sc >= s.w["min_score"]
}

// chooseTitle returns the best candidate, if one scores at least
// min_score. folded holds the lines folded, in step with lines (Finish
// holds them; nil to fold them here). judged holds folded texts the line
// judges already passed in the head (furnitureResult.headClean; nil when
// none); stamped the lines right above the post's stamp, which get the
// stamped weight (furnitureResult.stamped). A candidate the page says
// twice — as another of the first lines, as the end of its breadcrumb, or
// twice in a row on its own line (义诊团总结报告义诊团总结报告…) — gets the
// repeated weight: a page repeats its title, seldom anything else.
// trace, when not nil, sees the ranking: the lines and the candidates with
// their features (Options.titleRankTrace).
func chooseTitle(lines, folded []string, fileTitle, crumb string, headline removedHead, fv *furnitureVocab, s *titleScorer, judged, stamped map[string]bool, trace func(lines []string, ranked []rankedTitle)) (titleCandidate, bool) {
	type scored struct {
		c        titleCandidate
		folded   string
		stripped string // folded without spaces
		feats    titleFeatures
		twice    bool
	}
	var cs []scored
	heads := firstLines(lines, folded)
	captions := s.captionsEnd(lines, fv)
	for _, c := range titleCandidates(lines, folded, fileTitle, crumb, headline.text, fv, s, stamped) {
		if c.line >= 0 && c.line < captions {
			continue
		}
		f := fold.ToSimplified(c.text)
		if c.deck {
			f = strings.TrimLeft(f, dashRunes)
		}
		// A line that opens as no headline does is no title; the judges
		// still see it as a plausible one among its neighbours (a list's
		// items behind their bullets).
		// The removed headline: the judges named it, it competes still.
		removed := c.line < 0 && c.text == headline.text
		fs, ok := s.featuresFolded(c, f, judged[f] || removed, fv)
		if !ok || !opensHeadline(f) || s.opensCaption(s.headOfDeck(f)) || formRow(f) || fv.creditNamed(f) || cutSentence(f) || c.line >= 0 && c.rest == "" && c.wrapped == 0 && carriesOn(lines, c.line) {
			continue
		}
		if c.headline && !couplet(f) {
			fs[featCouplet]++
		}
		// A first line of two phrases set apart by a space (爱心理发
		// 温暖老人从心开始) is a headline's, as a couplet is: it beats
		// the subtitle, caption or byline under it that names the
		// organisations.
		if c.pos == 0 && c.line >= 0 && c.rest == "" && spacedPhrases(f) {
			fs[featCouplet]++
		}
		if c.line >= 0 && stamped[strings.TrimSpace(lines[c.line])] || removed && stamped[c.text] || c.beforeDate || c.underDate {
			// Where a site's software prints the headline: a short one
			// there (情暖重阳节) is no menu's item.
			fs[featStamped]++
			fs[featShort] = 0
		}
		f = strings.TrimSpace(f)
		cs = append(cs, scored{c, f, stripSpaces(f), fs, removed && headline.twice || c.echoed || saidTwice(c, heads, crumb, fv)})
	}
	// Said twice, the second copy fuller or plainer: a header's copy of
	// the headline cut at a fixed length (the page's <title>), or with a
	// label, an issue number, a site's name or brackets before it, above
	// the headline said whole and plain. The copy loses; the headline is
	// said twice.
	for i := range cs {
		for j := range cs {
			if cs[j].c.line > cs[i].c.line && cs[j].c.line >= 0 && s.headerCopy(cs[i].folded, cs[i].stripped, cs[j].folded, cs[j].stripped) {
				cs[i].feats[featCopy]++
				cs[j].twice = true
				if l := cs[i].c.line; l >= 0 && !slices.Contains(cs[j].c.copies, l) {
					cs[j].c.copies = append(cs[j].c.copies, l)
				}
			}
		}
	}
	// A headline said whole, then again lower down broken into its two
	// halves on two lines (the page's headline over the article's main
	// line and its subline): the whole is the title, said twice, and no
	// header's copy of its second half; each half is a piece of it.
	at, texts := make([]int, len(cs)), make([]string, len(cs))
	for k, c := range cs {
		at[k], texts[k] = -1, c.stripped
		if c.c.line >= 0 && c.c.rest == "" && c.c.wrapped == 0 {
			at[k] = c.c.line
		}
	}
	for i := range cs {
		if j, k := halvesBelow(at, texts, i, lines); j >= 0 {
			cs[i].feats[featCopy], cs[i].twice = 0, true
			cs[j].feats[featCopy], cs[k].feats[featCopy] = 1, 1
			cs[j].twice, cs[k].twice = false, false
		}
	}
	// A collection's title over its first piece's heading (某某活动总结
	// 【精选9篇】 over 某某活动总结(篇1)): the collection's is the title,
	// said twice; the piece's heading is a piece of it.
	for i := range cs {
		for j := range cs {
			if i != j && cs[i].c.line >= 0 && (cs[j].c.line > cs[i].c.line || cs[j].c.line < 0) && collectionTitle(cs[i].stripped, cs[j].stripped) {
				cs[i].feats[featCopy], cs[i].twice = 0, true
				cs[j].feats[featCopy], cs[j].twice = 1, false
			}
		}
	}
	// A headline the first paragraph below it echoes (its event's name,
	// its place and its people said again in the lead): a news story's,
	// without the genre's ending a report's title has (a title with one,
	// said again at the paragraph's start, is said twice: the rules above
	// weigh it).
	// A headline run into its first sentence is echoed by that sentence.
	paras := map[int]string{}
	for k := range cs {
		if c := cs[k].c; c.line >= 0 && !s.endsAsTitle(cs[k].folded) {
			p, ok := paras[c.line]
			if c.rest != "" {
				p = hanOnly(fold.ToSimplified(c.rest))
			} else if !ok {
				p = hanOnly(paragraphBelow(lines, c.line, fv))
				paras[c.line] = p
			}
			if sharesRun(hanOnly(cs[k].folded), p, int(s.w["echo_runes"])) {
				cs[k].feats[featEcho]++
			}
		}
	}
	// The article's own heading, right above its first paragraph, when
	// it ends as a report's title does and no other line says it in
	// part (a collection's title over its first piece's heading, a
	// forum's heading with a note the crumb leaves off): those are said
	// twice, and the rules above choose. A news story's headline, without
	// the genre's ending, is that heading too when the first paragraph
	// echoes it, no line above shares a run of echo_runes Han characters
	// with it (the headline over its deck, the deck then right above the
	// paragraph) and no rule cut it off its own line (a headline run on
	// into the post's fields: the cut one is the heading).
	for j := range cs {
		ends := s.endsAsTitle(cs[j].folded)
		if !cs[j].c.headsBody || !ends && cs[j].feats[featEcho] == 0 {
			continue
		}
		b, related := cs[j].stripped, false
		for i := range cs {
			if a := cs[i].stripped; cs[i].c.line != cs[j].c.line {
				related = related || strings.Contains(a, b) || strings.Contains(b, a) ||
					!ends && cs[i].c.line >= 0 && cs[i].c.line < cs[j].c.line && sharesRun(hanOnly(a), hanOnly(b), int(s.w["echo_runes"]))
			} else if !ends && cs[i].c.rest != "" {
				related = true
			}
		}
		if !related {
			cs[j].feats[featHeadsBody]++
		}
	}
	var best titleCandidate
	bestScore, found := 0.0, false
	for k := range cs {
		if cs[k].twice {
			cs[k].feats[featRepeated]++
		}
	}
	if trace != nil {
		ranked := make([]rankedTitle, len(cs))
		for k, c := range cs {
			ranked[k] = rankedTitle{c.c, c.feats}
		}
		trace(lines, ranked)
	}
	stack := make([]stackCandidate, len(cs))
	for k, c := range cs {
		sc := s.score(c.feats)
		// A line too long for a title (a menu run on one line, no
		// headline over its deck) is no line of a headline's stack.
		sure := c.feats[featRepeated] > 0 || c.feats[featEnding] > 0
		stack[k] = stackCandidate{c.c, sc >= s.w["min_score"] && (c.feats[featLength] > 0 || c.feats[featShort] > 0), c.feats[featStamped] > 0, sure || c.feats[featHeadsBody] > 0, !sure && c.feats[featHeadsBody] > 0}
		if c.c.line >= 0 && c.c.rest == "" && c.c.wrapped == 0 && onlyLength(c.feats) && s.stackedOver(lines, c.c.line) {
			continue
		}
		if sc >= s.w["min_score"] && (!found || sc > bestScore) {
			best, bestScore, found = c.c, sc, true
		}
	}
	// A headline set on two lines, both of a title's shape and whole (a
	// main line over its deck, 主题 over 副题, or a kicker over the main
	// line): the one right above the post's stamp, where a site's
	// software prints the headline, is the title; else the upper one —
	// the lower names the event again in other words, and its genre's
	// words or its parallel phrases do not make it the headline.
	if found {
		best = stackHeadline(best, stack, lines)
	}
	// A line ending with a colon announces the lines below it (a place's
	// label over its headline, a field whose value follows, a link's
	// prompt): the best candidate below it without a colon is the title,
	// when one reaches min_score. A colon line off the text (a removed
	// header's) yields to any.
	if found && endsWithColon(best.text) {
		colon := best
		bestScore, found = 0, false
		for _, c := range cs {
			if sc := s.score(c.feats); sc >= s.w["min_score"] && !endsWithColon(c.c.text) && (colon.line < 0 || c.c.line > colon.line) && (!found || sc > bestScore) {
				best, bestScore, found = c.c, sc, true
			}
		}
		if !found {
			best, found = colon, true
		}
	}
	// A line off the text (a removed headline, the breadcrumb's last step)
	// keeps no title's label (原标题：…): the lines lost theirs already.
	if found && best.line < 0 {
		best.text = s.withoutLabel(best.text)
	}
	return best, found
}

// stackCandidate is a title candidate as stackHeadline sees it: whether
// it reaches min_score, whether it stands right above the post's stamp.
type stackCandidate struct {
	c               titleCandidate
	scored, stamped bool
	// sure: it ends as a report's title does, the page says it twice,
	// or it is the article's own heading right above the first paragraph
	// (featEnding, featRepeated, featHeadsBody): no other line of a stack
	// takes its place (a cover's 内部资料 注意保存 over a report's title).
	sure bool
	// bodyOnly: sure only as the heading right above the first paragraph
	// (featHeadsBody). A deck stands there too, under its headline: the
	// line of a title's shape right above it, the text's first, is the
	// title (see stackHeadline).
	bodyOnly bool
}

// stackHeadline returns the title of a headline set on two lines, one of
// them best (see chooseTitle): with the candidate of the non-empty line
// right above or below best, both whole lines (no cut, wrap or echo)
// that reach min_score, neither ending with a colon, the lower one when
// it is stamped, else the upper one. A best the page is sure of (a
// report's title by its ending, said twice, or its own heading right
// above the first paragraph) stays, as does any other.
func stackHeadline(best titleCandidate, cs []stackCandidate, lines []string) titleCandidate {
	whole := func(c stackCandidate) bool {
		return c.scored && c.c.line >= 0 && c.c.rest == "" && c.c.wrapped == 0 && !c.c.echoed && !c.c.headline &&
			c.c.text == strings.Trim(lines[c.c.line], cellBorders) && !endsWithColon(c.c.text)
	}
	k := slices.IndexFunc(cs, func(c stackCandidate) bool { return c.c.line == best.line && c.c.text == best.text })
	if k < 0 || !whole(cs[k]) {
		return best
	}
	if cs[k].sure {
		// A deck right under its headline heads the body as the
		// article's heading would: the headline, whole, the text's first
		// line with no empty line between them, a headline's words (see
		// headOverDeck), no sentence and not stamped, is the title (the
		// deck stays a body line).
		if !cs[k].bodyOnly || cs[k].stamped {
			return best
		}
		for _, c := range cs {
			if whole(c) && !c.stamped && best.line == c.c.line+1 && firstTextLine(lines) == c.c.line && headOverDeck(c.c.text) &&
				!endsInAny(c.c.text, sentenceEnds) && !strings.Contains(c.c.text, best.text) && !strings.Contains(best.text, c.c.text) {
				return c.c
			}
		}
		return best
	}
	for _, c := range cs {
		if !whole(c) || c.c.line == best.line || strings.Contains(c.c.text, best.text) || strings.Contains(best.text, c.c.text) {
			continue // a copy of the other, whole or cut, is no line of a stack
		}
		// A line that ends a sentence (您好，欢迎您！) is a site's greeting
		// over its headline, no kicker.
		if upper := c.c.line < best.line; upper && endsInAny(c.c.text, sentenceEnds) {
			continue
		}
		switch {
		case c.c.line == nextLine(lines, best.line) && !c.stamped: // best over its deck
			return best
		case c.c.line == nextLine(lines, best.line): // the lower one, stamped
			return c.c
		case best.line == nextLine(lines, c.c.line) && !cs[k].stamped:
			return c.c
		}
	}
	return best
}

// onlyLength reports whether a candidate's score owes nothing to what
// a title says: no genre word or ending, year, couplet, echo, stamp,
// place above the body or second copy — only its length (and an
// organisation's word, which a menu's item or a sponsor's name has too).
func onlyLength(fs titleFeatures) bool {
	for k, n := range fs {
		switch titleFeature(k) {
		case featLength, featOrganisation, featShort, featPosition, featName:
		default:
			if n > 0 {
				return false
			}
		}
	}
	return true
}

// stackedOver reports whether line i stands right over a menu's item, no
// empty line between: a line of Han characters alone (spaces between
// them allowed), at least minStackItemRunes of them and at most
// max_runes — a stack of bare lines (a menu, a list of other stories or
// of pictures, a sponsor's credits: 指导 某某办 / 主办 某某社) of which it
// is one. A shorter line is a column's or a site's label under a
// headline (本站消息, 邻里之间); a line with a mark, a digit or a letter a
// field, a stamp, a deck or a sentence.
func (s *titleScorer) stackedOver(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	l := strings.Join(strings.Fields(lines[i+1]), "")
	return hanOnly(l) == l && runeLen(l) >= minStackItemRunes && !runesOver(l, s.maxRunes)
}

// minStackItemRunes is the fewest Han characters of a menu's item
// (stackedOver): a column's or a label's name has two to four.
const minStackItemRunes = 5

// headlineKinds are the furniture kinds a judge may give a page's headline
// (a picture's caption, a widget's item, a metadata field).
var headlineKinds = map[string]bool{"caption": true, "widget": true, "metadata": true}

// removedHead is a line the furniture judges removed that still competes
// as a title (removedHeadline): its text, and whether the page says it
// twice.
type removedHead struct {
	text  string
	twice bool
}

// removedHeadline returns a line the furniture judges removed as one of
// headlineKinds that still competes as a title, or none: the first right
// above the post's stamp (stamped: where a site's software prints the
// headline), removed as a slogan too; else one they
// removed twice, the second time alone or after a title's label (原标题：…),
// the page's headline said twice; else the first metadata
// field whose label is an organisation (某某社区：…, 县总会：…) or a place
// (某某县：…, 某某村：… before a headline without the genre's words:
// headlinePlace), where a headline may open; else the value of the first metadata field
// labelled as the title ([labels]: 标题：…, 原标题：…) or by a news feed's
// kicker (当前热资讯：…, withoutFeedKicker), said once.
func (s *titleScorer) removedHeadline(removed []Removed, stamped map[string]bool) removedHead {
	for _, r := range removed {
		if t := strings.TrimSpace(r.Text); (headlineKinds[r.Kind] || r.Kind == "slogan") && stamped[t] {
			return removedHead{t, false}
		}
	}
	seen := map[string]bool{}
	for _, r := range removed {
		if !headlineKinds[r.Kind] {
			continue
		}
		t := strings.TrimSpace(s.withoutLabel(strings.TrimSpace(r.Text)))
		if seen[t] {
			return removedHead{t, true}
		}
		seen[t] = true
	}
	for _, r := range removed {
		if t := strings.TrimSpace(r.Text); r.Kind == "metadata" && s.headlinePlace(fold.ToSimplified(t)) {
			return removedHead{t, false}
		}
	}
	for _, r := range removed {
		if t := strings.TrimSpace(r.Text); r.Kind == "metadata" {
			if v := s.withoutFeedKicker(s.withoutLabel(t)); v != t && v != "" {
				return removedHead{v, false}
			}
		}
	}
	return removedHead{}
}

// labelledHeadline returns the first line the judges removed as
// metadata above the first paragraph of text (the page's text before the
// judges, lines and folded after them) that is a headline after the name
// of the place, the body or the outlet it comes from (某某湾：某某活动进社区):
// a field's label of two Han characters or more that ends with none of
// the page's field words (fv.generalWords, [row_labels], [labels]: 来源,
// 责任编辑, 标题), the value after it a headline — six Han characters or
// more, no sentence's end, no other field nor a cell's bar, no prose —
// without a site's name after a separator (…-某某网). Else "". Asked only
// when no line of the text is the title: a page whose only headline the
// judges took for a field. A page with no paragraph has none.
func (s *titleScorer) labelledHeadline(removed []Removed, text string, lines, folded []string, fv *furnitureVocab) string {
	body := -1
	for j, f := range folded {
		if fv.isProse(f) {
			body = strings.Index(text, lines[j])
			break
		}
	}
	for _, r := range removed {
		t := strings.TrimSpace(r.Text)
		if r.Kind != "metadata" || runesOver(t, maxTitleLineRunes) {
			continue
		}
		if at := strings.Index(text, t); at < 0 || at >= body {
			continue
		}
		if parts := titleParts(t); len(parts) == 2 && s.namesSite(fold.ToSimplified(parts[1])) {
			t = parts[0]
		}
		f := fold.ToSimplified(t)
		n := fieldLabel(f)
		if n == 0 || utf8.RuneCountInString(f[:n]) < 3 {
			continue
		}
		label, v := strings.TrimRight(f[:n], ":："), strings.TrimSpace(f[n:])
		if hasSuffixAny(label, fv.generalWords) || hasSuffixAny(label, fv.rowLabels) || hasSuffixAny(label, s.labels) || strings.ContainsAny(v, ":：|｜") {
			continue
		}
		if han, _ := hanAndNonLatin(v); han < s.minRunes || runesOver(v, s.maxRunes) || !isTitle(v) || fv.isProse(v) {
			continue
		}
		return t
	}
	return ""
}

// removedBeforeFacts returns the headline of the first line the judges or
// the boilerplate patterns removed with the post's facts fused after it
// (headlineBeforeFacts), or none. It competes as said twice: the page's
// software printed it there with its date, where it prints the headline.
// A removed text longer than maxTitleLineRunes (a block, a paragraph) is
// no such line and is not read.
func removedBeforeFacts(removed []Removed, fv *furnitureVocab) removedHead {
	for _, r := range removed {
		if t := strings.TrimSpace(r.Text); !runesOver(t, maxTitleLineRunes) {
			if h := headlineBeforeFacts(t, fv); h != "" {
				return removedHead{h, true}
			}
		}
	}
	return removedHead{}
}

// headlineBeforeFacts returns the headline of a line that runs on into
// the post's facts, its date fused after its label and maybe its source
// (某某活动发布时间:2022-10-04 08:30 信息来源:某某镇, 某某活動發佈日期:
// 2016/03/05): what comes before them, when it is shaped as a title; a
// judge removes such a line whole as a byline's or a header's, and the
// page's software printed its headline there, said with its date.
// Else "".
func headlineBeforeFacts(l string, fv *furnitureVocab) string {
	f, dated := fold.ToSimplified(l), false
	for {
		m := fv.trailingFacts.FindStringSubmatchIndex(f)
		if m == nil || m[0] == 0 {
			break
		}
		dated = dated || m[2] >= 0 && strings.ContainsAny(f[m[0]:m[2]], ":：") || m[8] >= 0
		l, f = l[:foldedOffset(l, f, m[0])], f[:m[0]]
	}
	if l = strings.TrimSpace(l); !dated || !isTitle(l) || !opensHeadline(l) {
		return ""
	}
	return l
}

// headlineValue reports whether v, the value after a field's label, is a
// headline of two parallel phrases between a space or a comma (河西镇:
// 志愿服务进万家 邻里互助暖人心, 某村:情暖重阳,爱在社区): the label is the
// place or the body the headline opens with, not a page's field (分类:
// 社区新闻 活动回顾 lists a menu's shorter items).
func headlineValue(v string) bool {
	v = strings.TrimSpace(v)
	return spacedCouplet(v) || couplet(v)
}

// headlinePlace reports whether folded f opens with the place or the body
// a headline may open with (orgLabelled, placeLabelled) rather than a page's
// field's label.
func (s *titleScorer) headlinePlace(f string) bool {
	return s.orgLabelled(f) || s.placeLabelled(f)
}

// orgLabelled reports whether folded f opens with a field's label that
// names an organisation (某某社区：, 县总会：: longer than, and ending with,
// one of [organisations]): a place before its headline, not a page's
// field.
func (s *titleScorer) orgLabelled(f string) bool {
	return labelEnds(f, s.orgs, 1)
}

// placeLabelled reports whether folded f opens with a field's label that
// names a place or a local body named after it (某某区：, 某某村:, 某某公安:
// — at least two characters before one of [place_endings]) before a news
// story's headline, without the genre's words: the place the news comes
// from, not a page's field (地区:华东 has one character before 区; a
// value of a report's or a column's words, 某某镇:开展…活动, stays a
// field's: the page's own headline may say it shorter elsewhere).
func (s *titleScorer) placeLabelled(f string) bool {
	return labelEnds(f, s.placeEndings, 2) && !articleTitleWords.in(f[fieldLabel(f):])
}

// labelEnds reports whether folded f opens with a field's label
// (fieldLabel) that ends with one of ends and has at least before runes
// before it.
func labelEnds(f string, ends []string, before int) bool {
	n := fieldLabel(f)
	if n == 0 {
		return false
	}
	return endsAfter(strings.TrimRight(f[:n], ":："), ends, before)
}

// paragraphBelow returns the folded first prose line below line i within
// repeatWindow lines, or "".
func paragraphBelow(lines []string, i int, fv *furnitureVocab) string {
	for j := i + 1; j < len(lines) && j <= i+repeatWindow; j++ {
		if f := fold.ToSimplified(strings.TrimSpace(lines[j])); f != "" && fv.isProse(f) {
			return f
		}
	}
	return ""
}

// hanOnly returns the Han characters of s.
func hanOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if isHan(r) {
			return r
		}
		return -1
	}, s)
}

// sharesRun reports whether a holds a run of n runes that b holds too.
func sharesRun(a, b string, n int) bool {
	if n <= 0 || b == "" {
		return false
	}
	rs := []rune(a)
	for i := 0; i+n <= len(rs); i++ {
		if strings.Contains(b, string(rs[i:i+n])) {
			return true
		}
	}
	return false
}

// fullDate is a day's date with its year (2019年06月12日, 2025-05-15).
var fullDate = regexp.MustCompile(`(19|20)\d{2}\s*(年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})`)

// labelledDate reports whether a folded line is a day's date with a word
// beside it (2026年01月30日 星期五, 当前报章2019年06月12日): besides the
// date and spaces, Han characters only, fewer than maxDateLabelHan and
// none of the genre's words: a header's stamp, no title.
func labelledDate(f string) bool {
	loc := fullDate.FindStringIndex(f)
	if loc == nil {
		return false
	}
	rest := stripSpaces(f[:loc[0]] + f[loc[1]:])
	return allHan(rest) && runeLen(rest) < maxDateLabelHan && !articleTitleWords.in(rest)
}

// maxDateLabelHan bounds the Han characters beside a labelled date.
const maxDateLabelHan = 5

// datesOnlyExpr is what a header's date line holds: dates written with
// 年, 月 and 日, an issue's number (九十七期), and what joins them.
var datesOnlyExpr = regexp.MustCompile(`[\d〇零一二三四五六七八九十]{1,4}\s*[年月日号]|第?\s*[\d〇零一二三四五六七八九十百]+\s*期|[\s\-－—~～至]`)

// datesOnly reports whether a folded line holds nothing but dates and an
// issue's number (2023年4月 九十七期, 2023年08月02日 - 2023年08月04日): a
// bulletin's issue line or an event's dates over the headline, no title.
func datesOnly(f string) bool {
	return strings.ContainsAny(f, "年期") && strings.TrimSpace(datesOnlyExpr.ReplaceAllString(f, "")) == ""
}

// headerCopy reports whether a, a candidate above b (both folded and
// trimmed; sa and sb without spaces), is a header's copy of b, the
// headline said again lower down:
//   - b cut short: a, at least minCutRunes long and not ending as a title
//     does, is a strict prefix of b, and what b has more is no part's
//     number (…总结 over …总结一 is a collection's title over its first
//     piece);
//   - b with a label before it, after a colon, a space or a bar (第16期:b,
//     某某网 b), or b in brackets (「b」).
//
// b fused after a name (某某協會b) or with a note after it (b（精选3篇）,
// b(别名)) is no copy: a fuller headline, a collection's title.
func (s *titleScorer) headerCopy(a, sa, b, sb string) bool {
	if len(sa) == len(sb) || !strings.Contains(sa, sb) && !strings.HasPrefix(sb, sa) || runeLen(sb) < minCopyRunes {
		return false
	}
	if tail, ok := strings.CutPrefix(sb, sa); ok {
		return runeLen(sa) >= minCutRunes && !s.endsAsTitle(sa) && !isPartNumber(strings.Trim(tail, "()（）")) && !strings.ContainsAny(tail, "()（）[]【】")
	}
	p, q, ok := strings.Cut(a, b)
	if !ok || p == "" {
		return false
	}
	if open, close, ok := bracketPair(p); ok {
		return q == close && p == open
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return q == "" && (unicode.IsSpace(last) || strings.ContainsRune(":：|｜丨", last))
}

// bracketPair returns the opening bracket p ends with and its closing one.
func bracketPair(p string) (open, close string, ok bool) {
	for _, pair := range [][2]string{{"「", "」"}, {"『", "』"}, {"【", "】"}, {"“", "”"}, {"《", "》"}, {"[", "]"}, {"(", ")"}, {"（", "）"}} {
		if strings.HasSuffix(p, pair[0]) {
			return pair[0], pair[1], true
		}
	}
	return "", "", false
}

// The shortest headline headerCopy compares, and the shortest header's
// copy taken for one cut short (a page's <title> cut at a fixed length).
const (
	minCopyRunes = 6
	minCutRunes  = 12
)

// repeatWindow is how many non-empty first lines are searched for a
// second statement of a candidate title.
const repeatWindow = 8

// halvesBelow returns the candidates j and k, whole lines right one
// after the other below candidate i, whose texts put together are i's
// (without spaces), or -1, -1. at are the candidates' lines (-1 for one
// that is no whole line), texts their texts without spaces; each half is
// at least minCopyRunes long.
func halvesBelow(at []int, texts []string, i int, lines []string) (int, int) {
	if at[i] < 0 {
		return -1, -1
	}
	for j := range at {
		if at[j] <= at[i] || runeLen(texts[j]) < minCopyRunes || !strings.HasPrefix(texts[i], texts[j]) {
			continue
		}
		for k := range at {
			if at[k] >= 0 && at[k] == nextLine(lines, at[j]) && runeLen(texts[k]) >= minCopyRunes && texts[i] == texts[j]+texts[k] {
				return j, k
			}
		}
	}
	return -1, -1
}

// collectionTitle reports whether a, a candidate above b (both folded
// and without spaces), is the title of a collection whose first piece b
// heads: a holds b, its part's number left off (篇1, (篇1)), with a count
// of the pieces after it (【精选9篇】, 集合八篇, 样例十一篇) and at most
// maxCollectionLeadRunes before it (实用的, 《).
func collectionTitle(a, b string) bool {
	core := withoutMatches(partNumberTail, b)
	if runeLen(core) < minCopyRunes {
		return false
	}
	i := strings.Index(a, core)
	return i >= 0 && runeLen(a[:i]) <= maxCollectionLeadRunes && collectionCount.MatchString(a[i+len(core):])
}

var (
	// partNumberTail: a piece's number after its heading (篇1, (篇1)).
	partNumberTail = regexp.MustCompile(`[(（]?篇[\d一二三四五六七八九十]{1,3}[)）]?$`)
	// collectionCount: the count of a collection's pieces after its title,
	// in brackets or not, with a word or two before the number (【精选9篇】,
	// 集合八篇, 【热门四篇】》).
	collectionCount = regexp.MustCompile(`^[【\[(（]?\p{Han}{0,2}[\d一二三四五六七八九十]{1,3}篇[】\])）]?》?$`)
)

// maxCollectionLeadRunes is the most a collection's title has before the
// heading of its first piece (实用的, 《).
const maxCollectionLeadRunes = 3

// headLine is one of the first lines of a text: its index, its folded
// form trimmed, and without spaces.
type headLine struct {
	i                int
	folded, stripped string
}

// firstLines returns the first repeatWindow non-empty lines of a text;
// folded holds the lines folded, in step with lines (nil: they are folded
// here).
func firstLines(lines, folded []string) []headLine {
	var out []headLine
	for i, l := range lines {
		if len(out) == repeatWindow {
			break
		}
		lf := ""
		if folded != nil {
			lf = strings.TrimSpace(folded[i])
		} else {
			lf = strings.TrimSpace(fold.ToSimplified(l))
		}
		if lf != "" && l != titleMark {
			out = append(out, headLine{i, lf, stripSpaces(lf)})
		}
	}
	return out
}

// linesBelow returns the first repeatWindow non-empty lines below line
// keep (-1: from the text's start), with their indices in lines.
func linesBelow(lines, folded []string, keep int) []headLine {
	out := firstLines(lines[keep+1:], folded[keep+1:])
	for k := range out {
		out[k].i += keep + 1
	}
	return out
}

// removeLine empties line i of lines and folded and adds it, trimmed, to
// removed as of kind. The removers share their callers' slices until
// they remove a line: with removed still nil, both are copied first.
func removeLine(lines, folded []string, removed []Removed, i int, kind string) ([]string, []string, []Removed) {
	if removed == nil {
		lines, folded = slices.Clone(lines), slices.Clone(folded)
	}
	removed = append(removed, Removed{Kind: kind, Text: strings.TrimSpace(lines[i])})
	lines[i], folded[i] = "", ""
	return lines, folded, removed
}

// saidTwice reports whether the page says a candidate twice: as another
// of its first lines, alone, as a field's value or run into a paragraph (not with a note such
// as （精选3篇） after it: a heading below the page's title), at the end of
// its breadcrumb, or twice in a row.
func saidTwice(c titleCandidate, heads []headLine, crumb string, fv *furnitureVocab) bool {
	ct := strings.TrimSpace(fold.ToSimplified(c.text))
	t := stripSpaces(ct)
	if runeLen(t) < 4 {
		return false
	}
	if c.line >= 0 && crumb != "" && stripSpaces(fold.ToSimplified(crumb)) == t {
		return true
	}
	// The title without the site's count of pieces after it, when it is
	// long and ends as a title: what its document may open with.
	bare := ""
	if strings.ContainsAny(ct, ")）】]") {
		if b := withoutMatches(trailingNote, ct); b != ct && runeLen(b) >= minRunOnRepeatRunes && fv.titles != nil && fv.titles.endsAsTitle(b) {
			bare = b
		}
	}
	for _, h := range heads {
		if h.i == c.line {
			if strings.Contains(h.stripped, t+t) {
				return true
			}
			continue
		}
		// The title again, alone or before a space and a paragraph (a
		// paragraph that merely starts with the same words is no repeat).
		rest, ok := strings.CutPrefix(h.folded, ct)
		if h.stripped == t || ok && strings.HasPrefix(rest, " ") && runeLen(rest) > fv.proseRunes {
			return true
		}
		// A document's own heading run into its first paragraph, the
		// site's count of pieces left off (2024年某某工作总结(2篇) over
		// 2024年某某工作总结____年某某工作总结一、引言…): a long title with
		// its ending, whole at the paragraph's start.
		if bare != "" && strings.HasPrefix(h.folded, bare) && fv.isProse(h.folded) {
			return true
		}
		// The title as a field's value (目录：某某活动总结).
		if n := fieldLabel(h.folded); n > 0 && stripSpaces(h.folded[n:]) == t {
			return true
		}
	}
	return false
}

// minRunOnRepeatRunes is the shortest title, without its count of
// pieces, found again at the start of the first paragraph.
const minRunOnRepeatRunes = 10

// maxVariantNoteRunes is the longest note a site adds to the title in a
// heading of its own (某某活动总结模板合集八篇).
const maxVariantNoteRunes = 8

// noteWords counts the Han characters of a note that are words, not
// numbers or part markers: 模板合集八篇 has four (模板合集), 篇1, 第二篇 and
// 2016(一) none — section headings that repeat the title, the author's.
func noteWords(note string) int {
	n := 0
	for _, r := range note {
		if isHan(r) && !strings.ContainsRune("〇零一二三四五六七八九十百篇第章节部分", r) {
			n++
		}
	}
	return n
}

// withoutTitleVariants removes, before the first prose line, the lines
// that repeat the title with a short note of the site's after or before
// it (模板合集八篇, 精选范文; a forum's [活动回顾]): a document site's heading
// for its compilation, a thread's title with its board; and, among the
// first repeatWindow lines, the title as a field's value (目录：…). Lines
// that are the title alone, or the title with a part number (篇1, 2016(一)), stay; so does
// line keep (the title's own line, removed by the caller, or the paragraph
// it opens, kept whole). Line indices other than keep are unchanged in
// meaning: removed lines become empty.
func withoutTitleVariants(lines, folded []string, title string, keep int, fv *furnitureVocab) ([]string, []string, []Removed) {
	tf := strings.TrimSpace(fold.ToSimplified(title))
	t := stripSpaces(tf)
	if runeLen(t) < 4 {
		return lines, folded, nil
	}
	var removed []Removed
	seen, pastProse := 0, false
	for i, f := range folded {
		f = strings.TrimSpace(f)
		if f == "" || lines[i] == titleMark || i == keep {
			continue
		}
		if seen++; seen > repeatWindow {
			break
		}
		// The title as a field's value (目录：某某活动总结), under a lead
		// in sentences too: the page's table of contents; a part's heading
		// (篇一：…) stays.
		if n := fieldLabel(f); n > 0 && !isPartNumber(strings.TrimRight(f[:n], ":：")) && stripSpaces(f[n:]) == t {
			lines, folded, removed = removeLine(lines, folded, removed, i, "title")
			continue
		}
		// The title said again before a space and the first paragraph (a
		// forum post's heading run into its text): the title goes, the
		// paragraph stays.
		if rest, ok := strings.CutPrefix(f, tf); ok && !pastProse && strings.HasPrefix(rest, " ") && fv.isProse(strings.TrimSpace(rest)) {
			if removed == nil {
				lines, folded = slices.Clone(lines), slices.Clone(folded)
			}
			rs := []rune(strings.TrimSpace(lines[i]))
			removed = append(removed, Removed{Kind: "title", Text: string(rs[:runeLen(tf)])})
			lines[i], folded[i] = strings.TrimSpace(string(rs[runeLen(tf):])), strings.TrimSpace(rest)
			pastProse = true
			continue
		}
		if pastProse = pastProse || fv.isProse(f); pastProse {
			continue // only the field above looks past the first prose line
		}
		note, ok := strings.CutPrefix(stripSpaces(f), t)
		if !ok {
			note, ok = strings.CutSuffix(stripSpaces(f), t) // [活动回顾]某某总结
		}
		if !ok || runeLen(note) > maxVariantNoteRunes || strings.ContainsAny(note, clauseEnds) || noteWords(note) < 2 || pieceNumbered(note) {
			continue
		}
		lines, folded, removed = removeLine(lines, folded, removed, i, "title")
	}
	return lines, folded, removed
}

// pieceNumberedExpr matches a note that ends with one piece's number
// after the site's word for its samples (模板1, (精选篇1), 范文2): not a
// count of the pieces (模板合集八篇), which ends with 篇.
var pieceNumberedExpr = regexp.MustCompile(`\p{Han}\s*[(（]?\s*[\d一二三四五六七八九十]{1,2}\s*[)）]?$`)

// pieceNumbered reports whether a note after the title numbers one sample
// of a template site's collection (某某总结模板1, 某某心得(精选篇1)): since
// round 36 the heading of that sample, which readers keep with the
// samples' other headings (篇二), not the site's heading for its
// compilation.
func pieceNumbered(note string) bool {
	return pieceNumberedExpr.MatchString(note)
}

// sampleHeading reports whether line is the title with one sample's
// number after it (某某总结 篇1, 某某心得(精选篇1), 某某总结模板1): a template
// site's heading of its first sample, which the title is read off.
func sampleHeading(line, title string) bool {
	note, ok := strings.CutPrefix(stripSpaces(fold.ToSimplified(strings.TrimSpace(line))), stripSpaces(fold.ToSimplified(strings.TrimSpace(title))))
	return ok && note != "" && (partNumberTail.MatchString(note) && partNumberTail.FindString(note) == note || runeLen(note) <= maxVariantNoteRunes && pieceNumbered(note))
}

// maxPictureNoteRunes is the longest note a site's software sets around
// the title to name a picture by it (_第12张图片, 图片[3]-…-某某网).
const maxPictureNoteRunes = 12

// withoutTitlePictures removes, anywhere but line keep (the title's own),
// the lines that say the title again with a short note naming a picture by
// its number before or after it — a word of [picture_index_words] and a
// digit, no clause's mark (某某活动(图1), 某某活动_第2张图片, 图片[3]-某某活动-某某网):
// the pictures' alternative text a site's software prints in their place
// between the paragraphs. The title with a part's number (某某活动(二)) or
// alone stays. Removed lines become empty.
func withoutTitlePictures(lines, folded []string, title string, keep int, fv *furnitureVocab) ([]string, []string, []Removed) {
	t := stripSpaces(strings.TrimSpace(fold.ToSimplified(title)))
	if runeLen(t) < minPieceHeadingRunes {
		return lines, folded, nil
	}
	var removed []Removed
	for i, f := range folded {
		if i == keep {
			continue
		}
		before, after, ok := strings.Cut(stripSpaces(f), t)
		note := before + after
		if ok && runeLen(note) <= maxPictureNoteRunes && strings.ContainsAny(note, "0123456789") &&
			containsAny(note, fv.pictureIndexWords) && !strings.ContainsAny(note, clauseEnds) {
			lines, folded, removed = removeLine(lines, folded, removed, i, "image")
		}
	}
	return lines, folded, removed
}

// stampedLines returns the lines (trimmed) right above a post's stamp:
// a line of furniture that dates the page (dating: a byline, the page's
// metadata …) with a year and a month (2024-03-02 20:20, 发布时间:…
// 点击数:…), or a byline's row without a date (byline: 记者 某某 通讯员
// 某某), where a site's software prints the headline.
func stampedLines(lines, folded []string, empty, dating, byline func(int) bool) map[string]bool {
	var out map[string]bool
	prev := -1
	for i, f := range folded {
		if empty(i) {
			continue
		}
		if prev >= 0 && (dating(i) && publishDate(f) != "" || byline(i)) {
			if out == nil {
				out = map[string]bool{}
			}
			out[strings.TrimSpace(lines[prev])] = true
		}
		prev = i
	}
	return out
}

// dashRunes are the dashes (— – - ―) that end a kicker broken off its
// headline and, two or more, open a deck (isDeck).
const dashRunes = "—–-―"

// nextLine returns the index of the first non-empty line after line i, or
// -1.
func nextLine(lines []string, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// prevLine returns the index of the last non-empty line before line i, or
// -1.
func prevLine(lines []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// doubledTail returns the headline a line ends by saying twice in a
// row, once it is said (某某开展敬老活动某某开展敬老活动, 某某协会
// 某某活动 某某活动: a page's template printing its headline twice, or
// the organisation's name before it), when it holds at least minHan Han
// characters; else "". A line longer than maxTitleLineRunes is a
// paragraph, never looked at.
func doubledTail(l string, minHan int) string {
	rs := []rune(strings.TrimSpace(l))
	if len(rs) > maxTitleLineRunes {
		return ""
	}
	for n := len(rs) / 2; n > 0; n-- {
		a := strings.TrimSpace(string(rs[len(rs)-2*n : len(rs)-n]))
		b := strings.TrimSpace(string(rs[len(rs)-n:]))
		if a != b {
			continue
		}
		if han, _ := hanAndNonLatin(a); han >= minHan {
			return b
		}
		return ""
	}
	return ""
}

// echoedHead returns the part of line i (its text l; folded holds the
// page's lines in Simplified script) before its first
// separator when another line of the page says that part alone or ends
// with it after a mark, a digit or a letter (a summary's field, the
// article's own heading, a repost's dateline) and it holds at least
// minEchoedHeadHan Han characters: a headline with a site's name or a
// spam brand after it (标题:某某官方入口, 标题─某某協會電子報─某某報),
// which the headline said alone shows up, what follows it said nowhere
// else (a headline over its two halves is whole). A headline's subtitle after
// a dash (标题——记某某活动) is no site's: the body names its words
// inside its sentences, not alone.
func echoedHead(folded []string, i int, l string) string {
	at := strings.IndexAny(l, headSeparators)
	if at <= 0 {
		return ""
	}
	p := strings.TrimSpace(l[:at])
	if han, _ := hanAndNonLatin(p); han < minEchoedHeadHan {
		return ""
	}
	sp := stripSpaces(fold.ToSimplified(p))
	ss := stripSpaces(fold.ToSimplified(strings.Trim(l[at:], headSeparators+" ")))
	echoed := false
	for j, o := range folded {
		if j == i {
			continue
		}
		so := stripSpaces(o)
		if ss != "" && strings.Contains(so, ss) {
			return "" // its second half said again: a headline broken into two lines below
		}
		if before, ok := strings.CutSuffix(so, sp); ok {
			r, _ := utf8.DecodeLastRuneInString(before)
			echoed = echoed || before == "" || !isHan(r)
		}
	}
	if echoed {
		return p
	}
	return ""
}

// headSeparators set a site's name off after a headline on its line.
const headSeparators = ":：_|｜丨─—-–"

// minEchoedHeadHan is the shortest headline, in Han characters, that
// echoedHead, headlineBeforeDate and withoutForeignSuffix take: a kicker
// or a column's name before a bar (喜迎新春 | …) is shorter.
const minEchoedHeadHan = 8

// headlineBeforeDate splits a line that runs a headline into the post's
// fields and on into the text (标题时间:2021-06-09 记者…, 标题發佈日期:
// 2016/03/05 …, 标题 来源:某某报 2019-03-12 10:05 …, 标题 2023-05-06
// 09:30 來源:…), as a page flattened to one line prints them: the
// headline, the post's date and what follows (fv.headlineFields). The
// line stays whole in the text. The headline holds minEchoedHeadHan Han
// characters or more and no clause's mark outside its quotes (“学雷锋,
// 树新风”, a slogan's comma, is its own): a sentence naming a time is no
// headline.
func headlineBeforeDate(l string, fv *furnitureVocab) (title, date, rest string) {
	f := fold.ToSimplified(l)
	m := fv.headlineFields.FindStringSubmatchIndex(f)
	if m == nil {
		return "", "", ""
	}
	title = strings.TrimSpace(l[:foldedOffset(l, f, m[3])])
	if han, _ := hanAndNonLatin(title); han < minEchoedHeadHan || runesOver(title, maxTitleLineRunes) || strings.ContainsAny(withoutQuoted(title), sentenceEnds+"，,") || !opensHeadline(title) {
		return "", "", ""
	}
	d := 4 // the date after its label, or the stamp's (group 3)
	if m[d] < 0 {
		d = 6
	}
	return title, l[foldedOffset(l, f, m[d]):foldedOffset(l, f, m[d+1])], strings.TrimSpace(l[foldedOffset(l, f, m[3]):])
}

// withoutQuoted returns s without what it quotes: the text between a
// pair of quotation marks (“…”, 「…」, 『…』) is left out, marks and all.
func withoutQuoted(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexAny(s, "“「『")
		if i < 0 {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		j := strings.IndexRune(s[i+n:], quoteCloser[r])
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+n+j+utf8.RuneLen(quoteCloser[r]):]
	}
	b.WriteString(s)
	return b.String()
}

// quoteCloser closes each opening quotation mark withoutQuoted reads.
var quoteCloser = map[rune]rune{'“': '”', '「': '」', '『': '』'}

// withoutForeignSuffix returns line i (its text l; folded holds the page's
// lines in Simplified script) without the name
// after its last hyphen or underscore (标题-某某热消息, 标题 -k8某某入口)
// when that name is foreign to the page (no two of its Han characters
// in a row said on another line, each line checked alone) while the
// headline before it shares a run of echo_runes with one of them: a
// mirror's or a spam site's brand added to the headline it copied. Else,
// and for a line of prose, it returns "".
func (s *titleScorer) withoutForeignSuffix(folded []string, i int, l string, prose bool) string {
	at := strings.LastIndexAny(l, suffixSeparators)
	if prose || at <= 0 {
		return ""
	}
	head := strings.TrimSpace(strings.TrimRight(l[:at], suffixSeparators+" "))
	name := hanOnly(fold.ToSimplified(l[at:]))
	last, _ := utf8.DecodeLastRuneInString(head)
	if han, _ := hanAndNonLatin(head); han < minEchoedHeadHan || last < utf8.RuneSelf && (unicode.IsLetter(last) || unicode.IsDigit(last)) ||
		runeLen(name) < 2 || runesOver(strings.TrimSpace(l[at:]), maxSuffixRunes) || s.endsAsTitle(name) {
		return ""
	}
	headHan, echoed := hanOnly(fold.ToSimplified(head)), false
	for j, o := range folded {
		if j == i {
			continue
		}
		o = hanOnly(o)
		if sharesRun(name, o, 2) {
			return ""
		}
		echoed = echoed || sharesRun(headHan, o, int(s.w["echo_runes"]))
	}
	if !echoed {
		return ""
	}
	return head
}

// suffixSeparators set a site's brand off after a headline copied whole.
const suffixSeparators = "-_－"

// maxSuffixRunes is the longest brand withoutForeignSuffix cuts off.
const maxSuffixRunes = 12

// creditNamed reports whether folded text names who wrote or shot the
// page: a word of [credit_words] standing as a word of its own (at the
// start, or after a space, a bracket or a Latin letter: 某某网 某某APP记者,
// (摄影 …), not 小记者) and followed by a colon or a space before a Han
// name (作者：某某办, 记者 某某 通讯员 某某, 现场合影（摄影 某某）). A byline
// or a caption's credit, never the headline, whatever the line's length.
func (v *furnitureVocab) creditNamed(f string) bool {
	for _, w := range v.creditWords {
		for i := 0; i < len(f); {
			k := strings.Index(f[i:], w)
			if k < 0 {
				break
			}
			at, end := i+k, i+k+len(w)
			i = end
			if before, _ := utf8.DecodeLastRuneInString(f[:at]); at > 0 && isHan(before) {
				continue
			}
			rest := strings.TrimLeft(f[end:], ":： \u3000")
			if r, _ := utf8.DecodeRuneInString(rest); len(rest) < len(f)-end && isHan(r) {
				return true
			}
		}
	}
	return false
}

// headOverDeck reports whether a line reads as a headline over its deck
// on the next line (the one-line form is titleScorer.overDeck), not as a
// label, a kicker or a site's bar over a headline: at least
// minDeckHeadHan Han characters, no bar or dash between fields
// (无障碍阅读 | …, 新闻速递 — 工作动态) and no comma between a slogan's
// clauses (每天…,处处…).
func headOverDeck(l string) bool {
	return runeLen(hanOnly(l)) >= minDeckHeadHan && !strings.ContainsAny(l, "|｜—,，")
}

// minDeckHeadHan is the fewest Han characters of a headline over its
// deck (headOverDeck): a kicker (引题) or a column's label is shorter.
const minDeckHeadHan = 12

// firstTextLine returns the index of lines' first non-empty line, -1
// when all are empty.
func firstTextLine(lines []string) int {
	return slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
}
