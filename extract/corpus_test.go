package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/internal/await"
)

// corpusDir holds real-world files made by others, beside the repository.
const corpusDir = "../../shared/corpus"

// TestCorpus runs the whole extraction over every real-world file in place:
// each must be read, or refused with a clear error, never panic or hang.
// None is a conference report, so none gives a record.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("no corpus at %s (a clone without ../shared): skipping the real-world files", corpusDir)
	}
	// The files that must be refused, with the error code. pdftotext opens
	// every PDF but the one that needs a password; LibreOffice Calc
	// (soffice --convert-to csv) opens every workbook but panic_test.xlsx,
	// whose sheet XML is malformed: that one may be read or refused.
	refused := map[string]string{
		"005-libreoffice-writer-password_libreoffice-writer-password.pdf": baocao.EENCRYPTED,
	}
	mayRefuse := map[string]bool{"panic_test.xlsx": true}
	// vn-office: real office documents of state and party bodies, none a
	// conference report. The web pages saved under a workbook's or a PDF's
	// name are refused for what they are; Word 97-2003 files are read.
	for _, name := range []string{"qlvb-danh-sach.xls", "qlvb-export-report.pdf"} {
		refused[name] = baocao.EFORMAT
	}
	for _, dir := range []string{"pdf-wild", "xlsx-wild", "vn-office"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, dir, "*.*"))
		for _, path := range files {
			ext := filepath.Ext(path)
			if ext != ".pdf" && ext != ".xlsx" && dir != "vn-office" || ext == ".tsv" {
				continue
			}
			name := filepath.Base(path)
			t.Run(dir+"/"+name, func(t *testing.T) {
				// The scans' OCR takes a core each.
				t.Parallel()
				ctx, cancel := context.WithTimeout(context.Background(), await.Stall) // stuck, not slow
				defer cancel()
				res, err := File(ctx, path, DefaultOptions)
				code, want := baocao.ErrorCode(err), refused[name]
				if code != want && !(mayRefuse[name] && code == baocao.EUNREADABLE) {
					t.Fatalf("error = %v (code %q), want code %q", err, code, want)
				}
				if err != nil && res.Error == "" {
					t.Errorf("the error has no message for the clerk")
				}
				if len(res.Records) != 0 {
					t.Errorf("got %d records from a file that is not a report", len(res.Records))
				}
				if err == nil && len(res.Warnings) == 0 {
					t.Errorf("no warning that the file is not a report")
				}
				if err == nil && (res.Document == nil || res.Document.Records != 0) {
					t.Errorf("document = %+v, want one that holds no record", res.Document)
				}
				if ext == ".doc" && (err != nil || res.Format != FormatDOC || strings.TrimSpace(res.Text) == "") {
					t.Errorf("a Word 97-2003 file was not read: format %q, error %v, text %q", res.Format, err, res.Text)
				}
			})
		}
	}
}
