package main

// r6: ward committee in Huế, xls.
func r6() {
	r := rng(66)
	ro := rollup{
		name: "tong-hop-dang-uy-phuong-an-cuu-tw6",
		desc: "xls (from xlsx via LibreOffice) roll-up, 10 residential-group cells and a total; 2-level header; numbered columns; unit column headed 'Chi bộ tổ dân phố, cơ quan'; form column; action plan in one cell 'Số … ngày …'; doc number and date in header",
		left: []string{"ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG ỦY PHƯỜNG AN CỰU", "Số 76-BC/ĐU"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "An Cựu, ngày 28 tháng 02 năm 2023"},
		title:  []string{"KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 6 KHÓA XIII TẠI CÁC CHI BỘ"},
		parent: "Đảng ủy phường An Cựu", doc: "76-BC/ĐU", repDate: "2023-02-28", numbered: true,
		cols: []rcol{
			{top: "TT", kind: "stt", w: 5}, {top: "Chi bộ tổ dân phố, cơ quan", kind: "unit", w: 28},
			{top: "Thời gian, hình thức", mid: "Ngày", kind: "date", w: 12}, {top: "Thời gian, hình thức", mid: "Hình thức", kind: "form", w: 12},
			{top: "Đảng viên", mid: "Tổng", kind: "total", w: 8}, {top: "Đảng viên", mid: "Có mặt", kind: "present", w: 8},
			{top: "Quần chúng", kind: "others", w: 10},
			{top: "Kế hoạch thực hiện của chi bộ", kind: "apfull", w: 30},
		},
		total: "Tổng cộng",
		sign:  sign("T/M ĐẢNG ỦY", "BÍ THƯ", "Tôn Nữ Thị Hà"),
	}
	ro.groups = []group{{rows: genRows(r, []string{"Chi bộ Tổ dân phố 1", "Chi bộ Tổ dân phố 3", "Chi bộ Tổ dân phố 5", "Chi bộ Tổ dân phố 8", "Chi bộ Tổ dân phố 10", "Chi bộ Tổ dân phố 12", "Chi bộ Cơ quan phường", "Chi bộ Quân sự phường", "Chi bộ Công an phường", "Chi bộ Trường Mầm non An Cựu"}, day(2023, 2, 6), 15, false, "Bí thư Chi bộ", "")}}
	ro.emitXLS("Sheet1")
}

// r7: forestry company committee in Hà Tĩnh, xls, two groups.
func r7() {
	r := rng(77)
	ro := rollup{
		name: "tong-hop-dang-uy-lam-nghiep-huong-son",
		desc: "xls roll-up, 12 cells in 2 groups with subtotals and total; 3-level header; absentees column; unit column headed 'Đơn vị trực thuộc'; no report date stated; text dates",
		left: []string{"ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH HÀ TĨNH", "ĐẢNG ỦY CÔNG TY TNHH MTV LÂM NGHIỆP HƯƠNG SƠN"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"},
		title:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG"},
		parent: "Đảng ủy Công ty TNHH MTV Lâm nghiệp Hương Sơn", dateText: true,
		cols: []rcol{
			{top: "TT", kind: "stt", w: 5}, {top: "Đơn vị trực thuộc", kind: "unit", w: 30},
			{top: "Hội nghị học tập", mid: "Thời gian", kind: "date", w: 12},
			{top: "Hội nghị học tập", mid: "Tham dự", low: "Tổng số ĐV", kind: "total", w: 9},
			{top: "Hội nghị học tập", mid: "Tham dự", low: "Số vắng", kind: "absent", w: 9},
			{top: "Hội nghị học tập", mid: "Tham dự", low: "Quần chúng", kind: "others", w: 9},
			{top: "Người chủ trì", kind: "chair", w: 22},
		},
		total: "Cộng toàn Đảng bộ",
		sign:  sign("T/M ĐẢNG ỦY", "BÍ THƯ", "Đặng Quang Trung"),
	}
	from := day(2021, 4, 19)
	ro.groups = []group{
		{label: "Các lâm trường, đội", sub: "Cộng", rows: genRows(r, []string{"Chi bộ Lâm trường Sơn Kim", "Chi bộ Lâm trường Sơn Hồng", "Chi bộ Lâm trường Sơn Lĩnh", "Chi bộ Lâm trường Sơn Tây", "Chi bộ Đội Bảo vệ rừng số 1", "Chi bộ Đội Bảo vệ rừng số 2", "Chi bộ Đội Sản xuất cây giống"}, from, 30, false, "", "")},
		{label: "Các phòng, ban", sub: "Cộng", rows: genRows(r, []string{"Chi bộ Văn phòng Công ty", "Chi bộ Phòng Kỹ thuật", "Chi bộ Phòng Kế toán - Tài vụ", "Chi bộ Xưởng chế biến gỗ", "Chi bộ Trạm kinh doanh tổng hợp"}, from, 30, false, "", "")},
	}
	ro.emitXLS("Tong hop")
}

// r8: Nghệ An mountain district, PDF, 16 rows.
func r8() {
	r := rng(88)
	ro := rollup{
		name: "tong-hop-huyen-uy-que-phong-tw5",
		desc: "PDF roll-up drawn with fpdf, landscape; 16 units in 2 groups with subtotals and total; 3-level merged header; numbered columns; unit column headed 'Đảng bộ, chi bộ trực thuộc'; doc number and date in header",
		left: []string{"HUYỆN ỦY QUẾ PHONG", "*", "Số 204-BC/HU"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Quế Phong, ngày 07 tháng 10 năm 2022"},
		title:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 5 KHÓA XIII"},
		parent: "Huyện ủy Quế Phong", doc: "204-BC/HU", repDate: "2022-10-07", numbered: true,
		cols: []rcol{
			{top: "TT", kind: "stt", w: 9}, {top: "Đảng bộ, chi bộ trực thuộc", kind: "unit", w: 58},
			{top: "Tổ chức hội nghị", mid: "Ngày", kind: "date", w: 20}, {top: "Tổ chức hội nghị", mid: "Hình thức", kind: "form", w: 20},
			{top: "Tổ chức hội nghị", mid: "Số lượng dự", low: "ĐV dự", kind: "present", w: 14},
			{top: "Tổ chức hội nghị", mid: "Số lượng dự", low: "Tổng số ĐV", kind: "total", w: 16},
			{top: "Tổ chức hội nghị", mid: "Số lượng dự", low: "Tỷ lệ (%)", kind: "rate", w: 14},
			{top: "Tổ chức hội nghị", mid: "Số lượng dự", low: "Quần chúng", kind: "others", w: 16},
			{top: "Người chủ trì", mid: "Họ tên", kind: "chair", w: 36}, {top: "Người chủ trì", mid: "Chức vụ", kind: "ctitle", w: 30},
			{top: "CTHĐ", mid: "Số", kind: "apnum", w: 20}, {top: "CTHĐ", mid: "Ngày", kind: "apdate", w: 20},
		},
		total: "Tổng cộng",
		notes: []string{"Ghi chú: CTHĐ - chương trình hành động (kế hoạch) thực hiện nghị quyết; ĐV - đảng viên."},
		sign:  sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lô Thị Kim Ngân"),
	}
	from := day(2022, 8, 15)
	ro.groups = []group{
		{label: "Đảng bộ xã, thị trấn", sub: "Cộng I", rows: genRows(r, []string{"Đảng bộ xã Tri Lễ", "Đảng bộ xã Nậm Giải", "Đảng bộ xã Hạnh Dịch", "Đảng bộ xã Tiền Phong", "Đảng bộ xã Châu Kim", "Đảng bộ xã Quế Sơn", "Đảng bộ xã Đồng Văn", "Đảng bộ xã Thông Thụ", "Đảng bộ thị trấn Kim Sơn"}, from, 35, true, "Bí thư Đảng ủy", "")},
		{label: "Cơ quan, đơn vị", sub: "Cộng II", rows: genRows(r, []string{"Chi bộ Cơ quan Huyện ủy", "Chi bộ Cơ quan UBND huyện", "Chi bộ Trung tâm Y tế huyện", "Chi bộ Trường THPT Quế Phong", "Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Chi bộ Ban Quản lý Khu bảo tồn Pù Hoạt"}, from, 35, false, "Bí thư", "")},
	}
	ro.emitPDF()
}

// r9: Gia Lai border commune, PDF, 12 rows.
func r9() {
	r := rng(99)
	ro := rollup{
		name: "tong-hop-dang-uy-xa-ia-dom-tw10",
		desc: "PDF roll-up drawn with fpdf, landscape; 12 làng and agency cells, no groups, with a total; 2-level header; unit column headed 'Tên chi bộ'; location and chair-with-title columns; action plan in one cell; date stated in header, no number",
		left: []string{"ĐẢNG BỘ HUYỆN ĐỨC CƠ", "ĐẢNG ỦY XÃ IA DOM", "*"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "", "Ia Dom, ngày 20 tháng 12 năm 2024"},
		title:  []string{"BẢNG TỔNG HỢP HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 10 KHÓA XIII"},
		parent: "Đảng ủy xã Ia Dom", repDate: "2024-12-20",
		cols: []rcol{
			{top: "STT", kind: "stt", w: 10}, {top: "Tên chi bộ", kind: "unit", w: 48},
			{top: "Ngày, địa điểm", mid: "Ngày", kind: "date", w: 22}, {top: "Ngày, địa điểm", mid: "Địa điểm", kind: "loc", w: 52},
			{top: "Chủ trì", kind: "chairfull", w: 50},
			{top: "Đảng viên", mid: "Tổng số", kind: "total", w: 16}, {top: "Đảng viên", mid: "Dự", kind: "present", w: 14},
			{top: "Kế hoạch thực hiện", kind: "apfull", w: 45},
		},
		total: "Cộng",
		sign:  sign("T/M ĐẢNG ỦY", "BÍ THƯ", "Rơ Lan Hiếu"),
	}
	ro.groups = []group{{rows: genRows(r, []string{"Chi bộ làng Mook Trê", "Chi bộ làng Mook Đen 1", "Chi bộ làng Mook Đen 2", "Chi bộ làng Ia Mút", "Chi bộ làng Ia Bia", "Chi bộ thôn Cửa Khẩu", "Chi bộ Cơ quan xã", "Chi bộ Quân sự xã", "Chi bộ Công an xã", "Chi bộ Trường THCS Ia Dom", "Chi bộ Trạm Y tế xã", "Chi bộ Đồn Biên phòng Ia Dom"}, day(2024, 11, 25), 20, true, "Bí thư Chi bộ", "Nhà văn hóa %s")}}
	ro.emitPDF()
}
