package main

import (
	"math/rand/v2"
	"strings"
)

func rollSpecs2() []*RollSpec {
	var out []*RollSpec
	add := func(s *RollSpec) { out = append(out, s) }

	// R5: a coastal commune, 4th plenum, forms of holding, Excel dates dd-mm-yyyy.
	{
		rng := rand.New(rand.NewPCG(105, 1))
		nm := &namer{rng: rng, region: "south", used: map[string]bool{}}
		thon := prefixed("Chi bộ thôn ", "Chánh Oai", "Chánh Lạc", "Tân Thắng", "Vĩnh Lợi", "Mỹ Lợi", "Tân Hòa", "Đức Phổ 1")
		thon = append(thon, "Chi bộ Trường THCS Cát Khánh", "Chi bộ Trạm Y tế xã")
		loc := func(u string) string {
			if strings.HasPrefix(u, "Chi bộ thôn ") {
				return "Hội trường thôn " + strings.TrimPrefix(u, "Chi bộ thôn ")
			}
			return "Phòng họp " + strings.TrimPrefix(u, "Chi bộ ")
		}
		g := genRows(rng, nm, thon, D{2021, 12, 13}, 12, 15, 42, "", loc)
		g[1].Form, g[4].Form = "online", "hybrid"
		g[1].Loc = "Hội trường UBND xã Cát Khánh"
		add(&RollSpec{
			Name: "tbr05-th-tw4-dang-uy-xa-cat-khanh", Format: "xlsx", Sheet: "TW4",
			Left: []string{"Huyện ủy Phù Cát", "Đảng ủy xã Cát Khánh"}, Parent: "Đảng ủy xã Cát Khánh",
			Title:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TƯ BCH TRUNG ƯƠNG ĐẢNG KHÓA XIII", "(Kèm theo Báo cáo số 86-BC/ĐU ngày 30/12/2021)"},
			DocNum: "86-BC/ĐU", RDate: D{2021, 12, 30},
			Cols: []Col{
				cSTT("STT"), cUnit("Chi bộ", 26), cDate("Ngày học tập"), cForm("Hình thức"), cLoc("Địa điểm / điểm cầu"),
				cChairName("Chủ trì"), cRep("Báo cáo viên"),
				cInt(8, total, "Tổng số ĐV"), cInt(8, present, "ĐV dự"), cInt(8, others, "Quần chúng dự"),
				cActBoth(3, "Kế hoạch thực hiện (số, ngày)"),
			},
			Groups:   []Group{{Units: g}},
			TotalLbl: "Cộng", DateFmt: "dd-mm-yyyy",
			Notes:     []string{"Ghi chú: Chi bộ thôn Chánh Lạc tổ chức trực tuyến do thôn đang trong thời gian giãn cách."},
			SignPlace: "Cát Khánh, ngày 30 tháng 12 năm 2021", SignLines: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, Signer: "Đặng Văn Hưng",
			What: "single group with a total row only, form column (trực tiếp/trực tuyến/kết hợp), location or main site column, Excel dates dd-mm-yyyy, action plan number and date in one cell",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Form: u.Form, Location: u.Loc, Chair: &Person{Name: u.Chair.Name},
					Reporters: []Person{{Name: u.Reporter.Name}}, Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	// X1 (.xls): a township committee, two header rows, numbered columns.
	{
		rng := rand.New(rand.NewPCG(106, 1))
		nm := &namer{rng: rng, region: "nw", used: map[string]bool{}}
		k := prefixed("Chi bộ khối ", "Tân Giang", "Trường Xuân", "Đồng Tâm", "Thắng Lợi", "Sơn Thủy", "Tân Tiến", "Huổi Cáy", "Hòa Bình", "Đoàn Kết")
		cq := []string{"Chi bộ Trường Mầm non thị trấn", "Chi bộ Trường Tiểu học Quyết Tiến", "Chi bộ Trường THCS thị trấn Tuần Giáo", "Chi bộ Quân sự thị trấn", "Chi bộ Công an thị trấn"}
		g1 := genRows(rng, nm, k, D{2021, 4, 15}, 12, 14, 40, "", nil)
		g2 := genRows(rng, nm, cq, D{2021, 4, 13}, 8, 6, 24, "", nil)
		add(&RollSpec{
			Name: "tbx01-tong-hop-dang-uy-tt-tuan-giao", Format: "xls", Sheet: "Tổng hợp",
			Left: []string{"Huyện ủy Tuần Giáo", "Đảng ủy thị trấn Tuần Giáo"}, Parent: "Đảng ủy thị trấn Tuần Giáo",
			Title:  []string{"BẢNG TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "(Kèm theo Báo cáo số 39-BC/ĐU ngày 10/5/2021 của Đảng ủy thị trấn)"},
			DocNum: "39-BC/ĐU", RDate: D{2021, 5, 10},
			Cols: []Col{
				cSTT("STT"), cUnit("Tên chi bộ", 26), cDate("Ngày tổ chức"),
				cChairName("Chủ trì", "Họ và tên"), cChairTitle("Chủ trì", "Chức vụ"), cRep("Báo cáo viên"),
				cInt(8, total, "Số đảng viên", "Tổng số"), cInt(8, present, "Số đảng viên", "Tham dự"), cInt(8, absent, "Số đảng viên", "Vắng"),
				cActNum("CTHĐ", "Số"), cActDate("CTHĐ", "Ngày ban hành"),
			},
			Groups:   []Group{{Name: "CHI BỘ KHỐI DÂN CƯ", Sub: "Cộng", Units: g1}, {Name: "CHI BỘ CƠ QUAN, TRƯỜNG HỌC, LỰC LƯỢNG VŨ TRANG", Sub: "Cộng", Units: g2}},
			TotalLbl: "Tổng cộng", Numbered: true, DateFmt: "dd/mm/yyyy",
			SignPlace: "Tuần Giáo, ngày 10 tháng 5 năm 2021", SignLines: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, Signer: "Lò Văn Khánh",
			What: "Excel 97 workbook converted by LibreOffice; 2 header rows, numbered columns, group rows with subtotal rows both labelled \"Cộng\", total row, Excel dates",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Chair: &Person{u.Chair.Name, u.Chair.Title},
					Reporters: []Person{{Name: u.Reporter.Name}}, Attendance: attRec(u, false), ActionProgram: actRec(u)}
			},
		})
	}
	// X2 (.xls): a coastal ward, few rows, dates as text.
	{
		rng := rand.New(rand.NewPCG(107, 1))
		nm := &namer{rng: rng, region: "south", used: map[string]bool{}}
		thon := prefixed("Chi bộ thôn ", "Thanh Đông", "Thanh Tân", "Phú Bình", "Hòa Trung", "Phú Thạnh", "Xuân Quý")
		g := genRows(rng, nm, thon, D{2021, 4, 22}, 9, 18, 44, "", nil)
		add(&RollSpec{
			Name: "tbx02-th-dang-uy-xa-tam-thanh", Format: "xls", Sheet: "Sheet1",
			Left: []string{"Thành ủy Tam Kỳ", "Đảng ủy xã Tam Thanh"}, Parent: "Đảng ủy xã Tam Thanh",
			Title: []string{"KẾT QUẢ TỔ CHỨC HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII TẠI CÁC CHI BỘ", "(số liệu đến ngày 15/5/2021)"},
			Cols: []Col{
				cSTT("TT"), cUnit("Đơn vị", 24), cDate("Thời gian"), cChairBoth("Chủ trì"),
				cInt(9, total, "Tổng số ĐV"), cInt(9, present, "Số ĐV tham gia"), cRate("Tỷ lệ (%)"), cInt(9, others, "Số quần chúng"),
				cActBoth(0, "CTHĐ của chi bộ"),
			},
			Groups:   []Group{{Units: g}},
			TotalLbl: "Tổng", DateText: 0,
			SignPlace: "Tam Thanh, ngày 18 tháng 5 năm 2021", SignLines: []string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC"}, Signer: "Huỳnh Thị Trinh",
			RDate: D{2021, 5, 18},
			What:  "Excel 97 workbook converted by LibreOffice; unit column headed \"Đơn vị\", dates as text, chair and title in one cell, rate column, a total row, no doc number",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Chair: &Person{u.Chair.Name, u.Chair.Title},
					Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	// P1 (PDF, fpdf): a mountain district committee, 22 rows, landscape.
	{
		rng := rand.New(rand.NewPCG(108, 1))
		nm := &namer{rng: rng, region: "hmong", used: map[string]bool{}}
		xa := prefixed("Đảng bộ xã ", "Pa Tần", "Phìn Hồ", "Hồng Thu", "Phăng Sô Lin", "Ma Quai", "Tả Phìn", "Tủa Sín Chải", "Làng Mô", "Noong Hẻo", "Nậm Tăm", "Pu Sam Cáp", "Căn Co", "Tả Ngảo")
		xa = append(xa, "Đảng bộ thị trấn Sìn Hồ")
		cq := prefixed("Chi bộ ", "Văn phòng Huyện ủy", "Cơ quan Ủy ban Kiểm tra Huyện ủy", "Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện", "Hạt Kiểm lâm")
		lv := []string{"Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Đảng bộ Đồn Biên phòng Pa Tần"}
		g1 := genRows(rng, nm, xa, D{2021, 4, 12}, 20, 18, 40, "", nil)
		nm.region = "nw"
		g2 := genRows(rng, nm, cq, D{2021, 4, 9}, 10, 6, 20, "", nil)
		g3 := genRows(rng, nm, lv, D{2021, 4, 10}, 10, 8, 14, "", nil)
		add(&RollSpec{
			Name: "tbp01-bang-tong-hop-huyen-uy-sin-ho", Format: "pdf-fpdf",
			Left: []string{"Tỉnh ủy Lai Châu", "Huyện ủy Sìn Hồ"}, Parent: "Huyện ủy Sìn Hồ",
			Title:  []string{"BẢNG TỔNG HỢP KẾT QUẢ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "(Kèm theo Báo cáo số 176-BC/HU ngày 21/5/2021 của Ban Thường vụ Huyện ủy Sìn Hồ)"},
			DocNum: "176-BC/HU", RDate: D{2021, 5, 21},
			Cols: []Col{
				cSTT("TT"), cUnit("Tên tổ chức cơ sở đảng", 30), cDate("Ngày tổ chức"),
				cChairName("Chủ trì", "Họ và tên"), cChairTitle("Chủ trì", "Chức vụ"), cRep("Báo cáo viên"),
				cInt(8, total, "Đảng viên", "Tổng số"), cInt(8, present, "Đảng viên", "Tham dự", "Số lượng"), cRate("Đảng viên", "Tham dự", "Tỷ lệ %"),
				cInt(9, others, "Quần chúng"), cActBoth(0, "Chương trình hành động", "Số, ngày ban hành"),
			},
			Groups: []Group{
				{Name: "ĐẢNG BỘ XÃ, THỊ TRẤN", Sub: "Cộng khối xã, thị trấn", Units: g1},
				{Name: "CHI BỘ CƠ QUAN", Sub: "Cộng khối cơ quan", Units: g2},
				{Name: "LỰC LƯỢNG VŨ TRANG", Sub: "Cộng khối lực lượng vũ trang", Units: g3},
			},
			TotalLbl: "TỔNG CỘNG", Numbered: true, DateText: 3,
			Notes:     []string{"Ghi chú: Số liệu đảng viên của đảng bộ xã, thị trấn gồm đảng viên các chi bộ trực thuộc; tỷ lệ tính trên tổng số đảng viên."},
			SignPlace: "Sìn Hồ, ngày 21 tháng 5 năm 2021", SignLines: []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}, Signer: "Lò Văn Sơn",
			What: "landscape table drawn with fpdf over two pages, header repeated, 3 header rows with merged cells, numbered columns, group subtotal rows and a total row",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Chair: &Person{u.Chair.Name, u.Chair.Title},
					Reporters: []Person{{Name: u.Reporter.Name}}, Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	// P2 (PDF, LibreOffice Calc): a health department committee.
	{
		rng := rand.New(rand.NewPCG(109, 1))
		nm := &namer{rng: rng, region: "south", used: map[string]bool{}}
		u := prefixed("Chi bộ ", "Văn phòng Sở", "Thanh tra Sở", "Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Pháp y", "Trung tâm Giám định y khoa")
		u2 := prefixed("Đảng bộ ", "Bệnh viện Đa khoa tỉnh", "Bệnh viện Y học cổ truyền và Phục hồi chức năng", "Bệnh viện Lao và Bệnh phổi", "Bệnh viện Tâm thần")
		g1 := genRows(rng, nm, u, D{2021, 4, 19}, 14, 6, 24, "", nil)
		g2 := genRows(rng, nm, u2, D{2021, 4, 21}, 12, 12, 30, "", nil)
		add(&RollSpec{
			Name: "tbp02-tong-hop-dang-uy-so-y-te-binh-dinh", Format: "pdf-lo", Sheet: "Tổng hợp",
			Left: []string{"Đảng bộ Khối các cơ quan tỉnh Bình Định", "Đảng ủy Sở Y tế"}, Parent: "Đảng ủy Sở Y tế tỉnh Bình Định",
			Title:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "(Kèm theo Báo cáo số 57-BC/ĐU ngày 20/5/2021 của Đảng ủy Sở Y tế tỉnh Bình Định)"},
			DocNum: "57-BC/ĐU", RDate: D{2021, 5, 20},
			Cols: []Col{
				cSTT("STT"), cUnit("Chi bộ, đảng bộ bộ phận", 30), cDate("Ngày tổ chức"), cChairBoth("Chủ trì"),
				cInt(8, total, "Đảng viên", "Tổng số"), cInt(8, present, "Đảng viên", "Có mặt"), cInt(8, absent, "Đảng viên", "Vắng"),
				cInt(8, others, "Quần chúng"), cActBoth(0, "Chương trình hành động"),
			},
			Groups:   []Group{{Name: "CÁC CHI BỘ", Sub: "Cộng các chi bộ", Units: g1}, {Name: "CÁC ĐẢNG BỘ BỘ PHẬN", Sub: "Cộng các đảng bộ bộ phận", Units: g2}},
			TotalLbl: "Toàn Đảng bộ", Numbered: true, NumStyle: "1", DateFmt: "dd/mm/yyyy",
			SignPlace: "Quy Nhơn, ngày 20 tháng 5 năm 2021", SignLines: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, Signer: "Trần Quốc Cường",
			What: "landscape sheet printed to PDF by LibreOffice Calc; 2 header rows, plain numbered row, chair and title in one cell, subtotal rows and a total row labelled \"Toàn Đảng bộ\"",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Chair: &Person{u.Chair.Name, u.Chair.Title},
					Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	return out
}
