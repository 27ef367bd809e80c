package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

// Sessions are signed cookies: the user's name, an expiry, a nonce and a
// fingerprint of the password hash, with an HMAC over them. Nothing is kept on
// the server, a changed password ends the user's sessions, and the signing
// key in the data directory survives restarts.
type sessions struct {
	key    []byte
	secure bool
	ttl    time.Duration
	now    func() time.Time
}

const (
	sessionCookie = "baocao_session"
	loginCookie   = "baocao_login" // the CSRF token of the login form, before any session
	sessionTTL    = 12 * time.Hour // a working day
	keySize       = 32
)

type claims struct {
	User    string `json:"u"`
	Expires int64  `json:"e"`
	Nonce   string `json:"n"`
	Pass    string `json:"p"` // fingerprint of the password hash
}

// LoadKey reads the signing key at path, making one the first time.
func LoadKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil && len(b) == keySize {
		return b, nil
	}
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("web: read key: %w", err)
	}
	b = make([]byte, keySize)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, fmt.Errorf("web: write key: %w", err)
	}
	return b, nil
}

func (s *sessions) mac(parts ...string) []byte {
	m := hmac.New(sha256.New, s.key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return m.Sum(nil)
}

func passPrint(u User) string {
	h := sha256.Sum256(u.Hash)
	return base64.RawURLEncoding.EncodeToString(h[:8])
}

func randomToken() string {
	b := make([]byte, 18)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// start gives the user a new session.
func (s *sessions) start(w http.ResponseWriter, u User) {
	c := claims{User: u.Name, Expires: s.now().Add(s.ttl).Unix(), Nonce: randomToken(), Pass: passPrint(u)}
	payload, _ := json.Marshal(c)
	p := base64.RawURLEncoding.EncodeToString(payload)
	sig := base64.RawURLEncoding.EncodeToString(s.mac("session", p))
	http.SetCookie(w, s.cookie(sessionCookie, p+"."+sig, s.ttl))
}

func (s *sessions) cookie(name, value string, ttl time.Duration) *http.Cookie {
	return &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: int(ttl.Seconds()),
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode,
	}
}

// end removes the session cookie.
func (s *sessions) end(w http.ResponseWriter) {
	http.SetCookie(w, s.cookie(sessionCookie, "", -time.Second))
}

// get returns the session's claims, if the request carries a valid, unexpired
// one.
func (s *sessions) get(r *http.Request) (claims, bool) {
	ck, err := r.Cookie(sessionCookie)
	if err != nil {
		return claims{}, false
	}
	p, sig, ok := strings.Cut(ck.Value, ".")
	if !ok {
		return claims{}, false
	}
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(got, s.mac("session", p)) {
		return claims{}, false
	}
	payload, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil {
		return claims{}, false
	}
	var c claims
	if json.Unmarshal(payload, &c) != nil || s.now().Unix() >= c.Expires {
		return claims{}, false
	}
	return c, true
}

// csrfToken is the token forms of this session carry.
func (s *sessions) csrfToken(c claims) string {
	return base64.RawURLEncoding.EncodeToString(s.mac("csrf", c.Nonce))
}

// checkCSRF compares the token a form or header carries with the session's.
func (s *sessions) checkCSRF(r *http.Request, c claims) bool {
	got := r.Header.Get("X-CSRF-Token")
	if got == "" {
		got = r.PostFormValue("csrf")
	}
	want := s.csrfToken(c)
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// loginToken returns the login form's CSRF token, setting its cookie when the
// browser has none: the form and the cookie must agree (double submit).
func (s *sessions) loginToken(w http.ResponseWriter, r *http.Request) string {
	if ck, err := r.Cookie(loginCookie); err == nil && len(ck.Value) >= 20 {
		return ck.Value
	}
	t := randomToken()
	http.SetCookie(w, s.cookie(loginCookie, t, time.Hour))
	return t
}

func (s *sessions) checkLoginToken(r *http.Request) bool {
	ck, err := r.Cookie(loginCookie)
	got := r.PostFormValue("csrf")
	return err == nil && got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(ck.Value)) == 1
}
