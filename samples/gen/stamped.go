package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-pdf/fpdf"

	"baocao"
)

// makeScansLayersAndStamp makes the scans and the misleading text layers,
// then a typed report with a signature box over its letterhead.
func makeScansLayersAndStamp(out string) ([]sample, error) {
	ss, err := makeScansAndLayers(out)
	if err != nil {
		return nil, err
	}
	st, err := makeStampedHead(out, buildNarrativeSpecs())
	if err != nil {
		return nil, err
	}
	return append(ss, st), nil
}

// stampBelow is how far below the baseline of the unit's name in the
// letterhead the signature box's first line sits, in points: close enough
// that a reader grouping glyphs by baseline alone reads the two lines as one,
// their letters interleaved.
const stampBelow = 3.0

// makeStampedHead writes a typed report into out/pdf whose e-signature box
// was set over the left column of the letterhead, its first line 3 points
// below the unit's name and across it, as signing software stamps a page
// where it finds room.
func makeStampedHead(out string, specs []narrativeSpec) (sample, error) {
	k := -1
	for i := len(specs) - 1; i >= 0; i-- {
		if s := specs[i]; s.Producer == "fpdf" && !s.TwoPages {
			k = i
			break
		}
	}
	if k < 0 {
		return sample{}, fmt.Errorf("stamped head: no one-page fpdf narrative")
	}
	s := specs[k]
	name := "stamped-head-" + s.Slug
	fonts := fpdfFonts[k%len(fpdfFonts)]
	// Shrink the type until the report fills one page, as renderFpdf's
	// callers do.
	size, pages := 12.0, 0
	for ; size >= 9; size -= 0.5 {
		var err error
		pages, err = renderStamped(s.document(), fonts, size, filepath.Join(out, "pdf", name+".pdf"))
		if err != nil {
			return sample{}, err
		}
		if pages == 1 {
			break
		}
	}
	return sample{
		Path: "pdf/" + name + ".pdf", Producer: fmt.Sprintf("fpdf, %s %gpt, e-signature box over the letterhead", fonts.Name, size),
		Variation: fmt.Sprintf("e-signature box (7pt) over the left column of the letterhead, its first line %g pt below the unit's name and across it; ", stampBelow) + s.variation(),
		Want:      expected{Format: "pdf", Pages: pages, Records: []baocao.Record{s.Rec}},
	}, nil
}

// renderStamped lays a one-page report out as renderFpdf does, and draws an
// e-signature box across the unit's name in the letterhead.
func renderStamped(d narrDoc, fonts fontSet, size float64, path string) (int, error) {
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

	leftW := textW * 0.45
	y0 := pdf.GetY()
	unitBase := 0.0 // the baseline of the unit's name, in mm from the top
	for i, l := range d.LeftHead {
		setFont(l, size-1)
		if i == 1 {
			// fpdf sets a cell's text 0.3 em below the cell's middle.
			_, em := pdf.GetFontSize()
			unitBase = pdf.GetY() + lh/2 + 0.3*em
		}
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
	yHead := max(yLeft, pdf.GetY())

	// The signature box: blue, small, two lines, the first across the
	// unit's name, clear of the star below it.
	pt := 25.4 / 72
	base := unitBase + stampBelow*pt
	pdf.SetDrawColor(0, 0, 160)
	pdf.SetTextColor(0, 0, 160)
	pdf.SetFont(fonts.Name, "", 7)
	pdf.Rect(left-8, base-3, 42, 6.2, "D")
	for j, t := range []string{"Ký bởi: Văn phòng Huyện ủy", "Cơ quan: Huyện ủy"} {
		pdf.Text(left-6, base+float64(j)*2.6, t)
	}
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetTextColor(0, 0, 0)

	pdf.SetY(yHead + lh)
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
		case bTable:
			fpdfTable(pdf, fonts.Name, size-1, lh, textW, b)
		}
	}
	pdf.Ln(lh / 2)
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
	for i, l := range d.Sign {
		setFont(l, size)
		if i == len(d.Sign)-1 {
			pdf.Ln(lh * 3.5)
		}
		pdf.SetX(left + textW*0.5)
		pdf.CellFormat(textW*0.5, lh, l.Text, "", 2, "C", false, 0, "")
	}
	if err := pdf.OutputFileAndClose(path); err != nil {
		return 0, fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return pdf.PageNo(), nil
}
