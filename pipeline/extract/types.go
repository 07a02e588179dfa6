package extract

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Rule codes one activity type: it matches where at least Min of its
// words or phrases occur.
type Rule struct {
	ID    string   `toml:"id"`
	Label string   `toml:"label"`
	Any   []string `toml:"any"`
	Min   int      `toml:"min"`
}

// Rules is an ordered set of coding rules; the order is the order of the
// Types in a Record.
type Rules struct {
	Types []Rule `toml:"type"`
}

// LoadRules reads coding rules in the TOML form of dict/rules.toml and
// checks them: every rule needs an id, a label and words, ids are unique,
// and no key is unknown.
func LoadRules(r io.Reader) (*Rules, error) {
	var rules Rules
	md, err := toml.NewDecoder(r).Decode(&rules)
	if err != nil {
		return nil, err
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("unknown key %q", keys[0].String())
	}
	seen := map[string]bool{}
	for i, t := range rules.Types {
		switch {
		case t.ID == "":
			return nil, fmt.Errorf("type %d: missing id", i+1)
		case seen[t.ID]:
			return nil, fmt.Errorf("type %q: duplicate id", t.ID)
		case t.Label == "":
			return nil, fmt.Errorf("type %q: missing label", t.ID)
		case len(t.Any) == 0:
			return nil, fmt.Errorf("type %q: no words", t.ID)
		case t.Min < 0:
			return nil, fmt.Errorf("type %q: negative min", t.ID)
		}
		seen[t.ID] = true
		if rules.Types[i].Min == 0 {
			rules.Types[i].Min = 1
		}
	}
	return &rules, nil
}

// DefaultRules returns the embedded coding rules of dict/rules.toml.
func DefaultRules() *Rules {
	r, err := LoadRules(bytes.NewReader(dict.File("rules.toml")))
	if err != nil {
		panic("dict/rules.toml: " + err.Error())
	}
	return r
}

// Code returns the types whose rules match the tokens, in rule order, each
// with its number of hits and the distinct words that matched.
func (rs *Rules) Code(toks []segment.Token) []TypeHit {
	var hits []TypeHit
	for _, rule := range rs.Types {
		n, words := rule.match(toks)
		if n >= rule.Min {
			hits = append(hits, TypeHit{ID: rule.ID, Label: rule.Label, Hits: n, Words: words})
		}
	}
	return hits
}

// match counts the occurrences of the rule's words: a word or phrase
// occurs where it equals the folded text of one or more whole tokens
// starting at a token. The longest phrase at a position wins, so
// 空巢老人 is one hit, not also 老人.
func (r Rule) match(toks []segment.Token) (int, []string) {
	n := 0
	var words []string
	seen := map[string]bool{}
	for i := 0; i < len(toks); {
		best, span := "", 0
		for _, w := range r.Any {
			if k := phraseAt(toks, i, w); k > 0 && len(w) > len(best) {
				best, span = w, k
			}
		}
		if span == 0 {
			i++
			continue
		}
		n++
		if !seen[best] {
			seen[best] = true
			words = append(words, best)
		}
		i += span
	}
	return n, words
}

// phraseAt reports how many tokens from toks[i] spell w exactly, or 0.
func phraseAt(toks []segment.Token, i int, w string) int {
	rest := w
	for k := i; k < len(toks); k++ {
		f := toks[k].Folded
		if !strings.HasPrefix(rest, f) {
			return 0
		}
		rest = rest[len(f):]
		if rest == "" {
			return k - i + 1
		}
	}
	return 0
}
