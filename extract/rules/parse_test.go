package rules

import (
	"testing"

	"baocao"
)

func date(y, m, d int) baocao.Date {
	v, _ := baocao.NewDate(y, m, d)
	return v
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     baocao.Date
		ok       bool
	}{
		{"words with ngày tháng năm", "ngày 9 tháng 3 năm 2021", date(2021, 3, 9), true},
		{"slashes with a short month", "09/3/2021", date(2021, 3, 9), true},
		{"hyphens as party documents write them", "ngày 01-10-2021", date(2021, 10, 1), true},
		{"dots", "09.03.2021", date(2021, 3, 9), true},
		{"a time before the date", "Vào hồi 8 giờ 00, ngày 20 tháng 4 năm 2021", date(2021, 4, 20), true},
		{"a time before the date, then a second day", "Vào hồi 8 giờ 00, ngày 20 và ngày 21 tháng 4 năm 2021", date(2021, 4, 20), true},
		{"two days give the first", "trong 2 ngày 20 và 21/4/2021", date(2021, 4, 20), true},
		{"two days in words give the first", "các ngày 20, 21 tháng 4 năm 2021", date(2021, 4, 20), true},
		{"two evenings, each its own ngày", "trong hai buổi tối, ngày 22 và ngày 23 tháng 8 năm 2022", date(2022, 8, 22), true},
		{"upper case words", "NGÀY 25 THÁNG 4 NĂM 2021", date(2021, 4, 25), true},
		{"decomposed diacritics", "nga\u0300y 5 tha\u0301ng 6 năm 2021", date(2021, 6, 5), true},
		{"ISO form", "2021-06-30", date(2021, 6, 30), true},
		{"an impossible day is no date", "31/4/2021", baocao.Date{}, false},
		{"mixed separators are no date", "9/3-2021", baocao.Date{}, false},
		{"a document symbol is no date", "Số 15-BC/CB", baocao.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseNumbers(t *testing.T) {
	tests := []struct {
		name, in string
		want     float64
	}{
		{"thousands with a dot", "1.250 đảng viên", 1250},
		{"decimal comma", "96,0%", 96},
		{"thousands and decimals", "1.250,5", 1250.5},
		{"a decimal point when not three digits follow", "95.5", 95.5},
		{"a plain integer", "25 đồng chí", 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseNumber(tt.in)
			if !ok || got != tt.want {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestParseRate(t *testing.T) {
	for in, want := range map[string]float64{"96,0%": 0.96, "96": 0.96, "0.96": 0.96, "95,84%": 0.9584, "100%": 1} {
		if got, ok := ParseRate(in); !ok || got != want {
			t.Errorf("ParseRate(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := ParseRate("250%"); ok {
		t.Error("ParseRate accepted a rate over 100%")
	}
}

func TestParseMinutes(t *testing.T) {
	for in, want := range map[string]int{"120 phút": 120, "2 giờ": 120, "1,5 giờ": 90, "(90 phút)": 90, "2 tiếng": 120} {
		if got, ok := ParseMinutes(in); !ok || got != want {
			t.Errorf("ParseMinutes(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
}

func TestParseSymbol(t *testing.T) {
	tests := map[string]string{
		"Số 15-BC/CB":                   "15-BC/CB",
		"Số: 45-BC/ĐU":                  "45-BC/ĐU",
		"số 12-CTr/HU ngày 28/4/2021":   "12-CTr/HU",
		"Số 123/BC-UBND":                "123/BC-UBND",
		"Chương trình số 05 - CTr/CB":   "05-CTr/CB",
		"Kế hoạch số 07-KH/ĐU, ngày...": "07-KH/ĐU",
	}
	for in, want := range tests {
		if got, ok := ParseSymbol(in); !ok || got != want {
			t.Errorf("ParseSymbol(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestConferenceOverSeveralDays(t *testing.T) {
	for in, want := range map[string]string{
		"trong 2 ngày 12 - 13/4/2021":             "2021-04-12",
		"từ ngày 28/4 đến ngày 02/5/2021":         "2021-04-28",
		"từ ngày 15 đến ngày 16 tháng 6 năm 2022": "2022-06-15",
		"các ngày 8, 9/10/2023":                   "2023-10-08",
		"ngày 20 và 21-4-2021":                    "2021-04-20",
		"Kế hoạch 05-KH/CB ngày 9/3/2021":         "2021-03-09",
		"số 45-BC/ĐU, ngày 30.6.2021":             "2021-06-30",
	} {
		d, ok := ParseDate(in)
		if !ok || d.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, ok, want)
		}
	}
}
