package rules

import (
	"testing"

	"baocao/extract/doc"
)

// TestFormWithRomanItemsAndSplitCells reads a form whose labels are numbered
// with Roman numerals, whose date is typed over several cells, whose counts
// are a row of labels over a row of figures, and whose agenda is one item a
// row under a heading that names its parts.
func TestFormWithRomanItemsAndSplitCells(t *testing.T) {
	cells := func(texts ...string) []doc.Cell {
		var row []doc.Cell
		for _, t := range texts {
			row = append(row, doc.Cell{Text: t})
		}
		return row
	}
	s := doc.Sheet{Name: "BC", Rows: [][]doc.Cell{
		cells("ĐẢNG ỦY CƠ QUAN UBND HUYỆN NAM ĐÀN"),
		cells("CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH"),
		cells("BIỂU BÁO CÁO KẾT QUẢ TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 8 KHÓA XIII"),
		cells("I", "Thời gian hội nghị", "ngày", "15", "tháng", "11", "năm 2023"),
		cells("II", "Địa điểm", "Phòng họp tầng 2, trụ sở UBND huyện Nam Đàn"),
		cells("III", "Chủ trì", "Hoàng Thị Ngọc Anh (Bí thư Chi bộ, Trưởng phòng)"),
		cells("IV", "Số lượng", "Đảng viên", "", "Có mặt", "", "Quần chúng"),
		cells("", "", "12", "", "11", "", "5"),
		cells("V", "Nội dung (chuyên đề - người trình bày - thời lượng)"),
		cells("", "Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc", "đc Hoàng Thị Ngọc Anh", "", "1,5 giờ"),
		cells("", "Nghị quyết số 42-NQ/TW về đổi mới chính sách xã hội", "đc Trần Quang Vinh", "", "1 giờ"),
		cells("VI", "Chương trình hành động", "Đã ban hành Chương trình số 09-CTr/CB, ngày 20/11/2023"),
	}}
	recs, _ := recordsOf(&doc.Document{Sheets: []doc.Sheet{s}})
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	r := recs[0]
	expect(t, "unit", r.Unit, "Chi bộ phòng tài chính - kế hoạch")
	expect(t, "conference date", r.ConferenceDate.String(), "2023-11-15")
	expect(t, "attendance", asJSON(t, r.Attendance), `{"members_present":11,"members_total":12,"rate":0.9167,"others":5}`)
	expect(t, "program", asJSON(t, r.Program), `[{"topic":"Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc","presenter":"Hoàng Thị Ngọc Anh","minutes":90},`+
		`{"topic":"Nghị quyết số 42-NQ/TW về đổi mới chính sách xã hội","presenter":"Trần Quang Vinh","minutes":60}]`)
	expect(t, "reporters", asJSON(t, r.Reporters), `[{"name":"Hoàng Thị Ngọc Anh"},{"name":"Trần Quang Vinh"}]`)
	expect(t, "action program", asJSON(t, r.ActionProgram), `{"issued":true,"number":"09-CTr/CB","date":"2023-11-20"}`)
}

// TestFormSectionsGiveTheirLabelsMeaning: under the action programme's
// heading, "Số hiệu" is the programme's number, not the report's; the
// report's is the unlabelled one under the letterhead.
func TestFormSectionsGiveTheirLabelsMeaning(t *testing.T) {
	cells := func(texts ...string) []doc.Cell {
		var row []doc.Cell
		for _, t := range texts {
			row = append(row, doc.Cell{Text: t})
		}
		return row
	}
	s := doc.Sheet{Name: "BC", Rows: [][]doc.Cell{
		cells("HUYỆN ỦY QUỐC OAI", "", "ĐẢNG CỘNG SẢN VIỆT NAM"),
		cells("ĐẢNG ỦY XÃ PHƯỢNG CÁCH"),
		cells("Số 102-BC/ĐU"),
		cells("BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 6 KHÓA XIII"),
		cells("I", "THÔNG TIN CHUNG"),
		cells("1", "Đơn vị tổ chức", "Đảng bộ xã Phượng Cách"),
		cells("2", "Ngày tổ chức", "21-12-2022"),
		cells("3", "Chủ trì", "Đ/c Kiều Văn Quý - Bí thư Đảng ủy"),
		cells("II", "THÀNH PHẦN THAM DỰ"),
		cells("1", "Tổng số ĐV toàn Đảng bộ", "702"),
		cells("2", "ĐV tham dự", "655"),
		cells("IV", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
		cells("1", "Số hiệu", "24-CTr/ĐU"),
		cells("2", "Ngày ban hành", "29-12-2022"),
		cells(),
		cells("", "Thời điểm báo cáo:", "30.12.2022"),
	}}
	recs, _ := recordsOf(&doc.Document{Sheets: []doc.Sheet{s}})
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	r := recs[0]
	expect(t, "doc number", r.DocNumber, "102-BC/ĐU")
	expect(t, "report date", r.ReportDate.String(), "2022-12-30")
	expect(t, "action program", asJSON(t, r.ActionProgram), `{"issued":true,"number":"24-CTr/ĐU","date":"2022-12-29"}`)
	expect(t, "attendance", asJSON(t, r.Attendance), `{"members_present":655,"members_total":702,"rate":0.933}`)
}
