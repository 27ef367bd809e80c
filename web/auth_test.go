package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a fake time the test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// testServer starts the web server with two users on a fake clock.
func testServer(t *testing.T, cfg Config) (*httptest.Server, *clock, *Users) {
	t.Helper()
	dir := t.TempDir()
	users, err := OpenUsers(filepath.Join(dir, "users.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := users.Add("lan", Analyst, "mật-khẩu-lan"); err != nil {
		t.Fatal(err)
	}
	if err := users.Add("quan", Admin, "mật-khẩu-quản"); err != nil {
		t.Fatal(err)
	}
	key, err := LoadKey(filepath.Join(dir, "web.key"))
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	cfg.Users, cfg.Key, cfg.Now = users, key, c.now
	if cfg.Data == "" {
		cfg.Data = dir
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, c, users
}

// browser is an HTTP client with cookies that does not follow redirects.
func browser(t *testing.T) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// login logs the browser in and returns the session's form token.
func login(t *testing.T, c *http.Client, base, name, pass string) *http.Response {
	t.Helper()
	resp, err := c.Get(base + "/login")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := csrfField.FindSubmatch(body)
	if m == nil {
		t.Fatalf("login page has no token:\n%s", body)
	}
	resp, err = c.PostForm(base+"/login", url.Values{"username": {name}, "password": {pass}, "csrf": {string(m[1])}, "next": {"/"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func formToken(t *testing.T, c *http.Client, base string) string {
	t.Helper()
	resp, err := c.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	m := csrfField.FindSubmatch(body)
	if m == nil {
		t.Fatalf("page has no form token (status %d):\n%s", resp.StatusCode, body)
	}
	return string(m[1])
}

func TestWithoutLoginPagesRedirectToTheLoginPage(t *testing.T) {
	ts, _, _ := testServer(t, Config{})
	c := browser(t)
	resp, err := c.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
		t.Errorf("GET / = %d to %q, want 303 to /login", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, err = c.Get(ts.URL + "/logout")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /logout = %d", resp.StatusCode)
	}
}

func TestLoginStartsASessionAndLogoutEndsIt(t *testing.T) {
	ts, _, _ := testServer(t, Config{})
	c := browser(t)
	if resp := login(t, c, ts.URL, "lan", "mật-khẩu-lan"); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("login = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	for _, ck := range c.Jar.Cookies(mustURL(ts.URL)) {
		if ck.Name == sessionCookie && ck.Value == "" {
			t.Fatal("empty session cookie")
		}
	}
	tok := formToken(t, c, ts.URL)
	resp, err := c.Get(ts.URL + "/")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / after login = %v %v", resp.StatusCode, err)
	}
	resp, _ = c.PostForm(ts.URL+"/logout", url.Values{"csrf": {tok}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout = %d", resp.StatusCode)
	}
	if resp, _ := c.Get(ts.URL + "/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("GET / after logout = %d, want a redirect to login", resp.StatusCode)
	}
}

func mustURL(s string) *url.URL { u, _ := url.Parse(s); return u }

func TestWrongPasswordIsRefusedAndGuessingIsSlowedDown(t *testing.T) {
	ts, clk, _ := testServer(t, Config{})
	c := browser(t)
	if resp := login(t, c, ts.URL, "lan", "sai"); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("wrong password = %d, want 401", resp.StatusCode)
	}
	for range maxFailures - 1 {
		login(t, c, ts.URL, "lan", "sai")
	}
	// Now even the right password waits.
	resp := login(t, c, ts.URL, "lan", "mật-khẩu-lan")
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("after %d failures = %d (Retry-After %q), want 429", maxFailures, resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	clk.add(window)
	if resp := login(t, c, ts.URL, "lan", "mật-khẩu-lan"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("after the window = %d, want a login", resp.StatusCode)
	}
}

func TestLoginNeedsItsFormToken(t *testing.T) {
	ts, _, _ := testServer(t, Config{})
	c := browser(t)
	resp, err := c.PostForm(ts.URL+"/login", url.Values{"username": {"lan"}, "password": {"mật-khẩu-lan"}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("login without the form's token = %d, want 403", resp.StatusCode)
	}
}

func TestPostsWithoutTheSessionTokenAreRefused(t *testing.T) {
	ts, _, _ := testServer(t, Config{})
	c := browser(t)
	login(t, c, ts.URL, "lan", "mật-khẩu-lan")
	resp, err := c.PostForm(ts.URL+"/logout", url.Values{"csrf": {"forged"}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("forged POST = %d, want 403", resp.StatusCode)
	}
}

func TestSessionsExpireAndEndWithAPasswordChange(t *testing.T) {
	ts, clk, users := testServer(t, Config{})
	c := browser(t)
	login(t, c, ts.URL, "lan", "mật-khẩu-lan")
	clk.add(sessionTTL + time.Minute)
	if resp, _ := c.Get(ts.URL + "/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("expired session = %d, want a redirect", resp.StatusCode)
	}
	login(t, c, ts.URL, "lan", "mật-khẩu-lan")
	if err := users.Add("lan", Analyst, "mật-khẩu-mới"); err != nil {
		t.Fatal(err)
	}
	if resp, _ := c.Get(ts.URL + "/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("session after a password change = %d, want a redirect", resp.StatusCode)
	}
}

func TestSafeNextStaysOnSite(t *testing.T) {
	for in, want := range map[string]string{
		"/record/abc?x=1": "/record/abc?x=1", "": "/", "https://evil.example/": "/",
		"//evil.example": "/", "/\\evil.example": "/", "javascript:alert(1)": "/",
		"/\t/evil.example": "/", "/\n/evil.example": "/", "/\r\n/evil.example": "/", "/x\\..\\\\evil": "/",
		"/\u200b/evil.example": "/", "/search?q=a%2Fb": "/search?q=a%2Fb", "/%2F%2Fevil.example": "/",
	} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoRedirectOffSiteAfterLogin: the redirect a browser follows after
// login, or when already logged in, stays on this site whatever next says.
func TestNoRedirectOffSiteAfterLogin(t *testing.T) {
	ts, _, _ := testServer(t, Config{})
	c := browser(t)
	login(t, c, ts.URL, "lan", "mật-khẩu-lan")
	for _, next := range []string{"/%09/evil.example", "/%0A/evil.example", "/%5Cevil.example", "//evil.example", "https:evil.example"} {
		resp, err := c.Get(ts.URL + "/login?next=" + next)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || loc != "/" {
			t.Errorf("next=%s: %d to %q, want a redirect to /", next, resp.StatusCode, loc)
		}
	}
}

// TestGuessesInParallelAreCountedBeforeTheyAreChecked: 100 Basic-auth
// requests at once for one name, 99 wrong and the right one last, get at
// most five password checks between them; the others are refused at once,
// and the right password does not get through once the name is locked.
func TestGuessesInParallelAreCountedBeforeTheyAreChecked(t *testing.T) {
	ts, _, _ := testServer(t, Config{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for i := range 100 {
		pass := "sai-" + fmt.Sprint(i)
		if i == 99 {
			pass = "mật-khẩu-lan"
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("GET", ts.URL+"/api/search?q=a", nil)
			req.SetBasicAuth("lan", pass)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			mu.Lock()
			codes[resp.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if checked := 100 - codes[http.StatusTooManyRequests]; checked > maxFailures {
		t.Errorf("%d guesses were checked (%v), want at most %d", checked, codes, maxFailures)
	}
	if codes[http.StatusOK] > 0 && codes[http.StatusOK]+codes[http.StatusUnauthorized] > maxFailures {
		t.Errorf("answers %v: more checks than the lock allows", codes)
	}
}

func TestUsersAreKeptHashedAndChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users.json")
	u, _ := OpenUsers(path)
	if err := u.Add("a b", Analyst, "mật-khẩu-dài"); err == nil {
		t.Error("a name with a space was accepted")
	}
	if err := u.Add("an", Analyst, "ngắn"); err == nil {
		t.Error("a short password was accepted")
	}
	if err := u.Add("an", Role("root"), "mật-khẩu-dài"); err == nil {
		t.Error("an unknown role was accepted")
	}
	if err := u.Add("an", Admin, "mật-khẩu-dài"); err != nil {
		t.Fatal(err)
	}
	again, err := OpenUsers(path)
	if err != nil {
		t.Fatal(err)
	}
	x, ok := again.Authenticate("an", "mật-khẩu-dài")
	if !ok || x.Role != Admin {
		t.Fatalf("reopened user = %+v, %v", x, ok)
	}
	if _, ok := again.Authenticate("an", "mật-khẩu-sai"); ok {
		t.Error("wrong password accepted")
	}
	if _, ok := again.Authenticate("ai", "mật-khẩu-dài"); ok {
		t.Error("unknown user accepted")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "mật-khẩu-dài") {
		t.Error("the password is stored in clear")
	}
	var list []User
	if err := json.Unmarshal(raw, &list); err != nil || len(list) != 1 || !strings.HasPrefix(string(list[0].Hash), "$2") {
		t.Errorf("stored users %s, want one bcrypt hash", raw)
	}
}

// TestAttemptsBeingCheckedHoldOthersBackBriefly: attempts still being
// checked fill the window only for a moment (a second's wait, so that a
// script's parallel calls are not locked out for the window); failed ones
// lock it for the rest of the window; a finished success frees its place.
func TestAttemptsBeingCheckedHoldOthersBackBriefly(t *testing.T) {
	now := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	l := newLimiter(func() time.Time { return now })
	for i := range maxFailures {
		if wait := l.attempt("ip:1", "user:lan"); wait != 0 {
			t.Fatalf("attempt %d refused (%v)", i, wait)
		}
	}
	if wait := l.attempt("ip:1", "user:lan"); wait != time.Second {
		t.Errorf("with %d attempts being checked, wait %v, want a second", maxFailures, wait)
	}
	l.finish(false, "ip:1", "user:lan")
	l.succeed("user:lan")
	if wait := l.attempt("ip:2", "user:lan"); wait != 0 {
		t.Errorf("after a success, another address waits %v", wait)
	}
	for range maxFailures + 1 {
		l.finish(true, "ip:1", "user:lan")
	}
	if wait := l.attempt("ip:1", "user:lan"); wait < 14*time.Minute {
		t.Errorf("after %d failures, wait %v, want the rest of the window", maxFailures, wait)
	}
}
