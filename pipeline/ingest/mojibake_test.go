package ingest

import (
	"testing"
	"unicode"
)

// rereadByBytes is reread as it was written before: each rune through
// Encoder.Bytes. reread must give what it gives.
func rereadByBytes(s string, mr misreading) string {
	var raw []byte
	enc := mr.seenAs.NewEncoder()
	for _, r := range s {
		b, err := enc.Bytes([]byte(string(r)))
		if err != nil {
			continue
		}
		raw = append(raw, b...)
	}
	return decodeMeant(raw, mr)
}

func TestRereadEveryRune(t *testing.T) {
	for _, mr := range misreadings {
		var run []rune
		check := func() {
			if got, want := reread(string(run), mr), rereadByBytes(string(run), mr); got != want {
				t.Fatalf("%s: reread of %d runes from %U = %q, Encoder.Bytes gives %q", mr.name, len(run), run[0], got, want)
			}
			run = run[:0]
		}
		for r := rune(0x80); r <= unicode.MaxRune; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			if run = append(run, r); len(run) == 64 {
				check()
			}
		}
		check()
	}
}

func TestReread(t *testing.T) {
	tests := []struct {
		run  string
		mr   int // index into misreadings
		want string
	}{
		{"绀惧尯娲诲姩", 0, "社区活动"}, // UTF-8 read as GBK
		{"ç¤¾åŒº", 2, "社区"},   // UTF-8 read as Latin-1
		{"社区\uFFFD", 2, ""},   // nothing Latin-1 can encode
	}
	for _, tt := range tests {
		if got := reread(tt.run, misreadings[tt.mr]); got != tt.want {
			t.Errorf("reread(%q, %s) = %q, want %q", tt.run, misreadings[tt.mr].name, got, tt.want)
		}
	}
}

func FuzzReread(f *testing.F) {
	for _, s := range []string{"绀惧尯娲诲姩", "ç¤¾åŒº", "\xff甲", "社區活動"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, mr := range misreadings {
			if got, want := reread(s, mr), rereadByBytes(s, mr); got != want {
				t.Fatalf("%s: reread(%q) = %q, Encoder.Bytes gives %q", mr.name, s, got, want)
			}
		}
	})
}
