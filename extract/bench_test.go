package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"baocao/bench/mix"
)

const benchSamples = "../samples"

// benchFiles reads files for a benchmark, in memory so that the disk is not
// measured.
func benchFiles(b *testing.B, paths []string) [][]byte {
	b.Helper()
	if len(paths) == 0 {
		b.Fatal("no samples")
	}
	files := make([][]byte, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files[i] = data
	}
	return files
}

// benchExtract extracts the files in turn, GOMAXPROCS at once, and reports
// files/s and MB/s. A file that gives no record fails the benchmark: a
// reader that stopped early would otherwise look fast.
func benchExtract(b *testing.B, files [][]byte, distinct int) {
	var next, bytesRead atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			data := files[int(next.Add(1)-1)%len(files)]
			res, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), "bench", DefaultOptions)
			if err != nil {
				b.Error(err)
				return
			}
			if len(res.Records) == 0 {
				b.Errorf("a file gave no record (%d bytes)", len(data))
				return
			}
			bytesRead.Add(int64(len(data)))
		}
	})
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/s, "files/s")
	b.ReportMetric(float64(bytesRead.Load())/s/1e6, "MB/s")
	b.ReportMetric(float64(distinct), "samples")
}

// BenchmarkExtract measures extraction per kind of report over the samples
// that bench/mix uses for that kind, then over the text-layer mix in its
// shares (the kind the 200 files/s target is about), then the one large
// file of a corpus, a province's roll-up of 2,000 rows. -cpu 1,2 gives one
// core and all; `make bench` runs it and BENCHMARKS.md records the figures.
func BenchmarkExtract(b *testing.B) {
	for _, k := range mix.Kinds {
		if !k.Text {
			continue // OCR: see extract/ocr BenchmarkPage
		}
		b.Run(k.Name, func(b *testing.B) {
			paths, err := k.Samples(benchSamples)
			if err != nil {
				b.Fatal(err)
			}
			benchExtract(b, benchFiles(b, paths), len(paths))
		})
	}
	b.Run("text-mix", func(b *testing.B) {
		plan, err := mix.Plan(benchSamples, 98, func(k mix.Kind) bool { return k.Text })
		if err != nil {
			b.Fatal(err)
		}
		var paths []string
		distinct := map[string]bool{}
		for _, e := range plan {
			paths = append(paths, e.Sample)
			distinct[e.Sample] = true
		}
		// Spread the kinds through the list, so that any run of b.N files
		// keeps the shares.
		spread := make([]string, 0, len(paths))
		for i := range 7 {
			for j := i; j < len(paths); j += 7 {
				spread = append(spread, paths[j])
			}
		}
		benchExtract(b, benchFiles(b, spread), len(distinct))
	})
	b.Run("province-rollup", func(b *testing.B) {
		benchExtract(b, benchFiles(b, []string{filepath.Join(benchSamples, mix.ProvinceRollup)}), 1)
	})
}
