package mix_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"baocao/bench/mix"
	"baocao/extract"
)

const samples = "../../samples"

// A unique copy must read exactly as its sample does, in our extractor, or
// the benchmarks would measure something else than the samples.
func TestUniqueCopiesReadAsTheirSample(t *testing.T) {
	for _, k := range mix.Kinds {
		if !k.Text {
			continue // scans are PDFs like the others; OCR is too slow for a test
		}
		paths, err := k.Samples(samples)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range append(paths, filepath.Join(samples, mix.ProvinceRollup)) {
			t.Run(filepath.Base(p), func(t *testing.T) {
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				want := records(t, data)
				if want == "[]" {
					t.Fatalf("the sample itself gives no records")
				}
				for _, n := range []int{0, 9999} {
					c, err := mix.Unique(data, n)
					if err != nil {
						t.Fatal(err)
					}
					if bytes.Equal(c, data) {
						t.Fatalf("copy %d has the sample's bytes", n)
					}
					if got := records(t, c); got != want {
						t.Errorf("copy %d reads as\n%s\nwant\n%s", n, got, want)
					}
				}
			})
		}
	}
}

func records(t *testing.T, data []byte) string {
	t.Helper()
	res, err := extract.Read(context.Background(), bytes.NewReader(data), int64(len(data)), "x", extract.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res.Records)
	return string(b)
}

func TestCopiesDifferFromEachOther(t *testing.T) {
	for _, sample := range []string{"pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf", "docx/word-01-chi-bo-truong-thcs-hung-son.docx", "xls/form-01-chi-bo-thon-phu-hoa.xls"} {
		data, err := os.ReadFile(filepath.Join(samples, sample))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := mix.Unique(data, 1)
		b, _ := mix.Unique(data, 2)
		if bytes.Equal(a, b) {
			t.Errorf("%s: copies 1 and 2 are the same bytes", sample)
		}
	}
	if _, err := mix.Unique([]byte("plain text"), 1); err == nil {
		t.Error("a text file was made unique; want an error")
	}
}

func TestPlanKeepsTheShares(t *testing.T) {
	plan, err := mix.Plan(samples, 1000, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan) != 1000 {
		t.Fatalf("%d files, want 1000", len(plan))
	}
	count := map[string]int{}
	province := 0
	for _, e := range plan {
		count[e.Kind.Name]++
		if filepath.Base(e.Sample) == filepath.Base(mix.ProvinceRollup) {
			province++
		}
	}
	for _, k := range mix.Kinds {
		if got, want := count[k.Name], 10*k.Share; got != want {
			t.Errorf("%s: %d files, want %d", k.Name, got, want)
		}
	}
	if province != 1 {
		t.Errorf("%d province roll-ups, want 1", province)
	}
	text, err := mix.Plan(samples, 98, func(k mix.Kind) bool { return k.Text })
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range text {
		if !e.Kind.Text {
			t.Errorf("text-only plan has %s", e.Sample)
		}
	}
}

func TestWriteMakesTheCorpusOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	m, err := mix.Write(samples, dir, 50)
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	seen := map[string]bool{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "manifest.json" {
			return err
		}
		files++
		b, _ := os.ReadFile(path)
		if seen[string(b)] {
			t.Errorf("%s repeats another file's bytes", path)
		}
		seen[string(b)] = true
		return nil
	})
	if files != 50 || m.Files != 50 {
		t.Fatalf("%d files on disk, manifest says %d; want 50", files, m.Files)
	}
	if _, err := os.Stat(filepath.Join(dir, "text", "pdf")); err != nil {
		t.Errorf("no text/pdf folder: %v", err)
	}
	stamp := filepath.Join(dir, "text", "pdf", "stamp")
	os.WriteFile(stamp, nil, 0o644)
	if _, err := mix.Write(samples, dir, 50); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stamp); err != nil {
		t.Errorf("the same corpus was written again")
	}
	if _, err := mix.Write(samples, dir, 40); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stamp); err == nil {
		t.Errorf("a corpus of another size kept the old files")
	}
}
