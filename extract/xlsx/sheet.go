package xlsx

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/extract/doc"
	"baocao/extract/numfmt"
	"baocao/vntext"
)

// workbook reads the sheets of one open file, caching what cells share.
type workbook struct {
	f        *excelize.File
	lim      Limits
	styles   map[int]cellStyle
	date1904 bool
	legacy   bool // some font is TCVN3 or VNI: read rich text run by run
}

// cellStyle is what a style says about reading a cell's value.
type cellStyle struct {
	date, percent bool
	font          string
}

func uses1904(f *excelize.File) bool {
	p, err := f.GetWorkbookProps()
	return err == nil && p.Date1904 != nil && *p.Date1904
}

// sheet reads one worksheet. warn says, for a person, what was left out.
func (w *workbook) sheet(ctx context.Context, name string) (doc.Sheet, string, error) {
	s := doc.Sheet{Name: vntext.Clean(name)}
	shown, err := w.f.GetRows(name)
	if err != nil {
		return s, "", err
	}
	raw, err := w.f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return s, "", err
	}
	warn := ""
	if len(shown) > w.lim.MaxRows {
		warn = fmt.Sprintf("Trang tính %q có hơn %d dòng; chỉ đọc %d dòng đầu.", name, w.lim.MaxRows, w.lim.MaxRows)
		shown = shown[:w.lim.MaxRows]
	}
	s.Rows = make([][]doc.Cell, len(shown))
	for r, row := range shown {
		if r%256 == 0 {
			if err := ctx.Err(); err != nil {
				return s, "", err
			}
		}
		if len(row) > w.lim.MaxCols {
			row = row[:w.lim.MaxCols]
		}
		cells := make([]doc.Cell, len(row))
		for c, text := range row {
			rawText := ""
			if r < len(raw) && c < len(raw[r]) {
				rawText = raw[r][c]
			}
			if text == "" && rawText == "" {
				continue
			}
			cells[c] = w.cell(name, r, c, text, rawText)
		}
		s.Rows[r] = cells
	}
	merges, err := w.f.GetMergeCells(name, true)
	if err == nil {
		for _, m := range merges {
			c0, r0, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
			c1, r1, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
			if err1 == nil && err2 == nil {
				s.Merges = append(s.Merges, doc.Merge{Row0: r0 - 1, Col0: c0 - 1, Row1: r1 - 1, Col1: c1 - 1})
			}
		}
	}
	return s, warn, nil
}

// cell builds one cell from its shown and raw values, its type and its style.
func (w *workbook) cell(sheet string, r, c int, shown, raw string) doc.Cell {
	axis, _ := excelize.CoordinatesToCellName(c+1, r+1)
	st := w.style(sheet, axis)
	typ, _ := w.f.GetCellType(sheet, axis)
	cell := doc.Cell{Text: vntext.Clean(w.text(sheet, axis, typ, shown, st.font)), Font: st.font}
	switch typ {
	case excelize.CellTypeUnset, excelize.CellTypeNumber, excelize.CellTypeFormula:
		v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
		if err != nil {
			break
		}
		cell.Num, cell.IsNum = v, true
		switch {
		case st.date && v > 0 && v < 2958466:
			if t, err := excelize.ExcelDateToTime(v, w.date1904); err == nil {
				cell.Date = t.UTC()
			}
		case st.percent:
			cell.Percent = true
		}
	case excelize.CellTypeDate:
		if t, err := time.Parse(time.RFC3339, raw); err == nil {
			cell.Date = t
		} else if t, err := time.Parse("2006-01-02", raw); err == nil {
			cell.Date = t
		}
	}
	return cell
}

// style returns what the cell's style says, cached by style ID.
func (w *workbook) style(sheet, axis string) cellStyle {
	id, err := w.f.GetCellStyle(sheet, axis)
	if err != nil {
		return cellStyle{}
	}
	if st, ok := w.styles[id]; ok {
		return st
	}
	var st cellStyle
	if s, err := w.f.GetStyle(id); err == nil && s != nil {
		custom := ""
		if s.CustomNumFmt != nil {
			custom = *s.CustomNumFmt
		}
		st.date = numfmt.IsDate(s.NumFmt, custom)
		st.percent = numfmt.IsPercent(s.NumFmt, custom)
		if s.Font != nil {
			st.font = s.Font.Family
		}
	}
	w.styles[id] = st
	return st
}
