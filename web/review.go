package web

import (
	"regexp"
	"strconv"
	"strings"

	"baocao"
)

// fieldNames are the record's fields in Vietnamese words, by their JSON path
// (shared/spec/record.md), for the record page's review list.
var fieldNames = map[string]string{
	"records":                    "Kết quả hội nghị",
	"unit":                       "Đơn vị",
	"parent_unit":                "Cấp trên",
	"doc_number":                 "Số, ký hiệu báo cáo",
	"report_date":                "Ngày báo cáo",
	"conference_date":            "Ngày tổ chức hội nghị",
	"location":                   "Địa điểm",
	"form":                       "Hình thức tổ chức",
	"chair":                      "Người chủ trì",
	"chair.name":                 "Tên người chủ trì",
	"chair.title":                "Chức vụ người chủ trì",
	"reporters":                  "Báo cáo viên",
	"reporters.name":             "Tên báo cáo viên",
	"reporters.title":            "Chức vụ báo cáo viên",
	"attendance":                 "Số người tham dự",
	"attendance.members_present": "Số đảng viên tham dự",
	"attendance.members_total":   "Tổng số đảng viên",
	"attendance.rate":            "Tỷ lệ đảng viên tham dự",
	"attendance.others":          "Số quần chúng tham dự",
	"program":                    "Chương trình hội nghị",
	"program.topic":              "Chuyên đề",
	"program.presenter":          "Người trình bày chuyên đề",
	"program.minutes":            "Thời lượng chuyên đề",
	"action_program":             "Chương trình hành động",
	"action_program.issued":      "Việc ban hành chương trình hành động",
	"action_program.number":      "Số chương trình hành động",
	"action_program.date":        "Ngày ban hành chương trình hành động",
	"signer":                     "Người ký",
	"signer.name":                "Tên người ký",
	"signer.title":               "Chức vụ người ký",
	"source":                     "Vị trí trong tệp",
}

// statusNames are the review statuses in Vietnamese words.
var statusNames = map[baocao.ReviewStatus]string{
	baocao.Derived: "suy ra",
	baocao.Unsure:  "chưa chắc",
	baocao.Missing: "không tìm thấy",
}

// reviewItem is one entry of a record's review list as the record page
// shows it.
type reviewItem struct {
	Field  string // the JSON path, as the record gives it
	Name   string // in Vietnamese words
	Status string // derived, unsure, missing: for the page's classes
	Said   string // the status in Vietnamese words
	Why    string
}

// reIndex finds the positions in a path to an element of a list:
// "reporters[1].name" or "reporters.1.name".
var reIndex = regexp.MustCompile(`\[(\d+)\]|\.(\d+)\b`)

// fieldName names a field by its JSON path: "Số đảng viên tham dự" for
// attendance.members_present, "Tên báo cáo viên (thứ 2)" for
// reporters[1].name; a path it does not know, as given.
func fieldName(path string) string {
	var nth []string
	plain := reIndex.ReplaceAllStringFunc(path, func(m string) string {
		sub := reIndex.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sub[1] + sub[2])
		nth = append(nth, strconv.Itoa(n+1))
		return ""
	})
	name, ok := fieldNames[plain]
	if !ok {
		return path
	}
	if len(nth) > 0 {
		name += " (thứ " + strings.Join(nth, ", ") + ")"
	}
	return name
}

// reviewItems is the record's review list in words.
func reviewItems(rs []baocao.Review) []reviewItem {
	out := make([]reviewItem, 0, len(rs))
	for _, r := range rs {
		said, ok := statusNames[r.Status]
		if !ok {
			said = string(r.Status)
		}
		out = append(out, reviewItem{Field: r.Field, Name: fieldName(r.Field), Status: string(r.Status), Said: said, Why: r.Why})
	}
	return out
}

// fieldRow is how the record page marks a row of its field table that the
// review list names.
type fieldRow struct {
	Label string
	Class string // "review review-derived …", or "" when the row is not named
	Mark  string // the statuses in words: "suy ra, chưa chắc"
}

// reviewRows returns, for each row of the field table (a top-level field of
// the record: "attendance" for attendance.members_present), how to mark it.
func reviewRows(rs []baocao.Review) map[string]fieldRow {
	out := map[string]fieldRow{}
	for _, r := range rs {
		row := r.Field
		if i := strings.IndexAny(row, ".["); i >= 0 {
			row = row[:i]
		}
		said, ok := statusNames[r.Status]
		if !ok {
			said = string(r.Status)
		}
		f := out[row]
		class := "review-" + string(r.Status)
		if f.Class == "" {
			f.Class, f.Mark = "review "+class, said
		} else if !strings.Contains(" "+f.Class+" ", " "+class+" ") {
			f.Class += " " + class
			f.Mark += ", " + said
		}
		out[row] = f
	}
	return out
}

// fieldLabel is the template's helper for a row of the field table: its label,
// and its marks when the review list names it.
func fieldLabel(rows map[string]fieldRow, key, label string) fieldRow {
	f := rows[key]
	f.Label = label
	return f
}
