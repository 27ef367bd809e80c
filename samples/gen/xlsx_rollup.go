package main

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"baocao"
)

// rollupLayout is one committee's table of all its units.
type rollupLayout struct {
	Slug         string
	Upper        string // the committee above, in capitals, first title line
	Committee    string // the reporting committee in normal case (the truth parent)
	Subtitle     bool   // a "(Kèm theo Báo cáo …của <Committee>)" line in normal case
	DocNumber    string
	ReportDate   baocao.Date
	Instructions bool // the table is on a second sheet after an instructions sheet
	Sheet        string
	Row0, Col0   int
	TwoRowHeader bool
	Cols         []string
	Names        int // which spelling of the headers
	Rows         int
	Kind         string // "xa" (cells of a commune), "huyen" (grassroots committees), "khoi", "ca", "tinh"
	Dates        int    // 0 serial, 1 text 20/4/2021, 2 text 20-4-2021
	Rate         int    // 0 fraction with % format, 1 text "96,5", 2 formula with cached value
	NotHeld      []int  // 0-based unit rows with no conference yet
	Totals       string // "Tổng cộng" or "Cộng"
	Signature    bool
	TwoReporters bool
}

var rollupLayouts = []rollupLayout{
	{Slug: "dang-uy-xa-gia-phu", Upper: "ĐẢNG BỘ HUYỆN BẢO THẮNG", Committee: "Đảng ủy xã Gia Phú", Subtitle: true, DocNumber: "45-BC/ĐU", ReportDate: date(2021, 6, 30),
		Sheet: "Tổng hợp", Row0: 1, Col0: 1, Cols: []string{"stt", "unit", "date", "location", "form", "chair", "chair_title", "reporter", "total", "present", "rate", "others", "action", "note"},
		Rows: 12, Kind: "xa", Dates: 0, Rate: 0, Totals: "Tổng cộng", Signature: true},
	{Slug: "dang-uy-xa-phong-nien", Upper: "ĐẢNG BỘ HUYỆN BẢO THẮNG", Committee: "Đảng ủy xã Phong Niên", Subtitle: true,
		Sheet: "Sheet1", Row0: 3, Col0: 2, TwoRowHeader: true, Cols: []string{"stt", "unit", "date", "form", "chair", "chair_title", "total", "present", "rate", "others", "action"},
		Names: 1, Rows: 8, Kind: "xa", Dates: 1, Rate: 1, NotHeld: []int{5}, Totals: "Cộng"},
	{Slug: "huyen-uy-dai-tu", Upper: "ĐẢNG BỘ TỈNH THÁI NGUYÊN", Committee: "Huyện ủy Đại Từ", DocNumber: "112-BC/HU", ReportDate: date(2021, 7, 5), Instructions: true,
		Sheet: "Tổng hợp", Row0: 1, Col0: 1, Cols: []string{"stt", "unit", "date", "location", "chair", "chair_title", "reporter", "total", "present", "rate", "action", "action_date", "note"},
		Names: 2, Rows: 25, Kind: "huyen", Dates: 0, Rate: 2, NotHeld: []int{17}, Totals: "Tổng cộng", Signature: true},
	{Slug: "dang-uy-khoi-cac-co-quan-tinh", Upper: "ĐẢNG BỘ TỈNH THÁI NGUYÊN", Committee: "Đảng ủy Khối các cơ quan tỉnh Thái Nguyên", Subtitle: true, DocNumber: "87-BC/ĐUK", ReportDate: date(2021, 7, 12),
		Sheet: "Khối cơ quan", Row0: 1, Col0: 1, Cols: []string{"stt", "unit", "total", "present", "rate", "date", "form", "chair", "chair_title", "action", "note"},
		Names: 0, Rows: 18, Kind: "khoi", Dates: 2, Rate: 0, Totals: "Cộng", Signature: true},
	{Slug: "dang-uy-xa-xuan-quang", Upper: "ĐẢNG BỘ HUYỆN BẢO THẮNG", Committee: "Đảng ủy xã Xuân Quang", Subtitle: true,
		Sheet: "Báo cáo", Row0: 6, Col0: 4, Cols: []string{"stt", "unit", "date", "chair", "total", "present", "rate"},
		Names: 1, Rows: 5, Kind: "xa", Dates: 0, Rate: 1, Totals: "Tổng cộng"},
	{Slug: "dang-uy-cong-an-huyen-bao-thang", Upper: "ĐẢNG BỘ HUYỆN BẢO THẮNG", Committee: "Đảng ủy Công an huyện Bảo Thắng", Subtitle: true, DocNumber: "21-BC/ĐU", ReportDate: date(2021, 6, 25),
		Sheet: "TH", Row0: 1, Col0: 1, TwoRowHeader: true, Cols: []string{"stt", "unit", "date", "location", "form", "chair", "chair_title", "reporter", "total", "present", "rate", "others", "action"},
		Names: 2, Rows: 40, Kind: "ca", Dates: 1, Rate: 2, Totals: "Tổng cộng", Signature: true, TwoReporters: true},
	{Slug: "dang-uy-xa-hung-son", Upper: "ĐẢNG BỘ HUYỆN ĐẠI TỪ", Committee: "Đảng ủy xã Hùng Sơn", DocNumber: "38-BC/ĐU", ReportDate: date(2021, 6, 28),
		Sheet: "Sheet1", Row0: 2, Col0: 1, Cols: []string{"stt", "unit", "date", "location", "chair", "chair_title", "total", "present", "rate", "others", "action", "action_date", "note"},
		Names: 0, Rows: 10, Kind: "xa", Dates: 2, Rate: 0, NotHeld: []int{3, 8}, Totals: "Cộng", Signature: true},
	{Slug: "dang-uy-thi-tran-pho-lu", Upper: "ĐẢNG BỘ HUYỆN BẢO THẮNG", Committee: "Đảng ủy thị trấn Phố Lu", Subtitle: true, DocNumber: "52-BC/ĐU", ReportDate: date(2021, 6, 29), Instructions: true,
		Sheet: "Bảng tổng hợp", Row0: 3, Col0: 1, Cols: []string{"stt", "unit", "date", "form", "chair", "chair_title", "reporter", "total", "present", "rate", "action"},
		Names: 1, Rows: 15, Kind: "xa", Dates: 0, Rate: 1, Totals: "Tổng cộng"},
}

// bigRollup is the 2,000-row table, for speed.
var bigRollup = rollupLayout{Slug: "ban-tuyen-giao-tinh-uy-2000-dong", Upper: "TỈNH ỦY LÀO CAI", Committee: "Ban Tuyên giáo Tỉnh ủy Lào Cai", Subtitle: true, DocNumber: "120-BC/BTGTU", ReportDate: date(2021, 7, 15),
	Sheet: "Tổng hợp", Row0: 1, Col0: 1, Cols: []string{"stt", "unit", "date", "total", "present", "rate"},
	Rows: 2000, Kind: "tinh", Dates: 0, Rate: 0, Totals: "Tổng cộng"}

// header names per column key and spelling.
var rollupHeaders = map[string][]string{
	"stt":         {"STT"},
	"unit":        {"Tên chi bộ", "Đơn vị", "Tên đơn vị"},
	"date":        {"Ngày tổ chức", "Thời gian", "Thời gian tổ chức"},
	"location":    {"Địa điểm"},
	"form":        {"Hình thức"},
	"chair":       {"Người chủ trì"},
	"chair_title": {"Chức vụ"},
	"reporter":    {"Báo cáo viên"},
	"total":       {"Tổng số ĐV"},
	"present":     {"Số ĐV tham dự"},
	"rate":        {"Tỷ lệ (%)"},
	"others":      {"Quần chúng"},
	"action":      {"Chương trình hành động"},
	"action_date": {"Ngày ban hành CTr"},
	"note":        {"Ghi chú"},
}

// two-row headers: a group over its sub-columns.
var rollupGroups = map[string]struct {
	Group string
	Sub   string
}{
	"chair":       {"Người chủ trì", "Họ tên"},
	"chair_title": {"Người chủ trì", "Chức vụ"},
	"total":       {"Số đảng viên", "Tổng số"},
	"present":     {"Số đảng viên", "Tham dự"},
	"rate":        {"Số đảng viên", "Tỷ lệ"},
}

var villages = []string{"Đồng Tâm", "Tân Tiến", "Hòa Bình", "Làng Chạng", "Cốc Sâm", "Nậm Tang", "Khe Lếch", "Bản Mạc", "Trung Tâm", "Phú Thịnh",
	"Đồng Sơn", "Vạn Hòa", "Quyết Thắng", "Thái Bình", "Cánh Chín", "An Thành", "Khe Mạ", "Làng Cuống", "Bắc Ngầm", "Xuân Tầm", "Cầu Xum", "Tắp Ngò"}
var communes = []string{"Gia Phú", "Phong Niên", "Xuân Quang", "Sơn Hải", "Thái Niên", "Bản Cầm", "Phú Nhuận", "Trì Quang", "Xuân Giao", "Sơn Hà",
	"Hà Thượng", "Phú Xuyên", "Cù Vân", "Hùng Sơn", "Tân Linh", "La Bằng", "Phục Linh", "Yên Lãng", "Bản Phiệt", "Gia Phong"}

// rollupUnit names the k-th unit of a committee of the given kind.
func rollupUnit(kind, committee string, k int) (name string, size int, head, deputy string) {
	place := committee[strings.LastIndex(committee, " xã ")+1:]
	if i := strings.Index(committee, "xã "); i >= 0 {
		place = committee[i+len("xã "):]
	} else if i := strings.Index(committee, "thị trấn "); i >= 0 {
		place = committee[i+len("thị trấn "):]
	}
	switch kind {
	case "xa":
		switch {
		case k < len(villages)-6:
			return "Chi bộ thôn " + villages[(k+len(place))%len(villages)], 20 + (k*7)%30, "Bí thư Chi bộ", "Phó Bí thư Chi bộ"
		}
		inst := []string{"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế xã", "Quân sự xã", "Công an xã"}[k%6]
		return "Chi bộ " + inst + " " + place, 8 + k%12, "Bí thư Chi bộ", "Phó Bí thư Chi bộ"
	case "huyen":
		if k < len(communes) {
			return "Đảng bộ xã " + communes[k], 150 + (k*37)%250, "Bí thư Đảng ủy", "Phó Bí thư Đảng ủy"
		}
		inst := []string{"Chi bộ Trường THPT Đại Từ", "Chi bộ Viện Kiểm sát nhân dân huyện", "Chi bộ Tòa án nhân dân huyện", "Đảng bộ Quân sự huyện", "Chi bộ Chi cục Thuế khu vực", "Chi bộ Bảo hiểm xã hội huyện"}
		return inst[(k-len(communes))%len(inst)], 12 + k%30, "Bí thư", "Phó Bí thư"
	case "khoi":
		inst := []string{"Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương", "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư",
			"Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Khoa học và Công nghệ",
			"Sở Thông tin và Truyền thông", "Thanh tra tỉnh", "Ban Dân tộc tỉnh", "Văn phòng UBND tỉnh", "Kho bạc Nhà nước tỉnh"}
		kind := "Chi bộ "
		if k%3 == 0 {
			kind = "Đảng bộ "
		}
		return kind + inst[k%len(inst)], 15 + (k*13)%90, "Bí thư", "Phó Bí thư"
	case "ca":
		teams := []string{"Đội Cảnh sát điều tra tội phạm về trật tự xã hội", "Đội Cảnh sát giao thông", "Đội Tổng hợp", "Đội An ninh", "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Đội Cảnh sát kinh tế"}
		if k < len(teams) {
			return "Chi bộ " + teams[k], 9 + k%8, "Bí thư Chi bộ", "Phó Bí thư Chi bộ"
		}
		return "Chi bộ Công an xã " + communes[(k-len(teams))%len(communes)] + map[bool]string{true: " 2", false: ""}[k-len(teams) >= len(communes)], 5 + k%6, "Bí thư Chi bộ", "Phó Bí thư Chi bộ"
	default: // tinh
		return fmt.Sprintf("Chi bộ thôn %d xã %s", k%100+1, communes[k/100%len(communes)]), 10 + (k*11)%50, "Bí thư Chi bộ", "Phó Bí thư Chi bộ"
	}
}

// makeRollups writes the committees' tables into out/xlsx.
func makeRollups(out string) ([]sample, error) {
	if err := cleanFiles(filepath.Join(out, "xlsx"), "rollup-"); err != nil {
		return nil, err
	}
	var samples []sample
	for i, l := range append(rollupLayouts, bigRollup) {
		name := fmt.Sprintf("xlsx/rollup-%02d-%s.xlsx", i+1, l.Slug)
		s, err := writeRollup(filepath.Join(out, name), l, uint64(2000+i*100))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		s.Path = name
		samples = append(samples, s)
	}
	return samples, nil
}

func (l rollupLayout) variation() string {
	var p []string
	p = append(p, fmt.Sprintf("%d unit rows, table on sheet %q at %s", l.Rows, l.Sheet, cell(l.Col0, l.Row0)))
	if l.Instructions {
		p = append(p, "instructions sheet first")
	}
	if l.TwoRowHeader {
		p = append(p, "two-row header with merged groups")
	} else {
		p = append(p, "one-row header")
	}
	if l.Subtitle {
		p = append(p, "normal-case committee in a \"(Kèm theo …)\" subtitle")
	} else {
		p = append(p, "committee only in capitals (truth by the case convention)")
	}
	if l.DocNumber != "" {
		p = append(p, "doc number "+l.DocNumber)
	}
	p = append(p, []string{"dates as serials", "dates typed 20/4/2021", "dates typed 20-04-2021"}[l.Dates])
	p = append(p, []string{"rate as fraction with % format", "rate typed as text \"96,5\"", "rate as formula with cached value"}[l.Rate])
	if len(l.NotHeld) > 0 {
		p = append(p, fmt.Sprintf("%d unit(s) \"Chưa tổ chức\"", len(l.NotHeld)))
	}
	if l.TwoReporters {
		p = append(p, "some rows with two presenters \"A; B\"")
	}
	p = append(p, fmt.Sprintf("totals row %q", l.Totals))
	if l.Signature {
		p = append(p, "signature rows below")
	}
	p = append(p, "columns: "+strings.Join(l.Cols, ", "))
	return strings.Join(p, "; ")
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// writeRollup lays the table out and returns its sample with the truth.
func writeRollup(path string, l rollupLayout, seed uint64) (sample, error) {
	first := l.Sheet
	if l.Instructions {
		first = "Hướng dẫn"
	}
	f, err := newWorkbook(first)
	if err != nil {
		return sample{}, err
	}
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return sample{}, err
	}
	sh := l.Sheet
	sheets := 1
	if l.Instructions {
		sheets = 2
		for k, t := range []string{"HƯỚNG DẪN ĐIỀN BẢNG TỔNG HỢP", "1. Mỗi chi bộ, đảng bộ trực thuộc ghi một dòng.", "2. Tỷ lệ = số đảng viên tham dự / tổng số đảng viên.",
			"3. Đơn vị chưa tổ chức hội nghị ghi \"Chưa tổ chức\" vào cột Ghi chú.", "4. Gửi về Văn phòng trước ngày 30/6/2021."} {
			if err := f.SetCellValue(first, cell(1, k+1), t); err != nil {
				return sample{}, err
			}
		}
		if _, err := f.NewSheet(sh); err != nil {
			return sample{}, err
		}
	}
	set := func(col, row int, v any) {
		if err == nil {
			err = f.SetCellValue(sh, cell(col, row), v)
		}
	}
	style := func(c1, r1, c2, r2, s int) {
		if err == nil {
			err = f.SetCellStyle(sh, cell(c1, r1), cell(c2, r2), s)
		}
	}
	merge := func(c1, r1, c2, r2 int) {
		if err == nil && (c1 != c2 || r1 != r2) {
			err = f.MergeCell(sh, cell(c1, r1), cell(c2, r2))
		}
	}
	c0, row := l.Col0, l.Row0
	last := c0 + len(l.Cols) - 1
	set(c0, row, l.Upper)
	set(c0+max(4, len(l.Cols)-4), row, "ĐẢNG CỘNG SẢN VIỆT NAM")
	style(c0+max(4, len(l.Cols)-4), row, c0+max(4, len(l.Cols)-4), row, st.Bold)
	row++
	set(c0, row, upper(l.Committee))
	style(c0, row, c0, row, st.Bold)
	row++
	if l.DocNumber != "" {
		set(c0, row, "Số "+l.DocNumber)
		row++
	}
	row++
	set(c0, row, "BẢNG TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG")
	style(c0, row, c0, row, st.Title)
	row++
	if l.Subtitle {
		t := "(Kèm theo Báo cáo"
		if l.DocNumber != "" {
			t += " số " + l.DocNumber
		}
		if !l.ReportDate.IsZero() {
			t += " ngày " + dmyPad(l.ReportDate)
		}
		set(c0, row, t+" của "+l.Committee+")")
		row++
	} else if !l.ReportDate.IsZero() {
		set(c0, row, fmt.Sprintf("(Tính đến %s)", dmyWords(l.ReportDate)))
		row++
	}
	row++

	// Header.
	hdrRows := 1
	if l.TwoRowHeader {
		hdrRows = 2
	}
	for k, key := range l.Cols {
		col := c0 + k
		names := rollupHeaders[key]
		h := names[l.Names%len(names)]
		if g, ok := rollupGroups[key]; ok && l.TwoRowHeader {
			set(col, row+1, g.Sub)
			if k == 0 || rollupGroups[l.Cols[k-1]].Group != g.Group {
				end := k
				for end+1 < len(l.Cols) && rollupGroups[l.Cols[end+1]].Group == g.Group {
					end++
				}
				set(col, row, g.Group)
				merge(col, row, c0+end, row)
			}
			continue
		}
		set(col, row, h)
		if l.TwoRowHeader {
			merge(col, row, col, row+1)
		}
	}
	style(c0, row, last, row+hdrRows-1, st.Header)
	row += hdrRows

	var recs []baocao.Record
	var sumT, sumP, sumO int
	colOf := map[string]int{}
	for k, key := range l.Cols {
		colOf[key] = c0 + k
	}
	for k := range l.Rows {
		unit, size, headT, depT := rollupUnit(l.Kind, l.Committee, k)
		c := drawConference(seed+uint64(k), size, k%11 == 7)
		rec := baocao.Record{Unit: unit, ParentUnit: l.Committee, DocNumber: l.DocNumber, ReportDate: l.ReportDate,
			Source: baocao.Source{Sheet: sh, Row: row}}
		set(colOf["stt"], row, k+1)
		set(colOf["unit"], row, unit)
		if contains(l.NotHeld, k) {
			if _, ok := colOf["note"]; ok {
				set(colOf["note"], row, "Chưa tổ chức")
			} else {
				set(colOf["date"], row, "Chưa tổ chức")
			}
			if _, ok := colOf["action"]; ok {
				set(colOf["action"], row, "Chưa")
				rec.ActionProgram = &baocao.ActionProgram{Issued: false}
			}
			style(c0, row, last, row, st.Border)
			recs = append(recs, rec)
			row++
			continue
		}
		rec.ConferenceDate = c.Conf
		for _, key := range l.Cols {
			col := colOf[key]
			switch key {
			case "date":
				switch l.Dates {
				case 0:
					set(col, row, excelSerial(c.Conf))
				case 1:
					set(col, row, dmy(c.Conf))
				case 2:
					set(col, row, dmyHyphen(c.Conf))
				}
			case "location":
				loc := "Nhà văn hóa " + strings.TrimPrefix(unit, "Chi bộ ")
				if !strings.HasPrefix(unit, "Chi bộ thôn") {
					loc = "Hội trường " + strings.TrimPrefix(strings.TrimPrefix(unit, "Chi bộ "), "Đảng bộ ")
				}
				rec.Location = loc
				set(col, row, loc)
			case "form":
				fm := []baocao.Form{baocao.InPerson, baocao.InPerson, baocao.InPerson, baocao.Hybrid, baocao.Online}[(k+int(seed))%5]
				rec.Form = fm
				set(col, row, map[baocao.Form]string{baocao.InPerson: "Trực tiếp", baocao.Online: "Trực tuyến", baocao.Hybrid: "Kết hợp"}[fm])
			case "chair":
				p := baocao.Person{Name: c.Head}
				if _, ok := colOf["chair_title"]; ok {
					p.Title = headT
				}
				if k%6 == 4 {
					p.Name = c.Deputy
					if p.Title != "" {
						p.Title = depT
					}
				}
				rec.Chair = &p
				set(col, row, p.Name)
				if p.Title != "" {
					set(colOf["chair_title"], row, p.Title)
				}
			case "reporter":
				rec.Reporters = []baocao.Person{{Name: c.Head}}
				if k%6 == 4 {
					rec.Reporters[0].Name = c.Outside
				}
				if l.TwoReporters && k%5 == 1 {
					rec.Reporters = append(rec.Reporters, baocao.Person{Name: c.Deputy})
				}
				var names []string
				for _, p := range rec.Reporters {
					names = append(names, p.Name)
				}
				set(col, row, strings.Join(names, "; "))
			case "total":
				set(col, row, c.Total)
			case "present":
				set(col, row, c.Present)
			case "rate":
				exact := float64(c.Present) / float64(c.Total)
				switch l.Rate {
				case 0:
					set(col, row, rate(c.Present, c.Total))
					style(col, row, col, row, st.Percent)
				case 1:
					set(col, row, viDecimal(math.Round(exact*1000)/10, 1))
				case 2:
					if err == nil {
						err = setFormula(f, sh, cell(col, row), cell(colOf["present"], row)+"/"+cell(colOf["total"], row), exact)
					}
					style(col, row, col, row, st.Percent)
				}
			case "others":
				if k%4 != 2 {
					set(col, row, c.Others)
				}
			case "action":
				switch {
				case k%7 == 5:
					set(col, row, "Chưa ban hành")
					rec.ActionProgram = &baocao.ActionProgram{Issued: false}
				case k%3 == 0:
					num := fmt.Sprintf("%02d-CTr/CB", 1+(k*7)%30)
					if strings.HasPrefix(unit, "Đảng bộ") {
						num = fmt.Sprintf("%02d-CTr/ĐU", 1+(k*7)%30)
					}
					set(col, row, num)
					rec.ActionProgram = &baocao.ActionProgram{Issued: true, Number: num}
				default:
					set(col, row, "Đã ban hành")
					rec.ActionProgram = &baocao.ActionProgram{Issued: true}
				}
				if _, ok := colOf["action_date"]; ok && rec.ActionProgram.Issued {
					rec.ActionProgram.Date = c.Action
					set(colOf["action_date"], row, excelSerial(c.Action))
					style(colOf["action_date"], row, colOf["action_date"], row, st.Date)
				}
			}
		}
		if _, ok := colOf["others"]; ok {
			o := c.Others
			if k%4 == 2 {
				o = 0
			}
			rec.Attendance = attendance(c.Present, c.Total, o)
			sumO += o
		} else {
			rec.Attendance = attendance(c.Present, c.Total, 0)
		}
		sumT += c.Total
		sumP += c.Present
		if l.Rows < 100 {
			style(c0, row, last, row, st.Border)
			if col, ok := colOf["rate"]; ok && l.Rate != 1 {
				style(col, row, col, row, st.Percent)
			}
		}
		if col, ok := colOf["date"]; ok && l.Dates == 0 {
			style(col, row, col, row, st.Date)
		}
		recs = append(recs, rec)
		row++
	}
	// Totals: not a record.
	set(colOf["unit"], row, l.Totals)
	set(colOf["total"], row, sumT)
	set(colOf["present"], row, sumP)
	if col, ok := colOf["rate"]; ok {
		if l.Rate == 1 {
			set(col, row, viDecimal(math.Round(float64(sumP)/float64(sumT)*1000)/10, 1))
		} else {
			set(col, row, rate(sumP, sumT))
		}
	}
	if col, ok := colOf["others"]; ok {
		set(col, row, sumO)
	}
	style(c0, row, last, row, st.Header)
	if col, ok := colOf["rate"]; ok && l.Rate != 1 {
		style(col, row, col, row, st.Percent)
	}
	row++
	if l.Signature {
		row++
		sc := c0 + len(l.Cols) - 3
		set(c0+1, row, "Người lập biểu")
		set(sc, row, "T/M "+strings.ToUpper(strings.Fields(l.Committee)[0]+" "+strings.Fields(l.Committee)[1]))
		set(sc, row+1, "BÍ THƯ")
		set(sc, row+4, personName(newRand(seed+9999)))
		set(c0+1, row+4, personName(newRand(seed+9998)))
		style(sc, row, sc, row+4, st.Bold)
	}
	if err == nil {
		err = f.SetColWidth(sh, cell(colOf["unit"], 1)[:len(cell(colOf["unit"], 1))-1], cell(colOf["unit"], 1)[:len(cell(colOf["unit"], 1))-1], 38)
	}
	if err != nil {
		return sample{}, err
	}
	if err := saveWorkbook(f, path); err != nil {
		return sample{}, err
	}
	return sample{Producer: "excelize, roll-up table", Variation: l.variation(),
		Want: expected{Format: "xlsx", Pages: sheets, Records: recs}}, nil
}
