package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Judges of round 11 of issue 9: forms, not words. Two rounds of word
// lists grown from read pages did not carry over to the next sites; these
// judges read the shape of a kind whatever its words — a glyph before a
// line hides nothing, a byline is a name, a role and a person's name
// whatever the outlet.

// glyphLed: a line opened by a glyph or a bullet (□ 记者 某某, ▲ 圖/某某,
// • 来源：某某, - 来源：某某) is what the line after the glyph is: the glyph
// is the page's layout, not a word. The other line judges are asked about
// the rest.
type glyphLed struct{ v *furnitureVocab }

func (j glyphLed) Judge(l lineView) string {
	rest, cut := l.folded, 0
	for {
		r, size := utf8.DecodeRuneInString(rest)
		if size == 0 || !j.v.isLeadGlyph(r) {
			break
		}
		trimmed := strings.TrimSpace(rest[size:])
		cut += utf8.RuneCountInString(rest) - utf8.RuneCountInString(trimmed)
		rest = trimmed
	}
	if cut == 0 || rest == "" {
		return ""
	}
	text := strings.TrimSpace(string([]rune(l.text)[min(cut, utf8.RuneCountInString(l.text)):]))
	inner := l
	inner.text, inner.folded, inner.runeCount = text, rest, utf8.RuneCountInString(rest)
	return judge(j.v.lineJudges(), inner)
}

// buttonLed: outside the body, a line opened by a button in its frame
// (【纠错】 【责任编辑:某某】, 【我要纠错】 责任编辑:某某) is the page's when
// the other line judges take the rest of it: the button is the page's
// layout, as a glyph is (glyphLed). A frame holds a button as in a row of
// them (widgetRow): a short part holding a button's word ([widget_words]).
type buttonLed struct{ v *furnitureVocab }

func (j buttonLed) Judge(l lineView) string {
	r, size := utf8.DecodeRuneInString(l.folded)
	closer, ok := buttonFrames[r]
	end := strings.Index(l.folded, closer)
	if l.zone == zoneBody || !ok || end < 0 {
		return ""
	}
	button, rest := l.folded[size:end], strings.TrimSpace(l.folded[end+len(closer):])
	if rest == "" || runesOver(button, maxWidgetPartRunes) || !containsAny(button, j.v.widgetWords) || judge(j.v.lineJudges(), newLineView(rest, rest, l.zone)) == "" {
		return ""
	}
	return "widget"
}

// isLeadGlyph reports whether r may open a line as its layout: any
// symbol of Unicode's class So (the geometric shapes □ ▲ ●, arrows,
// stars, dingbats, emoji) — a page's glyph whatever its shape — or a
// bullet or dash that Unicode files as punctuation ([lead_glyphs]: •, -).
func (v *furnitureVocab) isLeadGlyph(r rune) bool {
	return unicode.Is(unicode.So, r) || slices.Contains(v.leadGlyphs, string(r))
}

// anyOutletByline: outside the body, a byline whose outlet's name ends
// in a way no list knows (某某全媒体 记者 某某, 某某商报·某某客户端记者 某某):
// a short name, a role, then a person's name set apart by a space or a
// colon. The body's own sentences never read so; the title, above the
// body, holds no role followed by a lone name.
type anyOutletByline struct{ v *furnitureVocab }

func (j anyOutletByline) Judge(l lineView) string {
	if l.zone == zoneBody || l.runes() > j.v.shortRunes || !j.v.bylineRoleSet.in(l.folded) {
		return ""
	}
	if j.v.bylineAnyOutlet.MatchString(l.folded) {
		return "byline"
	}
	return ""
}

// statisticsRow reports whether a line is the report's figures written as
// label:value pairs between commas (服务人次:235人次,服务时长:460小时):
// each value a number. A page's fields stand apart by spaces or bars, and
// a comma between them is prose's mark.
func statisticsRow(folded string) bool {
	parts := strings.FieldsFunc(withoutGrouping(folded), isComma)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		n := fieldLabel(p)
		if n == 0 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p[n:])); !isASCIIDigit(r) {
			return false
		}
	}
	return true
}

// leadWithNames reports whether s is an outlet's lead (本网讯, 某某日报讯)
// followed by reporters' names only (本网讯某某某, 某某报讯 某某 某某): what a
// news page writes in brackets before its first sentence.
func leadWithNames(s string) bool {
	i := strings.Index(s, "讯")
	if i < 0 || !outletLeadExpr.MatchString(s[:i+len("讯")]) {
		return false
	}
	return leadNames(s[i+len("讯"):])
}

// fusedCrumb: above the body, a breadcrumb whose separators the page lost
// (首页总结社区工作总结, 总结志愿者服务总结): the site's root ([crumb_roots])
// or a collection's name ([collection_words]) run into the steps after
// it, Han characters only. A collection's name opens such a line only
// when the line ends with it too, after a short step: a headline that
// starts and ends with 总结 says more between them.
type fusedCrumb struct{ v *furnitureVocab }

// maxFusedStepRunes is the longest step after a collection's name
// (志愿者服务总结).
const maxFusedStepRunes = 10

func (j fusedCrumb) Judge(l lineView) string {
	if l.zone == zoneHead && fusedCrumbSteps(l.folded, j.v) > 0 {
		return "navigation"
	}
	return ""
}

// fusedCrumbSteps returns how many runes of f the fused breadcrumb's
// first steps take (首页总结 of 首页总结社区工作总结), or 0 when f is none.
func fusedCrumbSteps(f string, v *furnitureVocab) int {
	if runesOver(f, v.shortRunes) || !allHan(f) {
		return 0
	}
	cut := 0
	for rest := f; ; {
		step := 0
		for _, root := range v.crumbRoots {
			if after, ok := strings.CutPrefix(rest, root); ok && runeLen(after) >= 2 {
				step = runeLen(root)
			}
		}
		for _, w := range v.collectionWords {
			after, ok := strings.CutPrefix(rest, w)
			if ok && step == 0 && runeLen(w) >= 2 && strings.HasSuffix(after, w) && runeLen(after) > runeLen(w)+1 && !runesOver(after, maxFusedStepRunes) {
				step = runeLen(w)
			}
		}
		if step == 0 {
			return cut
		}
		cut += step
		rest = string([]rune(rest)[step:])
	}
}

// fusedCrumbTail is the last step of a fused breadcrumb as the page
// writes it (社区工作总结), or "".
func fusedCrumbTail(line, folded string, v *furnitureVocab) string {
	n := fusedCrumbSteps(folded, v)
	if rs := []rune(line); n > 0 && n <= len(rs) {
		return string(rs[n:])
	}
	return ""
}

// widgetRow: a short row of buttons (举报/反馈, 回覆 引用 報告, 【返回】
// 【打印】): two or more short parts between spaces, slashes, bars or
// brackets, no sentence mark, at least half of them the page's buttons
// ([widget_words]; in a row of bracketed parts, each part framed as a
// button, one that holds such a word: 【打印文章】 is 打印 named longer);
// the others ride along whatever their words. In any
// zone: a page sets its buttons right under the last paragraph as well
// as below the tail, and no sentence of a report is a row of buttons.
// Since round 29 the type size's buttons count as buttons too: a size of
// [type_sizes] (大 中 小) and a step of [size_steps] (A+ A-, run together
// or not: A+A-; a bare A beside one is a step that lost its sign), a step
// alone making a row (A+); a row holding them is buttons only (大 中 小组,
// A+ B are not: a size is a common word, A+ a grade). And a button's
// label may end a part with its colon, its buttons lost or cut off
// (【打印】 【字体:). A colon anywhere else is a field's, no row.
type widgetRow struct{ v *furnitureVocab }

// maxWidgetRowRunes and maxWidgetPartRunes bound a row of buttons and
// each of its parts.
const maxWidgetRowRunes, maxWidgetPartRunes = 16, 4

func (j widgetRow) Judge(l lineView) string {
	if l.runes() > maxWidgetRowRunes || l.holds(markClauseEnd&^markColon) {
		return ""
	}
	var rest []string
	steps := 0
	for _, f := range strings.Fields(strings.ToLower(l.folded)) {
		if n := j.v.sizeStepRun(f); n > 0 {
			steps += n
		} else {
			rest = append(rest, f)
		}
	}
	parts := strings.FieldsFunc(strings.Join(rest, " "), func(r rune) bool {
		return r == ' ' || r == '\u3000' || strings.ContainsRune("/／|｜【】[]()（）+＋·", r)
	})
	if len(parts) < 2 && steps == 0 {
		return ""
	}
	framed, buttons, sizes := bracketRow(l.folded), 0, steps
	for _, p := range parts {
		label := strings.TrimRight(p, ":：")
		if runesOver(p, maxWidgetPartRunes) || strings.ContainsAny(label, ":：") {
			return ""
		}
		switch {
		case slices.Contains(j.v.typeSizes, p), steps > 0 && p == "a":
			sizes++
		case slices.Contains(j.v.widgetWords, label), label == p && framed && containsAny(p, j.v.widgetWords):
			buttons++
		case label != p:
			return ""
		}
	}
	all := len(parts) + steps
	if 2*(buttons+sizes) < all || sizes > 0 && buttons+sizes < all {
		return ""
	}
	return "widget"
}

// sizeStepRun is the number of [size_steps] f is made of, run together
// (a+a-), or 0 when anything else is in it (a-1, a+b).
func (v *furnitureVocab) sizeStepRun(f string) int {
	n := 0
	for f != "" {
		i := slices.IndexFunc(v.sizeSteps, func(s string) bool { return strings.HasPrefix(f, s) })
		if i < 0 {
			return 0
		}
		f, n = f[len(v.sizeSteps[i]):], n+1
	}
	return n
}

// bracketRow reports whether f is parts each in square brackets and
// nothing else (【打印文章】 【添加收藏】, [返回][关闭]): a page's frames of
// buttons.
func bracketRow(f string) bool {
	f = strings.Join(strings.Fields(f), "")
	for f != "" {
		r, _ := utf8.DecodeRuneInString(f)
		closer, ok := buttonFrames[r]
		end := strings.Index(f, closer)
		if !ok || end < 0 {
			return false
		}
		f = f[end+len(closer):]
	}
	return true
}

// buttonFrames pairs the brackets a page frames a button with.
var buttonFrames = map[rune]string{'【': "】", '[': "]", '〔': "〕"}

// viewControls: a page's view controls — font size, print, share — as a
// row of framed buttons after their label or after the post's stamp or
// another furniture line (字号:[ ] [ ], 日期:2021-05-06 09:30 [大 中 小]
// [打印本页][关闭窗口]), or, outside the body, a button's label with its
// colon and nothing after it (分享:). In a row, two frames or more, half
// of them or more empty (a button whose picture was lost) or holding a
// button's word ([widget_words]).
type viewControls struct{ v *furnitureVocab }

func (j viewControls) Judge(l lineView) string {
	head, row := framedButtonRow(l.folded, j.v)
	label := strings.TrimRight(head, ":：")
	button := label != head && slices.Contains(j.v.widgetWords, strings.TrimSpace(label))
	switch {
	case !row:
		if button && l.zone != zoneBody {
			return "widget"
		}
	case head == "" || button || stampLineExpr.MatchString(head):
		return "widget"
	case judge(j.v.lineJudges(), newLineView(head, head, l.zone)) != "":
		return "widget"
	}
	return ""
}

// typeSizeControl reports whether folded line f is the control of the
// page's type size in words: a label ending with a word of
// [type_size_labels], its colon, and nothing after it or only sizes of
// [type_sizes], alone or in one button's frame (文字级数:, 【浏览字体:大 中
// 小】, 字号：大 中 小). Above the body such a line goes late, once the
// title and the post's stamp are chosen (furnitureResult.headLate), as
// the line model's late removals do: taken before, it moved a title of
// the validation folders (round 22).
func (v *furnitureVocab) typeSizeControl(f string) bool {
	f = strings.TrimSpace(f)
	if r, size := utf8.DecodeRuneInString(f); buttonFrames[r] != "" {
		inner, ok := strings.CutSuffix(f[size:], buttonFrames[r])
		if !ok {
			return false
		}
		f = strings.TrimSpace(inner)
	}
	at := strings.IndexAny(f, ":：")
	if at < 0 || !hasSuffixAny(strings.TrimSpace(f[:at]), v.typeSizeLabels) {
		return false
	}
	for _, s := range strings.Fields(strings.TrimLeft(f[at:], ":：")) {
		if !slices.Contains(v.typeSizes, s) {
			return false
		}
	}
	return true
}

// framedButtonRow cuts a row of framed buttons off the end of a line and
// returns what stands before it, and whether there was such a row.
func framedButtonRow(f string, v *furnitureVocab) (string, bool) {
	rest, frames, buttons := strings.TrimSpace(f), 0, 0
	for {
		r, size := utf8.DecodeLastRuneInString(rest)
		open := frameOpener(r)
		if open == 0 {
			break
		}
		i := strings.LastIndex(rest, string(open))
		if i < 0 {
			break
		}
		inner := strings.TrimSpace(rest[i+utf8.RuneLen(open) : len(rest)-size])
		if slices.ContainsFunc(strings.Fields(inner), func(p string) bool { return runesOver(p, maxWidgetPartRunes) }) {
			break
		}
		frames++
		if inner == "" || containsAny(inner, v.widgetWords) {
			buttons++
		}
		rest = strings.TrimSpace(rest[:i])
	}
	if frames < 2 || 2*buttons < frames {
		return f, false
	}
	return rest, true
}

// frameOpener returns the bracket that opens a button's frame closed by
// r, or 0.
func frameOpener(r rune) rune {
	for open, closer := range buttonFrames {
		if string(r) == closer {
			return open
		}
	}
	return 0
}

// fieldsOnly reports whether every token is a short label, its colon and
// a value (编辑日期:2013/9/4), whatever the label.
func fieldsOnly(tokens []string) bool {
	for _, t := range tokens {
		n := fieldLabel(t)
		if n == 0 || n == len(t) || runesOver(t[n:], maxFieldValueRunes) {
			return false
		}
	}
	return len(tokens) > 0
}

// contentLabel: above the body, the label a page's template sets over the
// article's text, alone on its line (正文, 详细信息; [content_labels]),
// with its colon or in brackets or not: it names the place, not the
// report. Since round 28, such a label ending a short line with no
// sentence's end nor comma is the last step of a breadcrumb run into the
// column's name before it (某某网某某新闻正文, 某某分社正文, 首页<某某<正文;
// at most maxCrumbLabelRunes in all): navigation; not set apart by a space
// after a headline (某某活动 正文).
type contentLabel struct{ v *furnitureVocab }

// maxCrumbLabelRunes is the longest line ending with a content label that
// is a breadcrumb's end.
const maxCrumbLabelRunes = 24

func (j contentLabel) Judge(l lineView) string {
	if l.zone != zoneHead {
		return ""
	}
	t := strings.Trim(l.folded, "【】[]:： ")
	if slices.Contains(j.v.contentLabels, t) {
		return "label"
	}
	if l.runes() > maxCrumbLabelRunes || l.holds(markSentenceEnd|markComma|markEnumComma) {
		return ""
	}
	for _, w := range j.v.contentLabels {
		// Set apart by a space, the label may follow a headline
		// (某某活动 正文): the line is the title rule's.
		if rest, ok := strings.CutSuffix(t, w); ok && !strings.HasSuffix(rest, " ") {
			return "navigation"
		}
	}
	return ""
}
