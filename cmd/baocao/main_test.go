package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/web"
)

// writeForm writes a small filled-in report form as an .xlsx file.
func writeForm(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"BÁO CÁO KẾT QUẢ HỘI NGHỊ"},
		{"Tên đơn vị:", "Chi bộ thôn Đông Hòa"},
		{"Đơn vị cấp trên:", "Đảng bộ xã Hùng Sơn"},
		{"Ngày tổ chức hội nghị:", "20/4/2021"},
		{"Người chủ trì:", "Nguyễn Văn Hùng"},
		{"Tổng số đảng viên:", 25},
		{"Số đảng viên tham dự:", 24},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "bao-cao.xlsx")
	writeForm(t, good)
	bad := filepath.Join(dir, "bao-cao.pdf")
	if err := os.WriteFile(bad, []byte("<!DOCTYPE html><html><body>Báo cáo</body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"every file read gives 0", []string{"extract", "--json", good}, 0},
		{"a file that cannot be read gives 1", []string{"extract", "--json", good, bad}, 1},
		{"no file gives 2", []string{"extract", "--json"}, 2},
		{"an unknown flag gives 2", []string{"extract", "--nope", good}, 2},
		{"an unknown command gives 2", []string{"extrakt", good}, 2},
		{"help gives 0", []string{"help", "extract"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := runCLI(t, tt.args...); code != tt.want {
				t.Errorf("exit status %d, want %d (stderr: %s)", code, tt.want, stderr)
			}
		})
	}
}

func TestExtractPrintsOneJSONObjectPerFileInOrder(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.xlsx")
	writeForm(t, good)
	bad := filepath.Join(dir, "b.pdf")
	if err := os.WriteFile(bad, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// Flags may follow the arguments.
	_, stdout, _ := runCLI(t, "extract", bad, good, "--json")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), stdout)
	}
	var first, second baocao.FileResult
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	if first.File != bad || first.Error == "" || first.Records == nil {
		t.Errorf("first line = %+v, want the empty file with an error and records []", first)
	}
	if second.File != good || second.Format != "xlsx" || len(second.Records) != 1 || second.Records[0].Unit != "Chi bộ thôn Đông Hòa" {
		t.Errorf("second line = %+v, want the form's record", second)
	}
	if len(second.SHA256) != 64 {
		t.Errorf("sha256 = %q", second.SHA256)
	}
}

func TestExtractWalksFoldersAndPrintsATable(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	writeForm(t, filepath.Join(dir, "sub", "x.xlsx"))
	code, stdout, stderr := runCLI(t, "extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"x.xlsx", "Chi bộ thôn Đông Hòa", "2021-04-20", "24/25", "96.0%"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, stdout)
		}
	}
}

func TestExtractReadsAScanWithOCR(t *testing.T) {
	scans, _ := filepath.Glob("../../samples/scan/scan-05-*.pdf")
	if len(scans) == 0 {
		t.Fatal("no scanned sample in samples/scan")
	}
	code, stdout, stderr := runCLI(t, "extract", "--json", "--workers", "1", scans[0])
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr)
	}
	var res baocao.FileResult
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatal(err)
	}
	if !res.OCR || len(res.Records) != 1 || res.Records[0].Unit != "Chi bộ Trạm Y tế xã Xuân Quang" {
		t.Fatalf("ocr %v, records %+v; want the scanned report's unit read by OCR", res.OCR, res.Records)
	}
}

func TestUserAddTakesThePasswordFromTheEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("BAOCAO_PASSWORD", "mật-khẩu-dài")
	if code, _, stderr := runCLI(t, "user", "add", "--data", dir, "--role", "admin", "quan"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	users, err := web.OpenUsers(filepath.Join(dir, "users.json"))
	if err != nil {
		t.Fatal(err)
	}
	if u, ok := users.Authenticate("quan", "mật-khẩu-dài"); !ok || u.Role != web.Admin {
		t.Fatalf("user %+v %v", u, ok)
	}
	for _, args := range [][]string{{"user", "add", "--data", dir, "quan"}, {"user", "add", "--data", dir, "--role", "root", "quan"}, {"user", "del", "--data", dir, "quan"}} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestReadPasswordTakesTheFirstLineOfStandardInput(t *testing.T) {
	t.Setenv("BAOCAO_PASSWORD", "")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString("mật khẩu có dấu cách\r\nthừa\n")
	w.Close()
	got, err := readPassword(r, io.Discard)
	if err != nil || got != "mật khẩu có dấu cách" {
		t.Fatalf("readPassword = %q, %v", got, err)
	}
}
