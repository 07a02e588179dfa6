package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseSections(t *testing.T) {
	ws, err := ParseSections(strings.NewReader("# c\n[a]\nx y\n\n[b]\nn 2.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := ws.Words("a"); !reflect.DeepEqual(got, []string{"x", "y"}) {
		t.Errorf("Words(a) = %q", got)
	}
	if n, err := ws.Numbers("b"); err != nil || n["n"] != 2.5 {
		t.Errorf("Numbers(b) = %v, %v", n, err)
	}
	if _, err := ws.Numbers("a"); err == nil {
		t.Errorf("Numbers(a): no error for %q", ws["a"])
	}
	for in, want := range map[string]string{
		"x":         `line 1: "x" before any [section]`,
		"[a]\n[a]":  `line 2: duplicate section "a"`,
		"[]":        `line 1: bad section header "[]"`,
		"[a\n":      `line 1: bad section header "[a"`,
		"[a]\n\xff": "line 2: not valid UTF-8",
	} {
		if _, err := ParseSections(strings.NewReader(in)); err == nil || err.Error() != want {
			t.Errorf("ParseSections(%q) error = %v, want %s", in, err, want)
		}
	}
}

func FuzzParseSections(f *testing.F) {
	f.Add("[a]\nx y\n[b]\nn 1\n")
	f.Fuzz(func(t *testing.T, s string) {
		ws, err := ParseSections(strings.NewReader(s))
		if err != nil {
			return
		}
		for name := range ws {
			ws.Words(name)
			ws.Numbers(name)
		}
	})
}
