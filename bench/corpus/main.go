// Command corpus writes a benchmark corpus of report files: the samples in
// the mix of bench/mix, each copy made unique in bytes.
//
//	go run ./bench/corpus -n 10000 -out /var/tmp/baocao-bench/corpus-10000
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"baocao/bench/mix"
)

func main() {
	n := flag.Int("n", 1000, "number of files")
	out := flag.String("out", "/var/tmp/baocao-bench/corpus-1000", "folder to write (replaced)")
	samples := flag.String("samples", "samples", "the samples folder")
	flag.Parse()
	m, err := mix.Write(*samples, *out, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	var names []string
	for k := range m.Kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		d := m.Kinds[k]
		fmt.Printf("%-12s %6d files %8.1f MB  %s\n", k, d.Files, float64(d.Bytes)/1e6, d.Path)
	}
}
