package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestDiffer(t *testing.T) {
	t0 := time.Date(2021, 6, 1, 8, 0, 0, 0, time.UTC)
	old := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	f := func(path string, size int64, mtime time.Time) FileInfo {
		return FileInfo{Path: path, Size: size, ModTime: mtime}
	}
	type step struct {
		at      time.Duration // after t0
		listing []FileInfo
		want    string // events, "ready a.pdf, gone b.pdf"
	}
	tests := []struct {
		name  string
		known []FileInfo
		steps []step
	}{
		{"a new file is ready once it has kept still for the delay", nil, []step{
			{0, []FileInfo{f("a.pdf", 10, t0)}, ""},
			{1 * time.Second, []FileInfo{f("a.pdf", 10, t0)}, ""},
			{2 * time.Second, []FileInfo{f("a.pdf", 10, t0)}, "ready a.pdf"},
			{3 * time.Second, []FileInfo{f("a.pdf", 10, t0)}, ""},
		}},
		{"a file still being written is never ready early", nil, []step{
			{0, []FileInfo{f("a.pdf", 10, t0)}, ""},
			{2 * time.Second, []FileInfo{f("a.pdf", 20, t0.Add(2*time.Second))}, ""},
			{4 * time.Second, []FileInfo{f("a.pdf", 30, t0.Add(4*time.Second))}, ""},
			{5 * time.Second, []FileInfo{f("a.pdf", 30, t0.Add(4*time.Second))}, ""},
			{6 * time.Second, []FileInfo{f("a.pdf", 30, t0.Add(4*time.Second))}, "ready a.pdf"},
		}},
		{"a file copied in with an old modification time is still new", nil, []step{
			{0, []FileInfo{f("a.pdf", 10, old)}, ""},
			{2 * time.Second, []FileInfo{f("a.pdf", 10, old)}, "ready a.pdf"},
		}},
		{"a replaced file is ready again", nil, []step{
			{0, []FileInfo{f("a.pdf", 10, t0)}, ""},
			{2 * time.Second, []FileInfo{f("a.pdf", 10, t0)}, "ready a.pdf"},
			{10 * time.Second, []FileInfo{f("a.pdf", 12, t0.Add(9*time.Second))}, ""},
			{12 * time.Second, []FileInfo{f("a.pdf", 12, t0.Add(9*time.Second))}, "ready a.pdf"},
		}},
		{"a file removed after it was ready is gone; one removed before is forgotten", nil, []step{
			{0, []FileInfo{f("a.pdf", 10, t0), f("b.pdf", 1, t0)}, ""},
			{2 * time.Second, []FileInfo{f("a.pdf", 10, t0), f("b.pdf", 1, t0)}, "ready a.pdf, ready b.pdf"},
			{3 * time.Second, []FileInfo{f("c.pdf", 1, t0)}, "gone a.pdf, gone b.pdf"},
			{4 * time.Second, nil, ""},
		}},
		{"files the journal already holds are not reported again", []FileInfo{f("a.pdf", 10, t0)}, []step{
			{0, []FileInfo{f("a.pdf", 10, t0)}, ""},
			{5 * time.Second, []FileInfo{f("a.pdf", 10, t0)}, ""},
			{6 * time.Second, []FileInfo{f("a.pdf", 11, t0)}, ""},
			{8 * time.Second, []FileInfo{f("a.pdf", 11, t0)}, "ready a.pdf"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDiffer(2*time.Second, tt.known)
			for _, s := range tt.steps {
				var got []string
				for _, e := range d.Diff(t0.Add(s.at), s.listing) {
					kind := map[EventKind]string{Ready: "ready", Gone: "gone"}[e.Kind]
					got = append(got, fmt.Sprintf("%s %s", kind, e.File.Path))
				}
				if g := strings.Join(got, ", "); g != s.want {
					t.Errorf("at +%v: events %q, want %q", s.at, g, s.want)
				}
			}
		})
	}
}

func TestIgnored(t *testing.T) {
	for name, want := range map[string]bool{
		"~$bao-cao.xlsx": true, ".~lock.bao-cao.xlsx#": true, "x.tmp": true, "x.PART": true, "Thumbs.db": true,
		".DS_Store": true, "bao-cao.xlsx": false, "bao cao (1).pdf": false,
	} {
		if got := Ignored(name); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", name, got, want)
		}
	}
}
