package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Rule codes one activity type. The language is described in docs/rules.md:
// a rule counts hits of its words and phrases (any, words, phrases, all)
// and of its proximity pairs (near, within N words), less the hits of a
// word with a vetoing term near it (unless, within N runes); it codes a
// text where the hits reach Min, every `all` term occurs and no `not` term
// does.
// Every term is matched on the folded (Simplified) words of the text.
type Rule struct {
	ID    string `toml:"id"`
	Label string `toml:"label"`
	// Any holds words or phrases, each one hit where it occurs (the
	// original key, kept for compatibility).
	Any []string `toml:"any,omitempty"`
	// Words must each be one gse word; a word can carry a part of speech:
	// "宣传/v" matches 宣传 only where it is tagged v….
	Words []string `toml:"words,omitempty"`
	// Phrases span one or more whole words: 打扫卫生 = 打扫 + 卫生.
	Phrases []string `toml:"phrases,omitempty"`
	// All terms must each occur for the rule to code; they count as hits.
	All []string `toml:"all,omitempty"`
	// Not terms veto the rule where any of them occurs.
	Not []string `toml:"not,omitempty"`
	// Near entries are two or more space-separated terms that must occur
	// within Within words of the first; each such occurrence is a hit.
	Near   []string `toml:"near,omitempty"`
	Within int      `toml:"within,omitzero"`
	// Unless entries are a word or phrase of the rule and one or more
	// terms, space-separated: the word is no hit where one of the terms
	// lies within UnlessWithin runes of it in the same sentence (资助 of
	// 由区慈善会资助 names a funder: no donation).
	Unless       []string `toml:"unless,omitempty"`
	UnlessWithin int      `toml:"unless_within,omitzero"`
	Min          int      `toml:"min"`
	// People marks a type that names people — those served (老人, 儿童,
	// 残疾人) or those who serve (志愿者) — rather than what was done: a
	// title that names both (走访慰问困难群众, 残疾人职业技能培训) is
	// about what was done, so such a type is the title's head only when
	// the title names no other, and its hits weigh Salience.People.
	People bool `toml:"people,omitempty"`
	// Weak are words or phrases of the rule (of words, phrases or any)
	// that name an aside more often than the activity: a type whose every
	// hit is one of them (a 血压 check beside a meal) loses
	// Salience.Weak.
	Weak []string `toml:"weak,omitempty"`
	// Form marks a type that names the form of an activity (宣传, 讲座)
	// rather than its topic: a title that names it and an activity of
	// another type (反诈宣传周, 消防宣传月) is about the topic, which
	// gets Salience.Topic.
	Form bool `toml:"form,omitempty"`
	// Serves marks a type of people who serve (志愿者), not of people
	// served: named in one sentence, they mostly do what the sentence
	// tells (律师志愿者为居民解答法律问题), and are named in passing only
	// in a list of people (党员、志愿者和网格员共300人参加), by
	// Salience.ListMarks.
	Serves bool `toml:"serves,omitempty"`
	// Titles are the kinds of organisation or programme whose work is
	// the type (网格, a grid's patrols and hazard checks, is safety), or
	// a topic too general for the body (安全): written in a title or a
	// heading they name the type, as its counted terms do; in the body
	// they are no hit.
	Titles []string `toml:"titles,omitempty"`
	// NotTitles are words that, written in a title or a heading, are a
	// sense of the type's terms that is not the type (国家安全, the
	// state's security, is no community safety): they are cut from it
	// before the type's terms and titles are looked for there.
	NotTitles []string `toml:"not_titles,omitempty"`
	// Asides are words or phrases of the rule (of words, phrases or any)
	// that, in a report whose title names the type AsidesUnder, are that
	// group's own doings: under a title that names children (a summer
	// camp, an after-school class, a 支教 trip) 学员 and 课程 are the
	// children's lessons, not a training. A type whose every hit is one
	// of them is mentioned there, never about, unless it is the main type.
	Asides      []string `toml:"asides,omitempty"`
	AsidesUnder string   `toml:"asides_under,omitempty"`
	// Places are the places of a type of people served (a school's
	// pupils: 小学, 校园), matched folded as characters: people of the
	// type named in one sentence that takes an activity into one of
	// them (走进翠湖小学，为五年级学生上了一堂课; Salience.IntoMarks) are
	// served there, not named in passing.
	Places []string `toml:"places,omitempty"`

	compiled bool
	weak     []string // the folded texts of Weak
	asides   []string // the folded texts of Asides
	places   []string // the folded texts of Places
	counted  []term   // any, words, phrases and all: the terms that hit
	named    []term   // counted and titles: the terms that name the type in a title or a heading
	untitled []term   // not_titles: cut from a title or a heading before the rule's terms and titles are looked for there (inTitle)
	all      []term   // must each occur
	not      []term   // must not occur
	near     [][]term // proximity groups
	unless   [][]term // a counted term, then the terms that veto its hits
	// starts holds the first characters of the counted terms that are not
	// suffix patterns, and suffixes those that are: only a token starting
	// with one of starts can start a term (a suffix can end any word), so
	// match tries the terms at the other tokens not at all.
	starts   map[rune]bool
	suffixes []term
}

// defaultWithin is the proximity window of near when a rule gives none.
const defaultWithin = 5

// nearWithin is the rule's proximity window of near: Within, or
// defaultWithin when it gives none.
func (r *Rule) nearWithin() int {
	if r.Within <= 0 {
		return defaultWithin
	}
	return r.Within
}

// defaultUnlessWithin is the window of unless, in runes, when a rule gives
// none.
const defaultUnlessWithin = 5

// term is one word or phrase of a rule, folded and without spaces.
type term struct {
	text   string // folded, spaces removed
	pos    string // part-of-speech prefix the single word must carry, or ""
	single bool   // must be one whole word (words, or a term with a pos)
	suffix bool   // *会议: any one word ending in text
	src    string // as written in the rules, for evidence
}

// parseTerm reads "word", "word/pos" or "two words" (a phrase; the spaces
// only mark word boundaries for the reader).
func parseTerm(s string, single bool) (term, error) {
	t := term{src: s, single: single}
	body := strings.TrimSpace(s)
	if i := strings.LastIndexByte(body, '/'); i >= 0 {
		t.pos = body[i+1:]
		body = body[:i]
		if t.pos == "" || strings.IndexFunc(t.pos, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return t, fmt.Errorf("%q: part of speech after / must be lower-case letters (n, v, vn, ns …)", s)
		}
		if strings.ContainsAny(body, " \t") {
			return t, fmt.Errorf("%q: a part of speech applies to one word, not a phrase", s)
		}
		t.single = true
	}
	if rest, ok := strings.CutPrefix(body, "*"); ok {
		if strings.ContainsAny(rest, " \t*") {
			return t, fmt.Errorf("%q: * starts a one-word suffix pattern (*会议), not a phrase", s)
		}
		t.suffix, t.single, body = true, true, rest
	}
	t.text = fold.ToSimplified(strings.Join(strings.Fields(body), ""))
	if t.text == "" {
		return t, fmt.Errorf("%q: empty word", s)
	}
	return t, nil
}

// Rules is an ordered set of coding rules; the order is the order of the
// Types in a Record.
type Rules struct {
	// Skip terms mark the sentences that code nothing, for any type:
	// plans and speeches (下一步, 计划, 发言). A sentence ends at 。！？；
	// (or ! ? ;) or at white space, such as a line break. Skipped
	// sentences are left out before any rule is matched, for `all` and
	// `not` too.
	Skip []string `toml:"skip,omitempty"`
	// SkipHeadings mark the items that code nothing: an item whose
	// heading, or the heading of the section it is in, holds one of
	// them up to its first clause mark sets out plans (四、下一步打算,
	// 五、下半年工作计划), not work done.
	SkipHeadings []string `toml:"skip_headings,omitempty"`
	// Salience decides which coded types a document is about; a rules
	// file without a [salience] table gets that of dict/rules.toml.
	Salience Salience `toml:"salience"`
	Types    []Rule   `toml:"type"`

	skipCompiled bool
	skip         []term
	skipIndex    termIndex // of skip, made once with it
}

// RuleError is a problem in a rules file, with the line it is on (0 when
// unknown). Warning problems do not stop the rules from loading.
type RuleError struct {
	Line    int
	Warning bool
	Msg     string
}

func (e RuleError) Error() string {
	kind := "error"
	if e.Warning {
		kind = "warning"
	}
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s: %s", e.Line, kind, e.Msg)
	}
	return kind + ": " + e.Msg
}

// LoadRules reads coding rules in the TOML form of dict/rules.toml and
// returns the first error CheckRules finds without a segmenter.
func LoadRules(r io.Reader) (*Rules, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	rules, problems := CheckRules(src, nil)
	for _, p := range problems {
		if !p.Warning {
			return nil, p
		}
	}
	return rules, nil
}

// DefaultRules returns the embedded coding rules of dict/rules.toml.
func DefaultRules() *Rules {
	r, err := LoadRules(bytes.NewReader(dict.File("rules.toml")))
	if err != nil {
		panic("dict/rules.toml: " + err.Error())
	}
	return r
}

// topKeys are the keys written before the first [[type]].
var topKeys = map[string]bool{"skip": true, "skip_headings": true}

// ruleKeys are the keys of a [[type]] table, in the order the message of
// an unknown key lists them.
var ruleKeys = []string{"id", "label", "any", "words", "phrases", "all", "not", "near", "within", "unless", "unless_within",
	"min", "people", "weak", "form", "serves", "titles", "not_titles", "asides", "asides_under", "places"}

// decodeErrorLine is the line the TOML decoder names in an error that is
// no ParseError (toml: line 12 (last key "type.min"): incompatible types…).
var decodeErrorLine = regexp.MustCompile(`^toml: line (\d+) `)

// CheckRules parses src and reports every problem it finds, in line order:
// syntax, unknown keys, missing id or label, duplicate ids, empty rules,
// bad terms, bad min or within. Given a segmenter, it also cuts every term
// as gse would: an entry of `words` that is not one gse word can never
// match (an error); an `any` entry that is several words is matched as a
// phrase (a warning, with the cut as a hint); a part of speech that gse
// never gives the word is an error. The rules are nil when there are
// errors other than warnings.
func CheckRules(src []byte, seg *segment.Segmenter) (*Rules, []RuleError) {
	var rules Rules
	md, err := toml.Decode(string(src), &rules)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, []RuleError{{Line: pe.Position.Line, Msg: pe.Message}}
		}
		// A value of the wrong type (asides = "学员", min = "2") is no
		// ParseError: its line is only in the message.
		line := 0
		if m := decodeErrorLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return nil, []RuleError{{Line: line, Msg: err.Error()}}
	}
	pos := scanRuleLines(src)
	var problems []RuleError
	add := func(line int, warn bool, format string, a ...any) {
		problems = append(problems, RuleError{Line: line, Warning: warn, Msg: fmt.Sprintf(format, a...)})
	}
	for _, k := range pos.unknown {
		if key, ok := strings.CutPrefix(k.name, "salience."); ok {
			add(k.line, false, "unknown key %q ([salience] takes %s)", key, strings.Join(salienceKeys, " "))
			continue
		}
		add(k.line, false, "unknown key %q (a [[type]] takes %s; skip goes before the first [[type]])", k.name, strings.Join(ruleKeys, " "))
	}
	dupSkip := map[string]bool{}
	for _, s := range rules.Skip {
		at := pos.topWord("skip", s)
		t, err := parseTerm(s, false)
		if err != nil {
			add(at, false, "skip: %v", err)
			continue
		}
		if dupSkip[t.text+"/"+t.pos] {
			add(at, true, "skip: %q is listed twice", s)
		}
		dupSkip[t.text+"/"+t.pos] = true
		if seg != nil {
			checkTerm(seg, t, "skip", "", at, add)
		}
		rules.skip = append(rules.skip, t)
	}
	rules.skipCompiled = true
	rules.skipIndex = newTermIndex(rules.skip)
	// skip_headings are matched in a folded heading, as written there
	// (下一步打算), not as gse words
	for i, h := range rules.SkipHeadings {
		if strings.TrimSpace(h) == "" {
			add(pos.topWord("skip_headings", h), false, "skip_headings: an empty entry would match every heading")
		}
		rules.SkipHeadings[i] = fold.ToSimplified(h)
	}
	if !md.IsDefined("salience") {
		// a rules file written before salience, or one that keeps
		// the defaults
		rules.Salience = defaultSalience()
	} else if !md.IsDefined("salience", "people") {
		// a table written before the types of people: their hits
		// weigh as any other
		rules.Salience.People = 1
	}
	// headings and titles are matched folded, so are the key words (重點 as
	// 重点), the words of an organisation's title (協會 as 协会) and the
	// marks of going into a place (走進 as 走进), and the words of a head
	// count (計 as 计, 當中 as 当中)
	for _, words := range [][]string{rules.Salience.KeyWords, rules.Salience.Overviews, rules.Salience.Organisations, rules.Salience.Reports, rules.Salience.Periods, rules.Salience.IntoMarks, rules.Salience.CountUnits, rules.Salience.CountAbout, rules.Salience.CountParts} {
		for i, w := range words {
			words[i] = fold.ToSimplified(w)
		}
	}
	for key, msg := range rules.Salience.check() {
		add(pos.salienceKey(key), false, "%s", msg)
	}
	if len(pos.unknown) == 0 {
		if keys := md.Undecoded(); len(keys) > 0 {
			add(0, false, "unknown key %q", keys[0].String())
		}
	}
	seen := map[string]int{}
	for i := range rules.Types {
		r := &rules.Types[i]
		line := pos.line(i, "")
		name := r.ID
		if name == "" {
			name = fmt.Sprintf("#%d", i+1)
			add(line, false, "type %s: missing id", name)
		} else if first, dup := seen[r.ID]; dup {
			add(pos.line(i, "id"), false, "type %s: duplicate id (first at line %d)", name, first)
		} else {
			seen[r.ID] = pos.line(i, "id")
		}
		if r.Label == "" {
			add(line, false, "type %s: missing label", name)
		}
		if len(r.Any)+len(r.Words)+len(r.Phrases)+len(r.All)+len(r.Near) == 0 {
			add(line, false, "type %s: empty rule: no any, words, phrases, all or near", name)
		}
		if r.Min < 0 {
			add(pos.line(i, "min"), false, "type %s: min must not be negative", name)
		}
		if r.Within < 0 {
			add(pos.line(i, "within"), false, "type %s: within must not be negative", name)
		}
		if r.Within > 0 && len(r.Near) == 0 {
			add(pos.line(i, "within"), true, "type %s: within has no near to apply to", name)
		}
		if r.UnlessWithin < 0 {
			add(pos.line(i, "unless_within"), false, "type %s: unless_within must not be negative", name)
		}
		if r.UnlessWithin > 0 && len(r.Unless) == 0 {
			add(pos.line(i, "unless_within"), true, "type %s: unless_within has no unless to apply to", name)
		}
		compile := func(key string, list []string, single bool) []term {
			var out []term
			dup := map[string]bool{}
			for _, s := range list {
				at := pos.word(i, key, s)
				t, err := parseTerm(s, single)
				if err != nil {
					add(at, false, "type %s: %s: %v", name, key, err)
					continue
				}
				if dup[t.text+"/"+t.pos] {
					add(at, true, "type %s: %s: %q is listed twice", name, key, s)
				}
				dup[t.text+"/"+t.pos] = true
				if seg != nil {
					checkTerm(seg, t, key, name, at, add)
				}
				out = append(out, t)
			}
			return out
		}
		r.compileWith(compile, func(key, s string) []term {
			at := pos.word(i, key, s)
			parts := strings.Fields(s)
			if len(parts) < 2 {
				add(at, false, "type %s: %s: %q needs two or more space-separated words", name, key, s)
				return nil
			}
			var group []term
			for _, p := range parts {
				t, err := parseTerm(p, false)
				if err != nil {
					add(at, false, "type %s: %s: %v", name, key, err)
					return nil
				}
				if seg != nil {
					checkTerm(seg, t, key, name, at, add)
				}
				group = append(group, t)
			}
			return group
		})
		for _, g := range r.unless {
			if !r.counts(g[0]) {
				add(pos.word(i, "unless", g[0].src), false, "type %s: unless: %q is not a word or phrase of the type", name, g[0].src)
			}
		}
		for _, list := range []struct {
			key   string
			words []string
		}{{"weak", r.Weak}, {"asides", r.Asides}} {
			for _, w := range list.words {
				if t, err := parseTerm(w, false); err != nil || !r.counts(t) {
					add(pos.word(i, list.key, w), false, "type %s: %s: %q is not a word or phrase of the type", name, list.key, w)
				}
			}
		}
		if (len(r.Asides) > 0) != (r.AsidesUnder != "") {
			add(pos.line(i, "asides"), false, "type %s: asides and asides_under go together", name)
		}
		if r.AsidesUnder != "" && rules.rule(r.AsidesUnder) == nil {
			add(pos.line(i, "asides_under"), false, "type %s: asides_under: no type %q", name, r.AsidesUnder)
		}
		if len(r.Places) > 0 && (!r.People || r.Serves) {
			add(pos.line(i, "places"), false, "type %s: places are those of people served (people = true, not serves)", name)
		}
		for _, w := range r.Places {
			if strings.TrimSpace(w) == "" {
				add(pos.word(i, "places", w), false, "type %s: places: an empty place is written everywhere", name)
			}
		}
	}
	// the [salience] lists that name types; the defaults' lists apply to a
	// file of other types too, so only a list the file writes is checked
	for _, list := range []struct {
		key string
		ids []string
	}{{"gifts", rules.Salience.Gifts}, {"openings", rules.Salience.Openings}} {
		if !md.IsDefined("salience", list.key) {
			continue
		}
		for _, id := range list.ids {
			if rules.rule(id) == nil {
				add(pos.salienceKey(list.key), false, "salience: %s: no type %q", list.key, id)
			}
		}
	}
	sortProblems(problems)
	for _, p := range problems {
		if !p.Warning {
			return nil, problems
		}
	}
	return &rules, problems
}

// checkTerm cuts a term with the segmenter the pipeline uses; name is ""
// for a term of the top-level skip list.
func checkTerm(seg *segment.Segmenter, t term, key, name string, line int, add func(int, bool, string, ...any)) {
	if name == "" {
		outer := add
		add = func(line int, warn bool, format string, a ...any) {
			outer(line, warn, strings.TrimPrefix(format, "type %s: "), a[1:]...)
		}
	}
	toks := seg.CutText(t.text, t.text)
	if len(toks) == 0 || t.suffix {
		return
	}
	cut := make([]string, len(toks))
	for i, tk := range toks {
		cut[i] = tk.Folded
	}
	switch {
	case len(toks) > 1 && t.single:
		add(line, false, "type %s: %s: %q is not one gse word (gse cuts it %s), so it never matches as a word; list it under phrases",
			name, key, t.src, strings.Join(cut, " + "))
	case len(toks) > 1 && key == "any":
		add(line, true, "type %s: any: %q is not one gse word (%s); it is matched as a phrase, list it under phrases to say so",
			name, t.src, strings.Join(cut, " + "))
	case len(toks) == 1 && t.pos != "" && !strings.HasPrefix(toks[0].POS, t.pos):
		add(line, false, "type %s: %s: gse tags %q as %s, never %s, so %q never matches",
			name, key, t.text, toks[0].POS, t.pos, t.src)
	}
}

// sortProblems orders problems by line, those of one line in the order found.
func sortProblems(ps []RuleError) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}

// ruleLines are the lines of the keys of a rules file, found by a scan of
// the text: BurntSushi/toml keeps key positions private.
type ruleLines struct {
	top      map[string]int   // top-level key → line
	salience int              // line of the [salience] table, 0 when none
	salKeys  map[string]int   // [salience] key → line
	tables   []int            // line of each [[type]]
	keys     []map[string]int // per table: key → line
	lines    []string
	unknown  []struct {
		name string
		line int
	}
}

func scanRuleLines(src []byte) *ruleLines {
	p := &ruleLines{lines: strings.Split(string(src), "\n"), top: map[string]int{}, salKeys: map[string]int{}}
	inType, inSalience := false, false
	inArray := false // inside a multi-line array value
	for n, raw := range p.lines {
		line := strings.TrimSpace(stripComment(raw))
		if line == "" {
			continue
		}
		if inArray {
			if strings.Contains(line, "]") {
				inArray = false
			}
			continue
		}
		if strings.HasPrefix(line, "[") {
			inType = strings.HasPrefix(line, "[[") && strings.Trim(line, "[] \t") == "type"
			inSalience = !strings.HasPrefix(line, "[[") && strings.Trim(line, "[] \t") == "salience"
			switch {
			case inSalience:
				p.salience = n + 1
			case inType:
				p.tables = append(p.tables, n+1)
				p.keys = append(p.keys, map[string]int{})
			default:
				p.unknown = append(p.unknown, struct {
					name string
					line int
				}{strings.Trim(line, "[] \t"), n + 1})
			}
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			continue
		}
		key := strings.Trim(strings.TrimSpace(line[:eq]), `"'`)
		value := strings.TrimSpace(line[eq+1:])
		if strings.HasPrefix(value, "[") && strings.Count(value, "[") > strings.Count(value, "]") {
			inArray = true
		}
		if inSalience {
			if _, seen := p.salKeys[key]; !seen && slices.Contains(salienceKeys, key) {
				p.salKeys[key] = n + 1
			}
			if !slices.Contains(salienceKeys, key) {
				p.unknown = append(p.unknown, struct {
					name string
					line int
				}{"salience." + key, n + 1})
			}
			continue
		}
		if len(p.tables) == 0 && topKeys[key] {
			if _, ok := p.top[key]; !ok {
				p.top[key] = n + 1
			}
			continue
		}
		if !inType || !slices.Contains(ruleKeys, key) {
			p.unknown = append(p.unknown, struct {
				name string
				line int
			}{key, n + 1})
			continue
		}
		if _, ok := p.keys[len(p.keys)-1][key]; !ok {
			p.keys[len(p.keys)-1][key] = n + 1
		}
	}
	return p
}

// stripComment drops a # comment that is not inside a quoted string.
func stripComment(s string) string {
	quote := rune(0)
	for i, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote == 0 && (r == '"' || r == '\''):
			quote = r
		case quote == 0 && r == '#':
			return s[:i]
		}
	}
	return s
}

// line is the line of key in the i-th [[type]] table, or of the table
// header when key is "" or not written.
func (p *ruleLines) line(i int, key string) int {
	if i >= len(p.tables) {
		return 0
	}
	if n, ok := p.keys[i][key]; ok {
		return n
	}
	return p.tables[i]
}

// salienceKey is the line of a key of the [salience] table, or of the
// table.
func (p *ruleLines) salienceKey(key string) int {
	if n, ok := p.salKeys[key]; ok {
		return n
	}
	return p.salience
}

// topWord is the line on which the quoted word of the top-level key is
// written, or the key's line.
func (p *ruleLines) topWord(key, word string) int {
	start := p.top[key]
	if start == 0 {
		return 0
	}
	end := len(p.lines)
	if len(p.tables) > 0 {
		end = p.tables[0] - 1
	}
	for n := start; n <= end; n++ {
		if strings.Contains(p.lines[n-1], `"`+word+`"`) || strings.Contains(p.lines[n-1], `'`+word+`'`) {
			return n
		}
	}
	return start
}

// word is the line on which the quoted word of key is written.
func (p *ruleLines) word(i int, key, word string) int {
	start := p.line(i, key)
	if start == 0 {
		return 0
	}
	end := len(p.lines)
	if i+1 < len(p.tables) {
		end = p.tables[i+1] - 1
	}
	for n := start; n <= end && n <= len(p.lines); n++ {
		if strings.Contains(p.lines[n-1], `"`+word+`"`) || strings.Contains(p.lines[n-1], `'`+word+`'`) {
			return n
		}
	}
	return start
}

// Skips tells whether an item under heading (an item's own heading or
// its section's) codes nothing: the heading, folded, up to its first
// clause mark, holds one of SkipHeadings.
func (rs *Rules) Skips(heading string) bool {
	if heading == "" {
		return false
	}
	h := fold.ToSimplified(heading)
	if i := strings.IndexAny(h, overviewEnds); i >= 0 {
		h = h[:i]
	}
	for _, w := range rs.SkipHeadings {
		if w != "" && strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// Code returns the types whose rules match the tokens, in rule order, each
// with its number of hits and the distinct words that matched.
func (rs *Rules) Code(toks []segment.Token) []TypeHit {
	hits, _ := rs.CodeParts(toks, nil)
	return hits
}

// CodeParts is Code of toks and Code of each part toks[p[0]:p[1]] (the
// activities of a document), the same answers found with less work: a
// part's term hits are the document's within it, and its skipped
// sentences the document's, unless a hit or a skipped sentence crosses
// the part's edge (that part is then coded on its own).
func (rs *Rules) CodeParts(toks []segment.Token, parts [][2]int) ([]TypeHit, [][]TypeHit) {
	var partHits [][]TypeHit
	x := rs.index()
	if len(parts) > 0 {
		partHits = make([][]TypeHit, len(parts))
		if x == nil || !rs.skipCompiled {
			for k, p := range parts {
				partHits[k] = rs.Code(toks[p[0]:p[1]])
			}
			return rs.Code(toks), partHits
		}
	}
	room := skipRooms.Get().(*[]segment.Token)
	defer skipRooms.Put(room)
	all := toks
	var before []int32 // with parts: the unskipped tokens before each token
	if len(parts) > 0 {
		before = make([]int32, len(toks)+1)
	}
	if unskipped, copied := rs.unskipped(toks, *room, before); copied {
		toks, *room = unskipped, unskipped[:0]
		defer clear(unskipped) // the pooled room keeps no document's text alive
	}
	var counted []ruleHits
	var places *tokenPlaces
	if x != nil {
		counted, places = x.count(toks, len(parts) > 0)
	}
	hits := rs.coded(toks, places, func(i int, rule *Rule) ruleHits {
		if counted != nil {
			return counted[i]
		}
		return rule.match(toks)
	})
	for k, p := range parts {
		lo, hi, ok := rs.sameSkips(all, before, p[0], p[1])
		for i := 0; ok && i < len(counted); i++ {
			ok = !counted[i].cross(lo, hi)
		}
		if !ok {
			partHits[k] = rs.Code(all[p[0]:p[1]])
			continue
		}
		partHits[k] = rs.coded(toks[lo:hi], places.part(lo, hi), func(i int, _ *Rule) ruleHits {
			return counted[i].within(lo, hi)
		})
	}
	return hits, partHits
}

// coded gives the types whose rules match toks, each rule's term hits given
// by termHits; places are those of toks.
func (rs *Rules) coded(toks []segment.Token, places *tokenPlaces, termHits func(int, *Rule) ruleHits) []TypeHit {
	var hits []TypeHit
	for i := range rs.Types {
		rule := rs.Types[i].compiledRule()
		h := termHits(i, rule)
		if places != nil {
			rule.matchNear(toks, places, &h)
		}
		h = rule.unlessHits(toks, h)
		n, words, at := h.n, h.words, h.at
		if n >= max(rule.Min, 1) && rule.admits(toks, places) {
			hits = append(hits, TypeHit{ID: rule.ID, Label: rule.Label, Hits: n, Words: words, At: at})
		}
	}
	return hits
}

// sameSkips tells whether the part toks[start:end] leaves out the same
// sentences as the whole toks does, given before (the unskipped tokens
// before each token of toks): it does unless a sentence cut by the part's
// edge is left out on one side only. lo and hi are then the part's place
// among the unskipped tokens.
func (rs *Rules) sameSkips(toks []segment.Token, before []int32, start, end int) (lo, hi int, ok bool) {
	if start >= end {
		return 0, 0, false
	}
	kept := func(i int) bool { return before[i+1] > before[i] }
	// cut tells whether the part's sentence toks[a:b] is a piece of a
	// longer sentence of toks whose skipping differs from the piece's.
	cut := func(a, b int) bool {
		whole := (a == 0 || sentenceEnds(toks[a-1], toks[a])) && (b == len(toks) || sentenceEnds(toks[b-1], toks[b]))
		return !whole && rs.skipIndex.holdsAny(toks[a:b]) == kept(a)
	}
	first := start + 1 // the end of the part's first sentence
	for first < end && !sentenceEnds(toks[first-1], toks[first]) {
		first++
	}
	last := end - 1 // the start of its last sentence
	for last > start && !sentenceEnds(toks[last-1], toks[last]) {
		last--
	}
	if cut(start, first) || last > start && cut(last, end) {
		return 0, 0, false
	}
	return int(before[start]), int(before[end]), true
}

// cross tells whether a term hit crosses the edge of the tokens [lo, hi):
// one that starts before lo and ends after it, or starts inside and ends
// after hi. Without one, the hits a rule finds in toks[lo:hi] on its own
// are those it found in the whole within [lo, hi): its left-to-right scan
// is at lo where it would start, and at each token the longest term it
// tries there fits in the part.
func (h *ruleHits) cross(lo, hi int) bool {
	for _, s := range h.spans {
		if s.start < lo && s.end > lo || s.start >= lo && s.start < hi && s.end > hi {
			return true
		}
	}
	return false
}

// within gives the term hits in the tokens [lo, hi), in the order found.
func (h *ruleHits) within(lo, hi int) ruleHits {
	var out ruleHits
	first := sort.Search(len(h.spans), func(k int) bool { return h.spans[k].start >= lo })
	for k := first; k < len(h.spans) && h.spans[k].start < hi; k++ {
		out.add(h.at[k])
	}
	return out
}

// skipRooms hold the room Code copies the unskipped tokens into: the copy
// lives only while Code runs (the hits keep words and offsets, no tokens),
// so a room is reused from one call to the next instead of made for each
// document and each of its activities.
var skipRooms = sync.Pool{New: func() any { return new([]segment.Token) }}

// unskipped returns toks without the sentences that hold a skip term, and
// whether that is a copy, made in room's storage when it is large enough;
// toks itself when no sentence is left out. before, when not nil (of one
// more than toks), is filled with the number of tokens kept before each.
func (rs *Rules) unskipped(toks, room []segment.Token, before []int32) ([]segment.Token, bool) {
	skip := rs.skip
	if !rs.skipCompiled {
		// Rules built in code: parse here, so Code stays safe for
		// concurrent use
		skip = nil
		for _, s := range rs.Skip {
			if t, err := parseTerm(s, false); err == nil {
				skip = append(skip, t)
			}
		}
	}
	if len(skip) == 0 {
		for i := 1; i < len(before); i++ {
			before[i] = int32(i)
		}
		return toks, false
	}
	var out []segment.Token
	index := rs.skipIndex
	if !rs.skipCompiled {
		index = newTermIndex(skip)
	}
	start := 0
	skipped := false
	for i := range toks {
		if i+1 < len(toks) && !sentenceEnds(toks[i], toks[i+1]) {
			continue
		}
		sentence := toks[start : i+1]
		left := index.holdsAny(sentence)
		for k := start; k <= i && before != nil; k++ {
			before[k+1] = before[k]
			if !left {
				before[k+1]++
			}
		}
		if left {
			if !skipped {
				// the first sentence left out: copy the ones before it,
				// into room for all the tokens (no copy as it grows)
				out, skipped = append(slices.Grow(room[:0], len(toks)-len(sentence)), toks[:start]...), true
			}
		} else if skipped {
			out = append(out, sentence...)
		}
		start = i + 1
	}
	if !skipped {
		return toks, false // most documents: nothing left out, nothing copied
	}
	return out, true
}

// sentenceEnds tells whether a sentence ends between the tokens a and b:
// a is 。！？； (or ! ? ;), or white space lies between them.
func sentenceEnds(a, b segment.Token) bool {
	switch a.Folded {
	case "。", "！", "？", "；", "!", "?", ";":
		return true
	}
	return b.Offset > a.Offset+utf8.RuneCountInString(a.Text)
}

// compile parses the terms of a Rule built in code rather than loaded,
// leaving out terms that do not parse (CheckRules reports them).
func (r *Rule) compile() {
	parse := func(_ string, list []string, single bool) []term {
		var out []term
		for _, s := range list {
			if t, err := parseTerm(s, single); err == nil {
				out = append(out, t)
			}
		}
		return out
	}
	r.compileWith(parse, func(key, s string) []term {
		if g := parse(key, strings.Fields(s), false); len(g) >= 2 {
			return g
		}
		return nil
	})
}

// compileWith fills the rule's term lists, parsing each key's list with
// parse and each near and unless entry with parseGroup (nil: left out).
func (r *Rule) compileWith(parse func(key string, list []string, single bool) []term, parseGroup func(key, s string) []term) {
	r.counted = append(append(parse("any", r.Any, false), parse("words", r.Words, true)...), parse("phrases", r.Phrases, false)...)
	r.all = parse("all", r.All, false)
	r.counted = append(r.counted, r.all...)
	r.named = append(slices.Clip(r.counted), parse("titles", r.Titles, false)...)
	r.not = parse("not", r.Not, false)
	r.untitled = parse("not_titles", r.NotTitles, false)
	r.near, r.unless = nil, nil
	for _, s := range r.Near {
		if g := parseGroup("near", s); g != nil {
			r.near = append(r.near, g)
		}
	}
	for _, s := range r.Unless {
		if g := parseGroup("unless", s); g != nil {
			r.unless = append(r.unless, g)
		}
	}
	if r.Min == 0 {
		r.Min = 1
	}
	r.starts, r.suffixes = map[rune]bool{}, nil
	for _, t := range r.counted {
		if t.suffix {
			r.suffixes = append(r.suffixes, t)
		} else {
			c, _ := utf8.DecodeRuneInString(t.text)
			r.starts[c] = true
		}
	}
	r.weak, r.asides, r.places = folded(r.Weak), folded(r.Asides), folded(r.Places)
	r.compiled = true
}

// folded are the folded texts of words, those that parse.
func folded(words []string) []string {
	var out []string
	for _, w := range words {
		if t, err := parseTerm(w, false); err == nil {
			out = append(out, t.text)
		}
	}
	return out
}

// counts tells whether t is a word or phrase of the rule (of any, words,
// phrases or all; not a suffix pattern).
func (r *Rule) counts(t term) bool {
	return slices.ContainsFunc(r.counted, func(c term) bool { return c.text == t.text && !c.suffix })
}

// unlessHits gives h without the hits an unless entry vetoes.
func (r *Rule) unlessHits(toks []segment.Token, h ruleHits) ruleHits {
	if len(r.unless) == 0 {
		return h
	}
	var out ruleHits
	for _, e := range h.at {
		if !r.vetoed(toks, e) {
			out.add(e)
		}
	}
	return out
}

// vetoed tells whether the hit e is of an unless entry's word and one of
// the entry's other terms lies within UnlessWithin runes of it, in the
// same sentence.
func (r *Rule) vetoed(toks []segment.Token, e Evidence) bool {
	window := r.UnlessWithin
	if window <= 0 {
		window = defaultUnlessWithin
	}
	end := func(tk segment.Token) int { return tk.Offset + utf8.RuneCountInString(tk.Text) }
	for _, g := range r.unless {
		if g[0].text != e.Word {
			continue
		}
		first := sort.Search(len(toks), func(k int) bool { return toks[k].Offset >= e.Offset })
		after := sort.Search(len(toks), func(k int) bool { return toks[k].Offset >= e.Offset+e.Length })
		for k := first - 1; k >= 0 && !sentenceEnds(toks[k], toks[k+1]); k-- {
			for _, t := range g[1:] {
				if w := termAt(toks, k, t); w > 0 && k+w <= first && e.Offset-end(toks[k+w-1]) <= window {
					return true
				}
			}
		}
		for k := after; k > 0 && k < len(toks) && !sentenceEnds(toks[k-1], toks[k]) && toks[k].Offset-e.Offset-e.Length <= window; k++ {
			for _, t := range g[1:] {
				if termAt(toks, k, t) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// admits tells whether every `all` term occurs and no `not` term does.
func (r *Rule) admits(toks []segment.Token, places *tokenPlaces) bool {
	for _, t := range r.all {
		if len(places.occurrences(toks, t)) == 0 {
			return false
		}
	}
	for _, t := range r.not {
		if len(places.occurrences(toks, t)) > 0 {
			return false
		}
	}
	return true
}

// match counts the hits of the rule's terms and near groups. A term
// occurs where it equals the folded text of one or more whole tokens
// starting at a token; the longest term at a position wins, so 空巢老人 is
// one hit, not also 老人. Evidence words are distinct, in order found; the
// hits' places are kept too, for readers who check the evidence in the text.
func (r *Rule) match(toks []segment.Token) ruleHits {
	var h ruleHits
	for i := 0; i < len(toks); {
		candidates := r.suffixes
		if c, _ := utf8.DecodeRuneInString(toks[i].Folded); r.starts[c] {
			candidates = r.counted
		}
		i += h.bestAt(toks, i, candidates, false)
	}
	r.matchNear(toks, nil, &h)
	return h
}

// ruleHits counts a rule's hits and keeps its distinct evidence words and
// where each hit is.
type ruleHits struct {
	n     int
	words []string
	// seen files the words once there are many: a rule's distinct words
	// in one document are mostly a few, found faster (and with no map
	// made) by a look through words.
	seen map[string]bool
	at   []Evidence
	// spans are the tokens of the term hits (the first len(spans) of
	// at), when count is asked to keep them.
	spans []span
}

// seenWords is how many distinct words ruleHits looks through before it
// files them in a map.
const seenWords = 16

// note counts a hit of w on the tokens s.
func (h *ruleHits) note(w string, toks []segment.Token, s span) {
	last := toks[s.end-1]
	offset := toks[s.start].Offset
	h.add(Evidence{Word: w, Offset: offset, Length: last.Offset + utf8.RuneCountInString(last.Text) - offset})
}

// add counts the hit e.
func (h *ruleHits) add(e Evidence) {
	w := e.Word
	h.n++
	h.at = append(h.at, e)
	switch {
	case h.seen != nil:
		if !h.seen[w] {
			h.seen[w] = true
			h.words = append(h.words, w)
		}
	case !slices.Contains(h.words, w):
		h.words = append(h.words, w)
		if len(h.words) > seenWords {
			h.seen = make(map[string]bool, 2*len(h.words))
			for _, x := range h.words {
				h.seen[x] = true
			}
		}
	}
}

// bestAt notes the longest of candidates at toks[i], if any, and returns
// how many tokens to move on; keepSpan keeps the hit's tokens in spans.
func (h *ruleHits) bestAt(toks []segment.Token, i int, candidates []term, keepSpan bool) int {
	best, width := term{}, 0
	for _, t := range candidates {
		if k := termAt(toks, i, t); k > 0 && len(t.text) > len(best.text) {
			best, width = t, k
		}
	}
	if width == 0 {
		return 1
	}
	if keepSpan {
		h.spans = append(h.spans, span{i, i + width})
	}
	if best.suffix {
		h.note(toks[i].Folded, toks, span{i, i + 1}) // the word itself is the evidence
	} else {
		h.note(best.text, toks, span{i, i + width})
	}
	return width
}

// matchNear counts the near groups; places, when not nil, are the
// positions of toks by first character, to find the terms without a scan.
func (r *Rule) matchNear(toks []segment.Token, places *tokenPlaces, h *ruleHits) {
	within := r.nearWithin()
	for _, g := range r.near {
		first := places.occurrences(toks, g[0])
		if len(first) == 0 {
			continue
		}
		others := make([][]span, len(g)-1)
		for k, t := range g[1:] {
			others[k] = places.occurrences(toks, t)
		}
		for _, f := range first {
			if nearAll(f, others, within) {
				texts := make([]string, len(g))
				for k, t := range g {
					texts[k] = t.text
				}
				h.note(strings.Join(texts, "~"), toks, f) // placed at its first word
			}
		}
	}
}

// span is a run of tokens [start, end).
type span struct{ start, end int }

// nearAll tells whether each list has a span within n tokens of f: at
// most n tokens between the two spans, on either side.
func nearAll(f span, others [][]span, n int) bool {
	for _, list := range others {
		ok := false
		for _, o := range list {
			if o.start >= f.end && o.start-f.end <= n || o.end <= f.start && f.start-o.end <= n {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func occurrences(toks []segment.Token, t term) []span {
	var out []span
	for i := range toks {
		if k := termAt(toks, i, t); k > 0 {
			out = append(out, span{i, i + k})
		}
	}
	return out
}

// termAt reports how many tokens from toks[i] spell t, or 0. A single
// term must be one whole token, with the part of speech when it has one.
func termAt(toks []segment.Token, i int, t term) int {
	if t.suffix {
		if strings.HasSuffix(toks[i].Folded, t.text) && strings.HasPrefix(toks[i].POS, t.pos) {
			return 1
		}
		return 0
	}
	if t.single {
		if toks[i].Folded == t.text && strings.HasPrefix(toks[i].POS, t.pos) {
			return 1
		}
		return 0
	}
	return phraseAt(toks, i, t.text)
}

// phraseAt reports how many tokens from toks[i] spell w exactly, or 0.
func phraseAt(toks []segment.Token, i int, w string) int {
	rest := w
	for k := i; k < len(toks); k++ {
		f := toks[k].Folded
		if f == "" || !strings.HasPrefix(rest, f) {
			return 0
		}
		rest = rest[len(f):]
		if rest == "" {
			return k - i + 1
		}
	}
	return 0
}
