// Package ingest watches the shared folder and brings every report that
// arrives into the index exactly once: a scanner lists the folder, a differ
// compares listings and says which files are new, changed, stable or gone, a
// journal remembers each file durably, and a loop owns the goroutines that
// extract and index.
package ingest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// FileInfo is what a listing says of one file.
type FileInfo struct {
	Path    string // as found: the inbox joined with the relative path
	Size    int64
	ModTime time.Time
}

// Scanner lists the files of the inbox. The real one walks the folder; tests
// use a fake.
type Scanner interface {
	Scan(ctx context.Context) ([]FileInfo, error)
}

// DirScanner lists the regular files under Root, subfolders included, in path
// order, passing over office temp and lock files.
type DirScanner struct {
	Root string
}

// Scan walks the folder. A subfolder that cannot be read is passed over, not
// fatal: the rest of the inbox still counts.
func (s DirScanner) Scan(ctx context.Context) ([]FileInfo, error) {
	var out []FileInfo
	err := filepath.WalkDir(s.Root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == s.Root {
				return err
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if d.IsDir() {
			if path != s.Root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || Ignored(d.Name()) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // gone between listing and stat
		}
		out = append(out, FileInfo{Path: path, Size: info.Size(), ModTime: info.ModTime()})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

// Ignored reports whether a file name is an office suite's temporary or lock
// file, a partial download, or a desktop's thumbnail cache: never a report.
func Ignored(name string) bool {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "~$"), strings.HasPrefix(name, ".~lock."), strings.HasPrefix(name, "."):
		return true
	case strings.HasSuffix(lower, ".tmp"), strings.HasSuffix(lower, ".part"), strings.HasSuffix(lower, ".crdownload"):
		return true
	case lower == "thumbs.db", lower == "desktop.ini":
		return true
	}
	return false
}

// statFile returns the file's current size and mtime, and whether it opens.
func statFile(path string) (FileInfo, bool) {
	f, err := os.Open(path)
	if err != nil {
		return FileInfo{Path: path}, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return FileInfo{Path: path}, false
	}
	return FileInfo{Path: path, Size: st.Size(), ModTime: st.ModTime()}, true
}
