package main

import "fmt"

func forms() error {
	for _, f := range []func() error{fMyAn, fKhom4, fTruongTH, fBanQLDA, fDoiHQ, fCongAnXa} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

func formOut(b *book, file, desc string, r Record) (*Out, error) {
	if err := b.save(file); err != nil {
		return nil, err
	}
	return add(&Out{File: file, Format: "xlsx", Recs: []Record{r}, Text: b.text.String(), Desc: desc}), nil
}

// Đồng Tháp hamlet cell, XIII: labels in column A, values in B, Excel dates.
func fMyAn() error {
	b := newBook("Báo cáo")
	b.widths(42, 48)
	b.set(1, 1, "ĐẢNG BỘ XÃ MỸ AN HƯNG B")
	b.set(1, 2, "CHI BỘ ẤP AN THỊNH")
	b.bold(1, 2)
	b.set(1, 4, "PHIẾU BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG")
	b.merge(1, 4, 2, 4)
	b.bold(1, 4)
	rows := []struct {
		l string
		v any
	}{
		{"Tên chi bộ", "Chi bộ ấp An Thịnh"},
		{"Trực thuộc", "Đảng bộ xã Mỹ An Hưng B"},
		{"Số báo cáo", "03-BC/CB"},
		{"Ngày báo cáo", dt(4, 5, 2021)},
		{"Ngày tổ chức hội nghị", dt(25, 4, 2021)},
		{"Địa điểm", "Văn phòng ấp An Thịnh"},
		{"Hình thức", "Trực tiếp"},
		{"Người chủ trì", "Nguyễn Văn Hoàng"},
		{"Chức vụ người chủ trì", "Bí thư Chi bộ"},
		{"Báo cáo viên", "Nguyễn Văn Hoàng"},
		{"Tổng số đảng viên", 19},
		{"Số đảng viên dự", 18},
		{"Tỷ lệ (%)", "94,7"},
		{"Số quần chúng dự", 8},
		{"Số chương trình hành động", "02-CTr/CB"},
		{"Ngày ban hành chương trình hành động", dt(29, 4, 2021)},
		{"Ghi chú", "01 đảng viên vắng do ốm"},
	}
	for i, r := range rows {
		b.set(1, 6+i, r.l)
		if d, ok := r.v.(D); ok {
			b.date(2, 6+i, d, "dd/mm/yyyy")
		} else {
			b.set(2, 6+i, r.v)
		}
	}
	b.set(2, 25, "NGƯỜI BÁO CÁO")
	b.set(2, 26, "Bí thư Chi bộ")
	b.set(2, 29, "Nguyễn Văn Hoàng")
	_, err := formOut(b, "phieu-bao-cao-chi-bo-ap-an-thinh.xlsx",
		"filled-in form .xlsx, hamlet cell in Đồng Tháp, XIII; labels in column A and values in B, Excel dates (dd/mm/yyyy), counts as numbers", Record{
			Unit: "Chi bộ ấp An Thịnh", ParentUnit: "Đảng bộ xã Mỹ An Hưng B", DocNumber: "03-BC/CB", ReportDate: "2021-05-04",
			ConferenceDate: "2021-04-25", Location: "Văn phòng ấp An Thịnh", Form: "in_person",
			Chair: pp("Nguyễn Văn Hoàng", "Bí thư Chi bộ"), Reporters: []Person{{Name: "Nguyễn Văn Hoàng"}},
			Attendance:    att(18, 19, 8),
			ActionProgram: &Action{Issued: true, Number: "02-CTr/CB", Date: "2021-04-29"},
			Signer:        pp("Nguyễn Văn Hoàng", "Bí thư Chi bộ"),
		})
	return err
}

// An Giang town-quarter cell, XIII: "Label: value" in one cell, dates as text.
func fKhom4() error {
	b := newBook("BC nhanh")
	b.widths(95)
	lines := []string{
		"ĐẢNG BỘ THỊ TRẤN CHỢ MỚI",
		"CHI BỘ KHÓM THỊ 4",
		"",
		"BÁO CÁO NHANH KẾT QUẢ HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII",
		"",
		"Đơn vị: Chi bộ khóm Thị 4",
		"Số: 05-BC/CB",
		"Ngày tổ chức: 12/4/2021",
		"Địa điểm: Nhà văn hóa khóm Thị 4",
		"Chủ trì: Đ/c Huỳnh Văn Bé Tư - Bí thư Chi bộ",
		"Báo cáo viên: Đ/c Huỳnh Văn Bé Tư - Bí thư Chi bộ",
		"Đảng viên: có mặt 27/30 đ/c (vắng 03: 02 có lý do, 01 không lý do)",
		"Quần chúng tham dự: 10",
		"Chương trình hành động: đã ban hành, số 03-CTr/CB ngày 16/4/2021",
		"",
		"Chợ Mới, ngày 19/4/2021",
		"T/M CHI BỘ",
		"BÍ THƯ",
		"",
		"Huỳnh Văn Bé Tư",
	}
	for i, l := range lines {
		if l != "" {
			b.set(1, i+1, l)
		}
	}
	b.bold(1, 4)
	chair := pp("Huỳnh Văn Bé Tư", "Bí thư Chi bộ")
	o, err := formOut(b, "bao-cao-nhanh-chi-bo-khom-thi-4.xlsx",
		"filled-in form .xlsx, town-quarter cell in An Giang (Chợ Mới), XIII; label and value in one cell, dates as text, attendance as \"27/30 đ/c\" with absentee breakdown, signing date under the place", Record{
			Unit: "Chi bộ khóm Thị 4", ParentUnit: "Đảng bộ thị trấn Chợ Mới", DocNumber: "05-BC/CB", ReportDate: "2021-04-19",
			ConferenceDate: "2021-04-12", Location: "Nhà văn hóa khóm Thị 4",
			Chair: chair, Reporters: []Person{*chair}, Attendance: att(27, 30, 10),
			ActionProgram: &Action{Issued: true, Number: "03-CTr/CB", Date: "2021-04-16"},
			Signer:        pp("Huỳnh Văn Bé Tư", "Bí thư"),
		})
	_ = o
	return err
}

// Sóc Trăng primary-school cell, TW5: STT column, label in B, value in D, text date, program table.
func fTruongTH() error {
	b := newBook("Mẫu 02")
	b.widths(6, 40, 4, 52, 14)
	b.set(1, 1, "Mẫu 02 - Báo cáo kết quả học tập, quán triệt nghị quyết Hội nghị Trung ương 5 khóa XIII")
	b.set(1, 2, "(Dùng cho chi bộ trực thuộc Đảng ủy)")
	b.set(1, 4, "STT")
	b.set(2, 4, "Nội dung")
	b.set(4, 4, "Kết quả")
	b.box(1, 4, 4, 4, true, "center")
	rows := [][2]string{
		{"Tên tổ chức đảng", "Chi bộ Trường Tiểu học Mỹ Xuyên A"},
		{"Đảng bộ cấp trên", "Đảng bộ thị trấn Mỹ Xuyên"},
		{"Thời gian tổ chức", "ngày 18 tháng 8 năm 2022"},
		{"Nơi tổ chức", "Phòng Hội đồng Trường Tiểu học Mỹ Xuyên A"},
		{"Đồng chí chủ trì (họ tên, chức vụ)", "Lý Thị Cẩm Tú, Bí thư Chi bộ, Hiệu trưởng"},
		{"Tổng số đảng viên của chi bộ", "16"},
		{"Số đảng viên vắng mặt", "02 (01 nghỉ thai sản, 01 đi học)"},
		{"Quần chúng dự", "21"},
		{"Kế hoạch thực hiện của chi bộ", "Số 04-KH/CB ngày 24/8/2022"},
	}
	for i, r := range rows {
		b.set(1, 5+i, i+1)
		b.set(2, 5+i, r[0])
		b.set(4, 5+i, r[1])
		b.box(1, 5+i, 4, 5+i, false, "left")
	}
	b.set(1, 15, "Chương trình hội nghị:")
	b.set(1, 16, "TT")
	b.set(2, 16, "Chuyên đề")
	b.set(4, 16, "Người trình bày")
	b.set(5, 16, "Thời lượng (giờ)")
	b.box(1, 16, 5, 16, true, "center")
	prog := []ProgItem{
		{nq21, "Lý Thị Cẩm Tú", 90},
		{"Phần liên quan giáo dục vùng nông thôn trong " + nq19, "Trương Minh Khôi", 60},
	}
	pres := []string{"Đ/c Lý Thị Cẩm Tú", "Đ/c Trương Minh Khôi, Phó Bí thư Chi bộ"}
	for i, p := range prog {
		b.set(1, 17+i, i+1)
		b.set(2, 17+i, p.Topic)
		b.set(4, 17+i, pres[i])
		b.set(5, 17+i, hours(p.Minutes))
		b.box(1, 17+i, 5, 17+i, false, "left")
		_ = b.f.SetRowHeight(b.sh, 17+i, 62)
	}
	b.set(4, 21, "Mỹ Xuyên, ngày 26 tháng 8 năm 2022")
	b.set(4, 22, "T/M CHI BỘ")
	b.set(4, 23, "BÍ THƯ")
	b.set(4, 26, "Lý Thị Cẩm Tú")
	o, err := formOut(b, "mau-02-bao-cao-tw5-chi-bo-truong-tieu-hoc-my-xuyen-a.xlsx",
		"filled-in form .xlsx, school cell in Sóc Trăng, TW5; numbered rows with label in B and value in D, conference date as text, total and absentees only (present derived), program table with wrapping topics and hours with decimal comma, plan number and date in one cell", Record{
			Unit: "Chi bộ Trường Tiểu học Mỹ Xuyên A", ParentUnit: "Đảng bộ thị trấn Mỹ Xuyên", ReportDate: "2022-08-26",
			ConferenceDate: "2022-08-18", Location: "Phòng Hội đồng Trường Tiểu học Mỹ Xuyên A",
			Chair: pp("Lý Thị Cẩm Tú", "Bí thư Chi bộ, Hiệu trưởng"), Attendance: att(14, 16, 21), Program: prog,
			ActionProgram: &Action{Issued: true, Number: "04-KH/CB", Date: "2022-08-24"},
			Signer:        pp("Lý Thị Cẩm Tú", "Bí thư"),
		})
	if err == nil {
		skip(o, "members_present")
	}
	return err
}

// Quảng Nam project board cell, TW6: two label/value pairs per row, online.
func fBanQLDA() error {
	b := newBook("TT hoi nghi")
	b.widths(24, 34, 3, 24, 30)
	b.set(1, 1, "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH QUẢNG NAM")
	b.set(1, 2, "CHI BỘ BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH GIAO THÔNG TỈNH")
	b.set(1, 4, "THÔNG TIN HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 6 KHÓA XIII")
	b.bold(1, 4)
	pairs := [][4]any{
		{"Chi bộ", "Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Số văn bản", "08-BC/CB"},
		{"Thuộc", "Đảng bộ Khối các cơ quan tỉnh Quảng Nam", "Ngày lập biểu", dt(20, 12, 2022)},
		{"Ngày hội nghị", dt(15, 12, 2022), "Hình thức", "Trực tuyến"},
		{"Điểm cầu chính", "Phòng họp trực tuyến Ban QLDA, tầng 4", "Chủ trì", "Đoàn Ngọc Lâm"},
		{"Chức vụ", "Bí thư Chi bộ, Giám đốc Ban", "Báo cáo viên", "Đoàn Ngọc Lâm; Phạm Thị Hồng Vân"},
		{"ĐV tham dự", 35, "Tổng số ĐV", 37},
		{"Quần chúng", 24, "Tỷ lệ ĐV dự", "94,59%"},
		{"Chương trình hành động", "Chưa ban hành (đang lấy ý kiến dự thảo)", "", ""},
	}
	for i, p := range pairs {
		r := 6 + i
		for j, c := range []int{1, 2, 4, 5} {
			v := p[j]
			if d, ok := v.(D); ok {
				b.date(c, r, d, "dd/mm/yyyy")
			} else if v != "" {
				b.set(c, r, v)
			}
		}
		b.box(1, r, 2, r, false, "left")
		b.box(4, r, 5, r, false, "left")
	}
	_, err := formOut(b, "thong-tin-hoi-nghi-tw6-chi-bo-ban-qlda-giao-thong-quang-nam.xlsx",
		"filled-in form .xlsx, agency cell (provincial agencies bloc) in Quảng Nam, TW6; two label/value pairs per row, report date under \"Ngày lập biểu\", online with main site, present before total, action program not yet issued", Record{
			Unit: "Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", ParentUnit: "Đảng bộ Khối các cơ quan tỉnh Quảng Nam",
			DocNumber: "08-BC/CB", ReportDate: "2022-12-20", ConferenceDate: "2022-12-15", Location: "Phòng họp trực tuyến Ban QLDA, tầng 4", Form: "online",
			Chair: pp("Đoàn Ngọc Lâm", "Bí thư Chi bộ, Giám đốc Ban"), Reporters: []Person{{Name: "Đoàn Ngọc Lâm"}, {Name: "Phạm Thị Hồng Vân"}},
			Attendance: att(35, 37, 24), ActionProgram: &Action{Issued: false},
		})
	return err
}

// Đà Nẵng customs control team cell, TW8: sections and a small attendance grid.
func fDoiHQ() error {
	b := newBook("Phieu")
	b.widths(30, 18, 18, 18, 22)
	b.set(1, 1, "ĐẢNG BỘ CỤC HẢI QUAN THÀNH PHỐ ĐÀ NẴNG")
	b.set(1, 2, "CHI BỘ ĐỘI KIỂM SOÁT HẢI QUAN")
	b.set(1, 4, "PHIẾU TỔNG HỢP KẾT QUẢ HỌC TẬP CÁC NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 8 KHÓA XIII")
	b.bold(1, 4)
	b.set(1, 6, "I. THÔNG TIN CHUNG")
	b.bold(1, 6)
	b.set(1, 7, "Tên chi bộ:")
	b.set(2, 7, "Chi bộ Đội Kiểm soát Hải quan")
	b.set(1, 8, "Ngày tổ chức:")
	b.date(2, 8, dt(5, 1, 2024), "dd/mm/yyyy")
	b.set(1, 9, "Địa điểm:")
	b.set(2, 9, "Hội trường Cục Hải quan thành phố Đà Nẵng")
	b.set(1, 10, "Hình thức:")
	b.set(2, 10, "Trực tiếp kết hợp trực tuyến")
	b.set(1, 11, "Chủ trì:")
	b.set(2, 11, "Đ/c Ngô Thanh Tùng - Bí thư Chi bộ, Đội trưởng")
	b.set(1, 12, "Người trình bày:")
	b.set(2, 12, "Đ/c Ngô Thanh Tùng; Đ/c Bùi Thị Thu Trang - Phó Bí thư Chi bộ")
	b.set(1, 14, "II. THÀNH PHẦN")
	b.bold(1, 14)
	head := []string{"Tổng số ĐV", "Có mặt", "Vắng", "Quần chúng"}
	vals := []any{23, 21, 2, 5}
	for i, h := range head {
		b.set(2+i, 15, h)
		b.set(2+i, 16, vals[i])
	}
	b.box(2, 15, 5, 15, true, "center")
	b.box(2, 16, 5, 16, false, "center")
	b.set(1, 18, "III. CHƯƠNG TRÌNH HÀNH ĐỘNG")
	b.bold(1, 18)
	b.set(1, 19, "Đã ban hành:")
	b.set(2, 19, "Có")
	b.set(1, 20, "Số, ngày:")
	b.set(2, 20, "05-CTr/CB ngày 10/01/2024")
	b.set(1, 22, "Ngày gửi:")
	b.date(2, 22, dt(12, 1, 2024), "dd/mm/yyyy")
	b.set(4, 22, "BÍ THƯ CHI BỘ")
	b.set(4, 25, "Ngô Thanh Tùng")
	_, err := formOut(b, "phieu-tong-hop-tw8-chi-bo-doi-kiem-soat-hai-quan-da-nang.xlsx",
		"filled-in form .xlsx, customs team cell in Đà Nẵng, TW8; section headings, labels ending in a colon, attendance as a small four-column grid, hybrid, report date under \"Ngày gửi\", action program number and date in one cell", Record{
			Unit: "Chi bộ Đội Kiểm soát Hải quan", ParentUnit: "Đảng bộ Cục Hải quan thành phố Đà Nẵng", ReportDate: "2024-01-12",
			ConferenceDate: "2024-01-05", Location: "Hội trường Cục Hải quan thành phố Đà Nẵng", Form: "hybrid",
			Chair:      pp("Ngô Thanh Tùng", "Bí thư Chi bộ, Đội trưởng"),
			Reporters:  []Person{{Name: "Ngô Thanh Tùng"}, {"Bùi Thị Thu Trang", "Phó Bí thư Chi bộ"}},
			Attendance: att(21, 23, 5), ActionProgram: &Action{Issued: true, Number: "05-CTr/CB", Date: "2024-01-10"},
			Signer: pp("Ngô Thanh Tùng", "Bí thư Chi bộ"),
		})
	return err
}

// Bến Tre commune police cell, TW4: dd-mm-yyyy Excel dates, absent count only.
func fCongAnXa() error {
	b := newBook("KQ hoc tap")
	b.widths(5, 44, 40)
	b.set(1, 1, "ĐẢNG BỘ XÃ PHƯỚC THẠNH")
	b.set(1, 2, "CHI BỘ CÔNG AN XÃ PHƯỚC THẠNH")
	b.set(1, 4, "KẾT QUẢ HỌC TẬP, QUÁN TRIỆT KẾT LUẬN VÀ QUY ĐỊNH HỘI NGHỊ TRUNG ƯƠNG 4 KHÓA XIII")
	b.bold(1, 4)
	items := []struct {
		l string
		v any
	}{
		{"Đơn vị tổ chức", "Chi bộ Công an xã Phước Thạnh"},
		{"Số hiệu báo cáo", "10-BC/CB"},
		{"Ngày diễn ra hội nghị", dt(7, 12, 2021)},
		{"Địa điểm", "Trụ sở Công an xã Phước Thạnh"},
		{"Chủ trì hội nghị", "Nguyễn Thanh Sang"},
		{"Chức vụ", "Bí thư Chi bộ, Trưởng Công an xã"},
		{"Tổng số đảng viên", 12},
		{"Số đảng viên vắng", 1},
		{"Lý do vắng", "Trực ban, bảo vệ mục tiêu"},
		{"Quần chúng", 3},
		{"Kế hoạch/chương trình thực hiện (số)", "07-KH/CB"},
		{"Ngày ban hành", dt(10, 12, 2021)},
		{"Ngày gửi báo cáo", dt(13, 12, 2021)},
	}
	for i, it := range items {
		r := 6 + i
		b.set(1, r, fmt.Sprintf("%d.", i+1))
		b.set(2, r, it.l)
		if d, ok := it.v.(D); ok {
			b.date(3, r, d, "dd-mm-yyyy")
		} else {
			b.set(3, r, it.v)
		}
	}
	o, err := formOut(b, "ket-qua-hoc-tap-tw4-chi-bo-cong-an-xa-phuoc-thanh.xlsx",
		"filled-in form .xlsx, commune police cell in Bến Tre, TW4; Excel dates in dd-mm-yyyy format, report date under \"Ngày gửi báo cáo\", total and absent count only (present derived), no signature block", Record{
			Unit: "Chi bộ Công an xã Phước Thạnh", ParentUnit: "Đảng bộ xã Phước Thạnh", DocNumber: "10-BC/CB", ReportDate: "2021-12-13",
			ConferenceDate: "2021-12-07", Location: "Trụ sở Công an xã Phước Thạnh",
			Chair:         pp("Nguyễn Thanh Sang", "Bí thư Chi bộ, Trưởng Công an xã"),
			Attendance:    att(11, 12, 3),
			ActionProgram: &Action{Issued: true, Number: "07-KH/CB", Date: "2021-12-10"},
		})
	if err == nil {
		skip(o, "members_present")
	}
	return err
}
