// Package check holds the campaign's rules and checks records against them:
// deadlines, who presided and presented, attendance, the action program,
// and which units on the roster have not reported.
package check

import (
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"

	"baocao"
	"baocao/vntext"
)

// Rules is the campaign being checked. A later campaign (another resolution,
// another deadline) is a new rules file, not new code.
type Rules struct {
	Campaign            string      `yaml:"campaign"`
	ConferenceDeadline  baocao.Date `yaml:"conference_deadline"`
	ActionDeadline      baocao.Date `yaml:"action_program_deadline"`
	AttendanceThreshold float64     `yaml:"attendance_threshold"` // a fraction: 0.95
	// HeadTitles are the positions of the head of a unit, as they begin
	// (folded or not): "Bí thư" for a party committee, the head of an agency.
	HeadTitles []string `yaml:"head_titles"`
	// NotHeadTitles begin positions that are not the head even when they
	// contain a head's title: "Phó Bí thư" is a deputy.
	NotHeadTitles []string `yaml:"not_head_titles"`
}

// Default is Directive 01-CT/TW of 9 March 2021 on the 13th Congress's
// resolution: conferences and action programs within Q2/2021, every member
// attending (95% as the threshold), the secretary presiding and presenting.
var Default = Rules{
	Campaign:            "Chỉ thị 01-CT/TW ngày 09/3/2021: nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII",
	ConferenceDeadline:  baocao.Date{Year: 2021, Month: 6, Day: 30},
	ActionDeadline:      baocao.Date{Year: 2021, Month: 6, Day: 30},
	AttendanceThreshold: 0.95,
	HeadTitles:          []string{"Bí thư", "Giám đốc", "Chủ tịch", "Hiệu trưởng", "Chánh Văn phòng", "Trưởng", "Tổng Biên tập", "Chánh án", "Viện trưởng", "Chỉ huy trưởng", "Thủ trưởng"},
	NotHeadTitles:       []string{"Phó", "Ủy viên", "Chi ủy viên", "Đảng ủy viên"},
}

// Load reads a rules file (YAML); fields it leaves out keep their defaults.
func Load(path string) (Rules, error) {
	r := Default
	b, err := os.ReadFile(path)
	if err != nil {
		return r, fmt.Errorf("read rules %s: %w", path, err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return r, fmt.Errorf("read rules %s: %w", path, err)
	}
	if r.AttendanceThreshold > 1 {
		r.AttendanceThreshold /= 100 // written as a percentage
	}
	return r, nil
}

// IsHead reports whether a position is the head of its unit. known is false
// when the position says neither.
func (r Rules) IsHead(title string) (head, known bool) {
	t := vntext.Fold(title)
	if t == "" {
		return false, false
	}
	for _, p := range r.NotHeadTitles {
		if hasWordPrefix(t, vntext.Fold(p)) {
			return false, true
		}
	}
	for _, p := range r.HeadTitles {
		if hasWordPrefix(t, vntext.Fold(p)) {
			return true, true
		}
	}
	return false, true
}

func hasWordPrefix(s, p string) bool {
	return p != "" && strings.HasPrefix(s, p) && (len(s) == len(p) || s[len(p)] == ' ')
}
