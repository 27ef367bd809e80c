package bleve

import (
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// TestAnIndexMadeBeforeDocumentsSaysItIsOutdated: Bleve keeps the mapping
// an index was made with, so an index made before documents and names were
// indexed must be told apart, for the admin to rebuild it.
func TestAnIndexMadeBeforeDocumentsSaysItIsOutdated(t *testing.T) {
	dir := t.TempDir()
	fresh, err := Open(filepath.Join(dir, "new"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if fresh.Outdated() {
		t.Error("a new index says it is outdated")
	}
	old := newMapping()
	delete(old.(*mapping.IndexMappingImpl).DefaultMapping.Properties, "keys")
	ix, err := bleve.New(filepath.Join(dir, "old"), old)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	x, err := Open(filepath.Join(dir, "old"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if !x.Outdated() {
		t.Error("an index without the names' keys does not say it is outdated")
	}
}
