package rules

import (
	"testing"

	"baocao"
)

func TestParsePerson(t *testing.T) {
	tests := []struct {
		name, in string
		want     baocao.Person
	}{
		{"name then title after a comma", "Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ", baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Bí thư Chi bộ"}},
		{"name then title after a dash", "đ/c Trần Thị Mai - Phó Bí thư Chi bộ", baocao.Person{Name: "Trần Thị Mai", Title: "Phó Bí thư Chi bộ"}},
		{"title before the name", "Đồng chí Bí thư Chi bộ Nguyễn Văn Hùng", baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Bí thư Chi bộ"}},
		{"title naming a place before the name", "Bí thư Đảng ủy xã Hùng Sơn Lê Văn Nam", baocao.Person{Name: "Lê Văn Nam", Title: "Bí thư Đảng ủy xã Hùng Sơn"}},
		{"title in brackets", "Đ/c Phạm Văn Đức (Phó Bí thư Thường trực Đảng ủy)", baocao.Person{Name: "Phạm Văn Đức", Title: "Phó Bí thư Thường trực Đảng ủy"}},
		{"a bare name", "Hoàng Thị Lan", baocao.Person{Name: "Hoàng Thị Lan"}},
		{"a note in brackets after the title", "đồng chí Phạm Ngọc Sơn, Phó Chủ tịch UBND xã (báo cáo viên Đảng ủy", baocao.Person{Name: "Phạm Ngọc Sơn", Title: "Phó Chủ tịch UBND xã"}},
		{"the surname Trương, not the title Trưởng", "đồng chí Trương Thị Ngọc Hân, Bí thư Chi bộ, Hiệu trưởng nhà trường", baocao.Person{Name: "Trương Thị Ngọc Hân", Title: "Bí thư Chi bộ, Hiệu trưởng nhà trường"}},
		{"a name that folds like a verb", "Đồng chí Đỗ Thị Diệu Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối chủ trì hội nghị", baocao.Person{Name: "Đỗ Thị Diệu Hạnh", Title: "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối"}},
		{"the title Trưởng before a name", "Trưởng Ban Tuyên giáo Nguyễn Văn An", baocao.Person{Name: "Nguyễn Văn An", Title: "Trưởng Ban Tuyên giáo"}},
		{"the title Trưởng before Trương", "Trưởng phòng Trương Văn Bình", baocao.Person{Name: "Trương Văn Bình", Title: "Trưởng phòng"}},
		{"a name followed by what the person did", "đồng chí Nguyễn Văn Hùng trình bày", baocao.Person{Name: "Nguyễn Văn Hùng"}},
		{"a wrapped position run on from the name", "đ/c Đặng Minh Trung Chính trị viên", baocao.Person{Name: "Đặng Minh Trung", Title: "Chính trị viên"}},
		{"a wrapped position of three words", "Quàng Thị Xuân Phó Chủ tịch UBND xã", baocao.Person{Name: "Quàng Thị Xuân", Title: "Phó Chủ tịch UBND xã"}},
		{"a given name that is no position", "Nguyễn Văn Chính", baocao.Person{Name: "Nguyễn Văn Chính"}},
		{"a position's first word alone after a name", "Lê Văn Chỉ", baocao.Person{Name: "Lê Văn Chỉ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parsePerson(tt.in)
			if !ok || got != tt.want {
				t.Errorf("parsePerson(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
			}
		})
	}
	for _, s := range []string{"Tổng Bí thư", "TỔNG BÍ THƯ"} {
		if p, ok := parsePerson(nameCase(s)); ok {
			t.Errorf("parsePerson(%q) = %+v: a position, not a name", s, p)
		}
	}
	if p, ok := parsePerson("hội nghị"); ok {
		t.Errorf("parsePerson took %+v for a person", p)
	}
}

func TestNormalCase(t *testing.T) {
	tests := map[string]string{
		"PHÓ BÍ THƯ":                   "Phó Bí thư",
		"BÍ THƯ":                       "Bí thư",
		"CHI BỘ THÔN ĐÔNG HÒA":         "Chi bộ thôn Đông Hòa",
		"ĐẢNG BỘ XÃ HÙNG SƠN":          "Đảng bộ xã Hùng Sơn",
		"CHI BỘ TRƯỜNG THCS HÙNG SƠN":  "Chi bộ trường THCS Hùng Sơn",
		"ĐẢNG BỘ HUYỆN BẢO THẮNG":      "Đảng bộ huyện Bảo Thắng",
		"ĐẢNG ỦY KHỐI CƠ QUAN TỈNH":    "Đảng ủy khối Cơ Quan Tỉnh",
		"CHI BỘ VĂN PHÒNG HUYỆN ỦY":    "Chi bộ văn phòng huyện ủy",
		"ĐẢNG BỘ CÔNG AN HUYỆN ĐẠI TỪ": "Đảng bộ công an huyện Đại Từ",
	}
	for in, want := range tests {
		if got := normalCase(in); got != want {
			t.Errorf("normalCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAsWrittenPrefersTheReportsOwnCasing(t *testing.T) {
	body := newFolded("Chi bộ Trường THCS Hùng Sơn báo cáo kết quả như sau:")
	if got := asWritten("CHI BỘ TRƯỜNG THCS HÙNG SƠN", body); got != "Chi bộ Trường THCS Hùng Sơn" {
		t.Errorf("asWritten = %q", got)
	}
	// The header's name without the body's dash, the body's over a wrap.
	body = newFolded("ngày 14-5-2021 Chi bộ Phòng Tài chính - Kế hoạch tổ chức hội nghị")
	if got := asWritten("CHI BỘ PHÒNG TÀI CHÍNH KẾ HOẠCH", body); got != "Chi bộ Phòng Tài chính - Kế hoạch" {
		t.Errorf("asWritten = %q", got)
	}
	// Words that only run on into a longer word are not the name.
	body = newFolded("Chi bộ Phòng Tài chính Kế hoạchxyz")
	if got := asWritten("CHI BỘ PHÒNG TÀI CHÍNH KẾ HOẠCH", body); got != "Chi bộ phòng tài chính kế hoạch" {
		t.Errorf("asWritten = %q", got)
	}
}

func TestDegreesAndSurnamesBeforeAName(t *testing.T) {
	for in, want := range map[string]string{
		"PGS.TS Nguyễn Thị Thúy - Bí thư Chi bộ, Trưởng khoa": "Nguyễn Thị Thúy",
		"TS Y Wang Ktla - Phó Bí thư Chi bộ":                  "Y Wang Ktla",
		"đồng chí ThS. Lê Văn Nam":                            "Lê Văn Nam",
		"Đỗ Văn Lập":                                          "Đỗ Văn Lập", // the surname Đỗ folds like the word "do"
		"do đồng chí Đỗ Quang Lộc":                            "Đỗ Quang Lộc",
		"H'Nga Ayun - Bí thư Đảng ủy":                         "H'Nga Ayun",
	} {
		if p, ok := parsePerson(in); !ok || p.Name != want {
			t.Errorf("parsePerson(%q) = %+v, %v; want name %q", in, p, ok, want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	for w, want := range map[string]bool{
		"UBND": true, "HĐND": true, "TNHH": true, "MTV": true, "KCN": true, "UBKT": true,
		"HUYỆN": false, "TRƯỜNG": false, "NGHĨA": false, "QUẢNG": false, "GIA": false, "ĐẢNG": false, "Ủy": false, "Y": false,
		"ÔNG": false, "ẤP": false, "ANH": false, "KSOR": false, "RMAH": false, "KPĂ": false, "H'HEN": false,
	} {
		if got := isAcronym(w); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}
