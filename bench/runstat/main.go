// Command runstat runs a command and prints its wall time in milliseconds,
// its peak resident set in KiB and its CPU time (user + system) in
// milliseconds (getrusage), for bench/coldstart.sh and bench/batch.sh. CPU
// time is the steadier figure on a machine shared with other work.
//
//	runstat CMD [ARG...]   →   "<ms> <maxrss-KiB> <cpu-ms>" on stderr
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: runstat CMD [ARG...]")
		os.Exit(2)
	}
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(1)
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss // KiB on Linux
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	fmt.Fprintf(os.Stderr, "%.3f %d %d\n", float64(elapsed.Microseconds())/1000, rss, cpu.Milliseconds())
	os.Exit(cmd.ProcessState.ExitCode())
}
