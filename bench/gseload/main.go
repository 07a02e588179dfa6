// Command gseload is the baseline of bench/coldstart.sh: a process that only
// loads gse's embedded dictionary, as every zongjie run did before the
// pruned word table.
package main

import (
	"flag"
	"log"

	"github.com/go-ego/gse"
)

func main() {
	dict := flag.String("dict", "zh", "dictionary to load with LoadDictEmbed")
	hmm := flag.Bool("hmm", false, "also load gse's HMM model, as a default gse.Segmenter does")
	flag.Parse()
	var seg gse.Segmenter
	seg.SkipLog = true
	seg.NotLoadHMM = !*hmm
	if err := seg.LoadDictEmbed(*dict); err != nil {
		log.Fatal(err)
	}
	if seg.Dict.NumTokens() == 0 {
		log.Fatal("gseload: no words loaded")
	}
}
