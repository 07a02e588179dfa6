package dict

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFilesAreEmbedded(t *testing.T) {
	for _, name := range Names() {
		if len(File(name)) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("File of a missing name did not panic")
		}
	}()
	File("no-such-file.txt")
}

func TestOverride(t *testing.T) {
	defer Override("")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "stopwords.txt"), []byte("的\n"), 0o644)
	if err := Override(dir); err != nil {
		t.Fatal(err)
	}
	if string(File("stopwords.txt")) != "的\n" || !Overridden("stopwords.txt") {
		t.Errorf("stopwords.txt not replaced")
	}
	if Overridden("rules.toml") || len(File("rules.toml")) == 0 {
		t.Errorf("rules.toml should stay embedded")
	}
	os.WriteFile(filepath.Join(dir, "stopword.txt"), []byte("的\n"), 0o644)
	if err := Override(dir); err == nil || !strings.Contains(err.Error(), "stopword.txt: not a zongjie data file") {
		t.Errorf("misspelt name: error %v", err)
	}
	if err := Override(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("missing folder: no error")
	}
}

func TestLines(t *testing.T) {
	var got []string
	err := Lines(strings.NewReader("# comment\n\n  社工 2000 n  \r\n#x\n居委会\n"), func(n int, line string) error {
		got = append(got, fmt.Sprintf("%d:%s", n, line))
		return nil
	})
	if err != nil || strings.Join(got, "|") != "3:社工 2000 n|5:居委会" {
		t.Errorf("Lines = %q, %v", got, err)
	}
	stop := errors.New("stop")
	if err := Lines(strings.NewReader("a\nb\n"), func(int, string) error { return stop }); err != stop {
		t.Errorf("Lines did not return fn's error: %v", err)
	}
}
