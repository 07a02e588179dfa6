package report

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Node is a piece of the page text: plain text, or a mark holding nodes.
// A mark that overlaps another without holding it, or that crosses the end
// of an activity section, is split into several nodes with the same Mark,
// so the pieces nest and the page stays well formed.
type Node struct {
	Text     string
	Mark     *Mark
	Children []*Node
}

// nest lays the marks over the runes [from, to) of text. Where marks start
// together the longer one is outside; a mark still open when an inner one
// ends first is closed and reopened around it. The result depends only on
// the marks, never on map order.
func nest(text []rune, from, to int, marks []*Mark) []*Node {
	var inside []*Mark
	cuts := []int{from, to}
	for _, m := range marks {
		if m.Start < to && m.End > from && m.Start < m.End {
			inside = append(inside, m)
			cuts = append(cuts, max(m.Start, from), min(m.End, to))
		}
	}
	slices.SortStableFunc(inside, outerFirst)
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	root := &Node{}
	var open []*Node // the stack of open marks, outermost first
	top := func() *Node {
		if len(open) == 0 {
			return root
		}
		return open[len(open)-1]
	}
	next := 0 // next mark of inside to open
	for k, at := range cuts[:len(cuts)-1] {
		// Close the marks that end here, and every mark opened inside them;
		// those that go on are reopened.
		var reopen []*Mark
		if i := slices.IndexFunc(open, func(n *Node) bool { return n.Mark.End <= at }); i >= 0 {
			for _, n := range open[i:] {
				if n.Mark.End > at {
					reopen = append(reopen, n.Mark)
				}
			}
			open = open[:i]
		}
		for ; next < len(inside) && max(inside[next].Start, from) == at; next++ {
			reopen = append(reopen, inside[next])
		}
		slices.SortStableFunc(reopen, outerFirst)
		for _, m := range reopen {
			n := &Node{Mark: m}
			top().Children = append(top().Children, n)
			open = append(open, n)
		}
		top().Children = append(top().Children, &Node{Text: string(text[at:cuts[k+1]])})
	}
	return root.Children
}

// outerFirst orders marks by start, then longest first, then by kind and
// id, so that equal spans nest the same way on every run.
func outerFirst(a, b *Mark) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End),
		cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)), cmp.Compare(a.seq, b.seq))
}

// runeLen is the length of s in runes, the unit of every offset.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
