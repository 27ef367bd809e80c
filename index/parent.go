package index

import (
	"sort"

	"baocao"
	"baocao/vntext"
)

// MergeParents joins the buckets of parent units that are one unit, a
// committee and its organisation ("Đảng ủy xã Gia Phú", "Đảng bộ xã Gia
// Phú"), under the unit's canonical name (baocao.CanonicalUnit), sorted by
// it. Backends group records by the parent as written, which the stored
// record keeps, and merge here: an index written before this rule needs no
// reindex, and both backends merge alike.
func MergeParents(in []baocao.Bucket) []baocao.Bucket {
	var tally baocao.UnitTally
	sums := map[string]*baocao.Bucket{}
	for _, b := range in {
		key := tally.Add(b.Key, b.Records)
		s := sums[key]
		if s == nil {
			s = &baocao.Bucket{}
			sums[key] = s
		}
		s.Records += b.Records
		s.MembersPresent += b.MembersPresent
		s.MembersTotal += b.MembersTotal
		s.Others += b.Others
	}
	out := make([]baocao.Bucket, 0, len(sums))
	for key, s := range sums {
		s.Key = tally.Name(key)
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// ParentForms returns the folded word lists a Query.Parent matches the
// parent's name by, any one enough: the words as typed and the other forms
// of the same unit's name (baocao.UnitForms), so that "Huyện ủy Đại Từ"
// finds the records whose parent is written "Đảng bộ huyện Đại Từ", and
// the other way round.
func ParentForms(q string) []string {
	if vntext.Clean(q) == "" {
		return nil
	}
	var out []string
	for _, f := range baocao.UnitForms(q) {
		out = append(out, vntext.Fold(f))
	}
	return out
}
