package vntext

import (
	"math/rand"
	"strings"
	"testing"
)

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

// oldFold and oldFoldRune are Fold and FoldRune as they were before their
// folds were tabled: decomposing the whole text, and each rune.
func oldFold(s string) string { return foldDecomposed(Clean(s)) }

func oldFoldRune(r rune) rune { return foldRuneDecomposed(r) }

// TestFoldTablesDecomposeAlike checks that the tabled folds give what
// decomposing does: every rune alone, and texts that mix Vietnamese,
// combining marks written apart, and other scripts.
func TestFoldTablesDecomposeAlike(t *testing.T) {
	for r := rune(0); r <= 0x2ffff; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		if got, want := FoldRune(r), oldFoldRune(r); got != want {
			t.Fatalf("FoldRune(%U) = %U, decomposing gives %U", r, got, want)
		}
		if got, want := Fold(string(r)), oldFold(string(r)); got != want {
			t.Fatalf("Fold(%U) = %q, decomposing gives %q", r, got, want)
		}
	}
	texts := []string{
		"Đảng ủy xã Hùng Sơn quán triệt Nghị quyết Đại hội XIII của Đảng",
		"ĐẢNG UỶ  xã\u00a0Gia Phú\tBÁO CÁO", "Chi bộ the\u0301 gio\u031b\u0301i, Đ\u0323", // marks written apart
		"Hội nghị 12-CTr/HU; Ủy ban — “trực tuyến” ½ ﬁ", "Ελληνικά và tiếng Việt", "한국어 Việt", "ओड़िआ ୈ tiếng",
		"a\u0301\u0323 e\u0323\u0302 Ǆ ǅ ǆ ẞ ß İ ı",
	}
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.Intn(12) {
			switch rng.Intn(4) {
			case 0:
				b.WriteRune(rune(rng.Intn(latinEnd)))
			case 1:
				b.WriteRune(rune(extStart + rng.Intn(extEnd-extStart)))
			case 2:
				b.WriteRune(rune(0x300 + rng.Intn(0x70)))
			default:
				b.WriteRune(rune(rng.Intn(0x3000)))
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Fold(s), oldFold(s); got != want {
			t.Errorf("Fold(%q) = %q, decomposing gives %q", s, got, want)
		}
	}
}
