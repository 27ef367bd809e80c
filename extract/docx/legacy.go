package docx

import (
	"strings"
	"unicode"

	"baocao/vntext"
)

// Old documents are typed in legacy Vietnamese fonts: .VnTime (TCVN3) or
// VNI-Times (VNI) draw Vietnamese letters for the Latin-1 characters stored,
// so "§¶ng bé" is "Đảng bộ" and TCVN3's soft hyphen is "ư". A .docx saved
// from such a document keeps the characters and the fonts, so each run is
// read by its own font, as extract/msdoc reads a .doc; a document whose
// fonts say nothing is read by its text's patterns, weighed over the whole
// document.

// softHyphen is U+00AD, which Word writes as <w:softHyphen/>: an optional
// hyphen in Unicode text, the letter "ư" in TCVN3.
const softHyphen = "\u00ad"

// maxDetect bounds the text weighed for a document's encoding.
const maxDetect = 64 << 10

// run is text in one font, as stored.
type run struct {
	fonts fonts
	text  string
}

// line is a paragraph, or the part of one up to a line break, as runs.
type line []run

// rawBlock is a block before its runs are turned into Unicode text.
type rawBlock struct {
	line  line
	table [][][]line
}

// convert turns blocks of runs into blocks of Unicode text.
func convert(raw []rawBlock) []block {
	anyLegacy := false
	var sample strings.Builder
	each(raw, func(l line) {
		for _, r := range l {
			anyLegacy = anyLegacy || isLegacy(r.fonts.ascii) || isLegacy(r.fonts.hAnsi)
			if sample.Len() < maxDetect {
				sample.WriteString(r.text)
				sample.WriteByte(' ')
			}
		}
		sample.WriteByte('\n')
	})
	enc := ""
	if !anyLegacy {
		enc = vntext.DetectLegacy(sample.String())
	}
	text := func(l line) string {
		var b strings.Builder
		for _, r := range l {
			b.WriteString(runText(r, enc))
		}
		return vntext.Clean(b.String())
	}
	blocks := make([]block, 0, len(raw))
	for _, rb := range raw {
		if rb.table == nil {
			blocks = append(blocks, block{text: text(rb.line)})
			continue
		}
		table := make([][][]string, len(rb.table))
		for i, row := range rb.table {
			table[i] = make([][]string, len(row))
			for j, cell := range row {
				table[i][j] = make([]string, len(cell))
				for k, l := range cell {
					table[i][j][k] = text(l)
				}
			}
		}
		blocks = append(blocks, block{table: table})
	}
	return blocks
}

// each calls fn for every line of the blocks, in order.
func each(raw []rawBlock, fn func(line)) {
	for _, rb := range raw {
		if rb.table == nil {
			fn(rb.line)
		}
		for _, row := range rb.table {
			for _, cell := range row {
				for _, l := range cell {
					fn(l)
				}
			}
		}
	}
}

// runText is a run's text in Unicode. Word draws ASCII characters with the
// run's w:ascii font and the others (Latin-1, where a legacy font keeps its
// Vietnamese letters) with its w:hAnsi font, so the latter says how the
// text is encoded, and each says whether its characters are drawn in
// capitals (.VnTimeH). A run whose high-ANSI font is not a legacy one is
// read in the document's encoding when its patterns gave one, else by the
// run's own patterns. Text that is Unicode all the same is never converted,
// and keeps no soft hyphen: in Unicode it is only an optional line break.
func runText(r run, enc string) string {
	_, asciiUpper := vntext.LegacyFont(r.fonts.ascii)
	hEnc, hUpper := vntext.LegacyFont(r.fonts.hAnsi)
	s := r.text
	switch {
	case hEnc != "":
		enc = hEnc
	case enc == "":
		enc = vntext.DetectLegacy(s)
		hUpper = false
	default:
		hUpper = false
	}
	switch {
	case enc == "":
		return upper(strings.ReplaceAll(s, softHyphen, ""), asciiUpper, false)
	case vntext.AlreadyUnicode(s, enc):
		return strings.ReplaceAll(s, softHyphen, "")
	}
	return upper(vntext.Decode(s, enc, false), asciiUpper, hUpper)
}

// upper puts ASCII letters in capitals with ascii and the others with high,
// as a run whose two fonts are …H fonts draws them.
func upper(s string, ascii, high bool) string {
	switch {
	case !ascii && !high:
		return s
	case ascii && high:
		return strings.ToUpper(s)
	}
	return strings.Map(func(r rune) rune {
		if (r < 0x80) == ascii {
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

// isLegacy reports whether a font's name says a legacy encoding.
func isLegacy(font string) bool {
	enc, _ := vntext.LegacyFont(font)
	return enc != ""
}
