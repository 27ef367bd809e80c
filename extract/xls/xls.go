// Package xls reads legacy Excel 97-2003 workbooks (.xls, BIFF8) into the
// neutral document model, giving the same sheets and cells as package xlsx
// gives for the same workbook saved as .xlsx: the text Excel shows, the typed
// value (numbers, percentages, dates), the cell's font, and merged ranges.
//
// The OLE2 container is opened with mscfb; the BIFF8 records are read here,
// since only a few dozen are needed and each is simple. Every length and
// index in the file is checked: a hostile file gets an error, never a panic.
package xls

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"

	"baocao"
	"baocao/extract/doc"
	"baocao/extract/numfmt"
)

// Limits bound what a hostile workbook may cost.
type Limits struct {
	MaxStreamSize int64 // the Workbook stream, read into memory
	MaxRows       int   // rows read per sheet
	MaxCols       int   // columns read per row
	MaxCells      int   // cells (and merged ranges) kept for the whole workbook
}

// DefaultLimits match the .xlsx reader's: a 20,000-row roll-up saved as .xls
// is a few MB of records.
var DefaultLimits = Limits{
	MaxStreamSize: 48 << 20,
	MaxRows:       20000,
	MaxCols:       256,
	MaxCells:      2_000_000,
}

var (
	errUnreadable = "Tệp Excel 97-2003 (.xls) bị hỏng hoặc không đầy đủ; hãy mở bằng Excel, lưu lại và gửi lại."
	errEncrypted  = "Tệp Excel có mật khẩu; hãy gửi bản không đặt mật khẩu."
	errTooLarge   = "Tệp Excel quá lớn (có thể là tệp độc hại); hãy kiểm tra lại tệp."
	errOldExcel   = "Tệp Excel 5.0/95 quá cũ nên chưa đọc được; hãy mở bằng Excel, lưu thành .xlsx rồi gửi lại."
	errWordDoc    = "Tệp là văn bản Word 97-2003 (.doc), không phải bảng tính Excel."
	errNotExcel   = "Tệp không phải bảng tính Excel; hãy gửi báo cáo dạng PDF, Word (.docx, .doc) hoặc Excel (.xlsx, .xls)."
)

// errPanic marks a bug that a hostile file reached; the fuzz test looks for it.
var errPanic = errors.New("xls: panic")

// Read parses an Excel 97-2003 workbook into a neutral document.
func Read(ctx context.Context, r io.ReaderAt, size int64, lim Limits) (d *doc.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, fmt.Errorf("%w: %v", errPanic, p))
		}
	}()
	lim = lim.orDefault()
	stream, err := workbookStream(ctx, r, size, lim)
	if err != nil {
		return nil, err
	}
	wb, err := parseGlobals(stream)
	if err != nil {
		return nil, err
	}
	d = &doc.Document{Format: "xls"}
	budget := lim.MaxCells
	for _, sh := range wb.sheets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if sh.kind != sheetWorksheet {
			// A chart, macro or module sheet, as the .xlsx reader skips a
			// chart sheet.
			d.Warnings = append(d.Warnings, fmt.Sprintf("Không đọc được trang tính %q; đã bỏ qua.", sh.name))
			continue
		}
		s, warns, err := wb.sheet(ctx, sh, lim, &budget)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			d.Warnings = append(d.Warnings, fmt.Sprintf("Không đọc được trang tính %q; đã bỏ qua.", sh.name))
			continue
		}
		d.Warnings = append(d.Warnings, warns...)
		d.Sheets = append(d.Sheets, s)
	}
	d.Pages = len(d.Sheets)
	return d, nil
}

func (l Limits) orDefault() Limits {
	if l.MaxStreamSize <= 0 {
		l.MaxStreamSize = DefaultLimits.MaxStreamSize
	}
	if l.MaxRows <= 0 {
		l.MaxRows = DefaultLimits.MaxRows
	}
	if l.MaxCols <= 0 {
		l.MaxCols = DefaultLimits.MaxCols
	}
	if l.MaxCells <= 0 {
		l.MaxCells = DefaultLimits.MaxCells
	}
	return l
}

// IsWorkbook reports whether an OLE2 file holds an Excel workbook (or an
// encrypted Office file, which only the workbook reader can name as such).
// When it holds something else, kind is a word for the clerk, such as "văn
// bản Word 97-2003 (.doc)". It never panics.
func IsWorkbook(r io.ReaderAt) (ok bool, kind string) {
	defer func() {
		if p := recover(); p != nil {
			ok, kind = true, "" // let Read say the file is damaged
		}
	}()
	c, err := mscfb.New(r)
	if err != nil {
		return true, ""
	}
	switch s := streams(c); {
	case s["Workbook"] || s["Book"] || s["EncryptedPackage"]:
		return true, ""
	case s["WordDocument"]:
		return false, "văn bản Word 97-2003 (.doc)"
	case s["PowerPoint Document"]:
		return false, "bản trình chiếu PowerPoint 97-2003 (.ppt)"
	}
	return true, ""
}

// streams lists the names of the container's top-level streams.
func streams(c *mscfb.Reader) map[string]bool {
	names := map[string]bool{}
	for _, f := range c.File {
		if len(f.Path) == 0 {
			names[f.Name] = true
		}
	}
	return names
}

// workbookStream reads the Workbook stream of the OLE2 container into memory,
// or says what else the container is.
func workbookStream(ctx context.Context, r io.ReaderAt, size int64, lim Limits) ([]byte, error) {
	c, err := mscfb.New(r)
	if err != nil {
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	var wb *mscfb.File
	for _, f := range c.File {
		if len(f.Path) == 0 && f.Name == "Workbook" {
			wb = f
			break
		}
	}
	if wb == nil {
		s := streams(c)
		switch {
		case s["EncryptedPackage"] || s["EncryptionInfo"]:
			return nil, baocao.Errorf(baocao.EENCRYPTED, errEncrypted, errors.New("xls: encrypted OOXML package"))
		case s["Book"]:
			return nil, baocao.Errorf(baocao.EFORMAT, errOldExcel, errors.New("xls: BIFF5 workbook"))
		case s["WordDocument"]:
			return nil, baocao.Errorf(baocao.EFORMAT, errWordDoc, errors.New("xls: a Word document"))
		}
		return nil, baocao.Errorf(baocao.EFORMAT, errNotExcel, errors.New("xls: no Workbook stream"))
	}
	// A stream longer than the file loops over its own sectors.
	if wb.Size > lim.MaxStreamSize || wb.Size > size {
		return nil, baocao.Errorf(baocao.ETOOLARGE, errTooLarge, fmt.Errorf("xls: workbook stream of %d bytes", wb.Size))
	}
	buf := make([]byte, wb.Size)
	const chunk = 64 << 10 // mscfb works out each read's sectors up front
	for off := 0; off < len(buf); off += chunk {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := wb.Read(buf[off:min(off+chunk, len(buf))])
		if n < min(chunk, len(buf)-off) {
			if err == nil {
				err = io.ErrUnexpectedEOF
			}
			return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, fmt.Errorf("xls: read workbook stream: %w", err))
		}
	}
	return buf, nil
}

// Sheet kinds, from BOUNDSHEET8's dt field.
const (
	sheetWorksheet = 0
	sheetMacro     = 1
	sheetChart     = 2
	sheetModule    = 6
)

// sheetEntry is one sheet as the workbook globals list it.
type sheetEntry struct {
	name   string
	offset int // of the sheet's BOF in the stream
	kind   int
	hidden bool
}

// xf is what a cell format record says about reading a cell's value.
type xf struct {
	font    string
	date    bool
	percent bool
	numFmt  string // the format code that shows the value
}

// workbook is what the globals substream says, for reading the sheets.
type workbook struct {
	stream   []byte
	sheets   []sheetEntry
	sst      []sharedString
	fonts    []string
	xfs      []xf
	date1904 bool
}

// sharedString is one entry of the shared strings table, with its rich-text
// font runs when it has them.
type sharedString struct {
	text string
	runs []fontRun
}

// parseGlobals reads the workbook globals: sheets, fonts, number formats,
// cell formats, the shared strings, and the date system.
func parseGlobals(stream []byte) (*workbook, error) {
	rs := &records{b: stream}
	first, ok, err := rs.next()
	if !ok || err != nil || first.typ != recBOF {
		// Excel 2.x-4.x files are not OLE2 at all; this is a damaged stream.
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, errors.New("xls: workbook stream does not start with BOF"))
	}
	if v := u16(first.data, 0); v != 0x0600 {
		return nil, baocao.Errorf(baocao.EFORMAT, errOldExcel, fmt.Errorf("xls: BIFF version %#x", v))
	}
	wb := &workbook{stream: stream}
	formats := map[int]string{}
	type rawXF struct{ font, fmt int }
	var xfs []rawXF
	for {
		rec, ok, err := rs.next()
		if err != nil {
			return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
		}
		if !ok {
			return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, errors.New("xls: workbook globals have no EOF"))
		}
		switch rec.typ {
		case recEOF:
			wb.xfs = make([]xf, len(xfs))
			for i, x := range xfs {
				wb.xfs[i] = resolveXF(x.font, x.fmt, wb.fonts, formats)
			}
			return wb, nil
		case recFilePass:
			return nil, baocao.Errorf(baocao.EENCRYPTED, errEncrypted, errors.New("xls: FILEPASS record"))
		case recDateMode:
			wb.date1904 = u16(rec.data, 0) == 1
		case recFont:
			name := ""
			if len(rec.data) > 14 {
				name = shortString(rec.data[14:])
			}
			wb.fonts = append(wb.fonts, name)
		case recFormat:
			formats[u16(rec.data, 0)] = longString(rec, 2)
		case recXF:
			xfs = append(xfs, rawXF{font: u16(rec.data, 0), fmt: u16(rec.data, 2)})
		case recBoundSheet:
			if len(rec.data) < 8 {
				continue
			}
			wb.sheets = append(wb.sheets, sheetEntry{
				name:   shortString(rec.data[6:]),
				offset: int(u32(rec.data, 0)),
				kind:   int(rec.data[5]),
				hidden: rec.data[4]&0x03 != 0,
			})
		case recSST:
			wb.sst = readSST(rec)
		}
	}
}

// resolveXF turns a cell format's font and number format indexes into what
// they mean.
func resolveXF(font, numFmt int, fonts []string, formats map[int]string) xf {
	x := xf{font: fontName(fonts, font)}
	custom, ok := formats[numFmt]
	if !ok {
		custom = ""
		x.numFmt = builtInFormats[numFmt]
	} else {
		x.numFmt = custom
	}
	x.date = numfmt.IsDate(numFmt, custom)
	x.percent = numfmt.IsPercent(numFmt, custom)
	return x
}

// fontName is the name of the font at a FONT index, "" when there is none.
// Index 4 does not exist in BIFF: indexes above it are one higher than the
// FONT record's position.
func fontName(fonts []string, i int) string {
	if i >= 4 {
		i--
	}
	if i < 0 || i >= len(fonts) {
		return ""
	}
	return fonts[i]
}

// readSST reads the shared strings table, across its CONTINUE records.
func readSST(rec record) []sharedString {
	c := newCursor(rec)
	if !c.skip(4) {
		return nil
	}
	unique, ok := c.u32()
	if !ok {
		return nil
	}
	// The count is the file's word: no more than the bytes could hold.
	n := len(rec.data)
	for _, d := range rec.cont {
		n += len(d)
	}
	out := make([]sharedString, 0, min(unique, n/3))
	for range unique {
		cch, ok := c.u16()
		if !ok {
			break
		}
		s, runs, ok := c.str(cch)
		if !ok {
			break
		}
		out = append(out, sharedString{text: s, runs: runs})
	}
	return out
}
