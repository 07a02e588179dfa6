package export

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// labelsTSV names the workbook's sheets, headers and captions in Chinese.
//
//go:embed labels.tsv
var labelsTSV string

// Languages are the values of --lang.
var Languages = []string{"en", "zh"}

// Labels names sheets, column headers, Summary measures, chart titles and
// About rows in one language. It is applied where a name is written, so the
// tables themselves are defined once, in English. A nil *Labels is English.
type Labels struct {
	lang  string
	names map[string]string // English → this language
}

// NewLabels gives the labels of lang, "en" or "zh".
func NewLabels(lang string) (*Labels, error) {
	switch lang {
	case "", "en":
		return nil, nil
	case "zh":
		names, err := parseLabels(labelsTSV)
		if err != nil {
			return nil, fmt.Errorf("labels.tsv: %w", err)
		}
		return &Labels{lang: "zh", names: names}, nil
	}
	return nil, fmt.Errorf("language %q: want one of %s", lang, strings.Join(Languages, ", "))
}

// Name is en in the language of l; a name the table lacks stays English.
func (l *Labels) Name(en string) string {
	if l == nil {
		return en
	}
	if s, ok := l.names[en]; ok {
		return s
	}
	return en
}

// note gives an About note in the language of l: the text that labels.tsv
// holds as "note: key", else the English text (a note too specific to
// translate, such as one naming counts and sheets).
func (l *Labels) note(key, en string) string {
	if l == nil || key == "" {
		return en
	}
	if s, ok := l.names["note: "+key]; ok {
		return s
	}
	return en
}

// header names a header cell: names in the table are translated, the rest
// (years, type ids, document variables) are data and stay as they are.
func (l *Labels) header(h any) any {
	if s, ok := h.(string); ok {
		return l.Name(s)
	}
	return h
}

// withTypes adds the activity types, so that a column named by a type id is
// headed by the type's label (宣传教育 for publicity).
func (l *Labels) withTypes(types []extract.TypeHit) *Labels {
	if l == nil {
		return nil
	}
	c := &Labels{lang: l.lang, names: map[string]string{}}
	for _, t := range types {
		if t.Label != "" {
			c.names[t.ID] = t.Label
		}
	}
	for en, s := range l.names {
		c.names[en] = s
	}
	return c
}

// parseLabels reads English<TAB>Chinese lines; # starts a comment line.
func parseLabels(src string) (map[string]string, error) {
	names := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, zh, ok := strings.Cut(line, "\t")
		if !ok || en == "" || zh == "" || strings.Contains(zh, "\t") {
			return nil, fmt.Errorf("line %d: want English<TAB>Chinese, got %q", n+1, line)
		}
		if _, dup := names[en]; dup {
			return nil, fmt.Errorf("line %d: %q named twice", n+1, en)
		}
		names[en] = zh
	}
	return names, nil
}
