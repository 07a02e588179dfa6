package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// Title by scoring: a text without a title in its markup gets the best of
// the candidates its first lines offer — a whole line, the part of a line
// before the body it ran into (【…活动总结】在过去…, …活动总结 一天终于…),
// a line without its list number (第1篇 …) or page counter (…总结(9)), the
// part of a line between site separators, the name of a shared document
// file — scored on what a report title looks like (dict/title.txt): its
// ending (总结, 汇报, 报告 …), a year, an organisation, its length; a line
// a furniture judge names, or without letters, is never a title.

// titleScorer is dict/title.txt.
type titleScorer struct {
	w                  map[string]float64
	endings, orgs      []string
	minRunes, maxRunes int
}

var titleWeightNames = []string{"ending", "genre_word", "year", "organisation", "length", "short", "numbered", "position", "min_score", "min_runes", "max_runes", "name"}

func parseTitleScorer(b []byte) (*titleScorer, error) {
	ws, err := dict.ParseSections(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	w, err := ws.Numbers("weights")
	if err != nil {
		return nil, err
	}
	for _, n := range titleWeightNames {
		if _, ok := w[n]; !ok {
			return nil, fmt.Errorf("[weights]: no %s", n)
		}
	}
	s := &titleScorer{w: w, endings: ws.Words("endings"), orgs: ws.Words("organisations"),
		minRunes: int(w["min_runes"]), maxRunes: int(w["max_runes"])}
	if len(s.endings) == 0 || len(s.orgs) == 0 {
		return nil, fmt.Errorf("no [endings] or no [organisations]")
	}
	return s, nil
}

var defaultTitleScorer = sync.OnceValues(func() (*titleScorer, error) {
	s, err := parseTitleScorer(dict.File("title.txt"))
	if err != nil {
		return nil, fmt.Errorf("dict/title.txt: %v", err)
	}
	return s, nil
})

// titleCandidate is a possible title: line is the index of the line it
// comes from (-1 for a file name); rest is what stays of that line in the
// body when the title is only its start ("" when the whole line goes).
type titleCandidate struct {
	text string
	line int
	rest string
	pos  int // how many non-empty lines come before its line
}

var (
	bracketTitle = regexp.MustCompile(`^[【\[]([^】\]]{2,40})[】\]]\s*(.+)$`)
	// listPrefix: 第1篇, 1、, -精品推荐- before a title.
	listPrefix  = regexp.MustCompile(`^((第\s*[一二三四五六七八九十\d]+\s*篇[:：]?|\d{1,2}\s*[、.．])\s*|-[^-\s]{1,10}-\s*)+`)
	pageCounter = regexp.MustCompile(`\s*[(（]\d{1,3}[)）]$`)
	// trailingNote: （精选3篇）, (2篇) after a title's ending.
	trailingNote = regexp.MustCompile(`\s*[(（【\[][^)）】\]]{1,12}[)）】\]]$`)
	hasYear      = regexp.MustCompile(`(19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}年`)
)

// titleCandidates lists the candidates of the first lines of a text, up
// to and including its first prose line.
func titleCandidates(lines []string, fileTitle string, fv *furnitureVocab, s *titleScorer) []titleCandidate {
	var out []titleCandidate
	if fileTitle != "" {
		out = append(out, titleCandidate{text: fileTitle, line: -1})
	}
	pos := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || l == titleMark {
			continue
		}
		add := func(text, rest string) {
			text = strings.TrimSpace(pageCounter.ReplaceAllString(strings.TrimSpace(text), ""))
			if text != "" {
				out = append(out, titleCandidate{text: text, line: i, rest: strings.TrimSpace(rest), pos: pos})
			}
		}
		body := listPrefix.ReplaceAllString(l, "")
		add(body, "")
		if parts := titleParts(body); len(parts) > 1 {
			for _, p := range parts {
				add(p, "")
			}
		}
		if m := bracketTitle.FindStringSubmatch(body); m != nil {
			add(m[1], m[2])
		}
		if t, rest := s.splitRunOn(body); t != "" {
			add(t, rest)
		}
		if fv.isProse(fold.ToSimplified(l)) || pos >= 6 {
			break
		}
		pos++
	}
	return out
}

// splitRunOn splits a title that runs on into the body: up to the first
// ending word, when a space follows it or the body starts by repeating the
// title's end (2022年防汛演练活动总结防汛演练活动总结一…), and the title has no
// clause.
func (s *titleScorer) splitRunOn(l string) (string, string) {
	f := fold.ToSimplified(l)
	rs, fr := []rune(l), []rune(f)
	if len(rs) != len(fr) {
		return "", ""
	}
	best := -1
	for _, e := range s.endings {
		if i := strings.Index(f, e); i >= 0 {
			end := len([]rune(f[:i])) + len([]rune(e))
			if best < 0 || end < best {
				best = end
			}
		}
	}
	if best < 4 || best > 40 || best >= len(rs) {
		return "", ""
	}
	title, rest := string(rs[:best]), string(rs[best:])
	if strings.ContainsAny(title, clauseEnds) {
		return "", ""
	}
	// The body repeating the title's end within its first words.
	tail, head := []rune(fold.ToSimplified(title)), []rune(fold.ToSimplified(rest))
	repeats := len(tail) >= 4 && strings.Contains(string(head[:min(len(head), 12)]), string(tail[len(tail)-4:]))
	if !unicode.IsSpace(rs[best]) && !repeats {
		return "", ""
	}
	return title, rest
}

// score rates a candidate; ok is false for one that can never be a title.
func (s *titleScorer) score(c titleCandidate, fv *furnitureVocab) (float64, bool) {
	f := fold.ToSimplified(c.text)
	n := runeLen(f)
	if n > 40 || strings.IndexFunc(f, unicode.IsLetter) < 0 || strings.HasPrefix(f, "—") || strings.HasPrefix(f, "-") || strings.ContainsAny(strings.TrimRight(f, "!！"), sentenceEnds) {
		return 0, false
	}
	if judge(lineJudges(fv), lineView{text: c.text, folded: f, zone: zoneHead}) != "" || dateLine.MatchString(f) {
		return 0, false
	}
	sc := s.w["position"] * float64(c.pos)
	trimmed := trailingNote.ReplaceAllString(strings.TrimRight(f, "!！"), "")
	ends := false
	for _, e := range s.endings {
		ends = ends || strings.HasSuffix(trimmed, e)
	}
	switch {
	case ends:
		sc += s.w["ending"]
	case articleTitleWord.MatchString(f):
		sc += s.w["genre_word"]
	}
	if hasYear.MatchString(f) {
		sc += s.w["year"]
	}
	for _, o := range s.orgs {
		if strings.Contains(f, o) {
			sc += s.w["organisation"]
			if strings.HasSuffix(f, o) && !strings.ContainsAny(f, clauseEnds) {
				sc += s.w["name"] // an organisation's name, not a report
			}
			break
		}
	}
	switch {
	case n < s.minRunes:
		sc += s.w["short"]
	case n <= s.maxRunes:
		sc += s.w["length"]
	}
	if numberedHeading.MatchString(f) {
		sc += s.w["numbered"]
	}
	return sc, true
}

// plausible reports whether a line alone could be a title.
func (s *titleScorer) plausible(line string, fv *furnitureVocab) bool {
	sc, ok := s.score(titleCandidate{text: line}, fv)
	return ok && sc >= s.w["min_score"]
}

// chooseTitle returns the best candidate, if one scores at least
// min_score.
func chooseTitle(lines []string, fileTitle string, fv *furnitureVocab, s *titleScorer) (titleCandidate, bool) {
	var best titleCandidate
	bestScore, found := 0.0, false
	for _, c := range titleCandidates(lines, fileTitle, fv, s) {
		if sc, ok := s.score(c, fv); ok && sc >= s.w["min_score"] && (!found || sc > bestScore) {
			best, bestScore, found = c, sc, true
		}
	}
	return best, found
}
