// Package index holds what the index backends share, so that the embedded
// Bleve index and Elasticsearch store the same fields and answer the same
// queries the same way: the documents a file becomes, the parsing of a search
// query, and the highlighting of fragments. Each backend lives in its own
// package below (index/bleve, index/elastic).
package index

import (
	"encoding/json"
	"strings"

	"baocao"
	"baocao/vntext"
)

// Document kinds: one document per file, one per record.
const (
	KindFile   = "file"
	KindRecord = "record"
)

// Doc is what a backend stores for a file or a record. Text fields come twice:
// as written (so an exact-diacritic match ranks first) and folded (so "quan
// triet" finds "quán triệt"); both are analysed with a plain Unicode word
// tokenizer and lower case, the same in both backends.
type Doc struct {
	ID             string   `json:"id"` // the document's own ID, to sort and page on
	Kind           string   `json:"kind"`
	SHA256         string   `json:"sha256"`
	File           string   `json:"file"`
	Paths          []string `json:"paths"`
	Format         string   `json:"format,omitempty"`
	Removed        bool     `json:"removed"`
	Unit           string   `json:"unit,omitempty"`        // keyword
	UnitText       string   `json:"unit_text,omitempty"`   // folded, analysed
	Parent         string   `json:"parent_unit,omitempty"` // keyword
	ParentText     string   `json:"parent_text,omitempty"` // folded, analysed
	DocNumber      string   `json:"doc_number,omitempty"`  // keyword
	Form           string   `json:"form,omitempty"`        // keyword
	ConferenceDate string   `json:"conference_date,omitempty"`
	Month          string   `json:"month,omitempty"` // YYYY-MM of the conference, keyword
	MembersPresent int      `json:"members_present"`
	MembersTotal   int      `json:"members_total"`
	Others         int      `json:"others"`
	Text           string   `json:"text"`        // analysed as written
	TextFolded     string   `json:"text_folded"` // analysed, folded
	Source         string   `json:"source"`      // the record or file as JSON, not indexed
}

// Docs returns the documents that stand for a file: the file itself, with
// its ID (the content hash), and each record with its ID.
func Docs(f baocao.IndexedFile) (file Doc, records []Doc, ids []string) {
	file = Doc{
		ID: f.SHA256, Kind: KindFile, SHA256: f.SHA256, Paths: f.Paths, File: first(f.Paths), Format: f.Format,
		Removed: f.Removed, Source: mustJSON(fileSource{Warnings: f.Warnings, Records: len(f.Records)}),
	}
	for i, r := range f.Records {
		text := recordText(r)
		if len(f.Records) == 1 {
			// A narrative report is one record: its whole text is its own.
			text += "\n" + f.Text
		}
		d := Doc{
			Kind: KindRecord, SHA256: f.SHA256, Paths: f.Paths, File: first(f.Paths), Format: f.Format,
			Removed: f.Removed, Unit: r.Unit, UnitText: vntext.Fold(r.Unit), Parent: r.ParentUnit,
			ParentText: vntext.Fold(r.ParentUnit), DocNumber: r.DocNumber, Form: string(r.Form),
			ConferenceDate: r.ConferenceDate.String(), Text: text, TextFolded: vntext.Fold(text),
			Source: mustJSON(r),
		}
		if !r.ConferenceDate.IsZero() {
			d.Month = d.ConferenceDate[:7]
		}
		if a := r.Attendance; a != nil {
			d.MembersPresent, d.MembersTotal, d.Others = a.MembersPresent, a.MembersTotal, a.Others
		}
		d.ID = baocao.RecordID(f.SHA256, i)
		records = append(records, d)
		ids = append(ids, d.ID)
	}
	return file, records, ids
}

type fileSource struct {
	Warnings []string `json:"warnings"`
	Records  int      `json:"records"`
}

// recordText is the searchable text of a record's own fields: who, where, what.
func recordText(r baocao.Record) string {
	parts := []string{r.Unit, r.ParentUnit, r.DocNumber, r.Location}
	person := func(p *baocao.Person) {
		if p != nil {
			parts = append(parts, p.Name, p.Title)
		}
	}
	person(r.Chair)
	for i := range r.Reporters {
		person(&r.Reporters[i])
	}
	person(r.Signer)
	for _, it := range r.Program {
		parts = append(parts, it.Topic, it.Presenter)
	}
	if a := r.ActionProgram; a != nil && a.Number != "" {
		parts = append(parts, a.Number)
	}
	var b strings.Builder
	for _, p := range parts {
		if p != "" {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString(p)
		}
	}
	return b.String()
}

// Hit turns a stored record document back into a hit.
func Hit(id string, d Doc, score float64, q string) (baocao.Hit, error) {
	h := baocao.Hit{ID: id, File: d.File, SHA256: d.SHA256, Score: score, Fragments: []string{}, Removed: d.Removed}
	if err := json.Unmarshal([]byte(d.Source), &h.Record); err != nil {
		return h, err
	}
	if q != "" {
		h.Fragments = Fragments(d.Text, q, 3)
	}
	return h, nil
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // records are plain data; this cannot fail
	}
	return string(b)
}
