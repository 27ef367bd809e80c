package xls

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"baocao/extract/doc"
	"baocao/vntext"
)

// errorText is what Excel shows for a cell error code ([MS-XLS] 2.5.10).
var errorText = map[byte]string{
	0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!",
	0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA",
}

// grid collects one sheet's cells within the limits.
type grid struct {
	wb       *workbook
	lim      Limits
	budget   *int
	rows     [][]doc.Cell
	tooMany  bool // a cell lay below the row limit
	overflow bool // the workbook's cell budget ran out
}

// value is one cell's value before its style is applied, as package xlsx
// sees it: the shown text, the raw text, and whether the raw text is read
// as a number.
type value struct {
	shown, raw string
	runs       []fontRun // rich text: the fonts of parts of a shared string
	numeric    bool
	num        float64
}

// put stores a cell unless it is empty or outside the limits.
func (g *grid) put(r, c, ixfe int, v value) {
	if !v.numeric && v.shown == "" && v.raw == "" {
		return
	}
	if r >= g.lim.MaxRows {
		g.tooMany = true
		return
	}
	if c >= g.lim.MaxCols {
		return
	}
	if *g.budget <= 0 {
		g.overflow = true
		return
	}
	*g.budget--
	for len(g.rows) <= r {
		g.rows = append(g.rows, nil)
	}
	row := g.rows[r]
	for len(row) <= c {
		row = append(row, doc.Cell{})
	}
	row[c] = g.wb.cell(ixfe, v)
	g.rows[r] = row
}

// number stores a number, shown through its cell format.
func (g *grid) number(r, c, ixfe int, x float64) {
	st := g.wb.style(ixfe)
	g.put(r, c, ixfe, value{shown: formatNumber(x, st.numFmt, g.wb.date1904), numeric: true, num: x})
}

// text stores a string; a formula's string result is read as a number when
// it looks like one, as the .xlsx reader does.
func (g *grid) text(r, c, ixfe int, s string, runs []fontRun, formula bool) {
	v := value{shown: s, raw: s, runs: runs}
	if formula {
		if x, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
			v.numeric, v.num = true, x
		}
	}
	g.put(r, c, ixfe, v)
}

// sheet reads one worksheet substream. The warnings say, for a person, what
// was left out.
func (wb *workbook) sheet(ctx context.Context, sh sheetEntry, lim Limits, budget *int) (doc.Sheet, []string, error) {
	s := doc.Sheet{Name: vntext.Clean(sh.name)}
	if sh.offset <= 0 || sh.offset >= len(wb.stream) {
		return s, nil, fmt.Errorf("xls: sheet %q at offset %d outside the stream", sh.name, sh.offset)
	}
	rs := &records{b: wb.stream, off: sh.offset}
	if bof, ok, err := rs.next(); !ok || err != nil || bof.typ != recBOF || u16(bof.data, 2) != 0x0010 {
		return s, nil, fmt.Errorf("xls: sheet %q does not start with a worksheet BOF", sh.name)
	}
	g := &grid{wb: wb, lim: lim, budget: budget}
	var warns []string
	type pos struct{ r, c, ixfe int }
	var pending *pos // a formula whose string result is in the next STRING record
	depth := 0       // inside an embedded chart's substream
loop:
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return s, nil, err
			}
		}
		rec, ok, err := rs.next()
		if err != nil || !ok {
			warns = append(warns, fmt.Sprintf("Trang tính %q bị cắt cụt; chỉ đọc được phần đầu.", sh.name))
			break
		}
		if depth > 0 {
			switch rec.typ {
			case recBOF:
				depth++
			case recEOF:
				depth--
			}
			continue
		}
		d := rec.data
		r, c, ixfe := u16(d, 0), u16(d, 2), u16(d, 4)
		switch rec.typ {
		case recEOF:
			break loop
		case recBOF:
			depth++
		case recNumber:
			if len(d) >= 14 {
				g.number(r, c, ixfe, f64(d, 6))
			}
		case recRK:
			if len(d) >= 10 {
				g.number(r, c, ixfe, rk(u32(d, 6)))
			}
		case recMulRK:
			for i := 0; 4+6*i+6 <= len(d)-2; i++ {
				g.number(r, c+i, u16(d, 4+6*i), rk(u32(d, 6+6*i)))
			}
		case recLabelSST:
			if i := int(u32(d, 6)); len(d) >= 10 && i < len(wb.sst) {
				g.text(r, c, ixfe, wb.sst[i].text, wb.sst[i].runs, false)
			}
		case recLabel, recRString:
			if len(d) >= 8 {
				g.text(r, c, ixfe, longString(rec, 6), nil, false)
			}
		case recBoolErr:
			if len(d) >= 8 {
				g.put(r, c, ixfe, boolErr(d[6], d[7] != 0))
			}
		case recFormula:
			if len(d) < 14 {
				continue
			}
			pending = nil
			if u16(d, 12) != 0xFFFF {
				g.number(r, c, ixfe, f64(d, 6))
				continue
			}
			switch d[6] {
			case 0:
				pending = &pos{r, c, ixfe}
			case 1:
				g.put(r, c, ixfe, boolErr(d[8], false))
			case 2:
				g.put(r, c, ixfe, boolErr(d[8], true))
			}
		case recString:
			if pending != nil {
				g.text(pending.r, pending.c, pending.ixfe, longString(rec, 0), nil, true)
				pending = nil
			}
		case recMergedCells:
			for i := 0; i < u16(d, 0) && 2+8*i+8 <= len(d); i++ {
				if *budget <= 0 {
					g.overflow = true
					break
				}
				*budget--
				o := 2 + 8*i
				s.Merges = append(s.Merges, doc.Merge{Row0: u16(d, o), Row1: u16(d, o+2), Col0: u16(d, o+4), Col1: u16(d, o+6)})
			}
		}
	}
	s.Rows = g.rows
	if g.tooMany {
		warns = append(warns, fmt.Sprintf("Trang tính %q có hơn %d dòng; chỉ đọc %d dòng đầu.", sh.name, lim.MaxRows, lim.MaxRows))
	}
	if g.overflow {
		warns = append(warns, fmt.Sprintf("Tệp có hơn %d ô; trang tính %q chỉ đọc được phần đầu.", lim.MaxCells, sh.name))
	}
	return s, warns, nil
}

// boolErr is a Boolean or an error value: shown as Excel shows it, never a
// number.
func boolErr(b byte, isErr bool) value {
	if isErr {
		t, ok := errorText[b]
		if !ok {
			t = "#VALUE!"
		}
		return value{shown: t, raw: t}
	}
	if b != 0 {
		return value{shown: "TRUE", raw: "1"}
	}
	return value{shown: "FALSE", raw: "0"}
}

// style returns the cell format at index ixfe, or the default one.
func (wb *workbook) style(ixfe int) xf {
	if ixfe >= 0 && ixfe < len(wb.xfs) {
		return wb.xfs[ixfe]
	}
	return xf{numFmt: "General"}
}

// cell builds one cell from its value and its style, as package xlsx does.
func (wb *workbook) cell(ixfe int, v value) doc.Cell {
	st := wb.style(ixfe)
	cell := doc.Cell{Text: vntext.Clean(wb.text(v, st.font)), Font: st.font}
	if !v.numeric {
		return cell
	}
	cell.Num, cell.IsNum = v.num, true
	switch {
	case st.date && v.num > 0 && v.num < 2958466:
		if t, err := excelize.ExcelDateToTime(v.num, wb.date1904); err == nil {
			cell.Date = t.UTC()
		}
	case st.percent:
		cell.Percent = true
	}
	return cell
}

// text is a cell's text in Unicode. An old template's .VnTime or VNI-Times
// cell holds legacy bytes as Latin-1, read by the cell's font, or by the
// text's own patterns when the font says nothing. Rich text whose runs name
// legacy fonts is read run by run, as package xlsx reads it.
func (wb *workbook) text(v value, font string) string {
	if len(v.runs) == 0 || !ordered(v.runs) {
		return vntext.ReadLegacy(v.shown, font)
	}
	// Each run is read on its own, by its font or its own patterns, so that a
	// Unicode run is never converted along with a legacy-looking neighbour.
	units := utf16.Encode([]rune(v.shown))
	var b strings.Builder
	piece := func(from, to int, f string) {
		from, to = min(max(from, 0), len(units)), min(max(to, 0), len(units))
		if from < to {
			b.WriteString(vntext.ReadLegacy(string(utf16.Decode(units[from:to])), f))
		}
	}
	piece(0, v.runs[0].ich, font)
	for i, r := range v.runs {
		end := len(units)
		if i+1 < len(v.runs) {
			end = v.runs[i+1].ich
		}
		piece(max(r.ich, 0), end, fontName(wb.fonts, r.font))
	}
	return b.String()
}

// ordered reports whether rich-text runs start at increasing characters, as
// a sound file has them.
func ordered(runs []fontRun) bool {
	for i := 1; i < len(runs); i++ {
		if runs[i].ich <= runs[i-1].ich {
			return false
		}
	}
	return true
}
