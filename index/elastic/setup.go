package elastic

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"baocao"
)

// mappingVersion names the index behind the alias: a change of mapping is a
// new version, filled by a reindex, and an alias swap.
const mappingVersion = 1

// template is the component template: the settings and mappings of every
// version of the records index. Every field of index.Doc is mapped (dynamic
// strict: a field added in Go without a mapping fails loudly); text is
// analysed with the built-in standard analyzer (Unicode words, lower case),
// as the embedded index does, since folding is done in Go.
func template() map[string]any {
	kw := map[string]any{"type": "keyword"}
	text := map[string]any{"type": "text", "analyzer": "standard"}
	num := map[string]any{"type": "integer"}
	return map[string]any{
		"template": map[string]any{
			// One replica where there is a second node to hold it, none on a
			// single node (which stays green).
			"settings": map[string]any{"number_of_shards": 1, "auto_expand_replicas": "0-1"},
			"mappings": map[string]any{"dynamic": "strict", "properties": map[string]any{
				"id": kw, "kind": kw, "sha256": kw, "file": kw, "paths": kw, "format": kw,
				"removed": map[string]any{"type": "boolean"},
				"unit":    kw, "unit_text": text, "parent_unit": kw, "parent_text": text,
				"doc_number": kw, "form": kw, "month": kw,
				"doc_kind": kw, "issuer": kw, "issuer_text": text,
				"conference_date": map[string]any{"type": "date", "format": "yyyy-MM-dd"},
				"doc_date":        map[string]any{"type": "date", "format": "yyyy-MM-dd"},
				"members_present": num, "members_total": num, "others": num,
				"text": text, "text_folded": text, "names": text, "keys": kw,
				// The record as JSON: kept in _source, neither indexed nor aggregated.
				"source": map[string]any{"type": "keyword", "index": false, "doc_values": false},
			}},
		},
		"_meta": map[string]any{"description": "baocao records: conference reports and their records", "mapping_version": mappingVersion},
	}
}

// setup creates or updates the templates, creates the versioned index, and
// points the alias at it when the alias is missing. Each step is idempotent,
// so two processes may open at once.
func (x *Index) setup(ctx context.Context, prefix string) error {
	es := x.es
	name := fmt.Sprintf("%s-records-v%d", prefix, mappingVersion)
	if err := x.do(ctx, "put component template", nil, func() (*esapi.Response, error) {
		return es.Cluster.PutComponentTemplate(prefix+"-records", jsonBody(template()), es.Cluster.PutComponentTemplate.WithContext(ctx))
	}); err != nil {
		return err
	}
	tmpl := map[string]any{
		"index_patterns": []string{prefix + "-records-v*"}, "composed_of": []string{prefix + "-records"}, "priority": 200,
		"_meta": map[string]any{"description": "baocao records, one index per mapping version behind the alias " + x.alias},
	}
	if err := x.do(ctx, "put index template", nil, func() (*esapi.Response, error) {
		return es.Indices.PutIndexTemplate(prefix+"-records", jsonBody(tmpl), es.Indices.PutIndexTemplate.WithContext(ctx))
	}); err != nil {
		return err
	}

	err := x.do(ctx, "create index "+name, nil, func() (*esapi.Response, error) {
		return es.Indices.Create(name, es.Indices.Create.WithContext(ctx), es.Indices.Create.WithWaitForActiveShards("1"))
	})
	if err != nil && !strings.Contains(err.Error(), "resource_already_exists_exception") {
		return err
	}
	created := err == nil
	if !created {
		// Fields added since the index was made go into its mapping (adding
		// fields is all a mapping may change in place); the files indexed
		// before have them once they are read again.
		props := template()["template"].(map[string]any)["mappings"].(map[string]any)["properties"]
		if err := x.do(ctx, "update the mapping of "+name, nil, func() (*esapi.Response, error) {
			return es.Indices.PutMapping([]string{name}, jsonBody(map[string]any{"properties": props}), es.Indices.PutMapping.WithContext(ctx))
		}); err != nil {
			return err
		}
	}

	// Where does the alias point? Nowhere: point it at our index. At our
	// index: done. Elsewhere only: someone migrated (or must), say so.
	var aliases map[string]any
	err = x.do(ctx, "read alias "+x.alias, &aliases, func() (*esapi.Response, error) {
		return es.Indices.GetAlias(es.Indices.GetAlias.WithName(x.alias), es.Indices.GetAlias.WithContext(ctx))
	})
	switch {
	case errors.Is(err, baocao.ErrNotFound):
		if err := x.do(ctx, "point alias "+x.alias+" at "+name, nil, func() (*esapi.Response, error) {
			return es.Indices.PutAlias([]string{name}, x.alias, es.Indices.PutAlias.WithContext(ctx))
		}); err != nil {
			return err
		}
	case err != nil:
		return err
	case aliases[name] == nil:
		others := make([]string, 0, len(aliases))
		for k := range aliases {
			others = append(others, k)
		}
		sort.Strings(others)
		return fmt.Errorf("elastic: alias %s points at %s, not at %s (mapping version %d): reindex into %s and swap the alias, or run the matching version of baocao",
			x.alias, strings.Join(others, ", "), name, mappingVersion, name)
	}
	if created {
		x.logger.Info("created the records index", "index", name, "alias", x.alias)
	}
	return nil
}
