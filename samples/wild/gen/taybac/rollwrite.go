package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

var shownStyle = map[string]int{"dd/mm/yyyy": 3, "d/m/yyyy": 0, "dd-mm-yyyy": 4}

// sums adds a column over units.
func sums(c Col, units []URow) any {
	if c.Sum == nil {
		return nil
	}
	n := 0
	for i := range units {
		n += c.Sum(&units[i])
	}
	return n
}

// writeRollXLSX writes the roll-up as a workbook at path; it returns the text shown.
func writeRollXLSX(s *RollSpec, path string, landscape bool) (string, error) {
	x := newXW(s.Sheet)
	nc := len(s.Cols)
	ws := make([]float64, nc)
	for i, c := range s.Cols {
		ws[i] = c.W
	}
	x.widths(ws...)
	leftEnd := 3
	for i, l := range s.Left {
		st := "c"
		if i == len(s.Left)-1 {
			st = "bc"
		}
		x.merge(cn(1, i+1), cn(leftEnd, i+1), upper(l), st)
	}
	x.merge(cn(nc-4, 1), cn(nc, 1), "ĐẢNG CỘNG SẢN VIỆT NAM", "bc")
	r := len(s.Left) + 2
	for i, t := range s.Title {
		st := "bc"
		if i > 0 {
			st = "ic"
		}
		x.merge(cn(1, r), cn(nc, r), t, st+"w")
		x.f.SetRowHeight(x.sh, r, 20)
		r++
	}
	r++
	hc, depth := headerCells(s.Cols)
	for _, h := range hc {
		a := cn(h.col+1, r+h.row)
		b := cn(h.col+h.cs, r+h.row+h.rs-1)
		if a != b {
			x.merge(a, b, h.text, "bcxw")
		} else {
			x.set(a, h.text, "bcxw")
		}
	}
	for k := 0; k < depth; k++ {
		x.f.SetRowHeight(x.sh, r+k, 34)
	}
	r += depth
	if s.Numbered {
		for i := range s.Cols {
			t := fmt.Sprintf("(%d)", i+1)
			if s.NumStyle == "1" {
				t = fmt.Sprint(i + 1)
			}
			x.set(cn(i+1, r), t, "icx")
		}
		r++
	}
	put := func(c int, v any, bold bool) {
		st := "x"
		if bold {
			st = "bx"
		}
		switch t := v.(type) {
		case nil:
			x.set(cn(c, r), "", st)
		case D:
			if s.DateFmt != "" {
				x.date(cn(c, r), t, st+"c", s.DateFmt, t.Fmt(shownStyle[s.DateFmt]))
			} else {
				x.set(cn(c, r), t.Fmt(s.DateText), st+"c")
			}
		case int:
			x.set(cn(c, r), t, st+"c")
		case float64:
			x.set(cn(c, r), t, st+"c|0.00")
		default:
			al := "w"
			if s.Cols[c-1].Align == "C" {
				al = "cw"
			}
			x.set(cn(c, r), t, st+al)
		}
	}
	var all []URow
	no := 0
	roman := []string{"I", "II", "III", "IV", "V", "VI"}
	for gi, g := range s.Groups {
		if g.Name != "" {
			x.set(cn(1, r), roman[gi], "bcx")
			x.merge(cn(2, r), cn(nc, r), g.Name, "bx")
			r++
		}
		for i := range g.Units {
			no++
			lines := 1
			for c, col := range s.Cols {
				v := col.Get(&g.Units[i], no)
				put(c+1, v, false)
				if t, ok := v.(string); ok {
					n := int(float64(len([]rune(t)))/(col.W*1.05)) + 1
					if n > lines {
						lines = n
					}
				}
			}
			x.f.SetRowHeight(x.sh, r, 16*float64(lines))
			r++
		}
		if g.Sub != "" {
			x.set(cn(1, r), "", "x")
			x.set(cn(2, r), g.Sub, "bx")
			for c := 2; c < nc; c++ {
				put(c+1, sums(s.Cols[c], g.Units), true)
			}
			r++
		}
		all = append(all, g.Units...)
	}
	if s.TotalLbl != "" {
		x.merge(cn(1, r), cn(2, r), s.TotalLbl, "bcx")
		for c := 2; c < nc; c++ {
			put(c+1, sums(s.Cols[c], all), true)
		}
		r++
	}
	r++
	for _, n := range s.Notes {
		x.merge(cn(1, r), cn(nc, r), n, "iw")
		r++
	}
	r++
	if s.SignPlace != "" {
		x.merge(cn(nc-4, r), cn(nc, r), s.SignPlace, "ic")
		r++
	}
	for _, l := range s.SignLines {
		x.merge(cn(nc-4, r), cn(nc, r), l, "bc")
		r++
	}
	x.merge(cn(nc-4, r+3), cn(nc, r+3), s.Signer, "bc")
	if landscape {
		o, fit := "landscape", true
		one := 1
		x.f.SetPageLayout(x.sh, &excelize.PageLayoutOptions{Orientation: &o, FitToWidth: &one})
		x.f.SetSheetProps(x.sh, &excelize.SheetPropsOptions{FitToPage: &fit})
	}
	if err := x.f.SaveAs(path); err != nil {
		return "", err
	}
	return x.text.String(), nil
}

// writeRollPDF draws the roll-up in landscape with fpdf.
func writeRollPDF(s *RollSpec, path string) (string, error) {
	f := newPDF("L", "liberation")
	f.SetMargins(12, 12, 12)
	f.SetAutoPageBreak(false, 12)
	f.SetFooterFunc(func() {
		f.SetFont("S", "I", 9)
		f.SetXY(12, 200)
		f.CellFormat(273, 5, fmt.Sprintf("Trang %d", f.PageNo()), "", 0, "R", false, 0, "")
	})
	f.AddPage()
	var text strings.Builder
	w := func(t string) { text.WriteString(t + "\n") }
	y := 10.0
	for i, l := range s.Left {
		st := ""
		if i == len(s.Left)-1 {
			st = "B"
		}
		y = centerLines(f, 12, 100, y, 5.5, []string{upper(l)}, st, 12)
		w(upper(l))
	}
	centerLines(f, 185, 100, 10, 5.5, []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, "B", 13)
	y += 4
	for i, t := range s.Title {
		st := "B"
		if i > 0 {
			st = "I"
		}
		y = centerLines(f, 12, 273, y, 6, []string{t}, st, 12.5)
		w(t)
	}
	f.SetY(y + 3)
	t := &Table{Font: 9.5}
	for _, c := range s.Cols {
		t.Widths = append(t.Widths, c.W)
	}
	hc, depth := headerCells(s.Cols)
	for row := 0; row < depth; row++ {
		var cs []Cell
		for _, h := range hc {
			if h.row == row {
				cs = append(cs, Cell{Text: h.text, ColSpan: h.cs, RowSpan: h.rs, Bold: true, Align: "C"})
				w(h.text)
			}
		}
		t.Head = append(t.Head, cs)
	}
	if s.Numbered {
		var cs []Cell
		for i := range s.Cols {
			cs = append(cs, Cell{Text: fmt.Sprintf("(%d)", i+1), Italic: true, Align: "C"})
		}
		t.Head = append(t.Head, cs)
	}
	var all []URow
	no := 0
	roman := []string{"I", "II", "III", "IV", "V", "VI"}
	val := func(c Col, v any) Cell {
		txt := s.cellText(v)
		w(txt)
		al := c.Align
		if _, ok := v.(int); ok {
			al = "C"
		}
		if _, ok := v.(D); ok {
			al = "C"
		}
		return Cell{Text: txt, Align: al}
	}
	for gi, g := range s.Groups {
		if g.Name != "" {
			t.Rows = append(t.Rows, []Cell{{Text: roman[gi], Bold: true, Align: "C"}, {Text: g.Name, Bold: true, ColSpan: len(s.Cols) - 1}})
			w(g.Name)
		}
		for i := range g.Units {
			no++
			var row []Cell
			for _, c := range s.Cols {
				row = append(row, val(c, c.Get(&g.Units[i], no)))
			}
			t.Rows = append(t.Rows, row)
		}
		if g.Sub != "" {
			row := []Cell{{}, {Text: g.Sub, Bold: true}}
			w(g.Sub)
			for _, c := range s.Cols[2:] {
				cl := val(c, sums(c, g.Units))
				cl.Bold = true
				row = append(row, cl)
			}
			t.Rows = append(t.Rows, row)
		}
		all = append(all, g.Units...)
	}
	if s.TotalLbl != "" {
		row := []Cell{{Text: s.TotalLbl, Bold: true, ColSpan: 2, Align: "C"}}
		w(s.TotalLbl)
		for _, c := range s.Cols[2:] {
			cl := val(c, sums(c, all))
			cl.Bold = true
			row = append(row, cl)
		}
		t.Rows = append(t.Rows, row)
	}
	drawTable(f, t, 12, 273, 16, nil)
	f.SetY(f.GetY() + 3)
	need := 8 + 5*float64(len(s.Notes)) + 6*float64(len(s.SignLines)) + 30
	if f.GetY()+need > 195 {
		f.AddPage()
	}
	for _, n := range s.Notes {
		f.SetFont("S", "I", 10)
		f.SetX(12)
		f.MultiCell(273, 5, n, "", "L", false)
		w(n)
	}
	yy := f.GetY() + 3
	lines := append([]string{s.SignPlace}, s.SignLines...)
	for i, l := range lines {
		st := "B"
		if i == 0 {
			st = "I"
		}
		yy = centerLines(f, 180, 100, yy, 6, []string{l}, st, 12)
		w(l)
	}
	centerLines(f, 180, 100, yy+18, 6, []string{s.Signer}, "B", 12)
	w(s.Signer)
	return text.String(), f.OutputFileAndClose(path)
}

// emitRoll writes a roll-up in its format with its truth.
func emitRoll(s *RollSpec) error {
	var file, format, text string
	var err error
	switch s.Format {
	case "xlsx":
		file, format = s.Name+".xlsx", "xlsx"
		text, err = writeRollXLSX(s, filepath.Join(outDir, file), false)
	case "xls":
		file, format = s.Name+".xls", "xls"
		src := filepath.Join(workDir, s.Name+".xlsx")
		if text, err = writeRollXLSX(s, src, false); err == nil {
			var p string
			if p, err = soffice(src, "xls:MS Excel 97", "xls", filepath.Join(workDir, "xls")); err == nil {
				err = os.Rename(p, filepath.Join(outDir, file))
			}
		}
	case "pdf-fpdf":
		file, format = s.Name+".pdf", "pdf"
		text, err = writeRollPDF(s, filepath.Join(outDir, file))
	case "pdf-lo":
		file, format = s.Name+".pdf", "pdf"
		src := filepath.Join(workDir, s.Name+".xlsx")
		if text, err = writeRollXLSX(s, src, true); err == nil {
			var p string
			if p, err = soffice(src, "pdf:calc_pdf_Export", "pdf", filepath.Join(workDir, "pdf")); err == nil {
				err = os.Rename(p, filepath.Join(outDir, file))
			}
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %v", s.Name, err)
	}
	n := 0
	for _, g := range s.Groups {
		n += len(g.Units)
	}
	what := fmt.Sprintf("roll-up (%s), %d unit rows; %s", format, n, s.What)
	if format == "pdf" {
		what += fmt.Sprintf("; %d page(s)", pageCount(filepath.Join(outDir, file)))
	}
	note(file, what)
	return writeTruth(file, format, false, text, s.records(), Evidence{})
}
