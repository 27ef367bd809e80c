package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestWithoutCredentialsTheAPIAnswers401AndPagesGoToTheLogin(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	c := browser(t)
	for _, path := range []string{"/api/search?q=quan", "/api/facets", "/api/findings", "/api/summary.xlsx", "/api/records/0123456789abcdef-0000",
		"/api/original/0123456789abcdef-0000", "/api/files", "/api/nothing"} {
		resp, err := c.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var e struct{ Error string }
		json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized || e.Error == "" || resp.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("GET %s = %d %q, want 401 asking for credentials", path, resp.StatusCode, e.Error)
		}
	}
	for _, path := range []string{"/api/upload", "/api/reingest", "/api/roster"} {
		resp, err := c.Post(ts.URL+path, "text/plain", strings.NewReader("x"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("POST %s = %d, want 401", path, resp.StatusCode)
		}
	}
	for _, path := range []string{"/?q=quan", "/record/0123456789abcdef-0000", "/original/0123456789abcdef-0000", "/check", "/summary.xlsx", "/intake"} {
		resp, err := c.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/login") {
			t.Errorf("GET %s = %d to %q, want the login page", path, resp.StatusCode, loc)
		}
	}
	for _, path := range []string{"/upload", "/intake/reingest", "/roster"} {
		resp, err := c.Post(ts.URL+path, "application/x-www-form-urlencoded", strings.NewReader("path=x"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/login") {
			t.Errorf("POST %s = %d to %q, want the login page", path, resp.StatusCode, loc)
		}
	}
}

func TestScriptsUseBasicAuthentication(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	get := func(user, pass string) (int, searchResult) {
		req, _ := http.NewRequest("GET", ts.URL+"/api/search?q=quan+triet&limit=2", nil)
		req.SetBasicAuth(user, pass)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var res searchResult
		json.NewDecoder(resp.Body).Decode(&res)
		return resp.StatusCode, res
	}
	if status, res := get("lan", "mật-khẩu-lan"); status != http.StatusOK || res.Total == 0 || len(res.Hits) != 2 {
		t.Errorf("Basic auth search = %d, total %d, %d hits", status, res.Total, len(res.Hits))
	}
	if status, _ := get("lan", "sai-mật-khẩu"); status != http.StatusUnauthorized {
		t.Errorf("wrong password = %d, want 401", status)
	}
	// A session's POST to the API needs the form token.
	quan := loggedIn(t, ts.URL, "quan", "mật-khẩu-quản")
	resp, err := quan.c.Post(ts.URL+"/api/reingest", "application/x-www-form-urlencoded", strings.NewReader("path=x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("session POST without its token = %d, want 403", resp.StatusCode)
	}
}
