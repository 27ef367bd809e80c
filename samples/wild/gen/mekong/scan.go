package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"

	"github.com/go-pdf/fpdf"
)

func scans() error {
	if err := scanHoiKhanh(); err != nil {
		return err
	}
	return scanPhuong2()
}

// scanOut renders d with fpdf, "prints and scans" it, and wraps the images as a PDF.
func scanOut(d *Doc, file, desc string, angle float64, seed int64, rec Record) (*Out, error) {
	base := filepath.Join(workDir, "scan-"+file)
	if err := renderPDF(d, base); err != nil {
		return nil, err
	}
	prefix := filepath.Join(workDir, "scanpg-"+file)
	if out, err := exec.Command("pdftoppm", "-r", "200", "-gray", "-png", base, prefix).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v %s", err, out)
	}
	pages, _ := filepath.Glob(prefix + "-*.png")
	sort.Strings(pages)
	if len(pages) == 0 || len(pages) > 2 {
		return nil, fmt.Errorf("%s: %d scanned pages", file, len(pages))
	}
	rng := rand.New(rand.NewSource(seed))
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCatalogSort(true)
	for i, p := range pages {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			return nil, err
		}
		g := degrade(img, angle*(1-0.4*float64(i)), rng)
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, g, &jpeg.Options{Quality: 72}); err != nil {
			return nil, err
		}
		name := fmt.Sprintf("p%d", i)
		opt := fpdf.ImageOptions{ImageType: "JPG"}
		pdf.RegisterImageOptionsReader(name, opt, &buf)
		pdf.AddPage()
		pdf.ImageOptions(name, 0, 0, 210, 297, false, opt, 0, "")
	}
	if err := pdf.OutputFileAndClose(filepath.Join(outDir, file)); err != nil {
		return nil, err
	}
	return add(&Out{File: file, Format: "pdf", OCR: true, Recs: []Record{rec}, Text: d.Text(), Desc: desc}), nil
}

// degrade rotates the page slightly, greys the paper and adds noise and specks.
func degrade(src image.Image, deg float64, rng *rand.Rand) *image.Gray {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	gray := image.NewGray(b)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			gray.Set(x, y, src.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	th := deg * math.Pi / 180
	cs, sn := math.Cos(th), math.Sin(th)
	cx, cy := float64(w)/2, float64(h)/2
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 240
		}
		return float64(gray.Pix[y*gray.Stride+x])
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx := cs*dx + sn*dy + cx
			sy := -sn*dx + cs*dy + cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
			v = v*0.93 + 8 + rng.NormFloat64()*7
			if v < 0 {
				v = 0
			}
			if v > 255 {
				v = 255
			}
			out.Pix[y*out.Stride+x] = uint8(v)
		}
	}
	for i := 0; i < 900; i++ {
		x, y := rng.Intn(w), rng.Intn(h)
		out.SetGray(x, y, color.Gray{Y: uint8(60 + rng.Intn(80))})
	}
	return out
}

// Bình Định, village cell, XIII, one-page scan.
func scanHoiKhanh() error {
	d := partyHead("Đảng bộ xã Phước Hiệp", "Chi bộ thôn Hội Khánh", "06-BC/CB", "Phước Hiệp, ngày 28 tháng 4 năm 2021")
	d.BodySize = 12
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng"}
	d.para("Thực hiện Kế hoạch số 11-KH/ĐU ngày 22-3-2021 của Đảng ủy xã Phước Hiệp, Chi bộ thôn Hội Khánh báo cáo kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng như sau:")
	d.para("Ngày 20-4-2021, tại Hội trường thôn Hội Khánh, Chi bộ tổ chức hội nghị theo hình thức trực tiếp. Đồng chí Đặng Văn Bảy, Bí thư Chi bộ, Trưởng thôn chủ trì và làm báo cáo viên.")
	d.para("Chi bộ có tổng số 32 đảng viên; tham dự 29 đồng chí, đạt 90,6%; vắng 03 đồng chí (02 đ/c ốm, 01 đ/c đi làm ăn xa). Quần chúng dự: 15 người.")
	d.para("Đảng viên nghiêm túc nghe quán triệt, thảo luận về phát triển kinh tế nông nghiệp, xây dựng nông thôn mới nâng cao. Chi bộ đã ban hành Chương trình hành động số 04-CTr/CB ngày 25-4-2021.")
	d.Recipients = nn("- Đảng ủy xã (b/c);", "- Lưu.")
	d.Sign = []string{"T/M CHI BỘ", "BÍ THƯ", "", "Đặng Văn Bảy"}
	chair := pp("Đặng Văn Bảy", "Bí thư Chi bộ, Trưởng thôn")
	_, err := scanOut(d, "scan-bao-cao-chi-bo-thon-hoi-khanh.pdf",
		"one-page scan (image-only PDF, 200 dpi gray, rotated ~1°, noise), village cell in Bình Định, XIII; total/present/absentees with reasons, cited plan date", 1.1, 11, Record{
			Unit: "Chi bộ thôn Hội Khánh", ParentUnit: "Đảng bộ xã Phước Hiệp", DocNumber: "06-BC/CB", ReportDate: "2021-04-28",
			ConferenceDate: "2021-04-20", Location: "Hội trường thôn Hội Khánh", Form: "in_person",
			Chair: chair, Reporters: []Person{*chair}, Attendance: att(29, 32, 15),
			ActionProgram: &Action{Issued: true, Number: "04-CTr/CB", Date: "2021-04-25"},
			Signer:        pp("Đặng Văn Bảy", "Bí thư"),
		})
	return err
}

// Sóc Trăng, ward committee for its organisation, TW4, two-page scan.
func scanPhuong2() error {
	d := partyHead("Thành ủy Sóc Trăng", "Đảng ủy phường 2", "41-BC/ĐU", "Phường 2, ngày 24 tháng 12 năm 2021")
	d.BodySize = 12
	d.Title = []string{"BÁO CÁO"}
	d.Sub = []string{"Kết quả học tập, quán triệt Kết luận số 21-KL/TW, Quy định số 37-QĐ/TW", "Hội nghị Trung ương 4 khóa XIII"}
	d.para("Thực hiện Kế hoạch số 96-KH/TU ngày 08-11-2021 của Ban Thường vụ Thành ủy Sóc Trăng về học tập, quán triệt %s và %s; Đảng ủy phường 2 báo cáo kết quả như sau:", kl21, qd37)
	d.head("1. Tổ chức hội nghị")
	d.para("Ngày 16-12-2021, Đảng bộ phường 2 tổ chức hội nghị tại Hội trường Ủy ban nhân dân phường 2, theo hình thức trực tiếp, bảo đảm các biện pháp phòng, chống dịch COVID-19.")
	d.para("Chủ trì: đồng chí Trịnh Thị Mỹ Dung, Bí thư Đảng ủy phường. Báo cáo viên: đồng chí Trịnh Thị Mỹ Dung và đồng chí Kim Văn Sóc, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.")
	d.para("Đảng bộ phường có 15 chi bộ trực thuộc với 286 đảng viên. Đảng viên tham dự: 263 đồng chí; vắng 23 đồng chí, trong đó 14 đồng chí được miễn sinh hoạt, 09 đồng chí ốm hoặc đi công tác. Dự hội nghị còn có 31 quần chúng.")
	d.table(ptab([]string{"TT", "Nội dung", "Báo cáo viên", "Thời gian"}, []float64{7, 62, 30, 15}, [][]string{
		{"1", "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "đ/c Trịnh Thị Mỹ Dung", "120 phút"},
		{"2", "Quy định số 37-QĐ/TW về những điều đảng viên không được làm", "đ/c Kim Văn Sóc", "90 phút"},
	}))
	d.head("2. Đánh giá")
	d.para(assessGood[0])
	d.para(assessGood[1])
	d.para(assessWeak[0])
	d.head("3. Kế hoạch thực hiện")
	d.para("Ngày 21-12-2021, Đảng ủy phường ban hành Kế hoạch số 58-KH/ĐU thực hiện Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW; giao các chi bộ tổ chức cho đảng viên xây dựng kế hoạch tu dưỡng, rèn luyện.")
	d.head("4. Nhiệm vụ thời gian tới")
	for _, s := range nextTasks {
		d.line("- " + s)
	}
	d.Recipients = nn("- Ban Thường vụ Thành ủy (b/c);", "- Ban Tuyên giáo Thành ủy;", "- Các chi bộ;", "- Lưu VP.")
	d.Sign = []string{"T/M ĐẢNG ỦY", "BÍ THƯ", "", "Trịnh Thị Mỹ Dung"}
	chair := pp("Trịnh Thị Mỹ Dung", "Bí thư Đảng ủy phường")
	_, err := scanOut(d, "scan-bao-cao-dang-uy-phuong-2-soc-trang.pdf",
		"two-page scan (image-only PDF, rotated ~1.4°, noise), ward committee reporting for its Đảng bộ in Sóc Trăng, TW4; party-wide totals with absentees broken down, program table in minutes", -1.4, 23, Record{
			Unit: "Đảng bộ phường 2", ParentUnit: "Thành ủy Sóc Trăng", DocNumber: "41-BC/ĐU", ReportDate: "2021-12-24",
			ConferenceDate: "2021-12-16", Location: "Hội trường Ủy ban nhân dân phường 2", Form: "in_person",
			Chair: chair, Reporters: []Person{{Name: "Trịnh Thị Mỹ Dung"}, {"Kim Văn Sóc", "Phó Bí thư Đảng ủy, Chủ tịch UBND phường"}},
			Attendance: att(263, 286, 31),
			Program: []ProgItem{
				{"Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Trịnh Thị Mỹ Dung", 120},
				{"Quy định số 37-QĐ/TW về những điều đảng viên không được làm", "Kim Văn Sóc", 90},
			},
			ActionProgram: &Action{Issued: true, Number: "58-KH/ĐU", Date: "2021-12-21"},
			Signer:        pp("Trịnh Thị Mỹ Dung", "Bí thư"),
		})
	return err
}
