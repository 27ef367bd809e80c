package ocr

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// gray is an 8-bit grey image, 0 black and 255 white, row by row.
type gray struct {
	w, h int
	pix  []byte
}

// parsePNM reads a binary PGM (P5) or PPM (P6) with a maximum value of 255,
// as pdftoppm writes them. Colour becomes grey, except that red ink becomes
// paper: the seal stamped over a signature would hide it from recognition,
// and text is never red in a report.
func parsePNM(b []byte) (*gray, error) {
	colour := bytes.HasPrefix(b, []byte("P6"))
	if !colour && !bytes.HasPrefix(b, []byte("P5")) {
		return nil, errors.New("not a PGM or PPM image")
	}
	b = b[2:]
	var vals [3]int
	for i := range vals {
		// Whitespace and comments, then a number.
		for len(b) > 0 {
			if b[0] == '#' {
				if j := bytes.IndexByte(b, '\n'); j >= 0 {
					b = b[j+1:]
					continue
				}
				return nil, errors.New("PGM header cut short")
			}
			if b[0] != ' ' && b[0] != '\t' && b[0] != '\n' && b[0] != '\r' {
				break
			}
			b = b[1:]
		}
		j := 0
		for j < len(b) && j < 10 && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		n, err := strconv.Atoi(string(b[:j]))
		if err != nil {
			return nil, errors.New("PGM header unreadable")
		}
		vals[i] = n
		b = b[j:]
	}
	if len(b) == 0 {
		return nil, errors.New("PGM header cut short")
	}
	b = b[1:] // the single whitespace before the pixels
	w, h, maxval := vals[0], vals[1], vals[2]
	channels := 1
	if colour {
		channels = 3
	}
	if w <= 0 || h <= 0 || maxval != 255 || w > 1<<16 || h > 1<<16 || w*h*channels > len(b) {
		return nil, fmt.Errorf("image %dx%d max %d with %d bytes of pixels", w, h, maxval, len(b))
	}
	if !colour {
		return &gray{w: w, h: h, pix: b[:w*h]}, nil
	}
	pix := make([]byte, w*h)
	for i := range pix {
		r, g, bl := int(b[3*i]), int(b[3*i+1]), int(b[3*i+2])
		if r-g > redInk && r-bl > redInk {
			pix[i] = 255
			continue
		}
		pix[i] = byte((299*r + 587*g + 114*bl) / 1000)
	}
	return &gray{w: w, h: h, pix: pix}, nil
}

// redInk is how much redder than green and blue a pixel must be to be the
// seal's ink.
const redInk = 50

// pgm encodes the image as a binary PGM, which Tesseract reads.
func (g *gray) pgm() []byte {
	head := fmt.Sprintf("P5\n%d %d\n255\n", g.w, g.h)
	out := make([]byte, 0, len(head)+len(g.pix))
	return append(append(out, head...), g.pix...)
}

// Deskewing: scanned pages are often a degree or two askew, which costs
// Tesseract whole lines. The angle is the one at which the dark pixels of a
// reduced image, projected onto the vertical, give the sharpest row profile:
// text lines then fall into few rows with white between them.
const (
	maxSkew     = 6.0  // degrees searched either way
	coarseStep  = 0.25 // degrees
	fineStep    = 0.05
	minSkew     = 0.2 // smaller angles are left alone
	reduceTo    = 700 // the reduced image's longer side, in pixels
	maxDarkDots = 200_000
)

// deskew straightens the image in place and returns the skew it found: the
// angle of its text lines in degrees, positive when they fall to the right.
func deskew(g *gray) float64 {
	dots := darkDots(g)
	if len(dots) < 100 {
		return 0
	}
	best, bestScore := 0.0, -1.0
	search := func(from, to, step float64) {
		for a := from; a <= to+1e-9; a += step {
			if s := profileScore(dots, a); s > bestScore {
				best, bestScore = a, s
			}
		}
	}
	search(-maxSkew, maxSkew, coarseStep)
	search(best-coarseStep, best+coarseStep, fineStep)
	// Rows of the profile are y·cos a + x·sin a: the sharpest a lies along
	// lines of slope -tan a.
	skew := -best
	if math.Abs(skew) < minSkew {
		return 0
	}
	rotate(g, skew)
	return skew
}

type dot struct{ x, y float32 }

// darkDots reduces the image by averaging blocks and returns the centres of
// the dark blocks, in reduced pixels.
func darkDots(g *gray) []dot {
	f := max(1, max(g.w, g.h)/reduceTo)
	var dots []dot
	for by := 0; by+f <= g.h; by += f {
		for bx := 0; bx+f <= g.w; bx += f {
			sum := 0
			for y := by; y < by+f; y++ {
				row := g.pix[y*g.w+bx : y*g.w+bx+f]
				for _, p := range row {
					sum += int(p)
				}
			}
			if sum < 128*f*f {
				dots = append(dots, dot{float32(bx / f), float32(by / f)})
				if len(dots) >= maxDarkDots {
					return dots
				}
			}
		}
	}
	return dots
}

// profileScore is the sum of squared differences between neighbouring rows of
// the dots' profile when the page is turned by deg degrees.
func profileScore(dots []dot, deg float64) float64 {
	sin, cos := math.Sincos(deg * math.Pi / 180)
	lo, hi := math.Inf(1), math.Inf(-1)
	ys := make([]float64, len(dots))
	for i, d := range dots {
		y := float64(d.y)*cos + float64(d.x)*sin
		ys[i] = y
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	rows := make([]float64, int(hi-lo)+2)
	for _, y := range ys {
		rows[int(y-lo)]++
	}
	score := 0.0
	for i := 1; i < len(rows); i++ {
		d := rows[i] - rows[i-1]
		score += d * d
	}
	return score
}

// rotate turns the image about its centre so that lines of angle deg become
// level, filling with white, by bilinear sampling.
func rotate(g *gray, deg float64) {
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(g.w)/2, float64(g.h)/2
	out := make([]byte, len(g.pix))
	for y := 0; y < g.h; y++ {
		dy := float64(y) - cy
		for x := 0; x < g.w; x++ {
			dx := float64(x) - cx
			// The source of the output pixel: turn back by deg.
			sx := dx*cos - dy*sin + cx
			sy := dx*sin + dy*cos + cy
			out[y*g.w+x] = g.sample(sx, sy)
		}
	}
	g.pix = out
}

func (g *gray) sample(x, y float64) byte {
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	if x0 < 0 || y0 < 0 || x0+1 >= g.w || y0+1 >= g.h {
		return 255
	}
	fx, fy := x-float64(x0), y-float64(y0)
	i := y0*g.w + x0
	top := float64(g.pix[i])*(1-fx) + float64(g.pix[i+1])*fx
	bot := float64(g.pix[i+g.w])*(1-fx) + float64(g.pix[i+g.w+1])*fx
	return byte(top*(1-fy) + bot*fy + 0.5)
}

// despeckle replaces each pixel by the median of its 3×3 neighbourhood:
// specks of dust and toner vanish, strokes wider than a pixel stay.
func despeckle(g *gray) {
	if g.w < 3 || g.h < 3 {
		return
	}
	out := make([]byte, len(g.pix))
	copy(out, g.pix)
	var v [9]byte
	for y := 1; y < g.h-1; y++ {
		up, row, down := g.pix[(y-1)*g.w:y*g.w], g.pix[y*g.w:(y+1)*g.w], g.pix[(y+1)*g.w:(y+2)*g.w]
		for x := 1; x < g.w-1; x++ {
			// Most of a page is plain paper: skip the sort there.
			if row[x] > 200 && up[x] > 200 && down[x] > 200 && row[x-1] > 200 && row[x+1] > 200 {
				continue
			}
			v = [9]byte{up[x-1], up[x], up[x+1], row[x-1], row[x], row[x+1], down[x-1], down[x], down[x+1]}
			out[y*g.w+x] = median9(&v)
		}
	}
	g.pix = out
}

// median9 returns the median of nine values by partial insertion sort.
func median9(v *[9]byte) byte {
	for i := 1; i < 9; i++ {
		for j := i; j > 0 && v[j] < v[j-1]; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
	return v[4]
}

// vrule reports whether a dark vertical stroke crosses the rows top to bottom
// somewhere between the columns x0 and x1: a table's border.
func (g *gray) vrule(x0, x1, top, bottom int) bool {
	if g == nil {
		return false
	}
	x0, x1 = max(x0, 0), min(x1, g.w)
	top, bottom = max(top, 0), min(bottom, g.h)
	need := (bottom - top) * 9 / 10
	if need <= 0 {
		return false
	}
	for x := x0; x < x1; x++ {
		dark := 0
		for y := top; y < bottom; y++ {
			if g.pix[y*g.w+x] < 128 {
				dark++
			}
		}
		if dark >= need {
			return true
		}
	}
	return false
}
