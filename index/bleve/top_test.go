package bleve

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"baocao"
	"baocao/index"
	"baocao/index/indextest"
)

// TestSearchOrdersAsBleveSortsOnID checks that the pages Search keeps with
// topHits are those Bleve gives when it sorts on the ID itself, on records
// that tie by the thousand (synthetic roll-ups, many alike), first pages,
// middle pages and the last one.
func TestSearchOrdersAsBleveSortsOnID(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	for _, f := range indextest.Synthetic(3000) {
		if err := x.PutFile(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	queries := []baocao.Query{
		{Text: "quan triet"}, {Text: "Hùng"}, {Text: `"xây dựng Đảng"`}, {Text: "chi bo", Parent: "gia phu"},
		{}, {From: indextestDate(t, "2021-04-01"), To: indextestDate(t, "2021-04-30")}, {Text: "quan triet", Type: baocao.HitRecord},
		{Type: baocao.HitDocument},
	}
	for _, q := range queries {
		for _, page := range []struct{ offset, limit int }{{0, 20}, {0, 1}, {40, 20}, {700, 50}, {2990, 20}, {5000, 20}} {
			q := q
			q.Offset, q.Limit = page.offset, page.limit
			got, err := x.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			req := bleve.NewSearchRequestOptions(buildQuery(q), q.Limit, q.Offset, false)
			if index.Parse(q.Text).Empty() {
				req.SortBy([]string{"-" + index.DateField(index.Types(q)[0]), "_id"})
			} else {
				req.SortBy([]string{"-_score", "_id"})
			}
			want, err := x.ix.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			var gotIDs, wantIDs []string
			for _, h := range got.Hits {
				gotIDs = append(gotIDs, h.ID)
				if h.Type == baocao.HitRecord && h.Record.Unit == "" || h.Type == baocao.HitDocument && h.Document == nil || h.File == "" {
					t.Errorf("%s: hit without its fields: %+v", h.ID, h)
				}
			}
			for _, h := range want.Hits {
				wantIDs = append(wantIDs, h.ID)
			}
			if got.Total != int(want.Total) || !slices.Equal(gotIDs, wantIDs) {
				t.Errorf("%+v: total %d, %v\nBleve: total %d, %v", q, got.Total, gotIDs, want.Total, wantIDs)
			}
		}
	}
}

func indextestDate(t *testing.T, s string) baocao.Date {
	t.Helper()
	d, err := baocao.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestEachWalksInIDOrder checks that Each gives every matching record once,
// in ID order, from after q.After, across its pages.
func TestEachWalksInIDOrder(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	for _, f := range indextest.Synthetic(2500) {
		if err := x.PutFile(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	walk := func(q baocao.Query) []string {
		var ids []string
		if err := x.Each(ctx, q, func(h baocao.Hit) error {
			if h.Record.Unit == "" {
				t.Errorf("%s: no record", h.ID)
			}
			ids = append(ids, h.ID)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return ids
	}
	all := walk(baocao.Query{})
	if len(all) != 2500 || !slices.IsSorted(all) || len(slices.Compact(slices.Clone(all))) != 2500 {
		t.Fatalf("walked %d records, sorted %v", len(all), slices.IsSorted(all))
	}
	if rest := walk(baocao.Query{After: all[1499]}); !slices.Equal(rest, all[1500:]) {
		t.Errorf("after %s: %d records, want the last 1,000", all[1499], len(rest))
	}
	res, err := x.Search(ctx, baocao.Query{Text: "hung"})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(walk(baocao.Query{Text: "hung"})); n != res.Total {
		t.Errorf("walked %d records that match 'hung', search counts %d", n, res.Total)
	}
}
