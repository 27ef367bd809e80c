package rules

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao"
	"baocao/vntext"
)

// reHonorific matches the titles of address that precede a name.
var reHonorific = regexp.MustCompile(`^(?:(?:(?:cac|la|do|gom|voi)\s+)*(?:` + comrade + `|ong|ba)\b\s*:?\s*)?` + academic)

// academic matches the degrees and ranks written before a name ("PGS.TS",
// "ThS.", "BSCKII"), which are not part of it.
const academic = `(?:(?:gs|pgs|ts|tskh|ths|bs|bsck\s*(?:i|ii|1|2)?|ds|ks|ls|cn)\s*\.\s*|(?:gs|pgs|ts|tskh|ths|bs|ds|ks|ls)\s+)*`

// titleStarts are the folded first words of positions written in reports.
var titleStarts = []string{
	"tong bi thu", "pho bi thu", "bi thu", "chi uy vien", "dang uy vien", "uy vien", "pho chu tich", "chu tich",
	"pho giam doc", "giam doc", "pho hieu truong", "hieu truong", "pho truong", "truong",
	"chanh van phong", "pho chanh", "chanh", "thuong truc", "can bo", "chuyen vien", "bao cao vien",
	"to truong", "pho tong", "tong bien tap", "thu truong", "pho thu truong", "dai ta", "thuong ta", "trung ta",
	"thieu ta", "dai uy", "pho ban", "ky thuat vien", "chinh tri vien", "chi huy truong", "chi huy pho", "chinh uy",
}

// surnames are the common Vietnamese family names; a run of capitalised words
// starting with one is taken as a person's name.
var surnames = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao
		luong trinh mai to ha lo luc vi nong trieu chu cao ta doan kieu lam quach thai vuong la giang sung hau tang
		khong tong thach ong lai ninh van kim au mac lu thao quan dieu giap nghiem dam khuat bach cu tieu long
		ma be sam luong quang me cam hua nong truong`) {
		surnames[s] = true
	}
}

// verbsAfterPerson end a person phrase: what the person did.
var reVerbs = regexp.MustCompile(`\s+(?:chu tri|truc tiep|lam bao cao vien|la bao cao vien|trinh bay|quan triet|truyen dat|phat bieu|ket luan|dieu hanh)\b`)

// isNameWord reports whether w looks like one syllable of a person's name:
// a capital letter followed by lower-case letters.
func isNameWord(w string) bool {
	// Names of the highland peoples join syllables with an apostrophe:
	// "H'Nga", "K'", "Y'Bih".
	if strings.ContainsAny(w, "'’") {
		parts := strings.FieldsFunc(w, func(r rune) bool { return r == '\'' || r == '’' })
		for _, p := range parts {
			if !isNameWord(p) {
				return false
			}
		}
		return len(parts) > 0
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// startsWithTitle reports whether the folded text begins with a position.
func startsWithTitle(fold string) bool {
	for _, t := range titleStarts {
		if strings.HasPrefix(fold, t) && (len(fold) == len(t) || fold[len(t)] == ' ') {
			return true
		}
	}
	return false
}

// namesPosition reports whether capitalised words hold a position of more
// than one word ("bí thư", "chủ tịch") rather than a name.
func namesPosition(fold string) bool {
	padded := " " + fold + " "
	for _, t := range titleStarts {
		if strings.Contains(t, " ") && strings.Contains(padded, " "+t+" ") {
			return true
		}
	}
	return false
}

// parsePerson reads "Nguyễn Văn Hùng, Bí thư Chi bộ", "đ/c Trần Thị Mai - Phó Bí
// thư", "Bí thư Chi bộ Nguyễn Văn Hùng" or a bare name.
func parsePerson(s string) (baocao.Person, bool) {
	s = trimPunct(vntext.Clean(s))
	f := newFolded(s)
	if m := reHonorific.FindStringIndex(f.fold); m != nil {
		s = trimPunct(f.span(m[1], len(f.fold)))
		f = newFolded(s)
	}
	for _, m := range reVerbs.FindAllStringIndex(f.fold, -1) {
		// A verb is written in lower case: capitalised, "Diệu Hạnh" is a
		// name that folds like "điều hành".
		if w := strings.TrimSpace(f.span(m[0], m[1])); w != "" && unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		s = trimPunct(f.span(0, m[0]))
		f = newFolded(s)
		break
	}
	if s == "" {
		return baocao.Person{}, false
	}
	words := strings.Fields(s)
	if startsWithTitle(f.fold) && !surnameNotTitle(words[0]) {
		// Title first: the name is the trailing run of capitalised words that
		// starts with a family name.
		start := -1
		for i := len(words) - 1; i >= 0 && isNameWord(trimPunct(words[i])); i-- {
			if isSurname(trimPunct(words[i])) && len(words)-i >= 2 {
				start = i
			}
		}
		if start <= 0 {
			return baocao.Person{}, false
		}
		return baocao.Person{
			Name:  strings.Join(words[start:], " "),
			Title: titleCase(trimPunct(strings.Join(words[:start], " "))),
		}, true
	}
	// Name first: leading capitalised words, then the position after a comma,
	// a dash or in brackets.
	n := 0
	for n < len(words) && n < 5 && isNameWord(strings.TrimRight(words[n], ",;:-–(")) {
		n++
		if strings.ContainsAny(words[n-1], ",;:(") {
			break
		}
	}
	if n < 2 {
		return baocao.Person{}, false
	}
	// A position whose first words are capitalised may run on from the
	// name when a cell wrapped it: "Đặng Minh Trung Chính trị viên", "Quàng
	// Thị Xuân Phó Chủ tịch".
	if n < len(words) {
		for k := max(2, n-2); k < n; k++ {
			if startsWithTitle(vntext.Fold(strings.Join(words[k:], " "))) && strings.Contains(vntext.Fold(strings.Join(words[k:n+1], " ")), " ") {
				n = k
				break
			}
		}
	}
	p := baocao.Person{Name: trimPunct(strings.Join(words[:n], " "))}
	if namesPosition(vntext.Fold(p.Name)) {
		return baocao.Person{}, false // "Tổng Bí thư", "Phó Chủ tịch": a position, not a name
	}
	rest := strings.Join(words[n:], " ")
	if i := strings.Index(rest, "("); i > 0 && strings.Trim(rest[:i], " ,;:-–") != "" {
		rest = rest[:i] // "Phó Chủ tịch UBND xã (báo cáo viên Đảng ủy)": the title, then a note on it
	}
	rest = trimPunct(strings.Trim(rest, " ,;:-–()"))
	if rest != "" && startsWithTitle(vntext.Fold(rest)) {
		p.Title = titleCase(rest)
	}
	return p, true
}

// surnameNotTitle reports whether a first word that folds like a title's
// is, by its marks, a family name: "Trương" folds as "Trưởng" does.
func surnameNotTitle(w string) bool {
	w = trimPunct(w)
	return isNameWord(w) && isSurname(w) && vntext.Fold(w) != strings.ToLower(w)
}

// isSurname reports whether a word is a family name, told by its marks from
// a position's word that folds the same: "Trương", not "Trưởng".
func isSurname(w string) bool {
	if !surnames[vntext.Fold(w)] {
		return false
	}
	for _, t := range titleWords {
		if strings.EqualFold(w, t) {
			return false
		}
	}
	return true
}

// titleWords are the first words of positions that fold like family names.
var titleWords = []string{"Trưởng", "Phó", "Chánh", "Tổ"}

// trimPunct removes leading and trailing punctuation and spaces, keeping
// closing brackets that close something inside.
func trimPunct(s string) string {
	closeQuote := strings.HasSuffix(strings.TrimRight(s, " .,;:"), "”")
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != ')' && r != '(') || r == '–'
	})
	for strings.HasSuffix(s, ")") && strings.Count(s, "(") < strings.Count(s, ")") {
		s = strings.TrimSpace(strings.TrimSuffix(s, ")"))
	}
	for strings.HasPrefix(s, "(") && strings.Count(s, "(") > strings.Count(s, ")") {
		s = strings.TrimSpace(strings.TrimPrefix(s, "("))
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != ')') })
	if closeQuote && strings.Count(s, "“") > strings.Count(s, "”") {
		s += "”" // the quote closes one opened inside
	}
	return s
}

// titleCase turns a position written in capitals ("PHÓ BÍ THƯ") into normal
// case ("Phó Bí thư"); a position already in normal case is kept.
func titleCase(s string) string {
	if !vntext.IsUpper(s) {
		return s
	}
	return normalCase(s)
}

// properAfter are folded words after which the next words are a proper name.
var properAfter = map[string]bool{
	"xa": true, "huyen": true, "tinh": true, "thon": true, "ban": true, "phuong": true, "to": true, "khu": true,
	"tran": true, "thi": false, "xom": true, "ap": true, "truong": true, "thcs": true, "thpt": true, "th": true,
	"mn": true, "cong": false, "doi": true, "khoi": true,
}

// acronyms stay in capitals when a name written in capitals is put in normal case.
var acronyms = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`thcs thpt th mn ubnd htx hđnd mttq bch ccb cnvc tw gd-đt gdđt
		ptdtbt ptdtnt ttyt tdtt bhxh kbnn vks tand xhcn qlda ii iii iv vi vii viii ix xi xii xiii`) {
		acronyms[a] = true
	}
}

// homograph reports whether a word folds to a word of properAfter but is
// another: "ban" (a board) is not "bản" (a village), "trưởng" (a head) is not
// "trường" (a school).
func homograph(fold, w string) bool {
	return fold == "ban" && w != "bản" || fold == "truong" && w != "trường"
}

// normalCase puts a name written in capitals into normal case by rule: the
// first word and the words of a proper name capitalised, the rest lower case,
// acronyms kept. Callers prefer the name as written elsewhere in the report.
func normalCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	proper := false
	for i, w := range words {
		fw := vntext.Fold(w)
		switch {
		case acronyms[w] || isAcronym(w):
			words[i] = strings.ToUpper(w)
		case i == 0 || proper && fw != "uy":
			words[i] = capitalise(w)
		case fw == "bi" && i+1 < len(words) && vntext.Fold(words[i+1]) == "thu" && i > 0 && vntext.Fold(words[i-1]) == "pho":
			words[i] = capitalise(w)
		}
		if properAfter[fw] && !(fw == "thi" && i+1 < len(words) && vntext.Fold(words[i+1]) == "tran") && !homograph(fw, w) {
			proper = true
		}
		if fw == "thi" && i+1 < len(words) && vntext.Fold(words[i+1]) == "tran" {
			proper = false
		}
	}
	return strings.Join(words, " ")
}

// isAcronym reports whether a word is an acronym that keeps its capitals
// though no list names it: a word without a vowel ("HĐND", "TNHH", "MTV",
// "BQL"), or one whose only vowel is its first letter, before consonants no
// syllable ends with ("UBND", "UBKT"). Names of the highlands that no
// Vietnamese syllable spells ("Ksor", "Rmah", "Kpă") are not acronyms.
func isAcronym(w string) bool {
	f := strings.Trim(vntext.Fold(w), "-.,;:()")
	if f == "" || strings.ContainsAny(f, "0123456789-/'") {
		return false
	}
	i := strings.IndexAny(f, "aeiouy")
	switch {
	case i < 0:
		return true
	case i == 0 && len(f) >= 3 && !strings.ContainsAny(f[1:], "aeiouy"):
		return !syllableFinals[f[1:]]
	}
	return false
}

// syllableFinals are the consonants a Vietnamese syllable may end with.
var syllableFinals = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// asWritten returns the form of name that the report itself uses in normal
// case somewhere in text, or normalCase(name) when it never does.
func asWritten(name string, text *folded) string {
	name = vntext.Clean(name)
	if !vntext.IsUpper(name) {
		return name
	}
	// The words in order, whatever the marks and spaces between them: the
	// header's "TÀI CHÍNH - KẾ HOẠCH" is the body's "Tài chính - Kế hoạch",
	// and the header's "TÀI CHÍNH KẾ HOẠCH" too.
	words := strings.Fields(vntext.FoldKey(name))
	if len(words) == 0 {
		return normalCase(name)
	}
	fold := text.fold
	for from := 0; ; {
		i := strings.Index(fold[from:], words[0])
		if i < 0 {
			break
		}
		i += from
		from = i + len(words[0])
		if i > 0 && isLetterByte(fold[i-1]) {
			continue
		}
		if j, ok := wordsAt(fold, i, words); ok {
			if cand := text.span(i, j); !vntext.IsUpper(cand) {
				return capitalise(cand)
			}
		}
	}
	return normalCase(name)
}

// wordsAt reports whether the folded text at i holds the words in order,
// each next one after one to four marks or spaces on the same line, and
// the last ending a word; it returns where they end.
func wordsAt(fold string, i int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if k > 0 {
			gap := 0
			for j < len(fold) && !isLetterByte(fold[j]) && fold[j] != '\n' && gap < 5 {
				j++
				gap++
			}
			if gap == 0 || gap > 4 {
				return 0, false
			}
		}
		if !strings.HasPrefix(fold[j:], w) {
			return 0, false
		}
		j += len(w)
	}
	if j < len(fold) && isLetterByte(fold[j]) {
		return 0, false
	}
	return j, true
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// nameCase capitalises every word of a person's name written in capitals.
func nameCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = capitalise(w)
	}
	return strings.Join(words, " ")
}
