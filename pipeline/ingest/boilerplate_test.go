package ingest

import (
	"reflect"
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

	bad := []struct{ in, want string }{
		{"blurb\tclause", `line 1: bad pattern "blurb\tclause": want kind<TAB>scope<TAB>regexp`},
		{"# ok\nblurb\tpage\tx", `line 2: bad pattern "blurb\tpage\tx": unknown scope "page" (want line, sentence, clause or tail)`},
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
	tests := []struct {
		name    string
		in      string
		want    string
		removed []Removed
	}{
		{
			name:    "blurb keeps earlier clauses",
			in:      "國際社工日。每年三月的第三個星期二是國際社工日,下面是YJBYS小編為大家整理的2016年社工日活動總結,希望對大家有幫助!",
			want:    "國際社工日。每年三月的第三個星期二是國際社工日",
			removed: []Removed{{"blurb", "下面是YJBYS小編為大家整理的2016年社工日活動總結,希望對大家有幫助!"}},
		},
		{
			name:    "blurb mid-line, simplified",
			in:      "活动圆满结束。以下是小编精心整理的活动总结范文，仅供参考。第一部分开始。",
			want:    "活动圆满结束。第一部分开始。",
			removed: []Removed{{"blurb", "以下是小编精心整理的活动总结范文，仅供参考。"}},
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
