package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/index/bleve"
	"baocao/ingest"
	"baocao/internal/await"
)

// fixture is a data directory filled the way `baocao run` fills it: real
// samples dropped in the inbox, read by the real intake with the real
// extractor into a real Bleve index, with the journal, the originals and the
// list of failed files beside them.
type fixture struct {
	data, inbox string
	ix          baocao.Index
	journal     *ingest.Journal
	intake      *ingest.Intake
	done        chan ingest.Entry
	paths       map[string]string // sample name → its path in the inbox
	stop        func()
}

// sharedSamples fill the fixture the read-only tests share: narrative
// reports in PDF and Word, a roll-up table with a record per row, and two
// files that cannot be read.
var sharedSamples = []string{
	"pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf",
	"pdf/fpdf-02-chi-bo-thon-dong-hoa.pdf",
	"pdf/fpdf-03-dang-bo-xa-ha-thuong.pdf",
	"pdf/soffice-15-chi-bo-thon-cam-ha.pdf",
	"docx/word-05-chi-bo-van-phong-huyen-uy.docx",
	"xlsx/rollup-01-dang-uy-xa-gia-phu.xlsx",
	"bad/web-page-named.pdf",
	"bad/truncated-40pct-chi-bo-truong-thcs-hung-son.pdf",
}

// quiet keeps the intake's logs out of the test output.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// newFixture reads the samples into a new data directory and keeps the
// intake running until stop.
func newFixture(samples ...string) (f *fixture, err error) {
	data, err := os.MkdirTemp("", "baocao-web-")
	if err != nil {
		return nil, err
	}
	f = &fixture{data: data, inbox: filepath.Join(data, "inbox"), done: make(chan ingest.Entry, 100), paths: map[string]string{}}
	defer func() {
		if err != nil {
			f.close()
		}
	}()
	for _, s := range samples {
		b, err := os.ReadFile(filepath.Join("..", "samples", s))
		if err != nil {
			return f, err
		}
		p := filepath.Join(f.inbox, filepath.Base(s))
		if err := os.MkdirAll(f.inbox, 0o755); err != nil {
			return f, err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return f, err
		}
		f.paths[s] = p
	}
	bl, err := bleve.Open(filepath.Join(data, "index"), false)
	if err != nil {
		return f, err
	}
	f.ix = bl
	if f.journal, err = ingest.OpenJournal(filepath.Join(data, "journal.db")); err != nil {
		return f, err
	}
	f.intake = &ingest.Intake{
		Inbox: f.inbox, Originals: filepath.Join(data, "originals"), Index: f.ix, Journal: f.journal,
		Delay: 50 * time.Millisecond, Tick: 20 * time.Millisecond, Rescan: time.Hour, Workers: 4, Logger: quiet,
		Extract: func(ctx context.Context, path string) (baocao.FileResult, error) {
			return extract.File(ctx, path, extract.DefaultOptions)
		},
		Done: func(e ingest.Entry) { f.done <- e },
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- f.intake.Run(ctx) }()
	f.stop = func() {
		cancel()
		<-stopped
	}
	if _, err := f.await(len(samples)); err != nil {
		return f, err
	}
	return f, nil
}

// await returns the next n outcomes of the intake, waiting as long as they
// keep coming.
func (f *fixture) await(n int) ([]ingest.Entry, error) {
	out, err := await.Collect(f.done, n)
	if err != nil {
		return out, fmt.Errorf("intake: %w", err)
	}
	return out, nil
}

func (f *fixture) close() {
	if f.stop != nil {
		f.stop()
	}
	if f.journal != nil {
		f.journal.Close()
	}
	if f.ix != nil {
		f.ix.Close()
	}
	os.RemoveAll(f.data)
}

// config is the server's configuration over the fixture, as `baocao run`
// makes it.
func (f *fixture) config() Config {
	return Config{Index: f.ix, Data: f.data, Rules: check.Default, Intake: intakeAdapter{f.intake, f.journal},
		Sniff: extract.Sniff, Logger: quiet}
}

// intakeAdapter is the intake as the pages see it; cmd/baocao has the same.
type intakeAdapter struct {
	in      *ingest.Intake
	journal *ingest.Journal
}

func (a intakeAdapter) Files(ctx context.Context) ([]IntakeFile, error) {
	all, err := a.journal.All()
	out := make([]IntakeFile, 0, len(all))
	for _, e := range all {
		out = append(out, IntakeFile{Path: e.Path, SHA256: e.SHA256, State: string(e.State), Reason: e.Reason, Records: e.Records,
			Size: e.Size, Attempts: e.Attempts, FirstSeen: e.FirstSeen, Updated: e.Updated})
	}
	return out, err
}

func (a intakeAdapter) Reingest(ctx context.Context, path string) error {
	return a.in.Reingest(ctx, path)
}

func (a intakeAdapter) Upload(ctx context.Context, name string, r io.Reader) (string, error) {
	return a.in.Accept(ctx, name, r)
}

var (
	sharedOnce sync.Once
	shared     *fixture
	sharedErr  error
)

// sharedFixture is the fixture of the tests that only read, built once.
func sharedFixture(t *testing.T) *fixture {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = newFixture(sharedSamples...) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

// ownFixture is a fixture for one test that changes it.
func ownFixture(t *testing.T, samples ...string) *fixture {
	t.Helper()
	f, err := newFixture(samples...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.close)
	return f
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.close()
	}
	os.Exit(code)
}

// session is a logged-in browser on a test server.
type session struct {
	t    *testing.T
	c    *http.Client
	base string
	csrf string
}

func loggedIn(t *testing.T, base, name, pass string) *session {
	t.Helper()
	c := browser(t)
	if resp := login(t, c, base, name, pass); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login %s = %d", name, resp.StatusCode)
	}
	return &session{t: t, c: c, base: base, csrf: formToken(t, c, base)}
}

// get fetches a path and returns the status and body.
func (s *session) get(path string) (int, string) {
	s.t.Helper()
	resp, err := s.c.Get(s.base + path)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// getJSON fetches an API path into v and returns the status.
func (s *session) getJSON(path string, v any) int {
	s.t.Helper()
	status, body := s.get(path)
	if err := json.Unmarshal([]byte(body), v); err != nil {
		s.t.Fatalf("GET %s = %d, not JSON: %v\n%s", path, status, err, body)
	}
	return status
}

// has fails unless the body contains every part.
func has(t *testing.T, what, body string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(body, p) {
			t.Errorf("%s lacks %q", what, p)
		}
	}
}
