package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestJournalKeepsEntriesAcrossReopening(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "journal.db")
	j, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2021, 6, 1, 8, 0, 0, 0, time.UTC)
	entries := []Entry{
		{Path: "inbox/a.pdf", Size: 10, ModTime: now, SHA256: "aa", State: Indexed, Records: 1, FirstSeen: now, Updated: now},
		{Path: "inbox/copy of a.pdf", Size: 10, ModTime: now, SHA256: "aa", State: Indexed, Records: 1, FirstSeen: now, Updated: now},
		{Path: "inbox/b.pdf", Size: 3, ModTime: now, SHA256: "bb", State: Failed, Reason: "Tệp PDF bị hỏng", Attempts: 1, FirstSeen: now, Updated: now},
	}
	for _, e := range entries {
		if err := j.Put(e); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	j, err = OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	all, _ := j.All()
	if len(all) != 3 {
		t.Fatalf("got %d entries after reopening, want 3", len(all))
	}
	e, ok, _ := j.Get("inbox/b.pdf")
	if !ok || e.State != Failed || e.Reason != "Tệp PDF bị hỏng" || !e.ModTime.Equal(now) {
		t.Errorf("entry = %+v", e)
	}
	if paths, _ := j.PathsOf("aa"); strings.Join(paths, "|") != "inbox/a.pdf|inbox/copy of a.pdf" {
		t.Errorf("paths of aa = %v", paths)
	}
	failed, err := os.ReadFile(filepath.Join(dir, "failed.txt"))
	if err != nil || !strings.Contains(string(failed), "inbox/b.pdf\tTệp PDF bị hỏng") {
		t.Errorf("failed.txt = %q, %v", failed, err)
	}
	// Fixed and indexed: it leaves the list.
	e.State, e.Reason = Indexed, ""
	if err := j.Put(e); err != nil {
		t.Fatal(err)
	}
	failed, _ = os.ReadFile(filepath.Join(dir, "failed.txt"))
	if strings.Contains(string(failed), "b.pdf") {
		t.Errorf("failed.txt still lists the fixed file: %q", failed)
	}
}
