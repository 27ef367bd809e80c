package main

func reportsB2() []NDoc {
	var out []NDoc

	// 13. Đảng ủy xã Thanh Hà (Thanh Liêm, Hà Nam) — TW5, two pages, hours column.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY THANH LIÊM", "ĐẢNG ỦY XÃ THANH HÀ", "Số 87-BC/ĐU", "Thanh Hà, ngày 18 tháng 8 năm 2022")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt và triển khai thực hiện các nghị quyết, kết luận Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Thực hiện Kế hoạch số 215-KH/HU ngày 01/7/2022 của Ban Thường vụ Huyện ủy Thanh Liêm và Hướng dẫn số 44-HD/BTGHU ngày 05/7/2022 của Ban Tuyên giáo Huyện ủy về nghiên cứu, học tập, quán triệt các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII, Ban Thường vụ Đảng ủy xã Thanh Hà báo cáo kết quả như sau:")
		d.b("I. CÔNG TÁC CHUẨN BỊ")
		d.p("Ban Thường vụ Đảng ủy ban hành Kế hoạch số 61-KH/ĐU ngày 12/7/2022; thành lập tổ giúp việc gồm Văn phòng Đảng ủy, Ban Tuyên giáo và Trung tâm Văn hóa - Thể thao xã; chuẩn bị đủ tài liệu cho 100% chi bộ. Hệ thống đài truyền thanh xã phát các tin, bài giới thiệu nội dung cơ bản của các nghị quyết trước hội nghị.")
		d.b("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
		d.p("Ngày 05/8/2022, tại Hội trường UBND xã Thanh Hà, Đảng ủy xã tổ chức hội nghị học tập, quán triệt các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII cho cán bộ, đảng viên toàn Đảng bộ xã Thanh Hà theo hình thức trực tiếp.")
		d.p("Đồng chí Lưu Văn Thành, Bí thư Đảng ủy xã chủ trì hội nghị.")
		d.p("Toàn Đảng bộ có 21 chi bộ trực thuộc với 645 đảng viên. Dự hội nghị có 602 ĐV, đạt 93,33%; 43 ĐV vắng mặt có lý do (chủ yếu là đảng viên tuổi cao, sức yếu, đảng viên đi làm ăn xa), các chi bộ đã tổ chức cho học bù vào buổi sinh hoạt chi bộ tháng 8/2022. Cùng dự hội nghị có 74 quần chúng là cán bộ không chuyên trách, người hoạt động ở thôn chưa là đảng viên.")
		d.p("Chương trình hội nghị như sau:")
		d.add(simpleTable([]float64{7, 53, 26, 14}, "CLLC", []string{"TT", "Nội dung chuyên đề", "Báo cáo viên", "Thời lượng (giờ)"},
			[]string{"1", "Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất", "Đồng chí Lưu Văn Thành, Bí thư Đảng ủy xã", "1,5"},
			[]string{"2", "Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045", "Đồng chí Phan Thị Vân, Phó Bí thư Thường trực Đảng ủy", "1"},
			[]string{"3", "Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới", "Đồng chí Trương Công Định, Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "1"},
			[]string{"4", "Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới", "Đồng chí Lưu Văn Thành, Bí thư Đảng ủy xã", "1,5"},
		))
		d.p("Các báo cáo viên đã truyền đạt ngắn gọn, súc tích, liên hệ thực tiễn của địa phương như: quản lý đất đai ở khu vực khai thác đá, vật liệu xây dựng; chuyển đổi cơ cấu cây trồng vùng bãi; củng cố hoạt động của 02 hợp tác xã dịch vụ nông nghiệp; nâng cao chất lượng sinh hoạt chi bộ thôn. Hội nghị nghiêm túc, đảm bảo thời gian và chất lượng.")
		d.b("III. XÂY DỰNG CHƯƠNG TRÌNH HÀNH ĐỘNG")
		d.p("Ban Chấp hành Đảng bộ xã đã thảo luận, thông qua và ban hành Chương trình hành động số 19-CTr/ĐU ngày 15/8/2022 thực hiện các nghị quyết Hội nghị Trung ương 5 khóa XIII. Chỉ đạo 21/21 chi bộ xây dựng kế hoạch thực hiện phù hợp với đặc điểm từng thôn, cơ quan, đơn vị, hoàn thành trước ngày 30/9/2022.")
		d.b("IV. ĐÁNH GIÁ CHUNG")
		d.p("Việc học tập, quán triệt các nghị quyết được triển khai nghiêm túc, đúng tiến độ; tỷ lệ đảng viên tham dự cao. Tuy nhiên, việc thảo luận tại hội nghị còn ít; một số chi bộ chưa chủ động tổ chức học bù cho đảng viên vắng mặt.")
		d.b("V. ĐỀ XUẤT, KIẾN NGHỊ")
		d.p("Đề nghị Ban Tuyên giáo Huyện ủy tiếp tục cung cấp tài liệu tuyên truyền, hỏi - đáp về Nghị quyết số 18-NQ/TW để phục vụ tuyên truyền sâu rộng trong nhân dân, nhất là trong giai đoạn sửa đổi Luật Đất đai.")
		d.p("Trên đây là báo cáo của Ban Thường vụ Đảng ủy xã Thanh Hà./.")
		d.add(sign([]string{"- Ban Thường vụ Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VPĐU."}, signer([]string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}, "Phan Thị Vân")...))
		out = append(out, NDoc{Name: "bc-dang-uy-xa-thanh-ha-thanh-liem-tw5", Via: "lo-pdf", Doc: d,
			Readme: "narrative PDF (LibreOffice), two pages, Hà Nam commune committee reporting for its Đảng bộ, TW5 (NQ 18–21); place inside the date sentence, ĐV with rate, hours column with decimal comma, presenter titles inside cells, signed by the deputy",
			Recs: []Record{{
				Unit: "Đảng bộ xã Thanh Hà", ParentUnit: "Huyện ủy Thanh Liêm", DocNumber: "87-BC/ĐU",
				ReportDate: "2022-08-18", ConferenceDate: "2022-08-05", Location: "Hội trường UBND xã Thanh Hà", Form: "in_person",
				Chair: per("Lưu Văn Thành", "Bí thư Đảng ủy xã"),
				Reporters: []Person{{"Lưu Văn Thành", "Bí thư Đảng ủy xã"}, {"Phan Thị Vân", "Phó Bí thư Thường trực Đảng ủy"},
					{"Trương Công Định", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã"}},
				Attendance: att(602, 645, 74),
				Program: []Item{{"Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất", "Lưu Văn Thành", 90},
					{"Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045", "Phan Thị Vân", 60},
					{"Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới", "Trương Công Định", 60},
					{"Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới", "Lưu Văn Thành", 90}},
				ActionProgram: &Action{Issued: true, Number: "19-CTr/ĐU", Date: "2022-08-15"},
				Signer:        per("Phan Thị Vân", "Phó Bí thư"),
			}}})
	}

	// 14. Chi bộ thôn Yến Vĩ, xã Hương Sơn (Mỹ Đức) — TW6, only absentees, action program date before number.
	{
		d := &Doc{Font: "dejavu", Size: 12.5}
		partyHeader(d, "ĐẢNG BỘ XÃ HƯƠNG SƠN", "CHI BỘ THÔN YẾN VĨ", "Số 03-BC/CB", "Hương Sơn, ngày 24 tháng 02 năm 2023")
		title(d, "BÁO CÁO", "Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII")
		d.p("Căn cứ Kế hoạch số 89-KH/HU ngày 05-12-2022 của Ban Thường vụ Huyện ủy Mỹ Đức; Hướng dẫn số 07-HD/ĐU ngày 20-12-2022 của Đảng ủy xã Hương Sơn về việc tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII đến chi bộ và đảng viên; do thời điểm cuối năm và mùa lễ hội chùa Hương, Chi bộ đề nghị và được Đảng ủy xã đồng ý lùi thời gian tổ chức hội nghị.")
		d.p("Ngày 16-02-2023, Chi bộ thôn Yến Vĩ đã tổ chức hội nghị tại Hội trường nhà văn hóa thôn Yến Vĩ. Đồng chí Bùi Thị Huệ, Bí thư Chi bộ chủ trì hội nghị và trực tiếp quán triệt các nghị quyết.")
		d.p("Chi bộ có 63 đảng viên. Vắng mặt 07 đồng chí, gồm: 03 đ/c ốm, 02 đ/c đi công tác, 02 đ/c tuổi cao không đi lại được. Hội nghị mời 15 đồng chí trưởng các đoàn thể, tổ trưởng tổ đò, tổ dịch vụ tham dự.")
		d.p("Chương trình hội nghị:")
		d.add(simpleTable([]float64{10, 50, 24, 16}, "CLLC", []string{"Thứ tự", "Nội dung", "Người trình bày", "Thời gian"},
			[]string{"1", "Quán triệt Nghị quyết số 27-NQ/TW về xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam", "Đ/c Bùi Thị Huệ", "60 phút"},
			[]string{"2", "Quán triệt Nghị quyết số 28-NQ/TW và Nghị quyết số 29-NQ/TW", "Đ/c Bùi Thị Huệ", "60 phút"},
			[]string{"3", "Liên hệ công tác bảo đảm an ninh, trật tự, văn minh du lịch mùa lễ hội", "Đ/c Đinh Văn Hòa", "30 phút"},
		))
		d.p("Chương trình hành động ngày 20-02-2023, số 08-CTr/CB của Chi bộ thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XIII đã được ban hành và gửi tới từng đảng viên.")
		d.p("Đánh giá: Hội nghị bảo đảm nội dung, nghiêm túc. Đề nghị Đảng ủy xã tiếp tục tổ chức học tập theo cụm thôn để đảng viên thuận tiện tham gia.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Bùi Thị Huệ")...))
		out = append(out, NDoc{Name: "bc-chi-bo-thon-yen-vi-huong-son-tw6", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), village cell in Mỹ Đức, TW6; only absentees with reasons (present derived), cited KH/HD dates with hyphens, action program date written before its number",
			Ev:     []Evidence{{"members_present": {"63 đảng viên", "Vắng mặt 07 đồng chí"}}},
			Recs: []Record{{
				Unit: "Chi bộ thôn Yến Vĩ", ParentUnit: "Đảng bộ xã Hương Sơn", DocNumber: "03-BC/CB",
				ReportDate: "2023-02-24", ConferenceDate: "2023-02-16", Location: "Hội trường nhà văn hóa thôn Yến Vĩ",
				Chair:      per("Bùi Thị Huệ", "Bí thư Chi bộ"),
				Reporters:  ppl("Bùi Thị Huệ", "Bí thư Chi bộ"),
				Attendance: att(56, 63, 15),
				Program: []Item{{"Quán triệt Nghị quyết số 27-NQ/TW về xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam", "Bùi Thị Huệ", 60},
					{"Quán triệt Nghị quyết số 28-NQ/TW và Nghị quyết số 29-NQ/TW", "Bùi Thị Huệ", 60},
					{"Liên hệ công tác bảo đảm an ninh, trật tự, văn minh du lịch mùa lễ hội", "Đinh Văn Hòa", 30}},
				ActionProgram: &Action{Issued: true, Number: "08-CTr/CB", Date: "2023-02-20"},
				Signer:        per("Bùi Thị Huệ", "Bí thư"),
			}}})
	}

	// 15. Chi bộ thôn Giang Cao, xã Bát Tràng (Gia Lâm) — docx, attendance table.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ BÁT TRÀNG", "CHI BỘ THÔN GIANG CAO", "Số 09-BC/CB", "Bát Tràng, ngày 30 tháng 4 năm 2021")
		title(d, "BÁO CÁO", "Kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng")
		d.p("Thực hiện Kế hoạch số 36-KH/ĐU ngày 29/3/2021 của Đảng ủy xã Bát Tràng, Chi bộ thôn Giang Cao đã tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng vào tối ngày 22/4/2021 tại Nhà văn hóa thôn Giang Cao, theo hình thức trực tiếp.")
		d.p("Chủ trì hội nghị: đồng chí Lê Văn Tiến, Bí thư Chi bộ. Báo cáo viên: đồng chí Lê Văn Tiến, Bí thư Chi bộ.")
		d.p("Tình hình đảng viên tham dự hội nghị:")
		d.add(Table{W: []float64{40, 15, 45}, Align: "LCL", HeadRows: 1,
			Head: []HCell{{R: 0, C: 0, Text: "Nội dung"}, {R: 0, C: 1, Text: "Số người"}, {R: 0, C: 2, Text: "Ghi chú"}},
			Rows: [][]string{
				{"Tổng số đảng viên", "58", ""},
				{"Có mặt", "52", ""},
				{"Vắng có lý do", "5", "Ốm: 2; đi công tác: 2; tuổi cao: 1"},
				{"Vắng không lý do", "1", ""},
				{"Quần chúng dự", "17", "Trưởng các chi hội, tổ nghề gốm"},
			}})
		d.p("Nội dung hội nghị: quán triệt những nội dung cơ bản, cốt lõi, điểm mới của Văn kiện Đại hội XIII (120 phút); thảo luận về phát triển làng nghề gốm sứ gắn với du lịch (30 phút).")
		d.p("Chi bộ đã ban hành Chương trình hành động số 04-CTr/CB ngày 28/4/2021 thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.")
		d.p("Chi bộ nghiêm khắc phê bình 01 đảng viên vắng không có lý do và yêu cầu học bù.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Lê Văn Tiến")...))
		out = append(out, NDoc{Name: "bc-chi-bo-thon-giang-cao-bat-trang", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, village cell in Gia Lâm, Đại hội XIII; attendance as a label/number table (total, có mặt, vắng có/không lý do, quần chúng), program as prose with minutes",
			Recs: []Record{{
				Unit: "Chi bộ thôn Giang Cao", ParentUnit: "Đảng bộ xã Bát Tràng", DocNumber: "09-BC/CB",
				ReportDate: "2021-04-30", ConferenceDate: "2021-04-22", Location: "Nhà văn hóa thôn Giang Cao", Form: "in_person",
				Chair:      per("Lê Văn Tiến", "Bí thư Chi bộ"),
				Reporters:  ppl("Lê Văn Tiến", "Bí thư Chi bộ"),
				Attendance: att(52, 58, 17),
				Program: []Item{{"quán triệt những nội dung cơ bản, cốt lõi, điểm mới của Văn kiện Đại hội XIII", "", 120},
					{"thảo luận về phát triển làng nghề gốm sứ gắn với du lịch", "", 30}},
				ActionProgram: &Action{Issued: true, Number: "04-CTr/CB", Date: "2021-04-28"},
				Signer:        per("Lê Văn Tiến", "Bí thư"),
			}}})
	}
	out = append(out, reportsB3()...)
	return out
}
