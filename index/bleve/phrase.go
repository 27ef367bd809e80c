package bleve

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery matches the words of a phrase next to each other, in order, in
// one field, and scores a match as Bleve's MatchPhraseQuery does: the sum of
// its terms' TF-IDF scores. It exists for speed. Bleve's phrase searcher
// copies every candidate's term positions into slices and maps before
// checking them, which made a phrase shared by 20,000 of 100,000 records take
// 65 ms; this one walks the terms' postings itself and checks the positions
// where the postings reader left them.
type phraseQuery struct {
	phrase, field string
	boost         float64
}

func newPhraseQuery(phrase, field string, boost float64) *phraseQuery {
	return &phraseQuery{phrase: phrase, field: field, boost: boost}
}

// Searcher analyses the phrase with the field's analyzer, as Bleve does.
// Where Bleve's searcher has something this one does not (explanations,
// term locations in the hits, two terms at one position), Bleve's is used.
func (q *phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(q.field))
	if a == nil {
		return nil, fmt.Errorf("no analyzer for field %s", q.field)
	}
	tokens := a.Analyze([]byte(q.phrase))
	if len(tokens) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	bleves := func() (search.Searcher, error) {
		bq := query.NewMatchPhraseQuery(q.phrase)
		bq.SetField(q.field)
		bq.SetBoost(q.boost)
		return bq.Searcher(ctx, r, m, options)
	}
	if options.Explain || options.IncludeTermVectors {
		return bleves()
	}
	// The terms by position relative to the first; "" where the analyzer
	// left a gap.
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	words := make([]string, last-first+1)
	for _, t := range tokens {
		if words[t.Position-first] != "" {
			return bleves()
		}
		words[t.Position-first] = string(t.Term)
	}
	docs, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	s := &phraseSearcher{}
	freqNorm := options.Score != "none"
	for i, w := range words {
		if w == "" {
			continue
		}
		tr, err := r.TermFieldReader(ctx, []byte(w), q.field, freqNorm, freqNorm, true)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("phrase term %q: %w", w, err)
		}
		s.terms = append(s.terms, &phraseTerm{
			offset: uint64(i), reader: tr,
			scorer: scorer.NewTermQueryScorer([]byte(w), q.field, q.boost, docs, tr.Count(), 0, options),
		})
	}
	// Bleve's conjunction orders its terms by how many documents have them
	// and sums their scores in that order; so does this searcher.
	sort.Sort(byCount(s.terms))
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	return s, nil
}

// phraseTerm is one word of the phrase: its postings and its scorer.
type phraseTerm struct {
	offset uint64 // position in the phrase
	reader bindex.TermFieldReader
	scorer *scorer.TermQueryScorer
	tfd    bindex.TermFieldDoc  // reused by the reader
	cur    *bindex.TermFieldDoc // where the reader stands; nil at the end
	at     int                  // reused: a cursor into cur.Vectors
}

type byCount []*phraseTerm

func (b byCount) Len() int           { return len(b) }
func (b byCount) Less(i, j int) bool { return b[i].reader.Count() < b[j].reader.Count() }
func (b byCount) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// phraseSearcher walks the documents that have every word of the phrase and
// passes on those where the words stand at consecutive positions.
type phraseSearcher struct {
	terms    []*phraseTerm // by document count
	started  bool
	consumed bool // the readers stand on a document already passed on
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.Advance(ctx, nil)
}

// Advance passes on the first match at or after id (nil: the next match).
func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	step := func(t *phraseTerm) (err error) {
		t.cur, err = t.reader.Next(t.tfd.Reset())
		return err
	}
	if !s.started || s.consumed {
		// At the start, and past the document last passed on.
		for _, t := range s.terms {
			if err := step(t); err != nil {
				return nil, err
			}
		}
		s.started, s.consumed = true, false
	}
	if id != nil {
		for _, t := range s.terms {
			if t.cur != nil && t.cur.ID.Compare(id) < 0 {
				var err error
				if t.cur, err = t.reader.Advance(id, t.tfd.Reset()); err != nil {
					return nil, err
				}
			}
		}
	}
	for {
		// Bring every reader to the furthest document any stands on.
		var far bindex.IndexInternalID
		for _, t := range s.terms {
			if t.cur == nil {
				return nil, nil
			}
			if far == nil || t.cur.ID.Compare(far) > 0 {
				far = t.cur.ID
			}
		}
		same := true
		for _, t := range s.terms {
			if t.cur.ID.Compare(far) < 0 {
				var err error
				if t.cur, err = t.reader.Advance(far, t.tfd.Reset()); err != nil {
					return nil, err
				}
				if t.cur == nil {
					return nil, nil
				}
				same = same && t.cur.ID.Equals(far)
			}
		}
		if !same {
			continue
		}
		if s.inOrder() {
			s.consumed = true
			return s.score(ctx), nil
		}
		for _, t := range s.terms {
			if err := step(t); err != nil {
				return nil, err
			}
		}
	}
}

// inOrder reports whether the document the readers stand on has the words
// at consecutive positions: for some occurrence p of the first word, word i
// at p+i, in the same array element.
func (s *phraseSearcher) inOrder() bool {
	lead := s.terms[0]
	for _, t := range s.terms {
		if !slices.IsSortedFunc(t.cur.Vectors, byPos) {
			slices.SortFunc(t.cur.Vectors, byPos)
		}
		t.at = 0
		if t.offset < lead.offset {
			lead = t
		}
	}
next:
	for _, v := range lead.cur.Vectors {
		for _, t := range s.terms {
			if t == lead {
				continue
			}
			want := v.Pos + t.offset - lead.offset
			vs := t.cur.Vectors
			for t.at < len(vs) && vs[t.at].Pos < want {
				t.at++
			}
			found := false
			for k := t.at; k < len(vs) && vs[k].Pos == want; k++ {
				if slices.Equal(vs[k].ArrayPositions, v.ArrayPositions) {
					found = true
					break
				}
			}
			if !found {
				continue next
			}
		}
		return true
	}
	return false
}

func byPos(a, b *bindex.TermFieldVector) int {
	switch {
	case a.Pos < b.Pos:
		return -1
	case a.Pos > b.Pos:
		return 1
	}
	return 0
}

// score makes the match as Bleve's conjunction of term searchers does: the
// first term's match, with the sum of the terms' scores.
func (s *phraseSearcher) score(ctx *search.SearchContext) *search.DocumentMatch {
	var rv *search.DocumentMatch
	sum := 0.0
	for _, t := range s.terms {
		tfd := *t.cur
		tfd.Vectors = nil // positions are not asked for: no locations in the hit
		dm := t.scorer.Score(ctx, &tfd)
		sum += dm.Score
		if rv == nil {
			rv = dm
		} else {
			ctx.DocumentMatchPool.Put(dm)
		}
	}
	rv.Score = sum
	return rv
}

func (s *phraseSearcher) Close() error {
	var first error
	for _, t := range s.terms {
		if err := t.reader.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (s *phraseSearcher) Weight() float64 {
	w := 0.0
	for _, t := range s.terms {
		w += t.scorer.Weight()
	}
	return w
}

func (s *phraseSearcher) SetQueryNorm(n float64) {
	for _, t := range s.terms {
		t.scorer.SetQueryNorm(n)
	}
}

func (s *phraseSearcher) Count() uint64 {
	var n uint64
	for _, t := range s.terms {
		n += t.reader.Count()
	}
	return n
}

func (s *phraseSearcher) Min() int { return 0 }

func (s *phraseSearcher) Size() int {
	n := 0
	for _, t := range s.terms {
		n += t.reader.Size()
	}
	return n
}

func (s *phraseSearcher) DocumentMatchPoolSize() int { return 2 * len(s.terms) }
