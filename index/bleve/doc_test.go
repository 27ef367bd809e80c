package bleve

import (
	"encoding/json"
	"reflect"
	"testing"

	"baocao"
	"baocao/index"
	"baocao/index/indextest"
)

// TestAsMapIsTheJSONForm checks that the document Bleve is given is the
// JSON form of index.Doc (as it was made before), empty dates left out.
func TestAsMapIsTheJSONForm(t *testing.T) {
	files := indextest.Synthetic(300)
	files = append(files, baocao.IndexedFile{SHA256: "ab", Records: []baocao.Record{{Unit: "Chi bộ"}}}) // no paths, no date
	n := 0
	for _, f := range files {
		file, recs, _ := index.Docs(f)
		for _, d := range append(recs, file) {
			b, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			var want map[string]any
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if d.ConferenceDate == "" {
				delete(want, "conference_date")
			}
			if got := asMap(d); !reflect.DeepEqual(got, want) {
				t.Fatalf("asMap(%s) =\n%v\nwant\n%v", d.ID, got, want)
			}
			n++
		}
	}
	if n < 300 {
		t.Errorf("compared %d documents", n)
	}
}
