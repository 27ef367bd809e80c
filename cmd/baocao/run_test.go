package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"baocao"
	"baocao/index/bleve"
	"baocao/ingest"
	"baocao/internal/await"
)

// buildBinary builds baocao once for the tests that run it as a process.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "baocao")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// daemon is a running `baocao run`.
type daemon struct {
	cmd  *exec.Cmd
	addr string
	log  string // its log file, whose growth shows it is working
}

func startDaemon(t *testing.T, bin, data string) *daemon {
	t.Helper()
	addr := freePort(t)
	cmd := exec.Command(bin, "run", "--data", data, "--http", addr, "--delay", "200ms", "--tick", "50ms", "--log-format", "json")
	cmd.Stderr, _ = os.Create(filepath.Join(data, "daemon.log"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	d := &daemon{cmd: cmd, addr: addr, log: filepath.Join(data, "daemon.log")}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	awaitReady(t, "http://"+addr, http.DefaultClient, d.log)
	return d
}

// awaitReady waits until the daemon's /readyz answers 200, for as long as
// its log keeps growing.
func awaitReady(t *testing.T, base string, client *http.Client, log string) {
	t.Helper()
	await.Until(t, "the daemon's /readyz", func() (bool, string) {
		state := logState(log)
		resp, err := client.Get(base + "/readyz")
		if err != nil {
			return false, state
		}
		resp.Body.Close()
		return resp.StatusCode == 200, fmt.Sprintf("%s, /readyz %d", state, resp.StatusCode)
	})
}

// logState describes a log file by its size: it moves while the process
// works.
func logState(path string) string {
	st, err := os.Stat(path)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("log %d bytes", st.Size())
}

// metric reads one value from /metrics.
func (d *daemon) metric(t *testing.T, name string) int {
	t.Helper()
	resp, err := http.Get("http://" + d.addr + "/metrics")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == name {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return -1
}

// waitFor waits until cond holds, for as long as the daemon's log or its
// count of indexed files moves.
func (d *daemon) waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	await.Until(t, what, func() (bool, string) {
		return cond(), fmt.Sprintf("%s, %d indexed", logState(d.log), d.metric(t, "baocao_intake_files_indexed_total"))
	})
}

// TestKilledMidBurstEveryFileEndsIndexedExactlyOnce kills the daemon with
// SIGKILL in the middle of a burst, restarts it, and counts records per file.
func TestKilledMidBurstEveryFileEndsIndexedExactlyOnce(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	inbox := filepath.Join(data, "inbox")
	os.MkdirAll(inbox, 0o755)
	form, err := os.ReadFile("../../samples/xlsx/form-03-chi-bo-uy-ban-nhan-dan-xa-thai-nien.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	d := startDaemon(t, bin, data)
	const n = 120
	for i := 0; i < n; i++ {
		// Distinct content per file: bytes after a zip's end are ignored by readers.
		body := append(append([]byte{}, form...), []byte(fmt.Sprint(i))...)
		if err := os.WriteFile(filepath.Join(inbox, fmt.Sprintf("bc-%03d.xlsx", i)), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d.waitFor(t, "some files indexed", func() bool { return d.metric(t, "baocao_intake_files_indexed_total") >= 10 })
	d.cmd.Process.Signal(syscall.SIGKILL)
	d.cmd.Wait()

	d = startDaemon(t, bin, data)
	d.waitFor(t, "every file journaled as indexed", func() bool {
		return d.metric(t, "baocao_intake_files_pending") == 0 && d.metric(t, "baocao_intake_files_settling") == 0 &&
			d.metric(t, "baocao_intake_queue_depth") == 0 && d.metric(t, "baocao_intake_files_seen") == n
	})
	// SIGTERM: the daemon finishes what it holds and exits cleanly.
	d.cmd.Process.Signal(syscall.SIGTERM)
	if err := d.cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}

	j, err := ingest.OpenJournal(filepath.Join(data, "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	entries, _ := j.All()
	indexed := 0
	for _, e := range entries {
		if e.State == ingest.Indexed {
			indexed++
		}
	}
	if len(entries) != n || indexed != n {
		t.Errorf("journal: %d entries, %d indexed; want %d and %d", len(entries), indexed, n, n)
	}
	ix, err := bleve.Open(filepath.Join(data, "index"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), baocao.Query{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	perFile := map[string]int{}
	for _, h := range res.Hits {
		perFile[h.File]++
	}
	if res.Total != n || len(perFile) != n {
		t.Errorf("index: %d records over %d files, want %d over %d", res.Total, len(perFile), n, n)
	}
	for f, c := range perFile {
		if c != 1 {
			t.Errorf("%s has %d records, want 1", f, c)
		}
	}
}
