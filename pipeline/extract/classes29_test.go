package extract

import "testing"

// TestOneAtASite: a lone 一 + 家, 间, 所 or 户 after 在 with only a
// place's words between them is where something happens, "at a shop" (在
// 一家书店当店员, 在镇上一家饭馆, 在山区的一所小学, 在村里一户农家), no
// count; with a verb between 在 and 一 (在社区走访了一户) or with no 在
// (辖区一家药店捐赠) the count stands.
func TestOneAtASite(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"他大学毕业后在一家书店当店员。", nil},
		{"他大學畢業後在一家書店當店員。", nil},
		{"志愿者们在镇上一家饭馆吃了午饭。", nil},
		{"志願者們在鎮上一家飯館吃了午飯。", nil},
		{"她在山区的一所小学教书。", nil},
		{"她在山區的一所小學教書。", nil},
		{"工作队在村里一户农家吃了午饭。", nil},
		{"工作隊在村裡一戶農家吃了午飯。", nil},
		{"孩子们挤在一间狭小的屋子里读书。", nil},
		{"孩子們擠在一間狹小的屋子裡讀書。", nil},
		{"党员们在社区走访了一户独居老人。", []string{"一户 1 户 households [独居老人]"}},
		{"黨員們在社區走訪了一戶獨居老人。", []string{"一戶 1 户 households [獨居老人]"}},
		{"辖区一家药店捐赠了口罩。", []string{"一家 1 家 groups [药店]"}},
		{"轄區一家藥店捐贈了口罩。", []string{"一家 1 家 groups [藥店]"}},
	})
}

// TestOneDuringAnEvent: a lone 一 + 场 or 次 right after 在, its phrase
// closed by 中, is what happened during it (在一次夜间巡逻中, 在一场舞龙表演
// 中开场), no count; an event held with a verb between 在 and 一 (在社区举办
// 了一场联欢会) still counts.
func TestOneDuringAnEvent(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"老张在一次夜间巡逻中崴了脚。", nil},
		{"老張在一次夜間巡邏中崴了腳。", nil},
		{"晚会在一场热闹的舞龙表演中开场。", nil},
		{"晚會在一場熱鬧的舞龍表演中開場。", nil},
		{"在一次管道抢修工作中，队员们发现了漏点。", nil},
		{"在一次管道搶修工作中，隊員們發現了漏點。", nil},
		{"居委会在社区举办了一场联欢会。", []string{"一场 1 场 events [联欢会]"}},
		{"居委會在社區舉辦了一場聯歡會。", []string{"一場 1 场 events [聯歡會]"}},
	})
}

// TestPlaceNameTwoRunes: a count in Chinese numerals with 道, 面 or 顶 and
// one or two Han runes before 村, 镇 or 乡 begins a place's name (三道沙河村,
// 四面岭镇, 五顶峰乡), no count; a vehicle brought to a village (两台车进村)
// and a count of things with no place's end after it still count.
func TestPlaceNameTwoRunes(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"剧团走进三道沙河村演出。", nil},
		{"劇團走進三道沙河村演出。", nil},
		{"四面岭镇中心小学举行了运动会。", nil},
		{"四面嶺鎮中心小學舉行了運動會。", nil},
		{"五顶峰乡政府组织了宣传。", nil},
		{"五頂峰鄉政府組織了宣傳。", nil},
		{"公司派出两台车进村送货。", []string{"两台 2 台 goods [车]"}},
		{"群众送来两面锦旗。", []string{"两面 2 面 materials [锦旗]"}},
	})
}

// TestOneAfterFormedOrReceived: a lone 一 right after a verb of a state
// formed (形成了一支…的队伍) or of an experience received (受到了一次…的
// 教育, 感受到了一位…的普通人, 享受到了一次…服务) is the article, no team,
// event or person counted; a team set up (组建了一支) still counts.
func TestOneAfterFormedOrReceived(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"几年下来，村里形成了一支分工明确的护河队伍。", nil},
		{"幾年下來，村裡形成了一支分工明確的護河隊伍。", nil},
		{"学员们受到了一次生动的防诈骗教育。", nil},
		{"學員們受到了一次生動的防詐騙教育。", nil},
		{"老人们享受到了一次贴心的上门理发服务。", nil},
		{"老人們享受到了一次貼心的上門理髮服務。", nil},
		{"读完他的故事，大家感受到了一位乡村医生的坚守。", nil},
		{"讀完他的故事，大家感受到了一位鄉村醫生的堅守。", nil},
		{"街道组建了一支志愿服务队。", []string{"一支 1 支 groups [志愿服务队]"}},
	})
}

// TestSessionAfterTerm: 次 whose numeral comes right after 届 numbers a
// session of the body's term, whatever meeting follows (三届五次理事会议,
// 七届二次、三次全委会), and the term's 届 before it is no count either;
// meetings held a number of times and terms held still count.
func TestSessionAfterTerm(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"协会召开三届五次常务理事会议。", nil},
		{"協會召開三屆五次常務理事會議。", nil},
		{"区妇联十一届二次执委扩大会议在城东举行。", nil},
		{"區婦聯十一屆二次執委擴大會議在城東舉行。", nil},
		{"学习市委七届二次、三次全委会精神。", nil},
		{"學習市委七屆二次、三次全委會精神。", nil},
		{"理事会全年召开会议三次。", []string{"三次 3 次 events [会议]"}},
		{"理事會全年召開會議三次。", []string{"三次 3 次 events [會議]"}},
		{"学校已连续举办三届运动会。", []string{"三届 3 届 events [运动会]"}},
		{"學校已連續舉辦三屆運動會。", []string{"三屆 3 届 events [運動會]"}},
	})
}
