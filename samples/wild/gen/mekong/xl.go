package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// book wraps an excelize file and remembers every shown value for the self-check.
type book struct {
	f      *excelize.File
	sh     string
	text   strings.Builder
	styles map[string]int
	border bool
}

var allBorders = []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}

func newBook(sheet string) *book {
	f := excelize.NewFile()
	_ = f.SetSheetName("Sheet1", sheet)
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "Văn phòng", Created: "2024-05-06T08:30:00Z", Modified: "2024-05-06T08:30:00Z"})
	return &book{f: f, sh: sheet, styles: map[string]int{}}
}

func cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// set writes a value and notes it.
func (b *book) set(col, row int, v any) {
	_ = b.f.SetCellValue(b.sh, cell(col, row), v)
	b.text.WriteString(fmt.Sprint(v))
	b.text.WriteString("\n")
}

// style returns a cached style.
func (b *book) style(key string, s *excelize.Style) int {
	if id, ok := b.styles[key]; ok {
		return id
	}
	id, _ := b.f.NewStyle(s)
	b.styles[key] = id
	return id
}

func (b *book) bold(col, row int) {
	id := b.style("bold", &excelize.Style{Font: &excelize.Font{Bold: true, Family: "Times New Roman", Size: 12}})
	_ = b.f.SetCellStyle(b.sh, cell(col, row), cell(col, row), id)
}

// date writes an Excel date serial with a number format.
func (b *book) date(col, row int, d D, numfmt string) {
	serial := float64(d.Time().Sub(dt(30, 12, 1899).Time()).Hours() / 24)
	_ = b.f.SetCellValue(b.sh, cell(col, row), serial)
	f := numfmt
	st := &excelize.Style{CustomNumFmt: &f, Font: &excelize.Font{Family: "Times New Roman", Size: 12}, Alignment: &excelize.Alignment{Horizontal: "left"}}
	if b.border {
		st.Border = allBorders
		st.Font.Size = 11
		st.Alignment.Horizontal = "center"
	}
	id := b.style(fmt.Sprintf("date%s%v", numfmt, b.border), st)
	_ = b.f.SetCellStyle(b.sh, cell(col, row), cell(col, row), id)
	b.text.WriteString(d.ISO() + " " + d.Sl() + " " + d.HyP() + "\n")
}

func (b *book) merge(c1, r1, c2, r2 int) {
	_ = b.f.MergeCell(b.sh, cell(c1, r1), cell(c2, r2))
}

func (b *book) widths(ws ...float64) {
	for i, w := range ws {
		name, _ := excelize.ColumnNumberToName(i + 1)
		_ = b.f.SetColWidth(b.sh, name, name, w)
	}
}

func (b *book) save(file string) error {
	return b.f.SaveAs(filepath.Join(outDir, file))
}

// boxStyle is a bordered, wrapping cell style.
func (b *book) box(c1, r1, c2, r2 int, bold bool, halign string) {
	key := fmt.Sprintf("box%v%s", bold, halign)
	id := b.style(key, &excelize.Style{Border: allBorders, Font: &excelize.Font{Bold: bold, Family: "Times New Roman", Size: 11},
		Alignment: &excelize.Alignment{Horizontal: halign, Vertical: "center", WrapText: true}})
	_ = b.f.SetCellStyle(b.sh, cell(c1, r1), cell(c2, r2), id)
}
