package rules

import (
	"fmt"
	"strings"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// header is a roll-up table's header: where it is and what each column holds.
type header struct {
	row, dataRow int
	cols         map[field]int
}

// mergedText returns the text of the merged range covering (r, c), or the
// cell's own text.
func mergedText(s *doc.Sheet, r, c int) string {
	for _, m := range s.Merges {
		if r >= m.Row0 && r <= m.Row1 && c >= m.Col0 && c <= m.Col1 {
			return s.Cell(m.Row0, m.Col0).Text
		}
	}
	return s.Cell(r, c).Text
}

// spansColumns reports whether a merge starting in row r covers several columns.
func spansColumns(s *doc.Sheet, r int) bool {
	for _, m := range s.Merges {
		if m.Row0 == r && m.Col1 > m.Col0 {
			return true
		}
	}
	return false
}

// columnField names a column from its header text and, in a two-row header,
// the sub-header under it ("Số đảng viên" over "Tổng số").
func columnField(parent, child string) field {
	if child == "" || child == parent {
		return labelOf(parent)
	}
	if f := exactLabel(vntext.FoldKey(reBracket.ReplaceAllString(vntext.Fold(parent+" "+child), " "))); f != fNone {
		return f
	}
	p, c := vntext.FoldKey(parent), vntext.FoldKey(child)
	switch pf := labelOf(parent); {
	case strings.Contains(p, "dang vien") || strings.Contains(p, "dv"):
		switch {
		case strings.HasPrefix(c, "tong"):
			return fTotal
		case strings.Contains(c, "tham du") || strings.Contains(c, "tham gia") || strings.Contains(c, "co mat") || c == "du":
			return fPresent
		case strings.HasPrefix(c, "ty le"):
			return fRate
		}
	case pf == fChair || pf == fReporter || pf == fSigner:
		switch {
		case strings.HasPrefix(c, "chuc vu") || strings.HasPrefix(c, "chuc danh"):
			return map[field]field{fChair: fChairTitle, fReporter: fReporterTitle, fSigner: fTitle}[pf]
		case strings.HasPrefix(c, "ho") || strings.HasPrefix(c, "ten"):
			return pf
		}
	case pf == fAction || strings.Contains(p, "chuong trinh hanh dong"):
		switch {
		case strings.HasPrefix(c, "so"):
			return fActionNumber
		case strings.HasPrefix(c, "ngay"):
			return fActionDate
		default:
			return fAction
		}
	}
	if f := labelOf(child); f != fNone {
		return f
	}
	return labelOf(parent)
}

// findHeader finds a roll-up table's header: a row (or two) whose cells name
// the unit and at least two other columns.
func findHeader(s *doc.Sheet) (header, bool) {
	for r := 0; r < len(s.Rows) && r < 60; r++ {
		for _, two := range []bool{spansColumns(s, r), false} {
			h := header{row: r, dataRow: r + 1, cols: map[field]int{}}
			if two {
				h.dataRow = r + 2
			}
			width := len(s.Rows[r])
			if two && r+1 < len(s.Rows) {
				width = max(width, len(s.Rows[r+1]))
			}
			var lastPerson field
			for c := 0; c < width; c++ {
				parent := mergedText(s, r, c)
				child := ""
				if two {
					child = mergedText(s, r+1, c)
				}
				f := columnField(parent, child)
				switch f {
				case fChair, fReporter:
					lastPerson = f
				case fTitle: // "Chức vụ" belongs to the person column before it
					f = map[field]field{fChair: fChairTitle, fReporter: fReporterTitle}[lastPerson]
				}
				if _, seen := h.cols[f]; f != fNone && !seen {
					h.cols[f] = c
				}
			}
			if _, ok := h.cols[fUnit]; !ok {
				continue
			}
			n := 0
			for _, f := range []field{fConfDate, fTotal, fPresent, fRate, fChair, fReporter, fLocation, fForm, fAction} {
				if _, ok := h.cols[f]; ok {
					n++
				}
			}
			if n >= 2 {
				return h, true
			}
		}
	}
	return header{}, false
}

// rollup reads one record per unit row of a roll-up table. The committee that
// reports (the parent of every row) and the report's number come from the
// title rows above the header; the totals row is not a unit.
func rollup(s *doc.Sheet, h header) ([]baocao.Record, []string) {
	var titles []string
	for r := 0; r < h.row; r++ {
		for _, c := range s.Rows[r] {
			if c.Text != "" {
				titles = append(titles, c.Text)
			}
		}
	}
	titleText := newFolded(strings.Join(titles, "\n"))
	// The letterhead names the committee above, then the reporting committee
	// (the parent of every row), the way a narrative report's does.
	var parent, number string
	var committees []string
	for _, t := range titles {
		f := vntext.Fold(t)
		switch {
		case vntext.IsUpper(t) && startsUnit(f):
			committees = append(committees, t)
		case len(committees) > 0 && vntext.IsUpper(t) && !reCountry.MatchString(f) && len(committees) < 3 && !strings.HasPrefix(f, "bang ") && len(f) < 60:
			committees[len(committees)-1] += " " + t // a name that wraps
		}
		if number == "" && (strings.HasPrefix(f, "so") || strings.Contains(f, " so ")) {
			number, _ = ParseSymbol(t)
		}
	}
	if len(committees) > 0 {
		parent = asWritten(committees[len(committees)-1], titleText)
	}
	// The date the roll-up was made: "(Kèm theo Báo cáo số … ngày 30/6/2021 …)",
	// "(Tính đến ngày 5 tháng 7 năm 2021)".
	var reported baocao.Date
	if ds := findDates(titleText); len(ds) > 0 {
		reported = ds[0].Date
	}
	var warnings []string
	if parent == "" {
		warnings = append(warnings, "parent_unit: không thấy tên cấp ủy báo cáo ở các dòng tiêu đề của bảng")
	}
	var recs []baocao.Record
	started := false
	unitCol := h.cols[fUnit]
	for r := h.dataRow; r < len(s.Rows); r++ {
		row := s.Rows[r]
		var texts []string
		for _, c := range row {
			texts = append(texts, c.Text)
		}
		if strings.TrimSpace(strings.Join(texts, "")) == "" {
			if started {
				break
			}
			continue
		}
		if isTotalsRow(texts) {
			break
		}
		unit := s.Cell(r, unitCol).Text
		if unit == "" || !strings.ContainsFunc(unit, isLetter) || len(recs) == 0 && isColumnNumbers(texts) {
			continue
		}
		started = true
		rec := baocao.Record{ParentUnit: parent, DocNumber: number, ReportDate: reported, Source: baocao.Source{Sheet: s.Name, Row: r + 1}}
		if vntext.IsUpper(unit) {
			unit = normalCase(unit)
		}
		rec.Unit = unit
		fillFromCells(&rec, func(f field) (doc.Cell, bool) {
			c, ok := h.cols[f]
			if !ok {
				return doc.Cell{}, false
			}
			return s.Cell(r, c), true
		})
		recs = append(recs, rec)
	}
	return recs, warnings
}

func isLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f }

// isColumnNumbers reports whether a row only numbers the columns: 1 2 3, (1) (2).
func isColumnNumbers(texts []string) bool {
	n := 0
	for _, t := range texts {
		t = strings.Trim(t, "() ")
		if t == "" {
			continue
		}
		if _, ok := ParseInt(t); !ok || strings.ContainsFunc(t, isLetter) {
			return false
		}
		n++
	}
	return n >= 3
}

// fillFromCells sets a record's fields from the cells that labels or column
// headers point at; get returns the cell for a field, if the sheet has one.
func fillFromCells(rec *baocao.Record, get func(field) (doc.Cell, bool)) {
	text := func(f field) string {
		c, _ := get(f)
		return c.Text
	}
	if v := text(fDocNumber); v != "" {
		if sym, ok := ParseSymbol(v); ok {
			rec.DocNumber = sym
		}
	}
	if c, ok := get(fReportDate); ok {
		rec.ReportDate, _ = cellDate(c)
	}
	if c, ok := get(fConfDate); ok {
		rec.ConferenceDate, _ = cellDate(c)
	}
	rec.Location = trimPunct(text(fLocation))
	rec.Form = formOf(text(fForm))
	person := func(name, title field) *baocao.Person {
		n := text(name)
		if n == "" {
			return nil
		}
		p, ok := parsePerson(n)
		if !ok {
			return nil
		}
		if t := trimPunct(text(title)); t != "" {
			p.Title = titleCase(t)
		}
		return &p
	}
	rec.Chair = person(fChair, fChairTitle)
	if n := text(fReporter); n != "" {
		for _, part := range strings.Split(n, ";") {
			if p, ok := parsePerson(part); ok {
				rec.Reporters = append(rec.Reporters, p)
			}
		}
		if t := trimPunct(text(fReporterTitle)); t != "" && len(rec.Reporters) == 1 {
			rec.Reporters[0].Title = titleCase(t)
		}
	}
	rec.Signer = person(fSigner, fTitle)

	var a baocao.Attendance
	if c, ok := get(fTotal); ok {
		a.MembersTotal, _ = cellInt(c)
	}
	if c, ok := get(fPresent); ok {
		a.MembersPresent, _ = cellInt(c)
	}
	if c, ok := get(fOthers); ok {
		a.Others, _ = cellInt(c)
	}
	if c, ok := get(fAbsent); ok && a.MembersPresent == 0 && a.MembersTotal > 0 {
		if n, ok := cellInt(c); ok && n < a.MembersTotal {
			a.MembersPresent = a.MembersTotal - n
			rec.Review = append(rec.Review, baocao.Review{Field: "attendance.members_present", Status: baocao.Derived,
				Why: fmt.Sprintf("tổng số %d − vắng %d", a.MembersTotal, n)})
		}
	}
	if a.MembersPresent > a.MembersTotal && a.MembersTotal > 0 {
		rec.Review = append(rec.Review, baocao.Review{Field: "attendance.members_present", Status: baocao.Unsure,
			Why: fmt.Sprintf("số tham dự %d lớn hơn tổng số %d", a.MembersPresent, a.MembersTotal)})
		a.MembersPresent, a.MembersTotal = 0, 0
	}
	if a.MembersTotal > 0 && a.MembersPresent > 0 {
		a.Rate = round4(float64(a.MembersPresent) / float64(a.MembersTotal))
		if c, ok := get(fRate); ok {
			if r, ok := cellRate(c); ok && abs(r-a.Rate) > 0.006 {
				rec.Review = append(rec.Review, baocao.Review{Field: "attendance.rate", Status: baocao.Unsure,
					Why: fmt.Sprintf("bảng ghi tỷ lệ %s nhưng %d/%d là %s", percent(r), a.MembersPresent, a.MembersTotal, percent(a.Rate))})
			}
		}
	} else if c, ok := get(fRate); ok {
		a.Rate, _ = cellRate(c)
	}
	if a != (baocao.Attendance{}) {
		rec.Attendance = &a
	}

	ap := actionOf(text(fAction))
	if num := text(fActionNumber); num != "" {
		if sym, ok := ParseSymbol(num); ok {
			if ap == nil {
				ap = &baocao.ActionProgram{Issued: true}
			}
			ap.Number = sym
		}
	}
	if c, ok := get(fActionDate); ok && ap != nil && ap.Issued {
		if d, ok := cellDate(c); ok {
			ap.Date = d
		}
	}
	rec.ActionProgram = ap
}
