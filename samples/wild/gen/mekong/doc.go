package main

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// Block kinds.
const (
	bPara = iota
	bHead
	bTable
	bLine // a short line, not justified, no indent
)

// Table is a simple grid with one header row.
type Table struct {
	Head  []string
	Rows  [][]string
	W     []float64 // relative widths
	Align []string  // L, C, R per column
	Bold  map[int]bool
	Size  float64
}

// Block is a piece of the body.
type Block struct {
	Kind   int
	Text   string
	Bold   bool
	Italic bool
	Table  *Table
}

// Doc is a narrative document in either layout.
type Doc struct {
	Left       []string // header lines on the left, in capitals
	LeftBold   int      // index of the issuer line (bold)
	Number     string   // "Số 07-BC/CB"
	Right      []string // national/party motto lines
	State      bool
	PlaceDate  string // may hold "\n"
	Title      []string
	Sub        []string
	Blocks     []Block
	Recipients []string
	Sign       []string // right signature lines; "" for the signing space
	Condensed  bool
	BodySize   float64
	NoStar     bool
}

func (d *Doc) para(format string, a ...any) {
	if len(a) > 0 {
		format = fmt.Sprintf(format, a...)
	}
	d.Blocks = append(d.Blocks, Block{Kind: bPara, Text: format})
}

func (d *Doc) head(s string) { d.Blocks = append(d.Blocks, Block{Kind: bHead, Text: s, Bold: true}) }

func (d *Doc) line(s string) { d.Blocks = append(d.Blocks, Block{Kind: bLine, Text: s}) }

func (d *Doc) italic(s string) {
	d.Blocks = append(d.Blocks, Block{Kind: bPara, Text: s, Italic: true})
}

func (d *Doc) table(t *Table) { d.Blocks = append(d.Blocks, Block{Kind: bTable, Table: t}) }

// Text is everything the document shows, for the self-check.
func (d *Doc) Text() string {
	var b strings.Builder
	w := func(s string) { b.WriteString(strings.ReplaceAll(s, "\n", " ")); b.WriteString("\n") }
	for _, s := range d.Left {
		w(s)
	}
	w(d.Number)
	for _, s := range d.Right {
		w(s)
	}
	w(d.PlaceDate)
	for _, s := range append(append([]string{}, d.Title...), d.Sub...) {
		w(s)
	}
	for _, bl := range d.Blocks {
		if bl.Table != nil {
			w(strings.Join(bl.Table.Head, " | "))
			for _, r := range bl.Table.Rows {
				w(strings.Join(r, " | "))
			}
			continue
		}
		w(bl.Text)
	}
	for _, s := range d.Recipients {
		w(s)
	}
	for _, s := range d.Sign {
		w(s)
	}
	return b.String()
}

var fixedTime = time.Date(2024, 5, 6, 8, 30, 0, 0, time.UTC)

const fontDir = "/usr/share/fonts/truetype/dejavu/"

func newPDF(orient string, condensed bool) *fpdf.Fpdf {
	pdf := fpdf.New(orient, "mm", "A4", fontDir)
	base := "DejaVuSerif"
	if condensed {
		base = "DejaVuSerifCondensed"
	}
	pdf.AddUTF8Font("s", "", base+".ttf")
	pdf.AddUTF8Font("s", "B", base+"-Bold.ttf")
	pdf.AddUTF8Font("s", "I", base+"-Italic.ttf")
	pdf.AddUTF8Font("s", "BI", base+"-BoldItalic.ttf")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	return pdf
}

// wrap splits text into lines that fit w at the current font.
func wrap(pdf *fpdf.Fpdf, text string, w float64) []string {
	var out []string
	for _, part := range strings.Split(text, "\n") {
		words := strings.Fields(part)
		cur := ""
		for _, wd := range words {
			try := wd
			if cur != "" {
				try = cur + " " + wd
			}
			if pdf.GetStringWidth(try) <= w-2 || cur == "" {
				cur = try
				continue
			}
			out = append(out, cur)
			cur = wd
		}
		out = append(out, cur)
	}
	return out
}

// drawTable draws a table with wrapping cells at the left margin.
func drawTable(pdf *fpdf.Fpdf, t *Table, x, width float64) {
	size := t.Size
	if size == 0 {
		size = 10
	}
	lh := size * 0.45
	total := 0.0
	for _, w := range t.W {
		total += w
	}
	ws := make([]float64, len(t.W))
	for i, w := range t.W {
		ws[i] = w / total * width
	}
	_, pageH := pdf.GetPageSize()
	_, _, _, bm := pdf.GetMargins()
	row := func(cells []string, bold bool) {
		style := ""
		if bold {
			style = "B"
		}
		pdf.SetFont("s", style, size)
		lines := make([][]string, len(cells))
		n := 1
		for i, c := range cells {
			lines[i] = wrap(pdf, c, ws[i])
			if len(lines[i]) > n {
				n = len(lines[i])
			}
		}
		h := float64(n)*lh + 2
		if pdf.GetY()+h > pageH-bm {
			pdf.AddPage()
		}
		y := pdf.GetY()
		cx := x
		for i := range cells {
			pdf.Rect(cx, y, ws[i], h, "D")
			al := "L"
			if i < len(t.Align) {
				al = t.Align[i]
			}
			for j, ln := range lines[i] {
				pdf.SetXY(cx, y+1+float64(j)*lh)
				pdf.CellFormat(ws[i], lh, ln, "", 0, al, false, 0, "")
			}
			cx += ws[i]
		}
		pdf.SetXY(x, y+h)
	}
	row(t.Head, true)
	for i, r := range t.Rows {
		row(r, t.Bold[i])
	}
	pdf.Ln(2)
}

// centered writes lines centered in a column, returning the new y.
func centered(pdf *fpdf.Fpdf, x, y, w float64, lines []string, style string, size float64, underlineLast bool) float64 {
	pdf.SetFont("s", style, size)
	for i, l := range lines {
		pdf.SetXY(x, y)
		sub := wrap(pdf, l, w)
		for _, s := range sub {
			pdf.SetXY(x, y)
			pdf.CellFormat(w, size*0.45, s, "", 0, "C", false, 0, "")
			y += size * 0.45
		}
		if underlineLast && i == len(lines)-1 {
			sw := pdf.GetStringWidth(sub[len(sub)-1])
			pdf.Line(x+(w-sw)/2, y+0.6, x+(w+sw)/2, y+0.6)
			y += 1.5
		}
	}
	return y
}

// renderPDF draws a narrative document with fpdf.
func renderPDF(d *Doc, path string) error {
	pdf := newPDF("P", d.Condensed)
	pdf.SetMargins(25, 18, 15)
	pdf.SetAutoPageBreak(true, 18)
	pdf.AddPage()
	size := d.BodySize
	if size == 0 {
		size = 11
	}
	// header block
	y0 := 15.0
	yl := y0
	for i, l := range d.Left {
		st := ""
		if i == d.LeftBold {
			st = "B"
		}
		yl = centered(pdf, 12, yl, 88, []string{l}, st, 11.5, false)
	}
	if !d.NoStar {
		yl = centered(pdf, 12, yl, 88, []string{"*"}, "", 11, false)
	}
	yl = centered(pdf, 12, yl+1, 88, []string{d.Number}, "", 11.5, false)
	yr := y0
	if d.State {
		yr = centered(pdf, 98, yr, 102, d.Right[:1], "B", 11.5, false)
		yr = centered(pdf, 98, yr, 102, d.Right[1:], "B", 12, true)
	} else {
		yr = centered(pdf, 98, yr, 102, d.Right, "B", 12.5, true)
	}
	yr = centered(pdf, 98, yr+3, 102, strings.Split(d.PlaceDate, "\n"), "I", 11.5, false)
	y := yl
	if yr > y {
		y = yr
	}
	pdf.SetXY(25, y+8)
	pdf.SetFont("s", "B", size+2)
	for _, t := range d.Title {
		pdf.MultiCell(170, (size+2)*0.45, t, "", "C", false)
	}
	pdf.SetFont("s", "B", size)
	for _, t := range d.Sub {
		pdf.MultiCell(170, size*0.45, t, "", "C", false)
	}
	pdf.Ln(5)
	lh := size * 0.5
	for _, b := range d.Blocks {
		switch b.Kind {
		case bPara:
			st := ""
			if b.Italic {
				st = "I"
			}
			pdf.SetFont("s", st, size)
			pdf.SetX(25)
			pdf.MultiCell(170, lh, "        "+b.Text, "", "J", false)
			pdf.Ln(1.2)
		case bHead:
			pdf.SetFont("s", "B", size)
			pdf.SetX(25)
			pdf.MultiCell(170, lh, "        "+b.Text, "", "L", false)
			pdf.Ln(1)
		case bLine:
			pdf.SetFont("s", "", size)
			pdf.SetX(25)
			pdf.MultiCell(170, lh, "        "+b.Text, "", "L", false)
		case bTable:
			pdf.Ln(1)
			drawTable(pdf, b.Table, 25, 170)
		}
	}
	// signature block
	_, pageH := pdf.GetPageSize()
	if pdf.GetY()+42 > pageH-18 {
		pdf.AddPage()
	}
	y = pdf.GetY() + 6
	ys := y
	if len(d.Recipients) > 0 {
		pdf.SetXY(20, ys)
		pdf.SetFont("s", "BI", 11)
		pdf.CellFormat(60, 5, d.Recipients[0], "", 2, "L", false, 0, "")
		pdf.SetFont("s", "", 10)
		for _, r := range d.Recipients[1:] {
			pdf.SetX(20)
			pdf.CellFormat(80, 4.6, r, "", 2, "L", false, 0, "")
		}
	}
	for _, s := range d.Sign {
		if s == "" {
			y += 18
			continue
		}
		y = centered(pdf, 105, y, 90, []string{s}, "B", 12, false)
	}
	return pdf.OutputFileAndClose(path)
}

// renderHTML writes the document as HTML for LibreOffice.
func renderHTML(d *Doc, font string) string {
	var b strings.Builder
	e := html.EscapeString
	br := func(s string) string { return strings.ReplaceAll(e(s), "\n", "<br/>") }
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>%s</title>`, e(strings.Join(d.Title, " ")))
	fmt.Fprintf(&b, `<style>body{font-family:'%s';font-size:13pt} p{margin-top:0;margin-bottom:5pt} td{font-size:12pt}</style></head><body>`, font)
	b.WriteString(`<table width="100%" cellspacing="0" cellpadding="2" border="0"><tr><td width="44%" align="center" valign="top">`)
	for i, l := range d.Left {
		if i == d.LeftBold {
			fmt.Fprintf(&b, "<b>%s</b><br/>", e(l))
		} else {
			fmt.Fprintf(&b, "%s<br/>", e(l))
		}
	}
	if !d.NoStar {
		b.WriteString("*<br/>")
	}
	fmt.Fprintf(&b, "%s</td><td width=\"56%%\" align=\"center\" valign=\"top\">", e(d.Number))
	for i, l := range d.Right {
		if i == len(d.Right)-1 {
			fmt.Fprintf(&b, "<b><u>%s</u></b><br/>", e(l))
		} else {
			fmt.Fprintf(&b, "<b>%s</b><br/>", e(l))
		}
	}
	fmt.Fprintf(&b, "<br/><i>%s</i></td></tr></table><p>&nbsp;</p>", br(d.PlaceDate))
	for _, t := range d.Title {
		fmt.Fprintf(&b, `<p align="center" style="margin:0"><b><font size="4">%s</font></b></p>`, e(t))
	}
	for _, t := range d.Sub {
		fmt.Fprintf(&b, `<p align="center" style="margin:0"><b>%s</b></p>`, e(t))
	}
	b.WriteString("<p>&nbsp;</p>")
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case bPara:
			txt := br(bl.Text)
			if bl.Italic {
				txt = "<i>" + txt + "</i>"
			}
			fmt.Fprintf(&b, `<p align="justify" style="text-indent:1cm">%s</p>`, txt)
		case bHead:
			fmt.Fprintf(&b, `<p style="text-indent:1cm"><b>%s</b></p>`, br(bl.Text))
		case bLine:
			fmt.Fprintf(&b, `<p style="text-indent:1cm;margin-bottom:2pt">%s</p>`, br(bl.Text))
		case bTable:
			t := bl.Table
			b.WriteString(`<table width="100%" border="1" cellspacing="0" cellpadding="4"><tr>`)
			tot := 0.0
			for _, w := range t.W {
				tot += w
			}
			for i, h := range t.Head {
				fmt.Fprintf(&b, `<td width="%d%%" align="center" valign="middle"><b>%s</b></td>`, int(t.W[i]/tot*100), br(h))
			}
			b.WriteString("</tr>")
			for ri, r := range t.Rows {
				b.WriteString("<tr>")
				for i, c := range r {
					al := "left"
					if i < len(t.Align) {
						al = map[string]string{"L": "left", "C": "center", "R": "right"}[t.Align[i]]
					}
					txt := br(c)
					if t.Bold[ri] {
						txt = "<b>" + txt + "</b>"
					}
					fmt.Fprintf(&b, `<td align="%s" valign="top">%s</td>`, al, txt)
				}
				b.WriteString("</tr>")
			}
			b.WriteString("</table><p>&nbsp;</p>")
		}
	}
	b.WriteString(`<table width="100%" cellspacing="0" cellpadding="2" border="0"><tr><td width="45%" valign="top">`)
	for i, r := range d.Recipients {
		if i == 0 {
			fmt.Fprintf(&b, "<b><i>%s</i></b><br/>", e(r))
		} else {
			fmt.Fprintf(&b, `<font size="2">%s</font><br/>`, e(r))
		}
	}
	b.WriteString(`</td><td width="55%" align="center" valign="top">`)
	for _, s := range d.Sign {
		if s == "" {
			b.WriteString("<br/><br/><br/><br/>")
			continue
		}
		fmt.Fprintf(&b, "<b>%s</b><br/>", e(s))
	}
	b.WriteString("</td></tr></table></body></html>\n")
	return b.String()
}
