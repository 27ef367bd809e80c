package ingest

import (
	"sort"
	"time"
)

// Event says what became of one path between listings.
type Event struct {
	Kind EventKind
	File FileInfo
}

// EventKind is what happened to a path.
type EventKind int

const (
	// Ready: the file is new or changed, and has kept its size and mtime for
	// the stability delay: it is complete and may be read.
	Ready EventKind = iota + 1
	// Gone: the file was in the last listing and is not any more.
	Gone
)

// Differ compares successive listings of the inbox. A file is reported Ready
// once its size and modification time have not changed for Delay, so a file
// still being copied (slowly, over a network share) is never read early; it is
// reported again only when it changes. A file that disappears is reported
// Gone once.
type Differ struct {
	Delay time.Duration
	// seen maps a path to the last size and mtime seen, when they were first
	// seen so, and whether that version was reported.
	seen map[string]*seenFile
}

type seenFile struct {
	info     FileInfo
	since    time.Time
	reported bool
}

// NewDiffer returns a differ with the given stability delay. known lists the
// versions already handled (from the journal), which are not reported again.
func NewDiffer(delay time.Duration, known []FileInfo) *Differ {
	d := &Differ{Delay: delay, seen: map[string]*seenFile{}}
	for _, f := range known {
		d.seen[f.Path] = &seenFile{info: f, reported: true}
	}
	return d
}

// Diff takes the listing made at now and returns the events it implies.
func (d *Differ) Diff(now time.Time, listing []FileInfo) []Event {
	var events []Event
	present := make(map[string]bool, len(listing))
	for _, f := range listing {
		present[f.Path] = true
		s := d.seen[f.Path]
		switch {
		case s == nil:
			s = &seenFile{info: f, since: now}
			d.seen[f.Path] = s
		case s.info.Size != f.Size || !s.info.ModTime.Equal(f.ModTime):
			s.info, s.since, s.reported = f, now, false
		}
		if !s.reported && now.Sub(s.since) >= d.Delay {
			s.reported = true
			events = append(events, Event{Kind: Ready, File: f})
		}
	}
	var gone []Event
	for path, s := range d.seen {
		if !present[path] {
			delete(d.seen, path)
			if s.reported {
				gone = append(gone, Event{Kind: Gone, File: s.info})
			}
		}
	}
	sort.Slice(gone, func(i, j int) bool { return gone[i].File.Path < gone[j].File.Path })
	return append(events, gone...)
}

// Pending reports how many files are waiting to become stable.
func (d *Differ) Pending() int {
	n := 0
	for _, s := range d.seen {
		if !s.reported {
			n++
		}
	}
	return n
}

// Retry forgets that a file's current version was reported, so the next
// listing reports it again (after a failure that was not the file's fault).
func (d *Differ) Retry(path string) {
	if s := d.seen[path]; s != nil {
		s.reported = false
	}
}
