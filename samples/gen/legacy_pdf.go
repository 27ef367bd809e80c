package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/go-pdf/fpdf"
)

// A legacy PDF is what Word printed from a document typed in .VnTime or
// VNI-Times on a machine whose PDF printer did not embed them: a simple
// WinAnsi font named after the Windows font, with no font program, no
// ToUnicode map, and the legacy bytes as its character codes. fpdf writes
// exactly that for a "Core" font definition with our own name and widths.

// timesAFM are the widths of Times-Roman for the codes 32–126, the widths
// a reader assumes for a Times-like font that gives none.
var timesAFM = [95]int{
	250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
}

// legacyFonts names the PDF fonts of one sample: the family for mixed case and
// the one for capitals ("" to write capitals in the mixed-case font), each
// with its regular, bold, italic and bold italic names.
type legacyFonts struct {
	Text, Caps [4]string
}

// namedFonts are the names Word gives the legacy fonts in a PDF.
func namedFonts(e legacyEnc) legacyFonts {
	faces := func(n string) [4]string { return [4]string{n, n + ",Bold", n + ",Italic", n + ",BoldItalic"} }
	f := legacyFonts{Text: faces(e.Font)}
	if e.Caps != "" {
		f.Caps = faces(e.Caps)
	}
	return f
}

// renderLegacy lays the report out as renderFpdf does, in the legacy
// encoding's bytes and fonts, and returns the number of pages.
func renderLegacy(d narrDoc, e legacyEnc, fonts legacyFonts, size float64, path string) (int, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCreator("Microsoft Word", true)
	pdf.SetProducer("baocao samples", true)
	pdf.SetCatalogSort(true)
	var cw [256]int
	for c := range cw {
		cw[c] = 500
		if c >= 32 && c < 127 {
			cw[c] = timesAFM[c-32]
		}
	}
	styles := []string{"", "B", "I", "BI"}
	for _, fam := range []struct {
		name  string
		faces [4]string
	}{{"legacy", fonts.Text}, {"legacycaps", fonts.Caps}} {
		for i, name := range fam.faces {
			if name == "" {
				continue
			}
			def, err := json.Marshal(map[string]any{"Tp": "Core", "Name": name, "Up": -100, "Ut": 50, "Cw": cw[:]})
			if err != nil {
				return 0, err
			}
			pdf.AddFontFromBytes(fam.name, styles[i], def, nil)
		}
	}
	var encErr error
	// text encodes s and selects the font that draws it.
	text := func(s string, l line, sz float64) string {
		st := ""
		if l.Bold {
			st += "B"
		}
		if l.Italic {
			st += "I"
		}
		fam := "legacy"
		var b string
		var err error
		if fonts.Caps[0] != "" && caps(s) {
			fam = "legacycaps"
			b, _, err = e.encodeFor(s)
		} else {
			b, err = e.encode(s)
		}
		if err != nil && encErr == nil {
			encErr = err
		}
		if l.Underline {
			st += "U"
		}
		pdf.SetFont(fam, st, sz)
		return b
	}

	left, right, top := 25.0, 15.0, 15.0
	pdf.SetMargins(left, top, right)
	pdf.SetAutoPageBreak(true, 15)
	pdf.AddPage()
	pageW, _ := pdf.GetPageSize()
	textW := pageW - left - right
	lh := size * 0.45

	leftW := textW * 0.45
	y0 := pdf.GetY()
	for _, l := range d.LeftHead {
		s := text(l.Text, l, size-1)
		pdf.SetX(left - 8)
		pdf.CellFormat(leftW+8, lh, s, "", 2, "C", false, 0, "")
	}
	yLeft := pdf.GetY()
	pdf.SetY(y0)
	for _, l := range d.RightHead {
		s := text(l.Text, l, size-1)
		pdf.SetX(left + leftW)
		pdf.CellFormat(textW-leftW, lh+1, s, "", 2, "C", false, 0, "")
	}
	pdf.SetY(max(yLeft, pdf.GetY()) + lh)
	for _, l := range d.Title {
		s := text(l.Text, l, size+1)
		pdf.MultiCell(textW, lh+0.5, s, "", "C", false)
	}
	pdf.Ln(lh / 2)
	for _, b := range d.Body {
		switch b.Kind {
		case bPara:
			s := text(b.Text, line{}, size)
			pdf.MultiCell(textW, lh, s, "", "J", false)
		case bHeading:
			s := text(b.Text, line{Bold: true}, size)
			pdf.MultiCell(textW, lh, s, "", "L", false)
		case bBreak:
			pdf.AddPage()
		case bTable:
			return 0, fmt.Errorf("%s: legacy samples have no tables", filepath.Base(path))
		}
	}
	pdf.Ln(lh / 2)
	if _, h := pdf.GetPageSize(); pdf.GetY() > h-70 {
		pdf.AddPage()
	}
	y0 = pdf.GetY()
	for i, r := range d.Recipients {
		l, sz := line{}, size-2
		if i == 0 {
			l, sz = line{Bold: true, Italic: true}, size-1
		}
		s := text(r, l, sz)
		pdf.SetX(left)
		pdf.CellFormat(textW*0.45, lh-0.5, s, "", 2, "L", false, 0, "")
	}
	pdf.SetY(y0)
	sx := left + textW*0.5
	for i, l := range d.Sign {
		s := text(l.Text, l, size)
		if i == len(d.Sign)-1 {
			pdf.Ln(lh * 3.5)
		}
		pdf.SetX(sx)
		pdf.CellFormat(textW*0.5, lh, s, "", 2, "C", false, 0, "")
	}
	if encErr != nil {
		return 0, encErr
	}
	if err := pdf.OutputFileAndClose(path); err != nil {
		return 0, fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return pdf.PageNo(), nil
}
