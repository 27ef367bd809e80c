package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"baocao/check"
	"baocao/summary"
)

// Rosters uploaded on the page are kept in the data directory under one of
// these names, whichever the file is.
var rosterNames = []string{"roster.xlsx", "roster.csv"}

const rosterLimit = 10 << 20

// RosterFile returns the roster last uploaded on the page and kept in the
// data directory, or "" when there is none.
func RosterFile(data string) string {
	best, at := "", time.Time{}
	for _, n := range rosterNames {
		p := filepath.Join(data, n)
		if st, err := os.Stat(p); err == nil && st.ModTime().After(at) {
			best, at = p, st.ModTime()
		}
	}
	return best
}

const (
	summaryTime  = 2 * time.Minute
	maxShownRows = 500 // rows of a table on the check page
)

// checkView is what the check page shows.
type checkView struct {
	Campaign   string
	Rules      []ruleRow
	Parents    []parentRow
	Missing    []check.Unit
	MoreMiss   int
	Findings   []findingRow
	MoreFind   int
	Rule       string // the findings listed are of this rule, when chosen
	Total      int
	Unreadable int
	Roster     string // where the roster came from
	Units      int    // units on the roster
	Partial    bool
	Done       string // what an admin's last action did
}

type ruleRow struct {
	Rule, Title string
	Count       int
	Link        string // the search for the records with such a finding
	Selected    bool
}

type findingRow struct {
	check.Finding
	Title string
}

func (s *Server) checkPage(w http.ResponseWriter, r *http.Request, a *Auth) {
	v := s.view(a, "Kiểm tra", "check")
	var fs *findingSet
	err := s.needIndex()
	if err == nil {
		err = s.heavy(r.Context(), findingsTime, func(ctx context.Context) (err error) {
			fs, err = s.findings.get(ctx)
			return err
		})
	}
	if err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	rule := r.URL.Query().Get("rule")
	if ruleIndex(rule) < 0 {
		rule = ""
	}
	cv := checkView{Campaign: s.cfg.Rules.Campaign, Parents: fs.parents(), Rule: rule, Partial: fs.partial,
		Roster: fs.roster.name, Units: len(fs.roster.units), Unreadable: fs.byRule[check.UnreadableFile]}
	if r.URL.Query().Get("roster") == "ok" {
		cv.Done = fmt.Sprintf("Đã nhận danh sách đơn vị (%d đơn vị); các vi phạm đã được tính lại.", cv.Units)
	}
	for _, x := range rules {
		n := fs.byRule[x.name]
		cv.Total += n
		if n == 0 {
			continue
		}
		row := ruleRow{Rule: x.name, Title: x.title, Count: n, Selected: x.name == rule}
		if x.record && !fs.partial {
			row.Link = "/?finding=" + x.name
		}
		cv.Rules = append(cv.Rules, row)
	}
	cv.Missing = fs.missing
	if len(cv.Missing) > maxShownRows {
		cv.Missing, cv.MoreMiss = cv.Missing[:maxShownRows], len(cv.Missing)-maxShownRows
	}
	for _, f := range fs.all {
		if rule != "" && f.Rule != rule || rule == "" && f.Rule == check.MissingReport {
			continue
		}
		if len(cv.Findings) == maxShownRows {
			cv.MoreFind++
			continue
		}
		cv.Findings = append(cv.Findings, findingRow{f, ruleTitle(f.Rule)})
	}
	v.Data = cv
	s.render(w, http.StatusOK, "check", v)
}

// apiFindings answers every finding, the same objects as `baocao check
// --json` prints, in the same order.
func (s *Server) apiFindings(w http.ResponseWriter, r *http.Request, a *Auth) {
	if err := s.needIndex(); err != nil {
		s.apiFail(w, r, err)
		return
	}
	var fs *findingSet
	err := s.heavy(r.Context(), findingsTime, func(ctx context.Context) (err error) {
		fs, err = s.findings.get(ctx)
		if err != nil || !fs.partial {
			return err
		}
		// Too many to keep: stream them from the index as check does.
		return s.streamFindings(ctx, w, fs.roster)
	})
	switch {
	case err != nil && fs != nil && fs.partial:
		s.log.Error("stream findings", "err", err) // the answer has begun: it ends short
	case err != nil:
		s.apiFail(w, r, err)
	case !fs.partial:
		writeJSON(w, http.StatusOK, struct {
			Findings []check.Finding `json:"findings"`
		}{fs.all})
	}
}

func (s *Server) streamFindings(ctx context.Context, w http.ResponseWriter, roster *rosterInUse) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	io.WriteString(w, `{"findings":[`)
	first := true
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := check.Run(ctx, s.cfg.Index, s.cfg.Rules, roster.units, s.findings.failedPath(), func(f check.Finding) error {
		b.Reset()
		if !first {
			b.WriteByte(',')
		}
		first = false
		if err := enc.Encode(f); err != nil {
			return err
		}
		_, err := w.Write(bytes.TrimRight(b.Bytes(), "\n"))
		return err
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "]}\n")
	return err
}

// summary sends the consolidated workbook, as `baocao summary` writes it.
// It is built in a temporary file, so a failure is an error, not half a
// workbook.
func (s *Server) summary(w http.ResponseWriter, r *http.Request, a *Auth) {
	fail := s.pageFail
	if r.URL.Path == "/api/summary.xlsx" {
		fail = func(w http.ResponseWriter, r *http.Request, _ *Auth, err error) { s.apiFail(w, r, err) }
	}
	if err := s.needIndex(); err != nil {
		fail(w, r, a, err)
		return
	}
	err := s.heavy(r.Context(), summaryTime, func(ctx context.Context) error {
		tmp, err := os.CreateTemp("", "baocao-summary-*.xlsx")
		if err != nil {
			return err
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		roster := s.roster.Load()
		if err := summary.Write(ctx, s.cfg.Index, s.cfg.Rules, roster.units, s.findings.failedPath(), tmp); err != nil {
			return err
		}
		name := "tong-hop-" + s.cfg.Now().Format("2006-01-02") + ".xlsx"
		hd := w.Header()
		hd.Set("Content-Type", contentType(name))
		hd.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		hd.Set("Cache-Control", "no-store")
		http.ServeContent(w, r, "", time.Time{}, tmp)
		return nil
	})
	if err != nil {
		fail(w, r, a, err)
	}
}

// rosterUpload takes a new roster from the check page's form.
func (s *Server) rosterUpload(w http.ResponseWriter, r *http.Request, a *Auth) {
	if err := s.receiveRoster(r, a); err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	http.Redirect(w, r, "/check?roster=ok", http.StatusSeeOther)
}

func (s *Server) apiRoster(w http.ResponseWriter, r *http.Request, a *Auth) {
	if err := s.receiveRoster(r, a); err != nil {
		s.apiFail(w, r, err)
		return
	}
	ro := s.roster.Load()
	writeJSON(w, http.StatusOK, map[string]any{"units": len(ro.units), "roster": ro.name})
}

// receiveRoster reads the roster of the form's field "roster", keeps it in
// the data directory (written whole, then renamed) and uses it from now on.
func (s *Server) receiveRoster(r *http.Request, a *Auth) error {
	if r.MultipartForm == nil || len(r.MultipartForm.File["roster"]) == 0 {
		return newProblem(http.StatusBadRequest, "Chưa chọn tệp danh sách đơn vị.")
	}
	part := r.MultipartForm.File["roster"][0]
	f, err := part.Open()
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := f.ReadAt(head, 0)
	name := "roster.csv"
	if bytes.HasPrefix(head[:n], []byte("PK\x03\x04")) {
		name = "roster.xlsx"
	}
	if err := os.MkdirAll(s.cfg.Data, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(s.cfg.Data, ".roster-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = io.Copy(tmp, io.NewSectionReader(f, 0, part.Size))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	units, err := check.LoadRoster(r.Context(), tmp.Name())
	if err != nil || len(units) == 0 {
		if err != nil {
			s.log.Info("roster refused", "user", a.User.Name, "err", err)
		}
		return newProblem(http.StatusBadRequest, "Không đọc được danh sách đơn vị. Cần tệp CSV hoặc Excel (.xlsx) có dòng đầu đặt tên cột: "+
			"«Đơn vị» (hoặc «Tên đơn vị») và «Đơn vị cấp trên», mỗi dòng sau là một đơn vị.")
	}
	dst := filepath.Join(s.cfg.Data, name)
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return err
	}
	for _, other := range rosterNames {
		if other != name {
			if err := os.Remove(filepath.Join(s.cfg.Data, other)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	label := fmt.Sprintf("tải lên «%s» lúc %s", baseName(part.Filename), s.cfg.Now().Local().Format("15:04 02/01/2006"))
	s.roster.Store(&rosterInUse{units: units, name: label})
	s.findings.invalidate()
	s.log.Info("roster replaced", "user", a.User.Name, "units", len(units), "file", dst)
	return nil
}
