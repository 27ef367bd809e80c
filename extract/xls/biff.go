package xls

import (
	"encoding/binary"
	"errors"
	"math"
	"unicode/utf16"
)

// BIFF8 record types this reader looks at ([MS-XLS] 2.3).
const (
	recFormula     = 0x0006
	recEOF         = 0x000A
	recDateMode    = 0x0022
	recFilePass    = 0x002F
	recFont        = 0x0031
	recContinue    = 0x003C
	recBoundSheet  = 0x0085
	recMulRK       = 0x00BD
	recRString     = 0x00D6
	recXF          = 0x00E0
	recMergedCells = 0x00E5
	recSST         = 0x00FC
	recLabelSST    = 0x00FD
	recNumber      = 0x0203
	recLabel       = 0x0204
	recBoolErr     = 0x0205
	recString      = 0x0207
	recRK          = 0x027E
	recFormat      = 0x041E
	recBOF         = 0x0809
)

var errTruncated = errors.New("xls: record runs past the end of the stream")

// record is one BIFF record: its type and its data, with the data of the
// CONTINUE records that follow it kept apart, since a string that crosses
// into a CONTINUE restarts with a new flags byte.
type record struct {
	typ  uint16
	data []byte
	cont [][]byte
}

// records walks the records of a workbook stream from an offset.
type records struct {
	b   []byte
	off int
}

// next returns the next record, with its CONTINUE records when it is one
// that may have them (SST, STRING, LABEL). ok is false at the end of the
// stream; err is set when a record claims more bytes than the stream has.
func (rs *records) next() (rec record, ok bool, err error) {
	typ, data, ok, err := rs.raw()
	if !ok || err != nil {
		return record{}, ok, err
	}
	rec = record{typ: typ, data: data}
	if typ != recSST && typ != recString && typ != recLabel {
		return rec, true, nil
	}
	for {
		save := rs.off
		t, d, ok, err := rs.raw()
		if !ok || err != nil || t != recContinue {
			rs.off = save
			return rec, true, nil
		}
		rec.cont = append(rec.cont, d)
	}
}

func (rs *records) raw() (typ uint16, data []byte, ok bool, err error) {
	if rs.off < 0 || rs.off+4 > len(rs.b) {
		return 0, nil, false, nil
	}
	typ = binary.LittleEndian.Uint16(rs.b[rs.off:])
	n := int(binary.LittleEndian.Uint16(rs.b[rs.off+2:]))
	start := rs.off + 4
	if start+n > len(rs.b) {
		return 0, nil, false, errTruncated
	}
	rs.off = start + n
	return typ, rs.b[start : start+n], true, nil
}

// u16 and u32 read little-endian integers, 0 past the end of b.
func u16(b []byte, off int) int {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return int(binary.LittleEndian.Uint16(b[off:]))
}

func u32(b []byte, off int) uint32 {
	if off < 0 || off+4 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint32(b[off:])
}

func f64(b []byte, off int) float64 {
	if off < 0 || off+8 > len(b) {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b[off:]))
}

// rk decodes an RK number: a 30-bit integer or the high 30 bits of a double,
// optionally divided by 100 ([MS-XLS] 2.5.217).
func rk(v uint32) float64 {
	var x float64
	if v&2 != 0 {
		x = float64(int32(v) >> 2)
	} else {
		x = math.Float64frombits(uint64(v&0xFFFFFFFC) << 32)
	}
	if v&1 != 0 {
		x /= 100
	}
	return x
}

// cursor reads across a record's data and its CONTINUE records.
type cursor struct {
	segs [][]byte
	seg  int
	off  int
}

func newCursor(rec record) *cursor {
	return &cursor{segs: append([][]byte{rec.data}, rec.cont...)}
}

// avail is what is left in the current segment, moving to the next when the
// current one is spent.
func (c *cursor) avail() []byte {
	for c.seg < len(c.segs) && c.off >= len(c.segs[c.seg]) {
		c.seg++
		c.off = 0
	}
	if c.seg >= len(c.segs) {
		return nil
	}
	return c.segs[c.seg][c.off:]
}

// bytes reads n bytes that may cross segments; ok is false when they run out.
func (c *cursor) bytes(n int) ([]byte, bool) {
	if a := c.avail(); len(a) >= n {
		c.off += n
		return a[:n], true
	}
	out := make([]byte, 0, min(n, 1<<16))
	for len(out) < n {
		a := c.avail()
		if len(a) == 0 {
			return nil, false
		}
		k := min(len(a), n-len(out))
		out = append(out, a[:k]...)
		c.off += k
	}
	return out, true
}

func (c *cursor) skip(n int) bool {
	for n > 0 {
		a := c.avail()
		if len(a) == 0 {
			return false
		}
		k := min(len(a), n)
		c.off += k
		n -= k
	}
	return true
}

func (c *cursor) u8() (int, bool) {
	b, ok := c.bytes(1)
	if !ok {
		return 0, false
	}
	return int(b[0]), true
}

func (c *cursor) u16() (int, bool) {
	b, ok := c.bytes(2)
	if !ok {
		return 0, false
	}
	return int(binary.LittleEndian.Uint16(b)), true
}

func (c *cursor) u32() (int, bool) {
	b, ok := c.bytes(4)
	if !ok {
		return 0, false
	}
	return int(binary.LittleEndian.Uint32(b)), true
}

// fontRun says that the characters of a string from UTF-16 index ich on
// are drawn in the font at index font (a FONT record index, 4 skipped).
type fontRun struct{ ich, font int }

// str reads a BIFF8 Unicode string whose character count is already known
// and whose flags byte comes next: compressed (one byte per character, the
// low byte of UTF-16) or not, with optional rich-text runs and phonetic data
// after the characters. A string cut by a CONTINUE record resumes with a
// new flags byte saying how the rest is stored ([MS-XLS] 2.5.293-294).
func (c *cursor) str(cch int) (string, []fontRun, bool) {
	flags, ok := c.u8()
	if !ok {
		return "", nil, false
	}
	nruns, ext := 0, 0
	if flags&0x08 != 0 {
		if nruns, ok = c.u16(); !ok {
			return "", nil, false
		}
	}
	if flags&0x04 != 0 {
		if ext, ok = c.u32(); !ok {
			return "", nil, false
		}
	}
	high := flags&0x01 != 0
	units := make([]uint16, 0, min(cch, 1<<12))
	seg := c.seg
	for cch > 0 {
		a := c.avail()
		if len(a) == 0 {
			return "", nil, false
		}
		if c.seg != seg {
			// Characters continued in a CONTINUE record start with its own flags.
			seg = c.seg
			high = a[0]&0x01 != 0
			c.off++
			continue
		}
		if high {
			n := min(cch, len(a)/2)
			if n == 0 {
				return "", nil, false
			}
			for i := range n {
				units = append(units, binary.LittleEndian.Uint16(a[2*i:]))
			}
			c.off += 2 * n
			cch -= n
			continue
		}
		n := min(cch, len(a))
		for _, ch := range a[:n] {
			units = append(units, uint16(ch))
		}
		c.off += n
		cch -= n
	}
	s := string(utf16.Decode(units))
	// Formatting runs and phonetic data follow; when they are cut off, the
	// text is still whole.
	var runs []fontRun
	for range nruns {
		b, ok := c.bytes(4)
		if !ok {
			return s, runs, true
		}
		runs = append(runs, fontRun{ich: int(binary.LittleEndian.Uint16(b)), font: int(binary.LittleEndian.Uint16(b[2:]))})
	}
	c.skip(ext)
	return s, runs, true
}

// shortString reads a string with a one-byte count (sheet and font names).
func shortString(b []byte) string {
	c := &cursor{segs: [][]byte{b}}
	n, ok := c.u8()
	if !ok {
		return ""
	}
	s, _, _ := c.str(n)
	return s
}

// longString reads a string with a two-byte count (LABEL, FORMAT, STRING).
func longString(rec record, skip int) string {
	c := newCursor(rec)
	if !c.skip(skip) {
		return ""
	}
	n, ok := c.u16()
	if !ok {
		return ""
	}
	s, _, _ := c.str(n)
	return s
}
