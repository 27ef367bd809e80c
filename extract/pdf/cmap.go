package pdf

import (
	"sort"
	"unicode/utf16"
)

// Limits on what one CMap may define, so that a hostile range cannot make us
// allocate or loop without bound.
const (
	maxCMapBytes   = 4 << 20 // bytes of a CMap stream we parse
	maxRangeCodes  = 1 << 16 // codes one bfrange/cidrange expands to
	maxCMapEntries = 1 << 18 // codes one CMap maps in all
)

// codeRange is one codespace range: codes of n bytes between lo and hi,
// compared byte by byte.
type codeRange struct {
	n      int
	lo, hi [4]byte
}

// cmap maps character codes to Unicode text (a ToUnicode CMap) or to CIDs (an
// embedded encoding CMap). Codes are big-endian integers of 1–4 bytes.
type cmap struct {
	space  []codeRange
	uni    map[uint32]string // bfchar
	ranges []bfRange         // bfrange, sorted by lo once parsed
	cid    map[uint32]uint32
}

// bfRange is one bfrange, kept unexpanded: fonts made by fpdf map thousands
// of codes this way.
type bfRange struct {
	lo, hi uint32
	dst    operand // a string incremented per code, or an array of strings
}

// maxRanges bounds the bfranges kept from one CMap.
const maxRanges = 1 << 16

// lookup returns the text of a code and whether the CMap maps it.
func (m *cmap) lookup(code uint32) (string, bool) {
	if t, ok := m.uni[code]; ok {
		return t, true
	}
	i := sort.Search(len(m.ranges), func(i int) bool { return m.ranges[i].lo > code }) - 1
	for ; i >= 0; i-- {
		r := m.ranges[i]
		if code < r.lo || code > r.hi {
			if i > 0 && m.ranges[i-1].hi >= code {
				continue // overlapping ranges: look further back
			}
			return "", false
		}
		off := code - r.lo
		if r.dst.kind == opArray {
			if int(off) < len(r.dst.arr) {
				return destText(r.dst.arr[off]), true
			}
			return "", false
		}
		return incremented(r.dst.str, off), true
	}
	return "", false
}

// parseCMap reads the parts of a CMap program that matter for text: codespace
// ranges, bfchar/bfrange and cidchar/cidrange. It tolerates garbage: whatever
// it cannot understand it skips.
func parseCMap(data []byte) *cmap {
	if len(data) > maxCMapBytes {
		data = data[:maxCMapBytes]
	}
	m := &cmap{uni: map[uint32]string{}, cid: map[uint32]uint32{}}
	lx := &lexer{b: data}
	var stack []operand
	mode := ""
	entries := 0
	for {
		t := lx.next()
		if t.kind == tokEOF {
			break
		}
		if t.kind != tokOp {
			if len(stack) < 1<<16 {
				stack = append(stack, lx.operand(t))
			}
			continue
		}
		switch t.s {
		case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidchar", "begincidrange":
			mode = t.s[5:]
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				lo, hi := stack[i].str, stack[i+1].str
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := codeRange{n: len(lo)}
				copy(r.lo[:], lo)
				copy(r.hi[:], hi)
				m.space = append(m.space, r)
			}
			mode = ""
		case "endbfchar":
			for i := 0; i+1 < len(stack) && entries < maxCMapEntries; i += 2 {
				src, ok := codeOf(stack[i].str)
				if !ok {
					continue
				}
				m.uni[src] = destText(stack[i+1])
				entries++
			}
			mode = ""
		case "endbfrange":
			for i := 0; i+2 < len(stack) && len(m.ranges) < maxRanges; i += 3 {
				lo, ok1 := codeOf(stack[i].str)
				hi, ok2 := codeOf(stack[i+1].str)
				if !ok1 || !ok2 || hi < lo {
					continue
				}
				m.ranges = append(m.ranges, bfRange{lo, hi, stack[i+2]})
			}
			mode = ""
		case "endcidchar":
			for i := 0; i+1 < len(stack) && entries < maxCMapEntries; i += 2 {
				src, ok := codeOf(stack[i].str)
				if ok && stack[i+1].kind == opNum {
					m.cid[src] = uint32(max(stack[i+1].num, 0))
					entries++
				}
			}
			mode = ""
		case "endcidrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, ok1 := codeOf(stack[i].str)
				hi, ok2 := codeOf(stack[i+1].str)
				if !ok1 || !ok2 || hi < lo || hi-lo >= maxRangeCodes || stack[i+2].kind != opNum {
					continue
				}
				base := uint32(max(stack[i+2].num, 0))
				for c64 := uint64(lo); c64 <= uint64(hi) && entries < maxCMapEntries; c64++ {
					c := uint32(c64)
					m.cid[c] = base + (c - lo)
					entries++
				}
			}
			mode = ""
		case "usecmap":
			// Only predefined CMaps are referenced this way; their codespace
			// is what matters and the caller supplies a default.
		}
		if mode == "" || t.s[:min(len(t.s), 5)] == "begin" {
			stack = stack[:0]
		}
	}
	sort.SliceStable(m.ranges, func(i, j int) bool { return m.ranges[i].lo < m.ranges[j].lo })
	return m
}

// codeOf reads a source code string of 1–4 bytes as a big-endian integer.
func codeOf(s string) (uint32, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c, true
}

// destText decodes a bfchar/bfrange destination: UTF-16BE, possibly with
// surrogate pairs or several characters (ligatures). A name destination
// (allowed by the spec, rare) goes through the glyph list.
func destText(o operand) string {
	if o.kind == opName {
		return glyphText(o.str)
	}
	return utf16BE(o.str)
}

// utf16BE decodes big-endian UTF-16; a lone odd byte is taken as Latin-1.
func utf16BE(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// incremented returns the destination of a bfrange for the code off places
// after the range start: the destination's last UTF-16 unit plus off, carried
// across the whole value (not only its low byte), so that ranges wider than 256
// codes map correctly.
func incremented(dst string, off uint32) string {
	if off == 0 {
		return utf16BE(dst)
	}
	if len(dst) < 2 {
		if len(dst) == 1 {
			return string(rune(uint32(dst[0]) + off))
		}
		return ""
	}
	u := make([]uint16, 0, len(dst)/2)
	for i := 0; i+1 < len(dst); i += 2 {
		u = append(u, uint16(dst[i])<<8|uint16(dst[i+1]))
	}
	last := len(u) - 1
	if last >= 1 && utf16.IsSurrogate(rune(u[last-1])) {
		// A supplementary character: increment the code point.
		r := utf16.DecodeRune(rune(u[last-1]), rune(u[last])) + rune(off)
		hi, lo := utf16.EncodeRune(r)
		u[last-1], u[last] = uint16(hi), uint16(lo)
		return string(utf16.Decode(u))
	}
	v := uint32(u[last]) + off
	if v > 0xFFFF {
		r := rune(v)
		return string(utf16.Decode(u[:last])) + string(r)
	}
	u[last] = uint16(v)
	return string(utf16.Decode(u))
}

// split cuts the next code off s using the codespace ranges, and returns the
// code and its length in bytes. Without ranges it uses def bytes per code. A
// byte sequence matching no range is consumed with the length of the shortest
// range whose first byte fits, as the spec suggests, or one byte.
func (m *cmap) split(s []byte, def int) (code uint32, n int) {
	if m == nil || len(m.space) == 0 {
		n = min(def, len(s))
		c, _ := codeOf(string(s[:n]))
		return c, n
	}
	for _, r := range m.space {
		if r.n > len(s) {
			continue
		}
		ok := true
		for i := 0; i < r.n; i++ {
			if s[i] < r.lo[i] || s[i] > r.hi[i] {
				ok = false
				break
			}
		}
		if ok {
			c, _ := codeOf(string(s[:r.n]))
			return c, r.n
		}
	}
	n = 0
	for _, r := range m.space {
		if r.n <= len(s) && s[0] >= r.lo[0] && s[0] <= r.hi[0] && (n == 0 || r.n < n) {
			n = r.n
		}
	}
	if n == 0 {
		n = 1
	}
	c, _ := codeOf(string(s[:n]))
	return c, n
}
