package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// rcol is a column of a roll-up: up to three header levels and the kind of value.
type rcol struct {
	top, mid, low string
	kind          string
	w             float64
}

// urow is one unit row.
type urow struct {
	unit, form, loc, chair, ctitle string
	date                           time.Time
	total, present, others         int
	apState                        int // 0 unknown, 1 issued, 2 not issued
	apNum                          string
	apDate                         time.Time
}

type group struct {
	label, sub string
	rows       []urow
}

// rollup is a whole roll-up table.
type rollup struct {
	name, desc string
	left       []string // header lines
	right      []string
	title      []string
	cols       []rcol
	groups     []group
	total      string
	parent     string
	doc        string
	repDate    string // ISO, if stated
	notes      []string
	sign       []string
	numbered   bool
	formWords  map[string]string
	dateText   bool
}

var kinhFam = []string{"Nguyễn", "Trần", "Lê", "Phan", "Hoàng", "Võ", "Đặng", "Hồ", "Bùi", "Đinh", "Trương", "Ngô", "Dương", "Thái"}
var kinhMid = []string{"Văn", "Thị", "Đình", "Quang", "Ngọc", "Hữu", "Thanh", "Xuân", "Minh", "Thị Thu", "Công", "Đức"}
var kinhGiv = []string{"Hùng", "Lan", "Dũng", "Hoa", "Tuấn", "Hải", "Thắng", "Hương", "Bình", "Sơn", "Tâm", "Phúc", "Lực", "Nga", "Khánh", "Hòa", "Vinh", "Thủy", "Long", "Trung"}
var highNames = []string{"Y Bhăm Niê", "H'Nga Ayun", "Rơ Châm Tuyên", "Ksor Đen", "Siu Hlim", "A Blong", "Y Thoa", "Kpă Thu", "Rmah Byơr", "Đinh Văn Brơi", "K' Brèo", "Ka Hòa", "Y Nuê Mlô", "A Hưng", "Puih Kha", "Nay Phi"}

func name(r *rand.Rand, high bool) string {
	if high && r.IntN(3) > 0 {
		return highNames[r.IntN(len(highNames))]
	}
	return kinhFam[r.IntN(len(kinhFam))] + " " + kinhMid[r.IntN(len(kinhMid))] + " " + kinhGiv[r.IntN(len(kinhGiv))]
}

// genRows makes rows for the given unit names.
func genRows(r *rand.Rand, units []string, from time.Time, span int, high bool, ctitle, locPat string) []urow {
	var out []urow
	for _, u := range units {
		tot := 9 + r.IntN(30)
		if strings.HasPrefix(u, "Đảng bộ") {
			tot = 60 + r.IntN(180)
		}
		abs := r.IntN(4)
		if r.IntN(4) == 0 {
			abs = 0
		}
		row := urow{unit: u, date: from.AddDate(0, 0, r.IntN(span)), total: tot, present: tot - abs, others: r.IntN(25), chair: name(r, high), ctitle: ctitle}
		if r.IntN(6) == 0 {
			row.ctitle = "Phó Bí thư"
		}
		switch r.IntN(5) {
		case 0:
			row.form = "online"
		case 1:
			row.form = "hybrid"
		default:
			row.form = "in_person"
		}
		if locPat != "" {
			row.loc = fmt.Sprintf(locPat, strings.TrimPrefix(strings.TrimPrefix(u, "Chi bộ "), "Đảng bộ "))
		}
		if r.IntN(7) == 0 {
			row.apState = 2
		} else {
			row.apState = 1
			row.apDate = row.date.AddDate(0, 0, 2+r.IntN(12))
			row.apNum = fmt.Sprintf("%02d-%s", 1+r.IntN(30), map[bool]string{true: "CTr/ĐU", false: "KH/CB"}[strings.HasPrefix(u, "Đảng bộ")])
		}
		out = append(out, row)
	}
	return out
}

func rateText(p, t int) string {
	return strings.Replace(fmt.Sprintf("%.1f", 100*float64(p)/float64(t)), ".", ",", 1)
}

var formVi = map[string]string{"online": "Trực tuyến", "hybrid": "Kết hợp", "in_person": "Trực tiếp"}

// cellVal gives the value of a column for a row (time values are dates).
func (ro *rollup) cellVal(c rcol, u urow, stt int) any {
	switch c.kind {
	case "stt":
		return stt
	case "unit":
		return u.unit
	case "date":
		if ro.dateText {
			return u.date.Format("02/01/2006")
		}
		return u.date
	case "form":
		w := formVi[u.form]
		if ro.formWords != nil {
			w = ro.formWords[u.form]
		}
		return w
	case "loc":
		return u.loc
	case "chair":
		return u.chair
	case "ctitle":
		return u.ctitle
	case "chairfull":
		return u.chair + " - " + u.ctitle
	case "total":
		return u.total
	case "present":
		return u.present
	case "absent":
		return u.total - u.present
	case "rate":
		return rateText(u.present, u.total)
	case "others":
		return u.others
	case "apnum":
		if u.apState == 2 {
			return "Chưa ban hành"
		}
		return u.apNum
	case "apdate":
		if u.apState == 2 {
			return ""
		}
		if ro.dateText {
			return u.apDate.Format("2/1/2006")
		}
		return u.apDate
	case "apfull":
		if u.apState == 2 {
			return "Đang xây dựng"
		}
		return fmt.Sprintf("Số %s ngày %s", u.apNum, u.apDate.Format("02-01-2006"))
	}
	return ""
}

// sumVal gives subtotal values.
func sumVal(c rcol, rows []urow) any {
	s := 0
	for _, u := range rows {
		switch c.kind {
		case "total":
			s += u.total
		case "present":
			s += u.present
		case "absent":
			s += u.total - u.present
		case "others":
			s += u.others
		case "rate":
			t := 0
			for _, v := range rows {
				t += v.total
				s += v.present
			}
			return rateText(s, t)
		default:
			return nil
		}
	}
	return s
}

// records gives the truth for each unit row.
func (ro *rollup) records() []Record {
	has := map[string]bool{}
	for _, c := range ro.cols {
		has[c.kind] = true
	}
	derivedPresent = has["absent"]
	var recs []Record
	for _, g := range ro.groups {
		for _, u := range g.rows {
			r := Record{Unit: u.unit, ParentUnit: ro.parent, DocNumber: ro.doc, ReportDate: ro.repDate, ConferenceDate: u.date.Format("2006-01-02")}
			if has["form"] {
				r.Form = u.form
			}
			if has["loc"] {
				r.Location = u.loc
			}
			if has["chair"] || has["chairfull"] {
				r.Chair = &Person{Name: u.chair}
				if has["ctitle"] || has["chairfull"] {
					r.Chair.Title = u.ctitle
				}
			}
			a := att(-1, -1, -1)
			if has["total"] && (has["present"] || has["absent"]) {
				a = att(u.present, u.total, -1)
			} else if has["present"] {
				a.Present = ip(u.present)
			}
			if has["others"] {
				a.Others = ip(u.others)
			}
			r.Attendance = a
			if has["apnum"] || has["apfull"] {
				if u.apState == 2 {
					r.Action = &Action{Issued: false}
				} else {
					r.Action = &Action{Issued: true, Number: u.apNum}
					if has["apdate"] || has["apfull"] {
						r.Action.Date = u.apDate.Format("2006-01-02")
					}
				}
			}
			recs = append(recs, r)
		}
	}
	return recs
}

// levels is how many header rows the table has.
func (ro *rollup) levels() int {
	n := 1
	for _, c := range ro.cols {
		if c.mid != "" && n < 2 {
			n = 2
		}
		if c.low != "" {
			n = 3
		}
	}
	return n
}

// hcell is one merged header cell: columns c1..c2, levels l1..l2 (0-based).
type hcell struct {
	text           string
	c1, c2, l1, l2 int
}

func (ro *rollup) headerCells() []hcell {
	L := ro.levels()
	var out []hcell
	lv := func(c rcol) []string { return []string{c.top, c.mid, c.low} }
	for level := 0; level < L; level++ {
		for i := 0; i < len(ro.cols); {
			t := lv(ro.cols[i])
			if level > 0 && t[level] == "" {
				i++
				continue // covered by a vertical merge from above
			}
			// vertical extent: down while the next level is empty
			l2 := level
			for l2+1 < L && t[l2+1] == "" {
				l2++
			}
			j := i
			for j+1 < len(ro.cols) {
				n := lv(ro.cols[j+1])
				same := n[level] == t[level] && l2 == level
				for k := 0; k < level; k++ {
					same = same && n[k] == t[k]
				}
				if !same {
					break
				}
				j++
			}
			out = append(out, hcell{t[level], i, j, level, l2})
			i = j + 1
		}
	}
	return out
}
