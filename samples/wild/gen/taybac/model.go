package main

import (
	"fmt"
	"strings"
	"time"
)

// Person is a named person with the title written next to the name.
type Person struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
}

// Attendance holds the attendance counts a file states.
type Attendance struct {
	MembersPresent *int     `json:"members_present,omitempty"`
	MembersTotal   *int     `json:"members_total,omitempty"`
	Rate           *float64 `json:"rate,omitempty"`
	Others         *int     `json:"others,omitempty"`
}

// Item is one agenda item.
type Item struct {
	Topic     string `json:"topic"`
	Presenter string `json:"presenter,omitempty"`
	Minutes   int    `json:"minutes,omitempty"`
}

// Action is the action program status.
type Action struct {
	Issued bool   `json:"issued"`
	Number string `json:"number,omitempty"`
	Date   string `json:"date,omitempty"`
}

// Record is one conference, as the spec names its fields.
type Record struct {
	Unit           string      `json:"unit,omitempty"`
	ParentUnit     string      `json:"parent_unit,omitempty"`
	DocNumber      string      `json:"doc_number,omitempty"`
	ReportDate     string      `json:"report_date,omitempty"`
	ConferenceDate string      `json:"conference_date,omitempty"`
	Location       string      `json:"location,omitempty"`
	Form           string      `json:"form,omitempty"`
	Chair          *Person     `json:"chair,omitempty"`
	Reporters      []Person    `json:"reporters,omitempty"`
	Attendance     *Attendance `json:"attendance,omitempty"`
	Program        []Item      `json:"program,omitempty"`
	ActionProgram  *Action     `json:"action_program,omitempty"`
	Signer         *Person     `json:"signer,omitempty"`
}

// Truth is the JSON written beside each file.
type Truth struct {
	Format  string   `json:"format"`
	OCR     bool     `json:"ocr"`
	Records []Record `json:"records"`
}

// Evidence carries what the self-check needs beyond the record itself:
// literal forms of dates and counts that arithmetic derives.
type Evidence struct {
	Dates   []string        // extra literal date phrases, e.g. "14 và 15/4/2021"
	Derived map[string]bool // "present", "total", "others" derived by arithmetic
}

// D is a calendar date.
type D struct{ Y, M, Day int }

func (d D) ISO() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.Day) }

func (d D) Time() time.Time { return time.Date(d.Y, time.Month(d.M), d.Day, 0, 0, 0, 0, time.UTC) }

func (d D) Zero() bool { return d.Y == 0 }

// Fmt writes a date in one of the shapes offices use.
//
//	0: 14/4/2021   1: 14-4-2021   2: 14 tháng 4 năm 2021
//	3: 14/04/2021  4: 14-04-2021  5: 14.4.2021
func (d D) Fmt(style int) string {
	switch style {
	case 1:
		return fmt.Sprintf("%d-%d-%d", d.Day, d.M, d.Y)
	case 2:
		return fmt.Sprintf("%d tháng %d năm %d", d.Day, d.M, d.Y)
	case 3:
		return fmt.Sprintf("%02d/%02d/%d", d.Day, d.M, d.Y)
	case 4:
		return fmt.Sprintf("%02d-%02d-%d", d.Day, d.M, d.Y)
	case 5:
		return fmt.Sprintf("%d.%d.%d", d.Day, d.M, d.Y)
	}
	return fmt.Sprintf("%d/%d/%d", d.Day, d.M, d.Y)
}

// forms lists every shape of a date that the check accepts.
func (d D) forms() []string {
	var out []string
	for s := 0; s <= 5; s++ {
		out = append(out, d.Fmt(s))
	}
	out = append(out,
		fmt.Sprintf("%02d tháng %02d năm %d", d.Day, d.M, d.Y),
		fmt.Sprintf("%02d tháng %d năm %d", d.Day, d.M, d.Y),
		fmt.Sprintf("%d tháng %02d năm %d", d.Day, d.M, d.Y),
		fmt.Sprintf("%02d.%02d.%d", d.Day, d.M, d.Y),
		fmt.Sprintf("%d/%02d/%d", d.Day, d.M, d.Y),
		fmt.Sprintf("%02d/%d/%d", d.Day, d.M, d.Y),
		fmt.Sprintf("%d-%02d-%d", d.Day, d.M, d.Y),
		fmt.Sprintf("%02d-%d-%d", d.Day, d.M, d.Y),
	)
	return out
}

func ip(n int) *int { return &n }

func rate(p, t int) *float64 {
	if t == 0 {
		return nil
	}
	r := float64(p) / float64(t)
	r = float64(int64(r*10000+0.5)) / 10000
	return &r
}

// pct writes a percentage with a decimal comma, e.g. 91,3%.
func pct(p, t int, decimals int) string {
	r := float64(p) * 100 / float64(t)
	s := fmt.Sprintf("%.*f", decimals, r)
	return strings.Replace(s, ".", ",", 1) + "%"
}

// two pads a count to two digits, as offices write "02 đồng chí".
func two(n int) string { return fmt.Sprintf("%02d", n) }

// upper writes Vietnamese in capitals.
func upper(s string) string { return strings.ToUpper(s) }

// lcFirst lowers the first letter.
func lcFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

// ucFirst raises the first letter.
func ucFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}
