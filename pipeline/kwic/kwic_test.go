package kwic

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

func doc(text string) *ingest.Document {
	return &ingest.Document{Source: "a.txt", Text: text, Folded: fold.ToSimplified(text)}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, word string
		width            int
		want             []string // offset|left|word|right
	}{
		{"simple", "我们走访老人，又走访居民。", "走访", 3,
			[]string{"2|我们|走访|老人，", "8|人，又|走访|居民。"}},
		{"traditional text, simplified query", "社區志願者走訪老人", "志愿者", 2,
			[]string{"2|社區|志願者|走訪"}},
		{"traditional query", "志愿者走访", "志願者", 5, []string{"0||志愿者|走访"}},
		{"line breaks flattened", "一、宣传\n发放宣传材料", "发放", 3, []string{"5|宣传 |发放|宣传材"}},
		{"no overlap", "哈哈哈", "哈哈", 2, []string{"0||哈哈|哈"}},
		{"latin case folded", "参加YJBYS活动", "yjbys", 2, []string{"2|参加|YJBYS|活动"}},
		{"absent", "我们走访老人", "慰问", 3, nil},
		{"empty word", "我们", " ", 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range Find(doc(tt.text), tt.word, tt.width) {
				if l.Source != "a.txt" {
					t.Errorf("source %q", l.Source)
				}
				got = append(got, strings.Join([]string{strconv.Itoa(l.Offset), l.Left, l.Word, l.Right}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Find(%q, %q) =\n%s\nwant\n%s", tt.text, tt.word, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestWriteTableAligns(t *testing.T) {
	lines := []Line{
		{Source: "a.txt", Offset: 2, Left: "我们", Word: "走访", Right: "老人"},
		{Source: "bb.txt", Offset: 10, Left: "ab又", Word: "走访", Right: "居民"},
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, lines); err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(rows) != 2 {
		t.Fatalf("rows = %q", rows)
	}
	// the keyword starts in the same display column on every row
	col := func(s string) int { return DisplayWidth(s[:strings.Index(s, "【")]) }
	if col(rows[0]) != col(rows[1]) {
		t.Errorf("keyword columns differ:\n%s", buf.String())
	}
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "ab": 2, "走访": 4, "a，b": 4, "××": 2} {
		if got := DisplayWidth(s); got != want {
			t.Errorf("DisplayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
