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
	"sync"
	"testing"

	"baocao"
)

// expected is the truth the samples generator writes beside each sample.
type expected struct {
	Format    string          `json:"format"`
	Pages     int             `json:"pages"`
	OCR       bool            `json:"ocr"`
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
		if d.IsDir() && (d.Name() == "gen" || d.Name() == "wild") { // wild samples are scored by TestWild
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
	r.Warnings, r.Review = nil, nil
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
// truth the generator wrote beside it. Typed samples must be read exactly.
// Scanned ones (truth "ocr": true) are read by OCR, whose slips are expected:
// their mismatches are logged, and their field accuracy must reach the 90%
// that the extractor promises for scans. It logs both accuracies, the figures
// the README records.
func TestSamples(t *testing.T) {
	pairs := samplePairs(t)
	names := make([]string, 0, len(pairs))
	for n := range pairs {
		names = append(names, n)
	}
	sort.Strings(names)
	var mu sync.Mutex
	typed, scanned := newTally(), newTally()
	t.Run("each", func(t *testing.T) {
		for _, name := range names {
			t.Run(strings.TrimPrefix(name, "../samples/"), func(t *testing.T) {
				t.Parallel() // OCR keeps within its own limit of pages at once
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
				if got.OCR != want.OCR {
					t.Errorf("ocr = %v, want %v (warnings %q)", got.OCR, want.OCR, got.Warnings)
				}
				if len(got.Records) != len(want.Records) {
					t.Errorf("got %d records, want %d", len(got.Records), len(want.Records))
				}
				tally, miss := typed, t.Errorf
				if want.OCR {
					tally, miss = scanned, t.Logf
				}
				mu.Lock()
				defer mu.Unlock()
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
						if !tally.count(k, gf[k] == wf[k]) {
							miss("record %d %s:\n got: %s\nwant: %s", i+1, k, orNone(gf[k]), orNone(wf[k]))
						}
					}
				}
				tally.files++
			})
		}
	})
	t.Logf("field accuracy over %d typed samples: %s", typed.files, typed)
	if scanned.files > 0 {
		t.Logf("field accuracy over %d scanned samples (OCR): %s", scanned.files, scanned)
		if acc := scanned.accuracy(); acc < 0.90 {
			t.Errorf("OCR field accuracy %.1f%%, want at least 90%%", 100*acc)
		}
	}
}

// tally counts fields right, in all and by field.
type tally struct {
	files, fields, right int
	perField             map[string][2]int
}

func newTally() *tally { return &tally{perField: map[string][2]int{}} }

// count adds one field and returns ok.
func (t *tally) count(field string, ok bool) bool {
	t.fields++
	c := t.perField[field]
	c[1]++
	if ok {
		t.right++
		c[0]++
	}
	t.perField[field] = c
	return ok
}

func (t *tally) accuracy() float64 { return float64(t.right) / float64(max(t.fields, 1)) }

func (t *tally) String() string {
	keys := make([]string, 0, len(t.perField))
	for k := range t.perField {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d/%d fields right (%.2f%%)", t.right, t.fields, 100*t.accuracy())
	for _, k := range keys {
		c := t.perField[k]
		fmt.Fprintf(&sb, "\n  %-16s %5d/%-5d %6.2f%%", k, c[0], c[1], 100*float64(c[0])/float64(c[1]))
	}
	return sb.String()
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
