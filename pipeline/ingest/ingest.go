package ingest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = 50 << 20

// DefaultMaxUnzippedBytes is the most document XML unzipped from a .docx
// when Options.MaxUnzippedBytes is 0.
const DefaultMaxUnzippedBytes = 200 << 20

// Options steer ingest. The zero value uses the embedded defaults.
type Options struct {
	// Boilerplate patterns to remove; nil means the defaults from
	// dict/boilerplate.txt, an empty non-nil slice removes nothing.
	Boilerplate []Pattern
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxUnzippedBytes is the most document XML a .docx may unzip to
	// (against zip bombs); 0 means DefaultMaxUnzippedBytes.
	MaxUnzippedBytes int64
	// Raw keeps the decoded text as written, line for line (blank lines
	// too; only line breaks become LF and one final line break is
	// dropped): no repairs, no boilerplate removal, no title. For scoring
	// against segmented corpora, whose lines must line up with the input.
	Raw bool
	// LineCounts, when set, tells in how many documents of the batch each
	// line occurs: lines that recur in many are removed as kind repeated
	// (see repeatedLines and dict/furniture.txt).
	LineCounts LineCounter
	// linesOnly: the caller reads only Title, Text and Folded (the
	// counting pass, CountingOptions): no warnings, script, paragraphs or
	// sentences, which the title and the lines never depend on.
	linesOnly bool
	// lineModelTrace, when set (by the line model's study in the tests
	// only), receives every line the model is asked about, before it
	// decides.
	lineModelTrace func(text string, fs lineFeatureVec)
	// titleRankTrace, when set (by the title ranking's study in the tests
	// only), sees every ranking chooseTitle makes: the lines and the
	// candidates with their features.
	titleRankTrace func(lines []string, ranked []rankedTitle)
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) maxUnzippedBytes() int64 {
	if o.MaxUnzippedBytes <= 0 {
		return DefaultMaxUnzippedBytes
	}
	return o.MaxUnzippedBytes
}

// Read reads and parses the file at path. Errors name the file.
func Read(path string, opt Options) (*Document, error) {
	data, err := ReadFile(path, opt)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, opt)
}

// ReadFile reads the bytes of the file at path that Read parses, with its
// checks (a directory, over the size limit). A caller that needs the bytes
// too (their digest) reads them with it and gives them to Parse. Errors
// name the file.
func ReadFile(path string, opt Options) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // *PathError names the file
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	max := opt.maxBytes()
	if fi.Mode().IsRegular() && fi.Size() > max {
		return nil, fmt.Errorf("%s: file is %d bytes, over the %d-byte limit", path, fi.Size(), max)
	}
	// A buffer of the file's size and bytes.MinRead more: the bytes and
	// the read that finds their end go in without growing it.
	var buf *bytes.Buffer
	if fi.Mode().IsRegular() {
		buf = bytes.NewBuffer(make([]byte, 0, fi.Size()+bytes.MinRead))
	} else {
		buf = new(bytes.Buffer)
	}
	if _, err := buf.ReadFrom(io.LimitReader(f, max+1)); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return buf.Bytes(), nil
}

// Parse turns the raw bytes of one document into a Document. source is the
// path the bytes came from ("-" for standard input): it is stored in the
// Document, names the file in errors and its extension helps decide the
// format. Undecodable bytes are replaced and reported in Warnings, never an
// error; errors are for input that is not a document at all.
func Parse(source string, data []byte, opt Options) (*Document, error) {
	p, err := Prepare(source, data, opt)
	if err != nil {
		return nil, err
	}
	return p.Finish(opt)
}

// Prepared is a document decoded and repaired: the first half of Parse,
// before anything judges its lines. A batch's counting pass prepares each
// file once and keeps it for the second pass (pipeline.PreparedSpool),
// which goes on from it instead of reading, decoding and repairing the file
// again. The fields are plain data so that it can be written to a spool.
type Prepared struct {
	Source   string
	Format   string // txt, html, docx
	Encoding string
	// Warnings of decoding (an encoding note, invalid bytes, mojibake
	// lines unless prepared for counting).
	Warnings []string
	// Text is the decoded text, repaired (only line breaks made LF and
	// nothing else done with Options.Raw); an HTML page's <h1> is marked
	// in it.
	Text string
	// Title is an HTML page's <title>, repaired, on one line.
	Title string
	// TitleFromHeading: the page's title is its <h1>.
	TitleFromHeading bool
	// PageRemoved is what the HTML extraction removed.
	PageRemoved []Removed
	// RepairRemoved and RepairWarnings are what the repairs removed and
	// found but left alone (repairLog).
	RepairRemoved  []Removed
	RepairWarnings []string
	// Raw: prepared with Options.Raw (decoded, not repaired).
	Raw bool
	// Folded is Text in Simplified characters, fold.ToSimplified(Text),
	// folded once for the counting pass and the second ("" when Raw, or
	// in a Prepared made elsewhere: then Finish folds Text).
	Folded string
}

// Prepare is the first half of Parse: it checks, decodes and repairs the
// bytes of one document. Only Options.Raw, the size limits and the counting
// mode matter to it; Finish goes on with the other options.
func Prepare(source string, data []byte, opt Options) (*Prepared, error) {
	name := source
	if name == "-" {
		name = "standard input"
	}
	if max := opt.maxBytes(); int64(len(data)) > max {
		return nil, fmt.Errorf("%s: input is over the %d-byte limit", name, max)
	}
	format, err := detectFormat(source, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	p := &Prepared{Source: source, Format: format, Encoding: encUTF8, Raw: opt.Raw}

	var raw string
	switch format {
	case formatDocx:
		if raw, err = docxText(data, opt.maxUnzippedBytes()); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
	default:
		hint := ""
		if format == formatHTML {
			hint = metaCharset(data)
		}
		d := decode(data, hint)
		p.Encoding = d.encoding
		if d.note != "" {
			p.Warnings = append(p.Warnings, d.note)
		}
		if d.invalid > 0 {
			p.Warnings = append(p.Warnings, fmt.Sprintf("%d invalid byte sequence(s) in %s replaced with U+FFFD", d.invalid, d.encoding))
		}
		raw = d.text
		if format == formatHTML {
			page := extractHTML(raw)
			if !opt.linesOnly {
				p.Warnings = append(p.Warnings, mojibakeLines(raw)...)
			}
			raw, p.Title = page.body, page.title
			p.PageRemoved = page.removed
			if !opt.Raw && page.titleAt >= 0 {
				raw = insertLine(raw, page.titleAt, titleMark)
			}
			p.TitleFromHeading = page.titleAt >= 0
		} else if !opt.linesOnly {
			p.Warnings = append(p.Warnings, mojibakeLines(raw)...)
		}
	}
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, "\uFFFD")
	}
	if opt.Raw {
		p.Text = raw
		return p, nil
	}
	var log repairLog
	p.Text = runRepairs(raw, &log)
	if p.Title != "" {
		p.Title = strings.ReplaceAll(runRepairs(p.Title, &log), "\n", " ")
	}
	p.RepairRemoved, p.RepairWarnings = log.removed(), log.warnings
	p.Folded = fold.ToSimplified(p.Text)
	return p, nil
}

// folded is fold.ToSimplified(p.Text): p.Folded when Prepare made it.
func (p *Prepared) folded() string {
	if p.Folded == "" && p.Text != "" {
		return fold.ToSimplified(p.Text)
	}
	return p.Folded
}

// Finish is the second half of Parse: it makes the Document of a prepared
// one (removing boilerplate, finding the title, folding). It leaves p as
// it is, so a Prepared can be finished more than once (for counting, then
// in full); opt.Raw must be what p was prepared with.
func (p *Prepared) Finish(opt Options) (*Document, error) {
	if opt.Raw != p.Raw {
		return nil, fmt.Errorf("%s: prepared with Raw %v, finished with Raw %v", p.Source, p.Raw, opt.Raw)
	}
	pats := opt.Boilerplate
	if pats == nil {
		var err error
		if pats, err = defaultPatterns(); err != nil {
			return nil, err
		}
	}
	format := p.Format
	doc := &Document{Source: p.Source, Format: format, Encoding: p.Encoding, Warnings: slices.Clone(p.Warnings)}
	if opt.Raw {
		doc.Text = strings.TrimSuffix(lineBreaks{}.Repair(p.Text, nil), "\n")
		doc.Folded = fold.ToSimplified(doc.Text)
		doc.Script = fold.Script(doc.Text, doc.Folded)
		doc.Paragraphs = paragraphs(doc.Text)
		doc.Sentences = sentences(doc.Text)
		return doc, nil
	}

	text, title, titleFromHeading := p.Text, p.Title, p.TitleFromHeading
	lines := strings.Split(text, "\n")
	// Kept in step with lines (folding works line by line); the counting
	// pass reads them for the lines' fingerprints.
	textFolded := p.folded()
	folded := strings.Split(textFolded, "\n")
	var furniture furnitureResult
	var fv *furnitureVocab // read when there are patterns; every use below is under len(pats) > 0
	if len(pats) > 0 {
		var err error
		if fv, err = defaultFurniture(); err != nil {
			return nil, err
		}
		furniture = removeFurniture(lines, folded, pats, fv, opt)
		lines, folded = furniture.lines, furniture.folded
	}
	lines, folded, removed := removeBoilerplateKnown(lines, folded, pats, furniture.whole)
	removed = append(furniture.removed, removed...)
	doc.Published, doc.PublishedStamped = furniture.published, furniture.publishedStamped // a header may give one below
	if doc.Published == "" && len(pats) > 0 {
		if d := datelineDate(folded, fv); d != "" {
			doc.Published, doc.PublishedStamped = d, true
		}
	}
	if m, header := headerAboveTitle(lines); format == formatHTML && m >= 0 {
		// What a page shows above its <h1> once boilerplate is gone, when
		// it is a few short lines, is the site's: a column name, a slogan.
		if header {
			var above []string
			for _, l := range lines[:m] {
				if l != "" {
					above = append(above, l)
				}
			}
			removed = append(removed, Removed{Kind: "header", Text: strings.Join(above, "\n")})
			lines, folded = lines[m+1:], folded[m+1:]
		} else {
			lines, folded = without(lines, m), without(folded, m)
		}
	}
	// drop is the title's line, removed; opened is the line a title opens
	// and that stays whole (某某活动总结 今年…), kept from the title's
	// variants.
	drop, opened := -1, -1
	if format == formatHTML && title != "" && !titleFromHeading && len(pats) > 0 {
		// A <title> that is only a site's or an organisation's name
		// (某某镇人民政府), the report's title set in the text (a bold
		// table cell): a line of the text that looks like an article
		// title is the title.
		if _, ok := articleScore(title); !ok {
			ts, err := defaultTitleScorer()
			if err != nil {
				return nil, err
			}
			if c, ok := chooseTitle(lines, folded, "", furniture.crumb, removedHead{}, fv, ts, furniture.headClean, furniture.stamped, opt.titleRankTrace); ok && c.line >= 0 && c.rest == "" {
				if _, article := articleScore(c.text); article {
					title = c.text
				}
			}
		}
	}
	if format == formatHTML && title != "" {
		// The body often repeats the title, sometimes in a fuller form
		// (<title>社区矫正工作总结</title>, then 2022年社区矫正工作总结 in bold):
		// the fuller line is the title.
		if drop = firstLine(lines, title); drop < 0 {
			if i := titleLine(lines); i >= 0 && strings.Contains(lines[i], title) {
				drop, title = i, lines[i]
				if ts, err := defaultTitleScorer(); err == nil {
					title = ts.withoutLabel(title) // 名  称：… in a disclosure table
				}
			}
		}
		if drop < 0 {
			i := titleAfterHeader(lines, title)
			if i < 0 {
				i = titleAfterNotices(lines, title) // a ticker's notice among the header's lines
			}
			if i >= 0 {
				var header []string
				for _, l := range lines[:i] {
					if l != "" {
						header = append(header, l)
					}
				}
				removed = append(removed, Removed{Kind: "header", Text: strings.Join(header, "\n")})
				lines, folded, drop = lines[i:], folded[i:], 0
			}
		}
	} else if title == "" && len(pats) == 0 {
		if drop = titleLine(lines); drop >= 0 {
			title = lines[drop]
		}
	} else if title == "" {
		ts, err := defaultTitleScorer()
		if err != nil {
			return nil, err
		}
		head := ts.removedHeadline(furniture.removed, furniture.stamped)
		if head.text == "" {
			head = removedBeforeFacts(removed, fv)
		}
		c, ok := chooseTitle(lines, folded, furniture.fileTitle, furniture.crumb, head, fv, ts, furniture.headClean, furniture.stamped, opt.titleRankTrace)
		if !ok && ts.firstLineTitle(lines) < 0 {
			if t := ts.labelledHeadline(furniture.removed, text, lines, folded, fv); t != "" {
				c, ok = titleCandidate{text: t, line: -1}, true
			}
		}
		if ok {
			title = c.text
			if c.stamp != "" {
				removed = append(removed, Removed{Kind: "metadata", Text: c.stamp})
				if doc.Published == "" {
					// The headline's own date, as a time of day makes a
					// stamp the post's.
					doc.Published, doc.PublishedStamped = stampDate(c.stamp), true
				}
			}
			switch {
			case c.line < 0:
			case c.rest == "" && sampleHeading(lines[c.line], c.text):
				// 某某总结 篇1: the heading of a template site's first
				// sample, the title read off it, stays the body's as the
				// samples' other headings do (round 36).
			case c.rest == "":
				drop = c.line
				if c.wrapped > 0 {
					lines[c.wrapped], folded[c.wrapped] = "", ""
				}
			case bracketHead(lines[c.line], c.text):
				// 【某某活动总结】在过去…: the title in brackets opens the
				// first paragraph, and the line stays whole.
			case c.opensBody:
				opened = c.line
			default:
				lines[c.line], folded[c.line] = c.rest, fold.ToSimplified(c.rest)
				if c.note != "" {
					removed = append(removed, Removed{Kind: "site", Text: c.note})
				}
			}
			if len(c.copies) > 0 {
				// A header's copies of the headline go; what else the
				// header holds is left to the furniture judges (a
				// bulletin's masthead above its headline is the author's).
				for _, k := range c.copies {
					removed = append(removed, Removed{Kind: "header", Text: strings.TrimSpace(lines[k])})
					lines[k], folded[k] = "", ""
				}
			} else if c.belowBlurb || c.line > 0 && titleBelow(lines, lines[c.line], fv.textHeaderLine) == c.line {
				// A few lines above the title of a text, none of them
				// prose, are the page's header: a column name, a site, a
				// publish date, a greeting; so are the lines down to a
				// site's sentence above its headline. The headline's
				// kicker right above it stays the report's
				// (titleScorer.kickerLine).
				cut := c.line
				if k := nonEmptyBefore(c.line, func(i int) bool { return lines[i] == "" }); k >= 0 && ts.kickerLine(lines[k]) {
					cut = k
					if l := strings.TrimRight(lines[k], cellBorders); l != strings.TrimRight(lines[k], " \t") {
						// 某某 某某 |: the kicker's cell's bar is the layout's.
						removed = append(removed, Removed{Kind: "decoration", Text: strings.TrimSpace(lines[k][len(l):])})
						lines[k], folded[k] = l, fold.ToSimplified(l)
					}
				}
				var header []string
				for _, l := range lines[:cut] {
					if l != "" {
						header = append(header, l)
						doc.stampFromHeader(l)
					}
				}
				if len(header) > 0 {
					removed = append(removed, Removed{Kind: "header", Text: strings.Join(header, "\n")})
				}
				lines, folded = lines[cut:], folded[cut:]
				if opened >= 0 {
					opened = c.line - cut
				}
				if drop = -1; c.rest == "" && !sampleHeading(lines[c.line-cut], c.text) {
					drop = c.line - cut // the title's line; a title run into the body leaves its rest
				}
			} else if at := headlineAt(text, lines, c); at > 0 {
				// A prose line above the headline keeps the lines above it
				// from being the header whole, or the judges removed the
				// headline: the lines above it that are no sentence nor
				// clause are the header's all the same, a date among them
				// the post's as above; the prose and the kicker stay.
				var header []string
				for _, k := range shortLinesAbove(lines, folded, at, fv, ts) {
					header = append(header, strings.TrimSpace(lines[k]))
					doc.stampFromHeader(lines[k])
					lines[k], folded[k] = "", ""
				}
				if len(header) > 0 {
					removed = append(removed, Removed{Kind: "header", Text: strings.Join(header, "\n")})
				}
			}
		} else if i := ts.firstLineTitle(lines); i >= 0 && i >= ts.captionsEnd(lines, fv) && !fv.creditNamed(strings.TrimSpace(folded[i])) && !ts.stackedOver(lines, i) {
			// A first line naming its credit (现场合影（摄影 某某）) is a
			// caption's or a byline's, as chooseTitle refuses it too; one
			// over another short line is a stack's (a menu, a sponsor's
			// credits), as chooseTitle refuses it on its length alone.
			drop, title = i, lines[i]
		}
	}
	if title != "" && len(pats) > 0 {
		var variants []Removed
		lines, folded, variants = withoutTitleVariants(lines, folded, title, max(drop, opened), fv)
		removed = append(removed, variants...)
		lines, folded, variants = withoutTitlePictures(lines, folded, title, drop, fv)
		removed = append(removed, variants...)
		lines, folded, variants = withoutCollections(lines, folded, drop, fv)
		removed = append(removed, variants...)
		lines, folded, variants = withoutCollectionBlurb(lines, folded, title, drop, fv)
		removed = append(removed, variants...)
		var stamp string
		lines, folded, variants, stamp = withoutPostFields(lines, folded, drop, fv)
		removed = append(removed, variants...)
		if stamp != "" && (doc.Published == "" || doc.Published == stamp) {
			doc.Published, doc.PublishedStamped = stamp, true
		}
	}
	if len(pats) > 0 {
		var lead []Removed
		lines, folded, lead = withoutSiteLead(lines, folded, drop, fv)
		removed = append(removed, lead...)
	}
	lines, folded = without(lines, drop), without(folded, drop)
	if len(pats) > 0 {
		var heads []Removed
		lines, folded, heads = withoutHeadLate(lines, folded, furniture.headLate, title, fv)
		removed = append(removed, heads...)
	}

	doc.Title = title
	doc.Text = joinLines(lines)
	if opt.linesOnly && len(pats) == 0 && textFolded == text {
		// Without patterns lines are dropped, never changed: the text
		// of a text that is its own fold (most) is its fold too.
		doc.Folded = doc.Text
		return doc, nil
	}
	// Folding works line by line, so the folded lines joined the same way
	// are exactly fold.ToSimplified(doc.Text), without folding twice.
	doc.Folded = joinLines(folded)
	if opt.linesOnly {
		return doc, nil
	}
	doc.Script = fold.Script(doc.Text, doc.Folded)
	if doc.Script == "" && doc.Title != "" {
		doc.Script = fold.Script(doc.Title, fold.ToSimplified(doc.Title))
	}
	doc.Removed = append(append(slices.Clone(p.PageRemoved), removed...), p.RepairRemoved...)
	doc.Warnings = append(doc.Warnings, p.RepairWarnings...)
	doc.Paragraphs = paragraphs(doc.Text)
	doc.Sentences = sentences(doc.Text)
	return doc, nil
}

// insertLine returns text with line inserted before its line i (at the end
// when text has no more than i lines).
func insertLine(text string, i int, line string) string {
	lines := strings.Split(text, "\n")
	if i > len(lines) {
		i = len(lines)
	}
	return strings.Join(append(lines[:i:i], append([]string{line}, lines[i:]...)...), "\n")
}

// bracketHead reports whether line opens with title in square brackets
// (【title】…, [title]…).
func bracketHead(line, title string) bool {
	m := bracketTitle.FindStringSubmatch(strings.TrimSpace(line))
	return m != nil && strings.TrimSpace(m[1]) == title
}

// stampFromHeader takes a line of the page's header as the post's publish
// date when none is known yet: a line of dates alone over the headline is
// the post's own stamp, as one under it is; the page's clock is not
// (pageClock).
func (doc *Document) stampFromHeader(l string) {
	if f := fold.ToSimplified(l); doc.Published == "" && !pageClock(f) {
		doc.Published, doc.PublishedStamped = publishDate(f), datesOnly(strings.TrimSpace(f))
	}
}

// pageClock reports whether a header's line is the page's clock: a day's
// date, its weekday and a time of day (2022年06月14日 星期二 09:41:07), the
// day the page was shown, not the post's.
func pageClock(f string) bool {
	return weekdayStamp.MatchString(f) && timeOfDay.MatchString(f)
}
