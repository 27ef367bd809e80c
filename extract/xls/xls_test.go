package xls

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/extract/doc"
	"baocao/internal/await"
)

// read parses a workbook that must be readable.
func read(t testing.TB, data []byte, lim Limits) *doc.Document {
	t.Helper()
	d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), lim)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadTypedCells(t *testing.T) {
	book := testBook{
		globals: defaultGlobals(),
		sst:     sstRecs([]string{"  Tên  đơn vị: ", "Chi b\u00f4\u0323 thôn Đông Hòa", "Tªn ®¬n vÞ", "chi bé th«n b¶o th¾ng"}, 8224),
		sheets: []testSheet{
			{name: "Báo cáo", recs: []brec{
				labelSSTRec(0, 0, xfGeneral, 0),
				labelSSTRec(0, 1, xfGeneral, 1),
				rkRec(1, 0, xfGeneral, rkInt(25)),
				numberRec(2, 0, xfDate14, 44306), // 2021-04-20
				rkRec(2, 1, xfCustomDate, rkFloat(44306)),
				rkRec(3, 0, xfPercent, rkX100(96)),
				labelRec(4, 0, xfGeneral, "20/4/2021"),
				{recMulRK, cat(le16(5), le16(0), le16(xfGeneral), le32(int(rkInt(312))), le16(xfGeneral), le32(int(rkInt(325))), le16(xfCustomPct), le32(int(rkX100(96))), le16(2))},
				formulaRec(6, 0, xfCustomPct, numResult(0.96)),
				formulaRec(6, 1, xfGeneral, specialResult(0, 0)),
				{recString, xlString("Đã ban hành")},
				formulaRec(6, 2, xfGeneral, specialResult(1, 1)),
				formulaRec(6, 3, xfGeneral, specialResult(2, 0x07)),
				formulaRec(6, 4, xfGeneral, specialResult(0, 0)),
				{recString, xlString(" 42 ")},
				{recBoolErr, cat(le16(7), le16(0), le16(xfGeneral), []byte{0, 0})},
				labelSSTRec(8, 0, xfVnTime, 2),
				labelSSTRec(8, 1, xfVnTimeH, 3),
				rkRec(9, 0, xfGeneral, rkFloat(-1.5)),
				labelSSTRec(10, 0, xfGeneral, 99), // no such shared string
				mergedRec([4]int{0, 1, 2, 4}),
			}},
			{name: "Ẩn", state: 1, recs: []brec{labelRec(0, 0, xfGeneral, "Nội dung")}},
			{name: "Biểu đồ", kind: sheetChart},
		},
	}
	d := read(t, xlsFile(book), DefaultLimits)
	if len(d.Sheets) != 2 || d.Pages != 2 || d.Format != "xls" {
		t.Fatalf("got %d sheets, pages %d, format %q", len(d.Sheets), d.Pages, d.Format)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "Biểu đồ") {
		t.Errorf("warnings = %q, want one for the chart sheet", d.Warnings)
	}
	s := d.Sheets[0]
	date := time.Date(2021, 4, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		r, c int
		ok   func(doc.Cell) bool
	}{
		{"text is cleaned", 0, 0, func(c doc.Cell) bool { return c.Text == "Tên đơn vị:" && !c.IsNum }},
		{"decomposed text is composed to NFC", 0, 1, func(c doc.Cell) bool { return c.Text == "Chi bộ thôn Đông Hòa" }},
		{"an RK integer keeps its value", 1, 0, func(c doc.Cell) bool { return c.IsNum && c.Num == 25 && c.Text == "25" }},
		{"a built-in date format gives a date", 2, 0, func(c doc.Cell) bool { return c.Date.Equal(date) && c.Text == "04-20-21" }},
		{"a custom date format gives a date", 2, 1, func(c doc.Cell) bool { return c.Date.Equal(date) && c.Text == "20/04/2021" }},
		{"an RK hundredth with a % format is a fraction", 3, 0, func(c doc.Cell) bool { return c.Percent && c.Num == 0.96 && c.Text == "96.00%" }},
		{"a date typed as text stays text", 4, 0, func(c doc.Cell) bool { return c.Text == "20/4/2021" && c.Date.IsZero() && !c.IsNum }},
		{"MULRK gives each cell", 5, 1, func(c doc.Cell) bool { return c.IsNum && c.Num == 325 }},
		{"MULRK gives each cell its format", 5, 2, func(c doc.Cell) bool { return c.Percent && c.Text == "96.0%" }},
		{"a formula shows its cached number", 6, 0, func(c doc.Cell) bool { return c.IsNum && c.Num == 0.96 && c.Percent && c.Text == "96.0%" }},
		{"a formula's string result comes from STRING", 6, 1, func(c doc.Cell) bool { return c.Text == "Đã ban hành" && !c.IsNum }},
		{"a formula's Boolean result", 6, 2, func(c doc.Cell) bool { return c.Text == "TRUE" && !c.IsNum }},
		{"a formula's error result", 6, 3, func(c doc.Cell) bool { return c.Text == "#DIV/0!" && !c.IsNum }},
		{"a formula's string that is a number is one", 6, 4, func(c doc.Cell) bool { return c.Text == "42" && c.IsNum && c.Num == 42 }},
		{"a Boolean cell", 7, 0, func(c doc.Cell) bool { return c.Text == "FALSE" && !c.IsNum }},
		{"a .VnTime cell is decoded from TCVN3", 8, 0, func(c doc.Cell) bool { return c.Text == "Tên đơn vị" && c.Font == ".VnTime" }},
		{"a .VnTimeH cell is decoded in capitals", 8, 1, func(c doc.Cell) bool { return c.Text == "CHI BỘ THÔN BẢO THẮNG" }},
		{"a negative RK double", 9, 0, func(c doc.Cell) bool { return c.IsNum && c.Num == -1.5 && c.Text == "-1.5" }},
		{"a missing shared string leaves the cell empty", 10, 0, func(c doc.Cell) bool { return c == doc.Cell{} }},
		{"cells carry their font, past the missing font 4", 1, 0, func(c doc.Cell) bool { return c.Font == "Times New Roman" }},
		{"cells carry their font", 2, 0, func(c doc.Cell) bool { return c.Font == "Arial" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := s.Cell(tt.r, tt.c); !tt.ok(c) {
				t.Errorf("cell %d,%d = %+v", tt.r, tt.c, c)
			}
		})
	}
	if len(s.Merges) != 1 || s.Merges[0] != (doc.Merge{Row0: 0, Col0: 2, Row1: 1, Col1: 4}) {
		t.Errorf("merges = %+v", s.Merges)
	}
	if h := d.Sheets[1]; h.Name != "Ẩn" || h.Cell(0, 0).Text != "Nội dung" {
		t.Errorf("the hidden sheet is read as the .xlsx reader reads it: %+v", h)
	}
}

func TestLegacyFontsCellByCellAndRunByRun(t *testing.T) {
	const vnTime, vnTimeH, times, vniHelve = 5, 6, 7, 10
	book := testBook{
		globals: append(defaultGlobals(), fontRec("VNI-Helve")),
		sst: richSST([]string{
			"Chi bé thôn Bản Phiệt",
			"§¶ng ñy xã Hùng Sơn, b¶o th¾ng, Baûo Thaéng",
			"Nội dung in Times",
			"Nhµ v¨n hãa th«n B¶n PhiÖt, xã Hùng Sơn",
		}, [][][2]int{
			{{0, vnTime}, {7, times}},
			{{8, times}, {21, vnTimeH}, {30, vniHelve}}, // before 8 the cell's .VnTime
			{{0, times}},
			{{0, times}, {26, times}},
		}),
		sheets: []testSheet{{name: "Sheet1", recs: []brec{
			labelRec(0, 0, xfVNI, "Quaùn trieät Nghò quyeát"),
			labelSSTRec(1, 0, xfGeneral, 0),
			labelSSTRec(2, 0, xfVnTime, 1),
			labelRec(3, 0, xfArial, "Nhµ v¨n hãa th«n B¶n PhiÖt"),
			labelRec(4, 0, xfVnTime, "Tây Ninh"),
			labelRec(5, 0, xfArial, "Le comité a été créé à Paris, où il a déjà réuni ses membres."),
			rkRec(6, 0, xfVnTime, rkInt(25)),
			labelSSTRec(7, 0, xfGeneral, 2),
			labelSSTRec(8, 0, xfArial, 3),
		}}},
	}
	s := read(t, xlsFile(book), DefaultLimits).Sheets[0]
	tests := []struct {
		name, want string
		row        int
	}{
		{"a VNI-Times cell", "Quán triệt Nghị quyết", 0},
		{"a .VnTime run beside a Unicode run", "Chi bộ thôn Bản Phiệt", 1},
		{"text before the first run takes the cell's font; runs keep theirs", "Đảng ủy xã Hùng Sơn, BẢO THẮNG, Bảo Thắng", 2},
		{"TCVN3 pasted into an Arial cell is detected", "Nhà văn hóa thôn Bản Phiệt", 3},
		{"Unicode typed into a .VnTime template stays", "Tây Ninh", 4},
		{"French in Arial stays", "Le comité a été créé à Paris, où il a déjà réuni ses membres.", 5},
		{"a number in a .VnTime cell stays a number", "25", 6},
		{"rich text in Unicode fonts stays", "Nội dung in Times", 7},
		{"a pasted TCVN3 run is detected on its own, its Unicode neighbour stays", "Nhà văn hóa thôn Bản Phiệt, xã Hùng Sơn", 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.Cell(tt.row, 0).Text; got != tt.want {
				t.Errorf("row %d = %q, want %q", tt.row+1, got, tt.want)
			}
		})
	}
}

func TestDatesIn1904System(t *testing.T) {
	book := testBook{
		globals: append([]brec{{recDateMode, le16(1)}}, defaultGlobals()...),
		sheets:  []testSheet{{name: "Sheet1", recs: []brec{rkRec(0, 0, xfCustomDate, rkInt(42844))}}},
	}
	c := read(t, xlsFile(book), DefaultLimits).Sheets[0].Cell(0, 0)
	if want := time.Date(2021, 4, 20, 0, 0, 0, 0, time.UTC); !c.Date.Equal(want) || c.Text != "20/04/2021" {
		t.Errorf("cell = %+v, want %s", c, want)
	}
}

func TestSharedStringsAcrossContinueRecords(t *testing.T) {
	var strs []string
	for i := range 600 {
		if i%3 == 0 {
			strs = append(strs, fmt.Sprintf("Unit %d of the committee", i)) // compressed
		} else {
			strs = append(strs, fmt.Sprintf("Chi bộ thôn số %d %s", i, strings.Repeat("Đảng bộ xã Hùng Sơn ", i%9)))
		}
	}
	for _, max := range []int{8224, 101} {
		t.Run(fmt.Sprintf("records of %d bytes", max), func(t *testing.T) {
			sst := sstRecs(strs, max)
			if len(sst) < 3 {
				t.Fatalf("the table fits in %d records; the test needs CONTINUE", len(sst))
			}
			var recs []brec
			for i := range strs {
				recs = append(recs, labelSSTRec(i, 0, xfGeneral, i))
			}
			book := testBook{globals: defaultGlobals(), sst: sst, sheets: []testSheet{{name: "Sheet1", recs: recs}}}
			s := read(t, xlsFile(book), DefaultLimits).Sheets[0]
			for i, want := range strs {
				if got := s.Cell(i, 0).Text; got != strings.TrimSpace(want) {
					t.Fatalf("string %d = %q, want %q", i, got, want)
				}
			}
		})
	}
}

func TestReadStopsAtTheRowLimitWithAWarning(t *testing.T) {
	var recs []brec
	for r := range 50 {
		recs = append(recs, rkRec(r, 0, xfGeneral, rkInt(r)))
	}
	book := testBook{globals: defaultGlobals(), sheets: []testSheet{{name: "Sheet1", recs: recs}}}
	lim := DefaultLimits
	lim.MaxRows = 10
	d := read(t, xlsFile(book), lim)
	if len(d.Sheets[0].Rows) != 10 || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "10 dòng") {
		t.Errorf("got %d rows and warnings %q", len(d.Sheets[0].Rows), d.Warnings)
	}
}

func TestReadKeepsAtMostMaxCells(t *testing.T) {
	var recs []brec
	for c := range 20 {
		recs = append(recs, rkRec(0, c, xfGeneral, rkInt(c)))
	}
	recs = append(recs, mergedRec([4]int{1, 2, 0, 1}))
	book := testBook{globals: defaultGlobals(), sheets: []testSheet{{name: "Sheet1", recs: recs}}}
	lim := DefaultLimits
	lim.MaxCells, lim.MaxCols = 5, 3
	d := read(t, xlsFile(book), lim)
	s := d.Sheets[0]
	if len(s.Rows) != 1 || len(s.Rows[0]) != 3 || len(s.Merges) != 1 || len(d.Warnings) != 0 {
		t.Errorf("columns past the limit are dropped quietly: got %d rows of %d, merges %v, warnings %q", len(s.Rows), len(s.Rows[0]), s.Merges, d.Warnings)
	}
	lim.MaxCols = 256
	d = read(t, xlsFile(book), lim)
	if s := d.Sheets[0]; len(s.Rows[0]) != 5 || len(s.Merges) != 0 || len(d.Warnings) != 1 {
		t.Errorf("got %d cells, merges %v, warnings %q", len(s.Rows[0]), s.Merges, d.Warnings)
	}
}

func TestReadRefusesWhatItCannotRead(t *testing.T) {
	filePass := testBook{globals: append([]brec{{recFilePass, cat(le16(1), make([]byte, 52))}}, defaultGlobals()...),
		sheets: []testSheet{{name: "Sheet1"}}}
	biff5 := []byte{0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0}
	plain := testBook{globals: defaultGlobals(), sheets: []testSheet{{name: "Sheet1", recs: []brec{rkRec(0, 0, xfGeneral, rkInt(1))}}}}
	noEOF := plain.stream()
	noEOF = noEOF[:bytes.Index(noEOF, []byte{0x0A, 0x00, 0x00, 0x00})]
	tests := []struct {
		name  string
		data  []byte
		lim   Limits
		code  string
		words string // the message names what the file is
	}{
		{"an encrypted workbook (FILEPASS) asks for one without a password", xlsFile(filePass), DefaultLimits, baocao.EENCRYPTED, "mật khẩu"},
		{"an encrypted .xlsx in its OLE2 envelope asks the same", ole(map[string][]byte{"EncryptionInfo": {4, 0, 4, 0}, "EncryptedPackage": {1, 2, 3}}, "EncryptionInfo", "EncryptedPackage"), DefaultLimits, baocao.EENCRYPTED, "mật khẩu"},
		{"a Word 97-2003 document is named as such", ole(map[string][]byte{"WordDocument": {0xEC, 0xA5}, "1Table": {0}}, "WordDocument", "1Table"), DefaultLimits, baocao.EFORMAT, ".doc"},
		{"another OLE2 file is not a workbook", ole(map[string][]byte{"Contents": {1}}, "Contents"), DefaultLimits, baocao.EFORMAT, "không phải bảng tính"},
		{"an Excel 95 workbook is too old", ole(map[string][]byte{"Book": biff5}, "Book"), DefaultLimits, baocao.EFORMAT, "5.0/95"},
		{"a BIFF5 stream named Workbook is too old", ole(map[string][]byte{"Workbook": biff5}, "Workbook"), DefaultLimits, baocao.EFORMAT, "5.0/95"},
		{"globals without their end are damaged", ole(map[string][]byte{"Workbook": noEOF[:200]}, "Workbook"), DefaultLimits, baocao.EUNREADABLE, "bị hỏng"},
		{"a stream that is not BIFF is damaged", ole(map[string][]byte{"Workbook": []byte("hello")}, "Workbook"), DefaultLimits, baocao.EUNREADABLE, "bị hỏng"},
		{"random bytes are unreadable", []byte("not a workbook at all, just text"), DefaultLimits, baocao.EUNREADABLE, "bị hỏng"},
		{"an OLE2 header and nothing else is unreadable", append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 600)...), DefaultLimits, baocao.EUNREADABLE, "bị hỏng"},
		{"a workbook stream over the limit is too large", xlsFile(plain), Limits{MaxStreamSize: 1000}, baocao.ETOOLARGE, "quá lớn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)), tt.lim)
			if baocao.ErrorCode(err) != tt.code || !strings.Contains(baocao.ErrorMessage(err), tt.words) {
				t.Errorf("error = %v (code %q, message %q), want code %q saying %q", err, baocao.ErrorCode(err), baocao.ErrorMessage(err), tt.code, tt.words)
			}
		})
	}
}

func TestIsWorkbookNamesOtherOfficeFiles(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		ok   bool
		kind string
	}{
		{"a workbook", xlsFile(testBook{globals: defaultGlobals()}), true, ""},
		{"a Word document", ole(map[string][]byte{"WordDocument": {1}}, "WordDocument"), false, "văn bản Word 97-2003 (.doc)"},
		{"a PowerPoint file", ole(map[string][]byte{"PowerPoint Document": {1}}, "PowerPoint Document"), false, "bản trình chiếu PowerPoint 97-2003 (.ppt)"},
		{"a damaged container is left to Read", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and then nothing"), true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ok, kind := IsWorkbook(bytes.NewReader(tt.data)); ok != tt.ok || kind != tt.kind {
				t.Errorf("IsWorkbook = %v, %q; want %v, %q", ok, kind, tt.ok, tt.kind)
			}
		})
	}
}

func TestHostileRecordsAreSkippedWithoutPanic(t *testing.T) {
	tests := []struct {
		name string
		book testBook
	}{
		{"a sheet offset past the stream", testBook{globals: []brec{{recBoundSheet, cat(le32(1<<30), []byte{0, 0}, shortStr("X"))}}}},
		{"a shared strings table claiming four billion strings", testBook{sst: []brec{{recSST, cat(le32(-1), le32(-1), le16(3), []byte{0}, []byte("abc"))}}}},
		{"a string longer than its record", testBook{sst: []brec{{recSST, cat(le32(1), le32(1), le16(60000), []byte{1}, []byte("ab"))}}}},
		{"cell format and font indexes out of range", testBook{globals: []brec{xfRec(9999, 9999)}, sheets: []testSheet{{name: "S", recs: []brec{rkRec(0, 0, 0, rkInt(1)), rkRec(0, 1, 60000, rkInt(1))}}}}},
		{"merged cells claiming more ranges than they hold", testBook{sheets: []testSheet{{name: "S", recs: []brec{{recMergedCells, cat(le16(5000), le16(1))}}}}}},
		{"short cell records", testBook{sheets: []testSheet{{name: "S", recs: []brec{{recNumber, le16(1)}, {recRK, nil}, {recMulRK, le16(0)}, {recFormula, le32(0)}, {recLabel, le16(0)}, {recBoolErr, nil}, {recLabelSST, le32(0)}, {recString, nil}}}}}},
		{"an embedded substream that never ends", testBook{sheets: []testSheet{{name: "S", recs: []brec{bofRec(0x0020), bofRec(0x0020)}}}}},
		{"a font record with no name", testBook{globals: []brec{{recFont, le16(1)}, {recFormat, nil}, {recXF, nil}, {recBoundSheet, nil}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := xlsFile(tt.book)
			d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), DefaultLimits)
			if err != nil {
				t.Errorf("a damaged record is skipped, the workbook read: %v", err)
			} else if d.Format != "xls" {
				t.Errorf("format %q", d.Format)
			}
		})
	}
}

func TestReadHonoursContext(t *testing.T) {
	data := xlsFile(testBook{globals: defaultGlobals(), sheets: []testSheet{{name: "S", recs: []brec{rkRec(0, 0, xfGeneral, rkInt(1))}}}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, bytes.NewReader(data), int64(len(data)), DefaultLimits); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

// FuzzRead feeds arbitrary bytes, seeded with the sample workbooks and a
// built one: no panic, no hang.
func FuzzRead(f *testing.F) {
	paths, _ := filepath.Glob("../../samples/xls/*.xls")
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.Size() < 64<<10 {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add(xlsFile(testBook{globals: defaultGlobals(), sst: sstRecs([]string{"Chi bộ", "Đảng ủy xã"}, 12),
		sheets: []testSheet{{name: "S", recs: []brec{labelSSTRec(0, 0, xfGeneral, 1), rkRec(1, 1, xfCustomDate, rkInt(44306)), mergedRec([4]int{0, 1, 0, 1})}}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done := make(chan struct{})
		var err error
		go func() {
			defer close(done)
			IsWorkbook(bytes.NewReader(data))
			_, err = Read(ctx, bytes.NewReader(data), int64(len(data)), DefaultLimits)
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
