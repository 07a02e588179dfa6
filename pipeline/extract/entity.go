package extract

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
	Levels  map[string]bool
	longest int // runes of the longest suffix
}

// entitySections are the sections of dict/entities.txt.
var entitySections = []string{"org", "place", "not", "needs-name", "level"}

// ParseEntityRules reads the [org] [place] [not] [needs-name] [level]
// sections of dict/entities.txt: one word a line, # starts a comment line.
// A [needs-name] word must also be an [org] or [place] suffix.
func ParseEntityRules(r io.Reader) (*EntityRules, error) {
	er := &EntityRules{Suffixes: map[string]string{}, Not: map[string]bool{},
		NeedsName: map[string]bool{}, Levels: map[string]bool{}}
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
		default:
			er.Suffixes[line] = section
			er.longest = max(er.longest, utf8.RuneCountInString(line))
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
// redaction masks) that ends with a suffix of rules (…社区, …民政局), with
// at least two characters before the suffix, not all of them one common
// word (居民小区) or generic suffix words (社区服务中心). The names in one
// run are one name, of the kind of the last: 兴月苑社区居委会 is an org.
func FindEntities(doc *ingest.Document, toks []segment.Token, rules *EntityRules) []Entity {
	var out []Entity
	for i := 0; i < len(toks); {
		if !rules.nameLike(toks[i]) {
			i++
			continue
		}
		// a run starts on a name-like word that is not a number word (日 of
		// 26日××市), a verbal noun or a nominal adjective (安全 of 安全社区); a verbal noun continues a run only
		// after a name or mask (××河旅游开发区), not a common noun (净化社区)
		if toks[i].POS == "m" || toks[i].POS == "vn" || toks[i].POS == "an" {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && rules.nameLike(toks[j]) && toks[j].Offset == toks[j-1].Offset+utf8.RuneCountInString(toks[j-1].Folded) &&
			(toks[j].POS != "vn" || isProperPOS(toks[j-1].POS) || strings.Trim(toks[j-1].Folded, "×*＊") == "") {
			j++
		}
		out = append(out, rules.entitiesIn(toks[i:j])...)
		i = j
	}
	text := []rune(doc.Text)
	for k := range out {
		e := &out[k]
		e.Sentence = sentenceAt(doc, text, e.Offset)
		if n := utf8.RuneCountInString(e.Text); e.Offset >= 0 && e.Offset+n <= len(text) {
			e.Text = string(text[e.Offset : e.Offset+n]) // as written
		}
	}
	return out
}

// entitiesIn finds the names in one run of name-like tokens: the run up to
// its last token that ends a name, cut to a sensible length.
func (rules *EntityRules) entitiesIn(run []segment.Token) []Entity {
	const maxRunes = 16
	last, kind := -1, ""
	for k := range run {
		if kd := rules.endsName(run, k); kd != "" {
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
	var b strings.Builder
	for _, t := range run[start : last+1] {
		b.WriteString(t.Folded)
	}
	text := b.String()
	if strings.ContainsAny(string([]rune(text)[:1]), "各本该每此我全") {
		return nil // 各乡镇, 本社区: a determiner, not a name
	}
	return []Entity{{
		Text:     text,
		Kind:     kind,
		Redacted: strings.ContainsAny(text, "×*＊"),
		Offset:   run[start].Offset,
	}}
}

// endsName returns the kind of name that run[:k+1] ends, or "".
func (rules *EntityRules) endsName(run []segment.Token, k int) string {
	tk := run[k]
	n := utf8.RuneCountInString(tk.Folded)
	// the text of the run up to and with token k, and whether it holds a
	// proper name or a redaction mask
	var b strings.Builder
	proper := false
	for _, t := range run[:k+1] {
		b.WriteString(t.Folded)
		proper = proper || isProperPOS(t.POS) || strings.ContainsAny(t.Folded, "×*＊")
	}
	text := []rune(b.String())
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
		if l < n && k == 0 && !proper {
			return "" // 居民小区, 文化广场: one common word, no name before it
		}
		if l == 1 && tk.Folded != string(text[len(text)-1:]) && !proper {
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
// before the suffix) hold a proper name or a mask, or start with an
// administrative level: ××广场, 福星花园, 市文化广场.
func (rules *EntityRules) named(run []segment.Token, n int) bool {
	at := 0
	for i, t := range run {
		if at >= n {
			break
		}
		if isProperPOS(t.POS) || strings.ContainsAny(t.Folded, "×*＊") || i == 0 && rules.Levels[t.Folded] {
			return true
		}
		at += utf8.RuneCountInString(t.Folded)
	}
	return false
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

func isProperPOS(pos string) bool {
	return pos == "ns" || pos == "nt" || pos == "nr" || pos == "nz" || pos == "nrt"
}

// nameLike tells whether a token can be part of a name: nouns, names,
// abbreviations, verbal nouns, nominal adjectives (卫生 of 卫生服务中心),
// one-character adjectives, one-character morphemes not in [not] (gse tags
// the preposition 为 zg, so 为 is in [not]), non-numeral m
// (月 in 兴月苑) and redaction masks; not punctuation, verbs, pronouns,
// numbers or the words of [not].
func (rules *EntityRules) nameLike(t segment.Token) bool {
	w := t.Folded
	if w == "" || rules.Not[w] {
		return false
	}
	if strings.Trim(w, "×*＊") == "" {
		return true
	}
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	switch {
	case strings.HasPrefix(t.POS, "n"), t.POS == "j", t.POS == "vn", t.POS == "zg", t.POS == "b", t.POS == "an":
		return true
	case t.POS == "a" && utf8.RuneCountInString(w) == 1:
		return true
	case t.POS == "m":
		return strings.Trim(w, "零〇一二三四五六七八九十百千万亿两几数半") != ""
	case t.POS == "x":
		return true
	}
	return false
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
