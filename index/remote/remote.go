// Package remote lets a second process use an index that another process
// holds open. An embedded Bleve index is locked by the process that writes it
// (baocao ingest, the daemon); that process serves its index on a Unix socket
// in the data directory, and baocao search, check or a second ingest talk to
// it through Client, which implements baocao.Index like any backend.
package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"baocao"
)

// Serve serves ix on a Unix socket at path until ctx ends or the returned
// stop is called; stop waits for the server to finish and removes the socket.
// Only the socket's owner may connect.
func Serve(ctx context.Context, ix baocao.Index, path string) (stop func(), err error) {
	if c, err := net.DialTimeout("unix", path, 200*time.Millisecond); err == nil {
		c.Close()
		return nil, fmt.Errorf("serve index on %s: another process is serving it", path)
	}
	_ = os.Remove(path) // a socket left by a process that died
	l, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("serve index on %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return nil, fmt.Errorf("serve index on %s: %w", path, err)
	}
	srv := &http.Server{Handler: handler(ix), ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(l)
	}()
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		<-ctx.Done()
		sctx, c := context.WithTimeout(context.Background(), 10*time.Second)
		defer c()
		_ = srv.Shutdown(sctx)
	}()
	return func() {
		cancel()
		<-done
		_ = os.Remove(path)
	}, nil
}

// request is what a client sends: one call, its arguments.
type request struct {
	Query  baocao.Query       `json:"query"`
	ID     string             `json:"id"`
	SHA256 string             `json:"sha256"`
	File   baocao.IndexedFile `json:"file"`
}

type response struct {
	Error    string              `json:"error,omitempty"`
	NotFound bool                `json:"not_found,omitempty"`
	Has      bool                `json:"has,omitempty"`
	Hit      baocao.Hit          `json:"hit"`
	Result   baocao.SearchResult `json:"result"`
	Agg      baocao.Aggregates   `json:"agg"`
	Hits     []baocao.Hit        `json:"hits,omitempty"`
	After    string              `json:"after,omitempty"`
	Text     string              `json:"text,omitempty"`
}

func handler(ix baocao.Index) http.Handler {
	mux := http.NewServeMux()
	handle := func(name string, fn func(ctx context.Context, req request, res *response) error) {
		mux.HandleFunc("POST /"+name, func(w http.ResponseWriter, r *http.Request) {
			var req request
			var res response
			if err := json.NewDecoder(io.LimitReader(r.Body, 64<<20)).Decode(&req); err != nil {
				res.Error = "bad request: " + err.Error()
			} else if err := fn(r.Context(), req, &res); err != nil {
				res.Error = err.Error()
				res.NotFound = errors.Is(err, baocao.ErrNotFound)
			}
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(res)
		})
	}
	handle("put", func(ctx context.Context, req request, _ *response) error { return ix.PutFile(ctx, req.File) })
	handle("remove", func(ctx context.Context, req request, _ *response) error { return ix.RemoveFile(ctx, req.SHA256) })
	handle("has", func(ctx context.Context, req request, res *response) (err error) {
		res.Has, err = ix.HasFile(ctx, req.SHA256)
		return err
	})
	handle("record", func(ctx context.Context, req request, res *response) (err error) {
		res.Hit, err = ix.Record(ctx, req.ID)
		return err
	})
	handle("document", func(ctx context.Context, req request, res *response) (err error) {
		res.Hit, res.Text, err = ix.Document(ctx, req.SHA256)
		return err
	})
	handle("search", func(ctx context.Context, req request, res *response) (err error) {
		res.Result, err = ix.Search(ctx, req.Query)
		return err
	})
	handle("aggregate", func(ctx context.Context, req request, res *response) (err error) {
		res.Agg, err = ix.Aggregate(ctx, req.Query)
		return err
	})
	handle("each", func(ctx context.Context, req request, res *response) error {
		// One page of the walk per call, after the ID the client last saw.
		const page = 1000
		errPage := errors.New("page full")
		err := ix.Each(ctx, req.Query, func(h baocao.Hit) error {
			res.Hits = append(res.Hits, h)
			if len(res.Hits) == page {
				res.After = h.ID
				return errPage
			}
			return nil
		})
		if errors.Is(err, errPage) {
			return nil
		}
		return err
	})
	return mux
}

// Client is an index served by another process.
type Client struct {
	c *http.Client
}

var _ baocao.Index = (*Client)(nil)

// Dial connects to the index served at path.
func Dial(path string) (*Client, error) {
	conn, err := net.DialTimeout("unix", path, time.Second)
	if err != nil {
		return nil, fmt.Errorf("connect to index at %s: %w", path, err)
	}
	conn.Close()
	return &Client{c: &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		},
	}}}, nil
}

func (c *Client) call(ctx context.Context, name string, req request) (response, error) {
	var res response
	body, err := json.Marshal(req)
	if err != nil {
		return res, err
	}
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://index/"+name, bytes.NewReader(body))
	if err != nil {
		return res, err
	}
	resp, err := c.c.Do(r)
	if err != nil {
		return res, fmt.Errorf("index %s: %w", name, err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return res, fmt.Errorf("index %s: %w", name, err)
	}
	switch {
	case res.NotFound:
		return res, fmt.Errorf("index %s: %s: %w", name, res.Error, baocao.ErrNotFound)
	case res.Error != "":
		return res, fmt.Errorf("index %s: %s", name, res.Error)
	}
	return res, nil
}

// PutFile asks the serving process to store the file.
func (c *Client) PutFile(ctx context.Context, f baocao.IndexedFile) error {
	_, err := c.call(ctx, "put", request{File: f})
	return err
}

// RemoveFile asks the serving process to remove the file.
func (c *Client) RemoveFile(ctx context.Context, sha string) error {
	_, err := c.call(ctx, "remove", request{SHA256: sha})
	return err
}

// HasFile reports whether the file is in the index.
func (c *Client) HasFile(ctx context.Context, sha string) (bool, error) {
	res, err := c.call(ctx, "has", request{SHA256: sha})
	return res.Has, err
}

// Record returns one record by ID.
func (c *Client) Record(ctx context.Context, id string) (baocao.Hit, error) {
	res, err := c.call(ctx, "record", request{ID: id})
	return res.Hit, err
}

// Document returns a file's document and its text.
func (c *Client) Document(ctx context.Context, sha string) (baocao.Hit, string, error) {
	res, err := c.call(ctx, "document", request{SHA256: sha})
	return res.Hit, res.Text, err
}

// Search returns one page of hits.
func (c *Client) Search(ctx context.Context, q baocao.Query) (baocao.SearchResult, error) {
	res, err := c.call(ctx, "search", request{Query: q})
	return res.Result, err
}

// Aggregate sums the matching records.
func (c *Client) Aggregate(ctx context.Context, q baocao.Query) (baocao.Aggregates, error) {
	res, err := c.call(ctx, "aggregate", request{Query: q})
	return res.Agg, err
}

// Each walks every matching record, a page per call to the serving process.
func (c *Client) Each(ctx context.Context, q baocao.Query, fn func(baocao.Hit) error) error {
	for {
		res, err := c.call(ctx, "each", request{Query: q})
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h); err != nil {
				return err
			}
		}
		if res.After == "" {
			return nil
		}
		q.After = res.After
	}
}

// Close releases the connections.
func (c *Client) Close() error {
	c.c.CloseIdleConnections()
	return nil
}
