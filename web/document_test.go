package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestDocumentsAreFoundAndShownWithTheirHeaderTextAndRecords: an invitation
// that holds no record is found by its words and by its kind, and its page
// shows what its header says and its text; a report's page lists its records.
func TestDocumentsAreFoundAndShownWithTheirHeaderTextAndRecords(t *testing.T) {
	f := ownFixture(t, "wild/hue/giay-moi-hoi-nghi-tw10-pong-drang.pdf", "xlsx/rollup-01-dang-uy-xa-gia-phu.xlsx")
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")

	status, body := s.get("/?" + url.Values{"q": {"pong drang"}, "type": {"document"}}.Encode())
	if status != http.StatusOK {
		t.Fatalf("search = %d\n%s", status, body)
	}
	links := reLink.FindAllStringSubmatch(body, -1)
	if len(links) != 1 || !strings.Contains(body, `<a class="document-link" href="/document/`) {
		t.Fatalf("document search found %v", links)
	}
	invitation := links[0][1]
	has(t, "document hit", body, "Giấy mời", "57-GM/ĐU", `class="badge kind">Văn bản`)

	status, body = s.get("/?" + url.Values{"kind": {"Giấy mời"}}.Encode())
	if status != http.StatusOK || len(reLink.FindAllString(body, -1)) != 1 || !strings.Contains(body, invitation) {
		t.Errorf("filter by kind: %d %v", status, reLink.FindAllString(body, -1))
	}
	status, body = s.get("/?" + url.Values{"issuer": {"dang uy xa pong drang"}}.Encode())
	if status != http.StatusOK || len(reLink.FindAllString(body, -1)) != 1 || !strings.Contains(body, invitation) {
		t.Errorf("filter by issuer: %d %v", status, reLink.FindAllString(body, -1))
	}
	if _, body = s.get("/?" + url.Values{"kind": {"Kế hoạch"}}.Encode()); len(reLink.FindAllString(body, -1)) != 0 {
		t.Errorf("no plan was put, yet: %v", reLink.FindAllString(body, -1))
	}

	status, body = s.get("/document/" + invitation)
	if status != http.StatusOK {
		t.Fatalf("document page = %d\n%s", status, body)
	}
	has(t, "document page", body, "Giấy mời số 57-GM/ĐU", "Đảng ủy xã Pơng Drang", "Huyện ủy Krông Búk",
		"05/12/2024", "không phải báo cáo kết quả hội nghị", `<pre class="document-text">`, "Hội trường UBND xã Pơng Drang")

	// A roll-up's document lists its records, and each record links back.
	_, body = s.get("/?" + url.Values{"q": {"gia phu"}, "type": {"document"}}.Encode())
	links = reLink.FindAllStringSubmatch(body, -1)
	if len(links) != 1 {
		t.Fatalf("the roll-up's document: %v", links)
	}
	rollup := links[0][1]
	_, body = s.get("/document/" + rollup)
	if n := strings.Count(body, `class="record-link"`); n != 12 {
		t.Errorf("the roll-up's page lists %d records, want its 12", n)
	}
	rec := regexpFirst(t, body, `href="/record/([0-9a-f]{16}-[0-9]{4})"`)
	if _, body = s.get("/record/" + rec); !strings.Contains(body, `href="/document/`+rollup+`"`) {
		t.Errorf("the record page does not link to its document")
	}

	var api struct {
		Document struct {
			Kind    string `json:"kind"`
			Records int    `json:"records"`
		} `json:"document"`
		Records []otherRecord `json:"records"`
		Text    string        `json:"text"`
	}
	status, body = s.get("/api/documents/" + rollup)
	if err := json.Unmarshal([]byte(body), &api); status != http.StatusOK || err != nil || len(api.Records) != 12 || api.Document.Records != 12 || api.Text == "" {
		t.Errorf("GET /api/documents/… = %d %v: %+v", status, err, api)
	}
	for _, id := range []string{strings.Repeat("0", 64), "..%2Fjournal.db", rec} {
		if status, _ := s.get("/document/" + id); status != http.StatusNotFound {
			t.Errorf("GET /document/%s = %d, want 404", id, status)
		}
	}
}

// regexpFirst returns the first group of the first match of pattern in body.
func regexpFirst(t *testing.T, body, pattern string) string {
	t.Helper()
	m := regexp.MustCompile(pattern).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no %s in the page", pattern)
	}
	return m[1]
}
