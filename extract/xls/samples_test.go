package xls

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/extract/xlsx"
)

// The tests in this file read the samples in samples/xls, which the samples
// generator makes (go run ./samples/gen -only xls).

// TestSamplesReadAsTheirXLSX reads each .xls sample and the .xlsx it was saved
// from: every sheet, cell (text, number, date, percentage, font) and merged
// range must be the same, so the field rules see one workbook.
func TestSamplesReadAsTheirXLSX(t *testing.T) {
	paths, _ := filepath.Glob("../../samples/xls/*.xls")
	pairs := 0
	for _, p := range paths {
		src := filepath.Join("../../samples/xlsx", strings.TrimSuffix(filepath.Base(p), ".xls")+".xlsx")
		a, err := os.ReadFile(src)
		if err != nil {
			continue // a sample with no .xlsx twin, such as the TCVN3 one
		}
		pairs++
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			want, err := xlsx.Read(context.Background(), bytes.NewReader(a), int64(len(a)), xlsx.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			got := read(t, b, DefaultLimits)
			if len(got.Sheets) != len(want.Sheets) || got.Pages != want.Pages {
				t.Fatalf("%d sheets, want %d", len(got.Sheets), len(want.Sheets))
			}
			for i, ws := range want.Sheets {
				gs := got.Sheets[i]
				if gs.Name != ws.Name || fmt.Sprint(gs.Merges) != fmt.Sprint(ws.Merges) || len(gs.Rows) != len(ws.Rows) {
					t.Errorf("sheet %q (%d rows, merges %v), want %q (%d rows, merges %v)", gs.Name, len(gs.Rows), gs.Merges, ws.Name, len(ws.Rows), ws.Merges)
				}
				for r := range ws.Rows {
					if r < len(gs.Rows) && len(gs.Rows[r]) != len(ws.Rows[r]) {
						t.Errorf("sheet %q row %d has %d cells, want %d", ws.Name, r, len(gs.Rows[r]), len(ws.Rows[r]))
					}
					for c := range ws.Rows[r] {
						if g, w := gs.Cell(r, c), ws.Cell(r, c); g != w {
							t.Errorf("sheet %q cell %d,%d:\n got %+v\nwant %+v", ws.Name, r, c, g, w)
						}
					}
				}
			}
		})
	}
	if pairs < 5 {
		t.Errorf("found %d .xls samples with their .xlsx, want at least 5 (go run ./samples/gen -only xls)", pairs)
	}
}

func TestTCVN3SampleIsTypedInLegacyFonts(t *testing.T) {
	b, err := os.ReadFile("../../samples/xls/form-02-tcvn3-chi-bo-truong-thcs-gia-phu.xls")
	if err != nil {
		t.Fatalf("%v (the samples generator makes it)", err)
	}
	s := read(t, b, DefaultLimits).Sheets[0]
	legacy, unit := 0, false
	for _, row := range s.Rows {
		for _, c := range row {
			if strings.HasPrefix(c.Font, ".VnTime") {
				legacy++
			}
			unit = unit || c.Text == "Chi bộ Trường THCS Gia Phú"
		}
	}
	if legacy < 20 || !unit {
		t.Errorf("%d cells in .VnTime fonts, unit decoded: %v", legacy, unit)
	}
}

// largestSample is the biggest .xls sample, the 2,000-row roll-up.
func largestSample(tb testing.TB) string {
	tb.Helper()
	paths, _ := filepath.Glob("../../samples/xls/*.xls")
	best, size := "", int64(0)
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.Size() > size {
			best, size = p, st.Size()
		}
	}
	if best == "" {
		tb.Fatal("no .xls samples (go run ./samples/gen -only xls)")
	}
	return best
}

// BenchmarkRead reads the largest sample, the 2,000-row roll-up.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(largestSample(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReadSurvivesMutatedSamples reads thousands of samples with bytes
// changed at random (a fixed seed): never a panic, never a slow read. It does
// deterministically what FuzzRead does when the fuzzer runs.
func TestReadSurvivesMutatedSamples(t *testing.T) {
	paths, _ := filepath.Glob("../../samples/xls/*.xls")
	var seeds [][]byte
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		if len(b) < 64<<10 {
			seeds = append(seeds, b)
		}
	}
	if len(seeds) == 0 {
		t.Fatal("no .xls samples (go run ./samples/gen -only xls)")
	}
	r := rand.New(rand.NewPCG(1, 2))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		d := append([]byte{}, seeds[r.IntN(len(seeds))]...)
		for k := 1 + r.IntN(8); k > 0; k-- {
			i := r.IntN(len(d))
			switch r.IntN(4) {
			case 0:
				d[i] = byte(r.IntN(256))
			case 1:
				d[i] ^= 1 << r.IntN(8)
			case 2:
				if i+4 < len(d) {
					copy(d[i:], []byte{0xFF, 0xFF, 0xFF, 0xFF}[:1+r.IntN(4)])
				}
			case 3:
				d[i] = 0
			}
		}
		start := time.Now()
		_, err := Read(context.Background(), bytes.NewReader(d), int64(len(d)), DefaultLimits)
		if errors.Is(err, errPanic) {
			t.Fatalf("Read recovered from a panic: %v", err)
		}
		if el := time.Since(start); el > 2*time.Second {
			t.Fatalf("Read took %v on a %d-byte file", el, len(d))
		}
	}
}
