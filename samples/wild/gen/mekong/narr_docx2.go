package main

// Cần Thơ, ward-area cell, TW6; attendance in a transposed table, total stated apart.
func dKV5HungLoi() error {
	d := partyHead("Đảng bộ phường Hưng Lợi", "Chi bộ khu vực 5", "12-BC/CB", "Hưng Lợi, ngày 09 tháng 01 năm 2023")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII"}
	d.para("Thực hiện Công văn số 118-CV/ĐU ngày 08-12-2022 của Đảng ủy phường Hưng Lợi, Chi bộ khu vực 5 đã tổ chức học tập, quán triệt các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII vào tối ngày 03-01-2023 tại Nhà văn hóa khu vực 5.")
	d.para("Chủ trì: đ/c Dương Văn Út, Bí thư Chi bộ. Báo cáo viên: đ/c Tạ Thị Thanh Xuân, Ủy viên Ban Chấp hành Đảng bộ phường, Chủ tịch Ủy ban MTTQ Việt Nam phường.")
	d.para("Chi bộ hiện có 47 đảng viên, trong đó 06 đồng chí được miễn sinh hoạt theo quy định. Kết quả tham dự như sau:")
	d.table(&Table{Head: []string{"", "Số lượng"}, W: []float64{60, 30}, Align: []string{"L", "C"}, Rows: [][]string{
		{"Đảng viên có mặt", "40"},
		{"Đảng viên vắng có lý do", "07"},
		{"Quần chúng tham dự", "13"},
	}})
	d.para("Nội dung quán triệt: %s; %s; %s.", nq27, nq28, nq29)
	d.para("Đảng viên tích cực thảo luận, đề xuất nhiều ý kiến về thực hiện dân chủ ở cơ sở, cải cách hành chính tại bộ phận một cửa phường. Chi bộ đã ban hành Chương trình hành động số 06-CTr/CB ngày 06-01-2023.")
	d.Recipients = nn("- Đảng ủy phường (b/c);", "- Lưu CB.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Dương Văn Út"}
	_, err := loOut(d, "bao-cao-chi-bo-khu-vuc-5-hung-loi.docx",
		"narrative .docx, ward-area cell in Cần Thơ, TW6 (NQ 27-29); date and place inside the sentence after a cited letter date, total members in prose and present/absent/non-members in a two-column table, reporter from the ward committee", Record{
			Unit: "Chi bộ khu vực 5", ParentUnit: "Đảng bộ phường Hưng Lợi", DocNumber: "12-BC/CB", ReportDate: "2023-01-09",
			ConferenceDate: "2023-01-03", Location: "Nhà văn hóa khu vực 5",
			Chair:         pp("Dương Văn Út", "Bí thư Chi bộ"),
			Reporters:     []Person{{"Tạ Thị Thanh Xuân", "Ủy viên Ban Chấp hành Đảng bộ phường, Chủ tịch Ủy ban MTTQ Việt Nam phường"}},
			Attendance:    att(40, 47, 13),
			ActionProgram: &Action{Issued: true, Number: "06-CTr/CB", Date: "2023-01-06"},
			Signer:        pp("Dương Văn Út", "Bí thư"),
		})
	return err
}

// An Giang, hospital party committee, TW4, hybrid, party-wide totals.
func dBVAnGiang() error {
	d := partyHead("Đảng bộ Sở Y tế An Giang", "Đảng ủy Bệnh viện Đa khoa Trung tâm An Giang", "27-BC/ĐU", "Long Xuyên, ngày 22 tháng 12 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Kết luận Hội nghị Trung ương 4 khóa XIII", "và Quy định số 37-QĐ/TW"}
	d.para("Thực hiện Kế hoạch số 33-KH/ĐU ngày 10-11-2021 của Đảng ủy Sở Y tế về việc học tập, quán triệt %s và %s, Đảng ủy Bệnh viện Đa khoa Trung tâm An Giang báo cáo như sau:", kl21, qd37)
	d.para("Do yêu cầu phòng, chống dịch COVID-19, hội nghị của Đảng bộ Bệnh viện Đa khoa Trung tâm An Giang được tổ chức theo hình thức trực tiếp kết hợp trực tuyến vào ngày 14-12-2021; điểm cầu chính tại Hội trường B, Bệnh viện Đa khoa Trung tâm An Giang, các điểm cầu tại khoa, phòng kết nối qua phần mềm họp trực tuyến.")
	d.para("Đồng chí Lâm Văn Hoàng, Bí thư Đảng ủy, Giám đốc Bệnh viện chủ trì và trực tiếp quán triệt Kết luận số 21-KL/TW. Đồng chí Huỳnh Thị Kim Phượng, Phó Bí thư Đảng ủy, Chủ tịch Công đoàn Bệnh viện quán triệt Quy định số 37-QĐ/TW.")
	d.para("Đảng bộ có 11 chi bộ trực thuộc, tổng số 214 đảng viên; dự hội nghị 197 đảng viên (tại điểm cầu chính 62, tại các điểm cầu khoa, phòng 135); vắng 17 đồng chí do trực chuyên môn và tham gia đội phản ứng nhanh chống dịch.")
	d.para(assessGood[4])
	d.para("Ngày 20-12-2021, Đảng ủy ban hành Kế hoạch số 41-KH/ĐU thực hiện Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW; chỉ đạo các chi bộ đưa nội dung vào sinh hoạt chuyên đề quý I/2022.")
	d.Recipients = nn("- Đảng ủy Sở Y tế (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VP.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Lâm Văn Hoàng"}
	_, err := loOut(d, "bao-cao-dang-uy-benh-vien-da-khoa-trung-tam-an-giang.docx",
		"narrative .docx, hospital party committee reporting for its Đảng bộ in An Giang, TW4; hybrid with main site, party-wide totals with breakdown by site and absentees, plan date before number", Record{
			Unit: "Đảng bộ Bệnh viện Đa khoa Trung tâm An Giang", ParentUnit: "Đảng bộ Sở Y tế An Giang", DocNumber: "27-BC/ĐU", ReportDate: "2021-12-22",
			ConferenceDate: "2021-12-14", Location: "Hội trường B, Bệnh viện Đa khoa Trung tâm An Giang", Form: "hybrid",
			Chair: pp("Lâm Văn Hoàng", "Bí thư Đảng ủy, Giám đốc Bệnh viện"),
			Reporters: []Person{{"Lâm Văn Hoàng", "Bí thư Đảng ủy, Giám đốc Bệnh viện"},
				{"Huỳnh Thị Kim Phượng", "Phó Bí thư Đảng ủy, Chủ tịch Công đoàn Bệnh viện"}},
			Attendance:    att(197, 214, -1),
			ActionProgram: &Action{Issued: true, Number: "41-KH/ĐU", Date: "2021-12-20"},
			Signer:        pp("Lâm Văn Hoàng", "Bí thư"),
		})
	return err
}

// Quảng Nam, village cell, TW5 (NQ 19), two sessions, rate only.
func dThonDaiHiep() error {
	d := partyHead("Đảng bộ xã Đại Hiệp", "Chi bộ thôn Phú Mỹ", "10-BC/CB", "Đại Hiệp, ngày 12 tháng 9 năm 2022")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn"}
	d.para("Thực hiện Kế hoạch số 44-KH/ĐU ngày 25-7-2022 của Ban Thường vụ Đảng ủy xã Đại Hiệp; Chi bộ thôn Phú Mỹ tổ chức hội nghị học tập, quán triệt %s, cùng các nghị quyết khác của Hội nghị Trung ương 5 khóa XIII.", nq19)
	d.para("Hội nghị tổ chức trong 02 buổi: sáng 03/9/2022 và sáng 04/9/2022 tại Nhà sinh hoạt văn hóa thôn Phú Mỹ. Chủ trì: đồng chí Trần Văn Mười, Bí thư Chi bộ, Trưởng thôn.")
	d.para("Báo cáo viên: đồng chí Phạm Ngọc Sơn, Phó Chủ tịch UBND xã (báo cáo viên Đảng ủy).")
	d.para("Số đảng viên tham dự đạt 91,3% tổng số đảng viên của Chi bộ; cùng dự có trên 20 hộ nông dân sản xuất giỏi, thành viên tổ hợp tác trồng rau an toàn.")
	d.table(ptab([]string{"TT", "Nội dung", "Trình bày", "Thời gian"}, []float64{7, 63, 28, 14}, [][]string{
		{"1", "Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn", "đc Phạm Ngọc Sơn", "1,5 giờ"},
		{"2", "Nghị quyết số 20-NQ/TW về kinh tế tập thể; liên hệ mô hình hợp tác xã nông nghiệp Đại Hiệp", "đc Phạm Ngọc Sơn", "1 giờ"},
		{"3", "Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng và đội ngũ đảng viên", "đc Trần Văn Mười", "1 giờ"},
	}))
	d.para("Chi bộ đã xây dựng Chương trình hành động số 05-CTr/CB, ban hành ngày 08/9/2022.")
	d.Recipients = nn("- Đảng ủy xã (b/c);", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Trần Văn Mười"}
	o, err := loOut(d, "bao-cao-chi-bo-thon-phu-my-dai-hiep.docx",
		"narrative .docx, village cell in Quảng Nam, TW5 (NQ 19-21); two morning sessions on two dates, only an attendance rate stated (no counts), vague non-member count, lower-case đc presenters with hours, action program number then date", Record{
			Unit: "Chi bộ thôn Phú Mỹ", ParentUnit: "Đảng bộ xã Đại Hiệp", DocNumber: "10-BC/CB", ReportDate: "2022-09-12",
			ConferenceDate: "2022-09-03", Location: "Nhà sinh hoạt văn hóa thôn Phú Mỹ",
			Chair:      pp("Trần Văn Mười", "Bí thư Chi bộ, Trưởng thôn"),
			Reporters:  []Person{{"Phạm Ngọc Sơn", "Phó Chủ tịch UBND xã"}},
			Attendance: &Attendance{Rate: fp(0.913)},
			Program: []ProgItem{
				{"Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn", "Phạm Ngọc Sơn", 90},
				{"Nghị quyết số 20-NQ/TW về kinh tế tập thể; liên hệ mô hình hợp tác xã nông nghiệp Đại Hiệp", "Phạm Ngọc Sơn", 60},
				{"Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng và đội ngũ đảng viên", "Trần Văn Mười", 60},
			},
			ActionProgram: &Action{Issued: true, Number: "05-CTr/CB", Date: "2022-09-08"},
			Signer:        pp("Trần Văn Mười", "Bí thư"),
		})
	if err == nil {
		ev(o, "conference_date", "sáng 03/9/2022")
	}
	return err
}

// Đà Nẵng, border post committee for its organisation, TW8 (NQ 44).
func dDonSonTra() error {
	d := partyHead("Đảng ủy Bộ đội Biên phòng thành phố Đà Nẵng", "Đảng ủy Đồn Biên phòng Sơn Trà", "06-BC/ĐU", "Sơn Trà, ngày 29 tháng 01 năm 2024")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Nghị quyết số 44-NQ/TW", "về Chiến lược bảo vệ Tổ quốc trong tình hình mới"}
	d.para("Thực hiện Hướng dẫn số 210-HD/ĐU ngày 11-12-2023 của Đảng ủy Bộ đội Biên phòng thành phố về học tập, quán triệt các nghị quyết Hội nghị Trung ương 8 khóa XIII, Đảng ủy Đồn Biên phòng Sơn Trà báo cáo như sau:")
	d.para("Trong hai ngày 23 và 24-01-2024, Đảng bộ Đồn Biên phòng Sơn Trà tổ chức hội nghị học tập, quán triệt %s tại Hội trường Đồn Biên phòng Sơn Trà, hình thức trực tiếp.", nq44)
	d.para("Chủ trì: đồng chí Hồ Quang Minh, Bí thư Đảng ủy, Chính trị viên Đồn. Đồng chí Hồ Quang Minh trực tiếp quán triệt Nghị quyết; đồng chí Nguyễn Tấn Lực, Phó Bí thư Đảng ủy, Đồn trưởng quán triệt nhiệm vụ quản lý, bảo vệ chủ quyền, an ninh biên giới biển của đơn vị.")
	d.para("Đảng bộ Đồn có 04 chi bộ, 38 đảng viên. Có mặt 36 đ/c; vắng 02 đ/c (01 đ/c đi học, 01 đ/c trực tàu tuần tra). Ngoài ra có 22 quân nhân là quần chúng tham dự.")
	d.para("Qua học tập, 100% cán bộ, đảng viên, chiến sĩ nắm vững mục tiêu, quan điểm chỉ đạo của Chiến lược bảo vệ Tổ quốc trong tình hình mới; tư tưởng ổn định, sẵn sàng nhận và hoàn thành tốt nhiệm vụ. Đảng ủy Đồn ban hành Kế hoạch số 15-KH/ĐU ngày 26-01-2024 thực hiện Nghị quyết.")
	d.Recipients = nn("- Đảng ủy BĐBP thành phố (b/c);", "- Lưu VT.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Thượng tá Hồ Quang Minh"}
	o, err := loOut(d, "bao-cao-dang-uy-don-bien-phong-son-tra.docx",
		"narrative .docx, border-post party committee reporting for its Đảng bộ in Đà Nẵng, TW8 (NQ 44); two-day conference written as \"hai ngày 23 và 24-01-2024\", party-wide totals with đ/c abbreviations and reasons, rank in signature", Record{
			Unit: "Đảng bộ Đồn Biên phòng Sơn Trà", ParentUnit: "Đảng ủy Bộ đội Biên phòng thành phố Đà Nẵng", DocNumber: "06-BC/ĐU", ReportDate: "2024-01-29",
			ConferenceDate: "2024-01-23", Location: "Hội trường Đồn Biên phòng Sơn Trà", Form: "in_person",
			Chair:         pp("Hồ Quang Minh", "Bí thư Đảng ủy, Chính trị viên Đồn"),
			Reporters:     []Person{{Name: "Hồ Quang Minh"}, {"Nguyễn Tấn Lực", "Phó Bí thư Đảng ủy, Đồn trưởng"}},
			Attendance:    att(36, 38, 22),
			ActionProgram: &Action{Issued: true, Number: "15-KH/ĐU", Date: "2024-01-26"},
			Signer:        pp("Hồ Quang Minh", "Bí thư"),
		})
	if err == nil {
		ev(o, "conference_date", "hai ngày 23 và 24-01-2024")
	}
	return err
}
