// Package summary writes the consolidated summary workbook an analyst
// forwards upward: overall figures and per parent unit from the index's
// aggregations, one row per record, the findings, and the units that have not
// reported, in Vietnamese, ready to print.
package summary

import (
	"context"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/check"
)

// Sheet names, as the analysts know them.
const (
	SheetSummary = "Tổng hợp"
	SheetDetail  = "Chi tiết"
	SheetIssues  = "Vi phạm"
	SheetMissing = "Chưa báo cáo"
)

// Write builds the workbook and writes it to w. Records are streamed a page
// at a time into the detail sheet; totals come from aggregations; memory does
// not grow with the number of records beyond the roster's marks.
func Write(ctx context.Context, ix baocao.Index, rules check.Rules, roster check.Roster, failedPath string, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetSummary)
	for _, s := range []string{SheetDetail, SheetIssues, SheetMissing} {
		if _, err := f.NewSheet(s); err != nil {
			return err
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	detail, err := writeDetail(ctx, f, st, ix, rules)
	if err != nil {
		return fmt.Errorf("detail sheet: %w", err)
	}
	missing, reportedUnits, err := writeIssues(ctx, f, st, ix, rules, roster, failedPath)
	if err != nil {
		return fmt.Errorf("findings sheet: %w", err)
	}
	if err := writeMissing(f, st, missing); err != nil {
		return fmt.Errorf("missing sheet: %w", err)
	}
	if err := writeSummary(ctx, f, st, ix, rules, roster, reportedUnits, detail); err != nil {
		return fmt.Errorf("summary sheet: %w", err)
	}
	for _, s := range []string{SheetSummary, SheetDetail, SheetIssues, SheetMissing} {
		if err := printSetup(f, s); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// printSetup makes a sheet print on A4 landscape, fitted to the page width,
// with its header row repeated on every page.
func printSetup(f *excelize.File, sheet string) error {
	size, orient, fit := 9, "landscape", 1 // 9 is A4
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &fit}); err != nil {
		return err
	}
	rows := "$1:$1"
	if sheet == SheetSummary {
		rows = "$1:$2"
	} else if sheet == SheetDetail {
		rows = "$1:$1"
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!%s", sheet, rows), Scope: sheet})
}

// styles are the cell formats the sheets share.
type styles struct {
	title, header, text, date, int, pct int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	border := []excelize.Border{{Type: "left", Style: 1, Color: "999999"}, {Type: "right", Style: 1, Color: "999999"}, {Type: "top", Style: 1, Color: "999999"}, {Type: "bottom", Style: 1, Color: "999999"}}
	font := &excelize.Font{Family: "Times New Roman", Size: 11}
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	dateFmt, pctFmt := "dd/mm/yyyy", "0.0%"
	s.title = mk(&excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 14, Bold: true}})
	s.header = mk(&excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 11, Bold: true}, Border: border,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}})
	s.text = mk(&excelize.Style{Font: font, Border: border, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	s.date = mk(&excelize.Style{Font: font, Border: border, CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	s.int = mk(&excelize.Style{Font: font, Border: border, NumFmt: 3, Alignment: &excelize.Alignment{Vertical: "top"}})
	s.pct = mk(&excelize.Style{Font: font, Border: border, CustomNumFmt: &pctFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	return s, err
}
