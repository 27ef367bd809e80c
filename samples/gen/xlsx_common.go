package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/xuri/excelize/v2"
)

// newWorkbook starts a workbook with fixed document properties, so that runs
// make the same bytes.
func newWorkbook(firstSheet string) (*excelize.File, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", firstSheet); err != nil {
		return nil, err
	}
	stamp := fixedTime.Format("2006-01-02T15:04:05Z")
	err := f.SetDocProps(&excelize.DocProperties{
		Created: stamp, Modified: stamp, Creator: "Văn phòng cấp ủy", LastModifiedBy: "Văn phòng cấp ủy",
		Title: "Báo cáo kết quả hội nghị", Language: "vi-VN",
	})
	return f, err
}

// styles are the cell styles the generator uses.
type styles struct {
	Bold, Title, Date, Percent, Decimal, Header, Border int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	ddmmyyyy := "dd/mm/yyyy"
	pct := "0.0%"
	dec := "0.0"
	border := []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"},
		{Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}}
	font := &excelize.Font{Family: "Times New Roman", Size: 12}
	bold := &excelize.Font{Family: "Times New Roman", Size: 12, Bold: true}
	for _, x := range []struct {
		dst *int
		st  *excelize.Style
	}{
		{&s.Bold, &excelize.Style{Font: bold}},
		{&s.Title, &excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 13, Bold: true}}},
		{&s.Date, &excelize.Style{Font: font, CustomNumFmt: &ddmmyyyy, Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&s.Percent, &excelize.Style{Font: font, CustomNumFmt: &pct}},
		{&s.Decimal, &excelize.Style{Font: font, CustomNumFmt: &dec}},
		{&s.Header, &excelize.Style{Font: bold, Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.Border, &excelize.Style{Font: font, Border: border, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
	} {
		if *x.dst, err = f.NewStyle(x.st); err != nil {
			return s, err
		}
	}
	return s, nil
}

// cell names a cell from 1-based column and row.
func cell(col, row int) string {
	c, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err)
	}
	return c
}

// strFormula matches a formula cell that excelize marks as a string result.
var strFormula = regexp.MustCompile(` t="str"(><f>)`)

// saveWorkbook writes the workbook. Formula cells keep the cached number the
// generator wrote (excelize marks them t="str", which would make the cached
// value text; the rewrite makes it a number again, as Excel saves it).
func saveWorkbook(f *excelize.File, path string) error {
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	out, err := rewriteZip(buf.Bytes(), func(_ string, b []byte) []byte {
		return strFormula.ReplaceAll(b, []byte("$1"))
	})
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

// rewriteZip copies a zip archive entry by entry, in order, passing each
// entry's bytes through fn.
func rewriteZip(data []byte, fn func(name string, b []byte) []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, e := range zr.File {
		rc, err := e.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(fn(e.Name, b)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// setFormula writes a formula with its cached numeric result.
func setFormula(f *excelize.File, sheet, ref, formula string, cached float64) error {
	if err := f.SetCellFloat(sheet, ref, cached, -1, 64); err != nil {
		return err
	}
	return f.SetCellFormula(sheet, ref, formula)
}
