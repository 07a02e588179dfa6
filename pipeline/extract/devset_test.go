package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// numericDevsetDir is the hand-annotated dev set (docs/annotation.md):
// NN-name.txt with its gold NN-name.json.
const numericDevsetDir = "../../testdata/extract"

// The dev set is in groups by document number. 01–20 was the first tuning
// set; 21–30 and 31–45 (annotated blind) were held out at first, then
// tuned on; 46–60, 61–76 (round 5), 77–92 (round 6), 93–108 (round 7) and
// 109–124 (round 8), 125–140 (round 9), 141–156 (round 10), 157–172
// (round 11), 173–188 (round 12), 189–204 (round 13), 205–220 (round
// 14), 221–236 (round 15), 237–252 (round 16), 253–268 (round 17), 269–284 (round 18), 285–300 (round 19), 301–316 (round 20), 317–332 (round 21), 333–348 (round 22), 349–364 (round 23), 365–380 (round 24), 381–396 (round 25), 397–412 (round 26), 413–428 (round 27), 429–444 (round 28), 445–460 (round 29), 461–476 (round 30), 477–492 (round 31), 493–508 (round 32), 509–524 (round 33), 525–540 (round 34) and 541–556 (round 35), written and
// annotated blind under the round 5 guidelines, in genres the earlier sets
// lack, were
// measured blind once each — their blind figures are in the README and are
// the floors of their groups — and have since been tuned on too: all of
// 01–556 is the development set, and its misses are listed with -v. A blind group
// (numericBlindGroups) is not even read, and is left out of every figure,
// unless ZONGJIE_DEVSET_BLIND=1 is set; then only its aggregate lines are
// printed, never its misses. Other documents numbered above 556 are ignored.
const (
	numericDevTo    = 556 // 01–556: the development set
	numericBlindEnv = "ZONGJIE_DEVSET_BLIND"
	// numericSetEnv names an outside folder of documents annotated the
	// same way (NAME.txt with NAME.json), scored by TestNumericOutsideSet.
	// With ZONGJIE_DEVSET_BLIND=1 only its aggregate lines are printed.
	numericSetEnv = "ZONGJIE_EXTRACT_SET"
)

// numericGroups are the groups of the development set the figures are
// logged for, by document number, inclusive; the last is all of them.
// 46–60, 61–76, 77–92, 93–108, 109–124, 125–140, 141–156, 157–172,
// 173–188, 189–204, 205–220, 221–236, 237–252, 253–268, 269–284, 285–300, 301–316, 317–332, 333–348, 349–364, 365–380, 381–396, 397–412, 413–428, 429–444, 445–460, 461–476, 477–492, 493–508, 509–524, 525–540 and 541–556 keep as floors the F1 scores they had when measured
// blind (a little under for the later ones), so that tuning on them cannot
// leave them worse than blind.
var numericGroups = []struct {
	name     string
	from, to int
	floors   map[string]float64
}{
	{"01–20", 1, 20, nil},
	{"21–30", 21, 30, nil},
	{"31–45", 31, 45, nil},
	{"46–60", 46, 60, map[string]float64{"quantities": 0.967, "money": 1.000, "dates": 0.989}},
	{"61–76", 61, 76, map[string]float64{"quantities": 0.961, "money": 0.980, "dates": 1.000}},
	{"77–92", 77, 92, map[string]float64{"quantities": 0.981, "money": 0.990, "dates": 0.956}},
	{"93–108", 93, 108, map[string]float64{"quantities": 0.984, "money": 0.991, "dates": 0.968}},
	{"109–124", 109, 124, map[string]float64{"quantities": 0.986, "money": 0.986, "dates": 0.947}},
	{"125–140", 125, 140, map[string]float64{"quantities": 0.993, "money": 0.999, "dates": 0.981}},
	{"141–156", 141, 156, map[string]float64{"quantities": 0.983, "money": 0.986, "dates": 0.989}},
	{"157–172", 157, 172, map[string]float64{"quantities": 0.977, "money": 0.970, "dates": 0.994}},
	{"173–188", 173, 188, map[string]float64{"quantities": 0.984, "money": 0.988, "dates": 0.980}},
	{"189–204", 189, 204, map[string]float64{"quantities": 0.986, "money": 0.958, "dates": 0.991}},
	{"205–220", 205, 220, map[string]float64{"quantities": 0.986, "money": 0.985, "dates": 0.999}},
	{"221–236", 221, 236, map[string]float64{"quantities": 0.991, "money": 0.999, "dates": 0.992}},
	{"237–252", 237, 252, map[string]float64{"quantities": 0.994, "money": 0.999, "dates": 0.999}},
	{"253–268", 253, 268, map[string]float64{"quantities": 0.989, "money": 0.999, "dates": 0.990}},
	{"269–284", 269, 284, map[string]float64{"quantities": 0.981, "money": 0.999, "dates": 0.999}},
	{"285–300", 285, 300, map[string]float64{"quantities": 0.992, "money": 0.999, "dates": 0.999}},
	{"301–316", 301, 316, map[string]float64{"quantities": 0.988, "money": 0.969, "dates": 0.991}},
	{"317–332", 317, 332, map[string]float64{"quantities": 0.991, "money": 0.999, "dates": 0.956}},
	{"333–348", 333, 348, map[string]float64{"quantities": 0.974, "money": 0.999, "dates": 0.983}},
	{"349–364", 349, 364, map[string]float64{"quantities": 0.968, "money": 0.983, "dates": 0.970}},
	{"365–380", 365, 380, map[string]float64{"quantities": 0.944, "money": 0.919, "dates": 0.991}},
	{"381–396", 381, 396, map[string]float64{"quantities": 0.981, "money": 0.999, "dates": 0.977}},
	{"397–412", 397, 412, map[string]float64{"quantities": 0.944, "money": 0.999, "dates": 0.930}},
	{"413–428", 413, 428, map[string]float64{"quantities": 0.972, "money": 0.999, "dates": 0.983}},
	{"429–444", 429, 444, map[string]float64{"quantities": 0.986, "money": 0.999, "dates": 0.974}},
	{"445–460", 445, 460, map[string]float64{"quantities": 0.974, "money": 0.999, "dates": 0.973}},
	{"461–476", 461, 476, map[string]float64{"quantities": 0.972, "money": 0.961, "dates": 0.999}},
	{"477–492", 477, 492, map[string]float64{"quantities": 0.983, "money": 0.999, "dates": 0.949}},
	{"493–508", 493, 508, map[string]float64{"quantities": 0.955, "money": 0.922, "dates": 0.935}},
	{"509–524", 509, 524, map[string]float64{"quantities": 0.986, "money": 0.986, "dates": 0.895}},
	{"525–540", 525, 540, map[string]float64{"quantities": 0.978, "money": 0.980, "dates": 0.982}},
	{"541–556", 541, numericDevTo, map[string]float64{"quantities": 0.961, "money": 0.938, "dates": 0.937}},
	{"all 01–556", 1, numericDevTo, nil},
}

// numericBlindOn tells whether the blind group is measured.
func numericBlindOn() bool { return os.Getenv(numericBlindEnv) == "1" }

// numericFloors are the F1 scores below which TestNumericDevSet fails, on
// all of 01–556; a little under what the extractors reach, so that a
// regression shows.
var numericFloors = map[string]float64{"quantities": 0.96, "money": 0.95, "dates": 0.95}

// numericBlindGroups are the blind groups, measured only when
// ZONGJIE_DEVSET_BLIND=1, with their floors: once a group is first
// measured, its floors are set to the F1 scores measured, so that a
// regression fails the test. A group is not tuned on while blind: its
// misses are never printed. 93–108 (round 7), measured blind on the merged
// code of round 7 (F1 0.985, 0.992, 0.969; dates 0.984 before that round's
// date rules), joined the development set with those floors; so did
// 109–124 (round 8), measured blind on main 56246fc before the round and
// on its merged code (F1 0.987, 0.987, 0.948 both times), floors a little
// under. 125–140 (round 9), measured blind on main 7665521 before the
// round (F1 0.994, 1.000, 0.988) and on its merged code (0.994, 1.000,
// 0.982), joined the development set in round 10 with floors a little
// under the second. 141–156 (round 10), measured on main e5c5ddb before
// the round and on its merged code (F1 0.984, 0.987, 0.990 both times),
// and 157–172 (round 11), measured on main 856f892 before the round and on
// its merged code (F1 0.978, 0.971, 0.995 both times), joined the
// development set in round 12 with floors a little under. 173–188 (round
// 12), measured on main c68575d before the round and on its merged code
// (F1 0.985, 0.989, 0.981 both times), joined the development set in round
// 13 with floors a little under. 189–204 (round 13), measured on main
// b35bcdb before the round and on its merged code (F1 0.987, 0.959, 0.992
// both times), joined the development set in round 14 with floors a little
// under. 205–220 (round 14), measured on main 98150d8 before the round
// (F1 0.987, 0.986, 0.993) and on its merged code (0.987, 0.986, 1.000),
// floors a little under the second; it joined the development set in round
// 15 with them. 221–236 (round 15), measured on main 691804f before the
// round and on its merged code (F1 0.992, 1.000, 0.993 both times), floors a
// little under; it joined the development set in round 16 with them.
// 237–252 (round 16), measured on main f8a2093 before the round and on its
// merged code (F1 0.995, 1.000, 1.000 both times), floors a little under;
// it joined the development set in round 17 with them. 253–268 (round 17),
// measured on main 9570464 before the round (F1 0.988, 1.000, 0.991) and on
// its merged code (0.990, 1.000, 0.991), floors a little under the second;
// it joined the development set in round 18 with them. 269–284 (round 18),
// measured on main 3ed8705 before the round (F1 0.978, 1.000, 1.000) and on
// its merged code (0.982, 1.000, 1.000), floors a little under the second;
// it joined the development set in round 19 with them. 285–300 (round 19),
// measured on main b764dd5 before the round and on its merged code (F1
// 0.993, 1.000, 1.000 both times), floors a little under; it joined the
// development set in round 20 with them. 301–316 (round 20), measured on
// main 7ce81ef before the round and on its merged code (F1 0.989, 0.970,
// 0.992 both times), floors a little under; it joined the development set
// in round 21 with them. 317–332 (round 21), measured on main a857ac7
// before the round and on its merged code (F1 0.992, 1.000, 0.957 both
// times), floors a little under; it joined the development set in round 22
// with them. 333–348 (round 22), measured on main fdd2c8e before the round
// (F1 0.975, 1.000, 0.984) and on its merged code (0.977, 1.000, 0.984),
// floors a little under the first; it joined the development set in round
// 23 with them. 349–364 (round 23), measured on main 9274de1 before the
// round and on its merged code (F1 0.969, 0.984, 0.971 both times), floors
// a little under; it joined the development set in round 24 with them.
// 365–380 (round 24), measured on main a987b11 and bb45658 before the
// round and on its merged code (F1 0.945, 0.920, 0.992 every time), floors
// a little under; it joined the development set in round 25 with them.
// 381–396 (round 25), measured on main 470446d, 4d206df and 9efa630
// before the round and on its merged code (F1 0.982, 1.000, 0.978 every
// time), floors a little under; it joined the development set in round 26
// with them. 397–412 (round 26), measured blind on main 9efa630, 534b8b0,
// ca11cb8 and 1469b21 before the round (F1 0.945 to 0.947, 1.000, 0.931)
// and on its merged code (0.945, 1.000, 0.931: one true count fewer),
// floors a little under; it joined the development set in round 27 with
// them. 413–428 (round 27), measured blind on main 1469b21, 4eb1aeb and
// 0f31613 before the round and on its merged code (F1 0.973, 1.000, 0.984
// every time), floors a little under; it joined the development set in
// round 28 with them. 429–444 (round 28), measured blind on main 0f31613
// and 0f21d5e before the round and on its merged code (F1 0.987, 1.000,
// 0.975 every time), floors a little under; it joined the development
// set in round 29 with them. 445–460 (round 29), measured blind on main
// 2f98eff, on round 28's merged code and on cfe0f56 before the round
// and on its merged code (F1 0.975, 1.000, 0.974 every time), floors a
// little under; it joined the development set in round 30 with them.
// 461–476 (round 30), measured blind on main 820d817 before the round and
// on its merged code (F1 0.973, 0.962, 1.000 both times), floors a little
// under; it joined the development set in round 31 with them. 477–492
// (round 31), measured blind on main ef580a9 before the round and on its
// merged code (F1 0.984, 1.000, 0.950 both times), floors a little under;
// it joined the development set in round 32 with them. 493–508 (round 32),
// measured blind on main bbd65cc before the round and on its merged code
// (F1 0.956, 0.923, 0.936 both times), floors a little under; it joined the
// development set in round 33 with them. 509–524 (round 33), measured blind
// on main c1b9beb before the round and on its merged code (F1 0.987, 0.987,
// 0.896 both times), floors a little under; it joined the development set
// in round 34 with them. 525–540 (round 34), measured blind on main 2284e8b
// before the round and on its merged code (F1 0.979, 0.981, 0.983 both
// times), floors a little under; it joined the development set in round 35
// with them. 541–556 (round 35), measured blind on main a9e6d55 before the
// round and on its merged code (F1 0.962, 0.939, 0.938 both times), floors a
// little under; it joined the development set in round 36 with them.
// 557–572 (round 36), measured blind on main 1890775 before the round and
// on its merged code (F1 0.987, 1.000, 0.980 both times), floors a little
// under.
var numericBlindGroups = []struct {
	name     string
	from, to int
	floors   map[string]float64
}{
	{"557–572", 557, 572, map[string]float64{"quantities": 0.986, "money": 0.999, "dates": 0.979}},
}

// numericFields are the fields scored, in the order they are logged.
var numericFields = []string{"quantities", "money", "dates"}

// goldNumeric is the numeric part of a gold annotation file, older rounds
// and Round 5 alike (docs/annotation.md).
type goldNumeric struct {
	Quantities []goldQuantity `json:"quantities"`
	Money      []goldMoney    `json:"money"`
	Dates      []goldDate     `json:"dates"`
}

type goldMoney struct {
	Text   string   `json:"text"`
	Amount *float64 `json:"amount"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	Vague  bool     `json:"vague"`
	// Per is a string in Round 5 (人/月, or ""); older files wrote a
	// bool, scored as written or not.
	Per json.RawMessage `json:"per"`
}

type goldDate struct {
	Text     string     `json:"text"`
	Start    DatePoint  `json:"start"`
	End      *DatePoint `json:"end"`
	Redacted bool       `json:"redacted"`
}

type goldQuantity struct {
	Text     string   `json:"text"`
	Value    *float64 `json:"value"`
	Max      *float64 `json:"max"`
	Unit     string   `json:"unit"`
	Approx   bool     `json:"approx"`
	Vague    bool     `json:"vague"`
	Redacted bool     `json:"redacted"`
	// Round 5: the kind, the counted object as written ("" when none is
	// written; absent in older files) and the text of the quantity a
	// demonstrative repeat refers back to.
	Kind     string  `json:"kind"`
	Object   *string `json:"object"`
	RepeatOf *string `json:"repeat_of"`
}

// goldPer reads a gold per: the string of Round 5, or for an older bool
// "*" when true and "" when false.
func goldPer(raw json.RawMessage) (per string, isString bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	var b bool
	if json.Unmarshal(raw, &b) == nil {
		if b {
			return "*", false
		}
		return "", false
	}
	var s string
	json.Unmarshal(raw, &s)
	return s, true
}

// devItem is one value reduced to what matching compares: the key (text
// and value, or text and date parts) and the attributes scored apart.
type devItem struct {
	key   string
	attrs string
}

// prf counts matches for precision, recall and F1.
type prf struct{ tp, fp, fn, attrOK int }

func (c *prf) add(o prf) {
	c.tp += o.tp
	c.fp += o.fp
	c.fn += o.fn
	c.attrOK += o.attrOK
}

func (c prf) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c prf) String() string {
	p, r, f := c.scores()
	attr := 0.0
	if c.tp > 0 {
		attr = float64(c.attrOK) / float64(c.tp)
	}
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d; flags right on %.3f of matches)", p, r, f, c.tp, c.fp, c.fn, attr)
}

// match pairs gold and predicted items with the same key (a multiset
// match: a repeated mention must be found as often as it is written).
// pairs maps a matched gold index to its predicted index.
func match(gold, got []devItem) (c prf, pairs map[int]int, missed, extra []string) {
	pool := map[string][]int{}
	for k, g := range got {
		pool[g.key] = append(pool[g.key], k)
	}
	pairs = map[int]int{}
	for k, g := range gold {
		if ps := pool[g.key]; len(ps) > 0 {
			c.tp++
			pairs[k] = ps[0]
			if a := got[ps[0]].attrs; a == g.attrs {
				c.attrOK++
			} else {
				missed = append(missed, "flags "+g.key+": want "+g.attrs+", got "+a)
			}
			pool[g.key] = ps[1:]
			continue
		}
		c.fn++
		missed = append(missed, g.key)
	}
	for _, g := range got {
		if ps := pool[g.key]; len(ps) > 0 {
			c.fp++
			extra = append(extra, g.key)
			pool[g.key] = ps[1:]
		}
	}
	return c, pairs, missed, extra
}

// widthFolder turns full-width digits, letters and signs into ASCII, as
// ingest does, so gold text written full-width matches.
var widthFolder = func() *strings.Replacer {
	var pairs []string
	for r := '！'; r <= '～'; r++ {
		pairs = append(pairs, string(r), string(r-0xFEE0))
	}
	return strings.NewReplacer(pairs...)
}()

// goldPinyin is converter pinyin after a Han character, which ingest drops.
var goldPinyin = regexp.MustCompile(`(\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)`)

func devText(s string) string {
	return widthFolder.Replace(goldPinyin.ReplaceAllString(s, "$1"))
}

func numStr(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func flags(bs ...bool) string {
	s := ""
	for i, b := range bs {
		if b {
			s += string("avrp"[i])
		}
	}
	return s
}

func pointKey(p *DatePoint) string {
	if p == nil {
		return "null"
	}
	q := *p
	q.Part = ""
	return fmtDatePoint(q)
}

// bodyOnly drops the gold items annotated in the title line: the record
// holds values of the body only (docs/annotation.md, Round 5: the title
// line is not annotated; older files were, and are scored without them).
// Items are found in document order in the raw file, and those found in
// the first line are dropped. A bare measure word (a masked-out number,
// 名) is never looked for: it is never in a title.
func bodyOnly[T any](raw string, items []T, text func(T) string) (kept []T, dropped int) {
	titleEnd := strings.IndexByte(raw, '\n')
	if titleEnd < 0 {
		return items, 0
	}
	cursor := 0
	for _, it := range items {
		s := text(it)
		if utf8.RuneCountInString(s) < 2 {
			kept = append(kept, it)
			continue
		}
		at := strings.Index(raw[cursor:], s)
		if at < 0 {
			kept = append(kept, it)
			continue
		}
		at += cursor
		cursor = at + len(s)
		if at < titleEnd {
			dropped++
			continue
		}
		kept = append(kept, it)
	}
	return kept, dropped
}

// roundFive tells whether a gold file follows the Round 5 rules, whose
// title line is not annotated: a quantity has a kind or an object, or a
// money per is a string.
func (g goldNumeric) roundFive() bool {
	for _, q := range g.Quantities {
		if q.Kind != "" || q.Object != nil {
			return true
		}
	}
	for _, m := range g.Money {
		if _, isString := goldPer(m.Per); isString && len(m.Per) > 0 && string(m.Per) != "null" {
			return true
		}
	}
	return false
}

// upgrade rewrites the items of an older gold file where the Round 5
// rules changed what an item is, mechanically, from the item and the raw
// text alone: digit + 几 gets its place's bound as max (十几人: 10 to 20,
// 二十几万元: 20万 to 30万), and an amount written 圆整 or 元整 takes in its
// 整. Nothing else of the older annotation is changed.
func (g *goldNumeric) upgrade(raw string) {
	g.fillBounds()
	for k := range g.Money {
		m := &g.Money[k]
		if (strings.HasSuffix(m.Text, "元") || strings.HasSuffix(m.Text, "圆")) && strings.Contains(raw, m.Text+"整") {
			m.Text += "整"
		}
	}
}

// placeBound is the high end of a number written with 几 after a digit
// place (十几, 二十几万): value plus that place times the big units after
// 几; nil when the text has no such 几.
// fillBounds gives digit + 几 its place's bound as max where the gold
// writes none (十几人: 10 to 20), the Round 5 rule "in any quantity or
// amount".
func (g *goldNumeric) fillBounds() {
	for k := range g.Quantities {
		q := &g.Quantities[k]
		if q.Value != nil && q.Max == nil {
			q.Max = placeBound(q.Text, *q.Value)
		}
	}
	for k := range g.Money {
		m := &g.Money[k]
		if m.Amount != nil && m.Max == nil {
			m.Max = placeBound(m.Text, *m.Amount)
		}
	}
}

func placeBound(text string, value float64) *float64 {
	rs := []rune(text)
	for k := 1; k < len(rs); k++ {
		if rs[k] != '几' && rs[k] != '幾' {
			continue
		}
		place := map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}[rs[k-1]]
		if place == 0 {
			return nil
		}
		for _, r := range rs[k+1:] {
			switch r {
			case '万', '萬':
				place *= 1e4
			case '亿', '億':
				place *= 1e8
			}
		}
		hi := value + place
		return &hi
	}
	return nil
}

// numericScore is what one document, or a group, scores.
type numericScore struct {
	docs   int
	fields map[string]*prf
	// scored counts the documents whose gold file holds each field.
	scored map[string]int
	// titleItems are gold items of the title line, left out.
	titleItems int
	// counts are matched quantities of people and households (by the gold
	// kind, or the kind of the gold unit in older files); filled those
	// whose record holds an object; objectGold those whose gold object is
	// written (Round 5), objectFilled those of them whose record holds an
	// object, objectRight those whose object is the gold one.
	counts, filled, objectGold, objectFilled, objectRight int
	// kindGold are matched quantities with a gold kind; kindRight those
	// whose record kind agrees.
	kindGold, kindRight int
	// repeats are matched gold quantities of Round 5 files marked
	// repeat_of; repeatRight those the record marks as a repeat of the
	// same text; repeatExtra record repeats the gold does not mark.
	repeats, repeatRight, repeatExtra int
	// oldHours are record quantities of kind hours left unmatched in a
	// gold file older than Round 5, whose rules did not annotate hours:
	// they are not scored (neither right nor wrong), only counted.
	oldHours int
}

func newNumericScore() *numericScore {
	s := &numericScore{fields: map[string]*prf{}, scored: map[string]int{}}
	for _, f := range numericFields {
		s.fields[f] = &prf{}
	}
	return s
}

func (s *numericScore) add(o *numericScore) {
	s.docs += o.docs
	for _, f := range numericFields {
		s.fields[f].add(*o.fields[f])
		s.scored[f] += o.scored[f]
	}
	s.titleItems += o.titleItems
	s.counts += o.counts
	s.filled += o.filled
	s.objectGold += o.objectGold
	s.objectFilled += o.objectFilled
	s.objectRight += o.objectRight
	s.kindGold += o.kindGold
	s.kindRight += o.kindRight
	s.repeats += o.repeats
	s.repeatRight += o.repeatRight
	s.repeatExtra += o.repeatExtra
	s.oldHours += o.oldHours
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(b), a, b)
}

// log writes the group's figures, one line a field and one for objects.
func (s *numericScore) log(t *testing.T, name string) {
	t.Helper()
	for _, f := range numericFields {
		if s.scored[f] == 0 {
			t.Logf("%-11s (%2d docs) %-10s not annotated", name, s.docs, f)
			continue
		}
		t.Logf("%-11s (%2d docs) %-10s %s", name, s.scored[f], f, s.fields[f])
	}
	t.Logf("%-11s (%2d docs) objects of people and households counts: filled %s (where the annotation writes one %s), as annotated %s; kinds as annotated %s; repeat_of as annotated %s, %d not annotated; %d title-line gold items left out; %d unmatched hours in gold older than Round 5",
		name, s.docs, ratio(s.filled, s.counts), ratio(s.objectFilled, s.objectGold), ratio(s.objectRight, s.objectGold), ratio(s.kindRight, s.kindGold),
		ratio(s.repeatRight, s.repeats), s.repeatExtra, s.titleItems, s.oldHours)
}

// numericTools are the segmenter and Extractor the scorers run, built once.
var numericTools = sync.OnceValues(func() (*segment.Segmenter, error) {
	return segment.Default()
})

// numericDoc is a document read for scoring: its gold (the title line's
// items left out of an older file, which the record never holds), the
// fields its gold file holds, and the record the pipeline makes of it.
type numericDoc struct {
	gold       goldNumeric
	present    map[string]json.RawMessage
	doc        *ingest.Document
	toks       []segment.Token
	rec        Record
	roundFive  bool
	titleItems int
}

// readNumericDoc reads the document txt and its gold file and runs it
// through ingest, segment and Extract. An outside set is in the Round 5
// format (outside): its title line is never annotated.
func readNumericDoc(t *testing.T, x *Extractor, txt, goldPath string, outside bool) numericDoc {
	t.Helper()
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var d numericDoc
	if err := json.Unmarshal(b, &d.gold); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	// A field the file does not hold was not annotated (an outside set
	// may annotate quantities only): it is not scored.
	json.Unmarshal(b, &d.present)
	rawBytes, err := os.ReadFile(txt)
	if err != nil {
		t.Fatalf("%s: no text beside it", goldPath)
	}
	raw := strings.TrimPrefix(string(rawBytes), "\ufeff")
	if d.doc, err = ingest.Read(txt, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	seg, err := numericTools()
	if err != nil {
		t.Fatal(err)
	}
	d.toks = seg.Cut(d.doc)
	d.rec = x.Extract(d.doc, d.toks)
	g := &d.gold
	d.roundFive = outside || g.roundFive()
	if outside {
		// The real-page collectors were shown the guideline's Numbers
		// section, which writes 十几人 as 10, approx, and not the Round 5
		// rule that gives it its place's bound: the 11 such counts of the
		// read and validation folders of round 19 write no max.
		g.fillBounds()
	}
	if !d.roundFive {
		g.upgrade(raw)
		var n int
		g.Quantities, n = bodyOnly(raw, g.Quantities, func(q goldQuantity) string { return q.Text })
		d.titleItems += n
		g.Money, n = bodyOnly(raw, g.Money, func(m goldMoney) string { return m.Text })
		d.titleItems += n
		g.Dates, n = bodyOnly(raw, g.Dates, func(d goldDate) string { return d.Text })
		d.titleItems += n
	}
	return d
}

// scoreNumericDoc scores the record of the document txt against its gold
// file, as the pipeline makes it (ingest, segment, Extract): every field
// on what the record holds. It returns the misses for a verbose log.
// An outside set is in the Round 5 format (outside): its title line is
// never annotated, whatever fields a file happens to hold.
func scoreNumericDoc(t *testing.T, x *Extractor, txt, goldPath string, outside bool) (*numericScore, []string) {
	t.Helper()
	d := readNumericDoc(t, x, txt, goldPath, outside)
	g, present, rec, roundFive := d.gold, d.present, d.rec, d.roundFive
	s := newNumericScore()
	s.docs = 1
	s.titleItems = d.titleItems

	gold, got := map[string][]devItem{}, map[string][]devItem{}
	quantityItem := func(text string, value, max *float64, unit string, approx, vague, redacted bool) devItem {
		return devItem{devText(text) + " " + numStr(value) + "~" + numStr(max), unit + " " + flags(approx, vague, redacted)}
	}
	for _, q := range g.Quantities {
		gold["quantities"] = append(gold["quantities"], quantityItem(q.Text, q.Value, q.Max, q.Unit, q.Approx, q.Vague, q.Redacted))
	}
	for _, q := range rec.Quantities {
		got["quantities"] = append(got["quantities"], quantityItem(q.Text, q.Value, q.Max, q.Unit, q.Approx, q.Vague, q.Redacted))
	}
	perStrings := false
	for _, m := range g.Money {
		per, isString := goldPer(m.Per)
		perStrings = perStrings || isString && per != ""
		gold["money"] = append(gold["money"], devItem{
			devText(m.Text) + " " + numStr(m.Amount) + "~" + numStr(m.Max),
			flags(m.Approx, m.Vague) + " per " + per})
	}
	for _, m := range rec.Money {
		per := m.Per
		if !perStrings && per != "" {
			per = "*" // an older gold file says only whether a per word is written
		}
		got["money"] = append(got["money"], devItem{
			devText(m.Text) + " " + numStr(m.Amount) + "~" + numStr(m.Max),
			flags(m.Approx, m.Vague) + " per " + per})
	}
	for _, d := range g.Dates {
		gold["dates"] = append(gold["dates"], devItem{
			devText(d.Text) + " " + pointKey(&d.Start) + ".." + pointKey(d.End),
			flags(false, false, d.Redacted)})
	}
	for _, d := range rec.Dates {
		got["dates"] = append(got["dates"], devItem{
			devText(d.Text) + " " + pointKey(&d.Start) + ".." + pointKey(d.End),
			flags(false, false, d.Redacted)})
	}
	var misses []string
	for _, f := range numericFields {
		if _, ok := present[f]; !ok {
			continue
		}
		s.scored[f] = 1
		c, pairs, missed, extra := match(gold[f], got[f])
		*s.fields[f] = c
		if len(missed)+len(extra) > 0 {
			misses = append(misses, fmt.Sprintf("%s %s: missed %q extra %q", filepath.Base(txt), f, missed, extra))
		}
		if f != "quantities" {
			continue
		}
		paired := map[int]bool{}
		for _, pi := range pairs {
			paired[pi] = true
		}
		for k, q := range rec.Quantities {
			if !roundFive && !paired[k] && q.Kind == "hours" {
				s.oldHours++ // not a false positive: the older rules left hours out
				s.fields[f].fp--
			}
		}
		textAt := map[int]string{}
		for _, q := range rec.Quantities {
			textAt[q.Offset] = devText(q.Text)
		}
		for gi, pi := range pairs {
			gq, q := g.Quantities[gi], rec.Quantities[pi]
			if roundFive {
				switch {
				case gq.RepeatOf != nil:
					s.repeats++
					if q.RepeatOf != nil && textAt[*q.RepeatOf] == devText(*gq.RepeatOf) {
						s.repeatRight++
					}
				case q.RepeatOf != nil:
					s.repeatExtra++
				}
			}
			if gq.Kind != "" {
				s.kindGold++
				if gq.Kind == q.Kind {
					s.kindRight++
				} else {
					misses = append(misses, fmt.Sprintf("%s kind: %s for %q, want %s", filepath.Base(txt), q.Kind, q.Text, gq.Kind))
				}
			}
			kind := gq.Kind
			if kind == "" {
				kind, _ = x.Measure.Kind(gq.Unit)
			}
			if kind != "people" && kind != "households" {
				continue
			}
			s.counts++
			if q.Object != "" {
				s.filled++
			} else {
				misses = append(misses, fmt.Sprintf("%s object: none for %q in %q", filepath.Base(txt), q.Text, q.Sentence))
			}
			if gq.Object != nil && *gq.Object != "" {
				s.objectGold++
				if q.Object != "" {
					s.objectFilled++
				}
				if devText(*gq.Object) == devText(q.Object) {
					s.objectRight++
				} else {
					misses = append(misses, fmt.Sprintf("%s object: %q for %q, want %q", filepath.Base(txt), q.Object, q.Text, *gq.Object))
				}
			}
		}
	}
	sort.Strings(misses)
	return s, misses
}

// annotatedDocs lists the gold files of dir that have a text beside them.
func annotatedDocs(t *testing.T, dir string) (golds, txts []string) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	sort.Strings(paths)
	for _, jp := range paths {
		txt := strings.TrimSuffix(jp, ".json") + ".txt"
		if _, err := os.Stat(txt); err != nil {
			continue
		}
		golds, txts = append(golds, jp), append(txts, txt)
	}
	return golds, txts
}

// TestNumericDevSet scores quantities, money and dates of the record
// against the hand annotation of testdata/extract, leaving out the gold
// items of the title line (the record holds the body's values only): a
// predicted value matches a gold one when its text (width-folded) and
// value (or date parts) are the same. It logs precision, recall and F1
// per field for each group of numericGroups (01–20 … 541–556, all 01–556),
// the object fill rate of people and households counts, and, only when
// ZONGJIE_DEVSET_BLIND=1, the same aggregates for the blind groups; with
// -v it lists the misses of each document of 01–556.
// It fails when F1 on all of 01–556 falls under numericFloors, or on a blind group (when
// measured) under its floors.
// Run:
//
//	go test ./pipeline/extract/ -run NumericDevSet -v
func TestNumericDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	golds, txts := annotatedDocs(t, numericDevsetDir)
	if len(golds) == 0 {
		t.Skip("no annotated documents in " + numericDevsetDir)
	}
	x := New()
	totals := make([]*numericScore, len(numericGroups))
	for g := range numericGroups {
		totals[g] = newNumericScore()
	}
	blinds := make([]*numericScore, len(numericBlindGroups))
	for g := range blinds {
		blinds[g] = newNumericScore()
	}
	for k, jp := range golds {
		n, err := strconv.Atoi(strings.SplitN(filepath.Base(jp), "-", 2)[0])
		if err != nil || n < 1 {
			t.Logf("%s: not NN-name.json, ignored", filepath.Base(jp))
			continue
		}
		blindGroup := -1
		for g, group := range numericBlindGroups {
			if n >= group.from && n <= group.to {
				blindGroup = g
			}
		}
		if n > numericDevTo && (blindGroup < 0 || !numericBlindOn()) {
			continue // a blind set is not even read unless asked for
		}
		s, misses := scoreNumericDoc(t, x, txts[k], jp, false)
		if blindGroup >= 0 {
			blinds[blindGroup].add(s) // misses never shown
			continue
		}
		for g, group := range numericGroups {
			if n >= group.from && n <= group.to {
				totals[g].add(s)
			}
		}
		if testing.Verbose() {
			for _, m := range misses {
				t.Log(m)
			}
		}
	}
	for g, group := range numericGroups {
		totals[g].log(t, group.name)
		for _, f := range numericFields {
			if _, _, f1 := totals[g].fields[f].scores(); group.floors != nil && f1 < group.floors[f] {
				t.Errorf("%s: F1 %.3f on %s, under its blind figure %.3f", f, f1, group.name, group.floors[f])
			}
		}
	}
	all := totals[len(numericGroups)-1]
	for _, f := range numericFields {
		if _, _, f1 := all.fields[f].scores(); f1 < numericFloors[f] {
			t.Errorf("%s: F1 %.3f on 01–556, under the floor %.2f", f, f1, numericFloors[f])
		}
	}
	if !numericBlindOn() {
		return
	}
	for g, group := range numericBlindGroups {
		if blinds[g].docs == 0 {
			continue
		}
		blinds[g].log(t, group.name)
		for _, f := range numericFields {
			if _, _, f1 := blinds[g].fields[f].scores(); f1 < group.floors[f] {
				t.Errorf("%s: F1 %.3f on %s, under its floor %.3f", f, f1, group.name, group.floors[f])
			}
		}
	}
}

// TestNumericOutsideSet scores folders of annotated documents from
// outside the repository, named by ZONGJIE_EXTRACT_SET (one folder, or
// several joined by the path-list separator; NAME.txt with NAME.json,
// Round 5 format or older), the way TestNumericDevSet scores
// testdata/extract: each folder, then all of them. With
// ZONGJIE_DEVSET_BLIND=1 it prints the aggregates only; otherwise, with -v,
// the misses of each document too. It skips when the variable is not set.
//
//	ZONGJIE_EXTRACT_SET=DIR ZONGJIE_DEVSET_BLIND=1 go test ./pipeline/extract/ -run NumericOutsideSet -v
func TestNumericOutsideSet(t *testing.T) {
	dirs := filepath.SplitList(os.Getenv(numericSetEnv))
	if len(dirs) == 0 {
		t.Skip(numericSetEnv + " names no folder")
	}
	x := New()
	all := newNumericScore()
	for _, dir := range dirs {
		golds, txts := annotatedDocs(t, dir)
		if len(golds) == 0 {
			t.Fatalf("%s: no NAME.json with NAME.txt beside it", dir)
		}
		total := newNumericScore()
		for k, jp := range golds {
			s, misses := scoreNumericDoc(t, x, txts[k], jp, true)
			total.add(s)
			if testing.Verbose() && !numericBlindOn() {
				for _, m := range misses {
					t.Log(m)
				}
			}
		}
		total.log(t, filepath.Base(filepath.Clean(dir)))
		all.add(total)
	}
	if len(dirs) > 1 {
		all.log(t, fmt.Sprintf("all %d folders", len(dirs)))
	}
}
