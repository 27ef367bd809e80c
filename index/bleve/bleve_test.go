package bleve_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"baocao"
	"baocao/index/bleve"
	"baocao/index/indextest"
)

func TestContract(t *testing.T) {
	indextest.Run(t, func(t *testing.T) baocao.Index {
		ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	})
}

// Benchmarks: go test -run=^$ -bench=. -benchtime=20x ./index/bleve
// Indexing rate (records/s) and search latency (p50, p99) at 10,000 and
// 100,000 records; BENCHMARKS.md records the figures.
func benchIndex(b *testing.B, n int) baocao.Index {
	ix, err := bleve.Open(filepath.Join(b.TempDir(), "index"), false)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	indextest.BenchIndexing(b, ix, n)
	return ix
}

func BenchmarkIndex10k(b *testing.B) {
	for range b.N {
		benchIndex(b, 10_000)
	}
}

func BenchmarkIndex100k(b *testing.B) {
	for range b.N {
		benchIndex(b, 100_000)
	}
}

func BenchmarkSearch10k(b *testing.B)  { benchSearch(b, 10_000) }
func BenchmarkSearch100k(b *testing.B) { benchSearch(b, 100_000) }

func benchSearch(b *testing.B, n int) {
	b.StopTimer()
	ix := benchIndex(b, n)
	b.StartTimer()
	indextest.BenchSearch(b, ix)
}

func TestPutFilesReplacesEachFileAsPutFileDoes(t *testing.T) {
	ctx := context.Background()
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	file := func(sha byte, units ...string) baocao.IndexedFile {
		f := baocao.IndexedFile{SHA256: strings.Repeat(string(sha), 64), Paths: []string{string(sha) + ".xlsx"}, Format: "xlsx"}
		for _, u := range units {
			f.Records = append(f.Records, baocao.Record{Unit: u})
		}
		return f
	}
	if err := ix.PutFile(ctx, file('a', "Chi bộ thôn Một", "Chi bộ thôn Hai", "Chi bộ thôn Ba")); err != nil {
		t.Fatal(err)
	}
	if err := ix.PutFiles(ctx, []baocao.IndexedFile{file('a', "Chi bộ thôn Một", "Chi bộ thôn Hai"), file('b', "Chi bộ thôn Bốn")}); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, baocao.Query{Text: "chi bo thon"})
	if err != nil {
		t.Fatal(err)
	}
	var units []string
	for _, h := range res.Hits {
		units = append(units, h.Record.Unit)
	}
	sort.Strings(units)
	if got := strings.Join(units, "|"); got != "Chi bộ thôn Bốn|Chi bộ thôn Hai|Chi bộ thôn Một" {
		t.Errorf("records after PutFiles: %s", got)
	}
}

func TestALargeFileIsReplacedWhole(t *testing.T) {
	ctx := context.Background()
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	rollup := func(n int) baocao.IndexedFile {
		f := baocao.IndexedFile{SHA256: strings.Repeat("e", 64), Paths: []string{"tong-hop.xlsx"}, Format: "xlsx"}
		for i := range n {
			f.Records = append(f.Records, baocao.Record{Unit: fmt.Sprintf("Chi bộ thôn %d", i)})
		}
		return f
	}
	// More records than a batch holds, and than a search lists at once.
	for _, n := range []int{10_050, 9_000} {
		if err := ix.PutFile(ctx, rollup(n)); err != nil {
			t.Fatal(err)
		}
		res, err := ix.Search(ctx, baocao.Query{Text: "chi bo thon"})
		if err != nil || res.Total != n {
			t.Fatalf("after putting %d records: search finds %d (%v)", n, res.Total, err)
		}
		if ok, err := ix.HasFile(ctx, strings.Repeat("e", 64)); !ok || err != nil {
			t.Errorf("HasFile = %v, %v", ok, err)
		}
	}
	if _, err := ix.Record(ctx, baocao.RecordID(strings.Repeat("e", 64), 10_030)); !errors.Is(err, baocao.ErrNotFound) {
		t.Errorf("record 10,030 of the old file: %v, want it gone", err)
	}
}
