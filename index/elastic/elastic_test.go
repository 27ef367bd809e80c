package elastic_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand"
	"net/http"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/index"
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
		t.Skip("no Elasticsearch: run make test, or scripts/elasticsearch.sh start and env $(scripts/elasticsearch.sh env) go test")
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

var quiet = slog.New(slog.DiscardHandler)

// open opens the index under a fresh prefix and deletes it afterwards.
func open(t testing.TB, cfg elastic.Config) *elastic.Index {
	t.Helper()
	cfg.IndexPrefix = fmt.Sprintf("t%d", rand.Int63())
	ix, err := elastic.Open(context.Background(), cfg, quiet)
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
		ix, err := elastic.Open(context.Background(), cfg, quiet)
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

// call sends one request to the server as the test user and decodes the answer.
func call(t testing.TB, cfg elastic.Config, method, path, body string, out any) int {
	t.Helper()
	req, err := http.NewRequest(method, cfg.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth(cfg.Username, cfg.Password)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if out != nil {
		if err := json.NewDecoder(res.Body).Decode(out); err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
	}
	return res.StatusCode
}

func TestTwoProcessesOpeningAtOnceBothSucceed(t *testing.T) {
	cfg := server(t)
	cfg.IndexPrefix = fmt.Sprintf("t%d", rand.Int63())
	defer drop(cfg)
	errs := make(chan error, 4)
	for range cap(errs) {
		go func() {
			ix, err := elastic.Open(context.Background(), cfg, quiet)
			if err == nil {
				ix.Close()
			}
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	var aliases map[string]any
	call(t, cfg, http.MethodGet, "/_alias/"+cfg.IndexPrefix+"-records", "", &aliases)
	if len(aliases) != 1 || aliases[cfg.IndexPrefix+"-records-v1"] == nil {
		t.Errorf("alias points at %v, want only the versioned index", aliases)
	}
}

func TestEveryFieldIsMappedAndTheIndexIsGreen(t *testing.T) {
	cfg := server(t)
	ix := open(t, cfg)
	name := strings.TrimSuffix(ix.Alias(), "-records") + "-records-v1"
	var m map[string]struct {
		Mappings struct {
			Properties map[string]map[string]any `json:"properties"`
		} `json:"mappings"`
	}
	call(t, cfg, http.MethodGet, "/"+name+"/_mapping", "", &m)
	props := m[name].Mappings.Properties
	doc := reflect.TypeFor[index.Doc]()
	for i := range doc.NumField() {
		field, _, _ := strings.Cut(doc.Field(i).Tag.Get("json"), ",")
		if props[field] == nil {
			t.Errorf("index.Doc's %s is not mapped", field)
		}
	}
	for _, f := range []string{"text", "text_folded", "unit_text", "parent_text"} {
		if props[f]["type"] != "text" || props[f]["analyzer"] != "standard" {
			t.Errorf("%s is mapped as %v, want text with the standard analyzer", f, props[f])
		}
	}
	if props["source"]["index"] != false {
		t.Errorf("source is mapped as %v, want not indexed", props["source"])
	}
	var health struct {
		Status string `json:"status"`
	}
	call(t, cfg, http.MethodGet, "/_cluster/health/"+name+"?wait_for_status=green&timeout=10s", "", &health)
	if health.Status != "green" {
		t.Errorf("index health %q, want green on a single node", health.Status)
	}
}

func TestAnAliasOnAnotherVersionIsNotDoubled(t *testing.T) {
	cfg := server(t)
	cfg.IndexPrefix = fmt.Sprintf("t%d", rand.Int63())
	defer drop(cfg)
	old := cfg.IndexPrefix + "-records-v0"
	defer call(t, cfg, http.MethodDelete, "/"+old, "", nil)
	if st := call(t, cfg, http.MethodPut, "/"+old, `{"aliases": {"`+cfg.IndexPrefix+`-records": {}}}`, nil); st != http.StatusOK {
		t.Fatalf("create %s: %d", old, st)
	}
	_, err := elastic.Open(context.Background(), cfg, quiet)
	if err == nil || !strings.Contains(err.Error(), "reindex") {
		t.Errorf("open with the alias on %s: %v, want an error that says to reindex", old, err)
	}
}

func TestClearErrors(t *testing.T) {
	cfg := server(t)
	tests := []struct {
		name     string
		cfg      elastic.Config
		want     error
		says     string
		quick    bool
		redacted string
	}{
		{name: "a wrong password is rejected as such", cfg: elastic.Config{URL: cfg.URL, Username: cfg.Username, Password: "wrong"},
			want: elastic.ErrUnauthorized, says: "credentials rejected (401)"},
		{name: "a wrong password in the URL is rejected and not repeated",
			cfg:  elastic.Config{URL: strings.Replace(cfg.URL, "://", "://elastic:s3cret-in-url@", 1)},
			want: elastic.ErrUnauthorized, says: "credentials rejected (401)", redacted: "s3cret-in-url"},
		{name: "a port where nothing listens is unreachable at once", cfg: elastic.Config{URL: "http://127.0.0.1:1"},
			want: elastic.ErrUnavailable, says: "elasticsearch at http://127.0.0.1:1 is unreachable", quick: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := elastic.Open(context.Background(), tt.cfg, quiet)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("err = %q, want it to say %q", err, tt.says)
			}
			if tt.redacted != "" && strings.Contains(err.Error(), tt.redacted) {
				t.Errorf("err = %q shows the password", err)
			}
			if d := time.Since(start); tt.quick && d > 2*time.Second {
				t.Errorf("took %v to say so", d)
			}
		})
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

// BenchmarkPutFile is the latency of one roll-up file of 100 records, from
// PutFile to searchable, into an index that already holds 10,000 records.
func BenchmarkPutFile(b *testing.B) {
	cfg := server(b)
	ix := open(b, cfg)
	files := indextest.Synthetic(10_000 + 100*b.N)
	ctx := context.Background()
	for _, f := range files[:100] {
		if err := ix.PutFile(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := range b.N {
		if err := ix.PutFile(ctx, files[100+i]); err != nil {
			b.Fatal(err)
		}
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
