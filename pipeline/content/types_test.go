package content

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// toks makes tokens from space-separated folded words; a word may carry
// its part of speech as word/pos (n by default).
func toks(s string) []segment.Token {
	var out []segment.Token
	at := 0
	for _, w := range strings.Fields(s) {
		pos := "n"
		if i := strings.LastIndexByte(w, '/'); i > 0 {
			w, pos = w[:i], w[i+1:]
		}
		out = append(out, segment.Token{Text: w, Folded: w, POS: pos, Offset: at})
		at += len([]rune(w))
	}
	return out
}

// loadRule loads one [[type]] table written in TOML.
func loadRule(t *testing.T, body string) *Rules {
	t.Helper()
	r, err := LoadRules(strings.NewReader("[[type]]\nid = \"t\"\nlabel = \"T\"\n" + body))
	if err != nil {
		t.Fatalf("LoadRules(%q): %v", body, err)
	}
	return r
}

func TestRuleMatch(t *testing.T) {
	rule := Rule{ID: "t", Label: "T", Any: []string{"老人", "空巢老人", "打扫卫生"}, Min: 1}
	rule.compile()
	tests := []struct {
		words string
		hits  int
		found string
		at    string // each hit as offset+length
	}{
		{"看望 老人", 1, "老人", "2+2"},
		{"空巢老人 和 老人", 2, "空巢老人 老人", "0+4 5+2"},
		{"打扫 卫生", 1, "打扫卫生", "0+4"},                 // a phrase over two words
		{"打扫卫生 老人 老人", 3, "打扫卫生 老人", "0+4 4+2 6+2"}, // distinct words once, every hit placed
		{"老人们", 0, "", ""},                          // not a whole word
		{"打扫 卫生间", 0, "", ""},                       // a phrase must end on a word boundary
		{"", 0, "", ""},
	}
	for _, tt := range tests {
		h := rule.match(toks(tt.words))
		n, words, at := h.n, h.words, h.at
		var places []string
		for _, e := range at {
			places = append(places, strconv.Itoa(e.Offset)+"+"+strconv.Itoa(e.Length))
		}
		if n != tt.hits || strings.Join(words, " ") != tt.found || strings.Join(places, " ") != tt.at {
			t.Errorf("match(%q) = %d %v %v, want %d %q %q", tt.words, n, words, places, tt.hits, tt.found, tt.at)
		}
	}
}

func TestRuleMatchPlacesNearAtFirstWord(t *testing.T) {
	rules := loadRule(t, `near = ["上门 理发"]`)
	got := rules.Code(toks("为 老人 上门 免费 理发"))
	if len(got) != 1 || len(got[0].At) != 1 {
		t.Fatalf("Code = %+v, want one near hit", got)
	}
	if e := got[0].At[0]; e.Word != "上门~理发" || e.Offset != 3 || e.Length != 2 {
		t.Errorf("near hit at %+v, want 上门~理发 at 3+2", e)
	}
}

// TestRuleOperators runs each operator of the rule language on short
// texts: whether the type is coded, its hits and its evidence words.
func TestRuleOperators(t *testing.T) {
	tests := []struct {
		name, rule, text string
		hits             int // 0: not coded
		evidence         string
	}{
		{"any word", `any = ["慰问"]`, "走访 慰问 居民", 1, "慰问"},
		{"any phrase", `any = ["宣传材料"]`, "发放 宣传 材料", 1, "宣传材料"},
		{"any traditional rule word", `any = ["慰問"]`, "慰问", 1, "慰问"},
		{"words single token", `words = ["宣传"]`, "宣传 材料", 1, "宣传"},
		{"words not across tokens", `words = ["宣传材料"]`, "宣传 材料", 0, ""},
		{"words with pos", `words = ["宣传/v"]`, "宣传/v 工作/vn 宣传/n", 1, "宣传"},
		{"words with pos prefix", `words = ["宣传/v"]`, "宣传/vn", 1, "宣传"},
		{"suffix pattern", `words = ["*会议"]`, "召开 筹备会议 和 会议", 2, "筹备会议 会议"},
		{"suffix pattern whole word only", `words = ["*会议"]`, "会议室", 0, ""},
		{"phrases with spaces", `phrases = ["打扫 卫生"]`, "打扫 卫生", 1, "打扫卫生"},
		{"all present", `all = ["老人", "理发"]`, "为 老人 理发", 2, "老人 理发"},
		{"all missing one", `all = ["老人", "理发"]`, "为 老人 服务", 0, ""},
		{"all gates any", "any = [\"慰问\"]\nall = [\"老人\"]", "慰问 居民", 0, ""},
		{"all and any", "any = [\"慰问\"]\nall = [\"老人\"]", "慰问 老人", 2, "慰问 老人"},
		{"not vetoes", "any = [\"比赛\"]\nnot = [\"考试\"]", "比赛 考试", 0, ""},
		{"not absent", "any = [\"比赛\"]\nnot = [\"考试\"]", "比赛 结束", 1, "比赛"},
		{"near adjacent", `near = ["发放 物资"]`, "发放 物资", 1, "发放~物资"},
		{"near either order", `near = ["发放 物资"]`, "物资 已 发放", 1, "发放~物资"},
		{"near within default 5", `near = ["发放 物资"]`, "发放 了 一 批 新 的 物资", 1, "发放~物资"},
		{"near too far", `near = ["发放 物资"]`, "发放 a b c d e f 物资", 0, ""},
		{"near within 1", "near = [\"发放 物资\"]\nwithin = 1", "发放 了 物资", 1, "发放~物资"},
		{"near within 1 too far", "near = [\"发放 物资\"]\nwithin = 1", "发放 了 新 物资", 0, ""},
		{"near three terms", `near = ["走访 慰问 老人"]`, "走访 并 慰问 老人", 1, "走访~慰问~老人"},
		{"unless vetoes the word before", "words = [\"资助\", \"捐款\"]\nunless = [\"资助 由 基金\"]", "由 区 基金 资助 ， 捐款", 1, "捐款"},
		{"unless vetoes the word after", "words = [\"资助\"]\nunless = [\"资助 机构\"]", "向 资助 机构 报告", 0, ""},
		{"unless within default 5 runes", "words = [\"资助\"]\nunless = [\"资助 由\"]", "由 某某 慈善会 资助", 0, ""},
		{"unless too far", "words = [\"资助\"]\nunless = [\"资助 由\"]", "由 某某 市 慈善会 资助", 1, "资助"},
		{"unless within 6", "words = [\"资助\"]\nunless = [\"资助 由\"]\nunless_within = 6", "由 某某 市 慈善会 资助", 0, ""},
		{"unless not across a sentence", "words = [\"资助\"]\nunless = [\"资助 由\"]", "由 此 。 资助 学生", 1, "资助"},
		{"unless other hits kept", "words = [\"资助\"]\nunless = [\"资助 由\"]", "由 基金 资助 ， 又 资助 学生 十 名", 1, "资助"},
		{"min not reached", "any = [\"老人\"]\nmin = 2", "老人", 0, ""},
		{"min reached", "any = [\"老人\"]\nmin = 2", "老人 老人", 2, "老人"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadRule(t, tt.rule).Code(toks(tt.text))
			hits, evidence := 0, ""
			if len(got) == 1 {
				hits, evidence = got[0].Hits, strings.Join(got[0].Words, " ")
			}
			if hits != tt.hits || evidence != tt.evidence {
				t.Errorf("%s on %q: hits %d %q, want %d %q", tt.rule, tt.text, hits, evidence, tt.hits, tt.evidence)
			}
		})
	}
}

func TestCodeMinHits(t *testing.T) {
	rules := &Rules{Types: []Rule{
		{ID: "visit", Label: "走访慰问", Any: []string{"走访"}, Min: 2},
		{ID: "safety", Label: "治安巡逻", Any: []string{"巡逻"}, Min: 1},
	}}
	got := rules.Code(toks("走访 巡逻 居民"))
	if len(got) != 1 || got[0].ID != "safety" || got[0].Hits != 1 || got[0].Label != "治安巡逻" {
		t.Errorf("Code = %+v, want only safety", got)
	}
	got = rules.Code(toks("走访 走访"))
	if len(got) != 1 || got[0].ID != "visit" || got[0].Hits != 2 {
		t.Errorf("Code = %+v, want visit with 2 hits", got)
	}
}

func TestLoadRules(t *testing.T) {
	good := "[[type]]\nid = \"a\"\nlabel = \"A\"\nany = [\"词\"]\n"
	r, err := LoadRules(strings.NewReader(good))
	if err != nil || len(r.Types) != 1 || r.Types[0].Min != 1 {
		t.Fatalf("LoadRules(good) = %+v, %v", r, err)
	}
	bad := map[string]string{
		"missing id":   "[[type]]\nlabel = \"A\"\nany = [\"词\"]\n",
		"duplicate id": good + good,
		"no words":     "[[type]]\nid = \"a\"\nlabel = \"A\"\n",
		"unknown key":  good + "colour = \"red\"\n",
		"syntax":       "[[type]\n",
	}
	for name, src := range bad {
		if _, err := LoadRules(strings.NewReader(src)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestCheckRulesMessages checks that every problem is reported, each
// with its line, in line order.
func TestCheckRulesMessages(t *testing.T) {
	src := `# rules
[[type]]
id = "a"
label = "A"
any = ["词"]
colour = "red"

[[type]]
id = "a"
label = "B"
any = ["词", "词"]

[[type]]
label = "C"
any = ["词"]

[[type]]
id = "d"
label = "D"
not = ["词"]
min = -1

[[type]]
id = "e"
label = "E"
words = ["宣传 材料/n", "x/V"]
near = ["孤单"]
within = 3
weak = ["宣传", "x/V"]
unless = ["资助", "捐款 由"]
unless_within = -1

[extra]
`
	_, problems := CheckRules([]byte(src), nil)
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	want := []string{
		`line 6: error: unknown key "colour"`,
		`line 9: error: type a: duplicate id (first at line 3)`,
		`line 11: warning: type a: any: "词" is listed twice`,
		`line 13: error: type #3: missing id`,
		`line 17: error: type d: empty rule`,
		`line 21: error: type d: min must not be negative`,
		`line 26: error: type e: words: "宣传 材料/n": a part of speech applies to one word`,
		`line 26: error: type e: words: "x/V": part of speech`,
		`line 27: error: type e: near: "孤单" needs two or more`,
		`line 29: error: type e: weak: "宣传" is not a word or phrase of the type`,
		`line 29: error: type e: weak: "x/V" is not a word or phrase of the type`,
		`line 30: error: type e: unless: "资助" needs two or more`,
		`line 30: error: type e: unless: "捐款" is not a word or phrase of the type`,
		`line 31: error: type e: unless_within must not be negative`,
		`line 33: error: unknown key "extra"`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d = %s\nwant prefix     %s", i, got[i], want[i])
		}
	}
}

// TestCheckRulesSalience checks the [salience] table: its keys, values
// that must not be negative, and the embedded table for a file without
// one.
func TestCheckRulesSalience(t *testing.T) {
	rule := "\n[[type]]\nid = \"a\"\nlabel = \"A\"\nwords = [\"词\"]\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"complete", "[salience]\nshare = 1\nitems = 0\ntitle = 0.5\nhead = 0.2\nheading = 0.1\nabout = 0.05\n" + rule, nil},
		{"unknown key", "[salience]\nshare = 1\ncolour = 2\n" + rule,
			[]string{`line 3: error: unknown key "colour" ([salience] takes share people items title head heading first lone passing key key_words overviews weak title_notes topic serving list_marks for_marks for_not_after into_marks count_units count_about count_parts gifts openings organisation organisations reports periods object about)`}},
		{"negative", "[salience]\nshare = 1\nabout = -0.1\n" + rule,
			[]string{`line 3: error: salience: about must be a number ≥ 0, not -0.1`}},
		{"an empty key word", "[salience]\nshare = 1\nkey_words = [\"重点\", \" \"]\n" + rule,
			[]string{`line 3: error: salience: key_words: an empty word is written everywhere`}},
		{"none", rule, nil},
	}
	for _, tt := range tests {
		rules, problems := CheckRules([]byte(tt.src), nil)
		var got []string
		for _, p := range problems {
			got = append(got, p.Error())
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: problems\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
		if tt.name == "none" && (rules == nil || !reflect.DeepEqual(rules.Salience, defaultSalience())) {
			t.Errorf("a file without [salience] gets %+v, want the embedded %+v", rules, defaultSalience())
		}
	}
	// a hit of a type of people weighs as any other unless the table
	// says otherwise
	for src, want := range map[string]float64{"[salience]\nshare = 1\n": 1, "[salience]\nshare = 1\npeople = 0.5\n": 0.5, "[salience]\npeople = 0\n": 0} {
		if rules, _ := CheckRules([]byte(src+rule), nil); rules == nil || rules.Salience.People != want {
			t.Errorf("%q: people = %+v, want %v", src, rules, want)
		}
	}
	// about may be 0 when a judge that takes salience off (lone,
	// passing, weak) sets the bar; with none, every coded type would be
	// about
	if s := DefaultRules().Salience; s.Share == 0 || s.About == 0 && s.Lone == 0 && s.Passing == 0 && s.Weak == 0 {
		t.Errorf("dict/rules.toml salience = %+v: share unset, or neither about nor a judge that takes salience off", s)
	}
}

func TestCheckRulesParseError(t *testing.T) {
	_, problems := CheckRules([]byte("[[type]]\nid = \"a\"\nlabel = \n"), nil)
	if len(problems) != 1 || problems[0].Line != 3 || problems[0].Warning {
		t.Errorf("problems = %v, want one error on line 3", problems)
	}
}

// TestCheckRulesSegmenter checks the problems only gse can tell: a word
// that is not one gse word, and a part of speech gse never gives.
func TestCheckRulesSegmenter(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	src := `[[type]]
id = "a"
label = "A"
any = ["知识问答"]
words = ["知识问答", "志愿者/v", "志愿者/n"]
phrases = ["知识问答"]
`
	_, problems := CheckRules([]byte(src), seg)
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{
		`line 4: warning: type a: any: "知识问答" is not one gse word (知识 + 问答)`,
		`line 5: error: type a: words: "知识问答" is not one gse word (gse cuts it 知识 + 问答)`,
		`line 5: error: type a: words: gse tags "志愿者" as n, never v`,
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %s\nin:\n%s", want, joined)
		}
	}
	if len(got) != 3 {
		t.Errorf("got %d problems, want 3:\n%s", len(got), joined)
	}
}

// TestDefaultRulesCheckClean keeps the embedded rules free of problems,
// warnings included, under the segmenter the pipeline uses.
func TestDefaultRulesCheckClean(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	_, problems := CheckRules(dict.File("rules.toml"), seg)
	for _, p := range problems {
		t.Errorf("dict/rules.toml: %v", p)
	}
}

// TestDefaultRulesWords codes short sentences with the embedded rules:
// the word gaps real pages showed (心理疏导 is health care; bringing rice
// and oil to a home is a visit) and the words added with them.
func TestDefaultRulesWords(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := DefaultRules()
	tests := []struct {
		text     string
		has, not string // a type coded, a type not coded ("" for none)
	}{
		{"社工为受灾居民开展心理疏导。", "health", ""},
		{"社工每周为他提供心理辅导。", "health", ""},
		{"志愿者为独居老人送去大米、食用油。", "visit", ""},
		{"党员们给困难户送米送油。", "visit", ""},
		{"营员们来到××敬老院表演节目。", "visit", ""},
		{"志愿者走进养老院陪老人聊天。", "visit", ""},
		{"为3户低收入家庭申请补助。", "disability_aid", ""},
		{"联合残联开展康复训练12场。", "health", ""},
		{"为老人提供健康监测服务。", "health", ""},
		{"清理楼道杂物约2吨。", "environment", ""},
		// round 9: the trainees of a course (学员), the winter
		// campaign of gifts (送温暖), giving blood in Hong Kong and
		// Taiwan (捐血)
		{"今年共有120名市民到場捐血。", "health", ""},
		{"本期課程錄取學員40人。", "training_exam", ""},
		{"街道开展冬季送温暖活动。", "donation", ""},
		// plans: the next quarter, 计划 before the verb of an activity
		{"下季度，实践站计划开设摄影培训班。", "", "training_exam"},
		{"计划举办一场文艺晚会。", "", "culture_sports"},
		{"按计划举办了技能培训。", "training_exam", ""},
		// a list of what a training covered names topics, not activities
		{"培训内容涵盖老年社会工作和儿童保护。", "", "elderly"},
		{"培训内容涵盖老年社会工作和儿童保护。", "", "youth"},
		// a door-to-door leaflet is not a visit
		{"社工上门发放宣传折页。", "publicity", "visit"},
		// round 11: a course and its teaching (课程, 授课, 教学),
		// service-learning (服务学习), a river patrol (巡河)
		{"長者智能手機課程共開設8節。", "training_exam", ""},
		{"老师每周授课两次。", "training_exam", ""},
		{"中四学生参加服务学习计划。", "volunteer", ""},
		{"护河队员每周巡河两次。", "environment", ""},
		// round 20: 安全教育 and 安全知识 of national security (国家安全)
		// are no safety; of fire or traffic they are
		{"社区开展国家安全教育进校园活动。", "", "safety"},
		{"社區推送國家安全知識10期。", "", "safety"},
		{"社区开展消防安全教育进校园活动。", "safety", ""},
		// round 13: teaching at a village school (支教), a children's
		// summer care class (暑托班), a neighbours' get-together (同乐)
		{"大学生暑期赴山区小学支教两周。", "youth", ""},
		{"社區暑託班共招收學員40名。", "youth", ""},
		{"鄰里同樂日吸引居民200人參加。", "culture_sports", ""},
		// drug prevention (禁毒) is taught: publicity, and safety
		{"禁毒社工走进辖区中学。", "publicity", ""},
		{"禁毒社工走进辖区中学。", "safety", ""},
		// round 14: a fee waived (减免) and a gift presented (致赠,
		// Taiwan) are giving; first aid (急救) is a skill taught or an
		// emergency met, not health care
		{"为困难老人减免学费。", "donation", ""},
		{"節前前往長者家中致贈禮品。", "donation", ""},
		{"紅十字會開展應急救護培訓，教授急救技能。", "training_exam", "health"},
		// a survey of residents' views (征询, 征求意见) is publicity,
		// as door-to-door surveys are (docs/annotation.md)
		{"网格员入户征询居民意见。", "publicity", ""},
		{"社區逐戶發放徵求意見表。", "publicity", ""},
		// assistive devices handed out or fitted are given; lent, not
		{"残联集中发放轮椅50辆。", "donation", ""},
		{"為聽障長者適配助聽器十台。", "donation", ""},
		{"服务台全年出借轮椅300次。", "", "donation"},
		// a project's own funder (由…资助, 获…基金资助, 资助机构) gives
		// residents nothing; students subsidised are given
		{"本项目由区慈善会资助。", "", "donation"},
		{"本中心獲公益基金資助，舉辦講座。", "", "donation"},
		{"年底向資助機構提交報告。", "", "donation"},
		{"为十名困难学生发放资助。", "donation", ""},
		{"為清貧學生提供資助。", "donation", ""},
		// round 15: people in hardship named by who they are (困难职工,
		// 困难妇女) are aided as 困难家庭 are
		{"工会走访困难职工12户。", "disability_aid", ""},
		{"婦聯慰問困難婦女30名。", "disability_aid", ""},
		{"帮扶就业困难人员实现就业。", "disability_aid", ""},
		// round 15: trainees attending (参训) and skills upgraded
		// (技能提升) are a training
		{"本期參訓志工64人。", "training_exam", ""},
		{"村里组织青年技能提升活动3场。", "training_exam", ""},
		// round 15: the party branch's round of meetings (三会一课)
		{"各支部严格落实“三会一课”制度。", "meeting", ""},
		// round 15: an event's rehearsal on its ground (实地演练) is no
		// drill; an evacuation drill is
		{"开幕前两天，志愿者到场馆进行实地演练。", "", "safety"},
		{"賽前一週進行全流程現場演練1次。", "", "safety"},
		{"养老院开展消防应急疏散演练。", "safety", ""},
		// round 15: a venue or a kind of organisation (文体中心,
		// 文体类) holds no event; 文体 done is one
		{"招聘会设在镇文体中心。", "", "culture_sports"},
		{"孵化基地共有文體類社團2家。", "", "culture_sports"},
		{"社区在活动中心开展文体与健康活动。", "culture_sports", ""},
		// round 15: supplies stocked or replenished (物资储备, 物资补充)
		// are given to no one; supplies handed out are
		{"防汛物资储备充足。", "", "donation"},
		// round 34: an allowance paid to the project's own people
		// (its volunteers, grid workers, staff) is their pay, no gift;
		// paid to those served it is one, and so is a grant named a
		// clause after its funder no more
		{"村里为每名志愿者每月发放交通补贴50元。", "", "donation"},
		{"本季度为在岗网格员发放绩效补贴。", "", "donation"},
		{"对参加辅助就业的学员，每月发放交通补贴100元。", "donation", ""},
		{"资助方：区福彩公益金，资助金额6万元。", "", "donation"},
		{"午后各服务点物资补充及时。", "", "donation"},
		{"向困难家庭发放物资50份。", "donation", ""},
		// round 16: gse cuts 专题讲座 and 知识讲座 as one word each
		{"社区举办了一场“阅读与生活”专题讲座。", "publicity", ""},
		{"举办垃圾分类知识讲座9场。", "publicity", ""},
		// round 16: dementia (认知症, Hong Kong 认知障碍, Taiwan 失智)
		// is the elderly's
		{"为60岁以上居民开展认知症筛查。", "elderly", ""},
		{"全年舉辦認知障礙症照顧講座9場。", "elderly", ""},
		{"據點辦理失智預防講座6場。", "elderly", ""},
		// round 17: a lesson taught (讲授), a children's short class
		// (小课堂) and a class meeting (班会) are publicity
		{"民警为学生讲授交通规则。", "publicity", ""},
		{"社工開設暑期安全小課堂4節。", "publicity", ""},
		{"各班召开垃圾分类主题班会。", "publicity", ""},
		// round 17: 安全 and 网格, too general for the body, code nothing
		// there (they name safety in a title: dict/rules.toml titles)
		{"活动安全有序，网格员到场协助。", "", "safety"},
		// round 18: a post guarding pupils on their way to and from
		// school (护学岗) is road safety
		{"家长志愿者早晚到校门口参加护学岗执勤。", "safety", ""},
		{"本學期共設護學崗4處。", "safety", ""},
		// round 19: a neighbours' festival (邻里节), a street feast
		// (百家宴) and stall games (摊位游戏) are get-togethers; teaching
		// children to guard against sexual abuse (防性侵) is safety
		{"小区第二届邻里节吸引居民300人。", "culture_sports", ""},
		{"鄰里節當天舉辦百家宴，擺桌40席。", "culture_sports", ""},
		{"现场设摊位游戏10个。", "culture_sports", ""},
		{"設遊戲攤位及健康測量。", "culture_sports", ""},
		{"社工为三年级学生开展防性侵教育。", "safety", ""},
		{"向家長發放防性侵指導手冊。", "safety", ""},
		// round 19: a gift bag (福袋) is giving
		{"中秋前为独居老人送上福袋60份。", "donation", ""},
		{"義工上門送出福袋180份。", "donation", ""},
		// round 19: school supplies brought (学习用品) are giving; a
		// quiz's prizes (学习用品奖品) are not
		{"为困难家庭的孩子送去学习用品。", "donation", ""},
		{"每名兒童獲發學習用品一套。", "donation", ""},
		{"答对者获得学习用品奖品。", "", "donation"},
		// round 19: a chore done at home (上门助浴, 上门维修, 上门打扫卫生,
		// respite care) is a visit
		{"志愿者每月为失能老人上门助浴。", "visit", ""},
		{"物業提供免費上門維修服務。", "visit", ""},
		{"社工每周上门打扫卫生一次。", "visit", ""},
		{"为照护者提供上门喘息服务。", "visit", ""},
		// round 19: a night patrol (巡守, Taiwan), disaster and typhoon
		// preparedness (防灾, 防台; Taiwan 防颱) are safety
		{"本會巡守隊全年出勤巡守1,095人次。", "safety", ""},
		{"社区巡守队每晚轮班。", "safety", ""},
		{"協助鄉公所辦理防災宣導。", "safety", ""},
		{"挨家挨戶發放防颱宣導單張。", "safety", ""},
		// round 19: 身心障碍 and 身障 are Taiwan's words for the disabled
		{"長期關注身心障礙者及其家庭。", "disability_aid", ""},
		{"協助身障學員製作手工皂。", "disability_aid", ""},
		// round 22: meals or gifts brought to the door (送餐上门,
		// 送粽上门, 送上门, 上门送福; Taiwan 送餐到府, 到府访视) and a
		// repair at home (上门检修) are a visit
		{"志愿者为高龄老人送粽上门。", "visit", ""},
		{"党员把月饼送上门。", "visit", ""},
		{"社工逐户上门送福。", "visit", ""},
		{"志工協助送餐到府。", "visit", ""},
		{"志工定期到府關懷長輩。", "visit", ""},
		{"電工上門檢修線路。", "visit", ""},
		{"社工上门发放宣传单。", "", "visit"},
		// round 22: drug users' rehabilitation (社区戒毒社区康复) is no
		// health care; a rehabilitation training is
		{"社区戒毒社区康复人员共3名。", "", "health"},
		{"與社區戒毒康復工作站合辦講座。", "", "health"},
		{"为残疾人开展康复训练。", "health", ""},
		// round 22: the groups a veterans' station looks after
		// (优抚对象) and veterans in hardship (困难退役军人) are aided
		{"春节前走访慰问重点优抚对象46户。", "disability_aid", ""},
		{"為困難退役軍人家庭每戶發放慰問金500元。", "disability_aid", ""},
		{"辖区退役军人共1024名。", "", "disability_aid"},
		// round 28: children and families in hardship named so (困境儿童,
		// 困境家庭) and children with autism (孤独症, 自闭症) are aided
		{"社工为辖区困境儿童建立成长档案。", "disability_aid", ""},
		{"每月探訪困境兒童及其家長。", "disability_aid", ""},
		{"为困境家庭子女开设周末课堂。", "disability_aid", ""},
		{"為困境家庭聯繫臨時救助。", "disability_aid", ""},
		{"带领孤独症儿童参加融合游戏。", "disability_aid", ""},
		{"為自閉症學童提供社交訓練。", "disability_aid", ""},
		{"小组讨论如何走出创业困境。", "", "disability_aid"},
		// round 22: devices fitted or replaced free in a home are given;
		// a paid installation is not
		{"为独居老人家庭免费安装烟感报警器。", "donation", ""},
		{"燃氣公司為困難戶免費更換波紋管。", "donation", ""},
		{"物业为小区安装充电桩。", "", "donation"},
		// round 23: fire prevention (防火) is safety
		{"护林员入冬前清理了防火通道。", "safety", ""},
		{"里辦公處發放冬季防火提醒單。", "safety", ""},
		// round 24: 摄影 labelling a photo's credit, which a caption keeps
		// at its end, is no photography done; a photography class is
		{"志愿者为老人剪发。（摄影／某某）", "", "culture_sports"},
		{"義工陪長者散步。攝影：某某", "", "culture_sports"},
		{"社区开设摄影兴趣班。", "culture_sports", ""},
		// round 24: drowning and sexual-abuse prevention taught to
		// children (防溺水, 防性侵) are publicity as well as safety
		{"暑假前给五年级孩子上防溺水课。", "publicity", ""},
		{"防溺水课上孩子们学会了自救。", "safety", ""},
		{"社工到幼兒園開展防性侵繪本課。", "publicity", ""},
		// round 24: making a place green and tidy (美化, Taiwan 绿美化)
		// is environment
		{"居民在楼前空地种花美化院落。", "environment", ""},
		{"志工認養公園角落進行綠美化。", "environment", ""},
		// round 24: chronic disease (慢性病, 慢病) is health
		{"家庭医生为辖区慢性病患者建立随访档案。", "health", ""},
		{"衛生站每月開展慢病隨訪一次。", "health", ""},
		// round 24: a Taiwan volunteer's special training (特殊训练) is
		// training_exam; a rehabilitation training is not
		{"新進志工完成特殊訓練六小時。", "training_exam", ""},
		{"为志愿者补办特殊训练一场。", "training_exam", ""},
		{"孩子们每周参加两次康复训练。", "", "training_exam"},
		// round 24: a class meeting (班会) is held for pupils: youth
		{"各班于周一召开安全主题班会。", "youth", ""},
		{"導師召開班會，講解垃圾分類。", "youth", ""},
		// round 25: a free service done for residents' convenience
		// (便民维修, 义修, 义剪, 义务理发) is volunteer service; a paid
		// repair is not
		{"技校师生走进小区开展便民维修。", "volunteer", ""},
		{"退休技師每週為街坊義修小家電。", "volunteer", ""},
		{"理发师每月为行动不便的老人义剪一次。", "volunteer", ""},
		{"社區理髮店逢週三義務理髮。", "volunteer", ""},
		{"物业为业主提供有偿维修。", "", "volunteer"},
		// round 27: a ban on burning straw or rubbish in the open (禁烧)
		// is fire prevention: safety
		{"各村与镇里签订秸秆禁烧责任书。", "safety", ""},
		{"里長廣播提醒鄰里田間禁燒稻草。", "safety", ""},
		// round 27: a repair in someone's home (家居维修) is done
		// there, as 上门维修 is: a visit; goods for the home are not
		{"退休电工每月为高龄独居户做家居维修。", "visit", ""},
		{"義工隊本季替雙老家庭完成家居維修二十宗。", "visit", ""},
		{"超市周末促销家居用品。", "", "visit"},
		// round 29: a points supermarket (积分超市), where villagers trade
		// the points their good deeds earned for goods, gives those goods:
		// donation; points scored in a game or a shop's loyalty card do not
		{"柳岸村积分超市本季开门六次，村民换走洗衣粉四十袋。", "donation", ""},
		{"里民憑服務時數到積分超市兌換毛巾與牙膏。", "donation", ""},
		{"趣味答题赛按积分高低排出名次。", "", "donation"},
		{"连锁超市会员消费满百元累计积分。", "", "donation"},
		// round 30: illegal fundraising (非法集资) is a fraud guarded
		// against, as 诈骗 is: safety; residents pooling money is not;
		// myopia (近视) checked or prevented is eye health: health
		{"民警为居民讲解防范非法集资的常见手法。", "safety", ""},
		{"里長提醒長輩慎防非法集資。", "safety", ""},
		{"居民集资修缮了凉亭。", "", "safety"},
		{"校医为一年级学生建立近视档案。", "health", ""},
		{"護理師講解近視的成因。", "health", ""},
		// round 30: fundraising (筹款, 籌款) is donation; funds of its own
		// (自筹款, cut 自筹 款) that paid for something are not
		{"義工團在街頭賣旗籌款。", "donation", ""},
		{"医院社工协助患者发起大病筹款。", "donation", ""},
		{"里办公处以自筹款购置手套。", "", "donation"},
		// round 30: mental health (精神卫生) is health
		{"社工陪同患者到精神卫生中心复诊。", "health", ""},
		{"舉辦世界精神衛生日講座。", "health", ""},
		// round 31: a follow-up file opened (随访档案) or a follow-up by
		// telephone (电话随访) is no visit paid; a follow-up at home is
		{"卫生室为筛查出的高风险居民建立随访档案。", "", "visit"},
		{"護士每兩週電話隨訪一次。", "", "visit"},
		{"家庭医生入户随访行动不便的签约居民。", "visit", ""},
		// round 31: a project's spending (总支出, cut as one word; 宣传 in
		// a cost, 费用) names no activity; publicity paid for and done is
		{"项目总支出12万元，其中培训与宣传1.5万元。", "", "publicity"},
		{"印刷及宣传费用约三千元。", "", "publicity"},
		{"其余为交通、餐饮和宣传等费用。", "", "publicity"},
		{"志愿者在广场开展防诈宣传，发放折页。", "publicity", ""},
		// round 32: 走访 as a survey (调研, 问卷, 摸底, 普查, 采集 …)
		// counts households or gathers facts, no visit of care; a visit
		// with gifts or comfort still is one
		{"调研组走访了五个村，召开座谈会两场。", "", "visit"},
		{"社工走访农户三十户，并发放调查问卷。", "", "visit"},
		{"網格員逐戶走訪摸底，登記空置房屋。", "", "visit"},
		{"普查员走访沿街商铺，采集单位信息。", "", "visit"},
		{"书记带队走访慰问辖区困难党员。", "visit", ""},
		{"志愿者走访独居老人，送去棉被。", "visit", ""},
		// round 32: a sentence of what will be done (将在: 下月将在楼道
		// 张贴海报, 年底前将在各村开展培训) reports no activity; one of
		// what was done still does (现将在…总结如下, a report's opening, is
		// skipped too: written in no document of 01–492)
		{"社区将在下月开展禁毒宣传活动。", "", "publicity"},
		{"中心將在年底前為長者開設手機培訓班。", "", "training_exam"},
		{"社区在楼道张贴了禁毒宣传海报。", "publicity", ""},
		// round 33: a festival's food made together (包粽子, 包饺子,
		// 包汤圆, 搓汤圆) and a long street banquet (长街宴) are a
		// festival's get-together; the food bought or handed out is not
		{"端午前夕，居民们在活动室一起包粽子。", "culture_sports", ""},
		{"冬至當天，志願者陪長者包餃子。", "culture_sports", ""},
		{"元宵节邻里围坐搓汤圆、包汤圆。", "culture_sports", ""},
		{"沿河摆开三十桌长街宴，街坊同席。", "culture_sports", ""},
		{"社区为环卫工人送去粽子和饺子。", "", "culture_sports"},
		// round 33: a hazard found or removed (隐患) is a safety check's
		{"物业入户检查，发现燃气隐患四十处。", "safety", ""},
		{"網格員逐戶排查，整改隱患十二處。", "safety", ""},
		{"物业入户检查燃气表读数。", "", "safety"},
	}
	for _, tt := range tests {
		coded := map[string]bool{}
		for _, h := range rules.Code(seg.CutText(tt.text, fold.ToSimplified(tt.text))) {
			coded[h.ID] = true
		}
		if tt.has != "" && !coded[tt.has] || tt.not != "" && coded[tt.not] {
			t.Errorf("%s: coded %v; want %q, not %q", tt.text, coded, tt.has, tt.not)
		}
	}
}

// TestDefaultRulesTitles: what a title names under the default rules,
// against the body's hits. A 三下乡 (college students' summer trip to the
// countryside) is youth, however many performances the body tells; a
// national-security education day (国家安全教育日) is publicity, not a
// safety campaign, while a fire-safety one is safety, and so is a
// fire-prevention one (防火).
func TestDefaultRulesTitles(t *testing.T) {
	tests := []struct {
		title string
		coded []TypeHit
		main  string
	}{
		{"某大学暑期三下乡实践队总结", []TypeHit{hit("culture_sports", 9), hit("youth", 9)}, "youth"},
		{"某大學暑期三下鄉實踐隊總結", []TypeHit{hit("culture_sports", 9), hit("youth", 9)}, "youth"},
		{"某大学暑期实践队总结", []TypeHit{hit("culture_sports", 9), hit("youth", 9)}, "culture_sports"},
		{"某社区国家安全教育日宣传活动总结", []TypeHit{hit("publicity", 11), hit("safety", 3)}, "publicity"},
		{"某社區國家安全教育日宣傳活動總結", []TypeHit{hit("publicity", 11), hit("safety", 3)}, "publicity"},
		{"某社区消防安全教育宣传月总结", []TypeHit{hit("publicity", 11), hit("safety", 3)}, "safety"},
		// round 23: a fire-prevention title (防火) names safety, however
		// much publicity its body tells
		{"某林场冬季防火工作总结", []TypeHit{hit("publicity", 3), hit("safety", 2)}, "safety"},
		{"某林場冬季防火工作總結", []TypeHit{hit("publicity", 3), hit("safety", 2)}, "safety"},
		// round 25: party members' 双报到 (serving where they live)
		// names volunteer service, however many patrols the body tells
		{"某街道在职党员双报到工作总结", []TypeHit{hit("safety", 6), hit("volunteer", 4)}, "volunteer"},
		{"某街道在職黨員雙報到工作總結", []TypeHit{hit("safety", 6), hit("volunteer", 4)}, "volunteer"},
		{"某街道在职党员工作总结", []TypeHit{hit("safety", 6), hit("volunteer", 4)}, "safety"},
		// round 30: a campaign against illegal fundraising (非法集资) or
		// myopia (近视) is typed by its topic, however much publicity
		// its body tells; a campaign with no such topic is publicity
		{"某社区防范非法集资宣传月活动总结", []TypeHit{hit("publicity", 11), hit("safety", 3)}, "safety"},
		{"某小学近视防控宣传教育月活动总结", []TypeHit{hit("publicity", 8), hit("health", 5)}, "health"},
		{"某小學近視防控宣導月活動總結", []TypeHit{hit("publicity", 8), hit("health", 5)}, "health"},
		{"某小学宪法宣传教育月活动总结", []TypeHit{hit("publicity", 8), hit("health", 5)}, "publicity"},
		// round 30: a flag day's fundraising (卖旗日筹款) is donation,
		// however many volunteers its body names
		{"某社會服務處賣旗日籌款活動報告", []TypeHit{hit("volunteer", 14), hit("donation", 5)}, "donation"},
		{"某社会服务处卖旗日活动报告", []TypeHit{hit("volunteer", 14), hit("donation", 5)}, "volunteer"},
		// round 30: a World Mental Health Day (精神卫生日) is health,
		// however many talks its body tells
		{"某医院世界精神卫生日系列活动总结", []TypeHit{hit("publicity", 8), hit("health", 5)}, "health"},
		{"某醫院世界精神衛生日系列活動總結", []TypeHit{hit("publicity", 8), hit("health", 5)}, "health"},
		{"某医院世界读书日系列活动总结", []TypeHit{hit("publicity", 8), hit("health", 5)}, "publicity"},
		// round 33: a title naming a festival's food made together
		// (包粽子) names the get-together, though its body tells more of
		// an anti-fraud talk; a title that names only the festival does not
		{"某社区端午包粽子活动", []TypeHit{hit("safety", 4), hit("culture_sports", 2)}, "culture_sports"},
		{"某社區端午包粽子活動", []TypeHit{hit("safety", 4), hit("culture_sports", 2)}, "culture_sports"},
		{"某社区端午活动", []TypeHit{hit("safety", 4), hit("culture_sports", 2)}, "safety"},
	}
	rules := DefaultRules()
	for _, tt := range tests {
		if _, _, main := rules.About(tt.coded, tt.title, "", nil); main != tt.main {
			t.Errorf("%s: main %s, want %s", tt.title, main, tt.main)
		}
	}
}

// TestDefaultRulesWeak: a word that alone names an aside more often than
// the activity. A course alone (a reading club's 阅读课程, a camp's 安全课程)
// is one class of a programme about something else, and a training with it
// is a training; a cleaner alone (保洁员 on a canteen's staff, 保洁 among a
// job fair's posts) is a job, and a clean-up with it is a clean-up.
func TestDefaultRulesWeak(t *testing.T) {
	tests := []struct {
		id    string
		words []string
		weak  bool
	}{
		{"training_exam", []string{"课程", "授课"}, true},
		{"training_exam", []string{"课程", "培训"}, false},
		{"environment", []string{"保洁"}, true},
		{"environment", []string{"保洁", "垃圾"}, false},
		// round 19: comfort given on a visit (心理疏导) is an aside; with
		// a free clinic it goes with health
		{"health", []string{"心理疏导"}, true},
		{"health", []string{"心理疏导", "义诊"}, false},
	}
	rules := DefaultRules()
	for _, tt := range tests {
		if got := rules.rule(tt.id).weakOnly(tt.words); got != tt.weak {
			t.Errorf("%s: weakOnly(%v) = %v, want %v", tt.id, tt.words, got, tt.weak)
		}
	}
}

// TestCheckRulesAsides: asides are words of the type, given with the
// type whose title makes them asides, which must be a type of the rules.
func TestCheckRulesAsides(t *testing.T) {
	rule := "[[type]]\nid = \"youth\"\nlabel = \"Y\"\nwords = [\"儿童\"]\n\n[[type]]\nid = \"t\"\nlabel = \"T\"\nwords = [\"学员\"]\n"
	tests := map[string]string{
		"asides = [\"学员\"]\nasides_under = \"youth\"\n": "",
		"asides = [\"课程\"]\nasides_under = \"youth\"\n": `type t: asides: "课程" is not a word or phrase of the type`,
		"asides = [\"学员\"]\n":                           "type t: asides and asides_under go together",
		"asides = [\"学员\"]\nasides_under = \"kids\"\n":  `type t: asides_under: no type "kids"`,
	}
	for keys, want := range tests {
		if got := problemMessages(rule + keys); got != want {
			t.Errorf("%q: problems %q, want %q", keys, got, want)
		}
	}
}

// problemMessages checks rules and joins the problems' messages with "; ".
func problemMessages(rules string) string {
	_, problems := CheckRules([]byte(rules), nil)
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Msg)
	}
	return strings.Join(msgs, "; ")
}

// TestCheckRulesPlaces: places are those of a type of people served,
// none empty.
func TestCheckRulesPlaces(t *testing.T) {
	tests := map[string]string{
		"people = true\nplaces = [\"小学\"]\n":                "",
		"places = [\"小学\"]\n":                               "type t: places are those of people served (people = true, not serves)",
		"people = true\nserves = true\nplaces = [\"小学\"]\n": "type t: places are those of people served (people = true, not serves)",
		"people = true\nplaces = [\"小学\", \" \"]\n":         "type t: places: an empty place is written everywhere",
	}
	for keys, want := range tests {
		if got := problemMessages("[[type]]\nid = \"t\"\nlabel = \"T\"\nwords = [\"学生\"]\n" + keys); got != want {
			t.Errorf("%q: problems %q, want %q", keys, got, want)
		}
	}
}

// TestCheckRulesWrongType: a value of the wrong type (a string for a
// list, a list for a string) is refused at its line, naming its key.
func TestCheckRulesWrongType(t *testing.T) {
	rule := "[[type]]\nid = \"youth\"\nlabel = \"Y\"\nwords = [\"儿童\"]\n\n[[type]]\nid = \"t\"\nlabel = \"T\"\nwords = [\"学员\"]\n"
	for _, tt := range []struct {
		keys, key string
		line      int
	}{
		{"asides = \"学员\"\nasides_under = \"youth\"\n", "type.asides", 10},
		{"asides = [\"学员\"]\nasides_under = [\"youth\"]\n", "type.asides_under", 11},
		{"asides = [1]\nasides_under = \"youth\"\n", "type.asides", 10},
	} {
		_, problems := CheckRules([]byte(rule+tt.keys), nil)
		if len(problems) != 1 || problems[0].Line != tt.line || !strings.Contains(problems[0].Msg, `"`+tt.key+`"`) {
			t.Errorf("%q: problems %+v, want one at line %d naming %s", tt.keys, problems, tt.line, tt.key)
		}
	}
}

func TestDefaultRulesTaxonomy(t *testing.T) {
	want := "publicity visit donation volunteer environment elderly disability_aid safety culture_sports health youth training_exam meeting"
	var ids []string
	for _, r := range DefaultRules().Types {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != want {
		t.Errorf("default rule ids = %v, want %s", ids, want)
	}
}

// TestRulesSkip leaves out the sentences that hold a skip term, for every
// type and for its all and not terms too.
func TestRulesSkip(t *testing.T) {
	src := `skip = ["下 一步", "明年"]

[[type]]
id = "visit"
label = "走访慰问"
words = ["走访", "回访"]
not = ["考试"]

[[type]]
id = "elderly"
label = "为老服务"
all = ["老人"]
`
	rules, err := LoadRules(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, want string // want: id:hits …
	}{
		{"no skip term", "走访 老人 。 回访 。", "visit:2 elderly:1"},
		{"a plan sentence codes nothing", "走访 。 下 一步 ， 将 回访 老人 。", "visit:1"},
		{"only the plan", "下 一步 ， 将 走访 老人 。", ""},
		{"a sentence ends at ； ！ ？", "明年 回访 ； 走访 ！ 明年 老人 ？ 老人", "visit:1 elderly:1"},
		{"a not term in a skipped sentence does not veto", "走访 。 明年 组织 考试 。", "visit:1"},
		{"a phrase term needs its words in order", "一步 下 走访 。", "visit:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codeString(rules.Code(toks(tt.text))); got != tt.want {
				t.Errorf("Code(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
	// white space (a line break) ends a sentence too
	line := toks("明年 回访")
	next := toks("走访 老人")
	for i := range next {
		next[i].Offset += 10
	}
	if got := codeString(rules.Code(append(line, next...))); got != "visit:1 elderly:1" {
		t.Errorf("across a line break: Code = %q, want visit:1 elderly:1", got)
	}
	// rules built in code skip the same way
	built := &Rules{Skip: []string{"下 一步"}, Types: []Rule{{ID: "visit", Label: "走访慰问", Words: []string{"回访"}}}}
	if got := codeString(built.Code(toks("下 一步 回访 。 回访"))); got != "visit:1" {
		t.Errorf("built rules: Code = %q, want visit:1", got)
	}
}

func codeString(hits []TypeHit) string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID+":"+strconv.Itoa(h.Hits))
	}
	return strings.Join(out, " ")
}

// TestRulesSkips tells the headings of items that code nothing (plans,
// what went wrong) from those of work done, in either script and up to the
// heading's first clause mark.
func TestRulesSkips(t *testing.T) {
	rules, err := LoadRules(strings.NewReader(`skip_headings = ["下一步", "打算", "不足", "年计划"]
[[type]]
id = "visit"
label = "走访慰问"
words = ["走访"]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		heading string
		want    bool
	}{
		{"下一步工作", true},
		{"存在问题与2025年打算", true},
		{"存在不足", true},
		{"下半年計劃", true}, // folded: 计划
		{"下一步。将组织演练", true},
		{"走访慰问", false},
		{"計畫緣起", false}, // a project's background, no plan
		{"技能培训：打算开办刺绣班", false},
		{"", false},
	} {
		if got := rules.Skips(tt.heading); got != tt.want {
			t.Errorf("Skips(%q) = %v, want %v", tt.heading, got, tt.want)
		}
	}
	if _, problems := CheckRules([]byte("skip_headings = [\"打算\", \" \"]\n"), nil); len(problems) != 1 || problems[0].Line != 1 {
		t.Errorf("an empty skip_headings entry: problems %v, want one on line 1", problems)
	}
}

// TestCheckRulesSkip reports the problems of the top-level skip list with
// their lines, and skip written inside a [[type]] as an unknown key.
func TestCheckRulesSkip(t *testing.T) {
	src := `skip = ["明年",
        "明年", "a/X"]
[[type]]
id = "a"
label = "A"
words = ["走访"]
skip = ["x"]
`
	_, problems := CheckRules([]byte(src), nil)
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	want := []string{
		`line 1: warning: skip: "明年" is listed twice`, // the line of its first writing
		`line 2: error: skip: "a/X": part of speech after / must be lower-case letters (n, v, vn, ns …)`,
		`line 7: error: unknown key "skip" (a [[type]] takes id label any words phrases all not near within unless unless_within min people weak form serves titles not_titles asides asides_under places; skip goes before the first [[type]])`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestKeysAreTheTables checks that the keys CheckRules knows, and lists in
// the message of an unknown key, are the toml keys of Rule and Salience:
// a key added to a table is not reported unknown, nor left out of the
// message.
func TestKeysAreTheTables(t *testing.T) {
	for _, tt := range []struct {
		table any
		keys  []string
	}{{Rule{}, ruleKeys}, {Salience{}, salienceKeys}} {
		typ := reflect.TypeOf(tt.table)
		var tags []string
		for i := range typ.NumField() {
			if tag, _, _ := strings.Cut(typ.Field(i).Tag.Get("toml"), ","); tag != "" {
				tags = append(tags, tag)
			}
		}
		slices.Sort(tags)
		keys := slices.Sorted(slices.Values(tt.keys))
		if !slices.Equal(tags, keys) {
			t.Errorf("%s: toml keys %v, known keys %v", typ.Name(), tags, keys)
		}
	}
}
