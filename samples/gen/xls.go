package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"baocao/vntext"
)

// xlsSources are the workbooks saved again as Excel 97-2003 .xls: a form with
// serial dates in a custom dd/mm/yyyy format and a percentage, a form whose
// rate is a formula, roll-ups with merged two-row headers, one behind an
// instructions sheet with formulas and custom-format dates, and the
// 2,000-row table.
var xlsSources = []string{
	"form-01-chi-bo-thon-phu-hoa",
	"form-04-dang-bo-xa-son-hai",
	"rollup-02-dang-uy-xa-phong-nien",
	"rollup-03-huyen-uy-dai-tu",
	"rollup-06-dang-uy-cong-an-huyen-bao-thang",
	"rollup-09-ban-tuyen-giao-tinh-uy-2000-dong",
}

// xlsTCVN3Source is the form typed again in the legacy .VnTime fonts before
// it is saved as .xls (as xlsTCVN3Name), as old templates were.
const (
	xlsTCVN3Source = "form-02-chi-bo-truong-thcs-gia-phu"
	xlsTCVN3Name   = "form-02-tcvn3-chi-bo-truong-thcs-gia-phu"
)

// makeXLS saves some of the forms and roll-ups as .xls with LibreOffice
// ("MS Excel 97"), from the same truth records as their .xlsx: the truth is
// the same, only the format differs.
func makeXLS(out string) ([]sample, error) {
	dir := filepath.Join(out, "xls")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "baocao-xls-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	// The source workbooks, made again from their truths.
	forms, err := makeForms(tmp)
	if err != nil {
		return nil, err
	}
	rollups, err := makeRollups(tmp)
	if err != nil {
		return nil, err
	}
	bySlug := map[string]sample{}
	for _, s := range append(forms, rollups...) {
		bySlug[strings.TrimSuffix(filepath.Base(s.Path), ".xlsx")] = s
	}
	var samples []sample
	var inputs []string
	add := func(src sample, name, xlsxPath, variation string) {
		inputs = append(inputs, xlsxPath)
		want := src.Want
		want.Format = "xls"
		samples = append(samples, sample{
			Path: "xls/" + name + ".xls", Producer: src.Producer + ", saved as Excel 97-2003 .xls by LibreOffice",
			Variation: variation, Want: want,
		})
	}
	for _, slug := range xlsSources {
		src, ok := bySlug[slug]
		if !ok {
			return nil, fmt.Errorf("no source workbook %s", slug)
		}
		add(src, slug, filepath.Join(tmp, src.Path), src.Variation)
	}
	src, ok := bySlug[xlsTCVN3Source]
	if !ok {
		return nil, fmt.Errorf("no source workbook %s", xlsTCVN3Source)
	}
	legacy := filepath.Join(tmp, xlsTCVN3Name+".xlsx")
	if err := retypeTCVN3(filepath.Join(tmp, src.Path), legacy); err != nil {
		return nil, fmt.Errorf("%s: %w", xlsTCVN3Name, err)
	}
	add(src, xlsTCVN3Name, legacy, src.Variation+"; text typed in TCVN3 with the .VnTime and .VnTimeH fonts")
	if err := sofficeToXLS(inputs, dir); err != nil {
		return nil, err
	}
	return samples, nil
}

// retypeTCVN3 rewrites every text cell of a workbook the way an old template
// holds it: TCVN3 bytes in a .VnTime cell, capitals in .VnTimeH drawn from the
// lower-case codes. A cell whose text TCVN3 cannot spell stays Unicode.
func retypeTCVN3(src, dst string) error {
	f, err := excelize.OpenFile(src)
	if err != nil {
		return err
	}
	defer f.Close()
	styles := map[string]int{}
	style := func(font string) (int, error) {
		if id, ok := styles[font]; ok {
			return id, nil
		}
		id, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: font, Size: 12}})
		styles[font] = id
		return id, err
	}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		for r, row := range rows {
			for c, text := range row {
				ref := cell(c+1, r+1)
				if typ, _ := f.GetCellType(sh, ref); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					continue
				}
				enc, font, ok := encodeTCVN3(text)
				if !ok {
					continue
				}
				id, err := style(font)
				if err != nil {
					return err
				}
				if err := f.SetCellStr(sh, ref, enc); err != nil {
					return err
				}
				if err := f.SetCellStyle(sh, ref, ref, id); err != nil {
					return err
				}
			}
		}
	}
	return f.SaveAs(dst)
}

// tcvn3Byte maps a Vietnamese letter to its TCVN3 byte, built from the
// decoder so that the two agree.
var tcvn3Byte = func() map[rune]rune {
	m := map[rune]rune{}
	for b := 0xFF; b >= 0x80; b-- {
		dec := []rune(norm.NFC.String(vntext.DecodeTCVN3(string(rune(b)), false)))
		if len(dec) == 1 {
			m[dec[0]] = rune(b)
		}
	}
	return m
}()

// encodeTCVN3 spells s in TCVN3 as Latin-1 characters, with the font that
// shows it: .VnTimeH for text in capitals, .VnTime otherwise. ok is false when
// s is plain ASCII (nothing to encode) or has a letter TCVN3 cannot spell.
func encodeTCVN3(s string) (enc, font string, ok bool) {
	font = ".VnTime"
	src := norm.NFC.String(s)
	if vntext.IsUpper(src) {
		font, src = ".VnTimeH", strings.ToLower(src)
	}
	var b strings.Builder
	legacy := false
	for _, r := range src {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case tcvn3Byte[r] != 0:
			b.WriteRune(tcvn3Byte[r])
			legacy = true
		default:
			return "", "", false
		}
	}
	enc = b.String()
	if !legacy || vntext.DecodeTCVN3(enc, font == ".VnTimeH") != norm.NFC.String(s) {
		return "", "", false
	}
	return enc, font, true
}

// sofficeToXLS converts workbooks to Excel 97-2003 with LibreOffice in one
// run, with a private profile, into outDir; each keeps its base name.
func sofficeToXLS(files []string, outDir string) error {
	profile, err := os.MkdirTemp("", "baocao-soffice-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	args := []string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore",
		"--convert-to", "xls:MS Excel 97", "--outdir", outDir}
	cmd := exec.Command("soffice", append(args, files...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %w\n%s", err, out)
	}
	for _, p := range files {
		x := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(p), ".xlsx")+".xls")
		if _, err := os.Stat(x); err != nil {
			return fmt.Errorf("soffice did not write %s: %w", x, err)
		}
	}
	return nil
}
