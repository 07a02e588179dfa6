// Command segonly is bench/coldstart.sh's stand-in for `zongjie extract`
// while cmd/zongjie is being written: it reads a UTF-8 document, folds it to
// Simplified with pipeline/fold, builds the segmenter for it with
// segment.NewFor (or segment.New with -full) and cuts it.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/segment"
)

func main() {
	full := flag.Bool("full", false, "load the whole dictionary (segment.New) instead of NewFor")
	timing := flag.Bool("v", false, "print the time of each step to stderr")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: segonly [-full] [-v] FILE")
	}
	t0 := time.Now()
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	text := string(b)
	t1 := time.Now()
	folded := fold.ToSimplified(text)
	t2 := time.Now()
	var seg *segment.Segmenter
	if *full {
		seg, err = segment.New(nil)
	} else {
		seg, err = segment.NewFor(nil, folded)
	}
	if err != nil {
		log.Fatal(err)
	}
	t3 := time.Now()
	toks := seg.CutText(text, folded)
	t4 := time.Now()
	fmt.Println(len(toks), "tokens")
	if *timing {
		fmt.Fprintf(os.Stderr, "read %v  fold %v  segmenter %v  cut %v\n", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3))
	}
}
