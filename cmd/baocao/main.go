// Command baocao turns the conference reports that units drop into a shared
// folder into searchable, checkable records.
//
// Usage:
//
//	baocao extract [--json] FILE...
//	baocao ingest [--data DIR] [--es URL] PATH...
//	baocao search [--data DIR] [--es URL] [--json] QUERY
//	baocao check [--data DIR] [--es URL] [--json] [--roster FILE] [--rules FILE]
//	baocao summary [--data DIR] [--es URL] [--roster FILE] --out FILE.xlsx
//	baocao run [--data DIR] [--es URL] [--inbox DIR] [--http ADDR]
//	baocao user add [--data DIR] --role analyst|admin NAME
//	baocao help [COMMAND]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// usageError marks bad usage: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// command is one subcommand of baocao.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"extract", "đọc tệp báo cáo và in các bản ghi (không ghi vào chỉ mục)", runExtract},
		{"ingest", "đọc tệp báo cáo và đưa vào chỉ mục (chạy lại không trùng)", runIngest},
		{"search", "tìm toàn văn trong các báo cáo đã có trong chỉ mục", runSearch},
		{"check", "kiểm tra báo cáo theo quy định của đợt; đơn vị chưa báo cáo", runCheck},
		{"summary", "lập bảng tổng hợp Excel gửi cấp trên", runSummary},
		{"run", "chạy thường trực: theo dõi thư mục chung, đưa tệp mới vào chỉ mục, phục vụ trang web", runDaemon},
		{"user", "tạo tài khoản đăng nhập trang web: user add --role analyst|admin TÊN", runUser},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line and returns the exit status: 0 on success,
// 1 when the work failed, 2 for bad usage.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			return run(ctx, []string{args[1], "-h"}, stdout, stderr)
		}
		usage(stdout)
		return 0
	case "version", "--version":
		fmt.Fprintln(stdout, "baocao", version)
		return 0
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, args[1:], stdout, stderr)
		var ue usageError
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "baocao %s: %v\nXem: baocao %s -h\n", name, err, name)
			return 2
		case errors.Is(err, errFilesFailed):
			return 1
		default:
			fmt.Fprintf(stderr, "baocao %s: %v\n", name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "baocao: không có lệnh %q\n", name)
	usage(stderr)
	return 2
}

var version = "dev"

func usage(w io.Writer) {
	fmt.Fprintln(w, "baocao: đọc, tìm kiếm và kiểm tra báo cáo hội nghị học tập, quán triệt Nghị quyết.")
	fmt.Fprintln(w, "\nCách dùng: baocao LỆNH [tùy chọn] [tham số]\n\nCác lệnh:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-10s %s\n", "help", "hướng dẫn một lệnh: baocao help LỆNH")
	fmt.Fprintf(w, "  %-10s %s\n", "version", "phiên bản")
}

// parseArgs parses flags that may stand before or after the arguments, and
// returns the arguments. "--" ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseFlagsOnly parses a command that takes flags and no arguments.
func parseFlagsOnly(fs *flag.FlagSet, args []string) error {
	rest, err := parseArgs(fs, args)
	if err == nil && len(rest) > 0 {
		err = usageError{fmt.Sprintf("không nhận tham số %q", rest[0])}
	}
	return err
}

// parseFiles parses a command that takes files and folders, and lists the
// files they name.
func parseFiles(fs *flag.FlagSet, args []string) ([]string, error) {
	paths, err := parseArgs(fs, args)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, usageError{"cần ít nhất một tệp hoặc thư mục"}
	}
	return expand(paths)
}

// newFlagSet returns a flag set whose usage text is the command's help.
func newFlagSet(name, synopsis, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Cách dùng: baocao %s\n\n%s\n\nTùy chọn:\n", synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}
