package main

func narrOffice() error {
	for _, f := range []func() error{oMyHoa, oTanThuan, oDHCT, oHaiQuan, oTamThang, oHaiChau} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// An Giang, school cell, XIII, two pages; total and present in separate sentences.
func oMyHoa() error {
	d := partyHead("Đảng bộ phường Mỹ Hòa", "Chi bộ Trường THCS Mỹ Hòa", "05-BC/CB", "Mỹ Hòa, ngày 03 tháng 5 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả nghiên cứu, học tập, quán triệt Nghị quyết Đại hội đại biểu", "toàn quốc lần thứ XIII của Đảng"}
	d.para("Thực hiện Kế hoạch số 12-KH/ĐU ngày 24-3-2021 của Ban Thường vụ Đảng ủy phường Mỹ Hòa về tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI; căn cứ Kế hoạch số 03-KH/CB ngày 02-4-2021 của Chi bộ, Chi bộ Trường THCS Mỹ Hòa báo cáo kết quả như sau:")
	d.head("I. ĐẶC ĐIỂM TÌNH HÌNH")
	d.para("Chi bộ Trường THCS Mỹ Hòa có 22 đảng viên, trong đó 20 đảng viên chính thức, 02 đảng viên dự bị; 100% đảng viên có trình độ chuyên môn đại học trở lên, 08 đồng chí có trình độ lý luận chính trị trung cấp. Nhà trường có 58 cán bộ, giáo viên, nhân viên; năm học 2020 - 2021 có 1.320 học sinh với 34 lớp.")
	d.para("Thuận lợi: đội ngũ giáo viên trẻ, nhiệt tình; Ban Giám hiệu và cấp ủy đoàn kết, thống nhất. Khó khăn: thời điểm tổ chức học tập nghị quyết trùng với giai đoạn ôn tập, kiểm tra học kỳ II và công tác phòng, chống dịch COVID-19 trong trường học.")
	d.head("II. KẾT QUẢ TỔ CHỨC HỌC TẬP, QUÁN TRIỆT")
	d.para("1. Hội nghị được tổ chức vào chiều thứ Bảy, ngày 24-4-2021 tại Phòng họp Hội đồng sư phạm, Trường THCS Mỹ Hòa, hình thức trực tiếp.")
	d.para("2. Chủ trì: đồng chí Trương Thị Ngọc Hân, Bí thư Chi bộ, Hiệu trưởng nhà trường. Người trình bày: đồng chí Trương Thị Ngọc Hân và đồng chí Châu Minh Tâm, Phó Bí thư Chi bộ, Phó Hiệu trưởng.")
	d.para("3. Dự hội nghị có 21 đảng viên; 01 đảng viên vắng vì nghỉ hậu sản. Chi bộ mời thêm 24 quần chúng là giáo viên, nhân viên, trong đó có 05 quần chúng đang trong diện bồi dưỡng, phát triển đảng.")
	d.para("4. Các nội dung được quán triệt:")
	d.line("- Những nội dung cơ bản, cốt lõi và điểm mới trong Văn kiện Đại hội XIII của Đảng (đ/c Trương Thị Ngọc Hân; 120 phút);")
	d.line("- Quan điểm, định hướng phát triển giáo dục và đào tạo, phát triển nguồn nhân lực chất lượng cao trong Văn kiện Đại hội XIII (đ/c Châu Minh Tâm; 60 phút);")
	d.line("- Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020 - 2025 (đ/c Châu Minh Tâm; 45 phút).")
	d.head("III. ĐÁNH GIÁ CHUNG")
	d.para("1. Ưu điểm: " + assessGood[1])
	d.para(assessGood[4])
	d.para("2. Hạn chế: một số giáo viên trẻ còn xem nhẹ việc nghiên cứu tài liệu; chất lượng bài thu hoạch chưa đồng đều, một số bài còn chung chung, chưa gắn với nhiệm vụ dạy học, giáo dục đạo đức học sinh.")
	d.head("IV. CHƯƠNG TRÌNH HÀNH ĐỘNG")
	d.para("Sau hội nghị, Chi bộ đã ban hành Chương trình hành động số 02-CTr/CB ngày 28-4-2021 về thực hiện Nghị quyết Đại hội XIII của Đảng, tập trung vào đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, nâng cao chất lượng giáo dục toàn diện và xây dựng trường đạt chuẩn quốc gia mức độ 2.")
	d.head("V. PHƯƠNG HƯỚNG THỜI GIAN TỚI")
	for _, s := range nextTasks[1:] {
		d.line("- " + s)
	}
	d.para(proposals[1])
	d.Recipients = nn("- Đảng ủy phường Mỹ Hòa (b/c);", "- Ban Giám hiệu trường;", "- Lưu Chi bộ.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Trương Thị Ngọc Hân"}
	o, err := loOut(d, "bao-cao-chi-bo-truong-thcs-my-hoa.pdf",
		"two-page narrative PDF (LibreOffice from HTML), school cell in An Giang (Long Xuyên), XIII; total members in one section and those present in another (one absent), two cited plan dates, program as dash list with đ/c and minutes in parentheses, quần chúng count", Record{
			Unit: "Chi bộ Trường THCS Mỹ Hòa", ParentUnit: "Đảng bộ phường Mỹ Hòa", DocNumber: "05-BC/CB", ReportDate: "2021-05-03",
			ConferenceDate: "2021-04-24", Location: "Phòng họp Hội đồng sư phạm, Trường THCS Mỹ Hòa", Form: "in_person",
			Chair:      pp("Trương Thị Ngọc Hân", "Bí thư Chi bộ, Hiệu trưởng nhà trường"),
			Reporters:  []Person{{Name: "Trương Thị Ngọc Hân"}, {"Châu Minh Tâm", "Phó Bí thư Chi bộ, Phó Hiệu trưởng"}},
			Attendance: att(21, 22, 24),
			Program: []ProgItem{
				{"Những nội dung cơ bản, cốt lõi và điểm mới trong Văn kiện Đại hội XIII của Đảng", "Trương Thị Ngọc Hân", 120},
				{"Quan điểm, định hướng phát triển giáo dục và đào tạo, phát triển nguồn nhân lực chất lượng cao trong Văn kiện Đại hội XIII", "Châu Minh Tâm", 60},
				{"Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020 - 2025", "Châu Minh Tâm", 45},
			},
			ActionProgram: &Action{Issued: true, Number: "02-CTr/CB", Date: "2021-04-28"},
			Signer:        pp("Trương Thị Ngọc Hân", "Bí thư"),
		})
	_ = o
	return err
}

// Đồng Tháp, hamlet cell, TW4; only absentees given, deputy presides, reporter from commune.
func oTanThuan() error {
	d := partyHead("Đảng bộ xã Tân Thuận Tây", "Chi bộ ấp Tân Dân", "14-BC/CB", "Tân Thuận Tây, ngày 10 tháng 12 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Kết luận, Quy định Hội nghị Trung ương 4 khóa XIII"}
	d.para("Thực hiện Kế hoạch số 58-KH/ĐU ngày 15-11-2021 của Đảng ủy xã Tân Thuận Tây về học tập, quán triệt %s và %s;", kl21, qd37)
	d.para("Chi bộ ấp Tân Dân tổ chức hội nghị vào lúc 14 giờ ngày 04-12-2021 tại Trụ sở Ban Nhân dân ấp Tân Dân. Do đồng chí Bí thư Chi bộ đang điều trị bệnh, đồng chí Lê Thị Hồng Nhung, Phó Bí thư Chi bộ, Trưởng ấp chủ trì hội nghị. Báo cáo viên: đồng chí Nguyễn Văn Đực, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã.")
	d.para("Chi bộ có 29 đảng viên; vắng 04 đ/c (02 đ/c ốm, 01 đ/c đi công tác, 01 đ/c bận việc gia đình có xin phép). Không mời quần chúng dự.")
	d.para("Đảng viên nghiêm túc tiếp thu, thảo luận về các biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\" và những điều đảng viên không được làm; tự liên hệ, đăng ký tu dưỡng, rèn luyện. Chi bộ phân công đồng chí Phó Bí thư Chi bộ truyền đạt lại nội dung cho 04 đảng viên vắng trong kỳ sinh hoạt tháng 12/2021.")
	d.para("Chi bộ ban hành Kế hoạch thực hiện số 06-KH/CB, ngày 08-12-2021.")
	d.Recipients = nn("- Đảng ủy xã (b/c);", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Lê Thị Hồng Nhung"}
	o, err := loOut(d, "bao-cao-chi-bo-ap-tan-dan-tan-thuan-tay.pdf",
		"narrative PDF (LibreOffice), hamlet cell in Đồng Tháp, TW4; total and absentees only with reasons (present derived), deputy presides in the head's absence, reporter from the commune committee, plan number before its date, signed by the deputy", Record{
			Unit: "Chi bộ ấp Tân Dân", ParentUnit: "Đảng bộ xã Tân Thuận Tây", DocNumber: "14-BC/CB", ReportDate: "2021-12-10",
			ConferenceDate: "2021-12-04", Location: "Trụ sở Ban Nhân dân ấp Tân Dân",
			Chair:         pp("Lê Thị Hồng Nhung", "Phó Bí thư Chi bộ, Trưởng ấp"),
			Reporters:     []Person{{"Nguyễn Văn Đực", "Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã"}},
			Attendance:    att(25, 29, 0),
			ActionProgram: &Action{Issued: true, Number: "06-KH/CB", Date: "2021-12-08"},
			Signer:        pp("Lê Thị Hồng Nhung", "Phó Bí thư"),
		})
	if err == nil {
		skip(o, "members_present", "others")
	}
	return err
}

// Cần Thơ, university party committee, TW8, online with a main site, two pages.
func oDHCT() error {
	d := partyHead("Thành ủy Cần Thơ", "Đảng ủy Trường Đại học Cần Thơ", "112-BC/ĐU", "Cần Thơ, ngày 25 tháng 01 năm 2024")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"kết quả tổ chức hội nghị học tập, quán triệt, triển khai thực hiện", "các nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII"}
	d.para("Thực hiện Kế hoạch số 102-KH/TU ngày 12-12-2023 của Ban Thường vụ Thành ủy Cần Thơ và Hướng dẫn số 41-HD/BTGTU ngày 14-12-2023 của Ban Tuyên giáo Thành ủy về việc học tập, quán triệt, tuyên truyền và triển khai thực hiện các nghị quyết Hội nghị Trung ương 8 khóa XIII, Đảng ủy Trường Đại học Cần Thơ báo cáo như sau:")
	d.head("I. CÔNG TÁC TỔ CHỨC")
	d.para("Ngày 09-01-2024, Đảng bộ Trường Đại học Cần Thơ tổ chức hội nghị theo hình thức trực tuyến, điểm cầu chính đặt tại Hội trường Rùa, Trường Đại học Cần Thơ, kết nối đến 48 điểm cầu tại các chi bộ, đảng bộ bộ phận trực thuộc.")
	d.para("Đồng chí Trần Trung Tính, Bí thư Đảng ủy, Chủ tịch Hội đồng Trường chủ trì hội nghị.")
	d.para("Đảng bộ Trường có 48 chi bộ và đảng bộ bộ phận trực thuộc với 1.126 đảng viên. Tham dự hội nghị có 1.084 đảng viên (đạt 96,27%), cùng 385 viên chức, người lao động và học viên sau đại học là quần chúng theo dõi tại các điểm cầu.")
	d.head("II. NỘI DUNG VÀ BÁO CÁO VIÊN")
	d.table(ptab([]string{"TT", "Nội dung", "Báo cáo viên", "Thời lượng"}, []float64{6, 60, 34, 14}, [][]string{
		{"1", nq45, "PGS.TS Trần Trung Tính, Bí thư Đảng ủy, Chủ tịch Hội đồng Trường", "1,5 giờ"},
		{"2", nq44, "Đồng chí Lương Văn Phúc, Phó Bí thư Đảng ủy", "1 giờ"},
		{"3", nq46, "Đồng chí Lương Văn Phúc, Phó Bí thư Đảng ủy", "1 giờ"},
	}))
	d.para("Các báo cáo viên đã trình bày ngắn gọn những điểm mới, quan điểm chỉ đạo, mục tiêu, nhiệm vụ, giải pháp của các nghị quyết; đặc biệt làm rõ vai trò của đội ngũ trí thức trong các cơ sở giáo dục đại học, gắn với chiến lược phát triển Trường Đại học Cần Thơ trở thành đại học nghiên cứu trọng điểm của vùng Đồng bằng sông Cửu Long.")
	d.head("III. ĐÁNH GIÁ")
	d.para(assessGood[1])
	d.para(assessGood[3])
	d.para("Hạn chế: " + assessWeak[2] + " Một số chi bộ sinh viên do trùng lịch thi kết thúc học phần nên số đảng viên tham dự chưa đầy đủ.")
	d.head("IV. KẾ HOẠCH THỰC HIỆN")
	d.para("Đảng ủy Trường ban hành Chương trình hành động số 38-CTr/ĐU ngày 19-01-2024 thực hiện Nghị quyết số 45-NQ/TW, trong đó xác định các chỉ tiêu về phát triển đội ngũ giảng viên có trình độ tiến sĩ, công bố quốc tế, chuyển giao khoa học công nghệ cho địa phương; đồng thời chỉ đạo các chi bộ xây dựng kế hoạch thực hiện sát với chức năng, nhiệm vụ của đơn vị.")
	d.head("V. KIẾN NGHỊ")
	d.para(proposals[0])
	d.Recipients = nn("- Ban Thường vụ Thành ủy (b/c);", "- Ban Tuyên giáo Thành ủy (b/c);", "- Các chi bộ, đảng bộ bộ phận;", "- Lưu VPĐU.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Trần Trung Tính"}
	o, err := loOut(d, "bao-cao-dang-uy-truong-dai-hoc-can-tho.pdf",
		"two-page narrative PDF (LibreOffice), university party committee reporting for its Đảng bộ in Cần Thơ, TW8 (NQ 44-46); online with a main site (điểm cầu chính), party-wide totals with thousands dot, cited plan and guidance dates, program table in hours with academic-title presenters", Record{
			Unit: "Đảng bộ Trường Đại học Cần Thơ", ParentUnit: "Thành ủy Cần Thơ", DocNumber: "112-BC/ĐU", ReportDate: "2024-01-25",
			ConferenceDate: "2024-01-09", Location: "Hội trường Rùa, Trường Đại học Cần Thơ", Form: "online",
			Chair:      pp("Trần Trung Tính", "Bí thư Đảng ủy, Chủ tịch Hội đồng Trường"),
			Reporters:  []Person{{"Trần Trung Tính", "Bí thư Đảng ủy, Chủ tịch Hội đồng Trường"}, {"Lương Văn Phúc", "Phó Bí thư Đảng ủy"}},
			Attendance: att(1084, 1126, 385),
			Program: []ProgItem{
				{nq45, "Trần Trung Tính", 90}, {nq44, "Lương Văn Phúc", 60}, {nq46, "Lương Văn Phúc", 60},
			},
			ActionProgram: &Action{Issued: true, Number: "38-CTr/ĐU", Date: "2024-01-19"},
			Signer:        pp("Trần Trung Tính", "Bí thư"),
		})
	if err == nil {
		ev(o, "members_total", "1.126", "members_present", "1.084")
	}
	return err
}

// Cần Thơ, customs branch, state layout, TW6, hybrid.
func oHaiQuan() error {
	d := stateHead("Cục Hải quan TP Cần Thơ", "Chi cục Hải quan cửa khẩu cảng Cần Thơ", "1586/BC-HQCT", "Cần Thơ, ngày 13 tháng 02 năm 2023")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XIII"}
	d.para("Căn cứ Công văn số 25-CV/ĐU ngày 04/01/2023 của Đảng ủy Cục Hải quan TP Cần Thơ về việc học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XIII; Chi cục Hải quan cửa khẩu cảng Cần Thơ phối hợp với Chi bộ Chi cục tổ chức hội nghị, kết quả như sau:")
	d.para("1. Thời gian: 07 giờ 30, ngày 08/02/2023 (thứ Tư).")
	d.para("2. Hình thức: trực tiếp kết hợp trực tuyến; điểm cầu chính tại Phòng họp Chi cục Hải quan cửa khẩu cảng Cần Thơ, điểm cầu phụ tại Đội Kiểm soát hải quan cảng Cái Cui.")
	d.para("3. Chủ trì: đồng chí Phan Hoàng Duy, Bí thư Chi bộ, Chi cục trưởng. Báo cáo viên: đồng chí Phan Hoàng Duy.")
	d.para("4. Thành phần: công chức là đảng viên dự 24/26 đồng chí (02 đồng chí nghỉ phép); công chức, người lao động chưa là đảng viên: 15 người.")
	d.para("5. Nội dung: %s; %s; %s.", nq27, nq28, nq29)
	d.para("6. Đánh giá: công chức, người lao động nghiêm túc tiếp thu, nhận thức rõ yêu cầu xây dựng Nhà nước pháp quyền gắn với cải cách thủ tục hành chính, hiện đại hóa hải quan, tạo thuận lợi thương mại. Chi cục đã ban hành Kế hoạch số 214/KH-HQCT ngày 10/02/2023 triển khai thực hiện tại đơn vị.")
	d.Recipients = nn("- Cục Hải quan TP Cần Thơ (b/c);", "- Đảng ủy Cục (b/c);", "- Lưu: VT.")
	d.Sign = []string{"CHI CỤC TRƯỞNG", "", "Phan Hoàng Duy"}
	chair := pp("Phan Hoàng Duy", "Bí thư Chi bộ, Chi cục trưởng")
	_, err := loOut(d, "bao-cao-chi-cuc-hai-quan-cang-can-tho.pdf",
		"narrative PDF (LibreOffice), state layout, customs branch in Cần Thơ, TW6 (NQ 27-29); hybrid with main and secondary sites, numbered label-style paragraphs, attendance as present/total with absentees and non-member staff, slash dates", Record{
			Unit: "Chi cục Hải quan cửa khẩu cảng Cần Thơ", ParentUnit: "Cục Hải quan TP Cần Thơ", DocNumber: "1586/BC-HQCT", ReportDate: "2023-02-13",
			ConferenceDate: "2023-02-08", Location: "Phòng họp Chi cục Hải quan cửa khẩu cảng Cần Thơ", Form: "hybrid",
			Chair: chair, Reporters: []Person{{Name: "Phan Hoàng Duy"}}, Attendance: att(24, 26, 15),
			ActionProgram: &Action{Issued: true, Number: "214/KH-HQCT", Date: "2023-02-10"},
			Signer:        pp("Phan Hoàng Duy", "Chi cục trưởng"),
		})
	return err
}

// Quảng Nam, commune committee for its organisation, TW6; plan date before number.
func oTamThang() error {
	d := partyHead("Thành ủy Tam Kỳ", "Đảng ủy xã Tam Thăng", "30-BC/ĐU", "Tam Thăng, ngày 05 tháng 01 năm 2023")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt và triển khai thực hiện Nghị quyết", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XIII)"}
	d.para("Thực hiện Kế hoạch số 141-KH/TU ngày 29-11-2022 của Ban Thường vụ Thành ủy Tam Kỳ, Đảng bộ xã Tam Thăng đã tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XIII cho cán bộ, đảng viên. Kết quả cụ thể:")
	d.para("Sáng ngày 22 tháng 12 năm 2022, tại Hội trường Đảng ủy - HĐND - UBND xã Tam Thăng, Đảng ủy tổ chức hội nghị với sự tham dự của 301/318 đảng viên trong toàn Đảng bộ (14/14 chi bộ có đảng viên tham dự), đạt tỷ lệ 94,65%; số đảng viên vắng 17 đồng chí, chủ yếu là đảng viên được miễn sinh hoạt và đảng viên đi làm ăn xa. Ngoài ra còn có 42 quần chúng là cán bộ không chuyên trách, trưởng thôn, chi hội trưởng các đoàn thể.")
	d.para("Đồng chí Huỳnh Văn Nam, Bí thư Đảng ủy xã chủ trì và trực tiếp truyền đạt Nghị quyết số 27-NQ/TW, Nghị quyết số 28-NQ/TW; đồng chí Đặng Thị Kim Thoa, Phó Bí thư Thường trực Đảng ủy truyền đạt Nghị quyết số 29-NQ/TW.")
	d.para(assessGood[2])
	d.para(assessWeak[1])
	d.para("Ngày 28/12/2022 Đảng ủy ban hành Kế hoạch thực hiện, số 71-KH/ĐU, giao các chi bộ cụ thể hóa thành kế hoạch của chi bộ trong tháng 01/2023.")
	d.Recipients = nn("- Ban Thường vụ Thành ủy (b/c);", "- Ban Tuyên giáo Thành ủy;", "- Lưu VP.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Huỳnh Văn Nam"}
	chair := pp("Huỳnh Văn Nam", "Bí thư Đảng ủy xã")
	_, err := loOut(d, "bao-cao-dang-uy-xa-tam-thang.pdf",
		"narrative PDF (LibreOffice), commune committee in Quảng Nam reporting for its Đảng bộ, TW6; location inside the date sentence, party-wide present/total with cell count and absentees, plan date written before its number", Record{
			Unit: "Đảng bộ xã Tam Thăng", ParentUnit: "Thành ủy Tam Kỳ", DocNumber: "30-BC/ĐU", ReportDate: "2023-01-05",
			ConferenceDate: "2022-12-22", Location: "Hội trường Đảng ủy - HĐND - UBND xã Tam Thăng",
			Chair: chair, Reporters: []Person{*chair, {"Đặng Thị Kim Thoa", "Phó Bí thư Thường trực Đảng ủy"}},
			Attendance:    att(301, 318, 42),
			ActionProgram: &Action{Issued: true, Number: "71-KH/ĐU", Date: "2022-12-28"},
			Signer:        pp("Huỳnh Văn Nam", "Bí thư"),
		})
	return err
}

// Đà Nẵng, agency cell, XIII; report date broken over two lines, full attendance.
func oHaiChau() error {
	d := partyHead("Đảng bộ Cơ quan Chính quyền quận Hải Châu", "Chi bộ Phòng Tài chính - Kế hoạch", "04-BC/CB", "Hải Châu, ngày 20 tháng 5\nnăm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"}
	d.para("Thực hiện Kế hoạch số 08-KH/ĐU ngày 01-4-2021 của Đảng ủy Cơ quan Chính quyền quận Hải Châu, ngày 14-5-2021 Chi bộ Phòng Tài chính - Kế hoạch tổ chức hội nghị học tập, quán triệt %s tại Phòng họp số 2, Trung tâm Hành chính quận Hải Châu.", nqXIII)
	d.para("Chủ trì hội nghị: Đ/c Trần Thị Thanh Vân, Bí thư Chi bộ, Trưởng phòng. Người trình bày: Đ/c Trần Thị Thanh Vân.")
	d.para("Đảng viên tham dự: 08/08 đồng chí, đạt 100%. Quần chúng: 03 (công chức, nhân viên hợp đồng của Phòng).")
	d.table(ptab([]string{"TT", "Nội dung", "Người trình bày", "Thời gian"}, []float64{7, 63, 30, 14}, [][]string{
		{"1", "Những điểm mới, nội dung cốt lõi của Nghị quyết Đại hội XIII", "Đ/c Trần Thị Thanh Vân", "90 phút"},
		{"2", "Mục tiêu, định hướng phát triển kinh tế - xã hội của thành phố Đà Nẵng giai đoạn 2021 - 2025", "Đ/c Trần Thị Thanh Vân", "60 phút"},
		{"3", "Thảo luận, liên hệ nhiệm vụ tham mưu quản lý tài chính - ngân sách, đầu tư công của quận", "Đ/c Nguyễn Quang Vinh, Phó Bí thư", "30 phút"},
	}))
	d.para("Chi bộ đã ban hành Chương trình hành động số 01-CTr/CB ngày 18-5-2021.")
	d.Recipients = nn("- Đảng ủy Cơ quan CQ quận (b/c);", "- Lưu CB.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Trần Thị Thanh Vân"}
	chair := pp("Trần Thị Thanh Vân", "Bí thư Chi bộ, Trưởng phòng")
	_, err := loOut(d, "bao-cao-chi-bo-phong-tai-chinh-ke-hoach-hai-chau.pdf",
		"narrative PDF (LibreOffice), agency cell in Đà Nẵng, XIII; report date broken over two header lines, conference date and place inside one sentence after a cited plan date, full attendance 08/08, program table in minutes with Đ/c presenters", Record{
			Unit: "Chi bộ Phòng Tài chính - Kế hoạch", ParentUnit: "Đảng bộ Cơ quan Chính quyền quận Hải Châu", DocNumber: "04-BC/CB", ReportDate: "2021-05-20",
			ConferenceDate: "2021-05-14", Location: "Phòng họp số 2, Trung tâm Hành chính quận Hải Châu",
			Chair: chair, Reporters: []Person{{Name: "Trần Thị Thanh Vân"}}, Attendance: att(8, 8, 3),
			Program: []ProgItem{
				{"Những điểm mới, nội dung cốt lõi của Nghị quyết Đại hội XIII", "Trần Thị Thanh Vân", 90},
				{"Mục tiêu, định hướng phát triển kinh tế - xã hội của thành phố Đà Nẵng giai đoạn 2021 - 2025", "Trần Thị Thanh Vân", 60},
				{"Thảo luận, liên hệ nhiệm vụ tham mưu quản lý tài chính - ngân sách, đầu tư công của quận", "Nguyễn Quang Vinh", 30},
			},
			ActionProgram: &Action{Issued: true, Number: "01-CTr/CB", Date: "2021-05-18"},
			Signer:        pp("Trần Thị Thanh Vân", "Bí thư"),
		})
	return err
}
