package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xw wraps an excelize workbook and keeps the text it shows.
type xw struct {
	f      *excelize.File
	sh     string
	text   strings.Builder
	styles map[string]int
}

func newXW(sheet string) *xw {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", sheet)
	f.SetDocProps(&excelize.DocProperties{Creator: "Văn phòng", Created: "2021-06-30T08:00:00Z", Modified: "2021-06-30T08:00:00Z"})
	return &xw{f: f, sh: sheet, styles: map[string]int{}}
}

var border = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
}

// style returns a named style: flags b (bold), i (italic), c (center),
// w (wrap), x (border), plus an optional number format after '|'.
func (x *xw) style(spec string) int {
	if id, ok := x.styles[spec]; ok {
		return id
	}
	flags, numfmt, _ := strings.Cut(spec, "|")
	st := &excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 12}, Alignment: &excelize.Alignment{Vertical: "center"}}
	if strings.Contains(flags, "b") {
		st.Font.Bold = true
	}
	if strings.Contains(flags, "i") {
		st.Font.Italic = true
	}
	if strings.Contains(flags, "c") {
		st.Alignment.Horizontal = "center"
	}
	if strings.Contains(flags, "w") {
		st.Alignment.WrapText = true
	}
	if strings.Contains(flags, "x") {
		st.Border = border
	}
	if strings.Contains(flags, "s") {
		st.Font.Size = 11
	}
	if strings.Contains(flags, "L") {
		st.Font.Size = 14
	}
	if numfmt != "" {
		st.CustomNumFmt = &numfmt
	}
	id, err := x.f.NewStyle(st)
	if err != nil {
		panic(err)
	}
	x.styles[spec] = id
	return id
}

// set writes a value and a style into a cell.
func (x *xw) set(cell string, v any, style string) {
	if err := x.f.SetCellValue(x.sh, cell, v); err != nil {
		panic(err)
	}
	if style != "" {
		x.f.SetCellStyle(x.sh, cell, cell, x.style(style))
	}
	x.text.WriteString(fmt.Sprint(v) + "\n")
}

// date writes an Excel date shown with a number format; shown is the
// text Excel displays, kept for the self-check.
func (x *xw) date(cell string, d D, flags, numfmt, shown string) {
	if err := x.f.SetCellValue(x.sh, cell, d.Time()); err != nil {
		panic(err)
	}
	x.f.SetCellStyle(x.sh, cell, cell, x.style(flags+"|"+numfmt))
	x.text.WriteString(shown + "\n")
}

func (x *xw) merge(a, b string, v any, style string) {
	x.f.MergeCell(x.sh, a, b)
	x.set(a, v, style)
	if style != "" {
		x.f.SetCellStyle(x.sh, a, b, x.style(style))
	}
}

func (x *xw) widths(ws ...float64) {
	for i, w := range ws {
		c, _ := excelize.ColumnNumberToName(i + 1)
		x.f.SetColWidth(x.sh, c, c, w)
	}
}

func (x *xw) save(name string) error {
	return x.f.SaveAs(filepath.Join(outDir, name))
}

func cn(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}
