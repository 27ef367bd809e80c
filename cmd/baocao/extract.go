package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"

	"baocao"
	"baocao/extract"
	"baocao/extract/ocr"
)

// errFilesFailed means some files could not be read; each says why in its
// output, so nothing more is printed.
var errFilesFailed = errors.New("some files could not be read")

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "extract [--json] TỆP|THƯ_MỤC...",
		"Đọc các tệp báo cáo (PDF, Excel) và in các bản ghi hội nghị tìm thấy. Thư mục được duyệt\n"+
			"cả thư mục con. Không ghi gì vào chỉ mục. Mã thoát 1 khi có tệp không đọc được.", stderr)
	asJSON := fs.Bool("json", false, "in mỗi tệp một dòng JSON (JSON Lines) theo đặc tả bản ghi")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "số tệp đọc song song")
	files, err := parseFiles(fs, args)
	if err != nil {
		return err
	}
	results := extractAll(ctx, files, max(*workers, 1))
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	failed := false
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for res := range results {
		if res.Error != "" {
			failed = true
		}
		if *asJSON {
			if err := enc.Encode(res); err != nil {
				return err
			}
		} else {
			printResult(out, res)
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if failed {
		return errFilesFailed
	}
	return nil
}

// expand lists the files named: files as given, folders walked in name order.
// Office lock files and hidden files inside folders are passed over.
func expand(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			// Keep it: extraction reports the missing file in its result.
			files = append(files, p)
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && !strings.HasPrefix(name, "~$") && !strings.HasSuffix(strings.ToLower(name), ".json") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// extractOptions are the default limits, with scanned pages recognised at
// most workers at a time, as many as files are read.
func extractOptions(workers int) extract.Options {
	opts := extract.DefaultOptions
	opts.OCR = ocr.New(workers)
	return opts
}

// extractAll extracts files with a pool of workers and yields the results in
// the order of files.
func extractAll(ctx context.Context, files []string, workers int) <-chan baocao.FileResult {
	opts := extractOptions(workers)
	type job struct {
		path string
		out  chan baocao.FileResult
	}
	jobs := make(chan job)
	ordered := make(chan chan baocao.FileResult, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res, _ := extract.File(ctx, j.path, opts)
				j.out <- res
			}
		}()
	}
	go func() {
		defer close(ordered)
		defer close(jobs)
		for _, f := range files {
			j := job{f, make(chan baocao.FileResult, 1)}
			select {
			case ordered <- j.out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	results := make(chan baocao.FileResult)
	go func() {
		defer close(results)
		for ch := range ordered {
			results <- <-ch
		}
		wg.Wait()
	}()
	return results
}

// printResult writes a file's records as a table for a person to read.
func printResult(w io.Writer, res baocao.FileResult) {
	fmt.Fprintf(w, "== %s (%s, %d trang/trang tính)\n", res.File, orDash(res.Format), res.Pages)
	if res.Error != "" {
		fmt.Fprintf(w, "   LỖI: %s\n\n", res.Error)
		return
	}
	if d := res.Document; d != nil && (d.Kind != "" || d.DocNumber != "" || d.Issuer != "") {
		fmt.Fprintf(w, "   Văn bản: %s", orDash(d.Kind))
		if d.DocNumber != "" {
			fmt.Fprintf(w, " số %s", d.DocNumber)
		}
		if !d.Date.IsZero() {
			fmt.Fprintf(w, " ngày %s", d.Date)
		}
		if d.Issuer != "" {
			fmt.Fprintf(w, " của %s", d.Issuer)
		}
		fmt.Fprintln(w)
		if d.Title != "" {
			fmt.Fprintf(w, "   Trích yếu: %s\n", d.Title)
		}
	}
	if len(res.Records) > 0 {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "   Đơn vị\tCấp trên\tNgày HN\tChủ trì\tĐV dự/tổng\tTỷ lệ\tCTr hành động")
		for _, r := range res.Records {
			chair, att, rate, ap := "-", "-", "-", "-"
			if r.Chair != nil {
				chair = strings.TrimSpace(r.Chair.Name + " (" + r.Chair.Title + ")")
				chair = strings.TrimSuffix(chair, " ()")
			}
			if a := r.Attendance; a != nil {
				att = fmt.Sprintf("%d/%d", a.MembersPresent, a.MembersTotal)
				rate = fmt.Sprintf("%.1f%%", a.Rate*100)
			}
			if p := r.ActionProgram; p != nil {
				ap = "chưa ban hành"
				if p.Issued {
					ap = strings.TrimSpace("đã ban hành " + p.Number)
				}
			}
			fmt.Fprintf(tw, "   %s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(r.Unit), orDash(r.ParentUnit), orDash(r.ConferenceDate.String()), chair, att, rate, ap)
		}
		tw.Flush()
	}
	for _, warn := range res.Warnings {
		fmt.Fprintf(w, "   cảnh báo: %s\n", warn)
	}
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
