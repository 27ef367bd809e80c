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

// scanPDF renders a typed PDF to grey images, tilts them slightly, adds noise
// and wraps the JPEGs in an image-only PDF.
func scanPDF(typed, out string, dpi int, seed int64) {
	prefix := typed + "-pg"
	cmd := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-gray", "-png", typed, prefix)
	if b, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("pdftoppm: %v %s", err, b))
	}
	pages, err := filepath.Glob(prefix + "*.png")
	must(err)
	sort.Strings(pages)
	rng := rand.New(rand.NewSource(seed))
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	for i, pg := range pages {
		f, err := os.Open(pg)
		must(err)
		img, err := png.Decode(f)
		f.Close()
		must(err)
		angle := (rng.Float64()*2 - 1) * 1.2 // degrees, within ±1.2
		if math.Abs(angle) < 0.3 {
			angle = 0.45
		}
		g := tilt(img, angle, rng)
		var buf bytes.Buffer
		must(jpeg.Encode(&buf, g, &jpeg.Options{Quality: 78}))
		name := fmt.Sprintf("p%d", i)
		pdf.AddPage()
		pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, &buf)
		pdf.ImageOptions(name, 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	}
	must(pdf.OutputFileAndClose(out))
}

// tilt rotates a grey page about its centre, darkens the ink a little, adds
// paper grain, speckles and a faint shadow at one edge.
func tilt(src image.Image, deg float64, rng *rand.Rand) *image.Gray {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dst := image.NewGray(image.Rect(0, 0, w, h))
	th := deg * math.Pi / 180
	cs, sn := math.Cos(th), math.Sin(th)
	cx, cy := float64(w)/2, float64(h)/2
	sg, ok := src.(*image.Gray)
	if !ok {
		sg = image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				sg.Set(x, y, color.GrayModel.Convert(src.At(x, y)))
			}
		}
	}
	gray := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 250
		}
		return float64(sg.Pix[y*sg.Stride+x])
	}
	shift := rng.Float64()*6 - 3
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			// inverse rotation, bilinear sample
			dx, dy := float64(x)-cx, float64(y)-cy
			sx := cs*dx + sn*dy + cx + shift
			sy := -sn*dx + cs*dy + cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := gray(x0, y0)*(1-fx)*(1-fy) + gray(x0+1, y0)*fx*(1-fy) + gray(x0, y0+1)*(1-fx)*fy + gray(x0+1, y0+1)*fx*fy
			// paper tone and ink contrast
			v = 236 + (v-255)*1.05
			v += rng.NormFloat64() * 7
			if x < w/40 {
				v -= float64(w/40-x) * 1.2
			}
			if rng.Float64() < 0.0004 {
				v = 70 + rng.Float64()*60
			}
			dst.Pix[y*dst.Stride+x] = uint8(math.Max(0, math.Min(255, v)))
		}
	}
	return dst
}

func scanSources() []NDoc {
	var out []NDoc

	// 23. Chi bộ thôn Quang Hiền, xã Hà Hồi (Thường Tín) — scanned at 300 dpi, one page.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ HÀ HỒI", "CHI BỘ THÔN QUANG HIỀN", "Số 06-BC/CB", "Hà Hồi, ngày 27 tháng 4 năm 2021")
		title(d, "BÁO CÁO", "Kết quả tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng")
		d.p("Thực hiện Kế hoạch số 28-KH/ĐU ngày 30/3/2021 của Đảng ủy xã Hà Hồi, Chi bộ thôn Quang Hiền báo cáo kết quả tổ chức hội nghị như sau:")
		d.p("Hội nghị được tổ chức vào sáng Chủ nhật, ngày 18/4/2021 tại Nhà văn hóa thôn Quang Hiền. Đồng chí Nguyễn Văn Hợp, Bí thư Chi bộ chủ trì hội nghị và trực tiếp là báo cáo viên.")
		d.p("Chi bộ có 39 đảng viên. Dự hội nghị: 36 đảng viên; vắng 03 đồng chí (ốm: 02, đi công tác: 01). Mời 09 quần chúng là trưởng các đoàn thể thôn dự.")
		d.add(simpleTable([]float64{8, 58, 20, 14}, "CLLC", []string{"TT", "Nội dung", "Người trình bày", "Thời lượng"},
			[]string{"1", "Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "đ/c Nguyễn Văn Hợp", "2 giờ"},
			[]string{"2", "Thảo luận, liên hệ phát triển nghề sơn mài, khảm trai của thôn", "đ/c Nguyễn Văn Hợp", "1 giờ"},
		))
		d.p("Chi bộ đã ban hành Chương trình hành động số 02-CTr/CB ngày 25/4/2021 thực hiện Nghị quyết.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu Chi bộ."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Nguyễn Văn Hợp")...))
		out = append(out, NDoc{Name: "scan-bc-chi-bo-thon-quang-hien-ha-hoi", Via: "scan300", Doc: d,
			Readme: "scanned narrative PDF (image only, 300 dpi, tilted, noisy), one page, village cell in Thường Tín, Đại hội XIII; absentees with reasons, hours in the program table",
			Recs: []Record{{
				Unit: "Chi bộ thôn Quang Hiền", ParentUnit: "Đảng bộ xã Hà Hồi", DocNumber: "06-BC/CB",
				ReportDate: "2021-04-27", ConferenceDate: "2021-04-18", Location: "Nhà văn hóa thôn Quang Hiền",
				Chair:      per("Nguyễn Văn Hợp", "Bí thư Chi bộ"),
				Reporters:  ppl("Nguyễn Văn Hợp", "Bí thư Chi bộ"),
				Attendance: att(36, 39, 9),
				Program: []Item{{"Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "Nguyễn Văn Hợp", 120},
					{"Thảo luận, liên hệ phát triển nghề sơn mài, khảm trai của thôn", "Nguyễn Văn Hợp", 60}},
				ActionProgram: &Action{Issued: true, Number: "02-CTr/CB", Date: "2021-04-25"},
				Signer:        per("Nguyễn Văn Hợp", "Bí thư"),
			}}})
	}

	// 24. Đảng ủy xã Nam Thịnh (Tiền Hải, Thái Bình) — TW5, hybrid, scanned at 200 dpi, two pages.
	{
		d := &Doc{Font: "dejavu", Size: 13, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY TIỀN HẢI", "ĐẢNG ỦY XÃ NAM THỊNH", "Số 71-BC/ĐU", "Nam Thịnh, ngày 12 tháng 8 năm 2022")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt, triển khai thực hiện các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII")
		d.p("Thực hiện Kế hoạch số 132-KH/HU ngày 08/7/2022 của Ban Thường vụ Huyện ủy Tiền Hải, Đảng ủy xã Nam Thịnh báo cáo kết quả học tập, quán triệt các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII như sau:")
		d.b("1. Công tác chuẩn bị")
		d.p("Ngày 14/7/2022, Ban Thường vụ Đảng ủy ban hành Kế hoạch số 38-KH/ĐU; chỉ đạo Văn phòng Đảng ủy chuẩn bị tài liệu, hội trường và kết nối trực tuyến đến các chi bộ ở xa trung tâm; phân công báo cáo viên chuẩn bị nội dung.")
		d.b("2. Kết quả tổ chức hội nghị")
		d.p("Hội nghị được tổ chức ngày 02/8/2022 tại Hội trường UBND xã Nam Thịnh, theo hình thức trực tiếp kết hợp trực tuyến tới 04 điểm cầu tại các chi bộ thôn ven biển.")
		d.p("Chủ trì: đồng chí Nguyễn Thế Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã. Báo cáo viên: đồng chí Nguyễn Thế Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Bùi Văn Thịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.")
		d.p("Toàn Đảng bộ xã Nam Thịnh có 16 chi bộ với 428 đảng viên. Tham dự hội nghị có 401 đảng viên (tại hội trường 312 đồng chí, tại các điểm cầu 89 đồng chí). Số đảng viên vắng mặt đều có lý do. Ngoài ra có 47 quần chúng tham dự.")
		d.add(simpleTable([]float64{8, 56, 22, 14}, "CLLC", []string{"TT", "Chuyên đề", "Báo cáo viên", "Thời lượng"},
			[]string{"1", "Nghị quyết số 18-NQ/TW về đất đai và Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn", "Đ/c Nguyễn Thế Hùng", "120 phút"},
			[]string{"2", "Nghị quyết số 20-NQ/TW về kinh tế tập thể và Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng", "Đ/c Bùi Văn Thịnh", "90 phút"},
		))
		d.b("3. Chương trình hành động")
		d.p("Ban Chấp hành Đảng bộ xã đã ban hành Chương trình hành động số 14-CTr/ĐU ngày 10/8/2022 thực hiện các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII, gắn với phát triển nuôi trồng thủy sản và xây dựng nông thôn mới nâng cao.")
		d.b("4. Đánh giá")
		d.p("Hội nghị bảo đảm chất lượng, đúng kế hoạch. Hạn chế: đường truyền tại 01 điểm cầu có thời điểm bị gián đoạn; một số đảng viên chưa tích cực phát biểu thảo luận.")
		d.p("Trên đây là báo cáo của Đảng ủy xã Nam Thịnh./.")
		d.add(sign([]string{"- Ban Thường vụ Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy;", "- Các chi bộ;", "- Lưu VP."}, signer([]string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, "Nguyễn Thế Hùng")...))
		out = append(out, NDoc{Name: "scan-bc-dang-uy-xa-nam-thinh-tw5", Via: "scan200", Doc: d,
			Readme: "scanned narrative PDF (image only, 200 dpi, tilted, noisy), two pages, Thái Bình commune committee for its Đảng bộ, TW5; hybrid conference, party-wide totals with in-hall and remote split",
			Recs: []Record{{
				Unit: "Đảng bộ xã Nam Thịnh", ParentUnit: "Huyện ủy Tiền Hải", DocNumber: "71-BC/ĐU",
				ReportDate: "2022-08-12", ConferenceDate: "2022-08-02", Location: "Hội trường UBND xã Nam Thịnh", Form: "hybrid",
				Chair:      per("Nguyễn Thế Hùng", "Bí thư Đảng ủy, Chủ tịch HĐND xã"),
				Reporters:  []Person{{"Nguyễn Thế Hùng", "Bí thư Đảng ủy, Chủ tịch HĐND xã"}, {"Bùi Văn Thịnh", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã"}},
				Attendance: att(401, 428, 47),
				Program: []Item{{"Nghị quyết số 18-NQ/TW về đất đai và Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn", "Nguyễn Thế Hùng", 120},
					{"Nghị quyết số 20-NQ/TW về kinh tế tập thể và Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng", "Bùi Văn Thịnh", 90}},
				ActionProgram: &Action{Issued: true, Number: "14-CTr/ĐU", Date: "2022-08-10"},
				Signer:        per("Nguyễn Thế Hùng", "Bí thư"),
			}}})
	}
	return out
}
