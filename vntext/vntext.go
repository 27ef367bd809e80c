// Package vntext normalises Vietnamese text at the edges of the program: NFC,
// single spaces, and folding to plain ASCII-like letters for matching labels
// and search terms typed without diacritics.
package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Clean returns s in Unicode NFC with every run of white space (including
// no-break spaces, tabs and line breaks) turned into one space, trimmed, and
// with control and zero-width characters removed.
func Clean(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = b.Len() > 0
			continue
		case unicode.IsControl(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Fold returns Clean(s) in lower case with every diacritic removed and đ turned
// into d, so that "Đảng ủy", "ĐẢNG UỶ" and "dang uy" fold alike.
func Fold(s string) string {
	s = Clean(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		f, ok := latinFold(r)
		if !ok {
			return foldDecomposed(s) // another script: decompose the text whole
		}
		b.WriteString(f)
	}
	return b.String()
}

// foldDecomposed folds s by decomposing it (NFD) and dropping the marks.
func foldDecomposed(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// The Latin blocks that Vietnamese is written in, and the combining marks.
// In them a rune decomposes into a letter and marks only, so folding a text
// rune by rune gives what decomposing it whole does; the folds of their runes
// are made once, as decomposing each rune again was a tenth of the time of
// extracting and indexing a folder of reports.
const (
	latinEnd         = 0x370 // Basic Latin to the combining diacritical marks
	extStart, extEnd = 0x1e00, 0x1f00
	notLatin         = -1
)

var (
	latinFolds [latinEnd + extEnd - extStart]string
	latinRunes [latinEnd + extEnd - extStart]rune
)

func init() {
	for r := rune(0); r < extEnd; r++ {
		if i := latinIndex(r); i != notLatin {
			latinFolds[i] = foldDecomposed(string(r))
			latinRunes[i] = foldRuneDecomposed(r)
		}
	}
}

func latinIndex(r rune) int {
	switch {
	case r >= 0 && r < latinEnd:
		return int(r)
	case r >= extStart && r < extEnd:
		return latinEnd + int(r-extStart)
	}
	return notLatin
}

func latinFold(r rune) (string, bool) {
	if i := latinIndex(r); i != notLatin {
		return latinFolds[i], true
	}
	return "", false
}

// FoldKey is Fold with every character that is not a letter or digit turned
// into a space and spaces collapsed: "Tổng số ĐV:" gives "tong so dv".
func FoldKey(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// IsUpper reports whether s has letters and all of them are upper case.
func IsUpper(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = true
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters
}

// FoldMap folds s rune by rune, as Fold does but without collapsing spaces,
// and returns for every byte of the folded text the offset in s of the rune
// it came from (with len(s) appended), so that a match found in the folded
// text can be cut out of the original.
func FoldMap(s string) (folded string, offsets []int) {
	var b strings.Builder
	b.Grow(len(s))
	offsets = make([]int, 0, len(s)+1)
	for i, r := range s {
		n := b.Len()
		b.WriteRune(FoldRune(r))
		for j := n; j < b.Len(); j++ {
			offsets = append(offsets, i)
		}
	}
	return b.String(), append(offsets, len(s))
}

// FoldRune maps one rune to its base letter in lower case: ế to e, Đ to d.
func FoldRune(r rune) rune {
	if i := latinIndex(r); i != notLatin {
		return latinRunes[i]
	}
	return foldRuneDecomposed(r)
}

func foldRuneDecomposed(r rune) rune {
	if r < 0x80 {
		return unicode.ToLower(r)
	}
	if r == 'đ' || r == 'Đ' {
		return 'd'
	}
	for _, b := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, b) {
			return unicode.ToLower(b)
		}
	}
	return r
}
