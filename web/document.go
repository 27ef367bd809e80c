package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"unicode/utf8"

	"baocao"
)

// maxShownText bounds the text a document page shows: a long scan's OCR
// reads to megabytes, and the original is there to download.
const maxShownText = 200_000

// documentDetail is a file's document with what its page and the API tell
// about it: its header's fields, its records, its text.
type documentDetail struct {
	ID       string           `json:"id"`
	File     string           `json:"file"`
	SHA256   string           `json:"sha256"`
	Removed  bool             `json:"removed,omitempty"`
	Document *baocao.Document `json:"document"`
	Records  []otherRecord    `json:"records"`
	More     bool             `json:"more_records,omitempty"`
	Text     string           `json:"text"`
	Cut      bool             `json:"text_cut,omitempty"` // Text is the first maxShownText bytes
	Original bool             `json:"original"`
}

func (s *Server) documentDetail(ctx context.Context, sha string) (documentDetail, error) {
	if err := s.needIndex(); err != nil {
		return documentDetail{}, err
	}
	if !reSHA256.MatchString(sha) {
		return documentDetail{}, fmt.Errorf("document %q: %w", sha, baocao.ErrNotFound)
	}
	h, text, err := s.cfg.Index.Document(ctx, sha)
	if err != nil {
		return documentDetail{}, err
	}
	d := documentDetail{ID: h.ID, File: h.File, SHA256: h.SHA256, Removed: h.Removed, Document: h.Document, Text: text, Records: []otherRecord{}}
	if len(d.Text) > maxShownText {
		cut := maxShownText
		for cut > 0 && !utf8.RuneStart(d.Text[cut]) {
			cut--
		}
		d.Text, d.Cut = d.Text[:cut], true
	}
	err = s.cfg.Index.Each(ctx, baocao.Query{SHA256: sha}, func(r baocao.Hit) error {
		if len(d.Records) == maxOthers {
			d.More = true
			return errStopWalk
		}
		d.Records = append(d.Records, otherRecord{ID: r.ID, Unit: r.Record.Unit, Source: r.Record.Source})
		return nil
	})
	if err != nil && !errors.Is(err, errStopWalk) {
		return d, err
	}
	_, err = os.Stat(s.originalPath(sha))
	d.Original = err == nil
	return d, nil
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request, a *Auth) {
	var d documentDetail
	err := s.heavy(r.Context(), recordTime, func(ctx context.Context) (err error) {
		d, err = s.documentDetail(ctx, r.PathValue("id"))
		return err
	})
	if err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	title := baseName(d.File)
	if d.Document.Kind != "" {
		title = d.Document.Kind + " " + d.Document.DocNumber
	}
	v := s.view(a, title, "search")
	v.Data = struct {
		documentDetail
		Review []reviewItem
	}{d, reviewItems(d.Document.Review)}
	s.render(w, http.StatusOK, "document", v)
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request, a *Auth) {
	var d documentDetail
	err := s.heavy(r.Context(), recordTime, func(ctx context.Context) (err error) {
		d, err = s.documentDetail(ctx, r.PathValue("id"))
		return err
	})
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}
