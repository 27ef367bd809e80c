package bleve_test

import (
	"path/filepath"
	"testing"

	"baocao"
	"baocao/index/bleve"
	"baocao/index/indextest"
)

func TestContract(t *testing.T) {
	indextest.Run(t, func(t *testing.T) baocao.Index {
		ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	})
}
