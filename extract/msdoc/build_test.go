package msdoc

import (
	"encoding/binary"
	"unicode/utf16"

	"baocao/internal/oletest"
)

// This file writes small Word 97-2003 documents, so that tests and the fuzz
// target can build exactly the structures they need: a FIB, the text in
// compressed or UTF-16 pieces, one page of character properties (fonts),
// one of paragraph properties (tables), a font table and a style sheet.

// testRun is a stretch of text stored as one piece, with one font and one
// set of paragraph properties for the marks in it.
type testRun struct {
	text  string
	font  int  // index into testDoc.fonts, or -1 to set none
	wide  bool // stored as UTF-16 rather than compressed cp1252
	table bool // its paragraphs are in a table
	ttp   bool // its mark ends a table row
}

type testDoc struct {
	fonts     []string
	styleFont int // the Normal style's font, or -1 for none
	runs      []testRun
	encrypted bool
	nFib      int // 0: Word 97's 0xC1
}

func le16(v int) []byte { return binary.LittleEndian.AppendUint16(nil, uint16(v)) }
func le32(v int) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// encode1252 is text as a compressed piece stores it.
func encode1252(s string) []byte {
	var b []byte
	for _, r := range s {
		c := byte('?')
		switch {
		case r < 0x80 || r >= 0xA0 && r <= 0xFF:
			c = byte(r)
		default:
			for i, u := range cp1252High {
				if u != 0 && rune(u) == r {
					c = byte(0x80 + i)
				}
			}
		}
		b = append(b, c)
	}
	return b
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// fkp lays out one formatted-disk page: the run boundaries, an entry per
// run locating its properties, and the properties at the end of the page.
func fkp(fcs []int, props [][]byte, entry int) []byte {
	page := make([]byte, fkpSize)
	crun := len(props)
	for i, fc := range fcs {
		binary.LittleEndian.PutUint32(page[4*i:], uint32(fc))
	}
	end := fkpSize - 1
	for i, p := range props {
		if p == nil {
			continue
		}
		end = (end - len(p)) &^ 1
		copy(page[end:], p)
		page[4*(crun+1)+entry*i] = byte(end / 2)
	}
	page[fkpSize-1] = byte(crun)
	return page
}

// sprm is a sprm with its operand.
func sprm(op int, arg ...byte) []byte { return append(le16(op), arg...) }

// bytes returns the document in its OLE2 container.
func (d testDoc) bytes() []byte {
	word, table := d.streams()
	return ole(map[string][]byte{"WordDocument": word, "1Table": table}, "WordDocument", "1Table")
}

// streams returns the WordDocument and 1Table streams.
func (d testDoc) streams() (word, table []byte) {
	const textAt = 1024
	word = make([]byte, textAt)
	var cps, fcs, pcds []int
	var chpx, papx [][]byte
	cp := 0
	for _, r := range d.runs {
		fc := len(word)
		var n int
		if r.wide {
			b := utf16le(r.text)
			word, n = append(word, b...), len(b)/2
			pcds = append(pcds, fc)
		} else {
			b := encode1252(r.text)
			word, n = append(word, b...), len(b)
			pcds = append(pcds, fc*2|0x40000000)
		}
		cps, fcs = append(cps, cp), append(fcs, fc)
		cp += n
		var c []byte
		if r.font >= 0 {
			g := cat(sprm(sprmCRgFtc0, le16(r.font)...), sprm(sprmCRgFtc2, le16(r.font)...))
			c = append([]byte{byte(len(g))}, g...)
		}
		chpx = append(chpx, c)
		g := le16(0) // istd: Normal
		if r.table {
			g = append(g, sprm(sprmPFInTable, 1)...)
		}
		if r.ttp {
			g = append(g, sprm(sprmPFTtp, 1)...)
		}
		if len(g)%2 == 1 {
			papx = append(papx, append([]byte{byte((len(g) + 1) / 2)}, g...))
		} else {
			papx = append(papx, append([]byte{0, byte(len(g) / 2)}, g...))
		}
	}
	cps, fcs = append(cps, cp), append(fcs, len(word))
	for len(word)%fkpSize != 0 {
		word = append(word, 0)
	}
	pnChpx := len(word) / fkpSize
	word = append(word, fkp(fcs, chpx, 1)...)
	word = append(word, fkp(fcs, papx, 13)...)

	// The table stream: CLX, bin tables, font table, style sheet.
	var fcLcb [][2]int
	put := func(i int, b []byte) {
		for len(fcLcb) <= i {
			fcLcb = append(fcLcb, [2]int{})
		}
		fcLcb[i] = [2]int{len(table), len(b)}
		table = append(table, b...)
	}
	var plc []byte
	for _, c := range cps {
		plc = append(plc, le32(c)...)
	}
	for _, fc := range pcds {
		plc = append(plc, cat(le16(0), le32(fc), le16(0))...)
	}
	put(fcClx, cat([]byte{2}, le32(len(plc)), plc))
	put(fcPlcfBteChpx, cat(le32(fcs[0]), le32(fcs[len(fcs)-1]), le32(pnChpx)))
	put(fcPlcfBtePapx, cat(le32(fcs[0]), le32(fcs[len(fcs)-1]), le32(pnChpx+1)))
	sttb := cat(le16(len(d.fonts)), le16(0))
	for _, name := range d.fonts {
		ffn := cat(make([]byte, 39), utf16le(name), le16(0))
		sttb = append(sttb, byte(len(ffn)))
		sttb = append(sttb, ffn...)
	}
	put(fcSttbfFfn, sttb)
	if d.styleFont >= 0 {
		put(fcStshf, d.styleSheet())
	}
	for len(fcLcb) < 93 {
		fcLcb = append(fcLcb, [2]int{})
	}

	// The FIB: FibBase, FibRgW (14 words), FibRgLw (22 longs), FibRgFcLcb.
	nFib := d.nFib
	if nFib == 0 {
		nFib = 0xC1
	}
	flags := 0x0200 // fWhichTblStm: 1Table
	if d.encrypted {
		flags |= 0x0100
	}
	fib := cat(le16(wIdent), le16(nFib), le16(0), le16(0), le16(0), le16(flags), make([]byte, 22-12+10))
	fib = cat(fib, le16(14), make([]byte, 28), le16(22))
	lw := make([]byte, 88)
	binary.LittleEndian.PutUint32(lw[12:], uint32(cp))
	fib = cat(fib, lw, le16(len(fcLcb)))
	for _, p := range fcLcb {
		fib = cat(fib, le32(p[0]), le32(p[1]))
	}
	copy(word, fib)
	return word, table
}

// styleSheet is a style sheet of one style, Normal, set in testDoc.styleFont.
func (d testDoc) styleSheet() []byte {
	stshi := cat(le16(1), le16(10), le16(0), le16(0), le16(0), le16(0), le16(d.styleFont), le16(0), le16(d.styleFont))
	chp := cat(sprm(sprmCRgFtc0, le16(d.styleFont)...), sprm(sprmCRgFtc2, le16(d.styleFont)...))
	std := cat(le16(0), le16(1|0xFFF<<4), le16(2), le16(0), le16(0), // StdfBase: paragraph style, no base, two UPXs
		le16(6), utf16le("Normal"), le16(0),
		le16(2), le16(0), // UpxPapx: istd only
		le16(len(chp)), chp)
	return cat(le16(len(stshi)), stshi, le16(len(std)), std)
}

// ole wraps streams in an OLE2 compound file.
var ole = oletest.Build
