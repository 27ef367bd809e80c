package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"golang.org/x/term"
)

// applySettings fills the flags not given on the command line from the
// environment (BAOCAO_NAME, dashes as underscores), then from the config file
// (lines "name = value", # comments): flags win over the environment, the
// environment over the file, the file over the defaults.
func applySettings(fs *flag.FlagSet, configPath string, mustExist bool) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	file := map[string]string{}
	if configPath != "" {
		var err error
		file, err = readConfig(configPath)
		if err != nil && (mustExist || !os.IsNotExist(err)) {
			return err
		}
	}
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || err != nil || f.Name == "config" {
			return
		}
		env := "BAOCAO_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(env); ok {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s=%q: %w", env, v, e)
			}
			return
		}
		if v, ok := file[f.Name]; ok {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s: %s = %q: %w", configPath, f.Name, v, e)
			}
		}
	})
	if err != nil {
		return usageError{err.Error()}
	}
	for k := range file {
		if fs.Lookup(k) == nil {
			return usageError{fmt.Sprintf("%s: không có thiết lập %q", configPath, k)}
		}
	}
	return nil
}

func readConfig(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, usageError{fmt.Sprintf("%s:%d: cần dạng tên = giá trị", path, n)}
		}
		out[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return out, sc.Err()
}

// newLogger logs text on a terminal and JSON when asked (for log collectors).
func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, usageError{fmt.Sprintf("mức log %q không hợp lệ (debug, info, warn, error)", level)}
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, usageError{fmt.Sprintf("dạng log %q không hợp lệ (text, json)", format)}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
