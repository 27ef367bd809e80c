// Package pdf reads the text layer of a PDF into the neutral document model:
// positioned lines split into spans, in reading order. It uses
// github.com/ledongthuc/pdf for the object model, decryption and stream
// decoding, and its own content-stream interpreter, font decoding and layout,
// because that library's text extraction gets Vietnamese text wrong.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"baocao"
	"baocao/extract/doc"
)

// Limits on a whole document.
const (
	maxPages      = 1000    // pages whose text is read
	maxTreeNodes  = 20_000  // page-tree nodes visited
	maxTreeDepth  = 64      // page-tree nesting
	maxGlyphs     = 4 << 20 // glyphs kept over the whole document
	maxRepairSize = 64 << 20
)

// Messages for office clerks.
const (
	msgEncrypted   = "Tệp PDF có mật khẩu mở; hãy gửi bản không đặt mật khẩu."
	msgUnsupported = "Tệp PDF được mã hoá theo cách chưa hỗ trợ; hãy lưu lại bản không mã hoá rồi gửi lại."
	msgBroken      = "Tệp PDF bị hỏng hoặc không đầy đủ; hãy gửi lại tệp."
	msgNoText      = "Tệp PDF không có lớp chữ (có thể là bản quét)"
	msgTooManyPage = "Tệp PDF quá nhiều trang; chỉ đọc %d trang đầu."
	msgPartial     = "Một số trang của tệp PDF bị lỗi hoặc quá phức tạp nên có thể thiếu chữ."
)

// Read parses a PDF and returns its positioned text as a neutral document.
func Read(ctx context.Context, r io.ReaderAt, size int64) (d *doc.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, baocao.Errorf(baocao.EUNREADABLE, msgBroken, fmt.Errorf("pdf: panic: %v", p))
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	lr, repaired, err := open(ctx, r, size)
	if err != nil {
		return nil, err
	}
	pages := collectPages(lr)
	d = &doc.Document{Format: "pdf", Pages: len(pages)}
	if n := pageCount(lr); n > d.Pages {
		d.Pages = n
	}
	if len(pages) > maxPages {
		pages = pages[:maxPages]
		d.Warnings = append(d.Warnings, fmt.Sprintf(msgTooManyPage, maxPages))
	}
	fonts := map[string]*font{}
	glyphs, failed := 0, false
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		gs, rules, st, perr := readPage(ctx, p, fonts, maxGlyphs-glyphs)
		if perr != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return nil, ctxErr
			}
			failed = true
		}
		w, h := p.size()
		lines := layout(i+1, gs, rules)
		v := judge(st, lines, w, h)
		if v != typedPage {
			d.Scans = append(d.Scans, doc.Scan{Page: i + 1, Width: w, Height: h, Garbled: v == scanPage && st.shown > 0})
		}
		if v == scanPage {
			continue
		}
		glyphs += len(gs)
		d.Lines = append(d.Lines, lines...)
	}
	if failed {
		d.Warnings = append(d.Warnings, msgPartial)
	}
	if len(d.Lines) == 0 && len(d.Scans) == 0 && repaired {
		// Nothing readable in a file we had to mend: it is damaged, not a scan.
		return nil, baocao.Errorf(baocao.EUNREADABLE, msgBroken, errors.New("pdf: no text after repairing the cross-reference table"))
	}
	if len(d.Lines) == 0 && len(d.Scans) == 0 {
		d.Warnings = append(d.Warnings, msgNoText)
	}
	return d, nil
}

// size is the page's size as displayed, in points.
func (p pageInfo) size() (w, h float64) {
	w, h = p.box[2]-p.box[0], p.box[3]-p.box[1]
	if r := ((p.rotate % 360) + 360) % 360; r == 90 || r == 270 {
		w, h = h, w
	}
	return w, h
}

// pageInfo is a page with its inherited attributes resolved.
type pageInfo struct {
	v         lpdf.Value
	resources lpdf.Value
	box       [4]float64 // llx lly urx ury
	rotate    int
}

// pageCount is the page count the catalog claims, 0 when it is unreadable.
func pageCount(r *lpdf.Reader) (n int) {
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	return int(min(max(r.Trailer().Key("Root").Key("Pages").Key("Count").Int64(), 0), 1<<20))
}

// collectPages walks the page tree, bounded in depth and size, so that a
// cyclic or huge tree cannot hang us.
func collectPages(r *lpdf.Reader) (pages []pageInfo) {
	defer func() {
		if recover() != nil && pages == nil {
			pages = nil
		}
	}()
	visited := 0
	var walk func(node lpdf.Value, inh pageInfo, depth int)
	walk = func(node lpdf.Value, inh pageInfo, depth int) {
		visited++
		if depth > maxTreeDepth || visited > maxTreeNodes || len(pages) > maxPages {
			return
		}
		if res := node.Key("Resources"); res.Kind() == lpdf.Dict {
			inh.resources = res
		}
		if b, ok := readBox(node.Key("MediaBox")); ok {
			inh.box = b
		}
		if rot := node.Key("Rotate"); rot.Kind() == lpdf.Integer || rot.Kind() == lpdf.Real {
			inh.rotate = int(rot.Float64())
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Pages" || node.Key("Type").Name() != "Page" && kids.Kind() == lpdf.Array {
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), inh, depth+1)
			}
			return
		}
		if b, ok := readBox(node.Key("CropBox")); ok {
			inh.box = intersect(inh.box, b)
		}
		inh.v = node
		pages = append(pages, inh)
	}
	walk(r.Trailer().Key("Root").Key("Pages"), pageInfo{box: [4]float64{0, 0, 612, 792}}, 0)
	return pages
}

func readBox(v lpdf.Value) ([4]float64, bool) {
	var b [4]float64
	if v.Len() != 4 {
		return b, false
	}
	for i := range b {
		b[i] = v.Index(i).Float64()
	}
	b = [4]float64{math.Min(b[0], b[2]), math.Min(b[1], b[3]), math.Max(b[0], b[2]), math.Max(b[1], b[3])}
	return b, b[2] > b[0] && b[3] > b[1]
}

// intersect returns the crop box clipped to the media box, or the media box
// when they do not overlap.
func intersect(media, crop [4]float64) [4]float64 {
	b := [4]float64{math.Max(media[0], crop[0]), math.Max(media[1], crop[1]), math.Min(media[2], crop[2]), math.Min(media[3], crop[3])}
	if b[2] <= b[0] || b[3] <= b[1] {
		return media
	}
	return b
}

// pageMatrix maps user space to page coordinates measured from the top left of
// the page as displayed, after /Rotate.
func (p pageInfo) pageMatrix() matrix {
	llx, lly, urx, ury := p.box[0], p.box[1], p.box[2], p.box[3]
	switch ((p.rotate % 360) + 360) % 360 {
	case 90:
		return matrix{0, 1, 1, 0, -lly, -llx}
	case 180:
		return matrix{-1, 0, 0, 1, urx, -lly}
	case 270:
		return matrix{0, -1, -1, 0, ury, urx}
	}
	return matrix{1, 0, 0, -1, -llx, ury}
}

// readPage interprets a page's content streams and returns its glyphs.
func readPage(ctx context.Context, p pageInfo, fonts map[string]*font, budget int) (gs []glyph, rules []rule, st scanStats, err error) {
	in := &interp{ctx: ctx, fonts: fonts, page: p.pageMatrix()}
	in.width, in.height = p.size()
	defer func() {
		if x := recover(); x != nil {
			gs, rules, st, err = in.glyphs, in.rules, in.scan, fmt.Errorf("pdf: page content: %v", x)
		}
	}()
	contents := p.v.Key("Contents")
	var data []byte
	appendStream := func(s lpdf.Value) {
		b, serr := streamBytes(s, int64(maxContentBytes-len(data)))
		if serr != nil {
			err = serr
		}
		data = append(data, b...)
		data = append(data, '\n')
	}
	switch contents.Kind() {
	case lpdf.Stream:
		appendStream(contents)
	case lpdf.Array:
		for i := 0; i < contents.Len() && len(data) < maxContentBytes; i++ {
			appendStream(contents.Index(i))
		}
	}
	in.bytes = len(data)
	in.run(data, p.resources, gstate{ctm: identity, th: 1}, 0, nil)
	in.runAnnotations(p.v.Key("Annots"))
	if in.err != nil {
		err = in.err
	}
	if len(in.glyphs) > budget {
		in.glyphs = in.glyphs[:max(budget, 0)]
	}
	return in.glyphs, in.rules, in.scan, err
}

// streamBytes returns the decoded data of a stream, at most limit bytes. A
// stream that breaks off (a truncated file) gives what could be decoded along
// with the error.
func streamBytes(v lpdf.Value, limit int64) (data []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("pdf: decode stream: %v", x)
		}
	}()
	if v.Kind() != lpdf.Stream || limit <= 0 {
		return nil, nil
	}
	rc := v.Reader()
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, limit))
	return data, err
}

// classify turns an error of the PDF library into an error for users.
func classify(err error) error {
	if errors.Is(err, lpdf.ErrInvalidPassword) {
		return baocao.Errorf(baocao.EENCRYPTED, msgEncrypted, fmt.Errorf("pdf: %w", err))
	}
	msg := err.Error()
	if strings.Contains(msg, "encryption") || strings.Contains(msg, "encrypt") {
		return baocao.Errorf(baocao.EUNREADABLE, msgUnsupported, fmt.Errorf("pdf: %w", err))
	}
	return baocao.Errorf(baocao.EUNREADABLE, msgBroken, fmt.Errorf("pdf: %w", err))
}
