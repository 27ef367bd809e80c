package main

// A thin layer over excelize: cells, merges and styles named by short specs.

import (
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

type xl struct {
	f      *excelize.File
	sh     string
	styles map[string]int
}

func newXL(sheet, author string) *xl {
	f := excelize.NewFile()
	must(f.SetSheetName("Sheet1", sheet))
	must(f.SetDocProps(&excelize.DocProperties{
		Creator:        author,
		LastModifiedBy: author,
		Created:        "2021-04-20T02:00:00Z",
		Modified:       "2021-04-26T03:30:00Z",
		Language:       "vi-VN",
	}))
	return &xl{f: f, sh: sheet, styles: map[string]int{}}
}

// sheet adds (or switches to) a sheet.
func (x *xl) sheet(name string) {
	if idx, _ := x.f.GetSheetIndex(name); idx < 0 {
		_, err := x.f.NewSheet(name)
		must(err)
	}
	x.sh = name
}

// st returns a style from a spec of comma-separated flags: b bold, i italic,
// u underline, c centre, r right, w wrap, B borders, d date dd/mm/yyyy,
// p percent 0.00%, n2 two decimals, s<size> font size, t top.
func (x *xl) st(spec string) int {
	if id, ok := x.styles[spec]; ok {
		return id
	}
	s := &excelize.Style{
		Font:      &excelize.Font{Family: "Times New Roman", Size: 12},
		Alignment: &excelize.Alignment{Vertical: "center"},
	}
	for _, fl := range strings.Split(spec, ",") {
		switch {
		case fl == "b":
			s.Font.Bold = true
		case fl == "i":
			s.Font.Italic = true
		case fl == "u":
			s.Font.Underline = "single"
		case fl == "c":
			s.Alignment.Horizontal = "center"
		case fl == "r":
			s.Alignment.Horizontal = "right"
		case fl == "l":
			s.Alignment.Horizontal = "left"
		case fl == "w":
			s.Alignment.WrapText = true
		case fl == "t":
			s.Alignment.Vertical = "top"
		case fl == "B":
			for _, side := range []string{"left", "right", "top", "bottom"} {
				s.Border = append(s.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
			}
		case fl == "d":
			f := "dd/mm/yyyy"
			s.CustomNumFmt = &f
		case fl == "p":
			s.NumFmt = 10
		case fl == "n2":
			f := "0.00"
			s.CustomNumFmt = &f
		case strings.HasPrefix(fl, "s"):
			var sz float64
			fmt.Sscanf(fl[1:], "%g", &sz)
			s.Font.Size = sz
		}
	}
	id, err := x.f.NewStyle(s)
	must(err)
	x.styles[spec] = id
	return id
}

// set writes a value with a style spec ("" for the default).
func (x *xl) set(cell string, v any, spec string) {
	switch d := v.(type) {
	case dateCell:
		must(x.f.SetCellValue(x.sh, cell, time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)))
	default:
		must(x.f.SetCellValue(x.sh, cell, v))
	}
	if spec != "" {
		must(x.f.SetCellStyle(x.sh, cell, cell, x.st(spec)))
	}
}

// mset writes a value into a merged range.
func (x *xl) mset(from, to string, v any, spec string) {
	x.set(from, v, spec)
	must(x.f.MergeCell(x.sh, from, to))
	if spec != "" {
		must(x.f.SetCellStyle(x.sh, from, to, x.st(spec)))
	}
}

func (x *xl) style(from, to, spec string) { must(x.f.SetCellStyle(x.sh, from, to, x.st(spec))) }

func (x *xl) widths(ws ...float64) {
	for i, w := range ws {
		c, _ := excelize.ColumnNumberToName(i + 1)
		must(x.f.SetColWidth(x.sh, c, c, w))
	}
}

func (x *xl) height(row int, h float64) { must(x.f.SetRowHeight(x.sh, row, h)) }

func (x *xl) save(path string) { must(x.f.SaveAs(path)) }

// cell names a cell by column number (1-based) and row.
func cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// dateCell is a date written as an Excel date (serial number, date format).
type dateCell struct {
	Year  int
	Month time.Month
	Day   int
}
