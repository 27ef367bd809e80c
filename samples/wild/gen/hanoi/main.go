// Command hanoi writes realistic conference reports of offices around Hà Nội
// and in the Red River delta, with the truth beside each file.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const (
	outDir  = "samples/wild/hanoi"
	workDir = "/tmp/hanoi-wild-work"
)

// NDoc is a narrative document and its truth.
type NDoc struct {
	Name   string // base name, no extension
	Via    string // fpdf, lo-pdf, lo-docx, scan200, scan300
	Doc    *Doc
	Recs   []Record
	Ev     []Evidence
	Readme string
}

func main() {
	must(os.RemoveAll(outDir))
	must(os.MkdirAll(outDir, 0o755))
	must(os.RemoveAll(workDir))
	must(os.MkdirAll(workDir, 0o755))

	var outs []*Out
	var docs []NDoc
	docs = append(docs, reportsA()...)
	docs = append(docs, reportsB()...)
	docs = append(docs, reportsC()...)
	docs = append(docs, nonReports()...)

	var loPDF, loDOCX []string
	for _, nd := range docs {
		o := &Out{Records: nd.Recs, Ev: nd.Ev, Text: nd.Doc.Text(), Readme: nd.Readme}
		switch nd.Via {
		case "fpdf":
			o.Name, o.Format = nd.Name+".pdf", "pdf"
			renderPDF(nd.Doc, filepath.Join(outDir, o.Name))
		case "lo-pdf":
			o.Name, o.Format = nd.Name+".pdf", "pdf"
			f := filepath.Join(workDir, "pdf", nd.Name+".html")
			must(os.MkdirAll(filepath.Dir(f), 0o755))
			must(os.WriteFile(f, []byte(renderHTML(nd.Doc)), 0o644))
			loPDF = append(loPDF, f)
		case "lo-docx":
			o.Name, o.Format = nd.Name+".docx", "docx"
			f := filepath.Join(workDir, "docx", nd.Name+".html")
			must(os.MkdirAll(filepath.Dir(f), 0o755))
			must(os.WriteFile(f, []byte(renderHTML(nd.Doc)), 0o644))
			loDOCX = append(loDOCX, f)
		case "scan200", "scan300":
			o.Name, o.Format, o.OCR = nd.Name+".pdf", "pdf", true
			typed := filepath.Join(workDir, nd.Name+"-typed.pdf")
			renderPDF(nd.Doc, typed)
			dpi := 200
			if nd.Via == "scan300" {
				dpi = 300
			}
			scanPDF(typed, filepath.Join(outDir, o.Name), dpi, int64(len(nd.Name)))
		default:
			panic("unknown via " + nd.Via)
		}
		outs = append(outs, o)
	}
	absOut, err := filepath.Abs(outDir)
	must(err)
	soffice("pdf:writer_pdf_Export", absOut, "HTML (StarWriter)", loPDF...)
	soffice("docx:MS Word 2007 XML", absOut, "HTML (StarWriter)", loDOCX...)

	outs = append(outs, forms()...)
	outs = append(outs, rollups()...)

	sort.Slice(outs, func(i, j int) bool { return outs[i].Name < outs[j].Name })
	var readme strings.Builder
	readme.WriteString("# Wild samples: suburban Hà Nội and the Red River delta\n\n")
	readme.WriteString("Made by `go run ./samples/wild/gen/hanoi` (deterministic). Each file has its truth in `NAME.json`.\n\n")
	counts := map[string]int{}
	for _, o := range outs {
		writeTruth(outDir, o)
		fmt.Fprintf(&readme, "- `%s` — %s\n", o.Name, o.Readme)
		counts[o.Format]++
	}
	must(os.WriteFile(filepath.Join(outDir, "README.md"), []byte(readme.String()), 0o644))
	fmt.Printf("%d files: %v\n", len(outs), counts)
	if len(allErrs) > 0 {
		for _, e := range allErrs {
			fmt.Fprintln(os.Stderr, "CHECK:", e)
		}
		os.Exit(1)
	}
}
