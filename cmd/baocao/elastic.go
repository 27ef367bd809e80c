package main

import (
	"context"
	"errors"

	"baocao"
)

func openElastic(ctx context.Context, url string) (baocao.Index, error) {
	return nil, errors.New("elasticsearch backend not wired yet")
}
