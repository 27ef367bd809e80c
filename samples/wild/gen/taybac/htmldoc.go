package main

import (
	"fmt"
	"html"
	"strings"
)

func esc(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

// renderHTML writes a narrative document as HTML for LibreOffice.
func renderHTML(d *Doc, landscape bool) string {
	size := d.FontSize
	if size == 0 {
		size = 13
	}
	font := "Liberation Serif"
	if d.Font == "dejavu" {
		font = "DejaVu Serif"
	}
	var b strings.Builder
	page := "A4"
	if landscape {
		page = "A4 landscape"
	}
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title><style>
@page { size: %s; margin: 2cm 1.5cm 2cm 3cm; }
body { font-family: '%s'; font-size: %.1fpt; }
p { margin: 0 0 3pt 0; text-align: justify; text-indent: 1cm; line-height: 120%%; }
p.np { text-indent: 0; }
p.c { text-align: center; text-indent: 0; }
td, th { font-family: '%s'; vertical-align: top; }
</style></head><body>
`, esc(strings.Join(d.Title, " ")), page, font, size, font)
	h := d.Header
	b.WriteString(`<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="44%" align="center" valign="top">`)
	for i, l := range h.Left {
		if i >= h.BoldFrom {
			fmt.Fprintf(&b, `<b>%s</b><br>`, esc(l))
		} else {
			fmt.Fprintf(&b, `%s<br>`, esc(l))
		}
	}
	if h.State {
		b.WriteString(`<font size="1">________</font><br>`)
	} else if !h.NoStar {
		b.WriteString(`*<br>`)
	}
	fmt.Fprintf(&b, `%s</td><td width="56%%" align="center" valign="top">`, esc(h.Number))
	if h.State {
		b.WriteString(`<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b><br><br>`)
	} else {
		b.WriteString(`<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br><br>`)
	}
	fmt.Fprintf(&b, `<i>%s</i></td></tr></table>
<p class="c">&nbsp;</p>
`, strings.Join(mapS(h.PlaceDate, esc), "<br>"))
	for i, t := range d.Title {
		if i == 0 {
			fmt.Fprintf(&b, `<p class="c"><b><font size="4">%s</font></b></p>`+"\n", esc(t))
		} else {
			fmt.Fprintf(&b, `<p class="c"><b>%s</b></p>`+"\n", esc(t))
		}
	}
	b.WriteString(`<p class="c">-----</p>` + "\n")
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case KPara:
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(bl.Text))
		case KPlain:
			fmt.Fprintf(&b, "<p class=\"np\">%s</p>\n", esc(bl.Text))
		case KItalic:
			fmt.Fprintf(&b, "<p><i>%s</i></p>\n", esc(bl.Text))
		case KHeading:
			fmt.Fprintf(&b, "<p><b>%s</b></p>\n", esc(bl.Text))
		case KCenter:
			fmt.Fprintf(&b, "<p class=\"c\"><b>%s</b></p>\n", esc(bl.Text))
		case KLead:
			fmt.Fprintf(&b, "<p><b>%s</b>%s</p>\n", esc(bl.Lead), esc(bl.Text))
		case KTable:
			b.WriteString(tableHTML(bl.Table, size))
		case KPageBreak:
			b.WriteString(`<p class="np" style="page-break-before: always"></p>` + "\n")
		}
	}
	b.WriteString(`<p class="np">&nbsp;</p><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="48%" valign="top">`)
	if len(d.Recipients) > 0 {
		b.WriteString(`<b><i>Nơi nhận:</i></b><br><font size="2">`)
		b.WriteString(strings.Join(mapS(d.Recipients, esc), "<br>"))
		b.WriteString(`</font>`)
	}
	b.WriteString(`</td><td width="52%" align="center" valign="top"><b>`)
	b.WriteString(strings.Join(mapS(d.Sign.Lines, esc), "<br>"))
	b.WriteString(`</b><br><br>`)
	if d.Sign.Seal != "" {
		fmt.Fprintf(&b, `<i>%s</i><br>`, esc(d.Sign.Seal))
	}
	fmt.Fprintf(&b, `<br><br><br><b>%s</b></td></tr></table>
</body></html>
`, esc(d.Sign.Name))
	return b.String()
}

func mapS(ss []string, fn func(string) string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fn(s)
	}
	return out
}

// tableHTML writes a bordered table.
func tableHTML(t *Table, body float64) string {
	var b strings.Builder
	size := t.Font
	if size == 0 {
		size = body - 1
	}
	total := 0.0
	for _, w := range t.Widths {
		total += w
	}
	b.WriteString(`<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse">`)
	for _, w := range t.Widths {
		fmt.Fprintf(&b, `<col width="%d%%">`, int(w/total*100+0.5))
	}
	row := func(r []Cell) {
		b.WriteString("<tr>")
		for _, c := range r {
			attr := ""
			if c.ColSpan > 1 {
				attr += fmt.Sprintf(` colspan="%d"`, c.ColSpan)
			}
			if c.RowSpan > 1 {
				attr += fmt.Sprintf(` rowspan="%d"`, c.RowSpan)
			}
			switch c.Align {
			case "C":
				attr += ` align="center"`
			case "R":
				attr += ` align="right"`
			}
			txt := esc(c.Text)
			if c.Bold {
				txt = "<b>" + txt + "</b>"
			}
			if c.Italic {
				txt = "<i>" + txt + "</i>"
			}
			fmt.Fprintf(&b, `<td%s valign="middle"><font style="font-size: %.1fpt">%s</font></td>`, attr, size, txt)
		}
		b.WriteString("</tr>\n")
	}
	for _, r := range t.Head {
		row(r)
	}
	for _, r := range t.Rows {
		row(r)
	}
	b.WriteString("</table>\n")
	return b.String()
}
