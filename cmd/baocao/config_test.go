package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSettingsPrecedence(t *testing.T) {
	conf := filepath.Join(t.TempDir(), "baocao.conf")
	os.WriteFile(conf, []byte("# comment\ndelay = 5s\nworkers = 7\nhttp = \"0.0.0.0:9000\"\n"), 0o644)
	t.Setenv("BAOCAO_WORKERS", "3")
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	delay := fs.Duration("delay", time.Second, "")
	workers := fs.Int("workers", 1, "")
	addr := fs.String("http", "127.0.0.1:8080", "")
	poll := fs.Bool("poll", false, "")
	if err := fs.Parse([]string{"--http", "127.0.0.1:1"}); err != nil {
		t.Fatal(err)
	}
	if err := applySettings(fs, conf, true); err != nil {
		t.Fatal(err)
	}
	if *addr != "127.0.0.1:1" || *workers != 3 || *delay != 5*time.Second || *poll {
		t.Errorf("flag wins, then env, then file, then default: got http %s, workers %d, delay %v, poll %v", *addr, *workers, *delay, *poll)
	}
	os.WriteFile(conf, []byte("nope = 1\n"), 0o644)
	if err := applySettings(fs, conf, true); err == nil {
		t.Error("an unknown setting in the file was accepted")
	}
	if err := applySettings(fs, filepath.Join(t.TempDir(), "missing.conf"), false); err != nil {
		t.Errorf("an absent default config file is not an error: %v", err)
	}
}
