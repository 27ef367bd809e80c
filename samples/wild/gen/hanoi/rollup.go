package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// RUnit is one unit row of a roll-up.
type RUnit struct {
	Name          string
	Date          time.Time
	Loc           string
	Chair, CTitle string
	Reporter      string
	Form          string // Trực tiếp, Trực tuyến, Kết hợp
	Total         int
	Present       int
	Others        int
	CtrNum        string
	CtrDate       time.Time
	Note          string
}

// RGroup is a group of rows with an optional heading and subtotal.
type RGroup struct {
	Heading  string
	Subtotal string
	Units    []RUnit
}

// Col is a roll-up column: its header path, width and value.
type Col struct {
	H     []string
	W     float64
	Field string // stt, unit, date, loc, chair, ctitle, chairfull, reporter, form, total, present, absent, others, rate, ctrnum, ctrdate, ctrx, note
	Align byte
}

// Rollup is a roll-up table with its header and truth.
type Rollup struct {
	Name      string // base name
	Parent    string // committee (normal case)
	Left      []Line
	Right     []Line
	Titles    []string
	DocNumber string
	Report    time.Time
	Cols      []Col
	Numbered  bool
	Groups    []RGroup
	Total     string // label of the grand total row
	Notes     []string
	SignTop   []string
	SignName  string
	DateFmt   func(time.Time) string // text dates; nil: Excel dates
	ExcelFmt  string                 // number format of Excel dates
	RatePct   bool                   // rate as "93,5" text rather than Excel percent
	Sheet     string
	Readme    string
}

var (
	surn   = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lương", "Đinh", "Tạ", "Chu", "Phùng", "Kiều", "Đào", "Trịnh", "Mai"}
	midM   = []string{"Văn", "Đức", "Quang", "Hữu", "Minh", "Công", "Xuân", "Đình", "Mạnh", "Thế", "Ngọc", "Văn"}
	midF   = []string{"Thị", "Thị Thu", "Thị Minh", "Thị Thanh", "Thị Ngọc", "Thị"}
	givenM = []string{"Hùng", "Dũng", "Tuấn", "Thành", "Hải", "Long", "Nam", "Bình", "Sơn", "Tiến", "Cường", "Khánh", "Lộc", "Phúc", "Toàn", "Trung", "Hưng", "Quyết", "Vinh", "Thắng", "Hiếu", "Tâm"}
	givenF = []string{"Lan", "Hương", "Hạnh", "Nga", "Mai", "Huyền", "Thủy", "Yến", "Loan", "Hà", "Phương", "Dung"}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

func personName(r *rand.Rand) string {
	if r.Intn(4) == 0 {
		return pick(r, surn) + " " + pick(r, midF) + " " + pick(r, givenF)
	}
	return pick(r, surn) + " " + pick(r, midM) + " " + pick(r, givenM)
}

// genUnits makes plausible rows for the given names.
func genUnits(r *rand.Rand, names []string, start time.Time, spread int, minT, maxT int, loc func(string) string) []RUnit {
	var out []RUnit
	for _, n := range names {
		t := minT + r.Intn(maxT-minT+1)
		absent := r.Intn(t/8 + 2)
		if absent >= t {
			absent = 0
		}
		d := start.AddDate(0, 0, r.Intn(spread))
		u := RUnit{Name: n, Date: d, Chair: personName(r), CTitle: "Bí thư Chi bộ", Total: t, Present: t - absent,
			Others: r.Intn(t/3 + 3), CtrDate: d.AddDate(0, 0, 2+r.Intn(8))}
		if r.Intn(9) == 0 {
			u.CTitle = "Phó Bí thư Chi bộ"
		}
		u.Reporter = u.Chair
		if loc != nil {
			u.Loc = loc(n)
		}
		u.Form = "Trực tiếp"
		out = append(out, u)
	}
	return out
}

func formCode(s string) string {
	switch s {
	case "Trực tiếp":
		return "in_person"
	case "Trực tuyến":
		return "online"
	case "Kết hợp":
		return "hybrid"
	}
	return ""
}

func rate(p, t int) float64 { return math.Round(float64(p)/float64(t)*1000) / 10 }

func comma(f float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(f, 'f', -1, 64), ".", ",")
}

// cellValue returns the value for a unit row (string, int, float64, time.Time or nil).
func (ro *Rollup) cellValue(c Col, u RUnit, stt int) any {
	switch c.Field {
	case "stt":
		return stt
	case "unit":
		return u.Name
	case "date":
		return ro.date(u.Date)
	case "loc":
		return u.Loc
	case "chair":
		return u.Chair
	case "ctitle":
		return u.CTitle
	case "chairfull":
		return u.Chair + " - " + u.CTitle
	case "reporter":
		return u.Reporter
	case "form":
		return u.Form
	case "total":
		return u.Total
	case "present":
		return u.Present
	case "absent":
		return u.Total - u.Present
	case "others":
		return u.Others
	case "rate":
		if ro.RatePct {
			return comma(rate(u.Present, u.Total))
		}
		return math.Round(float64(u.Present)/float64(u.Total)*10000) / 10000
	case "ctrnum":
		return u.CtrNum
	case "ctrdate":
		if u.CtrNum == "" {
			return ""
		}
		return ro.date(u.CtrDate)
	case "ctrx":
		if u.CtrNum != "" {
			return "x"
		}
		return ""
	case "note":
		return u.Note
	}
	return nil
}

func (ro *Rollup) date(t time.Time) any {
	if ro.DateFmt != nil {
		return ro.DateFmt(t)
	}
	return t
}

// aggValue returns the value of a subtotal/total row.
func (ro *Rollup) aggValue(c Col, us []RUnit) any {
	t, p, o := 0, 0, 0
	for _, u := range us {
		t += u.Total
		p += u.Present
		o += u.Others
	}
	switch c.Field {
	case "total":
		return t
	case "present":
		return p
	case "absent":
		return t - p
	case "others":
		return o
	case "rate":
		if ro.RatePct {
			return comma(rate(p, t))
		}
		return math.Round(float64(p)/float64(t)*10000) / 10000
	}
	return nil
}

func (ro *Rollup) has(field string) bool {
	for _, c := range ro.Cols {
		if c.Field == field {
			return true
		}
	}
	return false
}

// records builds the truth for every unit row.
func (ro *Rollup) records() ([]Record, []Evidence) {
	var recs []Record
	var evs []Evidence
	for _, g := range ro.Groups {
		for _, u := range g.Units {
			r := Record{Unit: u.Name, ParentUnit: ro.Parent, DocNumber: ro.DocNumber}
			if !ro.Report.IsZero() {
				r.ReportDate = iso(ro.Report)
			}
			if ro.has("date") {
				r.ConferenceDate = iso(u.Date)
			}
			if ro.has("loc") {
				r.Location = u.Loc
			}
			if ro.has("form") {
				r.Form = formCode(u.Form)
			}
			if ro.has("chair") || ro.has("chairfull") {
				r.Chair = &Person{Name: u.Chair}
				if ro.has("ctitle") || ro.has("chairfull") {
					r.Chair.Title = u.CTitle
				}
			}
			if ro.has("reporter") {
				r.Reporters = []Person{{Name: u.Reporter}}
			}
			a := &Attendance{}
			ev := Evidence{}
			if ro.has("total") {
				a.MembersTotal = ip(u.Total)
			}
			if ro.has("present") {
				a.MembersPresent = ip(u.Present)
			} else if ro.has("absent") && ro.has("total") {
				a.MembersPresent = ip(u.Present)
				ev["members_present"] = []string{strconv.Itoa(u.Total), strconv.Itoa(u.Total - u.Present)}
			}
			if ro.has("others") {
				a.Others = ip(u.Others)
			}
			if a.MembersTotal != nil || a.MembersPresent != nil || a.Others != nil {
				r.Attendance = a
			}
			switch {
			case ro.has("ctrnum") && u.CtrNum != "":
				r.ActionProgram = &Action{Issued: true, Number: u.CtrNum}
				if ro.has("ctrdate") {
					r.ActionProgram.Date = iso(u.CtrDate)
				}
			case ro.has("ctrx") && u.CtrNum != "":
				r.ActionProgram = &Action{Issued: true}
			case ro.has("ctrx") || (ro.has("ctrnum") && ro.has("note") && u.Note != ""):
				// blank plan cells count as "not issued" only where the sheet says so
				r.ActionProgram = &Action{Issued: false}
			}
			recs = append(recs, r)
			evs = append(evs, ev)
		}
	}
	return recs, evs
}

// headCells turns header paths into merged grid cells.
func headCells(cols []Col) ([]HCell, int) {
	depth := 0
	for _, c := range cols {
		depth = max(depth, len(c.H))
	}
	var cells []HCell
	for l := 0; l < depth; l++ {
		for c := 0; c < len(cols); {
			if len(cols[c].H) <= l {
				c++
				continue
			}
			e := c
			for e+1 < len(cols) && len(cols[e+1].H) > l && samePrefix(cols[c].H, cols[e+1].H, l+1) && len(cols[c].H) > l+1 {
				e++
			}
			rs := 1
			if len(cols[c].H) == l+1 {
				rs = depth - l
			}
			cells = append(cells, HCell{R: l, C: c, RS: rs, CS: e - c + 1, Text: cols[c].H[l]})
			c = e + 1
		}
	}
	return cells, depth
}

func samePrefix(a, b []string, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func anyText(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case int:
		return strconv.Itoa(t)
	case float64:
		return comma(math.Round(t*1000)/10) + "%"
	case time.Time:
		return sl0(t)
	}
	return fmt.Sprint(v)
}

// doc makes the roll-up as a landscape Doc (for PDF output).
func (ro *Rollup) doc() *Doc {
	d := &Doc{Font: "condensed", Size: 11, Landscape: true, Left: ro.Left, Right: ro.Right, LeftW: 0.4}
	for i, t := range ro.Titles {
		d.add(Para{Text: t, Align: "C", B: i == 0, I: i > 0, Size: map[bool]float64{true: 1.5, false: 0}[i == 0]})
	}
	d.gap(2)
	head, depth := headCells(ro.Cols)
	t := Table{HeadRows: depth, Head: head, Bold: map[int]bool{}, Span: map[int]bool{}, Size: 9}
	for _, c := range ro.Cols {
		t.W = append(t.W, c.W)
		a := c.Align
		if a == 0 {
			a = 'C'
		}
		t.Align += string(a)
	}
	if ro.Numbered {
		var row []string
		for i := range ro.Cols {
			row = append(row, fmt.Sprintf("(%d)", i+1))
		}
		t.Italic = map[int]bool{0: true}
		t.Rows = append(t.Rows, row)
	}
	ro.walk(func(kind string, label string, u RUnit, us []RUnit, stt int) {
		switch kind {
		case "heading":
			t.Span[len(t.Rows)] = true
			t.Bold[len(t.Rows)] = true
			t.Rows = append(t.Rows, []string{label})
		case "unit":
			var row []string
			for _, c := range ro.Cols {
				row = append(row, anyText(ro.cellValue(c, u, stt)))
			}
			t.Rows = append(t.Rows, row)
		case "sum":
			t.Bold[len(t.Rows)] = true
			var row []string
			for _, c := range ro.Cols {
				if c.Field == "unit" {
					row = append(row, label)
					continue
				}
				row = append(row, anyText(ro.aggValue(c, us)))
			}
			t.Rows = append(t.Rows, row)
		}
	})
	d.add(t)
	for _, n := range ro.Notes {
		d.add(Para{Text: n, Align: "L", I: true, Size: -1})
	}
	d.add(sign(nil, signer(ro.SignTop, ro.SignName)...))
	return d
}

// walk visits headings, unit rows and subtotal/total rows in order.
func (ro *Rollup) walk(f func(kind, label string, u RUnit, us []RUnit, stt int)) {
	stt := 0
	var all []RUnit
	for _, g := range ro.Groups {
		if g.Heading != "" {
			f("heading", g.Heading, RUnit{}, nil, 0)
		}
		for _, u := range g.Units {
			stt++
			f("unit", "", u, nil, stt)
		}
		if g.Subtotal != "" {
			f("sum", g.Subtotal, RUnit{}, g.Units, 0)
		}
		all = append(all, g.Units...)
	}
	if ro.Total != "" {
		f("sum", ro.Total, RUnit{}, all, 0)
	}
}

// xlsx writes the roll-up as a workbook at path and returns its text.
func (ro *Rollup) xlsx(path string) string {
	sheet := ro.Sheet
	if sheet == "" {
		sheet = "Tong hop"
	}
	x := newXW(sheet)
	x.landscape()
	n := len(ro.Cols)
	var ws []float64
	for _, c := range ro.Cols {
		ws = append(ws, c.W*0.9)
	}
	x.widths(ws...)
	last := cellName(n, 1)
	lastCol := strings.TrimRight(last, "0123456789")
	half := max(n/2, 2)
	row := 1
	for i := 0; i < max(len(ro.Left), len(ro.Right)); i++ {
		if i < len(ro.Left) && ro.Left[i].Text != "" {
			st := "c"
			if ro.Left[i].B {
				st += "+b"
			}
			x.set(cellName(1, row), ro.Left[i].Text, st)
			if half > 2 {
				x.merge(cellName(1, row), cellName(half-1, row))
			}
		}
		if i < len(ro.Right) && ro.Right[i].Text != "" {
			st := "c"
			if ro.Right[i].B {
				st += "+b"
			}
			if ro.Right[i].I {
				st += "+i"
			}
			x.set(cellName(half, row), ro.Right[i].Text, st)
			x.merge(cellName(half, row), cellName(n, row))
		}
		row++
	}
	row++
	for i, t := range ro.Titles {
		st := "b+c+big"
		if i > 0 {
			st = "i+c"
		}
		x.set(cellName(1, row), t, st)
		x.merge(cellName(1, row), lastCol+strconv.Itoa(row))
		row++
	}
	row++
	head, depth := headCells(ro.Cols)
	for _, h := range head {
		a := cellName(h.C+1, row+h.R)
		b := cellName(h.C+max(h.CS, 1), row+h.R+max(h.RS, 1)-1)
		x.set(a, h.Text, "b+c+box+small")
		if a != b {
			x.merge(a, b)
		}
		x.styleRange(a, b, "b+c+box+small")
	}
	for r := 0; r < depth; r++ {
		x.height(row+r, 30)
	}
	row += depth
	if ro.Numbered {
		for i := range ro.Cols {
			x.set(cellName(i+1, row), fmt.Sprintf("(%d)", i+1), "i+c+box+small")
		}
		row++
	}
	ro.walk(func(kind, label string, u RUnit, us []RUnit, stt int) {
		switch kind {
		case "heading":
			x.set(cellName(1, row), label, "b+box")
			x.merge(cellName(1, row), cellName(n, row))
			x.styleRange(cellName(1, row), cellName(n, row), "b+box")
		case "unit", "sum":
			for i, c := range ro.Cols {
				var v any
				if kind == "unit" {
					v = ro.cellValue(c, u, stt)
				} else if c.Field == "unit" {
					v = label
				} else {
					v = ro.aggValue(c, us)
				}
				st := "box+small"
				if kind == "sum" {
					st += "+b"
				}
				if c.Align == 'L' {
					st += ""
				} else {
					st += "+c"
				}
				switch v.(type) {
				case time.Time:
					st += "+fmt:" + ro.ExcelFmt
				case float64:
					st += "+fmt:0.0%"
				}
				if v == nil || v == "" {
					x.styleRange(cellName(i+1, row), cellName(i+1, row), st)
					continue
				}
				x.set(cellName(i+1, row), v, st)
				if sv, ok := v.(string); ok && float64(len([]rune(sv))) > c.W*0.9*1.05 {
					x.height(row, 30)
				}
			}
		}
		row++
	})
	row++
	for _, nt := range ro.Notes {
		x.set(cellName(1, row), nt, "i+nowrap")
		row++
	}
	row++
	for _, s := range ro.SignTop {
		x.set(cellName(half, row), s, "b+c")
		x.merge(cellName(half, row), cellName(n, row))
		row++
	}
	row += 3
	x.set(cellName(half, row), ro.SignName, "b+c")
	x.merge(cellName(half, row), cellName(n, row))
	x.save(path)
	return x.text.String()
}

// emit writes the roll-up in the given format and returns its Out.
func (ro *Rollup) emit(format string) *Out {
	recs, evs := ro.records()
	o := &Out{Records: recs, Ev: evs, Readme: ro.Readme}
	switch format {
	case "xlsx":
		o.Name, o.Format = ro.Name+".xlsx", "xlsx"
		o.Text = ro.xlsx(filepath.Join(outDir, o.Name))
	case "xls":
		o.Name, o.Format = ro.Name+".xls", "xls"
		src := filepath.Join(workDir, "xls", ro.Name+".xlsx")
		must(os.MkdirAll(filepath.Dir(src), 0o755))
		o.Text = ro.xlsx(src)
		abs, err := filepath.Abs(outDir)
		must(err)
		soffice("xls:MS Excel 97", abs, "", src)
	case "pdf-fpdf":
		o.Name, o.Format = ro.Name+".pdf", "pdf"
		d := ro.doc()
		o.Text = d.Text()
		renderPDF(d, filepath.Join(outDir, o.Name))
	case "pdf-lo":
		o.Name, o.Format = ro.Name+".pdf", "pdf"
		d := ro.doc()
		o.Text = d.Text()
		src := filepath.Join(workDir, "rpdf", ro.Name+".html")
		must(os.MkdirAll(filepath.Dir(src), 0o755))
		must(os.WriteFile(src, []byte(renderHTML(d)), 0o644))
		abs, err := filepath.Abs(outDir)
		must(err)
		soffice("pdf:writer_pdf_Export", abs, "HTML (StarWriter)", src)
	}
	return o
}
