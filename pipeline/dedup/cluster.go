package dedup

import (
	"encoding/binary"
	"slices"
)

// Clusters says, for each document of a run, which document it repeats.
type Clusters struct {
	// Canonical is, for each document, the index of its cluster's canonical
	// member: its own index when it repeats no other document.
	Canonical []int
	// Similarity is, for a document that repeats another, the estimated
	// similarity of the two (for a body that is one section of the other,
	// the similarity with that section); 0 for the others.
	Similarity []float64
}

// IsDuplicate tells whether document i repeats another document.
func (c *Clusters) IsDuplicate(i int) bool { return c.Canonical[i] != i }

// Groups returns the clusters of two or more documents, each as its
// canonical member followed by the others in document order; clusters in
// the order of their canonical member.
func (c *Clusters) Groups() [][]int {
	members := map[int][]int{}
	for i, canon := range c.Canonical {
		if canon != i {
			members[canon] = append(members[canon], i)
		}
	}
	var groups [][]int
	for i := range c.Canonical {
		if m := members[i]; m != nil {
			groups = append(groups, append([]int{i}, m...))
		}
	}
	return groups
}

// sigRef names one signature: a document and its whole body (section -1)
// or one of its sections.
type sigRef struct {
	doc     int32
	section int32
}

type bandEntry struct {
	key uint64
	ref uint32 // index into the refs
}

// Cluster groups documents whose fingerprints are near-duplicates: the
// estimated similarity of their whole bodies, or of one's whole body and a
// section of the other's, is at least threshold. fps[i] is nil for a
// document without a fingerprint (too short, or not fingerprinted), which
// repeats nothing. The canonical member of a cluster is the one with the
// longest body, the first in document order among equals.
//
// Candidates come from equal LSH bands: the band keys of all signatures are
// sorted, and the signatures that share a key are checked against the first
// of them and against their neighbour in the sorted run — never all pairs —
// so the work grows with the number of signatures, and memory is a fixed
// number of bytes per signature (Bands keys of 16 bytes).
func Cluster(fps []*Fingerprint, threshold float64) *Clusters {
	var refs []sigRef
	for i, fp := range fps {
		if fp == nil {
			continue
		}
		refs = append(refs, sigRef{int32(i), -1})
		for s := range fp.Sections {
			refs = append(refs, sigRef{int32(i), int32(s)})
		}
	}
	entries := make([]bandEntry, 0, len(refs)*Bands)
	for r, ref := range refs {
		sig := signature(fps, ref)
		for b := range Bands {
			var v [8]byte
			for k := range Rows {
				binary.LittleEndian.PutUint16(v[2*k:], sig[b*Rows+k])
			}
			key := splitmix(binary.LittleEndian.Uint64(v[:]) ^ uint64(b)*0x9e3779b97f4a7c15)
			entries = append(entries, bandEntry{key, uint32(r)})
		}
	}
	slices.SortFunc(entries, func(a, b bandEntry) int {
		if a.key != b.key {
			if a.key < b.key {
				return -1
			}
			return 1
		}
		return int(a.ref) - int(b.ref)
	})

	parent := make([]int, len(fps))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	check := func(a, b sigRef) {
		if a.doc == b.doc || !comparable(fps, a, b) {
			return
		}
		ra, rb := find(int(a.doc)), find(int(b.doc))
		if ra == rb {
			return
		}
		if Similarity(signature(fps, a), signature(fps, b)) >= threshold {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		for k := i + 1; k < j; k++ {
			check(refs[entries[i].ref], refs[entries[k].ref])
			if k > i+1 {
				check(refs[entries[k-1].ref], refs[entries[k].ref])
			}
		}
		i = j
	}

	c := &Clusters{Canonical: make([]int, len(fps)), Similarity: make([]float64, len(fps))}
	best := map[int]int{} // root → canonical member
	for i := range fps {
		if fps[i] == nil {
			continue
		}
		root := find(i)
		b, ok := best[root]
		if !ok || fps[i].Body > fps[b].Body {
			best[root] = i
		}
	}
	for i := range fps {
		c.Canonical[i] = i
		if fps[i] == nil {
			continue
		}
		c.Canonical[i] = best[find(i)]
		if c.Canonical[i] != i {
			c.Similarity[i] = fps[i].Similarity(fps[c.Canonical[i]])
		}
	}
	return c
}

// comparable tells whether two signatures may make a pair: two whole
// bodies, or a section of a page and the whole body of a document that has
// no sections of its own (a summary reposted alone). Sections of two pages
// are not compared, nor a section with a page of several summaries.
func comparable(fps []*Fingerprint, a, b sigRef) bool {
	switch {
	case a.section < 0 && b.section < 0:
		return true
	case a.section >= 0 && b.section >= 0:
		return false
	case a.section >= 0:
		return len(fps[b.doc].Sections) == 0
	default:
		return len(fps[a.doc].Sections) == 0
	}
}

func signature(fps []*Fingerprint, r sigRef) *Signature {
	fp := fps[r.doc]
	if r.section < 0 {
		return &fp.Whole
	}
	return &fp.Sections[r.section]
}

// Similarity is the best estimated similarity of a's whole body with b's
// whole body or one of b's sections, or of b's whole body with one of a's.
// A section is compared only with the whole body of a document without
// sections, as in Cluster.
func (a *Fingerprint) Similarity(b *Fingerprint) float64 {
	s := Similarity(&a.Whole, &b.Whole)
	if len(a.Sections) == 0 {
		for i := range b.Sections {
			s = max(s, Similarity(&a.Whole, &b.Sections[i]))
		}
	}
	if len(b.Sections) == 0 {
		for i := range a.Sections {
			s = max(s, Similarity(&a.Sections[i], &b.Whole))
		}
	}
	return s
}
