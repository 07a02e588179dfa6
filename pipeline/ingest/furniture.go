package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// Page furniture told by its shape: the boilerplate patterns know the
// wording of the furniture seen so far; the judges here know what furniture
// looks like on any site — a menu of short parts between separators, a
// label and its value, a line of random ASCII, a reporter's byline, a
// short line among other furniture at the top or the bottom of the page.
// Each judge is a small type with its own table test and the kind it
// reports in Removed; the words and thresholds they use are in
// dict/furniture.txt.

// lineZone tells where a line sits relative to the body: the head is
// everything before the first prose line, the tail everything after the
// last one.
type lineZone int

const (
	zoneHead lineZone = iota
	zoneBody
	zoneTail
)

// lineView is what a judge sees of one line.
type lineView struct {
	text   string // trimmed, as written
	folded string // trimmed, Simplified
	zone   lineZone
	// afterFurniture: the non-empty line before it is furniture (known to
	// a pattern or a judge).
	afterFurniture bool
	// amidFurniture: the line is in the head and furniture follows it
	// there, or in the tail and furniture precedes it there.
	amidFurniture bool
	// beforeFurniture: the non-empty line after it is furniture known to
	// a pattern or a line judge.
	beforeFurniture bool
	// inTable: the line and a line next to it are both barred (a bar at
	// an end and another inside): rows of a table printed as text. Such a
	// line is amidCells too.
	inTable bool
	// inFieldRun: outside the body, the line and its nearest non-empty
	// neighbour both start with a row label (发布单位 某某处 over 发布日期
	// 112-09-08): a two-column table of fields printed as text.
	inFieldRun bool
	// betweenClauses: the non-empty line before it ends with a comma and
	// the one after it starts with one: a sentence runs on past it.
	betweenClauses bool
	// continuesSentence: the non-empty line before it, which no pattern
	// takes, ends with a comma, and the one after it does not start with
	// one: the sentence above goes on in this line (…号召居民, / 带动邻里养成
	// / 垃圾分类的习惯,).
	continuesSentence bool
	// belowBody: the line is in the tail and the non-empty line before it
	// is the body's last line.
	belowBody bool
	// underAuthorHeading: the line is in the tail and the non-empty line
	// before it, which no judge took and which is not the body's last
	// line, is a numbered heading or a label ending with its colon (一、资料
	// 调查, 前期活动：): the report goes on below its last paragraph.
	underAuthorHeading bool
	// amidText: the line is in the tail, no more of the non-empty lines
	// between the body's last line and it are furniture than not, and it
	// stands between two lines no judge took, or last on the page under a
	// short one that ends no clause nor holds one (开展一次服务活动): a line
	// of the text the body region left out (a subheading among short
	// paragraphs, a caption among them, a paragraph the page's end cut).
	amidText bool
	// atPageEnd: the line is in the tail and no non-empty line follows it.
	atPageEnd bool
	// atTextEnd: the line is in the tail and every non-empty line after
	// it is known to a pattern (a footer's copyright, an ICP number): the
	// page's last line but for its footer.
	atTextEnd bool
	// lastBulleted: the line opens with a bullet no line below it opens
	// with, and the line above it, if led by the same bullet, is furniture
	// a pattern or a line judge knows: no list's last item.
	lastBulleted bool
	// aboveBody: the line is in the head and the non-empty line after it
	// is the body's first: nothing of the report's head (its headline, a
	// kicker) stands between them.
	aboveBody bool
	// amidCells: the line and its nearest non-empty neighbour before or
	// after it both have a cell's bar at an end (某某协会 | over 某某学校 |):
	// a table's cells printed one to a line.
	amidCells bool
	// amidCaptions: the page holds two or more lines alone in brackets
	// that no credit takes (bracketCaptions): its pictures' captions.
	amidCaptions bool
	// clausesUnderHeading: outside the body, the line holds a comma and the
	// non-empty line before it is a numbered heading or a label ending
	// with its colon (二、活动内容, 实施阶段：): the report's paragraph under
	// its heading, whatever judge took the heading.
	clausesUnderHeading bool
	// brokenSentence: outside the body, the line holds a comma and is the
	// report's sentence broken at the page's width, not a list of keywords
	// (brokenSentence).
	brokenSentence bool
	// afterLabel: the non-empty line before it is furniture ending with a
	// label's colon and no value (责编：).
	afterLabel bool
	// afterOpenBracket: the non-empty line before it is furniture that
	// leaves a square bracket open (…【字体：).
	afterOpenBracket bool
	// afterStamp: the non-empty line before it is furniture holding a
	// time of day (a comment's header: 某某 2023-12-31 09:12:44 [回复]).
	afterStamp bool
	// runeCount is the number of runes of folded when the view was made
	// with newLineView, counted once for all the judges; 0 otherwise.
	runeCount int
	// marks are the marks folded holds (lineMarks), found once for all
	// the judges when the view was made with newLineView; 0 otherwise.
	marks lineMarks
}

// newLineView is the view of a line whose length the judges read from it.
func newLineView(text, folded string, zone lineZone) lineView {
	return lineView{text: text, folded: folded, zone: zone, runeCount: runeLen(folded), marks: marksOf(folded)}
}

// runes is the number of runes of the folded line.
func (l lineView) runes() int {
	if l.runeCount > 0 || l.folded == "" {
		return l.runeCount
	}
	return runeLen(l.folded)
}

// furnitureJudge names the kind of furniture a line is, or "".
type furnitureJudge interface {
	Judge(v lineView) string
}

// furnitureVocab is dict/furniture.txt.
type furnitureVocab struct {
	proseRunes, proseRunesLong, shortRunes    int
	menuSeparators, menuPartRunes             int
	junkMinRunes, valueRunes, bulletRunes     int
	bodyGapLines                              int // bodyRegion: the widest gap inside the body
	junkShare, junkPunctShare                 float64
	repeatMinDocs                             int
	repeatRatio, repeatMinShare               float64
	repeatSentenceRunes, templateMinLetters   int
	templateNumberWords                       string   // 年月日第期: letters of a date or an ordinal (templateFingerprint)
	templateDateShapes                        []string // #年#月, #-#-#: a date in a template form (templateFingerprint)
	relativeUnits, relativeDays               []string // 分钟, 个月 (before 前); 昨天, 刚刚: relative times (templateFingerprint)
	relativeDaySet                            *wordSet // relativeDays, looked for in every line counted
	separators, bullets                       []string
	breadcrumbWords, metadataLabels, siteSelf []string
	siteSelfSet, metadataLabelSet             *wordSet // siteSelf, asked first by namesSite; metadataLabels, whose first runes metadataField asks first
	bylineRoles, snapshotWords, wechatWords   []string
	bylineRoleSet                             *wordSet // bylineRoles: every byline holds one (isByline)
	creditWords                               []string
	supplierEndings                           []string // 提供, 传真: how a part of a supplier's credit in brackets ends (parenCredit)
	pictureUnitEndings                        []string // 中心, 社区: how a unit credited for a picture ends (pictureCaption)
	captionShows                              []string // 图为, 上图为: an opener saying what a picture shows (pictureCaption)
	continuationMarks                         []string
	clauseParticles                           []string // 了, 的: a sentence's pieces, not keywords (keywordSpam)
	reportEndings, reportRoles                []string // 报导; 记者: a byline naming where the report was filed (placeReport)
	staffRoles                                []string // 记者: an outlet's own reporter, after any outlet's lead (leadCredit, round 34)
	creditVerbs                               []string // 文, 摄: what a reporter did, in a byline (reporterRow)
	promptWords                               []string // 点击, 扫码: the page speaking to its reader
	leadLabels                                []string // 摘要, 序言: a site's lead before the body
	summaryLabels                             []string // 核心提示: a page's summary over the body
	columnWords                               []string // 动态: a column's name alone at the page's edge (columnName)
	signoffWords                              []string // 写于, 敬上: the author signing the report
	outletEndings                             []string // 日报, 频道: how a news outlet's name ends
	formWords                                 []string // 时间, 地点: words of a report form's labels
	sponsorRoles                              []string // 主办, 运维: who runs the site, in its footer's label
	captionEndings                            []string // 剪影, 活动照片: how a gallery's label ends
	captionOpeners                            []string // 图为, 上图: a caption's opener (alone on its line: furniture)
	counterLabels, counterUnits               []string // 浏览次数, 阅读; 次, 人: the page's counters
	publishLabels                             []string // 发布时间: the label of the post's own date
	dateLabels                                []string // 时间, 日期: a date's label alone, a publish label without its verb
	stampLabels                               []string // 日期: a short label of the post's date (headStamp)
	changeStampWords                          []string // 更新, 修改: a stamp's label that dates a change
	addressTagWords                           []string // 整理, 来源: a copy's source in brackets
	collectionUnits, collectionWords          []string // 篇; 总结, 合集: a site's heading of a collection and its count
	collectionSiteWords, collectionPageWords  []string // 范文: a site's collection; 本站, 小编: the site on its pages
	collectionBrackets                        string   // ( ) （ ）: around a collection's count
	relatedHeadings, galleryHeadings          []string // 新闻推荐, 活动相片: headings of the site's block after the report (tailBlock)
	contactLabels                             []string
	rowLabels                                 []string // labels of a row of fields: metadata, contact and [row_labels]
	imageSuffixes                             []string // ".jpg", …: imageFile matches only a line holding one
	leadGlyphs                                []string // □, •: a glyph before a line (glyphLed)
	crumbRoots                                []string // 首页: a breadcrumb's root (fusedCrumb)
	widgetWords                               []string // 举报, 打印: a page's buttons (widgetRow)
	commentWords                              []string // 评论, 跟帖: the comment box (commentBox)
	typeSizeLabels, typeSizes                 []string // 字体, 大: the type size's control in words (typeSizeControl)
	sizeSteps                                 []string // a+, a-: the type size's step buttons (widgetRow)
	contentLabels                             []string // 正文: the template's label over the text (contentLabel)
	pagerUnits                                []string // 篇, 期: what a link to the page's neighbour names (pagerLinks)
	surnames                                  []string // 王, 李: the commonest surnames, each of one character (namesRunTogether)
	surnameSet                                map[rune]bool
	nameCreditVerbs                           []string // 摄, 整理: what the named did, after a credit's names in brackets (nameListCredit)
	metadataField, labelAlone, labelPrefix    *regexp.Regexp
	trailingFacts                             *regexp.Regexp // see source_labels
	sourceField                               *regexp.Regexp // a source's label and its value (group 1; sourceEchoes)
	headlineFields                            *regexp.Regexp // headlineBeforeDate
	bylineLine, imageFile, contactNumber      *regexp.Regexp
	deviceName                                *regexp.Regexp // see picture_name_words (deviceName)
	pictureIndexWords                         []string       // see picture_index_words (withoutTitlePictures)
	bylineAnyOutlet                           *regexp.Regexp // anyOutletByline
	outletsLead                               *regexp.Regexp // leadCredit, round 34
	titles                                    *titleScorer   // the edge judge spares plausible titles
	lineModel                                 *lineModel     // dict/linemodel.txt: the lines the rules kept outside the body that it takes for furniture go
	generalWords                              []string       // the lists' general words: a widget's, a prompt's, a label … (generalWordHits)
	judgesOnce                                sync.Once
	line, context                             []furnitureJudge // lineJudges and contextJudges of this vocabulary
}

// parseFurniture reads the words and thresholds of the furniture judges in
// the format of dict/furniture.txt.
func parseFurniture(b []byte) (*furnitureVocab, error) {
	ws, err := dict.ParseSections(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	th, err := ws.Numbers("thresholds")
	if err != nil {
		return nil, err
	}
	v := &furnitureVocab{}
	for name, p := range map[string]*int{
		"prose_runes": &v.proseRunes, "prose_runes_long": &v.proseRunesLong, "short_runes": &v.shortRunes,
		"menu_separators": &v.menuSeparators, "menu_part_runes": &v.menuPartRunes,
		"junk_min_runes": &v.junkMinRunes, "value_runes": &v.valueRunes, "bullet_runes": &v.bulletRunes,
		"repeat_min_docs": &v.repeatMinDocs, "body_gap_lines": &v.bodyGapLines, "repeat_sentence_runes": &v.repeatSentenceRunes, "template_min_letters": &v.templateMinLetters,
	} {
		f, ok := th[name]
		if !ok || f < 1 {
			return nil, fmt.Errorf("[thresholds]: %s missing or below 1", name)
		}
		*p = int(f)
	}
	for name, p := range map[string]*float64{"junk_share": &v.junkShare, "junk_punct_share": &v.junkPunctShare, "repeat_min_share": &v.repeatMinShare} {
		f, ok := th[name]
		if !ok || f <= 0 || f > 1 {
			return nil, fmt.Errorf("[thresholds]: %s missing or not in (0, 1]", name)
		}
		*p = f
	}
	v.templateNumberWords = strings.Join(ws.Words("template_number_words"), "")
	for _, d := range ws.Words("template_date_shapes") {
		// 0 in the dictionary, where # opens a comment
		v.templateDateShapes = append(v.templateDateShapes, strings.ReplaceAll(d, "0", numberMark))
	}
	if v.repeatRatio = th["repeat_ratio"]; v.repeatRatio < 1 {
		return nil, fmt.Errorf("[thresholds]: repeat_ratio missing or below 1")
	}
	for name, p := range map[string]*[]string{
		"separators": &v.separators, "bullets": &v.bullets, "breadcrumb_words": &v.breadcrumbWords,
		"metadata_labels": &v.metadataLabels, "site_self": &v.siteSelf, "byline_roles": &v.bylineRoles,
		"snapshot_words": &v.snapshotWords, "wechat_words": &v.wechatWords, "contact_labels": &v.contactLabels,
		"credit_words": &v.creditWords, "supplier_endings": &v.supplierEndings, "picture_unit_endings": &v.pictureUnitEndings, "caption_shows": &v.captionShows, "continuation_marks": &v.continuationMarks, "clause_particles": &v.clauseParticles, "report_endings": &v.reportEndings, "report_roles": &v.reportRoles, "staff_roles": &v.staffRoles, "credit_verbs": &v.creditVerbs, "prompt_words": &v.promptWords, "signoff_words": &v.signoffWords, "outlet_endings": &v.outletEndings, "form_words": &v.formWords, "sponsor_roles": &v.sponsorRoles, "caption_endings": &v.captionEndings, "caption_openers": &v.captionOpeners, "counter_labels": &v.counterLabels, "counter_units": &v.counterUnits, "publish_labels": &v.publishLabels, "stamp_labels": &v.stampLabels, "change_stamp_words": &v.changeStampWords, "address_tag_words": &v.addressTagWords, "lead_labels": &v.leadLabels, "summary_labels": &v.summaryLabels, "column_words": &v.columnWords,
		"collection_units": &v.collectionUnits, "collection_words": &v.collectionWords, "collection_site_words": &v.collectionSiteWords, "collection_page_words": &v.collectionPageWords,
		"relative_time_units": &v.relativeUnits, "relative_days": &v.relativeDays,
		"related_headings": &v.relatedHeadings, "gallery_headings": &v.galleryHeadings, "lead_glyphs": &v.leadGlyphs, "crumb_roots": &v.crumbRoots, "widget_words": &v.widgetWords, "comment_words": &v.commentWords,
		"type_size_labels": &v.typeSizeLabels, "type_sizes": &v.typeSizes, "size_steps": &v.sizeSteps, "content_labels": &v.contentLabels,
		"pager_units": &v.pagerUnits, "surnames": &v.surnames, "name_credit_verbs": &v.nameCreditVerbs,
	} {
		if *p = ws.Words(name); len(*p) == 0 {
			return nil, fmt.Errorf("no [%s] words", name)
		}
	}
	// A list's mark joined to what the list holds, in either order (最新消息,
	// 栏目更新), heads the site's block as [related_headings] do.
	marks, nouns := ws.Words("related_marks"), ws.Words("related_nouns")
	if len(marks) == 0 || len(nouns) == 0 {
		return nil, fmt.Errorf("no [related_marks] or [related_nouns] words")
	}
	// A combination [related_headings] already lists (相关文章) is not
	// added again: each heading once.
	for _, m := range marks {
		for _, n := range nouns {
			for _, h := range []string{m + n, n + m} {
				if !slices.Contains(v.relatedHeadings, h) {
					v.relatedHeadings = append(v.relatedHeadings, h)
				}
			}
		}
	}
	// A heading speaks to its reader as 你 or as the polite 您 alike (为您推荐,
	// 猜您喜欢): each heading with 你 is listed with 您 too.
	for _, h := range v.relatedHeadings {
		if polite := strings.ReplaceAll(h, "你", "您"); polite != h && !slices.Contains(v.relatedHeadings, polite) {
			v.relatedHeadings = append(v.relatedHeadings, polite)
		}
	}
	// A date's label alone is a publish label without the verb of
	// publishing, a stamp label (发布时间 less 发布: 时间).
	for _, p := range v.publishLabels {
		for _, s := range v.stampLabels {
			if l, ok := strings.CutPrefix(p, s); ok && l != "" && !slices.Contains(v.dateLabels, l) {
				v.dateLabels = append(v.dateLabels, l)
			}
		}
	}
	v.surnameSet = map[rune]bool{}
	for _, w := range v.surnames {
		r, size := utf8.DecodeRuneInString(w)
		if size != len(w) {
			return nil, fmt.Errorf("[surnames]: %q is not one character", w)
		}
		v.surnameSet[r] = true
	}
	brackets := ws.Words("collection_brackets")
	if len(brackets) == 0 {
		return nil, fmt.Errorf("no [collection_brackets] words")
	}
	v.collectionBrackets = strings.Join(brackets, "")
	v.relativeDaySet, v.siteSelfSet, v.metadataLabelSet, v.bylineRoleSet = newWordSet(v.relativeDays), newWordSet(v.siteSelf), newWordSet(v.metadataLabels), newWordSet(v.bylineRoles)
	// Longest first, so that 浏览次数 is tried before 浏览.
	slices.SortStableFunc(v.counterLabels, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	row := ws.Words("row_labels")
	if len(row) == 0 {
		return nil, fmt.Errorf("no [row_labels] words")
	}
	v.rowLabels = slices.Concat(v.metadataLabels, v.contactLabels, row)
	// Longest first, so that 发布日期 is tried before 发布.
	slices.SortStableFunc(v.rowLabels, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	exts := ws.Words("image_extensions")
	if len(exts) == 0 {
		return nil, fmt.Errorf("no [image_extensions] words")
	}
	labels := alternation(v.metadataLabels)
	// A label may carry a note in brackets: 作者(摄影):某某; since round 31
	// it may stand in square brackets with its value after them (【编辑】:某某).
	v.metadataField = regexp.MustCompile(`^[【\[]?(` + labels + `)[】\]]?\s*([(（][^()（）]{1,8}[)）])?\s*[:：]\s*[^。！？!?]{0,60}$`)
	v.labelAlone = regexp.MustCompile(`^[【\[]?(` + labels + `)[】\]]?\s*[:：]?$`)
	intro := ws.Words("intro_labels")
	if len(intro) == 0 {
		return nil, fmt.Errorf("no [intro_labels] words")
	}
	v.labelPrefix = regexp.MustCompile(`^(` + alternation(intro) + `)\s*[:：]\s*`)
	sources := ws.Words("source_labels")
	if len(sources) == 0 {
		return nil, fmt.Errorf("no [source_labels] words")
	}
	v.sourceField = regexp.MustCompile(`(?:` + alternation(sources) + `)\s*[:：]\s*([^\s|｜:：]*)`)
	// A date stamp in digits (with a time of day or not, group 1) after a
	// space or after its label ([publish_labels], fused), or one in
	// brackets after a space, in digits or with 年月日 (group 2), or a
	// source's field (its value group 3), or one with 年月日 after its
	// label (发布时间:2018年03月05日, group 4) at the end of a folded line:
	// the post's facts printed on the headline's line.
	v.trailingFacts = regexp.MustCompile(`(?:(?:\s+|\s*(?:` + alternation(v.publishLabels) + `)\s*[:：]\s*)(` + machineDate + clockTime + `?)|\s+[（(](` + machineDate + `|` + hanDate + `)[）)]|\s*(?:` + alternation(sources) + `)\s*[:：]\s*([^\s:：。，,]{2,20})|\s*(?:` + alternation(v.publishLabels) + `)\s*[:：]\s*(` + hanDate + clockTime + `?))\s*$`)
	// A headline (group 1) run on into the post's fields: its date after
	// a date's label (时间:2021-06-09, 发布日期：2016/03/05, 日期:2023年1月
	// 16日, group 2), or
	// its stamp with a time of day after a space (2023-05-06 09:30, group
	// 3), a source's field before the date or not (来源:某某报 2019-03-12
	// 10:05): a page flattened to one line prints them so.
	date := `(` + machineDate + `)`
	v.headlineFields = regexp.MustCompile(`^(\S.*?)(?:\s*(?:` + alternation(sources) + `)\s*[:：]\s*[^\s:：。，,]{2,20})?(?:\s*(?:` + alternation(slices.Concat(v.publishLabels, v.dateLabels)) + `)\s*[:：]\s*(` + machineDate + `|` + hanDate + `)|\s+` + date + `\s+\d{1,2}:\d{2})`)
	// 某某网记者 张三, （记者 张三 通讯员 李四）, 本报讯 记者 张三: roles and
	// short names, nothing else but what they did (文/图, 摄).
	// Between an outlet, a role and a name a page sets any of the marks
	// that part its fields (编辑：某某, 责编 | 某某, 联合报／记者某某), the
	// Han stroke 丨 among them (值班编辑丨某某: sites set it as a bar), a
	// backslash or a dash (撰稿\某某, 通讯员 - 某某).
	fieldSep := `[:：|｜丨/／\\—–-]`
	// A name may carry a note of its post in brackets (张三(某某镇信息员)).
	note := `([（(][^（）()。！？]{1,16}[）)])?`
	roles := alternation(v.bylineRoles)
	// A name of two characters may be spaced out to the width of three
	// (王 芳, 李 强).
	spaced := `\p{Han} \p{Han}`
	// A name of a minority people is written with a middle dot between
	// its parts (某某·某某某), longer than four characters.
	dotted := `\p{Han}{1,8}[·•・]\p{Han}{1,8}`
	// What they did, after the names: [credit_verbs] alone or joined by
	// slashes, maybe after a slash (文/图, 文/图/视频, /摄), or 文图, 报道.
	verbs := alternation(v.creditVerbs)
	did := `(\s*[/／]?\s*(` + verbs + `)([/／](` + verbs + `))*|\s*(文图|图文|报道))?`
	// The outlet's name before the role ends as a paper's, a site's, a
	// station's or an app's ([byline_outlet_endings]: 网, 报, 新闻, 客户端).
	outletEnds := ws.Words("byline_outlet_endings")
	if len(outletEnds) == 0 {
		return nil, fmt.Errorf("no [byline_outlet_endings] words")
	}
	v.bylineLine = regexp.MustCompile(`^[（(【\[]?\s*([\p{Han}A-Za-z·•]{0,14}?(` + alternation(outletEnds) + `)\s*` + fieldSep + `?\s*)?((` + roles +
		`)\s*` + fieldSep + `?\s*(` + dotted + `|` + spaced + `|[\p{Han}×xX*]{1,4}|[A-Za-z]{2,12})` + note + `(\s*[、，,/ ]\s*(` + dotted + `|` + spaced + `|[\p{Han}×xX*]{2,4})` + note + `)*\s*)+` + did + `(\s*[/／]\s*\p{Han}{1,6}(报道|报导))?[）)】\]]?$`)
	// Any outlet's name, but each role's first name set apart by a space
	// or a field's separator and of two to four characters: a person's.
	// Two outlets sharing the reporter may stand joined by a slash or a
	// dash (某某晚报/某某新闻记者 张三, 某某日报—某某网记者 张三).
	outlet := `[\p{Han}A-Za-z·]{1,14}?`
	v.bylineAnyOutlet = regexp.MustCompile(`^[（(【\[]?\s*` + outlet + `([/／—–-]` + outlet + `)?\s*` + fieldSep + `?\s*((` + roles +
		`)(\s*` + fieldSep + `\s*|\s+)(` + dotted + `|\p{Han}{2,4})` + note + `(\s*[、，,/ ]\s*(` + dotted + `|\p{Han}{2,4})` + note + `)*\s*)+` + did + `(\s*[/／]\s*\p{Han}{1,6}(报道|报导))?[）)】\]]?$`)
	// A news lead of one outlet or several joined by enumeration commas,
	// each ending as a byline's outlet (某某客户端讯, 某某社某地讯, 某某网、
	// 某某报6月28日消息), or any lead closed by a colon (某某某地讯:): before
	// a credit in brackets naming a reporter or persons (leadCredit, round 34).
	outletName := `[\p{Han}A-Za-z0-9·]{1,14}?(` + alternation(outletEnds) + `)`
	v.outletsLead = regexp.MustCompile(`^(` + outletName + `、)*` + outletName + `\p{Han}{0,6}(\d{1,2}月\d{1,2}日\p{Han}{0,8})?(讯|电|消息)$|^[\p{Han}A-Za-z0-9·]{2,20}(讯|电)[:：]$`)
	v.imageFile = regexp.MustCompile(`(?i)[^\s。，！？]{1,60}\.(` + alternation(exts) + `)\b`)
	devices := ws.Words("picture_name_words")
	if len(devices) == 0 {
		return nil, fmt.Errorf("no [picture_name_words] words")
	}
	v.deviceName = regexp.MustCompile(`(?i)^(` + alternation(devices) + `)[_-]?\d{4,}([_-](\d+|([a-z]{1,8}|副本)\d*))*(\(\d+\))?$`)
	if v.pictureIndexWords = ws.Words("picture_index_words"); len(v.pictureIndexWords) == 0 {
		return nil, fmt.Errorf("no [picture_index_words] words")
	}
	for _, e := range exts {
		v.imageSuffixes = append(v.imageSuffixes, "."+strings.ToLower(e))
	}
	v.contactNumber = regexp.MustCompile(`(?i)(\d{3,4}[-—－ ]?\d{7,8}|(^|\D)1[3-9]\d{9}(\D|$)|400[-—－ ]?\d{3}[-—－ ]?\d{4}|[a-z0-9._-]+@[a-z0-9-]+\.[a-z.]+)`)
	// A word two lists hold (发布时间: a metadata label and a publish
	// label) is counted once for each: the line model's weights
	// (dict/linemodel.txt) were fitted on those counts, and counting it
	// once moves its outputs.
	v.generalWords = slices.Concat(v.promptWords, v.widgetWords, v.breadcrumbWords, v.crumbRoots, v.metadataLabels, v.siteSelf,
		v.bylineRoles, v.contactLabels, v.publishLabels, v.counterLabels, v.snapshotWords, v.wechatWords, v.creditWords,
		v.relatedHeadings, v.galleryHeadings, v.captionOpeners, v.leadLabels)
	return v, nil
}

// alternation joins words into a regexp alternation, longest first so that
// 发布日期 is tried before 发布.
func alternation(words []string) string {
	ws := slices.Clone(words)
	slices.SortStableFunc(ws, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

var defaultFurniture = sync.OnceValues(func() (*furnitureVocab, error) {
	v, err := parseFurniture(dict.File("furniture.txt"))
	if err != nil {
		return nil, fmt.Errorf("dict/furniture.txt: %v", err)
	}
	if v.titles, err = defaultTitleScorer(); err != nil {
		return nil, err
	}
	if v.lineModel, err = parseLineModel(dict.File("linemodel.txt")); err != nil {
		return nil, fmt.Errorf("dict/linemodel.txt: %v", err)
	}
	return v, nil
})

// CheckFurniture reads dict/furniture.txt (or the user's replacement), so
// that one that does not parse is reported at start.
func CheckFurniture() error {
	_, err := defaultFurniture()
	return err
}

// isProse reports whether a line is a body paragraph: long enough and
// ending sentences, in Chinese (an English line on a Chinese page is the
// page's: a skip link, a bilingual title), and not the site speaking of
// itself.
func (v *furnitureVocab) isProse(folded string) bool {
	// A web address, a reader's comment with its stamp: the page's. Asked
	// last: the costliest test, on the lines that pass the others.
	return v.proseShape(folded) && mostlyHan(folded) && (commentRow{}).Judge(lineView{folded: folded}) == ""
}

// proseShape is isProse without the share of Han characters and the
// comment row, for the many cuts of one line furniturePrefix tries.
func (v *furnitureVocab) proseShape(folded string) bool {
	// The lengths are asked with runesOver: a paragraph is not counted
	// through to learn that it is over them.
	if !runesOver(folded, v.proseRunes-1) || strings.IndexFunc(folded, isHan) < 0 {
		return false
	}
	long := runesOver(folded, v.proseRunesLong-1)
	if v.namesSite(folded) && !authorsParagraph(folded, long, v) {
		return false
	}
	// A headline may exclaim (…结营啦！附项目总结): a line whose only marks
	// are exclamations, without a clause, is no prose.
	return long || strings.ContainsAny(folded, sentenceEnds) && strings.ContainsAny(folded, proseMarks)
}

// mostlyHan reports whether at least half the runes of a line, spaces
// aside, are Han characters: a sentence of a Chinese report is, a line of
// a web address or of a reader's handle, comment and stamp is not.
// A number (2023, 1-12, 1,200) counts as one rune.
func mostlyHan(folded string) bool {
	han, other, inNumber := 0, 0, false
	for _, r := range folded {
		number := isASCIIDigit(r) || inNumber && strings.ContainsRune(".,-/:%", r)
		switch {
		case r >= 0x4E00 && r <= 0x9FFF || isHan(r): // the common block first: no table lookup
			han++
		case number && inNumber, unicode.IsSpace(r):
		default:
			other++
		}
		inNumber = number
	}
	return han >= other
}

// authorsParagraph reports whether a line that names the site (本站,
// 站内信) is yet the author's paragraph: long (proseRunesLong runes or
// more), of two sentences or more, not opened by a label (免责声明：本站…,
// the site's notice). An author may mention the site's features
// (…可以站内信跟我要下载连结。).
func authorsParagraph(folded string, long bool, v *furnitureVocab) bool {
	if !long || fieldLabel(folded) > 0 {
		return false
	}
	ends := 0
	for _, r := range folded {
		if sentenceEndRunes.has(r) {
			ends++
		}
	}
	return ends >= 2
}

// proseMarks are the marks of a sentence other than an exclamation: a
// line of prose holds one of them.
const proseMarks = "。？?；;，,、：:"

// namesSite reports whether the line names the site itself (本站, 本网),
// but not as a news lead (本网讯), which starts a report. Most lines hold
// none of the words, which one pass over their runes tells.
func (v *furnitureVocab) namesSite(folded string) bool {
	return v.siteSelfSet.in(folded) && namesSiteBy(folded, v.siteSelf)
}

// namesSiteBy is namesSite for the words of [site_self] given.
func namesSiteBy(folded string, words []string) bool {
	for _, w := range words {
		for i := strings.Index(folded, w); i >= 0; {
			if !strings.HasPrefix(folded[i+len(w):], "讯") {
				return true
			}
			j := strings.Index(folded[i+len(w):], w)
			if j < 0 {
				break
			}
			i += len(w) + j
		}
	}
	return false
}

// signsOff reports whether a line holds one of [signoff_words]: the
// author signing the report, whatever date is beside it.
func (v *furnitureVocab) signsOff(folded string) bool {
	return containsAny(folded, v.signoffWords)
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// pictureCaption reports whether f, alone in brackets or not, is a
// picture's caption by its own words: an opener saying what the picture
// shows ([caption_shows]: 图为：社工入户走访, 上图为志愿者合影) followed by
// Han characters; or a picture's label and colon (图：, 图片:, 照片：)
// followed by what the picture shows, not by who took or gave it: Han
// characters only, longer than a role and a name (maxCreditNameRunes),
// with no word of a credit ([credit_words], [supplier_endings]) and not
// ending as a unit's name ([picture_unit_endings], [outlet_endings]):
// 图：志愿者为老人测量血压 is the report's caption, 图：张三 and
// 图：某某区融媒体中心 its credits. Neither the credit's pattern nor
// captionRepeats takes such a line (round 33).
func (v *furnitureVocab) pictureCaption(f string) bool {
	f = strings.TrimSpace(strings.Trim(f, "()（）【】[] "))
	for _, w := range v.captionShows {
		if r, ok := strings.CutPrefix(f, w); ok {
			r = strings.TrimSpace(strings.TrimLeft(r, ":： "))
			return runeLen(r) >= 2 && allHan(r)
		}
	}
	rest := ""
	for _, label := range []string{"图片", "照片", "图"} {
		if r, ok := strings.CutPrefix(f, label); ok {
			rest = strings.TrimSpace(r)
			break
		}
	}
	value, ok := strings.CutPrefix(rest, ":")
	if !ok {
		value, ok = strings.CutPrefix(rest, "：")
	}
	value = strings.TrimSpace(value)
	if !ok || runeLen(value) <= maxCreditNameRunes || !allHan(value) {
		return false
	}
	return !containsAny(value, v.creditWords) && !containsAny(value, v.supplierEndings) &&
		!hasSuffixAny(value, v.pictureUnitEndings) && !hasSuffixAny(value, v.outletEndings)
}

// maxCreditNameRunes is the longest credit after a picture's label that
// pictureCaption leaves to the credit: a role and a name (本报记者张三).
const maxCreditNameRunes = 6

// allHan reports whether s holds Han characters only (true for "").
func allHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !isHan(r) }) < 0
}

// asciiJunk: a forum's anti-scraping line, random ASCII letters, digits and
// punctuation in short space-separated runs (; k8 ]2 %4 Q! b& R().
type asciiJunk struct{ v *furnitureVocab }

func (j asciiJunk) Judge(l lineView) string {
	if l.holds(markSpace) && isASCIIJunk(l.folded, j.v) { // junk needs five fields
		return "junk"
	}
	return ""
}

func isASCIIJunk(s string, v *furnitureVocab) bool {
	if fieldCount(s) < 5 {
		return false // most lines: the test below needs five fields
	}
	fields := strings.Fields(s)
	total, ascii, punct, runs := 0, 0, 0, 0
	for _, f := range fields {
		runs += runeLen(f)
		for _, r := range f {
			total++
			if r < utf8.RuneSelf {
				ascii++
				if unicode.IsPunct(r) || unicode.IsSymbol(r) {
					punct++
				}
			}
		}
	}
	if total < v.junkMinRunes || len(fields) < 5 || runs > 3*len(fields) {
		return false
	}
	return float64(ascii) >= v.junkShare*float64(total) && float64(punct) >= v.junkPunctShare*float64(total)
}

// fieldCount is len(strings.Fields(s)), without building the fields.
func fieldCount(s string) int {
	if !hasSpace(s) { // one field, or none
		if s == "" {
			return 0
		}
		return 1
	}
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// junkPrefix returns the length in bytes of the run of ASCII junk that
// starts a line fused with the body (; k8 ]2 %4 Q! b& 为了美化社区环境…), or 0.
func junkPrefix(s string, v *furnitureVocab) int {
	end, fields := 0, 0
	for end < len(s) {
		rest := s[end:]
		trimmed := strings.TrimLeft(rest, " ")
		f := trimmed
		if i := strings.IndexByte(trimmed, ' '); i >= 0 {
			f = trimmed[:i]
		}
		if f == "" || runeLen(f) > 3 || strings.IndexFunc(f, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
			break
		}
		end += len(rest) - len(trimmed) + len(f)
		fields++
	}
	if fields < 4 || end == len(s) || !isASCIIJunk(s[:end], v) {
		return 0
	}
	return end
}

// imageFileName: a picture's file name shown as text (IMG_0231.JPG,
// 某某网活动照片.png (88.5 KB, 下载次数: 3)): once the name is gone, what is
// left of the line is no sentence.
type imageFileName struct{ v *furnitureVocab }

func (j imageFileName) Judge(l lineView) string {
	// The expression backtracks over every position of a line: run it only
	// on a line that holds an image suffix, which every match does.
	if !strings.Contains(l.folded, ".") || !j.hasImageSuffix(l.folded) || !j.v.imageFile.MatchString(l.folded) {
		return ""
	}
	// What is left is a size, a site's name, a date: no clause.
	rest := j.v.imageFile.ReplaceAllString(l.folded, "")
	if !runesOver(rest, j.v.shortRunes) && !strings.ContainsAny(rest, sentenceEnds+"，、") {
		return "image"
	}
	return ""
}

func (j imageFileName) hasImageSuffix(s string) bool {
	return containsAny(strings.ToLower(s), j.v.imageSuffixes)
}

// breadcrumb: 您的当前位置：首页 > 正文, 首页>>新闻>>正文, or a line that starts
// with a separator (» 工作总结).
type breadcrumb struct{ v *furnitureVocab }

func (j breadcrumb) Judge(l lineView) string {
	f := l.folded
	if l.runes() > j.v.shortRunes || l.holds(markSentenceEnd) {
		return ""
	}
	s := strings.TrimLeft(f, "【[ ")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "您"), "你")
	s = strings.TrimPrefix(s, "的")
	for _, w := range j.v.breadcrumbWords {
		if strings.HasPrefix(s, w) || hasPrefixAfter("您", s, w) || hasPrefixAfter("你", s, w) {
			return "navigation"
		}
	}
	if strings.Contains(f, ">>") || strings.Contains(f, "»") {
		return "navigation"
	}
	for _, sep := range []string{">", "»", "›", "|", "｜"} {
		if strings.HasPrefix(f, sep) && !strings.HasSuffix(f, "|") {
			return "navigation"
		}
	}
	if l.zone == zoneHead && (j.stepPath(f) || j.hyphenPath(f)) {
		return "navigation"
	}
	return ""
}

// hasPrefixAfter is strings.HasPrefix(head+s, w) without making head+s.
func hasPrefixAfter(head, s, w string) bool {
	if len(w) <= len(head) {
		return strings.HasPrefix(head, w)
	}
	return strings.HasPrefix(w, head) && strings.HasPrefix(s, w[len(head):])
}

// stepPath reports whether a line is a path of steps (路径 : 服务介绍 >
// 最新消息, Home > 活动 > 某某探访, 主頁 ＞ 活動花絮): parts with letters
// between >, › or a full-width ＞,
// every one but the last (which may be the article's title) short.
func (j breadcrumb) stepPath(f string) bool {
	if !strings.ContainsAny(f, ">›＞") {
		return false
	}
	parts := strings.FieldsFunc(f, func(r rune) bool { return r == '>' || r == '›' || r == '＞' })
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if strings.IndexFunc(p, unicode.IsLetter) < 0 || i < len(parts)-1 && runeLen(p) > j.v.menuPartRunes+j.v.menuPartRunes/2 {
			return false
		}
	}
	return true
}

// menuBar: short parts between separators (首页 | 范文 | 总结 | 计划). A
// table row printed as text (| 活动名称 | 时间 |) starts and ends with a
// bar, as its neighbours do, and stays; so does such a line in the body.
type menuBar struct{ v *furnitureVocab }

func (j menuBar) Judge(l lineView) string {
	f := l.folded
	if (l.zone == zoneBody || l.inTable) && barred(f) || l.holds(markClauseEnd) {
		return ""
	}
	// The parts are at most one more than the separators in the line:
	// most lines have too few to be a menu, and are not split at all.
	most := 1
	for _, sep := range j.v.separators {
		most += strings.Count(f, sep)
	}
	if most < j.v.menuSeparators+1 {
		return ""
	}
	parts := []string{f}
	for _, sep := range j.v.separators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	if len(parts) < j.v.menuSeparators+1 {
		return ""
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); runeLen(p) > j.v.menuPartRunes {
			return ""
		}
	}
	return "navigation"
}

// hyphenPath reports whether a line is a path of steps joined by hyphens
// (新闻中心- 医院新闻- 某某活动): at least three parts, all but the last
// short column names.
func (j breadcrumb) hyphenPath(f string) bool {
	if runeLen(f) > j.v.shortRunes+j.v.shortRunes/2 || !strings.Contains(f, "-") {
		return false // titleParts is quadratic in the parts of a long line
	}
	parts := titleParts(f)
	if len(parts) < 3 || len(parts) != strings.Count(f, "-")+1 || strings.ContainsAny(f, sentenceEnds) {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if runeLen(p) > j.v.menuPartRunes/2+1 || strings.IndexFunc(p, isHan) < 0 {
			return false
		}
	}
	return true
}

// crumbSeparators divide a breadcrumb's steps.
var crumbSeparators = []string{">>", ">", "»", "›", "＞", "→", "-"}

// crumbTail returns the last step of a breadcrumb (首页 > 活动 > 某某探访 →
// 某某探访), or "" when the line has no step separator.
func crumbTail(l string) string {
	cut := -1
	for _, sep := range crumbSeparators {
		if i := strings.LastIndex(l, sep); i >= 0 && i+len(sep) > cut {
			cut = i + len(sep)
		}
	}
	if cut < 0 {
		return ""
	}
	return strings.TrimSpace(l[cut:])
}

// barred reports whether a line is a table's row: it starts or ends with
// a bar, and holds another (| 地点 | 某社区 |, 地点 | 某社区 |).
func barred(f string) bool {
	return (strings.HasPrefix(f, "|") || strings.HasSuffix(f, "|")) && strings.Count(f, "|") >= 2
}

// bulletMetadata: a document-sharing site's facts as bullet lines (- 2页,
// - 2022-09-30 发布 |, - 0): short, with a number, no clause.
type bulletMetadata struct{ v *furnitureVocab }

func (j bulletMetadata) Judge(l lineView) string {
	if l.zone == zoneBody { // the report's own list (- 午餐：每份12元)
		return ""
	}
	b, rest := j.v.cutBullet(l.folded)
	if b == "" {
		return ""
	}
	rest = strings.TrimSpace(rest)
	// A label and its value (- 页数：3, - 字数：1,862) is a fact too.
	if !runesOver(rest, j.v.bulletRunes) && strings.IndexFunc(rest, unicode.IsDigit) >= 0 && !strings.ContainsAny(withoutGrouping(rest), sentenceEnds+"，,、") {
		if j.dateAlone(rest) {
			return "metadata"
		}
		return "docsite"
	}
	// Above the body, a label and its value without a clause (• 公开方式：
	// 主动公开, • 所属类目：某某专栏, • 字体大小：[ ]): the page's facts on the
	// post, a disclosure page's table printed as a list. A label of the
	// report's own form ([form_words]: • 活动地点：某某广场) stays, and so
	// does a value with a clause's mark.
	if n := fieldLabel(rest); n > 0 && n < len(rest) && l.zone == zoneHead && !runesOver(rest, 2*j.v.bulletRunes) &&
		!containsAny(rest[:n], j.v.formWords) && !strings.ContainsAny(withoutGrouping(rest), sentenceEnds+"，,、") {
		return "metadata"
	}
	return ""
}

// cutBullet returns the bullet of [bullets] that folded line f opens
// with, and the rest of f after it; "" and f when none does.
func (v *furnitureVocab) cutBullet(f string) (string, string) {
	for _, b := range v.bullets {
		if rest, ok := strings.CutPrefix(f, b); ok {
			return b, rest
		}
	}
	return "", f
}

// dateAlone reports whether a bullet's text is a date alone, after a
// label of the post's date or none (• 2018-06-25, • 时间:2020-08-17,
// [publish_labels]): the post's own date among the page's facts, as a
// disclosure table's is, not a document site's upload (- 2020-05-20 发布 |,
// - 上传时间：…).
func (j bulletMetadata) dateAlone(rest string) bool {
	n := fieldLabel(rest)
	if label := strings.TrimRight(rest[:n], ":："); label != "" && !slices.Contains(j.v.dateLabels, label) && !slices.Contains(j.v.publishLabels, label) {
		return false
	}
	return machineDateAlone(rest[n:])
}

// fieldRow: page metadata printed as a row of fields side by side,
// separated by spaces or bars, with or without colons (發布日期 113-01-15
// 更新日期 113-01-16, 主办单位：某某  地址：某某  邮编：311800, 2023-01-16 |
// 浏览量：862, 某某网记者 张三  发布时间：…  来源：…): at least two labels,
// or one after a date or a byline, each value short, no sentence.
type fieldRow struct{ v *furnitureVocab }

// maxFieldValueRunes is the longest value of a field in a row.
const maxFieldValueRunes = 20

func (j fieldRow) Judge(l lineView) string {
	f := l.folded
	// In the body, a row of labels is the report's (日期：… 时间：…, 主办单位：… 承办单位：…).
	if l.zone == zoneBody || l.runes() > 2*j.v.shortRunes || l.holds(markSentenceEnd|markComma) {
		return ""
	}
	tokens := strings.FieldsFunc(f, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '｜' })
	labels, value, lead := 0, 0, []string(nil)
	for _, t := range tokens {
		if rest, ok := j.label(t); ok {
			labels++
			value = runeLen(strings.TrimLeft(rest, ":："))
			continue
		}
		if labels == 0 {
			lead = append(lead, t)
			continue
		}
		if slices.Contains(crumbSeparators, t) {
			continue // 来源:某部门 > 某中心: a path's marks are no part of the value's length
		}
		if value += runeLen(t); value > maxFieldValueRunes {
			return ""
		}
	}
	switch {
	case labels == 0:
		return ""
	case len(lead) == 0:
		if labels >= 2 || l.inFieldRun {
			return "metadata"
		}
	case labels >= 1:
		head := strings.Join(lead, " ")
		if publishDate(head) != "" && strings.IndexFunc(head, isLetterNotDate) < 0 || j.v.isByline(head) {
			return "metadata"
		}
		// NO.943 | 更新时间:… | 点阅:963: two fields after the post's number.
		if labels >= 2 && runeLen(head) <= maxFieldValueRunes && strings.IndexFunc(head, isHan) < 0 {
			return "metadata"
		}
		// 某范文网 人气:1.37W 时间:…, 编辑日期:2013/9/4 作者:… 来源:…: two
		// known fields after the site's name or after a field whose label
		// no list holds (round 11).
		if labels >= 2 && (len(lead) == 1 && !runesOver(lead[0], maxOutletRunes) || fieldsOnly(lead)) {
			return "metadata"
		}
	}
	return ""
}

// isLetterNotDate reports whether r is a letter other than the date's
// 年, 月 and 日 (2016年03月28日 is a date, not words).
func isLetterNotDate(r rune) bool {
	return unicode.IsLetter(r) && r != '年' && r != '月' && r != '日'
}

// startsWithLabel reports whether the first token of f is a row label,
// alone or with a colon and its value.
func (j fieldRow) startsWithLabel(f string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(f), " ")
	_, ok := j.label(first)
	return ok
}

// label reports whether a token starts with a row label followed by
// nothing, a colon or its value, and returns what follows the label.
func (j fieldRow) label(t string) (string, bool) {
	for _, w := range j.v.rowLabels {
		if rest, ok := strings.CutPrefix(t, w); ok {
			if rest == "" || opensWithColon(rest) {
				return rest, true
			}
		}
	}
	return "", false
}

// datedLink: after the body, another article's title with its date
// (· 某某活动走进某某小区 (2020-12-18), · 某某推进会 2020-09-20): a list of
// the site's other pages. Short, no sentence, the date last, with a
// bullet or in brackets.
type datedLink struct{ v *furnitureVocab }

var trailingDateExpr = regexp.MustCompile(`[(（\[]?\s*(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]]?$`)

// trailingDate is trailingDateExpr.FindStringIndex(f). Go's expressions
// look for a match ending at $ from every start: a line whose last rune
// no match can end with (a digit, a space, a closing bracket) is answered
// without it.
func trailingDate(f string) []int {
	if !endsAsDate(f) {
		return nil
	}
	return trailingDateExpr.FindStringIndex(f)
}

func endsAsDate(f string) bool {
	r, _ := utf8.DecodeLastRuneInString(f)
	return isASCIIDigit(r) || strings.ContainsRune(" \t\n\f\r)）]", r)
}

func (j datedLink) Judge(l lineView) string {
	if l.zone != zoneTail || l.runes() > j.v.shortRunes+10 || l.holds(markSentenceEnd) {
		return ""
	}
	loc := trailingDate(l.folded)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	// A list's bullet or a date in brackets: a sign-off (某某社区 2023-12-30)
	// has neither.
	bracketed := strings.ContainsAny(l.folded[loc[0]:], "(（[")
	bullet, _ := j.v.cutBullet(l.folded)
	if before := strings.TrimSpace(l.folded[:loc[0]]); (bracketed || bullet != "") && strings.IndexFunc(before, isHan) >= 0 {
		return "related"
	}
	return ""
}

// uiPrompt: outside the body, a short line that asks the reader to act on
// the page (欲重温活动花絮，请浏览相片集, 需扫码在手机上打开, 一键转发,
// 打开某某APP): the site's widgets. No sentence end; before the body,
// never a line that could be the title (a context judge: the title
// scorer runs the line judges).
type uiPrompt struct{ v *furnitureVocab }

// maxPromptRunes is the longest prompt; maxExclaimingPromptRunes the
// longest with an exclamation mark (Hi!请登陆, 欢迎您!请登录).
const (
	maxPromptRunes           = 30
	maxExclaimingPromptRunes = 12
)

func (j uiPrompt) Judge(l lineView) string {
	// Lower-casing keeps the runes and their count and makes no
	// punctuation: the cheap tests come first, on the line as it is.
	// A greeting may exclaim (Hi!请登陆): a short prompt may, a sentence not.
	if l.zone == zoneBody || l.runes() > maxPromptRunes || strings.ContainsAny(l.folded, "。？?") ||
		l.runes() > maxExclaimingPromptRunes && strings.ContainsAny(l.folded, "！!") {
		return ""
	}
	f := strings.ToLower(l.folded)
	prompts := 0
	for _, w := range j.v.promptWords {
		if strings.Contains(f, w) {
			prompts++
		}
	}
	switch {
	case prompts == 0:
		return ""
	case prompts == 1 && l.zone == zoneHead && (looksLikeArticleTitle(f) || j.v.titles != nil && j.v.titles.plausibleView(l, j.v)):
		// One prompt word may be a headline's (打开心门…); two are
		// the page asking twice (点击蓝字 关注我们, 需扫码…打开…点击更新提醒).
		return ""
	}
	return "widget"
}

// withoutGrouping returns s without the commas that group digits
// (1,862).
func withoutGrouping(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if r == ',' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// metadataField: a label of page or document metadata with its value
// (索引号：…, 生成日期：…, 上传人：…), the label alone on its line, or
// several of them between bars (索 引 号:… | 主题分类:… |).
type metadataField struct{ v *furnitureVocab }

func (j metadataField) Judge(l lineView) string {
	// Tables space their labels out (索 引 号) and put fields side by
	// side between bars: every part must be a field or a label.
	if !j.v.mayStartWithLabel(l.folded) {
		return "" // most lines, answered without a copy of the line
	}
	isBar := func(r rune) bool { return r == '|' || r == '｜' }
	s := stripSpaces(l.folded)
	if !j.v.startsWithLabel(strings.TrimLeftFunc(s, isBar)) {
		// The first part starts the line once its bars are trimmed: a
		// line that starts with no label has no field (most lines),
		// and is not split.
		return ""
	}
	parts := strings.FieldsFunc(s, isBar)
	if len(parts) == 0 {
		return ""
	}
	for _, p := range parts {
		if !j.v.startsWithLabel(p) {
			return "" // neither pattern can match: both start with a label
		}
		if !j.v.labelAlone.MatchString(p) && !j.v.metadataField.MatchString(p) {
			return ""
		}
	}
	return "metadata"
}

// startsWithLabel tells whether s starts with a metadata label, after one
// opening bracket at most: what metadataField and labelAlone match must.
func (v *furnitureVocab) startsWithLabel(s string) bool {
	for _, open := range []string{"", "【", "["} {
		if rest, ok := strings.CutPrefix(s, open); ok && hasPrefixAny(rest, v.metadataLabels) {
			return true
		}
	}
	return false
}

// mayStartWithLabel is false only when metadataField's label test
// (startsWithLabel of f without its spaces and its leading bars) is
// false too: neither the first rune that is no space or bar nor, after a
// square bracket, the next one that is no space starts a label.
func (v *furnitureVocab) mayStartWithLabel(f string) bool {
	f = strings.TrimLeftFunc(f, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '｜' })
	r, size := utf8.DecodeRuneInString(f)
	if v.metadataLabelSet.starts(r) {
		return true
	}
	if r != '【' && r != '[' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(f[size:], unicode.IsSpace))
	return v.metadataLabelSet.starts(next)
}

func stripSpaces(s string) string {
	if !hasSpace(s) && utf8.ValidString(s) {
		// Most lines: strings.Map would give s back too, decoding every
		// rune to learn it (an invalid byte it would write as U+FFFD).
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// loneValue: a number alone on its line after furniture (a read count
// whose label went with the line before).
type loneValue struct{ v *furnitureVocab }

func (j loneValue) Judge(l lineView) string {
	if !l.afterFurniture || l.runes() > j.v.valueRunes {
		return ""
	}
	if strings.TrimFunc(l.folded, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune(".,:/-次人阅读浏览万+()（）|", r)
	}) == "" {
		return "metadata"
	}
	return ""
}

// bylineLine: a reporter's or correspondent's byline (某某网记者 张三).
type bylineLine struct{ v *furnitureVocab }

func (j bylineLine) Judge(l lineView) string {
	if l.runes() <= j.v.shortRunes && j.v.isByline(spacedRole.ReplaceAllString(l.folded, "$1$2$3")) {
		return "byline"
	}
	if l.zone == zoneTail && l.runes() <= j.v.shortRunes && !l.holds(markSentenceEnd) && j.barCredit(l.folded) {
		return "credit"
	}
	// 本报记者：, 通讯员:, 某某网小编: a role whose names the page left out,
	// with its colon or after the site's name.
	role := strings.TrimRight(l.folded, " :：")
	if runesOver(role, maxRoleAloneRunes) {
		return ""
	}
	for _, r := range j.v.bylineRoles {
		if site, ok := strings.CutSuffix(role, r); ok {
			if last, _ := utf8.DecodeLastRuneInString(site); role != l.folded || strings.ContainsRune("网报台站", last) {
				return "byline"
			}
		}
	}
	return ""
}

// barCredit reports whether f opens with credit words and a bar after
// them (文图|某某报记者 某某, 供图供稿丨某某中心 某某): who wrote and who
// shot the report, set apart as a site sets its fields.
func (j bylineLine) barCredit(f string) bool {
	i := strings.IndexAny(f, "|｜丨")
	if i <= 0 {
		return false
	}
	head := strings.TrimSpace(f[:i])
	for head != "" {
		w := wordAt(head, j.v.creditWords)
		if w == "" {
			return false
		}
		head = strings.TrimSpace(head[len(w):])
	}
	return true
}

// isByline reports whether s is a byline (the expression bylineLine);
// every match holds a role, which most lines are answered by.
func (v *furnitureVocab) isByline(s string) bool {
	return v.bylineRoleSet.in(s) && v.bylineLine.MatchString(s)
}

// spacedRole is a role of two characters spaced out to the width of three,
// as the names after it are (初 审：王 杰): the role once closed up.
var spacedRole = regexp.MustCompile(`^(\p{Han})\s+(\p{Han})(\s*[:：])`)

// maxRoleAloneRunes is the longest role label alone (某某日报记者：).
const maxRoleAloneRunes = 8

// contactLine: a short line with a phone number or e-mail address and no
// sentence.
type contactLine struct{ v *furnitureVocab }

func (j contactLine) Judge(l lineView) string {
	// Lower-casing keeps the runes and their count and makes no
	// punctuation: the cheap tests come first, on the line as it is.
	if l.runes() > j.v.shortRunes+10 && !j.fieldsSideBySide(l.folded) || containsAnyRune(l.folded, "。！？") {
		return ""
	}
	// 请洽受理窗口，分机2040: an office's extension, a contact too.
	if i := strings.Index(l.folded, "分机"); i >= 0 && digitRun(l.folded[i:]) >= 3 {
		return "contact"
	}
	// Every number or address the expression takes holds seven ASCII
	// digits in a row, 400 or an @: most lines hold none and are answered
	// without it.
	if digitRun(l.folded) < 7 && !strings.Contains(l.folded, "400") && !strings.Contains(l.folded, "@") {
		return ""
	}
	f := strings.ToLower(l.folded)
	if !j.v.contactNumber.MatchString(f) {
		return ""
	}
	for _, w := range j.v.contactLabels {
		if strings.Contains(f, w) {
			return "contact"
		}
	}
	// 社区服务站：0553-5120661 — a short name and a number, nothing else.
	if i := strings.IndexAny(f, ":："); i > 0 && runeLen(f[:i]) <= j.v.menuPartRunes {
		if number := strings.TrimSpace(strings.TrimLeft(f[i:], ":：")); j.v.contactNumber.FindString(number) == number {
			return "contact"
		}
	}
	return ""
}

// fieldsSideBySide reports whether f is two fields or more set apart by
// spaces, each a label, its colon and a short value (联系电话:… 网站识别码:…
// 公网安备:…, 预约电话:… 邮政编码:… Email:…): a row of the page's
// fields, however long the row. A label of the report's form (活动地点:…,
// [form_words]) makes it the report's own row.
func (j contactLine) fieldsSideBySide(f string) bool {
	tokens := strings.Fields(f)
	for _, t := range tokens {
		label, value, ok := strings.Cut(strings.Replace(t, "：", ":", 1), ":")
		if !ok || label == "" || value == "" || runesOver(label, maxFieldLabelRunes) || runesOver(value, maxFieldValueRunes) || containsAny(label, j.v.formWords) {
			return false
		}
	}
	return len(tokens) >= 2
}

// digitRun is the length of the longest run of ASCII digits in s.
func digitRun(s string) int {
	longest, n := 0, 0
	for i := 0; i < len(s); i++ {
		if n = n + 1; s[i] < '0' || s[i] > '9' {
			n = 0
		}
		longest = max(longest, n)
	}
	return longest
}

// snapshotLink: a search engine's snapshot or a document site's preview
// link (百度快照, 预览).
type snapshotLink struct{ v *furnitureVocab }

func (j snapshotLink) Judge(l lineView) string {
	if l.runes() > 20 || l.holds(markClauseEnd) {
		return ""
	}
	for _, w := range j.v.snapshotWords {
		if strings.Contains(l.folded, w) {
			return "snapshot"
		}
	}
	return ""
}

// siteLine: outside the body, a line where the site or the WeChat column
// speaks of itself (郑重提示：本站不保证…, 某某公众号是…的官方平台).
type siteLine struct{ v *furnitureVocab }

func (j siteLine) Judge(l lineView) string {
	if l.zone == zoneBody {
		return ""
	}
	if j.v.namesSite(l.folded) {
		return "site"
	}
	for _, w := range j.v.wechatWords {
		if strings.Contains(l.folded, w) {
			return "wechat"
		}
	}
	return ""
}

// datedLine: a publish date with a few words and no clause (2021-06-18
// 总结, 2021-04-03 来源：某某网, (2023-11-08 09:14:52), 2014年3月6日 16:03).
type datedLine struct{ v *furnitureVocab }

var datedLineExpr = regexp.MustCompile(`^[(（]?[^\s:：。！？，,\d|(（]{0,12}\s*(19|20)\d{2}([-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(:\d{2})?)(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*[^。！？，,\d|｜]{0,16}$`)

// stampLineExpr (stampField): a bare time label with a date as a site's software writes
// it (时间:2021-08-31, 时间: 01-19, date 2025-10-30); an author writes
// 时间：2021年8月31日, and his qualified labels (活动时间：…) stay.
var stampLineExpr = regexp.MustCompile(`(?i)^(时间|日期|date|time)\s*[:：]?\s*(((19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}|` + dayFirstDate + `)(\s+\d{1,2}:\d{2}(:\d{2})?)?$`)

// stampField: a bare time label with a machine date among other
// furniture (under the title, above 作者:…, 栏目:…), the post's own stamp:
// metadata, so its date dates a report written without years. Alone, it
// may be the first line of a report's form (时间：… 地点：…), and stays.
type stampField struct{}

func (stampField) Judge(l lineView) string {
	if (l.amidFurniture || l.afterFurniture) && stampLineExpr.MatchString(l.folded) {
		return "metadata"
	}
	return ""
}

// tailStampExpr (datedLine): below the body, a label of a time or date
// with a date as the site's software writes it, and maybe a time after
// 上午 or 下午 (更新日期:2021/3/5 下午 03:20:11, 创建时间:2020-10-12):
// the page's stamp; the author signs with 2019年9月30日, and a label with a
// word of the report's form is its row (活动时间:2020-10-12). A stamp of a
// change (更新, 修改, 异动: [change_stamp_words]) dates no publishing: kind
// site.
var tailStampExpr = regexp.MustCompile(`^([^\s:：。！？，,\d|(（]{0,6})(时间|日期)\s*[:：]\s*(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(\s*(上午|下午)?\s*\d{1,2}:\d{2}(:\d{2})?)?$`)

// A date line the author signs (某某 2024.1.2 写于台中) is the report's.
func (j datedLine) Judge(l lineView) string {
	// Below the body only, and on a line holding 时间 or 日期 (every match
	// does): the expression runs on no other line.
	if l.zone == zoneTail && (strings.Contains(l.folded, "时间") || strings.Contains(l.folded, "日期")) {
		// A label holding a word of the report's form (活动时间, 项目日期:
		// [form_words]) is the report's own row.
		if m := tailStampExpr.FindStringSubmatch(l.folded); m != nil && !containsAny(m[1], j.v.formWords) {
			if containsAny(m[1], j.v.changeStampWords) {
				return "site"
			}
			return "byline"
		}
	}
	// Every match holds a year of 19xx or 20xx: most lines hold neither
	// and are answered without the expression.
	if (strings.Contains(l.folded, "19") || strings.Contains(l.folded, "20")) && datedLineExpr.MatchString(l.folded) && !j.v.signsOff(l.folded) {
		return "byline"
	}
	return ""
}

// edgeWidget: at the head of the page, above other furniture, or at its
// tail, below other furniture, a short line without clauses that is not
// a title, a numbered heading, a label with its value or a date (分享,
// 下载得到文件列表, 查看更多): the page's widgets, not the author's text.
// Below the body's last paragraph such a line of at most maxWidgetRunes
// goes without furniture above it when it names a button (返回首页,
// 发表回复, 『查看评论』: [widget_words]): the report signs off with names
// and dates, not with the page's buttons. The page's last line, below the
// body, goes when it ends with a colon and is no numbered heading, even
// past maxWidgetRunes or shaped as a title (发表评论的规则:, %d 位读者按了
// 赞:): a label whose list the page cut off. Under the author's heading
// below the body (underAuthorHeading) the report goes on: no widget there
// but that last label. Nor is one of the page's captions in brackets
// (amidCaptions) a widget, nor a line right under one ending with a comma
// (continuesSentence): the sentence above goes on in it, broken over short
// lines. Nor is a deck, a line opening with a run of dashes before its words
// (——记某某活动, --In celebration of…): the headline's subtitle, the
// report's. Nor, in the tail, is a line amid the text (amidText): between
// two lines no judge took where the tail so far is no more furniture than
// text, or last on the page under the author's short subheading — a
// subheading or a caption among short paragraphs that the body region left
// out, a paragraph the page's end cut off.
type edgeWidget struct{ v *furnitureVocab }

func (j edgeWidget) Judge(l lineView) string {
	f := l.folded
	if l.runes() > j.v.shortRunes || l.holds(markSentenceEnd|markComma) || l.continuesSentence || isDeck(f) {
		return ""
	}
	cutLabel := l.atPageEnd && endsWithColon(f)
	amid := l.amidFurniture && !l.amidText
	if !cutLabel && (!amid && !j.tailButton(l) || l.underAuthorHeading) {
		return ""
	}
	if i := strings.IndexAny(f, ":："); i >= 0 && i < len(f)-len("：") {
		return "" // label: value, the author's (活动时间：3月5日)
	}
	if l.amidCaptions && j.v.asideShaped(f) {
		return "" // one of the page's captions in brackets
	}
	// The expressions last: every way out above and here keeps the line.
	if numberedHeading.MatchString(f) {
		return ""
	}
	if cutLabel {
		return "widget"
	}
	if looksLikeArticleTitle(f) || dateLine.MatchString(f) {
		return ""
	}
	if l.runes() > maxWidgetRunes && j.v.titles != nil && j.v.titles.plausibleView(l, j.v) {
		return "" // a title among the furniture: the title rule decides
	}
	return "widget"
}

// isDeck reports whether f opens with two dashes or more (— – - ―) and
// goes on with a letter or a digit, ending with no dash: a headline's subtitle
// (——某某小学开展活动), not a separator (————) or an end mark (——完——).
func isDeck(f string) bool {
	rest := strings.TrimLeft(f, dashRunes)
	if utf8.RuneCountInString(f[:len(f)-len(rest)]) < 2 || strings.TrimRight(rest, dashRunes) != rest {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tailButton reports whether a line below the body is a short one naming
// a button of the page.
func (j edgeWidget) tailButton(l lineView) bool {
	return l.zone == zoneTail && l.runes() <= maxWidgetRunes && containsAny(strings.ToLower(l.folded), j.v.widgetWords)
}

// maxWidgetRunes is the longest widget (分享, 下载得到文件列表) taken whatever
// its words; a longer line at the edges goes only when it could not be a
// title.
const maxWidgetRunes = 8

// parenCredit: an author's, photographer's or correspondent's credit in
// brackets on its own line ((图文/某某、某某), (某某供稿 某某 文/图),
// (撰稿人:某某 审稿人:某某), (某某禁毒办:某某)), or an outlet's lead with
// its reporters' names in brackets ((本网讯某某某), kind byline). Right
// below the body, a short line opening a bracket it never closes, without
// a clause's mark, is such a credit the page cut off ((通讯, (某某  某某).
type parenCredit struct{ v *furnitureVocab }

var parenLine = regexp.MustCompile(`^[(（]([^()（）]{2,40})[)）]$`)

func (j parenCredit) Judge(l lineView) string {
	if !strings.HasPrefix(l.folded, "(") && !strings.HasPrefix(l.folded, "（") {
		return "" // what parenLine matches opens with a bracket
	}
	if l.belowBody && l.runes() <= maxWidgetRunes && !strings.ContainsAny(l.folded, ")）"+asideBreaks) {
		return "credit"
	}
	m := parenLine.FindStringSubmatch(strings.TrimRight(l.folded, " |｜"))
	if m == nil || strings.ContainsAny(m[1], sentenceEnds) || numberedHeading.MatchString(l.folded) {
		return ""
	}
	m[1] = strings.TrimSpace(m[1]) // ( 某某某): a space inside the brackets is the layout's
	if leadWithNames(m[1]) {
		return "byline"
	}
	for _, w := range j.v.creditWords {
		if strings.Contains(m[1], w) {
			return "credit"
		}
	}
	// After the body, a name alone in brackets: the author's ((某某某)); not
	// the author's own mark that the text goes on or ends ((待续), (全文完)),
	// nor on a page of captions in brackets (amidCaptions: (象棋比赛)).
	if l.zone == zoneTail && !l.amidCaptions && runeLen(m[1]) >= 2 && runeLen(m[1]) <= 4 && strings.IndexFunc(m[1], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) < 0 && !slices.Contains(j.v.continuationMarks, m[1]) {
		return "credit"
	}
	// 单位:姓名 — an organisation and a name of two to four characters.
	if i := strings.IndexAny(m[1], ":："); i > 0 {
		if name := strings.TrimLeft(m[1][i:], ":："); runeLen(name) >= 2 && runeLen(name) <= 4 && !strings.ContainsAny(name, clauseEnds) {
			return "credit"
		}
	}
	if l.zone != zoneBody && !l.amidCaptions && (unitCredit(m[1]) || j.supplierCredit(m[1])) {
		return "credit"
	}
	return ""
}

// unitCredit reports whether s, inside brackets, is a unit's name of at
// least minUnitRunes Han characters and a person's of two or three set
// apart by a space (某某街道某某社区 某某): who sent the text, a credit
// outside the body or after a paragraph's last sentence (round 31). A
// report signs with its unit's name out of brackets (tailNames keeps it).
func unitCredit(s string) bool {
	fs := strings.Fields(s)
	return len(fs) == 2 && runeLen(fs[0]) >= minUnitRunes && allHan(fs[0]) && shortName(fs[1])
}

// minUnitRunes is the shortest unit's name unitCredit takes: a longer
// name than a person's.
const minUnitRunes = 4

// supplierCredit reports whether s, inside brackets, is one part or more
// joined by a slash, each of Han characters ending with a word of
// [supplier_endings] (某某区公所提供/某某某地传真, 某某融媒图片资料库): who gave
// the picture or filed the text (round 31).
func (j parenCredit) supplierCredit(s string) bool {
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '／' }) {
		if !allHan(p) || !hasSuffixAny(p, j.v.supplierEndings) {
			return false
		}
	}
	return s != ""
}

// bracketAside: after every other judge, outside the body, anything alone
// in brackets with no sentence's end inside — the unit that sent the text
// ((某某医院)), who gave a photo ((受访单位供图)): the page's aside. Between
// the report's paragraphs such a line is a picture's caption saying what
// was done ((为老人义诊)): body, as a reader takes it, and so is one of
// the page's captions in brackets anywhere (amidCaptions). A report writes its
// sentences out of brackets, and its own notes in brackets run on in
// clauses or after a label ((注：…，…)); its marks that the text goes on
// ((待续)) and its numbered headings stay.
type bracketAside struct{ v *furnitureVocab }

// asideBreaks are the marks of a clause or a label: no aside holds one.
const asideBreaks = sentenceEnds + "，,：:"

func (j bracketAside) Judge(l lineView) string {
	if l.zone == zoneBody || l.amidCaptions || !j.v.asideShaped(l.folded) {
		return ""
	}
	return "caption"
}

// asideShaped reports whether a line is alone in brackets with no clause's
// mark inside, and is neither a numbered heading nor a mark that the text
// goes on.
func (v *furnitureVocab) asideShaped(f string) bool {
	if !strings.HasPrefix(f, "(") && !strings.HasPrefix(f, "（") {
		return false
	}
	m := parenLine.FindStringSubmatch(strings.TrimRight(f, " |｜"))
	return m != nil && !strings.ContainsAny(m[1], asideBreaks) && !numberedHeading.MatchString(f) && !slices.Contains(v.continuationMarks, strings.TrimSpace(m[1]))
}

// bracketCaptions counts the lines alone in brackets that parenCredit takes
// nowhere ((志愿者为老人义诊), (活动现场), not (某某 摄)). One such line after
// the body is an aside (the unit that sent the text, a stock photo's
// note); two or more are the captions of the report's pictures, which
// pages set in brackets below the body as well as between its paragraphs.
func (v *furnitureVocab) bracketCaptions(folded []string) int {
	n := 0
	for _, f := range folded {
		if f = strings.TrimSpace(f); v.asideShaped(f) && (parenCredit{v}).Judge(newLineView(f, f, zoneBody)) == "" {
			n++
		}
	}
	return n
}

// newsLead: a news outlet's lead with its reporters alone on its line
// (某某报道讯(张三 李四 报道), 某某联盟 讯 (公益记者 某某 摄影 某某), 东北区:某某
// 报道); fused before the first sentence it opens the paragraph, and stays
// (but its reporters' credit, leadCredit, and an outlet's tag set off by a
// space or a colon, outletTag).
type newsLead struct{}

var (
	newsLeadExpr = regexp.MustCompile(`^[\p{Han}A-Za-z·]{1,14}\s*(\d{1,2}月\d{1,2}日)?\s*(讯|电|(网|报|台|社)消息)\s*[(（][^()（）。！？]{1,40}[)）]`)
	// 某某新闻网讯, 某某日报讯: an outlet's lead without its reporters, alone.
	// 某某网某某讯: a channel's name between the outlet's and 讯. 本报讯,
	// 本站讯: the outlet naming itself by 本 (this paper, this site).
	outletLeadExpr = regexp.MustCompile(`^([\p{Han}A-Za-z·]{2,14}(网|报|台|社|融媒|融媒体)|[\p{Han}A-Za-z·]{1,10}(网|报|台)[\p{Han}]{2,6}|本(报|网|站|台))讯$`)
	// 某某网6月5日广州消息, 某某社北京3月5日电: a dateline alone on its line.
	datelineExpr   = regexp.MustCompile(`^[\p{Han}A-Za-z·]{1,14}\d{1,2}月\d{1,2}日[\p{Han}]{0,8}(消息|电|讯)$`)
	reportedByExpr = regexp.MustCompile(`^[^。！？，,:：]{0,12}[:：]\s*[\p{Han}]{2,4}(\s+[\p{Han}]{2,4})*\s+(报道|供稿|摄)$`)
)

// newsLeadMarks and reportedByRoles are literals every match of
// newsLeadExpr holds one of and every match of reportedByExpr ends with: most
// lines hold neither and are answered without the patterns.
// A lead ends with any of the words of its class: 讯, 电, and 消息 after an
// outlet's name (某某网消息(张三 李四); 好消息 is a sentence's).
var newsLeadMarks = newWordSet([]string{"讯", "电", "消息"})

var reportedByRoles = []string{"报道", "供稿", "摄"}

func (newsLead) Judge(l lineView) string {
	f := l.folded
	if newsLeadMarks.in(f) {
		if m := newsLeadExpr.FindString(f); m != "" && len(m) == len(f) || outletLeadExpr.MatchString(f) {
			return "byline"
		}
	}
	for _, role := range reportedByRoles {
		if strings.HasSuffix(f, role) {
			if reportedByExpr.MatchString(f) {
				return "byline"
			}
			break
		}
	}
	// Every dateline ends with 消息, 电 or 讯: the expression runs only then.
	if (strings.HasSuffix(f, "息") || strings.HasSuffix(f, "电") || strings.HasSuffix(f, "讯")) && datelineExpr.MatchString(f) {
		return "byline"
	}
	return ""
}

// pagedTitle: a document's title with a page number, printed at the top
// of each page of a shared document (某某总结_第2页, 某某总结 - 第3页).
// The title it prints is the document's, as a shared file's name is.
type pagedTitle struct{ v *furnitureVocab }

var pagedTitleExpr = regexp.MustCompile(`^([^。！？!?]{2,40}?)\s*[_\-—|｜·]\s*第\s*\d{1,3}\s*[页頁]$`)

func (j pagedTitle) Judge(l lineView) string {
	if strings.HasSuffix(l.folded, "页") && l.runes() <= j.v.shortRunes+10 && pagedTitleExpr.MatchString(l.folded) {
		return KindRunning
	}
	return ""
}

// latinHead: outside the body of a Chinese page, a line of Latin-script
// words only (Skip to Main Content, the English title of a bilingual
// page, Powered by Discuz! under it): the page's, as the report is
// written in Chinese. A line with a
// digit (a date, a code) is left to the other judges. A line of English
// prose (latinProse) is the translation a bilingual report prints beside
// its Chinese paragraphs, or a line of it.
type latinHead struct{}

func (latinHead) Judge(l lineView) string {
	if l.zone == zoneBody {
		return ""
	}
	words, lower, digit, nonASCII, _ := latinFields(strings.Fields(l.folded))
	if !digit && !nonASCII && words >= 2 && !latinProse(l.folded, words, lower) {
		return "latin"
	}
	return ""
}

// latinFields reads a line's fields as latinHead and latinHeadRow do:
// words counts the fields of two ASCII letters or more, lower those of
// them opening in lower case; digit tells whether the line holds a digit,
// nonASCII a rune beyond ASCII, foreign a letter beyond ASCII (Han, or a
// letter of another script), at which the reading stops.
func latinFields(fields []string) (words, lower int, digit, nonASCII, foreign bool) {
	for _, f := range fields {
		letters := 0
		for _, r := range f {
			switch {
			case r >= utf8.RuneSelf && unicode.IsLetter(r):
				return words, lower, digit, true, true
			case r >= utf8.RuneSelf:
				nonASCII = true
				digit = digit || unicode.IsDigit(r)
			case unicode.IsLetter(r):
				letters++
			case unicode.IsDigit(r):
				digit = true
			}
		}
		if letters >= 2 {
			words++
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
				lower++
			}
		}
	}
	return words, lower, digit, nonASCII, false
}

// latinHeadRow: above the first prose line, a line in Latin script that
// latinHead leaves to the others: one holding a digit beside an English
// word — a stamp or a counter in English (Updated: Oct 12, 2021, 326
// Views, Lin Yu • 3 March 2022 18:05), a template's slot (banner_ad3),
// the site's address before the post's date — or a lone word (close,
// logo, Published, x: a button or a slot's name). The judges before it
// took what they know of such lines (a stamp's label, a date alone); no
// letter of another script may stand in it, and English prose
// (latinProse) stays. Kind metadata when it holds a date in digits (the
// post's stamp, read as published), latin otherwise.
type latinHeadRow struct{}

// maxLatinHeadRowRunes is the longest line latinHeadRow reads.
const maxLatinHeadRowRunes = 60

func (latinHeadRow) Judge(l lineView) string {
	if l.zone != zoneHead || l.runes() > maxLatinHeadRowRunes {
		return ""
	}
	fields := strings.Fields(l.folded)
	words, lower, digit, _, foreign := latinFields(fields)
	if foreign {
		return "" // Han, or a letter of another script
	}
	switch {
	case len(fields) == 1 && slotName(fields[0]):
	case !digit || words == 0 || latinProse(l.folded, words, lower):
		return ""
	}
	if publishDate(l.folded) != "" {
		return "metadata"
	}
	return "latin"
}

// slotName reports whether f is one word of ASCII letters, digits and
// underscores opening with a letter (close, banner_ad3, side_menu_7).
func slotName(f string) bool {
	for i, r := range f {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || r == '_'))) {
			return false
		}
	}
	return f != ""
}

// latinProseWords is the fewest words of a line of English prose.
const latinProseWords = 8

// latinProse reports whether a line of words, lower of them in lower case,
// reads as English prose: many words, two thirds of them in lower case or
// more, unlike a name or a title in capitals (Some Community Centre, Skip
// to Main Content), and not a notice opened by a label (Notice: …).
func latinProse(f string, words, lower int) bool {
	first, _, _ := strings.Cut(f, " ")
	return words >= latinProseWords && 3*lower >= 2*words && !endsWithColon(first)
}

// separatorOnly: a line without a letter or a digit (|, ——, ·). An
// ellipsis alone above the tail (……) is the writer's own, leaving out the
// rest between two paragraphs or under a few short lines of verse.
type separatorOnly struct{}

func (separatorOnly) Judge(l lineView) string {
	if strings.IndexFunc(l.folded, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 || l.zone != zoneTail && ellipsisOnly(l.folded) {
		return ""
	}
	return "decoration"
}

// ellipsisOnly reports whether f is the Chinese ellipsis alone (……, its
// two marks or more, spaces between them allowed): full stops in a row
// (......) are a site's filler as often as the writer's, and stay judged.
func ellipsisOnly(f string) bool {
	return strings.Count(f, "…") >= 2 && strings.Trim(f, "… \t\u3000") == ""
}

// bracketLabel: a column label alone in brackets (【特讯】, 【图片新闻】);
// numbered parts (【篇一】, 【第二篇】) are headings and stay.
type bracketLabel struct{}

var bracketLabelExpr = regexp.MustCompile(`^[【\[]([^】\]\d一二三四五六七八九十篇第]{1,6})[】\]]$`)

func (bracketLabel) Judge(l lineView) string {
	// What the expression matches opens with a bracket: most lines do not.
	if (strings.HasPrefix(l.folded, "【") || strings.HasPrefix(l.folded, "[")) && bracketLabelExpr.MatchString(l.folded) {
		return "label"
	}
	return ""
}

// stampRow: a post's stamp written by the site's software — a date with
// its time of day (11-03 08:25, 2021-11-09 10:12, 2024年03月26日 17:05) —
// alone or among a few short fields between spaces (an outlet, an author,
// a province, 我要评论0), no clause: 11-03 08:25   某某融媒体中心   张三,
// 某某社工 某某中心 2024年03月26日 17:05 广东. The time may come first
// (某某栏目 08:05 2022/11/23) or be joined to the date as software
// exchanges it (2022-11-23T08:05:36+08:00). Above the body a machine date
// with its year and a number alone beside it (a read count) is such a
// stamp without a time (2022.11.23  356 返回列表), kind metadata: its
// date is the post's own, as headDate's. Outside the body only: a
// report's own schedule (6-18 14:30 开幕式) may look the same.
type stampRow struct{}

// stampDateExpr is a stamp's date, its year left out or not; stampTime
// its time of day, maybe with the seconds and a zone's offset
// (08:05:36+08:00).
const (
	stampDateExpr = `(((19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|` + dayFirstDate + `)`
	stampTime     = `\d{1,2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?`
)

var stampExpr = regexp.MustCompile(`^` + stampDateExpr + `(\s*|T)` + stampTime + `$|^` + stampTime + `\s+` + stampDateExpr + `$`)

// dayFirstDate is a machine date written day first, as European and Hong
// Kong software writes it (26.06.2014, 31/03/2025): the stamp and field
// judges read it as they read 2014-06-26.
const dayFirstDate = `(0?[1-9]|[12]\d|3[01])[./](0?[1-9]|1[0-2])[./](19|20)\d{2}`

// maxStampFields is the most fields a stamp row holds beside its date.
const maxStampFields = 5

func (stampRow) Judge(l lineView) string {
	if l.zone == zoneBody || strings.ContainsAny(l.folded, stampClauseMarks+"：") {
		return ""
	}
	// A stamp holds a colon, its time's, but for a dated count above the
	// body.
	timed := strings.Contains(l.folded, ":")
	if !timed && l.zone != zoneHead {
		return ""
	}
	// The date and its time are one or two fields (2024年03月26日 17:05).
	kind, others := rowStamp(strings.Fields(l.folded), 2, func(date string, others []string) string {
		switch {
		case timed && stampExpr.MatchString(date):
			return "byline"
		case machineDateAlone(date) && slices.ContainsFunc(others, digitsOnly):
			// A dated count (one field: two joined hold a space, no
			// machine date does): the post's own stamp, as headDate's.
			return "metadata"
		}
		return ""
	})
	if kind == "" || len(others) > maxStampFields || slices.ContainsFunc(others, func(f string) bool { return !shortField(f, maxStampFieldRunes) }) {
		return ""
	}
	return kind
}

// The judges of a post's stamp — stampRow, headStamp, dateCounts and
// headDate.stampRow — read one shape: a date as software prints it among a
// few short fields, no clause. The parts they share are decided once: the
// marks no stamp holds (stampClauseMarks: stampRow, headStamp), the date
// found among the row's fields (rowStamp: stampRow, headDate.stampRow), a
// date with its year in digits (machineDate: stampRow's dated count,
// headStamp, dateCounts) and a name or a count beside it (shortField:
// stampRow, headStamp). What stays apart really differs: where the row
// stands (outside the body, or above it only), where its date sits
// (anywhere, or first), which dates it takes (with a time of day, with a
// year or not), what the fields beside it are (names and counts, numbers
// only, or labels with their values) and its kind (byline for the stamp a
// site prints on every post, metadata for one that dates the post).

// stampClauseMarks are the marks of a clause, none of which a stamp row
// holds (but a label's full-width colon, which some of its judges read).
const stampClauseMarks = sentenceEnds + "，,、"

// rowStamp finds the date of a stamp row among its fields: the first
// field, or run of at most width fields joined by a space, to which date
// gives a kind, the fields beside it passed along. It returns that kind
// and those fields, or "" and nil when no field is such a date.
func rowStamp(fields []string, width int, date func(date string, others []string) string) (string, []string) {
	for i := range fields {
		for n := 1; n <= width && i+n <= len(fields); n++ {
			others := slices.Concat(fields[:i], fields[i+n:])
			if kind := date(strings.Join(fields[i:i+n], " "), others); kind != "" {
				return kind, others
			}
		}
	}
	return "", nil
}

// shortField reports whether a field beside a stamp's date may be a name
// or a count: at most n runes and no colon (no label and its value).
func shortField(f string, n int) bool {
	return !runesOver(f, n) && !strings.ContainsAny(f, ":：")
}

// headStamp: above the first prose line, the post's stamp as its site
// prints it beside the headline, a row no other judge knows by its
// words: a date label and its date, with or without the year, the site's
// or outlet's name before the label, after a space or joined to it
// (日期:04-12, 某某在线  发布时间:2022-03-17, 某某网站日期:2021-05-22,
// 发表:2015年06月29日; [stamp_labels], [publish_labels]); or, without a
// label, a name before a full date and the site's address or a read
// count beside them (某某电力 2022年1月5日 3545, 某某网 www.example.cn
// 2017年02月28日). A label holding a word of the report's form
// (活动日期:04-12, [form_words]) is the report's row, and a name and a
// date alone may be a headline's: both stay.
type headStamp struct{ v *furnitureVocab }

// headStampExpr: what comes before the date (group 1), the date (group
// 2), the date if it has its year, in digits or with 年 (group 3), and
// after a time of day maybe a count (group 4).
var headStampExpr = regexp.MustCompile(`^(.*?)\s*((` + machineDate + `|` + hanDate + `)|\d{1,2}[-/.]\d{1,2})` + clockTime + `?(\s+\d+)?$`)

// maxHeadStampName is the longest name beside a head stamp's date.
const maxHeadStampName = 12

func (j headStamp) Judge(l lineView) string {
	if l.zone != zoneHead || strings.ContainsAny(l.folded, stampClauseMarks) {
		return ""
	}
	f := j.withoutStampTail(bracketedDate.ReplaceAllString(l.folded, "$1"))
	if n := runeLen(f) - runeLen(addressIn(f)); n > 2*maxHeadStampName+20 {
		return ""
	}
	m := headStampExpr.FindStringSubmatch(f)
	if m == nil {
		return ""
	}
	before, dated, counted := strings.TrimSpace(m[1]), m[3] != "", m[4] != ""
	if label := strings.TrimRight(before, ":："); label != before {
		label = strings.TrimSpace(label)
		for _, w := range slices.Concat(j.v.publishLabels, j.v.stampLabels) {
			if name, found := strings.CutSuffix(label, w); found && stampName(withoutAddress(strings.TrimSpace(name)), j.v.formWords) {
				return "metadata"
			}
		}
		return ""
	}
	fields := strings.Fields(before)
	if !dated || len(fields) == 0 || len(fields) > 2 || !stampName(fields[0], j.v.formWords) {
		return ""
	}
	if len(fields) == 2 && webAddress(fields[1]) || len(fields) == 1 && counted {
		return "metadata"
	}
	return ""
}

// bracketedDate matches a head stamp's date in square brackets
// (发布日期:[2024-05-06]), the date in group 1.
var bracketedDate = regexp.MustCompile(`[\[【]\s*(` + machineDate + `)\s*[\]】]`)

// withoutStampTail returns a head stamp's row without the fields its site
// prints after the date (round 35): a counter's label whose number the page
// left empty (浏览次数:, 关注: [counter_labels]) and a credit's role with a
// short name (文:某某 图:某某; [credit_verbs], [byline_roles]). A report's
// form (地点:某某) is no such field: the row keeps it, and no stamp ends it.
func (j headStamp) withoutStampTail(f string) string {
	for {
		i := strings.LastIndexFunc(strings.TrimRightFunc(f, unicode.IsSpace), unicode.IsSpace)
		if i < 0 {
			return f
		}
		field := strings.TrimSpace(f[i:])
		k := indexAnyRune(field, ":：")
		if k < 0 {
			return f
		}
		_, w := utf8.DecodeRuneInString(field[k:])
		label, value := field[:k], field[k+w:]
		switch {
		case value == "" && slices.Contains(j.v.counterLabels, label):
		case value != "" && runeLen(value) <= maxHeadStampName && !strings.ContainsAny(value, ":：") &&
			(slices.Contains(j.v.creditVerbs, label) || slices.Contains(j.v.bylineRoles, label)):
		default:
			return f
		}
		f = strings.TrimSpace(f[:i])
	}
}

// addressIn returns the first field of f that is a site's address (a
// letter in it: no date), or "".
func addressIn(f string) string {
	for _, w := range strings.Fields(f) {
		if webAddress(w) && !strings.ContainsAny(w, ":：") && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return w
		}
	}
	return ""
}

// withoutAddress returns a site's name beside a head stamp without the
// site's address after it (某某门户网站 www.example.cn).
func withoutAddress(name string) string {
	fields := strings.Fields(name)
	if n := len(fields); n >= 2 && addressIn(fields[n-1]) != "" {
		return strings.Join(fields[:n-1], " ")
	}
	return name
}

// stampName tells whether s may be the name of a site or an outlet beside
// a head stamp: empty, or at most maxHeadStampName runes without a digit,
// a colon or a word of a report's form.
func stampName(s string, formWords []string) bool {
	return shortField(s, maxHeadStampName) && !strings.ContainsAny(s, asciiDigits) && !containsAny(s, formWords)
}

// webAddress tells whether a field is a site's address (www.example.cn).
func webAddress(f string) bool {
	return strings.Contains(f, ".") && strings.IndexFunc(f, func(r rune) bool { return r > unicode.MaxASCII || unicode.IsSpace(r) }) < 0
}

// digitsOnly reports whether a field is a number alone (a count).
func digitsOnly(f string) bool {
	return f != "" && strings.Trim(f, "0123456789") == ""
}

// maxStampFieldRunes is the longest field beside a stamp's date.
const maxStampFieldRunes = 14

// outletName: in the head, before the first prose line, the name of a
// news outlet or of its channel alone on a line (某某特区报, 某某乡镇频道,
// 某某市融媒体中心): the page's, under the title; [outlet_endings].
type outletName struct{ v *furnitureVocab }

func (j outletName) Judge(l lineView) string {
	if l.zone == zoneHead && shortNameEndingIn(l.folded, maxOutletRunes, j.v.outletEndings) {
		return "outlet"
	}
	return ""
}

// shortNameEndingIn tells whether folded is at most max runes, holds no
// clause punctuation and ends with one of endings: a name or a caption
// alone on its line, not a sentence.
func shortNameEndingIn(folded string, max int, endings []string) bool {
	return !runesOver(folded, max) && !containsAnyRune(folded, clauseEnds) && hasSuffixAny(folded, endings)
}

// maxOutletRunes is the longest outlet's name outletName takes.
const maxOutletRunes = 10

// fieldAmidFurniture: a short line shaped label:value (分类：志工生活,
// 文章标签：…, 此分类上一篇：…) after the body, or before it next to other
// furniture: the page's fields. A report's form (活动时间：…, 地点：…)
// stays: its labels hold one of [form_words]; so does a part's heading
// (篇一：…), whose label is a number, a picture's caption (上图：…, 图一及二：
// …), whose label points at the picture, and a row of the report's figures
// (statisticsRow). A label with no value announces the
// lines below it: it goes with them when they are furniture (友情链接：
// over the links) and stays over the author's own list (下期预告：, then
// the topics, then a closing sentence), and so do the label:value rows
// under it (underAuthorHeading). In the tail, a label whose value is a
// sentence (sentenceAfterLabel) between two lines no judge took, or under
// one at the page's end, and in no run of fields, is the author's
// paragraph led by a word and a colon (据悉：…, 某某社区：近日，…, a
// paragraph broken over lines or cut off by the page's end), not a field.
type fieldAmidFurniture struct{ v *furnitureVocab }

func (j fieldAmidFurniture) Judge(l lineView) string {
	switch {
	case l.zone == zoneBody, l.zone == zoneHead && !l.afterFurniture && !l.amidFurniture, l.underAuthorHeading:
		return ""
	case l.runes() > j.v.shortRunes || l.holds(markSentenceEnd):
		return ""
	}
	n := fieldLabel(l.folded)
	label := strings.TrimRight(l.folded[:n], ":：")
	if n == 0 || strings.TrimSpace(l.folded[n:]) == "" && !l.beforeFurniture || isPartNumber(label) || picturePointer(label) {
		return ""
	}
	if statisticsRow(l.folded) || l.zone == zoneHead && headlineAfterLabel(l.folded[n:]) {
		return ""
	}
	if l.zone == zoneTail && !l.afterFurniture && !l.beforeFurniture && !l.inFieldRun && sentenceAfterLabel(l.folded[n:]) {
		return "" // the author's paragraph led by a word and a colon
	}
	for _, w := range j.v.formWords {
		if strings.Contains(l.folded[:n], w) {
			return ""
		}
	}
	return "metadata"
}

// sentenceAfterLabel tells whether the value after a label is a sentence,
// not a field's value: one run of words (no space, no second label)
// holding a comma, or of minSentenceValueHan Han characters or more. A
// page's fields hold a name, a date, tags apart or a headline, shorter.
func sentenceAfterLabel(value string) bool {
	value = strings.TrimSpace(value)
	if strings.ContainsAny(value, " \t:：") {
		return false
	}
	if strings.ContainsAny(value, ",，") {
		return true
	}
	han, _ := hanAndNonLatin(value)
	return han >= minSentenceValueHan
}

// minSentenceValueHan is the fewest Han characters of a value without a
// comma that sentenceAfterLabel reads as a sentence: a neighbour's
// headline after its label (某地：某某活动下周开始报名) is shorter.
const minSentenceValueHan = 20

// sponsorField: below the body, the site's footer naming who runs the site
// after its label — the sponsor, the supervisor, the adviser, the builder,
// the operator ([sponsor_roles], maybe 网站 before it and 单位 after it) —
// alone or before the footer's other fields (主办单位：某某协会, 运维:某某日报,
// 主办:某某区人民政府 网站标识码:…). fieldAmidFurniture keeps such a line, as
// 主办 is a word of a report's form; a report names its organiser above its
// text or in a sentence (活动由团委主办), and a label under the author's
// heading stays. Amid the tail's lines no judge took too (two such labels,
// one a line, under the last paragraph) it goes.
type sponsorField struct{ v *furnitureVocab }

func (j sponsorField) Judge(l lineView) string {
	if l.zone != zoneTail || l.underAuthorHeading || l.holds(markSentenceEnd|markComma) {
		return ""
	}
	n := fieldLabel(l.folded)
	if n == 0 || strings.TrimSpace(l.folded[n:]) == "" {
		return ""
	}
	role := strings.TrimSuffix(strings.TrimPrefix(strings.TrimRight(l.folded[:n], ":："), "网站"), "单位")
	if !slices.Contains(j.v.sponsorRoles, role) {
		return ""
	}
	return "copyright"
}

// minHeadlinePhraseRunes is the shortest phrase of a headline couplet
// after a colon (某社区：党群关爱送小区 居民欢乐度中秋); a field's tags are
// shorter (文章标签：志工 偏乡 课辅).
const minHeadlinePhraseRunes = 5

// headlineAfterLabel tells whether what follows a colon above the body is
// a headline of two phrases (地名：标题上句 标题下句, 地名：标题上句，标题下句),
// not a field's value: a site's field holds one short value, and its
// fields stand apart (帐号：… 户名：…), each with its own colon. A
// headline parts its phrases by a space or by any mark inside a sentence
// (clauseEnds but the colon, which would be a field's). Below the body a
// neighbour's headline after its label (上一篇：…) is furniture, so the
// caller asks only above it.
func headlineAfterLabel(value string) bool {
	phrases := strings.FieldsFunc(value, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(clauseEnds, r) && !strings.ContainsRune(":：", r)
	})
	if len(phrases) < 2 {
		return false
	}
	for _, p := range phrases {
		if runeLen(p) < minHeadlinePhraseRunes || containsAnyRune(p, ":：") {
			return false
		}
	}
	return true
}

// isPartNumber reports whether a label numbers a part (篇一, 第二篇).
func isPartNumber(label string) bool {
	return strings.Trim(label, "〇零一二三四五六七八九十百篇第章节") == ""
}

// picturePointer tells whether a label points at a picture by its place or
// its number (上图, 左圖, 图一及二, 图3、4) — not a photographer's bare 图.
func picturePointer(label string) bool {
	rest, ok := strings.CutSuffix(label, "图")
	if ok && rest != "" && strings.Trim(rest, "上下左右") == "" {
		return true
	}
	rest, ok = strings.CutPrefix(label, "图")
	return ok && rest != "" && strings.Trim(rest, "〇零一二三四五六七八九十0123456789及、和至-") == ""
}

// spacedWords: before the body, a line of at least three short words
// between spaces and nothing else (诚朴 勤学 关怀 创新): a school's or a
// site's motto under its name.
type spacedWords struct{}

func (spacedWords) Judge(l lineView) string {
	if l.zone != zoneHead || !l.holds(markSpace) {
		return "" // three words need spaces between them
	}
	words := strings.Fields(l.folded)
	if len(words) < 3 {
		return ""
	}
	for _, w := range words {
		n := 0
		for _, r := range w {
			if !isHan(r) {
				return ""
			}
			n++
		}
		if n < 2 || n > 4 {
			return ""
		}
	}
	return "slogan"
}

// captionLine: a short line without any punctuation ending with a word
// that labels pictures (活动照片, 某某活动剪影; [caption_endings]): a label
// saying nothing of what was done, not a heading of the report. A caption
// that says what a picture shows (全体志愿者合影) is body.
type captionLine struct{ v *furnitureVocab }

func (j captionLine) Judge(l lineView) string {
	if shortNameEndingIn(l.folded, maxCaptionLineRunes, j.v.captionEndings) && !numberedHeading.MatchString(l.folded) {
		return "caption"
	}
	return ""
}

// maxCaptionLineRunes is the longest caption captionLine takes.
const maxCaptionLineRunes = 20

// markupLine: a line of HTML tags and nothing else (<p class="…">, </p>),
// left in a text by a careless copy; or a picture's element or a CMS's
// placeholder printed whole, opened and closed by its markup with no Han
// character in it (<image>data:…</image>, {{cms:inline-image
// name="1.jpg"}}{{/cms:inline-image}}): where the page showed a picture,
// not a sentence of the report. A line opening or closing an HTML
// comment (--> 2023-05-16 某某时报 content_1.html …) is the page
// software's record of the post printed as text: metadata, whose date is
// the post's.
type markupLine struct{}

func (markupLine) Judge(l lineView) string {
	f := l.folded
	if strings.HasPrefix(f, "-->") || strings.HasPrefix(f, "<!--") || strings.HasSuffix(f, "-->") {
		return "metadata"
	}
	if markupFramed(f) || markdownImages(f) {
		return "markup"
	}
	if !strings.HasPrefix(f, "<") || !strings.HasSuffix(f, ">") {
		return ""
	}
	in, open := false, false
	for _, r := range f {
		switch {
		case open: // a tag's name, or / before it
			if r != '/' && (r > unicode.MaxASCII || !unicode.IsLetter(r)) {
				return ""
			}
			open = false
		case r == '<':
			in, open = true, true
		case r == '>':
			in = false
		case !in && !unicode.IsSpace(r):
			return "" // text between tags
		}
	}
	return "markup"
}

// markupFramed reports whether f opens with an element's tag or a
// template's placeholder and closes with one, with no Han character
// anywhere: markup the page printed instead of rendering it.
func markupFramed(f string) bool {
	open := strings.HasPrefix(f, "{{") && strings.HasSuffix(f, "}}") ||
		strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">") && len(f) > 1 && ('a' <= f[1]|0x20 && f[1]|0x20 <= 'z')
	return open && strings.IndexFunc(f, isHan) < 0
}

// markdownImages reports whether f is nothing but Markdown's picture
// elements, one or more between spaces, each naming its file
// (![](/files/3A/7F21.jpg), ![](//…/7f21-thumb), ![alt](…)), with no
// Han character anywhere: a picture the page showed, printed by a
// converter in place of the image, inside the body too.
func markdownImages(f string) bool {
	rest := strings.TrimSpace(f)
	if rest == "" || strings.IndexFunc(f, isHan) >= 0 {
		return false
	}
	for rest != "" {
		if !strings.HasPrefix(rest, "![") {
			return false
		}
		_, target, ok := strings.Cut(rest, "](")
		if !ok {
			return false
		}
		target, after, ok := strings.Cut(target, ")")
		if !ok || strings.TrimSpace(target) == "" {
			return false // ![]() alone: no letter, decoration's
		}
		rest = strings.TrimSpace(after)
	}
	return true
}

// lineJudges see one line alone; contextJudges also where it sits among
// the furniture the others found.
func lineJudges(v *furnitureVocab) []furnitureJudge {
	return []furnitureJudge{asciiJunk{v}, imageFileName{v}, breadcrumb{v}, menuBar{v}, bulletMetadata{v},
		metadataField{v}, fieldRow{v}, datedLink{v}, bylineLine{v}, newsLead{}, parenCredit{v}, contactLine{v}, snapshotLink{v}, siteLine{v},
		datedLine{v}, stampRow{}, headStamp{v}, outletName{v}, spacedWords{}, captionLine{v}, markupLine{}, separatorOnly{}, bracketLabel{}, latinHead{}, latinHeadRow{}, pagedTitle{v},
		machineName{}, deviceName{v}, storyPictureName{}, userHandle{}, captionOpener{v}, repeatedWord{}, keywordSpam{v}, addressLine{v}, wireStamp{}, headDate{v}, outletDateline{v}, issueLine{v}, interjection{}, posterRole{v}, siteCounter{v}, siteCollection{v},
		outletLead{}, namesCredit{}, nameListCredit{v}, tailNames{v}, statementLink{}, dateCounts{}, cellTail{}, commentRow{}, markedField{}, softwareStamp{}, slashByline{}, placeReport{v}, reporterRow{v}, tailWidget{}, latinTail{}, dotSlogan{v}, arrowFramed{}, ornamentFramed{},
		anyOutletByline{v}, columnName{v}, fusedCrumb{v}, widgetRow{v}, viewControls{v}, contentLabel{v}, glyphLed{v}, buttonLed{v}, bracketAside{v}, headFigure{}, pagerLinks{v}}
}

func contextJudges(v *furnitureVocab) []furnitureJudge {
	return []furnitureJudge{loneValue{v}, loneName{}, loneBulletHead{v}, photographerAlone{}, brokenField{}, stampField{}, fieldAmidFurniture{v}, sponsorField{v}, uiPrompt{v}, edgeWidget{v}, commentAfterStamp{}, tailNumber{}, commentBox{v}}
}

// lineJudges and contextJudges are the lists above, made once per vocabulary:
// furniturePrefix and furnitureSuffix ask the line judges at many cuts of a
// line.
func (v *furnitureVocab) lineJudges() []furnitureJudge {
	v.judgesOnce.Do(v.makeJudges)
	return v.line
}

func (v *furnitureVocab) contextJudges() []furnitureJudge {
	v.judgesOnce.Do(v.makeJudges)
	return v.context
}

func (v *furnitureVocab) makeJudges() { v.line, v.context = lineJudges(v), contextJudges(v) }

func judge(js []furnitureJudge, l lineView) string {
	for _, j := range js {
		if k := j.Judge(l); k != "" {
			return k
		}
	}
	return ""
}

// furnitureResult is what removeFurniture leaves and finds.
type furnitureResult struct {
	lines, folded []string
	removed       []Removed
	// published is the first date (YYYY-MM-DD, YYYY-MM) written in a line
	// of page furniture: the page's publish date.
	published        string
	publishedStamped bool
	// fileTitle is the name of the shared document (某某总结.doc) without
	// its extension, or the title its pages print (某某总结_第2页), when a
	// line gives one.
	fileTitle string
	// whole are the answers of the line patterns for the lines asked
	// about, which boilerplate removal asks about again.
	whole wholeMatches
	// crumb is the last part of the first breadcrumb above the body
	// (首页 > 活动 > 某某探访): often the article's title.
	crumb string
	// headClean holds the folded lines of the head, outside a table, in
	// which the line judges named nothing: the title scorer does not ask
	// them again about the same text.
	headClean map[string]bool
	// stamped holds the lines right above the post's stamp
	// (stampedLines): where a site's software prints the headline.
	stamped map[string]bool
	// headLate are the lines above the body that go only late, in page
	// order, each with its kind: those the line model takes for furniture
	// only late (structureLines) and the type size's controls in words
	// (typeSizeControl). They stay until the title and the post's stamp are
	// chosen (withoutHeadLate), so that removing them cannot move either.
	headLate []Removed
}

// removeFurniture removes the lines the judges name and the junk and label
// prefixes fused with body lines. Lines the boilerplate patterns remove
// whole are left for them (they name finer kinds), but count as furniture
// for the judges that look at a line's neighbours. Of opt it reads the
// line counts and the line model's trace.
func removeFurniture(lines, folded []string, pats []Pattern, v *furnitureVocab, opt Options) furnitureResult {
	n := len(lines)
	res := furnitureResult{whole: wholeMatches{}}
	// Prefixes and suffixes first: a label before the document's text
	// would make a pattern take the whole line.
	lines, folded = append([]string(nil), lines...), append([]string(nil), folded...)
	cutLine := make([]bool, n) // lines cut here: their folded part is not always the fold of their part
	// credited are the lines a credit, a byline or a sign-off was cut off
	// the end of: a paragraph or a caption of the page, never a reader's
	// comment (afterSignoff), which carries no credit.
	credited := make([]bool, n)
	// cutSpan takes the runes [from, to) of line i (trimmed) off it as a
	// removed piece of the kind k.
	cutSpan := func(i, from, to int, k string) {
		rs, fr := []rune(strings.TrimSpace(lines[i])), []rune(strings.TrimSpace(folded[i]))
		res.removed = append(res.removed, Removed{Kind: k, Text: strings.TrimSpace(string(rs[from:to]))})
		lines[i] = strings.TrimSpace(string(rs[:from]) + string(rs[to:]))
		folded[i] = strings.TrimSpace(string(fr[:from]) + string(fr[to:]))
		cutLine[i] = true
	}
	for _, w := range watermarkTails(folded) { // a site's watermark run onto its lines (round 35)
		for i := range lines {
			if f := strings.TrimSpace(folded[i]); lines[i] != titleMark && strings.HasSuffix(f, w) {
				end := runeLen(f)
				cutSpan(i, end-runeLen(w), end, "junk")
			}
		}
	}
	for i := range lines {
		if lines[i] == titleMark {
			continue
		}
		leadCredited := false // the lead's credit in brackets cut off
		if from, to := leadCredit(strings.TrimSpace(folded[i]), v); from >= 0 {
			cutSpan(i, from, to, "byline")
			leadCredited = true
		} else if from, to := leadByline(strings.TrimSpace(folded[i]), v); from >= 0 {
			cutSpan(i, from, to, "byline")
		}
		if cut, k := furniturePrefix(strings.TrimSpace(folded[i]), v, leadCredited); cut > 0 {
			cutSpan(i, 0, cut, k)
		}
		if from, to := addressTag(strings.TrimSpace(folded[i]), v); from >= 0 {
			cutSpan(i, from, to, "site")
		}
		if cut, k := furnitureSuffix(strings.TrimSpace(folded[i]), v, pats); cut > 0 {
			end := runeLen(strings.TrimSpace(lines[i]))
			cutSpan(i, end-cut, end, k)
			credited[i] = k == "credit" || k == "byline" || k == "metadata"
		}
	}
	byPattern := make([]string, n)
	kind := make([]string, n)
	prose := make([]bool, n)
	for i := range lines {
		f := strings.TrimSpace(folded[i])
		if f == "" || lines[i] == titleMark {
			continue
		}
		p, ok := res.whole.match(pats, f)
		if ok && p.Kind == "credit" && v.pictureCaption(f) {
			// 图：志愿者为老人测量血压: the caption the credit's pattern
			// would take; the boilerplate pass reads the answer too.
			res.whole[f] = wholeMatch{may: res.whole.candidates(f)}
			ok = false
		}
		if ok {
			byPattern[i] = p.Kind
			if m := fileNameLine.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil && res.fileTitle == "" {
				res.fileTitle = strings.TrimSpace(m[1])
			}
			continue
		}
		prose[i] = v.isProse(f)
	}
	// A hijacked copy's keywords on the page's first line: no paragraph,
	// so the body starts below it.
	spamAt := -1
	if first := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" && l != titleMark }); first >= 0 && byPattern[first] == "" && foreignKeywords(folded, first, prose) {
		spamAt, prose[first] = first, false
	}
	// The rows of lists and tables, and whether one is the page's by its
	// own words even inside the body (发布时间：…, 上一篇：…).
	rows, pageRows := make([]bool, n), make([]bool, n)
	for i := range lines {
		if f := strings.TrimSpace(folded[i]); !prose[i] && byPattern[i] == "" && v.listRow(f) {
			rows[i] = true
			pageRows[i] = judge(v.lineJudges(), newLineView(strings.TrimSpace(lines[i]), f, zoneBody)) != ""
		}
	}
	firstProse, lastProse := bodyRegion(prose, rows, pageRows, byPattern, lines, v.bodyGapLines)
	// A document site's blurb above the text quotes the shared file by its
	// name (《某某总结.docx》由用户分享…): the document's title.
	for i := 0; res.fileTitle == "" && i <= firstProse; i++ {
		if m := quotedFileName.FindStringSubmatch(lines[i]); m != nil {
			res.fileTitle = strings.TrimSpace(m[1])
		}
	}
	zoneOf := func(i int) lineZone {
		switch {
		case firstProse < 0 || i < firstProse:
			return zoneHead
		case i > lastProse:
			return zoneTail
		}
		return zoneBody
	}
	fields := fieldRow{v}
	// labelled caches whether a line starts with a row label: 0 unknown, 1
	// no, 2 yes (view asks about a line and both its neighbours).
	labelCache := make([]byte, n)
	labelled := func(i int) bool {
		if labelCache[i] == 0 {
			labelCache[i] = 1
			if fields.startsWithLabel(folded[i]) {
				labelCache[i] = 2
			}
		}
		return labelCache[i] == 2
	}
	// neighbour is the index of the nearest non-empty line before (step
	// -1) or after (step 1) line i, or -1.
	neighbour := func(i, step int) int {
		for j := i + step; j >= 0 && j < n; j += step {
			if strings.TrimSpace(folded[j]) != "" && lines[j] != titleMark {
				return j
			}
		}
		return -1
	}
	captions := v.bracketCaptions(folded)
	lastOpen := -1 // the page's last non-empty line no pattern knows
	for i := n - 1; i >= 0 && lastOpen < 0; i-- {
		if strings.TrimSpace(folded[i]) != "" && lines[i] != titleMark && byPattern[i] == "" {
			lastOpen = i
		}
	}
	lastBullet := map[string]int{} // the last line each bullet leads
	for i := range folded {
		if b, _ := v.cutBullet(strings.TrimSpace(folded[i])); b != "" {
			lastBullet[b] = i
		}
	}
	view := func(i int) lineView {
		f := strings.TrimSpace(folded[i])
		inTable := false
		for _, j := range []int{i - 1, i + 1} {
			inTable = inTable || j >= 0 && j < n && barred(f) && barred(strings.TrimSpace(folded[j]))
		}
		lv := newLineView(strings.TrimSpace(lines[i]), f, zoneOf(i))
		lv.inTable = inTable
		p, q := neighbour(i, -1), neighbour(i, 1) // the nearest non-empty lines above and below
		if p >= 0 && endsWithComma(folded[p]) {
			// The sentence above runs on past the line (the line below
			// goes on after a comma) or into it.
			past := q >= 0 && startsWithComma(folded[q])
			lv.betweenClauses = past
			lv.continuesSentence = !past && byPattern[p] == ""
		}
		lv.belowBody = lv.zone == zoneTail && p == lastProse
		lv.atPageEnd = lv.zone == zoneTail && q < 0
		lv.atTextEnd = lv.zone == zoneTail && i == lastOpen
		if b, rest := v.cutBullet(f); b != "" && strings.TrimSpace(rest) != "" && lastBullet[b] == i {
			// Under a line led by the same bullet it ends a list, unless
			// that line is the page's own (• 来源：… over • 字号：…).
			lv.lastBulleted = true
			if pb, _ := v.cutBullet(strings.TrimSpace(folded[max(p, 0)])); p >= 0 && pb == b && byPattern[p] == "" {
				lv.lastBulleted = judge(v.lineJudges(), newLineView(strings.TrimSpace(lines[p]), strings.TrimSpace(folded[p]), zoneOf(p))) != ""
			}
		}
		lv.aboveBody = lv.zone == zoneHead && q >= 0 && q == firstProse
		lv.amidCaptions = captions >= 2
		cell := func(j int) bool { return j >= 0 && cellEdged(strings.TrimSpace(folded[j])) }
		lv.amidCells = cell(i) && (cell(p) || cell(q))
		if p >= 0 && lv.zone != zoneBody && lv.holds(markComma) {
			lv.clausesUnderHeading = headsSection(folded[p])
		}
		lv.brokenSentence = lv.zone != zoneBody && lv.holds(markComma) && brokenSentence(folded, i, q)
		if lv.zone != zoneBody && labelled(i) {
			lv.inFieldRun = p >= 0 && labelled(p) || q >= 0 && labelled(q)
		}
		return lv
	}
	local := v.lineJudges()
	views := make([]lineView, n) // made once a line, read again by the context judges
	res.headClean = map[string]bool{}
	for i := range lines {
		if byPattern[i] == "" && strings.TrimSpace(folded[i]) != "" && lines[i] != titleMark {
			views[i] = view(i)
			if i == spamAt {
				kind[i] = "spam"
			} else if kind[i] = judge(local, views[i]); kind[i] == "" && views[i].zone == zoneHead && !views[i].inTable {
				res.headClean[views[i].folded] = true
			}
		}
	}
	kept := func(i int) bool { return byPattern[i] == "" && kind[i] == "" }
	for i, stays := range bilingualLines(folded, neighbour, func(i int) bool { return kind[i] == "latin" }, kept) {
		if stays {
			kind[i] = ""
		}
	}
	opening := -1 // the first line no judge knows: where the page's own text starts
	for i := range lines {
		if strings.TrimSpace(folded[i]) != "" && lines[i] != titleMark && byPattern[i] == "" && kind[i] == "" {
			opening = i
			break
		}
	}
	for i, rep := range captionRepeats(lines, folded, opening, func(i int) bool { return byPattern[i] != "" || kind[i] != "" }) {
		if rep && byPattern[i] == "" && kind[i] == "" && !v.pictureCaption(strings.TrimSpace(folded[i])) {
			kind[i] = "caption"
		}
	}
	for i, poster := range posterRun(lines, folded, firstProse, func(i int) bool { return byPattern[i] != "" || kind[i] != "" }) {
		if poster {
			kind[i] = "poster"
		}
	}
	for i, related := range datedPairs(lines, folded, lastProse, func(i int) bool { return byPattern[i] != "" || kind[i] != "" }) {
		if related {
			kind[i] = "related"
		}
	}
	for i, numbered := range galleryNumbers(folded) {
		if numbered && byPattern[i] == "" && kind[i] == "" {
			kind[i] = KindPage
		}
	}
	if opt.LineCounts != nil {
		for i, rep := range repeatedLines(lines, folded, cutLine, opt.LineCounts, v, firstProse, lastProse) {
			if rep && byPattern[i] == "" && kind[i] == "" {
				kind[i] = KindRepeated
			}
		}
	}
	empty := func(i int) bool { return strings.TrimSpace(folded[i]) == "" || lines[i] == titleMark }
	known := func(i int) bool { return byPattern[i] != "" || kind[i] != "" }
	// A page number marks the document's page, a decoration (a separator,
	// a label between two ornaments) sets a line off, and a line the page
	// prints three times or more is the report's own (the caption under
	// each picture, a banner between its sections): none is the site's
	// furniture around a line.
	printed := lineCounts(folded, empty)
	aroundLine := func(i int) bool {
		return known(i) && byPattern[i] != KindPage && kind[i] != "decoration" && printed[strings.TrimSpace(folded[i])] < 3
	}
	lastHead, firstTail := -1, n
	for i := range lines {
		// Nor, in the head, is a line in Latin script (a skip link, an
		// English stamp under the headline, a slot's name): a Chinese
		// headline above it stays the title rule's, not a widget.
		if aroundLine(i) && kind[i] != "latin" && zoneOf(i) == zoneHead && firstProse >= 0 {
			lastHead = i
		}
	}
	for i := n - 1; i > lastProse && lastProse >= 0; i-- {
		if aroundLine(i) {
			firstTail = i
		}
	}
	for i, notice := range siteNotices(folded, empty, known) {
		if notice {
			kind[i] = "site"
		}
	}
	for i, copied := range cutCopies(folded, empty, v) {
		if copied && !known(i) {
			kind[i] = "copy"
		}
	}
	for i, credited := range headlineCredits(folded, lastProse, empty, v, pats) {
		if credited && !known(i) {
			kind[i] = "credit"
		}
	}
	if i := pageTags(folded, firstProse, lastProse, empty); i >= 0 && !known(i) {
		kind[i] = "metadata"
	}
	ctx := v.contextJudges()
	prevKnown, prevLabel, prevOpen, prevStamp := false, false, false, false
	prev := -1                   // the non-empty line before i
	tailKnown, tailOther := 0, 0 // the tail's non-empty lines above i: furniture or not
	for i := range lines {
		if strings.TrimSpace(folded[i]) == "" || lines[i] == titleMark {
			continue
		}
		if !known(i) {
			lv := views[i] // a line no pattern knows: viewed above
			lv.afterFurniture, lv.afterLabel, lv.afterOpenBracket, lv.afterStamp = prevKnown, prevLabel, prevOpen, prevStamp
			// The heading is asked of the line above only here: below the
			// body, under a line no judge took.
			if lv.zone == zoneTail && prev >= 0 && !prevKnown && prev != lastProse {
				lv.underAuthorHeading = headsSection(folded[prev])
			}
			next := neighbour(i, 1)
			lv.beforeFurniture = next >= 0 && known(next)
			lv.amidFurniture = lv.zone == zoneHead && i < lastHead || lv.zone == zoneTail && i > firstTail
			if lv.zone == zoneTail && prev >= 0 && !prevKnown && tailKnown <= tailOther {
				above := strings.TrimSpace(folded[prev])
				lv.amidText = next >= 0 && !lv.beforeFurniture || next < 0 && runeLen(above) <= v.shortRunes && marksOf(above)&markClauseEnd == 0
			}
			kind[i] = judge(ctx, lv)
		}
		f := strings.TrimSpace(folded[i])
		if zoneOf(i) == zoneTail {
			if known(i) {
				tailKnown++
			} else {
				tailOther++
			}
		}
		prevKnown = known(i)
		prevLabel = prevKnown && endsWithColon(f)
		prevOpen = prevKnown && opensBracket(f)
		prevStamp = prevKnown && strings.Contains(f, ":") && timeOfDay.MatchString(f)
		prev = i
	}
	for i, comment := range afterSignoff(folded, lastProse, empty, known, v) {
		if comment && !credited[i] {
			kind[i] = "comment"
		}
	}
	for i, block := range tailBlock(folded, prose, firstProse, empty, known, v) {
		if block {
			kind[i] = "related"
		}
	}
	for i, listed := range bulletRuns(folded, firstProse, lastProse, empty, known, v) {
		if listed && !known(i) {
			kind[i] = "related"
		}
	}
	echoes, lead := sourceEchoes(folded, firstProse, empty, known, v)
	for i, echo := range echoes {
		if echo && !known(i) {
			kind[i] = "metadata"
		}
	}
	if lead > 0 {
		cutSpan(firstProse, 0, lead, "metadata")
	}
	footer := func(i int) bool { return known(i) && !storyKinds[kind[i]+byPattern[i]] }
	for i, short := range tailRun(folded, lastProse, empty, known, footer, v) {
		if short {
			kind[i] = "tail"
		}
	}
	for i, headline := range headlineTail(folded, firstProse, lastProse, empty, known, v) {
		if headline && !known(i) {
			kind[i] = "related"
		}
	}
	now, late := make([]bool, n), make([]bool, n)
	if v.lineModel != nil {
		page := newPageLines(folded, empty, printed, known, func(i int) bool { return prose[i] }, firstProse, lastProse)
		now, late = v.lineModel.structureLines(page, lines, v, opt.lineModelTrace)
	}
	for i := range lines {
		switch {
		case now[i]:
			kind[i] = "structure"
		case late[i]:
			res.headLate = append(res.headLate, Removed{Kind: "structure", Text: lines[i]})
		case i < firstProse && !known(i) && !empty(i) && v.typeSizeControl(folded[i]):
			res.headLate = append(res.headLate, Removed{Kind: "navigation", Text: lines[i]})
		}
	}

	res.stamped = stampedLines(lines, folded, empty, func(i int) bool { return publishKinds[kind[i]+byPattern[i]] }, func(i int) bool { return kind[i]+byPattern[i] == "byline" })
	for i := range lines {
		if k := kind[i] + byPattern[i]; !res.publishedStamped && publishKinds[k] {
			f := folded[i]
			if k == "image" { // the date beside a picture's name, not in it
				f = v.imageFile.ReplaceAllString(f, "")
			}
			res.notePublished(f, k, v)
		}
		if kind[i]+byPattern[i] == "navigation" && res.crumb == "" && zoneOf(i) == zoneHead {
			if res.crumb = crumbTail(strings.TrimSpace(lines[i])); res.crumb == "" {
				res.crumb = fusedCrumbTail(strings.TrimSpace(lines[i]), strings.TrimSpace(folded[i]), v)
			}
		}
		if kind[i] != "" {
			res.removed = append(res.removed, Removed{Kind: kind[i], Text: strings.TrimSpace(lines[i])})
			if m := pagedTitleExpr.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil && kind[i] == KindRunning && res.fileTitle == "" {
				res.fileTitle = strings.TrimSpace(m[1])
			}
			continue
		}
		res.lines, res.folded = append(res.lines, lines[i]), append(res.folded, folded[i])
	}
	for _, r := range res.removed { // the pieces cut off body lines
		if res.published == "" && publishKinds[r.Kind] {
			res.notePublished(fold.ToSimplified(r.Text), r.Kind, v)
		}
	}
	return res
}

// creditAlone reports whether the line judges or a line pattern take the
// folded text s, alone on a line below the body, for a credit or a
// byline.
func creditAlone(s string, v *furnitureVocab, pats []Pattern) bool {
	k := tailKind(s, v, pats)
	return k == "credit" || k == "byline"
}

// tailKind is the kind the line judges, or else a line pattern, give the
// folded text s alone on a line below the body ("" for none).
func tailKind(s string, v *furnitureVocab, pats []Pattern) string {
	if k := judge(v.lineJudges(), newLineView(s, s, zoneTail)); k != "" {
		return k
	}
	if p, ok := matchWhole(pats, s); ok && p.Scope == ScopeLine {
		return p.Kind
	}
	return ""
}

// storyKinds are the kinds of furniture that stand among a report's own
// lines, its pictures and their captions (a picture's file name or
// credit, a caption said again, a decoration, a page's number), not in
// the page's footer: tailRun takes a short run below them only as it
// takes any run.
var storyKinds = map[string]bool{"decoration": true, "image": true, "caption": true, "credit": true, KindPage: true, "markup": true, "junk": true, "latin": true}

var timeOfDay = regexp.MustCompile(`\d{1,2}:\d{2}`)

// bodyRegion returns the first prose line of the body and its last line
// (-1, -1 without prose): the run of prose lines, with at most gap other lines
// (not counting empty lines, lines a pattern removes and the report's own
// lists, listRuns) between two of them, that holds the most prose lines,
// the first such run on a tie. A notice in sentences far below the report
// (站方公告：…。) or far above it (a site's rules) is outside it, so the
// page's fields and lists between are judged as the head's or the tail's.
// A list right after the last prose line is the body's too, and its last
// line the body's, when a line introduces it: the line before ends with a
// colon (收费如下：), or the list's first row names it and the rows under
// it hold values (• 物品清单, 铅笔：3支).
func bodyRegion(prose, rows, pageRows []bool, byPattern, lines []string, gap int) (int, int) {
	listed := listRuns(prose, rows, pageRows, byPattern, lines)
	bestFirst, bestLast, bestCount := -1, -1, 0
	first, last, count, between := -1, -1, 0, 0
	for i, p := range prose {
		switch {
		case p:
			if first < 0 || between > gap {
				first, count = i, 0
			}
			last, between = i, 0
			count++
			if count > bestCount {
				bestFirst, bestLast, bestCount = first, last, count
			}
		case first >= 0 && !listed[i] && strings.TrimSpace(lines[i]) != "" && lines[i] != titleMark && byPattern[i] == "":
			between++
		}
	}
	if bestLast < 0 {
		return bestFirst, bestLast
	}
	colon, named, end := endsWithColon(lines[bestLast]), false, bestLast
	for i := bestLast + 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		heading := l != "" && listHeading(l)
		switch {
		case l == "":
		case !rows[i] || pageRows[i]:
			return bestFirst, end
		case colon:
			end = i
		case heading && !named:
			named = true // the list's first row names it (• 物品清单)
		case named && !heading: // the rows under it hold values, unlike a list of links
			end = i
		default:
			return bestFirst, end
		}
	}
	return bestFirst, end
}

// listRuns marks the runs of rows (listRow) that sit inside the report: a
// heading or an introduction above (二、收费标准, 收费如下：), and below a
// line of the report's own, prose or a heading. Rows between two
// paragraphs with nothing introducing them (标签：…, 上一篇：…), or with a
// row the line judges name even in the body (pageRows), are the page's.
func listRuns(prose, rows, pageRows []bool, byPattern, lines []string) []bool {
	text := func(i int) bool {
		return i >= 0 && i < len(lines) && !rows[i] && byPattern[i] == "" && lines[i] != titleMark
	}
	heading := func(i int) bool { return text(i) && !strings.ContainsAny(lines[i], sentenceEnds) }
	listed := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		if !rows[i] {
			i++
			continue
		}
		before, end, page := i-1, i, false // the line before the run, the line after it
		for before >= 0 && strings.TrimSpace(lines[before]) == "" {
			before--
		}
		for ; end < len(lines) && (rows[end] || strings.TrimSpace(lines[end]) == ""); end++ {
			page = page || pageRows[end]
		}
		introduced := heading(before) || text(before) && endsWithColon(lines[before])
		if introduced && (heading(end) || text(end) && prose[end]) && !page {
			for j := i; j < end; j++ {
				listed[j] = rows[j]
			}
		}
		i = end
	}
	return listed
}

// headsSection reports whether a line is the author's heading of what
// follows it: numbered (一、资料调查) or a label ending with its colon
// (实施阶段：).
func headsSection(l string) bool {
	return endsWithColon(l) || numberedHeading.MatchString(strings.TrimSpace(l))
}

// endsWithComma reports whether a line breaks off after a clause (…齐聚,).
func endsWithComma(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ",") || strings.HasSuffix(l, "，")
}

// startsWithComma reports whether a line goes on from a clause above it
// (,前往…).
func startsWithComma(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, ",") || strings.HasPrefix(l, "，")
}

// endsWithColon reports whether a line introduces what follows it (如下：).
func endsWithColon(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, "：") || strings.HasSuffix(l, ":")
}

// listRow reports whether a line is an item of a list or a row of a
// table: after a bullet (- 晚餐：每份10元), between bars (| 地点 | 某社区
// |, 地点 | 某社区 |) or a short label and its value (铅笔：3支).
func (v *furnitureVocab) listRow(f string) bool {
	if barred(f) {
		return true
	}
	if n := fieldLabel(f); n > 0 && strings.TrimSpace(f[n:]) != "" {
		return true
	}
	b, rest := v.cutBullet(f)
	return b != "" && strings.IndexFunc(rest, isHan) >= 0
}

// listHeading reports whether a row names the list below it (• 物品清单):
// no value, neither a number nor a colon.
func listHeading(l string) bool {
	return !strings.ContainsAny(l, ":：") && strings.IndexFunc(l, unicode.IsDigit) < 0
}

// notePublished takes the publish date of a furniture line, and whether it
// is a post's own stamp: with a time of day, from a disclosure table, with
// the page's reader count (postStamp), under its publish label
// (publishLabelled) or alone on its line (2023-11-19: what a site's
// software prints under the headline).
// The first date stays the page's; a later line stamping the same date
// (a column's dated header, then 更新时间:… in the page's fields) makes it
// the post's stamp.
func (res *furnitureResult) notePublished(folded, kind string, v *furnitureVocab) {
	d := publishDate(folded)
	stamped := d != "" && (timeOfDay.MatchString(folded) || kind == "metadata" || postStamp(folded, v) || publishLabelled(folded, v) || machineDateAlone(folded))
	switch {
	case res.published == "":
		res.published, res.publishedStamped = d, stamped
	case d == res.published && stamped:
		res.publishedStamped = true
	}
}

// publishKinds are the kinds of furniture whose date is the page's publish
// date; a related-article list's dates are other pages', a copyright
// line's years a range.
var publishKinds = map[string]bool{"byline": true, "forum": true, "docsite": true, "metadata": true, "widget": true, "credit": true, "image": true}

// fileNameLine matches the file name of a shared document: its name is the
// document's title.
var fileNameLine = regexp.MustCompile(`(?i)^([^。！？\s][^。！？]{1,60})\.(doc|docx|wps|pdf|txt)$`)

// quotedFileName matches the file name of a shared document quoted in a
// line, in title marks with its extension (《某某总结.docx》).
var quotedFileName = regexp.MustCompile(`(?i)《([^《》。！？]{2,60})\.(doc|docx|wps|pdf|txt)》`)

// publishDateShapes are the dates publishDate reads, tried in this order
// at each place of a line; each names its groups year, month (monthName
// when spelt in English: its whole name or its first three letters) and
// day. The first, year first, may lack its day; the others are read only
// with it, and their day and month are of two digits at most with no
// letter, digit, dot or slash before them.
var publishDateShapes = []string{
	// 2019-03-09, 2019年3月9日, 2019/3
	`(?P<year>(?:19|20)\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})(?:\s*[-/.月]\s*(?P<day>\d{1,2}))?`,
	// 2023 07/06 17:06: a stamp some sites print
	`(?P<year>(?:19|20)\d{2}) (?P<month>\d{1,2})/(?P<day>\d{1,2})\b`,
	// 09.03.2019 18:29, 09/03/2019: Hong Kong's, Macau's and Europe's order
	`(?:^|[^\w./])(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d{2})\b`,
	// Mar 7, 2021; a Unix clock's Sun Mar 7 09:15:02 2021, the time between day and year
	`\b(?P<monthName>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}),? (?:\d{1,2}:\d{2}(?::\d{2})? )?(?P<year>(?:19|20)\d{2})\b`,
	// 7 March 2021
	`(?:^|[^\w./])(?P<day>\d{1,2}) (?P<monthName>[A-Za-z]{3,9}),? (?P<year>(?:19|20)\d{2})\b`,
}

// publishDateExpr matches any of publishDateShapes.
var publishDateExpr = regexp.MustCompile(strings.Join(publishDateShapes, "|"))

// englishMonth returns the number of the month whose English name, or its
// first three letters, is w in any case (Sep, SEPTEMBER), or 0.
func englishMonth(w string) int {
	for m := time.January; m <= time.December; m++ {
		if n := m.String(); strings.EqualFold(w, n) || strings.EqualFold(w, n[:3]) {
			return int(m)
		}
	}
	return 0
}

// machineDateAlone reports whether a folded line is a date written with
// digits and separators alone (2023-11-19, 2007.04.15).
func machineDateAlone(folded string) bool {
	f := strings.TrimSpace(folded)
	return f != "" && machineDateExpr.FindString(f) == f
}

// publishDate returns the first date with a year and a month in s as
// YYYY-MM-DD or YYYY-MM, or "".
func publishDate(s string) string {
	names := publishDateExpr.SubexpNames()
	for _, m := range publishDateExpr.FindAllStringSubmatch(s, -1) {
		var year, day string
		mo := 0
		for i, g := range m[1:] {
			switch {
			case g == "":
			case names[i+1] == "year":
				year = g
			case names[i+1] == "month":
				mo, _ = strconv.Atoi(g) // Atoi, not fmt.Sscan: Sscan reads 08 and 09 as bad octal
			case names[i+1] == "monthName":
				mo = englishMonth(g)
			case names[i+1] == "day":
				day = g
			}
		}
		if mo < 1 || mo > 12 {
			continue
		}
		if d, _ := strconv.Atoi(day); d >= 1 && d <= 31 {
			return fmt.Sprintf("%s-%02d-%02d", year, mo, d)
		}
		if m[1] == "" {
			continue // not the first shape (its year is the first group): no date without its day
		}
		return fmt.Sprintf("%s-%02d", year, mo)
	}
	return ""
}

// furniturePrefix returns how many runes of furniture start a body line
// and their kind: ASCII junk fused before the text, a metadata label
// before it (文档介绍：趁着三月…), or a post's stamp, a head with a time of
// day that the judges, seeing it as a line of its own, name a byline or a
// credit ((2023-11-08 09:14:52)为全面…, date 2025-10-30 …). A news lead
// fused before the first sentence is the paragraph's own opening and
// stays: an outlet's lead with its reporters or its date (某某讯(张三
// 报道)三月…, 某某网3月5日讯 …, 某某融媒讯：…), a byline in brackets
// (【记者某某/某地报导】…), a column's label (【特讯】为感谢…), and an
// outlet's lead set off by a space or a colon without its reporters' credit
// in brackets (本报讯 近日…, leadWithCredit).
func furniturePrefix(folded string, v *furnitureVocab, credited bool) (int, string) {
	if n := junkPrefix(folded, v); n > 0 {
		return runeLen(folded[:n]), "junk"
	}
	if loc := v.labelPrefix.FindStringIndex(folded); loc != nil && loc[1] < len(folded) && v.isProse(folded[loc[1]:]) {
		return runeLen(folded[:loc[1]]), "metadata"
	}
	if n, k := leadPrefix(folded); n > 0 {
		return n, k
	}
	if n := leadWithCredit(folded, credited); n > 0 && v.isProse(folded[n:]) {
		return runeLen(folded[:n]), "byline"
	}
	// Cuts after one of the first 40 runes, at a space or after a closing
	// bracket, where the head is a post's stamp or holds a time of day;
	// byte offsets, so the line's runes are not copied at every cut
	// (folded is valid UTF-8: head and rest are those runes' strings).
	// The rest is prose when it has prose's shape and the line is mostly
	// Han: the share is counted once, not at every cut.
	best, kind := 0, ""
	han := -1              // mostlyHan(folded) once asked: 0 no, 1 yes
	i, prev := -1, rune(0) // r is the line's i-th rune, prev the one before it
	for b, r := range folded {
		i++
		before := prev
		prev = r
		if i > 40 {
			break
		}
		if i == 0 || !unicode.IsSpace(r) && !strings.ContainsRune(")）】]", before) {
			continue
		}
		head, rest := strings.TrimSpace(folded[:b]), strings.TrimSpace(folded[b:])
		stamp := stampLineExpr.MatchString(head)
		if !stamp && !timeOfDay.MatchString(head) || !v.proseShape(rest) {
			continue
		}
		if han < 0 {
			han = 0
			if mostlyHan(folded) {
				han = 1
			}
		}
		if han == 0 {
			break
		}
		k := judge(v.lineJudges(), newLineView(head, head, zoneBody))
		if k == "byline" && datedLineExpr.MatchString(head) && !strings.ContainsAny(head, ":(（") {
			k = "" // a date starting a sentence is the author's
		}
		if stamp {
			best, kind = i, "metadata" // date 2025-10-30 before the first sentence: the post's stamp
		}
		if k == "byline" || k == "credit" {
			best, kind = i, k
		}
	}
	return best, kind
}

// leadWithCredit returns the length in bytes of an outlet's lead that
// opens the line (outletTag) with the reporters' credit in brackets, or
// 0: the lead in brackets ((本网讯)为响应…), a lead set off before a
// credit in brackets (本报讯 (通讯员 某某)…; credited: leadCredit took the
// credit off the line already). Readers drop the lead with its credit in
// brackets, the page's tag on the copy it prints; a lead alone before the
// first sentence (本报讯 近日…, 某某网讯：今年…) is the guideline's
// dateline that opens the first sentence and stays (round 33), and so
// does one before a byline without brackets (leadByline).
func leadWithCredit(folded string, credited bool) int {
	n := outletTag(folded)
	if n == 0 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(folded)
	r1, _ := utf8.DecodeRuneInString(folded[n:])
	if credited || leadClosers[r] != "" || leadClosers[r1] != "" {
		return n
	}
	return 0
}

// leadByline returns the rune span [start, end) of a byline without
// brackets after an outlet's lead set off by a space or a colon, up to the
// next space or colon (本报讯 记者某某报道 日前…, 某某网讯 通讯员某某报道：
// 今年…), or -1, -1: a reporter's byline, furniture; the lead before it
// opens the first sentence and stays (round 33). A sentence the reporter
// opens (本报讯 记者从某局获悉，…) is no byline.
func leadByline(folded string, v *furnitureVocab) (int, int) {
	n := outletTag(folded)
	if n == 0 {
		return -1, -1
	}
	if r, _ := utf8.DecodeRuneInString(folded); leadClosers[r] != "" {
		return -1, -1
	}
	rest := folded[n:]
	i := strings.IndexAny(rest, " \u3000:：")
	if i <= 0 || !containsAny(rest[:i], v.reportRoles) || judge(v.lineJudges(), newLineView(rest[:i], rest[:i], zoneBody)) != "byline" {
		return -1, -1
	}
	end := len(folded) - len(strings.TrimLeft(rest[i:], " \u3000:："))
	if !v.isProse(folded[end:]) {
		return -1, -1
	}
	return runeLen(folded[:n]), runeLen(folded[:end])
}

// furnitureSuffix returns how many runes of furniture end a body line
// after its last sentence, and their kind: what follows the last sentence
// end, seen as a line of its own, is a prompt, a snapshot link, a stamp or
// a counter (…一点点力量吧。” 查看更多, …活动圆满结束。 2023-05-06), or a
// credit, a byline or an editor's sign-off (…送上祝福。 记者 某某 摄,
// …落到实处。(编辑:某某 审核:某某), …长效化。(某某 某某)): since round 30
// the annotators of real pages drop such a credit at a paragraph's or a
// caption's end as they drop it alone on its line. The author's end mark
// stays (…纷纷点赞。(完): [continuation_marks]; fusedEndMark), and so does
// a lone mark (…起到积极推动作用。◇). A layout cell's bar there (…起到积极
// 推动作用。 |), the border of the cell the paragraph was printed in, is
// cut as decoration: kept with the line from round 15, when the
// annotators kept it, it goes since round 31, as the annotators of rounds
// 30 and 31 drop it.
func furnitureSuffix(folded string, v *furnitureVocab, pats []Pattern) (int, string) {
	if (commentRow{}).Judge(lineView{folded: folded}) != "" {
		return 0, "" // a reader's comment with its stamp: the whole line goes
	}
	// Byte offsets, found from the end: the line's runes are not copied.
	end := -1 // after the last sentence end
	for i := len(folded); i > 0; {
		r, size := utf8.DecodeLastRuneInString(folded[:i])
		if sentenceEndRunes.has(r) {
			end = i
			break
		}
		i -= size
	}
	for end > 0 && end < len(folded) {
		r, size := utf8.DecodeRuneInString(folded[end:])
		if !closerRunes.has(r) {
			break
		}
		end += size
	}
	if n := junkSuffix(folded, v); n > 0 {
		return n, "junk" // a forum's anti-scraping run after the last sentence
	}
	if end <= 0 || end >= len(folded) {
		if n := captionCredit(folded, v); n > 0 && end <= 0 {
			return n, "credit" // 某某活动现场 王某 摄: a caption's credit (round 32)
		}
		return 0, ""
	}
	n := runeLen(folded[end:]) // the runes after the sentence
	if n > 40 {
		return 0, ""
	}
	tail := strings.TrimSpace(strings.TrimRight(folded[end:], " |｜,，")) // a stray comma after a credit: (某某即時),
	if tail == "" {
		if strings.ContainsAny(folded[end:], "|｜") {
			return n, "decoration" // a layout cell's bar: the cell's border, not the text
		}
		return 0, "" // a stray comma
	}
	switch k := tailKind(tail, v, pats); k {
	case "credit", "byline", "navigation", "metadata", "snapshot", "counter":
		if v.fusedEndMark(tail) {
			return 0, ""
		}
		return n, k
	}
	if photographerCredit(tail) || pictureCredit(tail) {
		return n, "credit" // …合影留念。 某某 摄 (round 31); …留守儿童。某某网发(王某 摄) (round 35)
	}
	return 0, ""
}

// fusedEndMark reports whether the words after a line's last sentence
// are the author's mark that the text ends or goes on ((完), 全文完;
// [continuation_marks]): the report's, kept with the line.
func (v *furnitureVocab) fusedEndMark(tail string) bool {
	return slices.Contains(v.continuationMarks, strings.Trim(tail, "()（）[]【】 |｜"))
}

// junkSuffix returns how many runes of ASCII junk end a line after its
// last Chinese sentence end (the junk may hold ! and ? of its own), or 0.
func junkSuffix(folded string, v *furnitureVocab) int {
	end := strings.LastIndexAny(folded, "。！？；")
	if end < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(folded[end:])
	end += size
	for end < len(folded) {
		r, size := utf8.DecodeRuneInString(folded[end:])
		if !closerRunes.has(r) {
			break
		}
		end += size
	}
	if end >= len(folded) || !isASCIIJunk(strings.TrimSpace(folded[end:]), v) {
		return 0
	}
	return runeLen(folded[end:])
}

// maxCaptionRunes is the longest line taken as a repeated caption.
const maxCaptionRunes = 20

// captionRepeats marks short lines without a sentence that a page repeats
// three times or more (an app prompt under every picture: 打开某某新闻 查看
// 更多图片), or the first of two copies within two lines: a picture's alt
// text over its caption (学生们积极清扫垃圾 twice), the caption kept as body. Nor is a pair with furniture between its
// copies (the headline, the post's byline, the headline again): a
// picture's alt text and its caption sit side by side. The author repeats a title or the headings of
// several summaries, never so close: article titles and numbered headings
// are never marked. Nor is a pair whose first copy is the opening line,
// the first line no judge knows: that is the page's title given twice
// (the window's title, then the heading), and a picture's caption never
// opens the text.
func captionRepeats(lines, folded []string, opening int, known func(i int) bool) []bool {
	at := map[string][]int{} // line → its positions among non-empty lines
	var index []int
	for i, f := range folded {
		f = strings.TrimSpace(f)
		if f == "" || lines[i] == titleMark {
			continue
		}
		index = append(index, i)
		if !runesOver(f, maxCaptionRunes) && !strings.ContainsAny(f, sentenceEnds) {
			at[f] = append(at[f], len(index)-1)
		}
	}
	var out []bool
	for f, ks := range at {
		// The costlier tests once a line, and only for lines that recur.
		if len(ks) < 2 || looksLikeArticleTitle(f) || numberedHeading.MatchString(f) || strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue
		}
		close := false
		for j := 1; j < len(ks); j++ {
			close = close || ks[j]-ks[j-1] <= 2
		}
		if len(ks) >= 3 || len(ks) == 2 && close && index[ks[0]] != opening && !furnitureBetween(index[ks[0]], index[ks[1]], known) {
			if out == nil {
				out = make([]bool, len(lines))
			}
			if len(ks) == 2 {
				ks = ks[:1] // the alt text: the caption below says the same
			}
			for _, k := range ks {
				out[index[k]] = true
			}
		}
	}
	return out
}

// lineCounts is how many times the page prints each of its non-empty
// lines (trimmed).
func lineCounts(folded []string, empty func(int) bool) map[string]int {
	count := map[string]int{}
	for i, f := range folded {
		if !empty(i) {
			count[strings.TrimSpace(f)]++
		}
	}
	return count
}

// furnitureBetween reports whether a line strictly between i and j is
// known furniture.
func furnitureBetween(i, j int, known func(int) bool) bool {
	for k := i + 1; k < j; k++ {
		if known(k) {
			return true
		}
	}
	return false
}
