package pdf

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// encoding maps the one-byte codes of a simple font to text.
type encoding [256]string

// winAnsi is WinAnsiEncoding: Latin-1 with Windows' extra characters at
// 0x80–0x9F. 0xAD stays U+00AD rather than a hyphen so that legacy Vietnamese
// fonts (TCVN3 puts ư there) can still be converted later.
var winAnsi = func() (e encoding) {
	for c := 0; c < 256; c++ {
		e[c] = string(rune(c))
	}
	extra := map[int]rune{
		0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026,
		0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160,
		0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019,
		0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
		0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153,
		0x9E: 0x017E, 0x9F: 0x0178,
	}
	for c, r := range extra {
		e[c] = string(r)
	}
	return e
}()

// standard is Adobe's StandardEncoding, the built-in encoding of most Type 1
// fonts.
var standard = func() (e encoding) {
	for c := 0x20; c < 0x7F; c++ {
		e[c] = string(rune(c))
	}
	e[0x27], e[0x60] = "\u2019", "\u2018"
	high := map[int]rune{
		0xA1: 0xA1, 0xA2: 0xA2, 0xA3: 0xA3, 0xA4: 0x2044, 0xA5: 0xA5, 0xA6: 0x0192,
		0xA7: 0xA7, 0xA8: 0xA4, 0xA9: 0x27, 0xAA: 0x201C, 0xAB: 0xAB, 0xAC: 0x2039,
		0xAD: 0x203A, 0xB1: 0x2013, 0xB2: 0x2020, 0xB3: 0x2021, 0xB4: 0xB7,
		0xB6: 0xB6, 0xB7: 0x2022, 0xB8: 0x201A, 0xB9: 0x201E, 0xBA: 0x201D,
		0xBB: 0xBB, 0xBC: 0x2026, 0xBD: 0x2030, 0xBF: 0xBF, 0xC1: 0x60, 0xC2: 0xB4,
		0xC3: 0x02C6, 0xC4: 0x02DC, 0xC5: 0xAF, 0xC6: 0x02D8, 0xC7: 0x02D9,
		0xC8: 0xA8, 0xCA: 0x02DA, 0xCB: 0xB8, 0xCD: 0x02DD, 0xCE: 0x02DB,
		0xCF: 0x02C7, 0xD0: 0x2014, 0xE1: 0xC6, 0xE3: 0xAA, 0xE8: 0x0141,
		0xE9: 0xD8, 0xEA: 0x0152, 0xEB: 0xBA, 0xF1: 0xE6, 0xF5: 0x0131,
		0xF8: 0x0142, 0xF9: 0xF8, 0xFA: 0x0153, 0xFB: 0xDF,
	}
	for c, r := range high {
		e[c] = string(r)
	}
	e[0xAE], e[0xAF] = "fi", "fl"
	return e
}()

// macRoman is MacRomanEncoding.
var macRoman = func() (e encoding) {
	for c := 0x20; c < 0x7F; c++ {
		e[c] = string(rune(c))
	}
	high := []rune{
		0xC4, 0xC5, 0xC7, 0xC9, 0xD1, 0xD6, 0xDC, 0xE1, 0xE0, 0xE2, 0xE4, 0xE3, 0xE5, 0xE7, 0xE9, 0xE8,
		0xEA, 0xEB, 0xED, 0xEC, 0xEE, 0xEF, 0xF1, 0xF3, 0xF2, 0xF4, 0xF6, 0xF5, 0xFA, 0xF9, 0xFB, 0xFC,
		0x2020, 0xB0, 0xA2, 0xA3, 0xA7, 0x2022, 0xB6, 0xDF, 0xAE, 0xA9, 0x2122, 0xB4, 0xA8, 0x2260, 0xC6, 0xD8,
		0x221E, 0xB1, 0x2264, 0x2265, 0xA5, 0xB5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0xAA, 0xBA, 0x03A9, 0xE6, 0xF8,
		0xBF, 0xA1, 0xAC, 0x221A, 0x0192, 0x2248, 0x2206, 0xAB, 0xBB, 0x2026, 0xA0, 0xC0, 0xC3, 0xD5, 0x0152, 0x0153,
		0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0xF7, 0x25CA, 0xFF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
		0x2021, 0xB7, 0x201A, 0x201E, 0x2030, 0xC2, 0xCA, 0xC1, 0xCB, 0xC8, 0xCD, 0xCE, 0xCF, 0xCC, 0xD3, 0xD4,
		0xF8FF, 0xD2, 0xDA, 0xDB, 0xD9, 0x0131, 0x02C6, 0x02DC, 0xAF, 0x02D8, 0x02D9, 0x02DA, 0xB8, 0x02DD, 0x02DB, 0x02C7,
	}
	for i, r := range high {
		e[0x80+i] = string(r)
	}
	return e
}()

// baseEncoding returns the named standard encoding, or nil for other names.
func baseEncoding(name string) *encoding {
	switch name {
	case "WinAnsiEncoding":
		return &winAnsi
	case "MacRomanEncoding", "MacExpertEncoding":
		return &macRoman
	case "StandardEncoding":
		return &standard
	}
	return nil
}

// glyphNames is the part of the Adobe Glyph List that fonts in reports use;
// accented Latin letters (including Vietnamese ones such as "ohornacute") are
// composed from their parts by glyphText instead of being listed.
var glyphNames = map[string]string{
	"space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$",
	"percent": "%", "ampersand": "&", "quotesingle": "'", "parenleft": "(",
	"parenright": ")", "asterisk": "*", "plus": "+", "comma": ",", "hyphen": "-",
	"period": ".", "slash": "/", "zero": "0", "one": "1", "two": "2", "three": "3",
	"four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
	"colon": ":", "semicolon": ";", "less": "<", "equal": "=", "greater": ">",
	"question": "?", "at": "@", "bracketleft": "[", "backslash": "\\",
	"bracketright": "]", "asciicircum": "^", "underscore": "_", "grave": "`",
	"braceleft": "{", "bar": "|", "braceright": "}", "asciitilde": "~",
	"quoteleft": "\u2018", "quoteright": "\u2019", "quotedblleft": "\u201C",
	"quotedblright": "\u201D", "quotesinglbase": "\u201A", "quotedblbase": "\u201E",
	"endash": "\u2013", "emdash": "\u2014", "bullet": "\u2022", "ellipsis": "\u2026",
	"dagger": "\u2020", "daggerdbl": "\u2021", "perthousand": "\u2030",
	"guilsinglleft": "\u2039", "guilsinglright": "\u203A", "Euro": "\u20AC",
	"trademark": "\u2122", "minus": "\u2212", "fi": "fi", "fl": "fl", "ff": "ff",
	"ffi": "ffi", "ffl": "ffl", "dotlessi": "\u0131", "Lslash": "\u0141",
	"lslash": "\u0142", "OE": "\u0152", "oe": "\u0153", "AE": "\u00C6", "ae": "\u00E6",
	"Oslash": "\u00D8", "oslash": "\u00F8", "germandbls": "\u00DF", "Eth": "\u00D0",
	"eth": "\u00F0", "Thorn": "\u00DE", "thorn": "\u00FE", "nbspace": "\u00A0",
	"nonbreakingspace": "\u00A0", "exclamdown": "\u00A1", "cent": "\u00A2",
	"sterling": "\u00A3", "currency": "\u00A4", "yen": "\u00A5", "brokenbar": "\u00A6",
	"section": "\u00A7", "dieresis": "\u00A8", "copyright": "\u00A9",
	"ordfeminine": "\u00AA", "guillemotleft": "\u00AB", "logicalnot": "\u00AC",
	"sfthyphen": "\u00AD", "registered": "\u00AE", "macron": "\u00AF",
	"degree": "\u00B0", "plusminus": "\u00B1", "twosuperior": "\u00B2",
	"threesuperior": "\u00B3", "acute": "\u00B4", "mu": "\u00B5", "paragraph": "\u00B6",
	"periodcentered": "\u00B7", "cedilla": "\u00B8", "onesuperior": "\u00B9",
	"ordmasculine": "\u00BA", "guillemotright": "\u00BB", "onequarter": "\u00BC",
	"onehalf": "\u00BD", "threequarters": "\u00BE", "questiondown": "\u00BF",
	"multiply": "\u00D7", "divide": "\u00F7", "florin": "\u0192", "circumflex": "\u02C6",
	"tilde": "\u02DC", "caron": "\u02C7", "breve": "\u02D8", "dotaccent": "\u02D9",
	"ring": "\u02DA", "ogonek": "\u02DB", "hungarumlaut": "\u02DD", "fraction": "\u2044",
	"Dcroat": "\u0110", "dcroat": "\u0111", "Dslash": "\u0110", "dmacron": "\u0111",
	"Ohorn": "\u01A0", "ohorn": "\u01A1", "Uhorn": "\u01AF", "uhorn": "\u01B0",
	"arrowright": "\u2192", "arrowleft": "\u2190", "lozenge": "\u25CA",
	"hookabovecomb": "\u0309", "dotbelowcomb": "\u0323", "gravecomb": "\u0300",
	"acutecomb": "\u0301", "tildecomb": "\u0303", "numero": "\u2116",
	"checkmark": "\u2713", "periodcentered.loclCAT": "\u00B7", "uni00A0": "\u00A0",
}

// glyphMarks are the accent names that follow a base letter in composite
// glyph names, with their combining characters.
var glyphMarks = []struct{ name, mark string }{
	{"circumflex", "\u0302"}, {"hookabove", "\u0309"}, {"dotbelow", "\u0323"},
	{"dieresis", "\u0308"}, {"dotaccent", "\u0307"}, {"hungarumlaut", "\u030B"},
	{"acute", "\u0301"}, {"grave", "\u0300"}, {"tilde", "\u0303"}, {"breve", "\u0306"},
	{"horn", "\u031B"}, {"caron", "\u030C"}, {"cedilla", "\u0327"}, {"ring", "\u030A"},
	{"macron", "\u0304"}, {"ogonek", "\u0328"}, {"commaaccent", "\u0326"},
}

// glyphText returns the text of a glyph name following the Adobe Glyph List
// rules: suffixes after a dot are dropped, underscores join ligature parts,
// uniXXXX and uXXXX[XX] name code points. Names that say nothing about their
// character (g12, cid345, glyph7) give "".
func glyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	if name == "" || len(name) > 64 {
		return ""
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if t, ok := glyphNames[name]; ok {
		return t
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil || v >= 0xD800 && v < 0xE000 {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if name[0] == 'u' && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= 0x10FFFF && (v < 0xD800 || v >= 0xE000) {
			return string(rune(v))
		}
	}
	c := name[0]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
		return ""
	}
	if len(name) == 1 {
		return name
	}
	base := name[:1]
	rest := name[1:]
	switch {
	case strings.HasPrefix(name, "dotlessi"):
		base, rest = "\u0131", name[8:]
	case strings.HasPrefix(name, "Ohorn"), strings.HasPrefix(name, "ohorn"),
		strings.HasPrefix(name, "Uhorn"), strings.HasPrefix(name, "uhorn"):
		base, rest = glyphNames[name[:5]], name[5:]
	}
	marks := ""
	for rest != "" {
		found := false
		for _, m := range glyphMarks {
			if strings.HasPrefix(rest, m.name) {
				marks += m.mark
				rest = rest[len(m.name):]
				found = true
				break
			}
		}
		if !found {
			return ""
		}
	}
	return norm.NFC.String(base + marks)
}

// expandLigatures replaces the Latin ligature characters by their letters, so
// that words stay searchable.
func expandLigatures(s string) string {
	if !strings.ContainsAny(s, "\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06") {
		return s
	}
	return strings.NewReplacer("\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl",
		"\uFB03", "ffi", "\uFB04", "ffl", "\uFB05", "st", "\uFB06", "st").Replace(s)
}
