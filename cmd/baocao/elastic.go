package main

import (
	"context"
	"log/slog"

	"baocao"
	"baocao/index/elastic"
)

// openElastic opens the index on an Elasticsearch cluster; credentials and
// the CA come from the environment, the address from --es.
func openElastic(ctx context.Context, url string) (baocao.Index, error) {
	cfg := elastic.ConfigFromEnv()
	cfg.URL = url
	return elastic.Open(ctx, cfg, slog.Default())
}
