package content

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// Salience steers which coded types a document is about (docs/rules.md,
// "About or mentioned"). Each coded type gets a salience, the sum of what
// the judges of salienceJudges give it; the types at or above About are the
// ones the document is about, the others are mentioned in passing.
type Salience struct {
	// Share weighs the type's share of the document's hits (0–1).
	Share float64 `toml:"share"`
	// People weighs each hit of a type of people (Rule.People: 老人,
	// 儿童, 志愿者) against a hit of what was done, in the share and in
	// the items a type leads: the people served and those who serve are
	// named in passing in nearly every report. 1 when a [salience] table
	// does not give it.
	People float64 `toml:"people"`
	// Items weighs the share of the numbered activity items the type
	// leads (0–1): an item where it has the most hits, or whose heading
	// names it.
	Items float64 `toml:"items"`
	// Title is added when the title, or a section heading of a page of
	// several summaries, names the type.
	Title float64 `toml:"title"`
	// Heading is added when the heading of a numbered item names it.
	Heading float64 `toml:"heading"`
	// Head is added to the type the title names last: a Chinese title
	// ends in its head noun (禁毒宣传月 is a publicity month).
	Head float64 `toml:"head"`
	// First is added to the types that lead the first numbered item: a
	// report puts its core work first (一、为老服务提质扩面), which a
	// title that names nothing (2023年上半年工作总结) does not say.
	First float64 `toml:"first"`
	// Lone is taken off a type whose hits all lie in one sentence: an
	// activity the report is about is told in more than one place (a
	// sentence and a heading, two paragraphs), while a passing mention —
	// a list of what a project included (包括A、B、C), the people who
	// got a subsidy, an aside — is one sentence.
	Lone float64 `toml:"lone"`
	// Passing is taken off a type of people (Rule.People) whose hits all
	// lie in one sentence, on top of Lone: the people served or those who
	// serve, named once (志愿者 among those who turned out, 学生 who
	// filled in a questionnaire, 低保 among those a subsidy went to), are
	// named in passing, not served.
	Passing float64 `toml:"passing"`
	// Key is added to the types that lead a numbered item whose heading
	// holds one of KeyWords: a report marks its key work
	// (困境老人关爱服务（重点工作）, 重点时段巡护).
	Key float64 `toml:"key"`
	// KeyWords are the words of an item heading that mark key work
	// (重点, 核心), matched as characters.
	KeyWords []string `toml:"key_words"`
	// Overviews are the words an item's heading ends in when the item
	// sets out the report's case rather than its work (项目概况, 服務概覽,
	// 基本情况。截至…: the heading up to its first clause mark), matched
	// folded: such an item, when its heading names no type, is not the
	// first item First weighs — the first after it is. An overview tells
	// whom the report serves and its means, not the work done first.
	Overviews []string `toml:"overviews"`
	// Weak is taken off a type whose every hit word is one of its rule's
	// weak words (Rule.Weak): a blood-pressure check beside a meal, a
	// first-aider on standby, an 环保袋 handed out as a prize are asides,
	// not a health or environment activity — unless the title names the
	// type (a 环保站's report, a 血压 station's): its work is the type's.
	Weak float64 `toml:"weak"`
	// TitleNotes are the brackets of a title's notes, each an opening and
	// a closing bracket (（）): what a title puts in brackets is a note —
	// the period (（2024年1月至3月）), the genre (（精选范文）), the funder
	// (（社会工作局资助项目）) — not what the report is about, so it names
	// no type.
	TitleNotes []string `toml:"title_notes"`
	// Topic is added to an activity the title names beside a type of
	// form (Rule.Form): 反诈宣传周 is an anti-fraud campaign, and its
	// publicity is the form it took.
	Topic float64 `toml:"topic"`
	// Serving is added to a type of people who serve (Rule.Serves) that
	// the title names when it names no type of what was done: 互助养老
	// 志愿服务 and 新生迎新志愿服务 are reports of the volunteers' work,
	// not of the elderly or the students they served.
	Serving float64 `toml:"serving"`
	// ListMarks are the marks of a list of people (、 和 与 及 等), each
	// one character, matched folded: a type of people who serve (Rule.Serves) named in
	// one sentence is named in passing only when one of them is written
	// right before or after each of its words (党员、志愿者, 社工和志愿者);
	// with none, never.
	ListMarks []string `toml:"list_marks"`
	// ForMarks are the marks of a service for people (为), each one
	// character, matched folded: a type of people served named in one
	// sentence is not named in passing when one of them is written
	// before a hit in its clause and the hit is not in a list
	// (为17名残疾儿童提供康复, not 其中老人和儿童38人).
	ForMarks []string `toml:"for_marks"`
	// ForNotAfter are the characters, one each, matched folded, after
	// which a for mark is the end of another word (因为, 认为, 作为): no
	// service for anyone.
	ForNotAfter []string `toml:"for_not_after"`
	// IntoMarks are the words of going into a place (走进, 前往, 到),
	// matched folded as characters: a type of people served named in one
	// sentence is not named in passing when the sentence takes an
	// activity into one of its rule's places (Rule.Places: 走进翠湖小学，
	// 为五年级学生上了一堂课) — a mark, then a place at most intoWithin
	// runes after it, no punctuation between.
	IntoMarks []string `toml:"into_marks"`
	// CountUnits are the measure words of a head count (名, 人, 位), each
	// one character, matched folded: a type of people served named in one
	// sentence, not in a list, is not named in passing when a hit is
	// counted — a number and one of them right after it, or an about word
	// (CountAbout) between (参加学生约60名, 學童計1,200餘人參與), or right
	// before it, at most countWithin runes between (15名中小学生, 15位独居
	// 老人): the report counts them among those it served (round 32).
	CountUnits []string `toml:"count_units"`
	// CountAbout are the words written between people and their count
	// (约, 计, 共计, 超过), matched folded.
	CountAbout []string `toml:"count_about"`
	// CountParts are the words of a part of a whole (其中, 当中), matched
	// folded: a count in a clause after one of them tells how many of
	// those served were of the group (其中老人38人, 當中包括獨居長者63人),
	// not that the group was served.
	CountParts []string `toml:"count_parts"`
	// Gifts are the types whose hit in the clause of people served, named
	// in one sentence, gives them something: they are served, not named in
	// passing (rs.given).
	Gifts []string `toml:"gifts"`
	// Organisation is added to the type a report titled by its
	// organisation and a period, naming no activity (青松社区居民委员会
	// 2023年度工作总结), is about: the group the organisation's name says
	// it is for (残疾人托养服务中心), else the type its body gives the most
	// room, not what such an organisation does in general (docs/
	// annotation.md, decided in round 18).
	Organisation float64 `toml:"organisation"`
	// Organisations are the kinds of organisation (居民委员会, 服务站,
	// 协会, 基金会) a name ends in, matched folded as characters.
	Organisations []string `toml:"organisations"`
	// Reports are the genres of a report of an organisation's period
	// (工作总结, 成果报告) a title ends in, matched folded.
	Reports []string `toml:"reports"`
	// Periods are the words of a period (年度, 季度, 上半年, 学期) that,
	// with numerals and masks (2023, 二〇一八, 20xx), stand between an
	// organisation's name and its report's genre, matched folded.
	Periods []string `toml:"periods"`
	// Object is added to an activity the title names after a type of
	// people (独居老人探访, 义工嘉许礼): the people are the activity's
	// object, and the activity is what the report is about.
	Object float64 `toml:"object"`
	// Openings are the types whose lead of the first numbered item, when
	// it leads nothing else, opens the work rather than reports it (the
	// meeting that launched a campaign, a party branch's routine of
	// meetings): no type gets First from such an item (round 35).
	Openings []string `toml:"openings"`
	// About is the salience from which the document is about the type.
	About float64 `toml:"about"`
}

// salienceKeys are the keys of the [salience] table, in the order the
// message of an unknown key lists them.
var salienceKeys = []string{"share", "people", "items", "title", "head", "heading", "first", "lone", "passing", "key", "key_words", "overviews", "weak",
	"title_notes", "topic", "serving", "list_marks", "for_marks", "for_not_after", "into_marks", "count_units", "count_about", "count_parts", "gifts", "openings", "organisation", "organisations", "reports", "periods",
	"object", "about"}

// defaultSalience is the [salience] table of the embedded dict/rules.toml,
// which applies to a rules file that has none.
func defaultSalience() Salience {
	var f struct {
		Salience Salience `toml:"salience"`
	}
	if _, err := toml.Decode(string(dict.File("rules.toml")), &f); err != nil {
		panic("dict/rules.toml: " + err.Error())
	}
	return f.Salience
}

// check returns, per key, a problem for each weight or threshold that is
// negative or not a number.
func (s Salience) check() map[string]string {
	out := map[string]string{}
	for key, val := range map[string]float64{"share": s.Share, "people": s.People, "items": s.Items, "title": s.Title, "head": s.Head, "first": s.First, "heading": s.Heading, "lone": s.Lone, "passing": s.Passing, "key": s.Key, "weak": s.Weak, "topic": s.Topic, "serving": s.Serving, "organisation": s.Organisation, "object": s.Object, "about": s.About} {
		if val < 0 || val != val {
			out[key] = fmt.Sprintf("salience: %s must be a number ≥ 0, not %v", key, val)
		}
	}
	for key, words := range map[string][]string{"key_words": s.KeyWords, "overviews": s.Overviews, "organisations": s.Organisations, "reports": s.Reports, "periods": s.Periods, "into_marks": s.IntoMarks, "count_about": s.CountAbout, "count_parts": s.CountParts} {
		for _, w := range words {
			if strings.TrimSpace(w) == "" {
				out[key] = fmt.Sprintf("salience: %s: an empty word is written everywhere", key)
			}
		}
	}
	for key, marks := range map[string][]string{"list_marks": s.ListMarks, "for_marks": s.ForMarks, "for_not_after": s.ForNotAfter, "count_units": s.CountUnits} {
		for _, m := range marks {
			if utf8.RuneCountInString(m) != 1 {
				out[key] = fmt.Sprintf("salience: %s: %q is not one character", key, m)
			}
		}
	}
	for _, b := range s.TitleNotes {
		if utf8.RuneCountInString(b) != 2 {
			out["title_notes"] = fmt.Sprintf("salience: title_notes: %q is not an opening and a closing bracket", b)
		}
	}
	return out
}

// typeEvidence is what the salience judges see of one coded type.
type typeEvidence struct {
	hits, totalHits float64 // the type's weighed hits and those of every coded type
	items, allItems int     // numbered items the type leads, and all items
	title           bool
	head            bool // the title names it last
	headings        int  // item headings that name the type
	first           bool // it leads the first numbered item
	sentences       int  // sentences of the body holding its hits: 0 (not known), 1, 2 (or more)
	people          bool // a type of people (Rule.People)
	key             bool // it leads an item whose heading marks key work
	weak            bool // every hit word is a weak word of its rule
	topic           bool // an activity the title names beside a type of form
	serving         bool // those who serve, named by a title that names no activity
	serves          bool // a type of people who serve (Rule.Serves)
	listed          bool // every hit has a list mark beside it
	servedFor       bool // a hit of people served follows a for mark in its clause, not in a list
	servedIn        bool // the sentence of people served takes an activity into one of their places
	servedGift      bool // the clause of people served gives them something (a hit of a type of Gifts)
	counted         bool // a hit of people served, not in a list, has a head count beside it
	organisation    bool // what a report titled by its organisation and a period is about
	object          bool // an activity the title names after the people it names
}

// salienceJudge gives one part of a type's salience, with a named reason
// ("" when it gives nothing).
type salienceJudge interface {
	judge(e typeEvidence) (score float64, reason string)
}

// flagged gives its weight (a part taken away when it is negative) to
// the types its evidence marks, with its reason; nothing when its weight is
// 0. The judges below that a single mark decides are made with it.
type flagged struct {
	weight float64
	on     func(typeEvidence) bool
	reason string
}

func (j flagged) judge(e typeEvidence) (float64, string) {
	if j.weight == 0 || !j.on(e) {
		return 0, ""
	}
	return j.weight, j.reason
}

// hitShare: the more of the document's coding words are the type's, the
// more the document is about it.
type hitShare struct{ weight float64 }

func (j hitShare) judge(e typeEvidence) (float64, string) {
	if e.totalHits == 0 || j.weight == 0 {
		return 0, ""
	}
	share := e.hits / e.totalHits
	return j.weight * share, fmt.Sprintf("share %.2f", share)
}

// itemShare: a type that leads numbered items is what those items report.
type itemShare struct{ weight float64 }

func (j itemShare) judge(e typeEvidence) (float64, string) {
	if e.items == 0 || j.weight == 0 {
		return 0, ""
	}
	return j.weight * float64(e.items) / float64(e.allItems), fmt.Sprintf("items %d/%d", e.items, e.allItems)
}

// titleNames: a report's title says what it is about.
func titleNames(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.title }, "title"}
}

// titleHead: of the types a title names, the last is its head noun.
func titleHead(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.head }, "title head"}
}

// headingNames: an item's heading says what the item reports.
type headingNames struct{ weight float64 }

func (j headingNames) judge(e typeEvidence) (float64, string) {
	if e.headings == 0 || j.weight == 0 {
		return 0, ""
	}
	return j.weight, fmt.Sprintf("headings %d", e.headings)
}

// firstItem: a report puts its core work first; people named in passing
// (inPassing) are not its work, though a short first item has them among
// its most hits (中小学生 who came to an opening).
func firstItem(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.first && !e.inPassing() }, "first item"}
}

// oneSentence: a type told in one sentence only is a passing mention
// (a list, an aside, the people a subsidy went to), unless another judge
// finds it elsewhere (the title, the first item).
type oneSentence struct{ weight float64 }

func (j oneSentence) judge(e typeEvidence) (float64, string) {
	if e.sentences != 1 || j.weight == 0 {
		return 0, ""
	}
	return -j.weight, "one sentence"
}

// peopleInPassing: people named in one sentence are named in passing;
// those who serve only when listed among other people.
type peopleInPassing struct{ weight float64 }

func (j peopleInPassing) judge(e typeEvidence) (float64, string) {
	if !e.inPassing() || j.weight == 0 {
		return 0, ""
	}
	return -j.weight, "people in one sentence"
}

// inPassing tells whether the type is one of people named in passing:
// all its hits in one sentence, and, for those who serve, listed among
// other people, for those served, not after a for mark (servedFor) nor
// where an activity was taken into their place (servedIn) nor in a
// clause that gives them something (servedGift) nor counted (counted).
func (e typeEvidence) inPassing() bool {
	return e.people && e.sentences == 1 && !(e.serves && !e.listed) && !e.servedFor && !e.servedIn && !e.servedGift && !e.counted
}

// keyItem: a report marks its key work in the heading of an item
// (重点工作, 重点时段巡护, 核心服务); the type that leads it is what the
// report is about.
func keyItem(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.key }, "key item"}
}

// weakWords: a type whose only evidence is words that name an aside
// (血压 measured beside a meal, 医护人员 on standby, an 环保袋 prize, 诈骗
// as one topic of a talk) is mentioned, not reported, unless the title
// names it: a title says what the report's work is (社区回收环保站).
func weakWords(weight float64) flagged {
	return flagged{-weight, func(e typeEvidence) bool { return e.weak && !e.title }, "weak words only"}
}

// titleTopic: a title that names a form (宣传周) and an activity of
// another type (反诈) is about the activity; the form is how it was done.
func titleTopic(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.topic }, "title topic"}
}

// titleServing: a title that names those who serve and no activity
// (企业志愿服务工作总结, 互助养老志愿服务) reports their service, whatever
// group it served.
func titleServing(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.serving }, "title serving"}
}

// organisationReport: a report titled by its organisation and a period
// (青松社区居民委员会2023年度工作总结) is about the group the organisation
// is for when its name says it, else the work its body gives the most
// room.
func organisationReport(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.organisation }, "organisation's report"}
}

// titleObject: a title that names people and then an activity
// (独居老人探访, 义工嘉许礼) reports the activity done for them or by them.
func titleObject(weight float64) flagged {
	return flagged{weight, func(e typeEvidence) bool { return e.object }, "title object"}
}

// judges is the chain of salience judges, in the order of their reasons.
func (s Salience) judges() []salienceJudge {
	return []salienceJudge{titleNames(s.Title), titleHead(s.Head), titleTopic(s.Topic), titleServing(s.Serving), organisationReport(s.Organisation), titleObject(s.Object), headingNames{s.Heading}, firstItem(s.First), keyItem(s.Key), itemShare{s.Items}, hitShare{s.Share}, oneSentence{s.Lone}, peopleInPassing{s.Passing}, weakWords(s.Weak)}
}

// score sums the judges' parts and collects their reasons.
func (s Salience) score(e typeEvidence) (float64, []string) {
	total, why := 0.0, []string{}
	for _, j := range s.judges() {
		v, reason := j.judge(e)
		total += v
		if reason != "" {
			why = append(why, reason)
		}
	}
	return total, why
}

// About splits the types coded on a document (Code) into the types the
// document is about and those it mentions, and names the main type: the
// most salient (on a tie, the one with fewer weighed hits, whose salience
// rests more on where the report names it — its title, a heading, its
// first item — than on its bulk of words; then more hits, then rule
// order). Each TypeHit gets
// its salience and the reasons for it. The main type is about the
// document even below the threshold: a report that codes anything is
// about something. The title, the text the hits' offsets point into and
// the items are the document's own (the Activities of extract, with their
// TypeHits). main is "" when nothing is coded.
func (rs *Rules) About(coded []TypeHit, title, text string, items []Item) (about, mentioned []TypeHit, main string) {
	rs = rs.compiledTypes()
	names := []string{withoutNotes(fold.ToSimplified(title), rs.Salience.TitleNotes)}
	coded = rs.withTitleTypes(coded, names[0])
	if len(coded) == 0 {
		return nil, nil, ""
	}
	total := 0.0
	for _, h := range coded {
		total += rs.weighed(h)
	}
	headings := make([]string, len(items))
	for i, a := range items {
		headings[i] = fold.ToSimplified(a.Heading)
		if a.Section != "" && (i == 0 || items[i-1].Section != a.Section) {
			names = append(names, fold.ToSimplified(a.Section))
		}
	}
	leads, keyLed := itemLeaders(items, headings, rs)
	// a page of several summaries (items in sections) has a first item
	// in each: none of them is the page's core work
	var first []string
	if len(items) > 0 && items[0].Section == "" && rs.Salience.First > 0 {
		if i := rs.firstWork(items, headings); i < len(items) {
			if first = rs.leaders(items[i], headings[i]); rs.opening(first) {
				first = nil
			}
		}
	}
	head := ""
	if rs.Salience.Head > 0 {
		head = rs.titleHead(names[0], coded)
	}
	var form *Rule // a type of form the title names
	if rs.Salience.Topic > 0 {
		form = rs.formNamed(names[0], coded)
	}
	// those who serve, when the title names no type of what was done
	activity := rs.activityNamed(names[0], coded)
	serving := rs.Salience.Serving > 0 && !activity
	peopleEnd := rs.peopleEnd(names[0], coded)
	var organisation []string // the types an organisation's report is about
	if rs.Salience.Organisation > 0 && !activity && rs.Salience.organisationTitle(names[0]) {
		if group := rs.lastNamed(names[0], coded, true); group != "" {
			organisation = []string{group}
		} else {
			organisation = roomiest(coded)
			// the report's first work (the one type that leads its
			// first item) is what it reports too, however few its words
			if len(first) == 1 && !slices.Contains(organisation, first[0]) {
				organisation = append(organisation, first[0])
			}
		}
	}
	var ends []int
	var runes, folded []rune // the text's, read (and folded) once a type that serves needs them
	if text != "" && (rs.Salience.Lone > 0 || rs.Salience.Passing > 0) {
		// sentences unknown without the text: the judges give nothing
		ends = sentenceBounds(text)
	}
	scored := make([]TypeHit, len(coded))
	aside := make([]bool, len(coded)) // the group's own doings under a title that names it (Rule.Asides)
	for i, h := range coded {
		e := typeEvidence{hits: rs.weighed(h), totalHits: total, items: leads[h.ID], allItems: len(items), head: h.ID == head, first: slices.Contains(first, h.ID), key: keyLed[h.ID], organisation: slices.Contains(organisation, h.ID)}
		if ends != nil {
			e.sentences = sentenceSpread(ends, h.At)
		}
		// the evidence of a judge with no weight is not looked for:
		// About runs on every document
		if rule := rs.rule(h.ID); rule != nil {
			e.people = rule.People
			e.serves = rule.Serves
			if e.people && e.sentences == 1 {
				if runes == nil {
					runes = []rune(text)
				}
				if e.serves {
					e.listed = listed(runes, h.At, rs.Salience.ListMarks)
				} else {
					e.servedFor = rs.Salience.servedFor(runes, h.At)
					e.servedIn = !e.servedFor && rs.Salience.takenInto(runes, ends, h.At, rule.compiledRule().places)
					e.servedGift = !e.servedFor && !e.servedIn && rs.given(runes, coded, h)
					if !e.servedFor && !e.servedIn && !e.servedGift && len(rs.Salience.CountUnits) > 0 {
						if folded == nil {
							folded = foldedRunes(runes)
						}
						e.counted = rs.Salience.counted(runes, folded, h.At)
					}
				}
			}
			e.weak = rs.Salience.Weak > 0 && rule.weakOnly(h.Words)
			aside[i] = rs.asideUnder(rule, h.Words, names[0])
			e.title = rs.Salience.Title > 0 && rule.namedIn(names...)
			e.object = rs.Salience.Object > 0 && !rule.People && rule.namedEnd(names[0]) > peopleEnd
			e.topic = form != nil && !rule.People && !rule.Form && rule.namedApart(names[0], form)
			e.serving = serving && rule.Serves && rule.namedIn(names[0])
			for _, hd := range headings {
				if rs.Salience.Heading > 0 && rule.namedIn(hd) {
					e.headings++
				}
			}
		}
		h.Salience, h.Why = rs.Salience.score(e)
		h.Salience = round3(h.Salience)
		if aside[i] {
			h.Why = append(h.Why, "asides")
		}
		scored[i] = h
	}
	best := 0
	for i, h := range scored {
		if h.Salience > scored[best].Salience || h.Salience == scored[best].Salience && fewerWeighed(rs.weighed(h), h.Hits, rs.weighed(scored[best]), scored[best].Hits) {
			best = i
		}
	}
	for i, h := range scored {
		if i == best || h.Salience >= rs.Salience.About && !aside[i] {
			about = append(about, h)
		} else {
			mentioned = append(mentioned, h)
		}
	}
	return about, mentioned, scored[best].ID
}

// fewerWeighed tells whether a type of weighed hits w and hits n comes
// before one of wBest and nBest on a tie of salience: fewer weighed hits
// (its salience rests on its title, a heading, its first item rather than
// on its bulk of words), then, weighed hits equal, more hits.
func fewerWeighed(w float64, n int, wBest float64, nBest int) bool {
	return w < wBest || w == wBest && n > nBest
}

// clauseBreaks end a clause: between a hit of people served and a gift,
// one of them sets the gift apart from them.
const clauseBreaks = "\n，,；;。！？!?：:"

// given tells whether the clause holding the hits of people served, all
// in one sentence, holds a hit of a type of Gifts too: something given to
// them (向困难家庭发放慰问品, 资助家庭经济困难学生). Not a gift in another
// clause (…撤离至安置点，并完成物资发放: what was done besides), nor when
// a hit of another type of people begins right after their last hit:
// 对低保老人每餐补贴 gives to the elderly, and 低保 only says which of them.
func (rs *Rules) given(text []rune, coded []TypeHit, people TypeHit) bool {
	if len(people.At) == 0 || len(rs.Salience.Gifts) == 0 {
		return false
	}
	first, last := people.At[0], people.At[len(people.At)-1]
	sameClause := func(e Evidence) bool {
		from, to := min(e.Offset, first.Offset), max(e.Offset, last.Offset)
		return to <= len(text) && !slices.ContainsFunc(text[from:to], func(r rune) bool { return strings.ContainsRune(clauseBreaks, r) })
	}
	gift := false
	for _, h := range coded {
		rule := rs.rule(h.ID)
		switch {
		case h.ID != people.ID && rule != nil && rule.People:
			if slices.ContainsFunc(h.At, func(e Evidence) bool { return e.Offset == last.Offset+last.Length }) {
				return false
			}
		case slices.Contains(rs.Salience.Gifts, h.ID):
			gift = gift || slices.ContainsFunc(h.At, sameClause)
		}
	}
	return gift
}

// organisationTitle tells whether a folded title, without its notes, is
// an organisation's name, a period and a report's genre
// (青松社区居民委员会2023年度工作总结, 服务站二〇一八年度工作总结): it
// ends in one of Reports (the longest), and what is before it, the period
// cut off its end, ends in one of Organisations.
func (s *Salience) organisationTitle(title string) bool {
	genre := suffixOf(title, s.Reports)
	return genre != "" && suffixOf(s.withoutPeriod(strings.TrimSuffix(title, genre)), s.Organisations) != ""
}

// periodRunes are the numerals, masks and joins of a written period
// (2023, 二〇一八, 20xx, 2023—2024, 2019至2020).
const periodRunes = "〇○零一二三四五六七八九十xX×＊*—–-/~～至"

// withoutPeriod is name with the period at its end cut off: numerals,
// masks and joins (periodRunes, digits) and the words of Periods.
func (s *Salience) withoutPeriod(name string) string {
	for {
		if w := suffixOf(name, s.Periods); w != "" {
			name = strings.TrimSuffix(name, w)
			continue
		}
		r, size := utf8.DecodeLastRuneInString(name)
		if size == 0 || !unicode.IsDigit(r) && !strings.ContainsRune(periodRunes, r) {
			return name
		}
		name = name[:len(name)-size]
	}
}

// suffixOf is the longest of words that s ends in (上半年, not 年), or "".
func suffixOf(s string, words []string) string {
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) && strings.HasSuffix(s, w) {
			longest = w
		}
	}
	return longest
}

// roomiest are the coded types the body gives the most room: the most
// hits, every coded word counting one whoever it names (every type tied
// for the most: the other judges, the first item's among them, tell
// which was reported first).
func roomiest(coded []TypeHit) []string {
	most := 0
	for _, h := range coded {
		most = max(most, h.Hits)
	}
	var out []string
	for _, h := range coded {
		if h.Hits == most && most > 0 {
			out = append(out, h.ID)
		}
	}
	return out
}

// compiledTypes is rs with every rule compiled: rs itself for a loaded
// rule set, else a copy whose rules built in code are compiled once, not
// again by each of About's helpers (withTitleTypes, namedIn, namedEnd …)
// and for each type.
func (rs *Rules) compiledTypes() *Rules {
	for i := range rs.Types {
		if !rs.Types[i].compiled {
			c := *rs
			c.Types = make([]Rule, len(rs.Types))
			for k := range rs.Types {
				c.Types[k] = *rs.Types[k].compiledRule()
			}
			return &c
		}
	}
	return rs
}

// withTitleTypes adds to the coded types, in rule order, those whose
// terms the folded title writes and the text never codes, with no hits:
// the title is part of the document (…环境整治志愿服务活动总结 whose text
// names no volunteer is about volunteers too). Not by a rule's titles:
// an organisation's kind (网格) tells which of the types the text codes
// is its work, not that it did that work.
func (rs *Rules) withTitleTypes(coded []TypeHit, title string) []TypeHit {
	isCoded := func(id string) bool {
		return slices.ContainsFunc(coded, func(h TypeHit) bool { return h.ID == id })
	}
	var out []TypeHit
	for i := range rs.Types {
		r := &rs.Types[i]
		if isCoded(r.ID) || !writtenIn(r.terms(), []string{r.inTitle(title)}) {
			continue
		}
		if out == nil {
			out = slices.Clone(coded)
		}
		out = append(out, TypeHit{ID: r.ID, Label: r.Label, Words: []string{}})
	}
	if out == nil {
		return coded
	}
	slices.SortStableFunc(out, func(a, b TypeHit) int { return rs.order(a.ID) - rs.order(b.ID) })
	return out
}

// order is the index of a type id among the rules, or len(rs.Types).
func (rs *Rules) order(id string) int {
	for i := range rs.Types {
		if rs.Types[i].ID == id {
			return i
		}
	}
	return len(rs.Types)
}

// sentenceBounds are the rune offsets of the text at which a sentence
// ends (the offset of its last rune), ascending: 。！？； and their
// half-width forms, as for skip (sentenceEnds of types.go), and a line
// break, which ends a heading or a list line. A text that does not end in
// one ends a last sentence at its end. The text is read as bytes, a rune
// counted where one starts: About runs on every document.
func sentenceBounds(text string) []int {
	ends := make([]int, 0, 64)
	i := 0 // runes before text[j]
	for j := 0; j < len(text); j++ {
		b := text[j]
		if b&0xC0 == 0x80 {
			continue // inside a rune
		}
		switch {
		case b == '!' || b == '?' || b == ';' || b == '\n':
			ends = append(ends, i)
		case b == 0xE3 && strings.HasPrefix(text[j:], "。"),
			b == 0xEF && (strings.HasPrefix(text[j:], "！") || strings.HasPrefix(text[j:], "？") || strings.HasPrefix(text[j:], "；")):
			ends = append(ends, i)
		}
		i++
	}
	return append(ends, i)
}

// sentenceSpread tells in how many sentences (by their ends) the hits lie:
// 0 for none, 1 for one, 2 for two or more (what the judges ask); the
// hits are in the order counted, not in text order.
func sentenceSpread(ends []int, at []Evidence) int {
	if len(at) == 0 {
		return 0
	}
	first, _ := slices.BinarySearch(ends, at[0].Offset)
	for _, e := range at[1:] {
		if s, _ := slices.BinarySearch(ends, e.Offset); s != first {
			return 2
		}
	}
	return 1
}

// listed tells whether each hit has a list mark (ListMarks, matched
// folded: 與 is 与) right before or after it in the text.
func listed(text []rune, at []Evidence, marks []string) bool {
	for _, e := range at {
		if !markAt(text, e.Offset-1, marks) && !markAt(text, e.Offset+e.Length, marks) {
			return false
		}
	}
	return len(at) > 0
}

// markAt tells whether text has one of marks, matched folded, at i.
func markAt(text []rune, i int, marks []string) bool {
	return i >= 0 && i < len(text) && slices.Contains(marks, fold.ToSimplified(string(text[i])))
}

// forWithin is how many runes before a hit of people served servedFor
// looks for a for mark (为辖区独居老人, 为其中8户困难家庭).
const forWithin = 10

// servedFor tells whether a hit of people served, not listed (a list
// mark right before or after it), has one of ForMarks (为) before it in
// its clause, at most forWithin runes away and not after one of
// ForNotAfter: 为17名残疾儿童提供康复 reports a service for them, where
// 其中老人和儿童38人 only counts them and 因为老人行动不便 gives a reason.
func (s *Salience) servedFor(text []rune, at []Evidence) bool {
	for _, e := range at {
		if e.Offset > len(text) || listed(text, []Evidence{e}, s.ListMarks) {
			continue
		}
		for i := e.Offset - 1; i >= 0 && i >= e.Offset-forWithin; i-- {
			if text[i] == '\n' || unicode.IsPunct(text[i]) {
				break
			}
			if markAt(text, i, s.ForMarks) && !markAt(text, i-1, s.ForNotAfter) {
				return true
			}
		}
	}
	return false
}

// foldedRunes returns text folded to Simplified, rune for rune, or text
// itself when folding would change its length (offsets must hold).
func foldedRunes(text []rune) []rune {
	if folded := []rune(fold.ToSimplified(string(text))); len(folded) == len(text) {
		return folded
	}
	return text
}

// countWithin is how many runes may lie between a head count and the
// people it counts after it (15位独居老人).
const countWithin = 4

// numeral tells whether r is part of a number: a digit, a Chinese
// numeral or a separator within digits (1,200).
func numeral(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("〇零一二三四五六七八九十百千万两,，.", r)
}

// counted tells whether a hit of people served, not listed (a list mark
// right before or after it), has a head count beside it: after it, an
// about word (CountAbout) or none, a number, 余 or 多 or none, and one of
// CountUnits (参加学生约60名, 學童計1,200餘人, 服务留守儿童410名); or
// before it, a number and one of CountUnits, at most countWithin runes
// and no punctuation between (15名中小学生, 15位独居老人). folded is
// text folded to Simplified (foldedRunes).
func (s *Salience) counted(text, folded []rune, at []Evidence) bool {
	digitAt := func(i int) bool {
		return i >= 0 && i < len(folded) && numeral(folded[i]) && folded[i] != ',' && folded[i] != '，' && folded[i] != '.'
	}
	unitAt := func(i int) bool { return markAt(folded, i, s.CountUnits) }
	approx, parts := runesOf(s.CountAbout), runesOf(s.CountParts)
	// one (一位, 1名) is a person, not a head count
	one := func(from, to int) bool { return to-from == 1 && (folded[from] == '一' || folded[from] == '1') }
	for _, e := range at {
		if e.Offset+e.Length > len(folded) || listed(text, []Evidence{e}, s.ListMarks) || inPart(folded, e.Offset, parts) {
			continue
		}
		// after: [about] number [余|多] unit
		i := e.Offset + e.Length
		for _, w := range approx {
			if runesAt(folded, i, w) {
				i += len(w)
				break
			}
		}
		if digitAt(i) {
			from := i
			for i < len(folded) && numeral(folded[i]) {
				i++
			}
			to := i
			if i < len(folded) && (folded[i] == '余' || folded[i] == '多') {
				i++
			}
			if unitAt(i) && !one(from, to) {
				return true
			}
		}
		// before: number unit, at most countWithin runes before the hit
		for j := e.Offset - 1; j >= 0 && j >= e.Offset-1-countWithin; j-- {
			if folded[j] == '\n' || unicode.IsPunct(folded[j]) {
				break
			}
			if !unitAt(j) {
				continue
			}
			k := j - 1
			if k >= 0 && (folded[k] == '余' || folded[k] == '多') {
				k--
			}
			if digitAt(k) && !(one(k, k+1) && !digitAt(k-1)) {
				return true
			}
		}
	}
	return false
}

// inPart tells whether the clause before offset (no mark of clauseBreaks
// between) holds one of parts.
func inPart(text []rune, offset int, parts [][]rune) bool {
	for i := offset - 1; i >= 0 && !strings.ContainsRune(clauseBreaks, text[i]); i-- {
		for _, p := range parts {
			if runesAt(text, i, p) {
				return true
			}
		}
	}
	return false
}

// intoWithin is how many runes after a mark of going into (IntoMarks)
// takenInto looks for a place (走进辖区××小学, 到区内两间小学).
const intoWithin = 6

// takenInto tells whether the sentence of the hits at (all in one
// sentence, by the sentence ends of sentenceBounds) takes an activity
// into one of places: one of IntoMarks is written there, then, at most
// intoWithin runes after it and no punctuation between, one of places
// that is no part of a hit (中学生 writes no school).
func (s *Salience) takenInto(text []rune, ends []int, at []Evidence, places []string) bool {
	if len(places) == 0 || len(s.IntoMarks) == 0 || len(at) == 0 {
		return false
	}
	k, _ := slices.BinarySearch(ends, at[0].Offset)
	start, end := 0, len(text)
	if k > 0 {
		start = min(ends[k-1]+1, len(text))
	}
	if k < len(ends) {
		end = min(ends[k]+1, len(text))
	}
	start = min(start, end)
	sentence := []rune(fold.ToSimplified(string(text[start:end])))
	inHit := func(i, n int) bool { // the runes [i, i+n) of the sentence overlap a hit
		return slices.ContainsFunc(at, func(e Evidence) bool { return start+i < e.Offset+e.Length && e.Offset < start+i+n })
	}
	marks, placeRunes := runesOf(s.IntoMarks), runesOf(places)
	for i := range sentence {
		for _, mark := range marks {
			if !runesAt(sentence, i, mark) {
				continue
			}
			for j := i + len(mark); j < len(sentence) && j <= i+len(mark)+intoWithin && !unicode.IsPunct(sentence[j]); j++ {
				for _, place := range placeRunes {
					if runesAt(sentence, j, place) && !inHit(j, len(place)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// runesOf returns the runes of each word.
func runesOf(words []string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// runesAt tells whether text holds word at i.
func runesAt(text []rune, i int, word []rune) bool {
	return len(word) > 0 && i+len(word) <= len(text) && slices.Equal(text[i:i+len(word)], word)
}

// weighed is a type's hits as the salience counts them: those of a type
// of people weigh Salience.People each.
func (rs *Rules) weighed(h TypeHit) float64 {
	if r := rs.rule(h.ID); r != nil && r.People {
		return float64(h.Hits) * rs.Salience.People
	}
	return float64(h.Hits)
}

// itemLeaders counts, per type, the numbered items it leads (leaders),
// and tells the types that lead an item whose heading holds a key word
// (none when Salience.Key is 0: the evidence of a judge with no weight is
// not looked for).
func itemLeaders(items []Item, headings []string, rs *Rules) (leads map[string]int, keyLed map[string]bool) {
	leads, keyLed = map[string]int{}, map[string]bool{}
	for i, a := range items {
		key := rs.Salience.Key > 0 && containsAny(headings[i], rs.Salience.KeyWords)
		for _, id := range rs.leaders(a, headings[i]) {
			leads[id]++
			if key {
				keyLed[id] = true
			}
		}
	}
	return leads, keyLed
}

// withoutNotes is the title without its notes: every run from an opening
// bracket of notes (each two runes, opening and closing) to its closing
// bracket, or to the end when it is not closed.
func withoutNotes(title string, notes []string) string {
	for _, b := range notes {
		open, size := utf8.DecodeRuneInString(b)
		closing := b[size:]
		for {
			i := strings.IndexRune(title, open)
			if i < 0 {
				break
			}
			j := strings.Index(title[i:], closing)
			if j < 0 {
				title = title[:i]
				break
			}
			title = title[:i] + title[i+j+len(closing):]
		}
	}
	return title
}

// containsAny tells whether s holds one of the words, as characters.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if w != "" && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// asideUnder tells whether every evidence word of a type of the rule is
// one of its Asides and the folded title names the type AsidesUnder: a
// training told only in 学员 and 课程 under a title that names children
// is their lessons.
func (rs *Rules) asideUnder(r *Rule, words []string, title string) bool {
	if !allIn(words, r.compiledRule().asides) {
		return false
	}
	group := rs.rule(r.AsidesUnder)
	return group != nil && group.namedIn(title)
}

// weakOnly tells whether every evidence word of a type (TypeHit.Words:
// its terms, folded) is one of the rule's weak words.
func (r *Rule) weakOnly(words []string) bool {
	return len(r.Weak) > 0 && allIn(words, r.weakTexts())
}

// allIn tells whether there are words and every one is in set.
func allIn(words, set []string) bool {
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(set, w) })
}

// firstWork is the index of the first item that is not an overview: the
// report's first work; len(items) when every item is one.
func (rs *Rules) firstWork(items []Item, headings []string) int {
	for i, a := range items {
		if !rs.overview(a, headings[i]) {
			return i
		}
	}
	return len(items)
}

// overview tells whether an item sets out the case: its folded heading, up
// to its first clause mark (基本情况。截至年底…), ends in one of Overviews
// and names none of the item's types (项目概况 and 服務概覽 set out the
// case; 义工招募及简介 names its work).
func (rs *Rules) overview(a Item, heading string) bool {
	if i := strings.IndexAny(heading, overviewEnds); i >= 0 {
		heading = heading[:i]
	}
	if suffixOf(strings.TrimSpace(heading), rs.Salience.Overviews) == "" {
		return false
	}
	for _, h := range a.TypeHits {
		if r := rs.rule(h.ID); r != nil && r.namedIn(heading) {
			return false
		}
	}
	return true
}

// opening tells whether the types an item leads (leaders) are all of
// Openings: a first item of meetings (召开动员部署会, 开好议事会, 三会一课)
// opens the work, which the items after it report.
func (rs *Rules) opening(leaders []string) bool {
	return allIn(leaders, rs.Salience.Openings)
}

// overviewEnds are the marks that end a heading's label: what follows is
// the item's first sentence.
const overviewEnds = "。：:，,；;"

// leaders are the types an item leads: those its heading names, else
// those with its most weighed hits (every type tied for the most, but
// not one told only in its rule's weak words when a type told in its own
// is tied with it).
func (rs *Rules) leaders(a Item, heading string) []string {
	var named []string
	for _, h := range a.TypeHits {
		if r := rs.rule(h.ID); r != nil && r.namedIn(heading) {
			named = append(named, h.ID)
		}
	}
	if len(named) > 0 {
		return named
	}
	most := 0.0
	for _, h := range a.TypeHits {
		most = max(most, rs.weighed(h))
	}
	var out, weak []string
	for _, h := range a.TypeHits {
		if rs.weighed(h) == most {
			// a type told only in weak words (an aside: 故事分享会
			// beside 宣讲) ties no lead with a type told in its own
			if r := rs.rule(h.ID); r != nil && r.weakOnly(h.Words) {
				weak = append(weak, h.ID)
				continue
			}
			out = append(out, h.ID)
		}
	}
	if len(out) == 0 {
		return weak
	}
	return out
}

// titleHead is the coded type whose term ends last in the folded title
// (the longer term on a tie: 健康讲座 over 讲座), or "". A type of
// people (those served or those who serve) is the head only when the
// title names no other type: 走访慰问困难群众 is a visit.
func (rs *Rules) titleHead(title string, coded []TypeHit) string {
	if head := rs.lastNamed(title, coded, false); head != "" {
		return head
	}
	return rs.lastNamed(title, coded, true)
}

// lastNamed is the coded type, of people or not as asked, whose term or
// title (an organisation's kind: 团委 names youth) ends last in the
// title, or "".
func (rs *Rules) lastNamed(title string, coded []TypeHit, people bool) string {
	head, end, length := "", -1, 0
	for _, h := range coded {
		r := rs.rule(h.ID)
		if r == nil || r.People != people {
			continue
		}
		in := r.inTitle(title)
		for _, t := range r.compiledRule().named {
			i := strings.LastIndex(in, t.text)
			if i < 0 {
				continue
			}
			if e := i + len(t.text); e > end || e == end && len(t.text) > length {
				head, end, length = h.ID, e, len(t.text)
			}
		}
	}
	return head
}

// formNamed is the rule of a coded type of form (Rule.Form) that the
// title names, or nil.
func (rs *Rules) formNamed(title string, coded []TypeHit) *Rule {
	for _, h := range coded {
		if r := rs.rule(h.ID); r != nil && r.Form && r.namedIn(title) {
			return r
		}
	}
	return nil
}

// activityNamed tells whether the folded title names a coded type that
// is not of people.
func (rs *Rules) activityNamed(title string, coded []TypeHit) bool {
	for _, h := range coded {
		if r := rs.rule(h.ID); r != nil && !r.People && r.namedIn(title) {
			return true
		}
	}
	return false
}

// peopleEnd is where, in bytes, the last term of a coded type of people
// ends in the folded title, or len(title) when it names none: no
// activity is named after them.
func (rs *Rules) peopleEnd(title string, coded []TypeHit) int {
	end := -1
	for _, h := range coded {
		if r := rs.rule(h.ID); r != nil && r.People {
			end = max(end, r.namedEnd(title))
		}
	}
	if end < 0 {
		return len(title)
	}
	return end
}

// namedEnd is where, in bytes, the last of the rule's counted terms,
// titles or near groups written in the folded title ends, or -1 when none
// is.
func (r *Rule) namedEnd(title string) int {
	end := -1
	title = r.inTitle(title)
	for _, t := range r.compiledRule().named {
		if i := strings.LastIndex(title, t.text); i >= 0 {
			end = max(end, i+len(t.text))
		}
	}
	return max(end, r.nearEnd(title))
}

// nearEnd is where, in bytes, the last of the rule's near groups written
// in the folded title ends, or -1 when none is: a title or a heading
// writes a group's terms in its order, each at most within runes after
// the one before (长者上门助浴项目, 送教上门), as the body writes them
// within words.
func (r *Rule) nearEnd(title string) int {
	r = r.compiledRule()
	within := r.nearWithin()
	end := -1
	for _, g := range r.near {
		for from := 0; ; {
			i := strings.Index(title[from:], g[0].text)
			if i < 0 {
				break
			}
			at := from + i + len(g[0].text)
			for _, t := range g[1:] {
				j := strings.Index(title[at:], t.text)
				if j < 0 || utf8.RuneCountInString(title[at:at+j]) > within {
					at = -1
					break
				}
				at += j + len(t.text)
			}
			if at >= 0 {
				end = max(end, at)
			}
			from += i + len(g[0].text)
		}
	}
	return end
}

// namedApart tells whether one of the rule's counted terms that is not
// also a term of other is written in the folded title: a topic that is
// itself a form of other's (禁毒, drug-prevention education, is publicity
// too) makes no topic of the title.
func (r *Rule) namedApart(title string, other *Rule) bool {
	title = r.inTitle(title)
	for _, t := range r.terms() {
		if strings.Contains(title, t.text) && !slices.ContainsFunc(other.terms(), func(o term) bool { return o.text == t.text }) {
			return true
		}
	}
	return false
}

// rule returns the rule of a type id, or nil.
func (rs *Rules) rule(id string) *Rule {
	for i := range rs.Types {
		if rs.Types[i].ID == id {
			return &rs.Types[i]
		}
	}
	return nil
}

// namedIn tells whether one of the rule's counted terms or titles, or
// one of its near groups (nearEnd), is written in one of the folded
// texts: titles and headings are short and not segmented apart from the
// body, so a term is looked for as characters there (a suffix term *会议
// as 会议), once the rule's not_titles are cut (inTitle).
func (r *Rule) namedIn(texts ...string) bool {
	for _, s := range texts {
		if in := r.inTitle(s); writtenIn(r.compiledRule().named, []string{in}) || r.nearEnd(in) >= 0 {
			return true
		}
	}
	return false
}

// inTitle is the folded title or heading s as the rule reads it: each of
// its not_titles written there is overwritten, byte for byte (offsets in
// s hold), with NULs, which no term holds.
func (r *Rule) inTitle(s string) string {
	for _, t := range r.compiledRule().untitled {
		s = strings.ReplaceAll(s, t.text, strings.Repeat("\x00", len(t.text)))
	}
	return s
}

// writtenIn tells whether one of the terms is written in one of the
// folded texts, as characters.
func writtenIn(terms []term, texts []string) bool {
	for _, s := range texts {
		if s == "" {
			continue
		}
		for _, t := range terms {
			if strings.Contains(s, t.text) {
				return true
			}
		}
	}
	return false
}

// terms are the rule's counted terms (compiledRule).
func (r *Rule) terms() []term {
	return r.compiledRule().counted
}

// weakTexts are the folded texts of the rule's weak words (compiledRule).
func (r *Rule) weakTexts() []string {
	return r.compiledRule().weak
}

// compiledRule returns r once compiled: r itself, or for a Rule built in
// code a compiled copy, so that r stays safe for concurrent use.
func (r *Rule) compiledRule() *Rule {
	if r.compiled {
		return r
	}
	c := *r
	c.compile()
	return &c
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
