package pdf

import (
	"fmt"
	"strings"
	"testing"
)

func TestLegacyVietnameseFonts(t *testing.T) {
	simple := func(base string) string {
		return "<< /Type /Font /Subtype /Type1 /BaseFont /" + base + " /Encoding /WinAnsiEncoding >>"
	}
	line := func(s string) string { return "BT /F1 12 Tf 72 700 Td (" + s + ") Tj ET" }
	tests := []struct {
		name, font, content, want string
	}{
		{"a .VnTime font is TCVN3", simple(".VnTime"),
			line(`Th\253ng b\270o \247\266ng \361y`), "Thông báo Đảng ủy"},
		{"a subset .VnTimeH font draws capitals", simple("ABCDEF+.VnTimeH,Bold"),
			line(`b\270o c\270o k\325t qu\266`), "BÁO CÁO KẾT QUẢ"},
		{"a VNI-Times font", simple("VNI-Times"),
			line(`Qua\371n trie\344t Ngh\362 quye\341t`), "Quán triệt Nghị quyết"},
		{"a VNI mark kerned away from its letter still joins it", simple("ABCDEF+VNI-Times"),
			"BT /F1 12 Tf 72 700 Td [(\\321a) -20 (\\373ng u) 10 (\\373y)] TJ ET", "Đảng ủy"},
		{"a font named F1 whose text is plainly TCVN3", simple("ABCDEF+F1"),
			line(`Th\253ng b\270o k\325t qu\266 t\346 ch\370c h\351i ngh\336 qu\270n tri\326t`), "Thông báo kết quả tổ chức hội nghị quán triệt"},
		{"a font named F1 whose text is plainly VNI", simple("F1"),
			line(`Tho\342ng ba\371o ke\341t qua\373 to\345 ch\366\371c ho\344i ngh\362`), "Thông báo kết quả tổ chức hội nghị"},
		{"a generic font with French stays", simple("Times-Roman"),
			line(`Le comit\351 a \351t\351 cr\351\351 \340 Paris, o\371 il a d\351j\340 r\351uni ses membres.`), "Le comité a été créé à Paris, où il a déjà réuni ses membres."},
		{"a .VnTime font whose encoding already gives Unicode stays", "<< /Type /Font /Subtype /Type1 /BaseFont /.VnTime /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [128 /ohorn] >> >>",
			line(`S\200n Th\364ng`), "Sơn Thông"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := readBytes(t, buildPDF(t, tt.content, tt.font))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(spanTexts(d), "\n")
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAFontThatSaysNothingDecidesWhenItsTextCan(t *testing.T) {
	f := &font{name: "F1", enc: winAnsi, scale: 0.001}
	show := func(s string) { f.decode(s, nil) }
	// Two words are too little to tell; WinAnsi reads the byte 0xB6 as ¶.
	show("B\xb6o Th\xber")
	if got := f.unicode("¶"); got != "¶" {
		t.Fatalf("after two words: %q, want the byte unconverted", got)
	}
	show(" Th\xabng b\xb8o k\xd5t qu\xb6 t\xe6 ch\xf8c h\xe9i ngh\xde") // the next page
	if got := f.unicode("¶"); got != "ả" {
		t.Fatalf("after a page of TCVN3: %q, want ả", got)
	}
	if f.sample != nil {
		t.Error("the sample is kept after the font decided")
	}
}

func TestTextBeforeAnyFontIsReadConcurrently(t *testing.T) {
	// A font missing from the resources is the fallback font, shared by
	// every read: it must not learn from one document's text (go test -race
	// tells).
	pdf := buildPDF(t, `BT /F9 12 Tf 72 700 Td (Th\253ng b\270o k\325t qu\266 t\346 ch\370c h\351i ngh\336) Tj ET`, "")
	done := make(chan string)
	for range 4 {
		go func() {
			d, err := readBytes(t, pdf)
			if err != nil || len(d.Lines) == 0 {
				done <- fmt.Sprint(err)
				return
			}
			done <- d.Lines[0].Text()
		}()
	}
	for range 4 {
		if got := <-done; got != "Th«ng b¸o kÕt qu¶ tæ chøc héi nghÞ" {
			t.Errorf("text = %q, want the WinAnsi characters: a font nobody named decides nothing", got)
		}
	}
}
