package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"baocao"
)

// expected is the truth written beside each sample as NAME.json.
type expected struct {
	Format    string          `json:"format"`
	Pages     int             `json:"pages"`
	OCR       bool            `json:"ocr,omitempty"`
	Records   []baocao.Record `json:"records"`
	Error     string          `json:"error"`
	ErrorCode string          `json:"error_code"`
}

// sample is one generated file: where it goes, who made it, what it varies, and
// the truth for it.
type sample struct {
	Path      string // relative to the output directory, e.g. "pdf/fpdf-01-….pdf"
	Producer  string
	Variation string
	Want      expected
}

// fixedTime is the creation date stamped into every PDF and workbook the
// generator makes, so that runs are reproducible.
var fixedTime = time.Date(2021, time.July, 1, 8, 0, 0, 0, time.UTC)

// newRand returns the generator's random source for one sample: fixed seeds, so
// every run makes the same names and numbers.
func newRand(stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(20210309, stream))
}

// date returns a calendar day; it panics on an impossible one (a generator bug).
func date(y, m, d int) baocao.Date {
	v, ok := baocao.NewDate(y, m, d)
	if !ok {
		panic(fmt.Sprintf("bad date %d-%d-%d", y, m, d))
	}
	return v
}

// addDays moves a date by n days.
func addDays(d baocao.Date, n int) baocao.Date {
	t := d.Time().AddDate(0, 0, n)
	return baocao.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// rate is present/total rounded to 4 decimals, the truth convention.
func rate(present, total int) float64 {
	if total == 0 {
		return 0
	}
	return math.Round(float64(present)/float64(total)*10000) / 10000
}

// attendance builds the truth attendance block.
func attendance(present, total, others int) *baocao.Attendance {
	return &baocao.Attendance{MembersPresent: present, MembersTotal: total, Rate: rate(present, total), Others: others}
}

// viNumber writes n with a thousands dot: 1250 → "1.250".
func viNumber(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// viDecimal writes x with a decimal comma and the given number of decimals.
func viDecimal(x float64, decimals int) string {
	return strings.Replace(fmt.Sprintf("%.*f", decimals, x), ".", ",", 1)
}

// percent writes present/total as a percentage the way offices do: whole when it
// is whole, else with the given decimals ("96%", "95,8%").
func percent(present, total, decimals int) string {
	p := float64(present) * 100 / float64(total)
	if p == math.Trunc(p) {
		return fmt.Sprintf("%d%%", int(p))
	}
	return viDecimal(p, decimals) + "%"
}

// toneMarks are the combining marks a Windows Vietnamese keyboard types after
// the base letter.
var toneMarks = map[rune]bool{0x0300: true, 0x0301: true, 0x0303: true, 0x0309: true, 0x0323: true}

// decompose rewrites s the way the Windows Vietnamese keyboard types it: base
// letters with their hat, breve or horn precomposed (ê, ơ), the tone mark as a
// separate combining character after it (ê + U+0301).
func decompose(s string) string {
	var out strings.Builder
	for _, r := range s {
		d := []rune(norm.NFD.String(string(r)))
		var base, tones []rune
		for _, c := range d {
			if toneMarks[c] {
				tones = append(tones, c)
			} else {
				base = append(base, c)
			}
		}
		out.WriteString(norm.NFC.String(string(base)))
		out.WriteString(string(tones))
	}
	return out.String()
}

// upper writes a name in capitals as letterheads do.
func upper(s string) string { return strings.ToUpper(s) }

// writeJSON writes v as 2-space indented JSON with a trailing newline.
func writeJSON(path string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// writeTruth writes the expected JSON beside the sample file.
func writeTruth(out string, s sample) error {
	if s.Want.Records == nil {
		s.Want.Records = []baocao.Record{}
	}
	p := filepath.Join(out, strings.TrimSuffix(s.Path, filepath.Ext(s.Path))+".json")
	return writeJSON(p, s.Want)
}

// Vietnamese personal names, drawn with fixed seeds.
var (
	surnames    = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Ma", "Hà", "Triệu"}
	maleMiddle  = []string{"Văn", "Đức", "Minh", "Quang", "Hữu", "Ngọc", "Xuân", "Thanh", "Mạnh", "Tiến"}
	maleGiven   = []string{"Hùng", "Nam", "Tuấn", "Dũng", "Thắng", "Hải", "Sơn", "Long", "Cường", "Bình", "Khánh", "Quyết", "Toàn", "Việt", "Hiếu", "Phúc", "Trường", "Định", "Lợi", "Tùng"}
	femaleGiven = []string{"Mai", "Lan", "Hương", "Phương", "Hạnh", "Thủy", "Yến", "Hòa", "Ngân", "Huyền", "Thảo", "Loan", "Nhung", "Hằng", "Liên"}
	femaleMid   = []string{"Thị", "Thị", "Thu", "Thanh", "Minh", "Ngọc"}
)

// personName draws a full name; about one in three is a woman's.
func personName(r *rand.Rand) string {
	s := surnames[r.IntN(len(surnames))]
	if r.IntN(3) == 0 {
		return s + " " + femaleMid[r.IntN(len(femaleMid))] + " " + femaleGiven[r.IntN(len(femaleGiven))]
	}
	return s + " " + maleMiddle[r.IntN(len(maleMiddle))] + " " + maleGiven[r.IntN(len(maleGiven))]
}

// distinctNames draws n different names.
func distinctNames(r *rand.Rand, n int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		s := personName(r)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// dmy writes a date as 20/4/2021 (state style, day and month unpadded).
func dmy(d baocao.Date) string { return fmt.Sprintf("%d/%d/%d", d.Day, int(d.Month), d.Year) }

// dmyPad writes a date as 09/3/2021: the day padded, as most offices type it.
func dmyPad(d baocao.Date) string { return fmt.Sprintf("%02d/%d/%d", d.Day, int(d.Month), d.Year) }

// dmyHyphen writes a date as 20-4-2021 (party style).
func dmyHyphen(d baocao.Date) string { return fmt.Sprintf("%02d-%02d-%d", d.Day, int(d.Month), d.Year) }

// dmyDots writes a date as 09.3.2021.
func dmyDots(d baocao.Date) string { return fmt.Sprintf("%02d.%d.%d", d.Day, int(d.Month), d.Year) }

// dmyWords writes a date as "ngày 20 tháng 4 năm 2021".
func dmyWords(d baocao.Date) string {
	return fmt.Sprintf("ngày %d tháng %d năm %d", d.Day, int(d.Month), d.Year)
}

// excelSerial is the Excel serial number of a date (1900 system).
func excelSerial(d baocao.Date) float64 {
	epoch := time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	return d.Time().Sub(epoch).Hours() / 24
}

// foldASCII drops Vietnamese marks: "Đông Hòa" → "Dong Hoa".
func foldASCII(s string) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(s) {
		switch {
		case c == 'đ':
			b.WriteByte('d')
		case c == 'Đ':
			b.WriteByte('D')
		case c < 0x80:
			b.WriteRune(c)
		}
	}
	return b.String()
}
