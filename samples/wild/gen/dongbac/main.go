// Command dongbac writes a family of sample conference reports with their truth.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

const outDir = "samples/wild/dongbac"

var (
	fixedTime = time.Date(2021, 7, 1, 8, 0, 0, 0, time.UTC)
	readme    []string
	tmpDir    string
)

// M is a JSON object.
type M = map[string]any

type truth struct {
	Format  string `json:"format"`
	OCR     bool   `json:"ocr"`
	Records []M    `json:"records"`
}

func main() {
	if err := os.RemoveAll(outDir); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		log.Fatal(err)
	}
	var err error
	tmpDir, err = os.MkdirTemp("", "dongbac-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmpDir)
	r := rand.New(rand.NewSource(20210415))
	makeNarratives(r)
	makeNonReports()
	makeForms(r)
	makeRollups(r)
	sort.Strings(readme)
	head := "# Mẫu báo cáo vùng Đông Bắc, trung du và ngoại thành TP. Hồ Chí Minh\n\nMỗi tệp đi kèm tệp .json cùng tên ghi giá trị đúng.\n\n"
	must(os.WriteFile(filepath.Join(outDir, "README.md"), []byte(head+strings.Join(readme, "\n")+"\n"), 0o644))
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func note(name, what string) { readme = append(readme, "- `"+name+"`: "+what) }

// writeTruth writes NAME.json after checking that every truth string occurs in text.
func writeTruth(name, format string, ocr bool, recs []M, text string) {
	if recs == nil {
		recs = []M{}
	}
	flat := strings.Join(strings.Fields(norm.NFC.String(text)), " ")
	for _, rec := range recs {
		checkStrings(name, rec, flat)
	}
	b, err := json.MarshalIndent(truth{format, ocr, recs}, "", "  ")
	must(err)
	base := strings.TrimSuffix(name, filepath.Ext(name))
	must(os.WriteFile(filepath.Join(outDir, base+".json"), append(b, '\n'), 0o644))
}

var skipKeys = map[string]bool{"report_date": true, "conference_date": true, "date": true, "form": true, "unit": true, "parent_unit": true}

func checkStrings(name string, v any, flat string) {
	switch t := v.(type) {
	case M:
		for k, x := range t {
			if s, ok := x.(string); ok && skipKeys[k] {
				if k == "unit" || k == "parent_unit" {
					if !strings.Contains(strings.ToLower(flat), strings.ToLower(s)) {
						log.Fatalf("%s: %s %q not in text", name, k, s)
					}
				}
				continue
			}
			checkStrings(name, x, flat)
		}
	case []M:
		for _, x := range t {
			checkStrings(name, x, flat)
		}
	case string:
		if !strings.Contains(flat, t) {
			log.Fatalf("%s: truth %q not in text", name, t)
		}
	}
}

// soffice converts files with LibreOffice into dir.
func soffice(filter, dir string, infilter string, files ...string) {
	args := []string{"--headless", "-env:UserInstallation=file:///tmp/dongbac-lo-profile"}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	args = append(args, "--convert-to", filter, "--outdir", dir)
	args = append(args, files...)
	out, err := exec.Command("soffice", args...).CombinedOutput()
	if err != nil {
		log.Fatalf("soffice: %v\n%s", err, out)
	}
}

func iso(d time.Time) string { return d.Format("2006-01-02") }

// Date styles.
func dSlash(d time.Time) string {
	return fmt.Sprintf("%02d/%02d/%d", d.Day(), int(d.Month()), d.Year())
}
func dHyph(d time.Time) string { return fmt.Sprintf("%02d-%02d-%d", d.Day(), int(d.Month()), d.Year()) }
func dLong(d time.Time) string {
	return fmt.Sprintf("ngày %d tháng %d năm %d", d.Day(), int(d.Month()), d.Year())
}
func day(m, d int) time.Time { return time.Date(2021, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func rate(p, t int) float64 {
	x := float64(p) / float64(t)
	return float64(int(x*10000+0.5)) / 10000
}

func pct(p, t int) string {
	return strings.Replace(fmt.Sprintf("%.1f%%", float64(p)*100/float64(t)), ".", ",", 1)
}
