package numfmt

import "testing"

func TestDatesAndPercentages(t *testing.T) {
	tests := []struct {
		id            int
		custom        string
		date, percent bool
	}{
		{14, "", true, false},
		{0, "", false, false},
		{9, "", false, true},
		{164, "dd/mm/yyyy", true, false},
		{164, `[$-42A]d" tháng "m" năm "yyyy`, true, false},
		{164, "0.0%", false, true},
		{164, `"Số ngày: "0`, false, false}, // the quoted d and y are text
		{164, "hh:mm", false, false},
		{164, "#,##0", false, false},
	}
	for _, tt := range tests {
		if got := IsDate(tt.id, tt.custom); got != tt.date {
			t.Errorf("IsDate(%d, %q) = %v, want %v", tt.id, tt.custom, got, tt.date)
		}
		if got := IsPercent(tt.id, tt.custom); got != tt.percent {
			t.Errorf("IsPercent(%d, %q) = %v, want %v", tt.id, tt.custom, got, tt.percent)
		}
	}
}
