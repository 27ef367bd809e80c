// Package docx reads Word documents (.docx) into the neutral document model,
// so the same field rules read them as they read PDFs: each paragraph a line,
// each table row a line per paragraph depth with a span per cell, placed so a
// two-column letterhead table comes apart as it does on a page. Text typed
// in a legacy Vietnamese font (.VnTime, VNI-Times…) is converted by each
// run's font, as the style sheet resolves it.
package docx

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"baocao"
	"baocao/extract/doc"
)

// Limits of what one document may cost.
const (
	maxXML       = 32 << 20 // word/document.xml, uncompressed
	maxLines     = 50000
	pageWidth    = 500.0 // the layout the lines are placed on, in points
	leftMargin   = 70.0
	lineHeight   = 40.0 // wide enough that every paragraph stands alone
	fontSize     = 13.0
	charWidth    = 6.0
	indentOfPara = 30.0
)

var errUnreadable = "Tệp Word bị hỏng hoặc không đầy đủ; hãy mở bằng Word, lưu lại và gửi lại."

// Read parses a .docx file.
func Read(ctx context.Context, r io.ReaderAt, size int64) (*doc.Document, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	var part, stylesPart *zip.File
	for _, f := range z.File {
		switch f.Name {
		case "word/document.xml":
			part = f
		case "word/styles.xml":
			stylesPart = f
		}
	}
	if part == nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, errors.New("docx: no word/document.xml"))
	}
	if part.UncompressedSize64 > maxXML {
		return nil, baocao.Errorf(baocao.ETOOLARGE, "Tệp Word quá lớn khi giải nén (có thể là tệp độc hại); hãy kiểm tra lại tệp.", nil)
	}
	styles := readStylesPart(ctx, stylesPart)
	rc, err := part.Open()
	if err != nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	defer rc.Close()
	blocks, err := parse(ctx, io.LimitReader(rc, maxXML), styles)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	d := &doc.Document{Format: "docx", Pages: 1, Lines: layout(convert(blocks))}
	if len(d.Lines) == 0 {
		d.Warnings = append(d.Warnings, "Tệp Word không có chữ.")
	}
	return d, nil
}

// readStylesPart reads the fonts of the style sheet, when the document has
// one.
func readStylesPart(ctx context.Context, f *zip.File) *styleSheet {
	if f == nil || f.UncompressedSize64 > maxStylesXML {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	return readStyles(ctx, rc)
}

// block is a body paragraph or a table (rows of cells of paragraphs).
type block struct {
	text  string
	table [][][]string
}

// parse walks document.xml: paragraphs in the body and tables (nested
// tables flattened into their cell), each line as runs with the fonts the
// style sheet resolves for them.
func parse(ctx context.Context, r io.Reader, styles *styleSheet) ([]rawBlock, error) {
	dec := xml.NewDecoder(r)
	var (
		blocks    []rawBlock
		path      []string // the elements open, by local name
		cur       line     // the line being read
		text      strings.Builder
		own       fonts  // the fonts the run being read sets itself
		rStyle    string // its character style
		pStyle    string // the paragraph's style
		tableDeep int
		table     [][][]line
	)
	// under reports whether the open elements end with names.
	under := func(names ...string) bool {
		if len(path) < len(names) {
			return false
		}
		for i, name := range names {
			if path[len(path)-len(names)+i] != name {
				return false
			}
		}
		return true
	}
	// endRun adds the text read so far to the line, in the run's fonts.
	endRun := func() {
		if text.Len() > 0 {
			cur = append(cur, run{fonts: styles.fontsOf(own, rStyle, pStyle), text: text.String()})
			text.Reset()
		}
	}
	// endLine ends the line being read: a line of its cell in a table, a
	// block of its own in the body.
	endLine := func() {
		endRun()
		l := cur
		cur = nil
		if tableDeep > 0 && len(table) > 0 {
			row := table[len(table)-1]
			if len(row) > 0 {
				row[len(row)-1] = append(row[len(row)-1], l)
			}
			return
		}
		blocks = append(blocks, rawBlock{line: l})
	}
	n := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return blocks, nil
		}
		if err != nil {
			return nil, fmt.Errorf("docx: %w", err)
		}
		if n++; n%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inRun := under("r") // content of a run, not its properties
			switch t.Name.Local {
			case "tbl":
				tableDeep++
				if tableDeep == 1 {
					table = nil
				}
			case "tr":
				if tableDeep == 1 {
					table = append(table, nil)
				}
			case "tc":
				if tableDeep == 1 && len(table) > 0 {
					table[len(table)-1] = append(table[len(table)-1], nil)
				}
			case "p":
				cur, pStyle = nil, ""
				text.Reset()
			case "pStyle":
				if under("p", "pPr") {
					pStyle = attr(t, "val")
				}
			case "r":
				endRun()
				own, rStyle = fonts{}, ""
			case "rStyle":
				if under("r", "rPr") {
					rStyle = attr(t, "val")
				}
			case "rFonts":
				if under("r", "rPr") {
					own = rFonts(t)
				}
			case "tab":
				if inRun {
					text.WriteByte(' ')
				}
			case "softHyphen":
				// "ư" in a TCVN3 font; runText drops it from Unicode text.
				if inRun {
					text.WriteString(softHyphen)
				}
			case "noBreakHyphen":
				if inRun {
					text.WriteByte('-')
				}
			case "br", "cr":
				// A line break inside a paragraph starts a new line, as in a
				// letterhead cell typed with Shift+Enter.
				if inRun {
					endLine()
				}
			}
			path = append(path, t.Name.Local)
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			switch t.Name.Local {
			case "r":
				endRun()
			case "p":
				endLine()
			case "tbl":
				tableDeep--
				if tableDeep == 0 {
					blocks = append(blocks, rawBlock{table: table})
				}
			}
		case xml.CharData:
			if under("r", "t") {
				text.Write(t)
			}
		}
	}
}
