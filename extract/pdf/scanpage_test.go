package pdf

import (
	"strings"
	"testing"

	"baocao/extract/doc"
)

// textLines makes n lines of one span each, w points wide at size points.
func textLines(n int, w, size float64, text string) []doc.Line {
	var ls []doc.Line
	for i := range n {
		ls = append(ls, doc.Line{Page: 1, Y: 50 + float64(i)*size*1.5, Spans: []doc.Span{{X0: 70, X1: 70 + w, Size: size, Text: text}}})
	}
	return ls
}

func TestJudge(t *testing.T) {
	const a4w, a4h = 595, 842
	vietnamese := "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, Ủy ban nhân dân xã báo cáo kết quả thực hiện nhiệm vụ"
	mangled := "Cdn cu Ludt To chuc chinh quyen dia phuong ngdy 19 thdng 6 ndm 2015, Uy ban nhan dan xd bdo cdo ket qua thuc hien nhiem vu"
	english := "The committee reviewed the annual report on the implementation of the development plan and agreed to submit the budget"
	tests := []struct {
		name  string
		st    scanStats
		lines []doc.Line
		want  verdict
	}{
		{"a typed page without images is typed", scanStats{shown: 2000}, textLines(40, 450, 12, vietnamese), typedPage},
		{"a typed page with a small logo is typed even with little text", scanStats{imageArea: 0.05, shown: 60}, textLines(3, 150, 8, vietnamese), typedPage},
		{"an image page without text is a scan", scanStats{imageArea: 1}, nil, scanPage},
		{"an image page whose glyphs map to nothing is a scan", scanStats{imageArea: 1, shown: 900, unmapped: 900}, nil, scanPage},
		{"a scan with an e-signature stamp is a scan whose text is kept", scanStats{imageArea: 1, shown: 120}, textLines(3, 220, 6.5, "SAO Y BẢN CHÍNH - Ký bởi: Văn phòng Huyện ủy"), stampedScan},
		{"a page with a half-page picture and little text is typed", scanStats{imageArea: 0.45, shown: 120}, textLines(3, 220, 10, vietnamese), typedPage},
		{"a scan with a good Vietnamese text layer is typed", scanStats{imageArea: 1, shown: 3000}, textLines(40, 450, 11, vietnamese), typedPage},
		{"a scan with a mangled text layer is a scan", scanStats{imageArea: 1, shown: 3000}, textLines(40, 450, 11, mangled), scanPage},
		{"a scan with an English text layer is typed", scanStats{imageArea: 1, shown: 3000}, textLines(40, 450, 11, english), typedPage},
		{"a page with mangled text over a half-page picture is typed", scanStats{imageArea: 0.5, shown: 3000}, textLines(40, 450, 11, mangled), typedPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := judge(tt.st, tt.lines, a4w, a4h); got != tt.want {
				t.Errorf("judge = %v, want %v (text covers %.3f of the page)", got, tt.want, textCover(tt.lines, a4w, a4h))
			}
		})
	}
}

func TestTextCover(t *testing.T) {
	if got := textCover(textLines(2, 100, 10, "x"), 100, 100); got != 0.2 {
		t.Errorf("two lines 100 wide at 10pt cover %v of a 100×100 page, want 0.2", got)
	}
	if got := textCover(textLines(2, 100, 10, "x"), 0, 0); got != 0 {
		t.Errorf("a page without size is covered %v, want 0", got)
	}
}

// spacedGlyphs places text's characters from x at size, each advancing by
// its width (half an em) and gap ems more; a space character advances a
// quarter em and is kept as a space glyph.
func spacedGlyphs(text string, x, size, gap float64, f *font) []glyph {
	var gs []glyph
	for _, r := range text {
		if r == ' ' {
			gs = append(gs, glyph{x0: x, x1: x + 0.25*size, adv: x + 0.25*size, y: 100, size: size, text: " ", font: f, space: true, seq: len(gs)})
			x += 0.25 * size
			continue
		}
		gs = append(gs, glyph{x0: x, x1: x + 0.5*size, adv: x + 0.5*size, y: 100, size: size, text: string(r), font: f, seq: len(gs)})
		x += (0.5 + gap) * size
	}
	return gs
}

func TestBuildLineJoinsLetterSpacing(t *testing.T) {
	f, g := &font{name: "A"}, &font{name: "B"}
	cat := func(parts ...[]glyph) (out []glyph) {
		for _, p := range parts {
			for _, x := range p {
				x.seq = len(out)
				out = append(out, x)
			}
		}
		return out
	}
	tests := []struct {
		name string
		gs   []glyph
		want string
	}{
		{"a number drawn glyph by glyph reads as one word",
			cat(spacedGlyphs("Số: ", 0, 12, 0, f), spacedGlyphs("329/BC-UBND", 24, 12, 0.3, f)), "Số: 329/BC-UBND"},
		{"a day drawn digit by digit in a line with spaces reads as one number",
			cat(spacedGlyphs("Hải Hậu, ngày ", 0, 12, 0, f), spacedGlyphs("19", 87, 12, 0.3, f), spacedGlyphs(" tháng 12 năm 2024", 105, 12, 0, f)),
			"Hải Hậu, ngày 19 tháng 12 năm 2024"},
		{"a bullet keeps its gap",
			cat(spacedGlyphs("•", 0, 12, 0, f), spacedGlyphs("5 watt power rating", 9.6, 12, 0, f)), "• 5 watt power rating"},
		{"single letters of a formula in several fonts stay apart",
			cat(spacedGlyphs("2", 0, 12, 0, f), spacedGlyphs("T", 9.6, 12, 0, g), spacedGlyphs("U", 19.2, 12, 0, f), spacedGlyphs("V", 28.8, 12, 0, g)), "2 T U V"},
		{"a digit set tight to a word keeps its gap",
			cat(spacedGlyphs("12", 0, 12, 0.3, f), spacedGlyphs("ab", 15.6, 12, 0, f)), "1 2ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := buildLine(1, 100, tt.gs, nil)
			if !ok {
				t.Fatal("no line")
			}
			if got := l.Text(); got != tt.want {
				t.Errorf("line %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPlaceCountsCharacterSpacing(t *testing.T) {
	// Tc of a third of an em between glyphs: a viewer sets no gap between
	// them, and neither do we.
	gs := []glyph{
		{x0: 0, x1: 6, adv: 10, y: 100, size: 12, text: "A", font: fallbackFont},
		{x0: 10, x1: 16, adv: 20, y: 100, size: 12, text: "B", font: fallbackFont, seq: 1},
	}
	ps := place(gs)
	if len(ps) != 2 || ps[1].gap != 0 {
		t.Fatalf("gap %v, want 0", ps[1].gap)
	}
	l, _ := buildLine(1, 100, gs, nil)
	if !strings.Contains(l.Text(), "AB") {
		t.Errorf("line %q, want AB", l.Text())
	}
}
