package main

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/go-pdf/fpdf"

	"baocao"
)

// scanSpec is how one printed report went through the office scanner.
type scanSpec struct {
	narr    int     // which narrative report (index into buildNarrativeSpecs)
	dpi     int     // scanner resolution
	skew    float64 // degrees the sheet lay askew, positive falling to the right
	noise   float64 // share of pixels flipped by dust and toner specks
	grey    int     // paper tone, 255 white
	stamp   bool    // a round red stamp over the signature, scanned in grey
	png     bool    // black and white, lossless, instead of grey JPEG
	quality int     // JPEG quality
	garbled bool    // with a junk text layer over the image, as some scanners make
}

// scanSpecs cover what office scanners produce: 200 and 300 dpi, JPEG and
// lossless, straight and askew up to 2.5 degrees, specks, grey paper, a
// stamp over the signature, and a junk text layer.
var scanSpecs = []scanSpec{
	{narr: 0, dpi: 300, skew: 0, noise: 0.0005, grey: 250, quality: 85},
	{narr: 2, dpi: 200, skew: 1.2, noise: 0.001, grey: 240, quality: 70, stamp: true},
	{narr: 4, dpi: 300, skew: -1.8, noise: 0.002, grey: 235, quality: 75},
	{narr: 6, dpi: 300, skew: 2.5, noise: 0.001, grey: 245, png: true, stamp: true},
	{narr: 8, dpi: 200, skew: -0.7, noise: 0.0015, grey: 238, quality: 80},
	{narr: 10, dpi: 300, skew: 0.4, noise: 0.001, grey: 248, quality: 80, garbled: true},
}

// makeScans writes scanned copies of typed narrative reports into out/scan:
// each report is typeset as for the typed samples, rendered to grey pages,
// spoilt as a scanner and a worn printer would, and wrapped in an image-only
// PDF. The truth is the typed report's.
func makeScans(out string) ([]sample, error) {
	dir := filepath.Join(out, "scan")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return nil, fmt.Errorf("pdftoppm is needed (apt-get install poppler-utils): %w", err)
	}
	tmp, err := os.MkdirTemp("", "baocao-scan-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	specs := buildNarrativeSpecs()
	var samples []sample
	for k, sc := range scanSpecs {
		s := specs[sc.narr]
		if s.Producer != "fpdf" {
			return nil, fmt.Errorf("scan %d: narrative %d is not typeset by fpdf", k, sc.narr)
		}
		fonts := fpdfFonts[sc.narr%len(fpdfFonts)]
		typed := filepath.Join(tmp, fmt.Sprintf("typed-%d.pdf", k))
		pages, err := renderFpdf(s.document(), fonts, 12, typed)
		if err != nil {
			return nil, err
		}
		imgs, err := rasterize(typed, sc.dpi, tmp)
		if err != nil {
			return nil, err
		}
		r := newRand(uint64(900 + k))
		scanned := make([]image.Image, len(imgs))
		for i, img := range imgs {
			// fpdf writes images in the order of their widths, ties in map
			// order: one pixel less a page keeps files byte-for-byte the same.
			if i > 0 {
				narrow := image.NewGray(image.Rect(0, 0, img.Rect.Dx()-i, img.Rect.Dy()))
				for y := range narrow.Rect.Dy() {
					copy(narrow.Pix[y*narrow.Stride:(y+1)*narrow.Stride], img.Pix[y*img.Stride:])
				}
				img = narrow
			}
			scanned[i] = spoil(img, sc, i == len(imgs)-1, r)
		}
		name := fmt.Sprintf("scan-%02d-%s", k+1, s.Slug)
		path := filepath.Join(dir, name+".pdf")
		if err := writeImagePDF(path, scanned, sc); err != nil {
			return nil, err
		}
		kind := fmt.Sprintf("colour JPEG q%d", sc.quality)
		if sc.png {
			kind = "black and white"
		}
		variation := fmt.Sprintf("%d dpi %s, %.1f° skew, %.2f%% specks, paper %d", sc.dpi, kind, sc.skew, sc.noise*100, sc.grey)
		if sc.stamp {
			variation += ", stamp over the signature"
		}
		if sc.garbled {
			variation += ", junk text layer"
		}
		samples = append(samples, sample{
			Path: "scan/" + name + ".pdf", Producer: "scanner (image-only PDF of an fpdf report)",
			Variation: variation + "; " + s.variation(),
			Want:      expected{Format: "pdf", Pages: pages, OCR: true, Records: []baocao.Record{s.Rec}},
		})
	}
	return samples, nil
}

// rasterize renders every page of a PDF to a grey image with pdftoppm.
func rasterize(pdf string, dpi int, tmp string) ([]*image.Gray, error) {
	root := filepath.Join(tmp, "page")
	old, _ := filepath.Glob(root + "*")
	for _, p := range old {
		os.Remove(p)
	}
	cmd := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-gray", "-png", pdf, root)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	files, err := filepath.Glob(root + "-*.png")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("pdftoppm wrote no pages for %s", pdf)
	}
	var imgs []*image.Gray
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		m, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		g, ok := m.(*image.Gray)
		if !ok {
			g = image.NewGray(m.Bounds())
			for y := m.Bounds().Min.Y; y < m.Bounds().Max.Y; y++ {
				for x := m.Bounds().Min.X; x < m.Bounds().Max.X; x++ {
					g.Set(x, y, m.At(x, y))
				}
			}
		}
		imgs = append(imgs, g)
	}
	return imgs, nil
}

// spoil makes a clean page look scanned: turned askew, on toned paper, with
// specks, and a red stamp on the last page; in colour, or thresholded to black
// and white.
func spoil(g *image.Gray, sc scanSpec, last bool, r *rand.Rand) image.Image {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var seal []int
	if sc.stamp && last {
		seal = stamp(g, r)
	}
	if sc.skew != 0 {
		turned := image.NewGray(g.Rect)
		sin, cos := math.Sincos(-sc.skew * math.Pi / 180)
		cx, cy := float64(w)/2, float64(h)/2
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				dx, dy := float64(x)-cx, float64(y)-cy
				sx, sy := int(dx*cos-dy*sin+cx+0.5), int(dx*sin+dy*cos+cy+0.5)
				v := uint8(255)
				if sx >= 0 && sy >= 0 && sx < w && sy < h {
					v = g.Pix[sy*g.Stride+sx]
				}
				turned.Pix[y*turned.Stride+x] = v
			}
		}
		copy(g.Pix, turned.Pix)
	}
	// Paper tone and toner: white becomes the paper's grey, black stays
	// nearly black, with a little grain everywhere.
	for i, v := range g.Pix {
		t := float64(v)/255*float64(sc.grey-25) + 25 + r.NormFloat64()*2.5
		if r.Float64() < sc.noise {
			t = 255 - t // a speck, or a hole in a stroke
		}
		g.Pix[i] = uint8(max(0, min(255, t)))
	}
	if sc.png {
		// A black-and-white scan: the scanner thresholds, and the red seal
		// comes out as black as the text.
		for _, i := range seal {
			g.Pix[i] = 100
		}
		for i, v := range g.Pix {
			g.Pix[i] = 255 * (v / 150)
		}
		return g
	}
	// A colour scan: grey paper and text, the seal's red ink over them.
	c := image.NewRGBA(g.Rect)
	for i, v := range g.Pix {
		c.Pix[4*i], c.Pix[4*i+1], c.Pix[4*i+2], c.Pix[4*i+3] = v, v, uint8(float64(v)*0.97), 255
	}
	for _, i := range seal {
		c.Pix[4*i] = uint8(float64(c.Pix[4*i]) * 0.9)
		c.Pix[4*i+1] = uint8(float64(c.Pix[4*i+1]) * 0.2)
		c.Pix[4*i+2] = uint8(float64(c.Pix[4*i+2]) * 0.25)
	}
	return c
}

// stamp finds where the round seal of the unit goes, over the signature, and
// returns the indexes of its pixels: two rings.
func stamp(g *image.Gray, r *rand.Rand) []int {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	// The signature block is the lowest text in the right half of the page:
	// the seal goes over the space between the title and the signer's name,
	// a little to the left, as a clerk presses it.
	low := 0
	for y := h - 1; y >= 0 && low == 0; y-- {
		for x := w / 2; x < w; x++ {
			if g.Pix[y*g.Stride+x] < 100 {
				low = y
				break
			}
		}
	}
	lo, hi := w, 0
	for y := max(0, low-h/40); y <= low; y++ {
		for x := w / 2; x < w; x++ {
			if g.Pix[y*g.Stride+x] < 100 {
				lo, hi = min(lo, x), max(hi, x)
			}
		}
	}
	if hi < lo {
		lo, hi = w*3/5, w*4/5
	}
	cx := float64(lo+hi)/2 - float64(w)*(0.03+r.Float64()*0.03)
	cy := float64(low) - float64(h)*0.055
	rad := float64(w) * 0.085
	var seal []int
	for y := int(cy - rad - 2); y <= int(cy+rad+2); y++ {
		for x := int(cx - rad - 2); x <= int(cx+rad+2); x++ {
			if x < 0 || y < 0 || x >= w || y >= h {
				continue
			}
			d := math.Hypot(float64(x)-cx, float64(y)-cy)
			if math.Abs(d-rad) < rad*0.035 || math.Abs(d-rad*0.72) < rad*0.02 {
				seal = append(seal, y*g.Stride+x)
			}
		}
	}
	return seal
}

// writeImagePDF wraps page images in a PDF, one A4 page each, as a scanner
// does; with garbled, an invisible text layer of codes that map to no text
// lies over each page.
func writeImagePDF(path string, imgs []image.Image, sc scanSpec) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCreator("Scanner", true)
	pdf.SetProducer("baocao samples", true)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	for i, img := range imgs {
		var buf bytes.Buffer
		typ := "JPG"
		if sc.png {
			typ = "PNG"
			if err := png.Encode(&buf, img); err != nil {
				return err
			}
		} else if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: sc.quality}); err != nil {
			return err
		}
		name := fmt.Sprintf("page%d", i+1)
		pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, &buf)
		pdf.AddPage()
		pdf.ImageOptions(name, 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: typ}, 0, "")
		if sc.garbled {
			pdf.SetFont("Helvetica", "", 11)
			pdf.SetTextRenderingMode(3)
			junk := make([]byte, 60)
			for j := range junk {
				junk[j] = byte(1 + j%26) // control codes: no text in any encoding
			}
			for y := 30.0; y < 280; y += 6 {
				pdf.Text(25, y, string(junk))
			}
			pdf.SetTextRenderingMode(0)
		}
	}
	return pdf.OutputFileAndClose(path)
}
