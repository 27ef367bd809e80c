// Package elastic is the index on an Elasticsearch cluster, for when one
// machine is not enough. It stores the same documents and answers the same
// queries as the embedded index (the contract tests prove it), and is set up
// the way operators expect: a component template and an index template, a
// versioned index behind an alias (a mapping change is a reindex and an alias
// swap), bulk writes, retries with backoff, clear errors.
//
// It needs nothing beyond a plain cluster: no analysis plugin (text is folded
// in Go and analysed with the built-in standard analyzer) and no reindex
// module (stale records are found by a search and deleted in bulk).
package elastic

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"os"
	"sync"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"

	"baocao"
)

// Errors callers branch on, with errors.Is. The error that carries them says
// what failed, where, and why.
var (
	ErrUnavailable  = errors.New("elastic: cluster unavailable")
	ErrUnauthorized = errors.New("elastic: credentials rejected")
)

// Config says where the cluster is and how to log in. Credentials come from
// the environment or a config file, never from a flag. The user (or API key)
// needs the cluster privileges monitor and manage_index_templates, and the
// index privileges all on PREFIX-records* (create the index, point the alias,
// read and write).
type Config struct {
	URL         string // http(s)://host:port; user:password@ in it works too
	Username    string
	Password    string
	APIKey      string // base64 "id:key", as Kibana shows it
	CAFile      string // PEM file of the CA that signed the cluster's certificate
	IndexPrefix string // default "baocao": indices baocao-records-v1…, alias baocao-records
}

// ConfigFromEnv reads BAOCAO_ES_URL, BAOCAO_ES_USERNAME, BAOCAO_ES_PASSWORD,
// BAOCAO_ES_API_KEY and BAOCAO_ES_CA_FILE.
func ConfigFromEnv() Config {
	return Config{
		URL: os.Getenv("BAOCAO_ES_URL"), Username: os.Getenv("BAOCAO_ES_USERNAME"), Password: os.Getenv("BAOCAO_ES_PASSWORD"),
		APIKey: os.Getenv("BAOCAO_ES_API_KEY"), CAFile: os.Getenv("BAOCAO_ES_CA_FILE"),
	}
}

// maxRetries is how often a request is retried after a lost connection, a
// 429 or a 502/503/504, with exponential backoff (about 6 s in all).
const maxRetries = 5

// backoff is the wait before retry attempt n (1, 2, …): exponential from
// 200 ms, capped at 5 s, with jitter so that writers do not retry in step.
func backoff(n int) time.Duration {
	d := min(100*time.Millisecond<<n, 5*time.Second)
	return d/2 + rand.N(d/2+1)
}

// Index is the records index on a cluster.
type Index struct {
	es     *elasticsearch.Client
	where  string // the cluster's URL without credentials, for messages
	alias  string
	logger *slog.Logger
	close  sync.Once
}

var _ baocao.Index = (*Index)(nil)

// Open connects, checks that the cluster answers and accepts the credentials,
// and creates the templates, the versioned index and its alias when they are
// missing (safe when several processes open at once). A cluster that does
// not answer fails at once with ErrUnavailable rather than after retries.
func Open(ctx context.Context, cfg Config, logger *slog.Logger) (*Index, error) {
	if logger == nil {
		logger = slog.Default()
	}
	if cfg.IndexPrefix == "" {
		cfg.IndexPrefix = "baocao"
	}
	u, err := url.Parse(cfg.URL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("elastic: the cluster's URL %q is not http(s)://host:port", cfg.URL)
	}
	where := u.Redacted()
	ec := elasticsearch.Config{
		Addresses: []string{cfg.URL}, Username: cfg.Username, Password: cfg.Password, APIKey: cfg.APIKey,
		RetryOnStatus: []int{429, 502, 503, 504}, MaxRetries: maxRetries, RetryBackoff: backoff,
	}
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("elastic: read CA file: %w", err)
		}
		ec.CACert = pem
	}
	// The first request goes without retries, so that a wrong address or a
	// stopped cluster is reported now, not after the backoff.
	probe := ec
	probe.DisableRetry = true
	pc, err := elasticsearch.NewClient(probe)
	if err != nil {
		return nil, fmt.Errorf("elastic: %w", err)
	}
	defer pc.Close(context.Background())
	px := &Index{es: pc, where: where}
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := px.do(pctx, "check cluster", nil, func() (*esapi.Response, error) {
		return pc.Cluster.Health(pc.Cluster.Health.WithContext(pctx))
	}); err != nil {
		return nil, err
	}

	es, err := elasticsearch.NewClient(ec)
	if err != nil {
		return nil, fmt.Errorf("elastic: %w", err)
	}
	x := &Index{es: es, where: where, alias: cfg.IndexPrefix + "-records", logger: logger.With("elasticsearch", where)}
	if err := x.setup(ctx, cfg.IndexPrefix); err != nil {
		es.Close(context.Background())
		return nil, err
	}
	return x, nil
}

// Alias is the name searches and writes go through, for Kibana and operators.
func (x *Index) Alias() string { return x.alias }

// Close releases the client's connections. Every write is confirmed before
// PutFile or RemoveFile returns, so there is nothing left to flush.
func (x *Index) Close() error {
	var err error
	x.close.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = x.es.Close(ctx)
	})
	return err
}
