package extract

import "testing"

// Round 17 (issue 10): quantities of the read real-page sets fixed by
// class, on sentences of our own, in both scripts.

// TestTwoAloneNumbers: 二 written alone before 期, 类, 道 … numbers one of
// them or starts a name (翠湖苑二期, 上述二类家庭, 二道河村): two of them are
// written 两. 两期, 十二期 and 二只 (not such a measure word) count.
func TestTwoAloneNumbers(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者在翠湖苑二期为老人理发，", nil},
		{"志願者在翠湖苑二期為老人理髮，", nil},
		{"为上述二类家庭送去慰问品，", nil},
		{"為上述二類家庭送去慰問品，", nil},
		{"队员来到二道河村看望老人，", nil},
		{"隊員來到二道河村看望老人，", nil},
		{"社区今年举办两期培训，", []string{"两期 2 期 events [培训]"}},
		{"社区今年举办十二期培训，", []string{"十二期 12 期 events [培训]"}},
		{"社區今年舉辦十二期培訓，", []string{"十二期 12 期 events [培訓]"}},
		{"商户提供二只保温杯，", []string{"二只 2 只 goods [保温杯]"}},
	})
}

// TestYearsAsSprings: 个 before 春秋 counts years (走过了十个春秋), a
// duration, not things counted; 个 before another noun counts.
func TestYearsAsSprings(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"这支服务队已走过了十个春秋，", nil},
		{"這支服務隊已走過了十個春秋，", nil},
		{"项目坚持了8个春秋，", nil},
		{"社区组建了8个服务小组，", []string{"8个 8 个 groups [服务小组]"}},
	})
}
