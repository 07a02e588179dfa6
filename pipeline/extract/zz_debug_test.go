package extract

import (
	"testing"

	"github.com/zongjie/zongjie/pipeline/segment"
)

func TestZZDebugTokens(t *testing.T) {
	seg, _ := segment.Default()
	for _, s := range []string{
		"其中脱贫户58户、监测户6户。",
		"共出动干部职工、志愿者、网格员近3000人次，投入",
		"共计132人参加",
		"累计服务少年儿童两千多人次，受到",
		"表彰“最美巾帼志愿者”20名、优秀志愿服务项目三项。",
		"共有12人次打破跳遠",
		"共招收營員148名，其中",
	} {
		doc := numDoc(s)
		var out string
		for _, tk := range seg.Cut(doc) {
			out += tk.Text + "/" + tk.POS + " "
		}
		qs := numTest.FindQuantities(doc, seg.Cut(doc))
		t.Logf("%s\n  %v", out, qs)
	}
}
