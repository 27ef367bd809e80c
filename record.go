// Package baocao holds the domain of the program: the record of one conference
// that studied and implemented a Party resolution, as extracted from the reports
// that units send, and the errors that users must understand.
//
// The packages below it each deal with one technology (extract, ingest, index);
// they depend on this package and never on each other sideways. cmd/baocao wires
// them together.
package baocao

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// FileResult is what extraction learnt from one input file: the JSON object that
// `baocao extract --json` prints for it (see shared/spec/record.md).
type FileResult struct {
	File     string   `json:"file"`
	SHA256   string   `json:"sha256"`
	Format   string   `json:"format"`
	Pages    int      `json:"pages"`
	OCR      bool     `json:"ocr"`
	Records  []Record `json:"records"`
	Warnings []string `json:"warnings"`
	Error    string   `json:"error"`
	// Document is what the file's header says, whatever kind of document
	// it is: every readable file has one.
	Document *Document `json:"document,omitempty"`
	// Text is the file's whole text, for full-text search; not printed.
	Text string `json:"-"`
}

// Document is what any office document's header says (Nghị định 30/2020 and
// Hướng dẫn 36-HD/VPTW lay it out the same way): who issued it under whom, its
// number and symbol, its kind, place and date, its title (trích yếu) and its
// signer. Every readable file is a document; only conference reports also give
// records.
type Document struct {
	Kind         string  `json:"kind,omitempty"`          // Báo cáo, Kế hoạch, Giấy mời… as a Vietnamese word
	DocNumber    string  `json:"doc_number,omitempty"`    // 05-KH/HU, 329/BC-UBND
	Issuer       string  `json:"issuer,omitempty"`        // the body that issued it
	ParentIssuer string  `json:"parent_issuer,omitempty"` // the body above it, the header's first line
	Place        string  `json:"place,omitempty"`
	Date         Date    `json:"date,omitzero"`
	Title        string  `json:"title,omitempty"` // the kind and the trích yếu, on one line
	Signer       *Person `json:"signer,omitempty"`
	Pages        int     `json:"pages,omitempty"`
	Records      int     `json:"records"`
	// Review says why a document that may be a conference report gave no
	// record, for an analyst to look at.
	Review []Review `json:"review,omitempty"`
}

// Record is one conference found in a report: a narrative report of one unit
// gives one record, a roll-up table one record per unit row.
type Record struct {
	Unit           string         `json:"unit,omitempty"`
	ParentUnit     string         `json:"parent_unit,omitempty"`
	DocNumber      string         `json:"doc_number,omitempty"`
	ReportDate     Date           `json:"report_date,omitzero"`
	ConferenceDate Date           `json:"conference_date,omitzero"`
	Location       string         `json:"location,omitempty"`
	Form           Form           `json:"form,omitempty"`
	Chair          *Person        `json:"chair,omitempty"`
	Reporters      []Person       `json:"reporters,omitempty"`
	Attendance     *Attendance    `json:"attendance,omitempty"`
	Program        []ProgramItem  `json:"program,omitempty"`
	ActionProgram  *ActionProgram `json:"action_program,omitempty"`
	Signer         *Person        `json:"signer,omitempty"`
	Source         Source         `json:"source"`
	// Review lists what an analyst should look at: each field that was
	// derived from others, read with doubt, or not found.
	Review []Review `json:"review,omitempty"`
	// Warnings says what this record lacks or what looked doubtful.
	Warnings []string `json:"warnings,omitempty"`
}

// Review is one field of a record that an analyst should look at, and why.
type Review struct {
	Field  string       `json:"field"` // JSON path of the field: "attendance.members_present"
	Status ReviewStatus `json:"status"`
	Why    string       `json:"why,omitempty"` // in plain Vietnamese: "tổng số 48 − vắng 3"
}

// ReviewStatus says how sure the rules are of a field.
type ReviewStatus string

// The review statuses of shared/spec/record.md.
const (
	Derived ReviewStatus = "derived" // computed from other figures the report gives
	Unsure  ReviewStatus = "unsure"  // left empty: the report gave conflicting or doubtful values
	Missing ReviewStatus = "missing" // not found in the report
)

// Person is someone named in a report, with the position as written
// ("Bí thư Chi bộ", "Phó Bí thư Đảng ủy").
type Person struct {
	Name  string `json:"name,omitempty"`
	Title string `json:"title,omitempty"`
}

// Attendance counts who attended the conference. A zero count means the report
// did not say.
type Attendance struct {
	MembersPresent int     `json:"members_present,omitempty"`
	MembersTotal   int     `json:"members_total,omitempty"`
	Rate           float64 `json:"rate,omitempty"`
	Others         int     `json:"others,omitempty"`
}

// ProgramItem is one topic on the conference's agenda.
type ProgramItem struct {
	Topic     string `json:"topic"`
	Presenter string `json:"presenter,omitempty"`
	Minutes   int    `json:"minutes,omitempty"`
}

// ActionProgram tells whether the unit issued its action program. Issued is true
// only when the report says so.
type ActionProgram struct {
	Issued bool   `json:"issued"`
	Number string `json:"number,omitempty"`
	Date   Date   `json:"date,omitzero"`
}

// Source locates a record in its file.
type Source struct {
	Sheet string `json:"sheet,omitempty"`
	Row   int    `json:"row,omitempty"`
	Page  int    `json:"page,omitempty"`
}

// Form is how the conference was held.
type Form string

// The forms a conference takes.
const (
	InPerson Form = "in_person" // trực tiếp
	Online   Form = "online"    // trực tuyến
	Hybrid   Form = "hybrid"    // kết hợp
)

// Date is a calendar day without a time zone; the zero Date means unknown.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date if it exists in the calendar, and ok false if not.
func NewDate(year, month, day int) (d Date, ok bool) {
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return Date{}, false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return Date{}, false
	}
	return Date{year, time.Month(month), day}, true
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// String formats the date as YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Time().After(e.Time()) }

// ParseDate reads a date in the YYYY-MM-DD form.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("parse date %q: %w", s, err)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// MarshalJSON writes the date as "YYYY-MM-DD", or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil || *s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(*s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalText writes the date as YYYY-MM-DD (for YAML and other text formats).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD; empty text is the unknown date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
