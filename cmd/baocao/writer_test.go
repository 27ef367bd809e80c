package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"baocao"
	"baocao/index/bleve"
)

// countingIndex is the real embedded index, counting the groups written.
type countingIndex struct {
	*bleve.Index
	mu     sync.Mutex
	groups []int
	fail   error
}

func (c *countingIndex) PutFiles(ctx context.Context, files []baocao.IndexedFile) error {
	c.mu.Lock()
	c.groups = append(c.groups, len(files))
	c.mu.Unlock()
	if c.fail != nil {
		return c.fail
	}
	return c.Index.PutFiles(ctx, files)
}

func testFiles(n, records int) []baocao.IndexedFile {
	var files []baocao.IndexedFile
	for i := range n {
		f := baocao.IndexedFile{SHA256: fmt.Sprintf("%016x%048d", i+1, 0), Paths: []string{fmt.Sprintf("inbox/%d.pdf", i)}, Format: "pdf", Text: "Báo cáo"}
		for j := range records {
			f.Records = append(f.Records, baocao.Record{Unit: fmt.Sprintf("Chi bộ %d-%d", i, j)})
		}
		files = append(files, f)
	}
	return files
}

func TestWriterGroupsFilesAndCountsRepeats(t *testing.T) {
	ctx := context.Background()
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	c := &countingIndex{Index: ix}
	files := testFiles(2*groupFiles+10, 1)
	files = append(files, files[3], files[groupFiles+5]) // the same content found twice
	big := testFiles(1, groupRecords+1)[0]               // alone over the records limit
	big.SHA256 = fmt.Sprintf("%016x%048d", 99999, 0)
	files = append(files, big)

	w := newWriter(ctx, c)
	var wg sync.WaitGroup
	jobs := make(chan baocao.IndexedFile)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				if err := w.add(ctx, f); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	indexed, records, repeated, err := w.close()
	if err != nil {
		t.Fatal(err)
	}
	if want := 2*groupFiles + 11; indexed != want || repeated != 2 || records != 2*groupFiles+10+groupRecords+1 {
		t.Errorf("indexed %d files, %d records, %d repeated; want %d files, %d records, 2 repeated", indexed, records, repeated, want, 2*groupFiles+10+groupRecords+1)
	}
	total := 0
	for _, n := range c.groups {
		if n > groupFiles {
			t.Errorf("a group of %d files, more than %d", n, groupFiles)
		}
		total += n
	}
	if total != indexed || len(c.groups) > 5 {
		t.Errorf("groups %v: want the %d files in at most 5 groups", c.groups, indexed)
	}
	for _, f := range files {
		if ok, err := ix.HasFile(ctx, f.SHA256); !ok || err != nil {
			t.Errorf("file %s not in the index: %v", f.SHA256[:16], err)
		}
	}
	res, err := ix.Search(ctx, baocao.Query{Text: "chi bo"})
	if err != nil || res.Total != records {
		t.Errorf("search finds %d records (%v), want %d", res.Total, err, records)
	}
}

func TestWriterFailureStopsTheWorkers(t *testing.T) {
	ctx := context.Background()
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	disk := errors.New("disk full")
	w := newWriter(ctx, &countingIndex{Index: ix, fail: disk})
	var addErr error
	for _, f := range testFiles(3*groupFiles, 1) {
		if addErr = w.add(ctx, f); addErr != nil {
			break
		}
	}
	if baocao.ErrorCode(addErr) != baocao.EINTERNAL {
		t.Errorf("add after a failed write: %v, want an internal error", addErr)
	}
	if _, _, _, err := w.close(); !errors.Is(err, disk) {
		t.Errorf("close: %v, want %v", err, disk)
	}
}

func TestGateReadsABigFileAlone(t *testing.T) {
	dir := t.TempDir()
	small, big := filepath.Join(dir, "small.pdf"), filepath.Join(dir, "big.xlsx")
	if err := os.WriteFile(small, []byte("%PDF-1.4"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, make([]byte, bigFile), 0o644); err != nil {
		t.Fatal(err)
	}
	g := newGate(2)
	first := g.enter(small)
	bigIn, secondIn := make(chan int), make(chan int)
	go func() { bigIn <- g.enter(big) }()
	waitFor(t, func() bool { return g.waiting == 1 }, g)
	go func() { secondIn <- g.enter(small) }() // comes after the waiting big file
	select {
	case <-bigIn:
		t.Fatal("the big file went in beside a small one")
	case <-secondIn:
		t.Fatal("a small file went in before the big one waiting")
	default:
	}
	g.leave(first)
	n := <-bigIn
	if n != 2 {
		t.Errorf("the big file took %d slots, want 2", n)
	}
	select {
	case <-secondIn:
		t.Fatal("a small file went in beside the big one")
	default:
	}
	g.leave(n)
	if n := <-secondIn; n != 1 {
		t.Errorf("the small file took %d slots, want 1", n)
	}
}

// waitFor waits until cond holds under the gate's lock.
func waitFor(t *testing.T, cond func() bool, g *gate) {
	t.Helper()
	for {
		g.mu.Lock()
		ok := cond()
		g.mu.Unlock()
		if ok {
			return
		}
		runtime.Gosched()
	}
}

// oneByOne is an index without PutFiles, as Elasticsearch is.
type oneByOne struct{ baocao.Index }

func TestWriterLetsEachWorkerWriteToAnIndexWithoutGroups(t *testing.T) {
	ctx := context.Background()
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	w := newWriter(ctx, oneByOne{ix})
	if w.bulk != nil || w.in != nil {
		t.Fatal("the writer groups files for an index that cannot write them together")
	}
	files := testFiles(30, 2)
	files = append(files, files[7])
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i; j < len(files); j += 2 {
				if err := w.add(ctx, files[j]); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	indexed, records, repeated, err := w.close()
	if indexed != 30 || records != 60 || repeated != 1 || err != nil {
		t.Errorf("indexed %d files, %d records, %d repeated, %v; want 30, 60, 1", indexed, records, repeated, err)
	}
	if ok, err := ix.HasFile(ctx, files[29].SHA256); !ok || err != nil {
		t.Errorf("HasFile = %v, %v", ok, err)
	}
}
