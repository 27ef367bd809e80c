package web

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"baocao"
	"baocao/extract"
)

func TestFindingsAreComputedOnceAndFollowTheIndex(t *testing.T) {
	f := ownFixture(t, "pdf/soffice-15-chi-bo-thon-cam-ha.pdf")
	dir := t.TempDir()
	users, _ := OpenUsers(filepath.Join(dir, "users.json"))
	key, _ := LoadKey(filepath.Join(dir, "web.key"))
	clk := &clock{t: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	cfg := f.config()
	cfg.Users, cfg.Key, cfg.Now = users, key, clk.now
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	get := func() *findingSet {
		t.Helper()
		fs, err := s.findings.get(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	first := get()
	if len(first.all) == 0 {
		t.Fatal("the sample has findings")
	}
	// A report arrives.
	res, err := extract.File(ctx, "../samples/pdf/fpdf-03-dang-bo-xa-ha-thuong.pdf", extract.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.ix.PutFile(ctx, baocao.IndexedFile{SHA256: res.SHA256, Paths: []string{"/inbox/x.pdf"}, Format: res.Format, Text: res.Text, Records: res.Records}); err != nil {
		t.Fatal(err)
	}
	if get() != first {
		t.Error("findings computed again within a few seconds")
	}
	clk.add(findingsFresh)
	second := get()
	if second == first || len(second.all) <= len(first.all) {
		t.Fatalf("after the index changed: %d findings, before %d", len(second.all), len(first.all))
	}
	clk.add(findingsFresh)
	if get() != second {
		t.Error("findings computed again though nothing changed")
	}
	clk.add(findingsMaxAge)
	if third := get(); third == second || len(third.all) != len(second.all) {
		t.Error("findings not computed again after their longest life")
	}
}
