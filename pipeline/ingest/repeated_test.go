package ingest

import (
	"hash/fnv"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zongjie/zongjie/internal/testfiles"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// mapCounter counts lines by their text, for tests.
type mapCounter map[uint64]uint32

func counter(counts map[string]uint32) mapCounter {
	m := mapCounter{}
	for l, c := range counts {
		m[LineFingerprint(l)] = c
	}
	return m
}

func (m mapCounter) Count(fp uint64) uint32 { return m[fp] }

func TestRepeatedLines(t *testing.T) {
	v := testFurniture(t)
	lines := []string{
		"某某网 让公益更简单", // 0: the site's slogan, in 200 documents
		"社区植树活动总结",   // 1: a title, in 200 documents: kept
		"三月十二日，某某社区组织志愿者在公园植树，共种下树苗三十棵，居民们纷纷点赞。", // 2: longest, once
		"一、活动过程",    // 3: numbered heading
		"扫码关注 获取更多", // 4: inside the activity: kept
		"志愿者分成四组，分别负责挖坑、栽树、浇水和清理。", // 5
		"某某网 让公益更简单",               // 6: the slogan again, after the body
	}
	counts := counter(map[string]uint32{"某某网让公益更简单": 200, "社区植树活动总结": 200, "扫码关注获取更多": 200,
		lines[2]: 1, lines[5]: 1})
	folded := strings.Split(fold.ToSimplified(strings.Join(lines, "\n")), "\n")
	got := repeatedLines(lines, folded, counts, v, 2, 5)
	want := []bool{true, false, false, false, false, false, true}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d %q: repeated %v, want %v", i, lines[i], got[i], want[i])
		}
	}

	// A repost: every line, the longest too, in 12 documents: nothing goes.
	repost := counter(map[string]uint32{"某某网让公益更简单": 40, lines[2]: 12, lines[5]: 12})
	got = repeatedLines(lines, folded, repost, v, 2, 5)
	for i, rep := range got {
		if rep && i != 0 && i != 6 {
			t.Errorf("repost: line %d %q removed", i, lines[i])
		}
	}
	if got[0] {
		t.Errorf("repost: a slogan in 40 documents beside a body in 12 (under %v times) was removed", v.repeatRatio)
	}

	// Under the minimum number of documents nothing goes.
	few := counter(map[string]uint32{"某某网让公益更简单": 4})
	for i, rep := range repeatedLines(lines, folded, few, v, 2, 5) {
		if rep {
			t.Errorf("line %d removed with 4 documents", i)
		}
	}
}

func TestLineFingerprint(t *testing.T) {
	if LineFingerprint("某某網 讓公益更簡單") != LineFingerprint("某某网让公益更简单") {
		t.Error("script and spaces change the fingerprint")
	}
	if LineFingerprint("a") == LineFingerprint("b") {
		t.Error("different lines, same fingerprint")
	}
}

// The counting pass skips what its lines never depend on (warnings, folded
// text, sentences): its Title and Text must be those of a full read with
// the same options, on every document of corpus/ and the ingest dev set.
func TestCountingOptionsReadTheSameLines(t *testing.T) {
	var paths []string
	for _, glob := range []string{"../../corpus/*", "../../testdata/ingest/*.txt", "../../testdata/ingest/*.html", "../../testdata/ingest/*/*.txt", "../../testdata/ingest/*/*.html"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 20 {
		t.Fatalf("only %d documents found", len(paths))
	}
	counting := CountingOptions(Options{})
	full := counting
	full.linesOnly = false
	for _, p := range paths {
		lean, err := Read(p, counting)
		if err != nil {
			continue // the full read fails the same way; the batch reports it
		}
		whole, err := Read(p, full)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if lean.Title != whole.Title || lean.Text != whole.Text {
			t.Errorf("%s: the counting pass reads other lines than a full read", p)
		}
	}
}

// LineFingerprint hashes without building the spaceless line; it must give
// the FNV-1a of that line, as the counts already written were made with.
func TestLineFingerprintIsFNVOfTheSpacelessFoldedLine(t *testing.T) {
	for _, line := range []string{"", "社區 服務\t中心", "  Copyright © 2020 某某網  ", "a\u3000b", "bad \xff byte", "社区服务中心"} {
		h := fnv.New64a()
		h.Write([]byte(strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, fold.ToSimplified(line))))
		if got, want := LineFingerprint(line), h.Sum64(); got != want {
			t.Errorf("LineFingerprint(%q) = %x, want %x", line, got, want)
		}
	}
}

// TestDocumentFingerprints checks, on every document of corpus/ and
// testdata/ read for counting, that the fingerprints hashed from the
// document's folded lines are those of folding each distinct line.
func TestDocumentFingerprints(t *testing.T) {
	docs := 0
	testfiles.Each(t, "../..", func(path string, data []byte) {
		doc, err := Parse(path, data, CountingOptions(Options{}))
		if err != nil {
			return // not a document (an annotation file)
		}
		docs++
		seenLine, seen := map[string]bool{}, map[uint64]bool{}
		want := []uint64{}
		for _, l := range append([]string{doc.Title}, strings.Split(doc.Text, "\n")...) {
			if l = strings.TrimSpace(l); l != "" && !seenLine[l] {
				seenLine[l] = true
				if fp := LineFingerprint(l); !seen[fp] {
					seen[fp] = true
					want = append(want, fp)
				}
			}
		}
		if got := DocumentFingerprints(doc); !slices.Equal(got, want) {
			t.Errorf("%s: %d fingerprints, want %d (or a different order)", path, len(got), len(want))
		}
		doc.Folded = "" // a document made without its folded text
		if got := DocumentFingerprints(doc); !slices.Equal(got, want) {
			t.Errorf("%s without Folded: %d fingerprints, want %d", path, len(got), len(want))
		}
	})
	if docs < 50 {
		t.Errorf("only %d documents read", docs)
	}
}
