// Package ranking measures how well search ranks what an analyst looks for,
// on both index backends: a judged query set made from the samples' truth
// (every chair's and reporter's name typed without diacritics, every unit,
// every document symbol, a dozen topic phrases), scored by mean reciprocal
// rank and by the share of queries whose first hit is a right answer.
package ranking

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"baocao"
	"baocao/extract"
	"baocao/index/bleve"
	"baocao/index/elastic"
	"baocao/vntext"
)

// sampleDirs are the samples of typed reports, whose truth is exact.
var sampleDirs = []string{"pdf", "pdf-protected", "docx", "xlsx", "xls", "legacy"}

// query is one judged query: what an analyst types, and which hits answer it.
type query struct {
	class string // name, unit, symbol, topic
	text  string
	right func(h baocao.Hit) bool
}

// corpus is the samples read as the intake reads them, and the judged queries.
type corpus struct {
	files   []baocao.IndexedFile
	queries []query
}

var (
	once   sync.Once
	shared corpus
	err    error
)

func load(t *testing.T) corpus {
	t.Helper()
	once.Do(func() { shared, err = read() })
	if err != nil {
		t.Fatal(err)
	}
	return shared
}

func read() (corpus, error) {
	var c corpus
	type truth struct {
		Records []baocao.Record `json:"records"`
	}
	// What each query answers: the files whose records hold it, so that a
	// report's document is as right as its record.
	names, units, symbols, topics := map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, key, sha string) {
		if key == "" {
			return
		}
		if m[key] == nil {
			m[key] = map[string]bool{}
		}
		m[key][sha] = true
	}
	for _, dir := range sampleDirs {
		paths, _ := filepath.Glob(filepath.Join("../../samples", dir, "*.json"))
		for _, jp := range paths {
			var tr truth
			b, err := os.ReadFile(jp)
			if err != nil {
				return c, err
			}
			if err := json.Unmarshal(b, &tr); err != nil {
				return c, fmt.Errorf("%s: %w", jp, err)
			}
			matches, _ := filepath.Glob(strings.TrimSuffix(jp, ".json") + ".*")
			for _, p := range matches {
				if strings.HasSuffix(p, ".json") {
					continue
				}
				res, err := extract.File(context.Background(), p, extract.DefaultOptions)
				if err != nil {
					continue // a sample of a file that must be refused (a password to open)
				}
				c.files = append(c.files, res.Indexed([]string{p}))
				for _, r := range tr.Records {
					if r.Chair != nil {
						add(names, r.Chair.Name, res.SHA256)
					}
					for _, p := range r.Reporters {
						add(names, p.Name, res.SHA256)
					}
					add(units, r.Unit, res.SHA256)
					add(symbols, r.DocNumber, res.SHA256)
					for _, it := range r.Program {
						add(topics, it.Topic, res.SHA256)
					}
				}
			}
		}
	}
	// Typed without diacritics, two names may read alike ("Khe Mạ", "Khe
	// Mà"): either answers it.
	fold := func(s string) string { return strings.ToLower(vntext.Fold(s)) }
	names, units = byKey(names), byKey(units)
	person := func(name string) func(baocao.Hit) bool {
		return func(h baocao.Hit) bool {
			if h.Type == baocao.HitDocument {
				return names[name][h.SHA256]
			}
			r := h.Record
			if r.Chair != nil && key(r.Chair.Name) == name {
				return true
			}
			for _, p := range r.Reporters {
				if key(p.Name) == name {
					return true
				}
			}
			return false
		}
	}
	for _, k := range sortedKeys(names) {
		c.queries = append(c.queries, query{"name", k, person(k)})
	}
	// Units: a roll-up of 2,000 rows names most; every seventh keeps the
	// measure's time within a test's.
	for i, k := range sortedKeys(units) {
		if i%7 != 0 {
			continue
		}
		unit := k
		c.queries = append(c.queries, query{"unit", unit, func(h baocao.Hit) bool {
			if h.Type == baocao.HitDocument {
				return units[unit][h.SHA256]
			}
			return key(h.Record.Unit) == unit
		}})
	}
	for _, k := range sortedKeys(symbols) {
		sym := k
		c.queries = append(c.queries, query{"symbol", sym, func(h baocao.Hit) bool {
			if h.Type == baocao.HitDocument {
				return h.Document != nil && h.Document.DocNumber == sym || symbols[sym][h.SHA256] && h.Document.Records > 0
			}
			return h.Record.DocNumber == sym
		}})
	}
	// A dozen topics, spread over the list: the phrases analysts remember.
	ts := sortedKeys(topics)
	for i := 0; i < 12 && i < len(ts); i++ {
		topic := ts[i*len(ts)/min(12, len(ts))]
		c.queries = append(c.queries, query{"topic", fold(topic), func(h baocao.Hit) bool {
			if h.Type == baocao.HitDocument {
				return topics[topic][h.SHA256]
			}
			for _, it := range h.Record.Program {
				if it.Topic == topic {
					return true
				}
			}
			return false
		}})
	}
	return c, nil
}

// key is a name as typed without diacritics: folded, lower case, its words
// joined by single spaces.
func key(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(vntext.Fold(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// byKey merges the names that fold to one key.
func byKey(m map[string]map[string]bool) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for name, files := range m {
		k := key(name)
		if out[k] == nil {
			out[k] = map[string]bool{}
		}
		for f := range files {
			out[k][f] = true
		}
	}
	return out
}

func sortedKeys(m map[string]map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// score is how one class of queries ranks.
type score struct {
	n, first int
	rr       float64
	misses   []string
}

// measure runs every judged query on ix and scores it by class.
func measure(t *testing.T, ix baocao.Index, c corpus) map[string]*score {
	t.Helper()
	ctx := context.Background()
	for _, f := range c.files {
		if err := ix.PutFile(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	out := map[string]*score{}
	for _, q := range c.queries {
		s := out[q.class]
		if s == nil {
			s = &score{}
			out[q.class] = s
		}
		s.n++
		res, err := ix.Search(ctx, baocao.Query{Text: q.text, Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		rank := 0
		for i, h := range res.Hits {
			if q.right(h) {
				rank = i + 1
				break
			}
		}
		if rank == 1 {
			s.first++
		} else {
			first := ""
			if len(res.Hits) > 0 {
				h := res.Hits[0]
				first = h.Type + " " + h.Record.Unit + h.File
			}
			s.misses = append(s.misses, fmt.Sprintf("%q: right answer at %d; first %s", q.text, rank, first))
		}
		if rank > 0 {
			s.rr += 1 / float64(rank)
		}
	}
	return out
}

// aims: the share of queries whose first hit is right.
var aims = map[string]float64{"name": 0.95, "unit": 0.95, "symbol": 0.95, "topic": 0}

func report(t *testing.T, backend string, scores map[string]*score) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s:\n  class   queries  first right  MRR\n", backend)
	for _, class := range []string{"name", "unit", "symbol", "topic"} {
		s := scores[class]
		if s == nil || s.n == 0 {
			t.Errorf("no %s queries", class)
			continue
		}
		p1 := float64(s.first) / float64(s.n)
		fmt.Fprintf(&b, "  %-7s %7d  %5.1f%%      %.3f\n", class, s.n, 100*p1, s.rr/float64(s.n))
		if p1 < aims[class] {
			t.Errorf("%s %s queries: the right answer first for %.1f%%, aim %.0f%%", backend, class, 100*p1, 100*aims[class])
		}
		for i, m := range s.misses {
			if i == 10 {
				fmt.Fprintf(&b, "    … %d more\n", len(s.misses)-10)
				break
			}
			fmt.Fprintf(&b, "    %s\n", m)
		}
	}
	t.Log("\n" + b.String())
}

func TestRankingBleve(t *testing.T) {
	c := load(t)
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	report(t, "Bleve", measure(t, ix, c))
}

func TestRankingElasticsearch(t *testing.T) {
	url := os.Getenv("BAOCAO_TEST_ES_URL")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("BAOCAO_TEST_ES_URL is not set: run make test, which starts Elasticsearch")
		}
		t.Skip("no Elasticsearch: run make test, or scripts/elasticsearch.sh start and env $(scripts/elasticsearch.sh env) go test")
	}
	c := load(t)
	cfg := elastic.Config{URL: url, Username: os.Getenv("BAOCAO_TEST_ES_USERNAME"), Password: os.Getenv("BAOCAO_TEST_ES_PASSWORD"),
		IndexPrefix: fmt.Sprintf("rank%d", rand.Int63())}
	ix, err := elastic.Open(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		ix.Close()
		for _, path := range []string{"/" + cfg.IndexPrefix + "-records-v1", "/_index_template/" + cfg.IndexPrefix + "-records", "/_component_template/" + cfg.IndexPrefix + "-records"} {
			req, _ := http.NewRequest(http.MethodDelete, cfg.URL+path, nil)
			req.SetBasicAuth(cfg.Username, cfg.Password)
			if res, err := http.DefaultClient.Do(req); err == nil {
				res.Body.Close()
			}
		}
	}()
	report(t, "Elasticsearch", measure(t, ix, c))
}
