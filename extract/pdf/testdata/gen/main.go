// Command gen writes the PDF fixtures of package pdf's tests:
//
//	go run ./extract/pdf/testdata/gen
//
// fpdf-letter.pdf is made with github.com/go-pdf/fpdf and a UTF-8 TrueType
// font, which gives Identity-H text and a ToUnicode CMap whose bfranges span
// more than 256 codes. lo-report.pdf is made by LibreOffice (soffice must be
// on PATH) from lo-report.html, with subset TrueType fonts. Both hold
// Vietnamese text laid out like a party report: a two-column letterhead, a
// title, sentences, and a small table.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/go-pdf/fpdf"
)

const (
	fontRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
	fontBold    = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
)

func main() {
	dir := "extract/pdf/testdata"
	if _, err := os.Stat(dir); err != nil {
		dir = "." // run from inside testdata
		if _, err := os.Stat("gen"); err != nil {
			dir = ".."
		}
	}
	if err := writeFpdf(filepath.Join(dir, "fpdf-letter.pdf")); err != nil {
		log.Fatal(err)
	}
	if err := writeLibreOffice(dir); err != nil {
		log.Fatal(err)
	}
}

func writeFpdf(path string) error {
	p := fpdf.New("P", "mm", "A4", "")
	stamp := time.Date(2021, 4, 25, 8, 0, 0, 0, time.UTC)
	p.SetCreationDate(stamp)
	p.SetModificationDate(stamp)
	p.SetCatalogSort(true)
	for style, file := range map[string]string{"": fontRegular, "B": fontBold} {
		b, err := os.ReadFile(file)
		if err != nil {
			return fmt.Errorf("font for the fixture (Debian fonts-dejavu-core): %w", err)
		}
		p.AddUTF8FontFromBytes("serif", style, b)
	}

	p.AddPage()
	p.SetFont("serif", "B", 12)
	p.Text(20, 20, "ĐẢNG BỘ XÃ HÙNG SƠN")
	p.Text(115, 20, "ĐẢNG CỘNG SẢN VIỆT NAM")
	p.SetFont("serif", "", 12)
	p.Text(20, 26, "CHI BỘ TRƯỜNG THCS HÙNG SƠN")
	p.Text(115, 26, "Hùng Sơn, ngày 25 tháng 4 năm 2021")
	p.Text(20, 32, "Số 15-BC/CB")
	p.SetFont("serif", "B", 14)
	p.Text(90, 45, "BÁO CÁO")
	p.SetFont("serif", "", 11)
	p.Text(20, 55, "Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng")
	p.Text(20, 62, "Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ, chủ trì hội nghị.")
	p.Text(20, 69, "Đảng viên ưu tú được biểu dương; tỷ lệ dự học đạt 96,0%.")

	p.SetXY(20, 80)
	p.SetFont("serif", "B", 11)
	widths := []float64{15, 90, 40}
	for i, h := range []string{"STT", "Nội dung", "Số đảng viên"} {
		p.CellFormat(widths[i], 8, h, "1", 0, "L", false, 0, "")
	}
	p.Ln(-1)
	p.SetFont("serif", "", 11)
	for _, row := range [][]string{{"1", "Tổng số đảng viên", "325"}, {"2", "Có mặt", "312"}} {
		p.SetX(20)
		for i, c := range row {
			p.CellFormat(widths[i], 8, c, "1", 0, "L", false, 0, "")
		}
		p.Ln(-1)
	}

	p.AddPage()
	p.SetFont("serif", "B", 12)
	p.Text(130, 30, "T/M CHI BỘ")
	p.Text(134, 36, "BÍ THƯ")
	p.SetFont("serif", "", 12)
	p.Text(125, 60, "Nguyễn Văn Hùng")
	return p.OutputFileAndClose(path)
}

func writeLibreOffice(dir string) error {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		return fmt.Errorf("soffice not found; install LibreOffice to regenerate lo-report.pdf: %w", err)
	}
	profile, err := os.MkdirTemp("", "lo-profile")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	src := filepath.Join(dir, "gen", "lo-report.html")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+profile, "--headless",
		"--convert-to", "pdf:writer_pdf_Export", "--outdir", dir, src)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}
