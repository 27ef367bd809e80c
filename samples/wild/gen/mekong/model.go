package main

import (
	"fmt"
	"math"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Person is a name with an optional title, as the truth record wants it.
type Person struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
}

// Attendance holds the counts a file states.
type Attendance struct {
	MembersPresent *int     `json:"members_present,omitempty"`
	MembersTotal   *int     `json:"members_total,omitempty"`
	Rate           *float64 `json:"rate,omitempty"`
	Others         *int     `json:"others,omitempty"`
}

// ProgItem is one agenda item.
type ProgItem struct {
	Topic     string `json:"topic"`
	Presenter string `json:"presenter,omitempty"`
	Minutes   int    `json:"minutes,omitempty"`
}

// Action is the action program (chương trình hành động).
type Action struct {
	Issued bool   `json:"issued"`
	Number string `json:"number,omitempty"`
	Date   string `json:"date,omitempty"`
}

// Record is one conference, in the form of spec/record.md.
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
	Program        []ProgItem  `json:"program,omitempty"`
	ActionProgram  *Action     `json:"action_program,omitempty"`
	Signer         *Person     `json:"signer,omitempty"`
}

// Truth is the JSON written beside each file.
type Truth struct {
	Format  string   `json:"format"`
	OCR     bool     `json:"ocr"`
	Records []Record `json:"records"`
}

// D is a calendar date.
type D struct{ Y, M, Day int }

func dt(day, m, y int) D { return D{Y: y, M: m, Day: day} }

// ISO gives YYYY-MM-DD.
func (d D) ISO() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.Day) }

// Hy gives the party form 05-4-2021 (day padded, month as is).
func (d D) Hy() string { return fmt.Sprintf("%02d-%d-%d", d.Day, d.M, d.Y) }

// HyP gives 05-04-2021.
func (d D) HyP() string { return fmt.Sprintf("%02d-%02d-%d", d.Day, d.M, d.Y) }

// Sl gives 05/4/2021.
func (d D) Sl() string { return fmt.Sprintf("%02d/%d/%d", d.Day, d.M, d.Y) }

// SlP gives 05/04/2021.
func (d D) SlP() string { return fmt.Sprintf("%02d/%02d/%d", d.Day, d.M, d.Y) }

// Long gives "ngày 5 tháng 4 năm 2021".
func (d D) Long() string { return fmt.Sprintf("ngày %d tháng %d năm %d", d.Day, d.M, d.Y) }

// LongP gives "ngày 05 tháng 4 năm 2021", the header style.
func (d D) LongP() string { return fmt.Sprintf("ngày %02d tháng %d năm %d", d.Day, d.M, d.Y) }

// Time converts to time.Time (UTC midnight).
func (d D) Time() time.Time { return time.Date(d.Y, time.Month(d.M), d.Day, 0, 0, 0, 0, time.UTC) }

// Add adds days.
func (d D) Add(n int) D {
	t := d.Time().AddDate(0, 0, n)
	return D{Y: t.Year(), M: int(t.Month()), Day: t.Day()}
}

// dateForms lists the shapes a date may take in a file, for the self-check.
func dateForms(d D) []string {
	var out []string
	ds := []string{fmt.Sprint(d.Day), fmt.Sprintf("%02d", d.Day)}
	ms := []string{fmt.Sprint(d.M), fmt.Sprintf("%02d", d.M)}
	y := fmt.Sprint(d.Y)
	for _, a := range ds {
		for _, b := range ms {
			for _, sep := range []string{"-", "/", "."} {
				out = append(out, a+sep+b+sep+y)
			}
			out = append(out, "ngày "+a+" tháng "+b+" năm "+y, a+" tháng "+b+" năm "+y)
		}
	}
	return append(out, d.ISO())
}

func ip(n int) *int { return &n }

func fp(f float64) *float64 { return &f }

func rate(p, t int) *float64 {
	r := math.Round(float64(p)/float64(t)*10000) / 10000
	return &r
}

// att builds an attendance block; negative values mean "not stated".
func att(present, total, others int) *Attendance {
	a := &Attendance{}
	if present >= 0 {
		a.MembersPresent = ip(present)
	}
	if total >= 0 {
		a.MembersTotal = ip(total)
	}
	if present >= 0 && total > 0 {
		a.Rate = rate(present, total)
	}
	if others >= 0 {
		a.Others = ip(others)
	}
	return a
}

// pct formats a rate as Vietnamese percent text: 95,83%.
func pct(p, t int, digits int) string {
	v := float64(p) / float64(t) * 100
	s := fmt.Sprintf("%.*f", digits, v)
	return strings.Replace(s, ".", ",", 1) + "%"
}

// hours formats minutes as "1,5" (no unit).
func hours(min int) string {
	h := float64(min) / 60
	s := fmt.Sprintf("%.2f", h)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}

// up writes a unit name in capitals, as headers do.
func up(s string) string { return strings.ToUpper(s) }

func nfc(s string) string { return norm.NFC.String(s) }

// two pads a count as offices do: 02, 15.
func two(n int) string { return fmt.Sprintf("%02d", n) }
