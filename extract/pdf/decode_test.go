package pdf

import (
	"strconv"
	"strings"
	"testing"
)

func TestCMapDecoding(t *testing.T) {
	const cm = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<0700> <D835DC00>
endbfchar
4 beginbfrange
<0010> <0210> <00C0>
<0300> <0302> [<0066006C> <0110> <1EA0>]
<0400> <0401> <D83DDE00>
<05FE> <0601> <1EFE>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	m := parseCMap([]byte(cm))
	tests := []struct {
		name string
		code uint32
		want string
	}{
		{"a bfchar maps one code", 0x0003, " "},
		{"a bfchar with a surrogate pair gives one supplementary character", 0x0700, "\U0001D400"},
		{"a bfrange starts at its destination", 0x0010, "\u00C0"},
		{"a bfrange wider than 256 codes carries into the high byte", 0x0010 + 0x150, "\u0210"},
		{"the last code of a wide bfrange is right", 0x0210, "\u02C0"},
		{"an array bfrange maps a ligature string", 0x0300, "fl"},
		{"an array bfrange maps Đ", 0x0301, "Đ"},
		{"an array bfrange maps Ạ", 0x0302, "Ạ"},
		{"an incrementing surrogate destination increments the code point", 0x0401, "\U0001F601"},
		{"an incrementing destination crosses 0x1EFF", 0x0601, "\u1F01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := m.lookup(tc.code); got != tc.want {
				t.Errorf("code %04X: %q, want %q", tc.code, got, tc.want)
			}
		})
	}
	if c, n := m.split([]byte{0x07, 0x00, 0x41}, 1); c != 0x0700 || n != 2 {
		t.Errorf("split: code %04X len %d, want 0700 2", c, n)
	}
}

func TestCMapCodespaceOfMixedLengths(t *testing.T) {
	m := parseCMap([]byte("2 begincodespacerange <00> <80> <8140> <FEFE> endcodespacerange"))
	var codes []uint32
	for b := []byte{0x41, 0x81, 0x40, 0x42}; len(b) > 0; {
		c, n := m.split(b, 2)
		codes = append(codes, c)
		b = b[n:]
	}
	if len(codes) != 3 || codes[0] != 0x41 || codes[1] != 0x8140 || codes[2] != 0x42 {
		t.Errorf("codes %X, want [41 8140 42]", codes)
	}
}

func TestGlyphText(t *testing.T) {
	tests := []struct{ name, want string }{
		{"a", "a"},
		{"Adieresis", "Ä"},
		{"ohornacute", "ớ"},
		{"Ecircumflexhookabove", "Ể"},
		{"udotbelow", "ụ"},
		{"dcroat", "đ"},
		{"uni1EBF", "ế"},
		{"uni00660069", "fi"},
		{"u1F600", "\U0001F600"},
		{"f_f_i", "ffi"},
		{"a.sc", "a"},
		{"fi", "fi"},
		{"g123", ""},
		{"cid42", ""},
		{".notdef", ""},
	}
	for _, tc := range tests {
		t.Run("glyph "+tc.name+" is "+tc.want, func(t *testing.T) {
			if got := glyphText(tc.name); got != tc.want {
				t.Errorf("glyphText(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

func TestLexerTolerance(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"an invalid escape stands for the character itself", `(a\+b) Tj`, []string{"a+b", "Tj"}},
		{"octal and line continuation escapes are decoded", "(\\101\\\nB\\)) Tj", []string{"AB)", "Tj"}},
		{"nested parentheses stay in the string", `(a(b)c) Tj`, []string{"a(b)c", "Tj"}},
		{"a hex string with spaces and an odd digit", `<41 42 4> Tj`, []string{"AB@", "Tj"}},
		{"garbage numbers become what they can", `1.2.3 4-5 Td`, []string{"1.2", "4", "Td"}},
		{"an unterminated string ends at the end of data", `(abc`, []string{"abc"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lx := &lexer{b: []byte(tc.in)}
			var got []string
			for tok := lx.next(); tok.kind != tokEOF; tok = lx.next() {
				switch tok.kind {
				case tokNum:
					got = append(got, strconv.FormatFloat(tok.num, 'g', -1, 64))
				default:
					got = append(got, tok.s)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("tokens %q, want %q", got, tc.want)
			}
		})
	}
}

func TestContentInterpretation(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{
			"an inline image with binary data is skipped",
			"BT /F1 12 Tf 72 700 Td (Before) Tj ET BI /W 4 /H 1 /BPC 8 /CS /G ID \x00EI\xffBT) Tj\nEI Q BT /F1 12 Tf 72 680 Td (After) Tj ET",
			[]string{"Before", "After"},
		},
		{
			"TJ kerning wider than a space separates words",
			"BT /F1 12 Tf 72 700 Td [(Hello)-400(world)] TJ ET",
			[]string{"Hello world"},
		},
		{
			"glyphs placed one by one without spaces join into one word",
			"BT /F1 12 Tf 72 700 Td (A) Tj 8 0 Td (B) Tj ET",
			[]string{"AB"},
		},
		{
			"two columns at the same baseline are two spans",
			"BT /F1 12 Tf 72 700 Td (Left side) Tj 250 0 Td (Right side) Tj ET",
			[]string{"Left side | Right side"},
		},
		{
			"a superscript stays on its line",
			"BT /F1 12 Tf 72 700 Td (km) Tj /F1 7 Tf 4 Ts (2) Tj 0 Ts /F1 12 Tf ( area) Tj ET",
			[]string{"km2 area"},
		},
		{
			"a Form XObject is drawn, and a self-referencing one does not loop",
			"q 1 0 0 1 0 0 cm /Fm1 Do Q",
			[]string{"In a form"},
		},
		{
			"fake bold drawn twice reads once",
			"BT /F1 12 Tf 72 700 Td (Bold) Tj ET BT /F1 12 Tf 72.3 700 Td (Bold) Tj ET",
			[]string{"Bold"},
		},
		{
			"lines come top to bottom whatever the drawing order",
			"BT /F1 12 Tf 72 600 Td (Second) Tj ET BT /F1 12 Tf 72 700 Td (First) Tj ET",
			[]string{"First", "Second"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := readBytes(t, buildPDF(t, tc.content, ""))
			if err != nil {
				t.Fatal(err)
			}
			if got := spanTexts(d); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("lines %q, want %q", got, tc.want)
			}
		})
	}
}
