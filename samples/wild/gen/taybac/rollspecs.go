package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func cSTT(h string) Col {
	return Col{Path: []string{h}, W: 5, Align: "C", Get: func(u *URow, no int) any { return fmt.Sprint(no) }}
}
func cUnit(h string, w float64) Col {
	return Col{Path: []string{h}, W: w, Get: func(u *URow, no int) any { return u.Unit }}
}
func cDate(path ...string) Col {
	return Col{Path: path, W: 11, Get: func(u *URow, no int) any { return u.CDate }}
}
func cLoc(path ...string) Col {
	return Col{Path: path, W: 20, Get: func(u *URow, no int) any { return u.Loc }}
}
func cChairName(path ...string) Col {
	return Col{Path: path, W: 16, Get: func(u *URow, no int) any { return u.Chair.Name }}
}
func cChairTitle(path ...string) Col {
	return Col{Path: path, W: 10, Get: func(u *URow, no int) any { return u.Chair.Title }}
}
func cChairBoth(path ...string) Col {
	return Col{Path: path, W: 20, Get: func(u *URow, no int) any { return "Đ/c " + u.Chair.Name + " - " + u.Chair.Title }}
}
func cRep(path ...string) Col {
	return Col{Path: path, W: 16, Get: func(u *URow, no int) any { return u.Reporter.Name }}
}
func cInt(w float64, get func(u *URow) int, path ...string) Col {
	return Col{Path: path, W: w, Align: "C", Get: func(u *URow, no int) any { return get(u) }, Sum: get}
}
func cRate(path ...string) Col {
	return Col{Path: path, W: 8, Align: "C", Get: func(u *URow, no int) any {
		return float64(int(float64(u.Present)*10000/float64(u.Total)+0.5)) / 100
	}}
}
func cActBoth(style int, path ...string) Col {
	return Col{Path: path, W: 20, Get: func(u *URow, no int) any { return actText(u, style) }}
}
func cActNum(path ...string) Col {
	return Col{Path: path, W: 11, Get: func(u *URow, no int) any {
		if u.Act == 2 {
			return "Chưa ban hành"
		}
		return u.ActNum
	}}
}
func cActDate(path ...string) Col {
	return Col{Path: path, W: 11, Get: func(u *URow, no int) any {
		if u.Act == 2 {
			return nil
		}
		return u.ActDate
	}}
}
func cForm(path ...string) Col {
	return Col{Path: path, W: 10, Get: func(u *URow, no int) any {
		return map[string]string{"in_person": "Trực tiếp", "online": "Trực tuyến", "hybrid": "Kết hợp"}[u.Form]
	}}
}
func cNote(h string) Col {
	return Col{Path: []string{h}, W: 10, Get: func(u *URow, no int) any { return "" }}
}

var (
	total   = func(u *URow) int { return u.Total }
	present = func(u *URow) int { return u.Present }
	absent  = func(u *URow) int { return u.Total - u.Present }
	others  = func(u *URow) int { return u.Others }
)

func prefixed(p string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = p + n
	}
	return out
}

func rollups() error {
	for _, s := range rollSpecs() {
		if err := emitRoll(s); err != nil {
			return err
		}
	}
	return nil
}

func rollSpecs() []*RollSpec {
	var out []*RollSpec
	add := func(s *RollSpec) { out = append(out, s) }
	titleXIII := "BẢNG TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG"

	// R1: a commune committee, chi bộ bản and chi bộ cơ quan; 3 header rows, numbered columns.
	{
		rng := rand.New(rand.NewPCG(101, 1))
		nm := &namer{rng: rng, region: "nw", used: map[string]bool{}}
		bans := prefixed("Chi bộ bản ", "Hua Là", "Phiêng Ngần", "Bó Cón", "Cọ Mòn", "Nong La", "Pá Khoang", "Tông Mòn", "Hôm", "Lọng Cứu")
		cq := []string{"Chi bộ Trường Mầm non Chiềng Sinh", "Chi bộ Trường Tiểu học Chiềng Sinh", "Chi bộ Trường THCS Chiềng Sinh", "Chi bộ Trạm Y tế xã", "Chi bộ Quân sự xã", "Chi bộ Công an xã"}
		loc := func(u string) string {
			if strings.HasPrefix(u, "Chi bộ bản ") {
				return "Nhà văn hóa bản " + strings.TrimPrefix(u, "Chi bộ bản ")
			}
			return "Phòng họp " + strings.TrimPrefix(u, "Chi bộ ")
		}
		g1 := genRows(rng, nm, bans, D{2021, 4, 12}, 14, 12, 38, "", loc)
		g2 := genRows(rng, nm, cq, D{2021, 4, 10}, 10, 6, 18, "", loc)
		add(&RollSpec{
			Name: "tbr01-tong-hop-dang-uy-xa-chieng-sinh", Format: "xlsx", Sheet: "Tổng hợp",
			Left: []string{"Đảng bộ thành phố Sơn La", "Đảng ủy xã Chiềng Sinh"}, Parent: "Đảng ủy xã Chiềng Sinh",
			Title:  []string{titleXIII, "(Kèm theo Báo cáo số 48-BC/ĐU ngày 05/5/2021 của Đảng ủy xã Chiềng Sinh)"},
			DocNum: "48-BC/ĐU", RDate: D{2021, 5, 5},
			Cols: []Col{
				cSTT("STT"), cUnit("Tên chi bộ", 24), cDate("Thời gian tổ chức"), cLoc("Địa điểm"),
				cChairName("Chủ trì", "Họ và tên"), cChairTitle("Chủ trì", "Chức vụ"), cRep("Báo cáo viên"),
				cInt(8, total, "Đảng viên", "Tổng số"), cInt(8, present, "Đảng viên", "Tham dự", "Số lượng"), cRate("Đảng viên", "Tham dự", "Tỷ lệ (%)"),
				cInt(8, others, "Quần chúng tham dự"),
				cActNum("Chương trình hành động", "Số"), cActDate("Chương trình hành động", "Ngày ban hành"),
			},
			Groups:   []Group{{Name: "CHI BỘ BẢN", Sub: "Cộng chi bộ bản", Units: g1}, {Name: "CHI BỘ CƠ QUAN, TRƯỜNG HỌC, LỰC LƯỢNG VŨ TRANG", Sub: "Cộng chi bộ cơ quan", Units: g2}},
			TotalLbl: "TỔNG CỘNG", Numbered: true, DateFmt: "dd/mm/yyyy",
			Notes:     []string{"Ghi chú: Tỷ lệ (%) = (9)/(8) x 100. Các chi bộ chưa ban hành chương trình hành động hoàn thành trước ngày 15/5/2021."},
			SignPlace: "Chiềng Sinh, ngày 05 tháng 5 năm 2021", SignLines: []string{"T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"}, Signer: "Quàng Văn Chiến",
			What: "3 header rows with merged groups, numbered columns (1)…(13), group rows and subtotal rows, total row, Excel dates, doc number and date in the subtitle",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Location: u.Loc, Chair: &Person{u.Chair.Name, u.Chair.Title},
					Reporters: []Person{{Name: u.Reporter.Name}}, Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	// R2: border guard committee, dates as text, chair in one cell, absent column.
	{
		rng := rand.New(rand.NewPCG(102, 1))
		nm := &namer{rng: rng, region: "south", used: map[string]bool{}}
		posts := []string{"Đảng bộ Đồn Biên phòng Bình Hải", "Đảng bộ Đồn Biên phòng Tịnh Kỳ", "Đảng bộ Đồn Biên phòng An Vĩnh", "Đảng bộ Đồn Biên phòng Phổ Quang", "Chi bộ Hải đội Biên phòng 2"}
		cq := []string{"Chi bộ Phòng Tham mưu", "Chi bộ Phòng Chính trị", "Chi bộ Phòng Hậu cần - Kỹ thuật"}
		g1 := genRows(rng, nm, posts, D{2021, 4, 19}, 12, 5, 7, "", nil)
		g2 := genRows(rng, nm, cq, D{2021, 4, 15}, 6, 14, 26, "", nil)
		add(&RollSpec{
			Name: "tbr02-tong-hop-dang-uy-bdbp-quang-ngai", Format: "xlsx", Sheet: "TH HN NQ XIII",
			Left: []string{"Đảng ủy Bộ đội Biên phòng", "Đảng ủy Bộ đội Biên phòng tỉnh Quảng Ngãi"}, Parent: "Đảng ủy Bộ đội Biên phòng tỉnh Quảng Ngãi",
			Title: []string{"TỔNG HỢP TÌNH HÌNH TỔ CHỨC HỘI NGHỊ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "(Tính đến ngày 10/5/2021)"},
			Cols: []Col{
				cSTT("TT"), cUnit("Tổ chức đảng", 28), cDate("Ngày tổ chức"), cForm("Hình thức"), cChairBoth("Người chủ trì"),
				cInt(7, total, "Số đảng viên", "Tổng"), cInt(7, present, "Số đảng viên", "Có mặt"), cInt(7, absent, "Số đảng viên", "Vắng"),
				cActBoth(0, "Chương trình hành động (số, ngày)"),
			},
			Groups:   []Group{{Name: "KHỐI ĐỒN, HẢI ĐỘI", Units: g1}, {Name: "KHỐI CƠ QUAN", Units: g2}},
			TotalLbl: "Tổng cộng", Numbered: true, NumStyle: "1", DateText: 0,
			Notes:     []string{"- Các đơn vị tổ chức theo hình thức trực tiếp, bảo đảm quy định phòng, chống dịch Covid-19.", "- Hải đội Biên phòng 2 tổ chức sau chuyến tuần tra trên biển."},
			SignPlace: "Quảng Ngãi, ngày 12 tháng 5 năm 2021", SignLines: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, Signer: "Nguyễn Minh Tùng",
			What:  "2 header rows, plain numbered row 1…9, dates as text d/m/yyyy, chair name and title in one cell, absent column, group header rows without subtotals, total row, no doc number (signing date in the signature block)",
			RDate: D{2021, 5, 12},
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Form: u.Form, Chair: &Person{u.Chair.Name, u.Chair.Title},
					Attendance: attRec(u, false), ActionProgram: actRec(u)}
			},
		})
	}
	// R3: a provincial enterprise bloc committee; rate shown; dates dd-mm-yyyy text.
	{
		rng := rand.New(rand.NewPCG(103, 1))
		nm := &namer{rng: rng, region: "south", used: map[string]bool{}}
		db := []string{"Đảng bộ Công ty Cổ phần Cảng Nha Trang", "Đảng bộ Công ty TNHH MTV Yến sào Khánh Hòa", "Đảng bộ Công ty Cổ phần Thủy sản Hòn Khói"}
		cb := []string{"Chi bộ Công ty Cổ phần Thủy điện Sông Giang", "Chi bộ Công ty TNHH Hải sản Đầm Môn", "Chi bộ Công ty Cổ phần Nước khoáng Ninh Hòa", "Chi bộ Công ty Cổ phần Đóng tàu Cam Ranh", "Chi bộ Công ty TNHH MTV Khai thác công trình thủy lợi Khánh Hòa", "Chi bộ Công ty Cổ phần Lâm sản Khánh Sơn", "Chi bộ Công ty Cổ phần Du lịch Vĩnh Lương"}
		g1 := genRows(rng, nm, db, D{2021, 4, 20}, 15, 14, 20, "", nil)
		g2 := genRows(rng, nm, cb, D{2021, 4, 16}, 20, 5, 19, "", nil)
		add(&RollSpec{
			Name: "tbr03-tong-hop-dang-uy-khoi-dn-khanh-hoa", Format: "xlsx", Sheet: "Bieu 01",
			Left: []string{"Đảng bộ tỉnh Khánh Hòa", "Đảng ủy Khối Doanh nghiệp tỉnh"}, Parent: "Đảng ủy Khối Doanh nghiệp tỉnh Khánh Hòa",
			Title:  []string{"KẾT QUẢ TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG TRONG CÁC TỔ CHỨC CƠ SỞ ĐẢNG", "(Kèm theo Báo cáo số 115-BC/ĐUK ngày 24-5-2021 của Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Khánh Hòa)"},
			DocNum: "115-BC/ĐUK", RDate: D{2021, 5, 24},
			Cols: []Col{
				cSTT("Số TT"), cUnit("Tổ chức cơ sở đảng", 32), cDate("Ngày hội nghị"),
				cChairName("Đồng chí chủ trì"), cRep("Đồng chí báo cáo viên"),
				cInt(8, total, "Tổng số đảng viên"), cInt(8, present, "Đảng viên dự hội nghị"), cRate("Tỷ lệ %"), cInt(8, others, "Quần chúng"),
				cActBoth(4, "Chương trình hành động"),
			},
			Groups:   []Group{{Name: "ĐẢNG BỘ CƠ SỞ", Sub: "Cộng đảng bộ cơ sở", Units: g1}, {Name: "CHI BỘ CƠ SỞ", Sub: "Cộng chi bộ cơ sở", Units: g2}},
			TotalLbl: "Toàn Đảng bộ Khối", DateText: 4,
			Notes:     []string{"Ghi chú: Số liệu đảng viên của các đảng bộ cơ sở bao gồm đảng viên các chi bộ trực thuộc."},
			SignPlace: "Nha Trang, ngày 24 tháng 5 năm 2021", SignLines: []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}, Signer: "Lê Thị Thu Hằng",
			What: "one header row with long headings, dates as text dd-mm-yyyy, subtotal rows per group and a total row labelled \"Toàn Đảng bộ Khối\", action program number and date in one cell, doc number in the subtitle",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Chair: &Person{Name: u.Chair.Name},
					Reporters: []Person{{Name: u.Reporter.Name}}, Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	// R4: a district committee with 40 units in three groups.
	{
		rng := rand.New(rand.NewPCG(104, 1))
		nm := &namer{rng: rng, region: "hmong", used: map[string]bool{}}
		xa := prefixed("Đảng bộ xã ", "Lao Chải", "Khao Mang", "Mồ Dề", "Chế Cu Nha", "Kim Nọi", "Cao Phạ", "Nậm Khắt", "Púng Luông", "La Pán Tẩn", "Dế Xu Phình", "Chế Tạo", "Hồ Bốn", "Nậm Có")
		xa = append(xa, "Đảng bộ thị trấn Mù Cang Chải")
		cq := prefixed("Chi bộ ", "Văn phòng Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy",
			"Văn phòng HĐND và UBND huyện", "Phòng Tài chính - Kế hoạch", "Phòng Nông nghiệp và PTNT", "Phòng Giáo dục và Đào tạo", "Phòng Lao động - Thương binh và Xã hội",
			"Phòng Tài nguyên và Môi trường", "Phòng Văn hóa và Thông tin", "Thanh tra huyện", "Ủy ban MTTQ và các đoàn thể huyện", "Trung tâm Y tế huyện",
			"Trung tâm Chính trị huyện", "Ban Quản lý dự án đầu tư xây dựng huyện", "Hạt Kiểm lâm", "Kho bạc Nhà nước huyện", "Chi cục Thuế khu vực",
			"Trường THPT Mù Cang Chải", "Trường PTDT Nội trú THCS và THPT huyện")
		lv := []string{"Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Chi bộ Viện Kiểm sát nhân dân huyện", "Chi bộ Tòa án nhân dân huyện"}
		g1 := genRows(rng, nm, xa, D{2021, 4, 14}, 25, 20, 45, "", nil)
		nm.region = "nw"
		g2 := genRows(rng, nm, cq, D{2021, 4, 8}, 20, 5, 22, "", nil)
		g3 := genRows(rng, nm, lv, D{2021, 4, 9}, 10, 8, 16, "", nil)
		add(&RollSpec{
			Name: "tbr04-tong-hop-huyen-uy-mu-cang-chai", Format: "xlsx", Sheet: "Tong hop",
			Left: []string{"Tỉnh ủy Yên Bái", "Huyện ủy Mù Cang Chải"}, Parent: "Huyện ủy Mù Cang Chải",
			Title:  []string{"BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG VÀ NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ CÁC CẤP", "(Kèm theo Báo cáo số 205-BC/HU ngày 02/6/2021 của Ban Thường vụ Huyện ủy)"},
			DocNum: "205-BC/HU", RDate: D{2021, 6, 2},
			Cols: []Col{
				cSTT("TT"), cUnit("Đảng bộ, chi bộ cơ sở", 30), cDate("Thời gian tổ chức hội nghị"),
				cChairName("Chủ trì hội nghị", "Họ tên"), cChairTitle("Chủ trì hội nghị", "Chức vụ"),
				cInt(8, total, "Kết quả học tập", "Đảng viên", "Tổng số"), cInt(8, present, "Kết quả học tập", "Đảng viên", "Tham gia"),
				cInt(8, others, "Kết quả học tập", "Quần chúng"),
				cActNum("Chương trình hành động", "Số hiệu"), cActDate("Chương trình hành động", "Ngày"), cNote("Ghi chú"),
			},
			Groups: []Group{
				{Name: "ĐẢNG BỘ XÃ, THỊ TRẤN", Sub: "Cộng (I)", Units: g1},
				{Name: "CHI BỘ CƠ QUAN, ĐƠN VỊ SỰ NGHIỆP", Sub: "Cộng (II)", Units: g2},
				{Name: "ĐẢNG BỘ, CHI BỘ LỰC LƯỢNG VŨ TRANG VÀ NỘI CHÍNH", Sub: "Cộng (III)", Units: g3},
			},
			TotalLbl: "TỔNG (I+II+III)", Numbered: true, DateFmt: "d/m/yyyy",
			Notes:     []string{"Ghi chú: Số đảng viên của đảng bộ xã, thị trấn là tổng số đảng viên của các chi bộ trực thuộc.", "Các đơn vị có CTHĐ \"Chưa ban hành\" hoàn thành trước ngày 30/6/2021."},
			SignPlace: "Mù Cang Chải, ngày 02 tháng 6 năm 2021", SignLines: []string{"T/M BAN THƯỜNG VỤ", "BÍ THƯ"}, Signer: "Giàng A Tông",
			What: "40 unit rows in three groups, 3 header rows (Kết quả học tập > Đảng viên > Tổng số/Tham gia), numbered columns, subtotal rows \"Cộng (I)\"… and a total row, Excel dates d/m/yyyy, empty note column",
			Truth: func(u *URow) Record {
				return Record{ConferenceDate: u.CDate.ISO(), Chair: &Person{u.Chair.Name, u.Chair.Title},
					Attendance: attRec(u, true), ActionProgram: actRec(u)}
			},
		})
	}
	return append(out, rollSpecs2()...)
}
