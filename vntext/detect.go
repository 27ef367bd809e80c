package vntext

import (
	"unicode"
	"unicode/utf8"
)

// Detection reads words. TCVN3 text is full of Latin-1 symbols that are its
// letters ("Th«ng b¸o", "§¶ng"); VNI text has vowels followed by mark bytes
// ("Quaùn trieät"). A word is evidence for an encoding when it spells a
// Vietnamese syllable once converted and did not as it stood; ordinary
// French, German or English words with é, ü, © or ® spell none either way.

// maxDetect bounds the text weighed: a PDF font's sample, a long cell.
const maxDetect = 16 << 10

// evidence counts what the words of a text say about one encoding.
type evidence struct {
	words   int // words with a letter
	cand    int // words with a byte above ASCII (or a TCVN3 capital code)
	asIs    int // candidates that spell a syllable as they stand
	decoded int // candidates that spell a syllable once converted
	foreign int // ASCII words that spell no syllable even typed without marks
	odd     int // candidates no Latin-1 text has: a symbol among letters (b¸o), a capital after a small letter (nhËn)
}

// DetectLegacy names the legacy encoding (TCVN3 or VNI) that text whose font
// says nothing is written in, or returns "" unless the evidence is strong:
// at least three words that become Vietnamese syllables once converted, three
// in four of the words with Latin-1 letters doing so, fewer than half of them
// reading as Vietnamese already, and few words that look foreign; or, for a
// font that drew little, two words or more that no Latin-1 text has ("N¬i
// nhËn", a symbol among letters, a capital after a small letter), every one
// of them a syllable once converted and nothing foreign beside them. Text with
// a Vietnamese letter outside Latin-1 (ă, đ, ơ, ư, ạ…, or a combining tone
// mark) is Unicode, and never converted. â, ê and ô are Latin-1, and both
// encodings use those bytes for other letters, so for them the words decide.
func DetectLegacy(s string) string {
	if len(s) > maxDetect {
		s = s[:maxDetect]
	}
	if !looksLegacy(s) {
		return ""
	}
	best, bestN, tie := "", 0, false
	for _, enc := range []string{TCVN3, VNI} {
		e := weigh(s, enc)
		strong := e.decoded >= 3 && e.decoded*4 >= e.cand*3 && e.asIs*2 < e.cand && e.foreign*4 <= e.words
		odd := e.cand >= 2 && e.odd == e.cand && e.decoded == e.cand && e.foreign == 0
		if !strong && !odd {
			continue
		}
		switch {
		case e.decoded > bestN:
			best, bestN, tie = enc, e.decoded, false
		case e.decoded == bestN:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// AlreadyUnicode reports whether text found in a font that says encoding is
// Unicode all the same, and must not be converted: it has a letter no legacy
// byte becomes through a Latin-1 reader (ă, ơ, ư, ạ, a combining mark…), or
// its only characters above ASCII are Vietnamese letters of Latin-1 and its
// words read as Vietnamese as they stand but not once converted ("Tây Ninh"
// typed in Unicode into an old .VnTime template would become "Tõy Ninh").
// Plain ASCII says nothing either way: it is not "already Unicode".
func AlreadyUnicode(s, encoding string) bool {
	for _, r := range s {
		if _, ok := winAnsi80[r]; r > 0xff && !ok {
			return true
		}
	}
	high := false
	for _, r := range s {
		switch {
		case r < 0x20 && tcvn3Low[r] != 0, r >= 0x80 && !latinVietnamese(r):
			return false // a symbol only a legacy font makes a letter of
		case r >= 0x80:
			high = true
		}
	}
	if !high {
		return false
	}
	if len(s) > maxDetect {
		s = s[:maxDetect]
	}
	e := weigh(s, encoding)
	return e.cand > 0 && e.asIs == e.cand && e.decoded < e.cand
}

// latinVietnamese reports whether r is one of the Vietnamese letters that
// Latin-1 has: à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals.
func latinVietnamese(r rune) bool {
	switch unicode.ToLower(r) {
	case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
		return true
	}
	return false
}

// weigh counts the evidence of s's words for one encoding.
func weigh(s, encoding string) evidence {
	var e evidence
	for _, w := range legacyWords(s) {
		high, letter, lower, digit := false, false, false, false
		for _, r := range w {
			switch {
			case r >= 0x80 || r < 0x20:
				high = true
			case r >= '0' && r <= '9':
				digit = true
			case r >= 'a' && r <= 'z':
				letter, lower = true, true
			default:
				letter = true
			}
		}
		if digit || !high && !letter || high && utf8.RuneCountInString(w) < 2 {
			continue // numbers, symbols and lone letters say nothing
		}
		e.words++
		if !high {
			// An abbreviation in capitals (HU, CT, XIII) is not foreign.
			if lower && !isSyllable(w, true) {
				e.foreign++
			}
			continue
		}
		e.cand++
		if oddWord(w) {
			e.odd++
		}
		if goodCase(w) && isSyllable(w, false) {
			e.asIs++
		}
		if d := Decode(w, encoding, false); goodCase(d) && isSyllable(d, false) {
			e.decoded++
		}
	}
	return e
}

// legacyWords cuts s into words: runs of ASCII letters and digits and of
// anything above ASCII (legacy letters are Latin-1 symbols), split where an
// ASCII capital follows a small letter (two words run together where a PDF
// line ended: "b¸oTh«ng").
func legacyWords(s string) []string {
	var words []string
	start := -1
	prev := rune(0)
	for i, r := range s {
		word := r >= 0x80 || r < 0x20 && tcvn3Low[r] != 0 ||
			r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if word && start >= 0 && r >= 'A' && r <= 'Z' && prev >= 'a' && prev <= 'z' {
			words = append(words, s[start:i])
			start = i
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			words = append(words, s[start:i])
			start = -1
		}
		prev = r
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// oddWord reports whether a word is one no Latin-1 text has: letters with a
// symbol of Latin-1 (¸ ¶ « ¬ ® §…) among them, or a capital after a small
// letter.
func oddWord(w string) bool {
	letters, symbol, prevLower := false, false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if prevLower && unicode.IsUpper(r) {
				return true
			}
			letters, prevLower = true, unicode.IsLower(r)
		case r >= 0xa0 && r <= 0xff:
			symbol, prevLower = true, false
		default:
			prevLower = false
		}
	}
	return letters && symbol
}

// goodCase reports whether a word is in small letters, capitalised, or all
// in capitals: "hÔm" is not a word as written.
func goodCase(w string) bool {
	upper, lower, firstUpper, i := 0, 0, false, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || i == 0
		case unicode.IsLower(r):
			lower++
		}
		i++
	}
	return upper == 0 || lower == 0 || upper == 1 && firstUpper
}
