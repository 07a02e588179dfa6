package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
)

// Formats as stored in Document.Format.
const (
	formatTxt  = "txt"
	formatHTML = "html"
	formatDocx = "docx"
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// detectFormat decides the format from the content first and the file
// extension second, because scraped files often carry the wrong one: a
// .txt or .doc that is really an HTML page ("save as", document-site
// downloads), a .doc that is really a .docx, an .html holding plain text.
func detectFormat(source string, data []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(source))
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return formatDocx, nil
	case bytes.HasPrefix(data, oleMagic):
		return "", errors.New("legacy Word (.doc) files are not supported; save the file as .docx or .txt")
	}
	if looksBinary(data) {
		return "", errors.New("binary content, not text, HTML or .docx")
	}
	if looksHTML(data) {
		return formatHTML, nil
	}
	switch ext {
	case ".docx":
		return "", errors.New("not a .docx file (no zip header)")
	case ".html", ".htm", ".xhtml", ".shtml":
		if hasMarkup(data) {
			return formatHTML, nil
		}
		return formatTxt, nil // an .html that holds plain text keeps its lines
	case ".doc":
		if hasMarkup(data) {
			return formatHTML, nil
		}
	}
	return formatTxt, nil
}

var markupRe = regexp.MustCompile(`(?i)<(p|br|div|span|table|td|tr|a|b|strong|font|li|h[1-6]|body|html|head|title|meta)(\s[^<>]*)?/?>`)

// hasMarkup reports whether the start of data holds HTML tags; the zero
// bytes of UTF-16 are skipped so markup in any of our encodings is seen.
func hasMarkup(data []byte) bool {
	head := bytes.ReplaceAll(data[:min(len(data), 64<<10)], []byte{0}, nil)
	return markupRe.Match(head)
}

// looksHTML reports whether the content starts like an HTML document. Byte
// order marks and the zero bytes of UTF-16 are skipped, so markup in any
// of our encodings is seen.
func looksHTML(data []byte) bool {
	// Every answer yes starts with a <: most plain texts hold none in
	// their first kilobyte, and need no copy of it lower-cased.
	if bytes.IndexByte(data[:min(len(data), 1024)], '<') < 0 {
		return false
	}
	var head []byte
	for _, c := range data[:min(len(data), 1024)] {
		switch c {
		case 0, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF:
			continue
		}
		head = append(head, c)
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	if bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<!--")) {
		return bytes.Contains(head, []byte("<html"))
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<meta", "<body", "<title"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// looksBinary reports whether data is not text: a zero byte (outside
// UTF-16) or many control characters in its first 8 KB.
func looksBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || utf16NoBOM(data) != "" {
		return false
	}
	head := data[:min(len(data), 8192)]
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b && c != 0x1a:
			controls++
		}
	}
	return controls*20 > len(head)
}

// docxText returns the text of a .docx document: one line a paragraph,
// one line a table row (its cells separated by a space). At most limit
// bytes of document XML are decompressed, against zip bombs.
func docxText(data []byte, limit int64) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("not a .docx file: %v", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
			break
		}
	}
	if doc == nil {
		return "", errors.New("not a .docx file: no word/document.xml in the archive")
	}
	if doc.UncompressedSize64 > uint64(limit) {
		return "", fmt.Errorf("document text is %d bytes unzipped, over the %d-byte limit", doc.UncompressedSize64, limit)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("reading .docx: %v", err)
	}
	defer rc.Close()
	// The declared size can lie; the reader is capped as well.
	lr := &io.LimitedReader{R: rc, N: limit + 1}
	var b strings.Builder
	dec := xml.NewDecoder(lr)
	inText := false
	rowDepth := 0      // nesting of w:tr; inside a row paragraphs end in a space
	cellStart := false // a cell separator is owed before the next text
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if lr.N <= 0 {
				return "", fmt.Errorf("document text is over the %d-byte limit unzipped", limit)
			}
			return "", fmt.Errorf("reading .docx: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				if rowDepth > 0 {
					b.WriteByte(' ')
				} else {
					b.WriteByte('\n')
				}
			case "tr":
				rowDepth++
				cellStart = false
			case "tc":
				if cellStart {
					b.WriteByte(' ')
				}
				cellStart = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if rowDepth == 0 {
					b.WriteByte('\n')
				}
			case "tr":
				rowDepth--
				if rowDepth == 0 {
					b.WriteByte('\n')
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	if lr.N <= 0 {
		return "", fmt.Errorf("document text is over the %d-byte limit unzipped", limit)
	}
	return b.String(), nil
}
