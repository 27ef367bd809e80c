package msdoc

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao/vntext"
)

// corpus holds real-world files made by others, beside the repository.
const corpus = "../../../shared/corpus/vn-office"

// TestRealDocuments reads the real .doc files in place and checks
// distinctive sentences of each, in Unicode, against LibreOffice's reading
// of the same file (LibreOffice gives a TCVN3 document's bytes as they are,
// so its text is converted before comparing).
func TestRealDocuments(t *testing.T) {
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no corpus at %s (a clone without ../shared): skipping the real-world files", corpus)
	}
	tests := []struct {
		file    string
		tcvn3   bool
		phrases []string
	}{
		{"qlvb-CT9UB.doc", false, []string{
			"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			"Số: 09/2009/CT-UBND Thủ Dầu Một, ngày 15 tháng 4 năm 2009",
			"Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở",
			"Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc, kiểm tra và định kỳ sáu tháng báo cáo Uỷ ban nhân dân tỉnh",
		}},
		{"qlvb-bao-cao-nam-2011.doc", false, []string{"http://www.hoc-tieng-anh-online.info/xuongphim.htm"}},
		{"qlvb-giay-moi.doc", false, []string{
			"UBND TỈNH PHÚ THỌ", "SỞ THÔNG TIN & TRUYỀN THÔNG", "Độc lập- Tự do- Hạnh phúc",
			"Phân loại cán bộ công chức năm 2011", "HTNV nhưng còn hạn chế về năng lực",
		}},
		{"qlvb-kdiem-dang-vien-2011.doc", true, []string{
			"Đảng bộ cơ quan UBND", "đánh giá chất lượng đảng viên",
			"Chức vụ hiện nay: Phó Chánh thanh tra huyện Lệ Thuỷ",
			"Bản thân tự xác định tư tưởng là vấn đề được quan tâm hàng đầu",
			"3. Tự nhận loại: Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ",
		}},
	}
	soffice, _ := exec.LookPath("soffice")
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(corpus, tt.file)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			st, _ := f.Stat()
			d, err := Read(context.Background(), f, st.Size())
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(texts(d), "\n")
			if got == "" {
				t.Fatal("no text")
			}
			lower := strings.ToLower(got)
			for _, p := range tt.phrases {
				// A .VnTimeH run draws its letters as capitals.
				if !strings.Contains(lower, strings.ToLower(p)) {
					t.Errorf("%q is not in the text read:\n%s", p, got)
				}
			}
			if soffice == "" {
				t.Log("soffice not installed: not compared with LibreOffice")
				return
			}
			lo := libreOffice(t, soffice, path, dir)
			if tt.tcvn3 {
				lo = vntext.DecodeTCVN3(lo, false)
			}
			lo = strings.ToLower(lo)
			for _, p := range tt.phrases {
				if !strings.Contains(lo, strings.ToLower(p)) {
					t.Errorf("%q is not in LibreOffice's text either:\n%s", p, lo)
				}
			}
		})
	}
}

// libreOffice returns the text LibreOffice reads from a document, each line
// cleaned as the reader cleans its lines.
func libreOffice(t *testing.T, soffice, path, dir string) string {
	t.Helper()
	out, err := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless",
		"--convert-to", "txt:Text", "--outdir", dir, path).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".doc")+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, vntext.Clean(sc.Text()))
	}
	return strings.Join(lines, "\n")
}
