package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

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
		{"an H font draws plain ASCII in capitals too", "xiii", true, "XIII"},
		{"an H font leaves Unicode as it is", "Đảng ủy", true, "Đảng ủy"},
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
		{".VnTimeH,Bold", "tcvn3", true},
		{".VnArial Narrow", "tcvn3", false},
		{"Times New Roman", "", false},
		{"VNI-Times", "vni", false},
		{"ABCDEF+VNI-Helve,Bold", "vni", false},
		{"vni-times", "vni", false},
		{"VNI", "", false},
		{"Vnixyz", "", false},
		{"Arial", "", false},
	}
	for _, tt := range tests {
		enc, up := LegacyFont(tt.font)
		if enc != tt.enc || up != tt.upper {
			t.Errorf("LegacyFont(%q) = %q, %v; want %q, %v", tt.font, enc, up, tt.enc, tt.upper)
		}
	}
}

// unikeyTCVN3 is UniKey's TCVN3 table (VnConv, ukengine/data.cpp,
// SingleByteTables): for each vowel, capital and small letter of the plain,
// sắc, huyền, hỏi, ngã and nặng forms. Toned capitals share the small letter's
// byte: the …H fonts draw them.
var unikeyTCVN3 = map[string]string{
	"a": "Aa¸¸µµ¶¶··¹¹", "â": "¢©ÊÊÇÇÈÈÉÉËË", "ă": "¡¨¾¾»»¼¼½½ÆÆ",
	"e": "EeÐÐÌÌÎÎÏÏÑÑ", "ê": "£ªÕÕÒÒÓÓÔÔÖÖ", "i": "IiÝÝ××ØØÜÜÞÞ",
	"o": "Ooããßßááââää", "ô": "¤«èèååææççéé", "ơ": "¥¬ííêêëëììîî",
	"u": "Uuóóïïññòòôô", "ư": "¦\u00adøøõõöö÷÷ùù", "y": "Yyýýúúûûüüþþ",
	"đ": "§®",
}

// tones are the combining tone marks in table order: none, sắc, huyền, hỏi,
// ngã, nặng.
var tones = []string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}

// letter composes a base letter (â, ơ…) with tone k, small or capital.
func letter(base string, k int, capital bool) string {
	s := norm.NFC.String(base + tones[k])
	if capital {
		s = strings.ToUpper(s)
	}
	return s
}

func TestDecodeTCVN3CoversUniKeysTable(t *testing.T) {
	for base, row := range unikeyTCVN3 {
		codes := []rune(row)
		for i, c := range codes {
			capital := i%2 == 0
			want := letter(base, i/2, capital)
			if got := DecodeTCVN3(string(c), capital); got != want {
				t.Errorf("TCVN3 byte %#x (upper %v) = %q, want %q", c, capital, got, want)
			}
		}
	}
}

// unikeyVNI is UniKey's VNI-WIN table (VnConv, ukengine/data.cpp,
// DoubleByteTables): each letter a word, base byte low, mark byte high, in
// the order of unikeyTCVN3.
var unikeyVNI = map[string][]uint16{
	"a": {0x0041, 0x0061, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41, 0xef61},
	"â": {0xc241, 0xe261, 0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461},
	"ă": {0xca41, 0xea61, 0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61},
	"đ": {0x00d1, 0x00f1},
	"e": {0x0045, 0x0065, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65},
	"ê": {0xc245, 0xe265, 0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465},
	"i": {0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2},
	"o": {0x004f, 0x006f, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f, 0xef6f},
	"ô": {0xc24f, 0xe26f, 0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f},
	"ơ": {0x00d4, 0x00f4, 0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4},
	"u": {0x0055, 0x0075, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75},
	"ư": {0x00d6, 0x00f6, 0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6},
	"y": {0x0059, 0x0079, 0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee},
}

func TestDecodeVNICoversUniKeysTable(t *testing.T) {
	n := 0
	for base, words := range unikeyVNI {
		for i, w := range words {
			in := string(rune(w & 0xff))
			if w>>8 != 0 {
				in += string(rune(w >> 8))
			}
			want := letter(base, i/2, i%2 == 0)
			if got := DecodeVNI(in, false); got != want {
				t.Errorf("VNI %q = %q, want %q", in, got, want)
			}
			n++
		}
	}
	if n != 12*12+2 {
		t.Fatalf("checked %d letters, want all %d", n, 12*12+2)
	}
}

func TestDecodeVNI(t *testing.T) {
	tests := []struct {
		name, in string
		upper    bool
		want     string
	}{
		{"a mark byte after its vowel", "Quaùn trieät", false, "Quán triệt"},
		{"one-byte ị, and ế as e with â-sắc", "Nghò quyeát", false, "Nghị quyết"},
		{"Ñ is Đ, û the hỏi", "Ñaûng uûy", false, "Đảng ủy"},
		{"ö is ư", "Bí thö", false, "Bí thư"},
		{"ä is the circumflex with nặng", "Chi boä", false, "Chi bộ"},
		{"é is the breve with sắc", "Thaéng", false, "Thắng"},
		{"ư with nặng, and ệ", "thöïc hieän", false, "thực hiện"},
		{"ơ with huyền after ư", "Ngöôøi tröôøng", false, "Người trường"},
		{"breve forms", "AÊn Ñaëng laèng laún laün", false, "Ăn Đặng lằng lẳn lẵn"},
		{"y forms, î is ỵ", "Kyû yù yõ Î", false, "Kỷ ý ỹ Ỵ"},
		{"capitals take the capital mark bytes", "ÑAÛNG COÄNG SAÛN VIEÄT NAM", false, "ĐẢNG CỘNG SẢN VIỆT NAM"},
		{"capital Ư, Ơ, Ủ", "ÖÙ ÔÙ UÛY BAN", false, "Ứ Ớ ỦY BAN"},
		{"upper puts it in capitals", "ñaûng uûy", true, "ĐẢNG ỦY"},
		{"ASCII stays", "Chi bo 5, 12-BC/HU", false, "Chi bo 5, 12-BC/HU"},
		{"Unicode text is left alone", "Đảng ủy xã Hùng Sơn", false, "Đảng ủy xã Hùng Sơn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecodeVNI(tt.in, tt.upper); got != tt.want {
				t.Errorf("DecodeVNI(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeNamesTheEncoding(t *testing.T) {
	if got := Decode("B¶o Th¾ng", TCVN3, false); got != "Bảo Thắng" {
		t.Errorf("Decode TCVN3 = %q", got)
	}
	if got := Decode("Baûo Thaéng", VNI, false); got != "Bảo Thắng" {
		t.Errorf("Decode VNI = %q", got)
	}
	if got := Decode("B¶o Th¾ng", "", false); got != "B¶o Th¾ng" {
		t.Errorf("Decode with no encoding = %q, want the text unchanged", got)
	}
}
