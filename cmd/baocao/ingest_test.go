package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

func TestIngestTwiceIndexesNothingNew(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	writeForm(t, filepath.Join(dir, "a.xlsx"))
	if err := os.WriteFile(filepath.Join(dir, "b.pdf"), []byte("<html></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "ingest", "--data", data, dir)
	if code != 1 || !strings.Contains(out, "Đã lập chỉ mục 1 tệp (1 bản ghi), 0 tệp không đổi, 1 tệp lỗi.") || !strings.Contains(out, "trang web HTML") {
		t.Fatalf("first run: exit %d\n%s%s", code, out, stderr)
	}
	_, out, _ = runCLI(t, "ingest", dir, "--data", data)
	if !strings.Contains(out, "Đã lập chỉ mục 0 tệp (0 bản ghi), 1 tệp không đổi") {
		t.Errorf("second run:\n%s", out)
	}
	originals, _ := filepath.Glob(filepath.Join(data, "originals", "*", "*"))
	if len(originals) != 1 {
		t.Errorf("kept %d originals, want 1: %v", len(originals), originals)
	}
	_, out, _ = runCLI(t, "search", "--data", data, "--json", "dong hoa")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("search printed %d hits, want the record and its document:\n%s", len(lines), out)
	}
	types := map[string]bool{}
	for _, line := range lines {
		var h baocao.Hit
		if err := json.Unmarshal([]byte(line), &h); err != nil {
			t.Fatal(err)
		}
		types[h.Type] = true
		if h.File != filepath.Join(dir, "a.xlsx") || !strings.Contains(strings.Join(h.Fragments, ""), "<mark>Đông</mark>") ||
			h.Type == baocao.HitRecord && h.Record.Unit != "Chi bộ thôn Đông Hòa" ||
			h.Type == baocao.HitDocument && (h.Document == nil || h.Document.Records != 1 || strings.Contains(line, `"record"`)) {
			t.Errorf("hit = %s", line)
		}
	}
	if !types[baocao.HitRecord] || !types[baocao.HitDocument] {
		t.Errorf("hits of types %v, want a record and a document", types)
	}
	_, out, _ = runCLI(t, "search", "--data", data, "--json", "--type", "record", "dong hoa")
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 1 || !strings.Contains(out, `"type":"record"`) {
		t.Errorf("--type record printed %d hits:\n%s", n, out)
	}
}

func TestSearchFiltersAndErrors(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	writeForm(t, filepath.Join(dir, "a.xlsx"))
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no index yet says what to do", []string{"search", "--data", data, "x"}, 1, "baocao ingest"},
		{"a bad date is bad usage", []string{"search", "--data", data, "--from", "hôm qua", "x"}, 2, "không hợp lệ"},
		{"a bad form is bad usage", []string{"search", "--data", data, "--form", "zoom", "x"}, 2, "không hợp lệ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(out+stderr, tt.want) {
				t.Errorf("exit %d, output %q; want exit %d and %q", code, out+stderr, tt.code, tt.want)
			}
		})
	}
	runCLI(t, "ingest", "--data", data, dir)
	for _, c := range []struct {
		args []string
		hits int
	}{
		{[]string{"--from", "2021-04-20", "--to", "20/4/2021"}, 1},
		{[]string{"--from", "2021-04-21"}, 0},
		{[]string{"--parent", "hung son"}, 1},
		{[]string{"--unit", "van hoa"}, 0},
	} {
		_, out, _ := runCLI(t, append([]string{"search", "--data", data, "--json"}, c.args...)...)
		if n := len(strings.Fields(strings.ReplaceAll(out, " ", ""))); n != c.hits {
			t.Errorf("search %v gave %d hits, want %d", c.args, n, c.hits)
		}
	}
}

// TestSearchWhileAnotherProcessHoldsTheIndex holds the index open for writing
// as ingest or the daemon does, and searches and ingests beside it.
func TestSearchWhileAnotherProcessHoldsTheIndex(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	writeForm(t, filepath.Join(dir, "a.xlsx"))
	if code, out, errs := runCLI(t, "ingest", "--data", data, dir); code != 0 {
		t.Fatalf("ingest: %s%s", out, errs)
	}
	store := storeFlags{data: data}
	holder, err := store.open(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	code, out, errs := runCLI(t, "search", "--data", data, "--json", "--type", "record", "dong hoa")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("search beside a writer: exit %d, %q %q", code, out, errs)
	}
	other := t.TempDir()
	writeForm(t, filepath.Join(other, "b.xlsx"))
	if code, out, errs := runCLI(t, "ingest", "--data", data, other); code != 0 || !strings.Contains(out, "1 tệp không đổi") {
		t.Errorf("ingest beside a writer: exit %d, %q %q", code, out, errs)
	}
}

func TestCheckPrintsFindingsAsJSONLines(t *testing.T) {
	data := t.TempDir()
	runCLI(t, "ingest", "--data", data, "../../samples/pdf")
	roster := filepath.Join(t.TempDir(), "roster.csv")
	os.WriteFile(roster, []byte("unit,parent_unit\nChi bộ Trường THCS Hùng Sơn,Đảng bộ xã Hùng Sơn\nChi bộ thôn Không Có,Đảng bộ xã Hùng Sơn\n"), 0o644)
	code, out, errs := runCLI(t, "check", "--data", data, "--json", "--roster", roster)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rules := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var f struct{ Rule, Unit, ParentUnit, File, Detail string }
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		rules[f.Rule]++
	}
	// The samples include late conferences, deputies presiding and units the
	// roster does not list; exactly one roster unit never reported.
	if rules["missing_report"] != 1 || rules["late_conference"] == 0 || rules["chair_not_head"] == 0 || rules["unknown_unit"] == 0 {
		t.Errorf("findings by rule: %v", rules)
	}
}

func TestCheckUsesTheRosterUploadedOnTheWebPage(t *testing.T) {
	data := t.TempDir()
	runCLI(t, "ingest", "--data", data, "../../samples/pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf")
	os.WriteFile(filepath.Join(data, "roster.csv"), []byte("unit,parent_unit\nChi bộ Trường THCS Hùng Sơn,Đảng bộ xã Hùng Sơn\nChi bộ thôn Không Có,Đảng bộ xã Hùng Sơn\n"), 0o644)
	code, out, errs := runCLI(t, "check", "--data", data, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"rule":"missing_report","unit":"Chi bộ thôn Không Có"`) {
		t.Errorf("no missing_report for the uploaded roster's unit:\n%s", out)
	}
}
