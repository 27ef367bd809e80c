package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"

	"baocao/bench/mix"
)

// all is the number of cores: "all" in the tables.
var all = runtime.NumCPU()

// extractBench runs extract's BenchmarkExtract on one core and on all: per
// format over the samples of bench/mix, and the text-layer mix.
func (h *harness) extractBench(ctx context.Context) error {
	flags := []string{"-test.bench=^BenchmarkExtract$", "-test.benchtime=" + h.benchtime}
	one, m1, err := h.goBench(ctx, job{name: "extract-bench-1", oneCore: true}, "./extract", append(flags, "-test.cpu=1")...)
	if err != nil {
		return err
	}
	many, m2, err := h.goBench(ctx, job{name: "extract-bench-all"}, "./extract", append(flags, fmt.Sprintf("-test.cpu=%d", all))...)
	if err != nil {
		return err
	}
	fmt.Fprintf(h.md, "### Extraction per format (Go benchmark, in memory)\n\n")
	var rows [][]string
	for _, r := range one {
		r2, err := find(many, r.name)
		if err != nil {
			return err
		}
		rows = append(rows, []string{"`" + r.name[len("BenchmarkExtract/"):] + "`", fmt.Sprintf("%.0f", r.metrics["samples"]),
			fmt.Sprintf("%.1f", r.metrics["files/s"]), fmt.Sprintf("%.2f", r.metrics["MB/s"]),
			fmt.Sprintf("%.1f", r2.metrics["files/s"]), fmt.Sprintf("%.2f", r2.metrics["MB/s"]),
			fmt.Sprintf("%.2f×", r2.metrics["files/s"]/r.metrics["files/s"])})
	}
	h.table([]string{"format", "samples", "1 core files/s", "1 core MB/s", fmt.Sprintf("%d cores files/s", all), fmt.Sprintf("%d cores MB/s", all), "speed-up"}, rows)
	fmt.Fprintf(h.md, "%s; load %.2f/%.2f; peak RSS %s/%s. Command: `go test -c -o extract.test ./extract && cd extract && "+
		"taskset -c 0 ../extract.test -test.run='^$' -test.bench='^BenchmarkExtract$' -test.benchtime=%s -test.cpu=1` "+
		"(and without taskset, `-test.cpu=%d`).\n\n", h.stamp("./extract"), m1.load, m2.load, mb(m1.peakKB), mb(m2.peakKB), h.benchtime, all)
	return nil
}

// cliFolders are the corpus folders the whole program is timed on.
func cliFolders() []string {
	var out []string
	for _, k := range mix.Kinds {
		out = append(out, k.Folder())
	}
	return append(out, "text")
}

// extractCLI times `baocao extract --json` over each folder of the first
// corpus, with one worker on one core and with a worker per core.
func (h *harness) extractCLI(ctx context.Context) error {
	corpus := h.corpora[h.sizes[0]]
	fmt.Fprintf(h.md, "### Extraction by the program, `baocao extract --json`, corpus of %d\n\n", h.sizes[0])
	var rows [][]string
	for _, folder := range cliFolders() {
		dir := filepath.Join(corpus, folder)
		files, size, err := folderSize(dir)
		if err != nil || files == 0 {
			continue // a small corpus may have no scan
		}
		row := []string{"`" + folder + "`", strconv.Itoa(files), fmt.Sprintf("%.1f", float64(size)/1e6)}
		var last extractOut
		var peak int64
		for _, w := range []int{1, all} {
			if folder == "scan" && w == 1 && !h.smoke {
				row = append(row, "—", "—") // OCR on one core: see extract/ocr BenchmarkPage
				continue
			}
			m, out, err := h.ours(ctx, fmt.Sprintf("cli-%s-%d", filepath.Base(folder), w), dir, w)
			if err != nil {
				return err
			}
			if out.files != files {
				return fmt.Errorf("%s: %d results for %d files", dir, out.files, files)
			}
			row = append(row, rate(files, m.secs()), fmt.Sprintf("%.2f", float64(size)/1e6/m.secs()))
			last, peak = out, m.peakKB
		}
		row = append(row, strconv.Itoa(last.records), strconv.Itoa(last.empty), mb(peak))
		rows = append(rows, row)
	}
	h.table([]string{"folder", "files", "MB", "1 worker, 1 core: files/s", "MB/s", fmt.Sprintf("%d workers: files/s", all), "MB/s",
		"records", "files without a record", fmt.Sprintf("peak RSS, %d workers", all)}, rows)
	fmt.Fprintf(h.md, "%s, load %.2f. Command: `taskset -c 0 baocao extract --json --workers 1 %s/FOLDER > out.jsonl` and "+
		"`baocao extract --json --workers %d …`; wall time of the whole process, JSON written to a file.\n\n", h.stamp(""), loadAvg(), corpus, all)
	return nil
}

// extractOut counts what `baocao extract --json` printed.
type extractOut struct {
	files, records, empty, failed int
}

// ours times `baocao extract --json` over dir with w workers (pinned to one
// core when w is 1) and counts its results.
func (h *harness) ours(ctx context.Context, name, dir string, w int) (measured, extractOut, error) {
	out := filepath.Join(h.dir, "out", name+".jsonl")
	m, err := h.measure(ctx, job{name: name, oneCore: w == 1, stdout: out,
		args: []string{h.baocao, "extract", "--json", "--workers", strconv.Itoa(w), dir}})
	if err != nil {
		return m, extractOut{}, err
	}
	f, err := os.Open(out)
	if err != nil {
		return m, extractOut{}, err
	}
	defer f.Close()
	var o extractOut
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var res struct {
			Records []json.RawMessage `json:"records"`
			Error   string            `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
			return m, o, fmt.Errorf("%s: %w", out, err)
		}
		o.files++
		o.records += len(res.Records)
		if len(res.Records) == 0 {
			o.empty++
		}
		if res.Error != "" {
			o.failed++
		}
	}
	return m, o, sc.Err()
}

// pdftotext compares our PDF extraction with poppler's pdftotext on the
// same narrative PDFs with the same parallelism. pdftotext reads one file
// per process, which is how it is used over a folder.
func (h *harness) pdftotext(ctx context.Context) error {
	dir := filepath.Join(h.corpora[h.sizes[0]], "text", "pdf")
	files, size, err := folderSize(dir)
	if err != nil {
		return err
	}
	if files == 0 {
		return fmt.Errorf("%s: %w", dir, errNoFiles)
	}
	fmt.Fprintf(h.md, "### Side by side: PDF text, ours against poppler's `pdftotext`\n\n")
	var rows [][]string
	for _, w := range []int{1, all} {
		mo, out, err := h.ours(ctx, fmt.Sprintf("vs-pdftotext-ours-%d", w), dir, w)
		if err != nil {
			return err
		}
		script := fmt.Sprintf("find %q -type f -name '*.pdf' -print0 | sort -z | xargs -0 -P %d -I{} pdftotext -q {} -", dir, w)
		mp, err := h.measure(ctx, job{name: fmt.Sprintf("vs-pdftotext-poppler-%d", w), oneCore: w == 1,
			stdout: filepath.Join(h.dir, "out", fmt.Sprintf("pdftotext-%d.txt", w)), args: []string{"sh", "-c", script}})
		if err != nil {
			return err
		}
		rows = append(rows, []string{fmt.Sprintf("%d (%s)", w, cores(w)), strconv.Itoa(files), fmt.Sprintf("%.1f", float64(size)/1e6),
			fmt.Sprintf("%.2f s", mo.secs()), rate(files, mo.secs()), fmt.Sprintf("%.2f s", mp.secs()), rate(files, mp.secs()),
			fmt.Sprintf("**%.2f×**", mp.secs()/mo.secs()), strconv.Itoa(out.records), mb(mo.peakKB), mb(mp.peakKB)})
	}
	h.table([]string{"workers", "PDFs", "MB", "ours", "ours files/s", "pdftotext", "pdftotext files/s", "ours ÷ pdftotext throughput",
		"records (ours)", "peak RSS ours", "peak RSS pdftotext"}, rows)
	fmt.Fprintf(h.md, "%s, load %.2f. Commands: `baocao extract --json --workers W %s > out.jsonl` and "+
		"`find %s -name '*.pdf' -print0 | xargs -0 -P W -I{} pdftotext -q {} - > out.txt`, each under `taskset -c 0` for W = 1. "+
		"Ours does more per file: layout, field rules and JSON records; pdftotext prints text only.\n\n", h.stamp(""), loadAvg(), dir, dir)
	return nil
}

func cores(w int) string {
	if w == 1 {
		return "1 core"
	}
	return fmt.Sprintf("%d cores", w)
}

var tikaResult = regexp.MustCompile(`consumed=(\d+), numberHandledExceptions=(\d+), secondsElapsed=([\d.]+)`)

// tikaCompare compares our extraction with Apache Tika's text extraction in
// its batch mode (one JVM for the whole folder, its start counted once) on
// the same text-layer files, with the same number of workers.
func (h *harness) tikaCompare(ctx context.Context) error {
	if h.tika == "" {
		return fmt.Errorf("no tika-app jar: pass -tika (bench/run.sh fetches it)")
	}
	corpus := h.corpora[h.sizes[0]]
	fmt.Fprintf(h.md, "### Side by side: ours against Apache Tika 2.9.2 (tika-app, batch mode)\n\n")
	type run struct {
		folder string
		w      int
	}
	runs := []run{{"text", 1}, {"text", all}}
	for _, k := range mix.Kinds {
		if k.Text {
			runs = append(runs, run{k.Folder(), all})
		}
	}
	var rows [][]string
	for _, r := range runs {
		dir := filepath.Join(corpus, r.folder)
		files, _, err := folderSize(dir)
		if err != nil || files == 0 {
			continue
		}
		base := fmt.Sprintf("%s-%d", filepath.Base(r.folder), r.w)
		mo, out, err := h.ours(ctx, "vs-tika-ours-"+base, dir, r.w)
		if err != nil {
			return err
		}
		outDir := filepath.Join(h.dir, "out", "tika-"+base)
		if err := os.RemoveAll(outDir); err != nil {
			return err
		}
		mt, err := h.measure(ctx, job{name: "vs-tika-tika-" + base, oneCore: r.w == 1,
			args: []string{"java", "-jar", h.tika, "-t", "-numConsumers", strconv.Itoa(r.w), "-i", dir, "-o", outDir}})
		if err != nil {
			return err
		}
		m := tikaResult.FindStringSubmatch(tail(filepath.Join(h.dir, "logs", "vs-tika-tika-"+base+".log"), 40))
		if m == nil {
			return fmt.Errorf("tika over %s: no result line in its log", dir)
		}
		consumed, _ := strconv.Atoi(m[1])
		exceptions, _ := strconv.Atoi(m[2])
		tikaSecs, _ := strconv.ParseFloat(m[3], 64)
		written, _, _ := folderSize(outDir)
		if consumed != files || written != files {
			return fmt.Errorf("tika over %s: %d files consumed, %d written, of %d", dir, consumed, written, files)
		}
		rows = append(rows, []string{"`" + r.folder + "`", strconv.Itoa(files), fmt.Sprintf("%d (%s)", r.w, cores(r.w)),
			fmt.Sprintf("%.2f s", mo.secs()), rate(files, mo.secs()), strconv.Itoa(out.records),
			fmt.Sprintf("%.2f s", mt.secs()), rate(files, mt.secs()), strconv.Itoa(exceptions),
			fmt.Sprintf("**%.1f×**", mt.secs()/mo.secs()), fmt.Sprintf("%.1f×", tikaSecs/mo.secs()),
			mb(mo.peakKB), mb(mt.peakKB)})
	}
	h.table([]string{"folder", "files", "workers", "ours", "ours files/s", "records (ours)", "Tika", "Tika files/s", "Tika errors",
		"ours ÷ Tika throughput", "same, Tika's JVM start left out", "peak RSS ours", "peak RSS Tika"}, rows)
	fmt.Fprintf(h.md, "%s, load %.2f. Commands: `baocao extract --json --workers W %s/FOLDER > out.jsonl` and "+
		"`java -jar tika-app-2.9.2.jar -t -numConsumers W -i %s/FOLDER -o OUT` (text only, no records), each under `taskset -c 0` for W = 1. "+
		"Tika's time is the whole command, its JVM started once for the folder (and its forked batch child); "+
		"the next column uses the seconds Tika reports for its own processing. Scans are left out: both would run Tesseract.\n\n",
		h.stamp(""), loadAvg(), corpus, corpus)
	return nil
}
