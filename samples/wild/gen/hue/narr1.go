package main

func pp(name, title string) *Person { return &Person{Name: name, Title: title} }

func partyRecv(extra ...string) []string {
	return append([]string{"Nơi nhận:"}, append(extra, "- Lưu chi bộ.")...)
}

// n1: village cell in Huế, date broken over two lines, absentees with reasons, hours.
func n1() {
	d := Doc{
		Left:      []string{"ĐẢNG BỘ XÃ PHONG HIỀN", "CHI BỘ THÔN HIỀN AN 1", "*", "Số 08-BC/CB"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Phong Hiền, ngày 22 tháng 4", "năm 2021"},
		RightItal: 2,
		Title:     []string{"BÁO CÁO", "kết quả học tập, quán triệt và triển khai thực hiện", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"},
		Body: []Block{
			P("Thực hiện Chỉ thị số 01-CT/TW ngày 09-3-2021 của Bộ Chính trị; Kế hoạch số 15-KH/ĐU ngày 25-3-2021 của Đảng ủy xã Phong Hiền về tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng; Công văn số 27-CV/ĐU ngày 02-4-2021 của Ban Thường vụ Đảng ủy xã về việc hướng dẫn tổ chức hội nghị ở các chi bộ trực thuộc, Chi bộ thôn Hiền An 1 báo cáo kết quả như sau:"),
			H("I. CÔNG TÁC CHUẨN BỊ"),
			P("Ngay sau khi nhận được kế hoạch của Đảng ủy xã, Chi ủy đã họp, thống nhất thời gian, địa điểm, phân công đồng chí Bí thư Chi bộ trực tiếp chuẩn bị nội dung và làm báo cáo viên; giao đồng chí Phó Bí thư chuẩn bị hội trường, tài liệu và mời đại diện các chi hội đoàn thể của thôn tham dự. Tài liệu học tập gồm cuốn tài liệu dùng cho đảng viên ở cơ sở do Ban Tuyên giáo Trung ương biên soạn và đề cương giới thiệu Nghị quyết của Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế, được cấp đủ cho đảng viên trước 03 ngày để nghiên cứu trước."),
			H("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ"),
			P("1. Thời gian, địa điểm: Hội nghị được tổ chức theo hình thức trực tiếp vào ngày 18-4-2021 (Chủ nhật), tại Nhà văn hóa thôn Hiền An 1, thời gian một buổi, bắt đầu từ 7 giờ 30 phút."),
			P("2. Chủ trì hội nghị: đồng chí Trần Văn Lành, Bí thư Chi bộ, Trưởng thôn."),
			P("3. Thành phần: Chi bộ hiện có 36 đảng viên (trong đó 05 đồng chí được miễn sinh hoạt đảng vẫn được mời dự). Dự hội nghị có 33 đ/c; vắng 3 đ/c, trong đó 02 đ/c đi làm ăn xa tại Bình Dương, 01 đ/c ốm nằm viện có báo cáo với Chi ủy. Ngoài ra có 12 quần chúng là chi hội trưởng các chi hội, trưởng ban công tác Mặt trận và tổ trưởng các tổ tự quản của thôn được mời dự."),
			P("4. Nội dung chương trình hội nghị:"),
			T([]float64{12, 86, 42, 27},
				[]string{"TT", "Nội dung", "Người thực hiện", "Thời gian"},
				[]string{"1", "Khai mạc, giới thiệu đại biểu, quán triệt mục đích, yêu cầu", "Đ/c Lê Thị Mận", "0,5 giờ"},
				[]string{"2", "Những điểm mới, nổi bật trong các văn kiện Đại hội XIII của Đảng; các quan điểm chỉ đạo, mục tiêu và 06 nhiệm vụ trọng tâm, 03 đột phá chiến lược", "Đ/c Trần Văn Lành", "1,5 giờ"},
				[]string{"3", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025", "Đ/c Trần Văn Lành", "1 giờ"},
				[]string{"4", "Thảo luận, liên hệ thực tế của thôn; bế mạc", "Đ/c Lê Thị Mận", "0,5 giờ"},
			),
			P("5. Đánh giá: Đảng viên chấp hành nghiêm thời gian, tác phong nghiêm túc, ghi chép đầy đủ. Qua thảo luận có 07 ý kiến phát biểu, tập trung vào việc phát triển kinh tế vườn đồi, chỉnh trang khu dân cư, giữ gìn an ninh trật tự trên địa bàn thôn. Cuối buổi, 100% đảng viên dự hội nghị viết bài thu hoạch, nộp cho Chi ủy chấm theo hướng dẫn của Đảng ủy xã."),
			P("Đối với 03 đồng chí vắng mặt, Chi ủy đã phân công đồng chí Phó Bí thư gửi tài liệu và tổ chức học bù trong tháng 5 năm 2021."),
			H("III. XÂY DỰNG KẾ HOẠCH THỰC HIỆN"),
			P("Trên cơ sở nội dung Nghị quyết và Chương trình hành động của Đảng ủy xã, ngày 20-4-2021 Chi bộ đã ban hành Kế hoạch số 05-KH/CB về thực hiện Nghị quyết Đại hội XIII của Đảng gắn với nhiệm vụ chính trị của thôn giai đoạn 2021 - 2025, trong đó xác định 05 chỉ tiêu chủ yếu: thu nhập bình quân đầu người, tỷ lệ hộ nghèo, tỷ lệ tham gia bảo hiểm y tế, số hộ đạt danh hiệu gia đình văn hóa và kết nạp đảng viên mới."),
			H("IV. NHẬN XÉT, ĐỀ XUẤT"),
			P("Hội nghị được tổ chức đúng thời gian, đúng nội dung, bảo đảm yêu cầu đề ra. Tuy nhiên, một số đảng viên lớn tuổi còn hạn chế trong việc tiếp thu; tài liệu phát cho quần chúng còn ít. Đề nghị Đảng ủy xã tiếp tục cấp thêm tài liệu tuyên truyền dạng tờ gấp để chi bộ phát đến các hộ gia đình."),
			P("Trên đây là báo cáo kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng ở Chi bộ thôn Hiền An 1./."),
		},
		Recipient: partyRecv("- Đảng ủy xã (b/c);", "- Ban Tuyên giáo Đảng ủy;"),
		Sign:      []string{"T/M CHI BỘ", "BÍ THƯ", "Trần Văn Lành"},
	}
	r := Record{
		Unit: "Chi bộ thôn Hiền An 1", ParentUnit: "Đảng bộ xã Phong Hiền", DocNumber: "08-BC/CB",
		ReportDate: "2021-04-22", ConferenceDate: "2021-04-18", Location: "Nhà văn hóa thôn Hiền An 1", Form: "in_person",
		Chair:      pp("Trần Văn Lành", "Bí thư Chi bộ, Trưởng thôn"),
		Reporters:  []Person{{Name: "Trần Văn Lành"}},
		Attendance: att(33, 36, 12),
		Program: []Item{
			{"Khai mạc, giới thiệu đại biểu, quán triệt mục đích, yêu cầu", "Lê Thị Mận", 30},
			{"Những điểm mới, nổi bật trong các văn kiện Đại hội XIII của Đảng; các quan điểm chỉ đạo, mục tiêu và 06 nhiệm vụ trọng tâm, 03 đột phá chiến lược", "Trần Văn Lành", 90},
			{"Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025", "Trần Văn Lành", 60},
			{"Thảo luận, liên hệ thực tế của thôn; bế mạc", "Lê Thị Mận", 30},
		},
		Action: &Action{Issued: true, Number: "05-KH/CB", Date: "2021-04-20"},
		Signer: pp("Trần Văn Lành", "Bí thư"),
	}
	emit("chi-bo-thon-hien-an-1-phong-hien", "fpdf", "fpdf, 2 pages; party layout; place-date broken over two lines; cited plan/letter dates before the conference; total then present and absentees with reasons; program table with wrapping cells, hours with decimal comma, Đ/c presenters; action plan number and date", d, []Record{r})
}

// n2: commune committee reporting for its organisation, hybrid with main site, two days.
func n2() {
	d := Doc{
		Left:      []string{"HUYỆN ỦY HƯỚNG HÓA", "ĐẢNG ỦY XÃ HƯỚNG PHÙNG", "*", "Số 41-BC/ĐU"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hướng Phùng, ngày 24 tháng 5 năm 2021"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt", "Nghị quyết Đại hội XIII của Đảng trong toàn Đảng bộ xã"},
		Body: []Block{
			P("Căn cứ Kế hoạch số 62-KH/HU ngày 17-3-2021 của Ban Thường vụ Huyện ủy Hướng Hóa về học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng; Hướng dẫn số 04-HD/BTGHU ngày 30-3-2021 của Ban Tuyên giáo Huyện ủy, Ban Thường vụ Đảng ủy xã Hướng Phùng đã xây dựng Kế hoạch số 33-KH/ĐU ngày 05-4-2021 và tổ chức thực hiện, kết quả như sau:"),
			H("1. Hình thức, thời gian tổ chức"),
			P("Đảng bộ xã Hướng Phùng tổ chức hội nghị trong 02 ngày 14 và 15/5/2021 theo hình thức trực tiếp kết hợp trực tuyến: điểm cầu chính đặt tại Hội trường Đảng ủy xã Hướng Phùng, kết nối đến 13 điểm cầu tại nhà văn hóa các thôn Cheng, Hướng Choa, Phùng Lâm, Xa Re, Cợp, Ta Păng, Doa Cũ, Hướng Đại, Chênh Vênh, Hướng Hải, Hướng Sơn, Mã Lai Pun và Hướng Phú, mỗi điểm cầu có đồng chí bí thư chi bộ phụ trách. Đối với đồng bào Vân Kiều, hội nghị bố trí cán bộ biết tiếng dân tộc hỗ trợ trao đổi trong phần thảo luận."),
			P("Đồng chí Hồ Văn Chiến, Bí thư Đảng ủy xã chủ trì hội nghị."),
			H("2. Thành phần và số lượng tham dự"),
			P("Toàn Đảng bộ có 15 chi bộ trực thuộc với 186 đảng viên. Tổng số đảng viên tham dự tại các điểm cầu là 171 đồng chí, đạt 91,9%; số vắng 15 đồng chí chủ yếu do đi làm rẫy xa, ốm đau, thai sản và đang đi học. Ngoài đảng viên, hội nghị còn có 58 quần chúng là cán bộ không chuyên trách, trưởng thôn, người có uy tín trong đồng bào và đoàn viên thanh niên tham dự."),
			H("3. Nội dung và báo cáo viên"),
			P("Hội nghị nghe 04 chuyên đề do các báo cáo viên cấp xã trình bày theo chương trình sau:"),
			T([]float64{10, 78, 50, 29},
				[]string{"STT", "Chuyên đề", "Báo cáo viên", "Thời lượng"},
				[]string{"1", "Chuyên đề 1: Những điểm mới, những vấn đề cốt lõi trong các văn kiện Đại hội XIII của Đảng", "đ/c Hồ Văn Chiến, Bí thư Đảng ủy xã", "Sáng 14/5 (3 giờ)"},
				[]string{"2", "Chuyên đề 2: Xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh toàn diện", "đ/c Lê Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy", "Chiều 14/5 (2,5 giờ)"},
				[]string{"3", "Chuyên đề 3: Phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng biên giới", "đ/c Hồ Văn Chiến, Bí thư Đảng ủy xã", "Sáng 15/5 (2,5 giờ)"},
				[]string{"4", "Thảo luận tại các điểm cầu; tổng kết hội nghị", "đ/c Lê Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy", "Chiều 15/5 (2 giờ)"},
			),
			H("4. Đánh giá chung"),
			P("Hội nghị được chuẩn bị chu đáo, đường truyền ổn định tại 12/13 điểm cầu; riêng điểm cầu thôn Chênh Vênh mất sóng khoảng 30 phút trong buổi sáng ngày thứ hai, đã được khắc phục bằng cách phát lại ghi hình vào buổi chiều. Các đồng chí báo cáo viên chuẩn bị kỹ nội dung, liên hệ sát tình hình địa phương biên giới. Sau hội nghị, 100% chi bộ đã tổ chức cho đảng viên viết thu hoạch; kết quả chấm có 142 bài loại tốt, 29 bài loại khá."),
			P("Đối với đảng viên vắng mặt, Đảng ủy chỉ đạo các chi bộ tổ chức học bù, hoàn thành trước ngày 15-6-2021."),
			H("5. Việc xây dựng chương trình hành động"),
			P("Ban Chấp hành Đảng bộ xã đã xây dựng, thông qua và ban hành Chương trình hành động số 12-CTr/ĐU ngày 20/5/2021 thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội Đảng bộ huyện lần thứ XIX; đồng thời chỉ đạo 15/15 chi bộ xây dựng kế hoạch thực hiện, hoàn thành trước ngày 10-6-2021."),
			H("6. Kiến nghị"),
			P("Đề nghị Ban Tuyên giáo Huyện ủy hỗ trợ biên soạn tài liệu tóm tắt Nghị quyết bằng tiếng Vân Kiều để tuyên truyền trong nhân dân các thôn vùng sâu, vùng xa; hỗ trợ nâng cấp thiết bị tại các điểm cầu thường xuyên mất tín hiệu."),
		},
		Recipient: []string{"Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy;", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."},
		Sign:      []string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Lê Thị Thu Hà"},
	}
	r := Record{
		Unit: "Đảng bộ xã Hướng Phùng", ParentUnit: "Huyện ủy Hướng Hóa", DocNumber: "41-BC/ĐU",
		ReportDate: "2021-05-24", ConferenceDate: "2021-05-14", Location: "Hội trường Đảng ủy xã Hướng Phùng", Form: "hybrid",
		Chair:      pp("Hồ Văn Chiến", "Bí thư Đảng ủy xã"),
		Reporters:  []Person{{"Hồ Văn Chiến", "Bí thư Đảng ủy xã"}, {"Lê Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy"}},
		Attendance: att(171, 186, 58),
		Program: []Item{
			{"Chuyên đề 1: Những điểm mới, những vấn đề cốt lõi trong các văn kiện Đại hội XIII của Đảng", "Hồ Văn Chiến", 180},
			{"Chuyên đề 2: Xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh toàn diện", "Lê Thị Thu Hà", 150},
			{"Chuyên đề 3: Phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng biên giới", "Hồ Văn Chiến", 150},
			{"Thảo luận tại các điểm cầu; tổng kết hội nghị", "Lê Thị Thu Hà", 120},
		},
		Action: &Action{Issued: true, Number: "12-CTr/ĐU", Date: "2021-05-20"},
		Signer: pp("Lê Thị Thu Hà", "Phó Bí thư"),
	}
	emit("dang-bo-xa-huong-phung-huong-hoa", "fpdf", "fpdf, 2 pages; committee (Đảng ủy) reporting for its Đảng bộ; two-day conference; hybrid with main site; party-wide totals with rate; program table with hours and wrapping cells, two reporters; signed by deputy", d, []Record{r})
}

// n3: school cell in Kon Tum, only absentees, action plan not yet issued.
func n3() {
	d := Doc{
		Left:      []string{"ĐẢNG BỘ XÃ ĐĂK PLÔ", "CHI BỘ TRƯỜNG PTDTBT", "THCS ĐĂK PLÔ", "*", "Số 14-BC/CB"},
		Right:     []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đăk Plô, ngày 02 tháng 11 năm 2023"},
		RightItal: 1,
		Title:     []string{"BÁO CÁO", "việc học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu", "Ban Chấp hành Trung ương Đảng khóa XIII"},
		Serif:     "dejavucond",
		Body: []Block{
			P("Thực hiện Kế hoạch số 140-KH/HU ngày 05/10/2023 của Ban Thường vụ Huyện ủy Đăk Glei và Công văn số 112-CV/ĐU ngày 16/10/2023 của Đảng ủy xã Đăk Plô về tổ chức học tập, quán triệt các nghị quyết, kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII, Chi bộ Trường PTDTBT THCS Đăk Plô báo cáo như sau:"),
			P("Sáng ngày 27/10/2023, tại phòng họp Hội đồng sư phạm nhà trường, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam, Nghị quyết số 28-NQ/TW về tiếp tục đổi mới, hoàn thiện nội dung, phương thức lãnh đạo của Đảng đối với hệ thống chính trị và Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước."),
			P("Đồng chí A Thuận, Phó Bí thư Chi bộ, Hiệu trưởng nhà trường chủ trì hội nghị (đồng chí Bí thư Chi bộ làm báo cáo viên). Đồng chí Y Hiên, Bí thư Chi bộ, Phó Hiệu trưởng trình bày các nội dung cơ bản của ba nghị quyết và liên hệ với nhiệm vụ đổi mới giáo dục ở trường dân tộc bán trú."),
			P("Chi bộ hiện có 19 đảng viên. Vắng 02 đồng chí (01 đ/c nghỉ chế độ thai sản, 01 đ/c đang đi học tập trung lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh). Hội nghị mời thêm 09 giáo viên, nhân viên là quần chúng ưu tú và đoàn viên tham dự."),
			P("Sau phần trình bày, hội nghị thảo luận về trách nhiệm của nhà giáo trong việc chấp hành pháp luật, thực hiện dân chủ ở cơ sở và ứng dụng công nghệ thông tin trong dạy học. Các ý kiến thống nhất cao với nội dung nghị quyết."),
			P("Về kế hoạch thực hiện: Chi bộ đang hoàn thiện dự thảo kế hoạch thực hiện các nghị quyết, chưa ban hành; dự kiến thông qua tại kỳ sinh hoạt chi bộ tháng 11/2023."),
			P("Chi bộ báo cáo Đảng ủy xã Đăk Plô theo dõi, chỉ đạo./."),
		},
		Recipient: partyRecv("- Đảng ủy xã Đăk Plô (b/c);"),
		Sign:      []string{"T/M CHI BỘ", "BÍ THƯ", "Y Hiên"},
	}
	r := Record{
		Unit: "Chi bộ Trường PTDTBT THCS Đăk Plô", ParentUnit: "Đảng bộ xã Đăk Plô", DocNumber: "14-BC/CB",
		ReportDate: "2023-11-02", ConferenceDate: "2023-10-27", Location: "phòng họp Hội đồng sư phạm nhà trường",
		Chair:      pp("A Thuận", "Phó Bí thư Chi bộ, Hiệu trưởng nhà trường"),
		Reporters:  []Person{{"Y Hiên", "Bí thư Chi bộ, Phó Hiệu trưởng"}},
		Attendance: att(17, 19, 9),
		Action:     &Action{Issued: false},
		Signer:     pp("Y Hiên", "Bí thư"),
	}
	derivedPresent = true
	emit("chi-bo-truong-thcs-dak-plo-kon-tum", "fpdf", "fpdf, 1 page, condensed font; ethnic-minority school cell; Central Committee 6th plenum resolutions (2023); cited plan/letter dates; location inside the date sentence; chaired by a deputy; only absentees given; action plan not yet issued", d, []Record{r})
}
