package main

import (
	"fmt"
	"math/rand"
)

func rhead(sup, unit, num, placeDate string) ([]Line, []Line) {
	var l []Line
	if sup != "" {
		l = append(l, Line{Text: sup})
	}
	l = append(l, Line{Text: unit, B: true}, Line{Text: "*"})
	if num != "" {
		l = append(l, Line{Text: num})
	}
	r := []Line{{Text: "ĐẢNG CỘNG SẢN VIỆT NAM", B: true, U: true}, {Text: ""}, {Text: placeDate, I: true}}
	return l, r
}

func prefixed(p string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = p + n
	}
	return out
}

func withCtr(r *rand.Rand, us []RUnit, suffix string, missing int) {
	for i := range us {
		us[i].CtrNum = fmt.Sprintf("%02d-%s", 1+r.Intn(14), suffix)
	}
	for k := 0; k < missing && len(us) > 0; k++ {
		i := r.Intn(len(us))
		us[i].CtrNum = ""
		us[i].Note = "Chưa ban hành CTr"
	}
}

func titled(us []RUnit, t string) []RUnit {
	for i := range us {
		if us[i].CTitle == "Bí thư Chi bộ" {
			us[i].CTitle = t
		} else {
			us[i].CTitle = "Phó Bí thư Đảng ủy"
		}
	}
	return us
}

func rollups() []*Out {
	var out []*Out

	// R1. Đảng ủy xã Kim Chung (Đông Anh), Đại hội XIII — 2-row header, numbered, subtotals.
	{
		r := rand.New(rand.NewSource(101))
		ro := &Rollup{Name: "tong-hop-hoi-nghi-nq-xiii-dang-uy-xa-kim-chung", Parent: "Đảng ủy xã Kim Chung",
			DocNumber: "48-BC/ĐU", Report: dt(2021, 5, 25), ExcelFmt: "dd/mm/yyyy", Numbered: true, Total: "Tổng cộng",
			Titles:  []string{"BẢNG TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG TẠI CÁC CHI BỘ", "(Kèm theo Báo cáo số 48-BC/ĐU ngày 25/5/2021 của Đảng ủy xã Kim Chung)"},
			SignTop: []string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC"}, SignName: "Nguyễn Thị Hồng Vân",
			Notes:  []string{"Ghi chú: Tỷ lệ tính trên tổng số đảng viên của chi bộ, kể cả đảng viên được miễn sinh hoạt."},
			Readme: "roll-up XLSX, commune committee (Đông Anh), 15 cells in two groups with 'Cộng' subtotals and a total row, 2-row merged header, numbered columns (1)…(13), Excel dates, rate as Excel percent",
			Cols: []Col{{H: []string{"STT"}, W: 6, Field: "stt"}, {H: []string{"Tên chi bộ"}, W: 28, Field: "unit", Align: 'L'},
				{H: []string{"Ngày tổ chức"}, W: 12, Field: "date"}, {H: []string{"Địa điểm"}, W: 22, Field: "loc", Align: 'L'},
				{H: []string{"Người chủ trì", "Họ và tên"}, W: 20, Field: "chair", Align: 'L'}, {H: []string{"Người chủ trì", "Chức vụ"}, W: 16, Field: "ctitle"},
				{H: []string{"Đảng viên", "Tổng số"}, W: 8, Field: "total"}, {H: []string{"Đảng viên", "Tham dự"}, W: 8, Field: "present"},
				{H: []string{"Đảng viên", "Tỷ lệ"}, W: 8, Field: "rate"}, {H: []string{"Quần chúng"}, W: 9, Field: "others"},
				{H: []string{"Chương trình hành động", "Số"}, W: 12, Field: "ctrnum"}, {H: []string{"Chương trình hành động", "Ngày ban hành"}, W: 12, Field: "ctrdate"},
				{H: []string{"Ghi chú"}, W: 14, Field: "note", Align: 'L'}},
		}
		ro.Left, ro.Right = rhead("HUYỆN ỦY ĐÔNG ANH", "ĐẢNG ỦY XÃ KIM CHUNG", "", "Kim Chung, ngày 25 tháng 5 năm 2021")
		g1 := genUnits(r, prefixed("Chi bộ thôn ", "Bầu", "Nhuế", "Hậu Dưỡng", "Lộc Hà", "Đồng Nhân", "Cổ Điển", "Ngọc Chi", "Kim Tiên"), dt(2021, 4, 10), 14, 30, 75,
			func(n string) string { return "Nhà văn hóa " + n[len("Chi bộ "):] })
		g2 := genUnits(r, []string{"Chi bộ Cơ quan Đảng - Đoàn thể", "Chi bộ Cơ quan UBND xã", "Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ Trường THCS Kim Chung", "Chi bộ Trường Tiểu học Kim Chung", "Chi bộ Trạm Y tế xã"},
			dt(2021, 4, 12), 16, 6, 24, func(n string) string { return "Phòng họp " + n[len("Chi bộ "):] })
		// the school's cell is the one whose own report is in this folder
		g2[4].Date, g2[4].Loc, g2[4].Total, g2[4].Present, g2[4].Others = dt(2021, 5, 14), "Phòng Hội đồng nhà trường", 23, 22, 31
		g2[4].Chair, g2[4].CTitle, g2[4].Note = "Trần Thị Minh Nguyệt", "Bí thư Chi bộ", "Học cùng CB, GV, NV"
		withCtr(r, g1, "CTr/CB", 1)
		withCtr(r, g2, "CTr/CB", 1)
		g2[4].CtrNum, g2[4].CtrDate = "52/KH-THCSKC", dt(2021, 5, 20)
		ro.Groups = []RGroup{{Heading: "I. CÁC CHI BỘ THÔN", Subtotal: "Cộng I", Units: g1}, {Heading: "II. CÁC CHI BỘ CƠ QUAN, ĐƠN VỊ", Subtotal: "Cộng II", Units: g2}}
		out = append(out, ro.emit("xlsx"))
	}

	// R2. Huyện ủy Hải Hậu, TW6 — 3-row header, text dates, form column.
	{
		r := rand.New(rand.NewSource(202))
		ro := &Rollup{Name: "tong-hop-hoc-tap-tw6-huyen-uy-hai-hau", Parent: "Huyện ủy Hải Hậu", Report: dt(2023, 1, 31),
			DateFmt: sl0, RatePct: true, Total: "Toàn huyện",
			Titles:  []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 6 KHÓA XIII", "(Số liệu tính đến ngày 31/01/2023)"},
			SignTop: []string{"T/L BAN THƯỜNG VỤ", "TRƯỞNG BAN TUYÊN GIÁO"}, SignName: "Đoàn Văn Thiện", Sheet: "TW6",
			Notes:  []string{"Ghi chú: Hình thức tổ chức ghi: Trực tiếp; Trực tuyến; Kết hợp (trực tiếp và trực tuyến)."},
			Readme: "roll-up XLSX, district committee (Nam Định), 28 grassroots organisations, 3-row merged header (Số lượng tham dự > Đảng viên > Tổng số/Dự/Tỷ lệ), unit column 'Tổ chức cơ sở đảng', text dates, form column, two group subtotals and a 'Toàn huyện' total",
			Cols: []Col{{H: []string{"STT"}, W: 6, Field: "stt"}, {H: []string{"Tổ chức cơ sở đảng"}, W: 30, Field: "unit", Align: 'L'},
				{H: []string{"Thời gian tổ chức"}, W: 13, Field: "date"}, {H: []string{"Hình thức"}, W: 12, Field: "form"},
				{H: []string{"Số lượng tham dự", "Đảng viên", "Tổng số"}, W: 9, Field: "total"},
				{H: []string{"Số lượng tham dự", "Đảng viên", "Dự"}, W: 9, Field: "present"},
				{H: []string{"Số lượng tham dự", "Đảng viên", "Tỷ lệ %"}, W: 9, Field: "rate"},
				{H: []string{"Số lượng tham dự", "Quần chúng"}, W: 10, Field: "others"},
				{H: []string{"Người chủ trì"}, W: 20, Field: "chair", Align: 'L'}, {H: []string{"Ghi chú"}, W: 14, Field: "note", Align: 'L'}},
		}
		ro.Left, ro.Right = rhead("TỈNH ỦY NAM ĐỊNH", "HUYỆN ỦY HẢI HẬU", "", "Hải Hậu, ngày 31 tháng 01 năm 2023")
		names := append(prefixed("Đảng bộ thị trấn ", "Yên Định", "Cồn", "Thịnh Long"),
			prefixed("Đảng bộ xã ", "Hải Anh", "Hải Bắc", "Hải Châu", "Hải Chính", "Hải Cường", "Hải Đông", "Hải Đường", "Hải Giang", "Hải Hà",
				"Hải Hòa", "Hải Hưng", "Hải Lộc", "Hải Long", "Hải Lý", "Hải Minh", "Hải Nam", "Hải Ninh")...)
		g1 := genUnits(r, names, dt(2022, 12, 10), 25, 280, 900, nil)
		for i := range g1 {
			g1[i].Form = []string{"Trực tuyến", "Trực tiếp", "Trực tuyến", "Kết hợp"}[r.Intn(4)]
		}
		hm := &g1[17]
		hm.Date, hm.Form, hm.Total, hm.Present, hm.Others, hm.Chair = dt(2022, 12, 15), "Trực tuyến", 534, 497, 128, "Vũ Văn Hiển"
		for _, i := range []int{2, 8, 16} {
			g1[i].Note = "Báo cáo muộn"
		}
		g2 := genUnits(r, []string{"Đảng bộ Công an huyện", "Đảng bộ Quân sự huyện", "Chi bộ Trường THPT A Hải Hậu", "Chi bộ Bệnh viện Đa khoa huyện",
			"Chi bộ Chi cục Thuế khu vực", "Chi bộ Ngân hàng Chính sách xã hội huyện", "Chi bộ Kho bạc Nhà nước huyện", "Chi bộ Trung tâm Y tế huyện"}, dt(2022, 12, 12), 30, 8, 140, nil)
		ro.Groups = []RGroup{{Heading: "I. ĐẢNG BỘ XÃ, THỊ TRẤN", Subtotal: "Cộng (I)", Units: g1}, {Heading: "II. ĐẢNG BỘ, CHI BỘ CƠ SỞ CƠ QUAN, ĐƠN VỊ", Subtotal: "Cộng (II)", Units: g2}}
		out = append(out, ro.emit("xlsx"))
	}

	// R3. Đảng ủy xã Giao Thiện, NQ 19 — chair name/title, reporter, x-mark for the plan.
	{
		r := rand.New(rand.NewSource(303))
		ro := &Rollup{Name: "bang-tong-hop-chi-bo-dang-uy-xa-giao-thien-nq19", Parent: "Đảng ủy xã Giao Thiện", Report: dt(2022, 9, 6),
			ExcelFmt: "dd/mm/yyyy", Numbered: true, Total: "Cộng",
			Titles:  []string{"BẢNG TỔNG HỢP", "Kết quả học tập, quán triệt Nghị quyết số 19-NQ/TW tại các chi bộ trực thuộc"},
			SignTop: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, SignName: "Trần Văn Quảng",
			Notes:  []string{"Ghi chú: Cột (10) đánh dấu “x” nếu chi bộ đã ban hành kế hoạch thực hiện; để trống là chi bộ chưa ban hành."},
			Readme: "roll-up XLSX, commune committee (Nam Định), 13 cells, unit column 'Đơn vị', chair name and title in sub-columns, reporter column, plan issued as an x-mark column (blank = not issued, per the note), numbered columns, one 'Cộng' row",
			Cols: []Col{{H: []string{"TT"}, W: 5, Field: "stt"}, {H: []string{"Đơn vị"}, W: 22, Field: "unit", Align: 'L'},
				{H: []string{"Ngày học tập"}, W: 12, Field: "date"},
				{H: []string{"Chủ trì", "Họ tên"}, W: 20, Field: "chair", Align: 'L'}, {H: []string{"Chủ trì", "Chức vụ"}, W: 16, Field: "ctitle"},
				{H: []string{"Báo cáo viên"}, W: 20, Field: "reporter", Align: 'L'},
				{H: []string{"Số ĐV", "Tổng"}, W: 8, Field: "total"}, {H: []string{"Số ĐV", "Dự"}, W: 8, Field: "present"},
				{H: []string{"Quần chúng"}, W: 9, Field: "others"}, {H: []string{"Đã ban hành KH thực hiện"}, W: 12, Field: "ctrx"}},
		}
		ro.Left, ro.Right = rhead("ĐẢNG BỘ HUYỆN GIAO THỦY", "ĐẢNG ỦY XÃ GIAO THIỆN", "", "Giao Thiện, ngày 06 tháng 9 năm 2022")
		us := genUnits(r, append(prefixed("Chi bộ xóm ", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), "Chi bộ Trường Tiểu học", "Chi bộ Trường THCS", "Chi bộ Trạm Y tế"),
			dt(2022, 8, 12), 18, 18, 60, nil)
		withCtr(r, us, "KH/CB", 3)
		x5 := &us[4]
		x5.Date, x5.Total, x5.Present, x5.Others, x5.Chair, x5.CTitle, x5.Reporter, x5.CtrNum = dt(2022, 8, 19), 41, 38, 26, "Mai Văn Tuấn", "Bí thư Chi bộ", "Mai Văn Tuấn", "04-KH/CB"
		us[7].Reporter = personName(r)
		us[11].Reporter = personName(r)
		ro.Groups = []RGroup{{Units: us}}
		out = append(out, ro.emit("xlsx"))
	}
	out = append(out, rollups2()...)
	return out
}
