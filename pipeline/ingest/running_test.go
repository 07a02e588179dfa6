package ingest

import (
	"reflect"
	"strings"
	"testing"
)

func TestRunningLines(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		want    string   // kept lines
		running []string // removed as running headers or footers
	}{
		{
			name:    "page header after every page number",
			in:      "禁毒宣传月活动总结\n精品文档 欢迎下载\n一、加强领导\n正文第一段。\n第1页 共3页\n精品文档 欢迎下载\n正文第二段。\n第2页 共3页\n精品文档 欢迎下载\n正文第三段。\n第3页 共3页",
			want:    "禁毒宣传月活动总结\n一、加强领导\n正文第一段。\n正文第二段。\n正文第三段。",
			running: []string{"精品文档 欢迎下载", "精品文档 欢迎下载", "精品文档 欢迎下载"},
		},
		{
			name:    "traditional, footer before the page number",
			in:      "禁毒宣傳月活動總結\n正文第一段。\n精品文檔 歡迎下載\n- 1 -\n正文第二段。\n精品文檔 歡迎下載\n- 2 -",
			want:    "禁毒宣傳月活動總結\n正文第一段。\n正文第二段。",
			running: []string{"精品文檔 歡迎下載", "精品文檔 歡迎下載"},
		},
		{
			name:    "title printed as the page header stays once",
			in:      "社区禁毒工作总结\n正文第一段。\n第1页 共2页\n社区禁毒工作总结\n正文第二段。\n第2页 共2页",
			want:    "社区禁毒工作总结\n正文第一段。\n正文第二段。",
			running: []string{"社区禁毒工作总结"},
		},
		{
			name:    "page header above the title is no title",
			in:      "××街道办事处 内部资料\n××街道办事处2023年度平安建设工作总结\n正文第一段。\n- 1 -\n××街道办事处 内部资料\n正文第二段。\n- 2 -",
			want:    "××街道办事处2023年度平安建设工作总结\n正文第一段。\n正文第二段。",
			running: []string{"××街道办事处 内部资料", "××街道办事处 内部资料"},
		},
		{
			name:    "traditional page header above the title",
			in:      "××街道辦事處 內部資料\n××街道辦事處2023年度平安建設工作總結\n正文第一段。\n- 1 -\n××街道辦事處 內部資料\n正文第二段。\n- 2 -",
			want:    "××街道辦事處2023年度平安建設工作總結\n正文第一段。\n正文第二段。",
			running: []string{"××街道辦事處 內部資料", "××街道辦事處 內部資料"},
		},
		{
			name:    "title header above a subtitle stays",
			in:      "社区禁毒工作总结\n2023年度工作总结\n正文第一段。\n第1页 共2页\n社区禁毒工作总结\n正文第二段。\n第2页 共2页",
			want:    "社区禁毒工作总结\n2023年度工作总结\n正文第一段。\n正文第二段。",
			running: []string{"社区禁毒工作总结"},
		},
		{
			name: "without page numbers a repeated line stays",
			in:   "社区禁毒工作总结\n某某文库 专业文档分享\n正文第一段。\n某某文库 专业文档分享\n正文第二段。\n某某文库 专业文档分享\n正文第三段。",
			want: "社区禁毒工作总结\n某某文库 专业文档分享\n正文第一段。\n某某文库 专业文档分享\n正文第二段。\n某某文库 专业文档分享\n正文第三段。",
		},
		{
			name: "title repeated after a blurb stays",
			in:   "2015年夏令營活動總結\n下面是小編為大家整理的夏令營活動總結,希望對大家有幫助!\n2015年夏令營活動總結\n正文第一段。",
			want: "2015年夏令營活動總結\n2015年夏令營活動總結\n正文第一段。",
		},
		{
			name: "numbered headings of several summaries stay",
			in:   "活动总结3篇\n一、活动目的\n正文。\n第1页 共3页\n一、活动目的\n正文。\n第2页 共3页\n一、活动目的\n正文。\n第3页 共3页",
			want: "活动总结3篇\n一、活动目的\n正文。\n一、活动目的\n正文。\n一、活动目的\n正文。",
		},
		{
			name: "unnumbered headings of several summaries stay",
			in:   "社区活动总结3篇\n【篇一】\n活动背景\n正文。\n【篇二】\n活动背景\n正文。\n【篇三】\n活动背景\n正文。",
			want: "社区活动总结3篇\n【篇一】\n活动背景\n正文。\n【篇二】\n活动背景\n正文。\n【篇三】\n活动背景\n正文。",
		},
		{
			name: "sign-offs of summaries ending at page breaks stay",
			in:   "社区活动总结2篇\n正文。\n××社区居委会\n2022年6月30日\n第1页 共2页\n正文。\n××社区居委会\n2022年7月5日\n第2页 共2页",
			want: "社区活动总结2篇\n正文。\n××社区居委会\n2022年6月30日\n正文。\n××社区居委会\n2022年7月5日",
		},
		{
			name: "repeated sentences stay",
			in:   "总结\n活动很成功。\n第1页 共2页\n活动很成功。\n第2页 共2页",
			want: "总结\n活动很成功。\n活动很成功。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, removed := removeFolded(t, strings.Split(tt.in, "\n"), pats)
			if got := strings.Join(lines, "\n"); got != tt.want {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
			var running []string
			for _, r := range removed {
				if r.Kind == KindRunning {
					running = append(running, r.Text)
				}
			}
			if !reflect.DeepEqual(running, tt.running) {
				t.Errorf("running %q, want %q", running, tt.running)
			}
		})
	}
}
