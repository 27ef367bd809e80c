// Package extract reads report files into records: it recognises a file's
// format by its bytes, hands it to the format's reader to get a neutral
// document, and runs the field rules over that document.
package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"baocao"
	"baocao/extract/doc"
	"baocao/extract/docx"
	"baocao/extract/msdoc"
	"baocao/extract/ocr"
	"baocao/extract/pdf"
	"baocao/extract/rules"
	"baocao/extract/xls"
	"baocao/extract/xlsx"
)

// Options bound the work done on one file.
type Options struct {
	MaxFileSize int64         // larger files are refused
	Timeout     time.Duration // per file
	XLSX        xlsx.Limits
	XLS         xls.Limits
	// OCR recognises scanned pages; nil means the process-wide engine. Its
	// time is bounded per page, apart from Timeout.
	OCR *ocr.Engine
}

// DefaultOptions suit an office server: reports are rarely over a few MB, and
// 100 MB leaves room for long scans.
var DefaultOptions = Options{
	MaxFileSize: 100 << 20,
	Timeout:     2 * time.Minute,
	XLSX:        xlsx.DefaultLimits,
	XLS:         xls.DefaultLimits,
}

// File extracts the records of the file at path. The result's File is path as
// given. Failures to read the file are in the result's Error, with the cause
// returned as err for logs.
func File(ctx context.Context, path string, opts Options) (res baocao.FileResult, err error) {
	f, err := os.Open(path)
	if err != nil {
		res = newResult(path)
		err = baocao.Errorf(baocao.EUNREADABLE, "Không mở được tệp; hãy kiểm tra tệp còn trong thư mục và có quyền đọc.", err)
		res.Error = baocao.ErrorMessage(err)
		return res, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		res = newResult(path)
		err = baocao.Errorf(baocao.EUNREADABLE, "Không mở được tệp; hãy kiểm tra tệp còn trong thư mục và có quyền đọc.", err)
		res.Error = baocao.ErrorMessage(err)
		return res, err
	}
	return Read(ctx, f, st.Size(), path, opts)
}

// Read extracts the records of a file given as a reader; name is reported as
// the result's File and means nothing else.
func Read(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options) (res baocao.FileResult, err error) {
	res = newResult(name)
	defer func() {
		if err != nil {
			res.Error = baocao.ErrorMessage(err)
			res.Records = []baocao.Record{}
		}
	}()
	if size > opts.MaxFileSize {
		return res, baocao.Errorf(baocao.ETOOLARGE,
			fmt.Sprintf("Tệp quá lớn (%d MB, tối đa %d MB); hãy gửi bản nhỏ hơn hoặc tách thành nhiều tệp.", size>>20, opts.MaxFileSize>>20), nil)
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(r, 0, size)); err != nil {
		return res, baocao.Errorf(baocao.EUNREADABLE, "Không đọc được tệp; hãy gửi lại tệp.", err)
	}
	res.SHA256 = hex.EncodeToString(h.Sum(nil))

	format, kind := Sniff(r, size)
	res.Format = format
	parent := ctx
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	d, err := readDoc(ctx, r, size, format, kind, opts)
	if err != nil {
		if errors.Is(err, context.Canceled) && parent.Err() != nil {
			return res, baocao.Errorf(baocao.EINTERNAL, msgInterrupted, err)
		}
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil {
			err = baocao.Errorf(baocao.EUNREADABLE, "Đọc tệp quá lâu nên đã dừng; tệp có thể bị hỏng, hãy mở và lưu lại rồi gửi lại.", err)
		}
		return res, err
	}
	if len(d.Scans) > 0 {
		eng := opts.OCR
		if eng == nil {
			eng = ocr.Default()
		}
		recognise(parent, r, size, d, eng)
		if err := parent.Err(); err != nil {
			// Stopped from outside mid-recognition: the file is not done,
			// and nothing about it is wrong.
			return res, baocao.Errorf(baocao.EINTERNAL, msgInterrupted, err)
		}
	}
	res.Pages = d.Pages
	res.OCR = d.OCR
	res.Warnings = append(res.Warnings, d.Warnings...)
	res.Text = documentText(d)
	document, recs, warnings := rules.Read(d)
	res.Document = &document
	res.Records = recs
	res.Warnings = append(res.Warnings, warnings...)
	return res, nil
}

// msgInterrupted is a file's error when the program stopped while reading it.
const msgInterrupted = "Chương trình dừng khi đang đọc tệp này; tệp sẽ được đọc lại khi chương trình chạy lại."

func newResult(name string) baocao.FileResult {
	return baocao.FileResult{File: name, Records: []baocao.Record{}, Warnings: []string{}}
}

// readDoc hands the file to its format's reader. A panic in a reader is a bug,
// but must not take the program down: it becomes an error for this file.
func readDoc(ctx context.Context, r io.ReaderAt, size int64, format, kind string, opts Options) (d *doc.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, baocao.Errorf(baocao.EINTERNAL, "Lỗi nội bộ khi đọc tệp; hãy báo cho quản trị viên.", fmt.Errorf("extract: panic: %v", p))
		}
	}()
	switch format {
	case FormatPDF:
		return pdf.Read(ctx, r, size)
	case FormatXLSX:
		return xlsx.Read(ctx, r, size, opts.XLSX)
	case FormatXLS:
		return xls.Read(ctx, r, size, opts.XLS)
	case FormatDOCX:
		return docx.Read(ctx, r, size)
	case FormatDOC:
		return msdoc.Read(ctx, r, size)
	}
	msg := "Tệp không phải PDF, Excel hay Word; hãy gửi báo cáo dạng PDF, Excel (.xlsx, .xls) hoặc Word (.docx, .doc)."
	switch kind {
	case "tệp rỗng":
		msg = "Tệp rỗng (0 byte), có thể bị lỗi khi sao chép; hãy gửi lại tệp."
	case "":
	default:
		msg = fmt.Sprintf("Tệp không phải PDF, Excel hay Word mà là %s; hãy gửi báo cáo dạng PDF, Excel (.xlsx, .xls) hoặc Word (.docx, .doc).", kind)
	}
	return nil, baocao.Errorf(baocao.EFORMAT, msg, nil)
}

// maxText bounds the text kept for full-text search of one file.
const maxText = 1 << 20

// documentText is a document's text in reading order: lines for pages, rows of
// cells (tab-separated) for sheets.
func documentText(d *doc.Document) string {
	var b strings.Builder
	for _, l := range d.Lines {
		if b.Len() > maxText {
			break
		}
		b.WriteString(l.Text())
		b.WriteByte('\n')
	}
	for _, s := range d.Sheets {
		for _, row := range s.Rows {
			if b.Len() > maxText {
				break
			}
			for i, c := range row {
				if i > 0 {
					b.WriteByte('\t')
				}
				b.WriteString(c.Text)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
