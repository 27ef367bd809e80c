package main

import "math/rand/v2"

func rng(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 7)) }

func sign(lines ...string) []string { return lines }

// r1: district committee in Huế, Đại hội XIII, two header levels, numbered columns.
func r1() {
	r := rng(11)
	ro := rollup{
		name: "tong-hop-huyen-uy-phong-dien-nq-xiii",
		desc: "xlsx roll-up, 18 units in 3 groups with subtotals and total; 2-level merged header; numbered columns; unit column headed 'Tổ chức cơ sở đảng'; doc number and date stated in the title block; Excel dates",
		left: []string{"HUYỆN ỦY PHONG ĐIỀN", "*"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Phong Điền, ngày 05 tháng 7 năm 2021"},
		title:  []string{"BẢNG TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "(Kèm theo Báo cáo số 95-BC/HU ngày 05-7-2021 của Ban Thường vụ Huyện ủy)"},
		parent: "Huyện ủy Phong Điền", doc: "95-BC/HU", repDate: "2021-07-05", numbered: true,
		cols: []rcol{
			{top: "STT", kind: "stt", w: 6}, {top: "Tổ chức cơ sở đảng", kind: "unit", w: 34},
			{top: "Ngày tổ chức hội nghị", kind: "date", w: 13},
			{top: "Người chủ trì", mid: "Họ và tên", kind: "chair", w: 22}, {top: "Người chủ trì", mid: "Chức vụ", kind: "ctitle", w: 14},
			{top: "Đảng viên", mid: "Tổng số", kind: "total", w: 9}, {top: "Đảng viên", mid: "Tham dự", kind: "present", w: 9}, {top: "Đảng viên", mid: "Tỷ lệ (%)", kind: "rate", w: 9},
			{top: "Quần chúng dự", kind: "others", w: 10},
			{top: "Chương trình hành động", mid: "Số", kind: "apnum", w: 14}, {top: "Chương trình hành động", mid: "Ngày ban hành", kind: "apdate", w: 13},
		},
		total: "TỔNG CỘNG",
		notes: []string{"Ghi chú: Tỷ lệ tính trên tổng số đảng viên (kể cả đảng viên miễn sinh hoạt).", "Số liệu do Ban Tuyên giáo Huyện ủy tổng hợp đến ngày 30-6-2021."},
		sign:  sign("T/L BAN THƯỜNG VỤ", "TRƯỞNG BAN TUYÊN GIÁO", "Lê Thị Hồng Nhung"),
	}
	from := day(2021, 4, 6)
	ro.groups = []group{
		{label: "Đảng bộ xã, thị trấn", sub: "Cộng (I)", rows: genRows(r, []string{"Đảng bộ xã Phong Hiền", "Đảng bộ xã Phong An", "Đảng bộ xã Phong Sơn", "Đảng bộ xã Phong Xuân", "Đảng bộ xã Phong Mỹ", "Đảng bộ xã Phong Thu", "Đảng bộ xã Điền Hòa", "Đảng bộ thị trấn Phong Điền"}, from, 40, false, "Bí thư Đảng ủy", "")},
		{label: "Cơ quan, đơn vị", sub: "Cộng (II)", rows: genRows(r, []string{"Đảng bộ Cơ quan Chính quyền huyện", "Chi bộ Cơ quan Huyện ủy", "Chi bộ Khối Mặt trận - Đoàn thể", "Chi bộ Trung tâm Y tế huyện", "Chi bộ Trường THPT Phong Điền", "Chi bộ Hạt Kiểm lâm"}, from, 40, false, "Bí thư Chi bộ", "")},
		{label: "Lực lượng vũ trang", sub: "Cộng (III)", rows: genRows(r, []string{"Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Chi bộ Đồn Biên phòng Điền Hương", "Chi bộ Đại đội Bộ binh 2"}, from, 40, false, "Bí thư", "")},
	}
	ro.emitXLSX("Tổng hợp")
}

// r2: commune committee in Đắk Lắk, 3-level header, absentees column.
func r2() {
	r := rng(22)
	ro := rollup{
		name: "tong-hop-dang-uy-xa-ea-kly-tw5",
		desc: "xlsx roll-up, 14 buôn/thôn/agency cells in 2 groups; 3-level merged header; absentees instead of present (present derived); unit column headed 'Chi bộ trực thuộc'; form column; no doc number stated; dates as text",
		left: []string{"ĐẢNG BỘ HUYỆN KRÔNG PẮC", "ĐẢNG ỦY XÃ EA KLY"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"},
		title:  []string{"TỔNG HỢP TÌNH HÌNH TỔ CHỨC HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 5 KHÓA XIII", "CỦA CÁC CHI BỘ TRỰC THUỘC"},
		parent: "Đảng ủy xã Ea Kly", dateText: true,
		cols: []rcol{
			{top: "TT", kind: "stt", w: 5}, {top: "Chi bộ trực thuộc", kind: "unit", w: 30},
			{top: "Kết quả tổ chức", mid: "Thời gian", kind: "date", w: 12}, {top: "Kết quả tổ chức", mid: "Hình thức", kind: "form", w: 12},
			{top: "Kết quả tổ chức", mid: "Số lượng", low: "Tổng số đảng viên", kind: "total", w: 10},
			{top: "Kết quả tổ chức", mid: "Số lượng", low: "Vắng", kind: "absent", w: 8},
			{top: "Kết quả tổ chức", mid: "Số lượng", low: "Quần chúng", kind: "others", w: 10},
			{top: "Đồng chí chủ trì", kind: "chairfull", w: 30},
			{top: "Kế hoạch thực hiện", kind: "apfull", w: 26},
		},
		total: "Toàn Đảng bộ",
		notes: []string{"Số vắng gồm: đi làm ăn xa, ốm đau, đi học, tuổi cao sức yếu."},
		sign:  sign("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "H'Ruth Byă"),
	}
	from := day(2022, 8, 22)
	ro.groups = []group{
		{label: "Chi bộ thôn, buôn", sub: "Cộng", rows: genRows(r, []string{"Chi bộ buôn Ea Kly", "Chi bộ buôn Hra Ea Hning", "Chi bộ buôn Hra Ea Ral", "Chi bộ thôn 1", "Chi bộ thôn 2", "Chi bộ thôn 3", "Chi bộ thôn 4", "Chi bộ thôn 5", "Chi bộ buôn Cuăh"}, from, 20, true, "Bí thư Chi bộ", "")},
		{label: "Chi bộ cơ quan, trường học", sub: "Cộng", rows: genRows(r, []string{"Chi bộ Cơ quan xã", "Chi bộ Trường THCS Ea Kly", "Chi bộ Trường Tiểu học Lê Văn Tám", "Chi bộ Trạm Y tế xã", "Chi bộ Quân sự xã"}, from, 20, true, "Bí thư Chi bộ", "")},
	}
	ro.emitXLSX("TH chi bo")
}

// r3: coffee company, cells of production teams, 2 levels, location column.
func r3() {
	r := rng(33)
	ro := rollup{
		name:   "tong-hop-dang-uy-cong-ty-ca-phe-ea-pok",
		desc:   "xlsx roll-up, 12 production-team cells, no groups but a total; 2-level header; unit column headed 'Đơn vị (chi bộ)'; location column; Excel dates; doc number in right header",
		left:   []string{"ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH ĐẮK LẮK", "ĐẢNG ỦY CÔNG TY TNHH MTV CÀ PHÊ EA PỐK"},
		right:  []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Số 33-BC/ĐU", "Cư M'gar, ngày 24 tháng 12 năm 2021"},
		title:  []string{"KẾT QUẢ HỌC TẬP NGHỊ QUYẾT, KẾT LUẬN HỘI NGHỊ TRUNG ƯƠNG 4 KHÓA XIII Ở CÁC CHI BỘ"},
		parent: "Đảng ủy Công ty TNHH MTV Cà phê Ea Pốk", doc: "33-BC/ĐU", repDate: "2021-12-24",
		cols: []rcol{
			{top: "Số TT", kind: "stt", w: 6}, {top: "Đơn vị (chi bộ)", kind: "unit", w: 30},
			{top: "Hội nghị", mid: "Ngày", kind: "date", w: 12}, {top: "Hội nghị", mid: "Địa điểm", kind: "loc", w: 28},
			{top: "Chủ trì", kind: "chair", w: 22},
			{top: "Số đảng viên", mid: "Của chi bộ", kind: "total", w: 10}, {top: "Số đảng viên", mid: "Có mặt", kind: "present", w: 10},
			{top: "Người ngoài Đảng", kind: "others", w: 10},
		},
		total: "Cộng toàn Đảng bộ",
		sign:  sign("T/M ĐẢNG ỦY", "BÍ THƯ", "Trương Công Lực"),
	}
	ro.groups = []group{{rows: genRows(r, []string{"Chi bộ Đội sản xuất 1", "Chi bộ Đội sản xuất 2", "Chi bộ Đội sản xuất 3", "Chi bộ Đội sản xuất 4", "Chi bộ Đội sản xuất 5", "Chi bộ Đội sản xuất 6", "Chi bộ Đội sản xuất 7", "Chi bộ Đội Bảo vệ", "Chi bộ Xưởng chế biến", "Chi bộ Văn phòng", "Chi bộ Phòng Kế hoạch - Kỹ thuật", "Chi bộ Trạm Y tế Công ty"}, day(2021, 12, 6), 12, true, "", "Hội trường %s")}}
	ro.emitXLSX("Sheet1")
}

// r4: provincial agencies bloc, Quảng Trị, 25 rows.
func r4() {
	r := rng(44)
	ro := rollup{
		name: "tong-hop-dang-uy-khoi-co-quan-quang-tri-tw8",
		desc: "xlsx roll-up, 25 grassroots organisations in 3 groups with subtotals and total; 3-level header; numbered columns; unit column headed 'Cơ sở đảng trực thuộc'; form column with own words; action program number and date",
		left: []string{"ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 26 tháng 01 năm 2024"},
		title:  []string{"TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT", "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", "(Phụ lục kèm theo Báo cáo số 215-BC/ĐUK)"},
		parent: "Đảng ủy Khối các cơ quan tỉnh", doc: "215-BC/ĐUK", repDate: "2024-01-26", numbered: true,
		formWords: map[string]string{"online": "Trực tuyến", "hybrid": "Trực tiếp + trực tuyến", "in_person": "Tập trung"},
		cols: []rcol{
			{top: "TT", kind: "stt", w: 5}, {top: "Cơ sở đảng trực thuộc", kind: "unit", w: 32},
			{top: "Tổ chức hội nghị", mid: "Ngày", kind: "date", w: 12}, {top: "Tổ chức hội nghị", mid: "Hình thức", kind: "form", w: 14},
			{top: "Tổ chức hội nghị", mid: "Thành phần dự", low: "ĐV dự", kind: "present", w: 8},
			{top: "Tổ chức hội nghị", mid: "Thành phần dự", low: "Tổng số ĐV", kind: "total", w: 8},
			{top: "Tổ chức hội nghị", mid: "Thành phần dự", low: "Tỷ lệ %", kind: "rate", w: 8},
			{top: "Chủ trì", mid: "Họ tên", kind: "chair", w: 22}, {top: "Chủ trì", mid: "Chức danh", kind: "ctitle", w: 16},
			{top: "Chương trình hành động", mid: "Số", kind: "apnum", w: 12}, {top: "Chương trình hành động", mid: "Ngày", kind: "apdate", w: 12},
		},
		total: "Tổng cộng toàn Khối",
		notes: []string{"Ghi chú: ĐV - đảng viên; số liệu tính đến ngày 20-01-2024."},
		sign:  sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Thanh Hương"),
	}
	from := day(2023, 12, 18)
	ro.groups = []group{
		{label: "Đảng bộ cơ sở", sub: "Cộng đảng bộ cơ sở", rows: genRows(r, []string{"Đảng bộ Sở Y tế", "Đảng bộ Sở Giáo dục và Đào tạo", "Đảng bộ Sở Nông nghiệp và PTNT", "Đảng bộ Sở Giao thông vận tải", "Đảng bộ Văn phòng UBND tỉnh", "Đảng bộ Sở Tài chính", "Đảng bộ Đài Phát thanh - Truyền hình tỉnh", "Đảng bộ Trường Chính trị Lê Duẩn"}, from, 25, false, "Bí thư Đảng ủy", "")},
		{label: "Chi bộ cơ sở", sub: "Cộng chi bộ cơ sở", rows: genRows(r, []string{"Chi bộ Sở Tư pháp", "Chi bộ Sở Nội vụ", "Chi bộ Sở Công Thương", "Chi bộ Sở Xây dựng", "Chi bộ Sở Tài nguyên và Môi trường", "Chi bộ Sở Khoa học và Công nghệ", "Chi bộ Thanh tra tỉnh", "Chi bộ Ban Dân tộc tỉnh", "Chi bộ Liên minh Hợp tác xã", "Chi bộ Sở Ngoại vụ"}, from, 25, false, "Bí thư Chi bộ", "")},
		{label: "Đơn vị sự nghiệp", sub: "Cộng đơn vị sự nghiệp", rows: genRows(r, []string{"Chi bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Trung tâm Kiểm soát bệnh tật", "Chi bộ Ban Quản lý các khu kinh tế", "Chi bộ Bảo tàng tỉnh", "Chi bộ Thư viện tỉnh", "Chi bộ Trường Cao đẳng Y tế", "Chi bộ Trung tâm Xúc tiến đầu tư"}, from, 25, false, "Bí thư Chi bộ", "")},
	}
	ro.emitXLSX("Phu luc")
}

// r5: Kon Tum district, 30 rows.
func r5() {
	r := rng(55)
	ro := rollup{
		name: "tong-hop-huyen-uy-dak-ha-nq-xiii",
		desc: "xlsx roll-up, 30 units in 3 groups with subtotals and total; 2-level header; unit column headed 'Tên đơn vị báo cáo'; chair as 'name - title' in one cell; no stated report date (doc number only)",
		left: []string{"ĐẢNG BỘ TỈNH KON TUM", "HUYỆN ỦY ĐĂK HÀ", "*"}, right: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"},
		title:  []string{"BIỂU TỔNG HỢP", "Kết quả tổ chức hội nghị học tập Nghị quyết Đại hội XIII của Đảng", "(Biểu số 02 kèm Báo cáo số 118-BC/HU)"},
		parent: "Huyện ủy Đăk Hà", doc: "118-BC/HU",
		cols: []rcol{
			{top: "STT", kind: "stt", w: 5}, {top: "Tên đơn vị báo cáo", kind: "unit", w: 32},
			{top: "Ngày học tập", kind: "date", w: 12},
			{top: "Chủ trì hội nghị (họ tên - chức vụ)", kind: "chairfull", w: 32},
			{top: "Đảng viên", mid: "Tổng số", kind: "total", w: 9}, {top: "Đảng viên", mid: "Dự", kind: "present", w: 9},
			{top: "Quần chúng", kind: "others", w: 10},
			{top: "Chương trình hành động / Kế hoạch", mid: "Số hiệu", kind: "apnum", w: 14}, {top: "Chương trình hành động / Kế hoạch", mid: "Ngày", kind: "apdate", w: 12},
		},
		total: "Tổng",
		sign:  sign("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "A Khiêm"),
	}
	from := day(2021, 4, 12)
	ro.groups = []group{
		{label: "Khối xã, thị trấn", sub: "Cộng khối xã, thị trấn", rows: genRows(r, []string{"Đảng bộ xã Đăk Mar", "Đảng bộ xã Đăk Hring", "Đảng bộ xã Đăk La", "Đảng bộ xã Hà Mòn", "Đảng bộ xã Đăk Pxi", "Đảng bộ xã Đăk Long", "Đảng bộ xã Đăk Ui", "Đảng bộ xã Ngọk Wang", "Đảng bộ xã Ngọk Réo", "Đảng bộ xã Đăk Ngọk", "Đảng bộ thị trấn Đăk Hà"}, from, 45, true, "Bí thư Đảng ủy", "")},
		{label: "Khối cơ quan, doanh nghiệp", sub: "Cộng khối cơ quan, doanh nghiệp", rows: genRows(r, []string{"Đảng bộ Cơ quan Chính quyền huyện", "Chi bộ Cơ quan Huyện ủy", "Chi bộ Khối Mặt trận và các đoàn thể", "Chi bộ Viện Kiểm sát nhân dân huyện", "Chi bộ Tòa án nhân dân huyện", "Chi bộ Chi cục Thi hành án dân sự", "Chi bộ Trung tâm Y tế huyện", "Chi bộ Trường PTDTNT huyện", "Chi bộ Công ty TNHH MTV Cao su Đăk Hà - Nông trường 1", "Chi bộ Công ty TNHH MTV Lâm nghiệp Đăk Hà", "Chi bộ Kho bạc Nhà nước huyện", "Chi bộ Chi cục Thuế khu vực", "Chi bộ Ngân hàng Chính sách xã hội huyện", "Chi bộ Bảo hiểm xã hội huyện", "Chi bộ Trung tâm Văn hóa - Thể thao - Truyền thông"}, from, 45, false, "Bí thư Chi bộ", "")},
		{label: "Khối lực lượng vũ trang", sub: "Cộng khối lực lượng vũ trang", rows: genRows(r, []string{"Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Chi bộ Hạt Kiểm lâm huyện", "Chi bộ Đại đội Bộ binh 24"}, from, 45, false, "Bí thư", "")},
	}
	ro.emitXLSX("Bieu 02")
}
