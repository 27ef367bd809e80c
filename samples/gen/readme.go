package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

const readmeHead = `# Sample reports

Made by ` + "`go run ./samples/gen`" + ` (or ` + "`make samples`" + `) from the module root; do not edit by hand.
The generator builds every document FROM a truth ` + "`baocao.Record`" + `, so each ` + "`NAME.json`" + ` beside
` + "`NAME.pdf`/`NAME.xlsx`" + ` is the truth, never an extractor's output:

` + "```json" + `
{"format": "pdf", "pages": 1, "records": [ …baocao.Record… ], "error": "", "error_code": ""}
` + "```" + `

For a file that cannot be read, ` + "`records`" + ` is ` + "`[]`" + `, ` + "`error`" + ` is ` + "`\"x\"`" + ` (some non-empty message is
expected) and ` + "`error_code`" + ` is the expected ` + "`baocao.E*`" + ` code; ` + "`format`" + ` is what the bytes are when
known, else ` + "`\"\"`" + ` (then not checked); ` + "`pages`" + ` is 0 when not checked. For workbooks ` + "`pages`" + ` is the
number of sheets. A scanned report (` + "`scan/`" + `) has ` + "`\"ocr\": true`" + `: its text must come from OCR, and
the tests hold its fields to the 90% aim of the extractor for scans rather than to every field.

Needs: LibreOffice (` + "`soffice`" + `), ` + "`qpdf`" + `, ` + "`pdftoppm`" + ` (poppler-utils), fonts-dejavu-core and fonts-liberation2. fpdf and excelize
output is byte-for-byte reproducible (fixed seeds, creation date 2021-07-01); LibreOffice stamps
its own creation date, so its PDFs differ in those bytes only, and qpdf's AES-256 encryption
draws random salts (password-aes256-*.pdf differs on every run; its content does not). ` + "`-only pdf,forms,rollups,bad`" + `
makes some groups (bad needs pdf and forms; the README is written only by a full run).

## Conventions of the truth

- **Text** is NFC with single spaces, even where the source file has decomposed marks
  (ê + U+0301, as the Windows Vietnamese keyboard types them; the README table says which).
- **unit / parent_unit** are in normal case as the body of the report writes them
  ("Chi bộ Trường THCS Hùng Sơn", "Đảng bộ xã Hùng Sơn"); every narrative report writes both in
  normal case in its body as well as in capitals in the letterhead. On a roll-up, parent_unit is
  the reporting committee (the second title line), e.g. "Đảng ủy xã Gia Phú". Most roll-ups also
  write it in normal case in a "(Kèm theo Báo cáo … của Đảng ủy xã Gia Phú)" subtitle; two do not
  (rollup-03, rollup-07), and then the truth is the capitals title cased by this rule: the kind of
  body keeps its capital ("Đảng ủy", "Đảng bộ", "Huyện ủy"), the administrative word is lower case
  ("xã", "thị trấn", "phường", "huyện", "tỉnh"), proper names are Title Case: "ĐẢNG ỦY XÃ HÙNG SƠN"
  → "Đảng ủy xã Hùng Sơn", "HUYỆN ỦY ĐẠI TỪ" → "Huyện ủy Đại Từ".
- **doc_number** without "Số"/"Số:"; **report_date** from the place-and-date line of the
  letterhead. The directive, guide and plan cited in the preamble (01-CT/TW of 09/3/2021, …-HD/…,
  …-KH/ĐU) are never the unit's number or dates.
- **conference_date** is the first day of a two-day conference.
- **location** ends before the comma or period that ends it.
- **chair / reporters** names without "đồng chí"/"đ/c"/"Đ/c"; titles as written in normal case
  ("Bí thư Chi bộ", "Phó Bí thư Chi bộ", "Bí thư Đảng ủy xã"). "trực tiếp làm báo cáo viên" makes the
  reporters ` + "`[chair]`" + `. A roll-up row's reporter has no title (the table has no column for it);
  "A; B" in a cell is two reporters.
- **attendance.rate** is members_present / members_total rounded to 4 decimals, whatever the
  document prints ("96,0%", "96%", 96, 0.96, "95,84%", a formula): a JSON number such as 0.96.
  **others** (quần chúng) is left out when the document does not count them.
- **program**: the numbering ("1.", "-", STT) is stripped; a "Chuyên đề N:" prefix is kept as written
  (it is part of the topic). Minutes from "120 phút", "2 giờ" (120), "1,5 giờ" (90). A dash list has
  topics only. Presenters without "đồng chí"/"Đ/c".
- **action_program**: issued with number and date when the report says it was issued; ` + "`{\"issued\": false}`" + `
  when it says not yet ("đang xây dựng", "Chưa ban hành", "Chưa"); left out when not mentioned. On a
  roll-up, "Đã ban hành" gives ` + "`{\"issued\": true}`" + ` and a number such as "05-CTr/CB" gives
  ` + "`{\"issued\": true, \"number\": …}`" + ` (date only from a "Ngày ban hành CTr" column).
- **signer** title in normal case: "Bí thư" or "Phó Bí thư" ("K/T BÍ THƯ / PHÓ BÍ THƯ" → "Phó Bí thư").
  "Nơi nhận" is never a person. Roll-up rows carry no signer (the signature is the committee's).
- **source**: ` + "`{\"page\": 1}`" + ` for a narrative report; ` + "`{\"sheet\", \"row\"}`" + ` (1-based) of the unit-name label on a
  form and of the unit's row on a roll-up.
- **Roll-up rows**: every unit row is a record, never the totals row ("Tổng cộng"/"Cộng"),
  header, title or signature rows. Each row also carries the roll-up's parent_unit, and its
  doc_number and report_date when the title rows show them. A unit that has not held its
  conference ("Chưa tổ chức" in Ghi chú, or in the date cell when there is no Ghi chú column) is still a
  record: unit, parent, the roll-up's number/date and source, no conference_date (plus
  ` + "`{\"issued\": false}`" + ` when its action cell says "Chưa"); the checks flag it.
- **Bad files**: truncated → ` + "`unreadable`" + `, a password to open → ` + "`encrypted`" + `, empty / PNG / HTML /
  random bytes → ` + "`format`" + `, zip bomb → ` + "`too_large`" + `. An owner password alone (empty user password)
  opens normally and is in pdf/ with its records. The price list reads fine and gives ` + "`[]`" + `.

## Files
`

// writeReadme writes samples/README.md with one table row per sample.
func writeReadme(out string, all []sample) error {
	var b strings.Builder
	b.WriteString(readmeHead)
	fmt.Fprintf(&b, "\n%d samples.\n\n| file | producer | records | variation |\n|---|---|---|---|\n", len(all))
	for _, s := range all {
		rec := fmt.Sprint(len(s.Want.Records))
		if s.Want.ErrorCode != "" {
			rec = "error `" + s.Want.ErrorCode + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", s.Path, s.Producer, rec, strings.ReplaceAll(s.Variation, "|", "\\|"))
	}
	return os.WriteFile(filepath.Join(out, "README.md"), []byte(b.String()), 0o644)
}
