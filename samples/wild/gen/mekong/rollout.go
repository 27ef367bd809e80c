package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// writeRollXLSX lays the roll-up out on a sheet and saves it to path.
func writeRollXLSX(rl *Roll, sheet, path string) (string, error) {
	b := newBook(sheet)
	n := len(rl.Cols)
	ws := make([]float64, n)
	for i, c := range rl.Cols {
		ws[i] = c.W
	}
	b.widths(ws...)
	half := n / 2
	b.set(1, 1, up(rl.Superior))
	b.merge(1, 1, half, 1)
	b.set(1, 2, up(rl.Issuer))
	b.merge(1, 2, half, 2)
	b.bold(1, 2)
	b.set(half+1, 1, partyVN)
	b.merge(half+1, 1, n, 1)
	b.bold(half+1, 1)
	b.set(half+1, 2, rl.Place+", "+rl.Date.LongP())
	b.merge(half+1, 2, n, 2)
	b.text.WriteString(rl.Date.Long() + "\n")
	if rl.DocNum != "" {
		b.set(1, 3, "Số "+rl.DocNum)
		b.merge(1, 3, half, 3)
	}
	r := 5
	for _, t := range rl.Title {
		b.set(1, r, t)
		b.merge(1, r, n, r)
		b.bold(1, r)
		r++
	}
	for _, t := range rl.Sub {
		b.set(1, r, t)
		b.merge(1, r, n, r)
		r++
	}
	r++
	h0 := r
	depth := rl.headerDepth()
	for _, s := range rl.headerSpans() {
		b.set(s.c1+1, h0+s.lv, s.text)
		if s.c2 > s.c1 || s.lv2 > s.lv {
			b.merge(s.c1+1, h0+s.lv, s.c2+1, h0+s.lv2)
		}
	}
	b.box(1, h0, n, h0+depth-1, true, "center")
	r = h0 + depth
	if rl.Numbered {
		for i := 0; i < n; i++ {
			b.set(i+1, r, fmt.Sprintf("(%d)", i+1))
		}
		b.box(1, r, n, r, false, "center")
		r++
	}
	b.border = true
	for _, br := range rl.body() {
		vals := rl.rowValues(br)
		b.box(1, r, n, r, br.kind != 0, "center")
		if br.kind == 0 {
			b.box(2, r, 2, r, false, "left")
		}
		for i, v := range vals {
			if v == nil {
				continue
			}
			if d, ok := v.(D); ok {
				b.date(i+1, r, d, "dd/mm/yyyy")
				continue
			}
			b.set(i+1, r, v)
		}
		r++
	}
	b.border = false
	r++
	for _, t := range rl.Notes {
		b.set(1, r, t)
		r++
	}
	r++
	if rl.Preparer != "" {
		b.set(2, r, "NGƯỜI LẬP BIỂU")
		b.set(2, r+4, rl.Preparer)
	}
	for i, s := range rl.Sign {
		if s != "" {
			b.set(half+1, r+i, s)
			b.merge(half+1, r+i, n, r+i)
		}
	}
	return b.text.String(), b.f.SaveAs(path)
}

func rollOut(rl *Roll, sheet, file, desc string) (*Out, error) {
	ext := filepath.Ext(file)
	if ext == ".xls" {
		tmp := filepath.Join(workDir, strings.TrimSuffix(file, ext)+".xlsx")
		txt, err := writeRollXLSX(rl, sheet, tmp)
		if err != nil {
			return nil, err
		}
		queueLO(tmp, "xls:MS Excel 97", ext)
		return add(&Out{File: file, Format: "xls", Recs: rl.records(), Text: txt, Desc: desc}), nil
	}
	txt, err := writeRollXLSX(rl, sheet, filepath.Join(outDir, file))
	if err != nil {
		return nil, err
	}
	return add(&Out{File: file, Format: "xlsx", Recs: rl.records(), Text: txt, Desc: desc}), nil
}

// writeRollPDF draws the roll-up on landscape pages with fpdf.
func writeRollPDF(rl *Roll, file, desc string, size float64) (*Out, error) {
	pdf := newPDF("L", true)
	pdf.SetMargins(12, 12, 12)
	pdf.SetAutoPageBreak(false, 10)
	pdf.AddPage()
	var txt strings.Builder
	note := func(s string) { txt.WriteString(s + "\n") }
	pageW, pageH := pdf.GetPageSize()
	width := pageW - 24
	yl := centered(pdf, 12, 10, 110, []string{up(rl.Superior)}, "", 10.5, false)
	yl = centered(pdf, 12, yl, 110, []string{up(rl.Issuer)}, "B", 10.5, false)
	yl = centered(pdf, 12, yl, 110, []string{"*"}, "", 10, false)
	note(up(rl.Superior) + "\n" + up(rl.Issuer))
	if rl.DocNum != "" {
		yl = centered(pdf, 12, yl, 110, []string{"Số " + rl.DocNum}, "", 10.5, false)
		note("Số " + rl.DocNum)
	}
	yr := centered(pdf, pageW-132, 10, 120, []string{partyVN}, "B", 11, true)
	pd := rl.Place + ", " + rl.Date.LongP()
	centered(pdf, pageW-132, yr+2, 120, []string{pd}, "I", 10.5, false)
	note(partyVN + "\n" + pd)
	y := yl + 5
	for _, t := range rl.Title {
		y = centered(pdf, 12, y, width, []string{t}, "B", 12, false)
		note(t)
	}
	for _, t := range rl.Sub {
		y = centered(pdf, 12, y, width, []string{t}, "I", 10.5, false)
		note(t)
	}
	y += 3
	tot := 0.0
	for _, c := range rl.Cols {
		tot += c.W
	}
	xs := make([]float64, len(rl.Cols)+1)
	xs[0] = 12
	for i, c := range rl.Cols {
		xs[i+1] = xs[i] + c.W/tot*width
	}
	lh := size * 0.42
	depth := rl.headerDepth()
	hh := []float64{}
	for i := 0; i < depth; i++ {
		hh = append(hh, lh*2+2)
	}
	drawHead := func(y0 float64) float64 {
		pdf.SetFont("s", "B", size)
		ys := []float64{y0}
		for _, h := range hh {
			ys = append(ys, ys[len(ys)-1]+h)
		}
		for _, s := range rl.headerSpans() {
			x1, x2 := xs[s.c1], xs[s.c2+1]
			y1, y2 := ys[s.lv], ys[s.lv2+1]
			pdf.Rect(x1, y1, x2-x1, y2-y1, "D")
			lines := wrap(pdf, s.text, x2-x1)
			ty := y1 + (y2-y1-float64(len(lines))*lh)/2
			for j, l := range lines {
				pdf.SetXY(x1, ty+float64(j)*lh)
				pdf.CellFormat(x2-x1, lh, l, "", 0, "C", false, 0, "")
			}
		}
		yy := ys[len(ys)-1]
		if rl.Numbered {
			pdf.SetFont("s", "I", size-1)
			for i := range rl.Cols {
				pdf.SetXY(xs[i], yy)
				pdf.CellFormat(xs[i+1]-xs[i], lh+1, fmt.Sprintf("(%d)", i+1), "1", 0, "C", false, 0, "")
			}
			yy += lh + 1
		}
		return yy
	}
	for _, s := range rl.headerSpans() {
		note(s.text)
	}
	y = drawHead(y)
	for _, br := range rl.body() {
		vals := rl.rowValues(br)
		style := ""
		if br.kind != 0 {
			style = "B"
		}
		pdf.SetFont("s", style, size)
		cells := make([][]string, len(vals))
		nl := 1
		for i, v := range vals {
			s := cellText(v, false)
			note(s)
			cells[i] = wrap(pdf, s, xs[i+1]-xs[i])
			if len(cells[i]) > nl {
				nl = len(cells[i])
			}
		}
		h := float64(nl)*lh + 1.5
		if y+h > pageH-12 {
			pdf.AddPage()
			y = drawHead(12)
			pdf.SetFont("s", style, size)
		}
		for i := range vals {
			pdf.Rect(xs[i], y, xs[i+1]-xs[i], h, "D")
			al := "C"
			if i == unitCol && br.kind == 0 {
				al = "L"
			}
			for j, l := range cells[i] {
				pdf.SetXY(xs[i], y+0.7+float64(j)*lh)
				pdf.CellFormat(xs[i+1]-xs[i], lh, l, "", 0, al, false, 0, "")
			}
		}
		y += h
	}
	y += 3
	need := float64(len(rl.Notes))*5 + 40
	if y+need > pageH-10 {
		pdf.AddPage()
		y = 15
	}
	pdf.SetFont("s", "I", 9.5)
	for _, t := range rl.Notes {
		pdf.SetXY(12, y)
		pdf.CellFormat(width, 4.5, t, "", 0, "L", false, 0, "")
		note(t)
		y += 4.8
	}
	y += 2
	if rl.Preparer != "" {
		centered(pdf, 20, y, 80, []string{"NGƯỜI LẬP BIỂU"}, "B", 10.5, false)
		centered(pdf, 20, y+22, 80, []string{rl.Preparer}, "B", 10.5, false)
		note(rl.Preparer)
	}
	ys := y
	for _, s := range rl.Sign {
		if s == "" {
			ys += 16
			continue
		}
		ys = centered(pdf, pageW-120, ys, 100, []string{s}, "B", 10.5, false)
		note(s)
	}
	if err := pdf.OutputFileAndClose(filepath.Join(outDir, file)); err != nil {
		return nil, err
	}
	return add(&Out{File: file, Format: "pdf", Recs: rl.records(), Text: txt.String(), Desc: desc}), nil
}
