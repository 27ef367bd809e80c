package main

import (
	"fmt"
	"os"
	"path/filepath"

	"baocao"
)

// makeDocx saves narrative reports as Word documents, as most offices type
// them: the same HTML the office PDFs come from, saved by LibreOffice as
// .docx. Every variation of the narrative specs appears once.
func makeDocx(out string) ([]sample, error) {
	dir := filepath.Join(out, "docx")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "baocao-docx-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	var samples []sample
	var htmlFiles []string
	for i, s := range buildNarrativeSpecs() {
		if i%2 == 1 {
			continue // half of them: the variations cycle with a period that covers all
		}
		name := fmt.Sprintf("word-%02d-%s", i+1, s.Slug)
		h := filepath.Join(tmp, name+".html")
		if err := os.WriteFile(h, []byte(renderHTML(s.document(), 13)), 0o644); err != nil {
			return nil, err
		}
		htmlFiles = append(htmlFiles, h)
		samples = append(samples, sample{
			Path: "docx/" + name + ".docx", Producer: "LibreOffice from HTML, saved as Word 2007 .docx",
			Variation: s.variation(),
			Want:      expected{Format: "docx", Pages: 1, Records: []baocao.Record{s.Rec}},
		})
	}
	if err := sofficeConvertTo(htmlFiles, dir, "docx:MS Word 2007 XML", ".docx"); err != nil {
		return nil, err
	}
	return samples, nil
}
