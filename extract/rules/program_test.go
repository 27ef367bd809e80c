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
