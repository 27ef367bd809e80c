package web

import (
	"context"
	"net/http"
	"sort"
	"strconv"

	"baocao"
	fieldrules "baocao/extract/rules"
)

// searchView is what the search page shows.
type searchView struct {
	P          searchParams
	Total      int
	Capped     bool
	First      int // 1-based position of the first hit shown
	Last       int
	Hits       []baocao.Hit
	Groups     []facetGroup
	Prev, Next string
	Error      string
	Kinds      []string // the kinds of document, to filter by
}

// facetGroup is one way to narrow the search, with counts.
type facetGroup struct {
	Name, Title string
	Clear       string // the search without this filter, when it is set
	Items       []facetItem
	More        int    // values left out
	Note        string // why there are no counts
}

type facetItem struct {
	Label    string
	Count    int
	URL      string // "" when this value cannot be chosen
	Selected bool
}

const maxFacetItems = 30

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request, a *Auth) {
	v := s.view(a, "Tìm kiếm", "search")
	sv := searchView{Kinds: fieldrules.Kinds()}
	p, err := parseSearch(r.URL.Query())
	sv.P = p
	if err == nil {
		err = s.needIndex()
	}
	var res searchResult
	if err == nil {
		err = s.heavy(r.Context(), searchTime, func(ctx context.Context) (err error) {
			res, err = s.search(ctx, p, true)
			return err
		})
	}
	status := http.StatusOK
	if err != nil {
		status, sv.Error = s.explain(r, err)
		if s.cfg.Index == nil {
			status = http.StatusOK // a server without an index still shows its page
		}
	} else {
		sv.Total, sv.Capped, sv.Hits = res.Total, res.Capped, res.Hits
		if len(res.Hits) > 0 {
			sv.First, sv.Last = p.Offset+1, p.Offset+len(res.Hits)
		}
		if p.Offset > 0 {
			prev := p
			prev.Offset = max(0, p.Offset-p.Limit)
			sv.Prev = "/?" + prev.values().Encode()
		}
		if p.Offset+len(res.Hits) < res.Total && p.Offset+p.Limit <= maxOffset {
			next := p
			next.Offset = p.Offset + p.Limit
			sv.Next = "/?" + next.values().Encode()
		}
		sv.Groups = facetGroups(p, res.Facets)
	}
	v.Data = sv
	s.render(w, status, "search", v)
}

// facetGroups turns the counts into links that narrow the search.
func facetGroups(p searchParams, f *facets) []facetGroup {
	if f == nil {
		return nil
	}
	link := func(set func(*searchParams)) string {
		x := p
		x.Offset = 0
		set(&x)
		return "/?" + x.values().Encode()
	}
	group := func(name, title, current string, clear func(*searchParams), items []facetCount, label func(string) string, usable func(string) bool, set func(*searchParams, string)) facetGroup {
		g := facetGroup{Name: name, Title: title}
		if current != "" {
			g.Clear = link(clear)
		}
		for _, c := range items {
			it := facetItem{Label: label(c.Key), Count: c.Count, Selected: c.Key == current}
			if usable(c.Key) && !it.Selected {
				key := c.Key
				it.URL = link(func(x *searchParams) { set(x, key) })
			}
			g.Items = append(g.Items, it)
		}
		return g
	}
	nonEmpty := func(k string) bool { return k != "" }

	// Parent units: the most reported first, at most maxFacetItems (and
	// always the chosen one).
	parents := append([]facetCount(nil), f.Parent...)
	sort.SliceStable(parents, func(i, j int) bool { return parents[i].Count > parents[j].Count })
	more := 0
	if len(parents) > maxFacetItems {
		kept := parents[:maxFacetItems:maxFacetItems]
		for _, c := range parents[maxFacetItems:] {
			if c.Key == p.Parent {
				kept = append(kept, c)
			} else {
				more++
			}
		}
		parents = kept
	}
	pg := group("parent", "Cấp trên", p.Parent, func(x *searchParams) { x.Parent = "" }, parents,
		func(k string) string {
			if k == "" {
				return "Không rõ cấp trên"
			}
			return k
		}, nonEmpty, func(x *searchParams, k string) { x.Parent = k })
	pg.More = more

	mg := group("month", "Tháng hội nghị", p.Month, func(x *searchParams) { x.Month = "" }, f.Month,
		monthName, nonEmpty, func(x *searchParams, k string) { x.Month = k })

	fg := group("form", "Hình thức", string(p.Form), func(x *searchParams) { x.Form = "" }, f.Form,
		func(k string) string {
			if k == "" {
				return "Không rõ hình thức"
			}
			return formName(baocao.Form(k))
		}, nonEmpty, func(x *searchParams, k string) { x.Form = baocao.Form(k) })

	vg := group("finding", "Vi phạm", p.Finding, func(x *searchParams) { x.Finding = "" }, f.Finding,
		ruleTitle, recordRule, func(x *searchParams, k string) { x.Finding = k })
	switch {
	case f.NoFindings:
		vg.Note = "Quá nhiều vi phạm để lọc theo vi phạm."
	case len(vg.Items) == 0:
		vg.Note = "Không có vi phạm."
	}
	if f.Capped {
		note := "Đếm trên " + strconv.Itoa(maxWalk) + " kết quả đầu."
		pg.Note, mg.Note, fg.Note = note, note, note
	}
	return []facetGroup{pg, mg, fg, vg}
}
