package msdoc

import "baocao/extract/docx"

// A table is stored as its cells' paragraphs in order: each cell ends with
// a cell mark, each row with one more cell mark in a paragraph of its own
// whose properties say it ends the row (TTP). A table inside a cell is
// flattened into the cell, as package docx flattens it.

// blocks groups paragraphs into body paragraphs and tables, as package docx
// reads them from document.xml: one block per line of the body, one per
// table, each table's cells holding their lines.
func blocks(paras []textPara) []docx.Block {
	var (
		out     []docx.Block
		table   [][][]string
		row     [][]string
		cell    []string
		cellEnd bool // the last paragraph ended a cell
		inTable bool
	)
	flush := func() {
		if len(cell) > 0 {
			row = append(row, cell)
		}
		if len(row) > 0 {
			table = append(table, row)
		}
		if len(table) > 0 {
			out = append(out, docx.Block{Table: table})
		}
		table, row, cell, inTable = nil, nil, nil, false
	}
	for _, p := range paras {
		switch {
		case p.mark == chCell && rowEnd(p, cellEnd):
			if len(cell) > 0 {
				row = append(row, cell)
				cell = nil
			}
			table = append(table, row)
			row, cellEnd = nil, false
		case p.mark == chCell:
			row = append(row, append(cell, p.lines...))
			cell, cellEnd, inTable = nil, true, true
		case p.pap.inTable || p.pap.itap > 0:
			cellEnd, inTable = false, true
			if !p.pap.innerTtp {
				cell = append(cell, p.lines...)
			}
		default:
			if inTable || len(row) > 0 || len(cell) > 0 {
				flush()
			}
			cellEnd = false
			for _, l := range p.lines {
				out = append(out, docx.Block{Text: l})
			}
		}
	}
	flush()
	return out
}

// rowEnd reports whether a cell mark ends a row: its paragraph says so, or,
// when its properties could not be read, it stands alone right after a
// cell's mark.
func rowEnd(p textPara, afterCell bool) bool {
	if p.pap.known {
		return p.pap.ttp
	}
	for _, l := range p.lines {
		if l != "" {
			return false
		}
	}
	return afterCell
}
