package main

func reportsB3() []NDoc {
	var out []NDoc

	// 16. Chi bộ Trường Tiểu học Song An (Vũ Thư, Thái Bình) — TW4, docx, wrapping program table.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ SONG AN", "CHI BỘ TRƯỜNG TIỂU HỌC", "Số 01-BC/CB", "Song An, ngày 15 tháng 01 năm 2022")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW Hội nghị Trung ương 4 khóa XIII")
		d.p("Thực hiện Kế hoạch số 83-KH/ĐU ngày 29/11/2021 của Đảng ủy xã Song An, ngày 11/01/2022 Chi bộ Trường Tiểu học Song An tổ chức hội nghị học tập, quán triệt tại Phòng họp Hội đồng nhà trường.")
		d.p("Chủ trì: đồng chí Tô Thị Mai Hương, Bí thư Chi bộ, Hiệu trưởng nhà trường.")
		d.p("Đảng viên dự hội nghị: 17 đồng chí/tổng số 18 đồng chí (01 đồng chí đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo). Quần chúng: 12 giáo viên, nhân viên.")
		d.p("Chương trình hội nghị:")
		d.add(simpleTable([]float64{7, 55, 24, 14}, "CLLC", []string{"TT", "Nội dung học tập", "Người truyền đạt", "Thời lượng"},
			[]string{"1", "Những nội dung cơ bản của Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”", "đ/c Tô Thị Mai Hương", "1,5 giờ"},
			[]string{"2", "Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm; liên hệ với Quy định về đạo đức nhà giáo", "đ/c Khúc Văn Hưng, Phó Bí thư Chi bộ", "45 phút"},
			[]string{"3", "Thảo luận, đăng ký nội dung tu dưỡng, rèn luyện của đảng viên năm 2022", "đ/c Tô Thị Mai Hương", "30 phút"},
		))
		d.p("Kết quả: 100% đảng viên dự hội nghị viết bản cam kết tu dưỡng, rèn luyện. Ngày 14/01/2022, Chi bộ đã ban hành Kế hoạch số 02-KH/CB thực hiện Kết luận số 21-KL/TW gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
		d.add(sign([]string{"- Đảng ủy xã Song An;", "- Lưu Chi bộ."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Tô Thị Mai Hương")...))
		out = append(out, NDoc{Name: "bc-chi-bo-tieu-hoc-song-an-tw4", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, primary-school cell in Thái Bình, TW4; 17/18 written as 'đồng chí/tổng số', program table with long wrapping cells, mixed hours (1,5 giờ) and minutes, plan date before its number",
			Recs: []Record{{
				Unit: "Chi bộ Trường Tiểu học Song An", ParentUnit: "Đảng bộ xã Song An", DocNumber: "01-BC/CB",
				ReportDate: "2022-01-15", ConferenceDate: "2022-01-11", Location: "Phòng họp Hội đồng nhà trường",
				Chair:      per("Tô Thị Mai Hương", "Bí thư Chi bộ, Hiệu trưởng nhà trường"),
				Reporters:  []Person{{"Tô Thị Mai Hương", ""}, {"Khúc Văn Hưng", "Phó Bí thư Chi bộ"}},
				Attendance: att(17, 18, 12),
				Program: []Item{{"Những nội dung cơ bản của Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”", "Tô Thị Mai Hương", 90},
					{"Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm; liên hệ với Quy định về đạo đức nhà giáo", "Khúc Văn Hưng", 45},
					{"Thảo luận, đăng ký nội dung tu dưỡng, rèn luyện của đảng viên năm 2022", "Tô Thị Mai Hương", 30}},
				ActionProgram: &Action{Issued: true, Number: "02-KH/CB", Date: "2022-01-14"},
				Signer:        per("Tô Thị Mai Hương", "Bí thư"),
			}}})
	}

	// 17. Trạm Y tế xã Phật Tích (Tiên Du, Bắc Ninh) — state layout docx.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		stateHeader(d, "UBND XÃ PHẬT TÍCH", "TRẠM Y TẾ", "Số: 27/BC-TYT", "Phật Tích, ngày 04 tháng 6 năm 2021")
		title(d, "BÁO CÁO", "Kết quả tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại Trạm Y tế xã")
		d.p("Kính gửi: Đảng ủy, Ủy ban nhân dân xã Phật Tích.")
		d.p("Thực hiện Kế hoạch số 102/KH-UBND ngày 12/4/2021 của UBND xã Phật Tích về tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho cán bộ, công chức, viên chức; Trạm Y tế xã Phật Tích báo cáo như sau:")
		d.p("1. Thời gian: 14 giờ 00 ngày 28/5/2021. Địa điểm: Phòng giao ban Trạm Y tế xã. Hình thức: trực tiếp, bố trí giãn cách bảo đảm phòng, chống dịch.")
		d.p("2. Chủ trì: Bà Nguyễn Thị Thu Hường, Trưởng trạm. Báo cáo viên: Bà Nguyễn Thị Thu Hường, Trưởng trạm; Ông Chu Văn Tài, Phó Trưởng trạm.")
		d.p("3. Thành phần: toàn thể viên chức, nhân viên của Trạm (11 người). Dự hội nghị: 6/6 đảng viên và 5 viên chức, nhân viên chưa là đảng viên.")
		d.p("4. Nội dung:")
		d.add(simpleTable([]float64{8, 58, 20, 14}, "CLLC", []string{"STT", "Nội dung", "Người trình bày", "Số phút"},
			[]string{"1", "Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "Bà Nguyễn Thị Thu Hường", "90"},
			[]string{"2", "Quan điểm của Đảng về chăm sóc, bảo vệ và nâng cao sức khỏe nhân dân; y tế cơ sở trong phòng, chống dịch Covid-19", "Ông Chu Văn Tài", "45"},
		))
		d.p("5. Kết quả: viên chức nắm được nội dung cơ bản của Nghị quyết; Trạm đã xây dựng Kế hoạch số 31/KH-TYT ngày 03/6/2021 thực hiện nhiệm vụ chăm sóc sức khỏe ban đầu theo tinh thần Nghị quyết.")
		d.add(sign([]string{"- Như trên;", "- Trung tâm Y tế huyện Tiên Du;", "- Lưu: TYT."}, signer([]string{"TRƯỞNG TRẠM"}, "Nguyễn Thị Thu Hường")...))
		out = append(out, NDoc{Name: "bao-cao-tram-y-te-xa-phat-tich", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, state layout (commune health station, Bắc Ninh), Đại hội XIII; Kính gửi line, Bà/Ông instead of đồng chí, 6/6 members plus non-members, minutes column, state-style plan number",
			Recs: []Record{{
				Unit: "Trạm Y tế xã Phật Tích", ParentUnit: "UBND xã Phật Tích", DocNumber: "27/BC-TYT",
				ReportDate: "2021-06-04", ConferenceDate: "2021-05-28", Location: "Phòng giao ban Trạm Y tế xã", Form: "in_person",
				Chair:      per("Nguyễn Thị Thu Hường", "Trưởng trạm"),
				Reporters:  []Person{{"Nguyễn Thị Thu Hường", "Trưởng trạm"}, {"Chu Văn Tài", "Phó Trưởng trạm"}},
				Attendance: att(6, 6, 5),
				Program: []Item{{"Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "Nguyễn Thị Thu Hường", 90},
					{"Quan điểm của Đảng về chăm sóc, bảo vệ và nâng cao sức khỏe nhân dân; y tế cơ sở trong phòng, chống dịch Covid-19", "Chu Văn Tài", 45}},
				ActionProgram: &Action{Issued: true, Number: "31/KH-TYT", Date: "2021-06-03"},
				Signer:        per("Nguyễn Thị Thu Hường", "Trưởng trạm"),
			}}})
	}

	// 18. Đảng ủy xã Dạ Trạch (Khoái Châu, Hưng Yên) — TW6, online, docx.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY KHOÁI CHÂU", "ĐẢNG ỦY XÃ DẠ TRẠCH", "Số 134-BC/ĐU", "Dạ Trạch, ngày 27 tháng 12 năm 2022")
		title(d, "BÁO CÁO", "Kết quả hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII")
		d.p("Căn cứ Kế hoạch số 178-KH/HU ngày 24/11/2022 của Ban Thường vụ Huyện ủy Khoái Châu, Ban Chấp hành Đảng bộ xã Dạ Trạch đã tổ chức hội nghị học tập, quán triệt các Nghị quyết số 27, 28, 29-NQ/TW của Hội nghị Trung ương 6 khóa XIII. Kết quả cụ thể như sau:")
		d.b("1. Hình thức, thời gian")
		d.p("Hội nghị tổ chức theo hình thức trực tuyến từ điểm cầu chính tại Hội trường Đảng ủy - HĐND - UBND xã Dạ Trạch đến 14 điểm cầu tại các chi bộ, vào sáng ngày 20/12/2022.")
		d.b("2. Chủ trì, báo cáo viên")
		d.p("Đồng chí Đặng Văn Khoa, Bí thư Đảng ủy xã chủ trì hội nghị. Báo cáo viên: đồng chí Đặng Văn Khoa, Bí thư Đảng ủy xã; đồng chí Hà Thị Ngọc Ánh, Phó Bí thư Thường trực Đảng ủy xã.")
		d.b("3. Số lượng tham dự")
		d.p("Đảng bộ có 14 chi bộ với tổng số 389 đảng viên; 361 đảng viên tham dự tại các điểm cầu, tỷ lệ 92,8%. 14/14 chi bộ tổ chức điểm cầu. Ngoài ra, có 56 quần chúng là trưởng, phó các đoàn thể, cán bộ thôn tham dự.")
		d.b("4. Chương trình")
		d.add(simpleTable([]float64{8, 56, 22, 14}, "CLLC", []string{"TT", "Nội dung", "Báo cáo viên", "Thời gian"},
			[]string{"1", "Nghị quyết số 27-NQ/TW và Nghị quyết số 28-NQ/TW", "Đ/c Đặng Văn Khoa", "120 phút"},
			[]string{"2", "Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước", "Đ/c Hà Thị Ngọc Ánh", "60 phút"},
		))
		d.b("5. Chương trình hành động")
		d.p("Đảng ủy đang xây dựng dự thảo Chương trình hành động, dự kiến ban hành trong tháng 01/2023 sau khi Huyện ủy ban hành chương trình hành động của huyện.")
		d.add(sign([]string{"- Ban Thường vụ Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VPĐU."}, signer([]string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, "Đặng Văn Khoa")...))
		out = append(out, NDoc{Name: "bc-dang-uy-xa-da-trach-tw6", Via: "lo-docx", Doc: d,
			Readme: "narrative DOCX, Hưng Yên commune committee for its Đảng bộ, TW6; online from a main site to 14 cell sites, party-wide totals with rate 92,8%, action program not yet issued",
			Recs: []Record{{
				Unit: "Đảng bộ xã Dạ Trạch", ParentUnit: "Huyện ủy Khoái Châu", DocNumber: "134-BC/ĐU",
				ReportDate: "2022-12-27", ConferenceDate: "2022-12-20", Location: "Hội trường Đảng ủy - HĐND - UBND xã Dạ Trạch", Form: "online",
				Chair:      per("Đặng Văn Khoa", "Bí thư Đảng ủy xã"),
				Reporters:  []Person{{"Đặng Văn Khoa", "Bí thư Đảng ủy xã"}, {"Hà Thị Ngọc Ánh", "Phó Bí thư Thường trực Đảng ủy xã"}},
				Attendance: att(361, 389, 56),
				Program: []Item{{"Nghị quyết số 27-NQ/TW và Nghị quyết số 28-NQ/TW", "Đặng Văn Khoa", 120},
					{"Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước", "Hà Thị Ngọc Ánh", 60}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Đặng Văn Khoa", "Bí thư"),
			}}})
	}
	return out
}
