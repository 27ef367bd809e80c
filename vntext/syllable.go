package vntext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The spelling of a Vietnamese syllable is an onset, a rhyme and at most one
// tone mark: "nghiêng" is ngh + iêng, "quyết" is qu + yêt with a sắc. Legacy
// detection asks whether a word spells a syllable, once as it stands and once
// converted; French, German or English words with é, ü or © almost never do.

// onsets are the initial consonants as spelt.
var onsets = []string{"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"}

// rhymes are the rhymes as spelt after a consonant, without tone.
var rhymes = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range strings.Fields(`
		a ac ach ai am an ang anh ao ap at au ay
		ăc ăm ăn ăng ăp ăt
		âc âm ân âng âp ât âu ây
		e ec em en eng eo ep et
		ê êch êm ên ênh êp êt êu
		i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
		o oc oi om on ong op ot oong ooc
		oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
		oe oen oeo oet
		ô ôc ôi ôm ôn ông ôp ôt
		ơ ơi ơm ơn ơp ơt
		u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ
		uôc uôi uôm uôn uông uôt
		uy uya uych uyên uyêt uynh uyt uyu
		ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
		y yêm yên yêt yêu`) {
		m[r] = true
	}
	return m
}()

// Combining marks: the five tones, and the marks that make a letter (â ă ơ).
const (
	grave, acute, tilde, hook, dotBelow = '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'
	circumflex, breve, horn             = '\u0302', '\u0306', '\u031b'
)

// isSyllable reports whether word, in any case, spells one Vietnamese
// syllable: "Thông", "nghiêng", "QUYẾT", but not "été", "Noël" or "b¸o".
// With toneless, a syllable typed without marks passes too ("thuc").
func isSyllable(word string, toneless bool) bool {
	if word == "" || len(word) > 32 || !utf8.ValidString(word) {
		return false
	}
	var letters [12]rune
	n := 0
	tone := rune(0)
	for _, r := range norm.NFD.String(strings.ToLower(word)) {
		switch r {
		case grave, acute, tilde, hook, dotBelow:
			if tone != 0 || n == 0 {
				return false
			}
			tone = r
		case circumflex, breve, horn:
			if n == 0 {
				return false
			}
			c, ok := modified(letters[n-1], r)
			if !ok {
				return false
			}
			letters[n-1] = c
		default:
			if n == len(letters) {
				return false
			}
			letters[n] = r
			n++
		}
	}
	s := string(letters[:n])
	for _, on := range onsets {
		if !strings.HasPrefix(s, on) {
			continue
		}
		rest := s[len(on):]
		if validRhyme(on, rest, tone, toneless) {
			return true
		}
	}
	return false
}

// modified is a base letter with a circumflex, breve or horn.
func modified(base, mark rune) (rune, bool) {
	switch {
	case mark == circumflex && base == 'a':
		return 'â', true
	case mark == circumflex && base == 'e':
		return 'ê', true
	case mark == circumflex && base == 'o':
		return 'ô', true
	case mark == breve && base == 'a':
		return 'ă', true
	case mark == horn && base == 'o':
		return 'ơ', true
	case mark == horn && base == 'u':
		return 'ư', true
	}
	return 0, false
}

// validRhyme checks the rhyme after an onset, with the spelling rules that
// tie them (k, gh, ngh before e ê i y; c, g, ng elsewhere; qu's glide) and
// the rule that -c, -ch, -p, -t take only sắc or nặng.
func validRhyme(onset, rhyme string, tone rune, toneless bool) bool {
	first, _ := utf8.DecodeRuneInString(rhyme)
	front := first == 'e' || first == 'ê' || first == 'i' || first == 'y'
	switch onset {
	case "k", "gh", "ngh":
		if !front {
			return false
		}
	case "c", "ng":
		if front {
			return false
		}
	case "gi":
		if rhyme == "" {
			return true // gì
		}
	}
	ok := rhymes[rhyme]
	if onset == "qu" {
		// The glide is spelt u after q: quan, quân, quyết, quê.
		ok = rhyme != "" && first != 'u' && first != 'o' && (ok || rhymes["o"+rhyme] || rhymes["u"+rhyme])
	}
	if !ok {
		return false
	}
	if strings.HasSuffix(rhyme, "c") || strings.HasSuffix(rhyme, "ch") || strings.HasSuffix(rhyme, "p") || strings.HasSuffix(rhyme, "t") {
		return tone == acute || tone == dotBelow || toneless && tone == 0
	}
	return true
}
