package rules

import (
	"testing"

	"baocao/extract/doc"
)

func TestLabelOf(t *testing.T) {
	tests := []struct {
		label string
		want  field
	}{
		{"Tên đơn vị:", fUnit},
		{"TÊN CHI BỘ", fUnit},
		{"ten don vi", fUnit},
		{"Đơn vị cấp trên", fParent},
		{"Trực thuộc:", fParent},
		{"Ngày tổ chức hội nghị", fConfDate},
		{"Thời gian tổ chức:", fConfDate},
		{"Tổng số đảng viên", fTotal},
		{"Tổng số ĐV", fTotal},
		{"Số đảng viên tham dự", fPresent},
		{"Số ĐV dự", fPresent},
		{"Tỷ lệ (%)", fRate},
		{"Số quần chúng tham dự", fOthers},
		{"Người chủ trì", fChair},
		{"Báo cáo viên", fReporter},
		{"Chức vụ", fTitle},
		{"Chương trình hành động", fAction},
		{"Ngày ban hành CTr", fActionDate},
		{"Số CTr", fActionNumber},
		// abbreviations are read as the words they stand for
		{"Số ĐV của chi bộ", fTotal},
		{"Số Đ/V tham dự", fPresent},
		{"QC dự", fOthers},
		{"Số KH thực hiện", fActionNumber},
		{"Ngày ban hành KH", fActionDate},
		{"Số chi bộ tham gia", fNone},
		{"Chi bộ Trường THCS Hùng Sơn đã tổ chức hội nghị", fNone},
		{"", fNone},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			if got := labelOf(tt.label); got != tt.want {
				t.Errorf("labelOf(%q) = %v, want %v", tt.label, got, tt.want)
			}
		})
	}
}

func TestColumnFieldUnderAMergedHeader(t *testing.T) {
	tests := []struct {
		parent, child string
		want          field
	}{
		{"Số đảng viên", "Tổng số", fTotal},
		{"Số đảng viên", "Tham dự", fPresent},
		{"Số đảng viên", "Tỷ lệ", fRate},
		{"Người chủ trì", "Họ tên", fChair},
		{"Người chủ trì", "Chức vụ", fChairTitle},
		{"Chương trình hành động", "Số", fActionNumber},
		{"Chương trình hành động", "Ngày ban hành", fActionDate},
		{"Quần chúng", "", fOthers},
		{"Kế hoạch", "Số", fActionNumber},
		{"KH", "Ngày", fActionDate},
	}
	for _, tt := range tests {
		if got := columnField(tt.parent, tt.child); got != tt.want {
			t.Errorf("columnField(%q, %q) = %v, want %v", tt.parent, tt.child, got, tt.want)
		}
	}
}

func TestRollupSkipsTotalsAndReadsEveryUnitRow(t *testing.T) {
	cells := func(texts ...string) []doc.Cell {
		var row []doc.Cell
		for _, t := range texts {
			row = append(row, doc.Cell{Text: t})
		}
		return row
	}
	s := doc.Sheet{Name: "TH", Rows: [][]doc.Cell{
		cells("ĐẢNG BỘ HUYỆN BẢO THẮNG"),
		cells("ĐẢNG ỦY XÃ GIA PHÚ"),
		cells("Số 45-BC/ĐU"),
		cells("STT", "Tên chi bộ", "Ngày tổ chức", "Tổng số ĐV", "Số ĐV tham dự"),
		cells("1", "Chi bộ thôn A", "20/4/2021", "20", "19"),
		cells("2", "Chi bộ thôn B", "Chưa tổ chức", "10", ""),
		cells("", "Tổng cộng", "", "30", "19"),
		cells("", "NGƯỜI LẬP BIỂU"),
	}}
	recs, _ := recordsOf(&doc.Document{Sheets: []doc.Sheet{s}})
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2 (the totals row is not a unit)", len(recs))
	}
	a, b := recs[0], recs[1]
	if a.Unit != "Chi bộ thôn A" || a.ParentUnit != "Đảng ủy xã Gia Phú" || a.DocNumber != "45-BC/ĐU" ||
		a.ConferenceDate.String() != "2021-04-20" || a.Attendance.Rate != 0.95 || a.Source.Row != 5 {
		t.Errorf("first row = %+v", a)
	}
	if b.Unit != "Chi bộ thôn B" || !b.ConferenceDate.IsZero() {
		t.Errorf("a unit that held no conference = %+v, want the unit without a date", b)
	}
}
