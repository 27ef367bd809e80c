package main

// Narrative reports of one unit each: typed with fpdf, typed in Word (.docx)
// and printed to PDF by LibreOffice, and .docx left as sent.

import (
	"path/filepath"
	"strings"

	"golang.org/x/text/unicode/norm"

	"baocao"
)

const dcsvn = "ĐẢNG CỘNG SẢN VIỆT NAM"

// partyHdr is the usual header: the committee above, the unit, a star, the
// number on the left; the party's name and the place and date on the right.
func partyHdr(parent, unit, num, placeDate string) hdr {
	return hdr{
		left:  []ln{L(up(parent)), LB(up(unit)), L("*"), L(num)},
		right: []ln{LBU(dcsvn), L(""), LI(placeDate)},
	}
}

func emitPDF(d *doc, name string) { must(renderPDF(d, filepath.Join(outDir, name))) }

func emitDOCX(d *doc, name, author string) {
	must(renderDOCX(d, filepath.Join(outDir, name), author))
}

func emitDOCX2PDF(d *doc, name, author string) {
	tmp := filepath.Join(tmpDir, strings.TrimSuffix(name, ".pdf")+".docx")
	must(renderDOCX(d, tmp, author))
	toPDF = append(toPDF, tmp)
}

func narratives() {
	n1()
	n2()
	n3()
	n4()
	n5()
	n6()
	n7()
	d1()
	d2()
	d3()
	d4()
	d5()
	x1()
	x2()
	x3()
	x4()
}

// n1: a village cell in Đắk Lắk; long-form dates, one presenter who chairs.
func n1() {
	parent, unit := "Đảng bộ xã Ea Knuếc", "Chi bộ thôn 3"
	rep, conf, ap := dt(2021, 4, 20), dt(2021, 4, 12), dt(2021, 4, 16)
	chair := "Nguyễn Văn Tám"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong các văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ XVII, nhiệm kỳ 2020 - 2025"
	d := &doc{size: 12}
	d.add(partyHdr(parent, unit, "Số 07-BC/CB", "Ea Knuếc, ngày "+dLong(rep)),
		gap{3},
		PC("BÁO CÁO", true),
		PC("kết quả học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội", true),
		PC("đại biểu toàn quốc lần thứ XIII của Đảng", true),
		PC("-----", false),
		P("Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/3/2021 của Đảng ủy xã Ea Knuếc về tổ chức nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng, Chi bộ thôn 3 báo cáo kết quả như sau:"),
		PB("I. CÔNG TÁC TỔ CHỨC HỘI NGHỊ"),
		P("Ngày "+dLong(conf)+", tại Nhà văn hóa thôn 3, Chi bộ đã tổ chức hội nghị theo hình thức trực tiếp, quán triệt các nội dung của Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII."),
		P("Đồng chí "+chair+", Bí thư Chi bộ chủ trì hội nghị và trực tiếp truyền đạt các chuyên đề."),
		P("Tổng số đảng viên của chi bộ: 32 đồng chí; có mặt 30 đồng chí, đạt "+pct(30, 32, 2)+"%; vắng 02 đồng chí (01 đồng chí đau ốm, 01 đồng chí đi làm ăn xa). Ngoài ra có 15 quần chúng là trưởng các chi hội đoàn thể của thôn cùng dự."),
		PB("II. NỘI DUNG HỘI NGHỊ"),
		P("Hội nghị đã nghe truyền đạt các nội dung sau:"),
		PL("1. "+t1+" (đ/c "+chair+" trình bày, 90 phút)."),
		PL("2. "+t2+" (đ/c "+chair+" trình bày, 60 phút)."),
		PB("III. KẾT QUẢ"),
		P("Đảng viên dự hội nghị nghiêm túc, tập trung nghe truyền đạt; 100% đảng viên dự hội nghị viết bài thu hoạch, trong đó 18 bài xếp loại tốt. Nhiều ý kiến phát biểu gắn với việc phát triển cây cà phê, hồ tiêu và giữ gìn an ninh trật tự ở thôn."),
		P("Trên cơ sở Nghị quyết, Chi bộ đã xây dựng và ban hành Chương trình hành động số 05-CTr/CB ngày "+dSl(ap)+" về thực hiện Nghị quyết Đại hội XIII của Đảng, phù hợp với tình hình thực tế của thôn."),
		PB("IV. ĐÁNH GIÁ CHUNG"),
		P("Hội nghị được tổ chức đúng kế hoạch, bảo đảm thời gian và chất lượng. Tuy nhiên vẫn còn 02 đảng viên vắng mặt; Chi bộ đã phân công đồng chí Bí thư truyền đạt lại nội dung cho các đồng chí vắng."),
		P("Trên đây là báo cáo kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng của Chi bộ thôn 3./."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã (b/c),"), L("- Lưu Chi bộ.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitPDF(d, "bc-chibo-thon-3-ea-knuec.pdf")
	add("bc-chibo-thon-3-ea-knuec.pdf", "narrative (fpdf)",
		"Village cell in Đắk Lắk; dates as `ngày 12 tháng 4 năm 2021`; totals and present in one sentence with a percentage; the chair presents both topics (numbered list with presenter and minutes); a plan number and date in the opening sentence; action program issued with number and date.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "07-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà văn hóa thôn 3", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Chi bộ")},
			Attendance:    att(30, 32, 15),
			Program:       []baocao.ProgramItem{item(t1, chair, 90), item(t2, chair, 60)},
			ActionProgram: issued("05-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// n2: a commune committee in Gia Lai; two-day hybrid conference, program table,
// several presenters, totals and present in different sentences, signed by a deputy.
func n2() {
	parent, unit := "Huyện ủy Ia Grai", "Đảng ủy xã Ia Dêr"
	rep, conf := dt(2021, 4, 2), dt(2021, 3, 22)
	chair, dep, cn := "Rơ Châm Hyun", "Nguyễn Đình Phúc", "Siu Thị Nhung"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030; phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025"
	t3 := "Nghị quyết Đại hội đại biểu Đảng bộ huyện Ia Grai lần thứ XIII, nhiệm kỳ 2020 - 2025"
	d := &doc{size: 12}
	d.add(partyHdr(parent, unit, "Số 21-BC/ĐU", "Ia Dêr, ngày "+dLong0(rep)),
		gap{3},
		PC("BÁO CÁO", true),
		PC("Kết quả tổ chức Hội nghị nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Căn cứ Hướng dẫn số 05-HD/BTGHU ngày 10/3/2021 của Ban Tuyên giáo Huyện ủy Ia Grai về việc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, Ban Thường vụ Đảng ủy xã Ia Dêr báo cáo kết quả tổ chức hội nghị như sau:"),
		PB("1. Thời gian, địa điểm, hình thức"),
		P("Hội nghị được tổ chức trong 02 ngày 22 và 23/3/2021 tại Hội trường Đảng ủy xã Ia Dêr, theo hình thức trực tiếp kết hợp trực tuyến (điểm cầu chính tại Hội trường Đảng ủy, 02 điểm cầu tại nhà văn hóa làng Dơ Ri và làng Ia Kênh)."),
		PB("2. Thành phần, số lượng"),
		P("Đảng bộ xã hiện có 186 đảng viên, sinh hoạt tại 14 chi bộ trực thuộc."),
		P("Số đảng viên tham dự: 171 đồng chí (đạt "+pct(171, 186, 2)+"%); số vắng 15 đồng chí, chủ yếu do đi làm rẫy xa, ốm đau."),
		P("Ngoài ra, hội nghị còn có 42 quần chúng là cán bộ, công chức, người có uy tín trong các làng tham dự."),
		PB("3. Chủ trì, báo cáo viên và chương trình"),
		P("Bí thư Đảng ủy xã "+chair+" chủ trì hội nghị. Các báo cáo viên trình bày theo chương trình dưới đây:"),
		tbl{
			w:        []float64{8, 60, 40, 18},
			head:     []hc{{"STT", 0, 0, 1, 1}, {"Nội dung", 0, 1, 1, 1}, {"Báo cáo viên", 0, 2, 1, 1}, {"Thời lượng (phút)", 0, 3, 1, 1}},
			headRows: 1,
			rows: [][]string{
				{"1", t1, chair + ", Bí thư Đảng ủy xã", "120"},
				{"2", t2, dep + ", Phó Bí thư Thường trực Đảng ủy", "90"},
				{"3", t3, cn + ", Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "90"},
			},
			aligns: "CLLC",
		},
		PB("4. Xây dựng chương trình hành động"),
		P("Hiện nay, Ban Chấp hành Đảng bộ xã đang hoàn chỉnh dự thảo Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng, dự kiến ban hành trong tháng 4/2021."),
		PB("5. Đánh giá"),
		P("Hội nghị được chuẩn bị chu đáo, tài liệu được cấp phát đầy đủ cho các chi bộ. Việc truyền đạt tại các điểm cầu bảo đảm đường truyền ổn định. Hạn chế: một số đảng viên là người dân tộc thiểu số lớn tuổi tiếp thu còn chậm; Đảng ủy sẽ chỉ đạo các chi bộ tiếp tục quán triệt trong sinh hoạt định kỳ."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Ban Thường vụ Huyện ủy (b/c),"), L("- Ban Tuyên giáo Huyện ủy,"), L("- Các chi bộ trực thuộc,"), L("- Lưu Văn phòng Đảng ủy.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("PHÓ BÍ THƯ"), L(""), L(""), L(""), LB(dep)},
		})
	emitPDF(d, "bc-dang-uy-xa-ia-der.pdf")
	add("bc-dang-uy-xa-ia-der.pdf", "narrative (fpdf)",
		"Commune committee in Gia Lai; two-day hybrid conference (`trong 02 ngày 22 và 23/3/2021`, `trực tiếp kết hợp trực tuyến`); title before the chair's name; total and present in different sentences; program table with three presenters (name, title in one cell); action program still a draft; signed by the deputy secretary.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "21-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường Đảng ủy xã Ia Dêr", Form: baocao.Hybrid,
			Chair: per(chair, "Bí thư Đảng ủy xã"),
			Reporters: []baocao.Person{pp(chair, "Bí thư Đảng ủy xã"), pp(dep, "Phó Bí thư Thường trực Đảng ủy"),
				pp(cn, "Phó Bí thư Đảng ủy, Chủ tịch UBND xã")},
			Attendance:    att(171, 186, 42),
			Program:       []baocao.ProgramItem{item(t1, chair, 120), item(t2, dep, 90), item(t3, cn, 90)},
			ActionProgram: notIssued(),
			Signer:        per(dep, "Phó Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// n3: the port's party committee in Bình Định; party-style hyphen dates, inline
// program with quoted topics, a guest presenter from the province.
func n3() {
	parent, unit := "Đảng bộ Khối Doanh nghiệp tỉnh Bình Định", "Đảng ủy Công ty Cổ phần Cảng Quy Nhơn"
	rep, conf, ap := dt(2021, 4, 19), dt(2021, 4, 9), dt(2021, 4, 16)
	chair, guest := "Trần Quốc Bảo", "Lê Thị Minh Hạnh"
	t1 := "Những điểm mới, nội dung cơ bản của Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ Khối Doanh nghiệp tỉnh lần thứ VI và nhiệm vụ của Đảng bộ Công ty"
	d := &doc{size: 12}
	h := partyHdr(parent, unit, "Số 34-BC/ĐU", "Quy Nhơn, ngày "+dHy(rep))
	h.lw = 0.52
	d.add(h, gap{3},
		PC("BÁO CÁO", true),
		PC("kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("--------------", false),
		P("Thực hiện Kế hoạch số 45-KH/ĐUK ngày 12-3-2021 của Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh về học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, Đảng ủy Công ty Cổ phần Cảng Quy Nhơn báo cáo như sau:"),
		PB("1. Tổ chức hội nghị"),
		P("Ngày "+dHy(conf)+", tại Hội trường tầng 3, Tòa nhà điều hành Cảng Quy Nhơn, Đảng ủy Công ty đã tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho cán bộ, đảng viên theo hình thức trực tiếp."),
		PM("b:Chủ trì hội nghị: ", "đồng chí "+chair+" - Bí thư Đảng ủy Công ty."),
		PM("b:Báo cáo viên: ", "đồng chí "+guest+" - Phó Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí "+chair+" - Bí thư Đảng ủy Công ty."),
		P("Đồng chí "+guest+" trình bày chuyên đề \""+t1+"\" (150 phút); đồng chí "+chair+" quán triệt chuyên đề \""+t2+"\" (60 phút)."),
		P("Về dự hội nghị: có 214/226 đảng viên trong Đảng bộ tham dự (tỷ lệ "+pct(214, 226, 2)+"%); số đảng viên vắng đều có lý do (đi ca sản xuất, theo tàu). Khách mời: 06 quần chúng ưu tú đang trong diện bồi dưỡng kết nạp Đảng."),
		PB("2. Kết quả"),
		P("Cán bộ, đảng viên nắm vững những nội dung cốt lõi của Nghị quyết, nhất là các quan điểm về phát triển kinh tế biển, hạ tầng cảng biển và logistics. Sau hội nghị, Đảng ủy Công ty đã ban hành Chương trình hành động số 18-CTr/ĐU, ngày "+dHy(ap)+" thực hiện Nghị quyết Đại hội XIII của Đảng gắn với nhiệm vụ sản xuất, kinh doanh năm 2021 (sản lượng hàng hóa thông qua cảng dự kiến 12,5 triệu tấn)."),
		PB("3. Kiến nghị"),
		P("Đề nghị Đảng ủy Khối tiếp tục cung cấp tài liệu hỏi - đáp về Nghị quyết để các chi bộ sử dụng trong sinh hoạt."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Ban Thường vụ Đảng ủy Khối (b/c),"), L("- Các chi bộ trực thuộc,"), L("- Lưu VP Đảng ủy.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitPDF(d, "bc-dang-uy-cang-quy-nhon.pdf")
	add("bc-dang-uy-cang-quy-nhon.pdf", "narrative (fpdf)",
		"Party committee of the Quy Nhơn port company; party-style hyphen dates (`ngày 9-4-2021`); labelled lines `Chủ trì hội nghị:` and `Báo cáo viên:` (a guest from the province and the secretary); inline program with quoted topics; `214/226`; others as `Khách mời: 06 quần chúng ưu tú`; action program `số 18-CTr/ĐU, ngày 16-4-2021`; other figures (12,5 triệu tấn) in the text.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "34-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường tầng 3, Tòa nhà điều hành Cảng Quy Nhơn", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Đảng ủy Công ty"),
			Reporters:     []baocao.Person{pp(guest, "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"), pp(chair, "Bí thư Đảng ủy Công ty")},
			Attendance:    att(214, 226, 6),
			Program:       []baocao.ProgramItem{item(t1, guest, 150), item(t2, chair, 60)},
			ActionProgram: issued("18-CTr/ĐU", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// n4: a small clinic cell in Khánh Hòa; labelled lines, dotted date, 7/7.
func n4() {
	parent, unit := "Đảng bộ xã Vạn Hưng", "Chi bộ Trạm Y tế xã Vạn Hưng"
	rep, conf := dt(2021, 4, 8), dt(2021, 4, 6)
	chair := "Võ Thị Thu Hà"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật của Nghị quyết Đại hội XIII của Đảng và liên hệ nhiệm vụ chăm sóc sức khỏe nhân dân"
	d := &doc{size: 12.5}
	d.add(partyHdr(parent, unit, "Số: 04-BC/CB", "Vạn Hưng, ngày "+dLong0(rep)),
		gap{4},
		PC("BÁO CÁO KẾT QUẢ HỘI NGHỊ QUÁN TRIỆT", true),
		PC("NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", true),
		gap{3},
		P("Chi bộ Trạm Y tế xã Vạn Hưng báo cáo kết quả hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng như sau:"),
		PM("b:- Thời gian: ", "07 giờ 30, ngày "+dDot(conf)+"."),
		PM("b:- Địa điểm: ", "Phòng giao ban Trạm Y tế xã."),
		PM("b:- Hình thức: ", "trực tiếp."),
		PM("b:- Chủ trì và báo cáo viên: ", "đồng chí "+chair+" - Bí thư Chi bộ."),
		PM("b:- Số lượng đảng viên dự: ", "7/7 đồng chí, đạt 100%."),
		PM("b:- Nội dung: ", "quán triệt chuyên đề "+t1+" (thời lượng 120 phút)."),
		PM("b:- Nhận xét: ", "đảng viên tham gia đầy đủ, nghiêm túc; nhiều ý kiến đề xuất nâng cao chất lượng khám chữa bệnh ban đầu, tiêm chủng và phòng, chống dịch Covid-19 trên địa bàn xã."),
		P("Chi bộ báo cáo Đảng ủy xã biết, theo dõi./."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã Vạn Hưng;"), L("- Lưu.")},
			right: []ln{LB("BÍ THƯ CHI BỘ"), L(""), L(""), L(""), LB(chair)},
		})
	emitPDF(d, "bc-chibo-tram-y-te-van-hung.pdf")
	add("bc-chibo-tram-y-te-van-hung.pdf", "narrative (fpdf)",
		"Health-station cell in Khánh Hòa; `Số:` with a colon; labelled dash lines with bold labels; dotted date `06.04.2021`; `7/7 đồng chí, đạt 100%`; one topic; no action program mentioned; signature `BÍ THƯ CHI BỘ` without T/M.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "04-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Phòng giao ban Trạm Y tế xã", Form: baocao.InPerson,
			Chair:      per(chair, "Bí thư Chi bộ"),
			Reporters:  []baocao.Person{pp(chair, "Bí thư Chi bộ")},
			Attendance: att(7, 7, 0),
			Program:    []baocao.ProgramItem{item(t1, chair, 120)},
			Signer:     per(chair, "Bí thư Chi bộ"),
			Source:     baocao.Source{Page: 1},
		})
}

// n5: a border post in Gia Lai; only the absentees are given; ranks before names.
func n5() {
	parent, unit := "Đảng bộ Bộ đội Biên phòng tỉnh Gia Lai", "Đảng ủy Đồn Biên phòng Ia Dom"
	rep, conf, ap := dt(2021, 3, 19), dt(2021, 3, 16), dt(2021, 3, 18)
	chair, dep := "Phạm Văn Lực", "Hoàng Minh Tuấn"
	t1 := "Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Những nội dung cơ bản về quốc phòng, an ninh, bảo vệ chủ quyền, an ninh biên giới quốc gia trong Văn kiện Đại hội XIII"
	d := &doc{size: 12}
	h := partyHdr(parent, unit, "Số 15-BC/ĐU", "Ia Dom, ngày "+dLong(rep))
	h.lw = 0.5
	d.add(h, gap{3},
		PC("BÁO CÁO", true),
		PC("Kết quả học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", true),
		PC("-----", false),
		P("Thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị và Kế hoạch số 38-KH/ĐU ngày 11/3/2021 của Đảng ủy Bộ đội Biên phòng tỉnh, Đảng ủy Đồn Biên phòng Ia Dom báo cáo kết quả như sau:"),
		PB("1. Công tác chuẩn bị"),
		P("Đảng ủy Đồn ra nghị quyết lãnh đạo, phân công báo cáo viên, chuẩn bị tài liệu, hội trường; bố trí lực lượng trực, tuần tra bảo đảm không ảnh hưởng nhiệm vụ quản lý, bảo vệ biên giới."),
		PB("2. Tổ chức hội nghị"),
		P("Hồi 07 giờ 00 ngày "+dSl(conf)+", tại Hội trường Đồn Biên phòng Ia Dom, Đảng ủy Đồn tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng theo hình thức trực tiếp."),
		P("Đồng chí Thượng tá "+chair+" - Bí thư Đảng ủy Đồn chủ trì hội nghị."),
		P("Quân số: tổng số đảng viên của Đảng bộ là 41 đồng chí; vắng 03 đồng chí do làm nhiệm vụ tuần tra, kiểm soát biên giới (đã được học bù sau hội nghị). Hội nghị còn có 09 quân nhân là quần chúng tham dự."),
		P("Nội dung và báo cáo viên:"),
		PL("- Chuyên đề 1: "+t1+" (báo cáo viên: đồng chí Thượng tá "+chair+", Bí thư Đảng ủy Đồn; 180 phút)."),
		PL("- Chuyên đề 2: "+t2+" (báo cáo viên: đồng chí Thiếu tá "+dep+", Phó Bí thư Đảng ủy Đồn; 120 phút)."),
		PB("3. Kết quả"),
		P("Qua kiểm tra nhận thức, 100% đảng viên đạt yêu cầu, trong đó khá, giỏi đạt 87%. Đảng ủy Đồn đã ban hành Chương trình hành động số 09-CTr/ĐU ngày "+dSl(ap)+" thực hiện Nghị quyết Đại hội XIII của Đảng gắn với nhiệm vụ xây dựng biên giới hòa bình, hữu nghị."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Thường vụ Đảng ủy BĐBP tỉnh (b/c);"), L("- Phòng Chính trị;"), L("- Lưu.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), L(""), LB("Thượng tá " + chair)},
		})
	emitPDF(d, "bc-dang-uy-don-bp-ia-dom.pdf")
	add("bc-dang-uy-don-bp-ia-dom.pdf", "narrative (fpdf)",
		"Border post in Gia Lai; the Directive's own date (09/3/2021) and a plan's date in the opening; only total and absentees (`tổng số … 41 đồng chí; vắng 03`: members_present 38 derived); ranks before names (`Thượng tá`, `Thiếu tá`) also in the signature; topics as `Chuyên đề 1:` with presenter and minutes in brackets; action program issued.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "15-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường Đồn Biên phòng Ia Dom", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Đảng ủy Đồn"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Đảng ủy Đồn"), pp(dep, "Phó Bí thư Đảng ủy Đồn")},
			Attendance:    att(38, 41, 9),
			Program:       []baocao.ProgramItem{item(t1, chair, 180), item(t2, dep, 120)},
			ActionProgram: issued("09-CTr/ĐU", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// n6: a school cell in Buôn Ma Thuột; online, abbreviations ĐV and đ/c.
func n6() {
	parent, unit := "Đảng bộ phường Tân Lợi", "Chi bộ Trường THCS Nguyễn Du"
	rep, conf, ap := dt(2021, 4, 15), dt(2021, 4, 10), dt(2021, 4, 14)
	chair, dep := "Lê Thị Kim Oanh", "Phan Văn Khoa"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Định hướng phát triển giáo dục và đào tạo trong Văn kiện Đại hội XIII"
	t3 := "Thảo luận, liên hệ nhiệm vụ năm học"
	d := &doc{size: 12}
	d.add(partyHdr(parent, unit, "Số 09-BC/CB", "TP. Buôn Ma Thuột, ngày "+dSl(rep)),
		gap{3},
		PC("BÁO CÁO", true),
		PC("V/v kết quả tổ chức học tập Nghị quyết Đại hội XIII của Đảng", false),
		gap{2},
		P("Do ảnh hưởng của dịch Covid-19, thực hiện chỉ đạo của Đảng ủy phường, ngày "+dSl(conf)+" Chi bộ Trường THCS Nguyễn Du tổ chức hội nghị học tập Nghị quyết Đại hội XIII của Đảng theo hình thức trực tuyến qua phần mềm Zoom."),
		P("Chủ trì: đ/c "+chair+" (Bí thư Chi bộ)."),
		P("Dự hội nghị: ĐV "+"23/25 (đạt "+pct(23, 25, 2)+"%), vắng 02 đ/c có lý do; quần chúng: 18 (giáo viên, nhân viên chưa là đảng viên)."),
		P("Chương trình hội nghị:"),
		PL("- "+t1+" - đ/c "+chair+" trình bày, 90 phút;"),
		PL("- "+t2+" - đ/c "+dep+", Phó Bí thư Chi bộ trình bày, 60 phút;"),
		PL("- "+t3+" - 30 phút."),
		P("Đánh giá: hội nghị trực tuyến bảo đảm chất lượng; một số đồng chí đường truyền chưa ổn định phải theo dõi lại bản ghi."),
		P("Chi bộ đã ban hành Chương trình hành động (số 03-CTr/CB, ngày "+dSl(ap)+") thực hiện Nghị quyết Đại hội XIII của Đảng gắn với nhiệm vụ năm học 2020 - 2021."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- ĐU phường (b/c);"), L("- Lưu CB.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitPDF(d, "bc-chibo-thcs-nguyen-du.pdf")
	add("bc-chibo-thcs-nguyen-du.pdf", "narrative (fpdf)",
		"School cell in Buôn Ma Thuột; online over Zoom (no place); slash dates; `Chủ trì: đ/c … (Bí thư Chi bộ)`; `ĐV 23/25 (đạt 92%)`, `quần chúng: 18`; dash list `topic - đ/c Name trình bày, 90 phút` with a discussion item without presenter; action program number and date in brackets.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "09-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Form:          baocao.Online,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Chi bộ"), pp(dep, "Phó Bí thư Chi bộ")},
			Attendance:    att(23, 25, 18),
			Program:       []baocao.ProgramItem{item(t1, chair, 90), item(t2, dep, 60), item(t3, "", 30)},
			ActionProgram: issued("03-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// n7: the fisheries cooperative's cell in Ninh Thuận; two pages, signature on
// page 2, title before the chair's name, "11 trên tổng số 12".
func n7() {
	parent, unit := "Đảng bộ xã Cà Ná", "Chi bộ HTX Nghề cá Cà Ná"
	rep, conf := dt(2021, 3, 30), dt(2021, 3, 26)
	chair, guest := "Lê Văn Sáu", "Nguyễn Thị Hoa"
	t1 := "Quán triệt những nội dung cơ bản của Nghị quyết Đại hội XIII của Đảng"
	t2 := "Triển khai Nghị quyết Đại hội Đảng bộ xã Cà Ná nhiệm kỳ 2020 - 2025 và nhiệm vụ phát triển kinh tế biển của Hợp tác xã"
	d := &doc{size: 12.5}
	d.add(partyHdr(parent, unit, "Số 03-BC/CB", "Cà Ná, ngày "+dLong(rep)),
		gap{3},
		PC("BÁO CÁO", true),
		PC("Kết quả hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("và Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025", true),
		PC("-----", false),
		PB("I. ĐẶC ĐIỂM TÌNH HÌNH"),
		P("Hợp tác xã Nghề cá Cà Ná có 146 xã viên với 58 tàu cá, trong đó 21 tàu có công suất từ 400 CV trở lên hoạt động khai thác xa bờ. Chi bộ HTX Nghề cá Cà Ná có 12 đảng viên, phần lớn là chủ tàu, thuyền trưởng; thời gian bám biển dài ngày nên việc bố trí sinh hoạt tập trung gặp nhiều khó khăn."),
		P("Năm 2020, dù chịu ảnh hưởng của dịch bệnh và thời tiết, sản lượng khai thác của các tàu thuộc Hợp tác xã đạt trên 9.800 tấn; 100% tàu cá có chiều dài từ 15 mét trở lên đã lắp đặt thiết bị giám sát hành trình theo quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)."),
		PB("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ"),
		P("Ngày "+dHy(conf)+", tại Trụ sở HTX Nghề cá Cà Ná, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết theo hình thức trực tiếp. Bí thư Chi bộ "+chair+" chủ trì hội nghị."),
		P("Dự hội nghị có 11 trên tổng số 12 đảng viên của Chi bộ (01 đảng viên vắng do đang đi biển) và 25 xã viên là quần chúng."),
		P("Đồng chí "+guest+", Phó Bí thư Đảng ủy xã Cà Ná được Đảng ủy phân công dự và truyền đạt. Chương trình gồm:"),
		PL("1. "+t1+" - đồng chí "+guest+", 90 phút."),
		PL("2. "+t2+" - đồng chí "+chair+", 60 phút."),
		P("Qua thảo luận, các đảng viên thống nhất cao với các quan điểm của Đảng về phát triển bền vững kinh tế biển; đề xuất Nhà nước tiếp tục hỗ trợ ngư dân chuyển đổi nghề, nâng cấp tàu cá và xây dựng khu neo đậu tránh trú bão."),
		PB("III. NHIỆM VỤ THỜI GIAN TỚI"),
		P("1. Tiếp tục tuyên truyền Nghị quyết đến xã viên, ngư dân bằng nhiều hình thức phù hợp, nhất là qua các tổ đoàn kết sản xuất trên biển."),
		P("2. Chi bộ sẽ xây dựng chương trình hành động sau khi có hướng dẫn của Đảng ủy xã, trong đó cụ thể hóa chỉ tiêu sản lượng, an toàn cho người và tàu cá."),
		P("3. Phối hợp Đồn Biên phòng Cà Ná tuyên truyền pháp luật về biển, đảo, không để tàu cá vi phạm vùng biển nước ngoài."),
		P("4. Làm tốt công tác phát triển đảng viên trong xã viên, thuyền trưởng trẻ; phấn đấu trong năm 2021 kết nạp từ 01 đến 02 đảng viên mới."),
		P("Trên đây là báo cáo kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng của Chi bộ HTX Nghề cá Cà Ná./."),
		brk{},
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã Cà Ná (b/c),"), L("- Hội đồng quản trị HTX,"), L("- Lưu Chi bộ.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitPDF(d, "bc-chibo-htx-nghe-ca-ca-na.pdf")
	add("bc-chibo-htx-nghe-ca-ca-na.pdf", "narrative (fpdf)",
		"Fisheries cooperative cell in Ninh Thuận; two pages with the signature alone on page 2; long situation section full of other figures (146 xã viên, 58 tàu, 9.800 tấn); title before the chair's name; `11 trên tổng số 12 đảng viên`; a guest presenter from the commune; action program not yet built.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "03-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Trụ sở HTX Nghề cá Cà Ná", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(guest, "Phó Bí thư Đảng ủy xã Cà Ná"), pp(chair, "Bí thư Chi bộ")},
			Attendance:    att(11, 12, 25),
			Program:       []baocao.ProgramItem{item(t1, guest, 90), item(t2, chair, 60)},
			ActionProgram: notIssued(),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// d1: a ward committee in Nha Trang, typed in Word; two days, four presenters
// in a table whose presenter cells wrap name and title on two lines.
func d1() {
	parent, unit := "Thành ủy Nha Trang", "Đảng ủy phường Vĩnh Trường"
	rep, conf, ap := dt(2021, 4, 12), dt(2021, 3, 30), dt(2021, 4, 8)
	chair, r1, r2, r4 := "Phạm Thị Ngọc Lan", "Đoàn Minh Thư", "Trần Văn Dũng", "Hồ Văn Nam"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong các Văn kiện Đại hội XIII của Đảng"
	t2 := "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030"
	t3 := "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong Văn kiện Đại hội XIII"
	t4 := "Nghị quyết Đại hội đại biểu Đảng bộ thành phố Nha Trang lần thứ XVIII và Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025"
	d := &doc{size: 13}
	d.add(partyHdr(parent, unit, "Số 28-BC/ĐU", "Vĩnh Trường, ngày "+dLong(rep)),
		PC("BÁO CÁO", true),
		PC("kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Thực hiện Kế hoạch số 17-KH/TU của Thành ủy Nha Trang, Đảng ủy phường Vĩnh Trường đã tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, kết quả như sau:"),
		PB("1. Thời gian, địa điểm"),
		P("Trong 02 ngày, từ ngày 30 đến ngày 31/3/2021, tại Hội trường UBND phường Vĩnh Trường, hình thức trực tiếp."),
		PB("2. Thành phần"),
		P("Tổng số đảng viên toàn Đảng bộ là 412 đồng chí; tham dự 389 đồng chí, tỷ lệ "+pct(389, 412, 2)+"%. Hội nghị có 120 quần chúng tiêu biểu là tổ trưởng tổ dân phố, chi hội trưởng các đoàn thể tham dự."),
		P("Đồng chí "+chair+", Bí thư Đảng ủy phường chủ trì hội nghị."),
		PB("3. Chương trình và báo cáo viên"),
		tbl{
			w:        []float64{9, 55, 40, 16},
			head:     []hc{{"STT", 0, 0, 1, 1}, {"Chuyên đề", 0, 1, 1, 1}, {"Báo cáo viên", 0, 2, 1, 1}, {"Thời gian", 0, 3, 1, 1}},
			headRows: 1,
			rows: [][]string{
				{"1", t1, r1 + "\nỦy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy", "120 phút"},
				{"2", t2, r2 + "\nPhó Bí thư Thường trực Đảng ủy", "90 phút"},
				{"3", t3, chair + "\nBí thư Đảng ủy phường", "90 phút"},
				{"4", t4, r4 + "\nPhó Bí thư, Chủ tịch UBND phường", "120 phút"},
			},
			aligns: "CLLC",
		},
		PB("4. Chương trình hành động"),
		P("Ngày "+dSl(ap)+", Ban Chấp hành Đảng bộ phường đã ban hành Chương trình hành động số 12-CTr/ĐU thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ các cấp."),
		PB("5. Đánh giá chung"),
		P("Hội nghị được tổ chức nghiêm túc, đúng kế hoạch của Thành ủy. Các chi bộ tiếp tục tổ chức thảo luận trong sinh hoạt định kỳ tháng 4/2021."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Thường trực Thành ủy (b/c),"), L("- Ban Tuyên giáo Thành ủy,"), L("- Lưu VP.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX2PDF(d, "bc-dang-uy-phuong-vinh-truong.pdf", "VP Dang uy Vinh Truong")
	add("bc-dang-uy-phuong-vinh-truong.pdf", "narrative (Word → PDF)",
		"Ward committee in Nha Trang, Word printed to PDF by LibreOffice; header laid out in a borderless table; `từ ngày 30 đến ngày 31/3/2021`; program table with four presenters, name and title on two lines in one cell, minutes as `120 phút`; action program date given before its number.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "28-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường UBND phường Vĩnh Trường", Form: baocao.InPerson,
			Chair: per(chair, "Bí thư Đảng ủy phường"),
			Reporters: []baocao.Person{pp(r1, "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy"), pp(r2, "Phó Bí thư Thường trực Đảng ủy"),
				pp(chair, "Bí thư Đảng ủy phường"), pp(r4, "Phó Bí thư, Chủ tịch UBND phường")},
			Attendance:    att(389, 412, 120),
			Program:       []baocao.ProgramItem{item(t1, r1, 120), item(t2, r2, 90), item(t3, chair, 90), item(t4, r4, 120)},
			ActionProgram: issued("12-CTr/ĐU", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// d2: the rubber company in Gia Lai; hybrid with nine bridge points, present
// split between points, workers as others.
func d2() {
	parent, unit := "Đảng bộ Khối Doanh nghiệp tỉnh Gia Lai", "Đảng ủy Công ty TNHH MTV Cao su Chư Păh"
	rep, conf := dt(2021, 4, 2), dt(2021, 3, 29)
	chair, dep := "Đặng Văn Hưng", "Ksor Ni Ơ"
	t1 := "Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội Đảng bộ Công ty lần thứ V, nhiệm kỳ 2020 - 2025 gắn với nhiệm vụ sản xuất, kinh doanh cao su năm 2021"
	d := &doc{size: 13}
	h := partyHdr(parent, unit, "Số 52-BC/ĐU", "Chư Păh, ngày "+dLong0(rep))
	h.lw = 0.52
	d.add(h,
		PC("BÁO CÁO", true),
		PC("Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Ngày "+dSl(conf)+", Đảng ủy Công ty TNHH MTV Cao su Chư Păh tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng theo hình thức trực tiếp kết hợp trực tuyến; điểm cầu chính tại Hội trường Văn phòng Công ty, 09 điểm cầu tại các nông trường."),
		P("Đồng chí Bí thư Đảng ủy Công ty "+chair+" chủ trì hội nghị. Báo cáo viên gồm: đồng chí "+dep+", Phó Bí thư Đảng ủy Công ty và đồng chí "+chair+", Bí thư Đảng ủy Công ty."),
		P("Tổng số đảng viên: 356."),
		P("Số đảng viên dự hội nghị: 331 đồng chí (điểm cầu chính 58, các điểm cầu nông trường 273), đạt "+pct(331, 356, 2)+"%."),
		P("Công nhân lao động là quần chúng tham dự: 210 người."),
		P("Nội dung hội nghị:"),
		PL("a) "+t1+" (đồng chí "+dep+"; 120 phút);"),
		PL("b) "+t2+" (đồng chí "+chair+"; 60 phút)."),
		P("Chương trình hành động của Đảng ủy Công ty đang được lấy ý kiến các chi bộ trực thuộc, sẽ ban hành trước ngày 30/4/2021."),
		P("Đánh giá: hội nghị bảo đảm đúng yêu cầu; các nông trường có đông công nhân là người Jrai đã bố trí cán bộ giải thích thêm bằng tiếng dân tộc. Năm 2021, Công ty phấn đấu khai thác 5.200 tấn mủ quy khô."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy Khối Doanh nghiệp tỉnh (b/c),"), L("- Các chi bộ trực thuộc,"), L("- Lưu VP Đảng ủy.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX2PDF(d, "bc-dang-uy-cao-su-chu-pah.pdf", "Dang uy Cong ty")
	add("bc-dang-uy-cao-su-chu-pah.pdf", "narrative (Word → PDF)",
		"Rubber company's committee in Gia Lai, Word to PDF; hybrid with nine bridge points; title before the chair's name; total, present (split between points) and workers as others each in their own sentence; items `a)`/`b)`; action program under consultation (not issued); tonnage figures in the text.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "52-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường Văn phòng Công ty", Form: baocao.Hybrid,
			Chair:         per(chair, "Bí thư Đảng ủy Công ty"),
			Reporters:     []baocao.Person{pp(dep, "Phó Bí thư Đảng ủy Công ty"), pp(chair, "Bí thư Đảng ủy Công ty")},
			Attendance:    att(331, 356, 210),
			Program:       []baocao.ProgramItem{item(t1, dep, 120), item(t2, chair, 60)},
			ActionProgram: notIssued(),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// d3: a village cell in Lâm Đồng; the deputy chairs and signs (K/T).
func d3() {
	parent, unit := "Đảng bộ xã Gia Hiệp", "Chi bộ thôn Hiệp Thạnh 3"
	rep, conf := dt(2021, 4, 14), dt(2021, 4, 9)
	chair, rp := "K'Brèo", "Nguyễn Thị Hằng"
	t1 := "Những nội dung cơ bản của Nghị quyết Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XI"
	d := &doc{size: 13}
	d.add(partyHdr(parent, unit, "Số 06-BC/CB", "Gia Hiệp, ngày "+dHy(rep)),
		PC("BÁO CÁO", true),
		PC("Kết quả tổ chức hội nghị học tập Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Vào lúc 19 giờ 00, ngày "+dHy(conf)+", tại Nhà sinh hoạt cộng đồng thôn Hiệp Thạnh 3, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng; hình thức: trực tiếp."),
		P("Do đồng chí Bí thư Chi bộ đang điều trị bệnh, đồng chí "+chair+", Phó Bí thư Chi bộ chủ trì hội nghị."),
		P("Tổng số đảng viên trong chi bộ là 27; dự hội nghị 25 đồng chí. Ngoài đảng viên còn có 32 quần chúng nhân dân trong thôn đến dự."),
		P("Đồng chí "+rp+", Đảng ủy viên, phụ trách Chi bộ thôn, truyền đạt 2 chuyên đề: "+t1+" (90 phút) và "+t2+" (60 phút)."),
		P("Sau khi nghe truyền đạt, hội nghị đã thảo luận về chuyển đổi cây trồng, phát triển cà phê chất lượng cao và giữ gìn bản sắc văn hóa dân tộc K'Ho."),
		P("Chi bộ kính báo cáo Đảng ủy xã./."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("K/T BÍ THƯ"), LB("PHÓ BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX2PDF(d, "bc-chibo-thon-hiep-thanh-3.pdf", "Chi bo Hiep Thanh 3")
	add("bc-chibo-thon-hiep-thanh-3.pdf", "narrative (Word → PDF)",
		"Village cell in Lâm Đồng, Word to PDF; `19 giờ 00, ngày 9-4-2021`; a K'Ho name with an apostrophe; the deputy secretary chairs (the secretary is ill) and signs under `K/T BÍ THƯ / PHÓ BÍ THƯ`; total and present without a rate; two topics inline in one sentence with minutes in brackets; no action program mentioned.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "06-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà sinh hoạt cộng đồng thôn Hiệp Thạnh 3", Form: baocao.InPerson,
			Chair:      per(chair, "Phó Bí thư Chi bộ"),
			Reporters:  []baocao.Person{pp(rp, "Đảng ủy viên, phụ trách Chi bộ thôn")},
			Attendance: att(25, 27, 32),
			Program:    []baocao.ProgramItem{item(t1, rp, 90), item(t2, rp, 60)},
			Signer:     per(chair, "Phó Bí thư"),
			Source:     baocao.Source{Page: 1},
		})
}

// d4: a primary-school cell in Phú Yên; only the absentees are given.
func d4() {
	parent, unit := "Đảng bộ xã An Ninh Đông", "Chi bộ Trường Tiểu học số 2 An Ninh Đông"
	rep, conf, ap := dt(2021, 4, 6), dt(2021, 4, 3), dt(2021, 4, 5)
	chair, dep := "Huỳnh Văn Lợi", "Trần Thị Mỹ Duyên"
	t1 := "Những nội dung cơ bản, điểm mới của Văn kiện Đại hội XIII của Đảng"
	t2 := "Quan điểm, mục tiêu phát triển giáo dục và đào tạo trong Văn kiện Đại hội XIII"
	d := &doc{size: 13}
	h := partyHdr(parent, unit, "Số 05-BC/CB", "An Ninh Đông, ngày "+dLong0(rep))
	h.lw = 0.5
	d.add(h,
		PC("BÁO CÁO", true),
		PC("Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Ngày "+dSlD(conf)+", tại Phòng họp Trường Tiểu học số 2 An Ninh Đông, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng theo hình thức trực tiếp, do đồng chí "+chair+", Bí thư Chi bộ chủ trì."),
		P("Chi bộ hiện có 15 đảng viên; vắng 01 đồng chí (nghỉ chế độ thai sản). Cùng dự có 20 giáo viên, nhân viên là quần chúng."),
		P("Báo cáo viên: đ/c "+chair+" - Bí thư Chi bộ và đ/c "+dep+" - Phó Bí thư Chi bộ. Nội dung:"),
		PL("- "+t1+": đ/c "+chair+", 90 phút."),
		PL("- "+t2+": đ/c "+dep+", 45 phút."),
		P("Chi bộ đã ban hành Chương trình hành động số 02-CTr/CB ngày "+dSl(ap)+"."),
		P("Nhìn chung, đảng viên và quần chúng tiếp thu tốt, liên hệ với nhiệm vụ đổi mới chương trình giáo dục phổ thông 2018."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã (b/c);"), L("- Lưu CB.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX2PDF(d, "bc-chibo-tieu-hoc-so-2-an-ninh-dong.pdf", "Truong TH so 2")
	add("bc-chibo-tieu-hoc-so-2-an-ninh-dong.pdf", "narrative (Word → PDF)",
		"Primary-school cell in Phú Yên, Word to PDF; date `03/4/2021` with a padded day; chair in the same sentence as time and place; only total and absentees (`15 đảng viên; vắng 01`: members_present 14 derived); `Báo cáo viên:` line naming two, then `topic: đ/c Name, 90 phút` items; action program issued.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "05-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Phòng họp Trường Tiểu học số 2 An Ninh Đông", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Chi bộ"), pp(dep, "Phó Bí thư Chi bộ")},
			Attendance:    att(14, 15, 20),
			Program:       []baocao.ProgramItem{item(t1, chair, 90), item(t2, dep, 45)},
			ActionProgram: issued("02-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// d5: a plei cell in Gia Lai; no program list; action program not built.
func d5() {
	parent, unit := "Đảng bộ xã Ia Kla", "Chi bộ plei Bi"
	rep, conf := dt(2021, 4, 21), dt(2021, 4, 16)
	chair, rp := "Rah Lan Chung", "Siu H'Brin"
	d := &doc{size: 13}
	d.add(partyHdr(parent, unit, "Số 04-BC/CB", "Ia Kla, ngày "+dLong(rep)),
		PC("BÁO CÁO", true),
		PC("Về việc tổ chức học tập Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Thực hiện chỉ đạo của Đảng ủy xã Ia Kla, ngày "+dLong(conf)+", Chi bộ plei Bi tổ chức hội nghị học tập Nghị quyết Đại hội XIII của Đảng tại Nhà rông plei Bi, hình thức trực tiếp."),
		P("Đồng chí "+chair+", Bí thư Chi bộ chủ trì. Hội nghị nghe đồng chí "+rp+", Đảng ủy viên, Phó Chủ tịch UBND xã truyền đạt nội dung Nghị quyết bằng tiếng Việt và tiếng Jrai để bà con dễ hiểu, dễ nhớ."),
		P("Chi bộ có 19 đảng viên, có mặt 17, vắng 2. Có 46 quần chúng nhân dân trong plei đến dự."),
		P("Chi bộ chưa xây dựng chương trình hành động; sẽ hoàn thành sau khi Đảng ủy xã ban hành chương trình hành động của Đảng bộ."),
		P("Kiến nghị: đề nghị cấp trên hỗ trợ tài liệu tuyên truyền bằng tiếng Jrai."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã Ia Kla,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX2PDF(d, "bc-chibo-plei-bi-ia-kla.pdf", "Chi bo plei Bi")
	add("bc-chibo-plei-bi-ia-kla.pdf", "narrative (Word → PDF)",
		"Plei cell in Gia Lai, Word to PDF; short; Jrai names (`Siu H'Brin`); the presenter is not the chair and has two titles; `có 19 đảng viên, có mặt 17, vắng 2` without rate; no agenda list (no program in the truth); action program `chưa xây dựng`.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "04-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà rông plei Bi", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Đảng ủy viên, Phó Chủ tịch UBND xã")},
			Attendance:    att(17, 19, 46),
			ActionProgram: notIssued(),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
}

// x1: the district committee office's cell on Lý Sơn island, kept as .docx.
func x1() {
	parent, unit := "Đảng bộ huyện Lý Sơn", "Chi bộ Văn phòng Huyện ủy"
	rep, conf, ap := dt(2021, 3, 23), dt(2021, 3, 18), dt(2021, 3, 22)
	chair := "Võ Thị Mỹ Lệ"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ huyện Lý Sơn lần thứ VI, nhiệm kỳ 2020 - 2025"
	t3 := "Thảo luận, đăng ký nội dung làm theo"
	d := &doc{size: 13}
	d.add(partyHdr(parent, unit, "Số 11-BC/CB", "Lý Sơn, ngày "+dLong(rep)),
		PC("BÁO CÁO", true),
		PC("Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("Sáng ngày "+dSl(conf)+", tại Phòng họp Ban Thường vụ Huyện ủy, Chi bộ Văn phòng Huyện ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng (hình thức trực tiếp)."),
		P("Đồng chí "+chair+" - Bí thư Chi bộ chủ trì và trực tiếp quán triệt Nghị quyết."),
		P("Số đảng viên của chi bộ: 16 đồng chí. Có mặt: 15 đồng chí, đạt "+pct(15, 16, 1)+"% (01 đồng chí đi công tác đất liền)."),
		P("Chương trình hội nghị:"),
		tbl{
			w:        []float64{9, 62, 30, 18},
			head:     []hc{{"STT", 0, 0, 1, 1}, {"Nội dung", 0, 1, 1, 1}, {"Người trình bày", 0, 2, 1, 1}, {"Thời gian (phút)", 0, 3, 1, 1}},
			headRows: 1,
			rows: [][]string{
				{"1", t1, chair, "120"},
				{"2", t2, chair, "60"},
				{"3", t3, "", "30"},
			},
			aligns: "CLCC",
		},
		P("Chi bộ đã ban hành Chương trình hành động số 04-CTr/CB ngày "+dSl(ap)+" thực hiện Nghị quyết."),
		P("Chi bộ báo cáo Đảng ủy Khối và Ban Thường vụ Huyện ủy theo dõi./."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- BTV Huyện ủy (b/c),"), L("- Lưu CB.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX(d, "bc-chibo-van-phong-huyen-uy-ly-son.docx", "Van phong Huyen uy")
	add("bc-chibo-van-phong-huyen-uy-ly-son.docx", "narrative (.docx)",
		"Cell of the district committee's office on Lý Sơn island, left as .docx; `Sáng ngày 18/3/2021`; `Có mặt: 15 đồng chí, đạt 93,8%` rounded to one decimal; program table with an item without presenter; action program issued.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "11-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Phòng họp Ban Thường vụ Huyện ủy", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Chi bộ")},
			Attendance:    att(15, 16, 0),
			Program:       []baocao.ProgramItem{item(t1, chair, 120), item(t2, chair, 60), item(t3, "", 30)},
			ActionProgram: issued("04-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
		})
}

// x2: a commune committee in Bình Định, .docx; merged header cells in the
// program table (presenter name and position in two columns).
func x2() {
	parent, unit := "Huyện ủy Phù Cát", "Đảng ủy xã Cát Khánh"
	rep, conf, ap := dt(2021, 4, 14), dt(2021, 4, 7), dt(2021, 4, 12)
	chair, guest := "Nguyễn Hữu Tài", "Đặng Thị Xuân Mai"
	t1 := "Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ huyện Phù Cát lần thứ XXI và Nghị quyết Đại hội Đảng bộ xã Cát Khánh nhiệm kỳ 2020 - 2025"
	d := &doc{size: 13}
	d.add(partyHdr(parent, unit, "Số 47-BC/ĐU", "Cát Khánh, ngày "+dLong(rep)),
		PC("BÁO CÁO", true),
		PC("Kết quả tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		PB("I. TÌNH HÌNH TỔ CHỨC"),
		P("Ngày "+dSlD(conf)+", tại Hội trường Trung tâm Văn hóa - Thể thao xã, Đảng ủy xã Cát Khánh tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng theo hình thức trực tiếp. Đồng chí "+chair+", Bí thư Đảng ủy xã chủ trì hội nghị."),
		P("Tham dự hội nghị có 268/281 đảng viên, đạt tỷ lệ "+pct(268, 281, 2)+"%, cùng 47 đại biểu là quần chúng ưu tú, trưởng thôn, chi hội trưởng."),
		P("Nội dung, báo cáo viên và thời lượng:"),
		tbl{
			w: []float64{6, 50, 24, 28, 14},
			head: []hc{{"TT", 0, 0, 2, 1}, {"Nội dung", 0, 1, 2, 1}, {"Báo cáo viên", 0, 2, 1, 2}, {"Thời lượng", 0, 4, 2, 1},
				{"Họ và tên", 1, 2, 1, 1}, {"Chức vụ", 1, 3, 1, 1}},
			headRows: 2,
			rows: [][]string{
				{"1", t1, guest, "UVBTV, Trưởng Ban Tuyên giáo Huyện ủy", "150 phút"},
				{"2", t2, chair, "Bí thư Đảng ủy xã", "90 phút"},
			},
			aligns: "CLLLC",
		},
		PB("II. KẾT QUẢ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG"),
		P("Ban Chấp hành Đảng bộ xã đã ban hành Chương trình hành động số 31-CTr/ĐU ngày "+dSl(ap)+" thực hiện Nghị quyết Đại hội XIII của Đảng, trong đó xác định 3 khâu đột phá: phát triển nghề cá, du lịch biển và xây dựng nông thôn mới nâng cao."),
		P("Các chi bộ thôn tiếp tục tổ chức quán triệt cho đảng viên vắng mặt trong kỳ sinh hoạt tháng 4/2021./."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Ban Thường vụ Huyện ủy (b/c),"), L("- Ban Tuyên giáo Huyện ủy,"), L("- Lưu VP.")},
			right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX(d, "bc-dang-uy-xa-cat-khanh.docx", "Dang uy xa Cat Khanh")
	add("bc-dang-uy-xa-cat-khanh.docx", "narrative (.docx)",
		"Commune committee in Bình Định, .docx; `268/281 đảng viên, đạt tỷ lệ 95,37%, cùng 47 đại biểu là quần chúng`; program table with merged header cells (`Báo cáo viên` over `Họ và tên` / `Chức vụ`), an abbreviated title (`UVBTV, …`); action program issued.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "47-BC/ĐU", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường Trung tâm Văn hóa - Thể thao xã", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Đảng ủy xã"),
			Reporters:     []baocao.Person{pp(guest, "UVBTV, Trưởng Ban Tuyên giáo Huyện ủy"), pp(chair, "Bí thư Đảng ủy xã")},
			Attendance:    att(268, 281, 47),
			Program:       []baocao.ProgramItem{item(t1, guest, 150), item(t2, chair, 90)},
			ActionProgram: issued("31-CTr/ĐU", ap),
			Signer:        per(chair, "Bí thư"),
		})
}

// x3: a clinic cell in Ninh Thuận (Raglai names), .docx; labelled short lines.
func x3() {
	parent, unit := "Đảng bộ xã Phước Bình", "Chi bộ Phòng khám Đa khoa khu vực Phước Bình"
	rep, conf := dt(2021, 4, 20), dt(2021, 4, 15)
	chair, rp := "Pinăng Thị Hoa", "Katơr Văn Bi"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số theo tinh thần Nghị quyết Đại hội XIII"
	d := &doc{size: 13}
	h := partyHdr(parent, unit, "Số 02-BC/CB", "Phước Bình, ngày "+dSl(rep))
	h.lw = 0.5
	d.add(h,
		PC("BÁO CÁO", true),
		PC("kết quả tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		PM("b:Thời gian: ", "ngày "+dSl(conf)+"."),
		PM("b:Địa điểm: ", "Hội trường Phòng khám."),
		PM("b:Hình thức: ", "trực tiếp, bảo đảm phòng, chống dịch Covid-19."),
		PM("b:Chủ trì: ", "đồng chí "+chair+", Bí thư Chi bộ."),
		PM("b:Báo cáo viên: ", "đồng chí "+rp+", Phó Bí thư Đảng ủy xã Phước Bình."),
		PM("b:Thành phần: ", "Chi bộ có 9 đảng viên. Dự hội nghị: 8 đồng chí; 01 đồng chí vắng do trực cấp cứu. Mời dự: 04 viên chức là quần chúng."),
		PM("b:Nội dung: ", "quán triệt Chuyên đề 1 \""+t1+"\" (90 phút) và Chuyên đề 2 \""+t2+"\" (60 phút), do đồng chí "+rp+" trình bày."),
		P("Qua hội nghị, đảng viên, viên chức nâng cao nhận thức, gắn với nhiệm vụ khám, chữa bệnh cho đồng bào Raglai trên địa bàn."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã Phước Bình;"), L("- Lưu.")},
			right: []ln{LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	emitDOCX(d, "bc-chibo-phong-kham-phuoc-binh.docx", "PKDKKV Phuoc Binh")
	add("bc-chibo-phong-kham-phuoc-binh.docx", "narrative (.docx)",
		"Regional clinic cell in Ninh Thuận (Raglai names), .docx; bold labels `Thời gian:`, `Địa điểm:`, `Chủ trì:`, `Báo cáo viên:`, `Thành phần:` run into the text; `Dự hội nghị: 8 đồng chí` after `Chi bộ có 9 đảng viên`; others as `Mời dự: 04 viên chức là quần chúng`; two quoted topics with one presenter; signed `BÍ THƯ` without T/M; no action program mentioned.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "02-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường Phòng khám", Form: baocao.InPerson,
			Chair:      per(chair, "Bí thư Chi bộ"),
			Reporters:  []baocao.Person{pp(rp, "Phó Bí thư Đảng ủy xã Phước Bình")},
			Attendance: att(8, 9, 4),
			Program:    []baocao.ProgramItem{item(t1, rp, 90), item(t2, rp, 60)},
			Signer:     per(chair, "Bí thư"),
		})
}

// x4: a neighbourhood cell in Tuy Hòa, .docx typed with a decomposing keyboard
// (the whole text in NFD); two-day hybrid conference "03-04/4/2021".
func x4() {
	parent, unit := "Đảng bộ Phường 7", "Chi bộ Khu phố 3"
	rep, conf, ap := dt(2021, 4, 8), dt(2021, 4, 3), dt(2021, 4, 7)
	chair, rp := "Trần Văn Mười", "Lê Thị Ánh Tuyết"
	t1 := "Những nội dung cơ bản, điểm mới nổi bật trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII"
	d := &doc{size: 13}
	d.add(partyHdr(parent, unit, "Số 10-BC/CB", "Tuy Hòa, ngày "+dLong0(rep)),
		PC("BÁO CÁO", true),
		PC("Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true),
		PC("-----", false),
		P("1. Thời gian: trong 2 ngày 03-04/4/2021."),
		P("2. Địa điểm: Hội trường khu phố 3."),
		P("3. Hình thức: kết hợp (trực tiếp tại hội trường và trực tuyến cho đảng viên cao tuổi theo dõi tại nhà)."),
		P("4. Chủ trì: Đ/c "+chair+" - Bí thư Chi bộ."),
		P("5. Thành phần: Tổng số đảng viên: 58 đ/c. Tham dự: 52 đ/c, đạt "+pct(52, 58, 2)+"%. Quần chúng: 35 người."),
		P("6. Nội dung và báo cáo viên:"),
		PL("6.1. "+t1+" - Đ/c "+rp+", Đảng ủy viên, Phó Chủ tịch UBND phường - 120 phút."),
		PL("6.2. "+t2+" - Đ/c "+chair+", Bí thư Chi bộ - 90 phút."),
		P("7. Chương trình hành động: Chi bộ đã xây dựng, ban hành Chương trình hành động số 06-CTr/CB ngày "+dSl(ap)+"."),
		P("8. Đánh giá: hội nghị đạt yêu cầu; các tổ đảng tiếp tục phổ biến đến hộ gia đình."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- ĐU Phường 7,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	nfd(d)
	emitDOCX(d, "bc-chibo-khu-pho-3-phuong-7.docx", "Chi bo KP3")
	add("bc-chibo-khu-pho-3-phuong-7.docx", "narrative (.docx)",
		"Neighbourhood cell in Tuy Hòa, .docx whose whole text is in decomposed Unicode (NFD); numbered items `1. Thời gian:` … `8.`; two-day range `03-04/4/2021`; hybrid; `Tổng số đảng viên: 58 đ/c. Tham dự: 52 đ/c`; sub-numbered topics `6.1.` with presenter, title and minutes.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "10-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Hội trường khu phố 3", Form: baocao.Hybrid,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Đảng ủy viên, Phó Chủ tịch UBND phường"), pp(chair, "Bí thư Chi bộ")},
			Attendance:    att(52, 58, 35),
			Program:       []baocao.ProgramItem{item(t1, rp, 120), item(t2, chair, 90)},
			ActionProgram: issued("06-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
		})
}

// nfd decomposes every text of the document (the truth stays NFC).
func nfd(d *doc) {
	f := func(s string) string { return norm.NFD.String(s) }
	fl := func(ls []ln) {
		for i := range ls {
			ls[i].t = f(ls[i].t)
		}
	}
	for i, b := range d.blocks {
		switch x := b.(type) {
		case hdr:
			fl(x.left)
			fl(x.right)
		case sig:
			fl(x.left)
			fl(x.right)
		case par:
			for j := range x.segs {
				x.segs[j].t = f(x.segs[j].t)
			}
		case tbl:
			for j := range x.head {
				x.head[j].t = f(x.head[j].t)
			}
			for _, r := range x.rows {
				for k := range r {
					r[k] = f(r[k])
				}
			}
		}
		d.blocks[i] = b
	}
}
