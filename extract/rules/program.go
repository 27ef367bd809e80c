package rules

import (
	"regexp"
	"strings"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// lineTable is a table laid out on a page: a header line whose spans name the
// columns, and the rows under it, each a text per column.
type lineTable struct {
	cols []column
	rows [][]string
}

type column struct {
	x0, x1 float64
	name   string // folded header text
}

// colOf returns the column a span falls in: the one it overlaps most, or the
// nearest.
func (t *lineTable) colOf(s doc.Span) int {
	best, bestScore := 0, -1e9
	for i, c := range t.cols {
		overlap := min(s.X1, c.x1) - max(s.X0, c.x0)
		if overlap <= 0 {
			overlap = -min(abs(s.X0-c.x1), abs(c.x0-s.X1))
		}
		if overlap > bestScore {
			best, bestScore = i, overlap
		}
	}
	return best
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// col returns the index of the first column whose header matches re, or -1.
func (t *lineTable) col(re *regexp.Regexp) int {
	for i, c := range t.cols {
		if re.MatchString(c.name) {
			return i
		}
	}
	return -1
}

// readLineTable reads the table whose header is lines[h]. With anchored set,
// a row is anchored by a line with text in the first column (the item
// number) and takes every line nearer to it than to another anchor, since an
// office suite centres short cells vertically beside a wrapped one. Without
// it, every line with figures is a row. The table ends at a line as wide as
// the table or at a heading.
func readLineTable(lines []doc.Line, h int, anchored bool) *lineTable {
	t := &lineTable{}
	for _, s := range lines[h].Spans {
		t.cols = append(t.cols, column{s.X0, s.X1, vntext.Fold(s.Text)})
	}
	left, right := t.cols[0].x0, t.cols[len(t.cols)-1].x1
	type tline struct {
		y     float64
		spans []doc.Span
		cells []string
	}
	assign := func(spans []doc.Span) []string {
		cells := make([]string, len(t.cols))
		for _, s := range spans {
			c := t.colOf(s)
			cells[c] = strings.TrimSpace(cells[c] + " " + s.Text)
		}
		return cells
	}
	var body []tline
	for i := h + 1; i < len(lines); i++ {
		l := lines[i]
		if l.Page != lines[h].Page && len(l.Spans) == 1 || reRoman.MatchString(l.Text()) {
			break
		}
		if len(l.Spans) == 1 && (l.Spans[0].X1-l.Spans[0].X0) > 0.7*(right-left) {
			break
		}
		body = append(body, tline{l.Y + 1000*float64(l.Page-lines[h].Page), l.Spans, assign(l.Spans)})
	}
	headerY := lines[h].Y
	var anchors []int
	for i, l := range body {
		if anchored && reItemNumber.MatchString(l.cells[0]) {
			anchors = append(anchors, i)
		}
	}
	addHeader := func(cells []string) {
		for c, v := range cells {
			if v != "" {
				t.cols[c].name += " " + vntext.Fold(v)
			}
		}
	}
	// completesHeader reports whether the cells finish a header cell that
	// wrapped ("Thời" over "lượng"), making a column's name known.
	completesHeader := func(cells []string) bool {
		for c, v := range cells {
			if v == "" {
				continue
			}
			name := t.cols[c].name + " " + vntext.Fold(v)
			for _, re := range []*regexp.Regexp{reColTopic, reColWho, reColTime} {
				if re.MatchString(name) && !re.MatchString(t.cols[c].name) {
					return true
				}
			}
		}
		return false
	}
	size := lines[h].Spans[0].Size
	if size <= 0 {
		size = 10
	}
	if !anchored {
		for i, l := range body {
			if !hasDigits(strings.Join(l.cells, " ")) {
				if len(t.rows) == 0 && i < 2 {
					addHeader(l.cells) // a header cell that wraps
				}
				continue
			}
			t.rows = append(t.rows, l.cells)
		}
		return t
	}
	if len(anchors) == 0 {
		// No number column: a row starts where the duration column gives a
		// duration, each row having exactly one.
		if c := t.col(reColTime); c >= 0 {
			for i, l := range body {
				if _, ok := ParseMinutes(l.cells[c]); ok {
					anchors = append(anchors, i)
				}
			}
		}
	}
	if len(anchors) == 0 {
		return t
	}
	// A table whose first row starts right under the header has its cells
	// aligned to the top: a wrapped cell's lines belong to the row above
	// them. Otherwise cells are centred and a line joins its nearest row.
	topAligned := true
	for _, l := range body[:anchors[0]] {
		if abs(l.y-headerY) >= abs(body[anchors[0]].y-l.y) && !completesHeader(l.cells) {
			topAligned = false
		}
	}
	// A header is often centred over a wider column: a full row of cells
	// shows where each column really starts and ends.
	for _, a := range anchors {
		if len(body[a].spans) != len(t.cols) {
			continue
		}
		for k, sp := range body[a].spans {
			t.cols[k].x0, t.cols[k].x1 = min(t.cols[k].x0, sp.X0), max(t.cols[k].x1, sp.X1)
		}
	}
	for i := range body {
		body[i].cells = assign(body[i].spans)
	}
	t.rows = make([][]string, len(anchors))
	for k := range t.rows {
		t.rows[k] = make([]string, len(t.cols))
	}
	last := body[anchors[len(anchors)-1]].y
	for _, l := range body {
		best, dist := -1, 1e9
		for k, a := range anchors {
			if d := abs(body[a].y - l.y); d < dist && !(topAligned && body[a].y > l.y+1 && k > 0) {
				best, dist = k, d
			}
		}
		if abs(l.y-headerY) < dist || l.y < body[anchors[0]].y && completesHeader(l.cells) {
			addHeader(l.cells)
			continue
		}
		if l.y > last+3.2*size { // well below the last row: past the table
			break
		}
		for c, v := range l.cells {
			if v != "" {
				t.rows[best][c] = strings.TrimSpace(t.rows[best][c] + " " + v)
			}
		}
	}
	return t
}

var reItemNumber = regexp.MustCompile(`^(?:\d{1,3}|[IVX]{1,5}|[a-zđ])\s*[.)]?$`)

func hasDigits(s string) bool { return strings.ContainsAny(s, "0123456789") }

// bodyLines returns the body's lines in order.
func (b *bodyFields) bodyLines() []doc.Line {
	var out []doc.Line
	for _, p := range b.paras {
		out = append(out, p.Lines...)
	}
	return out
}

var (
	reColTotal   = regexp.MustCompile(`tong so`)
	reColPresent = regexp.MustCompile(`tham du|tham gia|du hoi nghi|co mat`)
	reColRate    = regexp.MustCompile(`ty le`)
	reColOthers  = regexp.MustCompile(`quan chung`)
)

// attendanceTable reads attendance laid out as a small table: a header
// (Tổng số ĐV | Số ĐV tham dự | Tỷ lệ | Quần chúng) over one line of figures.
func (b *bodyFields) attendanceTable() *baocao.Attendance {
	lines := b.bodyLines()
	for h, l := range lines {
		if len(l.Spans) < 2 {
			continue
		}
		f := vntext.Fold(l.Text())
		if !reColTotal.MatchString(f) || !reColPresent.MatchString(f) {
			continue
		}
		t := readLineTable(lines, h, false)
		for _, row := range t.rows {
			if !hasDigits(strings.Join(row, " ")) {
				continue
			}
			var a baocao.Attendance
			get := func(re *regexp.Regexp) string {
				if c := t.col(re); c >= 0 && c < len(row) {
					return row[c]
				}
				return ""
			}
			a.MembersTotal, _ = ParseInt(get(reColTotal))
			a.MembersPresent, _ = ParseInt(get(reColPresent))
			a.Others, _ = ParseInt(get(reColOthers))
			if r := get(reColRate); r != "" {
				a.Rate, _ = ParseRate(r)
			}
			if a.MembersTotal > 0 {
				return &a
			}
		}
	}
	return nil
}

var (
	reProgramHead = regexp.MustCompile(`chuong trinh|noi dung`)
	reColTopic    = regexp.MustCompile(`noi dung|chuyen de|ten chuyen de`)
	reColWho      = regexp.MustCompile(`trinh bay|bao cao vien|nguoi thuc hien|nguoi bao cao`)
	reColTime     = regexp.MustCompile(`thoi luong|thoi gian`)
	reStartsItem  = regexp.MustCompile(`^(?:\d+\s*[.)/]|[-–+•*]|[a-zđ]\s*\))\s*`)
	rePresenter   = regexp.MustCompile(`(?:^|[\s,(\-–:])(?:do\s+)?(?:dong chi|d\s*/\s*c)\s+(.+?)\s*(?:,[^,]*?)?\s+(?:trinh bay|bao cao|quan triet|truyen dat|thong qua)\b|(?:nguoi trinh bay|bao cao vien)\s*:\s*(?:dong chi |d\s*/\s*c\s*)?([^;)\n]+)`)
	reDuration    = regexp.MustCompile(`\(?\s*(?:thoi luong|thoi gian)?\s*:?\s*\d+(?:[.,]\d+)?\s*(?:phut|gio|tieng)\s*\)?`)
)

// program reads the conference's agenda: a table, or a numbered or dashed list
// under the heading that names the program or content.
func (b *bodyFields) program() []baocao.ProgramItem {
	lines := b.bodyLines()
	for h, l := range lines {
		if len(l.Spans) < 2 {
			continue
		}
		f := vntext.Fold(l.Text())
		if !reColTopic.MatchString(f) || !(reColWho.MatchString(f) || reColTime.MatchString(f)) {
			continue
		}
		t := readLineTable(lines, h, true)
		topic, who, dur := t.col(reColTopic), t.col(reColWho), t.col(reColTime)
		var items []baocao.ProgramItem
		for _, row := range t.rows {
			if topic < 0 || row[topic] == "" {
				continue
			}
			it := baocao.ProgramItem{Topic: trimPunct(row[topic])}
			if who >= 0 {
				if p, ok := parsePerson(row[who]); ok {
					it.Presenter = p.Name
				}
			}
			if dur >= 0 {
				it.Minutes, _ = ParseMinutes(row[dur])
				if it.Minutes == 0 {
					if n, ok := ParseInt(row[dur]); ok && strings.Contains(t.cols[dur].name, "phut") {
						it.Minutes = n
					}
				}
			}
			items = append(items, it)
		}
		if len(items) > 0 {
			return items
		}
	}
	// A list under the program's heading: items are the bulleted paragraphs
	// after it, until a paragraph of another kind.
	in := false
	style, next := "", 1
	var items []baocao.ProgramItem
	for _, p := range b.paras {
		f := vntext.Fold(p.Text)
		bullet := reStartsItem.FindString(p.Text)
		if !in {
			in = len(p.Text) < 90 && reProgramHead.MatchString(f) && !strings.Contains(f, "hanh dong") &&
				(reRoman.MatchString(p.Text) || bullet != "" || vntext.IsUpper(p.Text))
			continue
		}
		if reRoman.MatchString(p.Text) {
			break
		}
		if bullet == "" {
			if len(items) > 0 {
				break
			}
			continue // the sentence that leads into the list
		}
		st := bulletStyle(bullet)
		if style == "" {
			style = st
		}
		if st != style || st == "1" && atoi(strings.TrimRight(strings.TrimSpace(bullet), ".)/ ")) != next {
			break
		}
		next++
		items = append(items, programItem(p.Text[len(bullet):]))
	}
	return items
}

// bulletStyle names the kind of a list bullet: "1" for numbers, "a" for
// letters, or the dash itself.
func bulletStyle(b string) string {
	b = strings.TrimSpace(b)
	switch {
	case b == "":
		return ""
	case b[0] >= '0' && b[0] <= '9':
		return "1"
	case strings.HasSuffix(b, ")"):
		return "a"
	}
	return b[:1]
}

// programItem reads "Chuyên đề 1: … - đồng chí Nguyễn Văn Hùng trình bày (120 phút)".
func programItem(s string) baocao.ProgramItem {
	f := newFolded(s)
	var it baocao.ProgramItem
	cut := len(f.fold)
	if g, m := f.find(rePresenter); g != nil {
		name := g[1]
		if name == "" {
			name = g[2]
		}
		if p, ok := parsePerson(name); ok {
			it.Presenter = p.Name
			cut = min(cut, m[0])
		}
	}
	if m := reDuration.FindStringIndex(f.fold); m != nil {
		it.Minutes, _ = ParseMinutes(f.span(m[0], m[1]))
		cut = min(cut, m[0])
	}
	it.Topic = trimPunct(strings.TrimRight(f.span(0, cut), " -–,;:"))
	return it
}
