package main

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"baocao"
)

// makeScansAndLayers makes the scans, then the samples of text layers that
// mislead a reader: a scan whose first page carries an e-signature stamp as
// text, a scan with a junk layer from an English OCR engine, and a typed
// report whose number and date are drawn digit by digit. They come after the
// scans because the scans group empties out/scan.
func makeScansAndLayers(out string) ([]sample, error) {
	ss, err := makeScans(out)
	if err != nil {
		return nil, err
	}
	more, err := makeTextLayers(out)
	return append(ss, more...), err
}

// layerKind is the text layer a sample lays over its pages.
type layerKind int

const (
	layerStamp  layerKind = iota // a small visible e-signature stamp on page 1
	layerMangle                  // the report's text with its marks lost, invisible, on every page
)

func makeTextLayers(out string) ([]sample, error) {
	tmp, err := os.MkdirTemp("", "baocao-layers-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	specs := buildNarrativeSpecs()
	var samples []sample
	for k, c := range []struct {
		narr  int
		layer layerKind
		name  string
		sc    scanSpec
	}{
		{12, layerStamp, "esigned", scanSpec{dpi: 300, skew: 0.3, noise: 0.0005, grey: 248, quality: 85}},
		{7, layerMangle, "junk-layer", scanSpec{dpi: 300, skew: -0.5, noise: 0.0008, grey: 245, quality: 85}},
	} {
		s := specs[c.narr%len(specs)]
		if s.Producer != "fpdf" {
			return nil, fmt.Errorf("%s: narrative %d is not typeset by fpdf", c.name, c.narr)
		}
		d := s.document()
		typed := filepath.Join(tmp, fmt.Sprintf("typed-%d.pdf", k))
		pages, err := renderFpdf(d, fpdfFonts[c.narr%len(fpdfFonts)], 12, typed)
		if err != nil {
			return nil, err
		}
		imgs, err := rasterize(typed, c.sc.dpi, tmp)
		if err != nil {
			return nil, err
		}
		r := newRand(uint64(950 + k))
		scanned := make([]image.Image, len(imgs))
		for i, img := range imgs {
			scanned[i] = spoil(img, c.sc, i == len(imgs)-1, r)
		}
		name := fmt.Sprintf("%s-%02d-%s", c.name, k+1, s.Slug)
		if err := writeLayeredPDF(filepath.Join(out, "scan", name+".pdf"), scanned, c.sc, c.layer, d); err != nil {
			return nil, err
		}
		variation := "e-signature stamp (SAO Y, signer, time) as a small text layer on page 1"
		if c.layer == layerMangle {
			variation = "invisible text layer of an English OCR engine: the report's words with their marks lost or mangled"
		}
		samples = append(samples, sample{
			Path: "scan/" + name + ".pdf", Producer: "scanner (image-only PDF of an fpdf report) with a text layer",
			Variation: variation + "; " + s.variation(),
			Want:      expected{Format: "pdf", Pages: pages, OCR: true, Records: []baocao.Record{s.Rec}},
		})
	}
	sp, err := makeSpacedDigits(out, specs)
	if err != nil {
		return nil, err
	}
	return append(samples, sp), nil
}

// writeLayeredPDF wraps scanned pages in a PDF, as writeImagePDF does, and
// lays a text layer over them.
func writeLayeredPDF(path string, imgs []image.Image, sc scanSpec, layer layerKind, d narrDoc) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCreator("Scanner", true)
	pdf.SetProducer("baocao samples", true)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	b, err := os.ReadFile(fpdfFonts[0].Regular)
	if err != nil {
		return fmt.Errorf("read font: %w", err)
	}
	pdf.AddUTF8FontFromBytes("Stamp", "", b)
	for i, img := range imgs {
		name := fmt.Sprintf("page%d", i+1)
		if err := addScanImage(pdf, name, img, sc); err != nil {
			return err
		}
		switch {
		case layer == layerStamp && i == 0:
			// The signing software's box in the top margin, above the
			// letterhead, as offices receive "SAO Y" copies.
			pdf.SetDrawColor(0, 0, 160)
			pdf.SetTextColor(0, 0, 160)
			pdf.Rect(122, 2, 80, 11, "D")
			pdf.SetFont("Stamp", "", 6)
			for j, t := range []string{
				"SAO Y BẢN CHÍNH - Ký bởi: Văn phòng Huyện ủy",
				"Email: vanphong@huyenuy.gov.vn - Cơ quan: Huyện ủy",
				"Thời gian ký: 20.05.2021 09:12:45 +07:00",
			} {
				pdf.Text(124, 5+float64(j)*3.2, t)
			}
			pdf.SetTextColor(0, 0, 0)
		case layer == layerMangle:
			pdf.SetFont("Helvetica", "", 11)
			pdf.SetTextRenderingMode(3)
			y := 20.0
			for _, t := range mangledLines(d) {
				if y > 280 {
					break
				}
				pdf.Text(25, y, t)
				y += 6
			}
			pdf.SetTextRenderingMode(0)
		}
	}
	return pdf.OutputFileAndClose(path)
}

// addScanImage adds a page showing a scanned image, A4 size.
func addScanImage(pdf *fpdf.Fpdf, name string, img image.Image, sc scanSpec) error {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: sc.quality}); err != nil {
		return err
	}
	pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, &buf)
	pdf.AddPage()
	pdf.ImageOptions(name, 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	return nil
}

// mangledLines is the report's text as an OCR engine for English reads it:
// marks dropped, and a vowel under a grave or a circumflex read as "d" or "6"
// ("ngày" → "ngdy", "Tổ" → "T6"), cut into lines of about 80 characters.
func mangledLines(d narrDoc) []string {
	var words []string
	add := func(s string) {
		for _, w := range strings.Fields(s) {
			words = append(words, mangle(w))
		}
	}
	for _, l := range append(append(d.LeftHead, d.RightHead...), d.Title...) {
		add(l.Text)
	}
	for _, b := range d.Body {
		add(b.Text)
		for _, row := range b.Rows {
			add(strings.Join(row, " "))
		}
	}
	var lines []string
	var cur string
	for _, w := range words {
		if len(cur)+len(w) > 80 {
			lines = append(lines, cur)
			cur = ""
		}
		cur = strings.TrimSpace(cur + " " + w)
	}
	return append(lines, cur)
}

// mangle reads one word as an English engine does.
func mangle(w string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(w) {
		base := foldASCII(string(r))
		switch {
		case base == "a" && strings.ContainsRune("àâầấậẩẫ", unicode.ToLower(r)):
			b.WriteByte('d')
		case base == "o" && strings.ContainsRune("ôồốộổỗ", unicode.ToLower(r)):
			b.WriteByte('6')
		default:
			b.WriteString(base)
		}
	}
	return b.String()
}
