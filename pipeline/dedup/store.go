package dedup

import (
	"bufio"
	"encoding/binary"
	"io"
	"os"
)

// Store keeps the fingerprints of a run, in document order, for Cluster:
// the signatures in a temporary file and three numbers a document in
// memory, so that a run's memory does not grow by a signature (256 bytes)
// for every body and section of the corpus. The zero Store is empty;
// Close removes its file.
type Store struct {
	file *os.File
	w    *bufio.Writer
	sigs int // signatures written
	docs []storedDoc
	err  error // the first read error of a Cluster
}

// storedDoc is a document of a Store: its first signature (-1 when it has
// no fingerprint), its number of sections and its body's length.
type storedDoc struct{ first, sections, body int32 }

const sigBytes = 2 * Hashes

// Add appends the fingerprint of the next document; nil for a document
// without one.
func (s *Store) Add(fp *Fingerprint) error {
	if fp == nil {
		s.docs = append(s.docs, storedDoc{first: -1})
		return nil
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "zongjie-fingerprints-")
		if err != nil {
			return err
		}
		s.file, s.w = f, bufio.NewWriterSize(f, 1<<16)
	}
	s.docs = append(s.docs, storedDoc{int32(s.sigs), int32(len(fp.Sections)), int32(fp.Body)})
	var b [sigBytes]byte
	for _, sig := range append([]Signature{fp.Whole}, fp.Sections...) {
		for i, v := range sig {
			binary.LittleEndian.PutUint16(b[2*i:], v)
		}
		if _, err := s.w.Write(b[:]); err != nil {
			return err
		}
		s.sigs++
	}
	return nil
}

// Len is the number of documents added.
func (s *Store) Len() int { return len(s.docs) }

// Cluster clusters the fingerprints added, as Cluster does.
func (s *Store) Cluster(threshold float64) (*Clusters, error) {
	if s.w != nil {
		if err := s.w.Flush(); err != nil {
			return nil, err
		}
	}
	s.err = nil
	c := cluster(s, threshold)
	return c, s.err
}

// Close removes the file of the signatures.
func (s *Store) Close() error {
	if s.file == nil {
		return nil
	}
	err := s.file.Close()
	if rerr := os.Remove(s.file.Name()); err == nil {
		err = rerr
	}
	s.file, s.w = nil, nil
	return err
}

func (s *Store) len() int           { return len(s.docs) }
func (s *Store) has(i int) bool     { return s.docs[i].first >= 0 }
func (s *Store) sections(i int) int { return int(s.docs[i].sections) }
func (s *Store) body(i int) int     { return int(s.docs[i].body) }

func (s *Store) signature(n int, _ sigRef, sig *Signature) {
	var b [sigBytes]byte
	if _, err := s.file.ReadAt(b[:], int64(n)*sigBytes); err != nil {
		s.fail(err)
		return
	}
	decodeSignature(b[:], sig)
}

func (s *Store) each(f func(n int, sig *Signature)) {
	if s.file == nil {
		return
	}
	r := bufio.NewReaderSize(io.NewSectionReader(s.file, 0, int64(s.sigs)*sigBytes), 1<<16)
	var b [sigBytes]byte
	var sig Signature
	for n := range s.sigs {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			s.fail(err)
			return
		}
		decodeSignature(b[:], &sig)
		f(n, &sig)
	}
}

func (s *Store) fingerprint(i int) *Fingerprint {
	d := s.docs[i]
	fp := &Fingerprint{Body: int(d.body)}
	s.signature(int(d.first), sigRef{}, &fp.Whole)
	if d.sections > 0 {
		fp.Sections = make([]Signature, d.sections)
		for k := range fp.Sections {
			s.signature(int(d.first)+1+k, sigRef{}, &fp.Sections[k])
		}
	}
	return fp
}

func (s *Store) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func decodeSignature(b []byte, sig *Signature) {
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
}
