package extract

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"baocao/extract/msdoc"
	"baocao/extract/xls"
)

// Formats, as the record's "format" field names them.
const (
	FormatPDF  = "pdf"
	FormatXLSX = "xlsx"
	FormatXLS  = "xls"
	FormatDOCX = "docx"
	FormatDOC  = "doc"
)

// Sniff names a file's format from its bytes, never from its name: "%PDF-"
// near the start is a PDF, a zip holding xl/workbook.xml a workbook, an OLE2
// container a legacy .xls (or a password-protected .xlsx), or a Word
// 97-2003 .doc when it holds a WordDocument stream and no workbook. For
// files we do not read, kind is a word for the clerk ("ảnh PNG", "trang web
// HTML"). File and Read use it, and the web page, to refuse an upload that
// is not a report before it reaches the inbox.
func Sniff(r io.ReaderAt, size int64) (format, kind string) {
	head := make([]byte, 1024)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case n == 0:
		return "", "tệp rỗng"
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF, ""
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return zipFormat(r, size)
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		if ok, kind := xls.IsWorkbook(r); !ok {
			if msdoc.IsDocument(r) {
				return FormatDOC, ""
			}
			return "", kind
		}
		return FormatXLS, ""
	case bytes.HasPrefix(head, []byte("\x89PNG")):
		return "", "ảnh PNG"
	case bytes.HasPrefix(head, []byte("\xFF\xD8\xFF")):
		return "", "ảnh JPEG"
	case bytes.HasPrefix(head, []byte("II*\x00")) || bytes.HasPrefix(head, []byte("MM\x00*")):
		return "", "ảnh TIFF"
	case bytes.HasPrefix(head, []byte("{\\rtf")):
		return "", "văn bản RTF"
	}
	lower := strings.ToLower(string(head))
	if strings.Contains(lower, "<html") || strings.Contains(lower, "<!doctype html") {
		return "", "trang web HTML"
	}
	return "", ""
}

// zipFormat looks inside a zip for the part that names an Office format.
func zipFormat(r io.ReaderAt, size int64) (format, kind string) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		// A truncated workbook has lost its central directory; it is still
		// meant to be a workbook when its first entry is an Office part.
		return FormatXLSX, ""
	}
	for _, f := range z.File {
		switch {
		case f.Name == "xl/workbook.xml" || f.Name == "xl/workbook.bin":
			return FormatXLSX, ""
		case f.Name == "word/document.xml":
			return FormatDOCX, ""
		}
	}
	return "", "tệp nén ZIP"
}
