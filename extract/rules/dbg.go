package rules

import (
	"fmt"

	"baocao/extract/doc"
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
