package main

import (
	"fmt"

	"github.com/xuri/excelize/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// toXLSX writes the roll-up as a workbook and returns its text.
func (ro *rollup) toXLSX(sheet string) (string, *book) {
	b := newBook(sheet)
	n := len(ro.cols)
	var w []float64
	for _, c := range ro.cols {
		w = append(w, c.w)
	}
	b.widths(w...)
	r := 1
	half := n / 2
	for i := 0; i < max(len(ro.left), len(ro.right)); i++ {
		if i < len(ro.left) {
			b.set(1, r+i, ro.left[i])
			b.merge(1, r+i, half, r+i)
		}
		if i < len(ro.right) {
			b.set(half+1, r+i, ro.right[i])
			b.merge(half+1, r+i, n, r+i)
		}
		b.text.WriteString("\n")
	}
	b.style(1, 1, n, max(len(ro.left), len(ro.right)), true, false, true, false)
	r += max(len(ro.left), len(ro.right)) + 1
	for _, t := range ro.title {
		b.set(1, r, t)
		b.merge(1, r, n, r)
		b.style(1, r, n, r, true, false, true, false)
		b.text.WriteString("\n")
		r++
	}
	r++
	h0 := r
	L := ro.levels()
	for _, h := range ro.headerCells() {
		b.set(h.c1+1, h0+h.l1, h.text)
		if h.c2 > h.c1 || h.l2 > h.l1 {
			b.merge(h.c1+1, h0+h.l1, h.c2+1, h0+h.l2)
		}
	}
	b.text.WriteString("\n")
	b.style(1, h0, n, h0+L-1, true, true, true, true)
	r = h0 + L
	if ro.numbered {
		for i := range ro.cols {
			b.set(i+1, r, fmt.Sprintf("(%d)", i+1))
		}
		b.style(1, r, n, r, false, true, true, false)
		r++
	}
	first := r
	stt := 0
	roman := []string{"I", "II", "III", "IV", "V"}
	var all []urow
	for gi, g := range ro.groups {
		if g.label != "" {
			b.set(1, r, roman[gi])
			b.set(2, r, g.label)
			b.style(1, r, n, r, true, true, false, false)
			b.text.WriteString("\n")
			r++
		}
		for _, u := range g.rows {
			stt++
			for i, c := range ro.cols {
				if v := ro.cellVal(c, u, stt); v != "" {
					b.set(i+1, r, v)
				}
			}
			b.style(1, r, n, r, false, true, false, true)
			b.text.WriteString("\n")
			r++
		}
		all = append(all, g.rows...)
		if g.sub != "" {
			b.set(2, r, g.sub)
			for i, c := range ro.cols {
				if v := sumVal(c, g.rows); v != nil {
					b.set(i+1, r, v)
				}
			}
			b.style(1, r, n, r, true, true, false, false)
			b.text.WriteString("\n")
			r++
		}
	}
	b.set(2, r, ro.total)
	for i, c := range ro.cols {
		if v := sumVal(c, all); v != nil {
			b.set(i+1, r, v)
		}
	}
	b.style(1, r, n, r, true, true, false, false)
	_ = first
	r += 2
	for _, t := range ro.notes {
		b.set(1, r, t)
		b.text.WriteString("\n")
		r++
	}
	r++
	for i, s := range ro.sign {
		rr := r + i
		if i == len(ro.sign)-1 {
			rr += 3
		}
		b.set(half+1, rr, s)
		b.merge(half+1, rr, n, rr)
		b.style(half+1, rr, n, rr, true, false, true, false)
	}
	check(b.f.SetPageLayout(sheet, &excelizePageLandscape))
	check(b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}))
	return b.text.String(), b
}

func (ro *rollup) emitXLSX(sheet string) {
	text, b := ro.toXLSX(sheet)
	b.save(ro.name)
	writeTruth(ro.name, "xlsx", ro.records(), text)
	addReadme(ro.name+".xlsx", ro.desc)
}

func (ro *rollup) emitXLS(sheet string) {
	text, b := ro.toXLSX(sheet)
	tmp := filepath.Join(os.TempDir(), "hue-work")
	check(os.MkdirAll(tmp, 0o755))
	src := filepath.Join(tmp, ro.name+".xlsx")
	check(b.f.SaveAs(src))
	soffice(src, "xls:MS Excel 97", tmp, false)
	data, err := os.ReadFile(filepath.Join(tmp, ro.name+".xls"))
	check(err)
	check(os.WriteFile(filepath.Join(outDir, ro.name+".xls"), data, 0o644))
	writeTruth(ro.name, "xls", ro.records(), text)
	addReadme(ro.name+".xls", ro.desc)
}

// emitPDF draws the roll-up as a landscape table with fpdf.
func (ro *rollup) emitPDF() {
	p := newPDF("L")
	p.SetMargins(12, 12, 12)
	p.SetAutoPageBreak(false, 10)
	p.AddPage()
	var text strings.Builder
	W := 0.0
	for _, c := range ro.cols {
		W += c.w
	}
	x0 := (297 - W) / 2
	for i := 0; i < max(len(ro.left), len(ro.right)); i++ {
		p.SetFont("s", "B", 10)
		if i < len(ro.left) {
			p.SetXY(12, 12+float64(i)*5)
			p.CellFormat(110, 5, ro.left[i], "", 0, "C", false, 0, "")
			text.WriteString(ro.left[i] + "\n")
		}
		if i < len(ro.right) {
			if i == len(ro.right)-1 {
				p.SetFont("s", "I", 10)
			}
			p.SetXY(160, 12+float64(i)*5)
			p.CellFormat(125, 5, ro.right[i], "", 0, "C", false, 0, "")
			text.WriteString(ro.right[i] + "\n")
		}
	}
	y := 14 + float64(max(len(ro.left), len(ro.right)))*5
	for _, t := range ro.title {
		p.SetFont("s", "B", 12)
		p.SetXY(12, y)
		p.CellFormat(273, 6, t, "", 0, "C", false, 0, "")
		text.WriteString(t + "\n")
		y += 6
	}
	y += 3
	L := ro.levels()
	lh := 9.0
	xs := []float64{x0}
	for _, c := range ro.cols {
		xs = append(xs, xs[len(xs)-1]+c.w)
	}
	header := func() {
		p.SetFont("c", "B", 8)
		for _, h := range ro.headerCells() {
			x, w := xs[h.c1], xs[h.c2+1]-xs[h.c1]
			yy, hh := y+float64(h.l1)*lh, float64(h.l2-h.l1+1)*lh
			p.Rect(x, yy, w, hh, "D")
			lines := split(p, h.text, w-1.5)
			ty := yy + (hh-float64(len(lines))*3.6)/2
			for k, l := range lines {
				p.SetXY(x+0.5, ty+float64(k)*3.6)
				p.CellFormat(w-1, 3.6, l, "", 0, "C", false, 0, "")
			}
			text.WriteString(h.text + " | ")
		}
		y += float64(L) * lh
		if ro.numbered {
			p.SetFont("c", "I", 8)
			for i := range ro.cols {
				p.SetXY(xs[i], y)
				p.CellFormat(ro.cols[i].w, 5, fmt.Sprintf("(%d)", i+1), "1", 0, "C", false, 0, "")
			}
			y += 5
		}
		text.WriteString("\n")
	}
	header()
	line := func(vals []string, bold bool) {
		st := ""
		if bold {
			st = "B"
		}
		p.SetFont("c", st, 8.5)
		n := 1
		for i, v := range vals {
			if k := len(split(p, v, ro.cols[i].w-1.5)); k > n && v != "" {
				n = k
			}
		}
		h := float64(n)*3.8 + 1.6
		if y+h > 190 {
			p.AddPage()
			y = 12
			header()
			p.SetFont("c", st, 8.5)
		}
		for i, v := range vals {
			p.Rect(xs[i], y, ro.cols[i].w, h, "D")
			if v == "" {
				continue
			}
			al := "C"
			if ro.cols[i].kind == "unit" || ro.cols[i].kind == "chairfull" || ro.cols[i].kind == "loc" {
				al = "L"
			}
			for k, l := range split(p, v, ro.cols[i].w-1.5) {
				p.SetXY(xs[i]+0.5, y+0.8+float64(k)*3.8)
				p.CellFormat(ro.cols[i].w-1, 3.8, l, "", 0, al, false, 0, "")
			}
		}
		y += h
		text.WriteString(strings.Join(vals, " | ") + "\n")
	}
	str := func(v any) string {
		switch t := v.(type) {
		case nil:
			return ""
		case time.Time:
			return t.Format("02/01/2006")
		}
		return fmt.Sprint(v)
	}
	stt := 0
	roman := []string{"I", "II", "III", "IV"}
	var all []urow
	for gi, g := range ro.groups {
		if g.label != "" {
			vals := make([]string, len(ro.cols))
			vals[0], vals[1] = roman[gi], g.label
			line(vals, true)
		}
		for _, u := range g.rows {
			stt++
			vals := make([]string, len(ro.cols))
			for i, c := range ro.cols {
				vals[i] = str(ro.cellVal(c, u, stt))
			}
			line(vals, false)
		}
		all = append(all, g.rows...)
		if g.sub != "" {
			vals := make([]string, len(ro.cols))
			for i, c := range ro.cols {
				vals[i] = str(sumVal(c, g.rows))
			}
			vals[1] = g.sub
			line(vals, true)
		}
	}
	vals := make([]string, len(ro.cols))
	for i, c := range ro.cols {
		vals[i] = str(sumVal(c, all))
	}
	vals[1] = ro.total
	line(vals, true)
	y += 3
	if y+20+float64(len(ro.notes))*4.5 > 200 {
		p.AddPage()
		y = 15
	}
	p.SetFont("s", "I", 9)
	for _, t := range ro.notes {
		p.SetXY(x0, y)
		p.CellFormat(180, 4.5, t, "", 0, "L", false, 0, "")
		text.WriteString(t + "\n")
		y += 4.5
	}
	p.SetFont("s", "B", 10)
	for i, s := range ro.sign {
		yy := y + float64(i)*5
		if i == len(ro.sign)-1 {
			yy += 12
		}
		p.SetXY(180, yy)
		p.CellFormat(100, 5, s, "", 0, "C", false, 0, "")
		text.WriteString(s + "\n")
	}
	check(p.OutputFileAndClose(filepath.Join(outDir, ro.name+".pdf")))
	writeTruth(ro.name, "pdf", ro.records(), text.String())
	addReadme(ro.name+".pdf", ro.desc)
}
