package rules

import (
	"testing"

	"baocao"
)

// TestAttendanceByRole reads attendance written in many ways: the figures
// take their roles from the cue words around them, what the text implies is
// filled in, and figures that contradict each other are left for review.
func TestAttendanceByRole(t *testing.T) {
	cases := []struct {
		name, text string
		want       baocao.Attendance
		review     []baocao.ReviewStatus // the statuses expected, in order
	}{
		{"a ratio with the rate", "Hội nghị có 48/50 đảng viên tham dự (96%).",
			baocao.Attendance{MembersPresent: 48, MembersTotal: 50, Rate: 0.96}, nil},
		{"members and others in one clause", "Chi bộ có 22 đảng viên. Có mặt tại hội nghị 20 ĐV và 26 quần chúng; vắng 02 đ/c.",
			baocao.Attendance{MembersPresent: 20, MembersTotal: 22, Rate: 0.9091, Others: 26}, nil},
		{"a small table with its rows numbered", "TT Thành phần Số lượng\n1 Đảng viên trong chi bộ 44\n2 Đảng viên tham dự 40\n3 Đảng viên vắng mặt 4\n4 Quần chúng được mời dự 25",
			baocao.Attendance{MembersPresent: 40, MembersTotal: 44, Rate: 0.9091, Others: 25}, nil},
		{"labels with colons", "Tổng số đảng viên: 25 đồng chí; có mặt: 24 đồng chí; quần chúng: 3 người.",
			baocao.Attendance{MembersPresent: 24, MembersTotal: 25, Rate: 0.96, Others: 3}, nil},
		{"the total in one sentence, those present in another", "Chi bộ hiện có 32 đảng viên (28 chính thức, 4 dự bị). Dự hội nghị có 30 đảng viên.",
			baocao.Attendance{MembersPresent: 30, MembersTotal: 32, Rate: 0.9375}, nil},
		{"only the absentees given", "Tổng số đảng viên của chi bộ là 41, vắng 3 đồng chí (đi công tác).",
			baocao.Attendance{MembersPresent: 38, MembersTotal: 41, Rate: 0.9268}, []baocao.ReviewStatus{baocao.Derived}},
		{"abbreviations and the verb after the figure", "Tổng số ĐV 19, 18 ĐV có mặt, 1 đ/c vắng có lý do.",
			baocao.Attendance{MembersPresent: 18, MembersTotal: 19, Rate: 0.9474}, nil},
		{"a đảng bộ's cells are not members", "Đảng bộ có 12 chi bộ trực thuộc với 356 đảng viên; tham dự hội nghị 340 đảng viên.",
			baocao.Attendance{MembersPresent: 340, MembersTotal: 356, Rate: 0.9551}, nil},
		{"a crowd split into members and others", "Tham dự hội nghị có 52 đồng chí, trong đó có 45 đảng viên (tổng số 47 đảng viên).",
			baocao.Attendance{MembersPresent: 45, MembersTotal: 47, Rate: 0.9574, Others: 7}, []baocao.ReviewStatus{baocao.Derived}},
		{"a rate that contradicts the counts", "Có 40/50 đảng viên tham dự, đạt 96%.",
			baocao.Attendance{MembersPresent: 40, MembersTotal: 50, Rate: 0.8}, []baocao.ReviewStatus{baocao.Unsure}},
		{"the absentees broken down after a colon", "Tổng số ĐV của Chi bộ: 26. Số ĐV có mặt: 22 (vắng 04 ĐV: 02 ĐV lớn tuổi sức khỏe yếu, 02 ĐV đi làm ăn xa). Quần chúng dự: 18.",
			baocao.Attendance{MembersPresent: 22, MembersTotal: 26, Rate: 0.8462, Others: 18}, nil},
		{"of two totals, the one the counts add up to", "Đảng bộ có 120 đảng viên. Chi bộ có 26 đảng viên; có mặt 22 đảng viên, vắng 4 đảng viên.",
			baocao.Attendance{MembersPresent: 22, MembersTotal: 26, Rate: 0.8462}, nil},
		{"a total chosen of several that the counts contradict", "Đảng bộ có 120 đảng viên. Chi bộ có 30 đảng viên; có mặt 22 đảng viên, vắng 4 đảng viên.",
			baocao.Attendance{}, []baocao.ReviewStatus{baocao.Unsure, baocao.Unsure}},
		{"the absent in brackets before the others", "Tổng số cán bộ, viên chức tham dự: 186 người, trong đó đảng viên 58/61 đồng chí (03 đồng chí vắng do trực cấp cứu), quần chúng 128 người.",
			baocao.Attendance{MembersPresent: 58, MembersTotal: 61, Rate: 0.9508, Others: 128}, nil},
		{"households are not members", "Số đảng viên tham dự đạt 91,3%; cùng dự có trên 20 hộ nông dân sản xuất giỏi.",
			baocao.Attendance{Rate: 0.913}, nil},
		{"present above the total", "Tổng số đảng viên 30; số đảng viên tham dự 33.",
			baocao.Attendance{}, []baocao.ReviewStatus{baocao.Unsure}},
		{"a rate alone is not a count", "Tỷ lệ đảng viên tham dự đạt 97,5%.",
			baocao.Attendance{Rate: 0.975}, nil},
		{"years, months and document numbers are not people", "Thực hiện Kế hoạch số 15-KH/ĐU ngày 3/4/2021, trong tháng 4/2021 Chi bộ có 20 đảng viên, 19 đảng viên dự.",
			baocao.Attendance{MembersPresent: 19, MembersTotal: 20, Rate: 0.95}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFolded(c.text)
			var skip [][2]int
			for _, d := range findDates(f) {
				skip = append(skip, [2]int{d.Start, d.End})
			}
			got, review := attendanceFromFigures(readFigures(f.fold, skip))
			if got != c.want {
				t.Errorf("attendance = %+v, want %+v (figures %+v)", got, c.want, readFigures(f.fold, skip))
			}
			if len(review) != len(c.review) {
				t.Fatalf("review = %+v, want statuses %v", review, c.review)
			}
			for i, r := range review {
				if r.Status != c.review[i] || r.Why == "" {
					t.Errorf("review %d = %+v, want status %s with a reason", i, r, c.review[i])
				}
			}
		})
	}
}
