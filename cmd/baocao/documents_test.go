package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"baocao"
	"baocao/extract"
	"baocao/vntext"
)

// vnOffice holds real documents of Vietnamese state and party bodies, beside
// the repository; none is a conference report.
const vnOffice = "../../../shared/corpus/vn-office"

// TestEveryOfficeDocumentIsFoundByItsOwnWords ingests the real office
// documents, typed and scanned, and finds each readable one, as a document
// with no record, by a run of words from the middle of its own text (as the
// index holds it: a scan's is its OCR) typed without diacritics.
func TestEveryOfficeDocumentIsFoundByItsOwnWords(t *testing.T) {
	tsv, err := os.Open(filepath.Join(vnOffice, "files.tsv"))
	if err != nil {
		t.Skipf("no corpus at %s (a clone without ../shared): skipping the real office documents", vnOffice)
	}
	defer tsv.Close()
	var paths []string
	sc := bufio.NewScanner(tsv)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 || cols[0] == "file" {
			continue
		}
		paths = append(paths, filepath.Join(vnOffice, cols[0])) // read in place
	}
	data := t.TempDir()
	runCLI(t, append([]string{"ingest", "--data", data}, paths...)...) // the unreadable ones make it exit 1
	store := storeFlags{data: data}
	ix, err := store.open(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	found := 0
	for _, path := range paths {
		name := filepath.Base(path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		_, text, err := ix.Document(context.Background(), hex.EncodeToString(sum[:]))
		if errors.Is(err, baocao.ErrNotFound) {
			// Refused: a web page under a workbook's name.
			if res, err := extract.File(context.Background(), path, extract.DefaultOptions); err == nil {
				t.Errorf("%s: read (%d records) but not in the index", name, len(res.Records))
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		phrase := middleWords(text, 4)
		if phrase == "" || len(strings.Fields(text)) < 4 {
			// A sheet of numbers only, or a text of fewer than four words (a
			// bare web address is one term of the index, not the words its
			// punctuation separates).
			continue
		}
		_, out, errs := runCLI(t, "search", "--data", data, "--json", "--type", "document", "--limit", "50", `"`+phrase+`"`)
		ok := false
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var h baocao.Hit
			if json.Unmarshal([]byte(line), &h) == nil && h.File == path {
				ok = h.Type == baocao.HitDocument && h.Document != nil && h.Document.Records == 0
			}
		}
		if !ok {
			t.Errorf("%s: %q did not find it as a document with no record:\n%s%s", name, phrase, out, errs)
			continue
		}
		found++
	}
	if found < 20 {
		t.Errorf("found %d documents by their words, want every readable one (at least 20)", found)
	}
	_, out, _ := runCLI(t, "search", "--data", data, "--json", "--type", "record", "--limit", "100")
	if strings.TrimSpace(out) != "" {
		t.Errorf("office documents gave records:\n%s", out)
	}
}

// middleWords returns n words of letters in a row from the middle of text
// (with nothing but spaces and punctuation between them), folded, or "" when it has no such run.
func middleWords(text string, n int) string {
	// Words as the index splits them; a run of words of letters only.
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) })
	for i := len(words) / 2; i+n <= len(words); i++ {
		run := words[i : i+n]
		ok := true
		for _, w := range run {
			ok = ok && len([]rune(w)) >= 2 && !strings.ContainsFunc(w, unicode.IsDigit)
		}
		if ok {
			return vntext.Fold(strings.Join(run, " "))
		}
	}
	return ""
}
