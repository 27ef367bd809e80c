package pdf

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// textGlyphs places text's characters from x on the baseline y at size,
// each half an em wide; a space is a quarter em.
func textGlyphs(text string, x, y, size float64) []glyph {
	f := &font{name: "A"}
	var gs []glyph
	for _, r := range text {
		w := 0.5 * size
		if r == ' ' {
			w = 0.25 * size
		}
		gs = append(gs, glyph{x0: x, x1: x + w, adv: x + w, y: y, size: size, text: string(r), font: f, space: r == ' '})
		x += w
	}
	return gs
}

// byBaseline joins runs of glyphs, numbers them in drawing order and sorts
// them by baseline, as layout hands them to splitRows.
func byBaseline(runs ...[]glyph) []glyph {
	var gs []glyph
	for _, r := range runs {
		gs = append(gs, r...)
	}
	for i := range gs {
		gs[i].seq = i
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y < gs[j].y })
	return gs
}

// rowTexts renders each line of glyphs left to right, spaces dropped.
func rowTexts(rows [][]glyph) []string {
	var out []string
	for _, row := range rows {
		row = slices.Clone(row)
		sort.SliceStable(row, func(i, j int) bool { return row[i].x0 < row[j].x0 })
		var b strings.Builder
		for _, g := range row {
			if !g.space {
				b.WriteString(g.text)
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestSplitRows(t *testing.T) {
	tests := []struct {
		name  string
		glyph []glyph
		want  []string // the lines, left to right without spaces; nil when gs stays one line
	}{
		{
			"a stamp 3 points below the letterhead's line and over it is a line of its own",
			byBaseline(textGlyphs("Hùng Sơn, ngày 4 tháng 4", 330, 100, 11), textGlyphs("Ký bởi: Văn phòng", 340, 103, 7)),
			[]string{"HùngSơn,ngày4tháng4", "Kýbởi:Vănphòng"},
		},
		{
			"a stamp 3 points above the letterhead's line comes first",
			byBaseline(textGlyphs("Hùng Sơn, ngày 4 tháng 4", 330, 100, 11), textGlyphs("Ký bởi: Văn phòng", 340, 97, 7)),
			[]string{"Kýbởi:Vănphòng", "HùngSơn,ngày4tháng4"},
		},
		{
			"two lines of one size set 3.5 points apart are two lines",
			byBaseline(textGlyphs("CỘNG HÒA", 100, 100, 11), textGlyphs("ĐỘC LẬP", 100, 103.5, 11)),
			[]string{"CỘNGHÒA", "ĐỘCLẬP"},
		},
		{
			"the columns of a letterhead set a point and a half apart stay one line",
			byBaseline(textGlyphs("CHI BỘ THÔN", 70, 100, 11), textGlyphs("ĐẢNG CỘNG SẢN", 330, 101.5, 11)),
			nil,
		},
		{
			"a stamp over one column of the letterhead leaves the other column with it",
			byBaseline(textGlyphs("Số 27-BC/CB", 100, 101.5, 11), textGlyphs("Hùng Sơn, ngày 4 tháng 4", 330, 100, 11),
				textGlyphs("Ký bởi: Văn phòng", 340, 103, 7)),
			[]string{"Số27-BC/CBHùngSơn,ngày4tháng4", "Kýbởi:Vănphòng"},
		},
		{
			"a superscript stays with its word",
			byBaseline(textGlyphs("diện tích 25 m", 100, 100, 11), textGlyphs("2", 177, 96, 7), textGlyphs(" đất", 181, 100, 11)),
			nil,
		},
		{
			"a drop cap stays beside its paragraph's first line",
			byBaseline(textGlyphs("T", 70, 110, 30), textGlyphs("hực hiện Chỉ thị", 88, 100, 11)),
			nil,
		},
		{
			"a prime over a subscript, glyph by glyph, stays in its line",
			byBaseline(textGlyphs("x", 100, 100, 11), textGlyphs("0", 105.5, 96, 7), textGlyphs("1", 105.5, 103, 7),
				textGlyphs(" và y", 110, 100, 11), textGlyphs("0", 132, 96, 7), textGlyphs("2", 132, 103, 7)),
			nil,
		},
		{
			"text drawn again a point and a half lower, for a shadow, is one line",
			byBaseline(textGlyphs("BÁO CÁO", 100, 100, 14), textGlyphs("BÁO CÁO", 100.4, 101.5, 14)),
			nil,
		},
		{
			"leader dots under a line's words do not split it",
			byBaseline(textGlyphs("Họ và tên", 100, 100, 11), textGlyphs("..........", 100, 102, 11)),
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := splitRows(tt.glyph)
			if tt.want == nil {
				if len(rows) != 1 || &rows[0][0] != &tt.glyph[0] {
					t.Errorf("rows = %q, want the glyphs back as one line", rowTexts(rows))
				}
				return
			}
			if got := rowTexts(rows); !slices.Equal(got, tt.want) {
				t.Errorf("rows = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLayoutReadsAStampOverTheLetterheadApart(t *testing.T) {
	gs := byBaseline(
		textGlyphs("CHI BỘ THÔN ĐỒNG HÒA", 70, 80, 11),
		textGlyphs("ĐẢNG CỘNG SẢN VIỆT NAM", 330, 80, 11),
		textGlyphs("Hùng Sơn, ngày 4 tháng 4 năm 2021", 330, 100, 11),
		textGlyphs("Ký bởi: Văn phòng Huyện ủy", 340, 103, 7),
	)
	var got []string
	for _, l := range layout(1, gs, nil) {
		got = append(got, l.Text())
	}
	want := []string{
		"CHI BỘ THÔN ĐỒNG HÒA ĐẢNG CỘNG SẢN VIỆT NAM",
		"Hùng Sơn, ngày 4 tháng 4 năm 2021",
		"Ký bởi: Văn phòng Huyện ủy",
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}
