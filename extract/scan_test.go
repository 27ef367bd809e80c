package extract

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/extract/ocr"
)

func scanned(t *testing.T) string {
	t.Helper()
	paths, _ := filepath.Glob("../samples/scan/scan-0*.pdf")
	if len(paths) == 0 {
		t.Fatal("no scanned samples in ../samples/scan")
	}
	return paths[0]
}

func TestScanWithoutTesseractSaysSo(t *testing.T) {
	opts := DefaultOptions
	opts.OCR = ocr.New(1)
	opts.OCR.Tesseract = "/nonexistent/tesseract"
	res, err := File(context.Background(), scanned(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.OCR || len(res.Records) != 0 {
		t.Errorf("ocr %v with %d records, want nothing read", res.OCR, len(res.Records))
	}
	if w := strings.Join(res.Warnings, "\n"); !strings.Contains(w, "Trang 1, 2 là bản quét") || !strings.Contains(w, "tesseract-ocr-vie") {
		t.Errorf("warnings %q do not say which pages are scans and what to install", res.Warnings)
	}
}

func TestScanOutOfTimeSaysSo(t *testing.T) {
	opts := DefaultOptions
	opts.OCR = ocr.New(1)
	opts.OCR.PageTimeout = time.Millisecond
	res, err := File(context.Background(), scanned(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(res.Warnings, "\n"); !strings.Contains(w, "quá lâu") {
		t.Errorf("warnings %q do not say recognition took too long", res.Warnings)
	}
}
