package main

import (
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

const fontDir = "/usr/share/fonts/truetype/dejavu/"

var fixedTime = time.Date(2024, 1, 15, 8, 0, 0, 0, time.UTC)

func newPDF(landscape bool, family string) *fpdf.Fpdf {
	orient := "P"
	if landscape {
		orient = "L"
	}
	pdf := fpdf.New(orient, "mm", "A4", fontDir)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	files := map[string][4]string{
		"dejavu":    {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"},
		"condensed": {"DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"},
		"sans":      {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
	}
	fs, ok := files[family]
	if !ok {
		fs = files["dejavu"]
	}
	for i, st := range []string{"", "B", "I", "BI"} {
		pdf.AddUTF8Font("F", st, fs[i])
	}
	return pdf
}

type pdfR struct {
	pdf  *fpdf.Fpdf
	size float64
	lm   float64
	w    float64
}

func style(b, i, u bool) string {
	s := ""
	if b {
		s += "B"
	}
	if i {
		s += "I"
	}
	if u {
		s += "U"
	}
	return s
}

func (r *pdfR) lh(size float64) float64 { return size * 0.3528 * 1.35 }

// wrap splits text into lines of the given width (first line narrower by indent).
func (r *pdfR) wrap(text string, w, indent float64) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		cur := ""
		avail := w - indent
		for _, wd := range words {
			try := wd
			if cur != "" {
				try = cur + " " + wd
			}
			if r.pdf.GetStringWidth(try) <= avail-0.5 || cur == "" {
				cur = try
				continue
			}
			out = append(out, cur)
			cur = wd
			avail = w
		}
		out = append(out, cur)
	}
	return out
}

func (r *pdfR) para(p Para) {
	size := r.size + p.Size
	r.pdf.SetFont("F", style(p.B, p.I, false), size)
	lh := r.lh(size)
	indent := 0.0
	if p.Indent {
		indent = 10
	}
	lines := r.wrap(p.Text, r.w, indent)
	for i, ln := range lines {
		x := r.lm
		w := r.w
		if i == 0 {
			x += indent
			w -= indent
		}
		al := p.Align
		if al == "J" && (i == len(lines)-1 || !strings.Contains(ln, " ")) {
			al = "L"
		}
		r.pdf.SetX(x)
		r.pdf.CellFormat(w, lh, ln, "", 1, al, false, 0, "")
	}
	r.pdf.Ln(1.2)
}

func (r *pdfR) columns(left, right []Line, leftW float64) {
	y0 := r.pdf.GetY()
	wl := r.w * leftW
	wr := r.w - wl
	draw := func(ls []Line, x, w float64) float64 {
		r.pdf.SetY(y0)
		for _, l := range ls {
			size := r.size + l.Size
			if l.Size == 0 && !l.I {
				size = r.size - 0.5
			}
			r.pdf.SetFont("F", style(l.B, l.I, false), size)
			lh := r.lh(size)
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh, l.Text, "", 2, "C", false, 0, "")
			if l.U {
				tw := r.pdf.GetStringWidth(l.Text)
				yl := r.pdf.GetY() - 0.6
				r.pdf.SetLineWidth(0.25)
				r.pdf.Line(x+(w-tw)/2, yl, x+(w+tw)/2, yl)
			}
		}
		return r.pdf.GetY()
	}
	y1 := draw(left, r.lm, wl)
	y2 := draw(right, r.lm+wl, wr)
	if y2 > y1 {
		y1 = y2
	}
	r.pdf.SetY(y1 + 4)
}

func (r *pdfR) sign(s Sign) {
	_, ph := r.pdf.GetPageSize()
	_, _, _, bm := r.pdf.GetMargins()
	need := float64(len(s.Right)+1) * r.lh(r.size)
	if r.pdf.GetY()+need > ph-bm {
		r.pdf.AddPage()
	}
	r.pdf.Ln(2)
	y0 := r.pdf.GetY()
	wl := r.w * 0.48
	r.pdf.SetY(y0)
	for _, l := range s.Left {
		size := r.size + l.Size
		r.pdf.SetFont("F", style(l.B, l.I, false), size)
		r.pdf.SetX(r.lm)
		r.pdf.CellFormat(wl, r.lh(size)*0.9, l.Text, "", 2, "L", false, 0, "")
	}
	r.pdf.SetY(y0)
	for _, l := range s.Right {
		size := r.size + l.Size
		r.pdf.SetFont("F", style(l.B, l.I, false), size)
		r.pdf.SetX(r.lm + wl)
		r.pdf.CellFormat(r.w-wl, r.lh(size), l.Text, "", 2, "C", false, 0, "")
	}
}

// table draws a grid with merged header cells and wrapping text.
func (r *pdfR) table(t Table) {
	size := r.size - 1
	if t.Size != 0 {
		size = t.Size
	}
	total := 0.0
	for _, w := range t.W {
		total += w
	}
	ws := make([]float64, len(t.W))
	xs := make([]float64, len(t.W)+1)
	xs[0] = r.lm
	for i, w := range t.W {
		ws[i] = w / total * r.w
		xs[i+1] = xs[i] + ws[i]
	}
	lh := r.lh(size) * 0.95
	pad := 1.0
	border := "1"
	if t.NoBorder {
		border = ""
	}
	_ = border
	// header row heights
	hh := make([]float64, t.HeadRows)
	r.pdf.SetFont("F", "B", size)
	for _, c := range t.Head {
		if c.RS == 0 {
			c.RS = 1
		}
		if c.CS == 0 {
			c.CS = 1
		}
		w := xs[c.C+c.CS] - xs[c.C]
		h := float64(len(r.wrap(c.Text, w-2*pad, 0)))*lh + 2*pad
		if c.RS == 1 && h > hh[c.R] {
			hh[c.R] = h
		}
	}
	for _, c := range t.Head { // rowspans taller than their rows
		if c.RS > 1 {
			w := xs[c.C+c.CS] - xs[c.C]
			h := float64(len(r.wrap(c.Text, w-2*pad, 0)))*lh + 2*pad
			sum := 0.0
			for k := c.R; k < c.R+c.RS; k++ {
				sum += hh[k]
			}
			if h > sum {
				hh[c.R+c.RS-1] += h - sum
			}
		}
	}
	_, ph := r.pdf.GetPageSize()
	_, _, _, bm := r.pdf.GetMargins()
	drawHead := func() {
		y0 := r.pdf.GetY()
		ys := []float64{y0}
		for _, h := range hh {
			ys = append(ys, ys[len(ys)-1]+h)
		}
		r.pdf.SetFont("F", "B", size)
		for _, c := range t.Head {
			rs, cs := max(c.RS, 1), max(c.CS, 1)
			x, y := xs[c.C], ys[c.R]
			w, h := xs[c.C+cs]-x, ys[c.R+rs]-y
			if !t.NoBorder {
				r.pdf.Rect(x, y, w, h, "D")
			}
			lines := r.wrap(c.Text, w-2*pad, 0)
			ty := y + (h-float64(len(lines))*lh)/2
			for i, ln := range lines {
				r.pdf.SetXY(x+pad, ty+float64(i)*lh)
				r.pdf.CellFormat(w-2*pad, lh, ln, "", 0, "C", false, 0, "")
			}
		}
		r.pdf.SetY(ys[len(ys)-1])
	}
	if t.HeadRows > 0 {
		sum := 0.0
		for _, h := range hh {
			sum += h
		}
		if r.pdf.GetY()+sum+lh*2 > ph-bm {
			r.pdf.AddPage()
		}
		drawHead()
	}
	for ri, row := range t.Rows {
		st := style(t.Bold[ri], t.Italic[ri], false)
		r.pdf.SetFont("F", st, size)
		cells := make([][]string, len(row))
		nl := 1
		if t.Span[ri] {
			cells[0] = r.wrap(row[0], r.w-2*pad, 0)
			nl = len(cells[0])
		} else {
			for ci, txt := range row {
				cells[ci] = r.wrap(txt, ws[ci]-2*pad, 0)
				if len(cells[ci]) > nl {
					nl = len(cells[ci])
				}
			}
		}
		h := float64(nl)*lh + 2*pad
		if r.pdf.GetY()+h > ph-bm {
			r.pdf.AddPage()
			if t.HeadRows > 0 && !t.NoBorder {
				drawHead()
				r.pdf.SetFont("F", st, size)
			}
		}
		y := r.pdf.GetY()
		if t.Span[ri] {
			if !t.NoBorder {
				r.pdf.Rect(r.lm, y, r.w, h, "D")
			}
			for i, ln := range cells[0] {
				r.pdf.SetXY(r.lm+pad, y+pad+float64(i)*lh)
				r.pdf.CellFormat(r.w-2*pad, lh, ln, "", 0, "L", false, 0, "")
			}
		} else {
			for ci := range row {
				if !t.NoBorder {
					r.pdf.Rect(xs[ci], y, ws[ci], h, "D")
				}
				al := "L"
				if ci < len(t.Align) {
					al = string(t.Align[ci])
				}
				for i, ln := range cells[ci] {
					r.pdf.SetXY(xs[ci]+pad, y+pad+float64(i)*lh)
					r.pdf.CellFormat(ws[ci]-2*pad, lh, ln, "", 0, al, false, 0, "")
				}
			}
		}
		r.pdf.SetY(y + h)
	}
	r.pdf.Ln(2)
}

// renderPDF draws a Doc with fpdf into path.
func renderPDF(d *Doc, path string) {
	pdf := newPDF(d.Landscape, d.Font)
	if d.Landscape {
		pdf.SetMargins(15, 15, 12)
	} else {
		pdf.SetMargins(30, 20, 15)
	}
	pdf.SetAutoPageBreak(true, 18)
	pdf.AliasNbPages("")
	pdf.AddPage()
	pw, _ := pdf.GetPageSize()
	lm, _, rm, _ := pdf.GetMargins()
	size := d.Size
	if size == 0 {
		size = 12.5
	}
	r := &pdfR{pdf: pdf, size: size, lm: lm, w: pw - lm - rm}
	if d.LeftW == 0 {
		d.LeftW = 0.45
	}
	if len(d.Left)+len(d.Right) > 0 {
		r.columns(d.Left, d.Right, d.LeftW)
	}
	for _, b := range d.Blocks {
		switch x := b.(type) {
		case Para:
			r.para(x)
		case Table:
			r.table(x)
		case Sign:
			r.sign(x)
		case PageBreak:
			pdf.AddPage()
		case Gap:
			pdf.Ln(x.H)
		}
	}
	must(pdf.OutputFileAndClose(path))
}
