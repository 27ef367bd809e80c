package main

import (
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"unicode"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"
)

func foldASCII(s string) string {
	var out []rune
	for _, c := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, c) {
			out = append(out, c)
		}
	}
	return string(out)
}

// scan renders src to grey images, rotates them slightly, adds noise and wraps them in an image-only PDF.
func scan(src, dst string, seed int64) {
	r := rand.New(rand.NewSource(seed))
	prefix := filepath.Join(tmpDir, fmt.Sprintf("scan%d", seed))
	out, err := exec.Command("pdftoppm", "-r", "200", "-gray", "-png", "-l", "2", src, prefix).CombinedOutput()
	if err != nil {
		panic(string(out))
	}
	pages, _ := filepath.Glob(prefix + "*.png")
	sort.Strings(pages)
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(fixedTime)
	p.SetModificationDate(fixedTime)
	p.SetCatalogSort(true)
	for k, pg := range pages {
		f, err := os.Open(pg)
		must(err)
		img, err := png.Decode(f)
		f.Close()
		must(err)
		ang := (r.Float64()*2 - 1) * 1.2 * math.Pi / 180
		b := img.Bounds()
		g := image.NewGray(b)
		cx, cy := float64(b.Dx())/2, float64(b.Dy())/2
		sn, cs := math.Sin(ang), math.Cos(ang)
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				dx, dy := float64(x)-cx, float64(y)-cy
				sx, sy := int(cs*dx+sn*dy+cx), int(-sn*dx+cs*dy+cy)
				v := 245.0
				if sx >= 0 && sy >= 0 && sx < b.Dx() && sy < b.Dy() {
					gv := color.GrayModel.Convert(img.At(b.Min.X+sx, b.Min.Y+sy)).(color.Gray)
					v = float64(gv.Y)*0.93 + 8
				}
				v += r.NormFloat64() * 9
				if r.Intn(4000) == 0 {
					v = 40
				}
				g.SetGray(x, y, color.Gray{uint8(math.Max(0, math.Min(255, v)))})
			}
		}
		jp := filepath.Join(tmpDir, fmt.Sprintf("scan%d-%d.jpg", seed, k))
		jf, err := os.Create(jp)
		must(err)
		must(jpeg.Encode(jf, g, &jpeg.Options{Quality: 70}))
		jf.Close()
		p.AddPage()
		p.ImageOptions(jp, 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	}
	must(p.OutputFileAndClose(dst))
}
