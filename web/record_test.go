package web

import (
	"bytes"
	"context"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/index/bleve"
)

// firstRecord finds the record the index holds for a sample of the fixture.
func firstRecord(t *testing.T, f *fixture, sample string) baocao.Hit {
	t.Helper()
	var found baocao.Hit
	err := f.ix.Each(context.Background(), baocao.Query{}, func(h baocao.Hit) error {
		if h.File == f.paths[sample] && found.ID == "" {
			found = h
		}
		return nil
	})
	if err != nil || found.ID == "" {
		t.Fatalf("no record of %s in the index (%v)", sample, err)
	}
	return found
}

func TestRecordPageShowsEveryFieldItsSourceAndTheOtherRecordsOfItsFile(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")

	pdf := firstRecord(t, f, "pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf")
	status, body := s.get("/record/" + pdf.ID)
	if status != http.StatusOK {
		t.Fatalf("GET /record/%s = %d", pdf.ID, status)
	}
	r := pdf.Record
	has(t, "record page", body, r.Unit, r.ParentUnit, r.DocNumber, "31/03/2021", r.Location, "Trực tiếp",
		r.Chair.Name, r.Reporters[0].Name, "24/25 đảng viên", "96%", r.Program[0].Topic, "01-CTr/CB", r.Signer.Name,
		"fpdf-01-chi-bo-truong-thcs-hung-son.pdf", "trang 1",
		`<a class="download-original button" href="/original/`+pdf.ID+`"`, "Tệp chỉ có bản ghi này.")

	// A roll-up: a record per row of a sheet, the others linked.
	row := firstRecord(t, f, "xlsx/rollup-01-dang-uy-xa-gia-phu.xlsx")
	status, body = s.get("/record/" + row.ID)
	if status != http.StatusOK {
		t.Fatalf("GET /record/%s = %d", row.ID, status)
	}
	src := row.Record.Source
	if src.Sheet == "" || src.Row == 0 {
		t.Fatalf("a roll-up record without its sheet and row: %+v", src)
	}
	has(t, "roll-up record page", body, "trang tính «"+src.Sheet+"»", "dòng ")
	n := strings.Count(body, `<a class="record-link" href="/record/`+row.SHA256[:16]+"-")
	if n != 11 {
		t.Errorf("%d other records of the roll-up linked, want 11", n)
	}
	if strings.Contains(body, `href="/record/`+row.ID+`"`) {
		t.Error("the record links to itself as another record")
	}
}

func TestRecordAPIAnswersTheRecordWithItsFileAndWarnings(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	h := firstRecord(t, f, "pdf/soffice-15-chi-bo-thon-cam-ha.pdf")
	var got recordDetail
	if status := s.getJSON("/api/records/"+h.ID, &got); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	if got.ID != h.ID || got.File != h.File || got.SHA256 != h.SHA256 || got.Record.Unit != h.Record.Unit || !got.Original {
		t.Errorf("got %+v", got)
	}
	if got.Warnings == nil || got.Findings == nil || len(got.Findings) == 0 {
		t.Errorf("warnings %v, findings %v: want lists, and this sample's findings", got.Warnings, got.Findings)
	}
	var e struct{ Error string }
	if status := s.getJSON("/api/records/0123456789abcdef-0000", &e); status != http.StatusNotFound || e.Error == "" {
		t.Errorf("unknown record = %d %q", status, e.Error)
	}
	if status, body := s.get("/record/0123456789abcdef-0000"); status != http.StatusNotFound || !strings.Contains(body, "Không tìm thấy") {
		t.Errorf("unknown record page = %d", status)
	}
}

func TestTheOriginalIsDownloadedByRecordIDOnly(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	const sample = "docx/word-05-chi-bo-van-phong-huyen-uy.docx"
	h := firstRecord(t, f, sample)
	want, err := os.ReadFile(filepath.Join("..", "samples", sample))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/original/" + h.ID, "/api/original/" + h.ID} {
		resp, err := s.c.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !bytes.Equal(got, want) {
			t.Errorf("GET %s = %d, %d bytes; want the sample's %d", path, resp.StatusCode, len(got), len(want))
		}
		disp, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
		if disp != "attachment" || params["filename"] != filepath.Base(sample) {
			t.Errorf("GET %s: Content-Disposition %q", path, resp.Header.Get("Content-Disposition"))
		}
	}
	// Scripts download with Basic authentication.
	req, _ := http.NewRequest("GET", ts.URL+"/api/original/"+h.ID, nil)
	req.SetBasicAuth("lan", "mật-khẩu-lan")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("Basic download = %v %v", resp.StatusCode, err)
	}
	// A document's ID (the content hash the index knows) names the same file.
	if status, _ := s.get("/original/" + h.SHA256); status != http.StatusOK {
		t.Errorf("GET /original/ by the document's ID = %d", status)
	}
	// Nothing but a record's or a document's ID names a file: paths, other
	// hashes and the data directory's own files are not found.
	for _, id := range []string{
		"..%2F..%2Fjournal.db", "..%2Fweb.key", "%2Fetc%2Fpasswd", strings.Repeat("0", 64), h.SHA256[:16],
		"users.json", "0123456789abcdef-0000", strings.ToUpper(h.ID), strings.ToUpper(h.SHA256),
	} {
		for _, prefix := range []string{"/original/", "/api/original/"} {
			if status, body := s.get(prefix + id); status != http.StatusNotFound {
				t.Errorf("GET %s%s = %d, want 404\n%.200s", prefix, id, status, body)
			}
		}
	}
}

func TestRecordPageListsWhatToReviewAndMarksThoseFields(t *testing.T) {
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	reviewed := baocao.Record{
		Unit: "Chi bộ thôn Đông Hòa", ParentUnit: "Đảng ủy xã Gia Phú", Location: "Nhà văn hóa thôn",
		Attendance: &baocao.Attendance{MembersPresent: 45, MembersTotal: 48},
		Review: []baocao.Review{
			{Field: "attendance.members_present", Status: baocao.Derived, Why: "tổng số 48 − vắng 3"},
			{Field: "attendance.rate", Status: baocao.Unsure, Why: "báo cáo ghi 98% nhưng 45/48 là 94%"},
			{Field: "conference_date", Status: baocao.Missing, Why: "không tìm thấy ngày tổ chức hội nghị"},
			{Field: "reporters[1].name", Status: baocao.Unsure},
		},
	}
	plain := baocao.Record{Unit: "Chi bộ thôn Vạn Hòa", ParentUnit: "Đảng ủy xã Gia Phú", Location: "Nhà văn hóa thôn"}
	sha := strings.Repeat("ab", 32)
	if err := ix.PutFile(context.Background(), baocao.IndexedFile{SHA256: sha, Paths: []string{"/inbox/tong-hop.xlsx"}, Format: "xlsx",
		Records: []baocao.Record{reviewed, plain}}); err != nil {
		t.Fatal(err)
	}
	ts, _, _ := testServer(t, Config{Index: ix, Logger: quiet})
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")

	t.Run("each entry is listed in words with its status and why", func(t *testing.T) {
		status, body := s.get("/record/" + baocao.RecordID(sha, 0))
		if status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
		i := strings.Index(body, `<section class="review"`)
		if i < 0 {
			t.Fatalf("no review block:\n%s", body)
		}
		block := body[i : i+strings.Index(body[i:], "</section>")]
		has(t, "review block", block, "Cần xem lại",
			"<strong>Số đảng viên tham dự</strong>: <span class=\"review-status\">suy ra</span> — tổng số 48 − vắng 3",
			"<strong>Tỷ lệ đảng viên tham dự</strong>: <span class=\"review-status\">chưa chắc</span> — báo cáo ghi 98% nhưng 45/48 là 94%",
			"<strong>Ngày tổ chức hội nghị</strong>: <span class=\"review-status\">không tìm thấy</span> — không tìm thấy ngày tổ chức hội nghị",
			"<strong>Tên báo cáo viên (thứ 2)</strong>: <span class=\"review-status\">chưa chắc</span></li>")
		if n := strings.Count(block, "<li "); n != 4 {
			t.Errorf("%d entries listed, want 4", n)
		}
	})

	t.Run("the fields it names are marked in the field table", func(t *testing.T) {
		_, body := s.get("/record/" + baocao.RecordID(sha, 0))
		has(t, "field table", body,
			`<dt class="review review-derived review-unsure">Tham dự <span class="review-mark">(suy ra, chưa chắc)</span></dt>`,
			`<dt class="review review-missing">Ngày hội nghị <span class="review-mark">(không tìm thấy)</span></dt>`,
			`<dt class="review review-unsure">Báo cáo viên <span class="review-mark">(chưa chắc)</span></dt>`,
			"<dt>Đơn vị</dt>", "<dt>Địa điểm</dt>")
	})

	t.Run("a record with nothing to review shows no block and no marks", func(t *testing.T) {
		status, body := s.get("/record/" + baocao.RecordID(sha, 1))
		if status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
		for _, no := range []string{"Cần xem lại", `class="review`, "review-mark"} {
			if strings.Contains(body, no) {
				t.Errorf("the page has %q", no)
			}
		}
		has(t, "record page", body, "<dt>Tham dự</dt>", "<dt>Ngày hội nghị</dt>")
	})
}

func TestFieldNamesReadAsWords(t *testing.T) {
	for path, want := range map[string]string{
		"attendance.members_present": "Số đảng viên tham dự",
		"parent_unit":                "Cấp trên",
		"reporters[0].title":         "Chức vụ báo cáo viên (thứ 1)",
		"program.2.minutes":          "Thời lượng chuyên đề (thứ 3)",
		"something.new":              "something.new",
	} {
		if got := fieldName(path); got != want {
			t.Errorf("fieldName(%q) = %q, want %q", path, got, want)
		}
	}
}
