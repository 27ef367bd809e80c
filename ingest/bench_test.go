package ingest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"baocao/ingest"
)

// mixed returns the sample reports (narrative PDFs, forms, roll-ups) to drop.
func mixed(b *testing.B) [][]byte {
	b.Helper()
	var out [][]byte
	for _, pat := range []string{"pdf/*.pdf", "xlsx/form-*.xlsx", "xlsx/rollup-0[1-8]*.xlsx"} {
		paths, _ := filepath.Glob(filepath.Join("..", "samples", pat))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, data)
		}
	}
	return out
}

// distinct makes the i-th copy of a file unique: a PDF comment after the
// end, or bytes after a zip's end, which readers ignore.
func distinct(data []byte, i int) []byte {
	return append(append([]byte{}, data...), fmt.Sprintf("\n%%%d\n", i)...)
}

func peakRSS() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Maxrss) / 1024 // KiB on Linux
}

// BenchmarkIntake runs the intake over a real folder with a real Bleve index
// and the real extractor: the latency from a dropped file's last write to its
// records being searchable (less the stability delay), the throughput of a
// burst of 1,000 mixed files, and the process's peak resident memory.
func BenchmarkIntake(b *testing.B) {
	files := mixed(b)
	const delay = 500 * time.Millisecond
	for range b.N {
		h := start(b, func(in *ingest.Intake) { in.Delay = delay })
		// Latency: one file at a time.
		var lat []time.Duration
		for i := 0; i < 40; i++ {
			written := time.Now()
			h.put(fmt.Sprintf("one/%03d.bin", i), distinct(files[i%len(files)], i), time.Time{})
			h.await(1)
			lat = append(lat, time.Since(written)-delay)
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(lat[len(lat)/2].Seconds(), "p50-s")
		b.ReportMetric(lat[len(lat)*95/100].Seconds(), "p95-s")
		// Throughput: a burst of 1,000 mixed files.
		const n = 1000
		startBurst := time.Now()
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				h.put(fmt.Sprintf("burst/%04d.bin", i), distinct(files[i%len(files)], 1000+i), time.Time{})
			}
		}()
		out := h.await(n)
		wg.Wait()
		failed := 0
		for _, e := range out {
			if e.State != ingest.Indexed {
				failed++
			}
		}
		b.ReportMetric(float64(n)/time.Since(startBurst).Seconds(), "files/s")
		b.ReportMetric(float64(failed), "failed")
		b.ReportMetric(peakRSS(), "peak-RSS-MB")
	}
}
