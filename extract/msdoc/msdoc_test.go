package msdoc

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/extract/doc"
	"baocao/extract/docx"
	"baocao/internal/await"
)

// read reads a test document and fails the test on an error.
func read(t *testing.T, d testDoc) *doc.Document {
	t.Helper()
	b := d.bytes()
	got, err := Read(context.Background(), bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// texts returns a document's lines as text.
func texts(d *doc.Document) []string {
	var out []string
	for _, l := range d.Lines {
		out = append(out, l.Text())
	}
	return out
}

func TestReadsCompressedAndUTF16Pieces(t *testing.T) {
	got := texts(read(t, testDoc{fonts: []string{"Times New Roman"}, styleFont: -1, runs: []testRun{
		{text: "Báo cáo kết quả ", font: -1, wide: true},
		{text: "“hội nghị” ", font: 0, wide: true},
		{text: "– café €5\r", font: 0},
		{text: "Đảng ủy xã Hùng Sơn\r", font: 0, wide: true},
		{text: "Lưu VT.\r", font: -1, wide: true},
	}}))
	want := []string{"Báo cáo kết quả “hội nghị” – café €5", "Đảng ủy xã Hùng Sơn", "Lưu VT."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

func TestSpecialCharactersBreakOrVanish(t *testing.T) {
	got := texts(read(t, testDoc{styleFont: -1, runs: []testRun{
		{text: "Số:\t07-BC/CB\vNgày 20\x1e4\x1f\r", font: -1, wide: true},
		{text: "Trang 1\x0cTrang 2\x01\x08\r", font: -1, wide: true},
	}}))
	want := []string{"Số: 07-BC/CB", "Ngày 20-4", "Trang 1", "Trang 2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

func TestAFieldKeepsItsResultAndDropsItsCode(t *testing.T) {
	got := texts(read(t, testDoc{styleFont: -1, runs: []testRun{
		{text: "Ngày \x13 DATE \\@ \"dd/MM/yyyy\" \x1420/04/2021\x15 tại hội trường\r", font: -1, wide: true},
		{text: "Trang \x13 PAGE \x13 QUOTE x \x14y\x15\x141\x15 của \x13 NUMPAGES \x15\r", font: -1, wide: true},
	}}))
	want := []string{"Ngày 20/04/2021 tại hội trường", "Trang 1 của"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

func TestALegacyFontRunIsConvertedByItsFont(t *testing.T) {
	fonts := []string{"Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times"}
	got := texts(read(t, testDoc{fonts: fonts, styleFont: 1, runs: []testRun{
		// TCVN3 writes "ư" as the soft hyphen, which must be kept.
		{text: "b¶n tù kiÓm ®iÓm\r", font: 2},
		{text: "§¸nh gi¸ chÊt l\u00adîng ", font: 1},
		{text: "Café Paris\r", font: 0},
		// A run that sets no font takes the Normal style's .VnTime.
		{text: "Tr\u00adêng häc\r", font: -1},
		{text: "Thoâng baùo\r", font: 3},
		// A Unicode run in an old .VnTime template is left alone.
		{text: "Đảng ủy xã\r", font: 1, wide: true},
	}}))
	want := []string{"BẢN TỰ KIỂM ĐIỂM", "Đánh giá chất lượng Café Paris", "Trường học", "Thông báo", "Đảng ủy xã"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

func TestLegacyTextIsFoundByItsPatternsWhenNoFontSays(t *testing.T) {
	got := texts(read(t, testDoc{fonts: []string{"Times New Roman"}, styleFont: 0, runs: []testRun{
		{text: "Th«ng b¸o kÕt qu¶ héi nghÞ\r", font: 0},
		{text: "§¶ng bé x· Hïng S¬n\r", font: 0},
	}}))
	want := []string{"Thông báo kết quả hội nghị", "Đảng bộ xã Hùng Sơn"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

// letterhead is a report's head as offices type it: a borderless two-column
// table, the left cell with an empty paragraph, then a body paragraph and a
// program table with an empty cell.
var letterhead = []testRun{
	{text: "ĐẢNG BỘ XÃ HÙNG SƠN\r", font: -1, wide: true, table: true},
	{text: "\r", font: -1, table: true},
	{text: "Số 07-BC/CB\x07", font: -1, wide: true, table: true},
	{text: "ĐẢNG CỘNG SẢN VIỆT NAM\r", font: -1, wide: true, table: true},
	{text: "Hùng Sơn, ngày 25 tháng 4 năm 2021\x07", font: -1, wide: true, table: true},
	{text: "\x07", font: -1, table: true, ttp: true},
	{text: "BÁO CÁO\r", font: -1},
	{text: "STT\x07", font: -1, table: true},
	{text: "Nội dung\x07", font: -1, wide: true, table: true},
	{text: "\x07", font: -1, table: true, ttp: true},
	{text: "1\x07", font: -1, table: true},
	{text: "\x07", font: -1, table: true},
	{text: "\x07", font: -1, table: true, ttp: true},
	{text: "Lưu.\r", font: -1, wide: true},
}

// letterheadXML is the same document as a .docx's document.xml.
const letterheadXML = `<w:document xmlns:w="w"><w:body>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ĐẢNG BỘ XÃ HÙNG SƠN</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Số 07-BC/CB</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p><w:p><w:r><w:t>Hùng Sơn, ngày 25 tháng 4 năm 2021</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>Lưu.</w:t></w:r></w:p>
</w:body></w:document>`

func TestATableIsLaidOutAsTheSameDocxIs(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(letterheadXML))
	z.Close()
	want, err := docx.Read(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	got := read(t, testDoc{styleFont: -1, runs: letterhead})
	if !reflect.DeepEqual(got.Lines, want.Lines) {
		t.Errorf("lines\n got %+v\nwant %+v", got.Lines, want.Lines)
	}
	if got.Format != "doc" || got.Pages != 1 {
		t.Errorf("format %q, %d pages", got.Format, got.Pages)
	}
	if len(got.Lines) != 7 || len(got.Lines[0].Spans) != 2 {
		t.Errorf("the letterhead did not come apart into two columns: %q", texts(got))
	}
}

func TestRowEndsAreFoundWithoutParagraphProperties(t *testing.T) {
	d := testDoc{styleFont: -1, runs: []testRun{
		{text: "STT\x07Nội dung\x07\x07", font: -1, wide: true, table: true},
		{text: "1\x07Quán triệt Nghị quyết\x07\x07", font: -1, wide: true, table: true},
		{text: "Lưu.\r", font: -1, wide: true},
	}}
	word, table := d.streams()
	f := &file{word: word, table: table}
	f.fib, _ = parseFIB(word)
	f.fib.fcLcb[fcPlcfBtePapx] = [2]uint32{} // no paragraph properties
	paras, err := f.paragraphs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := blocks(convert(paras))
	want := []docx.Block{{Table: [][][]string{{{"STT"}, {"Nội dung"}}, {{"1"}, {"Quán triệt Nghị quyết"}}}}, {Text: "Lưu."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

func TestDamagedFilesAreRefusedClearly(t *testing.T) {
	good := testDoc{fonts: []string{"Times New Roman"}, styleFont: -1, runs: []testRun{{text: "Báo cáo\r", font: 0}}}
	word, table := good.streams()
	badIdent := append([]byte{}, word...)
	badIdent[0] = 0
	farPiece := append([]byte{}, table...)
	// The first piece's FC: the CLX's PlcPcd holds two CPs, then the Pcd.
	copy(farPiece[5+8+2:], le32(0x3FFFFFF0))
	longText := append([]byte{}, word...)
	copy(longText[64+12:], le32(0x7FFFFFFF))
	longPiece := append([]byte{}, table...)
	copy(longPiece[5+4:], le32(0x7FFFFFFF))
	tests := []struct {
		name string
		file []byte
		code string
	}{
		{"an encrypted document", testDoc{styleFont: -1, encrypted: true, runs: good.runs}.bytes(), baocao.EENCRYPTED},
		{"a Word 95 document", testDoc{styleFont: -1, nFib: 0x68, runs: good.runs}.bytes(), baocao.EFORMAT},
		{"a stream that is not a Word document", ole(map[string][]byte{"WordDocument": badIdent, "1Table": table}, "WordDocument", "1Table"), baocao.EUNREADABLE},
		{"a piece beyond the stream", ole(map[string][]byte{"WordDocument": word, "1Table": farPiece}, "WordDocument", "1Table"), baocao.EUNREADABLE},
		{"a missing table stream", ole(map[string][]byte{"WordDocument": word}, "WordDocument"), baocao.EUNREADABLE},
		{"a container with no document", ole(map[string][]byte{"Workbook": word}, "Workbook"), baocao.EFORMAT},
		{"a truncated container", good.bytes()[:600], baocao.EUNREADABLE},
		{"random bytes", bytes.Repeat([]byte("xyz"), 300), baocao.EUNREADABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), bytes.NewReader(tt.file), int64(len(tt.file)))
			if code := baocao.ErrorCode(err); code != tt.code {
				t.Fatalf("error %v (code %q), want code %q", err, code, tt.code)
			}
			if msg := baocao.ErrorMessage(err); !strings.Contains(msg, "Word") {
				t.Errorf("message %q does not tell the clerk what is wrong", msg)
			}
			if errors.Is(err, errPanic) {
				t.Errorf("Read recovered from a panic: %v", err)
			}
		})
	}
	t.Run("a text longer than its stream", func(t *testing.T) {
		b := ole(map[string][]byte{"WordDocument": longText, "1Table": longPiece}, "WordDocument", "1Table")
		_, err := Read(context.Background(), bytes.NewReader(b), int64(len(b)))
		if baocao.ErrorCode(err) != baocao.EUNREADABLE {
			t.Errorf("error %v, want one that says the file is damaged", err)
		}
	})
}

func TestACancelledReadStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := testDoc{styleFont: -1, runs: []testRun{{text: strings.Repeat("Báo cáo kết quả. ", 1000) + "\r", font: -1}}}.bytes()
	if _, err := Read(ctx, bytes.NewReader(b), int64(len(b))); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

func TestIsDocumentTellsAWordFileFromAWorkbook(t *testing.T) {
	d := testDoc{styleFont: -1, runs: []testRun{{text: "x\r", font: -1}}}.bytes()
	if !IsDocument(bytes.NewReader(d)) {
		t.Error("a Word document is not one")
	}
	w := ole(map[string][]byte{"Workbook": make([]byte, 16)}, "Workbook")
	if IsDocument(bytes.NewReader(w)) || IsDocument(bytes.NewReader([]byte("junk"))) {
		t.Error("a workbook or junk is a Word document")
	}
}

// FuzzRead feeds arbitrary bytes, seeded with built documents (the real
// ones, tens of kilobytes, make the fuzzer crawl): no panic, no hang.
func FuzzRead(f *testing.F) {
	f.Add(testDoc{fonts: []string{"Times New Roman", ".VnTime"}, styleFont: 1, runs: letterhead}.bytes())
	f.Add(testDoc{fonts: []string{".VnTimeH"}, styleFont: -1, runs: []testRun{
		{text: "Ngày \x13 DATE \x1420/04/2021\x15\r", font: 0},
		{text: "Đảng ủy\v\r", font: -1, wide: true}}}.bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done := make(chan struct{})
		var err error
		go func() {
			defer close(done)
			IsDocument(bytes.NewReader(data))
			_, err = Read(ctx, bytes.NewReader(data), int64(len(data)))
		}()
		select {
		case <-done:
			if errors.Is(err, errPanic) {
				t.Fatalf("Read recovered from a panic: %v", err)
			}
		case <-time.After(await.Stall): // stuck, not slow: a busy machine may be slow
			t.Fatalf("Read still ran %v after its 5 s deadline on a %d-byte input", await.Stall, len(data))
		}
	})
}

// FuzzStreams feeds arbitrary WordDocument and table streams past the
// container, where a mutated file seldom reaches: no panic, no hang.
func FuzzStreams(f *testing.F) {
	for _, d := range []testDoc{
		{fonts: []string{"Times New Roman", ".VnTime"}, styleFont: 1, runs: letterhead},
		{fonts: []string{".VnTimeH"}, styleFont: -1, runs: []testRun{
			{text: "Ngày \x13 DATE \x1420/04/2021\x15\r", font: 0},
			{text: "Đảng ủy\v\x13\x13\x14\x15\r", font: -1, wide: true}}},
	} {
		word, table := d.streams()
		f.Add(word, table)
	}
	f.Fuzz(func(t *testing.T, word, table []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		fb, err := parseFIB(word)
		if err != nil {
			return
		}
		start := time.Now()
		file := &file{word: word, table: table, fib: fb}
		if paras, err := file.paragraphs(ctx); err == nil {
			docx.Layout(blocks(convert(paras)))
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%v on %d+%d bytes of streams", d, len(word), len(table))
		}
	})
}
