package main

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// legacyEnc is an 8-bit Vietnamese encoding with the fonts that draw it, as
// old Word and Excel templates use them. The tables are UniKey's (VnConv,
// ukengine/data.cpp), the converter offices used, kept here apart from the
// reader's so that the samples test the reader rather than echo it.
type legacyEnc struct {
	Name     string // "TCVN3", "VNI"
	Font     string // the family for text in mixed case
	Caps     string // the …H family that draws capitals from small letters' codes ("" for none)
	letters  map[rune]string
	toneByte map[rune]byte // TCVN3: a combining tone written after a capital
}

// vowelBases are the rows of UniKey's tables, in their order.
var vowelBases = []string{"a", "â", "ă", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}

// legacyTones are the combining tones in UniKey's column order: none, sắc,
// huyền, hỏi, ngã, nặng.
var legacyTones = []string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}

// tcvn3Rows is UniKey's TCVN3 table: per vowel, capital and small letter of
// each tone; a toned capital shares the small letter's byte (only an …H font
// draws it as a capital), so capitals are encoded apart (see encode).
var tcvn3Rows = map[string]string{
	"a": "Aa¸¸µµ¶¶··¹¹", "â": "¢©ÊÊÇÇÈÈÉÉËË", "ă": "¡¨¾¾»»¼¼½½ÆÆ",
	"e": "EeÐÐÌÌÎÎÏÏÑÑ", "ê": "£ªÕÕÒÒÓÓÔÔÖÖ", "i": "IiÝÝ××ØØÜÜÞÞ",
	"o": "Ooããßßááââää", "ô": "¤«èèååææççéé", "ơ": "¥¬ííêêëëììîî",
	"u": "Uuóóïïññòòôô", "ư": "¦\u00adøøõõöö÷÷ùù", "y": "Yyýýúúûûüüþþ",
}

// vniRows is UniKey's VNI-WIN table: each letter a word, base byte low and
// mark byte high.
var vniRows = map[string][12]uint16{
	"a": {0x0041, 0x0061, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41, 0xef61},
	"â": {0xc241, 0xe261, 0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461},
	"ă": {0xca41, 0xea61, 0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61},
	"e": {0x0045, 0x0065, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65},
	"ê": {0xc245, 0xe265, 0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465},
	"i": {0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2},
	"o": {0x004f, 0x006f, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f, 0xef6f},
	"ô": {0xc24f, 0xe26f, 0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f},
	"ơ": {0x00d4, 0x00f4, 0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4},
	"u": {0x0055, 0x0075, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75},
	"ư": {0x00d6, 0x00f6, 0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6},
	"y": {0x0059, 0x0079, 0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee},
}

// toned is the letter of a vowel row with tone k, small or capital.
func toned(base string, k int, capital bool) rune {
	s := norm.NFC.String(base + legacyTones[k])
	if capital {
		s = strings.ToUpper(s)
	}
	return []rune(s)[0]
}

var (
	tcvn3 = func() legacyEnc {
		e := legacyEnc{Name: "TCVN3", Font: ".VnTime", Caps: ".VnTimeH", letters: map[rune]string{'đ': "\xae", 'Đ': "\xa7"},
			// TCVN 5712 puts the five tones at 0xB0–0xB4 for letters it has no
			// byte for, which is how a capital takes its tone in .VnTime.
			toneByte: map[rune]byte{0x0300: 0xb0, 0x0309: 0xb1, 0x0303: 0xb2, 0x0301: 0xb3, 0x0323: 0xb4}}
		for _, base := range vowelBases {
			row := []rune(tcvn3Rows[base])
			e.letters[toned(base, 0, true)] = string([]byte{byte(row[0])})
			for k := range legacyTones {
				e.letters[toned(base, k, false)] = string([]byte{byte(row[2*k+1])})
			}
		}
		return e
	}()
	vni = func() legacyEnc {
		e := legacyEnc{Name: "VNI", Font: "VNI-Times", letters: map[rune]string{'đ': "\xf1", 'Đ': "\xd1"}}
		for _, base := range vowelBases {
			for i, w := range vniRows[base] {
				b := []byte{byte(w)}
				if w>>8 != 0 {
					b = append(b, byte(w>>8))
				}
				e.letters[toned(base, i/2, i%2 == 0)] = string(b)
			}
		}
		return e
	}()
)

// encode writes Unicode text in the encoding as the bytes a legacy font
// draws. A capital with a tone that TCVN3 has no byte for is the capital
// followed by the tone byte.
func (e legacyEnc) encode(s string) (string, error) {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if r < 0x80 {
			b.WriteRune(r) // one byte
			continue
		}
		if c, ok := e.letters[r]; ok {
			b.WriteString(c)
			continue
		}
		if e.toneByte != nil && unicode.IsUpper(r) {
			var rest []rune
			tone := byte(0)
			for _, c := range norm.NFD.String(string(r)) {
				if t, ok := e.toneByte[c]; ok {
					tone = t
				} else {
					rest = append(rest, c)
				}
			}
			if base, ok := e.letters[[]rune(norm.NFC.String(string(rest)))[0]]; ok && tone != 0 {
				b.WriteString(base)
				b.WriteByte(tone)
				continue
			}
		}
		return "", fmt.Errorf("%s has no code for %q in %q", e.Name, r, s)
	}
	return b.String(), nil
}

// latin1 is how a workbook stores the bytes a legacy font draws: each byte
// the Latin-1 character of the same code, which is what Windows' ANSI code
// page gives for every byte these encodings use.
func latin1(bytes string) string {
	var b strings.Builder
	for i := 0; i < len(bytes); i++ {
		c := bytes[i]
		if c >= 0x80 && c < 0xa0 {
			panic(fmt.Sprintf("byte %#x would be a Windows-1252 character", c)) // not produced by encode
		}
		b.WriteRune(rune(c))
	}
	return b.String()
}

// caps reports whether s is Vietnamese in capitals, a line an office sets in
// an …H font: all its letters capitals, one of them with a mark ("BÁO CÁO",
// not "STT" or "12-BC/CB").
func caps(s string) bool {
	marked := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			marked = marked || r >= 0x80
		}
	}
	return marked
}

// encodeFor returns the bytes for text drawn in the encoding's fonts and the
// font that draws them: capitals go to the …H font as small letters' codes.
func (e legacyEnc) encodeFor(s string) (bytes, font string, err error) {
	if e.Caps != "" && caps(s) {
		bytes, err = e.encode(strings.ToLower(s))
		return bytes, e.Caps, err
	}
	bytes, err = e.encode(s)
	return bytes, e.Font, err
}
