package baocao

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrNotFound is returned when a record or file is not in the index.
var ErrNotFound = errors.New("baocao: not found")

// IndexedFile is one report file as the index keeps it: its content hash, the
// paths it was found under, its full text, and the records extracted from it.
type IndexedFile struct {
	SHA256   string
	Paths    []string // where the file was found: inbox paths or paths given to ingest
	Format   string
	Text     string // the whole text of the file, for full-text search
	Records  []Record
	Warnings []string
	Removed  bool      // no longer in the shared folder; its records are kept
	Document *Document // what its header says; nil when nothing was read
}

// Indexed is what the index keeps of an extraction: the file found under paths.
func (r FileResult) Indexed(paths []string) IndexedFile {
	return IndexedFile{SHA256: r.SHA256, Paths: paths, Format: r.Format, Text: r.Text, Records: r.Records, Warnings: r.Warnings, Document: r.Document}
}

// RecordID names a record deterministically by its file's content and its
// position in the file, so that indexing the same file twice changes nothing.
func RecordID(sha256 string, i int) string {
	if len(sha256) > 16 {
		sha256 = sha256[:16]
	}
	return fmt.Sprintf("%s-%04d", sha256, i)
}

// The two kinds of hit: every readable file is a document, and a conference
// report's records are found beside it.
const (
	HitRecord   = "record"
	HitDocument = "document"
)

// Query asks the index for records and documents: full text plus filters,
// one page of hits. A filter that only records have (unit, parent, form)
// keeps to records, one that only documents have (kind, issuer) to documents.
type Query struct {
	Text   string // words, "quoted phrases"; diacritics optional
	Type   string // HitRecord or HitDocument; "" for both (records only when no words are asked for)
	Unit   string // the unit's name contains these words (diacritics optional)
	Parent string // the parent unit's name contains these words
	From   Date   // conference (a document: its date) on or after
	To     Date   // conference (a document: its date) on or before
	Form   Form
	Kind   string // the document's kind, as Document.Kind writes it: "Kế hoạch"
	Issuer string // the issuing body's name contains these words (diacritics optional)
	SHA256 string // only the records and document of this file
	Limit  int    // hits per page; 0 means 20
	Offset int
	After  string // Each only: start after the record with this ID
}

// Hit is one record or document found by a search: what `baocao search
// --json` prints. A record's hit has Record, a document's has Document.
type Hit struct {
	ID        string    `json:"id"`
	Type      string    `json:"type"` // HitRecord or HitDocument
	File      string    `json:"file"`
	SHA256    string    `json:"sha256"`
	Score     float64   `json:"score"`
	Record    Record    `json:"-"`
	Document  *Document `json:"document,omitempty"`
	Fragments []string  `json:"fragments"`
	// Removed: the file has left the shared folder; its records are kept.
	Removed bool `json:"removed,omitempty"`
}

// hitJSON is Hit as JSON: a record only on a record's hit.
type hitJSON struct {
	hitFields
	Record *Record `json:"record,omitempty"`
}

type hitFields Hit

// MarshalJSON writes "record" on a record's hit and not on a document's.
func (h Hit) MarshalJSON() ([]byte, error) {
	j := hitJSON{hitFields: hitFields(h)}
	if h.Type != HitDocument {
		j.Record = &h.Record
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (h *Hit) UnmarshalJSON(b []byte) error {
	var j hitJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*h = Hit(j.hitFields)
	if j.Record != nil {
		h.Record = *j.Record
	}
	return nil
}

// SearchResult is one page of hits, best first, and how many there are in all.
type SearchResult struct {
	Total int   `json:"total"`
	Hits  []Hit `json:"hits"`
}

// Bucket is one group of records in an aggregation, with their sums.
type Bucket struct {
	Key            string `json:"key"`
	Records        int    `json:"records"`
	MembersPresent int    `json:"members_present"`
	MembersTotal   int    `json:"members_total"`
	Others         int    `json:"others"`
}

// Aggregates sums the records that match a query, overall and by parent unit,
// by month of the conference and by form, as summaries need them.
type Aggregates struct {
	Total    Bucket   `json:"total"`
	ByParent []Bucket `json:"by_parent"`
	ByMonth  []Bucket `json:"by_month"` // key YYYY-MM; records without a date under ""
	ByForm   []Bucket `json:"by_form"`
}

// Index stores records and finds them. Two backends implement it: an embedded
// Bleve index on disk and Elasticsearch; both pass the same contract tests.
type Index interface {
	// PutFile stores a file's records, replacing whatever the index held for
	// the same content hash. It returns once the index has confirmed the write.
	PutFile(ctx context.Context, f IndexedFile) error
	// RemoveFile deletes every record of the file with this content hash.
	RemoveFile(ctx context.Context, sha256 string) error
	// HasFile reports whether the index holds records for this content hash.
	HasFile(ctx context.Context, sha256 string) (bool, error)
	// Record returns one record by ID, or ErrNotFound.
	Record(ctx context.Context, id string) (Hit, error)
	// Document returns a file's document by its content hash, and the
	// file's whole text; or ErrNotFound.
	Document(ctx context.Context, sha256 string) (Hit, string, error)
	// Search returns one page of the records and documents that match q,
	// best first.
	Search(ctx context.Context, q Query) (SearchResult, error)
	// Aggregate sums the records that match q (its paging and type are ignored).
	Aggregate(ctx context.Context, q Query) (Aggregates, error)
	// Each calls fn for every record that matches q, in ID order, a page at a
	// time, so that checks over all records hold only one page in memory.
	// Paging and type in q are ignored (only records come); an error from
	// fn stops the walk.
	Each(ctx context.Context, q Query, fn func(Hit) error) error
	// Close releases the index.
	Close() error
}
