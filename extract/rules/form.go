package rules

import (
	"regexp"
	"strings"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// form reads a workbook filled in as a form: labels with their values to the
// right, anywhere on the sheet, and the program as a table below or on another
// sheet.
func form(s *doc.Sheet, d *doc.Document) (baocao.Record, bool) {
	cells := map[field]doc.Cell{}
	var topics []doc.Cell
	var said []string // every label and value, as sentences, for the figures
	unitRow, firstLabelRow := -1, -1
	var lastPerson field
	counts, countRows := labelsOverFigures(s)
	for f, v := range counts {
		cells[f] = v
	}
	section := fNone // the heading the labels stand under: "IV | CHƯƠNG TRÌNH HÀNH ĐỘNG"
	for r, row := range s.Rows {
		if countRows[r] {
			continue
		}
		if rowText(row) == "" {
			section = fNone // a blank row ends the section
		}
		if h, ok := sectionHeading(row); ok {
			section = labelOf(h)
			if section == fAction {
				continue
			}
		}
		for c := 0; c < len(row); c++ {
			if reItemMark.MatchString(strings.TrimSpace(row[c].Text)) {
				continue // the item's number in a list of labels: "I", "2.", "b)"
			}
			// A label with its value in the cell ("Ngày tổ chức: 12/4/2021"),
			// or a label with its value to the right.
			f, v, ok := labelInCell(row[c].Text)
			at := c // the value's cell
			switch {
			case ok:
			case labelOf(bareLabel(row[c].Text)) != fNone:
				f = labelOf(bareLabel(row[c].Text))
				v, at, ok = valueRight(row, c)
				if ok && (f == fConfDate || f == fReportDate || f == fActionDate) && v.Date.IsZero() {
					if _, parsed := ParseDate(v.Text); !parsed {
						// A date typed over several cells: "ngày | 15 | tháng | 11 | năm 2023".
						if joined := rowText(row[c+1:]); joined != v.Text {
							if _, parsed := ParseDate(joined); parsed {
								v, at = doc.Cell{Text: joined}, len(row)-1
							}
						}
					}
				}
				if !ok && f == fTopic {
					// "Nội dung (chuyên đề - người trình bày - thời lượng)" over
					// one item a row.
					topics = append(topics, itemsBelow(s, r)...)
					continue
				}
			default:
				if label, _, cut := strings.Cut(row[c].Text, ":"); cut && cueMember.MatchString(vntext.Fold(label)) {
					said = append(said, row[c].Text) // "Đảng viên: 21/22 đồng chí dự"
				}
			}
			if f == fNone || f == fSTT || f == fNote || !ok {
				continue
			}
			if section == fAction {
				// Under the action programme's heading, a number and a date
				// are the programme's.
				switch f {
				case fDocNumber:
					f = fActionNumber
				case fConfDate:
					f = fActionDate
				}
			}
			if firstLabelRow < 0 && f != fDocNumber && f != fReportDate {
				firstLabelRow = r // the letterhead may hold the number and date
			}
			said = append(said, row[c].Text+" "+v.Text)
			if f == fTopic {
				topics = append(topics, v)
				break
			}
			if f == fTitle {
				f = map[field]field{fChair: fChairTitle, fReporter: fReporterTitle, fSigner: fTitle}[lastPerson]
				if f == fNone {
					continue
				}
			}
			if f == fChair || f == fReporter || f == fSigner {
				lastPerson = f
				// "Người lập (Bí thư Chi bộ)": the position in the label
				if m := reInBrackets.FindStringSubmatch(row[c].Text); m != nil && startsWithTitle(vntext.Fold(m[1])) {
					tf := map[field]field{fChair: fChairTitle, fReporter: fReporterTitle, fSigner: fTitle}[f]
					if _, seen := cells[tf]; !seen {
						cells[tf] = doc.Cell{Text: m[1]}
					}
				}
			}
			if _, seen := cells[f]; !seen {
				cells[f] = v
				if f == fUnit {
					unitRow = r
				}
			}
			if at+1 < len(row) && strings.TrimSpace(row[at+1].Text) == "" {
				c = at // a gap, then maybe a second column of labels and values
				continue
			}
			break // the rest of the row is this label's value
		}
	}
	n := 0
	for _, f := range []field{fConfDate, fTotal, fPresent, fChair, fReporter, fLocation, fAction} {
		if _, ok := cells[f]; ok {
			n++
		}
	}
	_, hasUnit := cells[fUnit]
	var heads []string
	if !hasUnit && n >= 3 {
		// No label names the unit: the letterhead does, as on a narrative
		// report ("ĐẢNG BỘ XÃ ĐĂK ĐOA" over "CHI BỘ LÀNG KDUNG").
		heads = letterheadNames(s, firstLabelRow)
	}
	if !hasUnit && len(heads) == 0 || n < 2 {
		return baocao.Record{}, false
	}
	rec := baocao.Record{Source: baocao.Source{Sheet: s.Name, Row: unitRow + 1}}
	rec.Unit = trimPunct(cells[fUnit].Text)
	rec.ParentUnit = trimPunct(cells[fParent].Text)
	if !hasUnit {
		rec.Unit = normalCase(heads[len(heads)-1])
		rec.Source.Row = 1
		if len(heads) > 1 && rec.ParentUnit == "" {
			rec.ParentUnit = normalCase(heads[0])
		}
	}
	if rec.ParentUnit == "" {
		rec.ParentUnit = letterheadParent(s, unitRow, rec.Unit)
	}
	fillFromCells(&rec, func(f field) (doc.Cell, bool) {
		c, ok := cells[f]
		return c, ok
	})
	if rec.DocNumber == "" {
		// The number under the letterhead, unlabelled: "Số 102-BC/ĐU".
		for r := 0; r < len(s.Rows) && r < firstLabelRow; r++ {
			for _, c := range s.Rows[r] {
				if f := vntext.Fold(strings.TrimSpace(c.Text)); reSoLine.MatchString(f) || strings.HasPrefix(f, "so ") {
					if sym, ok := ParseSymbol(c.Text); ok && isReportSymbol(sym) && rec.DocNumber == "" {
						rec.DocNumber = sym
					}
				}
			}
		}
	}
	for i := range d.Sheets {
		if items := programTable(&d.Sheets[i]); len(items) > 0 {
			rec.Program = items
			break
		}
	}
	if rec.Program == nil {
		// "Nội dung 1: Những nội dung cơ bản … - 2 giờ"
		for _, c := range topics {
			if it := programItem(c.Text); it.Topic != "" {
				rec.Program = append(rec.Program, it)
			}
		}
	}
	if rec.Reporters == nil {
		var presenters []baocao.Person
		for _, it := range rec.Program {
			presenters = append(presenters, baocao.Person{Name: it.Presenter})
		}
		rec.Reporters = distinctPeople(presenters)
	}
	if a := rec.Attendance; a == nil || a.MembersTotal == 0 || a.MembersPresent == 0 {
		// Attendance said in words: "Đảng viên: 21/22 đồng chí dự".
		f := newFolded(strings.Join(said, ". \n"))
		var skip [][2]int
		for _, d := range findDates(f) {
			skip = append(skip, [2]int{d.Start, d.End})
		}
		if got, review := attendanceFromFigures(readFigures(f.fold, skip)); got.MembersTotal > 0 || got.MembersPresent > 0 {
			if a != nil && a.Others > 0 {
				got.Others = a.Others
			}
			rec.Attendance = &got
			rec.Review = append(rec.Review, review...)
		}
	}
	return rec, true
}

var reInBrackets = regexp.MustCompile(`\(([^)]+)\)`)

// reItemMark is a cell that only numbers an item: "I", "IV.", "2", "b)".
var reItemMark = regexp.MustCompile(`^(?:[IVXL]{1,5}|\d{1,2}|[a-zđ])[.)]?$`)

// sectionHeading returns the heading a row gives a form's next labels: a
// Roman item number and a title in capitals, with nothing to its right.
func sectionHeading(row []doc.Cell) (string, bool) {
	var texts []string
	for _, c := range row {
		if t := strings.TrimSpace(c.Text); t != "" {
			texts = append(texts, t)
		}
	}
	if len(texts) != 2 || !reRomanMark.MatchString(texts[0]) || !vntext.IsUpper(texts[1]) {
		return "", false
	}
	return texts[1], true
}

// rowText joins a row's filled cells with spaces.
func rowText(row []doc.Cell) string {
	var parts []string
	for _, c := range row {
		if t := strings.TrimSpace(c.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// labelsOverFigures reads the counts a form gives as a small table: a row of
// labels ("Đảng viên | Có mặt | Quần chúng") over a row of figures. It
// returns the figures by field and the two rows.
func labelsOverFigures(s *doc.Sheet) (map[field]doc.Cell, map[int]bool) {
	out, rows := map[field]doc.Cell{}, map[int]bool{}
	for r := 0; r+1 < len(s.Rows); r++ {
		found := map[field]doc.Cell{}
		for c, cell := range s.Rows[r] {
			f := labelOf(cell.Text)
			if k := spellOut(vntext.FoldKey(cell.Text)); k == "dang vien" || k == "so dang vien" {
				f = fTotal // "Đảng viên" beside "Có mặt": the unit's members
			}
			if f != fTotal && f != fPresent && f != fOthers && f != fAbsent {
				continue
			}
			if _, ok := cellInt(s.Cell(r+1, c)); ok {
				if _, seen := found[f]; !seen {
					found[f] = s.Cell(r+1, c)
				}
			}
		}
		if len(found) >= 2 {
			for f, v := range found {
				if _, seen := out[f]; !seen {
					out[f] = v
				}
			}
			rows[r], rows[r+1] = true, true
		}
	}
	return out, rows
}

// itemsBelow returns the agenda items listed one a row under a heading at
// row r, each row's cells read as one item ("topic - presenter - time"),
// until an empty row or another label.
func itemsBelow(s *doc.Sheet, r int) []doc.Cell {
	var items []doc.Cell
	for r2 := r + 1; r2 < len(s.Rows) && r2 < r+40; r2++ {
		var parts []string
		label := false
		for _, c := range s.Rows[r2] {
			t := strings.TrimSpace(c.Text)
			switch {
			case t == "":
			case reItemMark.MatchString(t) && len(parts) == 0:
				if reRomanMark.MatchString(t) {
					label = true // the next heading
				}
			case len(parts) == 0 && labelOf(bareLabel(t)) != fNone:
				label = true
			default:
				parts = append(parts, t)
			}
		}
		if label || len(parts) == 0 {
			break
		}
		items = append(items, doc.Cell{Text: strings.Join(parts, " - ")})
	}
	return items
}

var reRomanMark = regexp.MustCompile(`^[IVXL]{1,5}[.)]?$`)

var reLabelNumber = regexp.MustCompile(`\s+\d{1,2}$`)

// labelInCell reads a label and its value written in one cell: "Ngày tổ
// chức: 12/4/2021", "Nội dung 1: …".
func labelInCell(text string) (field, doc.Cell, bool) {
	label, value, ok := strings.Cut(text, ":")
	value = strings.TrimSpace(value)
	if !ok || value == "" || len(label) > 80 {
		return fNone, doc.Cell{}, false
	}
	f := labelOf(bareLabel(label))
	return f, doc.Cell{Text: value}, f != fNone
}

// bareLabel is a label without the number an item list gives it before
// ("1. Số báo cáo", "b) Địa điểm") or a topic's after ("Chuyên đề 1").
func bareLabel(label string) string {
	label = reLabelItem.ReplaceAllString(strings.TrimSpace(label), "")
	return reLabelNumber.ReplaceAllString(label, "")
}

var reLabelItem = regexp.MustCompile(`^(?:\d{1,2}|[a-zđ])\s*[.)/]\s+`)

// letterheadNames returns the committees and units named in capitals
// above a form's first label, top to bottom.
func letterheadNames(s *doc.Sheet, before int) []string {
	var names []string
	for r := 0; r < len(s.Rows) && r < before; r++ {
		for _, c := range s.Rows[r] {
			if t := strings.TrimSpace(c.Text); t != "" && vntext.IsUpper(t) && startsUnit(vntext.Fold(t)) {
				names = append(names, t)
			}
		}
	}
	return names
}

// letterheadParent reads the committee above the unit from a form's
// letterhead: the committees named in capitals above its first label, the
// unit's own name aside.
func letterheadParent(s *doc.Sheet, before int, unit string) string {
	for _, t := range letterheadNames(s, before) {
		if vntext.FoldKey(t) != vntext.FoldKey(unit) {
			return normalCase(t)
		}
	}
	return ""
}

// valueRight returns the first non-empty cell right of column c, within a few
// columns.
func valueRight(row []doc.Cell, c int) (doc.Cell, int, bool) {
	for j := c + 1; j < len(row) && j <= c+4; j++ {
		if t := strings.TrimSpace(row[j].Text); t != "" && strings.Trim(t, ":.-–=") != "" {
			return row[j], j, true
		}
	}
	return doc.Cell{}, c, false
}

// programTable reads a table of agenda items: a header with the topic and the
// presenter or the duration, then one item per row until an empty row.
func programTable(s *doc.Sheet) []baocao.ProgramItem {
	for r, row := range s.Rows {
		cols := map[field]int{}
		for c, cell := range row {
			f := labelOf(cell.Text)
			switch f {
			case fReporter:
				f = fPresenter
			case fConfDate:
				f = fMinutes
			}
			if _, seen := cols[f]; f != fNone && !seen {
				cols[f] = c
			}
		}
		topic, ok := cols[fTopic]
		_, who := cols[fPresenter]
		_, dur := cols[fMinutes]
		if !ok || !who && !dur {
			continue
		}
		var items []baocao.ProgramItem
		for r2 := r + 1; r2 < len(s.Rows); r2++ {
			t := s.Cell(r2, topic).Text
			if t == "" {
				if len(items) > 0 {
					break
				}
				continue
			}
			it := baocao.ProgramItem{Topic: trimPunct(t)}
			if c, ok := cols[fPresenter]; ok {
				if p, ok := parsePerson(s.Cell(r2, c).Text); ok {
					it.Presenter = p.Name
				}
			}
			if c, ok := cols[fMinutes]; ok {
				cell := s.Cell(r2, c)
				if m, ok := ParseMinutes(cell.Text); ok {
					it.Minutes = m
				} else if m, ok := cellInt(cell); ok {
					it.Minutes = m
				}
			}
			items = append(items, it)
		}
		return items
	}
	return nil
}
