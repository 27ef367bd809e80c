// Package docx reads Word documents (.docx) into the neutral document model,
// so the same field rules read them as they read PDFs: each paragraph a line,
// each table row a line per paragraph depth with a span per cell, placed so a
// two-column letterhead table comes apart as it does on a page.
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
	"baocao/vntext"
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
	var part *zip.File
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			part = f
		}
	}
	if part == nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, errors.New("docx: no word/document.xml"))
	}
	if part.UncompressedSize64 > maxXML {
		return nil, baocao.Errorf(baocao.ETOOLARGE, "Tệp Word quá lớn khi giải nén (có thể là tệp độc hại); hãy kiểm tra lại tệp.", nil)
	}
	rc, err := part.Open()
	if err != nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	defer rc.Close()
	blocks, err := parse(ctx, io.LimitReader(rc, maxXML))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	d := &doc.Document{Format: "docx", Pages: 1, Lines: layout(blocks)}
	if len(d.Lines) == 0 {
		d.Warnings = append(d.Warnings, "Tệp Word không có chữ.")
	}
	return d, nil
}

// block is a body paragraph or a table (rows of cells of paragraphs).
type block struct {
	text  string
	table [][][]string
}

// parse walks document.xml: paragraphs in the body and tables (nested
// tables flattened into their cell).
func parse(ctx context.Context, r io.Reader) ([]block, error) {
	dec := xml.NewDecoder(r)
	var (
		blocks    []block
		para      strings.Builder
		inText    bool
		tableDeep int
		table     [][][]string
	)
	// endPara ends the line being read: a line of its cell in a table, a
	// block of its own in the body.
	endPara := func() {
		text := vntext.Clean(para.String())
		para.Reset()
		if tableDeep > 0 && len(table) > 0 {
			row := table[len(table)-1]
			if len(row) > 0 {
				row[len(row)-1] = append(row[len(row)-1], text)
			}
			return
		}
		blocks = append(blocks, block{text: text})
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
				para.Reset()
			case "t":
				inText = true
			case "tab":
				para.WriteByte(' ')
			case "br", "cr":
				// A line break inside a paragraph starts a new line, as in a
				// letterhead cell typed with Shift+Enter.
				endPara()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				endPara()
			case "tbl":
				tableDeep--
				if tableDeep == 0 {
					blocks = append(blocks, block{table: table})
				}
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
}
