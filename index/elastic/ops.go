package elastic

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"sync/atomic"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/esutil"

	"baocao"
	"baocao/index"
)

// PutFile writes the file and its records through the bulk indexer, waits
// until they are searchable, then deletes the file's records that the new
// version no longer has.
func (x *Index) PutFile(ctx context.Context, f baocao.IndexedFile) error {
	file, recs, ids := index.Docs(f)
	bi, err := esutil.NewBulkIndexer(esutil.BulkIndexerConfig{Client: x.es, Index: x.alias, NumWorkers: 1, Refresh: "true"})
	if err != nil {
		return fmt.Errorf("put %s: %w", f.SHA256, err)
	}
	var failed atomic.Int64
	var firstErr atomic.Value
	add := func(id string, d index.Doc) error {
		return bi.Add(ctx, esutil.BulkIndexerItem{
			Action: "index", DocumentID: id, Body: jsonBody(d),
			OnFailure: func(_ context.Context, _ esutil.BulkIndexerItem, res esutil.BulkIndexerResponseItem, err error) {
				failed.Add(1)
				if err == nil {
					err = fmt.Errorf("%s: %s", res.Error.Type, res.Error.Reason)
				}
				firstErr.CompareAndSwap(nil, err)
			},
		})
	}
	if err := add(f.SHA256, file); err != nil {
		return fmt.Errorf("put %s: %w", f.SHA256, err)
	}
	for i, d := range recs {
		if err := add(ids[i], d); err != nil {
			return fmt.Errorf("put %s: %w", f.SHA256, err)
		}
	}
	if err := bi.Close(ctx); err != nil {
		return fmt.Errorf("put %s: %v: %w", f.SHA256, err, ErrUnavailable)
	}
	if n := failed.Load(); n > 0 || bi.Stats().NumFailed > 0 {
		return fmt.Errorf("put %s: %d documents refused: %v", f.SHA256, n, firstErr.Load())
	}
	keep := append([]string{f.SHA256}, ids...)
	return x.deleteWhere(ctx, "replace records of "+f.SHA256, map[string]any{"bool": map[string]any{
		"filter":   []any{term("sha256", f.SHA256)},
		"must_not": []any{map[string]any{"ids": map[string]any{"values": keep}}},
	}})
}

// RemoveFile deletes the file and its records.
func (x *Index) RemoveFile(ctx context.Context, sha string) error {
	return x.deleteWhere(ctx, "remove "+sha, term("sha256", sha))
}

// deleteWhere deletes the documents a query matches: their IDs are found by
// a search and deleted in bulk (delete-by-query lives in a module a minimal
// cluster may lack, and a file has at most a few thousand documents).
func (x *Index) deleteWhere(ctx context.Context, what string, q map[string]any) error {
	for {
		ans, err := x.search(ctx, map[string]any{"query": q, "size": 10000, "_source": false})
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if len(ans.Hits.Hits) == 0 {
			return nil
		}
		bi, err := esutil.NewBulkIndexer(esutil.BulkIndexerConfig{Client: x.es, Index: x.alias, NumWorkers: 1, Refresh: "true"})
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		for _, h := range ans.Hits.Hits {
			if err := bi.Add(ctx, esutil.BulkIndexerItem{Action: "delete", DocumentID: h.ID}); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
		}
		if err := bi.Close(ctx); err != nil {
			return fmt.Errorf("%s: %v: %w", what, err, ErrUnavailable)
		}
		if bi.Stats().NumFailed > 0 {
			return fmt.Errorf("%s: %d deletions failed", what, bi.Stats().NumFailed)
		}
	}
}

func term(field, value string) map[string]any {
	return map[string]any{"term": map[string]any{field: value}}
}

// HasFile reports whether the file is in the index.
func (x *Index) HasFile(ctx context.Context, sha string) (bool, error) {
	res, err := x.es.Exists(x.alias, sha, x.es.Exists.WithContext(ctx))
	if err != nil {
		return false, fmt.Errorf("has %s: %v: %w", sha, err, ErrUnavailable)
	}
	res.Body.Close()
	switch res.StatusCode {
	case http.StatusOK:
		return true, nil
	case http.StatusNotFound:
		return false, nil
	case http.StatusUnauthorized, http.StatusForbidden:
		return false, fmt.Errorf("has %s: credentials rejected: %w", sha, ErrUnauthorized)
	}
	return false, fmt.Errorf("has %s: %s", sha, res.Status())
}

// Record returns one record by ID.
func (x *Index) Record(ctx context.Context, id string) (baocao.Hit, error) {
	var got struct {
		Found  bool      `json:"found"`
		Source index.Doc `json:"_source"`
	}
	res, err := x.es.Get(x.alias, id, x.es.Get.WithContext(ctx))
	if err != nil {
		return baocao.Hit{}, fmt.Errorf("get %s: %v: %w", id, err, ErrUnavailable)
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusNotFound {
		return baocao.Hit{}, fmt.Errorf("record %s: %w", id, baocao.ErrNotFound)
	}
	if res.IsError() {
		return baocao.Hit{}, fmt.Errorf("get %s: %s", id, res.Status())
	}
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil {
		return baocao.Hit{}, fmt.Errorf("get %s: %w", id, err)
	}
	if !got.Found || got.Source.Kind != index.KindRecord {
		return baocao.Hit{}, fmt.Errorf("record %s: %w", id, baocao.ErrNotFound)
	}
	return index.Hit(id, got.Source, 0, "")
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
			Sort   []any     `json:"sort"`
		} `json:"hits"`
	} `json:"hits"`
	Aggregations map[string]struct {
		Buckets []struct {
			Key      any `json:"key"`
			DocCount int `json:"doc_count"`
			Present  sum `json:"present"`
			Total    sum `json:"total"`
			Others   sum `json:"others"`
		} `json:"buckets"`
		Value float64 `json:"value"`
	} `json:"aggregations"`
}

type sum struct {
	Value float64 `json:"value"`
}

func (x *Index) search(ctx context.Context, body map[string]any) (searchAnswer, error) {
	var ans searchAnswer
	err := x.do(ctx, "search", &ans, func() (*esapi.Response, error) {
		return x.es.Search(x.es.Search.WithContext(ctx), x.es.Search.WithIndex(x.alias), x.es.Search.WithBody(jsonBody(body)))
	})
	return ans, err
}

// Search returns one page of matching records, best first.
func (x *Index) Search(ctx context.Context, q baocao.Query) (baocao.SearchResult, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	body := map[string]any{"query": buildQuery(q), "size": limit, "from": max(q.Offset, 0), "track_total_hits": true}
	if index.Parse(q.Text).Empty() {
		body["sort"] = []any{map[string]any{"conference_date": map[string]any{"order": "desc", "missing": "_last"}}, map[string]any{"id": "asc"}}
	} else {
		body["sort"] = []any{"_score", map[string]any{"id": "asc"}}
	}
	ans, err := x.search(ctx, body)
	if err != nil {
		return baocao.SearchResult{}, err
	}
	out := baocao.SearchResult{Total: ans.Hits.Total.Value, Hits: make([]baocao.Hit, 0, len(ans.Hits.Hits))}
	for _, h := range ans.Hits.Hits {
		hit, err := index.Hit(h.ID, h.Source, h.Score, q.Text)
		if err != nil {
			return out, err
		}
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// Each walks every matching record in ID order with search_after.
func (x *Index) Each(ctx context.Context, q baocao.Query, fn func(baocao.Hit) error) error {
	const page = 1000
	after := q.After
	for {
		body := map[string]any{"query": buildQuery(q), "size": page, "sort": []any{map[string]any{"id": "asc"}}, "track_total_hits": false}
		if after != "" {
			body["search_after"] = []any{after}
		}
		ans, err := x.search(ctx, body)
		if err != nil {
			return err
		}
		for _, h := range ans.Hits.Hits {
			hit, err := index.Hit(h.ID, h.Source, 0, "")
			if err != nil {
				return err
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

// Aggregate sums the matching records overall and by parent, month and form.
func (x *Index) Aggregate(ctx context.Context, q baocao.Query) (baocao.Aggregates, error) {
	sums := map[string]any{
		"present": map[string]any{"sum": map[string]any{"field": "members_present"}},
		"total":   map[string]any{"sum": map[string]any{"field": "members_total"}},
		"others":  map[string]any{"sum": map[string]any{"field": "others"}},
	}
	terms := func(field string) map[string]any {
		return map[string]any{"terms": map[string]any{"field": field, "size": 10000, "missing": ""}, "aggs": sums}
	}
	aggs := map[string]any{"by_parent": terms("parent_unit"), "by_month": terms("month"), "by_form": terms("form")}
	for k, v := range sums {
		aggs["all_"+k] = v
	}
	ans, err := x.search(ctx, map[string]any{"query": buildQuery(q), "size": 0, "track_total_hits": true, "aggs": aggs})
	if err != nil {
		return baocao.Aggregates{}, err
	}
	a := baocao.Aggregates{Total: baocao.Bucket{
		Records:        ans.Hits.Total.Value,
		MembersPresent: int(ans.Aggregations["all_present"].Value),
		MembersTotal:   int(ans.Aggregations["all_total"].Value),
		Others:         int(ans.Aggregations["all_others"].Value),
	}}
	buckets := func(name string) []baocao.Bucket {
		var out []baocao.Bucket
		for _, b := range ans.Aggregations[name].Buckets {
			out = append(out, baocao.Bucket{Key: fmt.Sprint(b.Key), Records: b.DocCount, MembersPresent: int(b.Present.Value),
				MembersTotal: int(b.Total.Value), Others: int(b.Others.Value)})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
		return out
	}
	a.ByParent, a.ByMonth, a.ByForm = buckets("by_parent"), buckets("by_month"), buckets("by_form")
	return a, nil
}
