package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// testTitleScorer is the title scorer with its default weights and
// words; a test stops if they do not load.
func testTitleScorer(t testing.TB) *titleScorer {
	t.Helper()
	ts, err := defaultTitleScorer()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func TestChooseTitle(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		name      string
		lines     []string
		fileTitle string
		title     string
		line      int
		rest      string
	}{
		{"bracketed title run into the body", []string{"【社区植树活动总结范文】在过去的几个月中，我社区开展了多次植树活动。"}, "",
			"社区植树活动总结范文", 0, "在过去的几个月中，我社区开展了多次植树活动。"},
		{"title run on after a space", []string{"春风暖人心 ——3月5日某某社区活动总结 一天终于结束了，志愿者们都很累。"}, "",
			"春风暖人心 ——3月5日某某社区活动总结", 0, "一天终于结束了，志愿者们都很累。"},
		{"site title and article title fused", []string{"2022年防汛演练活动总结防汛演练活动总结一防汛演练至今已有多年，社区每年都开展宣传。"}, "",
			"2022年防汛演练活动总结", 0, "防汛演练活动总结一防汛演练至今已有多年，社区每年都开展宣传。"},
		{"organisation name above the report title", []string{"某某社会工作中心", "2018年1月16日", "某某社区2017年志愿者表彰大会圆满落幕!", "1月12日下午，总结大会在社区举行。"}, "",
			"某某社区2017年志愿者表彰大会圆满落幕!", 2, ""},
		{"list number and page counter", []string{"第1篇 社區全民禁毒宣傳月活動總結", "為進一步深化毒品預防宣傳教育，社區開展了宣傳月活動。"}, "",
			"社區全民禁毒宣傳月活動總結", 0, ""},
		{"page counter", []string{"街道办事处年终总结(9)", "今年街道办事处在区委的领导下，完成了各项工作。"}, "",
			"街道办事处年终总结", 0, ""},
		{"file name over a numbered heading", []string{"一、 活动目的", "愿这次活动让小区居民生活更方便。"}, "某某社区服务活动总结",
			"某某社区服务活动总结", -1, ""},
		{"a subtitle is not the title", []string{"学雷锋展青春,志愿服务进社区", "——某某中学走进某某社区活动纪实", "三月春风拂面，志愿者们来到社区。"}, "",
			"学雷锋展青春,志愿服务进社区", 0, ""},
		{"a layout cell's border after the title", []string{"东湖社区重阳敬老活动 |", "九月初九，社区为八十岁以上的老人举办了一场寿宴，志愿者们忙前忙后。"}, "",
			"东湖社区重阳敬老活动", 0, ""},
		{"a layout cell's borders around the title", []string{"｜ 东湖社区重阳敬老活动 ｜", "九月初九，社区为八十岁以上的老人举办了一场寿宴，志愿者们忙前忙后。"}, "",
			"东湖社区重阳敬老活动", 0, ""},
		{"a headline closed with a full stop", []string{"2024社区敬老活动总结(共5篇)。", "九月初九，社区为八十岁以上的老人举办了一场寿宴，志愿者们忙前忙后。"}, "",
			"2024社区敬老活动总结(共5篇)", 0, ""},
		{"a sentence closed with a full stop is no headline", []string{"我们写了这份活动总结。", "九月初九，社区为八十岁以上的老人举办了一场寿宴，志愿者们忙前忙后。"}, "", "", 0, ""},
		{"a title with its count of pieces, a notice and the title again", []string{"社区植树活动总结范文3篇范文仅供参考,请自行修改社区植树活动总结范文3篇社区植树活动总结1三月十二日，我们在河堤种下了一百棵树苗。"}, "",
			"社区植树活动总结范文3篇", 0, "社区植树活动总结1三月十二日，我们在河堤种下了一百棵树苗。"},
		{"a count of pieces in a sentence is no title's", []string{"社区植树活动总结3篇已经交给街道，大家辛苦了。"}, "", "", 0, ""},
		{"a line without letters is never a title", []string{"2019-03-05 16:20", "97"}, "", "", 0, ""},
		{"a byline is never a title", []string{"某某晚报·某某点通讯员 张三", "3月5日，社区开展了活动。"}, "", "", 0, ""},
		{"a byline with a slash is never a title", []string{"某某大学公益合作校园记者张小华/新北报导", "里民志工们每个月都集合起来清扫里内的环境，大家二话不说就出动。"}, "", "", 0, ""},
		{"Latin words are no title", []string{"Skip to Main Content", "义工们来到社区，探访了二十户独居长者，送上了礼物。"}, "", "", 0, ""},
		{"a column's name is no title", []string{"Press Release 新聞稿", "某某學會社區服務隊嘉許禮", "學會今日舉行嘉許禮，表揚一眾義工，並感謝各協作夥伴的支持。"}, "",
			"某某學會社區服務隊嘉許禮", 1, ""},
		{"the title said twice outranks a line above it", []string{"某某社区服务中心简介", "邻里节活动回顾", "邻里节活动回顾", "五月十八日，社区举办了第三届邻里节，居民们踊跃参加。"}, "",
			"邻里节活动回顾", 1, ""},
		{"a page counter and a doubled title before the body", []string{"第1页共4页义诊队总结报告义诊队总结报告2023年7月，某某义诊队在某县开展了为期五天的义诊活动。"}, "",
			"义诊队总结报告", 0, "2023年7月，某某义诊队在某县开展了为期五天的义诊活动。"},
		{"a headline's second phrase after a space", []string{"東興社區關懷據點112年度成果報告 長輩共學共餐一年逾萬人次", "記者某某／某地報導", "某某社區發展協會日前公布112年度成果報告，以下為報告重點。"}, "",
			"東興社區關懷據點112年度成果報告 長輩共學共餐一年逾萬人次", 0, ""},
		{"a headline's second half after a hyphen", []string{"南坡乡卫生院新闻稿-量血压,送药箱", "六月三日，南坡乡卫生院的医护人员来到北村，为村里的老人量血压、送药箱。"}, "",
			"南坡乡卫生院新闻稿-量血压,送药箱", 0, ""},
		{"a headline's second half after a bar", []string{"文明实践在河口|柳庄,五十位老人过“集体生日”", "九月九日，柳庄的志愿者为五十位老人办了一场集体生日会。"}, "",
			"文明实践在河口|柳庄,五十位老人过“集体生日”", 0, ""},
		{"a site's name after the headline is cut off", []string{"南坡乡卫生院开展义诊活动-南坡乡人民政府网", "六月三日，南坡乡卫生院的医护人员来到北村，为村里的老人量血压、送药箱。"}, "",
			"南坡乡卫生院开展义诊活动", 0, ""},
		{"a headline over its deck on one line, longer than a title", []string{"“红烛照童心·暖冬送书行”——河湾镇中心小学教师为山区留守儿童送上过冬书包", "一月五日上午，河湾镇中心小学的十二名教师带着新书包来到山区教学点。"}, "",
			"“红烛照童心·暖冬送书行”——河湾镇中心小学教师为山区留守儿童送上过冬书包", 0, ""},
		{"a deck ending with the scene is no caption", []string{"助残日里送温暖 爱心伴同行 ——青石社区志愿者走进助残日活动现场", "五月十九日，青石社区的志愿者冒雨为盲人朋友撑伞引路。"}, "",
			"助残日里送温暖 爱心伴同行 ——青石社区志愿者走进助残日活动现场", 0, ""},
		{"a deck after two hyphens is no site's name", []string{"门户网 首页新闻频道教育频道房产频道汽车频道旅游频道健康频道美食频道", "", "\"守望邻里 温暖同行\"--柳岸街道邻里节主题活动顺利举办", "", "四月二十日上午，柳岸街道在中心广场举办第五届邻里节，三百多名居民参加。"}, "",
			"\"守望邻里 温暖同行\"--柳岸街道邻里节主题活动顺利举办", 2, ""},
		{"a column's tag in 【】 before the headline", []string{"【新聞動態】我院舉辦2022年大型義診活動", "9月16日，我院開展2022年大型義診活動，專家們為群眾答疑。"}, "",
			"我院舉辦2022年大型義診活動", 0, ""},
		{"a short tag in 【】 stays in the title", []string{"【某镇】花好月圆,邻里同欢--某某村中秋游园活动", "为了营造节日气氛，增进居民间的交流，社工开展了中秋游园活动。"}, "",
			"【某镇】花好月圆,邻里同欢--某某村中秋游园活动", 0, ""},
		{"a short tag in 【】 stays in the title, Traditional", []string{"【特稿】老街茶館重新開張迎街坊", "茶館停業半年後，於上週六重新開門，老街坊們一早就來排隊。"}, "",
			"【特稿】老街茶館重新開張迎街坊", 0, ""},
		{"a site's notice in 【】 is cut off", []string{"【声明】某某协会开展冬衣募集活动不收任何费用", "近日有人冒用本站名义打电话推销，请大家提高警惕。"}, "",
			"某某协会开展冬衣募集活动不收任何费用", 0, ""},
		{"a site's notice in 【】 is cut off, Traditional", []string{"【聲明】某某協會開展冬衣募集活動不收任何費用", "近日有人冒用本站名義打電話推銷，請大家提高警覺。"}, "",
			"某某協會開展冬衣募集活動不收任何費用", 0, ""},
		{"an author's label in 【】 stays in the title", []string{"【某某项目组】粽香端午,爱心相伴——志愿者特别活动", "端午节前，项目组和志愿者一起走进了社区。"}, "",
			"【某某项目组】粽香端午,爱心相伴——志愿者特别活动", 0, ""},
		{"a headline printed after the lead paragraph", []string{"端午前夕，社区居民聚在活动室里，一起动手包粽子。", "粽叶飘香邻里情 端午佳节话团圆", "老人们一边包一边教孩子们怎么捆线。"}, "",
			"粽叶飘香邻里情 端午佳节话团圆", 1, ""},
		{"a couplet after the lead that comes back lower down is a section heading", []string{"为提升居民防骗意识，近日，某某社区联合派出所开展了反诈宣传活动。", "聚焦重点人群,精准上门宣传", "社区民警走进老人家中，讲解常见骗局。", "创新宣传形式,扩大覆盖范围", "社区还在广场举办了知识竞答。"}, "",
			"", 0, ""},
		{"a menu of two words after the lead is no headline", []string{"端午前夕，社区居民聚在活动室里，一起动手包粽子。", "关于我们 联系方式", "老人们一边包一边教孩子们怎么捆线。"}, "",
			"", 0, ""},
		{"a counted title whose document opens with it", []string{"醫院送醫下鄉義診活動總結", "2024年下鄉義診活動半年工作總結(2篇)", "2024年下鄉義診活動半年工作總結____年下鄉義診活動半年工作總結一、引言隨著社會發展，我國醫療衛生事業取得了巨大的進步。"}, "",
			"2024年下鄉義診活動半年工作總結(2篇)", 1, ""},
		{"a headline ending with an organisation's name after an event's verb", []string{"热烈祝贺某某镇成功创建星级助老服务站", "2022-3-10 57 3/10", "近日，某某街道养老服务驿站评上首批星级驿站，驿站里有助餐室和康复室。"}, "",
			"热烈祝贺某某镇成功创建星级助老服务站", 0, ""},
		{"a header's copy cut short over the headline said whole", []string{"某某街道综合服务中心举办“邻里守望,共建家园”社", "某某街道综合服务中心举办“邻里守望,共建家园”社区议事活动", "近日，中心在广场举办了一场社区议事活动，三十多位居民参加。"}, "",
			"某某街道综合服务中心举办“邻里守望,共建家园”社区议事活动", 1, ""},
		{"an issue label before a headline said again plainly", []string{"第8期:东湖社区义工冬至探访独居长者", "东湖社区简报编辑部", "东湖社区义工冬至探访独居长者", "冬至前一天，二十名义工带着汤圆走访了辖区的独居长者。"}, "",
			"东湖社区义工冬至探访独居长者", 2, ""},
		{"a headline in brackets over the same plainly", []string{"最新活动", "「长幼同行共融义工计划」", "长幼同行共融义工计划", "计划由社区中心主办，招募了四十位中学生和长者一同参加。"}, "",
			"长幼同行共融义工计划", 2, ""},
		{"a file name with words before the headline said as a line", []string{"某某下载站 社区重阳敬老活动总结5篇", "社区重阳敬老活动总结5篇", "篇1 九月初九，社区为八十岁以上的老人举办了一场寿宴，志愿者们忙前忙后。"}, "",
			"社区重阳敬老活动总结5篇", 1, ""},
		{"a collection's title over its first piece's heading", []string{"社区重阳敬老活动总结", "社区重阳敬老活动总结一", "九月初九，社区为八十岁以上的老人举办了一场寿宴，志愿者们忙前忙后。"}, "",
			"社区重阳敬老活动总结", 0, ""},
		{"the report's own heading above its first paragraph over a sidebar's report", []string{"某某集团2023年度社会责任报告", "某某公益基金2022年度公益年报", "某某集团“爱心驿站”2023年公益服务总结", "“爱心驿站”是公司于2019年发起的司机关爱项目，为过往司机提供热水和休息。"}, "",
			"某某集团“爱心驿站”2023年公益服务总结", 2, ""},
		{"the report's own heading above its first paragraph over a file's name", []string{"某某医院2024年度志愿服务工作总结", "2024年，我院志愿服务工作在院党委领导下，由社工部统筹实施。"}, "2024年医院志愿服务总结（定稿）",
			"某某医院2024年度志愿服务工作总结", 0, ""},
		{"a forum's title field with a board's tag", []string{"作者someone (某某)", "標題[心得] 113年寒假某某營隊成果報告", "時間Sun Feb 18 21:03:11 2024", "大家好，我是某某社的總召，整理一下營隊的成果跟大家分享。"}, "",
			"113年寒假某某營隊成果報告", 1, ""},
		{"a ticker's notice above the headline", []string{"某某小学", "校园公告：本学期家长会定于4月12日下午召开，请各位家长准时参加。", "德育天地", "某某小学2024年学雷锋志愿服务月活动总结", "三月是学雷锋月，学校组织全校学生开展了系列志愿服务活动，现总结如下。"}, "",
			"某某小学2024年学雷锋志愿服务月活动总结", 3, ""},
		{"a label's prose is the first paragraph: no split after it", []string{"当前所在位置:首页 >> 联盟动态", "张三：我们几人一起来到医院的患者服务部，签完到，穿上志愿者的服装，就开始了工作。", "我们在二楼的自助取报告机旁安排了两位同学，今天来就诊的患者比较多。"}, "",
			"", 0, ""},
		{"a field label before the title", []string{"名  称： 某某街道2022年志愿服务工作总结", "一年来，街道志愿服务工作取得了新进展。"}, "",
			"某某街道2022年志愿服务工作总结", 0, ""},
		{"a disclosure table's title row, its label spaced out, a bar after it", []string{"| 标 题 | 白沙社区为独居老人装上烟雾报警器", "上周，白沙社区联合消防站为二十三户独居老人免费安装了烟雾报警器。"}, "",
			"白沙社区为独居老人装上烟雾报警器", 0, ""},
		{"a disclosure table's title row, its label in brackets, a bar after it, Traditional", []string{"[ 名 稱 ] | 白沙社區為獨居老人裝上煙霧報警器", "上週，白沙社區聯合消防站為二十三戶獨居老人免費安裝了煙霧報警器。"}, "",
			"白沙社區為獨居老人裝上煙霧報警器", 0, ""},
		{"a column's name before a bar is no title's label", []string{"社区动态 | 白沙社区为独居老人装上烟雾报警器", "上周，白沙社区联合消防站为二十三户独居老人免费安装了烟雾报警器。"}, "",
			"社区动态 | 白沙社区为独居老人装上烟雾报警器", 0, ""},
		{"a column label in brackets before the title", []string{"[活动回顾] 2019年冬季走访慰问活动总结", "一月中旬，协会组织志愿者走访了辖区困难家庭。"}, "",
			"2019年冬季走访慰问活动总结", 0, ""},
		{"a title run into its first sentence without a space", []string{"======", "某某街道图书室2023年读书日系列活动总结为营造全民阅读的氛围，图书室开展了系列活动。"}, "",
			"某某街道图书室2023年读书日系列活动总结", 1, "为营造全民阅读的氛围，图书室开展了系列活动。"},
		{"a report's name with an organisation is no column", []string{"社区工作总结", "今年以来，社区在街道党工委的领导下，各项工作取得了新进展。"}, "",
			"社区工作总结", 0, ""},
		{"a meeting named after a report is no title run on", []string{"某某街道2023年工作总结暨表彰大会于12月28日在街道会议室召开，各社区负责人参加。"}, "", "", 0, ""},
		{"a sentence about a report goes on after its ending", []string{"某某社区2023年度工作总结如下：一年来，社区在街道的领导下开展了各项工作。"}, "", "", 0, ""},
		{"a line of the text fuller than the file's name", []string{"2021年社区“6·26”禁毒宣传月活动总结", "为提高居民的禁毒意识，社区开展了为期一个月的宣传活动。"}, "2021年社区禁毒宣传月活动总结",
			"2021年社区“6·26”禁毒宣传月活动总结", 0, ""},
		{"a column's name before a 丨 is part of the headline", []string{"活动回顾丨某某社区重阳敬老活动总结", "重阳节当天，社区志愿者为老人送去了重阳糕。"}, "",
			"活动回顾丨某某社区重阳敬老活动总结", 0, ""},
		{"a kicker before a bar is part of the headline", []string{"喜迎新春 | 某某社区2023年度志愿者总结表彰会", "近日，某某社区开展了义工表彰活动。"}, "",
			"喜迎新春 | 某某社区2023年度志愿者总结表彰会", 0, ""},
		{"a site's name before a bar is cut off", []string{"某某社工网 | 某某社区重阳敬老活动总结", "重阳节当天，社区志愿者为老人送去了重阳糕。"}, "",
			"某某社区重阳敬老活动总结", 0, ""},
		{"a site's name after a separator is cut off", []string{"某某社区重阳敬老活动总结_某某范文网", "重阳节当天，社区志愿者为老人送去了重阳糕。"}, "",
			"某某社区重阳敬老活动总结", 0, ""},
		{"a path of three parts gives its title", []string{"某某中心 - 最新消息 - 2023年度义工服务总结", "一年来，中心义工队开展了各类服务。"}, "",
			"2023年度义工服务总结", 0, ""},
		{"an exclamation inside a headline", []string{"回顾｜某某托管班结营啦！附项目总结", "七月，托管班迎来了三十名孩子。"}, "",
			"回顾｜某某托管班结营啦！附项目总结", 0, ""},
		{"a label of words in brackets is no numbered heading", []string{"网站首页", "【志工纪录】2023 偏乡课辅陪读志工一年回顾", "新的一年到了，照惯例来整理一下去年当陪读志工的纪录。"}, "",
			"【志工纪录】2023 偏乡课辅陪读志工一年回顾", 1, ""},
		{"a recommendation's label:value loses to the title said twice", []string{"热门范文：2023年社区志愿服务工作总结范文(通用10篇)", "某某社区助残日活动总结", "目录：某某社区助残日活动总结", "今年助残日，社区组织志愿者开展了一周的服务。"}, "",
			"某某社区助残日活动总结", 1, ""},
		{"a label before spaces", []string{"標題  112年暑期社區關懷志工服務營成果報告", "暑假期間，本校志工隊前往社區服務。"}, "",
			"112年暑期社區關懷志工服務營成果報告", 0, ""},
		{"a couplet headline over a byline", []string{"垃圾分类进楼栋,共建美丽家园", "某某花园义工队宣传员", "七月一日，小区志愿服务分队开展了垃圾垃圾分类进楼栋。"}, "",
			"垃圾分类进楼栋,共建美丽家园", 0, ""},
		{"a title run into a numbered section", []string{"重阳敬老活动总结一、活动概况九月初九，社区为老人举办了茶话会。"}, "",
			"重阳敬老活动总结", 0, "一、活动概况九月初九，社区为老人举办了茶话会。"},
		{"a long first line above a table of fields", []string{"20240412某某市义工协会“健康同行”社区医院(门诊)导诊服务活动第118期(周五)", "编号 | 2024031133 | 服务区域 | 某某街道 |", "四月十二日上午，十二位志愿者来到社区医院，开展了门诊导诊志愿服务，帮助患者挂号缴费。"}, "",
			"20240412某某市义工协会“健康同行”社区医院(门诊)导诊服务活动第118期(周五)", 0, ""},
		{"a long line further down is no title", []string{"某某社区", "20240412某某市义工协会“健康同行”社区医院(门诊)导诊服务活动第118期(周五)", "四月十二日上午，十二位志愿者来到社区医院，开展了门诊导诊志愿服务。"}, "", "", 0, ""},
		{"the line above the first section under a page's notices", []string{"- 2、本文档由网友上传，付费后仅供个人学习研究之用，不得用于商业用途。", "- 4、如文档侵犯您的权益，请联系客服处理，我们将在三个工作日内答复。", "PAGE", "某某街社工站年度评估报告", "一、项目背景与目标", "社工站成立于2019年，为社区居民提供专业的社会服务。"}, "",
			"某某街社工站年度评估报告", 3, ""},
		{"a copy's counter on a file name", []string{"一、 活动目的", "愿这次活动让小区居民生活更方便。"}, "某某社区服务活动总结 (2)",
			"某某社区服务活动总结", -1, ""},
		{"a series' issue over a form's rows", []string{"【第9期】某某街道“爱在社区”志愿服务招募志愿者!", "【活动时间】:2025年3月1日上午9:00", "【活动地点】:某某小区中心广场", "本次活动需要志愿者二十名，请大家踊跃报名参加。"}, "",
			"【第9期】某某街道“爱在社区”志愿服务招募志愿者!", 0, ""},
		{"a form's rows alone are no title", []string{"【活动时间】:2025年3月1日上午9:00", "【活动地点】:某某小区中心广场", "本次活动需要志愿者二十名，请大家踊跃报名参加。"}, "", "", 0, ""},
		{"a sample's label after a space is the site's", []string{"2023年暑期社区服务活动总结 『范文2』", "暑假里，同学们走进社区，为老人打扫庭院、修剪花草。"}, "",
			"2023年暑期社区服务活动总结", 0, ""},
		{"a word count after a space is the site's, traditional", []string{"第二篇 義賣活動總結 800字", "義賣活動總結", "同學們把義賣所得捐給了敬老院，老人們都很高興。"}, "",
			"義賣活動總結", 0, ""},
		{"a piece's number after the ending", []string{"志愿服务让我们学会关心他人,大家在服务中收获快乐的同时,也一定写过不少活动总结", "助老日活动总结篇2", "今年五月，社区组织志愿者上门为老人理发、量血压。"}, "",
			"助老日活动总结篇2", 1, ""},
		{"a paragraph's clauses are no title and a site's name", []string{"在我国的传统节日-端午节到来之际，为了传承民俗文化，让居民感受邻里温情。6月8日，青松社区开展了包粽子活动。", "活动结束后，志愿者们合影留念。"}, "", "", 0, ""},
		{"a paragraph's clauses are no title, Traditional", []string{"在我國的傳統節日-端午節到來之際，為了傳承民俗文化，讓居民感受鄰里溫情。6月8日，青松社區舉辦了包粽子活動。", "活動結束後，義工們合影留念。"}, "", "", 0, ""},
		{"a first sentence opened by its day and a comma", []string{"3月12日上午，社区志愿者在河堤开展了“绿色家园”植树活动", "大家分成四组，种下了一百棵树苗。"}, "", "", 0, ""},
		{"a first sentence opened by its day and a comma, Traditional", []string{"3月12日上午，社區義工在河堤舉辦了「綠色家園」植樹活動", "大家分成四組，種下了一百棵樹苗。"}, "", "", 0, ""},
		{"a headline with a day, no comma", []string{"3月12日 社区志愿者河堤植树", "大家分成四组，种下了一百棵树苗。"}, "", "3月12日 社区志愿者河堤植树", 0, ""},
		{"a place in brackets is part of the title", []string{"[某某区]争当时代活雷锋 志愿服务最快乐", "三月五日，某某区志愿者走上街头，开展学雷锋活动。"}, "",
			"[某某区]争当时代活雷锋 志愿服务最快乐", 0, ""},
		{"a news headline right above the first paragraph that echoes it, under a site's line", []string{"每天新鲜资讯,处处贴心服务", "青禾少年宫小小航模手放飞滑翔机", "周六上午，青禾少年宫的二十名小小航模手在操场上放飞了自己拼装的滑翔机。"}, "",
			"青禾少年宫小小航模手放飞滑翔机", 1, ""},
		{"a news headline right above the first paragraph that echoes it, under a site's line, Traditional", []string{"每天新鮮資訊,處處貼心服務", "青禾少年宮小小航模手放飛滑翔機", "週六上午，青禾少年宮的二十名小小航模手在操場上放飛了自己拼裝的滑翔機。"}, "",
			"青禾少年宮小小航模手放飛滑翔機", 1, ""},
		{"a deck right above the first paragraph under its headline: the headline stays", []string{"东坡社区开展防诈骗宣传进楼栋活动", "东坡社区：防诈骗宣传进楼栋 守好居民钱袋子", "本周三，东坡社区组织网格员把防诈骗宣传进楼栋的传单送到十栋居民楼。"}, "",
			"东坡社区开展防诈骗宣传进楼栋活动", 0, ""},
		{"a deck right above the first paragraph under its headline, Traditional", []string{"東坡社區舉辦防詐騙宣傳進樓棟活動", "東坡社區：防詐騙宣傳進樓棟 守好居民錢袋子", "本週三，東坡社區組織網格員把防詐騙宣傳進樓棟的傳單送到十棟居民樓。"}, "",
			"東坡社區舉辦防詐騙宣傳進樓棟活動", 0, ""},
		{"a news headline run on into the post's fields right above the first paragraph: the headline without them", []string{"我校青禾支教队获评市级优秀志愿服务团队发布时间:2021-06-18 作者:", "近日，市志愿者协会公布评选结果，我校青禾支教队获评优秀志愿服务团队。"}, "",
			"我校青禾支教队获评市级优秀志愿服务团队", 0, "发布时间:2021-06-18 作者:"},
		{"a place's label ending with a colon over its headline, under a row of titles", []string{"《晨光周报》 《晨光周报少儿版》 《晨光文摘》", "云溪县柏林村社区：", "冬至包饺子,邻里情更浓", "冬至前一天，柏林村社区请来二十位独居老人，和志愿者一起包饺子。"}, "",
			"冬至包饺子,邻里情更浓", 2, ""},
		{"a place's label ending with a colon over its headline, under a row of titles, Traditional", []string{"《晨光週報》 《晨光週報少兒版》 《晨光文摘》", "雲溪縣柏林村社區：", "冬至包餃子,鄰里情更濃", "冬至前一天，柏林村社區請來二十位獨居老人，和義工一起包餃子。"}, "",
			"冬至包餃子,鄰里情更濃", 2, ""},
		{"a line ending with a colon with nothing below it to take", []string{"云溪县柏林村社区冬至活动总结：", "冬至前一天，柏林村社区请来二十位独居老人，和志愿者一起包饺子。"}, "",
			"云溪县柏林村社区冬至活动总结：", 0, ""},
		{"a line ending with a colon over a list's first item announces the list", []string{"东湖社区老年协会这一年主要做了几件事：", "一、组织四十多位老人到郊外的果园采摘。", "二、请社区医生每月来测一次血压。"}, "",
			"", 0, ""},
		{"a line ending with a colon over a list's first item, Traditional", []string{"東湖社區老年協會這一年主要做了幾件事：", "一、組織四十多位老人到郊外的果園採摘。", "二、請社區醫生每月來測一次血壓。"}, "",
			"", 0, ""},
		{"a lead-in over a numbered first item under the headline: the headline", []string{"东湖社区老年协会年度工作回顾", "协会今年的工作有3个方面：", "（1）组织四十多位老人到郊外的果园采摘。", "（2）请社区医生每月来测一次血压。"}, "",
			"东湖社区老年协会年度工作回顾", 0, ""},
		{"a lead-in over a numbered first item under the headline, Traditional", []string{"東湖社區老年協會年度工作回顧", "協會今年的工作有3個方面：", "第一、組織四十多位老人到郊外的果園採摘。", "第二、請社區醫生每月來測一次血壓。"}, "",
			"東湖社區老年協會年度工作回顧", 0, ""},
	} {
		c, ok := chooseTitle(tt.lines, nil, tt.fileTitle, "", removedHead{}, fv, ts, nil, nil, nil)
		if tt.title == "" {
			if ok {
				t.Errorf("%s: title %q, want none", tt.name, c.text)
			}
			continue
		}
		if !ok || c.text != tt.title || c.line != tt.line || c.rest != tt.rest {
			t.Errorf("%s: got %q line %d rest %q (found %v), want %q line %d rest %q", tt.name, c.text, c.line, c.rest, ok, tt.title, tt.line, tt.rest)
		}
	}
}

// TestRunOnNote checks that a site's notice between a title run on into
// the text and the title said again is cut off as the candidate's note,
// in both scripts, and that a title said again without a notice has none.
func TestRunOnNote(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct{ line, title, note, rest string }{
		{"社区植树活动总结范文3篇范文仅供参考,请自行修改社区植树活动总结范文3篇社区植树活动总结1三月十二日，我们种下了树苗。",
			"社区植树活动总结范文3篇", "范文仅供参考,请自行修改", "社区植树活动总结范文3篇社区植树活动总结1三月十二日，我们种下了树苗。"},
		{"社區植樹活動總結範文3篇範文僅供參考,請自行修改社區植樹活動總結範文3篇社區植樹活動總結1三月十二日，我們種下了樹苗。",
			"社區植樹活動總結範文3篇", "範文僅供參考,請自行修改", "社區植樹活動總結範文3篇社區植樹活動總結1三月十二日，我們種下了樹苗。"},
		{"社区植树活动总结范文3篇社区植树活动总结范文3篇社区植树活动总结1三月十二日，我们种下了树苗。",
			"社区植树活动总结范文3篇", "", "社区植树活动总结范文3篇社区植树活动总结1三月十二日，我们种下了树苗。"},
	} {
		title, note, rest := ts.splitRunOn(tt.line)
		if title != tt.title || note != tt.note || rest != tt.rest {
			t.Errorf("splitRunOn(%q) = %q, %q, %q; want %q, %q, %q", tt.line, title, note, rest, tt.title, tt.note, tt.rest)
		}
	}
}

// TestLeadIn: a line ending with a colon after 如下 or 以下 announces the
// lines below it and is never a title; a page opening with one has no
// title and keeps the line; a salutation before a colon is not judged.
func TestLeadIn(t *testing.T) {
	ts := testTitleScorer(t)
	for line, want := range map[string]bool{
		"社区敬老活动记录如下：":     true,
		"主要做了以下三个方面的工作:":  true,
		"主要做了以下三個方面的工作：":  true,
		"某某小学、某某幼儿园：":     false, // a letter's salutation
		"社区敬老活动记录如下":      false, // no colon
		"社区敬老活动：记录如下的三件事": false,
	} {
		if got := ts.leadIn(fold.ToSimplified(line)); got != want {
			t.Errorf("leadIn(%q) = %v, want %v", line, got, want)
		}
	}
	doc, err := Parse("a.txt", []byte("社區敬老活動記錄如下：\n活動時間：2024年10月11日\n活動地點：社區活動室\n義工們為三十位長者量了血壓，還陪他們下棋聊天。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "" || !strings.Contains(doc.Text, "社區敬老活動記錄如下") {
		t.Errorf("title %q, text %q: want no title and the lead-in kept", doc.Title, doc.Text)
	}
}

// TestLeadsList: a line ending with a colon right above a list's first
// item announces the list, in both scripts; a colon over a later item, a
// number running on or no colon does not.
func TestLeadsList(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"义工队今年做了几件事：", "", "一、探访独居老人。"}, true},
		{[]string{"義工隊今年做了幾件事：", "一、探訪獨居老人。"}, true},
		{[]string{"工作有3个方面:", "第一、探访独居老人。"}, true},
		{[]string{"工作有3個方面:", "第一，探訪獨居老人。"}, true},
		{[]string{"探访岗：", "（1）本月探访独居老人12户。"}, true},
		{[]string{"探訪崗：", "(一)本月探訪獨居老人12戶。"}, true},
		{[]string{"探访岗：", "1.本月探访独居老人12户。"}, true},
		{[]string{"探访岗：", "①本月探访独居老人12户。"}, true},
		{[]string{"探访岗：", "1.5万元用于购买慰问品。"}, false},   // a number running on
		{[]string{"探访岗：", "二、本月探访独居老人12户。"}, false},  // not the first item
		{[]string{"义工队今年做了几件事", "一、探访独居老人。"}, false}, // no colon
		{[]string{"義工隊今年做了幾件事：", "本月探訪獨居老人12戶。"}, false},
		{[]string{"义工队今年做了几件事："}, false},
	} {
		if got := leadsList(tt.lines, 0); got != tt.want {
			t.Errorf("leadsList(%q) = %v, want %v", tt.lines, got, tt.want)
		}
	}
}

// The last step of a breadcrumb is a candidate, after the lines: a line
// saying the same wins the tie, and is dropped from the body.
func TestChooseTitleCrumb(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		lines       []string
		crumb, want string
		line        int
	}{
		{[]string{"九月初，分队联同长者中心义工探访了独居长者，表达关怀，并把长者的需要转介中心跟进。"}, "「回歸共慶顯關懷」探訪", "「回歸共慶顯關懷」探訪", -1},
		{[]string{"慰问养老院活动总结", "养老院里住着七十多位老人，子女很少能来陪伴他们，我们这次去看望了他们。"}, "慰问养老院活动总结", "慰问养老院活动总结", 0},
		{[]string{"老五老日照中心日前办理秋季出游，带领二十名长辈前往博物馆参观。"}, "最新消息", "", 0},
	} {
		c, ok := chooseTitle(tt.lines, nil, "", tt.crumb, removedHead{}, fv, ts, nil, nil, nil)
		if tt.want == "" {
			if ok {
				t.Errorf("crumb %q: title %q, want none", tt.crumb, c.text)
			}
			continue
		}
		if !ok || c.text != tt.want || c.line != tt.line {
			t.Errorf("crumb %q: got %q line %d (found %v), want %q line %d", tt.crumb, c.text, c.line, ok, tt.want, tt.line)
		}
	}
}

// TestSeriesTagged: a series' issue in brackets is no section number.
func TestSeriesTagged(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"【第18期】某某志愿服务招募", true},
		{"[第 3 站]某某社区", true},
		{"〔第二届〕邻里节活动回顾", true},
		{"【NO.5】社区快讯", true},
		{"【一】活动背景", false},
		{"第18期某某志愿服务招募", false},
		{"【活动汇报】某某行动", false},
	} {
		if got := seriesTagged(tt.f); got != tt.want {
			t.Errorf("seriesTagged(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestFormRow: a row of fields, its label plain or in any brackets, or a
// field after a word and a space, is a form's; a headline after its place
// is not.
func TestFormRow(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"【活动时间】:2024年3月6日下午2:30", true},
		{"[地点]：社区活动室", true},
		{"〔报名方式〕:扫码报名", true},
		{"负责人: 某某 成员:25个", true},
		{"某某社区:银龄课堂进楼栋 老人学会用手机", false},
		{"某某村:爱心助学暖童心", false},
		{"【第18期】某某志愿服务招募志愿者!", false},
		{"【活动汇报】某某行动第三站:某某社区", false},
		{"活动时间2025年", false},
		{"青山网・绿水网 技术支持:某某科技公司", true}, // a field after a word and a space
		{"心得體會 姓名:王小明", true},
		{"喜迎新春 社区居民共写春联", false},
		{"喜迎新春 专访: ", false}, // a label without its value
	} {
		if got := formRow(fold.ToSimplified(tt.f)); got != tt.want {
			t.Errorf("formRow(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

func TestParseTitleScorer(t *testing.T) {
	for in, want := range map[string]string{
		"[weights]\nending x":      "bad number",
		"[weights]\nending 3":      "no genre_word",
		"[weights]\n[endings]\n总结": "no ending",
		"junk":                     "before any [section]",
	} {
		if _, err := parseTitleScorer([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseTitleScorer(%q) error = %v, want %s", in, err, want)
		}
	}
}

func FuzzParseTitleScorer(f *testing.F) {
	f.Add("[weights]\nending 3\n[endings]\n总结\n[organisations]\n社区\n")
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := parseTitleScorer([]byte(s))
		if err != nil {
			return
		}
		fv, err := defaultFurniture()
		if err != nil {
			t.Fatal(err)
		}
		chooseTitle(strings.Split(s, "\n"), nil, "", s, removedHead{}, fv, ts, nil, nil, nil)
	})
}

// A few short lines above a text's title are its page header: removed,
// and a date among them is the publish date.
func TestHeaderAboveTitleInText(t *testing.T) {
	doc, err := Parse("a.txt", []byte("最新消息\n某某社会工作中心\n2018年1月16日\n某某社区2017年志愿者表彰大会圆满落幕!\n1月12日下午，志愿者表彰大会在社区圆满举行。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "某某社区2017年志愿者表彰大会圆满落幕!" || doc.Text != "1月12日下午，志愿者表彰大会在社区圆满举行。" || doc.Published != "2018-01-16" {
		t.Errorf("title %q text %q published %q, removed %v", doc.Title, doc.Text, doc.Published, doc.Removed)
	}
}

// Lines above a text's title that are no prose are its page header too,
// whatever their shape: a greeting in a sentence, a site welcoming the
// reader, a site's note on itself. A paragraph of prose is no header line.
func TestHeaderOfNoProseAboveTitleInText(t *testing.T) {
	tests := []struct {
		name, src, title, text string
	}{
		{"greeting with a comma", "您好，很高兴见到您！\n\n某某中学团员到敬老院慰问老人\n3月5日，二十名团员志愿者来到敬老院，为老人打扫房间、表演节目。\n",
			"某某中学团员到敬老院慰问老人", "3月5日，二十名团员志愿者来到敬老院，为老人打扫房间、表演节目。"},
		{"traditional site welcoming the reader", "某某新聞網歡迎您！\n重陽節社區舉辦長者茶話會\n10月11日上午，社區在活動室舉辦茶話會，五十多位長者參加。\n",
			"重陽節社區舉辦長者茶話會", "10月11日上午，社區在活動室舉辦茶話會，五十多位長者參加。"},
		{"site's note on itself in a sentence", "某某公益网，您身边的公益资讯平台。\n某某社工站开展儿童安全教育活动\n7月17日，社工站在社区活动室为二十名儿童讲解暑期安全知识。\n",
			"某某社工站开展儿童安全教育活动", "7月17日，社工站在社区活动室为二十名儿童讲解暑期安全知识。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Text != tt.text {
				t.Errorf("title %q text %q, want %q %q; removed %v", doc.Title, doc.Text, tt.title, tt.text, doc.Removed)
			}
			// The header rule removes the line, not a line judge before it.
			above, _, _ := strings.Cut(tt.src, "\n")
			if !slices.ContainsFunc(doc.Removed, func(r Removed) bool { return r.Kind == "header" && strings.Contains(r.Text, above) }) {
				t.Errorf("%q not removed as the header; removed %v", above, doc.Removed)
			}
		})
	}
}

// Above a text's headline that a prose line above it keeps from being
// the page header whole, the short lines with no mark of a sentence or a
// clause are still the header's; the prose line and the headline's
// kicker right above it stay. So are those above a headline the judges
// removed and the title is taken from (a place's label before it).
func TestShortLinesAboveHeadline(t *testing.T) {
	body := "5月9日，东湖社区组织十二名志愿者在小区门口开展垃圾分类宣传，发放宣传单两百余份。\n志愿者还为居民演示了厨余垃圾的投放方法。"
	bodyT := "5月9日，東湖社區組織十二名志願者在小區門口開展垃圾分類宣傳，發放宣傳單兩百餘份。\n志願者還為居民演示了廚餘垃圾的投放方法。"
	young := "青禾镇五名大学生利用暑假，在村文化室为二十多名小学生辅导作业、组织游戏。\n暑假开始后，大学生们主动找到村委会，申请在村里做志愿服务。"
	youngT := "青禾鎮五名大學生利用暑假，在村文化室為二十多名小學生輔導作業、組織遊戲。\n暑假開始後，大學生們主動找到村委會，申請在村裡做志願服務。"
	tests := []struct {
		name, src, title, text, header string
	}{
		{"over a prose line", "馆藏检索\n借阅时间：周一至周日均可借书，欢迎各位读者！\n\n东湖社区举办垃圾分类入户讲解活动\n" + body + "\n",
			"东湖社区举办垃圾分类入户讲解活动", "借阅时间：周一至周日均可借书，欢迎各位读者！\n\n" + body, "馆藏检索"},
		{"over a prose line, Traditional", "館藏檢索\n借閱時間：週一至週日均可借書，歡迎各位讀者！\n\n東湖社區舉辦垃圾分類入戶講解活動\n" + bodyT + "\n",
			"東湖社區舉辦垃圾分類入戶講解活動", "借閱時間：週一至週日均可借書，歡迎各位讀者！\n\n" + bodyT, "館藏檢索"},
		{"the kicker stays", "馆藏检索\n借阅时间：周一至周日均可借书，欢迎各位读者！\n\n垃圾分一分 环境美十分\n东湖社区举办垃圾分类入户讲解活动\n" + body + "\n",
			"东湖社区举办垃圾分类入户讲解活动", "借阅时间：周一至周日均可借书，欢迎各位读者！\n\n垃圾分一分 环境美十分\n" + body, "馆藏检索"},
		{"above a removed headline", "青禾镇团委 青禾新闻\n\n青禾镇:返乡大学生暑期陪伴乡村儿童\n\n时间:2024-07-16 09:12:30 来源:青禾镇团委 作者:周晓\n\n" + young + "\n",
			"青禾镇:返乡大学生暑期陪伴乡村儿童", young, "青禾镇团委 青禾新闻"},
		{"above a removed headline, Traditional", "青禾鎮團委 青禾新聞\n\n青禾鎮:返鄉大學生暑期陪伴鄉村兒童\n\n時間:2024-07-16 09:12:30 來源:青禾鎮團委 作者:周曉\n\n" + youngT + "\n",
			"青禾鎮:返鄉大學生暑期陪伴鄉村兒童", youngT, "青禾鎮團委 青禾新聞"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Text != tt.text {
				t.Errorf("title %q text %q, want %q %q; removed %v", doc.Title, doc.Text, tt.title, tt.text, doc.Removed)
			}
			if !slices.Contains(doc.Removed, Removed{Kind: "header", Text: tt.header}) {
				t.Errorf("%q not removed as the header; removed %v", tt.header, doc.Removed)
			}
		})
	}
}

// TestTextHeaderLine: a line above a text's title is the header's when it
// is no prose. Every line under prose_runes is none, whatever it says: the
// cases are longer, and no prose for what they are — an exclamation
// without a clause, a line of mostly Latin letters.
func TestTextHeaderLine(t *testing.T) {
	fv := testFurniture(t)
	for _, tt := range []struct {
		line   string
		header bool
	}{
		{"热烈欢迎各位领导和来宾莅临某某社区指导工作！", true},
		{"熱烈歡迎各位領導和來賓蒞臨某某社區指導工作！", true},
		{"Welcome to 某某社工服务中心 www.example.org.cn", true},
		{"今年以来，社区组织志愿者开展了多次敬老活动，受到居民好评。", false},
		{"今年以來，社區組織志願者開展了多次敬老活動，受到居民好評。", false},
	} {
		if got := fv.textHeaderLine(tt.line); got != tt.header {
			t.Errorf("textHeaderLine(%q) = %v, want %v", tt.line, got, tt.header)
		}
	}
}

// Skip links above a title: removed as Latin lines, the title is the
// first line left.
func TestTitleBelowSkipLinks(t *testing.T) {
	doc, err := Parse("a.txt", []byte("Skip to Main Content\nStart Main Content\n\n「敬老同行」长者探访日\n义工们来到社区，探访了二十户独居长者，送上了礼物。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "「敬老同行」长者探访日" || doc.Text != "义工们来到社区，探访了二十户独居长者，送上了礼物。" {
		t.Errorf("title %q text %q, removed %v", doc.Title, doc.Text, doc.Removed)
	}
}

// An HTML page whose <title> is an organisation's name and which sets the
// report's title in the text (a bold table cell, no heading).
func TestHTMLTitleInText(t *testing.T) {
	page := "<html><head><title>某某镇人民政府</title></head><body><table><tr><td><b>某某镇2023年敬老月活动工作总结</b></td></tr>" +
		"<tr><td>今年10月是全国敬老月。按照县民政局的部署，我镇在各村开展了走访慰问、义诊和文艺演出等活动。</td></tr></table></body></html>"
	doc, err := Parse("a.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "某某镇2023年敬老月活动工作总结" || strings.Contains(doc.Text, "工作总结") {
		t.Errorf("title %q text %q", doc.Title, doc.Text)
	}
}

func TestWithoutTitleVariants(t *testing.T) {
	fv := testFurniture(t)
	// One sample's heading (模板1, (精选篇1); round 36) stays as 篇1 does.
	lines := []string{"敬老院的活动总结", "敬老院的活动总结模板合集八篇", "敬老院的活動總結精選範文", "敬老院的活动总结 篇1", "敬老院的活动总结2016(一)", "[活动回顾] 敬老院的活动总结", "敬老院的活动总结模板1", "敬老院的活動總結（精選篇2）", "一、活动目的：尊老爱幼是中华民族的传统美德，我们来到敬老院看望老人。", "敬老院的活动总结模板合集八篇"}
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = fold.ToSimplified(l)
	}
	got, _, removed := withoutTitleVariants(lines, folded, "敬老院的活动总结", 0, fv)
	want := []string{"敬老院的活动总结", "", "", "敬老院的活动总结 篇1", "敬老院的活动总结2016(一)", "", lines[6], lines[7], lines[8], lines[9]}
	if !slices.Equal(got, want) || len(removed) != 3 || removed[0].Kind != "title" {
		t.Errorf("got %q, removed %v", got, removed)
	}
	if lines[1] == "" {
		t.Error("the caller's lines were changed")
	}
}

// A line that is the title with one sample's number after it is a
// template site's heading of that sample (round 36); the title with a
// count of the pieces, a site's word alone or any other words is not.
func TestSampleHeading(t *testing.T) {
	for _, tt := range []struct {
		line, title string
		want        bool
	}{
		{"社区读书月活动总结 篇1", "社区读书月活动总结", true},
		{"社区读书月活动总结(篇2)", "社区读书月活动总结", true},
		{"社区读书月活动总结（精选篇1）", "社区读书月活动总结", true},
		{"社區讀書月活動總結範文3", "社区读书月活动总结", true},
		{"社区读书月活动总结模板1", "社区读书月活动总结", true},
		{"社区读书月活动总结", "社区读书月活动总结", false},
		{"社区读书月活动总结（精选6篇）", "社区读书月活动总结", false},
		{"社区读书月活动总结模板合集八篇", "社区读书月活动总结", false},
		{"社区读书月活动总结精选范文", "社区读书月活动总结", false},
		{"社区读书月活动总结100", "社区读书月活动总结", false},
		{"社区读书月活动总结 篇1", "社区植树活动总结", false},
	} {
		if got := sampleHeading(tt.line, tt.title); got != tt.want {
			t.Errorf("sampleHeading(%q, %q) = %v, want %v", tt.line, tt.title, got, tt.want)
		}
	}
}

// The title said again with a note naming a picture by its number goes
// wherever it stands (round 28): the pictures' alternative text between the
// paragraphs; the title alone, with a part's number or in a sentence stays.
func TestWithoutTitlePictures(t *testing.T) {
	fv := testFurniture(t)
	title := "青石街道举办邻里运动会"
	lines := []string{
		title,
		"4月6日，青石街道在中心小学操场举办邻里运动会，三百余名居民参加。",
		"青石街道举办邻里运动会(图1)",
		"跳绳、拔河、托球跑等项目轮番上演，场边加油声不断。",
		"青石街道举辦鄰里運動會_第2张圖片",
		"图片[3]-青石街道举办邻里运动会-某某网",
		"青石街道举办邻里运动会(二)",         // a part's number
		"青石街道举办邻里运动会",            // the title again, alone
		"青石街道举办邻里运动会图1至图4为比赛现场。", // a sentence after it
		"青石街道举办邻里运动会，第3项比赛是拔河图片", // a clause's mark in the note
		"青石街道举办邻里运动会(图1)",
	}
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = fold.ToSimplified(l)
	}
	got, _, removed := withoutTitlePictures(lines, folded, title, 10, fv)
	want := slices.Clone(lines)
	want[2], want[4], want[5] = "", "", ""
	if !slices.Equal(got, want) || len(removed) != 3 || removed[0].Kind != "image" {
		t.Errorf("got %q, removed %v", got, removed)
	}
	if lines[2] == "" {
		t.Error("the caller's lines were changed")
	}
}

// The title as a field's value (a table of contents) goes, under a lead
// in sentences too; a field naming something else stays.
func TestWithoutTitleAsField(t *testing.T) {
	fv := testFurniture(t)
	lines := []string{"社区助残日活动总结", "活动总结是对活动开展情况的回顾和评价。", "目录：社区助残日活动总结", "目錄：社區助殘日活動總結", "主题：社区助残日", "篇一：社区助残日活动总结", "今年助残日，社区组织志愿者开展了上门服务。"}
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = fold.ToSimplified(l)
	}
	got, _, removed := withoutTitleVariants(lines, folded, "社区助残日活动总结", 0, fv)
	want := []string{lines[0], lines[1], "", "", lines[4], lines[5], lines[6]}
	if !slices.Equal(got, want) || len(removed) != 2 {
		t.Errorf("got %q, removed %v", got, removed)
	}
}

// A title said twice, the second time run into the body after a space,
// or only run into the body under a page header: the body keeps its
// sentence whichever line gives the title.
func TestTitleSaidTwiceKeepsBody(t *testing.T) {
	for _, text := range []string{
		"- 2页\n文档介绍\n社区服务活动总结\n社区服务活动总结 按照学校要求，我们几个同学组成了社区活动小组，来到社区服务站参加活动。\n",
		// Under a page header, the title only run into the body.
		"最新消息\n某某社会工作中心\n社区服务活动总结 按照学校要求，我们几个同学组成了社区活动小组，来到社区服务站参加活动。\n",
	} {
		doc, err := Parse("a.txt", []byte(text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != "社区服务活动总结" || !strings.Contains(doc.Text, "按照学校要求，我们几个同学组成了社区活动小组，来到社区服务站参加活动。") {
			t.Errorf("title %q text %q", doc.Title, doc.Text)
		}
	}
}

// The title said again before a space and the first paragraph (a forum
// post's heading run into its text) goes; the paragraph stays, and a
// paragraph that merely starts with the title's words stays whole.
func TestWithoutTitleRunIntoParagraph(t *testing.T) {
	fv := testFurniture(t)
	lines := []string{"秋季义剪活动小结", "[活动总结] 秋季义剪活动小结", "秋季义剪活动小结 九月的最后一个周六，我们理发小组走进养老院，为老人们义务理发。", "秋季义剪活动小结里写到的几位老人，我们下次还会去看望。"}
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = fold.ToSimplified(l)
	}
	got, _, removed := withoutTitleVariants(lines, folded, "秋季义剪活动小结", 0, fv)
	if got[2] != "九月的最后一个周六，我们理发小组走进养老院，为老人们义务理发。" || got[3] != lines[3] {
		t.Errorf("got %q", got)
	}
	if n := len(removed); n == 0 || removed[n-1].Text != "秋季义剪活动小结" {
		t.Errorf("removed %v", removed)
	}
}

// The title chosen with the furniture pass's verdicts reused is the one
// chosen asking the line judges again, on every text page of the
// development, held-out and real-shape sets.
func TestChooseTitleReusesVerdicts(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob("../../testdata/ingest/*/*.txt")
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := decode(b, "").text
		lines := strings.Split(text, "\n")
		folded := strings.Split(fold.ToSimplified(text), "\n")
		res := removeFurniture(lines, folded, pats, fv, Options{})
		again, okAgain := chooseTitle(res.lines, nil, res.fileTitle, res.crumb, removedHead{}, fv, ts, nil, nil, nil)
		reused, okReused := chooseTitle(res.lines, nil, res.fileTitle, res.crumb, removedHead{}, fv, ts, res.headClean, nil, nil)
		if !reflect.DeepEqual(again, reused) || okAgain != okReused {
			t.Errorf("%s: title %q (%v) reusing the verdicts, %q (%v) asking again", p, reused.text, okReused, again.text, okAgain)
		}
	}
}

// TestHeadlineVerbSparesName checks that a line ending with an
// organisation's name loses the name's weight only without a headline's
// verb: 某某镇成功创建…服务站 reports an event, 某某镇…服务站 names a place.
func TestHeadlineVerbSparesName(t *testing.T) {
	ts := testTitleScorer(t)
	event, name := ts.scoreText("热烈祝贺某某镇成功创建星级助老服务站"), ts.scoreText("某某镇星级助老服务站")
	if event-name < -ts.w["name"] {
		t.Errorf("scoreText: event %.1f, name %.1f: want the event the name's weight higher", event, name)
	}
	if trad := ts.scoreText(fold.ToSimplified("熱烈祝賀某某鎮成功創建星級助老服務站")); trad != event {
		t.Errorf("scoreText (Traditional, folded) = %.1f, want %.1f", trad, event)
	}
}

// TestTitleAfterNotices checks that the header above an HTML page's title
// found in its text may hold a notice in a field, and that prose above
// the title is no header.
func TestTitleAfterNotices(t *testing.T) {
	title := "某某小学2024年学雷锋志愿服务月活动总结"
	for _, tt := range []struct {
		lines []string
		want  int
	}{
		{[]string{"某某小学校训：勤朴 明理", "校園公告：本學期家長會定於4月12日下午召開，請各位家長準時參加。", "德育天地", "", title, "三月是学雷锋月。"}, 4},
		{[]string{"三月是学雷锋月，学校组织全校学生开展了系列志愿服务活动，现总结如下。", title}, -1},
		{[]string{"一", "二", "三", "四", "五", title}, -1},
		{[]string{title, "三月是学雷锋月。"}, -1},
	} {
		if got := titleAfterNotices(tt.lines, title); got != tt.want {
			t.Errorf("titleAfterNotices(%q) = %d, want %d", tt.lines, got, tt.want)
		}
	}
}

func TestHeaderCopy(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		name, a, b string
		want       bool
	}{
		{"cut short mid-word", "某某社区服务中心开展重阳敬老慰问活", "某某社区服务中心开展重阳敬老慰问活动", true},
		{"a short cut is not taken", "某某社区开展重", "某某社区开展重阳活动", false},
		{"a complete title over its first piece", "某某社区重阳敬老活动总结", "某某社区重阳敬老活动总结一", false},
		{"a cut title over a part's number", "某某社区服务中心开展重阳敬老慰问", "某某社区服务中心开展重阳敬老慰问(一)", false},
		{"an issue label and a colon", "第8期:东湖社区义工冬至探访独居长者", "东湖社区义工冬至探访独居长者", true},
		{"a site's name and a space", "某某下载站 社区重阳敬老活动总结", "社区重阳敬老活动总结", true},
		{"in brackets", "「长幼同行共融义工计划」", "长幼同行共融义工计划", true},
		{"an alias in brackets after a title", "端午节活动总结(端午节活动回顾)", "端午节活动回顾", false},
		{"a name fused before", "某某协会长者义工队嘉许礼", "长者义工队嘉许礼", false},
		{"a count of pieces after", "社区重阳敬老活动总结（精选3篇）", "社区重阳敬老活动总结", false},
		{"the same line", "社区重阳敬老活动总结", "社区重阳敬老活动总结", false},
		{"too short to compare", "简报:义工探访", "义工探访", false},
	} {
		if got := ts.headerCopy(tt.a, stripSpaces(tt.a), tt.b, stripSpaces(tt.b)); got != tt.want {
			t.Errorf("%s: headerCopy(%q, %q) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFirstLineTitleByline: a byline joined by a slash (slashByline) is
// no first-line title; a title with a slash in it still is; nor is a line
// with fewer than min_runes Han characters.
func TestFirstLineTitleByline(t *testing.T) {
	ts := testTitleScorer(t)
	const body = "某某大学在中秋节前夕举办关怀活动，带着志工学生拜访独居老人。"
	for _, tt := range []struct {
		first string
		want  int
	}{
		{"【某某广播电台/张小华】", -1},
		{"某某大学公益合作校园记者张小华/新北报导", -1},
		{"社区/村委会换届工作总结", 0},
		{"2023/2024学年志愿服务总结", 0},
		// A row of fields, however labelled, is no title; a headline
		// after its place is.
		{"负责人: 某某 创建年份:2024年 来自:某某区 成员:30个", -1},
		{"【活动地点】:某某小区中心广场东侧", -1},
		{"［报名方式］：扫码进群接龙报名", -1},
		{"某某社区:银龄课堂进楼栋 老人学会用手机", 0},
		{"某某镇某某村:爱心助学暖童心", 0},
		// Han characters count, not the marks and digits around them: a
		// Markdown heading or a counter field is no title.
		{"#### 引言", -1},
		{"## 活動背景", -1},
		{"浏览数量:57", -1},
		{"閱讀次數：135", -1},
		{"2024 Summer Camp 青年营地生活日记", 0},
	} {
		if got := ts.firstLineTitle([]string{tt.first, body}); got != tt.want {
			t.Errorf("firstLineTitle(%q, …) = %d, want %d", tt.first, got, tt.want)
		}
	}
}

// TestLeadingStamp checks that a date stamp fused before a headline, in
// either script, is cut off the title and read as a date (a
// Republic-of-China year counting + 1911), and that a date written in
// words, a headline's own number or a date before nothing is no stamp.
func TestLeadingStamp(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		line, stamp, date, title string
	}{
		{"date 2024-03-16 青松社區長者探訪日 義工團送上愛心飯盒", "date 2024-03-16", "2024-03-16", "青松社區長者探訪日 義工團送上愛心飯盒"},
		{"113.05.02长者居家整理服务 志工走进社区", "113.05.02", "2024-05-02", "长者居家整理服务 志工走进社区"},
		{"2019/6/3 12:30 某某社区端午包粽子活动", "2019/6/3 12:30", "2019-06-03", "某某社区端午包粽子活动"},
		{"2024年3月16日某某社区长者探访日", "", "", "2024年3月16日某某社区长者探访日"},
		{"2024-2025年度某某社区工作总结", "", "", "2024-2025年度某某社区工作总结"},
		{"106.13.40某某社区志愿服务活动总结", "", "", "106.13.40某某社区志愿服务活动总结"},
	} {
		n := leadingStamp(tt.line)
		if got := strings.TrimSpace(tt.line[:n]); got != tt.stamp {
			t.Errorf("leadingStamp(%q) = %q, want %q", tt.line, got, tt.stamp)
		}
		if tt.stamp != "" {
			if got := stampDate(tt.stamp); got != tt.date {
				t.Errorf("stampDate(%q) = %q, want %q", tt.stamp, got, tt.date)
			}
		}
		checkTitleStamp(t, fv, ts, tt.line, tt.title, tt.stamp)
	}
}

// checkTitleStamp checks the title and the stamp chosen from a headline's
// line above a paragraph of the report.
func checkTitleStamp(t *testing.T, fv *furnitureVocab, ts *titleScorer, line, title, stamp string) {
	t.Helper()
	c, ok := chooseTitle([]string{line, "三月中旬，社区义工分成六组走访区内独居长者，送上饭盒和水果。"}, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
	if !ok || c.text != title || c.stamp != stamp {
		t.Errorf("%q: title %q stamp %q (found %v), want %q and %q", line, c.text, c.stamp, ok, title, stamp)
	}
}

// TestTrailingFacts checks that a date stamp after a space (in digits, or
// in brackets with 年月日 too), or after its publish label (with 年月日
// too), or a source's field at the end of the headline's line is cut off
// the title, in either script, the date kept as the post's stamp, and
// that a date or a source inside a headline, or a date in brackets fused
// to it, stays.
func TestTrailingFacts(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		line, stamp, title string
	}{
		{"青松社區長者探訪日圓滿舉行 2024-03-16", "2024-03-16", "青松社區長者探訪日圓滿舉行"},
		{"某某社区端午包粽子活动 2019/6/3 12:30", "2019/6/3 12:30", "某某社区端午包粽子活动"},
		{"柳岸村为五支志愿服务队授旗信息来源:某某县融媒体中心", "", "柳岸村为五支志愿服务队授旗"},
		{"柳岸村為五支志願服務隊授旗 來源：某某縣融媒體中心", "", "柳岸村為五支志願服務隊授旗"},
		{"柳岸村為五支志願服務隊授旗文章來源:某某縣融媒體中心", "", "柳岸村為五支志願服務隊授旗"}, // [source_labels], folded
		{"某某社区2024-2025年度志愿服务总结", "", "某某社区2024-2025年度志愿服务总结"},
		{"柳岸村五支志愿服务队授旗仪式来源于群众", "", "柳岸村五支志愿服务队授旗仪式来源于群众"},
		// In brackets, written in words, or fused after its label.
		{"河畔社區義工走訪獨居長者 (2024年03月16日)", "2024年03月16日", "河畔社區義工走訪獨居長者"},
		{"河畔社区义工走访独居长者（2024-03-16）", "", "河畔社区义工走访独居长者（2024-03-16）"},
		{"河畔社区环保小课堂 做环保学科学发布日期:2015/02/02", "2015/02/02", "河畔社区环保小课堂 做环保学科学"},
		{"河畔社區環保小課堂發佈時間：2015-02-02 10:20", "2015-02-02 10:20", "河畔社區環保小課堂"},
		{"河畔社区2024年3月16日义工探访活动", "", "河畔社区2024年3月16日义工探访活动"},
		// With 年月日 after its publish label, in either script.
		{"河畔社区长者中秋联欢会 发布时间:2024年09月16日", "2024年09月16日", "河畔社区长者中秋联欢会"},
		{"河畔社區長者中秋聯歡會發佈日期：2024年9月16日 10:20", "2024年9月16日 10:20", "河畔社區長者中秋聯歡會"},
		{"河畔社区公布2024年9月16日义工名单", "", "河畔社区公布2024年9月16日义工名单"},
	} {
		checkTitleStamp(t, fv, ts, tt.line, tt.title, tt.stamp)
		if tt.stamp != "" && stampDate(tt.stamp) == "" {
			t.Errorf("stampDate(%q) = \"\", want a date", tt.stamp)
		}
	}
}

// TestWordLabelled checks that a label of words in brackets before a
// headline, or such words in brackets alone (a headline the page frames),
// in either script, is no numbered section heading, and a part's number
// in brackets is.
func TestWordLabelled(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"【某某项目组】长者探访活动总结", true},
		{"【義工派發福袋 傳遞正能量】", true},
		{"【112年暑期大专志工返乡服务成果报告】", true},
		{"【篇一】", false},
		{"【一】某某活动", false},
		{"一、活动概况", false},
	} {
		if got := wordLabelled(tt.line); got != tt.want {
			t.Errorf("wordLabelled(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLeadingStampPublished checks that the stamp cut off a headline is
// the document's publish date, a post's own stamp, and goes as metadata.
func TestLeadingStampPublished(t *testing.T) {
	doc, err := Parse("a.txt", []byte("106.01.10长者居家整理 志工走进社区\n本月十日下午，志工一行十人前往长者家中，帮忙整理房间和打扫庭院。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "长者居家整理 志工走进社区" || doc.Published != "2017-01-10" || !doc.PublishedStamped {
		t.Errorf("title %q published %q stamped %v, want the headline, 2017-01-10, true", doc.Title, doc.Published, doc.PublishedStamped)
	}
	if !slices.Contains(doc.Removed, Removed{Kind: "metadata", Text: "106.01.10"}) || strings.Contains(doc.Text, "106.01.10") {
		t.Errorf("removed %v, text %q: the stamp should go as metadata", doc.Removed, doc.Text)
	}
}

// TestDatesOnly checks that a line of dates and an issue's number alone,
// in either script, is no title, and a headline with a date in it is.
func TestDatesOnly(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2023年4月 九十七期", true},
		{"2023年08月02日 - 2023年08月04日", true},
		{"2024年9月 第八十六期", true},
		{"二〇二四年九月 第86期", true},
		{"2025年6月社区长者探访活动", false},
		{"第八十六期义工培训班结业", false},
		{"2024年度", false},
	} {
		if got := datesOnly(tt.line); got != tt.want {
			t.Errorf("datesOnly(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestEchoedHeadline checks that a headline without the genre's ending,
// under a bulletin's name and issue line, is the title when the first
// paragraph echoes it, in both scripts; and that without the echo the
// page has none.
func TestEchoedHeadline(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		name  string
		lines []string
		title string
	}{
		{"echoed, Simplified", []string{"松涛之声", "2024年9月 第八十六期", "长者同游海洋公园 一日欢乐行", "8月20日,松涛社区义工队带领长者同游海洋公园,共有四十位长者参加。"},
			"长者同游海洋公园 一日欢乐行"},
		{"echoed, Traditional", []string{"活動", "2023年08月02日 - 2023年08月04日", "中秋「月」同行:長者家訪日", "中秋月同行出發啦!義工隊與區內中心合辦了一場長者家訪活動,為近百位長者送上月餅。"},
			"中秋「月」同行:長者家訪日"},
		{"not echoed", []string{"松涛之声", "2024年9月 第八十六期", "长者同游海洋公园 一日欢乐行", "上月二十日,四十位老人在义工陪同下出游,大家都很开心。"},
			""},
	} {
		c, ok := chooseTitle(tt.lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
		if tt.title == "" && ok || tt.title != "" && c.text != tt.title {
			t.Errorf("%s: title %q (found %v), want %q", tt.name, c.text, ok, tt.title)
		}
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"长者同游海洋公园", "带领长者同游海洋公园,共有", true},
		{"长者同游,海洋公园", "长者同游海洋", true},
		{"长者同游海洋公园", "长者同到海洋去", false},
		{"松坪鄉服務團", "組織為期5日的松坪鄉服務團", true},
		{"", "组织", false},
	} {
		if got := sharesRun(hanOnly(tt.a), hanOnly(tt.b), 5); got != tt.want {
			t.Errorf("sharesRun(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestDatesOverHeadlinePublished checks that a line of dates alone over
// the headline goes with the header and is the post's own stamp.
func TestDatesOverHeadlinePublished(t *testing.T) {
	doc, err := Parse("a.txt", []byte("松涛之声\n2024年9月 第八十六期\n长者同游海洋公园 一日欢乐行\n8月20日,松涛社区义工队带领长者同游海洋公园,共有四十位长者参加。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "长者同游海洋公园 一日欢乐行" || doc.Published != "2024-09" || !doc.PublishedStamped || strings.Contains(doc.Text, "第八十六期") {
		t.Errorf("title %q published %q stamped %v text %q, want the headline, 2024-09 stamped, the issue line gone", doc.Title, doc.Published, doc.PublishedStamped, doc.Text)
	}
}

// TestSplitAtDate checks that a headline run on into a first sentence
// opening with a date and its comma is split there, in both scripts, and
// that a sentence, a short or genre-less head, or a year range is not.
func TestSplitAtDate(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		line, title, rest string
	}{
		{"2023年工作总结及2024年工作计划2023年,本局按照年度计划完成了各项任务。", "2023年工作总结及2024年工作计划", "2023年,本局按照年度计划完成了各项任务。"},
		{"項目回顧｜「小候鳥」暑期融入營順利結項8月28日，隨著最後一次開放日結束，服務正式落幕。", "項目回顧｜「小候鳥」暑期融入營順利結項", "8月28日，隨著最後一次開放日結束，服務正式落幕。"},
		{"松涛县文明实践中心2024年志愿服务工作总结2024年3月5日，全县志愿者走上街头。", "松涛县文明实践中心2024年志愿服务工作总结", "2024年3月5日，全县志愿者走上街头。"},
		{"我们在社区开展了工作,2024年,志愿者人数大增。", "", ""},
		{"长者探访日顺利举行8月28日，义工走访长者。", "", ""},
		{"春晖社区邻里节活动2023-2024年，社区共举办活动十场。", "", ""},
		{"春晖社区邻里节活动回顾2023至2024年，社区共举办活动十场。", "", ""},
		{"春暉社區鄰里節活動總結二〇二四年，社區共舉辦活動十場。", "", ""}, // no digit
		{"春晖社区邻里节活动总结2024年 社区共举办活动十场。", "", ""}, // no comma
	} {
		title, rest := ts.splitAtDate(tt.line)
		if title != tt.title || rest != tt.rest {
			t.Errorf("splitAtDate(%q) = %q, %q; want %q, %q", tt.line, title, rest, tt.title, tt.rest)
		}
	}
}

// TestLabelledDate checks that a day's date with a short word of Han
// characters beside it is a stamp, and that a title with a date, a date
// with other marks beside it or a longer phrase is none.
func TestLabelledDate(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2024年03月05日 星期二", true},
		{"当前期刊2021年11月02日", true},
		{"今日報紙 2021-11-02", true},
		{"2024年3月5日活动", false},          // the genre's word, under the length
		{"2024年3月5日学雷锋活动", false},       // a longer phrase
		{"2024年3月5日青山社区邻里节圆满落幕", false}, // a headline's phrase
		{"2024年03月05日 | 2年前", false},    // other marks
		{"2024年青山社区志愿服务总结", false},      // a year, no day
		{"星期二", false},                  // no date
	} {
		if got := labelledDate(fold.ToSimplified(tt.line)); got != tt.want {
			t.Errorf("labelledDate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestSpacedHeadline checks that a paragraph opening with a headline of
// the genre set off by a space gives the headline (a space of its own
// stays in it), and that a dateline, a headline without the genre's
// words, a clause before the space or a short rest give none.
func TestSpacedHeadline(t *testing.T) {
	ts := testTitleScorer(t)
	fv := testFurniture(t)
	for _, tt := range []struct {
		line, title, rest string
	}{
		{"红星社区开展冬季送温暖活动 寒风送暖，真情相伴。1月8日上午，志愿者走进十二户困难家庭。", "红星社区开展冬季送温暖活动", "寒风送暖，真情相伴。1月8日上午，志愿者走进十二户困难家庭。"},
		{"青山里志工隊年終服務成果總結3篇 今年以來，志工隊每月走訪社區獨居長者，陪伴用餐。", "青山里志工隊年終服務成果總結3篇", "今年以來，志工隊每月走訪社區獨居長者，陪伴用餐。"},
		{"長青據點「共餐日」活動 銀髮志工同樂 為了陪伴長者，據點每週舉辦一次共餐與健康講座。", "長青據點「共餐日」活動 銀髮志工同樂", "為了陪伴長者，據點每週舉辦一次共餐與健康講座。"},
		{"本报讯(通讯员 王小明 活动 社区志愿者昨天走进敬老院，为老人们表演节目。", "", ""}, // a parenthesis left open: a dateline
		{"春晖社区邻里节圆满落幕 社区居民昨天齐聚广场，共度一个欢乐的下午。", "", ""},     // no genre word
		{"今年社区开展了多项活动，成效 居民们普遍表示满意，社区将继续努力。", "", ""},     // a clause before the space
		{"春晖社区第三届邻里节活动 感谢大家", "", ""},                // no prose after
		{"社区活动 居民们昨天齐聚广场，共度一个欢乐的下午，大家都很开心。", "", ""}, // too short
	} {
		title, rest := ts.spacedHeadline(tt.line, false, fv)
		if title != tt.title || rest != tt.rest {
			t.Errorf("spacedHeadline(%q) = %q, %q; want %q, %q", tt.line, title, rest, tt.title, tt.rest)
		}
	}
	// On the page's first line a news story's headline without the
	// genre's words counts too, when the paragraph after it echoes it and
	// it is one phrase or two set apart by a space.
	for _, tt := range []struct {
		line  string
		first bool
		title string
	}{
		{"河湾社区为独居老人安装烟雾报警器 3月2日上午，河湾社区为独居老人安装烟雾报警器二十台，并讲解了使用方法。", true, "河湾社区为独居老人安装烟雾报警器"},
		{"河灣社區為獨居老人安裝煙霧報警器 3月2日上午，河灣社區為獨居老人安裝煙霧報警器二十台，並講解了使用方法。", true, "河灣社區為獨居老人安裝煙霧報警器"},
		{"河湾社区举行“春风行动 温暖到家”慰问会 3月2日上午，河湾社区举行慰问会，为困难家庭送去米面油。", true, "河湾社区举行“春风行动 温暖到家”慰问会"},
		{"河湾社区为独居老人安装烟雾报警器 3月2日上午，河湾社区为独居老人安装烟雾报警器二十台，并讲解了使用方法。", false, ""}, // not the first line
		{"春晖社区邻里节圆满落幕 社区居民昨天齐聚广场，共度一个欢乐的下午，大家都很开心。", true, ""},               // not echoed
		{"参观消防站 学习灭火知识 体验消防装备 3月2日，小朋友们参观了消防站，学习灭火知识，体验了消防装备。", true, ""},    // a list of phrases
		{"社区义诊 3月2日上午，社区义诊活动在广场举行，十余名医生为居民免费测量血压。", true, ""},                // too short
	} {
		if title, _ := ts.spacedHeadline(tt.line, tt.first, fv); title != tt.title {
			t.Errorf("spacedHeadline(%q, first %v) = %q, want %q", tt.line, tt.first, title, tt.title)
		}
	}
}

// TestOpensHeadline checks that a line opening with a sentence's mark, a
// closing bracket or a bullet or box glyph is no title nor the first-line
// fallback, in both scripts, and that quotes, brackets and placeholders
// open headlines.
func TestOpensHeadline(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"□ 记者 林小禾 通讯员 周明", false},
		{"..3月5日是學雷鋒紀念日,區內志願者", false},
		{"，社区工作人员把饺子送到老人家中", false},
		{"• 歡迎來到某某醫院", false},
		{"◎籌備工作", false},
		{"」活动圆满结束", false},
		{"「心繫湘湖」服務團", true},
		{"“邻里一家亲”重阳包饺子活动", true},
		{"【社区动态】重阳敬老活动", true},
		{"××社区2023年志愿服务工作总结", true},
		{"○○區樂齡學習中心112年度第2學期成果報告", true},
		{"□□社区2023年志愿服务工作总结", true},
		{"○ 记者 林小禾", false},
		{"2023年青石社区重阳节活动总结", true},
		{"一、2023年度青石社区工作总结", false},
		{"二、世界讀書日主題活動", false},
		{"十二、下一步工作计划", false},
		{"一路同行 青石社区重阳敬老活动", true},
		{"一二九紀念活動總結", true},
		{"(一)项目资金使用情况", false},
		{"（三）義工培訓與督導", false},
		{"(二十)", false},
		{"(一) 一户一策帮扶纪实", false},
		{"(一点点)公益市集活动总结", true},
		{"- 清点捐赠物资", false},
		{"- 義工分組入戶探訪", false},
		{"- 溪畔社区端午包粽活动 -", true},
		{"-溪畔社区端午包粽活动", true},
		// A deck, a subtitle after a run of dashes, is no headline.
		{"——记柳岸小学护蛋行动", false},
		{"———記柳岸小學護蛋行動", false},
		{"-- In memory of the lakeside walk", false},
		{"——完——", true},
	} {
		if got := opensHeadline(tt.line); got != tt.want {
			t.Errorf("opensHeadline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	const body = "10月8日,青石社区組織開展重陽包餃子活動,志願者和老人們一起包餃子。"
	for _, first := range []string{"□ 記者 林小禾 通訊員 周明 陳靜", "..餃子出鍋後,社區工作人員把熱餃子送到行動不便的老人家中", "一、2023年度青石社區工作總結", "二、世界读书日主题活动",
		"(一)青石社区重阳活动总体情况", "（二）青石社區重陽活動經費收支", "- 青石社区志愿者分组包饺子", "- 青石社區義工分組包餃子"} {
		lines := []string{first, body}
		if c, ok := chooseTitle(lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil); ok {
			t.Errorf("%q: title %q, want none", first, c.text)
		}
		if i := ts.firstLineTitle(lines); i >= 0 {
			t.Errorf("%q: first-line title %d, want none", first, i)
		}
	}
}

// TestCaptionLead checks that a line reading as a picture's caption that
// tells what it shows (图为…, 圖為…: [caption_leads]; …合影, …現場:
// [caption_scenes]; someone 正在 at an act: [caption_acts]) is neither a
// title candidate nor the first-line fallback, in both scripts, while a
// headline that only starts with 图 (图书馆…) or news of an event going on
// (…正在进行) stays one.
func TestCaptionLead(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		first, want string
	}{
		{"图为青石社区志愿者为独居老人打扫房间,老人连声道谢", ""},
		{"圖為青石社區義工陪長者量血壓", ""},
		{"圖片為義工與長者合影留念", ""},
		{"图书馆志愿者走进青石社区开展读书活动", "图书馆志愿者走进青石社区开展读书活动"},
		{"圖書館義工走進青石社區開展閱讀活動", "圖書館義工走進青石社區開展閱讀活動"},
		{"青石社区重阳敬老宴志愿者与老人合影", ""},
		{"青石社區重陽敬老義剪活動現場", ""},
		{"青石社区志愿者正在为老人理发", ""},
		{"青石社區義工正在替長者量血壓", ""},
		{"青石社区重阳敬老月活动正在进行", "青石社区重阳敬老月活动正在进行"},
		{"青石社區重陽敬老月活動正在進行", "青石社區重陽敬老月活動正在進行"},
	} {
		lines := []string{tt.first, "10月8日,青石社区组织开展重阳包饺子活动,志愿者和老人们一起包饺子。"}
		got := ""
		if c, ok := chooseTitle(lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil); ok {
			got = c.text
		} else if i := ts.firstLineTitle(lines); i >= 0 {
			got = lines[i]
		}
		if got != tt.want {
			t.Errorf("%q: title %q, want %q", tt.first, got, tt.want)
		}
	}
}

// TestNewspaperPage checks that a line opening with a newspaper's page
// (第A05版:…, «上一版 本期共8版) is neither a candidate nor counted among
// the first lines, so the headline under it is the page's first, in both
// scripts, and that a headline saying 版 elsewhere stays one.
func TestNewspaperPage(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"第A05版:某城新闻", true},
		{"第 3 版：要闻", true},
		{"«上一版  本期共8版(1-8)", true},
		{"下一版", true},
		{"社区居民公约(2024年版)发布", false},
		{"老年版手机课堂开课", false},
	} {
		if got := newspaperPage.MatchString(tt.line); got != tt.want {
			t.Errorf("newspaperPage(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"第A05版:某城新闻", "", "河畔镇志愿者上门为老人理发", "", "本报讯 近日，河畔镇二十名志愿者走进村里，为八十多位老人理发。"}, "河畔镇志愿者上门为老人理发"},
		{[]string{"«上一版  本期共8版(1-8)", "河畔鎮志願者上門為長者理髮", "本報訊 近日，河畔鎮二十名志願者走進村裡，為八十多位長者理髮。"}, "河畔鎮志願者上門為長者理髮"},
	} {
		if c, ok := chooseTitle(tt.lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil); !ok || c.text != tt.want {
			t.Errorf("%q: title %q (found %v), want %q", tt.lines[0], c.text, ok, tt.want)
		}
		if i := ts.firstLineTitle(tt.lines[:1]); i >= 0 {
			t.Errorf("%q: first-line title %d, want none", tt.lines[0], i)
		}
	}
}

// TestKickerOverDash checks that a kicker ending with a dash, its headline
// on the next line, is the title with it, in both scripts, and that the
// headline's line leaves the text; a line without the dash stays alone.
func TestKickerOverDash(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"河畔镇东风社区——", "“防溺水进社区,守护平安夏天”", "为了普及防溺水知识,7月5日,东风社区组织志愿者在辖区开展宣传活动。"}, "河畔镇东风社区——“防溺水进社区,守护平安夏天”"},
		{[]string{"健康飲食新生活–", "", "區內義工與長者一同包餃子、賀冬至", "十二月二十日,區內義工探訪長者,一同包餃子,送上暖包。"}, "健康飲食新生活–區內義工與長者一同包餃子、賀冬至"},
	} {
		c, ok := chooseTitle(tt.lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
		if !ok || c.text != tt.want || c.wrapped == 0 {
			t.Errorf("%q: title %q (found %v, wrapped %d), want %q wrapped", tt.lines[0], c.text, ok, c.wrapped, tt.want)
		}
	}
	c, ok := chooseTitle([]string{"河畔镇东风社区防溺水宣传活动", "为了普及防溺水知识,7月5日,东风社区组织志愿者在辖区开展宣传活动。"}, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
	if !ok || c.wrapped != 0 {
		t.Errorf("a headline without a dash: title %q wrapped %d, want it alone", c.text, c.wrapped)
	}
}

// FuzzTitleCues checks the round-12 title cues on any line: a stamp is a
// prefix of the line and reads as a valid date; a date split leaves the
// line whole (title, then the rest from the date on); nothing panics.
func FuzzTitleCues(f *testing.F) {
	for _, s := range []string{"date 2024-03-16 某某社区探访长者", "113.05.02长者居家整理", "2023年工作总结及2024年工作计划2023年,本局…", "□ 记者 某某", "2023年08月02日 - 2023年08月04日", "【活动地点】:某某广场", "【第18期】某某招募"} {
		f.Add(s)
	}
	ts := testTitleScorer(f)
	f.Fuzz(func(t *testing.T, l string) {
		if n := leadingStamp(l); n > 0 {
			if n > len(l) {
				t.Fatalf("leadingStamp(%q) = %d, past the line", l, n)
			}
			d := stampDate(l[:n])
			if len(d) != len("2006-01-02") || d < "1912" || d > "2100" {
				t.Errorf("stampDate(%q) = %q, want a date", l[:n], d)
			}
		}
		if title, rest := ts.splitAtDate(l); title != "" {
			if !strings.HasSuffix(l, rest) || strings.TrimSpace(l[:len(l)-len(rest)]) != title {
				t.Errorf("splitAtDate(%q) = %q, %q: not the line cut in two", l, title, rest)
			}
		}
		datesOnly(l)
		opensHeadline(l)
		if n := bracketFieldLabel(l); n > len(l) {
			t.Fatalf("bracketFieldLabel(%q) = %d, past the line", l, n)
		}
		formRow(l)
		seriesTagged(l)
		// Ingest's text is valid UTF-8 (decoding replaced what was not).
		if title, note, rest := ts.splitRunOn(l); title != "" && utf8.ValidString(l) && !strings.HasSuffix(l, rest) {
			t.Errorf("splitRunOn(%q) = %q, %q, %q: rest not the line's end", l, title, note, rest)
		}
	})
}

// TestStampedHeadline checks that the line right above the post's stamp,
// removed as furniture, is the headline over a sidebar's item of other
// news above it, in both scripts; and which lines stampedLines marks.
func TestStampedHeadline(t *testing.T) {
	checkParsedTitles(t, []parsedTitle{
		{"Simplified", "图片新闻\n学校获评2023年度市级文明校园\n传承敬老美德,共度温暖重阳——记初二年级同学的一次爱心之旅\n作者:初二(3)班 李明  编辑日期:2024-10-12  点击数:213\n重阳节前夕，初二年级三十名同学来到镇敬老院，与老人共度温暖重阳，为他们表演节目。\n同学们还与老人一起包饺子、聊家常，现场笑声不断。\n",
			"传承敬老美德,共度温暖重阳——记初二年级同学的一次爱心之旅"},
		{"Traditional", "影音專區\n本校榮獲2023年度市級環保學校\n傳承敬老美德,共度溫暖重陽——記初二年級同學的一次愛心之旅\n作者:初二(3)班 李明  編輯日期:2024-10-12  點擊數:213\n重陽節前夕，初二年級三十名同學來到鎮上的安老院，與長者共度溫暖重陽，為他們表演節目。\n同學們還與長者一起包餃子、聊家常，現場笑聲不斷。\n",
			"傳承敬老美德,共度溫暖重陽——記初二年級同學的一次愛心之旅"},
	})
	lines := []string{"侧栏新闻", "", "标题", "2024-10-12 08:30", "作者:某某", "正文", "点击数:12"}
	removed := map[int]bool{3: true, 4: true, 6: true}
	got := stampedLines(lines, lines, func(i int) bool { return lines[i] == "" }, func(i int) bool { return removed[i] }, func(int) bool { return false })
	if want := map[string]bool{"标题": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("stampedLines = %v, want %v (a removed line without a date stamps nothing)", got, want)
	}
	// A byline's row stamps the line above it, dated or not.
	lines = []string{"侧栏新闻", "标题", "记者 某某 通讯员 某某", "正文"}
	got = stampedLines(lines, lines, func(i int) bool { return lines[i] == "" }, func(i int) bool { return i == 2 }, func(i int) bool { return i == 2 })
	if want := map[string]bool{"标题": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("stampedLines = %v, want %v (a byline's row stamps)", got, want)
	}
}

// TestHeadlineBelowBlurb checks that the line right after a site's
// sentence that ends the first lines, or one a few lines down past lines
// shorter or longer than a title, is the title when it is right above
// the post's stamp, the sentence going with the header, in both scripts;
// and not when no stamp is under it, it is longer than a title, a
// headline-length line comes first, it is more than blurbWindow lines
// down or no paragraph follows it.
func TestHeadlineBelowBlurb(t *testing.T) {
	for _, tt := range []struct{ name, text, title string }{
		{"Simplified", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n东湖社区志愿者为独居老人送年货\n\n发布时间:2024-01-30 09:12\n\n1月28日，东湖社区二十名志愿者走访辖区独居老人，送去米面油和春联。\n",
			"东湖社区志愿者为独居老人送年货"},
		{"Traditional", "歡迎讀者來信來稿，稿件請註明姓名和電話，我們會盡快回覆。\n\n東湖社區志工為獨居長者送年貨\n\n發布時間:2024-01-30 09:12\n\n1月28日，東湖社區二十名志工走訪轄區獨居長者，送去米麵油和春聯。\n",
			"東湖社區志工為獨居長者送年貨"},
		{"no stamp under it", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n东湖社区志愿者为独居老人送年货\n\n1月28日，东湖社区二十名志愿者走访辖区独居老人，送去米面油和春联。\n",
			""},
		{"longer than a title", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n东湖社区二十名志愿者在春节前走访了辖区内的独居老人并为他们送去了米面油和春联\n\n发布时间:2024-01-30 09:12\n\n志愿者们还为老人打扫了房间，陪他们聊天。\n",
			""},
		// A few lines down: another story's teaser and a column's short
		// name between the sentence and the headline.
		{"Simplified, lines between", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n本周我们还走进了三个村的文化礼堂，看看那里的年味。\n\n岁末走访记\n\n东湖社区志愿者为独居老人送年货\n\n发稿时间:2024/1/30 09:12\n\n1月28日，东湖社区二十名志愿者走访辖区独居老人，送去米面油和春联。\n\n志愿者们还帮老人贴好春联，打扫了厨房和阳台。\n\n社区表示，节后将继续为独居老人提供上门服务。\n",
			"东湖社区志愿者为独居老人送年货"},
		{"Traditional, lines between", "歡迎讀者來信來稿，稿件請註明姓名和電話，我們會盡快回覆。\n\n本週我們還走進了三個村的文化禮堂，看看那裡的年味。\n\n歲末走訪記\n\n東湖社區志工為獨居長者送年貨\n\n發稿時間:2024/1/30 09:12\n\n1月28日，東湖社區二十名志工走訪轄區獨居長者，送去米麵油和春聯。\n\n志工們還幫長者貼好春聯，打掃了廚房和陽台。\n\n社區表示，節後將繼續為獨居長者提供上門服務。\n",
			"東湖社區志工為獨居長者送年貨"},
		// A headline that asks, read as a sentence, still competes.
		{"asking headline", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n本周我们还走进了三个村的文化礼堂，看看那里的年味。\n\n岁末走访记\n\n东湖社区的年货是怎样送到老人家里的？\n\n发稿时间:2024/1/30 09:12\n\n1月28日，东湖社区二十名志愿者走访辖区独居老人，送去米面油和春联。\n\n志愿者们还帮老人贴好春联，打扫了厨房和阳台。\n\n社区表示，节后将继续为独居老人提供上门服务。\n",
			"东湖社区的年货是怎样送到老人家里的？"},
		// The headline over its deck, the deck stamped: the search ends at
		// the headline, and the deck is no title.
		{"headline over its stamped deck", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n本周我们还走进了三个村的文化礼堂，看看那里的年味。\n\n东湖社区开展迎春走访活动\n\n二十名志愿者为独居老人送去年货\n\n发稿时间:2024/1/30 09:12\n\n1月28日，东湖社区二十名志愿者走访辖区独居老人，送去米面油和春联。\n\n志愿者们还帮老人贴好春联，打扫了厨房和阳台。\n\n社区表示，节后将继续为独居老人提供上门服务。\n",
			""},
		// Further than blurbWindow lines down.
		{"too far down", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n本周我们还走进了三个村的文化礼堂，看看那里的年味。\n\n岁末走访记\n\n图文\n\n东湖社区志愿者为独居老人送年货\n\n发稿时间:2024/1/30 09:12\n\n1月28日，东湖社区二十名志愿者走访辖区独居老人，送去米面油和春联。\n\n志愿者们还帮老人贴好春联，打扫了厨房和阳台。\n\n社区表示，节后将继续为独居老人提供上门服务。\n",
			""},
		// No paragraph under the stamp: a picture's credit at the page's
		// end, not a headline.
		{"no paragraph below", "欢迎读者来信来稿，稿件请注明姓名和电话，我们会尽快回复。\n\n本周我们还走进了三个村的文化礼堂，看看那里的年味。\n\n岁末走访记\n\n图片由东湖社区居委会提供\n\n发稿时间:2024/1/30 09:12\n",
			""},
	} {
		doc, err := Parse("a.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Title, tt.title)
		}
		if blurb := strings.Contains(doc.Text, "来稿") || strings.Contains(doc.Text, "來稿"); blurb != (tt.title == "") {
			t.Errorf("%s: text %q: the site's sentence kept %v, want %v", tt.name, doc.Text, blurb, tt.title == "")
		}
	}
}

// TestSpacedPhrases checks which lines are a headline's two phrases set
// apart by a space, in both scripts.
func TestSpacedPhrases(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"爱心理发 温暖老人从心开始", true},
		{"暖冬送愛不停歇 物資送到鄰里間", true},
		{"首页 关于我们", false},                        // a menu's items are shorter
		{"关于我们 联系方式 网站地图", false},                 // three items
		{"爱心理发 2024年3月", false},                   // not Han alone
		{"社区志愿者为敬老院老人免费理发", false},                // no space
		{"社区志愿者服务队为敬老院老人 开展免费理发和修剪指甲服务活动", false}, // too long
	} {
		if got := spacedPhrases(tt.f); got != tt.want {
			t.Errorf("spacedPhrases(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestTrailingDateFields checks that the post's date with 月 and 日 and a
// short name, set off by spaces after a headline, is cut off the title as
// metadata with a reporter's byline before them, the date the published
// one when it has a year, in both scripts; and that a date the headline
// says stays, as does a reporter the headline names.
func TestTrailingDateFields(t *testing.T) {
	for _, tt := range []struct{ name, text, title, published string }{
		{"paper after the date", "社区义剪队走进敬老院 2019年04月16日 江城晚报\n本报讯 前天，社区义剪队的八名志愿者为敬老院的老人理发。\n",
			"社区义剪队走进敬老院", "2019-04-16"},
		{"author before the date, Traditional", "志工隊協助社區做全員篩檢 小雲 10月6日\n國慶長假期間，志工隊接到通知，第二天一早就到社區協助篩檢。\n",
			"志工隊協助社區做全員篩檢", ""},
		{"the headline's own date", "社区将于10月6日举行重阳敬老活动\n国庆长假刚过，社区就开始筹备重阳节的敬老活动。\n",
			"社区将于10月6日举行重阳敬老活动", ""},
		{"a range of dates", "社区长者中秋探访日\n2023年09月28日 - 2023年09月30日\n中秋前夕，义工们分成五组，走访了区内一百位独居长者。\n",
			"社区长者中秋探访日", "2023-09-28"},
		{"the reporter's byline before the paper", "社区义剪队走进敬老院 ●本报记者 王小明 江城晚报 2019年04月16日\n前天，社区义剪队的八名志愿者为敬老院的老人理发。\n",
			"社区义剪队走进敬老院", "2019-04-16"},
		{"a reporter named in the headline", "青年记者走进社区敬老院 江城晚报 2019年04月16日\n前天，八名青年记者跟随义剪队走进敬老院。\n",
			"青年记者走进社区敬老院", "2019-04-16"},
	} {
		doc, err := Parse("a.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.title || doc.Published != tt.published {
			t.Errorf("%s: title %q published %q, want %q %q", tt.name, doc.Title, doc.Published, tt.title, tt.published)
		}
	}
	for _, l := range []string{"重阳敬老活动 10月6日举行", "活动时间 10月6日至8日", "10月6日 社区"} {
		if trailingDateFields.MatchString(l) {
			t.Errorf("trailingDateFields matches %q", l)
		}
	}
}

// TestSloganFirstLine checks that a site's slogan closed by an
// exclamation, the page's first line, does not end the lines the title is
// looked for in, in both scripts.
func TestSloganFirstLine(t *testing.T) {
	checkParsedTitles(t, []parsedTitle{
		{"Simplified", "乐龄生活网,分享长者故事,陪伴每一天的好朋友!\n\n长青社区中秋敬老联欢会活动总结\n\n中秋节前夕，长青社区在活动中心举办敬老联欢会，八十多位长者和义工一同参加。\n\n联欢会上，义工们表演了歌舞，还为长者送上月饼和水果。\n",
			"长青社区中秋敬老联欢会活动总结"},
		{"Traditional", "樂齡生活網,分享長者故事,陪伴每一天的好朋友!\n\n長青社區中秋敬老聯歡會活動總結\n\n中秋節前夕，長青社區在活動中心舉辦敬老聯歡會，八十多位長者和義工一同參加。\n\n聯歡會上，義工們表演了歌舞，還為長者送上月餅和水果。\n",
			"長青社區中秋敬老聯歡會活動總結"},
	})
}

// TestQuestionHeadline checks that a headline may end with a question,
// before a note in brackets, in both scripts: a line that asks is a
// candidate, and a title's ending followed by a question is not split off
// it as if the body began there.
func TestQuestionHeadline(t *testing.T) {
	checkParsedTitles(t, []parsedTitle{
		{"asks, Simplified", "暑期下乡支教,大学生到底收获了什么?\n\n七月中旬，二十名大学生来到山区小学，开展为期两周的支教活动。\n\n同学们为孩子们开设了美术、音乐和科学课。\n",
			"暑期下乡支教,大学生到底收获了什么?"},
		{"asks, Traditional", "暑期下鄉支教,大學生到底收穫了什麼？\n\n七月中旬，二十名大學生來到山區小學，開展為期兩週的支教活動。\n\n同學們為孩子們開設了美術、音樂和科學課。\n",
			"暑期下鄉支教,大學生到底收穫了什麼？"},
		{"run on, Simplified", "社区垃圾分类宣传活动总结怎么写?( 三 )\n\n为了让居民了解垃圾分类，社区在五月开展了宣传活动。\n\n志愿者们挨家挨户发放宣传单，讲解分类方法。\n",
			"社区垃圾分类宣传活动总结怎么写?( 三 )"},
		{"run on, Traditional", "社區垃圾分類宣傳活動總結怎麼寫？(三)\n\n為了讓居民了解垃圾分類，社區在五月開展了宣傳活動。\n\n義工們挨家挨戶派發宣傳單，講解分類方法。\n",
			"社區垃圾分類宣傳活動總結怎麼寫？(三)"},
	})
	for _, tt := range []struct{ in, want string }{
		{"到底值不值?", "到底值不值"},
		{"怎么写？(三)", "怎么写"},
		{"好不好?我们来看看。", "好不好?我们来看看。"},
		{"开心!", "开心!"},
	} {
		if got := withoutFinalQuestion(tt.in); got != tt.want {
			t.Errorf("withoutFinalQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRemovedHeadline checks that a headline the furniture judges removed
// twice as a caption, a widget or a metadata field (once after 原标题：),
// or as a field labelled with an organisation's name or as the title
// (标题：…, once), or once right above the post's stamp (a slogan too),
// however short, still competes as a title, in both
// scripts, and that a line removed once elsewhere, twice as another
// kind, or a field whose label is another word or an organisation's word
// alone, does not.
func TestRemovedHeadline(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	body := []string{"", "三月中旬，社区义工分成六组走访区内独居长者，送上饭盒和水果。"}
	for _, tt := range []struct {
		removed []Removed
		want    string
		stamped map[string]bool
	}{
		{[]Removed{{"caption", "河畔小学百名学生收到暖冬包裹"}, {"caption", "河畔小学百名学生收到暖冬包裹"}}, "河畔小学百名学生收到暖冬包裹", nil},
		// Right above the post's stamp, before a picture's label removed twice.
		{[]Removed{{"caption", "照片"}, {"caption", "照片"}, {"widget", "冬至包饺子"}, {"byline", "2024-12-21"}}, "冬至包饺子", map[string]bool{"冬至包饺子": true}},
		{[]Removed{{"widget", "冬至包餃子"}, {"metadata", "某某日報 2024年12月21日"}}, "冬至包餃子", map[string]bool{"冬至包餃子": true}},
		{[]Removed{{"widget", "冬至包饺子"}, {"byline", "2024-12-21"}}, "", nil},
		// A slogan's kind too, right above the stamp (a byline's row).
		{[]Removed{{"slogan", "一聲問候 一份心意"}, {"byline", "記者 王小明"}}, "一聲問候 一份心意", map[string]bool{"一聲問候 一份心意": true}},
		{[]Removed{{"slogan", "一声问候 一份心意"}}, "", nil},
		{[]Removed{{"widget", "義工走進長者家中"}, {"byline", "記者 王小明"}, {"metadata", "原標題：義工走進長者家中"}}, "義工走進長者家中", nil},
		{[]Removed{{"widget", "义工走进长者家中"}}, "", nil},
		// Right above the stamp with a title's label: it competes whole,
		// the title is its value.
		{[]Removed{{"metadata", "原标题：“一碗热汤”：义工走进长者家中"}, {"byline", "记者 王小明"}}, "原标题：“一碗热汤”：义工走进长者家中", map[string]bool{"原标题：“一碗热汤”：义工走进长者家中": true}},
		{[]Removed{{"metadata", "原標題:“一碗熱湯”:義工走進長者家中"}, {"byline", "記者 王小明"}}, "原標題:“一碗熱湯”:義工走進長者家中", map[string]bool{"原標題:“一碗熱湯”:義工走進長者家中": true}},
		{[]Removed{{"byline", "来源：某某日报"}, {"metadata", "河畔社区：党员义工清理楼道杂物"}}, "河畔社区：党员义工清理楼道杂物", nil},
		{[]Removed{{"metadata", "市總會：三屆二次理事會工作報告"}}, "市總會：三屆二次理事會工作報告", nil},
		// A place's name before a headline without the genre's words
		// (某某县：…, 某某村:…): the place the news comes from.
		{[]Removed{{"navigation", "首页 > 正文"}, {"metadata", "青石县：百名义工清扫河岸垃圾"}}, "青石县：百名义工清扫河岸垃圾", nil},
		{[]Removed{{"metadata", "柳溪村:老少同堂剪窗花迎新春"}}, "柳溪村:老少同堂剪窗花迎新春", nil},
		{[]Removed{{"metadata", "桃源鎮：開展防汛演練活動"}}, "", nil},
		{[]Removed{{"metadata", "地区：华东地区各省市"}}, "", nil},
		// A field labelled as the title (标题：…), said once: its value.
		{[]Removed{{"metadata", "标题：河畔社区开展防汛演练 筑牢安全防线"}, {"byline", "来源：某某日报"}}, "河畔社区开展防汛演练 筑牢安全防线", nil},
		{[]Removed{{"byline", "記者 王小明"}, {"metadata", "原標題:河畔社區義工走訪獨居長者"}}, "河畔社區義工走訪獨居長者", nil},
		{[]Removed{{"widget", "标题：河畔社区开展防汛演练"}}, "", nil},
		{[]Removed{{"metadata", "社区：河畔社区"}}, "", nil},
		{[]Removed{{"metadata", "分类：社区新闻"}}, "", nil},
		{[]Removed{{"byline", "来源：某某日报"}, {"byline", "来源：某某日报"}}, "", nil},
	} {
		h := ts.removedHeadline(tt.removed, tt.stamped)
		if h.text != tt.want {
			t.Errorf("removedHeadline(%v) = %q, want %q", tt.removed, h.text, tt.want)
			continue
		}
		c, ok := chooseTitle(body, nil, "", "", h, fv, ts, nil, tt.stamped, nil)
		if tt.want == "" {
			if ok {
				t.Errorf("%v: title %q, want none", tt.removed, c.text)
			}
		} else if title := ts.withoutLabel(tt.want); !ok || c.text != title || c.line != -1 {
			// The title is the line without a title's label (原标题：…).
			t.Errorf("%v: title %q line %d (found %v), want %q line -1", tt.removed, c.text, c.line, ok, title)
		}
	}
}

// TestRemovedBeforeFacts checks that a line removed with the post's facts
// fused after its headline (its date after a label, maybe its source)
// gives that headline, which wins over the form's labels left below it,
// in both scripts; a line of facts alone, a date after a space, a date
// without its label's colon, or a sentence before the facts gives none.
func TestRemovedBeforeFacts(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	body := []string{"活动时间", "", "三月中旬，社区义工分成六组走访区内独居长者，送上饭盒和水果。"}
	for _, tt := range []struct {
		removed []Removed
		want    string
	}{
		{[]Removed{{"decoration", "|"}, {"byline", "河畔镇开展重阳敬老慰问活动发布时间:2022-10-04 08:30 信息来源:河畔镇人民政府"}}, "河畔镇开展重阳敬老慰问活动"},
		{[]Removed{{"structure", "綠色小學堂 一起玩環保發佈日期:2016/03/05"}}, "綠色小學堂 一起玩環保"},
		{[]Removed{{"byline", "发布时间:2022-10-04 08:30 信息来源:河畔镇人民政府"}}, ""},
		{[]Removed{{"byline", "河畔镇开展重阳敬老慰问活动 2022-10-04"}}, ""},
		{[]Removed{{"byline", "河畔镇开展重阳敬老慰问活动信息来源:河畔镇人民政府"}}, ""},
		{[]Removed{{"byline", "本站讯。社区组织了活动发布时间:2022-10-04"}}, ""},
	} {
		h := removedBeforeFacts(tt.removed, fv)
		if h.text != tt.want {
			t.Errorf("removedBeforeFacts(%v) = %q, want %q", tt.removed, h.text, tt.want)
			continue
		}
		if tt.want == "" {
			continue
		}
		if c, ok := chooseTitle(body, nil, "", "", h, fv, ts, nil, nil, nil); !ok || c.text != tt.want {
			t.Errorf("%v: title %q (%v), want %q", tt.removed, c.text, ok, tt.want)
		}
	}
}

func TestCarriesOn(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"志愿者一起清扫了河岸,", "大家沿着步道捡拾垃圾。"}, true}, // ends with a comma
		{[]string{"志工們一起清掃了河岸，", "大家沿著步道撿拾垃圾。"}, true},
		{[]string{"本会的义卖会于12月14日", "", "在体育馆前热闹登场,", "共设八十个摊位。"}, true}, // the clause below carries it on
		{[]string{"本會的義賣會於12月14日", "在體育館前熱鬧登場，"}, true},
		{[]string{"社区义卖活动总结", "今年冬天，我们在体育馆前举办了义卖。"}, false}, // a sentence below
		{[]string{"冬日送温暖 志愿者走访老人", "八十多名志愿者齐聚广场,"}, false},  // two phrases: a headline
		{[]string{"情暖重陽,愛在社區", "八十多名志工齊聚廣場，"}, false},
		{[]string{"社区义卖活动总结"}, false},
		{[]string{"本报讯(通讯员 王", "小明)今天上午,八十多名志愿者齐聚广场。"}, true}, // a bracket left open (cutSentence)
	} {
		if got := carriesOn(c.lines, 0); got != c.want {
			t.Errorf("carriesOn(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestCutSentence checks that a piece of a sentence the text goes on
// with — a bracket left open, a last clause of one character after a
// comma — is no title, and that a headline with its brackets closed or
// its phrases between commas is one.
func TestCutSentence(t *testing.T) {
	for _, c := range []struct {
		l    string
		want bool
	}{
		{"本报讯(通讯员 王", true},    // a byline's bracket, closed on the next line
		{"本站今年的主题是「陪伴长", true}, // cut at a space inside the quote
		{"本會今年的主題是《攜手同", true},
		{"东坡村位于镇区以南,全村面积约十平方公里,与", true}, // broken mid-clause
		{"東坡村位於鎮區以南，全村面積約十平方公里，與", true},
		{"社区义卖活动总结(上)", false},
		{"【志愿服务】社区开展义卖活动", false},
		{"「暖冬行动」走进长青社区", false},
		{"盛夏时节,平安出游,防溺水", false},
		{"送温暖,走访老人", false},
		{"社区义卖活动总结", false},
	} {
		if got := cutSentence(c.l); got != c.want {
			t.Errorf("cutSentence(%q) = %v, want %v", c.l, got, c.want)
		}
	}
}

// TestCaptionsEnd checks that captions stacked above a text's first
// paragraph (short lines of Han characters alone that share words) end at
// that paragraph, and that a headline over it, alone or under a column,
// a site or a byline, or said twice, is no caption; nor is a column of
// the genre's words, nor a line reporting an event as a headline does.
func TestCaptionsEnd(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	para := "5月12日，学院团委组织二十名志愿者走进城东公园，沿步道拾捡垃圾并向游客发放宣传单一百余份。"
	for _, tt := range []struct {
		name  string
		lines []string
		want  int
	}{
		{"captions", []string{"青年志愿者清扫公园步道", "", "青年志愿者合影留念", para}, 3},
		{"captions, traditional", []string{"張理事長走訪山區獨居長者", "陳副理事長走訪海邊弱勢家庭", para}, 2},
		{"a headline alone", []string{"青年志愿者清扫公园步道", para}, 0},
		{"lines sharing no word", []string{"温暖冬日", "青年志愿者清扫公园步道", para}, 0},
		{"a column over the headline", []string{"社区新闻", "桂园社区开展端午包粽子活动", para}, 0},
		{"a site over the headline", []string{"某某县人民政府网", "某某县志愿者清扫公园步道", para}, 0},
		{"the headline said twice", []string{"青年志愿者清扫公园步道", "青年志愿者清扫公园步道", para}, 0},
		{"an author under the headline", []string{"青年志愿者清扫公园步道", "王志明", para}, 0},
		{"a report's title", []string{"青年志愿者活动总结", "青年志愿者合影留念", para}, 0},
		{"a line with a date", []string{"青年志愿者清扫公园步道", "青年志愿者 2024-05-12", para}, 0},
		// A column of the genre's words and a short name, or a headline
		// reporting an event (a headline's verb and a genre word), is no
		// caption: the headline stands over a caption or under a column.
		{"a column of the genre's words", []string{"妇联工作", "", "柳河县妇联联络站帮农户抢收玉米", para}, 0},
		{"a column of the genre's words, traditional", []string{"婦聯工作", "", "柳河縣婦聯聯絡站幫農戶搶收玉米", para}, 0},
		{"a headline reporting an event over a caption", []string{"南湖街道开展秋季消防演练活动", "", "演练活动现场一角", para}, 0},
		{"a headline reporting an event, traditional", []string{"松濤社區舉辦重陽敬老聯歡活動", "", "聯歡活動現場一角", para}, 0},
		{"captions with a verb and no genre word", []string{"志愿者走进敬老院包饺子", "志愿者与老人合影", para}, 2},
		{"captions with a genre word and no verb", []string{"志愿者活动现场", "志愿者与老人合影", para}, 2},
	} {
		if got := ts.captionsEnd(tt.lines, fv); got != tt.want {
			t.Errorf("%s: captionsEnd = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestHeadlineOverItsHalves checks that a headline said whole, then again
// broken into its two halves on two lines below it, is the title rather
// than either half, in both scripts; and that two lines below that are
// not its halves (a line between them, or not the whole's words) leave
// the ranking as it was.
func TestHeadlineOverItsHalves(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		name  string
		lines []string
		title string
	}{
		{"halves, Simplified", []string{"河畔社区志愿队“冬日送暖” 走访辖区独居老人", "本站动态", "河畔社区志愿队“冬日送暖”", "走访辖区独居老人", "1月10日上午，志愿队走访辖区三十多户独居老人，送上棉被和米油。"},
			"河畔社区志愿队“冬日送暖” 走访辖区独居老人"},
		{"halves, Traditional", []string{"香江青年服務隊攜手東區長者鄰舍中心義工隊舉辦「冬至湯圓暖萬家同樂會」", "香江青年服務隊攜手東區長者鄰舍中心義工隊", "舉辦「冬至湯圓暖萬家同樂會」", "冬至前一日，隊員們來到長者中心，和五十多位長者一起搓湯圓。"},
			"香江青年服務隊攜手東區長者鄰舍中心義工隊舉辦「冬至湯圓暖萬家同樂會」"},
		{"a line between, no halves", []string{"香江青年服務隊攜手東區長者鄰舍中心義工隊舉辦「冬至湯圓暖萬家同樂會」", "香江青年服務隊攜手東區長者鄰舍中心義工隊", "本站消息", "舉辦「冬至湯圓暖萬家同樂會」", "冬至前一日，隊員們來到長者中心，和五十多位長者一起搓湯圓。"},
			"香江青年服務隊攜手東區長者鄰舍中心義工隊"},
	} {
		c, _ := chooseTitle(tt.lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
		if c.text != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, c.text, tt.title)
		}
	}
}

// TestCollectionTitle checks the collection's title over its first
// piece's heading, in both scripts, and lines that are none: a part's
// number where the count should be, words after the count, too much
// before the heading's words.
func TestCollectionTitle(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2024年社区读书月活动总结【精选6篇】", "2024年社区读书月活动总结(篇1)", true},
		{"实用的长者中心义工服务总结合集五篇", "长者中心义工服务总结篇1", true},
		{"《社区端午节活动总结【热门四篇】》", "社区端午节活动总结", true},
		{"社区端午节活动总结篇1", "社区端午节活动总结", false},
		{"社区端午节活动总结5篇下载", "社区端午节活动总结", false},
		{"某某市某某区社区端午节活动总结5篇", "社区端午节活动总结", false},
		{"总结5篇", "总结", false},
	} {
		if got := collectionTitle(tt.a, tt.b); got != tt.want {
			t.Errorf("collectionTitle(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	lines := []string{"實用的長者中心義工服務總結合集五篇", "長者中心義工服務總結(篇1)", "今年長者中心共招募義工四十二人，每月探訪獨居長者兩次，全年服務時數逾一千小時。"}
	if c, _ := chooseTitle(lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil); c.text != lines[0] {
		t.Errorf("title %q, want %q", c.text, lines[0])
	}
}

// TestBulletedHeadlineOverStamp checks that a bulleted line right above
// the post's stamp is the title without its bullet, in both scripts; a
// bulleted line with no stamp under it among others (a menu's item) is
// none (one alone is a headline: TestLoneBulletTitle).
func TestBulletedHeadlineOverStamp(t *testing.T) {
	checkParsedTitles(t, []parsedTitle{
		{"Simplified", "• 东湖社区开展“清洁家园”志愿服务活动\n• 发布时间:2023-05-20 09:30 | 浏览次数:\n5月18日上午，东湖社区组织志愿者在小区内开展环境清洁活动，清理楼道杂物。\n",
			"东湖社区开展“清洁家园”志愿服务活动"},
		{"Traditional", "• 【關愛長者】義工探訪獨居長者\n• 發布時間:2022-11-08 瀏覽量:312\n11月5日，中心義工分成五組，探訪區內獨居長者，送上暖包和日用品。\n",
			"【關愛長者】義工探訪獨居長者"},
		{"no stamp under it, a list's item among others", "• 东湖社区简介\n• 东湖社区开展“美丽楼道”志愿服务活动\n5月18日上午，东湖社区组织志愿者在小区内开展环境清洁活动，清理楼道杂物。\n", ""},
	})
}

// TestEchoedHead checks that the part of a line before a separator is
// the headline when another line says it alone or ends with it after a
// non-Han mark, and what follows the separator is said nowhere else.
func TestEchoedHead(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"brand after a colon, headline alone below", []string{"南湖街道三项举措让实践站活起来:某某娱乐官方入口", "正文第一段。", "南湖街道三项举措让实践站活起来"}, "南湖街道三项举措让实践站活起来"},
		{"newsletter's names, dateline ending with it", []string{"長青會義工探訪安老院一日行─某某協會電子報─某某電子報", "news.example.org · May 12,2016長青會義工探訪安老院一日行"}, "長青會義工探訪安老院一日行"},
		{"said only inside a sentence", []string{"寒冬送温暖慰问暖人心社区行——记某某活动", "我们以寒冬送温暖慰问暖人心社区行为主题开展了活动。"}, ""},
		{"a headline over its two halves", []string{"寒冬送温暖慰问暖人心社区行——某某寺开展节前慰问", "寒冬送温暖慰问暖人心社区行", "某某寺开展节前慰问"}, ""},
		{"a short kicker", []string{"喜迎新春 | 某某社区表彰会", "喜迎新春"}, ""},
		{"no separator", []string{"南湖街道三项举措让实践站活起来", "南湖街道三项举措让实践站活起来"}, ""},
	} {
		if got := echoedHead(simplifiedLines(tt.lines), 0, tt.lines[0]); got != tt.want {
			t.Errorf("%s: echoedHead = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestHeadlineBeforeDate checks the split of a headline run into the
// post's date field, in both scripts, and that a sentence naming a time
// or a short label is not split.
func TestHeadlineBeforeDate(t *testing.T) {
	fv := testFurniture(t)
	for _, tt := range []struct{ line, title, date string }{
		{"清理河岸 青山社区志愿者共同护河时间:2022-04-18 ![]() 4月16日，青山社区组织志愿者清理垃圾。", "清理河岸 青山社区志愿者共同护河", "2022-04-18"},
		{"【新北】永和區福和里關懷據點舉辦長者慶生會時間:2023-06-09 某某新聞社", "【新北】永和區福和里關懷據點舉辦長者慶生會", "2023-06-09"},
		{"青山社区志愿者护河活动发布日期：2022/04/18 正文", "青山社区志愿者护河活动", "2022/04/18"},
		{"活动当天，志愿者按约定时间:2022-04-18 集合", "", ""},
		{"社区新闻时间:2022-04-18", "", ""},
		{"青山社区志愿者共同护河 2022-04-18", "", ""},
		// The post's source and its stamp with a time of day, after a
		// space: the headline before them.
		{"湖滨社区志愿者为独居老人送年夜饭 来源:湖滨晚报 2023-01-21 09:15:20 纠错 除夕中午，志愿者把饭菜送到老人家中。", "湖滨社区志愿者为独居老人送年夜饭", "2023-01-21"},
		{"湖濱社區義工為獨居長者送年夜飯 2023-01-21 09:15:20  來源:湖濱社區", "湖濱社區義工為獨居長者送年夜飯", "2023-01-21"},
		// A slogan's comma inside quotes is the headline's; one outside
		// them is a sentence's.
		{"某某学院“学雷锋,树新风”志愿服务项目获评优秀发表时间:2020-04-12 作者:", "某某学院“学雷锋,树新风”志愿服务项目获评优秀", "2020-04-12"},
		{"松園公司舉辦「迎新春,強體魄」員工拔河比賽 2024-02-02 16:40", "松園公司舉辦「迎新春,強體魄」員工拔河比賽", "2024-02-02"},
		{"活动结束后，志愿者们在门口合影留念 2023-01-21 09:15", "", ""},
		{"湖滨社区 来源:湖滨晚报 2023-01-21 09:15:20", "", ""},
		// The date written with 年月日 after its label.
		{"湖滨社区“护苗成长,温暖寒冬”儿童关爱行动 日期:2023年1月10日 为做好寒假期间的关爱服务，社区组织志愿者走访困境儿童。", "湖滨社区“护苗成长,温暖寒冬”儿童关爱行动", "2023年1月10日"},
		{"湖濱社區兒童關愛行動發佈時間：2023年1月10日 社區組織義工走訪兒童。", "湖濱社區兒童關愛行動", "2023年1月10日"},
		{"活动当天，志愿者按约定日期:2023年1月10日 集合", "", ""},
	} {
		title, date, _ := headlineBeforeDate(tt.line, fv)
		if title != tt.title || date != tt.date {
			t.Errorf("%q: headlineBeforeDate = %q, %q; want %q, %q", tt.line, title, date, tt.title, tt.date)
		}
	}
	doc, err := Parse("a.txt", []byte("清理河岸 青山社区志愿者共同护河时间:2022-04-18 4月16日，青山社区组织志愿者沿河岸清理垃圾，劝导游客文明游玩。\n志愿者表示，今后将定期开展护河行动。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "清理河岸 青山社区志愿者共同护河" || doc.Published != "2022-04-18" || !strings.Contains(doc.Text, "共同护河时间:2022-04-18 4月16日") {
		t.Errorf("title %q, published %q, text %q: want the headline, its date, the line whole", doc.Title, doc.Published, doc.Text)
	}
	doc, err = Parse("b.txt", []byte("松園公司舉辦「迎新春,強體魄」員工拔河比賽 2024-02-02 16:40:05  來源:松園公司工會\n為了增進同事之間的默契，松園公司於1月31日下午舉辦員工拔河比賽。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "松園公司舉辦「迎新春,強體魄」員工拔河比賽" || doc.Published != "2024-02-02" {
		t.Errorf("title %q, published %q: want the headline before the post's stamp and source, the stamp's date", doc.Title, doc.Published)
	}
}

// TestWithoutForeignSuffix checks that a brand after a headline's last
// hyphen or underscore is cut when no two of its Han characters in a
// row are said on another line (a pair across a line end is no such
// saying) and the headline is echoed below; a
// site's name the page names, a range of years, a title's ending and a
// short head stay.
func TestWithoutForeignSuffix(t *testing.T) {
	ts := testTitleScorer(t)
	body := "东湖街道今年将新建十个社工站，覆盖辖区全部社区，为居民提供为老服务。"
	for _, tt := range []struct {
		name, line, below, want string
	}{
		{"a brand foreign to the page", "东湖街道将新建十个社工站 覆盖全部社区-某某热消息", body, "东湖街道将新建十个社工站 覆盖全部社区"},
		{"a spam brand with letters, Traditional", "東湖街道將新建十個社工站 覆蓋全部社區 -k8某某國際入口", "東湖街道今年將新建十個社工站，覆蓋轄區全部社區。", "東湖街道將新建十個社工站 覆蓋全部社區"},
		{"a site the page names", "东湖街道将新建十个社工站 覆盖全部社区-东湖新闻网", body + "来源：东湖新闻网", ""},
		{"a headline the text does not echo", "西山公园迎来春季赏花高峰期-某某热消息", body, ""},
		{"a range of years", "东湖街道将新建十个社工站规划2024-2025", body, ""},
		{"a title's ending after it", "东湖街道将新建十个社工站 覆盖全部社区-年度工作总结", body, ""},
		{"two characters in a row only across a line end", "東湖街道將新建十個社工站 覆蓋全部社區-某某熱消息", "東湖街道今年將新建十個社工站，覆蓋全部社區，居民稱熱\n消防站也在規劃中。", "東湖街道將新建十個社工站 覆蓋全部社區"},
	} {
		if got := ts.withoutForeignSuffix(simplifiedLines(append([]string{tt.line}, strings.Split(tt.below, "\n")...)), 0, tt.line, false); got != tt.want {
			t.Errorf("%s: withoutForeignSuffix = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestKeywordsOverHeadline: a hijacked copy's keywords between bars or
// underscores, long enough to read as a paragraph, on the page's first
// line end no first lines: the headline under them is the title, and
// they go with the header above it.
func TestKeywordsOverHeadline(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"免费在线观看高清电视剧全集|最新电视剧全集大全免费看|热门综艺节目排行榜|手机游戏攻略下载安装最新版|二手车估价平台|减肥茶推荐|旅游攻略大全\n\n注册\n\n青石村修订村规民约 倡导文明新风\n\n今年以来，青石村修订村规民约的工作稳步推进，村两委多次召开村民代表会议，广泛征求意见。\n\n新的村规民约对红白喜事的操办规模作出了明确规定，得到了村民的普遍支持。",
			"青石村修订村规民约 倡导文明新风"},
		{"免費線上觀看高清電視劇全集|最新電視劇全集大全免費看|熱門綜藝節目排行榜|手機遊戲攻略下載安裝最新版|二手車估價平台|減肥茶推薦|旅遊攻略大全\n\n青石村修訂村規民約 倡導文明新風\n\n今年以來，青石村修訂村規民約的工作穩步推進，村兩委多次召開村民代表會議，廣泛徵求意見。\n\n新的村規民約對紅白喜事的操辦規模作出了明確規定，得到了村民的普遍支持。",
			"青石村修訂村規民約 倡導文明新風"},
	} {
		doc, err := Parse("a.txt", []byte(c.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != c.want {
			t.Errorf("title %q, want %q", doc.Title, c.want)
		}
		// The keywords above the headline go with the page's header.
		if keywords, _, _ := strings.Cut(c.page, "\n"); strings.Contains(doc.Text, keywords) {
			t.Errorf("keywords %q left in the text %q", keywords, doc.Text)
		}
	}
}

// TestTitleRankTraceOption: the study's trace (Options.titleRankTrace)
// sees the ranking, the chosen title among its candidates, and changes
// nothing in the document.
func TestTitleRankTraceOption(t *testing.T) {
	const page = "東湖街道舉辦長者慶生會\n\n本月东湖街道为辖区内的三十位长者举办了集体生日会，志愿者准备了蛋糕和节目。\n\n活動結束後，長者們紛紛表示很開心。"
	var ranked []rankedTitle
	doc, err := Parse("a.txt", []byte(page), Options{titleRankTrace: func(_ []string, r []rankedTitle) { ranked = r }})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title == "" || !slices.ContainsFunc(ranked, func(r rankedTitle) bool { return r.c.text == doc.Title }) {
		t.Errorf("title %q not among the traced candidates %v", doc.Title, ranked)
	}
	plain, err := Parse("a.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != plain.Title || doc.Text != plain.Text || !slices.Equal(doc.Removed, plain.Removed) {
		t.Errorf("traced: title %q text %q; without the trace %q %q", doc.Title, doc.Text, plain.Title, plain.Text)
	}
}

// simplifiedLines folds each line to Simplified script, as Finish hands
// the page's lines to the title rules.
func simplifiedLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = fold.ToSimplified(l)
	}
	return out
}

// parsedTitle is a page (text) and the title Parse must find in it.
type parsedTitle struct{ name, text, title string }

// checkParsedTitles parses each page and checks its title.
func checkParsedTitles(t *testing.T, cases []parsedTitle) {
	t.Helper()
	for _, tt := range cases {
		doc, err := Parse("a.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Title, tt.title)
		}
	}
}

// TestHeadlineValue checks that a label before a headline of two parallel
// phrases (a place, a body) is weighed as no page's field, in both
// scripts, and that a field whose value is a menu's items, one phrase or a
// list, still is.
func TestHeadlineValue(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		line  string
		field bool
	}{
		{"河西镇:志愿服务进万家 邻里互助暖人心", false},
		{"河西區：科普知識進萬家 安全常識記心間", false},
		{"某村:情暖重阳,爱在社区", false},
		{"分类:社区新闻 活动回顾", true},        // a menu's items
		{"热门范文:社区重阳节敬老活动总结", true},    // one title
		{"關鍵詞：義工 長者 探訪 重陽", true},     // a list of words
		{"主题:志愿服务进万家 邻里互助 暖人心", true}, // three phrases
	} {
		f := fold.ToSimplified(tt.line)
		if got := ts.textFeatures(f)[featField] > 0; got != tt.field {
			t.Errorf("textFeatures(%q) field %v, want %v", tt.line, got, tt.field)
		}
	}
}

// TestPlaceLabelled checks that a place's name or a local body's named
// after it, as a label before a news headline without the genre's words,
// is weighed as no page's field, in both scripts; and that a label with
// one character before the place's ending, a label of no place, or a
// headline of the genre's words after the place still is.
func TestPlaceLabelled(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		line  string
		field bool
	}{
		{"柳河县:秋收时节帮农户抢收玉米", false},
		{"松濤區：長者學用手機 志工耐心教", false},
		{"东坡村:新修的水渠通到了田头", false},
		{"南湖公安:反诈讲座走进菜市场", false},
		{"南湖公安：反詐講座走進菜市場", false},
		{"柳河县:开展秋收互助活动", true},   // the genre's words
		{"地区:华东", true},          // one character before 区
		{"分类:秋收时节帮农户抢收玉米", true}, // no place
		{"關鍵詞：秋收 互助 玉米", true},
	} {
		f := fold.ToSimplified(tt.line)
		if got := ts.textFeatures(f)[featField] > 0; got != tt.field {
			t.Errorf("textFeatures(%q) field %v, want %v", tt.line, got, tt.field)
		}
	}
}

// TestWeekdayStamp checks that a line opening with a day's date and its
// weekday is a header's date, in both scripts, whatever follows it: never
// a title nor the first-line fallback; the headline right under the date
// alone, however short, is the title, and the date the post's; under a
// date with a menu after it, a masthead is not weighed as the headline; a
// date the headline says or a date without its weekday is no such line.
func TestWeekdayStamp(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2024年03月05日 星期二", true},
		{"2024年 03月 05日 星期二 投稿指南 联系我们", true},
		{"2024-03-05 周二", true},
		{"2024年3月5日 週二", true},
		{"2024年3月5日 禮拜天", true},
		{"2024年3月5日", false},
		{"2024年3月5日社区举办敬老活动 星期二开始报名", false},
		{"星期二 2024年3月5日", false},
	} {
		if got := weekdayStamp.MatchString(fold.ToSimplified(tt.line)); got != tt.want {
			t.Errorf("weekdayStamp(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	ts := testTitleScorer(t)
	if i := ts.firstLineTitle([]string{"2024年03月05日 星期二 投稿指南 联系我们", "社区敬老活动纪实"}); i >= 0 {
		t.Errorf("first-line title %d, want none", i)
	}
	for _, tt := range []struct{ name, text, title, published string }{
		{"a blog's date over a short headline", "2024年03月05日 星期二\n\n元宵送暖\n\n元宵节前夕，义工们和长者一起包汤圆、猜灯谜，热热闹闹过了一个节。\n学生们还为长者表演了节目。\n",
			"元宵送暖", "2024-03-05"},
		{"a blog's date over a short headline, Traditional", "2024年03月05日 星期二\n\n元宵送暖\n\n元宵節前夕，義工們和長者一起包湯圓、猜燈謎，熱熱鬧鬧過了一個節。\n學生們還為長者表演了節目。\n",
			"元宵送暖", "2024-03-05"},
		{"a site's today with its menu over the headline", "2024年 03月 05日 星期二 投稿指南 活动报名\n\n某某社区通讯社 COMMUNITY NEWS AGENCY\n\n河西社区书法班开班 长者乐学不停歇\n\n发布时间:2020-06-01 08:30:00\n\n六月一日，河西社区书法班开班，三十多位长者报名，每周二、周四上课。\n",
			"河西社区书法班开班 长者乐学不停歇", "2020-06-01"},
	} {
		doc, err := Parse("a.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.title || doc.Published != tt.published {
			t.Errorf("%s: title %q published %q, want %q %q", tt.name, doc.Title, doc.Published, tt.title, tt.published)
		}
	}
}

// TestNewsLeadNoHeadline checks that a news story's lead ending with 讯
// is never a headline's phrase nor the first-line fallback, in both
// scripts: set off after the headline it opens the first sentence, and a
// page opening with it has no title; a headline's own word ending with 讯
// (喜讯) is none.
func TestNewsLeadNoHeadline(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"某某新闻网讯", true},
		{"本报讯", true},
		{"某某在线某某站6月2日讯(张三 通讯员", true},
		{"某某日報訊 近日，某某社區…", true},
		{"社区传来喜讯", false},
		{"通讯员 张三", false},
		{"某某社区开展通讯知识讲座", false},
	} {
		if got := opensWithNewsLead(fold.ToSimplified(tt.f)); got != tt.want {
			t.Errorf("opensWithNewsLead(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
	checkParsedTitles(t, []parsedTitle{
		{"lead after the headline", "河西社区举行重阳敬老文艺汇演活动 某某传媒网讯 重阳节前夕，河西社区邀请辖区文艺队为八十多位长者表演节目。\n长者们看得津津有味，不时鼓掌叫好。\n",
			"河西社区举行重阳敬老文艺汇演活动"},
		{"lead after the headline, Traditional", "河西社區舉行重陽敬老文藝匯演活動 某某傳媒網訊 重陽節前夕，河西社區邀請轄區文藝隊為八十多位長者表演節目。\n長者們看得津津有味，不時鼓掌叫好。\n",
			"河西社區舉行重陽敬老文藝匯演活動"},
		{"a dateline broken over lines opens the page", "某某在线某某站6月2日讯(张三 通讯员\n李四)为丰富长者的晚年生活，5月30日，河西社区书法兴趣班开班，二十位长者报名参加。\n兴趣班每周上两次课，由社区志愿者授课。\n",
			""},
		{"a dateline broken over lines opens the page, Traditional", "某某在線某某站6月2日訊(張三 通訊員\n李四)為豐富長者的晚年生活，5月30日，河西社區書法興趣班開班，二十位長者報名參加。\n興趣班每週上兩次課，由社區義工授課。\n",
			""},
	})
}

// TestWithoutMediaMark checks that a mark in brackets saying what a story
// holds is cut off either end of a headline, in both scripts, and that
// other words in brackets there stay.
func TestWithoutMediaMark(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct{ in, want string }{
		{"南湖小学举行秋季运动会(图)", "南湖小学举行秋季运动会"},
		{"南湖小學舉行秋季運動會（組圖）", "南湖小學舉行秋季運動會"},
		{"[图]南湖小学举行秋季运动会", "南湖小学举行秋季运动会"},
		{"【視頻】南湖小學舉行秋季運動會", "南湖小學舉行秋季運動會"},
		{"長者義工隊探訪獨居街坊 送上暖湯【有片】", "長者義工隊探訪獨居街坊 送上暖湯"},
		{"【獨家】南湖小學舉行秋季運動會", "【獨家】南湖小學舉行秋季運動會"},
		{"南湖小学举行秋季运动会(上)", "南湖小学举行秋季运动会(上)"},
		{"图书馆开放日(图书漂流)", "图书馆开放日(图书漂流)"},
	} {
		if got := ts.withoutMediaMark(tt.in); got != tt.want {
			t.Errorf("withoutMediaMark(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	checkParsedTitles(t, []parsedTitle{
		{"a photo mark after the headline", "南湖小学举行秋季运动会(图)\n十月十二日，南湖小学举行秋季运动会，全校六百多名学生参加了比赛。\n运动会设有跑步、跳远和拔河等项目。\n",
			"南湖小学举行秋季运动会"},
		{"a video mark after the headline, Traditional", "長者義工隊探訪獨居街坊 送上暖湯【有片】\n一群長者義工上週探訪區內獨居街坊，送上自家煲的暖湯。\n義工隊表示會每月探訪一次。\n",
			"長者義工隊探訪獨居街坊 送上暖湯"},
	})
}

// TestWithoutSitePrefix: a news site's name, bare or in title marks,
// before a slash or a double dash at a headline's start is the site's,
// cut off; a byline's place after it (too short), a name that is no
// site's and a slash inside the headline stay. A media mark may be set
// off by a slash too.
func TestWithoutSitePrefix(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct{ in, want string }{
		{"河畔新闻网/社区义工为独居长者修缮门窗", "社区义工为独居长者修缮门窗"},
		{"河畔新聞網／社區義工為獨居長者修繕門窗", "社區義工為獨居長者修繕門窗"},
		{"《河畔教育网》——南湖职业学院组织学生清扫公园步道", "南湖职业学院组织学生清扫公园步道"},
		{"河畔新闻网/东区报道", "河畔新闻网/东区报道"},
		{"重阳敬老——社区义工为独居长者修缮门窗", "重阳敬老——社区义工为独居长者修缮门窗"},
		{"社区义工为独居长者修缮门窗/东区", "社区义工为独居长者修缮门窗/东区"},
	} {
		if got := ts.withoutSitePrefix(tt.in); got != tt.want {
			t.Errorf("withoutSitePrefix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, want := ts.withoutMediaMark("(有影片)/社區義工為獨居長者修繕門窗"), "社區義工為獨居長者修繕門窗"; got != want {
		t.Errorf("withoutMediaMark = %q, want %q", got, want)
	}
	checkParsedTitles(t, []parsedTitle{
		{"a site's name and a slash before the headline", "河畔新闻网/社区义工为独居长者修缮门窗\n河畔新闻网/东区报道\n上周六，社区义工队十二名队员来到独居长者家中，为他们修缮门窗、更换灯泡。\n长者们连声道谢。\n",
			"社区义工为独居长者修缮门窗"},
	})
}

// TestCreditNamed: a credit word standing as a word, then a colon or a
// space and a Han name, is a byline's or a caption's credit; a word inside
// a headline's words (小记者) or with no name after it is none.
func TestCreditNamed(t *testing.T) {
	fv := testFurniture(t)
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"作者:街道团工委 来源:街道团工委", true},
		{"作者：區婦聯 發佈時間：2025-03-02", true},
		{"某某新闻网 掌上APP记者 白露 通讯员 常青", true},
		{"某某新聞網記者 白露 通訊員 常青", true}, // 通讯员 after a space
		{"本報記者走進山區小學", false},
		{"义工为长者理发（摄影 方一鸣）", true},
		{"義工為長者理髮(攝影 方一鳴)", true},
		{"小记者 走进消防站体验救援", false},
		{"小記者走進消防站", false},
		{"记者节座谈会在市文化馆举行", false},
		{"社区摄影展开幕", false},
		{"作者: 2025", false},
	} {
		if got := fv.creditNamed(fold.ToSimplified(tt.line)); got != tt.want {
			t.Errorf("creditNamed(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestStrayTail checks that what a page prints after its headline and no
// headline ends with — dashes, stars, a question mark where nothing asks,
// one digit after the first line's Han characters — is cut off the title,
// in both scripts, and that a headline that asks, a numbered piece (篇2)
// and a year keep their ends.
func TestStrayTail(t *testing.T) {
	checkParsedTitles(t, []parsedTitle{
		{"a dash, Simplified", "桥西街道举办旧衣回收换绿植活动-\n\n周六上午，街道在文化广场设置了回收点，居民拿旧衣服就能换一盆绿植。\n\n不到两个小时，志愿者就收到了三百多件衣物。\n",
			"桥西街道举办旧衣回收换绿植活动"},
		{"a lost character, Traditional", "橋西街道舉辦舊衣回收換綠植活動 ?\n\n週六上午，街道在文化廣場設置了回收點，居民拿舊衣服就能換一盆綠植。\n\n不到兩個小時，義工就收到了三百多件衣物。\n",
			"橋西街道舉辦舊衣回收換綠植活動"},
		{"a picture's number, Simplified", "石桥镇农家书屋暑期阅读月活动总结3\n\n七月以来，镇里的十二个农家书屋延长了开放时间，吸引了不少放假的孩子。\n\n书屋管理员还组织了读书分享会和手抄报比赛。\n",
			"石桥镇农家书屋暑期阅读月活动总结"},
		{"stars, Traditional", "石橋鎮農家書屋暑期閱讀月活動總結*****\n\n七月以來，鎮裡的十二個農家書屋延長了開放時間，吸引了不少放假的孩子。\n\n書屋管理員還組織了讀書分享會和手抄報比賽。\n",
			"石橋鎮農家書屋暑期閱讀月活動總結"},
	})
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		first   bool
		in, out string
	}{
		{true, "旧衣换绿植活动--", "旧衣换绿植活动"},
		{true, "舊衣換綠植活動 ? ", "舊衣換綠植活動"},
		{true, "旧衣换绿植活动?*", "旧衣换绿植活动"},
		{true, "旧衣换绿植活动 7", "旧衣换绿植活动 7"},
		{true, "社区书屋为何夜夜满座?", "社区书屋为何夜夜满座?"},
		{true, "社區書屋為什麼夜夜滿座？", "社區書屋為什麼夜夜滿座？"},
		{true, "读书月活动总结篇2", "读书月活动总结篇2"},
		{true, "读书月活动第2", "读书月活动第2"},
		{true, "读书月活动2024", "读书月活动2024"},
		{true, "讀書月活動總結1", "讀書月活動總結"},
		{false, "读书月活动总结1", "读书月活动总结1"},
	} {
		if got := ts.withoutStrayTail(tt.first, tt.in); got != tt.out {
			t.Errorf("withoutStrayTail(%v, %q) = %q, want %q", tt.first, tt.in, got, tt.out)
		}
	}
}

// TestFeedKicker checks that a news feed's kicker before a headline (a
// scope word, at most two characters, a feed's word, then an exclamation
// mark, a colon or a bar) is cut off the title, in both scripts, also
// from a metadata field the furniture judges removed; a page's own kicker
// (a day's name, a column's word without a scope) stays.
func TestFeedKicker(t *testing.T) {
	checkParsedTitles(t, []parsedTitle{
		{"a bar, Simplified", "今日热资讯丨桃源村举办稻田音乐会 村民登台唱丰收\n\n上周六傍晚，桃源村在收割后的稻田里搭起舞台，二十多位村民轮流上台表演。\n\n村委会还为到场的老人准备了热茶和点心。\n",
			"桃源村举办稻田音乐会 村民登台唱丰收"},
		{"an exclamation mark, Traditional", "環球速看點！桃源村舉辦稻田音樂會 村民登台唱豐收\n\n上週六傍晚，桃源村在收割後的稻田裡搭起舞台，二十多位村民輪流上台表演。\n\n村委會還為到場的老人準備了熱茶和點心。\n",
			"桃源村舉辦稻田音樂會 村民登台唱豐收"},
		{"the page's own kicker", "世界读书日丨桃源村书屋迎来小读者\n\n四月二十三日上午，三十多名孩子走进村里的农家书屋，听志愿者讲绘本故事。\n\n书屋还向孩子们赠送了五十本新书。\n",
			"世界读书日丨桃源村书屋迎来小读者"},
	})
	ts := testTitleScorer(t)
	for _, tt := range []struct{ in, out string }{
		{"每日要闻!桃源村办起稻田音乐会", "桃源村办起稻田音乐会"},
		{"焦点热播报：桃源村办起稻田音乐会", "桃源村办起稻田音乐会"},
		{"當前熱資訊|桃源村辦起稻田音樂會", "桃源村辦起稻田音樂會"},
		{"全球快头条 丨 桃源村办起稻田音乐会", "桃源村办起稻田音乐会"},
		// Too many characters between, no feed's word, no scope, nothing after.
		{"全球农业科技快讯:桃源村办起稻田音乐会", "全球农业科技快讯:桃源村办起稻田音乐会"},
		{"世界读书日:桃源村书屋迎来小读者", "世界读书日:桃源村书屋迎来小读者"},
		{"村里快讯:桃源村办起稻田音乐会", "村里快讯:桃源村办起稻田音乐会"},
		{"今日要闻:", "今日要闻:"},
	} {
		if got := ts.withoutFeedKicker(tt.in); got != tt.out {
			t.Errorf("withoutFeedKicker(%q) = %q, want %q", tt.in, got, tt.out)
		}
	}
	for _, tt := range []struct {
		removed []Removed
		want    string
	}{
		{[]Removed{{"navigation", "首页 > 正文"}, {"metadata", "今日热资讯:桃源村举办稻田音乐会"}}, "桃源村举办稻田音乐会"},
		{[]Removed{{"metadata", "當前要聞：桃源村舉辦稻田音樂會"}}, "桃源村舉辦稻田音樂會"},
		{[]Removed{{"metadata", "村里快讯:桃源村举办稻田音乐会"}}, ""},
	} {
		if h := ts.removedHeadline(tt.removed, nil); h.text != tt.want {
			t.Errorf("removedHeadline(%v) = %q, want %q", tt.removed, h.text, tt.want)
		}
	}
}

// TestLoneBullet: a bulleted line with no bulleted line right before or
// after it is a site's mark before its headline; an item among others is
// a list's.
func TestLoneBullet(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		i     int
		want  bool
	}{
		{"alone under a column's name", []string{"工作动态", "", "• 柳岸社区举办夏季纳凉晚会", "", "七月中旬，柳岸社区在小广场搭起舞台。"}, 2, true},
		{"alone, Traditional, the page's first line", []string{"· 柳岸社區舉辦夏季納涼晚會", "七月中旬，柳岸社區在小廣場搭起舞台。"}, 0, true},
		{"a list's item after another", []string{"• 柳岸社区简介", "• 柳岸社区举办夏季纳凉晚会", "七月中旬，柳岸社区在小广场搭起舞台。"}, 1, false},
		{"a list's item before another", []string{"‧ 柳岸社區舉辦夏季納涼晚會", "", "‧ 柳岸社區簡介"}, 0, false},
		{"no bullet", []string{"柳岸社区举办夏季纳凉晚会"}, 0, false},
	} {
		if got := loneBullet(tt.lines, tt.i); got != tt.want {
			t.Errorf("%s: loneBullet %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLoneBulletTitle: the page's lone bulleted headline is its title,
// without its bullet, and leaves the text.
func TestLoneBulletTitle(t *testing.T) {
	for _, tt := range []struct{ page, title string }{
		{"工作动态\n\n• 柳岸社区举办夏季纳凉晚会\n\n七月中旬，柳岸社区在小广场搭起舞台，居民们表演了合唱、快板和广场舞，两百多人前来观看。\n", "柳岸社区举办夏季纳凉晚会"},
		{"· 柳岸社區舉辦夏季納涼晚會\n\n七月中旬，柳岸社區在小廣場搭起舞台，居民們表演了合唱、快板和廣場舞，兩百多人前來觀看。\n", "柳岸社區舉辦夏季納涼晚會"},
	} {
		doc, err := Parse("a.txt", []byte(tt.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.title || strings.Contains(doc.Text, "纳凉晚会\n") || strings.Contains(doc.Text, "納涼晚會\n") {
			t.Errorf("title %q, text %q; want title %q, out of the text", doc.Title, doc.Text, tt.title)
		}
	}
}

// TestAskingHeadline: a headline that asks, then goes on, is no sentence;
// a sentence that asks ends so, or holds a clause's mark.
func TestAskingHeadline(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"菜园里“冒烟”了?原来是消防队在教防火", true},
		{"菜園裡“冒煙”了?原來是消防隊在教防火", true},
		{"周末去哪儿？图书室里有“故事会”", true},
		{"周末去哪兒？圖書室裡有“故事會”", true},
		{"这是怎么回事？", false},
		{"你知道吗？社区今天来了一群小志愿者，带来了节目。", false},
		{"活动开始了吗?大家都到了?我们出发吧", false},
		{"How? 柳岸社区夏季纳凉晚会", false},
		{"柳岸社区举办夏季纳凉晚会", false},
		{"菜园里“冒烟”了?原来是消防队在教防火,三十多位居民跟着学会了用灭火器", false},
	} {
		if got := askingHeadline(tt.line); got != tt.want {
			t.Errorf("%q: askingHeadline %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestAskingHeadlineTitle: the page's first line that asks, then goes on,
// is its title; below the first line it is not read so.
func TestAskingHeadlineTitle(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"菜园里“冒烟”了?原来是消防队在教防火", "本报讯 五月十日上午，青桥消防站的队员来到城郊的菜园，给三十多位菜农讲解防火知识。"}, "菜园里“冒烟”了?原来是消防队在教防火"},
		{[]string{"菜園裡“冒煙”了?原來是消防隊在教防火", "本報訊 五月十日上午，青橋消防站的隊員來到城郊的菜園，給三十多位菜農講解防火知識。"}, "菜園裡“冒煙”了?原來是消防隊在教防火"},
	} {
		c, ok := chooseTitle(tt.lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
		if !ok || c.text != tt.want {
			t.Errorf("title %q (%v), want %q", c.text, ok, tt.want)
		}
	}
}

// TestLabelsAboveTitle: the short lines above a headline (a column's
// name, a bare label) cost it no position: it is the title; a kicker the
// headline says again, or a stack of short lines below it, keeps the
// position, and then no line is the title.
func TestLabelsAboveTitle(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"a column's name", []string{"邻里之间", "", "石桥巷里的修伞摊又开张了", "", "入秋以后，石桥巷的退休钳工老周每周六上午在巷口摆摊，免费给街坊修雨伞、配钥匙，三个月修了八十多把伞。"}, "石桥巷里的修伞摊又开张了"},
		{"Traditional, a label and a column", []string{"今日：", "鄰里之間", "石橋巷裡的修傘攤又開張了", "入秋以後，石橋巷的退休鉗工老周每週六上午在巷口擺攤，免費給街坊修雨傘、配鑰匙，三個月修了八十多把傘。"}, "石橋巷裡的修傘攤又開張了"},
		{"a count below", []string{"本期看点", "石桥巷里的修伞摊又开张了", "字数：268", "入秋以后，石桥巷的退休钳工老周每周六上午在巷口摆摊，免费给街坊修雨伞、配钥匙，三个月修了八十多把伞。"}, "石桥巷里的修伞摊又开张了"},
		{"a kicker said again", []string{"巷口故事", "巷口故事 伞下人情", "入秋以后，石桥巷的退休钳工老周每周六上午在巷口摆摊，免费给街坊修雨伞、配钥匙，三个月修了八十多把伞。"}, ""},
		{"a poem's stack", []string{"秋天到了", "巷口的雨伞摊又开张", "老周的钳子叮叮当当", "入秋以后，石桥巷的退休钳工老周每周六上午在巷口摆摊，免费给街坊修雨伞、配钥匙，三个月修了八十多把伞。"}, ""},
		{"a headline above", []string{"石桥巷居民议事会召开", "邻里之间", "巷口的修伞摊又开张", "入秋以后，石桥巷的退休钳工老周每周六上午在巷口摆摊，免费给街坊修雨伞、配钥匙，三个月修了八十多把伞。"}, "石桥巷居民议事会召开"},
	} {
		c, ok := chooseTitle(tt.lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
		if !ok {
			c.text = ""
		}
		if c.text != tt.want {
			t.Errorf("%s: title %q (%v), want %q", tt.name, c.text, ok, tt.want)
		}
	}
}

// TestLabelledHeadline: a page whose only headline, its place or body's
// name before a colon (青石岭：…), the judges took for a field has it as
// its title; a field's label, a row of fields, a cell's bar, or a line
// below the first paragraph (a list of other stories) is none.
func TestLabelledHeadline(t *testing.T) {
	const body = "\n\n  为做好秋季森林防火工作，十月中旬，应急管理局组织二十名工作人员走进八个村屯，挨家挨户发放防火明白纸。\n\n  工作人员还在村口悬挂横幅，用大喇叭循环播放防火须知，提醒村民不要在林区野外用火。\n"
	const bodyT = "\n\n  為做好秋季森林防火工作，十月中旬，應急管理局組織二十名工作人員走進八個村屯，挨家挨戶發放防火明白紙。\n\n  工作人員還在村口懸掛橫幅，用大喇叭循環播放防火須知，提醒村民不要在林區野外用火。\n"
	const crumb = "我的位置: 首页 > 各地动态 > 正文\n\n"
	checkPageTitles(t, []titledPage{
		{"a place's name", crumb + "青石岭：秋季防火宣传走进村屯" + body, "青石岭：秋季防火宣传走进村屯"},
		{"Traditional, a body's name", "我的位置: 首頁 > 各地動態 > 正文\n\n市圖書館：秋季防火宣傳走進村屯" + bodyT, "市圖書館：秋季防火宣傳走進村屯"},
		{"a site's name after it", crumb + "青石岭：秋季防火宣传走进村屯-某某新闻网" + body, "青石岭：秋季防火宣传走进村屯"},
		{"a row of fields", crumb + "青石岭：秋季防火宣传 作者：周林" + body, ""},
		{"below the first paragraph", crumb + strings.TrimLeft(body, "\n") + "\n青石岭：秋季防火宣传走进村屯\n", ""},
	})
	// A field's label of the page (所属栏目, 發佈單位) is no place.
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	lead := strings.TrimSpace(strings.Split(strings.TrimSpace(body), "\n")[0])
	for l, want := range map[string]bool{"所属栏目：秋季防火宣传走进村屯": false, "發佈單位：秋季防火宣傳走進村屯": false, "青石岭：秋季防火宣传走进村屯": true} {
		text := l + "\n" + lead + "\n"
		got := ts.labelledHeadline([]Removed{{Kind: "metadata", Text: l}}, text, []string{lead}, []string{lead}, fv)
		if (got == l) != want {
			t.Errorf("%q: labelledHeadline %q, want it %v", l, got, want)
		}
	}
}

// TestStackedOver: a line scored on its length alone right over a bare
// line of a menu's item's length (Han characters alone, five or more) is
// one of a stack — a menu, a list of pictures, a sponsor's credits — and
// no title, nor the first line's fallback; a headline over a column's
// label, a field, a stamp or a sentence stays one, and so does a line a
// title's words score.
func TestStackedOver(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"a menu's item over the next", []string{"县城美食节", "老街夜市游记", "正文"}, true},
		{"a sponsor's credit over the next", []string{"指导 某某市文明办", "主办 某某导报社"}, true},
		{"over a column's label", []string{"石桥巷居民议事会召开", "本站消息"}, false},
		{"over a field", []string{"石桥巷居民议事会召开", "字数：268"}, false},
		{"over a stamp", []string{"石桥巷居民议事会召开", "2022-3-10 57"}, false},
		{"over a sentence", []string{"石桥巷居民议事会召开", "大家分成四组，种下了一百棵树苗。"}, false},
		{"over an empty line", []string{"石桥巷居民议事会召开", "", "老街夜市游记"}, false},
		{"the last line", []string{"石桥巷居民议事会召开"}, false},
	} {
		if got := ts.stackedOver(tt.lines, 0); got != tt.want {
			t.Errorf("%s: stackedOver(%q) = %v, want %v", tt.name, tt.lines, got, tt.want)
		}
	}
	checkPageTitles(t, []titledPage{
		{"a menu over the report", "县城美食节\n老街夜市游记\n文化观光处长\n光影展览会\n\n【记者某某报导】重阳节将至，某某区公所为长者发放敬老金，区长到百岁老人家中祝寿。", ""},
		{"a sponsor's credits over the lead", "指导 某某市文明办\n主办 某某导报社\n某某网讯 3月1日下午，某某社区组织志愿者清扫楼道，为老人理发。", ""},
		{"a headline over its deck said in a sentence", "石桥巷居民议事会召开\n老街夜市游记\n\n3月1日下午，石桥巷居民议事会在社区活动室召开，二十位居民代表参加。", "石桥巷居民议事会召开"},
		{"a report's title over a bare line", "石桥巷社区重阳节活动总结\n老街夜市游记\n3月1日下午，石桥巷社区组织志愿者清扫楼道，为老人理发。", "石桥巷社区重阳节活动总结"},
	})
}

func TestStackHeadline(t *testing.T) {
	checkPageTitles(t, []titledPage{
		// 主题 over 副题: the lower line names the event with the genre's
		// words; the upper one is the headline.
		{"a couplet over its deck", "2024-11-02\n\n银杏叶黄送关怀 冬日暖阳入民心\n\n南湖街道举办“银杏暖冬”慰问孤寡老人活动\n\n本报讯 冬日来临之际，南湖街道组织志愿者走访辖区孤寡老人，送去棉被和米面。\n\n志愿者还为老人打扫房间，陪老人聊天。", "银杏叶黄送关怀 冬日暖阳入民心"},
		{"a cover's note over a report's title", "内部资料 注意保存\n\n青禾社工服务中心2023年度工作报告\n\n一、机构概况\n\n中心成立于二〇一五年，现有专职社工十二名，服务辖区六个社区的居民。", "青禾社工服务中心2023年度工作报告"},
		{"a headline over a deck in a sentence", "河畔小区八十位长者共度重阳 舞龙贺寿\n给长者戴上寿星帽，送上一份心意\n本网讯 重阳节当天，河畔小区物业和居委会为八十位长者举办了重阳联欢会，节目由居民自编自演。\n责任编辑：某某", "河畔小区八十位长者共度重阳 舞龙贺寿"},
		// 引题 over 主题, the 主题 right above the post's stamp: where the
		// site prints its headline.
		{"a kicker over the stamped headline", "社工開展“守望長者”上門探訪活動\n點亮愛心燈 溫暖長者家\n2022-03-08 09:12:40\n來源：某某日報\n本報訊 為關心獨居長者，某某社區社工近日組織義工上門探訪，送去口罩和糧油。\n義工們還為長者檢查了家中的煤氣管道。", "點亮愛心燈 溫暖長者家"},
	})
	// The rule itself: best is the candidate of line 1 (the lower one).
	lines := []string{"银杏叶黄送关怀 冬日暖阳入民心", "南湖街道举办慰问孤寡老人活动", "本报讯 冬日来临之际，南湖街道组织志愿者走访老人。"}
	up := titleCandidate{text: lines[0], line: 0}
	low := titleCandidate{text: lines[1], line: 1, pos: 1}
	for _, tt := range []struct {
		name string
		cs   []stackCandidate
		want string
	}{
		{"the upper one", []stackCandidate{{up, true, false, false, false}, {low, true, false, false, false}}, lines[0]},
		{"the lower one stamped", []stackCandidate{{up, true, false, false, false}, {low, true, true, false, false}}, lines[1]},
		{"the lower one the page is sure of (said twice, a report's ending)", []stackCandidate{{up, true, false, false, false}, {low, true, false, true, false}}, lines[1]},
		{"the upper one under min_score", []stackCandidate{{up, false, false, false, false}, {low, true, false, false, false}}, lines[1]},
		{"the upper one a cut", []stackCandidate{{titleCandidate{text: "银杏叶黄送关怀", line: 0}, true, false, false, false}, {low, true, false, false, false}}, lines[1]},
		{"the upper one with a colon", []stackCandidate{{titleCandidate{text: "南湖街道：", line: 0}, true, false, false, false}, {low, true, false, false, false}}, lines[1]},
	} {
		l := slices.Clone(lines)
		if strings.HasSuffix(tt.cs[0].c.text, "：") {
			l[0] = tt.cs[0].c.text
		}
		if got := stackHeadline(low, tt.cs, l); got.text != tt.want {
			t.Errorf("%s: stackHeadline = %q, want %q", tt.name, got.text, tt.want)
		}
	}
}

// titledPage is a page and the title Parse must give it.
type titledPage struct{ name, page, title string }

// checkPageTitles parses each page and checks its title.
func checkPageTitles(t *testing.T, pages []titledPage) {
	t.Helper()
	for _, tt := range pages {
		doc, err := Parse("a.txt", []byte(tt.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Title, tt.title)
		}
	}
}

// TestWithinByParts: a headline and its deck on one line, split at the
// first em dash, each part within the limit.
func TestWithinByParts(t *testing.T) {
	for _, tt := range []struct {
		f    string
		max  int
		want bool
	}{
		{"携手共建美丽家园 邻里同心——某某街道某某社区开展环境整治志愿服务暨文明楼道评比活动", 40, true},
		{"携手共建美丽家园 邻里同心 —某某街道某某社区开展环境整治志愿服务暨文明楼道评比活动", 40, true},
		{"携手共建美丽家园 邻里同心——某某街道某某社区开展环境整治志愿服务暨文明楼道评比活动", 20, false}, // the deck too long
		{"——某某街道某某社区开展环境整治志愿服务暨文明楼道评比活动", 40, false},              // no main line
		{"携手共建——美丽家园", 40, false},                  // a part too short
		{"某某街道某某社区开展环境整治志愿服务暨文明楼道评比活动", 40, false}, // no dash
		{"某某社区开展环境整治活动-某某街道办事处网站", 40, false},      // a hyphen, no em dash
	} {
		if got := withinByParts(tt.f, tt.max, 6); got != tt.want {
			t.Errorf("withinByParts(%q, %d) = %v, want %v", tt.f, tt.max, got, tt.want)
		}
	}
}

// TestWithoutRule: a rule of hyphens drawn before a line goes; the
// 破折号 and other dashes stay.
func TestWithoutRule(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"------某某小学开展敬老志愿服务", "某某小学开展敬老志愿服务"},
		{"-- 某某小学敬老活动总结", "某某小学敬老活动总结"},
		{"—— 某某小学开展敬老志愿服务", "—— 某某小学开展敬老志愿服务"},
		{"——某某小学敬老活动总结", "——某某小学敬老活动总结"},
		{"———记某某小学敬老志愿服务队", "———记某某小学敬老志愿服务队"},
		{"-某某小学敬老活动总结", "-某某小学敬老活动总结"}, // one hyphen: no rule
	} {
		if got := withoutRule(tt.in); got != tt.want {
			t.Errorf("withoutRule(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadlineWithDeck: a headline with its deck (a dash's subtitle) is
// still the title — its two parts on one line longer than one headline
// may be, or the page's first line over the first paragraph behind a
// rule of hyphens, or a deck alone there that ends as a report's title
// (its main line lost); another deck alone there is no title.
func TestHeadlineWithDeck(t *testing.T) {
	body := "\n3月12日上午，某某街道某某社区组织三十余名志愿者来到辖区小游园，清理绿化带里的落叶和杂物。\n志愿者们还向过往居民讲解垃圾分类知识，发放宣传折页一百余份。\n"
	checkPageTitles(t, []titledPage{
		{"first line, main line and deck",
			"绿意满园添新景 携手共护好家园 —某某街道某某社区举行“春风行动 美化家园”植树护绿暨“红马甲”志愿服务队授旗仪式" + body,
			"绿意满园添新景 携手共护好家园 —某某街道某某社区举行“春风行动 美化家园”植树护绿暨“红马甲”志愿服务队授旗仪式"},
		{"under the site's name, main line and deck",
			"某某市民政局网站\n\n春风化雨暖人心 邻里守望|志愿服务解民忧——记某某市优秀志愿服务集体某某社区居民委员会\n\n2024-03-12 10:20     来源：某某日报\n\n近年来，某某社区居民委员会组织党员和居民志愿者，常年为辖区独居老人上门送餐、理发。" + body,
			"春风化雨暖人心 邻里守望|志愿服务解民忧——记某某市优秀志愿服务集体某某社区居民委员会"},
		{"the deck alone, a drawn rule before it",
			"------某某小学开展学雷锋护绿志愿服务" + body,
			"某某小学开展学雷锋护绿志愿服务"},
		{"the deck alone ending as a report's title, its 破折号 kept",
			"——某某小学学雷锋活动总结" + body,
			"——某某小学学雷锋活动总结"},
		{"the deck alone naming whom it is about: no title",
			"——记某某小学护绿志愿服务队" + body,
			""},
	})
}

// TestFieldLabel checks the label of a field before its colon, and that
// an outlet's lead before its colon is none (round 33): the line it opens
// is the report's first paragraph, the line above it may be the title.
func TestFieldLabel(t *testing.T) {
	for in, want := range map[string]string{
		"热门范文：某某活动总结": "热门范文：",
		"分类:工作总结":     "分类:",
		"某某网讯：近日，河东社区组织志愿者为老人理发。":  "",
		"本报讯:近日，河东社区组织志愿者为老人理发。":   "",
		"社区居民说：活动办得好，大家都很高兴，希望多办。": "社区居民说：",
	} {
		if got := in[:fieldLabel(in)]; got != want {
			t.Errorf("fieldLabel(%q) = %q, want %q", in, got, want)
		}
	}
	// A guard of chooseTitle over such a lead; it passes with or without
	// the lead's exception in fieldLabel, which only the rows above pin.
	v := testFurniture(t)
	ts, err := defaultTitleScorer()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"登录 注册", "河东社区开展敬老志愿服务活动", "某某网讯：近日，河东社区组织三十名志愿者走进养老院，为老人理发、量血压。", "老人们连连称赞。"}
	if c, ok := chooseTitle(lines, nil, "", "", removedHead{}, v, ts, nil, nil, nil); !ok || c.text != lines[1] {
		t.Errorf("chooseTitle over a lead with its colon = %q, want %q", c.text, lines[1])
	}
}

func TestMainLine(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		f, main string
		cuts    bool // cutsOffSite for the first part
	}{
		{"南坡乡卫生院新闻稿-量血压,送药箱", "南坡乡卫生院新闻稿", false},
		{"暑期实践队走进山村 | 从“送课”到“送货”", "暑期实践队走进山村", false},
		{"南坡乡卫生院开展义诊活动-南坡乡人民政府网", "", true},
		{"南坡乡卫生院开展义诊活动_某某网", "", true},
		{"学雷锋,在行动-某某网", "", true},
		{"没有分隔符,只有逗号", "", false},
	} {
		if got := mainLine(tt.f); got != tt.main {
			t.Errorf("mainLine(%q) = %q, want %q", tt.f, got, tt.main)
		}
		if parts := titleParts(tt.f); len(parts) > 1 {
			if got := ts.cutsOffSite(parts, 0); got != tt.cuts {
				t.Errorf("cutsOffSite(%q, 0) = %v, want %v", parts, got, tt.cuts)
			}
		}
	}
}

func TestOverDeck(t *testing.T) {
	ts := testTitleScorer(t)
	for _, tt := range []struct {
		f        string
		over     bool
		headline string // headOfDeck
	}{
		{"“红烛照童心·暖冬送书行”——河湾镇中心小学教师为山区留守儿童送上过冬书包", true, "“红烛照童心·暖冬送书行”"},
		{"\"守望邻里 温暖同行\"--柳岸街道邻里节主题活动顺利举办", true, "\"守望邻里 温暖同行\""},
		{"助残日里送温暖 爱心伴同行 ——青石社区志愿者走进助残日活动现场", true, "助残日里送温暖 爱心伴同行"},
		{"送温暖——记某社区", false, "送温暖——记某社区"},                           // the headline too short
		{"——记河湾镇中心小学教师为山区留守儿童送书包", false, "——记河湾镇中心小学教师为山区留守儿童送书包"}, // a deck alone
		{"河湾镇中心小学教师为山区留守儿童送上过冬书包", false, "河湾镇中心小学教师为山区留守儿童送上过冬书包"},
	} {
		if got := ts.overDeck(tt.f); got != tt.over {
			t.Errorf("overDeck(%q) = %v, want %v", tt.f, got, tt.over)
		}
		if got := ts.headOfDeck(tt.f); got != tt.headline {
			t.Errorf("headOfDeck(%q) = %q, want %q", tt.f, got, tt.headline)
		}
	}
	// The deck after two hyphens is the headline's, not a site's name cut
	// off; a site's name there is.
	for _, tt := range []struct {
		f    string
		cuts bool
	}{
		{"\"守望邻里 温暖同行\"--柳岸街道邻里节主题活动顺利举办", false},
		{"\"守望邻里 温暖同行\"--柳岸街道办事处", true},
		{"柳岸街道举办邻里节主题活动--某某区人民政府网", true},
	} {
		if got := ts.cutsOffSite(titleParts(tt.f), 0); got != tt.cuts {
			t.Errorf("cutsOffSite(%q, 0) = %v, want %v", titleParts(tt.f), got, tt.cuts)
		}
	}
}

// TestHeadlineLineTail checks what a site prints after the headline on
// its line (round 36): the headline said again right after it, a page's
// control set off by a space, a news feed's tag after a bar.
func TestHeadlineLineTail(t *testing.T) {
	fv := testFurniture(t)
	ts := testTitleScorer(t)
	for _, tt := range []struct{ name, line, want string }{
		{"said twice, no space", "青石社区开展清扫楼道志愿服务活动青石社区开展清扫楼道志愿服务活动", "青石社区开展清扫楼道志愿服务活动"},
		{"said twice after the organisation", "松林志愿者协会 第三届关爱长者茶话会第三届关爱长者茶话会", "第三届关爱长者茶话会"},
		{"share button after a space", "红叶社区举办邻里节 共话家常暖人心   分享到:", "红叶社区举办邻里节 共话家常暖人心"},
		{"print button in brackets", "河湾村志愿者清理沟渠 护好一方水 [打印本页]", "河湾村志愿者清理沟渠 护好一方水"},
		{"print button, Traditional", "河灣村義工清理溝渠 護好一方水 【打印本頁】", "河灣村義工清理溝渠 護好一方水"},
		{"feed tag after a bar", "青石社区开展清扫楼道志愿服务活动|环球快看点", "青石社区开展清扫楼道志愿服务活动"},
	} {
		lines := []string{tt.line, "3月5日上午，社区志愿者二十余人来到小区，清扫楼道，清理杂物，居民纷纷点赞。"}
		c, ok := chooseTitle(lines, nil, "", "", removedHead{}, fv, ts, nil, nil, nil)
		if !ok || c.text != tt.want {
			t.Errorf("%s: title %q (found %v), want %q", tt.name, c.text, ok, tt.want)
		}
	}
	for _, tt := range []struct{ line, want string }{
		{"某某社区开展敬老活动某某社区开展敬老活动", "某某社区开展敬老活动"},
		{"某某协会 重阳节敬老活动 重阳节敬老活动", "重阳节敬老活动"},
		{"哈哈", ""},         // too short to be a headline
		{"志愿服务 服务", ""},    // the same word twice: too short
		{"某某社区开展敬老活动", ""}, // said once
	} {
		if got := doubledTail(tt.line, ts.minRunes); got != tt.want {
			t.Errorf("doubledTail(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"某某活动 分享到：", "某某活动"},
		{"某某活动 【关闭窗口】", "某某活动"},
		{"某某活动分享到", "某某活动分享到"}, // no space: the headline's own words
		{"分享到", "分享到"},         // a control alone stays for the line judges
		{"某某活动|今日要闻", "某某活动"},
		{"某某活动|社区要闻", "某某活动|社区要闻"}, // a kicker of the page's own, no feed's
	} {
		if got := ts.withoutControl(tt.in); got != tt.want {
			t.Errorf("withoutControl(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadlineOverDeck: a deck right under its headline heads the body
// as the article's own heading would; the headline above it — the
// text's first line, no empty line between, at least minDeckHeadHan Han
// characters, no bar or dash between fields, no sentence — is the title
// and the deck stays a body line. A kicker, a column's label or a site's
// bar over a headline is no headline over its deck.
func TestHeadlineOverDeck(t *testing.T) {
	deck := "桂花社区志愿者为空巢老人送去过冬慰问品"
	body := "上周六上午，桂花社区志愿者为空巢老人送去过冬慰问品，十五户老人收到了棉衣和米面。"
	for _, tt := range []struct {
		name, upper, want string
		blank             bool
	}{
		{"headline over its deck", "一碗热汤面暖透了老人的心窝 邻里送暖", "一碗热汤面暖透了老人的心窝 邻里送暖", false},
		{"an empty line between", "一碗热汤面暖透了老人的心窝 邻里送暖", deck, true},
		{"a kicker, short", "邻里守望暖寒冬", deck, false},
		{"a site's bar", "新闻速递 — 社区动态 邻里守望互助", deck, false},
		{"a slogan of two clauses", "每天温暖资讯，处处贴心服务为民", deck, false},
	} {
		lines := []string{tt.upper, deck, body}
		if tt.blank {
			lines = []string{tt.upper, "", deck, body}
		}
		up := titleCandidate{text: tt.upper, line: 0}
		low := titleCandidate{text: deck, line: len(lines) - 2, pos: 1}
		cs := []stackCandidate{{up, true, false, false, false}, {low, true, false, true, true}}
		if got := stackHeadline(low, cs, lines); got.text != tt.want {
			t.Errorf("%s: stackHeadline = %q, want %q", tt.name, got.text, tt.want)
		}
	}
	// Sure by more than heading the body (said twice, a report's ending),
	// or stamped, the lower line stays.
	lines := []string{"一碗热汤面暖透了老人的心窝 邻里送暖", deck, body}
	up, low := titleCandidate{text: lines[0], line: 0}, titleCandidate{text: deck, line: 1, pos: 1}
	for _, c := range [][]stackCandidate{
		{{up, true, false, false, false}, {low, true, false, true, false}},
		{{up, true, false, false, false}, {low, true, true, true, true}},
	} {
		if got := stackHeadline(low, c, lines); got.text != deck {
			t.Errorf("stackHeadline = %q, want the deck", got.text)
		}
	}
	// Through Parse: the headline is the title, the deck a body line.
	doc, err := Parse("a.txt", []byte(strings.Join([]string{lines[0], deck, body, "志愿者们还帮老人检查了家里的电线和燃气灶。"}, "\n")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != lines[0] || !strings.Contains(doc.Text, deck) {
		t.Errorf("Parse: title %q, text %q", doc.Title, doc.Text)
	}
}
