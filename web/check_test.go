package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/check"
	"baocao/summary"
)

// postFile sends a multipart form with one file and the session's form token.
func (s *session) postFile(path, field, name string, data []byte) (int, string, http.Header) {
	s.t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	w.WriteField("csrf", s.csrf)
	part, _ := w.CreateFormFile(field, name)
	part.Write(data)
	w.Close()
	resp, err := s.c.Post(s.base+path, w.FormDataContentType(), &b)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

func TestFindingsAPIAnswersWhatCheckJSONPrints(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	var want [][]byte
	err := check.Run(context.Background(), f.ix, check.Default, nil, filepath.Join(f.data, "failed.txt"), func(x check.Finding) error {
		var line bytes.Buffer // as `baocao check --json` prints it
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		enc.Encode(x)
		want = append(want, bytes.TrimSpace(line.Bytes()))
		return nil
	})
	if err != nil || len(want) < 5 {
		t.Fatalf("check finds %d (%v); the samples have more", len(want), err)
	}
	var got struct {
		Findings []json.RawMessage `json:"findings"`
	}
	if status := s.getJSON("/api/findings", &got); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	if len(got.Findings) != len(want) {
		t.Fatalf("%d findings, want %d", len(got.Findings), len(want))
	}
	for i := range want {
		if !bytes.Equal(got.Findings[i], want[i]) {
			t.Errorf("finding %d:\n got %s\nwant %s", i, got.Findings[i], want[i])
		}
	}
	// The list of failed files shows as unreadable_file findings.
	if !strings.Contains(string(bytes.Join(want, nil)), `"rule":"unreadable_file","unit":"","parent_unit":"","file":"`+f.paths["bad/web-page-named.pdf"]) {
		t.Error("the failed sample is not an unreadable_file finding")
	}
}

func TestCheckPageShowsFindingsByRuleAndParentAndTheUnitsMissingFromTheRoster(t *testing.T) {
	f := ownFixture(t, sharedSamples...) // the roster is kept in its data directory
	ts, _, _ := testServer(t, f.config())
	lan := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	status, body := lan.get("/check")
	if status != http.StatusOK {
		t.Fatalf("GET /check = %d", status)
	}
	has(t, "check page", body, `<a class="download-summary button" href="/summary.xlsx"`,
		"Tỷ lệ đảng viên tham dự thấp", `href="/?finding=low_attendance"`, "Đảng ủy xã Gia Phú", "Chi bộ thôn Cầm Hạ",
		"Chưa có danh sách đơn vị phải báo cáo", "2 tệp không đọc được")
	if strings.Contains(body, `action="/roster"`) {
		t.Error("an analyst is offered the roster upload")
	}
	roster := "Đơn vị,Đơn vị cấp trên\nChi bộ thôn Cầm Hạ,Đảng bộ xã Bản Cầm\nChi bộ thôn Khe Mạ,Đảng bộ xã Bản Cầm\n"
	if status, _, _ := lan.postFile("/roster", "roster", "ds.csv", []byte(roster)); status != http.StatusForbidden {
		t.Errorf("an analyst's roster upload = %d, want 403", status)
	}

	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")
	if _, body := quan.get("/check"); !strings.Contains(body, `action="/roster"`) {
		t.Error("an admin is not offered the roster upload")
	}
	status, _, hdr := quan.postFile("/roster", "roster", "danh sách.csv", []byte(roster))
	if status != http.StatusSeeOther || hdr.Get("Location") != "/check?roster=ok" {
		t.Fatalf("roster upload = %d to %q", status, hdr.Get("Location"))
	}
	_, body = lan.get("/check?roster=ok")
	has(t, "check page with a roster", body, "Danh sách đơn vị phải báo cáo: 2 đơn vị", "danh sách.csv",
		`<table class="missing">`, "<td>Chi bộ thôn Khe Mạ</td>", "Đơn vị không có trong danh sách")
	if i := strings.Index(body, `<table class="missing">`); strings.Contains(body[i:i+400], "Cầm Hạ") {
		t.Error("a unit that reported is listed as missing")
	}
	if RosterFile(f.data) == "" {
		t.Error("the roster is not kept in the data directory")
	}
	var got struct{ Findings []check.Finding }
	lan.getJSON("/api/findings", &got)
	missing := 0
	for _, x := range got.Findings {
		if x.Rule == check.MissingReport {
			missing++
		}
	}
	if missing != 1 {
		t.Errorf("%d missing_report findings after the roster, want 1", missing)
	}

	// A file that is no roster is refused, and the roster stays.
	status, body, _ = quan.postFile("/roster", "roster", "anh.png", []byte("\x89PNG\r\n\x1a\nnot a roster"))
	if status != http.StatusBadRequest || !strings.Contains(body, "Không đọc được danh sách đơn vị") {
		t.Errorf("bad roster = %d\n%s", status, body)
	}
	if _, body := lan.get("/check"); !strings.Contains(body, "2 đơn vị") {
		t.Error("a refused roster replaced the one in use")
	}
}

func TestTheSummaryWorkbookDownloadsAndOpens(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	basic, _ := http.NewRequest("GET", ts.URL+"/api/summary.xlsx", nil)
	basic.SetBasicAuth("lan", "mật-khẩu-lan")
	page, _ := http.NewRequest("GET", ts.URL+"/summary.xlsx", nil)
	for _, c := range []struct {
		client *http.Client
		req    *http.Request
	}{{s.c, page}, {http.DefaultClient, basic}} {
		resp, err := c.client.Do(c.req)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s = %d\n%s", c.req.URL.Path, resp.StatusCode, data)
		}
		if disp, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Disposition")); disp != "attachment" {
			t.Errorf("Content-Disposition %q", resp.Header.Get("Content-Disposition"))
		}
		wb, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s does not open: %v", c.req.URL.Path, err)
		}
		sheets := strings.Join(wb.GetSheetList(), "|")
		for _, want := range []string{summary.SheetSummary, summary.SheetDetail, summary.SheetIssues, summary.SheetMissing} {
			if !strings.Contains(sheets, want) {
				t.Errorf("sheets %s lack %s", sheets, want)
			}
		}
		rows, _ := wb.GetRows(summary.SheetDetail)
		if len(rows) < 17 {
			t.Errorf("detail sheet has %d rows; the index has 17 records", len(rows))
		}
		wb.Close()
	}
}

// multipartRequest is a POST of one file, for the API.
func multipartRequest(t *testing.T, url, field, name string, data []byte, b *bytes.Buffer) *http.Request {
	t.Helper()
	w := multipart.NewWriter(b)
	part, _ := w.CreateFormFile(field, name)
	part.Write(data)
	w.Close()
	req, err := http.NewRequest("POST", url, b)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	return req
}
