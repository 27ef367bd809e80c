package rules

import (
	"regexp"

	"baocao/vntext"
)

// folded is a text together with its folded form (lower case, no diacritics,
// đ→d), where every rune of the original maps to one ASCII-ish rune of the
// folded form. Rules match patterns on the folded form and cut values out of the
// original, so that "Dia diem" finds "Địa điểm" and the value keeps its marks.
type folded struct {
	orig string
	fold string
	off  []int // off[i] is the byte offset in orig of folded byte i; off[len(fold)] = len(orig)
}

func newFolded(s string) *folded {
	fold, off := vntext.FoldMap(s)
	return &folded{orig: s, fold: fold, off: off}
}

// span returns the original text under folded byte range [i, j).
func (f *folded) span(i, j int) string { return f.orig[f.off[i]:f.off[j]] }

// find returns the first match of re in the folded text as original-text
// submatches (nil when there is no match), with folded byte indices.
func (f *folded) find(re *regexp.Regexp) (groups []string, idx []int) {
	return f.findFrom(re, 0)
}

// findFrom is find starting at folded byte offset from.
func (f *folded) findFrom(re *regexp.Regexp, from int) (groups []string, idx []int) {
	if from > len(f.fold) {
		return nil, nil
	}
	m := re.FindStringSubmatchIndex(f.fold[from:])
	if m == nil {
		return nil, nil
	}
	groups = make([]string, len(m)/2)
	for k := range groups {
		if m[2*k] < 0 {
			continue
		}
		m[2*k] += from
		m[2*k+1] += from
		groups[k] = f.span(m[2*k], m[2*k+1])
	}
	return groups, m
}

// findAll returns every match of re as original-text submatches with indices.
func (f *folded) findAll(re *regexp.Regexp) (all [][]string, idx [][]int) {
	for _, m := range re.FindAllStringSubmatchIndex(f.fold, -1) {
		g := make([]string, len(m)/2)
		for k := range g {
			if m[2*k] >= 0 {
				g[k] = f.span(m[2*k], m[2*k+1])
			}
		}
		all = append(all, g)
		idx = append(idx, m)
	}
	return all, idx
}
