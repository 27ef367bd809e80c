package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"baocao"
	"baocao/extract"
	"baocao/ingest"
)

func TestReingestReadsAnUnchangedFileAgain(t *testing.T) {
	var in *ingest.Intake
	var reads atomic.Int32
	h := start(t, func(i *ingest.Intake) {
		in = i
		inner := i.Extract
		i.Extract = func(ctx context.Context, path string) (baocao.FileResult, error) {
			reads.Add(1)
			return inner(ctx, path)
		}
	})
	p := h.put("bc.pdf", sample(t, "pdf/fpdf-05-chi-bo-van-phong-huyen-uy.pdf"), time.Time{})
	if e := h.await(1)[0]; e.State != ingest.Indexed {
		t.Fatalf("outcome %+v", e)
	}
	if err := in.Reingest(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	if e := h.await(1)[0]; e.State != ingest.Indexed || e.Path != p {
		t.Fatalf("outcome after reingest %+v", e)
	}
	if n := reads.Load(); n != 2 {
		t.Errorf("the file was read %d times, want 2", n)
	}
	if n := h.total(); n != 1 {
		t.Errorf("%d records after reading again, want 1", n)
	}
}

func TestReingestRefusesAPathTheJournalDoesNotKnow(t *testing.T) {
	var in *ingest.Intake
	h := start(t, func(i *ingest.Intake) { in = i })
	other := filepath.Join(t.TempDir(), "khac.pdf")
	os.WriteFile(other, sample(t, "pdf/fpdf-05-chi-bo-van-phong-huyen-uy.pdf"), 0o644)
	for _, p := range []string{other, filepath.Join(h.inbox, "chua-co.pdf"), "../../etc/passwd"} {
		if err := in.Reingest(context.Background(), p); !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("Reingest(%q) = %v, want not found", p, err)
		}
	}
}

func TestAcceptedFilesArriveWholeInTheInboxAndAreRead(t *testing.T) {
	var in *ingest.Intake
	h := start(t, func(i *ingest.Intake) { in = i })
	ctx := context.Background()
	pdf := sample(t, "pdf/fpdf-06-dang-bo-co-quan-so-giao-duc-va-dao-tao.pdf")
	p, err := in.Accept(ctx, `C:\Users\van thu\..\bao cao.pdf`, bytes.NewReader(pdf))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(h.inbox, ingest.UploadDir, "bao cao.pdf"); p != want {
		t.Errorf("accepted as %q, want %q", p, want)
	}
	e := h.await(1)[0]
	if e.Path != p || e.State != ingest.Indexed {
		t.Fatalf("outcome %+v", e)
	}
	// The same content again is the same file; other content under the same
	// name never overwrites it.
	if again, err := in.Accept(ctx, "bao cao.pdf", bytes.NewReader(pdf)); err != nil || again != p {
		t.Errorf("same file again = %q, %v; want %q", again, err, p)
	}
	other := sample(t, "pdf/fpdf-07-chi-bo-truong-tieu-hoc-pho-lu.pdf")
	p2, err := in.Accept(ctx, "bao cao.pdf", bytes.NewReader(other))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p2) != "bao cao (2).pdf" {
		t.Errorf("second file named %q", p2)
	}
	if got, _ := os.ReadFile(p); !bytes.Equal(got, pdf) {
		t.Error("the first file was overwritten")
	}
	h.await(1)
	left, _ := os.ReadDir(filepath.Join(h.inbox, ingest.UploadDir))
	for _, f := range left {
		if strings.HasPrefix(f.Name(), ".") {
			t.Errorf("temporary file %s left behind", f.Name())
		}
	}
}

func TestAcceptStopsWhenItsContextEnds(t *testing.T) {
	in := &ingest.Intake{Inbox: t.TempDir(), Extract: func(ctx context.Context, p string) (baocao.FileResult, error) {
		return extract.File(ctx, p, extract.DefaultOptions)
	}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := in.Accept(ctx, "a.pdf", strings.NewReader("%PDF-1.4")); !errors.Is(err, context.Canceled) {
		t.Fatalf("Accept after cancel = %v", err)
	}
	left, _ := os.ReadDir(filepath.Join(in.Inbox, ingest.UploadDir))
	if len(left) != 0 {
		t.Errorf("files left: %v", left)
	}
}

func TestSafeNameKeepsOnlyAPlainName(t *testing.T) {
	for in, want := range map[string]string{
		"bao-cao.pdf":                    "bao-cao.pdf",
		"../../etc/passwd":               "passwd",
		`..\..\Windows\báo cáo.xlsx`:     "báo cáo.xlsx",
		".hidden.pdf":                    "hidden.pdf",
		"~$lock.xlsx":                    "lock.xlsx",
		"..":                             "tep-tai-len",
		".pdf":                           "tep-tai-len.pdf", // an upload named "." or ".." given its extension
		"...docx":                        "tep-tai-len.docx",
		"":                               "tep-tai-len",
		"a\x00b\nc.pdf":                  "abc.pdf",
		`tờ "trình" <1>?.docx`:           "tờ trình 1.docx",
		"thumbs.db":                      "thumbs.db_",
		"x.tmp":                          "x.tmp_",
		strings.Repeat("ả", 80) + ".pdf": strings.Repeat("ả", 38) + ".pdf",
	} {
		if got := ingest.SafeName(in); got != want {
			t.Errorf("SafeName(%q) = %q, want %q", in, got, want)
		}
	}
}
