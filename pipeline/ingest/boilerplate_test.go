package ingest

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
)

func TestParsePatterns(t *testing.T) {
	pats, err := ParsePatterns(strings.NewReader("# comment\n\nblurb\tclause\t下面是.*小编\r\nfooter\t\tline\t\t^版权所有$\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pats) != 2 {
		t.Fatalf("got %d patterns, want 2", len(pats))
	}
	if p := pats[1]; p.Kind != "footer" || p.Scope != ScopeLine || p.Expr.String() != "^版权所有$" {
		t.Errorf("pattern 2 = %q %q %q", p.Kind, p.Scope, p.Expr)
	}
	if pats, err := ParsePatterns(strings.NewReader("forum\trest\t^沙发$")); err != nil || len(pats) != 1 || pats[0].Scope != ScopeRest {
		t.Errorf("rest scope: %v %v", pats, err)
	}

	bad := []struct{ in, want string }{
		{"blurb\tclause", `line 1: bad pattern "blurb\tclause": want kind<TAB>scope<TAB>regexp`},
		{"# ok\nblurb\tpage\tx", `line 2: bad pattern "blurb\tpage\tx": unknown scope "page" (want line, sentence, clause, tail or rest)`},
		{"\n\nblurb\tline\t(unclosed", "line 3: bad pattern \"blurb\\tline\\t(unclosed\": error parsing regexp: missing closing ): `(unclosed`"},
		{"\tline\tx", `line 1: bad pattern "\tline\tx": empty kind`},
		{"blurb\tline\ta*", `line 1: bad pattern "blurb\tline\ta*": matches the empty string`},
		{"just words", `line 1: bad pattern "just words": want kind<TAB>scope<TAB>regexp`},
	}
	for _, tt := range bad {
		_, err := ParsePatterns(strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParsePatterns(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestDefaultPatternsParse(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if len(pats) < 10 {
		t.Errorf("only %d default patterns", len(pats))
	}
}

// removeFolded runs removeBoilerplate and checks that the folded lines it
// returns are the kept lines folded.
func removeFolded(t testing.TB, lines []string, pats []Pattern) ([]string, []Removed) {
	folded := strings.Split(fold.ToSimplified(strings.Join(lines, "\n")), "\n")
	kept, keptFolded, removed := removeBoilerplate(lines, folded, pats)
	if want := fold.ToSimplified(strings.Join(kept, "\n")); strings.Join(keptFolded, "\n") != want {
		t.Errorf("folded lines %q, want %q", keptFolded, want)
	}
	return kept, removed
}

func TestRemoveBoilerplate(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	tests := []textCase{
		{
			name:    "blurb keeps earlier clauses",
			in:      "國際社工日。每年三月的第三個星期二是國際社工日,下面是YJBYS小編為大家整理的2016年社工日活動總結,希望對大家有幫助!",
			want:    "國際社工日。每年三月的第三個星期二是國際社工日",
			removed: []Removed{{"blurb", "下面是YJBYS小編為大家整理的2016年社工日活動總結,希望對大家有幫助!"}},
		},
		{
			name:    "the editor bringing the page, after a lead-in",
			in:      "写总结能帮我们记下经验,某某文档网小编今天就为您带来了社区敬老活动总结5篇,相信一定会对你有所帮助。",
			want:    "写总结能帮我们记下经验",
			removed: []Removed{{"blurb", "某某文档网小编今天就为您带来了社区敬老活动总结5篇,相信一定会对你有所帮助。"}},
		},
		{
			name:    "the page presenting its document",
			in:      "以下是整理的社區消防宣傳工作報告,歡迎閱讀!\n社區開展了消防宣傳。",
			want:    "社區開展了消防宣傳。",
			removed: []Removed{{"blurb", "以下是整理的社區消防宣傳工作報告,歡迎閱讀!"}},
		},
		{
			name:    "the page presenting its document after a lead",
			in:      "垃圾越来越多，分类势在必行，以下是整理的社区垃圾分类工作报告，欢迎阅读！",
			want:    "垃圾越来越多，分类势在必行",
			removed: []Removed{{"blurb", "以下是整理的社区垃圾分类工作报告，欢迎阅读！"}},
		},
		{
			name:    "blurb mid-line, simplified",
			in:      "活动圆满结束。以下是小编精心整理的活动总结范文，仅供参考。第一部分开始。",
			want:    "活动圆满结束。第一部分开始。",
			removed: []Removed{{"blurb", "以下是小编精心整理的活动总结范文，仅供参考。"}},
		},
		{
			name:    "a blog's comment box and its neighbours",
			in:      "正文第一段。\n评论 重要提示：警惕虚假中奖信息\n以上网友发言只代表其个人观点，不代表某某网的观点或立场。\n< 前一篇 2023年秋季支教总结（上）\n後一篇 > 新年第一天",
			want:    "正文第一段。",
			removed: []Removed{{"comment", "评论 重要提示：警惕虚假中奖信息"}, {"comment", "以上网友发言只代表其个人观点，不代表某某网的观点或立场。"}, {"navigation", "< 前一篇 2023年秋季支教总结（上）"}, {"navigation", "後一篇 > 新年第一天"}},
		},
		{
			name:    "a WeChat repost's account card and a mobile page's prompts",
			in:      "功能介绍：扎根社区，陪伴成长，做有温度的社会工作。\n+ 关注该公众号\n正文第一段。\n剩余70%未读，展开全文\n打开APP 查看高清大图\n+ 關注",
			want:    "正文第一段。",
			removed: []Removed{{"navigation", "功能介绍：扎根社区，陪伴成长，做有温度的社会工作。"}, {"navigation", "+ 关注该公众号"}, {"navigation", "剩余70%未读，展开全文"}, {"navigation", "打开APP 查看高清大图"}, {"navigation", "+ 關注"}},
		},
		{
			name:    "a sentence about the last article stays",
			in:      "上一篇总结里写了我们刚到村小时的情况，这一篇接着说。",
			want:    "上一篇总结里写了我们刚到村小时的情况，这一篇接着说。",
			removed: nil,
		},
		{
			name:    "an editor's answer on a question-and-answer site",
			in:      "某某活动总结很多人对这个问题比较感兴趣，这里，某某网小编就给大家详细解答一下。\n正文第一段。",
			want:    "正文第一段。",
			removed: []Removed{{"blurb", "某某活动总结很多人对这个问题比较感兴趣，这里，某某网小编就给大家详细解答一下。"}},
		},
		{
			name:    "an editor's answer, traditional",
			in:      "某某活動總結很多人對這個問題比較感興趣，這裡，某某網小編就給大家詳細解答一下。\n正文第一段。",
			want:    "正文第一段。",
			removed: []Removed{{"blurb", "某某活動總結很多人對這個問題比較感興趣，這裡，某某網小編就給大家詳細解答一下。"}},
		},
		{
			name:    "intro line",
			in:      "【导语】活动总结是对活动的回顾，小编为大家整理了范文。\n正文第一段。",
			want:    "正文第一段。",
			removed: []Removed{{"intro", "【导语】活动总结是对活动的回顾，小编为大家整理了范文。"}},
		},
		{
			name:    "related tail with dates",
			in:      "正文。\n【2016年社工日活動總結】相關文章:\n施工日記格式04-26\n日本打工日語08-23\n",
			want:    "正文。",
			removed: []Removed{{"related", "【2016年社工日活動總結】相關文章:\n施工日記格式04-26\n日本打工日語08-23"}},
		},
		{
			name:    "related tail stops at body",
			in:      "相关推荐\n社区活动总结\n志愿服务总结\n这是一段很长的正文内容，描述了我们社区开展的各项活动，并且以句号结束。",
			want:    "这是一段很长的正文内容，描述了我们社区开展的各项活动，并且以句号结束。",
			removed: []Removed{{"related", "相关推荐\n社区活动总结\n志愿服务总结"}},
		},
		{
			name:    "dated list stops at undated line",
			in:      "相关文章：\n施工日记格式04-26\n2016年社工日活动总结二\n正文。",
			want:    "2016年社工日活动总结二\n正文。",
			removed: []Removed{{"related", "相关文章：\n施工日记格式04-26"}},
		},
		{
			name:    "read also",
			in:      "正文。\n看了社工日活动总结的人还看了：\n社区活动总结",
			want:    "正文。",
			removed: []Removed{{"related", "看了社工日活动总结的人还看了：\n社区活动总结"}},
		},
		{
			name: "footers",
			in:   "正文。\nCopyright © 2006-2016 example.com 版权所有\n京ICP备12345678号\n版權所有 © 某某網\n上一篇：社区工作总结\n下一篇:志愿者活动总结",
			want: "正文。",
			removed: []Removed{
				{"copyright", "Copyright © 2006-2016 example.com 版权所有"},
				{"copyright", "京ICP备12345678号"},
				{"copyright", "版權所有 © 某某網"},
				{"navigation", "上一篇：社区工作总结"},
				{"navigation", "下一篇:志愿者活动总结"},
			},
		},
		{
			name: "body mentions stay",
			in: "我们开展了知识产权宣传，提醒商家尊重版权所有人的合法权益。\n" +
				"上一篇文章中提到的相关文章和相关推荐内容，我们已经整理完毕。\n" +
				"下面是我们社区开展的活动，希望大家踊跃参加。\n" +
				"工作人员讲解了网站ICP备案的基本知识。\n" +
				"活动时间：3月17日",
			want: "我们开展了知识产权宣传，提醒商家尊重版权所有人的合法权益。\n" +
				"上一篇文章中提到的相关文章和相关推荐内容，我们已经整理完毕。\n" +
				"下面是我们社区开展的活动，希望大家踊跃参加。\n" +
				"工作人员讲解了网站ICP备案的基本知识。\n" +
				"活动时间：3月17日",
		},
	}
	checkTextCases(t, pats, tests)
}

func TestRemoveBoilerplateSentenceScope(t *testing.T) {
	pats, err := ParsePatterns(strings.NewReader("ad\tsentence\t广告"))
	if err != nil {
		t.Fatal(err)
	}
	lines, removed := removeFolded(t, []string{"第一句。這是廣告，請點擊！第三句。"}, pats)
	if want := []string{"第一句。第三句。"}; !reflect.DeepEqual(lines, want) {
		t.Errorf("kept %q, want %q", lines, want)
	}
	if want := []Removed{{"ad", "這是廣告，請點擊！"}}; !reflect.DeepEqual(removed, want) {
		t.Errorf("removed %q, want %q", removed, want)
	}
}

// TestPagePatterns checks the patterns for forum threads, document-sharing
// breaks, WeChat prompts, bylines, contacts and 上一則 navigation, in both
// scripts, and body sentences that merely mention their words.
func TestPagePatterns(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	tests := []lineKind{
		// Navigation to neighbouring posts, whatever the noun.
		{"上一则：中心圣诞联欢会花絮", "navigation"},
		{"下一則：2020年度義工嘉許禮報名事宜", "navigation"},
		{"下一条: 关于开展志愿服务的通知", "navigation"},
		{"上一則新聞發佈後，居民反應熱烈，下一條路線將於五月開通。", ""},
		// Document-sharing breaks and buttons.
		{"还剩2页未读，继续阅读", "docsite"},
		{"還剩3頁未讀，繼續閱讀", "docsite"},
		{"阅读全文>>", "docsite"},
		{"下载文档原格式（Word原格式，共3页）", "docsite"},
		{"下載文檔原格式（Word原格式，共5頁）", "docsite"},
		{"付费下载", "navigation"},
		{"VIP下載 收藏 舉報", "navigation"},
		{"活动结束后还剩2页宣传资料未发完，继续阅读的居民可到服务站领取。", ""},
		{"我們鼓勵居民繼續閱讀經典，全年共借出圖書1500冊。", ""},
		{"社区为居民提供免费下载防诈骗宣传资料的二维码。", ""},
		// Bylines with more field names, and posting times.
		{"发布者：街道党政办　　发布日期：2020-12-28　　浏览量：1306", "byline"},
		{"發佈者：中心行政部 發佈日期：2020-01-15 瀏覽量：862", "byline"},
		{"浏览量：1306", "byline"},
		{"转自：××社区网", "byline"},
		{"轉自：××社區網", "byline"},
		{"转载自某某日报", "byline"},
		{"轉載自某某日報", "byline"},
		{"（摘自某某网）", "byline"},
		{"转载自各社区的投稿共86篇。", ""},
		{"摘自居民来信，社区已回复。", ""},
		{"编辑：林××　审核：王××", "byline"},
		{"原创 ××社工 2022-07-05 18:30 发表于浙江", "byline"},
		{"公众号文章浏览量达到1.2万次，转自各社区的投稿共86篇。", ""},
		{"获评“优秀发布者”称号的志愿者共5名。", ""},
		{"2020年3月5日 14:30，社区在活动室召开总结会。", ""},
		// Phone lines and site builders.
		{"联系电话：0512-6688××××", "contact"},
		{"聯繫電話：2345 6789", "contact"},
		{"服务热线：400-800-1234、0755-28881234", "contact"},
		{"技术支持：××网络科技有限公司", "contact"},
		{"技術支持：××網絡科技有限公司", "contact"},
		{"××科技公司为活动提供技术支持，居民可拨打服务热线12345反映问题。", ""},
		{"联系电话：请居民直接到社区服务站咨询。", ""},
		// Forum threads flattened to text.
		{"楼主", "forum"},
		{"沙發", "forum"},
		{"板凳", "forum"},
		{"5#", "forum"},
		{"发表于 2019-1-8 21:10 | 只看该作者 | 倒序浏览 | 阅读模式", "forum"},
		{"發表於 2019-1-9 08:32", "forum"},
		{"本帖最后由 阳光义工 于 2019-1-8 21:14 编辑", "forum"},
		{"本帖最後由 陽光義工 於 2019-1-8 21:14 編輯", "forum"},
		{"您需要登录后才可以回帖 登录 | 立即注册", "forum"},
		{"您需要登錄後才可以回帖", "forum"},
		{"帖子 236 积分 1580", "forum"},
		{"注册时间 2013-5-2", "forum"},
		{"回复 引用 举报", "navigation"},
		{"支持 12 反对 0", "navigation"},
		{"社区为老人送去沙发和板凳各10件，楼主和网友在论坛上互动热烈。", ""},
		{"志愿者们发帖分享活动照片，积分可兑换生活用品。", ""},
		{"相关文章发表于2019-01-05的《社区报》上。", ""},
		// End marks and WeChat prompts.
		{"—— END ——", "navigation"},
		{"（完）", "navigation"},
		{"长按识别二维码关注我们", "navigation"},
		{"長按識別二維碼關注我們", "navigation"},
		{"点击下方“阅读原文”了解更多项目信息", "navigation"},
		{"阅读原文 阅读 2036 赞 41 在看 18", "navigation"},
		{"微信扫一扫", "navigation"},
		{"关注该公众号", "navigation"},
		{"活动现场，志愿者引导家长扫码关注“××社工”公众号，当天新增关注350余人。", ""},
		{"通过扫码关注公众号的居民达350人", ""},
		{"项目在年底完成，完成率达95%。", ""},
		{"活動結束前，社工帶領長者閱讀原文並分享心得。", ""},
	}
	checkLineKinds(t, pats, tests)
}

func TestRelatedDocumentsTail(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	checkTailRemoved(t, pats,
		"正文。\n相关文档推荐\n禁毒宣传月活动总结范文（精选）07-01\n2020年学校禁毒宣传教育活动总结06-29",
		"正文。\n相關文檔推薦\n禁毒宣傳月活動總結範文（精選）07-01\n2020年學校禁毒宣傳教育活動總結06-29",
	)
}

// TestFurniturePatterns checks the patterns for page numbers, shared
// document names and download or VIP prompts, ratings, symbol-only lines,
// ad labels, WeChat follow prompts and block headings, disclaimers and
// source addresses, in both scripts, and body sentences that merely
// mention their words.
func TestFurniturePatterns(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	tests := []lineKind{
		// Links to the neighbouring pages after a dash, or in brackets.
		{"- 上一篇：某街道开展消防演练", "navigation"},
		{"- 下一篇:某社區舉辦長者生日會", "navigation"},
		{"[下篇文章] 某银行走访留守儿童", "navigation"},
		{"【上篇文章】某鄉鎮開展淨灘活動", "navigation"},
		{"- 上午，志愿者来到敬老院。", ""},
		{"[下午] 志愿者分组入户走访", ""},
		// A login box's prompt to register.
		{"还没有账号?", "forum"},
		{"還沒有帳號？立即註冊", "forum"},
		{"还没有账号的居民可以到社区办理。", ""},
		// The site presenting the documents it collected, the whole line.
		{"活动总结是对工作的回顾。你知道怎样写才好吗？以下是小编整理的社区活动总结。", "blurb"},
		{"总结是对过去的回顾和分析。下面是一些经过整理和编辑的敬老活动总结范文，希望对大家有所启发。", "blurb"},
		{"序言：某某网特别为您筛选了6篇志愿服务总结范文，欢迎阅读！", "blurb"},
		{"以下是社区整理的居民需求清单：", ""},
		{"志愿者为大家整理了房间，打扫了院子。", ""},
		// Page numbers.
		{"第1页 共3页", "page"},
		{"第 2 頁，共 5 頁", "page"},
		{"第三页", "page"},
		{"共3页 第2页", "page"},
		{"- 2 -", "page"},
		{"— 12 —", "page"},
		{"Page 3 of 8", "page"},
		// A flipbook's page header naming its file in Latin letters; in
		// Han characters it may be the title.
		{"Page 35 - annual_report_2019_2020", "page"},
		{"Page 60 - Riverside Elderly Centre Yearbook 2021", "page"},
		{"Page 119 - 112年度社會福利年報", ""},
		{"Page 35 說明長者探訪的安排", ""},
		{"P. 35", "page"},
		{"P. 35 長者探訪的安排", ""},
		{"1-", "page"},
		{"PAGE", "page"},
		{"- 0", ""}, // a document site's bullet fact: the docsite judge's
		{"2023-", ""},
		// The reader's place, however worded.
		{"您当前的位置：首页 >> 某某团委 >> 新闻中心 >> 工作快讯 >> 正文", "navigation"},
		{"您當前的位置：首頁 >> 某某團委 >> 新聞中心 >> 工作快訊 >> 正文", "navigation"},
		{"你現在網站里的位置", "navigation"},
		{"你现在网站里的位置", "navigation"},
		{"你现在的位置很重要，要找准自己在团队里的角色。", ""},
		{"您所在的位置決定了集合的地點。", ""},
		{"首页", ""},
		// View controls written in words.
		{"放大圖片", "navigation"},
		{"放大图片", "navigation"},
		{"小字體大字體", "navigation"},
		{"【大字体 | 中字体 | 小字体】", "navigation"},
		{"小字号", "navigation"}, // a size button alone on its line (round 16)
		{"小字號", "navigation"},
		{"大字号 中字号 小字号", "navigation"},
		{"小字号的说明书让老人看不清，志愿者读给他们听。", ""},
		{"在新页面中查看内容", "navigation"},
		{"在新頁面中查看內容", "navigation"},
		{"志愿者帮老人放大图片上的字，读给他们听。", ""},
		{"請在新頁面中查看活動報名的詳細須知。", ""},
		// The comment box: none yet, its counts, its prompt.
		{"還沒有評論，快來搶沙發吧！", "comment"},
		{"暂无评论", "comment"},
		{"已有3条评论，共有12人参与", "comment"},
		{"已有3條評論,共有12人參與", "comment"},
		{"某某平台评论 (0条)", "comment"},
		{"聰明如你，不妨在這裡發表你的看法 ~", "comment"},
		{"不妨在这里发表您的意见", "comment"},
		{"还没有评论过这类活动的居民也踊跃发言，现场气氛热烈。", ""},
		{"会上大家纷纷发表自己的看法。", ""},
		{"已有3人报名，共有12人参与", ""},
		// A blog's comment box: none yet, its button, its prompt, the counts
		// of views and comments (round 19).
		{"沒有留言：", "comment"},
		{"没有留言", "comment"},
		{"张贴留言", "comment"},
		{"張貼留言", "comment"},
		{"留言分享你的想法！", "comment"},
		{"12 次查看0 則留言", "comment"},
		{"3 次查看 1 则评论", "comment"},
		{"没有留言的居民可以在活动结束后填写问卷。", ""},
		{"志愿者请老人分享你的想法，再一一记下来。", ""},
		{"活动现场共有12次查看问诊记录。", ""},
		// Where the text came from, on its line.
		{"• 資料來源：某某部社會司", "byline"},
		{"资料来源：某某部社会司", "byline"},
		{"以上資料來源–某某文教基金會", "byline"},
		{"以上内容来源：某某街道办事处", "byline"},
		{"资料来源：社区走访，共收集问卷200份。", ""},
		{"以上資料來源於居民填寫的問卷，共收回120份。", ""},
		// A credit named before its verb.
		{"某某大学--社区服务队供稿", "credit"},
		{"義工們在活動現場合影。 某某基金會供圖", ""}, // after the caption: its last words (round 24)
		{"某某基金會供圖", "credit"},
		{"某某街道社工站供图", "credit"},
		{"各村按时供稿，社区报每月出版一期。", ""},
		{"本次展览的照片由居民供图", ""},
		// A picture's label ending in its credit set apart by a space.
		{"义诊现场 王某某 供图", "credit"},
		{"書法班學員合影 某某社區 供圖", "credit"},
		{"义诊现场 (摄影 李某某)", "credit"},
		{"義診現場 （攝影 李某某）", "credit"},
		{"讲座现场 王某某 摄", ""},     // 摄 alone ends many sites' body captions
		{"志愿者看望老人。王某某 供图", ""}, // a sentence's end: the annotation keeps it
		{"/ 某某 供图", ""},        // no label before the credit
		{"大家一起 参与拍摄", ""},
		// A stock photo's note alone in brackets (round 26).
		{"(资料图片)", "caption"},
		{"（資料圖片僅供參考）", "caption"},
		{"【资料图】", "caption"},
		{"(相關資料圖)", "caption"},
		{"（资料照片）", "caption"},
		{"(资料图片:某某 摄)", ""},
		{"社区把活动的资料图片整理成册，放在阅览室供居民翻阅。", ""},
		{"(图为社区志愿者整理资料)", ""},
		// A post's stamp naming the software's default user.
		{"2023-05-12 admin 社區,義工,探訪,總結,", "byline"},
		{"* 作者 : admin * 时间 : 2021-04-09 * 点击 : 36", "byline"},
		{"Admin 2022/11/30", "byline"},
		{"2023年5月12日，社区admin账号发布了活动通知。", ""},
		{"管理员admin负责后台维护", ""},
		// A blog platform's widgets.
		{"較新的文章 首頁 較舊的文章", "navigation"},
		{"以電子郵件傳送這篇文章BlogThis!分享至 X分享至 Facebook", "navigation"},
		{"查看我的完整個人資料", "navigation"},
		{"較新的文章讓我們一起回顧這一年的活動。", ""},
		{"手册共12页，第3页介绍了新型毒品的伪装形式。", ""},
		{"第2页的表格列出了全年活动场次。", ""},
		{"活动分为2-3个小组进行。", ""},
		// Shared document names and download prompts.
		{"社区禁毒宣传月活动总结.doc", "docsite"},
		{"社區禁毒宣傳月活動總結.docx", "docsite"},
		{"2022年志愿服务工作总结.PDF", "docsite"},
		{"本文档为Word格式，下载后可任意编辑和打印", "docsite"},
		// Round 12: the blurb under a shared document, whatever the site.
		{"《某某社区防汛工作总结.doc》由用户分享，可在线阅读，同类文档请到某某文库查找。", "docsite"},
		{"《某某协会年度汇报》由网友上传分享、免费在线阅读 相关文档见某某文库", "docsite"},
		{"《某某協會工作匯報》由會員上傳分享，免費線上閱讀", ""}, // 线上, not 在线: another wording
		{"由会员上传分享，可在线阅读", "docsite"},
		{"活动照片由会员分享到群里，大家可在线阅读活动简报。", ""}, // a sentence of the report
		// A reading-time notice, whatever its wording.
		{"本篇文章196字,读完约1分钟", "widget"},
		{"温馨提示：本文共计约1260字，预计阅读时间4分钟", "widget"},
		{"溫馨提示：本文共計約1260字，預計閱讀時間4分鐘", "widget"},
		{"全文约2300字 阅读需要6分钟", "widget"},
		{"本次征文要求不少于800字，阅读时间约5分钟的作品优先。", ""}, // a sentence
		{"志愿者为老人读报30分钟", ""},
		{"本文檔為Word格式，下載後可任意編輯和列印", "docsite"},
		{"将本文的Word文档下载到电脑，方便收藏和打印", "docsite"},
		{"將本文的Word文檔下載到電腦，方便收藏和列印", "docsite"},
		{"2积分 下载", "docsite"},
		{"5下載券 立即下載", "docsite"},
		{"温馨提示：当前仅显示部分内容，开通VIP会员可阅读全文并下载完整Word文档展开阅读全文", "docsite"},
		{"溫馨提示：當前僅顯示部分內容，開通VIP會員可閱讀全文並下載完整Word文檔", "docsite"},
		{"VIP会员可免费下载，非会员下载需支付2元", "docsite"},
		{"免费预览前3页，下载后查看完整内容", "docsite"},
		{"推荐度：★★★★☆", "docsite"},
		{"推薦度：★★★☆☆", "docsite"},
		{"社工把活动照片整理成文件.doc格式的汇总表后报送街道。", ""},
		{"志愿者指导居民下载“国家反诈中心”APP，并保存到手机桌面。", ""},
		{"志願者指導居民下載「國家反詐中心」APP，並保存到手機桌面。", ""},
		{"银行网点为VIP客户开设了防诈骗专场讲座，现场发放资料200份。", ""},
		{"讲座资料下载后可打印张贴在楼道。", ""},
		{"本次评比推荐度最高的项目获得了500元奖励。", ""},
		// Attachment headings left without their links.
		{"附件下载：", "navigation"},
		{"附件下載：", "navigation"},
		{"活动照片及各班总结材料已作为附件报送县教育局。", ""},
		// Symbols only, ads.
		{"▼", "decoration"},
		{"👇👇👇", "decoration"},
		{"★★★★☆", "decoration"},
		{"【广告】年终限时优惠 全馆商品88折起", "ad"},
		{"【廣告】年終限時優惠 全館商品88折起", "ad"},
		{"广告", "ad"},
		{"推广：社区团购新人立减10元", "ad"},
		{"社区清理楼道小广告200余处，并推广垃圾分类新做法。", ""},
		{"广告牌和宣传栏共更新了12块。", ""},
		// Round 7 (issue 9): comment counters, news licences, previews,
		// browsers, a page's address to copy, other posts.
		{"【我要评论】", "navigation"},
		{"0条评论", "navigation"},
		{"【纠错】 【我要评论】", "navigation"},
		{"0条评论 0人参与", "navigation"},
		{"人  气 本篇已被点阅 642 次", "byline"},
		{"本文已影响 1.3W 人", "byline"},
		{"本文已影響 1.3W 人", "byline"},
		{"本次活动影响了300人", ""},
		{"12 條留言", "comment"},
		{"社区共收到居民留言12条，均已答复。", ""},
		{"违法和不良信息举报电话：0000-1234567", "copyright"},
		{"互聯網新聞信息服務許可證：12345678901", "copyright"},
		{"(未完，全文共1200字，当前显示300字)", "docsite"},
		{"（請認真閱讀下面的提示信息）", "docsite"},
		{"活动未完，明天继续。", ""},
		{"建议使用 Chrome 浏览器", "copyright"},
		{"建議使用 Edge 瀏覽器瀏覽本站", "copyright"},
		{"http://www.example.com/a/123.html 点此复制本页地址", "copyright"},
		{"其他最新消息", "related"},
		{"相关稿件", "related"},
		{"相關稿件：", "related"},
		{"其它新闻：", "related"},
		// WeChat follow prompts and block headings with the titles after them.
		{"👆点击上方蓝字关注我们", "navigation"},
		{"點擊上方藍字關注我們", "navigation"},
		{"长按二维码，添加社区小助手微信", "navigation"},
		{"長按二維碼，添加社區小助手微信", "navigation"},
		{"关注我们", "navigation"},
		{"關注我們", "navigation"},
		{"往期推荐", "related"},
		{"往期回顧", "related"},
		{"▼往期精彩▼", "related"},
		{"喜欢此内容的人还喜欢", "related"},
		{"热点推荐", "related"},
		{"24小時排行", "related"},
		{"分享 收藏 点赞 在看", "navigation"},
		{"分享 收藏 讚 在看 轉發", "navigation"},
		{"写留言", "navigation"},
		// A site's welcome line, after a greeting or closed by a full stop.
		{"您好,欢迎访问某某社会工作服务中心", "site"},
		{"您好，歡迎訪問某某社會工作服務中心", "site"},
		{"欢迎访问某某社会工作服务中心。", "site"},
		{"歡迎光臨某某義工協會。", "site"},
		{"欢迎访问某某中心。中心成立于2012年，服务长者三千人。", ""},
		{"欢迎居民扫描社区公众号文章中的二维码报名参加。", ""},
		{"歡迎居民掃描社區公眾號文章中的二維碼報名參加。", ""},
		{"社区将持续关注独居老人的用电安全，点击上方的报名表即可参加。", ""},
		{"志愿者在往期推荐的基础上，又评选出10名服务之星。", ""},
		{"我们的节日·端午｜社区包粽子送祝福活动，共有120名居民参加。", ""},
		// Editorial credits.
		{"排版：李××　责编：王××", "credit"},
		{"排版：李××　責編：王××", "credit"},
		{"社区宣传员负责文字排版和图片审核工作。", ""},
		// The site's sponsors before their role, alone or between bars (round 19).
		{"某某资讯中心主办 | 某某信息办公室 主管", "copyright"},
		{"某某新聞傳媒中心 主辦", "copyright"},
		{"某某区文明办主办·某某融媒体中心承办", "copyright"},
		// Between spaces too (round 22).
		{"某某省文化厅主管    某某杂志社主办", "copyright"},
		{"某某省文化廳主管  某某雜誌社主辦", "copyright"},
		{"活动由团委主办 社工站承办", ""},
		{"由社区党委主办", ""},
		{"本次活动由团委主办，社工站承办。", ""},
		// Disclaimers and source addresses.
		{"【免责声明】本文转载自溪南社区发展协会，内容不代表本网立场。", "copyright"},
		{"【免責聲明】本文轉載自溪南社區發展協會，內容不代表本網立場。", "copyright"},
		{"文章仅代表作者观点，不代表本站立场", "copyright"},
		{"未经授权，任何单位和个人不得转载或摘编本报作品", "copyright"},
		{"未經授權，任何單位和個人不得轉載或摘編本報作品", "copyright"},
		{"未经许可，居民不得擅自进入施工区域，社区安排了志愿者值守。", ""},
		{"某城日报所有自采新闻（含图片）独家授权某城网发布，未经允许不得转载或镜像。", "copyright"},
		{"（以上圖片或文字未經某縣融媒體中心許可，其他媒體或個人不得轉載！）", "copyright"},
		{"未经社区同意，居民不得擅自转让或转租公共活动室。", ""},
		{"未經家長允許，孩子們不得單獨離開活動場地。", ""},
		{"本文来源：https://www.example.com/huodong/86213.html", "copyright"},
		{"本文來源：https://www.example.com/huodong/86213.html", "copyright"},
		{"https://www.example.com/huodong/86213.html", "copyright"},
		{"居民代表发言不代表社区的最终决定，意见将汇总后上报。", ""},
		{"本文来源于社工站的年度台账，数据截至12月31日。", ""},
		// A contributor blurb after the title.
		{"社区重阳节敬老活动总结3篇由小编精心整理，欢迎大家阅读与借鉴，如果觉得不错，记得收藏本站哦！", "blurb"},
		{"社區重陽節敬老活動總結3篇由小編精心整理，歡迎大家閱讀與借鑒！", "blurb"},
		{"活动方案由社工精心设计，欢迎居民积极参与。", ""},
		{"宣传资料由我们统一印制，供居民免费取阅。", ""},
		{"活动照片由我们整理成册，供居民阅读参考。", ""},
		{"活動照片由編輯整理成冊，歡迎居民閱讀借鑒。", ""},
		// A blog platform's comment form under the post (round 35): its
		// heading alone and its notice on the address and the fields.
		{"發表迴響", "comment"},
		{"发表回复", "comment"},
		{"Leave a Reply", "comment"},
		{"邮箱地址不会被公开。 必填项标有 *", "comment"},
		{"留言時填寫的電子郵件地址不會被公開。 必填欄位已標示 *", "comment"},
		{"Your e-mail will not be shown.  Required  fields  are  marked *", "comment"},
		{"Your  email  address  will  not  be  published", "comment"},
		{"Required  fields  are  marked", "comment"},
		{"发表回复后，社工会在三天内联系居民。", ""},
		{"报名表上的邮箱地址不会被公开，请居民放心填写。", ""},
		{"居民的电子邮件地址不会公开，活动照片会发到群里。", ""},
		// A credit's words joined by a space or a backslash before the
		// name, or after the name joined by an enumeration comma or a
		// slash (round 35).
		{"文 图:范雨桐", "credit"},
		{"文 圖：范雨桐", "credit"},
		{"图\\文 范雨桐", "credit"},
		{"图＼文 范雨桐 邹立新", "credit"},
		{"范雨桐文、图", "credit"},
		{"范雨桐 图/文", "credit"},
		{"範雨桐文、圖", "credit"},
		{"志愿者们文、图并茂地介绍了活动。", ""},
		{"文 化活动丰富多彩，居民踊跃参加。", ""},
		{"社区图书室文、图书籍齐全", ""},
	}
	checkLineKinds(t, pats, tests)
}

// TestWeChatRecommendTail checks that a 往期推荐 heading takes the article
// titles and the action bar after it, and stops at body text.
func TestWeChatRecommendTail(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	checkTailRemoved(t, pats,
		"正文。\n往期推荐\n社区开展“七一”主题党日活动\n我们的节日·端午｜社区包粽子送祝福\n分享 收藏 点赞 在看\n喜欢此内容的人还喜欢",
		"正文。\n往期推薦\n社區開展「七一」主題黨日活動\n我們的節日·端午｜社區包粽子送祝福\n分享 收藏 點讚 在看\n喜歡此內容的人還喜歡",
	)
	in := "往期回顾\n社区志愿者表彰会\n本年度社区共开展志愿服务活动46场，参与志愿者1200余人次。"
	lines, _ := removeFolded(t, strings.Split(in, "\n"), pats)
	if want := []string{"本年度社区共开展志愿服务活动46场，参与志愿者1200余人次。"}; !reflect.DeepEqual(lines, want) {
		t.Errorf("kept %q, want %q", lines, want)
	}
}

// lineKind is a line and the kind it is removed as, "" when it is body text
// and must stay.
type lineKind struct{ line, kind string }

// checkLineKinds removes boilerplate from each line alone and checks it went
// whole as its kind, or stayed whole.
func checkLineKinds(t *testing.T, pats []Pattern, tests []lineKind) {
	t.Helper()
	for _, tt := range tests {
		kept, removed := removeFolded(t, []string{tt.line}, pats)
		switch {
		case tt.kind == "" && (len(removed) > 0 || len(kept) != 1 || kept[0] != tt.line):
			t.Errorf("%q: body line lost, removed %q", tt.line, removed)
		case tt.kind != "" && (len(kept) != 0 || len(removed) != 1 || removed[0].Kind != tt.kind):
			t.Errorf("%q: kept %q, removed %q, want it all removed as %s", tt.line, kept, removed, tt.kind)
		}
	}
}

// TestPageFurniturePatterns covers breadcrumbs, the metadata tables of
// government 信息公开 pages, 小编推荐 lines and WeChat like and share bars,
// with body sentences that merely mention their words.
func TestPageFurniturePatterns(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	checkLineKinds(t, pats, []lineKind{
		// Breadcrumbs.
		{"社工家园论坛 » 经验交流 » 项目总结", "navigation"},
		{"社工家園論壇 » 經驗交流 » 項目總結", "navigation"},
		{"主頁 > 最新消息 > 中心動態", "navigation"},
		{"主页 › 新闻中心 › 社区动态", "navigation"},
		{"论坛 » 经验交流", ""},
		{"居民满意度排序为：环境 > 治安 > 服务。", ""},
		{"流程：报名 > 培训 > 上岗", ""},
		{"本次活动路线为社区 > 公园 > 敬老院，全程约3公里。", ""},
		// Government 信息公开 metadata tables.
		{"索引号： 11320100MB0123456X/2023-00871 主题分类： 民政、扶贫、救灾", "metadata"},
		{"索引號： 11320100MB0123456X/2023-00871 主題分類： 民政、扶貧、救災", "metadata"},
		{"文号： 无 有效性： 有效", "metadata"},
		{"文號： 無 有效性： 有效", "metadata"},
		{"索引号：000014349/2023-00871", "metadata"},
		{"成文日期：2023年11月06日", "metadata"},
		{"有效性：有效", "metadata"},
		{"为提高政务公开的有效性，街道将索引号、主题分类等信息统一录入平台。", ""},
		{"為提高政務公開的有效性，街道將索引號、主題分類等信息統一錄入平台。", ""},
		{"文号和索引号由办公室统一编制。", ""},
		// 小编推荐 lines.
		{"小编推荐：学雷锋活动总结300字", "related"},
		{"小編推薦：學雷鋒活動總結300字", "related"},
		{"【小编推荐】：关爱留守儿童活动总结范文", "related"},
		{"相关阅读：社区重阳节活动总结", "related"},
		{"相關閱讀：社區重陽節活動總結", "related"},
		{"小编推荐的书目受到了居民的欢迎。", ""},
		{"小編推薦的書目受到了居民的歡迎。", ""},
		{"社区读书会向居民推荐阅读书目20种，借阅量达300余册。", ""},
		// A newspaper's page and issue markers (round 31).
		{"第B03版", "metadata"},
		{"第 12 版", "metadata"},
		{"第03版：社区新闻 | 上一版 下一版", "metadata"},
		{"第03版：社區新聞 | 上一版 下一版", "metadata"},
		{"某某晚報第20190512期", "metadata"},
		{"1275 期（2019 年 5 月 12 日）", "metadata"},
		{"第三期志愿者培训班在社区活动室开班。", ""},
		{"第2版《社区公约》由居民议事会讨论通过。", ""},
		{"第12期“邻里课堂”开讲", ""},
		{"本报第20190512期刊登了社区志愿者的故事。", ""},
		// WeChat like and share bars.
		{"分享、点赞、在看，三连支持一下", "navigation"},
		{"分享、點讚、在看，三連支持一下", "navigation"},
		{"点赞、在看走一波~", "navigation"},
		{"点亮“在看”，让更多人看到", "navigation"},
		{"點亮「在看」，讓更多人看到", "navigation"},
		{"喜欢就点个在看吧！", "navigation"},
		{"活动推文的分享、点赞和在看量均创新高。", ""},
		{"活動推文的分享、點讚和在看量均創新高。", ""},
		{"分享、点赞、转发量超过1000次，有力支持了活动宣传。", ""},
		{"居民纷纷为志愿者点赞，表示希望多开展这样的活动。", ""},
		{"分享会上，大家都为这次活动点赞！", ""},
	})
}

// TestForumReplies checks that a reply floor in a forum thread pasted as
// text takes the replies to the end, while the opening post and body
// sentences that mention 沙发 or 楼 stay.
func TestForumReplies(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	tests := []textCase{
		{
			name: "floor with poster and time",
			in:   "楼主：阳光小社工 发表于 2024-1-8 21:35\n正文第一段。\n沙发 快乐的小蜜蜂 发表于 2024-1-9 08:12\n感谢楼主分享，很有参考价值！\n板凳 社工新人小王 发表于 2024-1-9 10:47\nmark一下，回头慢慢看。",
			want: "正文第一段。",
			removed: []Removed{
				{"forum", "楼主：阳光小社工 发表于 2024-1-8 21:35"},
				{"forum", "沙发 快乐的小蜜蜂 发表于 2024-1-9 08:12\n感谢楼主分享，很有参考价值！\n板凳 社工新人小王 发表于 2024-1-9 10:47\nmark一下，回头慢慢看。"},
			},
		},
		{
			name:    "traditional, floor alone",
			in:      "正文第一段。\n\n沙發\n感謝樓主分享！",
			want:    "正文第一段。\n",
			removed: []Removed{{"forum", "沙發\n感謝樓主分享！"}},
		},
		{
			name:    "numbered floor",
			in:      "正文第一段。\n2楼：\n写得很好，学习了。",
			want:    "正文第一段。",
			removed: []Removed{{"forum", "2楼：\n写得很好，学习了。"}},
		},
		{
			name:    "opening post stays",
			in:      "1楼\n正文第一段。",
			want:    "正文第一段。",
			removed: []Removed{{"forum", "1楼"}},
		},
		{
			name: "body mentions stay",
			in:   "社区为困难家庭送去沙发、衣柜等家具。\n沙发和板凳由爱心企业捐赠。\n2楼会议室举办了培训。\n社區為困難家庭送去沙發、衣櫃等傢俱。",
			want: "社区为困难家庭送去沙发、衣柜等家具。\n沙发和板凳由爱心企业捐赠。\n2楼会议室举办了培训。\n社區為困難家庭送去沙發、衣櫃等傢俱。",
		},
	}
	checkTextCases(t, pats, tests)
}

// textCase is a text, the lines that must remain and what must be removed.
type textCase struct {
	name, in, want string
	removed        []Removed
}

// checkTextCases removes boilerplate from each text and checks what stays
// and what was removed, with its kind.
func checkTextCases(t *testing.T, pats []Pattern, tests []textCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, removed := removeFolded(t, strings.Split(tt.in, "\n"), pats)
			if got := strings.Join(lines, "\n"); got != tt.want {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
			if !reflect.DeepEqual(removed, tt.removed) {
				t.Errorf("removed %q, want %q", removed, tt.removed)
			}
		})
	}
}

// checkTailRemoved checks that everything after the body line 正文。 of each
// text goes as one "related" removal.
func checkTailRemoved(t *testing.T, pats []Pattern, texts ...string) {
	t.Helper()
	for _, in := range texts {
		lines, removed := removeFolded(t, strings.Split(in, "\n"), pats)
		if want := []string{"正文。"}; !reflect.DeepEqual(lines, want) || len(removed) != 1 || removed[0].Kind != "related" {
			t.Errorf("kept %q, removed %q", lines, removed)
		}
	}
}

// TestRealPagePatterns checks the patterns added for the real-page trial
// (issue 9): "more" prompts, download notes of document sites, script
// switches.
func TestRealPagePatterns(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	checkLineKinds(t, pats, []lineKind{
		{"查看更多", "navigation"},
		{"点击查看更多图片", "navigation"},
		{"更多信息請查看活動總結", "navigation"},
		{"更多精彩请访问某某网", "navigation"},
		{"查看更多居民的留言后，我们决定继续开展活动。", ""},
		{"下载所得为 1 份 DOC 文件,不含图纸和源程序,点击查看文件清单", "docsite"},
		{"下载得到文件列表", "docsite"},
		{"社区工作人员帮老人下载了健康码。", ""},
		{"繁體 / 简体", "navigation"},
		{"简体中文 | 繁體中文 | English", "navigation"},
		{"[简] [繁]", ""},
		{"简体字与繁体字对照学习活动", ""},
		{"某某信息科技有限公司 技术支持", "contact"},
		{"某某網絡 技術支持", "contact"},
		{"Powered by 某某CMS", "contact"},
		{"produced by the volunteers with the elderly in mind", ""},
		{"Produced By 某某网络 某某发布系统", "contact"},
		{"感谢某某公司为本次活动提供技术支持。", ""},
		{"技术支持", ""},
		{"由某某公司 技术支持的义诊活动顺利举行。", ""},
	})
}

func TestWholeMatchesRemembersMatchWhole(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	m := wholeMatches{}
	for _, line := range []string{"社区开展植树活动", "Copyright © 2020 某某网", "社区开展植树活动", "相关文章", "", "相关文章"} {
		wantP, wantOK := matchWhole(pats, line)
		for _, memo := range []wholeMatches{m, nil} {
			p, ok := memo.match(pats, line)
			if ok != wantOK || ok && (p.Kind != wantP.Kind || p.Expr != wantP.Expr) {
				t.Errorf("%q: remembered %v %q, matchWhole %v %q", line, ok, p.Kind, wantOK, wantP.Kind)
			}
		}
	}
	if len(m) != 4 {
		t.Errorf("%d lines remembered, want 4", len(m))
	}
}

// removeInLine started from the candidates wholeMatches kept gives what it
// gives when it finds them itself, and leaves the kept ones as they were.
func TestRemoveInLineWithKnownCandidates(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	m := wholeMatches{}
	cuts := 0
	for _, line := range []string{
		"社区开展植树活动。",
		"今年的活动很成功，以下是小编为大家整理的活动总结，供大家参考。",
		"本站会员投稿整理，希望对大家有帮助。社区开展植树活动。",
		"Copyright © 2020 某某网",
	} {
		m.match(pats, line)
		kept := slices.Clone(m.candidates(line))
		if kept == nil {
			t.Fatalf("%q: no candidates kept", line)
		}
		wantCut, wantRem := removeInLine(line, line, pats, nil)
		cuts += len(wantRem)
		gotCut, gotRem := removeInLine(line, line, pats, m.candidates(line))
		if gotCut != wantCut || !slices.Equal(gotRem, wantRem) {
			t.Errorf("%q: with kept candidates %q %v, without %q %v", line, gotCut, gotRem, wantCut, wantRem)
		}
		if !slices.Equal(kept, m.candidates(line)) {
			t.Errorf("%q: removeInLine wrote the kept candidates", line)
		}
	}
	if cuts == 0 {
		t.Error("no line lost a clause: the lines test nothing")
	}
}

// TestTailEndBullets checks that a list of links whose items start with a
// bullet ends at the first line without it, in both scripts: the
// article's headline under a box of popular news stays.
func TestTailEndBullets(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  int
	}{
		{[]string{"熱門新聞", "‧ 某某據點成果展 長輩走秀", "‧ 寒流來襲 縣府開設收容處所", "某某據點112年度成果報告 長輩共學共餐", "記者某某／某地報導"}, 3},
		{[]string{"热门新闻", "· 某某据点成果展", "", "· 寒流来袭", "某某社区2023年志愿服务总结"}, 4},
		{[]string{"相关文章", "某某社区重阳活动总结", "某某社区端午活动总结", "为了丰富居民生活，社区开展了活动。"}, 3},
	} {
		if got := tailEnd(tt.lines, 1); got != tt.want {
			t.Errorf("tailEnd(%q) = %d, want %d", tt.lines, got, tt.want)
		}
	}
}
