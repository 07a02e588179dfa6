// Package stchars derives, from the OpenCC dictionary in the module cache,
// the characters that exist only in Simplified script, for the generator of
// pipeline/fold and its staleness test; nothing reads it at run time.
package stchars

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// ModuleDir is the directory of the OpenCC module this module requires.
func ModuleDir() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/longbridgeapp/opencc").Output()
	if err != nil {
		return "", fmt.Errorf("go list opencc: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// T2SFromModule returns OpenCC's Traditional→Simplified tables as the
// fold table: the lines of TSPhrases.txt, then those of TSCharacters.txt,
// each as "key<TAB>first value", with a line "#characters" between the two.
func T2SFromModule() (string, error) {
	dir, err := ModuleDir()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, name := range []string{"TSPhrases.txt", "TSCharacters.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, "dictionary", name))
		if err != nil {
			return "", err
		}
		if i == 1 {
			b.WriteString("#characters\n")
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			key, values, ok := strings.Cut(sc.Text(), "\t")
			if fields := strings.Fields(values); ok && key != "" && len(fields) > 0 {
				b.WriteString(key + "\t" + fields[0] + "\n")
			}
		}
	}
	return b.String(), nil
}

// FromModule returns the Simplified-only characters of the OpenCC module
// this module requires, in code-point order, as one line of text.
func FromModule() (string, error) {
	dir, err := ModuleDir()
	if err != nil {
		return "", err
	}
	b, err := os.ReadFile(filepath.Join(dir, "dictionary", "STCharacters.txt"))
	if err != nil {
		return "", err
	}
	return SimplifiedOnly(b), nil
}

// SimplifiedOnly reads STCharacters.txt lines ("简<TAB>簡 …") and keeps the
// characters none of whose Traditional forms is the character itself.
func SimplifiedOnly(st []byte) string {
	var only []rune
	sc := bufio.NewScanner(bytes.NewReader(st))
	for sc.Scan() {
		key, forms, ok := strings.Cut(sc.Text(), "\t")
		if r := []rune(key); ok && len(r) == 1 && !slices.Contains(strings.Fields(forms), key) {
			only = append(only, r[0])
		}
	}
	slices.Sort(only)
	return string(slices.Compact(only)) + "\n"
}
