package rules

import (
	"regexp"
	"sort"
	"strings"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// A roll-up laid out on pages (a PDF or a Word table) is rebuilt from the
// positions of its text into the grid a workbook gives, and read by the same
// roll-up rules: rows start where the number column starts a number, the
// columns are where those rows put their cells, a header cell names every
// column under it, and wrapped cells join the row they belong to.

// pageGrid is a table rebuilt from positioned lines.
type pageGrid struct {
	sheet doc.Sheet   // title rows, one header row, then the body rows
	pages map[int]int // sheet row → page
	first int         // sheet row of the header's first row
	data  int         // sheet row of the first body row
}

// span1 is an extent across the page.
type span1 struct{ x0, x1 float64 }

var reRowNumber = regexp.MustCompile(`^\d{1,3}[.)]?$`)

// lineRollup reads a roll-up table laid out on pages. It gives records only
// when the table has at least two unit rows.
func lineRollup(d *doc.Document) ([]baocao.Record, []string, bool) {
	lines := d.Lines
	anchors := rowAnchors(lines)
	if len(anchors) < 2 {
		return nil, nil, false
	}
	g := buildGrid(lines, anchors)
	if g == nil {
		return nil, nil, false
	}
	// The header is every row between the title and the body, groups over
	// own labels; a header whose unit column the labels do not name is
	// looked for as in any sheet, by the cells under it.
	h := headerAt(&g.sheet, g.first, g.data-g.first)
	if _, ok := h.cols[fUnit]; !ok || h.score() < 2 {
		var ok bool
		h, ok = findHeader(&g.sheet)
		if !ok || h.row < g.first || h.dataRow != g.data {
			return nil, nil, false
		}
	}
	recs, warnings := rollup(&g.sheet, h)
	if len(recs) < 2 {
		return nil, nil, false
	}
	for i := range recs {
		recs[i].Source = baocao.Source{Page: g.pages[recs[i].Source.Row-1]}
	}
	return recs, warnings, true
}

// rowAnchors returns the lines that start a numbered row: a small number
// alone at the left, then at least three more cells. Rows of one table share
// the number's column.
func rowAnchors(lines []doc.Line) []int {
	var cand []int
	for i, l := range lines {
		if len(l.Spans) >= 4 && reRowNumber.MatchString(strings.TrimSpace(l.Spans[0].Text)) {
			cand = append(cand, i)
		}
	}
	if len(cand) < 2 {
		return nil
	}
	// Keep the anchors whose number sits in the most common column.
	xs := map[int]int{}
	for _, i := range cand {
		xs[int(lines[i].Spans[0].X0/15)]++
	}
	bestX, bestN := 0, 0
	for x, n := range xs {
		if n > bestN || n == bestN && x < bestX {
			bestX, bestN = x, n
		}
	}
	var out []int
	for _, i := range cand {
		if k := int(lines[i].Spans[0].X0 / 15); k >= bestX-1 && k <= bestX+1 {
			out = append(out, i)
		}
	}
	return out
}

// buildGrid rebuilds the table around the anchor rows.
func buildGrid(lines []doc.Line, anchors []int) *pageGrid {
	// Columns: the union of the cell extents of the lines among the rows
	// (wrapped cells included: a cell centred beside a wrapped one may sit
	// on no numbered line).
	firstA, lastA := anchors[0], anchors[len(anchors)-1]
	pitch := rowPitch(lines, anchors)
	numberCol := span1{lines[firstA].Spans[0].X0 - 2, lines[firstA].Spans[0].X1 + 2}
	var ivs []span1
	for i := max(0, firstA-3); i <= lastA; i++ {
		l := lines[i]
		// The anchors nearest a line are those just before and after it.
		k := sort.SearchInts(anchors, i)
		near := false
		for _, j := range []int{k - 1, k} {
			if j >= 0 && j < len(anchors) && lines[anchors[j]].Page == l.Page && abs(lines[anchors[j]].Y-l.Y) < 0.75*pitch {
				near = true
			}
		}
		if !near || i < firstA && ownsRow(l, numberCol) {
			continue
		}
		for _, s := range l.Spans {
			ivs = append(ivs, span1{s.X0, s.X1})
		}
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].x0 < ivs[j].x0 })
	var cols []span1
	for _, iv := range ivs {
		if n := len(cols); n > 0 && iv.x0 <= cols[n-1].x1+1 {
			cols[n-1].x1 = max(cols[n-1].x1, iv.x1)
			continue
		}
		cols = append(cols, iv)
	}
	if len(cols) < 4 {
		return nil
	}
	width := cols[len(cols)-1].x1 - cols[0].x0
	// Each column's territory reaches halfway to its neighbours.
	terr := make([]span1, len(cols))
	for c := range cols {
		terr[c] = span1{cols[c].x0 - 30, cols[c].x1 + 30}
		if c > 0 {
			terr[c].x0 = (cols[c-1].x1 + cols[c].x0) / 2
		}
		if c+1 < len(cols) {
			terr[c].x1 = (cols[c].x1 + cols[c+1].x0) / 2
		}
	}
	colOf := func(s doc.Span) int {
		best, bestOv := -1, -1e9
		for c, t := range terr {
			ov := min(s.X1, t.x1) - max(s.X0, t.x0)
			if ov > bestOv {
				best, bestOv = c, ov
			}
		}
		return best
	}
	isAnchor := map[int]bool{}
	for _, i := range anchors {
		isAnchor[i] = true
	}
	// The header: the lines above the first anchor on its page, up to the
	// title or a wide gap. On later pages the header repeats and is passed
	// over. Lines just above the first row are its wrapped cells.
	headerTop := func(a int) int {
		h := a
		for h > 0 && lines[h-1].Page == lines[a].Page && !isTitleLine(lines[h-1], width) {
			if gap := lines[h].Y - lines[h-1].Y; h < a && gap > 2.4*lineSize(lines[h]) && len(lines[h-1].Spans) == 1 {
				break
			}
			h--
		}
		return h
	}
	headerEnd := func(top, a int) int {
		e := top
		for e < a && !ownsRow(lines[e], terr[0]) && lines[a].Y-lines[e].Y >= 0.75*pitch {
			e++
		}
		return e
	}
	// Group and subtotal lines between the header and the first anchor stay
	// rows: they sit in the number's column or hold figures.
	top := headerTop(firstA)
	hdrEnd := headerEnd(top, firstA)
	g := &pageGrid{pages: map[int]int{}}
	for i := 0; i < top; i++ {
		var row []doc.Cell
		for _, s := range lines[i].Spans {
			row = append(row, doc.Cell{Text: s.Text})
		}
		g.sheet.Rows = append(g.sheet.Rows, row)
	}
	g.first = len(g.sheet.Rows)
	hrows, merges := headerRows(lines[top:hdrEnd], cols, terr)
	for _, m := range merges {
		m.Row0 += g.first
		m.Row1 += g.first
		g.sheet.Merges = append(g.sheet.Merges, m)
	}
	g.sheet.Rows = append(g.sheet.Rows, hrows...)
	g.data = len(g.sheet.Rows)
	// The body: anchors and lines that own a row start one; other lines
	// join the nearest row above or below, if near enough.
	type brow struct {
		line  int // index of the line that started it
		page  int
		y     float64
		cells []doc.Cell
	}
	var rows []*brow
	lastAnchor := lastA
	// On a later page the header repeats above its first row.
	skipHeader := map[int]bool{}
	for _, a := range anchors {
		if lines[a].Page != lines[firstA].Page && firstAnchorOnPage(lines, anchors, lines[a].Page) == a {
			top := headerTop(a)
			for i := top; i < headerEnd(top, a); i++ {
				skipHeader[i] = true
			}
		}
	}
	var pending []int
	for i := hdrEnd; i < len(lines); i++ {
		l := lines[i]
		if skipHeader[i] || i > lastAnchor && l.Page != lines[lastAnchor].Page {
			continue
		}
		if isAnchor[i] || ownsRow(l, terr[0]) {
			r := &brow{line: i, page: l.Page, y: l.Y, cells: make([]doc.Cell, len(cols))}
			for _, s := range l.Spans {
				c := colOf(s)
				r.cells[c].Text = strings.TrimSpace(r.cells[c].Text + " " + s.Text)
			}
			rows = append(rows, r)
			continue
		}
		pending = append(pending, i)
	}
	// Wrapped cells join their nearest row on the same page.
	for _, i := range pending {
		l := lines[i]
		var best *brow
		bestD := 1e9
		k := sort.Search(len(rows), func(j int) bool { return rows[j].line > i })
		for _, j := range []int{k - 1, k} { // the rows just above and below it
			if j < 0 || j >= len(rows) || rows[j].page != l.Page {
				continue
			}
			if d := abs(rows[j].y - l.Y); d < bestD {
				best, bestD = rows[j], d
			}
		}
		if best == nil || bestD > 0.75*pitch {
			continue
		}
		for _, s := range l.Spans {
			c := colOf(s)
			if l.Y < best.y {
				best.cells[c].Text = strings.TrimSpace(s.Text + " " + best.cells[c].Text)
			} else {
				best.cells[c].Text = strings.TrimSpace(best.cells[c].Text + " " + s.Text)
			}
		}
	}
	for _, r := range rows {
		g.pages[len(g.sheet.Rows)] = r.page
		g.sheet.Rows = append(g.sheet.Rows, r.cells)
	}
	return g
}

// headerRows names each column from the header's text above it. A piece of
// text over one column is that column's own label (its lines joined, as a
// cell that wraps); a piece over several columns is a group's name, and
// groups stack top to bottom, as merged cells do in a workbook: "Kết quả học
// tập" over "Người chủ trì" over "Chức vụ". The rows come out as a sheet's
// header rows with the groups merged across their columns, so that the
// sheet's header reader names each column by its own label first and its
// groups after.
func headerRows(lines []doc.Line, cols, terr []span1) ([][]doc.Cell, []doc.Merge) {
	type group struct {
		y      float64
		text   string
		c0, c1 int
	}
	own := make([]string, len(cols))
	var groups []group
	for _, l := range lines {
		if isColumnNumbersLine(l) {
			continue
		}
		for _, s := range l.Spans {
			c0, c1 := -1, -1
			for c, t := range terr {
				// A header cell names the columns it stands over: a good part
				// of it over the column (a short group's name centred over two
				// columns is over both), or most of the column under it (a
				// wide group's header); an edge that strays a few points into
				// a neighbour's territory names nothing there.
				ov := min(s.X1, t.x1) - max(s.X0, t.x0)
				if ov > 0 && (ov >= 0.25*(s.X1-s.X0) || ov >= 0.5*(cols[c].x1-cols[c].x0)) {
					if c0 < 0 {
						c0 = c
					}
					c1 = c
				}
			}
			switch {
			case c0 < 0:
			case c0 == c1:
				own[c0] = strings.TrimSpace(own[c0] + " " + s.Text)
			default:
				groups = append(groups, group{l.Y, s.Text, c0, c1})
			}
		}
	}
	// Groups on one baseline, or wrapped over the next, are one level; a
	// header reader looks at most two levels of groups.
	var levels [][]group
	for _, gr := range groups {
		placed := false
		for k := len(levels) - 1; k >= 0 && !placed; k-- {
			for i, o := range levels[k] {
				if gr.c0 == o.c0 && gr.c1 == o.c1 { // the group's name wraps
					levels[k][i].text += " " + gr.text
					placed = true
					break
				}
			}
		}
		if placed {
			continue
		}
		if n := len(levels); n > 0 && (abs(gr.y-levels[n-1][0].y) < 3 || n == 2) {
			levels[n-1] = append(levels[n-1], gr)
			continue
		}
		levels = append(levels, []group{gr})
	}
	rows := make([][]doc.Cell, len(levels)+1)
	for k := range rows {
		rows[k] = make([]doc.Cell, len(cols))
	}
	var merges []doc.Merge
	for k, lv := range levels {
		for _, gr := range lv {
			rows[k][gr.c0].Text = strings.TrimSpace(rows[k][gr.c0].Text + " " + gr.text)
			merges = append(merges, doc.Merge{Row0: k, Col0: gr.c0, Row1: k, Col1: gr.c1})
		}
	}
	for c, t := range own {
		rows[len(levels)][c].Text = t
	}
	return rows, merges
}

func firstAnchorOnPage(lines []doc.Line, anchors []int, page int) int {
	for _, a := range anchors {
		if lines[a].Page == page {
			return a
		}
	}
	return -1
}

// ownsRow reports whether a line that is not numbered still starts a row of
// its own: a group's heading in the number's column, or a subtotal's figures.
func ownsRow(l doc.Line, numberCol span1) bool {
	for _, s := range l.Spans {
		if s.X0 < numberCol.x1 && s.X1 > numberCol.x0 && reGroupStart.MatchString(s.Text) {
			return true
		}
		if reFigureCell.MatchString(strings.TrimSpace(s.Text)) {
			return true
		}
	}
	return false
}

var reGroupStart = regexp.MustCompile(`^(?:[IVX]{1,5}|[A-Z]|\d{1,3})(?:[.)]|$|\s)`)

var reFigureCell = regexp.MustCompile(`^\d+(?:[.,]\d+)?%?$`)

// isTitleLine reports whether a line is a title or a sentence above a table
// rather than part of its header: one span, wide for the table.
func isTitleLine(l doc.Line, tableWidth float64) bool {
	if len(l.Spans) != 1 {
		return false
	}
	s := l.Spans[0]
	w := s.X1 - s.X0
	return w >= 0.45*tableWidth || vntext.IsUpper(s.Text) && len(strings.Fields(s.Text)) >= 4 && w >= 0.25*tableWidth
}

// lineSize is the font size of a line, or 10 when unknown.
func lineSize(l doc.Line) float64 {
	if len(l.Spans) > 0 && l.Spans[0].Size > 0 {
		return l.Spans[0].Size
	}
	return 10
}

// isColumnNumbersLine reports whether a line only numbers the columns.
func isColumnNumbersLine(l doc.Line) bool {
	texts := make([]string, len(l.Spans))
	for i, s := range l.Spans {
		texts[i] = s.Text
	}
	return isColumnNumbers(texts)
}

// rowPitch is the usual distance between numbered rows.
func rowPitch(lines []doc.Line, anchors []int) float64 {
	var ds []float64
	for k := 1; k < len(anchors); k++ {
		a, b := lines[anchors[k-1]], lines[anchors[k]]
		if a.Page == b.Page && b.Y > a.Y {
			ds = append(ds, b.Y-a.Y)
		}
	}
	if len(ds) == 0 {
		return 20
	}
	sort.Float64s(ds)
	return ds[0]
}
