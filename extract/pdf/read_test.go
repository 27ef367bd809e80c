package pdf

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao"
	"baocao/extract/doc"
	"baocao/internal/await"
)

// readBytes runs Read over data with a deadline, as callers do.
func readBytes(tb testing.TB, data []byte) (*doc.Document, error) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), await.Stall) // stuck, not slow
	defer cancel()
	return Read(ctx, bytes.NewReader(data), int64(len(data)))
}

func readFixture(tb testing.TB, path string) (*doc.Document, error) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return readBytes(tb, data)
}

// spanTexts renders a document as one string per line, spans separated by
// " | ", for comparisons that read like the page.
func spanTexts(d *doc.Document) []string {
	var out []string
	for _, l := range d.Lines {
		parts := make([]string, len(l.Spans))
		for i, s := range l.Spans {
			parts[i] = s.Text
		}
		out = append(out, strings.Join(parts, " | "))
	}
	return out
}

func TestReadFpdfLetter(t *testing.T) {
	d, err := readFixture(t, "testdata/fpdf-letter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ĐẢNG BỘ XÃ HÙNG SƠN | ĐẢNG CỘNG SẢN VIỆT NAM",
		"CHI BỘ TRƯỜNG THCS HÙNG SƠN | Hùng Sơn, ngày 25 tháng 4 năm 2021",
		"Số 15-BC/CB",
		"BÁO CÁO",
		"Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
		"Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ, chủ trì hội nghị.",
		"Đảng viên ưu tú được biểu dương; tỷ lệ dự học đạt 96,0%.",
		"STT | Nội dung | Số đảng viên",
		"1 | Tổng số đảng viên | 325",
		"2 | Có mặt | 312",
		"T/M CHI BỘ",
		"BÍ THƯ",
		"Nguyễn Văn Hùng",
	}
	got := spanTexts(d)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Format != "pdf" || d.Pages != 2 || len(d.Warnings) != 0 {
		t.Errorf("format %q, pages %d, warnings %q; want pdf, 2, none", d.Format, d.Pages, d.Warnings)
	}

	const mm = 72 / 25.4
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.5 }
	checks := []struct {
		name string
		line int
		span int
		x0   float64 // mm from the left
		y    float64 // mm from the top
		size float64
		bold bool
	}{
		{"the left letterhead starts at 20 mm in bold 12 pt", 0, 0, 20, 20, 12, true},
		{"the right letterhead starts at 115 mm on the same baseline", 0, 1, 115, 20, 12, true},
		{"the date is regular 12 pt", 1, 1, 115, 26, 12, false},
		{"the title is bold 14 pt", 3, 0, 90, 45, 14, true},
		{"the body is regular 11 pt", 4, 0, 20, 55, 11, false},
		{"the signature on page 2 keeps its place", 12, 0, 125, 60, 12, false},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			l := d.Lines[c.line]
			s := l.Spans[c.span]
			if !near(s.X0, c.x0*mm) || !near(l.Y, c.y*mm) || s.Size != c.size || s.Bold != c.bold {
				t.Errorf("span %q at x0 %.2f y %.2f size %.2f bold %v; want x0 %.2f y %.2f size %.2f bold %v",
					s.Text, s.X0, l.Y, s.Size, s.Bold, c.x0*mm, c.y*mm, c.size, c.bold)
			}
			if s.Font == "" || strings.Contains(s.Font, "+") {
				t.Errorf("font %q: want the base name without a subset prefix", s.Font)
			}
		})
	}
	if d.Lines[12].Page != 2 || d.Lines[11].Page != 1 && d.Lines[11].Page != 2 {
		t.Errorf("signature on page %d, want 2", d.Lines[12].Page)
	}
}

func TestReadLibreOfficeReport(t *testing.T) {
	d, err := readFixture(t, "testdata/lo-report.pdf")
	if err != nil {
		t.Fatal(err)
	}
	got := spanTexts(d)
	for _, want := range []string{
		"ĐẢNG BỘ XÃ HÙNG SƠN | ĐẢNG CỘNG SẢN VIỆT NAM",
		"CHI BỘ THÔN ĐÔNG | Hùng Sơn, ngày 20 tháng 4 năm 2021",
		"Số 07-BC/CB",
		"Đảng viên | 42 | 40 | 95,2%",
		"Quần chúng ưu tú | 6 | 6 | 100%",
		"Chi bộ đã ban hành Chương trình hành động số 05-CTr/CB.",
		"Trần Thị Lan",
	} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("no line %q in:\n%s", want, strings.Join(got, "\n"))
		}
	}
	if d.Lines[0].Spans[0].Font != "DejaVuSerif-Bold" || !d.Lines[0].Spans[0].Bold {
		t.Errorf("letterhead font %q bold %v, want DejaVuSerif-Bold, bold", d.Lines[0].Spans[0].Font, d.Lines[0].Spans[0].Bold)
	}
}

func TestReadCorpus(t *testing.T) {
	dir := "../../../shared/corpus/pdf-wild"
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		t.Skipf("no corpus of real-world PDFs in %s", dir)
	}
	for _, path := range files {
		name := filepath.Base(path)
		wantCode := ""
		if strings.Contains(name, "password") {
			wantCode = baocao.EENCRYPTED
		}
		t.Run(name+" reads without panic", func(t *testing.T) {
			d, err := readFixture(t, path)
			if code := errCode(err); code != wantCode {
				t.Fatalf("error %v (code %q), want code %q", err, code, wantCode)
			}
			if err != nil {
				var e *baocao.Error
				if !errors.As(err, &e) || e.Message == "" {
					t.Errorf("error %v is not a *baocao.Error with a message", err)
				}
				return
			}
			if d.Format != "pdf" || d.Pages < 1 {
				t.Errorf("format %q pages %d", d.Format, d.Pages)
			}
			if len(d.Lines) == 0 && len(d.Warnings) == 0 && len(d.Scans) == 0 {
				t.Errorf("no text, no warning and no page to recognise")
			}
			// The image-only files are what a scanner makes: every page is
			// to be recognised. Files with text keep it.
			imageOnly := strings.HasPrefix(name, "007-") || strings.HasPrefix(name, "019-") || strings.HasPrefix(name, "023-")
			if imageOnly && len(d.Scans) != d.Pages {
				t.Errorf("%d of %d pages to recognise, want all", len(d.Scans), d.Pages)
			}
			if !imageOnly && len(d.Scans) > 0 {
				t.Errorf("pages %v to recognise in a file with a text layer", d.Scans)
			}
		})
	}
}

func errCode(err error) string {
	if err == nil {
		return ""
	}
	return baocao.ErrorCode(err)
}

func TestReadDamagedFiles(t *testing.T) {
	good, err := os.ReadFile("testdata/fpdf-letter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	// The cross-reference table blanked out, the rest of the file intact.
	x0, x1 := bytes.LastIndex(good, []byte("\nxref"))+1, bytes.LastIndex(good, []byte("trailer"))
	noXref := append(append(append([]byte{}, good[:x0]...), bytes.Repeat([]byte(" "), x1-x0)...), good[x1:]...)
	tests := []struct {
		name     string
		data     []byte
		wantCode string // "" when the file must read, with its text; "any" for no panic
	}{
		{"a file with junk before the header still reads", append([]byte("garbage\r\n"), good...), ""},
		{"a header with a space after the version still reads", bytes.Replace(good, []byte("%PDF-1.3\n"), []byte("%PDF-1.3 \n"), 1), ""},
		{"a PDF 2.0 header still reads", bytes.Replace(good, []byte("%PDF-1.3"), []byte("%PDF-2.0"), 1), ""},
		{"a file whose cross-reference table is lost is rebuilt", noXref, ""},
		{"a file cut before its end is unreadable, its last part being lost", good[:len(good)*9/10], baocao.EUNREADABLE},
		{"a file with a corrupt xref offset is rebuilt", bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1), ""},
		{"trailing junk after %%EOF is tolerated", append(append([]byte{}, good...), bytes.Repeat([]byte("junk "), 100)...), ""},
		{"a file cut in half gives what it can or says it is unreadable", good[:len(good)/2], "any"},
		{"an AES-256 file that needs a password says so", readOrSkip(t, "../../samples/bad/password-aes256-dang-bo-xa-ha-thuong.pdf"), baocao.EENCRYPTED},
		{"a file cut before its first page is unreadable", good[:300], baocao.EUNREADABLE},
		{"a header alone is unreadable", []byte("%PDF-1.4\n%%EOF\n"), baocao.EUNREADABLE},
		{"a file that is not a PDF is unreadable", []byte("hello, this is not a PDF"), baocao.EUNREADABLE},
		{"an empty file is unreadable", nil, baocao.EUNREADABLE},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.data == nil && tc.wantCode == baocao.EENCRYPTED {
				t.Skip("the sample is not there")
			}
			d, err := readBytes(t, tc.data)
			if tc.wantCode == "any" {
				if err != nil && errCode(err) != baocao.EUNREADABLE {
					t.Fatalf("error %v, want none or %q", err, baocao.EUNREADABLE)
				}
				return
			}
			if code := errCode(err); code != tc.wantCode {
				t.Fatalf("error %v (code %q), want code %q", err, code, tc.wantCode)
			}
			if err == nil && (len(d.Lines) == 0 || d.Lines[0].Text() != "ĐẢNG BỘ XÃ HÙNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM") {
				t.Errorf("text not recovered: %q", spanTexts(d))
			}
		})
	}
}

// readOrSkip returns a sample file's bytes, or nil when samples are absent.
func readOrSkip(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return data
}

func TestReadStopsWhenCancelled(t *testing.T) {
	data, err := os.ReadFile("testdata/lo-report.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, bytes.NewReader(data), int64(len(data))); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

func TestReadWithoutTextLayer(t *testing.T) {
	// A page that only paints an image: what a scan looks like.
	content := "q 595 0 0 842 0 0 cm /Im0 Do Q"
	pdf := buildPDF(t, content, "")
	d, err := readBytes(t, pdf)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Lines) != 0 || len(d.Warnings) != 1 || d.Warnings[0] != msgNoText {
		t.Fatalf("lines %q warnings %q; want no lines and the no-text warning", spanTexts(d), d.Warnings)
	}
}

// buildPDF writes a one-page PDF with the given content stream and an
// optional font dictionary for /F1 (Helvetica by default). The page has a
// Form XObject /Fm1 that shows "In a form" and then draws itself again.
func buildPDF(tb testing.TB, content, font string) []byte {
	tb.Helper()
	const form = "BT /F1 12 Tf 72 700 Td (In a form) Tj ET /Fm1 Do"
	if font == "" {
		font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>",
		font,
		"<< /Length " + itoa(len(content)) + " >>\nstream\n" + content + "\nendstream",
		"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> /Length " +
			itoa(len(form)) + " >>\nstream\n" + form + "\nendstream",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		b.WriteString(itoa(i+1) + " 0 obj\n" + o + "\nendobj\n")
	}
	x := b.Len()
	b.WriteString("xref\n0 " + itoa(len(objs)+1) + "\n0000000000 65535 f \n")
	for _, o := range offs {
		s := itoa(o)
		b.WriteString(strings.Repeat("0", 10-len(s)) + s + " 00000 n \n")
	}
	b.WriteString("trailer\n<< /Size " + itoa(len(objs)+1) + " /Root 1 0 R >>\nstartxref\n" + itoa(x) + "\n%%EOF\n")
	return b.Bytes()
}

func itoa(n int) string { return strconv.Itoa(n) }
