package main

import (
	"fmt"
	"strings"
)

// Cite is a plan, directive or guidance a report cites before its own
// conference; its date is not the conference date.
type Cite struct {
	Text string // e.g. "Kế hoạch số 15-KH/HU ngày 22/3/2021 của Ban Thường vụ Huyện ủy Mường La"
}

// Absence is a group of absent members with a reason.
type Absence struct {
	N   int
	Why string
}

// NSpec describes one narrative report.
type NSpec struct {
	Name   string // file base name
	Kind   string // fpdf, lo, docx, scan
	Font   string
	Size   float64
	State  bool
	Left   []string // header lines (normal case); rendered in capitals
	Parent string   // truth parent_unit
	Unit   string   // as the body writes it
	Self   string   // short self-reference: "Chi bộ", "Đảng bộ", "Sở"
	Num    string   // "05-BC/CB"
	NumFmt string   // "Số %s" or "Số: %s"
	Place  string
	RDate  D
	RStyle int  // 0 "ngày d tháng m năm y", 1 "ngày dd - mm - yyyy"
	RBreak bool // break the place-date over two lines
	Title  []string
	Cites  []string

	CDate  D
	CEnd   D   // last day if more than one
	CWay   int // sentence shape
	CStyle int // date style
	Hour   string
	Loc    string
	Form   string // in_person, online, hybrid or "" when not said
	Points int
	Conf   string // the conference's name in the body

	Chair   Person
	ChairW  int
	Reps    []Person
	RepW    int
	Total   int
	Present int
	Others  int
	Absent  []Absence
	AttW    int
	Cells   int
	CellsP  int

	Prog   []Item
	ProgW  int // 0 none, 1 prose list, 2 table
	DurW   int // 0 minutes, 1 hours with decimal comma, 2 numbers under "(phút)", 3 "45'"
	HeadW  int
	Abbr   string // "Đ/c ", "đ/c ", "đc "
	PTitle map[string]string

	Act     int // 0 not said, 1 issued, 2 not yet, 3 issued without number
	ActNum  string
	ActDate D
	ActW    int
	ActKind string // "Chương trình hành động", "Kế hoạch"

	Signer    Person
	SignLines []string
	Seal      string
	Recip     []string
	Prep      []string // preparation paragraphs
	Extra     []string // assessment paragraphs
	Next      []string // tasks ahead
}

func (s *NSpec) nameTitle(p Person, sep string) string {
	if p.Title == "" {
		return p.Name
	}
	return p.Name + sep + p.Title
}

// dur writes minutes in the style asked.
func dur(m, way int) string {
	switch way {
	case 1:
		h := float64(m) / 60
		if m%60 == 0 {
			return fmt.Sprintf("%02d giờ", m/60)
		}
		return strings.Replace(fmt.Sprintf("%.1f giờ", h), ".", ",", 1)
	case 2:
		return fmt.Sprint(m)
	case 3:
		return fmt.Sprintf("%d'", m)
	}
	return fmt.Sprintf("%d phút", m)
}

// compose builds the document and its truth record.
func compose(s *NSpec) (*Doc, Record, Evidence) {
	ev := Evidence{Derived: map[string]bool{}}
	d := &Doc{Font: s.Font, FontSize: s.Size}
	left := mapS(s.Left, upper)
	numFmt := s.NumFmt
	if numFmt == "" {
		numFmt = "Số %s"
		if s.State {
			numFmt = "Số: %s"
		}
	}
	var pd string
	if s.RStyle == 1 {
		pd = fmt.Sprintf("%s, ngày %02d - %02d - %d", s.Place, s.RDate.Day, s.RDate.M, s.RDate.Y)
		ev.Dates = append(ev.Dates, fmt.Sprintf("%02d - %02d - %d", s.RDate.Day, s.RDate.M, s.RDate.Y))
	} else {
		pd = fmt.Sprintf("%s, ngày %d tháng %d năm %d", s.Place, s.RDate.Day, s.RDate.M, s.RDate.Y)
	}
	pds := []string{pd}
	if s.RBreak {
		i := strings.LastIndex(pd, " năm ")
		pds = []string{pd[:i], pd[i+1:]}
	}
	d.Header = Header{State: s.State, Left: left, BoldFrom: len(left) - 1, Number: fmt.Sprintf(numFmt, s.Num), PlaceDate: pds}
	d.Title = s.Title
	if len(s.Cites) > 0 {
		d.para("Thực hiện " + strings.Join(s.Cites, "; ") + ", " + s.Self + " báo cáo kết quả như sau:")
	}
	r := Record{Unit: s.Unit, ParentUnit: s.Parent, DocNumber: s.Num, ReportDate: s.RDate.ISO(),
		ConferenceDate: s.CDate.ISO(), Location: s.Loc, Form: s.Form}
	sec := 0
	roman := []string{"I", "II", "III", "IV", "V"}
	headingN := func(t string) { d.heading(roman[sec] + ". " + t); sec++ }
	if len(s.Prep) > 0 {
		headingN("CÔNG TÁC CHUẨN BỊ")
		d.paras(s.Prep...)
	}
	headingN("KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
	cd := s.CDate.Fmt(s.CStyle)
	formWord := map[string]string{"in_person": "trực tiếp", "online": "trực tuyến", "hybrid": "kết hợp trực tiếp và trực tuyến"}[s.Form]
	switch s.CWay {
	case 0:
		t := fmt.Sprintf("Ngày %s, tại %s, %s đã tổ chức %s", cd, s.Loc, s.Unit, s.Conf)
		if formWord != "" {
			t += " theo hình thức " + formWord
		}
		d.para(t + ".")
	case 1:
		d.para(fmt.Sprintf("Vào hồi %s ngày %s, %s tổ chức %s. Hội nghị được tổ chức tại %s%s.", s.Hour, cd, s.Unit, s.Conf, s.Loc, ifs(formWord != "", ", theo hình thức "+formWord, "")))
	case 2:
		d.para(fmt.Sprintf("%s đã tổ chức %s, cụ thể như sau:", s.Unit, s.Conf))
		d.lead("- Thời gian: ", fmt.Sprintf("%s, ngày %s.", s.Hour, cd))
		d.lead("- Địa điểm: ", s.Loc+".")
		if formWord != "" {
			d.lead("- Hình thức: ", strings.ToUpper(formWord[:1])+formWord[1:]+".")
		}
	case 3: // several days, the end written with the month
		lit := fmt.Sprintf("từ ngày %d đến ngày %s", s.CDate.Day, s.CEnd.Fmt(s.CStyle))
		ev.Dates = append(ev.Dates, lit)
		d.para(fmt.Sprintf("%s tổ chức %s trong %02d ngày, %s, tại %s%s.", s.Unit, s.Conf, s.CEnd.Day-s.CDate.Day+1, lit, s.Loc, ifs(formWord != "", " theo hình thức "+formWord, "")))
	case 4: // online, main site
		d.para(fmt.Sprintf("Ngày %s, %s tổ chức %s theo hình thức trực tuyến. Điểm cầu chính đặt tại %s, kết nối với %d điểm cầu tại các chi bộ trực thuộc.", cd, s.Unit, s.Conf, s.Loc, s.Points))
	case 5: // hybrid
		d.para(fmt.Sprintf("%s tổ chức %s vào ngày %s, theo hình thức kết hợp trực tiếp và trực tuyến: điểm cầu chính tại %s; %d điểm cầu trực tuyến đặt tại các đơn vị ở xa trung tâm.", s.Unit, s.Conf, cd, s.Loc, s.Points))
	case 6: // two days written "d và d/m/y"
		lit := fmt.Sprintf("%d và %s", s.CDate.Day, s.CEnd.Fmt(s.CStyle))
		ev.Dates = append(ev.Dates, lit)
		d.para(fmt.Sprintf("Trong hai ngày %s, tại %s, %s đã tổ chức %s%s.", lit, s.Loc, s.Unit, s.Conf, ifs(formWord != "", " theo hình thức "+formWord, "")))
	}
	// chair
	chairIsRep := false
	switch s.ChairW {
	case 0:
		d.para(fmt.Sprintf("Đồng chí %s chủ trì hội nghị.", s.nameTitle(s.Chair, ", ")))
	case 1:
		d.lead("- Chủ trì hội nghị: ", fmt.Sprintf("%s%s.", s.Abbr, s.nameTitle(s.Chair, " - ")))
	case 2:
		d.para(fmt.Sprintf("Hội nghị do đồng chí %s chủ trì và trực tiếp quán triệt các nội dung chính của Nghị quyết.", s.nameTitle(s.Chair, ", ")))
		chairIsRep = true
	case 3:
		d.para(fmt.Sprintf("Đồng chí %s chủ trì, điều hành hội nghị.", s.nameTitle(s.Chair, " - ")))
	}
	reps := s.Reps
	if chairIsRep {
		reps = append([]Person{s.Chair}, reps...)
	}
	var parts []string
	switch s.RepW {
	case 0:
		for _, p := range s.Reps {
			parts = append(parts, "đồng chí "+s.nameTitle(p, ", "))
		}
		if len(parts) > 0 {
			d.para("Báo cáo viên: " + strings.Join(parts, "; ") + ".")
		}
	case 1:
		for _, p := range s.Reps {
			parts = append(parts, s.Abbr+s.nameTitle(p, " - "))
		}
		if len(parts) > 0 {
			d.lead("- Báo cáo viên gồm: ", strings.Join(parts, "; ")+".")
		}
	case 2:
		for _, p := range s.Reps {
			parts = append(parts, "đồng chí "+s.nameTitle(p, ", "))
		}
		if len(parts) > 0 {
			d.para("Tham gia truyền đạt các chuyên đề có " + strings.Join(parts, " và ") + ".")
		}
	}
	for _, it := range s.Prog {
		found := it.Presenter == ""
		for _, p := range reps {
			found = found || p.Name == it.Presenter
		}
		if !found {
			panic(s.Name + ": presenter not among reporters: " + it.Presenter)
		}
	}
	r.Chair = &Person{Name: s.Chair.Name, Title: s.Chair.Title}
	r.Reporters = reps
	// attendance
	r.Attendance = s.attendance(d, &ev)
	// program
	if s.ProgW > 0 {
		s.program(d)
		r.Program = s.Prog
	}
	d.para(pick(s.Name, discussions))
	// action program
	if a := s.action(d); a != nil {
		r.ActionProgram = a
	}
	if len(s.Extra) > 0 {
		headingN("ĐÁNH GIÁ CHUNG")
		d.paras(s.Extra...)
	}
	if len(s.Next) > 0 {
		headingN("NHIỆM VỤ THỜI GIAN TỚI")
		d.paras(s.Next...)
	}
	d.para(fmt.Sprintf("Trên đây là báo cáo kết quả tổ chức hội nghị của %s./.", s.Unit))
	d.Recipients = s.Recip
	d.Sign = Sign{Lines: s.SignLines, Name: s.Signer.Name, Seal: s.Seal}
	r.Signer = &Person{Name: s.Signer.Name, Title: s.Signer.Title}
	return d, r, ev
}

func ifs(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// pick chooses a fixed variant from a pool by the file name.
func pick(name string, pool []string) string {
	h := 0
	for _, c := range name {
		h = h*31 + int(c)
		h %= 1000003
	}
	return pool[h%len(pool)]
}

var discussions = []string{
	"Sau khi nghe quán triệt, các đảng viên đã tập trung thảo luận, liên hệ với tình hình thực tế của địa phương, đơn vị và đề xuất nhiều giải pháp thiết thực.",
	"Trong quá trình học tập, đảng viên nghiêm túc nghe giảng, ghi chép đầy đủ; nhiều ý kiến thảo luận sôi nổi, thẳng thắn, gắn với nhiệm vụ chính trị của đơn vị.",
	"Hội nghị dành thời gian để đảng viên trao đổi, thảo luận theo tổ; kết thúc hội nghị, 100% đảng viên tham dự viết bài thu hoạch theo quy định.",
	"Không khí hội nghị nghiêm túc, dân chủ. Các ý kiến phát biểu đều thống nhất cao với nội dung Nghị quyết và bày tỏ quyết tâm đưa Nghị quyết vào cuộc sống.",
}

func reasons(ab []Absence, abbr string) string {
	var ps []string
	for _, a := range ab {
		ps = append(ps, fmt.Sprintf("%02d %s%s", a.N, abbr, a.Why))
	}
	return strings.Join(ps, ", ")
}

func sumAbs(ab []Absence) int {
	n := 0
	for _, a := range ab {
		n += a.N
	}
	return n
}
