package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"baocao"
)

// A narrative report is built in two steps: a truth record with the style
// choices (narrativeSpec), then a neutral document (narrDoc) that the fpdf and
// the LibreOffice producers both lay out.

// line is one line of the letterhead, title or signature block.
type line struct {
	Text      string
	Bold      bool
	Italic    bool
	Underline bool
}

// blockKind says how a body block is laid out.
type blockKind int

const (
	bPara    blockKind = iota // a justified paragraph, first line indented
	bHeading                  // a bold section heading
	bTable                    // a bordered table; first row is the header
	bBreak                    // a page break
)

// block is one piece of the body.
type block struct {
	Kind   blockKind
	Text   string
	Italic bool
	Rows   [][]string
	Widths []float64 // relative column widths of a table
}

// narrDoc is a narrative report laid out independently of the producer.
type narrDoc struct {
	LeftHead   []line
	RightHead  []line
	Title      []line
	Body       []block
	Recipients []string
	Sign       []line // T/M …, BÍ THƯ, name (blank lines between are the producer's)
}

// unitInfo describes a unit that reports, with where it sits.
type unitInfo struct {
	Unit, Parent, Place, Location string
	Committee                     bool // a đảng bộ / đảng ủy rather than a chi bộ
	Size                          int  // party members
}

// narrativeUnits are the units of the narrative reports, one report each.
var narrativeUnits = []unitInfo{
	{"Chi bộ Trường THCS Hùng Sơn", "Đảng bộ xã Hùng Sơn", "Hùng Sơn", "Phòng họp Trường THCS Hùng Sơn", false, 25},
	{"Chi bộ thôn Đông Hòa", "Đảng bộ xã Gia Phú", "Gia Phú", "Nhà văn hóa thôn Đông Hòa", false, 38},
	{"Đảng bộ xã Hà Thượng", "Đảng bộ huyện Đại Từ", "Hà Thượng", "Hội trường UBND xã Hà Thượng", true, 325},
	{"Đảng ủy Công an huyện Bảo Thắng", "Đảng bộ huyện Bảo Thắng", "Bảo Thắng", "Hội trường Công an huyện Bảo Thắng", true, 96},
	{"Chi bộ Văn phòng Huyện ủy", "Huyện ủy Đại Từ", "Đại Từ", "Phòng họp số 2 Huyện ủy Đại Từ", false, 21},
	{"Đảng bộ Cơ quan Sở Giáo dục và Đào tạo", "Đảng ủy Khối các cơ quan tỉnh Thái Nguyên", "Thái Nguyên", "Hội trường Sở Giáo dục và Đào tạo", true, 142},
	{"Chi bộ Trường Tiểu học Phố Lu", "Đảng bộ thị trấn Phố Lu", "Phố Lu", "Phòng họp Hội đồng sư phạm Trường Tiểu học Phố Lu", false, 19},
	{"Chi bộ thôn Làng Mới", "Đảng bộ xã Gia Phú", "Gia Phú", "Nhà văn hóa thôn Làng Mới", false, 31},
	{"Chi bộ Trạm Y tế xã Xuân Quang", "Đảng bộ xã Xuân Quang", "Xuân Quang", "Trạm Y tế xã Xuân Quang", false, 9},
	{"Chi bộ Quân sự xã Tân Linh", "Đảng bộ xã Tân Linh", "Tân Linh", "Hội trường Ban Chỉ huy Quân sự xã Tân Linh", false, 12},
	{"Chi bộ tổ dân phố số 3", "Đảng bộ phường Hoàng Văn Thụ", "Hoàng Văn Thụ", "Nhà văn hóa tổ dân phố số 3", false, 57},
	{"Chi bộ Trường Mầm non Sơn Hà", "Đảng bộ xã Sơn Hà", "Sơn Hà", "Phòng họp Trường Mầm non Sơn Hà", false, 14},
	{"Đảng bộ xã Phú Xuyên", "Đảng bộ huyện Đại Từ", "Phú Xuyên", "Hội trường Đảng ủy xã Phú Xuyên", true, 268},
	{"Chi bộ Ngân hàng Chính sách xã hội huyện Bảo Thắng", "Đảng bộ Cơ quan Chính quyền huyện Bảo Thắng", "Bảo Thắng", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Bảo Thắng", false, 16},
	{"Chi bộ thôn Cầm Hạ", "Đảng bộ xã Bản Cầm", "Bản Cầm", "Nhà văn hóa thôn Cầm Hạ", false, 27},
	{"Đảng bộ Bệnh viện Đa khoa huyện Đại Từ", "Đảng bộ huyện Đại Từ", "Đại Từ", "Hội trường Bệnh viện Đa khoa huyện Đại Từ", true, 118},
	{"Chi bộ Phòng Giáo dục và Đào tạo", "Đảng bộ Cơ quan Chính quyền huyện Đại Từ", "Đại Từ", "Phòng họp Phòng Giáo dục và Đào tạo huyện Đại Từ", false, 15},
	{"Chi bộ xóm Đồng Cẩm", "Đảng bộ xã Cù Vân", "Cù Vân", "Nhà văn hóa xóm Đồng Cẩm", false, 44},
	{"Đảng bộ Công ty Apatit Việt Nam", "Đảng ủy Khối Doanh nghiệp tỉnh Lào Cai", "Lào Cai", "Hội trường Công ty Apatit Việt Nam", true, 1250},
	{"Chi bộ Hạt Kiểm lâm huyện Bảo Thắng", "Đảng bộ Cơ quan Chính quyền huyện Bảo Thắng", "Bảo Thắng", "Phòng họp Hạt Kiểm lâm huyện Bảo Thắng", false, 11},
	{"Chi bộ thôn Na Mạ", "Đảng bộ xã Xuân Quang", "Xuân Quang", "Nhà văn hóa thôn Na Mạ", false, 35},
	{"Chi bộ Trường THPT số 1 Bảo Thắng", "Đảng bộ huyện Bảo Thắng", "Bảo Thắng", "Hội trường Trường THPT số 1 Bảo Thắng", false, 48},
	{"Chi bộ Công an xã Gia Phú", "Đảng bộ xã Gia Phú", "Gia Phú", "Trụ sở Công an xã Gia Phú", false, 8},
	{"Đảng bộ Trung tâm Y tế huyện Đại Từ", "Đảng bộ huyện Đại Từ", "Đại Từ", "Hội trường Trung tâm Y tế huyện Đại Từ", true, 87},
	{"Chi bộ Điện lực Bảo Thắng", "Đảng bộ Công ty Điện lực Lào Cai", "Bảo Thắng", "Phòng họp Điện lực Bảo Thắng", false, 23},
	{"Chi bộ thôn Khe Mà", "Đảng bộ xã Hùng Sơn", "Hùng Sơn", "Nhà văn hóa thôn Khe Mà", false, 29},
}

// The topics offices put on the program of these conferences.
var topicPool = []string{
	"Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng",
	"Những điểm mới trong Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XII",
	"Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030",
	"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng",
	"Phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025",
	"Liên hệ thực tiễn và xây dựng chương trình hành động của đơn vị",
}

// narrativeSpec is one narrative report: the unit, its truth, and the way the
// office wrote it.
type narrativeSpec struct {
	Index    int
	Producer string // "fpdf" or "soffice"
	Slug     string
	Info     unitInfo
	Rec      baocao.Record
	Styles   narrStyles
	TwoDays  bool
	Head     string // the Bí thư
	Deputy   string // the Phó Bí thư
	Outside  []string
	Decomp   bool
	TwoPages bool
}

// narrStyles are the ways of writing each part.
type narrStyles struct {
	Time, Form, Chair, Attendance, Program, Action, Sign int
	NumberColon, HasOthers                               bool
}

var (
	timeStyleNames   = []string{"\"Vào hồi 7 giờ 30 phút, ngày 20 tháng 4 năm 2021, tại …\"", "\"Thời gian: ngày 20/4/2021\" + \"Địa điểm: …\"", "\"Ngày 20-4-2021, tại …\"", "\"Ngày 20.4.2021 tại …\" (dots)", "two days \"trong 2 ngày 20 và 21/4/2021\""}
	formStyleNames   = []string{"form not mentioned", "\"Hình thức: trực tiếp\"", "\"theo hình thức trực tuyến\"", "\"kết hợp trực tiếp và trực tuyến\""}
	chairStyleNames  = []string{"head chairs and \"trực tiếp làm báo cáo viên\"", "\"Chủ trì: đ/c … - Phó Bí thư\" + outside presenter after a comma", "title before the name (\"Đồng chí Bí thư Chi bộ X chủ trì\"), deputy presents", "\"Báo cáo viên gồm các đồng chí: A, …; B, …\" (several)"}
	attStyleNames    = []string{"\"Tổng số đảng viên …: 25 đồng chí; số đảng viên tham dự: 24 đồng chí, đạt 96,0%\"", "\"Số đảng viên tham dự 312/325, đạt tỷ lệ 96%\"", "\"có 48/50 đảng viên tham dự (96%)\"", "\"Tổng số: 1.250 đảng viên; tham gia: 1.198 đảng viên; đạt 95,84%\"", "attendance table (Tổng số ĐV | Số ĐV tham dự | Tỷ lệ | Quần chúng)"}
	progStyleNames   = []string{"program table (STT | Nội dung | Người trình bày | Thời lượng)", "numbered program \"1. Chuyên đề 1: … - đồng chí X trình bày (120 phút)\"", "dash list of topics, no presenters or durations"}
	actionStyleNames = []string{"action program issued (number, date)", "action program not yet issued", "action program not mentioned"}
	signStyleNames   = []string{"T/M … / BÍ THƯ", "T/M … / PHÓ BÍ THƯ", "K/T BÍ THƯ / PHÓ BÍ THƯ"}
)

// variation describes the spec's combination for the README.
func (s narrativeSpec) variation() string {
	st := s.Styles
	parts := []string{
		timeStyleNames[st.Time], formStyleNames[st.Form], chairStyleNames[st.Chair],
		attStyleNames[st.Attendance], progStyleNames[st.Program], actionStyleNames[st.Action], signStyleNames[st.Sign],
	}
	if st.HasOthers {
		parts = append(parts, "non-members counted")
	} else {
		parts = append(parts, "no non-members")
	}
	if st.NumberColon {
		parts = append(parts, "\"Số: …\"")
	}
	if s.TwoPages {
		parts = append(parts, "page break before section 3")
	}
	if s.Decomp {
		parts = append(parts, "decomposed Unicode (ê + U+0301) in the text")
	}
	return strings.Join(parts, "; ")
}

// isCommittee reports whether the unit reports as a committee (Đảng ủy).
func (u unitInfo) short() string {
	if u.Committee {
		return "Đảng ủy"
	}
	return "Chi bộ"
}

func (u unitInfo) symbol() string {
	if u.Committee {
		return "ĐU"
	}
	return "CB"
}

// parentLevel is the administrative word of the parent ("xã", "huyện", "Khối"…).
func parentLevel(parent string) string {
	for _, w := range []string{"xã", "thị trấn", "phường", "huyện", "Khối", "Công ty"} {
		if strings.Contains(parent, " "+w+" ") || strings.HasPrefix(parent, w+" ") {
			return w
		}
	}
	return "huyện"
}

// outsideTitles are the positions of presenters from the committee above.
func outsideTitles(parent string) []string {
	switch lvl := parentLevel(parent); lvl {
	case "xã", "thị trấn", "phường":
		return []string{"Bí thư Đảng ủy " + lvl, "Phó Bí thư Thường trực Đảng ủy " + lvl}
	case "Khối":
		return []string{"Phó Bí thư Đảng ủy Khối", "Trưởng Ban Tuyên giáo Đảng ủy Khối"}
	case "Công ty":
		return []string{"Phó Bí thư Đảng ủy Công ty", "Ủy viên Ban Thường vụ Đảng ủy Công ty"}
	default:
		return []string{"Phó Trưởng Ban Tuyên giáo Huyện ủy", "Báo cáo viên Huyện ủy"}
	}
}

// buildNarrativeSpecs chooses, for each narrative unit, its truth and styles.
// Styles cycle with periods coprime to the producer split, so every producer
// sees every style.
func buildNarrativeSpecs() []narrativeSpec {
	var specs []narrativeSpec
	nf := (len(narrativeUnits) + 1) / 2
	for i, u := range narrativeUnits {
		r := newRand(uint64(100 + i))
		s := narrativeSpec{Index: i, Info: u}
		if i < nf {
			s.Producer = "fpdf"
		} else {
			s.Producer = "soffice"
		}
		st := narrStyles{
			Time:        i % 5,
			Form:        (i + 1) % 4,
			Chair:       i % 4,
			Attendance:  i % 3,
			Program:     (i + 2) % 3,
			Action:      (i / 2) % 3,
			Sign:        0,
			NumberColon: i%3 == 1,
			HasOthers:   i%4 != 3,
		}
		switch {
		case i == 18: // the large company committee writes thousands with a dot
			st.Attendance = 3
		case i == 5 || i == 21:
			st.Attendance = 4
		case i%7 == 3:
			st.Attendance = 3
		}
		if i%5 == 2 {
			st.Sign = 1
		} else if i%5 == 4 {
			st.Sign = 2
		}
		s.Styles = st
		s.TwoPages = i%3 == 2
		s.Decomp = i == 3 || i == 16
		s.TwoDays = st.Time == 4
		names := distinctNames(r, 5)
		s.Head, s.Deputy, s.Outside = names[0], names[1], names[2:]

		// Dates: mostly March–June 2021, a few late in July or August.
		var conf baocao.Date
		switch {
		case i == 9:
			conf = date(2021, 7, 14)
		case i == 20:
			conf = date(2021, 8, 5)
		default:
			month := 3 + r.IntN(4)
			day := 1 + r.IntN(27)
			if month == 3 {
				day = 20 + r.IntN(12)
			}
			conf = date(2021, month, day)
		}
		actDate := addDays(conf, 1+r.IntN(6))
		reportDate := addDays(actDate, r.IntN(4))

		total := u.Size
		absent := 0
		switch {
		case i == 7:
			absent = total / 5 // a low turnout
		case i == 14:
			absent = total / 8
		case total > 10:
			absent = r.IntN(max(2, total/15))
		default:
			absent = r.IntN(2)
		}
		present := total - absent
		others := 0
		if st.HasOthers {
			others = 3 + r.IntN(max(4, total/3))
		}

		rec := baocao.Record{
			Unit:           u.Unit,
			ParentUnit:     u.Parent,
			DocNumber:      fmt.Sprintf("%d-BC/%s", 3+r.IntN(60), u.symbol()),
			ReportDate:     reportDate,
			ConferenceDate: conf,
			Location:       u.Location,
			Attendance:     attendance(present, total, others),
			Source:         baocao.Source{Page: 1},
		}
		switch st.Form {
		case 1:
			rec.Form = baocao.InPerson
		case 2:
			rec.Form = baocao.Online
		case 3:
			rec.Form = baocao.Hybrid
		}
		cast(r, &rec, u, s, st, actDate)
		switch st.Sign {
		case 0:
			rec.Signer = &baocao.Person{Name: s.Head, Title: "Bí thư"}
		default:
			rec.Signer = &baocao.Person{Name: s.Deputy, Title: "Phó Bí thư"}
		}
		s.Rec = rec
		s.Slug = slugFor(u.Unit)
		specs = append(specs, s)
	}
	return specs
}

// buildProgram draws the agenda: topics in order, presented by the reporters.
func buildProgram(r *rand.Rand, style int, reporters []baocao.Person) []baocao.ProgramItem {
	n := max(len(reporters), 1+r.IntN(3))
	start := r.IntN(2)
	minutes := []int{120, 90, 60, 150, 180, 45}
	var items []baocao.ProgramItem
	for k := range n {
		topic := topicPool[(start+k)%len(topicPool)]
		it := baocao.ProgramItem{Topic: topic}
		if style != 2 {
			it.Topic = fmt.Sprintf("Chuyên đề %d: %s", k+1, topic)
			it.Presenter = reporters[k%len(reporters)].Name
			it.Minutes = minutes[r.IntN(len(minutes))]
		}
		items = append(items, it)
	}
	return items
}

// slugFor turns a unit name into a lowercase ASCII file-name part.
func slugFor(s string) string {
	s = strings.ToLower(foldASCII(s))
	var b strings.Builder
	dash := false
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

// cast fills in who chaired and who presented, the program and the action
// program of a narrative report's truth, by its styles, drawing from r in a
// fixed order so that the samples stay the same from run to run.
func cast(r *rand.Rand, rec *baocao.Record, u unitInfo, s narrativeSpec, st narrStyles, actDate baocao.Date) {
	headTitle := "Bí thư " + u.short()
	depTitle := "Phó Bí thư " + u.short()
	if u.Committee && parentLevel(u.Unit) == "xã" {
		headTitle, depTitle = "Bí thư Đảng ủy xã", "Phó Bí thư Đảng ủy xã"
	}
	head := baocao.Person{Name: s.Head, Title: headTitle}
	dep := baocao.Person{Name: s.Deputy, Title: depTitle}
	out := baocao.Person{Name: s.Outside[0], Title: outsideTitles(u.Parent)[r.IntN(2)]}
	switch st.Chair {
	case 0:
		rec.Chair, rec.Reporters = &head, []baocao.Person{head}
	case 1:
		rec.Chair, rec.Reporters = &dep, []baocao.Person{out}
	case 2:
		rec.Chair, rec.Reporters = &head, []baocao.Person{dep}
	case 3:
		rec.Chair, rec.Reporters = &head, []baocao.Person{head, dep}
		if u.Committee {
			rec.Reporters = append(rec.Reporters, out)
		}
	}
	rec.Program = buildProgram(r, st.Program, rec.Reporters)
	switch st.Action {
	case 0:
		rec.ActionProgram = &baocao.ActionProgram{Issued: true, Number: fmt.Sprintf("%02d-CTr/%s", 1+r.IntN(30), u.symbol()), Date: actDate}
	case 1:
		rec.ActionProgram = &baocao.ActionProgram{Issued: false}
	}
}
