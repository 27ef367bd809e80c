package rules

import (
	"regexp"
	"strings"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// Every office document, party or state, opens the same way: the body above
// and the issuing body on the left with the number and symbol under them, the
// country's motto and the place and date on the right, then the kind of
// document in capitals with its trích yếu, and closes with the signature.
// header reads that much from any document, whatever its kind, so that every
// file in the share can be found by it; the kind also decides whether the
// field rules look for conference records at all.

// headerLines is how far into a document its header and title may run.
const headerLines = 40

// docHeader is what a document's opening and signature say.
type docHeader struct {
	doc     baocao.Document
	kind    docKind
	hasKind bool
	titleAt int // the line of the kind's title, or -1
}

// readHeader reads the header of a document laid out on pages, or of a
// workbook's first sheet.
func readHeader(d *doc.Document) docHeader {
	lines := d.Lines
	if len(lines) == 0 && len(d.Sheets) > 0 {
		s := &d.Sheets[0]
		lines = sheetLines(&doc.Sheet{Rows: s.Rows[:min(len(s.Rows), 15)]}, 0)
	}
	h := docHeader{titleAt: -1}
	h.doc.Pages = d.Pages
	if len(lines) == 0 {
		return h
	}
	top := lines[:min(len(lines), headerLines)]
	// The title: the kind of document in capitals, then the trích yếu, under
	// the number the issuer's block ends with ("KẾ HOẠCH" over "Số 04-BC/CB"
	// is the end of "Chi bộ Phòng Tài chính - Kế hoạch", not a title).
	numberAt := -1
	for i, l := range top[:min(len(top), 8)] {
		if numberAt < 0 && len(l.Spans) <= 2 && symbolLine(l) != "" { // not a table's row
			numberAt = i
		}
	}
	for i, l := range top {
		if i > 30 {
			break
		}
		if i < numberAt {
			continue
		}
		first := l.Spans[0].Text
		f := vntext.Fold(l.Text())
		if !vntext.IsUpper(first) && !strings.HasPrefix(f, "v/v") {
			continue
		}
		k, words, exact, ok := kindOfTitle(strings.Join(strings.Fields(vntext.Fold(first)), " "))
		if !ok || !k.report && !exact && len(l.Spans) != 1 {
			continue // "KẾ HOẠCH" heads a plan; a line that goes on beside it is a table's or the body's
		}
		h.titleAt = i
		h.kind, h.hasKind = k, true
		h.doc.Title = titleOf(top, i, words)
		break
	}
	// The number and symbol, in the header above the title.
	titleKind := h.kind
	for i, l := range top {
		if i >= 8 || h.titleAt >= 0 && i >= h.titleAt || h.doc.DocNumber != "" {
			break
		}
		if sym := symbolLine(l); sym != "" {
			h.doc.DocNumber = sym
			if k, ok := kindOfCode(sym); ok && (!h.hasKind || titleKind.report != k.report) {
				// The title names the kind; a number's code outweighs it
				// only where the two disagree on whether it is a report.
				// (The party's QĐ numbers both Quyết định and Quy định.)
				h.kind, h.hasKind = k, true
			}
		}
	}
	if h.hasKind {
		h.doc.Kind = h.kind.name
	}
	headEnd := h.titleAt
	if headEnd < 0 {
		headEnd = min(len(top), 8)
	}
	left, right := splitHeader(top[:headEnd])
	var all []string
	for _, l := range lines[max(headEnd, 0):min(len(lines), headEnd+200)] {
		all = append(all, l.Text())
	}
	body := newFolded(strings.Join(all, "\n"))
	h.doc.ParentIssuer, h.doc.Issuer = issuers(left, body)
	h.doc.Place, h.doc.Date = placeAndDate(append(right, left...))
	if h.doc.Kind == "" && h.doc.Title == "" {
		// A state agency's letter: "V/v …" under its number, on the left.
		for _, s := range left {
			if f := vntext.Fold(s); strings.HasPrefix(f, "v/v") || strings.HasPrefix(f, "ve viec") {
				h.doc.Kind, h.doc.Title = "Công văn", strings.TrimSpace(s)
				break
			}
		}
	}
	var signed baocao.Record
	readSignature(&signed, lines)
	h.doc.Signer = signed.Signer
	return h
}

// symbolLine returns the document's number and symbol when the line gives
// it: "Số 04-BC/CB", "Số: 12-KH/ĐU".
func symbolLine(l doc.Line) string {
	for _, s := range l.Spans {
		f := vntext.Fold(s.Text)
		if !reSoLine.MatchString(f) && !strings.HasPrefix(f, "so ") {
			continue
		}
		if sym, ok := ParseSymbol(s.Text); ok {
			return sym
		}
	}
	return ""
}

// titleOf joins a title line (past its kind's words) with the trích
// yếu under it: the next lines in capitals, in bold, or starting "V/v", up to
// the salutation, the preamble or the body.
func titleOf(lines []doc.Line, at, words int) string {
	parts := []string{}
	if rest := strings.Fields(lines[at].Text()); len(rest) > words {
		parts = append(parts, strings.Join(rest[words:], " "))
	}
	for j := at + 1; j < len(lines) && j <= at+4; j++ {
		l := lines[j]
		t := strings.TrimSpace(l.Text())
		f := vntext.Fold(t)
		if strings.Trim(t, "-–—_*=. ") == "" {
			if len(parts) > 0 {
				break // the rule under the title
			}
			continue
		}
		bold := len(l.Spans) > 0 && l.Spans[0].Bold
		if reSalutation.MatchString(f) || reTitleStop.MatchString(f) && !bold && !vntext.IsUpper(t) || len(t) > 240 {
			break
		}
		// A plain line is the trích yếu only right under a bare kind, and
		// alone on its line.
		plain := !vntext.IsUpper(t) && !bold && !strings.HasPrefix(f, "v/v") && !strings.HasPrefix(f, "ve ")
		if plain && (len(parts) > 0 || len(l.Spans) > 1) {
			break
		}
		parts = append(parts, t)
	}
	return trimPunct(strings.Join(strings.Fields(strings.Join(parts, " ")), " "))
}

// A title ends at the salutation or the preamble, and at the body's first
// words when they are not in the title's bold or capitals.
var (
	reSalutation = regexp.MustCompile(`^(?:kinh gui|can cu)`)
	reTitleStop  = regexp.MustCompile(`^(?:thuc hien|thi hanh|theo |[ivx]+\s*[.:]|\d+\s*[.)]|-\s|\+\s|phan |muc |chuong )`)
)

// issuers reads the committees or agencies of the header's left column: the
// first is the body above, the last the one that issued the document. A
// name that wraps onto a second line is joined.
func issuers(left []string, body *folded) (parent, issuer string) {
	var names []string
	dashed := map[int]bool{} // the name's line ends with a dash: "CHI BỘ PHÒNG TÀI CHÍNH -"
	for _, s := range left {
		s = withoutMotto(s)
		f := vntext.Fold(s)
		switch {
		case reSoLine.MatchString(f) || strings.HasPrefix(f, "so ") || strings.HasPrefix(f, "v/v") || strings.HasPrefix(f, "ve viec"):
		case vntext.IsUpper(s) && !reCountry.MatchString(f) && strings.ContainsFunc(s, isLetter) && len(names) < 4:
			if n := strings.Trim(s, "*-–—_ "); n != "" && strings.ContainsFunc(n, isLetter) {
				dashed[len(names)] = strings.HasSuffix(strings.TrimRight(s, " "), "-") || strings.HasSuffix(strings.TrimRight(s, " "), "–")
				names = append(names, n)
			}
		}
	}
	var units []string
	for i, n := range names {
		if len(units) > 0 && !startsUnit(vntext.Fold(n)) && !reAgency.MatchString(vntext.Fold(n)) {
			if dashed[i-1] {
				units[len(units)-1] += " -"
			}
			units[len(units)-1] += " " + n
			continue
		}
		units = append(units, n)
	}
	switch len(units) {
	case 0:
		return "", ""
	case 1:
		return "", asWritten(units[0], body)
	default:
		return asWritten(units[0], body), asWritten(units[len(units)-1], body)
	}
}

// withoutMotto cuts the national motto or the Party's name out of a header
// text that runs into it: "ỦY BAN MTTQ XÃ HÙNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM", where the layout joined the two columns, is the committee alone.
func withoutMotto(s string) string {
	f := newFolded(s)
	m := reCountry.FindStringIndex(f.fold)
	if m == nil {
		return s
	}
	return strings.TrimSpace(f.span(0, m[0]) + " " + f.span(m[1], len(f.fold)))
}

// placeAndDate reads "Hà Nội, ngày 05 tháng 3 năm 2021", which the layout
// may break over two lines.
func placeAndDate(lines []string) (string, baocao.Date) {
	for i, s := range lines {
		f := vntext.Fold(s)
		if !rePlaceDate.MatchString(f) {
			continue
		}
		if i+1 < len(lines) {
			s += " " + lines[i+1]
		}
		d, ok := ParseDate(s)
		if !ok {
			continue
		}
		place := ""
		if c := strings.Index(s, ","); c > 0 {
			place = trimPunct(s[:c])
			if vntext.IsUpper(place) || strings.ContainsFunc(place, func(r rune) bool { return r >= '0' && r <= '9' }) || len(strings.Fields(place)) > 6 {
				place = ""
			}
		}
		return place, d
	}
	return "", baocao.Date{}
}

// sheetLines lays a sheet's rows from row on out as lines, one span a cell
// (a column 80 points wide), so that the readers of a page's layout (the
// header, the signature) read a sheet's title rows the way they read a page.
func sheetLines(s *doc.Sheet, from int) []doc.Line {
	var lines []doc.Line
	for r := max(from, 0); r < len(s.Rows); r++ {
		l := doc.Line{Page: 1, Y: float64(r) * 20}
		for c, cell := range s.Rows[r] {
			if t := strings.TrimSpace(cell.Text); t != "" {
				l.Spans = append(l.Spans, doc.Span{X0: float64(c) * 80, X1: float64(c)*80 + 70, Text: t})
			}
		}
		if len(l.Spans) > 0 {
			lines = append(lines, l)
		}
	}
	return lines
}
