package content

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSalienceJudges(t *testing.T) {
	e := typeEvidence{hits: 3, totalHits: 12, items: 1, allItems: 4, title: true, head: true, headings: 2, first: true}
	none := typeEvidence{hits: 1, totalHits: 1}
	tests := []struct {
		name   string
		judge  salienceJudge
		e      typeEvidence
		score  float64
		reason string
	}{
		{"share", hitShare{1}, e, 0.25, "share 0.25"},
		{"share weighed", hitShare{2}, e, 0.5, "share 0.25"},
		{"share off", hitShare{0}, e, 0, ""},
		{"share of nothing", hitShare{1}, typeEvidence{}, 0, ""},
		{"items", itemShare{1}, e, 0.25, "items 1/4"},
		{"no items", itemShare{1}, none, 0, ""},
		{"title", titleNames(0.5), e, 0.5, "title"},
		{"no title", titleNames(0.5), none, 0, ""},
		{"head", titleHead(0.25), e, 0.25, "title head"},
		{"not the head", titleHead(0.25), none, 0, ""},
		{"headings", headingNames{0.1}, e, 0.1, "headings 2"},
		{"no heading", headingNames{0.1}, none, 0, ""},
		{"first item", firstItem(0.5), e, 0.5, "first item"},
		{"not the first item", firstItem(0.5), none, 0, ""},
		{"first item off", firstItem(0), e, 0, ""},
		{"people in passing in the first item", firstItem(0.5), typeEvidence{first: true, people: true, sentences: 1}, 0, ""},
		{"people in two sentences, in the first item", firstItem(0.5), typeEvidence{first: true, people: true, sentences: 2}, 0.5, "first item"},
		{"people served, for whom, in the first item", firstItem(0.5), typeEvidence{first: true, people: true, sentences: 1, servedFor: true}, 0.5, "first item"},
		{"those who serve, named alone, in the first item", firstItem(0.5), typeEvidence{first: true, people: true, serves: true, sentences: 1}, 0.5, "first item"},
		{"what was done, in one sentence, in the first item", firstItem(0.5), typeEvidence{first: true, sentences: 1}, 0.5, "first item"},
		{"one sentence", oneSentence{0.1}, typeEvidence{sentences: 1}, -0.1, "one sentence"},
		{"two sentences", oneSentence{0.1}, typeEvidence{sentences: 2}, 0, ""},
		{"sentences not counted", oneSentence{0.1}, typeEvidence{}, 0, ""},
		{"one sentence off", oneSentence{0}, typeEvidence{sentences: 1}, 0, ""},
		{"people in one sentence", peopleInPassing{0.05}, typeEvidence{sentences: 1, people: true}, -0.05, "people in one sentence"},
		{"people in two sentences", peopleInPassing{0.05}, typeEvidence{sentences: 2, people: true}, 0, ""},
		{"what was done, in one sentence", peopleInPassing{0.05}, typeEvidence{sentences: 1}, 0, ""},
		{"people in passing off", peopleInPassing{0}, typeEvidence{sentences: 1, people: true}, 0, ""},
		{"those who serve, named alone", peopleInPassing{0.05}, typeEvidence{sentences: 1, people: true, serves: true}, 0, ""},
		{"those who serve, in a list", peopleInPassing{0.05}, typeEvidence{sentences: 1, people: true, serves: true, listed: true}, -0.05, "people in one sentence"},
		{"key item", keyItem(0.25), typeEvidence{key: true}, 0.25, "key item"},
		{"no key item", keyItem(0.25), none, 0, ""},
		{"key item off", keyItem(0), typeEvidence{key: true}, 0, ""},
		{"weak words only", weakWords(0.5), typeEvidence{weak: true}, -0.5, "weak words only"},
		{"a word that is not weak", weakWords(0.5), none, 0, ""},
		{"weak words off", weakWords(0), typeEvidence{weak: true}, 0, ""},
		{"title topic", titleTopic(1), typeEvidence{topic: true}, 1, "title topic"},
		{"no title topic", titleTopic(1), none, 0, ""},
		{"title topic off", titleTopic(0), typeEvidence{topic: true}, 0, ""},
		{"title serving", titleServing(1), typeEvidence{serving: true}, 1, "title serving"},
		{"no title serving", titleServing(1), none, 0, ""},
		{"title serving off", titleServing(0), typeEvidence{serving: true}, 0, ""},
		{"organisation's report", organisationReport(1), typeEvidence{organisation: true}, 1, "organisation's report"},
		{"not what the organisation's report is about", organisationReport(1), none, 0, ""},
		{"organisation's report off", organisationReport(0), typeEvidence{organisation: true}, 0, ""},
		{"title object", titleObject(0.5), typeEvidence{object: true}, 0.5, "title object"},
		{"no title object", titleObject(0.5), none, 0, ""},
		{"title object off", titleObject(0), typeEvidence{object: true}, 0, ""},
	}
	for _, tt := range tests {
		score, reason := tt.judge.judge(tt.e)
		if round3(score) != tt.score || reason != tt.reason {
			t.Errorf("%s: judge = %v %q, want %v %q", tt.name, score, reason, tt.score, tt.reason)
		}
	}
}

// TestSentenceSpread: whether a type's hits lie in one sentence of a
// text or more, whatever the order the hits were counted in.
func TestSentenceSpread(t *testing.T) {
	const text = "开展了讲座、义诊、游园等活动。\n二、宣传工作\n发放宣传单；张贴海报"
	at := func(offsets ...int) []Evidence { return evidenceAt(1, offsets...) }
	tests := []struct {
		name string
		at   []Evidence
		want int
	}{
		{"no hits", nil, 0},
		{"a list is one sentence", at(3, 6, 9), 1},
		{"a heading and a sentence", at(18, 24), 2},
		{"counted out of text order", at(24, 3, 18, 6), 2},
		{"one sentence, out of order", at(9, 3, 6), 1},
		{"the last rune of a sentence is in it", at(14, 0), 1},
		{"a text that does not end in a stop", at(29, 32), 1},
	}
	ends := sentenceBounds(text)
	if want := []int{14, 15, 22, 28, 33}; !slices.Equal(ends, want) {
		t.Errorf("sentence ends %v, want %v", ends, want)
	}
	for _, tt := range tests {
		if got := sentenceSpread(ends, tt.at); got != tt.want {
			t.Errorf("%s: %d sentences, want %d (ends %v)", tt.name, got, tt.want, ends)
		}
	}
}

// TestRulesAboutFirstItemInPassing: people named once in passing lead
// no first item, though a short first item has them among its most
// hits; named in two sentences, or what was done, they do.
func TestRulesAboutFirstItemInPassing(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, First: 0.25, Passing: 0.05, About: 0.1}
	at := func(offsets ...int) []Evidence { return evidenceAt(2, offsets...) }
	tests := []struct {
		text    string
		elderly []Evidence
		about   string // ids, in order
	}{
		// 0 一 1 、 2 开 3 幕 4 \n 5 老 6 人 7 到 8 场 9 。 10 \n
		{"一、开幕\n老人到场。\n二、讲座\n开展讲座。讲座很好。讲座三场。讲座结束。讲座再办。讲座。", at(5), "publicity"},
		{"一、開幕\n老人到場。\n二、講座\n開展講座。講座很好。講座三場。講座結束。講座再辦。講座。", at(5), "publicity"},
		{"一、开幕\n老人到场。老人很多。\n二、讲座\n开展讲座。讲座很好。讲座三场。讲座结束。讲座再办。讲座。", at(5, 10), "publicity elderly"},
	}
	for _, tt := range tests {
		coded := []TypeHit{{ID: "publicity", Hits: 6, At: at(30, 31, 32, 33, 34, 35)}, {ID: "elderly", Hits: len(tt.elderly), At: tt.elderly}}
		items := []Item{{Heading: "一、开幕", TypeHits: []TypeHit{{ID: "elderly", Hits: len(tt.elderly)}}}, {Heading: "二、讲座", TypeHits: []TypeHit{hit("publicity", 6)}}}
		about, _, _ := rs.About(coded, "2023年工作总结", tt.text, items)
		ids := hitIDs(about)
		if ids != tt.about {
			t.Errorf("%s: about %q, want %q", tt.text, ids, tt.about)
		}
	}
}

// evidenceAt is evidence of length runes at each of offsets.
func evidenceAt(length int, offsets ...int) []Evidence {
	var out []Evidence
	for _, o := range offsets {
		out = append(out, Evidence{Offset: o, Length: length})
	}
	return out
}

// hitIDs are the ids of hits, in order, between spaces.
func hitIDs(hits []TypeHit) string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return strings.Join(ids, " ")
}

// aboutRules are three types with the salience weights of the test.
const aboutRules = `
[salience]
share = 1.0
people = 0.5
items = 0.5
title = 0.5
head = 0.25
heading = 0.1
about = 0.1

[[type]]
id = "publicity"
label = "宣传教育"
words = ["宣传", "讲座"]

[[type]]
id = "safety"
label = "治安巡逻"
words = ["禁毒", "消防"]

[[type]]
id = "health"
label = "健康医疗"
words = ["义诊"]
phrases = ["健康讲座"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["老人"]
`

func hit(id string, n int) TypeHit { return TypeHit{ID: id, Hits: n} }

func TestRulesAbout(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	item := func(heading string, hits ...TypeHit) Item { return Item{Heading: heading, TypeHits: hits} }
	tests := []struct {
		name      string
		coded     []TypeHit
		title     string
		items     []Item
		about     string // id:salience:why|…
		mentioned string
		main      string
	}{
		{"nothing coded", nil, "", nil, "", "", ""},
		{"one type is the main type", []TypeHit{hit("safety", 1)}, "", nil, "safety:1:share 1.00", "", "safety"},
		{"a passing hit in a long text is a mention",
			[]TypeHit{hit("publicity", 19), hit("safety", 1)}, "", nil,
			"publicity:0.95:share 0.95", "safety:0.05:share 0.05", "publicity"},
		{"the title names the type of a single hit",
			[]TypeHit{hit("publicity", 19), hit("safety", 1)}, "消防演练总结", nil,
			"publicity:0.95:share 0.95|safety:0.8:title, title head, share 0.05", "", "publicity"},
		{"the title's head wins a tie: 禁毒宣传月 is a publicity month",
			[]TypeHit{hit("publicity", 5), hit("safety", 5)}, "禁毒宣传月活动总结", nil,
			"publicity:1.25:title, title head, share 0.50|safety:1:title, share 0.50", "", "publicity"},
		{"the longer term ends the title: 健康讲座 is health",
			[]TypeHit{hit("publicity", 5), hit("health", 5)}, "义诊暨健康讲座活动总结", nil,
			"publicity:1:title, share 0.50|health:1.25:title, title head, share 0.50", "", "health"},
		// an item leads to the type its heading names, else to the type
		// with the item's most hits
		{"items led and headings",
			[]TypeHit{hit("publicity", 10), hit("safety", 10)}, "",
			[]Item{item("消防检查", hit("safety", 1), hit("publicity", 3)), item("活动", hit("publicity", 2))},
			"publicity:0.75:items 1/2, share 0.50|safety:0.85:headings 1, items 1/2, share 0.50", "", "safety"},
		{"a tie goes to more hits, then rule order",
			[]TypeHit{hit("publicity", 2), hit("health", 2)}, "", nil,
			"publicity:0.5:share 0.50|health:0.5:share 0.50", "", "publicity"},
		{"the people served are the head only when the title names nothing done for them: 宣传慰问老人 is publicity",
			[]TypeHit{hit("publicity", 4), hit("elderly", 4)}, "宣传慰问老人活动总结", nil,
			"publicity:1.417:title, title head, share 0.67|elderly:0.833:title, share 0.33", "", "publicity"},
		{"a title that names only the people served has them as its head",
			[]TypeHit{hit("publicity", 4), hit("elderly", 4)}, "关爱老人活动总结", nil,
			"publicity:0.667:share 0.67|elderly:1.083:title, title head, share 0.33", "", "elderly"},
		{"a hit of the people served weighs people in the share",
			[]TypeHit{hit("publicity", 1), hit("elderly", 4)}, "", nil,
			"publicity:0.333:share 0.33|elderly:0.667:share 0.67", "", "elderly"},
		{"a section heading is a title",
			[]TypeHit{hit("publicity", 19), hit("health", 1)}, "",
			[]Item{{Section: "义诊活动总结一", Heading: "宣传", TypeHits: []TypeHit{hit("publicity", 1)}}},
			"publicity:1.55:headings 1, items 1/1, share 0.95|health:0.55:title, share 0.05", "", "publicity"},
	}
	show := func(hits []TypeHit) string {
		var parts []string
		for _, h := range hits {
			parts = append(parts, h.ID+":"+strconv.FormatFloat(h.Salience, 'f', -1, 64)+":"+strings.Join(h.Why, ", "))
		}
		return strings.Join(parts, "|")
	}
	for _, tt := range tests {
		about, mentioned, main := rs.About(tt.coded, tt.title, "", tt.items)
		if show(about) != tt.about || show(mentioned) != tt.mentioned || main != tt.main {
			t.Errorf("%s:\n about     %q\n mentioned %q\n main      %q\nwant\n about     %q\n mentioned %q\n main      %q",
				tt.name, show(about), show(mentioned), main, tt.about, tt.mentioned, tt.main)
		}
	}
}

// TestRulesAboutFirstItem: the type that leads the first numbered item
// (by its heading, else by its most hits) gets Salience.First; a title
// that names nothing leaves the main type to it.
func TestRulesAboutFirstItem(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, First: 0.5, About: 0.1}
	item := func(heading string, hits ...TypeHit) Item { return Item{Heading: heading, TypeHits: hits} }
	tests := []struct {
		name  string
		coded []TypeHit
		items []Item
		main  string
		why   string // the main type's reasons
	}{
		{"the first item's heading names the core work",
			[]TypeHit{hit("publicity", 3), hit("safety", 5)},
			[]Item{item("一、宣传教育", hit("publicity", 1), hit("safety", 2)), item("二、消防", hit("safety", 3))},
			"publicity", "first item, share 0.38"},
		{"else the first item's most hits",
			[]TypeHit{hit("publicity", 3), hit("safety", 4)},
			[]Item{item("一、", hit("publicity", 2)), item("二、", hit("safety", 4))},
			"publicity", "first item, share 0.43"},
		{"a page of several summaries has no one first item",
			[]TypeHit{hit("publicity", 3), hit("safety", 4)},
			[]Item{{Section: "总结一", Heading: "一、", TypeHits: []TypeHit{hit("publicity", 2)}}, {Section: "总结二", Heading: "二、", TypeHits: []TypeHit{hit("safety", 4)}}},
			"safety", "share 0.57"},
		{"no items: the share decides",
			[]TypeHit{hit("publicity", 3), hit("safety", 4)}, nil,
			"safety", "share 0.57"},
	}
	for _, tt := range tests {
		about, _, main := rs.About(tt.coded, "2023年工作总结", "", tt.items)
		why := ""
		for _, h := range about {
			if h.ID == main {
				why = strings.Join(h.Why, ", ")
			}
		}
		if main != tt.main || why != tt.why {
			t.Errorf("%s: main %s (%s), want %s (%s)", tt.name, main, why, tt.main, tt.why)
		}
	}
}

// TestRulesAboutFirstItemOverview: an item whose heading, up to its first
// clause mark, ends in an overview word and names no type sets out the
// case: the first item weighed is the one after it. A heading that names
// a type stays the first work; Traditional headings match folded.
func TestRulesAboutFirstItemOverview(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, First: 0.5, About: 0.1, Overviews: []string{"概况", "基本情况"}}
	item := func(heading string, hits ...TypeHit) Item { return Item{Heading: heading, TypeHits: hits} }
	tests := []struct {
		name  string
		items []Item
		main  string
	}{
		{"an overview first: the item after it is the first work",
			[]Item{item("一、项目概况", hit("elderly", 3)), item("二、消防演练", hit("safety", 3))}, "safety"},
		{"the overview's label ends at its clause mark",
			[]Item{item("基本情况。全村共有老人九十名", hit("elderly", 3)), item("消防", hit("safety", 3))}, "safety"},
		{"Traditional: 服務概況",
			[]Item{item("一、服務概況", hit("elderly", 3)), item("二、消防演練", hit("safety", 3))}, "safety"},
		{"a heading naming a type is work, overview word or not: 老人概况",
			[]Item{item("一、老人概况", hit("elderly", 3)), item("二、消防演练", hit("safety", 3))}, "elderly"},
		{"an overview word inside the label is no overview: 基本情况和消防",
			[]Item{item("一、基本情况和宣传", hit("elderly", 3)), item("二、演练", hit("safety", 3))}, "elderly"},
		{"every item an overview: no first item, the share decides",
			[]Item{item("一、项目概况", hit("elderly", 3)), item("二、基本情况", hit("safety", 3))}, "safety"},
	}
	for _, tt := range tests {
		_, _, main := rs.About([]TypeHit{hit("elderly", 3), hit("safety", 4)}, "2024年工作总结", "", tt.items)
		if main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.name, main, tt.main)
		}
	}
	checkReports(t, "overviews", Salience{Overviews: []string{" "}})
}

// TestRulesAboutFirstItemOpening: a first item led by meetings alone (a
// type of Openings) opens the work: no type gets First from it, and the
// share decides; a first item a meeting leads beside another type, or led
// by another type, is the first work as before.
func TestRulesAboutFirstItemOpening(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules + `
[[type]]
id = "meeting"
label = "会议总结"
words = ["动员会", "座谈会"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, First: 0.5, About: 0.1, Openings: []string{"meeting"}}
	item := func(heading string, hits ...TypeHit) Item { return Item{Heading: heading, TypeHits: hits} }
	tests := []struct {
		name  string
		items []Item
		main  string
	}{
		{"a kick-off meeting first: the share decides",
			[]Item{item("一、召开动员会，明确分工", hit("meeting", 2)), item("二、入户宣传", hit("publicity", 4))}, "publicity"},
		{"its heading naming the meeting changes nothing: 开好座谈会",
			[]Item{item("一、开好座谈会", hit("meeting", 2)), item("二、宣传", hit("publicity", 4))}, "publicity"},
		{"a meeting beside another type leading the first item: both are first work, the share between them decides",
			[]Item{item("一、", hit("meeting", 2), hit("safety", 2)), item("二、", hit("publicity", 4))}, "meeting"},
		{"another type leads the first item: the first work",
			[]Item{item("一、", hit("safety", 2), hit("meeting", 1)), item("二、", hit("publicity", 4))}, "safety"},
	}
	coded := []TypeHit{hit("meeting", 3), hit("safety", 2), hit("publicity", 4)}
	for _, tt := range tests {
		_, _, main := rs.About(coded, "2024年工作总结", "", tt.items)
		if main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.name, main, tt.main)
		}
	}
	rs.Salience.Openings = nil
	if _, _, main := rs.About(coded, "2024年工作总结", "", tests[0].items); main != "meeting" {
		t.Errorf("no openings: main %s, want meeting (the first item's)", main)
	}
	if _, err := LoadRules(strings.NewReader("[salience]\nopenings = [\"meet\"]\n\n[[type]]\nid = \"meeting\"\nlabel = \"会议总结\"\nwords = [\"座谈会\"]\n")); err == nil || !strings.Contains(err.Error(), `no type "meet"`) {
		t.Errorf("openings naming no type: %v, want a problem", err)
	}
}

// TestRulesAboutFirstItemWeakTie: of the types tied for an item's most
// weighed hits, one told only in its rule's weak words (an aside: 分享会)
// leads it only when no type told in its own words is tied with it.
func TestRulesAboutFirstItemWeakTie(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "publicity"
label = "宣传教育"
words = ["宣讲"]

[[type]]
id = "safety"
label = "治安巡逻"
words = ["消防"]

[[type]]
id = "meeting"
label = "会议总结"
words = ["分享会", "座谈会"]
weak = ["分享会"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, First: 0.5, About: 0.1}
	words := func(id string, w ...string) TypeHit { return TypeHit{ID: id, Hits: len(w), Words: w} }
	item := func(hits ...TypeHit) Item { return Item{Heading: "一、", TypeHits: hits} }
	tests := []struct {
		name  string
		first Item
		want  []string // the types given the first item's weight
	}{
		{"a weak word ties a talk: the talk leads",
			item(words("publicity", "宣讲"), words("meeting", "分享会")), []string{"publicity"}},
		{"a meeting in its own words ties a talk: both lead",
			item(words("publicity", "宣讲"), words("meeting", "座谈会")), []string{"publicity", "meeting"}},
		{"weak words with the item's most hits still lead",
			item(words("publicity", "宣讲"), words("meeting", "分享会", "分享会")), []string{"meeting"}},
		{"weak words alone lead",
			item(words("meeting", "分享会")), []string{"meeting"}},
	}
	for _, tt := range tests {
		coded := []TypeHit{words("publicity", "宣讲"), words("safety", "消防", "消防"), words("meeting", "分享会", "座谈会")}
		about, mentioned, _ := rs.About(coded, "2024年工作总结", "", []Item{tt.first, item(words("safety", "消防", "消防"))})
		var got []string
		for _, h := range append(about, mentioned...) {
			if slices.Contains(h.Why, "first item") {
				got = append(got, h.ID)
			}
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: first item %v, want %v", tt.name, got, want)
		}
	}
}

// TestRulesAboutMainTie: of types of equal salience, the main type is the
// one with fewer weighed hits — its salience rests on where the report
// names it (its title, its first item), not on its bulk of words — then
// the one with more hits, then the first in rule order.
func TestRulesAboutMainTie(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 0.5, First: 0.5, About: 0.1}
	item := func(hits ...TypeHit) Item { return Item{Heading: "一、", TypeHits: hits} }
	tests := []struct {
		name  string
		coded []TypeHit
		items []Item
		main  string
	}{
		{"the first item's type ties the bulk's: the first item's",
			[]TypeHit{hit("publicity", 1), hit("safety", 3)},
			[]Item{item(hit("publicity", 1)), item(hit("safety", 3))}, "publicity"},
		{"people weigh half: six hits of the elderly, three weighed, tie safety's one and its first item",
			[]TypeHit{hit("elderly", 6), hit("safety", 1)},
			[]Item{item(hit("safety", 1)), item(hit("elderly", 6))}, "safety"},
		{"equal weighed hits: more hits, two of the elderly against one of safety",
			[]TypeHit{hit("safety", 1), hit("elderly", 2)}, nil, "elderly"},
		{"equal hits: rule order",
			[]TypeHit{hit("publicity", 2), hit("safety", 2)}, nil, "publicity"},
	}
	for _, tt := range tests {
		_, _, main := rs.About(tt.coded, "2024年工作总结", "", tt.items)
		if main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.name, main, tt.main)
		}
	}
}

// TestRulesAboutOneSentence: a type whose hits all lie in one sentence of
// the text loses Salience.Lone, a type of people Salience.Passing more.
func TestRulesAboutOneSentence(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Lone: 0.1, Passing: 0.2, About: 0.05}
	const text = "开展讲座。讲座很好。\n老人参加了消防演练。"
	at := func(offsets ...int) []Evidence { return evidenceAt(2, offsets...) }
	coded := []TypeHit{
		{ID: "publicity", Hits: 2, At: at(2, 5)},
		{ID: "safety", Hits: 1, At: at(16)},
		{ID: "elderly", Hits: 1, At: at(11)},
	}
	about, mentioned, main := rs.About(coded, "", text, nil)
	show := func(hits []TypeHit) string {
		var parts []string
		for _, h := range hits {
			parts = append(parts, h.ID+":"+strconv.FormatFloat(h.Salience, 'f', -1, 64)+":"+strings.Join(h.Why, ", "))
		}
		return strings.Join(parts, "|")
	}
	wantAbout := "publicity:0.5:share 0.50|safety:0.15:share 0.25, one sentence"
	wantMentioned := "elderly:-0.05:share 0.25, one sentence, people in one sentence"
	if show(about) != wantAbout || show(mentioned) != wantMentioned || main != "publicity" {
		t.Errorf("about %q\nmentioned %q\nmain %q\nwant %q\n%q\npublicity", show(about), show(mentioned), main, wantAbout, wantMentioned)
	}
	// without the text, nothing is known of sentences
	if about, _, _ := rs.About(coded, "", "", nil); len(about) != 3 {
		t.Errorf("without the text: about %q, want all three", show(about))
	}
}

// TestRulesAboutServes: volunteers (a type that serves) named in one
// sentence are in passing only when a list mark is beside every hit, in
// either script; people served are in passing either way.
func TestRulesAboutServes(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules + `
[[type]]
id = "volunteer"
label = "志愿服务"
people = true
serves = true
words = ["志愿者", "义工"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Passing: 1, ListMarks: []string{"、", "和", "与", "及", "等"}, About: 0.1}
	tests := []struct {
		text, word string
		id         string
		about      bool
	}{
		{"律师志愿者为居民解答法律问题。", "志愿者", "volunteer", true},
		{"律師義工為居民解答法律問題。", "義工", "volunteer", true},
		{"党员、志愿者和居民共300人参加。", "志愿者", "volunteer", false},
		{"社工和義工60人到場。", "義工", "volunteer", false},
		{"社区志愿者等300人参加。", "志愿者", "volunteer", false},
		{"为老人提供法律咨询。", "老人", "elderly", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.word)
		ev := Evidence{Offset: utf8.RuneCountInString(tt.text[:at]), Length: utf8.RuneCountInString(tt.word)}
		coded := []TypeHit{hit("publicity", 1), {ID: tt.id, Hits: 1, At: []Evidence{ev}}}
		about, _, _ := rs.About(coded, "", tt.text, nil)
		got := slices.ContainsFunc(about, func(h TypeHit) bool { return h.ID == tt.id })
		if got != tt.about {
			t.Errorf("%s: %s about %v, want %v", tt.text, tt.id, got, tt.about)
		}
	}
	checkReports(t, "list_marks", Salience{ListMarks: []string{"以及"}})
}

// TestRulesAboutKeyItem: the type that leads an item whose heading marks
// key work (重点, by its heading's terms, else by its most hits) gets
// Salience.Key; a heading without a key word gives nothing.
func TestRulesAboutKeyItem(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Key: 0.5, KeyWords: []string{"重点", "核心"}, About: 0.1}
	item := func(heading string, hits ...TypeHit) Item { return Item{Heading: heading, TypeHits: hits} }
	tests := []struct {
		name  string
		coded []TypeHit
		items []Item
		main  string
		why   string // the main type's reasons
	}{
		{"the key item's most hits: 关爱服务（重点工作）",
			[]TypeHit{hit("publicity", 5), hit("elderly", 4)},
			[]Item{item("一、服务数据", hit("publicity", 3)), item("二、关爱服务（重点工作）", hit("elderly", 4), hit("publicity", 2))},
			"elderly", "key item, share 0.44"},
		{"the type the key heading names: 重点消防检查 is safety, though publicity has more hits there",
			[]TypeHit{hit("publicity", 5), hit("safety", 3)},
			[]Item{item("重点消防检查", hit("publicity", 2), hit("safety", 1))},
			"safety", "key item, share 0.38"},
		{"no key word: the share decides",
			[]TypeHit{hit("publicity", 5), hit("elderly", 4)},
			[]Item{item("一、服务数据", hit("publicity", 3)), item("二、关爱服务", hit("elderly", 4))},
			"publicity", "share 0.56"},
	}
	for _, tt := range tests {
		about, _, main := rs.About(tt.coded, "2024年工作总结", "", tt.items)
		why := ""
		for _, h := range about {
			if h.ID == main {
				why = strings.Join(h.Why, ", ")
			}
		}
		if main != tt.main || why != tt.why {
			t.Errorf("%s: main %s (%s), want %s (%s)", tt.name, main, why, tt.main, tt.why)
		}
	}
	// key words written in Traditional characters match the folded headings
	trad, err := LoadRules(strings.NewReader("[salience]\nshare = 1\nkey = 0.5\nkey_words = [\"重點\"]\n" + aboutRules[strings.Index(aboutRules, "[[type]]"):]))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, main := trad.About([]TypeHit{hit("publicity", 5), hit("safety", 4)}, "", "", []Item{{Heading: "二、重點消防檢查", TypeHits: []TypeHit{hit("safety", 4)}}}); main != "safety" {
		t.Errorf("key_words 重點: main %s, want safety", main)
	}
}

// TestRulesAboutWeakWords: a type whose every evidence word is one of its
// rule's weak words loses Salience.Weak; one more word of the type, and it
// does not.
func TestRulesAboutWeakWords(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules + "\n[[type]]\nid = \"care\"\nlabel = \"健康\"\nwords = [\"血压\", \"体检\"]\nweak = [\"血压\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Weak: 0.5, About: 0.1}
	tests := []struct {
		name      string
		care      TypeHit
		mentioned string
	}{
		{"blood pressure taken beside a meal", TypeHit{ID: "care", Hits: 1, Words: []string{"血压"}}, "care"},
		{"a check-up with its blood pressure", TypeHit{ID: "care", Hits: 2, Words: []string{"体检", "血压"}}, ""},
		{"a check-up", TypeHit{ID: "care", Hits: 1, Words: []string{"体检"}}, ""},
	}
	for _, tt := range tests {
		_, mentioned, _ := rs.About([]TypeHit{hit("publicity", 3), tt.care}, "", "", nil)
		var got []string
		for _, h := range mentioned {
			got = append(got, h.ID)
		}
		if strings.Join(got, ",") != tt.mentioned {
			t.Errorf("%s: mentioned %v, want %q", tt.name, got, tt.mentioned)
		}
	}
	// a type the title names is what the report is about, whatever its
	// words in the body (a 血压 station's report), in either script; a
	// title naming another type takes nothing off the weak words
	rs.Salience.Title = 0.5
	care := TypeHit{ID: "care", Hits: 1, Words: []string{"血压"}}
	for title, want := range map[string]string{"松柏社区血压自测点季度小结": "care", "松柏社區血壓自測點季度小結": "care", "松柏社区宣传栏季度小结": "publicity"} {
		about, _, main := rs.About([]TypeHit{hit("publicity", 2), care}, title, "", nil)
		if main != want {
			t.Errorf("%s: main %s, want %s (%v)", title, main, want, about)
		}
	}
	// a Rule built in code knows its weak words too
	r := Rule{ID: "care", Words: []string{"血压", "體檢"}, Weak: []string{"血壓"}}
	if !r.weakOnly([]string{"血压"}) || r.weakOnly([]string{"血压", "体检"}) || r.weakOnly(nil) {
		t.Errorf("weakOnly of a Rule built in code: %v %v %v", r.weakOnly([]string{"血压"}), r.weakOnly([]string{"血压", "体检"}), r.weakOnly(nil))
	}
}

// TestRulesAboutAsides: under a title that names children, a training
// told only in its asides (学员, 课程) is the children's lessons: mentioned,
// unless it is the main type; with another of its words, or under a title
// that names no children, it is a training.
func TestRulesAboutAsides(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "youth"
label = "青少年儿童"
people = true
words = ["儿童", "孩子"]

[[type]]
id = "training_exam"
label = "培训考试"
words = ["培训", "学员", "课程"]
asides = ["学员", "課程"]
asides_under = "youth"
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, About: 0.01}
	youth := hit("youth", 6)
	tests := []struct {
		title string
		coded []TypeHit
		about string // ids, in order
		main  string
	}{
		{"某社区儿童暑期班总结", []TypeHit{youth, {ID: "training_exam", Hits: 3, Words: []string{"学员", "课程"}}}, "youth", "youth"},
		{"某社區兒童暑期班總結", []TypeHit{youth, {ID: "training_exam", Hits: 3, Words: []string{"学员", "课程"}}}, "youth", "youth"},
		{"某社区儿童暑期班总结", []TypeHit{youth, {ID: "training_exam", Hits: 3, Words: []string{"学员", "培训"}}}, "youth training_exam", "youth"},
		{"某社区暑期班总结", []TypeHit{youth, {ID: "training_exam", Hits: 3, Words: []string{"学员", "课程"}}}, "youth training_exam", "youth"},
		{"某社区儿童暑期班总结", []TypeHit{{ID: "training_exam", Hits: 3, Words: []string{"课程"}}}, "training_exam", "training_exam"},
	}
	for _, tt := range tests {
		about, _, main := rs.About(tt.coded, tt.title, "", nil)
		ids := hitIDs(about)
		if ids != tt.about || main != tt.main {
			t.Errorf("%s %v: about %q, main %q; want %q, %q", tt.title, tt.coded, ids, main, tt.about, tt.main)
		}
	}
}

// TestWithoutNotes: a title's notes, from an opening bracket of
// title_notes to its closing one, are left out; an unclosed note runs to
// the end.
func TestWithoutNotes(t *testing.T) {
	notes := []string{"（）", "()"}
	tests := []struct{ title, want string }{
		{"青年筑梦计划年度报告（社会工作局资助项目）", "青年筑梦计划年度报告"},
		{"家庭服务季度报告（2024年1月至3月）", "家庭服务季度报告"},
		{"学雷锋志愿服务月活动总结(精选范文)", "学雷锋志愿服务月活动总结"},
		{"（转载）禁毒宣传月活动总结（多图）", "禁毒宣传月活动总结"},
		{"消防宣传周总结（未完", "消防宣传周总结"},
		{"巡河护河工作总结", "巡河护河工作总结"},
		{"【活动回顾】助学行", "【活动回顾】助学行"},
	}
	for _, tt := range tests {
		if got := withoutNotes(tt.title, notes); got != tt.want {
			t.Errorf("withoutNotes(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestRulesAboutTitleNotes: a type written only in a title's note (its
// funder, its period) gets no title bonus; written before the note, it
// does.
func TestRulesAboutTitleNotes(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Title: 0.5, TitleNotes: []string{"（）"}, About: 0.1}
	coded := []TypeHit{hit("publicity", 2), hit("safety", 3)}
	tests := []struct{ title, main string }{
		{"社区青年成长计划年度报告（宣传部资助项目）", "safety"},
		{"社区宣传计划年度报告（2024年）", "publicity"},
		{"社区宣传计划年度报告", "publicity"},
	}
	for _, tt := range tests {
		if _, _, main := rs.About(coded, tt.title, "", nil); main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
	}
	checkReports(t, "title_notes", Salience{TitleNotes: []string{"（"}})
}

// TestRulesAboutTitleTopic: a title that names a form (宣传周) and an
// activity of another type is about the activity, in either script; a
// topic that is a word of the form's type too (禁毒) is no topic, and
// neither is a type of people.
func TestRulesAboutTitleTopic(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "publicity"
label = "宣传教育"
form = true
words = ["宣传", "宣传周", "禁毒"]

[[type]]
id = "safety"
label = "治安巡逻"
words = ["反诈", "禁毒"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["老人"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Title: 0.5, Topic: 1}
	tests := []struct {
		title string
		coded []TypeHit
		main  string
	}{
		{"社区反诈宣传周活动总结", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "safety"},
		{"社區反詐宣傳週活動總結", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "safety"},
		{"社区禁毒宣传周活动总结", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "publicity"},
		{"社区宣传周活动总结", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "publicity"},
		{"关爱老人宣传周活动总结", []TypeHit{hit("publicity", 6), hit("elderly", 2)}, "publicity"},
	}
	for _, tt := range tests {
		if _, _, main := rs.About(tt.coded, tt.title, "", nil); main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
	}
}

// TestRulesAboutTitleServing: a title that names those who serve and a
// group they served, and no activity, is about the service, in either
// script; a title that names an activity is about the activity.
func TestRulesAboutTitleServing(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "volunteer"
label = "志愿服务"
people = true
serves = true
words = ["志愿服务"]

[[type]]
id = "environment"
label = "环境整治"
words = ["植树"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["养老"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 0.5, Title: 0.5, Serving: 1}
	tests := []struct {
		title string
		coded []TypeHit
		main  string
	}{
		{"社区互助养老志愿服务年度报告", []TypeHit{hit("volunteer", 2), hit("elderly", 10)}, "volunteer"},
		{"社區互助養老志願服務年度報告", []TypeHit{hit("volunteer", 2), hit("elderly", 10)}, "volunteer"},
		{"社区植树志愿服务活动总结", []TypeHit{hit("volunteer", 2), hit("environment", 5)}, "environment"},
		{"社区养老服务年度报告", []TypeHit{hit("volunteer", 2), hit("elderly", 10)}, "elderly"},
	}
	for _, tt := range tests {
		if _, _, main := rs.About(tt.coded, tt.title, "", nil); main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
	}
}

// TestRulesAboutTitleObject: a title that names people and then an
// activity is about the activity, however many times the body names the
// people, in either script; a title that names the people last, or no
// people, gives the activity nothing more.
func TestRulesAboutTitleObject(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "visit"
label = "走访慰问"
words = ["探访"]

[[type]]
id = "meeting"
label = "会议"
words = ["座谈会"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["老人"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 0.5, Title: 0.5, First: 0.25, Object: 0.5}
	items := []Item{{Heading: "一、走近老人", TypeHits: []TypeHit{hit("elderly", 4)}}}
	tests := []struct {
		title string
		coded []TypeHit
		main  string
		why   []string // the visit's
	}{
		{"青松社区空巢老人探访工作总结", []TypeHit{hit("visit", 3), hit("elderly", 8)}, "visit", []string{"title", "title object", "share 0.43"}},
		{"青松社區空巢老人探訪工作總結", []TypeHit{hit("visit", 3), hit("elderly", 8)}, "visit", []string{"title", "title object", "share 0.43"}},
		{"探访青松社区空巢老人工作总结", []TypeHit{hit("visit", 3), hit("elderly", 8)}, "elderly", []string{"title", "share 0.43"}},
		{"青松社区座谈会与探访工作总结", []TypeHit{hit("visit", 3), hit("meeting", 3)}, "visit", []string{"title", "share 0.50"}},
	}
	for _, tt := range tests {
		about, _, main := rs.About(tt.coded, tt.title, "", items)
		if main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
		for _, h := range about {
			if h.ID == "visit" && !slices.Equal(h.Why, tt.why) {
				t.Errorf("%s: visit why %q, want %q", tt.title, h.Why, tt.why)
			}
		}
	}
}

// TestRulesAboutNearTitle: a near group's terms written in a title in
// the group's order, each at most within runes after the one before, name
// its type there as a term does (上门修脚, 送餐上门; the people before them
// make the visit the title's object), in either script; the terms
// reversed, farther apart or one alone name nothing.
func TestRulesAboutNearTitle(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "visit"
label = "走访慰问"
words = ["探访"]
near = ["上门 修脚", "送 上门"]
within = 2

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["老人"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 0.5, Title: 0.5, Object: 0.5, About: 0.01}
	coded := []TypeHit{hit("visit", 2), hit("elderly", 6)}
	tests := []struct {
		title string
		main  string
		why   []string // the visit's
	}{
		{"松柏社区高龄老人上门修脚服务季度小结", "visit", []string{"title", "title object", "share 0.40"}},
		{"松柏社區高齡老人上門修腳服務季度小結", "visit", []string{"title", "title object", "share 0.40"}},
		{"松柏社区为独居老人送餐上门工作小结", "visit", []string{"title", "title object", "share 0.40"}},
		{"松柏社區為獨居老人送餐上門工作小結", "visit", []string{"title", "title object", "share 0.40"}},
		{"松柏社区老人修脚及上门理发服务小结", "elderly", []string{"share 0.40"}},
		{"松柏社区上门为独居高龄老人修脚小结", "elderly", []string{"share 0.40"}},
		{"松柏社区送老人三件冬衣上门小结", "elderly", []string{"share 0.40"}},
	}
	for _, tt := range tests {
		about, _, main := rs.About(coded, tt.title, "", nil)
		if main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
		for _, h := range about {
			if h.ID == "visit" && !slices.Equal(h.Why, tt.why) {
				t.Errorf("%s: visit why %q, want %q", tt.title, h.Why, tt.why)
			}
		}
	}
}

// TestRulesAboutTitleTypes: a type the title names and the text never
// codes is coded with no hits, in rule order, and the document is about
// it, in either script; a title that names nothing new changes nothing.
func TestRulesAboutTitleTypes(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "volunteer"
label = "志愿服务"
people = true
words = ["志愿服务"]

[[type]]
id = "environment"
label = "环境整治"
words = ["垃圾"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 0.5, Title: 0.5, About: 0.01}
	tests := []struct {
		title string
		coded []TypeHit
		about string // ids, in order
		main  string
	}{
		{"社区清理垃圾志愿服务活动总结", []TypeHit{hit("environment", 4)}, "volunteer environment", "environment"},
		{"社區清理垃圾志願服務活動總結", []TypeHit{hit("environment", 4)}, "volunteer environment", "environment"},
		{"社区清理垃圾活动总结", []TypeHit{hit("environment", 4)}, "environment", "environment"},
		{"社区志愿服务活动总结", nil, "volunteer", "volunteer"},
		{"社区活动总结", nil, "", ""},
	}
	for _, tt := range tests {
		about, _, main := rs.About(tt.coded, tt.title, "", nil)
		ids := hitIDs(about)
		if ids != tt.about || main != tt.main {
			t.Errorf("%s: about %q, main %q; want %q, %q", tt.title, ids, main, tt.about, tt.main)
		}
	}
}

// FuzzSentenceBounds: whatever the text, the sentence ends are ascending
// rune offsets of a sentence-ending rune, and the last is the text's
// length in runes. The text of a Document is valid UTF-8 (ingest decodes
// it), and only valid text is checked. Seeds are in
// testdata/fuzz/FuzzSentenceBounds.
func FuzzSentenceBounds(f *testing.F) {
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("not UTF-8: a Document's text always is")
		}
		ends := sentenceBounds(text)
		runes := []rune(text)
		if len(ends) == 0 || ends[len(ends)-1] != len(runes) {
			t.Fatalf("%q: ends %v, want the last at %d", text, ends, len(runes))
		}
		for k, e := range ends[:len(ends)-1] {
			if k > 0 && e <= ends[k-1] || !strings.ContainsRune("。！？；!?;\n", runes[e]) {
				t.Fatalf("%q: ends %v: %d is not a sentence end after the one before", text, ends, e)
			}
		}
		var want int
		for _, r := range runes {
			if strings.ContainsRune("。！？；!?;\n", r) {
				want++
			}
		}
		if len(ends)-1 != want {
			t.Fatalf("%q: %d ends, want %d", text, len(ends)-1, want)
		}
	})
}

// FuzzWithoutNotes: whatever the title, what is left of it holds no
// opening bracket of a note, is no longer than the title, is the title
// itself when the title has no opening bracket, and is valid UTF-8 when
// the title is. Seeds are in testdata/fuzz/FuzzWithoutNotes.
func FuzzWithoutNotes(f *testing.F) {
	notes := []string{"（）", "()"}
	f.Fuzz(func(t *testing.T, title string) {
		got := withoutNotes(title, notes)
		if strings.ContainsAny(got, "（(") || len(got) > len(title) {
			t.Fatalf("withoutNotes(%q) = %q: a note is left, or it grew", title, got)
		}
		if !strings.ContainsAny(title, "（(") && got != title {
			t.Fatalf("withoutNotes(%q) = %q: a title without notes changed", title, got)
		}
		if utf8.ValidString(title) && !utf8.ValidString(got) {
			t.Fatalf("withoutNotes(%q) = %q: not UTF-8", title, got)
		}
	})
}

// TestRulesAboutServedFor: people served named in one sentence are not in
// passing when a for mark (为, folded: 為) is written before a hit in its
// clause, at most forWithin runes away, and the hit is not in a list.
func TestRulesAboutServedFor(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(aboutRules))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Passing: 1, ListMarks: []string{"、", "和"}, ForMarks: []string{"为"}, ForNotAfter: []string{"因", "认"}, About: 0.1}
	tests := []struct {
		text  string
		about bool
	}{
		{"社工为辖区独居老人打扫房间。", true},
		{"社工為轄區獨居老人打掃房間。", true},
		{"其中老人和儿童38人。", false},
		{"为留守老人、儿童理发。", false},
		{"为大家表演节目，老人鼓掌。", false},
		{"“以人为本”老人茶话会。", false},
		{"为社区里住在三楼以上的老人送餐。", false}, // 为 too far before
		{"因为老人行动不便，社工上门。", false},   // 因为: a reason
		{"因為老人行動不便。", false},
		{"社工认为老人最需要陪伴。", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, "老人")
		ev := Evidence{Offset: utf8.RuneCountInString(tt.text[:at]), Length: 2}
		coded := []TypeHit{hit("publicity", 1), {ID: "elderly", Hits: 1, At: []Evidence{ev}}}
		about, _, _ := rs.About(coded, "", tt.text, nil)
		got := slices.ContainsFunc(about, func(h TypeHit) bool { return h.ID == "elderly" })
		if got != tt.about {
			t.Errorf("%s: elderly about %v, want %v", tt.text, got, tt.about)
		}
	}
	checkReports(t, "for_marks", Salience{ForMarks: []string{"为了"}})
}

// TestRulesAboutTakenInto: people served named in one sentence are not in
// passing when the sentence takes an activity into one of their rule's
// places: a mark of going into (IntoMarks, folded: 走進), then a place
// at most intoWithin runes after it, no punctuation between, that is no
// part of a hit (中学生 writes no school); a type without places, or the
// place in another sentence, leaves them in passing.
func TestRulesAboutTakenInto(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "publicity"
label = "宣传教育"
words = ["宣传"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["老人"]

[[type]]
id = "youth"
label = "青少年儿童"
people = true
words = ["学生", "学童", "中学生"]
places = ["小學", "国小", "中学"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Passing: 1, ForMarks: []string{"为"}, IntoMarks: []string{"走进", "前往", "到"}, About: 0.1}
	tests := []struct {
		text, who string
		about     bool
	}{
		{"禁毒社工走进金湾小学，与学生一起观看警示片。", "学生", true},
		{"禁毒社工走進金灣小學，與學生一起觀看警示片。", "學生", true},
		{"志工前往轄區國小辦理宣導課程，受益學生約三百人。", "學生", true},
		{"社工到区内两间小学开展活动，参与学生约二百人。", "学生", true},
		{"社工到辖区中学开展宣传。学生反响很好。", "学生", false},    // the school in another sentence
		{"社工走进社区，小区里的学生也来了。", "学生", false},      // punctuation before any school
		{"志愿者走进位于城东新区的第一小学，学生参加。", "学生", false}, // the school too far after the mark
		{"邀请在地国小学童表演节目。", "学童", false},          // no mark of going into
		{"来到现场的中学生十名。", "中学生", false},           // 中学 is the hit's own word
		{"志愿者走进小学，与老人一起表演。", "老人", false},       // elderly has no places
	}
	for _, tt := range tests {
		id := "youth"
		if tt.who == "老人" {
			id = "elderly"
		}
		at := strings.Index(tt.text, tt.who)
		ev := Evidence{Offset: utf8.RuneCountInString(tt.text[:at]), Length: utf8.RuneCountInString(tt.who)}
		coded := []TypeHit{hit("publicity", 2), {ID: id, Hits: 1, At: []Evidence{ev}}}
		about, _, _ := rs.About(coded, "", tt.text, nil)
		got := slices.ContainsFunc(about, func(h TypeHit) bool { return h.ID == id })
		if got != tt.about {
			t.Errorf("%s: %s about %v, want %v", tt.text, id, got, tt.about)
		}
	}
	checkReports(t, "into_marks", Salience{IntoMarks: []string{" "}})
}

// TestRulesAboutCounted: people served named in one sentence are not in
// passing when a hit, not in a list, is counted: an about word or none, a
// number and a measure word right after it (folded: 餘), or a number and
// a measure word before it, at most countWithin runes between; one is a
// person, not a head count, and a count after 其中 is a part of a whole.
func TestRulesAboutCounted(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "publicity"
label = "宣传教育"
words = ["宣传"]

[[type]]
id = "youth"
label = "青少年儿童"
people = true
words = ["学生", "学童", "儿童"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Passing: 1, ListMarks: []string{"、", "和"}, CountUnits: []string{"名", "人", "位"},
		CountAbout: []string{"约", "共计", "计"}, CountParts: []string{"其中", "当中"}, About: 0.1}
	tests := []struct {
		text, who string
		about     bool
	}{
		{"周六上午组织看画展，参加学生约四十名。", "学生", true},
		{"館方辦理說故事時間，學童計1,300餘人參與。", "學童", true},
		{"全年开设兴趣小组，服务儿童210名。", "儿童", true},
		{"暑假里有25名学生来到活动室。", "学生", true},
		{"社工带着12位留守儿童去看海。", "儿童", true},
		{"社工带着30余名儿童去看海。", "儿童", true},
		{"活动室里的学生都很开心。", "学生", false},      // no count
		{"一位学生朗诵了一首诗。", "学生", false},       // one is a person
		{"共接待居民80人，其中学生12人。", "学生", false}, // a part of a whole
		{"参加的有老人和儿童25名。", "儿童", false},     // in a list
		{"学生家长20名参加了会议。", "学生", false},     // the count is another word's
		{"共8名志愿者，带领周边社区的儿童。", "儿童", false}, // punctuation between
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.who)
		ev := Evidence{Offset: utf8.RuneCountInString(tt.text[:at]), Length: utf8.RuneCountInString(tt.who)}
		coded := []TypeHit{hit("publicity", 2), {ID: "youth", Hits: 1, At: []Evidence{ev}}}
		about, _, _ := rs.About(coded, "", tt.text, nil)
		got := slices.ContainsFunc(about, func(h TypeHit) bool { return h.ID == "youth" })
		if got != tt.about {
			t.Errorf("%s: youth about %v, want %v", tt.text, got, tt.about)
		}
	}
	checkReports(t, "count_units", Salience{CountUnits: []string{"名人"}})
	checkReports(t, "count_about", Salience{CountAbout: []string{" "}})
	checkReports(t, "count_parts", Salience{CountParts: []string{""}})
}

// TestRulesAboutTitles: a rule's titles (an organisation's kind) name the
// type in a title, in either script, as its terms do, but add no type the
// text does not code and are no hit in the body.
func TestRulesAboutTitles(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "visit"
label = "走访慰问"
words = ["走访"]

[[type]]
id = "safety"
label = "治安巡逻"
words = ["巡逻"]
titles = ["网格"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Title: 0.5, About: 0.01}
	tests := []struct {
		title string
		coded []TypeHit
		about string // ids, in order
		main  string
	}{
		{"某社区网格员季度工作总结", []TypeHit{hit("visit", 3), hit("safety", 2)}, "visit safety", "safety"},
		{"某社區網格員季度工作總結", []TypeHit{hit("visit", 3), hit("safety", 2)}, "visit safety", "safety"},
		{"某社区季度工作总结", []TypeHit{hit("visit", 3), hit("safety", 2)}, "visit safety", "visit"},
		{"某社区网格员入户工作总结", []TypeHit{hit("visit", 3)}, "visit", "visit"},
	}
	for _, tt := range tests {
		about, _, main := rs.About(tt.coded, tt.title, "", nil)
		ids := hitIDs(about)
		if ids != tt.about || main != tt.main {
			t.Errorf("%s: about %q, main %q; want %q, %q", tt.title, ids, main, tt.about, tt.main)
		}
	}
	doc := rs.Code(toks("网格 员 巡逻 网格"))
	if len(doc) != 1 || doc[0].ID != "safety" || doc[0].Hits != 1 {
		t.Errorf("body 网格员巡逻: coded %v, want safety by 巡逻 alone", doc)
	}
}

// TestRulesAboutNotTitles: a rule's not_titles, written in a title or a
// heading, are cut from it before the rule's terms and titles are looked
// for: 国家安全教育日 names no safety (neither its 安全教育 nor its 安全),
// so it is no topic of the publicity and adds no safety the text does not
// code, in either script; a title that writes 安全 elsewhere still names
// safety.
func TestRulesAboutNotTitles(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "publicity"
label = "宣传教育"
form = true
words = ["宣传"]

[[type]]
id = "safety"
label = "治安巡逻"
phrases = ["安全教育", "消防"]
titles = ["安全"]
not_titles = ["国家安全"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Title: 0.5, Heading: 0.1, Topic: 1}
	tests := []struct {
		title   string
		coded   []TypeHit
		heading string
		about   string // ids, in order
		main    string
	}{
		{"某社区国家安全教育日宣传活动总结", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "", "publicity safety", "publicity"},
		{"某社區國家安全教育日宣傳活動總結", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "", "publicity safety", "publicity"},
		{"某社区国家安全教育日宣传活动总结", []TypeHit{hit("publicity", 6)}, "", "publicity", "publicity"},
		{"某社区安全教育宣传月活动总结", []TypeHit{hit("publicity", 6), hit("safety", 2)}, "", "publicity safety", "safety"},
		{"某社区活动总结", []TypeHit{hit("publicity", 3), hit("safety", 3)}, "国家安全知识进校园", "publicity safety", "publicity"},
		{"某社区活动总结", []TypeHit{hit("publicity", 3), hit("safety", 3)}, "安全知识进校园", "publicity safety", "safety"},
	}
	for _, tt := range tests {
		items := []Item{{Heading: tt.heading}}
		about, _, main := rs.About(tt.coded, tt.title, "", items)
		ids := hitIDs(about)
		if ids != tt.about || main != tt.main {
			t.Errorf("%s (heading %s): about %q, main %q; want %q, %q", tt.title, tt.heading, ids, main, tt.about, tt.main)
		}
	}
}

// organisationSalience is the salience of the organisation tests: the
// words of an organisation's title as in dict/rules.toml, shortened.
func organisationSalience() Salience {
	return Salience{Share: 1, People: 0.5, Title: 0.5, First: 0.25, Organisation: 1,
		Organisations: []string{"居民委员会", "社区", "中心", "站", "协会", "基金会", "团委"},
		Reports:       []string{"工作总结", "工作报告", "成果报告"},
		Periods:       []string{"年度", "年", "季度", "上半年", "第"}}
}

// TestOrganisationTitle: a title is an organisation's report when it is
// the organisation's name, a period (or none) and a report's genre; a
// programme or an event between them, or a name of no organisation's
// kind, is not.
func TestOrganisationTitle(t *testing.T) {
	s := organisationSalience()
	tests := []struct {
		title string
		want  bool
	}{
		{"青松社区居民委员会2023年度工作总结", true},
		{"某镇社会工作服务站二〇一八年度工作总结", true},
		{"某区义工协会20xx年上半年工作报告", true},
		{"某社区2024年第二季度工作报告", true},
		{"2022年度某服务中心工作总结", true},
		{"某慈善基金会工作报告", true},
		{"某关怀据点112年度成果报告", false}, // 据点 not among the kinds
		{"某街道2023年社区矫正工作总结", false},
		{"某社区2024年重阳节活动总结", false},
		{"某社区2024年项目工作总结", false},
		{"某社区居民委员会", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := s.organisationTitle(tt.title); got != tt.want {
			t.Errorf("%s: organisation's title %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestRulesAboutOrganisation: a report titled by its organisation and a
// period, in either script, is about the group the organisation's name
// says it is for, else the type with the most hits and the report's first
// work (the one type leading its first item), the first item deciding
// between them unless the most hits outweigh it by far. A title that
// names an activity, or no organisation, is left to the other judges.
func TestRulesAboutOrganisation(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "donation"
label = "捐赠救助"
words = ["救助"]

[[type]]
id = "safety"
label = "治安巡逻"
words = ["巡逻"]

[[type]]
id = "environment"
label = "环境保护"
words = ["清扫"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["长者"]

[[type]]
id = "youth"
label = "青少年儿童"
people = true
words = ["学生"]
titles = ["团委"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = organisationSalience()
	first := []Item{{Heading: "一、民生保障", TypeHits: []TypeHit{hit("donation", 3)}}, {Heading: "二、平安建设", TypeHits: []TypeHit{hit("safety", 4)}}}
	tied := []Item{{Heading: "一、民生保障", TypeHits: []TypeHit{hit("donation", 4)}}, {Heading: "二、平安建设", TypeHits: []TypeHit{hit("safety", 4)}}}
	shared := []Item{{Heading: "一、综合工作", TypeHits: []TypeHit{hit("donation", 2), hit("environment", 2)}}, {Heading: "二、平安建设", TypeHits: []TypeHit{hit("safety", 4)}}}
	tests := []struct {
		title string
		coded []TypeHit
		items []Item
		main  string
	}{
		// the first work (the one type leading the first item) gets it
		// beside the most hits, and the first item tells them apart
		{"青松社区居民委员会2023年度工作总结", []TypeHit{hit("donation", 3), hit("safety", 4)}, first, "donation"},
		{"青松社區居民委員會2023年度工作總結", []TypeHit{hit("donation", 3), hit("safety", 4)}, first, "donation"},
		{"青松社区居民委员会2023年度工作总结", []TypeHit{hit("donation", 4), hit("safety", 4)}, tied, "donation"},
		// … unless the most hits outweigh the first item by far
		{"青松社区居民委员会2023年度工作总结", []TypeHit{hit("donation", 1), hit("safety", 9)}, first, "safety"},
		// a first item led by two types names no one first work: the most hits
		{"青松社区居民委员会2023年度工作总结", []TypeHit{hit("donation", 2), hit("safety", 4), hit("environment", 2)}, shared, "safety"},
		// no numbered items: the most hits
		{"青松社区居民委员会2023年度工作总结", []TypeHit{hit("donation", 3), hit("safety", 4)}, nil, "safety"},
		{"青松长者服务中心2023年第二季度工作报告", []TypeHit{hit("donation", 3), hit("safety", 4), hit("elderly", 2)}, first, "elderly"},
		{"青松長者服務中心2023年第二季度工作報告", []TypeHit{hit("donation", 3), hit("safety", 4), hit("elderly", 2)}, first, "elderly"},
		// the kind of organisation says its group (a rule's titles)
		{"松林学院团委2024年上半年工作总结", []TypeHit{hit("donation", 3), hit("safety", 4), hit("youth", 2)}, first, "youth"},
		{"松林學院團委2024年上半年工作總結", []TypeHit{hit("donation", 3), hit("safety", 4), hit("youth", 2)}, first, "youth"},
		{"青松社区2023年救助工作总结", []TypeHit{hit("donation", 3), hit("safety", 4)}, first, "donation"},
		{"青松项目2023年度工作总结", []TypeHit{hit("donation", 3), hit("safety", 4)}, first, "donation"},
	}
	for _, tt := range tests {
		if _, _, main := rs.About(tt.coded, tt.title, "", tt.items); main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
	}
	rs.Salience.Organisation = 0
	if _, _, main := rs.About([]TypeHit{hit("donation", 3), hit("safety", 4)}, "青松社区居民委员会2023年度工作总结", "", first); main != "donation" {
		t.Errorf("organisation 0: main %s, want donation, the first item's", main)
	}
}

// checkReports checks that Salience.check reports a problem under key
// for bad.
func checkReports(t *testing.T, key string, bad Salience) {
	t.Helper()
	if msg := bad.check()[key]; msg == "" {
		t.Errorf("%s: no problem reported", key)
	}
}

// TestRulesAboutGiven: people served named in one sentence are not in
// passing when their clause holds a hit of a type of Gifts (the embedded
// rules': something given to them, or a visit paid them), unless a hit
// of another type of people follows theirs right after it (低保老人: the
// gift went to the elderly); a gift in another clause or sentence, or no
// gift, leaves them in passing.
func TestRulesAboutGiven(t *testing.T) {
	rs, err := LoadRules(strings.NewReader(`
[[type]]
id = "publicity"
label = "宣传教育"
words = ["宣传"]

[[type]]
id = "donation"
label = "捐赠救助"
words = ["慰问品", "补贴", "慰問品", "補貼"]

[[type]]
id = "visit"
label = "走访慰问"
words = ["走访", "走訪"]

[[type]]
id = "elderly"
label = "为老服务"
people = true
words = ["老人"]

[[type]]
id = "disability_aid"
label = "助残帮扶"
people = true
words = ["困难家庭", "低保", "困難家庭"]
`))
	if err != nil {
		t.Fatal(err)
	}
	rs.Salience = Salience{Share: 1, People: 1, Passing: 1, Gifts: DefaultRules().Salience.Gifts, About: 0.1}
	evidence := func(text, word string) []Evidence {
		var at []Evidence
		for from := 0; ; {
			i := strings.Index(text[from:], word)
			if i < 0 {
				return at
			}
			at = append(at, Evidence{Word: word, Offset: utf8.RuneCountInString(text[:from+i]), Length: utf8.RuneCountInString(word)})
			from += i + len(word)
		}
	}
	tests := []struct {
		text, who, gift string
		about           bool
	}{
		{"街道向十二户困难家庭发放了慰问品。", "困难家庭", "慰问品", true},
		{"街道向十二戶困難家庭發放了慰問品。", "困難家庭", "慰問品", true},
		{"街道发放了慰问品。十二户困难家庭参加联欢。", "困难家庭", "慰问品", false},   // the gift in another sentence
		{"联欢会上，困难家庭代表发言。", "困难家庭", "", false},             // nothing given
		{"十二户困难家庭来到会场，活动结束时发放慰问品。", "困难家庭", "慰问品", false}, // the gift in another clause
		{"十二戶困難家庭來到會場，活動結束時發放慰問品。", "困難家庭", "慰問品", false},
		{"食堂对低保老人每餐补贴六元。", "低保", "补贴", false}, // given to the elderly
		{"食堂對低保老人每餐補貼六元。", "低保", "補貼", false},
		{"食堂对低保户每餐补贴六元。", "低保", "补贴", true},
		// a visit paid them (round 29)
		{"驻村干部逐户走访九户困难家庭。", "困难家庭", "走访", true},
		{"駐村幹部逐戶走訪九戶困難家庭。", "困難家庭", "走訪", true},
		{"驻村干部走访了村委会，九户困难家庭派代表参会。", "困难家庭", "走访", false}, // the visit in another clause
		{"驻村干部走访低保老人九户。", "低保", "走访", false},             // the elderly visited
	}
	for _, tt := range tests {
		coded := []TypeHit{hit("publicity", 2)}
		if tt.gift != "" {
			kind := map[string]string{"走访": "visit", "走訪": "visit"}[tt.gift]
			if kind == "" {
				kind = "donation"
			}
			coded = append(coded, TypeHit{ID: kind, Hits: 1, At: evidence(tt.text, tt.gift)})
		}
		if at := evidence(tt.text, "老人"); len(at) > 0 {
			coded = append(coded, TypeHit{ID: "elderly", Hits: len(at), At: at})
		}
		coded = append(coded, TypeHit{ID: "disability_aid", Hits: 1, At: evidence(tt.text, tt.who)})
		about, _, _ := rs.About(coded, "", tt.text, nil)
		got := slices.ContainsFunc(about, func(h TypeHit) bool { return h.ID == "disability_aid" })
		if got != tt.about {
			t.Errorf("%s: disability_aid about %v, want %v", tt.text, got, tt.about)
		}
	}
	if _, err := LoadRules(strings.NewReader("[salience]\ngifts = [\"gift\"]\n\n[[type]]\nid = \"donation\"\nlabel = \"捐赠救助\"\nwords = [\"捐赠\"]\n")); err == nil || !strings.Contains(err.Error(), `no type "gift"`) {
		t.Errorf("gifts naming no type: %v, want a problem", err)
	}
}

// TestDefaultRulesAboutPassing: under the shipped [salience], people
// named once in a list in a short report (居民和老人 among those who came
// to a clean-up told in five sentences) are mentioned, not a type the
// report is about — their share (0.5 of a hit among 5.5) is under the
// passing weight (round 35: 0.1, was 0.05, when they were about); named in
// two sentences, or served (为老人), they stay about.
func TestDefaultRulesAboutPassing(t *testing.T) {
	rs := DefaultRules()
	at := func(offsets ...int) []Evidence { return evidenceAt(2, offsets...) }
	// 0 清 1 扫 2 楼 3 道 4 。 5 清 6 扫 7 死 8 角 9 。 10 清 11 扫 12 绿
	// 13 地 14 。 15 清 16 扫 17 垃 18 圾 19 。 20 清 21 扫 22 河 23 边 24 。
	const sweep = "清扫楼道。清扫死角。清扫绿地。清扫垃圾。清扫河边。"
	tests := []struct {
		name, text string
		elderly    []Evidence
		about      string
	}{
		{"named once, in a list", sweep + "居民和老人到场。", at(28), "environment"},
		{"named once, in a list (Traditional)", "清掃樓道。清掃死角。清掃綠地。清掃垃圾。清掃河邊。居民和老人到場。", at(28), "environment"},
		{"named in two sentences", sweep + "居民和老人到场。老人很高兴。", at(28, 33), "environment elderly"},
		{"served", sweep + "为老人清扫门前。", at(26), "environment elderly"},
	}
	for _, tt := range tests {
		coded := []TypeHit{
			{ID: "environment", Hits: 5, Words: []string{"清扫"}, At: at(0, 5, 10, 15, 20)},
			{ID: "elderly", Hits: len(tt.elderly), Words: []string{"老人"}, At: tt.elderly},
		}
		about, _, main := rs.About(coded, "", tt.text, nil)
		if ids := hitIDs(about); ids != tt.about || main != "environment" {
			t.Errorf("%s: about %q main %s, want %q main environment", tt.name, ids, main, tt.about)
		}
	}
}
