package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"baocao"
)

// Extractor reads a file into records: extract.File in production.
type Extractor func(ctx context.Context, path string) (baocao.FileResult, error)

// Intake brings the files of the inbox into the index, each exactly once.
type Intake struct {
	Inbox     string
	Originals string // folder for content-addressed copies; "" keeps none
	Index     baocao.Index
	Journal   *Journal
	Scanner   Scanner
	Extract   Extractor
	Delay     time.Duration // a file must keep still this long before it is read
	Rescan    time.Duration // how often the whole inbox is listed again
	Poll      bool          // list the inbox every Tick instead of waiting for notifications
	Tick      time.Duration // how often to look while files are settling
	Workers   int           // files read at once
	Queue     int           // files waiting for a worker, at most
	Now       func() time.Time
	Logger    *slog.Logger
	Metrics   *Metrics
	// Done, when set, is told each outcome: an entry indexed or failed.
	Done func(Entry)

	retry chan string // paths to report again after an index outage

	// Reingest's way into the loop (see reingest.go).
	ctlOnce sync.Once
	again   chan string // paths to read again, from Reingest
	running atomic.Bool
	forceMu sync.Mutex
	force   map[string]bool // paths to read even when their content is unchanged
}

// Run watches the inbox until ctx ends, then finishes the files in hand and
// returns.
func (in *Intake) Run(ctx context.Context) error {
	in.defaults()
	in.running.Store(true)
	defer in.running.Store(false)
	entries, err := in.Journal.All()
	if err != nil {
		return err
	}
	var known []FileInfo
	for _, e := range entries {
		if e.State == Indexed || e.State == Failed {
			known = append(known, e.Info())
		}
	}
	differ := NewDiffer(in.Delay, known)
	wake := make(chan struct{}, 1)
	stopWatch, err := in.watch(ctx, wake)
	if err != nil {
		in.Logger.Warn("change notifications unavailable; polling", "err", err)
		in.Poll = true
	}
	defer stopWatch()

	jobs := make(chan FileInfo, in.Queue)
	var wg sync.WaitGroup
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	for range in.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				in.process(workCtx, f)
				in.Metrics.queue.Add(-1)
			}
		}()
	}
	defer func() {
		close(jobs) // in-flight files finish; queued ones are pending in the journal
		wg.Wait()
	}()

	lastFull := time.Time{}
	woken := false
	tick := time.NewTicker(in.Tick)
	defer tick.Stop()
	for {
		now := in.Now()
		if woken || in.Poll || differ.Pending() > 0 || now.Sub(lastFull) >= in.Rescan {
			woken = false
			listing, err := in.Scanner.Scan(ctx)
			if err != nil && ctx.Err() == nil {
				in.Logger.Error("list inbox", "err", err)
			}
			if err == nil {
				lastFull = now
				in.Metrics.seen.Store(int64(len(listing)))
				for _, ev := range differ.Diff(now, listing) {
					switch ev.Kind {
					case Ready:
						in.Metrics.queue.Add(1)
						select {
						case jobs <- ev.File: // blocks when the queue is full: back-pressure
						case <-ctx.Done():
							return nil
						}
					case Gone:
						in.gone(ctx, ev.File)
					}
				}
				in.Metrics.settling.Store(int64(differ.Pending()))
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
			woken = true // something changed: list now
		case <-tick.C:
		case p := <-in.retry:
			differ.Retry(p)
		case p := <-in.again:
			differ.Retry(p)
			woken = true // asked by someone waiting: list now
		}
	}
}

func (in *Intake) defaults() {
	if in.Now == nil {
		in.Now = time.Now
	}
	if in.Logger == nil {
		in.Logger = slog.Default()
	}
	if in.Metrics == nil {
		in.Metrics = &Metrics{}
	}
	if in.Workers <= 0 {
		in.Workers = 2
	}
	if in.Queue <= 0 {
		in.Queue = 4 * in.Workers
	}
	if in.Tick <= 0 {
		in.Tick = 500 * time.Millisecond
	}
	if in.Rescan <= 0 {
		in.Rescan = time.Minute
	}
	if in.Scanner == nil {
		in.Scanner = DirScanner{Root: in.Inbox}
	}
	in.retry = make(chan string, 1024)
	in.control()
}

// process reads, keeps and indexes one file, and journals the outcome. A file
// that cannot be read is failed with the reason; an index that cannot be
// written leaves the file pending, to be tried again with backoff.
func (in *Intake) process(ctx context.Context, f FileInfo) {
	log := in.Logger.With("file", f.Path)
	now := in.Now()
	prev, had, err := in.Journal.Get(f.Path)
	if err != nil {
		log.Error("read journal", "err", err)
		return
	}
	e := prev
	if !had {
		e = Entry{Path: f.Path, FirstSeen: now}
	}
	e.Size, e.ModTime, e.Updated = f.Size, f.ModTime, now
	cur, ok := statFile(f.Path)
	if !ok {
		return // gone or unreadable between listing and now: the next listing says which
	}
	if cur.Size != f.Size || !cur.ModTime.Equal(f.ModTime) {
		in.later(f.Path, 0) // it changed again: wait for it to settle
		return
	}
	sum, err := HashFile(f.Path)
	if err != nil {
		in.later(f.Path, time.Second)
		return
	}
	if had && prev.SHA256 == sum && prev.State == Indexed && !in.forced(f.Path) {
		// Touched but not changed: nothing to index.
		if err := in.Journal.Put(e); err != nil {
			log.Error("write journal", "err", err)
		}
		return
	}
	e.SHA256, e.State, e.Reason = sum, Pending, ""
	e.Attempts++
	if err := in.Journal.Put(e); err != nil {
		log.Error("write journal", "err", err)
		return
	}

	start := time.Now()
	res, err := in.Extract(ctx, f.Path)
	in.Metrics.observeExtract(time.Since(start))
	if ctx.Err() != nil {
		// Shutting down mid-file: the entry stays pending, and the file is
		// read again when the program runs again.
		log.Info("interrupted; the file will be read again", "err", err)
		return
	}
	if err != nil && baocao.ErrorCode(err) != baocao.EINTERNAL || err == nil && res.Error != "" {
		e.State, e.Reason = Failed, res.Error
		if e.Reason == "" {
			e.Reason = baocao.ErrorMessage(err)
		}
		in.Metrics.failed.Add(1)
		log.Warn("file cannot be read", "reason", e.Reason, "err", err)
		if err := in.Journal.Put(e); err != nil {
			log.Error("write journal", "err", err)
		}
		in.done(e)
		return
	}
	if err != nil {
		log.Error("extract", "err", err)
		in.later(f.Path, in.backoff(e.Attempts))
		return
	}
	if res.SHA256 != sum {
		in.later(f.Path, 0) // rewritten while being read
		return
	}
	if in.Originals != "" {
		if err := KeepOriginal(in.Originals, f.Path, sum); err != nil {
			log.Error("keep original", "err", err)
			in.later(f.Path, in.backoff(e.Attempts))
			return
		}
	}
	paths, err := in.Journal.PathsOf(sum)
	if err != nil {
		log.Error("read journal", "err", err)
		return
	}
	if !slices.Contains(paths, f.Path) {
		paths = append(paths, f.Path)
	}
	start = time.Now()
	file := res.Indexed(paths)
	file.SHA256 = sum
	err = in.Index.PutFile(ctx, file)
	in.Metrics.observeIndex(time.Since(start))
	if err != nil {
		// The index is down or full: the file stays pending and is tried
		// again; an outage never fails a file.
		e.NextTry = in.Now().Add(in.backoff(e.Attempts))
		log.Warn("index unavailable; will retry", "err", err, "retry_at", e.NextTry)
		if err := in.Journal.Put(e); err != nil {
			log.Error("write journal", "err", err)
		}
		in.later(f.Path, in.backoff(e.Attempts))
		return
	}
	e.State, e.Records, e.Attempts, e.NextTry = Indexed, len(res.Records), 0, time.Time{}
	if err := in.Journal.Put(e); err != nil {
		log.Error("write journal", "err", err)
		return
	}
	in.Metrics.indexed.Add(1)
	log.Info("indexed", "records", len(res.Records), "sha256", sum[:12])
	if had && prev.SHA256 != "" && prev.SHA256 != sum {
		in.release(ctx, prev.SHA256)
	}
	in.done(e)
}

func (in *Intake) done(e Entry) {
	if in.Done != nil {
		in.Done(e)
	}
}

// release drops the records of an old version of a file once no path in the
// inbox holds that content any more; otherwise it updates its paths.
func (in *Intake) release(ctx context.Context, sha string) {
	paths, err := in.Journal.PathsOf(sha)
	if err != nil || len(paths) > 0 {
		return
	}
	if err := in.Index.RemoveFile(ctx, sha); err != nil {
		in.Logger.Warn("remove replaced version", "sha256", sha, "err", err)
	}
}

// gone marks a file that left the share. Its records stay in the index; when
// no other path holds the same content, they are marked removed, read again
// from the kept original.
func (in *Intake) gone(ctx context.Context, f FileInfo) {
	e, ok, err := in.Journal.Get(f.Path)
	if err != nil || !ok {
		return
	}
	was := e.State
	e.State, e.Updated = Removed, in.Now()
	if err := in.Journal.Put(e); err != nil {
		in.Logger.Error("write journal", "file", f.Path, "err", err)
		return
	}
	in.Logger.Info("file left the inbox; its records are kept", "file", f.Path)
	if was != Indexed || in.Originals == "" {
		return
	}
	if others, err := in.Journal.PathsOf(e.SHA256); err != nil || len(others) > 0 {
		return
	}
	orig := filepath.Join(in.Originals, e.SHA256[:2], e.SHA256)
	res, err := in.Extract(ctx, orig)
	if err != nil || res.Error != "" {
		in.Logger.Warn("mark records removed", "file", f.Path, "err", err)
		return
	}
	file := res.Indexed([]string{f.Path})
	file.SHA256, file.Removed = e.SHA256, true
	err = in.Index.PutFile(ctx, file)
	if err != nil {
		in.Logger.Warn("mark records removed", "file", f.Path, "err", err)
	}
}

// later asks the loop to report the path again after d.
func (in *Intake) later(path string, d time.Duration) {
	time.AfterFunc(d, func() {
		select {
		case in.retry <- path:
		default:
		}
	})
}

// backoff grows with the attempts, from 1 s to 5 min.
func (in *Intake) backoff(attempts int) time.Duration {
	d := time.Second << min(attempts, 9)
	return min(d, 5*time.Minute)
}

// HashFile returns the SHA-256 of a file's content, in hex.
func HashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// KeepOriginal copies the file to DIR/ab/abcdef… (its hash), written to a
// temporary file, synced and renamed, so a copy is whole or absent.
func KeepOriginal(dir, path, sum string) error {
	dst := filepath.Join(dir, sum[:2], sum)
	if _, err := os.Stat(dst); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeAtomic(dst, in)
}
