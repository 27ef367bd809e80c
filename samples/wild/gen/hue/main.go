// Command hue writes a family of report files (north-central and highland
// provinces) with the truth each file states, into samples/wild/hue.
package main

import (
	"os"
	"path/filepath"
	"strings"
)

func main() {
	outDir = filepath.Join("samples", "wild", "hue")
	check(os.RemoveAll(outDir))
	check(os.MkdirAll(outDir, 0o755))
	for _, f := range []func(){n1, n2, n3, n4, n5, n6, d1, d2, d3, d4, nr1, f1, f2, f3, f4, r1, r2, r3, r4, r5, r6, r7, r8, r9} {
		f()
	}
	head := "# hue: report files from the north-central and highland provinces\n\nMade by `go run ./samples/wild/gen/hue`. Each file has a `.json` truth beside it.\n\n"
	check(os.WriteFile(filepath.Join(outDir, "README.md"), []byte(head+strings.Join(readme, "\n")+"\n"), 0o644))
}
