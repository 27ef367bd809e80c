package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"baocao"
	"baocao/extract"
	"baocao/ingest"
)

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ingest", "ingest [--data THƯ_MỤC] [--es URL] TỆP|THƯ_MỤC...",
		"Đọc các tệp báo cáo và đưa vào chỉ mục, một lần. Chạy lại không tạo bản ghi trùng: tệp đã có\n"+
			"(cùng nội dung) được bỏ qua, tệp đổi nội dung thay các bản ghi cũ. Mỗi tệp được lưu một bản\n"+
			"gốc trong DATA/originals. Mã thoát 1 khi có tệp không đọc được.", stderr)
	var store storeFlags
	store.register(fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "số tệp đọc song song")
	quiet := fs.Bool("quiet", false, "không hiện thanh tiến độ")
	files, err := parseFiles(fs, args)
	if err != nil {
		return err
	}
	limitMemory()
	ix, err := store.open(ctx, true)
	if err != nil {
		return err
	}
	defer ix.Close()

	var bar *progress
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		bar = newProgress(stderr, len(files))
	}
	var (
		mu        sync.Mutex
		unchanged int
		failures  []string
	)
	opts := extractOptions(max(*workers, 1))
	w := newWriter(ctx, ix)
	g := newGate(max(*workers, 1))
	err = forEach(ctx, files, max(*workers, 1), func(path string) error {
		n := g.enter(path)
		f, err := readFile(ctx, ix, store.data, path, opts)
		g.leave(n)
		if err == nil && f.SHA256 != "" {
			err = w.add(ctx, f)
		}
		mu.Lock()
		defer mu.Unlock()
		switch {
		case err != nil && baocao.ErrorCode(err) == baocao.EINTERNAL:
			return fmt.Errorf("%s: %w", path, err) // the index failed: stop
		case err != nil:
			failures = append(failures, fmt.Sprintf("%s: %s", path, baocao.ErrorMessage(err)))
		case f.SHA256 == "":
			unchanged++
		}
		if bar != nil {
			bar.step()
		}
		return nil
	})
	indexed, records, dup, werr := w.close()
	if bar != nil {
		bar.done()
	}
	if err == nil && werr != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		err = baocao.Errorf(baocao.EINTERNAL, "Lỗi chỉ mục.", werr)
	}
	if err != nil {
		return err
	}
	unchanged += dup
	sort.Strings(failures)
	fmt.Fprintf(stdout, "Đã lập chỉ mục %d tệp (%d bản ghi), %d tệp không đổi, %d tệp lỗi.\n", indexed, records, unchanged, len(failures))
	for _, f := range failures {
		fmt.Fprintf(stdout, "  lỗi: %s\n", f)
	}
	if len(failures) > 0 {
		return errFilesFailed
	}
	return nil
}

// readFile extracts one file for the index, unless the index already holds
// its content (then the file returned is empty). It keeps a copy of the file
// under DATA/originals, named by its hash.
func readFile(ctx context.Context, ix baocao.Index, data, path string, opts extract.Options) (baocao.IndexedFile, error) {
	sum, err := ingest.HashFile(path)
	if err != nil {
		return baocao.IndexedFile{}, baocao.Errorf(baocao.EUNREADABLE, "Không mở được tệp; hãy kiểm tra tệp còn trong thư mục và có quyền đọc.", err)
	}
	has, err := ix.HasFile(ctx, sum)
	if err != nil {
		return baocao.IndexedFile{}, baocao.Errorf(baocao.EINTERNAL, "Lỗi chỉ mục.", err)
	}
	if has {
		return baocao.IndexedFile{}, nil
	}
	res, err := extract.File(ctx, path, opts)
	if err != nil {
		return baocao.IndexedFile{}, err
	}
	if data != "" {
		if err := ingest.KeepOriginal(filepath.Join(data, "originals"), path, res.SHA256); err != nil {
			return baocao.IndexedFile{}, baocao.Errorf(baocao.EINTERNAL, "Lỗi lưu bản gốc.", err)
		}
	}
	return res.Indexed([]string{path}), nil
}

// forEach runs fn over the items with a pool of workers; the first error
// stops the rest.
func forEach(ctx context.Context, items []string, workers int, fn func(string) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if err := fn(it); err != nil {
					cancel(err)
				}
			}
		}()
	}
feed:
	for _, it := range items {
		select {
		case jobs <- it:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := context.Cause(ctx); err != nil && err != context.Canceled {
		return err
	}
	return nil
}

// progress draws a one-line progress bar: files done, rate, time left.
type progress struct {
	w     io.Writer
	total int
	n     int
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, start: time.Now()}
}

func (p *progress) step() {
	p.n++
	if now := time.Now(); now.Sub(p.last) > 100*time.Millisecond || p.n == p.total {
		p.last = now
		p.draw()
	}
}

func (p *progress) draw() {
	el := time.Since(p.start).Seconds()
	rate := float64(p.n) / max(el, 1e-3)
	left := "?"
	if rate > 0 {
		left = (time.Duration(float64(p.total-p.n)/rate) * time.Second).Round(time.Second).String()
	}
	const width = 30
	full := width * p.n / max(p.total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d tệp  %.1f tệp/s  còn %s ", strings.Repeat("#", full), strings.Repeat(".", width-full), p.n, p.total, rate, left)
}

func (p *progress) done() { fmt.Fprintln(p.w) }
