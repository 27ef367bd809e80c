package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// book wraps an excelize file and remembers the text it holds.
type book struct {
	f     *excelize.File
	sheet string
	text  strings.Builder
	dates map[string]bool
	dst   int
}

func newBook(sheet string) *book {
	f := excelize.NewFile()
	check(f.SetSheetName("Sheet1", sheet))
	f.SetDocProps(&excelize.DocProperties{Created: "2024-05-06T08:00:00Z", Modified: "2024-05-06T08:00:00Z", Creator: "Van phong", LastModifiedBy: "Van phong"})
	id, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy"), Font: &excelize.Font{Family: "Times New Roman", Size: 12}, Border: (&book{}).border(), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	check(err)
	return &book{f: f, sheet: sheet, dates: map[string]bool{}, dst: id}
}

func cell(col, row int) string {
	c, err := excelize.CoordinatesToCellName(col, row)
	check(err)
	return c
}

// set writes a value; time values become Excel dates.
func (b *book) set(col, row int, v any) {
	switch t := v.(type) {
	case time.Time:
		check(b.f.SetCellValue(b.sheet, cell(col, row), t))
		check(b.f.SetCellStyle(b.sheet, cell(col, row), cell(col, row), b.dst))
		b.dates[cell(col, row)] = true
		fmt.Fprintf(&b.text, "@%s ", t.Format("2006-01-02"))
	default:
		check(b.f.SetCellValue(b.sheet, cell(col, row), v))
		fmt.Fprintf(&b.text, "%v | ", v)
	}
}

func (b *book) row(row int, vals ...any) {
	for i, v := range vals {
		if v != nil {
			b.set(i+1, row, v)
		}
	}
	b.text.WriteString("\n")
}

func (b *book) merge(c1, r1, c2, r2 int) {
	check(b.f.MergeCell(b.sheet, cell(c1, r1), cell(c2, r2)))
}

func (b *book) border() []excelize.Border {
	return []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
}

func (b *book) style(c1, r1, c2, r2 int, bold, boxed, center, wrap bool) {
	s := &excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 12, Bold: bold}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: wrap}}
	if center {
		s.Alignment.Horizontal = "center"
	}
	if boxed {
		s.Border = b.border()
	}
	id, err := b.f.NewStyle(s)
	check(err)
	check(b.f.SetCellStyle(b.sheet, cell(c1, r1), cell(c2, r2), id))
	for c := c1; c <= c2; c++ {
		for r := r1; r <= r2; r++ {
			if b.dates[cell(c, r)] {
				check(b.f.SetCellStyle(b.sheet, cell(c, r), cell(c, r), b.dst))
			}
		}
	}
}

func (b *book) widths(w ...float64) {
	for i, x := range w {
		col, _ := excelize.ColumnNumberToName(i + 1)
		check(b.f.SetColWidth(b.sheet, col, col, x))
	}
}

func (b *book) save(name string) string {
	p := filepath.Join(outDir, name+".xlsx")
	check(b.f.SaveAs(p))
	return p
}

func ptr[T any](v T) *T { return &v }

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

var excelizePageLandscape = excelize.PageLayoutOptions{Orientation: ptr("landscape"), Size: ptr(9), FitToWidth: ptr(1), FitToHeight: ptr(0)}
