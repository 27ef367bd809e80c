// Package xlsx reads Excel workbooks (.xlsx) into the neutral document model:
// every worksheet as a grid of cells with the text Excel shows, the typed
// value (numbers, percentages, dates) and the cell's font.
package xlsx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/extract/doc"
)

// Limits bound what a hostile workbook may cost.
type Limits struct {
	MaxUnzipSize int64 // all parts together, uncompressed
	MaxXMLSize   int64 // one worksheet or the shared strings kept in memory
	MaxRows      int   // rows read per sheet
	MaxCols      int   // columns read per row
}

// DefaultLimits fit real reports by a wide margin: a 20,000-row roll-up is a
// few MB of XML. A worksheet is parsed into memory at several times its XML
// size, so 48 MB of XML in all keeps one workbook well under 500 MB.
var DefaultLimits = Limits{
	MaxUnzipSize: 48 << 20,
	MaxXMLSize:   16 << 20,
	MaxRows:      20000,
	MaxCols:      256,
}

var (
	errUnreadable = "Tệp Excel bị hỏng hoặc không phải tệp .xlsx; hãy mở bằng Excel, lưu lại và gửi lại."
	errEncrypted  = "Tệp Excel có mật khẩu; hãy gửi bản không đặt mật khẩu."
	errTooLarge   = "Tệp Excel quá lớn khi giải nén (có thể là tệp độc hại); hãy kiểm tra lại tệp."
	errLegacyXLS  = "Tệp là Excel 97-2003 (.xls), không phải .xlsx."
)

var oleMagic = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")

// Read parses an .xlsx workbook into a neutral document: every worksheet, as a
// grid of cells.
func Read(ctx context.Context, r io.ReaderAt, size int64, lim Limits) (d *doc.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, fmt.Errorf("xlsx: panic: %v", p))
		}
	}()
	head := make([]byte, 8)
	if _, err := r.ReadAt(head, 0); err == nil && bytes.Equal(head, oleMagic) {
		return nil, oleError(r, size)
	}
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size), excelize.Options{
		UnzipSizeLimit:    lim.MaxUnzipSize,
		UnzipXMLSizeLimit: lim.MaxXMLSize,
	})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, baocao.Errorf(baocao.ETOOLARGE, errTooLarge, err)
		}
		return nil, baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	defer f.Close()

	d = &doc.Document{Format: "xlsx"}
	w := workbook{f: f, lim: lim, styles: map[int]cellStyle{}, date1904: uses1904(f), legacy: usesLegacyFont(f)}
	for _, name := range f.GetSheetList() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s, warn, err := w.sheet(ctx, name)
		if errors.Is(err, ctx.Err()) && err != nil {
			return nil, err
		}
		if err != nil {
			// A chart sheet, or one sheet the library cannot parse: the
			// others may still hold the report.
			d.Warnings = append(d.Warnings, fmt.Sprintf("Không đọc được trang tính %q; đã bỏ qua.", name))
			continue
		}
		if warn != "" {
			d.Warnings = append(d.Warnings, warn)
		}
		d.Sheets = append(d.Sheets, s)
	}
	d.Pages = len(d.Sheets)
	return d, nil
}

// oleError says what an OLE2 container is: a password-protected workbook (an
// EncryptedPackage stream) or a legacy .xls, which package xls reads (the
// extractor sends such files there; this answers callers that did not sniff).
func oleError(r io.ReaderAt, size int64) error {
	b, err := io.ReadAll(io.NewSectionReader(r, 0, min(size, 64<<20)))
	if err != nil {
		return baocao.Errorf(baocao.EUNREADABLE, errUnreadable, err)
	}
	if bytes.Contains(b, utf16le("EncryptedPackage")) {
		return baocao.Errorf(baocao.EENCRYPTED, errEncrypted, errors.New("xlsx: encrypted package"))
	}
	return baocao.Errorf(baocao.EFORMAT, errLegacyXLS, errors.New("xlsx: legacy BIFF workbook"))
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}
