package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

// pageCount asks qpdf how many pages a PDF has.
func pageCount(path string) int {
	out, err := exec.Command("qpdf", "--show-npages", path).Output()
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	return n
}

// scanPDF renders a typed PDF in gray, tilts it, adds noise and wraps the
// images, without a text layer, into a new PDF.
func scanPDF(typed, dst string, seed int64) error {
	prefix := filepath.Join(workDir, "scan"+fmt.Sprint(seed))
	if out, err := exec.Command("pdftoppm", "-r", "200", "-gray", "-png", typed, prefix).CombinedOutput(); err != nil {
		return fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	pages, _ := filepath.Glob(prefix + "-*.png")
	sort.Strings(pages)
	if len(pages) == 0 || len(pages) > 2 {
		return fmt.Errorf("scan %s: %d pages", typed, len(pages))
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 2021))
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(fixedTime)
	f.SetModificationDate(fixedTime)
	f.SetCatalogSort(true)
	f.SetCreator("Canon iR-ADV C3525 scanner", false)
	for i, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		img, err := png.Decode(bytes.NewReader(raw))
		if err != nil {
			return err
		}
		angle := (0.4 + rng.Float64()*0.9) * []float64{1, -1}[rng.IntN(2)]
		g := degrade(img, angle, rng)
		// fpdf orders images by width only; make each page's width unique
		// so that the output is the same on every run.
		b := g.Bounds()
		sub := g.SubImage(image.Rect(0, 0, b.Dx()-i, b.Dy()))
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, sub, &jpeg.Options{Quality: 72}); err != nil {
			return err
		}
		name := fmt.Sprintf("p%d", i)
		f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, &buf)
		f.AddPage()
		f.ImageOptions(name, 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	}
	return f.OutputFileAndClose(dst)
}

// degrade rotates a gray page by angle degrees and adds scanner noise.
func degrade(src image.Image, angle float64, rng *rand.Rand) *image.Gray {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	gray := image.NewGray(b)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			gray.SetGray(x, y, color.GrayModel.Convert(src.At(b.Min.X+x, b.Min.Y+y)).(color.Gray))
		}
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	th := angle * math.Pi / 180
	cs, sn := math.Cos(th), math.Sin(th)
	cx, cy := float64(w)/2, float64(h)/2
	// paper tone varies a little down the page
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx := cs*dx + sn*dy + cx
			sy := -sn*dx + cs*dy + cy
			v := 255.0
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			if x0 >= 0 && y0 >= 0 && x0+1 < w && y0+1 < h {
				fx, fy := sx-float64(x0), sy-float64(y0)
				p00 := float64(gray.GrayAt(x0, y0).Y)
				p10 := float64(gray.GrayAt(x0+1, y0).Y)
				p01 := float64(gray.GrayAt(x0, y0+1).Y)
				p11 := float64(gray.GrayAt(x0+1, y0+1).Y)
				v = p00*(1-fx)*(1-fy) + p10*fx*(1-fy) + p01*(1-fx)*fy + p11*fx*fy
			}
			paper := 238 + 8*math.Sin(float64(y)/float64(h)*3.1+0.7)
			v = v / 255 * paper
			v += rng.NormFloat64() * 9
			if rng.IntN(4000) == 0 {
				v -= 90
			}
			if v < 0 {
				v = 0
			}
			if v > 255 {
				v = 255
			}
			out.SetGray(x, y, color.Gray{Y: uint8(v)})
		}
	}
	return out
}
