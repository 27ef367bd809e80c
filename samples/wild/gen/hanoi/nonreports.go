package main

// Documents that speak of conferences but are not reports of one: no records.

func nonReports() []NDoc {
	var out []NDoc

	// N1. Kế hoạch of Đảng ủy xã Cổ Loa (Đông Anh) to organise the TW6 conference.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY ĐÔNG ANH", "ĐẢNG ỦY XÃ CỔ LOA", "Số 96-KH/ĐU", "Cổ Loa, ngày 08 tháng 12 năm 2022")
		title(d, "KẾ HOẠCH", "tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Thực hiện Kế hoạch số 201-KH/HU ngày 28/11/2022 của Ban Thường vụ Huyện ủy Đông Anh, Ban Thường vụ Đảng ủy xã Cổ Loa xây dựng kế hoạch tổ chức hội nghị như sau:")
		d.b("I. MỤC ĐÍCH, YÊU CẦU")
		d.p("1. Giúp cán bộ, đảng viên nắm vững những nội dung cơ bản, cốt lõi của các Nghị quyết số 27, 28, 29-NQ/TW; tạo sự thống nhất cao về nhận thức và hành động trong Đảng bộ.")
		d.p("2. Việc tổ chức học tập phải nghiêm túc, thiết thực, hiệu quả; người đứng đầu cấp ủy trực tiếp chủ trì và làm báo cáo viên; phấn đấu 100% đảng viên tham dự.")
		d.b("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
		d.p("1. Thời gian: dự kiến 01 ngày, vào ngày 17/12/2022 (thứ Bảy). Sáng từ 7 giờ 30, chiều từ 13 giờ 30.")
		d.p("2. Địa điểm: Hội trường Trung tâm Văn hóa - Thể thao xã Cổ Loa.")
		d.p("3. Thành phần: toàn thể đảng viên trong Đảng bộ (hiện có 1.124 đảng viên sinh hoạt tại 32 chi bộ); mời cán bộ không chuyên trách, trưởng các đoàn thể thôn chưa là đảng viên (khoảng 120 người).")
		d.b("III. NỘI DUNG, BÁO CÁO VIÊN")
		d.add(simpleTable([]float64{8, 56, 24, 12}, "CLLC", []string{"TT", "Nội dung", "Báo cáo viên", "Thời lượng dự kiến"},
			[]string{"1", "Nghị quyết số 27-NQ/TW về xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam", "Đ/c Bí thư Đảng ủy", "120 phút"},
			[]string{"2", "Nghị quyết số 28-NQ/TW về đổi mới phương thức lãnh đạo, cầm quyền của Đảng", "Đ/c Phó Bí thư Thường trực", "90 phút"},
			[]string{"3", "Nghị quyết số 29-NQ/TW về công nghiệp hóa, hiện đại hóa", "Đ/c Chủ tịch UBND xã", "90 phút"},
		))
		d.b("IV. TỔ CHỨC THỰC HIỆN")
		d.p("1. Văn phòng Đảng ủy chuẩn bị hội trường, tài liệu, giấy mời; các chi bộ lập danh sách đảng viên dự, gửi về Văn phòng Đảng ủy trước ngày 14/12/2022.")
		d.p("2. Sau hội nghị, các chi bộ tổ chức thảo luận, xây dựng kế hoạch thực hiện, báo cáo kết quả về Đảng ủy (qua Văn phòng) trước ngày 15/01/2023. Đảng ủy xây dựng chương trình hành động, hoàn thành trong tháng 01/2023.")
		d.add(sign([]string{"- Ban Tuyên giáo Huyện ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VP."}, signer([]string{"T/M BAN THƯỜNG VỤ", "BÍ THƯ"}, "Ngô Quang Khải")...))
		out = append(out, NDoc{Name: "ke-hoach-hoi-nghi-tw6-dang-uy-xa-co-loa", Via: "fpdf", Doc: d,
			Readme: "NON-REPORT: plan (Kế hoạch) of a commune committee to hold a TW6 conference; planned date, place, member count, program table with planned durations — records []"})
	}

	// N2. Giấy mời of Đảng ủy xã Liên Hà (Đông Anh), TW5.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY ĐÔNG ANH", "ĐẢNG ỦY XÃ LIÊN HÀ", "Số 142-GM/ĐU", "Liên Hà, ngày 25 tháng 7 năm 2022")
		title(d, "GIẤY MỜI")
		d.p("Ban Thường vụ Đảng ủy xã Liên Hà trân trọng kính mời:")
		d.add(Para{Text: "Đồng chí: ...........................................................", Align: "L", B: true})
		d.add(Para{Text: "Chức vụ: ............................................................", Align: "L"})
		d.p("Tới dự Hội nghị học tập, quán triệt, triển khai thực hiện các nghị quyết, kết luận Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.")
		d.p("Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 phút, ngày 02/8/2022 (thứ Ba).")
		d.p("Địa điểm: Hội trường UBND xã Liên Hà.")
		d.p("Chủ trì hội nghị: đồng chí Nguyễn Văn Duy, Bí thư Đảng ủy xã. Thành phần: toàn thể 687 đảng viên trong Đảng bộ và các đồng chí trưởng các đoàn thể thôn.")
		d.p("Đề nghị các đồng chí đến dự đúng thời gian, mang theo tài liệu và sổ ghi chép; thực hiện nghiêm các quy định của hội nghị. Trường hợp vắng mặt phải báo cáo Bí thư chi bộ và có lý do chính đáng.")
		d.add(sign([]string{"- Như trên;", "- Lưu VP."}, signer([]string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"}, "Đỗ Thị Thanh Tâm")...))
		out = append(out, NDoc{Name: "giay-moi-hoi-nghi-tw5-dang-uy-xa-lien-ha", Via: "lo-docx", Doc: d,
			Readme: "NON-REPORT: invitation (Giấy mời) DOCX to a TW5 conference, with time, place, chair and member count — records []"})
	}

	// N3. Hướng dẫn of Ban Tuyên giáo Huyện ủy Quốc Oai on TW4 study, with a blank reporting form.
	{
		d := &Doc{Font: "dejavu", Size: 12.5, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY QUỐC OAI", "BAN TUYÊN GIÁO", "Số 27-HD/BTGHU", "Quốc Oai, ngày 18 tháng 11 năm 2021")
		title(d, "HƯỚNG DẪN", "học tập, quán triệt Kết luận, Quy định Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Căn cứ Hướng dẫn số 45-HD/BTGTU của Ban Tuyên giáo Thành ủy Hà Nội; thực hiện Kế hoạch số 76-KH/HU ngày 12/11/2021 của Ban Thường vụ Huyện ủy, Ban Tuyên giáo Huyện ủy hướng dẫn các tổ chức cơ sở đảng tổ chức học tập, quán triệt như sau:")
		d.b("1. Nội dung")
		d.p("Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm.")
		d.b("2. Hình thức, thời gian")
		d.p("Các đảng bộ, chi bộ cơ sở tổ chức hội nghị trực tiếp hoặc trực tuyến tùy tình hình dịch bệnh; hoàn thành trước ngày 31/12/2021. Bí thư cấp ủy trực tiếp chủ trì và làm báo cáo viên. Thời lượng mỗi chuyên đề không dưới 60 phút.")
		d.b("3. Chế độ báo cáo")
		d.p("Sau hội nghị, các đơn vị báo cáo kết quả về Ban Tuyên giáo Huyện ủy theo mẫu dưới đây, chậm nhất ngày 10/01/2022:")
		d.add(Table{W: []float64{45, 55}, Align: "LL", HeadRows: 1,
			Head: []HCell{{R: 0, C: 0, Text: "Chỉ tiêu"}, {R: 0, C: 1, Text: "Kết quả"}},
			Rows: [][]string{
				{"Tên đơn vị", "..................................."},
				{"Ngày tổ chức hội nghị", ".... /.... /2021"},
				{"Địa điểm", "..................................."},
				{"Người chủ trì (họ tên, chức vụ)", "..................................."},
				{"Báo cáo viên", "..................................."},
				{"Tổng số đảng viên / Số đảng viên dự", "......... / ........."},
				{"Số quần chúng dự", "........."},
				{"Kế hoạch thực hiện (số, ngày)", "..................................."},
			}})
		d.p("Quá trình thực hiện có khó khăn, vướng mắc, đề nghị liên hệ Ban Tuyên giáo Huyện ủy (đồng chí Hà Văn Phúc, Phó Trưởng ban) để được hướng dẫn.")
		d.add(sign([]string{"- Thường trực Huyện ủy (b/c);", "- Các TCCS đảng;", "- Lưu BTG."}, signer([]string{"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"}, "Hà Văn Phúc")...))
		out = append(out, NDoc{Name: "huong-dan-hoc-tap-tw4-ban-tuyen-giao-quoc-oai", Via: "lo-pdf", Doc: d,
			Readme: "NON-REPORT: guidance (Hướng dẫn) PDF on TW4 study with a blank report-form table (labels, dotted values) — records []"})
	}

	// N4. Thông báo of Đảng ủy xã Kim Lan (Gia Lâm): schedule of cell conferences.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ HUYỆN GIA LÂM", "ĐẢNG ỦY XÃ KIM LAN", "Số 33-TB/ĐU", "Kim Lan, ngày 06 tháng 4 năm 2021")
		title(d, "THÔNG BÁO", "Lịch tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại các chi bộ")
		d.p("Thực hiện Kế hoạch số 29-KH/ĐU ngày 24/3/2021 của Đảng ủy xã Kim Lan, Thường trực Đảng ủy thông báo lịch tổ chức hội nghị tại các chi bộ trực thuộc như sau:")
		d.add(simpleTable([]float64{7, 30, 18, 25, 20}, "CLCLL", []string{"TT", "Chi bộ", "Ngày tổ chức (dự kiến)", "Địa điểm", "Đảng ủy viên dự, chỉ đạo"},
			[]string{"1", "Chi bộ thôn 1", "10/4/2021", "Nhà văn hóa thôn 1", "đ/c Trần Văn Bảo"},
			[]string{"2", "Chi bộ thôn 2", "10/4/2021", "Nhà văn hóa thôn 2", "đ/c Lê Thị Nga"},
			[]string{"3", "Chi bộ thôn 3", "11/4/2021", "Nhà văn hóa thôn 3", "đ/c Trần Văn Bảo"},
			[]string{"4", "Chi bộ thôn 4", "11/4/2021", "Nhà văn hóa thôn 4", "đ/c Phùng Văn Lực"},
			[]string{"5", "Chi bộ Trường Mầm non", "13/4/2021", "Phòng họp nhà trường", "đ/c Lê Thị Nga"},
			[]string{"6", "Chi bộ Trường Tiểu học", "13/4/2021", "Phòng họp nhà trường", "đ/c Lê Thị Nga"},
			[]string{"7", "Chi bộ Công an xã", "14/4/2021", "Trụ sở Công an xã", "đ/c Phùng Văn Lực"},
		))
		d.p("Các đồng chí bí thư chi bộ trực tiếp chủ trì, làm báo cáo viên; báo cáo kết quả (số đảng viên dự, vắng, lý do vắng, số quần chúng dự) về Văn phòng Đảng ủy sau 03 ngày kể từ ngày tổ chức hội nghị.")
		d.add(sign([]string{"- Các chi bộ trực thuộc;", "- Các đồng chí Đảng ủy viên;", "- Lưu VP."}, signer([]string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC"}, "Phùng Văn Lực")...))
		out = append(out, NDoc{Name: "thong-bao-lich-hoi-nghi-dang-uy-xa-kim-lan", Via: "lo-docx", Doc: d,
			Readme: "NON-REPORT: notice (Thông báo) DOCX with a schedule table of planned cell conferences (looks like a roll-up but is a plan) — records []"})
	}

	// N5. Công văn đôn đốc of Ban Tuyên giáo Huyện ủy Hải Hậu.
	{
		d := &Doc{Font: "condensed", Size: 13, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY HẢI HẬU", "BAN TUYÊN GIÁO", "Số 231-CV/BTGHU", "Hải Hậu, ngày 16 tháng 01 năm 2023")
		d.add(Para{Text: "V/v đôn đốc báo cáo kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII", Align: "L", I: true, Size: -1})
		d.gap(3)
		d.c("Kính gửi: Các đảng bộ, chi bộ cơ sở trực thuộc Huyện ủy", true)
		d.p("Theo Kế hoạch số 146-KH/HU ngày 25/11/2022 của Ban Thường vụ Huyện ủy, các tổ chức cơ sở đảng hoàn thành việc học tập, quán triệt và báo cáo kết quả trước ngày 10/01/2023. Đến nay, Ban Tuyên giáo Huyện ủy mới nhận được báo cáo của 27/35 tổ chức cơ sở đảng.")
		d.p("Các đơn vị chưa gửi báo cáo gồm: Đảng bộ xã Hải Anh, Đảng bộ xã Hải Đông, Đảng bộ xã Hải Lý, Đảng bộ thị trấn Thịnh Long, Chi bộ Trường THPT A Hải Hậu, Chi bộ Bệnh viện Đa khoa huyện, Chi bộ Chi cục Thuế khu vực, Chi bộ Ngân hàng Chính sách xã hội huyện.")
		d.p("Ban Tuyên giáo Huyện ủy đề nghị các đơn vị khẩn trương hoàn thiện, gửi báo cáo (kèm chương trình hành động, kế hoạch thực hiện) trước ngày 20/01/2023; báo cáo cần nêu rõ: thời gian, địa điểm, người chủ trì, báo cáo viên, số đảng viên dự/tổng số, số quần chúng dự.")
		d.add(sign([]string{"- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu BTG."}, signer([]string{"TRƯỞNG BAN"}, "Đoàn Văn Thiện")...))
		out = append(out, NDoc{Name: "cong-van-don-doc-bao-cao-tw6-hai-hau", Via: "fpdf", Doc: d,
			Readme: "NON-REPORT: reminder letter (Công văn đôn đốc) PDF listing units that have not reported on TW6 — records []"})
	}
	return out
}
