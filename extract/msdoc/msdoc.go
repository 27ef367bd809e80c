// Package msdoc reads Word 97-2003 documents (.doc) into the neutral document
// model, giving the same lines as package docx gives for the same document
// saved as .docx: each paragraph a line, each table row a line per paragraph
// depth with a span per cell. Text typed in a legacy Vietnamese font
// (.VnTime, VNI-Times…) is converted by each run's font.
//
// The OLE2 container is opened with mscfb; the Word binary structures (the
// FIB, the piece table, the character and paragraph properties, the style
// sheet and the font table) are read here, only as far as text, tables and
// fonts need. Every length and index in the file is checked: a hostile file
// gets an error, never a panic.
package msdoc

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"

	"baocao"
	"baocao/extract/doc"
	"baocao/extract/docx"
)

// Limits of what one document may cost.
const (
	maxStream = 64 << 20 // the WordDocument and table streams, read into memory
	maxChars  = 4 << 20  // characters of the main text
	maxPieces = 1 << 16  // pieces of the piece table
	maxFKPs   = 1 << 16  // formatted-disk pages of character or paragraph properties
	maxStyles = 4096     // styles of the style sheet
	maxNested = 64       // fields inside fields
	maxHuge   = 16 << 20 // paragraph properties read from the Data stream
)

var (
	errUnreadable = "Tệp Word 97-2003 (.doc) bị hỏng hoặc không đầy đủ; hãy mở bằng Word, lưu lại và gửi lại."
	errEncrypted  = "Tệp Word có mật khẩu; hãy gửi bản không đặt mật khẩu."
	errTooLarge   = "Tệp Word quá lớn (có thể là tệp độc hại); hãy kiểm tra lại tệp."
	errOldWord    = "Tệp Word 6.0/95 quá cũ nên chưa đọc được; hãy mở bằng Word, lưu thành .docx rồi gửi lại."
	errNotWord    = "Tệp không phải văn bản Word; hãy gửi báo cáo dạng PDF, Word (.docx, .doc) hoặc Excel (.xlsx, .xls)."
)

// errPanic marks a bug that a hostile file reached; the fuzz test looks for it.
var errPanic = errors.New("msdoc: panic")

// Read parses a Word 97-2003 document into a neutral document.
func Read(ctx context.Context, r io.ReaderAt, size int64) (d *doc.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, fmt.Errorf("%w: %v", errPanic, p))
		}
	}()
	f, err := open(ctx, r, size)
	if err != nil {
		return nil, err
	}
	paras, err := f.paragraphs(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	d = &doc.Document{Format: "doc", Pages: 1, Lines: docx.Layout(blocks(convert(paras)))}
	if f.fib.ccpText > maxChars {
		d.Warnings = append(d.Warnings, "Tệp Word quá dài; chỉ đọc được phần đầu.")
	}
	if len(d.Lines) == 0 {
		d.Warnings = append(d.Warnings, "Tệp Word không có chữ.")
	}
	return d, nil
}

// IsDocument reports whether an OLE2 file holds a Word document: a
// WordDocument stream at its top level. It never panics.
func IsDocument(r io.ReaderAt) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	c, err := mscfb.New(r)
	if err != nil {
		return false
	}
	for _, f := range c.File {
		if len(f.Path) == 0 && f.Name == "WordDocument" {
			return true
		}
	}
	return false
}

// file is an open document: its streams and what its FIB says of them.
type file struct {
	word  []byte      // the WordDocument stream
	table []byte      // the 0Table or 1Table stream
	data  *mscfb.File // the Data stream, where a long paragraph keeps its properties; may be nil
	fib   fib
	huge  int // bytes read from the Data stream so far
}

// open reads the container's streams and the FIB.
func open(ctx context.Context, r io.ReaderAt, size int64) (*file, error) {
	c, err := mscfb.New(r)
	if err != nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	files := map[string]*mscfb.File{}
	for _, f := range c.File {
		if len(f.Path) == 0 && files[f.Name] == nil {
			files[f.Name] = f
		}
	}
	if files["WordDocument"] == nil {
		if files["EncryptedPackage"] != nil {
			return nil, baocao.Errorf(baocao.EENCRYPTED, errEncrypted, errors.New("msdoc: encrypted OOXML package"))
		}
		return nil, baocao.Errorf(baocao.EFORMAT, errNotWord, errors.New("msdoc: no WordDocument stream"))
	}
	word, err := readStream(ctx, files["WordDocument"], size)
	if err != nil {
		return nil, err
	}
	fb, err := parseFIB(word)
	if err != nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	switch {
	case fb.encrypted:
		return nil, baocao.Errorf(baocao.EENCRYPTED, errEncrypted, errors.New("msdoc: encrypted document"))
	case fb.old:
		return nil, baocao.Errorf(baocao.EFORMAT, errOldWord, fmt.Errorf("msdoc: nFib %#x", fb.nFib))
	}
	name := "0Table"
	if fb.whichTable {
		name = "1Table"
	}
	if files[name] == nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, fmt.Errorf("msdoc: no %s stream", name))
	}
	table, err := readStream(ctx, files[name], size)
	if err != nil {
		return nil, err
	}
	return &file{word: word, table: table, data: files["Data"], fib: fb}, nil
}

// readStream reads a whole stream into memory, in chunks so that a
// cancelled context stops it.
func readStream(ctx context.Context, f *mscfb.File, size int64) ([]byte, error) {
	// A stream longer than the file loops over its own sectors.
	if f.Size > maxStream || f.Size > size || f.Size < 0 {
		return nil, baocao.Errorf(baocao.ETOOLARGE, errTooLarge, fmt.Errorf("msdoc: %s stream of %d bytes", f.Name, f.Size))
	}
	buf := make([]byte, f.Size)
	const chunk = 64 << 10 // mscfb works out each read's sectors up front
	for off := 0; off < len(buf); off += chunk {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := f.Read(buf[off:min(off+chunk, len(buf))])
		if n < min(chunk, len(buf)-off) {
			if err == nil {
				err = io.ErrUnexpectedEOF
			}
			return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, fmt.Errorf("msdoc: read %s stream: %w", f.Name, err))
		}
	}
	return buf, nil
}
