package main

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const profile = "file:///tmp/hanoi-wild-soffice-profile"

func esc(s string) string { return html.EscapeString(s) }

func htmlLine(l Line, base float64) string {
	s := esc(l.Text)
	if s == "" {
		s = "&nbsp;"
	}
	if l.U {
		s = "<u>" + s + "</u>"
	}
	if l.I {
		s = "<i>" + s + "</i>"
	}
	if l.B {
		s = "<b>" + s + "</b>"
	}
	if l.Size != 0 {
		s = fmt.Sprintf(`<span style="font-size:%.1fpt">%s</span>`, base+l.Size, s)
	}
	return s
}

// renderHTML writes a Doc as HTML meant for LibreOffice Writer.
func renderHTML(d *Doc) string {
	size := d.Size
	if size == 0 {
		size = 13
	}
	fam := map[string]string{"dejavu": "DejaVu Serif", "condensed": "DejaVu Serif Condensed", "sans": "DejaVu Sans"}[d.Font]
	if fam == "" {
		fam = "DejaVu Serif"
	}
	page := "21cm 29.7cm; margin: 2cm 1.5cm 2cm 3cm"
	if d.Landscape {
		page = "29.7cm 21cm; margin: 1.5cm 1.2cm 1.5cm 1.5cm"
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: %s }
body { font-family: '%s'; font-size: %.1fpt }
p { margin: 0 0 4pt 0 }
td, th { font-size: %.1fpt; vertical-align: top }
</style></head><body>
`, page, fam, size, size-1)
	if len(d.Left)+len(d.Right) > 0 {
		lw := d.LeftW
		if lw == 0 {
			lw = 0.45
		}
		sb.WriteString(`<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>`)
		fmt.Fprintf(&sb, `<td width="%d%%" align="center" style="font-size:%.1fpt">`, int(lw*100), size-0.5)
		for i, l := range d.Left {
			if i > 0 {
				sb.WriteString("<br>")
			}
			sb.WriteString(htmlLine(l, size))
		}
		fmt.Fprintf(&sb, `</td><td align="center" style="font-size:%.1fpt">`, size-0.5)
		for i, l := range d.Right {
			if i > 0 {
				sb.WriteString("<br>")
			}
			sb.WriteString(htmlLine(l, size))
		}
		sb.WriteString("</td></tr></table>\n<p>&nbsp;</p>\n")
	}
	for _, b := range d.Blocks {
		switch x := b.(type) {
		case Para:
			st := "text-align:"
			st += map[string]string{"J": "justify", "C": "center", "L": "left", "R": "right"}[x.Align]
			if x.Indent {
				st += "; text-indent:1cm"
			}
			if x.Size != 0 {
				st += fmt.Sprintf("; font-size:%.1fpt", size+x.Size)
			}
			fmt.Fprintf(&sb, `<p style="%s">%s</p>`+"\n", st, htmlLine(Line{Text: x.Text, B: x.B, I: x.I}, size))
		case Table:
			sb.WriteString(htmlTable(x, size))
		case Sign:
			sb.WriteString(`<p>&nbsp;</p><table width="100%" cellspacing="0" cellpadding="0"><tr><td width="48%">`)
			for i, l := range x.Left {
				if i > 0 {
					sb.WriteString("<br>")
				}
				sb.WriteString(htmlLine(l, size))
			}
			sb.WriteString(`</td><td align="center">`)
			for i, l := range x.Right {
				if i > 0 {
					sb.WriteString("<br>")
				}
				sb.WriteString(htmlLine(l, size))
			}
			sb.WriteString("</td></tr></table>\n")
		case PageBreak:
			sb.WriteString(`<p style="page-break-before: always"></p>` + "\n")
		case Gap:
			sb.WriteString("<p>&nbsp;</p>\n")
		}
	}
	sb.WriteString("</body></html>\n")
	return sb.String()
}

func htmlTable(t Table, size float64) string {
	var sb strings.Builder
	fs := size - 1
	if t.Size != 0 {
		fs = t.Size
	}
	bord := `border="1"`
	if t.NoBorder {
		bord = `border="0"`
	}
	fmt.Fprintf(&sb, `<table %s cellspacing="0" cellpadding="3" width="100%%" style="border-collapse:collapse">`, bord)
	total := 0.0
	for _, w := range t.W {
		total += w
	}
	sb.WriteString("<colgroup>")
	for _, w := range t.W {
		fmt.Fprintf(&sb, `<col width="%d%%">`, int(w/total*100+0.5))
	}
	sb.WriteString("</colgroup>\n")
	for r := 0; r < t.HeadRows; r++ {
		sb.WriteString("<tr>")
		for _, c := range t.Head {
			if c.R != r {
				continue
			}
			fmt.Fprintf(&sb, `<td rowspan="%d" colspan="%d" align="center" style="vertical-align:middle; font-size:%.1fpt"><b>%s</b></td>`,
				max(c.RS, 1), max(c.CS, 1), fs, strings.ReplaceAll(esc(c.Text), "\n", "<br>"))
		}
		sb.WriteString("</tr>\n")
	}
	for ri, row := range t.Rows {
		sb.WriteString("<tr>")
		for ci, c := range row {
			al := "left"
			if ci < len(t.Align) {
				al = map[byte]string{'L': "left", 'C': "center", 'R': "right"}[t.Align[ci]]
			}
			txt := strings.ReplaceAll(esc(c), "\n", "<br>")
			if t.Bold[ri] {
				txt = "<b>" + txt + "</b>"
			}
			if t.Italic[ri] {
				txt = "<i>" + txt + "</i>"
			}
			if t.Span[ri] {
				fmt.Fprintf(&sb, `<td colspan="%d" style="font-size:%.1fpt">%s</td>`, len(t.W), fs, txt)
				break
			}
			fmt.Fprintf(&sb, `<td align="%s" style="font-size:%.1fpt">%s</td>`, al, fs, txt)
		}
		sb.WriteString("</tr>\n")
	}
	sb.WriteString("</table>\n<p>&nbsp;</p>\n")
	return sb.String()
}

// soffice converts files into outDir with the given target.
func soffice(target, outDir string, infilter string, files ...string) {
	if len(files) == 0 {
		return
	}
	args := []string{"--headless", "-env:UserInstallation=" + profile}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	args = append(args, "--convert-to", target, "--outdir", outDir)
	args = append(args, files...)
	cmd := exec.Command("soffice", args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		panic(fmt.Sprintf("soffice: %v\n%s", err, out))
	}
	for _, f := range files {
		ext := strings.SplitN(target, ":", 2)[0]
		want := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+"."+ext)
		if _, err := os.Stat(want); err != nil {
			panic(fmt.Sprintf("soffice did not make %s\n%s", want, out))
		}
		if ext == "pdf" || ext == "docx" {
			fixLO(want)
		}
	}
}
