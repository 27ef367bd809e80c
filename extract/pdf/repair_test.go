package pdf

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDigitsAndSpacesKeepsEverySubsectionHeader checks that the quick test
// xrefSane makes before its regexp passes every line the regexp matches: the
// hand cases, and every line of every sample PDF.
func TestDigitsAndSpacesKeepsEverySubsectionHeader(t *testing.T) {
	lines := [][]byte{
		[]byte("0 12"), []byte("  3 1 "), []byte("\t0 6\f"), []byte("99999999999999999999 1"),
		[]byte("0 12 obj"), []byte("12"), []byte(""), []byte("0000000015 00000 n"), []byte("/Size 12"),
	}
	paths, _ := filepath.Glob("../../samples/*/*.pdf")
	if len(paths) == 0 {
		t.Fatal("no sample PDFs")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 64<<10), 64<<10)
		sc.Split(splitLinesBounded)
		for sc.Scan() {
			lines = append(lines, bytes.Clone(sc.Bytes()))
		}
	}
	headers := 0
	for _, l := range lines {
		if subsecRe.Match(l) {
			headers++
			if !digitsAndSpaces(l) {
				t.Errorf("%q is a subsection header the quick test rejects", l)
			}
		}
	}
	if headers < len(paths)/2 {
		t.Errorf("%d subsection headers in %d files: most samples have a cross-reference table", headers, len(paths))
	}
}
