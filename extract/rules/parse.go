package rules

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"baocao"
	"baocao/vntext"
)

// Date patterns, matched on folded text. The day part may list several days
// ("20 và 21/4/2021", "20, 21-4-2021"): the conference's first day counts.
var (
	reDateWords = regexp.MustCompile(`(?:ngay\s+)?(\d{1,2})(?:\s*(?:,|va|-|–)\s*\d{1,2}|\s+va\s+ngay\s+\d{1,2}|\s+den\s+(?:ngay\s+)?\d{1,2})*\s+thang\s+(\d{1,2})\s*(?:,\s*)?nam\s+(\d{4})`)
	// A conference over several days: "12 - 13/4/2021", "từ ngày 28/4 đến
	// ngày 02/5/2021"; the first day counts, in the month and year given.
	reDateRange = regexp.MustCompile(`\b(\d{1,2})(?:\s*([/.])\s*(\d{1,2}))?\s*(?:-|–|den|va|,)\s*(?:ngay\s+)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*([/.\-])\s*(\d{4})\b`)
	reDateNum   = regexp.MustCompile(`\b(\d{1,2})(?:\s*(?:,|va)\s*\d{1,2})*\s*([/.\-])\s*(\d{1,2})\s*([/.\-])\s*(\d{4})\b`)
	reDateISO   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

// dateMatch is a date found in a text, with its folded byte range.
type dateMatch struct {
	Date       baocao.Date
	Start, End int
}

// findDates returns every valid date in the text, in order.
func findDates(f *folded) []dateMatch {
	var out []dateMatch
	add := func(d baocao.Date, ok bool, m []int) {
		if !ok {
			return
		}
		for _, o := range out { // a range already covered by another pattern
			if m[0] < o.End && o.Start < m[1] {
				return
			}
		}
		out = append(out, dateMatch{d, m[0], m[1]})
	}
	for _, m := range reDateWords.FindAllStringSubmatchIndex(f.fold, -1) {
		d, ok := baocao.NewDate(atoi(f.fold[m[6]:m[7]]), atoi(f.fold[m[4]:m[5]]), atoi(f.fold[m[2]:m[3]]))
		add(d, ok, m)
	}
	for _, m := range reDateNum.FindAllStringSubmatchIndex(f.fold, -1) {
		if r, d, ok := dateRange(f.fold, m[0], m[1]); ok {
			add(d, true, r) // a range ends in this date: its first day counts
			continue
		}
		// The two separators must agree: "9/3-2021" is not a date.
		if f.fold[m[4]:m[5]] != f.fold[m[8]:m[9]] {
			continue
		}
		d, ok := baocao.NewDate(atoi(f.fold[m[10]:m[11]]), atoi(f.fold[m[6]:m[7]]), atoi(f.fold[m[2]:m[3]]))
		add(d, ok, m)
	}
	for _, m := range reDateISO.FindAllStringSubmatchIndex(f.fold, -1) {
		d, ok := baocao.NewDate(atoi(f.fold[m[2]:m[3]]), atoi(f.fold[m[4]:m[5]]), atoi(f.fold[m[6]:m[7]]))
		add(d, ok, m)
	}
	sortDates(out)
	return out
}

// dateRange reads a range of days that ends in the full date at [s, e) of
// the folded text: "12 - 13/4/2021", "28/4 đến ngày 02/5/2021".
func dateRange(fold string, s, e int) ([]int, baocao.Date, bool) {
	from := max(0, s-28)
	m := reDateRange.FindStringSubmatchIndex(fold[from:e])
	if m == nil {
		return nil, baocao.Date{}, false
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += from
		}
	}
	if m[1] != e || fold[m[10]:m[11]] != fold[m[14]:m[15]] {
		return nil, baocao.Date{}, false
	}
	month := atoi(fold[m[12]:m[13]])
	if m[6] >= 0 {
		month = atoi(fold[m[6]:m[7]])
	}
	first, last := atoi(fold[m[2]:m[3]]), atoi(fold[m[8]:m[9]])
	if m[6] < 0 && first >= last {
		return nil, baocao.Date{}, false // "30-4/5/2021" is not a range of days in one month
	}
	d, ok := baocao.NewDate(atoi(fold[m[16]:m[17]]), month, first)
	return m, d, ok
}

func sortDates(ds []dateMatch) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// ParseDate reads the first date in s, in any of the shapes reports use:
// "ngày 9 tháng 3 năm 2021", "09/3/2021", "9-3-2021", "09.03.2021".
func ParseDate(s string) (baocao.Date, bool) {
	ds := findDates(newFolded(vntext.Clean(s)))
	if len(ds) == 0 {
		return baocao.Date{}, false
	}
	return ds[0].Date, true
}

// dateOf converts a time from a workbook cell to a calendar day.
func dateOf(t time.Time) (baocao.Date, bool) {
	if t.IsZero() {
		return baocao.Date{}, false
	}
	return baocao.NewDate(t.Year(), int(t.Month()), t.Day())
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// reNumber finds a number written the Vietnamese way: thousands with dots,
// decimals with a comma ("1.250", "96,0"). A dot followed by exactly three
// digits groups thousands; otherwise a dot is a decimal point.
var reNumber = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

var reThousands = regexp.MustCompile(`^\d{1,3}\.\d{3}$`)

// ParseNumber reads the first number in s ("1.250" is 1250, "96,0" is 96,
// "95.5" is 95.5).
func ParseNumber(s string) (float64, bool) {
	m := reNumber.FindString(s)
	if m == "" {
		return 0, false
	}
	return parseNumberToken(m)
}

func parseNumberToken(m string) (float64, bool) {
	switch {
	case strings.Contains(m, ",") && strings.Contains(m, "."):
		m = strings.ReplaceAll(m, ".", "")
		m = strings.Replace(m, ",", ".", 1)
	case strings.Contains(m, ","):
		m = strings.Replace(m, ",", ".", 1)
	case strings.Count(m, ".") > 1 || reThousands.MatchString(m):
		m = strings.ReplaceAll(m, ".", "")
	}
	v, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// ParseInt reads the first whole number in s, as ParseNumber does.
func ParseInt(s string) (int, bool) {
	v, ok := ParseNumber(s)
	if !ok || v != math.Trunc(v) || v < 0 || v > 1e9 {
		return 0, false
	}
	return int(v), true
}

// ParseRate reads an attendance rate: "96,0%", "96", "0.96" all give 0.96.
func ParseRate(s string) (float64, bool) {
	v, ok := ParseNumber(s)
	if !ok {
		return 0, false
	}
	return rateOf(v, strings.Contains(s, "%"))
}

// rateOf turns a number into a fraction: percentages and numbers over 1 are
// divided by 100.
func rateOf(v float64, percent bool) (float64, bool) {
	if percent || v > 1 {
		v /= 100
	}
	if v < 0 || v > 1 {
		return 0, false
	}
	return round4(v), true
}

func round4(v float64) float64 { return math.Round(v*10000) / 10000 }

// reMinutes finds a duration: "120 phút", "2 giờ", "1,5 giờ", "2 tiếng".
var reMinutes = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(phut|gio|tieng)\b`)

// ParseMinutes reads a duration in minutes.
func ParseMinutes(s string) (int, bool) {
	m := reMinutes.FindStringSubmatch(vntext.Fold(s))
	if m == nil {
		return 0, false
	}
	v, ok := parseNumberToken(m[1])
	if !ok {
		return 0, false
	}
	if m[2] != "phut" {
		v *= 60
	}
	return int(math.Round(v)), true
}

// reSymbol matches a document number and symbol: "15-BC/CB", "12-CTr/HU",
// "45-BC/ĐU", "123/BC-UBND", "01-CT/TW", "28/2012/NĐ-CP". Matched on original text.
var reSymbol = regexp.MustCompile(`\b\d{1,5}(?:/(?:19|20)\d\d)?\s*[-/]\s*[\p{L}]{1,6}(?:[-/][\p{L}\p{N}]{1,12}){1,3}`)

// ParseSymbol returns the first document symbol in s, without spaces.
func ParseSymbol(s string) (string, bool) {
	m := reSymbol.FindString(s)
	if m == "" {
		return "", false
	}
	return cleanSymbol(m), true
}

// cleanSymbol writes a symbol without spaces, with the Đ that OCR reads as
// its look-alike Ð (U+00D0) put right.
func cleanSymbol(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "Ð", "Đ")
}
