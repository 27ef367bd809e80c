package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baocao/ingest"
)

func TestIntakePageShowsFailedFilesWithTheirReasons(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	lan := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	status, body := lan.get("/intake")
	if status != http.StatusOK {
		t.Fatalf("GET /intake = %d", status)
	}
	i := strings.Index(body, `<table class="failed">`)
	if i < 0 {
		t.Fatalf("no table of failed files:\n%s", body)
	}
	failed := body[i : i+strings.Index(body[i:], "</table>")]
	rows := regexp.MustCompile(`(?s)<tr>\s*<td class="file-name"`).FindAllStringIndex(failed, -1)
	if len(rows) != 2 {
		t.Errorf("%d failed rows, want 2", len(rows))
	}
	has(t, "failed files", failed, "web-page-named.pdf", "trang web HTML", "truncated-40pct-chi-bo-truong-thcs-hung-son.pdf", "bị hỏng hoặc không đầy đủ")
	has(t, "intake page", body, `<li data-state="indexed"><span class="count">6</span>`, `<li data-state="failed"><span class="count">2</span>`,
		"rollup-01-dang-uy-xa-gia-phu.xlsx")
	if strings.Contains(body, `action="/upload"`) || strings.Contains(body, `action="/intake/reingest"`) {
		t.Error("an analyst is offered upload or re-ingest")
	}
	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")
	_, body = quan.get("/intake")
	has(t, "admin's intake page", body, `action="/upload"`, `name="file"`, `action="/intake/reingest"`,
		`name="path" value="`+f.paths["bad/web-page-named.pdf"]+`"`)

	var files struct{ Files []IntakeFile }
	if status := lan.getJSON("/api/files", &files); status != http.StatusOK || len(files.Files) != len(sharedSamples) {
		t.Errorf("/api/files = %d with %d files, want %d", status, len(files.Files), len(sharedSamples))
	}
}

func TestIntakePageWithoutAnIntakeListsTheFailedFiles(t *testing.T) {
	f := sharedFixture(t)
	cfg := f.config()
	cfg.Intake = nil
	ts, _, _ := testServer(t, cfg)
	lan := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	_, body := lan.get("/intake")
	has(t, "intake page", body, `<table class="failed">`, "web-page-named.pdf", "trang web HTML")
	var e struct{ Error string }
	if status := lan.getJSON("/api/files", &e); status != http.StatusServiceUnavailable || e.Error == "" {
		t.Errorf("/api/files without an intake = %d %q", status, e.Error)
	}
}

func TestAnUploadedReportLandsInTheInboxAndIsRead(t *testing.T) {
	f := ownFixture(t)
	ts, _, _ := testServer(t, f.config())
	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")
	pdf, _ := os.ReadFile("../samples/pdf/fpdf-07-chi-bo-truong-tieu-hoc-pho-lu.pdf")
	status, _, hdr := quan.postFile("/upload", "file", `..\..\C:\báo cáo Phố Lu`, pdf)
	if status != http.StatusSeeOther || !strings.HasPrefix(hdr.Get("Location"), "/intake?uploaded=") {
		t.Fatalf("upload = %d to %q", status, hdr.Get("Location"))
	}
	want := filepath.Join(f.inbox, ingest.UploadDir, "báo cáo Phố Lu.pdf")
	if got, err := os.ReadFile(want); err != nil || !bytes.Equal(got, pdf) {
		t.Fatalf("the upload is not %s whole: %v", want, err)
	}
	e, err := f.await(1)
	if err != nil || e[0].Path != want || e[0].State != ingest.Indexed || e[0].Records != 1 {
		t.Fatalf("intake outcome %+v %v", e, err)
	}
	loc, _ := url.Parse(hdr.Get("Location"))
	if _, body := quan.get(loc.RequestURI()); !strings.Contains(body, "Đã nhận tệp «báo cáo Phố Lu.pdf»") {
		t.Error("the intake page does not say the file was received")
	}
}

// TestAnUploadNamedDotKeepsItsExtension: a file uploaded under the name "."
// or ".." is stored under a plain name with its format's extension, not as
// "pdf".
func TestAnUploadNamedDotKeepsItsExtension(t *testing.T) {
	f := ownFixture(t)
	ts, _, _ := testServer(t, f.config())
	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")
	pdf, _ := os.ReadFile("../samples/pdf/fpdf-07-chi-bo-truong-tieu-hoc-pho-lu.pdf")
	for _, name := range []string{".", ".."} {
		if status, _, hdr := quan.postFile("/upload", "file", name, pdf); status != http.StatusSeeOther {
			t.Fatalf("upload %q = %d to %q", name, status, hdr.Get("Location"))
		}
	}
	if _, err := os.Stat(filepath.Join(f.inbox, ingest.UploadDir, "tep-tai-len.pdf")); err != nil {
		t.Errorf("an upload named \".\" is not stored as tep-tai-len.pdf: %v", err)
	}
	if _, err := os.Stat(filepath.Join(f.inbox, ingest.UploadDir, "pdf")); err == nil {
		t.Error("an upload named \".\" is stored as \"pdf\"")
	}
}

func TestUploadsThatAreNotReportsAreRefusedInVietnamese(t *testing.T) {
	f := ownFixture(t)
	cfg := f.config()
	cfg.MaxUpload = 64 << 10
	ts, _, _ := testServer(t, cfg)
	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")
	png, _ := os.ReadFile("../samples/bad/image-png-named.pdf")
	for _, c := range []struct {
		name   string
		data   []byte
		status int
		says   string
	}{
		{"bao-cao.pdf", png, http.StatusUnsupportedMediaType, "không phải báo cáo PDF, Excel (.xlsx, .xls) hay Word (.docx, .doc) mà là ảnh PNG"},
		{"ghi-chu.txt", []byte("Báo cáo sẽ gửi sau."), http.StatusUnsupportedMediaType, "không phải báo cáo PDF"},
		{"rong.pdf", nil, http.StatusUnsupportedMediaType, "tệp rỗng"},
		{"lon.pdf", append([]byte("%PDF-1.4\n"), make([]byte, 200<<10)...), http.StatusRequestEntityTooLarge, "quá lớn"},
		{"rat-lon.pdf", append([]byte("%PDF-1.4\n"), make([]byte, 3<<20)...), http.StatusRequestEntityTooLarge, "quá lớn"},
	} {
		status, body, _ := quan.postFile("/upload", "file", c.name, c.data)
		if status != c.status || !strings.Contains(body, c.says) || !strings.Contains(body, `class="error"`) {
			t.Errorf("upload %s = %d, want %d saying %q\n%.600s", c.name, status, c.status, c.says, body)
		}
	}
	// The API says the same in JSON.
	var b bytes.Buffer
	req := multipartRequest(t, ts.URL+"/api/upload", "file", "anh.pdf", png, &b)
	req.SetBasicAuth("quan", "mật-khẩu-quản")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var e struct{ Error string }
	json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnsupportedMediaType || !strings.Contains(e.Error, "ảnh PNG") {
		t.Errorf("API upload of an image = %d %q", resp.StatusCode, e.Error)
	}
	if entries, _ := os.ReadDir(filepath.Join(f.inbox, ingest.UploadDir)); len(entries) != 0 {
		t.Errorf("refused uploads left files in the inbox: %v", entries)
	}
}

func TestReingestReadsAFileAgainForAnAdminOnly(t *testing.T) {
	f := ownFixture(t, "pdf/fpdf-08-chi-bo-thon-lang-moi.pdf")
	ts, _, _ := testServer(t, f.config())
	p := f.paths["pdf/fpdf-08-chi-bo-thon-lang-moi.pdf"]
	lan := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")

	form := url.Values{"path": {p}, "csrf": {lan.csrf}}
	if resp, _ := lan.c.PostForm(ts.URL+"/intake/reingest", form); resp.StatusCode != http.StatusForbidden {
		t.Errorf("an analyst's reingest = %d, want 403", resp.StatusCode)
	}
	form.Set("csrf", quan.csrf)
	resp, err := quan.c.PostForm(ts.URL+"/intake/reingest", form)
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("reingest = %v %v", resp.StatusCode, err)
	}
	if e, err := f.await(1); err != nil || e[0].Path != p || e[0].State != ingest.Indexed {
		t.Fatalf("after reingest: %+v %v", e, err)
	}
	// Through the API, with the session's token in a header.
	req, _ := http.NewRequest("POST", ts.URL+"/api/reingest", strings.NewReader(url.Values{"path": {p}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-CSRF-Token", quan.csrf)
	if resp, err := quan.c.Do(req); err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("API reingest = %v %v", resp.StatusCode, err)
	}
	if _, err := f.await(1); err != nil {
		t.Fatal(err)
	}
	// Only a path the intake lists is read.
	for _, bad := range []string{"/etc/passwd", filepath.Join(f.inbox, "..", "journal.db"), filepath.Join(f.inbox, "khong-co.pdf"), ""} {
		form := url.Values{"path": {bad}, "csrf": {quan.csrf}}
		resp, _ := quan.c.PostForm(ts.URL+"/intake/reingest", form)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("reingest of %q = %d, want 404", bad, resp.StatusCode)
		}
	}
}

func TestAnalystsCannotChangeAnything(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	pdf, _ := os.ReadFile("../samples/pdf/fpdf-07-chi-bo-truong-tieu-hoc-pho-lu.pdf")
	lan := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	if status, _, _ := lan.postFile("/upload", "file", "a.pdf", pdf); status != http.StatusForbidden {
		t.Errorf("analyst's upload page = %d", status)
	}
	for _, path := range []string{"/api/upload", "/api/reingest", "/api/roster"} {
		var b bytes.Buffer
		req := multipartRequest(t, ts.URL+path, "file", "a.pdf", pdf, &b)
		req.SetBasicAuth("lan", "mật-khẩu-lan")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("analyst's POST %s = %d, want 403", path, resp.StatusCode)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(f.inbox, ingest.UploadDir)); len(entries) != 0 {
		t.Errorf("an analyst's upload reached the inbox: %v", entries)
	}
}
