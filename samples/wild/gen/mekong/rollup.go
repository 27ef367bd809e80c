package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// RUnit is one row of a roll-up.
type RUnit struct {
	Group             string
	Unit, Location    string
	Date, ActDate     D
	Chair, ChairTitle string
	Rep, RepTitle     string
	Total, Present    int
	Others            int
	Form              string // in_person, online, hybrid
	ActNum            string
	Issued            bool
	Note              string
}

// Col is a roll-up column: its header path, width, cell value and truth.
type Col struct {
	H    []string
	W    float64
	V    func(u *RUnit) any
	Sum  func(us []*RUnit) any
	Fill func(r *Record, u *RUnit)
}

// Roll is a whole roll-up table.
type Roll struct {
	Superior, Issuer string // header lines (normal case)
	Parent           string // truth parent_unit
	DocNum           string
	Date             D
	Place            string
	Title, Sub       []string
	Groups           []string
	GroupLabels      []string
	SubLabel, Total  string
	Units            []*RUnit
	Cols             []Col
	Numbered         bool
	Notes            []string
	Sign             []string
	Signer           *Person
	Preparer         string
	TruthDoc         string
}

var (
	hoNam   = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Lâm", "Châu", "Trương", "Phan", "Ngô", "Tạ", "Đỗ", "Hồ", "Lý", "Mai", "Thái"}
	demNam  = []string{"Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Quốc", "Hữu", "Kim", "Thị Kim", "Văn Bé", "Thị Ngọc", "Công", "Tấn", "Thị Mỹ", "Phước"}
	tenNam  = []string{"Hùng", "Dũng", "Tuấn", "Phước", "Lộc", "Tài", "Nghĩa", "Hiếu", "Sang", "Tâm", "Trung", "Nhân", "Lành", "Đức", "Thuận", "Hòa", "Em", "Út", "Kiệt", "Vũ", "Khoa"}
	tenNu   = []string{"Thảo", "Nhung", "Hằng", "Phượng", "Diễm", "Quyên", "Xuân", "Lan", "Hạnh", "Trinh", "Loan", "Thủy", "Em", "Út", "Tâm"}
	khmerHo = []string{"Thạch", "Sơn", "Lâm", "Kim", "Danh", "Lý"}
	khmerTn = []string{"Sô Phol", "Thị Sa Ry", "Chanh Đa", "Sóc Kha", "Thị Phươl", "Văn Sang", "Sà Rương", "Ngọc Tha"}
)

func name(rng *rand.Rand, khmer bool) string {
	if khmer && rng.Intn(2) == 0 {
		return khmerHo[rng.Intn(len(khmerHo))] + " " + khmerTn[rng.Intn(len(khmerTn))]
	}
	dem := demNam[rng.Intn(len(demNam))]
	ten := tenNam[rng.Intn(len(tenNam))]
	if strings.Contains(dem, "Thị") {
		ten = tenNu[rng.Intn(len(tenNu))]
	}
	return hoNam[rng.Intn(len(hoNam))] + " " + dem + " " + ten
}

// genUnits fills units for the given names, groups and window.
func genUnits(rng *rand.Rand, names [][]string, groups []string, start D, span int, loc func(unit string) string, sym string, khmer bool, minT, maxT int) []*RUnit {
	var us []*RUnit
	for gi, g := range names {
		for _, n := range g {
			u := &RUnit{Unit: n, Group: groups[gi]}
			u.Date = start.Add(rng.Intn(span))
			u.Location = loc(n)
			u.Chair = name(rng, khmer)
			u.ChairTitle = "Bí thư Chi bộ"
			if strings.HasPrefix(n, "Đảng bộ") {
				u.ChairTitle = "Bí thư Đảng ủy"
			}
			if rng.Intn(7) == 0 {
				u.ChairTitle = "Phó Bí thư" + strings.TrimPrefix(u.ChairTitle, "Bí thư")
				u.Note = "Bí thư đi học"
			}
			u.Rep, u.RepTitle = u.Chair, u.ChairTitle
			if rng.Intn(5) == 0 {
				u.Rep = name(rng, khmer)
				u.RepTitle = "Báo cáo viên cấp ủy cấp trên"
			}
			u.Total = minT + rng.Intn(maxT-minT+1)
			u.Present = u.Total - rng.Intn(4)
			if u.Present == u.Total && rng.Intn(2) == 0 {
				u.Present--
			}
			u.Others = rng.Intn(25)
			u.Form = "in_person"
			u.Issued = rng.Intn(8) != 0
			if u.Issued {
				u.ActNum = fmt.Sprintf("%02d-%s", 1+rng.Intn(12), sym)
				u.ActDate = u.Date.Add(2 + rng.Intn(9))
			} else if u.Note == "" {
				u.Note = "Đang xây dựng CTHĐ"
			}
			us = append(us, u)
		}
	}
	return us
}

func sumInt(f func(u *RUnit) int) func(us []*RUnit) any {
	return func(us []*RUnit) any {
		t := 0
		for _, u := range us {
			t += f(u)
		}
		return t
	}
}

func sumPct(us []*RUnit) any {
	p, t := 0, 0
	for _, u := range us {
		p += u.Present
		t += u.Total
	}
	return strings.Replace(fmt.Sprintf("%.2f", float64(p)/float64(t)*100), ".", ",", 1)
}

func ratePct(u *RUnit) any {
	return strings.Replace(fmt.Sprintf("%.2f", float64(u.Present)/float64(u.Total)*100), ".", ",", 1)
}

func countN(us []*RUnit) any { return len(us) }

// Standard truth fillers.
func fillDate(r *Record, u *RUnit)   { r.ConferenceDate = u.Date.ISO() }
func fillLoc(r *Record, u *RUnit)    { r.Location = u.Location }
func fillTotal(r *Record, u *RUnit)  { ensureAtt(r).MembersTotal = ip(u.Total) }
func fillOthers(r *Record, u *RUnit) { ensureAtt(r).Others = ip(u.Others) }
func fillForm(r *Record, u *RUnit)   { r.Form = u.Form }
func fillPresent(r *Record, u *RUnit) {
	ensureAtt(r).MembersPresent = ip(u.Present)
}
func fillChair(r *Record, u *RUnit) { r.Chair = pp(u.Chair, u.ChairTitle) }
func fillChairName(r *Record, u *RUnit) {
	if r.Chair == nil {
		r.Chair = &Person{}
	}
	r.Chair.Name = u.Chair
}
func fillChairTitle(r *Record, u *RUnit) {
	if r.Chair == nil {
		r.Chair = &Person{}
	}
	r.Chair.Title = u.ChairTitle
}
func fillRep(r *Record, u *RUnit)     { r.Reporters = []Person{{Name: u.Rep}} }
func fillRepFull(r *Record, u *RUnit) { r.Reporters = []Person{{Name: u.Rep, Title: u.RepTitle}} }
func fillAct(r *Record, u *RUnit) {
	if u.Issued {
		r.ActionProgram = &Action{Issued: true, Number: u.ActNum, Date: u.ActDate.ISO()}
	} else {
		r.ActionProgram = &Action{Issued: false}
	}
}
func fillActNum(r *Record, u *RUnit) {
	if u.Issued {
		r.ActionProgram = &Action{Issued: true, Number: u.ActNum}
	} else {
		r.ActionProgram = &Action{Issued: false}
	}
}
func fillActDate(r *Record, u *RUnit) {
	if u.Issued {
		r.ActionProgram.Date = u.ActDate.ISO()
	}
}

func ensureAtt(r *Record) *Attendance {
	if r.Attendance == nil {
		r.Attendance = &Attendance{}
	}
	return r.Attendance
}

// records builds the truth rows of a roll-up.
func (rl *Roll) records() []Record {
	var out []Record
	for _, u := range rl.Units {
		doc := rl.DocNum
		if doc == "" {
			doc = rl.TruthDoc
		}
		r := Record{Unit: u.Unit, ParentUnit: rl.Parent, DocNumber: doc, ReportDate: rl.Date.ISO(), Signer: rl.Signer}
		for _, c := range rl.Cols {
			if c.Fill != nil {
				c.Fill(&r, u)
			}
		}
		if a := r.Attendance; a != nil && a.MembersPresent != nil && a.MembersTotal != nil {
			a.Rate = rate(*a.MembersPresent, *a.MembersTotal)
		}
		out = append(out, r)
	}
	return out
}

// cellText renders a value the way the table shows it (for PDF and the check).
func cellText(v any, textDates bool) string {
	switch x := v.(type) {
	case nil:
		return ""
	case D:
		return x.Sl()
	case int:
		return fmt.Sprint(x)
	default:
		return fmt.Sprint(x)
	}
}

// groupsOf splits units by group in order.
func (rl *Roll) groupsOf() [][]*RUnit {
	if len(rl.Groups) == 0 {
		return [][]*RUnit{rl.Units}
	}
	var out [][]*RUnit
	for _, g := range rl.Groups {
		var us []*RUnit
		for _, u := range rl.Units {
			if u.Group == g {
				us = append(us, u)
			}
		}
		out = append(out, us)
	}
	return out
}

// bodyRows lists the table rows: kind 0 unit, 1 group heading, 2 subtotal, 3 total.
type bodyRow struct {
	kind  int
	label string
	unit  *RUnit
	sum   []*RUnit
	stt   string
}

func (rl *Roll) body() []bodyRow {
	var rows []bodyRow
	n := 0
	gs := rl.groupsOf()
	for gi, us := range gs {
		if len(rl.Groups) > 1 && rl.GroupLabels != nil {
			rows = append(rows, bodyRow{kind: 1, label: rl.GroupLabels[gi], stt: romans[gi], sum: us})
		}
		for _, u := range us {
			n++
			rows = append(rows, bodyRow{kind: 0, unit: u, stt: fmt.Sprint(n)})
		}
		if len(rl.Groups) > 1 && rl.SubLabel != "" {
			rows = append(rows, bodyRow{kind: 2, label: rl.SubLabel, sum: us})
		}
	}
	if rl.Total != "" {
		rows = append(rows, bodyRow{kind: 3, label: rl.Total, sum: rl.Units})
	}
	return rows
}

var romans = []string{"I", "II", "III", "IV", "V", "VI"}

// unitCol is the index of the column holding the unit name (the second one).
const unitCol = 1

// rowValues gives the values of a body row.
func (rl *Roll) rowValues(br bodyRow) []any {
	vals := make([]any, len(rl.Cols))
	switch br.kind {
	case 0:
		for i, c := range rl.Cols {
			if i == 0 {
				vals[i] = br.stt
				continue
			}
			vals[i] = c.V(br.unit)
		}
	default:
		vals[0] = br.stt
		vals[unitCol] = br.label
		if br.kind != 1 {
			for i, c := range rl.Cols {
				if c.Sum != nil {
					vals[i] = c.Sum(br.sum)
				}
			}
		}
	}
	return vals
}

// headerDepth is the deepest header path.
func (rl *Roll) headerDepth() int {
	d := 1
	for _, c := range rl.Cols {
		if len(c.H) > d {
			d = len(c.H)
		}
	}
	return d
}

// headerSpans computes merged header cells: (level, firstCol, lastCol, lastLevel, text).
type span struct {
	lv, c1, c2, lv2 int
	text            string
}

func (rl *Roll) headerSpans() []span {
	depth := rl.headerDepth()
	var out []span
	for lv := 0; lv < depth; lv++ {
		for c := 0; c < len(rl.Cols); {
			h := rl.Cols[c].H
			if lv >= len(h) {
				c++
				continue
			}
			c2 := c
			for c2+1 < len(rl.Cols) && lv < len(rl.Cols[c2+1].H) && rl.Cols[c2+1].H[lv] == h[lv] && samePrefix(rl.Cols[c2+1].H, h, lv) {
				c2++
			}
			lv2 := lv
			if lv == len(h)-1 {
				lv2 = depth - 1
			}
			out = append(out, span{lv, c, c2, lv2, h[lv]})
			c = c2 + 1
		}
	}
	return out
}

func samePrefix(a, b []string, n int) bool {
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
