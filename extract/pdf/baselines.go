package pdf

import (
	"math"
	"sort"
	"unicode"
)

// Thresholds of the rows a line is split into, in ems of the font size.
const (
	rowGap     = 0.1 // baselines further apart than this are two rows of glyphs
	overlapMin = 0.3 // glyphs overlapping by more than this part of the narrower one's width collide
	collideRun = 3   // rows overlapping in runs of fewer glyphs than this are one line
)

// splitRows cuts the glyphs gathered as one line, sorted by baseline, into
// the lines they really are. Glyphs whose baselines agree within rowGap of
// their size form a row. Rows that sit side by side, as the two columns of a
// letterhead set a point apart do, or a superscript beside its word, or a
// drop cap beside its paragraph, stay one line. Rows whose glyphs collide,
// as two close lines do, or a stamp over the letterhead, are separate lines:
// read as one, their letters interleave ("ĐCẢỘNNGG"). It returns the lines in
// the order of their baselines; a line that stays whole comes back as gs.
func splitRows(gs []glyph) [][]glyph {
	var rows [][]glyph
	start := 0
	for i := 1; i <= len(gs); i++ {
		if i == len(gs) || gs[i].y-gs[i-1].y > rowGap*math.Max(math.Min(gs[i].size, gs[i-1].size), 1) {
			rows = append(rows, gs[start:i])
			start = i
		}
	}
	if len(rows) < 2 {
		return [][]glyph{gs}
	}
	type group struct {
		gs []glyph
		y  float64 // the baseline of its first row
	}
	var lines []*group
	for _, row := range rows {
		y := lineAnchor(row)
		var best *group
		for _, l := range lines {
			if collide(l.gs, row) {
				continue
			}
			if best == nil || math.Abs(l.y-y) < math.Abs(best.y-y) {
				best = l
			}
		}
		if best == nil {
			lines = append(lines, &group{gs: append([]glyph(nil), row...), y: y})
			continue
		}
		best.gs = append(best.gs, row...)
	}
	if len(lines) == 1 {
		return [][]glyph{gs}
	}
	out := make([][]glyph, len(lines))
	for i, l := range lines {
		sort.SliceStable(l.gs, func(a, b int) bool { return l.gs[a].y < l.gs[b].y })
		out[i] = l.gs
	}
	sort.SliceStable(out, func(i, j int) bool { return lineAnchor(out[i]) < lineAnchor(out[j]) })
	return out
}

// lineAnchor is the baseline of a line's glyphs, sorted by baseline: that of
// its biggest text.
func lineAnchor(gs []glyph) float64 {
	anchor, big := gs[0].y, gs[0].size
	for _, g := range gs[1:] {
		if heavier(g, big) {
			anchor, big = g.y, g.size
		}
	}
	return anchor
}

// heavier reports whether g, rather than text of size big, sets the baseline
// of its line: clearly bigger, or bigger and not a space.
func heavier(g glyph, big float64) bool { return g.size > big*1.2 || !g.space && g.size > big }

// collide reports whether a run of at least collideRun letters or digits of
// a, one after the other, overlaps glyphs of b along the line, and a run as
// long of b overlaps a: two lines of text drawn over each other. A prime over
// a subscript, or a short fraction, overlaps a glyph or two at a time. Text
// drawn twice, for a bold or shadow effect, does not collide with itself:
// fewer than collideRun of its overlapping glyphs differ.
func collide(a, b []glyph) bool {
	a, b = solid(a), solid(b)
	if len(a) < collideRun || len(b) < collideRun {
		return false
	}
	hitA := make([]bool, len(a))
	hitB := make([]bool, len(b))
	unlike := 0 // overlapping pairs that are not one glyph drawn twice
	widest := 0.0
	for _, g := range b {
		widest = math.Max(widest, g.x1-g.x0)
	}
	for i, g := range a {
		// b is sorted by x0: only glyphs starting less than widest before
		// g and before its end can overlap it.
		j := sort.Search(len(b), func(k int) bool { return b[k].x0 > g.x0-widest })
		for ; j < len(b) && b[j].x0 < g.x1; j++ {
			h := b[j]
			over := math.Min(g.x1, h.x1) - math.Max(g.x0, h.x0)
			if over <= overlapMin*math.Min(g.x1-g.x0, h.x1-h.x0) {
				continue
			}
			hitA[i], hitB[j] = true, true
			if g.text != h.text || math.Abs(g.x0-h.x0) >= dupTolerance*(g.x1-g.x0) {
				unlike++
			}
		}
	}
	return unlike >= collideRun && longestRun(a, hitA) >= collideRun && longestRun(b, hitB) >= collideRun
}

// longestRun is the number of glyphs in the longest run of hit glyphs set
// tight one after the other, as the letters of a word are: glyphs further
// apart than a word gap, with a space or a sign between them, are two runs.
func longestRun(gs []glyph, hit []bool) int {
	best, n := 0, 0
	for i, h := range hit {
		switch {
		case !h:
			n = 0
		case n > 0 && gs[i].x0-gs[i-1].x1 > wordGap*math.Max(math.Min(gs[i].size, gs[i-1].size), 1):
			n = 1
		default:
			n++
		}
		best = max(best, n)
	}
	return best
}

// solid returns the glyphs that are letters or digits with a width, sorted
// left to right: the ones whose overlap garbles a line. Marks, rules drawn
// with underscores and leader dots may overlap letters in a line.
func solid(gs []glyph) []glyph {
	var out []glyph
	for _, g := range gs {
		if g.space || g.x1 <= g.x0 {
			continue
		}
		for _, r := range g.font.unicode(g.text) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, g)
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].x0 < out[j].x0 })
	return out
}
