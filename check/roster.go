package check

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"regexp"

	"baocao"
	"baocao/extract/xlsx"
	"baocao/vntext"
)

// Unit is one unit the roster expects a report from.
type Unit struct {
	Unit       string
	ParentUnit string
}

// Roster is the list of units expected to report.
type Roster []Unit

// LoadRoster reads a roster: a CSV or xlsx file whose first row names its
// columns, `unit` or `Đơn vị` (or `Tên đơn vị`), and `parent_unit` or
// `Đơn vị cấp trên`.
func LoadRoster(ctx context.Context, path string) (Roster, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read roster: %w", err)
	}
	var rows [][]string
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		d, err := xlsx.Read(ctx, bytes.NewReader(b), int64(len(b)), xlsx.DefaultLimits)
		if err != nil {
			return nil, fmt.Errorf("read roster %s: %w", path, err)
		}
		if len(d.Sheets) > 0 {
			for _, r := range d.Sheets[0].Rows {
				var row []string
				for _, c := range r {
					row = append(row, c.Text)
				}
				rows = append(rows, row)
			}
		}
	} else {
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))))
		r.FieldsPerRecord = -1
		if rows, err = r.ReadAll(); err != nil {
			return nil, fmt.Errorf("read roster %s: %w", path, err)
		}
	}
	unitCol, parentCol := -1, -1
	start := 0
	for i, row := range rows {
		for c, h := range row {
			switch vntext.FoldKey(h) {
			case "unit", "don vi", "ten don vi":
				unitCol = c
			case "parent unit", "don vi cap tren":
				parentCol = c
			}
		}
		if unitCol >= 0 {
			start = i + 1
			break
		}
	}
	if unitCol < 0 {
		return nil, fmt.Errorf("roster %s: no column named unit, Đơn vị or Tên đơn vị", path)
	}
	var out Roster
	for _, row := range rows[start:] {
		u := Unit{Unit: cell(row, unitCol), ParentUnit: cell(row, parentCol)}
		if u.Unit != "" {
			out = append(out, u)
		}
	}
	return out, nil
}

func cell(row []string, c int) string {
	if c < 0 || c >= len(row) {
		return ""
	}
	return vntext.Clean(row[c])
}

// reKind matches the kind words that start a unit's name: written or left
// out, they do not change which unit it is.
var reKind = regexp.MustCompile(`^(?:(?:chi bo|dang bo co so|dang bo|dang uy|chi uy|to dang|co so dang)\s+)+`)

// UnitKey is the form in which unit names are compared: a committee's name
// read as its organisation's (baocao.CanonicalUnit), folded (case,
// diacritics, spacing) and without the leading kind words, so
// "Chi bộ Trường THCS Hùng Sơn" and "chi bo truong THCS Hung Son" agree, and
// so do "Huyện ủy Đại Từ" and "Đảng bộ huyện Đại Từ".
func UnitKey(name string) string {
	key, _ := baocao.CanonicalUnit(name)
	return reKind.ReplaceAllString(key, "")
}

// matcher finds roster units by name and parent.
type matcher struct {
	byKey   map[string][]int
	roster  Roster
	matched []bool
}

func newMatcher(r Roster) *matcher {
	m := &matcher{byKey: map[string][]int{}, roster: r, matched: make([]bool, len(r))}
	for i, u := range r {
		k := UnitKey(u.Unit)
		m.byKey[k] = append(m.byKey[k], i)
	}
	return m
}

// match marks the roster units a record stands for, and reports whether
// there was one. Units of the same name under different parents are told
// apart by the parent when both give one.
func (m *matcher) match(rec baocao.Record) bool {
	found := false
	for _, i := range m.byKey[UnitKey(rec.Unit)] {
		p := m.roster[i].ParentUnit
		if p == "" || rec.ParentUnit == "" || UnitKey(p) == UnitKey(rec.ParentUnit) {
			m.matched[i] = true
			found = true
		}
	}
	return found
}

// missing returns the roster units no record matched.
func (m *matcher) missing() []Unit {
	var out []Unit
	for i, ok := range m.matched {
		if !ok {
			out = append(out, m.roster[i])
		}
	}
	return out
}
