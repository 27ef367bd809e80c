package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao"
)

// samplesDir is where the generator writes, seen from this package.
const samplesDir = ".."

// loadTruths reads every expected JSON in samples/, keyed by its sample file.
func loadTruths(t *testing.T) map[string]expected {
	t.Helper()
	truths := map[string]expected{}
	err := filepath.WalkDir(samplesDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "gen" || d.Name() == "wild" { // wild samples are made by their own generators
				return filepath.SkipDir
			}
			return nil
		}
		if path == filepath.Join(samplesDir, "README.md") {
			return nil
		}
		if strings.HasSuffix(path, ".json") {
			return nil
		}
		jp := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
		b, err := os.ReadFile(jp)
		if err != nil {
			t.Errorf("%s has no expected JSON beside it: %v", path, err)
			return nil
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var e expected
		if err := dec.Decode(&e); err != nil {
			t.Errorf("%s: %v", jp, err)
			return nil
		}
		if !bytes.Contains(b, []byte(`"records": [`)) {
			t.Errorf("%s: records must be a list, [] when empty", jp)
		}
		var again bytes.Buffer
		enc := json.NewEncoder(&again)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(e); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), b) {
			t.Errorf("%s is not the 2-space indented form of its content", jp)
		}
		truths[path] = e
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return truths
}

func TestEverySampleHasItsTruth(t *testing.T) {
	truths := loadTruths(t)
	if len(truths) < 45 {
		t.Errorf("found %d samples, want at least 45", len(truths))
	}
	// And every JSON has its sample.
	jsons, _ := filepath.Glob(filepath.Join(samplesDir, "*", "*.json"))
	for _, j := range jsons {
		matches, _ := filepath.Glob(strings.TrimSuffix(j, ".json") + ".*")
		if len(matches) < 2 {
			t.Errorf("%s has no sample file beside it", j)
		}
	}
	counts := map[string]int{}
	for path, e := range truths {
		name := filepath.Base(path)
		if name != strings.ToLower(name) || strings.ContainsFunc(name, func(r rune) bool { return r > 0x7f || r == ' ' }) {
			t.Errorf("%s: names are lowercase ASCII", path)
		}
		switch {
		case strings.Contains(path, "/bad/"):
			counts["bad"]++
		case strings.HasSuffix(path, ".pdf"):
			counts["pdf"]++
		case strings.HasSuffix(path, ".xlsx"):
			counts["xlsx"]++
		}
		_ = e
	}
	for kind, want := range map[string]int{"pdf": 24, "xlsx": 16, "bad": 9} {
		if counts[kind] < want {
			t.Errorf("%d %s samples, want at least %d", counts[kind], kind, want)
		}
	}
}

func TestTruthsAreConsistent(t *testing.T) {
	for path, e := range loadTruths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if (e.Error == "") != (e.ErrorCode == "") {
				t.Errorf("error %q and error_code %q must be both set or both empty", e.Error, e.ErrorCode)
			}
			if e.Error != "" && len(e.Records) > 0 {
				t.Errorf("a file with an error has no records")
			}
			switch e.ErrorCode {
			case "", baocao.EUNREADABLE, baocao.EENCRYPTED, baocao.ETOOLARGE, baocao.EFORMAT:
			default:
				t.Errorf("unknown error code %q", e.ErrorCode)
			}
			if ext := strings.TrimPrefix(filepath.Ext(path), "."); e.Format != "" && e.Format != ext {
				t.Errorf("format %q for a .%s file", e.Format, ext)
			}
			for i, r := range e.Records {
				checkRecord(t, i+1, e.Format, r)
			}
		})
	}
}

// checkRecord checks one truth record against the conventions in README.md.
func checkRecord(t *testing.T, i int, format string, r baocao.Record) {
	t.Helper()
	if r.Unit == "" || r.ParentUnit == "" {
		t.Errorf("record %d: unit and parent_unit are always known", i)
	}
	if r.Unit == strings.ToUpper(r.Unit) || r.ParentUnit == strings.ToUpper(r.ParentUnit) {
		t.Errorf("record %d: unit and parent in normal case, got %q, %q", i, r.Unit, r.ParentUnit)
	}
	if strings.HasPrefix(r.DocNumber, "Số") {
		t.Errorf("record %d: doc_number %q keeps \"Số\"", i, r.DocNumber)
	}
	if a := r.Attendance; a != nil {
		if a.MembersPresent > a.MembersTotal || a.MembersTotal == 0 {
			t.Errorf("record %d: %d present of %d", i, a.MembersPresent, a.MembersTotal)
		}
		if a.Rate != rate(a.MembersPresent, a.MembersTotal) {
			t.Errorf("record %d: rate %v, want %d/%d rounded to 4 decimals = %v", i, a.Rate, a.MembersPresent, a.MembersTotal, rate(a.MembersPresent, a.MembersTotal))
		}
	}
	if !r.ReportDate.IsZero() && !r.ConferenceDate.IsZero() && format == "pdf" && r.ReportDate.Before(r.ConferenceDate) {
		t.Errorf("record %d: reported %s before the conference %s", i, r.ReportDate, r.ConferenceDate)
	}
	if !r.ConferenceDate.IsZero() && (r.ConferenceDate.Before(date(2021, 3, 9)) || r.ConferenceDate.After(date(2021, 8, 31))) {
		t.Errorf("record %d: conference %s outside the campaign", i, r.ConferenceDate)
	}
	if ap := r.ActionProgram; ap != nil && !ap.Issued && (ap.Number != "" || !ap.Date.IsZero()) {
		t.Errorf("record %d: an action program not issued has no number or date", i)
	}
	switch r.Form {
	case "", baocao.InPerson, baocao.Online, baocao.Hybrid:
	default:
		t.Errorf("record %d: form %q", i, r.Form)
	}
	if r.Signer != nil && r.Signer.Title != "Bí thư" && r.Signer.Title != "Phó Bí thư" {
		t.Errorf("record %d: signer title %q", i, r.Signer.Title)
	}
	people := r.Reporters
	if r.Chair != nil {
		people = append(people, *r.Chair)
	}
	for _, p := range people {
		low := strings.ToLower(p.Name)
		if strings.HasPrefix(low, "đồng chí") || strings.HasPrefix(low, "đ/c") || p.Name == "" {
			t.Errorf("record %d: person %q", i, p.Name)
		}
	}
	for _, p := range r.Program {
		if p.Topic == "" || strings.HasPrefix(p.Presenter, "Đ/c") || p.Minutes < 0 {
			t.Errorf("record %d: program item %+v", i, p)
		}
	}
	switch format {
	case "pdf":
		if r.Source != (baocao.Source{Page: 1}) {
			t.Errorf("record %d: source %+v, want page 1", i, r.Source)
		}
	case "xlsx":
		if r.Source.Sheet == "" || r.Source.Row < 1 {
			t.Errorf("record %d: source %+v, want sheet and row", i, r.Source)
		}
	}
	if len(r.Warnings) > 0 {
		t.Errorf("record %d: a truth has no warnings", i)
	}
	b, _ := json.Marshal(r)
	var v any
	_ = json.Unmarshal(b, &v)
	walkStrings(v, func(s string) {
		if !norm.NFC.IsNormalString(s) || s != strings.Join(strings.Fields(s), " ") || strings.ContainsAny(s[:1], ",.;:-") || strings.ContainsAny(s[len(s)-1:], ",.;:-") {
			t.Errorf("record %d: value %q is not NFC, single-spaced and trimmed", i, s)
		}
	})
}

func walkStrings(v any, f func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			walkStrings(e, f)
		}
	case []any:
		for _, e := range x {
			walkStrings(e, f)
		}
	case string:
		if x != "" {
			f(x)
		}
	}
}

func TestTruthsAreReproducible(t *testing.T) {
	a, b := buildNarrativeSpecs(), buildNarrativeSpecs()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two builds of the narrative truths differ")
	}
	if !reflect.DeepEqual(a[3].document(), b[3].document()) {
		t.Fatal("two layouts of the same report differ")
	}
}

func TestDecomposeKeepsTheText(t *testing.T) {
	for _, s := range []string{"Nghị quyết", "Đảng bộ xã Hùng Sơn", "Thắng", "Chi bộ thôn Đông Hòa"} {
		d := decompose(s)
		if d == s {
			t.Errorf("decompose(%q) left it unchanged", s)
		}
		if norm.NFC.String(d) != s {
			t.Errorf("NFC(decompose(%q)) = %q", s, norm.NFC.String(d))
		}
	}
}

func TestRateRoundsToFourDecimals(t *testing.T) {
	for _, c := range []struct {
		present, total int
		want           float64
	}{{24, 25, 0.96}, {312, 325, 0.96}, {1198, 1250, 0.9584}, {92, 96, 0.9583}, {2, 3, 0.6667}} {
		if got := rate(c.present, c.total); got != c.want {
			t.Errorf("rate(%d, %d) = %v, want %v", c.present, c.total, got, c.want)
		}
	}
}
