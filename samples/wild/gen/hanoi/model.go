package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Person is a chair, presenter or signer.
type Person struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
}

// Attendance counts party members and others.
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

// Action is the action program.
type Action struct {
	Issued bool   `json:"issued"`
	Number string `json:"number,omitempty"`
	Date   string `json:"date,omitempty"`
}

// Record is the truth for one conference.
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

// Truth is the file written beside each sample.
type Truth struct {
	Format  string   `json:"format"`
	OCR     bool     `json:"ocr"`
	Records []Record `json:"records"`
}

func ip(n int) *int { return &n }

func fp(f float64) *float64 { return &f }

func att(present, total, others int) *Attendance {
	a := &Attendance{}
	if present > 0 {
		a.MembersPresent = ip(present)
	}
	if total > 0 {
		a.MembersTotal = ip(total)
	}
	if others > 0 {
		a.Others = ip(others)
	}
	return a
}

func per(name, title string) *Person { return &Person{Name: name, Title: title} }

func ppl(name, title string) []Person { return []Person{{Name: name, Title: title}} }

// finalize computes the rate and normalises strings.
func finalize(r *Record) {
	if a := r.Attendance; a != nil && a.MembersPresent != nil && a.MembersTotal != nil && *a.MembersTotal > 0 {
		v := float64(*a.MembersPresent) / float64(*a.MembersTotal)
		a.Rate = fp(math.Round(v*10000) / 10000)
	}
}

// ---- dates ----

func dt(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func iso(t time.Time) string { return t.Format("2006-01-02") }

// vn writes "ngày 9 tháng 3 năm 2021".
func vn(t time.Time) string {
	return fmt.Sprintf("ngày %d tháng %d năm %d", t.Day(), int(t.Month()), t.Year())
}

// vn0 writes "ngày 09 tháng 03 năm 2021".
func vn0(t time.Time) string {
	return fmt.Sprintf("ngày %02d tháng %02d năm %d", t.Day(), int(t.Month()), t.Year())
}

func sl(t time.Time) string  { return fmt.Sprintf("%d/%d/%d", t.Day(), int(t.Month()), t.Year()) }
func sl0(t time.Time) string { return t.Format("02/01/2006") }
func da(t time.Time) string  { return fmt.Sprintf("%d-%d-%d", t.Day(), int(t.Month()), t.Year()) }
func da0(t time.Time) string { return t.Format("02-01-2006") }
func dot(t time.Time) string { return t.Format("02.01.2006") }

func dateForms(t time.Time) []string {
	forms := []string{vn(t), vn0(t), sl(t), sl0(t), da(t), da0(t), dot(t), "excel:" + iso(t)}
	// mixed padding: 9/03/2021, 09/3/2021
	forms = append(forms,
		fmt.Sprintf("%d/%02d/%d", t.Day(), int(t.Month()), t.Year()),
		fmt.Sprintf("%02d/%d/%d", t.Day(), int(t.Month()), t.Year()),
		fmt.Sprintf("%d-%02d-%d", t.Day(), int(t.Month()), t.Year()),
		fmt.Sprintf("%02d-%d-%d", t.Day(), int(t.Month()), t.Year()),
		fmt.Sprintf("ngày %02d tháng %d năm %d", t.Day(), int(t.Month()), t.Year()),
		fmt.Sprintf("ngày %d tháng %02d năm %d", t.Day(), int(t.Month()), t.Year()),
	)
	forms = append(forms, fmt.Sprintf("%d.%d.%d", t.Day(), int(t.Month()), t.Year()))
	for _, f := range forms {
		if strings.HasPrefix(f, "ngày") {
			forms = append(forms, "Ngày"+strings.TrimPrefix(f, "ngày"))
		}
	}
	return forms
}

// hours writes minutes as hours with a decimal comma: 90 -> "1,5".
func hours(min int) string {
	s := strconv.FormatFloat(float64(min)/60, 'f', -1, 64)
	return strings.ReplaceAll(s, ".", ",")
}

// pct writes a rate as "96,15%".
func pct(present, total int) string {
	v := float64(present) * 100 / float64(total)
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	return strings.ReplaceAll(s, ".", ",") + "%"
}

// ---- self-check ----

var spaceRe = regexp.MustCompile(`\s+`)

func clean(s string) string {
	return strings.TrimSpace(spaceRe.ReplaceAllString(norm.NFC.String(s), " "))
}

// Evidence overrides the check for one field of one record: the given strings
// must occur instead of the value itself (e.g. a derived count).
type Evidence map[string][]string

type checker struct {
	file string
	text string
	low  string
	errs []string
}

func newChecker(file, text string) *checker {
	t := clean(text)
	return &checker{file: file, text: t, low: strings.ToLower(t)}
}

func (c *checker) has(field, s string) {
	if !strings.Contains(c.text, clean(s)) {
		c.errs = append(c.errs, fmt.Sprintf("%s: %s %q not in text", c.file, field, s))
	}
}

func (c *checker) hasFold(field, s string) {
	if !strings.Contains(c.low, strings.ToLower(clean(s))) {
		c.errs = append(c.errs, fmt.Sprintf("%s: %s %q not in text (any case)", c.file, field, s))
	}
}

func (c *checker) hasAny(field string, forms []string) {
	for _, f := range forms {
		if strings.Contains(c.text, clean(f)) {
			return
		}
	}
	c.errs = append(c.errs, fmt.Sprintf("%s: %s none of %q in text", c.file, field, forms[:2]))
}

func (c *checker) date(field, isoDate string) {
	if isoDate == "" {
		return
	}
	t, err := time.Parse("2006-01-02", isoDate)
	if err != nil {
		c.errs = append(c.errs, fmt.Sprintf("%s: %s bad date %q", c.file, field, isoDate))
		return
	}
	c.hasAny(field, dateForms(t))
}

func (c *checker) num(field string, n int) {
	re := regexp.MustCompile(`(^|[^0-9])0*` + strconv.Itoa(n) + `([^0-9]|$)`)
	if !re.MatchString(c.text) {
		c.errs = append(c.errs, fmt.Sprintf("%s: %s %d not in text", c.file, field, n))
	}
}

func (c *checker) record(i int, r Record, ev Evidence) {
	p := fmt.Sprintf("rec[%d].", i)
	over := func(field string) bool {
		if e, ok := ev[field]; ok {
			for _, s := range e {
				c.has(p+field+"(evidence)", s)
			}
			return true
		}
		return false
	}
	if r.Unit != "" && !over("unit") {
		c.hasFold(p+"unit", r.Unit)
	}
	if r.ParentUnit != "" && !over("parent_unit") {
		c.hasFold(p+"parent_unit", r.ParentUnit)
	}
	if r.DocNumber != "" {
		c.has(p+"doc_number", r.DocNumber)
	}
	if !over("report_date") {
		c.date(p+"report_date", r.ReportDate)
	}
	if !over("conference_date") {
		c.date(p+"conference_date", r.ConferenceDate)
	}
	if r.Location != "" {
		c.has(p+"location", r.Location)
	}
	if r.Chair != nil {
		c.has(p+"chair.name", r.Chair.Name)
		if r.Chair.Title != "" {
			c.has(p+"chair.title", r.Chair.Title)
		}
	}
	for _, rp := range r.Reporters {
		c.has(p+"reporter.name", rp.Name)
		if rp.Title != "" {
			c.has(p+"reporter.title", rp.Title)
		}
	}
	if a := r.Attendance; a != nil {
		if a.MembersPresent != nil && !over("members_present") {
			c.num(p+"members_present", *a.MembersPresent)
		}
		if a.MembersTotal != nil && !over("members_total") {
			c.num(p+"members_total", *a.MembersTotal)
		}
		if a.Others != nil && !over("others") {
			c.num(p+"others", *a.Others)
		}
		if a.Rate != nil && (a.MembersPresent == nil || a.MembersTotal == nil) && !over("rate") {
			s := strconv.FormatFloat(*a.Rate*100, 'f', -1, 64)
			c.has(p+"rate", strings.ReplaceAll(s, ".", ","))
		}
	}
	for _, it := range r.Program {
		c.has(p+"program.topic", it.Topic)
		if it.Presenter != "" {
			c.has(p+"program.presenter", it.Presenter)
		}
		if it.Minutes > 0 {
			c.hasAny(p+"program.minutes", []string{strconv.Itoa(it.Minutes), hours(it.Minutes) + " giờ", hours(it.Minutes) + "h", hours(it.Minutes)})
		}
	}
	if a := r.ActionProgram; a != nil {
		if a.Number != "" {
			c.has(p+"action.number", a.Number)
		}
		if !over("action.date") {
			c.date(p+"action.date", a.Date)
		}
	}
	if s := r.Signer; s != nil {
		c.has(p+"signer.name", s.Name)
		if s.Title != "" {
			c.hasFold(p+"signer.title", s.Title)
		}
	}
}

// Out is one output file's truth and check material.
type Out struct {
	Name    string // file name in the output folder
	Format  string
	OCR     bool
	Records []Record
	Ev      []Evidence // per record, may be shorter than Records
	Text    string     // all text put in the file, for the self-check
	Readme  string     // one-line description
}

var allErrs []string

func writeTruth(dir string, o *Out) {
	for i := range o.Records {
		finalize(&o.Records[i])
		normRecord(&o.Records[i])
	}
	c := newChecker(o.Name, o.Text)
	for i, r := range o.Records {
		var ev Evidence
		if i < len(o.Ev) {
			ev = o.Ev[i]
		}
		c.record(i, r, ev)
	}
	allErrs = append(allErrs, c.errs...)
	recs := o.Records
	if recs == nil {
		recs = []Record{}
	}
	b, err := json.MarshalIndent(Truth{Format: o.Format, OCR: o.OCR, Records: recs}, "", "  ")
	must(err)
	base := strings.TrimSuffix(o.Name, filepath.Ext(o.Name))
	must(os.WriteFile(filepath.Join(dir, base+".json"), append(b, '\n'), 0o644))
}

func normRecord(r *Record) {
	for _, p := range []*string{&r.Unit, &r.ParentUnit, &r.DocNumber, &r.Location} {
		*p = clean(*p)
	}
	if r.Chair != nil {
		r.Chair.Name, r.Chair.Title = clean(r.Chair.Name), clean(r.Chair.Title)
	}
	if r.Signer != nil {
		r.Signer.Name, r.Signer.Title = clean(r.Signer.Name), clean(r.Signer.Title)
	}
	for i := range r.Reporters {
		r.Reporters[i].Name, r.Reporters[i].Title = clean(r.Reporters[i].Name), clean(r.Reporters[i].Title)
	}
	for i := range r.Program {
		r.Program[i].Topic, r.Program[i].Presenter = clean(r.Program[i].Topic), clean(r.Program[i].Presenter)
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
