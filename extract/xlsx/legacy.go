package xlsx

import (
	"bytes"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/vntext"
)

// Old templates hold TCVN3 or VNI bytes as Latin-1 characters, and only the
// font says so: the cell style's font, or in rich text each run's own (a run
// without one takes the cell's). One cell can mix a .VnTime run with a
// Unicode one. Text whose font says nothing is converted only when its
// patterns leave no doubt (a TCVN3 name pasted into an Arial cell).

// text returns a cell's text in Unicode. Only workbooks that name a legacy
// font somewhere read string cells run by run; each run is read by its own
// font, and one whose font says nothing by its own patterns, so that a
// Unicode run beside a legacy one is never converted with it.
func (w *workbook) text(sheet, axis string, typ excelize.CellType, shown, font string) string {
	if w.legacy && (typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString) {
		if runs, err := w.f.GetCellRichText(sheet, axis); err == nil && hasRunFont(runs) {
			var b strings.Builder
			for _, run := range runs {
				f := font
				if run.Font != nil && run.Font.Family != "" {
					f = run.Font.Family
				}
				b.WriteString(vntext.ReadLegacy(run.Text, f))
			}
			return b.String()
		}
	}
	return vntext.ReadLegacy(shown, font)
}

// hasRunFont reports whether some run of rich text names its own font.
func hasRunFont(runs []excelize.RichTextRun) bool {
	for _, r := range runs {
		if r.Font != nil && r.Font.Family != "" {
			return true
		}
	}
	return false
}

// usesLegacyFont reports whether the workbook names a legacy Vietnamese font
// in its styles, in its shared strings' runs or in a sheet's inline rich text.
// It reads the parts as the library holds them; a part too large to be held
// (kept in a temporary file) has no rich text the library would give back.
func usesLegacyFont(f *excelize.File) bool {
	found := false
	f.Pkg.Range(func(k, v any) bool {
		name, _ := k.(string)
		b, _ := v.([]byte)
		switch {
		case name == "xl/styles.xml":
			found = legacyVal(b)
		case name == "xl/sharedStrings.xml", strings.HasPrefix(name, "xl/worksheets/"):
			found = bytes.Contains(b, []byte("rFont")) && legacyVal(b)
		}
		return !found
	})
	return found
}

// legacyVal reports whether some val="…" attribute in the XML names a legacy
// font: fonts are <name val=".VnTime"/> in styles, <rFont val="VNI-Times"/>
// in runs.
func legacyVal(b []byte) bool {
	for {
		i := bytes.Index(b, []byte("val="))
		if i < 0 || i+5 >= len(b) {
			return false
		}
		q := b[i+4]
		b = b[i+5:]
		if q != '"' && q != '\'' {
			continue
		}
		j := bytes.IndexByte(b, q)
		if j < 0 {
			return false
		}
		if j < 64 {
			if enc, _ := vntext.LegacyFont(string(b[:j])); enc != "" {
				return true
			}
		}
		b = b[j+1:]
	}
}
