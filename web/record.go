package web

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"baocao"
	"baocao/check"
)

// reRecordID is the form of baocao.RecordID: a content hash's prefix and the
// record's position. Nothing else names a record, so nothing else is looked up.
var reRecordID = regexp.MustCompile(`^[0-9a-f]{16}-[0-9]{4,6}$`)

var reSHA256 = regexp.MustCompile(`^[0-9a-f]{64}$`)

// maxOthers bounds the other records of a file listed with a record: a
// roll-up table has a record per row.
const maxOthers = 300

const recordTime = 15 * time.Second

// recordDetail is a record with what the record page and API tell about it.
type recordDetail struct {
	ID       string          `json:"id"`
	File     string          `json:"file"`
	SHA256   string          `json:"sha256"`
	Removed  bool            `json:"removed,omitempty"`
	Record   baocao.Record   `json:"record"`
	Warnings []string        `json:"warnings"`
	Findings []check.Finding `json:"findings"`
	// Others are the other records of the same file, in file order; More
	// says there are more than maxOthers.
	Others   []otherRecord `json:"others"`
	More     bool          `json:"more_others,omitempty"`
	Original bool          `json:"original"` // the file's bytes are kept and can be downloaded
}

type otherRecord struct {
	ID     string        `json:"id"`
	Unit   string        `json:"unit"`
	Source baocao.Source `json:"source"`
}

// recordPage is what the record page shows beyond the API's answer: the
// review list in words, and the rows of the field table it names.
type recordPage struct {
	recordDetail
	Review []reviewItem
	Rows   map[string]fieldRow
}

// record looks a record up by its ID: a malformed ID is not found.
func (s *Server) record(ctx context.Context, id string) (baocao.Hit, error) {
	if err := s.needIndex(); err != nil {
		return baocao.Hit{}, err
	}
	if !reRecordID.MatchString(id) {
		return baocao.Hit{}, fmt.Errorf("record %q: %w", id, baocao.ErrNotFound)
	}
	h, err := s.cfg.Index.Record(ctx, id)
	if err == nil && !reSHA256.MatchString(h.SHA256) {
		err = fmt.Errorf("record %s: bad content hash %q", id, h.SHA256)
	}
	return h, err
}

func (s *Server) recordDetail(ctx context.Context, id string) (recordDetail, error) {
	h, err := s.record(ctx, id)
	if err != nil {
		return recordDetail{}, err
	}
	d := recordDetail{ID: h.ID, File: h.File, SHA256: h.SHA256, Removed: h.Removed, Record: h.Record,
		Warnings: h.Record.Warnings, Findings: s.cfg.Rules.Record(h), Others: []otherRecord{}}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
	if d.Findings == nil {
		d.Findings = []check.Finding{}
	}
	// A file's records are numbered from 0: ask for each until one is
	// missing.
	for i := 0; ; i++ {
		oid := baocao.RecordID(h.SHA256, i)
		if oid == h.ID {
			continue
		}
		if len(d.Others) == maxOthers {
			d.More = true
			break
		}
		o, err := s.cfg.Index.Record(ctx, oid)
		if errors.Is(err, baocao.ErrNotFound) {
			break
		}
		if err != nil {
			return d, err
		}
		if o.SHA256 != h.SHA256 {
			continue
		}
		d.Others = append(d.Others, otherRecord{ID: o.ID, Unit: o.Record.Unit, Source: o.Record.Source})
	}
	_, err = os.Stat(s.originalPath(h.SHA256))
	d.Original = err == nil
	return d, nil
}

// originalPath is where the intake keeps a file's bytes: DATA/originals/ab/abcdef…
func (s *Server) originalPath(sha string) string {
	return filepath.Join(s.cfg.Data, "originals", sha[:2], sha)
}

func (s *Server) recordPage(w http.ResponseWriter, r *http.Request, a *Auth) {
	var d recordDetail
	err := s.heavy(r.Context(), recordTime, func(ctx context.Context) (err error) {
		d, err = s.recordDetail(ctx, r.PathValue("id"))
		return err
	})
	if err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	title := d.Record.Unit
	if title == "" {
		title = "Báo cáo " + baseName(d.File)
	}
	v := s.view(a, title, "search")
	v.Data = recordPage{recordDetail: d, Review: reviewItems(d.Record.Review), Rows: reviewRows(d.Record.Review)}
	s.render(w, http.StatusOK, "record", v)
}

func (s *Server) apiRecord(w http.ResponseWriter, r *http.Request, a *Auth) {
	var d recordDetail
	err := s.heavy(r.Context(), recordTime, func(ctx context.Context) (err error) {
		d, err = s.recordDetail(ctx, r.PathValue("id"))
		return err
	})
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// original sends the bytes of the file a record or document came from, as
// kept by the intake, under the name it had. Only a record's or a document's
// ID (as the index knows it) chooses the file.
func (s *Server) original(w http.ResponseWriter, r *http.Request, a *Auth) {
	fail := s.pageFail
	if strings.HasPrefix(r.URL.Path, "/api/") {
		fail = func(w http.ResponseWriter, r *http.Request, _ *Auth, err error) { s.apiFail(w, r, err) }
	}
	ctx, cancel := context.WithTimeout(r.Context(), recordTime)
	defer cancel()
	var h baocao.Hit
	var err error
	if id := r.PathValue("id"); reSHA256.MatchString(id) {
		// A document's ID: the file's content hash, as the index knows it.
		if err = s.needIndex(); err == nil {
			h, _, err = s.cfg.Index.Document(ctx, id)
		}
	} else {
		h, err = s.record(ctx, id)
	}
	if err == nil && !reSHA256.MatchString(h.SHA256) {
		err = fmt.Errorf("original %s: bad content hash %q", r.PathValue("id"), h.SHA256)
	}
	if err != nil {
		fail(w, r, a, err)
		return
	}
	f, err := os.Open(s.originalPath(h.SHA256))
	if errors.Is(err, os.ErrNotExist) {
		fail(w, r, a, newProblem(http.StatusNotFound, "Bản gốc của tệp này không được lưu (tệp được đưa vào trước khi hệ thống lưu bản gốc); hãy tìm tệp trong thư mục chung."))
		return
	}
	if err != nil {
		fail(w, r, a, err)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		fail(w, r, a, err)
		return
	}
	name := baseName(h.File)
	if name == "" || name == "." || name == "/" {
		name = h.SHA256[:16]
	}
	hd := w.Header()
	hd.Set("Content-Type", contentType(name))
	hd.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	hd.Set("Cache-Control", "private, no-cache")
	// The content never changes for a hash: it is its own ETag.
	hd.Set("ETag", `"`+h.SHA256+`"`)
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// contentType is the type of a report by its name's extension; the bytes
// were sniffed when the file was read.
func contentType(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return "application/pdf"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ".xls":
		return "application/vnd.ms-excel"
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".doc":
		return "application/msword"
	}
	return "application/octet-stream"
}
