package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"baocao/internal/await"
)

// startWeb starts `baocao run` with extra flags and waits until its web
// server answers, over HTTPS when client trusts a certificate.
func startWeb(t *testing.T, bin, data string, client *http.Client, scheme string, extra ...string) (*exec.Cmd, string) {
	t.Helper()
	addr := freePort(t)
	args := append([]string{"run", "--data", data, "--http", addr, "--delay", "100ms", "--tick", "50ms", "--log-format", "json"}, extra...)
	cmd := exec.Command(bin, args...)
	cmd.Stderr, _ = os.Create(filepath.Join(data, "daemon.log"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	base := scheme + "://" + addr
	awaitReady(t, base, client, filepath.Join(data, "daemon.log"))
	return cmd, base
}

func TestRunServesTheWebPageAndAPIBesideTheOperatorsEndpoints(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	t.Setenv("BAOCAO_PASSWORD", "mật-khẩu-dài")
	if code, _, stderr := runCLI(t, "user", "add", "--data", data, "--role", "analyst", "lan"); code != 0 {
		t.Fatal(stderr)
	}
	// A roster uploaded on the page earlier is the default roster.
	roster := "Đơn vị,Đơn vị cấp trên\nChi bộ Trường THCS Hùng Sơn,Đảng bộ xã Hùng Sơn\nChi bộ thôn Khe Mạ,Đảng bộ xã Bản Cầm\n"
	os.WriteFile(filepath.Join(data, "roster.csv"), []byte(roster), 0o644)
	inbox := filepath.Join(data, "inbox")
	os.MkdirAll(inbox, 0o755)
	pdf, _ := os.ReadFile("../../samples/pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf")
	os.WriteFile(filepath.Join(inbox, "bc.pdf"), pdf, 0o644)

	cmd, base := startWeb(t, bin, data, http.DefaultClient, "http")
	api := func(path string, v any) int {
		req, _ := http.NewRequest("GET", base+path, nil)
		req.SetBasicAuth("lan", "mật-khẩu-dài")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		json.NewDecoder(resp.Body).Decode(v)
		return resp.StatusCode
	}
	var res struct {
		Total int
		Hits  []struct{ ID, File string }
	}
	await.Until(t, "the report in the search", func() (bool, string) {
		status := api("/api/search?q=quan+triet", &res)
		return res.Total > 0, fmt.Sprintf("%s, search %d", logState(filepath.Join(data, "daemon.log")), status)
	})
	if res.Hits[0].File != filepath.Join(inbox, "bc.pdf") {
		t.Errorf("hit file %q", res.Hits[0].File)
	}
	var findings struct{ Findings []struct{ Rule, Unit string } }
	if status := api("/api/findings", &findings); status != http.StatusOK {
		t.Fatalf("findings = %d", status)
	}
	var missing []string
	for _, f := range findings.Findings {
		if f.Rule == "missing_report" {
			missing = append(missing, f.Unit)
		}
	}
	if len(missing) != 1 || missing[0] != "Chi bộ thôn Khe Mạ" {
		t.Errorf("missing reports %v: the roster in the data directory is not used", missing)
	}
	var e struct{ Error string }
	if status := api("/api/files?x", &e); status != http.StatusOK {
		t.Errorf("/api/files = %d", status)
	}
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for path, want := range map[string]int{"/healthz": 200, "/metrics": 200, "/": http.StatusSeeOther, "/api/search?q=x": http.StatusUnauthorized} {
		resp, err := noRedirect.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s = %d, want %d", path, resp.StatusCode, want)
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}
}

func TestRunServesHTTPSWithSecureCookiesAndSaysWhenNobodyCanLogIn(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	certFile, keyFile, pool := selfSigned(t)
	client := &http.Client{
		Transport:     &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	_, base := startWeb(t, bin, data, client, "https", "--tls-cert", certFile, "--tls-key", keyFile)
	log, _ := os.ReadFile(filepath.Join(data, "daemon.log"))
	if !strings.Contains(string(log), "baocao user add") {
		t.Errorf("no warning that nobody can log in:\n%s", log)
	}
	resp, err := client.Get(base + "/login")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "baocao user add") {
		t.Error("the login page does not say how to create a user")
	}
	for _, c := range resp.Cookies() {
		if !c.Secure {
			t.Errorf("cookie %s is not Secure over HTTPS", c.Name)
		}
	}
	if resp.Header.Get("Strict-Transport-Security") == "" {
		t.Error("no HSTS over HTTPS")
	}
	// A user added while the daemon runs can log in at once.
	t.Setenv("BAOCAO_PASSWORD", "mật-khẩu-dài")
	if code, _, stderr := runCLI(t, "user", "add", "--data", data, "--role", "admin", "quan"); code != 0 {
		t.Fatal(stderr)
	}
	token := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(body)
	if token == nil {
		t.Fatal("no login token")
	}
	login := func() *http.Response {
		req, _ := http.NewRequest("POST", base+"/login", strings.NewReader(url.Values{"username": {"quan"}, "password": {"mật-khẩu-dài"}, "csrf": {string(token[1])}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for _, c := range resp.Cookies() {
			req.AddCookie(c)
		}
		r, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r
	}
	// The daemon reads the users file again within a second.
	got := login()
	for i := 0; i < 3 && got.StatusCode == http.StatusUnauthorized; i++ {
		time.Sleep(1100 * time.Millisecond)
		got = login()
	}
	if got.StatusCode != http.StatusSeeOther {
		t.Fatalf("login of a user added while running = %d", got.StatusCode)
	}
	var session *http.Cookie
	for _, c := range got.Cookies() {
		if c.Name == "baocao_session" {
			session = c
		}
	}
	if session == nil || !session.Secure || !session.HttpOnly {
		t.Errorf("session cookie %+v, want Secure and HttpOnly", session)
	}
}

func TestRunRefusesHalfATLSSetting(t *testing.T) {
	if code, _, stderr := runCLI(t, "run", "--data", t.TempDir(), "--tls-cert", "cert.pem"); code != 2 || !strings.Contains(stderr, "--tls-key") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key, and returns a
// pool that trusts it.
func selfSigned(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "baocao test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := x509.MarshalECPrivateKey(key)
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}
