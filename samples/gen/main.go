// Command gen makes the sample reports in samples/: narrative PDF reports (fpdf
// and LibreOffice), Excel forms and roll-up tables, and files that cannot be
// read, each with the expected JSON beside it. Each document is built from a
// truth record, so the JSON is the truth, never an extractor's output.
//
// Run it from the module root: go run ./samples/gen
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// groups are the parts of the generator, in the order they run.
var groups = []string{"pdf", "forms", "rollups", "bad", "docx", "scans", "xls", "protected", "legacy"}

func main() {
	log.SetFlags(0)
	out := flag.String("out", "samples", "directory to write the samples into")
	only := flag.String("only", "", "comma-separated groups to make ("+strings.Join(groups, ",")+"); default all (the README needs all)")
	flag.Parse()
	if err := run(*out, *only); err != nil {
		log.Fatalf("gen: %v", err)
	}
}

func run(out, only string) error {
	if _, err := os.Stat(filepath.Join(out, "gen")); err != nil {
		return fmt.Errorf("run from the module root (go run ./samples/gen): %w", err)
	}
	want := groups
	if only != "" {
		want = strings.Split(only, ",")
		for _, g := range want {
			if !slices.Contains(groups, g) {
				return fmt.Errorf("unknown group %q, want one of %s", g, strings.Join(groups, ","))
			}
		}
	}
	for _, tool := range []string{"qpdf", "soffice"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is needed (apt-get install qpdf libreoffice-writer): %w", tool, err)
		}
	}
	if err := checkFonts(); err != nil {
		return err
	}
	var all []sample
	for _, g := range want {
		var ss []sample
		var err error
		switch g {
		case "pdf":
			ss, err = makePDFs(out)
		case "forms":
			ss, err = makeForms(out)
		case "rollups":
			ss, err = makeRollups(out)
		case "bad":
			ss, err = makeBad(out)
		case "docx":
			ss, err = makeDocx(out)
		case "xls":
			ss, err = makeXLS(out)
		case "protected":
			ss, err = makeProtected(out)
		case "scans":
			ss, err = makeScansLayersAndStamp(out)
		case "legacy":
			ss, err = makeLegacy(out)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", g, err)
		}
		// A group's truth is written before the next group runs: the
		// protected group encrypts the pdf group's files with their truth.
		for _, s := range ss {
			if err := writeTruth(out, s); err != nil {
				return err
			}
		}
		all = append(all, ss...)
	}
	if only == "" {
		if err := writeReadme(out, all); err != nil {
			return err
		}
	}
	log.Printf("gen: wrote %d samples into %s", len(all), out)
	return nil
}

// cleanFiles removes the files of one generator (by name prefix) from dir,
// so that groups can be made again one at a time.
func cleanFiles(dir, prefix string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, prefix+"*"))
	if err != nil {
		return err
	}
	for _, p := range old {
		if err := os.Remove(p); err != nil {
			return err
		}
	}
	return nil
}

// cleanDir empties a generated directory before it is made again.
func cleanDir(dir string) error {
	if err := os.RemoveAll(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return os.MkdirAll(dir, 0o755)
}
