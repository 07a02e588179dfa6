package main

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// The recipes of docs/scale.md, run for real on copies of corpus/: the corpus
// cut into shards, each shard a zongjie batch process started by GNU parallel
// (here, and over ssh to an sshd on loopback) or by Dask (a LocalCluster, and
// a scheduler and a worker on loopback), the shards merged. The merged
// workbook holds the data of one batch over the same corpus. Each recipe is
// skipped where its tool is not installed.
func TestScaleRecipes(t *testing.T) {
	if testing.Short() {
		t.Skip("the scale recipes start several zongjie processes; skipped with -short")
	}
	dir := t.TempDir()
	// Two copies of corpus/ (18 documents) in shards of 10: two shards whose
	// bound does not follow the folders. Batch walks a before a-b, where a
	// sort of whole paths puts "a-b/" before "a/"; it skips hidden folders.
	for _, c := range []string{"a", "a-b", ".hidden"} {
		copyCorpus(t, filepath.Join(dir, "in", c))
	}
	zongjie := cliWrapper(t, dir)
	if out, err := command(dir, nil, zongjie, "batch", "in", "-o", "one.xlsx", "--jobs", "2"); err != nil {
		t.Fatalf("one batch: %v\n%s", err, out)
	}
	if got := strings.Count(sheetRows(t, filepath.Join(dir, "one.xlsx"), "Documents"), "\n"); got != 19 {
		t.Fatalf("one batch: Documents has %d rows, want a header and 18 documents", got)
	}
	scripts, err := filepath.Abs(filepath.Join("..", "..", "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	parallelEnv := []string{"ZONGJIE=" + zongjie, "SHARD_FILES=10", "JOBS=2", "BATCH_JOBS=1"}

	t.Run("parallel", func(t *testing.T) {
		if _, err := exec.LookPath("parallel"); err != nil {
			t.Skip("GNU parallel is not installed (Debian package parallel); the recipe is not exercised")
		}
		env := append(slices.Clone(parallelEnv), "SHARDS_DIR=parallel-shards")
		if out, err := command(dir, env, filepath.Join(scripts, "parallel_batch.sh"), "parallel.xlsx", "in"); err != nil {
			t.Fatalf("parallel_batch.sh: %v\n%s", err, out)
		}
		checkShardedRun(t, dir, "parallel.xlsx", "parallel-shards")

		out, err := command(dir, env, filepath.Join(scripts, "parallel_batch.sh"), "failed.xlsx", "in/a", "missing.txt")
		checkFailedRun(t, dir, "failed.xlsx", out, err)
	})

	t.Run("parallel-ssh", func(t *testing.T) {
		if _, err := exec.LookPath("parallel"); err != nil {
			t.Skip("GNU parallel is not installed (Debian package parallel); the recipe is not exercised")
		}
		login, sshdLog := loopbackSSH(t)
		env := append(slices.Clone(parallelEnv), "SSHLOGIN="+login, "SHARDS_DIR=ssh-shards")
		if out, err := command(dir, env, filepath.Join(scripts, "parallel_batch.sh"), "ssh.xlsx", "in"); err != nil {
			t.Fatalf("parallel_batch.sh over ssh: %v\n%s", err, out)
		}
		checkShardedRun(t, dir, "ssh.xlsx", "ssh-shards")
		// One login for loopbackSSH's own probe, one a shard at least.
		if n := strings.Count(mustRead(t, sshdLog), "Accepted publickey"); n < 3 {
			t.Errorf("sshd accepted %d logins, want the probe's and one a shard:\n%s", n, mustRead(t, sshdLog))
		}
	})

	t.Run("dask", func(t *testing.T) {
		if out, err := exec.Command("/usr/bin/python3", "-c", "import dask.distributed").CombinedOutput(); err != nil {
			t.Skipf("/usr/bin/python3 with dask and distributed is not installed (Debian packages python3-dask, python3-distributed); the recipe is not exercised: %v %s", err, out)
		}
		out, err := command(dir, nil, "/usr/bin/python3", filepath.Join(scripts, "dask_batch.py"),
			"--zongjie", zongjie, "--workers", "2", "--shard-files", "10", "--batch-jobs", "1", "--shards-dir", "dask-shards", "-o", "dask.xlsx", "in")
		if err != nil {
			t.Fatalf("dask_batch.py: %v\n%s", err, out)
		}
		checkShardedRun(t, dir, "dask.xlsx", "dask-shards")

		out, err = command(dir, nil, "/usr/bin/python3", filepath.Join(scripts, "dask_batch.py"),
			"--zongjie", zongjie, "--shard-files", "10", "--shards-dir", "failed-shards", "-o", "failed.xlsx", "in/a", "missing.txt")
		checkFailedRun(t, dir, "failed.xlsx", out, err)
	})

	// The same script given a scheduler's address, as on a real cluster: a
	// dask-scheduler and one dask-worker on loopback.
	t.Run("dask-scheduler", func(t *testing.T) {
		address := loopbackDask(t)
		out, err := command(dir, nil, "/usr/bin/python3", filepath.Join(scripts, "dask_batch.py"), "--scheduler", address,
			"--zongjie", zongjie, "--shard-files", "10", "--batch-jobs", "1", "--shards-dir", "cluster-shards", "-o", "cluster.xlsx", "in")
		if err != nil {
			t.Fatalf("dask_batch.py --scheduler %s: %v\n%s", address, err, out)
		}
		checkShardedRun(t, dir, "cluster.xlsx", "cluster-shards")
	})
}

// loopbackDask starts a dask-scheduler on 127.0.0.1 and one dask-worker for
// the length of the test and returns the scheduler's address; it skips the
// test when Debian's Dask is not installed.
func loopbackDask(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"/usr/bin/dask-scheduler", "/usr/bin/dask-worker"} {
		if _, err := os.Stat(tool); err != nil {
			t.Skipf("%s is not installed (Debian package python3-distributed); the --scheduler form is not exercised", tool)
		}
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "scheduler.json")
	start := func(name string, args ...string) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		log, err := os.Create(filepath.Join(dir, filepath.Base(name)+".log"))
		if err != nil {
			t.Fatal(err)
		}
		defer log.Close()
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Start(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
		})
	}
	// Every port on loopback and free: the scheduler's, and the HTTP status
	// servers both start even without a dashboard.
	start("/usr/bin/dask-scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
		"--dashboard-address", "127.0.0.1:0", "--scheduler-file", file)
	// --no-nanny: one process, so that killing it leaves nothing behind.
	start("/usr/bin/dask-worker", "--scheduler-file", file, "--nthreads", "1", "--no-nanny", "--no-dashboard",
		"--dashboard-address", "127.0.0.1:0", "--host", "127.0.0.1", "--local-directory", dir)
	for try := 0; ; try++ {
		var info struct{ Address string }
		if b, err := os.ReadFile(file); err == nil && json.Unmarshal(b, &info) == nil && info.Address != "" {
			return info.Address
		}
		if try == 300 {
			t.Fatalf("dask-scheduler wrote no address in 60 s:\n%s", mustRead(t, filepath.Join(dir, "dask-scheduler.log")))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// checkShardedRun checks that a recipe wrote two JSONL shards and that
// their merge has the sheets of one batch, row for row.
func checkShardedRun(t *testing.T, dir, workbook, shardsDir string) {
	t.Helper()
	if shards, _ := filepath.Glob(filepath.Join(dir, shardsDir, "shard-?????.jsonl")); len(shards) != 2 {
		t.Errorf("%d JSONL shards in %s, want 2: %v", len(shards), shardsDir, shards)
	}
	for _, sheet := range []string{"Summary", "Documents", "Quantities", "Money", "Dates", "Activities", "Entities", "Types", "DocumentTypes", "Terms"} {
		if got, want := sheetRows(t, filepath.Join(dir, workbook), sheet), sheetRows(t, filepath.Join(dir, "one.xlsx"), sheet); got != want {
			t.Errorf("sheet %s of %s differs from one batch's", sheet, workbook)
		}
	}
}

// checkFailedRun checks that a recipe given a missing file failed, naming
// the file, and wrote no workbook.
func checkFailedRun(t *testing.T, dir, workbook, out string, err error) {
	t.Helper()
	if err == nil || !strings.Contains(out, "missing.txt") {
		t.Errorf("a shard with a missing file: error %v, want one naming missing.txt; output:\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, workbook)); err == nil {
		t.Errorf("%s was written although a shard failed", workbook)
	}
}

// command runs name in dir with env added and returns its combined output.
func command(dir string, env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func copyCorpus(t *testing.T, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "corpus", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// cliWrapper writes an executable that runs this test binary as the zongjie
// command (through TestZongjieCLIHelper), so the recipes start real zongjie
// processes without a separate build.
func cliWrapper(t *testing.T, dir string) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "zongjie")
	script := fmt.Sprintf("#!/bin/sh\nZONGJIE_TEST_CLI=1 exec '%s' -test.run='^TestZongjieCLIHelper$' -- \"$@\"\n", self)
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestZongjieCLIHelper is the zongjie command when cliWrapper starts this
// binary; otherwise it does nothing.
func TestZongjieCLIHelper(t *testing.T) {
	if os.Getenv("ZONGJIE_TEST_CLI") != "1" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Args = append([]string{"zongjie"}, args...)
	main()
	os.Exit(0)
}

// loopbackSSH starts an sshd of its own on 127.0.0.1 (a free port, fresh
// keys, key login only) for the length of the test and returns the
// --sshlogin that reaches it and the path of sshd's log; it skips the test
// when sshd cannot be run here.
func loopbackSSH(t *testing.T) (login, logPath string) {
	t.Helper()
	const sshd = "/usr/sbin/sshd"
	for _, tool := range []string{sshd, "ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (Debian package openssh-server); the --sshlogin form is not exercised", tool)
		}
	}
	if os.Geteuid() == 0 {
		if _, err := os.Stat("/run/sshd"); err != nil {
			t.Skip("sshd run as root needs the folder /run/sshd (mkdir /run/sshd); the --sshlogin form is not exercised")
		}
	}
	me, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	key := func(name string) string {
		path := filepath.Join(dir, name)
		if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path).CombinedOutput(); err != nil {
			t.Fatalf("ssh-keygen: %v\n%s", err, out)
		}
		return path
	}
	hostKey, clientKey := key("host_key"), key("client_key")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	sshdConfig := write("sshd_config", fmt.Sprintf(`ListenAddress 127.0.0.1
Port %d
HostKey %s
AuthorizedKeysFile %s.pub
PidFile %s/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
`, port, hostKey, clientKey, dir))
	sshConfig := write("ssh_config", fmt.Sprintf(`Host zongjie-loopback
  HostName 127.0.0.1
  Port %d
  User %s
  IdentityFile %s
  IdentitiesOnly yes
  BatchMode yes
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
  LogLevel ERROR
`, port, me.Username, clientKey))
	server := exec.Command(sshd, "-D", "-e", "-f", sshdConfig)
	logPath = filepath.Join(dir, "sshd.log")
	log, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	server.Stderr = log
	if err := server.Start(); err != nil {
		t.Skipf("cannot start sshd (%v); the --sshlogin form is not exercised", err)
	}
	t.Cleanup(func() {
		server.Process.Kill()
		server.Wait()
	})
	for try := 0; ; try++ {
		out, err := exec.Command("ssh", "-F", sshConfig, "zongjie-loopback", "true").CombinedOutput()
		if err == nil {
			break
		}
		if try == 50 {
			t.Fatalf("the loopback sshd does not answer: %v %s\nsshd: %s", err, out, mustRead(t, logPath))
		}
		time.Sleep(200 * time.Millisecond)
	}
	return "ssh -F " + sshConfig + " zongjie-loopback", logPath
}
