package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-pdf/fpdf"
)

// fontSet is a serif family with its four faces.
type fontSet struct {
	Name                          string
	Regular, Bold, Italic, BoldIt string
}

var fpdfFonts = []fontSet{
	{"DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf"},
	{"LiberationSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
		"/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf"},
}

// checkFonts fails early, with the Debian package to install, when a font is missing.
func checkFonts() error {
	for _, f := range fpdfFonts {
		for _, p := range []string{f.Regular, f.Bold, f.Italic, f.BoldIt} {
			if _, err := os.Stat(p); err != nil {
				return fmt.Errorf("font %s is missing (install fonts-dejavu-core and fonts-liberation2): %w", p, err)
			}
		}
	}
	return nil
}

// renderFpdf lays the report out on A4 with fpdf and writes it to path. It
// returns the number of pages.
func renderFpdf(d narrDoc, fonts fontSet, size float64, path string) (int, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCreator("Microsoft Word", true)
	pdf.SetProducer("baocao samples", true)
	pdf.SetCatalogSort(true)
	for _, face := range []struct{ style, file string }{{"", fonts.Regular}, {"B", fonts.Bold}, {"I", fonts.Italic}, {"BI", fonts.BoldIt}} {
		b, err := os.ReadFile(face.file)
		if err != nil {
			return 0, fmt.Errorf("read font: %w", err)
		}
		pdf.AddUTF8FontFromBytes(fonts.Name, face.style, b)
	}
	left, right, top := 25.0, 15.0, 15.0
	pdf.SetMargins(left, top, right)
	pdf.SetAutoPageBreak(true, 15)
	pdf.AddPage()
	pageW, _ := pdf.GetPageSize()
	textW := pageW - left - right
	lh := size * 0.45

	setFont := func(l line, sz float64) {
		st := ""
		if l.Bold {
			st += "B"
		}
		if l.Italic {
			st += "I"
		}
		if l.Underline {
			st += "U"
		}
		pdf.SetFont(fonts.Name, st, sz)
	}

	// Letterhead: two positioned columns.
	leftW := textW * 0.45
	y0 := pdf.GetY()
	for _, l := range d.LeftHead {
		setFont(l, size-1)
		pdf.SetX(left - 8)
		pdf.CellFormat(leftW+8, lh, l.Text, "", 2, "C", false, 0, "")
	}
	yLeft := pdf.GetY()
	pdf.SetY(y0)
	for _, l := range d.RightHead {
		setFont(l, size-1)
		pdf.SetX(left + leftW)
		pdf.CellFormat(textW-leftW, lh+1, l.Text, "", 2, "C", false, 0, "")
	}
	pdf.SetY(max(yLeft, pdf.GetY()) + lh)

	for _, l := range d.Title {
		setFont(l, size+1)
		pdf.MultiCell(textW, lh+0.5, l.Text, "", "C", false)
	}
	pdf.Ln(lh / 2)

	for _, b := range d.Body {
		switch b.Kind {
		case bPara:
			pdf.SetFont(fonts.Name, "", size)
			pdf.MultiCell(textW, lh, b.Text, "", "J", false)
		case bHeading:
			pdf.SetFont(fonts.Name, "B", size)
			pdf.MultiCell(textW, lh, b.Text, "", "L", false)
		case bBreak:
			pdf.AddPage()
		case bTable:
			fpdfTable(pdf, fonts.Name, size-1, lh, textW, b)
		}
	}

	// Recipients at the left, signature at the right, from the same height.
	pdf.Ln(lh / 2)
	if _, h := pdf.GetPageSize(); pdf.GetY() > h-70 {
		pdf.AddPage()
	}
	y0 = pdf.GetY()
	for i, s := range d.Recipients {
		if i == 0 {
			pdf.SetFont(fonts.Name, "BI", size-1)
		} else {
			pdf.SetFont(fonts.Name, "", size-2)
		}
		pdf.SetX(left)
		pdf.CellFormat(textW*0.45, lh-0.5, s, "", 2, "L", false, 0, "")
	}
	pdf.SetY(y0)
	sx := left + textW*0.5
	for i, l := range d.Sign {
		setFont(l, size)
		if i == len(d.Sign)-1 {
			pdf.Ln(lh * 3.5) // room for the signature and stamp
		}
		pdf.SetX(sx)
		pdf.CellFormat(textW*0.5, lh, l.Text, "", 2, "C", false, 0, "")
	}
	if err := pdf.OutputFileAndClose(path); err != nil {
		return 0, fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return pdf.PageNo(), nil
}

// fpdfTable draws a bordered table whose cells wrap.
func fpdfTable(pdf *fpdf.Fpdf, family string, size, lh, width float64, b block) {
	var total float64
	for _, w := range b.Widths {
		total += w
	}
	ws := make([]float64, len(b.Widths))
	for i, w := range b.Widths {
		ws[i] = width * w / total
	}
	x0, _, _, _ := pdf.GetMargins()
	for ri, row := range b.Rows {
		st := ""
		if ri == 0 {
			st = "B"
		}
		pdf.SetFont(family, st, size)
		n := 1
		for ci, c := range row {
			n = max(n, len(pdf.SplitText(c, ws[ci]-2)))
		}
		h := float64(n)*lh + 1
		if _, ph := pdf.GetPageSize(); pdf.GetY()+h > ph-15 {
			pdf.AddPage()
		}
		y := pdf.GetY()
		x := x0
		for ci, c := range row {
			pdf.Rect(x, y, ws[ci], h, "D")
			align := "C"
			if ci == 1 && ri > 0 && len(row) > 3 {
				align = "L"
			}
			pdf.SetXY(x+1, y+0.5)
			pdf.MultiCell(ws[ci]-2, lh, c, "", align, false)
			x += ws[ci]
		}
		pdf.SetXY(x0, y+h)
	}
	pdf.Ln(1)
}
