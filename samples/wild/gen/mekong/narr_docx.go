package main

func narrDocx() error {
	for _, f := range []func() error{dQuanSuMyHiep, dThueMoCay, dAPDaiTam, dKhoiCQBinhDinh, dKV5HungLoi, dBVAnGiang, dThonDaiHiep, dDonSonTra} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// Đồng Tháp, commune military cell, XIII; only absentees, program table in hours.
func dQuanSuMyHiep() error {
	d := partyHead("Đảng bộ xã Mỹ Hiệp", "Chi bộ Quân sự xã Mỹ Hiệp", "08-BC/CB", "Mỹ Hiệp, ngày 05 tháng 5 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"}
	d.para("Thực hiện Kế hoạch số 15-KH/ĐU ngày 26-3-2021 của Ban Thường vụ Đảng ủy xã Mỹ Hiệp và Hướng dẫn số 12-HD/ĐU ngày 30-3-2021 của Đảng ủy Quân sự huyện Cao Lãnh, Chi bộ Quân sự xã Mỹ Hiệp báo cáo kết quả học tập, quán triệt %s như sau:", nqXIII)
	d.para("Ngày 27-4-2021, tại Hội trường Ban Chỉ huy Quân sự xã Mỹ Hiệp, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết. Đồng chí Nguyễn Hoàng Tuấn, Bí thư Chi bộ, Chỉ huy trưởng Ban Chỉ huy Quân sự xã chủ trì và là báo cáo viên.")
	d.para("Chi bộ có 09 đồng chí đảng viên, vắng 01 đồng chí (đi học lớp Trung cấp chuyên nghiệp ngành quân sự cơ sở). Dự hội nghị còn có 12 đồng chí là dân quân thường trực, dân quân cơ động chưa là đảng viên.")
	d.table(ptab([]string{"STT", "Nội dung học tập", "Người truyền đạt", "Thời gian"}, []float64{8, 62, 30, 16}, [][]string{
		{"1", "Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "đ/c Nguyễn Hoàng Tuấn", "2 giờ"},
		{"2", "Quan điểm, chủ trương của Đảng về tăng cường quốc phòng, an ninh, bảo vệ vững chắc Tổ quốc trong Văn kiện Đại hội XIII", "đ/c Nguyễn Hoàng Tuấn", "1,5 giờ"},
		{"3", "Viết thu hoạch, liên hệ nhiệm vụ xây dựng lực lượng dân quân tự vệ của xã", "đ/c Lê Văn Chiến, Phó Bí thư", "0,5 giờ"},
	}))
	d.para("Qua học tập, cán bộ, đảng viên, chiến sĩ dân quân có nhận thức đúng đắn về nhiệm vụ quốc phòng, quân sự địa phương; tư tưởng ổn định, sẵn sàng nhận và hoàn thành nhiệm vụ. Chi bộ đã ban hành Chương trình hành động số 03-CTr/CB ngày 30-4-2021.")
	d.Recipients = nn("- Đảng ủy xã;", "- Đảng ủy Quân sự huyện;", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Hoàng Tuấn"}
	chair := pp("Nguyễn Hoàng Tuấn", "Bí thư Chi bộ, Chỉ huy trưởng Ban Chỉ huy Quân sự xã")
	o, err := loOut(d, "bao-cao-chi-bo-quan-su-xa-my-hiep.docx",
		"narrative .docx, commune military cell in Đồng Tháp, XIII; two cited plan/guidance dates, total and one absentee only (present derived), non-member militia, program table in hours with decimal comma", Record{
			Unit: "Chi bộ Quân sự xã Mỹ Hiệp", ParentUnit: "Đảng bộ xã Mỹ Hiệp", DocNumber: "08-BC/CB", ReportDate: "2021-05-05",
			ConferenceDate: "2021-04-27", Location: "Hội trường Ban Chỉ huy Quân sự xã Mỹ Hiệp",
			Chair: chair, Reporters: []Person{*chair}, Attendance: att(8, 9, 12),
			Program: []ProgItem{
				{"Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "Nguyễn Hoàng Tuấn", 120},
				{"Quan điểm, chủ trương của Đảng về tăng cường quốc phòng, an ninh, bảo vệ vững chắc Tổ quốc trong Văn kiện Đại hội XIII", "Nguyễn Hoàng Tuấn", 90},
				{"Viết thu hoạch, liên hệ nhiệm vụ xây dựng lực lượng dân quân tự vệ của xã", "Lê Văn Chiến", 30},
			},
			ActionProgram: &Action{Issued: true, Number: "03-CTr/CB", Date: "2021-04-30"},
			Signer:        pp("Nguyễn Hoàng Tuấn", "Bí thư"),
		})
	if err == nil {
		skip(o, "members_present")
	}
	return err
}

// Bến Tre, tax branch, state layout, TW5; attendance in a small table.
func dThueMoCay() error {
	d := stateHead("Cục Thuế tỉnh Bến Tre", "Chi cục Thuế khu vực Mỏ Cày", "1032/BC-CCTKV", "Mỏ Cày Nam, ngày 26 tháng 8 năm 2022")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XIII"}
	d.para("Thực hiện Kế hoạch số 2764/KH-CT ngày 18/7/2022 của Cục Thuế tỉnh Bến Tre, Chi cục Thuế khu vực Mỏ Cày báo cáo kết quả tổ chức hội nghị học tập, quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XIII như sau:")
	d.para("Hội nghị diễn ra vào ngày 19/8/2022, tại Hội trường Chi cục Thuế khu vực Mỏ Cày, theo hình thức trực tiếp. Chủ trì hội nghị: ông Lê Minh Trí, Bí thư Chi bộ, Chi cục trưởng. Báo cáo viên: ông Lê Minh Trí và bà Võ Thị Ngọc Giàu, Phó Bí thư Chi bộ, Phó Chi cục trưởng.")
	d.para("Thành phần tham dự:")
	d.table(&Table{Head: []string{"Thành phần", "Tổng số", "Tham dự", "Vắng", "Lý do vắng"}, W: []float64{34, 12, 12, 10, 32}, Align: []string{"L", "C", "C", "C", "L"},
		Rows: [][]string{
			{"Đảng viên", "33", "31", "2", "Nghỉ ốm; đi tập huấn tại Cục"},
			{"Công chức, người lao động không là đảng viên", "17", "14", "3", "Trực bộ phận một cửa"},
		}})
	d.para("Nội dung được quán triệt gồm: %s; %s; %s; %s.", nq18, nq19, nq20, nq21)
	d.para("Qua hội nghị, công chức nhận thức rõ hơn về chính sách tài chính đất đai, thu tiền sử dụng đất, tiền thuê đất, góp phần chống thất thu ngân sách. Chi cục đã ban hành Kế hoạch số 1015/KH-CCTKV ngày 23/8/2022 thực hiện các nghị quyết tại đơn vị.")
	d.Recipients = nn("- Cục Thuế tỉnh (b/c);", "- Chi bộ Chi cục;", "- Lưu: VT, HCNSTV.")
	d.Sign = []string{"KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "Võ Thị Ngọc Giàu"}
	_, err := loOut(d, "bao-cao-chi-cuc-thue-khu-vuc-mo-cay.docx",
		"narrative .docx, state layout, tax branch in Bến Tre, TW5 (NQ 18-21); attendance in a table with total/present/absent rows for members and non-members, ông/bà instead of đồng chí, KT. signer (deputy)", Record{
			Unit: "Chi cục Thuế khu vực Mỏ Cày", ParentUnit: "Cục Thuế tỉnh Bến Tre", DocNumber: "1032/BC-CCTKV", ReportDate: "2022-08-26",
			ConferenceDate: "2022-08-19", Location: "Hội trường Chi cục Thuế khu vực Mỏ Cày", Form: "in_person",
			Chair:         pp("Lê Minh Trí", "Bí thư Chi bộ, Chi cục trưởng"),
			Reporters:     []Person{{Name: "Lê Minh Trí"}, {"Võ Thị Ngọc Giàu", "Phó Bí thư Chi bộ, Phó Chi cục trưởng"}},
			Attendance:    att(31, 33, 14),
			ActionProgram: &Action{Issued: true, Number: "1015/KH-CCTKV", Date: "2022-08-23"},
			Signer:        pp("Võ Thị Ngọc Giàu", "Phó Chi cục trưởng"),
		})
	return err
}

// Sóc Trăng, hamlet cell with Khmer names, TW8.
func dAPDaiTam() error {
	d := partyHead("Đảng bộ xã Đại Tâm", "Chi bộ ấp Đại Chí", "02-BC/CB", "Đại Tâm, ngày 19 tháng 02 năm 2024")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Về việc tổ chức học tập, quán triệt các nghị quyết Hội nghị lần thứ tám", "Ban Chấp hành Trung ương Đảng khóa XIII"}
	d.para("Căn cứ Kế hoạch số 97-KH/ĐU ngày 02-01-2024 của Đảng ủy xã Đại Tâm, Chi bộ ấp Đại Chí báo cáo kết quả tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 8 khóa XIII như sau:")
	d.para("Chi bộ tổ chức hội nghị vào sáng ngày 06-02-2024, tại Hội trường ấp Đại Chí, hình thức trực tiếp. Đồng chí Thạch Sô Phal, Bí thư Chi bộ, Trưởng ban Nhân dân ấp chủ trì hội nghị.")
	d.para("Báo cáo viên: đồng chí Thạch Sô Phal, Bí thư Chi bộ; đồng chí Lâm Thị Sa Rết, Phó Bí thư Chi bộ.")
	d.para("Tổng số ĐV của Chi bộ: 26. Số ĐV có mặt: 22 (vắng 04 ĐV: 02 ĐV lớn tuổi sức khỏe yếu, 02 ĐV đi làm ăn xa). Quần chúng dự: 18, gồm người có uy tín trong đồng bào Khmer, đại diện Ban quản trị chùa Đại Chí và trưởng các đoàn thể ấp.")
	d.para("Nội dung và thời lượng:")
	d.line("1. " + nq44 + " - Đc Thạch Sô Phal - 1,5 giờ.")
	d.line("2. " + nq46 + " - Đc Lâm Thị Sa Rết - 1 giờ.")
	d.line("3. Giới thiệu nội dung chính " + nq45 + " - Đc Lâm Thị Sa Rết - 0,5 giờ.")
	d.para("Hội nghị được truyền đạt song ngữ Việt - Khmer ở một số nội dung để quần chúng dễ tiếp thu. Chi bộ đang xây dựng Kế hoạch thực hiện, sẽ thông qua tại kỳ sinh hoạt tháng 3/2024 (chưa ban hành).")
	d.Recipients = nn("- Đảng ủy xã Đại Tâm (b/c);", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Thạch Sô Phal"}
	_, err := loOut(d, "bao-cao-chi-bo-ap-dai-chi-dai-tam.docx",
		"narrative .docx, hamlet cell in Sóc Trăng with Khmer names, TW8 (NQ 44-46); ĐV abbreviations with total/present/absentees, numbered program lines with Đc and hours, plan not yet issued", Record{
			Unit: "Chi bộ ấp Đại Chí", ParentUnit: "Đảng bộ xã Đại Tâm", DocNumber: "02-BC/CB", ReportDate: "2024-02-19",
			ConferenceDate: "2024-02-06", Location: "Hội trường ấp Đại Chí", Form: "in_person",
			Chair:      pp("Thạch Sô Phal", "Bí thư Chi bộ, Trưởng ban Nhân dân ấp"),
			Reporters:  []Person{{"Thạch Sô Phal", "Bí thư Chi bộ"}, {"Lâm Thị Sa Rết", "Phó Bí thư Chi bộ"}},
			Attendance: att(22, 26, 18),
			Program: []ProgItem{
				{nq44, "Thạch Sô Phal", 90}, {nq46, "Lâm Thị Sa Rết", 60}, {"Giới thiệu nội dung chính " + nq45, "Lâm Thị Sa Rết", 30},
			},
			ActionProgram: &Action{Issued: false},
			Signer:        pp("Thạch Sô Phal", "Bí thư"),
		})
	return err
}

// Bình Định, provincial agencies bloc, XIII, online with main site, party-wide totals.
func dKhoiCQBinhDinh() error {
	d := partyHead("Tỉnh ủy Bình Định", "Đảng ủy Khối các cơ quan tỉnh", "95-BC/ĐUK", "Quy Nhơn, ngày 21 tháng 5 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}
	d.para("Thực hiện Chỉ thị số 01-CT/TW ngày 09-3-2021 của Bộ Chính trị và Kế hoạch số 25-KH/TU ngày 18-3-2021 của Ban Thường vụ Tỉnh ủy Bình Định, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh báo cáo kết quả tổ chức hội nghị như sau:")
	d.head("1. Tổ chức hội nghị")
	d.para("Hội nghị được tổ chức trong 02 ngày, từ ngày 11 đến ngày 12/5/2021, theo hình thức trực tuyến; điểm cầu chính tại Hội trường Đảng ủy Khối các cơ quan tỉnh, kết nối với 58 điểm cầu tại các đảng bộ, chi bộ cơ sở trực thuộc.")
	d.para("Đồng chí Đỗ Thị Diệu Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối chủ trì hội nghị. Báo cáo viên: đồng chí Đỗ Thị Diệu Hạnh; đồng chí Trần Văn Thanh, Phó Bí thư Thường trực Đảng ủy Khối; đồng chí Lê Hữu Hạnh, Trưởng Ban Tuyên giáo Đảng ủy Khối.")
	d.para("Đảng bộ Khối các cơ quan tỉnh có 58 tổ chức cơ sở đảng (28 đảng bộ cơ sở, 30 chi bộ cơ sở) với tổng số 3.412 đảng viên. Số đảng viên tham dự tại các điểm cầu: 3.265 đồng chí, đạt 95,69%; số vắng 147 đồng chí (đi công tác, ốm đau, nghỉ chế độ thai sản).")
	d.head("2. Nội dung")
	d.table(ptab([]string{"Ngày", "Chuyên đề", "Báo cáo viên", "Thời lượng"}, []float64{12, 58, 32, 14}, [][]string{
		{"11/5", "Những nội dung cơ bản và điểm mới trong Văn kiện Đại hội XIII của Đảng", "Đ/c Đỗ Thị Diệu Hạnh", "2,5 giờ"},
		{"11/5", "Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng", "Đ/c Trần Văn Thanh", "1,5 giờ"},
		{"12/5", "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030", "Đ/c Lê Hữu Hạnh", "2 giờ"},
		{"12/5", "Thảo luận, giải đáp ý kiến tại các điểm cầu; bế mạc", "Đ/c Đỗ Thị Diệu Hạnh", "1 giờ"},
	}))
	d.head("3. Đánh giá")
	d.para(assessGood[0])
	d.para(assessWeak[2])
	d.head("4. Chương trình hành động")
	d.para("Ban Chấp hành Đảng bộ Khối ban hành Chương trình hành động số 07-CTr/ĐUK ngày 17-5-2021 thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XX Đảng bộ tỉnh; chỉ đạo 100% tổ chức cơ sở đảng xây dựng chương trình, kế hoạch thực hiện, hoàn thành trước ngày 30-6-2021.")
	d.Recipients = nn("- Ban Thường vụ Tỉnh ủy (b/c);", "- Ban Tuyên giáo Tỉnh ủy;", "- Các TCCS đảng trực thuộc;", "- Lưu VP.")
	d.Sign = []string{"T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "Đỗ Thị Diệu Hạnh"}
	o, err := loOut(d, "bao-cao-dang-uy-khoi-cac-co-quan-tinh-binh-dinh.docx",
		"narrative .docx, provincial agencies bloc committee (Đảng ủy Khối) reporting for its Đảng bộ in Bình Định, XIII; two-day online conference with main site, party-wide totals with thousands dot, program table by day in hours, deadline date in text", Record{
			Unit: "Đảng bộ Khối các cơ quan tỉnh", ParentUnit: "Tỉnh ủy Bình Định", DocNumber: "95-BC/ĐUK", ReportDate: "2021-05-21",
			ConferenceDate: "2021-05-11", Location: "Hội trường Đảng ủy Khối các cơ quan tỉnh", Form: "online",
			Chair: pp("Đỗ Thị Diệu Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối"),
			Reporters: []Person{{Name: "Đỗ Thị Diệu Hạnh"}, {"Trần Văn Thanh", "Phó Bí thư Thường trực Đảng ủy Khối"},
				{"Lê Hữu Hạnh", "Trưởng Ban Tuyên giáo Đảng ủy Khối"}},
			Attendance: att(3265, 3412, -1),
			Program: []ProgItem{
				{"Những nội dung cơ bản và điểm mới trong Văn kiện Đại hội XIII của Đảng", "Đỗ Thị Diệu Hạnh", 150},
				{"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng", "Trần Văn Thanh", 90},
				{"Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030", "Lê Hữu Hạnh", 120},
				{"Thảo luận, giải đáp ý kiến tại các điểm cầu; bế mạc", "Đỗ Thị Diệu Hạnh", 60},
			},
			ActionProgram: &Action{Issued: true, Number: "07-CTr/ĐUK", Date: "2021-05-17"},
			Signer:        pp("Đỗ Thị Diệu Hạnh", "Bí thư"),
		})
	if err == nil {
		ev(o, "conference_date", "từ ngày 11 đến ngày 12/5/2021", "members_total", "3.412", "members_present", "3.265")
	}
	return err
}
