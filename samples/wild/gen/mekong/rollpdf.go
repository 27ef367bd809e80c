package main

import (
	"math/rand"
	"strings"
)

func rollupPDFs() error {
	if err := rDaiAn2(); err != nil {
		return err
	}
	return rThueQuangNam()
}

func rDaiAn2() error {
	rng := rand.New(rand.NewSource(808))
	ap := []string{"Chi bộ ấp Chợ", "Chi bộ ấp Giồng Chát", "Chi bộ ấp Đầu Giồng", "Chi bộ ấp Tiếp Nhựt", "Chi bộ ấp Nô Tôn", "Chi bộ ấp Võ Thành Văn", "Chi bộ ấp Vũng Đùng", "Chi bộ ấp Cảng", "Chi bộ ấp Đại Nghĩa"}
	cq := []string{"Chi bộ Cơ quan Đảng - Đoàn thể", "Chi bộ Chính quyền", "Chi bộ Quân sự", "Chi bộ Công an", "Chi bộ Trường THCS Đại Ân 2"}
	groups := []string{"ap", "cq"}
	us := genUnits(rng, [][]string{ap, cq}, groups, dt(3, 1, 2024), 30, func(n string) string {
		if strings.HasPrefix(n, "Chi bộ ấp ") {
			return "Nhà văn hóa " + trimKind(n)
		}
		return "Hội trường Đảng ủy xã"
	}, "KH/CB", true, 9, 38)
	fl := map[string]string{"in_person": "Trực tiếp", "hybrid": "Kết hợp"}
	for i, u := range us {
		if i == 3 || i == 10 {
			u.Form = "hybrid"
		}
		if u.RepTitle == "Báo cáo viên cấp ủy cấp trên" {
			u.RepTitle = "BCV Đảng ủy xã"
		}
	}
	rl := &Roll{Superior: "Huyện ủy Trần Đề", Issuer: "Đảng ủy xã Đại Ân 2", Parent: "Đảng ủy xã Đại Ân 2", DocNum: "63-BC/ĐU",
		Date: dt(28, 2, 2024), Place: "Đại Ân 2",
		Title:  []string{"BẢNG TỔNG HỢP TÌNH HÌNH TỔ CHỨC HỌC TẬP, QUÁN TRIỆT CÁC NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 8 KHÓA XIII"},
		Sub:    []string{"(Kèm theo Báo cáo số 63-BC/ĐU ngày 28-02-2024 của Đảng ủy xã)"},
		Groups: groups, GroupLabels: []string{"Chi bộ ấp", "Chi bộ cơ quan, lực lượng vũ trang, trường học"}, SubLabel: "Cộng", Total: "Tổng cộng",
		Units: us, Numbered: true,
		Cols: []Col{cSTT("STT"), cUnit("Chi bộ trực thuộc"), cDate([]string{"Ngày tổ chức"}, false), cLoc("Địa điểm"),
			{H: []string{"Hình thức"}, W: 10, Fill: fillForm, V: func(u *RUnit) any { return fl[u.Form] }},
			{H: []string{"Chủ trì"}, W: 17, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			{H: []string{"Báo cáo viên"}, W: 17, Fill: fillRep, V: func(u *RUnit) any { return u.Rep }},
			cTotal([]string{"Đảng viên", "Tổng số"}), cPresent([]string{"Đảng viên", "Dự"}), cRate([]string{"Đảng viên", "%"}),
			cOthers([]string{"Quần chúng"}),
			cActNum([]string{"Kế hoạch thực hiện", "Số"}, "Chưa"), cActDate([]string{"Kế hoạch thực hiện", "Ngày"}, false)},
		Notes:  []string{"- Các chi bộ ấp có đông đồng bào Khmer đã bố trí người phiên dịch tại hội nghị.", "- Chi bộ chưa ban hành kế hoạch thực hiện phải hoàn thành trước ngày 15-3-2024."},
		Sign:   []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Kim Thị Sa Ry"},
		Signer: pp("Kim Thị Sa Ry", "Bí thư"), Preparer: "Sơn Văn Sang",
	}
	_, err := writeRollPDF(rl, "bang-tong-hop-tw8-dang-uy-xa-dai-an-2.pdf",
		"roll-up PDF (fpdf, landscape), commune committee in Sóc Trăng (14 cells, Khmer names), TW8; two header rows, numbered columns, group headings, subtotals and total, form column, attachment line citing the report, notes with a deadline date", 8)
	return err
}

func rThueQuangNam() error {
	rng := rand.New(rand.NewSource(909))
	vp := []string{"Chi bộ Văn phòng Cục Thuế", "Chi bộ Phòng Tổ chức cán bộ", "Chi bộ Phòng Kiểm tra nội bộ", "Chi bộ Phòng Thanh tra - Kiểm tra số 1", "Chi bộ Phòng Thanh tra - Kiểm tra số 2", "Chi bộ Phòng Quản lý hộ kinh doanh, cá nhân và thu khác", "Chi bộ Phòng Tuyên truyền và Hỗ trợ người nộp thuế", "Chi bộ Phòng Nghiệp vụ - Dự toán - Pháp chế"}
	cc := []string{"Chi bộ Chi cục Thuế thành phố Tam Kỳ", "Chi bộ Chi cục Thuế thành phố Hội An", "Chi bộ Chi cục Thuế thị xã Điện Bàn", "Chi bộ Chi cục Thuế khu vực Đại Lộc - Nam Giang", "Chi bộ Chi cục Thuế khu vực Duy Xuyên - Quế Sơn", "Chi bộ Chi cục Thuế khu vực Thăng Bình - Hiệp Đức", "Chi bộ Chi cục Thuế khu vực Núi Thành - Phú Ninh", "Chi bộ Chi cục Thuế khu vực Tiên Phước - Bắc Trà My", "Chi bộ Chi cục Thuế khu vực Đông Giang - Tây Giang", "Chi bộ Chi cục Thuế huyện Nông Sơn"}
	groups := []string{"vp", "cc"}
	us := genUnits(rng, [][]string{vp, cc}, groups, dt(11, 7, 2022), 40, func(string) string { return "" }, "KH/CB", false, 5, 42)
	k := "Kết quả học tập, quán triệt"
	rl := &Roll{Superior: "Đảng bộ Khối các cơ quan tỉnh Quảng Nam", Issuer: "Đảng ủy Cục Thuế tỉnh Quảng Nam", Parent: "Đảng ủy Cục Thuế tỉnh Quảng Nam", TruthDoc: "47-BC/ĐU",
		Date: dt(20, 9, 2022), Place: "Tam Kỳ",
		Title:  []string{"PHỤ LỤC", "TỔNG HỢP KẾT QUẢ HỌC TẬP CÁC NGHỊ QUYẾT, KẾT LUẬN HỘI NGHỊ TRUNG ƯƠNG 5 KHÓA XIII"},
		Sub:    []string{"(Kèm theo Báo cáo số 47-BC/ĐU ngày 20-9-2022 của Đảng ủy Cục Thuế tỉnh Quảng Nam)"},
		Groups: groups, GroupLabels: []string{"Các chi bộ phòng thuộc Văn phòng Cục", "Các chi bộ chi cục thuế"}, SubLabel: "Cộng nhóm", Total: "Toàn Đảng bộ Cục Thuế",
		Units: us, Numbered: true,
		Cols: []Col{cSTT("Số TT"), cUnit("Tên tổ chức đảng"), cDate([]string{k, "Thời gian"}, false),
			{H: []string{k, "Người chủ trì", "Họ tên"}, W: 17, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			{H: []string{k, "Người chủ trì", "Chức vụ"}, W: 14, Fill: fillChairTitle, V: func(u *RUnit) any { return u.ChairTitle }},
			cTotal([]string{k, "Đảng viên", "Tổng số"}), cPresent([]string{k, "Đảng viên", "Tham dự"}), cRate([]string{k, "Đảng viên", "Tỷ lệ (%)"}),
			cOthers([]string{k, "Quần chúng"}),
			cActNum([]string{"Kế hoạch thực hiện của chi bộ", "Số"}, "Chưa"), cActDate([]string{"Kế hoạch thực hiện của chi bộ", "Ngày ban hành"}, false),
			cNote("Ghi chú")},
		Notes:  []string{"Ghi chú: (8) = (7) / (6) x 100; số liệu đến ngày 15-9-2022."},
		Sign:   []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "Trương Công Hiếu"},
		Signer: pp("Trương Công Hiếu", "Phó Bí thư"),
	}
	_, err := writeRollPDF(rl, "phu-luc-tong-hop-tw5-dang-uy-cuc-thue-quang-nam.pdf",
		"roll-up PDF (fpdf, landscape, two pages), tax department party committee in Quảng Nam (18 cells), TW5; three merged header rows, numbered columns, no number in the header (report number only in the attachment line), group subtotals and total, chair name and title columns, notes with a data cut-off date", 7.5)
	return err
}
