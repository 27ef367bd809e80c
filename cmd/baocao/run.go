package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"baocao"
	"baocao/extract"
	"baocao/ingest"
)

func runDaemon(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", "run [--data THƯ_MỤC] [--es URL] [--inbox THƯ_MỤC] [--http ĐỊA_CHỈ] [tùy chọn]",
		"Chạy thường trực: theo dõi thư mục chung (cả thư mục con), đọc và đưa vào chỉ mục mọi tệp\n"+
			"gửi đến, đúng một lần; phục vụ trang web cho chuyên viên (đăng nhập bằng tài khoản tạo với\n"+
			"baocao user add), API, /healthz, /readyz và /metrics. Mỗi thiết lập lấy từ cờ, rồi\n"+
			"biến môi trường BAOCAO_TÊN (chữ hoa, gạch dưới), rồi tệp cấu hình (dòng \"tên = giá trị\").\n"+
			"Ctrl-C hoặc SIGTERM: đọc xong các tệp đang dở rồi dừng.", stderr)
	var store storeFlags
	store.register(fs)
	config := fs.String("config", "", "tệp cấu hình (mặc định DATA/baocao.conf nếu có)")
	inbox := fs.String("inbox", "", "thư mục chung nhận báo cáo (mặc định DATA/inbox)")
	addr := fs.String("http", "127.0.0.1:8080", "địa chỉ phục vụ HTTP")
	delay := fs.Duration("delay", 2*time.Second, "tệp phải đứng yên (cỡ và thời điểm sửa không đổi) chừng này mới được đọc")
	rescan := fs.Duration("rescan", time.Minute, "chu kỳ rà soát lại toàn bộ thư mục")
	poll := fs.Bool("poll", false, "chỉ rà soát định kỳ, không chờ thông báo thay đổi (ổ mạng; tự bật với NFS/SMB)")
	tick := fs.Duration("tick", 500*time.Millisecond, "chu kỳ rà soát khi có tệp đang chờ đứng yên, hoặc ở chế độ --poll")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "số tệp đọc song song")
	queue := fs.Int("queue", 0, "số tệp chờ đọc tối đa (mặc định 4 × workers)")
	logFormat := fs.String("log-format", "text", "dạng log: text hoặc json")
	logLevel := fs.String("log-level", "info", "mức log: debug, info, warn, error")
	var webf webFlags
	webf.register(fs)
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	cfg := *config
	if cfg == "" {
		cfg = filepath.Join(store.data, "baocao.conf")
	}
	if err := applySettings(fs, cfg, *config != ""); err != nil {
		return err
	}
	logger, err := newLogger(stderr, *logFormat, *logLevel)
	if err != nil {
		return err
	}
	if err := webf.check(); err != nil {
		return err
	}
	if *inbox == "" {
		*inbox = filepath.Join(store.data, "inbox")
	}
	if err := os.MkdirAll(*inbox, 0o755); err != nil {
		return err
	}
	ix, err := store.open(ctx, true)
	if err != nil {
		return err
	}
	defer ix.Close()
	journal, err := ingest.OpenJournal(filepath.Join(store.data, "journal.db"))
	if err != nil {
		return err
	}
	defer journal.Close()

	opts := extractOptions(max(*workers, 1))
	if err := opts.OCR.Check(); err != nil {
		logger.Warn("scanned pages will not be read: OCR is unavailable", "err", err)
	}
	metrics := &ingest.Metrics{}
	in := &ingest.Intake{
		Inbox: *inbox, Originals: filepath.Join(store.data, "originals"), Index: ix, Journal: journal,
		Delay: *delay, Rescan: *rescan, Poll: *poll, Tick: *tick, Workers: max(*workers, 1), Queue: *queue,
		Logger: logger, Metrics: metrics,
		Extract: func(ctx context.Context, path string) (baocao.FileResult, error) {
			return extract.File(ctx, path, opts)
		},
	}
	site, err := newWeb(ctx, &webf, store.data, ix, in, journal, logger)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	if !isLoopback(ln.Addr()) && !webf.tls() {
		logger.Warn("serving the office network without TLS: passwords travel in clear; give --tls-cert and --tls-key", "http", ln.Addr().String())
	}
	srv := &http.Server{Handler: rootHandler(opsHandler(ix, journal, metrics), site), ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	served := make(chan error, 1)
	go func() { served <- serveHTTP(srv, ln, &webf) }()
	logger.Info("baocao running", "inbox", *inbox, "data", store.data, "http", ln.Addr().String(), "tls", webf.tls(), "poll", *poll)

	err = in.Run(ctx)
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if e := srv.Shutdown(sctx); e != nil {
		// Requests still running after the grace period are cut.
		logger.Warn("web requests cut short at shutdown", "err", e)
		srv.Close()
	}
	if e := <-served; e != nil {
		err = errors.Join(err, e)
	}
	logger.Info("baocao stopped")
	return err
}

// rootHandler sends the operators' endpoints to ops and everything else to
// the web page and its API.
func rootHandler(ops, site http.Handler) http.Handler {
	mux := http.NewServeMux()
	for _, p := range []string{"GET /healthz", "GET /readyz", "GET /metrics"} {
		mux.Handle(p, ops)
	}
	mux.Handle("/", site)
	return mux
}

// opsHandler serves what operators and their monitors need: liveness,
// readiness (the index answers) and metrics.
func opsHandler(ix baocao.Index, journal *ingest.Journal, m *ingest.Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if _, err := ix.Search(ctx, baocao.Query{Limit: 1}); err != nil {
			http.Error(w, "index unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		pending := 0
		if all, err := journal.All(); err == nil {
			for _, e := range all {
				if e.State == ingest.Pending {
					pending++
				}
			}
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		m.WritePrometheus(w, pending)
	})
	return mux
}
