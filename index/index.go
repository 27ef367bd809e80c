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
	DocKind        string   `json:"doc_kind,omitempty"`    // a document's kind, keyword: "Kế hoạch"
	Issuer         string   `json:"issuer,omitempty"`      // a document's issuing body, keyword
	IssuerText     string   `json:"issuer_text,omitempty"` // folded, analysed: the issuer and the body above it
	DocDate        string   `json:"doc_date,omitempty"`    // a document's date
	Form           string   `json:"form,omitempty"`        // keyword
	ConferenceDate string   `json:"conference_date,omitempty"`
	Month          string   `json:"month,omitempty"` // YYYY-MM of the conference, keyword
	MembersPresent int      `json:"members_present"`
	MembersTotal   int      `json:"members_total"`
	Others         int      `json:"others"`
	Text           string   `json:"text"`        // analysed as written
	TextFolded     string   `json:"text_folded"` // analysed, folded
	// The names that an analyst types to find a record or a document (its
	// unit and parent, the people, the symbols; a document's issuer, title
	// and signer): analysed and folded, so that they weigh more than body
	// text, and each whole name folded as a key, so that typing it exactly
	// ranks it first.
	Names  []string `json:"names,omitempty"`
	Keys   []string `json:"keys,omitempty"`
	Source string   `json:"source"` // the record or file as JSON, not indexed
}

// Docs returns the documents that stand for a file: the file itself, with
// its ID (the content hash), its header's fields and its whole text, and
// each record with its ID.
func Docs(f baocao.IndexedFile) (file Doc, records []Doc, ids []string) {
	file = Doc{
		ID: f.SHA256, Kind: KindFile, SHA256: f.SHA256, Paths: f.Paths, File: first(f.Paths), Format: f.Format,
		Removed: f.Removed, Source: mustJSON(fileSource{Warnings: f.Warnings, Records: len(f.Records), Document: f.Document}),
	}
	if d := f.Document; d != nil {
		file.DocKind, file.Issuer, file.DocNumber, file.DocDate = d.Kind, d.Issuer, d.DocNumber, d.Date.String()
		file.IssuerText = vntext.Fold(strings.TrimSpace(d.Issuer + "\n" + d.ParentIssuer))
		own := []string{d.Issuer, d.DocNumber, d.Title}
		if d.Signer != nil {
			own = append(own, d.Signer.Name)
		}
		file.Names, file.Keys = namesAndKeys(own, d.ParentIssuer)
	}
	file.Text = documentText(f)
	file.TextFolded = vntext.Fold(file.Text)
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
		d.Names, d.Keys = namesAndKeys(recordNames(r), r.ParentUnit)
		d.ID = baocao.RecordID(f.SHA256, i)
		records = append(records, d)
		ids = append(ids, d.ID)
	}
	return file, records, ids
}

type fileSource struct {
	Warnings []string         `json:"warnings"`
	Records  int              `json:"records"`
	Document *baocao.Document `json:"document,omitempty"`
}

// documentText is the searchable text of a file's document: its header's
// fields (a name typed the way a header writes it), then its whole text.
func documentText(f baocao.IndexedFile) string {
	return joinLines([]string{headerText(f.Document), f.Text})
}

func headerText(d *baocao.Document) string {
	if d == nil {
		return ""
	}
	parts := []string{d.Kind, d.DocNumber, d.Title, d.Issuer, d.ParentIssuer}
	if d.Signer != nil {
		parts = append(parts, d.Signer.Name)
	}
	return joinLines(parts)
}

// FileText returns the file's own text from a document's stored text,
// without the header's fields that documentText put before it.
func FileText(d *baocao.Document, stored string) string {
	if h := headerText(d); h != "" && strings.HasPrefix(stored, h+"\n") {
		return stored[len(h)+1:]
	}
	return stored
}

// joinLines joins the non-empty parts, one a line.
func joinLines(parts []string) string {
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

// recordNames are the names a record is looked for by: its unit, its
// people, its symbols.
func recordNames(r baocao.Record) []string {
	names := []string{r.Unit, r.DocNumber}
	for _, p := range append([]*baocao.Person{r.Chair, r.Signer}, ptrs(r.Reporters)...) {
		if p != nil {
			names = append(names, p.Name)
		}
	}
	for _, it := range r.Program {
		names = append(names, it.Presenter)
	}
	if a := r.ActionProgram; a != nil {
		names = append(names, a.Number)
	}
	return names
}

func ptrs(ps []baocao.Person) []*baocao.Person {
	out := make([]*baocao.Person, len(ps))
	for i := range ps {
		out[i] = &ps[i]
	}
	return out
}

// namesAndKeys returns a record's or document's own names and the name of
// the body above it folded (one an entry, so that a phrase does not run from
// one into the next), and its own names as keys: typed exactly, a unit's
// name ranks the unit first, before the units under it.
func namesAndKeys(own []string, above string) (folded, keys []string) {
	seen := map[string]bool{}
	for _, n := range own {
		k := Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		folded = append(folded, vntext.Fold(n))
		keys = append(keys, k)
	}
	if k := Key(above); k != "" && !seen[k] {
		folded = append(folded, vntext.Fold(above))
	}
	return folded, keys
}

// Key is a name as the keys field holds it, and as a query is looked up in
// it: folded, lower case, its words joined by single spaces.
func Key(s string) string {
	return strings.Join(Tokens(vntext.Fold(s)), " ")
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
	return joinLines(parts)
}

// IsDocumentID reports whether an ID names a file's document (its content
// hash) rather than one of its records (RecordID).
func IsDocumentID(id string) bool { return len(id) == 64 && !strings.Contains(id, "-") }

// Hit turns a stored document back into a hit: a record's, or a file's.
func Hit(id string, d Doc, score float64, q string) (baocao.Hit, error) {
	h := baocao.Hit{ID: id, Type: baocao.HitRecord, File: d.File, SHA256: d.SHA256, Score: score, Fragments: []string{}, Removed: d.Removed}
	if IsDocumentID(id) {
		h.Type = baocao.HitDocument
		var fs fileSource
		if err := json.Unmarshal([]byte(d.Source), &fs); err != nil {
			return h, err
		}
		h.Document = fs.Document
		if h.Document == nil {
			h.Document = &baocao.Document{} // indexed before documents were read
		}
		h.Document.Records = fs.Records
	} else if err := json.Unmarshal([]byte(d.Source), &h.Record); err != nil {
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

// Types returns the kinds of hit a query may find: the one it asks for;
// records alone when it asks for no words and no document's filter (a list
// of reports, latest first), or for a filter only records have; documents
// alone for a filter only documents have; else both.
func Types(q baocao.Query) []string {
	switch {
	case q.Type != "":
		return []string{q.Type}
	case q.Unit != "" || q.Parent != "" || q.Form != "":
		return []string{baocao.HitRecord}
	case q.Kind != "" || q.Issuer != "":
		return []string{baocao.HitDocument}
	case Parse(q.Text).Empty():
		return []string{baocao.HitRecord}
	}
	return []string{baocao.HitRecord, baocao.HitDocument}
}

// KindOf is the stored kind of a type of hit.
func KindOf(hitType string) string {
	if hitType == baocao.HitDocument {
		return KindFile
	}
	return KindRecord
}

// DateField is the date a type of hit is filtered and sorted by: a record's
// conference, a document's own date.
func DateField(hitType string) string {
	if hitType == baocao.HitDocument {
		return "doc_date"
	}
	return "conference_date"
}
