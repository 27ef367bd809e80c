package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"baocao"
)

// expected is the truth the samples generator writes beside each sample.
type expected struct {
	Format    string          `json:"format"`
	Pages     int             `json:"pages"`
	Records   []baocao.Record `json:"records"`
	Error     string          `json:"error"`
	ErrorCode string          `json:"error_code"`
}

// samplePairs lists every sample file that has its expected JSON beside it.
func samplePairs(tb testing.TB) map[string]string {
	tb.Helper()
	pairs := map[string]string{}
	err := filepath.WalkDir("../samples", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "gen" {
			return filepath.SkipDir
		}
		if d.IsDir() || strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".md") {
			return nil
		}
		want := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
		if _, err := os.Stat(want); err == nil {
			pairs[path] = want
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(pairs) < 40 {
		tb.Fatalf("found %d samples with expected JSON in ../samples, want at least 40", len(pairs))
	}
	return pairs
}

// recordFields flattens a record into its top-level JSON fields, so that
// records can be compared and counted field by field.
func recordFields(tb testing.TB, r baocao.Record) map[string]string {
	tb.Helper()
	r.Warnings = nil
	b, err := json.Marshal(r)
	if err != nil {
		tb.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for k, v := range m {
		if string(v) != "null" {
			out[k] = string(v)
		}
	}
	return out
}

// TestSamples extracts every sample and compares it, field by field, with the
// truth the generator wrote beside it. It logs the field accuracy over all
// samples, the figure the README records.
func TestSamples(t *testing.T) {
	pairs := samplePairs(t)
	names := make([]string, 0, len(pairs))
	for n := range pairs {
		names = append(names, n)
	}
	sort.Strings(names)
	var fields, right int
	perField := map[string][2]int{}
	for _, name := range names {
		t.Run(strings.TrimPrefix(name, "../samples/"), func(t *testing.T) {
			var want expected
			b, err := os.ReadFile(pairs[name])
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", pairs[name], err)
			}
			got, gotErr := File(context.Background(), name, DefaultOptions)
			if (want.Error != "") != (got.Error != "") {
				t.Fatalf("error = %q (%v), want an error: %v", got.Error, gotErr, want.Error != "")
			}
			if want.ErrorCode != "" && baocao.ErrorCode(gotErr) != want.ErrorCode {
				t.Errorf("error code = %q (%v), want %q", baocao.ErrorCode(gotErr), gotErr, want.ErrorCode)
			}
			if want.Format != "" && got.Format != want.Format {
				t.Errorf("format = %q, want %q", got.Format, want.Format)
			}
			if want.Pages != 0 && got.Pages != want.Pages {
				t.Errorf("pages = %d, want %d", got.Pages, want.Pages)
			}
			if len(got.Records) != len(want.Records) {
				t.Errorf("got %d records, want %d", len(got.Records), len(want.Records))
			}
			for i, w := range want.Records {
				wf := recordFields(t, w)
				gf := map[string]string{}
				if i < len(got.Records) {
					gf = recordFields(t, got.Records[i])
				}
				keys := map[string]bool{}
				for k := range wf {
					keys[k] = true
				}
				for k := range gf {
					keys[k] = true
				}
				for k := range keys {
					fields++
					c := perField[k]
					c[1]++
					if gf[k] == wf[k] {
						right++
						c[0]++
					} else {
						t.Errorf("record %d %s:\n got: %s\nwant: %s", i+1, k, orNone(gf[k]), orNone(wf[k]))
					}
					perField[k] = c
				}
			}
		})
	}
	keys := make([]string, 0, len(perField))
	for k := range perField {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		c := perField[k]
		fmt.Fprintf(&sb, "\n  %-16s %5d/%-5d %6.2f%%", k, c[0], c[1], 100*float64(c[0])/float64(c[1]))
	}
	t.Logf("field accuracy over %d samples: %d/%d fields right (%.2f%%)%s", len(names), right, fields, 100*float64(right)/float64(max(fields, 1)), sb.String())
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// TestSampleOutputIsStable checks what the record contract promises on top of
// the fields: NFC, single-spaced values without stray punctuation.
func TestSampleOutputIsClean(t *testing.T) {
	for name := range samplePairs(t) {
		res, _ := File(context.Background(), name, DefaultOptions)
		b, _ := json.Marshal(res.Records)
		var walk func(v any)
		walk = func(v any) {
			switch x := v.(type) {
			case map[string]any:
				for _, e := range x {
					walk(e)
				}
			case []any:
				for _, e := range x {
					walk(e)
				}
			case string:
				if x != strings.Join(strings.Fields(x), " ") || strings.ContainsAny(x[:min(1, len(x))], ",.;:-") {
					t.Errorf("%s: value %q is not single-spaced and trimmed", name, x)
				}
			}
		}
		var v any
		_ = json.Unmarshal(b, &v)
		walk(v)
		if !reflect.DeepEqual(res.Records == nil, false) {
			t.Errorf("%s: records is null, want []", name)
		}
	}
}
