package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

var kindNote = map[string]string{
	"fpdf": "narrative report, typed PDF (fpdf)",
	"lo":   "narrative report, typed PDF (LibreOffice from HTML)",
	"docx": "narrative report, Word .docx (LibreOffice from HTML)",
	"scan": "scanned narrative report (image-only PDF, rotated, noisy)",
}

func narratives() error {
	all := append(append(append([]NSpec{}, specs1...), specs2...), specs3...)
	for i := range all {
		s := &all[i]
		d, rec, ev := compose(s)
		text := d.Text()
		var file, format string
		switch s.Kind {
		case "fpdf":
			file, format = s.Name+".pdf", "pdf"
			if err := renderPDF(d, filepath.Join(outDir, file)); err != nil {
				return err
			}
		case "lo":
			file, format = s.Name+".pdf", "pdf"
			if err := convertHTML(s.Name, renderHTML(d, false), "pdf"); err != nil {
				return err
			}
		case "docx":
			file, format = s.Name+".docx", "docx"
			if err := convertHTML(s.Name, renderHTML(d, false), "docx"); err != nil {
				return err
			}
		case "scan":
			file, format = s.Name+".pdf", "pdf"
			typed := filepath.Join(workDir, s.Name+"-typed.pdf")
			if err := renderPDF(d, typed); err != nil {
				return err
			}
			if err := scanPDF(typed, filepath.Join(outDir, file), int64(i+1)); err != nil {
				return err
			}
		}
		if err := writeTruth(file, format, s.Kind == "scan", text, []Record{rec}, ev); err != nil {
			return err
		}
		what := kindNote[s.Kind] + "; " + describe(s)
		if format == "pdf" {
			what += fmt.Sprintf("; %d page(s)", pageCount(filepath.Join(outDir, file)))
		}
		note(file, what)
	}
	return nil
}

// describe lists the classes of variety a narrative spec shows.
func describe(s *NSpec) string {
	var c []string
	if s.State {
		c = append(c, "state layout (Quốc hiệu)")
	} else {
		c = append(c, "party layout")
	}
	if strings.HasPrefix(s.Unit, "Đảng bộ") {
		c = append(c, "committee (Đảng ủy) reporting for its Đảng bộ")
	}
	if s.RBreak {
		c = append(c, "place-date broken over two lines")
	}
	if s.RStyle == 1 {
		c = append(c, "signing date with spaced hyphens")
	}
	if len(s.Cites) > 0 {
		c = append(c, "cited plan/guidance dates before the conference")
	}
	switch s.CWay {
	case 0:
		c = append(c, "location inside the date sentence")
	case 2:
		c = append(c, "time/place as labelled lines")
	case 3, 6:
		c = append(c, "conference over two days")
	case 4:
		c = append(c, "online, main site (điểm cầu chính)")
	case 5:
		c = append(c, "hybrid, main site")
	}
	if s.Form == "" {
		c = append(c, "form not stated")
	}
	if s.ChairW == 2 {
		c = append(c, "chair is also presenter")
	}
	if strings.HasPrefix(s.Chair.Title, "Phó") {
		c = append(c, "deputy presides")
	}
	c = append(c, map[int]string{
		0: "attendance: total, present (có mặt), absentees with reasons",
		1: "attendance: total and present in separate sentences, ĐV abbreviation",
		2: "attendance: only the absentees given (present derived)",
		3: "attendance: party-wide totals of the Đảng bộ with its chi bộ",
		4: "attendance in a small table (one row)",
		5: "attendance in a small table (rows by category)",
		6: "attendance with đ/v abbreviation, verb tham gia",
	}[s.AttW])
	switch s.ProgW {
	case 1:
		c = append(c, "program in prose"+map[int]string{0: " (minutes)", 1: " (hours, decimal comma)", 3: " (minutes as 45')"}[s.DurW])
	case 2:
		c = append(c, fmt.Sprintf("program table (header variant %d, wrapping cells, presenters as %q)", s.HeadW, strings.TrimSpace(s.Abbr)))
		if s.HeadW == 2 || s.DurW == 1 {
			c = append(c, "durations in hours")
		}
	}
	switch s.Act {
	case 0:
		c = append(c, "action program not mentioned")
	case 1:
		if s.ActW == 1 || s.ActW == 3 {
			c = append(c, "action program date before its number")
		} else {
			c = append(c, "action program issued with number and date")
		}
	case 2:
		c = append(c, "action program not yet issued")
	case 3:
		c = append(c, "action program issued, no number")
	}
	return strings.Join(c, "; ")
}
