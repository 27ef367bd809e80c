package web

import (
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Auth is who makes a request, as a handler sees it.
type Auth struct {
	User User
	CSRF string // the token this session's forms carry; empty with Basic auth
}

// handlerFunc is a handler that knows who asks.
type handlerFunc func(w http.ResponseWriter, r *http.Request, a *Auth)

// page guards a page: without a session the browser goes to the login page,
// with too small a role it gets 403, and a POST must carry the session's
// form token. Its body is at most formLimit.
func (s *Server) page(role Role, h handlerFunc) http.Handler {
	return s.pageLimit(role, formLimit, h)
}

// pageLimit is page for a form whose body may reach limit bytes (an upload).
func (s *Server) pageLimit(role Role, limit int64, h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, c, ok := s.fromSession(r)
		if !ok {
			to := "/login"
			if r.Method == http.MethodGet && r.URL.Path != "/" {
				to += "?next=" + url.QueryEscape(r.URL.RequestURI())
			}
			http.Redirect(w, r, to, http.StatusSeeOther)
			return
		}
		if !a.User.May(role) {
			s.render(w, http.StatusForbidden, "error", View{User: a.User, CSRF: a.CSRF, Title: "Không có quyền",
				Data: "Tài khoản của bạn không có quyền làm việc này; hãy nhờ quản trị viên."})
			return
		}
		if r.Method == http.MethodPost {
			if err := parseBody(w, r, limit); err != nil {
				s.pageFail(w, r, a, err)
				return
			}
		}
		if r.Method == http.MethodPost && !s.sessions.checkCSRF(r, c) {
			s.render(w, http.StatusForbidden, "error", View{User: a.User, CSRF: a.CSRF, Title: "Phiên làm việc đã đổi",
				Data: "Biểu mẫu đã cũ hoặc không đến từ trang này; hãy tải lại trang rồi làm lại."})
			return
		}
		h(w, r, a)
	})
}

// api guards an API call: a session (whose POSTs carry the form token, in
// the X-CSRF-Token header or the csrf field) or HTTP Basic authentication, for
// scripts; without either it answers 401. Its body is at most formLimit.
func (s *Server) api(role Role, h handlerFunc) http.Handler {
	return s.apiLimit(role, formLimit, h)
}

// apiLimit is api for a call whose body may reach limit bytes (an upload).
func (s *Server) apiLimit(role Role, limit int64, h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, c, ok := s.fromSession(r)
		basic := false
		if !ok {
			if name, pass, has := r.BasicAuth(); has {
				if wait := s.limiter.attempt(clientIP(r), "user:"+name); wait > 0 {
					tooMany(w, wait)
					return
				}
				u, good := s.cfg.Users.Authenticate(name, pass)
				s.limiter.finish(!good, clientIP(r), "user:"+name)
				if !good {
					s.log.Warn("api basic auth refused", "user", name, "ip", clientIP(r))
				} else {
					s.limiter.succeed("user:" + name)
					a, ok, basic = &Auth{User: u}, true, true
				}
			}
		}
		if !ok {
			w.Header().Set("WWW-Authenticate", `Basic realm="baocao", charset="UTF-8"`)
			writeError(w, http.StatusUnauthorized, "Cần đăng nhập.")
			return
		}
		if !a.User.May(role) {
			writeError(w, http.StatusForbidden, "Tài khoản không có quyền làm việc này.")
			return
		}
		if r.Method == http.MethodPost {
			if err := parseBody(w, r, limit); err != nil {
				s.apiFail(w, r, err)
				return
			}
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !basic && !s.sessions.checkCSRF(r, c) {
			writeError(w, http.StatusForbidden, "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token).")
			return
		}
		h(w, r, a)
	})
}

// fromSession returns who the session cookie names, if it is valid and the
// user still exists with the same password.
func (s *Server) fromSession(r *http.Request) (*Auth, claims, bool) {
	c, ok := s.sessions.get(r)
	if !ok {
		return nil, c, false
	}
	u, ok := s.cfg.Users.Get(c.User)
	if !ok || passPrint(u) != c.Pass {
		return nil, c, false
	}
	return &Auth{User: u, CSRF: s.sessions.csrfToken(c)}, c, true
}

// loginView is what the login page shows.
type loginView struct {
	Name  string
	Next  string
	Error string
	Token string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := s.fromSession(r); ok {
		http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	v := loginView{Next: safeNext(r.URL.Query().Get("next")), Token: s.sessions.loginToken(w, r)}
	if s.cfg.Users.Len() == 0 {
		v.Error = "Chưa có tài khoản nào. Quản trị viên tạo tài khoản bằng lệnh: baocao user add --role admin TÊN"
	}
	s.render(w, http.StatusOK, "login", View{Title: "Đăng nhập", Data: v})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	name := strings.TrimSpace(r.PostFormValue("username"))
	v := loginView{Name: name, Next: safeNext(r.PostFormValue("next")), Token: s.sessions.loginToken(w, r)}
	ip := clientIP(r)
	if !s.sessions.checkLoginToken(r) {
		v.Error = "Trang đăng nhập đã cũ; hãy nhập lại."
		s.render(w, http.StatusForbidden, "login", View{Title: "Đăng nhập", Data: v})
		return
	}
	if wait := s.limiter.attempt(ip, "user:"+name); wait > 0 {
		w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
		v.Error = fmt.Sprintf("Đăng nhập sai quá nhiều lần; hãy thử lại sau %d phút.", int(wait.Minutes())+1)
		s.render(w, http.StatusTooManyRequests, "login", View{Title: "Đăng nhập", Data: v})
		return
	}
	u, ok := s.cfg.Users.Authenticate(name, r.PostFormValue("password"))
	s.limiter.finish(!ok, ip, "user:"+name)
	if !ok {
		s.log.Warn("login refused", "user", name, "ip", ip)
		v.Error = "Sai tên đăng nhập hoặc mật khẩu."
		s.render(w, http.StatusUnauthorized, "login", View{Title: "Đăng nhập", Data: v})
		return
	}
	s.limiter.succeed("user:" + name)
	s.log.Info("login", "user", u.Name, "ip", ip)
	s.sessions.start(w, u)
	http.Redirect(w, r, v.Next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, a *Auth) {
	s.sessions.end(w)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// safeNext keeps a redirect after login on this site: a local path only.
// Browsers drop tabs and newlines from a location and read a backslash as a
// slash, so "/\t/evil.example" is "//evil.example", another host: any
// control character or backslash is refused, as is anything with a scheme
// or a host.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsFunc(next, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '\\' || unicode.Is(unicode.Cf, r) }) {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return next
}

// clientIP is the address the request came from; behind no proxy.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return "ip:" + r.RemoteAddr
	}
	return "ip:" + host
}

func tooMany(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
	writeError(w, http.StatusTooManyRequests, "Đăng nhập sai quá nhiều lần; hãy thử lại sau.")
}

// formLimit bounds the body of a form or API call that carries no file.
const formLimit = 1 << 20

// memoryLimit is how much of a multipart body is held in memory; the rest of
// a file goes to a temporary file, removed when the request ends.
const memoryLimit = 8 << 20

// parseBody reads a POST's form, multipart or not, refusing a body over
// limit, before anything else reads it: the form token is one of its fields.
func parseBody(w http.ResponseWriter, r *http.Request, limit int64) error {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	var err error
	if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct == "multipart/form-data" {
		err = r.ParseMultipartForm(memoryLimit)
	} else {
		err = r.ParseForm()
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		shown := limit
		if limit > formLimit {
			shown -= formLimit // what a file may take: the rest is the form around it
		}
		return newProblem(http.StatusRequestEntityTooLarge,
			fmt.Sprintf("Dữ liệu gửi lên quá lớn (tối đa %d MB); hãy gửi tệp nhỏ hơn hoặc tách thành nhiều tệp.", max(shown>>20, 1)))
	case err != nil:
		return newProblem(http.StatusBadRequest, "Biểu mẫu gửi lên không hợp lệ; hãy tải lại trang rồi gửi lại.")
	}
	return nil
}
