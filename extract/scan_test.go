package extract

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/extract/doc"
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

// TestScanStoppedFromOutsideIsInterrupted: a shutdown while the pages are
// being recognised leaves the file unread, with an error that says so and
// is no fault of the file, never a warning that its pages may be damaged.
func TestScanStoppedFromOutsideIsInterrupted(t *testing.T) {
	opts := DefaultOptions
	opts.OCR = ocr.New(1)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(300 * time.Millisecond) // while Tesseract reads the first page
		cancel()
	}()
	res, err := File(ctx, scanned(t), opts)
	if err == nil {
		t.Fatalf("no error after the context was cancelled; warnings %q", res.Warnings)
	}
	if baocao.ErrorCode(err) != baocao.EINTERNAL || res.Error != msgInterrupted {
		t.Errorf("error %q (code %s), want %q", res.Error, baocao.ErrorCode(err), msgInterrupted)
	}
	if w := strings.Join(res.Warnings, "\n"); strings.Contains(w, "hỏng") {
		t.Errorf("warnings %q call the pages damaged", res.Warnings)
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

func TestWithoutLayerDropsWhatTheStampSaysAgain(t *testing.T) {
	line := func(page int, y, x0, x1, size float64, text string) doc.Line {
		return doc.Line{Page: page, Y: y, Spans: []doc.Span{{X0: x0, X1: x1, Size: size, Text: text}}}
	}
	stamp := []doc.Line{
		line(1, 14, 350, 560, 6, "SAO Y BẢN CHÍNH - Ký bởi: Văn phòng Huyện ủy"),
		line(1, 23, 350, 540, 6, "Thời gian ký: 20.05.2021 09:12:45 +07:00"),
	}
	ocred := []doc.Line{
		line(1, 15, 352, 555, 6, "SAO Y BAN CHINH - Ky boi: Van phong Huyen uy"),
		line(1, 23.5, 352, 530, 6, "Thoi gian ky: 20.05.2021 09:12:45 +07:00"),
		line(1, 40, 60, 250, 11, "ĐẢNG BỘ XÃ PHÚ XUYÊN"),
		line(1, 40, 330, 520, 11, "ĐẢNG CỘNG SẢN VIỆT NAM"),
		line(2, 15, 352, 555, 11, "Kết quả thực hiện"),
	}
	got := withoutLayer(ocred, stamp)
	var texts []string
	for _, l := range got {
		texts = append(texts, l.Text())
	}
	want := []string{"ĐẢNG BỘ XÃ PHÚ XUYÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Kết quả thực hiện"}
	if !slices.Equal(texts, want) {
		t.Errorf("kept %q, want %q", texts, want)
	}
}

func TestESignedScanIsReadWithItsStamp(t *testing.T) {
	paths, _ := filepath.Glob("../samples/scan/esigned-*.pdf")
	if len(paths) == 0 {
		t.Skip("no e-signed sample in ../samples/scan")
	}
	res, err := File(context.Background(), paths[0], DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if !res.OCR || len(res.Records) != 1 {
		t.Fatalf("ocr %v with %d records, want page 1 recognised into one record", res.OCR, len(res.Records))
	}
	if !strings.Contains(res.Text, "Thời gian ký: 20.05.2021") || !strings.Contains(res.Text, "BÁO CÁO") {
		t.Errorf("text lacks the stamp or the recognised title:\n%s", res.Text)
	}
	if n := strings.Count(res.Text, "Thời gian ký"); n != 1 {
		t.Errorf("the stamp's time is in the text %d times, want once", n)
	}
}
