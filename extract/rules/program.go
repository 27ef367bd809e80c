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

// readLineTable reads the table whose header is lines[h]. A row begins at a
// line with text in the first column (or, when first is false, at any line);
// lines without it continue the row before. The table ends at a line wider
// than the table's columns allow or at a heading.
func readLineTable(lines []doc.Line, h int, first bool) *lineTable {
	t := &lineTable{}
	for _, s := range lines[h].Spans {
		t.cols = append(t.cols, column{s.X0, s.X1, vntext.Fold(s.Text)})
	}
	// Header cells that wrap onto a second line.
	i := h + 1
	for ; i < len(lines) && i < h+3; i++ {
		l := lines[i]
		if hasDigits(l.Text()) || len(l.Spans) >= len(t.cols) {
			break
		}
		for _, s := range l.Spans {
			c := t.colOf(s)
			t.cols[c].name += " " + vntext.Fold(s.Text)
			t.cols[c].x0, t.cols[c].x1 = min(t.cols[c].x0, s.X0), max(t.cols[c].x1, s.X1)
		}
	}
	left, right := t.cols[0].x0, t.cols[len(t.cols)-1].x1
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.Page != lines[h].Page && len(l.Spans) == 1 || reRoman.MatchString(l.Text()) {
			break
		}
		if len(l.Spans) == 1 && (l.Spans[0].X1-l.Spans[0].X0) > 0.7*(right-left) {
			break
		}
		cells := make([]string, len(t.cols))
		for _, s := range l.Spans {
			c := t.colOf(s)
			cells[c] = strings.TrimSpace(cells[c] + " " + s.Text)
		}
		if len(t.rows) == 0 || !first || cells[0] != "" {
			t.rows = append(t.rows, cells)
			continue
		}
		last := t.rows[len(t.rows)-1]
		for c, v := range cells {
			if v != "" {
				last[c] = strings.TrimSpace(last[c] + " " + v)
			}
		}
	}
	return t
}

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
	// A list under the program's heading.
	in := false
	var items []baocao.ProgramItem
	for _, p := range b.paras {
		f := vntext.Fold(p.Text)
		if reRoman.MatchString(p.Text) || vntext.IsUpper(p.Text) {
			if in && len(items) > 0 {
				break
			}
			in = reProgramHead.MatchString(f) && !strings.Contains(f, "hanh dong")
			continue
		}
		if !in || !reStartsItem.MatchString(p.Text) {
			continue
		}
		items = append(items, programItem(reStartsItem.ReplaceAllString(p.Text, "")))
	}
	return items
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
