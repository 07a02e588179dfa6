package ingest

import (
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/expect"
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

// Documents is a batch of 100 documents: the bar is repeat_min_docs.
func (m mapCounter) Documents() uint64 { return 100 }

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
	checkRepeated(t, lines, counts, v, []bool{true, false, false, false, false, false, true})

	// A repost: every line, the longest too, in 12 documents: nothing goes.
	repost := counter(map[string]uint32{"某某网让公益更简单": 40, lines[2]: 12, lines[5]: 12})
	folded := strings.Split(fold.ToSimplified(strings.Join(lines, "\n")), "\n")
	got := repeatedLines(lines, folded, make([]bool, len(lines)), repost, v, 2, 5)
	for i, rep := range got {
		if rep && i != 0 && i != 6 {
			t.Errorf("repost: line %d %q removed", i, lines[i])
		}
	}
	if got[0] {
		t.Errorf("repost: a slogan in 40 documents beside a body in 12 (under %v times) was removed", v.repeatRatio)
	}

	// Under the minimum number of documents nothing goes.
	few := counter(map[string]uint32{"某某网让公益更简单": uint32(v.repeatMinDocs - 1)})
	for i, rep := range repeatedLines(lines, folded, make([]bool, len(lines)), few, v, 2, 5) {
		if rep {
			t.Errorf("line %d removed with %d documents", i, v.repeatMinDocs-1)
		}
	}
}

// checkRepeated runs repeatedLines over lines, the body being lines 2–5,
// and compares which lines it marks with want.
func checkRepeated(t *testing.T, lines []string, counts mapCounter, v *furnitureVocab, want []bool) {
	t.Helper()
	folded := strings.Split(fold.ToSimplified(strings.Join(lines, "\n")), "\n")
	got := repeatedLines(lines, folded, make([]bool, len(lines)), counts, v, 2, 5)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d %q: repeated %v, want %v", i, lines[i], got[i], want[i])
		}
	}
}

func TestTemplateForm(t *testing.T) {
	v := testFurniture(t)
	for in, want := range map[string]string{
		"本篇文章196字,读完约1分钟":    "本篇文章#字,读完约#分钟", // counts: one mark each
		"阅读 12345":           "阅读 #",
		"某某论坛1个月前":           "某某论坛#前", // a relative time: another mark
		"某某论坛2周前":            "某某论坛#前",
		"某某论坛 3 小时前":         "某某论坛 #前",
		"某某论坛昨天":             "某某论坛#前",
		"跟帖:0条浏览89次":         "跟帖:#条浏览#次",
		"社区服务中心":             "社区服务中心",   // nothing to mask
		"2023年前后":            "2023年前后",  // nothing but a date: kept
		"活动于2023年前后开展":       "活动于#前后开展", // 年前 after a number has a relative time's shape: masked alike, in a fingerprint only
		"阅读 #":               "阅读 #",
		"第3页":                "第3页",        // an ordinal and its unit only: kept
		"2021年11月5日":         "2021年11月5日", // a date says nothing but its numbers: every date would be one line
		"第16期":               "第16期",
		"2021-11-05":         "2021-11-05",
		"发布于2021-11-05":      "发布于2021-11-05", // a line with a date keeps it
		"中華民國113年2月20日":      "中華民國113年2月20日",
		"浏览 35 次 2021/11/05": "浏览 35 次 2021/11/05",
	} {
		if got := templateForm(in, v); got != want {
			t.Errorf("templateForm(%q) = %q, want %q", in, got, want)
		}
	}
	if LineFingerprint("阅读 123") != LineFingerprint("閱讀 456") || LineFingerprint("某某论坛1个月前") != LineFingerprint("某某论坛2周前") {
		t.Error("the same template line with other counts or times: other fingerprints")
	}
	if LineFingerprint("阅读 123") == LineFingerprint("点击 123") {
		t.Error("other words, same fingerprint")
	}
}

func TestRepeatDocs(t *testing.T) {
	v := testFurniture(t)
	for _, c := range []struct {
		docs uint64
		want uint32
	}{
		{0, uint32(v.repeatMinDocs)},
		{25, uint32(v.repeatMinDocs)}, // a folder of five pages from each of five sites
		{1000, uint32(math.Ceil(v.repeatMinShare * 1000))},
	} {
		if got := repeatDocs(c.docs, v); got != c.want {
			t.Errorf("repeatDocs(%d) = %d, want %d", c.docs, got, c.want)
		}
	}
}

// A site's template line, a recurring introduction and a body sentence
// that recurs: the template goes, the sentences stay, and the introduction
// does not raise the bar (the median of the body's sentences is the
// document's own count, not its longest line's).
func TestRepeatedLinesTemplate(t *testing.T) {
	v := testFurniture(t)
	lines := []string{
		"本篇文章196字,读完约1分钟", // 0: the widget, its counts differ on each page
		"某某社区重阳节敬老活动",     // 1: the headline
		"“爱在某某 志愿有我”主题行动由某某社区联合辖区单位发起，旨在长期关爱辖区的老年人和困境家庭。", // 2: the site's introduction, longest, on 3 pages
		"重阳节当天，志愿者为老人们理发、测血压。",                            // 3
		"活动结束后大家合影留念。",                                    // 4: a body sentence on 3 pages
		"老人们纷纷表示感谢。",                                      // 5
		"某某论坛2周前",                                         // 6: board and relative time after the body
	}
	counts := counter(map[string]uint32{"本篇文章448字,读完约2分钟": 5, lines[2]: 3, lines[3]: 1, lines[4]: 3, lines[5]: 1, "某某论坛1个月前": 3})
	checkRepeated(t, lines, counts, v, []bool{true, false, false, false, false, false, true})
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
// the FNV-1a of that line's template form, as the counts already written
// (line-count files of version 2) were made with.
func TestLineFingerprintIsFNVOfTheSpacelessFoldedLine(t *testing.T) {
	v := testFurniture(t)
	for _, line := range []string{"", "社區 服務\t中心", "  Copyright © 2020 某某網  ", "a\u3000b", "bad \xff byte", "社区服务中心", "阅读 12 次 3分钟前"} {
		if got, want := LineFingerprint(line), referenceFingerprint(fold.ToSimplified(line), v); got != want {
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

// batchCounter counts lines exactly, as the sketch would without its
// over-counts, over a batch of documents.
type batchCounter struct {
	counts map[uint64]uint32
	docs   uint64
}

func (c batchCounter) Count(fp uint64) uint32 { return c.counts[fp] }
func (c batchCounter) Documents() uint64      { return c.docs }

// TestRepeatedOnTheTestSetsAsOneBatch reads every document of corpus/,
// the development set, the held-out sets and the realshapes as one batch
// — hundreds of documents written to the genre, many of them from the same
// templates and with the same headings — and checks that counting their
// lines across the batch loses no body line that a document read alone
// keeps, and removes nothing from corpus/.
func TestRepeatedOnTheTestSetsAsOneBatch(t *testing.T) {
	var inputs []expect.Page
	dirs, err := filepath.Glob(heldoutDirs)
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range append([]string{devsetDir, realShapesDir}, dirs...) {
		inputs = append(inputs, devsetInputs(dir, t.Errorf)...)
	}
	corpus, err := filepath.Glob("../../corpus/*")
	if err != nil || len(corpus) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, p := range corpus {
		inputs = append(inputs, expect.Page{Input: p})
	}
	c := batchCounter{counts: map[uint64]uint32{}}
	for _, e := range inputs {
		doc, err := Read(e.Input, CountingOptions(Options{}))
		if err != nil {
			continue // the single read fails the same way
		}
		c.docs++
		for _, fp := range DocumentFingerprints(doc) {
			c.counts[fp]++
		}
	}
	if c.docs < 200 {
		t.Fatalf("only %d documents in the batch", c.docs)
	}
	removed := 0
	for _, e := range inputs {
		alone, err := Read(e.Input, Options{})
		if err != nil {
			continue
		}
		batch, err := Read(e.Input, Options{LineCounts: c})
		if err != nil {
			t.Fatalf("%s: %v", e.Input, err)
		}
		aloneLines, batchLines := strings.Split(alone.Text, "\n"), strings.Split(batch.Text, "\n")
		for _, k := range e.Keeps {
			if slices.Contains(aloneLines, k) && !slices.Contains(batchLines, k) {
				t.Errorf("%s: body line lost in the batch: %s", e.Input, k)
			}
		}
		for _, r := range batch.Removed {
			if r.Kind != KindRepeated {
				continue
			}
			removed++
			if e.File.Format == "" { // corpus/: no expectation, nothing may go
				t.Errorf("%s: removed as repeated: %s", e.Input, r.Text)
			}
		}
	}
	t.Logf("%d documents as one batch: %d lines removed as repeated", c.docs, removed)
}

// FuzzTemplateForm: the template form of any line is valid UTF-8 when the
// line is, holds no digit when it masked any, and is its own template
// form (the counting pass and the lookup agree however often it is taken).
func FuzzTemplateForm(f *testing.F) {
	for _, s := range []string{"本篇文章196字,读完约1分钟", "观网活动1个月前", "观网活动昨天", "2021年11月5日", "阅读 12 3分钟前", "9前", "昨天昨天", "\xff3分钟前", "第3页"} {
		f.Add(s)
	}
	v, err := defaultFurniture()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got := templateForm(line, v)
		if utf8.ValidString(line) && !utf8.ValidString(got) {
			t.Fatalf("templateForm(%q) = %q: invalid UTF-8", line, got)
		}
		if got != line && strings.IndexFunc(got, isASCIIDigit) >= 0 {
			t.Fatalf("templateForm(%q) = %q: a digit left", line, got)
		}
		if again := templateForm(got, v); again != got {
			t.Fatalf("templateForm(%q) = %q, then %q", line, got, again)
		}
		if got, want := templateFingerprint(line, v), referenceFingerprint(line, v); got != want {
			t.Fatalf("templateFingerprint(%q) = %x, the FNV-1a of its template form %q is %x", line, got, templateForm(line, v), want)
		}
	})
}

// BenchmarkDocumentFingerprints: the counting pass's hashing of the lines
// of every document of corpus/ (read once, outside the timer).
func BenchmarkDocumentFingerprints(b *testing.B) {
	paths, err := filepath.Glob("../../corpus/*")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var docs []*Document
	for _, p := range paths {
		if doc, err := Read(p, CountingOptions(Options{})); err == nil {
			docs = append(docs, doc)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			DocumentFingerprints(d)
		}
	}
}

// templateForm is the template form of a folded line written out, the
// reference templateFingerprint is tested against (it hashes the form
// without writing it). A line as a site's template prints it on every
// page: each run of digits one mark (阅读 123 and 阅读 456, 本篇文章196字
// and 本篇文章448字), and each relative time another ([relative_times]:
// 3分钟前, 1个月前, 2周前, 昨天), so that a line the software fills in
// differently on each page still counts as one line. A line that says
// nothing but its numbers — fewer than template_min_letters letters
// besides the words of a date or an ordinal ([template_number_words]:
// 2021年11月5日, 第16期) — keeps them: every date would be one line; so
// does a line that holds a date ([template_date_shapes]: 中华民国113年2月
// 20日, a sign-off's date): its date is its own.
func templateForm(f string, v *furnitureVocab) string {
	if strings.IndexFunc(f, isASCIIDigit) < 0 && !containsAny(f, v.relativeDays) {
		return f
	}
	var b strings.Builder
	letters := 0
	for i := 0; i < len(f); {
		if isASCIIDigit(rune(f[i])) {
			j := i
			for j < len(f) && isASCIIDigit(rune(f[j])) {
				j++
			}
			rest := strings.TrimLeft(f[j:], " ")
			if n := relativeUnit(rest, v); n > 0 {
				b.WriteString(relativeTimeMark)
				i = len(f) - len(rest) + n
			} else {
				b.WriteString(numberMark)
				i = j
			}
			continue
		}
		if w := wordAt(f[i:], v.relativeDays); w != "" {
			b.WriteString(relativeTimeMark)
			i += len(w)
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		if unicode.IsLetter(r) && !strings.ContainsRune(v.templateNumberWords, r) {
			letters++
		}
		b.WriteString(f[i : i+size])
		i += size
	}
	masked := b.String()
	if letters < v.templateMinLetters || containsAny(masked, v.templateDateShapes) {
		return f
	}
	return masked
}

// referenceFingerprint is the fingerprint of a folded line computed the
// long way: FNV-1a of its template form written out, without spaces.
func referenceFingerprint(f string, v *furnitureVocab) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, templateForm(f, v))))
	return h.Sum64()
}

// TestTemplateFingerprintIsTheTemplateFormsFNV: the fingerprint hashed as
// the template form is scanned is the FNV-1a of the form written out, on
// every line of corpus/ and testdata/, folded and as it is (bytes that
// are not UTF-8 too).
func TestTemplateFingerprintIsTheTemplateFormsFNV(t *testing.T) {
	v := testFurniture(t)
	lines := 0
	for _, root := range []string{"../../corpus", "../../testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, l := range strings.Split(string(data), "\n") {
				for _, f := range []string{l, strings.TrimSpace(fold.ToSimplified(l))} {
					lines++
					if got, want := templateFingerprint(f, v), referenceFingerprint(f, v); got != want {
						t.Errorf("%s: templateFingerprint(%q) = %x, the FNV-1a of its template form %q is %x", path, f, got, templateForm(f, v), want)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if lines < 10000 {
		t.Fatalf("only %d lines compared", lines)
	}
}

// corpusBatch reads every document of corpus/ and testdata/ as one batch
// and counts their lines as the counting pass does.
func corpusBatch(t testing.TB) (map[string][]byte, batchCounter) {
	datas := map[string][]byte{}
	c := batchCounter{counts: map[uint64]uint32{}}
	testfiles.Each(t, "../..", func(path string, data []byte) {
		doc, err := Parse(path, data, CountingOptions(Options{}))
		if err != nil {
			return // not a document (an annotation file)
		}
		datas[path] = data
		c.docs++
		for _, fp := range DocumentFingerprints(doc) {
			c.counts[fp]++
		}
	})
	return datas, c
}

// TestRepeatedLinesFingerprintsFromTheFold: repeatedLines hashes a line
// from its fold in folded, not folded again, and decides as it would with
// every line folded again — on every document of corpus/ and testdata/
// counted as one batch.
func TestRepeatedLinesFingerprintsFromTheFold(t *testing.T) {
	v := testFurniture(t)
	datas, c := corpusBatch(t)
	repeated := 0
	for path, data := range datas {
		p, err := Prepare(path, data, Options{})
		if err != nil {
			continue
		}
		lines, folded := strings.Split(p.Text, "\n"), strings.Split(p.folded(), "\n")
		refoldAll := slices.Repeat([]bool{true}, len(lines))
		got := repeatedLines(lines, folded, make([]bool, len(lines)), c, v, 0, len(lines)/2)
		want := repeatedLines(lines, folded, refoldAll, c, v, 0, len(lines)/2)
		if !slices.Equal(got, want) {
			t.Errorf("%s: lines hashed from their fold: repeated %v, folded again %v", path, got, want)
		}
		for _, r := range got {
			if r {
				repeated++
			}
		}
	}
	if repeated == 0 {
		t.Error("no line repeated: the comparison says nothing")
	}
}

// BenchmarkParseRepeated: the ingest stage of every document of corpus/
// and testdata/ with the batch's line counts (the removal of repeated
// lines included), as batch runs it after its counting pass.
func BenchmarkParseRepeated(b *testing.B) {
	datas, c := corpusBatch(b)
	b.ResetTimer()
	for b.Loop() {
		for path, data := range datas {
			Parse(path, data, Options{LineCounts: c})
		}
	}
}
