package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestReadmesAgree checks that README.md and README.zh.md name the same
// commands and flags, so that neither falls behind the other.
func TestReadmesAgree(t *testing.T) {
	en, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	zh, err := os.ReadFile("../../README.zh.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(en), "(README.zh.md)") || !strings.Contains(string(zh), "(README.md)") {
		t.Errorf("the READMEs do not link to each other")
	}
	commands := []string{"completion"} // cobra adds it when run
	for _, c := range newRootCmd().Commands() {
		commands = append(commands, c.Name())
	}
	named := func(text []byte) []string {
		var out []string
		for _, c := range commands {
			if regexp.MustCompile(`zongjie ` + c + `\b`).Match(text) {
				out = append(out, "zongjie "+c)
			}
		}
		for _, f := range regexp.MustCompile(`(?:^|[^\w-])(--[a-z][a-z0-9-]*)`).FindAllSubmatch(text, -1) {
			out = append(out, string(f[1]))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	a, b := named(en), named(zh)
	for _, x := range a {
		if !slices.Contains(b, x) {
			t.Errorf("README.md names %s, README.zh.md does not", x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			t.Errorf("README.zh.md names %s, README.md does not", x)
		}
	}
	if !slices.Contains(a, "zongjie batch") || !slices.Contains(a, "--lang") {
		t.Errorf("found %v: the patterns no longer find the commands", a)
	}
}
