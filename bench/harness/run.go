package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"baocao/bench/mix"
)

// kindNames are the corpus kinds in table order.
var kindNames = func() []string {
	var out []string
	for _, k := range mix.Kinds {
		out = append(out, k.Name)
	}
	return out
}()

var writeCorpus = mix.Write

// measured is one run of a program.
type measured struct {
	wall   time.Duration
	peakKB int64 // the largest process's peak resident set, from /usr/bin/time
	load   float64
}

func (m measured) secs() float64 { return m.wall.Seconds() }

// job is a program to measure.
type job struct {
	name    string   // for its log, DIR/logs/NAME.log
	args    []string // the program and its arguments
	dir     string
	env     []string // added to the environment
	oneCore bool     // pin to CPU 0
	stdout  string   // file for its standard output; "" is the log
}

// measure runs a job under /usr/bin/time and returns its wall time and peak
// memory. A program that fails is an error, with the end of its log.
func (h *harness) measure(ctx context.Context, j job) (measured, error) {
	logPath := filepath.Join(h.dir, "logs", j.name+".log")
	timePath := filepath.Join(h.dir, "logs", j.name+".time")
	args := append([]string{"-f", "%M", "-o", timePath}, j.args...)
	if j.oneCore {
		args = append([]string{"-c", "0", "/usr/bin/time"}, args...)
	}
	name := "/usr/bin/time"
	if j.oneCore {
		name = "taskset"
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = j.dir
	cmd.Env = append(os.Environ(), j.env...)
	logf, err := os.Create(logPath)
	if err != nil {
		return measured{}, err
	}
	defer logf.Close()
	cmd.Stderr = logf
	cmd.Stdout = logf
	if j.stdout != "" {
		out, err := os.Create(j.stdout)
		if err != nil {
			return measured{}, err
		}
		defer out.Close()
		cmd.Stdout = out
	}
	fmt.Fprintf(logf, "$ %s\n", strings.Join(j.args, " "))
	m := measured{load: loadAvg()}
	start := time.Now()
	err = cmd.Run()
	m.wall = time.Since(start)
	if b, rerr := os.ReadFile(timePath); rerr == nil {
		lines := strings.Fields(string(b))
		if len(lines) > 0 {
			m.peakKB, _ = strconv.ParseInt(lines[len(lines)-1], 10, 64)
		}
	}
	if err != nil {
		return m, fmt.Errorf("%s: %w\n%s", strings.Join(j.args, " "), err, tail(logPath, 15))
	}
	return m, nil
}

func tail(path string, n int) string {
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// goCmd runs the go command in the repository, its output to the terminal.
func (h *harness) goCmd(ctx context.Context, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = h.repo
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// testBinary compiles a package's tests once per run.
func (h *harness) testBinary(ctx context.Context, pkg string) (string, error) {
	if b, ok := h.tests[pkg]; ok {
		return b, nil
	}
	b := filepath.Join(h.dir, "bin", strings.ReplaceAll(strings.TrimPrefix(pkg, "./"), "/", "-")+".test")
	h.logf("compiling the tests of %s", pkg)
	h.built[pkg] = commit()
	if err := h.goCmd(ctx, "test", "-c", "-o", b, pkg); err != nil {
		return "", err
	}
	h.tests[pkg] = b
	return b, nil
}

// benchResult is one line of go test -bench output: the name without its
// -GOMAXPROCS suffix, and each reported metric by unit.
type benchResult struct {
	name    string
	metrics map[string]float64
}

// goBench runs a compiled test binary's benchmarks in the package's folder
// and parses what they report.
func (h *harness) goBench(ctx context.Context, j job, pkg string, flags ...string) ([]benchResult, measured, error) {
	bin, err := h.testBinary(ctx, pkg)
	if err != nil {
		return nil, measured{}, err
	}
	out := filepath.Join(h.dir, "out", j.name+".txt")
	j.args = append([]string{bin, "-test.run=^$"}, flags...)
	j.dir = filepath.Join(h.repo, pkg)
	j.stdout = out
	m, err := h.measure(ctx, j)
	if err != nil {
		b, _ := os.ReadFile(out)
		return nil, m, fmt.Errorf("%w\n%s", err, b)
	}
	f, err := os.Open(out)
	if err != nil {
		return nil, m, err
	}
	defer f.Close()
	res, err := parseBench(f)
	if err == nil && len(res) == 0 {
		err = fmt.Errorf("%s reported no benchmark", strings.Join(j.args, " "))
	}
	return res, m, err
}

func parseBench(r io.Reader) ([]benchResult, error) {
	var out []benchResult
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		res := benchResult{name: name, metrics: map[string]float64{}}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchmark line %q: %w", sc.Text(), err)
			}
			res.metrics[f[i+1]] = v
		}
		out = append(out, res)
	}
	return out, sc.Err()
}

func find(res []benchResult, name string) (benchResult, error) {
	for _, r := range res {
		if r.name == name {
			return r, nil
		}
	}
	return benchResult{}, fmt.Errorf("no result for %s", name)
}

// machine describes the machine, the toolchain and the commit measured.
func machine() string {
	cpu := "?"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	memKB := int64(0)
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		fmt.Sscanf(string(b), "MemTotal: %d kB", &memKB)
	}
	nproc := strings.TrimSpace(output("nproc"))
	kernel := strings.TrimSpace(output("uname", "-r"))
	java := "none"
	if out, err := exec.Command("java", "-version").CombinedOutput(); err == nil {
		java = strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0]
	}
	pt := "none"
	if out, err := exec.Command("pdftotext", "-v").CombinedOutput(); err == nil {
		pt = strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0]
	}
	return fmt.Sprintf("Machine: %s cores (`nproc`), %s, %.1f GiB memory, Linux %s; %s; %s; %s. At start, %s. Load average at start: %.2f.",
		nproc, cpu, float64(memKB)/(1<<20), kernel, runtime.Version(), java, pt, commit(), loadAvg())
}

func output(name string, args ...string) string {
	out, _ := exec.Command(name, args...).Output()
	return string(out)
}

// loadAvg is the one-minute load average: the machine is shared, and a
// figure taken under load says so.
func loadAvg() float64 {
	b, _ := os.ReadFile("/proc/loadavg")
	var l float64
	fmt.Sscanf(string(b), "%f", &l)
	return l
}

// esPeakKB is the Elasticsearch server's peak resident memory (VmHWM).
func esPeakKB(pidFile string) int64 {
	b, err := os.ReadFile(pidFile)
	if err != nil {
		return 0
	}
	status, err := os.ReadFile(filepath.Join("/proc", strings.TrimSpace(string(b)), "status"))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// folderSize is the bytes and count of the regular files under dir.
func folderSize(dir string) (files int, size int64, err error) {
	err = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && d.Name() != "manifest.json" {
			info, err := d.Info()
			if err != nil {
				return err
			}
			files++
			size += info.Size()
		}
		return nil
	})
	return files, size, err
}

var errNoFiles = errors.New("no files")

func mb(kb int64) string { return fmt.Sprintf("%.0f MB", float64(kb)/1024) }

func rate(n int, secs float64) string {
	if secs <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f", float64(n)/secs)
}

// table writes a Markdown table.
func (h *harness) table(head []string, rows [][]string) {
	var b bytes.Buffer
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|")
	for range head {
		b.WriteString("---|")
	}
	b.WriteByte('\n')
	for _, r := range rows {
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
	}
	b.WriteByte('\n')
	h.md.Write(b.Bytes())
}
