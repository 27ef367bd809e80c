package elastic_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"os"
	"testing"
	"time"

	"baocao"
	"baocao/index/elastic"
	"baocao/index/indextest"
)

// server returns the config of the real Elasticsearch that make test starts
// (scripts/elasticsearch.sh). Without one, CI fails and a developer skips.
func server(t testing.TB) elastic.Config {
	t.Helper()
	url := os.Getenv("BAOCAO_TEST_ES_URL")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("BAOCAO_TEST_ES_URL is not set: run make test, which starts Elasticsearch")
		}
		t.Skip("no Elasticsearch: run make test, or scripts/elasticsearch.sh start and set BAOCAO_TEST_ES_URL")
	}
	return elastic.Config{URL: url, Username: os.Getenv("BAOCAO_TEST_ES_USERNAME"), Password: os.Getenv("BAOCAO_TEST_ES_PASSWORD")}
}

// drop deletes what an index prefix made on the server.
func drop(cfg elastic.Config) {
	for _, path := range []string{"/" + cfg.IndexPrefix + "-records-v1", "/_index_template/" + cfg.IndexPrefix + "-records", "/_component_template/" + cfg.IndexPrefix + "-records"} {
		req, _ := http.NewRequest(http.MethodDelete, cfg.URL+path, nil)
		req.SetBasicAuth(cfg.Username, cfg.Password)
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
		}
	}
}

// open opens the index under a fresh prefix and deletes it afterwards.
func open(t testing.TB, cfg elastic.Config) *elastic.Index {
	t.Helper()
	cfg.IndexPrefix = fmt.Sprintf("t%d", rand.Int63())
	ix, err := elastic.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close(); drop(cfg) })
	return ix
}

func TestContract(t *testing.T) {
	cfg := server(t)
	indextest.Run(t, func(t *testing.T) baocao.Index { return open(t, cfg) })
}

func TestOpenTwiceIsIdempotentAndUsesAnAlias(t *testing.T) {
	cfg := server(t)
	cfg.IndexPrefix = fmt.Sprintf("t%d", rand.Int63())
	defer drop(cfg)
	for i := 0; i < 2; i++ {
		ix, err := elastic.Open(context.Background(), cfg, nil)
		if err != nil {
			t.Fatalf("open %d: %v", i+1, err)
		}
		ix.Close()
	}
	req, _ := http.NewRequest(http.MethodGet, cfg.URL+"/_alias/"+cfg.IndexPrefix+"-records", nil)
	req.SetBasicAuth(cfg.Username, cfg.Password)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var aliases map[string]any
	if err := json.NewDecoder(res.Body).Decode(&aliases); err != nil || aliases[cfg.IndexPrefix+"-records-v1"] == nil {
		t.Errorf("alias points at %v (%v), want the versioned index", aliases, err)
	}
}

func TestClearErrors(t *testing.T) {
	cfg := server(t)
	bad := cfg
	bad.Password = "wrong"
	if _, err := elastic.Open(context.Background(), bad, nil); !errors.Is(err, elastic.ErrUnauthorized) {
		t.Errorf("wrong password: %v, want ErrUnauthorized", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := elastic.Open(ctx, elastic.Config{URL: "http://127.0.0.1:1"}, nil); !errors.Is(err, elastic.ErrUnavailable) {
		t.Errorf("nothing listening: %v, want ErrUnavailable", err)
	}
}

// Benchmarks against the same server: go test -run=^$ -bench=. ./index/elastic
func BenchmarkIndex10k(b *testing.B) {
	cfg := server(b)
	for range b.N {
		indextest.BenchIndexing(b, open(b, cfg), 10_000)
	}
}

func BenchmarkIndex100k(b *testing.B) {
	cfg := server(b)
	for range b.N {
		indextest.BenchIndexing(b, open(b, cfg), 100_000)
	}
}

func BenchmarkSearch10k(b *testing.B)  { benchSearch(b, 10_000) }
func BenchmarkSearch100k(b *testing.B) { benchSearch(b, 100_000) }

func benchSearch(b *testing.B, n int) {
	cfg := server(b)
	b.StopTimer()
	ix := open(b, cfg)
	indextest.BenchIndexing(b, ix, n)
	b.StartTimer()
	indextest.BenchSearch(b, ix)
}
