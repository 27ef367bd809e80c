package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// URow is one unit in a roll-up.
type URow struct {
	Unit     string
	CDate    D
	Loc      string
	Form     string
	Chair    Person
	Reporter Person
	Total    int
	Present  int
	Others   int
	Act      int // 1 issued, 2 not yet
	ActNum   string
	ActDate  D
}

// Group is a block of units with an optional subtotal row.
type Group struct {
	Name  string // e.g. "I. ĐẢNG BỘ XÃ, THỊ TRẤN"
	Sub   string // subtotal label, "" for none
	Units []URow
}

// Col is a column: its header path (outer to inner) and its value.
type Col struct {
	Path  []string
	W     float64
	Get   func(u *URow, no int) any // string, int, D or float64
	Sum   func(u *URow) int         // nil when the column is not summed
	Align string
}

// RollSpec describes one roll-up.
type RollSpec struct {
	Name      string
	Format    string // xlsx, xls, pdf-fpdf, pdf-lo
	Sheet     string
	Left      []string
	Title     []string
	Parent    string
	DocNum    string
	RDate     D
	SignPlace string
	SignLines []string
	Signer    string
	Cols      []Col
	Groups    []Group
	TotalLbl  string
	Numbered  bool   // a "(1) (2) ..." row under the header
	NumStyle  string // "(1)" or "1"
	DateFmt   string // Excel number format for dates; "" writes dates as text
	DateText  int    // text date style when DateFmt == ""
	Notes     []string
	What      string
	Truth     func(u *URow) Record // fields the columns show
}

// hcell is a header cell with its place in the header grid.
type hcell struct {
	row, col, rs, cs int
	text             string
}

// headerCells merges equal path prefixes across columns and lets short
// paths span down to the last header row.
func headerCells(cols []Col) ([]hcell, int) {
	depth := 0
	for _, c := range cols {
		if len(c.Path) > depth {
			depth = len(c.Path)
		}
	}
	var out []hcell
	for lvl := 0; lvl < depth; lvl++ {
		for i := 0; i < len(cols); {
			p := cols[i].Path
			if lvl >= len(p) {
				i++
				continue
			}
			j := i + 1
			for j < len(cols) && lvl < len(cols[j].Path)-1 && lvl < len(p)-1 && samePrefix(p, cols[j].Path, lvl+1) {
				j++
			}
			rs := 1
			if lvl == len(p)-1 {
				rs = depth - lvl
			}
			out = append(out, hcell{lvl, i, rs, j - i, p[lvl]})
			i = j
		}
	}
	return out, depth
}

func samePrefix(a, b []string, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for k := 0; k < n; k++ {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// cellText writes a value as the roll-up shows it in text.
func (s *RollSpec) cellText(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case D:
		return t.Fmt(s.DateText)
	case float64:
		return strings.Replace(fmt.Sprintf("%.2f", t), ".", ",", 1)
	}
	return fmt.Sprint(v)
}

// records gives one record per unit row, with the roll-up's own number and date.
func (s *RollSpec) records() []Record {
	var out []Record
	for _, g := range s.Groups {
		for i := range g.Units {
			r := s.Truth(&g.Units[i])
			r.Unit = g.Units[i].Unit
			r.ParentUnit = s.Parent
			r.DocNumber = s.DocNum
			if !s.RDate.Zero() {
				r.ReportDate = s.RDate.ISO()
			}
			out = append(out, r)
		}
	}
	return out
}

// ---- generation of plausible unit rows ----

var (
	nwFamily  = []string{"Lò", "Quàng", "Cà", "Tòng", "Lường", "Điêu", "Vì", "Hà", "Lê", "Bạc"}
	nwGiven   = []string{"Pánh", "Xuân", "Hặc", "Ỏn", "Thanh", "Hiền", "Tới", "Khánh", "Thắm", "Hoan", "Nọi", "Ún", "Lả", "Pằng", "Chiến", "Duyên", "Sơn", "Thủy", "Biên", "Quyết"}
	hmFamily  = []string{"Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Hờ", "Lý", "Chảo", "Tẩn", "Hầu"}
	hmGiven   = []string{"Chơ", "Lử", "Dế", "Tủa", "Phử", "Lềnh", "Chẳn", "San", "Páo", "Sính", "Dua", "Mỷ", "Say", "Vàng", "Pó", "Chu"}
	sFamily   = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lương", "Trương"}
	sMiddleM  = []string{"Văn", "Minh", "Tấn", "Quốc", "Thanh", "Hữu", "Công", "Ngọc"}
	sMiddleF  = []string{"Thị", "Thị Kim", "Thị Thu", "Thị Mỹ", "Thị Ngọc"}
	sGivenM   = []string{"Thạnh", "Bảo", "Tám", "Lộc", "Sang", "Tùng", "Phúc", "Nhơn", "Dũng", "Cường", "Trí", "Hải", "Lành", "Tài", "Vinh", "Hưng", "Đức"}
	sGivenF   = []string{"Lệ", "Hân", "Hiền", "Hoa", "Sương", "Phương", "Loan", "Hằng", "Nga", "Trinh", "Yến"}
	nwFemale  = []string{"Thị"}
	locPrefix = []string{"Nhà văn hóa", "Hội trường", "Phòng họp"}
)

type namer struct {
	rng    *rand.Rand
	region string // "nw", "hmong", "south"
	used   map[string]bool
}

func (n *namer) name() string {
	for {
		var s string
		switch n.region {
		case "nw":
			mid := "Văn"
			if n.rng.IntN(3) == 0 {
				mid = nwFemale[0]
			}
			s = nwFamily[n.rng.IntN(len(nwFamily))] + " " + mid + " " + nwGiven[n.rng.IntN(len(nwGiven))]
		case "hmong":
			mid := []string{"A", "Seo", "Thị", "A"}[n.rng.IntN(4)]
			s = hmFamily[n.rng.IntN(len(hmFamily))] + " " + mid + " " + hmGiven[n.rng.IntN(len(hmGiven))]
		default:
			if n.rng.IntN(3) == 0 {
				s = sFamily[n.rng.IntN(len(sFamily))] + " " + sMiddleF[n.rng.IntN(len(sMiddleF))] + " " + sGivenF[n.rng.IntN(len(sGivenF))]
			} else {
				s = sFamily[n.rng.IntN(len(sFamily))] + " " + sMiddleM[n.rng.IntN(len(sMiddleM))] + " " + sGivenM[n.rng.IntN(len(sGivenM))]
			}
		}
		if !n.used[s] {
			n.used[s] = true
			return s
		}
	}
}

// genRows fills plausible rows for unit names.
func genRows(rng *rand.Rand, nm *namer, units []string, start D, span int, sizeLo, sizeHi int, sym string, loc func(u string) string) []URow {
	var out []URow
	for i, u := range units {
		cd := addDays(start, rng.IntN(span))
		t := sizeLo + rng.IntN(sizeHi-sizeLo+1)
		if strings.HasPrefix(u, "Đảng bộ") {
			t = t*6 + rng.IntN(40)
		}
		abs := rng.IntN(4)
		if abs > t/5 {
			abs = t / 5
		}
		if t > 100 {
			abs = 3 + rng.IntN(t/12)
		}
		if abs >= t {
			abs = 0
		}
		chair := Person{Name: nm.name(), Title: "Bí thư"}
		if rng.IntN(7) == 0 {
			chair.Title = "Phó Bí thư"
		}
		rep := chair
		if rng.IntN(4) == 0 {
			rep = Person{Name: nm.name(), Title: "Phó Bí thư"}
		}
		r := URow{Unit: u, CDate: cd, Chair: chair, Reporter: rep, Total: t, Present: t - abs, Others: rng.IntN(t) + 2, Form: "in_person"}
		if loc != nil {
			r.Loc = loc(u)
		}
		if rng.IntN(6) == 0 {
			r.Act = 2
		} else {
			r.Act = 1
			r.ActNum = fmt.Sprintf("%02d-CTr/%s", 1+rng.IntN(9), symFor(u, sym))
			r.ActDate = addDays(cd, 1+rng.IntN(6))
		}
		_ = i
		out = append(out, r)
	}
	return out
}

func symFor(u, sym string) string {
	if sym != "" {
		return sym
	}
	if strings.HasPrefix(u, "Đảng bộ") {
		return "ĐU"
	}
	return "CB"
}

var monthDays = []int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func addDays(d D, n int) D {
	for ; n > 0; n-- {
		d.Day++
		md := monthDays[d.M]
		if d.M == 2 && d.Y%4 == 0 {
			md = 29
		}
		if d.Day > md {
			d.Day = 1
			d.M++
			if d.M > 12 {
				d.M = 1
				d.Y++
			}
		}
	}
	return d
}

// actText writes the action program cell.
func actText(u *URow, style int) string {
	if u.Act == 2 {
		return "Chưa ban hành"
	}
	return fmt.Sprintf("%s ngày %s", u.ActNum, u.ActDate.Fmt(style))
}

func actRec(u *URow) *Action {
	if u.Act == 2 {
		return &Action{Issued: false}
	}
	return &Action{Issued: true, Number: u.ActNum, Date: u.ActDate.ISO()}
}

func attRec(u *URow, withOthers bool) *Attendance {
	a := &Attendance{MembersPresent: ip(u.Present), MembersTotal: ip(u.Total), Rate: rate(u.Present, u.Total)}
	if withOthers {
		a.Others = ip(u.Others)
	}
	return a
}
