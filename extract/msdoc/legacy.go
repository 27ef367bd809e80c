package msdoc

import (
	"strings"
	"unicode/utf16"

	"baocao/vntext"
)

// Old documents are typed in legacy Vietnamese fonts: .VnTime (TCVN3) or
// VNI-Times (VNI) draw Vietnamese letters for the Latin-1 characters stored,
// so "Th«ng b¸o" is "Thông báo" and TCVN3's soft hyphen is "ư". Each run is
// read by its own font; a document whose fonts say nothing is read by its
// text's patterns, weighed over the whole document, which leaves less doubt
// than a short run.

// textPara is a paragraph in Unicode: its lines, cleaned, and what ends it.
type textPara struct {
	lines []string
	mark  uint16
	pap   pap
}

// maxDetect bounds the text weighed for a document's encoding.
const maxDetect = 64 << 10

// convert turns paragraphs' runs into Unicode lines.
func convert(paras []para) []textPara {
	anyLegacy := false
	var sample strings.Builder
	for _, p := range paras {
		for _, line := range p.lines {
			for _, r := range line {
				anyLegacy = anyLegacy || isLegacy(r.font)
				if sample.Len() < maxDetect {
					sample.WriteString(string(utf16.Decode(r.units)))
					sample.WriteByte(' ')
				}
			}
			sample.WriteByte('\n')
		}
	}
	enc := ""
	if !anyLegacy {
		enc = vntext.DetectLegacy(sample.String())
	}
	out := make([]textPara, 0, len(paras))
	for _, p := range paras {
		t := textPara{mark: p.mark, pap: p.pap}
		for _, line := range p.lines {
			var b strings.Builder
			for _, r := range line {
				b.WriteString(runText(r, enc))
			}
			t.lines = append(t.lines, vntext.Clean(b.String()))
		}
		out = append(out, t)
	}
	return out
}

// runText is a run's text in Unicode: by its font when the font is a
// legacy one, else in the document's encoding when its patterns gave one,
// else by the run's own patterns.
func runText(r run, enc string) string {
	if !isLegacy(r.font) {
		s := string(utf16.Decode(r.units))
		if enc != "" {
			if vntext.AlreadyUnicode(s, enc) {
				return s
			}
			return vntext.Decode(s, enc, false)
		}
		return vntext.ReadLegacy(s, r.font)
	}
	// Word may store a symbol font's byte b as U+F000+b.
	units := make([]uint16, len(r.units))
	for i, u := range r.units {
		if u >= 0xF020 && u <= 0xF0FF {
			u -= 0xF000
		}
		units[i] = u
	}
	s, _ := vntext.ByFont(string(utf16.Decode(units)), r.font)
	return s
}

// isLegacy reports whether a font's name says a legacy encoding.
func isLegacy(font string) bool {
	enc, _ := vntext.LegacyFont(font)
	return enc != ""
}
