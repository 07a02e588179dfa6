package report

import (
	"slices"
	"strings"
	"testing"
)

// show writes nodes as text with each mark as [id …], to compare shapes.
func show(nodes []*Node) string {
	var b strings.Builder
	var walk func([]*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(n.Text)
				continue
			}
			b.WriteString("[" + n.Mark.ID + " ")
			walk(n.Children)
			b.WriteString("]")
		}
	}
	walk(nodes)
	return b.String()
}

func TestNest(t *testing.T) {
	m := func(id string, start, end int) *Mark { return &Mark{ID: id, Kind: "quantity", Start: start, End: end} }
	tests := []struct {
		name     string
		from, to int
		marks    []*Mark
		want     string
	}{
		{"no marks", 0, 6, nil, "abcdef"},
		{"one mark", 0, 6, []*Mark{m("a", 1, 3)}, "a[a bc]def"},
		{"inner mark nests", 0, 6, []*Mark{m("in", 2, 3), m("out", 1, 5)}, "a[out b[in c]de]f"},
		{"same start: longer outside", 0, 6, []*Mark{m("short", 1, 2), m("long", 1, 4)}, "a[long [short b]cd]ef"},
		{"crossing marks: the later is split", 0, 6, []*Mark{m("x", 0, 3), m("y", 2, 5)}, "[x ab[y c]][y de]f"},
		{"mark clipped to the range", 2, 5, []*Mark{m("x", 0, 3), m("y", 4, 9)}, "[x c]d[y e]"},
		{"mark outside the range", 0, 3, []*Mark{m("x", 4, 5)}, "abc"},
		{"empty mark left out", 0, 3, []*Mark{m("x", 1, 1)}, "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, mk := range tt.marks {
				mk.seq = i
			}
			if got := show(nest([]rune("abcdef"), tt.from, tt.to, tt.marks)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNestSameSpanByKind(t *testing.T) {
	// An evidence word that is also an entity: the order of kinds decides,
	// not the order the marks came in.
	a := &Mark{ID: "e1", Kind: "entity", Start: 0, End: 2}
	b := &Mark{ID: "t1", Kind: "activity-type", Start: 0, End: 2, seq: 1}
	for _, marks := range [][]*Mark{{a, b}, {b, a}} {
		if got := show(nest([]rune("老人"), 0, 2, marks)); got != "[t1 [e1 老人]]" {
			t.Errorf("got %s", got)
		}
	}
}

// checkNest checks what every nesting must keep: the text of the range
// in order, and each mark's pieces covering exactly its clipped span.
func checkNest(t *testing.T, text []rune, from, to int, marks []*Mark) {
	t.Helper()
	nodes := nest(text, from, to, marks)
	covered := map[*Mark][]int{}
	var b strings.Builder
	at := from
	var walk func([]*Node, []*Mark)
	walk = func(ns []*Node, open []*Mark) {
		for _, n := range ns {
			if n.Mark != nil {
				walk(n.Children, append(open, n.Mark))
				continue
			}
			b.WriteString(n.Text)
			for range []rune(n.Text) {
				for _, m := range open {
					covered[m] = append(covered[m], at)
				}
				at++
			}
		}
	}
	walk(nodes, nil)
	if b.String() != string(text[from:to]) {
		t.Fatalf("text %q, want %q", b.String(), string(text[from:to]))
	}
	for _, m := range marks {
		var want []int
		for i := max(m.Start, from); i < min(m.End, to); i++ {
			want = append(want, i)
		}
		if got := covered[m]; !slices.Equal(got, want) {
			t.Fatalf("mark %s [%d,%d) covers %v", m.ID, m.Start, m.End, got)
		}
	}
}

func FuzzNest(f *testing.F) {
	f.Add("今年共走访慰问困难家庭65户", []byte{0, 4, 2, 6, 5, 9, 9, 14})
	f.Add("abcdef", []byte{0, 3, 2, 5, 1, 1, 4, 9})
	f.Fuzz(func(t *testing.T, s string, spans []byte) {
		text := []rune(s)
		var marks []*Mark
		for i := 0; i+1 < len(spans) && len(marks) < 20; i += 2 {
			start, end := int(spans[i])%(len(text)+1), int(spans[i+1])%(len(text)+1)
			if start > end {
				start, end = end, start
			}
			marks = append(marks, &Mark{ID: "m", Kind: kinds[i/2%len(kinds)], Start: start, End: end, seq: i})
		}
		from, to := 0, len(text)
		if len(spans) > 0 {
			from = int(spans[0]) % (len(text) + 1)
		}
		checkNest(t, text, from, to, marks)
	})
}
