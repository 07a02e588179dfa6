package extract

import (
	"strconv"
	"testing"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

func TestDocumentYear(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		name, text, published string
		stamped               bool
		want                  string
	}{
		{name: "a post's stamp dates activities written without a year", text: "学雷锋活动\n3月5日，记者走进某某社区。", published: "2014-03-06", stamped: true, want: "2014"},
		{name: "a post's stamp dates activities written by the day alone", text: "服务队分享会\n分享会于15日在活动中心举办，二十支服务队交流了经验。", published: "2014-10-20", stamped: true, want: "2014"},
		{name: "a day alone does not take an upload date", text: "服务队分享会\n分享会于15日在活动中心举办，二十支服务队交流了经验。", published: "2014-10-20", want: "none"},
		{name: "the title's year", text: "2019年重阳节敬老活动总结\n2018年我们也开展过一次。", published: "", want: "2019"},
		{name: "a Republic-of-China year in a Traditional title", text: "108年台北某某院獨居長者關懷服務成果報告書\n本年度服務長者共計五十人。", published: "", want: "2019"},
		{name: "a birth year is not the report's", text: "百岁老人生日会\n一位1920年出生的百岁老人参加了活动。2019年3月5日，社区为她举办了生日会。", published: "", want: "2019"},
		{name: "a founding year is not the report's", text: "社区活动\n协会1987年成立以来坚持服务。今年4月，协会开展了义诊。", published: "", want: "none"},
		{name: "an upload date does not, even with a time", text: "社区服务活动总结\n社区服务活动有助于增进邻里之间的了解。", published: "2023-11-12", want: "none"},
		{name: "an upload stamp with a time of day is no post's stamp", text: "社区服务活动总结\n提示:本篇社区服务活动总结由网友上传至本站,仅供学习交流,如有疑问请联系站内管理员。\n3月27日下午，志愿者在小区门前集中。", published: "2018-11-22", stamped: true, want: "none"},
		{name: "an upload stamp leaves a year alone its own", text: "镇计生协会工作总结\n提示:本篇镇计生协会工作总结由网友上传至本站,仅供学习交流,如有疑问请联系站内管理员。\n2009年，协会在全镇发展新会员五百名。", published: "2022-11-11", stamped: true, want: "2009"},
		{name: "a post's stamp gives the year of a text without dates", text: "青年团员争当志愿者\n医院的青年团员走进社区，为居民量血压、讲健康知识。", published: "2011-12-26", stamped: true, want: "2011"},
		{name: "a post's stamp dates a text whose every year is history", text: "护河队巡河\n这支护河队成立于2016年，队员们每周沿河巡查两次。", published: "2022-04-18", stamped: true, want: "2022"},
		{name: "a post's stamp dates a text whose every year is history, Traditional", text: "護河隊巡河\n這支護河隊2016年成立，隊員們每週沿河巡查兩次。", published: "2022-04-18", stamped: true, want: "2022"},
		{name: "history alone takes no byline's date", text: "护河队巡河\n这支护河队成立于2016年，队员们每周沿河巡查两次。", published: "2022-04-18", want: "none"},
		{name: "history alone in a sample report takes no stamp", text: "护河队工作总结\n这支护河队成立于2016年，队员们每周沿河巡查两次。", published: "2022-04-18", stamped: true, want: "none"},
		{name: "nor of a sample essay titled as a report", text: "社区服务活动总结\n本次活动在社区举行，志愿者为居民提供了多项服务。", published: "2023-11-12", stamped: true, want: "none"},
		{name: "nor of a sample report, traditional", text: "暑期社會實踐活動總結！\n同學們深入基層，受教育、長才幹。", published: "2022-10-07", stamped: true, want: "none"},
		{name: "a founding later in its sentence is history", text: "探访队的故事\n2016年，社区和学校一起成立了探访队。如今队员们每周上门看望独居老人。", published: "", want: "none"},
		{name: "a founding later in its sentence, Traditional, past a clause", text: "義工隊的故事\n2015年8月1日，在街坊和商戶的支持下，義工隊正式授旗成立。隊員們風雨不改上門宣傳防火。", published: "", want: "none"},
		{name: "an unveiling later in its sentence is history", text: "社工站入选名单\n近日，市里公布了示范社工站名单。2019年4月2日，在区民政局见证下，社工站举行了揭牌仪式。", published: "", want: "none"},
		{name: "a founding's year over a post's stamp gives the stamp's", text: "探访队的故事\n2016年，社区和学校一起成立了探访队。如今队员们每周上门看望独居老人。", published: "2022-04-18", stamped: true, want: "2022"},
		{name: "a founding in the title is the report's", text: "社区志愿服务站揭牌成立\n2021年5月8日，社区志愿服务站举行揭牌仪式，正式成立。", published: "", want: "2021"},
		{name: "a founding among months without a year is the chronicle's", text: "爱心超市一年记\n去年十月，志愿者募集了冬衣。2009年元旦，第一家爱心超市在村里成立并开张。", published: "", want: "2009"},
		{name: "a founding beside another year leaves that year", text: "探访队的故事\n2016年，社区成立了探访队。2023年5月，队员们上门探访两百次。", published: "", want: "2023"},
		{name: "a founding in the next sentence is not the year's", text: "社区活动\n2023年6月，社区开展了义诊。随后社区成立了健康小组。", published: "", want: "2023"},
		{name: "a founding word before the year", text: "社区活动\n这支成立于2012年的服务队坚持服务老人。今年重阳，队员们走访了敬老院。", published: "", want: "none"},
		{name: "a founding field before the year", text: "社区活动\n成立時間：2019年6月 服務隊每月探訪長者。", published: "", want: "none"},
		{name: "a founding field, its year alone", text: "社区活动\n创建年份:2025年 成员:25个 志愿者教老人使用手机。", published: "", want: "none"},
		{name: "a programme launched in a year is history", text: "关爱老人\n这一关爱项目启动于2003年，每年春节前走访孤寡老人。", published: "", want: "none"},
		{name: "a programme launched in a year, Traditional", text: "關愛長者\n這個公益計劃於2008年發起，義工每月探訪獨居長者。", published: "", want: "none"},
		{name: "a year after 从 is where a practice began", text: "送戏下乡\n剧团从2009年开始每年进村演出，今年又来到了柳湾村。", published: "", want: "none"},
		{name: "a year after 從 is where a practice began, Traditional", text: "送戲下鄉\n劇團從2009年6月開始每年進村演出，今年又來到了柳灣村。", published: "", want: "none"},
		{name: "a period after 从 is the report's", text: "送戏下乡\n从2023年5月起，剧团每月进村演出一次。", published: "", want: "2023"},
		{name: "a launch word before leaves the report's own date", text: "关爱老人\n项目启动于2003年。2021年1月，志愿者走访了孤寡老人。", published: "", want: "2021"},
		{name: "a founding before, the report's own date after", text: "社区活动\n协会成立于2008年。2021年9月，协会开展了敬老活动。", published: "", want: "2021"},
		{name: "a year after 于 that is no founding", text: "社区活动\n活动于2023年5月在社区广场举行。", published: "", want: "2023"},
		{name: "a word of history a verb after the year", text: "社区活动\n该活动自2005年推出以来坚持举办。2014年6月，活动走进了某某村。", published: "", want: "2014"},
		{name: "a year alone well before a post's stamp is its past", text: "社区活动\n活动已坚持十年，其中2010年因故暂停。6月5日，活动走进了某某村。", published: "2014-06-05", stamped: true, want: "2014"},
		{name: "a year with a month well before a post's stamp is its past", text: "校史回顾\n学校创办的第一支服务队1958年4月走进农村。今天，队员们重走了那条路。", published: "2017-03-06", stamped: true, want: "2017"},
		{name: "a year with a month well before a post's stamp, Traditional", text: "社區活動\n2009年5月，協會曾在此舉辦義賣。", published: "2016-08-02", stamped: true, want: "none"},
		{name: "a year with a month the year before the stamp is the report's", text: "社区活动\n2019年12月，社区开展了冬季送温暖活动。", published: "2020-01-10", stamped: true, want: "2019"},
		{name: "a year alone the year before the stamp is the report's", text: "社区活动\n2019年，社区共开展活动五十场。", published: "2020-01-10", stamped: true, want: "2019"},
		{name: "a machine stamp dates a report without years", text: "社区活动\ndate 2025-10-30 10月25日，志愿者走访了辖区高龄老人。", published: "", want: "2025"},
		{name: "a year far before the others is history", text: "社区活动\n1949年的老照片展出了。2021年6月，社区举办了影展。", published: "", want: "2021"},
		{name: "the first dated activity, not a year alone", text: "社区活动\n2018年以来社区不断发展，2020年5月开展了义诊。", published: "", want: "2020"},
		{name: "news dated by the day takes the publish year", text: "社区志愿服务新闻稿\n今天，我们参加了社区志愿服务。", published: "2013-03-26", want: "2013"},
		{name: "news of the year so far takes the publish year", text: "禁毒宣传组合拳\n今年以来，街道禁毒办联合多个部门开展禁毒宣传。", published: "2023-12-13", want: "2023"},
		{name: "news of the year so far, traditional", text: "禁毒宣傳組合拳\n今年以來，街道禁毒辦聯合多個部門開展禁毒宣傳。", published: "2023-12-13", want: "2023"},
		{name: "a sample essay dated by the day takes no stamp", text: "敬老院活动总结\n重阳节当天，我们来到敬老院陪老人聊天。", published: "2023-02-17", stamped: true, want: "none"},
		{name: "a sample essay dated by the day takes no stamp, Traditional", text: "敬老院活動總結\n重陽節當天，我們來到敬老院陪長者聊天。", published: "2023-02-17", stamped: true, want: "none"},
		{name: "news dated by the day keeps its stamp", text: "敬老院里的笑声\n重阳节当天，志愿者来到敬老院陪老人聊天。", published: "2023-10-24", stamped: true, want: "2023"},
		{name: "a title naming a sample essay anywhere takes no stamp", text: "防火演练总结范文 怎么写\n公司每年秋季都要检查灭火器材，这次还请职工学了使用方法。", published: "2022-09-06", stamped: true, want: "none"},
		{name: "a template without dates has no year", text: "社区服务活动总结\n社区服务活动有助于增进邻里之间的了解。", published: "2023-11-12", want: "none"},
		{name: "a typeset date spaces its figures from their units", text: "敬老院探访\n2024 年 5 月 18 日,志愿者来到敬老院为老人表演节目。", published: "", want: "2024"},
		{name: "a typeset date, Traditional, ideographic spaces", text: "長者探訪\n2023　年　9　月　2　日，義工探訪了獨居長者。", published: "", want: "2023"},
		{name: "a period's start after 自 is the report's", text: "社区活动\n自2023年3月起，服务点每周开放两天，志愿者轮流值守。", published: "", want: "2023"},
		{name: "a period after 自, Traditional", text: "社區活動\n自2022年11月至2023年底，服務隊走訪長者三百戶。", published: "", want: "2022"},
		{name: "a start after 自 with 以来 stays history", text: "社区活动\n该服务队自2019年以来坚持服务老人。今年3月，服务队走访了敬老院。", published: "", want: "none"},
		{name: "this year said in brackets", text: "社区活动\n自今(2024)年3月1日起，服务点每周开放两天。", published: "", want: "2024"},
		{name: "this year said in brackets, Republic of China", text: "長者關懷列車\n本(112)年度起本中心與志工隊合作辦理關懷活動。", published: "", want: "2023"},
		{name: "this year said in brackets over a later stamp", text: "社区活动\n今（2021）年以来，社区开展义诊十次。", published: "2022-01-05", stamped: true, want: "2021"},
		{name: "three digits in brackets in a Simplified text are no year", text: "社区活动\n本(112)年度服务长者五十人。", published: "", want: "none"},
		{name: "the year named most often", text: "社区活动\n2024年，社区共开展活动五十场。2023年10月起，服务点每周开放。2024年，志愿者增至百人。", published: "", want: "2024"},
		{name: "the year named most often, Traditional", text: "社區活動\n2024年，社區共舉辦活動五十場。2023年10月起，服務點每週開放。2024年，義工增至百人。", published: "", want: "2024"},
		{name: "a tie leaves the first date with a month", text: "社区活动\n2023年10月，服务点开放。2024年，志愿者增至百人。", published: "", want: "2023"},
		{name: "a later year named most is a plan", text: "慈善会年会\n会议审议了2018年工作报告。2019年将做好两项工作，2019年底前建成服务站。", published: "2018-12-21", want: "2018"},
		{name: "months all later than a post's stamp are a year before it", text: "冬至包饺子\n12月9日上午，社区在活动室开展冬至包饺子活动。", published: "2023-11-01", stamped: true, want: "none"},
		{name: "months all later than a post's stamp, Traditional", text: "冬至包餃子\n12月9日上午，社區在活動室舉辦冬至包餃子活動。", published: "2023-11-01", stamped: true, want: "none"},
		{name: "months all later than the stamp of news by the day", text: "暑期实践\n近日，7月10日至8月2日，同学们走进乡村小学支教。", published: "2018-02-07", stamped: true, want: "none"},
		{name: "one month no later than the stamp keeps its year", text: "冬至包饺子\n11月20日，社区筹备活动；12月1日，志愿者走访老人。", published: "2023-12-05", stamped: true, want: "2023"},
		{name: "the stamp's own month keeps its year, Traditional", text: "長者新春關懷\n義工於1月18日探訪長者百位，送上年貨。", published: "2026-01-01", stamped: true, want: "2026"},
		{name: "a byline's date dates news of its month", text: "河道清淤\n6月21日，村里的党员志愿者下河清理淤泥和杂草。", published: "2021-06-23", want: "2021"},
		{name: "a byline's date dates news of the month before, Traditional", text: "河道清淤\n義工們於4月28日下河清理淤泥和雜草。", published: "2019-05-02", want: "2019"},
		{name: "a month two before a byline's date takes no year", text: "河道清淤\n4月28日，党员志愿者下河清理淤泥。", published: "2019-06-02", want: "none"},
		{name: "one month well before a byline's date takes no year", text: "河道清淤\n6月21日，志愿者下河清淤；2月，村里规划了河道。", published: "2021-06-23", want: "none"},
		{name: "a sample report of its byline's month takes no year", text: "河道清淤活动总结\n6月21日，志愿者下河清淤。", published: "2021-06-23", want: "none"},
		{name: "a sample report of its byline's month takes no year, Traditional", text: "河道清淤活動總結\n6月21日，義工下河清淤。", published: "2021-06-23", want: "none"},
		{name: "a collection of sample reports of its date's month takes no year", text: "河道清淤活动总结(精选3篇)\n6月21日，志愿者下河清淤。", published: "2021-06-23", want: "none"},
		{name: "a collection of sample reports, Traditional, full-width bracket", text: "河道清淤活動總結（精選3篇）\n6月21日，義工下河清淤。", published: "2021-06-23", want: "none"},
		{name: "news of its month on a sharing site takes no year", text: "河道清淤\n本文由网友上传分享。\n6月21日，志愿者下河清淤。", published: "2021-06-23", want: "none"},
		{name: "a year alone before news of its byline's month is the news's past", text: "安检进万家\n2月20日，中心组织志愿者入户检查燃气管道。2024年，中心共检查住户三千户。", published: "2025-02-23", want: "2025"},
		{name: "a year alone before news of the month before its byline's, Traditional", text: "護士節表彰\n醫院於4月28日表彰了十位護士。2022年，全院護士共服務病人十萬人次。", published: "2023-05-02", want: "2023"},
		{name: "a year with a month before news of its byline's month stays the report's", text: "安检进万家\n2月20日，志愿者入户检查燃气管道。中心在2024年12月完成了全年检查。", published: "2025-02-23", want: "2024"},
		{name: "a year alone before months well before the byline's stays the report's", text: "安检进万家\n11月3日，志愿者入户检查燃气管道。2024年，中心共检查住户三千户。", published: "2025-02-23", want: "2024"},
		{name: "a year alone in a sample report of its byline's month stays the report's", text: "燃气安检工作总结\n2月20日，志愿者入户检查燃气管道。2024年，中心共检查住户三千户。", published: "2025-02-23", want: "2024"},
		{name: "a yearly event's name starts with its year", text: "邻里节开幕\n11月2日，“2024·桂园邻里节”在小区广场开幕。", published: "", want: "2024"},
		{name: "a yearly event's name starts with its year, Traditional", text: "長者運動會\n上週末，「2023銀髮健步行」在河濱公園舉行。", published: "", want: "2023"},
		{name: "an event's year after a comma, no quotes", text: "义诊进村\n据悉，2022乡村健康行已走过九个村。", published: "", want: "2022"},
		{name: "an event's year past a space", text: "義診進村\n本週，2021 鄉村健康行走進南坪村。", published: "", want: "2021"},
		{name: "four digits before a measure word are a count", text: "义诊进村\n活动当天，2000名村民接受了体检。", published: "", want: "none"},
		{name: "four digits before a measure word, Traditional", text: "義診進村\n當天，2000份健康手冊發到村民手中。", published: "", want: "none"},
		{name: "four digits before 余 or 万 are a count", text: "爱心募捐\n截至目前，2000余份物资和2000万善款已送达。", published: "", want: "none"},
		{name: "a cohort is no event", text: "学雷锋\n周三下午，2021级新生走进社区。", published: "", want: "none"},
		{name: "four digits inside a word are no event's year", text: "联欢会\n合唱团演唱了《相约2020春天》。", published: "", want: "none"},
		{name: "four digits ending a range are no event's year", text: "篮球联赛\n球队（2018-2019赛季）打进了决赛。", published: "", want: "none"},
		{name: "an English date's year before a headline is no event's", text: "義工探訪安老院\n本會義工一行十人前往安老院，陪伴院友唱歌、做手工。\n快訊 · May 12,2016義工再訪安老院", published: "", want: "none"},
		{name: "an official document's number dates a text that dates nothing else", text: "防溺水宣传\n根据县教育局《关于做好暑期安全工作的通知》(某教发〔2023〕15号)要求，学校组织学生观看了安全视频。", published: "", want: "2023"},
		{name: "an official document's number, Traditional, square brackets", text: "防詐宣導\n依據市府某字[2022]8號函，里辦公處邀請警員講解詐騙手法。", published: "", want: "2022"},
		{name: "the latest of the documents' numbers", text: "防溺水宣传\n按照某教发〔2021〕3号和某安办〔2022〕 7 号文件要求，学校开展了安全教育。", published: "", want: "2022"},
		{name: "a year in brackets without a serial and 号 is no document's number", text: "防溺水宣传\n按照〔2023〕年度计划，学校开展了安全教育。", published: "", want: "none"},
		{name: "a dated activity wins over a document's number", text: "防溺水宣传\n按照某教发〔2019〕5号文件要求，2023年5月，学校开展了安全教育。", published: "", want: "2023"},
		{name: "a post's stamp dates news before an event's year", text: "学雷锋\n3月5日，“2019学雷锋月”在社区启动。", published: "2020-03-06", stamped: true, want: "2020"},
		{name: "dates without a year do not take an upload date", text: "社区服务活动总结\n3月27日下午，志愿者在小区门前集中。", published: "2018-11-22", want: "none"},
		{name: "December on a post of January is the year before's", text: "冬日送温暖\n12月28日，街道志愿者为困难家庭送去棉被和米油。", published: "2020-01-03", stamped: true, want: "2019"},
		{name: "November on a post of January is the year before's", text: "敬老院里包饺子\n11月19日上午，十余名义工来到镇敬老院陪老人聊天。", published: "2026-01-08", stamped: true, want: "2025"},
		{name: "December on a post of February, unstamped, is the year before's", text: "冬日送温暖\n12月28日，街道志愿者为困难家庭送去棉被和米油。", published: "2021-02-02", want: "2020"},
		{name: "a day alone later than a January post's is December's", text: "冬日送温暖\n于29日，街道志愿者为困难家庭送去棉被和米油。", published: "2021-01-04", want: "2020"},
		{name: "a month far before a January post is no year end's", text: "冬日送温暖\n9月28日，街道志愿者为困难家庭送去棉被和米油。", published: "2020-01-03", stamped: true, want: "none"},
		{name: "December on a post of March is no year end's", text: "冬日送温暖\n12月28日，街道志愿者为困难家庭送去棉被和米油。", published: "2020-03-03", stamped: true, want: "none"},
		{name: "December and January on a post of January: not every date is the year before's", text: "冬日送温暖\n12月28日和1月2日，街道志愿者为困难家庭送去棉被和米油。", published: "2020-01-03", stamped: true, want: "2020"},
		{name: "a news post that dates nothing takes its publish year, stamped or not", text: "社区举办读书分享会\n居民们在活动室轮流朗读并分享了自己喜爱的书籍。", published: "2016-12-08", want: "2016"},
		{name: "a sample essay that dates nothing takes no unstamped publish year", text: "读书分享会活动总结\n居民们在活动室轮流朗读并分享了自己喜爱的书籍。", published: "2016-12-08", want: "none"},
		{name: "a post that dates by a month without a year takes no unstamped publish year", text: "社区举办读书分享会\n6月，居民们在活动室轮流朗读并分享了自己喜爱的书籍。", published: "2016-12-08", want: "none"},
		{name: "a report's title on a template site takes no year end's", text: "冬季送温暖活动总结\n12月28日，街道志愿者为困难家庭送去棉被和米油。", published: "2020-01-03", want: "none"},
	} {
		doc, err := ingest.Parse("a.txt", []byte(tt.text), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if tt.published != "" { // else what ingest found
			doc.Published, doc.PublishedStamped = tt.published, tt.stamped
		}
		got := "none"
		if y := documentYear(doc, x.FindDates(doc)); y != nil {
			got = strconv.Itoa(*y)
		}
		if got != tt.want {
			t.Errorf("%s: year %s, want %s (title %q)", tt.name, got, tt.want, doc.Title)
		}
	}
}

func TestInferredYearFromPublished(t *testing.T) {
	doc, err := ingest.Parse("a.txt", []byte("社区服务活动总结\n3月27日下午，志愿者在小区门前集中。"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc.Published = "2018-11-22"
	rec := New().Extract(doc, nil)
	if rec.Year != nil || rec.Published != "2018-11-22" || len(rec.Dates) == 0 || rec.Dates[0].InferredYear == nil || *rec.Dates[0].InferredYear != 2018 {
		t.Errorf("year %v, published %q, dates %+v: want no year, the publish year inferred", rec.Year, rec.Published, rec.Dates)
	}
}

// TestYearFromEmptyCounterStamp checks that a post line whose reader
// count is left empty (发布时间:… 浏览量:, 点击数: 日期:…) stamps the post, so a report
// dated by month and day without a year takes the publish year, in both
// scripts.
func TestYearFromEmptyCounterStamp(t *testing.T) {
	checkStamped2023(t,
		"桂园街道开展防溺水宣传\n发布时间:2023-06-12 浏览量:\n6月9日上午,桂园街道在滨河公园开展防溺水宣传,发放折页三百余份。\n",
		"桂園街道開展防溺水宣傳\n發佈時間:2023-06-12 瀏覽量:\n6月9日上午,桂園街道在濱河公園開展防溺水宣傳,派發單張三百餘份。\n",
		// The count left empty before the next field (点击数: 日期:…).
		"桂园街道开展防溺水宣传\n来源:本站 作者:admin 点击数: 日期:2023-06-12\n6月9日上午,桂园街道在滨河公园开展防溺水宣传,发放折页三百余份。\n",
		"桂園街道開展防溺水宣傳\n來源:本站 作者:admin 點擊數: 日期:2023-06-12\n6月9日上午,桂園街道在濱河公園開展防溺水宣傳,派發單張三百餘份。\n",
	)
}

// TestYearFromBulletedDate checks that a bullet's date alone among the
// page's facts under the headline, with a date's label or none, stamps
// the post, so a report dated by month without a year takes its year, in
// both scripts; a document site's upload date stays none.
func TestYearFromBulletedDate(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string
	}{
		{"河西小学家长义工座谈会\n  • 2021-10-08\n九月底,河西小学邀请二十位家长义工到校座谈,交流护学岗的安排。\n", "2021"},
		{"河西小學家長義工座談會\n  • 時間:2021-10-08\n  • 瀏覽次數:\n九月底,河西小學邀請二十位家長義工到校座談,交流護學崗的安排。\n", "2021"},
		{"河西小学家长义工座谈会\n- 上传时间：2021-10-08\n九月底,河西小学邀请二十位家长义工到校座谈,交流护学岗的安排。\n", "none"},
	} {
		doc, err := ingest.Parse("a.txt", []byte(tt.text), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rec := New().Extract(doc, nil)
		got := "none"
		if rec.Year != nil {
			got = strconv.Itoa(*rec.Year)
		}
		if got != tt.want || rec.Published != "2021-10-08" {
			t.Errorf("%.20s…: year %s published %q, want %s, published 2021-10-08", tt.text, got, rec.Published, tt.want)
		}
	}
}

// TestYearFromDateAloneStamp checks that a date alone on its line under
// the headline (2023-06-12, 2023.06.12) stamps the post, so a report dated
// by month without a year takes its year, in both scripts.
func TestYearFromDateAloneStamp(t *testing.T) {
	checkStamped2023(t,
		"桂园街道开展防溺水宣传\n2023-06-12\n6月9日上午,桂园街道在滨河公园开展防溺水宣传,发放折页三百余份。\n",
		"桂園街道開展防溺水宣傳\n2023.06.12\n6月9日上午,桂園街道在濱河公園開展防溺水宣傳,派發單張三百餘份。\n",
	)
}

// TestYearFromLabelledStampAmongFields checks that the post's publish
// label among its other fields (来源:… 发表时间:…, 作者:… 发布日期:…, 【发布日期:…】)
// stamps the post, so a report dated by month without a year, or dating
// nothing, takes its year, in both scripts.
func TestYearFromLabelledStampAmongFields(t *testing.T) {
	checkStamped2023(t,
		"桂园街道开展防溺水宣传\n来源: 桂园街道 发表时间: 2023-06-12 【字号:\n6月9日上午,桂园街道在滨河公园开展防溺水宣传,发放折页三百余份。\n",
		"桂園街道開展防溺水宣傳\n作者: 某某   發佈日期: 2023年06月12日\n6月9日上午,桂園街道在濱河公園開展防溺水宣傳,派發單張三百餘份。\n",
		// A news story that dates nothing: the stamp is its day.
		"“书香进万家”读书会\n【发布日期:2023-06-12】 【来源:本站】 【阅读:次】\n本报讯 近来,社区图书室办起了读书会,二十多位居民每周相聚,交流读书心得。\n",
	)
}

// checkStamped2023 checks that each text, a report dated by month without
// a year on a page stamped 2023-06-12, takes the year 2023.
func checkStamped2023(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		doc, err := ingest.Parse("a.txt", []byte(text), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rec := New().Extract(doc, nil)
		if rec.Year == nil || *rec.Year != 2023 || rec.Published != "2023-06-12" {
			t.Errorf("%.20s…: year %v published %q, want 2023 from the stamp 2023-06-12", text, rec.Year, rec.Published)
		}
	}
}

// FuzzDocumentYear: the year's judges (the words of history before and
// after a date, a template's placeholders, an upload's words) read any
// text without failing, and a year found is one a date or the publish
// date wrote.
func FuzzDocumentYear(f *testing.F) {
	for _, s := range []string{"社区活动\n这支成立于2012年的服务队。", "总结\n本次活动在X社区举行。", "提示:本篇由网友上传至本站。\n2009年全镇", "xx"} {
		f.Add(s, true)
	}
	x := New()
	f.Fuzz(func(t *testing.T, text string, stamped bool) {
		doc, err := ingest.Parse("a.txt", []byte(text), ingest.Options{})
		if err != nil {
			return
		}
		if doc.Published == "" {
			doc.Published = "2021-06-18" // a publish date as ingest writes one
		}
		doc.PublishedStamped = doc.PublishedStamped || stamped
		if y := documentYear(doc, x.FindDates(doc)); y != nil && (*y < 1000 || *y > 9999) {
			t.Fatalf("year %d from %q", *y, text)
		}
		titledAsReport(doc.Title, ywords())
	})
}

// thisBeforeBracket holds for every text thisYearSaid finds a match in:
// saidThisYear asks it first.
func TestThisBeforeBracket(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"今(2024)年3月1日起", true}, {"自本 \t（112）年度起", true}, {"今年(2024)", false},
		{"（2024）年", false}, {"本社区（2024年）", false}, {"", false}, {"今", false},
	} {
		if got := thisBeforeBracket(tt.s); got != tt.want {
			t.Errorf("thisBeforeBracket(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// Every shape thisYearSaid takes: spaces and line breaks around the
	// brackets, both brackets, years of three and four digits, words
	// before and after.
	for _, s := range []string{"今(2024)年", "本（112）年度", "今 \t( 2024 )年", "截至本\n（2023）\n年底", "今(2024）年", "社区今（113）年共开展活动"} {
		if !thisYearSaid.MatchString(s) {
			t.Errorf("%q: thisYearSaid finds no match; the case tests nothing", s)
		} else if !thisBeforeBracket(s) {
			t.Errorf("%q: thisYearSaid matches but thisBeforeBracket is false", s)
		}
	}
}

// TestYearBesideDocumentSiteLine checks that a removed document-site
// line marks an upload only when it gives the file's facts (a size, a
// page count): a stamped post dated in the stamp's month, beside a reader
// counter, a phone number or markup judged docsite, takes the stamp's
// year; beside a file's size or pages, or an editor's blurb, none — in
// both scripts.
func TestYearBesideDocumentSiteLine(t *testing.T) {
	const (
		simplified  = "湖畔小区开展旧物交换\n9月14日上午，湖畔小区在凉亭前摆起旧物交换摊，四十户居民带来了闲置的书和玩具。\n"
		traditional = "湖畔小區開展舊物交換\n9月14日上午，湖畔小區在涼亭前擺起舊物交換攤，四十戶居民帶來了閒置的書和玩具。\n"
	)
	for _, tt := range []struct {
		text    string
		removed ingest.Removed
		want    string
	}{
		{simplified, ingest.Removed{Kind: "docsite", Text: "热度:57"}, "2019"},
		{traditional, ingest.Removed{Kind: "docsite", Text: "- 點擊:3182"}, "2019"},
		{simplified, ingest.Removed{Kind: "docsite", Text: "• 咨询电话:0571-8860213"}, "2019"},
		{traditional, ingest.Removed{Kind: "docsite", Text: "• <span id=\"q7\"></span>"}, "2019"},
		{simplified, ingest.Removed{Kind: "docsite", Text: "- 12.6KB 4 页 下载"}, "none"},
		{traditional, ingest.Removed{Kind: "docsite", Text: "共 3 頁 · 86 kb"}, "none"},
		{simplified, ingest.Removed{Kind: "blurb", Text: "下面是小编整理的旧物交换活动范文，供大家参考。"}, "none"},
		{traditional, ingest.Removed{Kind: "docsite", Text: "由會員上傳分享"}, "none"},
		{simplified, ingest.Removed{Kind: "structure", Text: "优秀范文网 · 手机版"}, "none"},
		{traditional, ingest.Removed{Kind: "header", Text: "範文大全 首頁"}, "none"},
	} {
		doc, err := ingest.Parse("a.txt", []byte(tt.text), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc.Published, doc.PublishedStamped = "2019-09-16", true
		doc.Removed = append(doc.Removed, tt.removed)
		got := "none"
		if y := documentYear(doc, New().FindDates(doc)); y != nil {
			got = strconv.Itoa(*y)
		}
		if got != tt.want {
			t.Errorf("%.6s… beside %s %q: year %s, want %s", tt.text, tt.removed.Kind, tt.removed.Text, got, tt.want)
		}
	}
}

// TestYearSampleSiteKeepsStampBound checks that a page whose removed
// line names its site one of sample essays takes no publish year, while
// its stamp still bounds its years: a year long before it is history, not
// the report's (unlike an upload's date, which bounds nothing).
func TestYearSampleSiteKeepsStampBound(t *testing.T) {
	for _, tt := range []struct {
		text, removed, want string
	}{
		{"社区读书角活动总结\n社区读书角自2011年起开放，本月又添了两个书架。\n", "范文大全 首页", "none"},
		{"社區讀書角活動總結\n社區讀書角自2011年起開放，本月又添了兩個書架。\n", "範文大全 首頁", "none"},
	} {
		doc, err := ingest.Parse("a.txt", []byte(tt.text), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc.Published, doc.PublishedStamped = "2022-04-18", true
		doc.Removed = append(doc.Removed, ingest.Removed{Kind: "header", Text: tt.removed})
		got := "none"
		if y := documentYear(doc, New().FindDates(doc)); y != nil {
			got = strconv.Itoa(*y)
		}
		if got != tt.want {
			t.Errorf("%.6s… beside %q: year %s, want %s", tt.text, tt.removed, got, tt.want)
		}
	}
}
