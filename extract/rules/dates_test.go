package rules

import (
	"testing"

	"baocao"
)

// TestDatesByTheirEvent takes the conference's date from the phrase that
// names the conference, never from a document the report cites, and an
// action program's date wherever its sentence puts it.
func TestDatesByTheirEvent(t *testing.T) {
	cases := []struct{ name, text, conference, action string }{
		{"a cited plan's date comes first",
			"Căn cứ Hướng dẫn ngày 02/3/2021 của Ban Tuyên giáo Huyện ủy; Kế hoạch triển khai ngày 10/3/2021, chi bộ đã chuẩn bị chu đáo.\nNgày 17/3/2021, Chi bộ tổ chức hội nghị quán triệt tại nhà văn hóa.",
			"2021-03-17", ""},
		{"the date broken over two lines",
			"Hội nghị được tổ chức vào ngày 14 tháng 5\nnăm 2022 tại hội trường UBND xã.", "2022-05-14", ""},
		{"over two days",
			"Chi bộ tổ chức hội nghị trong 2 ngày 12 - 13/4/2021.", "2021-04-12", ""},
		{"the action program's date before its number",
			"Hội nghị tổ chức ngày 20/4/2021. Ngày 28/4/2021, Chi bộ đã ban hành Chương trình hành động số 05-CTr/CB.",
			"2021-04-20", "2021-04-28"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var paras []paragraph
			for _, p := range splitLines(c.text) {
				paras = append(paras, paragraph{Text: p})
			}
			b := bodyFields{text: newFolded(c.text), paras: paras}
			var rec baocao.Record
			b.conferenceDate(&rec)
			if got := rec.ConferenceDate.String(); got != c.conference {
				t.Errorf("conference date = %q, want %q", got, c.conference)
			}
			if c.action != "" {
				ap := b.actionProgram()
				if ap == nil || ap.Date.String() != c.action {
					t.Errorf("action program = %+v, want dated %s", ap, c.action)
				}
			}
		})
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
