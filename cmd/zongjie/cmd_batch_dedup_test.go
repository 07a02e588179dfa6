package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Reposts are found across shards: batch + merge of two shards, each
// holding one copy of a reposted report, gives the clusters and totals of
// one batch over both.
func TestDuplicatesShardedEqualOneBatch(t *testing.T) {
	dir := t.TempDir()
	td := filepath.Join("..", "..", "testdata")
	shards := [][]string{
		{filepath.Join(td, "extract", "06-free-clinic.txt"), filepath.Join(td, "dedup", "template-1a.txt"), filepath.Join(td, "dedup", "template-2a.txt")},
		{filepath.Join(td, "dedup", "r06-new-title-blurb.txt"), filepath.Join(td, "dedup", "template-1a-repost.txt"), filepath.Join(td, "dedup", "template-2b.txt")},
	}
	var all, jsonls []string
	for i, files := range shards {
		jsonl := filepath.Join(dir, "shard"+string(rune('a'+i))+".jsonl")
		args := append([]string{"batch"}, files...)
		if _, stderr, err := run(t, "", append(args, "-o", filepath.Join(dir, "shard.xlsx"), "--jsonl", jsonl)...); err != nil {
			t.Fatalf("batch shard %d: %v\n%s", i, err, stderr)
		}
		all, jsonls = append(all, files...), append(jsonls, jsonl)
	}
	one := filepath.Join(dir, "one.xlsx")
	if _, stderr, err := run(t, "", append(append([]string{"batch"}, all...), "-o", one)...); err != nil {
		t.Fatalf("batch: %v\n%s", err, stderr)
	}
	merged := filepath.Join(dir, "merged.xlsx")
	if _, stderr, err := run(t, "", append(append([]string{"merge"}, jsonls...), "-o", merged)...); err != nil {
		t.Fatalf("merge: %v\n%s", err, stderr)
	}
	// merge takes the shards in the order given: the documents are in the
	// same order as in the one batch.
	for _, sheet := range []string{"Summary", "Documents", "Duplicates", "Types", "Terms"} {
		if got, want := sheetRows(t, merged, sheet), sheetRows(t, one, sheet); got != want {
			t.Errorf("sheet %s differs between merged shards and one batch:\n%s\n---\n%s", sheet, got, want)
		}
	}
	dups := sheetRows(t, one, "Duplicates")
	for _, want := range []string{"06-free-clinic.txt", "r06-new-title-blurb.txt", "template-1a.txt", "template-1a-repost.txt"} {
		if !strings.Contains(dups, want) {
			t.Errorf("Duplicates sheet lacks %s:\n%s", want, dups)
		}
	}
	if strings.Contains(dups, "template-2") {
		t.Errorf("two reports of one template were merged:\n%s", dups)
	}
}
