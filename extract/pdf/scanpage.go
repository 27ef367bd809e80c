package pdf

import (
	"strings"

	"baocao/extract/doc"
	"baocao/vntext"
)

// Thresholds for telling a scanned page.
const (
	scanImageArea = 0.3  // images cover at least this share of the page
	scanFewGlyphs = 20   // fewer glyphs than this is no text layer (a stamp's page number)
	scanUnmapped  = 0.5  // more of the glyphs unreadable than this is a garbled layer
	scanPageImage = 0.6  // an image this big is the page itself: its text layer is judged by what it says
	scanTextCover = 0.04 // text covering less of the page than this is a stamp on a scan, not the page's text
)

// verdict is what a page's text is worth.
type verdict int

const (
	typedPage   verdict = iota // the text layer is the page's text
	stampedScan                // a scan with a little text over it (an e-signature stamp): recognise it, keep the text
	scanPage                   // a scan without a usable text layer: recognise it, drop the text
)

// judge tells a typed page from a scanned one, by its images, by how much of
// the page its text covers, and by whether its text reads as Vietnamese.
// Only a page that images cover is ever sent to recognition; a page that an
// image covers entirely is a scan unless its text layer is the page's text.
func judge(st scanStats, lines []doc.Line, width, height float64) verdict {
	if st.imageArea < scanImageArea {
		return typedPage
	}
	if st.shown < scanFewGlyphs || float64(st.unmapped) > scanUnmapped*float64(st.shown) {
		return scanPage
	}
	if st.imageArea < scanPageImage {
		return typedPage
	}
	if textCover(lines, width, height) < scanTextCover {
		return stampedScan
	}
	if vntext.Mangled(pageText(lines)) {
		return scanPage
	}
	return typedPage
}

// textCover is the share of the page that the boxes of its lines cover: the
// width of each span by its font size.
func textCover(lines []doc.Line, width, height float64) float64 {
	if width <= 0 || height <= 0 {
		return 0
	}
	area := 0.0
	for _, l := range lines {
		for _, s := range l.Spans {
			area += (s.X1 - s.X0) * s.Size
		}
	}
	return area / (width * height)
}

// pageText is the text of a page's lines, one a line.
func pageText(lines []doc.Line) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.Text())
		b.WriteByte('\n')
	}
	return b.String()
}
