package ingest

import "unicode"

func unicodeSimpleFold(r rune) rune { return unicode.SimpleFold(r) }

// acMatcher is an Aho–Corasick automaton over bytes: one scan of a text
// reports every literal that occurs in it. The bytes no literal holds
// share one class, and each other byte has its own, so a state's row has
// one transition a class rather than 256 (the boilerplate literals make a
// few thousand states over some 150 classes: the table is a third the
// size, and more of it stays in the cache while a text is scanned).
type acMatcher struct {
	class [256]int32 // byte → its column in a row
	// next holds the rows of the states one after the other. A
	// transition is the start of the target's row, shifted left by one,
	// with the low bit set when some literal ends in the target: most
	// bytes of a text lead to a state where none does, told without a
	// second look-up.
	next  []uint32
	width int32   // columns a row
	out   [][]int // state → literals ending there (through fail links)
}

func newACMatcher(lits []string) *acMatcher {
	// The automaton over all 256 bytes first, then its columns merged.
	next := make([][256]int32, 1)
	out := make([][]int, 1)
	for i := range next[0] {
		next[0][i] = -1
	}
	for k, lit := range lits {
		s := int32(0)
		for i := 0; i < len(lit); i++ {
			c := lit[i]
			if next[s][c] < 0 {
				var row [256]int32
				for j := range row {
					row[j] = -1
				}
				next = append(next, row)
				out = append(out, nil)
				next[s][c] = int32(len(next) - 1)
			}
			s = next[s][c]
		}
		out[s] = append(out[s], k)
	}
	// Breadth-first: fail links, then complete the transitions.
	fail := make([]int32, len(next))
	queue := []int32{}
	for c := range 256 {
		if t := next[0][c]; t < 0 {
			next[0][c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] = append(out[s], out[fail[s]]...)
		for c := range 256 {
			t := next[s][c]
			if t < 0 {
				next[s][c] = next[fail[s]][c]
				continue
			}
			fail[t] = next[fail[s]][c]
			queue = append(queue, t)
		}
	}
	// A byte in no literal goes where the root's fail links send it: from
	// every state, back to the root. Such bytes are one column, 0.
	m := &acMatcher{out: out, width: 1}
	var used [256]bool
	for _, lit := range lits {
		for i := 0; i < len(lit); i++ {
			used[lit[i]] = true
		}
	}
	for c := range 256 {
		if used[c] {
			m.class[c] = m.width
			m.width++
		}
	}
	m.next = make([]uint32, len(next)*int(m.width))
	for s := range next {
		row := m.next[s*int(m.width) : (s+1)*int(m.width)]
		for c := range 256 {
			t := next[s][c]
			v := uint32(t) * uint32(m.width) << 1
			if len(out[t]) > 0 {
				v |= 1
			}
			row[m.class[c]] = v // an unused byte writes column 0 with the root, as all of them do
		}
	}
	return m
}

// each calls found for every literal occurrence in text (a literal may be
// reported more than once).
func (m *acMatcher) each(text string, found func(lit int)) {
	v := uint32(0) // the root's row, no literal ending
	for i := 0; i < len(text); i++ {
		v = m.next[v>>1+uint32(m.class[text[i]])]
		if v&1 == 0 {
			continue
		}
		for _, k := range m.out[v>>1/uint32(m.width)] {
			found(k)
		}
	}
}
