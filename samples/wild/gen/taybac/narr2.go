package main

import (
	"fmt"
	"strings"
)

func (s *NSpec) attendance(d *Doc, ev *Evidence) *Attendance {
	a := &Attendance{MembersTotal: ip(s.Total), MembersPresent: ip(s.Present)}
	if s.Total > 0 {
		a.Rate = rate(s.Present, s.Total)
	}
	if s.Others > 0 {
		a.Others = ip(s.Others)
	}
	abs := s.Total - s.Present
	if sumAbs(s.Absent) != abs && s.AttW != 3 {
		panic(fmt.Sprintf("%s: absences %d != %d", s.Name, sumAbs(s.Absent), abs))
	}
	others := ""
	if s.Others > 0 {
		others = pick(s.Name+"o", []string{
			fmt.Sprintf("Ngoài ra, hội nghị còn mời %d quần chúng ưu tú, trưởng các đoàn thể tham dự.", s.Others),
			fmt.Sprintf("Cùng dự hội nghị có %d quần chúng là đoàn viên, hội viên các đoàn thể và người có uy tín trong cộng đồng.", s.Others),
			fmt.Sprintf("Số quần chúng tham gia học tập: %d người.", s.Others),
		})
	}
	switch s.AttW {
	case 0:
		d.para(fmt.Sprintf("Tổng số đảng viên của %s: %s đồng chí; số đảng viên có mặt: %s đồng chí, đạt %s; vắng %s đồng chí (%s). %s",
			s.Self, two(s.Total), two(s.Present), pct(s.Present, s.Total, 1), two(abs), reasons(s.Absent, "đồng chí "), others))
	case 1:
		d.para(fmt.Sprintf("%s hiện có %d đảng viên, sinh hoạt tại các tổ đảng theo địa bàn dân cư.", s.Self, s.Total))
		v := pick(s.Name+"v", []string{"Dự hội nghị có", "Tham dự hội nghị gồm", "Có mặt tại hội nghị"})
		t := fmt.Sprintf("%s %d ĐV", v, s.Present)
		if s.Others > 0 {
			t += fmt.Sprintf(" và %d quần chúng", s.Others)
		}
		if abs > 0 {
			t += fmt.Sprintf("; vắng %s đ/c (%s)", two(abs), reasons(s.Absent, "đ/c "))
		}
		d.para(t + ".")
	case 2:
		d.para(fmt.Sprintf("%s có %d đảng viên. Vắng mặt %s đồng chí (%s); số đảng viên còn lại đều tham dự đầy đủ. %s",
			s.Self, s.Total, two(abs), reasons(s.Absent, "đồng chí "), others))
		ev.Derived["present"] = true
	case 3:
		d.para(fmt.Sprintf("Toàn Đảng bộ hiện có %d chi bộ trực thuộc với tổng số %d đảng viên. Kết quả: %d/%d chi bộ tổ chức cho đảng viên tham gia; có %d/%d đảng viên tham dự, đạt %s; %s",
			s.Cells, s.Total, s.CellsP, s.Cells, s.Present, s.Total, pct(s.Present, s.Total, 2),
			ifs(s.Others > 0, fmt.Sprintf("%d quần chúng là cán bộ, công chức, đoàn viên, hội viên các đoàn thể cùng tham dự.", s.Others), "số đảng viên vắng mặt đều có lý do.")))
	case 4:
		d.para("Kết quả tham dự hội nghị cụ thể như sau:")
		head := hcells("Tổng số đảng viên", "Có mặt", "Vắng", "Lý do vắng", "Quần chúng tham dự", "Tỷ lệ ĐV tham dự (%)")
		row := cells(two(s.Total), two(s.Present), two(abs), reasons(s.Absent, ""), fmt.Sprint(s.Others), strings.TrimSuffix(pct(s.Present, s.Total, 1), "%"))
		for i := range row {
			row[i].Align = "C"
		}
		d.table(&Table{Widths: []float64{16, 12, 10, 26, 16, 18}, Head: [][]Cell{head}, Rows: [][]Cell{row}})
	case 5:
		d.para("Thành phần và số lượng tham dự:")
		head := hcells("TT", "Thành phần", "Số lượng", "Ghi chú")
		rows := [][]Cell{
			cells("1", "Đảng viên trong "+lcFirst(s.Self), fmt.Sprint(s.Total), ""),
			cells("2", "Đảng viên tham dự", fmt.Sprint(s.Present), "Đạt "+pct(s.Present, s.Total, 1)),
			cells("3", "Đảng viên vắng mặt", fmt.Sprint(abs), reasons(s.Absent, "")),
		}
		if s.Others > 0 {
			rows = append(rows, cells("4", "Quần chúng được mời dự", fmt.Sprint(s.Others), ""))
		}
		for _, r := range rows {
			r[0].Align, r[2].Align = "C", "C"
		}
		d.table(&Table{Widths: []float64{8, 40, 14, 38}, Head: [][]Cell{head}, Rows: rows})
	case 6:
		t := fmt.Sprintf("%s có %d đ/v; tham gia hội nghị %d đ/v", s.Self, s.Total, s.Present)
		if abs > 0 {
			t += fmt.Sprintf(", vắng %d đ/v (%s)", abs, reasons(s.Absent, "đ/v "))
		}
		d.para(t + ". " + others)
	}
	if s.AttW == 0 || s.AttW == 2 || s.AttW == 6 {
		if s.Others == 0 {
			a.Others = nil
		}
	}
	if s.AttW == 4 || s.AttW == 5 {
		if s.Others == 0 && s.AttW == 5 {
			a.Others = nil
		}
		if s.AttW == 4 {
			a.Others = ip(s.Others)
		}
	}
	return a
}

func (s *NSpec) program(d *Doc) {
	switch s.ProgW {
	case 1:
		d.para(pick(s.Name+"p", []string{"Hội nghị đã nghe các chuyên đề sau:", "Nội dung chương trình hội nghị gồm:", "Hội nghị được nghe quán triệt các chuyên đề:"}))
		for i, it := range s.Prog {
			t := fmt.Sprintf("- Chuyên đề %d: “%s”", i+1, it.Topic)
			if it.Presenter != "" {
				t += fmt.Sprintf(", do %s%s trình bày", s.Abbr, it.Presenter)
			}
			if it.Minutes > 0 {
				t += ", thời lượng " + dur(it.Minutes, s.DurW)
			}
			d.para(t + ".")
		}
	case 2:
		heads := [][]string{
			{"TT", "Nội dung", "Người trình bày", "Thời lượng"},
			{"STT", "Tên chuyên đề", "Báo cáo viên", "Thời gian (phút)"},
			{"Số TT", "Nội dung quán triệt", "Đồng chí trình bày", "Thời lượng (giờ)"},
			{"TT", "Chuyên đề", "Người thực hiện", "Thời gian"},
		}
		h := heads[s.HeadW]
		d.para(pick(s.Name+"t", []string{"Chương trình hội nghị cụ thể như sau:", "Nội dung, thời lượng các chuyên đề:", "Chương trình hội nghị:"}))
		var rows [][]Cell
		for i, it := range s.Prog {
			pres := ""
			if it.Presenter != "" {
				pres = s.Abbr + it.Presenter
				if t := s.PTitle[it.Presenter]; t != "" {
					pres += "\n" + t
				}
			}
			du := ""
			if it.Minutes > 0 {
				switch s.HeadW {
				case 1:
					du = fmt.Sprint(it.Minutes)
				case 2:
					du = strings.TrimPrefix(strings.TrimSuffix(dur(it.Minutes, 1), " giờ"), "0")
				default:
					du = dur(it.Minutes, s.DurW)
				}
			}
			row := cells(fmt.Sprint(i+1), it.Topic, pres, du)
			row[0].Align, row[3].Align = "C", "C"
			rows = append(rows, row)
		}
		d.table(&Table{Widths: []float64{7, 52, 26, 15}, Head: [][]Cell{hcells(h...)}, Rows: rows})
	}
}

func (s *NSpec) action(d *Doc) *Action {
	kind := s.ActKind
	if kind == "" {
		kind = "Chương trình hành động"
	}
	ad := s.ActDate.Fmt(s.CStyle)
	switch s.Act {
	case 1:
		switch s.ActW {
		case 0:
			d.para(fmt.Sprintf("%s đã xây dựng và ban hành %s số %s ngày %s thực hiện Nghị quyết, xác định rõ nhiệm vụ, giải pháp phù hợp với tình hình thực tế của đơn vị.", s.Self, kind, s.ActNum, ad))
		case 1:
			d.para(fmt.Sprintf("Ngày %s, %s đã ban hành %s số %s về thực hiện Nghị quyết; phân công cụ thể cho từng đảng viên phụ trách các lĩnh vực.", ad, s.Self, kind, s.ActNum))
		case 2:
			d.para(fmt.Sprintf("%s thực hiện Nghị quyết của %s đã được ban hành (số %s, ngày %s), bám sát chủ trương của cấp trên và điều kiện cụ thể của cơ sở.", kind, lcFirst(s.Self), s.ActNum, ad))
		case 3:
			d.para(fmt.Sprintf("Đến ngày %s, %s đã ban hành %s số %s để cụ thể hóa các chỉ tiêu, nhiệm vụ của Nghị quyết.", ad, s.Self, kind, s.ActNum))
		}
		return &Action{Issued: true, Number: s.ActNum, Date: s.ActDate.ISO()}
	case 2:
		d.para(fmt.Sprintf("%s đang hoàn thiện dự thảo %s thực hiện Nghị quyết, lấy ý kiến đóng góp của đảng viên; chưa ban hành, dự kiến ban hành trước ngày 30/6/2021.", s.Self, lcFirst(kind)))
		return &Action{Issued: false}
	case 3:
		d.para(fmt.Sprintf("Sau hội nghị, %s đã ban hành %s thực hiện Nghị quyết sát với thực tiễn, giao nhiệm vụ cụ thể cho các tổ chức và cá nhân.", s.Self, lcFirst(kind)))
		return &Action{Issued: true}
	}
	return nil
}
