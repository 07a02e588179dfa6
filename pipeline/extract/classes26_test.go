package extract

import "testing"

// TestServiceVisits: a count of visits (人次) that no people noun gives an
// object takes the service written right before its number, a verbal noun
// with the nouns before it (解答法律咨询58人次 → 法律咨询); a plain verb
// (参与), the report's own act alone (服务) or a label's colon before the
// number gives none, and people named before the service stay the object.
func TestServiceVisits(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"周末在广场上解答法律咨询58人次。", []string{"58人次 58 人次 people [法律咨询]"}},
		{"週末在廣場上解答法律諮詢58人次。", []string{"58人次 58 人次 people [法律諮詢]"}},
		{"本学期开展个体辅导共41人次。", []string{"41人次 41 人次 people [个体辅导]"}},
		{"本學期開展個體輔導共41人次。", []string{"41人次 41 人次 people [個體輔導]"}},
		{"服务站累计接受咨询120余人次。", []string{"120余人次 120 人次 people a [咨询]"}},
		{"前后参与超600人次。", []string{"超600人次 600 人次 people a"}},
		{"家属参与活动：75人次", []string{"75人次 75 人次 people"}},
		{"站点全年累计服务1200人次。", []string{"1200人次 1200 人次 people"}},
		{"站點全年累計服務1200人次。", []string{"1200人次 1200 人次 people"}},
		{"街道开展送餐服务共96人次。", []string{"96人次 96 人次 people"}},
		{"一冬里发动120人次志愿者清扫积雪。", []string{"120人次 120 人次 people"}},
		{"医生为老人测量血压，接待老人咨询90人次。", []string{"90人次 90 人次 people [老人]"}},
	})
}

// TestScopedPeople: a word of [object_scopes] (各界, 各族, 各国) right after
// the measure word of a count of people says how widely they were drawn
// and belongs to the object written after it, also inside a set phrase
// gse keeps whole (各族群众); counts of things keep their own rules.
func TestScopedPeople(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"开幕式上，三十多位各界来宾观看了演出。", []string{"三十多位 30 位 people a [各界来宾]"}},
		{"開幕式上，三十多位各界來賓觀看了演出。", []string{"三十多位 30 位 people a [各界來賓]"}},
		{"晚会吸引了四百余名各族群众。", []string{"四百余名 400 名 people a [各族群众]"}},
		{"晚會吸引了四百余名各族群眾。", []string{"四百余名 400 名 people a [各族群眾]"}},
		{"两名各国留学生也参加了。", []string{"两名 2 名 people [各国留学生]"}},
		{"队员送去两箱各类图书。", []string{"两箱 2 箱 goods"}},
	})
}
