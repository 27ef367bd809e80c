package rules

import (
	"testing"

	"baocao/extract/doc"
)

// TestProgramTableWithAWrappedHeaderCell: the duration column's header wraps
// above and below the header line ("Thời" / "gian"), while the line itself
// already names the topic and the presenter; cells wrap onto the lines under
// their row's number.
func TestProgramTableWithAWrappedHeaderCell(t *testing.T) {
	sp := func(x0, x1 float64, s string) doc.Span { return doc.Span{X0: x0, X1: x1, Text: s, Size: 13} }
	ln := func(y float64, spans ...doc.Span) doc.Line { return doc.Line{Page: 1, Y: y, Spans: spans} }
	d := page(
		"ĐẢNG BỘ XÃ HÙNG SƠN|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"CHI BỘ TRƯỜNG THCS HÙNG SƠN",
		"*|>Hùng Sơn, ngày 25 tháng 4 năm 2021",
		"Số 15-BC/CB",
		"BÁO CÁO",
		"Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
		"    Ngày 14-4-2021, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết; có 8/8 đảng viên dự.",
	)
	d.Lines = append(d.Lines,
		ln(393, sp(521, 551, "Thời")),
		ln(400, sp(63, 81, "TT"), sp(198, 260, "Nội dung"), sp(385, 491, "Người trình bày")),
		ln(408, sp(521, 551, "gian")),
		ln(428, sp(68, 76, "1"), sp(91, 354, "Những điểm mới, nội dung cốt lõi của Nghị"), sp(374, 493, "Đ/c Trần Thị Thanh"), sp(513, 560, "90 phút")),
		ln(442, sp(91, 199, "quyết Đại hội XIII"), sp(374, 398, "Vân")),
		ln(462, sp(68, 76, "2"), sp(91, 358, "Mục tiêu, định hướng phát triển kinh tế - xã"), sp(374, 493, "Đ/c Nguyễn Quang"), sp(513, 560, "60 phút")),
		ln(476, sp(91, 360, "hội của thành phố giai đoạn 2021 -"), sp(374, 473, "Vinh, Phó Bí thư")),
		ln(490, sp(91, 121, "2025")),
	)
	recs, _ := recordsOf(d)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	expect(t, "program", asJSON(t, recs[0].Program),
		`[{"topic":"Những điểm mới, nội dung cốt lõi của Nghị quyết Đại hội XIII","presenter":"Trần Thị Thanh Vân","minutes":90},`+
			`{"topic":"Mục tiêu, định hướng phát triển kinh tế - xã hội của thành phố giai đoạn 2021 - 2025","presenter":"Nguyễn Quang Vinh","minutes":60}]`)
}

// TestProgramTableCentredCellsOverAPage: the header's topic cell is the
// middle line of its band ("Nội dung truyền" / "đạt" around "STT | Báo cáo
// viên | Thời gian"); each row's cells are centred on its number, a tall
// topic reaching well above and below it; the last row's topic goes on at
// the top of the next page.
func TestProgramTableCentredCellsOverAPage(t *testing.T) {
	sp := func(x0, x1 float64, s string) doc.Span { return doc.Span{X0: x0, X1: x1, Text: s, Size: 13} }
	ln := func(p int, y float64, spans ...doc.Span) doc.Line { return doc.Line{Page: p, Y: y, Spans: spans} }
	d := page(
		"ĐẢNG BỘ XÃ PHÚ ĐỒNG|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"CHI BỘ CÔNG AN XÃ",
		"*|>Phú Đồng, ngày 25 tháng 12 năm 2021",
		"Số 15-BC/CB",
		"BÁO CÁO",
		"Kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XIII",
		"    Ngày 14-12-2021, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết; có 13/14 đảng viên dự.",
	)
	d.Lines = append(d.Lines,
		ln(1, 582, sp(114, 264, "3. Nội dung hội nghị")),
		ln(1, 606, sp(184, 294, "Nội dung truyền")),
		ln(1, 613, sp(116, 142, "STT"), sp(328, 414, "Báo cáo viên"), sp(440, 550, "Thời gian (phút)")),
		ln(1, 620, sp(228, 250, "đạt")),
		ln(1, 638, sp(175, 244, "Kết luận số")),
		ln(1, 652, sp(175, 280, "21-KL/TW về đẩy")),
		ln(1, 666, sp(175, 272, "mạnh xây dựng,")),
		ln(1, 680, sp(175, 289, "chỉnh đốn Đảng và")),
		ln(1, 688, sp(307, 432, "Đ/c Trịnh Quốc Việt,")),
		ln(1, 694, sp(125, 133, "1"), sp(175, 289, "hệ thống chính trị;"), sp(487, 503, "75")),
		ln(1, 702, sp(307, 387, "Bí thư Chi bộ")),
		ln(1, 708, sp(175, 274, "kiên quyết ngăn")),
		ln(1, 722, sp(175, 290, "chặn, đẩy lùi, xử lý")),
		ln(1, 736, sp(175, 269, "nghiêm cán bộ,")),
		ln(1, 750, sp(175, 294, "đảng viên suy thoái")),
		ln(1, 769, sp(125, 133, "2"), sp(175, 248, "Quy định số"), sp(307, 411, "Đ/c Bùi Văn Đức,"), sp(487, 503, "45")),
		ln(2, 70, sp(175, 299, "37-QĐ/TW về những")),
		ln(2, 77, sp(307, 432, "Phó Trưởng Công an")),
		ln(2, 84, sp(175, 265, "điều đảng viên")),
		ln(2, 91, sp(307, 321, "xã")),
		ln(2, 98, sp(175, 272, "không được làm")),
		ln(2, 138, sp(85, 552, "Sau khi nghe truyền đạt, các đảng viên thảo luận, liên hệ với nhiệm vụ được giao.")),
	)
	d.Pages = 2
	recs, _ := recordsOf(d)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	expect(t, "program", asJSON(t, recs[0].Program),
		`[{"topic":"Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái","presenter":"Trịnh Quốc Việt","minutes":75},`+
			`{"topic":"Quy định số 37-QĐ/TW về những điều đảng viên không được làm","presenter":"Bùi Văn Đức","minutes":45}]`)
}
