package main

func forms2() []*Out {
	var out []*Out

	// F4. Sectioned template of a Đảng bộ (Quốc Oai), dd-mm-yyyy Excel dates, online.
	{
		x := newXW("Mau bao cao")
		x.widths(6, 44, 30, 20)
		x.set("A1", "HUYỆN ỦY QUỐC OAI", "")
		x.merge("A1", "B1")
		x.set("A2", "ĐẢNG ỦY XÃ PHƯỢNG CÁCH", "b")
		x.merge("A2", "B2")
		x.set("C1", "ĐẢNG CỘNG SẢN VIỆT NAM", "b+c+u")
		x.merge("C1", "D1")
		x.set("A3", "Số 102-BC/ĐU", "c")
		x.merge("A3", "B3")
		x.set("A5", "BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 6 KHÓA XIII", "b+c+big")
		x.merge("A5", "D5")
		x.height(5, 36)
		type kv struct {
			k string
			l string
			v any
			s string
		}
		rows := []kv{
			{"I", "THÔNG TIN CHUNG", nil, "b+gray"},
			{"1", "Đơn vị tổ chức", "Đảng bộ xã Phượng Cách", ""},
			{"2", "Ngày tổ chức", dt(2022, 12, 21), "fmt:dd-mm-yyyy"},
			{"3", "Hình thức", "Trực tuyến (điểm cầu chính: Hội trường UBND xã Phượng Cách)", ""},
			{"4", "Chủ trì", "Đ/c Kiều Văn Quý - Bí thư Đảng ủy", ""},
			{"II", "THÀNH PHẦN THAM DỰ", nil, "b+gray"},
			{"1", "Số chi bộ trực thuộc", 19, ""},
			{"2", "Tổng số ĐV toàn Đảng bộ", 702, ""},
			{"3", "ĐV tham dự", 655, ""},
			{"4", "Quần chúng", 61, ""},
			{"III", "NỘI DUNG", nil, "b+gray"},
			{"1", "Nghị quyết số 27-NQ/TW; Nghị quyết số 28-NQ/TW (Đ/c Kiều Văn Quý)", "120 phút", ""},
			{"2", "Nghị quyết số 29-NQ/TW (Đ/c Nguyễn Thị Lương - Phó Bí thư Thường trực)", "90 phút", ""},
			{"IV", "CHƯƠNG TRÌNH HÀNH ĐỘNG", nil, "b+gray"},
			{"1", "Số hiệu", "24-CTr/ĐU", ""},
			{"2", "Ngày ban hành", dt(2022, 12, 29), "fmt:dd-mm-yyyy"},
		}
		for i, r := range rows {
			row := 7 + i
			x.set(cellName(1, row), r.k, "c+box")
			ls := "box"
			if r.v == nil {
				ls = "box+" + r.s
			}
			x.set(cellName(2, row), r.l, ls)
			if len([]rune(r.l)) > 44 {
				x.height(row, 32)
			}
			if r.v != nil {
				st := "box"
				if r.s != "" {
					st += "+" + r.s
				}
				x.set(cellName(3, row), r.v, st)
			} else {
				x.styleRange(cellName(3, row), cellName(3, row), "box+gray")
			}
			x.merge(cellName(3, row), cellName(4, row))
			x.styleRange(cellName(4, row), cellName(4, row), "box")
		}
		x.set("B25", "Thời điểm báo cáo:", "i")
		x.set("C25", "30.12.2022", "i")
		x.set("C26", "T/M ĐẢNG ỦY", "b+c")
		x.merge("C26", "D26")
		x.set("C27", "BÍ THƯ", "b+c")
		x.merge("C27", "D27")
		x.set("C31", "Kiều Văn Quý", "b+c")
		x.merge("C31", "D31")
		out = append(out, xlOut("mau-bao-cao-dang-bo-xa-phuong-cach-tw6.xlsx", "xlsx",
			"filled-in form XLSX (Quốc Oai), sectioned template I–IV, Excel dates in dd-mm-yyyy, report date as text dd.mm.yyyy under 'Thời điểm báo cáo', online with main site, party-wide totals, topics with Đ/c presenters in the label column",
			x, []Record{{
				Unit: "Đảng bộ xã Phượng Cách", ParentUnit: "Huyện ủy Quốc Oai", DocNumber: "102-BC/ĐU",
				ReportDate: "2022-12-30", ConferenceDate: "2022-12-21", Location: "Hội trường UBND xã Phượng Cách", Form: "online",
				Chair:      per("Kiều Văn Quý", "Bí thư Đảng ủy"),
				Reporters:  []Person{{"Kiều Văn Quý", ""}, {"Nguyễn Thị Lương", "Phó Bí thư Thường trực"}},
				Attendance: att(655, 702, 61),
				Program: []Item{{"Nghị quyết số 27-NQ/TW; Nghị quyết số 28-NQ/TW", "Kiều Văn Quý", 120},
					{"Nghị quyết số 29-NQ/TW", "Nguyễn Thị Lương", 90}},
				ActionProgram: &Action{Issued: true, Number: "24-CTr/ĐU", Date: "2022-12-29"},
				Signer:        per("Kiều Văn Quý", "Bí thư"),
			}}, nil))
	}

	// F5. Horizontal layout: labels on one row, values on the next.
	{
		x := newXW("BC nhanh")
		x.widths(24, 13, 22, 24, 24, 9, 9, 10, 13, 13)
		x.set("A1", "ĐẢNG BỘ XÃ DŨNG LIỆT", "")
		x.set("A2", "CHI BỘ QUÂN SỰ XÃ", "b")
		x.set("A3", "BÁO CÁO NHANH KẾT QUẢ HỌC TẬP, QUÁN TRIỆT KẾT LUẬN SỐ 21-KL/TW, QUY ĐỊNH SỐ 37-QĐ/TW", "b+big")
		x.merge("A3", "J3")
		x.set("H1", "Ngày gửi:", "i+r")
		x.set("I1", dt(2022, 1, 10), "i+fmt:d/m/yyyy")
		heads := []string{"Tên chi bộ", "Ngày hội nghị", "Địa điểm", "Chủ trì (họ tên, chức vụ)", "Báo cáo viên", "Tổng số ĐV", "ĐV dự", "Quần chúng", "Kế hoạch thực hiện số", "Ngày ban hành"}
		for i, h := range heads {
			x.set(cellName(i+1, 5), h, "b+c+box+gray")
		}
		x.height(5, 34)
		vals := []any{"Chi bộ Quân sự xã Dũng Liệt", dt(2021, 12, 30), "Phòng họp Ban CHQS xã", "Nguyễn Văn Cường, Bí thư Chi bộ, Chỉ huy trưởng", "Nguyễn Văn Cường", 8, 8, 12, "02-KH/CB", dt(2022, 1, 6)}
		for i, v := range vals {
			st := "box"
			if i == 1 || i == 9 {
				st += "+c+fmt:d/m/yyyy"
			}
			x.set(cellName(i+1, 6), v, st)
		}
		x.height(6, 48)
		x.set("A8", "Ghi chú: Hội nghị tổ chức theo hình thức trực tiếp, kết hợp sinh hoạt chi bộ thường kỳ tháng 12/2021.", "i")
		out = append(out, xlOut("bao-cao-nhanh-chi-bo-quan-su-dung-liet-tw4.xlsx", "xlsx",
			"filled-in form XLSX (Yên Phong, Bắc Ninh), horizontal layout (labels on one row, values below), Excel dates d/m/yyyy, report date under 'Ngày gửi', form stated in a note",
			x, []Record{{
				Unit: "Chi bộ Quân sự xã Dũng Liệt", ParentUnit: "Đảng bộ xã Dũng Liệt",
				ReportDate: "2022-01-10", ConferenceDate: "2021-12-30", Location: "Phòng họp Ban CHQS xã", Form: "in_person",
				Chair:         per("Nguyễn Văn Cường", "Bí thư Chi bộ, Chỉ huy trưởng"),
				Reporters:     ppl("Nguyễn Văn Cường", ""),
				Attendance:    att(8, 8, 12),
				ActionProgram: &Action{Issued: true, Number: "02-KH/CB", Date: "2022-01-06"},
			}}, nil))
	}

	// F6. Labels in B, values in D; action plan not issued.
	{
		x := newXW("Thong tin")
		x.widths(5, 40, 3, 50)
		x.set("B1", "ĐẢNG BỘ XÃ ĐÔNG CỨU", "")
		x.set("B2", "CHI BỘ CÔNG AN XÃ ĐÔNG CỨU", "b")
		x.set("B4", "PHIẾU THÔNG TIN HỘI NGHỊ NGHIÊN CỨU, HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII", "b+big")
		x.merge("B4", "D4")
		pairs := [][2]any{
			{"Tổ chức đảng", "Chi bộ Công an xã Đông Cứu"},
			{"Ngày, tháng tổ chức", "Ngày 26 tháng 5 năm 2021"},
			{"Nơi tổ chức", "Hội trường Công an xã"},
			{"Họ tên người chủ trì", "Lương Đức Thuận"},
			{"Chức vụ", "Bí thư Chi bộ, Trưởng Công an xã"},
			{"Họ tên báo cáo viên", "Lương Đức Thuận"},
			{"Đảng viên có mặt / tổng số", "11/12"},
			{"Lý do vắng", "01 đồng chí trực chốt kiểm soát dịch Covid-19"},
			{"Quần chúng tham dự", "04"},
			{"Chuyên đề, thời lượng", "Những nội dung cơ bản của Nghị quyết Đại hội XIII; 150 phút"},
			{"Chương trình hành động", "Chưa ban hành"},
			{"Ngày, tháng, năm lập báo cáo", "02/6/2021"},
			{"Người lập (Bí thư Chi bộ)", "Lương Đức Thuận"},
		}
		for i, p := range pairs {
			row := 6 + i
			x.set(cellName(1, row), i+1, "c")
			x.set(cellName(2, row), p[0], "")
			x.set(cellName(3, row), ":", "c")
			x.set(cellName(4, row), p[1], "b")
		}
		out = append(out, xlOut("phieu-thong-tin-chi-bo-cong-an-xa-dong-cuu.xlsx", "xlsx",
			"filled-in form XLSX (Gia Bình, Bắc Ninh), labels in column B and values in D with a colon column, text dates in two shapes, 'có mặt / tổng số' as 11/12, topic and minutes in one cell, action program not issued",
			x, []Record{{
				Unit: "Chi bộ Công an xã Đông Cứu", ParentUnit: "Đảng bộ xã Đông Cứu",
				ReportDate: "2021-06-02", ConferenceDate: "2021-05-26", Location: "Hội trường Công an xã",
				Chair:         per("Lương Đức Thuận", "Bí thư Chi bộ, Trưởng Công an xã"),
				Reporters:     ppl("Lương Đức Thuận", ""),
				Attendance:    att(11, 12, 4),
				Program:       []Item{{"Những nội dung cơ bản của Nghị quyết Đại hội XIII", "", 150}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Lương Đức Thuận", "Bí thư Chi bộ"),
			}}, nil))
	}
	return out
}
