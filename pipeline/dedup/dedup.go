// Package dedup finds reposts: documents whose clean bodies are the same
// report copied from site to site, with other boilerplate, another title, a
// few edited characters, in the other script, or as one section of a longer
// page.
//
// A document is summarised by a MinHash signature of the character shingles
// of its body folded to Simplified (and one per section of a page holding
// several summaries). Signatures are compact (Hashes 16-bit values), travel in
// the JSONL record, and are compared with locality-sensitive hashing: each
// signature is cut into bands, equal bands make candidate pairs (found by
// sorting band keys, never by comparing all pairs), and a candidate is a
// duplicate when the share of equal signature values, an estimate of the
// Jaccard similarity of the shingle sets, reaches the threshold. Clusters
// are the connected duplicates; each has one canonical member.
package dedup

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"
)

const (
	// Hashes is the length of a signature.
	Hashes = 128
	// Rows is the number of signature values in one LSH band.
	Rows = 4
	// Bands is the number of bands a signature is cut into.
	Bands = Hashes / Rows
	// Shingle is the length, in characters, of the shingles compared.
	Shingle = 5
	// DefaultThreshold is the estimated Jaccard similarity from which two
	// bodies are reposts of one report (see the README for how it was set).
	DefaultThreshold = 0.5
)

// Signature is a MinHash signature by one permutation hashing: the shingle
// hashes are spread over Hashes bins by their top bits, each bin keeps its
// smallest hash, and a bin that no shingle reached borrows the value of
// another bin chosen by a fixed sequence (optimal densification, Shrivastava
// 2017), so two texts agree in a position with about the probability that
// their shingle sets agree (Jaccard). Each value is kept to its low 16 bits
// (b-bit MinHash), which adds 1/65536 to that probability.
type Signature [Hashes]uint16

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// normalize keeps the characters that carry the report — Han characters,
// letters and digits (numbers tell two reports of one template apart) — with
// full-width forms made ASCII and letters lower-case; punctuation, spaces,
// masks and symbols differ between copies of one text and are left out.
func normalize(folded string) []rune {
	out := make([]rune, 0, len(folded)/3)
	for _, r := range folded {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		switch {
		case r >= 0x4E00 && r <= 0x9FFF, r >= '0' && r <= '9', r >= 'a' && r <= 'z': // the common cases first
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r < 0x80:
			continue
		case unicode.Is(unicode.Han, r) || unicode.IsDigit(r):
		case unicode.IsLetter(r):
			r = unicode.ToLower(r)
		default:
			continue
		}
		out = append(out, r)
	}
	return out
}

// Sign returns the signature of a text already folded to Simplified, and
// false when it is too short to have a shingle.
func Sign(folded string) (Signature, bool) {
	return signRunes(normalize(folded))
}

const binBits = 7 // Hashes = 1 << binBits

func signRunes(rs []rune) (Signature, bool) {
	var sig Signature
	if len(rs) < Shingle {
		return sig, false
	}
	var mins [Hashes]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for i := 0; i+Shingle <= len(rs); i++ {
		h := uint64(14695981039346656037) // FNV-1a over the shingle's runes
		for _, r := range rs[i : i+Shingle] {
			h = (h ^ uint64(r)) * 1099511628211
		}
		h = splitmix(h)
		bin, v := h>>(64-binBits), h<<binBits
		if v < mins[bin] {
			mins[bin] = v
		}
	}
	for j := range mins {
		m := mins[j]
		for try := uint64(0); m == ^uint64(0); try++ {
			m = mins[splitmix(uint64(j)<<32|try)>>(64-binBits)]
		}
		sig[j] = uint16(m >> 48)
	}
	return sig, true
}

// Similarity estimates the Jaccard similarity of the shingle sets behind two
// signatures: the share of positions where they agree.
func Similarity(a, b *Signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / Hashes
}

// Fingerprint is what a document contributes to finding reposts: the
// signature of its whole body and, for a page holding several summaries,
// one per section. Body is the body's length in normalized characters (the
// canonical member of a cluster is the longest).
type Fingerprint struct {
	Body     int
	Whole    Signature
	Sections []Signature
}

// FingerprintOf returns the fingerprint of a folded body; sections are the
// rune ranges [start, end) of the summaries of a page that holds several
// (nil for one). ok is false when the body is too short to sign.
func FingerprintOf(folded string, sections [][2]int) (fp Fingerprint, ok bool) {
	rs := normalize(folded)
	fp.Body = len(rs)
	if fp.Whole, ok = signRunes(rs); !ok {
		return fp, false
	}
	if len(sections) < 2 {
		return fp, true
	}
	runes := []rune(folded)
	for _, s := range sections {
		if s[0] < 0 || s[1] > len(runes) || s[0] >= s[1] {
			continue
		}
		if sig, ok := Sign(string(runes[s[0]:s[1]])); ok {
			fp.Sections = append(fp.Sections, sig)
		}
	}
	return fp, true
}

// Encode gives the fingerprint as text for the JSONL record: base64 of the
// body length (4 bytes, big-endian) and the signatures (2 bytes a value).
func (fp *Fingerprint) Encode() string {
	b := make([]byte, 4, 4+2*Hashes*(1+len(fp.Sections)))
	binary.BigEndian.PutUint32(b, uint32(fp.Body))
	for _, sig := range append([]Signature{fp.Whole}, fp.Sections...) {
		for _, v := range sig {
			b = binary.BigEndian.AppendUint16(b, v)
		}
	}
	return base64.RawStdEncoding.EncodeToString(b)
}

// Decode reads a fingerprint written by Encode.
func Decode(s string) (Fingerprint, error) {
	var fp Fingerprint
	b, err := base64.RawStdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return fp, fmt.Errorf("fingerprint: %v", err)
	}
	if len(b) < 4+sigBytes || (len(b)-4)%sigBytes != 0 {
		return fp, fmt.Errorf("fingerprint: %d bytes, want 4 + a multiple of %d", len(b), sigBytes)
	}
	fp.Body = int(binary.BigEndian.Uint32(b))
	b = b[4:]
	if n := len(b)/sigBytes - 1; n > 0 {
		// At their exact size: a run keeps every document's fingerprint.
		fp.Sections = make([]Signature, 0, n)
	}
	for n := 0; len(b) > 0; n++ {
		var sig Signature
		for i := range sig {
			sig[i] = binary.BigEndian.Uint16(b[2*i:])
		}
		if n == 0 {
			fp.Whole = sig
		} else {
			fp.Sections = append(fp.Sections, sig)
		}
		b = b[sigBytes:]
	}
	return fp, nil
}
