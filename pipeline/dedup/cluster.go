package dedup

import (
	"encoding/binary"
	"math/bits"
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
// so the work grows with the number of signatures. The keys are made and
// sorted in passes over ranges of key values, at most about keysPerPass
// keys a pass: beside the fingerprints, memory is a few numbers per
// document, not Bands keys per signature.
func Cluster(fps []*Fingerprint, threshold float64) *Clusters {
	return cluster(fingerprintSlice(fps), threshold)
}

// fingerprintSet is what Cluster reads of the fingerprints: a slice of
// them, or a Store. Its signatures, in the order of the refs (document
// order, each document's whole body then its sections), are numbered from 0.
type fingerprintSet interface {
	len() int
	has(i int) bool // whether document i has a fingerprint
	sections(i int) int
	body(i int) int
	// signature reads signature n, of ref r, into sig.
	signature(n int, r sigRef, sig *Signature)
	// each gives every signature in order.
	each(func(n int, sig *Signature))
	fingerprint(i int) *Fingerprint
}

func cluster(fps fingerprintSet, threshold float64) *Clusters {
	var refs []sigRef
	for i := range fps.len() {
		if !fps.has(i) {
			continue
		}
		refs = append(refs, sigRef{int32(i), -1})
		for s := range fps.sections(i) {
			refs = append(refs, sigRef{int32(i), int32(s)})
		}
	}
	parent := make([]int, fps.len())
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
	var sigA, sigB Signature
	check := func(na, nb uint32) {
		a, b := refs[na], refs[nb]
		if a.doc == b.doc || !comparable(fps, a, b) {
			return
		}
		ra, rb := find(int(a.doc)), find(int(b.doc))
		if ra == rb {
			return
		}
		fps.signature(int(na), a, &sigA)
		fps.signature(int(nb), b, &sigB)
		if Similarity(&sigA, &sigB) >= threshold {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	// The band keys are sorted and walked one range of key values at a
	// time: a run of equal keys lies in one range, so the pairs checked are
	// those of one sort of all the keys, and only one range's keys are held.
	passes := max(1, (len(refs)*Bands+keysPerPass-1)/keysPerPass)
	entries := make([]bandEntry, 0, min(len(refs)*Bands, keysPerPass+keysPerPass/4))
	for p := range passes {
		entries = bandKeys(fps, p, passes, entries[:0])
		slices.SortFunc(entries, func(a, b bandEntry) int {
			if a.key != b.key {
				if a.key < b.key {
					return -1
				}
				return 1
			}
			return int(a.ref) - int(b.ref)
		})
		for i := 0; i < len(entries); {
			j := i + 1
			for j < len(entries) && entries[j].key == entries[i].key {
				j++
			}
			for k := i + 1; k < j; k++ {
				check(entries[i].ref, entries[k].ref)
				if k > i+1 {
					check(entries[k-1].ref, entries[k].ref)
				}
			}
			i = j
		}
	}

	n := fps.len()
	c := &Clusters{Canonical: make([]int, n), Similarity: make([]float64, n)}
	best := map[int]int{} // root → canonical member
	for i := range n {
		if !fps.has(i) {
			continue
		}
		root := find(i)
		b, ok := best[root]
		if !ok || fps.body(i) > fps.body(b) {
			best[root] = i
		}
	}
	for i := range n {
		c.Canonical[i] = i
		if !fps.has(i) {
			continue
		}
		c.Canonical[i] = best[find(i)]
		if c.Canonical[i] != i {
			c.Similarity[i] = fps.fingerprint(i).Similarity(fps.fingerprint(c.Canonical[i]))
		}
	}
	return c
}

// keysPerPass bounds the band keys sorted at once (16 bytes each).
var keysPerPass = 1 << 16

// bandKeys appends to entries the band keys of every signature that fall in
// range p of passes equal ranges of key values.
func bandKeys(fps fingerprintSet, p, passes int, entries []bandEntry) []bandEntry {
	fps.each(func(r int, sig *Signature) {
		for b := range Bands {
			var v [8]byte
			for k := range Rows {
				binary.LittleEndian.PutUint16(v[2*k:], sig[b*Rows+k])
			}
			key := splitmix(binary.LittleEndian.Uint64(v[:]) ^ uint64(b)*0x9e3779b97f4a7c15)
			if keyRange(key, passes) == p {
				entries = append(entries, bandEntry{key, uint32(r)})
			}
		}
	})
	return entries
}

// keyRange is the range of key values, of passes equal ones, holding key.
func keyRange(key uint64, passes int) int {
	hi, _ := bits.Mul64(key, uint64(passes))
	return int(hi)
}

// comparable tells whether two signatures may make a pair: two whole
// bodies, or a section of a page and the whole body of a document that has
// no sections of its own (a summary reposted alone). Sections of two pages
// are not compared, nor a section with a page of several summaries.
func comparable(fps fingerprintSet, a, b sigRef) bool {
	switch {
	case a.section < 0 && b.section < 0:
		return true
	case a.section >= 0 && b.section >= 0:
		return false
	case a.section >= 0:
		return fps.sections(int(b.doc)) == 0
	default:
		return fps.sections(int(a.doc)) == 0
	}
}

// fingerprintSlice is a fingerprintSet of fingerprints in memory.
type fingerprintSlice []*Fingerprint

func (s fingerprintSlice) len() int                       { return len(s) }
func (s fingerprintSlice) has(i int) bool                 { return s[i] != nil }
func (s fingerprintSlice) sections(i int) int             { return len(s[i].Sections) }
func (s fingerprintSlice) body(i int) int                 { return s[i].Body }
func (s fingerprintSlice) fingerprint(i int) *Fingerprint { return s[i] }

func (s fingerprintSlice) signature(_ int, r sigRef, sig *Signature) {
	fp := s[r.doc]
	if r.section < 0 {
		*sig = fp.Whole
	} else {
		*sig = fp.Sections[r.section]
	}
}

func (s fingerprintSlice) each(f func(n int, sig *Signature)) {
	n := 0
	for _, fp := range s {
		if fp == nil {
			continue
		}
		f(n, &fp.Whole)
		n++
		for k := range fp.Sections {
			f(n, &fp.Sections[k])
			n++
		}
	}
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
