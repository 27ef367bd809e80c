package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetectLegacy(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a TCVN3 sentence", "Th«ng b¸o kÕt qu¶ tæ chøc héi nghÞ qu¸n triÖt NghÞ quyÕt", TCVN3},
		{"a TCVN3 place and title", "§¶ng ñy x· S¬n H¶i, B¶o Th¾ng", TCVN3},
		{"TCVN3 from a PDF with lines run together", "Thùc hiÖn ChØ thÞ sè 01-CT/TW cñab¸oTh«ng tin vÒ héi nghÞ", TCVN3},
		{"TCVN3 with WinAnsi stand-ins for 0x80–0x9F", "§ång chÝ NguyÔn V¨n Hïng, BÝ th\u00ad Chi bé, chñ tr× héi nghÞ", TCVN3},
		{"a VNI sentence", "Thoâng baùo keát quaû toå chöùc hoäi nghò quaùn trieät Nghò quyeát", VNI},
		{"a VNI place and title", "Ñaûng uûy xaõ Sôn Haûi, Baûo Thaéng", VNI},
		{"two words no Latin-1 text has are enough", "N¬i nhËn:", TCVN3},
		{"two words that could be Latin-1 are not", "Bé Thµnh", ""},
		{"one word is not enough", "B¸o", ""},
		{"odd words that convert to nonsense are not", "Word© Microsoft®", ""},
		{"Unicode Vietnamese", "Đảng ủy xã Hùng Sơn quán triệt Nghị quyết", ""},
		{"Unicode with combining marks", "Quán triệt Nghi\u0323 quyê\u0301t", ""},
		{"Unicode Vietnamese that Latin-1 spells", "Thông tin Tây Ninh, Cà Mau và Bà Bá Thông", ""},
		{"Unicode mixed with TCVN3 is Unicode", "Đảng ủy Th«ng b¸o kÕt qu¶ tæ chøc", ""},
		{"French", "Le comité a été créé à Paris, où il a déjà réuni ses membres à l'école.", ""},
		{"more French", "Être ou ne pas être : voilà où commence la forêt près du château.", ""},
		{"German", "Die Größe der Straße ist schön, über alle Maßen; Ärger und Übel.", ""},
		{"Spanish and Portuguese", "El niño comió piña en Málaga. Não é possível à noite, só amanhã.", ""},
		{"English with symbols", "Microsoft® Word© 2010 — café, naïve résumé, 25°C ± 2, ¼ × ½", ""},
		{"Danish and Icelandic", "Søren Kierkegaard og Þórður í Reykjavík, ð þ æ ø å", ""},
		{"lone Latin-1 letters", "ð þ æ ø å ð þ æ ø å § ¶ « » © ®", ""},
		{"ASCII", "Chi bo thon Phu Hoa, 12-BC/HU", ""},
		{"empty", "", ""},
		{"not UTF-8", "\xff\xfe b\xb8o", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectLegacy(tt.in); got != tt.want {
				t.Errorf("DetectLegacy(%q) = %q, want %q (tcvn3 %+v, vni %+v)", tt.in, got, tt.want, weigh(tt.in, TCVN3), weigh(tt.in, VNI))
			}
		})
	}
}

func TestAlreadyUnicode(t *testing.T) {
	tests := []struct {
		name, in, enc string
		want          bool
	}{
		{"TCVN3 symbols are letters only a legacy font makes", "Th«ng b¸o", TCVN3, false},
		{"VNI mark bytes that spell no word", "Quaùn trieät", VNI, false},
		{"a letter outside Latin-1", "Đảng ủy", TCVN3, true},
		{"Unicode that TCVN3 would turn to nonsense", "Tây Ninh", TCVN3, true},
		{"Unicode that VNI would turn to nonsense", "Cà Mau", VNI, true},
		{"words that read either way are the font's", "Thông tin", TCVN3, false},
		{"ASCII says nothing either way", "Chi bo", TCVN3, false},
		{"not UTF-8 is not a legacy font's text", "\xff b\xb8o", TCVN3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AlreadyUnicode(tt.in, tt.enc); got != tt.want {
				t.Errorf("AlreadyUnicode(%q, %s) = %v, want %v", tt.in, tt.enc, got, tt.want)
			}
		})
	}
}

func TestReadLegacy(t *testing.T) {
	tests := []struct {
		name, text, font, want string
	}{
		{"by the font's name", "B¶o Th¾ng", ".VnTime", "Bảo Thắng"},
		{"an H font in capitals", "b¸o c¸o", ".VnTimeH", "BÁO CÁO"},
		{"a VNI font", "Baûo Thaéng", "VNI-Times", "Bảo Thắng"},
		{"Unicode typed over a legacy template", "Tây Ninh", ".VnTime", "Tây Ninh"},
		{"TCVN3 pasted into an Arial cell", "Nhµ v¨n hãa th«n B¶n PhiÖt", "Arial", "Nhà văn hóa thôn Bản Phiệt"},
		{"two words no Latin-1 text has are read in Arial", "B¶o Th¾ng", "Arial", "Bảo Thắng"},
		{"a short cell that could be Latin-1 stays: too little evidence", "Chi bé Th«n", "Arial", "Chi bé Th«n"},
		{"French in Arial stays", "Le comité a été créé à Paris", "Arial", "Le comité a été créé à Paris"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ReadLegacy(tt.text, tt.font); got != tt.want {
				t.Errorf("ReadLegacy(%q, %q) = %q, want %q", tt.text, tt.font, got, tt.want)
			}
		})
	}
}

func TestIsSyllable(t *testing.T) {
	for _, w := range []string{"Thông", "nghiêng", "QUYẾT", "quán", "gì", "giữa", "khuya", "Người", "ĐẢNG", "ủy", "thuở", "oanh", "yêu", "kỹ"} {
		if !isSyllable(w, false) {
			t.Errorf("isSyllable(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"été", "Noël", "b¸o", "café", "schön", "über", "Paris", "ce", "ka", "ghô", "bat", "bàt", "a\u0301\u0300", "ăê"} {
		if isSyllable(w, false) {
			t.Errorf("isSyllable(%q) = true, want false", w)
		}
	}
	if !isSyllable("thuc", true) {
		t.Error(`isSyllable("thuc", toneless) = false, want true`)
	}
}

// FuzzLegacy feeds arbitrary text to the detector and the decoders: no
// panic, valid UTF-8 out, and Unicode Vietnamese never converted.
func FuzzLegacy(f *testing.F) {
	for _, s := range []string{"Th«ng b¸o kÕt qu¶", "Quaùn trieät Nghò quyeát", "Đảng ủy", "été", "\x01\x02\xad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enc := DetectLegacy(s)
		for _, e := range []string{TCVN3, VNI} {
			out := Decode(s, e, true)
			if !utf8.ValidString(out) && utf8.ValidString(s) {
				t.Fatalf("Decode(%q, %s) = %q, not UTF-8", s, e, out)
			}
			if strings.ContainsAny(s, "ăđơưạếĂĐƠƯ\u0301") && out != s {
				t.Fatalf("Decode(%q, %s) converted Unicode text to %q", s, e, out)
			}
		}
		if enc != "" && strings.ContainsAny(s, "ăđơưạếĂĐƠƯ\u0301") {
			t.Fatalf("DetectLegacy(%q) = %s on Unicode text", s, enc)
		}
	})
}
