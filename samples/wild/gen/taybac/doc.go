package main

import "strings"

// Block kinds of a narrative document.
const (
	KPara    = iota // justified paragraph, first line indented
	KHeading        // bold heading, left aligned
	KCenter         // centered line(s)
	KTable          // bordered table
	KLead           // paragraph starting with a bold lead
	KPlain          // paragraph without indent
	KItalic         // italic paragraph
	KPageBreak
)

// Header is the document's header block.
type Header struct {
	State     bool     // state layout (Quốc hiệu) instead of the party layout
	Left      []string // left lines; the last is the issuer (bold)
	BoldFrom  int      // index of the first bold left line
	Number    string   // "Số 05-BC/CB" or "Số: 45/BC-SNN"
	PlaceDate []string // one or two lines, italic
	NoStar    bool
}

// Cell is a table cell.
type Cell struct {
	Text    string
	ColSpan int
	RowSpan int
	Bold    bool
	Italic  bool
	Align   string // "L", "C", "R"
}

// Table is a bordered table.
type Table struct {
	Widths []float64 // relative column widths
	Head   [][]Cell
	Rows   [][]Cell
	Font   float64 // font size in points, 0 = body size - 1
}

// Block is one element of the body.
type Block struct {
	Kind  int
	Lead  string
	Text  string
	Table *Table
}

// Sign is the signature block.
type Sign struct {
	Lines []string // e.g. "T/M CHI BỘ", "BÍ THƯ"
	Name  string
	Seal  string // optional note under the name, e.g. "(Đã ký)"
}

// Doc is a narrative document.
type Doc struct {
	Header     Header
	Title      []string // first line big; the rest bold
	Blocks     []Block
	Recipients []string
	Sign       Sign
	FontSize   float64
	Font       string // "liberation" or "dejavu"
}

func (d *Doc) para(s string)    { d.Blocks = append(d.Blocks, Block{Kind: KPara, Text: s}) }
func (d *Doc) plain(s string)   { d.Blocks = append(d.Blocks, Block{Kind: KPlain, Text: s}) }
func (d *Doc) heading(s string) { d.Blocks = append(d.Blocks, Block{Kind: KHeading, Text: s}) }
func (d *Doc) italic(s string)  { d.Blocks = append(d.Blocks, Block{Kind: KItalic, Text: s}) }
func (d *Doc) center(s string)  { d.Blocks = append(d.Blocks, Block{Kind: KCenter, Text: s}) }
func (d *Doc) lead(l, s string) { d.Blocks = append(d.Blocks, Block{Kind: KLead, Lead: l, Text: s}) }
func (d *Doc) table(t *Table)   { d.Blocks = append(d.Blocks, Block{Kind: KTable, Table: t}) }
func (d *Doc) paras(ss ...string) {
	for _, s := range ss {
		d.para(s)
	}
}
func (d *Doc) addBlocks(bs ...Block) { d.Blocks = append(d.Blocks, bs...) }

// Text is all the text of the document, for the self-check.
func (d *Doc) Text() string {
	var b strings.Builder
	w := func(s string) { b.WriteString(s); b.WriteString("\n") }
	for _, l := range d.Header.Left {
		w(l)
	}
	w(d.Header.Number)
	for _, l := range d.Header.PlaceDate {
		w(l)
	}
	for _, l := range d.Title {
		w(l)
	}
	for _, bl := range d.Blocks {
		w(bl.Lead + bl.Text)
		if bl.Table != nil {
			for _, r := range append(append([][]Cell{}, bl.Table.Head...), bl.Table.Rows...) {
				for _, c := range r {
					w(c.Text)
				}
			}
		}
	}
	for _, r := range d.Recipients {
		w(r)
	}
	for _, l := range d.Sign.Lines {
		w(l)
	}
	w(d.Sign.Name)
	return b.String()
}

// cells makes a row of plain cells.
func cells(ss ...string) []Cell {
	out := make([]Cell, len(ss))
	for i, s := range ss {
		out[i] = Cell{Text: s}
	}
	return out
}

// hcells makes a row of bold centered header cells.
func hcells(ss ...string) []Cell {
	out := make([]Cell, len(ss))
	for i, s := range ss {
		out[i] = Cell{Text: s, Bold: true, Align: "C"}
	}
	return out
}
