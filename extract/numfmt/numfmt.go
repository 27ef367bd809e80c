// Package numfmt reads what Excel's number formats say about a cell: whether
// it shows a date or a percentage. Both workbook readers (.xlsx and .xls) use
// it, so that they type the same cells the same way.
package numfmt

import "strings"

// IsDate reports whether a number format shows a date: one of Excel's
// built-in date formats, or a custom one with day, month or year tokens.
func IsDate(id int, custom string) bool {
	switch {
	case id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		return true
	case custom == "":
		return false
	}
	f := strings.ToLower(StripQuoted(custom))
	if strings.Contains(f, "%") {
		return false
	}
	return strings.ContainsAny(f, "dy") || strings.Contains(f, "mm") && !strings.Contains(f, "h")
}

// IsPercent reports whether a number format shows a percentage.
func IsPercent(id int, custom string) bool {
	return id == 9 || id == 10 || strings.Contains(StripQuoted(custom), "%")
}

// StripQuoted removes quoted literals, escaped characters and bracketed codes
// ("[Red]", "[$-42A]") from a number format.
func StripQuoted(f string) string {
	var b strings.Builder
	quoted, bracket := false, false
	for i := 0; i < len(f); i++ {
		ch := f[i]
		switch {
		case quoted:
			quoted = ch != '"'
		case bracket:
			bracket = ch != ']'
		case ch == '"':
			quoted = true
		case ch == '[':
			bracket = true
		case ch == '\\' || ch == '_' || ch == '*':
			i++
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}
