package main

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"time"
)

type role struct{ name, title string }

func dur(min int, hours bool) string {
	if !hours {
		return itoa(min) + " phút"
	}
	h := strings.Replace(fmt.Sprintf("%g", float64(min)/60), ".", ",", 1)
	return h + " giờ"
}

// buildNarr makes narrative report i and its truth record.
func buildNarr(i int, r *rand.Rand) (*Doc, M) {
	pl := places[i%len(places)]
	rec := M{"unit": pl.Unit, "parent_unit": pl.Parent}
	conf := day(4+r.Intn(3), 3+r.Intn(20))
	rep := conf.AddDate(0, 0, 3+r.Intn(8))
	num := itoa(5 + r.Intn(60))
	d := &Doc{Serif: []string{"dejavu", "liberation"}[i%2]}
	kind := "chi bộ"
	sec, dep := role{person(r), "Bí thư Chi bộ"}, role{person(r), "Phó Bí thư Chi bộ"}
	signT := []string{"T/M CHI BỘ", "BÍ THƯ"}
	if pl.Big {
		kind = "đảng bộ"
		sec, dep = role{sec.name, "Bí thư Đảng ủy"}, role{dep.name, "Phó Bí thư Thường trực Đảng ủy"}
		signT = []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}
	}
	if pl.Party {
		committee := pl.Unit
		if pl.Big {
			committee = strings.Replace(pl.Unit, "Đảng bộ", "Đảng ủy", 1)
		}
		d.Left = []string{up(pl.Parent), up(committee)}
		d.Right = []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}
		rec["doc_number"] = num + "-BC/" + pl.Sym
		d.PlaceDate = pl.Town + ", " + dLong(rep)
		if i%3 == 1 {
			d.PlaceDate = pl.Town + ", ngày " + dHyph(rep)
		}
	} else {
		kind = "cơ quan"
		head := map[string]string{"PGDĐT": "Trưởng phòng", "BQL": "Trưởng ban", "TTYT": "Giám đốc"}[pl.Sym]
		sec, dep = role{person(r), head}, role{person(r), "Phó " + strings.ToLower(head[:1]) + head[1:]}
		signT = []string{up(head)}
		d.Left = []string{up(pl.Parent), up(pl.Unit)}
		d.Right = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}
		rec["doc_number"] = num + "/BC-" + pl.Sym
		d.PlaceDate = pl.Town + ", ngày " + fmt.Sprintf("%02d", rep.Day()) + " tháng " + fmt.Sprintf("%02d", int(rep.Month())) + " năm 2021"
	}
	d.Num = "Số " + rec["doc_number"].(string)
	if i%4 == 2 {
		d.Num = "Số: " + rec["doc_number"].(string)
	}
	rec["report_date"] = iso(rep)
	d.Title = []string{"BÁO CÁO", "Kết quả tổ chức hội nghị học tập, quán triệt, triển khai", "thực hiện Nghị quyết Đại hội XIII của Đảng"}
	// cited documents come first, with their own dates
	plan := conf.AddDate(0, 0, -10-r.Intn(15))
	cite := fmt.Sprintf("Thực hiện Chỉ thị số 01-CT/TW ngày 09-3-2021 của Bộ Chính trị; Kế hoạch số %d-KH/%s ngày %s của %s về tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, %s báo cáo kết quả như sau:",
		10+r.Intn(80), map[bool]string{true: "HU", false: "ĐU"}[strings.HasPrefix(pl.Parent, "Huyện")], dSlash(plan), pl.Parent, pl.Unit)
	if !pl.Party {
		cite = fmt.Sprintf("Căn cứ Hướng dẫn số %d-HD/BTGTU ngày %s của Ban Tuyên giáo và Kế hoạch số %d/KH-UBND ngày %s của %s, %s báo cáo kết quả tổ chức hội nghị như sau:",
			3+r.Intn(20), dSlash(plan.AddDate(0, 0, -5)), 40+r.Intn(100), dSlash(plan), pl.Parent, pl.Unit)
	}
	d.Body = append(d.Body, Block{Kind: "p", Text: cite}, Block{Kind: "b", Text: "I. CÔNG TÁC TỔ CHỨC HỘI NGHỊ"})
	// date, place, form
	var when string
	rec["conference_date"] = iso(conf)
	switch i % 4 {
	case 0:
		when = "Vào lúc 7 giờ 30 phút " + dLong(conf)
	case 1:
		when = fmt.Sprintf("Trong 02 ngày %d và %d/%d/2021", conf.Day(), conf.AddDate(0, 0, 1).Day(), int(conf.Month()))
	case 2:
		when = fmt.Sprintf("Sáng ngày %d tháng %d\rnăm 2021", conf.Day(), int(conf.Month()))
	default:
		when = "Ngày " + dSlash(conf)
	}
	loc := pl.Loc
	rec["location"] = loc
	var formTxt string
	switch i % 5 {
	case 0, 3:
		formTxt = "theo hình thức trực tiếp"
		rec["form"] = "in_person"
	case 1:
		formTxt = "theo hình thức trực tuyến, điểm cầu chính đặt tại " + loc + ", kết nối tới các điểm cầu của chi bộ trực thuộc"
		rec["form"] = "online"
	case 2:
		formTxt = "kết hợp trực tiếp và trực tuyến"
		rec["form"] = "hybrid"
	default:
		formTxt = ""
	}
	s := when + ", tại " + loc + ", " + pl.Unit + " đã tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"
	if i%4 == 1 || rec["form"] == "online" {
		s = when + ", " + pl.Unit + " tổ chức hội nghị quán triệt, triển khai Nghị quyết Đại hội XIII " + formTxt + "."
		if rec["form"] != "online" {
			s += " Địa điểm: " + loc + "."
		}
	} else if formTxt != "" {
		s += " " + formTxt + "."
	} else {
		s += "."
	}
	d.Body = append(d.Body, Block{Kind: "p", Text: s})
	// chair
	chair := sec
	if i%6 == 5 {
		chair = dep
	}
	rec["chair"] = M{"name": chair.name, "title": chair.title}
	cw := []string{"Đồng chí ", "Đ/c ", "Đc "}[i%3]
	if i%2 == 0 {
		d.Body = append(d.Body, Block{Kind: "p", Text: cw + chair.name + ", " + chair.title + " chủ trì hội nghị."})
	} else {
		d.Body = append(d.Body, Block{Kind: "p", Text: "Chủ trì hội nghị: " + cw + chair.name + ", " + chair.title + "."})
	}
	// attendance
	tot := 12 + r.Intn(40)
	if pl.Big {
		tot = 150 + r.Intn(300)
	}
	abs := 1 + r.Intn(4)
	if pl.Big {
		abs = 5 + r.Intn(20)
	}
	pres := tot - abs
	oth := r.Intn(30)
	att := M{"members_present": pres, "members_total": tot, "rate": rate(pres, tot)}
	var at Block
	switch {
	case pl.Big && i%5 != 3:
		at = Block{Kind: "p", Text: fmt.Sprintf("Toàn Đảng bộ hiện có %d đảng viên, sinh hoạt tại %d chi bộ trực thuộc. Tham dự hội nghị có %d đồng chí đảng viên, đạt %s; ngoài ra còn có %d quần chúng ưu tú, cán bộ không chuyên trách dự.", tot, 8+r.Intn(15), pres, pct(pres, tot), oth)}
		att["others"] = oth
	case i%5 == 0:
		at = Block{Kind: "p", Text: fmt.Sprintf("Tổng số đảng viên của %s là %d đồng chí.\rCó mặt tại hội nghị %d đ/c; vắng %d đ/c (có lý do).", kind, tot, pres, abs)}
	case i%5 == 1:
		at = Block{Kind: "p", Text: fmt.Sprintf("Hội nghị có %d/%d ĐV tham dự (đạt %s), cùng %d quần chúng là cán bộ, nhân viên.", pres, tot, pct(pres, tot), oth)}
		att["others"] = oth
	case i%5 == 2:
		reasons := []string{"đi công tác", "ốm", "việc gia đình", "đi học tập trung"}
		var parts []string
		for k := 0; k < abs; k++ {
			parts = append(parts, "01 đ/c "+reasons[k%len(reasons)])
		}
		at = Block{Kind: "p", Text: fmt.Sprintf("%s có %d đảng viên. Vắng mặt %d đồng chí (%s), đều có báo cáo xin phép.", strings.ToUpper(kind[:1])+kind[1:], tot, abs, strings.Join(parts, ", "))}
	case i%5 == 3:
		d.Body = append(d.Body, Block{Kind: "p", Text: "Thành phần dự hội nghị như sau:"})
		at = Block{Kind: "t", Widths: []float64{45, 35, 30, 30, 30}, Rows: [][]string{
			{"Tổng số đảng viên", "Đảng viên dự", "Vắng", "Tỷ lệ", "Quần chúng"},
			{itoa(tot), itoa(pres), itoa(abs), pct(pres, tot), itoa(oth)}}}
		att["others"] = oth
	default:
		at = Block{Kind: "p", Text: fmt.Sprintf("Số đv tham gia hội nghị: %d đồng chí trên tổng số %d đv của %s.", pres, tot, kind)}
	}
	rec["attendance"] = att
	d.Body = append(d.Body, at)
	// program
	nt := 2 + r.Intn(3)
	hours := i%3 == 1
	var prog []M
	var reps []M
	seen := map[string]bool{}
	rows := [][]string{[][]string{{"TT", "Nội dung chuyên đề", "Người trình bày", "Thời lượng"}, {"STT", "Chuyên đề", "Báo cáo viên", "Thời gian"}, {"Số TT", "Nội dung", "Đồng chí trình bày", "Thời gian (phút)"}}[i%3]}
	var lines []string
	start := r.Intn(4)
	for k := 0; k < nt; k++ {
		p := sec
		if k%2 == 1 {
			p = dep
		}
		min := []int{30, 60, 90, 120, 150}[r.Intn(5)]
		tp := topics[(start+k)%len(topics)]
		prog = append(prog, M{"topic": tp, "presenter": p.name, "minutes": min})
		if !seen[p.name] {
			seen[p.name] = true
			reps = append(reps, M{"name": p.name, "title": p.title})
		}
		ab := []string{"Đ/c ", "đ/c ", "Đc "}[(i+k)%3]
		ds := dur(min, hours)
		if i%3 == 2 {
			ds = itoa(min)
		}
		rows = append(rows, []string{itoa(k + 1), tp, ab + p.name + ", " + p.title, ds})
		lines = append(lines, fmt.Sprintf("- %s%s, %s trình bày: %s (thời lượng %s);", ab, p.name, p.title, tp, dur(min, hours)))
	}
	rec["program"], rec["reporters"] = prog, reps
	if i%4 == 3 {
		d.Body = append(d.Body, Block{Kind: "p", Text: "Nội dung chương trình hội nghị gồm:\n" + strings.Join(lines, "\n")})
	} else {
		d.Body = append(d.Body, Block{Kind: "p", Text: "Chương trình hội nghị:"}, Block{Kind: "t", Rows: rows, Widths: []float64{12, 78, 50, 30}})
	}
	d.Body = append(d.Body, Block{Kind: "b", Text: "II. KẾT QUẢ"},
		Block{Kind: "p", Text: "Hội nghị diễn ra nghiêm túc, đúng chương trình. Các đồng chí dự hội nghị tập trung lắng nghe, ghi chép đầy đủ; nhiều ý kiến thảo luận sôi nổi, gắn nội dung Nghị quyết với nhiệm vụ chính trị của " + kind + " và tình hình thực tế ở cơ sở."})
	if i%3 == 0 {
		d.Body = append(d.Body, Block{Kind: "p", Text: longText})
	}
	// action program
	ap := conf.AddDate(0, 0, 2+r.Intn(10))
	apn := fmt.Sprintf("%02d-CTr/%s", 1+r.Intn(20), pl.Sym)
	if !pl.Party {
		apn = fmt.Sprintf("%d/KH-%s", 20+r.Intn(90), pl.Sym)
	}
	switch i % 7 {
	case 0, 3:
		rec["action_program"] = M{"issued": true, "number": apn, "date": iso(ap)}
		d.Body = append(d.Body, Block{Kind: "p", Text: "Sau hội nghị, " + kind + " đã xây dựng và ban hành Chương trình hành động số " + apn + " ngày " + dSlash(ap) + " để thực hiện Nghị quyết sát với điều kiện của đơn vị."})
	case 1, 4:
		rec["action_program"] = M{"issued": true, "number": apn, "date": iso(ap)}
		d.Body = append(d.Body, Block{Kind: "p", Text: "Ngày " + dHyph(ap) + ", " + pl.Unit + " ban hành Chương trình hành động số " + apn + " thực hiện Nghị quyết Đại hội XIII."})
	case 2, 5:
		rec["action_program"] = M{"issued": false}
		d.Body = append(d.Body, Block{Kind: "p", Text: "Hiện nay " + kind + " đang hoàn chỉnh dự thảo Chương trình hành động, chưa ban hành; dự kiến ban hành trong tháng " + itoa(int(rep.Month())) + "/2021."})
	}
	d.Body = append(d.Body, Block{Kind: "b", Text: "III. ĐỀ XUẤT, KIẾN NGHỊ"},
		Block{Kind: "p", Text: "Đề nghị cấp ủy cấp trên tiếp tục cung cấp tài liệu, sách hỏi - đáp về Văn kiện Đại hội XIII để đảng viên nghiên cứu thêm.\nTrên đây là báo cáo kết quả tổ chức hội nghị của " + pl.Unit + "./."})
	signer := sec
	if i%8 == 7 && pl.Party {
		signer = dep
		signT = []string{signT[0], "PHÓ BÍ THƯ"}
	}
	tt := map[string]string{"BÍ THƯ": "Bí thư", "PHÓ BÍ THƯ": "Phó Bí thư", "TRƯỞNG PHÒNG": "Trưởng phòng", "TRƯỞNG BAN": "Trưởng ban", "GIÁM ĐỐC": "Giám đốc"}[signT[len(signT)-1]]
	rec["signer"] = M{"name": signer.name, "title": tt}
	d.Sign, d.Signer = signT, signer.name
	d.Recv = []string{"- " + pl.Parent + " (b/c),", "- Lưu " + map[bool]string{true: "chi bộ", false: "VT"}[pl.Party && !pl.Big] + "."}
	return d, rec
}

const longText = "Qua thảo luận, các đồng chí thống nhất cao với những nội dung cơ bản của Nghị quyết, nhất là quan điểm phát huy ý chí, khát vọng phát triển đất nước phồn vinh, hạnh phúc; tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh. Nhiều ý kiến đề nghị cụ thể hóa Nghị quyết thành các phần việc thiết thực như phát triển kinh tế hộ, giữ gìn an ninh trật tự, bảo vệ đường biên, mốc giới, xây dựng nông thôn mới, chăm lo sức khỏe nhân dân và nâng cao chất lượng giáo dục.\nBên cạnh kết quả đạt được, việc tổ chức hội nghị còn một số hạn chế: thời gian thảo luận chưa nhiều, một số đảng viên lớn tuổi, ở xa còn gặp khó khăn trong việc tiếp cận tài liệu; việc liên hệ với thực tiễn của một vài ý kiến chưa sâu. Chi ủy đã chỉ đạo các tổ đảng tiếp tục tổ chức trao đổi trong sinh hoạt chi bộ định kỳ hằng tháng, đồng thời phân công đảng viên phụ trách hộ gia đình để tuyên truyền Nghị quyết đến quần chúng nhân dân.\nThời gian tới, chi ủy tiếp tục lãnh đạo triển khai thực hiện Nghị quyết gắn với thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đưa việc thực hiện Nghị quyết vào nội dung đánh giá, xếp loại đảng viên cuối năm."

func makeNarratives(r *rand.Rand) {
	var htmlPDF, htmlDOCX []string
	pending := map[string]M{}
	texts := map[string]string{}
	for i := 0; i < 24; i++ {
		d, rec := buildNarr(i, r)
		name := fmt.Sprintf("bc-%02d-%s", i+1, slug(rec["unit"].(string)))
		texts[name] = d.text()
		cls := classes(i, d, rec)
		switch {
		case i < 7:
			renderPDF(d, filepath.Join(outDir, name+".pdf"))
			writeTruth(name+".pdf", "pdf", false, []M{rec}, d.text())
			note(name+".pdf", "báo cáo tường thuật, PDF vẽ bằng fpdf; "+cls)
		case i < 14:
			htmlPDF = append(htmlPDF, renderHTML(d, name))
			pending[name+".pdf"] = rec
			note(name+".pdf", "báo cáo tường thuật, PDF từ LibreOffice (HTML); "+cls)
		case i < 22:
			htmlDOCX = append(htmlDOCX, renderHTML(d, name))
			pending[name+".docx"] = rec
			note(name+".docx", "báo cáo tường thuật, Word .docx từ LibreOffice; "+cls)
		default:
			p := filepath.Join(tmpDir, name+".pdf")
			renderPDF(d, p)
			scan(p, filepath.Join(outDir, name+"-scan.pdf"), int64(i))
			writeTruth(name+"-scan.pdf", "pdf", true, []M{rec}, d.text())
			note(name+"-scan.pdf", "bản scan (ảnh, không có lớp chữ), xoay nhẹ và nhiễu; "+cls)
		}
	}
	soffice("pdf:writer_pdf_Export", outDir, "HTML (StarWriter)", htmlPDF...)
	soffice("docx:MS Word 2007 XML", outDir, "HTML (StarWriter)", htmlDOCX...)
	for n, rec := range pending {
		f := strings.TrimPrefix(filepath.Ext(n), ".")
		writeTruth(n, f, false, []M{rec}, texts[strings.TrimSuffix(n, "."+f)])
	}
}

func classes(i int, d *Doc, rec M) string {
	c := []string{[]string{"ngày hội nghị trong câu", "hội nghị 2 ngày", "ngày bị ngắt dòng", "ngày dạng dd/mm/yyyy"}[i%4],
		[]string{"có mặt/vắng trong câu riêng", "tỷ lệ dạng 31/33 ĐV", "chỉ nêu số vắng kèm lý do", "bảng thành phần dự", "viết tắt đv"}[i%5],
		"trích dẫn kế hoạch cấp trên có ngày riêng"}
	if len(d.Right) == 2 {
		c = append(c, "thể thức hành chính nhà nước")
	} else {
		c = append(c, "thể thức văn bản Đảng, tiêu đề hai cột")
	}
	if strings.HasPrefix(rec["unit"].(string), "Đảng bộ") {
		c = append(c, "Đảng ủy báo cáo cho Đảng bộ, số liệu toàn đảng bộ")
	}
	if f, ok := rec["form"].(string); ok {
		c = append(c, "hình thức "+f)
	}
	if i%4 == 3 {
		c = append(c, "chương trình viết dạng gạch đầu dòng")
	} else {
		c = append(c, "bảng chương trình ô xuống dòng, đ/c viết tắt")
	}
	if i%3 == 1 {
		c = append(c, "thời lượng tính bằng giờ")
	}
	if i%7 == 1 || i%7 == 4 {
		c = append(c, "ngày chương trình hành động đứng trước số")
	}
	if i%3 == 0 {
		c = append(c, "dài hai trang")
	}
	return strings.Join(c, "; ")
}

func slug(s string) string {
	s = strings.ToLower(s)
	repl := strings.NewReplacer("đ", "d")
	s = repl.Replace(s)
	var b strings.Builder
	for _, c := range foldASCII(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 40 {
		out = strings.Trim(out[:40], "-")
	}
	return out
}

var _ = time.UTC
