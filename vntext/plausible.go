package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Thresholds of Mangled, as shares of the words judged.
const (
	mangledMinWords   = 20   // fewer words than this say too little to judge
	mangledSkeleton   = 0.45 // at least this share spell a syllable once marks are ignored: Vietnamese underneath
	mangledFewMarks   = 0.15 // fewer words than this carry a mark: the marks were lost
	mangledNonWords   = 0.30 // more words than this spell no syllable as written: the marks were mangled
	mangledEnoughMark = 0.35 // real Vietnamese has at least this share of marked words
)

// Mangled reports whether text is Vietnamese whose marks were lost or
// mangled, as an OCR engine for English writes it: "Cdn cu Ludt to chuc
// chinh quyen dia phuong ngdy 19 thdng 6". Such a text layer is worse than
// none, and the page is better recognised again.
//
// Real Vietnamese carries marks on most words and spells a syllable with
// nearly every word. Mangled text still spells syllables once marks are set
// aside (its skeleton is Vietnamese) but has few marks, or many words that
// are no syllable as written. English, acronyms, figures and short texts are
// not mangled: numbers and words in capitals are not judged, and fewer than
// twenty words say nothing.
func Mangled(text string) bool {
	var words, skeleton, marked, nonWords int
	for _, w := range strings.Fields(text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if !judged(w) {
			continue
		}
		words++
		if hasMark(w) {
			marked++
		}
		if isSyllable(strings.Map(keepLetter, w), true) {
			skeleton++
		}
		if !goodCase(w) || !isSyllable(w, false) {
			nonWords++
		}
	}
	if words < mangledMinWords {
		return false
	}
	share := func(n int) float64 { return float64(n) / float64(words) }
	if share(skeleton) < mangledSkeleton {
		return false // not Vietnamese underneath: English, a list of names, codes
	}
	if share(marked) < mangledFewMarks {
		return true
	}
	return share(nonWords) > mangledNonWords && share(marked) < mangledEnoughMark
}

// judged reports whether a word says anything about the language: not a
// number or code with digits, not a word in capitals (an acronym, or a
// heading, whose marks are often dropped on purpose), not one letter.
func judged(w string) bool {
	letters, lower := 0, false
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
			lower = lower || unicode.IsLower(r)
		}
	}
	return letters >= 2 && lower
}

// keepLetter drops what is no letter, so that "ng&y" is judged as "ngy".
func keepLetter(r rune) rune {
	if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		return r
	}
	return -1
}

// hasMark reports whether a word carries a Vietnamese mark: a tone, a
// circumflex, breve or horn, or the bar of đ.
func hasMark(w string) bool {
	for _, r := range norm.NFD.String(w) {
		switch r {
		case grave, acute, tilde, hook, dotBelow, circumflex, breve, horn, 'đ', 'Đ':
			return true
		}
	}
	return false
}
