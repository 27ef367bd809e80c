package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"baocao"
)

// role is what a figure in a report's text counts.
type role int

const (
	roleNone    role = iota
	roleTotal        // all party members of the unit
	rolePresent      // party members who attended
	roleAbsent       // party members who did not
	roleOthers       // attendees who are not party members
	roleRate         // the attendance rate
	roleCrowd        // everyone who attended, members or not
)

// figure is a number in the text with the role its cue words give it.
type figure struct {
	role   role
	n      int
	rate   float64
	member bool // the number counts party members by name ("đảng viên", "ĐV")
	// labelledAbsent marks an absence named as such ("vắng"), not by its
	// reason ("đi công tác: 2")
	labelledAbsent bool
	at, end        int // folded byte range
	sentence       int
}

var (
	reFigure = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	// nouns that count people, after a number
	rePeopleNoun = regexp.MustCompile(`^[^\S\n]*\(?[^\S\n]*(?:dong chi|d/c|dc|nguoi|dang vien|dv|d/v|d\.v|quan chung|%|dai bieu|can bo)`)
	// nouns that count something else: "15 chi bộ", "3 tổ", "2 ngày"
	reBreakdown = regexp.MustCompile(`^\s*(?:dang vien|dv|d/c|dong chi|nguoi)?\s*:\s*$`)
	reOtherNoun = regexp.MustCompile(`^[^\S\n]*(?:chi bo|dang bo|to |thon|xom|ap |khu|ngay|thang|nam|gio|phut|tieng|chuyen de|noi dung|van ban|ban |lop|buoi|diem cau|cuon|tai lieu|ke hoach|bai|y kien|luot|ho )`)
	reSubKind   = regexp.MustCompile(`^[^\S\n]*(?:dang vien\s+|dv\s+|d/c\s+|dong chi\s+)?(?:chinh thuc|du bi)`)
	reClauseCut = regexp.MustCompile(`[;\n(]|\.\s`)
	reParens    = regexp.MustCompile(`\([^()]*\)`)
	// a document's number and symbol, folded: its "ĐU" is no "dự"
	reFoldedSymbol = regexp.MustCompile(`\d{1,5}\s*[-/]\s*[a-z]{1,8}(?:[-/][a-z0-9]{1,12}){1,3}`)
	reRatioNext    = regexp.MustCompile(`^\s*/\s*\d`)
	reMonthYear    = regexp.MustCompile(`^\s*[/.-]\s*(?:19|20)\d\d(?:[^\d]|$)`)
	reRatioPrev    = regexp.MustCompile(`\d\s*/\s*$`)
	reHasVerb      = regexp.MustCompile(`(?:^|[^a-z])(?:co|voi|gom|la)\s*$`)
)

var reLineNumber = regexp.MustCompile(`(?m)^[ \t]*(\d{1,2})\b`)

// rowNumbers returns where the numbers that number a table's rows or a
// list's items stand: at the start of successive lines, counting 1, 2, 3…
// ("4 Quần chúng được mời dự 25": the 4 counts the row, 25 the people).
func rowNumbers(fold string) map[int]bool {
	ms := reLineNumber.FindAllStringSubmatchIndex(fold, -1)
	out := map[int]bool{}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && lineNumber(fold, ms[j]) == lineNumber(fold, ms[j-1])+1 {
			j++
		}
		if j-i >= 2 {
			for _, m := range ms[i:j] {
				out[m[2]] = true
			}
		}
		i = j
	}
	return out
}

// lineNumber is the number reLineNumber matched at m.
func lineNumber(fold string, m []int) int {
	n, _ := ParseInt(fold[m[2]:m[3]])
	return n
}

// readFigures finds the numbers that count people in the folded text and the
// role each plays, from the cue words of the lexicon around it.
func readFigures(fold string, skip [][2]int) []figure {
	var out []figure
	sentence := 0
	last := 0
	rows := rowNumbers(fold)
	for _, m := range reFigure.FindAllStringIndex(fold, -1) {
		s, e := m[0], m[1]
		if inRanges(s, e, skip) || s > 0 && isLetterByte(fold[s-1]) || e < len(fold) && isLetterByte(fold[e]) || rows[s] {
			continue
		}
		if e < len(fold) && (fold[e] == '-' || fold[e] == '/' && e+1 < len(fold) && isLetterByte(fold[e+1]) && !(fold[e+1] >= '0' && fold[e+1] <= '9')) {
			continue // a document's number: "15-BC/CB", "12/KH"
		}
		sentence += strings.Count(fold[last:s], ". ") + strings.Count(fold[last:s], "\n")
		last = s
		after := fold[e:min(len(fold), e+40)]
		if reOtherNoun.MatchString(after) || reSubKind.MatchString(after) {
			continue
		}
		if n, _ := ParseInt(fold[s:e]); n >= 1900 && n <= 2100 && !rePeopleNoun.MatchString(after) {
			continue // a year
		}
		if m := reMonthYear.FindStringSubmatch(after); m != nil {
			continue // a month and year: "5/2021"
		}
		// The clause before the number: back to the previous figure or a
		// clause boundary.
		from := max(0, s-60)
		if len(out) > 0 && out[len(out)-1].end > from {
			from = out[len(out)-1].end
		}
		before := reParens.ReplaceAllString(reFoldedSymbol.ReplaceAllString(fold[from:s], " "), " ")
		if c := reClauseCut.FindAllStringIndex(before, -1); c != nil {
			before = before[c[len(c)-1][1]:]
		}
		people := rePeopleNoun.MatchString(after)
		f := figure{at: s, end: e, sentence: sentence}
		nounEnd := 0
		if people {
			nounEnd = len(rePeopleNoun.FindString(after))
		}
		noun := after[:nounEnd]
		f.member = cueMember.MatchString(" " + noun + " ")
		afterNoun := after[nounEnd:min(len(after), nounEnd+22)]
		if i := strings.IndexAny(afterNoun, ";,.:(\n0123456789"); i >= 0 {
			afterNoun = afterNoun[:i] // the words after the noun, within its clause, before the next figure
		}
		prev := figure{}
		if len(out) > 0 {
			prev = out[len(out)-1]
			if reBreakdown.MatchString(fold[prev.end:s]) && prev.role != roleRate {
				// "vắng 04 ĐV: 02 ĐV lớn tuổi, 02 ĐV đi làm ăn xa": the
				// parts of the figure before the colon, not figures of their own.
				continue
			}
		}
		switch {
		case strings.HasPrefix(strings.TrimSpace(after), "%"):
			// A rate of attendance: with its cue, or right after the counts.
			if r, ok := ParseRate(fold[s:e] + "%"); ok && (cueRate.MatchString(lastWords(before, 4)) || cuePresent.MatchString(before) || prev.role != roleNone && s-prev.end < 40) {
				f.role, f.rate = roleRate, r
			}
		case reRatioPrev.MatchString(fold[max(0, s-12):s]) && len(out) > 0 && out[len(out)-1].end >= s-4:
			f.role = roleTotal
			f.member = f.member || out[len(out)-1].member
		case reRatioNext.MatchString(after):
			// "28/28 chi bộ": a ratio of something else than people.
			if m := reRatioRest.FindStringIndex(after); m != nil && reOtherNoun.MatchString(after[m[1]:]) {
				continue
			}
			f.role = rolePresent
			if cueAbsent.MatchString(lastWords(before, 3)) {
				f.role = roleAbsent
			}
			f.member = f.member || cueMember.MatchString(fold[e:min(len(fold), e+30)])
		case (cueOthers.MatchString(" "+noun+" ") || cueOthers.MatchString(before) || people && cueOthers.MatchString(afterNoun) ||
			!f.member && cueOthers.MatchString(clauseAfter(fold[e:min(len(fold), e+90)])) || lastWords(before, 1) == " moi ") &&
			!(people && cueAbsent.MatchString(firstWords(afterNoun, 3))):
			// Non-members, unless the number's own noun says party members
			// ("20 ĐV và 26 quần chúng": the 20 are members).
			f.role = roleOthers
		case cueAbsent.MatchString(lastWords(before, 4)) || people && cueAbsent.MatchString(firstWords(afterNoun, 3)):
			f.role = roleAbsent
			f.labelledAbsent = strings.Contains(lastWords(before, 4)+firstWords(afterNoun, 3), " vang")
		case reMemberLabel.MatchString(before):
			f.role = roleTotal // "Đảng viên: 25 đồng chí"
		case nearestCue(before) != roleNone:
			f.role = nearestCue(before) // "số đảng viên tham dự hội nghị là 768": the nearer cue
		case people && cuePresent.MatchString(firstWords(afterNoun, 3)):
			f.role = rolePresent
		case people && f.member && strings.Contains(before, "trong do") && (prev.role == roleCrowd || prev.role == rolePresent):
			f.role = rolePresent // "52 đồng chí dự, trong đó có 45 đảng viên"
		case people && f.member && reHasVerb.MatchString(before) && !strings.Contains(before, "trong do"):
			f.role = roleTotal // "Chi bộ có 25 đảng viên"
		}
		if f.role == rolePresent && !f.member {
			if cueMember.MatchString(before) {
				f.member = true // "số đảng viên có mặt: 24 đồng chí"
			} else if people {
				f.role = roleCrowd // "45 đồng chí tham dự": members and others together
			}
		}
		if f.role == roleNone {
			continue
		}
		if f.role != roleRate {
			n, ok := ParseInt(fold[s:e])
			if !ok || n <= 0 || n > 100000 {
				continue
			}
			f.n = n
		}
		out = append(out, f)
	}
	return out
}

// clauseAfter returns the words after a figure up to the next figure or the
// end of its clause: what the figure counts ("06 nhân viên y tế là quần
// chúng").
func clauseAfter(after string) string {
	if i := strings.IndexAny(after, ";.:\n0123456789"); i >= 0 {
		after = after[:i]
	}
	return " " + after + " "
}

var reMemberLabel = regexp.MustCompile(`^\s*(?:so\s+)?(?:dang vien|dv|d/v)\s*:\s*$`)

var reRatioRest = regexp.MustCompile(`^\s*/\s*\d+`)

// nearestCue returns the role whose cue ends nearest the end of the text
// before a figure: of "số đảng viên tham dự hội nghị là", present.
func nearestCue(before string) role {
	best, at := roleNone, -1
	for _, c := range []struct {
		re *regexp.Regexp
		r  role
	}{{cueTotal, roleTotal}, {cuePresent, rolePresent}} {
		if all := c.re.FindAllStringIndex(before, -1); all != nil {
			if end := all[len(all)-1][1]; end > at {
				best, at = c.r, end
			}
		}
	}
	return best
}

func inRanges(s, e int, rs [][2]int) bool {
	for _, r := range rs {
		if s < r[1] && r[0] < e {
			return true
		}
	}
	return false
}

func lastWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[len(w)-n:]
	}
	return " " + strings.Join(w, " ") + " "
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return " " + strings.Join(w, " ") + " "
}

// attendanceFromFigures combines the figures into the attendance, filling
// what the text implies (present = total − absent) and checking the figures
// against each other. What contradicts itself is left out and listed for
// review, with a warning naming the values.
func attendanceFromFigures(figs []figure) (a baocao.Attendance, review []baocao.Review) {
	first := func(r role, member bool) (figure, bool) {
		for _, f := range figs {
			if f.role == r && (!member || f.member) {
				return f, true
			}
		}
		return figure{}, false
	}
	// Totals: the distinct values the text gives.
	var totals []int
	for _, f := range figs {
		if f.role == roleTotal && !slices.Contains(totals, f.n) {
			totals = append(totals, f.n)
		}
	}
	present, hasPresent := first(rolePresent, true)
	if !hasPresent {
		present, hasPresent = first(rolePresent, false)
	}
	if crowd, ok := first(roleCrowd, false); ok && !hasPresent {
		// "Tổng số đảng viên: 25; có mặt: 24 đồng chí": a head count no
		// larger than the members' total, with no members' count beside
		// it, counts the members.
		for _, f := range figs {
			if f.role == roleTotal && !f.member && f.n >= crowd.n || f.role == roleTotal && f.n >= crowd.n && f.sentence == crowd.sentence {
				present, hasPresent = crowd, true
				break
			}
		}
	}
	absent, hasAbsent := first(roleAbsent, false)
	switch {
	case len(totals) == 1:
		a.MembersTotal = totals[0]
	case len(totals) > 1 && hasPresent && present.n <= totals[0]:
		// A ratio or the sentence of the attendance names the total that
		// counts; others may be a đảng bộ's and its chi bộ's.
		a.MembersTotal = totalNear(figs, present)
		if a.MembersTotal == 0 {
			review = append(review, baocao.Review{Field: "attendance.members_total", Status: baocao.Unsure,
				Why: fmt.Sprintf("báo cáo ghi nhiều tổng số khác nhau: %s", joinInts(totals))})
		}
	case len(totals) > 1:
		review = append(review, baocao.Review{Field: "attendance.members_total", Status: baocao.Unsure,
			Why: fmt.Sprintf("báo cáo ghi nhiều tổng số khác nhau: %s", joinInts(totals))})
	}
	if hasPresent {
		a.MembersPresent = present.n
	}
	switch {
	case !hasPresent && hasAbsent && a.MembersTotal > 0 && absent.n < a.MembersTotal:
		a.MembersPresent = a.MembersTotal - absent.n
		review = append(review, baocao.Review{Field: "attendance.members_present", Status: baocao.Derived,
			Why: fmt.Sprintf("tổng số %d − vắng %d", a.MembersTotal, absent.n)})
	case hasPresent && hasAbsent && a.MembersTotal == 0 && len(totals) == 0:
		a.MembersTotal = present.n + absent.n
		review = append(review, baocao.Review{Field: "attendance.members_total", Status: baocao.Derived,
			Why: fmt.Sprintf("tham dự %d + vắng %d", present.n, absent.n)})
	case hasPresent && hasAbsent && a.MembersTotal > 0 && present.n+absent.n != a.MembersTotal:
		// Those present may be given in parts ("trực tiếp: 15; trực tuyến:
		// 3"): their sum must make the total with the absent; else the
		// count is left for review.
		sum, parts := 0, []string{}
		for _, f := range figs {
			if f.role == present.role && f.member == present.member {
				sum += f.n
				parts = append(parts, fmt.Sprint(f.n))
			}
		}
		// Absences may be given in parts too: "Vắng có lý do 5 … Vắng không lý do 1".
		absentSum, inRun := 0, false
		for _, f := range figs {
			switch {
			case f.role == roleAbsent && f.labelledAbsent:
				absentSum += f.n
				inRun = true
			case f.role == roleAbsent:
			case inRun:
				inRun = false
			}
			if !inRun && absentSum > 0 {
				break
			}
		}
		if present.n+absentSum == a.MembersTotal {
			break
		}
		if len(totals) > 1 && slices.Contains(totals, present.n+absent.n) {
			// Of the totals the text gives, the one the counts add up to.
			a.MembersTotal = present.n + absent.n
			break
		}
		if len(parts) > 1 && sum+absent.n == a.MembersTotal {
			a.MembersPresent = sum
			review = append(review, baocao.Review{Field: "attendance.members_present", Status: baocao.Derived,
				Why: fmt.Sprintf("cộng các phần %s", strings.Join(parts, " + "))})
		} else {
			a.MembersPresent = 0
			review = append(review, baocao.Review{Field: "attendance.members_present", Status: baocao.Unsure,
				Why: fmt.Sprintf("tham dự %d + vắng %d khác tổng số %d", present.n, absent.n, a.MembersTotal)})
			if len(totals) > 1 {
				// The total was one chosen of several: it is as unsure.
				review = append(review, baocao.Review{Field: "attendance.members_total", Status: baocao.Unsure,
					Why: fmt.Sprintf("báo cáo ghi nhiều tổng số khác nhau: %s", joinInts(totals))})
				a.MembersTotal = 0
			}
		}
	}
	if a.MembersPresent > a.MembersTotal && a.MembersTotal > 0 {
		review = append(review, baocao.Review{Field: "attendance.members_present", Status: baocao.Unsure,
			Why: fmt.Sprintf("số tham dự %d lớn hơn tổng số %d", a.MembersPresent, a.MembersTotal)})
		a.MembersPresent, a.MembersTotal = 0, 0
	}
	rate, hasRate := first(roleRate, false)
	if a.MembersTotal > 0 && a.MembersPresent > 0 {
		a.Rate = round4(float64(a.MembersPresent) / float64(a.MembersTotal))
		if hasRate && abs(rate.rate-a.Rate) > 0.006 {
			review = append(review, baocao.Review{Field: "attendance.rate", Status: baocao.Unsure,
				Why: fmt.Sprintf("báo cáo ghi tỷ lệ %s nhưng %d/%d là %s", percent(rate.rate), a.MembersPresent, a.MembersTotal, percent(a.Rate))})
		}
	} else if hasRate {
		a.Rate = rate.rate
	}
	if o, ok := first(roleOthers, false); ok {
		a.Others = o.n
	}
	if crowd, ok := first(roleCrowd, false); ok && a.Others == 0 && a.MembersPresent > 0 && crowd.n > a.MembersPresent && crowd.sentence == present.sentence && crowd.at != present.at {
		a.Others = crowd.n - a.MembersPresent
		review = append(review, baocao.Review{Field: "attendance.others", Status: baocao.Derived,
			Why: fmt.Sprintf("tổng số người dự %d − đảng viên %d", crowd.n, a.MembersPresent)})
	}
	return a, review
}

// totalNear returns, of several totals, the one in the sentence of the
// figure of those present (a ratio's own), or 0.
func totalNear(figs []figure, present figure) int {
	for _, f := range figs {
		if f.role == roleTotal && f.sentence == present.sentence {
			return f.n
		}
	}
	return 0
}

func joinInts(s []int) string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, ", ")
}

func percent(r float64) string {
	return strings.Replace(fmt.Sprintf("%.1f%%", 100*r), ".", ",", 1)
}
