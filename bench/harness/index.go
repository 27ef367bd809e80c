package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

var ingestSummary = regexp.MustCompile(`(\d+) tệp \((\d+) bản ghi\), (\d+) tệp không đổi, (\d+) tệp lỗi`)

// ingest times `baocao ingest` of each corpus into a fresh index: the
// text-layer files first, then the scans, into the same index.
func (h *harness) ingest(ctx context.Context, es bool) error {
	backend, title := "bleve", "Bleve (embedded)"
	var env []string
	if es {
		if h.es.url == "" {
			return fmt.Errorf("no Elasticsearch: pass -es (bench/run.sh starts one)")
		}
		backend, title = "es", "Elasticsearch"
		env = []string{"BAOCAO_ES_USERNAME=" + h.es.user, "BAOCAO_ES_PASSWORD=" + h.es.password}
	}
	fmt.Fprintf(h.md, "### Ingest, `baocao ingest` into %s\n\n", title)
	var rows [][]string
	for _, n := range h.sizes {
		data := filepath.Join(h.dir, fmt.Sprintf("data-%s-%d", backend, n))
		if err := os.RemoveAll(data); err != nil {
			return err
		}
		if es {
			if err := h.esReset(ctx); err != nil {
				return err
			}
		}
		var allFiles, allRecords int
		var allSecs float64
		var peak int64
		for _, part := range []string{"text", "scan"} {
			dir := filepath.Join(h.corpora[n], part)
			files, size, err := folderSize(dir)
			if err != nil || files == 0 {
				continue
			}
			name := fmt.Sprintf("ingest-%s-%d-%s", backend, n, part)
			out := filepath.Join(h.dir, "out", name+".txt")
			args := []string{h.baocao, "ingest", "--quiet", "--workers", strconv.Itoa(all), "--data", data}
			if es {
				args = append(args, "--es", h.es.url)
			}
			m, err := h.measure(ctx, job{name: name, env: env, stdout: out, args: append(args, dir)})
			if err != nil {
				return err
			}
			b, _ := os.ReadFile(out)
			s := ingestSummary.FindStringSubmatch(string(b))
			if s == nil {
				return fmt.Errorf("%s: no summary line in %q", name, b)
			}
			indexed, _ := strconv.Atoi(s[1])
			records, _ := strconv.Atoi(s[2])
			if indexed != files || s[4] != "0" {
				return fmt.Errorf("%s: %d of %d files indexed, %s failed", name, indexed, files, s[4])
			}
			what := "text-layer files"
			if part == "scan" {
				what = "scans (OCR)"
			}
			rows = append(rows, []string{strconv.Itoa(n), what, strconv.Itoa(files), fmt.Sprintf("%.1f", float64(size)/1e6),
				strconv.Itoa(records), fmt.Sprintf("%.1f s", m.secs()), rate(files, m.secs()), rate(records, m.secs()), mb(m.peakKB),
				fmt.Sprintf("%.2f", m.load)})
			allFiles += files
			allRecords += records
			allSecs += m.secs()
			peak = max(peak, m.peakKB)
		}
		disk := "—"
		if !es {
			_, total, _ := folderSize(data)
			_, originals, _ := folderSize(filepath.Join(data, "originals"))
			disk = fmt.Sprintf("index %.0f MB", float64(total-originals)/1e6)
		}
		rows = append(rows, []string{strconv.Itoa(n), "**all** (" + disk + ")", strconv.Itoa(allFiles), "", strconv.Itoa(allRecords),
			fmt.Sprintf("**%.1f s**", allSecs), rate(allFiles, allSecs), rate(allRecords, allSecs), "**" + mb(peak) + "**", ""})
	}
	h.table([]string{"corpus", "part", "files", "MB", "records", "wall", "files/s", "records/s", "peak RSS", "load"}, rows)
	esFlag := ""
	if es {
		esFlag = " --es " + h.es.url
	}
	fmt.Fprintf(h.md, "%s. Command: `baocao ingest --quiet --workers %d --data DATA%s CORPUS/text`, then the same with `CORPUS/scan`, "+
		"into a fresh index: every file hashed, extracted, its original kept under DATA/originals, and indexed.\n\n", h.stamp(""), all, esFlag)
	return nil
}

// esReset deletes the index `baocao ingest --es` fills (prefix "baocao"), on
// the bench's own server.
func (h *harness) esReset(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, strings.TrimRight(h.es.url, "/")+"/baocao-records-v*", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(h.es.user, h.es.password)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK && res.StatusCode != http.StatusNotFound {
		return fmt.Errorf("delete the bench's index on %s: %s", h.es.url, res.Status)
	}
	return nil
}

// intake runs ingest's BenchmarkIntake: the daemon's intake over a watched
// folder, a real Bleve index on disk, two workers.
func (h *harness) intake(ctx context.Context) error {
	res, m, err := h.goBench(ctx, job{name: "intake"}, "./ingest", "-test.bench=^BenchmarkIntake$", "-test.benchtime=1x", "-test.timeout=30m")
	if err != nil {
		return err
	}
	r, err := find(res, "BenchmarkIntake")
	if err != nil {
		return err
	}
	fmt.Fprintf(h.md, "### Intake: a dropped file to searchable, with the daemon's intake running\n\n")
	h.table([]string{"measure", "figure"}, [][]string{
		{"last write → records searchable, beyond the stability delay, p50", fmt.Sprintf("%.3f s", r.metrics["p50-s"])},
		{"same, p95", fmt.Sprintf("%.3f s", r.metrics["p95-s"])},
		{"burst of 1,000 mixed files dropped at once", fmt.Sprintf("%.1f files/s (%.0f failed)", r.metrics["files/s"], r.metrics["failed"])},
		{"peak resident memory (test process)", fmt.Sprintf("%.0f MB", r.metrics["peak-RSS-MB"])},
	})
	fmt.Fprintf(h.md, "%s, load %.2f. Command: `go test -run='^$' -bench='^BenchmarkIntake$' -benchtime=1x ./ingest` (compiled, then run).\n\n", h.stamp("./ingest"), m.load)
	return nil
}

// search runs the index backend's BenchmarkSearch10k and 100k, each in its
// own process so that each has its own peak memory.
func (h *harness) search(ctx context.Context, es bool) error {
	pkg, title := "./index/bleve", "Bleve (embedded)"
	var env []string
	if es {
		if h.es.url == "" {
			return fmt.Errorf("no Elasticsearch: pass -es (bench/run.sh starts one)")
		}
		pkg, title = "./index/elastic", "Elasticsearch 1 node, 512 MB heap, same machine"
		env = []string{"BAOCAO_TEST_ES_URL=" + h.es.url, "BAOCAO_TEST_ES_USERNAME=" + h.es.user, "BAOCAO_TEST_ES_PASSWORD=" + h.es.password}
	}
	fmt.Fprintf(h.md, "### Search latency, %s\n\n", title)
	var rows [][]string
	for _, n := range []string{"10k", "100k"} {
		// Indexing on its own (BenchSearch's timer reset drops the rate
		// its set-up reports), then search, each in its own process.
		res, _, err := h.goBench(ctx, job{name: "index-" + filepath.Base(pkg) + "-" + n, env: env}, pkg,
			"-test.bench=^BenchmarkIndex"+n+"$", "-test.benchtime=1x", "-test.timeout=60m")
		if err != nil {
			return err
		}
		ri, err := find(res, "BenchmarkIndex"+n)
		if err != nil {
			return err
		}
		bench := "BenchmarkSearch" + n
		res, m, err := h.goBench(ctx, job{name: "search-" + filepath.Base(pkg) + "-" + n, env: env}, pkg,
			"-test.bench=^"+bench+"$", fmt.Sprintf("-test.benchtime=%dx", h.searchRuns), "-test.timeout=60m")
		if err != nil {
			return err
		}
		r, err := find(res, bench)
		if err != nil {
			return err
		}
		rows = append(rows, []string{strings.Replace(n, "k", ",000", 1), fmt.Sprintf("%.0f", ri.metrics["records/s"]),
			fmt.Sprintf("%.1f ms", r.metrics["p50-ms"]), fmt.Sprintf("**%.1f ms**", r.metrics["p99-ms"]), mb(m.peakKB), fmt.Sprintf("%.2f", m.load)})
	}
	h.table([]string{"records", "indexing (records/s)", "search p50", "search p99", "peak RSS (test process, index built in it)", "load"}, rows)
	fmt.Fprintf(h.md, "%s. Commands: `go test -run='^$' -bench='^BenchmarkIndex10k$' -benchtime=1x %s`, then `-bench='^BenchmarkSearch10k$' -benchtime=%dx` "+
		"(and the same at 100k), compiled, then run; indexing file by file, each confirmed; search over the six indextest.BenchQueries, %d rounds, over indextest.Synthetic records.\n\n", h.stamp(pkg), pkg, h.searchRuns, h.searchRuns)
	return nil
}

// summary runs summary's BenchmarkSummary100k.
func (h *harness) summary(ctx context.Context) error {
	res, m, err := h.goBench(ctx, job{name: "summary"}, "./summary", "-test.bench=^BenchmarkSummary100k$", "-test.benchtime=1x", "-test.timeout=60m")
	if err != nil {
		return err
	}
	r, err := find(res, "BenchmarkSummary100k")
	if err != nil {
		return err
	}
	fmt.Fprintf(h.md, "### Summary workbook at 100,000 records\n\n")
	h.table([]string{"measure", "figure"}, [][]string{
		{"`summary.Write` over 100,000 records (Bleve), all sheets", fmt.Sprintf("%.1f s, %.1f MB workbook", r.metrics["ns/op"]/1e9, r.metrics["MB-xlsx"])},
		{"peak resident memory (building the 100,000-record index included)", mb(m.peakKB)},
	})
	fmt.Fprintf(h.md, "%s, load %.2f. Command: `go test -run='^$' -bench='^BenchmarkSummary100k$' -benchtime=1x ./summary` (compiled, then run).\n\n", h.stamp("./summary"), m.load)
	return nil
}

// profile takes CPU profiles of the costs behind the targets and keeps the
// top of each (go tool pprof -top) under DIR/profiles.
func (h *harness) profile(ctx context.Context) error {
	dir := filepath.Join(h.dir, "profiles")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	type prof struct {
		name, pkg, focus string
		oneCore          bool
		flags            []string
	}
	fmt.Fprintf(h.md, "### CPU profiles\n\n")
	for _, p := range []prof{
		{name: "extract-text-mix", pkg: "./extract", oneCore: true, flags: []string{"-test.bench=^BenchmarkExtract$/^text-mix$", "-test.cpu=1", "-test.benchtime=10s"}},
		{name: "bleve-index-10k", pkg: "./index/bleve", flags: []string{"-test.bench=^BenchmarkIndex10k$", "-test.benchtime=1x"}},
		{name: "intake", pkg: "./ingest", flags: []string{"-test.bench=^BenchmarkIntake$", "-test.benchtime=1x", "-test.timeout=30m"}},
		{name: "bleve-search-100k", pkg: "./index/bleve", focus: "BenchSearch", flags: []string{"-test.bench=^BenchmarkSearch100k$", "-test.benchtime=100x", "-test.timeout=60m"}},
	} {
		file := filepath.Join(dir, p.name+".prof")
		_, _, err := h.goBench(ctx, job{name: "profile-" + p.name, oneCore: p.oneCore}, p.pkg, append(p.flags, "-test.cpuprofile="+file)...)
		if err != nil {
			return err
		}
		args := []string{"tool", "pprof", "-top", "-cum", "-nodecount=30"}
		if p.focus != "" {
			args = append(args, "-focus="+p.focus)
		}
		cmd := exec.CommandContext(ctx, "go", append(args, h.tests[p.pkg], file)...)
		top, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("pprof %s: %w", file, err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.name+".txt"), top, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(h.md, "`%s` (%s, `%s`):\n\n```\n%s```\n\n", p.name, p.pkg, strings.Join(p.flags, " "), top)
	}
	return nil
}
