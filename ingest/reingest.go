package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao"
)

// UploadDir is the inbox subfolder where Accept puts the files it receives,
// so that the people who look at the share see where they came from.
const UploadDir = "tai-len"

// control makes Reingest's channel; safe to call more than once.
func (in *Intake) control() {
	in.ctlOnce.Do(func() {
		in.again = make(chan string, 64)
		in.force = map[string]bool{}
	})
}

// Reingest asks the running intake to read a file of the inbox again through
// its usual path (listing, settling, extracting, indexing), even when its
// content has not changed: after the extractor improved, or once OCR was
// installed. path must be a path the journal knows, as it knows it. The work
// is queued with the rest, so asking many times does not multiply it.
func (in *Intake) Reingest(ctx context.Context, path string) error {
	e, ok, err := in.Journal.Get(path)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("ingest: %q: %w", path, baocao.ErrNotFound)
	}
	if _, err := os.Stat(path); e.State == Removed || err != nil {
		return baocao.Errorf(baocao.EUNREADABLE, "Tệp không còn trong thư mục chung nên không đọc lại được; hãy gửi lại tệp.", err)
	}
	if !in.running.Load() {
		return baocao.Errorf(baocao.EINTERNAL, "Bộ phận tiếp nhận chưa chạy; hãy thử lại sau ít phút.", errors.New("ingest: intake not running"))
	}
	in.forceMu.Lock()
	if len(in.force) < cap(in.again)*16 {
		in.force[path] = true
	}
	in.forceMu.Unlock()
	select {
	case in.again <- path:
		in.Logger.Info("read again on request", "file", path)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	default:
		return baocao.Errorf(baocao.EINTERNAL, "Đang có nhiều yêu cầu đọc lại; hãy thử lại sau ít phút.", errors.New("ingest: reingest queue full"))
	}
}

// forced reports, once, whether the path was asked to be read again.
func (in *Intake) forced(path string) bool {
	in.forceMu.Lock()
	defer in.forceMu.Unlock()
	f := in.force[path]
	delete(in.force, path)
	return f
}

// Accept puts a file received another way than the share (an upload) into
// the inbox, under UploadDir, where the intake finds it as it finds any other
// file. It is written under a temporary name the scanner passes over, synced,
// then given its name, so the intake never sees it half written; a file
// already there under that name is never overwritten: the new one gets a
// numbered name, unless it holds the same content. It returns the file's
// path in the inbox.
func (in *Intake) Accept(ctx context.Context, name string, r io.Reader) (string, error) {
	dir := filepath.Join(in.Inbox, UploadDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("accept: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".upload-*.tmp")
	if err != nil {
		return "", fmt.Errorf("accept: %w", err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(tmp, h), ctxReader{ctx, r})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		return "", fmt.Errorf("accept: %w", err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	name = SafeName(name)
	for i := 1; i <= 1000; i++ {
		p := filepath.Join(dir, numbered(name, i))
		err := os.Link(tmp.Name(), p)
		if err == nil {
			return p, nil
		}
		if errors.Is(err, fs.ErrExist) {
			if have, err := HashFile(p); err == nil && have == sum {
				return p, nil // the same file, sent again
			}
			continue
		}
		// Hard links are not everywhere (some network shares): rename onto
		// a name that is free now; a race here only loses to another upload.
		if _, serr := os.Lstat(p); errors.Is(serr, fs.ErrNotExist) {
			if err := os.Rename(tmp.Name(), p); err != nil {
				return "", fmt.Errorf("accept: %w", err)
			}
			return p, nil
		}
	}
	return "", fmt.Errorf("accept: no free name for %q", name)
}

// numbered is name for the first try, then "name (2).ext", "name (3).ext"…
func numbered(name string, i int) string {
	if i == 1 {
		return name
	}
	ext := path.Ext(name)
	return fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext)
}

// SafeName turns a name given by someone else (a browser's file name) into a
// plain file name: the last element only, without control characters or the
// characters Windows shares refuse, not hidden, not one the scanner passes
// over, at most 120 bytes. It never names a folder.
func SafeName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	name = strings.Map(func(r rune) rune {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), strings.ContainsRune(`<>:"/|?*`, r):
			return -1
		}
		return r
	}, name)
	ext := path.Ext(strings.TrimSpace(name))
	name = strings.TrimLeft(strings.TrimSpace(name), ".~$ ")
	name = strings.TrimRight(name, ". ")
	if len(ext) > 1 && name == ext[1:] {
		name = "" // a bare extension (".pdf", from an upload named "." or ".."): no name, but the extension stays
	} else {
		ext = ""
	}
	if len(name) > 120 {
		ext := path.Ext(name)
		if len(ext) > 10 {
			ext = ""
		}
		base := strings.TrimSuffix(name, ext)
		cut := 120 - len(ext)
		for cut > 0 && !utf8.RuneStart(base[cut]) {
			cut--
		}
		name = base[:cut] + ext
	}
	if name == "" {
		name = "tep-tai-len" + ext
	}
	if Ignored(name) {
		name += "_"
	}
	return name
}

// ctxReader stops a copy when its context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
