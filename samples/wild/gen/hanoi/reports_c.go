package main

func reportsC() []NDoc {
	var out []NDoc

	// 19. Chi bộ Phòng Tài chính - Kế hoạch huyện Xuân Trường (Nam Định) — TW5, docx.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.52}
		partyHeader(d, "ĐẢNG BỘ CƠ QUAN UBND HUYỆN XUÂN TRƯỜNG", "CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Số 07-BC/CB", "Xuân Trường, ngày 16 tháng 8 năm 2022")
		title(d, "BÁO CÁO", "Kết quả nghiên cứu, học tập các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII")
		d.p("Thực hiện Hướng dẫn số 12-HD/ĐUCQ ngày 14/7/2022 của Đảng ủy Cơ quan UBND huyện, Chi bộ Phòng Tài chính - Kế hoạch báo cáo kết quả nghiên cứu, học tập các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII như sau:")
		d.p("Sáng ngày 10/8/2022, Chi bộ tổ chức hội nghị tại Phòng họp số 2, trụ sở HĐND - UBND huyện. Chủ trì hội nghị là đồng chí Vũ Thị Ngân, Bí thư Chi bộ, Trưởng phòng Tài chính - Kế hoạch. Số đảng viên tham dự 9/9 ĐV, đạt 100%; không có quần chúng tham dự.")
		d.p("Hội nghị nghe đồng chí Vũ Thị Ngân quán triệt Nghị quyết số 18-NQ/TW về đất đai và Nghị quyết số 20-NQ/TW về kinh tế tập thể (thời lượng 2 giờ); đồng chí Đoàn Minh Quân, Phó Trưởng phòng quán triệt Nghị quyết số 21-NQ/TW và Kết luận số 36-KL/TW (thời lượng 1,5 giờ).")
		d.p("Chi bộ đã xây dựng và ban hành Kế hoạch số 05-KH/CB ngày 15/8/2022 thực hiện các nghị quyết, kết luận gắn với nhiệm vụ tham mưu quản lý tài chính, ngân sách, đầu tư công của huyện.")
		d.add(sign([]string{"- Đảng ủy Cơ quan UBND huyện;", "- Lưu CB."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Vũ Thị Ngân")...))
		out = append(out, NDoc{Name: "bc-chi-bo-phong-tai-chinh-ke-hoach-xuan-truong", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, district agency cell (Nam Định), TW5; short prose, 9/9 ĐV at 100% with no non-members, program in prose with hours",
			Ev:     []Evidence{{"others": {"không có quần chúng tham dự"}}},
			Recs: []Record{{
				Unit: "Chi bộ Phòng Tài chính - Kế hoạch", ParentUnit: "Đảng bộ Cơ quan UBND huyện Xuân Trường", DocNumber: "07-BC/CB",
				ReportDate: "2022-08-16", ConferenceDate: "2022-08-10", Location: "Phòng họp số 2, trụ sở HĐND - UBND huyện",
				Chair:      per("Vũ Thị Ngân", "Bí thư Chi bộ, Trưởng phòng Tài chính - Kế hoạch"),
				Reporters:  []Person{{"Vũ Thị Ngân", ""}, {"Đoàn Minh Quân", "Phó Trưởng phòng"}},
				Attendance: &Attendance{MembersPresent: ip(9), MembersTotal: ip(9), Others: ip(0)},
				Program: []Item{{"Nghị quyết số 18-NQ/TW về đất đai và Nghị quyết số 20-NQ/TW về kinh tế tập thể", "Vũ Thị Ngân", 120},
					{"Nghị quyết số 21-NQ/TW và Kết luận số 36-KL/TW", "Đoàn Minh Quân", 90}},
				ActionProgram: &Action{Issued: true, Number: "05-KH/CB", Date: "2022-08-15"},
				Signer:        per("Vũ Thị Ngân", "Bí thư"),
			}}})
	}

	// 20. Chi bộ thôn Đồng Vinh, xã Phú Túc (Phú Xuyên) — TW5, two evenings.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ PHÚ TÚC", "CHI BỘ THÔN ĐỒNG VINH", "Số 05-BC/CB", "Phú Túc, ngày 15 tháng 9 năm 2022")
		title(d, "BÁO CÁO", "Kết quả tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XIII")
		d.p("Thực hiện Kế hoạch số 47-KH/ĐU ngày 18/7/2022 của Đảng ủy xã Phú Túc; Chi bộ thôn Đồng Vinh tổ chức học tập các nghị quyết Hội nghị Trung ương 5 khóa XIII trong 02 buổi tối, ngày 09/9/2022 và ngày 10/9/2022, tại Nhà văn hóa thôn Đồng Vinh.")
		d.p("Chủ trì: đ/c Nguyễn Đình Thường, Bí thư Chi bộ. Báo cáo viên: đ/c Nguyễn Đình Thường, Bí thư Chi bộ; đ/c Lã Thị Mơ, Phó Bí thư Chi bộ, Trưởng thôn.")
		d.p("Tổng số đ/v: 54. Tham dự: 49 đ/v (vắng 05 đ/v do ốm, đi làm xa). Quần chúng: 20 người.")
		d.add(simpleTable([]float64{18, 46, 22, 14}, "CLLC", []string{"Buổi học", "Nội dung", "Người trình bày", "Thời lượng"},
			[]string{"Tối 09/9/2022", "Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn; Nghị quyết số 20-NQ/TW về kinh tế tập thể", "đ/c Nguyễn Đình Thường", "1,5 giờ"},
			[]string{"Tối 10/9/2022", "Nghị quyết số 18-NQ/TW về đất đai; Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng và đảng viên", "đ/c Lã Thị Mơ", "1,5 giờ"},
		))
		d.p("Chi bộ chưa ban hành chương trình hành động; sẽ thông qua tại kỳ sinh hoạt chi bộ tháng 10/2022.")
		d.add(sign([]string{"- Đảng ủy xã Phú Túc;", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Nguyễn Đình Thường")...))
		out = append(out, NDoc{Name: "bc-chi-bo-thon-dong-vinh-phu-tuc-tw5", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, village cell in Phú Xuyên, TW5; conference over two evenings (first day is the date), đ/v abbreviation, session dates in the program table, action program not yet issued",
			Recs: []Record{{
				Unit: "Chi bộ thôn Đồng Vinh", ParentUnit: "Đảng bộ xã Phú Túc", DocNumber: "05-BC/CB",
				ReportDate: "2022-09-15", ConferenceDate: "2022-09-09", Location: "Nhà văn hóa thôn Đồng Vinh",
				Chair:      per("Nguyễn Đình Thường", "Bí thư Chi bộ"),
				Reporters:  []Person{{"Nguyễn Đình Thường", "Bí thư Chi bộ"}, {"Lã Thị Mơ", "Phó Bí thư Chi bộ, Trưởng thôn"}},
				Attendance: att(49, 54, 20),
				Program: []Item{{"Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn; Nghị quyết số 20-NQ/TW về kinh tế tập thể", "Nguyễn Đình Thường", 90},
					{"Nghị quyết số 18-NQ/TW về đất đai; Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng và đảng viên", "Lã Thị Mơ", 90}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Nguyễn Đình Thường", "Bí thư"),
			}}})
	}

	// 21. Chi bộ Trường THCS Nhân Thịnh (Lý Nhân, Hà Nam) — TW6, date over two lines.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.58}
		partyHeader(d, "ĐẢNG BỘ XÃ NHÂN THỊNH", "CHI BỘ TRƯỜNG THCS NHÂN THỊNH", "Số 04-BC/CB", "Nhân Thịnh, ngày 31 tháng 01\nnăm 2023")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Thực hiện Kế hoạch số 54-KH/ĐU ngày 08/12/2022 của Đảng ủy xã Nhân Thịnh, Chi bộ Trường THCS Nhân Thịnh tổ chức hội nghị vào chiều ngày 13/01/2023 tại Phòng Hội đồng nhà trường, hình thức trực tiếp.")
		d.p("Chủ trì: đồng chí Trần Quang Vinh, Bí thư Chi bộ, Hiệu trưởng. Báo cáo viên: đồng chí Trần Quang Vinh, Bí thư Chi bộ, Hiệu trưởng.")
		d.p("Đảng viên: 25 đồng chí. Có mặt: 24 đồng chí. Vắng: 01 đồng chí (nghỉ ốm). Quần chúng: 19 đồng chí.")
		d.add(simpleTable([]float64{8, 58, 20, 14}, "CLLC", []string{"TT", "Chuyên đề", "Báo cáo viên", "Thời gian (giờ)"},
			[]string{"1", "Nghị quyết số 27-NQ/TW về Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới", "Trần Quang Vinh", "1"},
			[]string{"2", "Nghị quyết số 28-NQ/TW về phương thức lãnh đạo, cầm quyền của Đảng", "Trần Quang Vinh", "1"},
			[]string{"3", "Nghị quyết số 29-NQ/TW về công nghiệp hóa, hiện đại hóa; liên hệ chuyển đổi số trong dạy học", "Trần Quang Vinh", "1,5"},
		))
		d.p("Sau hội nghị, Chi bộ ban hành Kế hoạch số 03-KH/CB ngày 30/01/2023 thực hiện các nghị quyết, trong đó tập trung đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và dạy học.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu Chi bộ."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Trần Quang Vinh")...))
		out = append(out, NDoc{Name: "bc-chi-bo-thcs-nhan-thinh-tw6", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, secondary-school cell in Hà Nam, TW6; report date broken over two lines in the header, label:number attendance sentences, hours column with decimal comma",
			Recs: []Record{{
				Unit: "Chi bộ Trường THCS Nhân Thịnh", ParentUnit: "Đảng bộ xã Nhân Thịnh", DocNumber: "04-BC/CB",
				ReportDate: "2023-01-31", ConferenceDate: "2023-01-13", Location: "Phòng Hội đồng nhà trường", Form: "in_person",
				Chair:      per("Trần Quang Vinh", "Bí thư Chi bộ, Hiệu trưởng"),
				Reporters:  ppl("Trần Quang Vinh", "Bí thư Chi bộ, Hiệu trưởng"),
				Attendance: att(24, 25, 19),
				Program: []Item{{"Nghị quyết số 27-NQ/TW về Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới", "Trần Quang Vinh", 60},
					{"Nghị quyết số 28-NQ/TW về phương thức lãnh đạo, cầm quyền của Đảng", "Trần Quang Vinh", 60},
					{"Nghị quyết số 29-NQ/TW về công nghiệp hóa, hiện đại hóa; liên hệ chuyển đổi số trong dạy học", "Trần Quang Vinh", 90}},
				ActionProgram: &Action{Issued: true, Number: "03-KH/CB", Date: "2023-01-30"},
				Signer:        per("Trần Quang Vinh", "Bí thư"),
			}}})
	}

	// 22. Chi bộ xóm Đông, xã Giao Lạc (Giao Thủy) — Đại hội XIII, distractor date of the Đảng ủy's conference.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ GIAO LẠC", "CHI BỘ XÓM ĐÔNG", "Số 04-BC/CB", "Giao Lạc, ngày 18 tháng 6 năm 2021")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
		d.p("Ngày 20/4/2021, các đồng chí chi ủy viên và đảng viên là cán bộ xã đã dự hội nghị trực tuyến quán triệt Nghị quyết Đại hội XIII do Đảng ủy xã Giao Lạc tổ chức. Tiếp đó, thực hiện Công văn số 45-CV/ĐU ngày 17/5/2021 của Đảng ủy xã, Chi bộ xóm Đông tổ chức hội nghị học tập cho toàn thể đảng viên của chi bộ.")
		d.p("Hội nghị diễn ra ngày 09/6/2021 tại Nhà văn hóa xóm Đông, do đồng chí Phạm Ngọc Lâm, Bí thư Chi bộ chủ trì và trực tiếp làm báo cáo viên.")
		d.p("Chi bộ hiện có 31 đảng viên, tham dự 29/31 ĐV; 02 đồng chí vắng do đi lao động ở tỉnh ngoài. Quần chúng tham dự 11 người.")
		d.p("Nội dung: những nội dung cơ bản, cốt lõi của Nghị quyết Đại hội XIII (2 giờ); Nghị quyết Đại hội Đảng bộ huyện Giao Thủy lần thứ XXVI (1 giờ).")
		d.p("Ngày 15/6/2021, Chi bộ ban hành Chương trình hành động số 03-CTr/CB thực hiện Nghị quyết Đại hội XIII của Đảng và nghị quyết đại hội đảng bộ các cấp.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Phạm Ngọc Lâm")...))
		out = append(out, NDoc{Name: "bc-chi-bo-xom-dong-giao-lac", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, hamlet cell in Nam Định, Đại hội XIII; opens with the date of an earlier commune-level online conference (not this one), 29/31 ĐV, hours in prose, action program date before number",
			Recs: []Record{{
				Unit: "Chi bộ xóm Đông", ParentUnit: "Đảng bộ xã Giao Lạc", DocNumber: "04-BC/CB",
				ReportDate: "2021-06-18", ConferenceDate: "2021-06-09", Location: "Nhà văn hóa xóm Đông",
				Chair:      per("Phạm Ngọc Lâm", "Bí thư Chi bộ"),
				Reporters:  ppl("Phạm Ngọc Lâm", "Bí thư Chi bộ"),
				Attendance: att(29, 31, 11),
				Program: []Item{{"những nội dung cơ bản, cốt lõi của Nghị quyết Đại hội XIII", "", 120},
					{"Nghị quyết Đại hội Đảng bộ huyện Giao Thủy lần thứ XXVI", "", 60}},
				ActionProgram: &Action{Issued: true, Number: "03-CTr/CB", Date: "2021-06-15"},
				Signer:        per("Phạm Ngọc Lâm", "Bí thư"),
			}}})
	}
	out = append(out, scanSources()...)
	return out
}
