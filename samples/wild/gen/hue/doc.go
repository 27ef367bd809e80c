package main

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// Block is a paragraph, a heading or a table in a narrative document.
type Block struct {
	Text   string
	Bold   bool
	Italic bool
	Center bool
	Indent bool
	Table  [][]string // first row is the header
	Widths []float64  // mm, for fpdf
	Break  bool       // page break
}

// Doc is a narrative document.
type Doc struct {
	Left      []string // header block, left column
	Right     []string // header block, right column (last lines italic)
	RightItal int      // how many trailing right lines are italic
	Title     []string
	Body      []Block
	Recipient []string
	Sign      []string // signer block lines, name last
	Serif     string   // "dejavu" or "dejavucond"
}

// P is a plain indented paragraph.
func P(s string) Block { return Block{Text: s, Indent: true} }

// H is a bold heading line.
func H(s string) Block { return Block{Text: s, Bold: true} }

// T is a table block.
func T(w []float64, rows ...[]string) Block { return Block{Table: rows, Widths: w} }

// Text returns all the text the document states, for the truth check.
func (d Doc) Text() string {
	var b strings.Builder
	for _, group := range [][]string{d.Left, d.Right, d.Title} {
		b.WriteString(strings.Join(group, " ") + "\n")
	}
	for _, bl := range d.Body {
		b.WriteString(bl.Text + "\n")
		for _, r := range bl.Table {
			b.WriteString(strings.Join(r, " | ") + "\n")
		}
	}
	b.WriteString(strings.Join(d.Recipient, "\n") + "\n" + strings.Join(d.Sign, "\n"))
	return b.String()
}

var fixedTime = time.Date(2024, 5, 6, 8, 0, 0, 0, time.UTC)

const fontDir = "/usr/share/fonts/truetype/dejavu/"

func newPDF(orient string) *fpdf.Fpdf {
	p := fpdf.New(orient, "mm", "A4", "")
	p.SetCreationDate(fixedTime)
	p.SetModificationDate(fixedTime)
	p.SetCatalogSort(true)
	p.SetFontLocation(fontDir)
	for _, sf := range [][3]string{
		{"s", "", "DejaVuSerif.ttf"}, {"s", "B", "DejaVuSerif-Bold.ttf"}, {"s", "I", "DejaVuSerif-Italic.ttf"}, {"s", "BI", "DejaVuSerif-BoldItalic.ttf"},
		{"c", "", "DejaVuSerifCondensed.ttf"}, {"c", "B", "DejaVuSerifCondensed-Bold.ttf"}, {"c", "I", "DejaVuSerifCondensed-Italic.ttf"}, {"c", "BI", "DejaVuSerifCondensed-BoldItalic.ttf"},
	} {
		p.AddUTF8Font(sf[0], sf[1], sf[2])
	}
	p.SetMargins(25, 18, 18)
	p.SetAutoPageBreak(true, 18)
	return p
}

// tableRows draws a table with wrapping cells.
func tableRows(p *fpdf.Fpdf, fam string, w []float64, rows [][]string, size float64) {
	lh := size * 0.5
	for ri, r := range rows {
		st := ""
		if ri == 0 {
			st = "B"
		}
		p.SetFont(fam, st, size)
		n := 1
		for i, c := range r {
			if k := len(split(p, c, w[i]-2)); k > n {
				n = k
			}
		}
		h := float64(n)*lh + 2
		if p.GetY()+h > 279 {
			p.AddPage()
		}
		x, y := p.GetX(), p.GetY()
		for i, c := range r {
			p.Rect(x, y, w[i], h, "D")
			lines := split(p, c, w[i]-2)
			for k, l := range lines {
				al := "L"
				if ri == 0 || len(c) < 12 {
					al = "C"
				}
				p.SetXY(x+1, y+1+float64(k)*lh)
				p.CellFormat(w[i]-2, lh, l, "", 0, al, false, 0, "")
			}
			x += w[i]
		}
		p.SetXY(p.GetX(), y+h)
		p.SetX(25)
	}
}

// renderFPDF draws the document with fpdf.
func renderFPDF(d Doc, path string) {
	p := newPDF("P")
	fam := "s"
	if d.Serif == "dejavucond" {
		fam = "c"
	}
	p.AddPage()
	y0 := p.GetY()
	for i, l := range d.Left {
		st := ""
		if i > 0 && i < len(d.Left)-1 {
			st = "B"
		}
		p.SetFont(fam, st, 11)
		p.SetXY(18, y0+float64(i)*5.5)
		p.CellFormat(78, 5.5, l, "", 0, "C", false, 0, "")
	}
	for i, l := range d.Right {
		st := "B"
		if i >= len(d.Right)-d.RightItal {
			st = "I"
		}
		if strings.HasPrefix(l, "Độc lập") {
			st = "B"
		}
		p.SetFont(fam, st, 11)
		p.SetXY(100, y0+float64(i)*5.5)
		p.CellFormat(95, 5.5, l, "", 0, "C", false, 0, "")
	}
	n := max(len(d.Left), len(d.Right))
	p.SetXY(25, y0+float64(n)*5.5+6)
	for _, t := range d.Title {
		p.SetFont(fam, "B", 13)
		p.CellFormat(0, 6.5, t, "", 1, "C", false, 0, "")
	}
	p.Ln(4)
	for _, b := range d.Body {
		switch {
		case b.Break:
			p.AddPage()
		case b.Table != nil:
			tableRows(p, fam, b.Widths, b.Table, 10)
			p.Ln(2)
		default:
			st := ""
			if b.Bold {
				st += "B"
			}
			if b.Italic {
				st += "I"
			}
			p.SetFont(fam, st, 12)
			txt := b.Text
			if b.Indent {
				txt = "      " + txt
			}
			al := "J"
			if b.Center {
				al = "C"
			}
			p.MultiCell(0, 6.2, txt, "", al, false)
			p.Ln(0.8)
		}
	}
	p.Ln(4)
	y := p.GetY()
	if y > 240 {
		p.AddPage()
		y = p.GetY()
	}
	p.SetFont(fam, "BI", 10)
	p.SetXY(25, y)
	if len(d.Recipient) > 0 {
		p.CellFormat(80, 5, d.Recipient[0], "", 2, "L", false, 0, "")
		p.SetFont(fam, "", 9)
		for _, r := range d.Recipient[1:] {
			p.CellFormat(80, 4.5, r, "", 2, "L", false, 0, "")
		}
	}
	for i, s := range d.Sign {
		st := "B"
		if i == len(d.Sign)-1 {
			st = "B"
		}
		p.SetFont(fam, st, 12)
		yy := y + float64(i)*6
		if i == len(d.Sign)-1 {
			yy += 18
		}
		p.SetXY(110, yy)
		p.CellFormat(85, 6, s, "", 0, "C", false, 0, "")
	}
	check(p.OutputFileAndClose(path))
}

// renderHTML writes the document as HTML for LibreOffice.
func renderHTML(d Doc) string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"DejaVu Serif";font-size:12.5pt} p{margin:0 0 4pt 0;text-align:justify}
td{vertical-align:top;font-size:11pt} table.g td{border:1px solid #000;padding:2pt}
table.g{border-collapse:collapse;width:100%}</style></head><body>`)
	b.WriteString(`<table width="100%"><tr><td width="45%" align="center">`)
	for i, l := range d.Left {
		if i > 0 && i < len(d.Left)-1 {
			l = "<b>" + e(l) + "</b>"
		} else {
			l = e(l)
		}
		b.WriteString(l + "<br>")
	}
	b.WriteString(`</td><td width="55%" align="center">`)
	for i, l := range d.Right {
		if i >= len(d.Right)-d.RightItal {
			b.WriteString("<i>" + e(l) + "</i><br>")
		} else {
			b.WriteString("<b>" + e(l) + "</b><br>")
		}
	}
	b.WriteString("</td></tr></table><p>&nbsp;</p>")
	for _, t := range d.Title {
		b.WriteString(`<p align="center" style="text-align:center"><b>` + e(t) + "</b></p>")
	}
	b.WriteString("<p>&nbsp;</p>")
	for _, bl := range d.Body {
		switch {
		case bl.Break:
			b.WriteString(`<p style="page-break-before:always"></p>`)
		case bl.Table != nil:
			b.WriteString(`<table class="g" border="1" cellspacing="0">`)
			for ri, r := range bl.Table {
				b.WriteString("<tr>")
				for _, c := range r {
					c = strings.ReplaceAll(e(c), "\n", "<br>")
					if ri == 0 {
						c = "<b>" + c + "</b>"
					}
					b.WriteString("<td>" + c + "</td>")
				}
				b.WriteString("</tr>")
			}
			b.WriteString("</table><p>&nbsp;</p>")
		default:
			t := e(bl.Text)
			if bl.Bold {
				t = "<b>" + t + "</b>"
			}
			if bl.Italic {
				t = "<i>" + t + "</i>"
			}
			st := ""
			if bl.Indent {
				st = ` style="text-indent:1cm"`
			}
			if bl.Center {
				st = ` align="center" style="text-align:center"`
			}
			b.WriteString("<p" + st + ">" + t + "</p>")
		}
	}
	b.WriteString(`<p>&nbsp;</p><table width="100%"><tr><td width="45%">`)
	for i, r := range d.Recipient {
		if i == 0 {
			b.WriteString("<b><i>" + e(r) + "</i></b><br>")
		} else {
			b.WriteString(`<span style="font-size:9pt">` + e(r) + "</span><br>")
		}
	}
	b.WriteString(`</td><td width="55%" align="center">`)
	for i, s := range d.Sign {
		if i == len(d.Sign)-1 {
			b.WriteString("<br><br><br>")
		}
		b.WriteString("<b>" + e(s) + "</b><br>")
	}
	b.WriteString("</td></tr></table></body></html>")
	return b.String()
}

// soffice converts src into the wanted format inside dir.
func soffice(src, conv, dir string, htmlIn bool) {
	args := []string{"--headless", "-env:UserInstallation=file:///tmp/hue-lo-profile"}
	if htmlIn {
		args = append(args, "--infilter=HTML (StarWriter)")
	}
	args = append(args, "--convert-to", conv, "--outdir", dir, src)
	out, err := exec.Command("soffice", args...).CombinedOutput()
	if err != nil {
		fail("soffice %s: %v %s", src, err, out)
	}
}

// viaOffice writes the doc as HTML and converts it to pdf or docx.
func viaOffice(d Doc, name, ext string) {
	tmp := filepath.Join(os.TempDir(), "hue-work")
	check(os.MkdirAll(tmp, 0o755))
	src := filepath.Join(tmp, name+".html")
	check(os.WriteFile(src, []byte(renderHTML(d)), 0o644))
	conv := "pdf:writer_pdf_Export"
	if ext == "docx" {
		conv = "docx:MS Word 2007 XML"
	}
	soffice(src, conv, tmp, true)
	b, err := os.ReadFile(filepath.Join(tmp, name+"."+ext))
	check(err)
	check(os.WriteFile(filepath.Join(outDir, name+"."+ext), b, 0o644))
}

// emit renders a narrative and writes its truth.
func emit(name, how, desc string, d Doc, recs []Record) {
	switch how {
	case "fpdf":
		renderFPDF(d, filepath.Join(outDir, name+".pdf"))
		writeTruth(name, "pdf", recs, d.Text())
	case "lopdf":
		viaOffice(d, name, "pdf")
		writeTruth(name, "pdf", recs, d.Text())
	case "docx":
		viaOffice(d, name, "docx")
		writeTruth(name, "docx", recs, d.Text())
	default:
		fail("bad kind %s", how)
	}
	readme = append(readme, fmt.Sprintf("- `%s.%s`: %s", name, map[string]string{"fpdf": "pdf", "lopdf": "pdf", "docx": "docx"}[how], desc))
}

var readme []string

// split breaks text into lines that fit width w with the current font.
func split(p *fpdf.Fpdf, txt string, w float64) []string {
	var lines []string
	for _, para := range strings.Split(txt, "\n") {
		cur := ""
		for _, word := range strings.Fields(para) {
			try := word
			if cur != "" {
				try = cur + " " + word
			}
			if p.GetStringWidth(try) <= w || cur == "" {
				cur = try
				continue
			}
			lines = append(lines, cur)
			cur = word
		}
		lines = append(lines, cur)
	}
	return lines
}
