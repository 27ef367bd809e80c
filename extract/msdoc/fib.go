package msdoc

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// fib is what the File Information Block at the start of the WordDocument
// stream says: which table stream holds the structures, how long the main
// text is, and where in the table stream each structure lies.
type fib struct {
	nFib       uint16
	encrypted  bool // fEncrypted or fObfuscated: the text is not readable as it is
	whichTable bool // fWhichTblStm: the structures are in 1Table, not 0Table
	old        bool // Word 6.0/95 or older, whose FIB is laid out otherwise
	ccpText    uint32
	fcLcb      [][2]uint32 // FibRgFcLcb: offset and size of each structure
}

// Indices into FibRgFcLcb97 of the structures read.
const (
	fcStshf       = 1
	fcPlcfBteChpx = 12
	fcPlcfBtePapx = 13
	fcSttbfFfn    = 15
	fcClx         = 33
)

// wIdent is the magic number a Word binary document starts with.
const wIdent = 0xA5EC

func parseFIB(b []byte) (fib, error) {
	var f fib
	if len(b) < 34 {
		return f, errors.New("msdoc: FIB truncated")
	}
	if id := binary.LittleEndian.Uint16(b); id != wIdent {
		return f, fmt.Errorf("msdoc: wIdent %#x", id)
	}
	f.nFib = binary.LittleEndian.Uint16(b[2:])
	flags := binary.LittleEndian.Uint16(b[10:])
	f.encrypted = flags&0x0100 != 0 || flags&0x8000 != 0
	f.whichTable = flags&0x0200 != 0
	// Word 97 writes nFib 0xC1 (its betas a little less); Word 95 wrote 0x68.
	if f.nFib < 0x69 {
		f.old = true
		return f, nil
	}
	// FibBase, then three arrays each led by its count: FibRgW, FibRgLw,
	// FibRgFcLcb.
	pos := 32
	csw := int(binary.LittleEndian.Uint16(b[pos:]))
	pos += 2 + 2*csw
	if pos+2 > len(b) {
		return f, errors.New("msdoc: FIB truncated in FibRgW")
	}
	cslw := int(binary.LittleEndian.Uint16(b[pos:]))
	pos += 2
	if cslw < 4 || pos+4*cslw+2 > len(b) {
		return f, errors.New("msdoc: FIB truncated in FibRgLw")
	}
	f.ccpText = binary.LittleEndian.Uint32(b[pos+12:])
	pos += 4 * cslw
	n := int(binary.LittleEndian.Uint16(b[pos:]))
	pos += 2
	n = min(n, (len(b)-pos)/8)
	for i := range n {
		f.fcLcb = append(f.fcLcb, [2]uint32{binary.LittleEndian.Uint32(b[pos+8*i:]), binary.LittleEndian.Uint32(b[pos+8*i+4:])})
	}
	if len(f.fcLcb) <= fcClx {
		return f, errors.New("msdoc: FIB has no piece table")
	}
	return f, nil
}

// structure returns the bytes of table-stream structure i, or nil when the
// FIB places it outside the stream or gives it no size.
func (f *file) structure(i int) []byte {
	if i >= len(f.fib.fcLcb) {
		return nil
	}
	fc, lcb := uint64(f.fib.fcLcb[i][0]), uint64(f.fib.fcLcb[i][1])
	if lcb == 0 || fc+lcb > uint64(len(f.table)) {
		return nil
	}
	return f.table[fc : fc+lcb]
}
