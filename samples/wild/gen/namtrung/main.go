// Command namtrung writes the "namtrung" family of wild samples: reports (and a
// few documents that are not reports) from party units of the south-central
// coast and the Central Highlands, each beside the record it should give.
//
//	cd /work/main && go run ./samples/wild/gen/namtrung
//
// The output is deterministic (fixed seeds, fixed document dates). It needs
// LibreOffice (soffice) for the .docx→.pdf and .xlsx→.xls conversions, poppler
// (pdftoppm) to render the scans and qpdf to count pages.
package main

import (
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

	"baocao"
)

const outDir = "samples/wild/namtrung"

// entry is one sample file and its truth.
type entry struct {
	name string // file name in outDir
	kind string // narrative, form, roll-up, scan, not a report
	desc string // the variety it shows, for the README
	ocr  bool
	recs []baocao.Record
}

var entries []*entry

func add(name, kind, desc string, recs ...baocao.Record) *entry {
	e := &entry{name: name, kind: kind, desc: desc, recs: recs}
	if recs == nil {
		e.recs = []baocao.Record{}
	}
	entries = append(entries, e)
	return e
}

var tmpDir string

// pending conversions, run in one LibreOffice call each
var toPDF, toXLS []string

func main() {
	if _, err := os.Stat("go.mod"); err != nil {
		fail(fmt.Errorf("run from the module root (cd /work/main): %w", err))
	}
	var err error
	tmpDir, err = os.MkdirTemp("", "namtrung-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmpDir)
	if err := os.RemoveAll(outDir); err != nil {
		fail(err)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		fail(err)
	}

	narratives()
	forms()
	rollups()
	scans()
	nonReports()

	if len(toPDF) > 0 {
		soffice("pdf", toPDF)
		for _, f := range toPDF {
			steadyPDF(filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), ".docx")+".pdf"))
		}
	}
	if len(toXLS) > 0 {
		soffice("xls", toXLS)
	}
	for _, e := range entries {
		if err := writeTruth(e); err != nil {
			fail(err)
		}
	}
	if err := writeReadme(); err != nil {
		fail(err)
	}
	n := 0
	for _, e := range entries {
		n += len(e.recs)
	}
	fmt.Printf("namtrung: %d files, %d records in %s\n", len(entries), n, outDir)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "namtrung:", err)
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	os.Exit(1)
}

func must(err error) {
	if err != nil {
		fail(err)
	}
}

func soffice(to string, files []string) {
	prof := "file://" + filepath.Join(tmpDir, "lo-profile")
	abs, _ := filepath.Abs(outDir)
	args := []string{"-env:UserInstallation=" + prof, "--headless", "--norestore", "--convert-to", to, "--outdir", abs}
	args = append(args, files...)
	cmd := exec.Command("soffice", args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		fail(fmt.Errorf("soffice --convert-to %s: %v\n%s", to, err, out))
	}
	for _, f := range files {
		want := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+"."+to)
		if _, err := os.Stat(want); err != nil {
			fail(fmt.Errorf("soffice did not write %s:\n%s", want, out))
		}
	}
}

var pdfSum = regexp.MustCompile(`(/DocChecksum /)[0-9A-F]{32}`)

var pdfID = regexp.MustCompile(`(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}`)

var pdfDate = regexp.MustCompile(`(/(?:CreationDate|ModDate)\(D:)[0-9]{14}`)

// steadyPDF makes a LibreOffice PDF the same on every run: the creation date
// is set to a fixed day, LibreOffice's per-run checksum and ID are blanked, and qpdf
// derives the file ID from the content.
func steadyPDF(path string) {
	b, err := os.ReadFile(path)
	must(err)
	b = pdfDate.ReplaceAll(b, []byte("${1}20210420100000")) // same length: the offsets stay right
	b = pdfSum.ReplaceAll(b, []byte("${1}00000000000000000000000000000000"))
	b = pdfID.ReplaceAll(b, []byte("${1}00000000000000000000000000000000${2}00000000000000000000000000000000"))
	tmp := filepath.Join(tmpDir, "steady.pdf")
	must(os.WriteFile(tmp, b, 0o644))
	if out, err := exec.Command("qpdf", "--deterministic-id", tmp, path).CombinedOutput(); err != nil {
		fail(fmt.Errorf("qpdf --deterministic-id %s: %v\n%s", path, err, out))
	}
}

func pdfPages(path string) int {
	out, err := exec.Command("qpdf", "--show-npages", path).Output()
	if err != nil {
		fail(fmt.Errorf("qpdf --show-npages %s: %v", path, err))
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		fail(err)
	}
	return n
}

type truth struct {
	Format  string          `json:"format"`
	Pages   int             `json:"pages,omitempty"`
	OCR     bool            `json:"ocr"`
	Records []baocao.Record `json:"records"`
	Error   string          `json:"error"`
}

func writeTruth(e *entry) error {
	path := filepath.Join(outDir, e.name)
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("sample not written: %w", err)
	}
	ext := strings.TrimPrefix(filepath.Ext(e.name), ".")
	t := truth{Format: ext, OCR: e.ocr, Records: e.recs}
	if ext == "pdf" {
		t.Pages = pdfPages(path)
	}
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(strings.TrimSuffix(path, filepath.Ext(path))+".json", append(b, '\n'), 0o644)
}

// ---------------------------------------------------------------- helpers

func dt(y, m, d int) baocao.Date {
	v, ok := baocao.NewDate(y, m, d)
	if !ok {
		panic(fmt.Sprintf("bad date %d-%d-%d", y, m, d))
	}
	return v
}

func per(name, title string) *baocao.Person { return &baocao.Person{Name: name, Title: title} }

func pp(name, title string) baocao.Person { return baocao.Person{Name: name, Title: title} }

func rate(present, total int) float64 {
	return math.Round(float64(present)/float64(total)*10000) / 10000
}

func att(present, total, others int) *baocao.Attendance {
	return &baocao.Attendance{MembersPresent: present, MembersTotal: total, Rate: rate(present, total), Others: others}
}

func issued(number string, d baocao.Date) *baocao.ActionProgram {
	return &baocao.ActionProgram{Issued: true, Number: number, Date: d}
}

func notIssued() *baocao.ActionProgram { return &baocao.ActionProgram{Issued: false} }

func item(topic, presenter string, minutes int) baocao.ProgramItem {
	return baocao.ProgramItem{Topic: topic, Presenter: presenter, Minutes: minutes}
}

// pct is present/total as a Vietnamese percentage with dec decimals ("93,75"),
// without decimals when it is whole ("92", "100").
func pct(present, total, dec int) string {
	v := float64(present) / float64(total) * 100
	if v == math.Trunc(v) {
		return strconv.Itoa(int(v))
	}
	return strings.ReplaceAll(strconv.FormatFloat(v, 'f', dec, 64), ".", ",")
}

// pctFixed keeps the decimals even when they are zeros: "92,00".
func pctFixed(present, total, dec int) string {
	return strings.ReplaceAll(strconv.FormatFloat(float64(present)/float64(total)*100, 'f', dec, 64), ".", ",")
}

// date shapes
func dLong(d baocao.Date) string { // 12 tháng 4 năm 2021
	return fmt.Sprintf("%d tháng %d năm %d", d.Day, int(d.Month), d.Year)
}
func dLong0(d baocao.Date) string { // 05 tháng 4 năm 2021
	return fmt.Sprintf("%02d tháng %d năm %d", d.Day, int(d.Month), d.Year)
}
func dSl(d baocao.Date) string  { return fmt.Sprintf("%d/%d/%d", d.Day, int(d.Month), d.Year) }
func dSl0(d baocao.Date) string { return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year) }
func dSlD(d baocao.Date) string { return fmt.Sprintf("%02d/%d/%d", d.Day, int(d.Month), d.Year) }
func dHy(d baocao.Date) string  { return fmt.Sprintf("%d-%d-%d", d.Day, int(d.Month), d.Year) }
func dHy0(d baocao.Date) string { return fmt.Sprintf("%02d-%02d-%d", d.Day, int(d.Month), d.Year) }
func dDot(d baocao.Date) string { return fmt.Sprintf("%02d.%02d.%d", d.Day, int(d.Month), d.Year) }

func up(s string) string { return strings.ToUpper(s) }

// ---------------------------------------------------------------- README

func writeReadme() error {
	var b strings.Builder
	total, nonrep, scansN := 0, 0, 0
	kinds := map[string]int{}
	for _, e := range entries {
		total += len(e.recs)
		kinds[e.kind]++
		if len(e.recs) == 0 {
			nonrep++
		}
		if e.ocr {
			scansN++
		}
	}
	fmt.Fprintf(&b, "# namtrung: the south-central coast and the Central Highlands\n\n")
	fmt.Fprintf(&b, "A blind family of wild samples, written without reading the project's field rules or\n")
	fmt.Fprintf(&b, "the other families. Offices of Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận,\n")
	fmt.Fprintf(&b, "Gia Lai, Kon Tum, Đắk Lắk and Lâm Đồng: communes and wards, thôn, buôn, plei and làng,\n")
	fmt.Fprintf(&b, "khu phố and khu vực, schools, clinics, a port, a rubber and a coffee company, a\n")
	fmt.Fprintf(&b, "fisheries cooperative, border posts, a district agency bloc.\n\n")
	fmt.Fprintf(&b, "**%d files, %d records**; %d files are not reports (truth: no record); %d are scans\n", len(entries), total, nonrep, scansN)
	fmt.Fprintf(&b, "(image-only PDFs, `ocr: true`). Regenerate with `go run ./samples/wild/gen/namtrung` from\n")
	fmt.Fprintf(&b, "the module root (needs LibreOffice, poppler's pdftoppm and qpdf; fonts: DejaVu).\n\n")
	fmt.Fprintf(&b, "Every truth value is written in its file. Derived values are only: the attendance\n")
	fmt.Fprintf(&b, "`rate` (present/total, 4 decimals), and `members_present` where a report gives only\n")
	fmt.Fprintf(&b, "the total and the absentees (said in the list below). Roll-up rows carry\n")
	fmt.Fprintf(&b, "`parent_unit` (the reporting committee), `doc_number` and `report_date` of the roll-up,\n")
	fmt.Fprintf(&b, "and no signer. `action_program` is `{\"issued\": false}` where a file says it is not yet\n")
	fmt.Fprintf(&b, "issued, and absent where the file says nothing. A program item has a presenter only\n")
	fmt.Fprintf(&b, "where the file names one for it.\n\n")
	fmt.Fprintf(&b, "Made with fpdf (typed PDFs, and the wrappers of the scans), excelize (.xlsx), hand-written\n")
	fmt.Fprintf(&b, "WordprocessingML (.docx), LibreOffice (`soffice --convert-to pdf` for the Word-typed PDFs,\n")
	fmt.Fprintf(&b, "`--convert-to xls` for the legacy workbooks), poppler's pdftoppm (scans rendered at 300 dpi,\n")
	fmt.Fprintf(&b, "then turned, toned and specked in Go) and qpdf (page counts; stable IDs for LibreOffice's\n")
	fmt.Fprintf(&b, "PDFs, whose dates and checksums are fixed). Two runs give byte-identical files.\n\n")
	kk := make([]string, 0, len(kinds))
	for k := range kinds {
		kk = append(kk, k)
	}
	sort.Strings(kk)
	fmt.Fprintf(&b, "Kinds:")
	for i, k := range kk {
		sep := ","
		if i == len(kk)-1 {
			sep = "."
		}
		fmt.Fprintf(&b, " %s %d%s", k, kinds[k], sep)
	}
	fmt.Fprintf(&b, "\n\n| file | kind | records | variety |\n|---|---|---|---|\n")
	for _, e := range entries {
		fmt.Fprintf(&b, "| `%s` | %s | %d | %s |\n", e.name, e.kind, len(e.recs), e.desc)
	}
	return os.WriteFile(filepath.Join(outDir, "README.md"), []byte(b.String()), 0o644)
}
