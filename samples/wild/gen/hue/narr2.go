package main

// n4: rubber company committee, two days, hybrid, attendance table laid out by rows.
func n4() {
	d := Doc{
		Left:      []string{"ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG ỦY CÔNG TY TNHH MTV", "CAO SU CHƯ PĂH", "*", "Số 67-BC/ĐU"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Chư Păh, ngày 30 tháng 12 năm 2021"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT, KẾT LUẬN", "HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII"},
		Body: []Block{
			P("Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 22-11-2021 của Ban Tuyên giáo Tỉnh ủy Gia Lai và Kế hoạch số 54-KH/ĐUK ngày 26-11-2021 của Đảng ủy Khối Doanh nghiệp tỉnh về tổ chức học tập, quán triệt Nghị quyết, Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII, Đảng ủy Công ty báo cáo kết quả như sau:"),
			H("I. TỔ CHỨC HỘI NGHỊ"),
			P("Đảng bộ Công ty TNHH MTV Cao su Chư Păh tổ chức hội nghị trong 02 ngày (ngày 16 và 17-12-2021), theo hình thức kết hợp trực tiếp và trực tuyến: điểm cầu chính tại Hội trường Văn phòng Công ty, kết nối đến 11 điểm cầu tại các nông trường cao su Ia Ly, Ia Nhin, Ia Khươl, Hà Tây, Ia Phí, Ia Mơ Nông, Nghĩa Hưng, Đăk Djrăng, Ia Ka, Hòa Phú và Xí nghiệp Chế biến. Do tình hình dịch Covid-19, các điểm cầu bố trí không quá 30 người, bảo đảm giãn cách theo quy định."),
			P("Đồng chí Rmah Đoan, Bí thư Đảng ủy, Tổng Giám đốc Công ty chủ trì hội nghị và trực tiếp làm báo cáo viên chuyên đề chính."),
			H("II. THÀNH PHẦN THAM DỰ"),
			T([]float64{95, 30, 42},
				[]string{"Thành phần", "Số lượng", "Ghi chú"},
				[]string{"Tổng số đảng viên toàn Đảng bộ (22 chi bộ trực thuộc)", "412", ""},
				[]string{"Đảng viên có mặt tại các điểm cầu", "389", "94,4%"},
				[]string{"Đảng viên vắng mặt", "23", "Trực ca vườn cây, ốm, nghỉ phép"},
				[]string{"Quần chúng tham dự (tổ trưởng sản xuất, cán bộ công đoàn, đoàn viên)", "96", ""},
			),
			H("III. CHƯƠNG TRÌNH HỘI NGHỊ"),
			T([]float64{12, 85, 45, 25},
				[]string{"Số TT", "Chuyên đề", "Người trình bày", "Thời lượng"},
				[]string{"1", "Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái (Kết luận số 21-KL/TW)", "đc Rmah Đoan", "2 giờ"},
				[]string{"2", "Quy định về những điều đảng viên không được làm và trách nhiệm nêu gương (Quy định số 37-QĐ/TW)", "đc Nguyễn Thị Kim Liên", "1,5 giờ"},
				[]string{"3", "Tình hình kinh tế - xã hội năm 2021, kế hoạch năm 2022 và Kế hoạch tài chính 5 năm quốc gia", "đc Phan Đình Quý", "1,5 giờ"},
				[]string{"4", "Liên hệ nhiệm vụ sản xuất kinh doanh cao su và thảo luận", "đc Rmah Đoan", "0,5 giờ"},
			),
			P("Ghi chú: đc Nguyễn Thị Kim Liên - Phó Bí thư Đảng ủy, Chủ tịch Công đoàn Công ty; đc Phan Đình Quý - Ủy viên Ban Thường vụ Đảng ủy, Phó Tổng Giám đốc."),
			H("IV. ĐÁNH GIÁ"),
			P("Hội nghị diễn ra nghiêm túc, đường truyền bảo đảm, các chi bộ chuẩn bị tốt điều kiện tại điểm cầu. Có 16 lượt ý kiến thảo luận, tập trung vào trách nhiệm nêu gương của cán bộ quản lý nông trường, việc chống thất thoát mủ cao su và giữ gìn đất đai của công ty. Sau hội nghị, 100% đảng viên viết thu hoạch; số đảng viên vắng được bố trí học bù vào ngày 24-12-2021."),
			H("V. XÂY DỰNG CHƯƠNG TRÌNH HÀNH ĐỘNG"),
			P("Ngày 28-12-2021, Đảng ủy Công ty ban hành Chương trình hành động số 19-CTr/ĐU thực hiện Nghị quyết, Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII, gắn với nhiệm vụ sản xuất kinh doanh năm 2022; chỉ đạo các chi bộ trực thuộc cụ thể hóa bằng kế hoạch của chi bộ, hoàn thành trong tháng 01/2022."),
			P("Đảng ủy Công ty kính báo cáo Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh./."),
		},
		Recipient: []string{"Nơi nhận:", "- Ban Thường vụ Đảng ủy Khối (b/c);", "- Ban Tuyên giáo Đảng ủy Khối;", "- Các chi bộ trực thuộc;", "- Lưu VP Đảng ủy."},
		Sign:      []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "Rmah Đoan"},
	}
	r := Record{
		Unit: "Đảng bộ Công ty TNHH MTV Cao su Chư Păh", ParentUnit: "Đảng ủy Khối Doanh nghiệp tỉnh", DocNumber: "67-BC/ĐU",
		ReportDate: "2021-12-30", ConferenceDate: "2021-12-16", Location: "Hội trường Văn phòng Công ty", Form: "hybrid",
		Chair: pp("Rmah Đoan", "Bí thư Đảng ủy, Tổng Giám đốc Công ty"),
		Reporters: []Person{{"Rmah Đoan", "Bí thư Đảng ủy, Tổng Giám đốc Công ty"}, {"Nguyễn Thị Kim Liên", "Phó Bí thư Đảng ủy, Chủ tịch Công đoàn Công ty"},
			{"Phan Đình Quý", "Ủy viên Ban Thường vụ Đảng ủy, Phó Tổng Giám đốc"}},
		Attendance: att(389, 412, 96),
		Program: []Item{
			{"Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái (Kết luận số 21-KL/TW)", "Rmah Đoan", 120},
			{"Quy định về những điều đảng viên không được làm và trách nhiệm nêu gương (Quy định số 37-QĐ/TW)", "Nguyễn Thị Kim Liên", 90},
			{"Tình hình kinh tế - xã hội năm 2021, kế hoạch năm 2022 và Kế hoạch tài chính 5 năm quốc gia", "Phan Đình Quý", 90},
			{"Liên hệ nhiệm vụ sản xuất kinh doanh cao su và thảo luận", "Rmah Đoan", 30},
		},
		Action: &Action{Issued: true, Number: "19-CTr/ĐU", Date: "2021-12-28"},
		Signer: pp("Rmah Đoan", "Bí thư"),
	}
	emit("dang-bo-cong-ty-cao-su-chu-pah", "lopdf", "LibreOffice PDF from HTML; rubber company Đảng bộ, committee header over two lines; 4th plenum (2021); two-day conference; hybrid with main site; attendance as a row-wise table; program with hours and đc presenters; action program date written before its number", d, []Record{r})
}

// n5: police unit, state layout, online, members x/y.
func n5() {
	d := Doc{
		Left:      []string{"CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN HUYỆN ĐAM RÔNG", "", "Số: 215/BC-CAH"},
		Right:     []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Đam Rông, ngày 19 tháng 9 năm 2022"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "Kết quả tổ chức học tập, quán triệt các Nghị quyết Hội nghị lần thứ năm", "Ban Chấp hành Trung ương Đảng khóa XIII"},
		Body: []Block{
			P("Thực hiện Kế hoạch số 98-KH/ĐUCA ngày 15/8/2022 của Đảng ủy Công an tỉnh và Hướng dẫn số 07-HD/ĐUCA ngày 22/8/2022 về tổ chức nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII trong Đảng bộ Công an tỉnh, Công an huyện Đam Rông báo cáo kết quả như sau:"),
			H("1. Thời gian, hình thức"),
			P("Ngày 12/9/2022, Công an huyện Đam Rông tổ chức hội nghị theo hình thức trực tuyến; điểm cầu chính tại Hội trường Công an huyện Đam Rông, kết nối với 08 điểm cầu tại Công an các xã Rô Men, Liêng Srônh, Phi Liêng, Đạ K'Nàng, Đạ Rsal, Đạ Long, Đạ Tông và Đạ M'Rông."),
			H("2. Chủ trì, báo cáo viên"),
			P("Chủ trì: đồng chí Thượng tá Nguyễn Hữu Phước, Bí thư Đảng ủy, Trưởng Công an huyện."),
			P("Báo cáo viên: đồng chí Trung tá Cil Ha Lô, Phó Bí thư Đảng ủy, Phó Trưởng Công an huyện, trình bày Nghị quyết số 18-NQ/TW về đất đai và Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng; đồng chí Thiếu tá Đinh Văn Tuấn, Ủy viên Ban Chấp hành Đảng bộ, Đội trưởng Đội Tham mưu, trình bày Nghị quyết số 19-NQ/TW và Nghị quyết số 20-NQ/TW."),
			H("3. Thành phần tham dự"),
			P("Tổng số cán bộ, chiến sĩ tham dự 142 đồng chí. Trong đó đảng viên tham dự 118/125 đồng chí, đạt 94,4% (07 đồng chí vắng do làm nhiệm vụ tuần tra, trực ban, truy bắt đối tượng); quần chúng tham dự 24 đồng chí là chiến sĩ nghĩa vụ và cán bộ mới ra trường."),
			H("4. Kết quả"),
			P("Hội nghị được tổ chức bảo đảm nghiêm túc, an toàn, đúng kế hoạch. Cán bộ, chiến sĩ nắm được những nội dung cơ bản, cốt lõi của các nghị quyết, nhất là các vấn đề liên quan đến quản lý đất đai, tranh chấp đất rừng và xây dựng tổ chức cơ sở đảng trong Công an xã. Có 100% đảng viên viết bài thu hoạch theo quy định."),
			P("Trên cơ sở đó, ngày 16/9/2022 Đảng ủy Công an huyện ban hành Kế hoạch số 45-KH/ĐU thực hiện các Nghị quyết Hội nghị Trung ương 5 khóa XIII, gắn với nhiệm vụ bảo đảm an ninh trật tự địa bàn vùng đồng bào dân tộc thiểu số."),
			H("5. Đề xuất"),
			P("Đề nghị Công an tỉnh tiếp tục bồi dưỡng đội ngũ báo cáo viên cấp cơ sở; cấp thêm tài liệu học tập cho Công an các xã; hỗ trợ nâng cấp đường truyền tại các điểm cầu vùng sâu như Đạ Tông, Đạ M'Rông."),
			P("Kèm theo báo cáo: danh sách đảng viên vắng mặt và kế hoạch học bù (đã hoàn thành ngày 17/9/2022 tại Hội trường Công an huyện)."),
			T([]float64{12, 60, 45, 50},
				[]string{"TT", "Họ và tên", "Đơn vị", "Lý do vắng"},
				[]string{"1", "Ha Ni Ka", "Công an xã Đạ Tông", "Truy bắt đối tượng"},
				[]string{"2", "Trần Quốc Việt", "Đội CSGT-TT", "Tuần tra"},
				[]string{"3", "Kră Jăn Sin", "Công an xã Rô Men", "Trực ban"},
				[]string{"4", "Lê Văn Bảo", "Đội CSĐTTP về ma túy", "Làm nhiệm vụ chuyên án"},
				[]string{"5", "Đa Cát Hùng", "Công an xã Phi Liêng", "Trực ban"},
				[]string{"6", "Nguyễn Thị Hoa", "Đội Tham mưu", "Nghỉ ốm"},
				[]string{"7", "Liêng Jrang K'Đình", "Công an xã Liêng Srônh", "Tuần tra"},
			),
		},
		Recipient: []string{"Nơi nhận:", "- Đảng ủy Công an tỉnh (để b/c);", "- Phòng Công tác Đảng và CTCT;", "- Lưu: VT, TM."},
		Sign:      []string{"TRƯỞNG CÔNG AN HUYỆN", "Thượng tá Nguyễn Hữu Phước"},
	}
	r := Record{
		Unit: "Công an huyện Đam Rông", ParentUnit: "Công an tỉnh Lâm Đồng", DocNumber: "215/BC-CAH",
		ReportDate: "2022-09-19", ConferenceDate: "2022-09-12", Location: "Hội trường Công an huyện Đam Rông", Form: "online",
		Chair:      pp("Nguyễn Hữu Phước", "Bí thư Đảng ủy, Trưởng Công an huyện"),
		Reporters:  []Person{{"Cil Ha Lô", "Phó Bí thư Đảng ủy, Phó Trưởng Công an huyện"}, {"Đinh Văn Tuấn", "Ủy viên Ban Chấp hành Đảng bộ, Đội trưởng Đội Tham mưu"}},
		Attendance: att(118, 125, 24),
		Action:     &Action{Issued: true, Number: "45-KH/ĐU", Date: "2022-09-16"},
		Signer:     pp("Nguyễn Hữu Phước", "Trưởng Công an huyện"),
	}
	emit("cong-an-huyen-dam-rong-tw5", "lopdf", "LibreOffice PDF from HTML, 2 pages; state layout (police); 5th plenum (2022); cited plan/guidance dates; online with main site; members x/y with rate and absentees; ranks before names; make-up session date that is not the conference date; absentee table", d, []Record{r})
}

// n6: buôn cell in Đắk Lắk, short, compact attendance.
func n6() {
	d := Doc{
		Left:      []string{"ĐẢNG BỘ XÃ EA TIÊU", "CHI BỘ BUÔN KPĂ A", "*", "Số 02-BC/CB"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Ea Tiêu, ngày 12 tháng 01 năm 2024"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "tổ chức học tập Nghị quyết Hội nghị Trung ương 8 khóa XIII"},
		Body: []Block{
			P("Căn cứ Công văn số 215-CV/ĐU ngày 20-12-2023 của Đảng ủy xã Ea Tiêu về việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII (Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Nghị quyết số 45-NQ/TW về đội ngũ trí thức), Chi bộ buôn Kpă A báo cáo:"),
			P("- Ngày tổ chức: ngày 08-01-2024 (buổi tối)."),
			P("- Địa điểm: Nhà sinh hoạt cộng đồng buôn Kpă A."),
			P("- Chủ trì: đ/c Y Khuê Êban - Bí thư Chi bộ, Trưởng buôn."),
			P("- Báo cáo viên: đ/c Y Khuê Êban và đ/c H'Linh Mlô - Phó Bí thư Chi bộ, Chi hội trưởng Chi hội Phụ nữ."),
			P("- Số đảng viên có mặt: 21/23 (vắng 02 đ/c đi công tác). Quần chúng tham dự: 15 người (già làng, người có uy tín, trưởng các đoàn thể)."),
			P("- Nội dung: Đ/c Y Khuê Êban quán triệt Nghị quyết số 44-NQ/TW (60 phút); đ/c H'Linh Mlô giới thiệu Nghị quyết số 45-NQ/TW (30 phút); thảo luận, liên hệ việc giữ gìn an ninh trật tự, đoàn kết các dân tộc trong buôn (30 phút). Buổi học có phiên dịch tiếng Êđê cho quần chúng."),
			P("- Kế hoạch thực hiện: Chi bộ đã ban hành Kế hoạch số 03-KH/CB ngày 10-01-2024."),
			P("Chi bộ buôn Kpă A kính báo cáo Đảng ủy xã./."),
		},
		Recipient: partyRecv("- Đảng ủy xã Ea Tiêu (b/c);"),
		Sign:      []string{"T/M CHI BỘ", "BÍ THƯ", "Y Khuê Êban"},
	}
	r := Record{
		Unit: "Chi bộ buôn Kpă A", ParentUnit: "Đảng bộ xã Ea Tiêu", DocNumber: "02-BC/CB",
		ReportDate: "2024-01-12", ConferenceDate: "2024-01-08", Location: "Nhà sinh hoạt cộng đồng buôn Kpă A",
		Chair:      pp("Y Khuê Êban", "Bí thư Chi bộ, Trưởng buôn"),
		Reporters:  []Person{{Name: "Y Khuê Êban"}, {"H'Linh Mlô", "Phó Bí thư Chi bộ, Chi hội trưởng Chi hội Phụ nữ"}},
		Attendance: att(21, 23, 15),
		Program: []Item{
			{"quán triệt Nghị quyết số 44-NQ/TW", "Y Khuê Êban", 60},
			{"giới thiệu Nghị quyết số 45-NQ/TW", "H'Linh Mlô", 30},
			{"thảo luận, liên hệ việc giữ gìn an ninh trật tự, đoàn kết các dân tộc trong buôn", "", 30},
		},
		Action: &Action{Issued: true, Number: "03-KH/CB", Date: "2024-01-10"},
		Signer: pp("Y Khuê Êban", "Bí thư"),
	}
	emit("chi-bo-buon-kpa-a-ea-tieu", "lopdf", "LibreOffice PDF from HTML, 1 page; ethnic-minority buôn cell; 8th plenum (2023); cited letter date; label-dash items; members as 21/23 with absentees; program in prose with minutes and đ/c presenters", d, []Record{r})
}
