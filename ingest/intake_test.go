package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"baocao"
	"baocao/extract"
	"baocao/index/bleve"
	"baocao/ingest"
	"baocao/internal/await"
)

// flaky is an index that fails while down is set: an Elasticsearch outage or
// a full disk, for our own interface.
type flaky struct {
	baocao.Index
	down atomic.Bool
}

var errDown = errors.New("index unavailable")

func (f *flaky) PutFile(ctx context.Context, file baocao.IndexedFile) error {
	if f.down.Load() {
		return errDown
	}
	return f.Index.PutFile(ctx, file)
}

// harness runs an intake over a temporary inbox with a real Bleve index and
// the real extractor, and collects outcomes.
type harness struct {
	t       testing.TB
	inbox   string
	ix      *flaky
	journal *ingest.Journal
	done    chan ingest.Entry
	calls   sync.Map // path → sizes seen by the extractor
}

func start(t testing.TB, tweak func(*ingest.Intake)) *harness {
	t.Helper()
	data := t.TempDir()
	h := &harness{t: t, inbox: t.TempDir(), done: make(chan ingest.Entry, 2000)}
	bl, err := bleve.Open(filepath.Join(data, "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	h.ix = &flaky{Index: bl}
	h.journal, err = ingest.OpenJournal(filepath.Join(data, "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Intake{
		Inbox: h.inbox, Originals: filepath.Join(data, "originals"), Index: h.ix, Journal: h.journal,
		// No periodic rescan in the tests: new files are found by notification.
		Delay: 300 * time.Millisecond, Tick: 50 * time.Millisecond, Rescan: time.Hour, Workers: 2,
		Extract: func(ctx context.Context, path string) (baocao.FileResult, error) {
			st, _ := os.Stat(path)
			h.calls.Store(path, st.Size())
			return extract.File(ctx, path, extract.DefaultOptions)
		},
		Done: func(e ingest.Entry) { h.done <- e },
	}
	if tweak != nil {
		tweak(in)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- in.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-stopped; err != nil {
			t.Error(err)
		}
		h.journal.Close()
		bl.Close()
	})
	return h
}

func sample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "samples", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (h *harness) put(name string, data []byte, mtime time.Time) string {
	h.t.Helper()
	p := filepath.Join(h.inbox, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		h.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		h.t.Fatal(err)
	}
	if !mtime.IsZero() {
		os.Chtimes(p, mtime, mtime)
	}
	return p
}

// await returns the next n outcomes; it fails only when none has come for
// a long while.
func (h *harness) await(n int) []ingest.Entry {
	h.t.Helper()
	out, err := await.Collect(h.done, n)
	if err != nil {
		h.t.Fatalf("intake outcomes: %v: %+v", err, out)
	}
	return out
}

func (h *harness) total() int {
	h.t.Helper()
	res, err := h.ix.Search(context.Background(), baocao.Query{})
	if err != nil {
		h.t.Fatal(err)
	}
	return res.Total
}

func TestAFileWrittenSlowlyIsReadWhole(t *testing.T) {
	h := start(t, nil)
	data := sample(t, "pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf")
	p := filepath.Join(h.inbox, "slow.pdf")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(data); i += len(data)/8 + 1 {
		f.Write(data[i:min(len(data), i+len(data)/8+1)])
		time.Sleep(150 * time.Millisecond) // the writer is slow; nothing here waits for the intake
	}
	f.Close()
	e := h.await(1)[0]
	if e.State != ingest.Indexed || e.Records != 1 {
		t.Fatalf("outcome %+v", e)
	}
	if size, _ := h.calls.Load(p); size != int64(len(data)) {
		t.Errorf("extracted at %v bytes, want the whole %d", size, len(data))
	}
}

func TestSameContentUnderTwoNamesIsOneReport(t *testing.T) {
	h := start(t, nil)
	data := sample(t, "pdf/fpdf-02-chi-bo-thon-dong-hoa.pdf")
	h.put("a/bao-cao.pdf", data, time.Time{})
	h.put("b/bao-cao (1).pdf", data, time.Time{})
	out := h.await(2)
	if n := h.total(); n != 1 {
		t.Errorf("%d records, want 1", n)
	}
	paths, _ := h.journal.PathsOf(out[0].SHA256)
	if out[0].SHA256 != out[1].SHA256 || len(paths) != 2 {
		t.Errorf("one content should have two paths: %v", paths)
	}
}

func TestAReplacedFileReplacesItsRecords(t *testing.T) {
	h := start(t, nil)
	h.put("tong-hop.xlsx", sample(t, "xlsx/rollup-01-dang-uy-xa-gia-phu.xlsx"), time.Time{})
	first := h.await(1)[0]
	h.put("tong-hop.xlsx", sample(t, "xlsx/form-01-chi-bo-thon-phu-hoa.xlsx"), time.Now().Add(time.Minute))
	second := h.await(1)[0]
	if first.SHA256 == second.SHA256 || second.Records != 1 {
		t.Fatalf("outcomes %+v then %+v", first, second)
	}
	if n := h.total(); n != 1 {
		t.Errorf("%d records after the replacement, want 1", n)
	}
}

func TestAFileWithAnOldModificationTimeIsStillRead(t *testing.T) {
	h := start(t, nil)
	h.put("cu.pdf", sample(t, "pdf/fpdf-03-dang-bo-xa-ha-thuong.pdf"), time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC))
	if e := h.await(1)[0]; e.State != ingest.Indexed {
		t.Errorf("outcome %+v", e)
	}
}

func TestABadFileFailsWithAReasonAndIsReadOnceFixed(t *testing.T) {
	h := start(t, nil)
	good := sample(t, "pdf/fpdf-04-dang-uy-cong-an-huyen-bao-thang.pdf")
	h.put("bc.pdf", good[:len(good)/3], time.Time{})
	e := h.await(1)[0]
	if e.State != ingest.Failed || e.Reason == "" {
		t.Fatalf("outcome %+v, want failed with a reason", e)
	}
	h.put("bc.pdf", good, time.Now().Add(time.Minute))
	if e := h.await(1)[0]; e.State != ingest.Indexed {
		t.Errorf("after the fix: %+v", e)
	}
}

func TestAnIndexOutageLeavesFilesPendingNeverFailed(t *testing.T) {
	h := start(t, nil)
	h.ix.down.Store(true)
	h.put("a.pdf", sample(t, "pdf/fpdf-05-chi-bo-van-phong-huyen-uy.pdf"), time.Time{})
	// Wait until the intake has tried and journaled it as pending.
	await.Until(t, "a.pdf journaled as pending", func() (bool, string) {
		e, ok, _ := h.journal.Get(filepath.Join(h.inbox, "a.pdf"))
		return ok && e.State == ingest.Pending && e.Attempts > 0 && !e.NextTry.IsZero(), fmt.Sprintf("%+v", e)
	})
	h.ix.down.Store(false)
	if e := h.await(1)[0]; e.State != ingest.Indexed {
		t.Errorf("after the outage: %+v", e)
	}
}

func TestABurstOfFilesIsIndexedExactlyOnce(t *testing.T) {
	h := start(t, func(in *ingest.Intake) { in.Queue = 8 })
	data := sample(t, "xlsx/form-02-chi-bo-truong-thcs-gia-phu.xlsx")
	const n = 500
	for i := 0; i < n; i++ {
		// Distinct content: a comment appended after the zip's end is ignored by readers.
		h.put(filepath.Join("dot", string(rune('a'+i%26)), "f"+itoa(i)+".xlsx"), append(append([]byte{}, data...), []byte(itoa(i))...), time.Time{})
	}
	h.await(n)
	if got := h.total(); got != n {
		t.Errorf("%d records, want %d", got, n)
	}
}

func itoa(i int) string {
	return string([]byte{byte('0' + i/100%10), byte('0' + i/10%10), byte('0' + i%10)})
}

func TestAFileRemovedFromTheShareKeepsItsRecordsMarked(t *testing.T) {
	h := start(t, nil)
	p := h.put("a.pdf", sample(t, "pdf/fpdf-06-dang-bo-co-quan-so-giao-duc-va-dao-tao.pdf"), time.Time{})
	h.await(1)
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	await.Until(t, "the record marked removed", func() (bool, string) {
		res, err := h.ix.Search(context.Background(), baocao.Query{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 {
			t.Fatalf("%d records after removal, want 1 kept", res.Total)
		}
		e, _, _ := h.journal.Get(p)
		return res.Hits[0].Removed, fmt.Sprintf("journal %+v", e)
	})
	if e, _, _ := h.journal.Get(p); e.State != ingest.Removed {
		t.Errorf("journal state %q, want removed", e.State)
	}
}

func TestPollingModeFindsFilesWithoutNotifications(t *testing.T) {
	h := start(t, func(in *ingest.Intake) { in.Poll = true })
	h.put("sub/dir/a.pdf", sample(t, "pdf/fpdf-07-chi-bo-truong-tieu-hoc-pho-lu.pdf"), time.Time{})
	if e := h.await(1)[0]; e.State != ingest.Indexed {
		t.Errorf("outcome %+v", e)
	}
}
