package elastic

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"baocao"
	"baocao/index"
)

// HasFile reports whether the file is in the index.
func (x *Index) HasFile(ctx context.Context, sha string) (bool, error) {
	err := x.do(ctx, "look up file "+sha, nil, func() (*esapi.Response, error) {
		return x.es.Exists(x.alias, sha, x.es.Exists.WithContext(ctx), x.es.Exists.WithSource("false"))
	})
	if errors.Is(err, baocao.ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Record returns one record by ID, or baocao.ErrNotFound.
func (x *Index) Record(ctx context.Context, id string) (baocao.Hit, error) {
	var got struct {
		Source index.Doc `json:"_source"`
	}
	err := x.do(ctx, "get record "+id, &got, func() (*esapi.Response, error) {
		return x.es.Get(x.alias, id, x.es.Get.WithContext(ctx))
	})
	if errors.Is(err, baocao.ErrNotFound) {
		return baocao.Hit{}, fmt.Errorf("record %s: %w", id, baocao.ErrNotFound)
	}
	if err != nil {
		return baocao.Hit{}, err
	}
	if got.Source.Kind != index.KindRecord {
		return baocao.Hit{}, fmt.Errorf("record %s: %w", id, baocao.ErrNotFound)
	}
	return index.Hit(id, got.Source, 0, "")
}

// Document returns a file's document and its whole text, or baocao.ErrNotFound.
func (x *Index) Document(ctx context.Context, sha string) (baocao.Hit, string, error) {
	var got struct {
		Source index.Doc `json:"_source"`
	}
	err := x.do(ctx, "get document "+sha, &got, func() (*esapi.Response, error) {
		return x.es.Get(x.alias, sha, x.es.Get.WithContext(ctx))
	})
	if err == nil && (got.Source.Kind != index.KindFile || !index.IsDocumentID(sha)) {
		err = baocao.ErrNotFound
	}
	if errors.Is(err, baocao.ErrNotFound) {
		return baocao.Hit{}, "", fmt.Errorf("document %s: %w", sha, baocao.ErrNotFound)
	}
	if err != nil {
		return baocao.Hit{}, "", err
	}
	h, err := index.Hit(sha, got.Source, 0, "")
	return h, index.FileText(h.Document, got.Source.Text), err
}

// searchAnswer is the part of a search answer we read.
type searchAnswer struct {
	Hits struct {
		Total struct {
			Value int `json:"value"`
		} `json:"total"`
		Hits []struct {
			ID     string    `json:"_id"`
			Score  float64   `json:"_score"`
			Source index.Doc `json:"_source"`
		} `json:"hits"`
	} `json:"hits"`
	Aggregations map[string]struct {
		Buckets []struct {
			Key      string `json:"key"`
			DocCount int    `json:"doc_count"`
			Present  sum    `json:"present"`
			Total    sum    `json:"total"`
			Others   sum    `json:"others"`
		} `json:"buckets"`
		SumOtherDocCount int     `json:"sum_other_doc_count"`
		Value            float64 `json:"value"`
	} `json:"aggregations"`
}

type sum struct {
	Value float64 `json:"value"`
}

func (x *Index) search(ctx context.Context, what string, body map[string]any) (searchAnswer, error) {
	var ans searchAnswer
	err := x.do(ctx, what, &ans, func() (*esapi.Response, error) {
		return x.es.Search(x.es.Search.WithContext(ctx), x.es.Search.WithIndex(x.alias), x.es.Search.WithBody(jsonBody(body)))
	})
	return ans, err
}

// Search returns one page of matching records, best first: by score, then
// by ID; without words, the latest conferences first.
func (x *Index) Search(ctx context.Context, q baocao.Query) (baocao.SearchResult, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	// Documents carry their ID in the keyword field "id" to sort on:
	// sorting on _id needs fielddata, which Elasticsearch 8 disables.
	body := map[string]any{"query": buildQuery(q), "size": limit, "from": max(q.Offset, 0), "track_total_hits": true}
	if index.Parse(q.Text).Empty() {
		body["sort"] = []any{map[string]any{index.DateField(index.Types(q)[0]): map[string]any{"order": "desc", "missing": "_last"}}, map[string]any{"id": "asc"}}
	} else {
		body["sort"] = []any{"_score", map[string]any{"id": "asc"}}
	}
	ans, err := x.search(ctx, "search", body)
	if err != nil {
		return baocao.SearchResult{}, err
	}
	out := baocao.SearchResult{Total: ans.Hits.Total.Value, Hits: make([]baocao.Hit, 0, len(ans.Hits.Hits))}
	for _, h := range ans.Hits.Hits {
		hit, err := index.Hit(h.ID, h.Source, h.Score, q.Text)
		if err != nil {
			return out, fmt.Errorf("read hit %s: %w", h.ID, err)
		}
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// Each walks every matching record in ID order, a page at a time (search_after).
func (x *Index) Each(ctx context.Context, q baocao.Query, fn func(baocao.Hit) error) error {
	const page = 1000
	after := q.After
	q.Type = baocao.HitRecord
	for {
		body := map[string]any{"query": buildQuery(q), "size": page, "sort": []any{map[string]any{"id": "asc"}}, "track_total_hits": false}
		if after != "" {
			body["search_after"] = []any{after}
		}
		ans, err := x.search(ctx, "walk records", body)
		if err != nil {
			return err
		}
		for _, h := range ans.Hits.Hits {
			hit, err := index.Hit(h.ID, h.Source, 0, "")
			if err != nil {
				return fmt.Errorf("read %s: %w", h.ID, err)
			}
			if err := fn(hit); err != nil {
				return err
			}
		}
		if len(ans.Hits.Hits) < page {
			return nil
		}
		after = ans.Hits.Hits[len(ans.Hits.Hits)-1].ID
	}
}

// maxBuckets bounds the groups of one aggregation; more is an error, not a
// silently partial summary.
const maxBuckets = 10000

// Aggregate sums the matching records overall and by parent (a committee and
// its organisation as one, see index.MergeParents), month and form;
// records without a parent, date or form are summed under the key "".
func (x *Index) Aggregate(ctx context.Context, q baocao.Query) (baocao.Aggregates, error) {
	sums := map[string]any{
		"present": map[string]any{"sum": map[string]any{"field": "members_present"}},
		"total":   map[string]any{"sum": map[string]any{"field": "members_total"}},
		"others":  map[string]any{"sum": map[string]any{"field": "others"}},
	}
	terms := func(field string) map[string]any {
		return map[string]any{"terms": map[string]any{"field": field, "size": maxBuckets, "missing": ""}, "aggs": sums}
	}
	aggs := map[string]any{"by_parent": terms("parent_unit"), "by_month": terms("month"), "by_form": terms("form")}
	for k, v := range sums {
		aggs["all_"+k] = v
	}
	q.Type = baocao.HitRecord
	ans, err := x.search(ctx, "aggregate", map[string]any{"query": buildQuery(q), "size": 0, "track_total_hits": true, "aggs": aggs})
	if err != nil {
		return baocao.Aggregates{}, err
	}
	a := baocao.Aggregates{Total: baocao.Bucket{
		Records:        ans.Hits.Total.Value,
		MembersPresent: int(ans.Aggregations["all_present"].Value),
		MembersTotal:   int(ans.Aggregations["all_total"].Value),
		Others:         int(ans.Aggregations["all_others"].Value),
	}}
	buckets := func(name string) ([]baocao.Bucket, error) {
		agg := ans.Aggregations[name]
		if agg.SumOtherDocCount > 0 {
			return nil, fmt.Errorf("aggregate %s: more than %d groups", name, maxBuckets)
		}
		out := make([]baocao.Bucket, 0, len(agg.Buckets))
		for _, b := range agg.Buckets {
			out = append(out, baocao.Bucket{Key: b.Key, Records: b.DocCount, MembersPresent: int(b.Present.Value),
				MembersTotal: int(b.Total.Value), Others: int(b.Others.Value)})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
		return out, nil
	}
	for name, dst := range map[string]*[]baocao.Bucket{"by_parent": &a.ByParent, "by_month": &a.ByMonth, "by_form": &a.ByForm} {
		if *dst, err = buckets(name); err != nil {
			return baocao.Aggregates{}, err
		}
	}
	a.ByParent = index.MergeParents(a.ByParent)
	return a, nil
}
