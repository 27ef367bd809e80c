package main

import "fmt"

func forms() error {
	for _, fn := range []func() error{form1, form2, form3, form4, form5, form6} {
		if err := fn(); err != nil {
			return err
		}
	}
	return nil
}

// form1: labels in column A, values in column B, Excel dates dd/mm/yyyy.
func form1() error {
	name := "tbf01-phieu-cb-ban-hua-tat.xlsx"
	x := newXW("Phieu")
	x.widths(34, 58)
	x.merge("A1", "B1", "ĐẢNG BỘ XÃ VÂN HỒ", "c")
	x.merge("A2", "B2", "CHI BỘ BẢN HUA TẠT", "bc")
	x.merge("A4", "B4", "PHIẾU THÔNG TIN KẾT QUẢ HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "bcw")
	x.f.SetRowHeight(x.sh, 4, 36)
	rows := []struct {
		l string
		v any
	}{
		{"Tên chi bộ", "Chi bộ bản Hua Tạt"},
		{"Trực thuộc", "Đảng bộ xã Vân Hồ"},
		{"Số báo cáo", "06-BC/CB"},
		{"Ngày tổ chức hội nghị", D{2021, 4, 22}},
		{"Địa điểm", "Nhà văn hóa bản Hua Tạt"},
		{"Hình thức tổ chức", "Trực tiếp"},
		{"Người chủ trì", "Mùa A Tủa"},
		{"Chức vụ người chủ trì", "Bí thư Chi bộ"},
		{"Báo cáo viên", "Mùa A Tủa - Bí thư Chi bộ; Hờ Thị Mỷ - Phó Bí thư Chi bộ"},
		{"Tổng số đảng viên của chi bộ", 24},
		{"Số đảng viên dự hội nghị", 22},
		{"Tỷ lệ đảng viên dự (%)", 91.67},
		{"Số quần chúng dự", 15},
		{"Chương trình hành động", "Đã ban hành"},
		{"Số chương trình hành động", "04-CTr/CB"},
		{"Ngày ban hành", D{2021, 4, 26}},
		{"Ngày lập phiếu", D{2021, 4, 27}},
	}
	r := 6
	for _, it := range rows {
		x.set(cn(1, r), it.l, "bx")
		switch v := it.v.(type) {
		case D:
			x.date(cn(2, r), v, "x", "dd/mm/yyyy", v.Fmt(3))
		case float64:
			x.set(cn(2, r), v, "x|0.00")
		default:
			x.set(cn(2, r), v, "xw")
		}
		r++
	}
	x.set(cn(2, r+1), "T/M CHI BỘ", "bc")
	x.set(cn(2, r+2), "BÍ THƯ", "bc")
	x.set(cn(2, r+5), "Mùa A Tủa", "bc")
	rec := Record{Unit: "Chi bộ bản Hua Tạt", ParentUnit: "Đảng bộ xã Vân Hồ", DocNumber: "06-BC/CB",
		ReportDate: "2021-04-27", ConferenceDate: "2021-04-22", Location: "Nhà văn hóa bản Hua Tạt", Form: "in_person",
		Chair:         &Person{"Mùa A Tủa", "Bí thư Chi bộ"},
		Reporters:     []Person{{"Mùa A Tủa", "Bí thư Chi bộ"}, {"Hờ Thị Mỷ", "Phó Bí thư Chi bộ"}},
		Attendance:    &Attendance{MembersPresent: ip(22), MembersTotal: ip(24), Rate: rate(22, 24), Others: ip(15)},
		ActionProgram: &Action{Issued: true, Number: "04-CTr/CB", Date: "2021-04-26"},
		Signer:        &Person{"Mùa A Tủa", "Bí thư"}}
	return finishX(x, name, "filled-in form: labels in column A, values in column B, Excel dates (dd/mm/yyyy), report date labelled \"Ngày lập phiếu\", chair title in its own row", rec, Evidence{})
}

func finishX(x *xw, name, what string, rec Record, ev Evidence) error {
	if err := x.save(name); err != nil {
		return err
	}
	var recs []Record
	if rec.Unit != "" {
		recs = []Record{rec}
	}
	note(name, what)
	return writeTruth(name, "xlsx", false, x.text.String(), recs, ev)
}

// form2: label and value in one cell, dates as text.
func form2() error {
	name := "tbf02-bao-cao-nhanh-cb-thon-my-giang.xlsx"
	x := newXW("BC nhanh")
	x.widths(100)
	lines := []struct{ t, st string }{
		{"ĐẢNG ỦY XÃ NINH PHƯỚC", "c"},
		{"CHI BỘ THÔN MỸ GIANG", "bc"},
		{"", ""},
		{"BÁO CÁO NHANH KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "bc"},
		{"", ""},
		{"1. Số báo cáo: 07-BC/CB", ""},
		{"2. Ngày tổ chức: 12/4/2021", ""},
		{"3. Địa điểm: Nhà văn hóa thôn Mỹ Giang", ""},
		{"4. Hình thức: trực tiếp", ""},
		{"5. Chủ trì: đ/c Phan Văn Hùng, Bí thư Chi bộ", ""},
		{"6. Báo cáo viên: đ/c Phan Văn Hùng, Bí thư Chi bộ; đ/c Lê Thị Hạnh, Đảng ủy viên phụ trách thôn", ""},
		{"7. Đảng viên dự: 28/30 đồng chí (vắng 02 đ/c đi biển dài ngày)", ""},
		{"8. Quần chúng dự: 12 người", ""},
		{"9. Chương trình hành động: đã ban hành, số 03-CTr/CB ngày 15/4/2021", ""},
		{"10. Ngày báo cáo: 16/4/2021", ""},
		{"", ""},
		{"Người báo cáo: Phan Văn Hùng - Bí thư Chi bộ", "i"},
	}
	for i, l := range lines {
		if l.t != "" {
			x.set(cn(1, i+1), l.t, l.st)
		}
	}
	rec := Record{Unit: "Chi bộ thôn Mỹ Giang", ParentUnit: "Đảng ủy xã Ninh Phước", DocNumber: "07-BC/CB",
		ReportDate: "2021-04-16", ConferenceDate: "2021-04-12", Location: "Nhà văn hóa thôn Mỹ Giang", Form: "in_person",
		Chair:         &Person{"Phan Văn Hùng", "Bí thư Chi bộ"},
		Reporters:     []Person{{"Phan Văn Hùng", "Bí thư Chi bộ"}, {"Lê Thị Hạnh", "Đảng ủy viên phụ trách thôn"}},
		Attendance:    &Attendance{MembersPresent: ip(28), MembersTotal: ip(30), Rate: rate(28, 30), Others: ip(12)},
		ActionProgram: &Action{Issued: true, Number: "03-CTr/CB", Date: "2021-04-15"},
		Signer:        &Person{"Phan Văn Hùng", "Bí thư Chi bộ"}}
	return finishX(x, name, "filled-in form: label and value in one cell (\"Ngày tổ chức: 12/4/2021\"), dates as text, attendance as 28/30", rec, Evidence{})
}

// form3: STT, label, value merged over three columns, sections, a
// program sub-table in hours; dates as text with hyphens; absentees only.
func form3() error {
	name := "tbf03-mau-bc-cb-thon-ly-lao.xlsx"
	x := newXW("Mẫu 02")
	x.widths(6, 36, 22, 22, 16)
	x.merge("A1", "C1", "ĐẢNG ỦY XÃ TẢ VAN", "c")
	x.merge("A2", "C2", "CHI BỘ THÔN LÝ LAO", "bc")
	x.merge("D1", "E1", "Mẫu 02-BC", "i")
	x.merge("A4", "E4", "BIỂU BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII", "bc")
	r := 6
	sec := func(t string) {
		x.merge(cn(1, r), cn(5, r), t, "b")
		r++
	}
	kv := func(stt, l, v string) {
		x.set(cn(1, r), stt, "cx")
		x.set(cn(2, r), l, "x")
		x.merge(cn(3, r), cn(5, r), v, "xw")
		r++
	}
	sec("I. THÔNG TIN CHUNG")
	kv("1", "Chi bộ", "Chi bộ thôn Lý Lao")
	kv("2", "Số, ký hiệu báo cáo", "04-BC/CB")
	kv("3", "Thời gian tổ chức", "15-4-2021")
	kv("4", "Địa điểm", "Nhà văn hóa thôn Lý Lao")
	kv("5", "Chủ trì", "đ/c Giàng Seo Phử - Bí thư Chi bộ")
	sec("II. THÀNH PHẦN")
	kv("6", "Tổng số đảng viên", "19")
	kv("7", "Số đảng viên vắng", "02 (01 ốm, 01 đi làm ăn xa)")
	kv("8", "Quần chúng tham dự", "23")
	sec("III. CHƯƠNG TRÌNH")
	for i, h := range []string{"TT", "Chuyên đề", "Báo cáo viên", "", "Thời lượng (giờ)"} {
		if h != "" {
			x.set(cn(i+1, r), h, "bcxw")
		}
	}
	x.f.MergeCell(x.sh, cn(3, r), cn(4, r))
	r++
	prog := []struct{ t, p, h string }{
		{tCore, "Giàng Seo Phử", "1,5"},
		{"Nghị quyết Đại hội Đảng bộ thị xã Sa Pa nhiệm kỳ 2020 - 2025; phát triển du lịch cộng đồng gắn với giữ gìn bản sắc văn hóa dân tộc Mông", "Lý Thị Mẩy", "2"},
	}
	for i, p := range prog {
		x.set(cn(1, r), fmt.Sprint(i+1), "cx")
		x.set(cn(2, r), p.t, "xw")
		x.merge(cn(3, r), cn(4, r), "đ/c "+p.p, "xw")
		x.set(cn(5, r), p.h, "cx")
		x.f.SetRowHeight(x.sh, r, 64)
		r++
	}
	sec("IV. CHƯƠNG TRÌNH HÀNH ĐỘNG")
	kv("9", "Tình trạng", "Chưa ban hành")
	r++
	x.set(cn(2, r), "Ngày gửi báo cáo:", "i")
	x.set(cn(3, r), "19-4-2021", "")
	x.set(cn(4, r+1), "BÍ THƯ CHI BỘ", "bc")
	x.set(cn(4, r+4), "Giàng Seo Phử", "bc")
	rec := Record{Unit: "Chi bộ thôn Lý Lao", ParentUnit: "Đảng ủy xã Tả Van", DocNumber: "04-BC/CB",
		ReportDate: "2021-04-19", ConferenceDate: "2021-04-15", Location: "Nhà văn hóa thôn Lý Lao",
		Chair:         &Person{"Giàng Seo Phử", "Bí thư Chi bộ"},
		Reporters:     []Person{{Name: "Giàng Seo Phử"}, {Name: "Lý Thị Mẩy"}},
		Attendance:    &Attendance{MembersPresent: ip(17), MembersTotal: ip(19), Rate: rate(17, 19), Others: ip(23)},
		Program:       []Item{{tCore, "Giàng Seo Phử", 90}, {prog[1].t, "Lý Thị Mẩy", 120}},
		ActionProgram: &Action{Issued: false},
		Signer:        &Person{"Giàng Seo Phử", "Bí thư Chi bộ"}}
	return finishX(x, name, "filled-in form: STT/label/merged value, sections, program sub-table with hours (\"1,5\"), dates as text with hyphens, only the absentees given (present derived), action program not issued, report date labelled \"Ngày gửi báo cáo\"", rec, Evidence{Derived: map[string]bool{"present": true}})
}

// form4: two label/value pairs per row, Excel dates with a custom
// "ngày dd tháng mm năm yyyy" format, a Đảng bộ with its chi bộ counted.
func form4() error {
	name := "tbf04-thong-tin-db-xa-duy-hai.xlsx"
	x := newXW("Thong tin HN")
	x.widths(26, 30, 3, 26, 30)
	x.merge("A1", "B1", "HUYỆN ỦY DUY XUYÊN", "c")
	x.merge("A2", "B2", "ĐẢNG ỦY XÃ DUY HẢI", "bc")
	x.merge("D1", "E1", "ĐẢNG CỘNG SẢN VIỆT NAM", "bc")
	x.merge("A4", "E4", "THÔNG TIN VỀ HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "bc")
	const nf = `"ngày "dd" tháng "mm" năm "yyyy`
	shown := func(d D) string { return fmt.Sprintf("ngày %02d tháng %02d năm %d", d.Day, d.M, d.Y) }
	pair := func(r int, l1 string, v1 any, l2 string, v2 any) {
		put := func(c int, v any) {
			switch t := v.(type) {
			case D:
				x.date(cn(c, r), t, "x", nf, shown(t))
			default:
				x.set(cn(c, r), v, "xw")
			}
		}
		x.set(cn(1, r), l1, "bx")
		put(2, v1)
		if l2 != "" {
			x.set(cn(4, r), l2, "bx")
			put(5, v2)
		}
	}
	pair(6, "Đơn vị tổ chức", "Đảng bộ xã Duy Hải", "Số báo cáo", "25-BC/ĐU")
	pair(7, "Ngày hội nghị", D{2021, 4, 19}, "Hình thức", "Kết hợp trực tiếp và trực tuyến")
	pair(8, "Điểm cầu chính", "Hội trường UBND xã Duy Hải", "Số điểm cầu thành phần", 11)
	pair(9, "Chủ trì", "Đ/c Trần Văn Tuấn", "Chức vụ", "Bí thư Đảng ủy xã")
	pair(10, "Báo cáo viên 1", "Đ/c Trần Văn Tuấn - Bí thư Đảng ủy xã", "Báo cáo viên 2", "Đ/c Nguyễn Thị Mỹ Lệ - Phó Bí thư Thường trực Đảng ủy")
	pair(11, "Số chi bộ trực thuộc", 12, "Số chi bộ tham gia", 12)
	pair(12, "Tổng số đảng viên toàn Đảng bộ", 236, "Số đảng viên tham dự", 221)
	pair(13, "Quần chúng tham dự", 64, "Tỷ lệ ĐV tham dự", "93,64%")
	pair(14, "Chương trình hành động", "Số 27-CTr/ĐU", "Ngày ban hành CTHĐ", D{2021, 4, 23})
	pair(15, "Ngày ký báo cáo", D{2021, 4, 24}, "", nil)
	x.set("E17", "T/M ĐẢNG ỦY", "bc")
	x.set("E18", "BÍ THƯ", "bc")
	x.set("E21", "Trần Văn Tuấn", "bc")
	rec := Record{Unit: "Đảng bộ xã Duy Hải", ParentUnit: "Huyện ủy Duy Xuyên", DocNumber: "25-BC/ĐU",
		ReportDate: "2021-04-24", ConferenceDate: "2021-04-19", Location: "Hội trường UBND xã Duy Hải", Form: "hybrid",
		Chair:         &Person{"Trần Văn Tuấn", "Bí thư Đảng ủy xã"},
		Reporters:     []Person{{"Trần Văn Tuấn", "Bí thư Đảng ủy xã"}, {"Nguyễn Thị Mỹ Lệ", "Phó Bí thư Thường trực Đảng ủy"}},
		Attendance:    &Attendance{MembersPresent: ip(221), MembersTotal: ip(236), Rate: rate(221, 236), Others: ip(64)},
		ActionProgram: &Action{Issued: true, Number: "27-CTr/ĐU", Date: "2021-04-23"},
		Signer:        &Person{"Trần Văn Tuấn", "Bí thư"}}
	return finishX(x, name, "filled-in form: two label/value pairs per row, Excel dates shown as \"ngày dd tháng mm năm yyyy\", hybrid with main site, party-wide totals of a Đảng bộ, report date labelled \"Ngày ký báo cáo\"", rec, Evidence{})
}
