package main

func ptab(head []string, w []float64, rows [][]string) *Table {
	al := make([]string, len(head))
	for i := range al {
		al[i] = "L"
	}
	al[0] = "C"
	al[len(al)-1] = "C"
	return &Table{Head: head, Rows: rows, W: w, Align: al}
}

func narrFpdf() error {
	for _, f := range []func() error{nThoiAn3, nAnHoa, nMoO, nChauLong3, nCapNuocBT, nTDP41, nBVMienNui, nNhonBinh} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// Cần Thơ, hamlet cell, XIII; conference date broken over two lines.
func nThoiAn3() error {
	d := partyHead("Đảng bộ xã Thới Thạnh", "Chi bộ ấp Thới An 3", "07-BC/CB", "Thới Thạnh, ngày 26 tháng 4 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả tổ chức hội nghị học tập, quán triệt và triển khai thực hiện", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}
	d.para("Thực hiện Kế hoạch số 21-KH/ĐU ngày 23-3-2021 của Đảng ủy xã Thới Thạnh về tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện %s; Chi bộ ấp Thới An 3 báo cáo kết quả tổ chức hội nghị như sau:", nqXIII)
	d.head("1. Thời gian, địa điểm, thành phần")
	d.para("Vào lúc 7 giờ 30 phút, ngày 18 tháng 4\nnăm 2021, Chi bộ ấp Thới An 3 tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại Văn phòng ấp Thới An 3, theo hình thức trực tiếp.")
	d.para("Đồng chí Lê Văn Tám, Bí thư Chi bộ, Trưởng ấp chủ trì hội nghị và trực tiếp làm báo cáo viên.")
	d.para("Tổng số đảng viên của Chi bộ: 25 đồng chí; có mặt: 23 đồng chí, đạt 92%; vắng: 02 đồng chí (có lý do). Ngoài ra, hội nghị còn có 14 quần chúng là tổ trưởng tổ nhân dân tự quản, chi hội trưởng các đoàn thể ấp tham dự.")
	d.head("2. Nội dung, chương trình hội nghị")
	d.table(ptab([]string{"TT", "Nội dung", "Người trình bày", "Thời gian"}, []float64{8, 62, 30, 16}, [][]string{
		{"1", "Những nội dung cơ bản, cốt lõi của Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XII tại Đại hội XIII của Đảng", "Đ/c Lê Văn Tám", "90 phút"},
		{"2", "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030 và phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025", "Đ/c Lê Văn Tám", "60 phút"},
		{"3", "Thảo luận, liên hệ thực tiễn của ấp; góp ý dự thảo Chương trình hành động của Chi bộ", "Đ/c Trần Thị Mỹ Linh, Phó Bí thư Chi bộ", "45 phút"},
	}))
	d.head("3. Đánh giá chung")
	d.para(assessGood[0])
	d.para(assessWeak[1])
	d.head("4. Việc xây dựng chương trình hành động")
	d.para("Trên cơ sở ý kiến thảo luận của đảng viên, Chi bộ đã xây dựng và ban hành Chương trình hành động số 05-CTr/CB ngày 24-4-2021 thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ thành phố và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025, gắn với nhiệm vụ phát triển kinh tế - xã hội, xây dựng ấp văn hóa, nông thôn mới kiểu mẫu.")
	d.para("Trên đây là báo cáo kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng của Chi bộ ấp Thới An 3./.")
	d.Recipients = nn("- Đảng ủy xã (b/c);", "- Lưu Chi bộ.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Lê Văn Tám"}
	chair := pp("Lê Văn Tám", "Bí thư Chi bộ, Trưởng ấp")
	_, err := pdfOut(d, "bao-cao-chi-bo-ap-thoi-an-3.pdf",
		"narrative PDF (fpdf), party layout, hamlet cell in Cần Thơ, XIII; conference date broken over two lines, cited plan date, program table in minutes with wrapping cells and Đ/c presenters, absentees with reason", Record{
			Unit: "Chi bộ ấp Thới An 3", ParentUnit: "Đảng bộ xã Thới Thạnh", DocNumber: "07-BC/CB", ReportDate: "2021-04-26",
			ConferenceDate: "2021-04-18", Location: "Văn phòng ấp Thới An 3", Form: "in_person",
			Chair: chair, Reporters: []Person{*chair}, Attendance: att(23, 25, 14),
			Program: []ProgItem{
				{"Những nội dung cơ bản, cốt lõi của Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XII tại Đại hội XIII của Đảng", "Lê Văn Tám", 90},
				{"Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030 và phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025", "Lê Văn Tám", 60},
				{"Thảo luận, liên hệ thực tiễn của ấp; góp ý dự thảo Chương trình hành động của Chi bộ", "Trần Thị Mỹ Linh", 45},
			},
			ActionProgram: &Action{Issued: true, Number: "05-CTr/CB", Date: "2021-04-24"},
			Signer:        pp("Lê Văn Tám", "Bí thư"),
		})
	return err
}

// Cần Thơ, ward committee reporting for its organisation, two days, hybrid, two pages.
func nAnHoa() error {
	d := partyHead("Quận ủy Ninh Kiều", "Đảng ủy phường An Hòa", "46-BC/ĐU", "An Hòa, ngày 10 tháng 5 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"kết quả nghiên cứu, học tập, quán triệt, triển khai thực hiện", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}
	d.para("Thực hiện %s; Kế hoạch số 35-KH/QU ngày 19-3-2021 của Ban Thường vụ Quận ủy Ninh Kiều và Hướng dẫn số 02-HD/BTGQU ngày 22-3-2021 của Ban Tuyên giáo Quận ủy, Ban Thường vụ Đảng ủy phường An Hòa đã ban hành Kế hoạch số 19-KH/ĐU ngày 29-3-2021 tổ chức học tập, quán triệt cho cán bộ, đảng viên trong toàn Đảng bộ phường An Hòa. Đảng ủy phường báo cáo kết quả như sau:", ct01)
	d.head("I. CÔNG TÁC CHUẨN BỊ")
	d.para("Ban Thường vụ Đảng ủy phân công các đồng chí trong Ban Thường vụ phụ trách từng chuyên đề; chỉ đạo Ủy ban nhân dân phường bố trí kinh phí, hội trường, trang thiết bị kết nối trực tuyến đến các chi bộ khu vực; chuẩn bị đầy đủ tài liệu \"Những nội dung cơ bản và mới trong các văn kiện Đại hội XIII của Đảng\" cấp phát đến từng chi bộ trước ngày khai mạc hội nghị 05 ngày.")
	d.head("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
	d.para("1. Thời gian, hình thức: hội nghị được tổ chức trong 02 ngày (ngày 05 và 06-5-2021) theo hình thức trực tiếp kết hợp trực tuyến, với điểm cầu chính tại Hội trường Ủy ban nhân dân phường An Hòa và 17 điểm cầu tại các chi bộ trực thuộc.")
	d.para("2. Chủ trì hội nghị: đồng chí Nguyễn Thanh Phong, Bí thư Đảng ủy phường.")
	d.para("3. Báo cáo viên: đồng chí Nguyễn Thanh Phong, Bí thư Đảng ủy phường; đồng chí Huỳnh Thị Ngọc Trâm, Phó Bí thư Thường trực Đảng ủy phường; đồng chí Võ Minh Khang, Ủy viên Ban Thường vụ, Chủ tịch UBND phường.")
	d.para("4. Thành phần, số lượng: Đảng bộ phường hiện có 17 chi bộ trực thuộc (11 chi bộ khu vực, 06 chi bộ cơ quan, trường học) với 412 đảng viên. Tham dự hội nghị có 17/17 chi bộ, 389/412 đảng viên, đạt 94,42%; số đảng viên vắng 23 đồng chí, chủ yếu là đảng viên cao tuổi được miễn sinh hoạt, đảng viên ốm đau và đi công tác. Ngoài ra, có 96 quần chúng ưu tú, cán bộ, công chức, người hoạt động không chuyên trách và trưởng các đoàn thể khu vực dự hội nghị.")
	d.para("5. Nội dung, chương trình:")
	d.table(ptab([]string{"STT", "Chuyên đề", "Báo cáo viên", "Thời lượng"}, []float64{8, 60, 34, 16}, [][]string{
		{"1", "Những điểm mới, nội dung cốt lõi trong các văn kiện Đại hội XIII của Đảng", "đ/c Nguyễn Thanh Phong", "2 giờ"},
		{"2", "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030; phương hướng, nhiệm vụ 5 năm 2021 - 2025", "đ/c Võ Minh Khang", "1,5 giờ"},
		{"3", "Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ khóa XII", "đ/c Huỳnh Thị Ngọc Trâm", "1,5 giờ"},
		{"4", "Tổng kết một số vấn đề lý luận và thực tiễn về công cuộc đổi mới theo định hướng xã hội chủ nghĩa trong 35 năm ở Việt Nam", "đ/c Nguyễn Thanh Phong", "1 giờ"},
		{"5", "Thảo luận tổ tại các điểm cầu, tổng hợp ý kiến và bế mạc hội nghị", "đ/c Huỳnh Thị Ngọc Trâm", "0,5 giờ"},
	}))
	d.para("Trong ngày thứ hai, sau phần báo cáo chuyên đề, các điểm cầu thảo luận tổ, tập trung vào các giải pháp phát triển kinh tế đô thị, chỉnh trang đô thị, bảo đảm an ninh trật tự trên địa bàn phường và nâng cao chất lượng sinh hoạt chi bộ khu vực.")
	d.head("III. ĐÁNH GIÁ CHUNG")
	d.para("1. Ưu điểm: %s %s", assessGood[1], assessGood[2])
	d.para("2. Hạn chế: %s", assessWeak[2])
	d.head("IV. XÂY DỰNG CHƯƠNG TRÌNH HÀNH ĐỘNG")
	d.para("Ngày 08-5-2021, Ban Chấp hành Đảng bộ phường đã ban hành Chương trình hành động (số 14-CTr/ĐU) thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ thành phố Cần Thơ lần thứ XIV và Nghị quyết Đại hội Đảng bộ quận Ninh Kiều lần thứ XII; chỉ đạo các chi bộ xây dựng kế hoạch thực hiện phù hợp với đặc điểm của từng khu vực, cơ quan.")
	d.head("V. NHIỆM VỤ THỜI GIAN TỚI VÀ KIẾN NGHỊ")
	for _, s := range nextTasks[:3] {
		d.line("- " + s)
	}
	d.Recipients = nn("- Ban Thường vụ Quận ủy (b/c);", "- Ban Tuyên giáo Quận ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Nguyễn Thanh Phong"}
	o, err := pdfOut(d, "bao-cao-dang-uy-phuong-an-hoa.pdf",
		"two-page narrative PDF (fpdf), ward committee (Đảng ủy) reporting for its Đảng bộ in Cần Thơ, XIII; two-day hybrid conference with main site, party-wide totals (cells and members), several cited plan/guidance dates, program in hours with decimal comma, action program date written before its number", Record{
			Unit: "Đảng bộ phường An Hòa", ParentUnit: "Quận ủy Ninh Kiều", DocNumber: "46-BC/ĐU", ReportDate: "2021-05-10",
			ConferenceDate: "2021-05-05", Location: "Hội trường Ủy ban nhân dân phường An Hòa", Form: "hybrid",
			Chair: pp("Nguyễn Thanh Phong", "Bí thư Đảng ủy phường"),
			Reporters: []Person{{"Nguyễn Thanh Phong", "Bí thư Đảng ủy phường"}, {"Huỳnh Thị Ngọc Trâm", "Phó Bí thư Thường trực Đảng ủy phường"},
				{"Võ Minh Khang", "Ủy viên Ban Thường vụ, Chủ tịch UBND phường"}},
			Attendance: att(389, 412, 96),
			Program: []ProgItem{
				{"Những điểm mới, nội dung cốt lõi trong các văn kiện Đại hội XIII của Đảng", "Nguyễn Thanh Phong", 120},
				{"Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030; phương hướng, nhiệm vụ 5 năm 2021 - 2025", "Võ Minh Khang", 90},
				{"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ khóa XII", "Huỳnh Thị Ngọc Trâm", 90},
				{"Tổng kết một số vấn đề lý luận và thực tiễn về công cuộc đổi mới theo định hướng xã hội chủ nghĩa trong 35 năm ở Việt Nam", "Nguyễn Thanh Phong", 60},
				{"Thảo luận tổ tại các điểm cầu, tổng hợp ý kiến và bế mạc hội nghị", "Huỳnh Thị Ngọc Trâm", 30},
			},
			ActionProgram: &Action{Issued: true, Number: "14-CTr/ĐU", Date: "2021-05-08"},
			Signer:        pp("Nguyễn Thanh Phong", "Bí thư"),
		})
	if err == nil {
		ev(o, "conference_date", "ngày 05 và 06-5-2021")
	}
	return err
}

// Sóc Trăng, border-guard control station cell, TW4; attendance in a transposed table.
func nMoO() error {
	d := partyHead("Đảng bộ Đồn Biên phòng Trung Bình", "Chi bộ Trạm Kiểm soát Biên phòng Mỏ Ó", "32-BC/CB", "Trần Đề, ngày 20 tháng 12 năm 2021")
	d.Condensed = true
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW", "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"}
	d.para("Căn cứ Hướng dẫn số 145-HD/ĐU ngày 09-11-2021 của Đảng ủy Bộ đội Biên phòng tỉnh Sóc Trăng và Kế hoạch số 88-KH/ĐU ngày 22-11-2021 của Đảng ủy Đồn Biên phòng Trung Bình về việc học tập, quán triệt, triển khai thực hiện %s và %s, Chi bộ Trạm Kiểm soát Biên phòng Mỏ Ó báo cáo kết quả như sau:", kl21, qd37)
	d.head("1. Thời gian, địa điểm")
	d.para("Sáng ngày 14-12-2021, tại Hội trường Trạm Kiểm soát Biên phòng Mỏ Ó. Do yêu cầu nhiệm vụ tuần tra, kiểm soát, hội nghị được bố trí vào thời điểm không trùng ca trực, bảo đảm quân số cao nhất.")
	d.head("2. Chủ trì, báo cáo viên")
	d.para("Đồng chí Trần Quốc Việt - Bí thư Chi bộ, Trạm trưởng chủ trì hội nghị, đồng thời là người trực tiếp quán triệt các nội dung. Đồng chí Thạch Ngọc Sơn - Phó Bí thư Chi bộ hướng dẫn đảng viên liên hệ, xây dựng kế hoạch tự tu dưỡng, rèn luyện.")
	d.head("3. Quân số tham dự")
	d.table(&Table{Head: []string{"Nội dung", "Số lượng", "Ghi chú"}, W: []float64{50, 18, 40}, Align: []string{"L", "C", "L"}, Rows: [][]string{
		{"Tổng số đảng viên trong chi bộ", "11", ""},
		{"Đảng viên có mặt", "10", ""},
		{"Đảng viên vắng", "01", "Đi công tác tuần tra khu vực cửa sông"},
		{"Quần chúng dự", "06", "Quân nhân chuyên nghiệp, chiến sĩ"},
	}})
	d.head("4. Nội dung quán triệt")
	d.table(ptab([]string{"TT", "Nội dung", "Người quán triệt", "Thời lượng (giờ)"}, []float64{7, 58, 30, 18}, [][]string{
		{"1", "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Đc Trần Quốc Việt", "2"},
		{"2", "Quy định số 37-QĐ/TW về những điều đảng viên không được làm", "Đc Trần Quốc Việt", "1,5"},
		{"3", "Liên hệ, xây dựng kế hoạch tu dưỡng, rèn luyện của đảng viên", "Đc Thạch Ngọc Sơn", "0,5"},
	}))
	d.head("5. Đánh giá")
	d.para("Đảng viên trong Chi bộ nghiêm túc nghiên cứu, nắm vững những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống và 19 điều đảng viên không được làm; không có biểu hiện tư tưởng lệch lạc. 100% đảng viên dự hội nghị đã viết bài thu hoạch và xây dựng kế hoạch tu dưỡng, rèn luyện năm 2022.")
	d.para("Chi bộ đã xây dựng Kế hoạch số 09-KH/CB ngày 16-12-2021 thực hiện Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW gắn với nhiệm vụ quản lý, bảo vệ chủ quyền, an ninh biên giới biển và phòng, chống buôn lậu, gian lận thương mại trên địa bàn.")
	d.Recipients = nn("- Đảng ủy Đồn (b/c);", "- Lưu CB.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Thiếu tá Trần Quốc Việt"}
	chair := pp("Trần Quốc Việt", "Bí thư Chi bộ, Trạm trưởng")
	_, err := pdfOut(d, "bao-cao-chi-bo-tram-bien-phong-mo-o.pdf",
		"narrative PDF (fpdf, condensed font), border-guard station cell in Sóc Trăng, TW4 (KL 21, QĐ 37); several cited guidance/plan dates, attendance in a transposed table with absentee reason, program in hours column with Đc presenters, plan (KH) as action program, military rank in signature", Record{
			Unit: "Chi bộ Trạm Kiểm soát Biên phòng Mỏ Ó", ParentUnit: "Đảng bộ Đồn Biên phòng Trung Bình", DocNumber: "32-BC/CB", ReportDate: "2021-12-20",
			ConferenceDate: "2021-12-14", Location: "Hội trường Trạm Kiểm soát Biên phòng Mỏ Ó",
			Chair: chair, Reporters: []Person{*chair}, Attendance: att(10, 11, 6),
			Program: []ProgItem{
				{"Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Trần Quốc Việt", 120},
				{"Quy định số 37-QĐ/TW về những điều đảng viên không được làm", "Trần Quốc Việt", 90},
				{"Liên hệ, xây dựng kế hoạch tu dưỡng, rèn luyện của đảng viên", "Thạch Ngọc Sơn", 30},
			},
			ActionProgram: &Action{Issued: true, Number: "09-KH/CB", Date: "2021-12-16"},
			Signer:        pp("Trần Quốc Việt", "Bí thư"),
		})
	return err
}

// An Giang, town quarter cell, TW5, two evenings, only absentees, plan not yet issued.
func nChauLong3() error {
	d := partyHead("Đảng bộ phường Châu Phú A", "Chi bộ khóm Châu Long 3", "11-BC/CB", "Châu Phú A, ngày 29 tháng 8 năm 2022")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Về việc tổ chức học tập, quán triệt các nghị quyết", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"}
	d.para("Thực hiện Kế hoạch số 64-KH/ĐU ngày 18-7-2022 của Ban Thường vụ Đảng ủy phường Châu Phú A về học tập, quán triệt và triển khai thực hiện các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII, Chi bộ khóm Châu Long 3 đã tổ chức hội nghị cho đảng viên trong Chi bộ. Kết quả cụ thể như sau:")
	d.para("Hội nghị diễn ra trong hai buổi tối, ngày 22 và ngày 23 tháng 8 năm 2022, tại Nhà Văn hóa khóm Châu Long 3, do đồng chí Phạm Văn Lợi, Bí thư Chi bộ chủ trì.")
	d.para("Chi bộ hiện có 34 đảng viên. Vắng 03 đồng chí: 01 đồng chí ốm điều trị tại bệnh viện, 02 đồng chí đi làm ăn xa có báo cáo Chi bộ. Cùng dự hội nghị có 09 quần chúng là cảm tình đảng, trưởng các đoàn thể khóm.")
	d.para("Các nội dung được truyền đạt tại hội nghị:")
	d.line("- " + nq21 + ": đ/c Phạm Văn Lợi, Bí thư Chi bộ trình bày (120 phút);")
	d.line("- " + nq19 + ": đ/c Nguyễn Thị Kim Cúc, Phó Bí thư Chi bộ, Trưởng khóm trình bày (90 phút);")
	d.line("- Nội dung cơ bản của Nghị quyết số 18-NQ/TW và Nghị quyết số 20-NQ/TW: đ/c Phạm Văn Lợi trình bày (60 phút).")
	d.para(assessGood[4])
	d.para(assessWeak[0])
	d.para("Về xây dựng kế hoạch thực hiện: đến nay Chi bộ đang dự thảo Kế hoạch thực hiện các nghị quyết, dự kiến thông qua tại kỳ sinh hoạt Chi bộ tháng 9/2022; Chi bộ chưa ban hành kế hoạch.")
	d.para("Chi bộ khóm Châu Long 3 kính báo cáo Đảng ủy phường./.")
	d.Recipients = nn("- Đảng ủy phường (b/c);", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Nguyễn Thị Kim Cúc"}
	o, err := pdfOut(d, "bao-cao-chi-bo-khom-chau-long-3.pdf",
		"narrative PDF (fpdf), town-quarter cell in An Giang, TW5 (NQ 18-21); conference over two evenings, total and absentees only (present derived), program as a dash list with minutes and đ/c, plan not yet issued, signed by the deputy", Record{
			Unit: "Chi bộ khóm Châu Long 3", ParentUnit: "Đảng bộ phường Châu Phú A", DocNumber: "11-BC/CB", ReportDate: "2022-08-29",
			ConferenceDate: "2022-08-22", Location: "Nhà Văn hóa khóm Châu Long 3",
			Chair:      pp("Phạm Văn Lợi", "Bí thư Chi bộ"),
			Reporters:  []Person{{"Phạm Văn Lợi", "Bí thư Chi bộ"}, {"Nguyễn Thị Kim Cúc", "Phó Bí thư Chi bộ, Trưởng khóm"}},
			Attendance: att(31, 34, 9),
			Program: []ProgItem{
				{nq21, "Phạm Văn Lợi", 120},
				{nq19, "Nguyễn Thị Kim Cúc", 90},
				{"Nội dung cơ bản của Nghị quyết số 18-NQ/TW và Nghị quyết số 20-NQ/TW", "Phạm Văn Lợi", 60},
			},
			ActionProgram: &Action{Issued: false},
			Signer:        pp("Nguyễn Thị Kim Cúc", "Phó Bí thư"),
		})
	if err == nil {
		ev(o, "conference_date", "ngày 22 và ngày 23 tháng 8 năm 2022")
		skip(o, "members_present")
	}
	return err
}
