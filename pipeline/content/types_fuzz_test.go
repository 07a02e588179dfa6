package content

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/zongjie/zongjie/internal/testdocs"
	"github.com/zongjie/zongjie/pipeline/segment"
)

var (
	fuzzSegOnce sync.Once
	fuzzSeg     *segment.Segmenter
)

// fuzzSegmenter is the full segmenter, loaded once per fuzz worker, or nil
// when it cannot be loaded (the target then checks without it).
func fuzzSegmenter() *segment.Segmenter {
	fuzzSegOnce.Do(func() { fuzzSeg, _ = segment.Default() })
	return fuzzSeg
}

// FuzzCheckRules feeds arbitrary text to the rules parser, as `rules
// check` and --rules do with a user's file: it must never panic, must
// agree with LoadRules, must report problems in line order on lines of
// the file, and rules it accepts must code text without panicking.
// Seeds are in testdata/fuzz/FuzzCheckRules.
func FuzzCheckRules(f *testing.F) {
	sample := toks("志愿者/n 走访/v 慰问/v 空巢老人/n ，/x 发放/v 物资/n 会议/n 筹备会议/n")
	var text strings.Builder
	for _, tk := range sample {
		text.WriteString(tk.Text)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		rules, problems := CheckRules(src, nil)
		loaded, err := LoadRules(bytes.NewReader(src))
		if (rules == nil) != (loaded == nil) || (loaded == nil) != (err != nil) {
			t.Fatalf("CheckRules gives rules %v, LoadRules %v, %v", rules != nil, loaded != nil, err)
		}
		lines := strings.Count(string(src), "\n") + 1
		errs := 0
		for i, p := range problems {
			if p.Line < 0 || p.Line > lines {
				t.Fatalf("problem on line %d of a %d-line file: %v", p.Line, lines, p)
			}
			if i > 0 && p.Line < problems[i-1].Line {
				t.Fatalf("problems out of line order: %v", problems)
			}
			if p.Msg == "" || p.Error() == "" {
				t.Fatalf("problem without a message: %#v", p)
			}
			if !p.Warning {
				errs++
			}
		}
		if (rules == nil) != (errs > 0) {
			t.Fatalf("rules %v with %d errors: %v", rules != nil, errs, problems)
		}
		if rules == nil {
			return
		}
		coded := rules.Code(sample)
		for _, h := range coded {
			if h.Hits < 1 || len(h.Words) == 0 {
				t.Fatalf("coded %s with %d hits, words %q", h.ID, h.Hits, h.Words)
			}
		}
		// every coded type is either about or mentioned, and so is any
		// type only the title names (with no hits); the main type is one
		// the document is about
		about, mentioned, main := rules.About(coded, "志愿者慰问会议", text.String(), []Item{{Heading: "走访", TypeHits: coded}})
		all := slices.Concat(about, mentioned)
		for _, h := range coded {
			if !slices.ContainsFunc(all, func(a TypeHit) bool { return a.ID == h.ID }) {
				t.Fatalf("About(%v) = %v, %v: %s lost", coded, about, mentioned, h.ID)
			}
		}
		for _, a := range all {
			if a.Hits > 0 && !slices.ContainsFunc(coded, func(h TypeHit) bool { return h.ID == a.ID }) {
				t.Fatalf("About(%v) = %v, %v: %s has hits nobody coded", coded, about, mentioned, a.ID)
			}
		}
		if len(all) < len(coded) || (main == "") != (len(all) == 0) ||
			main != "" && !slices.ContainsFunc(about, func(h TypeHit) bool { return h.ID == main }) {
			t.Fatalf("About(%v) = %v, %v, %q", coded, about, mentioned, main)
		}
		// the same file checked against the segmenter: more problems
		// perhaps, never a panic, and still in line order
		if seg := fuzzSegmenter(); seg != nil && len(src) < 4096 {
			_, withSeg := CheckRules(src, seg)
			for i := 1; i < len(withSeg); i++ {
				if withSeg[i].Line < withSeg[i-1].Line {
					t.Fatalf("problems out of line order with a segmenter: %v", withSeg)
				}
			}
		}
	})
}

// FuzzParseEntityRules feeds arbitrary text to the dict/entities.txt
// parser: no panic, and accepted rules find entities in any text.
func FuzzParseEntityRules(f *testing.F) {
	sample := toks("×/x ×/x 市民/n 政局/n 和/c 兴/zg 月/m 苑/nr 社区/n 居委会/nt 为/zg 社区/n")
	var text strings.Builder
	for _, tk := range sample {
		text.WriteString(tk.Text)
	}
	doc := testdocs.Lines(text.String())
	f.Fuzz(func(t *testing.T, src []byte) {
		er, err := ParseEntityRules(bytes.NewReader(src))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && !strings.Contains(err.Error(), "token too long") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		for w := range er.NeedsName {
			if er.Suffixes[w] == "" {
				t.Fatalf("needs-name %q is no suffix", w)
			}
		}
		for _, e := range FindEntities(doc, sample, er) {
			if e.Kind != KindOrg && e.Kind != KindPlace {
				t.Fatalf("entity %+v of kind %q", e, e.Kind)
			}
		}
	})
}
