package extract

import "testing"

// TestCountOpeningAQuotedNameWithMarks: a count opening a short quoted
// name is no count whatever runes its name holds after it — brackets, a
// percent sign, a reading in letters and a space (“三个最佳(优)”, “两个
// 80%”); a quote with a mark of a clause or a sentence is speech and its
// count stands, and so does a quote holding the count alone.
func TestCountOpeningAQuotedNameWithMarks(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"社区荣获“三个最佳(优)”志愿服务集体称号。", nil},
		{"社區榮獲「三個最佳(優)」志願服務集體稱號。", nil},
		{"驿站向游客发放“两个80%”节能手册。", nil},
		{"驛站向遊客發放「兩個80%」節能手冊。", nil},
		{"全镇围绕“三个(gè) 率先”目标推进。", nil},
		{"全鎮圍繞「三個(gè) 率先」目標推進。", nil},
		{"孩子们喊着“我还要3个(红的)！”", []string{"3个 3 个 other"}},
		{"孩子們喊著「我還要3個(紅的)！」", []string{"3個 3 个 other"}},
		{"活动吸引了“500人”参加。", []string{"500人 500 人 people"}},
	})
}

// TestOneForEveryN: a lone 一 in a clause whose 每 is followed by a
// numeral other than 一 is one for every N — a group's size or a
// frequency (每三人一组, 每四名队员为一组, 每两周回访一次), not one
// group or one event; the count of N stands, and one item to each (每个
// 孩子一个书包, 每一位老人一份) still counts.
func TestOneForEveryN(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"志愿者每三人一组，沿河捡拾垃圾。", []string{"三人 3 人 people [志愿者]"}},
		{"志願者每三人一組，沿河撿拾垃圾。", []string{"三人 3 人 people [志願者]"}},
		{"每6人为一组，分片巡查。", []string{"6人 6 人 people"}},
		{"每6人為一組，分片巡查。", []string{"6人 6 人 people"}},
		{"每四名队员为一组，轮流值守。", []string{"四名 4 名 people [队员]"}},
		{"每四名隊員為一組，輪流值守。", []string{"四名 4 名 people [隊員]"}},
		{"高龄老人每两周回访一次。", nil},
		{"高齡老人每兩週回訪一次。", nil},
		{"每个孩子一个书包。", []string{"一个 1 个 goods [书包]"}},
		{"每一位老人一份月饼。", []string{"一份 1 份 materials [月饼]"}},
	})
}

// TestBuildingNamedByNumber: 栋 or 幢 followed by a floor or an entrance
// written in a numeral (3栋二楼, 12幢四单元), by the building's residents
// (9栋住户) or by a side of it (6栋南侧) names a building by its number in
// an address; buildings counted with their kind (4栋居民楼, 两栋宿舍楼)
// stand.
func TestBuildingNamedByNumber(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"消防演练假设桃源里3栋二楼起火。", nil},
		{"消防演練假設桃源里3棟二樓起火。", nil},
		{"网格员看到12幢四单元过道堆着旧纸板。", nil},
		{"網格員看到12幢四單元過道堆著舊紙板。", nil},
		{"清晨，9栋住户李阿姨提着分好的厨余垃圾下楼。", nil},
		{"清晨，9棟住戶李阿姨提著分好的廚餘垃圾下樓。", nil},
		{"6栋南侧空地被人堆了建筑垃圾。", nil},
		{"6棟南側空地被人堆了建築垃圾。", nil},
		{"小区改造覆盖4栋居民楼。", []string{"4栋 4 栋 other [居民楼]"}},
		{"師生從兩棟宿舍樓有序撤離。", []string{"兩棟 2 栋 other [宿舍樓]"}},
	})
}
