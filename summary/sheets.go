package summary

import (
	"context"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/check"
)

// ruleColumns are the rules with a column each in the detail sheet.
var ruleColumns = []struct{ rule, title string }{
	{check.LateConference, "Tổ chức muộn"},
	{check.NoActionProgram, "Chưa ban hành CTr"},
	{check.LateActionProgram, "CTr ban hành muộn"},
	{check.ChairNotHead, "Chủ trì không phải người đứng đầu"},
	{check.ReporterNotHead, "Người đứng đầu không trực tiếp báo cáo"},
	{check.LowAttendance, "Tỷ lệ dự thấp"},
	{check.IncompleteReport, "Báo cáo thiếu thông tin"},
}

// detailStats are the counts the summary sheet needs that the walk over the
// records gives for free.
type detailStats struct {
	records, held, onTime, late, issued int
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func writeDetail(ctx context.Context, f *excelize.File, st styles, ix baocao.Index, rules check.Rules) (detailStats, error) {
	var stats detailStats
	sw, err := f.NewStreamWriter(SheetDetail)
	if err != nil {
		return stats, err
	}
	header := []string{"STT", "Đơn vị", "Cấp trên", "Số báo cáo", "Ngày báo cáo", "Ngày hội nghị", "Địa điểm", "Hình thức",
		"Người chủ trì", "Chức vụ", "Báo cáo viên", "ĐV tổng số", "ĐV tham dự", "Tỷ lệ", "Quần chúng",
		"CTr hành động", "Số CTr", "Ngày ban hành", "Người ký", "Tệp", "Nguồn"}
	for _, rc := range ruleColumns {
		header = append(header, rc.title)
	}
	widths := []float64{6, 34, 28, 13, 12, 12, 28, 11, 22, 18, 30, 9, 9, 8, 9, 13, 13, 12, 22, 40, 16}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return stats, err
		}
	}
	if err := sw.SetColWidth(len(widths)+1, len(header), 14); err != nil {
		return stats, err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return stats, err
	}
	row := make([]any, len(header))
	for i, h := range header {
		row[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 45}); err != nil {
		return stats, err
	}
	n := 1
	err = ix.Each(ctx, baocao.Query{}, func(h baocao.Hit) error {
		r := h.Record
		n++
		stats.records++
		if !r.ConferenceDate.IsZero() {
			stats.held++
			if r.ConferenceDate.After(rules.ConferenceDeadline) {
				stats.late++
			} else {
				stats.onTime++
			}
		}
		text := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.text, Value: s} }
		date := func(d baocao.Date) excelize.Cell {
			if d.IsZero() {
				return text("")
			}
			return excelize.Cell{StyleID: st.date, Value: d.Time()}
		}
		num := func(v int, ok bool) excelize.Cell {
			if !ok {
				return text("")
			}
			return excelize.Cell{StyleID: st.int, Value: v}
		}
		var chair, chairTitle, signer string
		if r.Chair != nil {
			chair, chairTitle = r.Chair.Name, r.Chair.Title
		}
		if r.Signer != nil {
			signer = strings.TrimSpace(r.Signer.Name + " (" + r.Signer.Title + ")")
			signer = strings.TrimSuffix(signer, " ()")
		}
		var reporters []string
		for _, p := range r.Reporters {
			reporters = append(reporters, strings.TrimSuffix(p.Name+", "+p.Title, ", "))
		}
		a := r.Attendance
		var present, total, others int
		var rate any = ""
		if a != nil {
			present, total, others = a.MembersPresent, a.MembersTotal, a.Others
			if a.Rate > 0 {
				rate = excelize.Cell{StyleID: st.pct, Value: a.Rate}
			}
		}
		if rate == "" {
			rate = text("")
		}
		apState, apNum, apDate := "", "", baocao.Date{}
		if ap := r.ActionProgram; ap != nil {
			apState = "Chưa ban hành"
			if ap.Issued {
				apState = "Đã ban hành"
				stats.issued++
			}
			apNum, apDate = ap.Number, ap.Date
		}
		src := r.Source.Sheet
		if r.Source.Row > 0 {
			src = fmt.Sprintf("%s, dòng %d", src, r.Source.Row)
		} else if r.Source.Page > 0 {
			src = fmt.Sprintf("trang %d", r.Source.Page)
		}
		vals := []any{
			num(n-1, true), text(r.Unit), text(r.ParentUnit), text(r.DocNumber), date(r.ReportDate), date(r.ConferenceDate),
			text(r.Location), text(formName(r.Form)), text(chair), text(chairTitle), text(strings.Join(reporters, "; ")),
			num(total, total > 0), num(present, present > 0), rate, num(others, others > 0),
			text(apState), text(apNum), date(apDate), text(signer), text(h.File), text(src),
		}
		broken := map[string]bool{}
		for _, fd := range rules.Record(h) {
			broken[fd.Rule] = true
		}
		for _, rc := range ruleColumns {
			mark := ""
			if broken[rc.rule] {
				mark = "x"
			}
			vals = append(vals, text(mark))
		}
		return sw.SetRow(cellName(1, n), vals)
	})
	if err != nil {
		return stats, err
	}
	if n > 1 {
		if err := sw.AddTable(&excelize.Table{Range: "A1:" + cellName(len(header), n), Name: "ChiTiet", StyleName: "TableStyleLight1", ShowRowStripes: boolPtr(true)}); err != nil {
			return stats, err
		}
	}
	return stats, sw.Flush()
}

func boolPtr(b bool) *bool { return &b }

func formName(f baocao.Form) string {
	return map[baocao.Form]string{baocao.InPerson: "Trực tiếp", baocao.Online: "Trực tuyến", baocao.Hybrid: "Kết hợp"}[f]
}

var ruleNames = map[string]string{
	check.LateConference:    "Tổ chức hội nghị muộn",
	check.NoActionProgram:   "Chưa ban hành chương trình hành động",
	check.LateActionProgram: "Ban hành chương trình hành động muộn",
	check.ChairNotHead:      "Người chủ trì không phải người đứng đầu",
	check.ReporterNotHead:   "Người đứng đầu không trực tiếp làm báo cáo viên",
	check.LowAttendance:     "Tỷ lệ đảng viên tham dự thấp",
	check.MissingReport:     "Chưa báo cáo",
	check.IncompleteReport:  "Báo cáo thiếu thông tin",
	check.UnreadableFile:    "Tệp không đọc được",
	check.UnknownUnit:       "Đơn vị không có trong danh sách",
}

// writeIssues lists the findings, and returns the roster units that have not
// reported and how many roster units have.
func writeIssues(ctx context.Context, f *excelize.File, st styles, ix baocao.Index, rules check.Rules, roster check.Roster, failedPath string) ([]check.Unit, int, error) {
	sw, err := f.NewStreamWriter(SheetIssues)
	if err != nil {
		return nil, 0, err
	}
	for i, w := range []float64{6, 40, 34, 28, 60, 40} {
		sw.SetColWidth(i+1, i+1, w)
	}
	sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	header := []any{}
	for _, h := range []string{"STT", "Vi phạm", "Đơn vị", "Cấp trên", "Chi tiết", "Tệp"} {
		header = append(header, excelize.Cell{StyleID: st.header, Value: h})
	}
	if err := sw.SetRow("A1", header); err != nil {
		return nil, 0, err
	}
	var missing []check.Unit
	n := 1
	err = check.Run(ctx, ix, rules, roster, failedPath, func(fd check.Finding) error {
		if fd.Rule == check.MissingReport {
			missing = append(missing, check.Unit{Unit: fd.Unit, ParentUnit: fd.ParentUnit})
		}
		n++
		t := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.text, Value: s} }
		return sw.SetRow(cellName(1, n), []any{excelize.Cell{StyleID: st.int, Value: n - 1}, t(ruleNames[fd.Rule]), t(fd.Unit), t(fd.ParentUnit), t(fd.Detail), t(fd.File)})
	})
	if err != nil {
		return nil, 0, err
	}
	if n > 1 {
		if err := sw.AddTable(&excelize.Table{Range: "A1:" + cellName(6, n), Name: "ViPham", StyleName: "TableStyleLight1"}); err != nil {
			return nil, 0, err
		}
	}
	return missing, len(roster) - len(missing), sw.Flush()
}

func writeMissing(f *excelize.File, st styles, missing []check.Unit) error {
	f.SetColWidth(SheetMissing, "A", "A", 6)
	f.SetColWidth(SheetMissing, "B", "C", 40)
	for i, h := range []string{"STT", "Đơn vị", "Cấp trên"} {
		f.SetCellValue(SheetMissing, cellName(i+1, 1), h)
	}
	f.SetCellStyle(SheetMissing, "A1", "C1", st.header)
	for i, u := range missing {
		r := i + 2
		f.SetCellValue(SheetMissing, cellName(1, r), i+1)
		f.SetCellValue(SheetMissing, cellName(2, r), u.Unit)
		f.SetCellValue(SheetMissing, cellName(3, r), u.ParentUnit)
	}
	last := max(2, len(missing)+1)
	f.SetCellStyle(SheetMissing, "A2", cellName(3, last), st.text)
	if err := f.AutoFilter(SheetMissing, "A1:"+cellName(3, last), nil); err != nil {
		return err
	}
	return f.SetPanes(SheetMissing, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}
