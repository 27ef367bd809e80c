package main

func nonReports() error {
	for _, f := range []func() error{nrKeHoach, nrGiayMoi, nrHuongDan, nrThongBao} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// A plan to hold the conference (An Giang, TW8).
func nrKeHoach() error {
	d := partyHead("Thành ủy Châu Đốc", "Đảng ủy phường Vĩnh Mỹ", "92-KH/ĐU", "Vĩnh Mỹ, ngày 15 tháng 12 năm 2023")
	d.Title = []string{"KẾ HOẠCH"}
	d.Sub = []string{"tổ chức hội nghị học tập, quán triệt, triển khai thực hiện", "các nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII"}
	d.para("Thực hiện Kế hoạch số 188-KH/TU ngày 08-12-2023 của Ban Thường vụ Thành ủy Châu Đốc, Ban Thường vụ Đảng ủy phường Vĩnh Mỹ xây dựng kế hoạch tổ chức hội nghị như sau:")
	d.head("I. MỤC ĐÍCH, YÊU CẦU")
	d.para("Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của %s; %s; %s. Việc tổ chức hội nghị phải nghiêm túc, thiết thực, bảo đảm 100% đảng viên được học tập, quán triệt.", nq44, nq45, nq46)
	d.head("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
	d.para("1. Thời gian: 01 buổi, dự kiến khai mạc lúc 7 giờ 30 phút, ngày 05-01-2024.")
	d.para("2. Địa điểm: Hội trường Ủy ban nhân dân phường Vĩnh Mỹ, kết nối trực tuyến đến các điểm cầu chi bộ khóm.")
	d.para("3. Thành phần: toàn thể đảng viên trong Đảng bộ (246 đồng chí); mời trưởng các đoàn thể, trưởng khóm là quần chúng tham dự (khoảng 40 người).")
	d.para("4. Chủ trì: đồng chí Bí thư Đảng ủy phường. Báo cáo viên: đồng chí Bí thư Đảng ủy và đồng chí Phó Bí thư Thường trực Đảng ủy phường.")
	d.head("III. TỔ CHỨC THỰC HIỆN")
	d.para("Văn phòng Đảng ủy chuẩn bị tài liệu, hội trường, phối hợp với Trung tâm Văn hóa - Thể thao phường bảo đảm đường truyền tại các điểm cầu. Các chi bộ trực thuộc tổ chức quán triệt cho đảng viên vắng mặt và báo cáo kết quả về Đảng ủy trước ngày 20-01-2024; Đảng ủy tổng hợp báo cáo Ban Thường vụ Thành ủy trước ngày 31-01-2024.")
	d.Recipients = nn("- Ban Thường vụ Thành ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VP.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Nguyễn Thị Ngọc Hà"}
	_, err := pdfOut(d, "ke-hoach-to-chuc-hoi-nghi-tw8-dang-uy-phuong-vinh-my.pdf",
		"NOT a report: plan (Kế hoạch) to hold a TW8 conference in An Giang, with planned date, place, members and deadlines; records []")
	return err
}

// An invitation (Bình Định, XIII).
func nrGiayMoi() error {
	d := partyHead("Đảng bộ phường Ghềnh Ráng", "Chi bộ khu vực 2", "05-GM/CB", "Ghềnh Ráng, ngày 12 tháng 4 năm 2021")
	d.Title = []string{"GIẤY MỜI"}
	d.para("Chi bộ khu vực 2 trân trọng kính mời đồng chí: ……………………………………")
	d.para("Đến dự hội nghị học tập, quán triệt %s.", nqXIII)
	d.para("Thời gian: 14 giờ 00, ngày 17-4-2021 (thứ Bảy).")
	d.para("Địa điểm: Nhà văn hóa khu vực 2, phường Ghềnh Ráng.")
	d.para("Chủ trì: đồng chí Lê Văn Cường, Bí thư Chi bộ. Báo cáo viên: đồng chí Lê Văn Cường.")
	d.para("Thành phần: toàn thể 28 đảng viên của Chi bộ và trưởng các chi hội đoàn thể khu vực.")
	d.para("Đề nghị các đồng chí mang theo sổ ghi chép và tài liệu đã được cấp phát; đến dự đúng giờ. Trường hợp vắng mặt phải báo cáo đồng chí Bí thư Chi bộ trước ngày 16-4-2021./.")
	d.Recipients = nn("- Như trên;", "- Lưu CB.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Lê Văn Cường"}
	_, err := loOut(d, "giay-moi-hoi-nghi-nq-xiii-chi-bo-khu-vuc-2-ghenh-rang.docx",
		"NOT a report: invitation (Giấy mời) to a XIII conference in Bình Định, naming time, place, chair and members; records []")
	return err
}

// A guidance with a report template (Bến Tre, TW6).
func nrHuongDan() error {
	d := partyHead("Huyện ủy Châu Thành", "Ban Tuyên giáo", "15-HD/BTGHU", "Châu Thành, ngày 02 tháng 12 năm 2022")
	d.Left = []string{"HUYỆN ỦY CHÂU THÀNH", "BAN TUYÊN GIÁO"}
	d.Title = []string{"HƯỚNG DẪN"}
	d.Sub = []string{"tổ chức học tập, quán triệt và báo cáo kết quả học tập", "các nghị quyết Hội nghị Trung ương 6 khóa XIII ở tổ chức cơ sở đảng"}
	d.para("Căn cứ Kế hoạch số 112-KH/HU ngày 28-11-2022 của Ban Thường vụ Huyện ủy Châu Thành, Ban Tuyên giáo Huyện ủy hướng dẫn như sau:")
	d.head("1. Thời gian, hình thức")
	d.para("Các tổ chức cơ sở đảng tổ chức hội nghị hoàn thành trước ngày 31-01-2023, theo hình thức trực tiếp hoặc trực tiếp kết hợp trực tuyến. Người đứng đầu cấp ủy chủ trì và trực tiếp làm báo cáo viên.")
	d.head("2. Thành phần")
	d.para("Toàn thể cán bộ, đảng viên; tỷ lệ đảng viên tham dự phải đạt từ 95% trở lên. Khuyến khích mời quần chúng ưu tú, đoàn viên, hội viên tham dự.")
	d.head("3. Nội dung báo cáo kết quả (đề cương gợi ý)")
	d.line("- Thời gian, địa điểm tổ chức hội nghị: ngày …/…/20…, tại ……………")
	d.line("- Đồng chí chủ trì: ……………; báo cáo viên: ……………")
	d.line("- Tổng số đảng viên: …… ; số đảng viên tham dự: …… ; tỷ lệ: ……%; quần chúng: ……")
	d.line("- Chương trình hành động/kế hoạch thực hiện: số ……, ngày ……")
	d.para("Báo cáo gửi về Ban Tuyên giáo Huyện ủy (qua hộp thư điện tử) chậm nhất ngày 10-02-2023 để tổng hợp báo cáo Ban Thường vụ Huyện ủy.")
	d.Recipients = nn("- Thường trực Huyện ủy (b/c);", "- Các tổ chức cơ sở đảng;", "- Lưu.")
	d.Sign = []string{"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "Phạm Thị Thanh Thúy"}
	_, err := loOut(d, "huong-dan-hoc-tap-tw6-ban-tuyen-giao-huyen-uy-chau-thanh.pdf",
		"NOT a report: guidance (Hướng dẫn) from a district propaganda board in Bến Tre, with deadlines, a 95% threshold and a blank report outline; records []")
	return err
}

// A notice changing the date of a conference (Cần Thơ, TW5).
func nrThongBao() error {
	d := partyHead("Đảng bộ quận Cái Răng", "Đảng ủy phường Hưng Phú", "27-TB/ĐU", "Hưng Phú, ngày 18 tháng 7 năm 2022")
	d.Title = []string{"THÔNG BÁO"}
	d.Sub = []string{"về việc thay đổi thời gian tổ chức hội nghị học tập, quán triệt", "các nghị quyết Hội nghị Trung ương 5 khóa XIII"}
	d.para("Theo Kế hoạch số 61-KH/ĐU ngày 05-7-2022 của Ban Thường vụ Đảng ủy phường, hội nghị học tập, quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XIII dự kiến tổ chức vào ngày 21-7-2022. Do trùng lịch tiếp xúc cử tri của đại biểu Hội đồng nhân dân thành phố, Ban Thường vụ Đảng ủy phường thông báo dời thời gian tổ chức hội nghị sang 7 giờ 30 phút, ngày 26-7-2022, tại Hội trường Ủy ban nhân dân phường Hưng Phú.")
	d.para("Thành phần, nội dung và báo cáo viên không thay đổi. Đề nghị các chi bộ thông báo đến toàn thể đảng viên (215 đồng chí) và quần chúng được mời biết, đến dự đầy đủ, đúng giờ.")
	d.Recipients = nn("- Các chi bộ trực thuộc;", "- Lưu VP.")
	d.Sign = []string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "Trần Ngọc Bích"}
	_, err := loOut(d, "thong-bao-doi-thoi-gian-hoi-nghi-tw5-dang-uy-phuong-hung-phu.docx",
		"NOT a report: notice (Thông báo) moving the date of a TW5 conference in Cần Thơ, with old and new dates and member count; records []")
	return err
}
