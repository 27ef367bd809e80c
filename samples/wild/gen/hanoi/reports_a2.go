package main

func reportsA2() []NDoc {
	var out []NDoc

	// 5. Đảng ủy xã Hải Minh (Hải Hậu, Nam Định) — TW6, online with a main site, attendance table.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.48}
		partyHeader(d, "HUYỆN ỦY HẢI HẬU", "ĐẢNG ỦY XÃ HẢI MINH", "Số 118-BC/ĐU", "Hải Minh, ngày 06 tháng 01 năm 2023")
		title(d, "BÁO CÁO", "Kết quả tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Thực hiện Kế hoạch số 146-KH/HU ngày 25/11/2022 của Ban Thường vụ Huyện ủy Hải Hậu về học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII; Công văn số 212-CV/BTGHU ngày 30/11/2022 của Ban Tuyên giáo Huyện ủy về việc tham dự hội nghị trực tuyến, Đảng ủy xã Hải Minh báo cáo kết quả như sau:")
		d.b("I. CÔNG TÁC TRIỂN KHAI")
		d.p("Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 92-KH/ĐU ngày 02/12/2022 về tổ chức hội nghị; giao Văn phòng Đảng ủy phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao xã chuẩn bị đường truyền, kiểm tra kỹ thuật tại các điểm cầu; giao các chi bộ thôn chuẩn bị phòng họp, ti vi, loa đài tại nhà văn hóa thôn.")
		d.b("II. KẾT QUẢ HỘI NGHỊ")
		d.p("1. Hình thức, thời gian, địa điểm")
		d.p("Hội nghị được tổ chức theo hình thức trực tuyến ngày 15/12/2022, với điểm cầu chính đặt tại Hội trường Trung tâm Văn hóa xã Hải Minh và 17 điểm cầu tại nhà văn hóa các thôn, trụ sở các chi bộ cơ quan, trường học.")
		d.p("2. Chủ trì và báo cáo viên")
		d.p("Đồng chí Vũ Văn Hiển, Bí thư Đảng ủy xã chủ trì hội nghị tại điểm cầu chính. Báo cáo viên gồm: đồng chí Vũ Văn Hiển, Bí thư Đảng ủy xã; đồng chí Trần Thị Hoa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Nguyễn Đức Mạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.")
		d.p("3. Thành phần và số lượng tham dự")
		d.p("Tham dự hội nghị là toàn thể cán bộ, đảng viên trong Đảng bộ xã Hải Minh và cán bộ chủ chốt các đoàn thể chưa là đảng viên, cụ thể như sau:")
		d.add(Table{W: []float64{60, 20, 20}, Align: "LCC", HeadRows: 1,
			Head: []HCell{{R: 0, C: 0, Text: "Chỉ tiêu"}, {R: 0, C: 1, Text: "Số lượng"}, {R: 0, C: 2, Text: "Ghi chú"}},
			Rows: [][]string{
				{"Số chi bộ trực thuộc", "17", ""},
				{"Tổng số đảng viên toàn Đảng bộ", "534", ""},
				{"Số đảng viên tham dự (tại các điểm cầu)", "497", "Đạt 93,07%"},
				{"Số đảng viên vắng mặt", "37", "Ốm, tuổi cao, đi làm ăn xa"},
				{"Quần chúng tham dự", "128", "Cán bộ, hội viên các đoàn thể"},
			}})
		d.p("4. Nội dung, chương trình")
		d.add(simpleTable([]float64{8, 54, 24, 14}, "CLLC", []string{"TT", "Chuyên đề", "Người truyền đạt", "Thời lượng"},
			[]string{"1", "Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới", "Đ/c Vũ Văn Hiển", "90 phút"},
			[]string{"2", "Nghị quyết số 28-NQ/TW về tiếp tục đổi mới, hoàn thiện phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới", "Đ/c Trần Thị Hoa", "60 phút"},
			[]string{"3", "Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045", "Đ/c Nguyễn Đức Mạnh", "60 phút"},
		))
		d.p("Đường truyền tại các điểm cầu ổn định, hình ảnh và âm thanh rõ nét. Cán bộ, đảng viên tham dự nghiêm túc, chấp hành tốt nội quy hội nghị. Sau hội nghị, các chi bộ tổ chức thảo luận tại buổi sinh hoạt chi bộ tháng 12/2022 và hướng dẫn đảng viên viết bài thu hoạch.")
		d.b("III. VIỆC XÂY DỰNG CHƯƠNG TRÌNH HÀNH ĐỘNG")
		d.p("Ban Chấp hành Đảng bộ xã đã ban hành Chương trình hành động số 21-CTr/ĐU ngày 30/12/2022 thực hiện các nghị quyết Hội nghị Trung ương 6 khóa XIII, trong đó tập trung vào phát triển tiểu thủ công nghiệp, dịch vụ nghề cá và cải cách hành chính ở cơ sở.")
		d.b("IV. NHẬN XÉT, ĐÁNH GIÁ")
		d.p("Ưu điểm: Công tác chuẩn bị chu đáo, tổ chức hội nghị đúng kế hoạch; tỷ lệ đảng viên tham dự cao; việc tổ chức trực tuyến giúp tiết kiệm thời gian, kinh phí, phù hợp với đặc điểm địa bàn ven biển.")
		d.p("Hạn chế: Một số điểm cầu ở thôn xa trung tâm còn thiếu thiết bị, chất lượng âm thanh có lúc chưa bảo đảm; một số ít đảng viên cao tuổi chưa tập trung theo dõi.")
		d.b("V. KIẾN NGHỊ")
		d.p("Đề nghị Huyện ủy quan tâm hỗ trợ kinh phí nâng cấp thiết bị hội nghị trực tuyến cho các điểm cầu cấp thôn; kịp thời cung cấp tài liệu hỏi - đáp, tài liệu tuyên truyền các nghị quyết cho cơ sở.")
		d.add(sign([]string{"- Thường trực Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."}, signer([]string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, "Vũ Văn Hiển")...))
		out = append(out, NDoc{Name: "bc-dang-uy-xa-hai-minh-hai-hau-tw6", Via: "lo-pdf", Doc: d,
			Readme: "narrative PDF (LibreOffice), two pages, TW6 khóa XIII; online conference with main site (điểm cầu chính), attendance in a vertical table with rate, party-wide totals, three presenters with Đ/c",
			Recs: []Record{{
				Unit: "Đảng bộ xã Hải Minh", ParentUnit: "Huyện ủy Hải Hậu", DocNumber: "118-BC/ĐU",
				ReportDate: "2023-01-06", ConferenceDate: "2022-12-15", Location: "Hội trường Trung tâm Văn hóa xã Hải Minh", Form: "online",
				Chair: per("Vũ Văn Hiển", "Bí thư Đảng ủy xã"),
				Reporters: []Person{{"Vũ Văn Hiển", "Bí thư Đảng ủy xã"}, {"Trần Thị Hoa", "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã"},
					{"Nguyễn Đức Mạnh", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã"}},
				Attendance: att(497, 534, 128),
				Program: []Item{{"Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới", "Vũ Văn Hiển", 90},
					{"Nghị quyết số 28-NQ/TW về tiếp tục đổi mới, hoàn thiện phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới", "Trần Thị Hoa", 60},
					{"Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045", "Nguyễn Đức Mạnh", 60}},
				ActionProgram: &Action{Issued: true, Number: "21-CTr/ĐU", Date: "2022-12-30"},
				Signer:        per("Vũ Văn Hiển", "Bí thư"),
			}}})
	}

	// 6. Chi bộ HTX dịch vụ nông nghiệp Đông Tảo (Khoái Châu, Hưng Yên) — TW5, Nghị quyết 20 về kinh tế tập thể.
	{
		d := &Doc{Font: "dejavu", Size: 12.5}
		partyHeader(d, "ĐẢNG BỘ XÃ ĐÔNG TẢO", "CHI BỘ HTX DỊCH VỤ\nNÔNG NGHIỆP ĐÔNG TẢO", "Số 09-BC/CB", "Đông Tảo, ngày 14 tháng 9 năm 2022")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới")
		d.p("Thực hiện Kế hoạch số 66-KH/ĐU ngày 22/7/2022 của Đảng ủy xã Đông Tảo, ngày 07/9/2022 Chi bộ Hợp tác xã dịch vụ nông nghiệp Đông Tảo đã tổ chức hội nghị học tập, quán triệt Nghị quyết số 20-NQ/TW tại Phòng họp Hợp tác xã, hình thức trực tiếp.")
		d.p("Chủ trì hội nghị: đ/c Lê Văn Khải, Bí thư Chi bộ, Giám đốc HTX.")
		d.p("Số lượng tham dự: 11/12 đảng viên tham dự (01 đ/c ốm). Mời 14 thành viên HTX, tổ trưởng các tổ dịch vụ là quần chúng cùng dự.")
		d.p("Chương trình:")
		d.p("- Giới thiệu toàn văn Nghị quyết số 20-NQ/TW và những điểm mới về kinh tế tập thể, hợp tác xã: đ/c Lê Văn Khải, Bí thư Chi bộ trình bày, thời lượng 1,5 giờ.")
		d.p("- Luật Hợp tác xã và định hướng phát triển HTX kiểu mới gắn với chuỗi giá trị gà Đông Tảo, nhãn, cam: đ/c Phạm Thị Nhung, Phó Bí thư Chi bộ, Phó Giám đốc HTX trình bày, thời lượng 1 giờ.")
		d.p("- Thảo luận, liên hệ thực tiễn: 0,5 giờ.")
		d.p("Hội nghị đã thống nhất giao Ban Quản trị HTX xây dựng phương án sản xuất kinh doanh năm 2023 theo tinh thần Nghị quyết. Chi bộ đã ban hành Kế hoạch thực hiện số 06-KH/CB ngày 12/9/2022.")
		d.p("Chi bộ báo cáo Đảng ủy xã theo dõi, chỉ đạo./.")
		d.add(sign([]string{"- Đảng ủy xã Đông Tảo;", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Lê Văn Khải")...))
		out = append(out, NDoc{Name: "bc-chi-bo-htx-nong-nghiep-dong-tao-nq20", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), one page, cooperative cell (Hưng Yên), TW5 Nghị quyết 20; đ/c abbreviations, 11/12 with a reason, durations in hours with decimal comma in a prose list, unit header split over two lines",
			Recs: []Record{{
				Unit: "Chi bộ Hợp tác xã dịch vụ nông nghiệp Đông Tảo", ParentUnit: "Đảng bộ xã Đông Tảo", DocNumber: "09-BC/CB",
				ReportDate: "2022-09-14", ConferenceDate: "2022-09-07", Location: "Phòng họp Hợp tác xã", Form: "in_person",
				Chair:      per("Lê Văn Khải", "Bí thư Chi bộ, Giám đốc HTX"),
				Reporters:  []Person{{"Lê Văn Khải", "Bí thư Chi bộ"}, {"Phạm Thị Nhung", "Phó Bí thư Chi bộ, Phó Giám đốc HTX"}},
				Attendance: att(11, 12, 14),
				Program: []Item{{"Giới thiệu toàn văn Nghị quyết số 20-NQ/TW và những điểm mới về kinh tế tập thể, hợp tác xã", "Lê Văn Khải", 90},
					{"Luật Hợp tác xã và định hướng phát triển HTX kiểu mới gắn với chuỗi giá trị gà Đông Tảo, nhãn, cam", "Phạm Thị Nhung", 60},
					{"Thảo luận, liên hệ thực tiễn", "", 30}},
				ActionProgram: &Action{Issued: true, Number: "06-KH/CB", Date: "2022-09-12"},
				Signer:        per("Lê Văn Khải", "Bí thư"),
			}}})
	}

	// 7. Chi bộ Công an xã Phù Đổng (Gia Lâm) — TW4, LibreOffice PDF.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ PHÙ ĐỔNG", "CHI BỘ CÔNG AN XÃ", "Số 12-BC/CB", "Phù Đổng, ngày 28 tháng 12 năm 2021")
		title(d, "BÁO CÁO", "Kết quả nghiên cứu, học tập, quán triệt Kết luận, Quy định", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Căn cứ Kế hoạch số 58-KH/ĐU ngày 16/11/2021 của Đảng ủy xã Phù Đổng về việc học tập, quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị và Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm;")
		d.p("Chi bộ Công an xã Phù Đổng báo cáo kết quả tổ chức hội nghị như sau:")
		d.b("1. Thời gian, địa điểm")
		d.p("Vào hồi 14 giờ 00 ngày 20/12/2021, tại Hội trường Công an xã Phù Đổng, Chi bộ tổ chức hội nghị theo hình thức trực tiếp, bảo đảm giãn cách theo quy định phòng, chống dịch Covid-19.")
		d.b("2. Thành phần")
		d.p("Chủ trì: đồng chí Trịnh Quốc Việt, Bí thư Chi bộ, Trưởng Công an xã. Tổng số đảng viên của chi bộ: 14 đồng chí, có mặt: 13 đồng chí, vắng: 01 đồng chí (trực ban, tuần tra bảo đảm an ninh trật tự). Tham dự hội nghị còn có 05 đồng chí công an viên là quần chúng.")
		d.b("3. Nội dung hội nghị")
		d.add(simpleTable([]float64{8, 50, 28, 14}, "CLLC", []string{"STT", "Nội dung truyền đạt", "Báo cáo viên", "Thời gian (phút)"},
			[]string{"1", "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái", "Đ/c Trịnh Quốc Việt, Bí thư Chi bộ", "75"},
			[]string{"2", "Quy định số 37-QĐ/TW về những điều đảng viên không được làm", "Đ/c Bùi Văn Đức, Phó Trưởng Công an xã", "45"},
		))
		d.p("Sau khi nghe truyền đạt, các đảng viên thảo luận, liên hệ với những điều đảng viên không được làm trong thực thi nhiệm vụ bảo đảm an ninh, trật tự; 100% đảng viên ký cam kết tu dưỡng, rèn luyện.")
		d.b("4. Xây dựng kế hoạch thực hiện")
		d.p("Chi bộ đã ban hành Kế hoạch số 07-KH/CB ngày 24/12/2021 thực hiện Kết luận số 21-KL/TW gắn với phong trào thi đua “Vì an ninh Tổ quốc” và xây dựng hình ảnh người Công an nhân dân bản lĩnh, nhân văn, vì nhân dân phục vụ.")
		d.p("Trên đây là báo cáo của Chi bộ Công an xã Phù Đổng./.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Đảng ủy Công an huyện (b/c);", "- Lưu Chi bộ."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Trịnh Quốc Việt")...))
		out = append(out, NDoc{Name: "bc-chi-bo-cong-an-xa-phu-dong-tw4", Via: "lo-pdf", Doc: d,
			Readme: "narrative PDF (LibreOffice), commune police cell, TW4 khóa XIII; có mặt/vắng with reason, program table with presenter titles in the cell, cited KL/QĐ dates",
			Recs: []Record{{
				Unit: "Chi bộ Công an xã Phù Đổng", ParentUnit: "Đảng bộ xã Phù Đổng", DocNumber: "12-BC/CB",
				ReportDate: "2021-12-28", ConferenceDate: "2021-12-20", Location: "Hội trường Công an xã Phù Đổng", Form: "in_person",
				Chair:      per("Trịnh Quốc Việt", "Bí thư Chi bộ, Trưởng Công an xã"),
				Reporters:  []Person{{"Trịnh Quốc Việt", "Bí thư Chi bộ"}, {"Bùi Văn Đức", "Phó Trưởng Công an xã"}},
				Attendance: att(13, 14, 5),
				Program: []Item{{"Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái", "Trịnh Quốc Việt", 75},
					{"Quy định số 37-QĐ/TW về những điều đảng viên không được làm", "Bùi Văn Đức", 45}},
				ActionProgram: &Action{Issued: true, Number: "07-KH/CB", Date: "2021-12-24"},
				Signer:        per("Trịnh Quốc Việt", "Bí thư"),
			}}})
	}

	// 8. Chi bộ Quân sự xã Tản Lĩnh (Ba Vì) — date broken over two lines in the header.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.56}
		partyHeader(d, "ĐẢNG BỘ XÃ TẢN LĨNH", "CHI BỘ QUÂN SỰ", "Số 05-BC/CBQS", "Tản Lĩnh, ngày 22 tháng 6\nnăm 2021")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng")
		d.p("Thực hiện Hướng dẫn số 15-HD/ĐU ngày 01/4/2021 của Đảng ủy xã Tản Lĩnh và Kế hoạch số 03-KH/CBQS ngày 05/4/2021 của Chi bộ, Chi bộ Quân sự xã Tản Lĩnh đã tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng vào ngày 15/6/2021 tại Phòng họp Ban Chỉ huy Quân sự xã.")
		d.p("Đồng chí Đinh Công Tráng, Bí thư Chi bộ, Chỉ huy trưởng Ban CHQS xã chủ trì và trực tiếp quán triệt. Đồng chí Kiều Văn Sáng, Phó Bí thư Chi bộ, Chính trị viên phó trình bày phần quan điểm, định hướng về quốc phòng, an ninh trong Văn kiện.")
		d.p("Chi bộ có 10 đv, dự 10/10 đv, đạt 100%. Mời dự 08 đồng chí là dân quân thường trực, thôn đội trưởng.")
		d.add(simpleTable([]float64{8, 58, 20, 14}, "CLLC", []string{"TT", "Nội dung", "Người trình bày", "Thời lượng"},
			[]string{"1", "Những nội dung cơ bản của Nghị quyết Đại hội XIII", "đc Đinh Công Tráng", "1,5 giờ"},
			[]string{"2", "Quan điểm, định hướng về tăng cường quốc phòng, an ninh, bảo vệ vững chắc Tổ quốc", "đc Kiều Văn Sáng", "1 giờ"},
		))
		d.p("Kết quả: đảng viên nắm được những nội dung cơ bản, cốt lõi của Nghị quyết; 10/10 đồng chí viết thu hoạch đạt yêu cầu. Chi bộ chưa xây dựng chương trình hành động riêng mà đưa nội dung vào nghị quyết lãnh đạo nhiệm vụ quân sự, quốc phòng 6 tháng cuối năm 2021.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Đảng ủy Quân sự huyện (b/c);", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Đinh Công Tráng")...))
		out = append(out, NDoc{Name: "bc-chi-bo-quan-su-xa-tan-linh", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), commune military cell, Đại hội XIII; report date broken over two lines in the header, đv/đc abbreviations, 10/10 with rate, hours, no separate action program issued",
			Recs: []Record{{
				Unit: "Chi bộ Quân sự xã Tản Lĩnh", ParentUnit: "Đảng bộ xã Tản Lĩnh", DocNumber: "05-BC/CBQS",
				ReportDate: "2021-06-22", ConferenceDate: "2021-06-15", Location: "Phòng họp Ban Chỉ huy Quân sự xã",
				Chair:      per("Đinh Công Tráng", "Bí thư Chi bộ, Chỉ huy trưởng Ban CHQS xã"),
				Reporters:  []Person{{"Đinh Công Tráng", "Bí thư Chi bộ, Chỉ huy trưởng Ban CHQS xã"}, {"Kiều Văn Sáng", "Phó Bí thư Chi bộ, Chính trị viên phó"}},
				Attendance: att(10, 10, 8),
				Program: []Item{{"Những nội dung cơ bản của Nghị quyết Đại hội XIII", "Đinh Công Tráng", 90},
					{"Quan điểm, định hướng về tăng cường quốc phòng, an ninh, bảo vệ vững chắc Tổ quốc", "Kiều Văn Sáng", 60}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Đinh Công Tráng", "Bí thư"),
			}}})
	}
	return out
}
