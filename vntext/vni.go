package vntext

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// VNI Windows ("VNI-WIN", the fonts VNI-Times, VNI-Helve…) writes most
// accented letters as two bytes: the base letter, then a byte whose glyph is
// the mark drawn over it with no advance ("a" + 0xF9 is "á", "a" + 0xE1 is
// "ấ"). A few letters are one byte (0xF1 "đ", 0xF4 "ơ", 0xF6 "ư", the toned
// i's, 0xEE "ỵ"). Capitals take the capital form of the mark byte ("A" + 0xD9
// is "Á"). The table is UniKey's (VnConv, Pham Kim Long: ukengine/data.cpp,
// DoubleByteTables, VNI-WIN), where each letter is a 16-bit word with the base
// byte low and the mark byte high: 0xf961 is "a"+0xF9, "á".
//
// The mark bytes and the one-byte letters are disjoint sets, so a byte means
// the same wherever it stands: decoding maps each byte to a letter or to
// combining marks, and NFC composes them with the letter before.

// vniMarks are the combining marks of each mark byte, lower-case form; the
// capital form is the byte minus 0x20.
var vniMarks = map[byte]string{
	0xF9: "\u0301",       // sắc
	0xF8: "\u0300",       // huyền
	0xFB: "\u0309",       // hỏi
	0xF5: "\u0303",       // ngã
	0xEF: "\u0323",       // nặng
	0xE2: "\u0302",       // â ê ô
	0xE1: "\u0302\u0301", // ấ
	0xE0: "\u0302\u0300", // ầ
	0xE5: "\u0302\u0309", // ẩ
	0xE3: "\u0302\u0303", // ẫ
	0xE4: "\u0302\u0323", // ậ
	0xEA: "\u0306",       // ă
	0xE9: "\u0306\u0301", // ắ
	0xE8: "\u0306\u0300", // ằ
	0xFA: "\u0306\u0309", // ẳ
	0xFC: "\u0306\u0303", // ẵ
	0xEB: "\u0306\u0323", // ặ
}

// vniLetters are the one-byte letters, lower-case form; the capital is the
// byte minus 0x20.
var vniLetters = map[byte][2]rune{
	0xF1: {'đ', 'Đ'},
	0xF4: {'ơ', 'Ơ'},
	0xF6: {'ư', 'Ư'},
	0xED: {'í', 'Í'},
	0xEC: {'ì', 'Ì'},
	0xE6: {'ỉ', 'Ỉ'},
	0xF3: {'ĩ', 'Ĩ'},
	0xF2: {'ị', 'Ị'},
	0xEE: {'ỵ', 'Ỵ'},
}

// vniHigh maps the bytes 0xC0–0xFF to their text; empty entries are the
// Latin-1 character itself (the fonts keep Western symbols there).
var vniHigh = func() (t [64]string) {
	for b, m := range vniMarks {
		t[b-0xC0], t[b-0x20-0xC0] = m, m
	}
	for b, l := range vniLetters {
		t[b-0xC0], t[b-0x20-0xC0] = string(l[0]), string(l[1])
	}
	return t
}()

// DecodeVNI turns text drawn with a VNI font, which a reader handed over as
// Latin-1 characters, into Unicode NFC: "Quaùn trieät" becomes "Quán
// triệt". With upper it is put in capitals. Text that is already Vietnamese
// Unicode is left alone.
func DecodeVNI(s string, upper bool) string {
	if !looksLegacy(s) {
		return plain(s, upper)
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for _, r := range s {
		if r >= 0xC0 && r <= 0xFF {
			if t := vniHigh[r-0xC0]; t != "" {
				b.WriteString(t)
				continue
			}
		}
		b.WriteRune(r)
	}
	out := norm.NFC.String(b.String())
	if upper {
		out = strings.ToUpper(out)
	}
	return out
}
