package extract

import "testing"

// TestObjectPastBoundAttribute: a bound written with no 的 between the
// measure word and the counted noun (90岁以上, 65周岁以上, 三星级以上) is
// passed: the noun after it is the object (round 31).
func TestObjectPastBoundAttribute(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"街道为40名80岁以上独居老人送去棉被。", []string{"40名 40 名 people [独居老人]"}},
		{"街道為40名80歲以上獨居老人送去棉被。", []string{"40名 40 名 people [獨居老人]"}},
		{"义诊覆盖了300余名65周岁以上村民。", []string{"300余名 300 名 people a [村民]"}},
		{"公司给12名五星级以上义工送上证书。", []string{"12名 12 名 people [义工]"}},
		{"共有8位70岁以下的队员参加。", []string{"8位 8 位 people [队员]"}},
		{"活动吸引了20名18岁以上。", []string{"20名 20 名 people"}},
	})
}
