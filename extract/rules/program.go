package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

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
// the table or at a heading. With banded set, lines[h] already joins the
// header's wrapped lines, and the lines under it are the body's.
func readLineTable(lines []doc.Line, h int, anchored, banded bool) *lineTable {
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
		if reRoman.MatchString(l.Text()) {
			break
		}
		if len(body) > 0 && l.Y+1000*float64(l.Page-lines[h].Page) > body[len(body)-1].y+3.2*max(l.Spans[0].Size, 8) && l.Page == lines[i-1].Page {
			break // a gap wider than between rows: past the table
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
	// The header's own continuation lines.
	first := 0
	for first < anchors[0] {
		l := body[first]
		if !banded && abs(l.y-headerY) < abs(body[anchors[0]].y-l.y) || completesHeader(l.cells) {
			addHeader(l.cells)
			first++
			continue
		}
		break
	}
	// Each column's text falls into cells: runs of lines closer together
	// than the padding between cells. A cell belongs to the row whose number
	// sits beside it (a centred number sits within its cell's height);
	// without one, to the row above in a table aligned to the top, else to
	// the nearest; a cell at the top of a page before that page's first
	// number goes on the row the last page left open.
	anchorY := make([]float64, len(anchors))
	for k, a := range anchors {
		anchorY[k] = body[a].y
	}
	for c := range t.cols {
		var ps []piece
		for _, l := range body[first:] {
			if l.cells[c] != "" {
				ps = append(ps, piece{l.y, l.cells[c]})
			}
		}
		step := 1e9
		for i := 1; i < len(ps); i++ {
			if g := ps[i].y - ps[i-1].y; g > 0.5 && g < step {
				step = g
			}
		}
		for i := 0; i < len(ps); {
			j := i + 1
			for j < len(ps) && ps[j].y-ps[j-1].y <= 1.3*step && ps[j].y-ps[j-1].y < 100 {
				j++
			}
			cell := ps[i:j]
			top, bottom := cell[0].y, cell[len(cell)-1].y
			var inside []int
			for k, y := range anchorY {
				if y >= top-1 && y <= bottom+1 {
					inside = append(inside, k)
				}
			}
			if len(inside) > 1 || len(inside) == 1 && !topAligned && strays(cell, anchorY, inside[0]) {
				// Rows packed without padding: each line to its nearest number.
				for _, p := range cell {
					k := nearestAnchor(anchorY, p.y, topAligned)
					t.rows[k][c] = joinCell(t.rows[k][c], p.text)
				}
				i = j
				continue
			}
			k := -1
			switch {
			case len(inside) == 1:
				k = inside[0]
			default:
				k = nearestAnchor(anchorY, (top+bottom)/2, topAligned)
				if prev := pageBefore(anchorY, top); prev >= 0 && anchorY[k] > bottom && int(anchorY[k]/1000) != int(anchorY[prev]/1000) {
					k = prev // the rest of a row the page broke
				}
			}
			last := anchorY[len(anchorY)-1]
			if bottom > last+3.2*size && k == len(anchorY)-1 && len(inside) == 0 && int(top/1000) == int(last/1000) {
				break // well below the last row, on its page: past the table
			}
			for _, p := range cell {
				t.rows[k][c] = joinCell(t.rows[k][c], p.text)
			}
			i = j
		}
	}
	return t
}

// headerBand joins a table header whose cells wrap over the lines just
// above and below line h into one line, and returns the lines with the band
// replaced by it and the header's new index.
func headerBand(lines []doc.Line, h int) ([]doc.Line, int, bool) {
	size := lineSize(lines[h])
	from, to := h, h
	// The band's lines are close together, cells centred beside each other;
	// a line further below than the band's own spacing is the body's first.
	pitch := 1.5 * size
	near := func(gap float64) bool { return gap <= 1.5*size && gap <= 1.8*pitch }
	for from > 0 && lines[from-1].Page == lines[h].Page && near(lines[from].Y-lines[from-1].Y) && !hasDigits(lines[from-1].Text()) && from > h-2 {
		pitch = min(pitch, lines[from].Y-lines[from-1].Y)
		from--
	}
	for to+1 < len(lines) && lines[to+1].Page == lines[h].Page && near(lines[to+1].Y-lines[to].Y) && !hasDigits(lines[to+1].Text()) && to < h+2 {
		pitch = min(pitch, lines[to+1].Y-lines[to].Y)
		to++
	}
	if from == to {
		return nil, 0, false
	}
	type piece struct {
		doc.Span
		line int
	}
	var spans []piece
	for i := from; i <= to; i++ {
		for _, s := range lines[i].Spans {
			spans = append(spans, piece{s, i})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].X0 < spans[j].X0 })
	var groups [][]piece
	for _, s := range spans {
		if n := len(groups); n > 0 {
			g := groups[n-1]
			x0, x1 := g[0].X0, g[0].X1
			for _, p := range g {
				x0, x1 = min(x0, p.X0), max(x1, p.X1)
			}
			if s.X0 <= x1+2 && s.X1 >= x0-2 {
				groups[n-1] = append(g, s)
				continue
			}
		}
		groups = append(groups, []piece{s})
	}
	var merged []doc.Span
	for _, g := range groups {
		lineOf := map[int]bool{}
		for _, p := range g {
			if lineOf[p.line] {
				// Two cells of one line under one text: a paragraph above the
				// table, not a header cell that wraps.
				return nil, 0, false
			}
			lineOf[p.line] = true
		}
		sort.SliceStable(g, func(i, j int) bool { return g[i].line < g[j].line }) // top to bottom
		m := g[0].Span
		for _, p := range g[1:] {
			m.Text += " " + p.Text
			m.X0, m.X1 = min(m.X0, p.X0), max(m.X1, p.X1)
		}
		merged = append(merged, m)
	}
	f := ""
	for _, s := range merged {
		f += " " + vntext.Fold(s.Text)
	}
	if !reColTopic.MatchString(f) || !(reColWho.MatchString(f) || reColTime.MatchString(f)) {
		return nil, 0, false
	}
	out := append(append(append([]doc.Line{}, lines[:from]...), doc.Line{Page: lines[h].Page, Y: lines[to].Y, Spans: merged}), lines[to+1:]...)
	return out, from, true
}

// piece is a line of one column's cell, at its height.
type piece struct {
	y    float64
	text string
}

// strays reports whether a run of lines that holds row k's number also
// holds lines much nearer another row's number: cells centred on their
// numbers, packed so that one row's last line touches the next one's first.
func strays(cell []piece, anchorY []float64, k int) bool {
	if n := len(cell); n > 2 {
		// A cell centred on its number is one cell, however tall.
		top, bottom := cell[0].y, cell[n-1].y
		if abs((top+bottom)/2-anchorY[k]) <= 0.6*(bottom-top)/float64(n-1) {
			return false
		}
	}
	for _, p := range cell {
		j := nearestAnchor(anchorY, p.y, false)
		if j != k && abs(anchorY[k]-p.y) > 1.5*abs(anchorY[j]-p.y) {
			return true
		}
	}
	return false
}

// nearestAnchor returns the row whose number is nearest to y; in a table
// aligned to the top, the nearest at or above y.
func nearestAnchor(anchorY []float64, y float64, topAligned bool) int {
	// anchorY rises down the table: the nearest is just above or below y.
	k := sort.SearchFloat64s(anchorY, y+1)
	if topAligned {
		return max(k-1, 0)
	}
	best, dist := 0, 1e18
	for _, j := range []int{k - 2, k - 1, k} {
		if j >= 0 && j < len(anchorY) {
			if d := abs(anchorY[j] - y); d < dist {
				best, dist = j, d
			}
		}
	}
	return best
}

// pageBefore returns the last row whose number is on an earlier page than
// y, or -1.
func pageBefore(anchorY []float64, y float64) int {
	k := -1
	for i, a := range anchorY {
		if int(a/1000) < int(y/1000) {
			k = i
		}
	}
	return k
}

// joinCell appends a wrapped line to a cell's text; a word broken at a
// hyphen ("18-" / "NQ/TW") joins without a space.
func joinCell(cell, line string) string {
	if cell == "" {
		return line
	}
	if n := len(cell); n >= 2 && cell[n-1] == '-' && cell[n-2] != ' ' {
		return cell + line
	}
	return cell + " " + line
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
		t := readLineTable(lines, h, false, false)
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
	reProgramHead    = regexp.MustCompile(`chuong trinh|noi dung`)
	reColTopic       = regexp.MustCompile(`noi dung|chuyen de|ten chuyen de`)
	reColWho         = regexp.MustCompile(`trinh bay|bao cao vien|nguoi thuc hien|nguoi bao cao`)
	reColTime        = regexp.MustCompile(`thoi luong|thoi gian`)
	reStartsItem     = regexp.MustCompile(`^(?:\d+\s*[.)/]|[-–+•*]|[a-zđ]\s*\))\s*`)
	rePresenter      = regexp.MustCompile(`(?:^|[\s,(\-–:])(?:do\s+)?` + comrade + `\s+(.+?)\s+(?:trinh bay|bao cao|quan triet|truyen dat|thong qua)\b|(?:nguoi trinh bay|bao cao vien)\s*:\s*(?:` + comrade + `\s*)?([^;)\n]+)`)
	rePresenterAside = regexp.MustCompile(`(?:\(|\s[-–]\s*)` + comrade + `\.?\s+([^;()\n]+?)\s*(?:[;)]|\s[-–]\s*\d|\(\s*\d|\.?$)`)
	reDuration       = regexp.MustCompile(`\(?\s*(?:thoi luong|thoi gian)?\s*:?\s*\d+(?:[.,]\d+)?\s*(?:phut|gio|tieng)\s*\)?`)
)

// program reads the conference's agenda: a table, or a numbered or dashed list
// under the heading that names the program or content.
func (b *bodyFields) program() []baocao.ProgramItem {
	lines := b.bodyLines()
	for h, l := range lines {
		f := vntext.Fold(l.Text())
		if !reColTopic.MatchString(f) || len(l.Spans) < 2 && len(f) > 40 {
			continue // a header line (or the middle line of a header band)
		}
		// A header whose cells wrap above and below the line that names the
		// topic ("Thời" over "TT | Nội dung | Người trình bày" over "gian"):
		// read the band of lines as one header, unless the band merges the
		// line's own columns (a paragraph over the table).
		tl, th, banded := lines, h, false
		if bl, bh, ok := headerBand(lines, h); ok && len(bl[bh].Spans) >= max(len(l.Spans), 2) {
			tl, th, banded = bl, bh, true
		} else if len(l.Spans) < 2 || !(reColWho.MatchString(f) || reColTime.MatchString(f)) {
			continue
		}
		t := readLineTable(tl, th, true, banded)
		topic, who, dur := t.col(reColTopic), t.col(reColWho), t.col(reColTime)
		var items []baocao.ProgramItem
		for _, row := range t.rows {
			if topic < 0 || row[topic] == "" {
				continue
			}
			// The item's number may have joined its topic's first line ("1
			// Quán triệt …") when the number column is narrow.
			topicText := row[topic]
			if n, rest, ok := strings.Cut(topicText, " "); ok && n == fmt.Sprint(len(items)+1) {
				topicText = rest
			}
			it := baocao.ProgramItem{Topic: trimPunct(topicText)}
			if who >= 0 {
				if p, ok := parsePerson(row[who]); ok {
					it.Presenter = p.Name
					b.presenters = append(b.presenters, p)
				}
			}
			if dur >= 0 {
				it.Minutes, _ = ParseMinutes(row[dur])
				if it.Minutes == 0 {
					// The unit in the header: "Thời lượng (phút)", "(giờ)".
					if v, ok := ParseNumber(row[dur]); ok && v > 0 {
						switch name := t.cols[dur].name; {
						case strings.Contains(name, "phut"):
							it.Minutes = int(v)
						case strings.Contains(name, "gio") || strings.Contains(name, "tieng"):
							it.Minutes = int(v*60 + 0.5)
						}
					}
				}
			}
			items = append(items, it)
		}
		if len(items) > 0 {
			return items
		}
	}
	if items := inlineProgram(b.paras); len(items) > 0 {
		return items
	}
	// A list under the program's heading: items are the bulleted paragraphs
	// after it, until a paragraph of another kind.
	in := false
	style, next := "", 1
	var items []baocao.ProgramItem
	var whos []baocao.Person
	lastText := "" // the last item's text, past its bullet
	for _, p := range b.paras {
		f := vntext.Fold(p.Text)
		bullet := reStartsItem.FindString(p.Text)
		if in && len(items) > 0 && rePageNumber.MatchString(p.Text) {
			continue // a page's number between an item's lines
		}
		if in && bullet == "" && len(items) > 0 && !strings.ContainsAny(lastText[max(0, len(lastText)-1):], ".;:!?") && startsLower(p.Text) {
			// The item goes on: its line ended mid-sentence and the layout
			// broke the paragraph there.
			lastText += " " + p.Text
			items[len(items)-1], whos[len(whos)-1] = presentedItem(lastText)
			continue
		}
		if !in {
			in = len(p.Text) < 90 && reProgramHead.MatchString(f) && !strings.Contains(f, "hanh dong") &&
				(reRoman.MatchString(p.Text) || bullet != "" || vntext.IsUpper(p.Text)) ||
				// A sentence that leads into the list: "Hội nghị được nghe
				// quán triệt các chuyên đề:".
				len(p.Text) < 120 && strings.HasSuffix(strings.TrimSpace(f), ":") && cueTopic.MatchString(f) && !strings.Contains(f, "hanh dong") ||
				// A label alone on its line: "Chương trình:", "Nội dung hội nghị:".
				len(p.Text) < 40 && strings.HasSuffix(strings.TrimSpace(f), ":") && reProgramHead.MatchString(f) && !strings.Contains(f, "hanh dong")
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
		lastText = strings.TrimSpace(p.Text[len(bullet):])
		it, who := presentedItem(lastText)
		items, whos = append(items, it), append(whos, who)
	}
	for _, who := range whos {
		if who.Name != "" {
			b.presenters = append(b.presenters, who)
		}
	}
	return items
}

var reInlineProgram = regexp.MustCompile(`^(?:noi dung|chuong trinh)(?: hoi nghi)?(?: gom)?(?: cac chuyen de)?\s*:\s*`)

// inlineProgram reads a program written in one sentence: "Nội dung: … (2
// giờ); … (1 giờ)." Each item must say its duration or its presenter.
func inlineProgram(paras []paragraph) []baocao.ProgramItem {
	for _, p := range paras {
		f := newFolded(p.Text)
		m := reInlineProgram.FindStringIndex(f.fold)
		if m == nil {
			continue
		}
		var items []baocao.ProgramItem
		for _, part := range strings.Split(trimSentenceEnd(f.span(m[1], len(f.fold))), ";") {
			it := programItem(strings.TrimSpace(part))
			if it.Topic == "" || it.Minutes == 0 && it.Presenter == "" {
				return nil
			}
			items = append(items, it)
		}
		return items
	}
	return nil
}

// startsLower reports whether a text starts with a lower-case letter or a
// digit: the rest of a sentence, not a new one.
func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r) || unicode.IsDigit(r)
	}
	return false
}

var rePageNumber = regexp.MustCompile(`^\s*-?\s*\d{1,3}\s*-?\s*$`)

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
	it, _ := presentedItem(s)
	return it
}

// presentedItem reads a program item and its presenter with the position
// written beside the name.
func presentedItem(s string) (baocao.ProgramItem, baocao.Person) {
	var who baocao.Person
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
			who = p
			cut = min(cut, m[0])
		}
	}
	if it.Presenter == "" {
		// The presenter set aside without a verb: "… (đ/c Châu Minh Tâm;
		// 60 phút)", "… - Đc Thạch Sô Phal - 1,5 giờ".
		if g, m := f.find(rePresenterAside); g != nil {
			if p, ok := parsePerson(g[1]); ok {
				it.Presenter = p.Name
				who = p
				cut = min(cut, m[0])
			}
		}
	}
	if m := reDuration.FindStringIndex(f.fold); m != nil {
		it.Minutes, _ = ParseMinutes(f.span(m[0], m[1]))
		cut = min(cut, m[0])
	}
	it.Topic = quotedTitle(trimPunct(strings.TrimRight(f.span(0, cut), " -–,;:")))
	return it, who
}

var reQuotedTopic = regexp.MustCompile(`^(?:[Cc]huyên đề\s+\d+\s*[:.]\s*)?[“"](.+)[”"]$`)

// quotedTitle returns the title a topic quotes whole ("Chuyên đề 1: “Những
// nội dung cơ bản…”" is the document "Những nội dung cơ bản…"), or the topic
// as written.
func quotedTitle(topic string) string {
	if m := reQuotedTopic.FindStringSubmatch(topic); m != nil && !strings.ContainsAny(m[1], "“”\"") {
		return m[1]
	}
	return topic
}
