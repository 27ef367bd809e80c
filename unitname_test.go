package baocao

import (
	"slices"
	"testing"
)

func TestCanonicalUnit(t *testing.T) {
	tests := []struct {
		name, in, wantName string
		sameAs             string // a name that must have the same key
	}{
		{"Đảng ủy is the committee of a Đảng bộ", "Đảng ủy xã Gia Phú", "Đảng bộ xã Gia Phú", "Đảng bộ xã Gia Phú"},
		{"Đảng bộ stays as written", "Đảng bộ xã Gia Phú", "Đảng bộ xã Gia Phú", "Đảng ủy xã Gia Phú"},
		{"Huyện ủy leads the Đảng bộ huyện", "Huyện ủy Đại Từ", "Đảng bộ huyện Đại Từ", "Đảng bộ huyện Đại Từ"},
		{"Thị ủy leads the Đảng bộ thị xã", "Thị ủy Phổ Yên", "Đảng bộ thị xã Phổ Yên", "Đảng bộ thị xã Phổ Yên"},
		{"Thành ủy leads the Đảng bộ thành phố", "Thành ủy Thái Nguyên", "Đảng bộ thành phố Thái Nguyên", "Đảng bộ thành phố Thái Nguyên"},
		{"Quận ủy leads the Đảng bộ quận", "Quận ủy Ba Đình", "Đảng bộ quận Ba Đình", "Đảng bộ quận Ba Đình"},
		{"Tỉnh ủy leads the Đảng bộ tỉnh", "Tỉnh ủy Thái Nguyên", "Đảng bộ tỉnh Thái Nguyên", "Đảng bộ tỉnh Thái Nguyên"},
		{"Chi ủy leads the Chi bộ", "Chi ủy thôn Đông Hòa", "Chi bộ thôn Đông Hòa", "Chi bộ thôn Đông Hòa"},
		{"Đảng ủy Khối is the Đảng bộ Khối", "Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh"},
		{"the level word is not written twice", "Huyện ủy huyện Đại Từ", "Đảng bộ huyện Đại Từ", "Huyện ủy Đại Từ"},
		{"capitals do not count", "ĐẢNG ỦY XÃ GIA PHÚ", "Đảng bộ XÃ GIA PHÚ", "đảng bộ xã gia phú"},
		{"a committee in capitals", "HUYỆN ỦY ĐẠI TỪ", "Đảng bộ huyện ĐẠI TỪ", "Đảng bộ huyện Đại Từ"},
		{"the organisation's kind is put in its usual case", "ĐẢNG BỘ xã Gia Phú", "Đảng bộ xã Gia Phú", "Đảng ủy xã Gia Phú"},
		{"missing diacritics do not count", "Dang uy xa Gia Phu", "Đảng bộ xa Gia Phu", "Đảng bộ xã Gia Phú"},
		{"the tone on uỷ or ủy does not count", "Đảng uỷ xã Hoà Bình", "Đảng bộ xã Hoà Bình", "Đảng bộ xã Hòa Bình"},
		{"decomposed Unicode is the same letter", "Đảng u\u0309y xã Gia Phu\u0301", "Đảng bộ xã Gia Phú", "Đảng bộ xã Gia Phú"},
		{"spaces and punctuation do not count", "  Đảng ủy   xã Gia Phú. ", "Đảng bộ xã Gia Phú.", "Đảng bộ xã Gia Phú"},
		{"the standing board signs for its committee", "Ban Thường vụ Huyện ủy Đại Từ", "Đảng bộ huyện Đại Từ", "Đảng bộ huyện Đại Từ"},
		{"a grassroots Đảng bộ cơ sở is led by a Đảng ủy", "Đảng bộ cơ sở Trường Cao đẳng Y tế", "Đảng bộ cơ sở Trường Cao đẳng Y tế", "Đảng ủy Trường Cao đẳng Y tế"},
		{"a name of no known kind is kept", "Gia Phú", "Gia Phú", "gia phu"},
		{"an empty name is empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, name := CanonicalUnit(tt.in)
			if name != tt.wantName {
				t.Errorf("CanonicalUnit(%q) name = %q, want %q", tt.in, name, tt.wantName)
			}
			if other, _ := CanonicalUnit(tt.sameAs); key != other {
				t.Errorf("key of %q = %q, of %q = %q; want them equal", tt.in, key, tt.sameAs, other)
			}
		})
	}
}

func TestCanonicalUnitKeepsUnitsApart(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"a longer place name is another place", "Đảng bộ xã Gia Phú", "Đảng bộ xã Gia Phú Mới"},
		{"a committee of a longer place name is another place", "Đảng ủy xã Gia Phú", "Đảng bộ xã Gia Phú Mới"},
		{"a commune and a district of the same name", "Đảng bộ xã Đại Từ", "Huyện ủy Đại Từ"},
		{"a province and its city", "Tỉnh ủy Thái Nguyên", "Thành ủy Thái Nguyên"},
		{"a town and a district", "Thị ủy Phổ Yên", "Huyện ủy Phổ Yên"},
		{"a cell and a party organisation", "Chi bộ thôn Đông Hòa", "Đảng bộ thôn Đông Hòa"},
		{"the army's commission is no district", "Quân ủy Trung ương", "Đảng bộ quận Trung ương"},
		{"an office of a committee is not the committee", "Văn phòng Huyện ủy Đại Từ", "Huyện ủy Đại Từ"},
		{"two blocs", "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối doanh nghiệp tỉnh"},
		{"a board of something else is not stripped", "Ban Thường vụ Hội Nông dân", "Hội Nông dân"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, _ := CanonicalUnit(tt.a)
			kb, _ := CanonicalUnit(tt.b)
			if ka == kb {
				t.Errorf("%q and %q both have key %q", tt.a, tt.b, ka)
			}
		})
	}
}

func TestUnitForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Đảng bộ xã Gia Phú", []string{"Đảng bộ xã Gia Phú", "Đảng ủy xã Gia Phú"}},
		{"dang uy xa gia phu", []string{"Đảng bộ xa gia phu", "dang uy xa gia phu"}},
		{"Huyện ủy Đại Từ", []string{"Đảng bộ huyện Đại Từ", "Huyện ủy Đại Từ", "Đảng ủy huyện Đại Từ"}},
		{"Đảng bộ thị xã Phổ Yên", []string{"Đảng bộ thị xã Phổ Yên", "Đảng ủy thị xã Phổ Yên", "Thị ủy Phổ Yên"}},
		{"Chi bộ thôn Đông Hòa", []string{"Chi bộ thôn Đông Hòa", "Chi ủy thôn Đông Hòa"}},
		{"Đảng bộ cơ sở Trường Y", []string{"Đảng bộ cơ sở Trường Y", "Đảng bộ Trường Y", "Đảng ủy Trường Y"}},
		{"Gia Phú", []string{"Gia Phú"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := UnitForms(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("UnitForms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUnitTally(t *testing.T) {
	var tally UnitTally
	k1 := tally.Add("Đảng ủy xã Gia Phú", 2)
	k2 := tally.Add("Đảng bộ xã Gia Phú", 1)
	tally.Add("ĐẢNG BỘ XÃ GIA PHÚ", 1)
	tally.Add("Huyện ủy Đại Từ", 1)
	if k1 != k2 {
		t.Fatalf("keys %q and %q differ", k1, k2)
	}
	if k, _ := CanonicalUnit("Đảng bộ huyện Đại Từ"); tally.Key("Huyện ủy Đại Từ") != k || tally.Key("Huyện ủy Đại Từ") != k {
		t.Errorf("Key of Huyện ủy Đại Từ = %q, want %q, the second time too", tally.Key("Huyện ủy Đại Từ"), k)
	}
	if got := tally.Name(k1); got != "Đảng bộ xã Gia Phú" {
		t.Errorf("name = %q", got)
	}
	want := map[string]int{"Đảng bộ xã Gia Phú": 4, "Đảng bộ huyện Đại Từ": 1}
	if got := tally.Counts(); len(got) != len(want) || got["Đảng bộ xã Gia Phú"] != 4 || got["Đảng bộ huyện Đại Từ"] != 1 {
		t.Errorf("counts = %v, want %v", got, want)
	}
}
