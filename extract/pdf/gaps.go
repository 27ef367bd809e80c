package pdf

import (
	"math"
	"unicode"
)

// Thresholds of letter spacing, in ems of the font size.
const (
	trackMax  = 0.6 // a gap without a space character up to this wide can be letter spacing
	trackSame = 0.1 // gaps that differ by less than this are the same spacing
	trackRun  = 2   // this many like gaps in a row from a digit, with no space characters, are letter spacing
	maxTrack  = 0.5 // character spacing (Tc) beyond this is not counted into a glyph's advance
	spacedMin = 3   // a line with this many space characters separates its words with them
)

// placed is a glyph of a line in order, with the gap before it.
type placed struct {
	g      *glyph
	gap    float64 // from the end of the previous glyph's advance, in points
	em     float64 // the smaller font size of the two glyphs, at least 1
	spaced bool    // a space character comes between it and the previous glyph
}

// place drops the spaces of a line sorted left to right, noting where they
// were, and the glyphs drawn twice (for a bold or shadow effect), and measures
// the gaps between the glyphs left. A gap is measured from where the previous
// glyph's advance ends, character spacing included, as a viewer places the
// next glyph: letter-spaced text has no gaps inside its words.
func place(gs []glyph) []placed {
	var ps []placed
	var prev *glyph
	spaced := false
	for i := range gs {
		g := &gs[i]
		if g.space {
			spaced = prev != nil
			continue
		}
		p := placed{g: g, spaced: spaced}
		if prev != nil {
			p.em = math.Max(math.Min(prev.size, g.size), 1)
			if g.text == prev.text && math.Abs(g.x0-prev.x0) < dupTolerance*(prev.x1-prev.x0) && math.Abs(g.y-prev.y) < dupTolerance*p.em {
				continue // drawn twice
			}
			end := prev.x1
			if prev.adv > end {
				end = math.Min(prev.adv, prev.x1+maxTrack*p.em)
			}
			p.gap = g.x0 - end
		}
		ps = append(ps, p)
		prev, spaced = g, false
	}
	return ps
}

// spaceable reports whether a glyph is one that letter spacing spreads
// apart: a letter, a digit, or the slash and hyphen of a document number
// ("3 2 9 / B C - U B N D"). Bullets, leader dots and signs keep their gaps.
func spaceable(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != '/' && r != '-' {
			return false
		}
	}
	return s != ""
}

// letterSpaced marks the gaps (by the index of the glyph after them) that are
// letter spacing rather than word breaks, though wider than a word gap:
// stamped text and some producers place each digit or letter on its own, "3 2
// 9", where a reader sees 329.
//
// Letter spacing shows by its even pitch: trackRun or more like gaps in a
// row, none with a space character, from a digit (a number, a date) to a
// glyph not set tight to a word, in one font and size; formulas, whose
// letters are spaced as evenly, change fonts and seldom start with a digit. In a line that separates its words with
// space characters, a gap without one between two digits is letter spacing
// too: "ngày 1 9 tháng" is the 19th.
func digit(s string) bool { return len(s) == 1 && s[0] >= '0' && s[0] <= '9' }

func letterSpaced(ps []placed) []bool {
	joined := make([]bool, len(ps))
	spaces := 0
	for _, p := range ps {
		if p.spaced {
			spaces++
		}
	}
	tracked := func(i int) bool {
		p := ps[i]
		return !p.spaced && p.gap > wordGap*p.em && p.gap <= trackMax*p.em &&
			spaceable(ps[i-1].g.text) && spaceable(p.g.text)
	}
	if spaces >= spacedMin {
		for i := 1; i < len(ps); i++ {
			joined[i] = tracked(i) && digit(ps[i-1].g.text) && digit(ps[i].g.text)
		}
	}
	tight := func(k int) bool { return k < len(ps) && !ps[k].spaced && ps[k].gap <= wordGap*ps[k].em }
	for i := 1; i < len(ps); {
		j := i
		for j < len(ps) && tracked(j) && math.Abs(ps[j].gap-ps[i].gap) < trackSame*ps[i].em &&
			ps[j].g.font == ps[i-1].g.font && ps[j].g.size == ps[i-1].g.size {
			j++
		}
		next := max(j, i+1)
		// A glyph set tight to a word is that word's, not the run's.
		if i < j && i > 1 && tight(i-1) {
			i++
		}
		if i < j && tight(j) {
			j--
		}
		if j-i >= trackRun && digit(ps[i-1].g.text) {
			for k := i; k < j; k++ {
				joined[k] = true
			}
		}
		i = next
	}
	return joined
}
