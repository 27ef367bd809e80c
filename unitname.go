package baocao

import (
	"strings"
	"unicode"

	"baocao/vntext"
)

// committees are the words that name a committee, and the organisation it
// leads: "Huyện ủy Đại Từ" is the committee of "Đảng bộ huyện Đại Từ".
// level is the word the organisation's name carries instead ("huyện"); it
// is not repeated when the name already has it ("Huyện ủy huyện Đại Từ").
var committees = []struct {
	folded []string // the committee word, folded: "huyen uy"
	kind   string   // the organisation's kind: "Đảng bộ"
	level  string   // "huyện"; "" when the name carries its own level
	unlike string   // a first word that folds alike but is another: "quân" (Quân ủy, the army's) is not "quận"
}{
	{[]string{"dang", "uy"}, "Đảng bộ", "", ""},
	{[]string{"chi", "uy"}, "Chi bộ", "", ""},
	{[]string{"huyen", "uy"}, "Đảng bộ", "huyện", ""},
	{[]string{"thi", "uy"}, "Đảng bộ", "thị xã", ""},
	{[]string{"thanh", "uy"}, "Đảng bộ", "thành phố", ""},
	{[]string{"quan", "uy"}, "Đảng bộ", "quận", "quân"},
	{[]string{"tinh", "uy"}, "Đảng bộ", "tỉnh", ""},
}

// organisations are the kinds already written as an organisation, put in
// the usual case: "ĐẢNG BỘ xã Gia Phú" is "Đảng bộ xã Gia Phú".
var organisations = []struct {
	folded []string
	kind   string
}{
	{[]string{"dang", "bo"}, "Đảng bộ"},
	{[]string{"chi", "bo"}, "Chi bộ"},
}

// levelWords are the committees' levels, folded: {"thi", "xa"}.
var levelWords = func() [][]string {
	out := make([][]string, len(committees))
	for i, c := range committees {
		out[i] = strings.Fields(vntext.FoldKey(c.level))
	}
	return out
}()

// headWords is how many words of a name can make its kind: "Ban Chấp hành
// Đảng bộ cơ sở" or "Ban Thường vụ Thị ủy thị xã".
const headWords = 7

// foldHead folds the first headWords words, one by one, to read the kind
// by; the rest of the name does not matter for it.
func foldHead(words []string) []string {
	folded := make([]string, min(len(words), headWords))
	for i := range folded {
		folded[i] = vntext.FoldKey(words[i])
	}
	return folded
}

// boards are the standing bodies of a committee that sign in its name
// ("Ban Thường vụ Huyện ủy Đại Từ"): for grouping, the committee itself.
var boards = [][]string{{"ban", "thuong", "vu"}, {"ban", "chap", "hanh"}}

// CanonicalUnit returns the form in which a unit's name is matched and
// grouped, so that a committee and its organisation are one unit:
// "Đảng ủy xã Gia Phú" and "Đảng bộ xã Gia Phú", "Huyện ủy Đại Từ" and
// "Đảng bộ huyện Đại Từ". The key is folded (case, diacritics, spacing and
// punctuation do not count) and is what to compare; name is the
// organisation's form of the name to show ("Đảng bộ huyện Đại Từ"), the rest
// of the name as written. Records keep their names as written; this is only
// for matching and grouping. An empty name gives "", "".
func CanonicalUnit(s string) (key, name string) {
	name = canonicalName(s)
	return unitKey(name), name
}

// canonicalName rewrites a committee's name into its organisation's.
func canonicalName(s string) string {
	words := strings.Fields(vntext.Clean(s))
	folded := foldHead(words)
	for _, b := range boards {
		if hasWords(folded, b) && (committee(words[len(b):], folded[len(b):]) >= 0 || organisation(folded[len(b):]) >= 0) {
			words, folded = words[len(b):], folded[len(b):]
			break
		}
	}
	if i := committee(words, folded); i >= 0 {
		c := committees[i]
		rest := words[len(c.folded):]
		out := []string{c.kind}
		if c.level != "" && !hasWords(folded[len(c.folded):], levelWords[i]) {
			out = append(out, c.level)
		}
		return strings.Join(append(out, rest...), " ")
	}
	if i := organisation(folded); i >= 0 {
		o := organisations[i]
		return strings.Join(append([]string{o.kind}, words[len(o.folded):]...), " ")
	}
	return strings.Join(words, " ")
}

// organisation returns the index in organisations of the kind that starts
// the name, or -1.
func organisation(folded []string) int {
	for i, o := range organisations {
		if hasWords(folded, o.folded) {
			return i
		}
	}
	return -1
}

// committee returns the index in committees of the committee word that
// starts the name, or -1.
func committee(words, folded []string) int {
	for i, c := range committees {
		if hasWords(folded, c.folded) && (c.unlike == "" || strings.ToLower(words[0]) != c.unlike) {
			return i
		}
	}
	return -1
}

// unitKey folds a canonical name; "Đảng bộ cơ sở X" (a grassroots
// organisation) is "Đảng bộ X", whose committee is "Đảng ủy X".
func unitKey(name string) string {
	k := vntext.FoldKey(name)
	if rest, ok := strings.CutPrefix(k, "dang bo co so "); ok {
		k = "dang bo " + rest
	}
	return k
}

// hasWords reports whether words starts with the words of prefix.
func hasWords(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if words[i] != p {
			return false
		}
	}
	return true
}

// UnitForms returns the ways a unit's name is written: its organisation's
// form and its committee's ("Đảng bộ huyện Đại Từ", "Huyện ủy Đại Từ"), so
// that a search for either words finds both. A name of no known kind
// ("Gia Phú") is its only form.
func UnitForms(s string) []string {
	name := canonicalName(s)
	forms := []string{name}
	if vntext.Clean(s) != name && vntext.Clean(s) != "" {
		forms = append(forms, vntext.Clean(s))
	}
	words := strings.Fields(name)
	folded := foldHead(words)
	if i := organisation(folded); i >= 0 {
		o := organisations[i]
		rest, frest := words[len(o.folded):], folded[len(o.folded):]
		if o.kind == "Đảng bộ" && hasWords(frest, []string{"co", "so"}) {
			rest, frest = rest[2:], frest[2:]
			forms = append(forms, strings.Join(append([]string{o.kind}, rest...), " "))
		}
		for j, c := range committees {
			lv := levelWords[j]
			switch {
			case c.kind != o.kind:
			case c.level == "":
				forms = append(forms, strings.Join(append([]string{committeeWord(c.folded)}, rest...), " "))
			case hasWords(frest, lv) && len(rest) > len(lv):
				forms = append(forms, strings.Join(append([]string{committeeWord(c.folded)}, rest[len(lv):]...), " "))
			}
		}
	}
	return dedupe(forms)
}

// committeeWord writes a committee word as people do: "Huyện ủy".
func committeeWord(folded []string) string {
	words := map[string]string{"dang": "Đảng", "chi": "Chi", "huyen": "Huyện", "thi": "Thị", "thanh": "Thành", "quan": "Quận", "tinh": "Tỉnh"}
	return words[folded[0]] + " ủy"
}

func dedupe(forms []string) []string {
	seen := map[string]bool{}
	out := forms[:0]
	for _, f := range forms {
		if k := vntext.FoldKey(f); !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// UnitTally counts records by unit, a committee and its organisation
// together, and names each group by the canonical name most of its records
// give (on a tie, the one with fewer capitals, then the first in order), so
// that "ĐẢNG ỦY XÃ GIA PHÚ" on one report does not name the group of many
// that write "Đảng bộ xã Gia Phú". The zero UnitTally is ready to use.
type UnitTally struct {
	groups map[string]*unitGroup
	seen   map[string][2]string // a name as written: its key and canonical name
}

type unitGroup struct {
	count int
	names map[string]int
}

// canonical is CanonicalUnit, remembered: a tally meets the same few
// names again and again.
func (t *UnitTally) canonical(s string) (key, name string) {
	if c, ok := t.seen[s]; ok {
		return c[0], c[1]
	}
	key, name = CanonicalUnit(s)
	if t.seen == nil {
		t.seen = map[string][2]string{}
	}
	t.seen[s] = [2]string{key, name}
	return key, name
}

// Key returns the key of the unit named s, as CanonicalUnit does, without
// counting it.
func (t *UnitTally) Key(s string) string {
	key, _ := t.canonical(s)
	return key
}

// Add counts n records under the unit named s, and returns its key.
func (t *UnitTally) Add(s string, n int) string {
	key, name := t.canonical(s)
	if t.groups == nil {
		t.groups = map[string]*unitGroup{}
	}
	g := t.groups[key]
	if g == nil {
		g = &unitGroup{names: map[string]int{}}
		t.groups[key] = g
	}
	g.count += n
	g.names[name] += n
	return key
}

// Name returns the name of the group with this key, "" when there is none.
func (t *UnitTally) Name(key string) string {
	g := t.groups[key]
	if g == nil {
		return ""
	}
	best, bestN := "", -1
	for name, n := range g.names {
		if n > bestN || n == bestN && better(name, best) {
			best, bestN = name, n
		}
	}
	return best
}

// Counts returns the records of each group by the group's name. Two groups
// never share a name: the key is the folded name.
func (t *UnitTally) Counts() map[string]int {
	out := make(map[string]int, len(t.groups))
	for key, g := range t.groups {
		out[t.Name(key)] = g.count
	}
	return out
}

// Keys returns the keys of the groups, in no particular order.
func (t *UnitTally) Keys() []string {
	out := make([]string, 0, len(t.groups))
	for k := range t.groups {
		out = append(out, k)
	}
	return out
}

// better reports whether a names a group better than b, their counts equal.
func better(a, b string) bool {
	ua, ub := upper(a), upper(b)
	if ua != ub {
		return ua < ub
	}
	return a < b
}

func upper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
