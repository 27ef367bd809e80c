package main

// Scans: a typed page rendered to an image (pdftoppm, 300 dpi, grey), turned a
// little, given paper tone, noise and specks, saved as JPEG and wrapped back
// into an image-only PDF.

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
	"strings"

	"github.com/go-pdf/fpdf"

	"baocao"
)

func scans() {
	s1()
	s2()
	s3()
	s4()
}

// scanPDF renders d, "scans" each page and writes the image-only PDF.
func scanPDF(d *doc, name string, seed int64, angle float64) {
	base := strings.TrimSuffix(name, ".pdf")
	src := filepath.Join(tmpDir, base+"-typed.pdf")
	must(renderPDF(d, src))
	prefix := filepath.Join(tmpDir, base+"-page")
	if out, err := exec.Command("pdftoppm", "-r", "300", "-gray", "-png", src, prefix).CombinedOutput(); err != nil {
		fail(fmt.Errorf("pdftoppm %s: %v\n%s", src, err, out))
	}
	pages, _ := filepath.Glob(prefix + "-*.png")
	sort.Strings(pages)
	if len(pages) == 0 {
		fail(fmt.Errorf("pdftoppm wrote no page for %s", src))
	}
	orient := "P"
	if d.landscape {
		orient = "L"
	}
	pdf := fpdf.New(orient, "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCatalogSort(true)
	pdf.SetProducer("", false)
	pdf.SetAutoPageBreak(false, 0)
	rng := rand.New(rand.NewSource(seed))
	for i, pg := range pages {
		jpg := scanify(pg, rng, angle*(1-0.4*float64(i)), i)
		pdf.AddPage()
		pw, ph := pdf.GetPageSize()
		img := fmt.Sprintf("page%d", i+1)
		pdf.RegisterImageOptionsReader(img, fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(jpg))
		pdf.ImageOptions(img, 0, 0, pw, ph, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	}
	must(pdf.OutputFileAndClose(filepath.Join(outDir, name)))
}

// scanify makes the scanned image of one page; trim pixels are cut off its
// right edge, so that pages differ in width (fpdf orders images by width,
// and equal widths would leave the order to a map and the output unstable).
func scanify(path string, rng *rand.Rand, angle float64, trim int) []byte {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	im, err := png.Decode(f)
	must(err)
	b := im.Bounds()
	w, h := b.Dx(), b.Dy()
	src := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			src.Set(x, y, color.GrayModel.Convert(im.At(b.Min.X+x, b.Min.Y+y)))
		}
	}
	dst := image.NewGray(image.Rect(0, 0, w, h))
	th := angle * math.Pi / 180
	cs, sn := math.Cos(th), math.Sin(th)
	cx, cy := float64(w)/2, float64(h)/2
	// a slight shift, as a page laid on the glass a little off
	dx, dy := 6+rng.Float64()*10, 8+rng.Float64()*12
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 255
		}
		return float64(src.Pix[y*src.Stride+x])
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)-cx-dx, float64(y)-cy-dy
			sx := cs*fx + sn*fy + cx
			sy := -sn*fx + cs*fy + cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			ax, ay := sx-float64(x0), sy-float64(y0)
			v := (1-ax)*(1-ay)*at(x0, y0) + ax*(1-ay)*at(x0+1, y0) + (1-ax)*ay*at(x0, y0+1) + ax*ay*at(x0+1, y0+1)
			// paper tone, darker towards one edge, and grain
			v = v*(0.955-0.02*float64(x)/float64(w)) + rng.NormFloat64()*5
			dst.Pix[y*dst.Stride+x] = uint8(max(0, min(255, v)))
		}
	}
	// specks of dust
	for i := 0; i < 220; i++ {
		x, y := rng.Intn(w-3), rng.Intn(h-3)
		r := 1 + rng.Intn(2)
		for yy := 0; yy < r; yy++ {
			for xx := 0; xx < r; xx++ {
				dst.Pix[(y+yy)*dst.Stride+x+xx] = uint8(60 + rng.Intn(80))
			}
		}
	}
	// the grey shadow of the scanner lid along the left edge
	for y := 0; y < h; y++ {
		for x := 0; x < 18; x++ {
			p := &dst.Pix[y*dst.Stride+x]
			*p = uint8(float64(*p) * (0.55 + 0.025*float64(x)))
		}
	}
	var buf bytes.Buffer
	must(jpeg.Encode(&buf, dst.SubImage(image.Rect(0, 0, w-trim, h)), &jpeg.Options{Quality: 80}))
	return buf.Bytes()
}

// s1: a village cell on Lý Sơn island, scanned.
func s1() {
	parent, unit := "Đảng bộ xã An Vĩnh", "Chi bộ thôn Đông"
	rep, conf, ap := dt(2021, 4, 13), dt(2021, 4, 9), dt(2021, 4, 12)
	chair := "Phạm Thị Thu Sương"
	t1 := "Những nội dung cơ bản của Nghị quyết Đại hội XIII của Đảng"
	d := &doc{size: 14}
	d.add(partyHdr(parent, unit, "Số 08-BC/CB", "An Vĩnh, ngày "+dLong(rep)),
		gap{4},
		PC("BÁO CÁO", true),
		PC("Kết quả học tập Nghị quyết Đại hội XIII của Đảng", true),
		gap{3},
		P("Ngày "+dHy(conf)+", tại Nhà văn hóa thôn Đông, Chi bộ tổ chức hội nghị học tập Nghị quyết Đại hội XIII của Đảng, hình thức trực tiếp."),
		P("Đồng chí "+chair+", Bí thư Chi bộ chủ trì và truyền đạt chuyên đề "+t1+" (thời lượng 120 phút)."),
		P("Có mặt 44/47 đảng viên ("+pct(44, 47, 2)+"%), cùng 20 quần chúng là hội viên các đoàn thể."),
		P("Chi bộ đã ban hành Chương trình hành động số 03-CTr/CB ngày "+dSl(ap)+", tập trung phát triển nghề trồng hành, tỏi và du lịch cộng đồng."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	scanPDF(d, "scan-bc-chibo-thon-dong-an-vinh.pdf", 11, 0.6)
	e := add("scan-bc-chibo-thon-dong-an-vinh.pdf", "scan",
		"Scan (image-only, 300 dpi, turned 0.6°, grain and specks) of a short report of an island village cell; `ngày 9-4-2021`; `Có mặt 44/47 đảng viên (93,62%)`; the chair presents one topic with its minutes; action program issued.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "08-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà văn hóa thôn Đông", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(chair, "Bí thư Chi bộ")},
			Attendance:    att(44, 47, 20),
			Program:       []baocao.ProgramItem{item(t1, chair, 120)},
			ActionProgram: issued("03-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
	e.ocr = true
}

// s2: an Ê Đê buôn cell, scanned; Ê Đê names, action program under way.
func s2() {
	parent, unit := "Đảng bộ xã Ea Kiết", "Chi bộ buôn Sút Mđưng"
	rep, conf := dt(2021, 4, 17), dt(2021, 4, 13)
	chair, rp := "Y Khuê Niê", "H'Zuen Mlô"
	d := &doc{size: 14}
	h := partyHdr(parent, unit, "Số 05-BC/CB", "Ea Kiết, ngày "+dSl(rep))
	h.lw = 0.5
	d.add(h,
		gap{4},
		PC("BÁO CÁO", true),
		PC("Kết quả tổ chức hội nghị học tập Nghị quyết", true),
		PC("Đại hội XIII của Đảng", true),
		gap{3},
		P("Thời gian: ngày "+dLong(conf)+"."),
		P("Địa điểm: Nhà văn hóa cộng đồng buôn Sút Mđưng."),
		P("Hình thức: trực tiếp."),
		P("Chủ trì: đồng chí "+chair+", Bí thư Chi bộ."),
		P("Báo cáo viên: đồng chí "+rp+", Phó Bí thư Đảng ủy xã."),
		P("Đảng viên: tổng số 23, dự 21. Quần chúng dự: 37."),
		P("Chi bộ đang xây dựng Chương trình hành động, sẽ ban hành trong tháng 5/2021."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	scanPDF(d, "scan-bc-chibo-buon-sut-mdung.pdf", 22, -0.8)
	e := add("scan-bc-chibo-buon-sut-mdung.pdf", "scan",
		"Scan (turned −0.8°) of an Ê Đê buôn cell's report in labelled lines (`Thời gian:`, `Địa điểm:`, `Chủ trì:`, `Báo cáo viên:`); `tổng số 23, dự 21`; no agenda; action program being drafted.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "05-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà văn hóa cộng đồng buôn Sút Mđưng", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Phó Bí thư Đảng ủy xã")},
			Attendance:    att(21, 23, 37),
			ActionProgram: notIssued(),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
	e.ocr = true
}

// s3: a Raglai village cell in Khánh Hòa, scanned; dotted date, absentees.
func s3() {
	parent, unit := "Đảng bộ xã Khánh Thượng", "Chi bộ thôn Suối Cá"
	rep, conf, ap := dt(2021, 4, 10), dt(2021, 4, 6), dt(2021, 4, 9)
	chair, rp := "Cao Thị Hồng", "Mang Văn Thới"
	t1 := "Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng"
	t2 := "Nghị quyết Đại hội Đảng bộ huyện Khánh Vĩnh nhiệm kỳ 2020 - 2025"
	d := &doc{size: 14}
	h := partyHdr(parent, unit, "Số 04-BC/CB", "Khánh Thượng, ngày "+dLong(rep))
	h.lw = 0.5
	d.add(h,
		gap{4},
		PC("BÁO CÁO", true),
		PC("Về kết quả học tập, quán triệt Nghị quyết Đại hội XIII", true),
		gap{3},
		P("Ngày "+dDot(conf)+", tại Nhà sinh hoạt cộng đồng thôn Suối Cá, Chi bộ thôn Suối Cá tổ chức hội nghị theo hình thức trực tiếp. Đồng chí "+chair+", Bí thư Chi bộ chủ trì."),
		P("Chi bộ có 18 đảng viên; vắng 02 đồng chí đi làm rẫy xa. Có 22 quần chúng dự."),
		P("Đồng chí "+rp+", Phó Bí thư Thường trực Đảng ủy xã truyền đạt:"),
		PL("1. "+t1+" (90 phút);"),
		PL("2. "+t2+" (60 phút)."),
		P("Chi bộ đã ban hành Chương trình hành động số 02-CTr/CB ngày "+dSl(ap)+"."),
		sig{
			left:  []ln{LB("Nơi nhận:"), L("- Đảng ủy xã,"), L("- Lưu.")},
			right: []ln{LB("T/M CHI BỘ"), LB("BÍ THƯ"), L(""), L(""), L(""), LB(chair)},
		})
	scanPDF(d, "scan-bc-chibo-thon-suoi-ca.pdf", 33, 0.35)
	e := add("scan-bc-chibo-thon-suoi-ca.pdf", "scan",
		"Scan (turned 0.35°) of a Raglai village cell's report in Khánh Hòa; dotted date `06.04.2021`; only total and absentees (`18 đảng viên; vắng 02`: members_present 16 derived); one presenter introduced before a numbered list of two topics with minutes; action program issued.",
		baocao.Record{
			Unit: unit, ParentUnit: parent, DocNumber: "04-BC/CB", ReportDate: rep, ConferenceDate: conf,
			Location: "Nhà sinh hoạt cộng đồng thôn Suối Cá", Form: baocao.InPerson,
			Chair:         per(chair, "Bí thư Chi bộ"),
			Reporters:     []baocao.Person{pp(rp, "Phó Bí thư Thường trực Đảng ủy xã")},
			Attendance:    att(16, 18, 22),
			Program:       []baocao.ProgramItem{item(t1, rp, 90), item(t2, rp, 60)},
			ActionProgram: issued("02-CTr/CB", ap),
			Signer:        per(chair, "Bí thư"),
			Source:        baocao.Source{Page: 1},
		})
	e.ocr = true
}

// s4: a roll-up of a Kon Tum commune, scanned, large print.
func s4() {
	rng := rand.New(rand.NewSource(404404))
	nm := newNamer(rng, bahnarNames, 0.5)
	parent := "Đảng ủy xã Măng Cành"
	num, rep := "19-BC/ĐU", dt(2021, 4, 24)
	units := []string{"Chi bộ thôn Măng Đen", "Chi bộ thôn Kon Chênh", "Chi bộ thôn Kon Tu Rằng", "Chi bộ thôn Đăk Ktu", "Chi bộ Trường PTDTBT Tiểu học Măng Cành", "Chi bộ Trạm Y tế xã"}
	rows := genRows(rng, nm, units, genOpt{from: dt(2021, 4, 8), span: 10, totMin: 9, totMx: 30, absentMax: 3, apPrefix: "CTr/CB", apShare: 0.7, apLast: dt(2021, 4, 23),
		repTitles: []string{"x"}, sameRepShare: 1, chairTitle: func(string) string { return "Bí thư" }})
	var data [][]string
	var recs []baocao.Record
	for i, r := range rows {
		apT := "Chưa"
		if r.ap.Issued {
			apT = r.ap.Number + " ngày " + dSl(r.ap.Date)
		}
		data = append(data, []string{fmt.Sprint(i + 1), r.unit, dSl(r.conf), r.chair + " - " + r.chairT, fmt.Sprint(r.total), fmt.Sprint(r.present), pct(r.present, r.total, 1) + "%", apT})
		recs = append(recs, rowRecord(r, parent, num, rep, has{chair: true, chairTitle: true, ap: true}, "", 0, 1))
	}
	t, p, _ := sums(rows)
	data = append(data, []string{"", "Cộng", "", "", fmt.Sprint(t), fmt.Sprint(p), pct(p, t, 1) + "%", ""})
	tb := tbl{
		w:        []float64{6, 50, 20, 40, 13, 11, 14, 36},
		head:     []hc{{"TT", 0, 0, 1, 1}, {"Chi bộ", 0, 1, 1, 1}, {"Ngày", 0, 2, 1, 1}, {"Chủ trì", 0, 3, 1, 1}, {"Tổng số ĐV", 0, 4, 1, 1}, {"Dự", 0, 5, 1, 1}, {"Tỷ lệ", 0, 6, 1, 1}, {"CTHĐ", 0, 7, 1, 1}},
		headRows: 1, rows: data, aligns: "CLCLCCCL", boldRows: map[int]bool{len(data) - 1: true}, size: 12,
	}
	d := pdfRoll(partyHdr("Huyện ủy Kon Plông", parent, "Số "+num, "Măng Cành, ngày "+dSl(rep)),
		[]string{"BÁO CÁO", "Tổng hợp hội nghị học tập Nghị quyết Đại hội XIII ở các chi bộ"},
		nil, tb, nil,
		sig{right: []ln{LB("T/M ĐẢNG ỦY"), LB("BÍ THƯ"), L(""), L(""), LB(nm.name())}},
		13)
	scanPDF(d, "scan-tong-hop-dang-uy-xa-mang-canh.pdf", 44, -0.5)
	e := add("scan-tong-hop-dang-uy-xa-mang-canh.pdf", "scan (roll-up)",
		"Scan (landscape, turned −0.5°) of a Kon Tum commune's roll-up over 6 cells, large print; one header row; chair `Name - Bí thư`; rate as text with one decimal; action program `number ngày date` or `Chưa`; `Cộng` row; no places, forms, presenters or others.",
		recs...)
	e.ocr = true
}
