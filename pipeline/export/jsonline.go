package export

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// AppendRecord appends rec's JSONL line (its newline included) to dst:
// byte for byte what encoding/json's Encoder writes of withLists(*rec)
// with HTML escaping off, the form of --jsonl and the checkpoint. It is
// written out field by field because the reflection of encoding/json was
// most of the cost of the checkpoint, on the goroutine that emits the
// records in order (TestAppendRecordIsEncodingJSON and
// FuzzAppendRecordIsEncodingJSON hold it to encoding/json). The error is
// encoding/json's: a NaN or infinite number.
func AppendRecord(dst []byte, rec *extract.Record) ([]byte, error) {
	j := jsonLine{b: dst}
	j.raw(`{"source":`)
	j.str(rec.Source)
	j.raw(`,"format":`)
	j.str(rec.Format)
	j.raw(`,"encoding":`)
	j.str(rec.Encoding)
	j.raw(`,"script":`)
	j.str(rec.Script)
	j.raw(`,"title":`)
	j.str(rec.Title)
	j.raw(`,"year":`)
	j.intPtr(rec.Year)
	if rec.Published != "" {
		j.raw(`,"published":`)
		j.str(rec.Published)
	}
	j.raw(`,"text":`)
	j.str(rec.Text)
	j.raw(`,"removed":`)
	jsonList(&j, rec.Removed, true, (*jsonLine).removed)
	if len(rec.Warnings) > 0 {
		j.raw(`,"warnings":`)
		jsonList(&j, rec.Warnings, true, (*jsonLine).strAt)
	}
	j.raw(`,"tokens":`)
	j.int(rec.Tokens)
	j.raw(`,"quantities":`)
	jsonList(&j, rec.Quantities, true, (*jsonLine).quantity)
	j.raw(`,"money":`)
	jsonList(&j, rec.Money, true, (*jsonLine).money)
	j.raw(`,"dates":`)
	jsonList(&j, rec.Dates, true, (*jsonLine).date)
	j.raw(`,"periods":`)
	jsonList(&j, rec.Periods, true, (*jsonLine).period)
	j.raw(`,"activities":`)
	jsonList(&j, rec.Activities, true, (*jsonLine).activity)
	j.raw(`,"types":`)
	jsonList(&j, rec.Types, true, (*jsonLine).typeHitWithWords)
	j.raw(`,"main_type":`)
	j.str(rec.MainType)
	j.raw(`,"mentioned":`)
	jsonList(&j, rec.Mentioned, true, (*jsonLine).typeHitWithWords)
	j.raw(`,"entities":`)
	jsonList(&j, rec.Entities, true, (*jsonLine).entity)
	j.raw(`,"keywords":`)
	jsonList(&j, rec.Keywords, true, (*jsonLine).keyword)
	if len(rec.Terms) > 0 {
		j.raw(`,"terms":`)
		jsonList(&j, rec.Terms, true, (*jsonLine).term)
	}
	if rec.Fingerprint != "" {
		j.raw(`,"fingerprint":`)
		j.str(rec.Fingerprint)
	}
	j.raw("}\n")
	return j.b, j.bad
}

// jsonLine is a record's line being appended; bad is the first value
// JSON cannot hold.
type jsonLine struct {
	b   []byte
	bad error
}

func (j *jsonLine) raw(s string) { j.b = append(j.b, s...) }

func (j *jsonLine) int(n int) { j.b = strconv.AppendInt(j.b, int64(n), 10) }

func (j *jsonLine) bool(v bool) { j.b = strconv.AppendBool(j.b, v) }

func (j *jsonLine) intPtr(n *int) {
	if n == nil {
		j.raw("null")
		return
	}
	j.int(*n)
}

func (j *jsonLine) floatPtr(f *float64) {
	if f == nil {
		j.raw("null")
		return
	}
	j.float(*f)
}

// float writes f as encoding/json does: like ES6's number to string, 'f'
// form unless very small or large, exponents not padded.
func (j *jsonLine) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if j.bad == nil {
			j.bad = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		j.raw("null")
		return
	}
	form := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		form = 'e'
	}
	start := len(j.b)
	j.b = strconv.AppendFloat(j.b, f, form, -1, 64)
	if n := len(j.b); form == 'e' && n-start >= 4 && j.b[n-4] == 'e' && j.b[n-3] == '-' && j.b[n-2] == '0' {
		j.b[n-2] = j.b[n-1] // e-09 → e-9
		j.b = j.b[:n-1]
	}
}

const hexDigits = "0123456789abcdef"

// str writes s quoted as encoding/json does with HTML escaping off: the
// quote, the backslash and control bytes escaped, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 escaped. Most strings (Chinese text) need
// none of it: valid UTF-8 holding no byte that may need it is
// copied whole, without decoding its runes.
func (j *jsonLine) str(s string) {
	if plainJSON(s) {
		j.b = append(append(append(j.b, '"'), s...), '"')
		return
	}
	b := append(j.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	j.b = append(b, '"')
}

// mayEscape marks the bytes that may need escaping in valid UTF-8: the
// control bytes, the quote, the backslash, and E2, which leads U+2028 and
// U+2029 (and many other characters, such as “ and …).
var mayEscape = func() (m [256]bool) {
	for c := range 0x20 {
		m[c] = true
	}
	m['"'], m['\\'], m[0xE2] = true, true, true
	return m
}()

// plainJSON says whether s is written as it is between quotes.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !mayEscape[c] {
			continue
		}
		if c != 0xE2 || i+2 >= len(s) || s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return false
		}
	}
	return utf8.ValidString(s)
}

func (j *jsonLine) strAt(s *string) { j.str(*s) }

// jsonList writes xs as an array of item's writing; a nil list is [] when
// nilIsEmpty (the lists withLists fills), else null.
func jsonList[T any](j *jsonLine, xs []T, nilIsEmpty bool, item func(*jsonLine, *T)) {
	if xs == nil && !nilIsEmpty {
		j.raw("null")
		return
	}
	j.b = append(j.b, '[')
	for i := range xs {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		item(j, &xs[i])
	}
	j.b = append(j.b, ']')
}

func (j *jsonLine) removed(r *ingest.Removed) {
	j.raw(`{"kind":`)
	j.str(r.Kind)
	j.raw(`,"text":`)
	j.str(r.Text)
	j.raw("}")
}

func (j *jsonLine) quantity(q *extract.Quantity) {
	j.raw(`{"value":`)
	j.floatPtr(q.Value)
	j.raw(`,"max":`)
	j.floatPtr(q.Max)
	j.raw(`,"unit":`)
	j.str(q.Unit)
	j.raw(`,"approx":`)
	j.bool(q.Approx)
	j.raw(`,"vague":`)
	j.bool(q.Vague)
	j.raw(`,"redacted":`)
	j.bool(q.Redacted)
	j.raw(`,"object":`)
	j.str(q.Object)
	j.raw(`,"kind":`)
	j.str(q.Kind)
	j.raw(`,"repeat_of":`)
	j.intPtr(q.RepeatOf)
	j.raw(`,"text":`)
	j.str(q.Text)
	j.raw(`,"offset":`)
	j.int(q.Offset)
	j.raw(`,"sentence":`)
	j.str(q.Sentence)
	j.raw("}")
}

func (j *jsonLine) money(m *extract.Money) {
	j.raw(`{"amount":`)
	j.floatPtr(m.Amount)
	j.raw(`,"max":`)
	j.floatPtr(m.Max)
	j.raw(`,"approx":`)
	j.bool(m.Approx)
	j.raw(`,"vague":`)
	j.bool(m.Vague)
	if m.Per != "" {
		j.raw(`,"per":`)
		j.str(m.Per)
	}
	j.raw(`,"text":`)
	j.str(m.Text)
	j.raw(`,"offset":`)
	j.int(m.Offset)
	j.raw(`,"sentence":`)
	j.str(m.Sentence)
	j.raw("}")
}

func (j *jsonLine) datePoint(p *extract.DatePoint) {
	j.raw(`{"year":`)
	j.intPtr(p.Year)
	j.raw(`,"month":`)
	j.intPtr(p.Month)
	j.raw(`,"day":`)
	j.intPtr(p.Day)
	if p.Part != "" {
		j.raw(`,"part":`)
		j.str(p.Part)
	}
	j.raw("}")
}

func (j *jsonLine) date(d *extract.Date) {
	j.raw(`{"text":`)
	j.str(d.Text)
	j.raw(`,"start":`)
	j.datePoint(&d.Start)
	j.raw(`,"end":`)
	if d.End == nil {
		j.raw("null")
	} else {
		j.datePoint(d.End)
	}
	j.raw(`,"redacted":`)
	j.bool(d.Redacted)
	j.raw(`,"inferred_year":`)
	j.intPtr(d.InferredYear)
	j.raw(`,"offset":`)
	j.int(d.Offset)
	j.raw(`,"sentence":`)
	j.str(d.Sentence)
	j.raw("}")
}

func (j *jsonLine) period(p *extract.Period) {
	j.raw(`{"name":`)
	j.str(p.Name)
	j.raw(`,"text":`)
	j.str(p.Text)
	j.raw(`,"offset":`)
	j.int(p.Offset)
	j.raw(`,"sentence":`)
	j.str(p.Sentence)
	j.raw("}")
}

func (j *jsonLine) activity(a *extract.Activity) {
	j.raw(`{"index":`)
	j.int(a.Index)
	j.raw(`,"section":`)
	j.str(a.Section)
	j.raw(`,"number":`)
	j.str(a.Number)
	j.raw(`,"heading":`)
	j.str(a.Heading)
	j.raw(`,"text":`)
	j.str(a.Text)
	j.raw(`,"offset":`)
	j.int(a.Offset)
	j.raw(`,"types":`)
	jsonList(j, a.Types, true, (*jsonLine).strAt)
	j.raw(`,"type_hits":`)
	// withLists fills an activity's lists but not its hits' words.
	jsonList(j, a.TypeHits, true, (*jsonLine).typeHit)
	j.raw(`,"quantities":`)
	jsonList(j, a.Quantities, true, (*jsonLine).quantity)
	j.raw(`,"money":`)
	jsonList(j, a.Money, true, (*jsonLine).money)
	j.raw(`,"dates":`)
	jsonList(j, a.Dates, true, (*jsonLine).date)
	j.raw(`,"entities":`)
	jsonList(j, a.Entities, true, (*jsonLine).entity)
	j.raw("}")
}

// typeHitWithWords writes a hit of the document's types or mentioned
// types, whose nil words withLists makes [].
func (j *jsonLine) typeHitWithWords(t *extract.TypeHit) { j.typeHitOf(t, true) }

// typeHit writes an activity's hit, whose nil words stay null.
func (j *jsonLine) typeHit(t *extract.TypeHit) { j.typeHitOf(t, false) }

func (j *jsonLine) typeHitOf(t *extract.TypeHit, wordsNilIsEmpty bool) {
	j.raw(`{"id":`)
	j.str(t.ID)
	j.raw(`,"label":`)
	j.str(t.Label)
	j.raw(`,"hits":`)
	j.int(t.Hits)
	j.raw(`,"words":`)
	jsonList(j, t.Words, wordsNilIsEmpty, (*jsonLine).strAt)
	if t.Salience != 0 {
		j.raw(`,"salience":`)
		j.float(t.Salience)
	}
	if len(t.Why) > 0 {
		j.raw(`,"why":`)
		jsonList(j, t.Why, true, (*jsonLine).strAt)
	}
	if len(t.At) > 0 {
		j.raw(`,"at":`)
		jsonList(j, t.At, true, (*jsonLine).evidence)
	}
	j.raw("}")
}

func (j *jsonLine) evidence(e *extract.Evidence) {
	j.raw(`{"word":`)
	j.str(e.Word)
	j.raw(`,"offset":`)
	j.int(e.Offset)
	j.raw(`,"length":`)
	j.int(e.Length)
	j.raw("}")
}

func (j *jsonLine) entity(e *extract.Entity) {
	j.raw(`{"text":`)
	j.str(e.Text)
	j.raw(`,"kind":`)
	j.str(e.Kind)
	j.raw(`,"redacted":`)
	j.bool(e.Redacted)
	j.raw(`,"offset":`)
	j.int(e.Offset)
	j.raw(`,"sentence":`)
	j.str(e.Sentence)
	j.raw("}")
}

func (j *jsonLine) keyword(k *extract.Keyword) {
	j.raw(`{"word":`)
	j.str(k.Word)
	j.raw(`,"weight":`)
	j.float(k.Weight)
	j.raw("}")
}

func (j *jsonLine) term(t *extract.Term) {
	j.raw(`{"word":`)
	j.str(t.Word)
	j.raw(`,"pos":`)
	j.str(t.POS)
	j.raw(`,"count":`)
	j.int(t.Count)
	j.raw("}")
}
