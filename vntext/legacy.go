package vntext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tcvn3High maps the bytes 0x80–0xFF of TCVN 5712 ("TCVN3", the ABC fonts
// .VnTime, .VnArial…) to Unicode. Bytes 0xB0–0xB4 are combining tone marks.
// The standard's table, as libiconv's tcvn.h gives it.
var tcvn3High = [128]rune{
	0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
	0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
	0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
	0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
	0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
	0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
	0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
	0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
}

// tcvn3Low maps the control codes TCVN 5712 reuses for capitals.
var tcvn3Low = map[rune]rune{
	0x01: 0x00da, 0x02: 0x1ee4, 0x04: 0x1eea, 0x05: 0x1eec, 0x06: 0x1eee,
	0x11: 0x1ee8, 0x12: 0x1ef0, 0x13: 0x1ef2, 0x14: 0x1ef6, 0x15: 0x1ef8, 0x16: 0x00dd, 0x17: 0x1ef4,
}

// winAnsi80 is where Windows-1252 puts the bytes 0x80–0x9F: a PDF reader that
// decoded a legacy font as WinAnsi hands these back instead of the bytes.
var winAnsi80 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
	'‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// The legacy encodings LegacyFont and DetectLegacy name.
const (
	TCVN3 = "tcvn3" // TCVN 5712 (VN3), the ABC fonts .VnTime, .VnArial…
	VNI   = "vni"   // VNI Windows, the fonts VNI-Times, VNI-Helve…
)

// LegacyFont says which 8-bit Vietnamese encoding a font name implies:
// TCVN3 for the ABC fonts (.VnTime, .VnArial…; upper true for the …H
// variants that draw capitals from the lower-case codes), VNI for the VNI
// fonts (VNI-Times, VNI-Helve…), "" for a Unicode font. A PDF subset prefix
// (ABCDEF+.VnTime) and a style suffix (.VnTime,Bold) do not matter.
func LegacyFont(name string) (encoding string, upper bool) {
	n := strings.TrimSpace(name)
	if i := strings.IndexByte(n, '+'); i == 6 {
		n = n[i+1:] // a PDF subset prefix: ABCDEF+.VnTime
	}
	n = strings.SplitN(n, ",", 2)[0] // .VnTime,Bold
	lower := strings.ToLower(n)
	switch {
	case strings.HasPrefix(lower, ".vn"):
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(n, "-Bold"), "Bold"), "Italic")
		return TCVN3, strings.HasSuffix(base, "H")
	case len(lower) > 4 && (strings.HasPrefix(lower, "vni-") || strings.HasPrefix(lower, "vni ")):
		return VNI, false
	}
	return "", false
}

// Decode turns text in a legacy encoding (TCVN3 or VNI, as LegacyFont or
// DetectLegacy name it) into Unicode NFC, in capitals with upper. Any other
// encoding, and text that is already Vietnamese Unicode, come back as they
// are.
func Decode(s, encoding string, upper bool) string {
	switch encoding {
	case TCVN3:
		return DecodeTCVN3(s, upper)
	case VNI:
		return DecodeVNI(s, upper)
	}
	return s
}

// ByFont returns text shown in the named font as Unicode: read in the
// encoding the font's name implies, unless the text is Unicode all the same
// (AlreadyUnicode). legacy says whether the name implied one.
func ByFont(text, font string) (out string, legacy bool) {
	enc, upper := LegacyFont(font)
	if enc == "" {
		return text, false
	}
	if AlreadyUnicode(text, enc) {
		return text, true
	}
	return Decode(text, enc, upper), true
}

// ReadLegacy returns text shown in the named font as Unicode: by the font's
// name first (ByFont), and when the name implies no legacy encoding, by the
// text's own patterns (DetectLegacy), which must leave no doubt.
func ReadLegacy(text, font string) string {
	if out, legacy := ByFont(text, font); legacy {
		return out
	}
	if enc := DetectLegacy(text); enc != "" {
		return Decode(text, enc, false)
	}
	return text
}

// DecodeTCVN3 turns text drawn with a TCVN3 font, which a reader handed over
// as Latin-1 (or WinAnsi) characters, into Unicode NFC: "Th«ng b¸o" becomes
// "Thông báo". With upper, it is put in capitals, as the …H fonts draw it,
// plain ASCII included.
// Text that is already Vietnamese Unicode is left alone: a legacy conversion
// must never run over it.
func DecodeTCVN3(s string, upper bool) string {
	if !looksLegacy(s) {
		return plain(s, upper)
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for _, r := range s {
		switch {
		case r >= 0x80 && r <= 0xff:
			r = tcvn3High[r-0x80]
		case r < 0x20 && tcvn3Low[r] != 0:
			r = tcvn3Low[r]
		default:
			if c, ok := winAnsi80[r]; ok {
				r = tcvn3High[c-0x80]
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

// plain is text with nothing to convert: ASCII is drawn in capitals by an
// …H font all the same; Unicode text stays as it is.
func plain(s string, upper bool) string {
	if !upper {
		return s
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return s
		}
	}
	return strings.ToUpper(s)
}

// looksLegacy reports whether s can be legacy-encoded text: every rune is
// ASCII, Latin-1 or a WinAnsi stand-in, and none is a Vietnamese letter
// outside Latin-1 (ă, ơ, ư, đ, ạ…), which only Unicode text has.
func looksLegacy(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	high := false
	for _, r := range s {
		switch {
		case r < 0x80:
			if r < 0x20 && tcvn3Low[r] != 0 {
				high = true
			}
		case r <= 0xff:
			high = true
		default:
			if _, ok := winAnsi80[r]; !ok {
				return false
			}
			high = true
		}
	}
	return high
}
