package rules

import (
	"strings"
	"testing"

	"baocao"
	"baocao/extract/doc"
)

// FuzzRecords feeds arbitrary text to the rules as a page and as a sheet: they
// must never panic, whatever the readers hand them.
func FuzzRecords(f *testing.F) {
	f.Add("ĐẢNG BỘ XÃ HÙNG SƠN\nCHI BỘ THÔN 5\nBÁO CÁO\nVào hồi 7 giờ, ngày 20/4/2021, tại nhà văn hóa, hội nghị Nghị quyết\nĐồng chí Nguyễn Văn A, Bí thư chủ trì\nCó 24/25 đảng viên tham dự (96%)")
	f.Add("Tên đơn vị\tChi bộ 1\nTổng số đảng viên\t1.250\nSố ĐV tham dự\t1.198\nNgày tổ chức\t20/4/2021")
	f.Add("STT\tTên chi bộ\tNgày tổ chức\tTổng số ĐV\tSố ĐV tham dự\n1\tChi bộ A\t1/4/2021\t10\t9\nTổng cộng\t\t\t10\t9")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		d := &doc.Document{}
		sheet := doc.Sheet{Name: "S"}
		for i, line := range strings.Split(s, "\n") {
			l := doc.Line{Page: 1, Y: float64(i * 14)}
			var row []doc.Cell
			for j, part := range strings.Split(line, "\t") {
				l.Spans = append(l.Spans, doc.Span{X0: float64(j * 150), X1: float64(j*150 + 5*len(part)), Text: part, Size: 12})
				row = append(row, doc.Cell{Text: part})
			}
			d.Lines = append(d.Lines, l)
			sheet.Rows = append(sheet.Rows, row)
		}
		sheet.Merges = []doc.Merge{{Row0: 0, Col0: 0, Row1: 1, Col1: 2}}
		recordsOf(d)
		recordsOf(&doc.Document{Sheets: []doc.Sheet{sheet}})
	})
}

// recordsOf is Read without the document: what most rule tests look at.
func recordsOf(d *doc.Document) ([]baocao.Record, []string) {
	_, recs, warnings := Read(d)
	return recs, warnings
}
