package check

import (
	"fmt"
	"strings"

	"baocao"
	"baocao/vntext"
)

// Rule names, as `baocao check --json` prints them.
const (
	LateConference    = "late_conference"
	NoActionProgram   = "no_action_program"
	LateActionProgram = "late_action_program"
	ChairNotHead      = "chair_not_head"
	ReporterNotHead   = "reporter_not_head"
	LowAttendance     = "low_attendance"
	MissingReport     = "missing_report"
	IncompleteReport  = "incomplete_report"
	UnreadableFile    = "unreadable_file"
	UnknownUnit       = "unknown_unit" // a record whose unit is not on the roster: usually a typo
)

// Finding is one breach of the rules, as `baocao check --json` prints it.
type Finding struct {
	Rule       string `json:"rule"`
	Unit       string `json:"unit"`
	ParentUnit string `json:"parent_unit"`
	File       string `json:"file"`
	Detail     string `json:"detail"`
	RecordID   string `json:"record_id,omitempty"`
}

// Record checks one record against the rules.
func (r Rules) Record(h baocao.Hit) []Finding {
	rec := h.Record
	var out []Finding
	add := func(rule, detail string) {
		out = append(out, Finding{Rule: rule, Unit: rec.Unit, ParentUnit: rec.ParentUnit, File: h.File, Detail: detail, RecordID: h.ID})
	}
	var missing []string
	if rec.ConferenceDate.IsZero() {
		missing = append(missing, "ngày tổ chức hội nghị")
	}
	if rec.Attendance == nil || rec.Attendance.MembersTotal == 0 || rec.Attendance.MembersPresent == 0 {
		missing = append(missing, "số đảng viên tham dự")
	}
	if len(rec.Reporters) == 0 {
		missing = append(missing, "báo cáo viên")
	}
	if len(missing) > 0 {
		add(IncompleteReport, "Báo cáo thiếu "+strings.Join(missing, ", ")+".")
	}
	if d := rec.ConferenceDate; !d.IsZero() && !r.ConferenceDeadline.IsZero() && d.After(r.ConferenceDeadline) {
		add(LateConference, fmt.Sprintf("Hội nghị tổ chức ngày %s, sau hạn %s.", vnDate(d), vnDate(r.ConferenceDeadline)))
	}
	if ap := rec.ActionProgram; ap != nil {
		switch {
		case !ap.Issued:
			add(NoActionProgram, "Báo cáo cho biết chưa ban hành chương trình hành động.")
		case !ap.Date.IsZero() && !r.ActionDeadline.IsZero() && ap.Date.After(r.ActionDeadline):
			add(LateActionProgram, fmt.Sprintf("Chương trình hành động %s ban hành ngày %s, sau hạn %s.", ap.Number, vnDate(ap.Date), vnDate(r.ActionDeadline)))
		}
	}
	chairIsHead := false
	if c := rec.Chair; c != nil {
		head, known := r.IsHead(c.Title)
		chairIsHead = head
		if known && !head {
			add(ChairNotHead, fmt.Sprintf("Người chủ trì là đồng chí %s, %s, không phải người đứng đầu.", c.Name, c.Title))
		}
	}
	if len(rec.Reporters) > 0 {
		presented, known := false, false
		for _, p := range rec.Reporters {
			if head, k := r.IsHead(p.Title); k {
				known = true
				presented = presented || head
			} else if rec.Chair != nil && chairIsHead && sameName(p.Name, rec.Chair.Name) {
				known, presented = true, true // the head who presided presented too
			}
		}
		if known && !presented {
			var names []string
			for _, p := range rec.Reporters {
				names = append(names, strings.TrimSpace(p.Name+", "+p.Title))
			}
			add(ReporterNotHead, "Người đứng đầu không trực tiếp làm báo cáo viên; báo cáo viên: "+strings.TrimSuffix(strings.Join(names, "; "), ",")+".")
		}
	}
	if a := rec.Attendance; a != nil && a.MembersTotal > 0 && a.Rate > 0 && a.Rate < r.AttendanceThreshold {
		add(LowAttendance, fmt.Sprintf("Đảng viên tham dự %d/%d (%s), dưới mức %s.", a.MembersPresent, a.MembersTotal, Percent(a.Rate), Percent(r.AttendanceThreshold)))
	}
	return out
}

func sameName(a, b string) bool { return a != "" && vntext.Fold(a) == vntext.Fold(b) }

func vnDate(d baocao.Date) string { return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year) }

// Percent writes a fraction as Vietnamese write a percentage: 0.857 is "85,7%".
func Percent(v float64) string {
	return strings.Replace(strings.TrimSuffix(fmt.Sprintf("%.1f", 100*v), ".0"), ".", ",", 1) + "%"
}
