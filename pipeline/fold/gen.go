//go:build ignore

// gen writes t2s.txt, OpenCC's Traditional→Simplified tables as the fold
// reads them, and simplified_only.txt: the characters of OpenCC's
// STCharacters.txt whose Traditional forms do not include themselves. Script
// detection needs only this set, and reading it is far cheaper than building
// OpenCC's Simplified→Traditional converter (30-60 ms, mostly phrases).
//
//	go generate ./pipeline/fold
package main

import (
	"log"
	"os"

	"github.com/zongjie/zongjie/pipeline/fold/internal/stchars"
)

func main() {
	chars, err := stchars.FromModule()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("simplified_only.txt", []byte(chars), 0o644); err != nil {
		log.Fatal(err)
	}
	t2s, err := stchars.T2SFromModule()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("t2s.txt", []byte(t2s), 0o644); err != nil {
		log.Fatal(err)
	}
}
