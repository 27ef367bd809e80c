package web

import (
	"fmt"
	"path"
	"strings"

	"baocao"
	"baocao/check"
)

// rules lists the rules of check in the order the pages show them, with
// their names for people. The first ones judge a record: a search can be
// narrowed to the records with such a finding.
var rules = []struct {
	name, title string
	record      bool
}{
	{check.LateConference, "Tổ chức hội nghị muộn", true},
	{check.NoActionProgram, "Chưa ban hành chương trình hành động", true},
	{check.LateActionProgram, "Ban hành chương trình hành động muộn", true},
	{check.ChairNotHead, "Người chủ trì không phải người đứng đầu", true},
	{check.ReporterNotHead, "Người đứng đầu không trực tiếp làm báo cáo viên", true},
	{check.LowAttendance, "Tỷ lệ đảng viên tham dự thấp", true},
	{check.IncompleteReport, "Báo cáo thiếu thông tin", true},
	{check.UnknownUnit, "Đơn vị không có trong danh sách", true},
	{check.MissingReport, "Chưa báo cáo", false},
	{check.UnreadableFile, "Tệp không đọc được", false},
}

// ruleIndex is a rule's position in rules, or -1.
func ruleIndex(name string) int {
	for i, r := range rules {
		if r.name == name {
			return i
		}
	}
	return -1
}

// recordRule reports whether name is a rule that judges a record.
func recordRule(name string) bool {
	i := ruleIndex(name)
	return i >= 0 && rules[i].record
}

func ruleTitle(name string) string {
	if i := ruleIndex(name); i >= 0 {
		return rules[i].title
	}
	return name
}

func vnDate(d baocao.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year)
}

func formName(f baocao.Form) string {
	switch f {
	case baocao.InPerson:
		return "Trực tiếp"
	case baocao.Online:
		return "Trực tuyến"
	case baocao.Hybrid:
		return "Kết hợp"
	}
	return string(f)
}

// monthName writes YYYY-MM as Vietnamese do: "tháng 3/2021".
func monthName(m string) string {
	if len(m) != 7 {
		return "Không rõ ngày"
	}
	return "Tháng " + strings.TrimPrefix(m[5:], "0") + "/" + m[:4]
}

func stateName(s string) string {
	switch s {
	case StatePending:
		return "Đang chờ đọc"
	case StateIndexed:
		return "Đã đọc"
	case StateFailed:
		return "Không đọc được"
	case StateRemoved:
		return "Đã rời thư mục"
	}
	return s
}

// baseName is the last element of a path as the intake found it, whichever
// the separator.
func baseName(p string) string {
	return path.Base(strings.ReplaceAll(p, "\\", "/"))
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/(1<<20)), ".", ",", 1)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d byte", n)
}
