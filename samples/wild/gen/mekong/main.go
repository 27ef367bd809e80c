// Command mekong writes realistic report files from the southern and central
// provinces, with the truth each file states, into samples/wild/mekong.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const (
	outDir  = "samples/wild/mekong"
	workDir = "/tmp/mekong-build"
	profile = "file:///tmp/mekong-lo-profile"
)

// Out is one delivered file with its truth and the text it shows.
type Out struct {
	File   string
	Format string
	OCR    bool
	Recs   []Record
	Text   string
	Skip   map[string]bool   // fields derived by arithmetic, not written
	Ev     map[string]string // field -> exact text that states it
	Desc   string
}

var outs []*Out

func add(o *Out) *Out {
	outs = append(outs, o)
	return o
}

// html jobs for LibreOffice
type loJob struct{ src, filter, ext string }

var loJobs []loJob

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "mekong:", err)
		os.Exit(1)
	}
}

func run() error {
	if err := os.RemoveAll(outDir); err != nil {
		return err
	}
	_ = os.RemoveAll(workDir)
	for _, d := range []string{outDir, workDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	steps := []func() error{narrFpdf, narrOffice, narrDocx, scans, forms, rollups, rollupPDFs, nonReports}
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	if err := runLO(); err != nil {
		return err
	}
	var bad []string
	for _, o := range outs {
		bad = append(bad, check(o)...)
		if _, err := os.Stat(filepath.Join(outDir, o.File)); err != nil {
			bad = append(bad, o.File+": not written")
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("self-check failed:\n  %s", strings.Join(bad, "\n  "))
	}
	for _, o := range outs {
		recs := o.Recs
		if recs == nil {
			recs = []Record{}
		}
		b, err := json.MarshalIndent(Truth{Format: o.Format, OCR: o.OCR, Records: recs}, "", "  ")
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(o.File, filepath.Ext(o.File)) + ".json"
		if err := os.WriteFile(filepath.Join(outDir, name), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return writeReadme()
}

func writeReadme() error {
	var b strings.Builder
	b.WriteString("# mekong: report files from the southern and central provinces\n\n")
	b.WriteString("Made by `go run ./samples/wild/gen/mekong`. Each file has its truth beside it (`NAME.json`).\n\n")
	sorted := append([]*Out{}, outs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].File < sorted[j].File })
	for _, o := range sorted {
		fmt.Fprintf(&b, "- `%s` — %s\n", o.File, o.Desc)
	}
	return os.WriteFile(filepath.Join(outDir, "README.md"), []byte(b.String()), 0o644)
}

// queueLO asks LibreOffice to convert src (in workDir) into outDir.
func queueLO(src, filter, ext string) { loJobs = append(loJobs, loJob{src, filter, ext}) }

func runLO() error {
	groups := map[string][]string{}
	var keys []string
	for _, j := range loJobs {
		k := j.filter
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], j.src)
	}
	for _, k := range keys {
		args := []string{"--headless", "-env:UserInstallation=" + profile}
		if strings.HasSuffix(groups[k][0], ".html") {
			args = append(args, "--infilter=HTML (StarWriter)")
		}
		args = append(args, "--convert-to", k, "--outdir", outDir)
		args = append(args, groups[k]...)
		cmd := exec.Command("soffice", args...)
		var eb bytes.Buffer
		cmd.Stderr = &eb
		cmd.Stdout = &eb
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("soffice %s: %v: %s", k, err, eb.String())
		}
	}
	return nil
}

var spaceRe = regexp.MustCompile(`\s+`)

func normText(s string) string {
	return strings.ToLower(spaceRe.ReplaceAllString(nfc(s), " "))
}

func hasNum(text string, n int) bool {
	re := regexp.MustCompile(`(^|[^0-9])0*` + strconv.Itoa(n) + `([^0-9]|$)`)
	return re.MatchString(text)
}

func parseISO(s string) D {
	var d D
	fmt.Sscanf(s, "%d-%d-%d", &d.Y, &d.M, &d.Day)
	return d
}

// check verifies that every truth value is stated in the file's text.
func check(o *Out) []string {
	txt := normText(o.Text)
	var bad []string
	need := func(field, v string) {
		if v == "" {
			return
		}
		if ev, ok := o.Ev[field]; ok {
			if !strings.Contains(txt, normText(ev)) {
				bad = append(bad, fmt.Sprintf("%s: %s evidence %q missing", o.File, field, ev))
			}
			return
		}
		if !strings.Contains(txt, normText(v)) {
			bad = append(bad, fmt.Sprintf("%s: %s %q not in text", o.File, field, v))
		}
	}
	date := func(field, v string) {
		if v == "" {
			return
		}
		if ev, ok := o.Ev[field]; ok {
			need(field, ev)
			return
		}
		for _, f := range dateForms(parseISO(v)) {
			if strings.Contains(txt, f) {
				return
			}
		}
		bad = append(bad, fmt.Sprintf("%s: %s %s not in text", o.File, field, v))
	}
	num := func(field string, p *int) {
		if p == nil || o.Skip[field] {
			return
		}
		if ev, ok := o.Ev[field]; ok {
			need(field, ev)
			return
		}
		if !hasNum(txt, *p) {
			bad = append(bad, fmt.Sprintf("%s: %s %d not in text", o.File, field, *p))
		}
	}
	person := func(field string, p *Person) {
		if p == nil {
			return
		}
		need(field+".name", p.Name)
		need(field+".title", p.Title)
	}
	for _, r := range o.Recs {
		for _, s := range []struct{ f, v string }{{"unit", r.Unit}, {"parent_unit", r.ParentUnit}, {"doc_number", r.DocNumber}, {"location", r.Location}} {
			need(s.f, s.v)
		}
		date("report_date", r.ReportDate)
		date("conference_date", r.ConferenceDate)
		if r.Form != "" {
			kw := map[string]string{"in_person": "trực tiếp", "online": "trực tuyến", "hybrid": "kết hợp"}[r.Form]
			need("form", kw)
		}
		person("chair", r.Chair)
		for i := range r.Reporters {
			person("reporters", &r.Reporters[i])
		}
		person("signer", r.Signer)
		if a := r.Attendance; a != nil {
			num("members_present", a.MembersPresent)
			num("members_total", a.MembersTotal)
			num("others", a.Others)
			if a.Rate != nil && (a.MembersPresent == nil || a.MembersTotal == nil) {
				s := strings.Replace(strconv.FormatFloat(math.Round(*a.Rate*10000)/100, 'f', -1, 64), ".", ",", 1)
				need("rate", s)
			}
			if a.MembersPresent != nil && a.MembersTotal != nil && a.Rate == nil {
				bad = append(bad, o.File+": rate missing")
			}
		}
		for _, p := range r.Program {
			need("program.topic", p.Topic)
			need("program.presenter", p.Presenter)
			if p.Minutes > 0 && !hasNum(txt, p.Minutes) && !strings.Contains(txt, hours(p.Minutes)) {
				bad = append(bad, fmt.Sprintf("%s: minutes %d not in text", o.File, p.Minutes))
			}
		}
		if a := r.ActionProgram; a != nil {
			need("action.number", a.Number)
			date("action.date", a.Date)
		}
		vals := []string{r.Unit, r.ParentUnit, r.Location, r.DocNumber}
		for _, p := range r.Program {
			vals = append(vals, p.Topic, p.Presenter)
		}
		for _, p := range append(append([]Person{}, r.Reporters...), deref(r.Chair), deref(r.Signer)) {
			vals = append(vals, p.Name, p.Title)
		}
		for _, s := range vals {
			if s != "" && strings.ContainsAny(s[len(s)-1:], ".,;:)(-") {
				bad = append(bad, o.File+": trailing punctuation in "+s)
			}
			if s != strings.TrimSpace(s) || s != nfc(s) || strings.Contains(s, "  ") {
				bad = append(bad, o.File+": untidy value "+s)
			}
		}
	}
	return bad
}

func deref(p *Person) Person {
	if p == nil {
		return Person{}
	}
	return *p
}
