package ingest

import "unicode"

func unicodeSimpleFold(r rune) rune { return unicode.SimpleFold(r) }

// acMatcher is an Aho–Corasick automaton over bytes: one scan of a text
// reports every literal that occurs in it. States are dense rows of 256
// transitions (the boilerplate literals make a few thousand states).
type acMatcher struct {
	next [][256]int32
	out  [][]int // state → literals ending there (through fail links)
	// ends tells the states some literal ends in: most bytes of a text
	// lead to none, and a look-up here is cheaper than one in out.
	ends []bool
}

func newACMatcher(lits []string) *acMatcher {
	m := &acMatcher{next: make([][256]int32, 1), out: make([][]int, 1)}
	for i := range m.next[0] {
		m.next[0][i] = -1
	}
	for k, lit := range lits {
		s := int32(0)
		for i := 0; i < len(lit); i++ {
			c := lit[i]
			if m.next[s][c] < 0 {
				var row [256]int32
				for j := range row {
					row[j] = -1
				}
				m.next = append(m.next, row)
				m.out = append(m.out, nil)
				m.next[s][c] = int32(len(m.next) - 1)
			}
			s = m.next[s][c]
		}
		m.out[s] = append(m.out[s], k)
	}
	// Breadth-first: fail links, then complete the transitions.
	fail := make([]int32, len(m.next))
	queue := []int32{}
	for c := range 256 {
		if t := m.next[0][c]; t < 0 {
			m.next[0][c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.out[s] = append(m.out[s], m.out[fail[s]]...)
		for c := range 256 {
			t := m.next[s][c]
			if t < 0 {
				m.next[s][c] = m.next[fail[s]][c]
				continue
			}
			fail[t] = m.next[fail[s]][c]
			queue = append(queue, t)
		}
	}
	m.ends = make([]bool, len(m.out))
	for s, lits := range m.out {
		m.ends[s] = len(lits) > 0
	}
	return m
}

// each calls found for every literal occurrence in text (a literal may be
// reported more than once).
func (m *acMatcher) each(text string, found func(lit int)) {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = m.next[s][text[i]]
		if !m.ends[s] {
			continue
		}
		for _, k := range m.out[s] {
			found(k)
		}
	}
}
