package extract

import (
	"strings"
	"testing"
)

func TestParseWordSections(t *testing.T) {
	ws, err := parseWordSections(strings.NewReader("# c\n[a]\nx y\n\nz\n[b]\n约 预 签\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ws.words("a"), ","); got != "x,y,z" {
		t.Errorf("words(a) = %q", got)
	}
	if got := ws.lists("b")["约"]; strings.Join(got, "") != "预签" {
		t.Errorf("lists(b) = %q", got)
	}
	bad := []struct{ in, err string }{
		{"x\n", "line 1: \"x\" before any [section]"},
		{"[a]\n[a]\n", "line 2: duplicate section"},
		{"[a\n", "line 1: bad section header"},
		{"[a]\n\xff\n", "line 2: not valid UTF-8"},
	}
	for _, tt := range bad {
		if _, err := parseWordSections(strings.NewReader(tt.in)); err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("parseWordSections(%q) error = %v; want prefix %q", tt.in, err, tt.err)
		}
	}
}

// TestNumericWordLists loads the embedded dict/ lists: a missing section
// or a malformed entry panics here rather than in a user's run.
func TestNumericWordLists(t *testing.T) {
	nw, err := loadNumberWords()
	if err != nil {
		t.Fatal(err)
	}
	q, m, d := nw.q, nw.m, nw.d
	if len(q.approxBefore) == 0 || q.approxAfterNumber == "" || len(q.notCountAfter) == 0 || len(q.idiomsByRune) == 0 {
		t.Errorf("quantity words not loaded: %+v", q)
	}
	if len(m.yuanAfter) == 0 || len(m.foreignBefore) == 0 || m.fraction['角'] != 0.1 {
		t.Errorf("money words not loaded: %+v", m)
	}
	if len(d.monthParts) == 0 || len(d.separators) == 0 || len(d.namedPeriods) == 0 {
		t.Errorf("date words not loaded: %+v", d)
	}
	// Longer words are tried first: 人民币 before 元, 大约 before 约.
	if q.approxBefore[0] == "约" || m.yuanAfter[len(m.yuanAfter)-1] == "人民币" {
		t.Errorf("lists not longest first: %q %q", q.approxBefore, m.yuanAfter)
	}
}

// FuzzLoadMeasureWords and FuzzParseWordSections: replacement data files
// (zongjie --dict) never panic their parsers.
func FuzzLoadMeasureWords(f *testing.F) {
	f.Add("人 people\n户 households\n# c\n")
	f.Add("bad line")
	f.Fuzz(func(t *testing.T, s string) {
		mw, err := LoadMeasureWords(strings.NewReader(s))
		if err == nil && mw.Len() > strings.Count(s, "\n")+1 {
			t.Fatalf("%d measure words from %d lines", mw.Len(), strings.Count(s, "\n")+1)
		}
	})
}

func FuzzParseWordSections(f *testing.F) {
	f.Add("[approx_before]\n约\n近\n[idioms]\n三番五次\n")
	f.Add("word before section\n[")
	f.Fuzz(func(t *testing.T, s string) {
		ws, err := parseWordSections(strings.NewReader(s))
		if err == nil {
			for name := range ws {
				if name == "" {
					t.Fatalf("empty section name from %q", s)
				}
			}
		}
	})
}
