package xlsx

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/extract/doc"
)

// build writes a workbook made by fill and reads it back.
func build(t testing.TB, fill func(f *excelize.File)) *doc.Document {
	t.Helper()
	f := excelize.NewFile()
	fill(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Read(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadTypedCells(t *testing.T) {
	d := build(t, func(f *excelize.File) {
		f.SetCellValue("Sheet1", "A1", "  Tên  đơn vị: ")
		f.SetCellValue("Sheet1", "B1", "Chi b\u00f4\u0323 thôn Đông Hòa") // decomposed
		f.SetCellValue("Sheet1", "A2", 25)
		date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		f.SetCellValue("Sheet1", "A3", 44306) // 2021-04-20
		f.SetCellStyle("Sheet1", "A3", "A3", date)
		custom := "dd/mm/yyyy"
		dmy, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
		f.SetCellValue("Sheet1", "B3", 44306)
		f.SetCellStyle("Sheet1", "B3", "B3", dmy)
		pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
		f.SetCellValue("Sheet1", "A4", 0.96)
		f.SetCellStyle("Sheet1", "A4", "A4", pct)
		f.SetCellValue("Sheet1", "A5", "20/4/2021")
		f.MergeCell("Sheet1", "C1", "E2")
		f.NewSheet("Chương trình")
		f.SetCellValue("Chương trình", "A1", "Nội dung")
	})
	if len(d.Sheets) != 2 || d.Pages != 2 || d.Format != "xlsx" {
		t.Fatalf("got %d sheets, pages %d, format %q", len(d.Sheets), d.Pages, d.Format)
	}
	s := d.Sheets[0]
	want20 := time.Date(2021, 4, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		got  doc.Cell
		ok   bool
	}{
		{"text is cleaned and composed to NFC", s.Cell(0, 0), s.Cell(0, 0).Text == "Tên đơn vị:" && s.Cell(0, 1).Text == "Chi bộ thôn Đông Hòa"},
		{"a number keeps its value", s.Cell(1, 0), s.Cell(1, 0).IsNum && s.Cell(1, 0).Num == 25},
		{"a built-in date format gives a date", s.Cell(2, 0), s.Cell(2, 0).Date.Equal(want20)},
		{"a custom date format gives a date", s.Cell(2, 1), s.Cell(2, 1).Date.Equal(want20)},
		{"a percentage keeps its fraction", s.Cell(3, 0), s.Cell(3, 0).Percent && s.Cell(3, 0).Num == 0.96},
		{"a date typed as text stays text", s.Cell(4, 0), s.Cell(4, 0).Text == "20/4/2021" && s.Cell(4, 0).Date.IsZero()},
		{"cells carry the style's font", s.Cell(1, 0), s.Cell(1, 0).Font != ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Errorf("cell = %+v", tt.got)
			}
		})
	}
	if len(s.Merges) != 1 || s.Merges[0] != (doc.Merge{Row0: 0, Col0: 2, Row1: 1, Col1: 4}) {
		t.Errorf("merges = %+v", s.Merges)
	}
}

func TestReadStopsAtTheRowLimitWithAWarning(t *testing.T) {
	f := excelize.NewFile()
	for r := 1; r <= 50; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		f.SetCellValue("Sheet1", cell, r)
	}
	var buf bytes.Buffer
	f.Write(&buf)
	lim := DefaultLimits
	lim.MaxRows = 10
	d, err := Read(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), lim)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sheets[0].Rows) != 10 || len(d.Warnings) != 1 {
		t.Errorf("got %d rows and warnings %q", len(d.Sheets[0].Rows), d.Warnings)
	}
}

func TestReadRefusesWhatItCannotRead(t *testing.T) {
	ole := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 512)...)
	encrypted := append(append([]byte{}, ole...), utf16le("EncryptedPackage")...)
	tests := []struct {
		name string
		data []byte
		code string
	}{
		{"random bytes are unreadable", []byte("not a workbook at all, just text"), baocao.EUNREADABLE},
		{"a legacy .xls is named as such", ole, baocao.EFORMAT},
		{"a password-protected workbook says so", encrypted, baocao.EENCRYPTED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)), DefaultLimits)
			if baocao.ErrorCode(err) != tt.code || baocao.ErrorMessage(err) == "" {
				t.Errorf("error = %v (code %q), want code %q", err, baocao.ErrorCode(err), tt.code)
			}
		})
	}
}

func TestReadRefusesAZipBombQuickly(t *testing.T) {
	path := "../../samples/bad/zip-bomb-2gib-sheet.xlsx"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (the samples generator makes it)", err)
	}
	_, err = Read(context.Background(), bytes.NewReader(b), int64(len(b)), DefaultLimits)
	if baocao.ErrorCode(err) != baocao.ETOOLARGE {
		t.Errorf("error = %v, want code %q", err, baocao.ETOOLARGE)
	}
}

// BenchmarkZipBomb measures refusing the 2 GB zip bomb: time and allocations.
func BenchmarkZipBomb(b *testing.B) {
	data, err := os.ReadFile("../../samples/bad/zip-bomb-2gib-sheet.xlsx")
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Read(context.Background(), bytes.NewReader(data), int64(len(data)), DefaultLimits)
	}
}

// BenchmarkRead reads the 2,000-row roll-up sample.
func BenchmarkRead(b *testing.B) {
	paths, _ := filepath.Glob("../../samples/xlsx/rollup-09-*.xlsx")
	if len(paths) == 0 {
		b.Skip("no large roll-up sample")
	}
	data, _ := os.ReadFile(paths[0])
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzRead feeds arbitrary bytes, seeded with the sample workbooks: no panic,
// no hang.
func FuzzRead(f *testing.F) {
	paths, _ := filepath.Glob("../../samples/xlsx/form-*.xlsx")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done := make(chan struct{})
		go func() {
			defer close(done)
			Read(ctx, bytes.NewReader(data), int64(len(data)), DefaultLimits)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Read ran 5 s past its deadline on a %d-byte input", len(data))
		}
	})
}

func TestLegacyTCVN3CellsBecomeUnicode(t *testing.T) {
	d := build(t, func(f *excelize.File) {
		vn, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: ".VnTime"}})
		vnH, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: ".VnTimeH"}})
		f.SetCellValue("Sheet1", "A1", "Tªn ®¬n vÞ")
		f.SetCellStyle("Sheet1", "A1", "A1", vn)
		f.SetCellValue("Sheet1", "A2", "chi bé th«n b¶o th¾ng")
		f.SetCellStyle("Sheet1", "A2", "A2", vnH)
		f.SetCellValue("Sheet1", "A3", "Đảng ủy") // Unicode in a Unicode font stays
	})
	s := d.Sheets[0]
	for i, want := range []string{"Tên đơn vị", "CHI BỘ THÔN BẢO THẮNG", "Đảng ủy"} {
		if got := s.Cell(i, 0).Text; got != want {
			t.Errorf("row %d: %q, want %q", i+1, got, want)
		}
	}
}
