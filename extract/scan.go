package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"baocao/extract/doc"
	"baocao/extract/ocr"
)

// recognise reads the scanned pages of d with OCR and puts their lines among
// the others, in page order. What it cannot do it says in d's warnings: a
// scan read as nothing must never look like an empty report.
func recognise(ctx context.Context, r io.ReaderAt, size int64, d *doc.Document, eng *ocr.Engine) {
	pages, err := eng.Pages(ctx, r, size, d.Scans)
	if err != nil {
		if errors.Is(err, ocr.ErrUnavailable) {
			d.Warnings = append(d.Warnings, fmt.Sprintf("Trang %s là bản quét nhưng máy chủ chưa cài phần nhận dạng chữ (gói tesseract-ocr và tesseract-ocr-vie) nên chưa đọc được; hãy báo quản trị viên.", pageList(d.Scans)))
		} else {
			d.Warnings = append(d.Warnings, fmt.Sprintf("Không nhận dạng được chữ trên trang quét %s do lỗi máy chủ; hãy báo quản trị viên.", pageList(d.Scans)))
		}
		return
	}
	if len(pages) < len(d.Scans) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("Tệp có %d trang quét; chỉ nhận dạng %d trang đầu.", len(d.Scans), len(pages)))
	}
	var late, failed []doc.Scan
	found := false
	for _, p := range pages {
		switch {
		case errors.Is(p.Err, context.DeadlineExceeded):
			late = append(late, doc.Scan{Page: p.Page})
		case p.Err != nil:
			failed = append(failed, doc.Scan{Page: p.Page})
		default:
			d.OCR = true
			found = found || len(p.Lines) > 0
			d.Lines = append(d.Lines, p.Lines...)
		}
	}
	sort.SliceStable(d.Lines, func(i, j int) bool { return d.Lines[i].Page < d.Lines[j].Page })
	if len(late) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("Nhận dạng chữ trang quét %s quá lâu nên đã dừng; hãy quét lại rõ hơn hoặc gửi bản PDF có lớp chữ.", pageList(late)))
	}
	if len(failed) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("Không nhận dạng được chữ trên trang quét %s; trang có thể bị hỏng.", pageList(failed)))
	}
	if d.OCR && !found && len(d.Lines) == 0 {
		d.Warnings = append(d.Warnings, "Không nhận dạng được chữ nào trên các trang quét; hãy quét lại rõ hơn.")
	}
}

// pageList writes pages as "1, 2, 5" (at most ten, then "…").
func pageList(scans []doc.Scan) string {
	var parts []string
	for _, s := range scans {
		if len(parts) == 10 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, strconv.Itoa(s.Page))
	}
	return strings.Join(slices.Compact(parts), ", ")
}
