package main

import "fmt"

func addReadme(file, desc string) {
	readme = append(readme, fmt.Sprintf("- `%s`: %s", file, desc))
}

// f1: labels in column A, values in B, Excel dates.
func f1() {
	b := newBook("Phieu")
	b.widths(46, 52)
	b.row(1, "ĐẢNG BỘ XÃ SƠN KIM 1", nil)
	b.row(2, "CHI BỘ THÔN TÂN HƯƠNG", nil)
	b.row(3, "PHIẾU TỔNG HỢP KẾT QUẢ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG")
	b.merge(1, 3, 2, 3)
	rows := [][]any{
		{"Tên chi bộ", "Chi bộ thôn Tân Hương"},
		{"Số hiệu báo cáo", "07-BC/CB"},
		{"Ngày hội nghị", day(2021, 4, 11)},
		{"Nơi tổ chức", "Nhà văn hóa thôn Tân Hương"},
		{"Hình thức", "Trực tiếp"},
		{"Người chủ trì (họ tên, chức vụ)", "Nguyễn Văn Toàn - Bí thư Chi bộ"},
		{"Báo cáo viên", "Nguyễn Văn Toàn - Bí thư Chi bộ"},
		{"Tổng số đảng viên của chi bộ", 27},
		{"Số đảng viên tham gia học tập", 25},
		{"Tỷ lệ (%)", "92,6"},
		{"Số quần chúng tham gia", 8},
		{"Chương trình hành động/kế hoạch thực hiện", "Đã ban hành"},
		{"Số kế hoạch", "03-KH/CB"},
		{"Ngày ban hành kế hoạch", day(2021, 4, 15)},
		{"Ngày gửi phiếu về Đảng ủy", day(2021, 4, 19)},
		{"Bí thư Chi bộ (ghi rõ họ tên)", "Nguyễn Văn Toàn"},
	}
	for i, r := range rows {
		b.row(5+i, r...)
	}
	b.style(1, 1, 2, 2, true, false, false, false)
	b.style(1, 3, 2, 3, true, false, true, true)
	b.style(1, 5, 1, 4+len(rows), true, true, false, true)
	b.style(2, 5, 2, 4+len(rows), false, true, false, true)
	b.save("phieu-chi-bo-thon-tan-huong-son-kim-1")
	writeTruth("phieu-chi-bo-thon-tan-huong-son-kim-1", "xlsx", []Record{{
		Unit: "Chi bộ thôn Tân Hương", ParentUnit: "Đảng bộ xã Sơn Kim 1", DocNumber: "07-BC/CB",
		ReportDate: "2021-04-19", ConferenceDate: "2021-04-11", Location: "Nhà văn hóa thôn Tân Hương", Form: "in_person",
		Chair: pp("Nguyễn Văn Toàn", "Bí thư Chi bộ"), Reporters: []Person{{"Nguyễn Văn Toàn", "Bí thư Chi bộ"}},
		Attendance: att(25, 27, 8), Action: &Action{Issued: true, Number: "03-KH/CB", Date: "2021-04-15"},
		Signer: pp("Nguyễn Văn Toàn", "Bí thư Chi bộ"),
	}}, b.text.String())
	addReadme("phieu-chi-bo-thon-tan-huong-son-kim-1.xlsx", "xlsx form; labels in column A, values in B; Excel dates; report date labelled as the day the form was sent; Hà Tĩnh village cell")
}

// f2: label and value in one cell, dates as text.
func f2() {
	b := newBook("Mẫu báo cáo")
	b.widths(95)
	lines := []string{
		"ĐẢNG BỘ XÃ ĐĂK ĐOA",
		"CHI BỘ LÀNG KDUNG",
		"Số: 04-BC/CB",
		"MẪU BÁO CÁO NHANH KẾT QUẢ HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT TRUNG ƯƠNG 5 KHÓA XIII",
		"Ngày tổ chức: 26/8/2022",
		"Địa điểm: Nhà rông làng Kdung",
		"Hình thức tổ chức: trực tiếp",
		"Chủ trì: đ/c Đinh Thị Blưi, Bí thư Chi bộ",
		"Người trình bày: đ/c Đinh Thị Blưi; đ/c Rơ Châm Ngưk, Phó Bí thư Chi bộ",
		"Số đảng viên: 18",
		"Vắng: 2 (1 ốm, 1 đi lao động tỉnh ngoài)",
		"Quần chúng dự: 22 người (có phiên dịch tiếng Ba Na)",
		"Kế hoạch thực hiện: chưa ban hành (đang xây dựng)",
		"Ngày báo cáo: 29/8/2022",
		"Bí thư Chi bộ: Đinh Thị Blưi",
	}
	for i, l := range lines {
		b.row(i+1, l)
	}
	b.style(1, 1, 1, 4, true, false, false, true)
	b.style(1, 5, 1, len(lines), false, true, false, true)
	b.save("bao-cao-nhanh-chi-bo-lang-kdung")
	derivedPresent = true
	writeTruth("bao-cao-nhanh-chi-bo-lang-kdung", "xlsx", []Record{{
		Unit: "Chi bộ làng Kdung", ParentUnit: "Đảng bộ xã Đăk Đoa", DocNumber: "04-BC/CB",
		ReportDate: "2022-08-29", ConferenceDate: "2022-08-26", Location: "Nhà rông làng Kdung", Form: "in_person",
		Chair:      pp("Đinh Thị Blưi", "Bí thư Chi bộ"),
		Reporters:  []Person{{Name: "Đinh Thị Blưi"}, {"Rơ Châm Ngưk", "Phó Bí thư Chi bộ"}},
		Attendance: att(16, 18, 22), Action: &Action{Issued: false},
		Signer: pp("Đinh Thị Blưi", "Bí thư Chi bộ"),
	}}, b.text.String())
	addReadme("bao-cao-nhanh-chi-bo-lang-kdung.xlsx", "xlsx form; label and value in one cell; dates as text; total and absentees only; plan not yet issued; Gia Lai làng cell")
}

// f3: date split across cells, values in column C, program rows.
func f3() {
	b := newBook("BC")
	b.widths(6, 40, 14, 10, 14, 10, 14)
	b.row(1, "ĐẢNG ỦY CƠ QUAN UBND HUYỆN NAM ĐÀN")
	b.row(2, "CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH")
	b.row(3, "*")
	b.row(4, "BIỂU BÁO CÁO KẾT QUẢ TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 8 KHÓA XIII")
	b.merge(1, 4, 7, 4)
	b.row(6, "I", "Thời gian hội nghị", "ngày", 15, "tháng", 11, "năm 2023")
	b.text.WriteString(" ngày 15 tháng 11 năm 2023 \n")
	b.row(7, "II", "Địa điểm", "Phòng họp tầng 2, trụ sở UBND huyện Nam Đàn")
	b.merge(3, 7, 7, 7)
	b.row(8, "III", "Chủ trì", "Hoàng Thị Ngọc Anh (Bí thư Chi bộ, Trưởng phòng)")
	b.merge(3, 8, 7, 8)
	b.row(9, "IV", "Số lượng", "Đảng viên", nil, "Có mặt", nil, "Quần chúng")
	b.row(10, nil, nil, 12, nil, 12, nil, 5)
	b.merge(3, 9, 4, 9)
	b.merge(5, 9, 6, 9)
	b.merge(3, 10, 4, 10)
	b.merge(5, 10, 6, 10)
	b.merge(1, 9, 1, 10)
	b.merge(2, 9, 2, 10)
	b.row(11, "V", "Nội dung (chuyên đề - người trình bày - thời lượng)")
	b.merge(2, 11, 7, 11)
	prog := [][]any{
		{nil, "Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới", "đc Hoàng Thị Ngọc Anh", nil, "1,5 giờ"},
		{nil, "Nghị quyết số 42-NQ/TW về đổi mới chính sách xã hội", "đc Trần Quang Vinh", nil, "1 giờ"},
		{nil, "Nghị quyết số 43-NQ/TW về phát huy sức mạnh đại đoàn kết toàn dân tộc", "đc Trần Quang Vinh", nil, "1 giờ"},
	}
	for i, p := range prog {
		b.row(12+i, p...)
		b.merge(3, 12+i, 4, 12+i)
		b.merge(5, 12+i, 7, 12+i)
	}
	b.row(15, "VI", "Chương trình hành động", "Đã ban hành Chương trình số 09-CTr/CB, ngày 20/11/2023")
	b.merge(3, 15, 7, 15)
	b.row(17, nil, "Nam Đàn, ngày 22/11/2023", nil, nil, "BÍ THƯ")
	b.row(19, nil, nil, nil, nil, "Hoàng Thị Ngọc Anh")
	b.style(1, 1, 7, 4, true, false, false, false)
	b.style(1, 6, 7, 15, false, true, false, true)
	b.style(5, 17, 7, 19, true, false, false, false)
	b.save("bieu-chi-bo-phong-tc-kh-nam-dan")
	writeTruth("bieu-chi-bo-phong-tc-kh-nam-dan", "xlsx", []Record{{
		Unit: "Chi bộ Phòng Tài chính - Kế hoạch", ParentUnit: "Đảng ủy cơ quan UBND huyện Nam Đàn",
		ReportDate: "2023-11-22", ConferenceDate: "2023-11-15", Location: "Phòng họp tầng 2, trụ sở UBND huyện Nam Đàn",
		Chair:      pp("Hoàng Thị Ngọc Anh", "Bí thư Chi bộ, Trưởng phòng"),
		Reporters:  []Person{{Name: "Hoàng Thị Ngọc Anh"}, {Name: "Trần Quang Vinh"}},
		Attendance: att(12, 12, 5),
		Program: []Item{
			{"Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới", "Hoàng Thị Ngọc Anh", 90},
			{"Nghị quyết số 42-NQ/TW về đổi mới chính sách xã hội", "Trần Quang Vinh", 60},
			{"Nghị quyết số 43-NQ/TW về phát huy sức mạnh đại đoàn kết toàn dân tộc", "Trần Quang Vinh", 60},
		},
		Action: &Action{Issued: true, Number: "09-CTr/CB", Date: "2023-11-20"},
		Signer: pp("Hoàng Thị Ngọc Anh", "Bí thư"),
	}}, b.text.String())
	addReadme("bieu-chi-bo-phong-tc-kh-nam-dan.xlsx", "xlsx form; Nghệ An agency cell; conference date split across cells (ngày | 15 | tháng | 11 | năm 2023); merged attendance grid; program rows with hours and đc; place-date line as report date")
}

// f4: two-column key/value with dotted dates, online.
func f4() {
	b := newBook("Thong tin HN")
	b.widths(5, 42, 48)
	b.row(1, nil, "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC TÂY NGUYÊN", "ĐẢNG CỘNG SẢN VIỆT NAM")
	b.row(2, nil, "CHI BỘ KHOA NÔNG LÂM NGHIỆP", "Số: 21-BC/CB")
	b.row(4, nil, "THÔNG TIN HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 4 KHÓA XIII")
	b.merge(2, 4, 3, 4)
	kv := [][]any{
		{"1", "Thời gian", "sáng 08.12.2021"},
		{"2", "Hình thức", "Trực tuyến qua Google Meet (do dịch Covid-19)"},
		{"3", "Chủ trì", "PGS.TS Nguyễn Thị Thúy - Bí thư Chi bộ, Trưởng khoa"},
		{"4", "Báo cáo viên", "TS Y Wang Ktla - Phó Bí thư Chi bộ"},
		{"5", "Đảng viên dự / tổng số", "31 / 34"},
		{"6", "Vắng", "3 (đi công tác nước ngoài 2, ốm 1)"},
		{"7", "Người ngoài Đảng tham dự", "0"},
		{"8", "Kế hoạch thực hiện", "Kế hoạch số 12-KH/CB ngày 15.12.2021"},
		{"9", "Ngày lập báo cáo", "17.12.2021"},
		{"10", "Người báo cáo", "Nguyễn Thị Thúy, Bí thư Chi bộ"},
	}
	for i, r := range kv {
		b.row(6+i, r...)
	}
	b.style(1, 1, 3, 4, true, false, true, true)
	b.style(1, 6, 3, 5+len(kv), false, true, false, true)
	b.save("thong-tin-hn-chi-bo-khoa-nong-lam-tay-nguyen")
	writeTruth("thong-tin-hn-chi-bo-khoa-nong-lam-tay-nguyen", "xlsx", []Record{{
		Unit: "Chi bộ Khoa Nông Lâm nghiệp", ParentUnit: "Đảng ủy Trường Đại học Tây Nguyên", DocNumber: "21-BC/CB",
		ReportDate: "2021-12-17", ConferenceDate: "2021-12-08", Form: "online",
		Chair:      pp("Nguyễn Thị Thúy", "Bí thư Chi bộ, Trưởng khoa"),
		Reporters:  []Person{{"Y Wang Ktla", "Phó Bí thư Chi bộ"}},
		Attendance: att(31, 34, 0), Action: &Action{Issued: true, Number: "12-KH/CB", Date: "2021-12-15"},
		Signer: pp("Nguyễn Thị Thúy", "Bí thư Chi bộ"),
	}}, b.text.String())
	addReadme("thong-tin-hn-chi-bo-khoa-nong-lam-tay-nguyen.xlsx", "xlsx form; numbered key/value rows; two-column header; dotted text dates; online; attendance as 'dự / tổng số'; academic titles before names; report date under its own label")
}
