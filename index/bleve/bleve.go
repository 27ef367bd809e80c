// Package bleve is the embedded index: Bleve on disk under DATA/index, the
// default, with nothing to install.
package bleve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"baocao"
	"baocao/index"
)

// ErrLocked means another process holds the index open for writing.
var ErrLocked = errors.New("bleve: index is locked by another process")

// Index is a Bleve index on disk.
type Index struct {
	ix       bleve.Index
	readOnly bool
	mu       sync.Mutex // serialises writes: a file's replace is read, then write
}

var _ baocao.Index = (*Index)(nil)

// analyzer splits text into Unicode words and lower-cases them; folding is
// done before indexing (text_folded), so both backends analyse alike.
const analyzer = "vi"

func newMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer(analyzer, map[string]any{
		"type": custom.Name, "tokenizer": unicode.Name, "token_filters": []string{lowercase.Name},
	}); err != nil {
		panic(err) // a fixed, valid analyzer definition
	}
	// Each field keeps only what a query or a hit reads: positions for the
	// two texts that phrases search, doc values for the one field that
	// sorts. Term vectors and doc values elsewhere only made every segment
	// larger to write and to merge.
	d := bleve.NewDocumentStaticMapping()
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.DocValues = false
		f.IncludeInAll = false
		return f
	}
	text := func(store, positions bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = positions
		f.DocValues = false
		f.IncludeInAll = false
		return f
	}
	num := func() *mapping.FieldMapping { // read back, never searched
		f := bleve.NewNumericFieldMapping()
		f.Store = true
		f.Index = false
		f.DocValues = false
		f.IncludeInAll = false
		return f
	}
	for _, k := range []string{"kind", "sha256", "file", "paths", "format", "unit", "parent_unit", "doc_number", "form", "month", "doc_kind", "issuer"} {
		d.AddFieldMappingsAt(k, kw(k != "kind" && k != "paths" && k != "doc_kind" && k != "issuer"))
	}
	for _, k := range []string{"unit_text", "parent_text", "issuer_text"} {
		d.AddFieldMappingsAt(k, text(false, false))
	}
	d.AddFieldMappingsAt("text_folded", text(false, true))
	d.AddFieldMappingsAt("names", text(false, true))
	d.AddFieldMappingsAt("keys", kw(false))
	d.AddFieldMappingsAt("text", text(true, true))
	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.DocValues = true // search sorts by it
	date.IncludeInAll = false
	d.AddFieldMappingsAt("conference_date", date)
	d.AddFieldMappingsAt("doc_date", date)
	for _, k := range []string{"members_present", "members_total", "others"} {
		d.AddFieldMappingsAt(k, num())
	}
	removed := bleve.NewBooleanFieldMapping()
	removed.Store = true
	removed.DocValues = false
	removed.IncludeInAll = false
	d.AddFieldMappingsAt("removed", removed)
	src := bleve.NewTextFieldMapping()
	src.Index = false
	src.Store = true
	src.IncludeTermVectors = false
	src.DocValues = false
	src.IncludeInAll = false
	d.AddFieldMappingsAt("source", src)
	m.DefaultMapping = d
	m.DefaultAnalyzer = analyzer
	return m
}

// Open opens the index at path, creating it when absent. With readOnly, it
// only reads, and gives ErrLocked when a writer holds the index.
func Open(path string, readOnly bool) (*Index, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if readOnly {
			return nil, fmt.Errorf("open index %s: %w", path, baocao.ErrNotFound)
		}
		ix, err := bleve.New(path, newMapping())
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", path, err)
		}
		return &Index{ix: ix}, nil
	}
	cfg := map[string]any{"bolt_timeout": "500ms"}
	if readOnly {
		cfg["read_only"] = true
	}
	ix, err := bleve.OpenUsing(path, cfg)
	if err != nil {
		// bbolt gives up waiting for the writer's file lock with "timeout".
		if strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("open index %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{ix: ix, readOnly: readOnly}, nil
}

// Close releases the index.
func (x *Index) Close() error { return x.ix.Close() }

// Outdated reports whether the index was made by a version of baocao that
// did not index documents and names: Bleve keeps the mapping an index was
// made with, so those fields stay unsearched in it until it is rebuilt.
func (x *Index) Outdated() bool {
	m, ok := x.ix.Mapping().(*mapping.IndexMappingImpl)
	if !ok || m.DefaultMapping == nil {
		return false
	}
	_, has := m.DefaultMapping.Properties["keys"]
	return !has
}

// asMap is the document as Bleve indexes it: the fields of its JSON form,
// numbers as float64, without the empty optional fields (a date among them).
// Built by hand: a JSON round trip per document was a quarter of PutFile.
func asMap(d index.Doc) map[string]any {
	m := map[string]any{
		"id": d.ID, "kind": d.Kind, "sha256": d.SHA256, "file": d.File, "removed": d.Removed,
		"members_present": float64(d.MembersPresent), "members_total": float64(d.MembersTotal), "others": float64(d.Others),
		"text": d.Text, "text_folded": d.TextFolded, "source": d.Source,
	}
	list := func(s []string) any {
		if s == nil {
			return nil // as JSON's null
		}
		out := make([]any, len(s))
		for i, x := range s {
			out[i] = x
		}
		return out
	}
	m["paths"] = list(d.Paths)
	if d.Names != nil {
		m["names"], m["keys"] = list(d.Names), list(d.Keys)
	}
	for _, f := range [...]struct{ k, v string }{
		{"format", d.Format}, {"unit", d.Unit}, {"unit_text", d.UnitText}, {"parent_unit", d.Parent},
		{"parent_text", d.ParentText}, {"doc_number", d.DocNumber}, {"form", d.Form},
		{"conference_date", d.ConferenceDate}, {"month", d.Month},
		{"doc_kind", d.DocKind}, {"issuer", d.Issuer}, {"issuer_text", d.IssuerText}, {"doc_date", d.DocDate},
	} {
		if f.v != "" {
			m[f.k] = f.v
		}
	}
	return m
}

// PutFile replaces the file's records with the new ones in one batch.
func (x *Index) PutFile(ctx context.Context, f baocao.IndexedFile) error {
	return x.PutFiles(ctx, []baocao.IndexedFile{f})
}

// maxBatch bounds the documents written in one Bleve batch: Bleve holds a
// batch whole in memory while it analyses it, some 40 KB a record, so a
// roll-up of 20,000 rows in one batch took 800 MB.
const maxBatch = 500

// PutFiles does what PutFile does for each file, with as few batches as
// maxBatch allows: a bulk load written file by file leaves a segment per
// file for Bleve to merge again and again, and waits for a sync per file.
// A file's own document goes after its records, so that HasFile says yes
// only once they are all in; a file larger than a batch is thus written in
// several, and a search in between may see part of its new records. When
// two files have the same content hash, the later one wins.
func (x *Index) PutFiles(ctx context.Context, files []baocao.IndexedFile) error {
	if x.readOnly {
		return errors.New("bleve: index opened read-only")
	}
	if len(files) == 0 {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.ix.NewBatch()
	write := func(sha string) error {
		if b.Size() == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := x.ix.Batch(b); err != nil {
			return fmt.Errorf("write batch for %s: %w", sha, err)
		}
		b.Reset()
		return nil
	}
	for _, f := range files {
		old, err := x.recordIDs(ctx, f.SHA256)
		if err != nil {
			return err
		}
		file, recs, ids := index.Docs(f)
		keep := make(map[string]bool, len(ids))
		for i, d := range recs {
			keep[ids[i]] = true
			if err := b.Index(ids[i], asMap(d)); err != nil {
				return fmt.Errorf("index record %s: %w", ids[i], err)
			}
			recs[i] = index.Doc{} // let its text go once it is in the batch
			if b.Size() >= maxBatch {
				if err := write(f.SHA256); err != nil {
					return err
				}
			}
		}
		if err := b.Index(f.SHA256, asMap(file)); err != nil {
			return fmt.Errorf("index file %s: %w", f.SHA256, err)
		}
		for _, id := range old {
			if !keep[id] {
				b.Delete(id)
			}
		}
		if b.Size() >= maxBatch {
			if err := write(f.SHA256); err != nil {
				return err
			}
		}
	}
	return write(files[len(files)-1].SHA256)
}

// RemoveFile deletes the file and its records.
func (x *Index) RemoveFile(ctx context.Context, sha string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	old, err := x.recordIDs(ctx, sha)
	if err != nil {
		return err
	}
	b := x.ix.NewBatch()
	b.Delete(sha)
	for _, id := range old {
		b.Delete(id)
	}
	if err := x.ix.Batch(b); err != nil {
		return fmt.Errorf("remove %s: %w", sha, err)
	}
	return nil
}

// recordIDs lists the IDs of a file's records, a page at a time: a roll-up
// may have more than a search returns at once.
func (x *Index) recordIDs(ctx context.Context, sha string) ([]string, error) {
	const page = 10000
	q := bleve.NewConjunctionQuery(term("kind", index.KindRecord), term("sha256", sha))
	var ids []string
	for {
		req := bleve.NewSearchRequestOptions(q, page, 0, false)
		req.SortBy([]string{"_id"})
		if len(ids) > 0 {
			req.SetSearchAfter([]string{ids[len(ids)-1]})
		}
		res, err := x.ix.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list records of %s: %w", sha, err)
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if len(res.Hits) < page {
			return ids, nil
		}
	}
}

// HasFile reports whether the file is in the index.
func (x *Index) HasFile(ctx context.Context, sha string) (bool, error) {
	d, err := x.ix.Document(sha)
	if err != nil {
		return false, fmt.Errorf("get %s: %w", sha, err)
	}
	return d != nil, nil
}

// Record returns one record by ID.
func (x *Index) Record(ctx context.Context, id string) (baocao.Hit, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery([]string{id}), term("kind", index.KindRecord)), 1, 0, false)
	req.Fields = storedFields
	res, err := x.ix.SearchInContext(ctx, req)
	if err != nil {
		return baocao.Hit{}, fmt.Errorf("get %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return baocao.Hit{}, fmt.Errorf("record %s: %w", id, baocao.ErrNotFound)
	}
	return hit(res.Hits[0].ID, res.Hits[0].Fields, 0, "")
}

// Document returns a file's document and its whole text.
func (x *Index) Document(ctx context.Context, sha string) (baocao.Hit, string, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery([]string{sha}), term("kind", index.KindFile)), 1, 0, false)
	req.Fields = storedFields
	res, err := x.ix.SearchInContext(ctx, req)
	if err != nil {
		return baocao.Hit{}, "", fmt.Errorf("get %s: %w", sha, err)
	}
	if len(res.Hits) == 0 || !index.IsDocumentID(sha) {
		return baocao.Hit{}, "", fmt.Errorf("document %s: %w", sha, baocao.ErrNotFound)
	}
	h, err := hit(res.Hits[0].ID, res.Hits[0].Fields, 0, "")
	text, _ := res.Hits[0].Fields["text"].(string)
	return h, index.FileText(h.Document, text), err
}

var storedFields = []string{"sha256", "file", "text", "source", "removed"}

func hit(id string, fields map[string]any, score float64, q string) (baocao.Hit, error) {
	str := func(k string) string { s, _ := fields[k].(string); return s }
	removed, _ := fields["removed"].(bool)
	return index.Hit(id, index.Doc{SHA256: str("sha256"), File: str("file"), Text: str("text"), Source: str("source"), Removed: removed}, score, q)
}

func term(field, value string) query.Query {
	q := bleve.NewTermQuery(value)
	q.SetField(field)
	return q
}
