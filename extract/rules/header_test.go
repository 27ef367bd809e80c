package rules

import (
	"testing"

	"baocao"
)

// TestHeaderOfAnyDocument reads what a plan's header says although it holds
// no record: issuer under its superior, number, kind, place and date, title,
// signer.
func TestHeaderOfAnyDocument(t *testing.T) {
	d := page(
		"HUYỆN ỦY ĐẠI TỪ|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"BAN TUYÊN GIÁO",
		"*|>Đại Từ, ngày 05 tháng 3 năm 2021",
		"Số 05-KH/BTGHU",
		"KẾ HOẠCH",
		"Tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
		"-----",
		"    Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 1/3/2021 của Ban Tuyên giáo Tỉnh ủy, Ban Tuyên giáo Huyện ủy",
		"Đại Từ xây dựng kế hoạch tổ chức hội nghị cho đảng viên như sau:",
		">T/M BAN TUYÊN GIÁO",
		">TRƯỞNG BAN",
		">Nguyễn Văn Hùng",
	)
	got, recs, warnings := Read(d)
	want := baocao.Document{
		Kind: "Kế hoạch", DocNumber: "05-KH/BTGHU", Issuer: "Ban Tuyên giáo", ParentIssuer: "Huyện ủy Đại Từ",
		Place: "Đại Từ", Date: baocao.Date{Year: 2021, Month: 3, Day: 5},
		Title:  "Tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
		Signer: &baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Trưởng ban"}, Pages: 1,
	}
	if got.Signer == nil || *got.Signer != *want.Signer {
		t.Errorf("signer = %+v, want %+v", got.Signer, want.Signer)
	}
	got.Signer, want.Signer = nil, nil
	if got.Kind != want.Kind || got.DocNumber != want.DocNumber || got.Issuer != want.Issuer || got.ParentIssuer != want.ParentIssuer ||
		got.Place != want.Place || got.Date != want.Date || got.Title != want.Title || got.Pages != want.Pages {
		t.Errorf("document = %+v\nwant       %+v", got, want)
	}
	if len(recs) != 0 || len(warnings) != 1 {
		t.Errorf("a plan gave %d records and warnings %q, want none and one warning", len(recs), warnings)
	}
}

// TestTheIssuersNameWrapsOverAKindsWord: a unit named "Chi bộ Phòng Tài
// chính - Kế hoạch" wraps its last words onto a line of their own, above the
// number; that line is the issuer's, and the title is the one under the
// number.
func TestTheIssuersNameWrapsOverAKindsWord(t *testing.T) {
	d := page(
		"ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"CHI BỘ PHÒNG TÀI CHÍNH -|>Hải Châu, ngày 20 tháng 5",
		"KẾ HOẠCH|>năm 2021",
		"*",
		"Số 04-BC/CB",
		"BÁO CÁO",
		"Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
		"    Ngày 14-5-2021, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết; có 8/8 đảng viên dự.",
	)
	got, recs, _ := Read(d)
	if got.Kind != "Báo cáo" || got.DocNumber != "04-BC/CB" || got.Title != "Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng" {
		t.Errorf("document = %+v, want a report 04-BC/CB with its title", got)
	}
	if got.Issuer != "Chi bộ phòng tài chính - kế hoạch" {
		t.Errorf("issuer = %q, want the wrapped name with its dash", got.Issuer)
	}
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
}

// TestAReportOnSomethingElseGivesNoRecord: a year's report that tells of a
// conference in passing is no conference report; the document says why an
// analyst may want to look.
func TestAReportOnSomethingElseGivesNoRecord(t *testing.T) {
	d := page(
		"ĐẢNG BỘ HUYỆN ĐẠI TỪ|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"ĐẢNG ỦY XÃ HÙNG SƠN",
		"*|>Hùng Sơn, ngày 20 tháng 12 năm 2021",
		"Số 40-BC/ĐU",
		"BÁO CÁO",
		"Công tác cải cách hành chính năm 2021",
		"    Trong năm, Đảng ủy đã tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII cho 120 đảng viên,",
		"có 115 đảng viên tham dự, ngày 20 tháng 4 năm 2021 tại Hội trường UBND xã.",
	)
	got, recs, warnings := Read(d)
	if len(recs) != 0 {
		t.Fatalf("got %d records from a report on administrative reform", len(recs))
	}
	if got.Kind != "Báo cáo" || got.Records != 0 || len(got.Review) != 1 || got.Review[0].Status != baocao.Unsure {
		t.Errorf("document = %+v, want a report with one unsure review note", got)
	}
	if len(warnings) != 1 {
		t.Errorf("warnings = %q, want one that says why", warnings)
	}
}

// TestTheMottoIsNoUnitAndAcronymsKeepTheirCase: the motto or the Party's
// name is never part of a committee's name, even where the layout ran the
// two columns into one text; acronyms stay in capitals.
func TestTheMottoIsNoUnitAndAcronymsKeepTheirCase(t *testing.T) {
	for _, tc := range []struct {
		lines          []string
		parent, issuer string
	}{
		{[]string{"ỦY BAN MTTQ XÃ HÙNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN QLDA ĐẦU TƯ XÂY DỰNG|>ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "Số: 12/BC-BQL", "BÁO CÁO", "Kết quả học tập Nghị quyết"},
			"Ủy ban MTTQ xã Hùng Sơn", "Ban QLDA đầu tư xây dựng"},
		{[]string{"HĐND - UBND XÃ HÙNG SƠN|>ĐẢNG CỘNG SẢN VIỆT NAM", "CÔNG TY TNHH MTV CAO SU", "Số: 12-BC/ĐU", "BÁO CÁO", "Kết quả học tập Nghị quyết"},
			"HĐND - UBND xã Hùng Sơn", "Công ty TNHH MTV cao su"},
	} {
		h := readHeader(page(tc.lines...))
		if h.doc.ParentIssuer != tc.parent || h.doc.Issuer != tc.issuer {
			t.Errorf("%q: parent %q, issuer %q; want %q, %q", tc.lines[0], h.doc.ParentIssuer, h.doc.Issuer, tc.parent, tc.issuer)
		}
	}
}
