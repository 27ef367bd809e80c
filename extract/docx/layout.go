package docx

import "baocao/extract/doc"

// Block is a body paragraph, or a table given as rows of cells of
// paragraphs: what a Word document holds once read, whatever its file format.
type Block struct {
	Text  string
	Table [][][]string
}

// Layout places blocks on a page exactly as Read places a .docx's, so that
// a Word 97-2003 .doc read into blocks gives the field rules the same lines
// as the same document saved as .docx.
func Layout(blocks []Block) []doc.Line {
	bs := make([]block, len(blocks))
	for i, b := range blocks {
		bs[i] = block{text: b.Text, table: b.Table}
	}
	return layout(bs)
}

// layout makes each body paragraph a line and each table row a line per
// paragraph depth, with a span per cell placed at the cell's share of the
// page width, so a two-column letterhead comes apart as it does on a page.
func layout(blocks []block) []doc.Line {
	var lines []doc.Line
	y := 40.0
	line := func(spans []doc.Span) {
		if len(spans) > 0 && len(lines) < maxLines {
			lines = append(lines, doc.Line{Page: 1, Y: y, Spans: spans})
			y += lineHeight
		}
	}
	// A span is as wide as its text, but never wider than its cell: in Word
	// a long cell wraps rather than running into the next one.
	span := func(x, width float64, text string) doc.Span {
		return doc.Span{X0: x, X1: x + min(charWidth*float64(len([]rune(text))), width-10), Text: text, Size: fontSize}
	}
	for _, b := range blocks {
		if b.table == nil {
			if b.text != "" {
				line([]doc.Span{span(leftMargin+indentOfPara, pageWidth, b.text)})
			}
			continue
		}
		for _, row := range b.table {
			depth := 0
			for _, cell := range row {
				depth = max(depth, len(cell))
			}
			width := pageWidth / float64(max(len(row), 1))
			for i := 0; i < depth; i++ {
				var spans []doc.Span
				for c, cell := range row {
					if i < len(cell) && cell[i] != "" {
						spans = append(spans, span(leftMargin+width*float64(c), width, cell[i]))
					}
				}
				line(spans)
			}
		}
	}
	return lines
}
