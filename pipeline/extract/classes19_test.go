package extract

import "testing"

// TestHiddenCharacters: 个 before 字 is a length of text in characters
// (此处隐藏4799个字, a page's note of the text it hides), no count of
// things; 个 before another noun still counts.
func TestHiddenCharacters(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"活动很成功 ……此处隐藏3521个字…… 大家都很满意。", nil},
		{"活動很成功 ……此處隱藏3521個字…… 大家都很滿意。", nil},
		{"社区新建3个活动室。", []string{"3个 3 个 other [活动室]"}},
	})
}
