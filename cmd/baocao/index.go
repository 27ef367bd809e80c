package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"baocao"
	"baocao/index/bleve"
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
	if write {
		if err := os.MkdirAll(s.data, 0o755); err != nil {
			return nil, err
		}
	}
	ix, err := bleve.Open(path, !write)
	switch {
	case errors.Is(err, baocao.ErrNotFound):
		return nil, fmt.Errorf("chưa có chỉ mục trong %s; hãy chạy baocao ingest trước", s.data)
	case errors.Is(err, bleve.ErrLocked):
		return nil, fmt.Errorf("chỉ mục %s đang được một tiến trình khác ghi; hãy thử lại sau", path)
	}
	return ix, err
}
