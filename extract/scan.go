package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"baocao/extract/doc"
	"baocao/extract/ocr"
)

// recognise reads the scanned pages of d with OCR and puts their lines among
// the others, in page order. A text layer kept over a scan (an e-signature
// stamp) stays, its lines among the recognised ones by their place on the
// page, and the recognised lines that read it again are dropped. What it
// cannot do it says in d's warnings: a scan read as nothing must never look
// like an empty report.
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
	var late, failed, illegible []doc.Scan
	found := false
	scanned := map[int]bool{}
	for _, s := range d.Scans {
		scanned[s.Page] = true
	}
	layered := map[int]bool{} // scanned pages whose text layer is kept beside the OCR text
	for _, l := range d.Lines {
		layered[l.Page] = layered[l.Page] || scanned[l.Page]
	}
	for _, p := range pages {
		switch {
		case errors.Is(p.Err, context.Canceled):
			// Stopped from outside (the program is shutting down): not the
			// page's fault; the caller sees its context cancelled and reads
			// the file again later.
		case errors.Is(p.Err, context.DeadlineExceeded):
			late = append(late, doc.Scan{Page: p.Page})
		case p.Err != nil:
			failed = append(failed, doc.Scan{Page: p.Page})
		default:
			d.OCR = true
			found = found || len(p.Lines) > 0
			d.Lines = append(d.Lines, withoutLayer(p.Lines, d.Lines)...)
		}
	}
	sort.SliceStable(d.Lines, func(i, j int) bool {
		a, b := d.Lines[i], d.Lines[j]
		if a.Page != b.Page || !layered[a.Page] {
			return a.Page < b.Page
		}
		return a.Y < b.Y
	})
	if len(late) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("Nhận dạng chữ trang quét %s quá lâu nên đã dừng; hãy quét lại rõ hơn hoặc gửi bản PDF có lớp chữ.", pageList(late)))
	}
	for _, p := range pages {
		if p.Err == nil && p.Illegible {
			illegible = append(illegible, doc.Scan{Page: p.Page})
		}
	}
	if len(illegible) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("Trang %s có chữ viết tay hoặc chữ quá mờ nên máy không đọc được hết; hãy xem bản gốc và nhập tay những thông tin trên trang đó, hoặc gửi bản đánh máy.", pageList(illegible)))
	}
	if len(failed) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("Không nhận dạng được chữ trên trang quét %s; trang có thể bị hỏng.", pageList(failed)))
	}
	if d.OCR && !found && len(d.Lines) == 0 {
		d.Warnings = append(d.Warnings, "Không nhận dạng được chữ nào trên các trang quét; hãy quét lại rõ hơn.")
	}
}

// withoutLayer drops the recognised lines that read again a line of the
// text layer kept over a scan (an e-signature stamp, drawn on the image and
// recognised with it): the layer's text is exact, the recognised one not.
func withoutLayer(ocred, layer []doc.Line) []doc.Line {
	var out []doc.Line
	for _, o := range ocred {
		if !slices.ContainsFunc(layer, func(l doc.Line) bool { return sameplace(o, l) }) {
			out = append(out, o)
		}
	}
	return out
}

// sameplace reports whether two lines of a page lie over each other: their
// baselines within most of a line's height, and most of the narrower one
// under the other.
func sameplace(a, b doc.Line) bool {
	if a.Page != b.Page || len(a.Spans) == 0 || len(b.Spans) == 0 {
		return false
	}
	size := max(lineSize(a), lineSize(b), 1)
	if math.Abs(a.Y-b.Y) > 0.8*size {
		return false
	}
	a0, a1 := a.X0(), a.Spans[len(a.Spans)-1].X1
	b0, b1 := b.X0(), b.Spans[len(b.Spans)-1].X1
	overlap := min(a1, b1) - max(a0, b0)
	return overlap > 0.5*min(a1-a0, b1-b0)
}

// lineSize is the largest font size of a line's spans.
func lineSize(l doc.Line) float64 {
	size := 0.0
	for _, s := range l.Spans {
		size = max(size, s.Size)
	}
	return size
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
