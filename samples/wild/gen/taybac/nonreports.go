package main

import "path/filepath"

// nonReports writes documents that mention conferences, members and
// resolutions but report no conference held: their truth is empty.
func nonReports() error {
	type nr struct {
		name, kind, what string
		doc              *Doc
	}
	list := []nr{
		{"tbn01-ke-hoach-dang-uy-xa-muong-bu", "fpdf", "non-report: plan (Kế hoạch) to organise the conference, with a planned date, site, program table and expected attendance", planDoc()},
		{"tbn02-giay-moi-huyen-uy-tuy-an", "docx", "non-report: invitation (Giấy mời) to a conference, with time and place", inviteDoc()},
		{"tbn03-huong-dan-btg-tinh-uy-quang-ngai", "lo", "non-report: guidance (Hướng dẫn) on holding the conferences and reporting, with deadlines and thresholds", guideDoc()},
		{"tbn04-thong-bao-lich-dang-uy-khoi-lao-cai", "docx", "non-report: notice (Thông báo) with a schedule table of future conferences by unit", noticeDoc()},
	}
	for _, n := range list {
		var file, format string
		switch n.kind {
		case "fpdf":
			file, format = n.name+".pdf", "pdf"
			if err := renderPDF(n.doc, filepath.Join(outDir, file)); err != nil {
				return err
			}
		case "lo":
			file, format = n.name+".pdf", "pdf"
			if err := convertHTML(n.name, renderHTML(n.doc, false), "pdf"); err != nil {
				return err
			}
		case "docx":
			file, format = n.name+".docx", "docx"
			if err := convertHTML(n.name, renderHTML(n.doc, false), "docx"); err != nil {
				return err
			}
		}
		note(file, n.what)
		if err := writeTruth(file, format, false, n.doc.Text(), nil, Evidence{}); err != nil {
			return err
		}
	}
	return nil
}

func planDoc() *Doc {
	d := &Doc{Font: "liberation"}
	d.Header = Header{Left: []string{"ĐẢNG BỘ HUYỆN MƯỜNG LA", "ĐẢNG ỦY XÃ MƯỜNG BÚ"}, BoldFrom: 1, Number: "Số 21-KH/ĐU", PlaceDate: []string{"Mường Bú, ngày 30 tháng 3 năm 2021"}}
	d.Title = []string{"KẾ HOẠCH", "tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội XIII của Đảng"}
	d.para("Thực hiện " + ct01 + "; Kế hoạch số 15-KH/HU ngày 22/3/2021 của Ban Thường vụ Huyện ủy Mường La, Ban Thường vụ Đảng ủy xã Mường Bú xây dựng kế hoạch tổ chức hội nghị như sau:")
	d.heading("I. MỤC ĐÍCH, YÊU CẦU")
	d.para("Giúp cán bộ, đảng viên nắm vững những nội dung cơ bản, cốt lõi của Nghị quyết Đại hội XIII của Đảng, tạo sự thống nhất cao về nhận thức và hành động; việc tổ chức hội nghị phải nghiêm túc, thiết thực, tiết kiệm, bảo đảm yêu cầu phòng, chống dịch Covid-19.")
	d.para("Yêu cầu 100% cán bộ, đảng viên trong Đảng bộ tham dự; phấn đấu số đảng viên tham gia học tập đạt từ 95% trở lên.")
	d.heading("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
	d.lead("1. Thời gian: ", "01 ngày, khai mạc lúc 7 giờ 30 phút ngày 16/4/2021.")
	d.lead("2. Địa điểm: ", "Hội trường UBND xã Mường Bú.")
	d.lead("3. Thành phần: ", "Toàn thể đảng viên của 24 chi bộ trực thuộc (386 đồng chí); mời trưởng các bản, người có uy tín và đại diện các đoàn thể (khoảng 60 người).")
	d.heading("III. CHƯƠNG TRÌNH HỘI NGHỊ (dự kiến)")
	d.table(&Table{Widths: []float64{7, 55, 24, 14}, Head: [][]Cell{hcells("TT", "Nội dung", "Người trình bày", "Thời gian")}, Rows: [][]Cell{
		cells("1", tPolitic, "Đ/c Bí thư Đảng ủy", "120 phút"),
		cells("2", tStrategy, "Đ/c Chủ tịch UBND xã", "90 phút"),
		cells("3", tBuild, "Đ/c Phó Bí thư Thường trực", "60 phút"),
	}})
	d.heading("IV. TỔ CHỨC THỰC HIỆN")
	d.para("Văn phòng Đảng ủy chuẩn bị hội trường, tài liệu, khánh tiết; các chi bộ thông báo, đôn đốc đảng viên tham dự đầy đủ, đúng giờ. Sau hội nghị, các chi bộ xây dựng chương trình hành động và báo cáo kết quả về Đảng ủy trước ngày 30/4/2021.")
	d.Recipients = []string{"- Ban Thường vụ Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy;", "- Các chi bộ trực thuộc;", "- Lưu VP."}
	d.Sign = Sign{Lines: []string{"T/M BAN THƯỜNG VỤ", "BÍ THƯ"}, Name: "Lò Văn Hặc"}
	return d
}

func inviteDoc() *Doc {
	d := &Doc{Font: "liberation"}
	d.Header = Header{Left: []string{"HUYỆN ỦY TUY AN", "VĂN PHÒNG"}, BoldFrom: 1, Number: "Số 45-GM/VPHU", PlaceDate: []string{"Tuy An, ngày 19 tháng 4 năm 2021"}}
	d.Title = []string{"GIẤY MỜI", "Dự hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"}
	d.plain("Thực hiện Kế hoạch số 27-KH/HU ngày 25/3/2021 của Ban Thường vụ Huyện ủy, Văn phòng Huyện ủy trân trọng kính mời:")
	d.plain("- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện;")
	d.plain("- Đồng chí Bí thư, Phó Bí thư các tổ chức cơ sở đảng trực thuộc Huyện ủy;")
	d.plain("- Lãnh đạo các phòng, ban, ngành, đoàn thể huyện.")
	d.lead("Thời gian: ", "01 ngày, bắt đầu từ 7 giờ 30 phút, ngày 22/4/2021 (thứ Năm).")
	d.lead("Địa điểm: ", "Hội trường Huyện ủy Tuy An (điểm cầu chính) và 16 điểm cầu tại các xã, thị trấn.")
	d.para("Đề nghị các đồng chí nghiên cứu trước tài liệu, sắp xếp công việc để tham dự hội nghị đầy đủ, đúng thời gian; đeo khẩu trang và thực hiện khai báo y tế theo quy định.")
	d.Recipients = []string{"- Như thành phần mời;", "- Lưu VP."}
	d.Sign = Sign{Lines: []string{"K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"}, Name: "Nguyễn Thị Kim Oanh"}
	return d
}

func guideDoc() *Doc {
	d := &Doc{Font: "liberation"}
	d.Header = Header{Left: []string{"TỈNH ỦY QUẢNG NGÃI", "BAN TUYÊN GIÁO"}, BoldFrom: 1, Number: "Số 38-HD/BTGTU", PlaceDate: []string{"Quảng Ngãi, ngày 18 tháng 3 năm 2021"}}
	d.Title = []string{"HƯỚNG DẪN", "tổ chức nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", "và báo cáo kết quả thực hiện"}
	d.para("Căn cứ " + ct01 + ", Ban Tuyên giáo Tỉnh ủy hướng dẫn việc tổ chức học tập, quán triệt Nghị quyết và báo cáo kết quả như sau:")
	d.heading("1. Thời gian, hình thức")
	d.para("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức hội nghị cho cán bộ chủ chốt trong tháng 4/2021; các tổ chức cơ sở đảng hoàn thành việc học tập và ban hành chương trình hành động trước ngày 30/6/2021. Hội nghị có thể tổ chức trực tiếp, trực tuyến hoặc kết hợp trực tiếp với trực tuyến.")
	d.heading("2. Người chủ trì và báo cáo viên")
	d.para("Người đứng đầu cấp ủy trực tiếp chủ trì hội nghị và làm báo cáo viên; trường hợp vắng mặt phải có lý do chính đáng và phân công đồng chí phó bí thư thay thế.")
	d.heading("3. Yêu cầu về thành phần")
	d.para("Bảo đảm 100% cán bộ, đảng viên được học tập; số đảng viên tham dự đạt từ 95% trở lên. Đảng viên vắng mặt phải được học bù trong thời hạn 15 ngày.")
	d.heading("4. Chế độ báo cáo")
	d.para("Báo cáo kết quả gồm: thời gian, địa điểm, hình thức tổ chức; người chủ trì, báo cáo viên; số đảng viên tham dự trên tổng số đảng viên, số quần chúng tham dự; số, ngày ban hành chương trình hành động. Gửi báo cáo về Ban Tuyên giáo Tỉnh ủy trước ngày 05/7/2021, kèm bảng tổng hợp theo mẫu.")
	d.Recipients = []string{"- Thường trực Tỉnh ủy (b/c);", "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc;", "- Lưu BTG."}
	d.Sign = Sign{Lines: []string{"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"}, Name: "Bùi Thị Quỳnh Vân"}
	return d
}

func noticeDoc() *Doc {
	d := &Doc{Font: "liberation"}
	d.Header = Header{Left: []string{"ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"}, BoldFrom: 1, Number: "Số 102-TB/ĐUK", PlaceDate: []string{"Lào Cai, ngày 02 tháng 4 năm 2021"}}
	d.Title = []string{"THÔNG BÁO", "lịch tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại các tổ chức cơ sở đảng"}
	d.para("Để bảo đảm tiến độ theo Kế hoạch số 41-KH/ĐUK ngày 24/3/2021, Ban Thường vụ Đảng ủy Khối thông báo lịch tổ chức hội nghị tại một số tổ chức cơ sở đảng như sau:")
	d.table(&Table{Widths: []float64{6, 38, 16, 40}, Head: [][]Cell{hcells("TT", "Tổ chức cơ sở đảng", "Thời gian dự kiến", "Địa điểm")}, Rows: [][]Cell{
		cells("1", "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", "08/4/2021", "Hội trường Sở Nông nghiệp và PTNT"),
		cells("2", "Đảng bộ Sở Giáo dục và Đào tạo", "09/4/2021", "Hội trường Sở Giáo dục và Đào tạo"),
		cells("3", "Chi bộ Sở Công Thương", "12/4/2021", "Phòng họp Sở Công Thương"),
		cells("4", "Đảng bộ Bệnh viện Đa khoa tỉnh", "14/4/2021", "Hội trường tầng 5, Bệnh viện Đa khoa tỉnh"),
		cells("5", "Chi bộ Ban Quản lý Khu kinh tế tỉnh", "15/4/2021", "Phòng họp Ban Quản lý Khu kinh tế"),
	}})
	d.para("Đề nghị cấp ủy các tổ chức cơ sở đảng chuẩn bị chu đáo; đồng chí bí thư trực tiếp chủ trì, bảo đảm 100% đảng viên tham dự; báo cáo kết quả về Ban Tuyên giáo Đảng ủy Khối sau 05 ngày kể từ ngày tổ chức hội nghị.")
	d.Recipients = []string{"- Thường trực Đảng ủy Khối;", "- Các TCCS đảng có tên trên;", "- Lưu VP."}
	d.Sign = Sign{Lines: []string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"}, Name: "Sần Văn Thành"}
	return d
}
