package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"baocao/summary"
)

func runSummary(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("summary", "summary [--data THƯ_MỤC] [--es URL] [--roster TỆP] [--rules TỆP] --out TỆP.xlsx",
		"Lập bảng tổng hợp (Excel) gửi cấp trên: số liệu chung và theo cấp trên kèm biểu đồ, chi tiết\n"+
			"từng đơn vị, các vi phạm, các đơn vị chưa báo cáo. Chạy được khi baocao run đang chạy.", stderr)
	var store storeFlags
	store.register(fs)
	var camp campaignFlags
	camp.register(fs)
	out := fs.String("out", "", "tệp .xlsx sẽ ghi (bắt buộc)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageError{"cần --out TỆP.xlsx"}
	}
	rules, roster, err := camp.load(ctx, store.data)
	if err != nil {
		return err
	}
	ix, err := store.open(ctx, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	// Written beside the target and renamed, so a half-written workbook is
	// never left under the name asked for.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".summary-*.xlsx")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := summary.Write(ctx, ix, rules, roster, filepath.Join(store.data, "failed.txt"), tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Đã ghi %s\n", *out)
	return nil
}
