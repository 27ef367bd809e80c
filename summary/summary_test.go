package summary_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/index/bleve"
	"baocao/index/elastic"
	"baocao/index/indextest"
	"baocao/summary"
)

// truth counts the samples' expected records independently of the index:
// straight from the JSON the samples generator wrote.
type truth struct {
	records, held, late, members, present, others, issued int
}

func loadSamples(t *testing.T, ix baocao.Index) truth {
	t.Helper()
	var tr truth
	paths, _ := filepath.Glob("../samples/*/*.json")
	deadline := check.Default.ConferenceDeadline
	for _, js := range paths {
		var want struct{ Records []baocao.Record }
		b, _ := os.ReadFile(js)
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		for _, r := range want.Records {
			tr.records++
			if !r.ConferenceDate.IsZero() {
				tr.held++
				if r.ConferenceDate.After(deadline) {
					tr.late++
				}
			}
			if a := r.Attendance; a != nil {
				tr.members += a.MembersTotal
				tr.present += a.MembersPresent
				tr.others += a.Others
			}
			if r.ActionProgram != nil && r.ActionProgram.Issued {
				tr.issued++
			}
		}
		matches, _ := filepath.Glob(strings.TrimSuffix(js, ".json") + ".*")
		for _, m := range matches {
			if strings.HasSuffix(m, ".json") {
				continue
			}
			res, err := extract.File(context.Background(), m, extract.DefaultOptions)
			if err != nil {
				continue // the bad samples
			}
			if err := ix.PutFile(context.Background(), baocao.IndexedFile{SHA256: res.SHA256, Paths: []string{m}, Format: res.Format, Text: res.Text, Records: res.Records}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return tr
}

func TestSummaryAgreesWithAnIndependentCount(t *testing.T) {
	t.Run("on the embedded index", func(t *testing.T) {
		ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		testSummary(t, ix)
	})
	t.Run("on Elasticsearch", func(t *testing.T) {
		url := os.Getenv("BAOCAO_TEST_ES_URL")
		if url == "" {
			if os.Getenv("CI") != "" {
				t.Fatal("BAOCAO_TEST_ES_URL is not set: run make test, which starts Elasticsearch")
			}
			t.Skip("no Elasticsearch; run make test")
		}
		cfg := elastic.Config{URL: url, Username: os.Getenv("BAOCAO_TEST_ES_USERNAME"), Password: os.Getenv("BAOCAO_TEST_ES_PASSWORD"), IndexPrefix: "summarytest"}
		ix, err := elastic.Open(context.Background(), cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		// Start empty: a run before may have left records.
		ix.Each(context.Background(), baocao.Query{}, func(h baocao.Hit) error { return ix.RemoveFile(context.Background(), h.SHA256) })
		testSummary(t, ix)
	})
}

func testSummary(t *testing.T, ix baocao.Index) {
	dir := t.TempDir()
	tr := loadSamples(t, ix)
	roster := check.Roster{{Unit: "Chi bộ Trường THCS Hùng Sơn"}, {Unit: "Chi bộ thôn Chưa Có", ParentUnit: "Đảng ủy xã Gia Phú"}}
	var buf bytes.Buffer
	if err := summary.Write(context.Background(), ix, check.Default, roster, "", &buf); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "tong-hop.xlsx")
	os.WriteFile(out, buf.Bytes(), 0o644)

	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatalf("the workbook does not open again: %v", err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Tổng hợp|Chi tiết|Vi phạm|Chưa báo cáo" {
		t.Errorf("sheets %s", got)
	}
	figures := map[string]string{}
	rows, _ := f.GetRows(summary.SheetSummary, excelize.Options{RawCellValue: true})
	for _, r := range rows {
		if len(r) >= 2 {
			figures[strings.TrimSpace(r[0])] = r[1]
		}
	}
	num := func(label string) int {
		v, err := strconv.ParseFloat(figures[label], 64)
		if err != nil {
			t.Errorf("%s: %q", label, figures[label])
		}
		return int(v)
	}
	checks := []struct {
		label string
		want  int
	}{
		{"Đơn vị phải báo cáo", 2},
		{"Đơn vị đã báo cáo", 1},
		{"Đơn vị chưa báo cáo", 1},
		{"Số bản ghi hội nghị", tr.records},
		{"Hội nghị đã tổ chức", tr.held},
		{"trong đó muộn", tr.late},
		{"Tổng số đảng viên", tr.members},
		{"Đảng viên tham dự", tr.present},
		{"Quần chúng tham dự", tr.others},
		{"Chương trình hành động đã ban hành", tr.issued},
	}
	for _, c := range checks {
		if got := num(c.label); got != c.want {
			t.Errorf("%s = %d, want %d (counted from the samples' truth)", c.label, got, c.want)
		}
	}
	detail, _ := f.GetRows(summary.SheetDetail)
	if len(detail)-1 != tr.records {
		t.Errorf("detail has %d rows, want %d", len(detail)-1, tr.records)
	}
	missing, _ := f.GetRows(summary.SheetMissing)
	if len(missing) != 2 || missing[1][1] != "Chi bộ thôn Chưa Có" {
		t.Errorf("missing sheet %v", missing)
	}
	if panes, _ := f.GetPanes(summary.SheetDetail); !panes.Freeze {
		t.Error("the detail header is not frozen")
	}

	// An office suite reads it: LibreOffice converts it to PDF.
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice not found; make test installs libreoffice-calc-nogui")
		}
		t.Skip("soffice not installed; run make test")
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless", "--convert-to", "pdf", "--outdir", dir, out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	if st, err := os.Stat(filepath.Join(dir, "tong-hop.pdf")); err != nil || st.Size() < 1000 {
		t.Errorf("LibreOffice did not convert the workbook: %v", err)
	}
}

// benchRecords is the size of the summary benchmark.
var benchRecords = 100_000

// BenchmarkSummary100k writes the summary of 100,000 records: time per
// workbook and the process's peak resident memory.
func BenchmarkSummary100k(b *testing.B) {
	ix, err := bleve.Open(filepath.Join(b.TempDir(), "index"), false)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, f := range indextest.Synthetic(benchRecords) {
		if err := ix.PutFile(context.Background(), f); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		var n countingWriter
		if err := summary.Write(context.Background(), ix, check.Default, nil, "", &n); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/1e6, "MB-xlsx")
	}
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

func TestSummaryRowsACommitteeAndItsOrganisationAsOneParent(t *testing.T) {
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	for i, parent := range []string{"Đảng ủy xã Gia Phú", "Đảng bộ xã Gia Phú", "Đảng bộ xã Gia Phú Mới"} {
		f := baocao.IndexedFile{SHA256: strings.Repeat(strconv.Itoa(i+1), 64), Paths: []string{"bc" + strconv.Itoa(i) + ".pdf"}, Format: "pdf",
			Records: []baocao.Record{{Unit: "Chi bộ thôn " + strconv.Itoa(i+1), ParentUnit: parent, Attendance: &baocao.Attendance{MembersPresent: 9, MembersTotal: 10}}}}
		if err := ix.PutFile(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := summary.Write(ctx, ix, check.Default, nil, "", &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(summary.SheetSummary, excelize.Options{RawCellValue: true})
	byParent := map[string]string{}
	in := false
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Cấp trên" {
			in = true
			continue
		}
		if in && len(r) >= 3 {
			byParent[r[0]] = r[1] + " đơn vị, " + r[2] + " đảng viên"
		}
	}
	want := map[string]string{"Đảng bộ xã Gia Phú": "2 đơn vị, 20 đảng viên", "Đảng bộ xã Gia Phú Mới": "1 đơn vị, 10 đảng viên"}
	if len(byParent) != len(want) || byParent["Đảng bộ xã Gia Phú"] != want["Đảng bộ xã Gia Phú"] || byParent["Đảng bộ xã Gia Phú Mới"] != want["Đảng bộ xã Gia Phú Mới"] {
		t.Errorf("rows by parent %v, want %v", byParent, want)
	}
}
