package main

import (
	"strings"
)

// Line is one line of a header column or signature block.
type Line struct {
	Text    string
	B, I, U bool
	Size    float64 // 0: doc size
}

// Para is a paragraph of body text.
type Para struct {
	Text   string
	Align  string // J, C, L, R
	B, I   bool
	Indent bool
	Size   float64
}

// HCell is a header cell placed on a grid.
type HCell struct {
	R, C, RS, CS int
	Text         string
}

// Table is a grid with a (possibly merged) header.
type Table struct {
	W        []float64 // relative widths
	Head     []HCell
	HeadRows int
	Rows     [][]string
	Align    string          // per column: L, C, R
	Bold     map[int]bool    // body rows in bold (subtotals)
	Span     map[int]bool    // body rows whose first cell spans the whole row
	Size     float64         // font size, 0: doc size - 1
	NoBorder bool            // layout table without lines
	Italic   map[int]bool    // rows in italics
	Gray     map[int]float64 // unused in HTML
}

// Sign is the signature area: Nơi nhận on the left, signer on the right.
type Sign struct {
	Left  []Line
	Right []Line
}

// PageBreak forces a new page.
type PageBreak struct{}

// Gap is vertical space in mm.
type Gap struct{ H float64 }

// Doc is a narrative document, rendered by fpdf or via HTML and LibreOffice.
type Doc struct {
	Font      string // dejavu, condensed, sans
	Size      float64
	Landscape bool
	Left      []Line
	Right     []Line
	LeftW     float64 // share of the width for the left header column
	Blocks    []any
}

func (d *Doc) p(text string) { d.Blocks = append(d.Blocks, Para{Text: text, Align: "J", Indent: true}) }
func (d *Doc) b(text string) {
	d.Blocks = append(d.Blocks, Para{Text: text, Align: "J", Indent: true, B: true})
}
func (d *Doc) it(text string) {
	d.Blocks = append(d.Blocks, Para{Text: text, Align: "J", Indent: true, I: true})
}
func (d *Doc) c(text string, b bool) { d.Blocks = append(d.Blocks, Para{Text: text, Align: "C", B: b}) }
func (d *Doc) add(x any)             { d.Blocks = append(d.Blocks, x) }
func (d *Doc) gap(h float64)         { d.Blocks = append(d.Blocks, Gap{H: h}) }

// Text returns all the text of the document, for the self-check.
func (d *Doc) Text() string {
	var sb strings.Builder
	lines := func(ls []Line) {
		for _, l := range ls {
			sb.WriteString(l.Text)
			sb.WriteString("\n")
		}
	}
	lines(d.Left)
	lines(d.Right)
	for _, b := range d.Blocks {
		switch x := b.(type) {
		case Para:
			sb.WriteString(x.Text + "\n")
		case Table:
			for _, h := range x.Head {
				sb.WriteString(h.Text + "\n")
			}
			for _, r := range x.Rows {
				for _, c := range r {
					sb.WriteString(c + "\n")
				}
			}
		case Sign:
			lines(x.Left)
			lines(x.Right)
		}
	}
	return sb.String()
}

// partyHeader builds the left/right header of a party document.
// sup and unit are in capitals already; num like "Số 08-BC/CB".
func partyHeader(d *Doc, sup, unit, num, placeDate string) {
	d.Left = []Line{}
	if sup != "" {
		d.Left = append(d.Left, Line{Text: sup})
	}
	for _, u := range strings.Split(unit, "\n") {
		d.Left = append(d.Left, Line{Text: u, B: true})
	}
	d.Left = append(d.Left, Line{Text: "*"}, Line{Text: num})
	d.Right = []Line{{Text: "ĐẢNG CỘNG SẢN VIỆT NAM", B: true, U: true}, {Text: ""}}
	for _, pl := range strings.Split(placeDate, "\n") {
		d.Right = append(d.Right, Line{Text: pl, I: true})
	}
}

// stateHeader builds the header of a state (administrative) document.
func stateHeader(d *Doc, sup, unit, num, placeDate string) {
	d.Left = []Line{}
	if sup != "" {
		d.Left = append(d.Left, Line{Text: sup})
	}
	for _, u := range strings.Split(unit, "\n") {
		d.Left = append(d.Left, Line{Text: u, B: true})
	}
	d.Left = append(d.Left, Line{Text: "–––––––"}, Line{Text: num})
	if d.LeftW == 0 {
		d.LeftW = 0.4
	}
	d.Right = []Line{{Text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B: true, Size: -1.5}, {Text: "Độc lập - Tự do - Hạnh phúc", B: true, U: true, Size: -1}, {Text: ""}}
	for _, pl := range strings.Split(placeDate, "\n") {
		d.Right = append(d.Right, Line{Text: pl, I: true})
	}
}

// sign builds a signature block.
func sign(recips []string, right ...string) Sign {
	s := Sign{}
	if len(recips) > 0 {
		s.Left = append(s.Left, Line{Text: "Nơi nhận:", B: true, I: true, Size: -2})
		for _, r := range recips {
			s.Left = append(s.Left, Line{Text: r, Size: -2})
		}
	}
	for i, r := range right {
		l := Line{Text: r, B: true}
		if r == "" {
			l.B = false
		}
		if strings.HasPrefix(r, "(") {
			l.B, l.I = false, true
		}
		if i == len(right)-1 {
			l.B = true
		}
		s.Right = append(s.Right, l)
	}
	return s
}

// signer lines helper: lines then blanks then name
func signer(top []string, name string) []string {
	out := append([]string{}, top...)
	out = append(out, "", "", "", "")
	return append(out, name)
}
