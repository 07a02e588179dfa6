// Package kwic builds keyword-in-context concordances: every occurrence of
// a word in a document with the text to its left and right, as KH Coder's
// KWIC concordance shows it. Matching is on the folded (Simplified) text,
// so a Simplified query finds Traditional occurrences too; the contexts
// are shown as written.
package kwic

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// Line is one occurrence of the word.
type Line struct {
	Source string `json:"source"`
	Offset int    `json:"offset"` // rune offset into the document text
	Left   string `json:"left"`
	Word   string `json:"word"` // as written
	Right  string `json:"right"`
}

// DefaultWidth is the context on each side, in characters.
const DefaultWidth = 20

// Find returns the occurrences of word in doc, in text order, with width
// characters of context each side (line breaks shown as spaces).
// Occurrences do not overlap.
func Find(doc *ingest.Document, word string, width int) []Line {
	if width <= 0 {
		width = DefaultWidth
	}
	q := []rune(fold.ToSimplified(strings.TrimSpace(word)))
	if len(q) == 0 {
		return nil
	}
	text := []rune(doc.Text)
	folded := []rune(doc.Folded)
	if len(folded) != len(text) {
		folded = []rune(fold.ToSimplified(doc.Text))
		if len(folded) != len(text) {
			folded = text
		}
	}
	var out []Line
	for i := 0; i+len(q) <= len(folded); {
		if !runesEqual(folded[i:i+len(q)], q) {
			i++
			continue
		}
		end := i + len(q)
		out = append(out, Line{
			Source: doc.Source,
			Offset: i,
			Left:   flat(text[max(0, i-width):i]),
			Word:   string(text[i:end]),
			Right:  flat(text[end:min(len(text), end+width)]),
		})
		i = end
	}
	return out
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if unicode.ToLower(a[i]) != unicode.ToLower(b[i]) {
			return false
		}
	}
	return true
}

// flat shows line breaks and tabs as spaces, so a line stays one line.
func flat(rs []rune) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, string(rs))
}

// WriteTable prints lines as an aligned table for a terminal: file and
// offset, the left context right-aligned, the word, the right context.
// Widths are display widths, so Chinese characters count two columns.
func WriteTable(w io.Writer, lines []Line) error {
	srcW, offW, leftW := 0, 0, 0
	for _, l := range lines {
		srcW = max(srcW, DisplayWidth(l.Source))
		offW = max(offW, len(fmt.Sprint(l.Offset)))
		leftW = max(leftW, DisplayWidth(l.Left))
	}
	for _, l := range lines {
		_, err := fmt.Fprintf(w, "%s%s  %*d  %s%s 【%s】 %s\n",
			l.Source, strings.Repeat(" ", srcW-DisplayWidth(l.Source)),
			offW, l.Offset,
			strings.Repeat(" ", leftW-DisplayWidth(l.Left)), l.Left,
			l.Word, l.Right)
		if err != nil {
			return err
		}
	}
	return nil
}

// WriteTSV prints lines as tab-separated values with a header, for pipes.
func WriteTSV(w io.Writer, lines []Line) error {
	if _, err := fmt.Fprintln(w, "source\toffset\tleft\tword\tright"); err != nil {
		return err
	}
	for _, l := range lines {
		if _, err := fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\n", l.Source, l.Offset, l.Left, l.Word, l.Right); err != nil {
			return err
		}
	}
	return nil
}

// DisplayWidth is the number of terminal columns s takes: East Asian wide
// and full-width characters take two.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0x1100:
			n++
		case unicode.Is(unicode.Han, r), r >= 0x3000 && r <= 0x30ff, r >= 0xff01 && r <= 0xff60,
			r >= 0xac00 && r <= 0xd7a3, r >= 0x3130 && r <= 0x318f, r >= 0xfe30 && r <= 0xfe4f:
			n += 2
		default:
			n++
		}
	}
	return n
}
