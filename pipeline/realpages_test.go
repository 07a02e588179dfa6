package pipeline

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/expect"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// Real-page trial: pages scraped from the web (never committed, nor their
// sentences), each NN.txt with NN.expect beside it (expect.Pages) and
// urls.tsv listing where they came from. The folder (or several, joined by
// the path-list separator: DIR1:DIR2) is given by the environment:
//
//	ZONGJIE_REALPAGES=DIR go test ./pipeline -run RealPages -v
//	ZONGJIE_REALPAGES=DIR ZONGJIE_REALPAGES_BLIND=1 go test ./pipeline -run RealPages -v
//	ZONGJIE_REALPAGES=DIR ZONGJIE_REALPAGES_AS_BATCH=1 go test ./pipeline -run RealPages -v
//
// The second form prints only the figures, never a miss: for a fresh set
// whose misses must not steer the rules. The third scores the pages as one
// batch over the folder would clean them: lines are first counted across
// its pages, so a line recurring on a site's pages goes as `repeated` (for
// a set holding several pages of each site).
const (
	realPagesEnv        = "ZONGJIE_REALPAGES"
	realPagesBlindEnv   = "ZONGJIE_REALPAGES_BLIND"
	realPagesAsBatchEnv = "ZONGJIE_REALPAGES_AS_BATCH"
	// realPagesDumpEnv names a folder where each page's record is written
	// (FOLDER_NN.txt: the title, a line "----", the text, a line "----",
	// the removed pieces as kind<TAB>text): for counting where the misses
	// stand (a study of the furniture left, not a figure).
	realPagesDumpEnv = "ZONGJIE_REALPAGES_DUMP"
)

// normalizeForScore makes a line of the raw page comparable with ingest's
// output: it goes through ingest's repairs (converter pinyin, full-width
// digits and letters, invisible characters …), with no boilerplate removed,
// and loses every space (ingest trims and collapses spaces).
func normalizeForScore(s string) string {
	if doc, err := ingest.Parse("line.txt", []byte(s), ingest.Options{Boilerplate: []ingest.Pattern{}}); err == nil {
		s = doc.Title + doc.Text
	}
	return stripSpace(s)
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// realScore is the tally of the trial.
type realScore struct {
	pages, titled, titlesOK  int
	keeps, lost, drops, left int
	// leftInside counts the furniture lines left whose line ingest
	// removed whole: their text is found only inside a longer line of the
	// text (a body line holding the same words), which the comparison by
	// text cannot tell from furniture left.
	leftInside int
	// edgeCut counts the lost body lines that lost only a removed piece at
	// one end (an outlet's lead, a credit), the rest of the line kept;
	// innerCut those that lost only a removed piece inside them (a
	// reporter's bracket between an outlet's tag and the sentence), the
	// parts before and after it kept, joined.
	edgeCut, innerCut             int
	years, yearsOK                int
	published, publishedOK, extra int
}

// scoreRealPage scores one page's record against its expectation and
// returns the misses.
func (s *realScore) add(rec extract.Record, e expect.File) []string {
	var miss []string
	s.pages++
	text, title := stripSpace(rec.Text), stripSpace(rec.Title)
	if e.HasTitle {
		s.titled++
		if title == normalizeForScore(e.Title) {
			s.titlesOK++
		} else {
			miss = append(miss, fmt.Sprintf("title %q, want %q", rec.Title, e.Title))
		}
	}
	for _, k := range e.Keeps {
		s.keeps++
		nk := normalizeForScore(k)
		if !strings.Contains(text, nk) {
			s.lost++
			switch keptBeyondCut(text, nk, rec.Removed) {
			case cutAtEdge:
				s.edgeCut++
				miss = append(miss, "body line kept without a removed piece at its edge: "+k+removedFrom(nk, rec.Removed))
			case cutInside:
				s.innerCut++
				miss = append(miss, "body line kept without a removed piece inside it: "+k+removedFrom(nk, rec.Removed))
			default:
				miss = append(miss, "lost body line: "+k+removedFrom(nk, rec.Removed))
			}
		}
	}
	for _, d := range e.Drops {
		s.drops++
		// A drop that ingest's repairs reduce to nothing (a line of HTML
		// tags) is gone from any text: dropped.
		nd := normalizeForScore(d)
		if nd != "" && (strings.Contains(text, nd) || strings.Contains(title, nd)) {
			s.left++
			if removedWhole(nd, rec) {
				s.leftInside++
				miss = append(miss, "furniture removed, its text inside a longer line: "+d)
			} else {
				miss = append(miss, "furniture left: "+d)
			}
		}
	}
	if e.HasYear {
		s.years++
		got := "none"
		if rec.Year != nil {
			got = strconv.Itoa(*rec.Year)
		}
		want := e.Year
		if want == "" {
			want = "none"
		}
		if got == want {
			s.yearsOK++
		} else {
			miss = append(miss, fmt.Sprintf("year %s, want %s", got, want))
		}
	}
	switch {
	case e.Published != "":
		s.published++
		if rec.Published == e.Published {
			s.publishedOK++
		} else {
			miss = append(miss, fmt.Sprintf("published %q, want %q", rec.Published, e.Published))
		}
	case rec.Published != "":
		s.extra++
		miss = append(miss, fmt.Sprintf("published %q, want none", rec.Published))
	}
	return miss
}

// removedWhole tells whether ingest removed a line whose text is the
// furniture line's nd (normalized, without spaces) while no line of the
// record's text, nor its title, is that text: what is left of it is inside
// a longer line.
func removedWhole(nd string, rec extract.Record) bool {
	if stripSpace(rec.Title) == nd {
		return false
	}
	for line := range strings.SplitSeq(rec.Text, "\n") {
		if stripSpace(line) == nd {
			return false
		}
	}
	return slices.ContainsFunc(rec.Removed, func(r ingest.Removed) bool { return stripSpace(r.Text) == nd })
}

// Where keptBeyondCut finds a lost body line's removed piece.
const (
	notCut = iota
	cutAtEdge
	cutInside
)

// keptBeyondCut tells whether the body line k (normalized), not in text
// whole, is there once a piece ingest removed (a lead, a byline, a credit)
// is taken off its start or its end (cutAtEdge) or out of its middle, the
// parts on either side joined (cutInside), and what is left is at least
// half of the line: the annotation keeps whole lines, ingest may cut
// furniture off a line's edge or out of it (某某网讯(记者 某某)… keeps the
// tag and the sentence). It returns notCut otherwise.
func keptBeyondCut(text, k string, removed []ingest.Removed) int {
	kept := func(rest string) bool {
		return rest != k && 2*utf8.RuneCountInString(rest) >= utf8.RuneCountInString(k) && strings.Contains(text, rest)
	}
	for _, r := range removed {
		nr := stripSpace(r.Text)
		if nr == "" || len(nr) >= len(k) {
			continue
		}
		if kept(strings.TrimPrefix(k, nr)) || kept(strings.TrimSuffix(k, nr)) {
			return cutAtEdge
		}
		if i := strings.Index(k, nr); i > 0 && i+len(nr) < len(k) && kept(k[:i]+k[i+len(nr):]) {
			return cutInside
		}
	}
	return notCut
}

// realPageSites counts the distinct hosts in urls.tsv (any field that
// parses as an http(s) address), or returns 0 when there is no such file.
func realPageSites(dir string) (int, []string) {
	b, err := os.ReadFile(filepath.Join(dir, "urls.tsv"))
	if err != nil {
		return 0, nil
	}
	hosts := map[string]bool{}
	var urls []string
	for line := range strings.SplitSeq(string(b), "\n") {
		for f := range strings.SplitSeq(line, "\t") {
			f = strings.TrimSpace(f)
			if u, err := url.Parse(f); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
				hosts[strings.TrimPrefix(u.Hostname(), "www.")] = true
				urls = append(urls, f)
			}
		}
	}
	return len(hosts), urls
}

// TestRealPages scores ingest and the document year on folders of real
// pages: ZONGJIE_REALPAGES names one folder, or several joined by the
// path-list separator (DIR1:DIR2:…), scored one by one and then in total.
// It skips when ZONGJIE_REALPAGES is unset; it reports, it never fails on
// a miss: the figures are the measurement.
func TestRealPages(t *testing.T) {
	dirs := filepath.SplitList(os.Getenv(realPagesEnv))
	if len(dirs) == 0 {
		t.Skipf("set %s=DIR[%cDIR…] to score folders of real pages", realPagesEnv, filepath.ListSeparator)
	}
	blind := os.Getenv(realPagesBlindEnv) == "1"
	asBatch := os.Getenv(realPagesAsBatchEnv) == "1"
	opt := options(t)
	var total realScore
	totalSites := 0
	for _, dir := range dirs {
		s := scoreRealFolder(t, dir, opt, blind, asBatch)
		sites, _ := realPageSites(dir)
		s.log(t, dir, sites)
		total.merge(s)
		totalSites += sites
	}
	if len(dirs) > 1 {
		total.log(t, fmt.Sprintf("all %d folders", len(dirs)), totalSites)
	}
}

// scoreRealFolder scores the annotated pages of one folder, logging each
// page's misses unless blind; asBatch counts the folder's lines first, as
// a batch over it would.
func scoreRealFolder(t *testing.T, dir string, opt Options, blind, asBatch bool) realScore {
	t.Helper()
	pages, err := expect.Pages(dir)
	if err != nil {
		t.Error(err) // a page that cannot be read, named
	}
	if len(pages) == 0 {
		t.Fatalf("%s: no annotated page", dir)
	}
	if asBatch {
		var inputs []string
		for _, e := range pages {
			inputs = append(inputs, e.Input)
		}
		opt.Ingest.LineCounts = CountLines(inputs, opt.Ingest, 1)
	}
	var s realScore
	for _, e := range pages {
		rec, fail := Process(e.Input, opt)
		if fail != nil {
			t.Errorf("%s: %s: %s", e.Name, fail.Stage, fail.Reason)
			continue
		}
		if dump := os.Getenv(realPagesDumpEnv); dump != "" {
			dumpRealPage(t, dump, dir, e.Name, *rec)
		}
		miss := s.add(*rec, e.File)
		if !blind {
			for _, m := range miss {
				t.Logf("%s: %s", e.Name, m)
			}
		}
	}
	return s
}

// dumpRealPage writes one page's record for a study (realPagesDumpEnv).
func dumpRealPage(t *testing.T, dump, dir, name string, rec extract.Record) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n----\n%s\n----\n", rec.Title, rec.Text)
	for _, r := range rec.Removed {
		fmt.Fprintf(&b, "%s\t%s\n", r.Kind, strings.ReplaceAll(r.Text, "\n", " "))
	}
	f := filepath.Join(dump, filepath.Base(dir)+"_"+strings.TrimSuffix(name, ".txt")+".txt")
	if err := os.WriteFile(f, []byte(b.String()), 0o644); err != nil {
		t.Error(err)
	}
}

// merge adds another tally to s.
func (s *realScore) merge(o realScore) {
	s.pages += o.pages
	s.titled += o.titled
	s.titlesOK += o.titlesOK
	s.keeps += o.keeps
	s.lost += o.lost
	s.drops += o.drops
	s.left += o.left
	s.leftInside += o.leftInside
	s.edgeCut += o.edgeCut
	s.innerCut += o.innerCut
	s.years += o.years
	s.yearsOK += o.yearsOK
	s.published += o.published
	s.publishedOK += o.publishedOK
	s.extra += o.extra
}

// log prints the figures of a tally.
func (s realScore) log(t *testing.T, name string, sites int) {
	t.Helper()
	t.Logf("%s: %d pages from %d sites", name, s.pages, sites)
	t.Logf("titles right %d/%d (%.1f%%)", s.titlesOK, s.titled, pctOf(s.titlesOK, s.titled))
	t.Logf("furniture lines left %d/%d (%.2f a page)", s.left, s.drops, float64(s.left)/float64(max(s.pages, 1)))
	t.Logf("of them %d removed whole by ingest, their text inside a longer line of the text", s.leftInside)
	t.Logf("body lines lost %d/%d (%d of them kept but for a removed piece at one end, %d but for one inside)", s.lost, s.keeps, s.edgeCut, s.innerCut)
	t.Logf("years right %d/%d", s.yearsOK, s.years)
	t.Logf("published right %d/%d, published where none is expected %d", s.publishedOK, s.published, s.extra)
}

func pctOf(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// removedFrom names, for a lost body line k (normalized), the pieces
// ingest removed that are in it or hold it, with their kinds (" [caption:
// (…)]"): which judge or pattern took the line. A line the title took, or
// a zone cut, names none.
func removedFrom(k string, removed []ingest.Removed) string {
	var out strings.Builder
	for _, r := range removed {
		nr := stripSpace(r.Text)
		if nr != "" && (strings.Contains(k, nr) || strings.Contains(nr, k)) {
			fmt.Fprintf(&out, " [%s: %s]", r.Kind, r.Text)
		}
	}
	return out.String()
}

// TestRealScoreFurniture checks how a furniture line is scored: left when
// its text is in the record's text or title; among those, removed whole
// when ingest removed a line of that text and none of the text's lines is
// it (its words are inside a longer body line).
func TestRealScoreFurniture(t *testing.T) {
	removed := []ingest.Removed{{Kind: "widget", Text: "分享"}}
	cases := []struct {
		name                string
		rec                 extract.Record
		drop                string
		left, removedInside int
	}{
		{"gone", extract.Record{Text: "居民参加了活动。", Removed: removed}, "分享", 0, 0},
		{"left as its own line", extract.Record{Text: "居民参加了活动。\n分享"}, "分享", 1, 0},
		{"removed, its words inside a body line", extract.Record{Text: "志愿者分享了服务心得。", Removed: removed}, "分享", 1, 1},
		{"removed once, a copy left as its own line", extract.Record{Text: "居民参加了活动。\n分享", Removed: removed}, "分享", 1, 0},
		{"removed, the title is it", extract.Record{Title: "分享", Text: "居民参加了活动。", Removed: removed}, "分享", 1, 0},
		{"not removed, inside a body line", extract.Record{Text: "志愿者分享了服务心得。"}, "分享", 1, 0},
		{"removed, inside a line, traditional", extract.Record{Text: "義工分享服務心得。", Removed: []ingest.Removed{{Kind: "widget", Text: "分享"}}}, "分享", 1, 1},
	}
	for _, c := range cases {
		var s realScore
		s.add(c.rec, expect.File{Drops: []string{c.drop}})
		if s.left != c.left || s.leftInside != c.removedInside {
			t.Errorf("%s: left %d, removed inside %d; want %d, %d", c.name, s.left, s.leftInside, c.left, c.removedInside)
		}
	}
}

// TestRealScoreMerge checks that the tallies of two folders merged are the
// tally of their pages scored together.
func TestKeptBeyondCut(t *testing.T) {
	removed := []ingest.Removed{{Kind: "byline", Text: "(记者 王某)"}, {Kind: "byline", Text: "某某网讯"}}
	for _, c := range []struct {
		name, text, keep string
		want             int
	}{
		{"lead cut off the start", "志愿者清扫了街道。", "某某网讯志愿者清扫了街道。", cutAtEdge},
		{"bracket cut out of the middle", "本站讯志愿者清扫了街道。", "本站讯(记者王某)志愿者清扫了街道。", cutInside},
		{"sentence gone", "本站讯", "本站讯(记者王某)志愿者清扫了街道。", notCut},
		{"less than half kept", "本站讯。", "本站讯(记者王某)。", notCut},
	} {
		if got := keptBeyondCut(c.text, c.keep, removed); got != c.want {
			t.Errorf("%s: keptBeyondCut(%q, %q) = %d, want %d", c.name, c.text, c.keep, got, c.want)
		}
	}
}

func TestRealScoreMerge(t *testing.T) {
	pages := []struct {
		rec extract.Record
		e   expect.File
	}{
		{extract.Record{Title: "社区活动总结", Text: "居民参加了活动。\n分享", Published: "2024-05-01"},
			expect.File{Title: "社区活动总结", HasTitle: true, Keeps: []string{"居民参加了活动。", "志愿者打扫了楼道。"}, Drops: []string{"分享"}, Published: "2024-05-01"}},
		{extract.Record{Title: "首页", Text: "義工探訪長者。\n居民参加了活动。\n志愿者分享了服务心得。\n本站讯志愿者清扫了街道。", Published: "2024-06-01",
			Removed: []ingest.Removed{{Kind: "widget", Text: "分享"}, {Kind: "byline", Text: "某某网讯"}, {Kind: "byline", Text: "(记者 王某)"}}},
			expect.File{Title: "探訪總結", HasTitle: true, Keeps: []string{"義工探訪長者。", "某某网讯居民参加了活动。", "本站讯(记者 王某)志愿者清扫了街道。"}, Drops: []string{"首页", "分享"}, HasYear: true}},
	}
	var one, two, together realScore
	one.add(pages[0].rec, pages[0].e)
	two.add(pages[1].rec, pages[1].e)
	for _, p := range pages {
		together.add(p.rec, p.e)
	}
	// every count is at work in the pages, so that merge must add each
	v := reflect.ValueOf(together)
	for i := range v.NumField() {
		if v.Field(i).Int() == 0 {
			t.Fatalf("the pages leave %s at 0: the test cannot check that merge adds it", v.Type().Field(i).Name)
		}
	}
	one.merge(two)
	if one != together {
		t.Errorf("merged %+v, scored together %+v", one, together)
	}
}
