package msdoc

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
)

// The main text is a run of characters numbered by character position (CP).
// The piece table (PlcPcd, in the CLX) says where each stretch of them lies
// in the WordDocument stream, and whether it is stored as 8-bit cp1252
// ("compressed") or as UTF-16LE. Special characters mark paragraphs, table
// cells and fields.

// Special characters of the main text.
const (
	chCell       = 0x07 // ends a table cell, or a table row
	chTab        = 0x09
	chLineBreak  = 0x0B
	chPageBreak  = 0x0C // a page or section break
	chPara       = 0x0D
	chColumn     = 0x0E // a column break
	chFieldBegin = 0x13
	chFieldSep   = 0x14 // between a field's code and its result
	chFieldEnd   = 0x15
	chNBHyphen   = 0x1E
	chOptHyphen  = 0x1F
)

// piece is a stretch of the main text stored in one way.
type piece struct {
	cp0, cp1   uint32
	fc         uint64 // byte offset of its first character in the stream
	compressed bool
}

// pieces reads the piece table from the CLX.
func (f *file) pieces() ([]piece, error) {
	clx := f.structure(fcClx)
	// Property lists (Prc) come first, then the piece table (Pcdt).
	for len(clx) > 0 && clx[0] == 1 {
		if len(clx) < 3 {
			return nil, errors.New("msdoc: CLX truncated")
		}
		clx = clx[min(3+int(binary.LittleEndian.Uint16(clx[1:])), len(clx)):]
	}
	if len(clx) < 5 || clx[0] != 2 {
		return nil, errors.New("msdoc: no piece table")
	}
	lcb := uint64(binary.LittleEndian.Uint32(clx[1:]))
	plc := clx[5:]
	if lcb < 4 || lcb > uint64(len(plc)) {
		return nil, fmt.Errorf("msdoc: piece table of %d bytes", lcb)
	}
	n := int(lcb-4) / 12
	if n > maxPieces {
		return nil, fmt.Errorf("msdoc: %d pieces", n)
	}
	ps := make([]piece, 0, n)
	for i := range n {
		cp0 := binary.LittleEndian.Uint32(plc[4*i:])
		cp1 := binary.LittleEndian.Uint32(plc[4*i+4:])
		pcd := plc[4*(n+1)+8*i:]
		fc := binary.LittleEndian.Uint32(pcd[2:])
		p := piece{cp0: cp0, cp1: cp1, fc: uint64(fc &^ 0xC0000000)}
		if fc&0x40000000 != 0 {
			// A compressed piece's FC counts in bytes doubled.
			p.compressed, p.fc = true, p.fc/2
		}
		if cp1 <= cp0 || len(ps) > 0 && cp0 < ps[len(ps)-1].cp1 {
			return nil, fmt.Errorf("msdoc: piece %d out of order", i)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// char returns the character at cp of a piece and its offset in the stream.
func (f *file) char(p piece, cp uint32) (c uint16, fc uint32, ok bool) {
	i := uint64(cp - p.cp0)
	if p.compressed {
		at := p.fc + i
		if at >= uint64(len(f.word)) {
			return 0, 0, false
		}
		return cp1252(f.word[at]), uint32(at), true
	}
	at := p.fc + 2*i
	if at+2 > uint64(len(f.word)) {
		return 0, 0, false
	}
	return binary.LittleEndian.Uint16(f.word[at:]), uint32(at), true
}

// cp1252 is a compressed character: Latin-1, but for the bytes 0x80–0x9F
// Windows-1252 gives letters and punctuation (those it leaves undefined
// stay as they are).
func cp1252(b byte) uint16 {
	if b >= 0x80 && b <= 0x9F {
		if r := cp1252High[b-0x80]; r != 0 {
			return r
		}
	}
	return uint16(b)
}

var cp1252High = [32]uint16{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// run is text in one font: its own fonts and character style while the
// paragraph is read, its font's name once the paragraph's style is known.
type run struct {
	ftc   [2]int
	istd  int
	font  string
	units []uint16 // UTF-16
}

// para is a paragraph as stored: its text in runs, split into lines at line
// and page breaks, the mark that ends it and its properties.
type para struct {
	lines [][]run
	mark  uint16 // chPara or chCell
	pap   pap
}

// paragraphs reads the main text into paragraphs.
func (f *file) paragraphs(ctx context.Context) ([]para, error) {
	ps, err := f.pieces()
	if err != nil {
		return nil, err
	}
	chps, err := f.characterProps(ctx)
	if err != nil {
		return nil, err
	}
	paps, err := f.paragraphProps(ctx)
	if err != nil {
		return nil, err
	}
	w := &walker{chps: chps, paps: paps, styles: f.readStyles(), fonts: f.readFonts()}
	end := min(f.fib.ccpText, maxChars)
	n := 0
	for _, p := range ps {
		for cp := p.cp0; cp < min(p.cp1, end); cp++ {
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			c, fc, ok := f.char(p, cp)
			if !ok {
				return nil, fmt.Errorf("msdoc: character %d beyond the stream", cp)
			}
			w.char(c, fc)
		}
	}
	w.endPara(chPara, pap{}) // text after the last mark, as a damaged file may have
	return w.paras, nil
}

// walker turns characters into paragraphs.
type walker struct {
	chps   *props[chp]
	paps   *props[pap]
	styles styles
	fonts  []string

	paras []para
	cur   para
	// fields holds, for each field being read, whether its result has begun;
	// code counts the fields still in their code, whose text is not shown.
	fields []bool
	lost   int // fields nested deeper than maxNested
	code   int
	// The character properties last looked up, for the run of characters
	// they cover.
	chp      chp
	chpRange [2]uint32
	chpKnown bool
}

func (w *walker) char(c uint16, fc uint32) {
	switch c {
	case chFieldBegin:
		w.beginField()
		return
	case chFieldSep:
		if n := len(w.fields); n > 0 && w.lost == 0 && !w.fields[n-1] {
			w.fields[n-1] = true
			w.code--
		}
		return
	case chFieldEnd:
		w.endField()
		return
	case chPara, chCell:
		a, _ := w.paps.at(fc)
		w.endPara(c, a)
		return
	case chLineBreak, chPageBreak, chColumn:
		w.cur.lines = append(w.cur.lines, nil)
		return
	}
	if w.code > 0 {
		return
	}
	ch := w.chpAt(fc)
	switch {
	case ch.deleted:
		return
	case c == chTab:
		c = ' '
	case c == chNBHyphen:
		c = '-'
	case c == chOptHyphen, c < 0x20:
		// An optional hyphen shows only at a line's end; lower codes anchor
		// pictures, notes and drawings.
		return
	}
	if len(w.cur.lines) == 0 {
		w.cur.lines = append(w.cur.lines, nil)
	}
	line := &w.cur.lines[len(w.cur.lines)-1]
	if n := len(*line); n == 0 || (*line)[n-1].ftc != ch.ftc || (*line)[n-1].istd != ch.istd {
		*line = append(*line, run{ftc: ch.ftc, istd: ch.istd})
	}
	r := &(*line)[len(*line)-1]
	r.units = append(r.units, c)
}

func (w *walker) beginField() {
	if len(w.fields) >= maxNested {
		w.lost++
		return
	}
	w.fields = append(w.fields, false)
	w.code++
}

func (w *walker) endField() {
	switch n := len(w.fields); {
	case w.lost > 0:
		w.lost--
	case n > 0:
		if !w.fields[n-1] {
			w.code--
		}
		w.fields = w.fields[:n-1]
	}
}

// chpAt returns the character properties at fc.
func (w *walker) chpAt(fc uint32) chp {
	if !w.chpKnown || fc < w.chpRange[0] || fc >= w.chpRange[1] {
		w.chp = chp{ftc: [2]int{noFont, noFont}, istd: noIstd}
		w.chpRange = [2]uint32{fc, fc + 1}
		i := sortSearch(w.chps.ranges, fc)
		if i < len(w.chps.ranges) && w.chps.ranges[i].fc0 <= fc {
			r := w.chps.ranges[i]
			w.chp, w.chpRange = w.chps.values[r.i], [2]uint32{r.fc0, r.fc1}
		}
		w.chpKnown = true
	}
	return w.chp
}

// endPara ends the paragraph being read, now that its style is known and
// with it the font of each run that names none.
func (w *walker) endPara(mark uint16, a pap) {
	p := w.cur
	w.cur = para{}
	p.mark, p.pap = mark, a
	if mark == chPara && len(p.lines) == 0 && !a.known {
		return // nothing after the last mark
	}
	if len(p.lines) == 0 {
		// An empty paragraph still takes its place in a cell, as in .docx:
		// the cell's next line stays level with its neighbours'.
		p.lines = [][]run{nil}
	}
	for _, line := range p.lines {
		for i := range line {
			line[i].font = w.fontOf(line[i], a.istd)
		}
	}
	w.paras = append(w.paras, p)
}

// fontOf names a run's font: its own, else its character style's, else its
// paragraph style's, else the document's default. Of the two fonts a run
// has (for ASCII and for other characters), a legacy Vietnamese one wins,
// since it is what the text's letters are drawn with.
func (w *walker) fontOf(r run, paraStyle int) string {
	ftc := r.ftc
	fill := func(from [2]int) {
		for i := range ftc {
			if ftc[i] == noFont {
				ftc[i] = from[i]
			}
		}
	}
	if r.istd != noIstd && r.istd != defaultCharacterStyle {
		fill(w.styles.chain(r.istd))
	}
	fill(w.styles.chain(paraStyle))
	fill(w.styles.ftcStd)
	var names [2]string
	for i, f := range ftc {
		if f >= 0 && f < len(w.fonts) {
			names[i] = w.fonts[f]
		}
	}
	if isLegacy(names[1]) || names[0] == "" {
		return names[1]
	}
	return names[0]
}
