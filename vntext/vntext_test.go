package vntext

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"precomposed letters lose their marks", "Quán triệt", "quan triet"},
		{"đ and Đ become d", "ĐẢNG ỦY Đảng ủy", "dang uy dang uy"},
		{"decomposed input folds like precomposed", "Th\u00f4ng ba\u0301o", "thong bao"},
		{"old and new tone placement fold alike", "hoà hòa thuỷ thủy", "hoa hoa thuy thuy"},
		{"white space is collapsed", "  chi\u00a0bộ\t\n 5 ", "chi bo 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanComposesToNFC(t *testing.T) {
	got := Clean("Nghi\u0323 quy\u00ea\u0301t")
	if got != "Nghị quyết" {
		t.Errorf("Clean = %q (% x), want NFC %q", got, got, "Nghị quyết")
	}
}

func TestFoldKey(t *testing.T) {
	if got := FoldKey("Tổng số ĐV (người):"); got != "tong so dv nguoi" {
		t.Errorf("FoldKey = %q", got)
	}
}

func TestIsUpper(t *testing.T) {
	for s, want := range map[string]bool{"ĐẢNG BỘ": true, "Đảng bộ": false, "123": false, "CHI BỘ 5": true} {
		if got := IsUpper(s); got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", s, got, want)
		}
	}
}
