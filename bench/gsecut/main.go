// Command gsecut is the baseline of bench/batch.sh: bare gse, dictionary
// load included, cutting every file below a directory with a pool of
// workers, as zongjie batch would on the same cores.
//
//	gsecut [-jobs N] DIR
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/go-ego/gse"
)

func main() {
	jobs := flag.Int("jobs", runtime.NumCPU(), "files cut at once")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: gsecut [-jobs N] DIR")
	}
	var seg gse.Segmenter
	seg.SkipLog = true
	seg.NotLoadHMM = true
	if err := seg.LoadDictEmbed("zh"); err != nil {
		log.Fatal(err)
	}
	paths := make(chan string)
	var words atomic.Int64
	var wg sync.WaitGroup
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					log.Fatal(err)
				}
				words.Add(int64(len(seg.Cut(string(data)))))
			}
		}()
	}
	err := filepath.WalkDir(flag.Arg(0), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths <- p
		}
		return err
	})
	close(paths)
	wg.Wait()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(words.Load(), "words")
}
