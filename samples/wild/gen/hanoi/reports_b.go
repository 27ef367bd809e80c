package main

func reportsB() []NDoc {
	var out []NDoc

	// 9. Chi bộ xóm 5, xã Giao Thiện (Giao Thủy, Nam Định) — TW5, Nghị quyết 19; two pages.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ GIAO THIỆN", "CHI BỘ XÓM 5", "Số 06-BC/CB", "Giao Thiện, ngày 29 tháng 8 năm 2022")
		title(d, "BÁO CÁO", "Kết quả tổ chức học tập, quán triệt Nghị quyết số 19-NQ/TW Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045")
		d.p("Căn cứ Kế hoạch số 101-KH/HU ngày 04/7/2022 của Ban Thường vụ Huyện ủy Giao Thủy; Kế hoạch số 55-KH/ĐU ngày 11/7/2022 của Đảng ủy xã Giao Thiện về tổ chức học tập, quán triệt, triển khai thực hiện các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII;")
		d.p("Căn cứ Thông báo số 27-TB/ĐU ngày 01/8/2022 của Đảng ủy xã về lịch tổ chức hội nghị tại các chi bộ,")
		d.p("Chi bộ xóm 5 báo cáo kết quả như sau:")
		d.b("I. ĐẶC ĐIỂM TÌNH HÌNH")
		d.p("Xóm 5 có 312 hộ với 1.146 nhân khẩu, kinh tế chủ yếu là trồng lúa, nuôi trồng thủy sản ven đê và dịch vụ du lịch sinh thái gắn với Vườn quốc gia Xuân Thủy. Chi bộ có 41 ĐV, trong đó 09 ĐV được miễn công tác và sinh hoạt đảng nhưng vẫn tham gia các buổi học tập nghị quyết khi sức khỏe cho phép.")
		d.b("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
		d.p("1. Công tác chuẩn bị: Chi ủy phân công đồng chí Bí thư Chi bộ nghiên cứu, chuẩn bị nội dung; phối hợp với Ban công tác Mặt trận xóm chuẩn bị hội trường; gửi giấy mời đến đảng viên và đại diện các hộ sản xuất giỏi.")
		d.p("2. Thời gian, địa điểm: Hội nghị tổ chức vào tối ngày 19/8/2022 (từ 19 giờ 00) tại Nhà văn hóa xóm 5, hình thức trực tiếp.")
		d.p("3. Chủ trì, báo cáo viên: đồng chí Mai Văn Tuấn, Bí thư Chi bộ, Trưởng xóm chủ trì và là báo cáo viên chính; đồng chí Trần Thị Thoa, Chi ủy viên, Chi hội trưởng Chi hội Nông dân trình bày phần liên hệ thực tiễn sản xuất nông nghiệp của xóm.")
		d.p("4. Thành phần tham dự: có 38 ĐV tham gia hội nghị (3 ĐV vắng vì ốm đau, đi làm ăn xa). Ngoài ra có 26 quần chúng là tổ trưởng tổ sản xuất, hội viên nông dân tiêu biểu dự.")
		d.p("5. Nội dung, chương trình:")
		d.add(simpleTable([]float64{9, 51, 24, 16}, "CLLC", []string{"Stt", "Nội dung", "Người thực hiện", "Thời lượng"},
			[]string{"1", "Bối cảnh ra đời, quan điểm chỉ đạo và mục tiêu của Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045", "đ/c Mai Văn Tuấn", "60 phút"},
			[]string{"2", "Các nhiệm vụ, giải pháp chủ yếu: phát triển nông nghiệp sinh thái, nông thôn hiện đại, nông dân văn minh", "đ/c Mai Văn Tuấn", "45 phút"},
			[]string{"3", "Liên hệ thực tiễn sản xuất lúa chất lượng cao, nuôi ngao, tôm sú ở xóm 5; định hướng xây dựng mô hình liên kết", "đ/c Trần Thị Thoa", "30 phút"},
			[]string{"4", "Thảo luận, giải đáp ý kiến của đảng viên và nhân dân", "đ/c Mai Văn Tuấn", "30 phút"},
		))
		d.p("6. Chất lượng hội nghị: Đảng viên và quần chúng dự hội nghị đầy đủ, đúng giờ, nghiêm túc. Có 09 lượt ý kiến phát biểu, tập trung vào các vấn đề: dồn điền, đổi thửa lần hai; bảo vệ rừng ngập mặn; xử lý rác thải nông nghiệp, vỏ bao bì thuốc bảo vệ thực vật; tiêu thụ nông sản cho bà con. Các ý kiến đã được đồng chí chủ trì giải đáp, tiếp thu để đề xuất với Đảng ủy xã.")
		d.b("III. TRIỂN KHAI THỰC HIỆN")
		d.p("Ngày 26/8/2022, Chi bộ đã ban hành Kế hoạch số 04-KH/CB thực hiện Nghị quyết số 19-NQ/TW, xác định các chỉ tiêu cụ thể: giá trị sản xuất trên 1 ha canh tác đạt 150 triệu đồng; 100% hộ thu gom, phân loại rác thải tại nguồn; duy trì danh hiệu xóm văn hóa.")
		d.b("IV. ĐÁNH GIÁ CHUNG")
		d.p("Ưu điểm: Hội nghị tổ chức đúng thời gian, đúng kế hoạch của Đảng ủy xã; đảng viên nhận thức rõ vai trò chủ thể của nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới.")
		d.p("Tồn tại: Một số đảng viên lớn tuổi còn hạn chế trong tiếp thu; tài liệu cấp cho chi bộ chưa đủ số lượng cho quần chúng tham dự.")
		d.b("V. ĐỀ XUẤT")
		d.p("Đề nghị Đảng ủy xã, UBND xã tiếp tục quan tâm hỗ trợ kinh phí xây dựng hệ thống thu gom bao bì thuốc bảo vệ thực vật trên cánh đồng; tổ chức tập huấn kỹ thuật nuôi ngao cho các hộ dân.")
		d.add(sign([]string{"- Đảng ủy xã Giao Thiện (b/c);", "- Lưu Chi bộ."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Mai Văn Tuấn")...))
		out = append(out, NDoc{Name: "bc-chi-bo-xom-5-giao-thien-nq19", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), two pages, hamlet cell in Nam Định, TW5 Nghị quyết 19; ĐV abbreviation, total in a background section and present later, three cited plan/notice dates, wrapping program cells, plan date written before its number",
			Recs: []Record{{
				Unit: "Chi bộ xóm 5", ParentUnit: "Đảng bộ xã Giao Thiện", DocNumber: "06-BC/CB",
				ReportDate: "2022-08-29", ConferenceDate: "2022-08-19", Location: "Nhà văn hóa xóm 5", Form: "in_person",
				Chair:      per("Mai Văn Tuấn", "Bí thư Chi bộ, Trưởng xóm"),
				Reporters:  []Person{{"Mai Văn Tuấn", "Bí thư Chi bộ, Trưởng xóm"}, {"Trần Thị Thoa", "Chi ủy viên, Chi hội trưởng Chi hội Nông dân"}},
				Attendance: att(38, 41, 26),
				Program: []Item{{"Bối cảnh ra đời, quan điểm chỉ đạo và mục tiêu của Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045", "Mai Văn Tuấn", 60},
					{"Các nhiệm vụ, giải pháp chủ yếu: phát triển nông nghiệp sinh thái, nông thôn hiện đại, nông dân văn minh", "Mai Văn Tuấn", 45},
					{"Liên hệ thực tiễn sản xuất lúa chất lượng cao, nuôi ngao, tôm sú ở xóm 5; định hướng xây dựng mô hình liên kết", "Trần Thị Thoa", 30},
					{"Thảo luận, giải đáp ý kiến của đảng viên và nhân dân", "Mai Văn Tuấn", 30}},
				ActionProgram: &Action{Issued: true, Number: "04-KH/CB", Date: "2022-08-26"},
				Signer:        per("Mai Văn Tuấn", "Bí thư"),
			}}})
	}

	// 10. Chi bộ Trường Mầm non Nhị Khê (Thường Tín) — TW6, hybrid, present split in two.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ NHỊ KHÊ", "CHI BỘ TRƯỜNG MẦM NON", "Số 02-BC/CB", "Nhị Khê, ngày 10 tháng 01 năm 2023")
		title(d, "BÁO CÁO", "Về việc học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII")
		d.p("Thực hiện Kế hoạch số 70-KH/ĐU ngày 12/12/2022 của Đảng ủy xã Nhị Khê, Chi bộ Trường Mầm non Nhị Khê báo cáo kết quả học tập, quán triệt các Nghị quyết số 27, 28, 29-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII như sau:")
		d.p("Hội nghị được tổ chức kết hợp trực tiếp và trực tuyến vào ngày 04/01/2023 tại Phòng họp Hội đồng sư phạm nhà trường; một số đảng viên đang nghỉ chăm con nhỏ tham gia trực tuyến qua ứng dụng Google Meet.")
		d.p("Chủ trì hội nghị: đồng chí Nguyễn Thị Thanh Xuân, Bí thư Chi bộ, Hiệu trưởng. Báo cáo viên: đồng chí Nguyễn Thị Thanh Xuân và đồng chí Đào Thị Hiền, Phó Bí thư Chi bộ, Phó Hiệu trưởng.")
		d.p("Tổng số đảng viên của Chi bộ: 19 đồng chí. Tham dự trực tiếp: 15 đồng chí; tham dự trực tuyến: 3 đồng chí; vắng 01 đồng chí do ốm điều trị tại bệnh viện. Cùng dự có 21 giáo viên, nhân viên là quần chúng.")
		d.p("Nội dung: đồng chí Nguyễn Thị Thanh Xuân quán triệt Nghị quyết số 27-NQ/TW và Nghị quyết số 28-NQ/TW (90 phút); đồng chí Đào Thị Hiền quán triệt Nghị quyết số 29-NQ/TW về công nghiệp hóa, hiện đại hóa đất nước (60 phút). Cuối buổi, đảng viên thảo luận, liên hệ việc ứng dụng công nghệ thông tin trong quản lý, chăm sóc, giáo dục trẻ.")
		d.p("Chi bộ đã xây dựng dự thảo kế hoạch thực hiện và sẽ thông qua, ban hành sau khi có ý kiến của Đảng ủy xã.")
		d.p("Trên đây là báo cáo của Chi bộ Trường Mầm non Nhị Khê./.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu CB."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Nguyễn Thị Thanh Xuân")...))
		out = append(out, NDoc{Name: "bc-chi-bo-mam-non-nhi-khe-tw6", Via: "lo-pdf", Doc: d,
			Readme: "narrative PDF (LibreOffice), kindergarten cell, TW6; hybrid conference, members present split into in-person + online (sum), total in another sentence, program as prose, action plan not yet issued",
			Ev:     []Evidence{{"members_present": {"Tham dự trực tiếp: 15", "tham dự trực tuyến: 3"}}},
			Recs: []Record{{
				Unit: "Chi bộ Trường Mầm non Nhị Khê", ParentUnit: "Đảng bộ xã Nhị Khê", DocNumber: "02-BC/CB",
				ReportDate: "2023-01-10", ConferenceDate: "2023-01-04", Location: "Phòng họp Hội đồng sư phạm nhà trường", Form: "hybrid",
				Chair:      per("Nguyễn Thị Thanh Xuân", "Bí thư Chi bộ, Hiệu trưởng"),
				Reporters:  []Person{{"Nguyễn Thị Thanh Xuân", ""}, {"Đào Thị Hiền", "Phó Bí thư Chi bộ, Phó Hiệu trưởng"}},
				Attendance: att(18, 19, 21),
				Program: []Item{{"Nghị quyết số 27-NQ/TW và Nghị quyết số 28-NQ/TW", "Nguyễn Thị Thanh Xuân", 90},
					{"Nghị quyết số 29-NQ/TW về công nghiệp hóa, hiện đại hóa đất nước", "Đào Thị Hiền", 60}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Nguyễn Thị Thanh Xuân", "Bí thư"),
			}}})
	}

	// 11. Chi bộ Phòng Nông nghiệp và PTNT huyện Kiến Xương (Thái Bình) — TW4, online.
	{
		d := &Doc{Font: "sans", Size: 12}
		partyHeader(d, "ĐẢNG BỘ KHỐI CƠ QUAN HUYỆN KIẾN XƯƠNG", "CHI BỘ PHÒNG NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN", "Số 15-BC/CB", "Kiến Xương, ngày 07 tháng 01 năm 2022")
		title(d, "BÁO CÁO", "kết quả tổ chức hội nghị quán triệt Kết luận, Quy định Hội nghị Trung ương 4 khóa XIII")
		d.p("Thực hiện Công văn số 318-CV/ĐUK ngày 02/12/2021 của Đảng ủy Khối cơ quan huyện về việc tổ chức học tập, quán triệt Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW; do diễn biến phức tạp của dịch Covid-19 trên địa bàn huyện, Chi bộ Phòng Nông nghiệp và PTNT huyện Kiến Xương tổ chức hội nghị theo hình thức trực tuyến qua phần mềm Zoom vào sáng ngày 29/12/2021; điểm cầu chính đặt tại Phòng họp tầng 3 Phòng Nông nghiệp và PTNT.")
		d.p("Chủ trì hội nghị: đồng chí Phạm Văn Chiến, Bí thư Chi bộ, Trưởng phòng. Báo cáo viên: đồng chí Phạm Văn Chiến, Bí thư Chi bộ, Trưởng phòng; đồng chí Lại Thị Thu Hà, Phó Bí thư Chi bộ.")
		d.p("Thành phần: Chi bộ có 16 đảng viên; số đảng viên tham gia hội nghị 15/16, đạt 93,75% (01 đồng chí nghỉ điều trị Covid-19). Viên chức, người lao động chưa là đảng viên tham gia: 07 người.")
		d.add(simpleTable([]float64{8, 52, 24, 16}, "CLLC", []string{"TT", "Chuyên đề", "Người trình bày", "Thời lượng (phút)"},
			[]string{"1", "Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Phạm Văn Chiến", "60"},
			[]string{"2", "Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm", "Lại Thị Thu Hà", "45"},
		))
		d.p("Hội nghị bảo đảm chất lượng; đường truyền ổn định. Chi bộ đã ban hành Kế hoạch số 11-KH/CB ngày 05/01/2022 thực hiện Kết luận số 21-KL/TW, gắn với việc thực hiện Chỉ thị số 05-CT/TW và nhiệm vụ chuyên môn của phòng.")
		d.add(sign([]string{"- Đảng ủy Khối (b/c);", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Phạm Văn Chiến")...))
		out = append(out, NDoc{Name: "bc-chi-bo-phong-nong-nghiep-kien-xuong-tw4", Via: "lo-pdf", Doc: d,
			Readme: "narrative PDF (LibreOffice, sans font), district agency cell in Thái Bình, TW4; online via Zoom with main site, date and place inside the opening sentence, 15/16 with stated rate, cited CV date",
			Recs: []Record{{
				Unit: "Chi bộ Phòng Nông nghiệp và PTNT huyện Kiến Xương", ParentUnit: "Đảng bộ Khối cơ quan huyện Kiến Xương", DocNumber: "15-BC/CB",
				ReportDate: "2022-01-07", ConferenceDate: "2021-12-29", Location: "Phòng họp tầng 3 Phòng Nông nghiệp và PTNT", Form: "online",
				Chair:      per("Phạm Văn Chiến", "Bí thư Chi bộ, Trưởng phòng"),
				Reporters:  []Person{{"Phạm Văn Chiến", "Bí thư Chi bộ, Trưởng phòng"}, {"Lại Thị Thu Hà", "Phó Bí thư Chi bộ"}},
				Attendance: att(15, 16, 7),
				Program: []Item{{"Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Phạm Văn Chiến", 60},
					{"Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm", "Lại Thị Thu Hà", 45}},
				ActionProgram: &Action{Issued: true, Number: "11-KH/CB", Date: "2022-01-05"},
				Signer:        per("Phạm Văn Chiến", "Bí thư"),
			}}})
	}

	// 12. Chi bộ thôn Hộ Vệ, xã Lạc Vệ (Tiên Du, Bắc Ninh) — Đại hội XIII.
	{
		d := &Doc{Font: "dejavu", Size: 12.5}
		partyHeader(d, "ĐẢNG BỘ XÃ LẠC VỆ", "CHI BỘ THÔN HỘ VỆ", "Số 11-BC/CB", "Hộ Vệ, ngày 12 tháng 5 năm 2021")
		title(d, "BÁO CÁO", "Kết quả học tập Nghị quyết Đại hội XIII của Đảng")
		d.p("Thực hiện Kế hoạch số 19-KH/ĐU ngày 26/3/2021 của Ban Thường vụ Đảng ủy xã Lạc Vệ, Chi bộ thôn Hộ Vệ tổ chức hội nghị học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng như sau:")
		d.p("- Thời gian: 01 buổi, ngày 08/5/2021.")
		d.p("- Địa điểm: Hội trường Nhà văn hóa thôn Hộ Vệ.")
		d.p("- Chủ trì: đ/c Nguyễn Hữu Nghĩa - Bí thư Chi bộ.")
		d.p("- Báo cáo viên: đ/c Nguyễn Hữu Nghĩa - Bí thư Chi bộ; đ/c Ngô Văn Sơn - Trưởng thôn.")
		d.p("- Số ĐV của chi bộ: 72 đ/c; số ĐV tham gia học tập: 66 đ/c; vắng: 06 đ/c (ốm, già yếu, đi làm xa). Quần chúng tham gia: 35 người (trưởng các dòng họ, chi hội trưởng).")
		d.p("- Chương trình: (1) Những nội dung cơ bản của Văn kiện Đại hội XIII, đ/c Nguyễn Hữu Nghĩa trình bày (2 giờ); (2) Phát huy truyền thống văn hóa quê hương Kinh Bắc, xây dựng thôn kiểu mẫu, đ/c Ngô Văn Sơn trình bày (1 giờ).")
		d.p("Chi bộ đã xây dựng Chương trình hành động số 02-CTr/CB ngày 10/5/2021 để thực hiện Nghị quyết.")
		d.p("Nhận xét: Hội nghị được tổ chức nghiêm túc, đảng viên nhận thức đầy đủ hơn về quan điểm, mục tiêu phát triển đất nước trong giai đoạn mới. Tuy nhiên, thời gian thảo luận còn ít.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Nguyễn Hữu Nghĩa")...))
		out = append(out, NDoc{Name: "bc-chi-bo-thon-ho-ve-lac-ve", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), one page, village cell in Bắc Ninh, Đại hội XIII; dash-list layout, ĐV and đ/c abbreviations, tham gia/vắng, hours in parentheses",
			Recs: []Record{{
				Unit: "Chi bộ thôn Hộ Vệ", ParentUnit: "Đảng bộ xã Lạc Vệ", DocNumber: "11-BC/CB",
				ReportDate: "2021-05-12", ConferenceDate: "2021-05-08", Location: "Hội trường Nhà văn hóa thôn Hộ Vệ",
				Chair:      per("Nguyễn Hữu Nghĩa", "Bí thư Chi bộ"),
				Reporters:  []Person{{"Nguyễn Hữu Nghĩa", "Bí thư Chi bộ"}, {"Ngô Văn Sơn", "Trưởng thôn"}},
				Attendance: att(66, 72, 35),
				Program: []Item{{"Những nội dung cơ bản của Văn kiện Đại hội XIII", "Nguyễn Hữu Nghĩa", 120},
					{"Phát huy truyền thống văn hóa quê hương Kinh Bắc, xây dựng thôn kiểu mẫu", "Ngô Văn Sơn", 60}},
				ActionProgram: &Action{Issued: true, Number: "02-CTr/CB", Date: "2021-05-10"},
				Signer:        per("Nguyễn Hữu Nghĩa", "Bí thư"),
			}}})
	}
	out = append(out, reportsB2()...)
	return out
}
