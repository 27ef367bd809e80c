package docx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"baocao/extract"
	"baocao/extract/docx"
)

// report is a narrative report as offices type it in Word: a borderless
// two-column letterhead table, numbered sections, a program table.
const report = `<html><head><meta charset="utf-8"></head><body style="font-family:'Times New Roman';font-size:13pt">
<table style="width:100%;border:none"><tr>
<td style="text-align:center"><p>ĐẢNG BỘ XÃ HÙNG SƠN</p><p><b>CHI BỘ THÔN ĐÔNG HÒA</b></p><p>*</p><p>Số 07-BC/CB</p></td>
<td style="text-align:center"><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p><i>Hùng Sơn, ngày 25 tháng 4 năm 2021</i></p></td>
</tr></table>
<p style="text-align:center"><b>BÁO CÁO</b></p>
<p style="text-align:center"><b>Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng</b></p>
<p>Thực hiện Hướng dẫn của Đảng bộ xã Hùng Sơn, Chi bộ thôn Đông Hòa báo cáo kết quả như sau:</p>
<p>I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ</p>
<p>Vào hồi 7 giờ 30 phút, ngày 20 tháng 4 năm 2021, tại Nhà văn hóa thôn Đông Hòa, Chi bộ đã tổ chức hội nghị theo hình thức trực tiếp.</p>
<p>Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ chủ trì hội nghị và trực tiếp làm báo cáo viên.</p>
<p>Tổng số đảng viên của Chi bộ: 25 đồng chí; số đảng viên tham dự: 24 đồng chí, đạt 96,0%. Ngoài ra có 5 quần chúng ưu tú tham dự.</p>
<p>II. NỘI DUNG HỘI NGHỊ</p>
<table border="1"><tr><td>STT</td><td>Nội dung</td><td>Người trình bày</td><td>Thời lượng</td></tr>
<tr><td>1</td><td>Chuyên đề 1: Những nội dung cơ bản của Văn kiện Đại hội XIII</td><td>Đ/c Nguyễn Văn Hùng</td><td>120 phút</td></tr>
<tr><td>2</td><td>Chuyên đề 2: Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030</td><td>Đ/c Nguyễn Văn Hùng</td><td>90 phút</td></tr></table>
<p>III. CHƯƠNG TRÌNH HÀNH ĐỘNG</p>
<p>Chi bộ đã ban hành Chương trình hành động số 05-CTr/CB ngày 28/4/2021 thực hiện Nghị quyết.</p>
<table style="width:100%;border:none"><tr><td><p>Nơi nhận:</p><p>- Đảng ủy xã,</p><p>- Lưu.</p></td>
<td style="text-align:center"><p><b>T/M CHI BỘ</b></p><p><b>BÍ THƯ</b></p><p></p><p><b>Nguyễn Văn Hùng</b></p></td></tr></table>
</body></html>`

const want = `{"unit":"Chi bộ thôn Đông Hòa","parent_unit":"Đảng bộ xã Hùng Sơn","doc_number":"07-BC/CB","report_date":"2021-04-25","conference_date":"2021-04-20","location":"Nhà văn hóa thôn Đông Hòa","form":"in_person","chair":{"name":"Nguyễn Văn Hùng","title":"Bí thư Chi bộ"},"reporters":[{"name":"Nguyễn Văn Hùng","title":"Bí thư Chi bộ"}],"attendance":{"members_present":24,"members_total":25,"rate":0.96,"others":5},"program":[{"topic":"Chuyên đề 1: Những nội dung cơ bản của Văn kiện Đại hội XIII","presenter":"Nguyễn Văn Hùng","minutes":120},{"topic":"Chuyên đề 2: Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030","presenter":"Nguyễn Văn Hùng","minutes":90}],"action_program":{"issued":true,"number":"05-CTr/CB","date":"2021-04-28"},"signer":{"name":"Nguyễn Văn Hùng","title":"Bí thư"},"source":{"page":1}}`

// TestAWordReportGivesTheSameRecordAsItsPDF saves the report as .docx with
// LibreOffice (as Word would) and reads it with the same rules as a PDF.
func TestAWordReportGivesTheSameRecordAsItsPDF(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice not found; make test installs LibreOffice")
		}
		t.Skip("soffice not installed; run make test")
	}
	dir := t.TempDir()
	html := filepath.Join(dir, "bao-cao.html")
	os.WriteFile(html, []byte(report), 0o644)
	out, err := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless",
		"--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, html).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	res, err := extract.File(context.Background(), filepath.Join(dir, "bao-cao.docx"), extract.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != "docx" || len(res.Records) != 1 {
		t.Fatalf("format %q, %d records, warnings %v", res.Format, len(res.Records), res.Warnings)
	}
	r := res.Records[0]
	r.Warnings = nil
	got, _ := json.Marshal(r)
	if string(got) != want {
		t.Errorf("record\n got: %s\nwant: %s", got, want)
	}
}

func TestABrokenWordFileIsRefusedClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.docx")
	// A zip that names itself a Word file but holds no document.
	os.WriteFile(path, []byte("PK\x05\x06"+string(make([]byte, 18))), 0o644)
	res, err := extract.File(context.Background(), path, extract.DefaultOptions)
	if err == nil || res.Error == "" {
		t.Errorf("got %+v, %v; want a clear error", res, err)
	}
}

// FuzzRead feeds arbitrary document.xml bodies inside a valid zip: no panic,
// no hang.
func FuzzRead(f *testing.F) {
	f.Add(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Chi bộ</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`)
	f.Add(`<w:tbl><w:tbl><w:tr><w:tc><w:p>`)
	f.Fuzz(func(t *testing.T, body string) {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		w, _ := z.Create("word/document.xml")
		w.Write([]byte(body))
		z.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		docx.Read(ctx, bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	})
}
