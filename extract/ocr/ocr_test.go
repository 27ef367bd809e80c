package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"baocao/extract/doc"
)

// page makes a white image with dark horizontal bars where text lines would
// be, 60 px apart, each 20 px high and broken into words.
func page(w, h int) *gray {
	g := &gray{w: w, h: h, pix: bytes.Repeat([]byte{255}, w*h)}
	for top := 100; top+20 < h-100; top += 60 {
		for y := top; y < top+20; y++ {
			for x := 100; x < w-100; x++ {
				if (x/40)%4 != 3 { // gaps between words
					g.pix[y*w+x] = 20
				}
			}
		}
	}
	return g
}

func TestDeskewFindsAndUndoesTheSkew(t *testing.T) {
	for _, skew := range []float64{2, -1.5, 4, 0.1} {
		t.Run(fmt.Sprint(skew), func(t *testing.T) {
			g := page(1200, 1600)
			straight := profileScore(darkDots(g), 0)
			rotate(g, -skew) // lines now fall at skew degrees
			got := deskew(g)
			want := skew
			if math.Abs(skew) < minSkew {
				want = 0
			}
			if math.Abs(got-want) > 0.15 {
				t.Fatalf("deskew found %.2f°, want %.2f°", got, want)
			}
			// Straightened, the page's line profile is as sharp as before.
			if after := profileScore(darkDots(g), 0); after < 0.8*straight {
				t.Errorf("profile after deskew %.0f, straight page %.0f", after, straight)
			}
		})
	}
}

func TestDeskewLeavesABlankPageAlone(t *testing.T) {
	g := &gray{w: 300, h: 400, pix: bytes.Repeat([]byte{255}, 300*400)}
	if got := deskew(g); got != 0 {
		t.Fatalf("deskew of a blank page = %v", got)
	}
}

func TestDespeckleRemovesSpecksAndKeepsStrokes(t *testing.T) {
	g := &gray{w: 50, h: 50, pix: bytes.Repeat([]byte{255}, 2500)}
	g.pix[10*50+10] = 0 // a speck
	for y := 20; y < 40; y++ {
		for x := 30; x < 33; x++ { // a stroke three pixels wide
			g.pix[y*50+x] = 0
		}
	}
	despeckle(g)
	if g.pix[10*50+10] != 255 {
		t.Error("the speck is still there")
	}
	for y := 21; y < 39; y++ {
		if g.pix[y*50+31] != 0 {
			t.Fatalf("the stroke lost its middle at row %d", y)
		}
	}
}

func TestParsePNM(t *testing.T) {
	grey := append([]byte("P5\n# made by hand\n2 2\n255\n"), 0, 50, 100, 255)
	g, err := parsePNM(grey)
	if err != nil || g.w != 2 || g.h != 2 || !bytes.Equal(g.pix, []byte{0, 50, 100, 255}) {
		t.Fatalf("P5: %+v, %v", g, err)
	}
	// Black text stays, the seal's red ink becomes paper, grey stays grey.
	colour := append([]byte("P6\n3 1\n255\n"), 10, 10, 10, 200, 40, 50, 128, 128, 128)
	g, err = parsePNM(colour)
	if err != nil || !bytes.Equal(g.pix, []byte{10, 255, 128}) {
		t.Fatalf("P6: %+v, %v", g, err)
	}
	for _, bad := range []string{"", "P5", "P5\n2 2\n255\n\x00", "P5\n2 2\n65535\n\x00\x00\x00\x00", "P5\n-2 2\n255\n", "P7\n1 1\n255\n\x00", "P5\n99999999999 1\n255\n", "P6\n1 1\n255\n\x00\x00"} {
		if _, err := parsePNM([]byte(bad)); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestResolutionBoundsHugePages(t *testing.T) {
	if got := resolution(300, DefaultMaxPixels, 595, 842); got != 300 {
		t.Errorf("A4 at %d dpi, want 300", got)
	}
	got := resolution(300, DefaultMaxPixels, 14400, 14400) // a 5 m square page
	if px := (14400.0 / 72 * float64(got)) * (14400.0 / 72 * float64(got)); got < 50 || got > 300 || px > DefaultMaxPixels && got > 50 {
		t.Errorf("huge page at %d dpi (%.0f pixels)", got, px)
	}
}

// hocr is what Tesseract writes, cut down: a letterhead whose two halves
// Tesseract put in two blocks, a table row with borders, specks.
const hocr = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' id='page_1' title='image "-"; bbox 0 0 2480 3508; ppageno 0'>
<div class='ocr_carea' id='block_1_1'><p class='ocr_par'>
<span class='ocr_line' id='line_1_1' title="bbox 300 200 900 250; baseline 0 -10; x_size 46; x_descenders 8; x_ascenders 12">
<span class='ocrx_word' id='word_1_1' title='bbox 300 200 500 250; x_wconf 95'>ĐẢNG</span>
<span class='ocrx_word' id='word_1_2' title='bbox 520 200 600 250; x_wconf 93'>BỘ</span>
<span class='ocrx_word' id='word_1_3' title='bbox 620 205 640 250; x_wconf 20'>—</span>
</span></p></div>
<div class='ocr_carea' id='block_1_2'><p class='ocr_par'>
<span class='ocr_line' id='line_1_2' title="bbox 1400 202 2000 252; baseline 0 -12; x_size 46">
<span class='ocrx_word' id='word_1_4' title='bbox 1400 202 1600 252; x_wconf 96'><strong>Hà</strong></span>
<span class='ocrx_word' id='word_1_5' title='bbox 1620 202 2000 252; x_wconf 96'>Nội,&amp;</span>
</span></p></div>
<div class='ocr_carea' id='block_1_3'><p class='ocr_par'>
<span class='ocr_line' id='line_1_3' title="bbox 300 400 2000 450; baseline 0 -10; x_size 45">
<span class='ocrx_word' id='word_1_6' title='bbox 300 400 330 450; x_wconf 90'>1</span>
<span class='ocrx_word' id='word_1_7' title='bbox 345 400 360 450; x_wconf 60'>|</span>
<span class='ocrx_word' id='word_1_8' title='bbox 380 400 500 450; x_wconf 90'>Chỉ</span>
<span class='ocrx_word' id='word_1_9' title='bbox 520 400 600 450; x_wconf 90'>bộ</span>
<span class='ocrx_word' id='word_1_10' title='bbox 620 400 700 450; x_wconf 90'>họp_</span>
<span class='ocrx_word' id='word_1_11' title='bbox 720 400 800 450; x_wconf 90'>bàn</span>
</span></p></div>
</div></body></html>`

func TestHOCRBecomesLinesLikeATextLayer(t *testing.T) {
	tls, err := parseHOCR([]byte(hocr))
	if err != nil {
		t.Fatal(err)
	}
	if len(tls) != 3 {
		t.Fatalf("%d lines, want 3", len(tls))
	}
	// A vertical border drawn between "họp" and "bàn" at x=710.
	img := &gray{w: 2480, h: 3508, pix: bytes.Repeat([]byte{255}, 2480*3508)}
	for y := 380; y < 470; y++ {
		img.pix[y*2480+710] = 0
	}
	ls := lines(1, tls, img, 72.0/300)
	var got []string
	for _, l := range ls {
		var spans []string
		for _, s := range l.Spans {
			spans = append(spans, s.Text)
		}
		got = append(got, strings.Join(spans, " | "))
	}
	want := []string{"ĐẢNG BỘ | Hà Nội,&", "1 | Chi bộ họp | bàn"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if y := ls[0].Y; math.Abs(y-240*72.0/300) > 0.01 {
		t.Errorf("first baseline at %.2f pt, want %.2f", y, 240*72.0/300)
	}
	if s := ls[0].Spans[0]; math.Abs(s.X0-72) > 0.01 || s.Size < 10 || s.Size > 14 {
		t.Errorf("first span %+v: want X0 72 pt and about 12 pt text", s)
	}
}

func TestParseHOCRSurvivesGarbage(t *testing.T) {
	for _, in := range []string{"", "<", "<html><span class='ocr_line' title='bbox a b c d'><span class='ocrx_word' title='bbox 1 1 0 0'>x</span>", strings.Repeat("<span class='ocrx_word'>", 1000)} {
		tls, _ := parseHOCR([]byte(in))
		_ = lines(1, tls, nil, 1)
	}
}

func TestCorrectPutsMarksOfKnownPhrasesRight(t *testing.T) {
	for in, want := range map[string]string{
		"Chỉ bộ tổ dân phố":            "Chi bộ tổ dân phố",
		"T/M ĐẲNG ỦY":                  "T/M ĐẢNG ỦY",
		"PHO Bì THƯ":                   "PHÓ BÍ THƯ",
		"(Đảng uỷ xã)":                 "(Đảng uỷ xã)", // a known spelling stays
		"đồng chí Lê Văn Khánh":        "đồng chí Lê Văn Khánh",
		"Thường vụ cấp ủy cấp trên,":   "Thường vụ cấp ủy cấp trên,",
		"số đảng viên thâm dự: 20/21.": "số đảng viên tham dự: 20/21.",
		"đang bàn":                     "đang bàn",
	} {
		if got := correct(in); got != want {
			t.Errorf("correct(%q) = %q, want %q", in, got, want)
		}
	}
}

// scanSample is a scanned report from samples/, made by samples/gen.
func scanSample(t *testing.T) string {
	t.Helper()
	paths, _ := filepath.Glob("../../samples/scan/scan-01-*.pdf")
	if len(paths) == 0 {
		t.Fatal("no scanned sample in samples/scan (make samples)")
	}
	return paths[0]
}

func TestPagesReadsAScanWithTesseract(t *testing.T) {
	e := New(2)
	if err := e.Check(); err != nil {
		t.Fatalf("%v (scripts/install-test-deps.sh installs it)", err)
	}
	path := scanSample(t)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := e.Pages(context.Background(), bytes.NewReader(b), int64(len(b)), []doc.Scan{{Page: 1, Width: 595, Height: 842}, {Page: 2, Width: 595, Height: 842}})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || pages[0].Page != 1 || pages[1].Page != 2 {
		t.Fatalf("pages %+v", pages)
	}
	var text strings.Builder
	for _, p := range pages {
		if p.Err != nil {
			t.Fatalf("page %d: %v", p.Page, p.Err)
		}
		for _, l := range p.Lines {
			text.WriteString(l.Text() + "\n")
		}
	}
	for _, want := range []string{"CHI BỘ TRƯỜNG THCS HÙNG SƠN", "Số 27-BC/CB", "BÁO CÁO", "Tổng số đảng viên"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("recognised text lacks %q:\n%s", want, text.String())
		}
	}
}

func TestPagesOutOfTimeSaySo(t *testing.T) {
	e := New(1)
	e.PageTimeout = time.Millisecond
	b, err := os.ReadFile(scanSample(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := e.Pages(context.Background(), bytes.NewReader(b), int64(len(b)), []doc.Scan{{Page: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(pages[0].Err, context.DeadlineExceeded) {
		t.Fatalf("page error %v, want a deadline", pages[0].Err)
	}
}

func TestMissingTesseractIsUnavailable(t *testing.T) {
	e := New(1)
	e.Tesseract = "/nonexistent/tesseract"
	_, err := e.Pages(context.Background(), bytes.NewReader(nil), 0, []doc.Scan{{Page: 1}})
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("err %v, want ErrUnavailable", err)
	}
	e = New(1)
	e.Lang = "xyz"
	if err := e.Check(); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "tesseract-ocr-xyz") {
		t.Fatalf("err %v, want ErrUnavailable naming the model's package", err)
	}
}

func TestPagesKeepsWithinTheLimit(t *testing.T) {
	e := New(1)
	e.MaxPages = 1
	b, err := os.ReadFile(scanSample(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := e.Pages(context.Background(), bytes.NewReader(b), int64(len(b)), []doc.Scan{{Page: 1}, {Page: 2}})
	if err != nil || len(pages) != 1 {
		t.Fatalf("%d pages, %v; want 1", len(pages), err)
	}
}

// TestIllegible: a page with ink but few words read with confidence is
// writing recognition could not read; a blank page, or one read well, is not.
func TestIllegible(t *testing.T) {
	blank := &gray{w: 100, h: 100, pix: bytes.Repeat([]byte{255}, 100*100)}
	inked := &gray{w: 100, h: 100, pix: bytes.Repeat([]byte{255}, 100*100)}
	for i := 0; i < 100*100; i += 20 {
		inked.pix[i] = 0 // 5% ink
	}
	words := func(n int, conf float64) []tline {
		var l tline
		for range n {
			l.words = append(l.words, word{conf: conf, text: "chữ"})
		}
		return []tline{l}
	}
	for _, tc := range []struct {
		name string
		tls  []tline
		img  *gray
		want bool
	}{
		{"a blank page", nil, blank, false},
		{"a page read well", words(200, 90), inked, false},
		{"ink, nothing read", nil, inked, true},
		{"ink, words read unsurely", words(60, 30), inked, true},
		{"ink, a few words read", words(5, 95), inked, true},
	} {
		if got := illegible(tc.tls, tc.img); got != tc.want {
			t.Errorf("%s: illegible = %v, want %v", tc.name, got, tc.want)
		}
	}
	// A typed scan is read, not illegible.
	b, err := os.ReadFile(scanSample(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := New(1).Pages(context.Background(), bytes.NewReader(b), int64(len(b)), []doc.Scan{{Page: 1, Width: 595, Height: 842}})
	if err != nil || pages[0].Err != nil {
		t.Fatal(err, pages[0].Err)
	}
	if pages[0].Illegible {
		t.Errorf("a typed scan's page 1 is called illegible")
	}
}

// BenchmarkPage is the time to read one scanned A4 page: render at 300 dpi,
// despeckle, deskew, recognise. Run with -cpu 1; BENCHMARKS.md records it.
func BenchmarkPage(b *testing.B) {
	paths, _ := filepath.Glob("../../samples/scan/scan-0*.pdf")
	if len(paths) == 0 {
		b.Fatal("no scanned samples")
	}
	e := New(1)
	if err := e.Check(); err != nil {
		b.Fatal(err)
	}
	var files [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	b.ResetTimer()
	for i := range b.N {
		data := files[i%len(files)]
		pages, err := e.Pages(context.Background(), bytes.NewReader(data), int64(len(data)), []doc.Scan{{Page: 1, Width: 595, Height: 842}})
		if err != nil || pages[0].Err != nil {
			b.Fatal(err, pages[0].Err)
		}
	}
}

// BenchmarkLongScan is a long scanned file: 52 pages (the sample scans'
// pages over and over, joined by qpdf) recognised with as many pages at once
// as GOMAXPROCS, as `--workers` gives them. It reports pages/s; BENCHMARKS.md
// records it.
func BenchmarkLongScan(b *testing.B) {
	paths, _ := filepath.Glob("../../samples/scan/scan-0*.pdf")
	if len(paths) == 0 {
		b.Fatal("no scanned samples")
	}
	args := []string{"--empty", "--pages"}
	for i, n := 0, 0; n < 52; i++ {
		p := paths[i%len(paths)]
		out, err := exec.Command("qpdf", "--show-npages", p).Output()
		if err != nil {
			b.Fatalf("qpdf --show-npages %s: %v", p, err)
		}
		k, _ := strconv.Atoi(strings.TrimSpace(string(out)))
		k = min(k, 52-n)
		args = append(args, p, fmt.Sprintf("1-%d", k))
		n += k
	}
	long := filepath.Join(b.TempDir(), "long.pdf")
	if out, err := exec.Command("qpdf", append(args, "--", long)...).CombinedOutput(); err != nil {
		b.Fatalf("qpdf: %v: %s", err, out)
	}
	data, err := os.ReadFile(long)
	if err != nil {
		b.Fatal(err)
	}
	var scans []doc.Scan
	for p := 1; p <= 52; p++ {
		scans = append(scans, doc.Scan{Page: p, Width: 595, Height: 842})
	}
	e := New(runtime.GOMAXPROCS(0))
	e.MaxPages = len(scans)
	if err := e.Check(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		pages, err := e.Pages(context.Background(), bytes.NewReader(data), int64(len(data)), scans)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range pages {
			if p.Err != nil {
				b.Fatalf("page %d: %v", p.Page, p.Err)
			}
		}
	}
	b.ReportMetric(float64(len(scans)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPreprocess is our own part of a page's time: despeckle and
// deskew of a 300 dpi A4 page.
func BenchmarkPreprocess(b *testing.B) {
	src := page(2480, 3508)
	rotate(src, -1.5)
	for b.Loop() {
		g := &gray{w: src.w, h: src.h, pix: append([]byte(nil), src.pix...)}
		despeckle(g)
		deskew(g)
	}
}
