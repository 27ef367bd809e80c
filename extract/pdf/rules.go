package pdf

import (
	"math"
	"sort"
)

// Table borders. A vertical rule drawn between two pieces of text on a line
// separates them into spans even when the gap is narrow, as in a table with
// tight columns.

// segment is a straight piece of a path, in page coordinates.
type segment struct {
	x0, y0, x1, y1 float64
	fill           bool // a side of a rectangle, kept only when filled thin
}

// rule is a vertical line on the page: a table border.
type rule struct {
	x, y0, y1 float64
}

// Sizes of what counts as a rule, in points.
const (
	ruleMinLength = 3   // shorter vertical strokes are not borders
	ruleMaxWidth  = 3   // wider filled rectangles are shading, not borders
	ruleSlack     = 0.5 // how far off vertical a rule may lean
)

// pathOp records the construction of a path.
func (in *interp) pathOp(op string, ctm matrix, num func(int) float64) {
	m := ctm.mul(in.page)
	switch op {
	case "m":
		x, y := m.apply(num(0), num(1))
		in.cur, in.start = [2]float64{x, y}, [2]float64{x, y}
	case "l":
		x, y := m.apply(num(0), num(1))
		in.addSegment(segment{in.cur[0], in.cur[1], x, y, false})
		in.cur = [2]float64{x, y}
	case "h":
		in.addSegment(segment{in.cur[0], in.cur[1], in.start[0], in.start[1], false})
		in.cur = in.start
	case "re":
		x, y, w, h := num(0), num(1), num(2), num(3)
		ax, ay := m.apply(x, y)
		bx, by := m.apply(x+w, y)
		cx, cy := m.apply(x+w, y+h)
		dx, dy := m.apply(x, y+h)
		thin := math.Min(math.Hypot(bx-ax, by-ay), math.Hypot(dx-ax, dy-ay)) <= ruleMaxWidth
		in.addSegment(segment{ax, ay, bx, by, thin})
		in.addSegment(segment{bx, by, cx, cy, thin})
		in.addSegment(segment{cx, cy, dx, dy, thin})
		in.addSegment(segment{dx, dy, ax, ay, thin})
		in.cur, in.start = [2]float64{ax, ay}, [2]float64{ax, ay}
	case "c", "v", "y":
		// Curves are not borders; only the current point moves.
		k := 4
		if op == "c" {
			k = 4
		} else {
			k = 2
		}
		x, y := m.apply(num(k), num(k+1))
		in.cur = [2]float64{x, y}
	}
}

func (in *interp) addSegment(s segment) {
	if len(in.path) < 4096 {
		in.path = append(in.path, s)
	}
}

// paint ends the path: stroked vertical segments, and the sides of thin
// filled rectangles, become rules.
func (in *interp) paint(op string) {
	stroke := op == "S" || op == "s" || op == "B" || op == "B*" || op == "b" || op == "b*"
	fill := op != "S" && op != "s" && op != "n"
	for _, s := range in.path {
		if !(stroke || fill && s.fill) || len(in.rules) >= maxRules {
			continue
		}
		if math.Abs(s.x1-s.x0) <= ruleSlack && math.Abs(s.y1-s.y0) >= ruleMinLength {
			in.rules = append(in.rules, rule{x: (s.x0 + s.x1) / 2, y0: math.Min(s.y0, s.y1), y1: math.Max(s.y0, s.y1)})
		}
	}
	in.path = in.path[:0]
}

// ruleBetween reports whether a rule crosses the line at y between x0 and x1.
// The rules must be sorted by x.
func ruleBetween(rules []rule, x0, x1, y, size float64) bool {
	i := sort.Search(len(rules), func(i int) bool { return rules[i].x > x0-0.5 })
	for ; i < len(rules) && rules[i].x < x1+0.5; i++ {
		if r := rules[i]; r.y0 <= y && r.y1 >= y-0.5*size {
			return true
		}
	}
	return false
}
