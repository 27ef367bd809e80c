package main

// Roll-up tables: a committee lists its subordinate units, one row each.

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"

	"baocao"
)

// urow is one subordinate unit's conference as a roll-up states it.
type urow struct {
	unit           string
	conf           baocao.Date
	twoDay         bool // held on conf and the next day
	loc            string
	form           baocao.Form
	chair, chairT  string
	reps           []baocao.Person
	total, present int
	others         int
	ap             *baocao.ActionProgram
	note           string
}

// has says which fields a roll-up's columns carry, and so its truth.
type has struct {
	loc, form, chair, chairTitle, reps, repTitle, others, ap bool
}

func rowRecord(r urow, parent, num string, rep baocao.Date, h has, sheet string, row, page int) baocao.Record {
	rec := baocao.Record{
		Unit: r.unit, ParentUnit: parent, DocNumber: num, ReportDate: rep, ConferenceDate: r.conf,
		Source: baocao.Source{Sheet: sheet, Row: row, Page: page},
	}
	if h.loc {
		rec.Location = r.loc
	}
	if h.form {
		rec.Form = r.form
	}
	if h.chair {
		rec.Chair = per(r.chair, "")
		if h.chairTitle {
			rec.Chair.Title = r.chairT
		}
	}
	if h.reps {
		for _, p := range r.reps {
			if !h.repTitle {
				p.Title = ""
			}
			rec.Reporters = append(rec.Reporters, p)
		}
	}
	o := 0
	if h.others {
		o = r.others
	}
	rec.Attendance = att(r.present, r.total, o)
	if h.ap {
		rec.ActionProgram = r.ap
	}
	return rec
}

// ---------------------------------------------------------------- names

var (
	kinhSur    = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Trương", "Đinh", "Mai", "Lương", "Tạ", "Cao", "Hà"}
	kinhMidM   = []string{"Văn", "Hữu", "Đình", "Minh", "Quốc", "Công", "Thanh", "Ngọc", "Xuân", "Đức"}
	kinhMidF   = []string{"Thị", "Thị Kim", "Thị Thu", "Thị Mỹ", "Thị Ngọc", "Thị Thanh"}
	kinhGivenM = []string{"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang", "Sơn", "Thắng", "Trung", "Tuấn", "Vinh", "Hiếu", "Lộc", "Tài", "Thành", "Toàn", "Nghĩa", "Hưng", "Tâm", "Kha", "Định"}
	kinhGivenF = []string{"Hạnh", "Lan", "Mai", "Nhung", "Thảo", "Yến", "Phương", "Hương", "Hoa", "Liên", "Trang", "Hà", "Vân", "Loan", "Dung", "Nga"}

	jraiNames   = []string{"Rơ Mah Thuấn", "Ksor H'Yim", "Siu Đoan", "Rah Lan Hiếu", "Puih Blek", "Kpă Thị Nguyệt", "Rơ Châm Tiến", "Nay Phi", "Siu Hyen", "Ksor Nhất", "Rmah Đơng", "Kpuih Thị Bơ", "Rơ Lan Dun", "Nay H'Lim"}
	bahnarNames = []string{"A Thút", "Y Ngọc", "A Vên", "Y Hiền", "A Rưm", "Đinh Hmưu", "A Chiến", "Y Hằng", "A Dũng", "Y Thiên", "A Pên", "Đinh Thị Blơn"}
	edeNames    = []string{"Y Khuê Niê", "H'Bli Êban", "Y Wang Mlô", "H'Zuen Byă", "Y Kô Ksơr", "H'Yăn Niê", "Y Dhăm Ênuôl", "H'Nga Kbuôr"}
	chamNames   = []string{"Đàng Năng Thọ", "Thiên Sanh Cảnh", "Quảng Đại Tuyên", "Báo Văn Minh", "Trượng Thị Lệ", "Phú Thị Hồng", "Lưu Văn Chiến", "Thuận Văn Hòa", "Châu Văn Nhân", "Đàng Thị Mỹ Hương", "Thập Văn Dũng"}
	khoNames    = []string{"K'Brơi", "Ka Hồng", "Kră Jăn Dợp", "Bon Niêng Ha Linh", "K'Điệp", "Liêng Jrang Ha Mai", "Cil Duy", "Ro Ông K'Sơn", "Ka Thủy"}
)

// namer hands out names without repeating one within a file.
type namer struct {
	rng    *rand.Rand
	ethnic []string
	share  float64 // how many names come from the ethnic list
	used   map[string]bool
}

func newNamer(rng *rand.Rand, ethnic []string, share float64) *namer {
	return &namer{rng: rng, ethnic: ethnic, share: share, used: map[string]bool{}}
}

func (n *namer) name() string {
	for {
		var s string
		if len(n.ethnic) > 0 && n.rng.Float64() < n.share {
			s = n.ethnic[n.rng.Intn(len(n.ethnic))]
		} else if n.rng.Intn(3) == 0 {
			s = kinhSur[n.rng.Intn(len(kinhSur))] + " " + kinhMidF[n.rng.Intn(len(kinhMidF))] + " " + kinhGivenF[n.rng.Intn(len(kinhGivenF))]
		} else {
			s = kinhSur[n.rng.Intn(len(kinhSur))] + " " + kinhMidM[n.rng.Intn(len(kinhMidM))] + " " + kinhGivenM[n.rng.Intn(len(kinhGivenM))]
		}
		if !n.used[s] {
			n.used[s] = true
			return s
		}
	}
}

// ---------------------------------------------------------------- rows

type genOpt struct {
	from          baocao.Date // earliest conference
	span          int         // days after from
	totMin, totMx int
	othMin, othMx int
	absentMax     int
	apPrefix      string  // "CTr/CB"
	apShare       float64 // share of rows with an issued action program
	apLast        baocao.Date
	onlineShare   float64
	hybridShare   float64
	repTitles     []string // titles of presenters who are not the chair
	sameRepShare  float64  // share of rows where the chair presents
	twoRepShare   float64
	chairTitle    func(unit string) string
}

func addDays(d baocao.Date, n int) baocao.Date {
	t := d.Time().AddDate(0, 0, n)
	return baocao.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

func locFor(unit string) string {
	u := strings.TrimPrefix(strings.TrimPrefix(unit, "Chi bộ "), "Đảng bộ ")
	switch {
	case strings.HasPrefix(u, "thôn "), strings.HasPrefix(u, "buôn "), strings.HasPrefix(u, "khu vực "), strings.HasPrefix(u, "Khu phố "), strings.HasPrefix(u, "tổ dân phố "):
		return "Nhà văn hóa " + u
	case strings.HasPrefix(u, "làng "), strings.HasPrefix(u, "plei "):
		return "Nhà rông " + u
	case strings.HasPrefix(u, "Trường "):
		return "Phòng họp " + u
	case strings.HasPrefix(u, "Trạm Y tế"):
		return "Hội trường " + u
	case strings.HasPrefix(u, "Công an"):
		return "Trụ sở " + u
	case strings.HasPrefix(u, "Quân sự"):
		return "Ban Chỉ huy " + u
	case strings.HasPrefix(u, "xã "), strings.HasPrefix(u, "thị trấn "):
		return "Hội trường UBND " + u
	}
	return "Hội trường " + u
}

func genRows(rng *rand.Rand, nm *namer, units []string, o genOpt) []urow {
	var rows []urow
	n := 0
	for _, u := range units {
		r := urow{unit: u}
		r.conf = addDays(o.from, rng.Intn(o.span+1))
		r.loc = locFor(u)
		r.form = baocao.InPerson
		switch x := rng.Float64(); {
		case x < o.onlineShare:
			r.form = baocao.Online
		case x < o.onlineShare+o.hybridShare:
			r.form = baocao.Hybrid
		}
		r.chair = nm.name()
		r.chairT = "Bí thư Chi bộ"
		if o.chairTitle != nil {
			r.chairT = o.chairTitle(u)
		}
		if rng.Float64() < o.sameRepShare {
			r.reps = []baocao.Person{pp(r.chair, r.chairT)}
		} else {
			r.reps = []baocao.Person{pp(nm.name(), o.repTitles[rng.Intn(len(o.repTitles))])}
		}
		if rng.Float64() < o.twoRepShare {
			t := o.repTitles[rng.Intn(len(o.repTitles))]
			if r.reps[0].Name == r.chair {
				r.reps = append(r.reps, pp(nm.name(), t))
			} else {
				r.reps = append([]baocao.Person{pp(r.chair, r.chairT)}, r.reps...)
			}
		}
		r.total = o.totMin + rng.Intn(o.totMx-o.totMin+1)
		r.present = r.total - rng.Intn(o.absentMax+1)
		if o.othMx > 0 {
			r.others = o.othMin + rng.Intn(o.othMx-o.othMin+1)
		}
		if rng.Float64() < o.apShare {
			n++
			d := addDays(r.conf, 1+rng.Intn(6))
			if d.After(o.apLast) {
				d = o.apLast
			}
			r.ap = issued(fmt.Sprintf("%02d-%s", 1+rng.Intn(12), o.apPrefix), d)
		} else {
			r.ap = notIssued()
		}
		rows = append(rows, r)
	}
	return rows
}

// setChairTitle changes the chair's title, also where the chair presents.
func setChairTitle(r *urow, t string) {
	for i := range r.reps {
		if r.reps[i].Name == r.chair {
			r.reps[i].Title = t
		}
	}
	r.chairT = t
}

// absent makes a row have n absentees.
func absent(r *urow, n int) { r.present = r.total - n }

// twoDay marks a row held over two days in one month.
func twoDay(r *urow) {
	if addDays(r.conf, 1).Month != r.conf.Month {
		r.conf = addDays(r.conf, -1)
		if r.ap != nil && r.ap.Issued && !r.ap.Date.After(r.conf) {
			panic("action program before the conference")
		}
	}
	r.twoDay = true
}

func sums(rows []urow) (tot, pres, oth int) {
	for _, r := range rows {
		tot += r.total
		pres += r.present
		oth += r.others
	}
	return
}

func rollups() {
	r1()
	r2()
	r3()
	r4()
	r5()
	r6()
	r7()
	r8()
	r9()
	r10()
}

// rollHeader writes the usual two-block header into a sheet over ncol columns.
func rollHeader(x *xl, ncol int, parentUp, unitUp, num, placeDate string) {
	mid := ncol / 2
	x.mset(cell(1, 1), cell(mid-1, 1), parentUp, "c")
	x.mset(cell(1, 2), cell(mid-1, 2), unitUp, "b,c")
	x.mset(cell(1, 3), cell(mid-1, 3), "*", "c")
	x.mset(cell(1, 4), cell(mid-1, 4), num, "c")
	x.mset(cell(mid+1, 1), cell(ncol, 1), dcsvn, "b,u,c")
	x.mset(cell(mid+1, 3), cell(ncol, 3), placeDate, "i,c")
}

// r1: a commune committee in Gia Lai; merged two-row header, a row of column
// numbers, Excel dates, wrapped "Name\n(title)" cells, a totals row.
func r1() {
	rng := rand.New(rand.NewSource(101))
	nm := newNamer(rng, jraiNames, 0.55)
	parent := "Đảng ủy xã Ia Dom"
	num, rep := "37-BC/ĐU", dt(2021, 5, 5)
	units := []string{"Chi bộ làng Ia Mút", "Chi bộ làng Ia Đơk", "Chi bộ làng Mook Trê", "Chi bộ thôn Thanh Tân", "Chi bộ làng Cây Xoài", "Chi bộ làng Ia Ring",
		"Chi bộ Trường THCS Ia Dom", "Chi bộ Trường Tiểu học Ia Dom", "Chi bộ Trạm Y tế xã", "Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ cơ quan xã"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 5), span: 14, totMin: 8, totMx: 34, othMin: 5, othMx: 40, absentMax: 3,
		repTitles: []string{"Đảng ủy viên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"}, sameRepShare: 0.5,
		chairTitle: func(string) string { return "Bí thư" }})
	absent(&rows[0], 2)
	rows[0].note = "Vắng 2 đ/c đi làm rẫy xa"
	rows[4].note = "Tổ chức buổi tối"
	rows[9].note = "Học bù cho đ/c trực"
	x := newXL("Tổng hợp", "VP Dang uy Ia Dom")
	x.widths(5, 26, 12, 24, 11, 20, 22, 8, 8, 9, 10, 18)
	rollHeader(x, 12, "ĐẢNG BỘ HUYỆN ĐỨC CƠ", up(parent), "Số "+num, "Ia Dom, ngày "+dLong0(rep))
	x.mset("A6", "L6", "BÁO CÁO", "b,c,s14")
	x.mset("A7", "L7", "Tổng hợp kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng ở các chi bộ trực thuộc", "b,c")
	h := "b,c,w,B"
	for _, m := range [][3]string{{"A9", "A10", "STT"}, {"B9", "B10", "Tên chi bộ"}, {"C9", "C10", "Thời gian tổ chức"}, {"D9", "D10", "Địa điểm"}, {"E9", "E10", "Hình thức"},
		{"F9", "F10", "Người chủ trì"}, {"G9", "G10", "Báo cáo viên"}, {"H9", "J9", "Đảng viên"}, {"K9", "K10", "Quần chúng dự"}, {"L9", "L10", "Ghi chú"}} {
		x.mset(m[0], m[1], m[2], h)
	}
	x.set("H10", "Tổng số", h)
	x.set("I10", "Dự", h)
	x.set("J10", "Tỷ lệ (%)", h)
	x.height(9, 20)
	x.height(10, 30)
	for c := 1; c <= 12; c++ {
		x.set(cell(c, 11), fmt.Sprintf("(%d)", c), "i,c,B")
	}
	var recs []baocao.Record
	for i, r := range rows {
		row := 12 + i
		rep0 := r.reps[0]
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.unit, "w,B")
		x.set(cell(3, row), dateCell(r.conf), "c,d,B")
		x.set(cell(4, row), r.loc, "w,B")
		x.set(cell(5, row), formWord(r.form), "c,B")
		x.set(cell(6, row), r.chair+"\n("+r.chairT+")", "c,w,B")
		x.set(cell(7, row), rep0.Name+"\n("+rep0.Title+")", "c,w,B")
		x.set(cell(8, row), r.total, "c,B")
		x.set(cell(9, row), r.present, "c,B")
		x.set(cell(10, row), rate(r.present, r.total)*100, "c,n2,B")
		x.set(cell(11, row), r.others, "c,B")
		x.set(cell(12, row), r.note, "w,B")
		x.height(row, 34)
		rr := r
		rr.reps = rr.reps[:1]
		recs = append(recs, rowRecord(rr, parent, num, rep, has{loc: true, form: true, chair: true, chairTitle: true, reps: true, repTitle: true, others: true}, "Tổng hợp", row, 0))
	}
	tr := 12 + len(rows)
	t, p, o := sums(rows)
	x.mset(cell(1, tr), cell(7, tr), "Tổng cộng", "b,c,B")
	x.set(cell(8, tr), t, "b,c,B")
	x.set(cell(9, tr), p, "b,c,B")
	x.set(cell(10, tr), rate(p, t)*100, "b,c,n2,B")
	x.set(cell(11, tr), o, "b,c,B")
	x.set(cell(12, tr), "", "B")
	x.mset(cell(8, tr+2), cell(12, tr+2), "T/M ĐẢNG ỦY", "b,c")
	x.mset(cell(8, tr+3), cell(12, tr+3), "BÍ THƯ", "b,c")
	x.mset(cell(8, tr+7), cell(12, tr+7), nm.name(), "b,c")
	x.save(xlOut("tong-hop-dang-uy-xa-ia-dom.xlsx"))
	add("tong-hop-dang-uy-xa-ia-dom.xlsx", "roll-up (.xlsx)",
		"Commune committee in Gia Lai over its 12 cells (làng, thôn, schools, clinic, police, militia); two-row header with `Đảng viên` merged over `Tổng số / Dự / Tỷ lệ (%)`; a row of column numbers `(1)…(12)` under the header; Excel dates; chair and presenter cells `Name⏎(title)`; notes column; totals row.",
		recs...)
}

func formWord(f baocao.Form) string {
	switch f {
	case baocao.Online:
		return "Trực tuyến"
	case baocao.Hybrid:
		return "Kết hợp"
	}
	return "Trực tiếp"
}

// r2: the district agency bloc in Gia Lai; sections with subtotals, chair and
// presenter each in name / position columns under merged headers, dates typed
// as text, "x" or "Chưa" for the action program.
func r2() {
	rng := rand.New(rand.NewSource(202))
	nm := newNamer(rng, bahnarNames, 0.2)
	parent := "Đảng ủy Khối Cơ quan - Doanh nghiệp"
	num, rep := "126-BC/ĐUK", dt(2021, 4, 28)
	sec1 := []string{"Chi bộ Văn phòng Huyện ủy", "Chi bộ Ủy ban Kiểm tra Huyện ủy", "Chi bộ Ban Tổ chức Huyện ủy", "Chi bộ Ban Tuyên giáo Huyện ủy", "Chi bộ Văn phòng HĐND - UBND huyện",
		"Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Phòng Nông nghiệp và PTNT", "Chi bộ Phòng Giáo dục và Đào tạo", "Chi bộ Phòng Tài nguyên và Môi trường"}
	sec2 := []string{"Chi bộ Chi nhánh Ngân hàng Nông nghiệp và PTNT huyện", "Chi bộ Phòng giao dịch Ngân hàng Chính sách xã hội", "Chi bộ Điện lực Mang Yang", "Chi bộ Kho bạc Nhà nước huyện", "Chi bộ Trung tâm Y tế huyện"}
	opt := genOpt{from: dt(2021, 4, 6), span: 12, totMin: 5, totMx: 22, othMin: 0, othMx: 9, absentMax: 2, apPrefix: "CTr/CB", apShare: 0.75, apLast: dt(2021, 4, 27),
		repTitles: []string{"Phó Bí thư Đảng ủy Khối", "Đảng ủy viên Khối", "Phó Bí thư chi bộ"}, sameRepShare: 0.6,
		chairTitle: func(string) string { return "Bí thư chi bộ" }}
	rows1 := genRows(rng, nm, sec1, opt)
	rows2 := genRows(rng, nm, sec2, opt)
	rows2[2].note = "Kết hợp giao ban tháng"
	rows1[6].note = "Đ/c Bí thư đi học, Phó Bí thư chủ trì"
	setChairTitle(&rows1[6], "Phó Bí thư chi bộ")
	x := newXL("Biểu tổng hợp", "DUK Mang Yang")
	x.widths(5, 30, 12, 18, 14, 18, 16, 8, 7, 8, 10, 10, 18)
	rollHeader(x, 13, "HUYỆN ỦY MANG YANG", up(parent), "Số "+num, "Mang Yang, ngày "+dLong(rep))
	x.mset("A6", "M6", "BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "b,c")
	x.mset("A7", "M7", "(Kèm theo Báo cáo số "+num+" ngày "+dSl(rep)+" của Ban Thường vụ Đảng ủy Khối)", "i,c")
	h := "b,c,w,B"
	for _, m := range [][3]string{{"A9", "A10", "TT"}, {"B9", "B10", "Chi bộ, đảng bộ bộ phận"}, {"C9", "C10", "Ngày hội nghị"}, {"D9", "E9", "Người chủ trì"}, {"F9", "G9", "Báo cáo viên"},
		{"H9", "J9", "Đảng viên"}, {"K9", "K10", "Quần chúng"}, {"L9", "L10", "Đã ban hành CTHĐ"}, {"M9", "M10", "Ghi chú"}} {
		x.mset(m[0], m[1], m[2], h)
	}
	for _, cs := range [][2]string{{"D10", "Họ tên"}, {"E10", "Chức vụ"}, {"F10", "Họ tên"}, {"G10", "Chức vụ"}, {"H10", "Tổng số"}, {"I10", "Dự"}, {"J10", "Tỷ lệ %"}} {
		x.set(cs[0], cs[1], h)
	}
	x.height(10, 30)
	var recs []baocao.Record
	row := 11
	section := func(roman, title string, rows []urow) {
		x.set(cell(1, row), roman, "b,c,B")
		x.mset(cell(2, row), cell(13, row), title, "b,B")
		row++
		for i, r := range rows {
			x.set(cell(1, row), i+1, "c,B")
			x.set(cell(2, row), r.unit, "w,B")
			x.set(cell(3, row), dSl(r.conf), "c,B")
			x.set(cell(4, row), r.chair, "w,B")
			x.set(cell(5, row), r.chairT, "w,B")
			x.set(cell(6, row), r.reps[0].Name, "w,B")
			x.set(cell(7, row), r.reps[0].Title, "w,B")
			x.set(cell(8, row), r.total, "c,B")
			x.set(cell(9, row), r.present, "c,B")
			x.set(cell(10, row), rate(r.present, r.total)*100, "c,n2,B")
			x.set(cell(11, row), r.others, "c,B")
			mark := "Chưa"
			if r.ap.Issued {
				mark = "x"
			}
			x.set(cell(12, row), mark, "c,B")
			x.set(cell(13, row), r.note, "w,B")
			x.height(row, 30)
			rr := r
			rr.reps = rr.reps[:1]
			rr.ap = &baocao.ActionProgram{Issued: r.ap.Issued}
			recs = append(recs, rowRecord(rr, parent, num, rep, has{chair: true, chairTitle: true, reps: true, repTitle: true, others: true, ap: true}, "Biểu tổng hợp", row, 0))
			row++
		}
		t, p, o := sums(rows)
		x.mset(cell(1, row), cell(7, row), "Cộng "+roman, "b,c,B")
		x.set(cell(8, row), t, "b,c,B")
		x.set(cell(9, row), p, "b,c,B")
		x.set(cell(10, row), rate(p, t)*100, "b,c,n2,B")
		x.set(cell(11, row), o, "b,c,B")
		x.style(cell(12, row), cell(13, row), "B")
		row++
	}
	section("I", "KHỐI CƠ QUAN", rows1)
	section("II", "KHỐI DOANH NGHIỆP, ĐƠN VỊ SỰ NGHIỆP", rows2)
	t, p, o := sums(append(append([]urow{}, rows1...), rows2...))
	x.mset(cell(1, row), cell(7, row), "TỔNG CỘNG (I + II)", "b,c,B")
	x.set(cell(8, row), t, "b,c,B")
	x.set(cell(9, row), p, "b,c,B")
	x.set(cell(10, row), rate(p, t)*100, "b,c,n2,B")
	x.set(cell(11, row), o, "b,c,B")
	x.style(cell(12, row), cell(13, row), "B")
	x.mset(cell(9, row+2), cell(13, row+2), "T/M BAN THƯỜNG VỤ", "b,c")
	x.mset(cell(9, row+3), cell(13, row+3), "PHÓ BÍ THƯ THƯỜNG TRỰC", "b,c")
	x.mset(cell(9, row+7), cell(13, row+7), nm.name(), "b,c")
	x.save(xlOut("bieu-tong-hop-dang-uy-khoi-mang-yang.xlsx"))
	add("bieu-tong-hop-dang-uy-khoi-mang-yang.xlsx", "roll-up (.xlsx)",
		"District agency bloc of Mang Yang (Gia Lai) over 14 cells in two sections (`I KHỐI CƠ QUAN`, `II KHỐI DOANH NGHIỆP…`) with `Cộng I`, `Cộng II` and `TỔNG CỘNG (I + II)` rows; merged headers over name / position columns for the chair and the presenter; a line `(Kèm theo Báo cáo số …)` under the title; dates typed as text; action program as `x` / `Chưa` (issued without number); one row chaired by a deputy (noted).",
		recs...)
}

// r3: a ward committee in Quy Nhơn; "19h30⏎15/4/2021" date cells, absent
// column, rate as a percentage cell, action program "number⏎date".
func r3() {
	rng := rand.New(rand.NewSource(303))
	nm := newNamer(rng, nil, 0)
	parent := "Đảng ủy phường Hải Cảng"
	num, rep := "52-BC/ĐU", dt(2021, 4, 26)
	var units []string
	for i := 1; i <= 9; i++ {
		units = append(units, fmt.Sprintf("Chi bộ khu vực %d", i))
	}
	units = append(units, "Chi bộ Trường Tiểu học Hải Cảng", "Chi bộ Trạm Y tế phường", "Chi bộ Quân sự phường")
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 8), span: 10, totMin: 14, totMx: 58, othMin: 6, othMx: 45, absentMax: 5, apPrefix: "CTr/CB", apShare: 0.8, apLast: dt(2021, 4, 25),
		onlineShare: 0.1, hybridShare: 0.15,
		repTitles: []string{"Đảng ủy viên phụ trách khu vực", "Phó Bí thư Đảng ủy phường", "Phó Bí thư chi bộ"}, sameRepShare: 0.45, twoRepShare: 0.25,
		chairTitle: func(string) string { return "Bí thư chi bộ" }})
	times := []string{"19h30", "07h30", "14h00", "19h00", "08h00"}
	x := newXL("BC tong hop", "DU Hai Cang")
	x.widths(5, 22, 12, 22, 11, 19, 21, 7, 7, 7, 9, 10, 14, 16)
	rollHeader(x, 14, "THÀNH ỦY QUY NHƠN", up(parent), "Số "+num, "Quy Nhơn, ngày "+dSl(rep))
	x.mset("A6", "N6", "KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG TẠI CÁC CHI BỘ", "b,c")
	h := "b,c,w,B"
	for _, m := range [][3]string{{"A8", "A9", "STT"}, {"B8", "B9", "Chi bộ"}, {"C8", "C9", "Ngày, giờ"}, {"D8", "D9", "Địa điểm"}, {"E8", "E9", "Hình thức"},
		{"F8", "F9", "Chủ trì"}, {"G8", "G9", "BCV"}, {"H8", "K8", "Số đảng viên"}, {"L8", "L9", "Quần chúng"}, {"M8", "M9", "Số, ngày CTHĐ"}, {"N8", "N9", "Ghi chú"}} {
		x.mset(m[0], m[1], m[2], h)
	}
	x.set("H9", "Tổng", h)
	x.set("I9", "Có mặt", h)
	x.set("J9", "Vắng", h)
	x.set("K9", "%", h)
	x.height(9, 30)
	var recs []baocao.Record
	for i, r := range rows {
		row := 10 + i
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.unit, "w,B")
		x.set(cell(3, row), times[rng.Intn(len(times))]+"\n"+dSl(r.conf), "c,w,B")
		x.set(cell(4, row), r.loc, "w,B")
		x.set(cell(5, row), formWord(r.form), "c,B")
		x.set(cell(6, row), r.chair+"\n"+r.chairT, "w,B")
		var reps []string
		for _, p := range r.reps {
			reps = append(reps, p.Name+"\n"+p.Title)
		}
		x.set(cell(7, row), strings.Join(reps, "\n"), "w,B")
		x.set(cell(8, row), r.total, "c,B")
		x.set(cell(9, row), r.present, "c,B")
		x.set(cell(10, row), r.total-r.present, "c,B")
		x.set(cell(11, row), rate(r.present, r.total), "c,p,B")
		x.set(cell(12, row), r.others, "c,B")
		apT := "Chưa ban hành"
		if r.ap.Issued {
			apT = r.ap.Number + "\n" + dSl(r.ap.Date)
		}
		x.set(cell(13, row), apT, "c,w,B")
		x.set(cell(14, row), r.note, "w,B")
		x.height(row, 16*float64(max(2, 2*len(r.reps))))
		recs = append(recs, rowRecord(r, parent, num, rep, has{loc: true, form: true, chair: true, chairTitle: true, reps: true, repTitle: true, others: true, ap: true}, "BC tong hop", row, 0))
	}
	tr := 10 + len(rows)
	t, p, o := sums(rows)
	x.mset(cell(1, tr), cell(7, tr), "Cộng", "b,c,B")
	x.set(cell(8, tr), t, "b,c,B")
	x.set(cell(9, tr), p, "b,c,B")
	x.set(cell(10, tr), t-p, "b,c,B")
	x.set(cell(11, tr), rate(p, t), "b,c,p,B")
	x.set(cell(12, tr), o, "b,c,B")
	x.style(cell(13, tr), cell(14, tr), "B")
	x.mset(cell(10, tr+2), cell(14, tr+2), "T/M ĐẢNG ỦY", "b,c")
	x.mset(cell(10, tr+3), cell(14, tr+3), "BÍ THƯ", "b,c")
	x.mset(cell(10, tr+7), cell(14, tr+7), nm.name(), "b,c")
	x.save(xlOut("tong-hop-dang-uy-phuong-hai-cang.xlsx"))
	add("tong-hop-dang-uy-phuong-hai-cang.xlsx", "roll-up (.xlsx)",
		"Ward committee in Quy Nhơn over 9 khu vực cells, a school, a clinic and the militia; ASCII sheet name; date cells `19h30⏎15/4/2021` (time first, text); wrapped `Name⏎title` cells, some with two presenters stacked; `Tổng / Có mặt / Vắng / %` with the rate as a percentage cell; action program `number⏎date` or `Chưa ban hành`; forms mixed; `Cộng` row.",
		recs...)
}

// r4: the provincial border guard committee of Kon Tum over its posts; "Đ/c"
// before names, abbreviated titles, action program as a sentence or "Đang xây dựng".
func r4() {
	rng := rand.New(rand.NewSource(404))
	nm := newNamer(rng, bahnarNames, 0.15)
	parent := "Đảng ủy Bộ đội Biên phòng tỉnh Kon Tum"
	num, rep := "112-BC/ĐU", dt(2021, 3, 30)
	units := []string{"Đảng ủy Đồn Biên phòng Cửa khẩu Quốc tế Bờ Y", "Đảng ủy Đồn Biên phòng Đăk Long", "Đảng ủy Đồn Biên phòng Đăk Nhoong", "Đảng ủy Đồn Biên phòng Đăk Plô",
		"Đảng ủy Đồn Biên phòng Đăk Blô", "Đảng ủy Đồn Biên phòng Rờ Kơi", "Đảng ủy Đồn Biên phòng Mô Rai", "Đảng ủy Đồn Biên phòng Sa Loong"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 3, 15), span: 9, totMin: 28, totMx: 52, absentMax: 4, apPrefix: "CTr/ĐU", apShare: 0.75, apLast: dt(2021, 3, 29),
		onlineShare: 0.35, hybridShare: 0.2,
		repTitles: []string{"Phó Bí thư ĐU", "Đảng ủy viên"}, sameRepShare: 0.7, twoRepShare: 0.25,
		chairTitle: func(string) string { return "Bí thư ĐU" }})
	rows[3].note = "Tổ chức 2 đợt do nhiệm vụ"
	rows[6].note = "Đường truyền gián đoạn 30 phút"
	x := newXL("Sheet1", "Phong Chinh tri BDBP")
	x.widths(5, 32, 12, 12, 24, 24, 9, 9, 9, 24, 18)
	rollHeader(x, 11, "ĐẢNG BỘ TỈNH KON TUM", up(parent), "Số "+num, "Kon Tum, ngày "+dLong(rep))
	x.mset("A6", "K6", "BÁO CÁO", "b,c,s14")
	x.mset("A7", "K7", "Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng ở các đảng bộ đồn biên phòng", "b,c")
	heads := []string{"STT", "Đơn vị", "Thời gian", "Hình thức", "Chủ trì", "Báo cáo viên", "Tổng số ĐV", "ĐV tham gia", "Tỷ lệ", "Chương trình hành động", "Ghi chú"}
	for i, s := range heads {
		x.set(cell(i+1, 9), s, "b,c,w,B")
	}
	x.height(9, 32)
	var recs []baocao.Record
	for i, r := range rows {
		row := 10 + i
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.unit, "w,B")
		x.set(cell(3, row), dateCell(r.conf), "c,d,B")
		x.set(cell(4, row), formWord(r.form), "c,B")
		x.set(cell(5, row), "Đ/c "+r.chair+", "+r.chairT, "w,B")
		var reps []string
		for _, p := range r.reps {
			reps = append(reps, "Đ/c "+p.Name+", "+p.Title)
		}
		x.set(cell(6, row), strings.Join(reps, "; "), "w,B")
		x.set(cell(7, row), r.total, "c,B")
		x.set(cell(8, row), r.present, "c,B")
		x.set(cell(9, row), pct(r.present, r.total, 2)+"%", "c,B")
		apT := "Đang xây dựng"
		if r.ap.Issued {
			apT = "Số " + r.ap.Number + " ngày " + dSl(r.ap.Date)
		}
		x.set(cell(10, row), apT, "w,B")
		x.set(cell(11, row), r.note, "w,B")
		x.height(row, 46)
		recs = append(recs, rowRecord(r, parent, num, rep, has{form: true, chair: true, chairTitle: true, reps: true, repTitle: true, ap: true}, "Sheet1", row, 0))
	}
	tr := 10 + len(rows)
	t, p, _ := sums(rows)
	x.mset(cell(1, tr), cell(6, tr), "Tổng", "b,c,B")
	x.set(cell(7, tr), t, "b,c,B")
	x.set(cell(8, tr), p, "b,c,B")
	x.set(cell(9, tr), pct(p, t, 2)+"%", "b,c,B")
	x.style(cell(10, tr), cell(11, tr), "B")
	x.mset(cell(8, tr+2), cell(11, tr+2), "T/M ĐẢNG ỦY", "b,c")
	x.mset(cell(8, tr+3), cell(11, tr+3), "BÍ THƯ", "b,c")
	x.mset(cell(8, tr+7), cell(11, tr+7), "Đại tá "+nm.name(), "b,c")
	x.save(xlOut("tong-hop-dang-uy-bdbp-kon-tum.xlsx"))
	add("tong-hop-dang-uy-bdbp-kon-tum.xlsx", "roll-up (.xlsx)",
		"Provincial border guard committee of Kon Tum over 8 posts' committees; default sheet name `Sheet1`; one header row; `Đ/c Name, Bí thư ĐU` (abbreviated title) and presenters joined by `;`; rate as text `93,75%`; online and hybrid common; action program as `Số 09-CTr/ĐU ngày 18/3/2021` or `Đang xây dựng`; no others column.",
		recs...)
}

// r5: a Cham commune in Ninh Thuận, saved as legacy .xls: absent column between
// total and present, hyphen dates as text, "Name - title".
func r5() {
	rng := rand.New(rand.NewSource(505))
	nm := newNamer(rng, chamNames, 0.6)
	parent := "Đảng ủy xã Phước Hậu"
	num, rep := "64-BC/ĐU", dt(2021, 4, 27)
	units := []string{"Chi bộ thôn Hiếu Thiện", "Chi bộ thôn Chất Thường", "Chi bộ thôn Mông Đức", "Chi bộ thôn Long Bình 1", "Chi bộ thôn Long Bình 2", "Chi bộ thôn Phước Thiện",
		"Chi bộ thôn Hòa Thủy", "Chi bộ Trường THCS Phước Hậu", "Chi bộ Trạm Y tế xã", "Chi bộ Công an xã", "Chi bộ Quân sự xã"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 7), span: 12, totMin: 9, totMx: 40, othMin: 8, othMx: 50, absentMax: 4,
		repTitles: []string{"Phó Bí thư Đảng ủy", "Đảng ủy viên", "Phó Chủ tịch UBND xã"}, sameRepShare: 0.35, twoRepShare: 0.3,
		chairTitle: func(string) string { return "Bí thư" }})
	rows[1].note = "Có phiên dịch tiếng Chăm"
	rows[5].note = "Có phiên dịch tiếng Chăm"
	x := newXL("TH", "Phuoc Hau")
	x.widths(5, 26, 11, 24, 9, 8, 8, 9, 22, 24, 10, 18)
	rollHeader(x, 12, "HUYỆN ỦY NINH PHƯỚC", up(parent), "Số "+num, "Phước Hậu, ngày "+dHy(rep))
	x.mset("A6", "L6", "BẢNG TỔNG HỢP HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG CÁC CHI BỘ TRỰC THUỘC", "b,c")
	heads := []string{"STT", "Tên chi bộ", "Ngày hội nghị", "Địa điểm", "Tổng số đảng viên", "Số vắng", "Số dự", "Tỷ lệ (%)", "Chủ trì", "Báo cáo viên", "Quần chúng", "Ghi chú"}
	for i, s := range heads {
		x.set(cell(i+1, 8), s, "b,c,w,B")
	}
	x.height(8, 34)
	var recs []baocao.Record
	for i, r := range rows {
		row := 9 + i
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.unit, "w,B")
		x.set(cell(3, row), dHy(r.conf), "c,B")
		x.set(cell(4, row), r.loc, "w,B")
		x.set(cell(5, row), r.total, "c,B")
		x.set(cell(6, row), r.total-r.present, "c,B")
		x.set(cell(7, row), r.present, "c,B")
		x.set(cell(8, row), rate(r.present, r.total)*100, "c,n2,B")
		x.set(cell(9, row), r.chair+" - "+r.chairT, "w,B")
		var reps []string
		for _, p := range r.reps {
			reps = append(reps, p.Name+" - "+p.Title)
		}
		x.set(cell(10, row), strings.Join(reps, ";\n"), "w,B")
		x.set(cell(11, row), r.others, "c,B")
		x.set(cell(12, row), r.note, "w,B")
		x.height(row, 34)
		recs = append(recs, rowRecord(r, parent, num, rep, has{loc: true, chair: true, chairTitle: true, reps: true, repTitle: true, others: true}, "TH", row, 0))
	}
	tr := 9 + len(rows)
	t, p, o := sums(rows)
	x.mset(cell(1, tr), cell(4, tr), "Tổng cộng", "b,c,B")
	x.set(cell(5, tr), t, "b,c,B")
	x.set(cell(6, tr), t-p, "b,c,B")
	x.set(cell(7, tr), p, "b,c,B")
	x.set(cell(8, tr), rate(p, t)*100, "b,c,n2,B")
	x.style(cell(9, tr), cell(10, tr), "B")
	x.set(cell(11, tr), o, "b,c,B")
	x.set(cell(12, tr), "", "B")
	x.mset(cell(9, tr+2), cell(12, tr+2), "T/M ĐẢNG ỦY", "b,c")
	x.mset(cell(9, tr+3), cell(12, tr+3), "BÍ THƯ", "b,c")
	x.mset(cell(9, tr+7), cell(12, tr+7), nm.name(), "b,c")
	tmp := filepath.Join(tmpDir, "tong-hop-dang-uy-xa-phuoc-hau.xlsx")
	x.save(tmp)
	toXLS = append(toXLS, tmp)
	add("tong-hop-dang-uy-xa-phuoc-hau.xls", "roll-up (.xls)",
		"Cham commune in Ninh Thuận, legacy .xls (made by LibreOffice from .xlsx); `Số vắng` column between total and present; dates as text `9-4-2021`; `Name - title`, presenters joined by `;` on two lines; no form column; interpreter notes.",
		recs...)
}

// r6: the district committee of Lâm Hà over its communes, .xls; two-day dates
// as text beside Excel dates, action program number and date in two columns
// under a merged header, large members counts.
func r6() {
	rng := rand.New(rand.NewSource(606))
	nm := newNamer(rng, khoNames, 0.25)
	parent := "Huyện ủy Lâm Hà"
	num, rep := "215-BC/HU", dt(2021, 5, 12)
	units := []string{"Đảng bộ thị trấn Đinh Văn", "Đảng bộ thị trấn Nam Ban", "Đảng bộ xã Nam Hà", "Đảng bộ xã Mê Linh", "Đảng bộ xã Đông Thanh", "Đảng bộ xã Gia Lâm",
		"Đảng bộ xã Đạ Đờn", "Đảng bộ xã Phúc Thọ", "Đảng bộ xã Tân Hà", "Đảng bộ xã Hoài Đức", "Đảng bộ xã Tân Văn", "Đảng bộ xã Đan Phượng", "Đảng bộ xã Liên Hà",
		"Đảng bộ xã Phi Tô", "Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 3, 22), span: 20, totMin: 95, totMx: 640, othMin: 20, othMx: 160, absentMax: 30, apPrefix: "CTr/ĐU", apShare: 0.85, apLast: dt(2021, 5, 10),
		onlineShare: 0.05, hybridShare: 0.3,
		repTitles: []string{"Phó Bí thư Thường trực Đảng ủy", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Bí thư, Chủ tịch UBND"}, sameRepShare: 0.3, twoRepShare: 0.4,
		chairTitle: func(string) string { return "Bí thư Đảng ủy" }})
	for _, i := range []int{0, 5, 9, 14} {
		twoDay(&rows[i])
	}
	x := newXL("Tong hop", "Huyen uy Lam Ha")
	x.widths(5, 26, 13, 11, 22, 30, 9, 9, 9, 10, 12, 12)
	x.mset("A1", "E1", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "c")
	x.mset("A2", "E2", up(parent), "b,c")
	x.mset("A3", "E3", "*", "c")
	x.mset("A4", "E4", "Số "+num, "c")
	x.mset("G1", "L1", dcsvn, "b,u,c")
	x.mset("G3", "L3", "Lâm Hà, ngày "+dLong(rep), "i,c")
	x.mset("A6", "L6", "TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG Ở CÁC ĐẢNG BỘ TRỰC THUỘC", "b,c,w")
	x.height(6, 32)
	h := "b,c,w,B"
	for _, m := range [][3]string{{"A8", "A9", "TT"}, {"B8", "B9", "Đảng bộ"}, {"C8", "C9", "Thời gian tổ chức"}, {"D8", "D9", "Hình thức"}, {"E8", "E9", "Chủ trì"},
		{"F8", "F9", "Báo cáo viên"}, {"G8", "G9", "Tổng số ĐV"}, {"H8", "H9", "ĐV tham dự"}, {"I8", "I9", "Tỷ lệ (%)"}, {"J8", "J9", "Quần chúng"}, {"K8", "L8", "Chương trình hành động"}} {
		x.mset(m[0], m[1], m[2], h)
	}
	x.set("K9", "Số hiệu", h)
	x.set("L9", "Ngày ban hành", h)
	x.height(9, 30)
	var recs []baocao.Record
	for i, r := range rows {
		row := 10 + i
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.unit, "w,B")
		if r.twoDay {
			nd := addDays(r.conf, 1)
			x.set(cell(3, row), fmt.Sprintf("%02d-%02d/%d/%d", r.conf.Day, nd.Day, int(r.conf.Month), r.conf.Year), "c,B")
		} else {
			x.set(cell(3, row), dateCell(r.conf), "c,d,B")
		}
		x.set(cell(4, row), formWord(r.form), "c,B")
		x.set(cell(5, row), r.chair+", "+r.chairT, "w,B")
		var reps []string
		for _, p := range r.reps {
			reps = append(reps, p.Name+", "+p.Title)
		}
		x.set(cell(6, row), strings.Join(reps, ";\n"), "w,B")
		x.set(cell(7, row), r.total, "c,B")
		x.set(cell(8, row), r.present, "c,B")
		x.set(cell(9, row), rate(r.present, r.total)*100, "c,n2,B")
		x.set(cell(10, row), r.others, "c,B")
		if r.ap.Issued {
			x.set(cell(11, row), r.ap.Number, "c,B")
			x.set(cell(12, row), dateCell(r.ap.Date), "c,d,B")
		} else {
			x.mset(cell(11, row), cell(12, row), "Chưa ban hành", "c,B")
		}
		x.height(row, 16*float64(max(2, 2*len(r.reps))))
		recs = append(recs, rowRecord(r, parent, num, rep, has{form: true, chair: true, chairTitle: true, reps: true, repTitle: true, others: true, ap: true}, "Tong hop", row, 0))
	}
	tr := 10 + len(rows)
	t, p, o := sums(rows)
	x.mset(cell(1, tr), cell(6, tr), "Cộng toàn huyện", "b,c,B")
	x.set(cell(7, tr), t, "b,c,B")
	x.set(cell(8, tr), p, "b,c,B")
	x.set(cell(9, tr), rate(p, t)*100, "b,c,n2,B")
	x.set(cell(10, tr), o, "b,c,B")
	x.style(cell(11, tr), cell(12, tr), "B")
	x.mset(cell(8, tr+2), cell(12, tr+2), "T/M BAN THƯỜNG VỤ", "b,c")
	x.mset(cell(8, tr+3), cell(12, tr+3), "PHÓ BÍ THƯ", "b,c")
	x.mset(cell(8, tr+7), cell(12, tr+7), nm.name(), "b,c")
	tmp := filepath.Join(tmpDir, "tong-hop-huyen-uy-lam-ha.xlsx")
	x.save(tmp)
	toXLS = append(toXLS, tmp)
	add("tong-hop-huyen-uy-lam-ha.xls", "roll-up (.xls)",
		"District committee of Lâm Hà (Lâm Đồng) over 16 commune, town, military and police committees, legacy .xls; three-line header (province, district, star, number); hundreds of members per row; two-day conferences typed `08-09/4/2021` in a column otherwise of Excel dates; one or two presenters per cell (`Name, title;⏎Name, title`); action program `Số hiệu` / `Ngày ban hành` under a merged header, `Chưa ban hành` merged across both; `Cộng toàn huyện` row.",
		recs...)
}

// r7: a coastal commune in Quảng Ngãi, .xls; dotted dates as text, chair
// names without titles, no others column.
func r7() {
	rng := rand.New(rand.NewSource(707))
	nm := newNamer(rng, nil, 0)
	parent := "Đảng ủy xã Bình Thạnh"
	num, rep := "58-BC/ĐU", dt(2021, 4, 20)
	units := []string{"Chi bộ thôn An Lộc", "Chi bộ thôn Thanh Thủy", "Chi bộ thôn Lệ Thủy", "Chi bộ thôn Tân Hy", "Chi bộ thôn Vĩnh Trà", "Chi bộ thôn Thạnh Đức",
		"Chi bộ Nghiệp đoàn nghề cá Bình Thạnh", "Chi bộ Trường THCS Bình Thạnh", "Chi bộ Trạm Y tế xã", "Chi bộ Công an xã"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 5), span: 10, totMin: 10, totMx: 48, absentMax: 4,
		repTitles: []string{"Đảng ủy viên", "Phó Bí thư Đảng ủy"}, sameRepShare: 0.4,
		onlineShare: 0.0, hybridShare: 0.1})
	rows[6].loc = "Trụ sở Nghiệp đoàn nghề cá"
	rows[6].note = "Tổ chức khi tàu cập bến"
	x := newXL("Bình Thạnh", "Binh Thanh")
	x.widths(5, 30, 12, 26, 11, 20, 28, 9, 9, 9, 20)
	rollHeader(x, 11, "ĐẢNG BỘ HUYỆN BÌNH SƠN", up(parent), "Số "+num, "Bình Thạnh, ngày "+dSl(rep))
	x.mset("A6", "K6", "TỔNG HỢP TÌNH HÌNH TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", "b,c")
	heads := []string{"STT", "Chi bộ", "Ngày tổ chức", "Địa điểm", "Hình thức", "Đồng chí chủ trì", "Báo cáo viên", "Tổng số ĐV", "Số ĐV dự", "Tỷ lệ", "Ghi chú"}
	for i, s := range heads {
		x.set(cell(i+1, 8), s, "b,c,w,B")
	}
	x.height(8, 32)
	var recs []baocao.Record
	for i, r := range rows {
		row := 9 + i
		x.set(cell(1, row), i+1, "c,B")
		x.set(cell(2, row), r.unit, "w,B")
		x.set(cell(3, row), dDot(r.conf), "c,B")
		x.set(cell(4, row), r.loc, "w,B")
		x.set(cell(5, row), formWord(r.form), "c,B")
		x.set(cell(6, row), r.chair, "w,B")
		var reps []string
		for _, p := range r.reps {
			reps = append(reps, p.Name+" ("+p.Title+")")
		}
		x.set(cell(7, row), strings.Join(reps, ", "), "w,B")
		x.set(cell(8, row), r.total, "c,B")
		x.set(cell(9, row), r.present, "c,B")
		x.set(cell(10, row), pct(r.present, r.total, 1)+"%", "c,B")
		x.set(cell(11, row), r.note, "w,B")
		x.height(row, 32)
		recs = append(recs, rowRecord(r, parent, num, rep, has{loc: true, form: true, chair: true, reps: true, repTitle: true}, "Bình Thạnh", row, 0))
	}
	tr := 9 + len(rows)
	t, p, _ := sums(rows)
	x.mset(cell(1, tr), cell(7, tr), "Cộng", "b,c,B")
	x.set(cell(8, tr), t, "b,c,B")
	x.set(cell(9, tr), p, "b,c,B")
	x.set(cell(10, tr), pct(p, t, 1)+"%", "b,c,B")
	x.set(cell(11, tr), "", "B")
	x.mset(cell(8, tr+2), cell(11, tr+2), "T/M ĐẢNG ỦY", "b,c")
	x.mset(cell(8, tr+3), cell(11, tr+3), "BÍ THƯ", "b,c")
	x.mset(cell(8, tr+7), cell(11, tr+7), nm.name(), "b,c")
	tmp := filepath.Join(tmpDir, "tong-hop-dang-uy-xa-binh-thanh.xlsx")
	x.save(tmp)
	toXLS = append(toXLS, tmp)
	add("tong-hop-dang-uy-xa-binh-thanh.xls", "roll-up (.xls)",
		"Coastal commune in Quảng Ngãi over 10 cells including a fishing union's, legacy .xls; dotted text dates `12.04.2021`; `Đồng chí chủ trì` gives names only (no title in the truth); presenters `Name (title)`; rate as text with one decimal; no others, no action program columns.",
		recs...)
}

// pdfRoll renders a roll-up as a landscape document: header, title, a sentence,
// the table, a signature.
func pdfRoll(hd hdr, title []string, intro []par, t tbl, after []par, sg sig, size float64) *doc {
	d := &doc{landscape: true, size: size}
	hd.lw = 0.4
	d.add(hd)
	for i, s := range title {
		d.add(PC(s, i < 2))
	}
	for _, p := range intro {
		d.add(p)
	}
	d.add(t)
	for _, p := range after {
		d.add(p)
	}
	d.add(sg)
	return d
}

// r8: a fishing commune in Phú Yên as a typed PDF table with wrapped cells.
func r8() {
	rng := rand.New(rand.NewSource(808))
	nm := newNamer(rng, nil, 0)
	parent := "Đảng ủy xã Xuân Thịnh"
	num, rep := "41-BC/ĐU", dt(2021, 4, 29)
	units := []string{"Chi bộ thôn Từ Nham", "Chi bộ thôn Hòa Lợi", "Chi bộ thôn Phú Dương", "Chi bộ thôn Dân Phước", "Chi bộ thôn Vịnh Hòa",
		"Chi bộ Trường Tiểu học Xuân Thịnh", "Chi bộ Trường THCS Xuân Thịnh", "Chi bộ Trạm Y tế xã", "Chi bộ Công an xã"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 6), span: 14, totMin: 9, totMx: 52, othMin: 5, othMx: 38, absentMax: 4, apPrefix: "CTr/CB", apShare: 0.7, apLast: dt(2021, 4, 28),
		hybridShare: 0.1, repTitles: []string{"Đảng ủy viên", "Phó Bí thư Đảng ủy xã", "Phó Chủ tịch UBND xã"}, sameRepShare: 0.4, twoRepShare: 0.2,
		chairTitle: func(string) string { return "Bí thư Chi bộ" }})
	var data [][]string
	var recs []baocao.Record
	for i, r := range rows {
		var reps []string
		for _, p := range r.reps {
			reps = append(reps, p.Name+", "+p.Title)
		}
		apT := "Chưa ban hành"
		if r.ap.Issued {
			apT = "Số " + r.ap.Number + ", ngày " + dSl(r.ap.Date)
		}
		data = append(data, []string{fmt.Sprint(i + 1), r.unit, dSl0(r.conf), r.loc, formWord(r.form), r.chair + ", " + r.chairT, strings.Join(reps, "; "),
			fmt.Sprint(r.total), fmt.Sprint(r.present), pct(r.present, r.total, 2), fmt.Sprint(r.others), apT})
		recs = append(recs, rowRecord(r, parent, num, rep, has{loc: true, form: true, chair: true, chairTitle: true, reps: true, repTitle: true, others: true, ap: true}, "", 0, 1))
	}
	t, p, o := sums(rows)
	data = append(data, []string{"", "Tổng cộng", "", "", "", "", "", fmt.Sprint(t), fmt.Sprint(p), pct(p, t, 2), fmt.Sprint(o), ""})
	tb := tbl{
		w: []float64{5, 22, 16, 24, 13, 22, 28, 8, 8, 9, 10, 22},
		head: []hc{{"TT", 0, 0, 2, 1}, {"Chi bộ", 0, 1, 2, 1}, {"Ngày tổ chức", 0, 2, 2, 1}, {"Địa điểm", 0, 3, 2, 1}, {"Hình thức", 0, 4, 2, 1}, {"Chủ trì", 0, 5, 2, 1},
			{"Báo cáo viên", 0, 6, 2, 1}, {"Đảng viên", 0, 7, 1, 3}, {"Tổng", 1, 7, 1, 1}, {"Dự", 1, 8, 1, 1}, {"Tỷ lệ (%)", 1, 9, 1, 1},
			{"Quần chúng", 0, 10, 2, 1}, {"Chương trình hành động", 0, 11, 2, 1}},
		headRows: 2, rows: data, aligns: "CLCLCLLCCCCL", boldRows: map[int]bool{len(data) - 1: true}, size: 9,
	}
	d := pdfRoll(partyHdr("Thị ủy Sông Cầu", parent, "Số "+num, "Xuân Thịnh, ngày "+dLong(rep)),
		[]string{"BÁO CÁO", "Kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng ở các chi bộ", "-----"},
		[]par{P(fmt.Sprintf("Đảng bộ xã Xuân Thịnh có %d chi bộ trực thuộc với %d đảng viên. Đến nay 100%% chi bộ đã tổ chức hội nghị; kết quả cụ thể như sau:", len(rows), t))},
		tb,
		[]par{P("Đảng ủy xã tiếp tục chỉ đạo các chi bộ chưa ban hành chương trình hành động hoàn thành trước ngày 15/5/2021.")},
		sig{left: []ln{LB("Nơi nhận:"), L("- Ban Thường vụ Thị ủy (b/c),"), L("- Lưu VP.")}, right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), LB(nm.name())}},
		11)
	emitPDF(d, "tong-hop-dang-uy-xa-xuan-thinh.pdf")
	add("tong-hop-dang-uy-xa-xuan-thinh.pdf", "roll-up (PDF table, fpdf)",
		"Fishing commune in Phú Yên, a typed landscape PDF: narrative header, a sentence with the commune's totals, then a ruled table with a two-row merged header and cells wrapped over several lines (unit, place, chair `Name, title`, presenters, action program `Số …, ngày …`); padded dates `06/04/2021`; bold `Tổng cộng` row; a deadline date after the table.",
		recs...)
}

// r9: a tea-growing ward in Bảo Lộc, typed in Word (landscape) and printed to
// PDF by LibreOffice.
func r9() {
	rng := rand.New(rand.NewSource(909))
	nm := newNamer(rng, khoNames, 0.15)
	parent := "Đảng ủy phường Lộc Phát"
	num, rep := "33-BC/ĐU", dt(2021, 5, 3)
	var units []string
	for i := 1; i <= 8; i++ {
		units = append(units, fmt.Sprintf("Chi bộ tổ dân phố %d", i))
	}
	units = append(units, "Chi bộ Trường THCS Lộc Phát", "Chi bộ Trường Tiểu học Lộc Phát", "Chi bộ Công ty TNHH Chè Lộc Phát", "Chi bộ Công an phường")
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 7), span: 16, totMin: 11, totMx: 49, othMin: 4, othMx: 30, absentMax: 4,
		repTitles: []string{"Đảng ủy viên", "Phó Bí thư Đảng ủy phường", "Phó Bí thư Chi bộ"}, sameRepShare: 0.5,
		chairTitle: func(u string) string {
			if strings.Contains(u, "tổ dân phố") {
				return "Bí thư Chi bộ"
			}
			return "Bí thư"
		}})
	rows[10].note = "Tổ chức sau giờ làm ca"
	absent(&rows[3], 3)
	rows[3].note = "Vắng: đi thu hái chè"
	var data [][]string
	var recs []baocao.Record
	for i, r := range rows {
		data = append(data, []string{fmt.Sprint(i + 1), r.unit, dSlD(r.conf), r.loc, r.chair + "\n" + r.chairT, r.reps[0].Name + "\n" + r.reps[0].Title,
			fmt.Sprint(r.total), fmt.Sprint(r.present), pct(r.present, r.total, 2), fmt.Sprint(r.others), r.note})
		rr := r
		rr.reps = rr.reps[:1]
		recs = append(recs, rowRecord(rr, parent, num, rep, has{loc: true, chair: true, chairTitle: true, reps: true, repTitle: true, others: true}, "", 0, 1))
	}
	t, p, o := sums(rows)
	data = append(data, []string{"", "Cộng", "", "", "", "", fmt.Sprint(t), fmt.Sprint(p), pct(p, t, 2), fmt.Sprint(o), ""})
	tb := tbl{
		w: []float64{7, 24, 15, 26, 22, 24, 8, 10, 9, 10, 18},
		head: []hc{{"STT", 0, 0, 2, 1}, {"Tên chi bộ", 0, 1, 2, 1}, {"Thời gian", 0, 2, 2, 1}, {"Địa điểm", 0, 3, 2, 1}, {"Người chủ trì", 0, 4, 2, 1}, {"Báo cáo viên", 0, 5, 2, 1},
			{"Số đảng viên", 0, 6, 1, 3}, {"Tổng số", 1, 6, 1, 1}, {"Tham dự", 1, 7, 1, 1}, {"Tỷ lệ %", 1, 8, 1, 1}, {"Quần chúng", 0, 9, 2, 1}, {"Ghi chú", 0, 10, 2, 1}},
		headRows: 2, rows: data, aligns: "CLCLLLCCCCL", boldRows: map[int]bool{len(data) - 1: true}, size: 10,
	}
	d := pdfRoll(partyHdr("Thành ủy Bảo Lộc", parent, "Số "+num, "Lộc Phát, ngày "+dLong0(rep)),
		[]string{"BÁO CÁO", "Tổng hợp kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại các chi bộ trực thuộc", "-----"},
		[]par{P("Tất cả các chi bộ tổ chức hội nghị theo hình thức trực tiếp hoặc kết hợp; kết quả từng chi bộ như sau:")},
		tb, nil,
		sig{left: []ln{LB("Nơi nhận:"), L("- BTV Thành ủy (b/c),"), L("- Lưu.")}, right: []ln{LB("T/M ĐẢNG ỦY"), LB("PHÓ BÍ THƯ"), L(""), L(""), LB(nm.name())}},
		12)
	emitDOCX2PDF(d, "tong-hop-dang-uy-phuong-loc-phat.pdf", "DU Loc Phat")
	add("tong-hop-dang-uy-phuong-loc-phat.pdf", "roll-up (PDF table, Word → PDF)",
		"Tea-growing ward in Bảo Lộc, a landscape Word table printed by LibreOffice; merged `Số đảng viên` header; `Name⏎title` cells; the form given only globally (`trực tiếp hoặc kết hợp`, so no form in the rows' truth); notes; `Cộng` row; signed by a deputy.",
		recs...)
}

// r10: a district of Bình Định over 18 committees, two pages, sections with
// subtotals, hyphen dates, two-day rows "12, 13-4-2021".
func r10() {
	rng := rand.New(rand.NewSource(1010))
	nm := newNamer(rng, nil, 0)
	parent := "Huyện ủy Tây Sơn"
	num, rep := "187-BC/HU", dt(2021, 5, 10)
	secA := []string{"Đảng bộ thị trấn Phú Phong", "Đảng bộ xã Bình Tân", "Đảng bộ xã Bình Thành", "Đảng bộ xã Bình Hòa", "Đảng bộ xã Bình Thuận", "Đảng bộ xã Bình Tường",
		"Đảng bộ xã Bình Nghi", "Đảng bộ xã Tây An", "Đảng bộ xã Tây Bình", "Đảng bộ xã Tây Vinh", "Đảng bộ xã Tây Xuân", "Đảng bộ xã Tây Phú", "Đảng bộ xã Tây Giang",
		"Đảng bộ xã Tây Thuận", "Đảng bộ xã Vĩnh An"}
	secB := []string{"Đảng bộ Quân sự huyện", "Đảng bộ Công an huyện", "Đảng bộ Trung tâm Y tế huyện"}
	opt := genOpt{from: dt(2021, 3, 24), span: 18, totMin: 60, totMx: 420, othMin: 10, othMx: 120, absentMax: 22, apPrefix: "CTr/ĐU", apShare: 0.8, apLast: dt(2021, 5, 8),
		onlineShare: 0.05, hybridShare: 0.25, repTitles: []string{"x"}, sameRepShare: 1,
		chairTitle: func(string) string { return "Bí thư Đảng ủy" }}
	rowsA := genRows(rng, nm, secA, opt)
	rowsB := genRows(rng, nm, secB, opt)
	twoDay(&rowsA[0])
	twoDay(&rowsA[7])
	rowsB[0].note = "Quân số trực sẵn sàng chiến đấu học bù"
	var data [][]string
	bold := map[int]bool{}
	var recs []baocao.Record
	seq := 0
	section := func(code, title string, rows []urow) {
		bold[len(data)] = true
		data = append(data, []string{code, title, "", "", "", "", "", "", "", "", ""})
		for _, r := range rows {
			seq++
			ds := dHy(r.conf)
			if r.twoDay {
				nd := addDays(r.conf, 1)
				ds = fmt.Sprintf("%d, %d-%d-%d", r.conf.Day, nd.Day, int(r.conf.Month), r.conf.Year)
			}
			apT := "Chưa"
			if r.ap.Issued {
				apT = r.ap.Number + "\n" + dHy(r.ap.Date)
			}
			data = append(data, []string{fmt.Sprint(seq), r.unit, ds, formWord(r.form), r.chair + " - " + r.chairT,
				fmt.Sprint(r.total), fmt.Sprint(r.present), pct(r.present, r.total, 2), fmt.Sprint(r.others), apT, r.note})
			recs = append(recs, rowRecord(r, parent, num, rep, has{form: true, chair: true, chairTitle: true, others: true, ap: true}, "", 0, 0))
		}
		t, p, o := sums(rows)
		bold[len(data)] = true
		data = append(data, []string{"", "Cộng " + code, "", "", "", fmt.Sprint(t), fmt.Sprint(p), pct(p, t, 2), fmt.Sprint(o), "", ""})
	}
	section("A", "Đảng bộ xã, thị trấn", rowsA)
	section("B", "Đảng bộ cơ sở khác", rowsB)
	t, p, o := sums(append(append([]urow{}, rowsA...), rowsB...))
	bold[len(data)] = true
	data = append(data, []string{"", "Tổng cộng (A+B)", "", "", "", fmt.Sprint(t), fmt.Sprint(p), pct(p, t, 2), fmt.Sprint(o), "", ""})
	tb := tbl{
		w: []float64{6, 38, 22, 17, 38, 11, 11, 11, 12, 20, 28},
		head: []hc{{"TT", 0, 0, 2, 1}, {"Đơn vị", 0, 1, 2, 1}, {"Ngày tổ chức", 0, 2, 2, 1}, {"Hình thức", 0, 3, 2, 1}, {"Chủ trì", 0, 4, 2, 1},
			{"Đảng viên", 0, 5, 1, 3}, {"Tổng số", 1, 5, 1, 1}, {"Dự", 1, 6, 1, 1}, {"%", 1, 7, 1, 1}, {"Quần chúng", 0, 8, 2, 1}, {"CTHĐ (số, ngày)", 0, 9, 2, 1}, {"Ghi chú", 0, 10, 2, 1}},
		headRows: 2, rows: data, aligns: "CLCCLCCCCCL", boldRows: bold, size: 10,
	}
	hd := hdr{left: []ln{L("ĐẢNG BỘ TỈNH BÌNH ĐỊNH"), LB(up(parent)), L("*"), L("Số " + num)}, right: []ln{LBU(dcsvn), L(""), LI("Tây Sơn, ngày " + dLong(rep))}}
	d := pdfRoll(hd,
		[]string{"BÁO CÁO", "Kết quả học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội XIII của Đảng trong toàn Đảng bộ huyện", "-----"},
		[]par{P("Thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã chỉ đạo các tổ chức cơ sở đảng tổ chức hội nghị học tập, quán triệt Nghị quyết. Kết quả cụ thể tại biểu dưới đây:")},
		tb,
		[]par{P("Các đảng bộ chưa ban hành chương trình hành động phải hoàn thành trước ngày 30/6/2021.")},
		sig{left: []ln{LB("Nơi nhận:"), L("- Thường trực Tỉnh ủy (b/c),"), L("- Ban Tuyên giáo Tỉnh ủy,"), L("- Lưu VT.")}, right: []ln{LB("T/M BAN THƯỜNG VỤ"), LB("BÍ THƯ"), L(""), L(""), LB(nm.name())}},
		11)
	emitPDF(d, "tong-hop-huyen-uy-tay-son.pdf")
	add("tong-hop-huyen-uy-tay-son.pdf", "roll-up (PDF table, fpdf)",
		"District committee of Tây Sơn (Bình Định) over 18 committees in sections `A` / `B` with bold section, `Cộng A`, `Cộng B` and `Tổng cộng (A+B)` rows; the table runs over two pages with the header repeated; hyphen dates, two-day rows as `12, 13-4-2021`; chair `Name - Bí thư Đảng ủy`; no presenters or places; action program `number⏎date` or `Chưa`.",
		recs...)
}
