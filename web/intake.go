package web

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"baocao"
)

const (
	intakeTime = 15 * time.Second
	uploadTime = 2 * time.Minute
	maxRecent  = 50
)

var errNoIntake = newProblem(http.StatusServiceUnavailable,
	"Bộ phận tiếp nhận không chạy trong tiến trình này (chỉ chạy với lệnh baocao run); hãy chép tệp vào thư mục chung.")

// intakeView is what the intake page shows.
type intakeView struct {
	Running bool
	Counts  []stateCount
	Recent  []intakeRow
	Pending []intakeRow
	Failed  []intakeRow
	More    int // failed files not shown
	Done    string
	Error   string
}

type stateCount struct {
	State, Name string
	Count       int
}

type intakeRow struct {
	IntakeFile
	Name   string // the file's own name
	Record string // its first record, when it has some
}

func row(f IntakeFile) intakeRow {
	r := intakeRow{IntakeFile: f, Name: baseName(f.Path)}
	if f.State == StateIndexed && f.Records > 0 && reSHA256.MatchString(f.SHA256) {
		r.Record = baocao.RecordID(f.SHA256, 0)
	}
	return r
}

func (s *Server) intakePage(w http.ResponseWriter, r *http.Request, a *Auth) {
	v := s.view(a, "Tiếp nhận", "intake")
	iv := intakeView{Running: s.cfg.Intake != nil}
	q := r.URL.Query()
	switch {
	case q.Get("uploaded") != "":
		iv.Done = fmt.Sprintf("Đã nhận tệp «%s»; hệ thống sẽ đọc tệp trong giây lát.", q.Get("uploaded"))
	case q.Get("reingest") != "":
		iv.Done = fmt.Sprintf("Đã yêu cầu đọc lại tệp «%s».", q.Get("reingest"))
	}
	ctx, cancel := context.WithTimeout(r.Context(), intakeTime)
	defer cancel()
	var files []IntakeFile
	var err error
	if s.cfg.Intake != nil {
		files, err = s.cfg.Intake.Files(ctx)
	} else {
		files, err = s.failedFromList()
	}
	if err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	iv.fill(files)
	v.Data = iv
	s.render(w, http.StatusOK, "intake", v)
}

// fill sorts the files into the page's lists: the latest first.
func (iv *intakeView) fill(files []IntakeFile) {
	sort.SliceStable(files, func(i, j int) bool { return files[i].Updated.After(files[j].Updated) })
	n := map[string]int{}
	for _, f := range files {
		n[f.State]++
		switch f.State {
		case StatePending:
			if len(iv.Pending) < maxShownRows {
				iv.Pending = append(iv.Pending, row(f))
			}
		case StateFailed:
			if len(iv.Failed) < maxShownRows {
				iv.Failed = append(iv.Failed, row(f))
			} else {
				iv.More++
			}
		}
		if len(iv.Recent) < maxRecent {
			iv.Recent = append(iv.Recent, row(f))
		}
	}
	for _, st := range []string{StateIndexed, StatePending, StateFailed, StateRemoved} {
		iv.Counts = append(iv.Counts, stateCount{st, stateName(st), n[st]})
	}
}

// failedFromList reads the failed files the intake of another process
// listed beside its journal, when no intake runs here.
func (s *Server) failedFromList() ([]IntakeFile, error) {
	f, err := os.Open(filepath.Join(s.cfg.Data, "failed.txt"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []IntakeFile
	sc := bufio.NewScanner(f)
	for sc.Scan() && len(out) < maxShownRows {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p, reason, _ := strings.Cut(line, "\t")
		out = append(out, IntakeFile{Path: p, State: StateFailed, Reason: reason})
	}
	return out, sc.Err()
}

func (s *Server) apiFiles(w http.ResponseWriter, r *http.Request, a *Auth) {
	if s.cfg.Intake == nil {
		s.apiFail(w, r, errNoIntake)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), intakeTime)
	defer cancel()
	files, err := s.cfg.Intake.Files(ctx)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if files == nil {
		files = []IntakeFile{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"files": files})
}

// reingest asks the intake to read a file again. The path must be one the
// intake lists, as it lists it: a path from the request is only compared,
// never opened.
func (s *Server) reingest(ctx context.Context, p string) (IntakeFile, error) {
	if s.cfg.Intake == nil {
		return IntakeFile{}, errNoIntake
	}
	files, err := s.cfg.Intake.Files(ctx)
	if err != nil {
		return IntakeFile{}, err
	}
	for _, f := range files {
		if f.Path == p {
			return f, s.cfg.Intake.Reingest(ctx, f.Path)
		}
	}
	return IntakeFile{}, newProblem(http.StatusNotFound, "Không có tệp này trong danh sách tiếp nhận; hãy tải lại trang.")
}

func (s *Server) reingestForm(w http.ResponseWriter, r *http.Request, a *Auth) {
	ctx, cancel := context.WithTimeout(r.Context(), intakeTime)
	defer cancel()
	f, err := s.reingest(ctx, r.PostFormValue("path"))
	if err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	s.log.Info("reingest asked", "user", a.User.Name, "file", f.Path)
	http.Redirect(w, r, "/intake?reingest="+url.QueryEscape(baseName(f.Path)), http.StatusSeeOther)
}

func (s *Server) apiReingest(w http.ResponseWriter, r *http.Request, a *Auth) {
	ctx, cancel := context.WithTimeout(r.Context(), intakeTime)
	defer cancel()
	f, err := s.reingest(ctx, r.PostFormValue("path"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.log.Info("reingest asked", "user", a.User.Name, "file", f.Path)
	writeJSON(w, http.StatusAccepted, map[string]string{"path": f.Path})
}

func (s *Server) uploadLimit() int64 { return s.cfg.MaxUpload + formLimit } // the file and the form around it

// extensions are the names a sniffed format's files end with.
var extensions = map[string]string{"pdf": ".pdf", "xlsx": ".xlsx", "xls": ".xls", "docx": ".docx", "doc": ".doc"}

// receive takes the file of the form's field "file", checks that it is a
// report by its bytes, and hands it to the intake. It returns the file's
// path in the inbox.
func (s *Server) receive(ctx context.Context, r *http.Request, a *Auth) (string, error) {
	if s.cfg.Intake == nil {
		return "", errNoIntake
	}
	if r.MultipartForm == nil || len(r.MultipartForm.File["file"]) == 0 {
		return "", newProblem(http.StatusBadRequest, "Chưa chọn tệp để gửi.")
	}
	part := r.MultipartForm.File["file"][0]
	// The name is a label: only its last element is kept, and the intake
	// cleans it again before it names a file.
	name := baseName(part.Filename)
	if part.Size > s.cfg.MaxUpload {
		return "", newProblem(http.StatusRequestEntityTooLarge,
			fmt.Sprintf("Tệp «%s» quá lớn (tối đa %d MB); hãy gửi bản nhỏ hơn hoặc tách thành nhiều tệp.", name, s.cfg.MaxUpload>>20))
	}
	f, err := part.Open()
	if err != nil {
		return "", err
	}
	defer f.Close()
	format, kind := "", ""
	if s.cfg.Sniff != nil {
		format, kind = s.cfg.Sniff(f, part.Size)
	}
	ext, ok := extensions[format]
	if !ok {
		msg := fmt.Sprintf("Tệp «%s» không phải báo cáo PDF, Excel (.xlsx, .xls) hay Word (.docx, .doc)", name)
		if kind != "" {
			msg += " mà là " + kind
		}
		s.log.Info("upload refused", "user", a.User.Name, "name", name, "kind", kind)
		return "", newProblem(http.StatusUnsupportedMediaType, msg+"; hãy gửi đúng tệp báo cáo.")
	}
	if !strings.EqualFold(path.Ext(name), ext) {
		name += ext // the intake and the people reading the share go by the name
	}
	p, err := s.cfg.Intake.Upload(ctx, name, io.NewSectionReader(f, 0, part.Size))
	if err != nil {
		return "", err
	}
	s.log.Info("upload received", "user", a.User.Name, "file", p, "size", part.Size, "format", format)
	return p, nil
}

func (s *Server) uploadForm(w http.ResponseWriter, r *http.Request, a *Auth) {
	var p string
	err := s.heavy(r.Context(), uploadTime, func(ctx context.Context) (err error) {
		p, err = s.receive(ctx, r, a)
		return err
	})
	if err != nil {
		s.pageFail(w, r, a, err)
		return
	}
	http.Redirect(w, r, "/intake?uploaded="+url.QueryEscape(baseName(p)), http.StatusSeeOther)
}

func (s *Server) apiUpload(w http.ResponseWriter, r *http.Request, a *Auth) {
	var p string
	err := s.heavy(r.Context(), uploadTime, func(ctx context.Context) (err error) {
		p, err = s.receive(ctx, r, a)
		return err
	})
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"path": p, "name": baseName(p)})
}
