package ingest

import (
	"strings"
)

// Between a headline and its first paragraph a news site prints the
// post's fields: its source, its writer, its editor, with their colons
// (2024-03-01 10:00 来源:某某网 作者:某某, 某某网 通讯员:某某). What lies
// there is narrow: the judges miss such a line when it opens with
// something else than a label (a time, an outlet, a web address).
// withoutPostFields removes it (kind metadata) once the title is chosen.

// withoutPostFields removes the lines below the title's line (index keep)
// and above the first prose line that hold a credit's word with its colon
// ([credit_words]: 来源：, 通讯员：, 责任编辑：) and no sentence's end;
// removed lines become empty.
// It returns the first date such a line holds too: the post's own stamp.
func withoutPostFields(lines, folded []string, keep int, fv *furnitureVocab) ([]string, []string, []Removed, string) {
	if keep < 0 {
		return lines, folded, nil, ""
	}
	var removed []Removed
	stamp := ""
	for _, l := range linesBelow(lines, folded, keep) {
		i, f := l.i, l.folded
		// A row of fields may be as long as a paragraph; it has no
		// sentence's end.
		if !fv.creditField(f) || strings.ContainsAny(f, sentenceEnds) {
			if fv.isProse(f) {
				break
			}
			continue
		}
		lines, folded, removed = removeLine(lines, folded, removed, i, "metadata")
		if stamp == "" {
			stamp = publishDate(f)
		}
	}
	return lines, folded, removed, stamp
}

// creditField reports whether folded line f holds a word of
// [credit_words] right before a colon (来源:, 通讯员：).
func (v *furnitureVocab) creditField(f string) bool {
	for _, w := range v.creditWords {
		if strings.Contains(f, w+":") || strings.Contains(f, w+"：") {
			return true
		}
	}
	return false
}

// A site may print its own lead over the body under a label (摘要：某某讯
// 3月6日上午…, 序言：本站为您精选了8篇…): the first prose line, opened by a
// word of [lead_labels] and its colon, with prose below it. Whether a
// summary cut from the story or a blurb of the site, the line is the
// site's: withoutSiteLead removes it (kind intro), title or none.

// withoutSiteLead removes the first prose line below the title's line
// (index keep; -1: the text's start) when leadLabelled, and a prose line
// follows within repeatWindow lines; a removed line becomes empty.
func withoutSiteLead(lines, folded []string, keep int, fv *furnitureVocab) ([]string, []string, []Removed) {
	first := -1
	for _, l := range linesBelow(lines, folded, keep) {
		i, f := l.i, l.folded
		if !fv.isProse(f) {
			continue
		}
		if first >= 0 {
			return removeLine(lines, folded, nil, first, "intro")
		}
		if !fv.leadLabelled(f) {
			break
		}
		first = i
	}
	return lines, folded, nil
}

// leadLabelled reports whether folded line f opens with a word of
// [lead_labels] or [summary_labels] and its colon (摘要：…, 核心提示：…),
// or with a word of [lead_labels] alone in square brackets before more
// text ([导读]某月某日…, 【摘要】…).
func (v *furnitureVocab) leadLabelled(f string) bool {
	for _, words := range [][]string{v.leadLabels, v.summaryLabels} {
		for _, w := range words {
			if rest, ok := strings.CutPrefix(f, w); ok {
				if rest = strings.TrimSpace(rest); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
					return true
				}
			}
		}
	}
	for _, frame := range [][2]string{{"[", "]"}, {"【", "】"}} {
		inner, ok := strings.CutPrefix(f, frame[0])
		if !ok {
			continue
		}
		for _, w := range v.leadLabels {
			if rest, found := strings.CutPrefix(inner, w+frame[1]); found && strings.TrimSpace(rest) != "" {
				return true
			}
		}
	}
	return false
}
