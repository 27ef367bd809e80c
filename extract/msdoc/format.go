package msdoc

import (
	"context"
	"encoding/binary"
	"sort"
	"unicode/utf16"
)

// Character and paragraph properties are lists of sprms (single property
// modifiers) kept in formatted-disk pages (FKPs) of the WordDocument stream,
// each page covering ranges of the stream by file offset (FC). Only the
// properties that text, tables and fonts need are read.

// Sprms read. The top three bits of a sprm give its operand's size.
const (
	sprmCFRMarkDel        = 0x0800 // the run is deleted text kept for revision marks
	sprmCIstd             = 0x4A30 // the run's character style
	sprmCFtcDefault       = 0x4A3D // the run's font, as Word 6 compatible files set it
	sprmCRgFtc0           = 0x4A4F // the run's font for ASCII characters
	sprmCRgFtc2           = 0x4A51 // the run's font for other characters
	sprmPFInTable         = 0x2416 // the paragraph is in a table cell
	sprmPFTtp             = 0x2417 // the paragraph is the mark that ends a table row
	sprmPFInnerTableCell  = 0x244B // the paragraph mark ends a cell of a nested table
	sprmPFInnerTtp        = 0x244C // the paragraph ends a row of a nested table
	sprmPHugePapx         = 0x6646 // the paragraph's properties are in the Data stream
	sprmPItap             = 0x6649 // the paragraph's table depth
	sprmPDtap             = 0x664A // a change to the table depth
	sprmTDefTable         = 0xD608 // table row definition, whose size takes two bytes
	sprmPChgTabs          = 0xC615 // tab stop changes, whose size may be worked out
	fkpSize               = 512
	noIstd                = -1
	noFont                = -1
	defaultCharacterStyle = 10 // "Default Paragraph Font": no font of its own
)

// eachSprm calls fn for each sprm in grpprl with its operand, and stops at
// one whose operand runs past the end.
func eachSprm(g []byte, fn func(op uint16, arg []byte)) {
	for len(g) >= 2 {
		op := binary.LittleEndian.Uint16(g)
		g = g[2:]
		n := operandSize(op, g)
		if n < 0 || n > len(g) {
			return
		}
		fn(op, g[:n])
		g = g[n:]
	}
}

// operandSize is the size of a sprm's operand, or -1 when it cannot be told.
func operandSize(op uint16, g []byte) int {
	switch op >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	// Variable: a size byte first, but for two sprms.
	switch {
	case len(g) < 1:
		return -1
	case op == sprmTDefTable:
		if len(g) < 2 {
			return -1
		}
		return 1 + int(binary.LittleEndian.Uint16(g))
	case op == sprmPChgTabs && g[0] == 255:
		// Deleted tab stops (two bytes of position, two of tolerance each),
		// then added ones (two bytes and a descriptor each).
		if len(g) < 2 {
			return -1
		}
		del := int(g[1])
		if len(g) < 3+4*del {
			return -1
		}
		return 3 + 4*del + 3*int(g[2+4*del])
	}
	return 1 + int(g[0])
}

// chp is what a run's character properties say.
type chp struct {
	// ftc are the run's fonts for ASCII characters and for the others, as
	// indices into the font table, or noFont. A legacy font is usually both.
	ftc     [2]int
	istd    int // character style, or noIstd
	deleted bool
}

// pap is what a paragraph's properties say.
type pap struct {
	known     bool // the paragraph's properties were found
	istd      int  // paragraph style
	inTable   bool
	ttp       bool // the mark ends a table row
	innerCell bool // the mark ends a nested table's cell
	innerTtp  bool // the paragraph ends a nested table's row
	itap      int  // table depth: 1 in a table, 2 in a table in a table…
}

// fcRange is a stretch of the WordDocument stream and the index of its
// properties.
type fcRange struct {
	fc0, fc1 uint32
	i        int
}

// props maps file offsets to properties.
type props[T any] struct {
	ranges []fcRange // sorted by fc0
	values []T
}

// at returns the properties that cover fc.
func (p *props[T]) at(fc uint32) (T, bool) {
	i := sortSearch(p.ranges, fc)
	if i < len(p.ranges) && p.ranges[i].fc0 <= fc {
		return p.values[p.ranges[i].i], true
	}
	var zero T
	return zero, false
}

// fkps returns the pages a bin table (PlcBteChpx or PlcBtePapx) points to.
func (f *file) fkps(i int) [][]byte {
	plc := f.structure(i)
	if len(plc) < 4 {
		return nil
	}
	n := min((len(plc)-4)/8, maxFKPs)
	var pages [][]byte
	for j := range n {
		pn := uint64(binary.LittleEndian.Uint32(plc[4*(n+1)+4*j:]) & 0x3FFFFF)
		if off := pn * fkpSize; off+fkpSize <= uint64(len(f.word)) {
			pages = append(pages, f.word[off:off+fkpSize])
		}
	}
	return pages
}

// fkpRuns calls fn for each run of an FKP, with its FC range and the byte
// that locates its properties, when the page is sound.
func fkpRuns(page []byte, entry int, fn func(fc0, fc1 uint32, b []byte)) {
	crun := int(page[fkpSize-1])
	if crun == 0 || 4*(crun+1)+entry*crun > fkpSize-1 {
		return
	}
	for i := range crun {
		fc0 := binary.LittleEndian.Uint32(page[4*i:])
		fc1 := binary.LittleEndian.Uint32(page[4*i+4:])
		at := 4*(crun+1) + entry*i
		fn(fc0, fc1, page[at:at+entry])
	}
}

// characterProps reads the CHPX FKPs.
func (f *file) characterProps(ctx context.Context) (*props[chp], error) {
	p := &props[chp]{}
	for _, page := range f.fkps(fcPlcfBteChpx) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fkpRuns(page, 1, func(fc0, fc1 uint32, b []byte) {
			c := chp{ftc: [2]int{noFont, noFont}, istd: noIstd}
			if off := 2 * int(b[0]); off > 0 && off < fkpSize-1 {
				cb := int(page[off])
				g := page[off+1 : min(off+1+cb, fkpSize-1)]
				c = readChp(g, c)
			}
			p.add(fc0, fc1, c)
		})
	}
	p.sort()
	return p, nil
}

// readChp applies a CHPX's sprms to c.
func readChp(g []byte, c chp) chp {
	ftcDefault := noFont
	eachSprm(g, func(op uint16, arg []byte) {
		switch op {
		case sprmCRgFtc0:
			c.ftc[0] = int(binary.LittleEndian.Uint16(arg))
		case sprmCRgFtc2:
			c.ftc[1] = int(binary.LittleEndian.Uint16(arg))
		case sprmCFtcDefault:
			ftcDefault = int(binary.LittleEndian.Uint16(arg))
		case sprmCIstd:
			c.istd = int(binary.LittleEndian.Uint16(arg))
		case sprmCFRMarkDel:
			c.deleted = arg[0] == 1
		}
	})
	for i := range c.ftc {
		if c.ftc[i] == noFont {
			c.ftc[i] = ftcDefault
		}
	}
	return c
}

// paragraphProps reads the PAPX FKPs.
func (f *file) paragraphProps(ctx context.Context) (*props[pap], error) {
	p := &props[pap]{}
	for _, page := range f.fkps(fcPlcfBtePapx) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fkpRuns(page, 13, func(fc0, fc1 uint32, b []byte) {
			off := 2 * int(b[0])
			if off == 0 || off >= fkpSize-2 {
				p.add(fc0, fc1, pap{known: true})
				return
			}
			// A PapxInFkp: a count of words, or a zero and a count of words.
			n, start := 2*int(page[off])-1, off+1
			if page[off] == 0 {
				n, start = 2*int(page[off+1]), off+2
			}
			g := page[start:min(start+max(n, 0), fkpSize-1)]
			p.add(fc0, fc1, f.readPap(g))
		})
	}
	p.sort()
	return p, nil
}

// readPap reads a paragraph's style and table sprms from GrpPrlAndIstd.
func (f *file) readPap(g []byte) pap {
	a := pap{known: true}
	if len(g) < 2 {
		return a
	}
	a.istd = int(binary.LittleEndian.Uint16(g))
	var apply func(op uint16, arg []byte)
	apply = func(op uint16, arg []byte) {
		switch op {
		case sprmPFInTable:
			a.inTable = arg[0] != 0
		case sprmPFTtp:
			a.ttp = arg[0] != 0
		case sprmPFInnerTableCell:
			a.innerCell = arg[0] != 0
		case sprmPFInnerTtp:
			a.innerTtp = arg[0] != 0
		case sprmPItap:
			a.itap = int(int32(binary.LittleEndian.Uint32(arg)))
		case sprmPDtap:
			a.itap += int(int32(binary.LittleEndian.Uint32(arg)))
		case sprmPHugePapx:
			// Only once: the Data stream's grpprl cannot send us back there.
			g := f.hugePapx(binary.LittleEndian.Uint32(arg))
			eachSprm(g, func(op uint16, arg []byte) {
				if op != sprmPHugePapx {
					apply(op, arg)
				}
			})
		}
	}
	eachSprm(g[2:], apply)
	a.itap = min(max(a.itap, 0), maxNested)
	if a.inTable && a.itap == 0 {
		a.itap = 1
	}
	return a
}

// hugePapx reads a paragraph's sprms from the Data stream, where Word keeps
// them when they do not fit in a page (a table row of many cells).
func (f *file) hugePapx(fc uint32) []byte {
	if f.data == nil || int64(fc)+2 > f.data.Size || f.huge > maxHuge {
		return nil
	}
	var n [2]byte
	if _, err := f.data.ReadAt(n[:], int64(fc)); err != nil {
		return nil
	}
	cb := int64(binary.LittleEndian.Uint16(n[:]))
	f.huge += 2 + int(cb)
	if int64(fc)+2+cb > f.data.Size {
		return nil
	}
	g := make([]byte, cb)
	if _, err := f.data.ReadAt(g, int64(fc)+2); err != nil {
		return nil
	}
	return g
}

// sortSearch finds the first range that ends after fc.
func sortSearch(ranges []fcRange, fc uint32) int {
	return sort.Search(len(ranges), func(i int) bool { return ranges[i].fc1 > fc })
}

func (p *props[T]) add(fc0, fc1 uint32, v T) {
	if fc1 <= fc0 {
		return
	}
	p.ranges = append(p.ranges, fcRange{fc0, fc1, len(p.values)})
	p.values = append(p.values, v)
}

func (p *props[T]) sort() {
	sort.SliceStable(p.ranges, func(i, j int) bool { return p.ranges[i].fc0 < p.ranges[j].fc0 })
}

// styles is what the style sheet says of fonts: each style's own fonts and
// the style it is based on, and the document's default fonts.
type styles struct {
	base   []int
	ftc    [][2]int
	ftcStd [2]int
}

// readStyles reads the style sheet (STSH), as far as fonts go.
func (f *file) readStyles() styles {
	s := styles{ftcStd: [2]int{noFont, noFont}}
	b := f.structure(fcStshf)
	if len(b) < 2 {
		return s
	}
	cbStshi := int(binary.LittleEndian.Uint16(b))
	if 2+cbStshi > len(b) || cbStshi < 4 {
		return s
	}
	stshi := b[2 : 2+cbStshi]
	cstd := min(int(binary.LittleEndian.Uint16(stshi)), maxStyles)
	cbBase := int(binary.LittleEndian.Uint16(stshi[2:]))
	if len(stshi) >= 18 { // rgftcStandardChp: ASCII, East Asian, other
		s.ftcStd = [2]int{int(binary.LittleEndian.Uint16(stshi[12:])), int(binary.LittleEndian.Uint16(stshi[16:]))}
	}
	pos := 2 + cbStshi
	for range cstd {
		if pos+2 > len(b) {
			break
		}
		cb := int(binary.LittleEndian.Uint16(b[pos:]))
		std := b[pos+2 : min(pos+2+cb, len(b))]
		pos += 2 + cb
		base, ftc := styleFont(std, cbBase)
		s.base = append(s.base, base)
		s.ftc = append(s.ftc, ftc)
	}
	return s
}

// styleFont reads one style (STD): the style it is based on and the font its
// character properties set.
func styleFont(std []byte, cbBase int) (base int, ftc [2]int) {
	base, ftc = noIstd, [2]int{noFont, noFont}
	if len(std) < 10 || cbBase < 10 {
		return
	}
	stk := int(std[2] & 0x0F)
	if b := int(binary.LittleEndian.Uint16(std[2:]) >> 4); b != 0x0FFF {
		base = b
	}
	p := cbBase
	if p+2 > len(std) {
		return
	}
	p += 2 + 2*int(binary.LittleEndian.Uint16(std[p:])) + 2 // the name, null-terminated
	// A paragraph style's paragraph properties come before its character
	// properties; a character style has only the latter.
	upx := func() []byte {
		if p+2 > len(std) {
			return nil
		}
		cb := int(binary.LittleEndian.Uint16(std[p:]))
		g := std[min(p+2, len(std)):min(p+2+cb, len(std))]
		p += 2 + cb + cb%2
		return g
	}
	switch stk {
	case 1:
		upx()
	case 2:
	default:
		return
	}
	ftc = readChp(upx(), chp{ftc: ftc}).ftc
	return
}

// chain returns the fonts a style sets, or that its bases set, each on its
// own: a style may set one and inherit the other.
func (s styles) chain(istd int) [2]int {
	ftc := [2]int{noFont, noFont}
	for range 16 { // a loop of bases ends here
		if istd < 0 || istd >= len(s.ftc) {
			break
		}
		for i, v := range s.ftc[istd] {
			if ftc[i] == noFont {
				ftc[i] = v
			}
		}
		istd = s.base[istd]
	}
	return ftc
}

// readFonts reads the names in the font table (SttbfFfn).
func (f *file) readFonts() []string {
	b := f.structure(fcSttbfFfn)
	if len(b) < 4 {
		return nil
	}
	n := int(binary.LittleEndian.Uint16(b))
	extra := int(binary.LittleEndian.Uint16(b[2:]))
	pos := 4
	var names []string
	for range n {
		if pos >= len(b) {
			break
		}
		cb := int(b[pos])
		ffn := b[pos+1 : min(pos+1+cb, len(b))]
		pos += 1 + cb + extra
		names = append(names, ffnName(ffn))
	}
	return names
}

// ffnName is the font's name in an FFN: a null-terminated UTF-16 string
// after 39 bytes of metrics.
func ffnName(ffn []byte) string {
	const at = 39
	var u []uint16
	for i := at; i+1 < len(ffn); i += 2 {
		c := binary.LittleEndian.Uint16(ffn[i:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}
