package main

// A small document model that the narrative reports, the PDF roll-ups, the
// plans and notices are written in once, and two renderers: fpdf (a typed PDF)
// and hand-made WordprocessingML (a .docx, kept or converted by LibreOffice).

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// ln is one line of a header or signature column.
type ln struct {
	t       string
	b, i, u bool
}

func L(t string) ln   { return ln{t: t} }
func LB(t string) ln  { return ln{t: t, b: true} }
func LI(t string) ln  { return ln{t: t, i: true} }
func LBU(t string) ln { return ln{t: t, b: true, u: true} }

// seg is a run of text in one style.
type seg struct {
	t    string
	b, i bool
}

// par is a paragraph.
type par struct {
	segs   []seg
	align  byte // 'L', 'C', 'R', 'J'
	indent bool
	size   float64 // 0: the document's size
}

// hdr is the two-column header of an office document.
type hdr struct {
	left, right []ln
	lw          float64 // left column's share of the width, 0..1
}

// sig is the closing block: recipients on the left, the signature on the right.
type sig struct {
	left, right []ln
}

// hc is one header cell of a table, placed on a grid.
type hc struct {
	t              string
	row, col       int
	rowspan, colsp int
}

// tbl is a ruled table.
type tbl struct {
	w        []float64 // relative column widths
	head     []hc
	headRows int
	rows     [][]string
	aligns   string // one letter per column: L, C, R
	boldRows map[int]bool
	size     float64
}

type gap struct{ h float64 }
type brk struct{}

type doc struct {
	landscape bool
	size      float64 // body font size in points
	blocks    []any
}

func (d *doc) add(b ...any) { d.blocks = append(d.blocks, b...) }

// P is a justified paragraph with a first-line indent.
func P(t string) par { return par{segs: []seg{{t: t}}, align: 'J', indent: true} }

// PL is a left-aligned paragraph without indent.
func PL(t string) par { return par{segs: []seg{{t: t}}, align: 'L'} }

// PB is a bold paragraph (a section heading).
func PB(t string) par { return par{segs: []seg{{t: t, b: true}}, align: 'L', indent: true} }

// PC is a centred paragraph.
func PC(t string, b bool) par { return par{segs: []seg{{t: t, b: b}}, align: 'C'} }

// PM is a paragraph of mixed runs: "b:" before a run makes it bold, "i:" italic.
func PM(parts ...string) par {
	p := par{align: 'L', indent: true}
	for _, s := range parts {
		sg := seg{t: s}
		switch {
		case strings.HasPrefix(s, "b:"):
			sg = seg{t: s[2:], b: true}
		case strings.HasPrefix(s, "i:"):
			sg = seg{t: s[2:], i: true}
		}
		p.segs = append(p.segs, sg)
	}
	return p
}

// ---------------------------------------------------------------- fpdf

const fontDir = "/usr/share/fonts/truetype/dejavu/"

var fixedTime = time.Date(2021, 5, 10, 8, 0, 0, 0, time.UTC)

func newPDF(landscape bool) *fpdf.Fpdf {
	orient := "P"
	if landscape {
		orient = "L"
	}
	pdf := fpdf.New(orient, "mm", "A4", fontDir)
	pdf.AddUTF8Font("serif", "", "DejaVuSerif.ttf")
	pdf.AddUTF8Font("serif", "B", "DejaVuSerif-Bold.ttf")
	pdf.AddUTF8Font("serif", "I", "DejaVuSerif-Italic.ttf")
	pdf.AddUTF8Font("serif", "BI", "DejaVuSerif-BoldItalic.ttf")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCatalogSort(true)
	pdf.SetProducer("", false)
	if landscape {
		pdf.SetMargins(15, 15, 15)
	} else {
		pdf.SetMargins(25, 18, 15)
	}
	pdf.SetAutoPageBreak(true, 15)
	if err := pdf.Error(); err != nil {
		fail(err)
	}
	return pdf
}

func style(b, i bool) string {
	s := ""
	if b {
		s += "B"
	}
	if i {
		s += "I"
	}
	return s
}

// renderPDF writes the document with fpdf.
func renderPDF(d *doc, path string) error {
	pdf := newPDF(d.landscape)
	pdf.AddPage()
	size := d.size
	if size == 0 {
		size = 12
	}
	lh := size * 0.52
	lm, _, rm, _ := pdf.GetMargins()
	pw, ph := pdf.GetPageSize()
	width := pw - lm - rm
	for _, b := range d.blocks {
		switch x := b.(type) {
		case hdr:
			lw := x.lw
			if lw == 0 {
				lw = 0.45
			}
			y0 := pdf.GetY()
			yl := columnPDF(pdf, x.left, lm, width*lw, y0, size, lh)
			yr := columnPDF(pdf, x.right, lm+width*lw, width*(1-lw), y0, size, lh)
			pdf.SetY(max(yl, yr) + 2)
		case par:
			sz := x.size
			if sz == 0 {
				sz = size
			}
			plh := sz * 0.52
			if len(x.segs) == 1 && x.align != 'L' {
				s := x.segs[0]
				pdf.SetFont("serif", style(s.b, s.i), sz)
				t := s.t
				if x.indent {
					t = "      " + t
				}
				pdf.MultiCell(0, plh, t, "", string(x.align), false)
			} else {
				pdf.SetX(lm)
				if x.indent {
					pdf.SetX(lm + 10)
				}
				for _, s := range x.segs {
					pdf.SetFont("serif", style(s.b, s.i), sz)
					pdf.Write(plh, s.t)
				}
				pdf.Ln(plh)
			}
			pdf.Ln(1)
		case gap:
			pdf.Ln(x.h)
		case brk:
			pdf.AddPage()
		case tbl:
			tablePDF(pdf, x, lm, width, ph, size)
		case sig:
			y0 := pdf.GetY() + 2
			if y0+45 > ph-15 {
				pdf.AddPage()
				y0 = pdf.GetY()
			}
			yl := columnPDFAlign(pdf, x.left, lm, width*0.5, y0, size-1.5, lh*0.85, "L")
			yr := columnPDF(pdf, x.right, lm+width*0.45, width*0.55, y0, size, lh)
			pdf.SetY(max(yl, yr) + 2)
		}
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.OutputFileAndClose(path)
}

func columnPDF(pdf *fpdf.Fpdf, lines []ln, x, w, y, size, lh float64) float64 {
	return columnPDFAlign(pdf, lines, x, w, y, size, lh, "C")
}

func columnPDFAlign(pdf *fpdf.Fpdf, lines []ln, x, w, y, size, lh float64, align string) float64 {
	for _, l := range lines {
		pdf.SetFont("serif", style(l.b, l.i), size)
		for _, part := range pdf.SplitText(l.t, w) {
			pdf.SetXY(x, y)
			pdf.CellFormat(w, lh, part, "", 0, align, false, 0, "")
			if l.u {
				tw := pdf.GetStringWidth(part)
				pdf.SetLineWidth(0.3)
				pdf.Line(x+(w-tw)/2, y+lh, x+(w+tw)/2, y+lh)
			}
			y += lh
		}
		if l.t == "" {
			y += lh
		}
	}
	return y
}

func tablePDF(pdf *fpdf.Fpdf, t tbl, lm, width, ph, size float64) {
	fs := t.size
	if fs == 0 {
		fs = size - 2
	}
	lh := fs * 0.45
	tot := 0.0
	for _, w := range t.w {
		tot += w
	}
	ws := make([]float64, len(t.w))
	xs := make([]float64, len(t.w)+1)
	xs[0] = lm
	for i, w := range t.w {
		ws[i] = width * w / tot
		xs[i+1] = xs[i] + ws[i]
	}
	split := func(s string, w float64) []string {
		var out []string
		for _, part := range strings.Split(s, "\n") {
			ls := pdf.SplitText(part, w)
			if len(ls) == 0 {
				ls = []string{""}
			}
			out = append(out, ls...)
		}
		return out
	}
	// header row heights
	drawHead := func() {
		if len(t.head) == 0 {
			return
		}
		pdf.SetFont("serif", "B", fs)
		rh := make([]float64, t.headRows)
		for i := range rh {
			rh[i] = lh + 2
		}
		for _, c := range t.head {
			if c.rowspan > 1 {
				continue
			}
			w := xs[c.col+c.colsp] - xs[c.col]
			h := float64(len(split(c.t, w)))*lh + 2
			rh[c.row] = max(rh[c.row], h)
		}
		// make rowspan cells fit
		for _, c := range t.head {
			if c.rowspan <= 1 {
				continue
			}
			w := xs[c.col+c.colsp] - xs[c.col]
			need := float64(len(split(c.t, w)))*lh + 2
			have := 0.0
			for r := c.row; r < c.row+c.rowspan; r++ {
				have += rh[r]
			}
			if need > have {
				rh[c.row+c.rowspan-1] += need - have
			}
		}
		ys := make([]float64, t.headRows+1)
		ys[0] = pdf.GetY()
		for i := range rh {
			ys[i+1] = ys[i] + rh[i]
		}
		for _, c := range t.head {
			x0, x1 := xs[c.col], xs[c.col+c.colsp]
			y0, y1 := ys[c.row], ys[c.row+c.rowspan]
			pdf.Rect(x0, y0, x1-x0, y1-y0, "D")
			ls := split(c.t, x1-x0)
			ty := y0 + (y1-y0-float64(len(ls))*lh)/2
			for _, l := range ls {
				pdf.SetXY(x0, ty)
				pdf.CellFormat(x1-x0, lh, l, "", 0, "C", false, 0, "")
				ty += lh
			}
		}
		pdf.SetY(ys[t.headRows])
	}
	pdf.SetLineWidth(0.2)
	drawHead()
	for ri, row := range t.rows {
		bold := t.boldRows[ri]
		pdf.SetFont("serif", style(bold, false), fs)
		h := lh + 2
		cells := make([][]string, len(row))
		for ci, c := range row {
			cells[ci] = split(c, ws[ci])
			h = max(h, float64(len(cells[ci]))*lh+2)
		}
		if pdf.GetY()+h > ph-15 {
			pdf.AddPage()
			drawHead()
			pdf.SetFont("serif", style(bold, false), fs)
		}
		y0 := pdf.GetY()
		for ci := range row {
			pdf.Rect(xs[ci], y0, ws[ci], h, "D")
			al := "L"
			if ci < len(t.aligns) {
				al = string(t.aligns[ci])
			}
			ty := y0 + 1
			for _, l := range cells[ci] {
				pdf.SetXY(xs[ci], ty)
				pdf.CellFormat(ws[ci], lh, l, "", 0, al, false, 0, "")
				ty += lh
			}
		}
		pdf.SetY(y0 + h)
	}
	pdf.Ln(3)
}

// ---------------------------------------------------------------- docx

func xmlEsc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func runX(t string, b, i, u bool, halfPts int) string {
	var rp strings.Builder
	rp.WriteString(`<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`)
	if b {
		rp.WriteString("<w:b/>")
	}
	if i {
		rp.WriteString("<w:i/>")
	}
	if u {
		rp.WriteString(`<w:u w:val="single"/>`)
	}
	fmt.Fprintf(&rp, `<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>`, halfPts, halfPts)
	return `<w:r>` + rp.String() + `<w:t xml:space="preserve">` + xmlEsc(t) + `</w:t></w:r>`
}

func parX(jc string, indent bool, after int, runs string) string {
	ind := ""
	if indent {
		ind = `<w:ind w:firstLine="567"/>`
	}
	return fmt.Sprintf(`<w:p><w:pPr><w:spacing w:before="0" w:after="%d" w:line="264" w:lineRule="auto"/>%s<w:jc w:val="%s"/></w:pPr>%s</w:p>`, after, ind, jc, runs)
}

func jcOf(a byte) string {
	switch a {
	case 'C':
		return "center"
	case 'R':
		return "right"
	case 'J':
		return "both"
	}
	return "left"
}

func linesX(lines []ln, jc string, hp int) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(parX(jc, false, 0, runX(l.t, l.b, l.i, l.u, hp)))
	}
	if len(lines) == 0 {
		b.WriteString("<w:p/>")
	}
	return b.String()
}

const noBorders = `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`
const allBorders = `<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>`

func twoColX(left, right string, total, lw int) string {
	return fmt.Sprintf(`<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>`,
		total, noBorders, lw, total-lw, lw, left, total-lw, right)
}

func tableX(t tbl, total, hp int) string {
	tot := 0.0
	for _, w := range t.w {
		tot += w
	}
	ws := make([]int, len(t.w))
	for i, w := range t.w {
		ws[i] = int(float64(total) * w / tot)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`, total, allBorders)
	for _, w := range ws {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	span := func(c0, n int) int {
		s := 0
		for i := c0; i < c0+n; i++ {
			s += ws[i]
		}
		return s
	}
	// header grid
	for r := 0; r < t.headRows; r++ {
		b.WriteString(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
		for c := 0; c < len(ws); {
			var cell *hc
			cont := false
			for k := range t.head {
				h := &t.head[k]
				if h.col == c && h.row <= r && r < h.row+h.rowspan {
					cell = h
					cont = h.row != r
				}
			}
			if cell == nil {
				c++
				continue
			}
			var tcPr strings.Builder
			fmt.Fprintf(&tcPr, `<w:tcW w:w="%d" w:type="dxa"/>`, span(c, cell.colsp))
			if cell.colsp > 1 {
				fmt.Fprintf(&tcPr, `<w:gridSpan w:val="%d"/>`, cell.colsp)
			}
			if cell.rowspan > 1 {
				if cont {
					tcPr.WriteString(`<w:vMerge/>`)
				} else {
					tcPr.WriteString(`<w:vMerge w:val="restart"/>`)
				}
			}
			tcPr.WriteString(`<w:vAlign w:val="center"/>`)
			body := "<w:p/>"
			if !cont {
				body = ""
				for _, part := range strings.Split(cell.t, "\n") {
					body += parX("center", false, 0, runX(part, true, false, false, hp))
				}
			}
			fmt.Fprintf(&b, `<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>`, tcPr.String(), body)
			c += cell.colsp
		}
		b.WriteString(`</w:tr>`)
	}
	for ri, row := range t.rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for ci, c := range row {
			al := byte('L')
			if ci < len(t.aligns) {
				al = t.aligns[ci]
			}
			body := ""
			for _, part := range strings.Split(c, "\n") {
				body += parX(jcOf(al), false, 0, runX(part, t.boldRows[ri], false, false, hp))
			}
			fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>`, ws[ci], body)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// renderDOCX writes the document as a .docx.
func renderDOCX(d *doc, path, author string) error {
	size := d.size
	if size == 0 {
		size = 13
	}
	hp := int(size * 2)
	pgW, pgH, total := 11906, 16838, 11906-1701-1134
	orient := ""
	if d.landscape {
		pgW, pgH = pgH, pgW
		total = pgW - 1134 - 1134
		orient = ` w:orient="landscape"`
	}
	var body strings.Builder
	for _, b := range d.blocks {
		switch x := b.(type) {
		case hdr:
			lw := x.lw
			if lw == 0 {
				lw = 0.45
			}
			body.WriteString(twoColX(linesX(x.left, "center", hp-3), linesX(x.right, "center", hp-3), total, int(float64(total)*lw)))
		case par:
			var runs strings.Builder
			php := hp
			if x.size != 0 {
				php = int(x.size * 2)
			}
			for _, s := range x.segs {
				runs.WriteString(runX(s.t, s.b, s.i, false, php))
			}
			body.WriteString(parX(jcOf(x.align), x.indent, 80, runs.String()))
		case gap:
			body.WriteString(parX("left", false, 0, ""))
		case brk:
			body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		case tbl:
			ts := x.size
			if ts == 0 {
				ts = size - 2
			}
			body.WriteString(tableX(x, total, int(ts*2)))
			body.WriteString(parX("left", false, 0, ""))
		case sig:
			body.WriteString(twoColX(linesX(x.left, "left", hp-4), linesX(x.right, "center", hp), total, int(float64(total)*0.45)))
		}
	}
	docXML := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
		body.String() +
		fmt.Sprintf(`<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`, pgW, pgH, orient, map[bool]int{true: 1134, false: 1701}[d.landscape]) +
		`</w:body></w:document>`
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/document.xml", docXML},
		{"word/styles.xml", fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`, hp, hp)},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>` + xmlEsc(author) + `</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-04-20T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2021-04-20T03:00:00Z</dcterms:modified></cp:coreProperties>`},
		{"docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2021, 4, 20, 10, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
