package xlsx

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/extract/doc"
	"baocao/internal/await"
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
		case <-time.After(await.Stall): // stuck, not slow: a busy machine may be slow
			t.Fatalf("Read still ran %v after its 5 s deadline on a %d-byte input", await.Stall, len(data))
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

func TestLegacyFontsCellByCellAndRunByRun(t *testing.T) {
	font := func(name string) *excelize.Font { return &excelize.Font{Family: name} }
	var legacy bool
	d := build(t, func(f *excelize.File) {
		vn, _ := f.NewStyle(&excelize.Style{Font: font(".VnTime")})
		vni, _ := f.NewStyle(&excelize.Style{Font: font("VNI-Times")})
		tnr, _ := f.NewStyle(&excelize.Style{Font: font("Times New Roman")})
		arial, _ := f.NewStyle(&excelize.Style{Font: font("Arial")})
		set := func(axis string, style int, v any) {
			f.SetCellValue("Sheet1", axis, v)
			f.SetCellStyle("Sheet1", axis, axis, style)
		}
		set("A1", vni, "Quaùn trieät Nghò quyeát")
		set("A2", tnr, nil)
		f.SetCellRichText("Sheet1", "A2", []excelize.RichTextRun{
			{Text: "Chi bé ", Font: font(".VnTime")},
			{Text: "thôn Bản Phiệt", Font: font("Times New Roman")},
		})
		set("A3", vn, nil)
		f.SetCellRichText("Sheet1", "A3", []excelize.RichTextRun{
			{Text: "§¶ng ñy "}, // no font of its own: the cell's .VnTime
			{Text: "xã Hùng Sơn, ", Font: font("Arial")},
			{Text: "b¶o th¾ng", Font: font(".VnTimeH")},
			{Text: ", Baûo Thaéng", Font: font("VNI-Helve")},
		})
		set("A4", arial, "Nhµ v¨n hãa th«n B¶n PhiÖt")
		set("A8", tnr, nil)
		f.SetCellRichText("Sheet1", "A8", []excelize.RichTextRun{
			{Text: "Nhµ v¨n hãa th«n ", Font: font("Arial")},
			{Text: "Hùng Thái", Font: font("Times New Roman")}, // as TCVN3: "Hựng Thỏi"
		})
		set("A5", vn, "Tây Ninh")
		set("A6", arial, "Le comité a été créé à Paris, où il a déjà réuni ses membres.")
		set("A7", vn, 25)
		var buf bytes.Buffer
		f.Write(&buf)
		g, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		legacy = usesLegacyFont(g)
	})
	if !legacy {
		t.Error("usesLegacyFont = false for a workbook with .VnTime styles")
	}
	s := d.Sheets[0]
	tests := []struct {
		name, want string
		row        int
	}{
		{"a VNI-Times cell", "Quán triệt Nghị quyết", 0},
		{"a .VnTime run beside a Unicode run", "Chi bộ thôn Bản Phiệt", 1},
		{"runs without a font take the cell's; runs with one keep theirs", "Đảng ủy xã Hùng Sơn, BẢO THẮNG, Bảo Thắng", 2},
		{"TCVN3 pasted into an Arial cell is detected", "Nhà văn hóa thôn Bản Phiệt", 3},
		{"Unicode typed into a .VnTime template stays", "Tây Ninh", 4},
		{"French in Arial stays", "Le comité a été créé à Paris, où il a déjà réuni ses membres.", 5},
		{"a number in a .VnTime cell stays a number", "25", 6},
		{"runs whose fonts say nothing are read each by its own patterns", "Nhà văn hóa thôn Hùng Thái", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.Cell(tt.row, 0).Text; got != tt.want {
				t.Errorf("row %d = %q, want %q", tt.row+1, got, tt.want)
			}
		})
	}
}

func TestUsesLegacyFont(t *testing.T) {
	open := func(fill func(f *excelize.File)) *excelize.File {
		f := excelize.NewFile()
		fill(f)
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		g, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	plain := open(func(f *excelize.File) {
		st, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Times New Roman"}})
		f.SetCellValue("Sheet1", "A1", "Trang web: baocao.vn, VNI")
		f.SetCellStyle("Sheet1", "A1", "A1", st)
	})
	if usesLegacyFont(plain) {
		t.Error("usesLegacyFont = true for a workbook in Times New Roman")
	}
	runOnly := open(func(f *excelize.File) {
		f.SetCellRichText("Sheet1", "A1", []excelize.RichTextRun{{Text: "Chi bé", Font: &excelize.Font{Family: ".VnArial"}}})
	})
	if !usesLegacyFont(runOnly) {
		t.Error("usesLegacyFont = false for a workbook whose only legacy font is a run's")
	}
}

// BenchmarkReadLegacy reads a 2,000-row roll-up typed in .VnTime, one cell in
// ten rich text mixing a .VnTime run with a Unicode one: what reading every
// string cell run by run costs.
func BenchmarkReadLegacy(b *testing.B) {
	f := excelize.NewFile()
	vn, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: ".VnTime"}})
	for r := 1; r <= 2000; r++ {
		row := []any{r, fmt.Sprintf("Chi bé th«n sè %d x· S¬n H¶i", r), "Nhµ v¨n hãa th«n", "NguyÔn V¨n Hïng", "BÝ th\u00ad Chi bé", 25, 24}
		ref, _ := excelize.CoordinatesToCellName(1, r)
		f.SetSheetRow("Sheet1", ref, &row)
		end, _ := excelize.CoordinatesToCellName(len(row), r)
		f.SetCellStyle("Sheet1", ref, end, vn)
		if r%10 == 0 {
			f.SetCellRichText("Sheet1", "B"+strconv.Itoa(r), []excelize.RichTextRun{
				{Text: "Chi bé ", Font: &excelize.Font{Family: ".VnTime"}}, {Text: "thôn Bản Phiệt", Font: &excelize.Font{Family: "Times New Roman"}}})
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), DefaultLimits)
		if err != nil {
			b.Fatal(err)
		}
		if got := d.Sheets[0].Cell(9, 1).Text; got != "Chi bộ thôn Bản Phiệt" {
			b.Fatalf("rich cell = %q", got)
		}
	}
}
