package rules

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"baocao/vntext"
)

// The lexicon: the cue words that say what a figure, a date, a person or a
// column is, in folded form (lower case, no marks, đ→d). Every reader's rules
// use it — running text, form labels, table headers, roll-up columns — so a
// new way of saying a thing is mostly a new word here, with a sample that
// shows it. Longer phrases are tried before their prefixes.
var lexicon = struct {
	// Attendance.
	member  []string // nouns for party members
	present []string // verbs and labels for attending
	total   []string // labels of the whole membership
	absent  []string // absence
	others  []string // attendees who are not party members
	rate    []string // the attendance rate
	// Dates, places and how the conference was held.
	conference []string // words that tie a date or a place to the conference itself
	citedDoc   []string // kinds of document a report cites before its own conference
	reportDate []string // labels of the report's own date
	location   []string // labels of the place
	formLabel  []string // labels of how it was held
	online     []string // how it was held: words of each form
	hybrid     []string
	inPerson   []string
	// People.
	chair     []string
	presenter []string
	signer    []string
	// The program.
	topic []string
	// The action program.
	action []string
	// Tables.
	unitColumn []string // headers of the column that names each unit
	totalRow   []string // first words of rows that sum others (not units)
	number     []string // headers of the item-number column
	notes      []string
	// The words of a report's title that say it is about studying a
	// resolution or holding a conference: a report titled otherwise holds no
	// conference record.
	studyTitle []string
	// The words a place's further parts start with, after a comma: "Phòng
	// họp số 2, Trung tâm Hành chính quận Hải Châu", "Hội trường Công ty,
	// số 103 đường Hùng Vương, phường 3". They are matched with their
	// marks, lower-cased: folded, "quận" would be "quán triệt"'s "quan".
	placePart []string
}{
	member: []string{"dang vien", "dv", "d/v", "d.v", "dang vien chinh thuc", "dong chi dang vien"},
	present: []string{"tham du", "co mat", "du hoi nghi", "du", "tham gia", "hien dien", "tham du hoi nghi",
		"co mat tai hoi nghi", "du hop", "tham du day du", "da tham du", "duoc quan triet", "tham gia hoc tap",
		"tham gia hoi nghi", "du hoc tap"},
	total: []string{"tong so", "tong so dang vien", "hien co", "so luong dang vien", "tong dang vien", "so dang vien",
		"tren tong so", "trong tong so", "trong so", "tren tong", "sinh hoat", "dang vien trong chi bo",
		"dang vien cua chi bo", "tong so dv"},
	absent: []string{"vang", "vang mat", "khong tham du", "khong du", "vang co ly do", "vang khong ly do",
		"chua tham du", "xin phep vang", "di cong tac", "om dau"},
	others: []string{"quan chung", "ngoai dang", "khong phai la dang vien", "khong phai dang vien",
		"quan chung uu tu", "cam tinh dang", "doi tuong cam tinh", "nguoi ngoai dang", "moi du", "khach moi",
		"dai bieu khach moi", "moi tham du", "chua la dang vien", "chua phai la dang vien"},
	rate:       []string{"ty le", "ti le", "dat ty le", "dat ti le", "dat"},
	conference: []string{"hoi nghi", "to chuc", "quan triet", "hoc tap", "trien khai", "khai mac", "dien ra", "tien hanh"},
	citedDoc: []string{"ke hoach", "huong dan", "chi thi", "cong van", "thong bao", "quyet dinh",
		"thong tri", "quy dinh", "ket luan", "to trinh", "giay moi", "cong dien", "van ban"},
	reportDate: []string{"ngay bao cao", "ngay ky", "ngay lap", "ngay lap bieu", "ngay gui", "ngay ky bao cao",
		"thoi diem bao cao", "ngay thang bao cao", "ngay lap bao cao", "bao cao ngay", "lap bao cao", "lap bieu", "lap phieu"},
	location:  []string{"dia diem", "noi to chuc", "dia diem to chuc", "diem cau chinh", "dia diem hoi nghi"},
	formLabel: []string{"hinh thuc", "hinh thuc to chuc", "hinh thuc hoi nghi", "phuong thuc"},
	online:    []string{"truc tuyen", "online"},
	hybrid:    []string{"ket hop"},
	inPerson:  []string{"truc tiep", "tap trung"},
	chair:     []string{"chu tri", "nguoi chu tri", "dong chi chu tri", "chu toa", "chu tri hoi nghi"},
	presenter: []string{"bao cao vien", "nguoi trinh bay", "trinh bay", "nguoi quan triet", "giang vien", "truyen dat",
		"nguoi truyen dat", "nguoi thuc hien"},
	signer:     []string{"nguoi ky", "nguoi ky bao cao", "ho ten nguoi ky", "nguoi lap", "nguoi lap bao cao", "nguoi lap bieu", "nguoi lap phieu", "nguoi bao cao"},
	topic:      []string{"noi dung", "chuyen de", "ten chuyen de", "van de", "noi dung quan triet", "noi dung chuyen de"},
	action:     []string{"chuong trinh hanh dong", "ctr hanh dong", "ke hoach hanh dong", "ke hoach thuc hien", "ctr", "ct hanh dong", "cthd", "ctr hd", "ctrhd"},
	unitColumn: []string{"don vi", "ten don vi", "chi bo", "ten chi bo", "dang bo", "ten dang bo", "co so dang", "to chuc co so dang", "to chuc dang", "ten to chuc dang", "chi bo truc thuoc", "ten co so dang", "don vi bao cao", "chi bo, dang bo"},
	totalRow:   []string{"tong cong", "cong", "tong", "tong so", "toan dang bo", "cong khoi", "cong cum", "cong toan", "tong hop chung", "toan huyen", "toan xa", "toan tinh", "cong chung"},
	number:     []string{"stt", "tt", "so tt", "so thu tu"},
	notes:      []string{"ghi chu"},
	studyTitle: []string{"hoc tap", "quan triet", "nghien cuu", "trien khai", "tuyen truyen", "pho bien", "hoi nghi",
		"nghi quyet", "ket luan", "chi thi", "van kien", "quy dinh", "dai hoi"},
	placePart: []string{"xã", "phường", "thị trấn", "quận", "huyện", "thị xã", "tỉnh", "thành phố", "tp.", "khu phố",
		"tổ dân phố", "thôn", "ấp", "xóm", "bản", "làng", "trụ sở", "đường", "phố", "tầng", "số nhà", "trường",
		"trung tâm", "bệnh viện", "sở", "ủy ban", "uỷ ban", "ubnd", "hđnd", "cơ quan", "nhà máy", "công ty", "khu",
		"tòa nhà", "toà nhà", "học viện", "viện", "ban quản lý", "trạm", "nhà văn hóa", "nhà văn hoá"},
}

// docKind is a kind of office document: its name, the type codes of its
// number and symbol ("05-KH/ĐU", "329/BC-UBND") and the words its title
// starts with, folded.
type docKind struct {
	name   string
	codes  []string
	titles []string
	report bool // a report, or a report's roll-up or appendix: it may hold conference records
}

// kinds are the kinds of document an office's share holds. A document of any
// kind but a report holds no conference record however much it speaks of one.
var kinds = []docKind{
	{name: "Báo cáo", codes: []string{"bc"}, titles: []string{"bao cao"}, report: true},
	{name: "Bảng tổng hợp", titles: []string{"bang tong hop", "bieu tong hop", "tong hop", "bieu", "phu luc", "bang thong ke", "thong ke"}, report: true},
	{name: "Kế hoạch", codes: []string{"kh"}, titles: []string{"ke hoach"}},
	{name: "Nghị quyết", codes: []string{"nq"}, titles: []string{"nghi quyet"}},
	{name: "Chỉ thị", codes: []string{"ct"}, titles: []string{"chi thi"}},
	{name: "Hướng dẫn", codes: []string{"hd"}, titles: []string{"huong dan"}},
	{name: "Thông báo", codes: []string{"tb"}, titles: []string{"thong bao"}},
	{name: "Giấy mời", codes: []string{"gm"}, titles: []string{"giay moi"}},
	{name: "Biên bản", codes: []string{"bb"}, titles: []string{"bien ban"}},
	{name: "Quyết định", codes: []string{"qd"}, titles: []string{"quyet dinh"}},
	{name: "Tờ trình", codes: []string{"ttr", "tr"}, titles: []string{"to trinh"}},
	{name: "Công văn", codes: []string{"cv"}, titles: []string{"cong van", "v/v", "ve viec"}},
	{name: "Chương trình", codes: []string{"ctr"}, titles: []string{"chuong trinh"}},
	{name: "Kết luận", codes: []string{"kl"}, titles: []string{"ket luan"}},
	{name: "Quy định", codes: []string{"qdi"}, titles: []string{"quy dinh"}},
	{name: "Quy chế", codes: []string{"qc"}, titles: []string{"quy che"}},
	{name: "Thông tri", codes: []string{"tt"}, titles: []string{"thong tri"}},
	{name: "Thông tư", titles: []string{"thong tu"}},
	{name: "Nghị định", codes: []string{"nd"}, titles: []string{"nghi dinh"}},
	{name: "Đề cương", titles: []string{"de cuong"}},
	{name: "Giấy giới thiệu", codes: []string{"gt"}, titles: []string{"giay gioi thieu"}},
	{name: "Danh sách", codes: []string{"ds"}, titles: []string{"danh sach"}},
	{name: "Tờ khai", titles: []string{"to khai"}},
	{name: "Văn bản của Ủy ban", codes: []string{"ub"}},
}

// Kinds returns the names of the kinds of document, as Document.Kind writes them.
func Kinds() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.name
	}
	return out
}

// kindOfCode returns the kind a symbol's type code names ("05-KH/ĐU" → Kế
// hoạch), if the lexicon knows it.
func kindOfCode(sym string) (docKind, bool) {
	m := reTypeCode.FindStringSubmatch(vntext.Fold(sym))
	if m == nil {
		return docKind{}, false
	}
	code := m[1] + m[2]
	for _, k := range kinds {
		if slices.Contains(k.codes, code) {
			return k, true
		}
	}
	return docKind{}, false
}

// kindOfTitle returns the kind a title line starts with ("KẾ HOẠCH Tổ chức…",
// "V/v tổ chức…"), given folded with single spaces, the number of words of
// the kind's name, and whether the line is that name and nothing more.
func kindOfTitle(fold string) (k docKind, words int, exact bool, ok bool) {
	n := 0
	for _, kk := range kinds {
		for _, w := range kk.titles {
			if len(w) > n && strings.HasPrefix(fold, w) && (len(fold) == len(w) || !isLetterByte(fold[len(w)])) {
				k, n = kk, len(w)
			}
		}
	}
	if n == 0 {
		return k, 0, false, false
	}
	return k, len(strings.Fields(fold[:n])), strings.Trim(fold[n:], " :.") == "", true
}

// comrade is the title of address before a name, written out or
// abbreviated ("đồng chí", "đ/c", "Đ/c", "đ.c", "đc"), as a folded pattern.
const comrade = `(?:dong chi|d\s*/\s*c|d\.\s*c|dc)`

// cueRe compiles a list of cue phrases into one regexp that matches any of
// them as whole words, longest first.
func cueRe(lists ...[]string) *regexp.Regexp {
	var words []string
	for _, l := range lists {
		words = append(words, l...)
	}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return regexp.MustCompile(`(?:^|[^a-z0-9])(?:` + strings.Join(quoted, "|") + `)(?:$|[^a-z0-9])`)
}

var (
	cueStudyTitle = cueRe(lexicon.studyTitle)
	cueMember     = cueRe(lexicon.member)
	cuePresent    = cueRe(lexicon.present)
	cueTotal      = cueRe(lexicon.total)
	cueAbsent     = cueRe(lexicon.absent)
	cueOthers     = cueRe(lexicon.others)
	cueRate       = cueRe(lexicon.rate)
	cueConference = cueRe(lexicon.conference)
	cueCitedDoc   = cueRe(lexicon.citedDoc)
	cueReportDate = cueRe(lexicon.reportDate)
	cueLocation   = cueRe(lexicon.location)
	cueFormLabel  = cueRe(lexicon.formLabel)
	cueChair      = cueRe(lexicon.chair)
	cuePresenter  = cueRe(lexicon.presenter)
	cueSigner     = cueRe(lexicon.signer)
	cueTopic      = cueRe(lexicon.topic)
	cueAction     = cueRe(lexicon.action)
	cueUnitColumn = cueRe(lexicon.unitColumn)
	cueNumberCol  = cueRe(lexicon.number)
	cueNotes      = cueRe(lexicon.notes)
)

// isTotalRowKey reports whether a row's first filled cell (as a FoldKey) says
// the row sums others: "Tổng cộng", "Cộng khối xã", "Toàn Đảng bộ".
func isTotalRowKey(k string) bool {
	for _, w := range lexicon.totalRow {
		if k == w || strings.HasPrefix(k, w+" ") && (w != "tong" && w != "tong so" || !cueMember.MatchString(k)) {
			return true
		}
	}
	return false
}

// classifyLabel names the field a label or column header stands for from
// its cue words, for labels the exact list in sheet.go does not know. It is
// deliberately cautious: a label that could mean two things gives fNone.
func classifyLabel(key string) field {
	has := func(re *regexp.Regexp) bool { return re.MatchString(key) }
	date := strings.Contains(key, "ngay") || strings.Contains(key, "thoi gian") || strings.Contains(key, "thoi diem")
	if words := strings.Fields(key); len(words) > 10 || strings.ContainsAny(key, "0123456789") {
		return fNone // a label is a few words, without figures
	}
	if n := strings.TrimPrefix(key, "so "); n != key && reOtherNoun.MatchString(n) && !has(cueMember) && !has(cueAction) {
		return fNone // "Số chi bộ tham gia", "Số điểm cầu": counts of other things than people
	}
	switch {
	case key == "":
		return fNone
	case has(cueNumberCol) && len(key) <= 10:
		return fSTT
	case has(cueNotes):
		return fNote
	case has(cueAction):
		switch {
		case strings.HasPrefix(key, "so") || strings.Contains(key, " so ") || strings.Contains(key, "so hieu") || strings.Contains(key, "ky hieu"):
			return fActionNumber // "Số, ngày ban hành": the symbol, with its date when the cell gives one
		case date:
			return fActionDate
		}
		return fAction
	case date && strings.Contains(key, "ban hanh"):
		return fActionDate // what a unit issues after the conference is its action programme
	case has(cueReportDate) && (date || strings.HasPrefix(key, "lap")):
		return fReportDate
	case date && (has(cueConference) || key == "ngay" || key == "thoi gian"):
		if strings.Contains(key, "luong") {
			return fMinutes
		}
		return fConfDate
	case has(cueRate):
		return fRate
	case has(cueOthers):
		return fOthers
	case has(cueAbsent) && (has(cueMember) || strings.HasPrefix(key, "so") || slices.Contains(lexicon.absent, key)):
		return fAbsent
	case has(cuePresent) && has(cueTotal) && strings.Contains(key, "tong"):
		// A header under another ("Số lượng dự" over "Tổng số ĐV"): the
		// words nearer the end name the column.
		if nearestCue(key) == roleTotal {
			return fTotal
		}
		return fPresent
	case has(cuePresent) && !has(cueChair) && !has(cuePresenter):
		return fPresent
	case has(cueMember) && has(cueTotal), key == "tong so", strings.HasPrefix(key, "tong so dang vien"):
		return fTotal
	case (has(cueChair) || has(cuePresenter)) && (strings.HasSuffix(key, "chuc vu") || strings.HasSuffix(key, "chuc danh")):
		// "Người chủ trì" over "Chức vụ", read as one header
		if has(cueChair) {
			return fChairTitle
		}
		return fReporterTitle
	case has(cueLocation):
		return fLocation
	case has(cueFormLabel):
		return fForm
	case has(cueChair):
		return fChair
	case has(cuePresenter) && !has(cueTopic):
		return fReporter
	case has(cueSigner):
		return fSigner
	case onlyWords(key, unitHeaderWords):
		return fUnit
	case has(cueTopic):
		return fTopic
	}
	return fNone
}

// unitHeaderWords are the words a unit column's header is made of; a header
// of other words ("Chi bộ thôn Đông Xá") is a unit's name, not a header.
var unitHeaderWords = wordSet(lexicon.unitColumn, []string{"ten", "cac", "truc", "thuoc", "co", "so", "to", "chuc", "bao", "cao", "va", "cap", "duoi", "dang"})

func wordSet(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, p := range l {
			for _, w := range strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == ',' }) {
				m[w] = true
			}
		}
	}
	return m
}

// onlyWords reports whether the key has a unit word and no word outside set.
func onlyWords(key string, set map[string]bool) bool {
	words := strings.Fields(key)
	unit := false
	for _, w := range words {
		if !set[w] {
			return false
		}
		unit = unit || w == "vi" || w == "bo" || w == "dang"
	}
	return unit && len(words) > 0
}

var reTypeCode = regexp.MustCompile(`^\d+(?:/\d{4})?\s*[-/]\s*([a-z]+)\s*[/-]|^\d+(?:/\d{4})?\s*/\s*([a-z]+)\s*-`)

// isReportSymbol reports whether a document symbol may be a report's: its
// type code is BC, or one the lexicon does not know as another kind.
func isReportSymbol(sym string) bool {
	k, ok := kindOfCode(sym)
	return !ok || k.report
}
