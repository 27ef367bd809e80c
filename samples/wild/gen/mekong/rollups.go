package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func textDate(d D) string { return fmt.Sprintf("%d/%d/%d", d.Day, d.M, d.Y) }

func cSTT(h string) Col { return Col{H: []string{h}, W: 5} }

func cUnit(h string) Col {
	return Col{H: []string{h}, W: 30, V: func(u *RUnit) any { return u.Unit }}
}

func cDate(h []string, text bool) Col {
	return Col{H: h, W: 11, Fill: fillDate, V: func(u *RUnit) any {
		if text {
			return textDate(u.Date)
		}
		return u.Date
	}}
}

func cLoc(h string) Col {
	return Col{H: []string{h}, W: 22, Fill: fillLoc, V: func(u *RUnit) any { return u.Location }}
}

func cTotal(h []string) Col {
	return Col{H: h, W: 8, Fill: fillTotal, V: func(u *RUnit) any { return u.Total }, Sum: sumInt(func(u *RUnit) int { return u.Total })}
}

func cPresent(h []string) Col {
	return Col{H: h, W: 8, Fill: fillPresent, V: func(u *RUnit) any { return u.Present }, Sum: sumInt(func(u *RUnit) int { return u.Present })}
}

func cRate(h []string) Col { return Col{H: h, W: 8, V: ratePct, Sum: sumPct} }

func cOthers(h []string) Col {
	return Col{H: h, W: 9, Fill: fillOthers, V: func(u *RUnit) any { return u.Others }, Sum: sumInt(func(u *RUnit) int { return u.Others })}
}

func cNote(h string) Col { return Col{H: []string{h}, W: 14, V: func(u *RUnit) any { return u.Note }} }

func cActNum(h []string, none string) Col {
	return Col{H: h, W: 12, Fill: fillActNum, V: func(u *RUnit) any {
		if u.Issued {
			return u.ActNum
		}
		return none
	}}
}

func cActDate(h []string, text bool) Col {
	return Col{H: h, W: 11, Fill: fillActDate, V: func(u *RUnit) any {
		if !u.Issued {
			return ""
		}
		if text {
			return textDate(u.ActDate)
		}
		return u.ActDate
	}}
}

func trimKind(n string) string {
	for _, p := range []string{"Chi bộ ", "Đảng bộ "} {
		if strings.HasPrefix(n, p) {
			return strings.TrimPrefix(n, p)
		}
	}
	return n
}

func rollups() error {
	for _, f := range []func() error{rTruongLong, rChoMoi, rKhoiDNDaNang, rDHQuyNhon, rQuanSuDongThap, rPhuKhuong, rDuyXuyen} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

func rTruongLong() error {
	rng := rand.New(rand.NewSource(101))
	names := [][]string{
		{"Chi bộ ấp Trường Thuận", "Chi bộ ấp Trường Thuận A", "Chi bộ ấp Trường Hưng", "Chi bộ ấp Trường Phú A", "Chi bộ ấp Trường Phú B", "Chi bộ ấp Trường Thạnh", "Chi bộ ấp Trường Khương A", "Chi bộ ấp Trường Khương B"},
		{"Chi bộ Cơ quan Đảng - Đoàn thể", "Chi bộ Cơ quan Chính quyền", "Chi bộ Quân sự", "Chi bộ Công an", "Chi bộ Trường THCS Trường Long"},
	}
	groups := []string{"ap", "cq"}
	us := genUnits(rng, names, groups, dt(8, 4, 2021), 20, func(n string) string {
		return "Hội trường UBND xã Trường Long"
	}, "CTr/CB", false, 12, 45)
	for _, u := range us {
		if u.Group == "ap" {
			u.Location = "Văn phòng " + trimKind(u.Unit)
		}
	}
	rl := &Roll{Superior: "Huyện ủy Phong Điền", Issuer: "Đảng ủy xã Trường Long", Parent: "Đảng ủy xã Trường Long", DocNum: "52-BC/ĐU",
		Date: dt(12, 5, 2021), Place: "Trường Long",
		Title:  []string{"BẢNG TỔNG HỢP"},
		Sub:    []string{"Kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng ở các chi bộ trực thuộc"},
		Groups: groups, GroupLabels: []string{"Khối ấp", "Khối cơ quan, lực lượng vũ trang, trường học"}, SubLabel: "Cộng", Total: "Tổng cộng",
		Units: us, Numbered: true,
		Cols: []Col{cSTT("STT"), cUnit("Tên chi bộ"), cDate([]string{"Ngày tổ chức"}, false), cLoc("Địa điểm"),
			{H: []string{"Người chủ trì"}, W: 22, Fill: fillChair, V: func(u *RUnit) any { return u.Chair + " - " + u.ChairTitle }},
			{H: []string{"Báo cáo viên"}, W: 18, Fill: fillRep, V: func(u *RUnit) any { return u.Rep }},
			cTotal([]string{"Đảng viên", "Tổng số"}), cPresent([]string{"Đảng viên", "Dự"}), cRate([]string{"Đảng viên", "Tỷ lệ (%)"}),
			cOthers([]string{"Quần chúng dự"}),
			cActNum([]string{"Chương trình hành động", "Số"}, "Chưa ban hành"), cActDate([]string{"Chương trình hành động", "Ngày ban hành"}, false),
			cNote("Ghi chú")},
		Notes:  []string{"Ghi chú: cột (9) = cột (8) / cột (7) x 100.", "Số liệu tổng hợp từ báo cáo của các chi bộ gửi về Văn phòng Đảng ủy đến ngày 10-5-2021."},
		Sign:   []string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", "", "Trần Văn Nhiều"},
		Signer: pp("Trần Văn Nhiều", "Phó Bí thư"), Preparer: "Lê Thị Cẩm Vân",
	}
	_, err := rollOut(rl, "Tổng hợp", "tong-hop-hoi-nghi-nq-xiii-dang-uy-xa-truong-long.xlsx",
		"roll-up .xlsx, commune committee in Cần Thơ (13 cells), XIII; two header rows with merged group headers, numbered-column row, group heading/subtotal/total rows, Excel dates, chair \"name - title\" cells, notes with a data cut-off date")
	return err
}

func rChoMoi() error {
	rng := rand.New(rand.NewSource(202))
	xa := []string{"Đảng bộ xã Kiến An", "Đảng bộ xã Kiến Thành", "Đảng bộ xã Mỹ Hội Đông", "Đảng bộ xã Long Điền A", "Đảng bộ xã Long Điền B", "Đảng bộ xã Tấn Mỹ", "Đảng bộ xã Mỹ Hiệp", "Đảng bộ xã Bình Phước Xuân", "Đảng bộ xã Long Giang", "Đảng bộ xã Long Kiến", "Đảng bộ xã Mỹ An", "Đảng bộ xã Nhơn Mỹ", "Đảng bộ xã Hội An", "Đảng bộ xã Hòa Bình", "Đảng bộ xã Hòa An", "Đảng bộ xã An Thạnh Trung", "Đảng bộ thị trấn Chợ Mới", "Đảng bộ thị trấn Mỹ Luông"}
	cq := []string{"Chi bộ Văn phòng Huyện ủy", "Chi bộ Ban Tuyên giáo - Dân vận Huyện ủy", "Chi bộ Văn phòng HĐND và UBND huyện", "Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Phòng Nông nghiệp và Phát triển nông thôn", "Chi bộ Phòng Giáo dục và Đào tạo", "Đảng bộ Trung tâm Y tế huyện", "Chi bộ Chi cục Thuế khu vực Chợ Mới - Phú Tân", "Chi bộ Kho bạc Nhà nước Chợ Mới", "Chi bộ Phòng Giao dịch Ngân hàng Chính sách xã hội huyện", "Chi bộ Trường THPT Chợ Mới", "Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"}
	nc := []string{"Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Chi bộ Tòa án nhân dân huyện", "Chi bộ Viện Kiểm sát nhân dân huyện", "Chi bộ Chi cục Thi hành án dân sự huyện"}
	groups := []string{"xa", "cq", "nc"}
	loc := func(n string) string { return "" }
	us := genUnits(rng, [][]string{xa}, groups[:1], dt(12, 4, 2021), 45, loc, "CTr/ĐU", false, 90, 320)
	us = append(us, genUnits(rng, [][]string{cq}, groups[1:2], dt(10, 4, 2021), 50, loc, "CTr/CB", false, 7, 40)...)
	us = append(us, genUnits(rng, [][]string{nc}, groups[2:], dt(15, 4, 2021), 40, loc, "CTr/ĐU", false, 9, 150)...)
	k := "Kết quả tổ chức hội nghị"
	tp := "Thành phần tham dự"
	rl := &Roll{Superior: "Tỉnh ủy An Giang", Issuer: "Huyện ủy Chợ Mới", Parent: "Huyện ủy Chợ Mới", DocNum: "86-BC/HU",
		Date: dt(25, 6, 2021), Place: "Chợ Mới",
		Title:  []string{"BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG"},
		Sub:    []string{"(Thực hiện Chỉ thị số 01-CT/TW ngày 09-3-2021 của Bộ Chính trị)"},
		Groups: groups, GroupLabels: []string{"Các đảng bộ xã, thị trấn", "Khối cơ quan - đơn vị sự nghiệp", "Khối nội chính, lực lượng vũ trang"}, SubLabel: "Cộng khối", Total: "TOÀN ĐẢNG BỘ HUYỆN",
		Units: us, Numbered: false,
		Cols: []Col{cSTT("TT"), cUnit("Tổ chức cơ sở đảng"), cDate([]string{k, "Ngày tổ chức"}, true),
			{H: []string{k, "Chủ trì", "Họ và tên"}, W: 18, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			{H: []string{k, "Chủ trì", "Chức vụ"}, W: 14, Fill: fillChairTitle, V: func(u *RUnit) any { return u.ChairTitle }},
			cTotal([]string{k, tp, "Tổng số ĐV"}), cPresent([]string{k, tp, "ĐV dự"}), cRate([]string{k, tp, "Tỷ lệ %"}), cOthers([]string{k, tp, "Quần chúng"}),
			cActNum([]string{"Chương trình hành động", "Số, ký hiệu"}, "Chưa"), cActDate([]string{"Chương trình hành động", "Ngày ban hành"}, true),
			cNote("Ghi chú")},
		Notes:  []string{"- Thời hạn hoàn thành theo Kế hoạch số 28-KH/HU ngày 16-3-2021 của Ban Thường vụ Huyện ủy: trước ngày 30-6-2021.", "- Các đơn vị ghi \"Chưa\" ở cột chương trình hành động phải hoàn thành trước ngày 15-7-2021."},
		Sign:   []string{"T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "", "", "Nguyễn Thị Thu Sương"},
		Signer: pp("Nguyễn Thị Thu Sương", "Chánh Văn phòng"),
	}
	_, err := rollOut(rl, "Biểu 01", "bieu-tong-hop-nq-xiii-huyen-uy-cho-moi.xlsx",
		"roll-up .xlsx, district committee in An Giang (35 grassroots organisations), XIII; three merged header rows, three groups with heading and \"Cộng khối\" rows and a total row, dates as text, chair name and title in separate columns, notes citing plan and deadline dates")
	return err
}

func rKhoiDNDaNang() error {
	rng := rand.New(rand.NewSource(303))
	names := []string{"Đảng bộ Công ty Cổ phần Cấp nước Đà Nẵng", "Đảng bộ Công ty Cổ phần Cảng Đà Nẵng", "Đảng bộ Công ty TNHH MTV Môi trường đô thị Đà Nẵng", "Đảng bộ Công ty Cổ phần Dệt may Hòa Thọ", "Chi bộ Công ty Cổ phần Dệt may 29/3", "Chi bộ Công ty Cổ phần Xe khách Đà Nẵng", "Chi bộ Công ty TNHH MTV Công viên cây xanh Đà Nẵng", "Chi bộ Công ty Cổ phần Sách và Thiết bị trường học Đà Nẵng", "Chi bộ Công ty TNHH MTV Khai thác thủy lợi Đà Nẵng", "Chi bộ Công ty Cổ phần Thoát nước và Xử lý nước thải Đà Nẵng", "Chi bộ Quỹ Đầu tư phát triển thành phố", "Đảng bộ Công ty Cổ phần Điện lực Đà Nẵng", "Chi bộ Công ty Cổ phần Công trình giao thông Đà Nẵng", "Chi bộ Công ty Xổ số kiến thiết Đà Nẵng", "Chi bộ Công ty Cổ phần Vận tải biển và Thương mại Đà Nẵng", "Chi bộ Công ty TNHH MTV Quản lý bến xe Đà Nẵng", "Chi bộ Công ty Cổ phần Xây lắp điện miền Trung", "Chi bộ Công ty Cổ phần Du lịch Sơn Trà", "Chi bộ Công ty Cổ phần In và Phát hành sách Đà Nẵng", "Chi bộ Công ty TNHH MTV Cao su Đà Nẵng"}
	us := genUnits(rng, [][]string{names}, []string{"a"}, dt(19, 12, 2022), 35, func(n string) string { return "Hội trường " + trimKind(n) }, "KH/ĐU", false, 9, 160)
	forms := []string{"in_person", "in_person", "online", "hybrid", "in_person"}
	fl := map[string]string{"in_person": "Trực tiếp", "online": "Trực tuyến", "hybrid": "Kết hợp"}
	for i, u := range us {
		u.Form = forms[rng.Intn(len(forms))]
		if i%6 == 2 {
			u.ActNum = ""
		}
		u.RepTitle = u.ChairTitle
	}
	rl := &Roll{Superior: "Thành ủy Đà Nẵng", Issuer: "Đảng ủy Khối Doanh nghiệp", Parent: "Đảng ủy Khối Doanh nghiệp", DocNum: "145-BC/ĐUK",
		Date: dt(10, 2, 2023), Place: "Đà Nẵng",
		Title: []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 6 KHÓA XIII", "TẠI CÁC TỔ CHỨC CƠ SỞ ĐẢNG TRỰC THUỘC"},
		Total: "Cộng toàn Đảng bộ Khối", Units: us, Numbered: true,
		Cols: []Col{cSTT("Số TT"), cUnit("Đảng bộ, chi bộ cơ sở"), cDate([]string{"Ngày học tập"}, false),
			{H: []string{"Hình thức"}, W: 10, Fill: fillForm, V: func(u *RUnit) any { return fl[u.Form] }},
			{H: []string{"Chủ trì"}, W: 16, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			{H: []string{"Báo cáo viên (họ tên, chức vụ)"}, W: 22, Fill: fillRepFull, V: func(u *RUnit) any { return u.Rep + ", " + u.RepTitle }},
			cTotal([]string{"Số đảng viên", "Tổng số"}), cPresent([]string{"Số đảng viên", "Tham gia"}), cOthers([]string{"Quần chúng tham gia"}),
			{H: []string{"Kế hoạch thực hiện (số, ngày ban hành)"}, W: 20, Fill: fillAct, V: func(u *RUnit) any {
				if !u.Issued {
					return "Chưa ban hành"
				}
				return u.ActNum + " ngày " + u.ActDate.Sl()
			}}},
		Notes:  []string{"Hình thức: Trực tiếp; Trực tuyến; Kết hợp (trực tiếp kết hợp trực tuyến)."},
		Sign:   []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "Hoàng Thị Ngọc Diệp"},
		Signer: pp("Hoàng Thị Ngọc Diệp", "Phó Bí thư"),
	}
	for _, u := range us {
		if u.ActNum == "" && u.Issued {
			u.Issued = false
		}
	}
	_, err := rollOut(rl, "TW6", "tong-hop-hoc-tap-tw6-dang-uy-khoi-doanh-nghiep-da-nang.xlsx",
		"roll-up .xlsx, city enterprises bloc committee in Đà Nẵng (20 grassroots organisations of state and joint-stock companies), TW6; two header rows, numbered columns, form column (in person/online/hybrid), reporter \"name, title\" cells, plan number and date in one cell, total row")
	return err
}

func rDHQuyNhon() error {
	rng := rand.New(rand.NewSource(404))
	names := []string{"Chi bộ Khoa Toán và Thống kê", "Chi bộ Khoa Vật lý", "Chi bộ Khoa Hóa", "Chi bộ Khoa Sinh - Kỹ thuật nông nghiệp", "Chi bộ Khoa Công nghệ thông tin", "Chi bộ Khoa Kỹ thuật và Công nghệ", "Chi bộ Khoa Kinh tế và Kế toán", "Chi bộ Khoa Tài chính - Ngân hàng và Quản trị kinh doanh", "Chi bộ Khoa Ngữ văn", "Chi bộ Khoa Lịch sử - Địa lý - Chính trị", "Chi bộ Khoa Giáo dục Tiểu học và Mầm non", "Chi bộ Khoa Ngoại ngữ", "Chi bộ Khoa Khoa học xã hội và nhân văn", "Chi bộ Phòng Tổ chức - Hành chính", "Chi bộ Phòng Đào tạo đại học", "Chi bộ Thư viện - Trung tâm Thông tin"}
	us := genUnits(rng, [][]string{names}, []string{"a"}, dt(8, 1, 2024), 40, func(string) string { return "" }, "KH/CB", false, 6, 34)
	for _, u := range us {
		if u.ChairTitle == "Bí thư Chi bộ" && strings.HasPrefix(u.Unit, "Chi bộ Khoa") {
			u.ChairTitle = "Bí thư Chi bộ, Trưởng khoa"
		}
	}
	rl := &Roll{Superior: "Tỉnh ủy Bình Định", Issuer: "Đảng ủy Trường Đại học Quy Nhơn", Parent: "Đảng ủy Trường Đại học Quy Nhơn", DocNum: "215-BC/ĐU",
		Date: dt(5, 3, 2024), Place: "Quy Nhơn",
		Title: []string{"KẾT QUẢ TỔ CHỨC HỌC TẬP, QUÁN TRIỆT CÁC NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 8 KHÓA XIII", "Ở CÁC CHI BỘ TRỰC THUỘC"},
		Total: "Toàn Đảng bộ", Units: us, Numbered: true,
		Cols: []Col{cSTT("TT"), cUnit("Chi bộ"), cDate([]string{"Ngày hội nghị"}, false),
			{H: []string{"Đồng chí chủ trì (họ tên - chức vụ)"}, W: 26, Fill: fillChair, V: func(u *RUnit) any { return u.Chair + " - " + u.ChairTitle }},
			cTotal([]string{"Số ĐV của chi bộ"}), cPresent([]string{"Số ĐV tham dự"}), cOthers([]string{"Quần chúng (viên chức, sinh viên)"}),
			cActNum([]string{"Kế hoạch thực hiện"}, "Chưa"), cActDate([]string{"Ngày ban hành KH"}, false)},
		Sign:   []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "", "Đoàn Đức Tùng"},
		Signer: pp("Đoàn Đức Tùng", "Bí thư"),
	}
	_, err := rollOut(rl, "Sheet1", "ket-qua-hoc-tap-tw8-dang-uy-truong-dh-quy-nhon.xlsx",
		"roll-up .xlsx, university party committee in Bình Định (16 cells), TW8; single header row with long wrapped headers, numbered-column row, chair \"name - title\" cells, plan number and date in separate columns, \"Toàn Đảng bộ\" total row")
	return err
}

func rQuanSuDongThap() error {
	rng := rand.New(rand.NewSource(505))
	cq := []string{"Chi bộ Phòng Tham mưu", "Chi bộ Phòng Chính trị", "Chi bộ Phòng Hậu cần - Kỹ thuật"}
	hu := []string{"Đảng bộ Ban CHQS thành phố Cao Lãnh", "Đảng bộ Ban CHQS thành phố Sa Đéc", "Đảng bộ Ban CHQS thành phố Hồng Ngự", "Đảng bộ Ban CHQS huyện Tam Nông", "Đảng bộ Ban CHQS huyện Tháp Mười"}
	groups := []string{"cq", "hu"}
	us := genUnits(rng, [][]string{cq, hu}, groups, dt(18, 7, 2022), 30, func(string) string { return "" }, "KH/ĐU", false, 11, 48)
	rl := &Roll{Superior: "Đảng ủy Quân khu 9", Issuer: "Đảng ủy Quân sự tỉnh Đồng Tháp", Parent: "Đảng ủy Quân sự tỉnh Đồng Tháp", DocNum: "78-BC/ĐU",
		Date: dt(15, 9, 2022), Place: "Cao Lãnh",
		Title:  []string{"THỐNG KÊ KẾT QUẢ HỌC TẬP CÁC NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 5 KHÓA XIII"},
		Groups: groups, GroupLabels: []string{"Cơ quan Bộ CHQS tỉnh", "Ban CHQS cấp huyện"}, SubLabel: "Cộng", Total: "Toàn Đảng bộ",
		Units: us,
		Cols: []Col{cSTT("TT"), cUnit("Đơn vị"), cDate([]string{"Ngày"}, false),
			{H: []string{"Người chủ trì"}, W: 18, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			cTotal([]string{"Đảng viên", "Tổng số"}),
			{H: []string{"Đảng viên", "Vắng"}, W: 8, Fill: fillPresent, V: func(u *RUnit) any { return u.Total - u.Present }, Sum: sumInt(func(u *RUnit) int { return u.Total - u.Present })},
			cOthers([]string{"Quân nhân là quần chúng"}),
			cActNum([]string{"Kế hoạch", "Số"}, "Chưa"), cActDate([]string{"Kế hoạch", "Ngày"}, false), cNote("Ghi chú")},
		Notes:  []string{"Đảng viên vắng đều có lý do (trực sẵn sàng chiến đấu, đi học, công tác)."},
		Sign:   []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "", "Đại tá Võ Văn Hậu"},
		Signer: pp("Võ Văn Hậu", "Bí thư"),
	}
	o, err := rollOut(rl, "TK", "thong-ke-hoc-tap-tw5-dang-uy-quan-su-tinh-dong-thap.xlsx",
		"roll-up .xlsx, provincial military party committee in Đồng Tháp (8 units), TW5; unit column headed \"Đơn vị\", absentees column instead of present (present derived), group subtotals and total, rank in signature")
	if err == nil {
		skip(o, "members_present")
	}
	return err
}

func rPhuKhuong() error {
	rng := rand.New(rand.NewSource(606))
	names := []string{"Chi bộ khu phố 1", "Chi bộ khu phố 2", "Chi bộ khu phố 3", "Chi bộ khu phố 4", "Chi bộ khu phố 5", "Chi bộ khu phố 6", "Chi bộ khu phố 7", "Chi bộ khu phố 8", "Chi bộ Quân sự phường", "Chi bộ Công an phường"}
	us := genUnits(rng, [][]string{names}, []string{"a"}, dt(29, 11, 2021), 18, func(n string) string { return "Nhà văn hóa " + trimKind(n) }, "KH/CB", false, 14, 52)
	for _, u := range us[8:] {
		u.Location = "Trụ sở Đảng ủy - UBND phường Phú Khương"
	}
	rl := &Roll{Superior: "Thành ủy Bến Tre", Issuer: "Đảng ủy phường Phú Khương", Parent: "Đảng ủy phường Phú Khương", DocNum: "38-BC/ĐU",
		Date: dt(27, 12, 2021), Place: "Phú Khương",
		Title: []string{"TỔNG HỢP KẾT QUẢ HỌC TẬP KẾT LUẬN SỐ 21-KL/TW VÀ QUY ĐỊNH SỐ 37-QĐ/TW"},
		Sub:   []string{"(Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII)"},
		Total: "Tổng cộng", Units: us,
		Cols: []Col{cSTT("STT"), cUnit("Tên chi bộ"), cDate([]string{"Ngày tổ chức"}, false), cLoc("Địa điểm"),
			{H: []string{"Chủ trì"}, W: 18, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			cTotal([]string{"Tổng số ĐV"}), cPresent([]string{"ĐV dự"}), cOthers([]string{"QC dự"}),
			cActNum([]string{"Số KH thực hiện"}, ""), cActDate([]string{"Ngày ban hành"}, false)},
		Sign:   []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "", "Lê Thị Hồng Gấm"},
		Signer: pp("Lê Thị Hồng Gấm", "Bí thư"),
	}
	for _, u := range us {
		u.Issued = true
		if u.ActNum == "" {
			u.ActNum = "05-KH/CB"
			u.ActDate = u.Date.Add(5)
		}
	}
	_, err := rollOut(rl, "Sheet1", "tong-hop-tw4-dang-uy-phuong-phu-khuong.xls",
		"roll-up .xls (Excel 97, converted by LibreOffice), ward committee in Bến Tre (10 cells), TW4; one header row with ĐV/QC abbreviations, Excel dates, total row")
	return err
}

func rDuyXuyen() error {
	rng := rand.New(rand.NewSource(707))
	xa := []string{"Đảng bộ xã Duy Châu", "Đảng bộ xã Duy Hòa", "Đảng bộ xã Duy Phú", "Đảng bộ xã Duy Tân", "Đảng bộ xã Duy Thu", "Đảng bộ xã Duy Trinh", "Đảng bộ xã Duy Sơn", "Đảng bộ xã Duy Trung", "Đảng bộ xã Duy Phước", "Đảng bộ xã Duy Thành", "Đảng bộ xã Duy Vinh", "Đảng bộ xã Duy Nghĩa", "Đảng bộ xã Duy Hải", "Đảng bộ thị trấn Nam Phước"}
	cq := []string{"Chi bộ Cơ quan Ủy ban Kiểm tra Huyện ủy", "Chi bộ Văn phòng Huyện ủy", "Chi bộ Ban Tổ chức Huyện ủy", "Chi bộ Văn phòng HĐND và UBND huyện", "Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Phòng Kinh tế và Hạ tầng", "Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Chi bộ Trung tâm Y tế huyện", "Chi bộ Trường THPT Nguyễn Hiền", "Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện"}
	groups := []string{"xa", "cq"}
	loc := func(n string) string {
		if strings.HasPrefix(n, "Đảng bộ xã ") {
			return "Hội trường UBND xã " + strings.TrimPrefix(n, "Đảng bộ xã ")
		}
		return "Hội trường Trung tâm Chính trị huyện"
	}
	us := genUnits(rng, [][]string{xa}, groups[:1], dt(19, 4, 2021), 40, loc, "CTr/ĐU", false, 80, 260)
	us = append(us, genUnits(rng, [][]string{cq}, groups[1:], dt(15, 4, 2021), 45, loc, "CTr/CB", false, 6, 60)...)
	fl := map[string]string{"in_person": "Trực tiếp", "online": "Trực tuyến", "hybrid": "Trực tiếp + trực tuyến"}
	for i, u := range us {
		if i < 14 && i%3 == 0 {
			u.Form = "hybrid"
		}
	}
	rl := &Roll{Superior: "Tỉnh ủy Quảng Nam", Issuer: "Huyện ủy Duy Xuyên", Parent: "Huyện ủy Duy Xuyên", DocNum: "112-BC/HU",
		Date: dt(28, 6, 2021), Place: "Duy Xuyên",
		Title:  []string{"BẢNG TỔNG HỢP KẾT QUẢ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG"},
		Groups: groups, GroupLabels: []string{"ĐẢNG BỘ XÃ, THỊ TRẤN", "CHI, ĐẢNG BỘ CƠ QUAN, LỰC LƯỢNG VŨ TRANG"}, SubLabel: "Cộng", Total: "Tổng cộng",
		Units: us, Numbered: true,
		Cols: []Col{cSTT("TT"), cUnit("Tên cơ sở đảng"), cDate([]string{"Thời gian"}, false), cLoc("Địa điểm"),
			{H: []string{"Hình thức"}, W: 12, Fill: fillForm, V: func(u *RUnit) any { return fl[u.Form] }},
			{H: []string{"Chủ trì"}, W: 18, Fill: fillChairName, V: func(u *RUnit) any { return u.Chair }},
			cTotal([]string{"Đảng viên", "Tổng số"}), cPresent([]string{"Đảng viên", "Có mặt"}), cRate([]string{"Đảng viên", "Tỷ lệ"}),
			cOthers([]string{"Quần chúng"}),
			cActNum([]string{"CTHĐ", "Số"}, "Chưa ban hành"), cActDate([]string{"CTHĐ", "Ngày"}, false)},
		Sign:   []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "", "Nguyễn Văn Thơ"},
		Signer: pp("Nguyễn Văn Thơ", "Phó Bí thư Thường trực"),
	}
	o, err := rollOut(rl, "Tổng hợp", "bang-tong-hop-nq-xiii-huyen-uy-duy-xuyen.xls",
		"roll-up .xls (Excel 97), district committee in Quảng Nam (25 grassroots organisations), XIII; two header rows, numbered columns, two groups with headings and subtotals, form column with \"Trực tiếp + trực tuyến\", total row")
	if err == nil {
		ev(o, "form", "trực tiếp + trực tuyến")
	}
	return err
}
