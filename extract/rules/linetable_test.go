package rules

import (
	"testing"

	"baocao/extract/doc"
)

// TestRollupOnPages rebuilds a roll-up laid out on a page: a two-level
// header whose top cell reaches over three columns, a group heading, a
// name wrapped onto the line below its row, a subtotal and a total.
func TestRollupOnPages(t *testing.T) {
	sp := func(x0, x1 float64, s string) doc.Span { return doc.Span{X0: x0, X1: x1, Text: s, Size: 10} }
	ln := func(y float64, spans ...doc.Span) doc.Line { return doc.Line{Page: 1, Y: y, Spans: spans} }
	lines := []doc.Line{
		ln(50, sp(100, 250, "HUYỆN ỦY ĐẠI TỪ"), sp(400, 560, "ĐẢNG CỘNG SẢN VIỆT NAM")),
		ln(64, sp(100, 250, "ĐẢNG ỦY XÃ GIA PHÚ")),
		ln(78, sp(400, 580, "Gia Phú, ngày 30 tháng 6 năm 2021")),
		ln(110, sp(150, 560, "TỔNG HỢP KẾT QUẢ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII")),
		ln(150, sp(330, 400, "Đảng viên")),
		ln(160, sp(40, 60, "TT"), sp(80, 130, "Chi bộ"), sp(200, 260, "Ngày tổ chức")),
		ln(170, sp(290, 320, "Tổng số"), sp(340, 370, "Dự"), sp(390, 420, "Tỷ lệ")),
		ln(190, sp(40, 60, "I."), sp(80, 200, "Chi bộ nông thôn")),
		ln(205, sp(45, 50, "1"), sp(80, 180, "Chi bộ thôn Xuân"), sp(200, 250, "19/4/2021"), sp(295, 310, "34"), sp(345, 360, "31"), sp(392, 415, "91,2")),
		ln(216, sp(80, 110, "Mai")),
		ln(235, sp(45, 50, "2"), sp(80, 180, "Chi bộ thôn Đồng Vai"), sp(200, 250, "2/5/2021"), sp(295, 310, "59"), sp(345, 360, "57"), sp(392, 415, "96,6")),
		ln(255, sp(80, 130, "Cộng I"), sp(293, 312, "93"), sp(343, 362, "88"), sp(392, 415, "94,6")),
		ln(275, sp(45, 50, "3"), sp(80, 180, "Chi bộ Công an xã"), sp(200, 250, "28/4/2021"), sp(295, 310, "12"), sp(345, 360, "12"), sp(392, 415, "100")),
		ln(295, sp(80, 140, "Tổng cộng"), sp(293, 312, "105"), sp(343, 362, "100"), sp(392, 415, "95,2")),
		ln(340, sp(400, 480, "T/M ĐẢNG ỦY")),
	}
	recs, _, ok := lineRollup(&doc.Document{Lines: lines})
	if !ok {
		t.Fatal("no roll-up found")
	}
	want := []struct {
		unit, date     string
		present, total int
	}{
		{"Chi bộ thôn Xuân Mai", "2021-04-19", 31, 34},
		{"Chi bộ thôn Đồng Vai", "2021-05-02", 57, 59},
		{"Chi bộ Công an xã", "2021-04-28", 12, 12},
	}
	if len(recs) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(recs), len(want), recs)
	}
	for i, w := range want {
		r := recs[i]
		if r.Unit != w.unit || r.ConferenceDate.String() != w.date || r.Attendance == nil ||
			r.Attendance.MembersPresent != w.present || r.Attendance.MembersTotal != w.total {
			t.Errorf("record %d = %s %s %+v, want %+v", i+1, r.Unit, r.ConferenceDate, r.Attendance, w)
		}
		if r.ParentUnit != "Đảng ủy xã Gia Phú" || r.ReportDate.String() != "2021-06-30" || r.Source.Page != 1 {
			t.Errorf("record %d: parent %q, report date %s, page %d", i+1, r.ParentUnit, r.ReportDate, r.Source.Page)
		}
	}
}
