package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary act as zongjie itself when asked, so a test
// can run (and kill) a real batch process.
func TestMain(m *testing.M) {
	if os.Getenv("ZONGJIE_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// startBatch runs zongjie batch as a child process.
func startBatch(t *testing.T, stderr *bytes.Buffer, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"batch"}, args...)...)
	cmd.Env = append(os.Environ(), "ZONGJIE_RUN_MAIN=1")
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// waitForEntries waits until the checkpoint index names at least n files.
func waitForEntries(t *testing.T, index string, n int, cmd *exec.Cmd) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		data, _ := os.ReadFile(index)
		if bytes.Count(data, []byte("\n")) >= n {
			return
		}
		if cmd.ProcessState != nil {
			break
		}
	}
	t.Fatalf("the checkpoint %s never held %d files", index, n)
}

// TestBatchKilledAndResumed stops a real batch with SIGTERM, resumes it,
// kills the resumed run with SIGKILL (a crash), resumes again, and checks
// that the workbook and JSONL are byte-identical to those of a run that was
// never interrupted.
func TestBatchKilledAndResumed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs batch four times over 270 documents")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	entries, err := os.ReadDir("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	for c := range 30 {
		sub := filepath.Join(corpus, fmt.Sprintf("c%02d", c))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join("../../corpus", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, e.Name()), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	out := filepath.Join(dir, "stats.xlsx")
	jsonl := filepath.Join(dir, "records.jsonl")
	index := out + ".checkpoint/index.jsonl"
	args := []string{corpus, "-o", out, "--jsonl", jsonl, "--jobs", "2"}

	var stderr bytes.Buffer
	cmd := startBatch(t, &stderr, args...)
	waitForEntries(t, index, 32, cmd)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err == nil {
		t.Fatalf("batch stopped by SIGTERM exited 0:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") || !strings.Contains(stderr.String(), "--resume") {
		t.Errorf("stderr after SIGTERM does not say what was done and how to resume:\n%s", stderr.String())
	}
	for _, p := range []string{out, jsonl} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written by an interrupted run", p)
		}
	}
	done := bytes.Count(must(os.ReadFile(index)), []byte("\n"))

	stderr.Reset()
	cmd = startBatch(t, &stderr, append(args, "--resume")...)
	waitForEntries(t, index, done+32, cmd)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	stderr.Reset()
	cmd = startBatch(t, &stderr, append(args, "--resume")...)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("resumed batch: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "taken from the checkpoint") {
		t.Errorf("the last run took nothing from the checkpoint:\n%s", stderr.String())
	}
	if _, err := os.Stat(out + ".checkpoint"); err == nil {
		t.Errorf("the checkpoint is left after a finished run")
	}
	resumedBook, resumedJSONL := must(os.ReadFile(out)), must(os.ReadFile(jsonl))

	// The same run, never interrupted.
	os.Remove(out)
	os.Remove(jsonl)
	if _, errOut, err := run(t, "", append([]string{"batch"}, args...)...); err != nil {
		t.Fatalf("batch: %v\n%s", err, errOut)
	}
	if !bytes.Equal(resumedBook, must(os.ReadFile(out))) {
		t.Errorf("the resumed workbook differs from an uninterrupted run's")
	}
	if !bytes.Equal(resumedJSONL, must(os.ReadFile(jsonl))) {
		t.Errorf("the resumed JSONL differs from an uninterrupted run's")
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
