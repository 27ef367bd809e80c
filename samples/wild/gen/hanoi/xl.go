package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// xw writes one workbook and remembers its text for the self-check.
type xw struct {
	f     *excelize.File
	sheet string
	text  strings.Builder
	st    map[string]int
}

func newXW(sheet string) *xw {
	f := excelize.NewFile()
	must(f.SetSheetName("Sheet1", sheet))
	props := &excelize.DocProperties{Creator: "Văn phòng", Created: fixedTime.Format(time.RFC3339), Modified: fixedTime.Format(time.RFC3339)}
	must(f.SetDocProps(props))
	x := &xw{f: f, sheet: sheet, st: map[string]int{}}
	return x
}

func (x *xw) style(name string) int {
	if id, ok := x.st[name]; ok {
		return id
	}
	font := &excelize.Font{Family: "Times New Roman", Size: 12}
	s := &excelize.Style{Font: font, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	for _, part := range strings.Split(name, "+") {
		switch {
		case part == "b":
			font.Bold = true
		case part == "i":
			font.Italic = true
		case part == "c":
			s.Alignment.Horizontal = "center"
		case part == "r":
			s.Alignment.Horizontal = "right"
		case part == "box":
			s.Border = border
		case part == "big":
			font.Size = 14
		case part == "small":
			font.Size = 11
		case part == "u":
			font.Underline = "single"
		case part == "nowrap":
			s.Alignment.WrapText = false
		case part == "gray":
			s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}}
		case strings.HasPrefix(part, "fmt:"):
			f := strings.TrimPrefix(part, "fmt:")
			s.CustomNumFmt = &f
		}
	}
	id, err := x.f.NewStyle(s)
	must(err)
	x.st[name] = id
	return id
}

// set writes a value with a style ("" for none).
func (x *xw) set(cell string, v any, style string) {
	switch t := v.(type) {
	case time.Time:
		must(x.f.SetCellValue(x.sheet, cell, t))
		x.text.WriteString("excel:" + iso(t) + "\n")
	case string:
		must(x.f.SetCellStr(x.sheet, cell, t))
		x.text.WriteString(t + "\n")
	default:
		must(x.f.SetCellValue(x.sheet, cell, v))
		x.text.WriteString(fmt.Sprint(v) + "\n")
	}
	if style != "" {
		must(x.f.SetCellStyle(x.sheet, cell, cell, x.style(style)))
	}
}

func (x *xw) merge(a, b string) { must(x.f.MergeCell(x.sheet, a, b)) }

func (x *xw) styleRange(a, b, style string) { must(x.f.SetCellStyle(x.sheet, a, b, x.style(style))) }

func (x *xw) widths(ws ...float64) {
	for i, w := range ws {
		col, _ := excelize.ColumnNumberToName(i + 1)
		must(x.f.SetColWidth(x.sheet, col, col, w))
	}
}

// landscape sets the printed page to landscape, fitted to one page wide.
func (x *xw) landscape() {
	o, w, h := "landscape", 1, 0
	must(x.f.SetPageLayout(x.sheet, &excelize.PageLayoutOptions{Orientation: &o, FitToWidth: &w, FitToHeight: &h}))
	fit := true
	must(x.f.SetSheetProps(x.sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
}

func (x *xw) height(row int, h float64) { must(x.f.SetRowHeight(x.sheet, row, h)) }

func (x *xw) save(path string) {
	must(x.f.SaveAs(path))
	must(x.f.Close())
}

func cellName(col, row int) string {
	c, err := excelize.CoordinatesToCellName(col, row)
	must(err)
	return c
}

func xlOut(name, format, readme string, x *xw, recs []Record, ev []Evidence) *Out {
	x.save(filepath.Join(outDir, name))
	return &Out{Name: name, Format: format, Records: recs, Ev: ev, Text: x.text.String(), Readme: readme}
}
