package ingest

import (
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestPostStamp(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		folded string
		want   bool
	}{
		{"发布者:管理员发布时间:2021-03-30浏览次数:426", true},
		{"发布者:点击数:15发布时间: 2019-04-12【字号:", true},
		{"发布时间:2021-03-30 阅读量 1200", true},
		{"发布时间:2021-03-30 来源:某某网", false},
		{"2021-03-30 阅读 分享到", false},
		{"发布时间:2019-05-08 浏览量:", true},
		{"發佈時間: 2021-11-02 來源: 某某街道 訪問量:", true},
		{"发布时间:2019-05-08 浏览量: 分享到", false},
		{"发布时间:2019-05-08 欢迎浏览", false},
		// A count's field left empty before the next field is one too.
		{"来源:本站 作者:编辑部 点击数: 日期:2018-04-16", true},
		{"來源:本站 作者:編輯部 點擊數: 日期:2018-04-16", true},
		{"发布时间:2023年06月18日 点击数: 字号:", true},
		{"发布时间:2021-03-30 点击 查看详情:", false}, // no colon after the label: a prompt
	} {
		if got := postStamp(fold.ToSimplified(tt.folded), v); got != tt.want {
			t.Errorf("postStamp(%q) = %v, want %v", tt.folded, got, tt.want)
		}
	}
	// The stamp makes the page's publish date the post's own.
	var res furnitureResult
	res.notePublished("发布者:管理员发布时间:2021-03-30浏览次数:426", "byline", v)
	if res.published != "2021-03-30" || !res.publishedStamped {
		t.Errorf("published %q stamped %v, want 2021-03-30 stamped", res.published, res.publishedStamped)
	}
}

// TestMachineDateAlone checks that a date in digits alone on its line
// stamps the post, and that a date with anything else beside it does not
// by itself.
func TestMachineDateAlone(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2023-11-19", true},
		{" 2007.04.15 ", true},
		{"2019/5/8", true},
		{"2023-11-19 来源:某某网", false},
		{"2023年11月19日", false},
		{"", false},
	} {
		if got := machineDateAlone(tt.line); got != tt.want {
			t.Errorf("machineDateAlone(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	var res furnitureResult
	res.notePublished("2023-11-19", "byline", v)
	if res.published != "2023-11-19" || !res.publishedStamped {
		t.Errorf("published %q stamped %v, want 2023-11-19 stamped", res.published, res.publishedStamped)
	}
}

// TestPublishLabelled checks that a furniture line holding the post's
// publish label and its colon stamps the post, the label opening the line
// or among the post's other fields, in both scripts, and that the label
// without its colon, or a word that starts as one, does not.
func TestPublishLabelled(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"发布时间:2022-06-15 点击数:次 来源:某某街道", true},
		{"發布日期：2023-03-08", true},
		{"发表时间 : 2019-11-02", true},
		{"来源:某某网 发布时间:2022-06-15", true},
		{"作者: 某某   發佈日期: 2022年06月15日", true},
		{"【发布日期:2022-06-15】 【来源:本站】 【阅读:次】", true},
		{"发布时间2022-06-15", false},
		{"来源:某某网 发布时间 2022-06-15", false},
		{"发布会于2022年6月15日举行", false},
	} {
		f := fold.ToSimplified(tt.line)
		if got := publishLabelled(f, v); got != tt.want {
			t.Errorf("publishLabelled(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	var res furnitureResult
	res.notePublished(fold.ToSimplified("發布日期：2023-03-08"), "byline", v)
	if res.published != "2023-03-08" || !res.publishedStamped {
		t.Errorf("published %q stamped %v, want 2023-03-08 stamped", res.published, res.publishedStamped)
	}
}

func TestDatelineDate(t *testing.T) {
	v := testFurniture(t)
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"某某活动", "【某某报2023年11月02日讯】(记者某某报导)志工们为长辈举办了活动。"}, "2023-11-02"},
		{[]string{"扶輪社送暖", "【某某電視台 2022 年 6 月 15 日訊】端午將至，扶輪社前往長者中心捐贈。"}, "2022-06-15"},
		{[]string{"【某某报2023年11月02日】志工们为长辈举办了活动。"}, ""}, // no 讯: a date in brackets
		{[]string{"【社区动态】2023年11月02日讯，志工们为长辈举办了活动。"}, ""},
		{[]string{"志工们为长辈举办了活动。"}, ""},
		// Since round 30 without brackets, opening the first sentence.
		{[]string{"敬老活动", "某某网山东某县2021年4月7日电(某某中心)为关爱老人，志愿者上门服务。"}, "2021-04-07"},
		{[]string{"某某新视野2019年9月3日讯(记者 某某)9月1日，社工来到社区。"}, "2019-09-03"},
		{[]string{"2019年9月3日讯，社工来到社区。"}, ""},                // no name
		{[]string{"某某社区举办重阳敬老茶话会活动2019年9月3日讯，社工来到社区。"}, ""}, // too long a name
		{[]string{"社工于2019年9月3日来到社区，讯问老人的需要。"}, ""},         // a sentence, not a name
		{[]string{"社区电话2019年9月3日起开通。"}, ""},                 // no date before 电
	} {
		folded := make([]string, len(tt.lines))
		for i, l := range tt.lines {
			folded[i] = fold.ToSimplified(l)
		}
		if got := datelineDate(folded, v); got != tt.want {
			t.Errorf("datelineDate(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}
