package main

import "fmt"

// form5: the conference date split over cells (ngày | 14 | tháng | 5 |
// năm | 2021), an online conference, a program sub-table in minutes, the
// report date written as a place-date line at the bottom.
func form5() error {
	name := "tbf05-mau-tt-cb-bql-cang-ca-tam-quan.xlsx"
	x := newXW("Báo cáo")
	x.widths(30, 8, 8, 8, 8, 8, 10, 30)
	x.merge("A1", "D1", "ĐẢNG ỦY PHƯỜNG TAM QUAN BẮC", "c")
	x.merge("A2", "D2", "CHI BỘ BAN QUẢN LÝ CẢNG CÁ TAM QUAN", "bcw")
	x.merge("E1", "H1", "ĐẢNG CỘNG SẢN VIỆT NAM", "bc")
	x.merge("A4", "H4", "BÁO CÁO KẾT QUẢ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG (theo mẫu)", "bc")
	x.set("A5", "Số: 03-BC/CB", "i")
	x.set("A7", "Thời gian tổ chức:", "b")
	x.set("B7", "ngày", "")
	x.set("C7", 14, "c")
	x.set("D7", "tháng", "")
	x.set("E7", 5, "c")
	x.set("F7", "năm", "")
	x.set("G7", 2021, "c")
	x.text.WriteString("ngày 14 tháng 5 năm 2021\n")
	x.set("A8", "Hình thức:", "b")
	x.merge("B8", "H8", "Trực tuyến (do dịch Covid-19)", "")
	x.set("A9", "Điểm cầu chính:", "b")
	x.merge("B9", "H9", "Phòng họp Ban Quản lý Cảng cá Tam Quan", "")
	x.set("A10", "Chủ trì:", "b")
	x.merge("B10", "H10", "Đc Nguyễn Hữu Phước, Bí thư Chi bộ, Trưởng Ban Quản lý", "")
	x.set("A11", "Tổng số đảng viên:", "b")
	x.set("B11", 16, "c")
	x.set("A12", "Đảng viên tham dự:", "b")
	x.set("B12", 16, "c")
	x.set("A13", "Quần chúng tham dự:", "b")
	x.set("B13", 9, "c")
	x.set("A15", "Nội dung hội nghị:", "b")
	hdr := []string{"Chuyên đề", "Người trình bày", "Thời lượng (phút)"}
	x.set("A16", hdr[0], "bcx")
	x.merge("B16", "G16", hdr[1], "bcx")
	x.set("H16", hdr[2], "bcxw")
	prog := []Item{
		{tCore, "Nguyễn Hữu Phước", 90},
		{tSea, "Đặng Thị Thanh Thủy", 60},
	}
	for i, p := range prog {
		r := 17 + i
		x.set(cn(1, r), p.Topic, "xw")
		x.merge(cn(2, r), cn(7, r), "đc "+p.Presenter, "xw")
		x.set(cn(8, r), p.Minutes, "cx")
		x.f.SetRowHeight(x.sh, r, 66)
	}
	x.set("A20", "Báo cáo viên:", "b")
	x.merge("B20", "H20", "đc Nguyễn Hữu Phước; đc Đặng Thị Thanh Thủy, Phó Bí thư Chi bộ", "")
	x.set("A21", "Chương trình hành động:", "b")
	x.merge("B21", "H21", "Ngày 17/5/2021 ban hành Chương trình hành động số 04-CTr/CB", "")
	x.merge("E23", "H23", "Tam Quan Bắc, ngày 20 tháng 5 năm 2021", "ic")
	x.merge("E24", "H24", "T/M CHI BỘ", "bc")
	x.merge("E25", "H25", "BÍ THƯ", "bc")
	x.merge("E28", "H28", "Nguyễn Hữu Phước", "bc")
	rec := Record{Unit: "Chi bộ Ban Quản lý Cảng cá Tam Quan", ParentUnit: "Đảng ủy phường Tam Quan Bắc", DocNumber: "03-BC/CB",
		ReportDate: "2021-05-20", ConferenceDate: "2021-05-14", Location: "Phòng họp Ban Quản lý Cảng cá Tam Quan", Form: "online",
		Chair:         &Person{"Nguyễn Hữu Phước", "Bí thư Chi bộ, Trưởng Ban Quản lý"},
		Reporters:     []Person{{Name: "Nguyễn Hữu Phước"}, {"Đặng Thị Thanh Thủy", "Phó Bí thư Chi bộ"}},
		Attendance:    &Attendance{MembersPresent: ip(16), MembersTotal: ip(16), Rate: rate(16, 16), Others: ip(9)},
		Program:       prog,
		ActionProgram: &Action{Issued: true, Number: "04-CTr/CB", Date: "2021-05-17"},
		Signer:        &Person{"Nguyễn Hữu Phước", "Bí thư"}}
	return finishX(x, name, "filled-in form: conference date split over cells (ngày | 14 | tháng | 5 | năm | 2021), online with main site, program sub-table in minutes with \"đc\", action program date before its number, report date as a place-date line", rec, Evidence{})
}

// form6: a bordered two-column table (Nội dung | Kết quả), a second sheet
// of notes, a two-day conference, Excel dates dd.mm.yyyy.
func form6() error {
	name := "tbf06-bieu-cb-van-phong-so-tnmt.xlsx"
	x := newXW("Biểu KQ")
	x.widths(6, 44, 56)
	x.merge("A1", "B1", "ĐẢNG ỦY SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "c")
	x.merge("A2", "B2", "CHI BỘ VĂN PHÒNG SỞ", "bc")
	x.set("C1", "ĐẢNG CỘNG SẢN VIỆT NAM", "bc")
	x.merge("A4", "C4", "BIỂU TỔNG HỢP KẾT QUẢ HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII", "bc")
	x.merge("A5", "C5", "(Kèm theo Công văn số 215-CV/ĐU ngày 05/4/2021 của Đảng ủy Sở Tài nguyên và Môi trường tỉnh Lai Châu)", "ic")
	x.set("A7", "TT", "bcx")
	x.set("B7", "Nội dung", "bcx")
	x.set("C7", "Kết quả", "bcx")
	r := 8
	row := func(l string, v any) {
		x.set(cn(1, r), fmt.Sprint(r-7), "cx")
		x.set(cn(2, r), l, "xw")
		switch t := v.(type) {
		case D:
			x.date(cn(3, r), t, "x", "dd.mm.yyyy", fmt.Sprintf("%02d.%02d.%d", t.Day, t.M, t.Y))
		default:
			x.set(cn(3, r), v, "xw")
		}
		r++
	}
	row("Tên chi bộ", "Chi bộ Văn phòng Sở Tài nguyên và Môi trường")
	row("Số hiệu văn bản báo cáo", "18-BC/CB")
	row("Thời gian tổ chức hội nghị", "Từ 20/4 đến 21/4/2021 (02 buổi chiều)")
	row("Địa điểm", "Phòng họp số 2, trụ sở Sở Tài nguyên và Môi trường")
	row("Hình thức", "Trực tiếp")
	row("Đồng chí chủ trì (họ tên, chức vụ)", "Lò Thị Hồng Nhung, Bí thư Chi bộ, Chánh Văn phòng Sở")
	row("Báo cáo viên (họ tên, chức vụ)", "Lò Thị Hồng Nhung, Bí thư Chi bộ, Chánh Văn phòng Sở")
	row("Số đảng viên / tổng số đảng viên", "13/15")
	row("Lý do vắng", "01 đồng chí đi học tập trung, 01 đồng chí đi công tác tại huyện Mường Tè")
	row("Số người ngoài Đảng tham dự", 8)
	row("Chương trình hành động", "Chưa ban hành (đang lấy ý kiến đảng viên)")
	row("Thời điểm báo cáo", D{2021, 4, 26})
	x.set("C22", "BÍ THƯ CHI BỘ", "bc")
	x.set("C25", "Lò Thị Hồng Nhung", "bc")
	n, _ := x.f.NewSheet("Ghi chú")
	_ = n
	notes := []string{
		"Hướng dẫn điền biểu:",
		"- Cột \"Kết quả\" ghi đầy đủ thông tin; ngày tháng ghi theo định dạng ngày.tháng.năm.",
		"- Các chi bộ gửi biểu về Văn phòng Đảng ủy Sở trước ngày 30/4/2021.",
		"- Mọi vướng mắc liên hệ đồng chí Vàng Văn Sinh, chuyên viên Văn phòng Đảng ủy.",
	}
	for i, t := range notes {
		x.f.SetCellValue("Ghi chú", cn(1, i+1), t)
		x.text.WriteString(t + "\n")
	}
	rec := Record{Unit: "Chi bộ Văn phòng Sở Tài nguyên và Môi trường", ParentUnit: "Đảng ủy Sở Tài nguyên và Môi trường", DocNumber: "18-BC/CB",
		ReportDate: "2021-04-26", ConferenceDate: "2021-04-20", Location: "Phòng họp số 2, trụ sở Sở Tài nguyên và Môi trường", Form: "in_person",
		Chair:         &Person{"Lò Thị Hồng Nhung", "Bí thư Chi bộ, Chánh Văn phòng Sở"},
		Reporters:     []Person{{"Lò Thị Hồng Nhung", "Bí thư Chi bộ, Chánh Văn phòng Sở"}},
		Attendance:    &Attendance{MembersPresent: ip(13), MembersTotal: ip(15), Rate: rate(13, 15), Others: ip(8)},
		ActionProgram: &Action{Issued: false},
		Signer:        &Person{"Lò Thị Hồng Nhung", "Bí thư Chi bộ"}}
	return finishX(x, name, "filled-in form: bordered Nội dung/Kết quả table, conference over two days as text, Excel dates dd.mm.yyyy, report date labelled \"Thời điểm báo cáo\", a second sheet of notes, action program not issued", rec, Evidence{Dates: []string{"Từ 20/4 đến 21/4/2021"}})
}
