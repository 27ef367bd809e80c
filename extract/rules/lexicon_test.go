package rules

import (
	"testing"

	"baocao/extract/doc"
)

// TestLabelsByTheirCues reads labels and headers no exact list names, by
// the lexicon's cue words, and leaves alone what only looks like one.
func TestLabelsByTheirCues(t *testing.T) {
	for label, want := range map[string]field{
		"Số ĐV có mặt":                             fPresent,
		"Nơi tổ chức":                              fLocation,
		"Tổ chức cơ sở đảng":                       fUnit,
		"Vắng":                                     fAbsent,
		"Ngày, tháng, năm lập báo cáo":             fReportDate,
		"Người lập phiếu":                          fSigner,
		"Kế hoạch thực hiện":                       fAction,
		"Chương trình hành động Số, ngày ban hành": fActionNumber, // the symbol with its date
		"Ngày ban hành CTr hành động":              fActionDate,
		"Chuyên đề, thời lượng":                    fTopic,
		"Kết quả tham dự Đảng viên Tỷ lệ %":        fRate,
		"Chi bộ thôn Đông Xá":                      fNone, // a unit's name, not a header
		"Đơn vị tính":                              fNone,
		"Tổng số 25 đảng viên":                     fNone, // a figure is no label
		"Số chi bộ tham gia":                       fNone, // cells, not people
		"Số điểm cầu thành phần":                   fNone,
	} {
		if got := labelOf(label); got != want {
			t.Errorf("labelOf(%q) = %d, want %d", label, got, want)
		}
	}
}

// TestLabelAndValueInOneCell reads forms whose cells hold both.
func TestLabelAndValueInOneCell(t *testing.T) {
	f, v, ok := labelInCell("Ngày tổ chức: 12/4/2021")
	if !ok || f != fConfDate || v.Text != "12/4/2021" {
		t.Errorf("got %d %q %v", f, v.Text, ok)
	}
	if f, _, ok := labelInCell("Nội dung 2: Quan điểm phát triển giáo dục - 1 giờ"); !ok || f != fTopic {
		t.Errorf("a numbered topic: got %d %v", f, ok)
	}
	for cell, want := range map[string]field{"1. Số báo cáo: 07-BC/CB": fDocNumber, "10. Ngày báo cáo: 16/4/2021": fReportDate, "b) Địa điểm: Nhà văn hóa thôn": fLocation} {
		if f, _, ok := labelInCell(cell); !ok || f != want {
			t.Errorf("a numbered item %q: got %d %v, want %d", cell, f, ok, want)
		}
	}
	if _, _, ok := labelInCell("Hội nghị diễn ra nghiêm túc: đảng viên ghi chép đầy đủ"); ok {
		t.Error("a sentence with a colon is no label")
	}
}

// TestDocumentsThatAreNotReports gives no record for a plan, a notice or a
// letter, by its number or its title, and keeps reports and their appendices.
func TestDocumentsThatAreNotReports(t *testing.T) {
	line := func(texts ...string) doc.Line {
		l := doc.Line{Page: 1}
		for i, s := range texts {
			l.Spans = append(l.Spans, doc.Span{X0: float64(300 * i), X1: float64(300*i + 200), Text: s})
		}
		return l
	}
	for name, c := range map[string]struct {
		lines []doc.Line
		kind  string
		not   bool
	}{
		"a plan by its number":   {[]doc.Line{line("ĐẢNG ỦY XÃ CỔ LOA", "ĐẢNG CỘNG SẢN VIỆT NAM"), line("Số 96-KH/ĐU")}, "Kế hoạch", true},
		"a letter by its number": {[]doc.Line{line("BAN TUYÊN GIÁO"), line("Số 231-CV/BTGHU"), line("V/v đôn đốc báo cáo kết quả học tập")}, "Công văn", true},
		"an invitation by title": {[]doc.Line{line("ĐẢNG ỦY XÃ LIÊN HÀ"), line("GIẤY MỜI")}, "Giấy mời", true},
		"a report":               {[]doc.Line{line("CHI BỘ THÔN ĐÔNG"), line("Số 04-BC/CB"), line("BÁO CÁO")}, "Báo cáo", false},
		"a report's appendix":    {[]doc.Line{line("HUYỆN ỦY ÂN THI"), line("PHỤ LỤC"), line("Kết quả tổ chức học tập")}, "Bảng tổng hợp", false},
		"a plan named in a line": {[]doc.Line{line("CHI BỘ THÔN ĐÔNG"), line("BÁO CÁO"), line("KẾ HOẠCH SỐ 5 CỦA ĐẢNG ỦY", "đã được triển khai")}, "Báo cáo", false},
	} {
		h := readHeader(&doc.Document{Lines: c.lines, Pages: 1})
		if h.doc.Kind != c.kind || h.hasKind && !h.kind.report != c.not {
			t.Errorf("%s: kind %q (a report: %v), want %q (a report: %v)", name, h.doc.Kind, h.kind.report, c.kind, !c.not)
		}
	}
}
