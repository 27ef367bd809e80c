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
	for r, row := range s.Rows {
		for c := 0; c < len(row); c++ {
			// A label with its value in the cell ("Ngày tổ chức: 12/4/2021"),
			// or a label with its value to the right.
			f, v, ok := labelInCell(row[c].Text)
			at := c // the value's cell
			switch {
			case ok:
			case labelOf(bareLabel(row[c].Text)) != fNone:
				f = labelOf(bareLabel(row[c].Text))
				v, at, ok = valueRight(row, c)
			default:
				if label, _, cut := strings.Cut(row[c].Text, ":"); cut && cueMember.MatchString(vntext.Fold(label)) {
					said = append(said, row[c].Text) // "Đảng viên: 21/22 đồng chí dự"
				}
			}
			if f == fNone || f == fSTT || f == fNote || !ok {
				continue
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
