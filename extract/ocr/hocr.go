package ocr

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"baocao/extract/doc"
	"baocao/vntext"
)

// tline is one line as Tesseract found it, in image pixels.
type tline struct {
	left, top, right, bottom int
	baseline                 float64 // y of the baseline at the line's left edge
	xsize                    float64 // Tesseract's estimate of the text size
	words                    []word
}

// word is one recognised word.
type word struct {
	left, top, right, bottom int
	conf                     float64
	text                     string
}

// maxWords bounds what one page may give.
const maxWords = 50_000

// parseHOCR reads Tesseract's hOCR output: lines with their box, baseline
// and text size, and their words with box and confidence. Text is turned to
// NFC (the model emits decomposed marks) and cleaned.
func parseHOCR(b []byte) ([]tline, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.AutoClose = xml.HTMLAutoClose
	var lines []tline
	var cur *word
	var text strings.Builder
	depth, wordDepth, n := 0, -1, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return lines, nil
		}
		if err != nil {
			return lines, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			class, title := attr(t, "class"), attr(t, "title")
			switch class {
			case "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat":
				l := tline{}
				props := titleProps(title)
				if bb := props["bbox"]; len(bb) == 4 {
					l.left, l.top, l.right, l.bottom = int(bb[0]), int(bb[1]), int(bb[2]), int(bb[3])
				}
				l.baseline = float64(l.bottom)
				if bl := props["baseline"]; len(bl) == 2 {
					l.baseline += bl[1]
				}
				if xs := props["x_size"]; len(xs) == 1 {
					l.xsize = xs[0]
				}
				if l.xsize <= 0 {
					l.xsize = float64(l.bottom - l.top)
				}
				lines = append(lines, l)
			case "ocrx_word":
				if len(lines) == 0 || n >= maxWords {
					break
				}
				props := titleProps(title)
				w := word{}
				if bb := props["bbox"]; len(bb) == 4 {
					w.left, w.top, w.right, w.bottom = int(bb[0]), int(bb[1]), int(bb[2]), int(bb[3])
				}
				if c := props["x_wconf"]; len(c) == 1 {
					w.conf = c[0]
				}
				cur, wordDepth = &w, depth
				text.Reset()
			}
		case xml.CharData:
			if cur != nil {
				text.Write(t)
			}
		case xml.EndElement:
			if cur != nil && depth == wordDepth {
				// Underscores are specks and rules: no report types them.
				cur.text = vntext.Clean(strings.Trim(norm.NFC.String(text.String()), "_"))
				if cur.text != "" && cur.right > cur.left && cur.bottom > cur.top {
					l := &lines[len(lines)-1]
					l.words = append(l.words, *cur)
					n++
				}
				cur, wordDepth = nil, -1
			}
			depth--
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// titleProps reads an hOCR title: "bbox 1 2 3 4; baseline 0.01 -5".
func titleProps(title string) map[string][]float64 {
	props := map[string][]float64{}
	for part := range strings.SplitSeq(title, ";") {
		f := strings.Fields(part)
		if len(f) < 2 {
			continue
		}
		var vals []float64
		for _, s := range f[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				vals = nil
				break
			}
			vals = append(vals, v)
		}
		if vals != nil {
			props[f[0]] = vals
		}
	}
	return props
}

// Layout of recognised lines.
const (
	pointsPerXSize = 1.08 // Tesseract's x_size is a little under the font size
	ocrSpanGap     = 1.5  // a wider gap between words, in ems, starts a new span
	sameLine       = 0.4  // lines whose baselines are closer than this, in ems, share a line
	bigLine        = 1.3  // lines this much larger than the page's text keep their own size
	junkConf       = 70   // marks-only words below this confidence are specks
)

// lines turns recognised lines into the page's lines, top to bottom.
// Tesseract lines side by side (the two halves of a letterhead, the cells of
// a table row) become spans of one line, as a typed page's text layer gives
// them. scale turns pixels into points.
func lines(page int, tls []tline, img *gray, scale float64) []doc.Line {
	var keep []tline
	var sizes []float64
	for _, l := range tls {
		l.words = slices.DeleteFunc(l.words, junk)
		if len(l.words) == 0 {
			continue
		}
		keep = append(keep, l)
		sizes = append(sizes, l.xsize)
	}
	if len(keep) == 0 {
		return nil
	}
	// Text sizes of single lines vary with their letters; the page's body
	// size is steadier, and what the rules measure gaps with.
	slices.Sort(sizes)
	body := sizes[len(sizes)/2]
	for i := range keep {
		if keep[i].xsize < bigLine*body {
			keep[i].xsize = body
		}
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].baseline < keep[j].baseline })

	var out []doc.Line
	for i := 0; i < len(keep); {
		group := []*tline{&keep[i]}
		j := i + 1
		for ; j < len(keep); j++ {
			t := &keep[j]
			if t.baseline-keep[i].baseline > sameLine*min(t.xsize, keep[i].xsize) {
				break
			}
			if slices.ContainsFunc(group, func(g *tline) bool { return t.left < g.right && g.left < t.right }) {
				break // overlapping boxes: a line below, not beside
			}
			group = append(group, t)
		}
		if l := buildLine(page, group, img, scale); len(l.Spans) > 0 {
			out = append(out, l)
		}
		i = j
	}
	return out
}

// junk reports whether a word is a speck or a rule read as text: marks that
// no report puts alone between spaces, or, not confidently read, no letter or
// digit. A table border read as "|" is kept: it separates cells.
func junk(w word) bool {
	if strings.Trim(w.text, "|") == "" {
		return false
	}
	if strings.Trim(w.text, "_~`'‘’^|") == "" {
		return true
	}
	if w.conf >= junkConf {
		return false
	}
	return !strings.ContainsFunc(w.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// buildLine makes one line of Tesseract lines side by side, cutting spans at
// wide gaps and at table borders: a border read as "|", or a dark vertical
// stroke in the image between two words.
func buildLine(page int, group []*tline, img *gray, scale float64) doc.Line {
	sort.Slice(group, func(i, j int) bool { return group[i].left < group[j].left })
	size := group[0].xsize * pointsPerXSize
	line := doc.Line{Page: page, Y: group[0].baseline * scale}
	for _, t := range group {
		var span []word
		flush := func() {
			if len(span) == 0 {
				return
			}
			texts := make([]string, len(span))
			for i, w := range span {
				texts[i] = w.text
			}
			if text := vntext.Clean(correct(strings.Join(texts, " "))); text != "" {
				line.Spans = append(line.Spans, doc.Span{
					X0: float64(span[0].left) * scale, X1: float64(span[len(span)-1].right) * scale,
					Text: text, Size: size * scale, Font: "OCR",
				})
			}
			span = span[:0]
		}
		ws := t.words
		sort.SliceStable(ws, func(i, j int) bool { return ws[i].left < ws[j].left })
		for _, w := range ws {
			if len(span) > 0 {
				prev := span[len(span)-1]
				if float64(w.left-prev.right) > ocrSpanGap*size || img.vrule(prev.right, w.left, t.top, t.bottom) {
					flush()
				}
			}
			lead, trail := strings.HasPrefix(w.text, "|"), strings.HasSuffix(w.text, "|")
			w.text = strings.Trim(w.text, "|")
			if lead {
				flush()
			}
			if w.text != "" {
				span = append(span, w)
			}
			if trail {
				flush()
			}
		}
		flush()
	}
	return line
}
