package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"baocao/web"
)

// runUser manages the users of the web page: "user add" creates or updates
// one. The password comes from BAOCAO_PASSWORD or standard input, never from
// a flag that shows in ps; on a terminal it is asked twice without echo.
func runUser(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("user", "user add [--data DIR] --role analyst|admin TÊN",
		"Tạo hoặc cập nhật tài khoản đăng nhập trang web. Mật khẩu đọc từ đầu vào chuẩn\n"+
			"(hoặc biến BAOCAO_PASSWORD); trên màn hình, lệnh hỏi mật khẩu hai lần và không hiện chữ.\n"+
			"Vai trò analyst (chuyên viên) được xem; admin (quản trị) còn được tải tệp lên và cho đọc lại tệp.", stderr)
	data := "data"
	if v := os.Getenv("BAOCAO_DATA"); v != "" {
		data = v
	}
	fs.StringVar(&data, "data", data, "thư mục dữ liệu (hoặc BAOCAO_DATA)")
	role := fs.String("role", "", "vai trò: analyst hoặc admin")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 2 || rest[0] != "add" {
		return usageError{"cần: user add --role analyst|admin TÊN"}
	}
	r, err := web.ParseRole(*role)
	if err != nil {
		return usageError{"--role phải là analyst hoặc admin"}
	}
	pass, err := readPassword(os.Stdin, stderr)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(data, 0o755); err != nil {
		return err
	}
	users, err := web.OpenUsers(filepath.Join(data, "users.json"))
	if err != nil {
		return err
	}
	_, existed := users.Get(rest[1])
	if err := users.Add(rest[1], r, pass); err != nil {
		return err
	}
	verb := "đã tạo"
	if existed {
		verb = "đã cập nhật"
	}
	fmt.Fprintf(stdout, "%s tài khoản %s (%s)\n", verb, rest[1], r)
	return nil
}

// readPassword takes BAOCAO_PASSWORD, or asks twice on a terminal, or reads
// the first line of standard input.
func readPassword(in *os.File, stderr io.Writer) (string, error) {
	if p := os.Getenv("BAOCAO_PASSWORD"); p != "" {
		return p, nil
	}
	if term.IsTerminal(int(in.Fd())) {
		fmt.Fprint(stderr, "Mật khẩu: ")
		a, err := term.ReadPassword(int(in.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "Nhập lại mật khẩu: ")
		b, err := term.ReadPassword(int(in.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if string(a) != string(b) {
			return "", errors.New("hai lần nhập mật khẩu không khớp")
		}
		return string(a), nil
	}
	line, err := bufio.NewReader(io.LimitReader(in, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("không có mật khẩu: hãy đưa vào đầu vào chuẩn hoặc biến BAOCAO_PASSWORD")
	}
	return line, nil
}
