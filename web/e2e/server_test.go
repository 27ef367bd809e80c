package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"baocao/internal/await"
)

// The accounts the flows log in with.
const (
	analystName = "chuyenvien"
	analystPass = "mat-khau-chuyen-vien"
	adminName   = "quantri"
	adminPass   = "mat-khau-quan-tri"
)

// server is a running "baocao run": the real binary, on a temporary data
// directory, with its own inbox.
type server struct {
	t     *testing.T // the test that started it, which its cleanup fails
	bin   string
	data  string
	inbox string
	url   string // http://127.0.0.1:PORT, no trailing slash
	cmd   *exec.Cmd
	log   *logWriter
	done  chan error // the process's exit, once
}

// moduleRoot is the folder holding go.mod, above the test's working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = up
	}
}

// buildBaocao builds the real binary from the module's sources.
func buildBaocao(t *testing.T, root string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to build baocao: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "baocao")
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/baocao")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/baocao: %v\n%s", err, out)
	}
	return bin
}

// cleanEnv is the test's environment without the settings baocao reads
// (an Elasticsearch address from the caller, say), plus extra.
func cleanEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "BAOCAO_") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// newServer builds baocao, makes a data directory with an analyst and an
// admin, copies the given files into the inbox, and starts "baocao run".
func newServer(t *testing.T, root string, files []string) *server {
	t.Helper()
	s := &server{t: t, bin: buildBaocao(t, root), log: newLogWriter()}
	tmp := t.TempDir()
	s.data = filepath.Join(tmp, "data")
	s.inbox = filepath.Join(tmp, "inbox")
	if err := os.MkdirAll(s.inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	s.addUser("analyst", analystName, analystPass)
	s.addUser("admin", adminName, adminPass)
	for _, f := range files {
		copyFile(t, f, filepath.Join(s.inbox, filepath.Base(f)))
	}
	s.start()
	return s
}

func (s *server) addUser(role, name, pass string) {
	s.t.Helper()
	cmd := exec.Command(s.bin, "user", "add", "--data", s.data, "--role", role, name)
	cmd.Env = cleanEnv("BAOCAO_PASSWORD=" + pass)
	cmd.Stdin = strings.NewReader("")
	if out, err := cmd.CombinedOutput(); err != nil {
		s.t.Fatalf("baocao user add --role %s %s: %v\n%s", role, name, err, out)
	}
}

// start runs "baocao run" on a free port and waits until /readyz answers.
// Cleanup stops it with SIGTERM and checks it exits cleanly.
func (s *server) start() {
	t := s.t
	t.Helper()
	addr := freeAddr(t)
	s.url = "http://" + addr
	s.cmd = exec.Command(s.bin, "run", "--data", s.data, "--inbox", s.inbox,
		"--http", addr, "--delay", "200ms", "--tick", "100ms")
	s.cmd.Env = cleanEnv()
	s.cmd.Stdout = s.log
	s.cmd.Stderr = s.log
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("start baocao run: %v", err)
	}
	s.done = make(chan error, 1)
	go func() { s.done <- s.cmd.Wait() }()
	t.Cleanup(s.stop)

	s.waitFor(t, "/readyz to answer 200", func() (bool, string) {
		resp, err := http.Get(s.url + "/readyz")
		if err != nil {
			return false, err.Error()
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, resp.Status
	})
}

// stop sends SIGTERM and waits for a clean exit; it kills a server that
// does not stop within a long while (await.Stall) and fails the test. When the test failed, it
// shows what the server logged.
func (s *server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	if s.t.Failed() {
		s.t.Logf("baocao run log:\n%s", s.log)
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		if err != nil {
			s.t.Errorf("baocao run did not stop cleanly on SIGTERM: %v\n%s", err, s.log)
		}
	case <-time.After(await.Stall):
		_ = s.cmd.Process.Kill()
		<-s.done
		s.t.Errorf("baocao run still ran %v after SIGTERM; killed\n%s", await.Stall, s.log)
	}
}

// waitFor waits until cond holds, for as long as cond's word on why not or
// the server's log moves; it fails at once if the server exits.
func (s *server) waitFor(t *testing.T, what string, cond func() (bool, string)) {
	t.Helper()
	await.Until(t, what, func() (bool, string) {
		select {
		case err := <-s.done:
			s.done <- err
			t.Fatalf("baocao run exited while waiting for %s: %v", what, err)
		default:
		}
		ok, why := cond()
		return ok, fmt.Sprintf("%s (log %d bytes)", why, s.log.Len())
	})
}

// get asks the server with HTTP Basic authentication (none when user is "").
func (s *server) get(t *testing.T, user, pass, path string) (*http.Response, []byte) {
	t.Helper()
	return s.do(t, http.MethodGet, user, pass, path, "", nil)
}

func (s *server) do(t *testing.T, method, user, pass, path, contentType string, body io.Reader) (*http.Response, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), await.Stall) // stuck, not slow
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, s.url+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if user != "" {
		req.SetBasicAuth(user, pass)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		t.Fatalf("%s %s: read: %v", method, path, err)
	}
	return resp, b
}

// getJSON asks as the analyst and decodes a 200 answer into v.
func (s *server) getJSON(t *testing.T, path string, v any) {
	t.Helper()
	resp, body := s.get(t, analystName, analystPass, path)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %.300s", path, resp.Status, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v: %.300s", path, err, body)
	}
}

// searchResult is what /api/search answers.
type searchResult struct {
	Total int   `json:"total"`
	Hits  []hit `json:"hits"`
}

type hit struct {
	ID        string         `json:"id"`
	File      string         `json:"file"`
	SHA256    string         `json:"sha256"`
	Record    map[string]any `json:"record"`
	Fragments []string       `json:"fragments"`
}

func (s *server) search(t *testing.T, query url.Values) searchResult {
	t.Helper()
	var r searchResult
	s.getJSON(t, "/api/search?"+query.Encode(), &r)
	return r
}

// fileState is one file of the intake as /api/files lists it.
type fileState struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	State  string `json:"state"`
	Reason string `json:"reason"`
}

// files lists the intake's files: /api/files answers {"files": [...]}.
func (s *server) files(t *testing.T) []fileState {
	t.Helper()
	var r struct {
		Files *[]fileState `json:"files"`
	}
	s.getJSON(t, "/api/files", &r)
	if r.Files == nil {
		t.Fatal(`GET /api/files: no "files" in the answer`)
	}
	return *r.Files
}

// fileNamed is the intake's entry for the file with this base name, or
// one whose name holds it (an upload may be renamed to keep names unique).
func fileNamed(files []fileState, name string) (fileState, bool) {
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	for _, f := range files {
		if base := filepath.Base(f.Path); base == name || strings.Contains(base, stem) {
			return f, true
		}
	}
	return fileState{}, false
}

// waitIntake waits until the intake lists every named file and none is
// pending.
func (s *server) waitIntake(t *testing.T, names ...string) {
	t.Helper()
	s.waitFor(t, "the intake to settle "+strings.Join(names, ", "), func() (bool, string) {
		files := s.files(t)
		for _, n := range names {
			if _, ok := fileNamed(files, n); !ok {
				return false, n + " not listed yet"
			}
		}
		for _, f := range files {
			if f.State == "pending" || f.State == "" {
				return false, fmt.Sprintf("%s is %q", f.Path, f.State)
			}
		}
		return true, ""
	})
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// freeAddr is a loopback address with a port nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// logWriter keeps what the server prints (its first 4 MiB), to show when a
// test fails.
type logWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func newLogWriter() *logWriter { return &logWriter{} }

func (w *logWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.buf.Len() < 4<<20 {
		w.buf.Write(p)
	}
	return len(p), nil
}

// Len is how much was logged: it grows while the server works.
func (w *logWriter) Len() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Len()
}

func (w *logWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}
