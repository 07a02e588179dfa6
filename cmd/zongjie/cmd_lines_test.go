package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Two shards counted apart and added give a batch over one shard, with
// the summed counts, the records a single batch over both gives for it:
// the repeated-line decision is the same whichever way the run was cut.
func TestLinesShardsAddUp(t *testing.T) {
	dir := t.TempDir()
	var shards [2][]string
	for i := range 12 {
		p := filepath.Join(dir, fmt.Sprintf("s%d", i%2), fmt.Sprintf("%02d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		text := fmt.Sprintf("某某公益网 让爱心传递更远\n第%d期社区志愿服务活动总结\n%d月%d日，某某社区组织%d名志愿者清理楼道杂物，为独居老人打扫卫生。\n本页由某某公益网志愿者编辑部维护\n",
			i+1, i%12+1, i%28+1, 10+i)
		os.WriteFile(p, []byte(text), 0o644)
		shards[i%2] = append(shards[i%2], p)
	}
	s0, s1 := filepath.Join(dir, "s0"), filepath.Join(dir, "s1")
	for _, c := range [][]string{
		{"lines", s0, "-o", filepath.Join(dir, "0.bin")},
		{"lines", s1, "-o", filepath.Join(dir, "1.bin")},
		{"lines", "--add", filepath.Join(dir, "0.bin"), filepath.Join(dir, "1.bin"), "-o", filepath.Join(dir, "all.bin")},
		{"batch", s0, s1, "-o", filepath.Join(dir, "single.xlsx"), "--jsonl", filepath.Join(dir, "single.jsonl")},
		{"batch", s0, "-o", filepath.Join(dir, "shard.xlsx"), "--jsonl", filepath.Join(dir, "shard.jsonl"), "--line-counts", filepath.Join(dir, "all.bin")},
	} {
		if _, stderr, err := run(t, "", c...); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(c, " "), err, stderr)
		}
	}
	single, _ := os.ReadFile(filepath.Join(dir, "single.jsonl"))
	shard, _ := os.ReadFile(filepath.Join(dir, "shard.jsonl"))
	lines := strings.Split(strings.TrimSpace(string(single)), "\n")
	var fromS0 []string
	for _, l := range lines {
		if strings.Contains(l, `"source":"`+s0) {
			fromS0 = append(fromS0, l)
		}
	}
	if got := strings.TrimSpace(string(shard)); got != strings.Join(fromS0, "\n") {
		t.Errorf("shard with the summed counts differs from the single run")
	}
	if !strings.Contains(string(single), `"kind":"repeated","text":"本页由某某公益网志愿者编辑部维护"`) {
		t.Errorf("single run: the footer in 12 documents was not removed as repeated")
	}
}
