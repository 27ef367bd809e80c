package rules

import (
	"fmt"
	"strings"

	"baocao/extract/doc"
	"baocao/vntext"
)

// Debug is a temporary aid.
func Debug(s *doc.Sheet) {
	h, ok := findHeader(s)
	fmt.Println("HEADER", h, ok)
}

// DebugLines is a temporary aid.
func DebugLines(d *doc.Document) {
	a := rowAnchors(d.Lines)
	fmt.Println("ANCHORS", a)
	if len(a) < 2 {
		return
	}
	g := buildGrid(d.Lines, a)
	if g == nil {
		fmt.Println("no grid")
		return
	}
	for r, row := range g.sheet.Rows {
		fmt.Printf("G%3d:", r)
		for _, c := range row {
			fmt.Printf(" [%s]", c.Text)
		}
		fmt.Println()
	}
	Debug(&g.sheet)
}

// DebugProgram is a temporary aid.
func DebugProgram(d *doc.Document) {
	lines := d.Lines
	for h, l := range lines {
		f := vntext.Fold(l.Text())
		if len(l.Spans) < 2 || !reColTopic.MatchString(f) {
			continue
		}
		tl, th := lines, h
		if !(reColWho.MatchString(f) || reColTime.MatchString(f)) {
			var ok bool
			if tl, th, ok = headerBand(lines, h); !ok {
				continue
			}
		}
		t := readLineTable(tl, th, true)
		for _, c := range t.cols {
			fmt.Printf("COL %.0f-%.0f %q\n", c.x0, c.x1, c.name)
		}
		for _, r := range t.rows {
			fmt.Printf("ROW %q\n", r)
		}
	}
}

// DebugDates is a temporary aid.
func DebugDates(d *doc.Document) {
	body := paragraphs(d.Lines)
	var all []string
	for _, p := range body {
		all = append(all, p.Text)
	}
	text := newFolded(strings.Join(all, "\n"))
	b := bodyFields{text: text, paras: body}
	for _, dm := range findDates(text) {
		before := text.fold[max(0, dm.Start-90):dm.Start]
		fmt.Printf("DATE %s cited=%v sym=%v act=%v lab=%v sent=%q\n", dm.Date, citedDate(text.fold, dm), reAfterSymbol.MatchString(before), reActionCtx.MatchString(before), reDateLabel.MatchString(before), b.sentenceAround(dm.Start))
	}
}
