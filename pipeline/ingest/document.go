// Package ingest turns raw files (txt, html, docx in any common Chinese
// encoding) into a Document: normalized body text with what was removed and
// why, the title, the script, and paragraph and sentence spans in runes.
package ingest

// Document is the contract between ingest and the later stages.
// All offsets are rune offsets into Text.
type Document struct {
	Source   string // path as given, or "-" for standard input
	Format   string // txt, html, docx
	Encoding string // utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5
	Script   string // simplified, traditional, mixed (or "" when no Han text)
	Title    string
	// Published is the publish date found in removed furniture (发布时间：
	// 2019-03-05), as YYYY, YYYY-MM or YYYY-MM-DD; "" when none was found.
	// It is the page's date, not the report's.
	Published string
	// PublishedStamped: the publish date is a post's own stamp, written with
	// a time of day or in a disclosure table (2014年3月6日 16:03, 成文日期),
	// rather than an upload date on a template or document-sharing site.
	PublishedStamped bool
	Text             string // normalized body, original script
	// Folded is Text converted to Simplified characters rune for rune: the
	// same length, so an offset into Folded is an offset into Text.
	Folded     string
	Removed    []Removed
	Paragraphs []Span
	Sentences  []Span
	Warnings   []string
}

// Removed is a piece of the input that ingest stripped, with the reason.
type Removed struct {
	Kind string `json:"kind"` // blurb, related, copyright, navigation, pinyin, ...
	Text string `json:"text"`
}

// Span is a half-open rune range [Start, End) into Document.Text.
type Span struct {
	Start, End int
}
