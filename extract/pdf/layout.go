package pdf

import (
	"math"
	"sort"
	"strings"

	"baocao/extract/doc"
	"baocao/vntext"
)

// Thresholds of the layout, in ems of the font size.
const (
	lineTolerance = 0.4  // baselines closer than this share a line
	wordGap       = 0.18 // a wider gap between glyphs is a space
	spanGap       = 0.9  // a wider gap with no space character starts a new span
	spanGapSpaces = 2.0  // a wider gap even with space characters starts a new span
	dupTolerance  = 0.3  // the same glyph drawn again within this part of its width is one glyph
)

// layout turns the glyphs of one page into lines in reading order, top to
// bottom, each split into spans at wide gaps.
func layout(page int, glyphs []glyph, rules []rule) []doc.Line {
	gs := make([]glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.size >= 0.5 {
			gs = append(gs, g)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y < gs[j].y })
	sort.Slice(rules, func(i, j int) bool { return rules[i].x < rules[j].x })

	var lines []doc.Line
	start := 0
	for start < len(gs) {
		anchor, big := gs[start].y, gs[start].size
		end := start + 1
		for ; end < len(gs); end++ {
			g := gs[end]
			if g.y-anchor > lineTolerance*math.Max(big, g.size) {
				break
			}
			if heavier(g, big) {
				anchor, big = g.y, g.size
			}
		}
		if rows := splitRows(gs[start:end]); len(rows) > 1 {
			for _, row := range rows {
				if l, ok := buildLine(page, lineAnchor(row), row, rules); ok {
					lines = append(lines, l)
				}
			}
		} else if l, ok := buildLine(page, anchor, gs[start:end], rules); ok {
			lines = append(lines, l)
		}
		start = end
	}
	return lines
}

// buildLine orders the glyphs of one line left to right and cuts them into
// spans.
func buildLine(page int, y float64, gs []glyph, rules []rule) (doc.Line, bool) {
	sort.SliceStable(gs, func(i, j int) bool {
		if gs[i].x0 != gs[j].x0 {
			return gs[i].x0 < gs[j].x0
		}
		return gs[i].seq < gs[j].seq
	})
	ps := place(gs)
	joined := letterSpaced(ps)
	line := doc.Line{Page: page, Y: round2(y)}
	var cur []glyph
	var text strings.Builder
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if s, ok := makeSpan(cur, text.String()); ok {
			line.Spans = append(line.Spans, s)
		}
		cur = cur[:0]
		text.Reset()
	}
	for i, p := range ps {
		if i > 0 {
			prev := ps[i-1].g
			em := p.em
			switch {
			case p.gap > spanGapSpaces*em, p.gap > spanGap*em && !p.spaced,
				p.gap > 0 && ruleBetween(rules, prev.x1, p.g.x0, y, em):
				flush()
			case p.spaced || p.gap > wordGap*em && !joined[i]:
				text.WriteByte(' ')
			}
		}
		cur = append(cur, *p.g)
		text.WriteString(p.g.font.unicode(p.g.text))
	}
	flush()
	return line, len(line.Spans) > 0
}

// makeSpan summarises glyphs as a span: their extent, the most used size and
// font, and bold when most characters are.
func makeSpan(gs []glyph, text string) (doc.Span, bool) {
	text = vntext.Clean(text)
	if text == "" {
		return doc.Span{}, false
	}
	s := doc.Span{X0: round2(gs[0].x0), X1: round2(gs[0].x1), Text: text}
	sizes := map[float64]int{}
	fonts := map[*font]int{}
	bold := 0
	for _, g := range gs {
		s.X1 = math.Max(s.X1, round2(g.x1))
		sizes[round2(g.size)]++
		fonts[g.font]++
		if g.font.bold {
			bold++
		}
	}
	best := 0
	for size, n := range sizes {
		if n > best || n == best && size > s.Size {
			s.Size, best = size, n
		}
	}
	best = 0
	for f, n := range fonts {
		if n > best || n == best && f.name < s.Font {
			s.Font, best = f.name, n
		}
	}
	s.Bold = bold*2 > len(gs)
	return s, true
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
