package remote_test

import (
	"context"
	"path/filepath"
	"testing"

	"baocao"
	"baocao/index/bleve"
	"baocao/index/indextest"
	"baocao/index/remote"
)

// TestContract runs the backends' contract through the socket: a process
// that talks to another's index sees exactly what that process sees.
func TestContract(t *testing.T) {
	indextest.Run(t, func(t *testing.T) baocao.Index {
		dir := t.TempDir()
		ix, err := bleve.Open(filepath.Join(dir, "index"), false)
		if err != nil {
			t.Fatal(err)
		}
		// Unix socket paths are short: use the temp dir's, not a long test name.
		stop, err := remote.Serve(context.Background(), ix, filepath.Join(dir, "s"))
		if err != nil {
			t.Fatal(err)
		}
		c, err := remote.Dial(filepath.Join(dir, "s"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close(); stop(); ix.Close() })
		return c
	})
}

func TestASecondServerIsRefused(t *testing.T) {
	dir := t.TempDir()
	ix, err := bleve.Open(filepath.Join(dir, "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	stop, err := remote.Serve(context.Background(), ix, filepath.Join(dir, "s"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := remote.Serve(context.Background(), ix, filepath.Join(dir, "s")); err == nil {
		t.Error("a second server on the same socket was allowed")
	}
}
