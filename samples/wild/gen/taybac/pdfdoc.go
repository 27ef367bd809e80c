package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

const (
	dejavuDir = "dejavu/"
	libDir    = "liberation2/"
)

var fixedTime = time.Date(2021, 7, 1, 8, 0, 0, 0, time.UTC)

// newPDF makes an fpdf document with a Unicode serif family "S".
func newPDF(orient, font string) *fpdf.Fpdf {
	f := fpdf.New(orient, "mm", "A4", "/usr/share/fonts/truetype")
	if font == "dejavu" {
		f.AddUTF8Font("S", "", dejavuDir+"DejaVuSerif.ttf")
		f.AddUTF8Font("S", "B", dejavuDir+"DejaVuSerif-Bold.ttf")
		f.AddUTF8Font("S", "I", dejavuDir+"DejaVuSerif-Italic.ttf")
		f.AddUTF8Font("S", "BI", dejavuDir+"DejaVuSerif-BoldItalic.ttf")
	} else {
		f.AddUTF8Font("S", "", libDir+"LiberationSerif-Regular.ttf")
		f.AddUTF8Font("S", "B", libDir+"LiberationSerif-Bold.ttf")
		f.AddUTF8Font("S", "I", libDir+"LiberationSerif-Italic.ttf")
		f.AddUTF8Font("S", "BI", libDir+"LiberationSerif-BoldItalic.ttf")
	}
	f.SetCreationDate(fixedTime)
	f.SetModificationDate(fixedTime)
	f.SetCatalogSort(true)
	f.SetCreator("Microsoft Word", false)
	return f
}

type tok struct {
	s     string
	style string
}

// pw is a paragraph writer over an fpdf page with margins.
type pw struct {
	f      *fpdf.Fpdf
	size   float64
	lh     float64
	left   float64
	right  float64
	bottom float64
}

func (p *pw) need(h float64) {
	_, pageH := p.f.GetPageSize()
	if p.f.GetY()+h > pageH-p.bottom {
		p.f.AddPage()
	}
}

// flow lays out styled tokens as a paragraph. align: "J", "L", "C".
func (p *pw) flow(toks []tok, indent float64, align string) {
	type word struct {
		s     string
		style string
		w     float64
	}
	var words []word
	for _, t := range toks {
		p.f.SetFont("S", t.style, p.size)
		for i, w := range strings.Fields(t.s) {
			_ = i
			words = append(words, word{w, t.style, p.f.GetStringWidth(w)})
		}
	}
	p.f.SetFont("S", "", p.size)
	space := p.f.GetStringWidth(" ")
	width := p.right - p.left
	first := true
	for len(words) > 0 {
		avail := width
		x0 := p.left
		if first {
			avail -= indent
			x0 += indent
		}
		n, sum := 0, 0.0
		for n < len(words) {
			add := words[n].w
			if n > 0 {
				add += space
			}
			if sum+add > avail && n > 0 {
				break
			}
			sum += add
			n++
		}
		line := words[:n]
		words = words[n:]
		p.need(p.lh)
		y := p.f.GetY() + p.lh*0.75
		gap := space
		x := x0
		switch {
		case align == "J" && len(words) > 0 && n > 1:
			nat := 0.0
			for _, w := range line {
				nat += w.w
			}
			gap = (avail - nat) / float64(n-1)
		case align == "C":
			x = x0 + (avail-sum)/2
		case align == "R":
			x = x0 + avail - sum
		}
		for _, w := range line {
			p.f.SetFont("S", w.style, p.size)
			p.f.Text(x, y, w.s)
			x += w.w + gap
		}
		p.f.SetY(p.f.GetY() + p.lh)
		first = false
	}
}

// centerLines writes lines centered in a column [x, x+w] starting at y.
func centerLines(f *fpdf.Fpdf, x, w, y, lh float64, lines []string, style string, size float64) float64 {
	for _, l := range lines {
		sz := size
		f.SetFont("S", style, sz)
		for sz > 9 && f.GetStringWidth(l) > w-1 {
			sz -= 0.5
			f.SetFont("S", style, sz)
		}
		f.SetXY(x, y)
		f.CellFormat(w, lh, l, "", 0, "C", false, 0, "")
		y += lh
	}
	return y
}

// renderPDF draws a narrative document with fpdf.
func renderPDF(d *Doc, path string) error {
	f := newPDF("P", d.Font)
	size := d.FontSize
	if size == 0 {
		size = 13
	}
	f.SetMargins(30, 20, 15)
	f.SetAutoPageBreak(false, 20)
	f.SetHeaderFunc(func() {
		if f.PageNo() > 1 {
			f.SetFont("S", "", 12)
			f.SetXY(30, 10)
			f.CellFormat(165, 5, fmt.Sprint(f.PageNo()), "", 0, "C", false, 0, "")
		}
		f.SetY(20)
	})
	f.AddPage()
	p := &pw{f: f, size: size, lh: size * 0.5, left: 30, right: 195, bottom: 20}
	drawHeader(f, &d.Header)
	f.SetY(f.GetY() + 4)
	for i, t := range d.Title {
		st, sz := "B", size
		if i == 0 {
			sz = size + 2
		}
		p.size = sz
		p.flow([]tok{{t, st}}, 0, "C")
	}
	p.size = size
	f.SetLineWidth(0.2)
	y := f.GetY() + 2.5
	f.Line(97, y, 128, y)
	f.SetY(y + 4)
	for _, b := range d.Blocks {
		switch b.Kind {
		case KPara:
			p.flow([]tok{{b.Text, ""}}, 10, "J")
		case KPlain:
			p.flow([]tok{{b.Text, ""}}, 0, "J")
		case KItalic:
			p.flow([]tok{{b.Text, "I"}}, 10, "J")
		case KHeading:
			p.flow([]tok{{b.Text, "B"}}, 10, "L")
		case KCenter:
			for _, l := range strings.Split(b.Text, "\n") {
				p.flow([]tok{{l, "B"}}, 0, "C")
			}
		case KLead:
			p.flow([]tok{{b.Lead, "B"}, {b.Text, ""}}, 10, "J")
		case KTable:
			f.SetY(f.GetY() + 1)
			drawTable(f, b.Table, 30, 165, 20, nil)
			f.SetY(f.GetY() + 2)
		case KPageBreak:
			f.AddPage()
		}
		f.SetY(f.GetY() + 0.8)
	}
	drawSign(f, d)
	return f.OutputFileAndClose(path)
}

func drawHeader(f *fpdf.Fpdf, h *Header) {
	lx, lw := 18.0, 86.0
	rx, rw := 100.0, 100.0
	y0 := 15.0
	lh := 5.6
	f.SetLineWidth(0.2)
	if h.State {
		y := y0
		for i, l := range h.Left {
			st := ""
			if i >= h.BoldFrom {
				st = "B"
			}
			y = centerLines(f, lx, lw, y, lh, []string{l}, st, 12.5)
		}
		f.Line(lx+lw/2-12, y+0.5, lx+lw/2+12, y+0.5)
		y = centerLines(f, lx, lw, y+2, lh, []string{h.Number}, "", 13)
		ry := centerLines(f, rx, rw, y0, lh, []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, "B", 12.5)
		ry = centerLines(f, rx, rw, ry, lh, []string{"Độc lập - Tự do - Hạnh phúc"}, "B", 13.5)
		f.SetFont("S", "B", 13.5)
		w := f.GetStringWidth("Độc lập - Tự do - Hạnh phúc")
		f.Line(rx+rw/2-w/2, ry+0.3, rx+rw/2+w/2, ry+0.3)
		ry = centerLines(f, rx, rw, ry+4, lh+0.6, h.PlaceDate, "I", 13)
		f.SetY(maxf(y, ry) + 2)
		return
	}
	y := y0
	for i, l := range h.Left {
		st := ""
		if i >= h.BoldFrom {
			st = "B"
		}
		y = centerLines(f, lx, lw, y, lh+0.4, []string{l}, st, 13)
	}
	if !h.NoStar {
		y = centerLines(f, lx, lw, y, 4.5, []string{"*"}, "", 13)
	}
	y = centerLines(f, lx, lw, y, lh, []string{h.Number}, "", 13)
	ry := centerLines(f, rx, rw, y0, lh+0.4, []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, "B", 14)
	f.SetFont("S", "B", 14)
	w := f.GetStringWidth("ĐẢNG CỘNG SẢN VIỆT NAM")
	f.Line(rx+rw/2-w/2, ry, rx+rw/2+w/2, ry)
	ry = centerLines(f, rx, rw, ry+6, lh+0.6, h.PlaceDate, "I", 13)
	f.SetY(maxf(y, ry) + 2)
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func drawSign(f *fpdf.Fpdf, d *Doc) {
	need := 12.0 + 6*float64(len(d.Sign.Lines)) + 28
	if rn := 5 * float64(len(d.Recipients)+1); rn > need {
		need = rn
	}
	_, ph := f.GetPageSize()
	if f.GetY()+need > ph-18 {
		f.AddPage()
	}
	y0 := f.GetY() + 4
	y := y0
	if len(d.Recipients) > 0 {
		f.SetFont("S", "BI", 12)
		f.SetXY(30, y)
		f.CellFormat(70, 5, "Nơi nhận:", "", 0, "L", false, 0, "")
		y += 5
		f.SetFont("S", "", 11)
		for _, r := range d.Recipients {
			f.SetXY(30, y)
			f.MultiCell(75, 4.6, r, "", "L", false)
			y = f.GetY()
		}
	}
	ry := centerLines(f, 108, 85, y0, 6, d.Sign.Lines, "B", 13)
	if d.Sign.Seal != "" {
		centerLines(f, 108, 85, ry+8, 6, []string{d.Sign.Seal}, "I", 12)
	}
	ry = centerLines(f, 108, 85, ry+22, 6, []string{d.Sign.Name}, "B", 13)
	f.SetY(maxf(y, ry))
}

// drawTable draws a table with row and column spans. Header rows repeat
// on each new page. onRow, if set, is told each body row's page.
func drawTable(f *fpdf.Fpdf, t *Table, x0, width, bottom float64, onRow func(i, page int)) {
	size := t.Font
	if size == 0 {
		size = 12
	}
	total := 0.0
	for _, w := range t.Widths {
		total += w
	}
	ws := make([]float64, len(t.Widths))
	xs := make([]float64, len(t.Widths)+1)
	xs[0] = x0
	for i, w := range t.Widths {
		ws[i] = w / total * width
		xs[i+1] = xs[i] + ws[i]
	}
	lh := size * 0.45
	pad := 1.2
	type placed struct {
		c      Cell
		col    int
		lines  []string
		row    int
		height float64
	}
	layout := func(rows [][]Cell) ([]placed, []float64) {
		var ps []placed
		occ := map[[2]int]bool{}
		hs := make([]float64, len(rows))
		for r, row := range rows {
			col := 0
			for _, c := range row {
				for occ[[2]int{r, col}] {
					col++
				}
				cs, rs := c.ColSpan, c.RowSpan
				if cs == 0 {
					cs = 1
				}
				if rs == 0 {
					rs = 1
				}
				if col+cs > len(ws) {
					cs = len(ws) - col
				}
				w := xs[col+cs] - xs[col]
				st := ""
				if c.Bold {
					st += "B"
				}
				if c.Italic {
					st += "I"
				}
				f.SetFont("S", st, size)
				var lines []string
				for _, part := range strings.Split(c.Text, "\n") {
					sl := splitText(f, part, w-2.4)
					if len(sl) == 0 {
						sl = []string{""}
					}
					lines = append(lines, sl...)
				}
				h := float64(len(lines))*lh + 2*pad
				for dr := 0; dr < rs; dr++ {
					for dc := 0; dc < cs; dc++ {
						occ[[2]int{r + dr, col + dc}] = true
					}
				}
				c.ColSpan, c.RowSpan = cs, rs
				ps = append(ps, placed{c, col, lines, r, h})
				if rs == 1 && h > hs[r] {
					hs[r] = h
				}
				col += cs
			}
		}
		for _, p := range ps {
			if p.c.RowSpan > 1 {
				sum := 0.0
				for k := 0; k < p.c.RowSpan && p.row+k < len(hs); k++ {
					sum += hs[p.row+k]
				}
				if sum < p.height {
					last := p.row + p.c.RowSpan - 1
					if last >= len(hs) {
						last = len(hs) - 1
					}
					hs[last] += p.height - sum
				}
			}
		}
		return ps, hs
	}
	draw := func(ps []placed, hs []float64, ytop float64, only int) {
		ys := make([]float64, len(hs)+1)
		ys[0] = ytop
		for i, h := range hs {
			ys[i+1] = ys[i] + h
		}
		for _, p := range ps {
			if only >= 0 && p.row != only {
				continue
			}
			x := xs[p.col]
			w := xs[p.col+p.c.ColSpan] - x
			y := ys[p.row]
			if only >= 0 {
				y = ytop
			}
			h := 0.0
			for k := 0; k < p.c.RowSpan && p.row+k < len(hs); k++ {
				h += hs[p.row+k]
			}
			f.Rect(x, y, w, h, "D")
			st := ""
			if p.c.Bold {
				st += "B"
			}
			if p.c.Italic {
				st += "I"
			}
			f.SetFont("S", st, size)
			al := p.c.Align
			if al == "" {
				al = "L"
			}
			ty := y + pad
			if p.c.Align == "C" || p.c.Bold {
				ty = y + (h-float64(len(p.lines))*lh)/2
			}
			for _, l := range p.lines {
				f.SetXY(x, ty)
				f.CellFormat(w, lh, l, "", 0, al, false, 0, "")
				ty += lh
			}
		}
	}
	hp, hh := layout(t.Head)
	headH := 0.0
	for _, h := range hh {
		headH += h
	}
	bp, bh := layout(t.Rows)
	_, ph := f.GetPageSize()
	f.SetLineWidth(0.2)
	if f.GetY()+headH+bh[0] > ph-bottom {
		f.AddPage()
	}
	y0 := f.GetY()
	draw(hp, hh, y0, -1)
	y := y0 + headH
	for r := range t.Rows {
		if y+bh[r] > ph-bottom {
			f.AddPage()
			y = f.GetY()
			draw(hp, hh, y, -1)
			y += headH
		}
		draw(bp, bh, y, r)
		if onRow != nil {
			onRow(r, f.PageNo())
		}
		y += bh[r]
	}
	f.SetY(y)
}

// splitText wraps text to a width by words, for UTF-8 fonts.
func splitText(f *fpdf.Fpdf, s string, w float64) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if cur != "" && f.GetStringWidth(try) > w {
			lines = append(lines, cur)
			cur = word
			continue
		}
		cur = try
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
