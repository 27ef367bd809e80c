package rules

import (
	"fmt"
	"regexp"
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
	case pf == fAction || strings.Contains(p, "chuong trinh hanh dong") || p == "ke hoach" || p == "kh":
		// A plan over "Số" and "Ngày" in a conference's roll-up is the plan
		// that carries out what was studied: the action programme.
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

// findHeader finds a roll-up table's header: a row, or up to three under
// merged cells, whose cells name the unit and at least two other columns.
// A header that names the other columns but not the unit's finds the unit
// column by its contents: the column whose cells look like units' names.
func findHeader(s *doc.Sheet) (header, bool) {
	var fallback header
	for r := 0; r < len(s.Rows) && r < 60; r++ {
		if filledCells(s.Rows[r]) < 2 {
			continue // a title over the table, not its header
		}
		best, bestScore := header{}, 0
		for depth := 1; depth <= 3; depth++ {
			if depth > 1 && !spansColumns(s, r) || r+depth > len(s.Rows) {
				break
			}
			h := headerAt(s, r, depth)
			if n := h.score(); n >= 2 && len(h.cols) > len(best.cols) {
				best, bestScore = h, n
			}
		}
		if bestScore == 0 {
			continue
		}
		if _, ok := best.cols[fUnit]; ok {
			return best, true
		}
		if fallback.cols == nil && bestScore >= 3 {
			fallback = best
		}
	}
	if fallback.cols != nil {
		if c, ok := unitColumnByContents(s, fallback); ok {
			fallback.cols[fUnit] = c
			return fallback, true
		}
	}
	return header{}, false
}

func filledCells(row []doc.Cell) int {
	n := 0
	for _, c := range row {
		if strings.TrimSpace(c.Text) != "" {
			n++
		}
	}
	return n
}

// headerAt reads the header of depth rows starting at row r: each column is
// named by the texts above it, top to bottom.
func headerAt(s *doc.Sheet, r, depth int) header {
	h := header{row: r, dataRow: r + depth, cols: map[field]int{}}
	width := 0
	for k := 0; k < depth; k++ {
		width = max(width, len(s.Rows[r+k]))
	}
	var lastPerson field
	for c := 0; c < width; c++ {
		var names []string
		for k := 0; k < depth; k++ {
			if t := mergedText(s, r+k, c); t != "" && (len(names) == 0 || names[len(names)-1] != t) {
				names = append(names, t)
			}
		}
		f := fNone
		switch len(names) {
		case 0:
		case 1:
			f = columnField(names[0], "")
		default:
			f = columnField(strings.Join(names[:len(names)-1], " "), names[len(names)-1])
			if f == fNone {
				f = columnField(names[len(names)-2], names[len(names)-1])
			}
		}
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
	return h
}

// score counts the columns that hold a conference's facts.
func (h header) score() int {
	n := 0
	for _, f := range []field{fConfDate, fTotal, fPresent, fRate, fChair, fReporter, fLocation, fForm, fAction, fAbsent} {
		if _, ok := h.cols[f]; ok {
			n++
		}
	}
	return n
}

// unitColumnByContents finds, in a table whose header names no unit column,
// the column whose cells mostly start with a unit's kind ("Chi bộ …",
// "Đảng bộ …", "Trường …").
func unitColumnByContents(s *doc.Sheet, h header) (int, bool) {
	used := map[int]bool{}
	for _, c := range h.cols {
		used[c] = true
	}
	best, bestN := -1, 0
	for c := 0; c < 40; c++ {
		if used[c] {
			continue
		}
		n, filled := 0, 0
		for r := h.dataRow; r < len(s.Rows) && r < h.dataRow+60; r++ {
			t := strings.TrimSpace(s.Cell(r, c).Text)
			if t == "" {
				continue
			}
			filled++
			if looksLikeUnit(t) {
				n++
			}
		}
		if n >= 2 && 2*n >= filled && n > bestN {
			best, bestN = c, n
		}
	}
	return best, best >= 0
}

var reUnitKind = regexp.MustCompile(`^(?:chi bo|dang bo|dang uy|to dang|co quan|truong|tram|cong an|ban |phong |uy ban|ubnd|hoi |benh vien|trung tam|cong ty|doan |thon|xom|ap |khu pho|to dan pho|khom|xa |phuong|thi tran|quan su|bo chi huy|don bien phong|chi cuc|cuc |so |van phong|hop tac xa|ngan hang|buu dien|kho bac)`)

// looksLikeUnit reports whether a cell's text names a unit by its kind.
func looksLikeUnit(t string) bool { return reUnitKind.MatchString(vntext.Fold(t)) }

var reRatioCell = regexp.MustCompile(`^\s*(\d+)\s*/\s*(\d+)\s*$`)

// reTableTitle starts a table's title, which is not the end of a committee's
// name that wrapped.
var reTableTitle = regexp.MustCompile(`^(?:bang|bieu|tong hop|phu luc|ket qua|danh sach|thong ke|mau|bao cao|so lieu)\b`)

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
	wraps := false // the cell before was a committee's name, which may wrap onto this one
	for _, t := range titles {
		f := vntext.Fold(t)
		switch {
		case vntext.IsUpper(t) && startsUnit(f):
			committees = append(committees, t)
			wraps = true
		case wraps && vntext.IsUpper(t) && !reCountry.MatchString(f) && len(committees) < 3 && !reTableTitle.MatchString(f) && len(f) < 60:
			committees[len(committees)-1] += " " + t // a name that wraps
		default:
			wraps = wraps && reCountry.MatchString(f) // the motto beside it on the same row
		}
		if number == "" && (strings.HasPrefix(f, "so") || strings.Contains(f, " so ")) {
			if sym, ok := ParseSymbol(t); ok && isReportSymbol(sym) {
				number = sym // the report's own number, not the resolution's ("Nghị quyết số 19-NQ/TW")
			}
		}
	}
	if len(committees) > 0 {
		parent = asWritten(committees[len(committees)-1], titleText)
		if len(committees) > 1 {
			parent = withPlace(parent, committees[0], titleText)
		}
	}
	reported := rollupDate(s, h, titleText)
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
		if isTotalsRow(texts) || isGroupRow(s, h, r) || !hasFacts(s, h, r) {
			continue // a total, a group's heading or subtotal, a note under the table
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

// rollupDate is the date a roll-up was signed: its place-and-date line, over
// the table or under it by the signature, else the date of the report it is
// attached to ("(Kèm theo Báo cáo số … ngày 30/6/2021 …)"); never the day its
// figures run to ("(Tính đến ngày 10/5/2021)", "số liệu đến ngày …").
func rollupDate(s *doc.Sheet, h header, title *folded) baocao.Date {
	if _, d := placeAndDate(strings.Split(title.orig, "\n")); !d.IsZero() {
		return d
	}
	var below []string
	for _, l := range sheetLines(s, h.dataRow) {
		below = append(below, l.Text())
	}
	if _, d := placeAndDate(below); !d.IsZero() {
		return d
	}
	for _, d := range findDates(title) {
		if !reCutOff.MatchString(title.fold[max(0, d.Start-24):d.Start]) {
			return d.Date
		}
	}
	return baocao.Date{}
}

var reCutOff = regexp.MustCompile(`(?:den|tinh den|den het)\s+(?:ngay\s+)?$`)

// isGroupRow reports whether a row heads or sums a group of units rather
// than being one: its number is a Roman numeral or a capital letter ("I",
// "B."), or its name starts with one or with a total's word ("Cộng khối xã").
func isGroupRow(s *doc.Sheet, h header, r int) bool {
	if c, ok := h.cols[fSTT]; ok && reGroupNumber.MatchString(strings.TrimSpace(s.Cell(r, c).Text)) {
		return true
	}
	unit := strings.TrimSpace(s.Cell(r, h.cols[fUnit]).Text)
	return reGroupNumber.MatchString(strings.Fields(unit + " x")[0]) || isTotalRowKey(vntext.FoldKey(unit))
}

var reGroupNumber = regexp.MustCompile(`^(?:[IVX]{1,5}|[A-Z])[.)]?$`)

// hasFacts reports whether a row fills any column of a conference's facts:
// a unit's row does, a note or a signature under the table does not.
func hasFacts(s *doc.Sheet, h header, r int) bool {
	for _, f := range []field{fConfDate, fTotal, fPresent, fRate, fChair, fReporter, fLocation, fForm, fAction, fAbsent, fActionNumber, fActionDate, fOthers} {
		if c, ok := h.cols[f]; ok && strings.TrimSpace(s.Cell(r, c).Text) != "" {
			return true
		}
	}
	return false
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
	for _, f := range []field{fPresent, fTotal} {
		// "Đảng viên có mặt / tổng số: 11/12": those present of all.
		if c, ok := get(f); ok {
			if m := reRatioCell.FindStringSubmatch(c.Text); m != nil {
				x, _ := ParseInt(m[1])
				y, _ := ParseInt(m[2])
				a.MembersPresent, a.MembersTotal = min(x, y), max(x, y)
			}
		}
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
			if _, dated := get(fActionDate); !dated {
				// "09-CTr/ĐU ngày 18/4/2021" in a "Số, ngày ban hành" column.
				if ds := findDates(newFolded(num)); len(ds) > 0 {
					ap.Date = ds[0].Date
				}
			}
		} else if ap == nil {
			ap = actionOf(num) // "Chưa ban hành" in the number's column
		}
	}
	if c, ok := get(fActionDate); ok && ap != nil && ap.Issued {
		if d, ok := cellDate(c); ok {
			ap.Date = d
		}
	}
	if ap == nil {
		// "Chưa ban hành CTr" in the notes column.
		if n := vntext.Fold(text(fNote)); reNotIssued.MatchString(n) && (strings.Contains(n, "ctr") || strings.Contains(n, "chuong trinh") || strings.Contains(n, "ke hoach")) {
			ap = &baocao.ActionProgram{Issued: false}
		}
	}
	rec.ActionProgram = ap
}
