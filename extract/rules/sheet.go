package rules

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"baocao"
	"baocao/extract/doc"
	"baocao/vntext"
)

// field names a value a workbook label or column header stands for.
type field int

const (
	fNone field = iota
	fSTT
	fUnit
	fParent
	fDocNumber
	fReportDate
	fConfDate
	fLocation
	fForm
	fChair
	fChairTitle
	fReporter
	fReporterTitle
	fTitle // "Chức vụ": the position of the person named before it
	fTotal
	fPresent
	fRate
	fOthers
	fAction
	fActionNumber
	fActionDate
	fSigner
	fNote
	fTopic
	fPresenter
	fMinutes
	fAbsent
)

// labels maps folded labels (FoldKey form) to fields, most specific first.
// A cell matches a label when its key equals it, or starts with it followed by
// a bracketed unit such as "(%)" or "(người)".
var labels = []struct {
	re *regexp.Regexp
	f  field
}{
	{regexp.MustCompile(`^(?:stt|tt|so tt|so thu tu)$`), fSTT},
	{regexp.MustCompile(`^(?:don vi cap tren|truc thuoc|cap uy cap tren|dang bo cap tren|don vi chu quan)$`), fParent},
	{regexp.MustCompile(`^(?:ten don vi|don vi|ten chi bo|chi bo|ten dang bo|ten co so dang|ten to chuc dang|don vi bao cao|chi bo dang bo)$`), fUnit},
	{regexp.MustCompile(`^(?:so bao cao|so ky hieu|so ky hieu bao cao|so hieu|so hieu bao cao|so)$`), fDocNumber},
	{regexp.MustCompile(`^(?:ngay bao cao|ngay ky|ngay ky bao cao|ngay lap)$`), fReportDate},
	{regexp.MustCompile(`^(?:ngay to chuc hoi nghi|ngay to chuc|thoi gian to chuc|thoi gian to chuc hoi nghi|thoi gian|ngay hoi nghi|ngay thang to chuc|ngay)$`), fConfDate},
	{regexp.MustCompile(`^(?:dia diem|dia diem to chuc|dia diem to chuc hoi nghi)$`), fLocation},
	{regexp.MustCompile(`^(?:hinh thuc|hinh thuc to chuc|hinh thuc hoi nghi)$`), fForm},
	{regexp.MustCompile(`^(?:chuc vu nguoi chu tri|chuc vu chu tri)$`), fChairTitle},
	{regexp.MustCompile(`^(?:nguoi chu tri|dong chi chu tri|chu tri|chu tri hoi nghi|nguoi chu tri ho ten|nguoi chu tri ho va ten)$`), fChair},
	{regexp.MustCompile(`^(?:chuc vu bao cao vien|chuc vu nguoi trinh bay)$`), fReporterTitle},
	{regexp.MustCompile(`^(?:bao cao vien|nguoi trinh bay|bao cao vien ho ten|bao cao vien ho va ten|nguoi quan triet)$`), fReporter},
	{regexp.MustCompile(`^(?:chuc vu|chuc danh)$`), fTitle},
	{regexp.MustCompile(`^(?:tong so dang vien|tong so dv|so dang vien tong so|so dv tong so|tong so dang vien cua don vi|tong so dang vien trong chi bo)$`), fTotal},
	{regexp.MustCompile(`^(?:so dang vien tham du|so dv tham du|so dv du|dang vien tham du|so dang vien du|so dang vien tham gia|so dv tham gia|so dang vien tham du so luong|so dv tham du so luong|so dang vien co mat|tham du|so dang vien dv tham du)$`), fPresent},
	{regexp.MustCompile(`^(?:ty le|ty le tham du|ty le dang vien tham du|ty le dv tham du|so dang vien ty le|so dv ty le)$`), fRate},
	{regexp.MustCompile(`^(?:so quan chung tham du|quan chung|quan chung tham du|so quan chung|quan chung uu tu|so quan chung du)$`), fOthers},
	{regexp.MustCompile(`^(?:so ctr|so chuong trinh hanh dong|so hieu ctr|so ky hieu ctr|so ky hieu chuong trinh hanh dong|chuong trinh hanh dong so|so ctr hanh dong)$`), fActionNumber},
	{regexp.MustCompile(`^(?:ngay ban hanh|ngay ban hanh ctr|ngay ban hanh chuong trinh hanh dong|ngay ban hanh chuong trinh|chuong trinh hanh dong ngay ban hanh)$`), fActionDate},
	{regexp.MustCompile(`^(?:chuong trinh hanh dong|ctr hanh dong|xay dung chuong trinh hanh dong|ban hanh chuong trinh hanh dong|chuong trinh hanh dong ban hanh|chuong trinh hanh dong tinh trang)$`), fAction},
	{regexp.MustCompile(`^(?:nguoi ky|nguoi ky bao cao|ho ten nguoi ky)$`), fSigner},
	{regexp.MustCompile(`^(?:ghi chu)$`), fNote},
	{regexp.MustCompile(`^(?:noi dung|chuyen de|ten chuyen de|noi dung chuyen de|noi dung chuong trinh)$`), fTopic},
	{regexp.MustCompile(`^(?:nguoi trinh bay chuyen de|trinh bay)$`), fPresenter},
	{regexp.MustCompile(`^(?:thoi luong|thoi luong phut|thoi gian phut|so phut)$`), fMinutes},
}

var reBracket = regexp.MustCompile(`\s*\([^)]*\)\s*|\s*:\s*$`)

// labelOf returns the field a label cell stands for. Labels repeat from
// cell to cell and file to file, so the answers are kept (a bounded cache).
func labelOf(text string) field {
	if text == "" || len(text) > 80 {
		return fNone
	}
	if f, ok := labelCache.get(text); ok {
		return f
	}
	f := readLabel(text)
	labelCache.put(text, f)
	return f
}

// labelCache keeps labelOf's answers, up to a bound, for all goroutines.
var labelCache = &boundedCache{m: map[string]field{}}

type boundedCache struct {
	mu sync.RWMutex
	m  map[string]field
}

func (c *boundedCache) get(k string) (field, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	f, ok := c.m[k]
	return f, ok
}

func (c *boundedCache) put(k string, f field) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= 20000 {
		c.m = map[string]field{} // a hostile file's cells do not grow it without bound
	}
	c.m[k] = f
}

func readLabel(text string) field {
	key := vntext.FoldKey(reBracket.ReplaceAllString(vntext.Fold(text), " "))
	if f := exactLabel(key); f != fNone {
		return f
	}
	key = spellOut(key)
	if f := exactLabel(key); f != fNone {
		return f
	}
	return classifyLabel(key)
}

// abbreviations are the short forms a header cell uses for the words the
// lexicon knows in full: "Số ĐV của chi bộ", "QC dự", "Ngày ban hành KH".
var abbreviations = map[string]string{
	"dv":  "dang vien",
	"qc":  "quan chung",
	"kh":  "ke hoach",
	"hn":  "hoi nghi",
	"bcv": "bao cao vien",
	"sl":  "so luong",
}

// spellOut writes a label key's abbreviations in full; "Đ/V" folds to "d v".
func spellOut(key string) string {
	words := strings.Fields(key)
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "d" && i+1 < len(words) && words[i+1] == "v" {
			w, i = "dv", i+1
		}
		if full, ok := abbreviations[w]; ok {
			w = full
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// exactLabel returns the field of a label key that the list above knows.
func exactLabel(key string) field {
	for _, l := range labels {
		if l.re.MatchString(key) {
			return l.f
		}
	}
	return fNone
}

// isTotalsRow reports whether a row's first filled cells say it sums the
// rows above.
func isTotalsRow(texts []string) bool {
	seen := 0
	for _, t := range texts {
		if t == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		if isTotalRowKey(vntext.FoldKey(t)) {
			return true
		}
	}
	return false
}

// sheetKind says what a worksheet holds.
type sheetKind int

const (
	otherSheet sheetKind = iota
	rollupSheet
	formSheet
)

// sheetRecords reads the records of one worksheet: a roll-up table's rows, or
// one form.
func sheetRecords(s *doc.Sheet, all *doc.Document) ([]baocao.Record, []string, sheetKind) {
	if h, ok := findHeader(s); ok {
		recs, warnings := rollup(s, h)
		return recs, warnings, rollupSheet
	}
	if rec, ok := form(s, all); ok {
		return []baocao.Record{rec}, nil, formSheet
	}
	return nil, nil, otherSheet
}

// cellDate reads a date from a cell: a date-formatted serial, or text.
// A date column whose format was lost shows the bare serial: a whole number
// between 2000-01-01 and 2100-01-01 in a date field is read as one.
func cellDate(c doc.Cell) (baocao.Date, bool) {
	if d, ok := dateOf(c.Date); ok {
		return d, true
	}
	if c.IsNum && c.Num == float64(int(c.Num)) && c.Num >= 36526 && c.Num < 73051 {
		return dateOf(excelEpoch.AddDate(0, 0, int(c.Num)))
	}
	return ParseDate(c.Text)
}

// excelEpoch is day 0 of Excel's 1900 date system (which counts 1900-02-29).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// cellInt reads a whole number from a cell.
func cellInt(c doc.Cell) (int, bool) {
	if c.IsNum {
		if c.Num < 0 || c.Num > 1e9 || c.Num != float64(int(c.Num)) {
			return 0, false
		}
		return int(c.Num), true
	}
	return ParseInt(c.Text)
}

// cellRate reads a rate: 0.96 formatted as a percentage, 96 or "96,0".
func cellRate(c doc.Cell) (float64, bool) {
	if c.IsNum {
		return rateOf(c.Num, c.Percent)
	}
	return ParseRate(c.Text)
}

// formOf reads how a conference was held from a cell's words.
func formOf(s string) baocao.Form {
	v := vntext.Fold(s)
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(v, w) })
	}
	online, inPerson := has(lexicon.online), has(lexicon.inPerson)
	switch {
	case has(lexicon.hybrid) || online && strings.Contains(v, "truc tiep"):
		return baocao.Hybrid
	case online:
		return baocao.Online
	case inPerson:
		return baocao.InPerson
	}
	return ""
}

// actionOf reads an action program cell: "Đã ban hành", "Chưa", "05-CTr/CB".
func actionOf(s string) (ap *baocao.ActionProgram) {
	v := vntext.Fold(s)
	switch {
	case v == "":
		return nil
	case reNotIssued.MatchString(v) || v == "chua" || v == "khong" || v == "x chua":
		return &baocao.ActionProgram{Issued: false}
	}
	sym, hasSym := ParseSymbol(s)
	if hasSym || strings.Contains(v, "ban hanh") || v == "co" || v == "x" || v == "da" || strings.Contains(v, "da xay dung") {
		ap = &baocao.ActionProgram{Issued: true, Number: sym}
		if d, ok := ParseDate(s); ok {
			ap.Date = d
		}
		return ap
	}
	return nil
}
