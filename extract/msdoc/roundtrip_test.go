package msdoc_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"baocao/extract"
)

// report is a narrative report as offices type it in Word: a borderless
// two-column letterhead table, numbered sections, a program table, a
// two-column signature table.
const report = `<html><head><meta charset="utf-8"></head><body style="font-family:'Times New Roman';font-size:13pt">
<table style="width:100%;border:none"><tr>
<td style="text-align:center"><p>ĐẢNG BỘ XÃ HÙNG SƠN</p><p><b>CHI BỘ THÔN ĐÔNG HÒA</b></p><p>*</p><p>Số 07-BC/CB</p></td>
<td style="text-align:center"><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p><i>Hùng Sơn, ngày 25 tháng 4 năm 2021</i></p></td>
</tr></table>
<p style="text-align:center"><b>BÁO CÁO</b></p>
<p style="text-align:center"><b>Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng</b></p>
<p>Vào hồi 7 giờ 30 phút, ngày 20 tháng 4 năm 2021, tại Nhà văn hóa thôn Đông Hòa, Chi bộ đã tổ chức hội nghị theo hình thức trực tiếp.</p>
<p>Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ chủ trì hội nghị và trực tiếp làm báo cáo viên.</p>
<p>Tổng số đảng viên của Chi bộ: 25 đồng chí; số đảng viên tham dự: 24 đồng chí, đạt 96,0%.</p>
<table border="1"><tr><td>STT</td><td>Nội dung</td><td>Người trình bày</td><td>Thời lượng</td></tr>
<tr><td>1</td><td>Chuyên đề 1: Những nội dung cơ bản của Văn kiện Đại hội XIII</td><td>Đ/c Nguyễn Văn Hùng</td><td>120 phút</td></tr>
<tr><td>2</td><td></td><td>Đ/c Nguyễn Văn Hùng</td><td>90 phút</td></tr></table>
<p>Chi bộ đã ban hành Chương trình hành động số 05-CTr/CB ngày 28/4/2021 thực hiện Nghị quyết.</p>
<table style="width:100%;border:none"><tr><td><p>Nơi nhận:</p><p>- Đảng ủy xã,</p><p>- Lưu.</p></td>
<td style="text-align:center"><p><b>T/M CHI BỘ</b></p><p><b>BÍ THƯ</b></p><p></p><p><b>Nguyễn Văn Hùng</b></p></td></tr></table>
</body></html>`

// TestADocGivesWhatTheSameDocxGives saves one report as .doc and as .docx
// with LibreOffice and reads both through the whole extraction: the lines,
// the text and the records must be the same.
func TestADocGivesWhatTheSameDocxGives(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice not found; make test installs LibreOffice")
		}
		t.Skip("soffice not installed; run make test")
	}
	dir := t.TempDir()
	html := filepath.Join(dir, "bao-cao.html")
	if err := os.WriteFile(html, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	results := map[string]any{}
	for _, to := range []string{"doc:MS Word 97", "docx:MS Word 2007 XML"} {
		out, err := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless",
			"--infilter=HTML (StarWriter)", "--convert-to", to, "--outdir", dir, html).CombinedOutput()
		if err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
	}
	for _, ext := range []string{"doc", "docx"} {
		res, err := extract.File(context.Background(), filepath.Join(dir, "bao-cao."+ext), extract.DefaultOptions)
		if err != nil {
			t.Fatal(err)
		}
		if res.Format != ext || len(res.Records) != 1 {
			t.Fatalf(".%s: format %q, %d records, warnings %v", ext, res.Format, len(res.Records), res.Warnings)
		}
		b, _ := json.Marshal(map[string]any{"text": res.Text, "records": res.Records, "document": res.Document, "warnings": res.Warnings})
		results[ext] = string(b)
	}
	if results["doc"] != results["docx"] {
		t.Errorf("the .doc reads otherwise than the .docx\n.doc:  %s\n.docx: %s", results["doc"], results["docx"])
	}
}
