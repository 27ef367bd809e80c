package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"baocao"
)

// searchParams is a search as the page's form and the API ask it.
type searchParams struct {
	Text    string
	Parent  string // the parent unit as the facet names it: any form of its name (baocao.CanonicalUnit)
	Month   string // YYYY-MM of the conference
	Form    baocao.Form
	Finding string // a record rule of check
	Type    string // baocao.HitRecord or baocao.HitDocument; "" for both
	Kind    string // a document's kind: "Kế hoạch"
	Issuer  string // words of a document's issuing body
	Limit   int
	Offset  int
}

const (
	defaultLimit = 20
	maxLimit     = 100
	maxOffset    = 10_000
	// maxWalk is how many matching records one search examines when it
	// must look at each (exact parent, findings, counts): beyond, its total
	// and counts are lower bounds. It also bounds deep paging.
	maxWalk    = 10_000
	searchTime = 30 * time.Second
)

var reMonth = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)

// parseSearch reads a search from query parameters, refusing what makes no
// sense with a message for people.
func parseSearch(v url.Values) (searchParams, error) {
	p := searchParams{
		Text:    strings.TrimSpace(v.Get("q")),
		Parent:  strings.TrimSpace(v.Get("parent")),
		Month:   strings.TrimSpace(v.Get("month")),
		Form:    baocao.Form(strings.TrimSpace(v.Get("form"))),
		Finding: strings.TrimSpace(v.Get("finding")),
		Type:    strings.TrimSpace(v.Get("type")),
		Kind:    strings.TrimSpace(v.Get("kind")),
		Issuer:  strings.TrimSpace(v.Get("issuer")),
		Limit:   defaultLimit,
	}
	bad := func(msg string) (searchParams, error) { return p, newProblem(http.StatusBadRequest, msg) }
	if utf8.RuneCountInString(p.Text) > 500 || utf8.RuneCountInString(p.Parent) > 300 {
		return bad("Nội dung tìm kiếm quá dài; hãy rút gọn.")
	}
	if p.Month != "" && !reMonth.MatchString(p.Month) {
		return bad("Tháng phải có dạng NĂM-THÁNG, ví dụ 2021-04.")
	}
	switch p.Form {
	case "", baocao.InPerson, baocao.Online, baocao.Hybrid:
	default:
		return bad("Hình thức phải là in_person (trực tiếp), online (trực tuyến) hoặc hybrid (kết hợp).")
	}
	if p.Type != "" && p.Type != baocao.HitRecord && p.Type != baocao.HitDocument {
		return bad("Loại kết quả phải là record (kết quả hội nghị) hoặc document (văn bản).")
	}
	if utf8.RuneCountInString(p.Kind) > 50 || utf8.RuneCountInString(p.Issuer) > 300 {
		return bad("Loại văn bản hoặc tên cơ quan ban hành quá dài.")
	}
	if p.Finding != "" && !recordRule(p.Finding) {
		return bad("Không có loại vi phạm này.")
	}
	for _, n := range []struct {
		name     string
		dst      *int
		min, max int
	}{{"limit", &p.Limit, 1, maxLimit}, {"offset", &p.Offset, 0, maxOffset}} {
		s := v.Get(n.name)
		if s == "" {
			continue
		}
		x, err := strconv.Atoi(s)
		if err != nil || x < n.min || x > n.max {
			return bad("Tham số " + n.name + " phải là số từ " + strconv.Itoa(n.min) + " đến " + strconv.Itoa(n.max) + ".")
		}
		*n.dst = x
	}
	return p, nil
}

// query is the index's part of the search: everything but the exact parent
// and the finding, which are checked on each record.
func (p searchParams) query() baocao.Query {
	q := baocao.Query{Text: p.Text, Parent: p.Parent, Form: p.Form, Type: p.Type, Kind: p.Kind, Issuer: p.Issuer}
	if m := reMonth.FindStringSubmatch(p.Month); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		q.From = baocao.Date{Year: y, Month: time.Month(mo), Day: 1}
		last := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC)
		q.To = baocao.Date{Year: y, Month: time.Month(mo), Day: last.Day()}
	}
	return q
}

func (p searchParams) narrowed() bool {
	return p.Text != "" || p.Parent != "" || p.Month != "" || p.Form != "" || p.Finding != "" || p.Type != "" || p.Kind != "" || p.Issuer != ""
}

// values writes the search back as query parameters, for links.
func (p searchParams) values() url.Values {
	v := url.Values{}
	set := func(k, x string) {
		if x != "" {
			v.Set(k, x)
		}
	}
	set("q", p.Text)
	set("parent", p.Parent)
	set("month", p.Month)
	set("form", string(p.Form))
	set("finding", p.Finding)
	set("type", p.Type)
	set("kind", p.Kind)
	set("issuer", p.Issuer)
	if p.Limit != defaultLimit {
		v.Set("limit", strconv.Itoa(p.Limit))
	}
	if p.Offset > 0 {
		v.Set("offset", strconv.Itoa(p.Offset))
	}
	return v
}

// searchResult is one page of a search, and when asked, the counts that
// narrow it further.
type searchResult struct {
	Total  int          `json:"total"`
	Hits   []baocao.Hit `json:"hits"`
	Capped bool         `json:"capped,omitempty"` // Total and counts are lower bounds
	Facets *facets      `json:"-"`
}

// facets count the records of a search by parent unit, month, form (among
// the records the search finds) and finding (among the records the search
// would find without its own finding filter).
type facets struct {
	Total   int          `json:"total"`
	Capped  bool         `json:"capped,omitempty"`
	Parent  []facetCount `json:"parent"`
	Month   []facetCount `json:"month"`
	Form    []facetCount `json:"form"`
	Finding []facetCount `json:"finding"`
	// NoFindings: the findings are too many to filter by (see maxFindings).
	NoFindings bool `json:"no_findings,omitempty"`
}

type facetCount struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

var errStopWalk = errors.New("web: enough records")

// search runs a search. A search of the index's own terms is one query. The
// exact parent and the finding are checked on each matching record, walked
// once (at most maxWalk of them): the walk counts the facets and keeps the
// IDs that pass, and the page is then read in the index's order (best first)
// keeping those IDs. The whole index's counts come with the findings.
func (s *Server) search(ctx context.Context, p searchParams, withFacets bool) (searchResult, error) {
	ix := s.cfg.Index
	q := p.query()
	page := q
	page.Limit, page.Offset = p.Limit, p.Offset
	post := p.Parent != "" || p.Finding != ""
	var fs *findingSet
	if p.Finding != "" || withFacets {
		var err error
		if fs, err = s.findings.get(ctx); err != nil {
			return searchResult{}, err
		}
		if p.Finding != "" && fs.partial {
			return searchResult{}, newProblem(http.StatusServiceUnavailable, "Có quá nhiều vi phạm nên không lọc được theo vi phạm; hãy thu hẹp bằng các bộ lọc khác.")
		}
	}
	docsOnly := p.Type == baocao.HitDocument || p.Kind != "" || p.Issuer != ""
	if !post && (!withFacets || !p.narrowed() || docsOnly) {
		// The facets count records; a search of documents alone has none.
		res, err := ix.Search(ctx, page)
		if err != nil {
			return searchResult{}, err
		}
		out := searchResult{Total: res.Total, Hits: res.Hits}
		if withFacets && !docsOnly {
			out.Facets = wholeIndex(fs)
		}
		return out, nil
	}

	w := &walk{p: p, fs: fs, month: map[string]int{}, form: map[string]int{}, finding: map[string]int{}}
	w.parentKey, _ = baocao.CanonicalUnit(p.Parent)
	if post {
		w.members = map[string]bool{}
	}
	if err := ix.Each(ctx, q, w.visit); err != nil && !errors.Is(err, errStopWalk) {
		return searchResult{}, err
	}
	out := searchResult{Total: w.total, Capped: w.capped, Hits: []baocao.Hit{}}
	if withFacets {
		out.Facets = w.facets()
	}
	if !post {
		res, err := ix.Search(ctx, page)
		if err != nil {
			return out, err
		}
		out.Total, out.Hits = res.Total, res.Hits
		return out, nil
	}
	const step = 200
	found := 0
	for off := 0; found < p.Offset+p.Limit && off < maxWalk; off += step {
		next := q
		next.Limit, next.Offset = step, off
		res, err := ix.Search(ctx, next)
		if err != nil {
			return out, err
		}
		for _, h := range res.Hits {
			if !w.members[h.ID] {
				continue
			}
			if found >= p.Offset && found < p.Offset+p.Limit {
				out.Hits = append(out.Hits, h)
			}
			found++
		}
		if len(res.Hits) < step {
			break
		}
	}
	return out, nil
}

// walk looks at each record a search matches.
type walk struct {
	p                    searchParams
	parentKey            string // of p.Parent: a committee and its organisation are one parent
	fs                   *findingSet
	seen, total          int
	capped               bool
	members              map[string]bool
	parent               baocao.UnitTally
	month, form, finding map[string]int
}

func (w *walk) visit(h baocao.Hit) error {
	if w.seen >= maxWalk {
		w.capped = true
		return errStopWalk
	}
	w.seen++
	r := h.Record
	if w.p.Parent != "" && w.parent.Key(r.ParentUnit) != w.parentKey {
		return nil // the index matched the words of another parent's name
	}
	var marks uint32
	if w.fs != nil && !w.fs.partial {
		marks = w.fs.rulesOf(h.ID)
		for i, rule := range rules {
			if marks&(1<<i) != 0 {
				w.finding[rule.name]++
			}
		}
	}
	if w.p.Finding != "" && marks&(1<<ruleIndex(w.p.Finding)) == 0 {
		return nil
	}
	w.total++
	w.parent.Add(r.ParentUnit, 1)
	month := ""
	if !r.ConferenceDate.IsZero() {
		month = r.ConferenceDate.String()[:7]
	}
	w.month[month]++
	w.form[string(r.Form)]++
	if w.members != nil {
		w.members[h.ID] = true
	}
	return nil
}

func (w *walk) facets() *facets {
	f := &facets{Total: w.total, Capped: w.capped, Parent: counts(w.parent.Counts()), Month: counts(w.month), Form: counts(w.form),
		Finding: findingCounts(w.finding), NoFindings: w.fs == nil || w.fs.partial}
	return f
}

// wholeIndex is the facets of the whole index, from the findings' look.
func wholeIndex(fs *findingSet) *facets {
	f := &facets{Total: fs.agg.Total.Records, Finding: findingCounts(fs.records), NoFindings: fs.partial}
	for _, x := range []struct {
		dst *[]facetCount
		src []baocao.Bucket
	}{{&f.Parent, fs.agg.ByParent}, {&f.Month, fs.agg.ByMonth}, {&f.Form, fs.agg.ByForm}} {
		m := map[string]int{}
		for _, b := range x.src {
			m[b.Key] = b.Records
		}
		*x.dst = counts(m)
	}
	return f
}

func counts(m map[string]int) []facetCount {
	out := make([]facetCount, 0, len(m))
	for k, n := range m {
		out = append(out, facetCount{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func findingCounts(m map[string]int) []facetCount {
	out := []facetCount{}
	for _, r := range rules {
		if n := m[r.name]; r.record && n > 0 {
			out = append(out, facetCount{r.name, n})
		}
	}
	return out
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request, a *Auth) {
	p, err := parseSearch(r.URL.Query())
	if err == nil {
		err = s.needIndex()
	}
	var res searchResult
	if err == nil {
		err = s.heavy(r.Context(), searchTime, func(ctx context.Context) (err error) {
			res, err = s.search(ctx, p, false)
			return err
		})
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiFacets(w http.ResponseWriter, r *http.Request, a *Auth) {
	p, err := parseSearch(r.URL.Query())
	if err == nil {
		err = s.needIndex()
	}
	var res searchResult
	if err == nil {
		err = s.heavy(r.Context(), searchTime, func(ctx context.Context) (err error) {
			p.Limit, p.Offset = 1, 0
			res, err = s.search(ctx, p, true)
			return err
		})
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res.Facets)
}
