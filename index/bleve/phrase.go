package bleve

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery matches the words of a phrase next to each other, in order, in
// one field, and scores a match exactly as Bleve's MatchPhraseQuery does (the
// sum of its terms' scores). It exists for speed: Bleve's phrase searcher
// turns every candidate's term positions into maps before checking them,
// which made a phrase shared by 20,000 of 100,000 records take 65 ms; this
// one checks the positions in place.
type phraseQuery struct {
	phrase, field string
	boost         float64
}

func newPhraseQuery(phrase, field string, boost float64) *phraseQuery {
	return &phraseQuery{phrase: phrase, field: field, boost: boost}
}

// Searcher analyses the phrase with the field's analyzer, as Bleve does, and
// checks the candidates that have all its terms.
func (q *phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(q.field))
	if a == nil {
		return nil, fmt.Errorf("no analyzer for field %s", q.field)
	}
	tokens := a.Analyze([]byte(q.phrase))
	if len(tokens) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	// The terms by position relative to the first; "" where the analyzer
	// left a gap.
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	terms := make([]string, last-first+1)
	for _, t := range tokens {
		if terms[t.Position-first] != "" {
			// Two terms at one position: Bleve's own searcher handles that.
			bq := query.NewMatchPhraseQuery(q.phrase)
			bq.SetField(q.field)
			bq.SetBoost(q.boost)
			return bq.Searcher(ctx, r, m, options)
		}
		terms[t.Position-first] = string(t.Term)
	}
	keepLocations := options.IncludeTermVectors
	options.IncludeTermVectors = true
	var each []search.Searcher
	closeAll := func() {
		for _, s := range each {
			_ = s.Close()
		}
	}
	for _, t := range terms {
		if t == "" {
			continue
		}
		s, err := searcher.NewTermSearcher(ctx, r, t, q.field, q.boost, options)
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("phrase term %q: %w", t, err)
		}
		each = append(each, s)
	}
	must, err := searcher.NewConjunctionSearcher(ctx, r, each, options)
	if err != nil {
		closeAll()
		return nil, fmt.Errorf("phrase terms: %w", err)
	}
	s := &phraseSearcher{must: must, terms: terms, keepLocations: keepLocations}
	if w := must.Weight(); w > 0 {
		// As Bleve's phrase searcher: normalised on its own until a parent
		// query sets the norm.
		must.SetQueryNorm(1 / math.Sqrt(w))
	}
	return s, nil
}

// phraseSearcher passes on the documents of must (which have every term of
// the phrase) where the terms stand at consecutive positions.
type phraseSearcher struct {
	must          search.Searcher
	terms         []string // by relative position; "" matches any word
	keepLocations bool     // whether the caller asked for term locations

	byPos []search.FieldTermLocation // reused: the document's locations by position
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		dm, err := s.must.Next(ctx)
		if dm == nil || err != nil {
			return nil, err
		}
		if s.accept(dm) {
			return dm, nil
		}
		ctx.DocumentMatchPool.Put(dm)
	}
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.must.Advance(ctx, id)
	if dm == nil || err != nil {
		return nil, err
	}
	if s.accept(dm) {
		return dm, nil
	}
	ctx.DocumentMatchPool.Put(dm)
	return s.Next(ctx)
}

// accept reports whether the document has the phrase: for some occurrence of
// the first term at position p, every other term occurs at p+i within the
// same array element.
func (s *phraseSearcher) accept(dm *search.DocumentMatch) bool {
	s.byPos = append(s.byPos[:0], dm.FieldTermLocations...)
	slices.SortFunc(s.byPos, func(a, b search.FieldTermLocation) int { return cmp.Compare(a.Location.Pos, b.Location.Pos) })
	found := false
	for _, l := range s.byPos {
		if l.Term == s.terms[0] && s.matchesAt(l.Location) {
			found = true
			break
		}
	}
	clear(s.byPos) // drop references into the match
	if found && !s.keepLocations {
		dm.FieldTermLocations = dm.FieldTermLocations[:0]
	}
	return found
}

func (s *phraseSearcher) matchesAt(start search.Location) bool {
	for i, t := range s.terms[1:] {
		if t == "" {
			continue
		}
		want := start.Pos + uint64(i+1)
		at, _ := slices.BinarySearchFunc(s.byPos, want, func(l search.FieldTermLocation, p uint64) int { return cmp.Compare(l.Location.Pos, p) })
		ok := false
		for ; at < len(s.byPos) && s.byPos[at].Location.Pos == want; at++ {
			if l := s.byPos[at]; l.Term == t && slices.Equal(l.Location.ArrayPositions, start.ArrayPositions) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func (s *phraseSearcher) Close() error               { return s.must.Close() }
func (s *phraseSearcher) Weight() float64            { return s.must.Weight() }
func (s *phraseSearcher) SetQueryNorm(n float64)     { s.must.SetQueryNorm(n) }
func (s *phraseSearcher) Count() uint64              { return s.must.Count() }
func (s *phraseSearcher) Min() int                   { return 0 }
func (s *phraseSearcher) Size() int                  { return s.must.Size() }
func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.must.DocumentMatchPoolSize() + 1 }
