package main

// d1: primary school cell in Hà Tĩnh, ĐV abbreviations, minutes table.
func d1() {
	d := Doc{
		Left:      []string{"ĐẢNG BỘ XÃ CẨM QUAN", "CHI BỘ TRƯỜNG TIỂU HỌC CẨM QUAN", "*", "Số 06-BC/CB"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Cẩm Quan, ngày 03 tháng 5 năm 2021"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"},
		Body: []Block{
			P("Thực hiện Kế hoạch số 21-KH/ĐU ngày 06-4-2021 của Đảng ủy xã Cẩm Quan, Chi bộ Trường Tiểu học Cẩm Quan đã tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng vào chiều ngày 28-4-2021 tại phòng Hội đồng nhà trường. Đ/c Phan Thị Thanh Hương - Bí thư Chi bộ, Hiệu trưởng chủ trì."),
			P("Thành phần: Tổng số ĐV: 24; ĐV tham dự: 23; vắng 01 (đi công tác tại Sở GD&ĐT). Mời dự 11 giáo viên, nhân viên là quần chúng."),
			P("Chương trình hội nghị:"),
			T([]float64{10, 90, 45, 22},
				[]string{"TT", "Nội dung chuyên đề", "Người trình bày", "Thời lượng"},
				[]string{"1", "Khái quát tình hình, kết quả Đại hội XIII; những điểm mới trong Báo cáo chính trị", "Đ/c Phan Thị Thanh Hương", "60 phút"},
				[]string{"2", "Phương hướng phát triển giáo dục và đào tạo, phát triển nguồn nhân lực chất lượng cao trong Văn kiện Đại hội XIII", "Đ/c Đặng Văn Tứ", "45 phút"},
				[]string{"3", "Thảo luận, đăng ký việc làm cụ thể", "Đ/c Phan Thị Thanh Hương", "30 phút"},
			),
			P("(Đ/c Đặng Văn Tứ - Phó Bí thư Chi bộ, Phó Hiệu trưởng)"),
			P("Đánh giá: Hội nghị nghiêm túc; đảng viên, quần chúng tích cực thảo luận; 23/23 đảng viên dự hội nghị viết thu hoạch đạt yêu cầu."),
			P("Kế hoạch thực hiện: Chi bộ ban hành Kế hoạch số 04-KH/CB ngày 30-4-2021 về thực hiện Nghị quyết Đại hội XIII gắn với nhiệm vụ năm học 2021 - 2022."),
		},
		Recipient: partyRecv("- Đảng ủy xã (b/c);"),
		Sign:      []string{"T/M CHI BỘ", "BÍ THƯ", "Phan Thị Thanh Hương"},
	}
	r := Record{
		Unit: "Chi bộ Trường Tiểu học Cẩm Quan", ParentUnit: "Đảng bộ xã Cẩm Quan", DocNumber: "06-BC/CB",
		ReportDate: "2021-05-03", ConferenceDate: "2021-04-28", Location: "phòng Hội đồng nhà trường",
		Chair:      pp("Phan Thị Thanh Hương", "Bí thư Chi bộ, Hiệu trưởng"),
		Reporters:  []Person{{"Phan Thị Thanh Hương", "Bí thư Chi bộ, Hiệu trưởng"}, {"Đặng Văn Tứ", "Phó Bí thư Chi bộ, Phó Hiệu trưởng"}},
		Attendance: att(23, 24, 11),
		Program: []Item{
			{"Khái quát tình hình, kết quả Đại hội XIII; những điểm mới trong Báo cáo chính trị", "Phan Thị Thanh Hương", 60},
			{"Phương hướng phát triển giáo dục và đào tạo, phát triển nguồn nhân lực chất lượng cao trong Văn kiện Đại hội XIII", "Đặng Văn Tứ", 45},
			{"Thảo luận, đăng ký việc làm cụ thể", "Phan Thị Thanh Hương", 30},
		},
		Action: &Action{Issued: true, Number: "04-KH/CB", Date: "2021-04-30"},
		Signer: pp("Phan Thị Thanh Hương", "Bí thư"),
	}
	emit("chi-bo-truong-tieu-hoc-cam-quan", "docx", "Word docx from HTML; school cell in Hà Tĩnh; date and place in one sentence; ĐV abbreviations, absentee reason; program table headed Nội dung chuyên đề with minutes and Đ/c presenters", d, []Record{r})
}

// d2: military committee, online via video link.
func d2() {
	d := Doc{
		Left:      []string{"ĐẢNG ỦY QUÂN SỰ TỈNH NGHỆ AN", "ĐẢNG ỦY QUÂN SỰ HUYỆN KỲ SƠN", "*", "Số 88-BC/ĐU"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Kỳ Sơn, ngày 25 tháng 01 năm 2023"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "Kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII"},
		Body: []Block{
			P("Thực hiện Hướng dẫn số 1652-HD/CT ngày 14-11-2022 của Cục Chính trị Quân khu 4 và Kế hoạch số 402-KH/ĐU ngày 28-11-2022 của Đảng ủy Quân sự tỉnh, Đảng ủy Quân sự huyện Kỳ Sơn báo cáo kết quả tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII trong Đảng bộ Quân sự huyện Kỳ Sơn như sau:"),
			P("1. Hội nghị được tổ chức theo hình thức trực tuyến qua hệ thống truyền hình hội nghị quân sự, từ ngày 09 đến ngày 11/01/2023; điểm cầu chính tại Hội trường Ban Chỉ huy Quân sự huyện Kỳ Sơn, kết nối với điểm cầu Đồn Biên phòng Mường Típ và 21 điểm cầu Ban Chỉ huy Quân sự các xã, thị trấn."),
			P("2. Đồng chí Trung tá Lô Văn Thắm, Bí thư Đảng ủy, Chính trị viên Ban Chỉ huy Quân sự huyện chủ trì và trực tiếp quán triệt Nghị quyết số 27-NQ/TW, Nghị quyết số 28-NQ/TW; đồng chí Thiếu tá Vừ Bá Lầu, Phó Chính trị viên, quán triệt Nghị quyết số 29-NQ/TW."),
			P("3. Đảng bộ Quân sự huyện có 06 chi bộ với 64 đảng viên; dự học 61 đồng chí. Đảng viên vắng học có 03 đ/c (02 đ/c đang làm nhiệm vụ tìm kiếm cứu nạn ở xã Mường Lống, 01 đ/c đi học). Có 38 quân nhân, dân quân là quần chúng cùng dự."),
			P("4. Kết thúc học tập, 100% đảng viên viết thu hoạch, kết quả: 52 bài giỏi, 9 bài khá. Ngày 18-01-2023, Đảng ủy Quân sự huyện ra Nghị quyết chuyên đề và Chương trình hành động số 05-CTr/ĐU thực hiện Nghị quyết Trung ương 6 khóa XIII gắn với nhiệm vụ quân sự, quốc phòng địa phương năm 2023."),
		},
		Recipient: []string{"Nơi nhận:", "- Đảng ủy Quân sự tỉnh (b/c);", "- Ban Tuyên huấn/Phòng Chính trị;", "- Lưu: VT, CT."},
		Sign:      []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "Trung tá Lô Văn Thắm"},
	}
	r := Record{
		Unit: "Đảng bộ Quân sự huyện Kỳ Sơn", ParentUnit: "Đảng ủy Quân sự tỉnh Nghệ An", DocNumber: "88-BC/ĐU",
		ReportDate: "2023-01-25", ConferenceDate: "2023-01-09", Location: "Hội trường Ban Chỉ huy Quân sự huyện Kỳ Sơn", Form: "online",
		Chair:      pp("Lô Văn Thắm", "Bí thư Đảng ủy, Chính trị viên Ban Chỉ huy Quân sự huyện"),
		Reporters:  []Person{{"Lô Văn Thắm", "Bí thư Đảng ủy, Chính trị viên Ban Chỉ huy Quân sự huyện"}, {"Vừ Bá Lầu", "Phó Chính trị viên"}},
		Attendance: att(61, 64, 38),
		Action:     &Action{Issued: true, Number: "05-CTr/ĐU", Date: "2023-01-18"},
		Signer:     pp("Lô Văn Thắm", "Bí thư"),
	}
	emit("dang-bo-quan-su-huyen-ky-son", "docx", "Word docx from HTML; military committee reporting for its Đảng bộ; 6th plenum (2022–23); cited guidance/plan dates; online via video link, main site; three-day span; total then attendees in separate sentences; action program date before number", d, []Record{r})
}

// d3: residential group cell in Huế, total and present in separate sentences, đc.
func d3() {
	d := Doc{
		Left:      []string{"ĐẢNG BỘ PHƯỜNG VỸ DẠ", "CHI BỘ TỔ DÂN PHỐ 7", "*", "Số 11-BC/CB"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Vỹ Dạ, ngày 10 tháng 01", "năm 2022"},
		RightItal: 2,
		Title:     []string{"BÁO CÁO", "KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XIII"},
		Body: []Block{
			P("Thực hiện Công văn số 145-CV/ĐU ngày 13-12-2021 của Ban Thường vụ Đảng ủy phường Vỹ Dạ, tối ngày 06-01-2022 Chi bộ Tổ dân phố 7 tổ chức hội nghị học tập Nghị quyết, Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII tại Nhà sinh hoạt cộng đồng Tổ dân phố 7, theo hình thức trực tiếp, bảo đảm các biện pháp phòng dịch."),
			P("Chi bộ có tổng số 41 đảng viên, trong đó 17 đồng chí là đảng viên cao tuổi được miễn sinh hoạt."),
			P("Đến dự hội nghị có 35 đảng viên cùng 06 quần chúng là tổ trưởng tổ dân phố, chi hội trưởng các hội."),
			P("Đc Nguyễn Thị Diệu Hiền, Bí thư Chi bộ chủ trì và truyền đạt các nội dung cơ bản của Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW; đc Tôn Thất Bình, Phó Bí thư Chi bộ, Tổ trưởng Tổ dân phố, thông tin tình hình kinh tế - xã hội năm 2021 và nhiệm vụ năm 2022 của thành phố Huế."),
			P("Kết luận hội nghị, Chi bộ thống nhất xây dựng kế hoạch thực hiện gắn với chỉ tiêu của tổ dân phố năm 2022 (xây dựng tuyến kiệt văn minh, không rác thải nhựa; vận động 100% hộ tham gia bảo hiểm y tế)."),
		},
		Recipient: partyRecv("- Đảng ủy phường (b/c);"),
		Sign:      []string{"T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Diệu Hiền"},
	}
	r := Record{
		Unit: "Chi bộ Tổ dân phố 7", ParentUnit: "Đảng bộ phường Vỹ Dạ", DocNumber: "11-BC/CB",
		ReportDate: "2022-01-10", ConferenceDate: "2022-01-06", Location: "Nhà sinh hoạt cộng đồng Tổ dân phố 7", Form: "in_person",
		Chair:      pp("Nguyễn Thị Diệu Hiền", "Bí thư Chi bộ"),
		Reporters:  []Person{{"Nguyễn Thị Diệu Hiền", "Bí thư Chi bộ"}, {"Tôn Thất Bình", "Phó Bí thư Chi bộ, Tổ trưởng Tổ dân phố"}},
		Attendance: att(35, 41, 6),
		Signer:     pp("Nguyễn Thị Diệu Hiền", "Bí thư"),
	}
	emit("chi-bo-to-dan-pho-7-vy-da", "docx", "Word docx from HTML; ward residential-group cell in Huế; place-date split over two lines; date and location in one sentence; total and present in separate sentences; đc presenters; plan to be built but no issue stated", d, []Record{r})
}

// d4: forestry company, state layout.
func d4() {
	d := Doc{
		Left:      []string{"ỦY BAN NHÂN DÂN TỈNH KON TUM", "CÔNG TY TNHH MTV", "LÂM NGHIỆP KON RẪY", "", "Số: 58/BC-CT"},
		Right:     []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Kon Rẫy, ngày 14 tháng 6 năm 2021"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "Kết quả tổ chức quán triệt Nghị quyết Đại hội XIII của Đảng", "cho cán bộ, người lao động Công ty"},
		Body: []Block{
			P("Thực hiện Kế hoạch số 27/KH-UBND ngày 19/3/2021 của UBND tỉnh Kon Tum về tuyên truyền, triển khai thực hiện Nghị quyết Đại hội XIII của Đảng trong các cơ quan, đơn vị, doanh nghiệp nhà nước, Công ty TNHH MTV Lâm nghiệp Kon Rẫy báo cáo như sau:"),
			P("Ngày 08/6/2021, Công ty TNHH MTV Lâm nghiệp Kon Rẫy phối hợp với Chi bộ Công ty tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại Hội trường Công ty (thôn 4, thị trấn Đăk Rve). Chủ trì hội nghị: ông Phạm Ngọc Sơn, Bí thư Chi bộ, Giám đốc Công ty."),
			P("Báo cáo viên: ông Phạm Ngọc Sơn và bà Y Liên, Phó Giám đốc Công ty."),
			P("Số lượng tham dự:"),
			T([]float64{55, 38, 38, 36},
				[]string{"", "Đảng viên", "Người lao động (không phải đảng viên)", "Cộng"},
				[]string{"Số người được triệu tập", "29", "47", "76"},
				[]string{"Số người có mặt", "27", "44", "71"},
				[]string{"Vắng (đi tuần tra bảo vệ rừng)", "2", "3", "5"},
			),
			P("Nội dung: Những nội dung cơ bản trong văn kiện Đại hội XIII (ông Phạm Ngọc Sơn, 2 giờ); Định hướng phát triển lâm nghiệp bền vững, quản lý, bảo vệ rừng giai đoạn 2021 - 2025 (bà Y Liên, 1,5 giờ)."),
			P("Công ty đã ban hành Kế hoạch số 31/KH-CT ngày 11/6/2021 triển khai thực hiện Nghị quyết gắn với phương án quản lý rừng bền vững."),
		},
		Recipient: []string{"Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và PTNT;", "- Lưu: VT, TCHC."},
		Sign:      []string{"GIÁM ĐỐC", "Phạm Ngọc Sơn"},
	}
	r := Record{
		Unit: "Công ty TNHH MTV Lâm nghiệp Kon Rẫy", ParentUnit: "Ủy ban nhân dân tỉnh Kon Tum", DocNumber: "58/BC-CT",
		ReportDate: "2021-06-14", ConferenceDate: "2021-06-08", Location: "Hội trường Công ty (thôn 4, thị trấn Đăk Rve)",
		Chair:      pp("Phạm Ngọc Sơn", "Bí thư Chi bộ, Giám đốc Công ty"),
		Reporters:  []Person{{Name: "Phạm Ngọc Sơn"}, {"Y Liên", "Phó Giám đốc Công ty"}},
		Attendance: att(27, 29, 44),
		Program: []Item{
			{"Những nội dung cơ bản trong văn kiện Đại hội XIII", "Phạm Ngọc Sơn", 120},
			{"Định hướng phát triển lâm nghiệp bền vững, quản lý, bảo vệ rừng giai đoạn 2021 - 2025", "Y Liên", 90},
		},
		Action: &Action{Issued: true, Number: "31/KH-CT", Date: "2021-06-11"},
		Signer: pp("Phạm Ngọc Sơn", "Giám đốc"),
	}
	emit("cong-ty-lam-nghiep-kon-ray", "docx", "Word docx from HTML; state layout (forestry company); cited provincial plan date; attendance in a crosswise table (members vs non-members, summoned/present/absent); program in prose with hours (decimal comma)", d, []Record{r})
}

// nr1: an invitation that is not a report.
func nr1() {
	d := Doc{
		Left:      []string{"HUYỆN ỦY KRÔNG BÚK", "ĐẢNG ỦY XÃ PƠNG DRANG", "*", "Số 57-GM/ĐU"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Pơng Drang, ngày 05 tháng 12 năm 2024"},
		RightItal: 1,
		Title:     []string{"GIẤY MỜI", "Dự hội nghị học tập, quán triệt Nghị quyết Hội nghị", "lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII"},
		Body: []Block{
			P("Thực hiện Kế hoạch số 189-KH/HU ngày 25-11-2024 của Ban Thường vụ Huyện ủy Krông Búk, Ban Thường vụ Đảng ủy xã Pơng Drang trân trọng kính mời:"),
			P("- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã;"),
			P("- Bí thư, phó bí thư và toàn thể đảng viên 19 chi bộ trực thuộc;"),
			P("- Trưởng thôn, buôn; người có uy tín trong đồng bào dân tộc thiểu số (quần chúng)."),
			P("Về dự Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII do đồng chí Bí thư Đảng ủy xã chủ trì và làm báo cáo viên."),
			P("Thời gian: 01 buổi, bắt đầu lúc 7 giờ 30 phút, ngày 12 tháng 12 năm 2024 (thứ Năm)."),
			P("Địa điểm: Hội trường UBND xã Pơng Drang."),
			P("Đề nghị các chi bộ thông báo đến từng đảng viên, tổng hợp danh sách đảng viên vắng mặt (nếu có) gửi về Văn phòng Đảng ủy trước ngày 10-12-2024. Đảng viên mang theo sổ tay ghi chép và tài liệu đã được cấp."),
		},
		Recipient: []string{"Nơi nhận:", "- Như thành phần mời;", "- Lưu Văn phòng Đảng ủy."},
		Sign:      []string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "H'Ngăm Niê"},
	}
	emit("giay-moi-hoi-nghi-tw10-pong-drang", "fpdf", "fpdf; NOT a report: an invitation to a 10th-plenum conference (records [])", d, nil)
}
