package rules

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// paragraph is a run of lines that belong together in a narrative report.
type paragraph struct {
	Text  string
	Page  int
	Lines []doc.Line
}

var (
	reBullet    = regexp.MustCompile(`^(?:[IVX]+\s*[.:/]|\d+(?:\.\d+)*\s*[.)/]|[a-zđ]\s*\)|[-–+•*])\s*`)
	reRoman     = regexp.MustCompile(`^[IVX]+\s*[.:/]\s*`)
	reCountry   = regexp.MustCompile(`dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc`)
	reTitleLine = regexp.MustCompile(`^bao cao$|^bao cao\s+(?:ket qua|so ket|tong ket|tinh hinh|ve viec)`)
	reSoLine    = regexp.MustCompile(`^so\s*[:.]?\s*\d`)
	rePlaceDate = regexp.MustCompile(`,\s*ngay\s+\d|ngay\s+\d{1,2}\s+thang`)
)

// narrative reads one record from a report written as running text: the
// letterhead, the body, and the signer its header found.
func narrative(d *doc.Document, signer *baocao.Person) (rec baocao.Record, ok bool) {
	lines := d.Lines
	if len(lines) == 0 {
		return rec, false
	}
	titleAt := -1
	for i, l := range lines {
		if i > 40 {
			break
		}
		if reTitleLine.MatchString(vntext.Fold(l.Text())) && vntext.IsUpper(l.Spans[0].Text) {
			titleAt = i
			break
		}
	}
	headEnd := titleAt
	if headEnd < 0 {
		headEnd = min(len(lines), 8)
	}
	left, right := splitHeader(lines[:headEnd])

	body := paragraphs(lines[max(titleAt, 0):])
	var all []string
	for _, p := range body {
		all = append(all, p.Text)
	}
	text := newFolded(strings.Join(all, "\n"))
	// A report of a conference, or of studying a resolution without naming
	// the meeting a conference ("đã tổ chức học tập, quán triệt Nghị quyết").
	conference := strings.Contains(text.fold, "hoi nghi") && (strings.Contains(text.fold, "nghi quyet") || strings.Contains(text.fold, "dang vien"))
	if !conference && !(strings.Contains(text.fold, "quan triet") && strings.Contains(text.fold, "nghi quyet") && cueMember.MatchString(text.fold)) {
		return rec, false
	}

	rec.Source = baocao.Source{Page: 1}
	readLetterhead(&rec, left, right, text)
	b := bodyFields{text: text, paras: body}
	b.read(&rec)
	if signer != nil {
		p := *signer // read once with the document's header
		rec.Signer = &p
	}
	return rec, true
}

// splitHeader separates the letterhead's left column (the committees, the
// number) from its right (the country motto, place and date). The right column
// starts where "ĐẢNG CỘNG SẢN VIỆT NAM" starts; without it, at mid-page.
func splitHeader(lines []doc.Line) (left, right []string) {
	split := 0.0
	maxX := 0.0
	for _, l := range lines {
		for _, s := range l.Spans {
			if m := reCountry.FindStringIndex(vntext.Fold(s.Text)); m != nil && m[0] == 0 && split == 0 {
				// The motto's own span (not a committee's that the layout ran
				// into it) marks the right column.
				split = s.X0 - 5
			}
			maxX = max(maxX, s.X1)
		}
	}
	if split == 0 {
		split = maxX / 2
	}
	for _, l := range lines {
		var lt, rt []string
		for _, s := range l.Spans {
			if s.X0 < split && (s.X1 <= split+20 || len(l.Spans) == 1 && s.X0 < split/2) {
				lt = append(lt, s.Text)
			} else {
				rt = append(rt, s.Text)
			}
		}
		if len(lt) > 0 {
			left = append(left, strings.Join(lt, " "))
		}
		if len(rt) > 0 {
			right = append(right, strings.Join(rt, " "))
		}
	}
	return left, right
}

// readLetterhead takes the parent committee, the unit and the report's number
// from the left column, and the report's date from the right.
func readLetterhead(rec *baocao.Record, left, right []string, text *folded) {
	for _, s := range left {
		f := vntext.Fold(s)
		if reSoLine.MatchString(f) || strings.HasPrefix(f, "so ") {
			if sym, ok := ParseSymbol(s); ok {
				rec.DocNumber = sym
				break
			}
		}
	}
	rec.ParentUnit, rec.Unit = issuers(left, text)
	rec.Unit = inFull(rec.Unit, rec.ParentUnit, text)
	_, rec.ReportDate = placeAndDate(right)
}

// reAgency starts the name of a state agency or unit, which a state
// layout's header puts under its superior ("UBND HUYỆN ĐÔNG ANH" over
// "TRƯỜNG THCS KIM CHUNG").
var reAgency = regexp.MustCompile(`^(?:truong|tram|benh vien|trung tam|phong|cong an|ban chi huy|hop tac xa|htx|cong ty|ubnd|uy ban|so|cuc|chi cuc|van phong|don bien phong|bo chi huy|ngan hang|kho bac|buu dien) `)

var rePlaceAfter = regexp.MustCompile(`^\s+(?:(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\s+)?`)

var rePlaceEnd = regexp.MustCompile(`(?:^|\s)(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)$`)

// inFull returns the unit's name as the report's body gives it in full: the
// organisation a committee reports for ("Đảng ủy xã Thanh Hà" reports for
// "Đảng bộ xã Thanh Hà", when the body names it so), and a name the header
// shortened ("Chi bộ Trạm Y tế") with the place the body adds, when that is
// the parent's place ("… Trạm Y tế xã Đa Tốn" under "Đảng bộ xã Đa Tốn").
func inFull(unit, parent string, text *folded) string {
	if unit == "" {
		return unit
	}
	if _, org := baocao.CanonicalUnit(unit); org != unit {
		if i := strings.Index(text.fold, vntext.Fold(org)); i >= 0 {
			if cand := text.span(i, i+len(vntext.Fold(org))); !vntext.IsUpper(cand) {
				unit = capitalise(cand)
			}
		}
	}
	return withPlace(unit, parent, text)
}

// withPlace returns the name as the text gives it with the place that
// follows it, when that place is the parent's ("Đảng ủy Sở Y tế tỉnh Bình
// Định" under "Đảng bộ Khối các cơ quan tỉnh Bình Định").
func withPlace(unit, parent string, text *folded) string {
	if unit == "" {
		return unit
	}
	key := vntext.Fold(unit)
	pf := " " + vntext.Fold(parent) + " "
	for from := 0; ; {
		i := strings.Index(text.fold[from:], key)
		if i < 0 {
			return unit
		}
		i += from
		end := i + len(key)
		from = end
		m := rePlaceAfter.FindStringIndex(text.fold[end:])
		if m == nil || m[1]-m[0] <= 1 && !rePlaceEnd.MatchString(key) && !strings.Contains(text.fold[end:end+m[1]], " ") {
			continue
		}
		// The place: the capitalised words after its kind.
		words := strings.Fields(text.span(end+m[1], min(len(text.fold), end+m[1]+60)))
		n := 0
		for n < len(words) && n < 4 && isNameWord(strings.TrimRight(words[n], ",.;:)")) {
			n++
			if strings.ContainsAny(words[n-1], ",.;:)") {
				break
			}
		}
		if n == 0 {
			continue
		}
		place := vntext.Fold(strings.TrimRight(strings.Join(words[:n], " "), ",.;:)"))
		if !strings.Contains(pf, " "+place+" ") {
			continue
		}
		full := text.span(i, end) + text.span(end, end+m[1]) + strings.TrimRight(strings.Join(words[:n], " "), ",.;:)")
		return capitalise(strings.Join(strings.Fields(full), " "))
	}
}

var reUnitStart = regexp.MustCompile(`^(?:dang bo|dang uy|chi bo|chi uy|huyen uy|tinh uy|thanh uy|thi uy|quan uy|ban |uy ban|co quan|to dang|dang doan|ban can su|van phong|trung uong)`)

func startsUnit(fold string) bool { return reUnitStart.MatchString(fold) }

// paragraphs groups lines into paragraphs: a new one starts at a bullet or a
// numbered heading, an indented first line, a wide vertical gap, or after a
// line that ends a sentence short of the right margin.
func paragraphs(lines []doc.Line) []paragraph {
	if len(lines) == 0 {
		return nil
	}
	var xs, rights []float64
	for _, l := range lines {
		xs = append(xs, l.X0())
		rights = append(rights, l.Spans[len(l.Spans)-1].X1)
	}
	margin := quantile(xs, 0.2)
	rightMargin := quantile(rights, 0.8)
	var out []paragraph
	var prev doc.Line
	for i, l := range lines {
		t := l.Text()
		newPara := i == 0 || len(l.Spans) > 1 || len(prev.Spans) > 1
		if !newPara {
			gap := l.Y - prev.Y
			size := l.Spans[0].Size
			if size == 0 {
				size = 12
			}
			prevText := prev.Text()
			prevEnd := prev.Spans[len(prev.Spans)-1].X1
			switch {
			case l.Page != prev.Page:
				newPara = l.X0() > margin+8 || strings.HasSuffix(prevText, ".")
			case dashContinues(prevText, t) && l.X0() <= margin+8 && gap >= 0 && gap <= 2.2*size:
				// "… khóa XII" / "- đồng chí X trình bày": the dash before a
				// presenter fell at the start of the line, not a new item.
			case startsBullet(t), l.X0() > margin+8, gap > 2.2*size || gap < 0:
				newPara = true
			case strings.ContainsAny(lastRune(prevText), ".:;") && prevEnd < rightMargin-40:
				newPara = true
			case prevEnd+firstWordWidth(l)+0.3*size < rightMargin-2:
				// The line before stopped short although this line's first
				// word would have fitted: that line ended its paragraph.
				newPara = true
			case vntext.IsUpper(prevText) != vntext.IsUpper(t) && prevEnd < rightMargin-40:
				newPara = true
			}
		}
		if newPara {
			out = append(out, paragraph{Text: t, Page: l.Page, Lines: []doc.Line{l}})
		} else {
			p := &out[len(out)-1]
			p.Text += " " + t
			p.Lines = append(p.Lines, l)
		}
		prev = l
	}
	return out
}

// dashContinues reports whether a line that starts with a dash goes on the
// sentence of the line before: that line ends without a stop, and the dash is
// followed by a small letter, where a list item starts with a capital.
func dashContinues(prev, t string) bool {
	rest, ok := strings.CutPrefix(t, "- ")
	if !ok {
		rest, ok = strings.CutPrefix(t, "– ")
	}
	if !ok || rest == "" || strings.ContainsAny(lastRune(prev), ".:;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// startsBullet reports whether a line starts with a bullet or a number
// followed by text: "XII." alone is the end of a sentence, not a heading.
func startsBullet(t string) bool {
	m := reBullet.FindStringIndex(t)
	return m != nil && m[1] < len(t)
}

// firstWordWidth estimates the width of a line's first word from its span.
func firstWordWidth(l doc.Line) float64 {
	sp := l.Spans[0]
	n := len([]rune(sp.Text))
	if n == 0 {
		return 0
	}
	w := strings.IndexByte(sp.Text, ' ')
	if w < 0 {
		w = len(sp.Text)
	}
	return (sp.X1 - sp.X0) * float64(len([]rune(sp.Text[:w]))) / float64(n)
}

func lastRune(s string) string {
	if s == "" {
		return ""
	}
	r := []rune(s)
	return string(r[len(r)-1])
}

func quantile(v []float64, q float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[int(q*float64(len(s)-1))]
}

var (
	reOnBehalf   = regexp.MustCompile(`^(?:t\s*/\s*m|k\s*/\s*t|tm\.?|kt\.?|thay mat)\b`)
	reSignTitle  = regexp.MustCompile(`^(?:tong bi thu|thu tuong|pho thu tuong|pho bi thu|bi thu|chu tich|pho chu tich|giam doc|pho giam doc|truong|thu truong|pho truong|hieu truong)`)
	reSignedNote = regexp.MustCompile(`^\(?\s*(?:da ky|ky|ky ten|ky,|ky va|dong dau)`)
)

// readSignature finds the signature block, bottom right: "T/M CHI BỘ" (or
// "K/T BÍ THƯ"), the signer's position in capitals, then the name.
func readSignature(rec *baocao.Record, lines []doc.Line) {
	start := len(lines) - 25
	if start < 0 {
		start = 0
	}
	var title string
	for i := len(lines) - 1; i >= start; i-- {
		for _, s := range lines[i].Spans {
			f := vntext.Fold(s.Text)
			if !reOnBehalf.MatchString(f) && !(reSignTitle.MatchString(f) && vntext.IsUpper(s.Text) && len(f) < 30) {
				continue
			}
			// Walk down from here: the last position line before the name
			// is the signer's own position.
			x := s.X0 - 40
			for _, l := range lines[i:] {
				for _, t := range l.Spans {
					if t.X1 < x {
						continue
					}
					ft := vntext.Fold(t.Text)
					switch {
					case reOnBehalf.MatchString(ft):
						if m := reOnBehalf.FindStringIndex(ft); m != nil {
							rest := strings.TrimSpace(ft[m[1]:])
							if reSignTitle.MatchString(rest) && title == "" {
								title = titleCase(trimPunct(newFolded(t.Text).span(m[1], len(ft))))
							}
						}
					case reSignTitle.MatchString(ft) && vntext.IsUpper(t.Text):
						title = titleCase(t.Text)
					case reSignedNote.MatchString(ft):
					default:
						if p, ok := parsePerson(t.Text); ok && p.Title == "" {
							p.Title = title
							rec.Signer = &p
							return
						}
						if vntext.IsUpper(t.Text) && !strings.Contains(ft, "noi nhan") {
							if p, ok := parsePerson(nameCase(t.Text)); ok {
								p.Title = title
								rec.Signer = &p
								return
							}
						}
					}
				}
			}
			return
		}
	}
}
