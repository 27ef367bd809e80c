// Package ocr reads the text of scanned pages: poppler's pdftoppm renders a
// page to a grey image, the page is deskewed here, and Tesseract with its
// Vietnamese model recognises the words, whose boxes become the same
// positioned lines that a page's text layer gives.
//
// Both programs run as child processes, bounded in time and output, so that a
// hostile page cannot hang or exhaust the server; a process-wide limit keeps
// the number of pages in recognition at once within the workers allowed.
package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"baocao/extract/doc"
)

// Engine recognises scanned pages. Its zero value is not usable; use New.
type Engine struct {
	Tesseract   string        // program; default "tesseract" on PATH
	Renderer    string        // program; default "pdftoppm" on PATH
	Lang        string        // Tesseract model; default "vie"
	DPI         int           // render resolution; default 300
	MaxPixels   int           // per page, bounding the image; lowers the resolution of huge pages
	PageTimeout time.Duration // per page, rendering and recognition together
	MaxPages    int           // per file; later pages are not recognised

	sem      chan struct{}
	once     sync.Once
	checkErr error
}

// Defaults.
const (
	DefaultDPI         = 300
	DefaultMaxPixels   = 40_000_000 // A3 at 300 dpi is 17.4 M
	DefaultPageTimeout = 60 * time.Second
	DefaultMaxPages    = 100
	maxHOCR            = 16 << 20 // Tesseract's output for one page
)

// ErrUnavailable means that the programs or the language model are missing.
var ErrUnavailable = errors.New("ocr: unavailable")

// New returns an engine that recognises at most parallel pages at once, over
// all the files it is given; 0 means one per CPU.
func New(parallel int) *Engine {
	if parallel <= 0 {
		parallel = runtime.NumCPU()
	}
	return &Engine{
		Tesseract: "tesseract", Renderer: "pdftoppm", Lang: "vie",
		DPI: DefaultDPI, MaxPixels: DefaultMaxPixels, PageTimeout: DefaultPageTimeout, MaxPages: DefaultMaxPages,
		sem: make(chan struct{}, parallel),
	}
}

var (
	defaultOnce   sync.Once
	defaultEngine *Engine
)

// Default is the process-wide engine, one page per CPU.
func Default() *Engine {
	defaultOnce.Do(func() { defaultEngine = New(0) })
	return defaultEngine
}

// Check reports whether the programs and the language model are installed,
// wrapping ErrUnavailable when they are not. It looks once.
func (e *Engine) Check() error {
	e.once.Do(func() { e.checkErr = e.check() })
	return e.checkErr
}

func (e *Engine) check() error {
	for _, p := range []string{e.Renderer, e.Tesseract} {
		if _, err := exec.LookPath(p); err != nil {
			return fmt.Errorf("%w: %s not found (install poppler-utils, tesseract-ocr and tesseract-ocr-%s)", ErrUnavailable, p, e.Lang)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, e.Tesseract, "--list-langs").CombinedOutput()
	if err != nil {
		return fmt.Errorf("%w: %s --list-langs: %v", ErrUnavailable, e.Tesseract, err)
	}
	if !slices.Contains(strings.Fields(string(out)), e.Lang) {
		return fmt.Errorf("%w: Tesseract has no %q model (install tesseract-ocr-%s)", ErrUnavailable, e.Lang, e.Lang)
	}
	return nil
}

// Page is the outcome of recognising one page.
type Page struct {
	Page      int
	Lines     []doc.Line
	Skew      float64 // degrees the page was turned to straighten it
	Illegible bool    // the page holds writing that could not be read: handwriting, or print too faint
	Err       error   // the page could not be recognised
}

// Pages recognises the given pages of the PDF in r, in parallel within the
// engine's limit, and returns them in page order. Pages beyond MaxPages are
// left out. The error is for the whole file: the engine is unavailable, or
// the PDF could not be copied for the renderer.
func (e *Engine) Pages(ctx context.Context, r io.ReaderAt, size int64, scans []doc.Scan) ([]Page, error) {
	if err := e.Check(); err != nil {
		return nil, err
	}
	if len(scans) > e.MaxPages {
		scans = scans[:e.MaxPages]
	}
	// The renderer reads a file: one copy serves every page.
	f, err := os.CreateTemp("", "baocao-ocr-*.pdf")
	if err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	defer os.Remove(f.Name())
	_, err = io.Copy(f, io.NewSectionReader(r, 0, size))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("ocr: copy for the renderer: %w", err)
	}

	out := make([]Page, len(scans))
	var wg sync.WaitGroup
	for i, s := range scans {
		out[i].Page = s.Page
		select {
		case e.sem <- struct{}{}:
		case <-ctx.Done():
			out[i].Err = ctx.Err()
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-e.sem }()
			out[i] = e.page(ctx, f.Name(), s)
		}()
	}
	wg.Wait()
	return out, nil
}

// page renders, straightens and recognises one page. A page that ran out of
// time has an error that is context.DeadlineExceeded.
func (e *Engine) page(ctx context.Context, path string, s doc.Scan) (p Page) {
	p.Page = s.Page
	ctx, cancel := context.WithTimeout(ctx, e.PageTimeout)
	defer cancel()
	defer func() {
		if p.Err != nil && ctx.Err() != nil {
			p.Err = fmt.Errorf("%w: %v", ctx.Err(), p.Err)
		}
	}()
	dpi := resolution(e.DPI, e.MaxPixels, s.Width, s.Height)
	img, err := e.render(ctx, path, s.Page, dpi)
	if err != nil {
		p.Err = err
		return p
	}
	despeckle(img)
	p.Skew = deskew(img)
	tls, err := e.recognise(ctx, img, dpi)
	if err != nil {
		p.Err = err
		return p
	}
	p.Lines = lines(s.Page, tls, img, 72/float64(dpi))
	p.Illegible = illegible(tls, img)
	return p
}

// Thresholds of illegible.
const (
	inkDark       = 128  // a pixel darker than this is ink
	inkWriting    = 0.01 // a page with more ink than this share holds writing
	readWellConf  = 60   // a word read at this confidence or more is read
	readWellWords = 12   // a page of writing gives at least this many words read
	readWellShare = 0.4  // and at least this share of its words read
)

// illegible reports whether a page holds writing that recognition could not
// read: ink enough for text, but few words read with confidence, as
// handwriting or very faint print gives.
func illegible(tls []tline, img *gray) bool {
	if img == nil || len(img.pix) == 0 {
		return false
	}
	dark := 0
	for _, v := range img.pix {
		if v < inkDark {
			dark++
		}
	}
	if float64(dark) < inkWriting*float64(len(img.pix)) {
		return false // a blank page, or nearly
	}
	words, read := 0, 0
	for _, l := range tls {
		for _, w := range l.words {
			words++
			if w.conf >= readWellConf {
				read++
			}
		}
	}
	return read < readWellWords || float64(read) < readWellShare*float64(words)
}

// resolution lowers dpi until a page of w×h points fits in maxPixels.
func resolution(dpi, maxPixels int, w, h float64) int {
	if w <= 0 || h <= 0 {
		w, h = 595, 842 // A4
	}
	for dpi > 50 && (w/72*float64(dpi))*(h/72*float64(dpi)) > float64(maxPixels) {
		dpi -= 10
	}
	return dpi
}

// render has pdftoppm draw one page, in colour so that a red seal can be
// told from black text, and returns it grey.
func (e *Engine) render(ctx context.Context, path string, page, dpi int) (*gray, error) {
	pg := fmt.Sprint(page)
	cmd := exec.CommandContext(ctx, e.Renderer, "-r", fmt.Sprint(dpi), "-f", pg, "-l", pg, "-singlefile", path)
	out, err := run(cmd, nil, 3*int64(e.MaxPixels)+4096)
	if err != nil {
		return nil, fmt.Errorf("ocr: render page %d: %w", page, err)
	}
	img, err := parsePNM(out)
	if err != nil {
		return nil, fmt.Errorf("ocr: render page %d: %w", page, err)
	}
	return img, nil
}

// recognise runs Tesseract over the image and returns its lines.
func (e *Engine) recognise(ctx context.Context, img *gray, dpi int) ([]tline, error) {
	cmd := exec.CommandContext(ctx, e.Tesseract, "stdin", "stdout", "-l", e.Lang, "--dpi", fmt.Sprint(dpi), "--psm", "3", "hocr")
	// One thread per page: pages run in parallel, and Tesseract's own
	// threads only fight over the same cores.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	out, err := run(cmd, img.pgm(), maxHOCR)
	if err != nil {
		return nil, fmt.Errorf("ocr: tesseract: %w", err)
	}
	tls, err := parseHOCR(out)
	if err != nil {
		return nil, fmt.Errorf("ocr: tesseract output: %w", err)
	}
	return tls, nil
}

// run runs a command with the given input, keeping at most limit bytes of
// its output (more is an error) and a short tail of its error output.
func run(cmd *exec.Cmd, stdin []byte, limit int64) ([]byte, error) {
	var out limitedBuffer
	out.limit = limit
	var stderr limitedBuffer
	stderr.limit = 4096
	stderr.tail = true
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	cmd.Stdout, cmd.Stderr = &out, &stderr
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if out.over {
		return nil, fmt.Errorf("output over %d bytes", limit)
	}
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("%w: %s", err, msg)
		}
		return nil, err
	}
	return out.Bytes(), nil
}

// limitedBuffer keeps the first limit bytes written (or, with tail, the
// last), and notes that more came.
type limitedBuffer struct {
	bytes.Buffer
	limit int64
	tail  bool
	over  bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	n := len(p)
	if room := b.limit - int64(b.Len()); int64(len(p)) > room {
		b.over = true
		if b.tail {
			b.Buffer.Write(p)
			rest := b.Bytes()[b.Len()-int(b.limit):]
			b.Reset()
			b.Buffer.Write(rest)
			return n, nil
		}
		p = p[:max(room, 0)]
	}
	b.Buffer.Write(p)
	return n, nil
}
