package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"

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
	// First is added to the type that leads the first numbered item: a
	// report puts first the work it counts most.
	First float64 `toml:"first"`
	// Key is added to a type that leads an item whose heading calls it
	// the core of the work (KeyHeadings: 重点, 核心, 品牌 …).
	Key float64 `toml:"key"`
	// Opening is added to the type the body's first sentence names
	// (开展了…活动 names it; 现将…总结如下 names nothing).
	Opening float64 `toml:"opening"`
	// Listed is taken from a type whose every hit is in one sentence
	// that codes at least listedTypes types: an activity named in a list
	// (开展了A、B、C等活动) is done, but not what the report is about.
	Listed float64 `toml:"listed"`
	// Aside is taken from a type whose every hit is in a sentence of
	// plans, problems or background (AsideMarkers: 下一步, 不足, 近年来 …).
	Aside float64 `toml:"aside"`
	// PeopleOnly is taken from a type whose every hit word names people
	// (PeopleWords: 志愿者, 学生, 医生) rather than what was done for or
	// by them: a report names its volunteers and the pupils of a school in
	// passing; 志愿服务 or 夏令营 says the work was done.
	PeopleOnly float64 `toml:"people_only"`
	// About is the salience from which the document is about the type.
	About float64 `toml:"about"`
	// KeyHeadings are the words of an item heading that call the item
	// the core of the work (Key).
	KeyHeadings []string `toml:"key_headings"`
	// PeopleWords are the rule words that name people (PeopleOnly), as
	// the rules write them.
	PeopleWords []string `toml:"people_words"`
	// AsideMarkers are the words that make a sentence one of plans,
	// problems or background (Aside).
	AsideMarkers []string `toml:"aside_markers"`
}

// listedTypes is how many types a sentence codes for it to be a list of
// activities (Salience.Listed).
const listedTypes = 3

// salienceKeys are the keys of the [salience] table.
var salienceKeys = map[string]bool{"share": true, "people": true, "items": true, "title": true, "heading": true, "head": true,
	"first": true, "key": true, "opening": true, "listed": true, "aside": true, "people_only": true, "about": true,
	"key_headings": true, "aside_markers": true, "people_words": true}

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
	for key, val := range map[string]float64{"share": s.Share, "people": s.People, "items": s.Items, "title": s.Title, "head": s.Head, "heading": s.Heading,
		"first": s.First, "key": s.Key, "opening": s.Opening, "listed": s.Listed, "aside": s.Aside, "people_only": s.PeopleOnly, "about": s.About} {
		if val < 0 || val != val {
			out[key] = fmt.Sprintf("salience: %s must be a number ≥ 0, not %v", key, val)
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
	first           bool // the type leads the first numbered item
	keyItems        int  // items with a key heading the type leads
	opening         bool // the body's first sentence names the type
	listed          bool // every hit is in one sentence that lists types
	aside           bool // every hit is in a sentence of plans, problems or background
	peopleOnly      bool // every hit word names people
}

// salienceJudge gives one part of a type's salience, with a named reason
// ("" when it gives nothing).
type salienceJudge interface {
	judge(e typeEvidence) (score float64, reason string)
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
type titleNames struct{ weight float64 }

func (j titleNames) judge(e typeEvidence) (float64, string) {
	if !e.title || j.weight == 0 {
		return 0, ""
	}
	return j.weight, "title"
}

// titleHead: of the types a title names, the last is its head noun.
type titleHead struct{ weight float64 }

func (j titleHead) judge(e typeEvidence) (float64, string) {
	if !e.head || j.weight == 0 {
		return 0, ""
	}
	return j.weight, "title head"
}

// headingNames: an item's heading says what the item reports.
type headingNames struct{ weight float64 }

func (j headingNames) judge(e typeEvidence) (float64, string) {
	if e.headings == 0 || j.weight == 0 {
		return 0, ""
	}
	return j.weight, fmt.Sprintf("headings %d", e.headings)
}

// firstItem: what a report puts first is the work it counts most.
type firstItem struct{ weight float64 }

func (j firstItem) judge(e typeEvidence) (float64, string) {
	if !e.first || j.weight == 0 {
		return 0, ""
	}
	return j.weight, "first item"
}

// keyItem: an item whose heading calls it the core (重点, 品牌) reports
// the work the report is proudest of.
type keyItem struct{ weight float64 }

func (j keyItem) judge(e typeEvidence) (float64, string) {
	if e.keyItems == 0 || j.weight == 0 {
		return 0, ""
	}
	return j.weight, fmt.Sprintf("key items %d", e.keyItems)
}

// openingNames: the first sentence says what was done (开展了…活动).
type openingNames struct{ weight float64 }

func (j openingNames) judge(e typeEvidence) (float64, string) {
	if !e.opening || j.weight == 0 {
		return 0, ""
	}
	return j.weight, "opening"
}

// onlyListed: a type named only in one list of activities is one of
// many things done, not what the report is about.
type onlyListed struct{ weight float64 }

func (j onlyListed) judge(e typeEvidence) (float64, string) {
	if !e.listed || j.weight == 0 {
		return 0, ""
	}
	return -j.weight, "only in a list"
}

// onlyAside: a type hit only where the report plans, regrets or recalls
// was not done in the period reported.
type onlyAside struct{ weight float64 }

func (j onlyAside) judge(e typeEvidence) (float64, string) {
	if !e.aside || j.weight == 0 {
		return 0, ""
	}
	return -j.weight, "only aside"
}

// onlyPeople: a type hit only by words for people (志愿者, 学生) names
// who took part, not what was done.
type onlyPeople struct{ weight float64 }

func (j onlyPeople) judge(e typeEvidence) (float64, string) {
	if !e.peopleOnly || j.weight == 0 {
		return 0, ""
	}
	return -j.weight, "only people"
}

// judges is the chain of salience judges, in the order of their reasons.
func (s Salience) judges() []salienceJudge {
	return []salienceJudge{titleNames{s.Title}, titleHead{s.Head}, headingNames{s.Heading}, firstItem{s.First}, keyItem{s.Key},
		itemShare{s.Items}, openingNames{s.Opening}, hitShare{s.Share}, onlyListed{s.Listed}, onlyAside{s.Aside}, onlyPeople{s.PeopleOnly}}
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
// most salient (more hits, then rule order, on a tie). Each TypeHit gets
// its salience and the reasons for it. The main type is about the
// document even below the threshold: a report that codes anything is
// about something. The text, title and items are the document's own
// (Activities with their TypeHits; the hits' At are offsets into text).
// main is "" when nothing is coded.
func (rs *Rules) About(coded []TypeHit, text, title string, items []Activity) (about, mentioned []TypeHit, main string) {
	if len(coded) == 0 {
		return nil, nil, ""
	}
	s := rs.Salience
	total := 0.0
	for _, h := range coded {
		total += rs.weighed(h)
	}
	names := []string{fold.ToSimplified(title)}
	headings := make([]string, len(items))
	for i, a := range items {
		headings[i] = fold.ToSimplified(a.Heading)
		if a.Section != "" && (i == 0 || items[i-1].Section != a.Section) {
			names = append(names, fold.ToSimplified(a.Section))
		}
	}
	led := itemLeaders(items, headings, rs)
	leads := map[string]int{}
	for _, ids := range led {
		for _, id := range ids {
			leads[id]++
		}
	}
	var keyLed map[string]int
	if s.Key > 0 {
		keyLed = map[string]int{}
		for i, hd := range headings {
			if containsAny(hd, s.KeyHeadings) {
				for _, id := range led[i] {
					keyLed[id]++
				}
			}
		}
	}
	var sents *sentences
	if s.Opening > 0 || s.Listed > 0 || s.Aside > 0 {
		sents = splitSentences(text, title, coded, s.AsideMarkers)
	}
	head := rs.titleHead(names[0], coded)
	scored := make([]TypeHit, len(coded))
	for i, h := range coded {
		e := typeEvidence{hits: rs.weighed(h), totalHits: total, items: leads[h.ID], allItems: len(items), head: h.ID == head,
			first: len(led) > 0 && slices.Contains(led[0], h.ID), keyItems: keyLed[h.ID]}
		// the evidence of a judge with no weight is not looked for:
		// About runs on every document
		if rule := rs.rule(h.ID); rule != nil {
			e.title = s.Title > 0 && rule.namedIn(names...)
			for _, hd := range headings {
				if s.Heading > 0 && rule.namedIn(hd) {
					e.headings++
				}
			}
		}
		e.peopleOnly = s.PeopleOnly > 0 && allIn(h.Words, s.PeopleWords)
		if sents != nil {
			e.opening, e.listed, e.aside = sents.judge(h)
		}
		h.Salience, h.Why = s.score(e)
		h.Salience = round3(h.Salience)
		scored[i] = h
	}
	best := 0
	for i, h := range scored {
		if h.Salience > scored[best].Salience || h.Salience == scored[best].Salience && h.Hits > scored[best].Hits {
			best = i
		}
	}
	for i, h := range scored {
		if i == best || h.Salience >= s.About {
			about = append(about, h)
		} else {
			mentioned = append(mentioned, h)
		}
	}
	return about, mentioned, scored[best].ID
}

// sentences are the sentences of a document's text as the salience sees
// them: where each ends, the first of the body, how many types each
// codes, and which are asides.
type sentences struct {
	ends    []int // rune offset past each sentence's end mark
	opening int   // index of the body's first sentence, -1 when none
	types   []int // coded types with a hit in each sentence
	aside   []bool
}

// sentenceEnd ends a sentence; a line break ends one too.
func sentenceEnd(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '；' || r == '!' || r == '?' || r == ';' || r == '\n'
}

// splitSentences splits text into sentences and marks the body's first
// (the first that is not the title line) and those that hold one of the
// aside markers (plans, problems, background).
func splitSentences(text, title string, coded []TypeHit, asideMarkers []string) *sentences {
	ss := &sentences{opening: -1}
	title = strings.TrimSpace(title)
	start, startByte, n := 0, 0, 0
	for b, r := range text {
		n++
		if !sentenceEnd(r) {
			continue
		}
		sent := strings.TrimSpace(text[startByte:b])
		if sent != "" && sent != title && ss.opening < 0 {
			ss.opening = len(ss.ends)
		}
		ss.ends = append(ss.ends, n)
		ss.aside = append(ss.aside, containsAny(sent, asideMarkers))
		start, startByte = n, b+len(string(r))
	}
	if start < n {
		sent := strings.TrimSpace(text[startByte:])
		if sent != "" && sent != title && ss.opening < 0 {
			ss.opening = len(ss.ends)
		}
		ss.ends = append(ss.ends, n)
		ss.aside = append(ss.aside, containsAny(sent, asideMarkers))
	}
	ss.types = make([]int, len(ss.ends))
	for _, h := range coded {
		last := -1
		for _, at := range h.At {
			if i := ss.of(at.Offset); i != last {
				ss.types[i]++
				last = i
			}
		}
	}
	return ss
}

// of is the index of the sentence holding the rune offset.
func (ss *sentences) of(offset int) int {
	i, _ := slices.BinarySearch(ss.ends, offset+1)
	return min(i, len(ss.ends)-1)
}

// judge tells whether the body's first sentence holds a hit of the type,
// whether every hit is in one sentence coding listedTypes types or more,
// and whether every hit is in an aside.
func (ss *sentences) judge(h TypeHit) (opening, listed, aside bool) {
	if len(h.At) == 0 || len(ss.ends) == 0 {
		return false, false, false
	}
	listed, aside = true, true
	first := ss.of(h.At[0].Offset)
	for _, at := range h.At {
		i := ss.of(at.Offset)
		opening = opening || i == ss.opening
		listed = listed && i == first && ss.types[i] >= listedTypes
		aside = aside && ss.aside[i]
	}
	return opening, listed, aside
}

// allIn tells whether every word is one of the list.
func allIn(words, list []string) bool {
	for _, w := range words {
		if !slices.Contains(list, w) {
			return false
		}
	}
	return len(words) > 0
}

// containsAny tells whether s contains one of the words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// weighed is a type's hits as the salience counts them: those of a type
// of people weigh Salience.People each.
func (rs *Rules) weighed(h TypeHit) float64 {
	if r := rs.rule(h.ID); r != nil && r.People {
		return float64(h.Hits) * rs.Salience.People
	}
	return float64(h.Hits)
}

// itemLeaders lists, per numbered item, the types it leads: those its
// heading names, else those with the item's most weighed hits (every type
// tied for the most).
func itemLeaders(items []Activity, headings []string, rs *Rules) [][]string {
	led := make([][]string, len(items))
	for i, a := range items {
		for _, h := range a.TypeHits {
			if r := rs.rule(h.ID); r != nil && r.namedIn(headings[i]) {
				led[i] = append(led[i], h.ID)
			}
		}
		if len(led[i]) > 0 {
			continue
		}
		most := 0.0
		for _, h := range a.TypeHits {
			most = max(most, rs.weighed(h))
		}
		for _, h := range a.TypeHits {
			if rs.weighed(h) == most {
				led[i] = append(led[i], h.ID)
			}
		}
	}
	return led
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

// lastNamed is the coded type, of people or not as asked, whose term ends
// last in the title, or "".
func (rs *Rules) lastNamed(title string, coded []TypeHit, people bool) string {
	head, end, length := "", -1, 0
	for _, h := range coded {
		r := rs.rule(h.ID)
		if r == nil || r.People != people {
			continue
		}
		for _, t := range r.terms() {
			i := strings.LastIndex(title, t.text)
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

// rule returns the rule of a type id, or nil.
func (rs *Rules) rule(id string) *Rule {
	for i := range rs.Types {
		if rs.Types[i].ID == id {
			return &rs.Types[i]
		}
	}
	return nil
}

// namedIn tells whether one of the rule's counted terms is written in one
// of the folded texts: titles and headings are short and not segmented
// apart from the body, so a term is looked for as characters there (a
// suffix term *会议 as 会议).
func (r *Rule) namedIn(texts ...string) bool {
	for _, s := range texts {
		if s == "" {
			continue
		}
		for _, t := range r.terms() {
			if strings.Contains(s, t.text) {
				return true
			}
		}
	}
	return false
}

// terms are the rule's counted terms, compiled on a copy for a Rule built
// in code.
func (r *Rule) terms() []term {
	if !r.compiled {
		c := *r
		c.compile()
		return c.counted
	}
	return r.counted
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
