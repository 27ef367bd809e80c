package main

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"baocao"
)

// formLayout is one way a unit fills in the Excel form.
type formLayout struct {
	Sheet          string
	Row0, Col0     int  // where the title starts
	Colon, Bold    bool // labels end with ":" / are bold
	LabelSpan      int  // columns the label takes (value in the next one)
	Spelling       int  // which spelling of each label
	Dates          int  // 0 serial dd/mm/yyyy, 1 text 20/4/2021, 2 text "ngày 20 tháng 4 năm 2021"
	Rate           int  // 0 text "96,0", 1 fraction with % format, 2 number 96, 3 formula with cached value
	ChairJoined    bool // "Nguyễn Văn Hùng - Bí thư Chi bộ" in one cell
	ProgramOnSheet bool // program on a second sheet "Chương trình" (else below)
	Action         int  // 0 issued, 1 not issued, 2 left blank
	Others         bool
}

func (l formLayout) variation() string {
	var p []string
	p = append(p, fmt.Sprintf("sheet %q, title at %s", l.Sheet, cell(l.Col0, l.Row0)))
	if l.LabelSpan > 1 {
		p = append(p, "labels merged over 2 columns")
	}
	if l.Colon {
		p = append(p, "labels end with \":\"")
	}
	if l.Bold {
		p = append(p, "bold labels")
	}
	p = append(p, []string{"dates as Excel serials (dd/mm/yyyy)", "dates typed as text 20/4/2021", "dates as text \"ngày 20 tháng 4 năm 2021\""}[l.Dates])
	p = append(p, []string{"rate as text \"96,0\"", "rate as fraction with % format", "rate as number 96", "rate as formula with cached value"}[l.Rate])
	if l.ChairJoined {
		p = append(p, "chair \"name - title\" in one cell")
	}
	if l.ProgramOnSheet {
		p = append(p, "program on sheet \"Chương trình\"")
	} else {
		p = append(p, "program below the form")
	}
	p = append(p, []string{"action program issued", "action program \"Chưa ban hành\"", "action program left blank"}[l.Action])
	if !l.Others {
		p = append(p, "no non-members")
	}
	return strings.Join(p, "; ")
}

var formUnits = []unitInfo{
	{"Chi bộ thôn Phú Hòa", "Đảng bộ xã Phong Niên", "Phong Niên", "Nhà văn hóa thôn Phú Hòa", false, 33},
	{"Chi bộ Trường THCS Gia Phú", "Đảng bộ xã Gia Phú", "Gia Phú", "Phòng họp Trường THCS Gia Phú", false, 22},
	{"Chi bộ Ủy ban nhân dân xã Thái Niên", "Đảng bộ xã Thái Niên", "Thái Niên", "Hội trường UBND xã Thái Niên", false, 18},
	{"Đảng bộ xã Sơn Hải", "Đảng bộ huyện Bảo Thắng", "Sơn Hải", "Hội trường Đảng ủy xã Sơn Hải", true, 241},
	{"Chi bộ Phòng Tài nguyên và Môi trường", "Đảng bộ Cơ quan Chính quyền huyện Đại Từ", "Đại Từ", "Phòng họp Phòng Tài nguyên và Môi trường", false, 13},
	{"Chi bộ Trường Tiểu học Bình Thuận", "Đảng bộ xã Bình Thuận", "Bình Thuận", "Phòng họp Trường Tiểu học Bình Thuận", false, 17},
	{"Chi bộ Công an thị trấn Tằng Loỏng", "Đảng ủy Công an huyện Bảo Thắng", "Tằng Loỏng", "Trụ sở Công an thị trấn Tằng Loỏng", false, 15},
	{"Chi bộ thôn Tân Lập", "Đảng bộ xã Xuân Giao", "Xuân Giao", "Nhà văn hóa thôn Tân Lập", false, 41},
	{"Chi bộ Văn phòng Đảng ủy Khối", "Đảng bộ Khối Doanh nghiệp tỉnh Lào Cai", "Lào Cai", "Phòng họp Đảng ủy Khối Doanh nghiệp tỉnh", false, 12},
}

var formLayouts = []formLayout{
	{Sheet: "Báo cáo", Row0: 1, Col0: 1, LabelSpan: 1, Spelling: 0, Dates: 0, Rate: 1, ProgramOnSheet: true, Action: 0, Others: true},
	{Sheet: "Sheet1", Row0: 3, Col0: 2, Colon: true, Bold: true, LabelSpan: 1, Spelling: 1, Dates: 1, Rate: 0, ChairJoined: true, Action: 1, Others: true},
	{Sheet: "Mẫu 01", Row0: 1, Col0: 1, LabelSpan: 2, Spelling: 2, Dates: 2, Rate: 2, ProgramOnSheet: true, Action: 2, Others: false},
	{Sheet: "BC", Row0: 2, Col0: 1, Bold: true, LabelSpan: 1, Spelling: 0, Dates: 0, Rate: 3, Action: 0, Others: true},
	{Sheet: "Kết quả", Row0: 3, Col0: 3, Colon: true, LabelSpan: 1, Spelling: 1, Dates: 1, Rate: 1, ChairJoined: true, ProgramOnSheet: true, Action: 0, Others: false},
	{Sheet: "Sheet1", Row0: 1, Col0: 2, LabelSpan: 1, Spelling: 2, Dates: 0, Rate: 2, Action: 1, Others: true},
	{Sheet: "Báo cáo HN", Row0: 4, Col0: 1, Colon: true, Bold: true, LabelSpan: 2, Spelling: 0, Dates: 2, Rate: 0, ProgramOnSheet: true, Action: 0, Others: true},
	{Sheet: "Mau BC", Row0: 1, Col0: 1, LabelSpan: 1, Spelling: 1, Dates: 1, Rate: 3, ChairJoined: true, Action: 2, Others: true},
	{Sheet: "Báo cáo", Row0: 2, Col0: 2, Bold: true, LabelSpan: 1, Spelling: 2, Dates: 0, Rate: 1, ProgramOnSheet: true, Action: 0, Others: false},
}

// label spellings, one list per field; a layout takes Spelling modulo the length.
var formLabels = map[string][]string{
	"unit":        {"Tên đơn vị", "Đơn vị", "Tên chi bộ"},
	"parent":      {"Đơn vị cấp trên", "Trực thuộc"},
	"doc":         {"Số báo cáo", "Số, ký hiệu"},
	"report_date": {"Ngày báo cáo"},
	"conf_date":   {"Ngày tổ chức hội nghị", "Thời gian tổ chức", "Ngày tổ chức"},
	"location":    {"Địa điểm"},
	"form":        {"Hình thức tổ chức", "Hình thức"},
	"chair":       {"Người chủ trì", "Đồng chí chủ trì"},
	"chair_title": {"Chức vụ người chủ trì", "Chức vụ"},
	"reporter":    {"Báo cáo viên", "Người trình bày"},
	"rep_title":   {"Chức vụ", "Chức vụ báo cáo viên"},
	"total":       {"Tổng số đảng viên", "Tổng số ĐV"},
	"present":     {"Số đảng viên tham dự", "Số ĐV dự"},
	"rate":        {"Tỷ lệ (%)", "Tỷ lệ"},
	"others":      {"Số quần chúng tham dự"},
	"action":      {"Chương trình hành động"},
	"action_no":   {"Số CTr"},
	"action_date": {"Ngày ban hành"},
	"signer":      {"Người ký"},
	"signer_t":    {"Chức vụ"},
}

// conference draws the facts shared by forms and roll-up rows.
type conference struct {
	Conf, Action, Report   baocao.Date
	Present, Total, Others int
	Head, Deputy, Outside  string
}

func drawConference(stream uint64, total int, late bool) conference {
	r := newRand(stream)
	var c conference
	month := 3 + r.IntN(4)
	day := 1 + r.IntN(28)
	if month == 3 {
		day = 20 + r.IntN(12)
	}
	if late {
		month, day = 7+r.IntN(2), 1+r.IntN(28)
	}
	c.Conf = date(2021, month, day)
	c.Action = addDays(c.Conf, 1+r.IntN(6))
	c.Report = addDays(c.Action, r.IntN(4))
	c.Total = total
	absent := r.IntN(max(2, total/12))
	if r.IntN(9) == 0 {
		absent = total / 6
	}
	c.Present = total - absent
	c.Others = 2 + r.IntN(max(3, total/3))
	names := distinctNames(r, 3)
	c.Head, c.Deputy, c.Outside = names[0], names[1], names[2]
	return c
}

// makeForms writes the filled-in Excel forms into out/xlsx.
func makeForms(out string) ([]sample, error) {
	if err := cleanFiles(filepath.Join(out, "xlsx"), "form-"); err != nil {
		return nil, err
	}
	var samples []sample
	for i, u := range formUnits {
		l := formLayouts[i]
		c := drawConference(uint64(1000+i), u.Size, i == 5)
		r := newRand(uint64(1100 + i))
		rec := baocao.Record{
			Unit: u.Unit, ParentUnit: u.Parent,
			DocNumber:  fmt.Sprintf("%d-BC/%s", 2+r.IntN(40), u.symbol()),
			ReportDate: c.Report, ConferenceDate: c.Conf, Location: u.Location,
			Form:       []baocao.Form{baocao.InPerson, baocao.InPerson, baocao.Hybrid, baocao.Online}[i%4],
			Attendance: attendance(c.Present, c.Total, 0),
		}
		if l.Others {
			rec.Attendance.Others = c.Others
		}
		headTitle := "Bí thư " + u.short()
		if u.Committee {
			headTitle = "Bí thư Đảng ủy xã"
		}
		head := baocao.Person{Name: c.Head, Title: headTitle}
		dep := baocao.Person{Name: c.Deputy, Title: "Phó Bí thư " + u.short()}
		if i%3 == 2 {
			rec.Chair = &dep
			rec.Reporters = []baocao.Person{{Name: c.Outside, Title: outsideTitles(u.Parent)[0]}}
		} else {
			rec.Chair = &head
			rec.Reporters = []baocao.Person{head}
		}
		rec.Program = buildProgram(r, 0, rec.Reporters)
		switch l.Action {
		case 0:
			rec.ActionProgram = &baocao.ActionProgram{Issued: true, Number: fmt.Sprintf("%02d-CTr/%s", 1+r.IntN(20), u.symbol()), Date: c.Action}
		case 1:
			rec.ActionProgram = &baocao.ActionProgram{Issued: false}
		}
		if i%4 == 1 {
			rec.Signer = &baocao.Person{Name: c.Deputy, Title: "Phó Bí thư"}
		} else {
			rec.Signer = &baocao.Person{Name: c.Head, Title: "Bí thư"}
		}
		name := fmt.Sprintf("xlsx/form-%02d-%s.xlsx", i+1, slugFor(u.Unit))
		pages, row, err := writeForm(filepath.Join(out, name), l, rec)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		rec.Source = baocao.Source{Sheet: l.Sheet, Row: row}
		samples = append(samples, sample{Path: name, Producer: "excelize, form", Variation: l.variation(),
			Want: expected{Format: "xlsx", Pages: pages, Records: []baocao.Record{rec}}})
	}
	return samples, nil
}

// writeForm lays the record out as a form; it returns the number of sheets and
// the row of the unit label.
func writeForm(path string, l formLayout, rec baocao.Record) (sheets, unitRow int, err error) {
	f, err := newWorkbook(l.Sheet)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return 0, 0, err
	}
	sh := l.Sheet
	row := l.Row0
	set := func(col, r int, v any) {
		if err == nil {
			err = f.SetCellValue(sh, cell(col, r), v)
		}
	}
	style := func(col, r, s int) {
		if err == nil {
			err = f.SetCellStyle(sh, cell(col, r), cell(col, r), s)
		}
	}
	set(l.Col0, row, upper(rec.ParentUnit))
	set(l.Col0+3, row, "ĐẢNG CỘNG SẢN VIỆT NAM")
	style(l.Col0+3, row, st.Bold)
	row++
	set(l.Col0, row, upper(rec.Unit))
	style(l.Col0, row, st.Bold)
	row += 2
	set(l.Col0, row, "BÁO CÁO KẾT QUẢ TỔ CHỨC HỘI NGHỊ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG")
	style(l.Col0, row, st.Title)
	row += 2

	vcol := l.Col0 + l.LabelSpan
	label := func(key string, idx int) string {
		ls := formLabels[key]
		s := ls[idx%len(ls)]
		if l.Colon {
			s += ":"
		}
		return s
	}
	put := func(key string, v any) int {
		set(l.Col0, row, label(key, l.Spelling))
		if l.LabelSpan > 1 && err == nil {
			err = f.MergeCell(sh, cell(l.Col0, row), cell(l.Col0+l.LabelSpan-1, row))
		}
		if l.Bold {
			style(l.Col0, row, st.Bold)
		}
		if v != nil {
			set(vcol, row, v)
		}
		row++
		return row - 1
	}
	putDate := func(key string, d baocao.Date) {
		r := put(key, nil)
		switch l.Dates {
		case 0:
			set(vcol, r, excelSerial(d))
			style(vcol, r, st.Date)
		case 1:
			set(vcol, r, dmy(d))
		case 2:
			set(vcol, r, dmyWords(d))
		}
	}
	unitRow = put("unit", rec.Unit)
	put("parent", rec.ParentUnit)
	put("doc", rec.DocNumber)
	putDate("report_date", rec.ReportDate)
	putDate("conf_date", rec.ConferenceDate)
	put("location", rec.Location)
	put("form", map[baocao.Form]string{baocao.InPerson: "Trực tiếp", baocao.Online: "Trực tuyến", baocao.Hybrid: "Kết hợp trực tiếp và trực tuyến"}[rec.Form])
	if l.ChairJoined {
		put("chair", rec.Chair.Name+" - "+rec.Chair.Title)
		put("reporter", rec.Reporters[0].Name+" - "+rec.Reporters[0].Title)
	} else {
		put("chair", rec.Chair.Name)
		put("chair_title", rec.Chair.Title)
		put("reporter", rec.Reporters[0].Name)
		set(l.Col0, row, label("rep_title", l.Spelling+1))
		set(vcol, row, rec.Reporters[0].Title)
		row++
	}
	a := rec.Attendance
	rTotal := put("total", a.MembersTotal)
	rPresent := put("present", a.MembersPresent)
	rr := put("rate", nil)
	exact := float64(a.MembersPresent) / float64(a.MembersTotal)
	switch l.Rate {
	case 0:
		set(vcol, rr, viDecimal(exact*100, 1))
	case 1:
		set(vcol, rr, rate(a.MembersPresent, a.MembersTotal))
		style(vcol, rr, st.Percent)
	case 2:
		set(vcol, rr, math.Round(exact*1000)/10)
		style(vcol, rr, st.Decimal)
	case 3:
		if err == nil {
			err = setFormula(f, sh, cell(vcol, rr), cell(vcol, rPresent)+"/"+cell(vcol, rTotal), exact)
		}
		style(vcol, rr, st.Percent)
	}
	if a.Others > 0 {
		put("others", a.Others)
	} else {
		put("others", nil)
	}
	switch ap := rec.ActionProgram; {
	case ap == nil:
		put("action", nil)
		put("action_no", nil)
		put("action_date", nil)
	case ap.Issued:
		put("action", "Đã ban hành")
		put("action_no", ap.Number)
		putDate("action_date", ap.Date)
	default:
		put("action", "Chưa ban hành")
		put("action_no", nil)
		put("action_date", nil)
	}
	put("signer", rec.Signer.Name)
	set(l.Col0, row, label("signer_t", 0))
	set(vcol, row, rec.Signer.Title)
	row += 2

	sheets = 1
	psh, prow, pcol := sh, row, l.Col0
	if l.ProgramOnSheet {
		psh, prow, pcol = "Chương trình", 1, 1
		if _, e := f.NewSheet(psh); e != nil && err == nil {
			err = e
		}
		sheets = 2
	} else {
		set(l.Col0, row, "CHƯƠNG TRÌNH HỘI NGHỊ")
		style(l.Col0, row, st.Bold)
		prow++
	}
	hdr := []string{"STT", "Nội dung", "Người trình bày", "Thời lượng (phút)"}
	for k, h := range hdr {
		if err == nil {
			err = f.SetCellValue(psh, cell(pcol+k, prow), h)
		}
		if err == nil {
			err = f.SetCellStyle(psh, cell(pcol+k, prow), cell(pcol+k, prow), st.Header)
		}
	}
	for j, p := range rec.Program {
		vals := []any{j + 1, p.Topic, p.Presenter, p.Minutes}
		for k, v := range vals {
			if err == nil {
				err = f.SetCellValue(psh, cell(pcol+k, prow+1+j), v)
			}
			if err == nil {
				err = f.SetCellStyle(psh, cell(pcol+k, prow+1+j), cell(pcol+k, prow+1+j), st.Border)
			}
		}
	}
	if err == nil {
		err = f.SetColWidth(psh, cell(pcol+1, 1)[:1], cell(pcol+1, 1)[:1], 60)
	}
	if err == nil && !l.ProgramOnSheet {
		err = f.SetColWidth(sh, cell(vcol, 1)[:1], cell(vcol, 1)[:1], 45)
	}
	if err == nil {
		err = f.SetColWidth(sh, cell(l.Col0, 1)[:1], cell(l.Col0, 1)[:1], 28)
	}
	if err != nil {
		return 0, 0, err
	}
	return sheets, unitRow, saveWorkbook(f, path)
}
