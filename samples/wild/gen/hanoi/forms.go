package main

// Filled-in forms: one unit per workbook, label/value layouts.

func forms() []*Out {
	var out []*Out

	// F1. Labels in column A, values in column B; Excel dates.
	{
		x := newXW("Bao cao")
		x.widths(46, 52)
		x.set("A1", "ĐẢNG BỘ XÃ VĨNH XÁ", "b")
		x.set("A2", "CHI BỘ THÔN TIÊN CẦU", "b")
		x.set("B1", "ĐẢNG CỘNG SẢN VIỆT NAM", "b+c")
		x.set("A4", "MẪU BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 5 KHÓA XIII", "b+c+big")
		x.merge("A4", "B4")
		x.height(4, 36)
		rows := []struct {
			l string
			v any
			s string
		}{
			{"Tên chi bộ", "Chi bộ thôn Tiên Cầu", ""},
			{"Số báo cáo", "08-BC/CB", ""},
			{"Ngày tổ chức hội nghị", dt(2022, 8, 13), "fmt:dd/mm/yyyy"},
			{"Địa điểm", "Nhà văn hóa thôn Tiên Cầu", ""},
			{"Hình thức tổ chức", "Trực tiếp", ""},
			{"Người chủ trì", "Đỗ Văn Lập", ""},
			{"Chức vụ người chủ trì", "Bí thư Chi bộ", ""},
			{"Báo cáo viên", "Đỗ Văn Lập", ""},
			{"Tổng số đảng viên của chi bộ", 36, ""},
			{"Số đảng viên dự hội nghị", 33, ""},
			{"Tỷ lệ (%)", "91,67", ""},
			{"Số quần chúng dự", 8, ""},
			{"Chuyên đề 1", "Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn", ""},
			{"Thời lượng chuyên đề 1 (phút)", 90, ""},
			{"Chuyên đề 2", "Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng và đảng viên", ""},
			{"Thời lượng chuyên đề 2 (phút)", 60, ""},
			{"Đã ban hành chương trình hành động/kế hoạch thực hiện", "Có", ""},
			{"Số chương trình hành động", "07-CTr/CB", ""},
			{"Ngày ban hành", dt(2022, 8, 20), "fmt:dd/mm/yyyy"},
			{"Ngày báo cáo", dt(2022, 8, 22), "fmt:dd/mm/yyyy"},
			{"Người báo cáo (Bí thư Chi bộ)", "Đỗ Văn Lập", ""},
		}
		for i, r := range rows {
			row := 6 + i
			x.set(cellName(1, row), r.l, "box")
			st := "box"
			if r.s != "" {
				st += "+" + r.s
			}
			x.set(cellName(2, row), r.v, st)
		}
		out = append(out, xlOut("mau-bao-cao-chi-bo-thon-tien-cau-vinh-xa.xlsx", "xlsx",
			"filled-in form XLSX, labels in column A, values in B, Excel dates, TW5 (Hưng Yên); two topics with minutes, action program number and date, report date under 'Ngày báo cáo'",
			x, []Record{{
				Unit: "Chi bộ thôn Tiên Cầu", ParentUnit: "Đảng bộ xã Vĩnh Xá", DocNumber: "08-BC/CB",
				ReportDate: "2022-08-22", ConferenceDate: "2022-08-13", Location: "Nhà văn hóa thôn Tiên Cầu", Form: "in_person",
				Chair: per("Đỗ Văn Lập", "Bí thư Chi bộ"), Reporters: ppl("Đỗ Văn Lập", ""),
				Attendance: att(33, 36, 8),
				Program: []Item{{"Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn", "", 90},
					{"Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng và đảng viên", "", 60}},
				ActionProgram: &Action{Issued: true, Number: "07-CTr/CB", Date: "2022-08-20"},
				Signer:        per("Đỗ Văn Lập", "Bí thư Chi bộ"),
			}}, nil))
	}

	// F2. Label and value in one cell; dates as text.
	{
		x := newXW("Phieu")
		x.widths(95)
		lines := []string{
			"ĐẢNG BỘ XÃ PHÙ LINH",
			"CHI BỘ TRƯỜNG TIỂU HỌC PHÙ LINH",
			"PHIẾU BÁO CÁO NHANH KẾT QUẢ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG",
			"",
			"Tên chi bộ: Chi bộ Trường Tiểu học Phù Linh",
			"Ngày tổ chức: 12/4/2021",
			"Địa điểm: Phòng họp tầng 2 nhà hiệu bộ",
			"Người chủ trì: Nguyễn Thị Bích Ngọc - Bí thư Chi bộ, Hiệu trưởng",
			"Người trình bày: Nguyễn Thị Bích Ngọc; Đàm Văn Quyết - Phó Hiệu trưởng",
			"Đảng viên: 21/22 đồng chí dự (01 đ/c nghỉ sinh)",
			"Quần chúng dự: 26",
			"Nội dung 1: Những nội dung cơ bản của Văn kiện Đại hội XIII - 2 giờ",
			"Nội dung 2: Quan điểm phát triển giáo dục, đào tạo trong Văn kiện Đại hội XIII - 1 giờ",
			"Kế hoạch thực hiện: số 03-KH/CB, ngày 16/4/2021",
			"Ngày lập phiếu: 19/4/2021",
			"Người lập phiếu: Nguyễn Thị Bích Ngọc (Bí thư Chi bộ)",
		}
		for i, l := range lines {
			st := ""
			if i < 3 {
				st = "b"
			}
			if i == 2 {
				st = "b+big"
			}
			x.set(cellName(1, i+1), l, st)
		}
		out = append(out, xlOut("phieu-bao-cao-chi-bo-tieu-hoc-phu-linh.xlsx", "xlsx",
			"filled-in form XLSX (Sóc Sơn), label and value in one cell ('Ngày tổ chức: 12/4/2021'), text dates, 21/22 with reason, durations in hours, report date under 'Ngày lập phiếu'",
			x, []Record{{
				Unit: "Chi bộ Trường Tiểu học Phù Linh", ParentUnit: "Đảng bộ xã Phù Linh",
				ReportDate: "2021-04-19", ConferenceDate: "2021-04-12", Location: "Phòng họp tầng 2 nhà hiệu bộ",
				Chair:      per("Nguyễn Thị Bích Ngọc", "Bí thư Chi bộ, Hiệu trưởng"),
				Reporters:  []Person{{"Nguyễn Thị Bích Ngọc", ""}, {"Đàm Văn Quyết", "Phó Hiệu trưởng"}},
				Attendance: att(21, 22, 26),
				Program: []Item{{"Những nội dung cơ bản của Văn kiện Đại hội XIII", "", 120},
					{"Quan điểm phát triển giáo dục, đào tạo trong Văn kiện Đại hội XIII", "", 60}},
				ActionProgram: &Action{Issued: true, Number: "03-KH/CB", Date: "2021-04-16"},
				Signer:        per("Nguyễn Thị Bích Ngọc", "Bí thư Chi bộ"),
			}}, nil))
	}

	// F3. STT / Nội dung / Kết quả (merged), dates in words, only absentees.
	{
		x := newXW("BM01")
		x.widths(7, 48, 18, 18, 18)
		x.set("A1", "ĐẢNG BỘ XÃ VŨ QUÝ", "b")
		x.merge("A1", "B1")
		x.set("A2", "CHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP VŨ QUÝ", "b")
		x.merge("A2", "B2")
		x.set("A4", "BIỂU MẪU BÁO CÁO KẾT QUẢ HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT SỐ 20-NQ/TW", "b+c+big")
		x.merge("A4", "E4")
		x.set("A6", "STT", "b+c+box+gray")
		x.set("B6", "Nội dung", "b+c+box+gray")
		x.set("C6", "Kết quả", "b+c+box+gray")
		x.merge("C6", "E6")
		x.styleRange("D6", "E6", "box")
		rows := [][2]string{
			{"Đơn vị", "Chi bộ HTX dịch vụ nông nghiệp Vũ Quý"},
			{"Thời gian tổ chức hội nghị", "ngày 05 tháng 9 năm 2022"},
			{"Địa điểm", "Hội trường Hợp tác xã"},
			{"Chủ trì", "đ/c Phạm Văn Tình, Bí thư Chi bộ, Giám đốc HTX"},
			{"Báo cáo viên", "đ/c Phạm Văn Tình, Bí thư Chi bộ, Giám đốc HTX"},
			{"Tổng số đảng viên", "15"},
			{"Số đảng viên vắng (lý do)", "02 (ốm 01, đi công tác 01)"},
			{"Quần chúng tham dự", "23 thành viên HTX"},
			{"Nội dung chính", "Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới (thời lượng 1,5 giờ)"},
			{"Kế hoạch thực hiện", "Chưa ban hành (dự kiến trình tại kỳ họp chi bộ tháng 10/2022)"},
		}
		for i, r := range rows {
			row := 7 + i
			x.set(cellName(1, row), i+1, "c+box")
			x.set(cellName(2, row), r[0], "box")
			x.set(cellName(3, row), r[1], "box")
			x.merge(cellName(3, row), cellName(5, row))
			x.styleRange(cellName(4, row), cellName(5, row), "box")
			if len(r[1]) > 60 {
				x.height(row, 48)
			}
		}
		x.set("C19", "Cập nhật ngày: 09/9/2022", "i+c")
		x.merge("C19", "E19")
		x.set("C20", "BÍ THƯ", "b+c")
		x.merge("C20", "E20")
		x.set("C24", "Phạm Văn Tình", "b+c")
		x.merge("C24", "E24")
		out = append(out, xlOut("bieu-mau-chi-bo-htx-vu-quy-nq20.xlsx", "xlsx",
			"filled-in form XLSX (Thái Bình cooperative), STT/Nội dung/Kết quả with merged value cells, date in words, only absentees (present derived), hours in a topic cell, plan not yet issued, 'Cập nhật ngày' as report date",
			x, []Record{{
				Unit: "Chi bộ HTX dịch vụ nông nghiệp Vũ Quý", ParentUnit: "Đảng bộ xã Vũ Quý",
				ReportDate: "2022-09-09", ConferenceDate: "2022-09-05", Location: "Hội trường Hợp tác xã",
				Chair:         per("Phạm Văn Tình", "Bí thư Chi bộ, Giám đốc HTX"),
				Reporters:     ppl("Phạm Văn Tình", "Bí thư Chi bộ, Giám đốc HTX"),
				Attendance:    att(13, 15, 23),
				Program:       []Item{{"Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới", "", 90}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Phạm Văn Tình", "Bí thư"),
			}}, []Evidence{{"members_present": {"15", "02 (ốm 01, đi công tác 01)"}}}))
	}
	out = append(out, forms2()...)
	return out
}
