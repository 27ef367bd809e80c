package main

// Filled-in forms (.xlsx), one unit each, in layouts of several templates.

import (
	"path/filepath"

	"baocao"
)

func forms() {
	f1()
	f2()
	f3()
	f4()
	f5()
}

func xlOut(name string) string { return filepath.Join(outDir, name) }

// f1: a vertical STT / content / result form; Excel date; rate as a percentage cell.
func f1() {
	parent, unit := "Đảng bộ xã Ea Tul", "Chi bộ thôn 7"
	rep, conf, ap := dt(2021, 4, 18), dt(2021, 4, 13), dt(2021, 4, 16)
	chair := "Lê Đình Hải"
	x := newXL("Phiếu báo cáo", "Chi bo thon 7")
	x.widths(7, 42, 22, 22)
	x.mset("A1", "B1", up(parent), "c")
	x.mset("C1", "D1", dcsvn, "b,u,c")
	x.mset("A2", "B2", up(unit), "b,c")
	x.mset("C2", "D2", "Ea Tul, ngày "+dLong(rep), "i,c")
	x.mset("A3", "B3", "Số 05-BC/CB", "c")
	x.mset("A5", "D5", "PHIẾU BÁO CÁO KẾT QUẢ HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "b,c,w")
	x.height(5, 36)
	x.set("A7", "STT", "b,c,B")
	x.set("B7", "Nội dung báo cáo", "b,c,B")
	x.mset("C7", "D7", "Kết quả", "b,c,B")
	rows := []struct {
		label string
		v     any
		spec  string
	}{
		{"Tên chi bộ", unit, "l,B"},
		{"Ngày tổ chức hội nghị", dateCell(conf), "l,d,B"},
		{"Địa điểm", "Nhà văn hóa thôn 7", "l,B"},
		{"Hình thức tổ chức", "Trực tiếp", "l,B"},
		{"Người chủ trì", chair + " - Bí thư chi bộ", "l,B"},
		{"Báo cáo viên", chair + " - Bí thư chi bộ", "l,B"},
		{"Tổng số đảng viên trong chi bộ", 41, "l,B"},
		{"Số đảng viên tham dự", 38, "l,B"},
		{"Tỷ lệ đảng viên tham dự (%)", rate(38, 41), "l,p,B"},
		{"Số quần chúng tham dự", 12, "l,B"},
		{"Chương trình hành động (số, ngày ban hành)", "04-CTr/CB ngày " + dSl(ap), "l,w,B"},
		{"Ghi chú", "Vắng 03 đ/c: 02 đ/c ốm, 01 đ/c đi làm ăn xa.", "l,w,B"},
	}
	for i, r := range rows {
		row := 8 + i
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.label, "w,B")
		x.mset(cell(3, row), cell(4, row), r.v, r.spec)
	}
	x.height(18, 32)
	x.height(19, 32)
	x.mset("C21", "D21", "T/M CHI BỘ", "b,c")
	x.mset("C22", "D22", "BÍ THƯ", "b,c")
	x.mset("C26", "D26", chair, "b,c")
	x.save(xlOut("phieu-bao-cao-chibo-thon-7-ea-tul.xlsx"))
	add("phieu-bao-cao-chibo-thon-7-ea-tul.xlsx", "form (.xlsx)",
		"Vertical form STT / `Nội dung báo cáo` / `Kết quả` (merged value cells); conference date an Excel date; rate a percentage cell (0.9268); chair and presenter as `Name - Bí thư chi bộ`; action program `04-CTr/CB ngày 16/4/2021` in one cell; a notes row with other counts.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "05-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà văn hóa thôn 7", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư chi bộ"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư chi bộ")},
			Attendance:    att(38, 41, 12),
			ActionProgram: issued("04-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Sheet: "Phiếu báo cáo"},
		})
}

// f2: a sectioned quick-report form with check boxes; two-day conference; a
// small program table inside; "28 trên tổng số 31"; action program not yet.
func f2() {
	parent, unit := "Đảng bộ xã Ea Tu", "Chi bộ buôn Kmrơng Prông A"
	rep, conf := dt(2021, 4, 22), dt(2021, 4, 14)
	chair, rp := "Y Bhim Niê", "H'Nguyên Byă"
	t1 := "Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ thành phố Buôn Ma Thuột lần thứ XIII"
	x := newXL("Mẫu 01", "Ea Tu")
	x.widths(16, 14, 34, 18, 18, 14)
	x.set("F1", "Mẫu 01-BC", "i,r")
	x.mset("A2", "C2", up(parent), "c")
	x.mset("D2", "F2", dcsvn, "b,u,c")
	x.mset("A3", "C3", up(unit), "b,c")
	x.mset("A4", "C4", "Số: 03-BC/CB", "c")
	x.mset("D4", "F4", "Ea Tu, ngày "+dSl(rep), "i,c")
	x.mset("A6", "F6", "BÁO CÁO NHANH KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII", "b,c")
	x.set("A8", "I. THÔNG TIN CHUNG", "b")
	x.set("A9", "Thời gian:", "")
	x.mset("B9", "D9", "từ 14/4/2021 đến 15/4/2021", "")
	x.set("A10", "Địa điểm:", "")
	x.mset("B10", "F10", "Nhà sinh hoạt cộng đồng buôn Kmrơng Prông A", "")
	x.set("A11", "Hình thức:", "")
	x.set("B11", "☑ Trực tiếp", "")
	x.set("C11", "☐ Trực tuyến", "")
	x.set("D11", "☐ Kết hợp", "")
	x.set("A12", "Chủ trì:", "")
	x.mset("B12", "C12", chair, "")
	x.set("D12", "Chức vụ:", "")
	x.mset("E12", "F12", "Bí thư Chi bộ", "")
	x.set("A14", "II. NỘI DUNG VÀ BÁO CÁO VIÊN", "b")
	for i, h := range []string{"TT", "Chuyên đề", "", "Báo cáo viên", "Chức vụ", "Thời lượng (phút)"} {
		x.set(cell(i+1, 15), h, "b,c,w,B")
	}
	x.mset("B15", "C15", "Chuyên đề", "b,c,w,B")
	x.height(15, 32)
	prog := [][]any{{1, t1, rp, "Phó Bí thư Đảng ủy xã", 90}, {2, t2, chair, "Bí thư Chi bộ", 60}}
	for i, r := range prog {
		row := 16 + i
		x.set(cell(1, row), r[0], "c,B")
		x.mset(cell(2, row), cell(3, row), r[1], "w,B")
		x.set(cell(4, row), r[2], "w,B")
		x.set(cell(5, row), r[3], "w,B")
		x.set(cell(6, row), r[4], "c,B")
		x.height(row, 34)
	}
	x.set("A19", "III. THÀNH PHẦN THAM DỰ", "b")
	x.set("A20", "Đảng viên dự:", "")
	x.set("B20", 28, "c")
	x.set("C20", "trên tổng số", "c")
	x.set("D20", 31, "c")
	x.set("E20", "đảng viên", "")
	x.set("A21", "Quần chúng:", "")
	x.set("B21", 54, "c")
	x.set("C21", "người", "")
	x.set("A23", "IV. CHƯƠNG TRÌNH HÀNH ĐỘNG", "b")
	x.set("A24", "Đã ban hành:", "")
	x.set("B24", "☐ Có", "")
	x.set("C24", "☑ Chưa", "")
	x.mset("D26", "F26", "T/M CHI BỘ", "b,c")
	x.mset("D27", "F27", "BÍ THƯ", "b,c")
	x.mset("D31", "F31", chair, "b,c")
	x.save(xlOut("mau-01-chibo-buon-kmrong-prong-a.xlsx"))
	add("mau-01-chibo-buon-kmrong-prong-a.xlsx", "form (.xlsx)",
		"Sectioned `Mẫu 01-BC` form of an Ê Đê buôn cell; the form code beside the real number `Số: 03-BC/CB`; `từ 14/4/2021 đến 15/4/2021`; form as ☑/☐ check boxes; chair's name and position in separate cells; a small program table with presenter and position; `28` `trên tổng số` `31` in separate cells, no rate; action program `☐ Có ☑ Chưa`.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "03-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà sinh hoạt cộng đồng buôn Kmrơng Prông A", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Phó Bí thư Đảng ủy xã"), pp(chair, "Bí thư Chi bộ")},
			Attendance:    att(28, 31, 54),
			Program:       []baocao.ProgramItem{item(t1, rp, 90), item(t2, chair, 60)},
			ActionProgram: notIssued(),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Sheet: "Mẫu 01"},
		})
}

// f3: a horizontal "Biểu 01": labels across one header row, one row of values.
func f3() {
	parent, unit := "Đảng bộ thị trấn Lạc Dương", "Chi bộ Trường Mầm non Hoa Sen"
	rep, conf := dt(2021, 4, 12), dt(2021, 4, 9)
	chair, rp := "Nguyễn Thị Thu Trang", "Kră Jăn Thị Ha Nhi"
	x := newXL("Biểu 01", "MN Hoa Sen")
	x.widths(22, 13, 16, 11, 22, 22, 9, 9, 9, 10, 16)
	x.mset("A1", "C1", up(parent), "c")
	x.mset("A2", "C2", up(unit), "b,c")
	x.mset("A3", "C3", "Số 07-BC/CB", "c")
	x.mset("G1", "K1", dcsvn, "b,u,c")
	x.mset("G3", "K3", "Lạc Dương, ngày "+dLong(rep), "i,c")
	x.mset("A5", "K5", "BIỂU 01: KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "b,c")
	heads := []string{"Tên chi bộ", "Thời gian tổ chức", "Địa điểm", "Hình thức", "Chủ trì (họ tên, chức vụ)", "Báo cáo viên (họ tên, chức vụ)", "Tổng số ĐV", "ĐV dự", "Tỷ lệ", "Quần chúng", "CTHĐ đã ban hành (số, ngày)"}
	for i, h := range heads {
		x.set(cell(i+1, 7), h, "b,c,w,B")
	}
	x.height(7, 48)
	vals := []any{unit, dDot(conf), "Phòng họp nhà trường", "Trực tiếp", chair + ", Bí thư Chi bộ", rp + ", Phó Bí thư Chi bộ", 12, 12, "100%", 9, "Chưa ban hành"}
	for i, v := range vals {
		x.set(cell(i+1, 8), v, "c,w,B")
	}
	x.height(8, 48)
	x.mset("H10", "K10", "T/M CHI BỘ", "b,c")
	x.mset("H11", "K11", "BÍ THƯ", "b,c")
	x.mset("H15", "K15", chair, "b,c")
	x.save(xlOut("bieu-01-chibo-mam-non-hoa-sen.xlsx"))
	add("bieu-01-chibo-mam-non-hoa-sen.xlsx", "form (.xlsx)",
		"Kindergarten cell in Lâm Đồng; horizontal `Biểu 01` (one header row of labels, one row of values, like a one-row roll-up but signed by the unit); dotted text date `09.04.2021`; name and position after a comma; `100%` as text; action program `Chưa ban hành`.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "07-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Phòng họp nhà trường", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Phó Bí thư Chi bộ")},
			Attendance:    att(12, 12, 9),
			ActionProgram: notIssued(),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Sheet: "Biểu 01", Row: 8},
		})
}

// f4: a question-and-answer form of a border checkpoint's cell; answers mix
// date and place, chair and presenter.
func f4() {
	parent, unit := "Đảng ủy Đồn Biên phòng Cửa khẩu Quốc tế Bờ Y", "Chi bộ Trạm Kiểm soát Biên phòng Cửa khẩu Quốc tế Bờ Y"
	rep, conf, ap := dt(2021, 3, 26), dt(2021, 3, 24), dt(2021, 3, 25)
	chair, rp := "Y Thuận Êban", "Nguyễn Văn Nghĩa"
	x := newXL("BC", "Tram KSBP")
	x.widths(48, 62)
	x.set("A1", up(parent), "c,w")
	x.set("B1", dcsvn, "b,u,c")
	x.set("A2", up(unit), "b,c,w")
	x.set("A3", "Số 02-BC/CB", "c")
	x.set("B3", "Bờ Y, ngày "+dSl(rep), "i,c")
	x.height(1, 32)
	x.height(2, 32)
	x.mset("A5", "B5", "BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG (theo câu hỏi gợi ý của Đảng ủy Đồn)", "b,c,w")
	x.height(5, 34)
	x.set("A6", "Câu hỏi", "b,c,B")
	x.set("B6", "Trả lời", "b,c,B")
	qa := [][2]string{
		{"Câu 1. Chi bộ tổ chức hội nghị vào ngày nào, ở đâu?", "Ngày " + dSl(conf) + ", tại Phòng Hồ Chí Minh của Trạm."},
		{"Câu 2. Hình thức tổ chức?", "Kết hợp (trực tiếp tại Trạm, trực tuyến với điểm cầu Đồn)."},
		{"Câu 3. Ai chủ trì? Ai là báo cáo viên?", "Chủ trì: Đại úy " + chair + ", Bí thư Chi bộ. Báo cáo viên: Thiếu tá " + rp + ", Phó Bí thư Đảng ủy Đồn."},
		{"Câu 4. Số đảng viên của chi bộ, số đảng viên dự?", "Tổng số 13 đảng viên, dự 12 (01 đ/c trực cửa khẩu)."},
		{"Câu 5. Có quần chúng tham dự không? Số lượng?", "Có, 07 chiến sĩ là quần chúng."},
		{"Câu 6. Chi bộ đã ban hành chương trình hành động chưa?", "Đã ban hành, số 01-CTr/CB ngày " + dSl(ap) + "."},
	}
	for i, q := range qa {
		row := 7 + i
		x.set(cell(1, row), q[0], "w,t,B")
		x.set(cell(2, row), q[1], "w,t,B")
		x.height(row, 36)
	}
	x.set("B15", "BÍ THƯ CHI BỘ", "b,c")
	x.set("B19", "Đại úy "+chair, "b,c")
	x.save(xlOut("hoi-dap-chibo-tram-ksbp-bo-y.xlsx"))
	add("hoi-dap-chibo-tram-ksbp-bo-y.xlsx", "form (.xlsx)",
		"Question-and-answer sheet of a border checkpoint's cell in Kon Tum; the parent is a post's committee; each answer a sentence in a wrapped cell: date with place, chair with presenter (ranks before names), `Tổng số 13 đảng viên, dự 12`, `07 chiến sĩ là quần chúng`, action program number and date; hybrid; signature `BÍ THƯ CHI BỘ` with a rank.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "02-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Phòng Hồ Chí Minh của Trạm", Form: baocao.Hybrid,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Phó Bí thư Đảng ủy Đồn")},
			Attendance:    att(12, 13, 7),
			ActionProgram: issued("01-CTr/CB", ap),
			Signer:        per(chair, "Bí thư Chi bộ"),
			Source:        baocao.Source{Sheet: "BC"},
		})
}

// f5: the coffee company's committee: an instructions sheet first, then a
// two-pairs-per-row label/value sheet and a program table.
func f5() {
	parent, unit := "Đảng bộ Khối Doanh nghiệp tỉnh Đắk Lắk", "Đảng ủy Công ty TNHH MTV Cà phê Ea Sim"
	rep, conf, ap := dt(2021, 4, 15), dt(2021, 4, 6), dt(2021, 4, 12)
	chair, dep := "Trương Công Định", "Lý Thị Bích"
	t1 := "Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Tái canh cà phê và phát triển bền vững theo tinh thần Nghị quyết Đại hội XIII"
	x := newXL("Hướng dẫn", "Cafe Ea Sim")
	x.widths(100)
	for i, s := range []string{
		"HƯỚNG DẪN ĐIỀN BIỂU",
		"1. Các chi bộ, đảng bộ điền vào sheet \"Báo cáo\", không sửa tên các mục.",
		"2. Ngày tháng ghi theo dạng ngày/tháng/năm.",
		"3. Tỷ lệ đảng viên dự = số đảng viên dự / tổng số đảng viên.",
		"4. Gửi file về Văn phòng Đảng ủy Khối trước ngày 20/4/2021.",
	} {
		spec := ""
		if i == 0 {
			spec = "b"
		}
		x.set(cell(1, i+1), s, spec)
	}
	x.sheet("Báo cáo")
	x.widths(24, 30, 24, 34)
	x.mset("A1", "B1", up(parent), "c,w")
	x.mset("C1", "D1", dcsvn, "b,u,c")
	x.mset("A2", "B2", up(unit), "b,c,w")
	x.height(1, 30)
	x.height(2, 30)
	x.mset("A3", "B3", "Số 22-BC/ĐU", "c")
	x.mset("C3", "D3", "Krông Búk, ngày "+dLong(rep), "i,c")
	x.mset("A5", "D5", "BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "b,c")
	pairs := [][4]any{
		{"Đơn vị tổ chức", unit, "Địa điểm", "Hội trường Công ty"},
		{"Ngày tổ chức", dateCell(conf), "Hình thức", "Trực tiếp"},
		{"Chủ trì", chair + " (Bí thư Đảng ủy)", "Báo cáo viên", chair + " (Bí thư Đảng ủy); " + dep + " (Phó Bí thư Đảng ủy)"},
		{"Tổng số đảng viên", 87, "Số đảng viên dự", 80},
		{"Tỷ lệ", rate(80, 87), "Quần chúng dự", 65},
		{"Số CTHĐ", "15-CTr/ĐU", "Ngày ban hành CTHĐ", dateCell(ap)},
	}
	for i, p := range pairs {
		row := 7 + i
		for j, v := range p {
			spec := "w,B"
			if j%2 == 0 {
				spec = "b,w,B"
			}
			if _, ok := v.(dateCell); ok {
				spec = "l,d,B"
			}
			if f, ok := v.(float64); ok && f < 1 {
				spec = "l,p,B"
			}
			if _, ok := v.(int); ok {
				spec = "l,B"
			}
			x.set(cell(j+1, row), v, spec)
		}
		x.height(row, 32)
	}
	x.set("A14", "Nội dung hội nghị", "b")
	x.set("A15", "TT", "b,c,B")
	x.set("B15", "Nội dung", "b,c,B")
	x.set("C15", "Người trình bày", "b,c,B")
	x.set("D15", "Thời gian (phút)", "b,c,B")
	for i, r := range [][]any{{1, t1, chair, 120}, {2, t2, dep, 60}} {
		row := 16 + i
		x.set(cell(1, row), r[0], "c,B")
		x.set(cell(2, row), r[1], "w,B")
		x.set(cell(3, row), r[2], "w,B")
		x.set(cell(4, row), r[3], "c,B")
		x.height(row, 46)
	}
	x.mset("C20", "D20", "T/M ĐẢNG ỦY", "b,c")
	x.mset("C21", "D21", "BÍ THƯ", "b,c")
	x.mset("C25", "D25", chair, "b,c")
	x.save(xlOut("bao-cao-dang-uy-cong-ty-ca-phe-ea-sim.xlsx"))
	add("bao-cao-dang-uy-cong-ty-ca-phe-ea-sim.xlsx", "form (.xlsx)",
		"Coffee company's committee; an instructions sheet (`Hướng dẫn`, with its own date) before the `Báo cáo` sheet; two label/value pairs per row; Excel dates; rate as a percentage cell; chair and presenters as `Name (title)` separated by `;`; action program number and date in separate cells; program table.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "22-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường Công ty", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Đảng ủy"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Đảng ủy"), pp(dep, "Phó Bí thư Đảng ủy")},
			Attendance:    att(80, 87, 65),
			Program:       []baocao.ProgramItem{item(t1, chair, 120), item(t2, dep, 60)},
			ActionProgram: issued("15-CTr/ĐU", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Sheet: "Báo cáo"},
		})
}
