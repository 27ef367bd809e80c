package ingest

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"

	"github.com/fsnotify/fsnotify"
)

// watch asks the operating system for change notifications on the inbox and
// its subfolders, and pokes wake on each, so a new file is listed at once
// instead of at the next rescan. On a network share, notifications may never
// come: polling mode (set by flag, or when the file system is a network one)
// lists the inbox every tick instead.
func (in *Intake) watch(ctx context.Context, wake chan<- struct{}) (stop func(), err error) {
	if !in.Poll && isNetworkFS(in.Inbox) {
		in.Logger.Info("inbox is on a network file system; polling", "inbox", in.Inbox)
		in.Poll = true
	}
	if in.Poll {
		return func() {}, nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return func() {}, err
	}
	add := func(root string) {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				if err := w.Add(p); err != nil {
					in.Logger.Warn("watch folder", "folder", p, "err", err)
				}
			}
			return nil
		})
	}
	add(in.Inbox)
	if len(w.WatchList()) == 0 {
		w.Close()
		return func() {}, errors.New("no folder could be watched")
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if ev.Has(fsnotify.Create) {
					add(ev.Name) // a new subfolder: watch it too (a no-op for files)
				}
				select {
				case wake <- struct{}{}:
				default:
				}
			case err, ok := <-w.Errors:
				if !ok {
					return
				}
				in.Logger.Warn("change notifications", "err", err)
			}
		}
	}()
	return func() {
		w.Close()
		<-done
	}, nil
}
