package main

import (
	"math/rand"
	"time"
)

func dotDate(t time.Time) string { return t.Format("2.1.2006") }

func rollups2() []*Out {
	var out []*Out

	// R4. Đảng ủy Khối cơ quan huyện Kiến Xương, TW4 — only absentees given.
	{
		r := rand.New(rand.NewSource(404))
		ro := &Rollup{Name: "tong-hop-tw4-dang-uy-khoi-co-quan-kien-xuong", Parent: "Đảng ủy Khối cơ quan huyện Kiến Xương",
			DocNumber: "41-BC/ĐUK", Report: dt(2022, 1, 14), DateFmt: dotDate, Total: "Tổng số",
			Titles:  []string{"KẾT QUẢ TỔ CHỨC HỌC TẬP, QUÁN TRIỆT KẾT LUẬN SỐ 21-KL/TW, QUY ĐỊNH SỐ 37-QĐ/TW", "(Phụ lục kèm theo Báo cáo số 41-BC/ĐUK)"},
			SignTop: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, SignName: "Đặng Quốc Toản", Sheet: "Phu luc",
			Readme: "roll-up XLSX, district agencies' committee (Thái Bình), 9 cells, unit column 'Chi bộ trực thuộc', only total and absentees per row (present derived), dates typed as text d.m.yyyy, form column, 2-row header for the plan (Số, ký hiệu / Ngày)",
			Cols: []Col{{H: []string{"STT"}, W: 6, Field: "stt"}, {H: []string{"Chi bộ trực thuộc"}, W: 34, Field: "unit", Align: 'L'},
				{H: []string{"Ngày tổ chức"}, W: 12, Field: "date"}, {H: []string{"Hình thức"}, W: 12, Field: "form"},
				{H: []string{"Tổng số ĐV"}, W: 9, Field: "total"}, {H: []string{"Vắng"}, W: 7, Field: "absent"}, {H: []string{"Quần chúng"}, W: 9, Field: "others"},
				{H: []string{"Kế hoạch thực hiện", "Số, ký hiệu"}, W: 12, Field: "ctrnum"}, {H: []string{"Kế hoạch thực hiện", "Ngày"}, W: 11, Field: "ctrdate"},
				{H: []string{"Ghi chú"}, W: 16, Field: "note", Align: 'L'}},
		}
		ro.Left, ro.Right = rhead("HUYỆN ỦY KIẾN XƯƠNG", "ĐẢNG ỦY KHỐI CƠ QUAN", "Số 41-BC/ĐUK", "Kiến Xương, ngày 14 tháng 01 năm 2022")
		ro.Left[1].Text = "ĐẢNG ỦY KHỐI CƠ QUAN HUYỆN KIẾN XƯƠNG"
		ro.Left = ro.Left[1:]
		us := genUnits(r, []string{"Chi bộ Văn phòng HĐND và UBND huyện", "Chi bộ Phòng Nông nghiệp và PTNT", "Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Phòng Giáo dục và Đào tạo",
			"Chi bộ Phòng Tài nguyên và Môi trường", "Chi bộ Phòng Nội vụ", "Chi bộ Trung tâm Văn hóa, Thông tin và Thể thao", "Chi bộ Ban Quản lý dự án đầu tư xây dựng", "Chi bộ Phòng Lao động - Thương binh và Xã hội"},
			dt(2021, 12, 15), 20, 6, 25, nil)
		withCtr(r, us, "KH/CB", 2)
		for i := range us {
			us[i].Form = []string{"Trực tuyến", "Trực tiếp"}[r.Intn(2)]
		}
		nn := &us[1]
		nn.Date, nn.Form, nn.Total, nn.Present, nn.Others, nn.CtrNum, nn.CtrDate, nn.Note = dt(2021, 12, 29), "Trực tuyến", 16, 15, 7, "11-KH/CB", dt(2022, 1, 5), "Qua Zoom"
		ro.Groups = []RGroup{{Units: us}}
		out = append(out, ro.emit("xlsx"))
	}

	// R5. Huyện ủy Lương Tài (Bắc Ninh), Đại hội XIII — 31 units, three groups.
	{
		r := rand.New(rand.NewSource(505))
		ro := &Rollup{Name: "tong-hop-hoi-nghi-nq-xiii-huyen-uy-luong-tai", Parent: "Huyện ủy Lương Tài", DocNumber: "172-BC/HU", Report: dt(2021, 7, 2),
			ExcelFmt: "d/m/yyyy", Total: "TỔNG CỘNG",
			Titles:  []string{"BIỂU TỔNG HỢP KẾT QUẢ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG Ở CÁC TỔ CHỨC CƠ SỞ ĐẢNG", "(Kèm theo Báo cáo số 172-BC/HU ngày 02/7/2021 của Ban Thường vụ Huyện ủy)"},
			SignTop: []string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"}, SignName: "Lê Thị Thanh Huyền", Sheet: "Bieu tong hop",
			Notes:  []string{"Ghi chú: Số liệu do các tổ chức cơ sở đảng báo cáo; Ban Tuyên giáo Huyện ủy tổng hợp."},
			Readme: "roll-up XLSX, district committee (Bắc Ninh), 31 organisations in three groups with subtotals and a total, unit column 'Đơn vị', chair as 'name - title' in one cell, reporter column, Excel dates d/m/yyyy, rate as percent, action program number/date",
			Cols: []Col{{H: []string{"STT"}, W: 6, Field: "stt"}, {H: []string{"Đơn vị"}, W: 32, Field: "unit", Align: 'L'},
				{H: []string{"Ngày tổ chức"}, W: 11, Field: "date"}, {H: []string{"Người chủ trì"}, W: 28, Field: "chairfull", Align: 'L'},
				{H: []string{"Báo cáo viên"}, W: 20, Field: "reporter", Align: 'L'},
				{H: []string{"Tổng số đảng viên"}, W: 9, Field: "total"}, {H: []string{"Số đảng viên dự"}, W: 9, Field: "present"},
				{H: []string{"Tỷ lệ (%)"}, W: 8, Field: "rate"}, {H: []string{"Số quần chúng dự"}, W: 9, Field: "others"},
				{H: []string{"Chương trình hành động", "Số"}, W: 11, Field: "ctrnum"}, {H: []string{"Chương trình hành động", "Ngày"}, W: 11, Field: "ctrdate"}},
		}
		ro.Left, ro.Right = rhead("TỈNH ỦY BẮC NINH", "HUYỆN ỦY LƯƠNG TÀI", "", "Lương Tài, ngày 02 tháng 7 năm 2021")
		g1 := titled(genUnits(r, append([]string{"Đảng bộ thị trấn Thứa"}, prefixed("Đảng bộ xã ", "An Thịnh", "Bình Định", "Lâm Thao", "Lai Hạ", "Minh Tân", "Mỹ Hương",
			"Phú Hòa", "Phú Lương", "Quảng Phú", "Tân Lãng", "Trung Chính", "Trung Kênh", "Trừng Xá")...), dt(2021, 4, 8), 30, 250, 700, nil), "Bí thư Đảng ủy")
		withCtr(r, g1, "CTr/ĐU", 0)
		g2 := genUnits(r, []string{"Đảng bộ Công an huyện", "Đảng bộ Quân sự huyện", "Chi bộ Văn phòng Huyện ủy", "Chi bộ Văn phòng HĐND và UBND huyện",
			"Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Phòng Giáo dục và Đào tạo", "Chi bộ Phòng Nông nghiệp và PTNT", "Chi bộ Trung tâm Y tế huyện",
			"Chi bộ Ban Quản lý dự án xây dựng", "Chi bộ Kho bạc Nhà nước", "Chi bộ Chi cục Thuế khu vực", "Chi bộ Ngân hàng NN&PTNT huyện"}, dt(2021, 4, 12), 35, 7, 90, nil)
		g2[0].CTitle, g2[1].CTitle = "Bí thư Đảng ủy", "Bí thư Đảng ủy"
		withCtr(r, g2, "CTr/CB", 1)
		g3 := genUnits(r, []string{"Chi bộ Trường THPT Lương Tài", "Chi bộ Trường THPT Lương Tài số 2", "Chi bộ Trường THPT Lương Tài số 3", "Chi bộ Trung tâm GDNN - GDTX huyện", "Chi bộ Trường Trung cấp nghề"},
			dt(2021, 5, 4), 25, 10, 45, nil)
		withCtr(r, g3, "KH/CB", 1)
		for _, g := range [][]RUnit{g1, g2, g3} {
			for i := range g {
				if r.Intn(5) == 0 {
					g[i].Reporter = personName(r)
				}
			}
		}
		ro.Groups = []RGroup{{Heading: "A. ĐẢNG BỘ XÃ, THỊ TRẤN", Subtotal: "Cộng A", Units: g1}, {Heading: "B. ĐẢNG BỘ, CHI BỘ CƠ QUAN", Subtotal: "Cộng B", Units: g2},
			{Heading: "C. CHI BỘ TRƯỜNG HỌC, ĐƠN VỊ SỰ NGHIỆP", Subtotal: "Cộng C", Units: g3}}
		out = append(out, ro.emit("xlsx"))
	}

	// R6. Đảng ủy xã Tả Thanh Oai (Thanh Trì), TW5 — xls, có mặt/vắng.
	{
		r := rand.New(rand.NewSource(606))
		ro := &Rollup{Name: "tong-hop-tw5-dang-uy-xa-ta-thanh-oai", Parent: "Đảng ủy xã Tả Thanh Oai", DocNumber: "93-BC/ĐU", Report: dt(2022, 9, 12),
			ExcelFmt: "dd/mm/yyyy", Total: "Tổng cộng toàn Đảng bộ",
			Titles:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 5 KHÓA XIII TẠI CÁC CHI BỘ"},
			SignTop: []string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"}, SignName: "Nguyễn Văn Hòa",
			Readme: "roll-up XLS (Excel 97, converted from XLSX), commune committee (Thanh Trì), 18 cells, unit column 'Tên tổ chức đảng', Tổng số/Có mặt/Vắng sub-columns, location column, group subtotals",
			Cols: []Col{{H: []string{"TT"}, W: 5, Field: "stt"}, {H: []string{"Tên tổ chức đảng"}, W: 30, Field: "unit", Align: 'L'},
				{H: []string{"Thời gian"}, W: 12, Field: "date"}, {H: []string{"Địa điểm"}, W: 24, Field: "loc", Align: 'L'},
				{H: []string{"Số đảng viên", "Tổng số"}, W: 8, Field: "total"}, {H: []string{"Số đảng viên", "Có mặt"}, W: 8, Field: "present"},
				{H: []string{"Số đảng viên", "Vắng"}, W: 8, Field: "absent"}, {H: []string{"Quần chúng"}, W: 9, Field: "others"},
				{H: []string{"Ghi chú"}, W: 14, Field: "note", Align: 'L'}},
		}
		ro.Left, ro.Right = rhead("HUYỆN ỦY THANH TRÌ", "ĐẢNG ỦY XÃ TẢ THANH OAI", "Số 93-BC/ĐU", "Tả Thanh Oai, ngày 12 tháng 9 năm 2022")
		g1 := genUnits(r, prefixed("Chi bộ thôn ", "Tả Thanh Oai", "Tự Khoát", "Siêu Quần", "Nhân Hòa", "Văn Uyên", "Hữu Lê", "Thượng Thanh", "Đông Hưng", "Tây Hưng", "Vĩnh Thịnh", "Thư Am"),
			dt(2022, 7, 25), 20, 35, 90, func(n string) string { return "Nhà văn hóa " + n[len("Chi bộ "):] })
		g2 := genUnits(r, []string{"Chi bộ Cơ quan Đảng ủy - UBND xã", "Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ Trường Mầm non", "Chi bộ Trường Tiểu học", "Chi bộ Trường THCS", "Chi bộ Trạm Y tế"},
			dt(2022, 7, 28), 18, 5, 22, func(n string) string { return "Phòng họp " + n[len("Chi bộ "):] })
		ro.Groups = []RGroup{{Heading: "I. Chi bộ thôn", Subtotal: "Cộng", Units: g1}, {Heading: "II. Chi bộ cơ quan, trường học, lực lượng vũ trang", Subtotal: "Cộng", Units: g2}}
		out = append(out, ro.emit("xls"))
	}

	// R7. Đảng ủy xã Nhật Tân (Kim Bảng, Hà Nam), TW6 — xls, text dates dd-mm-yyyy, numbered.
	{
		r := rand.New(rand.NewSource(707))
		ro := &Rollup{Name: "bieu-tong-hop-tw6-dang-uy-xa-nhat-tan", Parent: "Đảng ủy xã Nhật Tân", Report: dt(2023, 1, 18),
			DateFmt: da0, RatePct: true, Numbered: true, Total: "Cộng toàn xã",
			Titles:  []string{"BIỂU TỔNG HỢP HỌC TẬP NGHỊ QUYẾT TRUNG ƯƠNG 6 KHÓA XIII", "Đơn vị tổng hợp: Văn phòng Đảng ủy"},
			SignTop: []string{"NGƯỜI TỔNG HỢP"}, SignName: "Trần Thị Hải Yến",
			Readme: "roll-up XLS (Excel 97), commune committee (Hà Nam), 10 cells, numbered columns, text dates dd-mm-yyyy, chair and reporter columns, rate as text with comma, action program number/date, a total row only",
			Cols: []Col{{H: []string{"STT"}, W: 5, Field: "stt"}, {H: []string{"Chi bộ"}, W: 26, Field: "unit", Align: 'L'},
				{H: []string{"Ngày hội nghị"}, W: 12, Field: "date"}, {H: []string{"Chủ trì"}, W: 20, Field: "chair", Align: 'L'}, {H: []string{"Báo cáo viên"}, W: 20, Field: "reporter", Align: 'L'},
				{H: []string{"Tổng số ĐV"}, W: 8, Field: "total"}, {H: []string{"ĐV tham dự"}, W: 8, Field: "present"}, {H: []string{"Tỷ lệ %"}, W: 8, Field: "rate"},
				{H: []string{"CTr hành động", "Số"}, W: 11, Field: "ctrnum"}, {H: []string{"CTr hành động", "Ngày"}, W: 12, Field: "ctrdate"}},
		}
		ro.Left, ro.Right = rhead("ĐẢNG BỘ HUYỆN KIM BẢNG", "ĐẢNG ỦY XÃ NHẬT TÂN", "", "Nhật Tân, ngày 18 tháng 01 năm 2023")
		us := genUnits(r, append(prefixed("Chi bộ thôn ", "Tân Sơn", "Nhật Tựu", "Thanh Nộn", "Đồng Phú", "Vĩnh Lưu", "Nhật Tân"), "Chi bộ Trường Mầm non", "Chi bộ Trường Tiểu học", "Chi bộ Trường THCS", "Chi bộ Công an xã"),
			dt(2022, 12, 20), 22, 12, 65, nil)
		withCtr(r, us, "CTr/CB", 2)
		ro.Groups = []RGroup{{Units: us}}
		out = append(out, ro.emit("xls"))
	}

	// R8. Đảng ủy xã Thủy Xuân Tiên (Chương Mỹ), Đại hội XIII — landscape PDF by fpdf, 3-row header.
	{
		r := rand.New(rand.NewSource(808))
		ro := &Rollup{Name: "tong-hop-nq-xiii-dang-uy-xa-thuy-xuan-tien", Parent: "Đảng ủy xã Thủy Xuân Tiên", DocNumber: "57-BC/ĐU", Report: dt(2021, 5, 18),
			DateFmt: sl, Numbered: true, RatePct: true, Total: "Tổng cộng",
			Titles:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "(Kèm theo Báo cáo số 57-BC/ĐU ngày 18/5/2021)"},
			SignTop: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, SignName: "Lê Văn Toản",
			Notes:  []string{"Ghi chú: Chi bộ chưa ban hành chương trình hành động được ghi rõ ở cột Ghi chú."},
			Readme: "roll-up PDF (fpdf, landscape), commune committee (Chương Mỹ), 16 cells, 3-row merged header (Kết quả tham dự > Đảng viên > Tổng số/Dự/Tỷ lệ %), numbered columns, group headings with subtotals, dates d/m/yyyy",
			Cols: []Col{{H: []string{"STT"}, W: 5, Field: "stt"}, {H: []string{"Chi bộ"}, W: 24, Field: "unit", Align: 'L'},
				{H: []string{"Ngày tổ chức"}, W: 11, Field: "date"}, {H: []string{"Địa điểm"}, W: 22, Field: "loc", Align: 'L'}, {H: []string{"Chủ trì"}, W: 17, Field: "chair", Align: 'L'},
				{H: []string{"Kết quả tham dự", "Đảng viên", "Tổng số"}, W: 7, Field: "total"}, {H: []string{"Kết quả tham dự", "Đảng viên", "Dự"}, W: 7, Field: "present"},
				{H: []string{"Kết quả tham dự", "Đảng viên", "Tỷ lệ %"}, W: 7, Field: "rate"}, {H: []string{"Kết quả tham dự", "Quần chúng"}, W: 8, Field: "others"},
				{H: []string{"Chương trình hành động", "Số"}, W: 10, Field: "ctrnum"}, {H: []string{"Chương trình hành động", "Ngày"}, W: 10, Field: "ctrdate"},
				{H: []string{"Ghi chú"}, W: 12, Field: "note", Align: 'L'}},
		}
		ro.Left, ro.Right = rhead("HUYỆN ỦY CHƯƠNG MỸ", "ĐẢNG ỦY XÃ THỦY XUÂN TIÊN", "", "Thủy Xuân Tiên, ngày 18 tháng 5 năm 2021")
		g1 := genUnits(r, prefixed("Chi bộ thôn ", "Xuân Mai", "Tiên Tiến", "Trung Hòa", "Đồng Vai", "Gò Chè", "Đồng Ké", "Xuân Linh", "Sơn Thủy", "Thanh Hòa", "Đồng Dâu"),
			dt(2021, 4, 15), 18, 25, 70, func(n string) string { return "Nhà văn hóa " + n[len("Chi bộ "):] })
		withCtr(r, g1, "CTr/CB", 1)
		g2 := genUnits(r, []string{"Chi bộ Cơ quan xã", "Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ Trường Mầm non", "Chi bộ Trường Tiểu học", "Chi bộ Trường THCS"},
			dt(2021, 4, 19), 16, 5, 24, func(string) string { return "Hội trường UBND xã" })
		withCtr(r, g2, "CTr/CB", 1)
		ro.Groups = []RGroup{{Heading: "I. Chi bộ nông thôn", Subtotal: "Cộng I", Units: g1}, {Heading: "II. Chi bộ cơ quan, trường học, LLVT", Subtotal: "Cộng II", Units: g2}}
		out = append(out, ro.emit("pdf-fpdf"))
	}

	// R9. Huyện ủy Ân Thi (Hưng Yên), TW4 — landscape PDF by LibreOffice, attached to a report.
	{
		r := rand.New(rand.NewSource(909))
		ro := &Rollup{Name: "phu-luc-tong-hop-tw4-huyen-uy-an-thi", Parent: "Huyện ủy Ân Thi", DocNumber: "256-BC/HU", Report: dt(2022, 1, 20),
			DateFmt: sl0, Total: "Toàn huyện",
			Titles:  []string{"PHỤ LỤC", "Kết quả tổ chức học tập, quán triệt Kết luận, Quy định Hội nghị Trung ương 4 khóa XIII tại các đảng bộ xã, thị trấn", "(Kèm theo Báo cáo số 256-BC/HU ngày 20/01/2022 của Ban Thường vụ Huyện ủy Ân Thi)"},
			SignTop: []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}, SignName: "Nguyễn Văn Bắc",
			Readme: "roll-up PDF (LibreOffice, landscape), district committee (Hưng Yên), 12 grassroots organisations, unit column 'Đảng bộ', form column (trực tiếp/trực tuyến/kết hợp), chair column, total row 'Toàn huyện', title says which report it is attached to",
			Cols: []Col{{H: []string{"TT"}, W: 5, Field: "stt"}, {H: []string{"Đảng bộ"}, W: 26, Field: "unit", Align: 'L'},
				{H: []string{"Ngày tổ chức"}, W: 12, Field: "date"}, {H: []string{"Hình thức"}, W: 12, Field: "form"}, {H: []string{"Chủ trì hội nghị"}, W: 20, Field: "chairfull", Align: 'L'},
				{H: []string{"Đảng viên", "Tổng số"}, W: 9, Field: "total"}, {H: []string{"Đảng viên", "Tham dự"}, W: 9, Field: "present"},
				{H: []string{"Quần chúng tham dự"}, W: 10, Field: "others"}, {H: []string{"Ghi chú"}, W: 14, Field: "note", Align: 'L'}},
		}
		ro.Left, ro.Right = rhead("TỈNH ỦY HƯNG YÊN", "HUYỆN ỦY ÂN THI", "", "Ân Thi, ngày 20 tháng 01 năm 2022")
		us := titled(genUnits(r, append([]string{"Đảng bộ thị trấn Ân Thi"}, prefixed("Đảng bộ xã ", "Bắc Sơn", "Bãi Sậy", "Cẩm Ninh", "Đặng Lễ", "Đào Dương", "Hạ Lễ", "Hồng Quang", "Hồng Vân", "Hoàng Hoa Thám", "Nguyễn Trãi", "Phù Ủng")...),
			dt(2021, 12, 6), 24, 220, 620, nil), "Bí thư Đảng ủy")
		for i := range us {
			us[i].Form = []string{"Trực tiếp", "Kết hợp", "Trực tuyến"}[r.Intn(3)]
		}
		us[6].Note = "Lùi lịch do dịch Covid-19"
		ro.Groups = []RGroup{{Units: us}}
		out = append(out, ro.emit("pdf-lo"))
	}
	return out
}
