package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"

	"baocao"
)

// makePDFs writes the narrative reports into out/pdf: half with fpdf, half
// with LibreOffice from HTML, and one with an owner password only.
func makePDFs(out string) ([]sample, error) {
	dir := filepath.Join(out, "pdf")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "baocao-html-")
	if err != nil {
		return nil, err
	}
	if keep := os.Getenv("GEN_KEEP_HTML"); keep != "" {
		tmp = keep
	} else {
		defer os.RemoveAll(tmp)
	}

	var samples []sample
	var office []int
	specs := buildNarrativeSpecs()
	for i, s := range specs {
		d := s.document()
		name := fmt.Sprintf("%s-%02d-%s", s.Producer, i+1, s.Slug)
		smp := sample{Path: "pdf/" + name + ".pdf", Variation: s.variation(),
			Want: expected{Format: "pdf", Records: []baocao.Record{s.Rec}}}
		switch s.Producer {
		case "fpdf":
			fonts := fpdfFonts[i%len(fpdfFonts)]
			size := 12.0
			if fonts.Name == "LiberationSerif" {
				size = 13
			}
			// Shrink the type until the report fills the pages it should, as
			// a clerk would.
			var pages int
			for ; size >= 9; size -= 0.5 {
				pages, err = renderFpdf(d, fonts, size, filepath.Join(out, smp.Path))
				if err != nil {
					return nil, err
				}
				if (pages == 2) == s.TwoPages {
					break
				}
			}
			smp.Want.Pages = pages
			smp.Producer = fmt.Sprintf("fpdf, %s %gpt", fonts.Name, size)
		case "soffice":
			office = append(office, len(samples))
		}
		samples = append(samples, smp)
	}
	if err := officePDFs(specs, samples, office, dir, tmp, out); err != nil {
		return nil, err
	}
	for k, s := range specs {
		if (s.TwoPages && samples[k].Want.Pages != 2) || samples[k].Want.Pages > 2 {
			return nil, fmt.Errorf("%s has %d pages, want 2", samples[k].Path, samples[k].Want.Pages)
		}
		samples[k].Variation += fmt.Sprintf("; %d page(s)", samples[k].Want.Pages)
	}

	// An owner password only (empty user password): it opens without asking,
	// so it must read like any other report.
	src := samples[1]
	owner := sample{Path: "pdf/qpdf-owner-password-only-" + specs[1].Slug + ".pdf",
		Producer:  "qpdf AES-128, owner password only, from " + filepath.Base(src.Path),
		Variation: "restrictions (owner password) but no password to open; same content as " + filepath.Base(src.Path),
		Want:      src.Want}
	if err := qpdfEncrypt(filepath.Join(out, src.Path), filepath.Join(out, owner.Path), "", "chủ-sở-hữu", "128", "--use-aes=y"); err != nil {
		return nil, err
	}
	samples = append(samples, owner)

	// Set larger, a numbered program item wraps just before "- đồng chí …
	// trình bày": the dash then starts a line, as a list item's would.
	const wrapped = 2
	ws := specs[wrapped]
	wrap := sample{Path: fmt.Sprintf("pdf/fpdf-wrap-%02d-%s.pdf", wrapped+1, ws.Slug),
		Producer:  "fpdf, DejaVuSerif 12.5pt",
		Variation: ws.variation() + "; a program item's presenter dash starts a line",
		Want:      expected{Format: "pdf", Records: []baocao.Record{ws.Rec}}}
	n, err := renderFpdf(ws.document(), fpdfFonts[0], 12.5, filepath.Join(out, wrap.Path))
	if err != nil {
		return nil, err
	}
	wrap.Want.Pages = n
	samples = append(samples, wrap)
	return samples, nil
}

// qpdfEncrypt encrypts in into out with qpdf, with fixed IDs so that runs agree.
func qpdfEncrypt(in, out, user, owner, bits string, extra ...string) error {
	args := []string{"--static-id", "--static-aes-iv"}
	if slices.Contains(extra, "--use-aes=n") {
		args = append(args, "--allow-weak-crypto") // RC4, as old Acrobat versions wrote
	}
	args = append(args, "--encrypt", user, owner, bits)
	args = append(args, extra...)
	args = append(args, "--", in, out)
	if b, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("qpdf %v: %w\n%s", args, err, b)
	}
	return nil
}

// officePDFs converts the LibreOffice samples, trying smaller type for those
// that run onto more pages than they should, as a clerk would.
func officePDFs(specs []narrativeSpec, samples []sample, office []int, dir, tmp, out string) error {
	todo := office
	// Reports that still run over at 12pt keep their second page, as many do.
	for _, size := range []float64{13.5, 13, 12} {
		if len(todo) == 0 {
			return nil
		}
		var htmlFiles []string
		for _, k := range todo {
			sz := size
			if k%2 == 0 && size == 13.5 {
				sz = 14
			}
			name := filepath.Base(samples[k].Path)
			h := filepath.Join(tmp, name[:len(name)-len(".pdf")]+".html")
			if err := os.WriteFile(h, []byte(renderHTML(specs[k].document(), sz)), 0o644); err != nil {
				return err
			}
			htmlFiles = append(htmlFiles, h)
			samples[k].Producer = fmt.Sprintf("LibreOffice from HTML, Times New Roman %gpt", sz)
		}
		if err := sofficeConvert(htmlFiles, dir); err != nil {
			return err
		}
		var again []int
		for _, k := range todo {
			n, err := pdfPages(filepath.Join(out, samples[k].Path))
			if err != nil {
				return err
			}
			samples[k].Want.Pages = n
			if (n == 2) != specs[k].TwoPages {
				again = append(again, k)
			}
		}
		todo = again
	}
	return nil
}
