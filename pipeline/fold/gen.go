//go:build ignore

// gen writes simplified_only.txt: the characters of OpenCC's
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
}
