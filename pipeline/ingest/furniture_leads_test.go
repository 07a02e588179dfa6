package ingest

import (
	"slices"
	"testing"
)

func TestOutletLead(t *testing.T) {
	checkJudge(t, outletLead{}, []judgeCase{
		{line: "【某某时报6月18日报导】(某某社记者某某某某县十八日电)", want: "byline"},
		{line: "【某某時報6月18日報導】", want: "byline"},
		{line: "某某融媒(记者 某某某)", want: "byline"},
		{line: "某某日報（記者 某某）", want: "byline"},
		{line: "【6月18日】社区开展活动", want: ""},
		{line: "社区志愿者(记者站 某某)开展活动，居民踊跃参加。", want: ""},
		{line: "某某社区(含三个小区)", want: ""},
	})
}

func TestNamesCredit(t *testing.T) {
	checkJudge(t, namesCredit{}, []judgeCase{
		{line: "(某文昕 李青)", zone: zoneBody, want: "credit"},
		{line: "（張三 李四 王小五）", zone: zoneTail, want: "credit"},
		{line: "(某某某)", zone: zoneBody, want: ""}, // one name: parenCredit's, after the body only
		{line: "(上午 下午)", zone: zoneBody, want: "credit"},
		{line: "(含2个小区 3个村)", zone: zoneBody, want: ""},
		{line: "(一) 活动背景", zone: zoneBody, want: ""},
	})
}

func TestDateCounts(t *testing.T) {
	checkJudge(t, dateCounts{}, []judgeCase{
		{line: "2021-1-20 41 1/20", want: "byline"},
		{line: "2021-1-20 41 1/20", zone: zoneTail, want: "byline"},
		{line: "2021/01/20 12:30 1024", want: "byline"},
		{line: "2021-1-20 41 1/20", zone: zoneBody, want: ""},
		{line: "2021-1-20", want: ""},
		{line: "2021-1-20 某某社区", want: ""},
		{line: "2021-1-20 至 2021-2-20", want: ""},
	})
}

func TestCellTail(t *testing.T) {
	checkJudge(t, cellTail{}, []judgeCase{
		{line: "某地0 |", zone: zoneTail, want: "widget"},
		{line: "｜ 某某", zone: zoneTail, want: "widget"},
		{line: "某某社区活动 |", zone: zoneHead, want: ""},
		{line: "| 活动 | 人数 |", zone: zoneTail, inTable: true, want: ""},
		{line: "某某社区志愿服务队全体队员 |", zone: zoneTail, want: ""},
		{line: "感谢大家，再会 |", zone: zoneTail, want: ""},
	})
}

func TestNameAfterSentence(t *testing.T) {
	v := testFurniture(t)
	for in, want := range map[string]int{
		"进一步扩大禁毒宣传覆盖面。 某雪梅":  4, // the space goes with the name
		"進一步擴大禁毒宣傳覆蓋面。 某雪梅":  4,
		"活动取得了圆满成功。” 某某":     3,
		"活动取得了圆满成功。 (待续)":    0,
		"活动取得了圆满成功。 待续":      0,
		"社区书记 张某某":           0,
		"活动取得了圆满成功。 某某社区居委会": 0,
	} {
		if got := nameAfterSentence(in, v); got != want {
			t.Errorf("nameAfterSentence(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestPosterRun(t *testing.T) {
	page := []string{
		"Mid-Autumn", "Festival", "情满中秋", "月圆人圆",
		"桂花飘香，转眼又将迎来一年一度的中秋佳节，社区开展了茶话会活动。",
	}
	known := func(int) bool { return false }
	got := posterRun(page, page, 4, known)
	if want := []bool{true, true, true, true, false}; !slices.Equal(got, want) {
		t.Errorf("posterRun = %v, want %v", got, want)
	}
	// A table's cells printed line by line are followed by numbers, not
	// by the text.
	table := []string{"區別", "關懷長者人數", "志工人數", "萬華區", "244人", "48人", "服務成果如上表所示，感謝各位志工的投入與付出。"}
	if got := posterRun(table, table, 6, known); got != nil {
		t.Errorf("posterRun(a table) = %v, want none", got)
	}
	// A title among short lines is no poster.
	titled := []string{"情满中秋", "某某社区中秋活动总结", "月圆人圆", "桂花飘香，社区开展了茶话会活动，居民们欢聚一堂。"}
	if got := posterRun(titled, titled, 3, known); got != nil {
		t.Errorf("posterRun(a run with a title) = %v, want none", got)
	}
	two := []string{"情满中秋", "月圆人圆", "桂花飘香，社区开展了茶话会活动，居民们欢聚一堂。"}
	if got := posterRun(two, two, 2, known); got != nil {
		t.Errorf("posterRun(two lines) = %v, want none", got)
	}
}
