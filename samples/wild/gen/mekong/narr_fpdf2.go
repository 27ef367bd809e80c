package main

// Bến Tre, state enterprise's party committee, TW6, two pages.
func nCapNuocBT() error {
	d := partyHead("Đảng bộ Khối Doanh nghiệp tỉnh Bến Tre", "Đảng ủy Công ty Cổ phần Cấp thoát nước Bến Tre", "18-BC/ĐU", "Bến Tre, ngày 16 tháng 01 năm 2023")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"kết quả học tập, quán triệt và triển khai thực hiện các nghị quyết", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII"}
	d.para("Căn cứ Kế hoạch số 87-KH/ĐUK ngày 05-12-2022 của Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh về việc học tập, quán triệt, tuyên truyền và triển khai thực hiện các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII; Công văn số 312-CV/ĐUK ngày 20-12-2022 về thời gian tổ chức hội nghị ở các tổ chức cơ sở đảng, Đảng ủy Công ty Cổ phần Cấp thoát nước Bến Tre báo cáo như sau:")
	d.head("I. TÌNH HÌNH CHUNG")
	d.para("Đảng bộ Công ty Cổ phần Cấp thoát nước Bến Tre có 06 chi bộ trực thuộc với tổng số 87 đảng viên, được bố trí tại các nhà máy nước, xí nghiệp, chi nhánh cấp nước ở các huyện. Đặc thù sản xuất liên tục theo ca, nhiều đảng viên làm nhiệm vụ vận hành, sửa chữa đường ống nên việc bố trí thời gian học tập tập trung gặp nhiều khó khăn.")
	d.head("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
	d.para("Ngày 10-01-2023, tại Hội trường Công ty, số 103 đường Hùng Vương, phường 3, thành phố Bến Tre, Đảng ủy Công ty tổ chức hội nghị học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XIII cho cán bộ, đảng viên và người lao động. Đồng chí Đoàn Văn Hiếu, Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị Công ty chủ trì hội nghị.")
	d.para("Báo cáo viên: đồng chí Đoàn Văn Hiếu, Bí thư Đảng ủy và đồng chí Lê Thị Thúy Kiều, Phó Bí thư Đảng ủy, Tổng Giám đốc Công ty.")
	d.para("Dự hội nghị có 81 đảng viên; 06 đồng chí vắng do trực vận hành nhà máy nước và đi công tác. Ngoài đảng viên, Đảng ủy mời 35 quần chúng là cán bộ quản lý, tổ trưởng sản xuất, đoàn viên thanh niên ưu tú cùng dự.")
	d.para("Chương trình hội nghị:")
	d.table(ptab([]string{"Số TT", "Nội dung quán triệt", "Đồng chí trình bày", "Thời gian (phút)"}, []float64{9, 58, 36, 15}, [][]string{
		{"1", nq27, "Đ/c Đoàn Văn Hiếu\nBí thư Đảng ủy, Chủ tịch HĐQT", "90"},
		{"2", nq28, "Đ/c Đoàn Văn Hiếu\nBí thư Đảng ủy, Chủ tịch HĐQT", "60"},
		{"3", nq29, "Đ/c Lê Thị Thúy Kiều\nPhó Bí thư Đảng ủy, Tổng Giám đốc", "90"},
		{"4", "Liên hệ trách nhiệm của tổ chức đảng, đảng viên Công ty; thông qua dự thảo Kế hoạch thực hiện", "Đ/c Lê Thị Thúy Kiều", "30"},
	}))
	d.head("III. ĐÁNH GIÁ")
	d.para("1. Ưu điểm")
	d.para(assessGood[0])
	d.para("Đảng ủy chỉ đạo các chi bộ tổ chức học tập bù cho đảng viên vắng mặt ngay trong kỳ sinh hoạt chi bộ tháng 01/2023; yêu cầu 100% đảng viên viết bài thu hoạch, trong đó liên hệ với nhiệm vụ bảo đảm cấp nước an toàn, liên tục, ứng phó với hạn hán, xâm nhập mặn mùa khô 2022 - 2023.")
	d.para("2. Hạn chế")
	d.para("Một số đảng viên trực ca không tham dự được hội nghị tập trung; thời gian dành cho thảo luận còn ít; việc liên hệ giữa nội dung nghị quyết về công nghiệp hóa, hiện đại hóa với định hướng chuyển đổi số trong quản lý khách hàng, ghi thu tiền nước của Công ty chưa được phân tích sâu.")
	d.head("IV. XÂY DỰNG KẾ HOẠCH THỰC HIỆN")
	d.para("Ngay sau hội nghị, Đảng ủy Công ty đã ban hành Kế hoạch số 52-KH/ĐU ngày 13-01-2023 về thực hiện các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII, xác định 05 nhóm nhiệm vụ, giải pháp trọng tâm: nâng cao năng lực lãnh đạo của Đảng ủy; đổi mới quản trị doanh nghiệp; đầu tư mở rộng mạng lưới cấp nước nông thôn; đẩy mạnh chuyển đổi số; chăm lo đời sống người lao động.")
	d.para("Đảng ủy Công ty Cổ phần Cấp thoát nước Bến Tre trân trọng báo cáo Ban Thường vụ Đảng ủy Khối./.")
	d.Recipients = nn("- Ban Thường vụ Đảng ủy Khối (b/c);", "- Ban Tuyên giáo Đảng ủy Khối;", "- Các chi bộ trực thuộc;", "- Lưu VP Đảng ủy.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Đoàn Văn Hiếu"}
	_, err := pdfOut(d, "bao-cao-dang-uy-cong-ty-cap-thoat-nuoc-ben-tre.pdf",
		"two-page narrative PDF (fpdf), party committee of a state-owned water company in Bến Tre reporting for its Đảng bộ, TW6 (NQ 27-29); total members in one section and those present in another with absentees, program table with multi-line presenter cells (Đ/c + title), cited plan and letter dates, KH as action plan", Record{
			Unit: "Đảng bộ Công ty Cổ phần Cấp thoát nước Bến Tre", ParentUnit: "Đảng bộ Khối Doanh nghiệp tỉnh Bến Tre", DocNumber: "18-BC/ĐU", ReportDate: "2023-01-16",
			ConferenceDate: "2023-01-10", Location: "Hội trường Công ty, số 103 đường Hùng Vương, phường 3, thành phố Bến Tre",
			Chair:      pp("Đoàn Văn Hiếu", "Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị Công ty"),
			Reporters:  []Person{{"Đoàn Văn Hiếu", "Bí thư Đảng ủy"}, {"Lê Thị Thúy Kiều", "Phó Bí thư Đảng ủy, Tổng Giám đốc Công ty"}},
			Attendance: att(81, 87, 35),
			Program: []ProgItem{
				{nq27, "Đoàn Văn Hiếu", 90}, {nq28, "Đoàn Văn Hiếu", 60}, {nq29, "Lê Thị Thúy Kiều", 90},
				{"Liên hệ trách nhiệm của tổ chức đảng, đảng viên Công ty; thông qua dự thảo Kế hoạch thực hiện", "Lê Thị Thúy Kiều", 30},
			},
			ActionProgram: &Action{Issued: true, Number: "52-KH/ĐU", Date: "2023-01-13"},
			Signer:        pp("Đoàn Văn Hiếu", "Bí thư"),
		})
	return err
}

// Đà Nẵng, residential group cell, TW8; location inside the date sentence, đ/v abbreviations.
func nTDP41() error {
	d := partyHead("Đảng bộ phường Hòa Khánh Bắc", "Chi bộ Tổ dân phố 41", "03-BC/CB", "Hòa Khánh Bắc, ngày 22 tháng 01 năm 2024")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt các nghị quyết", "Hội nghị Trung ương 8 khóa XIII"}
	d.para("Thực hiện Công văn số 215-CV/ĐU ngày 28-12-2023 của Đảng ủy phường Hòa Khánh Bắc về việc tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 8 khóa XIII đến chi bộ, đảng viên, Chi bộ Tổ dân phố 41 báo cáo kết quả như sau:")
	d.para("Tối ngày 16-01-2024, tại Nhà sinh hoạt cộng đồng tổ dân phố 41, Chi bộ tổ chức hội nghị học tập, quán triệt %s; %s và %s.", nq44, nq45, nq46)
	d.para("Đ/c Phan Thị Thu Hà, Bí thư Chi bộ chủ trì hội nghị và trực tiếp quán triệt các nghị quyết theo tài liệu hỏi - đáp của Ban Tuyên giáo Thành ủy.")
	d.para("Tham dự có 19/21 đ/v (02 đ/v vắng: 01 ốm, 01 đi công tác) và 07 quần chúng tiêu biểu là tổ trưởng tổ dân phố, chi hội trưởng Chi hội Phụ nữ, Chi hội Cựu chiến binh.")
	d.para("Qua thảo luận, đảng viên thống nhất cao với các quan điểm chỉ đạo của nghị quyết; nhiều ý kiến đề nghị tăng cường vai trò của Ban công tác Mặt trận khu dân cư trong nắm tình hình, hòa giải ở cơ sở, giữ gìn an ninh trật tự, vệ sinh môi trường trên địa bàn tổ dân phố.")
	d.para("Chi bộ đã ban hành Kế hoạch số 02-KH/CB ngày 18/01/2024 thực hiện các nghị quyết Hội nghị Trung ương 8 khóa XIII, phân công đảng viên phụ trách nhóm hộ, gắn với phong trào \"Toàn dân bảo vệ an ninh Tổ quốc\" và cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\".")
	d.para("Chi bộ Tổ dân phố 41 báo cáo Đảng ủy phường theo dõi, chỉ đạo./.")
	d.Recipients = nn("- Đảng ủy phường (b/c);", "- Lưu CB.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Phan Thị Thu Hà"}
	chair := pp("Phan Thị Thu Hà", "Bí thư Chi bộ")
	_, err := pdfOut(d, "bao-cao-chi-bo-to-dan-pho-41-hoa-khanh-bac.pdf",
		"narrative PDF (fpdf), residential-group cell in Đà Nẵng, TW8 (NQ 44-46); location inside the date sentence, cited letter date, present/total with đ/v abbreviation and absentee reasons, no program table", Record{
			Unit: "Chi bộ Tổ dân phố 41", ParentUnit: "Đảng bộ phường Hòa Khánh Bắc", DocNumber: "03-BC/CB", ReportDate: "2024-01-22",
			ConferenceDate: "2024-01-16", Location: "Nhà sinh hoạt cộng đồng tổ dân phố 41",
			Chair: chair, Reporters: []Person{*chair}, Attendance: att(19, 21, 7),
			ActionProgram: &Action{Issued: true, Number: "02-KH/CB", Date: "2024-01-18"},
			Signer:        pp("Phan Thị Thu Hà", "Bí thư"),
		})
	return err
}

// Quảng Nam, regional hospital, state layout, XIII.
func nBVMienNui() error {
	d := stateHead("Sở Y tế Quảng Nam", "Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam", "215/BC-BVĐKKV", "Quảng Nam, ngày 07 tháng 6 năm 2021")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết", "Đại hội XIII của Đảng cho cán bộ, viên chức, người lao động"}
	d.para("Thực hiện Kế hoạch số 41/KH-SYT ngày 05/4/2021 của Sở Y tế Quảng Nam về tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng trong ngành Y tế; được sự thống nhất của Đảng ủy Bệnh viện, Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam báo cáo kết quả tổ chức hội nghị như sau:")
	d.head("1. Thời gian, hình thức, địa điểm")
	d.para("Hội nghị được tổ chức vào ngày 02/6/2021 theo hình thức trực tiếp tại Hội trường tầng 3, Khu hành chính Bệnh viện; bảo đảm các biện pháp phòng, chống dịch COVID-19 theo quy định (đeo khẩu trang, khử khuẩn, giãn cách chỗ ngồi).")
	d.head("2. Chủ trì và báo cáo viên")
	d.para("Chủ trì: đồng chí Nguyễn Văn Thành - Bí thư Đảng ủy, Giám đốc Bệnh viện. Báo cáo viên: đồng chí Nguyễn Văn Thành và đồng chí Hồ Thị Ánh Tuyết - Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện.")
	d.head("3. Thành phần tham dự")
	d.para("Tổng số cán bộ, viên chức, người lao động tham dự: 186 người, trong đó đảng viên 58/61 đồng chí (03 đồng chí vắng do trực cấp cứu, trực phẫu thuật), quần chúng 128 người.")
	d.head("4. Chương trình")
	d.table(ptab([]string{"TT", "Chuyên đề", "Người trình bày", "Thời lượng"}, []float64{7, 62, 32, 16}, [][]string{
		{"1", "Những nội dung cơ bản, điểm mới của Văn kiện Đại hội XIII của Đảng", "Đc Nguyễn Văn Thành", "1,5 giờ"},
		{"2", "Định hướng phát triển lĩnh vực y tế, chăm sóc sức khỏe nhân dân trong Văn kiện Đại hội XIII", "Đc Hồ Thị Ánh Tuyết, Phó Giám đốc", "1 giờ"},
		{"3", "Nghị quyết Đại hội Đảng bộ tỉnh Quảng Nam lần thứ XXII, nhiệm kỳ 2020 - 2025", "Đc Hồ Thị Ánh Tuyết, Phó Giám đốc", "1 giờ"},
	}))
	d.head("5. Kết quả")
	d.para("Hội nghị diễn ra nghiêm túc, đúng kế hoạch. Viên chức, người lao động nắm được những quan điểm, mục tiêu lớn của Đảng về bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân, phát triển y tế cơ sở và y tế vùng đồng bào dân tộc thiểu số, miền núi. Bệnh viện đã ban hành Kế hoạch số 96/KH-BV ngày 04/6/2021 triển khai thực hiện Nghị quyết tại đơn vị.")
	d.para("Đối với số đảng viên vắng mặt do trực chuyên môn, Bệnh viện phối hợp với Đảng ủy tổ chức học tập bổ sung trong tháng 6/2021.")
	d.Recipients = nn("- Sở Y tế (b/c);", "- Đảng ủy Bệnh viện;", "- Lưu: VT, TCHC.")
	d.Sign = []string{"GIÁM ĐỐC", "", "BSCKII. Nguyễn Văn Thành"}
	_, err := pdfOut(d, "bao-cao-benh-vien-mien-nui-phia-bac-quang-nam.pdf",
		"narrative PDF (fpdf), state layout (CỘNG HÒA…, Số: …/BC-…), regional hospital in Quảng Nam, XIII; slash dates, in-person with precautions, present/total within a staff total, program in hours with Đc presenters, degree prefix in signature", Record{
			Unit: "Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam", ParentUnit: "Sở Y tế Quảng Nam", DocNumber: "215/BC-BVĐKKV", ReportDate: "2021-06-07",
			ConferenceDate: "2021-06-02", Location: "Hội trường tầng 3, Khu hành chính Bệnh viện", Form: "in_person",
			Chair:      pp("Nguyễn Văn Thành", "Bí thư Đảng ủy, Giám đốc Bệnh viện"),
			Reporters:  []Person{{Name: "Nguyễn Văn Thành"}, {"Hồ Thị Ánh Tuyết", "Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện"}},
			Attendance: att(58, 61, 128),
			Program: []ProgItem{
				{"Những nội dung cơ bản, điểm mới của Văn kiện Đại hội XIII của Đảng", "Nguyễn Văn Thành", 90},
				{"Định hướng phát triển lĩnh vực y tế, chăm sóc sức khỏe nhân dân trong Văn kiện Đại hội XIII", "Hồ Thị Ánh Tuyết", 60},
				{"Nghị quyết Đại hội Đảng bộ tỉnh Quảng Nam lần thứ XXII, nhiệm kỳ 2020 - 2025", "Hồ Thị Ánh Tuyết", 60},
			},
			ActionProgram: &Action{Issued: true, Number: "96/KH-BV", Date: "2021-06-04"},
			Signer:        pp("Nguyễn Văn Thành", "Giám đốc"),
		})
	return err
}

// Bình Định, ward-area cell, TW5 (land); report date broken in the header, attendance table.
func nNhonBinh() error {
	d := partyHead("Đảng bộ phường Nhơn Bình", "Chi bộ khu vực 7", "09-BC/CB", "Nhơn Bình, ngày 15 tháng 8\nnăm 2022")
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả hội nghị quán triệt Nghị quyết số 18-NQ/TW", "Hội nghị Trung ương 5 khóa XIII về đất đai"}
	d.para("Thực hiện Hướng dẫn số 27-HD/ĐU ngày 12-7-2022 của Đảng ủy phường Nhơn Bình, Chi bộ khu vực 7 đã tổ chức hội nghị quán triệt %s.", nq18)
	d.para("Hội nghị được tổ chức theo hình thức trực tiếp vào ngày 09-8-2022 tại Nhà văn hóa khu vực 7. Đồng chí Võ Thị Bích Ngọc, Bí thư Chi bộ chủ trì; đồng chí Nguyễn Hữu Phước, Đảng ủy viên, Phó Chủ tịch UBND phường, báo cáo viên của Đảng ủy phường, trình bày các nội dung của Nghị quyết.")
	d.para("Số lượng tham dự:")
	d.table(&Table{Head: []string{"Tổng số ĐV", "ĐV dự", "Tỷ lệ", "ĐV vắng", "Quần chúng dự"}, W: []float64{1, 1, 1, 1, 1.3}, Align: []string{"C", "C", "C", "C", "C"},
		Rows: [][]string{{"27", "25", "92,6%", "02", "11"}}})
	d.para("Nội dung, thời lượng:")
	d.table(ptab([]string{"Stt", "Nội dung", "Người trình bày", "Thời gian (giờ)"}, []float64{7, 64, 28, 18}, [][]string{
		{"1", "Quan điểm chỉ đạo, mục tiêu của Nghị quyết số 18-NQ/TW", "đ/c Nguyễn Hữu Phước", "1,5"},
		{"2", "Những nhiệm vụ, giải pháp chủ yếu về quản lý, sử dụng đất; liên hệ công tác quản lý đất đai, trật tự xây dựng trên địa bàn phường", "đ/c Nguyễn Hữu Phước", "1"},
		{"3", "Thảo luận, thống nhất nội dung chương trình hành động của Chi bộ", "đ/c Võ Thị Bích Ngọc", "0,5"},
	}))
	d.para("Đảng viên tham gia ý kiến sôi nổi, tập trung vào việc giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất còn tồn đọng, công tác bồi thường, giải phóng mặt bằng tuyến đường ven sông Hà Thanh và quản lý đất công trên địa bàn khu vực.")
	d.para("Ngày 12/8/2022, Chi bộ ban hành Chương trình hành động số 04-CTr/CB thực hiện Nghị quyết số 18-NQ/TW, giao nhiệm vụ cụ thể cho từng đảng viên.")
	d.Recipients = nn("- Đảng ủy phường Nhơn Bình;", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Võ Thị Bích Ngọc"}
	_, err := pdfOut(d, "bao-cao-chi-bo-khu-vuc-7-nhon-binh.pdf",
		"narrative PDF (fpdf), ward-area cell in Bình Định (Quy Nhơn), TW5 (NQ 18); report date broken over two header lines, cited guidance date, attendance as a one-row table with ĐV abbreviations, hours column with decimal comma, reporter from the superior committee, action program date before number", Record{
			Unit: "Chi bộ khu vực 7", ParentUnit: "Đảng bộ phường Nhơn Bình", DocNumber: "09-BC/CB", ReportDate: "2022-08-15",
			ConferenceDate: "2022-08-09", Location: "Nhà văn hóa khu vực 7", Form: "in_person",
			Chair:      pp("Võ Thị Bích Ngọc", "Bí thư Chi bộ"),
			Reporters:  []Person{{"Nguyễn Hữu Phước", "Đảng ủy viên, Phó Chủ tịch UBND phường"}},
			Attendance: att(25, 27, 11),
			Program: []ProgItem{
				{"Quan điểm chỉ đạo, mục tiêu của Nghị quyết số 18-NQ/TW", "Nguyễn Hữu Phước", 90},
				{"Những nhiệm vụ, giải pháp chủ yếu về quản lý, sử dụng đất; liên hệ công tác quản lý đất đai, trật tự xây dựng trên địa bàn phường", "Nguyễn Hữu Phước", 60},
				{"Thảo luận, thống nhất nội dung chương trình hành động của Chi bộ", "Võ Thị Bích Ngọc", 30},
			},
			ActionProgram: &Action{Issued: true, Number: "04-CTr/CB", Date: "2022-08-12"},
			Signer:        pp("Võ Thị Bích Ngọc", "Bí thư"),
		})
	return err
}
