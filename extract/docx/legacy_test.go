package docx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"baocao/extract/doc"
	"baocao/extract/docx"
	"baocao/extract/msdoc"
)

// wordFile builds a .docx of a document body and, unless it is "", a style
// sheet, both in WordprocessingML's namespace.
func wordFile(tb testing.TB, body, styles string) []byte {
	tb.Helper()
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	parts := map[string]string{"word/document.xml": `<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`}
	if styles != "" {
		parts["word/styles.xml"] = `<w:styles ` + ns + `>` + styles + `</w:styles>`
	}
	for name, text := range parts {
		w, err := z.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write([]byte(text))
	}
	if err := z.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// lines reads a .docx and returns its lines' text.
func lines(tb testing.TB, b []byte) []string {
	tb.Helper()
	d, err := docx.Read(context.Background(), bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	return texts(d)
}

func texts(d *doc.Document) []string {
	var out []string
	for _, l := range d.Lines {
		out = append(out, l.Text())
	}
	return out
}

// para is a paragraph of runs, each given as its run properties and text
// content (w:t, w:softHyphen…).
func para(pPr string, runs ...[2]string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if pPr != "" {
		b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	for _, r := range runs {
		b.WriteString("<w:r>")
		if r[0] != "" {
			b.WriteString("<w:rPr>" + r[0] + "</w:rPr>")
		}
		b.WriteString(r[1] + "</w:r>")
	}
	b.WriteString("</w:p>")
	return b.String()
}

func font(name string) string { return `<w:rFonts w:ascii="` + name + `" w:hAnsi="` + name + `"/>` }
func wt(s string) string      { return `<w:t xml:space="preserve">` + s + `</w:t>` }

const (
	softHyphen = `<w:softHyphen/>`
	// oldTemplate is a style sheet as a document typed in .VnTime has:
	// Times New Roman by default, .VnTime in Normal and the styles based on
	// it, a character style in VNI-Times, a heading style that sets a
	// Unicode font, and a loop of bases.
	oldTemplate = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime" w:cs=".VnTime"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText2"><w:basedOn w:val="BodyText"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Vni"><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>
<w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>`
)

func TestLegacyFontRunsAreConvertedByTheirFont(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		styles string
		want   []string
	}{
		{"a .VnTime run is read as TCVN3",
			para("", [2]string{font(".VnTime"), wt("§¶ng bé x· Hïng S¬n")}), "",
			[]string{"Đảng bộ xã Hùng Sơn"}},
		{"a .VnTimeH run is read as TCVN3 in capitals",
			para("", [2]string{font(".VnTimeH"), wt("b¶n tù kiÓm ®iÓm")}), "",
			[]string{"BẢN TỰ KIỂM ĐIỂM"}},
		{"a VNI-Times run is read as VNI",
			para("", [2]string{font("VNI-Times"), wt("Thoâng baùo keát quaû")}), "",
			[]string{"Thông báo kết quả"}},
		{"the high-ANSI font says how the letters are encoded",
			para("", [2]string{`<w:rFonts w:hAnsi=".VnTime"/>`, wt("Th«ng b¸o")}), "",
			[]string{"Thông báo"}},
		{"the soft hyphen is TCVN3's ư, as an element or a character",
			para("", [2]string{font(".VnTime"), wt("§¸nh gi¸ chÊt l") + softHyphen + wt("îng, ") + softHyphen + wt("u tó, Tr\u00adêng")}), "",
			[]string{"Đánh giá chất lượng, ưu tú, Trường"}},
		{"a run with no font takes its paragraph style's through basedOn",
			para(`<w:pStyle w:val="BodyText2"/>`, [2]string{"", wt("Tr") + softHyphen + wt("êng häc")}), oldTemplate,
			[]string{"Trường học"}},
		{"a paragraph with no style takes the default paragraph style's font",
			para("", [2]string{"", wt("§¶ng bé")}), oldTemplate,
			[]string{"Đảng bộ"}},
		{"a capitals font comes from a style too",
			para(`<w:pStyle w:val="Title"/>`, [2]string{"", wt("b¸o c¸o")}), oldTemplate,
			[]string{"BÁO CÁO"}},
		{"a character style's font comes before the paragraph style's",
			para("", [2]string{`<w:rStyle w:val="Vni"/>`, wt("Thoâng baùo")}), oldTemplate,
			[]string{"Thông báo"}},
		{"a theme font stops a legacy font from being inherited",
			para(`<w:pStyle w:val="Heading1"/>`, [2]string{"", wt("Café Paris à la carte")}), oldTemplate,
			[]string{"Café Paris à la carte"}},
		{"a loop of bases ends",
			para(`<w:pStyle w:val="LoopA"/>`, [2]string{font(".VnTime"), wt("Th«ng b¸o")}), oldTemplate,
			[]string{"Thông báo"}},
		{"a Unicode run beside a legacy one is left alone",
			para("", [2]string{font(".VnTime"), wt("§¶ng bé ")}, [2]string{font("Times New Roman"), wt("Đảng ủy xã, Café")}), "",
			[]string{"Đảng bộ Đảng ủy xã, Café"}},
		{"Unicode text in an old .VnTime template is left alone",
			para("", [2]string{font(".VnTime"), wt("Đảng ủy xã Tây Ninh")}), "",
			[]string{"Đảng ủy xã Tây Ninh"}},
		{"a soft hyphen in Unicode text is only an optional break",
			para("", [2]string{font("Times New Roman"), wt("Đảng") + softHyphen + wt("ủy")}), "",
			[]string{"Đảngủy"}},
		{"the paragraph mark's font is not a run's",
			para(`<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>`, [2]string{font("Times New Roman"), wt("Café à Paris")}), "",
			[]string{"Café à Paris"}},
		{"a tracked change's old font is not the run's",
			para("", [2]string{font("Times New Roman") + `<w:rPrChange w:id="1"><w:rPr>` + font(".VnTime") + `</w:rPr></w:rPrChange>`, wt("Café à Paris")}), "",
			[]string{"Café à Paris"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(t, wordFile(t, tt.body, tt.styles))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestLegacyTextIsFoundByItsPatternsWhenNoFontSays(t *testing.T) {
	body := para("", [2]string{font("Times New Roman"), wt("Th«ng b¸o kÕt qu¶ héi nghÞ")}) +
		para("", [2]string{"", wt("§¶ng bé x· Hïng S¬n, quÇn chóng ") + softHyphen + wt("u tó")}) +
		`<w:tbl><w:tr><w:tc>` + para("", [2]string{"", wt("Chi bé th«n §«ng Hßa")}) + `</w:tc></w:tr></w:tbl>`
	got := lines(t, wordFile(t, body, ""))
	want := []string{"Thông báo kết quả hội nghị", "Đảng bộ xã Hùng Sơn, quần chúng ưu tú", "Chi bộ thôn Đông Hòa"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

func TestWesternTextInAUnicodeFontIsNotConverted(t *testing.T) {
	body := para("", [2]string{font("Times New Roman"), wt("Café René, Zürich © 2011 – déjà vu")})
	got := lines(t, wordFile(t, body, ""))
	want := []string{"Café René, Zürich © 2011 – déjà vu"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

// corpus holds real-world files made by others, beside the repository.
const corpus = "../../../shared/corpus/vn-office"

// TestARealTCVN3DocumentReadsAsItsDoc reads a party member's self-review
// typed in .VnTime and .VnTimeH, saved as .docx, in place, and compares it
// with the same document saved as .doc, read by extract/msdoc.
func TestARealTCVN3DocumentReadsAsItsDoc(t *testing.T) {
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no corpus at %s (a clone without ../shared): skipping the real-world files", corpus)
	}
	read := func(name string, fn func(context.Context, *os.File, int64) (*doc.Document, error)) []string {
		f, err := os.Open(filepath.Join(corpus, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		d, err := fn(ctx, f, st.Size())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return texts(d)
	}
	got := read("conv-kdiem-dang-vien-2011-tcvn3.docx", func(ctx context.Context, f *os.File, size int64) (*doc.Document, error) {
		return docx.Read(ctx, f, size)
	})
	text := strings.Join(got, "\n")
	for _, phrase := range []string{
		"ĐẢNG BỘ CƠ QUAN UBND", "HUYỆN LỆ THUỶ", "CHI BỘ THANH TRA",
		"Lệ Thuỷ, ngày 29 tháng 11 năm 2011",
		"BẢN TỰ KIỂM ĐIỂM", "ĐÁNH GIÁ CHẤT LƯỢNG ĐẢNG VIÊN",
		"Chức vụ hiện nay: Phó Chánh thanh tra huyện Lệ Thuỷ",
		"Bản thân tự xác định tư tưởng là vấn đề được quan tâm hàng đầu",
		"3. Tự nhận loại: Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ",
	} {
		if !strings.Contains(text, phrase) {
			t.Errorf("no %q in\n%s", phrase, text)
		}
	}
	for _, legacy := range []string{"§", "¶", "¬", "«"} {
		if strings.Contains(text, legacy) {
			t.Errorf("%q left unconverted", legacy)
		}
	}
	want := read("qlvb-kdiem-dang-vien-2011.doc", func(ctx context.Context, f *os.File, size int64) (*doc.Document, error) {
		return msdoc.Read(ctx, f, size)
	})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the .docx and the .doc read differently\n.docx: %q\n  .doc: %q", got, want)
	}
}

// FuzzStyles feeds arbitrary style sheets beside a legacy document: no
// panic, no hang.
func FuzzStyles(f *testing.F) {
	f.Add(oldTemplate)
	f.Add(`<w:style w:styleId="a"><w:basedOn w:val="a"/><w:rPr><w:rFonts w:hAnsi=".VnTime"/></w:rPr></w:style>`)
	body := para(`<w:pStyle w:val="a"/>`, [2]string{"", wt("§¶ng bé")}) + para(`<w:pStyle w:val="BodyText2"/>`, [2]string{`<w:rStyle w:val="Vni"/>`, wt("Thoâng baùo")})
	f.Fuzz(func(t *testing.T, styles string) {
		b := wordFile(t, body, styles)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		docx.Read(ctx, bytes.NewReader(b), int64(len(b)))
	})
}
