package export

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// appendRow appends a worksheet row of the value sheets as XML, the bytes
// excelize's StreamWriter.SetRow("A"+row, vals) writes for the cell kinds
// those sheets hold (nil, bool, int, float64, string). SetRow's generic
// path (an xlsxC a cell, its reference and text made as strings, styles
// looked up) was the larger part of writing those sheets; here a row is
// appended to one reused buffer. The rules below follow excelize v2.11.1
// (stream.go: SetRow, setCellValFunc, writeCell; cell.go: setCellFloat,
// setInlineStr, trimCellValue; lib.go: bstrMarshal); the workbook tests
// compare the two writers' sheets byte for byte.
func appendRow(b []byte, row int, vals []any) ([]byte, error) {
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(row), 10)
	b = append(b, `">`...)
	for i, v := range vals {
		if v == nil {
			continue
		}
		b = append(b, `<c r="`...)
		b = append(b, columnName(i+1)...)
		b = strconv.AppendInt(b, int64(row), 10)
		b = append(b, '"')
		switch v := v.(type) {
		case int:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(v), 10)
			b = append(b, `</v></c>`...)
		case float64:
			if math.IsNaN(v) || math.IsInf(v, 0) {
				b = appendInlineString(b, fmt.Sprint(v))
				break
			}
			b = append(b, `><v>`...)
			b = append(b, formatCellFloat(v)...) // digits, '-' and '.': nothing to escape
			b = append(b, `</v></c>`...)
		case bool:
			b = append(b, ` t="b"><v>`...)
			if v {
				b = append(b, '1')
			} else {
				b = append(b, '0')
			}
			b = append(b, `</v></c>`...)
		case string:
			if len(v) > excelize.TotalCellChars && utf16Len(v) > excelize.TotalCellChars {
				// excelize would cut it silently; limits.cut has cut it before.
				return b, errLongCell
			}
			b = appendInlineString(b, v)
		default:
			return b, fmt.Errorf("a cell of type %T cannot be written as a row", v)
		}
	}
	return append(b, `</row>`...), nil
}

var errLongCell = errors.New("a cell longer than Excel's limit reached the row writer uncut")

// appendInlineString appends the rest of an inline string cell, after its
// reference: setInlineStr and writeCell.
func appendInlineString(b []byte, s string) []byte {
	b = append(b, ` t="inlineStr"><is><t`...)
	if s != "" && (edgeSpace(s[0]) || edgeSpace(s[len(s)-1])) {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	start := len(b)
	b = appendEscaped(b, s)
	if bytes.Contains(b[start:], []byte("_x")) {
		esc := bstrMarshal(string(b[start:]))
		b = append(b[:start], esc...)
	}
	return append(b, `</t></is></c>`...)
}

// edgeSpace is a byte that makes excelize mark a string's spaces as
// preserved when it starts or ends one.
func edgeSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// appendEscaped appends s escaped as encoding/xml's EscapeText does, with
// the newline left as it is (trimCellValue escapes, then turns "&#xA;"
// back into a newline).
func appendEscaped(b []byte, s string) []byte {
	if plainXML(s) {
		return append(b, s...)
	}
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		i += width
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			continue
		case '\r':
			esc = "&#xD;"
		default:
			if !inXMLCharRange(r) || (r == utf8.RuneError && width == 1) {
				esc = "\uFFFD"
				break
			}
			continue
		}
		b = append(b, s[last:i-width]...)
		b = append(b, esc...)
		last = i
	}
	return append(b, s[last:]...)
}

// mayEscapeXML marks the bytes that may need escaping in valid UTF-8: the
// control bytes, the five XML marks, and EF, which leads U+FFFE and U+FFFF
// (and the full-width forms, such as ，).
var mayEscapeXML = func() (m [256]bool) {
	for c := range 0x20 {
		m[c] = true
	}
	for _, c := range []byte{'"', '\'', '&', '<', '>', 0xEF} {
		m[c] = true
	}
	return m
}()

// plainXML says whether appendEscaped writes s as it is: most cells
// (Chinese text) need no escaping, and then no rune is decoded.
func plainXML(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !mayEscapeXML[c] || c == '\n' {
			continue
		}
		if c != 0xEF || i+2 >= len(s) || s[i+1] == 0xBF && (s[i+2] == 0xBE || s[i+2] == 0xBF) {
			return false
		}
	}
	return utf8.ValidString(s)
}

// inXMLCharRange is encoding/xml's isInCharacterRange.
func inXMLCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// columnNames are the letters of the first columns; the value sheets have
// at most 15.
var columnNames = func() []string {
	names := make([]string, 32)
	for i := range names {
		names[i], _ = excelize.ColumnNumberToName(i + 1)
	}
	return names
}()

func columnName(col int) string {
	if col <= len(columnNames) {
		return columnNames[col-1]
	}
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// formatCellFloat is excelize's formatCellFloat(value, -1, 64): the
// shortest decimal form, cut to Excel's 15 significant digits.
func formatCellFloat(value float64) string {
	str := strconv.FormatFloat(value, 'f', -1, 64)
	if math.Abs(value) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal is excelize's: a text that looks like Excel's escape of a
// character (_x0041_) gets its underscore escaped (_x005F_x0041_), so
// that Excel shows it as written.
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}
