package main

import (
	"strings"
	"testing"
)

func TestParseBenchReadsEveryMetricAndDropsTheCPUSuffix(t *testing.T) {
	out := `goos: linux
pkg: baocao/extract
BenchmarkExtract/pdf           	     189	   6120375 ns/op	   9.04 MB/s	       163.4 files/s	        37.00 samples	 3822102 B/op	   26427 allocs/op
BenchmarkExtract/xlsx-rollup-2 	     267	   4606469 ns/op	   1.90 MB/s	       217.1 files/s
BenchmarkSearch100k-2   	      50	  20000000 ns/op	  3126 records/s	  16.20 p50-ms	  77.20 p99-ms
--- BENCH: BenchmarkExtract/pdf-2
PASS
`
	res, err := parseBench(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 {
		t.Fatalf("%d results, want 3: %+v", len(res), res)
	}
	tests := []struct {
		name, unit string
		want       float64
	}{
		{"BenchmarkExtract/pdf", "files/s", 163.4},
		{"BenchmarkExtract/pdf", "allocs/op", 26427},
		{"BenchmarkExtract/xlsx-rollup", "MB/s", 1.90},
		{"BenchmarkSearch100k", "p99-ms", 77.2},
	}
	for _, tt := range tests {
		r, err := find(res, tt.name)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := r.metrics[tt.unit]; got != tt.want {
			t.Errorf("%s %s = %v, want %v", tt.name, tt.unit, got, tt.want)
		}
	}
}

func TestIngestSummaryIsFound(t *testing.T) {
	s := ingestSummary.FindStringSubmatch("Đã lập chỉ mục 9800 tệp (42680 bản ghi), 0 tệp không đổi, 0 tệp lỗi.\n")
	if s == nil || s[1] != "9800" || s[2] != "42680" || s[4] != "0" {
		t.Fatalf("got %q", s)
	}
}
