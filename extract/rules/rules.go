// Package rules turns a neutral document into conference records: the field
// rules that read dates, people, attendance, the program and the action
// program out of a narrative report, a filled-in form or a roll-up table,
// whatever reader produced the document.
package rules

import (
	"fmt"
	"strings"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// Read returns what a document's header says, the conferences it reports,
// and warnings about what it could not find. A document that is not a
// conference report gives no records and one warning that says so.
func Read(d *doc.Document) (document baocao.Document, recs []baocao.Record, warnings []string) {
	h := readHeader(d)
	document = h.doc
	defer func() { document.Records = len(recs) }()
	if len(d.Lines) > 0 && len(d.Sheets) == 0 && h.hasKind && !h.kind.report {
		return document, []baocao.Record{}, []string{"Văn bản là " + strings.ToLower(h.kind.name) + ", không phải báo cáo, nên không có kết quả hội nghị để ghi nhận."}
	}
	recs, warnings = records(d, h.doc.Signer)
	if len(d.Sheets) == 0 && h.hasKind && h.kind.name == "Báo cáo" && document.Title != "" && !aboutStudy(document.Title) {
		// A report on something else (a year's work, prices, a
		// self-assessment) that speaks of a conference in passing.
		why := "tiêu đề “" + document.Title + "” không nói về hội nghị học tập, quán triệt nghị quyết"
		if len(recs) > 0 {
			document.Review = append(document.Review, baocao.Review{Field: "records", Status: baocao.Unsure,
				Why: "văn bản có nói đến hội nghị nhưng " + why + "; chưa ghi nhận kết quả hội nghị nào, hãy xem lại"})
		}
		return document, []baocao.Record{}, []string{"Báo cáo này không phải báo cáo kết quả hội nghị: " + why + "."}
	}
	return document, recs, warnings
}

// aboutStudy reports whether a report's title speaks of studying or
// implementing a resolution, or of a conference.
func aboutStudy(title string) bool { return cueStudyTitle.MatchString(vntext.FoldKey(title)) }

// records returns the conferences a document reports, and warnings about
// what it could not find; signer is who signed the document, as its header
// read it.
func records(d *doc.Document, signer *baocao.Person) (recs []baocao.Record, warnings []string) {
	for i := range d.Sheets {
		rs, ws, kind := sheetRecords(&d.Sheets[i], d)
		recs = append(recs, rs...)
		warnings = append(warnings, ws...)
		if kind == formSheet {
			break // a form's other sheets hold its program, not more units
		}
	}
	if len(d.Lines) > 0 {
		if rs, ws, ok := lineRollup(d); ok {
			recs = append(recs, rs...)
			warnings = append(warnings, ws...)
		} else if rec, ok := narrative(d, signer); ok {
			recs = append(recs, rec)
		}
	}
	if len(recs) == 0 {
		return []baocao.Record{}, append(warnings, "Tệp đọc được nhưng không tìm thấy nội dung báo cáo hội nghị (tên đơn vị, ngày tổ chức, số đảng viên tham dự).")
	}
	for i := range recs {
		recs[i].Warnings = append(reviewWarnings(recs[i].Review), missing(&recs[i])...)
		recs[i].Review = append(recs[i].Review, missingReview(&recs[i])...)
		for _, w := range recs[i].Warnings {
			if len(recs) > 1 {
				w = fmt.Sprintf("%s: %s", recs[i].Unit, w)
			}
			warnings = append(warnings, w)
		}
	}
	return recs, warnings
}

// reviewWarnings explains in plain words the fields the rules derived or
// were unsure of.
func reviewWarnings(rs []baocao.Review) []string {
	var w []string
	for _, r := range rs {
		switch r.Status {
		case baocao.Derived:
			w = append(w, r.Field+": suy ra từ "+r.Why)
		case baocao.Unsure:
			w = append(w, r.Field+": để trống vì chưa chắc chắn: "+r.Why)
		}
	}
	return w
}

// missingReview lists for review the fields that decide a finding, and the
// place, that the record lacks (and the review list does not already name).
func missingReview(r *baocao.Record) []baocao.Review {
	listed := map[string]bool{}
	for _, x := range r.Review {
		listed[x.Field] = true
	}
	var out []baocao.Review
	for _, m := range lacks(r) {
		if !listed[m.Field] {
			out = append(out, m)
		}
	}
	return out
}

// missing lists, in plain words, the fields a record lacks.
func missing(r *baocao.Record) []string {
	var w []string
	for _, m := range lacks(r) {
		w = append(w, m.Field+": "+m.Why)
	}
	return w
}

// lacks returns the fields that decide a finding, and the place, that the
// record lacks, each with what was not found.
func lacks(r *baocao.Record) []baocao.Review {
	var out []baocao.Review
	add := func(cond bool, field, what string) {
		if cond {
			out = append(out, baocao.Review{Field: field, Status: baocao.Missing, Why: "không tìm thấy " + what})
		}
	}
	a := r.Attendance
	if a == nil {
		a = &baocao.Attendance{}
	}
	add(r.Unit == "", "unit", "tên đơn vị")
	add(r.ParentUnit == "", "parent_unit", "cấp ủy cấp trên")
	add(r.ConferenceDate.IsZero(), "conference_date", "ngày tổ chức hội nghị")
	add(r.Location == "", "location", "địa điểm")
	add(r.Chair == nil, "chair", "người chủ trì")
	add(len(r.Reporters) == 0, "reporters", "báo cáo viên")
	add(a.MembersTotal == 0, "attendance.members_total", "tổng số đảng viên")
	add(a.MembersPresent == 0, "attendance.members_present", "số đảng viên tham dự")
	add(r.ActionProgram == nil, "action_program", "thông tin về chương trình hành động")
	return out
}
