package index

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"baocao/vntext"
)

// Parsed is a search query split the way both backends use it: the free
// words (all must match) and the phrases (each must match as a phrase). A
// token such as "12-CTr/HU" is a phrase of its parts, so a document symbol
// finds its own report and not every report that shares a number.
type Parsed struct {
	Words   string   // the free words as typed
	Phrases []string // as typed, without quotes
}

var (
	rePhrase = regexp.MustCompile(`"([^"]*)"`)
	reSymbol = regexp.MustCompile(`\S*[\p{L}\p{N}][/\-.][\p{L}\p{N}]\S*`)
)

// Parse splits a query typed by an analyst.
func Parse(q string) Parsed {
	var p Parsed
	q = vntext.Clean(q)
	for _, m := range rePhrase.FindAllStringSubmatch(q, -1) {
		if s := strings.TrimSpace(m[1]); s != "" {
			p.Phrases = append(p.Phrases, s)
		}
	}
	rest := rePhrase.ReplaceAllString(q, " ")
	for _, m := range reSymbol.FindAllString(rest, -1) {
		p.Phrases = append(p.Phrases, strings.Trim(m, ".,;:()"))
	}
	rest = reSymbol.ReplaceAllString(rest, " ")
	p.Words = strings.Join(strings.Fields(strings.ReplaceAll(rest, `"`, " ")), " ")
	return p
}

// Empty reports whether the query asks for nothing in particular.
func (p Parsed) Empty() bool { return p.Words == "" && len(p.Phrases) == 0 }

// Tokens splits text into the words the analysers make: runs of letters and
// digits, lower-cased.
func Tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// Fragments returns up to n pieces of text around the words of the query,
// with every match wrapped in <mark>…</mark> and the rest HTML-escaped. A
// word typed without diacritics marks the word as written.
func Fragments(text, q string, n int) []string {
	p := Parse(q)
	want := map[string]bool{}
	for _, t := range Tokens(vntext.Fold(p.Words + " " + strings.Join(p.Phrases, " "))) {
		want[t] = true
	}
	if len(want) == 0 || text == "" {
		return []string{}
	}
	folded, off := vntext.FoldMap(text)
	type span struct{ start, end int } // in text
	var hits []span
	i := 0
	for i < len(folded) {
		if !isWordByte(folded[i]) {
			i++
			continue
		}
		j := i
		for j < len(folded) && isWordByte(folded[j]) {
			j++
		}
		if want[folded[i:j]] {
			hits = append(hits, span{off[i], off[j]})
		}
		i = j
	}
	if len(hits) == 0 {
		return []string{}
	}
	// Windows of about 160 bytes around clusters of hits, best-covered first.
	const width = 160
	type window struct {
		start, end int
		hits       []span
	}
	var windows []window
	for k := 0; k < len(hits); {
		w := window{start: max(0, hits[k].start-width/3)}
		w.end = min(len(text), w.start+width)
		for k < len(hits) && hits[k].end <= w.end {
			w.hits = append(w.hits, hits[k])
			k++
		}
		if len(w.hits) == 0 { // a match longer than the window
			w.hits = append(w.hits, hits[k])
			w.end = hits[k].end
			k++
		}
		windows = append(windows, w)
	}
	sort.SliceStable(windows, func(a, b int) bool { return len(windows[a].hits) > len(windows[b].hits) })
	if len(windows) > n {
		windows = windows[:n]
	}
	sort.Slice(windows, func(a, b int) bool { return windows[a].start < windows[b].start })
	out := make([]string, 0, len(windows))
	for _, w := range windows {
		start, end := runeStart(text, w.start), runeStart(text, w.end)
		var b strings.Builder
		if start > 0 {
			b.WriteString("…")
		}
		at := start
		for _, h := range w.hits {
			b.WriteString(html.EscapeString(text[at:h.start]))
			b.WriteString("<mark>" + html.EscapeString(text[h.start:h.end]) + "</mark>")
			at = h.end
		}
		b.WriteString(html.EscapeString(text[at:max(at, end)]))
		if end < len(text) {
			b.WriteString("…")
		}
		out = append(out, strings.Join(strings.Fields(b.String()), " "))
	}
	return out
}

// isWordByte reports whether a byte of folded text belongs to a word. Folded
// text is ASCII for Vietnamese; other scripts' bytes count as letters.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// Boost is a clause that a hit need not match but ranks higher for: both
// backends add the same ones to every search with words.
type Boost struct {
	Kind   string // "phrase", "match" (every word) or "term" (the exact key)
	Field  string
	Text   string
	Weight float64
}

// Boosts returns the clauses that rank first what the analyst meant: the
// words next to each other as typed, the words in a name (a unit, a person,
// a symbol, an issuer) rather than in body text, and above all a whole name
// typed exactly.
func Boosts(q string) []Boost {
	p := Parse(q)
	if p.Empty() {
		return nil
	}
	words := vntext.Fold(strings.TrimSpace(p.Words + " " + strings.Join(p.Phrases, " ")))
	var out []Boost
	if n := len(Tokens(words)); n > 1 {
		out = append(out, Boost{"phrase", "names", words, 6})
	} else {
		out = append(out, Boost{"match", "names", words, 3})
	}
	if k := Key(words); k != "" {
		out = append(out, Boost{"term", "keys", k, 10})
	}
	return out
}
