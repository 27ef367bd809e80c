package summary

import (
	"context"
	"fmt"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/check"
)

// writeSummary fills the first sheet: the figures an analyst forwards, from
// the index's aggregations, then one line per parent unit and a chart of the
// attendance rate by parent unit.
func writeSummary(ctx context.Context, f *excelize.File, st styles, ix baocao.Index, rules check.Rules, roster check.Roster, reported int, d detailStats) error {
	all, err := ix.Aggregate(ctx, baocao.Query{})
	if err != nil {
		return err
	}
	onTime, err := ix.Aggregate(ctx, baocao.Query{To: rules.ConferenceDeadline})
	if err != nil {
		return err
	}
	after := rules.ConferenceDeadline.Time().AddDate(0, 0, 1)
	late, err := ix.Aggregate(ctx, baocao.Query{From: baocao.Date{Year: after.Year(), Month: after.Month(), Day: after.Day()}})
	if err != nil {
		return err
	}
	const s = SheetSummary
	f.SetColWidth(s, "A", "A", 44)
	f.SetColWidth(s, "B", "F", 14)
	f.SetCellValue(s, "A1", "TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT")
	f.SetCellValue(s, "A2", rules.Campaign)
	f.SetCellStyle(s, "A1", "A1", st.title)

	pct := func(a, b int) any {
		if b == 0 {
			return ""
		}
		return float64(a) / float64(b)
	}
	expected, missing := any("không có danh sách"), any("")
	reportedCell := any(d.records)
	if roster != nil {
		expected, missing, reportedCell = len(roster), len(roster)-reported, reported
	}
	held := all.Total.Records
	for _, b := range all.ByMonth {
		if b.Key == "" {
			held -= b.Records
		}
	}
	rows := []struct {
		label string
		value any
		style int
	}{
		{"Đơn vị phải báo cáo", expected, st.int},
		{"Đơn vị đã báo cáo", reportedCell, st.int},
		{"Đơn vị chưa báo cáo", missing, st.int},
		{"Số bản ghi hội nghị", all.Total.Records, st.int},
		{"Hội nghị đã tổ chức", held, st.int},
		{fmt.Sprintf("   trong đó đúng hạn (đến %s)", vnDate(rules.ConferenceDeadline)), onTime.Total.Records, st.int},
		{"   trong đó muộn", late.Total.Records, st.int},
		{"Tổng số đảng viên", all.Total.MembersTotal, st.int},
		{"Đảng viên tham dự", all.Total.MembersPresent, st.int},
		{"Tỷ lệ đảng viên tham dự", pct(all.Total.MembersPresent, all.Total.MembersTotal), st.pct},
		{"Quần chúng tham dự", all.Total.Others, st.int},
		{"Chương trình hành động đã ban hành", d.issued, st.int},
	}
	f.SetCellValue(s, "A4", "Chỉ tiêu")
	f.SetCellValue(s, "B4", "Số liệu")
	f.SetCellStyle(s, "A4", "B4", st.header)
	for i, r := range rows {
		row := 5 + i
		f.SetCellValue(s, cellName(1, row), r.label)
		f.SetCellStyle(s, cellName(1, row), cellName(1, row), st.text)
		f.SetCellValue(s, cellName(2, row), r.value)
		f.SetCellStyle(s, cellName(2, row), cellName(2, row), r.style)
	}

	top := 5 + len(rows) + 2
	for i, h := range []string{"Cấp trên", "Số đơn vị báo cáo", "Tổng số đảng viên", "Đảng viên tham dự", "Tỷ lệ", "Quần chúng"} {
		f.SetCellValue(s, cellName(i+1, top), h)
	}
	f.SetCellStyle(s, cellName(1, top), cellName(6, top), st.header)
	for i, b := range all.ByParent {
		r := top + 1 + i
		key := b.Key
		if key == "" {
			key = "(không rõ cấp trên)"
		}
		f.SetCellValue(s, cellName(1, r), key)
		f.SetCellStyle(s, cellName(1, r), cellName(1, r), st.text)
		for c, v := range []int{b.Records, b.MembersTotal, b.MembersPresent} {
			f.SetCellValue(s, cellName(2+c, r), v)
		}
		f.SetCellStyle(s, cellName(2, r), cellName(4, r), st.int)
		f.SetCellValue(s, cellName(5, r), pct(b.MembersPresent, b.MembersTotal))
		f.SetCellStyle(s, cellName(5, r), cellName(5, r), st.pct)
		f.SetCellValue(s, cellName(6, r), b.Others)
		f.SetCellStyle(s, cellName(6, r), cellName(6, r), st.int)
	}
	last := top + len(all.ByParent)
	if len(all.ByParent) > 0 {
		if err := f.AutoFilter(s, cellName(1, top)+":"+cellName(6, last), nil); err != nil {
			return err
		}
		ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", s, col, top+1, col, last) }
		height := uint(max(300, 18*len(all.ByParent)))
		err := f.AddChart(s, "H4", &excelize.Chart{
			Type:      excelize.Bar,
			Series:    []excelize.ChartSeries{{Name: "Tỷ lệ đảng viên tham dự", Categories: ref("A"), Values: ref("E")}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Tỷ lệ đảng viên tham dự theo cấp trên"}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			XAxis:     excelize.ChartAxis{ReverseOrder: true},
			YAxis:     excelize.ChartAxis{NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}, MajorGridLines: true},
			Dimension: excelize.ChartDimension{Width: 560, Height: height},
		})
		if err != nil {
			return err
		}
	}
	return f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
}

func vnDate(d baocao.Date) string { return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year) }
