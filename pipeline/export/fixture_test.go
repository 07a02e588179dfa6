package export

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

func fp(v float64) *float64 { return &v }
func ip(v int) *int         { return &v }

// at is the rune offset of sub in text; it panics when sub is missing so a
// broken fixture fails loudly.
func at(text, sub string) int {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("%q not in fixture text", sub))
	}
	return utf8.RuneCountInString(text[:i])
}

// sentenceOf is the sentence (up to and including 。) holding sub.
func sentenceOf(text, sub string) string {
	i := strings.Index(text, sub)
	start := strings.LastIndex(text[:i], "。") + len("。")
	if start < len("。") {
		start = 0
	}
	end := i + strings.Index(text[i:], "。") + len("。")
	return text[start:end]
}

const (
	text1 = "20××年3月17日-26日，我們開展了社工宣傳周活動。" +
		"1、廣泛宣傳，營造社工良好氛圍。共發放宣傳材料600余份，服務群眾226人。" +
		"2、走訪慰問困難家庭16戶，送上慰問金1000元。"
	text2 = "2017年5月，社区组织志愿者开展敬老活动。" +
		"一、走访空巢老人数十人，捐赠物资价值1万-5万元。" +
		"二、参加活动名社工，服务老人120人次。"
	text3 = "本文无可提取的数据。"
)

func act(text, number, heading, body string, index int, types ...string) extract.Activity {
	return extract.Activity{
		Index: index, Number: number, Heading: heading, Text: body,
		Offset: at(text, body), Types: types,
	}
}

// fixture is three documents: a Traditional one with the corpus example's
// values, a Simplified one with vague, redacted and range values, and an
// empty one whose lists are all nil.
func fixture() []extract.Record {
	q226 := extract.Quantity{Value: fp(226), Unit: "人", Kind: "people", Object: "群眾", Text: "226人",
		Offset: at(text1, "226人"), Sentence: sentenceOf(text1, "226人")}
	q600 := extract.Quantity{Value: fp(600), Unit: "份", Approx: true, Kind: "materials", Object: "宣傳材料",
		Text: "600余份", Offset: at(text1, "600余份"), Sentence: sentenceOf(text1, "600余份")}
	q16 := extract.Quantity{Value: fp(16), Unit: "户", Kind: "households", Object: "困難家庭", Text: "16戶",
		Offset: at(text1, "16戶"), Sentence: sentenceOf(text1, "16戶")}
	m1000 := extract.Money{Amount: fp(1000), Text: "1000元", Offset: at(text1, "1000元"), Sentence: sentenceOf(text1, "1000元")}
	d1 := extract.Date{Text: "20××年3月17日-26日", Start: extract.DatePoint{Month: ip(3), Day: ip(17)},
		End: &extract.DatePoint{Day: ip(26)}, Redacted: true, InferredYear: ip(2016), Offset: 0,
		Sentence: sentenceOf(text1, "20××年")}
	a1 := act(text1, "1", "廣泛宣傳，營造社工良好氛圍", "1、廣泛宣傳，營造社工良好氛圍。共發放宣傳材料600余份，服務群眾226人。", 1, "publicity")
	a1.Quantities = []extract.Quantity{q600, q226}
	a2 := act(text1, "2", "走訪慰問困難家庭16戶", "2、走訪慰問困難家庭16戶，送上慰問金1000元。", 2, "visit", "donation")
	a2.Quantities, a2.Money = []extract.Quantity{q16}, []extract.Money{m1000}
	rec1 := extract.Record{
		Source: "corpus/2016-social-work-day-summary.txt", Format: "txt", Encoding: "utf-8", Script: "traditional",
		Title: "2016年社工日活動總結", Year: ip(2016), Text: text1,
		Removed:    []ingest.Removed{{Kind: "blurb", Text: "下面是YJBYS小編為大家整理的"}},
		Warnings:   []string{"mojibake: 卦L"},
		Tokens:     48,
		Quantities: []extract.Quantity{q600, q226, q16},
		Money:      []extract.Money{m1000},
		Dates:      []extract.Date{d1},
		Activities: []extract.Activity{a1, a2},
		Types: []extract.TypeHit{
			{ID: "publicity", Label: "宣传教育", Hits: 3, Words: []string{"宣传", "宣传材料"}},
			{ID: "visit", Label: "走访慰问", Hits: 1, Words: []string{"走访"}},
			{ID: "donation", Label: "捐赠救助", Hits: 1, Words: []string{"慰问金"}},
		},
		MainType: "publicity",
		Keywords: []extract.Keyword{{Word: "社工", Weight: 0.8}, {Word: "宣传", Weight: 0.5}},
		Terms:    []extract.Term{{Word: "社工", POS: "n", Count: 3}, {Word: "宣传", POS: "v", Count: 2}},
	}

	qVague := extract.Quantity{Unit: "人", Vague: true, Kind: "people", Object: "空巢老人", Text: "数十人",
		Offset: at(text2, "数十人"), Sentence: sentenceOf(text2, "数十人")}
	qRedacted := extract.Quantity{Unit: "名", Redacted: true, Kind: "people", Object: "社工", Text: "名社工",
		Offset: at(text2, "名社工"), Sentence: sentenceOf(text2, "名社工")}
	q120 := extract.Quantity{Value: fp(120), Unit: "人次", Kind: "people", Object: "老人", Text: "120人次",
		Offset: at(text2, "120人次"), Sentence: sentenceOf(text2, "120人次")}
	mRange := extract.Money{Amount: fp(10000), Max: fp(50000), Text: "1万-5万元", Offset: at(text2, "1万-5万元"),
		Sentence: sentenceOf(text2, "1万-5万元")}
	d2 := extract.Date{Text: "2017年5月", Start: extract.DatePoint{Year: ip(2017), Month: ip(5)}, Offset: 0,
		Sentence: sentenceOf(text2, "2017年5月")}
	b1 := act(text2, "一", "走访空巢老人数十人", "一、走访空巢老人数十人，捐赠物资价值1万-5万元。", 1, "visit", "elderly", "donation")
	b1.Quantities, b1.Money = []extract.Quantity{qVague}, []extract.Money{mRange}
	b2 := act(text2, "二", "参加活动名社工", "二、参加活动名社工，服务老人120人次。", 2, "elderly")
	b2.Quantities = []extract.Quantity{qRedacted, q120}
	rec2 := extract.Record{
		Source: "corpus/2017 敬老 & 志愿.html", Format: "html", Encoding: "gb18030", Script: "simplified",
		Title: "2017年敬老志愿活动总结<b>", Year: ip(2017), Published: "2017-06-01", Text: text2,
		Tokens:     40,
		Quantities: []extract.Quantity{qVague, qRedacted, q120},
		Money:      []extract.Money{mRange},
		Dates:      []extract.Date{d2},
		Activities: []extract.Activity{b1, b2},
		Types: []extract.TypeHit{
			{ID: "elderly", Label: "为老服务", Hits: 3, Words: []string{"敬老", "老人"}},
			{ID: "volunteer", Label: "志愿服务", Hits: 1, Words: []string{"志愿者"}},
		},
		MainType: "elderly",
		// a passing mention: not counted in Types or the Summary
		Mentioned: []extract.TypeHit{{ID: "visit", Label: "走访慰问", Hits: 1, Words: []string{"走访"}}},
		Keywords:  []extract.Keyword{{Word: "志愿者", Weight: 0.9}},
		Terms:     []extract.Term{{Word: "社工", POS: "n", Count: 1}, {Word: "志愿者", POS: "n", Count: 4}},
	}

	rec3 := extract.Record{
		Source: "corpus/empty.docx", Format: "docx", Encoding: "utf-8", Script: "simplified",
		Title: "无题", Text: text3, Tokens: 5,
		Terms: []extract.Term{{Word: "宣传", POS: "vn", Count: 1}},
	}
	return []extract.Record{rec1, rec2, rec3}
}

var fixtureFailures = []pipeline.Failure{{Source: "corpus/broken.docx", Stage: "ingest", Reason: "zip: not a valid zip file"}}

var fixtureAbout = About{
	Version: "v0.1.0-test",
	Params:  [][2]string{{"jobs", "2"}, {"rules", "(embedded)"}},
	Digests: [][2]string{{"dict/rules.toml", "sha256:0123abcd"}},
}
