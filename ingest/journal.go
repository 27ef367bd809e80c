package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// State is where a file stands in the intake.
type State string

// The states of a file. A file is indexed only after the index confirmed the
// write; an index outage leaves it pending, never failed.
const (
	Pending State = "pending" // seen, not yet in the index
	Indexed State = "indexed" // its records are in the index
	Failed  State = "failed"  // it cannot be read; Reason says why
	Removed State = "removed" // gone from the share; its records are kept
)

// Entry is what the journal remembers of one path in the inbox.
type Entry struct {
	Path      string    `json:"path"`
	Size      int64     `json:"size"`
	ModTime   time.Time `json:"mtime"`
	SHA256    string    `json:"sha256"`
	State     State     `json:"state"`
	Attempts  int       `json:"attempts"`
	Reason    string    `json:"reason,omitempty"` // for a clerk, in Vietnamese
	Records   int       `json:"records"`
	FirstSeen time.Time `json:"first_seen"`
	Updated   time.Time `json:"updated"`
	NextTry   time.Time `json:"next_try,omitzero"` // pending after an index outage
}

// Info is the version of the file the entry describes.
func (e Entry) Info() FileInfo { return FileInfo{Path: e.Path, Size: e.Size, ModTime: e.ModTime} }

// Journal is the durable record of the intake, in a bbolt file: every write is
// a transaction, synced to disk before it returns, so a crash at any moment
// leaves the journal as it was before or after a write, never between.
type Journal struct {
	db     *bolt.DB
	failed string // the text file listing failed files, beside the journal
}

var bucket = []byte("files")

// OpenJournal opens (or creates) the journal at path.
func OpenJournal(path string) (*Journal, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	return &Journal{db: db, failed: filepath.Join(filepath.Dir(path), "failed.txt")}, nil
}

// Close closes the journal.
func (j *Journal) Close() error { return j.db.Close() }

// Get returns the entry for a path.
func (j *Journal) Get(path string) (Entry, bool, error) {
	var e Entry
	var ok bool
	err := j.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket).Get([]byte(path))
		if b == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(b, &e)
	})
	return e, ok, err
}

// Put writes an entry, and rewrites the list of failed files when a failure
// appears or clears.
func (j *Journal) Put(e Entry) error {
	var wasFailed bool
	err := j.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if old := b.Get([]byte(e.Path)); old != nil {
			var o Entry
			if json.Unmarshal(old, &o) == nil {
				wasFailed = o.State == Failed
			}
		}
		v, err := json.Marshal(e)
		if err != nil {
			return err
		}
		return b.Put([]byte(e.Path), v)
	})
	if err != nil {
		return fmt.Errorf("journal %s: %w", e.Path, err)
	}
	if wasFailed || e.State == Failed {
		return j.writeFailed()
	}
	return nil
}

// All returns every entry, in path order.
func (j *Journal) All() ([]Entry, error) {
	var out []Entry
	err := j.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(_, v []byte) error {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// PathsOf returns the paths, not removed, that hold the content with this hash.
func (j *Journal) PathsOf(sha string) ([]string, error) {
	all, err := j.All()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range all {
		if e.SHA256 == sha && e.State != Removed {
			out = append(out, e.Path)
		}
	}
	return out, nil
}

// writeFailed rewrites failed.txt: one line per failed file, with its reason,
// for a clerk to read beside the journal. Written atomically.
func (j *Journal) writeFailed() error {
	all, err := j.All()
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Các tệp không đọc được (tệp\tlý do). Sửa tệp rồi gửi lại, hệ thống sẽ tự đọc lại.\n")
	sort.Slice(all, func(a, c int) bool { return all[a].Path < all[c].Path })
	for _, e := range all {
		if e.State == Failed {
			fmt.Fprintf(&b, "%s\t%s\n", e.Path, e.Reason)
		}
	}
	return WriteFileAtomic(j.failed, []byte(b.String()))
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it, and
// renames it over path, so readers see the old or the new file, whole.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, bytes.NewReader(data))
}

// writeAtomic is WriteFileAtomic for a stream.
func writeAtomic(path string, r io.Reader) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, r); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return errors.Join(err, os.Remove(tmp.Name()))
	}
	return nil
}
