package pdf

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"baocao/vntext"
)

// maxFontBytes bounds the decoded size of a ToUnicode or encoding CMap.
const maxFontBytes = 4 << 20

// font knows how to cut a shown string into character codes, and what text
// and advance width each code has.
type font struct {
	name      string // base font name without a subset prefix
	bold      bool
	composite bool     // Type0: multi-byte codes, widths by CID
	encCMap   *cmap    // Type0: embedded encoding CMap (nil for Identity)
	codeBytes int      // Type0: code length when no codespace says otherwise
	ucs2      bool     // Type0: codes are Unicode (Uni…-UCS2/UTF16 CMaps)
	toUnicode *cmap    // the font's ToUnicode CMap, if any
	enc       encoding // simple fonts: text of each code
	widths    [256]float64
	cidWidths map[uint32]float64
	dw        float64 // default width, glyph units
	scale     float64 // glyph units to text space: 0.001, or a Type3 FontMatrix

	// What the font's text says about a legacy Vietnamese encoding, decided
	// once, from its name or from a sample of what it drew (see unicode).
	sample  []byte
	tried   int    // len(sample) when the text last left the question open
	decided bool   // the name or the text settled it
	legacy  string // vntext.TCVN3, vntext.VNI or ""
	upper   bool   // an …H font: capitals drawn from the small letters' codes
}

// maxSample bounds the text a font keeps to decide its encoding.
const maxSample = 8 << 10

// glyphCode is one character code of a shown string.
type glyphCode struct {
	text  string
	width float64 // advance in text space units for a font size of 1
	space bool    // the single-byte code 32, which takes word spacing
}

// decode cuts s into codes.
func (f *font) decode(s string, out []glyphCode) []glyphCode {
	b := []byte(s)
	for len(b) > 0 {
		var code uint32
		n := 1
		if f.composite {
			code, n = f.encCMap.split(b, max(f.codeBytes, 1))
		} else {
			code = uint32(b[0])
		}
		b = b[n:]
		g := glyphCode{space: n == 1 && code == 32}
		if f.toUnicode != nil {
			if t, ok := f.toUnicode.lookup(code); ok {
				g.text = t
			}
		}
		if f.composite {
			if g.text == "" && f.ucs2 {
				g.text = string(rune(code))
			}
			cid := code
			if f.encCMap != nil {
				if c, ok := f.encCMap.cid[code]; ok {
					cid = c
				}
			}
			w, ok := f.cidWidths[cid]
			if !ok {
				w = f.dw
			}
			g.width = w * f.scale
		} else {
			if g.text == "" {
				g.text = f.enc[code]
			}
			g.width = f.widths[code] * f.scale
		}
		g.text = expandLigatures(g.text)
		if !f.decided && len(f.sample) < maxSample && f != fallbackFont {
			f.sample = append(f.sample, g.text...)
		}
		out = append(out, g)
	}
	return out
}

// loadFont reads a font dictionary. It never fails: what it cannot read it
// replaces with WinAnsi codes and average widths.
func loadFont(v lpdf.Value) *font {
	f := &font{scale: 0.001, dw: 1000}
	subtype := v.Key("Subtype").Name()
	base := v.Key("BaseFont").Name()
	if base == "" {
		base = v.Key("Name").Name()
	}
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[7:]
	}
	f.name = base
	desc := v.Key("FontDescriptor")

	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		if data, err := streamBytes(tu, maxFontBytes); err == nil || len(data) > 0 {
			f.toUnicode = parseCMap(data)
		}
	}

	if subtype == "Type0" {
		f.composite = true
		d := v.Key("DescendantFonts").Index(0)
		if d.Kind() != lpdf.Dict {
			d = v.Key("DescendantFonts")
		}
		desc = d.Key("FontDescriptor")
		f.loadCIDWidths(d)
		enc := v.Key("Encoding")
		switch enc.Kind() {
		case lpdf.Name:
			name := enc.Name()
			f.codeBytes = 2
			f.ucs2 = strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16")
		case lpdf.Stream:
			if data, err := streamBytes(enc, maxFontBytes); err == nil || len(data) > 0 {
				f.encCMap = parseCMap(data)
			}
			f.codeBytes = 2
		default:
			f.codeBytes = 2
		}
	} else {
		f.loadSimple(v, subtype)
	}

	flags := desc.Key("Flags").Int64()
	lower := strings.ToLower(base)
	f.bold = flags&(1<<18) != 0 || desc.Key("FontWeight").Float64() >= 600 ||
		strings.Contains(lower, "bold") || strings.Contains(lower, "black") ||
		strings.Contains(lower, "heavy") || strings.Contains(lower, "semibold") ||
		strings.Contains(lower, "demi") || strings.HasSuffix(lower, ",bd")
	return f
}

// loadSimple reads the encoding and widths of a one-byte font.
func (f *font) loadSimple(v lpdf.Value, subtype string) {
	f.enc = winAnsi
	if subtype == "Type1" || subtype == "MMType1" {
		if std := strings.HasPrefix(f.name, "Helvetica") || strings.HasPrefix(f.name, "Times") ||
			strings.HasPrefix(f.name, "Courier"); std || v.Key("FontDescriptor").Key("FontFile").Kind() == lpdf.Stream {
			f.enc = standard
		}
	}
	enc := v.Key("Encoding")
	if subtype == "Type1" && enc.Kind() != lpdf.Name && enc.Key("BaseEncoding").Kind() != lpdf.Name {
		if e, ok := builtinEncoding(v.Key("FontDescriptor").Key("FontFile")); ok {
			f.enc = e
		}
	}
	switch enc.Kind() {
	case lpdf.Name:
		if e := baseEncoding(enc.Name()); e != nil {
			f.enc = *e
		}
	case lpdf.Dict:
		if e := baseEncoding(enc.Key("BaseEncoding").Name()); e != nil {
			f.enc = *e
		}
		diffs := enc.Key("Differences")
		code := 0
		for i := 0; i < diffs.Len() && i < 1024; i++ {
			d := diffs.Index(i)
			switch d.Kind() {
			case lpdf.Integer, lpdf.Real:
				code = int(d.Float64())
			case lpdf.Name:
				if code >= 0 && code < 256 {
					if t := glyphText(d.Name()); t != "" {
						f.enc[code] = t
					}
				}
				code++
			}
		}
	}

	if subtype == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	std := standardWidths(f.name)
	for c := range f.widths {
		f.widths[c] = std(c)
	}
	widths := v.Key("Widths")
	if widths.Len() == 0 {
		return
	}
	missing := v.Key("FontDescriptor").Key("MissingWidth").Float64()
	first := int(v.Key("FirstChar").Int64())
	for c := range f.widths {
		i := c - first
		if i >= 0 && i < widths.Len() {
			f.widths[c] = widths.Index(i).Float64()
		} else if missing > 0 || subtype == "Type3" {
			f.widths[c] = missing
		}
	}
}

var dupPutRe = regexp.MustCompile(`dup\s+(\d{1,3})\s*/([^\s/\[\]()<>{}]+)\s+put`)

// builtinEncoding reads the encoding built into an embedded Type 1 font
// program, as TeX's fonts carry it: "dup 12 /fi put" lines in the clear-text
// part of the program.
func builtinEncoding(file lpdf.Value) (encoding, bool) {
	if file.Kind() != lpdf.Stream {
		return encoding{}, false
	}
	data, _ := streamBytes(file, 256<<10)
	if n := int(file.Key("Length1").Int64()); n > 0 && n < len(data) {
		data = data[:n]
	}
	i := bytes.Index(data, []byte("/Encoding"))
	if i < 0 {
		return encoding{}, false
	}
	if bytes.HasPrefix(bytes.TrimLeft(data[i+9:], " \r\n\t"), []byte("StandardEncoding")) {
		return standard, true
	}
	e := encoding{}
	found := false
	for _, m := range dupPutRe.FindAllSubmatch(data[i:], 256) {
		code, err := strconv.Atoi(string(m[1]))
		if err != nil || code > 255 {
			continue
		}
		if t := glyphText(string(m[2])); t != "" {
			e[code] = t
			found = true
		}
	}
	return e, found
}

// loadCIDWidths reads /W and /DW of a CIDFont.
func (f *font) loadCIDWidths(d lpdf.Value) {
	if dw := d.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
		f.dw = dw.Float64()
	}
	f.cidWidths = map[uint32]float64{}
	w := d.Key("W")
	n := w.Len()
	for i := 0; i < n && len(f.cidWidths) < maxCMapEntries; {
		first := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			c := uint32(max(first.Float64(), 0))
			for j := 0; j < next.Len() && j < maxRangeCodes; j++ {
				f.cidWidths[c+uint32(j)] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi := first.Float64(), next.Float64()
		width := w.Index(i + 2).Float64()
		if lo >= 0 && hi >= lo && hi-lo < maxRangeCodes && hi < 1<<32 {
			for c := int64(lo); c <= int64(hi) && len(f.cidWidths) < maxCMapEntries; c++ {
				f.cidWidths[uint32(c)] = width
			}
		}
		i += 3
	}
}

// standardWidths approximates the widths of the standard 14 fonts, for old
// files that leave /Widths out.
func standardWidths(name string) func(c int) float64 {
	switch {
	case strings.HasPrefix(name, "Courier"):
		return func(int) float64 { return 600 }
	case strings.HasPrefix(name, "Helvetica"), strings.HasPrefix(name, "Arial"):
		return func(c int) float64 {
			if c >= 32 && c < 127 {
				return float64(helveticaWidths[c-32])
			}
			return 556
		}
	}
	return func(c int) float64 {
		if c >= 32 && c < 127 {
			return float64(timesWidths[c-32])
		}
		return 500
	}
}

var helveticaWidths = [95]int16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
}

var timesWidths = [95]int16{
	250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
}

// unicode returns a glyph's text in Unicode. Text drawn with a legacy 8-bit
// Vietnamese font carries the font's byte codes, which only the font tells
// how to read: TCVN3 for .VnTime and its kin (capitals for the …H fonts),
// VNI for VNI-Times and its kin, with or without a subset prefix. A font
// whose name says nothing (a subset renamed F1, a generic name) is read as
// legacy only when its text leaves no doubt. The font decides on the text it
// has drawn so far, all of the page being laid out; when that text is too
// little to tell, it asks again on a later page with more.
func (f *font) unicode(text string) string {
	if f == nil || f == fallbackFont { // shared by all reads: it never learns
		return text
	}
	if !f.decided && len(f.sample) > f.tried {
		f.decide()
	}
	if f.legacy == "" {
		return text
	}
	return vntext.Decode(text, f.legacy, f.upper)
}

// decide sets the font's encoding from its name and its sample. Text that is
// Unicode all the same (a converter's ToUnicode map) is never converted.
func (f *font) decide() {
	sample := string(f.sample)
	f.tried = len(f.sample)
	enc, upper := vntext.LegacyFont(f.name)
	switch {
	case enc != "":
		if vntext.AlreadyUnicode(sample, enc) {
			enc = ""
		}
		f.decided = true
	default:
		enc, upper = vntext.DetectLegacy(sample), false
		f.decided = enc != "" || len(f.sample) >= maxSample
	}
	f.legacy, f.upper = enc, upper
	if f.decided {
		f.sample = nil
	}
}
