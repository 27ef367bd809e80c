// Package doc is the neutral document model between the format readers and
// the field rules: a PDF (or a scan, or a Word file) becomes positioned lines,
// a workbook becomes sheets of cells. Readers fill it; rules only read it, so a
// new format needs a new reader and no new rules.
//
// All text in a Document is already Unicode NFC with legacy font encodings
// converted, single-spaced and trimmed.
package doc

import (
	"strings"
	"time"
)

// Document is one input file in neutral form.
type Document struct {
	Format   string  // "pdf", "xlsx", "xls", "docx", "doc"
	Pages    int     // pages of a PDF; sheets of a workbook
	OCR      bool    // some text came from optical character recognition
	Lines    []Line  // text in reading order, for page formats
	Sheets   []Sheet // for workbooks
	Warnings []string
	// Scans are the pages of a PDF whose text must be recognised from their
	// image: no text layer, a garbled or mangled one, or a stamp's few
	// lines over the scan. A stamp's lines stay in Lines (the recognised
	// text joins them); no other scanned page has lines there.
	Scans []Scan
}

// Scan is a page that shows an image of text rather than text.
type Scan struct {
	Page          int     // 1-based
	Width, Height float64 // page size as displayed, in points
	Garbled       bool    // the page had a text layer, but not a readable one
}

// Line is a run of text sharing one baseline on a page, split into Spans where
// a wide gap separates its parts: the two halves of a two-column letterhead, or
// the cells of a table row, are separate spans of one line.
type Line struct {
	Page  int     // 1-based
	Y     float64 // baseline, in points from the top of the page
	Spans []Span
}

// Span is a piece of a line with no wide gap inside.
type Span struct {
	X0, X1 float64 // left and right edge, in points from the left of the page
	Text   string
	Size   float64 // font size in points
	Bold   bool
	Font   string // font base name, for diagnostics and legacy encodings
}

// Text returns the line's spans joined by single spaces.
func (l Line) Text() string {
	parts := make([]string, len(l.Spans))
	for i, s := range l.Spans {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// X0 returns the left edge of the line's first span.
func (l Line) X0() float64 {
	if len(l.Spans) == 0 {
		return 0
	}
	return l.Spans[0].X0
}

// Sheet is one worksheet: a grid of cells, 0-based, possibly ragged.
type Sheet struct {
	Name   string
	Rows   [][]Cell
	Merges []Merge
}

// Cell is one worksheet cell. Text is what Excel displays (formulas by their
// cached value); Num and Date carry the typed value where there is one.
type Cell struct {
	Text    string
	Num     float64
	IsNum   bool      // Num holds the cell's numeric value
	Percent bool      // the cell is formatted as a percentage (Num is a fraction)
	Date    time.Time // set when the cell holds a date (a serial with a date format)
	Font    string    // font name of the cell's style
}

// Merge is a merged range, 0-based and inclusive.
type Merge struct {
	Row0, Col0, Row1, Col1 int
}

// Cell returns the cell at row r, column c, or an empty cell when out of range.
func (s *Sheet) Cell(r, c int) Cell {
	if r < 0 || r >= len(s.Rows) || c < 0 || c >= len(s.Rows[r]) {
		return Cell{}
	}
	return s.Rows[r][c]
}
