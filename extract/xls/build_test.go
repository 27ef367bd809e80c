package xls

import (
	"encoding/binary"
	"math"
	"unicode/utf16"

	"baocao/internal/oletest"
)

// This file writes small BIFF8 workbooks in an OLE2 container, so that tests
// control every record: CONTINUE splits, FILEPASS, formats, fonts, 1904 dates.

// brec is one record to write.
type brec struct {
	typ  uint16
	data []byte
}

func le16(v int) []byte { return binary.LittleEndian.AppendUint16(nil, uint16(v)) }
func le32(v int) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// xlString is a string with a two-byte count, compressed when it can be.
func xlString(s string) []byte {
	flags, chars := strChars(s)
	return cat(le16(len(utf16.Encode([]rune(s)))), []byte{flags}, chars)
}

// shortStr is a string with a one-byte count.
func shortStr(s string) []byte {
	flags, chars := strChars(s)
	return cat([]byte{byte(len(utf16.Encode([]rune(s))))}, []byte{flags}, chars)
}

func strChars(s string) (flags byte, chars []byte) {
	units := utf16.Encode([]rune(s))
	high := false
	for _, u := range units {
		high = high || u > 0xFF
	}
	for _, u := range units {
		if high {
			chars = append(chars, byte(u), byte(u>>8))
		} else {
			chars = append(chars, byte(u))
		}
	}
	if high {
		return 1, chars
	}
	return 0, chars
}

func bofRec(dt int) brec {
	return brec{recBOF, cat(le16(0x0600), le16(dt), le16(0x0DBB), le16(0x07CC), make([]byte, 8))}
}

func fontRec(name string) brec { return brec{recFont, cat(make([]byte, 14), shortStr(name))} }

func formatRec(id int, code string) brec { return brec{recFormat, cat(le16(id), xlString(code))} }

func xfRec(font, numFmt int) brec {
	return brec{recXF, cat(le16(font), le16(numFmt), make([]byte, 16))}
}

func numberRec(r, c, ixfe int, v float64) brec {
	return brec{recNumber, cat(le16(r), le16(c), le16(ixfe), binary.LittleEndian.AppendUint64(nil, math.Float64bits(v)))}
}

func rkRec(r, c, ixfe int, v uint32) brec {
	return brec{recRK, cat(le16(r), le16(c), le16(ixfe), le32(int(v)))}
}

// rkInt and rkX100 encode RK numbers.
func rkInt(n int) uint32       { return uint32(n<<2) | 2 }
func rkX100(n int) uint32      { return uint32(n<<2) | 3 }
func rkFloat(v float64) uint32 { return uint32(math.Float64bits(v) >> 32) }

func labelSSTRec(r, c, ixfe, i int) brec {
	return brec{recLabelSST, cat(le16(r), le16(c), le16(ixfe), le32(i))}
}

func labelRec(r, c, ixfe int, s string) brec {
	return brec{recLabel, cat(le16(r), le16(c), le16(ixfe), xlString(s))}
}

// formulaRec is a formula cell with its cached result: a number, or the
// special value bytes for a string, Boolean or error.
func formulaRec(r, c, ixfe int, result []byte) brec {
	return brec{recFormula, cat(le16(r), le16(c), le16(ixfe), result, le16(0), le32(0), le16(3), []byte{0x1E, 1, 0})}
}

func numResult(v float64) []byte { return binary.LittleEndian.AppendUint64(nil, math.Float64bits(v)) }
func specialResult(kind, v byte) []byte {
	return []byte{kind, 0, v, 0, 0, 0, 0xFF, 0xFF}
}

func mergedRec(ms ...[4]int) brec {
	d := le16(len(ms))
	for _, m := range ms {
		d = cat(d, le16(m[0]), le16(m[1]), le16(m[2]), le16(m[3]))
	}
	return brec{recMergedCells, d}
}

// sstRecs writes a shared strings table in records of at most max bytes of
// data, continuing in CONTINUE records. A string split across records resumes
// with a flags byte; a compressed string resumes as UTF-16, as writers may.
func sstRecs(strs []string, max int) []brec {
	var recs [][]byte
	cur := cat(le32(len(strs)), le32(len(strs)))
	for _, s := range strs {
		flags, chars := strChars(s)
		size := 1
		if flags == 1 {
			size = 2
		}
		if max-len(cur) < 3+size {
			recs, cur = append(recs, cur), nil
		}
		cur = cat(cur, le16(len(utf16.Encode([]rune(s)))), []byte{flags})
		units := utf16.Encode([]rune(s))
		for i := 0; i < len(chars); i += size {
			if max-len(cur) < size {
				recs, cur = append(recs, cur), []byte{1}
				// The rest of the string as UTF-16.
				for _, u := range units[i/size:] {
					if max-len(cur) < 2 {
						recs, cur = append(recs, cur), []byte{1}
					}
					cur = append(cur, byte(u), byte(u>>8))
				}
				break
			}
			cur = append(cur, chars[i:i+size]...)
		}
	}
	recs = append(recs, cur)
	out := []brec{{recSST, recs[0]}}
	for _, d := range recs[1:] {
		out = append(out, brec{recContinue, d})
	}
	return out
}

// richSST writes a shared strings table of one record whose strings have
// rich-text runs: pairs of the UTF-16 index where a run starts and its FONT
// index.
func richSST(strs []string, runs [][][2]int) []brec {
	d := cat(le32(len(strs)), le32(len(strs)))
	for i, s := range strs {
		flags, chars := strChars(s)
		d = cat(d, le16(len(utf16.Encode([]rune(s)))), []byte{flags | 0x08}, le16(len(runs[i])), chars)
		for _, r := range runs[i] {
			d = cat(d, le16(r[0]), le16(r[1]))
		}
	}
	return []brec{{recSST, d}}
}

// testSheet is one sheet of a test workbook.
type testSheet struct {
	name  string
	kind  byte // BOUNDSHEET8 dt
	state byte // 0 visible, 1 hidden
	recs  []brec
}

// testBook is a test workbook's globals and sheets.
type testBook struct {
	globals []brec // between BOF and the sheets' BOUNDSHEET8 records
	sst     []brec
	sheets  []testSheet
}

// stream writes the Workbook stream: globals with BOUNDSHEET8 offsets that
// point at each sheet's BOF.
func (b testBook) stream() []byte {
	write := func(out []byte, recs ...brec) []byte {
		for _, r := range recs {
			out = cat(out, le16(int(r.typ)), le16(len(r.data)), r.data)
		}
		return out
	}
	bound := func(offsets []int) []byte {
		g := write(nil, bofRec(0x0005))
		g = write(g, b.globals...)
		for i, s := range b.sheets {
			g = write(g, brec{recBoundSheet, cat(le32(offsets[i]), []byte{s.state, s.kind}, shortStr(s.name))})
		}
		g = write(g, b.sst...)
		return write(g, brec{recEOF, nil})
	}
	offsets := make([]int, len(b.sheets))
	off := len(bound(offsets))
	var body []byte
	for i, s := range b.sheets {
		offsets[i] = off + len(body)
		body = write(body, bofRec(sheetBOFType(s.kind)))
		body = write(body, s.recs...)
		body = write(body, brec{recEOF, nil})
	}
	return cat(bound(offsets), body)
}

func sheetBOFType(kind byte) int {
	if kind == sheetChart {
		return 0x0020
	}
	return 0x0010
}

// defaultGlobals are the fonts and formats of a plain workbook: four fonts
// (index 4 is skipped), the .VnTime fonts at 5 and 6, a custom date format,
// and cell formats 0-15 as Excel writes them plus the ones tests use.
const (
	xfGeneral = 15 + iota
	xfDate14
	xfCustomDate
	xfPercent
	xfVnTime
	xfVnTimeH
	xfCustomPct
	xfVNI
	xfArial
)

func defaultGlobals() []brec {
	g := []brec{fontRec("Arial"), fontRec("Arial"), fontRec("Arial"), fontRec("Arial"),
		fontRec(".VnTime"), fontRec(".VnTimeH"), fontRec("Times New Roman"), fontRec("VNI-Times"), fontRec("Arial"),
		formatRec(164, "dd/mm/yyyy"), formatRec(165, `0.0%`)}
	for range 15 {
		g = append(g, xfRec(0, 0))
	}
	return append(g, xfRec(7, 0), xfRec(0, 14), xfRec(0, 164), xfRec(0, 10), xfRec(5, 0), xfRec(6, 0), xfRec(0, 165), xfRec(8, 0), xfRec(9, 0))
}

// ole wraps streams in an OLE2 compound file.
var ole = oletest.Build

// xlsFile is a test workbook in its container.
func xlsFile(b testBook) []byte {
	return ole(map[string][]byte{"Workbook": b.stream()}, "Workbook")
}
