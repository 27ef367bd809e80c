package main

import "path/filepath"

func makeNonReports() {
	docs := []struct {
		name, fmt, what string
		d               *Doc
	}{
		{"kh-hoc-tap-nq-xa-quang-uyen", "pdf", "kế hoạch tổ chức hội nghị (không phải báo cáo), fpdf; có ngày, số đảng viên dự kiến", &Doc{
			Left: []string{"HUYỆN ỦY QUẢNG HÒA", "ĐẢNG ỦY XÃ QUỐC TOẢN"}, Right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, Num: "Số 12-KH/ĐU",
			PlaceDate: "Quốc Toản, ngày 25 tháng 3 năm 2021", Title: []string{"KẾ HOẠCH", "Tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"},
			Body: []Block{{Kind: "b", Text: "I. MỤC ĐÍCH, YÊU CẦU"}, {Kind: "p", Text: "Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết Đại hội XIII; 100% đảng viên trong Đảng bộ (312 đồng chí, sinh hoạt tại 21 chi bộ) tham gia học tập."},
				{Kind: "b", Text: "II. THỜI GIAN, ĐỊA ĐIỂM"}, {Kind: "p", Text: "Dự kiến tổ chức trong ngày 14/4/2021 tại Hội trường UBND xã Quốc Toản, theo hình thức trực tiếp. Đồng chí Bí thư Đảng ủy chủ trì và trực tiếp làm báo cáo viên."},
				{Kind: "b", Text: "III. TỔ CHỨC THỰC HIỆN"}, {Kind: "p", Text: "Các chi bộ trực thuộc tổ chức cho đảng viên tự nghiên cứu tài liệu trước hội nghị, báo cáo kết quả về Đảng ủy trước ngày 30/4/2021."}},
			Recv: []string{"- Ban Tuyên giáo Huyện ủy,", "- Các chi bộ trực thuộc,", "- Lưu VP."}, Sign: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, Signer: "Hoàng Văn Thạch"}},
		{"giay-moi-hn-cuc-hai-quan", "docx", "giấy mời dự hội nghị (không phải báo cáo), .docx", &Doc{
			Left: []string{"ĐẢNG ỦY CỤC HẢI QUAN TỈNH LẠNG SƠN", "CHI BỘ CHI CỤC HẢI QUAN CỬA KHẨU CHI MA"}, Right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, Num: "Số 03-GM/CB",
			PlaceDate: "Lộc Bình, ngày 02 tháng 4 năm 2021", Title: []string{"GIẤY MỜI"},
			Body: []Block{{Kind: "p", Text: "Chi bộ Chi cục Hải quan cửa khẩu Chi Ma trân trọng kính mời đồng chí đảng viên và quần chúng ưu tú tới dự hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng."},
				{Kind: "p", Text: "Thời gian: 14 giờ 00 ngày 08/4/2021.\nĐịa điểm: Phòng họp Chi cục Hải quan cửa khẩu Chi Ma.\nĐề nghị các đồng chí (28 đảng viên) bố trí công việc, dự đầy đủ, đúng giờ."}},
			Recv: []string{"- Như thành phần mời,", "- Lưu CB."}, Sign: []string{"T/M CHI BỘ", "BÍ THƯ"}, Signer: "Lương Thị Hồng"}},
		{"hd-bao-cao-ket-qua-huyen-uy-binh-chanh", "pdf", "hướng dẫn báo cáo kết quả (không phải báo cáo), PDF từ LibreOffice; có bảng mẫu", &Doc{
			Left: []string{"THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "HUYỆN ỦY BÌNH CHÁNH"}, Right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, Num: "Số 07-HD/HU",
			PlaceDate: "Bình Chánh, ngày 20 tháng 3 năm 2021", Title: []string{"HƯỚNG DẪN", "Báo cáo kết quả học tập, quán triệt Nghị quyết Đại hội XIII"},
			Body: []Block{{Kind: "p", Text: "Các chi, đảng bộ cơ sở báo cáo theo mẫu dưới đây, gửi về Ban Tuyên giáo Huyện ủy trước ngày 30/6/2021. Báo cáo ghi rõ ngày tổ chức, người chủ trì, báo cáo viên, số đảng viên dự trên tổng số, số quần chúng, số và ngày chương trình hành động."},
				{Kind: "t", Widths: []float64{12, 60, 35, 35, 28}, Rows: [][]string{{"TT", "Đơn vị", "Ngày tổ chức", "ĐV dự/tổng số", "Ghi chú"}, {"1", "(ví dụ) Chi bộ ấp 1", "dd/mm/2021", "…/…", ""}}}},
			Recv: []string{"- Các chi, đảng bộ cơ sở,", "- Lưu VP."}, Sign: []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}, Signer: "Trần Quốc Vinh"}},
		{"tb-ket-luan-dang-uy-xa-tan-thanh", "docx", "thông báo kết luận (không phải báo cáo), .docx; nhắc tỷ lệ đảng viên dự", &Doc{
			Left: []string{"HUYỆN ỦY VĂN LÃNG", "ĐẢNG ỦY XÃ TÂN MỸ"}, Right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, Num: "Số 21-TB/ĐU",
			PlaceDate: "Tân Mỹ, ngày 10 tháng 5 năm 2021", Title: []string{"THÔNG BÁO", "Kết luận của Ban Thường vụ Đảng ủy về tiến độ học tập Nghị quyết"},
			Body: []Block{{Kind: "p", Text: "Đến ngày 05/5/2021, 14/16 chi bộ đã tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII, tỷ lệ đảng viên tham dự bình quân 94,2%. Chi bộ thôn Nà Lầu và Chi bộ thôn Khòn Khuyên chưa tổ chức."},
				{Kind: "p", Text: "Ban Thường vụ yêu cầu các chi bộ còn lại hoàn thành trước ngày 20/5/2021 và ban hành chương trình hành động trước ngày 30/5/2021."}},
			Recv: []string{"- Các chi bộ trực thuộc,", "- Lưu VP."}, Sign: []string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"}, Signer: "Vi Thị Mai"}},
	}
	for k, x := range docs {
		x.d.Serif = "liberation"
		switch {
		case k == 0:
			renderPDF(x.d, filepath.Join(outDir, x.name+".pdf"))
		case x.fmt == "pdf":
			soffice("pdf:writer_pdf_Export", outDir, "HTML (StarWriter)", renderHTML(x.d, x.name))
		default:
			soffice("docx:MS Word 2007 XML", outDir, "HTML (StarWriter)", renderHTML(x.d, x.name))
		}
		writeTruth(x.name+"."+x.fmt, x.fmt, false, nil, x.d.text())
		note(x.name+"."+x.fmt, x.what)
	}
}
