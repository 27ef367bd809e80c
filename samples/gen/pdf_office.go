package main

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// renderHTML writes the report as the HTML a Word-like editor would print:
// a borderless two-column table for the letterhead, Times New Roman 13–14pt.
func renderHTML(d narrDoc, size float64) string {
	var b strings.Builder
	esc := html.EscapeString
	ln := func(l line) string {
		t := esc(l.Text)
		if l.Underline {
			t = "<u>" + t + "</u>"
		}
		if l.Italic {
			t = "<i>" + t + "</i>"
		}
		if l.Bold {
			t = "<b>" + t + "</b>"
		}
		return t
	}
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title>
<style>
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: %gpt; }
p { margin: 0 0 4pt 0; text-align: justify; text-indent: 1cm; }
p.h { text-indent: 0; font-weight: bold; }
td { font-family: "Times New Roman", "Liberation Serif", serif; font-size: %gpt; vertical-align: top; }
table.grid td { border: 1px solid black; padding: 2pt; }
</style></head><body>
`, size, size-1)
	b.WriteString(`<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="42%" align="center" valign="top">`)
	var ls []string
	for _, l := range d.LeftHead {
		ls = append(ls, ln(l))
	}
	b.WriteString(strings.Join(ls, "<br>"))
	b.WriteString(`</td><td width="58%" align="center" valign="top">`)
	ls = nil
	for _, l := range d.RightHead {
		ls = append(ls, ln(l))
	}
	b.WriteString(strings.Join(ls, "<br><br>"))
	b.WriteString("</td></tr></table>\n<p>&nbsp;</p>\n")
	for _, l := range d.Title {
		fmt.Fprintf(&b, "<p align=\"center\" style=\"text-align:center;text-indent:0\">%s</p>\n", ln(l))
	}
	b.WriteString("<p>&nbsp;</p>\n")
	for _, blk := range d.Body {
		switch blk.Kind {
		case bPara:
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(blk.Text))
		case bHeading:
			fmt.Fprintf(&b, "<p class=\"h\"><b>%s</b></p>\n", esc(blk.Text))
		case bBreak:
			b.WriteString("<p style=\"page-break-before: always; margin:0\"></p>\n")
		case bTable:
			var total float64
			for _, w := range blk.Widths {
				total += w
			}
			b.WriteString(`<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">` + "\n")
			for ri, row := range blk.Rows {
				b.WriteString("<tr>")
				for ci, c := range row {
					t := esc(c)
					if ri == 0 {
						t = "<b>" + t + "</b>"
					}
					fmt.Fprintf(&b, `<td width="%d%%" align="center">%s</td>`, int(100*blk.Widths[ci]/total), t)
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n<p>&nbsp;</p>\n")
		}
	}
	b.WriteString(`<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="50%" valign="top">`)
	for i, s := range d.Recipients {
		if i == 0 {
			fmt.Fprintf(&b, "<b><i>%s</i></b><br>", esc(s))
		} else {
			fmt.Fprintf(&b, "<span style=\"font-size:%gpt\">%s</span><br>", size-2, esc(s))
		}
	}
	b.WriteString(`</td><td width="50%" align="center" valign="top">`)
	for i, l := range d.Sign {
		if i == len(d.Sign)-1 {
			b.WriteString("<br><br><br><br>")
		}
		b.WriteString(ln(l) + "<br>")
	}
	b.WriteString("</td></tr></table>\n</body></html>\n")
	return b.String()
}

// sofficeConvert converts the HTML files to PDF with LibreOffice in one run,
// using a private profile so that it does not collide with other soffice
// processes, and writes the PDFs into outDir.
func sofficeConvert(htmlFiles []string, outDir string) error {
	return sofficeConvertTo(htmlFiles, outDir, "pdf:writer_pdf_Export", ".pdf")
}

// sofficeConvertTo converts the HTML files with LibreOffice's filter, in one
// run, into outDir, where each gets the extension ext.
func sofficeConvertTo(htmlFiles []string, outDir, filter, ext string) error {
	bin, err := exec.LookPath("soffice")
	if err != nil {
		return fmt.Errorf("soffice (LibreOffice) is needed to make the office PDFs; install libreoffice-writer: %w", err)
	}
	profile, err := os.MkdirTemp("", "baocao-soffice-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	args := []string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore",
		"--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", outDir}
	args = append(args, htmlFiles...)
	cmd := exec.Command(bin, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %w\n%s", err, out)
	}
	for _, h := range htmlFiles {
		p := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(h), ".html")+ext)
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("soffice did not write %s: %w", p, err)
		}
	}
	return nil
}

// pdfPages counts the pages of a PDF with qpdf.
func pdfPages(path string) (int, error) {
	out, err := exec.Command("qpdf", "--show-npages", path).Output()
	if err != nil {
		return 0, fmt.Errorf("qpdf --show-npages %s: %w", path, err)
	}
	return strconv.Atoi(strings.TrimSpace(string(out)))
}
