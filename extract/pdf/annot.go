package pdf

import (
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// maxAnnots bounds the annotations whose appearance we read on one page.
const maxAnnots = 500

// runAnnotations draws the normal appearance of a page's annotations, as
// viewers and pdftotext do: the values typed into form fields and the text of
// stamps live there, not in the page's content stream.
func (in *interp) runAnnotations(annots lpdf.Value) {
	for i := 0; i < annots.Len() && i < maxAnnots && !in.stopped; i++ {
		a := annots.Index(i)
		sub := a.Key("Subtype").Name()
		if sub == "Popup" || sub == "Link" || a.Key("F").Int64()&2 != 0 {
			continue // popups and links draw no text; flag 2 is Hidden
		}
		before := len(in.glyphs)
		in.appearance(a)
		in.fieldValue(a, before)
	}
}

// appearance runs the normal appearance stream of an annotation.
func (in *interp) appearance(a lpdf.Value) {
	ap := a.Key("AP").Key("N")
	if ap.Kind() == lpdf.Dict {
		ap = ap.Key(a.Key("AS").Name())
	}
	rect, ok := readBox(a.Key("Rect"))
	if ap.Kind() != lpdf.Stream || !ok {
		return
	}
	bbox, ok := readBox(ap.Key("BBox"))
	if !ok {
		return
	}
	var fm matrix = identity
	if m := ap.Key("Matrix"); m.Len() == 6 {
		for k := range fm {
			fm[k] = m.Index(k).Float64()
		}
	}
	// Map the transformed bounding box onto the annotation's rectangle
	// (PDF 32000-1, 12.5.5); the form's own Matrix is applied by form().
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for _, p := range [][2]float64{{bbox[0], bbox[1]}, {bbox[2], bbox[1]}, {bbox[2], bbox[3]}, {bbox[0], bbox[3]}} {
		x, y := fm.apply(p[0], p[1])
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
	}
	if x1-x0 < 1e-6 || y1-y0 < 1e-6 {
		return
	}
	sx, sy := (rect[2]-rect[0])/(x1-x0), (rect[3]-rect[1])/(y1-y0)
	a2 := matrix{sx, 0, 0, sy, rect[0] - x0*sx, rect[1] - y0*sy}
	in.formStream(ap, lpdf.Value{}, gstate{ctm: a2, th: 1}, 0, nil)
}

// fieldValue places the value of a text form field whose appearance stream
// drew nothing (files saved with NeedAppearances leave it to the viewer).
func (in *interp) fieldValue(a lpdf.Value, before int) {
	if len(in.glyphs) > before || a.Key("Subtype").Name() != "Widget" || len(in.glyphs) >= maxPageGlyphs {
		return
	}
	ft, v := a.Key("FT"), a.Key("V")
	for p, k := a.Key("Parent"), 0; ft.IsNull() && k < 8 && !p.IsNull(); p, k = p.Key("Parent"), k+1 {
		ft, v = p.Key("FT"), p.Key("V")
	}
	text := v.Text()
	rect, ok := readBox(a.Key("Rect"))
	if ft.Name() != "Tx" || text == "" || !ok {
		return
	}
	size := math.Min(12, (rect[3]-rect[1])*0.8)
	x0, y0 := in.page.apply(rect[0]+2, rect[1]+(rect[3]-rect[1]-size)/2+size*0.2)
	x1, _ := in.page.apply(rect[2]-2, rect[1])
	in.glyphs = append(in.glyphs, glyph{
		x0: math.Min(x0, x1), x1: math.Max(x0, x1), y: y0, size: size,
		text: text, font: fallbackFont, seq: len(in.glyphs),
	})
}
