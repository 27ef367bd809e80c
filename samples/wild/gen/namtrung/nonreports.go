package main

// Documents about the same conferences that are not reports: a plan, an
// invitation, a notice, guidance with a blank template, an action program.

import "fmt"

func nonReports() {
	k1()
	k2()
	k3()
	k4()
	k5()
}

// k1: a district plan with a schedule table that looks like a roll-up.
func k1() {
	d := &doc{size: 12}
	d.add(hdr{left: []ln{L("ĐẢNG BỘ TỈNH GIA LAI"), LB("HUYỆN ỦY CHƯ PĂH"), L("*"), L("Số 38-KH/HU")}, right: []ln{LBU(dcsvn), L(""), LI("Chư Păh, ngày 15 tháng 3 năm 2021")}},
		gap{3},
		PC("KẾ HOẠCH", true),
		PC("tổ chức nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị và Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch tổ chức nghiên cứu, học tập, quán triệt Nghị quyết như sau:"),
		PB("I. MỤC ĐÍCH, YÊU CẦU"),
		P("1. Giúp cán bộ, đảng viên nắm vững những nội dung cơ bản, cốt lõi của Nghị quyết Đại hội XIII của Đảng; tạo sự thống nhất cao về nhận thức và hành động."),
		P("2. Người đứng đầu cấp ủy trực tiếp chủ trì và làm báo cáo viên; bảo đảm 100% đảng viên tham dự; hoàn thành trước ngày 30/6/2021."),
		PB("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
		P("1. Hội nghị cấp huyện: tổ chức 01 ngày, ngày 25/3/2021, tại Hội trường Huyện ủy, hình thức trực tiếp kết hợp trực tuyến đến 14 điểm cầu các xã, thị trấn. Chủ trì: đồng chí Bí thư Huyện ủy. Thành phần: Ban Chấp hành Đảng bộ huyện, cán bộ chủ chốt của huyện và các xã, thị trấn (khoảng 350 đại biểu)."),
		P("2. Hội nghị ở các đảng bộ cơ sở: theo lịch dự kiến sau:"),
		tbl{
			w:        []float64{7, 40, 22, 42, 40},
			head:     []hc{{"TT", 0, 0, 1, 1}, {"Đảng bộ", 0, 1, 1, 1}, {"Thời gian dự kiến", 0, 2, 1, 1}, {"Địa điểm", 0, 3, 1, 1}, {"Báo cáo viên huyện phụ trách", 0, 4, 1, 1}},
			headRows: 1,
			rows: [][]string{
				{"1", "Đảng bộ xã Ia Ly", "29 - 30/3/2021", "Hội trường UBND xã Ia Ly", "Đ/c Trưởng Ban Tuyên giáo Huyện ủy"},
				{"2", "Đảng bộ xã Ia Mơ Nông", "01 - 02/4/2021", "Hội trường UBND xã", "Đ/c Phó Bí thư Thường trực Huyện ủy"},
				{"3", "Đảng bộ xã Ia Ka", "05/4/2021", "Hội trường UBND xã", "Đ/c Chủ tịch UBND huyện"},
				{"4", "Đảng bộ thị trấn Phú Hòa", "06/4/2021", "Hội trường thị trấn", "Đ/c Trưởng Ban Tổ chức Huyện ủy"},
				{"5", "Đảng bộ xã Nghĩa Hưng", "08/4/2021", "Hội trường UBND xã", "Đ/c Trưởng Ban Dân vận Huyện ủy"},
				{"6", "Đảng bộ xã Hà Tây", "09/4/2021", "Nhà văn hóa làng Đăk Pơ Kơ", "Đ/c Chủ nhiệm UBKT Huyện ủy"},
			},
			aligns: "CLCLL",
		},
		PB("III. TỔ CHỨC THỰC HIỆN"),
		P("1. Ban Tuyên giáo Huyện ủy chủ trì, tham mưu tổ chức hội nghị cấp huyện; hướng dẫn, kiểm tra các cơ sở; tổng hợp, báo cáo Ban Thường vụ Huyện ủy kết quả trước ngày 15/5/2021."),
		P("2. Các đảng bộ, chi bộ cơ sở xây dựng chương trình hành động, gửi về Huyện ủy (qua Ban Tuyên giáo) trước ngày 30/4/2021."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Ban Tuyên giáo Tỉnh ủy (b/c),"), L("- Các tổ chức cơ sở đảng,"), L("- Lưu VP.")},
			right: []ln{LB("T/M BAN THƯỜNG VỤ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB("Lê Quang Vinh")},
		})
	emitPDF(d, "ke-hoach-huyen-uy-chu-pah.pdf")
	add("ke-hoach-huyen-uy-chu-pah.pdf", "not a report (plan)",
		"A district committee's plan (`KẾ HOẠCH`, `Số 38-KH/HU`) with the deadline, a district conference's date, place, form and chair, and a schedule table of communes with dates, places and presenters: future, nothing held yet.")
}

// k2: an invitation, kept as .docx.
func k2() {
	d := &doc{size: 13}
	d.add(partyHdr("Đảng bộ thành phố Tuy Hòa", "Đảng ủy Phường 9", "Số 15-GM/ĐU", "Phường 9, ngày 20 tháng 3 năm 2021"),
		PC("GIẤY MỜI", true),
		PC("Dự hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		gap{1},
		PC("Đảng ủy Phường 9 trân trọng kính mời:", false),
		PM("b:Đồng chí: ", "……………………………………………… Chức vụ: ……………………"),
		P("Đến dự hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng do Đảng ủy phường tổ chức."),
		PM("b:Thời gian: ", "01 buổi, bắt đầu lúc 7 giờ 30 phút, ngày 25/3/2021 (thứ Năm)."),
		PM("b:Địa điểm: ", "Hội trường UBND Phường 9."),
		PM("b:Chủ trì: ", "đồng chí Ngô Thị Kim Yến, Bí thư Đảng ủy phường."),
		PM("b:Báo cáo viên: ", "đồng chí Trần Đức Thuận, Phó Trưởng Ban Tuyên giáo Thành ủy."),
		P("Đề nghị đồng chí dự đầy đủ, đúng giờ; mang theo tài liệu đã được cấp phát. (Đeo khẩu trang, thực hiện 5K theo quy định)."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Như thành phần mời,"), L("- Lưu VP.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), L(""), LB("Ngô Thị Kim Yến")},
		})
	emitDOCX(d, "giay-moi-dang-uy-phuong-9.docx", "Dang uy P9")
	add("giay-moi-dang-uy-phuong-9.docx", "not a report (invitation)",
		"An invitation (`GIẤY MỜI`, `Số 15-GM/ĐU`, .docx) with a blank for the invitee, the conference's future time, place, chair and presenter.")
}

// k3: a notice moving a conference, Word printed to PDF.
func k3() {
	d := &doc{size: 13}
	d.add(partyHdr("Thành ủy Quảng Ngãi", "Đảng ủy xã Nghĩa Hà", "Số 27-TB/ĐU", "Nghĩa Hà, ngày 12 tháng 4 năm 2021"),
		PC("THÔNG BÁO", true),
		PC("Về việc thay đổi thời gian, hình thức tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Theo Kế hoạch số 09-KH/ĐU ngày 22/3/2021, Đảng ủy xã Nghĩa Hà tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng vào ngày 15/4/2021 tại Hội trường UBND xã."),
		P("Do diễn biến phức tạp của dịch Covid-19, Ban Thường vụ Đảng ủy xã thông báo:"),
		P("1. Lùi thời gian tổ chức hội nghị sang ngày 22/4/2021 (thứ Năm), bắt đầu lúc 7 giờ 30 phút."),
		P("2. Hình thức: trực tuyến; điểm cầu chính tại Hội trường UBND xã, các điểm cầu tại nhà văn hóa 07 thôn."),
		P("3. Thành phần: toàn thể đảng viên trong Đảng bộ (234 đồng chí); chủ trì: đồng chí Võ Văn Hiếu, Bí thư Đảng ủy xã."),
		P("Đề nghị các chi bộ thông báo đến đảng viên để biết, thực hiện./."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Các chi bộ trực thuộc,"), L("- Lưu.")},
			right: []ln{LB("T/M BAN THƯỜNG VỤ"), LB("PHÓ BÍ THƯ"), L(""), L(""), L(""), LB("Nguyễn Thị Bích Ngọc")},
		})
	emitDOCX2PDF(d, "thong-bao-dang-uy-xa-nghia-ha.pdf", "Dang uy Nghia Ha")
	add("thong-bao-dang-uy-xa-nghia-ha.pdf", "not a report (notice)",
		"A notice (`THÔNG BÁO`, `Số 27-TB/ĐU`, Word to PDF) moving a commune's conference from 15/4 to 22/4/2021 and making it online, with the member count and chair: nothing held yet.")
}

// k4: provincial guidance with a blank reporting template.
func k4() {
	x := newXL("Hướng dẫn", "BTG Tinh uy Khanh Hoa")
	x.widths(110)
	lines := []struct{ t, spec string }{
		{"TỈNH ỦY KHÁNH HÒA", "c"},
		{"BAN TUYÊN GIÁO", "b,c"},
		{"Số 31-HD/BTGTU", "c"},
		{"Nha Trang, ngày 16 tháng 3 năm 2021", "i,c"},
		{"", ""},
		{"HƯỚNG DẪN", "b,c,s14"},
		{"Báo cáo kết quả nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", "b,c"},
		{"", ""},
		{"1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tổng hợp kết quả của các tổ chức cơ sở đảng theo Mẫu biểu kèm theo (sheet \"Mẫu biểu\").", "w"},
		{"2. Mỗi tổ chức cơ sở đảng ghi một dòng: tên chi bộ, đảng bộ; ngày tổ chức; địa điểm; hình thức (trực tiếp, trực tuyến, kết hợp); người chủ trì; báo cáo viên; tổng số đảng viên; số đảng viên dự; tỷ lệ; số quần chúng dự; số, ngày ban hành chương trình hành động.", "w"},
		{"3. Tỷ lệ đảng viên dự tính bằng phần trăm, lấy hai chữ số thập phân (ví dụ 95,25%).", "w"},
		{"4. Ngày tháng ghi theo định dạng ngày/tháng/năm (ví dụ 09/4/2021).", "w"},
		{"5. Gửi báo cáo và biểu tổng hợp về Ban Tuyên giáo Tỉnh ủy trước ngày 15/5/2021, đồng thời gửi bản điện tử qua hộp thư công vụ.", "w"},
		{"", ""},
		{"K/T TRƯỞNG BAN", "b,c"},
		{"PHÓ TRƯỞNG BAN", "b,c"},
		{"", ""},
		{"", ""},
		{"Lê Thị Hồng Nhung", "b,c"},
	}
	for i, l := range lines {
		x.set(cell(1, i+1), l.t, l.spec)
		if l.spec == "w" {
			x.height(i+1, 34)
		}
	}
	x.sheet("Mẫu biểu")
	x.widths(5, 26, 12, 20, 11, 20, 20, 9, 9, 9, 10, 18)
	x.mset("A1", "L1", "BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "b,c")
	x.mset("A2", "L2", "(Kèm theo Hướng dẫn số 31-HD/BTGTU ngày 16/3/2021 của Ban Tuyên giáo Tỉnh ủy)", "i,c")
	x.mset("A3", "L3", "Đơn vị báo cáo: ……………………………………", "")
	h := "b,c,w,B"
	for _, m := range [][3]string{{"A5", "A6", "STT"}, {"B5", "B6", "Tên chi bộ, đảng bộ"}, {"C5", "C6", "Ngày tổ chức"}, {"D5", "D6", "Địa điểm"}, {"E5", "E6", "Hình thức"},
		{"F5", "F6", "Người chủ trì"}, {"G5", "G6", "Báo cáo viên"}, {"H5", "J5", "Đảng viên"}, {"K5", "K6", "Quần chúng dự"}, {"L5", "L6", "Chương trình hành động (số, ngày)"}} {
		x.mset(m[0], m[1], m[2], h)
	}
	x.set("H6", "Tổng số", h)
	x.set("I6", "Dự", h)
	x.set("J6", "Tỷ lệ (%)", h)
	x.height(6, 30)
	for i := 1; i <= 6; i++ {
		for c := 1; c <= 12; c++ {
			var v any = ""
			if c == 1 {
				v = i
			}
			x.set(cell(c, 6+i), v, "c,B")
		}
	}
	x.mset("A13", "G13", "Tổng cộng", "b,c,B")
	x.style("H13", "L13", "B")
	x.mset("H15", "L15", "THỦ TRƯỞNG ĐƠN VỊ", "b,c")
	x.mset("H16", "L16", "(Ký tên, đóng dấu)", "i,c")
	x.save(xlOut("huong-dan-bieu-mau-btg-khanh-hoa.xlsx"))
	add("huong-dan-bieu-mau-btg-khanh-hoa.xlsx", "not a report (guidance)",
		"Provincial guidance (`HƯỚNG DẪN`, `Số 31-HD/BTGTU`) in a workbook: the instructions on one sheet, the blank roll-up template on another (merged headers, numbered empty rows, a `Tổng cộng` row, example values only inside the instructions).")
}

// k5: a cell's action program, the document a report would cite.
func k5() {
	d := &doc{size: 12.5}
	d.add(partyHdr("Đảng bộ xã Cam Thành Bắc", "Chi bộ thôn Tân Xương 1", "Số 04-CTr/CB", "Cam Thành Bắc, ngày 14 tháng 4 năm 2021"),
		gap{3},
		PC("CHƯƠNG TRÌNH HÀNH ĐỘNG", true),
		PC("thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", true),
		PC("-----", false),
		P("Sau khi học tập, quán triệt Nghị quyết Đại hội XIII của Đảng (ngày 10/4/2021), Chi bộ thôn Tân Xương 1 xây dựng Chương trình hành động thực hiện Nghị quyết với những nội dung sau:"),
		PB("I. MỤC TIÊU"),
		P(fmt.Sprintf("Đến năm 2025: thu nhập bình quân đầu người đạt %s triệu đồng/năm; tỷ lệ hộ nghèo giảm còn dưới %s%%; 100%% hộ dân sử dụng nước sạch; hằng năm Chi bộ đạt \"Hoàn thành tốt nhiệm vụ\" trở lên, kết nạp ít nhất 01 đảng viên mới.", "62", "1,5")),
		PB("II. NHIỆM VỤ, GIẢI PHÁP"),
		P("1. Phát triển kinh tế: chuyển đổi cây trồng sang xoài, nuôi trồng thủy sản ven đầm Thủy Triều theo hướng bền vững."),
		P("2. Xây dựng nông thôn mới kiểu mẫu; giữ gìn vệ sinh môi trường, an ninh trật tự."),
		P("3. Xây dựng Chi bộ trong sạch, vững mạnh; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể."),
		PB("III. TỔ CHỨC THỰC HIỆN"),
		P("Các đảng viên được phân công phụ trách tổ, hộ; Chi bộ sơ kết việc thực hiện chương trình hằng năm, báo cáo Đảng ủy xã."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã (b/c),"), L("- Đảng viên trong chi bộ,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB("Đỗ Văn Quý")},
		})
	emitPDF(d, "chuong-trinh-hanh-dong-chibo-tan-xuong-1.pdf")
	add("chuong-trinh-hanh-dong-chibo-tan-xuong-1.pdf", "not a report (action program)",
		"A cell's action program itself (`CHƯƠNG TRÌNH HÀNH ĐỘNG`, `Số 04-CTr/CB`), which names the day the resolution was studied but reports no conference: targets and tasks only.")
}
