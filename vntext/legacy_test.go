package vntext

import "testing"

func TestDecodeTCVN3(t *testing.T) {
	tests := []struct {
		name, in string
		upper    bool
		want     string
	}{
		{"the examples every office knows", "Th«ng b¸o", false, "Thông báo"},
		{"a place name", "B¶o Th¾ng", false, "Bảo Thắng"},
		{"0xAD is ư, 0xAE is đ, 0xA7 is Đ", "\u00a7¶ng ñy tr\u00adêng \u00aeo", false, "Đảng ủy trường đo"},
		{"the H fonts draw capitals from the lower-case codes", "®¶ng céng s¶n viÖt nam", true, "ĐẢNG CỘNG SẢN VIỆT NAM"},
		{"WinAnsi stand-ins for 0x80–0x9F are the bytes they replaced", "\u20ac", false, "À"},
		{"Unicode text is left alone", "Đảng ủy xã Hùng Sơn", false, "Đảng ủy xã Hùng Sơn"},
		{"plain ASCII is left alone", "Chi bo 5", false, "Chi bo 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecodeTCVN3(tt.in, tt.upper); got != tt.want {
				t.Errorf("DecodeTCVN3(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLegacyFont(t *testing.T) {
	tests := []struct {
		font  string
		enc   string
		upper bool
	}{
		{".VnTime", "tcvn3", false},
		{".VnTimeH", "tcvn3", true},
		{"ABCDEF+.VnArialH", "tcvn3", true},
		{".VnTime,Bold", "tcvn3", false},
		{"Times New Roman", "", false},
		{"VNI-Times", "", false}, // VNI is not converted yet
	}
	for _, tt := range tests {
		enc, up := LegacyFont(tt.font)
		if enc != tt.enc || up != tt.upper {
			t.Errorf("LegacyFont(%q) = %q, %v; want %q, %v", tt.font, enc, up, tt.enc, tt.upper)
		}
	}
}
