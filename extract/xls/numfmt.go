package xls

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/extract/numfmt"
)

// builtInFormats are the number formats Excel does not write into a file,
// spelt as the .xlsx reader's library shows them.
var builtInFormats = map[int]string{
	0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
	11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
	17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "hh:mm", 21: "hh:mm:ss",
	22: "m/d/yy hh:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[red](#,##0)",
	39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[red](#,##0.00)",
	41: `_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)`, 43: `_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)`,
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
}

// formatNumber writes a number as a cell with the format code shows it, to
// the extent the field rules and full-text search need: General, fixed
// decimals, thousands separators, percentages, scientific, dates and times.
// It follows what the .xlsx reader's library shows for the same cell.
func formatNumber(v float64, code string, date1904 bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return general(v)
	}
	secs := sections(code)
	sec := secs[0]
	sign := ""
	if v < 0 {
		if len(secs) > 1 && secs[1] != "" {
			sec = secs[1]
		} else {
			sign = "-"
		}
		v = -v
	}
	plain := strings.ToLower(numfmt.StripQuoted(sec))
	switch {
	case sec == "" || strings.Contains(plain, "general"):
		return sign + general(v)
	case !strings.ContainsAny(plain, "0#?") && strings.Contains(plain, "@"):
		return sign + general(v)
	case !strings.ContainsAny(plain, "0#?") && strings.ContainsAny(plain, "dmyhs"):
		return formatDate(v, sec, date1904)
	}
	return sign + formatDecimal(v, sec, plain)
}

// sections splits a format code at the semicolons between its positive,
// negative, zero and text sections.
func sections(code string) []string {
	var out []string
	quoted, bracket, start := false, false, 0
	for i := 0; i < len(code); i++ {
		switch ch := code[i]; {
		case quoted:
			quoted = ch != '"'
		case bracket:
			bracket = ch != ']'
		case ch == '"':
			quoted = true
		case ch == '[':
			bracket = true
		case ch == '\\':
			i++
		case ch == ';':
			out = append(out, code[start:i])
			start = i + 1
		}
	}
	return append(out, code[start:])
}

// general writes a number as Excel's General format does: all its digits, up
// to 15 significant ones.
func general(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	digits := 0
	for _, ch := range strings.TrimLeft(strings.Replace(strings.TrimPrefix(s, "-"), ".", "", 1), "0") {
		if ch >= '0' && ch <= '9' {
			digits++
		}
	}
	if digits > 15 && strings.Contains(s, ".") {
		return strconv.FormatFloat(v, 'G', 15, 64)
	}
	return s
}

// formatDecimal writes a non-negative number through a numeric format
// section: placeholders 0 # ?, a decimal point, thousands commas, percent
// signs and literal text around them.
func formatDecimal(v float64, sec, plain string) string {
	if strings.Contains(plain, "e+") || strings.Contains(plain, "e-") {
		frac := 0
		if dot := strings.IndexByte(plain, '.'); dot >= 0 {
			for _, ch := range plain[dot+1:] {
				if ch != '0' && ch != '#' && ch != '?' {
					break
				}
				frac++
			}
		}
		return strconv.FormatFloat(v, 'E', frac, 64)
	}
	v *= math.Pow(100, float64(strings.Count(plain, "%")))
	// The pattern: placeholders before and after the point.
	intZeros, fracZeros, fracAll, thousands, point := 0, 0, 0, false, false
	first := -1
	for i := 0; i < len(plain); i++ {
		switch ch := plain[i]; ch {
		case '0', '#', '?':
			if first < 0 {
				first = i
			}
			if point {
				fracAll++
				if ch == '0' {
					fracZeros++
				}
			} else if ch == '0' {
				intZeros++
			}
		case '.':
			if first >= 0 || i+1 < len(plain) && strings.IndexByte("0#?", plain[i+1]) >= 0 {
				point = true
			}
		case ',':
			if first >= 0 && !point && i+1 < len(plain) && strings.IndexByte("0#?", plain[i+1]) >= 0 {
				thousands = true
			}
		}
	}
	num := roundDecimal(strconv.FormatFloat(v, 'f', -1, 64), fracAll)
	ip, fp, _ := strings.Cut(num, ".")
	for len(fp) > fracZeros && strings.HasSuffix(fp, "0") {
		fp = fp[:len(fp)-1]
	}
	for len(ip) < intZeros {
		ip = "0" + ip
	}
	if thousands {
		ip = group(ip)
	}
	if fp != "" {
		ip += "." + fp
	}
	// Literal text before the first and after the last placeholder.
	var b strings.Builder
	emitted := false
	walkLiterals(sec, func(lit string, placeholder bool) {
		if placeholder {
			if !emitted {
				b.WriteString(ip)
				emitted = true
			}
			return
		}
		b.WriteString(lit)
	})
	if !emitted {
		b.WriteString(ip)
	}
	return b.String()
}

// walkLiterals calls f for each piece of a format section: literal text with
// placeholder false, and each placeholder, point or comma with placeholder
// true.
func walkLiterals(sec string, f func(lit string, placeholder bool)) {
	inNumber := false
	for i := 0; i < len(sec); i++ {
		ch := sec[i]
		switch {
		case ch == '"':
			j := strings.IndexByte(sec[i+1:], '"')
			if j < 0 {
				j = len(sec) - i - 1
			}
			f(sec[i+1:i+1+j], false)
			i += j + 1
		case ch == '[':
			j := strings.IndexByte(sec[i:], ']')
			if j < 0 {
				return
			}
			i += j
		case ch == '\\' && i+1 < len(sec):
			f(sec[i+1:i+2], false)
			i++
		case ch == '_' && i+1 < len(sec):
			f(" ", false)
			i++
		case ch == '*' && i+1 < len(sec):
			i++
		case ch == '0' || ch == '#' || ch == '?':
			inNumber = true
			f("", true)
		case (ch == '.' || ch == ',') && (inNumber || i+1 < len(sec) && strings.IndexByte("0#?", sec[i+1]) >= 0):
			f("", true)
		default:
			inNumber = false
			f(sec[i:i+1], false)
		}
	}
}

// roundDecimal rounds a plain decimal number to n places, half away from
// zero on its shortest decimal form, as a person rounds 96.35 to 96.4.
func roundDecimal(s string, n int) string {
	ip, fp, _ := strings.Cut(s, ".")
	if len(fp) <= n {
		fp += strings.Repeat("0", n-len(fp))
		if n == 0 {
			return ip
		}
		return ip + "." + fp
	}
	up := fp[n] >= '5'
	digits := []byte(ip + fp[:n])
	for i := len(digits) - 1; up && i >= 0; i-- {
		if digits[i] == '9' {
			digits[i] = '0'
			continue
		}
		digits[i]++
		up = false
	}
	if up {
		digits = append([]byte{'1'}, digits...)
	}
	k := len(digits) - n
	if n == 0 {
		return string(digits)
	}
	return string(digits[:k]) + "." + string(digits[k:])
}

// group puts thousands commas into a run of digits.
func group(ip string) string {
	var b strings.Builder
	for i, ch := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(ch)
	}
	return b.String()
}

var (
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// formatDate writes a serial date through a date or time format section.
func formatDate(v float64, sec string, date1904 bool) string {
	t, err := excelize.ExcelDateToTime(v, date1904)
	if err != nil {
		return general(v)
	}
	low := strings.ToLower(sec)
	ampm := strings.Contains(low, "am/pm") || strings.Contains(low, "a/p")
	var b strings.Builder
	lastHour := false // an m right after an hour is minutes
	for i := 0; i < len(sec); {
		ch := low[i]
		run := 1
		for i+run < len(low) && low[i+run] == ch {
			run++
		}
		switch {
		case ch == '"':
			j := strings.IndexByte(sec[i+1:], '"')
			if j < 0 {
				j = len(sec) - i - 1
			}
			b.WriteString(sec[i+1 : i+1+j])
			i += j + 2
			continue
		case ch == '[':
			j := strings.IndexByte(sec[i:], ']')
			if j < 0 {
				j = len(sec) - i - 1
			}
			i += j + 1
			continue
		case ch == '\\' && i+1 < len(sec):
			b.WriteByte(sec[i+1])
			i += 2
			continue
		case ch == '_' && i+1 < len(sec):
			b.WriteByte(' ')
			i += 2
			continue
		case strings.HasPrefix(low[i:], "am/pm"):
			b.WriteString(map[bool]string{true: "PM", false: "AM"}[t.Hour() >= 12])
			i += 5
			continue
		case strings.HasPrefix(low[i:], "a/p"):
			b.WriteString(map[bool]string{true: "P", false: "A"}[t.Hour() >= 12])
			i += 3
			continue
		case ch == 'y':
			if run > 2 {
				b.WriteString(strconv.Itoa(t.Year()))
			} else {
				b.WriteString(pad2(t.Year() % 100))
			}
		case ch == 'm' && (lastHour || nextIsSecond(low[i+run:])):
			writeNum(&b, t.Minute(), run)
		case ch == 'm':
			switch {
			case run >= 5:
				b.WriteString(monthNames[t.Month()-1][:1])
			case run == 4:
				b.WriteString(monthNames[t.Month()-1])
			case run == 3:
				b.WriteString(monthNames[t.Month()-1][:3])
			default:
				writeNum(&b, int(t.Month()), run)
			}
		case ch == 'd':
			switch {
			case run >= 4:
				b.WriteString(dayNames[t.Weekday()])
			case run == 3:
				b.WriteString(dayNames[t.Weekday()][:3])
			default:
				writeNum(&b, t.Day(), run)
			}
		case ch == 'h':
			h := t.Hour()
			if ampm {
				h = (h+11)%12 + 1
			}
			writeNum(&b, h, run)
		case ch == 's':
			writeNum(&b, t.Second(), run)
		default:
			b.WriteString(sec[i : i+run])
		}
		if ch != ' ' && ch != ':' {
			lastHour = ch == 'h'
		}
		i += run
	}
	return b.String()
}

// nextIsSecond reports whether the next date token after a run of m is
// seconds, which makes the m minutes ("mm:ss").
func nextIsSecond(rest string) bool {
	for _, ch := range rest {
		switch ch {
		case 's':
			return true
		case 'd', 'y', 'h', 'm':
			return false
		}
	}
	return false
}

func writeNum(b *strings.Builder, n, width int) {
	if width >= 2 {
		b.WriteString(pad2(n))
		return
	}
	b.WriteString(strconv.Itoa(n))
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
