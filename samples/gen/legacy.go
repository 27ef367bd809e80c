package main

import (
	"encoding/xml"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao"
)

// The legacy group: reports typed with the old 8-bit Vietnamese fonts, TCVN3
// (.VnTime, capitals in .VnTimeH) and VNI (VNI-Times), where the file holds
// Latin-1 characters and only the font makes them Vietnamese. Each is built
// from its truth record in Unicode, then written in the legacy encoding.

// makeLegacy writes the legacy-font samples into out/legacy.
func makeLegacy(out string) ([]sample, error) {
	dir := filepath.Join(out, "legacy")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "baocao-legacy-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	var samples []sample
	for _, mk := range []func(out, tmp string) (sample, error){legacyForm, mixedFontsForm, legacyRollup, legacyPDFs(0), legacyPDFs(1), legacyPDFs(2)} {
		s, err := mk(out, tmp)
		if err != nil {
			return nil, err
		}
		samples = append(samples, s)
	}
	return samples, nil
}

// legacyForm is a filled-in form typed in .VnTime, its capitals in .VnTimeH.
func legacyForm(out, tmp string) (sample, error) {
	u := unitInfo{"Chi bộ thôn Cầu Xum", "Đảng bộ xã Trì Quang", "Trì Quang", "Nhà văn hóa thôn Cầu Xum", false, 26}
	l := formLayout{Sheet: "Báo cáo", Row0: 1, Col0: 1, Colon: true, LabelSpan: 1, Spelling: 1, Dates: 2, Rate: 0, Action: 0, Others: true}
	rec := formRecord(u, l, 3000, baocao.InPerson, false)
	name := "legacy/form-tcvn3-" + slugFor(u.Unit) + ".xlsx"
	src := filepath.Join(tmp, "form.xlsx")
	sheets, row, err := writeForm(src, l, rec)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}
	if err := legacyWorkbook(src, filepath.Join(out, name), tcvn3); err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}
	rec.Source = baocao.Source{Sheet: l.Sheet, Row: row}
	return sample{Path: name, Producer: "excelize, form converted to TCVN3 with UniKey's table",
		Variation: "every text cell in .VnTime (TCVN3 bytes as Latin-1), lines in capitals in .VnTimeH as small letters' codes, capitals with a tone as letter + tone byte; " + l.variation(),
		Want:      expected{Format: "xlsx", Pages: sheets, Records: []baocao.Record{rec}}}, nil
}

// mixedFontsForm is a Unicode form that an office patched from an old
// template: cells whose rich text mixes a .VnTime run with a Unicode one, a
// run with no font of its own in a .VnTime cell, and TCVN3 text pasted into
// an Arial cell, which only its patterns tell.
func mixedFontsForm(out, tmp string) (sample, error) {
	u := unitInfo{"Chi bộ thôn Bản Phiệt", "Đảng bộ xã Bản Phiệt", "Bản Phiệt", "Nhà văn hóa thôn Bản Phiệt", false, 31}
	l := formLayout{Sheet: "Sheet1", Row0: 2, Col0: 1, Bold: true, LabelSpan: 1, Spelling: 0, Dates: 0, Rate: 1, ProgramOnSheet: true, Action: 0, Others: true}
	rec := formRecord(u, l, 3100, baocao.Hybrid, true)
	name := "legacy/form-mixed-fonts-" + slugFor(u.Unit) + ".xlsx"
	src := filepath.Join(tmp, "mixed.xlsx")
	sheets, row, err := writeForm(src, l, rec)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}
	// The chair's cell is in .VnTime, the place's in Arial.
	f, err := excelize.OpenFile(src)
	if err != nil {
		return sample{}, err
	}
	defer f.Close()
	restyle := func(v, family string) {
		ref, e := findCell(f, l.Sheet, v)
		var id int
		if e == nil {
			id, e = f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: family, Size: 12}})
		}
		if e == nil {
			e = f.SetCellStyle(l.Sheet, ref, ref, id)
		}
		if e != nil && err == nil {
			err = e
		}
	}
	restyle(rec.Chair.Name, tcvn3.Font)
	restyle(rec.Location, "Arial")
	dst := filepath.Join(out, name)
	if err == nil {
		err = saveWorkbook(f, dst)
	}
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}

	enc := func(s string) string {
		b, e := tcvn3.encode(s)
		if e != nil && err == nil {
			err = e
		}
		return latin1(b)
	}
	unitHead, unitTail := splitWords(rec.Unit, 2)
	parentHead, parentTail := splitWords(upper(rec.ParentUnit), 3)
	chairHead, chairTail := splitWords(rec.Chair.Name, 2)
	want := map[string]string{
		// "Chi bộ " in .VnTime, "thôn Bản Phiệt" in Unicode, in one cell.
		rec.Unit: richRun(tcvn3.Font, false, enc(unitHead+" ")) + richRun("Times New Roman", false, unitTail),
		// "ĐẢNG BỘ XÃ " drawn by .VnTimeH from small letters' codes, the
		// place typed in Unicode.
		upper(rec.ParentUnit): richRun(tcvn3.Caps, true, enc(strings.ToLower(parentHead)+" ")) + richRun("Times New Roman", true, parentTail),
		// The family names in a run with no font of its own, in the .VnTime
		// cell, the given name retyped in Times New Roman.
		rec.Chair.Name: richRun("", false, enc(chairHead+" ")) + richRun("Times New Roman", false, chairTail),
		// The place, pasted from an old document into the Arial cell.
		rec.Location: "<t>" + xmlText(enc(rec.Location)) + "</t>",
	}
	done := 0
	err = rewriteSST(dst, func(s string) (string, bool, error) {
		x, ok := want[s]
		if ok {
			done++
		}
		return x, ok, err
	})
	if err == nil && done != len(want) {
		err = fmt.Errorf("rewrote %d of the %d shared strings", done, len(want))
	}
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}
	rec.Source = baocao.Source{Sheet: l.Sheet, Row: row}
	return sample{Path: name, Producer: "excelize, Unicode form with legacy runs and cells",
		Variation: "unit: a .VnTime run and a Times New Roman run in one cell; parent in capitals: a .VnTimeH run and a Unicode run; chair: a run with no font in a .VnTime cell and a Unicode run; place: TCVN3 pasted into an Arial cell (detected by its patterns); " + l.variation(),
		Want:      expected{Format: "xlsx", Pages: sheets, Records: []baocao.Record{rec}}}, nil
}

// legacyRollup is a committee's table typed in VNI-Times.
func legacyRollup(out, tmp string) (sample, error) {
	l := rollupLayout{Slug: "dang-uy-xa-phu-nhuan", Upper: "ĐẢNG BỘ HUYỆN BẢO THẮNG", Committee: "Đảng ủy xã Phú Nhuận", Subtitle: true, DocNumber: "33-BC/ĐU", ReportDate: date(2021, 6, 29),
		Sheet: "Tổng hợp", Row0: 1, Col0: 1, Cols: []string{"stt", "unit", "date", "location", "form", "chair", "chair_title", "reporter", "total", "present", "rate", "others", "action", "note"},
		Names: 1, Rows: 10, Kind: "xa", Dates: 2, Rate: 1, NotHeld: []int{6}, Totals: "Cộng", Signature: true}
	name := "legacy/rollup-vni-" + l.Slug + ".xlsx"
	src := filepath.Join(tmp, "rollup.xlsx")
	s, err := writeRollup(src, l, 4000)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}
	if err := legacyWorkbook(src, filepath.Join(out, name), vni); err != nil {
		return sample{}, fmt.Errorf("%s: %w", name, err)
	}
	s.Path = name
	s.Producer = "excelize, roll-up converted to VNI Windows with UniKey's table"
	s.Variation = "every text cell in VNI-Times (a letter and its mark byte, as Latin-1), capitals with capital mark bytes; " + l.variation()
	return s, nil
}

// legacyPDFs makes the k-th legacy narrative report: TCVN3 in fonts named
// .VnTime and .VnTimeH, VNI in VNI-Times, or TCVN3 in fonts whose names say
// nothing, which only the text's patterns tell.
func legacyPDFs(k int) func(out, tmp string) (sample, error) {
	return func(out, tmp string) (sample, error) {
		units := []unitInfo{
			{"Chi bộ thôn Phú Thịnh", "Đảng bộ xã Yên Lãng", "Yên Lãng", "Nhà văn hóa thôn Phú Thịnh", false, 36},
			{"Đảng bộ xã Phục Linh", "Đảng bộ huyện Đại Từ", "Phục Linh", "Hội trường Đảng ủy xã Phục Linh", true, 214},
			{"Chi bộ Trường THCS La Bằng", "Đảng bộ xã La Bằng", "La Bằng", "Phòng họp Trường THCS La Bằng", false, 23},
		}
		styles := []narrStyles{
			{Time: 0, Form: 1, Chair: 0, Attendance: 0, Program: 1, Action: 0, Sign: 0, NumberColon: true, HasOthers: true},
			{Time: 2, Form: 3, Chair: 3, Attendance: 3, Program: 2, Action: 1, Sign: 2, HasOthers: true},
			{Time: 1, Form: 2, Chair: 1, Attendance: 2, Program: 1, Action: 0, Sign: 1, HasOthers: false},
		}
		e := []legacyEnc{tcvn3, vni, tcvn3}[k]
		fonts := namedFonts(e)
		what := fmt.Sprintf("%s in fonts named %s", e.Name, e.Font)
		slug := "pdf-" + strings.ToLower(e.Name) + "-"
		if e.Caps != "" {
			what += ", lines in capitals in " + e.Caps + " as small letters' codes"
		}
		if k == 2 {
			// A PDF printer that renamed the fonts: subsets named TT1, TT2….
			fonts = legacyFonts{Text: [4]string{"AAAAAB+TT1", "AAAAAC+TT2", "AAAAAD+TT3", "AAAAAE+TT4"}}
			what = "TCVN3 in fonts named TT1…TT4 (subset prefixes), capitals as capital codes and tone bytes: only the text's patterns tell"
			slug = "pdf-tcvn3-unnamed-fonts-"
		}
		spec := legacySpec(40+k, units[k], styles[k])
		name := "legacy/" + slug + slugFor(units[k].Unit) + ".pdf"
		d := spec.document()
		// Sizes at which no line of the program wraps just before its
		// " - đồng chí …", which the rules would take for a new bullet.
		size := []float64{13, 12, 12.5}[k]
		pages, err := renderLegacy(d, e, fonts, size, filepath.Join(out, name))
		if err != nil {
			return sample{}, fmt.Errorf("%s: %w", name, err)
		}
		if pages > 2 {
			return sample{}, fmt.Errorf("%s has %d pages, want at most 2", name, pages)
		}
		return sample{Path: name, Producer: fmt.Sprintf("fpdf, simple WinAnsi fonts without a font program, %gpt", size),
			Variation: what + "; " + spec.variation() + fmt.Sprintf("; %d page(s)", pages),
			Want:      expected{Format: "pdf", Pages: pages, Records: []baocao.Record{spec.Rec}}}, nil
	}
}

// formRecord draws the truth of one form, as makeForms does.
func formRecord(u unitInfo, l formLayout, stream uint64, form baocao.Form, deputyChairs bool) baocao.Record {
	c := drawConference(stream, u.Size, false)
	r := newRand(stream + 1)
	rec := baocao.Record{
		Unit: u.Unit, ParentUnit: u.Parent,
		DocNumber:  fmt.Sprintf("%d-BC/%s", 2+r.IntN(40), u.symbol()),
		ReportDate: c.Report, ConferenceDate: c.Conf, Location: u.Location,
		Form: form, Attendance: attendance(c.Present, c.Total, 0),
	}
	if l.Others {
		rec.Attendance.Others = c.Others
	}
	head := baocao.Person{Name: c.Head, Title: "Bí thư " + u.short()}
	dep := baocao.Person{Name: c.Deputy, Title: "Phó Bí thư " + u.short()}
	rec.Chair, rec.Reporters = &head, []baocao.Person{head}
	if deputyChairs {
		rec.Chair = &dep
		rec.Reporters = []baocao.Person{{Name: c.Outside, Title: outsideTitles(u.Parent)[0]}}
	}
	rec.Program = buildProgram(r, 0, rec.Reporters)
	switch l.Action {
	case 0:
		rec.ActionProgram = &baocao.ActionProgram{Issued: true, Number: fmt.Sprintf("%02d-CTr/%s", 1+r.IntN(20), u.symbol()), Date: c.Action}
	case 1:
		rec.ActionProgram = &baocao.ActionProgram{Issued: false}
	}
	rec.Signer = &baocao.Person{Name: c.Head, Title: "Bí thư"}
	return rec
}

// legacySpec builds a narrative report's truth and styles, as
// buildNarrativeSpecs does for its units, on one page without tables.
func legacySpec(index int, u unitInfo, st narrStyles) narrativeSpec {
	r := newRand(uint64(100 + index))
	s := narrativeSpec{Index: index, Info: u, Producer: "fpdf", Styles: st, TwoDays: st.Time == 4}
	names := distinctNames(r, 5)
	s.Head, s.Deputy, s.Outside = names[0], names[1], names[2:]
	month := 4 + r.IntN(3)
	conf := date(2021, month, 1+r.IntN(27))
	actDate := addDays(conf, 1+r.IntN(6))
	total := u.Size
	present := total - r.IntN(max(2, total/15))
	others := 0
	if st.HasOthers {
		others = 3 + r.IntN(max(4, total/3))
	}
	rec := baocao.Record{
		Unit: u.Unit, ParentUnit: u.Parent,
		DocNumber:      fmt.Sprintf("%d-BC/%s", 3+r.IntN(60), u.symbol()),
		ReportDate:     addDays(actDate, r.IntN(4)),
		ConferenceDate: conf, Location: u.Location,
		Attendance: attendance(present, total, others),
		Source:     baocao.Source{Page: 1},
	}
	rec.Form = map[int]baocao.Form{1: baocao.InPerson, 2: baocao.Online, 3: baocao.Hybrid}[st.Form]
	cast(r, &rec, u, s, st, actDate)
	rec.Signer = &baocao.Person{Name: s.Head, Title: "Bí thư"}
	if st.Sign != 0 {
		rec.Signer = &baocao.Person{Name: s.Deputy, Title: "Phó Bí thư"}
	}
	s.Rec = rec
	s.Slug = slugFor(u.Unit)
	return s
}

// legacyWorkbook rewrites a Unicode workbook as an old template holds it:
// every text cell in the encoding's bytes as Latin-1, in the encoding's font
// (capitals in its …H font, as small letters' codes); numbers, dates and
// formulas keep their values, in the same font.
func legacyWorkbook(src, dst string, e legacyEnc) error {
	f, err := excelize.OpenFile(src)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.SetDefaultFont(e.Font); err != nil {
		return err
	}
	restyled := map[[2]any]int{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		for r, row := range rows {
			for c, v := range row {
				ref := cell(c+1, r+1)
				font := e.Font
				if typ, _ := f.GetCellType(sh, ref); e.Caps != "" && caps(v) &&
					(typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString) {
					font = e.Caps
				}
				id, err := f.GetCellStyle(sh, ref)
				if err != nil {
					return err
				}
				key := [2]any{id, font}
				nid, ok := restyled[key]
				if !ok {
					st, err := f.GetStyle(id)
					if err != nil {
						return err
					}
					fnt := excelize.Font{Size: 11}
					if st.Font != nil {
						fnt = *st.Font
					}
					fnt.Family = font
					st.Font = &fnt
					if nid, err = f.NewStyle(st); err != nil {
						return err
					}
					restyled[key] = nid
				}
				if err := f.SetCellStyle(sh, ref, ref, nid); err != nil {
					return err
				}
			}
		}
	}
	if err := saveWorkbook(f, dst); err != nil {
		return err
	}
	// The text itself: every shared string, in the font its cells now have.
	return rewriteSST(dst, func(s string) (string, bool, error) {
		b, _, err := e.encodeFor(s)
		return "<t xml:space=\"preserve\">" + xmlText(latin1(b)) + "</t>", true, err
	})
}

// siRe matches a shared string that is plain text, not rich text.
var siRe = regexp.MustCompile(`<si><t(?: xml:space="preserve")?>([^<]*)</t></si>`)

// rewriteSST replaces, in a saved workbook, the content of each plain shared
// string for which fn says so, keeping the table's order so that cells still
// point at their strings.
func rewriteSST(path string, fn func(s string) (inner string, ok bool, err error)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var fnErr error
	out, err := rewriteZip(data, func(name string, b []byte) []byte {
		if name != "xl/sharedStrings.xml" {
			return b
		}
		return siRe.ReplaceAllFunc(b, func(m []byte) []byte {
			s := html.UnescapeString(string(siRe.FindSubmatch(m)[1]))
			inner, ok, err := fn(s)
			if err != nil && fnErr == nil {
				fnErr = err
			}
			if !ok {
				return m
			}
			return []byte("<si>" + inner + "</si>")
		})
	})
	if err != nil {
		return err
	}
	if fnErr != nil {
		return fnErr
	}
	return os.WriteFile(path, out, 0o644)
}

// richRun is one run of rich text; font "" leaves the run the cell's font.
func richRun(font string, bold bool, text string) string {
	var b strings.Builder
	b.WriteString("<r>")
	if font != "" {
		b.WriteString(`<rPr><rFont val="` + xmlText(font) + `"/>`)
		if bold {
			b.WriteString("<b/>")
		}
		b.WriteString(`<sz val="12"/></rPr>`)
	}
	b.WriteString(`<t xml:space="preserve">` + xmlText(text) + "</t></r>")
	return b.String()
}

// xmlText escapes text for an XML element or attribute.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// findCell returns the reference of the first cell of a sheet whose text is v.
func findCell(f *excelize.File, sheet, v string) (string, error) {
	rows, err := f.GetRows(sheet)
	if err != nil {
		return "", err
	}
	for r, row := range rows {
		for c, s := range row {
			if s == v {
				return cell(c+1, r+1), nil
			}
		}
	}
	return "", fmt.Errorf("no cell %q on sheet %q", v, sheet)
}

// splitWords cuts s after its first n words.
func splitWords(s string, n int) (head, tail string) {
	w := strings.Fields(s)
	return strings.Join(w[:n], " "), strings.Join(w[n:], " ")
}
