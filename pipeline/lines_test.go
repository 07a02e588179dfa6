package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// siteCorpus writes n made-up pages of one site: its slogan and menu
// around a different report on each, plus one report reposted on every sixth.
func siteCorpus(t *testing.T, n int) []string {
	dir := t.TempDir()
	var files []string
	// Each report does something else: lines that differ only in their
	// numbers are one line to the counts (the template form), and a
	// report's sentences that recur on every page would be a repost's.
	tasks := []string{"清理楼道杂物", "修剪小区绿化带", "粉刷宣传栏", "擦洗健身器材", "清理小广告", "整理图书角",
		"修补自行车棚", "清扫河道垃圾", "搬运爱心物资", "布置活动室", "维修路灯", "清洗垃圾桶"}
	topics := []string{"垃圾分类知识", "防诈骗常识", "消防安全知识", "健康饮食知识", "交通安全常识", "节约用水知识",
		"文明养犬规定", "防汛避险常识", "网络安全知识", "禁毒常识", "急救知识", "节能减排知识"}
	for i := range n {
		text := fmt.Sprintf("某某公益网 让爱心传递更远\n第%d期社区志愿服务活动总结\n%d月%d日，某某社区组织%d名志愿者开展了第%d期志愿服务，%s，为独居老人打扫卫生。\n"+
			"志愿者们还向居民宣传了%s，发放宣传资料%d份。\n本页由某某公益网志愿者编辑部维护\n", i+1, i%12+1, i%28+1, 10+i, i+1, tasks[i%len(tasks)], topics[i%len(topics)], 100+i)
		if i%6 == 0 {
			text = "某某公益网 让爱心传递更远\n重阳节敬老活动总结\n重阳节当天，某某社区为辖区八十岁以上的老人举办了一场温馨的敬老宴，共有六十位老人参加。\n本页由某某公益网志愿者编辑部维护\n"
		}
		// The site's widget, its counts different on every page: one line
		// to the counts (its template form).
		text += fmt.Sprintf("某某公益网已安全运行%d天 累计访问%d人\n", 3000+17*i, 90000+313*i)
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	return files
}

func TestCountLinesAddsAcrossShards(t *testing.T) {
	files := siteCorpus(t, 12)
	whole := CountLines(files, ingest.Options{}, 2)
	a, b := CountLines(files[:5], ingest.Options{}, 1), CountLines(files[5:], ingest.Options{}, 2)
	a.Add(b)
	if whole.Docs != 12 || a.Docs != 12 || !slices.Equal(whole.counters, a.counters) {
		t.Errorf("shards added up differ from the whole: %d vs %d documents", a.Docs, whole.Docs)
	}
	if got := whole.Count(ingest.LineFingerprint("某某公益网 让爱心传递更远")); got != 12 {
		t.Errorf("slogan counted %d times, want 12", got)
	}
	var buf bytes.Buffer
	if _, err := whole.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadLineCounts(bytes.NewReader(buf.Bytes()))
	if err != nil || back.Docs != 12 || !slices.Equal(back.counters, whole.counters) {
		t.Errorf("round trip: %v", err)
	}
	for name, data := range map[string][]byte{
		"not a zongjie line-count file": []byte("hello"),
		"header cut short":              []byte(lineCountsMagic + "12"),
		"line-count file of format 1":   append([]byte(lineCountsMagic[:len(lineCountsMagic)-1]+"\x01"), buf.Bytes()[len(lineCountsMagic):]...),
		"counters cut short":            buf.Bytes()[:buf.Len()-1],
		"data after the counters":       append(bytes.Clone(buf.Bytes()), 0),
	} {
		if _, err := ReadLineCounts(bytes.NewReader(data)); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("ReadLineCounts(%s): error %v", name, err)
		}
	}
}

// TestRepeatedLinesRemoved runs the second pass with the counts: the
// site's slogan and footer go as repeated, the report reposted on two
// of the pages keeps its body, titles stay.
func TestRepeatedLinesRemoved(t *testing.T) {
	files := siteCorpus(t, 12)
	opt := options(t)
	opt.Ingest.LineCounts = CountLines(files, ingest.Options{}, 2)
	for _, f := range files {
		rec, fail := Process(f, opt)
		if fail != nil {
			t.Fatal(fail)
		}
		var repeated []string
		for _, r := range rec.Removed {
			if r.Kind == ingest.KindRepeated {
				repeated = append(repeated, r.Text)
			}
		}
		if !slices.Contains(repeated, "本页由某某公益网志愿者编辑部维护") {
			t.Errorf("%s: footer not removed as repeated: %q", f, repeated)
		}
		if !slices.ContainsFunc(repeated, func(r string) bool { return strings.HasPrefix(r, "某某公益网已安全运行") }) {
			t.Errorf("%s: the widget with its own counts not removed as repeated: %q", f, repeated)
		}
		if strings.Contains(rec.Text, "让爱心传递更远") || strings.Contains(rec.Text, "编辑部维护") || !strings.HasSuffix(rec.Title, "总结") {
			t.Errorf("%s: title %q text %q", f, rec.Title, rec.Text)
		}
		if !strings.Contains(rec.Text, "，") {
			t.Errorf("%s: body lost: %q (removed %v)", f, rec.Text, rec.Removed)
		}
	}
}

func FuzzReadLineCounts(f *testing.F) {
	f.Add([]byte(lineCountsMagic + "\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x04\x00\x00\x00"))
	f.Add([]byte("zongjie"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ReadLineCounts(bytes.NewReader(b))
		if err == nil && len(c.counters) != LineSketchWidth*LineSketchDepth {
			t.Errorf("%d counters", len(c.counters))
		}
	})
}
