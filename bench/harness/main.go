// Command harness runs the measurements of issue 8 (extraction, ingest,
// intake, search, summary, and the side-by-side comparisons with poppler's
// pdftotext and Apache Tika) and prints the figures as Markdown tables,
// ready for BENCHMARKS.md. bench/run.sh calls it for `make bench`, after
// fetching Tika and starting Elasticsearch; `make bench-smoke` calls it with
// -smoke: 20 files, no Tika, no Elasticsearch, a few seconds.
//
// Each measured program runs under /usr/bin/time for its peak resident
// memory; runs on one core are pinned with taskset -c 0, so that every tool
// compared gets the same core. Corpora and outputs go under -dir, never
// into the repository.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// steps in the order they run; "profile" runs only when asked for.
var allSteps = []string{"extract", "cli", "pdftotext", "tika", "ingest", "ingest-es", "intake", "search", "search-es", "summary"}

type config struct {
	repo, dir  string
	sizes      []int // corpora; the first is the one compared side by side
	steps      map[string]bool
	smoke      bool
	benchtime  string // for the extraction benchmark
	tika       string // tika-app jar
	es         esConfig
	searchRuns int
}

type esConfig struct {
	url, user, password, pidFile string
}

func main() {
	var c config
	var sizes, steps, out string
	flag.StringVar(&c.repo, "repo", ".", "the repository (module root)")
	flag.StringVar(&c.dir, "dir", "/var/tmp/baocao-bench", "scratch folder for corpora, indexes, outputs and logs")
	flag.StringVar(&sizes, "sizes", "1000,10000", "corpus sizes, in files; the first is compared side by side")
	flag.StringVar(&steps, "steps", "all", "steps to run: all, or some of "+strings.Join(allSteps, ",")+",profile")
	flag.BoolVar(&c.smoke, "smoke", false, "a tiny run for CI: 20 files, quick steps only, no Tika or Elasticsearch")
	flag.StringVar(&c.benchtime, "benchtime", "3s", "-test.benchtime of the extraction benchmark")
	flag.StringVar(&c.tika, "tika", "", "tika-app jar (the tika step needs it)")
	flag.StringVar(&c.es.url, "es", "", "Elasticsearch URL (the -es steps need it)")
	flag.StringVar(&c.es.user, "es-user", os.Getenv("BENCH_ES_USERNAME"), "Elasticsearch user")
	flag.StringVar(&c.es.password, "es-password", os.Getenv("BENCH_ES_PASSWORD"), "Elasticsearch password")
	flag.StringVar(&c.es.pidFile, "es-pid", "", "Elasticsearch's pid file, to read the server's peak memory")
	flag.IntVar(&c.searchRuns, "search-runs", 50, "rounds of the search benchmark queries")
	flag.StringVar(&out, "out", "", "also write the Markdown here (default DIR/results/DATE.md)")
	flag.Parse()

	c.steps = map[string]bool{}
	if c.smoke {
		if sizes == "1000,10000" {
			sizes = "20"
		}
		if steps == "all" {
			steps = "extract,cli,pdftotext,ingest"
		}
		c.benchtime = "20x"
	}
	for _, s := range strings.Split(steps, ",") {
		if s == "all" {
			for _, a := range allSteps {
				c.steps[a] = true
			}
			continue
		}
		c.steps[strings.TrimSpace(s)] = true
	}
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fatal(fmt.Errorf("bad size %q", s))
		}
		c.sizes = append(c.sizes, n)
	}
	var err error
	if c.repo, err = filepath.Abs(c.repo); err != nil {
		fatal(err)
	}
	if c.dir, err = filepath.Abs(c.dir); err != nil {
		fatal(err)
	}
	if strings.HasPrefix(c.dir+"/", c.repo+"/") {
		fatal(fmt.Errorf("the scratch folder %s is inside the repository", c.dir))
	}
	for _, d := range []string{"bin", "logs", "out", "results"} {
		if err := os.MkdirAll(filepath.Join(c.dir, d), 0o755); err != nil {
			fatal(err)
		}
	}
	if out == "" {
		out = filepath.Join(c.dir, "results", time.Now().UTC().Format("2006-01-02T150405")+".md")
	}
	f, err := os.Create(out)
	if err != nil {
		fatal(err)
	}
	defer f.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	h := &harness{config: c, md: io.MultiWriter(os.Stdout, f)}
	if err := h.run(ctx); err != nil {
		fmt.Fprintf(f, "\n**The run failed:** %v\n", err)
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "bench: figures written to %s\n", out)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// harness runs the steps and writes their tables to md.
type harness struct {
	config
	md      io.Writer
	baocao  string            // the binary measured
	tests   map[string]string // package → compiled test binary
	machine string
	corpora map[int]string    // size → folder
	built   map[string]string // package ("" for baocao) → the commit its binary was built from
}

func (h *harness) run(ctx context.Context) error {
	h.machine = machine()
	h.tests = map[string]string{}
	h.corpora = map[int]string{}
	fmt.Fprintf(h.md, "## Run of %s\n\n%s\n\n", now(), h.machine)
	h.logf("building baocao")
	h.baocao = filepath.Join(h.dir, "bin", "baocao")
	h.built = map[string]string{"": commit()}
	if err := h.goCmd(ctx, "build", "-o", h.baocao, "./cmd/baocao"); err != nil {
		return err
	}
	if err := h.makeCorpora(); err != nil {
		return err
	}
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"extract", h.extractBench},
		{"cli", h.extractCLI},
		{"pdftotext", h.pdftotext},
		{"tika", h.tikaCompare},
		{"ingest", func(ctx context.Context) error { return h.ingest(ctx, false) }},
		{"ingest-es", func(ctx context.Context) error { return h.ingest(ctx, true) }},
		{"intake", h.intake},
		{"search", func(ctx context.Context) error { return h.search(ctx, false) }},
		{"search-es", func(ctx context.Context) error { return h.search(ctx, true) }},
		{"summary", h.summary},
		{"profile", h.profile},
	}
	known := map[string]bool{}
	for _, s := range steps {
		known[s.name] = true
	}
	for s := range h.steps {
		if !known[s] {
			return fmt.Errorf("unknown step %q", s)
		}
	}
	for _, s := range steps {
		if !h.steps[s.name] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		h.logf("step %s", s.name)
		if err := s.fn(ctx); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	if h.es.pidFile != "" && (h.steps["ingest-es"] || h.steps["search-es"]) {
		if kb := esPeakKB(h.es.pidFile); kb > 0 {
			fmt.Fprintf(h.md, "Elasticsearch server (JVM, 512 MB heap) peak resident memory since it started for this run: %s.\n\n", mb(kb))
		}
	}
	return nil
}

// makeCorpora writes (or finds) the corpus of each size.
func (h *harness) makeCorpora() error {
	fmt.Fprintf(h.md, "Corpora (bench/mix: per 100 files 53 narrative PDFs of one or two pages, 15 Word, 20 typed forms, "+
		"5 roll-ups, 5 legacy .xls, 2 scans; one province roll-up of 2,000 rows in a corpus of 1,000 or more; each copy unique in bytes):\n\n")
	for _, n := range h.sizes {
		dir := filepath.Join(h.dir, fmt.Sprintf("corpus-%d", n))
		h.logf("corpus of %d files in %s", n, dir)
		m, err := writeCorpus(filepath.Join(h.repo, "samples"), dir, n)
		if err != nil {
			return err
		}
		h.corpora[n] = dir
		var parts []string
		var total int64
		for _, k := range kindNames {
			if d, ok := m.Kinds[k]; ok {
				parts = append(parts, fmt.Sprintf("%s %d", k, d.Files))
				total += d.Bytes
			}
		}
		fmt.Fprintf(h.md, "- `%s`: %d files, %.1f MB (%s)\n", dir, n, float64(total)/1e6, strings.Join(parts, ", "))
	}
	fmt.Fprintln(h.md)
	return nil
}

func (h *harness) logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

func now() string { return time.Now().UTC().Format("2006-01-02 15:04 UTC") }

// stamp dates a section and names the commit its program was built from
// (pkg's test binary, or baocao for ""): the tree is shared, and a long run
// sees new commits between its sections.
func (h *harness) stamp(pkg string) string {
	return now() + ", built from " + h.built[pkg]
}

// commit names HEAD, and says so when the tree holds changes not committed.
func commit() string {
	c := strings.TrimSpace(output("git", "rev-parse", "--short", "HEAD"))
	if strings.TrimSpace(output("git", "status", "--porcelain", "--untracked-files=no")) != "" {
		c += " with uncommitted changes"
	}
	return "commit " + c
}
