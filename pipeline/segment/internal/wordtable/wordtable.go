// Package wordtable is the compact, sorted form of the segmenter's
// dictionary that package segment embeds: every entry gse holds after a full
// load (key, frequency, part of speech), front-coded in blocks with a block
// index, so that the entries occurring in one document are found by binary
// search without building a map of 350 000 words at start.
//
// Layout (integers are unsigned varints unless said otherwise):
//
//	magic "zjwords1"
//	gse module version and gse.Version (each length, bytes); sha256 of gse's zh_s dictionary text (32
//	bytes); sha256 of dict/userdict.txt (32 bytes)
//	entry count, total frequency, block size, longest key in bytes
//	part-of-speech count, then each (length, bytes)
//	block count, then each block's offset into the data (uint32 LE)
//	data length, data: per entry shared-prefix length, suffix length,
//	suffix, frequency, part-of-speech index; the first entry of a block
//	shares nothing, so a block decodes on its own
//	CRC-32C of everything above (uint32 LE)
//
// Keys are gse's token texts (Token.Text: ASCII letters lower-cased), in
// byte order; frequencies are whole numbers, as gse's dictionary has them.
package wordtable

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

const magic = "zjwords1"

// BlockSize is how many entries share a front-coded block.
const BlockSize = 16

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Entry is one dictionary word.
type Entry struct {
	Key  string
	Freq uint64
	POS  string
}

// Inputs identifies what a table was generated from.
type Inputs struct {
	GseVersion string   // module version, as go.mod requires it
	GseConst   string   // gse.Version, for binaries without module information
	GseDict    [32]byte // sha256 of gse's data/dict/zh/s_1.txt
	UserDict   [32]byte // sha256 of dict/userdict.txt
}

// Digest is one hash of all inputs, for display.
func (in Inputs) Digest() string {
	h := sha256.New()
	h.Write([]byte(in.GseVersion + "\x00" + in.GseConst + "\x00"))
	h.Write(in.GseDict[:])
	h.Write(in.UserDict[:])
	return fmt.Sprintf("%x", h.Sum(nil))
}

// Encode writes entries (which it sorts by key; keys must be distinct and
// non-empty) as a table generated from in.
func Encode(in Inputs, entries []Entry) ([]byte, error) {
	entries = append([]Entry(nil), entries...)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Key < entries[j].Key })
	posIndex := map[string]int{}
	var posList []string
	var total uint64
	maxKey := 0
	for i, e := range entries {
		if e.Key == "" {
			return nil, fmt.Errorf("entry %d: empty key", i)
		}
		if i > 0 && entries[i-1].Key == e.Key {
			return nil, fmt.Errorf("duplicate key %q", e.Key)
		}
		if _, ok := posIndex[e.POS]; !ok {
			posIndex[e.POS] = len(posList)
			posList = append(posList, e.POS)
		}
		if total+e.Freq < total || total+e.Freq > 1<<53 {
			return nil, errors.New("total frequency does not fit a float64 exactly")
		}
		total += e.Freq
		maxKey = max(maxKey, len(e.Key))
	}
	var data []byte
	var offsets []uint32
	prev := ""
	for i, e := range entries {
		shared := 0
		if i%BlockSize == 0 {
			offsets = append(offsets, uint32(len(data)))
		} else {
			for shared < len(prev) && shared < len(e.Key) && prev[shared] == e.Key[shared] {
				shared++
			}
		}
		data = binary.AppendUvarint(data, uint64(shared))
		data = binary.AppendUvarint(data, uint64(len(e.Key)-shared))
		data = append(data, e.Key[shared:]...)
		data = binary.AppendUvarint(data, e.Freq)
		data = binary.AppendUvarint(data, uint64(posIndex[e.POS]))
		prev = e.Key
	}
	if uint64(len(data)) > math.MaxUint32 {
		return nil, errors.New("table too large")
	}

	b := []byte(magic)
	b = appendString(b, in.GseVersion)
	b = appendString(b, in.GseConst)
	b = append(b, in.GseDict[:]...)
	b = append(b, in.UserDict[:]...)
	b = binary.AppendUvarint(b, uint64(len(entries)))
	b = binary.AppendUvarint(b, total)
	b = binary.AppendUvarint(b, BlockSize)
	b = binary.AppendUvarint(b, uint64(maxKey))
	b = binary.AppendUvarint(b, uint64(len(posList)))
	for _, p := range posList {
		b = appendString(b, p)
	}
	b = binary.AppendUvarint(b, uint64(len(offsets)))
	for _, o := range offsets {
		b = binary.LittleEndian.AppendUint32(b, o)
	}
	b = binary.AppendUvarint(b, uint64(len(data)))
	b = append(b, data...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli)), nil
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// Table is a decoded table header over the embedded bytes; entries are
// decoded on demand. It is read-only and safe for concurrent use.
type Table struct {
	Inputs    Inputs
	Len       int    // number of entries
	Total     uint64 // sum of all entries' frequencies
	MaxKeyLen int    // longest key in bytes

	blockSize int
	pos       []string
	offsets   []byte // uint32 LE per block
	data      []byte
}

// ErrFormat reports a table that is not one this package wrote, or was
// damaged since.
var ErrFormat = errors.New("wordtable: bad format")

func formatErr(what string) error { return fmt.Errorf("%w: %s", ErrFormat, what) }

// Open checks b's magic, checksum and header and returns the table over it
// (b is not copied). It never panics on bad input.
func Open(b []byte) (*Table, error) {
	if len(b) < len(magic)+4 || string(b[:len(magic)]) != magic {
		return nil, formatErr("no magic")
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, formatErr("checksum mismatch")
	}
	r := reader{b: body[len(magic):]}
	t := &Table{}
	t.Inputs.GseVersion = r.str()
	t.Inputs.GseConst = r.str()
	copy(t.Inputs.GseDict[:], r.bytes(32))
	copy(t.Inputs.UserDict[:], r.bytes(32))
	n, total, bs, maxKey := r.uvarint(), r.uvarint(), r.uvarint(), r.uvarint()
	npos := r.uvarint()
	if r.err != nil || npos > uint64(len(r.b)) {
		return nil, formatErr("header")
	}
	for range npos {
		t.pos = append(t.pos, r.str())
	}
	nblocks := r.uvarint()
	if r.err != nil || nblocks > uint64(len(r.b))/4 {
		return nil, formatErr("block index")
	}
	t.offsets = r.bytes(int(nblocks) * 4)
	ndata := r.uvarint()
	if r.err != nil || ndata != uint64(len(r.b)) {
		return nil, formatErr("data length")
	}
	t.data = r.b
	if bs == 0 || bs > 1<<16 || n > uint64(len(t.data)) || (n+bs-1)/bs != nblocks || maxKey > uint64(len(t.data)) {
		return nil, formatErr("counts")
	}
	t.Len, t.Total, t.blockSize, t.MaxKeyLen = int(n), total, int(bs), int(maxKey)
	last := -1
	for i := range int(nblocks) {
		o := int(binary.LittleEndian.Uint32(t.offsets[4*i:]))
		if o <= last || o >= len(t.data) {
			return nil, formatErr("block offsets")
		}
		last = o
	}
	return t, nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = formatErr("varint")
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.err = formatErr("short")
		r.b = nil
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = formatErr("short string")
		return ""
	}
	return string(r.bytes(int(n)))
}

// Cursor walks a table's entries in key order.
type Cursor struct {
	t     *Table
	index int // of the current entry
	key   []byte
	freq  uint64
	pos   int
	rest  []byte // data after the current entry
	err   error
}

// Entry returns the current entry.
func (c *Cursor) Entry() Entry {
	return Entry{Key: string(c.key), Freq: c.freq, POS: c.t.pos[c.pos]}
}

// seekBlock positions c before block i's first entry.
func (c *Cursor) seekBlock(i int) {
	o := binary.LittleEndian.Uint32(c.t.offsets[4*i:])
	c.index = i*c.t.blockSize - 1
	c.key = c.key[:0]
	c.rest = c.t.data[o:]
}

// next decodes the following entry; false at the end or on bad data.
func (c *Cursor) next() bool {
	if c.err != nil || c.index+1 >= c.t.Len {
		return false
	}
	r := reader{b: c.rest}
	shared, n := r.uvarint(), r.uvarint()
	if (c.index+1)%c.t.blockSize == 0 {
		shared = 0 // a block starts afresh
		c.key = c.key[:0]
	}
	suffix := r.bytes(int(min(n, uint64(len(r.b)))))
	freq, pos := r.uvarint(), r.uvarint()
	if r.err != nil || shared > uint64(len(c.key)) || uint64(len(suffix)) != n || pos >= uint64(len(c.t.pos)) {
		c.err = formatErr(fmt.Sprintf("entry %d", c.index+1))
		return false
	}
	c.key = append(c.key[:shared], suffix...)
	c.freq, c.pos = freq, int(pos)
	c.rest = r.b
	c.index++
	return true
}

// All calls fn for every entry in key order and reports bad data.
func (t *Table) All(fn func(Entry)) error {
	c := Cursor{t: t, index: -1, rest: t.data}
	for c.next() {
		fn(c.Entry())
	}
	if c.err == nil && c.index+1 != t.Len {
		return formatErr("entry count")
	}
	return c.err
}

// firstKey returns block i's first key without decoding the block.
func (t *Table) firstKey(i int) []byte {
	o := binary.LittleEndian.Uint32(t.offsets[4*i:])
	r := reader{b: t.data[o:]}
	r.uvarint()
	n := r.uvarint()
	return r.bytes(int(min(n, uint64(len(r.b)))))
}

// seek positions c on the first entry whose key is >= p, searching blocks
// lo to hi (inclusive) and on; false if there is none (or the data is bad).
func (t *Table) seek(c *Cursor, p []byte, lo, hi int) bool {
	// The last block in range whose first key is <= p holds the answer or
	// precedes it.
	i := lo + sort.Search(hi+1-lo, func(k int) bool {
		return bytes.Compare(t.firstKey(lo+k), p) > 0
	}) - 1
	c.seekBlock(max(i, lo))
	for c.next() {
		if bytes.Compare(c.key, p) >= 0 {
			return true
		}
	}
	return false
}

// seekOn moves c, which is on the first entry >= some q < p, to the first
// entry >= p in blocks up to hi: every entry before c is < p, so the search
// starts at c, and goes on from c itself when p falls in c's block.
func (t *Table) seekOn(c *Cursor, p []byte, hi int) bool {
	lo := c.index / t.blockSize
	i := lo + sort.Search(hi+1-lo, func(k int) bool {
		return bytes.Compare(t.firstKey(lo+k), p) > 0
	}) - 1
	if i > lo {
		c.seekBlock(i)
	} else if bytes.Compare(c.key, p) >= 0 {
		return true
	}
	for c.next() {
		if bytes.Compare(c.key, p) >= 0 {
			return true
		}
	}
	return false
}

func (t *Table) lastBlock() int { return len(t.offsets)/4 - 1 }

// Lookup returns the entry whose key is exactly key.
func (t *Table) Lookup(key string) (Entry, bool, error) {
	c := Cursor{t: t}
	if t.Len == 0 || !t.seek(&c, []byte(key), 0, t.lastBlock()) {
		return Entry{}, false, c.err
	}
	if string(c.key) != key {
		return Entry{}, false, nil
	}
	return c.Entry(), true, nil
}

// Substrings calls fn(index, entry) for every entry whose key occurs in
// text at a boundary of UTF-8 decoding (where gse's words begin and end),
// in no particular order and possibly more than once. The caller lower-cases
// ASCII letters first, as gse does.
func (t *Table) Substrings(text string, fn func(int, Entry)) error {
	if t.Len == 0 {
		return nil
	}
	c := Cursor{t: t}
	// The blocks holding the keys that start with each character, found
	// once per character: every later search stays inside them.
	type blocks struct{ lo, hi int }
	first := map[string]blocks{}
	p := make([]byte, 0, t.MaxKeyLen)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		head := text[i : i+size]
		r, seen := first[head]
		if !seen {
			r = blocks{-1, -1}
			if t.seek(&c, []byte(head), 0, t.lastBlock()) && bytes.HasPrefix(c.key, []byte(head)) {
				r.lo = c.index / t.blockSize
				// No key holds byte 0xff, so this bounds the keys with head.
				r.hi = t.lastBlock()
				if t.seek(&c, append([]byte(head), 0xff), r.lo, r.hi) {
					r.hi = c.index / t.blockSize
				}
			}
			if c.err != nil {
				return c.err
			}
			first[head] = r
		}
		if r.lo >= 0 {
			p = append(p[:0], head...)
			found := t.seek(&c, p, r.lo, r.hi)
			for end := i + size; found; {
				if string(c.key) == string(p) {
					fn(c.index, c.Entry())
				}
				if !bytes.HasPrefix(c.key, p) || end >= len(text) || len(p) >= t.MaxKeyLen {
					break
				}
				_, n := utf8.DecodeRuneInString(text[end:])
				p = append(p, text[end:end+n]...)
				end += n
				found = t.seekOn(&c, p, r.hi)
			}
			if c.err != nil {
				return c.err
			}
		}
		i += size
	}
	return nil
}

// LowerASCII lower-cases ASCII letters only, as gse does to the words it
// looks up.
func LowerASCII(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
	if i < 0 {
		return s
	}
	b := []byte(s) // byte-wise: invalid UTF-8 must pass through unchanged
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}
