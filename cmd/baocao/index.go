package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"baocao"
	"baocao/index/bleve"
	"baocao/index/remote"
)

// storeFlags are the flags every command that touches the index shares.
type storeFlags struct {
	data string
	es   string
}

func (s *storeFlags) register(fs *flag.FlagSet) {
	s.data = "data"
	if v := os.Getenv("BAOCAO_DATA"); v != "" {
		s.data = v
	}
	fs.StringVar(&s.data, "data", s.data, "thư mục dữ liệu: chỉ mục, nhật ký tiếp nhận, bản lưu tệp gốc (hoặc BAOCAO_DATA)")
	fs.StringVar(&s.es, "es", os.Getenv("BAOCAO_ES_URL"), "địa chỉ Elasticsearch thay cho chỉ mục nhúng (hoặc BAOCAO_ES_URL); tài khoản lấy từ BAOCAO_ES_USERNAME/BAOCAO_ES_PASSWORD hoặc BAOCAO_ES_API_KEY")
}

// open opens the index: Elasticsearch when an address is given, otherwise the
// embedded index under DATA/index. A reader opens the embedded index read-only,
// so that it works beside a writer; a writer creates it when absent.
func (s *storeFlags) open(ctx context.Context, write bool) (baocao.Index, error) {
	if s.es != "" {
		return openElastic(ctx, s.es)
	}
	path := filepath.Join(s.data, "index")
	sock := filepath.Join(s.data, "index.sock")
	if write {
		if err := os.MkdirAll(s.data, 0o755); err != nil {
			return nil, err
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		ix, err := bleve.Open(path, !write)
		if err == nil && ix.Outdated() {
			fmt.Fprintf(os.Stderr, "Cảnh báo: chỉ mục %s được tạo bởi phiên bản cũ, chưa tìm được văn bản không phải báo cáo và chưa xếp hạng theo tên. "+
				"Hãy dừng baocao run, đổi tên thư mục %s rồi chạy baocao ingest --data %s với thư mục chung để lập lại chỉ mục.\n", path, path, s.data)
		}
		switch {
		case err == nil && !write:
			return ix, nil
		case err == nil:
			// The writer serves its index to the other processes that want it.
			stop, err := remote.Serve(ctx, ix, sock)
			if err != nil {
				ix.Close()
				return nil, err
			}
			return &served{Index: ix, stop: stop}, nil
		case errors.Is(err, baocao.ErrNotFound):
			return nil, fmt.Errorf("chưa có chỉ mục trong %s; hãy chạy baocao ingest trước", s.data)
		case !errors.Is(err, bleve.ErrLocked):
			return nil, err
		}
		// Another process holds the index: talk to it, or wait for a reader
		// that does not serve it to finish.
		if c, err := remote.Dial(sock); err == nil {
			return c, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("chỉ mục %s đang bị một tiến trình khác giữ; hãy thử lại sau", path)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// served is an index this process holds and serves to others; closing it
// stops serving first.
type served struct {
	baocao.Index
	stop func()
}

func (s *served) Close() error {
	s.stop()
	return s.Index.Close()
}
