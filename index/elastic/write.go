package elastic

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/esutil"

	"baocao"
	"baocao/index"
)

// PutFile writes the file and its records in bulk and makes them searchable,
// then deletes the file's records that the new version no longer has. A
// reader may see the new records next to the stale ones for a moment, never
// a file without its records.
func (x *Index) PutFile(ctx context.Context, f baocao.IndexedFile) error {
	what := "put file " + f.SHA256
	file, recs, ids := index.Docs(f)
	ops := make([]op, 0, 1+len(recs))
	ops = append(ops, op{action: "index", id: f.SHA256, body: mustJSON(file)})
	for i, d := range recs {
		ops = append(ops, op{action: "index", id: ids[i], body: mustJSON(d)})
	}
	if err := x.bulk(ctx, what, ops); err != nil {
		return err
	}
	keep := append([]string{f.SHA256}, ids...)
	return x.deleteWhere(ctx, what+": drop stale records", map[string]any{"bool": map[string]any{
		"filter":   []any{term("sha256", f.SHA256)},
		"must_not": []any{map[string]any{"ids": map[string]any{"values": keep}}},
	}})
}

// RemoveFile deletes the file and its records.
func (x *Index) RemoveFile(ctx context.Context, sha string) error {
	return x.deleteWhere(ctx, "remove file "+sha, term("sha256", sha))
}

// deleteWhere deletes the documents a query matches: their IDs are found by
// a search and deleted in bulk. (Delete-by-query lives in the reindex module,
// which a minimal cluster lacks; a file has at most a few thousand records.)
func (x *Index) deleteWhere(ctx context.Context, what string, q map[string]any) error {
	for {
		ans, err := x.search(ctx, what, map[string]any{"query": q, "size": 10000, "_source": false, "sort": []any{"_doc"}})
		if err != nil {
			return err
		}
		if len(ans.Hits.Hits) == 0 {
			return nil
		}
		ops := make([]op, len(ans.Hits.Hits))
		for i, h := range ans.Hits.Hits {
			ops[i] = op{action: "delete", id: h.ID}
		}
		if err := x.bulk(ctx, what, ops); err != nil {
			return err
		}
	}
}

func term(field, value string) map[string]any {
	return map[string]any{"term": map[string]any{field: value}}
}

// op is one action of a bulk request.
type op struct {
	action string // "index" or "delete"
	id     string
	body   []byte // the document, for "index"
}

// bulkAttempts bounds the retries of documents the cluster turned away for
// now (429: its write queue is full); the client itself retries whole
// requests that fail.
const bulkAttempts = 6

// bulk runs the ops through the bulk indexer with refresh, so that they are
// searchable when it returns, and retries the ops refused with 429.
func (x *Index) bulk(ctx context.Context, what string, ops []op) error {
	for attempt := 1; ; attempt++ {
		var (
			mu      sync.Mutex
			retry   []op
			refused []string
			failed  error // the whole request failed
		)
		tr := &statusTransport{next: x.es}
		bi, err := esutil.NewBulkIndexer(esutil.BulkIndexerConfig{
			Client: tr, Index: x.alias, NumWorkers: 1, Refresh: "true",
			OnError: func(_ context.Context, err error) {
				mu.Lock()
				defer mu.Unlock()
				if failed == nil {
					failed = err
				}
			},
		})
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		for _, o := range ops {
			item := esutil.BulkIndexerItem{
				Action: o.action, DocumentID: o.id,
				OnFailure: func(_ context.Context, _ esutil.BulkIndexerItem, res esutil.BulkIndexerResponseItem, err error) {
					mu.Lock()
					defer mu.Unlock()
					switch {
					case err != nil: // the whole request failed: OnError has it
					case res.Status == http.StatusTooManyRequests:
						retry = append(retry, o)
					case o.action == "delete" && res.Status == http.StatusNotFound: // already gone
					default:
						refused = append(refused, fmt.Sprintf("%s %s: %s: %s", o.action, o.id, res.Error.Type, res.Error.Reason))
					}
				},
			}
			if o.body != nil {
				item.Body = bytes.NewReader(o.body)
			}
			if err := bi.Add(ctx, item); err != nil {
				bi.Close(context.Background())
				return x.unreachable(ctx, what, err)
			}
		}
		if err := bi.Close(ctx); err != nil {
			return x.unreachable(ctx, what, err)
		}
		switch {
		case failed != nil && tr.status.Load() >= 400:
			return x.statusError(what, int(tr.status.Load()), []byte(failed.Error()))
		case failed != nil:
			return x.unreachable(ctx, what, failed)
		case len(refused) > 0:
			return fmt.Errorf("%s: elasticsearch at %s refused %d of %d documents; first: %s", what, x.where, len(refused), len(ops), refused[0])
		case len(retry) == 0:
			return nil
		case attempt == bulkAttempts:
			return x.statusError(what, http.StatusTooManyRequests, []byte(fmt.Sprintf("%d documents still refused after %d attempts", len(retry), attempt)))
		}
		x.logger.Warn("elasticsearch is busy (429); retrying", "documents", len(retry), "attempt", attempt)
		t := time.NewTimer(backoff(attempt))
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: %w", what, ctx.Err())
		case <-t.C:
		}
		ops = retry
	}
}

// statusTransport remembers the status of the last answer with an error
// status, which the bulk indexer only reports as text.
type statusTransport struct {
	next   esapi.Transport
	status atomic.Int32
}

func (t *statusTransport) Perform(req *http.Request) (*http.Response, error) {
	res, err := t.next.Perform(req)
	if res != nil && res.StatusCode >= 400 {
		t.status.Store(int32(res.StatusCode))
	}
	return res, err
}
