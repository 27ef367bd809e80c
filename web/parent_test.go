package web

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"baocao"
	"baocao/index/bleve"
)

// TestACommitteeAndItsOrganisationAreOneParent: a roll-up names its parent
// as the committee ("Đảng ủy xã Gia Phú"), a unit's own report as the
// organisation ("Đảng bộ xã Gia Phú"); the facets, the parent filter and the
// check page's findings by parent count them as one. Gia Phú Mới is another
// commune.
func TestACommitteeAndItsOrganisationAreOneParent(t *testing.T) {
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	for i, parent := range []string{"Đảng ủy xã Gia Phú", "Đảng bộ xã Gia Phú", "Đảng bộ xã Gia Phú Mới"} {
		rec := baocao.Record{Unit: "Chi bộ thôn " + strconv.Itoa(i+1), ParentUnit: parent, Form: baocao.InPerson} // incomplete: a finding each
		sha := strings.Repeat(strconv.Itoa(i+1), 64)
		if err := ix.PutFile(ctx, baocao.IndexedFile{SHA256: sha, Paths: []string{"/inbox/" + strconv.Itoa(i) + ".pdf"}, Format: "pdf", Records: []baocao.Record{rec}}); err != nil {
			t.Fatal(err)
		}
	}
	ts, _, _ := testServer(t, Config{Index: ix, Logger: quiet})
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	want := "Đảng bộ xã Gia Phú 2, Đảng bộ xã Gia Phú Mới 1"

	t.Run("the parent facet counts them together", func(t *testing.T) {
		for _, path := range []string{"/api/facets", "/api/facets?q=chi+bo"} { // the whole index's, and a search's
			var got facets
			if status := s.getJSON(path, &got); status != http.StatusOK {
				t.Fatalf("GET %s = %d", path, status)
			}
			var parts []string
			for _, c := range got.Parent {
				parts = append(parts, c.Key+" "+strconv.Itoa(c.Count))
			}
			if strings.Join(parts, ", ") != want {
				t.Errorf("%s: parent facet %q, want %q", path, parts, want)
			}
		}
	})

	t.Run("the parent filter finds both forms and keeps each as written", func(t *testing.T) {
		for _, parent := range []string{"Đảng bộ xã Gia Phú", "Đảng ủy xã Gia Phú"} {
			var got struct {
				Total int          `json:"total"`
				Hits  []baocao.Hit `json:"hits"`
			}
			s.getJSON("/api/search?parent="+url.QueryEscape(parent), &got)
			var written []string
			for _, h := range got.Hits {
				written = append(written, h.Record.ParentUnit)
			}
			sort.Strings(written)
			if got.Total != 2 || strings.Join(written, "|") != "Đảng bộ xã Gia Phú|Đảng ủy xã Gia Phú" {
				t.Errorf("parent=%s: total %d, parents %q", parent, got.Total, written)
			}
		}
	})

	t.Run("the check page lists their findings on one row", func(t *testing.T) {
		status, body := s.get("/check")
		if status != http.StatusOK {
			t.Fatalf("GET /check = %d", status)
		}
		i := strings.Index(body, `<table class="by-parent">`)
		if i < 0 {
			t.Fatal("no table of findings by parent")
		}
		table := body[i : i+strings.Index(body[i:], "</table>")]
		var rows []string
		for _, tr := range strings.Split(table, "<tr>")[2:] {
			cells := strings.Split(tr, "<td")
			rows = append(rows, strings.TrimSpace(stripTags("<td"+cells[1]))+" "+strings.TrimSpace(stripTags("<td"+cells[2])))
		}
		if got := strings.Join(rows, ", "); got != want {
			t.Errorf("rows by parent %q, want %q", got, want)
		}
	})
}

// stripTags returns the text of an HTML fragment.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
