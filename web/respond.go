package web

import (
	"context"
	"errors"
	"net/http"
	"time"

	"baocao"
)

// problem is an error a user may see: an HTTP status and what to tell them,
// in Vietnamese.
type problem struct {
	status int
	msg    string
}

func (p *problem) Error() string { return p.msg }

func newProblem(status int, msg string) *problem { return &problem{status: status, msg: msg} }

var errBusy = newProblem(http.StatusServiceUnavailable, "Máy chủ đang bận; hãy thử lại sau giây lát.")

// explain decides what a user sees of an error: its status and message. Only
// problems, not-found errors and the domain's errors carry a message meant
// for people; anything else is logged and shown as a generic internal error.
func (s *Server) explain(r *http.Request, err error) (int, string) {
	var p *problem
	var be *baocao.Error
	switch {
	case errors.As(err, &p):
		return p.status, p.msg
	case errors.Is(err, baocao.ErrNotFound):
		return http.StatusNotFound, "Không tìm thấy; có thể đường dẫn đã cũ."
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn("request took too long", "path", r.URL.Path, "err", err)
		return http.StatusServiceUnavailable, "Máy chủ trả lời quá lâu; hãy thử lại, hoặc thu hẹp tìm kiếm."
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		return http.StatusServiceUnavailable, "Yêu cầu đã bị hủy."
	case errors.As(err, &be):
		if be.Code == baocao.EINTERNAL && be.Err != nil {
			s.log.Warn("request refused", "path", r.URL.Path, "err", be.Err)
		}
		return statusOf(be.Code), be.Message
	}
	s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "Lỗi nội bộ; hãy thử lại, nếu vẫn lỗi hãy báo quản trị viên."
}

// statusOf maps the domain's error codes to HTTP.
func statusOf(code string) int {
	switch code {
	case baocao.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case baocao.EFORMAT:
		return http.StatusUnsupportedMediaType
	case baocao.EINTERNAL:
		return http.StatusServiceUnavailable
	}
	return http.StatusConflict
}

// apiFail answers an API call with the error, as JSON.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.explain(r, err)
	writeError(w, status, msg)
}

// pageFail answers a page with the error page.
func (s *Server) pageFail(w http.ResponseWriter, r *http.Request, a *Auth, err error) {
	status, msg := s.explain(r, err)
	title := "Không làm được"
	if status == http.StatusNotFound {
		title = "Không tìm thấy"
	}
	v := View{Title: title, Data: msg}
	if a != nil {
		v.User, v.CSRF = a.User, a.CSRF
	}
	s.render(w, status, "error", v)
}

// gate bounds the heavy requests served at once (searches that walk the
// index, workbooks, record pages, uploads): each holds a slot while it works;
// one that waits longer than gateWait is told the server is busy.
type gate chan struct{}

const gateWait = 15 * time.Second

func (g gate) enter(ctx context.Context) error {
	t := time.NewTimer(gateWait)
	defer t.Stop()
	select {
	case g <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return errBusy
	}
}

func (g gate) leave() { <-g }

// heavy runs fn holding a slot of the gate, under a deadline.
func (s *Server) heavy(ctx context.Context, d time.Duration, fn func(ctx context.Context) error) error {
	if err := s.work.enter(ctx); err != nil {
		return err
	}
	defer s.work.leave()
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return fn(ctx)
}

// needIndex is the error of a page that needs the index when there is none.
func (s *Server) needIndex() error {
	if s.cfg.Index == nil {
		return newProblem(http.StatusServiceUnavailable, "Chỉ mục chưa sẵn sàng; hãy thử lại sau ít phút.")
	}
	return nil
}
