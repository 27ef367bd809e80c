package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"baocao"
)

// clusterError says in plain English what went wrong with the cluster; it
// unwraps to the sentinel callers branch on and to the technical cause.
type clusterError struct {
	msg  string
	errs []error
}

func (e *clusterError) Error() string   { return e.msg }
func (e *clusterError) Unwrap() []error { return e.errs }

// unreachable is the error for a request that got no answer.
func (x *Index) unreachable(ctx context.Context, what string, cause error) error {
	if errors.Is(cause, context.Canceled) && ctx.Err() != nil {
		return fmt.Errorf("%s: %w", what, cause) // the caller gave up: not the cluster's fault
	}
	return &clusterError{
		msg:  fmt.Sprintf("%s: elasticsearch at %s is unreachable: %v", what, x.where, cause),
		errs: []error{ErrUnavailable, cause},
	}
}

// esError is the error object of an Elasticsearch answer.
type esError struct {
	Error struct {
		Type   string `json:"type"`
		Reason string `json:"reason"`
	} `json:"error"`
}

// reason is the type and reason of an error answer, or its start.
func reason(body []byte) (typ, text string) {
	var e esError
	if json.Unmarshal(body, &e) == nil && e.Error.Type != "" {
		return e.Error.Type, e.Error.Type + ": " + e.Error.Reason
	}
	s := string(bytes.TrimSpace(body))
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return "", s
}

// statusError is the error for an answer with an error status.
func (x *Index) statusError(what string, status int, body []byte) error {
	_, why := reason(body)
	switch {
	case status == http.StatusUnauthorized:
		return &clusterError{
			msg:  fmt.Sprintf("%s: elasticsearch at %s: credentials rejected (401): check BAOCAO_ES_USERNAME/BAOCAO_ES_PASSWORD or BAOCAO_ES_API_KEY", what, x.where),
			errs: []error{ErrUnauthorized},
		}
	case status == http.StatusForbidden:
		return &clusterError{
			msg:  fmt.Sprintf("%s: elasticsearch at %s: permission denied (403): %s", what, x.where, why),
			errs: []error{ErrUnauthorized},
		}
	case status == http.StatusNotFound:
		return fmt.Errorf("%s: %s: %w", what, why, baocao.ErrNotFound)
	case status == http.StatusTooManyRequests || status >= 500:
		return &clusterError{
			msg:  fmt.Sprintf("%s: elasticsearch at %s is overloaded or failing (%d, after retries): %s", what, x.where, status, why),
			errs: []error{ErrUnavailable},
		}
	}
	return fmt.Errorf("%s: elasticsearch at %s answered %d: %s", what, x.where, status, why)
}

// do runs one request, decodes a successful answer into out (when not nil),
// and turns failures into errors that say what happened.
func (x *Index) do(ctx context.Context, what string, out any, call func() (*esapi.Response, error)) error {
	res, err := call()
	if err != nil {
		return x.unreachable(ctx, what, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return x.unreachable(ctx, what, err)
	}
	if res.IsError() {
		return x.statusError(what, res.StatusCode, body)
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			return fmt.Errorf("%s: decode the answer: %w", what, err)
		}
	}
	return nil
}

func jsonBody(v any) *bytes.Reader { return bytes.NewReader(mustJSON(v)) }

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // request shapes of plain maps and index.Doc
	}
	return b
}
