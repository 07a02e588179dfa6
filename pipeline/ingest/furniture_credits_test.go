package ingest

import (
	"slices"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestNameListCredit(t *testing.T) {
	v := testFurniture(t)
	checkJudge(t, nameListCredit{v}, []judgeCase{
		{line: "(王立新赵敏)", zone: zoneTail, want: "credit"},       // two names run together
		{line: "（孫志遠李曉）", zone: zoneTail, want: "credit"},       // in Traditional
		{line: "(周海林 郑小军 何 平)", zone: zoneTail, want: "credit"}, // a name spaced out among others
		{line: "(陈 亮  林 冬)", zone: zoneTail, want: "credit"},    // names spaced out only
		{line: "(唐思雨整理)", zone: zoneTail, want: "credit"},       // one name and what the named did
		{line: "(记者 许晨 摄)", zone: zoneHead, want: "credit"},     // a role, a name, the verb
		{line: "编辑胡雪松沈丽", zone: zoneTail, want: "byline"},       // a role and names run together
		{line: "(王立新赵敏)", zone: zoneBody, want: ""},             // between paragraphs: a caption's place
		{line: "(活动现场照片)", zone: zoneTail, want: ""},            // words, not surnamed names
		{line: "(温暖社区行)", zone: zoneTail, want: ""},
		{line: "(周末 活动)", zone: zoneTail, want: "credit"},    // two words of two: namesCredit reads them so already
		{line: "(上 下)", zone: zoneTail, want: ""},            // a spaced pair not opening with a surname
		{line: "(王立新)", zone: zoneTail, want: ""},            // one name alone: parenCredit's
		{line: "(王立新讲解垃圾分类知识)", zone: zoneTail, want: ""},    // a sentence naming someone
		{line: "(参加人员:王立新 赵敏)", zone: zoneTail, want: ""},    // a participants' list
		{line: "(王一 李二 张三 赵四 钱五)", zone: zoneTail, want: ""}, // more names than a credit lists
		{line: "编辑部工作总结", zone: zoneTail, want: ""},          // a role's word before words
		{line: "记者王立新", zone: zoneTail, want: ""},            // one name: bylineLine's
	})
}

func TestFurnitureSuffixNameList(t *testing.T) {
	// Round 32: the names' credit in brackets fused after a paragraph's
	// last sentence goes in the forms nameListCredit reads.
	v := testFurniture(t)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"居民们纷纷点赞。”(王立新赵敏)":       "(王立新赵敏)",
		"活动受到居民好评。(周海林 郑小军 何 平)": "(周海林 郑小军 何 平)",
		"為社區帶來溫暖。(唐思雨整理)":        "(唐思雨整理)",
		"活动在欢声笑语中落下帷幕。(共五十人参加)":  "",
		"活动在欢声笑语中落下帷幕。(活动现场照片)":  "",
	} {
		n, _ := furnitureSuffix(fold.ToSimplified(in), v, pats)
		rs := []rune(in)
		if got := string(rs[len(rs)-n:]); got != want {
			t.Errorf("furnitureSuffix(%q) cuts %q, want %q", in, got, want)
		}
	}
}

func TestCaptionCredit(t *testing.T) {
	// Round 32: a picture's credit set apart by a space after a caption
	// without a full stop, or a unit's name and 供图 after a sentence.
	v := testFurniture(t)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"孩子们和家长一起观看科普电影 记者 沈一鸣 摄":   " 记者 沈一鸣 摄",
		"志愿者带领孩子们参观科技馆 韩 冰 摄":       " 韩 冰 摄",
		"志愿者为老人理发 许晨 摄":             " 许晨 摄",
		"图为志愿者向学生讲解气象知识。某某区委宣传部 供图": "某某区委宣传部 供图",
		"社区举办摄影展 现场拍摄":              "", // no credit: a word ending in 摄
		"居民们在活动中认真拍摄":               "", // a sentence ending in 摄
		"摄 影 摄":                     "", // no caption before it
		"志愿者们合影 摄":                  "", // 摄 alone names no one
	} {
		n, _ := furnitureSuffix(fold.ToSimplified(in), v, pats)
		rs := []rune(in)
		if got := string(rs[len(rs)-n:]); got != want {
			t.Errorf("furnitureSuffix(%q) cuts %q, want %q", in, got, want)
		}
	}
	for s, want := range map[string]bool{"韩 冰 摄": true, "某某区委宣传部 供图": true, "某某区委宣传部供图": false, "提 供": false} {
		if got := photographerCredit(s); got != want {
			t.Errorf("photographerCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPictureCreditFused(t *testing.T) {
	// Round 35: a picture's credit naming an outlet or a unit, fused at
	// the end of a paragraph or of a caption without a full stop.
	v := testFurniture(t)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"志愿者陪老人聊天。(江城网周晓林摄)":        "(江城网周晓林摄)",
		"包饺子比赛现场(城西街道办事处供图)":        "(城西街道办事处供图)",
		"院里笑声不断。江城新闻网发":             "江城新闻网发",
		"叮嘱他们常来看看。江城社发(孙立 陈浩 摄)":    "江城社发(孙立 陈浩 摄)",
		"孩子們開心地放風箏。(江城網周曉林攝)":       "(江城網周曉林攝)", // in Traditional
		"志愿者为老人拍照。(图为志愿者在拍摄)":       "",          // what was done: 拍摄
		"活动在欢声笑语中落下帷幕。(共五十人参加)":     "",          // an aside, no credit
		"消息由江城新闻网发布。":               "",          // a sentence
		"包饺子比赛现场(供图)":               "",          // no one named
		"志愿者们正在清扫街道(摄)":             "",
		"社区居民踊跃参加义诊活动，现场人头攒动(江城社发)": "", // 发 without brackets after a caption: not taken
	} {
		n, _ := furnitureSuffix(fold.ToSimplified(in), v, pats)
		rs := []rune(in)
		if got := string(rs[len(rs)-n:]); got != want {
			t.Errorf("furnitureSuffix(%q) cuts %q, want %q", in, got, want)
		}
	}
}

func TestWatermarkTails(t *testing.T) {
	// Round 35: a site's watermark (Latin letters, then its name) run
	// onto the end of several lines of the page.
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"after sentences and a file name", []string{"志愿者清扫街道。qWz江城新闻网", "居民纷纷点赞。qWz江城新闻网", "IMG_0012.JPGqWz江城新闻网"}, []string{"qWz江城新闻网"}},
		{"the letters every copy ends with", []string{"活动圆满结束。abQWz江城网|江城发布", "大家连连称赞。”Wz江城网|江城发布"}, []string{"Wz江城网|江城发布"}},
		{"once on the page", []string{"志愿者清扫街道。qWz江城新闻网", "居民纷纷点赞。"}, nil},
		{"never after a sentence", []string{"请下载APP扫码", "打开APP扫码"}, nil},
		{"one letter", []string{"志愿者清扫街道。Q江城网", "居民纷纷点赞。Q江城网"}, nil},
		{"a sentence's own words", []string{"学习使用APP。", "学会使用APP。"}, nil},
	} {
		if got := watermarkTails(c.lines); !slices.Equal(got, c.want) {
			t.Errorf("%s: watermarkTails = %q, want %q", c.name, got, c.want)
		}
	}
}
