package bleve

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"baocao"
	"baocao/index"
	"baocao/vntext"
)

// exactBoost weighs a match on the text as written against a match on the
// folded text, so that a word typed with its diacritics ranks its own form first.
const exactBoost = 3

// buildQuery turns a query into Bleve's terms, the same semantics as the
// Elasticsearch backend: every free word and every phrase must match, as
// written or folded; filters narrow; a type keeps to records or documents.
func buildQuery(q baocao.Query) query.Query {
	var must []query.Query
	p := index.Parse(q.Text)
	either := func(exact, folded query.Query) query.Query {
		d := bleve.NewDisjunctionQuery(exact, folded)
		d.SetMin(1)
		return d
	}
	if p.Words != "" {
		exact := bleve.NewMatchQuery(p.Words)
		exact.SetField("text")
		exact.SetOperator(query.MatchQueryOperatorAnd)
		exact.SetBoost(exactBoost)
		folded := bleve.NewMatchQuery(vntext.Fold(p.Words))
		folded.SetField("text_folded")
		folded.SetOperator(query.MatchQueryOperatorAnd)
		must = append(must, either(exact, folded))
	}
	for _, ph := range p.Phrases {
		must = append(must, either(newPhraseQuery(ph, "text", exactBoost), newPhraseQuery(vntext.Fold(ph), "text_folded", 1)))
	}
	match := func(field, words string) {
		if words == "" {
			return
		}
		m := bleve.NewMatchQuery(vntext.Fold(words))
		m.SetField(field)
		m.SetOperator(query.MatchQueryOperatorAnd)
		m.SetBoost(0.01)
		must = append(must, m)
	}
	match("unit_text", q.Unit)
	match("issuer_text", q.Issuer)
	if forms := index.ParentForms(q.Parent); len(forms) > 0 {
		// A committee's name finds its organisation's, and the other way round.
		var alts []query.Query
		for _, f := range forms {
			m := bleve.NewMatchQuery(f)
			m.SetField("parent_text")
			m.SetOperator(query.MatchQueryOperatorAnd)
			alts = append(alts, m)
		}
		d := bleve.NewDisjunctionQuery(alts...)
		d.SetMin(1)
		d.SetBoost(0.01)
		must = append(must, d)
	}
	types := index.Types(q)
	if !q.From.IsZero() || !q.To.IsZero() {
		// A zero time leaves that end of the range open. A record's date is
		// its conference's, a document's its own.
		var from, to time.Time
		if !q.From.IsZero() {
			from = q.From.Time()
		}
		if !q.To.IsZero() {
			to = q.To.Time()
		}
		yes := true
		var alts []query.Query
		for _, t := range types {
			r := bleve.NewDateRangeInclusiveQuery(from, to, &yes, &yes)
			r.SetField(index.DateField(t))
			alts = append(alts, r)
		}
		d := bleve.NewDisjunctionQuery(alts...)
		d.SetMin(1)
		d.SetBoost(0.01)
		must = append(must, d)
	}
	if q.Form != "" {
		must = append(must, term("form", string(q.Form)))
	}
	if q.Kind != "" {
		must = append(must, term("doc_kind", q.Kind))
	}
	if q.SHA256 != "" {
		must = append(must, term("sha256", q.SHA256))
	}
	if len(types) == 1 && (!p.Empty() || q.SHA256 != "" || len(must) == 0) {
		// Words and a file's hash match records and documents alike; the
		// other clauses name fields that only one type has, and a term on
		// the kind would only walk every record again.
		must = append(must, term("kind", index.KindOf(types[0])))
	}
	boosts := index.Boosts(q.Text)
	if len(boosts) == 0 {
		return bleve.NewConjunctionQuery(must...)
	}
	var should []query.Query
	for _, b := range boosts {
		var c query.Query
		switch b.Kind {
		case "phrase":
			c = newPhraseQuery(b.Text, b.Field, b.Weight)
		case "match":
			m := bleve.NewMatchQuery(b.Text)
			m.SetField(b.Field)
			m.SetOperator(query.MatchQueryOperatorAnd)
			m.SetBoost(b.Weight)
			c = m
		default:
			t := bleve.NewTermQuery(b.Text)
			t.SetField(b.Field)
			t.SetBoost(b.Weight)
			c = t
		}
		should = append(should, c)
	}
	// The boosts only rank: a hit must match the clauses above, and need
	// not match any of these.
	return query.NewBooleanQuery(must, should, nil)
}

// Search returns one page of matching records, best first: by score, or
// the latest conferences first when no words are asked for; then by ID.
func (x *Index) Search(ctx context.Context, q baocao.Query) (baocao.SearchResult, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	offset := max(q.Offset, 0)
	req := bleve.NewSearchRequestOptions(buildQuery(q), limit, offset, false)
	req.Fields = storedFields
	if index.Parse(q.Text).Empty() {
		req.SortBy([]string{"-" + index.DateField(index.Types(q)[0])})
	} else {
		req.SortBy([]string{"-_score"})
	}
	top := newTopHits(req, offset, limit) // adds the ID to the order
	res, err := x.ix.SearchInContext(top.context(ctx), req)
	if err != nil {
		return baocao.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	out := baocao.SearchResult{Total: int(res.Total), Hits: make([]baocao.Hit, 0, len(top.hits))}
	for _, h := range top.hits {
		hit, err := hit(h.ID, h.Fields, h.Score, q.Text)
		if err != nil {
			return out, fmt.Errorf("read hit %s: %w", h.ID, err)
		}
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// Aggregate sums the matching records, by parent a committee and its
// organisation as one (index.MergeParents). Bleve's facets count but do not sum,
// so every record's counts are read as Bleve finds it, in one pass, holding
// only the buckets in memory.
func (x *Index) Aggregate(ctx context.Context, q baocao.Query) (baocao.Aggregates, error) {
	byParent, byMonth, byForm := map[string]*baocao.Bucket{}, map[string]*baocao.Bucket{}, map[string]*baocao.Bucket{}
	var total baocao.Bucket
	add := func(m map[string]*baocao.Bucket, key string, b baocao.Bucket) {
		t := m[key]
		if t == nil {
			t = &baocao.Bucket{Key: key}
			m[key] = t
		}
		t.Records++
		t.MembersPresent += b.MembersPresent
		t.MembersTotal += b.MembersTotal
		t.Others += b.Others
	}
	q.Type = baocao.HitRecord
	req := bleve.NewSearchRequestOptions(buildQuery(q), 0, 0, false)
	req.Score = bleve.ScoreNone
	req.Fields = []string{"parent_unit", "month", "form", "members_present", "members_total", "others"}
	err := visitHits(ctx, x.ix, req, func(r bindex.IndexReader, h *search.DocumentMatch) error {
		if err := loadFields(r, req, h); err != nil {
			return err
		}
		str := func(k string) string { s, _ := h.Fields[k].(string); return s }
		num := func(k string) int { f, _ := h.Fields[k].(float64); return int(f) }
		b := baocao.Bucket{MembersPresent: num("members_present"), MembersTotal: num("members_total"), Others: num("others")}
		total.Records++
		total.MembersPresent += b.MembersPresent
		total.MembersTotal += b.MembersTotal
		total.Others += b.Others
		add(byParent, str("parent_unit"), b)
		add(byMonth, str("month"), b)
		add(byForm, str("form"), b)
		return nil
	})
	if err != nil {
		return baocao.Aggregates{}, fmt.Errorf("aggregate: %w", err)
	}
	return baocao.Aggregates{Total: total, ByParent: index.MergeParents(buckets(byParent)), ByMonth: buckets(byMonth), ByForm: buckets(byForm)}, nil
}

func buckets(m map[string]*baocao.Bucket) []baocao.Bucket {
	out := make([]baocao.Bucket, 0, len(m))
	for _, b := range m {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// Each walks every matching record in ID order: it lists the matching IDs
// in one pass, sorts them, and reads the records a page at a time. (Paging
// with search-after ran the whole query again for every page.) A record
// removed meanwhile is passed over.
func (x *Index) Each(ctx context.Context, q baocao.Query, fn func(baocao.Hit) error) error {
	const page = 1000
	var ids []string
	q.Type = baocao.HitRecord
	req := bleve.NewSearchRequestOptions(buildQuery(q), 0, 0, false)
	req.Score = bleve.ScoreNone
	err := visitHits(ctx, x.ix, req, func(r bindex.IndexReader, h *search.DocumentMatch) error {
		id, err := r.ExternalID(h.IndexInternalID)
		if err == nil && id > q.After {
			ids = append(ids, id)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("walk records: %w", err)
	}
	slices.Sort(ids)
	for len(ids) > 0 {
		n := min(page, len(ids))
		req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids[:n]), n, 0, false)
		req.Fields = storedFields
		res, err := x.ix.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("walk records: %w", err)
		}
		byID := make(map[string]*search.DocumentMatch, len(res.Hits))
		for _, h := range res.Hits {
			byID[h.ID] = h
		}
		for _, id := range ids[:n] {
			h, ok := byID[id]
			if !ok {
				continue
			}
			hit, err := hit(h.ID, h.Fields, h.Score, "")
			if err != nil {
				return fmt.Errorf("read %s: %w", h.ID, err)
			}
			if err := fn(hit); err != nil {
				return err
			}
		}
		ids = ids[n:]
	}
	return nil
}
