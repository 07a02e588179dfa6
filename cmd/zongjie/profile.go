package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/spf13/cobra"
)

// bindProfile adds the hidden --cpuprofile and --memprofile flags: a
// developer's tools for finding where a run spends its time and what it
// keeps in memory (go tool pprof -top zongjie FILE).
func bindProfile(root *cobra.Command) {
	var cpuPath, memPath string
	root.PersistentFlags().StringVar(&cpuPath, "cpuprofile", "", "write a CPU profile to `FILE`")
	root.PersistentFlags().StringVar(&memPath, "memprofile", "", "write a heap profile taken at the peak of the live heap to `FILE`")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	_ = root.PersistentFlags().MarkHidden("memprofile")
	var cpuFile *os.File
	var heap *heapWatch
	pre := root.PersistentPreRunE
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if err := pre(cmd, args); err != nil {
			return err
		}
		if memPath != "" {
			heap = watchHeap(memPath)
		}
		if cpuPath == "" {
			return nil
		}
		f, err := os.Create(cpuPath)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("--cpuprofile %s: %w", cpuPath, err)
		}
		cpuFile = f
		return nil
	}
	root.PersistentPostRunE = func(*cobra.Command, []string) error {
		var err error
		if heap != nil {
			err = heap.stop()
		}
		if cpuFile != nil {
			pprof.StopCPUProfile()
			if cerr := cpuFile.Close(); err == nil {
				err = cerr
			}
		}
		return err
	}
}

// heapWatch keeps the heap profile of the highest live heap seen. The peak
// of a batch can fall anywhere (the run, the workbook's end), so the heap is
// sampled every heapSample and the profile rewritten whenever the heap live
// at the last collection passes the last profiled one by an eighth: the
// profile is of a heap within that margin of the peak.
type heapWatch struct {
	path string
	done chan struct{}
	errc chan error
}

const heapSample = 100 * time.Millisecond

func watchHeap(path string) *heapWatch {
	h := &heapWatch{path: path, done: make(chan struct{}), errc: make(chan error, 1)}
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var high uint64
		tick := time.NewTicker(heapSample)
		defer tick.Stop()
		for {
			select {
			case <-h.done:
				h.errc <- nil
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if live := sample[0].Value.Uint64(); live > high+high/8 {
				high = live
				if err := h.write(); err != nil {
					h.errc <- err
					return
				}
			}
		}
	}()
	return h
}

// write takes the profile now (after a collection, so it shows what is live).
func (h *heapWatch) write() error {
	runtime.GC()
	f, err := os.Create(h.path)
	if err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("--memprofile %s: %w", h.path, err)
	}
	return f.Close()
}

func (h *heapWatch) stop() error {
	close(h.done)
	return <-h.errc
}
