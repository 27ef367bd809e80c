package elastic

import (
	"baocao"
	"baocao/index"
	"baocao/vntext"
)

// exactBoost weighs a match on the text as written against one on the folded
// text, as the embedded index does.
const exactBoost = 3

// buildQuery is the embedded index's query in Elasticsearch's terms: every
// free word and phrase must match, as written or folded; filters narrow; a
// type keeps to records or documents.
func buildQuery(q baocao.Query) map[string]any {
	must := []any{}
	var filter []any
	types := index.Types(q)
	if len(types) == 1 {
		filter = append(filter, term("kind", index.KindOf(types[0])))
	}
	p := index.Parse(q.Text)
	either := func(kind string, exact, folded string) map[string]any {
		opts := func(query string, boost float64) map[string]any {
			o := map[string]any{"query": query, "boost": boost}
			if kind == "match" {
				o["operator"] = "and"
			}
			return o
		}
		return map[string]any{"bool": map[string]any{"minimum_should_match": 1, "should": []any{
			map[string]any{kind: map[string]any{"text": opts(exact, exactBoost)}},
			map[string]any{kind: map[string]any{"text_folded": opts(folded, 1)}},
		}}}
	}
	if p.Words != "" {
		must = append(must, either("match", p.Words, vntext.Fold(p.Words)))
	}
	for _, ph := range p.Phrases {
		must = append(must, either("match_phrase", ph, vntext.Fold(ph)))
	}
	match := func(field, words string) {
		if words != "" {
			filter = append(filter, map[string]any{"match": map[string]any{field: map[string]any{"query": vntext.Fold(words), "operator": "and"}}})
		}
	}
	match("unit_text", q.Unit)
	match("issuer_text", q.Issuer)
	if forms := index.ParentForms(q.Parent); len(forms) > 0 {
		// A committee's name finds its organisation's, and the other way round.
		var should []any
		for _, f := range forms {
			should = append(should, map[string]any{"match": map[string]any{"parent_text": map[string]any{"query": f, "operator": "and"}}})
		}
		filter = append(filter, map[string]any{"bool": map[string]any{"should": should, "minimum_should_match": 1}})
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		r := map[string]any{}
		if !q.From.IsZero() {
			r["gte"] = q.From.String()
		}
		if !q.To.IsZero() {
			r["lte"] = q.To.String()
		}
		// A record's date is its conference's, a document's its own.
		var should []any
		for _, t := range types {
			should = append(should, map[string]any{"range": map[string]any{index.DateField(t): r}})
		}
		filter = append(filter, map[string]any{"bool": map[string]any{"should": should, "minimum_should_match": 1}})
	}
	if q.Form != "" {
		filter = append(filter, term("form", string(q.Form)))
	}
	if q.Kind != "" {
		filter = append(filter, term("doc_kind", q.Kind))
	}
	if q.SHA256 != "" {
		filter = append(filter, term("sha256", q.SHA256))
	}
	b := map[string]any{"must": must, "filter": filter}
	var should []any
	for _, x := range index.Boosts(q.Text) {
		switch x.Kind {
		case "phrase":
			should = append(should, map[string]any{"match_phrase": map[string]any{x.Field: map[string]any{"query": x.Text, "boost": x.Weight}}})
		case "match":
			should = append(should, map[string]any{"match": map[string]any{x.Field: map[string]any{"query": x.Text, "operator": "and", "boost": x.Weight}}})
		default:
			should = append(should, map[string]any{"term": map[string]any{x.Field: map[string]any{"value": x.Text, "boost": x.Weight}}})
		}
	}
	if len(should) > 0 {
		// The boosts only rank: with a must, none of them need match.
		b["should"] = should
	}
	return map[string]any{"bool": b}
}
