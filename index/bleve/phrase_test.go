package bleve

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestPhraseQueryAsBleve checks that phraseQuery finds and scores exactly
// what Bleve's MatchPhraseQuery does, alone and inside the queries Search
// builds, on texts where the words of a phrase occur apart, reversed,
// repeated, across lines and more than once.
func TestPhraseQueryAsBleve(t *testing.T) {
	ix, err := bleve.New(filepath.Join(t.TempDir(), "index"), newMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	texts := []string{
		"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng",
		"xây dựng, chỉnh đốn Đảng; Đảng xây dựng",
		"Đảng dựng xây",
		"công tác công tác công tác xây dựng Đảng",
		"xây dựng\nĐảng bộ xã Hùng Sơn",
		"quán triệt Nghị quyết Đại hội XIII của Đảng; quán triệt nghị quyết",
		"Chương trình hành động số 12-CTr/HU, báo cáo số 12-BC/HU",
		"xây xây dựng dựng Đảng Đảng",
		"",
		"Đảng",
		"Đảng xây dựng Đảng, xây dựng Đảng và xây dựng chính quyền; dựng Đảng xây",
		"xây dựng Đảng", "dựng Đảng xây dựng", "công tác công tác",
	}
	b := ix.NewBatch()
	for i, s := range texts {
		d := map[string]any{"kind": "record", "text": s}
		for k := 0; k < i%3; k++ { // vary the field lengths, hence the norms
			d["text"] = d["text"].(string) + " thêm một câu cho dài"
		}
		if err := b.Index(fmt.Sprintf("r%02d", i), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Batch(b); err != nil {
		t.Fatal(err)
	}
	phrases := []string{
		"xây dựng Đảng", "dựng xây", "công tác công tác", "công tác xây dựng", "Đảng",
		"quán triệt nghị quyết", "12-CTr/HU", "12 BC HU", "xây dựng Đảng bộ", "không có đâu", "  ",
	}
	for _, ph := range phrases {
		for _, tt := range []struct {
			name      string
			wrap      func(query.Query) query.Query
			locations bool
			unscored  bool // as Each and Aggregate ask
		}{
			{"alone", func(q query.Query) query.Query { return q }, false, false},
			{"with locations", func(q query.Query) query.Query { return q }, true, false},
			{"in a search", func(q query.Query) query.Query {
				other := bleve.NewMatchPhraseQuery("cong tac")
				other.SetField("text")
				d := bleve.NewDisjunctionQuery(q, other)
				d.SetMin(1)
				return bleve.NewConjunctionQuery(term("kind", "record"), d)
			}, false, false},
			{"beside a rarer word", func(q query.Query) query.Query {
				return bleve.NewConjunctionQuery(q, term("text", "thêm"))
			}, false, false},
			{"unscored", func(q query.Query) query.Query { return q }, false, true},
		} {
			t.Run(fmt.Sprintf("%q %s", ph, tt.name), func(t *testing.T) {
				theirs := bleve.NewMatchPhraseQuery(ph)
				theirs.SetField("text")
				theirs.SetBoost(exactBoost)
				want := run(t, ix, tt.wrap(theirs), tt.locations, tt.unscored)
				got := run(t, ix, tt.wrap(newPhraseQuery(ph, "text", exactBoost)), tt.locations, tt.unscored)
				if len(got) != len(want) {
					t.Fatalf("found %v, Bleve finds %v", got, want)
				}
				for id, s := range want {
					if g, ok := got[id]; !ok || math.Abs(g-s) > 1e-9 {
						t.Errorf("%s: score %v (found %v), Bleve's %v", id, g, ok, s)
					}
				}
			})
		}
	}
}

func run(t *testing.T, ix bleve.Index, q query.Query, locations, unscored bool) map[string]float64 {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100, 0, false)
	req.IncludeLocations = locations
	if unscored {
		req.Score = bleve.ScoreNone
	}
	res, err := ix.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}
