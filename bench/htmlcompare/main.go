// Command htmlcompare scores main-text extraction on the HTML pages of the
// ingest development set (testdata/ingest): body lines kept and
// boilerplate lines dropped, as listed in each NAME.expect, for
//
//	rules        pipeline/ingest as it is (own DOM rules + dict/boilerplate.txt)
//	traf         go-trafilatura on the page decoded correctly (the encoding
//	             named in NAME.expect), its text lines trimmed
//	traf-bytes   go-trafilatura on the raw bytes, its own charset detection
//	traf+rules   traf's text run through pipeline/ingest as plain text
//	             (repairs, boilerplate patterns, title line)
//
// Run it (-v for the figures of each page):
//
//	cd bench/htmlcompare && go run . -dir ../../testdata/ingest
//
// It is a module of its own so go-trafilatura stays out of the main go.mod.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

type expectation struct {
	input, encoding, title string
	keeps, drops           []string
}

type score struct{ keepOK, keeps, dropOK, drops, titleOK, docs int }

func (s *score) add(text, title string, e expectation) {
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = strings.TrimFunc(lines[i], unicode.IsSpace)
	}
	s.docs++
	s.keeps += len(e.keeps)
	s.drops += len(e.drops)
	for _, k := range e.keeps {
		if slices.Contains(lines, k) {
			s.keepOK++
		}
	}
	for _, d := range e.drops {
		if !strings.Contains(text, d) && !strings.Contains(title, d) {
			s.dropOK++
		}
	}
	if strings.TrimSpace(title) == e.title {
		s.titleOK++
	}
}

func main() {
	// An own flag set: a dependency registers flags on the global one.
	fs := flag.NewFlagSet("htmlcompare", flag.ExitOnError)
	dir := fs.String("dir", "../../testdata/ingest", "development set directory")
	verbose := fs.Bool("v", false, "print each page's figures")
	fs.Parse(os.Args[1:])
	exps, err := readSet(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	methods := []string{"rules", "traf", "traf-bytes", "traf+rules"}
	scores := map[string]*score{}
	for _, m := range methods {
		scores[m] = &score{}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	if *verbose {
		fmt.Fprintln(tw, "page\tmethod\tkeep\tdrop\ttitle")
	}
	for _, e := range exps {
		raw, err := os.ReadFile(e.input)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		results := map[string][2]string{}
		if doc, err := ingest.Parse(e.input, raw, ingest.Options{}); err == nil {
			results["rules"] = [2]string{doc.Text, doc.Title}
		}
		page := decode(raw, e.encoding)
		if text, title, ok := trafText(page, true); ok {
			results["traf"] = [2]string{text, title}
			if doc, err := ingest.Parse("traf.txt", []byte(title+"\n"+text), ingest.Options{}); err == nil {
				results["traf+rules"] = [2]string{doc.Text, doc.Title}
			}
		}
		if text, title, ok := trafText(raw, false); ok {
			results["traf-bytes"] = [2]string{text, title}
		}
		for _, m := range methods {
			before := *scores[m]
			r := results[m]
			scores[m].add(r[0], r[1], e)
			if *verbose {
				s := scores[m]
				fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%d/%d\t%v\n", filepath.Base(e.input), m,
					s.keepOK-before.keepOK, len(e.keeps), s.dropOK-before.dropOK, len(e.drops), s.titleOK > before.titleOK)
			}
		}
	}
	tw.Flush()
	fmt.Printf("\n%d HTML pages of %s\n", len(exps), *dir)
	tw = tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "method\tbody lines kept\tboilerplate dropped\ttitles right")
	for _, m := range methods {
		s := scores[m]
		fmt.Fprintf(tw, "%s\t%d/%d (%.1f%%)\t%d/%d (%.1f%%)\t%d/%d\n", m,
			s.keepOK, s.keeps, pct(s.keepOK, s.keeps), s.dropOK, s.drops, pct(s.dropOK, s.drops), s.titleOK, s.docs)
	}
	tw.Flush()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// trafText runs go-trafilatura. With utf8 the page is already UTF-8 and is
// parsed as such; otherwise trafilatura detects the charset itself.
func trafText(page []byte, utf8 bool) (text, title string, ok bool) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	var res *trafilatura.ExtractResult
	var err error
	if utf8 {
		root, perr := html.Parse(bytes.NewReader(page))
		if perr != nil {
			return "", "", false
		}
		res, err = trafilatura.ExtractDocument(root, opts)
	} else {
		res, err = trafilatura.Extract(bytes.NewReader(page), opts)
	}
	if err != nil || res == nil {
		return "", "", false
	}
	// ContentText joins paragraphs with spaces; the lines are read from
	// the content tree instead, a line per block element, as ingest does.
	return nodeLines(res.ContentNode), res.Metadata.Title, true
}

var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "ul": true, "ol": true, "table": true, "section": true,
	"article": true, "blockquote": true, "pre": true, "hr": true, "dd": true, "dt": true,
	"head": true, "list": true, "item": true, "row": true, "quote": true, "lb": true,
}

func nodeLines(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			return
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			b.WriteByte('\n')
		}
		if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "cell") {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.TrimFunc(l, unicode.IsSpace); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func decode(raw []byte, name string) []byte {
	var e encoding.Encoding
	switch name {
	case "gb18030":
		e = simplifiedchinese.GB18030
	case "big5":
		e = traditionalchinese.Big5
	case "utf-16le":
		e = xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	case "utf-16be":
		e = xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	default:
		return bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	}
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// readSet reads the NAME.expect files whose document is HTML.
func readSet(dir string) ([]expectation, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expect"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no .expect files in %s", dir)
	}
	var out []expectation
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		var e expectation
		html := false
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			key, val, ok := strings.Cut(sc.Text(), ": ")
			if !ok || strings.HasPrefix(key, "#") {
				continue
			}
			val = strings.TrimSpace(val)
			switch key {
			case "format":
				html = val == "html"
			case "encoding":
				e.encoding = val
			case "title":
				e.title = val
			case "keep":
				e.keeps = append(e.keeps, val)
			case "drop":
				e.drops = append(e.drops, val)
			}
		}
		f.Close()
		if !html {
			continue
		}
		base := strings.TrimSuffix(p, ".expect")
		cands, _ := filepath.Glob(base + ".*")
		for _, c := range cands {
			if c != p && !strings.HasSuffix(c, ".document.xml") {
				e.input = c
			}
		}
		out = append(out, e)
	}
	return out, nil
}
