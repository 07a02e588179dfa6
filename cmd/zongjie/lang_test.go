package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestLocaleLang(t *testing.T) {
	tests := []struct {
		env        map[string]string
		lang, from string
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, "zh", "LANG=zh_CN.UTF-8"},
		{map[string]string{"LANG": "zh_TW.Big5"}, "zh", "LANG=zh_TW.Big5"},
		{map[string]string{"LANG": "en_US.UTF-8"}, "en", "LANG=en_US.UTF-8"},
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en", "LC_ALL=C"},                         // LC_ALL first
		{map[string]string{"LC_MESSAGES": "zh_HK.UTF-8", "LANG": "en_GB"}, "zh", "LC_MESSAGES=zh_HK.UTF-8"}, // then LC_MESSAGES
		{map[string]string{"LC_ALL": "", "LANG": "zh_SG"}, "zh", "LANG=zh_SG"},                              // empty is not set
		{map[string]string{}, "en", "no locale set"},
	}
	for _, tt := range tests {
		lang, from := localeLang(func(k string) string { return tt.env[k] })
		if lang != tt.lang || from != tt.from {
			t.Errorf("localeLang(%v) = %s, %q; want %s, %q", tt.env, lang, from, tt.lang, tt.from)
		}
	}
}

func TestExtractTableChinese(t *testing.T) {
	out, stderr, err := run(t, "", "extract", "../../corpus/2016-social-work-day-summary.txt", "--format", "table", "--lang", "zh")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"\n  来源 ", "\n  年份 ", "\n  词数 ", "\n  已删除 ", "段网站模板文字或转换残留", "\n数量 (14)\n", "\n金额 (1)\n",
		"\n日期 (12)\n", "\n活动类型 (11, 主要类型: publicity)\n", "\n仅提及 (0)\n", "\n活动 (8)\n", "\n关键词\n", " 命中次数", " 数量项, ", " 金额项, ", " 日期项\n", "（打码）"} {
		if !strings.Contains(out, want) {
			t.Errorf("the Chinese table lacks %q", want)
		}
	}
	for _, english := range []string{"source", "tokens", "removed", "Quantities", "hits", "Keywords", "redacted"} {
		if strings.Contains(out, english) {
			t.Errorf("the Chinese table still says %q", english)
		}
	}
}

func TestBatchChineseAbout(t *testing.T) {
	out := filepath.Join(t.TempDir(), "zh.xlsx")
	if _, stderr, err := run(t, "", "batch", "../../corpus/2016-social-work-day-summary.txt", "-o", out, "--lang", "zh"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("说明")
	if err != nil {
		t.Fatal(err)
	}
	params := map[string]string{}
	for _, r := range rows {
		if len(r) == 3 && r[0] == "参数" {
			params[r[1]] = r[2]
		}
	}
	if params["语言"] != "zh (--lang)" || params["输入"] == "" || params["分词器"] == "" {
		t.Errorf("About parameters %q: want 语言 zh (--lang), 输入, 分词器", params)
	}
}

func TestLangUsage(t *testing.T) {
	for _, args := range [][]string{
		{"batch", "../../corpus", "--lang", "fr"},
		{"extract", "../../corpus/2016-social-work-day-summary.txt", "--lang", "zh_CN"},
		{"merge", "x.jsonl", "--lang", "de"},
		{"kwic", "社工", "../../corpus", "--xlsx", "k.xlsx", "--lang", "jp"},
	} {
		_, _, err := run(t, "", args...)
		var ue usageError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), "--lang") {
			t.Errorf("%v: err = %v, want a usage error naming --lang", args, err)
		}
	}
}
