package wordtable

import (
	"encoding/binary"
	"hash/crc32"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var sample = []Entry{
	{"社区", 100, "n"}, {"社区工作者", 30, "n"}, {"社", 2, "n"}, {"区", 2, "n"},
	{"工作", 500, "vn"}, {"工作者", 40, "n"}, {"4s店", 3, "n"}, {"t恤", 5, ""},
	{"ok", 9, "x"}, {"中华人民共和国", 12, "ns"}, {"中华", 8, "nz"}, {"中", 2, "f"},
	{"\U0010FFFF", 2, "x"}, {"a", 2, "x"}, {"ab", 4, "x"}, {"abc", 6, "x"},
}

func encodeSample(t testing.TB, entries []Entry) []byte {
	b, err := Encode(Inputs{GseVersion: "v1", GseConst: "c"}, entries)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// bigSample makes enough entries for many blocks.
func bigSample() []Entry {
	entries := slices.Clone(sample)
	for i := range 500 {
		entries = append(entries, Entry{Key: "词" + strings.Repeat("甲", i%7) + string(rune('乙'+i)), Freq: uint64(i + 2), POS: "n"})
	}
	return entries
}

func TestRoundTrip(t *testing.T) {
	entries := bigSample()
	tab, err := Open(encodeSample(t, entries))
	if err != nil {
		t.Fatal(err)
	}
	var got []Entry
	if err := tab.All(func(e Entry) { got = append(got, e) }); err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(entries)
	slices.SortFunc(want, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	if !slices.Equal(got, want) {
		t.Fatalf("round trip: got %d entries, want %d", len(got), len(want))
	}
	var total uint64
	for _, e := range entries {
		total += e.Freq
		if g, ok, err := tab.Lookup(e.Key); !ok || err != nil || g != e {
			t.Errorf("Lookup(%q) = %v %v %v", e.Key, g, ok, err)
		}
	}
	if tab.Total != total || tab.Len != len(entries) {
		t.Errorf("header: total %d len %d", tab.Total, tab.Len)
	}
	for _, k := range []string{"", "社区工", "zzz", "\xff", "中华人"} {
		if _, ok, _ := tab.Lookup(k); ok {
			t.Errorf("Lookup(%q) found", k)
		}
	}
}

// TestSubstrings compares Substrings with a brute-force scan.
func TestSubstrings(t *testing.T) {
	entries := bigSample()
	tab, err := Open(encodeSample(t, entries))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"", "社区工作者和社工", "中华人民共和国中华", "abcd ab a", "4s店的t恤ok",
		"词甲甲乙词丙\U0010FFFF", "社\xe7\xa4区\xff工作\xe7者", strings.Repeat("社区", 100),
	} {
		got := map[string]bool{}
		if err := tab.Substrings(text, func(_ int, e Entry) { got[e.Key] = true }); err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for i := 0; i < len(text); {
			for _, e := range entries {
				if strings.HasPrefix(text[i:], e.Key) {
					want[e.Key] = true
				}
			}
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		for k := range want {
			if !got[k] {
				t.Errorf("%q: missed %q", text, k)
			}
		}
		for k := range got {
			if !want[k] {
				t.Errorf("%q: %q is not in the text", text, k)
			}
		}
	}
}

func TestEncodeRefuses(t *testing.T) {
	for _, entries := range [][]Entry{
		{{"a", 1, ""}, {"a", 2, ""}},
		{{"", 1, ""}},
		{{"a", 1 << 53, ""}, {"b", 1, ""}},
	} {
		if _, err := Encode(Inputs{}, entries); err == nil {
			t.Errorf("Encode(%v) succeeded", entries)
		}
	}
}

func TestLowerASCII(t *testing.T) {
	for in, want := range map[string]string{"": "", "4S店": "4s店", "ÀB\xffC": "Àb\xffc", "社区": "社区"} {
		if got := LowerASCII(in); got != want {
			t.Errorf("LowerASCII(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzOpen: damaged tables are refused or read without a panic. The
// fuzzer mutates the body and the checksum is made to match, so the
// structural checks are what is tested.
func FuzzOpen(f *testing.F) {
	body := func(b []byte) []byte { return b[:len(b)-4] }
	good := encodeSample(f, bigSample())
	f.Add(body(good))
	f.Add(body(encodeSample(f, sample[:3])))
	f.Add(body(good)[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		b = binary.LittleEndian.AppendUint32(slices.Clip(b), crc32.Checksum(b, castagnoli))
		tab, err := Open(b)
		if err != nil {
			return
		}
		tab.All(func(Entry) {})
		tab.Lookup("社区")
		tab.Substrings("社区工作者中华人民共和国abc", func(int, Entry) {})
	})
}
