package xls

import "testing"

// TestFormatNumberShowsWhatTheXLSXReaderShows checks the shown text against
// what the .xlsx reader's library shows for the same value and format.
func TestFormatNumberShowsWhatTheXLSXReaderShows(t *testing.T) {
	tests := []struct {
		v    float64
		code string
		want string
	}{
		{25, "General", "25"},
		{1234567.891, "General", "1234567.891"},
		{1e20, "General", "100000000000000000000"},
		{-3.5, "General", "-3.5"},
		{0.1 + 0.2, "General", "0.3"},
		{123456789, "General", "123456789"},
		{44306, "dd/mm/yyyy", "20/04/2021"},
		{44306, "DD/MM/YYYY", "20/04/2021"},
		{44306, builtInFormats[14], "04-20-21"},
		{44306.5, builtInFormats[22], "4/20/21 12:00"},
		{44306, builtInFormats[15], "20-Apr-21"},
		{0.9615, "0.0%", "96.2%"},
		{0.9615, builtInFormats[9], "96%"},
		{0.9615, builtInFormats[10], "96.15%"},
		{-0.9615, "0.0%", "-96.2%"},
		{96.25, "0.0", "96.3"},
		{96.35, "0.0", "96.4"},
		{1250, "#,##0", "1,250"},
		{1250.5, "#,##0.00", "1,250.50"},
		{1234.5, "#,##0.0", "1,234.5"},
		{2.5, "0", "3"},
		{0.5, builtInFormats[1], "1"},
		{-5, "#,##0;(#,##0)", "(5)"},
		{44306, "d/m/yyyy", "20/4/2021"},
		{44306.75, "dd/mm/yyyy hh:mm", "20/04/2021 18:00"},
		{44306, "[$-42A]dd/mm/yyyy", "20/04/2021"},
		{12, "@", "12"},
		{44306, `dd\/mm\/yyyy`, "20/04/2021"},
		{44306, "dddd, dd mmmm yyyy", "Tuesday, 20 April 2021"},
		{44306, "mmm-yy", "Apr-21"},
		{0.25, "h:mm", "6:00"},
		{1.5, "0.00E+00", "1.50E+00"},
		{3.14159, "#.##", "3.14"},
		{42, "000", "042"},
		{42, `"Số "0`, "Số 42"},
		{7, "0_);(0)", "7 "},
		{44306, "[$-F800]dddd, mmmm dd, yyyy", "Tuesday, April 20, 2021"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v, tt.code, false); got != tt.want {
			t.Errorf("formatNumber(%v, %q) = %q, want %q", tt.v, tt.code, got, tt.want)
		}
	}
}

func TestRKNumbers(t *testing.T) {
	tests := []struct {
		rk   uint32
		want float64
	}{
		{rkInt(25), 25},
		{rkInt(-7), -7},
		{rkX100(96), 0.96},
		{rkFloat(44306), 44306},
		{rkFloat(-1.5), -1.5},
		{rkFloat(1.5) | 1, 0.015},
	}
	for _, tt := range tests {
		if got := rk(tt.rk); got != tt.want {
			t.Errorf("rk(%#x) = %v, want %v", tt.rk, got, tt.want)
		}
	}
}
