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
