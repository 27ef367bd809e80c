package main

import (
	"html"
	"path/filepath"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Block is a paragraph ("p", "b" bold, "c" centred bold) or a table ("t").
type Block struct {
	Kind   string
	Text   string
	Rows   [][]string
	Widths []float64
}

// Doc is a document in the party or state layout.
type Doc struct {
	Left      []string // header lines on the left (first is the superior)
	Right     []string // national/party line(s)
	Num       string   // "Số 15-BC/CB"
	PlaceDate string
	Title     []string
	Body      []Block
	Recv      []string
	Sign      []string // T/M ..., title
	Signer    string
	Serif     string // "dejavu" or "liberation"
}

func (d *Doc) text() string {
	var b strings.Builder
	for _, s := range append(append(append([]string{}, d.Left...), d.Right...), d.Num, d.PlaceDate) {
		b.WriteString(s + "\n")
	}
	for _, s := range d.Title {
		b.WriteString(s + "\n")
	}
	for _, bl := range d.Body {
		b.WriteString(bl.Text + "\n")
		for _, r := range bl.Rows {
			b.WriteString(strings.Join(r, " ") + "\n")
		}
	}
	b.WriteString(strings.Join(d.Recv, "\n") + "\n" + strings.Join(d.Sign, "\n") + "\n" + d.Signer)
	return b.String()
}

func newPDF(orient string) *fpdf.Fpdf {
	p := fpdf.New(orient, "mm", "A4", "/")
	p.SetCreationDate(fixedTime)
	p.SetModificationDate(fixedTime)
	p.SetCatalogSort(true)
	p.SetCompression(true)
	dv := "/usr/share/fonts/truetype/dejavu/"
	lb := "/usr/share/fonts/truetype/liberation2/"
	p.AddUTF8Font("dejavu", "", dv+"DejaVuSerif.ttf")
	p.AddUTF8Font("dejavu", "B", dv+"DejaVuSerif-Bold.ttf")
	p.AddUTF8Font("dejavu", "I", dv+"DejaVuSerif-Italic.ttf")
	p.AddUTF8Font("liberation", "", lb+"LiberationSerif-Regular.ttf")
	p.AddUTF8Font("liberation", "B", lb+"LiberationSerif-Bold.ttf")
	p.AddUTF8Font("liberation", "I", lb+"LiberationSerif-Italic.ttf")
	return p
}

// pdfTable draws a table whose cells wrap.
func pdfTable(p *fpdf.Fpdf, font string, size float64, rows [][]string, w []float64, headRows int) {
	lh := size * 0.45
	for i, row := range rows {
		st := ""
		if i < headRows {
			st = "B"
		}
		p.SetFont(font, st, size)
		n := 1
		for j, c := range row {
			if k := len(splitLines(p, c, w[j]-2)); k > n {
				n = k
			}
		}
		h := float64(n)*lh + 2
		if p.GetY()+h > 280 {
			p.AddPage()
		}
		x, y := p.GetX(), p.GetY()
		for j, c := range row {
			p.Rect(x, y, w[j], h, "D")
			p.SetXY(x+1, y+1)
			al := "L"
			if i < headRows || len(c) < 12 {
				al = "C"
			}
			p.MultiCell(w[j]-2, lh, c, "", al, false)
			x += w[j]
		}
		p.SetXY(p.GetX(), y+h)
		p.SetX(20)
	}
}

func renderPDF(d *Doc, path string) {
	p := newPDF("P")
	f := d.Serif
	if f == "" {
		f = "dejavu"
	}
	fs := 12.0
	if f == "liberation" {
		fs = 13
	}
	p.SetMargins(20, 15, 15)
	p.SetAutoPageBreak(true, 15)
	p.AddPage()
	y := p.GetY()
	p.SetFont(f, "", fs-1)
	for i, s := range d.Left {
		if i == len(d.Left)-1 {
			p.SetFont(f, "B", fs-1)
		}
		p.SetX(15)
		p.CellFormat(80, 5.5, s, "", 1, "C", false, 0, "")
	}
	p.SetX(15)
	p.CellFormat(80, 5.5, "*", "", 1, "C", false, 0, "")
	p.SetX(15)
	p.CellFormat(80, 5.5, d.Num, "", 1, "C", false, 0, "")
	yl := p.GetY()
	p.SetY(y)
	for i, s := range d.Right {
		st := "B"
		if i > 0 && len(d.Right) > 1 && strings.HasPrefix(s, "Độc") {
			st = "B"
		}
		p.SetFont(f, st, fs-1)
		p.SetX(95)
		p.CellFormat(100, 5.5, s, "", 1, "C", false, 0, "")
	}
	p.SetFont(f, "I", fs-1)
	p.SetX(95)
	p.CellFormat(100, 6, d.PlaceDate, "", 1, "C", false, 0, "")
	if p.GetY() < yl {
		p.SetY(yl)
	}
	p.Ln(6)
	p.SetFont(f, "B", fs+1)
	for _, s := range d.Title {
		p.CellFormat(0, 6.5, s, "", 1, "C", false, 0, "")
	}
	p.Ln(2)
	p.CellFormat(0, 4, "-----", "", 1, "C", false, 0, "")
	p.Ln(3)
	for _, b := range d.Body {
		switch b.Kind {
		case "t":
			pdfTable(p, f, fs-2, b.Rows, b.Widths, 1)
			p.Ln(2)
		case "c":
			p.SetFont(f, "B", fs)
			p.MultiCell(0, 6, b.Text, "", "C", false)
		case "b":
			p.SetFont(f, "B", fs)
			p.MultiCell(0, 6, b.Text, "", "L", false)
		default:
			p.SetFont(f, "", fs)
			for _, ln := range strings.Split(b.Text, "\n") {
				p.MultiCell(0, 6, "      "+strings.ReplaceAll(ln, "\r", "\n"), "", "J", false)
			}
		}
		p.Ln(1)
	}
	p.Ln(4)
	if p.GetY() > 235 {
		p.AddPage()
	}
	y = p.GetY()
	p.SetFont(f, "B", fs-2)
	p.CellFormat(80, 5, "Nơi nhận:", "", 1, "L", false, 0, "")
	p.SetFont(f, "", fs-3)
	for _, s := range d.Recv {
		p.CellFormat(80, 4.5, s, "", 1, "L", false, 0, "")
	}
	p.SetY(y)
	p.SetFont(f, "B", fs)
	for _, s := range d.Sign {
		p.SetX(100)
		p.CellFormat(95, 6, s, "", 1, "C", false, 0, "")
	}
	p.Ln(18)
	p.SetX(100)
	p.CellFormat(95, 6, d.Signer, "", 1, "C", false, 0, "")
	must(p.OutputFileAndClose(path))
}

func esc(s string) string {
	return strings.NewReplacer("\n", "<br>", "\r", "<br>").Replace(html.EscapeString(s))
}

// renderHTML writes the document as HTML for LibreOffice; returns the path.
func renderHTML(d *Doc, name string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:'Liberation Serif','Times New Roman';font-size:13pt} td{vertical-align:top} p{text-align:justify;text-indent:1cm;margin:3pt 0}</style></head><body>`)
	b.WriteString(`<table width="100%" style="border:none"><tr><td width="45%" align="center">`)
	for i, s := range d.Left {
		if i == len(d.Left)-1 {
			s = "<b>" + esc(s) + "</b>"
		} else {
			s = esc(s)
		}
		b.WriteString(s + "<br>")
	}
	b.WriteString("*<br>" + esc(d.Num) + `</td><td width="55%" align="center">`)
	for _, s := range d.Right {
		b.WriteString("<b>" + esc(s) + "</b><br>")
	}
	b.WriteString("<br><i>" + esc(d.PlaceDate) + "</i></td></tr></table><br>")
	for _, s := range d.Title {
		b.WriteString(`<div align="center"><b>` + esc(s) + "</b></div>")
	}
	b.WriteString(`<div align="center">-----</div><br>`)
	for _, bl := range d.Body {
		switch bl.Kind {
		case "t":
			b.WriteString(`<table border="1" cellspacing="0" cellpadding="3" width="100%">`)
			for i, r := range bl.Rows {
				b.WriteString("<tr>")
				for j, c := range r {
					w := ""
					if j < len(bl.Widths) {
						w = ` width="` + itoa(int(bl.Widths[j]*100/170)) + `%"`
					}
					if i == 0 {
						b.WriteString("<td" + w + ` align="center"><b>` + esc(c) + "</b></td>")
					} else {
						b.WriteString("<td" + w + ">" + esc(c) + "</td>")
					}
				}
				b.WriteString("</tr>")
			}
			b.WriteString("</table><br>")
		case "c":
			b.WriteString(`<div align="center"><b>` + esc(bl.Text) + "</b></div>")
		case "b":
			b.WriteString("<p><b>" + esc(bl.Text) + "</b></p>")
		default:
			for _, ln := range strings.Split(bl.Text, "\n") {
				b.WriteString("<p>" + esc(ln) + "</p>")
			}
		}
	}
	b.WriteString(`<br><table width="100%"><tr><td width="45%" style="font-size:10pt"><b><i>Nơi nhận:</i></b><br>`)
	for _, s := range d.Recv {
		b.WriteString(esc(s) + "<br>")
	}
	b.WriteString(`</td><td width="55%" align="center">`)
	for _, s := range d.Sign {
		b.WriteString("<b>" + esc(s) + "</b><br>")
	}
	b.WriteString("<br><br><br><br><b>" + esc(d.Signer) + "</b></td></tr></table></body></html>")
	path := filepath.Join(tmpDir, name+".html")
	must(writeFile(path, b.String()))
	return path
}

// splitLines breaks s into lines no wider than w, using the current font.
func splitLines(p *fpdf.Fpdf, s string, w float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		cur := ""
		for _, wd := range strings.Fields(para) {
			t := wd
			if cur != "" {
				t = cur + " " + wd
			}
			if cur != "" && p.GetStringWidth(t) > w {
				out = append(out, cur)
				cur = wd
			} else {
				cur = t
			}
		}
		out = append(out, cur)
	}
	return out
}
