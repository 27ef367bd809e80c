package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Person is a chair, reporter or signer.
type Person struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
}

// Attendance counts the attendees.
type Attendance struct {
	Present *int     `json:"members_present,omitempty"`
	Total   *int     `json:"members_total,omitempty"`
	Rate    *float64 `json:"rate,omitempty"`
	Others  *int     `json:"others,omitempty"`
}

// Item is one agenda item.
type Item struct {
	Topic     string `json:"topic"`
	Presenter string `json:"presenter,omitempty"`
	Minutes   int    `json:"minutes,omitempty"`
}

// Action is the action program.
type Action struct {
	Issued bool   `json:"issued"`
	Number string `json:"number,omitempty"`
	Date   string `json:"date,omitempty"`
}

// Record is one conference.
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
	Action         *Action     `json:"action_program,omitempty"`
	Signer         *Person     `json:"signer,omitempty"`
}

type truthFile struct {
	Format  string   `json:"format"`
	OCR     bool     `json:"ocr"`
	Records []Record `json:"records"`
}

func ip(n int) *int { return &n }

// att builds attendance; negative means unknown.
func att(present, total, others int) *Attendance {
	a := &Attendance{}
	if present >= 0 {
		a.Present = ip(present)
	}
	if total >= 0 {
		a.Total = ip(total)
	}
	if others >= 0 {
		a.Others = ip(others)
	}
	if present >= 0 && total > 0 {
		r, _ := strconv.ParseFloat(fmt.Sprintf("%.4f", float64(present)/float64(total)), 64)
		a.Rate = &r
	}
	return a
}

var outDir string

// derivedPresent is set while writing a file whose present count is total − absent.
var derivedPresent bool

// writeTruth checks every truth value against the text and writes NAME.json.
func writeTruth(name, format string, recs []Record, text string) {
	if recs == nil {
		recs = []Record{}
	}
	hay := squash(text)
	for i, r := range recs {
		var miss []string
		need := func(s string) {
			if s != "" && !strings.Contains(hay, squash(s)) {
				miss = append(miss, s)
			}
		}
		needDate := func(d string) {
			if d != "" && !dateIn(hay, d) {
				miss = append(miss, d)
			}
		}
		need(r.Unit)
		need(r.ParentUnit)
		need(r.DocNumber)
		needDate(r.ReportDate)
		needDate(r.ConferenceDate)
		need(r.Location)
		for _, p := range append(append([]Person{}, r.Reporters...), derefP(r.Chair), derefP(r.Signer)) {
			need(p.Name)
			need(p.Title)
		}
		if a := r.Attendance; a != nil {
			for k, n := range []*int{a.Present, a.Total, a.Others} {
				if n != nil && !(k == 0 && derivedPresent) {
					need(strconv.Itoa(*n))
				}
			}
		}
		for _, it := range r.Program {
			need(it.Topic)
			need(it.Presenter)
		}
		if r.Action != nil {
			need(r.Action.Number)
			needDate(r.Action.Date)
		}
		if len(miss) > 0 {
			fail("%s record %d: not in text: %q", name, i, miss)
		}
	}
	derivedPresent = false
	b, err := json.MarshalIndent(truthFile{Format: format, Records: recs}, "", "  ")
	check(err)
	check(os.WriteFile(filepath.Join(outDir, name+".json"), append(b, '\n'), 0o644))
}

func derefP(p *Person) Person {
	if p == nil {
		return Person{}
	}
	return *p
}

var spaceRE = regexp.MustCompile(`\s+`)

func squash(s string) string {
	return strings.ToLower(spaceRE.ReplaceAllString(norm.NFC.String(s), " "))
}

// dateIn accepts the usual written forms of an ISO date.
func dateIn(hay, iso string) bool {
	var y, m, d int
	fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &d)
	for _, f := range []string{
		fmt.Sprintf("%02d-%02d-%d", d, m, y), fmt.Sprintf("%d-%d-%d", d, m, y),
		fmt.Sprintf("%02d/%02d/%d", d, m, y), fmt.Sprintf("%d/%d/%d", d, m, y),
		fmt.Sprintf("%02d.%02d.%d", d, m, y), fmt.Sprintf("%d/%02d/%d", d, m, y),
		fmt.Sprintf("%d-%02d-%d", d, m, y), fmt.Sprintf("%02d/%d/%d", d, m, y),
		fmt.Sprintf("ngày %d tháng %d năm %d", d, m, y), fmt.Sprintf("ngày %02d tháng %02d năm %d", d, m, y),
		fmt.Sprintf("ngày %02d tháng %d năm %d", d, m, y), fmt.Sprintf("ngày %d tháng %02d năm %d", d, m, y),
		fmt.Sprintf("ngày %d/%d/%d", d, m, y), "@" + iso,
	} {
		if strings.Contains(hay, f) {
			return true
		}
	}
	// a span of days: the first day, with month and year given later
	for _, ds := range []string{fmt.Sprintf("%d", d), fmt.Sprintf("%02d", d)} {
		if strings.Contains(hay, "ngày "+ds+" và") || strings.Contains(hay, "ngày "+ds+", ") || strings.Contains(hay, "từ ngày "+ds+" đến") {
			for _, ms := range []string{fmt.Sprintf("%d", m), fmt.Sprintf("%02d", m)} {
				if strings.Contains(hay, "/"+ms+"/"+fmt.Sprint(y)) || strings.Contains(hay, "-"+ms+"-"+fmt.Sprint(y)) || strings.Contains(hay, "tháng "+ms+" năm "+fmt.Sprint(y)) {
					return true
				}
			}
		}
	}
	return false
}

func check(err error) {
	if err != nil {
		fail("%v", err)
	}
}

func fail(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "hue: "+f+"\n", a...)
	os.Exit(1)
}
