package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"

	"baocao"
	"baocao/extract"
	"baocao/ingest"
	"baocao/web"
)

// webFlags are the flags of the web page that `baocao run` serves.
type webFlags struct {
	tlsCert, tlsKey string
	camp            campaignFlags
}

func (f *webFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.tlsCert, "tls-cert", "", "chứng chỉ TLS (PEM): phục vụ HTTPS, cookie chỉ gửi qua HTTPS")
	fs.StringVar(&f.tlsKey, "tls-key", "", "khóa riêng của chứng chỉ TLS (PEM)")
	f.camp.register(fs)
	fs.Lookup("roster").Usage += "; mặc định danh sách tải lên ở trang Kiểm tra, nếu có"
}

// check refuses half a TLS setting, and a pair that does not load, before
// anything starts.
func (f *webFlags) check() error {
	if (f.tlsCert == "") != (f.tlsKey == "") {
		return usageError{"--tls-cert và --tls-key phải đi cùng nhau"}
	}
	if f.tlsCert != "" {
		if _, err := tls.LoadX509KeyPair(f.tlsCert, f.tlsKey); err != nil {
			return fmt.Errorf("đọc chứng chỉ TLS: %w", err)
		}
	}
	return nil
}

func (f *webFlags) tls() bool { return f.tlsCert != "" }

// newWeb makes the web server over the data directory: the signing key and
// the users kept there, the campaign's rules, and the roster given by flag or
// else the one last uploaded on the page.
func newWeb(ctx context.Context, f *webFlags, data string, ix baocao.Index, in *ingest.Intake, journal *ingest.Journal, logger *slog.Logger) (*web.Server, error) {
	key, err := web.LoadKey(filepath.Join(data, "web.key"))
	if err != nil {
		return nil, err
	}
	users, err := web.OpenUsers(filepath.Join(data, "users.json"))
	if err != nil {
		return nil, err
	}
	if users.Len() == 0 {
		logger.Warn("no web user yet: nobody can log in; create one with: baocao user add --data " + data + " --role admin NAME")
	}
	camp := f.camp
	rules, roster, err := camp.load(ctx, data)
	if err != nil {
		return nil, err
	}
	rosterName := ""
	if camp.roster != "" {
		rosterName = camp.roster
		logger.Info("roster", "file", camp.roster, "units", len(roster))
	}
	return web.New(web.Config{
		Index: ix, Users: users, Key: key, Secure: f.tls(), Logger: logger,
		Data: data, Rules: rules, Roster: roster, RosterName: rosterName,
		Intake: webIntake{in: in, journal: journal}, Sniff: extract.Sniff, MaxUpload: extract.DefaultOptions.MaxFileSize,
	})
}

// webIntake is the running intake as the web pages see it.
type webIntake struct {
	in      *ingest.Intake
	journal *ingest.Journal
}

func (w webIntake) Files(ctx context.Context) ([]web.IntakeFile, error) {
	all, err := w.journal.All()
	if err != nil {
		return nil, err
	}
	out := make([]web.IntakeFile, 0, len(all))
	for _, e := range all {
		out = append(out, web.IntakeFile{Path: e.Path, SHA256: e.SHA256, State: string(e.State), Reason: e.Reason,
			Records: e.Records, Size: e.Size, Attempts: e.Attempts, FirstSeen: e.FirstSeen, Updated: e.Updated})
	}
	return out, nil
}

func (w webIntake) Reingest(ctx context.Context, path string) error { return w.in.Reingest(ctx, path) }

func (w webIntake) Upload(ctx context.Context, name string, r io.Reader) (string, error) {
	return w.in.Accept(ctx, name, r)
}

// serveHTTP serves the page, the API and the operators' endpoints on one
// listener until Shutdown.
func serveHTTP(srv *http.Server, ln net.Listener, f *webFlags) error {
	var err error
	if f.tls() {
		err = srv.ServeTLS(ln, f.tlsCert, f.tlsKey)
	} else {
		err = srv.Serve(ln)
	}
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// isLoopback reports whether a listening address only takes connections
// from this machine.
func isLoopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
