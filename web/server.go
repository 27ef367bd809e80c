package web

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"strings"
	"time"

	"baocao"
	"baocao/check"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the server is made of. cmd/baocao fills it.
type Config struct {
	Index  baocao.Index
	Users  *Users
	Key    []byte // signs sessions; LoadKey keeps one in the data directory
	Secure bool   // served over TLS: cookies are sent only over it
	Logger *slog.Logger
	Now    func() time.Time // nil is time.Now

	Data   string      // the data directory: originals, failed files, the roster
	Rules  check.Rules // the campaign's rules
	Intake Intake      // the running intake, or nil when none runs here
}

// Intake is what the pages need of the intake: what it holds, and ways in
// that take the same path as the shared folder.
type Intake interface{}

// Server serves the pages and the API.
type Server struct {
	cfg      Config
	sessions *sessions
	limiter  *limiter
	pages    map[string]*template.Template
	mux      *http.ServeMux
	log      *slog.Logger
}

// New makes the server.
func New(cfg Config) (*Server, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if len(cfg.Key) < keySize {
		return nil, fmt.Errorf("web: signing key of %d bytes, want %d", len(cfg.Key), keySize)
	}
	if cfg.Users == nil {
		return nil, fmt.Errorf("web: no users file")
	}
	s := &Server{
		cfg:      cfg,
		sessions: &sessions{key: cfg.Key, secure: cfg.Secure, ttl: sessionTTL, now: cfg.Now},
		limiter:  newLimiter(cfg.Now),
		mux:      http.NewServeMux(),
		log:      cfg.Logger,
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// routes names every path the server answers; each page and API call says
// which role it needs.
func (s *Server) routes() {
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(24*time.Hour, http.FileServerFS(static))))
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.Handle("POST /logout", s.page(Analyst, s.logout))
	s.mux.Handle("GET /{$}", s.page(Analyst, s.home))
}

// ServeHTTP serves a request with the headers every answer carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")
	if s.cfg.Secure {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
	s.mux.ServeHTTP(w, r)
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("private, max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// funcs are the helpers templates may call.
var funcs = template.FuncMap{
	"add": func(a, b int) int { return a + b },
	// mark shows search fragments: the index escapes their text and adds
	// only <mark> and </mark>.
	"mark": func(s string) template.HTML { return template.HTML(s) },
}

// parseTemplates reads each page as the layout plus the page's own file.
func (s *Server) parseTemplates() error {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return err
	}
	s.pages = map[string]*template.Template{}
	for _, n := range names {
		base := strings.TrimSuffix(path.Base(n), ".html")
		if base == "layout" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n)
		if err != nil {
			return fmt.Errorf("web: template %s: %w", n, err)
		}
		s.pages[base] = t
	}
	return nil
}

// View is what every page template gets: who is logged in, the form token,
// the page's title and navigation entry, and the page's own data.
type View struct {
	User  User
	CSRF  string
	Title string
	Nav   string // which menu entry is current
	Data  any
}

// render writes a page.
func (s *Server) render(w http.ResponseWriter, status int, name string, v View) {
	t, ok := s.pages[name]
	if !ok {
		s.log.Error("no such template", "name", name)
		http.Error(w, "Lỗi nội bộ.", http.StatusInternalServerError)
		return
	}
	var b strings.Builder
	if err := t.Execute(&b, v); err != nil {
		s.log.Error("render page", "name", name, "err", err)
		http.Error(w, "Lỗi nội bộ khi hiển thị trang.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	fmt.Fprint(w, b.String())
}

// home is a placeholder until the search page takes its place.
func (s *Server) home(w http.ResponseWriter, r *http.Request, a *Auth) {
	s.render(w, http.StatusOK, "home", s.view(a, "baocao", ""))
}

// view starts a page's View for the authenticated request.
func (s *Server) view(a *Auth, title, nav string) View {
	return View{User: a.User, CSRF: a.CSRF, Title: title, Nav: nav}
}
