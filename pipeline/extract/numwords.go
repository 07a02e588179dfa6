package extract

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
)

// wordSections is a word-list file split into its [sections] (the format
// of dict.ParseSections), with the readers extract needs.
type wordSections map[string][][]string

// parseWordSections reads a word-list file in the format of
// dict.ParseSections.
func parseWordSections(r io.Reader) (wordSections, error) {
	ws, err := dict.ParseSections(r)
	return wordSections(ws), err
}

// mustWordSections parses an embedded dict/ file; a broken one is a
// programming error caught by the tests.
func mustWordSections(name string, need ...string) wordSections {
	ws, err := parseWordSections(bytes.NewReader(dict.File(name)))
	if err != nil {
		panic("extract: dict/" + name + ": " + err.Error())
	}
	for _, s := range need {
		if _, ok := ws[s]; !ok {
			panic("extract: dict/" + name + ": no section [" + s + "]")
		}
	}
	return ws
}

// words is every field of every entry in the section, in file order.
func (ws wordSections) words(section string) []string {
	var out []string
	for _, e := range ws[section] {
		out = append(out, e...)
	}
	return out
}

// runes is every rune of every field of the section, as one string.
func (ws wordSections) runes(section string) string {
	return strings.Join(ws.words(section), "")
}

// set holds every field of every entry of the section.
func (ws wordSections) set(section string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws.words(section) {
		out[w] = true
	}
	return out
}

// count is the one whole number a section holds; it panics naming the
// section when it holds anything else.
func (ws wordSections) count(section string) int {
	var n float64
	if e := ws.words(section); len(e) != 1 || !parseNumber(e[0], &n) || n != float64(int(n)) || n < 0 {
		panic("extract: dict/quantity_words.txt: [" + section + "] wants one whole number")
	}
	return int(n)
}

// pairs maps the first field of each entry to the second (or "").
func (ws wordSections) pairs(section string) map[string]string {
	out := map[string]string{}
	for _, e := range ws[section] {
		v := ""
		if len(e) > 1 {
			v = e[1]
		}
		out[e[0]] = v
	}
	return out
}

// lists maps the first field of each entry to the rest.
func (ws wordSections) lists(section string) map[string][]string {
	out := map[string][]string{}
	for _, e := range ws[section] {
		out[e[0]] = append(out[e[0]], e[1:]...)
	}
	return out
}

// longestFirst sorts words so that a longer word is tried before a
// shorter one it starts or ends with (人民币 before 元).
func longestFirst(ws []string) []string {
	out := append([]string(nil), ws...)
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j])
	})
	return out
}

// quantityWords are the lists of dict/quantity_words.txt.
type quantityWords struct {
	approxBefore      []string            // 约, 近, 超过…
	notApprox         map[string]string   // 近: 最附…, runes before it that make another word
	approxDespite     []string            // 折合约: an approximation after a word of its own all the same
	approxAfterNumber string              // 余多来许
	approxAfterUnit   []string            // 左右, 以上…
	notCountAfter     map[string][]string // measure word (or *) → words after it
	objectStops       string
	objectEnds        string
	objectEndWords    []string // 主任, 书记: nouns whose last rune is not in objectEnds
	objectVerbs       []string // 任, 担任: verbs that end an object after a noun
	objectNotStart    []string // 面向, 针对: a description, not the object, follows
	objectBefore      []struct {
		suffix string
		runes  int
	}
	selfCounting          map[string]bool
	redactedBefore        []string
	redactedNotNext       string
	oneUnits              map[string]bool
	oneNotAfter           string
	oneNotNext            []string
	oneObjectNotEnd       string          // 的, 另: 温馨的一面， has no object before its 一
	oneArticleAfter       []string        // 有, 作为: 一 + measure word after them is an article
	oneRoleVerbs          []string        // 做, 当: 一名 after them is the role one takes
	oneRoleUnits          map[string]bool // 名, 位: the measure words of such a role
	oneFigureVerbs        []string        // 掀起, 打响: 一场 after them is a figure of speech
	nameBefore            []string        // 新: 新十条 is a name
	nameAfter             []string        // 中全会: 十九届六中全会 is a name
	repeatBefore          []string        // 这, 上述: 这四位居民 refers back to a count
	objectSkip            map[string]bool // 共计, 达, 人数: words between an object and its number
	peopleHeads           []string        // 老人, 居民, 家庭, 者: endings of nouns of people and households
	peopleNotHeads        map[string]bool // 入户, 窗户: words that end so but name no people
	peopleBoundEndings    map[string]bool // 户, 员: endings gse splits off a noun of people
	peopleClauseStops     string          // ，。、：: marks that end the clause peopleBefore looks in
	peopleCommas          string          // ，: the clause stops peopleBefore may cross once, after a total word
	hoursContext          []string        // 服务时长, 工时: hours after them are service hours
	hoursNotContext       []string        // 持续, 每天: hours after them are an event's length
	numeralWordTags       map[string]bool // gse tags of words whose numerals are no count (周三: t)
	labelNouns            map[string]bool // 人数, 人次: labels that, with the word before, are the object
	labelEndings          []string        // the same, as endings of a table's header cell (關懷長者人數)
	kindByObject          map[string]bool // 个, 块: measure words whose kind their object decides
	objectKinds           [][2]string     // object ending → kind, longest first
	masks                 string
	maskWords             []string // 〔…〕: a bracketed ellipsis masks a whole number
	maskSet               runeSet  // the runes of masks, for the numeric scan's test at every rune
	maskedUnits           map[string]bool
	maskedHomeAfter       map[string][]string // 家 → 中: 李××家中 is someone's home
	vagueBefore           []string
	idiomsByRune          map[rune][]string   // set phrases holding numerals, by first rune: 三番五次, 一老一小
	idiomFirst            runeSet             // the keys of idiomsByRune
	scanStarts            runeSet             // the runes at which the numeric scan finds anything (scanStartRunes)
	redactedAfter         []string            // nouns before a masked-out count: 工作人员名，
	kuaiThings            []string            // 广告牌36块: 块 counts pieces, not yuan
	kuaiGap               []string            // 共: 警示牌共15块, a total between the thing and its number
	bigUnits              map[string]bool     // 袋, 卡车: 36大袋 counts big bags
	kuaiFeeHeads          string              // 费: 一百多块学费 is yuan
	nameQuotes            map[rune]rune       // “ → ”: a count opening a quoted name is part of it
	frequencyBefore       []string            // 每周, 每月: 每周三次 is a frequency
	frequencyUnits        map[string]bool     // 次
	oneEach               []string            // 每: 每个孩子一个书包 gives one item to each
	oneEachNotAcross      string              // 都: 每一盏灯笼都写着一个谜语 says what each does
	oneEachReceipts       []string            // 收到: 每位老人都收到一份礼包, each gets one
	oneTogetherUnits      map[string]bool     // 起: 一起 is together, never one item to each
	everyTimeWords        []string            // 每: 每遇见一位 is each time, before a verb
	everyTimeTags         map[string]bool     // v: the tags of that verb
	oneTogetherAfter      []string            // 和: 和老人一起 is together, not one item to each
	oneCopula             map[string][]string // 的 → 是: 是…的一次活动 is an article
	oneCopulaWords        []string
	listMarks             string              // 、: list items share the words before the list
	countAfter            map[string][]string // 家 → 乡镇: 5家乡镇卫生院 counts
	partsAfter            map[string][]string // 个 → 方面: 三个方面 counts when the parts are listed
	oneArticleNear        []string            // 是: 是县里一家小宾馆 is an article
	oneArticleNearAdverbs string              // 总: 总是 is no copula
	distanceAfter         []string            // 外, 处: 1公里外 is a distance
	raceWords             []string            // 健步走, 接力: 5公里健步走 is a race
	oneVerbUnits          map[string]bool     // 把, 口: 拉一把 measures an act
	oneOpeningUnits       map[string]bool     // 名, 位: ，一名志愿者陪同 counts at a clause's opening
	oneBatchUnits         map[string]bool     // 批: counts with 一 before goods only
	oneBatchGoods         []string            // 物资, 用品: goods a batch counts
	approxBeforeBare      []string            // 过: 過百名 is about a hundred
	bareCountUnits        map[string]bool     // 名: 千名干部 is a round count
	oneListUnits          string              // 个: “六个一” names a list of tasks
	oneListEnds           string              // 。: where the sentence of such a list ends
	familyUnits           map[string]bool     // 家: 陈先生一家 is his family
	familyNameTags        map[string]bool     // nr: a person's name before 一家
	familyBefore          []string            // 他们, 先生: a person before 一家
	placeOneUnits         map[string]bool     // 家: 南京一家面包店 is an article
	placeOneTags          map[string]bool     // ns: a place's name before it
	placeOneEnds          []string            // 省: a foreign place's last rune before its gloss
	siteUnits             map[string]bool     // 家: 在一家书店打工 is where it happens
	siteBefore            map[string]bool     // 在: the word before such a place
	siteTags              map[string]bool     // ns, s: a place's words between them
	frameUnits            map[string]bool     // 次: 在一次事故中 is when it happens
	frameEnds             map[string]bool     // 中: the word closing such a phrase
	frequencyPeriodWords  []string            // 星期, 年: 一星期两次, 两年一次 are frequencies
	dayOrdinalUnits       map[string]bool     // 个: 第18个世界…日 numbers a day
	dayNameStarts         []string            // 世界, 全国: a day kept each year
	dayNameEnds           string              // 日, 节: how such a day's name ends
	oneCopulaWei          []string            // 为: 为一所…机构 says what a thing is
	copulaNouns           []string            // 机构: the nouns such a clause ends with
	cohortUnits           map[string]bool     // 届: 2023届毕业生 is a cohort
	cohortYears           [2]float64          // the years a cohort is named by
	distanceBefore        []string            // 步行, 距离: 步行2公里 is a distance
	oneArticleNearNot     string              // 为: 是为一位老人祝寿 counts
	oneAbstractObjects    []string            // 经历, 盛宴: 一次难忘的经历 is no count
	dimensionWords        []string            // 长, 宽: 长500米 is a size
	dimensionLinks        []string            // 达: 水深达2米 is a size too
	dimensionUnits        map[string]bool     // 米, 公里: the units of a size
	lengthWords           []string            // 长: 线长37公里， states a thing's length
	lengthNotWords        []string            // 延长: 延长200米， is work done
	sessionUnits          map[string]bool     // 届, 次: the ordinals of a meeting's session
	sessionNames          []string            // 全会, 会议: 七届二次全会 is a name
	bylineLabels          []string            // 通讯员, 记者: a name follows them (李一名)
	areaUnits             map[string]bool     // 亩, 平方米: units of an area
	areaWorkWords         []string            // 清理, 绿化: an area is work done after them
	lengthWorkWords       []string            // 巡, 加固: a length is work done near them
	floorAreaWords        []string            // 建筑面积: the area after it is a building's size
	callUnits             map[string]bool     // 通: counts calls only
	callWords             []string            // 电话: 电话问安2,160通 counts calls
	placeSuffixes         []string            // 镇: 七台镇 is a town's name
	placeCounters         map[string]bool     // 个: 6个镇 counts towns
	placeNameEnds         []string            // 村: 七家坪村 is a village's name
	placeNameUnits        map[string]bool     // 家: it begins 七家坪村 all the same
	placeNameNotGaps      string              // 驻: 三批驻村干部 counts cadres
	oneSuperlatives       []string            // 最: 报名人数最多的一次 ranks, it does not count
	addressBefore         map[string][]string // 组 → 村: 村3组 is an address
	addressUnits          map[string]bool     // 栋, 门: their number may name a building or a gate
	addressAfter          []string            // 旁边: 4幢旁边 is where, not how many
	addressDirections     string              // 南: 南2门 is the south gate number 2
	addressParts          string              // 区: B2区5栋 is a building of area B2
	sampleTextsBefore     map[string][]string // 篇 → 总结: 活动总结5篇 is a site's offer of sample texts
	branchUnits           map[string]bool     // 站: 特勤一站 is a fire brigade's first station
	branchBefore          []string            // 特勤: 特勤一站 names the branch, counts none
	abstractObjects       []string            // 原因: 三种原因 counts no thing
	sentenceEnds          string              // 。；: the marks that end a sentence
	sloganMarks           string              // 、，+: the marks between a slogan's parts
	objectModifiers       map[string]bool     // 留守, 参与: verbs that say which people a noun names
	objectScopes          map[string]bool     // 各界, 各族: how widely the people counted after them were drawn
	ageUnits              []string            // 岁, 周岁: 72岁的老队员 is aged, not counted
	boundUnits            []string            // 岁以上: 130名90岁以上老人 are aged, not counted
	hoursTotalWords       []string            // 累计, 共: hours after them are a total
	hoursOneEvent         float64             // fewer hours than this, not a total, are one event's length
	hoursWholeDay         float64             // 24: 24小时值守 is round the clock
	bodyBefore            []string            // 瘦, 减重: 瘦十斤 is a change of a body
	bodyUnits             map[string]bool     // 斤, 厘米: the units of such a change
	pairWords             []string            // 夫妻, 父女: 夫妻二人 restates the pair
	pairPronouns          string              // 我, 他: 我和张薇两个人 restates the two named
	pairJoins             string              // 和, 与
	pairUnits             map[string]bool     // 人, 个, 位
	memberUnits           map[string]bool     // 人: 265户362人 counts the households' members
	visitUnits            map[string]bool     // 人次: 法律咨询45人次 counts a service's visits
	visitActs             map[string]bool     // 服务, 培训: alone before 人次 they name the act, no service
	topicLinks            map[string]bool     // 在册, 纳入: verbs between a statistics topic and its number
	objectCoordinators    map[string]bool     // 和, 及, 、: nouns joined by them are one counted object
	objectNouns           map[string]bool     // 青年: words gse tags otherwise that name people in an object
	objectNotNouns        map[string]bool     // 时候, 惠及: words gse tags nouns that no object holds
	objectBoundHeads      map[string]bool     // 对象: nouns that take the verb before them (服务对象)
	phaseUnits            map[string]bool     // 期: the measure word of a project's phase
	phaseAfter            []string            // 工程: 一期工程 is a phase
	phaseBefore           []string            // 项目: 项目二期 is a phase
	twoOrdinalUnits       map[string]bool     // 期, 类: 二 alone before them numbers (二期, 二类), counts nothing
	listSummaryUnits      map[string]bool     // 种, 类: 线上和现场两种方式 sums a list up
	festivalUnits         map[string]bool     // 节: “两节” names festivals
	festivalAfter         []string            // 期间: 两节期间 names festivals
	festivalBefore        []string            // 于: 于三节 names festivals
	relativeNotStart      []string            // 为, 给: 12名为…的老人 义诊 names whom they served
	approxGapped          []string            // 约为, 约有: 约为60户 is approximate, spanned from 60
	sessionOrdinals       []string            // 中: 十九届二中 is a plenum's name
	numberedUnits         map[string]bool     // 栋, 班: 14栋和31栋 names buildings
	codeUnits             map[string]int      // 班 → 3: 2201班 is a class's code
	oneSetupVerbs         []string            // 设立了: 设立了一个宣传点 counts what was set up
	oneReceiptVerbs       []string            // 获赠, 领到: 获赠一件T恤 counts what was received, said or not
	onePlaceWords         map[string]bool     // 上, 里: 一张卡片上 is a place
	classUnits            map[string]bool     // 班: 机械三班的同学 names a class
	classLevels           string              // 大中小: 大三班 is a kindergarten's class
	nameWordTags          map[string]bool     // ns: 三门峡市 is a place's name, no count
	unitJoiners           string              // /: 48人/次 is 48人次
	titleCopyRunes        int                 // the shortest title whose copies in the text are looked for
	copyContextRunes      int                 // the runes each side that make a count a copy of an earlier one
	sloganWordTags        map[string]bool     // v, a: 改造一处、巩固一处 is a slogan after them
	sloganPhraseRunes     int                 // the longest phrase of such a slogan
	hoursListClauses      int                 // how far back hours look through a list of figures for their subject
	hoursListMarks        string              // ，；: the marks such a list is read back across
}

func loadQuantityWords() *quantityWords {
	ws := mustWordSections("quantity_words.txt",
		"approx_before", "approx_despite", "approx_after_number", "approx_after_unit", "not_count_after", "object_stops",
		"object_ends", "object_before", "self_counting", "redacted_before", "redacted_not_next",
		"one_units", "one_not_after", "one_not_next", "one_object_not_end", "masks", "mask_words", "masked_units", "masked_home_after", "vague_before", "idioms",
		"redacted_after", "kuai_things", "kuai_gap", "big_units", "kuai_fee_heads", "object_end_words", "object_verbs", "object_not_start", "name_quotes",
		"frequency_before", "frequency_units", "one_article_after", "one_role_verbs", "one_role_units", "one_figure_verbs", "name_before", "name_after",
		"repeat_before", "object_skip", "hours_context", "hours_not_context", "numeral_word_tags",
		"label_nouns", "kind_by_object", "object_kinds", "one_each", "one_each_not_across", "one_each_receipts", "one_together_units", "every_time_words", "every_time_tags", "one_together_after", "one_article_in_copula",
		"list_marks",
		"count_after", "parts_after", "one_article_near", "one_article_near_adverbs", "one_article_near_not",
		"distance_after", "race_words", "distance_before", "cohort_units", "cohort_years",
		"one_copula_wei", "copula_nouns", "approx_before_bare", "bare_count_units", "one_list_units", "one_list_ends", "family_units", "family_name_tags", "family_before", "place_one_units", "place_one_tags", "place_one_ends", "site_units", "site_before", "site_tags", "frame_units", "frame_ends", "frequency_periods", "day_ordinal_units", "day_name_starts", "day_name_ends",
		"one_verb_units", "one_opening_units", "one_batch_units", "one_batch_goods", "one_abstract_objects", "dimension_words", "dimension_links", "dimension_units", "length_words", "length_not_words", "people_heads",
		"people_not_heads", "people_bound_endings", "people_clause_stops", "people_commas",
		"session_units", "session_names", "byline_labels", "area_units", "area_work_words", "length_work_words", "floor_area_words", "call_units", "call_words", "address_before", "address_units", "address_after", "address_directions", "address_parts", "sentence_ends", "slogan_marks", "object_modifiers", "object_scopes", "age_units", "hours_total_words", "hours_one_event", "hours_whole_day",
		"body_before", "body_units", "pair_words", "pair_pronouns", "pair_joins", "pair_units", "object_coordinators", "object_nouns", "object_not_nouns", "object_bound_heads",
		"phase_units", "phase_after", "phase_before", "two_ordinal_units", "list_summary_units", "festival_units", "festival_after", "festival_before", "relative_not_start", "approx_gapped",
		"session_ordinals", "numbered_units", "code_units", "place_suffixes", "place_counters", "place_name_ends", "place_name_units", "place_name_not_gaps", "one_superlatives", "one_setup_verbs", "one_receipt_verbs", "one_place_words", "name_word_tags",
		"class_units", "member_units", "visit_units", "visit_acts", "topic_links", "unit_joiners", "title_copy_runes", "copy_context_runes", "slogan_word_tags", "slogan_phrase_runes", "hours_list_clauses", "hours_list_marks", "class_levels",
		"sample_texts_before", "branch_units", "branch_before", "abstract_objects")
	w := &quantityWords{
		notApprox:             map[string]string{},
		approxAfterNumber:     ws.runes("approx_after_number"),
		approxAfterUnit:       longestFirst(ws.words("approx_after_unit")),
		notCountAfter:         ws.lists("not_count_after"),
		objectStops:           ws.runes("object_stops"),
		objectEnds:            ws.runes("object_ends"),
		objectEndWords:        longestFirst(ws.words("object_end_words")),
		objectVerbs:           longestFirst(ws.words("object_verbs")),
		objectNotStart:        ws.words("object_not_start"),
		selfCounting:          ws.set("self_counting"),
		redactedBefore:        ws.words("redacted_before"),
		redactedNotNext:       ws.runes("redacted_not_next"),
		oneUnits:              ws.set("one_units"),
		oneNotAfter:           ws.runes("one_not_after"),
		oneNotNext:            ws.words("one_not_next"),
		oneObjectNotEnd:       ws.runes("one_object_not_end"),
		oneArticleAfter:       longestFirst(ws.words("one_article_after")),
		oneRoleVerbs:          longestFirst(ws.words("one_role_verbs")),
		oneRoleUnits:          ws.set("one_role_units"),
		oneFigureVerbs:        longestFirst(ws.words("one_figure_verbs")),
		nameBefore:            longestFirst(ws.words("name_before")),
		nameAfter:             longestFirst(ws.words("name_after")),
		repeatBefore:          longestFirst(ws.words("repeat_before")),
		objectSkip:            ws.set("object_skip"),
		peopleHeads:           ws.words("people_heads"),
		peopleBoundEndings:    ws.set("people_bound_endings"),
		peopleNotHeads:        ws.set("people_not_heads"),
		peopleClauseStops:     ws.runes("people_clause_stops"),
		peopleCommas:          ws.runes("people_commas"),
		hoursContext:          ws.words("hours_context"),
		hoursNotContext:       ws.words("hours_not_context"),
		numeralWordTags:       ws.set("numeral_word_tags"),
		labelNouns:            ws.set("label_nouns"),
		labelEndings:          ws.words("label_nouns"),
		kindByObject:          ws.set("kind_by_object"),
		masks:                 ws.runes("masks"),
		maskWords:             ws.words("mask_words"),
		maskedUnits:           ws.set("masked_units"),
		maskedHomeAfter:       ws.lists("masked_home_after"),
		idiomsByRune:          map[rune][]string{},
		redactedAfter:         longestFirst(ws.words("redacted_after")),
		kuaiThings:            longestFirst(ws.words("kuai_things")),
		kuaiGap:               longestFirst(ws.words("kuai_gap")),
		bigUnits:              ws.set("big_units"),
		kuaiFeeHeads:          ws.runes("kuai_fee_heads"),
		nameQuotes:            map[rune]rune{},
		frequencyBefore:       longestFirst(ws.words("frequency_before")),
		frequencyUnits:        ws.set("frequency_units"),
		oneEach:               ws.words("one_each"),
		oneEachNotAcross:      ws.runes("one_each_not_across"),
		oneEachReceipts:       ws.words("one_each_receipts"),
		oneTogetherUnits:      ws.set("one_together_units"),
		everyTimeWords:        ws.words("every_time_words"),
		everyTimeTags:         ws.set("every_time_tags"),
		oneTogetherAfter:      ws.words("one_together_after"),
		oneCopula:             ws.lists("one_article_in_copula"),
		listMarks:             ws.runes("list_marks"),
		countAfter:            ws.lists("count_after"),
		partsAfter:            ws.lists("parts_after"),
		oneArticleNear:        ws.words("one_article_near"),
		oneArticleNearAdverbs: ws.runes("one_article_near_adverbs"),
		distanceAfter:         ws.words("distance_after"),
		raceWords:             ws.words("race_words"),
		oneVerbUnits:          ws.set("one_verb_units"),
		oneOpeningUnits:       ws.set("one_opening_units"),
		oneBatchUnits:         ws.set("one_batch_units"),
		oneBatchGoods:         ws.words("one_batch_goods"),
		approxBeforeBare:      ws.words("approx_before_bare"),
		bareCountUnits:        ws.set("bare_count_units"),
		oneListUnits:          ws.runes("one_list_units"),
		oneListEnds:           ws.runes("one_list_ends"),
		familyUnits:           ws.set("family_units"),
		familyNameTags:        ws.set("family_name_tags"),
		familyBefore:          longestFirst(ws.words("family_before")),
		placeOneUnits:         ws.set("place_one_units"),
		placeOneTags:          ws.set("place_one_tags"),
		placeOneEnds:          ws.words("place_one_ends"),
		siteUnits:             ws.set("site_units"),
		siteBefore:            ws.set("site_before"),
		siteTags:              ws.set("site_tags"),
		frameUnits:            ws.set("frame_units"),
		frameEnds:             ws.set("frame_ends"),
		frequencyPeriodWords:  longestFirst(ws.words("frequency_periods")),
		dayOrdinalUnits:       ws.set("day_ordinal_units"),
		dayNameStarts:         ws.words("day_name_starts"),
		dayNameEnds:           ws.runes("day_name_ends"),
		oneCopulaWei:          ws.words("one_copula_wei"),
		copulaNouns:           longestFirst(ws.words("copula_nouns")),
		cohortUnits:           ws.set("cohort_units"),
		distanceBefore:        ws.words("distance_before"),
		oneArticleNearNot:     ws.runes("one_article_near_not"),
		oneAbstractObjects:    longestFirst(ws.words("one_abstract_objects")),
		dimensionWords:        longestFirst(ws.words("dimension_words")),
		dimensionLinks:        longestFirst(ws.words("dimension_links")),
		dimensionUnits:        ws.set("dimension_units"),
		lengthWords:           longestFirst(ws.words("length_words")),
		lengthNotWords:        longestFirst(ws.words("length_not_words")),
		sessionUnits:          ws.set("session_units"),
		sessionNames:          longestFirst(ws.words("session_names")),
		bylineLabels:          longestFirst(ws.words("byline_labels")),
		areaUnits:             ws.set("area_units"),
		areaWorkWords:         ws.words("area_work_words"),
		lengthWorkWords:       ws.words("length_work_words"),
		floorAreaWords:        longestFirst(ws.words("floor_area_words")),
		callUnits:             ws.set("call_units"),
		callWords:             longestFirst(ws.words("call_words")),
		placeSuffixes:         longestFirst(ws.words("place_suffixes")),
		placeCounters:         ws.set("place_counters"),
		placeNameEnds:         longestFirst(ws.words("place_name_ends")),
		placeNameUnits:        ws.set("place_name_units"),
		placeNameNotGaps:      ws.runes("place_name_not_gaps"),
		oneSuperlatives:       ws.words("one_superlatives"),
		addressBefore:         ws.lists("address_before"),
		addressUnits:          ws.set("address_units"),
		addressAfter:          longestFirst(ws.words("address_after")),
		addressDirections:     ws.runes("address_directions"),
		addressParts:          ws.runes("address_parts"),
		sampleTextsBefore:     ws.lists("sample_texts_before"),
		branchUnits:           ws.set("branch_units"),
		branchBefore:          longestFirst(ws.words("branch_before")),
		abstractObjects:       longestFirst(ws.words("abstract_objects")),
		sentenceEnds:          ws.runes("sentence_ends"),
		sloganMarks:           ws.runes("slogan_marks"),
		objectModifiers:       ws.set("object_modifiers"),
		objectScopes:          ws.set("object_scopes"),
		ageUnits:              longestFirst(ws.words("age_units")),
		boundUnits:            longestFirst(ws.words("bound_attribute_units")),
		hoursTotalWords:       ws.words("hours_total_words"),
		bodyBefore:            longestFirst(ws.words("body_before")),
		bodyUnits:             ws.set("body_units"),
		pairWords:             longestFirst(ws.words("pair_words")),
		pairPronouns:          ws.runes("pair_pronouns"),
		pairJoins:             ws.runes("pair_joins"),
		pairUnits:             ws.set("pair_units"),
		memberUnits:           ws.set("member_units"),
		visitUnits:            ws.set("visit_units"),
		visitActs:             ws.set("visit_acts"),
		topicLinks:            ws.set("topic_links"),
		objectCoordinators:    ws.set("object_coordinators"),
		objectNouns:           ws.set("object_nouns"),
		objectNotNouns:        ws.set("object_not_nouns"),
		objectBoundHeads:      ws.set("object_bound_heads"),
		phaseUnits:            ws.set("phase_units"),
		phaseAfter:            longestFirst(ws.words("phase_after")),
		phaseBefore:           longestFirst(ws.words("phase_before")),
		twoOrdinalUnits:       ws.set("two_ordinal_units"),
		listSummaryUnits:      ws.set("list_summary_units"),
		festivalUnits:         ws.set("festival_units"),
		festivalAfter:         ws.words("festival_after"),
		festivalBefore:        ws.words("festival_before"),
		relativeNotStart:      ws.words("relative_not_start"),
		approxGapped:          longestFirst(ws.words("approx_gapped")),
		sessionOrdinals:       ws.words("session_ordinals"),
		numberedUnits:         ws.set("numbered_units"),
		codeUnits:             map[string]int{},
		oneSetupVerbs:         longestFirst(ws.words("one_setup_verbs")),
		oneReceiptVerbs:       longestFirst(ws.words("one_receipt_verbs")),
		onePlaceWords:         ws.set("one_place_words"),
		classUnits:            ws.set("class_units"),
		classLevels:           ws.runes("class_levels"),
		nameWordTags:          ws.set("name_word_tags"),
		unitJoiners:           ws.runes("unit_joiners"),
	}
	for _, e := range ws["code_units"] {
		var digits float64
		if len(e) != 2 || !parseNumber(e[1], &digits) {
			panic("extract: dict/quantity_words.txt: [code_units] wants \"unit digits\"")
		}
		w.codeUnits[e[0]] = int(digits)
	}
	for _, e := range ws["one_article_in_copula"] {
		w.oneCopulaWords = append(w.oneCopulaWords, e[0])
	}
	w.oneCopulaWords = longestFirst(w.oneCopulaWords)
	w.titleCopyRunes = ws.count("title_copy_runes")
	w.copyContextRunes = ws.count("copy_context_runes")
	w.sloganPhraseRunes = ws.count("slogan_phrase_runes")
	w.hoursListClauses = ws.count("hours_list_clauses")
	w.hoursListMarks = ws.runes("hours_list_marks")
	w.sloganWordTags = ws.set("slogan_word_tags")
	if e := ws.words("hours_one_event"); len(e) != 1 || !parseNumber(e[0], &w.hoursOneEvent) {
		panic("extract: dict/quantity_words.txt: [hours_one_event] wants one number")
	}
	if e := ws.words("hours_whole_day"); len(e) != 1 || !parseNumber(e[0], &w.hoursWholeDay) {
		panic("extract: dict/quantity_words.txt: [hours_whole_day] wants one number")
	}
	if e := ws.words("cohort_years"); len(e) != 2 || !parseYears(e, &w.cohortYears) {
		panic("extract: dict/quantity_words.txt: [cohort_years] wants \"first last\"")
	}
	for _, e := range ws["object_kinds"] {
		if len(e) < 2 || !measureKinds[e[0]] {
			panic("extract: dict/quantity_words.txt: [object_kinds] wants \"kind ending...\" with a known kind")
		}
		for _, ending := range e[1:] {
			w.objectKinds = append(w.objectKinds, [2]string{ending, e[0]})
		}
	}
	sort.SliceStable(w.objectKinds, func(i, j int) bool {
		return utf8.RuneCountInString(w.objectKinds[i][0]) > utf8.RuneCountInString(w.objectKinds[j][0])
	})
	for _, e := range ws["name_quotes"] {
		if len(e) != 2 || utf8.RuneCountInString(e[0]) != 1 || utf8.RuneCountInString(e[1]) != 1 {
			panic("extract: dict/quantity_words.txt: [name_quotes] wants \"open close\", one rune each")
		}
		op, _ := utf8.DecodeRuneInString(e[0])
		cl, _ := utf8.DecodeRuneInString(e[1])
		w.nameQuotes[op] = cl
	}
	for _, e := range ws["approx_before"] {
		w.approxBefore = append(w.approxBefore, e[0])
		if len(e) > 1 {
			w.notApprox[e[0]] = strings.Join(e[1:], "")
		}
	}
	w.approxBefore = longestFirst(w.approxBefore)
	w.approxDespite = ws.words("approx_despite")
	for _, e := range ws["object_before"] {
		n := 0
		if len(e) > 1 {
			fmt.Sscan(e[1], &n)
		}
		if n <= 0 {
			panic("extract: dict/quantity_words.txt: [object_before] " + e[0] + " needs a rune count")
		}
		w.objectBefore = append(w.objectBefore, struct {
			suffix string
			runes  int
		}{e[0], n})
	}
	for _, e := range ws["vague_before"] {
		w.vagueBefore = append(w.vagueBefore, e[0])
	}
	w.vagueBefore = longestFirst(w.vagueBefore)
	for _, idiom := range longestFirst(ws.words("idioms")) {
		r, _ := utf8.DecodeRuneInString(idiom)
		w.idiomsByRune[r] = append(w.idiomsByRune[r], idiom)
		w.idiomFirst.add(r)
	}
	w.maskSet = runeSetOf(w.masks)
	w.scanStarts = scanStartRunes(w)
	return w
}

// scanStartRunes are the runes at which the numeric scan finds a token:
// the first runes of the idioms, the masks, 《 (a document title), 名 and
// 位 (a bare measure word), and every rune numeralClass takes for a
// numeral in some context (asked with a multiplier on either side, the
// context 数 and 参 need). At any other rune every test of the scan
// answers no, so the scan steps over it with one look-up.
func scanStartRunes(w *quantityWords) runeSet {
	var s runeSet
	for r := rune(0); r < 0x10000; r++ {
		if w.idiomFirst.has(r) || w.maskSet.has(r) || numeralClass([]rune{'拾', r, '万'}, 1) != runNone {
			s.add(r)
		}
	}
	for r := range w.idiomFirst.rest {
		s.add(r)
	}
	for r := range w.maskSet.rest {
		s.add(r)
	}
	for _, m := range w.maskWords {
		r, _ := utf8.DecodeRuneInString(m)
		s.add(r)
	}
	for _, r := range "《名位" {
		s.add(r)
	}
	return s
}

// moneyWords are the lists of dict/money_words.txt.
type moneyWords struct {
	yuanAfter      []string
	yuanBefore     []string
	foreignBefore  []string
	yuanNotNext    string
	yuanNameNext   string // 里, 路: after a number in Chinese numerals and 元, a name
	fraction       map[rune]float64
	perBefore      map[string]string // 人均 → 人; 每 → * (the unit after it)
	perBeforeWords []string          // the keys of perBefore, longest first
	perUnits       []string          // units after 每, longest first: 人次, 人, 月
	perUnitNames   map[string]string // 位 → 人: the name per gives a unit
	perAfter       []string
	perAfterUnit   map[string]string
	clauseBreaks   string
	oneYuanWords   []string        // 块钱, 元钱: after a lone 一 they are one yuan
	perStops       []string        // 共计: a total between a per word and the amount
	perPeriods     map[string]bool // 年, 月: the periods a total cancels
	perRates       map[string]bool // 月发放: rate words a total does not cancel
}

func loadMoneyWords() *moneyWords {
	ws := mustWordSections("money_words.txt", "yuan_after", "yuan_before", "foreign_before",
		"yuan_not_next", "yuan_name_next", "fraction", "per_before", "per_after", "clause_breaks", "per_units", "one_yuan_words", "per_stops", "per_periods", "per_rates", "per_unit_names")
	w := &moneyWords{
		yuanAfter:     longestFirst(ws.words("yuan_after")),
		yuanBefore:    longestFirst(ws.words("yuan_before")),
		foreignBefore: longestFirst(ws.words("foreign_before")),
		yuanNotNext:   ws.runes("yuan_not_next"),
		yuanNameNext:  ws.runes("yuan_name_next"),
		fraction:      map[rune]float64{},
		perBefore:     ws.pairs("per_before"),
		perUnits:      longestFirst(ws.words("per_units")),
		perUnitNames:  ws.pairs("per_unit_names"),
		perAfterUnit:  ws.pairs("per_after"),
		clauseBreaks:  ws.runes("clause_breaks"),
		oneYuanWords:  ws.words("one_yuan_words"),
		perStops:      ws.words("per_stops"),
		perPeriods:    ws.set("per_periods"),
		perRates:      ws.set("per_rates"),
	}
	for _, e := range ws["fraction"] {
		var f float64
		r, _ := utf8.DecodeRuneInString(e[0])
		if len(e) < 2 || utf8.RuneCountInString(e[0]) != 1 {
			panic("extract: dict/money_words.txt: [fraction] wants \"rune value\"")
		}
		fmt.Sscan(e[1], &f)
		w.fraction[r] = f
	}
	for _, e := range ws["per_after"] {
		w.perAfter = append(w.perAfter, e[0])
	}
	for k := range w.perBefore {
		w.perBeforeWords = append(w.perBeforeWords, k)
	}
	sort.Strings(w.perBeforeWords)
	w.perBeforeWords = longestFirst(w.perBeforeWords)
	w.perAfter = longestFirst(w.perAfter)
	return w
}

// dateWords are the lists of dict/date_words.txt.
type dateWords struct {
	monthParts [][]string // word, part
	yearParts  [][]string
	// notYearParts begin like a year part but are none (20年初心).
	notYearParts    []string
	separators      []string
	recurringBefore []string
	// lunarBefore are words before a month of the lunar calendar (农历);
	// lunarMonths name its months (腊月 → 12).
	lunarBefore  []string
	lunarMonths  map[string]int
	dayNotAfter  []string
	dayNameDots  string
	namedPeriods []string
	// periodsByFirst files namedPeriods by first character, each list in
	// their order; nil when a name is empty (it starts everywhere).
	periodsByFirst map[rune][]string
	periodFirst    runeSet // the keys of periodsByFirst, asked at every character
	periodSuffixes []string
	rocYearAfter   []string
	rocYearBefore  []string
	// shortYearNotAfter and shortYearNotBefore are words before a
	// two-digit year and after its 年 that make it a duration (近30年来).
	shortYearNotAfter  []string
	shortYearNotBefore []string
	// shortYearFrom are words right before a two-digit year that make it
	// a point a time starts from (自19年).
	shortYearFrom []string
	// weekdays are written in parentheses after a day (3月5日（周五）).
	weekdays []string
	// listJoins join the last items of a list (6月和12月).
	listJoins []string
	// dayRangeBefore are words before a range of days that make it dates.
	dayRangeBefore []string
	// nextYear are words after a range separator that put the month after
	// them in the year after the start's (2023年11月至次年1月).
	nextYear []string
}

func loadDateWords() *dateWords {
	ws := mustWordSections("date_words.txt", "month_parts", "year_parts", "range_separators",
		"recurring_before", "lunar_before", "lunar_months", "day_not_after", "day_name_dots", "named_periods", "period_suffixes",
		"roc_year_after", "roc_year_before", "not_year_parts", "short_year_not_after", "short_year_not_before", "short_year_from", "weekdays", "list_joins", "day_range_before", "next_year")
	byLength := func(es [][]string) [][]string {
		out := append([][]string(nil), es...)
		sort.SliceStable(out, func(i, j int) bool {
			return utf8.RuneCountInString(out[i][0]) > utf8.RuneCountInString(out[j][0])
		})
		for _, e := range out {
			if len(e) != 2 {
				panic("extract: dict/date_words.txt: a part wants \"word part\"")
			}
		}
		return out
	}
	namedPeriods := longestFirst(ws.words("named_periods"))
	periodsByFirst := map[rune][]string{}
	for _, w := range namedPeriods {
		if w == "" {
			periodsByFirst = nil
			break
		}
		c, _ := utf8.DecodeRuneInString(w)
		periodsByFirst[c] = append(periodsByFirst[c], w)
	}
	lunarMonths := map[string]int{}
	for w, n := range ws.pairs("lunar_months") {
		m, err := strconv.Atoi(n)
		if err != nil || m < 1 || m > 12 {
			panic("extract: dict/date_words.txt: [lunar_months] wants \"word month\"")
		}
		lunarMonths[w] = m
	}
	var periodFirst runeSet
	for c := range periodsByFirst {
		periodFirst.add(c)
	}
	return &dateWords{
		periodsByFirst:     periodsByFirst,
		periodFirst:        periodFirst,
		monthParts:         byLength(ws["month_parts"]),
		yearParts:          byLength(ws["year_parts"]),
		separators:         longestFirst(ws.words("range_separators")),
		recurringBefore:    longestFirst(ws.words("recurring_before")),
		lunarBefore:        longestFirst(ws.words("lunar_before")),
		lunarMonths:        lunarMonths,
		dayNotAfter:        longestFirst(ws.words("day_not_after")),
		dayNameDots:        ws.runes("day_name_dots"),
		namedPeriods:       namedPeriods,
		periodSuffixes:     longestFirst(ws.words("period_suffixes")),
		rocYearAfter:       longestFirst(ws.words("roc_year_after")),
		rocYearBefore:      longestFirst(ws.words("roc_year_before")),
		notYearParts:       ws.words("not_year_parts"),
		shortYearNotAfter:  longestFirst(ws.words("short_year_not_after")),
		shortYearNotBefore: longestFirst(ws.words("short_year_not_before")),
		shortYearFrom:      longestFirst(ws.words("short_year_from")),
		weekdays:           longestFirst(ws.words("weekdays")),
		listJoins:          ws.words("list_joins"),
		dayRangeBefore:     longestFirst(ws.words("day_range_before")),
		nextYear:           longestFirst(ws.words("next_year")),
	}
}

// numberWords are the word lists that steer the numeric parsers
// (quantities, money, dates): data of dict/, loaded by New and held by the
// Extractor, never read from a global by the parsers.
type numberWords struct {
	q *quantityWords
	m *moneyWords
	d *dateWords
}

// loadNumberWords reads the three word-list files of dict/; a file that
// does not parse is an error naming it.
func loadNumberWords() (nw *numberWords, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return &numberWords{q: loadQuantityWords(), m: loadMoneyWords(), d: loadDateWords()}, nil
}

// defaultNumberWords are the lists of dict/ as the process loaded them.
var defaultNumberWords = sync.OnceValues(loadNumberWords)

// parseNumber reads one number.
func parseNumber(s string, out *float64) bool {
	_, err := fmt.Sscan(s, out)
	return err == nil
}

// parseYears reads the two years of a range, first and last.
func parseYears(e []string, out *[2]float64) bool {
	for k := range out {
		if _, err := fmt.Sscan(e[k], &out[k]); err != nil {
			return false
		}
	}
	return out[0] <= out[1]
}

// runeSet tells whether a rune is in a set by index, not by hash or by
// scanning a string: for the tests made at every rune of a document. The
// zero value is the empty set.
type runeSet struct {
	bmp  []uint64 // bit r: r of the Basic Multilingual Plane is in the set
	rest map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		if s.bmp == nil {
			s.bmp = make([]uint64, 0x10000/64)
		}
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.rest == nil {
		s.rest = map[rune]bool{}
	}
	s.rest[r] = true
}

// runeSetOf is the set of the runes of chars.
func runeSetOf(chars string) runeSet {
	var s runeSet
	for _, r := range chars {
		s.add(r)
	}
	return s
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp != nil && s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.rest[r]
}
