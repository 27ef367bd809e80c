package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/go-pdf/fpdf"

	"baocao"
)

// makeSpacedDigits writes a typed report into out/pdf whose number and date
// are drawn glyph by glyph with wide gaps, as stamping software and some
// producers place them: "Số: 3 2 9 - B C / C B", "ngày 1 9 tháng". A reader
// that cuts words at a fixed gap reads neither.
func makeSpacedDigits(out string, specs []narrativeSpec) (sample, error) {
	k := -1
	for i, s := range specs {
		if s.Producer == "fpdf" && !s.TwoPages && s.Rec.ReportDate.Day >= 10 && strings.IndexFunc(s.Rec.DocNumber, unicode.IsDigit) >= 0 {
			k = i
			break
		}
	}
	if k < 0 {
		return sample{}, fmt.Errorf("spaced digits: no one-page fpdf narrative dated after the 9th")
	}
	s := specs[k]
	name := "spaced-digits-" + s.Slug
	pages, err := renderSpaced(s.document(), fpdfFonts[0], 12, filepath.Join(out, "pdf", name+".pdf"))
	if err != nil {
		return sample{}, err
	}
	return sample{
		Path: "pdf/" + name + ".pdf", Producer: "fpdf, DejaVuSerif 12pt, number and day drawn glyph by glyph",
		Variation: "number and day of the date drawn one glyph at a time, 0.3 em apart, no space characters; " + s.variation(),
		Want:      expected{Format: "pdf", Pages: pages, Records: []baocao.Record{s.Rec}},
	}, nil
}

// spacedGap is the gap between glyphs drawn one by one, in ems.
const spacedGap = 0.3

// renderSpaced lays a one-page report out as renderFpdf does, with the
// number and the day of the date drawn glyph by glyph.
func renderSpaced(d narrDoc, fonts fontSet, size float64, path string) (int, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCreator("Stamp", true)
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
	style := func(l line) string {
		st := ""
		if l.Bold {
			st += "B"
		}
		if l.Italic {
			st += "I"
		}
		return st
	}
	// spaced draws text centred in [x, x+w] at the current height, the
	// characters that spread say one by one, 0.3 em apart.
	spaced := func(text string, x, w float64, spread func(i int, r rune) bool) {
		rs := []rune(text)
		_, em := pdf.GetFontSize()
		total := 0.0
		for i, r := range rs {
			total += pdf.GetStringWidth(string(r))
			if spread(i, r) && i+1 < len(rs) && spread(i+1, rs[i+1]) {
				total += spacedGap * em
			}
		}
		cx := x + (w-total)/2
		y := pdf.GetY() + lh*0.75
		var run strings.Builder
		flush := func() {
			if run.Len() > 0 {
				pdf.Text(cx, y, run.String())
				cx += pdf.GetStringWidth(run.String())
				run.Reset()
			}
		}
		for i, r := range rs {
			if !spread(i, r) {
				run.WriteRune(r)
				continue
			}
			flush()
			pdf.Text(cx, y, string(r))
			cx += pdf.GetStringWidth(string(r))
			if i+1 < len(rs) && spread(i+1, rs[i+1]) {
				cx += spacedGap * em
			}
		}
		flush()
		pdf.Ln(lh)
	}

	leftW := textW * 0.45
	y0 := pdf.GetY()
	for _, l := range d.LeftHead {
		pdf.SetFont(fonts.Name, style(l), size-1)
		if strings.HasPrefix(l.Text, "Số") {
			start := strings.IndexFunc(l.Text, unicode.IsDigit)
			at := len([]rune(l.Text[:start]))
			spaced(l.Text, left-8, leftW+8, func(i int, r rune) bool { return i >= at && r != ' ' })
			continue
		}
		pdf.SetX(left - 8)
		pdf.CellFormat(leftW+8, lh, l.Text, "", 2, "C", false, 0, "")
	}
	yLeft := pdf.GetY()
	pdf.SetY(y0)
	for _, l := range d.RightHead {
		pdf.SetFont(fonts.Name, style(l), size-1)
		if i := strings.Index(l.Text, "ngày "); i >= 0 {
			at := len([]rune(l.Text[:i+len("ngày ")]))
			spaced(l.Text, left+leftW, textW-leftW, func(j int, r rune) bool { return j >= at && j < at+2 && unicode.IsDigit(r) })
			continue
		}
		pdf.SetX(left + leftW)
		pdf.CellFormat(textW-leftW, lh+1, l.Text, "", 2, "C", false, 0, "")
	}
	pdf.SetY(max(yLeft, pdf.GetY()) + lh)
	for _, l := range d.Title {
		pdf.SetFont(fonts.Name, style(l), size+1)
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
		st := ""
		if i == 0 {
			st = "BI"
		}
		pdf.SetFont(fonts.Name, st, size-1)
		pdf.SetX(left)
		pdf.CellFormat(textW*0.45, lh-0.5, s, "", 2, "L", false, 0, "")
	}
	pdf.SetY(y0)
	for i, l := range d.Sign {
		pdf.SetFont(fonts.Name, style(l), size)
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
