// Package elastic is the index on an Elasticsearch cluster, for when one
// machine is not enough. It stores the same documents and answers the same
// queries as the embedded index (the contract tests prove it), and is set up
// the way operators expect: a component template and an index template, a
// versioned index behind an alias (a mapping change is a reindex and an alias
// swap), bulk writes, retries with backoff, clear errors.
package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"

	"baocao"
)

// Errors callers branch on.
var (
	ErrUnavailable  = errors.New("elastic: cluster unreachable")
	ErrUnauthorized = errors.New("elastic: credentials rejected")
)

// Config says where the cluster is and how to log in. Credentials come from
// the environment or a config file, never from a flag.
type Config struct {
	URL         string
	Username    string
	Password    string
	APIKey      string
	CAFile      string // PEM file of the CA that signed the cluster's certificate
	IndexPrefix string // default "baocao"
}

// ConfigFromEnv reads BAOCAO_ES_URL, BAOCAO_ES_USERNAME, BAOCAO_ES_PASSWORD,
// BAOCAO_ES_API_KEY and BAOCAO_ES_CA_FILE.
func ConfigFromEnv() Config {
	return Config{
		URL: os.Getenv("BAOCAO_ES_URL"), Username: os.Getenv("BAOCAO_ES_USERNAME"), Password: os.Getenv("BAOCAO_ES_PASSWORD"),
		APIKey: os.Getenv("BAOCAO_ES_API_KEY"), CAFile: os.Getenv("BAOCAO_ES_CA_FILE"),
	}
}

// mappingVersion names the index behind the alias; a mapping change bumps it.
const mappingVersion = 1

// Index is the records index on a cluster.
type Index struct {
	es     *elasticsearch.Client
	alias  string
	logger *slog.Logger
}

var _ baocao.Index = (*Index)(nil)

// Open connects, checks the credentials, and creates the templates, the
// versioned index and its alias when they are missing (safe when several
// processes open at once).
func Open(ctx context.Context, cfg Config, logger *slog.Logger) (*Index, error) {
	if logger == nil {
		logger = slog.Default()
	}
	if cfg.IndexPrefix == "" {
		cfg.IndexPrefix = "baocao"
	}
	ec := elasticsearch.Config{
		Addresses: []string{cfg.URL}, Username: cfg.Username, Password: cfg.Password, APIKey: cfg.APIKey,
		RetryOnStatus: []int{429, 502, 503, 504}, MaxRetries: 5,
		RetryBackoff: func(attempt int) time.Duration {
			return min(time.Duration(1<<attempt)*100*time.Millisecond, 5*time.Second)
		},
	}
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("elastic: read CA file: %w", err)
		}
		ec.CACert = pem
	}
	es, err := elasticsearch.NewClient(ec)
	if err != nil {
		return nil, fmt.Errorf("elastic: %w", err)
	}
	x := &Index{es: es, alias: cfg.IndexPrefix + "-records", logger: logger}
	if err := x.do(ctx, "check cluster", nil, func() (*esapi.Response, error) {
		return es.Cluster.Health(es.Cluster.Health.WithContext(ctx), es.Cluster.Health.WithTimeout(5*time.Second))
	}); err != nil {
		return nil, err
	}
	if err := x.setup(ctx, cfg.IndexPrefix); err != nil {
		return nil, err
	}
	return x, nil
}

// do runs one request, decodes a successful answer into out, and turns
// failures into errors that say what happened.
func (x *Index) do(ctx context.Context, what string, out any, call func() (*esapi.Response, error)) error {
	res, err := call()
	if err != nil {
		return fmt.Errorf("%s: elasticsearch is unreachable (%v): %w", what, err, ErrUnavailable)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	switch {
	case res.StatusCode == http.StatusUnauthorized || res.StatusCode == http.StatusForbidden:
		return fmt.Errorf("%s: credentials rejected (%d): %w", what, res.StatusCode, ErrUnauthorized)
	case res.StatusCode == http.StatusNotFound && out == nil:
		return fmt.Errorf("%s: %w", what, baocao.ErrNotFound)
	case res.IsError():
		return fmt.Errorf("%s: %s: %s", what, res.Status(), truncate(string(body), 500))
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			return fmt.Errorf("%s: decode answer: %w", what, err)
		}
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func jsonBody(v any) *bytes.Reader {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // fixed request shapes of plain maps
	}
	return bytes.NewReader(b)
}

// Close releases nothing that needs releasing: writes are confirmed as made.
func (x *Index) Close() error { return nil }

// setup creates the templates, the versioned index and the alias.
func (x *Index) setup(ctx context.Context, prefix string) error {
	es := x.es
	name := fmt.Sprintf("%s-records-v%d", prefix, mappingVersion)
	kw := map[string]any{"type": "keyword"}
	text := map[string]any{"type": "text", "analyzer": "standard"}
	num := map[string]any{"type": "integer"}
	component := map[string]any{"template": map[string]any{
		"settings": map[string]any{"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
		"mappings": map[string]any{"dynamic": "strict", "properties": map[string]any{
			"id": kw, "kind": kw, "sha256": kw, "file": kw, "paths": kw, "format": kw, "removed": map[string]any{"type": "boolean"},
			"unit": kw, "unit_text": text, "parent_unit": kw, "parent_text": text, "doc_number": kw, "form": kw,
			"conference_date": map[string]any{"type": "date", "format": "yyyy-MM-dd"}, "month": kw,
			"members_present": num, "members_total": num, "others": num,
			"text": text, "text_folded": text,
			"source": map[string]any{"type": "keyword", "index": false, "doc_values": false},
		}},
	}}
	if err := x.do(ctx, "put component template", nil, func() (*esapi.Response, error) {
		return es.Cluster.PutComponentTemplate(prefix+"-records", jsonBody(component), es.Cluster.PutComponentTemplate.WithContext(ctx))
	}); err != nil {
		return err
	}
	tmpl := map[string]any{"index_patterns": []string{prefix + "-records-v*"}, "composed_of": []string{prefix + "-records"}, "priority": 200}
	if err := x.do(ctx, "put index template", nil, func() (*esapi.Response, error) {
		return es.Indices.PutIndexTemplate(prefix+"-records", jsonBody(tmpl), es.Indices.PutIndexTemplate.WithContext(ctx))
	}); err != nil {
		return err
	}
	res, err := es.Indices.Exists([]string{name}, es.Indices.Exists.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("check index: %w", ErrUnavailable)
	}
	res.Body.Close()
	if res.StatusCode == http.StatusNotFound {
		create := map[string]any{"aliases": map[string]any{x.alias: map[string]any{"is_write_index": true}}}
		err := x.do(ctx, "create index", nil, func() (*esapi.Response, error) {
			return es.Indices.Create(name, es.Indices.Create.WithBody(jsonBody(create)), es.Indices.Create.WithContext(ctx),
				es.Indices.Create.WithWaitForActiveShards("1"))
		})
		if err != nil && !strings.Contains(err.Error(), "resource_already_exists_exception") {
			return err // another process creating it at the same time is fine
		}
	}
	return nil
}
