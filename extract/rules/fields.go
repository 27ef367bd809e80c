package rules

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao"
	"baocao/vntext"
)

// bodyFields reads the fields of a narrative report from its body text.
type bodyFields struct {
	text       *folded
	dates      []dateMatch // findDates(text), read once
	paras      []paragraph
	presenters []baocao.Person // the program's presenters, as its items name them
}

func (b *bodyFields) read(rec *baocao.Record) {
	confAt := b.conferenceDate(rec)
	b.location(rec, confAt)
	b.form(rec)
	b.people(rec)
	rec.Attendance = b.attendance(rec)
	rec.Program = b.program()
	if rec.Reporters == nil {
		rec.Reporters = distinctPeople(b.presenters)
	}
	rec.ActionProgram = b.actionProgram()
}

// distinctPeople returns the people in order, each once. With no one named
// as the presenter of the resolution, those who presented its topics are.
func distinctPeople(people []baocao.Person) []baocao.Person {
	var out []baocao.Person
	seen := map[string]bool{}
	for _, p := range people {
		if p.Name != "" && !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, p)
		}
	}
	return out
}

var (
	// A date right after a document's number is that document's date.
	reAfterSymbol = regexp.MustCompile(`\d+\s*[-/]\s*[a-z]{1,6}(?:[-/][a-z0-9]{1,12}){1,3}\s*,?\s*(?:ngay)?\s*$`)
	reDateLabel   = regexp.MustCompile(`(?:thoi gian(?: to chuc)?(?: hoi nghi)?\s*:|vao (?:hoi|luc)|trong \d+ ngay|hoi nghi (?:duoc )?(?:to chuc|dien ra|khai mac|tien hanh|hop)(?: vao)?(?: luc [^\n.;]{0,20})? ngay|to chuc hoi nghi (?:vao )?ngay|ngay to chuc)[^\n.;]{0,40}$`)
	reActionCtx   = regexp.MustCompile(`(?:hanh dong|ban hanh|ke hoach)[^\n.;]{0,40}$`)
)

// conferenceDate finds the day the conference was held and returns where its
// mention ends in the folded text (or -1).
func (b *bodyFields) conferenceDate(rec *baocao.Record) int {
	var best *dateMatch
	bestScore := 0
	for _, d := range b.allDates() {
		before := hardBefore(b.text.fold, d.Start, 90)
		labelled := reDateLabel.MatchString(before)
		sentence := b.sentenceAround(d.Start)
		if !strings.Contains(sentence, "hoi nghi") && (strings.Contains(sentence, "hanh dong") || strings.Contains(sentence, "ke hoach")) && reActionProgram.MatchString(sentence) && reIssued.MatchString(sentence) {
			continue // "Ngày 14/01/2022, Chi bộ đã ban hành Kế hoạch …"
		}
		if reAfterSymbol.MatchString(before) || reActionCtx.MatchString(before) || !labelled && citedDate(b.text.fold, d) {
			continue
		}
		score := 1
		switch {
		case reOtherConference.MatchString(sentence):
			score = 1 // a conference another body held, which members attended
		case labelled:
			score = 3
		case strings.Contains(sentence, "hoi nghi") || strings.Contains(sentence, "to chuc"):
			score = 2
		}
		if score > bestScore {
			bestScore, best = score, &d
		}
	}
	if best == nil || bestScore < 2 {
		return -1
	}
	rec.ConferenceDate = best.Date
	return best.End
}

// reOfIssuer follows the date of a document the report cites: "ngày
// 9/3/2021 của Bộ Chính trị", "ngày 12/3 của Ban Thường vụ Huyện ủy".
var reOfIssuer = regexp.MustCompile(`^\s*,?\s*(?:cua|do)\s+(?:ban|bo|dang uy|huyen uy|tinh uy|thanh uy|thi uy|quan uy|chi uy|uy ban|ubnd|thuong truc|thuong vu|trung uong|van phong|hdnd|so |phong )`)

// citedDate reports whether a date belongs to a document the report cites
// rather than to its own conference: the nearest cue before it, in its
// clause, is a kind of document and not the conference, or the date is
// followed by the body that issued it.
func citedDate(fold string, d dateMatch) bool {
	if reOfIssuer.MatchString(fold[d.End:min(len(fold), d.End+40)]) {
		return true
	}
	before := fold[max(0, d.Start-120):d.Start]
	if c := reClauseCut.FindAllStringIndex(before, -1); c != nil {
		before = before[c[len(c)-1][1]:]
	}
	lastOf := func(re *regexp.Regexp) int {
		all := re.FindAllStringIndex(before, -1)
		if all == nil {
			return -1
		}
		return all[len(all)-1][0]
	}
	cited := lastOf(cueCitedDoc)
	if cited >= 0 && reIssuerThenComma.MatchString(before[cited:]) {
		return false // "Kế hoạch số … của Đảng ủy xã, ngày 07/9/2022 Chi bộ …"
	}
	return cited >= 0 && cited > lastOf(cueConference)
}

var reIssuerThenComma = regexp.MustCompile(`\bcua\s[^,]*,\s*(?:ngay\s*)?$|\bcua\s[^,]*,\s*\S+`)

// reOtherConference marks a sentence about a conference that another body
// held ("… dự hội nghị trực tuyến do Đảng ủy xã tổ chức").
var reOtherConference = regexp.MustCompile(`\bdo\s+(?:dang uy|huyen uy|tinh uy|thanh uy|thi uy|quan uy|ban thuong vu|ban tuyen giao|trung uong|cap tren|ban chap hanh)[^.;\n]{0,60}to chuc`)

// allDates returns the dates of the body's text, found once.
func (b *bodyFields) allDates() []dateMatch {
	if b.dates == nil {
		b.dates = append(findDates(b.text), dateMatch{}) // the sentinel marks the search done
	}
	return b.dates[:len(b.dates)-1]
}

// hardBefore returns up to n bytes of the text before i, back to the last
// paragraph break that ends a sentence: a break the layout made inside a
// sentence ("… số 20-NQ/TW ngày" / "16/6/2022") does not cut it.
func hardBefore(f string, i, n int) string {
	before := f[max(0, i-n):i]
	for k := len(before) - 1; k >= 0; k-- {
		if before[k] == '\n' && (k == 0 || strings.ContainsAny(before[k-1:k], ".:;!?")) {
			before = before[k+1:]
			break
		}
	}
	return strings.ReplaceAll(before, "\n", " ")
}

// sentenceAround returns the folded sentence around folded offset i. A
// paragraph break inside a sentence (the layout broke it: "… vào sáng ngày"
// / "29/12/2021; …") does not end it; one after a stop does.
func (b *bodyFields) sentenceAround(i int) string {
	f := b.text.fold
	s := i
	for hop := 0; ; hop++ {
		s = strings.LastIndexAny(f[:s], "\n;")
		if s <= 0 || f[s] == ';' || hop == 1 || strings.ContainsAny(f[s-1:s], ".:;!?") {
			break
		}
	}
	e := i
	for hop := 0; ; hop++ {
		k := strings.IndexAny(f[e:], "\n;")
		if k < 0 {
			e = len(f)
			break
		}
		e += k
		if f[e] == ';' || hop == 1 || e > 0 && strings.ContainsAny(f[e-1:e], ".:;!?") {
			break
		}
		e++
	}
	return f[s+1 : e]
}

var (
	reLocationLabel = regexp.MustCompile(`dia diem(?: to chuc)?(?: hoi nghi)?\s*:\s*`)
	reAt            = regexp.MustCompile(`(?:^|[\s,])tai\s+`)
	reLocationEnd   = regexp.MustCompile(`,|;|\n|\.(?:\s|$)|$`)
)

// location finds where the conference was held: after "Địa điểm:", or "tại …"
// next to the conference date.
func (b *bodyFields) location(rec *baocao.Record, confAt int) {
	f := b.text
	if _, m := f.find(reLocationLabel); m != nil {
		rec.Location = b.cutLocation(m[1])
		return
	}
	if confAt < 0 {
		return
	}
	// "tại …" in the conference date's sentence: after the date, else before it.
	sentStart := strings.LastIndexAny(f.fold[:confAt], "\n.;") + 1
	for _, from := range []int{confAt, sentStart} {
		m := f.nextAt(from, len(f.fold))
		if m == nil || (from == sentStart && from+m[0] > confAt) {
			continue
		}
		if from == confAt && m[0] > 120 && (m[0] > 300 || reClauseEnd.MatchString(f.fold[from:from+m[0]]) || !f.capitalisedAt(from+m[1])) {
			continue // far from the date: only a place named as such ("tại Phòng họp số 2", not "tại các chi bộ") in its sentence
		}
		if loc := b.cutLocation(from + m[1]); loc != "" {
			rec.Location = loc
			return
		}
	}
}

// nextAt finds the first "tại" in the folded text between from and to, as
// indices relative to from. Folding makes "Tài chính" read "tai chinh": a
// word written with another tone mark than tại's is not the preposition.
func (f *folded) nextAt(from, to int) []int {
	for k := from; k < to; {
		m := reAt.FindStringIndex(f.fold[k:to])
		if m == nil {
			return nil
		}
		w := k + m[0] + strings.Index(f.fold[k+m[0]:k+m[1]], "tai")
		if o := strings.ToLower(f.span(w, w+3)); o == "tại" || o == "tai" {
			return []int{k + m[0] - from, k + m[1] - from}
		}
		k = w + 3
	}
	return nil
}

// capitalisedAt reports whether the word at folded index i starts with a
// capital letter.
func (f *folded) capitalisedAt(i int) bool {
	if i >= len(f.fold) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.orig[f.off[i]:])
	return unicode.IsUpper(r)
}

// isPlacePart reports whether a clause starts with the name of a part of a
// place (its words with their marks): "Trường THCS Mỹ Hòa", "phường 3",
// "số 103 đường Hùng Vương".
func isPlacePart(clause string) bool {
	c := strings.ToLower(strings.TrimSpace(clause))
	if rest, ok := strings.CutPrefix(c, "số "); ok {
		return rest != "" && rest[0] >= '0' && rest[0] <= '9'
	}
	for _, w := range lexicon.placePart {
		if strings.HasPrefix(c, w+" ") {
			return true
		}
	}
	return false
}

func (b *bodyFields) cutLocation(at int) string {
	rest := b.text.fold[at:]
	e := reLocationEnd.FindStringIndex(rest)
	// A label that gives time and place together ("Thời gian, địa điểm:
	// Hội nghị tổ chức vào tối ngày 19/8/2022 tại Nhà văn hóa xóm 5"): the
	// place is what follows "tại".
	end := len(rest)
	if k := reSentenceEnd.FindStringIndex(rest); k != nil {
		end = k[0]
	}
	if m := b.text.nextAt(at, at+min(end, 200)); m != nil && reTimeWords.MatchString(rest[:m[0]]) {
		return b.cutLocation(at + m[1])
	}
	loc := rest[:e[0]]
	// A place goes on past a comma while what follows names a larger part
	// of it: a building's, a street's, an administrative unit's name.
	for k := 0; k < 4 && e[0] < len(rest) && rest[e[0]] == ','; k++ {
		next := rest[e[1]:]
		if !isPlacePart(b.text.span(at+e[1], at+e[1]+min(len(next), 40))) {
			break
		}
		n := reLocationEnd.FindStringIndex(next)
		loc = rest[:e[1]+n[0]]
		e = []int{e[1] + n[0], e[1] + n[1]}
	}
	// The main site of an online conference, without its other sites.
	if m := reOtherSites.FindStringIndex(loc); m != nil {
		loc = loc[:m[0]]
	}
	return trimPunct(b.text.span(at, at+len(loc)))
}

var (
	reTimeWords   = regexp.MustCompile(`\b(?:ngay|gio|luc|phut)\b|\d+[/.-]\d+`)
	reSentenceEnd = regexp.MustCompile(`;|\n|\.(?:\s|$)`)
	reClauseEnd   = regexp.MustCompile(`;|\.(?:\s|$)`) // a sentence's end where lines wrap
	reOtherSites  = regexp.MustCompile(`\s(?:den|toi|va|ket noi(?: voi)?)\s+(?:\d+|cac)\s+(?:diem cau|chi bo|thon)|\s(?:ket noi|theo hinh thuc|voi su tham du)\b`)
)

var reForm = regexp.MustCompile(`hinh thuc(?: to chuc)?\s*:?\s*([^\n.;]{0,60})|(?:hoi nghi|to chuc|tham du)\s+(truc tuyen|ket hop|truc tiep ket hop)`)

// form reads how the conference was held. "trực tiếp" alone is only a form
// after "hình thức": "trực tiếp làm báo cáo viên" is about the presenter.
func (b *bodyFields) form(rec *baocao.Record) {
	if f := b.text.fold; !strings.Contains(f, "hinh thuc") && !strings.Contains(f, "truc tuyen") && !strings.Contains(f, "ket hop") && !strings.Contains(f, "truc tiep") {
		return
	}
	all, idx := b.text.findAll(reForm)
	// A form the text labels ("theo hình thức kết hợp…") outweighs one it
	// names in passing ("chuẩn bị hệ thống hội nghị trực tuyến").
	for _, labelled := range []bool{true, false} {
		for i, g := range all {
			if (g[1] != "") != labelled || reOtherConference.MatchString(b.sentenceAround(idx[i][0])) {
				continue
			}
			if !labelled && reFormEquipment.MatchString(b.text.fold[max(0, idx[i][0]-16):idx[i][0]]) {
				continue // the equipment, not how the conference was held
			}
			if f := formOf(g[1] + g[2]); f != "" {
				rec.Form = f
				return
			}
		}
	}
}

var reFormEquipment = regexp.MustCompile(`(?:he thong|thiet bi|phong|duong truyen|phan mem)\s*$`)

var (
	reChairLabel  = regexp.MustCompile(`(?:^|[\s.;,])(?:nguoi |dong chi )?chu tri(?: hoi nghi)?\s*(?::|\bla\b)\s*`)
	reChairVerb   = regexp.MustCompile(`\bchu tri\b`)
	reSelfPresent = regexp.MustCompile(`truc tiep (?:lam bao cao vien|trinh bay|quan triet|truyen dat|bao cao)`)
	reReporters   = regexp.MustCompile(`(?:bao cao vien|nguoi trinh bay)(?: hoi nghi)?(?: gom| la)?(?: cac)?(?: dong chi)?\s*:\s*`)
	reIsReporter  = regexp.MustCompile(`\s(?:la|lam)\s+bao cao vien`)
	reLastHonor   = regexp.MustCompile(`\b` + comrade + `\s+`)
)

// people finds who presided and who presented.
func (b *bodyFields) people(rec *baocao.Record) {
	f := b.text
	for _, p := range b.paras {
		pf := newFolded(p.Text)
		if reBullet.MatchString(p.Text) && strings.Contains(pf.fold, "chuyen de") {
			continue // an agenda item names its presenter, not the conference's chair
		}
		if rec.Chair == nil {
			if _, m := pf.find(reChairLabel); m != nil {
				if who, ok := parsePerson(clauseAt(pf, m[1])); ok {
					rec.Chair = &who
				}
			} else if strings.Contains(pf.fold, "chu tri") {
				_, ms := pf.findAll(reChairVerb)
				for _, m := range ms {
					before := pf.fold[:m[0]]
					from := strings.LastIndexAny(before, ".;\n") + 1
					if hs := reLastHonor.FindAllStringIndex(before[from:], -1); hs != nil {
						from += hs[len(hs)-1][0]
					}
					if who, ok := parsePerson(pf.span(from, m[0])); ok {
						rec.Chair = &who
						if reSelfPresent.MatchString(pf.fold[m[0]:min(len(pf.fold), m[1]+80)]) {
							rec.Reporters = []baocao.Person{who}
						}
						break
					}
				}
			}
		}
		if rec.Reporters == nil {
			if _, m := pf.find(reIsReporter); m != nil {
				// "… đồng chí Phó Bí thư Chi bộ Hồ Thị Ngân là báo cáo viên"
				before := pf.fold[:m[0]]
				from := strings.LastIndexAny(before, ".;\n") + 1
				if hs := reLastHonor.FindAllStringIndex(before[from:], -1); hs != nil {
					from += hs[len(hs)-1][0]
				}
				if who, ok := parsePerson(pf.span(from, m[0])); ok {
					rec.Reporters = []baocao.Person{who}
				}
			} else if _, m := pf.find(reReporters); m != nil {
				end := strings.IndexAny(pf.fold[m[1]:], "\n")
				if end < 0 {
					end = len(pf.fold) - m[1]
				}
				for _, part := range reReporterSep.Split(trimSentenceEnd(pf.span(m[1], m[1]+end)), -1) {
					if who, ok := parsePerson(part); ok {
						rec.Reporters = append(rec.Reporters, who)
					}
				}
			}
		}
	}
	_ = f
	if rec.Reporters == nil && rec.Chair != nil && reSelfPresent.MatchString(f.fold) {
		rec.Reporters = []baocao.Person{*rec.Chair}
	}
}

// reReporterSep separates the people of a list: "A, Bí thư Chi bộ và đồng
// chí B, Phó Bí thư Chi bộ; C".
var reReporterSep = regexp.MustCompile(`;|\s+(?:và|cùng)\s+(?:đồng chí|Đồng chí|đ/c|Đ/c)\s+|,\s+(?:đồng chí|Đồng chí|đ/c|Đ/c)\s+`)

// clauseAt returns the original text from folded offset i to the end of its
// clause.
func clauseAt(f *folded, i int) string {
	rest := f.fold[i:]
	e := strings.IndexAny(rest, ";\n")
	if e < 0 {
		e = len(rest)
	}
	if d := strings.Index(rest, ". "); d >= 0 && d < e {
		e = d
	}
	return f.span(i, i+e)
}

func trimSentenceEnd(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(strings.TrimSpace(s), ".")
}

// attendance reads how many party members attended, of how many, and how
// many others came: from a small table if the report has one, else from the
// figures of the text and the roles their cue words give them.
func (b *bodyFields) attendance(rec *baocao.Record) *baocao.Attendance {
	var a baocao.Attendance
	if t := b.attendanceTable(); t != nil {
		a = *t
	}
	if a.MembersTotal == 0 {
		var skip [][2]int
		for _, d := range b.allDates() {
			skip = append(skip, [2]int{d.Start, d.End})
		}
		got, review := attendanceFromFigures(readFigures(b.text.fold, skip))
		rec.Review = append(rec.Review, review...)
		if a.Others == 0 {
			a.Others = got.Others
		}
		a.MembersTotal, a.MembersPresent = got.MembersTotal, got.MembersPresent
		if a.Rate == 0 {
			a.Rate = got.Rate
		}
	}
	if a.MembersTotal > 0 && a.MembersPresent > 0 && a.MembersPresent <= a.MembersTotal {
		a.Rate = round4(float64(a.MembersPresent) / float64(a.MembersTotal))
	}
	if a == (baocao.Attendance{}) {
		return nil
	}
	return &a
}

var (
	// The unit's own action program: a "chương trình hành động", or a plan
	// ("kế hoạch", with or without its number) that implements the
	// resolution.
	reActionProgram = regexp.MustCompile(`chuong trinh hanh dong|ke hoach hanh dong|ke hoach(?:\s+so\s+\S+)?(?:\s+ngay\s+\S+)?(?:\s+(?:de|nham|ve|ve viec))?\s+(?:trien khai\s+)?thuc hien`)
	reNotIssued     = regexp.MustCompile(`chua (?:ban hanh|xay dung|co|thong qua)|dang (?:xay dung|hoan thien|du thao|soan thao)|se (?:ban hanh|thong qua|xay dung)|du thao|du kien (?:ban hanh|thong qua)|chua hoan thanh`)
	reIssued        = regexp.MustCompile(`ban hanh|da xay dung|da thong qua|xay dung (?:xong|va ban hanh)`)
	// A cited document's plan: "Thực hiện Kế hoạch số 03-KH/CB … của Chi bộ"
	// organised the conference; it is no action program.
	reOrganisingPlan = regexp.MustCompile(`(?:thuc hien|can cu|theo)\s+(?:\S+\s+){0,12}?ke hoach`)
)

// actionProgram reads whether the unit issued its action program, with its
// number and date. A report that does not mention one gives nil.
func (b *bodyFields) actionProgram() *baocao.ActionProgram {
	// A draft passed at the conference ("thông qua dự thảo Chương trình
	// hành động") says it was not issued yet unless the report says later
	// that it was.
	var draft *baocao.ActionProgram
	for i, p := range b.paras {
		if vntext.IsUpper(p.Text) || reBullet.MatchString(p.Text) && !reRoman.MatchString(p.Text) && strings.Contains(vntext.Fold(p.Text), "chuyen de") {
			continue
		}
		text := p.Text
		if i+1 < len(b.paras) && !strings.ContainsAny(lastRune(text), ".;:") {
			text += " " + b.paras[i+1].Text // a sentence the layout broke: "… số 02-CTr/CB ngày" / "10/5/2021 …"
		}
		pf := newFolded(text)
		if !strings.Contains(pf.fold, "hanh dong") && !strings.Contains(pf.fold, "ke hoach") {
			continue
		}
		for _, m := range reActionProgram.FindAllStringIndex(pf.fold, -1) {
			s := strings.LastIndexAny(pf.fold[:m[0]], ".;:") + 1
			if d := strings.LastIndex(pf.fold[:m[0]], ". "); d+1 > s {
				s = d + 1
			}
			e := strings.Index(pf.fold[m[1]:], ". ")
			if e < 0 {
				e = len(pf.fold) - m[1]
			}
			if i := strings.IndexByte(pf.fold[m[1]:m[1]+e], ';'); i >= 0 {
				e = i
			}
			clause := pf.fold[s : m[1]+e]
			before := pf.fold[s:m[0]]
			switch {
			case reNotIssued.FindString(clause) == "du thao" && len(reNotIssued.FindAllString(clause, -1)) == 1:
				if draft == nil {
					draft = &baocao.ActionProgram{Issued: false}
				}
			case reNotIssued.MatchString(clause):
				return &baocao.ActionProgram{Issued: false}
			case reIssued.MatchString(clause) && !reOrganisingPlan.MatchString(before+" ke hoach"):
				ap := &baocao.ActionProgram{Issued: true}
				rest := newFolded(pf.span(m[0], m[1]+e))
				for _, sm := range reSymbol.FindAllStringIndex(rest.orig, -1) {
					sym := cleanSymbol(rest.orig[sm[0]:sm[1]])
					if t := reTypeCode.FindStringSubmatch(vntext.Fold(sym)); t != nil && (t[1]+t[2] == "ctr" || t[1]+t[2] == "kh") {
						ap.Number = sym
						break
					}
				}
				for _, d := range findDates(rest) {
					if citedDate(rest.fold, d) && !reAfterSymbol.MatchString(rest.fold[:d.Start]) {
						continue
					}
					if reAfterSymbol.MatchString(rest.fold[:d.Start]) && !strings.HasSuffix(strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(rest.fold[:d.Start]), "ngay"), " ,"), strings.ToLower(vntext.Fold(ap.Number))) {
						continue // the date of another document named in the clause
					}
					ap.Date = d.Date
					break
				}
				if ap.Date.IsZero() {
					// "Ngày 25/4/2021, Chi bộ ban hành Chương trình hành động số …"
					if ds := findDates(newFolded(pf.span(s, m[0]))); len(ds) > 0 {
						ap.Date = ds[len(ds)-1].Date
					}
				}
				return ap
			}
		}
	}
	return draft
}
