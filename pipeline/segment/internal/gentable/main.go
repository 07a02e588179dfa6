// Command gentable writes the segmenter's embedded word table: every entry
// of a full dictionary load (dict/userdict.txt's domain words, then gse's
// zh_s dictionary, as gse's load of their text gives them with no user
// words; segment.New then loads them from the table), keyed by
// the digest of those inputs and the gse version. Run it through
// `go generate ./pipeline/segment`.
package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"strings"

	"github.com/go-ego/gse"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/segment"
	"github.com/zongjie/zongjie/pipeline/segment/internal/gsesource"
	"github.com/zongjie/zongjie/pipeline/segment/internal/wordtable"
)

func main() {
	out := flag.String("o", "table/words.zjt", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gentable: ")

	version, gseDict, err := gsesource.Dictionary()
	if err != nil {
		log.Fatal(err)
	}
	userdict := dict.File("userdict.txt")
	domain, err := segment.ParseWords(bytes.NewReader(userdict))
	if err != nil {
		log.Fatalf("dict/userdict.txt: %v", err)
	}

	var seg gse.Segmenter
	seg.SkipLog, seg.NotLoadHMM = true, true
	if err := seg.LoadDictStr(wordLines(domain)); err != nil {
		log.Fatal(err)
	}
	if err := seg.LoadDictStr(string(gseDict)); err != nil {
		log.Fatal(err)
	}
	entries := make([]wordtable.Entry, len(seg.Dict.Tokens))
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		if f := tok.Freq(); f != math.Trunc(f) || f < 1 {
			log.Fatalf("word %q: frequency %v is not a whole number", tok.Text(), f)
		}
		entries[i] = wordtable.Entry{Key: tok.Text(), Freq: uint64(tok.Freq()), POS: tok.Pos()}
	}
	in := wordtable.Inputs{GseVersion: version, GseConst: gse.GetVersion(), GseDict: sha256.Sum256(gseDict), UserDict: sha256.Sum256(userdict)}
	b, err := wordtable.Encode(in, entries)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gentable: %s: %d words, %d bytes, inputs %s (gse %s)\n", *out, len(entries), len(b), in.Digest()[:16], version)
}

// wordLines formats words as segment's text load hands them to gse;
// TestTableMatchesFullLoad catches any drift between the two.
func wordLines(words []segment.Word) string {
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s %g %s\n", w.Text, w.Freq, w.POS)
	}
	return b.String()
}
