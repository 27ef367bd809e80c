package bleve

import (
	"cmp"
	"container/heap"
	"context"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// topHits keeps one page of hits for Search in place of Bleve's collector.
// Search orders hits by one key (score, or date) and then by ID, so that
// pages never overlap; Bleve reads the stored ID of every matching document
// to sort on it, a fifth of a search that matches 20,000 records. topHits
// reads an ID only when two hits tie on the first key. It plugs in through
// Bleve's document-match handler hook, while Bleve's collector still counts
// the hits and runs the query.
type topHits struct {
	req   *bleve.SearchRequest // sorted by the first key only; its Fields are loaded
	keep  int                  // offset + limit
	skip  int                  // offset
	score []bool               // whether the key is the score, as Bleve caches it
	desc  []bool               // whether it sorts descending

	reader bindex.IndexReader
	pool   *search.DocumentMatchPool
	worst  []*search.DocumentMatch // a heap, the worst hit on top
	hits   []*search.DocumentMatch // after the last hit: the page, best first
	err    error
}

func newTopHits(req *bleve.SearchRequest, offset, limit int) *topHits {
	return &topHits{req: req, keep: offset + limit, skip: offset, score: req.Sort.CacheIsScore(), desc: req.Sort.CacheDescending()}
}

// context returns ctx with the hook that makes Bleve hand every hit to t.
func (t *topHits) context(ctx context.Context) context.Context {
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(
		func(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
			t.reader, t.pool = sctx.IndexReader, sctx.DocumentMatchPool
			return t.add, false, nil
		}))
}

// add takes one hit; nil means there are no more.
func (t *topHits) add(d *search.DocumentMatch) error {
	if d == nil {
		return t.finish()
	}
	switch {
	case len(t.worst) < t.keep:
		heap.Push(t, d)
	case t.before(d, t.worst[0]):
		t.pool.Put(t.worst[0])
		t.worst[0] = d
		heap.Fix(t, 0)
	default:
		t.pool.Put(d)
	}
	return t.err
}

// finish sorts the kept hits, drops the offset and loads the fields the
// request asks for, while Bleve still holds the index snapshot open.
func (t *topHits) finish() error {
	hits := t.worst
	sort.Slice(hits, func(i, j int) bool { return t.before(hits[i], hits[j]) })
	if t.err != nil {
		return t.err
	}
	if t.skip >= len(hits) {
		return nil
	}
	t.hits = hits[t.skip:]
	for _, h := range t.hits {
		if t.id(h); t.err != nil {
			return t.err
		}
		if err, _ := bleve.LoadAndHighlightFields(h, t.req, "", t.reader, nil); err != nil {
			return err
		}
	}
	return nil
}

// before reports whether hit a comes before hit b: by the sort's key, then
// by ID, read now if not yet.
func (t *topHits) before(a, b *search.DocumentMatch) bool {
	var c int
	if t.score[0] {
		c = cmp.Compare(a.Score, b.Score)
	} else {
		c = strings.Compare(a.Sort[0], b.Sort[0])
	}
	if t.desc[0] {
		c = -c
	}
	if c != 0 {
		return c < 0
	}
	return t.id(a) < t.id(b)
}

func (t *topHits) id(d *search.DocumentMatch) string {
	if d.ID == "" && t.err == nil {
		d.ID, t.err = t.reader.ExternalID(d.IndexInternalID)
	}
	return d.ID
}

// heap.Interface, the worst hit first.
func (t *topHits) Len() int           { return len(t.worst) }
func (t *topHits) Less(i, j int) bool { return t.before(t.worst[j], t.worst[i]) }
func (t *topHits) Swap(i, j int)      { t.worst[i], t.worst[j] = t.worst[j], t.worst[i] }
func (t *topHits) Push(x any)         { t.worst = append(t.worst, x.(*search.DocumentMatch)) }
func (t *topHits) Pop() any {
	d := t.worst[len(t.worst)-1]
	t.worst = t.worst[:len(t.worst)-1]
	return d
}

// visitHits runs req and hands every hit to fn while Bleve holds the index
// snapshot open, in the index's own order, through the same hook as topHits;
// fn must not keep the hit. Bleve's collector keeps none of them.
func visitHits(ctx context.Context, ix bleve.Index, req *bleve.SearchRequest, fn func(bindex.IndexReader, *search.DocumentMatch) error) error {
	ctx = context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(
		func(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
			return func(d *search.DocumentMatch) error {
				if d == nil {
					return nil
				}
				err := fn(sctx.IndexReader, d)
				sctx.DocumentMatchPool.Put(d)
				return err
			}, false, nil
		}))
	_, err := ix.SearchInContext(ctx, req)
	return err
}

// loadFields loads the stored fields req asks for into the hit, as Bleve
// does for the hits it returns.
func loadFields(r bindex.IndexReader, req *bleve.SearchRequest, h *search.DocumentMatch) error {
	id, err := r.ExternalID(h.IndexInternalID)
	if err != nil {
		return err
	}
	h.ID = id
	err, _ = bleve.LoadAndHighlightFields(h, req, "", r, nil)
	return err
}
