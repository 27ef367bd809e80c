package main

import (
	"fmt"
	"strings"

	"baocao"
)

const resolution = "Nghị quyết Đại hội XIII của Đảng"

// document writes the report the way an office types it.
func (s narrativeSpec) document() narrDoc {
	u, rec, st := s.Info, s.Rec, s.Styles
	r := newRand(uint64(500 + s.Index))
	short := u.short()
	var d narrDoc

	num := "Số " + rec.DocNumber
	if st.NumberColon {
		num = "Số: " + rec.DocNumber
	}
	d.LeftHead = []line{{Text: upper(u.Parent)}, {Text: upper(u.Unit), Bold: true}, {Text: "*"}, {Text: num}}
	d.RightHead = []line{{Text: "ĐẢNG CỘNG SẢN VIỆT NAM", Bold: true, Underline: true}, {Text: u.Place + ", " + dmyWords(rec.ReportDate), Italic: true}}
	d.Title = []line{{Text: "BÁO CÁO", Bold: true}, {Text: "Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện " + resolution, Bold: true}}

	para := func(format string, a ...any) {
		d.Body = append(d.Body, block{Kind: bPara, Text: fmt.Sprintf(format, a...)})
	}
	head := func(t string) { d.Body = append(d.Body, block{Kind: bHeading, Text: t}) }
	pageBreak := func() {
		if s.TwoPages {
			d.Body = append(d.Body, block{Kind: bBreak})
		}
	}

	guide := fmt.Sprintf("Hướng dẫn số %d-HD/BTGHU, ngày %s của Ban Tuyên giáo Huyện ủy", 10+r.IntN(20), dmyPad(date(2021, 3, 12+r.IntN(5))))
	para("Thực hiện Chỉ thị số 01-CT/TW, ngày 09/3/2021 của Bộ Chính trị về việc tổ chức nghiên cứu, học tập, quán triệt và triển khai thực hiện %s; %s; Kế hoạch số %d-KH/ĐU ngày %s của Ban Thường vụ cấp ủy cấp trên, %s báo cáo kết quả như sau:",
		resolution, guide, 20+r.IntN(40), dmyHyphen(date(2021, 3, 18+r.IntN(10))), u.Unit)

	head("I. CÔNG TÁC CHUẨN BỊ")
	para("%s là tổ chức đảng trực thuộc %s. Ngay sau khi nhận được văn bản chỉ đạo của cấp trên, %s đã xây dựng kế hoạch, chuẩn bị tài liệu và thông báo đến toàn thể đảng viên.", u.Unit, u.Parent, short)
	if s.TwoPages {
		para("Tài liệu phục vụ hội nghị gồm: Tài liệu hỏi - đáp về các văn kiện Đại hội XIII của Đảng; tài liệu nghiên cứu các văn kiện Đại hội XIII của Đảng dùng cho cán bộ, đảng viên; các đề cương giới thiệu do Ban Tuyên giáo Trung ương biên soạn. Cấp ủy đã phân công đồng chí cấp ủy viên phụ trách công tác chuẩn bị, đôn đốc đảng viên nghiên cứu trước tài liệu.")
	}

	head("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
	head("1. Thời gian, địa điểm, hình thức")
	formPhrase := ""
	switch st.Form {
	case 2:
		formPhrase = " theo hình thức trực tuyến"
	case 3:
		formPhrase = " theo hình thức kết hợp trực tiếp và trực tuyến"
	}
	conf := rec.ConferenceDate
	what := "hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện " + resolution
	switch st.Time {
	case 0:
		para("Vào hồi 7 giờ 30 phút, %s, tại %s, %s đã tổ chức %s%s.", dmyWords(conf), rec.Location, short, what, formPhrase)
	case 1:
		para("- Thời gian: ngày %s.", dmy(conf))
		para("- Địa điểm: %s.", rec.Location)
		if formPhrase != "" {
			para("- Hội nghị được tổ chức%s.", formPhrase)
		}
	case 2:
		para("Ngày %s, tại %s, %s đã tổ chức %s%s.", dmyHyphen(conf), rec.Location, u.Unit, what, formPhrase)
	case 3:
		para("Ngày %s tại %s, %s tổ chức %s%s.", dmyDots(conf), rec.Location, short, what, formPhrase)
	case 4:
		para("Trong 2 ngày %d và %s, tại %s, %s đã tổ chức %s%s.", conf.Day, dmy(addDays(conf, 1)), rec.Location, short, what, formPhrase)
	}
	if st.Form == 1 {
		if st.Time == 1 {
			para("- Hình thức: trực tiếp.")
		} else {
			para("Hình thức tổ chức: trực tiếp.")
		}
	}

	head("2. Thành phần, chủ trì, báo cáo viên")
	ch, reps := rec.Chair, rec.Reporters
	switch st.Chair {
	case 0:
		para("Đồng chí %s, %s chủ trì hội nghị và trực tiếp làm báo cáo viên.", ch.Name, ch.Title)
	case 1:
		para("Chủ trì: đ/c %s - %s.", ch.Name, ch.Title)
		para("Báo cáo viên: đồng chí %s, %s.", reps[0].Name, reps[0].Title)
	case 2:
		para("Đồng chí %s %s chủ trì hội nghị; đồng chí %s %s là báo cáo viên.", ch.Title, ch.Name, reps[0].Title, reps[0].Name)
	case 3:
		para("Đồng chí %s, %s chủ trì hội nghị.", ch.Name, ch.Title)
		var parts []string
		for _, p := range reps {
			parts = append(parts, p.Name+", "+p.Title)
		}
		para("Báo cáo viên gồm các đồng chí: %s.", strings.Join(parts, "; "))
	}
	s.attendanceText(&d)

	pageBreak()
	head("3. Nội dung hội nghị")
	s.programText(&d)
	para("Hội nghị diễn ra nghiêm túc, đúng kế hoạch. Đảng viên tham dự đầy đủ, tập trung nghe báo cáo viên truyền đạt, tích cực thảo luận, liên hệ với thực tiễn của đơn vị.")
	if s.TwoPages {
		para("Sau hội nghị, 100%% đảng viên đã viết bài thu hoạch; qua chấm bài, đa số đảng viên nắm được những nội dung cơ bản, cốt lõi của %s.", resolution)
	}

	if st.Action != 2 {
		head("III. XÂY DỰNG CHƯƠNG TRÌNH HÀNH ĐỘNG")
		if a := rec.ActionProgram; a.Issued {
			para("%s đã ban hành Chương trình hành động số %s ngày %s thực hiện %s, phù hợp với đặc điểm, nhiệm vụ chính trị của đơn vị.", short, a.Number, dmyPad(a.Date), resolution)
		} else {
			next := rec.ConferenceDate.Month%12 + 1
			para("%s đang xây dựng Chương trình hành động thực hiện %s, sẽ ban hành trong tháng %d/%d.", short, resolution, int(next), rec.ConferenceDate.Year)
		}
		head("IV. ĐỀ XUẤT, KIẾN NGHỊ")
	} else {
		head("III. ĐỀ XUẤT, KIẾN NGHỊ")
	}
	if s.TwoPages {
		para("Đề nghị cấp trên tiếp tục cung cấp tài liệu, tạo điều kiện để %s tổ chức tốt việc thực hiện Nghị quyết.", short)
	} else {
		para("Không.")
	}
	para("Trên đây là báo cáo kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện %s của %s.", resolution, u.Unit)

	d.Recipients = []string{"Nơi nhận:", "- Ban Tuyên giáo cấp ủy cấp trên,", "- " + parentOffice(u.Parent) + ",", "- Lưu VP."}
	tm := "T/M " + upper(short)
	switch st.Sign {
	case 0:
		d.Sign = []line{{Text: tm, Bold: true}, {Text: "BÍ THƯ", Bold: true}, {Text: rec.Signer.Name, Bold: true}}
	case 1:
		d.Sign = []line{{Text: tm, Bold: true}, {Text: "PHÓ BÍ THƯ", Bold: true}, {Text: rec.Signer.Name, Bold: true}}
	case 2:
		d.Sign = []line{{Text: tm, Bold: true}, {Text: "K/T BÍ THƯ", Bold: true}, {Text: "PHÓ BÍ THƯ", Bold: true}, {Text: rec.Signer.Name, Bold: true}}
	}
	if s.Decomp {
		d = d.mapText(decompose)
	}
	return d
}

// parentOffice names the office of the parent committee for "Nơi nhận".
func parentOffice(parent string) string {
	if strings.HasPrefix(parent, "Huyện ủy") {
		return "Văn phòng " + parent
	}
	return "Văn phòng cấp ủy cấp trên"
}

// attendanceText writes who attended, in the spec's style.
func (s narrativeSpec) attendanceText(d *narrDoc) {
	a := s.Rec.Attendance
	short := s.Info.short()
	add := func(format string, x ...any) {
		d.Body = append(d.Body, block{Kind: bPara, Text: fmt.Sprintf(format, x...)})
	}
	switch s.Styles.Attendance {
	case 0:
		add("Tổng số đảng viên của %s: %d đồng chí; số đảng viên tham dự: %d đồng chí, đạt %s.", short, a.MembersTotal, a.MembersPresent, percentFixed(a.MembersPresent, a.MembersTotal, 1))
		if a.Others > 0 {
			add("Ngoài ra có %d quần chúng ưu tú tham dự hội nghị.", a.Others)
		}
	case 1:
		t := fmt.Sprintf("Thành phần: số đảng viên tham dự %d/%d, đạt tỷ lệ %s", a.MembersPresent, a.MembersTotal, percent(a.MembersPresent, a.MembersTotal, 1))
		if a.Others > 0 {
			t += fmt.Sprintf("; quần chúng: %d người", a.Others)
		}
		add("%s.", t)
	case 2:
		t := fmt.Sprintf("Hội nghị có %d/%d đảng viên tham dự (%s)", a.MembersPresent, a.MembersTotal, percent(a.MembersPresent, a.MembersTotal, 1))
		if a.Others > 0 {
			t += fmt.Sprintf(" và %d quần chúng là cảm tình đảng", a.Others)
		}
		add("%s.", t)
	case 3:
		t := fmt.Sprintf("Tổng số: %s đảng viên; tham gia: %s đảng viên; đạt %s", viNumber(a.MembersTotal), viNumber(a.MembersPresent), percentFixed(a.MembersPresent, a.MembersTotal, 2))
		if a.Others > 0 {
			t += fmt.Sprintf("; quần chúng tham dự: %s người", viNumber(a.Others))
		}
		add("%s.", t)
	case 4:
		add("Kết quả tham dự hội nghị như sau:")
		others := ""
		if a.Others > 0 {
			others = fmt.Sprint(a.Others)
		}
		d.Body = append(d.Body, block{Kind: bTable, Widths: []float64{1, 1, 1, 1},
			Rows: [][]string{{"Tổng số ĐV", "Số ĐV tham dự", "Tỷ lệ", "Quần chúng"},
				{fmt.Sprint(a.MembersTotal), fmt.Sprint(a.MembersPresent), percentFixed(a.MembersPresent, a.MembersTotal, 1), others}}})
	}
}

// percentFixed writes the percentage with a fixed number of decimals ("96,0%").
func percentFixed(present, total, decimals int) string {
	return viDecimal(float64(present)*100/float64(total), decimals) + "%"
}

// duration writes minutes the way the program states them.
func duration(min, variant int) string {
	switch {
	case variant%2 == 1 && min%60 == 0:
		return fmt.Sprintf("%d giờ", min/60)
	case variant%2 == 1 && min%30 == 0:
		return viDecimal(float64(min)/60, 1) + " giờ"
	}
	return fmt.Sprintf("%d phút", min)
}

// programText writes the agenda in the spec's style.
func (s narrativeSpec) programText(d *narrDoc) {
	prog := s.Rec.Program
	switch s.Styles.Program {
	case 0:
		d.Body = append(d.Body, block{Kind: bPara, Text: "Chương trình hội nghị gồm các nội dung sau:"})
		rows := [][]string{{"STT", "Nội dung", "Người trình bày", "Thời lượng"}}
		for k, p := range prog {
			rows = append(rows, []string{fmt.Sprint(k + 1), p.Topic, "Đ/c " + p.Presenter, duration(p.Minutes, s.Index+k)})
		}
		d.Body = append(d.Body, block{Kind: bTable, Rows: rows, Widths: []float64{0.6, 5, 2.6, 1.5}})
	case 1:
		d.Body = append(d.Body, block{Kind: bPara, Text: "Hội nghị đã nghe các chuyên đề:"})
		for k, p := range prog {
			d.Body = append(d.Body, block{Kind: bPara, Text: fmt.Sprintf("%d. %s - đồng chí %s trình bày (%s).", k+1, p.Topic, p.Presenter, duration(p.Minutes, s.Index+k))})
		}
	case 2:
		d.Body = append(d.Body, block{Kind: bPara, Text: "Nội dung hội nghị tập trung quán triệt các chuyên đề:"})
		for k, p := range prog {
			end := ";"
			if k == len(prog)-1 {
				end = "."
			}
			d.Body = append(d.Body, block{Kind: bPara, Text: "- " + p.Topic + end})
		}
	}
}

// mapText applies f to every piece of text of the document.
func (d narrDoc) mapText(f func(string) string) narrDoc {
	ml := func(ls []line) []line {
		out := make([]line, len(ls))
		for i, l := range ls {
			l.Text = f(l.Text)
			out[i] = l
		}
		return out
	}
	d.LeftHead, d.RightHead, d.Title, d.Sign = ml(d.LeftHead), ml(d.RightHead), ml(d.Title), ml(d.Sign)
	var body []block
	for _, b := range d.Body {
		b.Text = f(b.Text)
		var rows [][]string
		for _, row := range b.Rows {
			var nr []string
			for _, c := range row {
				nr = append(nr, f(c))
			}
			rows = append(rows, nr)
		}
		b.Rows = rows
		body = append(body, b)
	}
	d.Body = body
	var rc []string
	for _, s := range d.Recipients {
		rc = append(rc, f(s))
	}
	d.Recipients = rc
	return d
}

var _ = baocao.InPerson
