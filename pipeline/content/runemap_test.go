package content

import "testing"

func TestRuneMap(t *testing.T) {
	m := newRuneMap[[]int]()
	for _, r := range []rune{'社', '社', 'a', '𠀀', -1, '𠀀'} { // by index, by hash, and a rune out of range
		*m.at(r) = append(*m.at(r), int(r))
	}
	tests := []struct {
		r    rune
		want []int
	}{
		{'社', []int{'社', '社'}},
		{'a', []int{'a'}},
		{'𠀀', []int{'𠀀', '𠀀'}},
		{-1, []int{-1}},
		{'区', nil},
		{'𠀁', nil},
	}
	for _, tt := range tests {
		got, ok := m.get(tt.r)
		if ok != (tt.want != nil) || len(got) != len(tt.want) || m.has(tt.r) != ok {
			t.Errorf("get(%q) = %v, %v; want %v", tt.r, got, ok, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("get(%q) = %v, want %v", tt.r, got, tt.want)
			}
		}
	}
}
