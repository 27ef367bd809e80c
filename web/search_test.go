package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baocao"
	"baocao/check"
	"baocao/index/bleve"
	"baocao/vntext"
)

var (
	reHit   = regexp.MustCompile(`<article class="hit[^"]*">`)
	reLink  = regexp.MustCompile(`<a class="(?:record|document)-link" href="/(?:record|document)/([0-9a-f]{16}-[0-9]{4}|[0-9a-f]{64})">`)
	reMark  = regexp.MustCompile(`<mark>([^<]*)</mark>`)
	reTotal = regexp.MustCompile(`<p class="total">(\d+)`)
)

func TestSearchPageFindsWordsTypedWithoutDiacriticsAndMarksThem(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	status, body := s.get("/?q=quan+triet")
	if status != http.StatusOK {
		t.Fatalf("GET /?q=quan+triet = %d\n%s", status, body)
	}
	want, err := f.ix.Search(context.Background(), baocao.Query{Text: "quan triet"})
	if err != nil || want.Total == 0 {
		t.Fatalf("the index finds %d for quan triet (%v); the samples should have some", want.Total, err)
	}
	if m := reTotal.FindStringSubmatch(body); m == nil || m[1] != strconv.Itoa(want.Total) {
		t.Errorf("total shown %v, want %d", m, want.Total)
	}
	if n := len(reHit.FindAllString(body, -1)); n != len(want.Hits) {
		t.Errorf("%d hits shown, want %d", n, len(want.Hits))
	}
	links := reLink.FindAllStringSubmatch(body, -1)
	if len(links) != len(want.Hits) {
		t.Fatalf("%d links, want %d", len(links), len(want.Hits))
	}
	types := map[string]int{}
	for i, h := range want.Hits {
		types[h.Type]++
		if links[i][1] != h.ID {
			t.Errorf("link %d to %s, want the index's order: %s", i, links[i][1], h.ID)
		}
	}
	if types[baocao.HitRecord] == 0 || types[baocao.HitDocument] == 0 {
		t.Errorf("hits by type %v, want records and documents together", types)
	}
	marks := reMark.FindAllStringSubmatch(body, -1)
	if len(marks) == 0 {
		t.Fatal("no <mark> in the hits")
	}
	for _, m := range marks {
		if w := vntext.Fold(strings.ToLower(m[1])); w != "quan" && w != "triet" {
			t.Errorf("marked %q, which is not a word searched for", m[1])
		}
	}
	has(t, "search page", body, `name="q" value="quan triet"`, "quán</mark>")
}

func TestSearchAPIAnswersTheObjectsSearchJSONPrints(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	for _, q := range []baocao.Query{{Text: "quan triet", Limit: 2, Offset: 1}, {Text: "Gia Phú", Limit: 20}, {Limit: 5}} {
		want, err := f.ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Total int               `json:"total"`
			Hits  []json.RawMessage `json:"hits"`
		}
		path := "/api/search?" + url.Values{"q": {q.Text}, "limit": {strconv.Itoa(q.Limit)}, "offset": {strconv.Itoa(q.Offset)}}.Encode()
		if status := s.getJSON(path, &got); status != http.StatusOK {
			t.Fatalf("GET %s = %d", path, status)
		}
		if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
			t.Fatalf("%s: total %d with %d hits, want %d with %d", path, got.Total, len(got.Hits), want.Total, len(want.Hits))
		}
		for i, h := range want.Hits {
			// What `baocao search --json` prints for the hit.
			var line bytes.Buffer
			enc := json.NewEncoder(&line)
			enc.SetEscapeHTML(false)
			enc.Encode(h)
			if !bytes.Equal(bytes.TrimSpace(line.Bytes()), got.Hits[i]) {
				t.Errorf("%s hit %d:\n got %s\nwant %s", path, i, got.Hits[i], line.Bytes())
			}
		}
	}
}

func TestFacetsNarrowTheResults(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	var all facets
	if status := s.getJSON("/api/facets", &all); status != http.StatusOK || all.Total == 0 {
		t.Fatalf("facets = %d %+v", status, all)
	}
	if len(all.Parent) < 2 || len(all.Month) < 2 || len(all.Form) < 2 || len(all.Finding) < 2 {
		t.Fatalf("the samples should spread over several values of each facet: %+v", all)
	}
	type result struct {
		Total int          `json:"total"`
		Hits  []baocao.Hit `json:"hits"`
	}
	for _, c := range []struct {
		param  string
		counts []facetCount
		keep   func(h baocao.Hit, key string) bool
	}{
		{"parent", all.Parent, func(h baocao.Hit, k string) bool { return sameUnit(h.Record.ParentUnit, k) }},
		{"month", all.Month, func(h baocao.Hit, k string) bool { return strings.HasPrefix(h.Record.ConferenceDate.String(), k+"-") }},
		{"form", all.Form, func(h baocao.Hit, k string) bool { return string(h.Record.Form) == k }},
		{"finding", all.Finding, func(h baocao.Hit, k string) bool {
			for _, x := range check.Default.Record(h) {
				if x.Rule == k {
					return true
				}
			}
			return false
		}},
	} {
		for _, fc := range c.counts {
			if fc.Key == "" {
				continue
			}
			var got result
			path := "/api/search?limit=100&" + url.Values{c.param: {fc.Key}}.Encode()
			if status := s.getJSON(path, &got); status != http.StatusOK {
				t.Fatalf("GET %s = %d", path, status)
			}
			if got.Total != fc.Count || len(got.Hits) != fc.Count {
				t.Errorf("%s: %d results (%d hits), the facet said %d", path, got.Total, len(got.Hits), fc.Count)
			}
			for _, h := range got.Hits {
				if !c.keep(h, fc.Key) {
					t.Errorf("%s: hit %s (%s) does not belong", path, h.ID, h.Record.Unit)
				}
			}
		}
	}
	// On the page, a facet is a link that keeps the words searched for.
	status, body := s.get("/?q=quan+triet")
	if status != http.StatusOK {
		t.Fatal(status)
	}
	has(t, "search page", body, `data-facet="parent"`, `data-facet="month"`, `data-facet="form"`, `data-facet="finding"`, `href="/?form=`, `&amp;q=quan&#43;triet`)
	status, body = s.get("/?finding=low_attendance")
	if m := reTotal.FindStringSubmatch(body); status != http.StatusOK || m == nil || m[1] != strconv.Itoa(countOf(all.Finding, "low_attendance")) {
		t.Errorf("/?finding=low_attendance = %d, total %v, want %d", status, m, countOf(all.Finding, "low_attendance"))
	}
	has(t, "narrowed page", body, "× Bỏ lọc này")
}

// sameUnit reports whether two names are one unit: a committee and its
// organisation are.
func sameUnit(a, b string) bool {
	ka, _ := baocao.CanonicalUnit(a)
	kb, _ := baocao.CanonicalUnit(b)
	return ka == kb
}

func countOf(cs []facetCount, key string) int {
	for _, c := range cs {
		if c.Key == key {
			return c.Count
		}
	}
	return -1
}

func TestAParentFilterIsExactWhenAnotherParentsNameHoldsItsWords(t *testing.T) {
	ix, err := bleve.Open(filepath.Join(t.TempDir(), "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	for i, parent := range []string{"Đảng ủy xã Gia Phú", "Đảng ủy xã Gia Phú Mới", "Đảng ủy xã Gia Phú Mới"} {
		sha := strings.Repeat(strconv.Itoa(i+1), 64)
		rec := baocao.Record{Unit: "Chi bộ thôn " + strconv.Itoa(i), ParentUnit: parent, Form: baocao.InPerson}
		if err := ix.PutFile(ctx, baocao.IndexedFile{SHA256: sha, Paths: []string{"/inbox/" + strconv.Itoa(i) + ".pdf"}, Format: "pdf", Records: []baocao.Record{rec}}); err != nil {
			t.Fatal(err)
		}
	}
	if res, _ := ix.Search(ctx, baocao.Query{Parent: "Đảng ủy xã Gia Phú"}); res.Total != 3 {
		t.Fatalf("the index matches %d records by the parent's words; this test needs it to match all 3", res.Total)
	}
	ts, _, _ := testServer(t, Config{Index: ix, Logger: quiet})
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	var got struct {
		Total int          `json:"total"`
		Hits  []baocao.Hit `json:"hits"`
	}
	s.getJSON("/api/search?parent="+url.QueryEscape("Đảng ủy xã Gia Phú"), &got)
	if got.Total != 1 || len(got.Hits) != 1 || got.Hits[0].Record.ParentUnit != "Đảng ủy xã Gia Phú" {
		t.Errorf("parent filter found %d: %+v", got.Total, got.Hits)
	}
	s.getJSON("/api/search?limit=1&offset=1&parent="+url.QueryEscape("Đảng ủy xã Gia Phú Mới"), &got)
	if got.Total != 2 || len(got.Hits) != 1 {
		t.Errorf("second page of a parent: total %d, %d hits", got.Total, len(got.Hits))
	}
}

func TestSearchRefusesNonsenseWithAMessage(t *testing.T) {
	f := sharedFixture(t)
	ts, _, _ := testServer(t, f.config())
	s := loggedIn(t, ts.URL, "lan", "mật-khẩu-lan")
	for _, q := range []string{"month=2021-13", "form=by_post", "finding=no_such_rule", "finding=missing_report", "limit=0", "limit=100000", "offset=-1", "q=" + strings.Repeat("a", 600)} {
		var e struct{ Error string }
		if status := s.getJSON("/api/search?"+q, &e); status != http.StatusBadRequest || e.Error == "" {
			t.Errorf("/api/search?%s = %d %q, want 400 with a message", q, status, e.Error)
		}
		if status, body := s.get("/?" + q); status != http.StatusBadRequest || !strings.Contains(body, `class="error"`) {
			t.Errorf("/?%s = %d, want 400 with the message on the page", q, status)
		}
	}
}

func TestMarkLetsOnlyMarksThrough(t *testing.T) {
	for in, want := range map[string]string{
		"học tập, <mark>quán</mark> <mark>triệt</mark> &amp; làm": "học tập, <mark>quán</mark> <mark>triệt</mark> &amp; làm",
		"<script>alert(1)</script><mark>x</mark>":                 "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>",
		"a <mark>b <b>c</b></mark> </mark> &lt;i&gt;":             "a <mark>b &lt;b&gt;c&lt;/b&gt;</mark>  &lt;i&gt;",
		"<mark>không đóng":                                        "<mark>không đóng</mark>",
	} {
		if got := string(mark(in)); got != want {
			t.Errorf("mark(%q)\n = %q\nwant %q", in, got, want)
		}
	}
}
