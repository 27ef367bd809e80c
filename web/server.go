package web

import (
	"context"
	"embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync/atomic"
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

	Data  string      // the data directory: originals, failed files, the roster
	Rules check.Rules // the campaign's rules; the zero Rules is check.Default
	// Roster lists the units expected to report, from RosterName; a roster
	// uploaded on the page replaces it (and is kept in Data, see RosterFile).
	Roster     check.Roster
	RosterName string
	Intake     Intake // the running intake, or nil when none runs here
	// Sniff names an upload's format from its bytes: the extractor's
	// extract.Sniff. Without it, uploads are refused.
	Sniff     func(r io.ReaderAt, size int64) (format, kind string)
	MaxUpload int64 // bytes; 0 is 100 MB, the extractor's own limit
	Work      int   // heavy requests served at once; 0 is 4
}

// Intake is what the pages need of the intake: what it holds, and ways in
// that take the same path as the shared folder.
type Intake interface {
	// Files lists every file the intake knows, with its state.
	Files(ctx context.Context) ([]IntakeFile, error)
	// Reingest reads the file at path (a path Files listed) again. An
	// unknown path is baocao.ErrNotFound; a refusal a clerk must understand
	// is a *baocao.Error.
	Reingest(ctx context.Context, path string) error
	// Upload writes a file into the inbox, atomically, for the intake to
	// read like any other, and returns its path there. name is a plain
	// file name, already checked.
	Upload(ctx context.Context, name string, r io.Reader) (path string, err error)
}

// IntakeFile is one file of the shared folder as the intake sees it.
type IntakeFile struct {
	Path      string    `json:"path"` // as found in the inbox
	SHA256    string    `json:"sha256,omitempty"`
	State     string    `json:"state"` // pending, indexed, failed or removed
	Reason    string    `json:"reason,omitempty"`
	Records   int       `json:"records"`
	Size      int64     `json:"size"`
	Attempts  int       `json:"attempts"`
	FirstSeen time.Time `json:"first_seen"`
	Updated   time.Time `json:"updated"`
}

// The states of an IntakeFile.
const (
	StatePending = "pending"
	StateIndexed = "indexed"
	StateFailed  = "failed"
	StateRemoved = "removed"
)

// Server serves the pages and the API.
type Server struct {
	cfg      Config
	sessions *sessions
	limiter  *limiter
	pages    map[string]*template.Template
	mux      *http.ServeMux
	log      *slog.Logger
	work     gate
	findings *findingsCache
	roster   atomic.Pointer[rosterInUse]
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
	if cfg.Rules.Campaign == "" && len(cfg.Rules.HeadTitles) == 0 {
		cfg.Rules = check.Default
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = 100 << 20
	}
	if cfg.Work <= 0 {
		cfg.Work = 4
	}
	s := &Server{
		cfg:      cfg,
		sessions: &sessions{key: cfg.Key, secure: cfg.Secure, ttl: sessionTTL, now: cfg.Now},
		limiter:  newLimiter(cfg.Now),
		mux:      http.NewServeMux(),
		log:      cfg.Logger,
		work:     make(gate, cfg.Work),
	}
	s.roster.Store(&rosterInUse{units: cfg.Roster, name: cfg.RosterName})
	s.findings = newFindingsCache(s)
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

	s.mux.Handle("GET /{$}", s.page(Analyst, s.searchPage))
	s.mux.Handle("GET /record/{id}", s.page(Analyst, s.recordPage))
	s.mux.Handle("GET /document/{id}", s.page(Analyst, s.documentPage))
	s.mux.Handle("GET /original/{id}", s.page(Analyst, s.original))
	s.mux.Handle("GET /check", s.page(Analyst, s.checkPage))
	s.mux.Handle("GET /summary.xlsx", s.page(Analyst, s.summary))
	s.mux.Handle("POST /roster", s.pageLimit(Admin, rosterLimit, s.rosterUpload))
	s.mux.Handle("GET /intake", s.page(Analyst, s.intakePage))
	s.mux.Handle("POST /intake/reingest", s.page(Admin, s.reingestForm))
	s.mux.Handle("POST /upload", s.pageLimit(Admin, s.uploadLimit(), s.uploadForm))

	s.mux.Handle("GET /api/search", s.api(Analyst, s.apiSearch))
	s.mux.Handle("GET /api/facets", s.api(Analyst, s.apiFacets))
	s.mux.Handle("GET /api/records/{id}", s.api(Analyst, s.apiRecord))
	s.mux.Handle("GET /api/documents/{id}", s.api(Analyst, s.apiDocument))
	s.mux.Handle("GET /api/original/{id}", s.api(Analyst, s.original))
	s.mux.Handle("GET /api/findings", s.api(Analyst, s.apiFindings))
	s.mux.Handle("GET /api/summary.xlsx", s.api(Analyst, s.summary))
	s.mux.Handle("POST /api/roster", s.apiLimit(Admin, rosterLimit, s.apiRoster))
	s.mux.Handle("GET /api/files", s.api(Analyst, s.apiFiles))
	s.mux.Handle("POST /api/upload", s.apiLimit(Admin, s.uploadLimit(), s.apiUpload))
	s.mux.Handle("POST /api/reingest", s.api(Admin, s.apiReingest))
	s.mux.Handle("/api/", s.api(Analyst, func(w http.ResponseWriter, r *http.Request, a *Auth) {
		writeError(w, http.StatusNotFound, "Không có lệnh API này.")
	}))
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
	"add":  func(a, b int) int { return a + b },
	"mark": mark,
	"date": vnDate,
	"form": formName,
	"rule": ruleTitle,
	"pct":  check.Percent,
	"base": baseName,
	// The search for the documents of an issuing body, as a link's query.
	"issuerQuery": func(issuer string) string { return url.Values{"issuer": {issuer}, "type": {"document"}}.Encode() },
	"row":         fieldLabel,
	"size":        humanSize,
	"time": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Local().Format("15:04 02/01/2006")
	},
	"state": stateName,
	"pathForm": func(path, csrf string) struct{ Path, CSRF string } {
		return struct{ Path, CSRF string }{path, csrf}
	},
}

// mark shows a search fragment: the index escapes the text and adds only
// <mark> and </mark>; each piece between them is escaped again here, so
// that nothing but those two tags can reach the page whatever the backend.
func mark(s string) template.HTML {
	clean := func(t string) string {
		return html.EscapeString(html.UnescapeString(strings.ReplaceAll(t, "</mark>", "")))
	}
	parts := strings.Split(s, "<mark>")
	var b strings.Builder
	b.WriteString(clean(parts[0]))
	for _, part := range parts[1:] {
		in, out, _ := strings.Cut(part, "</mark>")
		b.WriteString("<mark>" + clean(in) + "</mark>" + clean(out))
	}
	return template.HTML(b.String())
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

// view starts a page's View for the authenticated request.
func (s *Server) view(a *Auth, title, nav string) View {
	return View{User: a.User, CSRF: a.CSRF, Title: title, Nav: nav}
}
