package content

// runeMap files values by rune, looked up at every token: by index for
// the runes below 0x10000 (every common Han character), by hash for the
// others. A look-up by index costs a fraction of one by hash, and the
// coding rules make several a token.
type runeMap[V any] struct {
	slot  []int32 // rune → 1 + index into vals; 0: none
	vals  []V
	other map[rune]int
}

// runeMapBMP bounds the runes filed by index.
const runeMapBMP = 0x10000

func newRuneMap[V any]() *runeMap[V] {
	return &runeMap[V]{slot: make([]int32, runeMapBMP), other: map[rune]int{}}
}

// get is the value filed under r, and whether there is one.
func (m *runeMap[V]) get(r rune) (V, bool) {
	k := -1
	if r >= 0 && r < runeMapBMP {
		k = int(m.slot[r]) - 1
	} else if i, ok := m.other[r]; ok {
		k = i
	}
	if k < 0 {
		var zero V
		return zero, false
	}
	return m.vals[k], true
}

// at is the value filed under r, filed as the zero value first if there
// was none.
func (m *runeMap[V]) at(r rune) *V {
	if r >= 0 && r < runeMapBMP {
		if m.slot[r] == 0 {
			m.vals = append(m.vals, *new(V))
			m.slot[r] = int32(len(m.vals))
		}
		return &m.vals[m.slot[r]-1]
	}
	i, ok := m.other[r]
	if !ok {
		m.vals = append(m.vals, *new(V))
		i = len(m.vals) - 1
		m.other[r] = i
	}
	return &m.vals[i]
}

// has reports whether a value is filed under r.
func (m *runeMap[V]) has(r rune) bool {
	_, ok := m.get(r)
	return ok
}
