package content

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Entity kinds.
const (
	KindOrg   = "org"
	KindPlace = "place"
)

// Entity is an organisation or a place named in the text: ××市民政局,
// 慈善总会, 兴月苑社区, 红沙沟小学. Redacted marks a name with a mask (××).
type Entity struct {
	Text     string `json:"text"`
	Kind     string `json:"kind"` // org or place
	Redacted bool   `json:"redacted"`
	Offset   int    `json:"offset"`
	Sentence string `json:"sentence"`
}

// EntityRules steer FindEntities: the suffixes that end an organisation
// or a place name, and the words never part of one (dict/entities.txt).
type EntityRules struct {
	Suffixes map[string]string // suffix → kind
	Not      map[string]bool
	// NeedsName are suffixes that make a name only after a proper name, a
	// mask or an administrative level: 文化广场 and 老旧小区 describe a
	// place, ××广场 names one.
	NeedsName map[string]bool
	// Levels are administrative levels (市, 区, 街道) that alone before an
	// organisation suffix pick out one unit: 区民政局, 市慈善总会.
	Levels map[string]bool
	// Categories begin nationwide category terms, not names: 社区 and 村
	// have no government of their own, so 社区卫生服务中心 and 社区居委会
	// name no unit unless a proper name or a mask is part of the name.
	Categories map[string]bool
	// NameWords are common words that serve as proper names of places and
	// bodies: the 人民 of 人民广场, the 中山 of 中山路.
	NameWords map[string]bool
	// Common are common words gse tags as proper names (慈善/nr, 治安/ns,
	// 护林/nz): they do not name a 慈善超市 or a 护林志愿队.
	Common  map[string]bool
	longest int // runes of the longest suffix
	// suffixEnds are the last characters of the suffixes: a text whose
	// last character is none of them ends no suffix, and most words of a
	// run end none (asked of every word of every run).
	suffixEnds *runeMap[struct{}]
}

// entitySections are the sections of dict/entities.txt.
var entitySections = []string{"org", "place", "not", "needs-name", "level", "category", "name-word", "common"}

// ParseEntityRules reads the [org] [place] [not] [needs-name] [level]
// [category] [name-word] [common] sections of dict/entities.txt: one word a line,
// # starts a comment line.
// A [needs-name] word must also be an [org] or [place] suffix.
func ParseEntityRules(r io.Reader) (*EntityRules, error) {
	er := &EntityRules{Suffixes: map[string]string{}, Not: map[string]bool{},
		NeedsName: map[string]bool{}, Levels: map[string]bool{}, Categories: map[string]bool{}, NameWords: map[string]bool{}, Common: map[string]bool{},
		suffixEnds: newRuneMap[struct{}]()}
	section := ""
	needs := map[string]int{} // word → line, checked once all suffixes are read
	err := dict.Lines(r, func(n int, line string) error {
		switch {
		case strings.HasPrefix(line, "["):
			name := strings.Trim(line, "[]")
			if !strings.HasSuffix(line, "]") || !slices.Contains(entitySections, name) {
				return fmt.Errorf("line %d: unknown section %s (want [%s])", n, line, strings.Join(entitySections, "], ["))
			}
			section = name
			return nil
		case strings.ContainsAny(line, " \t"):
			return fmt.Errorf("line %d: want one word, got %q", n, line)
		}
		switch section {
		case "":
			return fmt.Errorf("line %d: %q is before any section", n, line)
		case "not":
			er.Not[line] = true
		case "needs-name":
			needs[line] = n
		case "level":
			er.Levels[line] = true
		case "category":
			er.Categories[line] = true
		case "name-word":
			er.NameWords[line] = true
		case "common":
			er.Common[line] = true
		default:
			er.Suffixes[line] = section
			er.longest = max(er.longest, utf8.RuneCountInString(line))
			last, _ := utf8.DecodeLastRuneInString(line)
			*er.suffixEnds.at(last) = struct{}{}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for w, n := range needs {
		if er.Suffixes[w] == "" {
			return nil, fmt.Errorf("line %d: [needs-name] %q is not an [org] or [place] suffix", n, w)
		}
		er.NeedsName[w] = true
	}
	return er, nil
}

// DefaultEntityRules returns the embedded rules of dict/entities.txt.
func DefaultEntityRules() *EntityRules {
	er, err := ParseEntityRules(bytes.NewReader(dict.File("entities.txt")))
	if err != nil {
		panic("dict/entities.txt: " + err.Error())
	}
	return er
}

// FindEntities finds organisation and place names in the tokens of doc.
// A name is a run of name-like words (nouns, names, short modifiers,
// redaction masks, short quoted names) that ends with a suffix of rules
// (…社区, …民政局), with at least two characters before the suffix, not
// all of them one common word (居民小区) or generic suffix words
// (社区服务中心). The names in one run are one name, of the kind of the
// last: 兴月苑社区居委会 is an org.
func FindEntities(doc *ingest.Document, toks []segment.Token, rules *EntityRules) []Entity {
	return FindEntitiesIn(doc, nil, toks, rules)
}

// FindEntitiesIn is FindEntities given the runes of doc.Text, when the
// caller has them already (nil: made here if a name is found).
func FindEntitiesIn(doc *ingest.Document, text []rune, toks []segment.Token, rules *EntityRules) []Entity {
	var out []Entity
	for i := 0; i < len(toks); {
		run, next := rules.runAt(toks, i)
		out = append(out, rules.entitiesIn(run)...)
		i = next
	}
	if len(out) == 0 {
		return nil
	}
	if text == nil {
		text = []rune(doc.Text)
	}
	for k := range out {
		e := &out[k]
		e.Sentence = sentenceAt(doc, text, e.Offset)
		if n := utf8.RuneCountInString(e.Text); e.Offset >= 0 && e.Offset+n <= len(text) {
			e.Text = string(text[e.Offset : e.Offset+n]) // as written
		}
	}
	return out
}

// runAt returns the run of name-like tokens that starts at toks[i] (none
// if no run starts there) and the index after it.
// The run is toks[i:j], read in place, but for a glued last character.
func (rules *EntityRules) runAt(toks []segment.Token, i int) ([]segment.Token, int) {
	j := i
	if q := rules.quotedName(toks, i); q > 0 {
		// a quoted name starts a run: “蓝马甲”义工队
		j = q + 1
	} else {
		// a run starts on a name-like word that is not a number word (日 of
		// 26日××市), a verbal noun, a nominal adjective (安全 of 安全社区)
		// or a set phrase (行动不便)
		if p := toks[i].POS; !rules.nameLike(toks[i]) || p == "m" || p == "vn" || p == "an" || p == "l" {
			return nil, i + 1
		}
		j = i + 1
	}
	for j < len(toks) && adjacent(toks[j-1], toks[j]) {
		if q := rules.quotedName(toks, j); q > 0 {
			j = q + 1 // ××大学“春晖”支教团
			continue
		}
		run := toks[i:j:j] // full: appending copies
		if cut, ok := rules.glued(run, toks[j]); ok {
			return append(run, cut), j + 1 // ××司法所在册 cut ×× 司法 所在 册
		}
		t, prev := toks[j], toks[j-1]
		if !rules.nameLike(t) {
			break
		}
		// a verbal noun or a set phrase continues a run only after a name or
		// mask (××河旅游开发区) or in a run that is named (区残疾人综合服务中心,
		// 市妇联家庭教育讲师团), not after common nouns (净化社区)
		if (t.POS == "vn" || t.POS == "l") && !rules.proper(prev) && !isMask(prev.Folded) && !rules.runNamed(run) {
			break
		}
		j++
	}
	return toks[i:j:j], j
}

// adjacent tells whether token b directly follows token a in the text.
func adjacent(a, b segment.Token) bool {
	return b.Offset == a.Offset+utf8.RuneCountInString(a.Folded)
}

// maskRunes are the characters of a redaction mask: ××, ○○.
const maskRunes = "×*＊○"

// isMask tells whether w is a redaction mask.
func isMask(w string) bool {
	for _, r := range w {
		// Most words start with a common Han character (U+4E00–U+9FFF), never a mask.
		if r >= 0x4e00 && r <= 0x9fff || !strings.ContainsRune(maskRunes, r) {
			return false
		}
	}
	return w != ""
}

// hasMask tells whether w holds a redaction mask.
func hasMask(w string) bool { return strings.ContainsAny(w, maskRunes) }

// quote marks that open and close a quoted name.
const (
	openQuotes  = "“「『‘"
	closeQuotes = "”」』’"
	maxQuoted   = 8 // runes inside a quoted name
)

func isOpenQuote(w string) bool {
	return oneRune(w) && strings.Contains(openQuotes, w)
}
func isCloseQuote(w string) bool {
	return oneRune(w) && strings.Contains(closeQuotes, w)
}

// oneRune tells whether w is one rune, as utf8.RuneCountInString(w) == 1
// without counting a long word through.
func oneRune(w string) bool {
	_, size := utf8.DecodeRuneInString(w)
	return size > 0 && size == len(w)
}

// unclosedQuote tells whether s opens more quotes than it closes.
func unclosedQuote(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r < '‘' || r >= 0x4e00: // below and above every quote mark: most runes
		case strings.ContainsRune(openQuotes, r):
			n++
		case strings.ContainsRune(closeQuotes, r):
			n--
		}
	}
	return n > 0
}

// quotedName returns the index of the closing quote of a short quoted name
// of Han characters that starts at toks[i] and is directly followed by a
// name-like word (“护学岗”家长志愿队), or -1.
func (rules *EntityRules) quotedName(toks []segment.Token, i int) int {
	if i >= len(toks) || !isOpenQuote(toks[i].Folded) {
		return -1
	}
	n := 0
	for q := i + 1; q < len(toks) && adjacent(toks[q-1], toks[q]); q++ {
		w := toks[q].Folded
		if isCloseQuote(w) {
			if n == 0 || q+1 == len(toks) || !adjacent(toks[q], toks[q+1]) ||
				!rules.nameLike(toks[q+1]) || toks[q+1].POS == "m" || isMask(toks[q+1].Folded) {
				return -1
			}
			return q
		}
		n += utf8.RuneCountInString(w)
		if n > maxQuoted || !allHan(w) {
			return -1
		}
	}
	return -1
}

// glued tells whether t glues the last character of a name's suffix to a
// word of [not], as gse cuts ××司法所在册 into ×× 司法 所在 册 or 敬老院内
// into 敬老 院内, and returns that character as a token ending the run.
func (rules *EntityRules) glued(run []segment.Token, t segment.Token) (segment.Token, bool) {
	_, first := utf8.DecodeRuneInString(t.Folded) // texts are valid UTF-8
	if len(run) == 0 || first == len(t.Folded) || !rules.Not[t.Folded[first:]] || !allHan(t.Folded) {
		return t, false
	}
	_, firstWritten := utf8.DecodeRuneInString(t.Text)
	cut := segment.Token{Text: t.Text[:firstWritten], Folded: t.Folded[:first], POS: "n", Offset: t.Offset}
	with := append(slices.Clone(run), cut)
	var b strings.Builder
	for _, x := range with {
		b.WriteString(x.Folded)
	}
	text := []rune(b.String())
	for l := 2; l <= min(rules.longest, len(text)); l++ {
		if rules.Suffixes[string(text[len(text)-l:])] != "" && rules.endsName(with, len(with)-1) != "" {
			return cut, true
		}
	}
	return t, false
}

// entitiesIn finds the names in one run of name-like tokens: the run up to
// its last token that ends a name, cut to a sensible length, starting at
// its mask or quoted name when only common words come before
// (爱心企业××食品公司 → ××食品公司), and no name when it starts with a
// category word (社区卫生服务中心) or a bare type word (学校家长学校)
// with no proper name, mask or quoted name in it.
func (rules *EntityRules) entitiesIn(run []segment.Token) []Entity {
	const maxRunes = 16
	last, kind := -1, ""
	var upTo strings.Builder // the run's text up to token k, written once
	size := 0
	for _, t := range run {
		size += len(t.Folded)
	}
	upTo.Grow(size) // one allocation, not one each time it outgrows its room
	for k := range run {
		upTo.WriteString(run[k].Folded)
		if kd := rules.endsNameOf(run, k, upTo.String()); kd != "" {
			last, kind = k, kd
		}
	}
	if last < 0 {
		return nil
	}
	start := 0
	n := 0
	for k := last; k >= 0; k-- {
		n += utf8.RuneCountInString(run[k].Folded)
		if n > maxRunes {
			start = k + 1
			break
		}
	}
	span := run[start : last+1]
	if m := slices.IndexFunc(span, func(t segment.Token) bool {
		return isMask(t.Folded) || isOpenQuote(t.Folded)
	}); m > 0 && !slices.ContainsFunc(span[:m], func(t segment.Token) bool {
		return rules.naming(t) || rules.Levels[t.Folded] || rules.levelOrg(t.Folded)
	}) {
		span = span[m:] // 爱心企业××食品公司: the mask starts the name
	}
	var b strings.Builder
	for _, t := range span {
		b.WriteString(t.Folded)
	}
	text := b.String()
	if strings.ContainsAny(string([]rune(text)[:1]), "各本该每此我全") {
		return nil // 各乡镇, 本社区: a determiner, not a name
	}
	if !slices.ContainsFunc(span, rules.naming) {
		for c := range rules.Categories {
			if strings.HasPrefix(text, c) {
				return nil // 社区卫生服务中心: a category, not a name
			}
		}
		if len(span) > 1 && rules.Suffixes[span[0].Folded] != "" && !rules.Levels[span[0].Folded] {
			return nil // 学校家长学校, 小区物业公司: a bare type word names nothing
		}
	}
	return []Entity{{
		Text:     text,
		Kind:     kind,
		Redacted: hasMask(text),
		Offset:   span[0].Offset,
	}}
}

// naming tells whether a token names: a proper name, a mask, a quote mark
// of a quoted name or a [name-word].
func (rules *EntityRules) naming(t segment.Token) bool {
	return rules.proper(t) || hasMask(t.Folded) || isOpenQuote(t.Folded) || rules.hasNameWord(t.Folded)
}

// hasNameWord tells whether w holds a [name-word]: 人民广场.
func (rules *EntityRules) hasNameWord(w string) bool {
	for nw := range rules.NameWords {
		if strings.Contains(w, nw) {
			return true
		}
	}
	return false
}

// levelOrg tells whether w is a level and an organisation suffix in one
// word, as gse cuts 市妇联 and 市中心: a body of one tier.
func (rules *EntityRules) levelOrg(w string) bool {
	for l := range rules.Levels {
		if rest, ok := strings.CutPrefix(w, l); ok && rest != "" && rules.Suffixes[rest] == KindOrg {
			return true
		}
	}
	return false
}

// runNamed tells whether a run so far holds a name: a naming token, or a
// first word that is a level (区残疾人…) or a level body (市妇联家庭教育…).
func (rules *EntityRules) runNamed(run []segment.Token) bool {
	return len(run) > 0 && (rules.Levels[run[0].Folded] || rules.levelOrg(run[0].Folded)) ||
		slices.ContainsFunc(run, rules.naming)
}

// endsName returns the kind of name that run[:k+1] ends, or "".
func (rules *EntityRules) endsName(run []segment.Token, k int) string {
	var b strings.Builder
	for _, t := range run[:k+1] {
		b.WriteString(t.Folded)
	}
	return rules.endsNameOf(run, k, b.String())
}

// endsNameOf is endsName given s, the text of the run up to and with
// token k.
func (rules *EntityRules) endsNameOf(run []segment.Token, k int, s string) string {
	if !rules.mayEndSuffix(s) {
		return "" // no suffix ends s: every way below ends with ""
	}
	tk := run[k]
	n := utf8.RuneCountInString(tk.Folded)
	// whether the run holds a proper name, a redaction mask, a quoted name
	// or a [name-word] (asked only where it decides: most runs end no name)
	proper := func() bool { return slices.ContainsFunc(run[:k+1], rules.naming) }
	text := []rune(s)
	if unclosedQuote(s) {
		return "" // a name does not end inside a quoted name: “村村响”广播
	}
	if k == 0 && rules.Suffixes[tk.Folded] != "" {
		return "" // 居委会, 党工委: a suffix word alone, whatever gse tags it
	}
	for l := min(rules.longest, len(text)-1); l >= 1; l-- {
		kind, ok := rules.Suffixes[string(text[len(text)-l:])]
		if !ok {
			continue
		}
		if len(text)-l < 2 && !(kind == KindOrg && rules.levelOnly(run[:k+1], len(text)-l)) {
			continue // a name has two characters before its suffix, but 区残联 one level
		}
		if l > n {
			// a suffix wider than its last word must start on a word boundary
			// or, as in ××市民政局 cut ×× 市民 政局, after other words
			if !rules.startsAtBoundary(run[:k+1], len(text)-l) && k < 2 {
				continue
			}
		}
		if l < n && k == 0 && !proper() {
			return "" // 居民小区, 文化广场: one common word, no name before it
		}
		if l == 1 && tk.Folded != string(text[len(text)-1:]) && !proper() {
			return "" // 城市, 政局: a common word, not a name
		}
		if rules.onlySuffixes(run[:k+1], len(text)-l) && !(kind == KindOrg && rules.levelOnly(run[:k+1], len(text)-l)) {
			return "" // 社区服务中心: generic words, no name (but 区民政局 names one)
		}
		if rules.NeedsName[string(text[len(text)-l:])] && !rules.named(run[:k+1], len(text)-l) {
			continue // 文化广场, 老旧小区: a description, not a name
		}
		return kind
	}
	return ""
}

// mayEndSuffix tells whether s could end with a suffix: its last
// character ends one. A necessary condition, asked before s is made runes.
func (rules *EntityRules) mayEndSuffix(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return rules.suffixEnds.has(last)
}

// onlySuffixes tells whether the first n runes of the run's text are
// whole tokens that are themselves suffixes: a modifier that names nothing.
func (rules *EntityRules) onlySuffixes(run []segment.Token, n int) bool {
	at := 0
	for _, t := range run {
		if at >= n {
			break
		}
		w := utf8.RuneCountInString(t.Folded)
		if at+w > n || rules.Suffixes[t.Folded] == "" {
			return false
		}
		at += w
	}
	return true
}

// named tells whether the first n runes of the run's text (the part
// before the suffix) hold a proper name, a mask, a quoted name, a
// [name-word] or a level word, or start with a level body: ××广场,
// 福星花园, “蓝马甲”义工队, 人民广场, 市文化广场, 环镇公路,
// 市妇联家庭教育讲师团.
func (rules *EntityRules) named(run []segment.Token, n int) bool {
	var b strings.Builder
	at := 0
	for i, t := range run {
		if at >= n {
			break
		}
		b.WriteString(t.Folded)
		if rules.proper(t) || hasMask(t.Folded) || isOpenQuote(t.Folded) || rules.Levels[t.Folded] ||
			i == 0 && rules.levelOrg(t.Folded) {
			return true
		}
		at += utf8.RuneCountInString(t.Folded)
	}
	return rules.hasNameWord(string([]rune(b.String())[:min(n, utf8.RuneCountInString(b.String()))]))
}

// levelOnly tells whether the first n runes of the run's text are one
// administrative level word: the 区 of 区残联.
func (rules *EntityRules) levelOnly(run []segment.Token, n int) bool {
	return len(run) > 1 && utf8.RuneCountInString(run[0].Folded) == n && rules.Levels[run[0].Folded]
}

// startsAtBoundary tells whether rune position at of the run's text is
// the start of one of its tokens.
func (rules *EntityRules) startsAtBoundary(run []segment.Token, at int) bool {
	n := 0
	for _, t := range run {
		if n == at {
			return true
		}
		n += utf8.RuneCountInString(t.Folded)
	}
	return false
}

// proper tells whether gse tags t a proper name (nr, ns, nt, nz) and it
// is not a [common] word gse tags so (慈善/nr, 治安/ns, 护林/nz).
func (rules *EntityRules) proper(t segment.Token) bool {
	return isProperPOS(t.POS) && !rules.Common[t.Folded]
}

func isProperPOS(pos string) bool {
	return pos == "ns" || pos == "nt" || pos == "nr" || pos == "nz" || pos == "nrt"
}

// nameLike tells whether a token can be part of a name: suffix words
// whatever gse tags them (超市/v), nouns, names, abbreviations, verbal
// nouns, nominal adjectives (卫生 of 卫生服务中心), set phrases (家庭教育 of
// 市妇联家庭教育讲师团), one-character adjectives, one-character morphemes
// not in [not] (gse tags the preposition 为 zg, so 为 is in [not]),
// non-numeral m (月 in 兴月苑) and redaction masks; not punctuation,
// verbs, pronouns, numbers or the words of [not].
func (rules *EntityRules) nameLike(t segment.Token) bool {
	w := t.Folded
	if w == "" {
		return false
	}
	// Punctuation, digits and Latin are answered by their runes, the
	// words of other tags by their tag; the [not] words are looked up only
	// for a word that would be name-like (asked of most words of a text).
	mask := isMask(w)
	if !mask && !allHan(w) {
		return false
	}
	if mask {
		return !rules.Not[w]
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case rules.suffixEnds.has(last) && rules.Suffixes[w] != "":
		// 超市, whatever gse tags it (v)
	case strings.HasPrefix(t.POS, "n"), t.POS == "j", t.POS == "vn", t.POS == "zg", t.POS == "b", t.POS == "an", t.POS == "l":
	case t.POS == "a" && utf8.RuneCountInString(w) == 1:
	case t.POS == "m":
		if strings.Trim(w, "零〇一二三四五六七八九十百千万亿两几数半") == "" {
			return false
		}
	case t.POS == "x":
	default:
		return false
	}
	return !rules.Not[w]
}

// allHan tells whether w is all Han characters.
func allHan(w string) bool {
	for _, r := range w {
		// The common block first: every rune of it is Han.
		if (r < 0x4e00 || r > 0x9fff) && !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// sentenceAt is the text of the sentence holding offset, or "".
func sentenceAt(doc *ingest.Document, text []rune, offset int) string {
	ss := doc.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > offset })
	if k == len(ss) || ss[k].Start > offset {
		return ""
	}
	s, e := max(ss[k].Start, 0), min(ss[k].End, len(text))
	if s >= e {
		return ""
	}
	return strings.TrimSpace(string(text[s:e]))
}
